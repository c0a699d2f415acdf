// Throwaway (not a test): section screenshots of /contracts for review.
import { startServer, launch, newContext, open } from './harness.mjs';
const pad = (n) => String(n).padStart(2, '0');
function day(n) { const d = new Date(); d.setHours(12,0,0,0); d.setDate(d.getDate()+n); return `${d.getFullYear()}-${pad(d.getMonth()+1)}-${pad(d.getDate())}`; }
const A = day(-730), F = day(900);
const rows = ['Client,Service,Annual value,Start date,Expiry date,Status,Cancelled on,Reason'];
for (let i = 1; i <= 5; i++) rows.push(`Base ${pad(i)} Ltd,Cleaning,"1,000",${A},${F},active,,`);
rows.push(`Urgent Facilities,Windows,5000,${A},${day(40)},active,,`);
rows.push(`"Smith, Jones & Co",Pest control,2500,${A},${day(80)},active,,`);
rows.push(`Gone Cheap Ltd,Cleaning,3000,${A},${F},cancelled,${day(-100)},price`);
rows.push(`Moved Away Ltd,Cleaning,1000,${A},${F},cancelled,${day(-20)},relocation`);
rows.push(`Broken Ltd,Cleaning,abc,${A},${F},active,,`);
const csv = rows.join('\n');
const server = await startServer(process.env.HOLDFAST_DIST);
const browser = await launch();
for (const theme of ['light', 'dark']) {
  const ctx = await newContext(browser, server.url, { colorScheme: theme, viewport: { width: 1280, height: 900 } });
  const page = await open(ctx.context, server.url, '/contracts');
  await page.getByRole('button', { name: 'Import CSV' }).first().click();
  await page.getByLabel('Paste CSV text').fill(csv);
  await page.getByRole('button', { name: 'Read the CSV' }).click();
  await page.locator('.import-panel').screenshot({ path: `/tmp/shotsx/${theme}-import.png` });
  await page.getByRole('button', { name: /^Add \d+ contracts/ }).click();
  await page.locator('section.register').waitFor();
  const sections = await page.locator('main section.panel').all();
  for (let i = 0; i < sections.length; i++) await sections[i].screenshot({ path: `/tmp/shotsx/${theme}-section-${i}.png` });
  await page.getByRole('button', { name: 'Edit the contract with Gone Cheap Ltd' }).click();
  await page.locator('form.contract-form').screenshot({ path: `/tmp/shotsx/${theme}-edit.png` });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: `/tmp/shotsx/${theme}-1920-top.png` });
  console.log(theme, ctx.errors);
  await ctx.context.close();
}
await browser.close(); await server.close();
