// Keyboard only: the core flows done with Tab, Shift+Tab, Enter, Space,
// arrows and Escape (no click, no fill), checking at every stop that the
// focused control shows a visible focus indicator.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newContext, open, shot, useApp, server, browser } from './harness.mjs';
import { day } from './seed.mjs';

const foreignRequests = [];
useApp();

async function done(ctx) {
  foreignRequests.push(...ctx.foreign);
  await ctx.context.close();
}

let stops = 0;

/** The focused element: its accessible-ish name, and whether its focus shows. */
function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const s = getComputedStyle(el);
    const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
    // Tab stops on a date field's calendar button, inside Chromium's own
    // shadow tree: the host is then not :focus and Chromium rings the button
    // itself (checked on a screenshot), out of reach of computed styles.
    const pickerButton = el.matches('input[type="date"]') && !el.matches(':focus');
    const shadow = s.boxShadow && s.boxShadow !== 'none';
    const labelText = (l) => { const c = l.cloneNode(true); c.querySelectorAll('select, input, textarea').forEach((x) => x.remove()); return c.textContent.trim(); };
    const labels = el.labels ? [...el.labels].map(labelText) : [];
    const name = el.getAttribute('aria-label') || labels[0] || el.innerText?.trim() || el.value || '';
    // The colour behind the ring: the first ancestor with an opaque background.
    let bg = 'rgb(255, 255, 255)';
    for (let n = el.parentElement; n; n = n.parentElement) {
      const b = getComputedStyle(n).backgroundColor;
      if (b && b !== 'transparent' && !/rgba\(.*, 0\)$/.test(b)) { bg = b; break; }
    }
    return {
      tag: el.tagName.toLowerCase(), name, visible: outline || shadow || pickerButton,
      ring: outline ? s.outlineColor : null, bg, describe: `${el.tagName.toLowerCase()} "${name.slice(0, 60)}"`,
    };
  });
}

/** WCAG contrast ratio of two rgb() colours. */
function contrast(a, b) {
  const lum = (c) => {
    const [r, g, bl] = c.match(/[\d.]+/g).slice(0, 3).map((v) => {
      const x = Number(v) / 255;
      return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Presses `key` (Tab or Shift+Tab) until the focused element's name matches; checks the focus ring at each stop. */
async function tabTo(page, name, { key = 'Tab', max = 120 } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const f = await focused(page);
    if (!f) continue;
    stops += 1;
    assert.ok(f.visible, `visible focus indicator on ${f.describe}: ${JSON.stringify(f)}`);
    if (f.ring) assert.ok(contrast(f.ring, f.bg) >= 3, `focus ring ${f.ring} on ${f.bg} has 3:1 contrast at ${f.describe}`);
    if (typeof name === 'string' ? f.name === name : name.test(f.name)) return f;
  }
  throw new Error(`${name} not reached with ${key}`);
}

/** Adds Harbour Dental (waste collection, 1,450 a year) through the form, by keyboard only (en-US date entry). */
async function addContractByKeyboard(page) {
  await tabTo(page, 'Add contract');
  await page.keyboard.press('Enter');
  await tabTo(page, 'Client');
  await page.keyboard.type('Harbour Dental');
  await tabTo(page, 'Service / discipline');
  await page.keyboard.type('Waste collection');
  await tabTo(page, 'Annual value');
  await page.keyboard.type('1,450');
  const [sy, sm, sd] = day(-200).split('-');
  const [ey, em, ed] = day(160).split('-');
  await tabTo(page, 'Start date');
  await page.keyboard.type(`${sm}${sd}${sy}`);
  await tabTo(page, 'Expiry date');
  await page.keyboard.type(`${em}${ed}${ey}`);
  assert.equal(await page.getByLabel('Start date', { exact: true }).inputValue(), day(-200));
  await tabTo(page, 'Save contract');
  await page.keyboard.press('Enter');
  await page.getByText('Added the contract with Harbour Dental.').waitFor();
}

test('a calculator is used with the keyboard alone', async () => {
  const ctx = await newContext(browser, server.url);
  const page = await open(ctx.context, server.url, '/');
  // The first Tab reaches the skip link, which moves focus to the content.
  const skip = await tabTo(page, 'Skip to content', { max: 1 });
  assert.equal(skip.tag, 'a');
  await tabTo(page, 'Calculators');
  await page.keyboard.press('Enter');
  await page.waitForURL('**/calculators');
  await tabTo(page, 'Retention rate');
  await page.keyboard.press('Enter');
  await page.waitForURL('**/calculators/retention-rate');
  await tabTo(page, 'Customers at start');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('44');
  await tabTo(page, 'Customers at end');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('43');
  await tabTo(page, 'New customers');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('12');
  assert.equal((await page.getByLabel('Customer retention rate', { exact: true }).innerText()).trim(), '70.45 %');
  // Shift+Tab goes back to the previous field.
  await tabTo(page, 'Customers at end', { key: 'Shift+Tab', max: 5 });
  // The chart's table alternative opens with the keyboard.
  await shot(page, 'keyboard-calculator');
  assert.deepEqual(ctx.errors, []);
  await done(ctx);
});

test('a contract is added through the form with the keyboard alone', async () => {
  const ctx = await newContext(browser, server.url, { locale: 'en-US' });
  const page = await open(ctx.context, server.url, '/contracts');
  await addContractByKeyboard(page);
  const row = page.locator('table.register-table tr').filter({ hasText: 'Harbour Dental' });
  assert.match(await row.innerText(), /Harbour Dental\s+Waste collection\s+£1,450/);
  // Edit with Space on the row's button, then leave the form without saving.
  await tabTo(page, 'Edit the contract with Harbour Dental', { key: 'Shift+Tab', max: 200 }).catch(() => tabTo(page, 'Edit the contract with Harbour Dental'));
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Save contract' }).waitFor();
  await shot(page, 'keyboard-contract');
  assert.deepEqual(ctx.errors, []);
  await done(ctx);
});

test('an onboarding plan is started and a step ticked with the keyboard alone', async () => {
  const ctx = await newContext(browser, server.url, { locale: 'en-US' });
  const page = await open(ctx.context, server.url, '/onboarding');
  await page.getByLabel('Template').locator('option', { hasText: 'Standard onboarding' }).waitFor({ state: 'attached' });
  await tabTo(page, 'Client name');
  await page.keyboard.type('Acme Facilities Ltd');
  await tabTo(page, 'Template');
  while (!(await page.getByLabel('Template').evaluate((s) => s.selectedOptions[0]?.text ?? '')).startsWith('Standard onboarding')) {
    await page.keyboard.press('ArrowDown');
  }
  await tabTo(page, 'Start the plan');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/onboarding\/\d+$/);
  await page.getByRole('heading', { level: 1, name: 'Acme Facilities Ltd' }).waitFor();
  await tabTo(page, 'Welcome pack sent');
  await page.keyboard.press('Space');
  assert.equal(await page.getByRole('checkbox', { name: 'Welcome pack sent' }).isChecked(), true);
  await page.waitForFunction(() => document.querySelector('[aria-label="Overall progress"]')?.getAttribute('aria-valuenow') !== '0');
  await shot(page, 'keyboard-onboarding');
  assert.deepEqual(ctx.errors, []);
  await done(ctx);
});

test('the theme is switched and presentation mode left with the keyboard alone', async () => {
  const ctx = await newContext(browser, server.url, { colorScheme: 'light' });
  const page = await open(ctx.context, server.url, '/');
  await tabTo(page, 'Theme');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
  // Focus stays visible in the dark theme too.
  const f = await focused(page);
  assert.ok(f.visible && contrast(f.ring, f.bg) >= 3, 'focus shows in the dark theme');
  await tabTo(page, 'Present', { key: 'Shift+Tab', max: 3 });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.documentElement.classList.contains('presenting'));
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.documentElement.classList.contains('presenting'));
  await shot(page, 'keyboard-dark');
  assert.deepEqual(ctx.errors, []);
  await done(ctx);
});

