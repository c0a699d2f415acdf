// Holdfast's benchmark: bytes, cold load, interaction and storage, measured
// against the framework's floor (bench/baseline, a Leptos hello-world built
// with the same profile) and printed next to the budgets of issues 10 and 21
// (cold load and bytes against the baseline; interactions and storage against
// the plain-JS floors measured in the same run).
//
//   node bench/bench.mjs [--runs 5] [--edits 100] [--only bytes,load,growth,onboarding,contracts,import,customers,storage]
//                        [--app dist] [--baseline bench/baseline/dist] [--interaction-cpu 1]
//
// Normally run through scripts/bench.sh, which builds both first. It is a
// report: a failed budget is printed as FAIL and the exit code stays 0; only a
// broken benchmark (no build, browser crash, page error) exits non-zero.

import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { envelope, wsKey, onboardingBook, contractsDoc, scenarios } from './seeds.mjs';
import { TYPES } from '../scripts/serve.mjs';
import { xlsx } from './xlsx.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
// playwright-core comes from the browser tests' install (never a downloaded browser).
const require = createRequire(path.join(root, 'tests/browser/package.json'));
const { chromium } = require('playwright-core');

// ---------------------------------------------------------------- options

const SECTIONS = ['bytes', 'load', 'growth', 'onboarding', 'contracts', 'import', 'customers', 'storage'];

function parseArgs(argv) {
  const opts = {
    runs: 5,
    edits: 100,
    only: SECTIONS,
    app: path.join(root, 'dist'),
    baseline: path.join(root, 'bench/baseline/dist'),
    interactionCpu: 1,
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--runs': opts.runs = Number(value()); break;
      case '--edits': opts.edits = Number(value()); break;
      case '--only': opts.only = value().split(',').map((s) => s.trim()).filter(Boolean); break;
      case '--app': opts.app = path.resolve(value()); break;
      case '--baseline': opts.baseline = path.resolve(value()); break;
      case '--interaction-cpu': opts.interactionCpu = Number(value()); break;
      case '-h': case '--help':
        console.log(fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(0, 11).join('\n'));
        process.exit(0);
        break;
      default: throw new Error(`unknown option ${argv[i]} (see --help)`);
    }
  }
  if (!(opts.runs >= 1) || !(opts.edits >= 10)) throw new Error('--runs must be ≥ 1 and --edits ≥ 10');
  for (const s of opts.only) if (!SECTIONS.includes(s)) throw new Error(`unknown section ${s}`);
  return opts;
}

// ---------------------------------------------------------------- figures

const median = (xs) => quantile(xs, 0.5);
/** Nearest-rank quantile. */
function quantile(xs, q) {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => (Number.isFinite(n) ? `${n < 10 ? n.toFixed(2) : n.toFixed(0)} ms` : 'n/a');
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);

function table(headers, rows, right = []) {
  const widths = headers.map((h, i) => Math.max(String(h).length, ...rows.map((r) => String(r[i]).length)));
  const line = (r) => r.map((c, i) => (right.includes(i) ? lpad(c, widths[i]) : pad(c, widths[i]))).join('  ').trimEnd();
  console.log(line(headers));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

/** The summary: one row per budgeted figure. */
const summary = [];
function budget(figure, value, limit, pass) {
  summary.push([figure, value, limit, pass === null ? 'n/a' : pass ? 'PASS' : 'FAIL']);
}
/** An interaction's p95 against the plain-JS floor for the same update (issue 21: ≤ 1.25×). */
const FLOOR_LIMIT = 1.25;
function floorBudget(figure, samples, floor, key = 'frame') {
  const app = stats(samples, key);
  const base = stats(floor, 'frame');
  const ratio = app.p95 / base.p95;
  budget(`${figure} / floor`, `${ratio.toFixed(2)}× (${ms(app.p95)} / ${ms(base.p95)}; p50 ${ms(app.p50)})`, `≤ ${FLOOR_LIMIT}×`, ratio <= FLOOR_LIMIT);
}
function notMeasured(figure, limit, why) {
  console.log(`not measured: ${figure}: ${why}`);
  summary.push([figure, `not measured: ${why}`, limit, '-']);
}

// ---------------------------------------------------------------- bytes

const COMPRESSED = new Set(['.wasm', '.js', '.css', '.html', '.svg', '.json']);

/** Every file under `dir` with its raw, gzip (9) and brotli (11) sizes. */
function assets(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else {
        const raw = fs.readFileSync(p);
        const text = COMPRESSED.has(path.extname(p));
        const gz = text ? zlib.gzipSync(raw, { level: 9 }) : raw;
        const br = text
          ? zlib.brotliCompressSync(raw, {
            params: {
              [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
              [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
            },
          })
          : raw;
        out.push({ file: path.relative(dir, p), ext: path.extname(p), raw, gz, br });
      }
    }
  };
  walk(dir);
  return out.sort((a, b) => b.raw.length - a.raw.length);
}

function bytesSection(app, base) {
  console.log('\n## Bytes (every built file; gzip -9, brotli q11)\n');
  const rows = [];
  const totals = {};
  for (const [name, list] of [['app', app], ['baseline', base]]) {
    const t = { raw: 0, gz: 0, br: 0, wasm: 0 };
    for (const a of list) {
      rows.push([name, a.file.replace(/-[0-9a-f]{12,16}(?=[._])/, '-…'), a.raw.length, a.gz.length, a.br.length]);
      t.raw += a.raw.length; t.gz += a.gz.length; t.br += a.br.length;
      if (a.ext === '.wasm') t.wasm += a.br.length;
    }
    rows.push([name, 'TOTAL', t.raw, t.gz, t.br]);
    totals[name] = t;
  }
  table(['build', 'file', 'raw B', 'gzip B', 'brotli B'], rows, [2, 3, 4]);
  const ratio = totals.app.br / totals.baseline.br;
  console.log(`\napp ${kb(totals.app.br)} brotli vs baseline ${kb(totals.baseline.br)}: ratio ${ratio.toFixed(2)}×` +
    ` (wasm alone ${(totals.app.wasm / totals.baseline.wasm).toFixed(2)}×)`);
  // Issue 21: splitting may not make the whole larger than the unsplit app
  // was (683 KB brotli at a9feef0); what a first visit downloads is budgeted
  // in the cold-load section.
  budget('total brotli bytes over all files (every chunk)', `${kb(totals.app.br)} (${ratio.toFixed(1)}× the baseline)`, '≤ 683 KB', totals.app.br <= 683 * 1024);
}

// ---------------------------------------------------------------- server

/**
 * Serves `dir` on 127.0.0.1 like a static host that precompresses: brotli when
 * the browser accepts it, else gzip; unknown paths get index.html. Records
 * which encodings were served.
 */
function serve(dir, files) {
  if (!fs.existsSync(path.join(dir, 'index.html'))) throw new Error(`${dir}/index.html is missing: build first (scripts/bench.sh)`);
  const byPath = new Map(files.map((f) => ['/' + f.file.split(path.sep).join('/'), f]));
  const encodings = new Set();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const f = byPath.get(decodeURIComponent(url.pathname)) ?? byPath.get('/index.html');
    const accept = String(req.headers['accept-encoding'] || '');
    const headers = {
      'content-type': TYPES[f.ext] || 'application/octet-stream', 'cache-control': 'no-store', vary: 'accept-encoding',
      // Cross-origin isolation: performance.now() to 5 µs instead of 100 µs.
      'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp',
    };
    let body = f.raw;
    if (COMPRESSED.has(f.ext) && /\bbr\b/.test(accept)) { body = f.br; headers['content-encoding'] = 'br'; }
    else if (COMPRESSED.has(f.ext) && /\bgzip\b/.test(accept)) { body = f.gz; headers['content-encoding'] = 'gzip'; }
    encodings.add(headers['content-encoding'] || 'identity');
    headers['content-length'] = body.length;
    res.writeHead(200, headers);
    res.end(body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({
        url: `http://127.0.0.1:${server.address().port}`,
        encodings,
        close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(r); }),
      });
    });
  });
}

