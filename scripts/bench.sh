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
  say "Release build of the app into dist/"
  run_trunk build --release
  say "Release build of the baseline into bench/baseline/dist/"
  # The baseline is its own workspace; its lock file pins the versions of
  # Holdfast's Cargo.lock (leptos, wasm-bindgen) at the time it was written.
  baseline_target=${HOLDFAST_BASELINE_TARGET:-$HOLDFAST_ROOT/bench/baseline/target}
  fetch_wasm_deps "$HOLDFAST_ROOT/bench/baseline/Cargo.toml"
  (cd "$HOLDFAST_ROOT/bench/baseline" \
    && env "${WASM_ENV[@]+"${WASM_ENV[@]}"}" CARGO_TARGET_DIR="$baseline_target" trunk build --release)
fi

say "Running bench/bench.mjs (headless Chromium; takes a few minutes)"
node "$HOLDFAST_ROOT/bench/bench.mjs" "$@"