test('at phone size (360 × 780) the menu, a calculator and a contract are used with the keyboard alone', async () => {
  const ctx = await newContext(browser, server.url, { viewport: { width: 360, height: 780 }, locale: 'en-US', hasTouch: true });
  const page = await open(ctx.context, server.url, '/');
  // The links are in the menu: its button opens it, focus goes to the first link.
  await tabTo(page, 'Menu');
  await page.keyboard.press('Enter');
  await page.locator('#topbar-menu').waitFor();
  await page.waitForFunction(() => document.activeElement?.closest('#topbar-menu'));
  if ((await focused(page)).name !== 'Calculators') await tabTo(page, 'Calculators', { max: 10 });
  await page.keyboard.press('Enter');
  await page.waitForURL('**/calculators');
  // Navigating closed the menu.
  await page.locator('header.topbar .menu-button[aria-expanded="false"]').waitFor();
  await tabTo(page, 'Retention rate');
  await page.keyboard.press('Enter');
  await page.waitForURL('**/calculators/retention-rate');
  for (const [label, value] of [['Customers at start', '44'], ['Customers at end', '43'], ['New customers', '12']]) {
    await tabTo(page, label);
    await page.keyboard.press('Control+A');
    await page.keyboard.type(value);
  }
  assert.equal((await page.getByLabel('Customer retention rate', { exact: true }).innerText()).trim(), '70.45 %');
  // Escape closes the menu and gives focus back to its button.
  await page.keyboard.press('Shift+Tab');
  await tabTo(page, 'Menu', { key: 'Shift+Tab', max: 60 });
  await page.keyboard.press('Enter');
  await page.locator('#topbar-menu').waitFor();
  await page.keyboard.press('Escape');
  await page.locator('header.topbar .menu-button[aria-expanded="false"]').waitFor();
  assert.equal((await focused(page)).name, 'Menu');
  // A contract added through the form on the phone.
  await page.goto(server.url + '/contracts');
  await addContractByKeyboard(page);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scroll');
  await shot(page, 'keyboard-phone');
  assert.deepEqual(ctx.errors, []);
  await done(ctx);
});

test('focus stops counted, and no request leaves the app origin', () => {
  console.log(`keyboard: ${stops} focus stops, each with a visible focus indicator`);
  assert.ok(stops > 20);
  assert.deepEqual(foreignRequests, []);
});
