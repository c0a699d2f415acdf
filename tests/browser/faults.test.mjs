// Faults and hostile input: storage switched off, injection payloads in every
// free-text field and in imported files, and the panic screen.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { newContext, open, shot, useApp, server, browser } from './harness.mjs';
import { day } from './seed.mjs';

const foreignRequests = [];
useApp();

async function done(ctx) {
  foreignRequests.push(...ctx.foreign);
  await ctx.context.close();
}

/** A context whose localStorage getter throws, as with storage blocked by policy. */
async function storageOff() {
  const ctx = await newContext(browser, server.url);
  await ctx.context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
    });
  });
  return ctx;
}

test('with storage disabled the app opens, says nothing can be saved, and the calculators work', async () => {
  const ctx = await storageOff();
  const page = await open(ctx.context, server.url, '/');
  assert.equal(await page.evaluate(() => { try { localStorage; return 'reachable'; } catch (e) { return e.name; } }), 'SecurityError');
  const banner = page.locator('.notice').filter({ hasText: 'does not let Holdfast store data' });
  await banner.waitFor();
  assert.match(await banner.innerText(), /nothing will be kept after you close the page/);
  // One message for the whole app, not one per document.
  assert.equal(await page.locator('.notices .notice').count(), 1);
  await shot(page, 'faults-storage-off-home');

  await page.goto(server.url + '/calculators/retention-rate');
  await page.getByLabel('Customers at start').fill('44');
  await page.getByLabel('Customers at end').fill('43');
  await page.getByLabel('New customers').fill('12');
  assert.equal((await page.getByLabel('Customer retention rate', { exact: true }).innerText()).trim(), '70.45 %');
  await page.locator('.notice').filter({ hasText: 'does not let Holdfast store data' }).waitFor();

  // Typing into a stored document keeps working in memory for this page.
  await page.goto(server.url + '/data');
  await page.getByLabel('Workspace name', { exact: true }).fill('Only in memory');
  await page.locator('.brand-workspace').filter({ hasText: 'Only in memory' }).waitFor();
  assert.equal(await page.locator('.notices .notice').count(), 1, 'typing adds no error per keystroke');
  await page.getByText('This browser does not let Holdfast store data').first().waitFor();
  for (const route of ['/contracts', '/contracts/win-back', '/contracts/signals', '/loyalty', '/onboarding', '/customers']) {
    await page.goto(server.url + route);
    await page.locator('main h1').first().waitFor();
  }
  await shot(page, 'faults-storage-off-onboarding');
  assert.deepEqual(ctx.errors, []);
  await done(ctx);
});


// ---------------------------------------------------------------- XSS sweep
// Each payload either sets window.__xss or opens a dialog if it ever runs.
// The contexts bypass the Content-Security-Policy so that it cannot hide a
// rendering bug: text must be inert because it is rendered as text.
export const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=2</script>',
  'javascript:alert(3)',
  '"><svg onload=alert(4)>',
  "'><iframe src=\"javascript:alert(5)\">",
  '</textarea><script>alert(6)</script>',
  '{{7*7}} ${7*7} <%= 7*7 %>',
  '\u202Egnp.exe\u202C Ltd',
  '<a href="javascript:window.__xss=9">Click</a>',
  '" autofocus onfocus="window.__xss=10" x="',
  '<style>body{display:none}</style>',
  "=cmd|' /C calc'!A0",
  "+SUM(1+1)*cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '<details open ontoggle=alert(16)>',
  '&lt;b&gt;entity&lt;/b&gt; &amp;',
  '%3Cscript%3Ealert(18)%3C/script%3E',
  '</title><script>alert(19)</script>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(20)>',
];
const LONG = 'Ω'.repeat(100_000);
let tried = 0;

async function hostile(options = {}) {
  const ctx = await newContext(browser, server.url, { bypassCSP: true, acceptDownloads: true, ...options });
  const dialogs = [];
  ctx.context.on('page', (p) => p.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}); }));
  return { ...ctx, dialogs };
}

