// Departed customers, the win-back pipeline, intensive care and warning
// signals, driven as a user would.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newContext, open, shot, useApp, server, browser } from './harness.mjs';

const foreignRequests = [];
useApp();

async function done(ctx) {
  foreignRequests.push(...ctx.foreign);
  await ctx.context.close();
}

/** Records one departed customer through the form. */
async function addCustomer(page, { name, lost, date, reason, detail }) {
  await page.getByLabel('Customer', { exact: true }).fill(name);
  await page.getByLabel('Lost annual revenue', { exact: true }).fill(lost);
  await page.getByLabel('Departure date').fill(date);
  await page.getByLabel('Reason', { exact: true }).selectOption({ label: reason });
  if (detail) await page.getByLabel('Reason details').fill(detail);
  await page.getByRole('button', { name: 'Add customer' }).click();
  await customerRow(page, name).waitFor();
}

function customerRow(page, name) {
  return page.locator('table.wb-customers tbody tr').filter({ hasText: name });
}

async function listedNames(page) {
  return page.locator('table.wb-customers tbody .wb-name').allInnerTexts();
}

async function summary(page, key) {
  return page.locator('.wb-summary li').filter({ hasText: key }).locator('output').innerText();
}

const CUSTOMERS = [
  { name: 'Beta Cleaning', lost: '4,500', date: '2024-09-03', reason: 'Price / value for money' },
  { name: 'Acme Facilities', lost: '12000', date: '2024-08-15', reason: 'Poor service' },
  { name: 'Gamma Security', lost: '800', date: '2024-11-20', reason: 'Other', detail: 'Moved the work in-house' },
];

