import { startServer, launch, newContext } from './harness.mjs';
const server = await startServer(); const browser = await launch();
const vp = JSON.parse(process.env.VP || '{"width":360,"height":740}');
const ctx = await newContext(browser, server.url, { viewport: vp, isMobile: vp.width < 800, hasTouch: vp.width < 800, locale: process.env.LOC || 'en-GB' });
const page = await ctx.context.newPage();
await page.goto(server.url + '/');
await page.locator('.demo-offer button').first().click();
await page.locator('.brand-workspace', { hasText: 'Northwind' }).waitFor({ state: 'attached' });
for (const spec of process.argv.slice(2)) {
  const [r, sel, present] = spec.split('|');
  await page.goto(server.url + r); await page.locator('main h1').first().waitFor(); await page.waitForTimeout(400);
  if (present) { await page.locator('body').press('p'); await page.waitForSelector('html.presenting'); await page.waitForTimeout(300); }
  if (sel) await page.locator(sel).first().scrollIntoViewIfNeeded();
  if (sel) await page.evaluate((s) => document.querySelector(s)?.scrollIntoView({ block: 'start' }), sel);
  await page.screenshot({ path: `/tmp/view-e/${(r + (sel || '') + (present ? 'P' : '')).replace(/[^a-z0-9]+/gi, '_')}-${vp.width}.png` });
}
await browser.close(); await server.close();