/** Nothing ran, nothing was injected, the page still shows. */
async function inert(page, ctx, where) {
  const state = await page.evaluate(() => ({
    flag: window.__xss,
    injected: [...document.querySelectorAll('img[src="x"], iframe, script:not([src]), body style, [onerror], [onload], [onfocus], [ontoggle], a[href^="javascript:"]')].map((e) => e.outerHTML.slice(0, 80)),
    display: getComputedStyle(document.body).display,
  }));
  assert.deepEqual(state, { flag: undefined, injected: [], display: 'flex' }, where);
  assert.deepEqual(ctx.dialogs, [], where);
}

/** The payload is on screen exactly as typed. */
async function literal(page, payload, where) {
  await page.waitForFunction((p) => document.body.innerText.includes(p), payload, { timeout: 5000 })
    .catch(() => assert.fail(`${where}: ${JSON.stringify(payload)} is not shown literally`));
}

/** Splits CSV text into rows of cells (RFC 4180 quoting). */
function parseCsv(text) {
  const rows = [[]];
  let cell = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { rows.at(-1).push(cell); cell = ''; }
    else if (c === '\n') { rows.at(-1).push(cell.replace(/\r$/, '')); cell = ''; rows.push([]); }
    else cell += c;
  }
  if (cell || rows.at(-1).length) rows.at(-1).push(cell);
  return rows.filter((r) => r.length > 1 || r[0]);
}

test('injection payloads in the workspace name, contract form and calculator scenarios are inert text; CSV export neutralises formulas', async () => {
  const ctx = await hostile();
  const page = await open(ctx.context, server.url, '/data');
  for (const p of PAYLOADS) {
    await page.getByLabel('Workspace name', { exact: true }).fill(p);
    await page.locator('.brand-workspace').filter({ hasText: p }).waitFor();
    assert.equal(await page.locator('.brand-workspace').innerText(), p);
    tried += 1;
  }
  await inert(page, ctx, 'workspace name');

  await page.goto(server.url + '/contracts');
  for (const [i, p] of PAYLOADS.entries()) {
    await page.getByRole('button', { name: 'Add contract' }).click();
    await page.getByLabel('Client', { exact: true }).fill(p);
    await page.getByLabel('Service / discipline').fill(p);
    await page.getByLabel('Annual value', { exact: true }).fill(String(1000 + i));
    await page.getByLabel('Start date', { exact: true }).fill(day(-400));
    await page.getByLabel('Expiry date', { exact: true }).fill(day(300));
    await page.getByLabel('Contract status').selectOption('cancelled');
    await page.getByLabel('Cancellation date', { exact: true }).fill(day(-10));
    await page.getByLabel('Reason for cancellation').selectOption({ index: 1 });
    await page.getByLabel('Reason in your words').fill(p);
    await page.getByRole('button', { name: 'Save contract' }).click();
    await page.getByText(`Added the contract with ${p}.`).waitFor();
    await literal(page, p, 'contract client');
    tried += 3;
  }
  await inert(page, ctx, 'contracts');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  const rows = parseCsv(fs.readFileSync(await download.path(), 'utf8').replace(/^\ufeff/, ''));
  const cells = rows.slice(1).flat();
  const risky = cells.filter((c) => /^[=+\-@\t\r]/.test(c));
  assert.deepEqual(risky, [], 'no exported cell starts with = + - @');
  for (const p of PAYLOADS.filter((x) => /^[=+\-@]/.test(x))) {
    assert.ok(cells.includes(`'${p}`), `exported as '${p}`);
  }
  for (const p of PAYLOADS.filter((x) => !/^[=+\-@]/.test(x))) {
    assert.ok(cells.includes(p), `exported unchanged: ${p}`);
  }

  await page.goto(server.url + '/calculators/churn');
  for (const p of PAYLOADS) {
    await page.getByLabel('Scenario name').fill(p);
    await page.getByRole('button', { name: 'Save scenario' }).click();
    await page.locator('.scenario-list li', { hasText: p }).first().waitFor();
    tried += 1;
  }
  await literal(page, PAYLOADS[0], 'scenario name');
  await inert(page, ctx, 'calculator scenarios');
  assert.deepEqual(ctx.errors, []);
  await done(ctx);
});

