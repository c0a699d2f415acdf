// A static host for dist/, as any static host would serve it: files as they
// are, index.html for a path that names no file (deep links), 404 for a
// missing file (a lost chunk fails as it would in production). Hashed files
// are cached for good; index.html and sw.js are revalidated.
//
//   node scripts/serve.mjs [--dir dist] [--host 127.0.0.1] [--port 8080]
//
// --port 0 picks a free port. The first line printed is "Serving on <url>".
// The browser tests start the same server in-process (startServer).

import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json', '.png': 'image/png', '.ico': 'image/x-icon',
};

/** Serves `dir`; resolves to { url, close } once listening. */
export function startServer(dir, { host = '127.0.0.1', port = 0 } = {}) {
  dir = path.resolve(dir);
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`${dir}/index.html is missing: build the app first (scripts/build.sh)`);
  }
  const server = http.createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let file = path.join(dir, pathname);
    const exists = file.startsWith(dir + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile();
    if (!exists) {
      if (path.posix.basename(pathname).includes('.')) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      file = path.join(dir, 'index.html');
    }
    const name = path.basename(file);
    const hashed = /-[0-9a-f]{16}[./]/.test(path.relative(dir, file) + '/');
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] || 'application/octet-stream',
      'cache-control': hashed ? 'public, max-age=31536000, immutable' : name === 'index.html' || name === 'sw.js' ? 'no-cache' : 'public, max-age=3600',
    });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: bound } = server.address();
      resolve({
        url: `http://${host}:${bound}`,
        close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(r); }),
      });
    });
  });
}

async function main() {
  const opts = { dir: 'dist', host: '127.0.0.1', port: 8080 };
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i].replace(/^--/, '');
    if (!(key in opts) || argv[i + 1] === undefined) {
      console.error(`serve: unknown option ${argv[i]} (--dir DIR --host HOST --port N)`);
      process.exit(2);
    }
    opts[key] = key === 'port' ? Number(argv[i + 1]) : argv[i + 1];
  }
  const { url } = await startServer(opts.dir, opts);
  console.log(`Serving on ${url} (Ctrl-C stops)`);
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(0));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(`serve: ${err.message}`);
    process.exit(1);
  });
}
