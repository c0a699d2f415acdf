// Two tabs on one workspace: each tab's change is applied against the
// version that tab read, so changes to different things both survive and a
// change to the same thing is never lost without a word.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newContext, open, settled, useApp, server, browser } from './harness.mjs';
import { day } from './seed.mjs';

useApp();

/** The data of a stored document of the default workspace. */
function stored(page, name) {
  return page.evaluate((k) => JSON.parse(localStorage.getItem(k) || 'null')?.data ?? null, `holdfast.ws.default.${name}`);
}

test('two steps of one plan ticked in two tabs within the save delay both survive', async () => {
  const ctx = await newContext(browser, server.url);
  const a = await open(ctx.context, server.url, '/onboarding');
  await a.getByLabel('Client name').fill('Two Tabs Ltd');
  await a.getByLabel('Start date').fill(day(-3));
  await a.getByRole('button', { name: 'Start the plan' }).click();
  await a.waitForURL(/\/onboarding\/\d+$/);
  await a.getByRole('heading', { level: 1, name: 'Two Tabs Ltd' }).waitFor();
  // The plan is stored before the second tab opens it.
  await settled(async () => (await stored(a, 'onboarding'))?.plans?.length ?? 0, 1);
  const b = await open(ctx.context, server.url, new URL(a.url()).pathname);
  await b.getByRole('heading', { level: 1, name: 'Two Tabs Ltd' }).waitFor();
  const [first, second] = await a.locator('.ob-step input[type=checkbox]').evaluateAll((boxes) =>
    boxes.slice(0, 2).map((box) => document.querySelector(`label[for="${box.id}"]`)?.innerText.trim() || box.getAttribute('aria-label')));
  assert.ok(first && second, 'two steps to tick');
  // One tick in each tab, one straight after the other (well within 400 ms
  // on a quiet machine; either way neither may be lost).
  await Promise.all([
    a.getByRole('checkbox', { name: first }).check(),
    b.getByRole('checkbox', { name: second }).check(),
  ]);
  const doneSteps = async () => {
    const book = await stored(a, 'onboarding');
    const plan = book?.plans?.find((p) => p.client === 'Two Tabs Ltd');
    return plan ? plan.phases.flatMap((ph) => ph.steps).filter((s) => /done/i.test(s.status)).length : -1;
  };
  await settled(doneSteps, 2);
  // Both tabs show both ticks, and so does a reload.
  for (const page of [a, b]) {
    await page.waitForFunction(([x, y]) => {
      const checked = (name) => [...document.querySelectorAll('.ob-step input[type=checkbox]')]
        .some((box) => box.checked && (document.querySelector(`label[for="${box.id}"]`)?.innerText.trim() === name || box.getAttribute('aria-label') === name));
      return checked(x) && checked(y);
    }, [first, second]);
  }
  await a.reload();
  assert.ok(await a.getByRole('checkbox', { name: first }).isChecked());
  assert.ok(await a.getByRole('checkbox', { name: second }).isChecked());
  // Nothing had to be kept aside.
  assert.equal(await a.locator('.notice', { hasText: /another tab/i }).count(), 0);
  assert.deepEqual(ctx.errors, []);
  await ctx.context.close();
});

/** Adds a contract through the form. */
async function addContract(page, client, value) {
  await page.getByRole('button', { name: 'Add contract' }).click();
  await page.getByLabel('Client', { exact: true }).fill(client);
  await page.getByLabel('Annual value', { exact: true }).fill(value);
  await page.getByLabel('Start date', { exact: true }).fill(day(-100));
  await page.getByLabel('Expiry date', { exact: true }).fill(day(200));
  await page.getByRole('button', { name: 'Save contract' }).click();
  await page.getByText(`Added the contract with ${client}.`).waitFor();
}

