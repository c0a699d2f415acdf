// Currency follows the browser: a first workspace opened by a pt-BR browser
// counts in reais, ro in lei, pt-PT in euros; default amounts (the renewal-call
// threshold and its tip) are round amounts of that currency; money fields take
// the workspace's symbol or code and name another currency when one is typed.
// And the top bar stays on one line at 1366 px in every language.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newContext, open, shot, settled, useApp, server, browser } from './harness.mjs';
import { day } from './seed.mjs';

useApp();


const LANGS = {
  'pt-BR': {
    currencyLabel: 'Moeda',
    code: 'BRL',
    revenue: 'Receita anual média por cliente',
    recovered: 'Receita anual recuperada',
    // The calculator's example: 200 lapsed × 12 % recovered × 1.200 a year.
    example: 'R$ 28.800',
    own: 'R$ 18.000',
    ownResult: 'R$ 432.000',
    other: '£45',
    otherMessage: 'Este espaço de trabalho usa R$ (BRL); £ é outra moeda.',
    add: 'Adicionar contrato',
    client: 'Cliente',
    value: 'Valor anual',
    start: 'Data de início',
    expiry: 'Data de vencimento',
    save: 'Salvar contrato',
    rowValue: 'R$ 18.000',
    threshold: 'Valor anual acima de',
    thresholdValue: '5.000',
    tip: 'Ligue para todo cliente cujo contrato anual passe de R$ 5.000 três meses antes do vencimento.',
  },
  'ro-RO': {
    currencyLabel: 'Monedă',
    code: 'RON',
    revenue: 'Venitul anual mediu pe client',
    recovered: 'Venit anual recâștigat',
    example: '28.800 lei',
    own: '18.000 lei',
    ownResult: '432.000 lei',
    other: '€45',
    otherMessage: 'Acest spațiu de lucru folosește lei (RON); € este altă monedă.',
    add: 'Adaugă contract',
    client: 'Client',
    value: 'Valoare anuală',
    start: 'Data de început',
    expiry: 'Data expirării',
    save: 'Salvează contractul',
    rowValue: '18.000 lei',
    threshold: 'Valoare anuală peste',
    thresholdValue: '5.000',
    tip: 'Sunați fiecare client al cărui contract anual depășește 5.000 lei cu trei luni înainte de expirare.',
  },
};

/** The text of the output labelled `label`. */
const output = async (page, label) => (await page.getByLabel(label, { exact: true }).innerText()).trim();

for (const [locale, l] of Object.entries(LANGS)) {
  test(`${locale}: the first workspace counts in ${l.code}, defaults are round ${l.code} amounts, and money fields read the symbol`, async () => {
    const ctx = await newContext(browser, server.url, { locale });
    const page = await open(ctx.context, server.url, '/data');
    assert.equal(await page.getByLabel(l.currencyLabel, { exact: true }).inputValue(), l.code);
    // Written once, so every reader (workspace list, copy, backup) agrees.
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('holdfast.ws.default.profile')));
    assert.equal(stored.data.currency, l.code);

    // A calculator: its example in the workspace currency, the symbol taken, another refused by name.
    await page.goto(server.url + '/calculators/win-back');
    await settled(() => output(page, l.recovered), l.example);
    const revenue = page.getByLabel(l.revenue, { exact: true });
    await revenue.fill(l.own);
    await settled(() => output(page, l.recovered), l.ownResult);
    assert.equal(await revenue.getAttribute('aria-invalid'), 'false');
    await revenue.fill(l.other);
    await page.getByText(l.otherMessage, { exact: true }).waitFor();
    assert.equal(await revenue.getAttribute('aria-invalid'), 'true');
    await shot(page, `currency-calculator-${locale}`);

    // The register: a value typed with the symbol; the call threshold and its tip in round local amounts.
    await page.goto(server.url + '/contracts');
    await page.getByRole('button', { name: l.add }).first().click();
    await page.getByLabel(l.client, { exact: true }).fill('Pet Shop Centro');
    const value = page.getByLabel(l.value, { exact: true });
    await value.fill(l.other);
    await page.getByText(l.otherMessage, { exact: true }).waitFor();
    await value.fill(l.own);
    await page.getByLabel(l.start, { exact: true }).fill(day(-300));
    await page.getByLabel(l.expiry, { exact: true }).fill(day(60));
    await page.getByRole('button', { name: l.save }).click();
    const row = page.locator('table.register-table tr').filter({ hasText: 'Pet Shop Centro' });
    await row.waitFor();
    assert.match(await row.innerText(), new RegExp(l.rowValue.replace('$', '\\$')));
    assert.equal(await page.getByLabel(l.threshold, { exact: true }).inputValue(), l.thresholdValue);
    await page.getByText(l.tip).waitFor();
    // Above R$ 5.000 (5.000 lei) and due in 60 days: on the call list.
    await page.locator('table.calls-table tbody tr').filter({ hasText: 'Pet Shop Centro' }).waitFor();
    await shot(page, `currency-contracts-${locale}`);
    assert.deepEqual(ctx.errors, []);
    await ctx.context.close();
  });
}

