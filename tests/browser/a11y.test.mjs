// Accessibility: axe-core on every route, with a workspace full of realistic
// data, in the light and the dark theme. Serious and critical violations fail
// the test; every violation is counted by impact and printed.
//
// axe is injected as a script tag, which the app's strict Content-Security-
// Policy (no inline script) would block: these contexts alone set bypassCSP.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { newContext, shot, useApp, server, browser } from './harness.mjs';
import { seedWorkspace, allRoutes } from './seed.mjs';

const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const foreignRequests = [];
useApp();

/** Runs axe on the page as it is now; returns its violations. */
export async function axe(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary, html: n.html.slice(0, 160) })),
    }));
  });
}

/** Waits for the route's page (heading drawn, charts laid out). */
async function settle(page) {
  await page.locator('main h1').first().waitFor();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

let seeded, ids;
test('a workspace is filled with realistic data through the UI', async () => {
  const ctx = await newContext(browser, server.url, { bypassCSP: true });
  const page = await ctx.context.newPage();
  ids = await seedWorkspace(page, server.url);
  seeded = await ctx.context.storageState();
  assert.deepEqual(ctx.errors, []);
  foreignRequests.push(...ctx.foreign);
  await ctx.context.close();
});

// The light and dark theme on a desktop, and the light theme on a 360 px
// phone (the compact top bar, tables in their own scrolling boxes).
const PHONE = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true };
for (const [theme, device] of [['light', null], ['dark', null], ['light', PHONE]]) {
  test(`axe finds no serious or critical violation on any route (${theme} theme${device ? ', 360 px phone' : ''})`, async () => {
    assert.ok(seeded, 'the seeding test ran first');
    const ctx = await newContext(browser, server.url, { bypassCSP: true, colorScheme: theme, storageState: seeded, ...device });
    const page = await ctx.context.newPage();
    const counts = { minor: 0, moderate: 0, serious: 0, critical: 0 };
    const failures = [];
    const states = allRoutes(ids).map((route) => [route, null]);
    // A few states that only appear after a click.
    states.push(['/contracts', async (p) => p.getByRole('button', { name: 'Add contract' }).click()]);
    states.push(['/contracts', async (p) => {
      await p.getByRole('button', { name: 'Import CSV' }).first().click();
      await p.getByLabel('Paste CSV text').fill('Client,Service,Annual value\nX,Y,abc\n');
      await p.getByRole('button', { name: 'Read the CSV' }).click();
      await p.locator('.import-summary').waitFor();
    }]);
    // On the phone, the top bar's menu opened.
    if (device) states.push(['/calculators', async (p) => { await p.locator('header .menu-button').click(); await p.locator('#topbar-menu').waitFor(); }]);
    for (const [route, action] of states) {
      await page.goto(server.url + route);
      await settle(page);
      if (action) { await action(page); await settle(page); }
      assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme), theme, `${route} is in the ${theme} theme`);
      const violations = await axe(page);
      for (const v of violations) {
        counts[v.impact] = (counts[v.impact] || 0) + v.nodes.length;
        const line = `${theme} ${route}${action ? ' (after a click)' : ''}: [${v.impact}] ${v.id} ${v.help} ×${v.nodes.length}\n    ${v.nodes.slice(0, 3).map((n) => `${n.target} ${n.html}\n      ${n.summary?.replaceAll('\n', ' ')}`).join('\n    ')}`;
        console.log(line);
        if (v.impact === 'serious' || v.impact === 'critical') failures.push(line);
      }
      await shot(page, `a11y-${theme}${device ? '-phone' : ''}${route.replaceAll('/', '_')}${action ? '-click' : ''}`);
    }
    console.log(`axe ${theme}: ${states.length} screens; violating nodes by impact: ${JSON.stringify(counts)}`);
    assert.deepEqual(failures, []);
    assert.deepEqual(ctx.errors, []);
    foreignRequests.push(...ctx.foreign);
    await ctx.context.close();
  });
}

test('no request leaves the app origin', () => {
  assert.deepEqual(foreignRequests, []);
});
