// The app shell and the storage core, as a user meets them.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newContext, open, shot, fillStorage, useApp, server, browser } from './harness.mjs';

const foreignRequests = [];
useApp();

async function fresh(options) {
  const ctx = await newContext(browser, server.url, options);
  return ctx;
}

async function done(ctx) {
  foreignRequests.push(...ctx.foreign);
  await ctx.context.close();
}

const ROUTES = [
  ['/', 'Keep the customers you have won'],
  ['/calculators', 'Calculators'],
  ['/contracts', 'Contracts'],
  ['/customers', 'Customers'],
  ['/loyalty', 'Loyalty'],
  ['/onboarding', 'Onboarding'],
  ['/data', 'Workspace and data'],
  ['/no/such/page', 'Page not found'],
];

test('every route renders its page with no console error, also on a deep-link reload', async () => {
  const ctx = await fresh();
  for (const [route, heading] of ROUTES) {
    const page = await open(ctx.context, server.url, route);
    const h1 = page.locator('main h1').first();
    await h1.waitFor();
    assert.match(await h1.innerText(), new RegExp(heading, 'i'), `heading of ${route}`);
    await page.reload();
    await page.locator('main h1').first().waitFor();
    assert.match(await page.locator('main h1').first().innerText(), new RegExp(heading, 'i'), `heading of ${route} after reload`);
    await shot(page, `route${route.replaceAll('/', '_') || '_home'}`);
    await page.close();
  }
  assert.deepEqual(ctx.errors, []);
  await done(ctx);
});

test('the navigation bar moves between pages and marks the current one', async () => {
  const ctx = await fresh();
  const page = await open(ctx.context, server.url, '/');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Data' }).click();
  await page.waitForURL('**/data');
  assert.equal(await page.locator('main h1').innerText(), 'Workspace and data');
  assert.equal(await page.getByRole('link', { name: 'Data' }).getAttribute('aria-current'), 'page');
  await page.getByRole('link', { name: 'Retention calculators' }).waitFor({ state: 'detached' });
  await page.locator('a.brand').click();
  await page.waitForURL(server.url + '/');
  await page.getByRole('link', { name: 'Retention calculators' }).click();
  await page.waitForURL('**/calculators');
  assert.deepEqual(ctx.errors, []);
  await done(ctx);
});

test('a workspace setting persists across a reload', async () => {
  const ctx = await fresh();
  const page = await open(ctx.context, server.url, '/data');
  const name = page.getByLabel('Workspace name', { exact: true });
  await name.fill('Acme Facilities Ltd');
  await page.getByLabel('Currency', { exact: true }).selectOption('EUR');
  await page.reload();
  await page.waitForSelector('header.topbar nav');
  assert.equal(await page.locator('.brand-workspace').innerText(), 'Acme Facilities Ltd');
  assert.equal(await page.getByLabel('Workspace name', { exact: true }).inputValue(), 'Acme Facilities Ltd');
  assert.equal(await page.getByLabel('Currency', { exact: true }).inputValue(), 'EUR');
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('holdfast.ws.default.profile')));
  assert.equal(stored.schema, 1);
  assert.equal(stored.data.name, 'Acme Facilities Ltd');
  assert.ok(stored.saved_at && stored.rev >= 1);
  assert.deepEqual(ctx.errors, []);
  await done(ctx);
});

test('an empty workspace name is refused next to the field and not saved', async () => {
  const ctx = await fresh();
  const page = await open(ctx.context, server.url, '/data');
  await page.getByLabel('Workspace name', { exact: true }).fill('Kept');
  await page.getByLabel('Workspace name', { exact: true }).fill('   ');
  await page.getByText('Enter a value.').waitFor();
  assert.equal(await page.getByLabel('Workspace name', { exact: true }).getAttribute('aria-invalid'), 'true');
  await page.reload();
  await page.waitForSelector('header.topbar nav');
  assert.equal(await page.locator('.brand-workspace').innerText(), 'Kept');
  await done(ctx);
});

test('corrupt stored data is kept aside, the app starts, and the banner offers the raw data', async () => {
  const ctx = await fresh();
  const page = await open(ctx.context, server.url, '/');
  await page.evaluate(() => localStorage.setItem('holdfast.ws.default.profile', '{"schema":1,"rev":3,"saved_at":"x","data":{trunc'));
  await page.reload();
  const banner = page.locator('.notice').filter({ hasText: 'could not be read' });
  await banner.waitFor();
  assert.ok(await banner.getByRole('button', { name: 'Download the data' }).isVisible());
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('holdfast.recovery.')));
  assert.equal(kept.length, 1);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), kept[0]), '{"schema":1,"rev":3,"saved_at":"x","data":{trunc');
  const [download] = await Promise.all([page.waitForEvent('download'), banner.getByRole('button', { name: 'Download the data' }).click()]);
  assert.match(download.suggestedFilename(), /holdfast\.recovery\..*\.json/);
  // Reloading before anything is saved keeps no second copy.
  await page.goto(server.url + '/data');
  await page.getByText(kept[0]).waitFor();
  assert.equal(await page.locator('.recovery-list li').count(), 1);
  await shot(page, 'recovery');
  await done(ctx);
});