// ---------------------------------------------------------------- browser

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage', '--disable-extensions',
];

function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
}

/** A fresh context whose pages fail the benchmark on any uncaught error. */
async function freshContext(browser, errors) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  context.on('page', (page) => {
    page.on('pageerror', (err) => errors.push(String(err)));
    page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  });
  return context;
}

// Paint observers installed before any script of the page runs.
function paintObservers(readySelector) {
  window.__paint = { fcp: null, lcp: null, lcpElement: null, ready: null };
  // When the page's own content (not a loading screen) is first in the DOM.
  new MutationObserver((_, observer) => {
    if (window.__paint.ready == null && document.querySelector(readySelector)) {
      window.__paint.ready = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') window.__paint.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__paint.lcp = e.startTime;
      const el = e.element;
      window.__paint.lcpElement = el ? el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ')[0] : '') : '?';
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
}

/** One cold load of `url` on a throttled network and CPU. */
async function coldLoad(browser, url, ready) {
  const errors = [];
  const context = await freshContext(browser, errors);
  await context.addInitScript(paintObservers, ready[ready.length - 1]);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 150, downloadThroughput: 200000, uploadThroughput: 200000,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url, { waitUntil: 'networkidle', timeout: 120000 });
  for (const selector of ready) await page.waitForSelector(selector, { timeout: 120000 });
  // LCP can still move while the page settles; nothing renders after this.
  await page.waitForTimeout(1500);
  const result = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const resources = performance.getEntriesByType('resource');
    const transferred = resources.reduce((n, r) => n + r.transferSize, nav.transferSize);
    // What had arrived when the page's own content was first in the DOM.
    const before = resources.filter((r) => r.responseEnd <= window.__paint.ready)
      .reduce((n, r) => n + r.transferSize, nav.transferSize);
    const wasm = resources.filter((r) => r.name.endsWith('.wasm'));
    return { ...window.__paint, load: nav.loadEventEnd, transferred, before, wasmEnd: Math.max(...wasm.map((r) => r.responseEnd)) };
  });
  await context.close();
  if (errors.length) throw new Error(`errors while loading ${url}: ${errors.join('; ')}`);
  if (result.fcp == null || result.lcp == null) throw new Error(`no paint entries for ${url}`);
  return result;
}

/**
 * The pages of the cold-load section: the baseline's heading, the app's
 * home page, and a deep-linked calculator (someone opening a shared link),
 * each with the selectors of its own content (not the loading screen).
 */
const COLD_PAGES = [
  ['baseline /', 'baseline', '/', ['h1']],
  ['app /', 'app', '/', ['header.topbar nav', 'section.hero h1']],
  ['app /calculators/retention-rate', 'app', '/calculators/retention-rate', ['header.topbar nav', 'main .calc-results']],
];

async function loadSection(browser, appServer, baseServer, runs) {
  console.log(`\n## Cold load (150 ms RTT, 1.6 Mbps, CPU 4× slower, no cache; ${runs} runs each, alternating)\n`);
  const runsOf = Object.fromEntries(COLD_PAGES.map(([name]) => [name, []]));
  for (let i = 0; i < runs; i++) {
    for (const [name, server, route, ready] of COLD_PAGES) {
      runsOf[name].push(await coldLoad(browser, (server === 'app' ? appServer : baseServer).url + route, ready));
    }
  }
  const rows = [];
  const med = {};
  for (const [name, rs] of Object.entries(runsOf)) {
    const m = (k) => median(rs.map((r) => r[k]));
    med[name] = { fcp: m('fcp'), lcp: m('lcp'), ready: m('ready'), before: m('before'), transferred: m('transferred') };
    rows.push([name, ms(med[name].fcp), ms(med[name].lcp), ms(med[name].ready), kb(med[name].before), ms(m('wasmEnd')),
      kb(med[name].transferred), rs[0].lcpElement, rs.map((r) => Math.round(r.ready)).join(' ')]);
  }
  table(['page', 'FCP', 'LCP', 'content rendered', 'bytes before content', 'last wasm received', 'transferred in all', 'LCP element',
    'content rendered, each run (ms)'], rows, [1, 2, 3, 4, 5, 6]);
  console.log('(medians. "content rendered": the page\'s own content first in the DOM (the home hero, the calculator\'s\n' +
    ' results, the baseline\'s h1); the app shows a static loading screen from index.html until then, which is\n' +
    ' what FCP and LCP can see. "bytes before content": every response that had ended by then, as transferred.)');
  const encodings = [...new Set([...appServer.encodings, ...baseServer.encodings])].join(', ');
  console.log(`(served precompressed like a static host: ${encodings})`);
  const base = med['baseline /'];
  for (const [name, server] of COLD_PAGES) {
    if (server !== 'app') continue;
    const app = med[name];
    const time = app.ready / base.ready;
    const bytes = app.before / base.before;
    budget(`${name}: time to content / baseline`, `${time.toFixed(2)}× (${ms(app.ready)} / ${ms(base.ready)})`, '≤ 1.5×', time <= 1.5);
    budget(`${name}: bytes before content / baseline`, `${bytes.toFixed(2)}× (${kb(app.before)} / ${kb(base.before)})`, '≤ 4×', bytes <= 4);
    summary.push([`${name}: LCP / baseline (no budget)`, `${(app.lcp / base.lcp).toFixed(2)}× (${ms(app.lcp)} / ${ms(base.lcp)})`, '-', '-']);
  }
}