test('injection payloads in win-back, signals and loyalty fields are inert text', async () => {
  const ctx = await hostile();
  const page = await open(ctx.context, server.url, '/contracts/win-back');
  for (const p of PAYLOADS) {
    await page.getByLabel('Customer', { exact: true }).fill(p);
    await page.getByLabel('Lost annual revenue', { exact: true }).fill('1000');
    await page.getByLabel('Departure date').fill(day(-30));
    await page.getByLabel('Reason', { exact: true }).selectOption({ label: 'Other' });
    await page.getByLabel('Reason details').fill(p);
    await page.getByRole('button', { name: 'Add customer' }).click();
    await page.locator('table.wb-customers tbody tr').filter({ hasText: p }).first().waitFor();
    tried += 2;
  }
  for (const p of PAYLOADS) await literal(page, p, 'win-back customer');
  // Call notes of the first customer, one payload after another.
  await page.locator('table.wb-customers tbody tr').first().getByRole('button', { name: 'Open call' }).click();
  const notes = page.getByLabel(/^Notes: /).first();
  for (const p of PAYLOADS) {
    await notes.fill(p);
    assert.equal(await notes.inputValue(), p);
    tried += 1;
  }
  await inert(page, ctx, 'win-back');

  await page.goto(server.url + '/contracts/signals');
  for (const p of PAYLOADS) {
    await page.getByLabel('Client', { exact: true }).fill(p);
    await page.getByRole('button', { name: 'Add client' }).click();
    await page.locator('table.sg-list tbody tr').filter({ hasText: p }).first().waitFor();
    tried += 1;
  }
  for (const p of PAYLOADS) await literal(page, p, 'signals client');
  await inert(page, ctx, 'signals');

  await page.goto(server.url + '/loyalty');
  await page.getByRole('button', { name: 'Create a retail draft' }).click();
  await page.waitForURL(/\/loyalty\/\d+$/);
  const id = new URL(page.url()).pathname.split('/').pop();
  for (const p of PAYLOADS) {
    await page.goto(`${server.url}/loyalty/${id}`);
    await page.getByLabel('Programme name').fill(p);
    await page.getByLabel('Tier name').first().fill(p);
    await page.getByLabel('Perks').first().fill(p);
    await page.getByLabel('Reward', { exact: true }).first().fill(p);
    await page.getByLabel('Name', { exact: true }).first().fill(p);
    await page.goto(`${server.url}/loyalty/${id}/print`);
    await literal(page, p, 'loyalty print page');
    await inert(page, ctx, `loyalty ${p}`);
    tried += 5;
  }
  await page.goto(server.url + '/loyalty');
  for (const p of PAYLOADS) {
    await page.getByRole('button', { name: 'Rename' }).first().click();
    await page.getByLabel('Draft name').fill(p);
    await page.getByRole('button', { name: 'Save' }).click();
    await literal(page, p, 'loyalty draft name');
    tried += 1;
  }
  await inert(page, ctx, 'loyalty list');
  assert.deepEqual(ctx.errors, []);
  await done(ctx);
});

