// The retention calculators, driven through their labelled fields.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newContext, open, shot, useApp, server, browser } from './harness.mjs';

useApp();

const SLUGS = ['retention-rate', 'churn', 'growth', 'growth-needed', 'lifetime-value', 'retention-lift',
  'acquire-or-retain', 'revenue-retention', 'nps', 'silent-complaints', 'win-back'];

/** The text of the output labelled `label`. */
async function result(page, label) {
  return (await page.getByLabel(label, { exact: true }).innerText()).trim();
}

test('the index lists every calculator with a description, and each opens on a result', async () => {
  const ctx = await newContext(browser, server.url);
  const page = await open(ctx.context, server.url, '/calculators');
  assert.equal(await page.locator('.calc-index li').count(), SLUGS.length);
  for (const slug of SLUGS) {
    await page.goto(`${server.url}/calculators/${slug}`);
    await page.locator('.results output').first().waitFor();
    const body = await page.locator('main').innerText();
    assert.doesNotMatch(body, /NaN|Infinity|undefined/, slug);
    assert.ok(await page.locator('.formula code').count() >= 1, `${slug} shows its formula`);
    await shot(page, `calc-${slug}`);
  }
  await page.goto(`${server.url}/calculators/no-such-calculator`);
  await page.getByRole('heading', { name: 'Page not found' }).waitFor();
  assert.deepEqual(ctx.errors, []);
  assert.deepEqual(ctx.foreign, []);
  await ctx.context.close();
});

test('retention rate reproduces both worked examples and refuses impossible inputs', async () => {
  const ctx = await newContext(browser, server.url);
  const page = await open(ctx.context, server.url, '/calculators/retention-rate');
  assert.equal(await result(page, 'Customer retention rate'), '95 %');
  await page.getByLabel('Customers at start').fill('44');
  await page.getByLabel('Customers at end').fill('43');
  await page.getByLabel('New customers').fill('12');
  assert.equal(await result(page, 'Customer retention rate'), '70.45 %');
  assert.equal(await result(page, 'Customers lost from the start'), '13');

  const cases = [
    [['44', '10', '12'], 'Customers at end cannot be fewer than new customers'],
    [['20', '30', '5'], 'cannot exceed customers at start'],
    [['0', '5', '1'], 'Must be above 0'],
    [['abc', '5', '1'], 'Enter a plain number'],
    [['-3', '5', '1'], 'Cannot be negative'],
    [['2.5', '5', '1'], 'Enter a whole number'],
    [['', '5', '1'], 'Enter a value'],
    [['1e308', '5', '1'], 'Enter a plain number'],
  ];
  for (const [[s, e, n], message] of cases) {
    await page.getByLabel('Customers at start').fill(s);
    await page.getByLabel('Customers at end').fill(e);
    await page.getByLabel('New customers').fill(n);
    await page.locator('.field-error', { hasText: message }).first().waitFor();
    // The last valid results stay, dimmed under a line that says they are stale.
    await page.locator('.results.stale .stale-note', {
      hasText: 'Figures for the last valid entries: fix the highlighted field to update them.',
    }).waitFor();
    // (Those of the last valid combination typed, which may be one on the way.)
    assert.match(await result(page, 'Customer retention rate'), /^\d+(\.\d+)? %$/, `stale result for ${s}/${e}/${n}`);
    assert.ok(Number(await page.locator('.results.stale .result').first().evaluate((el) => getComputedStyle(el).opacity)) < 0.6);
    assert.doesNotMatch(await page.locator('main').innerText(), /NaN|Infinity/);
  }
  await shot(page, 'calc-retention-error');
  // Fixed again: current results, no stale marking.
  await page.getByLabel('Customers at start').fill('44');
  await page.getByLabel('Customers at end').fill('43');
  await page.getByLabel('New customers').fill('12');
  await page.locator('.results.stale').waitFor({ state: 'detached' });
  assert.equal(await page.locator('.stale-note').count(), 0);
  assert.equal(await result(page, 'Customer retention rate'), '70.45 %');
  // A link whose inputs were never valid has no results to show: it says so.
  const fresh = await ctx.context.newPage();
  await fresh.goto(server.url + '/calculators/retention-rate?start=abc&end=5&new=1');
  await fresh.locator('.no-result', { hasText: 'No result yet: correct the highlighted fields.' }).waitFor();
  assert.equal(await fresh.locator('.results output').count(), 0);
  assert.equal(await fresh.locator('.stale-note').count(), 0);
  await fresh.close();
  assert.deepEqual(ctx.errors, []);
  await ctx.context.close();
});