// ---------------------------------------------------------------- in-page probe

/**
 * Installed in the page: `__bench.measure(act, done)` runs `act` (which
 * dispatches an event) at the start of an animation frame and returns
 *   sync:  the event's own handlers,
 *   dom:   until the last DOM mutation the action caused (the app's reactive
 *          work: recalculation and rendering, which Leptos runs in microtasks),
 *   frame: until that frame was rendered (style, layout, paint: measured by a
 *          message posted from the frame, which runs right after it); when
 *          the result is not on screen yet, further frames are waited for.
 * No waiting for the display's refresh is included.
 */
function installProbe() {
  // The first storage listener of the page: when another tab's save arrives.
  window.addEventListener('storage', () => { window.__storageAt = performance.now(); });
  window.__bench = {
    measure(act, done, timeout = 5000) {
      return new Promise((resolve, reject) => {
        requestAnimationFrame(() => {
          let last = null;
          window.__bench.changed = false;
          const mo = new MutationObserver(() => { last = performance.now(); window.__bench.changed = true; });
          mo.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
          const t0 = performance.now();
          try { act(); } catch (e) { mo.disconnect(); reject(e); return; }
          const sync = performance.now() - t0;
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            const now = performance.now();
            if (!done() && now - t0 < timeout) {
              requestAnimationFrame(() => channel.port2.postMessage(0));
              return;
            }
            mo.disconnect();
            channel.port1.close();
            resolve({ sync, dom: (last ?? t0 + sync) - t0, frame: now - t0, ok: done() });
          };
          channel.port2.postMessage(0);
        });
      });
    },
    /**
     * The browser's floor for an update of the same size, without the app:
     * replaces each element matching `selectors` with a deep copy of itself
     * (rows in reverse order) and times it to the rendered frame, like
     * `measure`. Breaks the app's hold on those nodes: run it last.
     */
    async floor(selectors, n) {
      const out = [];
      for (let i = 0; i < n; i++) {
        const r = await this.measure(() => {
          for (const sel of selectors) {
            for (const el of document.querySelectorAll(sel)) {
              const copy = el.cloneNode(true);
              if (copy.tagName === 'TBODY') copy.replaceChildren(...[...copy.children].reverse());
              el.replaceWith(copy);
            }
          }
        }, () => true);
        out.push(r);
      }
      return out;
    },
    /**
     * Clicks elements matching `selector` (the first ten, in turn; the list is
     * read again before each click), 4 warm-up clicks then `n` measured ones,
     * each expected to change the page; `what` names the action in errors.
     */
    async clicks(selector, n, what) {
      const out = [];
      for (let i = -4; i < n; i++) {
        const all = [...document.querySelectorAll(selector)];
        const el = all[(i + 4) % Math.min(all.length, 10)];
        const r = await this.measure(() => el.click(), () => this.changed);
        if (!r.ok) throw new Error(`${what} changed nothing on screen`);
        if (i >= 0) out.push(r);
      }
      return out;
    },
    /** Sets an input's value as typing does and dispatches `input`. */
    type(input, value) {
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    },
    /** The element a visible <label> with exactly `text` points to. */
    labelled(text, selector = 'label') {
      const label = [...document.querySelectorAll(selector)].find((l) => l.textContent.trim() === text);
      if (!label) return null;
      return label.control ?? (label.htmlFor ? document.getElementById(label.htmlFor) : null);
    },
  };
}

function stats(samples, key) {
  const xs = samples.map((s) => s[key]);
  return { p50: quantile(xs, 0.5), p95: quantile(xs, 0.95), max: Math.max(...xs) };
}

async function openApp(browser, base, route, { seed = {}, cpu = 1 } = {}) {
  const errors = [];
  const context = await freshContext(browser, errors);
  await context.addInitScript(installProbe);
  if (Object.keys(seed).length) {
    // Written before the app's script runs, once per context.
    await context.addInitScript((docs) => {
      if (!location.protocol.startsWith('http') || localStorage.getItem('bench.seeded')) return;
      for (const [k, v] of Object.entries(docs)) localStorage.setItem(k, v);
      localStorage.setItem('bench.seeded', '1');
    }, seed);
  }
  const page = await context.newPage();
  if (cpu > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  }
  await page.goto(base + route);
  await page.waitForSelector('header.topbar nav');
  return { context, page, errors };
}

function printTimes(rows) {
  table(['action', 'n', 'p50', 'p95', 'max'], rows.map(([label, samples, key]) => {
    const s = stats(samples, key);
    return [label, samples.length, ms(s.p50), ms(s.p95), ms(s.max)];
  }), [1, 2, 3, 4]);
}

// ---------------------------------------------------------------- profile

const CATEGORIES = [
  ['gc', /GC|^MinorGC$|^MajorGC$|^BlinkGC/],
  ['style', /^(UpdateLayoutTree|RecalculateStyles|ScheduleStyleRecalculation|ParseAuthorStyleSheet)$/],
  ['layout', /^(Layout|InvalidateLayout|IntersectionObserverController::computeIntersections)$/],
  ['paint', /^(Paint|PrePaint|Commit|Layerize|UpdateLayer|UpdateLayerTree|CompositeLayers|PaintImage|Decode.*|ScrollLayer)$/],
  ['script', /^(FunctionCall|RunMicrotasks|EventDispatch|TimerFire|FireAnimationFrame|HandlePostMessage|EvaluateScript|v8\..*|V8\..*)$/],
];

/**
 * Main-thread time of the page's renderer by kind (self time of the
 * timeline events: script, style, layout, paint, gc, other) while `run`
 * performs `count` actions. Tracing slows everything down: the shares are
 * what matter.
 */
