// Phones and projectors (issue 20): every route of the demo workspace at a
// 360 × 740 phone (English and Brazilian Portuguese, the longest words) and a
// 320 px one, and at a 1920 × 1080 projector in presentation mode.
//
// Fails when the page scrolls sideways (document scrollWidth wider than the
// viewport), when the top bar takes more than 12 % of the phone's height,
// when a control is under 24 × 24 CSS px (WCAG 2.2 target size), or when the
// projector shows a narrow column in the middle of the screen. The compact
// top bar's menu is driven by touch and by keyboard.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newContext, shot, useApp, server, browser } from './harness.mjs';

useApp();

const PHONE = { width: 360, height: 740 };
const SMALL_PHONE = { width: 320, height: 640 };
const PROJECTOR = { width: 1920, height: 1080 };

const CALCULATORS = ['retention-rate', 'churn', 'growth', 'growth-needed', 'lifetime-value', 'retention-lift',
  'acquire-or-retain', 'revenue-retention', 'nps', 'silent-complaints', 'win-back'];

/** Creates the demo workspace from the home page (any language) and returns every route. */
async function demoRoutes(page) {
  await page.goto(server.url + '/');
  await page.locator('.demo-offer button').first().click();
  await page.locator('.brand-workspace', { hasText: 'Northwind' }).waitFor({ state: 'attached' });
  const hrefs = async (route, selector) => {
    await page.goto(server.url + route);
    await page.locator(selector).first().waitFor({ state: 'attached' });
    return page.locator(selector).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  };
  const draftIds = async () => [...new Set((await hrefs('/loyalty', 'main a[href^="/loyalty/"]'))
    .map((h) => h.match(/^\/loyalty\/([^/]+)$/)?.[1]).filter((id) => id && id !== 'compare'))];
  let drafts = await draftIds();
  if (drafts.length < 2) {
    // The demo has one loyalty draft; a copy gives the comparison a second.
    await page.getByRole('button', { name: /^(Duplicate|Duplicar|Duplică)$/ }).first().click();
    await page.waitForFunction(() => new Set([...document.querySelectorAll('main a[href^="/loyalty/"]')]
      .map((a) => a.getAttribute('href')).filter((h) => /^\/loyalty\/[^/]+$/.test(h))).size >= 2);
    drafts = await draftIds();
  }
  const plans = [...new Set((await hrefs('/onboarding', 'main a[href^="/onboarding/"]'))
    .map((h) => h.match(/^\/onboarding\/([^/]+)$/)?.[1]).filter((id) => id && id !== 'templates'))];
  assert.ok(drafts.length >= 2, `the demo has two loyalty drafts (${drafts})`);
  assert.ok(plans.length >= 1, 'the demo has an onboarding plan');
  const [a, b] = drafts;
  return [
    '/', '/calculators', ...CALCULATORS.map((c) => `/calculators/${c}`),
    '/contracts', '/contracts/win-back', '/contracts/signals',
    '/loyalty', `/loyalty/${a}`, `/loyalty/${a}/print`, `/loyalty/compare/${a}/${b}`,
    '/customers',
    '/onboarding', '/onboarding/templates', `/onboarding/${plans[0]}`, `/onboarding/${plans[0]}/client`,
    '/data', '/report', '/no/such/page',
  ];
}

