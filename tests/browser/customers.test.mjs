// The Customers screen (#19): a Brazilian transaction log (`;`, decimal
// commas, day/month dates, Portuguese headers) imported through the shared
// import panel, its cohort heat-map and fitted model parameters, a customer
// slipping away sent to the win-back list and found there; a one-customer
// log says why the model cannot be fitted.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { newContext, open, shot, settled, useApp, server, browser } from './harness.mjs';

useApp();

const data = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../data/customers');

async function importLog(page, file, { openLabel, fileLabel, confirm }) {
  await page.getByRole('button', { name: openLabel }).click();
  await page.getByLabel(fileLabel).setInputFiles({ name: file, mimeType: 'text/csv', buffer: fs.readFileSync(path.join(data, file)) });
  await page.locator('.import-summary').waitFor();
  await page.getByRole('button', { name: confirm }).click();
}

test('pt-BR: a log is imported, its heat-map and fitted parameters shown, and a slipping customer lands in win-back', async () => {
  const ctx = await newContext(browser, server.url, { locale: 'pt-BR' });
  const page = await open(ctx.context, server.url, '/customers');
  assert.equal(await page.locator('main h1').innerText(), 'Clientes');
  await importLog(page, 'compras-pt.csv', {
    openLabel: 'Importar registro de compras',
    fileLabel: 'Ou escolha um arquivo CSV',
    confirm: /^Usar estas 1\.187 compras/,
  });
  // What is kept, and said so.
  await settled(async () => (await page.locator('.cust-stored').innerText()).startsWith('1.187 compras de 120 clientes'), true);
  // Saved a moment later (the document's save is debounced).
  await page.waitForFunction(() => localStorage.getItem('holdfast.ws.default.customers') !== null);
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('holdfast.ws.default.customers')).data);
  assert.equal(stored.base.summary.customers.length, 120);
  // The heat-map: one row per monthly cohort, +0 always 100 %.
  const heat = page.locator('table.cust-retention');
  await heat.waitFor();
  assert.equal(await heat.locator('tbody tr').count(), 10);
  assert.equal((await heat.locator('tbody tr').first().locator('td').nth(1).innerText()).trim(), '100 %');
  // The retention rate of a period, with a link into the calculator.
  const link = await page.locator('a.cust-open-retention').getAttribute('href');
  assert.match(link, /^\/calculators\/retention-rate\?start=\d+&end=\d+&new=\d+$/);
  // The model's parameters, then the holdout chart.
  const params = page.locator('table.cust-bgnbd tbody tr');
  await params.first().waitFor({ timeout: 60000 });
  assert.deepEqual(await params.locator('th').allInnerTexts(), ['r', 'α', 'a', 'b']);
  // Four significant digits, in Portuguese notation.
  for (const v of await params.locator('td.num').allInnerTexts()) {
    assert.match(v, /^\d+(\.\d{3})*(,\d+)?$/, v);
    assert.equal(v.replace(/\D/g, '').replace(/^0+/, '').length, 4, v);
  }
  // This log's mean spends do not narrow with more purchases: the spend
  // model is refused with the reason, not shown as p ≈ 10⁷ and γ ≈ 0.
  assert.match(await page.locator('.cust-no-spend').innerText(), /^O modelo de gasto não pôde ser ajustado.*variam tanto entre/);
  assert.equal(await page.locator('table.cust-gg').count(), 0);
  await page.locator('.cust-holdout svg[role="img"]').waitFor({ timeout: 60000 });
  await shot(page, 'customers-pt-BR');
  // Slipping away: pick the top customer and send them to win-back.
  const first = page.locator('table.cust-slipping tbody tr').first();
  const name = (await first.locator('th').innerText()).trim();
  await first.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Adicionar 1 cliente à lista de recuperação' }).click();
  await page.getByText('1 cliente adicionado à lista de recuperação.').waitFor();
  await page.goto(server.url + '/contracts/win-back');
  await page.locator('table.wb-customers tbody .wb-name').filter({ hasText: name }).first().waitFor();
  assert.deepEqual(ctx.errors, []);
  await ctx.context.close();
});

test('ro: a log of one customer is kept, and the screen says why the model cannot be fitted', async () => {
  const ctx = await newContext(browser, server.url, { locale: 'ro' });
  const page = await open(ctx.context, server.url, '/customers');
  await importLog(page, 'un-client-ro.csv', {
    openLabel: 'Importă un registru de cumpărături',
    fileLabel: 'Sau alegeți un fișier CSV',
    confirm: /^Folosește aceste 2 cumpărături/,
  });
  await page.locator('.cust-model-error').waitFor();
  assert.match(await page.locator('.cust-model-error').innerText(), /un singur client/);
  assert.equal(await page.locator('table.cust-bgnbd').count(), 0);
  assert.deepEqual(ctx.errors, []);
  await ctx.context.close();
});