async function profile(browser, page, count, run) {
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'] });
  await run();
  const trace = JSON.parse((await browser.stopTracing()).toString());
  const events = trace.traceEvents ?? trace;
  const threads = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const on = (t) => (e) => e.ph === 'X' && e.pid === t.pid && e.tid === t.tid;
  const busy = (t) => events.filter(on(t)).reduce((n, e) => n + (e.dur || 0), 0);
  const main = threads.sort((a, b) => busy(b) - busy(a))[0];
  if (!main) return null;
  const items = events.filter(on(main)).sort((a, b) => a.ts - b.ts || b.dur - a.dur)
    .map((e) => ({ name: e.name, start: e.ts, end: e.ts + (e.dur || 0), self: e.dur || 0 }));
  // Self time: each event's duration minus its children's.
  const stack = [];
  for (const item of items) {
    while (stack.length && stack[stack.length - 1].end <= item.start) stack.pop();
    if (stack.length) stack[stack.length - 1].self -= item.end - item.start;
    stack.push(item);
  }
  const totals = { script: 0, style: 0, layout: 0, paint: 0, gc: 0, other: 0 };
  const byName = new Map();
  for (const item of items) {
    const kind = CATEGORIES.find(([, re]) => re.test(item.name))?.[0] ?? 'other';
    totals[kind] += Math.max(0, item.self) / 1000;
    byName.set(item.name, (byName.get(item.name) ?? 0) + Math.max(0, item.self) / 1000);
  }
  if (process.env.BENCH_EVENTS) {
    console.log('  top events per action: ' + [...byName].sort((a, b) => b[1] - a[1]).slice(0, 12)
      .map(([k, v]) => `${k} ${ms(v / count)}`).join(', '));
  }
  for (const k of Object.keys(totals)) totals[k] /= count;
  return totals;
}

function printProfile(totals, what) {
  if (!totals) { console.log('(no trace of the main thread)'); return; }
  const all = Object.values(totals).reduce((a, b) => a + b, 0);
  console.log(`main thread per ${what}, traced run (tracing slows it down; read the shares): ` +
    Object.entries(totals).map(([k, v]) => `${k} ${ms(v)} (${Math.round((100 * v) / all)} %)`).join(', '));
}

// ---------------------------------------------------------------- growth

async function growthSection(browser, base, edits, cpu) {
  console.log(`\n## Interaction: growth projection (/calculators/growth, chart included; ${edits} edits of "Retention rate"${cpu > 1 ? `, CPU ${cpu}× slower` : ''})\n`);
  const { context, page, errors } = await openApp(browser, base, '/calculators/growth', { cpu });
  await page.getByLabel('Retention rate', { exact: true }).waitFor();
  await page.locator('.calc-chart svg').first().waitFor();
  const edit = (n) => page.evaluate(async (n) => {
    const B = window.__bench;
    const input = B.labelled('Retention rate');
    const shown = () => {
      const out = B.labelled('Net growth per year');
      const chart = [...document.querySelectorAll('.calc-chart svg path, .calc-chart svg polyline')]
        .map((p) => p.getAttribute('d') ?? p.getAttribute('points')).join('|');
      return `${out?.textContent}#${chart}`;
    };
    if (!input || !B.labelled('Net growth per year')) throw new Error('growth calculator fields not found');
    const out = [];
    // 10 warm-up edits (JIT, first allocations), then the measured ones.
    for (let i = -10; i < n; i++) {
      const value = i < 0 ? (50 + i / 10).toFixed(2) : (55 + (i * 40) / n).toFixed(2);
      const before = shown();
      const r = await B.measure(() => B.type(input, value), () => shown() !== before && !shown().endsWith('#'));
      if (!r.ok) throw new Error(`retention ${value}: the result or the chart did not change`);
      if (i >= 0) out.push(r);
    }
    return out;
  }, n);
  const samples = await edit(edits);
  const traced = await profile(browser, page, 20, () => edit(20));
  const floor = await page.evaluate((n) => window.__bench.floor(['.calc-results .results', '.calc-chart figure'], n), edits);
  await context.close();
  if (errors.length) throw new Error(`page errors on /calculators/growth: ${errors.join('; ')}`);
  printTimes([
    ['input event handler (sync)', samples, 'sync'],
    ['input → DOM updated (recalculation + render, chart included)', samples, 'dom'],
    ['input → frame rendered (+ style, layout, paint)', samples, 'frame'],
    ['floor: plain-JS copy of the results and chart → frame', floor, 'frame'],
  ]);
  printProfile(traced, 'edit');
  console.log('The recalculation cannot be timed apart from Leptos\'s rendering from outside the release build:\n' +
    '"DOM updated" is the closest figure (it includes rebuilding the results and the SVG chart), and is budgeted.');
  const dom = stats(samples, 'dom');
  floorBudget('growth: input → frame p95', samples, floor);
  summary.push(['growth input → DOM updated p95 (no budget)', `${ms(dom.p95)} (p50 ${ms(dom.p50)})`, '-', '-']);
}

// ---------------------------------------------------------------- onboarding

/**
 * Onboarding with 500 clients × 25 steps: on the portfolio, tick a client's
 * next step ("Mark done") and filter; on one client's plan, tick a step's
 * checkbox and change a step's status. Says why a figure is missing when the
 * screen lacks the control.
 */
