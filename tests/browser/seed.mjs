// Realistic data for the accessibility, keyboard and fault suites, entered
// through the app itself: a named workspace, a contract register (pasted CSV
// and one contract typed in), departed customers, warning signals, two
// loyalty drafts, an onboarding plan with a step ticked and a transaction log. Not a test file.

import fs from 'node:fs';

const pad = (n) => String(n).padStart(2, '0');

/** The browser's local date `n` days from today, as YYYY-MM-DD. */
export function day(n = 0) {
  const d = new Date();
  d.setHours(12, 0, 0, 0);
  d.setDate(d.getDate() + n);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function contractsCsv() {
  const rows = ['Client,Service,Annual value,Start date,Expiry date,Status,Cancelled on,Reason'];
  const start = day(-730);
  for (let i = 1; i <= 8; i++) rows.push(`Base ${pad(i)} Ltd,Cleaning,"1,000",${start},${day(900)},active,,`);
  rows.push(`Urgent Facilities,Windows,5000,${start},${day(40)},active,,`);
  rows.push(`"Smith, Jones & Co",Pest control,2500,${start},${day(80)},active,,`);
  rows.push(`Gone Cheap Ltd,Cleaning,3000,${start},${day(900)},cancelled,${day(-100)},price`);
  rows.push(`Moved Away Ltd,Cleaning,1000,${start},${day(900)},cancelled,${day(-20)},relocation`);
  return rows.join('\r\n') + '\r\n';
}

/**
 * Fills the workspace through the UI of `page` (any route of `base`) and
 * returns the ids the parameterised routes need.
 */
export async function seedWorkspace(page, base) {
  await page.goto(base + '/data');
  await page.getByLabel('Workspace name', { exact: true }).fill('Brightside Services');

  await page.goto(base + '/contracts');
  await page.getByRole('button', { name: 'Import CSV' }).first().click();
  await page.getByLabel('Paste CSV text').fill(contractsCsv());
  await page.getByRole('button', { name: 'Read the CSV' }).click();
  await page.getByRole('button', { name: /^Add \d+ contracts to the register$/ }).click();
  await page.getByText(/Showing 1–\d+ of \d+ contracts/).waitFor();

  await page.goto(base + '/contracts/win-back');
  const customers = [
    ['Acme Facilities', '12000', day(-120), 'Poor service', ''],
    ['Gamma Security', '800', day(-60), 'Other', 'Moved the work in-house'],
  ];
  for (const [name, lost, date, reason, detail] of customers) {
    await page.getByLabel('Customer', { exact: true }).fill(name);
    await page.getByLabel('Lost annual revenue', { exact: true }).fill(lost);
    await page.getByLabel('Departure date').fill(date);
    await page.getByLabel('Reason', { exact: true }).selectOption({ label: reason });
    if (detail) await page.getByLabel('Reason details').fill(detail);
    await page.getByRole('button', { name: 'Add customer' }).click();
    await page.locator('table.wb-customers tbody tr').filter({ hasText: name }).waitFor();
  }

  await page.goto(base + '/contracts/signals');
  for (const [name, value, nps] of [['North Ltd', '20,000', '9'], ['South Ltd', '5000', '3']]) {
    await page.getByLabel('Client', { exact: true }).fill(name);
    await page.getByLabel('Annual contract value').fill(value);
    await page.getByLabel('Last NPS answer').fill(nps);
    await page.getByRole('button', { name: 'Add client' }).click();
    await page.locator('table.sg-list tbody tr').filter({ hasText: name }).waitFor();
  }

  // A transaction log on the Customers screen (its model fitted meanwhile).
  await page.goto(base + '/customers');
  await page.getByRole('button', { name: 'Import a transaction log' }).click();
  await page.getByLabel('Or choose a CSV file').setInputFiles({
    name: 'compras-pt.csv', mimeType: 'text/csv',
    buffer: fs.readFileSync(new URL('../data/customers/compras-pt.csv', import.meta.url)),
  });
  await page.getByRole('button', { name: /^Use these [\d,]+ purchases$/ }).click();
  await page.locator('table.cust-retention').waitFor();

  const loyalty = [];
  for (const button of ['Create a retail draft', 'Create a B2B services draft']) {
    await page.goto(base + '/loyalty');
    await page.getByRole('button', { name: button }).click();
    await page.waitForURL(/\/loyalty\/\d+$/);
    loyalty.push(Number(new URL(page.url()).pathname.split('/').pop()));
  }

  await page.goto(base + '/onboarding');
  await page.getByLabel('Client name').fill('Harbour Dental');
  await page.getByLabel('Template').locator('option', { hasText: 'Standard onboarding' }).waitFor({ state: 'attached' });
  await page.getByLabel('Template').selectOption({ label: 'Standard onboarding (90 days) (16 steps)' });
  await page.getByLabel('Start date').fill(day(-20));
  await page.getByRole('button', { name: 'Start the plan' }).click();
  await page.waitForURL(/\/onboarding\/\d+$/);
  const plan = Number(new URL(page.url()).pathname.split('/').pop());
  await page.getByRole('checkbox', { name: 'Welcome pack sent' }).check();
  return { loyalty, plan };
}

/** Every route of the app, with the ids `seedWorkspace` returned. */
export function allRoutes({ loyalty: [a, b], plan }) {
  const calculators = ['retention-rate', 'churn', 'growth', 'growth-needed', 'lifetime-value', 'retention-lift',
    'acquire-or-retain', 'revenue-retention', 'nps', 'silent-complaints', 'win-back'];
  return [
    '/',
    '/calculators',
    ...calculators.map((c) => `/calculators/${c}`),
    '/contracts',
    '/contracts/win-back',
    '/contracts/signals',
    '/loyalty',
    `/loyalty/${a}`,
    `/loyalty/${a}/print`,
    `/loyalty/compare/${a}/${b}`,
    '/customers',
    '/onboarding',
    '/onboarding/templates',
    `/onboarding/${plan}`,
    `/onboarding/${plan}/client`,
    '/data',
    '/no/such/page',
  ];
}
