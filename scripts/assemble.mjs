// Writes the static site (dist/) around the built WebAssembly (scripts/build.sh):
//
//   node scripts/assemble.mjs --pkg target/pkg-cache --out dist
//
// 1. The module and its chunks go to pkg-<hash>/, a folder named by their
//    contents: wasm-split's loader fetches chunks next to itself, and a new
//    build never reuses an old build's cached files.
// 2. index.html (the template at the crate root): the stylesheets are joined
//    into one hashed file (one request instead of seven on a 150 ms round
//    trip), the module script becomes the hashed loader (assets/loader.js,
//    with the chunk map of every route), the main module and its bindings are
//    preloaded from the head, and the service-worker registration is deferred.
// 3. The Content-Security-Policy is added as a <meta> tag: own origin only,
//    'wasm-unsafe-eval' for the modules, no inline script; inline style
//    attributes only (charts and bars set sizes through them).
// 4. sw.js, the offline service worker, is written with the list of every
//    file (every chunk included) and a version derived from their contents:
//    a new build is a new cache, never a mix of two versions.

import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function args(argv) {
  const opts = { pkg: path.join(root, 'target/pkg-cache'), out: path.join(root, 'dist') };
  for (let i = 0; i < argv.length; i += 2) {
    if (argv[i] === '--pkg') opts.pkg = path.resolve(argv[i + 1]);
    else if (argv[i] === '--out') opts.out = path.resolve(argv[i + 1]);
    else fail(`unknown option ${argv[i]}`);
  }
  return opts;
}

function fail(message) {
  console.error(`assemble: ${message}`);
  process.exit(1);
}

const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * Which chunk each route prefix needs: the wasm-split module names of
 * src/ui/chunks.rs (`#[wasm_split(<name>, ..)]`) by the routes of
 * src/ui/app.rs that use them. The browser tests check that every route
 * fetches its chunks from the head.
 */
const ROUTE_CHUNKS = [
  ['/calculators', 'calculators'],
  ['/contracts', 'contracts'],
  ['/customers', 'customers'],
  ['/loyalty', 'loyalty'],
  ['/onboarding', 'onboarding'],
  ['/data', 'data'],
  ['/report', 'data'],
];

const hash = (data, n = 16) => crypto.createHash('sha256').update(data).digest('hex').slice(0, n);

/**
 * The files each split module needs, from wasm-split's loader: its own
 * `split_<name>.wasm` and the shared `chunk_*.wasm` it depends on.
 */
function splitFiles(loaderJs) {
  const chunkFile = new Map();
  for (const m of loaderJs.matchAll(/const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+\.wasm)"/g)) {
    chunkFile.set(m[1], m[2]);
  }
  const splits = new Map();
  const exportRe = /export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(([\s\S]*?), \[([^\]]*)\]\)\);/g;
  for (const m of loaderJs.matchAll(exportRe)) {
    const own = m[2].match(/"\.\/([^"]+\.wasm)"/);
    const deps = m[3].split(',').map((s) => s.trim()).filter(Boolean).map((d) => {
      if (!chunkFile.has(d)) fail(`wasm-split loader: unknown dependency ${d}`);
      return chunkFile.get(d);
    });
    splits.set(m[1], [...(own ? [own[1]] : []), ...deps]);
  }
  return splits;
}

function walk(dir, sub = '') {
  return fs.readdirSync(path.join(dir, sub), { withFileTypes: true }).flatMap((e) => {
    const rel = path.posix.join(sub, e.name);
    return e.isDirectory() ? walk(dir, rel) : [rel];
  });
}

