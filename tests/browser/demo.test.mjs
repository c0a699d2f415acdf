// The demo workspace (create, every module filled, reset) and the printed
// report (on screen, in print media and as a PDF).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newContext, open, shot, useApp, server, browser } from './harness.mjs';

useApp();

/** Every stored key of one workspace with its raw text. */
const workspaceKeys = (page, id) => page.evaluate((prefix) => Object.fromEntries(
  Object.keys(localStorage).filter((k) => k.startsWith(prefix)).sort().map((k) => [k, localStorage.getItem(k)])),
`holdfast.ws.${id}.`);

/** The documents of a workspace without their envelopes (revision, time). */
const workspaceData = async (page, id) => Object.fromEntries(
  Object.entries(await workspaceKeys(page, id)).map(([k, v]) => [k, JSON.parse(v).data]));

const index = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('holdfast.workspaces')).data);

/** Puts something in the first workspace, so it is a real one with data. */
async function realData(page) {
  await page.goto(server.url + '/data');
  await page.getByLabel('Workspace name', { exact: true }).fill('Acme Facilities');
  await page.goto(server.url + '/calculators/churn');
  await page.getByLabel('Scenario name').fill('Acme baseline');
  await page.getByRole('button', { name: 'Save scenario' }).click();
  await page.locator('.scenario-list li', { hasText: 'Acme baseline' }).waitFor();
}

async function createDemo(page) {
  await page.goto(server.url + '/data');
  await page.getByRole('button', { name: 'Create the demo workspace' }).click();
  await page.locator('.brand-workspace', { hasText: 'Demo — Northwind Retail' }).waitFor();
}

test('the home page offers the demo while there is no data, and one click fills every module', async () => {
  const ctx = await newContext(browser, server.url);
  const page = await open(ctx.context, server.url, '/');
  const offer = page.locator('.demo-offer');
  await offer.waitFor();
  await shot(page, 'demo-home-offer');
  await offer.getByRole('button', { name: 'Create the demo workspace' }).click();
  await page.locator('.brand-workspace', { hasText: 'Demo — Northwind Retail' }).waitFor();
  // On the demo itself the offer is gone.
  await page.locator('.demo-offer-slot').waitFor({ state: 'attached' });
  assert.equal(await page.locator('.demo-offer').count(), 0);
  const ix = await index(page);
  assert.equal(ix.demo, 'demo');
  assert.equal(ix.current, 'demo');
  assert.deepEqual(ix.ids, ['default', 'demo']);

  // Contracts: the register and its analyses.
  await page.goto(server.url + '/contracts');
  await page.getByText('Showing 1–25 of 52 contracts').waitFor();
  assert.match(await page.locator('.attrition-rate').innerText(), /\d+(\.\d+)? %/);
  assert.equal(await page.locator('table.reasons-table tbody tr').count(), 5);
  assert.match(await page.locator('table.reasons-table tbody tr').first().innerText(), /Price/);
  assert.match(await page.locator('.concentration-summary').innerText(), /of 24 clients/);
  assert.equal(await page.locator('.data-warning').count(), 0, 'no live contract has lapsed');
  await shot(page, 'demo-contracts');

  // Win-back: departed customers at every stage.
  await page.goto(server.url + '/contracts/win-back');
  const summary = (key) => page.locator('.wb-summary li').filter({ hasText: key }).locator('output').innerText();
  await page.locator('table.wb-customers tbody tr').first().waitFor();
  assert.equal(await page.locator('table.wb-customers tbody tr').count(), 12);
  assert.equal(await summary('Departed customers'), '12');
  assert.equal(await summary('Recovery rate'), '28.57 %');
  const pipeline = await page.locator('table.wb-pipeline tbody td').allInnerTexts();
  assert.ok(pipeline.filter((n) => Number(n) > 0).length >= 5, `pipeline ${pipeline}`);

  // Loyalty: a draft whose economics compute.
  await page.goto(server.url + '/loyalty');
  await page.getByText('Retail rewards').first().waitFor();
  await page.goto(server.url + '/loyalty/1');
  await page.getByLabel('ROI', { exact: true }).waitFor();
  assert.match(await page.getByLabel('ROI', { exact: true }).innerText(), /-?\d+(\.\d+)? %/);

  // Onboarding: six plans at different stages.
  await page.goto(server.url + '/onboarding');
  await page.locator('tr.ob-row').first().waitFor();
  assert.equal(await page.locator('tr.ob-row').count(), 6);
  const portfolio = await page.locator('main').innerText();
  for (const words of ['Not started', 'On track', 'Late:', 'Finished']) {
    assert.ok(portfolio.includes(words), `portfolio shows ${words}`);
  }

  // Calculators: the saved scenarios.
  await page.goto(server.url + '/calculators/churn');
  await page.locator('.scenario-list li', { hasText: 'Northwind: last quarter' }).waitFor();
  assert.deepEqual(ctx.errors, []);
  assert.deepEqual(ctx.foreign, []);
  await ctx.context.close();
});

