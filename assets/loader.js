// Starts Holdfast. scripts/assemble.mjs writes the built copy (hashed name)
// with PKG, the folder of this build's WebAssembly, and ROUTES, the chunks
// each route needs (read from wasm-split's loader).
//
// 1. A deep link's chunks are preloaded at once, beside the main module
//    (index.html preloads that one): the screen's code arrives while the
//    main module compiles, instead of being asked for afterwards.
// 2. The main module's bindings are imported and started. The bindings are
//    kept on window.wasmBindings (a panic drill for the tests lives there).
const PKG = '__PKG__';
const ROUTES = __ROUTES__;

const path = location.pathname;
const route = ROUTES.find(([prefix]) => path === prefix || path.startsWith(prefix + '/'));
for (const file of route ? route[1] : []) {
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.type = 'application/wasm';
  link.crossOrigin = 'anonymous';
  link.href = PKG + file;
  document.head.append(link);
}

import(PKG + 'holdfast.js').then(async (bindings) => {
  window.wasmBindings = bindings;
  await bindings.default();
});
