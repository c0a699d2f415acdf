// The README's first command, as a new user runs it: scripts/serve.sh builds
// the app (nothing to do when dist/ is current) and serves it; the home page
// and a deep link load the app, and stopping the command frees the port.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, newContext, open } from './harness.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Starts scripts/serve.sh on a free port; resolves with its URL once it serves. */
function serve() {
  const child = spawn(path.join(root, 'scripts/serve.sh'), ['--port', '0'], {
    cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const url = new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => {
      log += d;
      const m = log.match(/Serving on (http:\/\/\S+)/);
      if (m) resolve(m[1]);
    });
    child.stderr.on('data', (d) => { log += d; });
    child.on('exit', (code) => reject(new Error(`serve.sh exited with ${code} before serving:\n${log}`)));
  });
  const stop = () => new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.on('exit', resolve);
    process.kill(-child.pid, 'SIGTERM');
  });
  return { url, stop };
}

test('scripts/serve.sh serves the app: the home page and a deep link load it, and it stops cleanly', async () => {
  const server = serve();
  let browser;
  try {
    const url = await server.url;
    for (const route of ['/', '/calculators/retention-rate']) {
      const res = await fetch(url + route);
      assert.equal(res.status, 200, route);
      const html = await res.text();
      assert.match(html, /<script type="module" src="\/loader-[0-9a-f]{16}\.js"><\/script>/, `${route} serves the built index.html`);
      assert.match(html, /Content-Security-Policy/, `${route} carries the policy`);
    }
    assert.equal((await fetch(url + '/pkg-0000000000000000/missing.wasm')).status, 404, 'a missing file is a 404, not the page');
    browser = await launch();
    const ctx = await newContext(browser, url);
    const home = await open(ctx.context, url, '/');
    assert.match(await home.locator('main h1').first().innerText(), /Keep the customers you have won/);
    const deep = await open(ctx.context, url, '/calculators/retention-rate');
    assert.match(await deep.locator('main h1').first().innerText(), /Retention rate/);
    assert.deepEqual(ctx.errors, []);
    assert.deepEqual(ctx.foreign, []);
    await server.stop();
    await assert.rejects(fetch(url + '/'), 'the port is closed once serve.sh stops');
  } finally {
    await browser?.close();
    await server.stop();
  }
});