test('departed customers go through the win-back pipeline into intensive care, and everything survives a reload', async () => {
  const ctx = await newContext(browser, server.url);
  const page = await open(ctx.context, server.url, '/contracts/win-back');
  assert.equal(await page.locator('main h1').innerText(), 'Departed customers and win-back');
  const subnav = page.getByRole('navigation', { name: 'Contracts' });
  assert.equal(await subnav.getByRole('link', { name: 'Win-back' }).getAttribute('aria-current'), 'page');

  // A refused amount is explained next to the field and nothing is added.
  await page.getByLabel('Customer', { exact: true }).fill('Typo Ltd');
  await page.getByLabel('Lost annual revenue', { exact: true }).fill('12,00');
  await page.getByRole('button', { name: 'Add customer' }).click();
  await page.getByText('Could not read this number').waitFor();
  assert.equal(await page.getByLabel('Departure date').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.locator('table.wb-customers').count(), 0);
  await page.getByLabel('Customer', { exact: true }).fill('');
  await page.getByLabel('Lost annual revenue', { exact: true }).fill('');

  for (const c of CUSTOMERS) await addCustomer(page, c);
  // The form is ready for the next one.
  assert.equal(await page.getByLabel('Reason', { exact: true }).inputValue(), 'poor_service');
  assert.equal(await page.getByLabel('Customer', { exact: true }).inputValue(), '');
  // Ranked by lost revenue, whatever the order of entry.
  assert.deepEqual(await listedNames(page), ['Acme Facilities', 'Beta Cleaning', 'Gamma Security']);
  assert.equal(await summary(page, 'Departed customers'), '3');
  assert.equal(await summary(page, 'Lost annual revenue'), '£17,300');

  // Monthly, then quarterly: Q3 2024 holds August and September.
  const periods = page.locator('table.wb-periods');
  assert.match(await periods.locator('tbody tr').filter({ hasText: 'Aug 2024' }).innerText(), /1\s+£12,000/);
  assert.match(await periods.locator('tbody tr').filter({ hasText: 'Oct 2024' }).innerText(), /0\s+£0/);
  await page.getByLabel('Quarter', { exact: true }).check();
  assert.match(await periods.locator('tbody tr').filter({ hasText: 'Q3 2024' }).innerText(), /2\s+£16,500/);
  assert.match(await periods.locator('tbody tr').filter({ hasText: 'Q4 2024' }).innerText(), /1\s+£800/);
  await page.getByRole('img', { name: /Lost annual revenue per quarter/ }).waitFor();

  // Segments: top 20 % of 3 is 1 customer, the next 30 % one more.
  const segments = await page.locator('table.wb-customers tbody .wb-seg').allInnerTexts();
  assert.deepEqual(segments, ['Top', 'Middle', 'Low']);

  // Pick the top and middle segments; with one executive call per cycle
  // the largest goes to an executive and the next to the team.
  await page.getByRole('button', { name: 'Top and middle' }).click();
  // A refused setting leaves the list as it was, marked as the figures of
  // the last valid entries until the setting is fixed.
  await page.getByLabel('Executive calls per cycle').fill('-1');
  await page.getByText('Cannot be negative.').waitFor();
  const note = 'Figures for the last valid entries: fix the highlighted field to update them.';
  await page.locator('.is-stale .stale-note', { hasText: note }).first().waitFor();
  assert.ok(await page.locator('.is-stale', { has: page.locator('table.wb-customers') }).count() === 1, 'the customer list is marked');
  await page.getByLabel('Executive calls per cycle').fill('1');
  await page.locator('.stale-note').first().waitFor({ state: 'detached' });
  assert.match(await customerRow(page, 'Acme Facilities').innerText(), /Executive/);
  assert.match(await customerRow(page, 'Beta Cleaning').innerText(), /Win-back team/);
  assert.equal(await customerRow(page, 'Gamma Security').getByLabel('To contact').isChecked(), false);
  await customerRow(page, 'Gamma Security').getByLabel('To contact').check();
  assert.match(await customerRow(page, 'Gamma Security').innerText(), /Win-back team/);
  assert.equal(await summary(page, 'Picked to contact'), '3');

  // The call with Acme, step by step.
  await customerRow(page, 'Acme Facilities').getByRole('button', { name: 'Open call' }).click();
  const call = page.locator('article.wb-call');
  await call.getByRole('heading', { name: 'Win-back call: Acme Facilities' }).waitFor();
  await call.getByRole('button', { name: 'Next step' }).click();
  await call.getByLabel('Notes: Apologise').fill('Apologised for the missed visits.');
  await call.getByRole('button', { name: 'Next step' }).click();
  await call.getByRole('button', { name: 'Next step' }).click();
  assert.match(await customerRow(page, 'Acme Facilities').innerText(), /Step 3: Diagnose/);
  await call.getByLabel('Notes: Diagnose and record the reason').fill('Engineers missed two call-outs in July.');
  await call.getByLabel('Passed to the front-line team').check();
  await call.getByRole('button', { name: 'Next step' }).click();
  await call.getByRole('button', { name: 'Next step' }).click();
  assert.equal(await call.getByLabel('Current step').inputValue(), 'offer');
  assert.ok(await call.getByRole('button', { name: 'Next step' }).isDisabled());
  await call.getByLabel('Outcome').selectOption({ label: 'Won back' });
  await call.getByLabel('Won back on').fill('2024-08-31');
  // 31 August + 6 months is the last day of February.
  await call.getByText('first review due 28 Feb 2025').waitFor();
  assert.match(await customerRow(page, 'Acme Facilities').innerText(), /Won back/);

  // Beta declines; Gamma's call has not started.
  await customerRow(page, 'Beta Cleaning').getByRole('button', { name: 'Open call' }).click();
  await call.getByRole('heading', { name: 'Win-back call: Beta Cleaning' }).waitFor();
  await call.getByLabel('Outcome').selectOption({ label: 'Declined' });

  // Results: 1 won back of 2 contacted.
  const results = page.locator('.wb-results');
  assert.equal(await results.locator('.card').filter({ hasText: 'Recovery rate' }).locator('output').innerText(), '50 %');
  assert.equal(await results.locator('.card').filter({ hasText: 'Recovered revenue' }).locator('output').innerText(), '£12,000');
  assert.match(await results.locator('.card').filter({ hasText: /^Contacted/ }).innerText(), /2\s+of 3 departed customers/);
  await page.getByText('Your recovery rate of 50 % is above the automotive range and above the financial-services figure.').waitFor();
  await page.getByText('Source: Article “Toda empresa tem clientes que partiram…”, winning back departed customers', { exact: false }).first().waitFor();

  // Intensive care: the review date, overdue today, then marked done.
  const care = page.locator('table.wb-care tbody tr').filter({ hasText: 'Acme Facilities' });
  assert.match(await care.innerText(), /31 Aug 2024\s+0\s+28 Feb 2025\s+⚠ Overdue by \d+ days/);
  await care.getByRole('button', { name: 'Mark review done' }).click();
  assert.match(await care.innerText(), /31 Aug 2024\s+1\s+31 Aug 2025/);

  // Reasons ranked by revenue, with the diagnosis in the closed loop.
  const reasons = await page.locator('table.wb-reasons tbody th').allInnerTexts();
  assert.deepEqual(reasons, ['Poor service', 'Price / value for money', 'Other']);
  const loop = page.locator('table.wb-loop tbody tr').filter({ hasText: 'Acme Facilities' });
  assert.match(await loop.innerText(), /Engineers missed two call-outs in July\./);
  assert.equal(await loop.getByLabel('Passed on').isChecked(), true);

  await shot(page, 'winback-light-1280');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await shot(page, 'winback-light-1920');

  // Reload: everything is still there.
  await page.reload();
  await page.locator('table.wb-customers').waitFor();
  assert.deepEqual(await listedNames(page), ['Acme Facilities', 'Beta Cleaning', 'Gamma Security']);
  assert.equal(await page.getByLabel('Executive calls per cycle').inputValue(), '1');
  assert.equal(await page.getByLabel('Quarter', { exact: true }).isChecked(), true);
  assert.equal(await results.locator('.card').filter({ hasText: 'Recovery rate' }).locator('output').innerText(), '50 %');
  assert.match(await care.innerText(), /31 Aug 2024\s+1\s+31 Aug 2025/);
  assert.match(await customerRow(page, 'Beta Cleaning').innerText(), /Declined/);
  await customerRow(page, 'Acme Facilities').getByRole('button', { name: 'Open call' }).click();
  assert.equal(await call.getByLabel('Notes: Diagnose and record the reason').inputValue(), 'Engineers missed two call-outs in July.');
  assert.equal(await call.getByLabel('Won back on').inputValue(), '2024-08-31');
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('holdfast.ws.default.winback')));
  assert.equal(stored.schema, 1);
  assert.equal(stored.data.customers.length, 3);

  await page.getByLabel('Theme').selectOption('dark');
  await shot(page, 'winback-dark-1920');
  await page.setViewportSize({ width: 1280, height: 800 });
  await shot(page, 'winback-dark-1280');
  assert.deepEqual(ctx.errors, []);
  await done(ctx);
});

