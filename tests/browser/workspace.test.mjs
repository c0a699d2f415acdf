// Client-site readiness: workspaces, backup and restore, offline, presentation.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { newContext, open, shot, useApp, server, browser } from './harness.mjs';

useApp();

const holdfastKeys = (page) => page.evaluate(() => Object.fromEntries(
  Object.keys(localStorage).filter((k) => k.startsWith('holdfast.ws.')).sort().map((k) => [k, localStorage.getItem(k)])));

async function saveScenario(page, name) {
  await page.goto(server.url + '/calculators/churn');
  await page.getByLabel('Scenario name').fill(name);
  await page.getByRole('button', { name: 'Save scenario' }).click();
  await page.locator('.scenario-list li', { hasText: name }).waitFor();
}

test('workspaces are created, switched, duplicated and deleted with undo, each with its own data', async () => {
  const ctx = await newContext(browser, server.url);
  const page = await open(ctx.context, server.url, '/data');
  page.on('dialog', (d) => d.accept());
  await saveScenario(page, 'Scenario of the first workspace');
  await page.goto(server.url + '/data');
  await page.getByLabel('Client or workspace name').fill('Globex');
  await page.getByLabel('Currency of the new workspace').selectOption('EUR');
  await page.getByRole('button', { name: 'Create and open' }).click();
  await page.locator('.brand-workspace', { hasText: 'Globex' }).waitFor();
  // The new workspace has none of the first one's data.
  await page.goto(server.url + '/calculators/churn');
  await page.getByText('No saved scenarios for this calculator yet.').waitFor();
  await saveScenario(page, 'Globex scenario');
  // Duplicate, then delete the copy and undo.
  await page.goto(server.url + '/data');
  const row = (name) => page.locator('.workspace-table tbody tr').filter({ has: page.locator('th', { hasText: name }) });
  await row('My workspace').getByRole('button', { name: 'Duplicate' }).click();
  await row('My workspace (copy)').waitFor();
  await row('My workspace (copy)').getByRole('button', { name: 'Delete' }).click();
  await row('My workspace (copy)').waitFor({ state: 'detached' });
  await page.getByRole('button', { name: 'Undo' }).click();
  await row('My workspace (copy)').waitFor();
  // Open the copy: it holds the first workspace's scenario.
  await row('My workspace (copy)').getByRole('button', { name: 'Open' }).click();
  await page.locator('.brand-workspace', { hasText: 'My workspace (copy)' }).waitFor();
  await page.goto(server.url + '/calculators/churn');
  await page.locator('.scenario-list li', { hasText: 'Scenario of the first workspace' }).waitFor();
  assert.equal(await page.locator('.scenario-list li', { hasText: 'Globex' }).count(), 0);
  await page.goto(server.url + '/data');
  await shot(page, 'workspaces');
  assert.deepEqual(ctx.errors, []);
  await ctx.context.close();
});

async function download(page, buttonName) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: buttonName }).click()]);
  return fs.readFileSync(await file.path(), 'utf8');
}

async function restore(page, name, text) {
  await page.getByLabel('Restore from a backup file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('backup, wipe and restore gives back exactly the same data', async () => {
  const ctx = await newContext(browser, server.url);
  const page = await open(ctx.context, server.url, '/data');
  await page.getByLabel('Workspace name', { exact: true }).fill('Acme Facilities');
  await saveScenario(page, 'Before the backup');
  await page.goto(server.url + '/data');
  const original = await holdfastKeys(page);
  assert.ok(Object.keys(original).length >= 2);
  const backup = await download(page, 'Download a backup of all workspaces');
  assert.equal(JSON.parse(backup).format, 'holdfast-backup');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.locator('.brand-workspace', { hasText: 'My workspace' }).waitFor();
  await restore(page, 'backup.json', backup);
  await page.getByText('This file will:').waitFor();
  assert.match(await page.locator('.restore-plan').innerText(), /Acme Facilities/);
  await page.getByRole('button', { name: 'Restore', exact: true }).click();
  await page.locator('.brand-workspace', { hasText: 'Acme Facilities' }).waitFor();
  assert.deepEqual(await holdfastKeys(page), original);
  assert.deepEqual(ctx.errors, []);
  await ctx.context.close();
});