test('injection payloads in onboarding plans, steps and templates are inert text', async () => {
  const ctx = await hostile();
  const page = await open(ctx.context, server.url, '/onboarding');
  for (const p of PAYLOADS) {
    await page.goto(server.url + '/onboarding');
    await page.getByLabel('Template').locator('option', { hasText: 'Standard onboarding' }).waitFor({ state: 'attached' });
    await page.getByLabel('Client name').fill(p);
    await page.getByLabel('Template').selectOption({ label: 'Standard onboarding (90 days) (16 steps)' });
    await page.getByLabel('Start date').fill(day(-5));
    await page.getByRole('button', { name: 'Start the plan' }).click();
    await page.waitForURL(/\/onboarding\/\d+$/);
    await page.getByRole('heading', { level: 1, name: p }).waitFor();
    await page.getByLabel(/^Assignee of /).first().fill(p);
    await page.getByText(/^Details of /).first().click();
    await page.getByLabel(/^Notes \(not shown to the client\) of /).first().fill(p);
    const add = page.locator('.ob-add').first();
    await add.locator('summary').click();
    await add.getByLabel('Title').fill(p);
    await add.getByRole('button', { name: 'Add the step' }).click();
    await page.getByRole('checkbox', { name: p }).waitFor();
    await page.goto(page.url() + '/client');
    await literal(page, p, 'onboarding client view');
    await inert(page, ctx, `onboarding plan ${p}`);
    tried += 4;
  }
  await page.goto(server.url + '/onboarding');
  // Ten plans a page: each payload is found through the search.
  for (const p of PAYLOADS) {
    await page.getByLabel('Search clients').fill(p);
    await literal(page, p, 'onboarding portfolio');
  }

  await page.goto(server.url + '/onboarding/templates');
  await page.getByRole('button', { name: 'New template' }).click();
  for (const p of PAYLOADS) {
    await page.getByLabel('Template name').fill(p);
    await page.getByLabel('Phase name').first().fill(p);
    await literal(page, p, 'template name');
    tried += 2;
  }
  await inert(page, ctx, 'onboarding templates');
  assert.deepEqual(ctx.errors, []);
  await done(ctx);
});