test('a departed customer can be edited, deleted and brought back with undo', async () => {
  const ctx = await newContext(browser, server.url);
  const page = await open(ctx.context, server.url, '/contracts/win-back');
  for (const c of CUSTOMERS) await addCustomer(page, c);

  // Edit: Gamma's revenue rises above Beta's and the ranking follows.
  await customerRow(page, 'Gamma Security').getByRole('button', { name: 'Edit' }).click();
  await page.getByRole('heading', { name: 'Edit Gamma Security' }).waitFor();
  assert.equal(await page.getByLabel('Lost annual revenue', { exact: true }).inputValue(), '800');
  await page.getByLabel('Lost annual revenue', { exact: true }).fill('5,000');
  await page.getByRole('button', { name: 'Save changes' }).click();
  assert.deepEqual(await listedNames(page), ['Acme Facilities', 'Gamma Security', 'Beta Cleaning']);

  await customerRow(page, 'Gamma Security').getByRole('button', { name: 'Delete' }).click();
  assert.deepEqual(await listedNames(page), ['Acme Facilities', 'Beta Cleaning']);
  const notice = page.locator('.notice').filter({ hasText: 'Deleted Gamma Security.' });
  await notice.getByRole('button', { name: 'Undo' }).click();
  assert.deepEqual(await listedNames(page), ['Acme Facilities', 'Gamma Security', 'Beta Cleaning']);
  assert.match(await customerRow(page, 'Gamma Security').innerText(), /£5,000/);

  await page.reload();
  await page.locator('table.wb-customers').waitFor();
  assert.deepEqual(await listedNames(page), ['Acme Facilities', 'Gamma Security', 'Beta Cleaning']);
  assert.deepEqual(ctx.errors, []);
  await done(ctx);
});

/** Records one client's signals through the form. */
async function addClient(page, { name, value, feedback, requests, nps, usage, renewal }) {
  await page.getByLabel('Client', { exact: true }).fill(name);
  if (value !== undefined) await page.getByLabel('Annual contract value').fill(value);
  if (feedback !== undefined) await page.getByLabel('Negative feedback', { exact: true }).fill(feedback);
  if (requests !== undefined) await page.getByLabel('Service requests', { exact: true }).fill(requests);
  if (nps !== undefined) await page.getByLabel('Last NPS answer').fill(nps);
  if (usage !== undefined) await page.getByLabel('Drop in usage').fill(usage);
  if (renewal) await page.getByLabel('Asked for a discount or a contract change shortly before renewal').check();
  await page.getByRole('button', { name: 'Add client' }).click();
  await page.locator('table.sg-list tbody tr').filter({ hasText: name }).waitFor();
}

async function riskOrder(page) {
  return page.locator('table.sg-list tbody th[scope="row"]').allInnerTexts();
}