function main() {
  const { pkg, out } = args(process.argv.slice(2));
  if (!fs.existsSync(path.join(pkg, 'holdfast_bg.wasm'))) fail(`${pkg} holds no holdfast_bg.wasm: run scripts/build.sh`);
  const tmp = `${out}.tmp`;
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.mkdirSync(tmp, { recursive: true });

  // 1. The modules, in a folder named by their contents.
  const pkgFiles = fs.readdirSync(pkg).filter((f) => !f.startsWith('.')).sort();
  const pkgDigest = crypto.createHash('sha256');
  for (const f of pkgFiles) pkgDigest.update(f).update(fs.readFileSync(path.join(pkg, f)));
  const pkgDir = `pkg-${pkgDigest.digest('hex').slice(0, 16)}`;
  fs.mkdirSync(path.join(tmp, pkgDir));
  for (const f of pkgFiles) fs.copyFileSync(path.join(pkg, f), path.join(tmp, pkgDir, f));

  const splits = splitFiles(fs.readFileSync(path.join(pkg, '__wasm_split.js'), 'utf8'));
  const routes = ROUTE_CHUNKS.map(([prefix, name]) => {
    const files = splits.get(name);
    if (!files) fail(`wasm-split wrote no chunk "${name}" (have: ${[...splits.keys()].join(', ')})`);
    return [prefix, files];
  });
  for (const name of splits.keys()) {
    if (!ROUTE_CHUNKS.some(([, n]) => n === name)) fail(`chunk "${name}" is used by no route in ROUTE_CHUNKS`);
  }

  // 2. index.html and what it links.
  let html = fs.readFileSync(path.join(root, 'index.html'), 'utf8');
  html = html.replace(/\s*<!-- scripts\/assemble\.mjs[\s\S]*?-->/, '');
  const sheets = [...html.matchAll(/<link rel="stylesheet" href="\/([^"]+\.css)">\s*/g)];
  if (!sheets.length) fail('index.html links no stylesheet');
  const css = sheets.map((m) => fs.readFileSync(path.join(root, m[1]), 'utf8')).join('\n');
  const cssName = `app-${hash(css)}.css`;
  fs.writeFileSync(path.join(tmp, cssName), css);
  const integrity = 'sha384-' + crypto.createHash('sha384').update(css).digest('base64');
  sheets.forEach((m, i) => {
    html = html.replace(m[0], i === 0 ? `<link rel="stylesheet" href="/${cssName}" integrity="${integrity}">\n  ` : '');
  });

  const loader = fs.readFileSync(path.join(root, 'assets/loader.js'), 'utf8')
    .replace("'__PKG__'", JSON.stringify(`/${pkgDir}/`))
    .replace('__ROUTES__', JSON.stringify(routes));
  const loaderName = `loader-${hash(loader)}.js`;
  fs.writeFileSync(path.join(tmp, loaderName), loader);
  const preloads = [
    `<link rel="modulepreload" href="/${pkgDir}/holdfast.js">`,
    `<link rel="preload" href="/${pkgDir}/holdfast_bg.wasm" as="fetch" type="application/wasm" crossorigin="anonymous">`,
  ].join('\n  ');
  html = html.replace('<script type="module" src="/loader.js"></script>',
    `${preloads}\n  <script type="module" src="/${loaderName}"></script>`);

  const register = fs.readFileSync(path.join(root, 'assets/sw-register.js'), 'utf8');
  const registerName = `sw-register-${hash(register)}.js`;
  fs.writeFileSync(path.join(tmp, registerName), register);
  html = html.replace('<script defer src="/sw-register.js"></script>', `<script defer src="/${registerName}"></script>`);

  fs.copyFileSync(path.join(root, 'style/icon.svg'), path.join(tmp, 'icon.svg'));
  fs.copyFileSync(path.join(root, 'assets/manifest.webmanifest'), path.join(tmp, 'manifest.webmanifest'));

  // 3. The policy; no inline script may be left.
  if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) fail('an inline script is left in index.html');
  for (const m of html.matchAll(/(?:href|src)="\/([^"]+)"/g)) {
    if (!fs.existsSync(path.join(tmp, m[1]))) fail(`index.html links /${m[1]}, which was not written`);
  }
  html = html.replace('<head>', `<head>\n  <meta http-equiv="Content-Security-Policy" content="${CSP}">`);
  fs.writeFileSync(path.join(tmp, 'index.html'), html);

  // 4. The service worker: precache every file; navigations get this
  //    version's index.html; other same-origin GETs come from the cache first.
  const files = walk(tmp).filter((f) => f !== 'sw.js').sort();
  const digest = crypto.createHash('sha256');
  for (const f of files) digest.update(f).update(fs.readFileSync(path.join(tmp, f)));
  const version = 'holdfast-' + digest.digest('hex').slice(0, 16);
  const assets = ['/', ...files.map((f) => '/' + f)];
  fs.writeFileSync(path.join(tmp, 'sw.js'), `// Generated by scripts/assemble.mjs: do not edit.
const VERSION = ${JSON.stringify(version)};
const ASSETS = ${JSON.stringify(assets)};
self.addEventListener('install', (e) => {
  e.waitUntil(caches.open(VERSION).then((c) => c.addAll(ASSETS)));
});
self.addEventListener('activate', (e) => {
  e.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('holdfast-') && k !== VERSION).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});
self.addEventListener('message', (e) => {
  if (e.data === 'skip-waiting') self.skipWaiting();
});
self.addEventListener('fetch', (e) => {
  const req = e.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  if (url.origin !== self.location.origin) return;
  if (req.mode === 'navigate') {
    e.respondWith(caches.open(VERSION).then((c) => c.match('/index.html')).then((r) => r || fetch(req)));
    return;
  }
  e.respondWith(caches.open(VERSION).then((c) => c.match(req)).then((r) => r || fetch(req)));
});
`);

  fs.rmSync(out, { recursive: true, force: true });
  fs.renameSync(tmp, out);
  const size = (f) => fs.statSync(path.join(out, f)).size;
  for (const f of walk(out)) console.error(`  ${f.padEnd(48)} ${String(size(f)).padStart(9)} B`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