test('churn, growth and growth-needed reproduce the articles', async () => {
  const ctx = await newContext(browser, server.url);
  const page = await open(ctx.context, server.url, '/calculators/churn');
  assert.equal(await result(page, 'Churn rate'), '2 %');
  assert.equal(await result(page, 'Lost per 100 acquired'), '4');
  assert.equal(await result(page, 'Expected customer lifetime'), '50 periods');
  // One, not "1 periods".
  await page.getByLabel('Customers lost', { exact: true }).fill('500');
  await page.getByText('1 period', { exact: true }).waitFor();
  await page.getByLabel('Customers lost', { exact: true }).fill('10');

  await page.goto(server.url + '/calculators/growth');
  assert.equal(await result(page, 'Net growth per year'), '10 %');
  assert.equal(await result(page, 'Doubling time'), '7.27 years');
  assert.equal(await result(page, 'Net growth per year (comparison)'), '0 %');
  assert.equal(await result(page, 'Doubling time (comparison)'), 'never doubles');
  assert.equal(await page.locator('svg[role="img"] polyline').count(), 2);
  await page.getByLabel('Retention rate', { exact: true }).fill('95');
  assert.equal(await result(page, 'Net growth per year'), '15 %');
  await page.getByLabel('Retention rate', { exact: true }).fill('101');
  await page.getByText('A percentage cannot be above 100.').waitFor();

  await page.goto(server.url + '/calculators/growth-needed');
  assert.equal(await result(page, 'Gross growth needed from new customers'), '28 %');
  await page.getByRole('radio', { name: /Compounding/ }).check();
  assert.equal(await result(page, 'Gross growth needed from new customers'), '34.15 %');
  await page.getByText('Shown: the compounding convention').waitFor();
  assert.deepEqual(ctx.errors, []);
  await ctx.context.close();
});

test('a calculator opens as it was left, and a result carries into the next calculator', async () => {
  const ctx = await newContext(browser, server.url);
  const page = await open(ctx.context, server.url, '/calculators/growth');
  await page.getByLabel('Retention rate', { exact: true }).fill('95');
  assert.equal(await result(page, 'Net growth per year'), '15 %');
  // Another page, then back: the inputs are as they were left.
  await page.locator('.breadcrumb a').click();
  await page.locator('.calc-index').waitFor();
  await page.locator('.calc-index a', { hasText: 'Growth projection' }).click();
  await page.getByLabel('Retention rate', { exact: true }).waitFor();
  assert.equal(await page.getByLabel('Retention rate', { exact: true }).inputValue(), '95');
  assert.equal(await result(page, 'Net growth per year'), '15 %');
  // ... and after a reload.
  await page.reload();
  await page.locator('.results output').first().waitFor();
  assert.equal(await page.getByLabel('Retention rate', { exact: true }).inputValue(), '95');

  // Churn → lifetime value: the churn rate is carried, not retyped.
  await page.goto(server.url + '/calculators/churn');
  assert.equal(await result(page, 'Churn rate'), '2 %');
  const carry = page.getByRole('navigation', { name: 'Carry this result into' });
  await carry.getByRole('link', { name: /^Customer lifetime value/ }).click();
  await page.waitForURL(/\/calculators\/lifetime-value\?mode=churn&churn=2$/);
  await page.getByRole('heading', { level: 1, name: 'Customer lifetime value' }).waitFor();
  assert.ok(await page.getByRole('radio', { name: 'Churn', exact: true }).isChecked());
  assert.equal(await page.getByLabel(/^Annual churn/).inputValue(), '2');
  // The headline is in plain words; the chart says where it stops; years are whole.
  await page.getByText("Lifetime value of a customer, in today's money").waitFor();
  await page.getByText(/^The chart shows the first 15 years: £[\d.,]+ of the £[\d.,]+; the rest is earned in later years\.$/).waitFor();
  const years = await page.locator('.calc-chart svg text.tick[text-anchor="middle"]').allTextContents();
  assert.deepEqual(years, ['0', '5', '10', '15']);
  assert.deepEqual(ctx.errors, []);
  await ctx.context.close();
});