test('reset demo brings the original back, and a real workspace is never touched', async () => {
  const ctx = await newContext(browser, server.url);
  const page = await open(ctx.context, server.url, '/');
  page.on('dialog', (d) => d.accept());
  await realData(page);
  // A workspace with data is not offered the demo on the home page.
  await page.goto(server.url + '/');
  await page.locator('.demo-offer-slot').waitFor({ state: 'attached' });
  assert.equal(await page.locator('.demo-offer').count(), 0);
  const real = await workspaceKeys(page, 'default');
  assert.ok(Object.keys(real).length >= 2);

  await createDemo(page);
  const original = await workspaceData(page, 'demo');
  assert.equal(Object.keys(original).length, 7, Object.keys(original).join());
  assert.deepEqual(await workspaceKeys(page, 'default'), real);

  // Edit the demo: delete a contract and rename the workspace.
  await page.goto(server.url + '/contracts');
  await page.getByLabel('Search clients').fill('Juniper');
  await page.getByRole('button', { name: 'Delete the contract with Juniper Offices' }).click();
  await page.getByLabel('Search clients').fill('');
  await page.getByText('Showing 1–25 of 51 contracts').waitFor();
  await page.goto(server.url + '/data');
  await page.getByLabel('Workspace name', { exact: true }).fill('Changed demo');
  await page.locator('.brand-workspace', { hasText: 'Changed demo' }).waitFor();
  assert.notDeepEqual(await workspaceData(page, 'demo'), original);

  // The demo is marked and only it has "Reset demo".
  const row = (name) => page.locator('.workspace-table tbody tr').filter({ has: page.locator('th', { hasText: name }) });
  assert.equal(await row('Changed demo').locator('.badge-demo').count(), 1);
  assert.equal(await row('Acme Facilities').locator('.badge-demo').count(), 0);
  await shot(page, 'demo-data-page');
  await page.getByRole('button', { name: 'Reset demo' }).click();
  await page.locator('.brand-workspace', { hasText: 'Demo — Northwind Retail' }).waitFor();
  await page.goto(server.url + '/contracts');
  await page.getByText('Showing 1–25 of 52 contracts').waitFor();
  assert.deepEqual(await workspaceData(page, 'demo'), original);
  assert.deepEqual(await workspaceKeys(page, 'default'), real);

  // From the real workspace there is no reset, and "create" opens the same demo.
  await page.goto(server.url + '/data');
  await row('Acme Facilities').getByRole('button', { name: 'Open' }).click();
  await page.locator('.brand-workspace', { hasText: 'Acme Facilities' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Reset demo' }).count(), 0);
  await page.getByRole('button', { name: 'Open the demo workspace' }).click();
  await page.locator('.brand-workspace', { hasText: 'Demo — Northwind Retail' }).waitFor();
  const ix = await index(page);
  assert.deepEqual(ix.ids, ['default', 'demo'], 'not duplicated');
  assert.deepEqual(await workspaceKeys(page, 'default'), real);
  assert.deepEqual(ctx.errors, []);
  await ctx.context.close();
});

test('the report shows every section with the demo figures, and says so when a module is empty', async () => {
  const ctx = await newContext(browser, server.url);
  const page = await open(ctx.context, server.url, '/report');
  // An empty workspace: one line per module, no zeros.
  for (const line of [
    'No calculator scenarios have been saved in this workspace.',
    'No contracts have been entered in this workspace.',
    'No loyalty-programme drafts have been made in this workspace.',
    'No onboarding plans have been started in this workspace.',
  ]) {
    await page.getByText(line).waitFor();
  }
  assert.equal(await page.locator('.report-kpi').count(), 0);

  await createDemo(page);
  await page.getByRole('link', { name: 'Report' }).click();
  await page.getByRole('heading', { level: 1, name: 'Client report' }).waitFor();
  const report = page.locator('article.report');
  assert.match(await report.locator('.report-client').innerText(), /Prepared for Demo — Northwind Retail/);
  const today = new Date();
  const month = today.toLocaleString('en-GB', { month: 'short' }).slice(0, 3);
  assert.equal(await report.locator('.report-date').innerText(), `Date: ${today.getDate()} ${month} ${today.getFullYear()}`);
  for (const heading of ['Calculator results', 'Contracts', 'Loyalty programme', 'Onboarding progress']) {
    assert.ok(await page.getByRole('heading', { level: 2, name: heading, exact: true }).isVisible(), heading);
  }
  // Calculators: both saved scenarios with their headline results.
  const calc = page.locator('.report-calculators tbody tr');
  assert.equal(await calc.count(), 2);
  assert.match(await calc.nth(0).innerText(), /Northwind: last quarter/);
  assert.match(await calc.nth(0).innerText(), /\d+(\.\d+)? %/);
  assert.match(await calc.nth(1).innerText(), /£/);
  // Contracts.
  const kpi = (label) => page.locator('.report-kpi').filter({ has: page.locator('dt', { hasText: label }) }).locator('output');
  assert.equal(await kpi('Active contracts').innerText(), '36');
  assert.match(await kpi('Attrition').innerText(), /^\d+(\.\d+)? %$/);
  assert.match(await page.locator('.report-kpi', { hasText: 'Attrition' }).innerText(), /contracts lost against \d+\.\d contracts in force on an average day, .*; structural baseline 5 %/);
  assert.match(await kpi('Key clients').innerText(), /^\d+$/);
  assert.equal(await kpi('Renewals due').innerText(), '9');
  assert.match(await page.locator('.report-kpi', { hasText: 'Renewals due' }).innerText(), /6 renewal calls still to make/);
  assert.equal(await kpi('Win-back').innerText(), '28.57 %');
  const reasons = await page.locator('.report-reasons tbody th').allInnerTexts();
  assert.deepEqual(reasons, ['Price / value for money', 'Poor service', 'Competitor']);
  assert.match(await page.locator('.report-reasons tbody tr').first().innerText(), /£27,100/);
  // Loyalty.
  const draft = page.locator('.report-drafts tbody tr');
  assert.equal(await draft.count(), 1);
  const cells = await draft.locator('td').allInnerTexts();
  assert.match(cells[0], /^£[\d,]+$/, 'cost');
  assert.match(cells[1], /^£[\d,]+$/, 'liability');
  assert.match(cells[2], /^\d+(\.\d+)? %$/, 'breakage');
  assert.match(cells[3], /%$/, 'ROI');
  // Onboarding.
  assert.equal(await page.locator('.report-plans tbody tr').count(), 6);
  assert.match(await page.locator('.report-onboarding-summary').innerText(), /6 plans, 1 finished; 1 with overdue steps/);
  await shot(page, 'report-light');
  await page.getByLabel('Theme').selectOption('dark');
  await shot(page, 'report-dark');
  await ctx.context.setDefaultTimeout(30000);

  // Print: chrome hidden, black on white, every section on paper.
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['header.topbar', 'footer.footer', '.report-print', 'nav[aria-label="Main"]']) {
    assert.equal(await page.locator(hidden).first().isVisible(), false, `${hidden} hidden in print`);
  }
  for (const section of ['.report-head', '.report-calculators', '.report-contracts', '.report-loyalty', '.report-onboarding']) {
    assert.ok(await page.locator(section).isVisible(), `${section} printed`);
  }
  const colours = await page.evaluate(() => {
    const s = getComputedStyle(document.querySelector('article.report'));
    return [s.color, s.backgroundColor, getComputedStyle(document.body).backgroundColor];
  });
  assert.deepEqual(colours, ['rgb(0, 0, 0)', 'rgb(255, 255, 255)', 'rgb(255, 255, 255)']);
  await shot(page, 'report-print');
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  assert.ok(pdf.length > 10_000, `PDF of ${pdf.length} bytes`);
  assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) || []).length;
  assert.ok(pages >= 1 && pages <= 3, `${pages} pages`);
  await page.emulateMedia({ media: 'screen' });
  assert.ok(await page.locator('.report-print').isVisible());
  assert.deepEqual(ctx.errors, []);
  await ctx.context.close();
});