async function onboardingSection(browser, base, edits, cpu) {
  console.log(`\n## Interaction: onboarding (500 clients × 25 steps; ${edits} of each action${cpu > 1 ? `, CPU ${cpu}× slower` : ''})\n`);
  const book = onboardingBook();
  const seed = { [wsKey('onboarding')]: envelope(book) };
  console.log(`seeded ${kb(seed[wsKey('onboarding')].length)} under ${wsKey('onboarding')}`);
  const { context, page, errors } = await openApp(browser, base, '/onboarding', { seed, cpu });
  const TICK = 'onboarding: tick a step in the portfolio p95 (click → frame)';
  const FILTER = 'onboarding: filter p95 (input → frame)';
  const PLAN_TICK = 'onboarding: tick a step on a plan p95 (click → frame)';
  const STATUS = 'onboarding: change a step\'s status p95 (change → frame)';
  try {
    await page.waitForTimeout(500);
    const found = await page.evaluate(() => {
      const main = document.querySelector('main');
      const label = (el) => (el?.labels?.[0]?.textContent ?? el?.getAttribute('aria-label') ?? el?.placeholder ?? '').trim();
      const ticks = [...main.querySelectorAll('button.ob-tick')];
      const search = main.querySelector('input[type=search]');
      return {
        ticks: ticks.length, tickLabel: label(ticks[0]), search: !!search, searchLabel: label(search),
        clients: (main.innerText.match(/Client \d{3} Ltd/g) ?? []).length,
        banner: document.querySelector('.notices')?.textContent ?? '',
      };
    });
    if (/could not be read|unexpected content|kept aside/i.test(found.banner)) {
      throw new Error(`the seeded onboarding document was refused: ${found.banner}`);
    }
    console.log(`on screen: ${found.clients} seeded client names, ${found.ticks} "mark done" buttons` +
      `${found.ticks ? ` (first: "${found.tickLabel}")` : ''}, ${found.search ? `search field "${found.searchLabel}"` : 'no search field'}`);
    if (!found.clients) {
      for (const f of [TICK, FILTER, PLAN_TICK, STATUS]) notMeasured(f, '≤ 1.25× floor', '/onboarding does not show the seeded portfolio');
      return;
    }
    const rows = [];
    // Budgeted once the floors are measured (the portfolio's last).
    const portfolioRuns = [];
    const planRuns = [];
    const budgeted = (name, samples) => (name === TICK || name === FILTER ? portfolioRuns : planRuns).push([name, samples]);
    if (found.ticks) {
      const ticks = await page.evaluate((n) => window.__bench.clicks('main button.ob-tick', n, 'marking a step done'), edits);
      rows.push(['portfolio tick: click → DOM updated', ticks, 'dom'], ['portfolio tick: click → frame rendered', ticks, 'frame']);
      budgeted(TICK, ticks);
    } else {
      notMeasured(TICK, '≤ 1.25× floor', 'no "mark done" button on /onboarding');
    }
    if (found.search) {
      const filterRuns = (count) => page.evaluate(async (n) => {
        const B = window.__bench;
        const queries = ['Client 1', 'Client 12', 'Client 123', 'Client 4', 'Ltd', 'Client 49', ''];
        const out = [];
        for (let i = -4; i < n; i++) {
          const q = queries[(i + 4) % queries.length];
          const r = await B.measure(() => B.type(document.querySelector('main input[type=search]'), q), () => B.changed);
          if (!r.ok) throw new Error(`filtering by "${q}" changed nothing on screen`);
          if (i >= 0) out.push(r);
        }
        return out;
      }, count);
      const filters = await filterRuns(edits);
      printProfile(await profile(browser, page, 20, () => filterRuns(20)), 'filter');
      rows.push(['filter: input → DOM updated', filters, 'dom'], ['filter: input → frame rendered', filters, 'frame']);
      budgeted(FILTER, filters);
    } else {
      notMeasured(FILTER, '≤ 1.25× floor', 'no search field on /onboarding');
    }
    // One client's plan, reached as a user does: the client's link.
    await page.locator('main table a[href^="/onboarding/"]').first().click();
    await page.waitForSelector('main li.ob-step input[type=checkbox]', { timeout: 10000 }).catch(() => {});
    const plan = await page.evaluate(() => ({
      boxes: document.querySelectorAll('main li.ob-step input[type=checkbox]:not([disabled])').length,
      selects: document.querySelectorAll('main li.ob-step select.ob-status').length,
    }));
    console.log(`plan page: ${plan.boxes} step checkboxes, ${plan.selects} status selects`);
    if (plan.boxes) {
      const planTicks = (n) => page.evaluate((k) => window.__bench.clicks('main li.ob-step input[type=checkbox]:not([disabled])', k, 'ticking a step on the plan'), n);
      const ticks = await planTicks(edits);
      printProfile(await profile(browser, page, 20, () => planTicks(20)), 'plan tick');
      rows.push(['plan tick: click → DOM updated', ticks, 'dom'], ['plan tick: click → frame rendered', ticks, 'frame']);
      budgeted(PLAN_TICK, ticks);
    } else {
      notMeasured(PLAN_TICK, '≤ 1.25× floor', 'no step checkbox on the plan page');
    }
    if (plan.selects) {
      const changes = await page.evaluate(async (n) => {
        const B = window.__bench;
        const values = ['in_progress', 'blocked', 'todo', 'done', 'skipped', 'todo'];
        const out = [];
        for (let i = -4; i < n; i++) {
          const selects = [...document.querySelectorAll('main li.ob-step select.ob-status')];
          const select = selects[((i + 4) * 3) % selects.length];
          let value = values[(i + 4) % values.length];
          if (select.value === value) value = value === 'todo' ? 'in_progress' : 'todo';
          const r = await B.measure(() => {
            select.value = value;
            select.dispatchEvent(new Event('change', { bubbles: true }));
          }, () => B.changed);
          if (!r.ok) throw new Error(`setting a step to ${value} changed nothing on screen`);
          if (i >= 0) out.push(r);
        }
        return out;
      }, edits);
      rows.push(['plan status: change → DOM updated', changes, 'dom'], ['plan status: change → frame rendered', changes, 'frame']);
      budgeted(STATUS, changes);
    } else {
      notMeasured(STATUS, '≤ 1.25× floor', 'no status select on the plan page');
    }
    if (plan.boxes || plan.selects) {
      // The page's own cost of a frame: one class toggled on its heading.
      const floor = await page.evaluate(async (n) => {
        const out = [];
        for (let i = 0; i < n; i++) {
          out.push(await window.__bench.measure(() => document.querySelector('main h1').classList.toggle('bench-floor'), () => true));
        }
        return out;
      }, edits);
      rows.push(['floor: one class toggled on the plan page → frame', floor, 'frame']);
      for (const [name, samples] of planRuns) floorBudget(name, samples, floor);
    }
    // The browser's floor for the portfolio's update: its rows copied in
    // plain JS (run last: the app loses its hold on those nodes).
    await page.goBack();
    await page.waitForSelector('main table.ob-table tbody tr');
    const floor = await page.evaluate((n) => window.__bench.floor(['main table.ob-table tbody'], n), edits);
    rows.push(['floor: plain-JS copy of the portfolio rows, reversed → frame', floor, 'frame']);
    for (const [name, samples] of portfolioRuns) floorBudget(name, samples, floor);
    if (rows.length) printTimes(rows);
  } finally {
    await context.close();
    if (errors.length) throw new Error(`page errors on /onboarding: ${errors.join('; ')}`);
  }
}

// ---------------------------------------------------------------- contracts