test('a copied link restores the inputs exactly in a new page', async () => {
  const ctx = await newContext(browser, server.url);
  const page = await open(ctx.context, server.url, '/calculators/retention-rate');
  await page.getByLabel('Customers at start').fill('44');
  await page.getByLabel('Customers at end').fill('43');
  await page.getByLabel('New customers').fill('12');
  await page.getByRole('button', { name: 'Copy link' }).click();
  const url = await page.getByLabel('Link to these inputs').inputValue();
  assert.match(url, /\/calculators\/retention-rate\?start=44&end=43&new=12$/);
  const other = await ctx.context.newPage();
  await other.goto(url);
  await other.locator('.results output').first().waitFor();
  assert.equal(await other.getByLabel('Customers at start').inputValue(), '44');
  assert.equal(await other.getByLabel('Customers at end').inputValue(), '43');
  assert.equal(await result(other, 'Customer retention rate'), '70.45 %');
  // A hostile link is validated like typed input.
  await other.goto(server.url + '/calculators/retention-rate?start=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&end=1&new=0');
  await other.getByText('Enter a plain number').waitFor();
  assert.equal(await other.getByLabel('Customers at start').inputValue(), '<img src=x onerror=alert(1)>');
  assert.equal(await other.locator('main img').count(), 0);
  assert.deepEqual(ctx.errors, []);
  await ctx.context.close();
});

test('scenarios are saved, compared side by side, deleted with undo, and kept across reloads', async () => {
  const ctx = await newContext(browser, server.url);
  const page = await open(ctx.context, server.url, '/calculators/growth');
  await page.getByLabel('Scenario name').fill('Today');
  await page.getByRole('button', { name: 'Save scenario' }).click();
  await page.getByLabel('Retention rate', { exact: true }).fill('95');
  await page.getByLabel('Scenario name').fill('With the retention plan');
  await page.getByRole('button', { name: 'Save scenario' }).click();
  await page.locator('.scenario-list li').nth(1).waitFor();
  const table = page.locator('.compare-table');
  await table.waitFor();
  const row = table.locator('tr', { hasText: 'Net growth per year' }).first();
  assert.match(await row.innerText(), /10 %\s+15 %\s+≠ differs/);
  assert.match(await table.locator('tr').filter({ has: page.locator('th', { hasText: /^Years$/ }) }).innerText(), /same/);
  await shot(page, 'calc-compare');

  await page.reload();
  await page.locator('.scenario-list li').nth(1).waitFor();
  assert.equal(await page.locator('.scenario-list li').count(), 2);
  // Loading a scenario puts its inputs back.
  await page.locator('.scenario-list li', { hasText: 'With the retention plan' }).getByRole('button', { name: 'Load' }).click();
  assert.equal(await page.getByLabel('Retention rate', { exact: true }).inputValue(), '95');
  // Delete, then undo.
  await page.locator('.scenario-list li', { hasText: 'Today' }).getByRole('button', { name: 'Delete' }).click();
  assert.equal(await page.locator('.scenario-list li').count(), 1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.locator('.scenario-list li', { hasText: 'Today' }).waitFor();
  await page.reload();
  await page.locator('.scenario-list li').nth(1).waitFor();
  assert.equal(await page.locator('.scenario-list li').first().innerText().then((t) => t.includes('Today')), true);
  assert.deepEqual(ctx.errors, []);
  await ctx.context.close();
});

test('money follows the workspace currency', async () => {
  const ctx = await newContext(browser, server.url);
  const page = await open(ctx.context, server.url, '/data');
  await page.getByLabel('Currency', { exact: true }).selectOption('EUR');
  await page.goto(server.url + '/calculators/win-back');
  assert.equal(await result(page, 'Annual revenue recovered'), '€28,800');
  assert.equal(await result(page, 'Return on the campaign (on revenue)'), '860 %');
  await ctx.context.close();
});

test('the growth chart moves with the inputs, and its table opens and follows them', async () => {
  const ctx = await newContext(browser, server.url);
  const page = await open(ctx.context, server.url, '/calculators/growth');
  const marks = page.locator('.calc-chart path.marks');
  await marks.first().waitFor();
  assert.equal(await marks.count(), 2, 'one marker path per line');
  const before = await marks.first().getAttribute('d');
  // The table is built when opened, then kept in step with the inputs.
  assert.equal(await page.locator('.chart-table tbody tr').count(), 0);
  await page.getByText('Show as table').click();
  const last = page.locator('.chart-table tbody tr').last().locator('td').first();
  await last.waitFor();
  const first = await last.innerText();
  await page.getByLabel('Retention rate', { exact: true }).fill('60');
  await page.waitForFunction((b) => document.querySelector('.calc-chart path.marks')?.getAttribute('d') !== b, before);
  await page.waitForFunction((f) => {
    const rows = document.querySelectorAll('.chart-table tbody tr');
    return rows.length > 0 && rows[rows.length - 1].querySelector('td').textContent !== f;
  }, first);
  assert.deepEqual(ctx.errors, []);
  await ctx.context.close();
});
