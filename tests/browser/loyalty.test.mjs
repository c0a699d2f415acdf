// The loyalty-programme planner, driven like a consultant with a client:
// build from a template, break and fix the tier ladder, move the economics,
// duplicate, rename, compare, delete and undo, print, reload.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newContext, open, shot, SHOTS, useApp, server, browser } from './harness.mjs';

useApp();

/** Creates a draft from the list page with the button named `button`; returns its id. */
async function create(page, button) {
  if (!/\/loyalty$/.test(new URL(page.url()).pathname)) {
    await page.goto(`${server.url}/loyalty`);
  }
  await page.getByRole('button', { name: button }).click();
  await page.waitForURL(/\/loyalty\/\d+$/);
  await page.locator('.loy-result output').first().or(page.locator('.loy-alert').first()).waitFor();
  return Number(new URL(page.url()).pathname.split('/').pop());
}

/** The text of the result labelled `label`. */
async function result(page, label) {
  return (await page.getByLabel(label, { exact: true }).innerText()).trim();
}

/** Waits until the result labelled `label` is no longer `before`; returns the new text. */
async function changed(page, label, before) {
  const output = page.getByLabel(label, { exact: true });
  await assert.doesNotReject(() => output.filter({ hasNotText: before }).waitFor({ timeout: 5000 }), `${label} should move from ${before}`);
  return (await output.innerText()).trim();
}

function noJunk(text, where) {
  assert.doesNotMatch(text, /NaN|Infinity|undefined|\bnull\b/, where);
}