async function contractsSection(browser, base, edits, cpu) {
  console.log(`\n## Interaction: contract register (5,000 contracts; ${edits} sorts by column header${cpu > 1 ? `, CPU ${cpu}× slower` : ''})\n`);
  const seed = { [wsKey('contracts')]: envelope(contractsDoc()) };
  console.log(`seeded ${kb(seed[wsKey('contracts')].length)} under ${wsKey('contracts')}`);
  const { context, page, errors } = await openApp(browser, base, '/contracts', { seed, cpu });
  try {
    await page.waitForTimeout(300);
    const found = await page.evaluate(() => ({
      sorts: document.querySelectorAll('main table th[aria-sort] button').length,
      rows: document.querySelectorAll('main table tbody tr').length,
      footer: document.querySelector('main .register-footer')?.textContent ?? '',
      banner: document.querySelector('.notices')?.textContent ?? '',
    }));
    if (/could not be read|unexpected content|kept aside/i.test(found.banner)) {
      throw new Error(`the seeded contracts document was refused: ${found.banner}`);
    }
    if (!found.sorts || !found.rows) {
      notMeasured('contracts: sort 5,000 p95', '≤ 1.25× floor', '/contracts shows no sortable register yet (screen not built)');
      return;
    }
    if (!/5,?000/.test(found.footer)) throw new Error(`the register does not show the 5,000 seeded contracts: "${found.footer}"`);
    const sortRuns = (count) => page.evaluate(async (n) => {
      const B = window.__bench;
      const headers = () => [...document.querySelectorAll('main table th[aria-sort]')];
      const firstRows = () => [...document.querySelectorAll('main table tbody tr')].slice(0, 3).map((r) => r.textContent).join('|');
      const out = [];
      // Each column twice (ascending, then descending), round and round.
      for (let i = -6; i < n; i++) {
        const k = Math.floor(((i + 6) % 12) / 2);
        const th = headers()[k % headers().length];
        const want = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
        const before = firstRows();
        const r = await B.measure(() => th.querySelector('button').click(),
          () => headers()[k % headers().length].getAttribute('aria-sort') === want);
        if (!r.ok) throw new Error(`sorting by column ${k} (${want}) did not show`);
        r.moved = firstRows() !== before;
        if (i >= 0) out.push(r);
      }
      return out;
    }, count);
    const samples = await sortRuns(edits);
    const traced = await profile(browser, page, 12, () => sortRuns(12));
    const floor = await page.evaluate((n) => window.__bench.floor(['main table.register-table tbody'], n), edits);
    printTimes([
      ['sort: click handler (sync)', samples, 'sync'],
      ['sort: click → DOM updated (sort + re-render of the page of rows)', samples, 'dom'],
      ['sort: click → frame rendered', samples, 'frame'],
      ['floor: plain-JS copy of the rows, reversed → frame', floor, 'frame'],
    ]);
    printProfile(traced, 'sort');
    console.log(`(${samples.filter((s) => s.moved).length} of ${samples.length} sorts changed the first rows on screen)`);
    floorBudget('contracts: sort 5,000 p95 (click → frame)', samples, floor);
  } finally {
    await context.close();
    if (errors.length) throw new Error(`page errors on /contracts: ${errors.join('; ')}`);
  }
}

// ---------------------------------------------------------------- storage

async function storageSection(browser, base, runs) {
  console.log('\n## Storage (a 2 MB workspace document)\n');
  const TWO_MB = 2 * 1024 * 1024;
  const data = scenarios(TWO_MB - 100);
  const raw = envelope(data);
  const key = wsKey('calculators');
  const seed = { [key]: raw };
  console.log(`document: ${key}, ${kb(raw.length)} (${data.scenarios.length} saved calculator scenarios)`);
  const { context, page, errors } = await openApp(browser, base, '/calculators/growth', { seed });
  // Times the app's own writes and reads of localStorage.
  await page.evaluate(() => {
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (k, v) {
      const r = set.call(this, k, v);
      window.__lastSet = { key: k, at: performance.now(), length: String(v).length };
      return r;
    };
  });
  await page.getByRole('button', { name: 'Save scenario' }).waitFor();
  const n = Math.max(runs, 5);

  // The app saving: "Save scenario" appends one and saves the whole document
  // (Store::save: read the stored revision, serde_json, setItem).
  const saves = await page.evaluate(async ({ n, key }) => {
    const B = window.__bench;
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Save scenario');
    const out = [];
    for (let i = 0; i < n; i++) {
      window.__lastSet = null;
      let t0 = 0;
      const r = await B.measure(() => { t0 = performance.now(); button.click(); }, () => window.__lastSet?.key === key);
      if (!r.ok) throw new Error('saving a scenario wrote nothing');
      out.push({ ...r, save: window.__lastSet.at - t0, length: window.__lastSet.length });
    }
    return out;
  }, { n, key });

  // The app loading: another tab saves the document; this tab's storage event
  // handler reloads it (Store::load: getItem, serde_json, migrations check)
  // and applies it. Timed from the event reaching the page (a listener added
  // before the app's) to a listener added after the app's.
  const other = await context.newPage();
  await other.goto(base + '/data');
  const loads = [];
  for (let i = 0; i < n; i++) {
    await page.evaluate(() => {
      window.__storageAt = null;
      window.__loaded = new Promise((resolve) => {
        // Added now, so it runs after the app's listener (added at start-up).
        window.addEventListener('storage', () => resolve(performance.now() - window.__storageAt), { once: true });
        setTimeout(() => resolve(-1), 10000);
      });
    });
    await other.evaluate(({ key }) => {
      const env = JSON.parse(localStorage.getItem(key));
      env.rev += 1;
      env.saved_at = new Date().toISOString();
      env.data.scenarios[0].name = `Renamed ${env.rev}`;
      localStorage.setItem(key, JSON.stringify(env));
    }, { key });
    const t = await page.evaluate(() => window.__loaded);
    if (t < 0) throw new Error('the app did not receive the other tab\'s save');
    loads.push({ load: t });
  }
  const renamed = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)).data.scenarios[0].name, key);

  // The browser's floor for the same size, in plain JS.
  const floor = await page.evaluate(({ n, raw }) => {
    const out = [];
    const value = JSON.parse(raw);
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      localStorage.setItem('bench.floor', JSON.stringify(value));
      const t1 = performance.now();
      JSON.parse(localStorage.getItem('bench.floor'));
      const t2 = performance.now();
      // What a copy of the stored text into wasm memory costs (UTF-8).
      new TextEncoder().encode(localStorage.getItem('bench.floor'));
      const t3 = performance.now();
      out.push({ save: t1 - t0, load: t2 - t1, copy: t3 - t2 });
    }
    localStorage.removeItem('bench.floor');
    return out;
  }, { n, raw });
  await context.close();
  if (errors.length) throw new Error(`page errors during the storage benchmark: ${errors.join('; ')}`);
  if (!renamed.startsWith('Renamed')) throw new Error('the other tab\'s save did not land');

  printTimes([
    ['app save: click "Save scenario" → setItem returned', saves, 'save'],
    ['app save: click → frame rendered', saves, 'frame'],
    ['app load: storage event → document reloaded and applied', loads, 'load'],
    ['browser floor: JSON.stringify + setItem', floor, 'save'],
    ['browser floor: getItem + JSON.parse', floor, 'load'],
    ['browser floor: getItem + UTF-8 copy (one crossing into wasm)', floor, 'copy'],
  ]);
  console.log(`(saved document: ${kb(saves[0].length)}; the app's load is its storage-event handler: getItem,\n` +
    ' serde_json into a Value and then into the document, comparison with the current one, signal set)');
  for (const [what, samples, key] of [['save', saves, 'save'], ['load', loads, 'load']]) {
    const app = stats(samples, key);
    const base = stats(floor, key);
    const ratio = app.p50 / base.p50;
    budget(`2 MB ${what} (app p50 / plain-JS floor p50)`, `${ratio.toFixed(2)}× (${ms(app.p50)} / ${ms(base.p50)}; max ${ms(app.max)})`,
      `≤ ${FLOOR_LIMIT}×`, ratio <= FLOOR_LIMIT);
  }
}