test('the demo and the report follow the language on screen', async () => {
  const cases = [
    {
      locale: 'pt-BR', create: 'Criar o espaço de demonstração', name: 'Demonstração — Northwind Retail',
      title: 'Relatório para o cliente', date: /Data: \d{1,2} [a-z]{3}\. \d{4}/, money: /R\$ [\d.]+/, reason: /Preço/,
    },
    {
      locale: 'ro-RO', create: 'Creează spațiul demonstrativ', name: 'Demonstrație — Northwind Retail',
      title: 'Raport pentru client', date: /Data: \d{1,2} [a-z]{3,4}\.? \d{4}/, money: /[\d.]+ lei/, reason: /Preț/,
    },
  ];
  for (const l of cases) {
    const ctx = await newContext(browser, server.url, { locale: l.locale });
    const page = await open(ctx.context, server.url, '/');
    await page.getByRole('button', { name: l.create }).click();
    await page.locator('.brand-workspace', { hasText: l.name }).waitFor();
    await page.goto(server.url + '/report');
    await page.getByRole('heading', { level: 1, name: l.title }).waitFor();
    const text = await page.locator('article.report').innerText();
    assert.match(text, l.date);
    assert.match(text, l.money);
    assert.match(text, l.reason);
    for (const english of ['Prepared for', 'Active contracts', 'Projected finish', 'Calculator results', 'Expected', 'On track']) {
      assert.ok(!text.includes(english), `${l.locale}: no English "${english}"`);
    }
    await shot(page, `report-${l.locale}`);
    assert.deepEqual(ctx.errors, []);
    await ctx.context.close();
  }
});
