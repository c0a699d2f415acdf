// Where the main thread's time goes during an action, by function: a CPU
// profile (CDP, 50 µs samples) of `action` run in the page at `route`,
// printed as self time per function, costliest first. Wasm functions are
// named only in a build that kept its name section:
//
//   wasm-bindgen --target web --keep-debug --out-dir /tmp/wb --out-name <hashed name> \
//     target/wasm32-unknown-unknown/release/holdfast.wasm
//   # copy both files over a copy of dist/ and drop integrity="..." from its index.html
//   node bench/profile.mjs <dist> <route> '<async JS run in the page>'
//
// SEED=<file.json> writes {key: value} into localStorage first; TOP=N rows;
// FOCUS=<function> prints the callers of one function instead.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { chromium } = createRequire(path.join(root, 'tests/browser/package.json'))('playwright-core');
const dir = process.argv[2], route = process.argv[3], action = process.argv[4];
const server = http.createServer((req, res) => {
  let p = path.join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (!fs.existsSync(p) || fs.statSync(p).isDirectory()) p = path.join(dir, 'index.html');
  const ext = path.extname(p);
  const types = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.html': 'text/html' };
  res.writeHead(200, { 'content-type': types[ext] || 'application/octet-stream' });
  res.end(fs.readFileSync(p));
}).listen(0);
const port = server.address().port;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
if (process.env.SEED) {
  const seed = JSON.parse(fs.readFileSync(process.env.SEED, 'utf8'));
  await context.addInitScript((docs) => { if (!localStorage.getItem('s')) { for (const [k, v] of Object.entries(docs)) localStorage.setItem(k, v); localStorage.setItem('s', '1'); } }, seed);
}
const page = await context.newPage();
await page.goto(`http://127.0.0.1:${port}${route}`);
await page.waitForTimeout(1500);
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
await cdp.send('Profiler.start');
await page.evaluate(new Function('return (async () => {' + action + '})()'));
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas; let total = 0;
profile.samples.forEach((id, i) => { const n = byId.get(id); const name = n.callFrame.functionName || '(' + n.callFrame.url.split('/').pop() + ')'; const d = (dt[i] || 0) / 1000; total += d; self.set(name, (self.get(name) || 0) + d); });
if (process.env.FOCUS) {
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
  const chains = new Map();
  profile.samples.forEach((id, i) => {
    const n = byId.get(id);
    if (n.callFrame.functionName !== process.env.FOCUS) return;
    const names = []; let p = parent.get(id);
    while (p && names.length < 8) { const pn = byId.get(p); names.push(pn.callFrame.functionName.slice(0, 90)); p = parent.get(p); }
    const key = names.join(' <- ');
    chains.set(key, (chains.get(key) || 0) + (dt[i] || 0) / 1000);
  });
  for (const [k, v] of [...chains].sort((a, b) => b[1] - a[1]).slice(0, 6)) console.log(v.toFixed(1), k);
}
const top = [...self].filter(([k]) => !/\(idle\)|\(program\)/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP || 40));
for (const [k, v] of top) console.log(v.toFixed(1).padStart(8), k.slice(0, 160));
await browser.close(); server.close();