test('a retail draft from the template shows its rules, economics with formulas and sources, tiers and chart', async () => {
  const ctx = await newContext(browser, server.url);
  const page = await open(ctx.context, server.url, '/loyalty');
  await page.getByRole('heading', { name: 'Loyalty-programme planner' }).waitFor();
  await page.getByText('No drafts yet').waitFor();
  await shot(page, 'loyalty-empty');
  await create(page, 'Create a retail draft');
  assert.equal(await page.locator('main h1').innerText(), 'Retail rewards');
  assert.equal(await page.getByLabel('Programme name').inputValue(), 'Retail rewards');
  assert.equal(await page.getByLabel('Points per unit of currency spent').inputValue(), '1');
  for (const name of ['Tier 1: Bronze', 'Tier 2: Silver', 'Tier 3: Gold']) {
    await page.getByRole('group', { name }).waitFor();
  }
  assert.equal(await page.getByRole('group', { name: 'Tier 2: Silver' }).getByLabel('Threshold (spend)').inputValue(), '200');
  assert.equal(await page.locator('fieldset', { hasText: /^Reward \d/ }).count(), 5);
  // Every headline result has a value, a formula with numbers and a source.
  for (const label of ['Effective reward rate', 'Annual programme cost', 'Points liability at year end',
    'Incremental gross profit', 'ROI', 'Payback of the launch cost', 'Break-even retention lift']) {
    const row = page.locator('.loy-result', { has: page.getByLabel(label, { exact: true }) });
    assert.ok((await result(page, label)).length > 0, label);
    assert.match(await row.locator('.loy-formula').innerText(), /\d/, `${label} formula`);
    assert.match(await row.locator('.loy-source').innerText(), /Source/, `${label} source`);
  }
  assert.match(await result(page, 'Effective reward rate'), /^\d+(\.\d+)? %$/);
  assert.match(await result(page, 'Annual programme cost'), /^£[\d,]+$/);
  assert.match(await result(page, 'Break-even retention lift'), /points/);
  // Members per tier, three years, and the chart with its table alternative.
  const tierTable = page.locator('.loy-tier-table');
  assert.equal(await tierTable.locator('tbody tr').count(), 3, 'nobody is below a first tier at 0');
  assert.match(await tierTable.innerText(), /Bronze[\s\S]*Silver[\s\S]*Gold/);
  await page.getByRole('img', { name: /^Three years: programme cost/ }).waitFor();
  assert.equal(await page.locator('figure.line-chart .legend li').count(), 3);
  await page.getByText('How the figures are worked out').waitFor();
  noJunk(await page.locator('main').innerText(), 'editor');
  await shot(page, 'loyalty-editor-retail');
  // The key figures stay in view, under the top bar, while the rules are edited.
  await page.getByRole('group', { name: 'Tier 3: Gold' }).scrollIntoViewIfNeeded();
  const strip = await page.locator('.loy-key').boundingBox();
  const bar = await page.locator('header.topbar').boundingBox();
  assert.ok(Math.abs(strip.y - (bar.y + bar.height)) <= 2, `key figures at ${strip.y}, top bar ends at ${bar.y + bar.height}`);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/loyalty-editor-scrolled.png` });
  assert.deepEqual(ctx.errors, []);
  assert.deepEqual(ctx.foreign, []);
  await ctx.context.close();
});

test('a tier threshold that does not rise is refused next to that tier, and fixing it brings the economics back', async () => {
  const ctx = await newContext(browser, server.url);
  const page = await open(ctx.context, server.url, '/loyalty');
  await create(page, 'Create a retail draft');
  const gold = page.getByRole('group', { name: 'Tier 3: Gold' });
  const threshold = gold.getByLabel('Threshold (spend)');
  await threshold.fill('150');
  await gold.getByText('Must be higher than the tier below (“Silver”, £200)').waitFor();
  assert.equal(await threshold.getAttribute('aria-invalid'), 'true');
  // Only the offending tier carries the message.
  assert.equal(await page.getByRole('group', { name: 'Tier 2: Silver' }).getByText('Must be higher').count(), 0);
  await page.locator('.loy-key .loy-alert', { hasText: 'Fix the tier thresholds' }).waitFor();
  assert.equal(await page.getByLabel('ROI', { exact: true }).count(), 0);
  await shot(page, 'loyalty-tier-error');
  // Equal is not rising either.
  await threshold.fill('200');
  await gold.getByText('Must be higher than the tier below').waitFor();
  // A value that is not a number is refused at the boundary.
  await threshold.fill('lots');
  await gold.getByText('Enter a plain number').waitFor();
  await threshold.fill('900');
  await page.getByLabel('ROI', { exact: true }).waitFor();
  assert.equal(await gold.getByText('Must be higher').count(), 0);
  assert.equal(await threshold.getAttribute('aria-invalid'), 'false');
  // Switching the basis to points relabels the threshold field.
  await page.getByLabel('Members qualify by').selectOption({ label: 'Points earned' });
  await gold.getByLabel('Threshold (points)').waitFor();
  assert.deepEqual(ctx.errors, []);
  await ctx.context.close();
});

test('changing economics inputs moves the outputs, and impossible cases say so instead of showing a number', async () => {
  const ctx = await newContext(browser, server.url);
  const page = await open(ctx.context, server.url, '/loyalty');
  await create(page, 'Create a retail draft');
  const cost0 = await result(page, 'Annual programme cost');
  const roi0 = await result(page, 'ROI');
  await page.getByLabel('Members', { exact: true }).fill('40,000');
  const cost1 = await changed(page, 'Annual programme cost', cost0);
  assert.notEqual(cost1, cost0);
  await page.getByLabel('Expected lift in retention (points)').fill('0');
  const roi1 = await changed(page, 'ROI', roi0);
  assert.match(roi1, /^-/, 'no retention lift: a loss');
  // The key figures strip follows too.
  assert.match(await page.locator('.loy-key').innerText(), new RegExp(roi1.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await page.getByLabel('Running cost per year').fill('100,000,000');
  await page.getByLabel('Break-even retention lift', { exact: true }).filter({ hasText: 'never breaks even within 0–100 points' }).waitFor();
  await page.getByLabel('Payback of the launch cost', { exact: true }).filter({ hasText: 'not within 10 years' }).waitFor();
  // No members and no running cost: nothing to divide by.
  await page.getByLabel('Members', { exact: true }).fill('0');
  await page.getByLabel('Running cost per year').fill('0');
  await page.getByLabel('ROI', { exact: true }).filter({ hasText: 'not defined (no cost)' }).waitFor();
  // Refused input stays next to its field and does not reach the figures.
  await page.getByLabel('Gross margin').fill('120');
  await page.getByText('A percentage cannot be above 100.').waitFor();
  await page.getByLabel('Current yearly retention').fill('95');
  await page.getByLabel('Expected lift in retention (points)').fill('10');
  await page.getByText('Too large: at most 5.').waitFor();
  noJunk(await page.locator('main').innerText(), 'edge cases');
  await shot(page, 'loyalty-edge-cases');
  // Meanwhile the figures say they are those of the last valid entries,
  // dimmed, in the key strip and beside the economics.
  const note = 'Figures for the last valid entries: fix the highlighted field to update them.';
  await page.locator('.loy-key.is-stale .stale-note', { hasText: note }).waitFor();
  await page.locator('.loy-economics .is-stale .stale-note', { hasText: note }).waitFor();
  const dim = await page.locator('.loy-economics .is-stale .loy-result output').first().evaluate((el) => {
    let o = 1;
    for (let e = el; e; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
    return o;
  });
  assert.ok(dim < 0.6, `stale figures are dimmed (opacity ${dim})`);
  // One field fixed, the other still refused: still stale.
  await page.getByLabel('Gross margin').fill('40');
  await page.getByText('A percentage cannot be above 100.').waitFor({ state: 'detached' });
  assert.ok(await page.locator('.loy-key.is-stale').count() === 1, 'one refused field is enough to mark the figures');
  await page.getByLabel('Expected lift in retention (points)').fill('2');
  await page.locator('.stale-note').first().waitFor({ state: 'detached' });
  assert.equal(await page.locator('.is-stale').count(), 0);
  assert.deepEqual(ctx.errors, []);
  await ctx.context.close();
});

test('drafts can be duplicated, renamed, compared side by side, and deleted with undo', async () => {
  const ctx = await newContext(browser, server.url);
  const page = await open(ctx.context, server.url, '/loyalty');
  const retail = await create(page, 'Create a retail draft');
  await page.getByRole('link', { name: 'All drafts' }).click();
  await create(page, 'Create a subscription draft');
  await page.getByRole('link', { name: 'All drafts' }).click();
  const rows = page.locator('.loy-draft');
  await rows.nth(1).waitFor();
  assert.equal(await rows.count(), 2);

  // Duplicate the retail draft, then rename the copy.
  const retailRow = rows.filter({ has: page.getByRole('link', { name: 'Retail rewards', exact: true }) });
  await retailRow.getByRole('button', { name: 'Duplicate' }).click();
  const copyRow = rows.filter({ hasText: 'Copy of Retail rewards' });
  await copyRow.waitFor();
  await copyRow.getByRole('button', { name: 'Rename' }).click();
  await copyRow.getByLabel('Draft name').fill('   ');
  await copyRow.getByText('Enter a value.').waitFor();
  await copyRow.getByLabel('Draft name').fill('Retail, richer Gold');
  await copyRow.getByRole('button', { name: 'Save' }).click();
  const richer = rows.filter({ has: page.getByRole('link', { name: 'Retail, richer Gold' }) });
  await richer.waitFor();
  await shot(page, 'loyalty-list');

  // Change the copy: Gold earns double.
  await richer.getByRole('link', { name: 'Open' }).click();
  await page.waitForURL(/\/loyalty\/\d+$/);
  const copyId = Number(new URL(page.url()).pathname.split('/').pop());
  assert.notEqual(copyId, retail);
  await page.getByRole('group', { name: 'Tier 3: Gold' }).getByLabel('Earn multiplier').fill('2');
  await page.getByRole('link', { name: 'All drafts' }).click();

  // Compare the two.
  await page.getByLabel('First draft').selectOption({ label: 'Retail rewards' });
  await page.getByLabel('Second draft').selectOption({ label: 'Retail, richer Gold' });
  await page.getByRole('button', { name: 'Compare' }).click();
  await page.waitForURL(`**/loyalty/compare/${retail}/${copyId}`);
  const table = page.locator('table.loy-compare');
  await table.waitFor();
  const tier3 = table.locator('tr', { has: page.getByRole('rowheader', { name: 'Tier 3', exact: true }) });
  assert.match(await tier3.innerText(), /×1\.5[\s\S]*×2[\s\S]*≠ differs/);
  assert.ok(await tier3.evaluate((tr) => tr.classList.contains('differs')));
  const ppu = table.locator('tr', { has: page.getByRole('rowheader', { name: 'Points per unit of currency spent' }) });
  assert.doesNotMatch(await ppu.innerText(), /differs/);
  const count = await page.locator('.loy-diff-count').innerText();
  const n = Number(count.match(/(\d+) rows? differ/)?.[1]);
  assert.ok(n >= 2, count);
  assert.equal(await table.locator('tr.differs').count(), n);
  assert.equal(await table.getByText('≠ differs').count(), n);
  await shot(page, 'loyalty-compare');
  await page.getByLabel('Show only the rows that differ').check();
  assert.equal(await table.locator('tbody tr:not(.loy-compare-section)').count(), n);
  assert.equal(await ppu.count(), 0);
  await page.getByLabel('Show only the rows that differ').uncheck();
  await ppu.waitFor();

  // Delete the subscription draft, then undo.
  await page.getByRole('link', { name: 'All drafts' }).click();
  const sub = rows.filter({ has: page.getByRole('link', { name: 'Subscriber rewards', exact: true }) });
  await sub.getByRole('button', { name: 'Delete' }).click();
  await page.getByText('Deleted the draft “Subscriber rewards”.').waitFor();
  assert.equal(await rows.count(), 2);
  await page.getByRole('button', { name: 'Undo' }).click();
  await sub.waitFor();
  assert.equal(await rows.count(), 3);
  // Deleting from the editor goes back to the list, and undo works there too.
  await sub.getByRole('link', { name: 'Open' }).click();
  await page.waitForURL(/\/loyalty\/\d+$/);
  await page.getByRole('button', { name: 'Delete' }).click();
  await page.waitForURL(/\/loyalty$/);
  await page.getByRole('button', { name: 'Undo' }).click();
  await sub.waitFor();
  assert.deepEqual(ctx.errors, []);
  await ctx.context.close();
});

test('a draft and every change to it survive a reload', async () => {
  const ctx = await newContext(browser, server.url);
  const page = await open(ctx.context, server.url, '/loyalty');
  const id = await create(page, 'Create a B2B services draft');
  await page.getByLabel('Programme name').fill('Acme partner club');
  await page.getByLabel('Points per unit of currency spent').fill('0.2');
  await page.getByRole('button', { name: 'Add a tier' }).click();
  const fourth = page.getByRole('group', { name: 'Tier 4: New tier' });
  await fourth.getByLabel('Tier name').fill('Platinum');
  await page.getByRole('group', { name: 'Tier 4: Platinum' }).getByLabel('Perks').fill('Quarterly board-level review');
  const firstReward = page.getByRole('group', { name: /^Reward 1:/ });
  await firstReward.getByRole('button', { name: 'Remove' }).click();
  await page.getByText(/^Removed “/).waitFor();
  await page.getByRole('group', { name: 'Badge 1: Five-year partner' }).getByLabel('Points').fill('1500');
  await page.getByLabel('Members', { exact: true }).fill('450');
  await page.getByLabel('Members spread over tiers').selectOption({ label: 'Entered by hand' });
  await page.getByRole('group', { name: 'Tier 2: Preferred' }).getByLabel('Share of members (%)').fill('30');
  const roi = await result(page, 'ROI');
  const key = 'holdfast.ws.default.loyalty';
  await page.waitForFunction((k) => localStorage.getItem(k)?.includes('Quarterly board-level review') && localStorage.getItem(k)?.includes('"share":30'), key);

  await page.reload();
  await page.waitForSelector('header.topbar nav');
  await page.getByLabel('Programme name').waitFor();
  assert.equal(await page.getByLabel('Programme name').inputValue(), 'Acme partner club');
  assert.equal(await page.getByLabel('Points per unit of currency spent').inputValue(), '0.2');
  const platinum = page.getByRole('group', { name: 'Tier 4: Platinum' });
  assert.equal(await platinum.getByLabel('Perks').inputValue(), 'Quarterly board-level review');
  assert.equal(await page.locator('fieldset', { hasText: /^Reward \d/ }).count(), 4);
  assert.equal(await page.getByRole('group', { name: 'Badge 1: Five-year partner' }).getByLabel('Points').inputValue(), '1500');
  assert.equal(await page.getByLabel('Members', { exact: true }).inputValue(), '450');
  assert.equal(await page.getByLabel('Members spread over tiers').inputValue(), '1');
  assert.equal(await page.getByRole('group', { name: 'Tier 2: Preferred' }).getByLabel('Share of members (%)').inputValue(), '30');
  assert.equal(await result(page, 'ROI'), roi);
  const stored = await page.evaluate((k) => JSON.parse(localStorage.getItem(k)), key);
  assert.equal(stored.schema, 1);
  assert.equal(stored.data.drafts[0].id, id);
  // And the list still shows it under its new name.
  await page.goto(`${server.url}/loyalty`);
  await page.getByRole('link', { name: 'Acme partner club' }).waitFor();
  assert.deepEqual(ctx.errors, []);
  await ctx.context.close();
});

test('the printable summary holds rules, tiers, rewards and economics on one A4 page', async () => {
  const ctx = await newContext(browser, server.url);
  const page = await open(ctx.context, server.url, '/loyalty');
  const id = await create(page, 'Create a retail draft');
  await page.getByRole('link', { name: 'Print summary' }).click();
  await page.waitForURL(`**/loyalty/${id}/print`);
  const sheet = page.locator('article.loy-sheet');
  await sheet.waitFor();
  assert.equal(await sheet.locator('h1').innerText(), 'Retail rewards');
  const text = await sheet.innerText();
  for (const part of ['How members earn', 'Tiers', 'Rewards catalogue', 'Gamification', 'Assumptions', 'Results',
    'Bronze', 'Silver', 'Gold', 'Free shipping', 'Effective reward rate', 'Points liability at year end',
    'Break-even retention lift', 'Projection by year']) {
    assert.ok(text.includes(part), `the summary shows ${part}`);
  }
  noJunk(text, 'summary');
  await page.getByRole('button', { name: 'Print' }).waitFor();
  await shot(page, 'loyalty-print-screen');
  await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('header.topbar').isVisible(), false);
  assert.equal(await page.getByRole('button', { name: 'Print' }).isVisible(), false);
  await shot(page, 'loyalty-print-media');
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) || []).length;
  assert.equal(pages, 1, 'the summary prints on one page');
  assert.deepEqual(ctx.errors, []);
  await ctx.context.close();
});

test('the screens look right in both themes and at 1920 wide', async () => {
  for (const [scheme, width] of [['dark', 1920], ['light', 1920], ['dark', 1280]]) {
    const ctx = await newContext(browser, server.url, { colorScheme: scheme, viewport: { width, height: 1080 } });
    const page = await open(ctx.context, server.url, '/loyalty');
    const a = await create(page, 'Create a subscription draft');
    await page.getByRole('link', { name: 'All drafts' }).click();
    const b = await create(page, 'Create a blank draft');
    noJunk(await page.locator('main').innerText(), 'blank draft');
    await shot(page, `loyalty-blank-${scheme}-${width}`);
    await page.goto(`${server.url}/loyalty/${a}`);
    await page.getByLabel('ROI', { exact: true }).waitFor();
    await shot(page, `loyalty-editor-${scheme}-${width}`);
    await page.goto(`${server.url}/loyalty/compare/${a}/${b}`);
    await page.locator('table.loy-compare').waitFor();
    await shot(page, `loyalty-compare-${scheme}-${width}`);
    await page.goto(`${server.url}/loyalty/${a}/print`);
    await page.locator('article.loy-sheet').waitFor();
    await shot(page, `loyalty-print-${scheme}-${width}`);
    await page.goto(`${server.url}/loyalty/999999`);
    await page.getByRole('heading', { name: 'Draft not found' }).waitFor();
    assert.deepEqual(ctx.errors, []);
    await ctx.context.close();
  }
});

test('a pt-BR consultant fits the retail template to 3,000 members in reais, and starts a local-services draft', async () => {
  const ctx = await newContext(browser, server.url, { locale: 'pt-BR' });
  const page = await open(ctx.context, server.url, '/data');
  await page.getByLabel('Moeda', { exact: true }).first().selectOption('BRL');
  await page.goto(`${server.url}/loyalty`);
  const retail = page.locator('.loy-template', { has: page.getByRole('button', { name: 'Criar um rascunho de varejo' }) });
  const members = retail.getByLabel('Membros previstos');
  // The template's own figure by default, and the currency the figures will be in.
  assert.equal(await members.inputValue(), '20.000');
  await retail.getByText('Valores em BRL (R$ 1.000), a moeda do espaço de trabalho.').waitFor();
  // The member count is checked next to the field before anything is created.
  await members.fill('0');
  await retail.getByText('Pequeno demais: no mínimo 1.').waitFor();
  assert.equal(await members.getAttribute('aria-invalid'), 'true');
  await members.fill('2,5');
  await retail.getByText('Digite um número inteiro.').waitFor();
  await retail.getByRole('button', { name: 'Criar um rascunho de varejo' }).click();
  assert.equal(await page.locator('.loy-draft').count(), 0, 'an invalid count creates nothing');
  assert.equal(new URL(page.url()).pathname, '/loyalty');
  await members.fill('3.000');
  await create(page, 'Criar um rascunho de varejo');
  assert.equal(await page.locator('main h1').innerText(), 'Recompensas da loja');
  assert.match(await page.getByLabel('Membros', { exact: true }).inputValue(), /^3\.?000$/);
  // Rewards with an amount name it in reais.
  const coupon = page.getByRole('group', { name: /^Recompensa 1:/ });
  assert.match(await coupon.getByLabel('Recompensa', { exact: true }).inputValue(), /^Cupom: desconto de R\$ \d+ no próximo pedido$/);
  // Fixed costs fitted to the size: year-1 ROI is not the unfitted −52,46 %.
  const roi = (await page.getByLabel('ROI (retorno sobre o investimento)', { exact: true }).innerText()).trim();
  assert.notEqual(roi, '-52,46 %');
  const value = Number(roi.replace(/[^\d,-]/g, '').replace(',', '.'));
  assert.ok(value > -10, `year-1 ROI ${roi}`);
  assert.match(await page.getByLabel('Custo operacional por ano').inputValue(), /^\d+$/);
  noJunk(await page.locator('main').innerText(), 'fitted retail draft');
  await shot(page, 'loyalty-fitted-pt-BR');

  // The local-services template, at its own size.
  await page.getByRole('link', { name: 'Todos os rascunhos' }).click();
  await create(page, 'Criar um rascunho de serviços locais');
  assert.equal(await page.locator('main h1').innerText(), 'Clientes da casa');
  assert.equal(await page.getByLabel('Membros', { exact: true }).inputValue(), '800');
  assert.match(await page.getByRole('group', { name: /^Recompensa 1:/ }).getByLabel('Recompensa', { exact: true }).inputValue(),
    /^Desconto de R\$ \d+ na próxima visita$/);
  await page.getByLabel('ROI (retorno sobre o investimento)', { exact: true }).waitFor();
  noJunk(await page.locator('main').innerText(), 'local services draft');
  await shot(page, 'loyalty-local-services-pt-BR');
  assert.deepEqual(ctx.errors, []);
  assert.deepEqual(ctx.foreign, []);
  await ctx.context.close();
});