test('pt-PT starts in euros, en-GB in pounds, and an English browser writes nothing on a first visit', async () => {
  for (const [locale, label, code, written] of [
    ['pt-PT', 'Moeda', 'EUR', true],
    ['en-GB', 'Currency', 'GBP', false],
    ['en-US', 'Currency', 'GBP', false],
  ]) {
    const ctx = await newContext(browser, server.url, { locale });
    const page = await open(ctx.context, server.url, '/data');
    assert.equal(await page.getByLabel(label, { exact: true }).inputValue(), code, locale);
    const stored = await page.evaluate(() => localStorage.getItem('holdfast.ws.default.profile'));
    assert.equal(stored !== null, written, locale);
    assert.deepEqual(ctx.errors, [], locale);
    await ctx.context.close();
  }
});

test('a currency chosen on the data page is kept over the browser language', async () => {
  const ctx = await newContext(browser, server.url, { locale: 'pt-BR' });
  const page = await open(ctx.context, server.url, '/data');
  await page.getByLabel('Moeda', { exact: true }).selectOption('USD');
  await page.waitForFunction(() => localStorage.getItem('holdfast.ws.default.profile')?.includes('"USD"'));
  await page.reload();
  await page.waitForSelector('header.topbar nav');
  assert.equal(await page.getByLabel('Moeda', { exact: true }).inputValue(), 'USD');
  assert.deepEqual(ctx.errors, []);
  await ctx.context.close();
});

test('the top bar keeps one line at 1366 × 768 (and 1280 × 800) in every language', async () => {
  for (const [locale, label, name, width, height] of [
    ['en-GB', 'Workspace name', 'Amigo Fiel Pet Shops (8 stores)', 1366, 768],
    ['pt-BR', 'Nome do espaço de trabalho', 'Rede Amigo Fiel Pet Shops (8 lojas)', 1366, 768],
    ['ro-RO', 'Numele spațiului de lucru', 'Rețeaua Amigo Fiel Pet Shops (8 magazine)', 1366, 768],
    ['en-GB', 'Workspace name', 'Amigo Fiel Pet Shops (8 stores)', 1280, 800],
    ['pt-BR', 'Nome do espaço de trabalho', 'Rede Amigo Fiel Pet Shops (8 lojas)', 1280, 800],
    ['ro-RO', 'Numele spațiului de lucru', 'Rețeaua Amigo Fiel Pet Shops (8 magazine)', 1280, 800],
  ]) {
    const ctx = await newContext(browser, server.url, { locale, viewport: { width, height } });
    const page = await open(ctx.context, server.url, '/data');
    // A real client's name under the brand, as a consultant would have it.
    await page.getByLabel(label, { exact: true }).fill(name);
    await page.locator('.brand-workspace').filter({ hasText: name.slice(0, 10) }).waitFor();
    for (const route of ['/', '/contracts', '/report']) {
      await page.goto(server.url + route);
      await page.waitForSelector('header.topbar nav li');
      const layout = await page.evaluate(() => {
        const box = (el) => el.getBoundingClientRect();
        const items = [...document.querySelectorAll('header.topbar nav li')].map((li) => Math.round(box(li).top));
        const bar = box(document.querySelector('header.topbar'));
        // The narrow screens' menu box is display: contents here: its children sit in the bar.
        const children = [...document.querySelector('header.topbar').children]
          .flatMap((el) => (el.id === 'topbar-menu' ? [...el.children] : [el]))
          .filter((el) => box(el).height > 0)
          .map((el) => ({ cls: el.className || el.tagName, top: box(el).top, bottom: box(el).bottom }));
        return { items, barHeight: bar.height, children, width: document.documentElement.scrollWidth };
      });
      assert.equal(new Set(layout.items).size, 1, `${locale} ${width} ${route}: menu items on one line: ${JSON.stringify(layout.items)}`);
      // Every part of the bar shares one line: each overlaps the nav vertically.
      const nav = layout.children.find((c) => c.cls === 'NAV');
      for (const c of layout.children) {
        assert.ok(c.top < nav.bottom && c.bottom > nav.top, `${locale} ${width} ${route}: ${c.cls} beside the menu: ${JSON.stringify(layout.children)}`);
      }
      assert.ok(layout.width <= width, `${locale} ${width} ${route}: no horizontal scroll (${layout.width})`);
    }
    await shot(page, `currency-topbar-${width}-${locale}`);
    assert.deepEqual(ctx.errors, [], locale);
    await ctx.context.close();
  }
});