test('one contract edited in two tabs: different fields both survive; the same field asks before replacing', async () => {
  const ctx = await newContext(browser, server.url);
  const a = await open(ctx.context, server.url, '/contracts');
  await addContract(a, 'Harbour Dental', '1,000');
  const b = await open(ctx.context, server.url, '/contracts');
  const rowIn = (page) => page.locator('table.register-table tr').filter({ hasText: 'Harbour Dental' });
  await rowIn(b).waitFor();
  // Both tabs open the edit form.
  for (const page of [a, b]) await page.getByRole('button', { name: 'Edit the contract with Harbour Dental' }).click();
  // A changes the value and saves; B, whose form still holds the old value,
  // changes the service and saves.
  await a.getByLabel('Annual value', { exact: true }).fill('2,000');
  await a.getByRole('button', { name: 'Save contract' }).click();
  await a.getByText('Saved the contract with Harbour Dental.').waitFor();
  await rowIn(b).filter({ hasText: '£2,000' }).waitFor();
  await b.getByLabel('Service / discipline').fill('Waste collection');
  await b.getByRole('button', { name: 'Save contract' }).click();
  await b.getByText('Saved the contract with Harbour Dental.').waitFor();
  for (const page of [a, b]) {
    await rowIn(page).filter({ hasText: 'Waste collection' }).filter({ hasText: '£2,000' }).waitFor();
  }
  assert.deepEqual((await stored(a, 'contracts')).contracts.map((c) => [c.client, c.service, c.value]),
    [['Harbour Dental', 'Waste collection', 2000]]);

  // Now both change the value: B is told, keeps its form, and a second save
  // puts its version over A's.
  for (const page of [a, b]) await page.getByRole('button', { name: 'Edit the contract with Harbour Dental' }).click();
  await a.getByLabel('Annual value', { exact: true }).fill('3,000');
  await a.getByRole('button', { name: 'Save contract' }).click();
  await rowIn(b).filter({ hasText: '£3,000' }).waitFor();
  await b.getByLabel('Annual value', { exact: true }).fill('4,000');
  await b.getByRole('button', { name: 'Save contract' }).click();
  await b.getByRole('alert').filter({ hasText: 'changed in another tab while you edited it' }).waitFor();
  assert.equal(await b.getByLabel('Annual value', { exact: true }).inputValue(), '4,000');
  assert.match(await rowIn(b).innerText(), /£3,000/);
  await b.getByRole('button', { name: 'Save contract' }).click();
  await b.getByText('Saved the contract with Harbour Dental.').waitFor();
  await rowIn(a).filter({ hasText: '£4,000' }).waitFor();
  assert.deepEqual(ctx.errors, []);
  await ctx.context.close();
});

test('one loyalty draft edited in two tabs keeps both changes', async () => {
  const ctx = await newContext(browser, server.url);
  const a = await open(ctx.context, server.url, '/loyalty');
  await a.getByRole('button', { name: 'Create a retail draft' }).click();
  await a.waitForURL(/\/loyalty\/\d+$/);
  await a.getByLabel('Programme name').waitFor();
  await settled(async () => (await stored(a, 'loyalty'))?.drafts?.length ?? 0, 1);
  const b = await open(ctx.context, server.url, new URL(a.url()).pathname);
  await b.getByLabel('Programme name').waitFor();
  await Promise.all([
    a.getByLabel('Programme name').fill('Pet club'),
    b.getByLabel('Gross margin').fill('45'),
  ]);
  const both = async () => {
    const d = (await stored(a, 'loyalty'))?.drafts?.[0];
    return d ? `${d.name}|${d.economics.gross_margin}` : '';
  };
  await settled(both, 'Pet club|45');
  for (const page of [a, b]) {
    await settled(() => page.getByLabel('Programme name').inputValue(), 'Pet club');
    await settled(() => page.getByLabel('Gross margin').inputValue(), '45');
  }
  assert.deepEqual(ctx.errors, []);
  await ctx.context.close();
});

test('a tick followed at once by leaving the onboarding screens is saved (the pending write is flushed on leaving)', async () => {
  const ctx = await newContext(browser, server.url);
  const page = await open(ctx.context, server.url, '/onboarding');
  await page.getByLabel('Client name').fill('Leave Fast Ltd');
  await page.getByLabel('Start date').fill(day(-3));
  await page.getByRole('button', { name: 'Start the plan' }).click();
  await page.waitForURL(/\/onboarding\/\d+$/);
  await settled(async () => (await stored(page, 'onboarding'))?.plans?.length ?? 0, 1);
  const box = page.locator('.ob-step input[type=checkbox]').first();
  // Tick, then leave in the same task: no time for the 400 ms timer.
  await box.evaluate((el) => {
    el.click();
    document.querySelector('header.topbar a[href="/contracts"]').click();
  });
  await page.waitForURL('**/contracts');
  const done = async () => {
    const plan = (await stored(page, 'onboarding'))?.plans?.find((p) => p.client === 'Leave Fast Ltd');
    return plan ? plan.phases.flatMap((ph) => ph.steps).filter((s) => /done/i.test(s.status)).length : -1;
  };
  assert.equal(await done(), 1);
  assert.deepEqual(ctx.errors, []);
  await ctx.context.close();
});
