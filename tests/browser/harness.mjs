// Shared test harness: serves dist/ on 127.0.0.1 (scripts/serve.mjs, with
// the index.html fallback a static host gives), launches Debian's Chromium through
// playwright-core, and records console errors and requests to other origins.

import fs from 'node:fs';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import { startServer as serveDir } from '../../scripts/serve.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const DIST = process.env.HOLDFAST_DIST ? path.resolve(process.env.HOLDFAST_DIST) : path.resolve(here, '../../dist');
export const SHOTS = process.env.HOLDFAST_SCREENSHOTS || '';

/**
 * The app's server and the browser of a test file, set up once per file by
 * `useApp()` (before the file's tests, closed after them). Imported as live
 * bindings: `server.url` and `browser` are ready inside every test.
 */
export let server;
export let browser;

/** Serves dist/ and launches Chromium for the tests of this file. */
export function useApp() {
  before(async () => { server = await startServer(); browser = await launch(); });
  after(async () => { await browser?.close(); await server?.close(); });
}

/** Serves `dir` (dist/) on a free port of 127.0.0.1, as scripts/serve.sh does. */
export function startServer(dir = DIST) {
  return serveDir(dir);
}

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
  });
}

/**
 * A fresh browser context (empty storage) with watchers: `errors` collects
 * console errors and uncaught exceptions, `foreign` every request to another
 * origin than the app's.
 */
export async function newContext(browser, base, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...options });
  const errors = [];
  const foreign = [];
  const origin = new URL(base).origin;
  context.on('request', (req) => {
    const u = req.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) foreign.push(u);
  });
  context.on('page', (page) => watchPage(page, errors));
  return { context, errors, foreign };
}

function watchPage(page, errors) {
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  page.on('pageerror', (err) => errors.push(String(err)));
}

/** Opens `route` and waits until the app has rendered its shell. */
export async function open(context, base, route = '/') {
  const page = await context.newPage();
  await page.goto(base + route);
  // Attached, not visible: on a phone the links wait in the closed menu.
  await page.waitForSelector('header.topbar nav', { state: 'attached' });
  return page;
}

/** Saves a screenshot when HOLDFAST_SCREENSHOTS names a directory. */
export async function shot(page, name) {
  if (!SHOTS) return;
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

/** Fills localStorage until not even one more character fits. */
export async function fillStorage(page) {
  return page.evaluate(() => {
    let n = 0;
    for (let size = 512 * 1024; size >= 1; size = Math.floor(size / 2)) {
      const chunk = 'x'.repeat(size);
      for (;;) {
        try { localStorage.setItem(`filler.${n++}`, chunk); } catch { break; }
      }
    }
    return n;
  });
}

/**
 * Reads `read()` until it deep-equals `expected` and returns it: a test waits
 * for the state it asserts, never for a fixed time. Fails with the last
 * value read after `timeout` ms.
 */
export async function settled(read, expected, timeout = 15000) {
  const until = Date.now() + timeout;
  for (;;) {
    const value = await read();
    try {
      assert.deepEqual(value, expected);
      return value;
    } catch (err) {
      if (Date.now() > until) throw err;
    }
    await new Promise((r) => setTimeout(r, 25));
  }
}