test('warning signals score clients, and the at-risk list reorders as signals change', async () => {
  const ctx = await newContext(browser, server.url);
  const page = await open(ctx.context, server.url, '/contracts/signals');
  assert.equal(await page.locator('main h1').innerText(), 'Warning signals');

  // An NPS answer above 10 is refused next to the field.
  await page.getByLabel('Last NPS answer').fill('11');
  await page.getByText('Too large: at most 10.').waitFor();
  await page.getByLabel('Last NPS answer').fill('');

  await addClient(page, { name: 'North Ltd', value: '20,000', nps: '9' });
  await addClient(page, { name: 'South Ltd', value: '5000', feedback: '1' });
  await addClient(page, { name: 'East Ltd', value: '50,000' });
  // South has a complaint (25 × 1/3 off); North and East tie at 100, the larger contract first.
  assert.deepEqual(await riskOrder(page), ['South Ltd', 'East Ltd', 'North Ltd']);
  const south = page.locator('table.sg-list tbody tr').filter({ hasText: 'South Ltd' });
  assert.match(await south.innerText(), /91\.67\s+Healthy/);

  // North asks for a discount before renewal and its usage drops 40 %:
  // 100 × (1 − (20 × 1 + 20 × 0.8) ÷ 100) = 64, below the threshold of 70.
  await page.locator('table.sg-list tbody tr').filter({ hasText: 'North Ltd' }).getByRole('button', { name: 'Edit' }).click();
  await page.getByRole('heading', { name: 'Edit a client\'s signals' }).waitFor();
  await page.getByLabel('Asked for a discount or a contract change shortly before renewal').check();
  await page.getByLabel('Drop in usage').fill('40');
  await page.getByRole('button', { name: 'Save changes' }).click();
  assert.deepEqual(await riskOrder(page), ['North Ltd', 'South Ltd', 'East Ltd']);
  const north = page.locator('table.sg-list tbody tr').filter({ hasText: 'North Ltd' });
  assert.match(await north.innerText(), /64\s+Watch/);
  assert.match(await north.innerText(), /Renewal request −20 · Usage drop −16/);
  await page.getByLabel('At risk below').fill('70');
  assert.match(await north.innerText(), /64\s+At risk/);
  await page.getByText('1 of 3 clients at risk (health score below 70).').waitFor();
  await page.getByText('Worked example, North Ltd:').waitFor();
  await page.getByText('100 × (1 − (25 × 0 + 15 × 0 + 20 × 1 + 20 × 0 + 20 × 0.80) ÷ 100) = 64').waitFor();

  // Weighing only complaints puts South first.
  for (const w of ['renewal request', 'NPS answer', 'usage drop', 'service requests']) {
    await page.getByLabel(`Weight: ${w}`).fill('0');
  }
  assert.deepEqual(await riskOrder(page), ['South Ltd', 'East Ltd', 'North Ltd']);
  await shot(page, 'signals-light-1280');
  // A refused threshold keeps the list of the last valid settings, marked so.
  await page.getByLabel('At risk below').fill('abc');
  await page.locator('.is-stale .stale-note', { hasText: 'Figures for the last valid entries' }).waitFor();
  assert.deepEqual(await riskOrder(page), ['South Ltd', 'East Ltd', 'North Ltd']);
  await page.getByLabel('At risk below').fill('70');
  await page.locator('.stale-note').waitFor({ state: 'detached' });

  await page.reload();
  await page.locator('table.sg-list').waitFor();
  assert.deepEqual(await riskOrder(page), ['South Ltd', 'East Ltd', 'North Ltd']);
  assert.equal(await page.getByLabel('At risk below').inputValue(), '70');
  await page.getByRole('button', { name: 'Restore the default weights' }).click();
  assert.deepEqual(await riskOrder(page), ['North Ltd', 'South Ltd', 'East Ltd']);

  // Delete and undo.
  await page.locator('table.sg-list tbody tr').filter({ hasText: 'South Ltd' }).getByRole('button', { name: 'Delete' }).click();
  assert.deepEqual(await riskOrder(page), ['North Ltd', 'East Ltd']);
  await page.locator('.notice').filter({ hasText: 'Deleted South Ltd.' }).getByRole('button', { name: 'Undo' }).click();
  assert.deepEqual(await riskOrder(page), ['North Ltd', 'South Ltd', 'East Ltd']);

  // A client left without a value takes its live value from the contract
  // register (read, never written): West ties East at 100 and ranks after it.
  const register = {
    schema: 1, rev: 1, saved_at: '2026-01-01T00:00:00.000Z',
    data: { next_id: 3, contracts: [
      { id: 1, client: 'West Ltd', value: 30000, start: '2025-01-01', expiry: '2027-01-01', status: 'Active' },
      { id: 2, client: 'East Ltd', value: 1, start: '2025-01-01', expiry: '2027-01-01', status: 'Active' },
    ] },
  };
  const registerJson = JSON.stringify(register);
  await page.evaluate((v) => localStorage.setItem('holdfast.ws.default.contracts', v), registerJson);
  await page.reload();
  await page.locator('table.sg-list').waitFor();
  await addClient(page, { name: 'West Ltd' });
  assert.deepEqual(await riskOrder(page), ['North Ltd', 'South Ltd', 'East Ltd', 'West Ltd']);
  const west = page.locator('table.sg-list tbody tr').filter({ hasText: 'West Ltd' });
  assert.match(await west.innerText(), /£30,000\s+from the register/);
  assert.equal(await page.evaluate(() => localStorage.getItem('holdfast.ws.default.contracts')), registerJson);
  await page.getByRole('navigation', { name: 'Contracts' }).getByRole('link', { name: 'Win-back' }).click();
  await page.waitForURL('**/contracts/win-back');
  await page.getByRole('heading', { name: 'Departed customers and win-back', level: 1 }).waitFor();

  await page.setViewportSize({ width: 1920, height: 1080 });
  await shot(page, 'signals-light-1920');
  await page.getByLabel('Theme').selectOption('dark');
  await shot(page, 'signals-dark-1920');
  await page.setViewportSize({ width: 1280, height: 800 });
  await shot(page, 'signals-dark-1280');
  assert.deepEqual(ctx.errors, []);
  await done(ctx);
});

