// Plausible dates in onboarding plans: a start in 1990 or 2099 is refused
// with a message next to the field, and a step's done date can be set back
// (last week), which decides whether it was late.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newContext, open, shot, useApp, server, browser } from './harness.mjs';
import { day } from './seed.mjs';

useApp();


test('a plan start in 1990 or 2099 is refused with a message; a done date set to last week is not late', async () => {
  const ctx = await newContext(browser, server.url);
  const page = await open(ctx.context, server.url, '/onboarding');
  await page.getByLabel('Template').locator('option', { hasText: 'Quick start (30 days)' }).waitFor({ state: 'attached' });
  await page.getByLabel('Client name').fill('Acme Pet Shop');
  await page.getByLabel('Template').selectOption({ label: 'Quick start (30 days) (8 steps)' });
  const start = page.getByLabel('Start date');
  const field = page.locator('.ob-start .field', { has: start });
  for (const year of ['1990-01-01', '2099-06-01']) {
    await start.fill(year);
    await field.locator('.field-error', { hasText: /^Choose a start between .+ and .+: a date this far from today is probably a typo\.$/ }).waitFor();
    assert.equal(await start.getAttribute('aria-invalid'), 'true');
    await page.getByRole('button', { name: 'Start the plan' }).click();
    assert.match(page.url(), /\/onboarding$/, 'no plan is started');
  }
  await shot(page, 'onboarding-start-1990');
  await start.fill(day(-8));
  await field.locator('.field-error', { hasText: /Choose a start/ }).waitFor({ state: 'detached' });
  await page.getByRole('button', { name: 'Start the plan' }).click();
  await page.waitForURL(/\/onboarding\/\d+$/);
  await page.getByRole('heading', { level: 1, name: 'Acme Pet Shop' }).waitFor();

  // The settings refuse the same dates.
  const settings = page.locator('section', { has: page.getByRole('heading', { name: 'Client and start date' }) });
  await settings.getByLabel('Start date').fill('1990-01-01');
  await settings.locator('.field-error', { hasText: 'Choose a start between' }).waitFor();
  await settings.getByLabel('Start date').fill(day(-8));
  await settings.locator('.field-error', { hasText: 'Choose a start between' }).waitFor({ state: 'detached' });

  // Ticked today, the welcome pack (due a business day after the start, 5 to
  // 7 days ago) is late.
  const welcome = page.locator('.ob-step', { has: page.getByRole('checkbox', { name: 'Welcome pack sent' }) });
  await page.getByRole('checkbox', { name: 'Welcome pack sent' }).check();
  await welcome.locator('.ob-done-late').waitFor();
  const doneOn = welcome.getByLabel('Completed on of “Welcome pack sent”');
  assert.equal(await doneOn.inputValue(), day(0));
  // Not in the future, not before the plan started.
  await doneOn.fill(day(1));
  await welcome.locator('.field-error', { hasText: 'A step cannot be done after today.' }).waitFor();
  await doneOn.fill(day(-9));
  await welcome.locator('.field-error', { hasText: 'A step cannot be done before the plan started.' }).waitFor();
  // Done last week, by its due date: not late.
  await doneOn.fill(day(-7));
  await welcome.locator('.field-error', { hasText: /./ }).waitFor({ state: 'detached' });
  await welcome.locator('.ob-done-late').waitFor({ state: 'detached' });
  await welcome.locator('.ob-done-on', { hasText: 'Done' }).waitFor();
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Acme Pet Shop' }).waitFor();
  assert.equal(await welcome.getByLabel('Completed on of “Welcome pack sent”').inputValue(), day(-7));
  assert.equal(await welcome.locator('.ob-done-late').count(), 0);
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('holdfast.ws.default.onboarding')).data);
  const step = stored.plans[0].phases.flatMap((p) => p.steps).find((s) => s.title === 'Welcome pack sent');
  assert.equal(step.done_on, day(-7));
  await shot(page, 'onboarding-done-date');
  assert.deepEqual(ctx.errors, []);
  assert.deepEqual(ctx.foreign, []);
  await ctx.context.close();
});
