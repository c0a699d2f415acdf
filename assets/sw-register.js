// Registers the service worker that keeps Holdfast working offline (sw.js is
// generated at build time by scripts/assemble.mjs), and tells the app when
// a new version is installed and waiting: the app offers a reload, so a page
// never runs a mix of two versions.
(() => {
  if (!('serviceWorker' in navigator)) return;
  let waiting = null;
  let applying = false;
  const announce = (worker) => {
    waiting = worker;
    window.dispatchEvent(new CustomEvent('holdfast-update-ready'));
  };
  window.holdfastApplyUpdate = () => {
    if (waiting) {
      applying = true;
      waiting.postMessage('skip-waiting');
    } else {
      location.reload();
    }
  };
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (applying) location.reload();
  });
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').then((reg) => {
      if (reg.waiting && navigator.serviceWorker.controller) announce(reg.waiting);
      reg.addEventListener('updatefound', () => {
        const worker = reg.installing;
        if (!worker) return;
        worker.addEventListener('statechange', () => {
          if (worker.state === 'installed' && navigator.serviceWorker.controller) announce(worker);
        });
      });
    }).catch((err) => console.warn('Holdfast: offline use is unavailable here:', err && err.message));
  });
})();