test('pt-BR: departed customers import from an Excel CSV in Windows-1252, with the problem row named, and land in the list', async () => {
  const ctx = await newContext(browser, server.url, { locale: 'pt-BR' });
  const page = await open(ctx.context, server.url, '/contracts/win-back');
  const text = 'Cliente;Receita anual perdida;Data de saída;Motivo;Observações\r\n' +
    'Padaria São Bento;12.500,00;15/03/2026;Preço;achou mais barato\r\n' +
    'Café Central;3.200,50;02/04/2026;Mudança de endereço;\r\n' +
    'Oficina Sul;1.000,00;31/02/2026;Preço;\r\n';
  const CP1252 = { 'ã': 0xe3, 'é': 0xe9, 'ç': 0xe7, 'í': 0xed, 'õ': 0xf5 };
  const bytes = Buffer.from([...text].map((c) => (c.charCodeAt(0) < 0x80 ? c.charCodeAt(0) : CP1252[c])));
  await page.getByRole('button', { name: 'Importar de um arquivo' }).click();
  await page.getByRole('heading', { name: 'Importar clientes que saíram' }).waitFor();
  await page.getByLabel('Ou escolha um arquivo CSV').setInputFiles({ name: 'clientes.csv', mimeType: 'text/csv', buffer: bytes });
  await page.locator('.import-summary').waitFor();
  assert.match(await page.locator('.encoding-used').first().innerText(), /Windows-1252/);
  assert.match(await page.locator('.import-summary').innerText(), /2 linhas;.*1 linha\b/);
  const preview = await page.locator('.preview-table tbody').innerText();
  assert.match(preview, /Padaria São Bento\s+R\$\s12\.500\s+15 mar\. 2026\s+Preço[^\n]*\(achou mais barato\)/);
  assert.match(preview, /Café Central[\s\S]*3\.200,5/);
  assert.match(await page.locator('.bad-rows').innerText(), /4\s+Data de saída: não é uma data no formato escolhido/);
  await shot(page, 'winback-import-pt-BR');
  await page.getByRole('button', { name: 'Adicionar 2 clientes à lista' }).click();
  await customerRow(page, 'Padaria São Bento').waitFor();
  await customerRow(page, 'Café Central').waitFor();
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('holdfast.ws.default.winback')).data.customers);
  const byName = Object.fromEntries(stored.map((c) => [c.name, c]));
  assert.equal(byName['Padaria São Bento'].lost_revenue, 12500);
  assert.equal(byName['Padaria São Bento'].departed_on, '2026-03-15');
  assert.equal(byName['Padaria São Bento'].reason, 'Price');
  assert.equal(byName['Café Central'].lost_revenue, 3200.5);
  assert.equal(byName['Café Central'].reason, 'Relocation');
  assert.equal(stored.length, 2);
  assert.deepEqual(ctx.errors, []);
  await done(ctx);
});

test('no request leaves the app origin', () => {
  assert.deepEqual(foreignRequests, []);
});
