// Renewing a contract as a user does it: from the register, a new term with
// its end date and value; the contract leaves the overdue call list, its
// previous term is shown, undo puts it back, and choosing "Renewed" in the
// edit form asks for the new term too.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newContext, open, shot, useApp, server, browser } from './harness.mjs';
import { day } from './seed.mjs';

useApp();

function date(n) {
  const d = new Date();
  d.setHours(12, 0, 0, 0);
  d.setDate(d.getDate() + n);
  return d;
}
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** The same date as the English screen writes it ("4 Dec 2026"). */
const shown = (n) => { const d = date(n); return `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`; };

test('a contract renewed from the register gets its new term, leaves the overdue calls and keeps its history', async () => {
  const ctx = await newContext(browser, server.url);
  const page = await open(ctx.context, server.url, '/contracts');
  const csv = [
    'Client,Annual value,Start date,Expiry date,Status',
    `Acme Pet Shop,12000,${day(-345)},${day(20)},active`,
    `Other Grooming,5000,${day(-300)},${day(65)},active`,
  ].join('\r\n') + '\r\n';
  await page.getByRole('button', { name: 'Import CSV' }).first().click();
  await page.getByLabel('Paste CSV text').fill(csv);
  await page.getByRole('button', { name: 'Read the CSV' }).click();
  await page.locator('.import-summary').waitFor();
  await page.getByRole('button', { name: 'Add 2 contracts to the register' }).click();
  await page.getByText('Showing 1–2 of 2 contracts').waitFor();

  // Expiring in 20 days, its call was due months ago: overdue.
  const calls = page.locator('.calls-table');
  const acmeCall = calls.locator('tr', { hasText: 'Acme Pet Shop' });
  await acmeCall.locator('.call-status', { hasText: 'Overdue' }).waitFor();

  // Renew from the register: the form proposes the day after expiry.
  await page.locator('.register-table').getByRole('button', { name: 'Renew the contract of Acme Pet Shop' }).click();
  const form = page.locator('.renew-form');
  await form.getByRole('heading', { name: 'Renew: Acme Pet Shop' }).waitFor();
  assert.equal(await form.getByLabel('New term starts').inputValue(), day(21));
  assert.match(await form.getByLabel('New term ends').inputValue(), /^\d{4}-\d{2}-\d{2}$/);
  assert.equal(await form.getByLabel('Annual value of the new term').inputValue(), '12,000');
  // An end before the start is refused next to the field.
  await form.getByLabel('New term ends').fill(day(10));
  await form.locator('.field-error', { hasText: 'The new term must end after it starts.' }).waitFor();
  await form.getByLabel('New term ends').fill(day(385));
  await form.getByLabel('Annual value of the new term').fill('13,500');
  await form.getByRole('button', { name: 'Renew contract' }).click();
  await form.waitFor({ state: 'detached' });
  await page.locator('.notice', { hasText: `Renewed Acme Pet Shop until ${shown(385)}` }).waitFor();

  const row = page.locator('.register-table tbody tr', { hasText: 'Acme Pet Shop' });
  await row.locator('td', { hasText: shown(385) }).waitFor();
  assert.match(await row.innerText(), /Renewed/);
  assert.match(await row.innerText(), /£13,500/);
  await acmeCall.waitFor({ state: 'detached' });

  // The previous term is shown in the edit form.
  await row.getByRole('button', { name: 'Edit the contract with Acme Pet Shop' }).click();
  const history = page.locator('.contract-form .term-history');
  await history.getByRole('heading', { name: 'Previous terms' }).waitFor();
  assert.equal((await history.locator('li').innerText()).trim(), `${shown(-345)} – ${shown(20)} · £12,000`);
  await page.locator('.contract-form').getByRole('button', { name: 'Cancel' }).click();

  // Kept across a reload.
  await page.reload();
  await page.locator('.register-table tbody tr', { hasText: 'Acme Pet Shop' }).locator('td', { hasText: shown(385) }).waitFor();
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('holdfast.ws.default.contracts')).data);
  const acme = stored.contracts.find((c) => c.client === 'Acme Pet Shop');
  assert.deepEqual(acme.terms, [{ start: day(-345), expiry: day(20), value: 12000 }]);
  assert.equal(acme.expiry, day(385));
  assert.equal(acme.status, 'Renewed');

  // Choosing "Renewed" in another contract's edit form asks for its new term.
  await page.getByRole('button', { name: 'Edit the contract with Other Grooming' }).click();
  await page.locator('.contract-form').getByLabel('Status').selectOption('renewed');
  await page.locator('.renew-form').getByRole('heading', { name: 'Renew: Other Grooming' }).waitFor();
  assert.equal(await page.locator('.renew-form').getByLabel('New term starts').inputValue(), day(66));
  await page.locator('.renew-form').getByRole('button', { name: 'Renew contract' }).click();
  const notice = page.locator('.notice', { hasText: 'Renewed Other Grooming until' });
  await notice.waitFor();
  const other = page.locator('.register-table tbody tr', { hasText: 'Other Grooming' });
  await other.locator('td', { hasText: 'Renewed' }).waitFor();
  // Undo puts the contract back as it was.
  await notice.getByRole('button', { name: 'Undo' }).click();
  await other.locator('td', { hasText: shown(65) }).waitFor();
  await other.locator('td', { hasText: 'Active' }).waitFor();
  await shot(page, 'contracts-renewed');
  assert.deepEqual(ctx.errors, []);
  assert.deepEqual(ctx.foreign, []);
  await ctx.context.close();
});