test('data from a newer version opens read-only and is never overwritten', async () => {
  const ctx = await fresh();
  const page = await open(ctx.context, server.url, '/data');
  const future = '{"schema":99,"rev":5,"saved_at":"2030-01-01T00:00:00.000Z","data":{"name":"Future Ltd","currency":"USD","later":true}}';
  await page.evaluate((v) => localStorage.setItem('holdfast.ws.default.profile', v), future);
  await page.reload();
  await page.locator('.notice').filter({ hasText: 'newer version' }).waitFor();
  assert.equal(await page.locator('.brand-workspace').innerText(), 'Future Ltd');
  await page.getByLabel('Workspace name', { exact: true }).fill('Changed');
  await page.locator('.notice').filter({ hasText: 'could not be saved' }).waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('holdfast.ws.default.profile')), future);
  await done(ctx);
});

test('a full storage quota is reported, and what was saved before survives', async () => {
  const ctx = await fresh();
  const page = await open(ctx.context, server.url, '/data');
  await page.getByLabel('Workspace name', { exact: true }).fill('Saved first');
  await page.waitForFunction(() => localStorage.getItem('holdfast.ws.default.profile')?.includes('Saved first'));
  await fillStorage(page);
  await page.getByLabel('Workspace name', { exact: true }).fill('Saved first, then renamed once storage was full');
  const banner = page.locator('.notice-error').filter({ hasText: 'storage for this site is full' });
  await banner.waitFor();
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('holdfast.ws.default.profile')));
  assert.equal(stored.data.name, 'Saved first');
  assert.deepEqual(ctx.errors, []);
  await done(ctx);
});

test('a change in another tab reaches this tab without losing either', async () => {
  const ctx = await fresh();
  const a = await open(ctx.context, server.url, '/data');
  const b = await open(ctx.context, server.url, '/');
  await a.getByLabel('Workspace name', { exact: true }).fill('Changed in tab A');
  await b.locator('.brand-workspace').filter({ hasText: 'Changed in tab A' }).waitFor();
  // Tab B now edits on top of A's change, and A sees it.
  await b.goto(server.url + '/data');
  await b.getByLabel('Currency', { exact: true }).selectOption('USD');
  await a.waitForFunction(() => document.querySelector('select[id^="currency"]')?.value === 'USD');
  const stored = await a.evaluate(() => JSON.parse(localStorage.getItem('holdfast.ws.default.profile')));
  assert.equal(stored.data.name, 'Changed in tab A');
  assert.equal(stored.data.currency, 'USD');
  assert.deepEqual(ctx.errors, []);
  await done(ctx);
});

test('the theme switch applies and is remembered', async () => {
  const ctx = await fresh({ colorScheme: 'light' });
  const page = await open(ctx.context, server.url, '/');
  await page.getByLabel('Theme').selectOption('dark');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  await page.reload();
  await page.waitForSelector('header.topbar nav');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(bg, 'rgb(15, 20, 25)');
  await shot(page, 'home-dark');
  await done(ctx);
});


test('a strict Content-Security-Policy holds on every route with no violation', async () => {
  const ctx = await newContext(browser, server.url);
  const page = await ctx.context.newPage();
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(server.url + '/');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  const scriptSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src '));
  assert.equal(scriptSrc, "script-src 'self' 'wasm-unsafe-eval'");
  assert.match(csp, /default-src 'self'/);
  assert.equal(await page.locator('script:not([src])').count(), 0, 'no inline script');
  for (const [route] of ROUTES) {
    await page.goto(server.url + route);
    await page.locator('main h1').first().waitFor();
  }
  for (const slug of ['growth', 'lifetime-value']) {
    await page.goto(`${server.url}/calculators/${slug}`);
    await page.locator('svg[role="img"]').first().waitFor();
  }
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  assert.deepEqual(ctx.errors, []);
  await done(ctx);
});

test('the wasm module is preloaded from the head and downloaded once', async () => {
  // Fetched from the start beside the stylesheet, not after it (see
  // scripts/assemble.mjs); the loader must then use the preloaded copy.
  const ctx = await fresh({ serviceWorkers: 'block' });
  const page = await ctx.context.newPage();
  const wasm = [];
  const warnings = [];
  page.on('request', (req) => { if (req.url().endsWith('.wasm')) wasm.push(new URL(req.url()).pathname); });
  page.on('console', (msg) => { if (msg.type() === 'warning') warnings.push(msg.text()); });
  await page.goto(server.url + '/');
  await page.waitForSelector('header.topbar nav');
  assert.match(await page.locator('head link[rel="preload"][as="fetch"]').first().getAttribute('href'), /_bg\.wasm$/);
  // Chromium warns about a preload left unused a few seconds after the load.
  await page.waitForTimeout(3500);
  assert.equal(wasm.filter((u) => u.endsWith('_bg.wasm')).length, 1, `wasm requests: ${wasm.join(', ')}`);
  assert.deepEqual(warnings.filter((w) => /preload/i.test(w)), []);
  assert.deepEqual(ctx.errors, []);
  await done(ctx);
});