test('payloads inside an imported contracts CSV and a restored backup file are inert text', async () => {
  const ctx = await hostile();
  const page = await open(ctx.context, server.url, '/data');
  const WS = '<img src=x onerror=alert("ws")>';
  await page.getByLabel('Workspace name', { exact: true }).fill(WS);
  const q = (v) => `"${v.replaceAll('"', '""')}"`;
  const header = ['Client', 'Service', 'Annual value', 'Start date', 'Expiry date', 'Status', '<svg onload=alert("header")>'];
  const csv = [header.map(q).join(','), ...PAYLOADS.map((p, i) => [p, p, String(100 + i), day(-400), day(300), 'active', p].map(q).join(','))].join('\r\n');
  await page.goto(server.url + '/contracts');
  await page.getByRole('button', { name: 'Import CSV' }).first().click();
  await page.getByLabel('Or choose a CSV file').setInputFiles({ name: '<b>hostile</b>.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.locator('.import-summary').waitFor();
  await inert(page, ctx, 'CSV preview');
  await page.getByRole('button', { name: `Add ${PAYLOADS.length} contracts to the register` }).click();
  await page.getByText(`Showing 1–${PAYLOADS.length} of ${PAYLOADS.length} contracts`).waitFor();
  for (const p of PAYLOADS) await literal(page, p, 'imported CSV client');
  tried += PAYLOADS.length * 3;
  await inert(page, ctx, 'CSV import');
  const [csvOut] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  const cells = parseCsv(fs.readFileSync(await csvOut.path(), 'utf8').replace(/^\ufeff/, '')).slice(1).flat();
  assert.deepEqual(cells.filter((c) => /^[=+\-@]/.test(c)), [], 'imported formulas are neutralised on export');

  await page.goto(server.url + '/data');
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download a backup of all workspaces' }).click()]);
  const backup = fs.readFileSync(await file.path(), 'utf8');
  assert.ok(backup.includes('onerror'), 'the backup holds the payloads');
  await done(ctx);

  const fresh = await hostile();
  const restored = await open(fresh.context, server.url, '/data');
  await restored.getByLabel('Restore from a backup file').setInputFiles({ name: '"><img src=x onerror=alert(1)>.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
  await restored.locator('.restore-plan').filter({ hasText: WS }).waitFor();
  await inert(restored, fresh, 'restore plan');
  await restored.getByRole('button', { name: 'Restore', exact: true }).click();
  await restored.locator('.brand-workspace', { hasText: WS }).waitFor();
  await restored.goto(server.url + '/contracts');
  for (const p of PAYLOADS) await literal(restored, p, 'restored contract');
  tried += PAYLOADS.length * 2 + 1;
  await inert(restored, fresh, 'restored backup');
  assert.deepEqual([...ctx.errors, ...fresh.errors], []);
  await done(fresh);
});

test('a 100,000-character string in free-text fields is refused or kept, never a crash', async () => {
  const ctx = await hostile();
  const page = await open(ctx.context, server.url, '/data');
  const fields = [
    ['/data', (pg) => pg.getByLabel('Workspace name', { exact: true })],
    ['/contracts/signals', (pg) => pg.getByLabel('Client', { exact: true })],
    ['/contracts/win-back', (pg) => pg.getByLabel('Customer', { exact: true })],
    ['/onboarding', (pg) => pg.getByLabel('Client name')],
    ['/calculators/churn', (pg) => pg.getByLabel('Scenario name')],
  ];
  for (const [route, field] of fields) {
    await page.goto(server.url + route);
    await field(page).fill(LONG);
    await field(page).press('Tab');
    const invalid = await field(page).getAttribute('aria-invalid');
    const max = Number(await field(page).getAttribute('maxlength'));
    const value = await field(page).inputValue();
    assert.ok(invalid === 'true' || value === LONG || (max > 0 && value === LONG.slice(0, max)), `${route} refuses or keeps`);
    tried += 1;
  }
  await page.goto(server.url + '/data');
  assert.notEqual(await page.locator('.brand-workspace').innerText(), LONG);
  await inert(page, ctx, 'long strings');
  assert.deepEqual(ctx.errors, []);
  await done(ctx);
});

// ------------------------------------------------------------- panic screen
// The release build exports panic_drill() (src/main.rs), which nothing in the
// app calls: a real Rust panic through the real hook, from the test only.
test('a panic shows the friendly screen, whose button downloads every saved piece of data', async () => {
  const ctx = await newContext(browser, server.url, { acceptDownloads: true });
  const page = await open(ctx.context, server.url, '/data');
  await page.getByLabel('Workspace name', { exact: true }).fill('Saved before the crash');
  await page.goto(server.url + '/contracts');
  await page.getByRole('button', { name: 'Add contract' }).click();
  await page.getByLabel('Client', { exact: true }).fill('Harbour Dental');
  await page.getByLabel('Annual value', { exact: true }).fill('1450');
  await page.getByLabel('Start date', { exact: true }).fill(day(-100));
  await page.getByLabel('Expiry date', { exact: true }).fill(day(200));
  await page.getByRole('button', { name: 'Save contract' }).click();
  await page.getByText('Added the contract with Harbour Dental.').waitFor();

  const thrown = await page.evaluate(() => { try { window.wasmBindings.panic_drill(); return 'returned'; } catch (e) { return String(e); } });
  assert.notEqual(thrown, 'returned');
  const screen = page.getByRole('alertdialog', { name: 'Holdfast stopped working' });
  await screen.waitFor();
  assert.match(await screen.innerText(), /Everything saved before this moment is still in this browser/);
  assert.ok(await screen.getByRole('link', { name: 'Reload Holdfast' }).isVisible());
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Download my data', 'focus moves to the screen');
  await shot(page, 'faults-panic-screen');
  const [file] = await Promise.all([page.waitForEvent('download'), screen.getByRole('link', { name: 'Download my data' }).click()]);
  assert.equal(file.suggestedFilename(), 'holdfast-data.json');
  const text = fs.readFileSync(await file.path(), 'utf8');
  const data = JSON.parse(text);
  const keys = Object.keys(data);
  assert.ok(keys.includes('holdfast.ws.default.profile') && keys.includes('holdfast.ws.default.contracts'), `keys: ${keys}`);
  assert.match(text, /Saved before the crash/);
  assert.match(text, /Harbour Dental/);
  // The only console error is the panic itself.
  assert.ok(ctx.errors.length >= 1 && ctx.errors.every((e) => /panic drill|unreachable|RuntimeError/.test(e)), ctx.errors.join('\n'));
  // Reloading brings the app back with the data.
  await screen.getByRole('link', { name: 'Reload Holdfast' }).click();
  await page.locator('.brand-workspace', { hasText: 'Saved before the crash' }).waitFor();
  await done(ctx);
});

test('no request leaves the app origin', () => {
  console.log(`XSS sweep: ${PAYLOADS.length} payloads; ${tried} payload × field entries typed or imported`);
  assert.deepEqual(foreignRequests, []);
});