/** Waits for the route's page: heading drawn, no chunk loading, two frames laid out. */
async function settle(page) {
  await page.locator('main h1').first().waitFor();
  await page.locator('main:not([aria-busy])').waitFor({ state: 'attached' });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** What the page looks like at this size: widths, the top bar, controls too small to hit. */
function measure(page, viewport) {
  // A mobile browser widens its layout viewport to a page that is too wide:
  // compare with the device's own size, not window.innerWidth.
  return page.evaluate(({ width, height }) => {
    const visible = (el) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) return false;
      const s = getComputedStyle(el);
      return s.visibility !== 'hidden' && s.display !== 'none' && !el.closest('[hidden], .visually-hidden');
    };
    // Links inside running text are exempt (WCAG 2.5.8 "inline"); links that
    // stand alone as a control are not.
    const controls = [...document.querySelectorAll(
      'button, select, textarea, input:not([type=hidden]), summary, [role=button], a.button, .topbar a, nav a, .breadcrumb a')];
    const small = controls.filter(visible).map((el) => {
      const r = el.getBoundingClientRect();
      return { el, w: Math.round(r.width * 10) / 10, h: Math.round(r.height * 10) / 10 };
    }).filter(({ w, h }) => w < 24 || h < 24)
      .map(({ el, w, h }) => `${el.outerHTML.slice(0, 90)} ${w}×${h}`);
    // Elements that stick out past the right edge (for the failure message).
    const wide = [...document.querySelectorAll('body *')].filter((el) => {
      const r = el.getBoundingClientRect();
      return r.right > width + 0.5 && visible(el) && !el.closest('.table-wrap, .skip-link');
    }).slice(0, 4).map((el) => `${el.tagName.toLowerCase()}.${el.className?.baseVal ?? el.className} right=${Math.round(el.getBoundingClientRect().right)}`);
    // A control past the right edge is reached only by scrolling its table
    // sideways, out of sight: a phone user never finds it.
    const offscreen = controls.filter((el) => visible(el) && !el.closest('.skip-link') && el.getBoundingClientRect().right > width + 0.5)
      .map((el) => `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 40)}" right=${Math.round(el.getBoundingClientRect().right)}`);
    // A field that holds a number opens the decimal keypad on a phone.
    const keypad = [...document.querySelectorAll('input[type=text], input:not([type])')]
      .filter((el) => visible(el) && /^[-+]?[\d\s.,]*\d[\d\s.,]*\s*%?$/.test(el.value.trim()) && !['decimal', 'numeric'].includes(el.inputMode))
      .map((el) => `${el.outerHTML.slice(0, 90)} (${el.value})`);
    const main = document.querySelector('main').getBoundingClientRect();
    const content = [...document.querySelectorAll('main > *')].reduce((w, el) => Math.max(w, el.getBoundingClientRect().width), 0);
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: width,
      innerHeight: height,
      topbar: document.querySelector('header.topbar').getBoundingClientRect().height,
      mainWidth: main.width,
      contentWidth: content,
      rootFont: parseFloat(getComputedStyle(document.documentElement).fontSize),
      small,
      wide,
      keypad,
      offscreen,
    };
  }, viewport);
}

const shotName = (prefix, route) => `${prefix}${route === '/' ? '_home' : route.replaceAll('/', '_')}`;

for (const [lang, viewport] of [['en-GB', PHONE], ['pt-BR', PHONE], ['ro-RO', PHONE], ['en-GB', SMALL_PHONE]]) {
  test(`every route fits a ${viewport.width} × ${viewport.height} phone in ${lang}: no sideways scroll, a short top bar, targets of 24 px`, async () => {
    const ctx = await newContext(browser, server.url, { locale: lang, viewport, hasTouch: true, isMobile: true });
    const page = await ctx.context.newPage();
    const routes = await demoRoutes(page);
    const failures = [];
    for (const route of routes) {
      await page.goto(server.url + route);
      await settle(page);
      const m = await measure(page, viewport);
      if (m.scrollWidth > m.innerWidth) failures.push(`${route}: the page is ${m.scrollWidth} px wide in a ${m.innerWidth} px viewport (${m.wide.join('; ')})`);
      if (m.topbar > 0.12 * m.innerHeight) failures.push(`${route}: the top bar is ${m.topbar} px of ${m.innerHeight} px`);
      for (const s of m.small) failures.push(`${route}: target under 24 px: ${s}`);
      for (const k of m.keypad) failures.push(`${route}: a number field without inputmode: ${k}`);
      for (const o of m.offscreen) failures.push(`${route}: a control beyond the screen's edge: ${o}`);
      if (viewport === PHONE) await shot(page, shotName(`phone-${lang}`, route));
    }
    console.log(`${lang} ${viewport.width} px: ${routes.length} routes, ${failures.length} problems`);
    assert.deepEqual(failures, []);
    assert.deepEqual(ctx.errors, []);
    assert.deepEqual(ctx.foreign, []);
    await ctx.context.close();
  });
}