// ---------------------------------------------------------------- import

/** 5,000 contracts as rows: the header, then client, service, value, start, expiry, status. */
function importRows(n) {
  const rows = [['Client', 'Service', 'Annual value', 'Start date', 'Expiry date', 'Status']];
  for (let i = 0; i < n; i++) {
    const y = 2020 + (i % 5);
    const m = String(1 + (i % 12)).padStart(2, '0');
    rows.push([`Client ${i}`, `Service ${i % 7}`, 100 + ((i * 37) % 5000) + 0.5, `${y}-${m}-01`, `${y + 2}-${m}-01`, i % 9 ? 'Active' : 'Renewed']);
  }
  return rows;
}

/** Time from choosing the file to the preview saying how many rows are ready. */
async function importOnce(browser, base, file) {
  const { context, page, errors } = await openApp(browser, base, '/contracts');
  try {
    await page.getByRole('button', { name: 'Import CSV' }).first().click();
    const input = page.getByLabel('Or choose a CSV file');
    await input.waitFor();
    await page.evaluate(() => {
      window.__importStart = 0;
      document.addEventListener('change', () => { window.__importStart = performance.now(); }, { capture: true, once: true });
    });
    await input.setInputFiles(file);
    await page.waitForFunction(() => (document.querySelector('.import-summary')?.textContent ?? '') !== '', null, { timeout: 60000 });
    const took = await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(performance.now() - window.__importStart))));
    const summary = await page.locator('.import-summary').innerText();
    if (!/^5,000 rows ready/.test(summary)) throw new Error(`the preview does not show 5,000 rows ready: "${summary}"`);
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    return took;
  } finally {
    await context.close();
  }
}

async function importSection(browser, base, runs) {
  console.log(`\n## Import: 5,000 contracts, choose the file → preview shown (${runs} runs each)\n`);
  const rows = importRows(5000);
  const csv = Buffer.from(rows.map((r) => r.join(',')).join('\r\n'), 'utf8');
  const book = xlsx(rows);
  console.log(`files: CSV ${kb(csv.length)}, xlsx ${kb(book.length)}`);
  const times = { csv: [], xlsx: [] };
  for (let i = 0; i < runs; i++) {
    times.csv.push(await importOnce(browser, base, { name: 'contracts.csv', mimeType: 'text/csv', buffer: csv }));
    times.xlsx.push(await importOnce(browser, base, {
      name: 'contracts.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: book,
    }));
  }
  table(['file', 'n', 'p50', 'max'], [
    ['CSV', runs, ms(median(times.csv)), ms(Math.max(...times.csv))],
    ['xlsx', runs, ms(median(times.xlsx)), ms(Math.max(...times.xlsx))],
  ]);
  // Issue 18: 5,000 contracts from an xlsx in < 1 s where the CSV took 0.61 s
  // on this machine: as a ratio to the CSV read in the same run, ≤ 1.6×.
  const ratio = median(times.xlsx) / median(times.csv);
  budget('import 5,000 contracts: xlsx p50 / CSV p50', `${ratio.toFixed(2)}× (${ms(median(times.xlsx))} / ${ms(median(times.csv))})`, '≤ 1.6×', ratio <= 1.6);
}

// ---------------------------------------------------------------- customers

/**
 * CDNOW_master.txt from the `lifetimes` 0.11.3 wheel on PyPI (the issue's
 * reference log), cached beside the tools; `null` when it cannot be had.
 */
