#!/usr/bin/env bash
# Benchmarks Holdfast against the framework's floor (bench/baseline, a Leptos
# hello-world built with the same profile): bytes, cold load on a throttled
# network and CPU, interaction and storage times, each printed next to its
# budget. A report, not a test: failed budgets still exit 0.
#
#   scripts/bench.sh [--no-build] [bench.mjs options: --runs N --edits N --only LIST ...]
#
# Builds the release app into dist/ and the baseline into bench/baseline/dist/
# (its own target dir: bench/baseline/target, or $HOLDFAST_BASELINE_TARGET).
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
cd "$HOLDFAST_ROOT"

build=1
if [ "${1:-}" = "--no-build" ]; then build=; shift; fi

ensure_build_tools
ensure_browser_test_deps

if [ -n "$build" ]; then
  "$HOLDFAST_ROOT/scripts/build.sh"
  say "Release build of the baseline into bench/baseline/dist/"
  # The baseline is its own workspace; its lock file pins the versions of
  # Holdfast's Cargo.lock (leptos, wasm-bindgen) at the time it was written.
  # Same profile, same flags (.cargo/config.toml), same wasm-bindgen and
  # wasm-opt as the app; one module, nothing to split (so no relocations).
  baseline="$HOLDFAST_ROOT/bench/baseline"
  baseline_target=${HOLDFAST_BASELINE_TARGET:-$baseline/target}
  fetch_wasm_deps "$baseline/Cargo.toml"
  (cd "$baseline" && env "${WASM_ENV[@]+"${WASM_ENV[@]}"}" CARGO_TARGET_DIR="$baseline_target" \
    cargo build --release --target wasm32-unknown-unknown >&2)
  rm -rf "$baseline/dist"
  wasm-bindgen --target web --no-typescript --out-name holdfast_baseline --out-dir "$baseline/dist" \
    "$baseline_target/wasm32-unknown-unknown/release/holdfast-baseline.wasm"
  optimize_wasm "$baseline/dist/holdfast_baseline_bg.wasm"
  cp "$baseline/index.html" "$baseline/start.js" "$baseline/dist/"
fi

say "Running bench/bench.mjs (headless Chromium; takes a few minutes)"
node "$HOLDFAST_ROOT/bench/bench.mjs" "$@"
