// Trunk post-build hook (see Trunk.toml): makes the built index.html fit a
// strict Content-Security-Policy.
// 1. Trunk writes its wasm loader as an inline <script type="module">; it is
//    moved to a content-hashed file so that no inline script is needed.
// 2. The policy is added as a <meta> tag: own origin only, 'wasm-unsafe-eval'
//    for the module, no inline script; inline style attributes only (charts
//    and bars set sizes through them).

import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('post_build: TRUNK_STAGING_DIR is not set (run through trunk)');
  process.exit(1);
}
const indexPath = path.join(dir, 'index.html');
let html = fs.readFileSync(indexPath, 'utf8');

export const CSP = [
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

const inline = /<script type="module">([\s\S]*?)<\/script>/;
const match = html.match(inline);
if (match) {
  const code = match[1].trim() + '\n';
  const hash = crypto.createHash('sha256').update(code).digest('hex').slice(0, 16);
  const name = `loader-${hash}.js`;
  fs.writeFileSync(path.join(dir, name), code);
  html = html.replace(inline, `<script type="module" src="/${name}"></script>`);
}
if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) {
  console.error('post_build: an inline script is left in index.html');
  process.exit(1);
}
if (!html.includes('Content-Security-Policy')) {
  html = html.replace('<head>', `<head>\n  <meta http-equiv="Content-Security-Policy" content="${CSP}">`);
}
fs.writeFileSync(indexPath, html);