function cdnowMaster() {
  const dir = path.join(process.env.HOLDFAST_TOOLS || path.join(os.homedir(), '.cache/holdfast-tools'), 'cdnow');
  const file = path.join(dir, 'CDNOW_master.txt');
  if (fs.existsSync(file)) return file;
  fs.mkdirSync(dir, { recursive: true });
  const py = (args) => spawnSync('python3', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const got = py(['-m', 'pip', 'download', '--no-deps', '-q', '-d', dir, 'lifetimes==0.11.3']);
  if (got.status !== 0) return null;
  const unzip = py(['-c', `import glob, zipfile
w = glob.glob('*.whl')[0]
open('CDNOW_master.txt', 'wb').write(zipfile.ZipFile(w).read('lifetimes/datasets/CDNOW_master.txt'))`]);
  return unzip.status === 0 && fs.existsSync(file) ? file : null;
}

/** One import of the log on /customers, timed inside the page. */
async function customersOnce(browser, base, file) {
  const { context, page, errors } = await openApp(browser, base, '/customers');
  try {
    await page.evaluate(() => {
      const seen = (window.__seen = {});
      const marks = { preview: '.import-summary', heat: 'table.cust-retention', params: 'table.cust-bgnbd', holdout: '.cust-holdout svg[role="img"]' };
      new MutationObserver(() => {
        for (const [k, sel] of Object.entries(marks)) {
          if (!seen[k] && document.querySelector(sel)?.textContent !== undefined) seen[k] = performance.now();
        }
      }).observe(document.body, { childList: true, subtree: true });
      document.addEventListener('change', () => { seen.chosen ??= performance.now(); }, { capture: true });
      document.addEventListener('click', () => { seen.confirmed = performance.now(); }, { capture: true });
    });
    await page.getByRole('button', { name: 'Import a transaction log' }).click();
    await page.getByLabel('Or choose a CSV file').setInputFiles(file);
    const use = page.getByRole('button', { name: /^Use these [\d,]+ purchases$/ });
    await use.waitFor({ timeout: 60000 });
    const summary = await page.locator('.import-summary').innerText();
    if (!/^69,659 rows ready/.test(summary)) throw new Error(`the preview does not show 69,659 rows ready: "${summary}"`);
    await use.click();
    await page.locator('.cust-holdout svg[role="img"]').waitFor({ timeout: 120000 });
    // The heat-map redrawn: quarter → month, from the change to the next frame.
    const period = page.locator('select').filter({ has: page.locator('option[value="quarter"]') });
    await period.selectOption('quarter');
    await page.locator('table.cust-retention tbody tr').first().waitFor();
    const redraw = await page.evaluate(() => new Promise((resolve) => {
      const select = [...document.querySelectorAll('select')].find((s) => s.querySelector('option[value="quarter"]'));
      const start = performance.now();
      select.value = 'month';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      requestAnimationFrame(() => resolve({ ms: performance.now() - start, rows: document.querySelectorAll('table.cust-retention tbody tr').length }));
    }));
    const r = await page.evaluate(() => ({ seen: window.__seen }));
    const stored = await page.evaluate(() => (localStorage.getItem('holdfast.ws.default.customers') ?? '').length);
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    const { seen } = r;
    return {
      read: seen.preview - seen.chosen,
      heat: seen.heat - seen.confirmed,
      params: seen.params - seen.confirmed,
      total: seen.preview - seen.chosen + seen.params - seen.confirmed,
      holdout: seen.holdout - seen.confirmed,
      redraw: redraw.ms, cohorts: redraw.rows, stored,
    };
  } finally {
    await context.close();
  }
}

async function customersSection(browser, base, runs) {
  const file = cdnowMaster();
  const what = 'CDNOW master log imported, summarised and fitted';
  if (!file) {
    notMeasured(what, '< 2 s', 'CDNOW_master.txt could not be fetched (python3 -m pip download lifetimes==0.11.3)');
    return;
  }
  console.log(`\n## Customers: CDNOW master (69,659 transactions, 23,570 customers) → heat-map, fitted parameters (${runs} runs)\n`);
  const buffer = fs.readFileSync(file);
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await customersOnce(browser, base, { name: 'CDNOW_master.txt', mimeType: 'text/plain', buffer }));
  const col = (k) => all.map((r) => r[k]);
  table(['step', 'n', 'p50', 'max'], [
    ['choose the file → preview', runs, ms(median(col('read'))), ms(Math.max(...col('read')))],
    ['"Use these" → heat-map', runs, ms(median(col('heat'))), ms(Math.max(...col('heat')))],
    ['"Use these" → BG/NBD and Gamma-Gamma shown', runs, ms(median(col('params'))), ms(Math.max(...col('params')))],
    ['"Use these" → holdout chart', runs, ms(median(col('holdout'))), ms(Math.max(...col('holdout')))],
    [`heat-map redrawn (${all[0].cohorts} monthly cohorts), change → next frame`, runs, ms(median(col('redraw'))), ms(Math.max(...col('redraw')))],
  ]);
  console.log(`stored: ${kb(all[0].stored * 2)} in localStorage (${all[0].stored.toLocaleString('en')} UTF-16 characters)`);
  const total = median(col('total'));
  budget(`${what} (preview + fit)`, ms(total), '< 2 s (issue 19, absolute)', total < 2000);
  const redraw = median(col('redraw'));
  budget('heat-map redrawn (month ↔ quarter), change → next frame', ms(redraw), '≤ 1 frame (16.7 ms) + the frame wait: < 33 ms', redraw < 33.4);
}

// ---------------------------------------------------------------- main

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const on = (s) => opts.only.includes(s);
  console.log('# Holdfast benchmark');
  console.log(`app: ${path.relative(root, opts.app) || '.'}   baseline: ${path.relative(root, opts.baseline)}   ` +
    `node ${process.version}   ${new Date().toISOString()}`);
  const load = os.loadavg()[0];
  const cores = os.cpus().length;
  console.log(`machine: ${cores} cores, load average ${load.toFixed(1)}` +
    (load > cores * 0.5 ? '  (busy: timings are inflated; compare them with the floors printed next to them)' : ''));
  const app = assets(opts.app);
  const base = assets(opts.baseline);
  if (on('bytes')) bytesSection(app, base);

  const appServer = await serve(opts.app, app);
  const baseServer = await serve(opts.baseline, base);
  const browser = await launch();
  console.log(`browser: Chromium ${browser.version()}`);
  try {
    if (on('load')) await loadSection(browser, appServer, baseServer, opts.runs);
    if (on('growth')) await growthSection(browser, appServer.url, opts.edits, opts.interactionCpu);
    if (on('onboarding')) await onboardingSection(browser, appServer.url, opts.edits, opts.interactionCpu);
    if (on('contracts')) await contractsSection(browser, appServer.url, opts.edits, opts.interactionCpu);
    if (on('import')) await importSection(browser, appServer.url, opts.runs);
    if (on('customers')) await customersSection(browser, appServer.url, opts.runs);
    if (on('storage')) await storageSection(browser, appServer.url, opts.runs);
  } finally {
    await browser.close();
    await appServer.close();
    await baseServer.close();
  }

  console.log('\n## Budgets\n');
  table(['figure', 'measured', 'budget', 'result'], summary);
  const failed = summary.filter((r) => r[3] === 'FAIL').length;
  const unmeasured = summary.filter((r) => String(r[1]).startsWith('not measured')).length;
  console.log(`\n${summary.filter((r) => r[3] === 'PASS').length} pass, ${failed} fail, ${unmeasured} not measured` +
    ' (a report: failed budgets do not change the exit code).');
}

main().catch((err) => {
  console.error(`\nbenchmark broke: ${err.stack || err}`);
  process.exit(1);
});