test('malformed, truncated, future-version and hostile files are refused with nothing changed', async () => {
  const ctx = await newContext(browser, server.url);
  const page = await open(ctx.context, server.url, '/data');
  await page.getByLabel('Workspace name', { exact: true }).fill('Keep me');
  await saveScenario(page, 'Precious');
  await page.goto(server.url + '/data');
  const good = await download(page, 'Download a backup of this workspace');
  const before = await holdfastKeys(page);
  const bad = [
    ['truncated.json', good.slice(0, good.length / 2), 'not readable JSON'],
    ['other.json', '{"hello": "world"}', 'not a Holdfast backup'],
    ['future.json', good.replace('"version": 1', '"version": 9'), 'newer version'],
    ['hostile.json', good.replace('"calculators":', '"<img src=x onerror=alert(1)>":'), 'unknown document'],
    ['damaged.json', good.replace('"name":"Keep me"', '"name":{"$gt":""}'), 'damaged'],
    ['empty.json', '', 'not readable JSON'],
  ];
  for (const [name, text, reason] of bad) {
    await restore(page, name, text);
    const alert = page.locator('.notice-error[role="alert"]', { hasText: reason });
    await alert.waitFor();
    assert.match(await alert.innerText(), /Nothing was changed/);
    assert.equal(await page.locator('.restore-plan').count(), 0);
  }
  assert.equal(await page.locator('main img').count(), 0);
  assert.deepEqual(await holdfastKeys(page), before);
  assert.deepEqual(ctx.errors, []);
  await ctx.context.close();
});

test('after the first visit the app opens and works with the network cut', async () => {
  const ctx = await newContext(browser, server.url);
  const page = await open(ctx.context, server.url, '/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
  });
  assert.equal(await page.evaluate(() => document.querySelector('link[rel="manifest"]')?.getAttribute('href')), '/manifest.webmanifest');
  await ctx.context.setOffline(true);
  await page.goto(server.url + '/calculators/retention-rate');
  await page.getByLabel('Customers at start').fill('44');
  await page.getByLabel('Customers at end').fill('43');
  await page.getByLabel('New customers').fill('12');
  assert.equal((await page.getByLabel('Customer retention rate', { exact: true }).innerText()).trim(), '70.45 %');
  await page.reload();
  await page.getByLabel('Customers at start').waitFor();
  // Every module's chunk was cached at the first visit, not only those seen.
  for (const [route, heading] of [['/onboarding', 'Onboarding'], ['/contracts/win-back', 'win-back'], ['/loyalty', 'Loyalty'], ['/report', 'report']]) {
    await page.goto(server.url + route);
    await page.locator('main h1', { hasText: heading }).first().waitFor();
  }
  await ctx.context.setOffline(false);
  assert.deepEqual(ctx.errors, []);
  await ctx.context.close();
});

test('presentation mode enlarges type, hides editing chrome and toggles with P and Esc', async () => {
  const ctx = await newContext(browser, server.url, { viewport: { width: 1920, height: 1080 } });
  const page = await open(ctx.context, server.url, '/calculators/growth');
  const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  const normal = await size();
  await page.locator('main h1').click();
  await page.keyboard.press('p');
  await page.waitForFunction(() => document.documentElement.classList.contains('presenting'));
  assert.ok(await size() >= normal * 1.3, 'larger type');
  assert.equal(await page.locator('.scenarios').isVisible(), false);
  assert.equal(await page.locator('.footer').isVisible(), false);
  await shot(page, 'presentation');
  // Typing "p" into a field does not toggle it.
  await page.getByLabel('Years', { exact: true }).fill('p');
  assert.ok(await page.evaluate(() => document.documentElement.classList.contains('presenting')));
  await page.locator('main h1').click();
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.documentElement.classList.contains('presenting'));
  await page.getByRole('button', { name: 'Present' }).click();
  await page.waitForFunction(() => document.documentElement.classList.contains('presenting'));
  assert.deepEqual(ctx.errors, []);
  await ctx.context.close();
});