test('the phone top bar: brand, the current section and a menu that opens by touch and keyboard', async () => {
  const viewport = PHONE;
  const ctx = await newContext(browser, server.url, { locale: 'en-GB', viewport: PHONE, hasTouch: true, isMobile: true });
  const page = await ctx.context.newPage();
  await page.goto(server.url + '/calculators');
  await settle(page);
  const button = page.locator('header.topbar .menu-button');
  const menu = page.locator('#topbar-menu');
  assert.equal(await button.getAttribute('aria-expanded'), 'false');
  assert.equal(await button.getAttribute('aria-controls'), 'topbar-menu');
  assert.equal(await button.innerText(), 'Menu');
  assert.equal(await page.locator('header.topbar .current-section').innerText(), 'Calculators');
  // Closed: the links, language, theme and Present are out of sight and out of the tab order.
  assert.equal(await menu.isVisible(), false);
  assert.equal(await page.getByRole('link', { name: 'Contracts', exact: true }).isVisible(), false);

  // Touch: the menu opens over the page, everything is in it, a link navigates and closes it.
  await button.tap();
  await menu.waitFor();
  assert.equal(await button.getAttribute('aria-expanded'), 'true');
  for (const name of ['Calculators', 'Contracts', 'Loyalty', 'Onboarding', 'Data', 'Report']) {
    assert.ok(await menu.getByRole('link', { name, exact: true }).isVisible(), `${name} is in the menu`);
  }
  assert.ok(await menu.getByLabel('Language').isVisible());
  assert.ok(await menu.getByLabel('Theme').isVisible());
  assert.ok(await menu.getByRole('button', { name: 'Present' }).isVisible());
  const m = await measure(page, viewport);
  assert.ok(m.scrollWidth <= m.innerWidth, `the open menu fits (${m.scrollWidth} px)`);
  assert.deepEqual(m.small, [], 'every control in the open menu is at least 24 px');
  for (const el of await menu.locator('a, select, button').all()) {
    const box = await el.boundingBox();
    assert.ok(box.height >= 44, `menu targets are 44 px tall on a phone (${await el.innerText()} ${box.height})`);
  }
  await shot(page, 'phone-menu-open');
  await menu.getByRole('link', { name: 'Contracts', exact: true }).tap();
  await page.waitForURL(/\/contracts$/);
  await menu.waitFor({ state: 'hidden' });
  assert.equal(await button.getAttribute('aria-expanded'), 'false');
  await page.locator('header.topbar .current-section', { hasText: 'Contracts' }).waitFor();

  // Keyboard: Enter opens and moves focus to the first link; Escape closes
  // and gives focus back to the button; Tab past the last item closes it too.
  await button.focus();
  await page.keyboard.press('Enter');
  await menu.waitFor();
  await page.waitForFunction(() => document.activeElement?.closest('#topbar-menu') && document.activeElement.tagName === 'A');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Calculators');
  await page.keyboard.press('Escape');
  await menu.waitFor({ state: 'hidden' });
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains('menu-button')), true);
  assert.equal(await button.getAttribute('aria-expanded'), 'false');
  // Tabbing through the menu and out of the bar closes it.
  await page.keyboard.press('Enter');
  await menu.waitFor();
  await page.waitForFunction(() => document.activeElement?.closest('#topbar-menu'));
  for (let i = 0; i < 15 && (await page.evaluate(() => !!document.activeElement?.closest('header.topbar'))); i++) {
    await page.keyboard.press('Tab');
  }
  assert.equal(await page.evaluate(() => !!document.activeElement?.closest('header.topbar')), false, 'focus left the bar');
  await menu.waitFor({ state: 'hidden' });
  assert.equal(await button.getAttribute('aria-expanded'), 'false');
  // A tap outside closes it.
  await button.tap();
  await menu.waitFor();
  await page.touchscreen.tap(viewport.width / 2, viewport.height - 10);
  await menu.waitFor({ state: 'hidden' });

  // Presentation mode from the menu: the bar stays compact and Present is still reachable.
  await button.tap();
  await menu.getByRole('button', { name: 'Present' }).tap();
  await page.waitForSelector('html.presenting');
  const p = await measure(page, viewport);
  assert.ok(p.scrollWidth <= p.innerWidth, `presenting on a phone fits (${p.scrollWidth} px)`);
  assert.ok(p.topbar <= 0.2 * p.innerHeight, `presenting, the top bar is ${p.topbar} px`);
  if (!(await menu.isVisible())) await button.tap();
  await menu.getByRole('button', { name: 'Stop presenting' }).tap();
  await page.waitForSelector('html:not(.presenting)');
  assert.deepEqual(ctx.errors, []);
  await ctx.context.close();
});