test('a deep link preloads its chunks from the head, each downloaded once; the home page fetches no screen chunk first', async () => {
  const ctx = await fresh({ serviceWorkers: 'block' });
  const page = await ctx.context.newPage();
  const wasm = [];
  page.on('request', (req) => { if (req.url().endsWith('.wasm')) wasm.push(new URL(req.url()).pathname.split('/').pop()); });
  await page.goto(server.url + '/calculators/retention-rate');
  await page.getByLabel('Customers at start').waitFor();
  const preloaded = await page.locator('head link[rel="preload"][as="fetch"]').evaluateAll((ls) => ls.map((l) => l.getAttribute('href').split('/').pop()));
  assert.ok(preloaded.includes('split_calculators.wasm'), `preloaded: ${preloaded}`);
  for (const f of preloaded) assert.equal(wasm.filter((w) => w === f).length, 1, `${f} requested once (requests: ${wasm})`);
  assert.ok(!wasm.some((w) => /^split_(contracts|customers|loyalty|onboarding)/.test(w)), `no other module's chunk: ${wasm}`);
  // The home page draws from the main module alone: its content is there
  // before any screen chunk is asked for.
  const home = await ctx.context.newPage();
  const order = [];
  home.on('request', (req) => { if (req.url().endsWith('.wasm')) order.push(new URL(req.url()).pathname.split('/').pop()); });
  await home.goto(server.url + '/');
  await home.locator('main h1').waitFor();
  const atContent = [...order];
  assert.deepEqual(atContent.filter((w) => w !== 'holdfast_bg.wasm' && !w.startsWith('split_data') && !w.startsWith('chunk_')), [],
    `home content needed only the main module (the demo offer's chunk may follow): ${atContent}`);
  assert.deepEqual(ctx.errors, []);
  await done(ctx);
});

test('while a screen\'s chunk is on its way the page on screen stays, marked busy, and the next one replaces it', async () => {
  const ctx = await fresh({ serviceWorkers: 'block' });
  const page = await open(ctx.context, server.url, '/');
  await page.locator('main h1').waitFor();
  let release;
  const held = new Promise((r) => { release = r; });
  await ctx.context.route('**/split_onboarding.wasm', async (route) => { await held; await route.continue(); });
  await page.locator('header nav a[href="/onboarding"]').click();
  await page.locator('main[aria-busy="true"]').waitFor();
  assert.ok(await page.locator('.route-progress.active').count() === 1, 'the progress bar runs');
  assert.match(await page.locator('main h1').innerText(), /Keep the customers you have won/, 'the home page stays meanwhile');
  release();
  await page.locator('main h1', { hasText: 'Onboarding' }).waitFor();
  await page.locator('main:not([aria-busy])').waitFor();
  assert.equal(await page.locator('.route-progress.active').count(), 0);
  assert.deepEqual(ctx.errors, []);
  await done(ctx);
});

test("a screen whose chunk cannot be fetched says so in the screen's language and loads on retry", async () => {
  for (const [lang, heading, retry, title] of [
    ['en', 'This screen could not be loaded', 'Try again', 'Calculators'],
    ['pt-BR', 'Não foi possível carregar esta tela', 'Tentar de novo', 'Calculadoras'],
  ]) {
    const ctx = await fresh({ serviceWorkers: 'block', locale: lang });
    const page = await open(ctx.context, server.url, '/');
    let blocked = true;
    await ctx.context.route('**/split_calculators.wasm', (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
    await page.locator('header nav a[href="/calculators"]').click();
    const alert = page.getByRole('alert').filter({ hasText: heading });
    await alert.waitFor();
    assert.equal(await page.locator('#panic-screen').count(), 0, 'no panic screen');
    await shot(page, `chunk-failed-${lang}`);
    blocked = false;
    await alert.getByRole('button', { name: retry }).click();
    await page.locator('main h1', { hasText: title }).waitFor();
    assert.equal(await page.getByRole('alert').filter({ hasText: heading }).count(), 0);
    // Only the refused fetch was reported, nothing else went wrong.
    assert.deepEqual(ctx.errors.filter((e) => !/split_calculators|Failed to fetch|ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e)), []);
    await ctx.context.close();
  }
});

test('no request leaves the app origin', () => {
  assert.deepEqual(foreignRequests, []);
});