test('on a desktop the top bar is unchanged: no menu button, the links in one line', async () => {
  const ctx = await newContext(browser, server.url, { locale: 'en-GB', viewport: { width: 1280, height: 800 } });
  const page = await ctx.context.newPage();
  await page.goto(server.url + '/contracts');
  await settle(page);
  assert.equal(await page.locator('header.topbar .menu-button').isVisible(), false);
  assert.equal(await page.locator('header.topbar .current-section').isVisible(), false);
  assert.ok(await page.getByRole('link', { name: 'Contracts', exact: true }).isVisible());
  assert.ok(await page.getByLabel('Language').isVisible());
  const bar = await page.locator('header.topbar').boundingBox();
  assert.ok(bar.height < 80, `the desktop bar is one line (${bar.height} px)`);
  await ctx.context.close();
});

test('a 1920 × 1080 projector: every route fills the width in presentation mode, in large type', async () => {
  const viewport = PROJECTOR;
  const ctx = await newContext(browser, server.url, { locale: 'en-GB', viewport });
  const page = await ctx.context.newPage();
  const routes = await demoRoutes(page);
  const failures = [];
  for (const route of routes) {
    await page.goto(server.url + route);
    await settle(page);
    const plain = await measure(page, viewport);
    if (plain.scrollWidth > plain.innerWidth) failures.push(`${route}: ${plain.scrollWidth} px wide at 1920`);
    for (const s of plain.small) failures.push(`${route}: target under 24 px: ${s}`);
    if (plain.mainWidth < 0.85 * plain.innerWidth) failures.push(`${route}: the page is a ${Math.round(plain.mainWidth)} px column at 1920`);
    if (route === '/data') continue; // not shown to a client: hidden when presenting
    await page.locator('body').press('p');
    await page.waitForSelector('html.presenting');
    const m = await measure(page, viewport);
    if (m.scrollWidth > m.innerWidth) failures.push(`${route} presenting: ${m.scrollWidth} px wide`);
    if (m.rootFont < 24) failures.push(`${route} presenting: type of ${m.rootFont} px`);
    if (m.mainWidth < 0.85 * m.innerWidth) failures.push(`${route} presenting: the page is a ${Math.round(m.mainWidth)} px column`);
    if (m.contentWidth < 0.75 * m.innerWidth) failures.push(`${route} presenting: the content is a ${Math.round(m.contentWidth)} px column`);
    await shot(page, shotName('projector', route));
    await page.keyboard.press('Escape');
    await page.waitForSelector('html:not(.presenting)');
  }
  console.log(`projector: ${routes.length} routes, ${failures.length} problems`);
  assert.deepEqual(failures, []);
  assert.deepEqual(ctx.errors, []);
  await ctx.context.close();
});
