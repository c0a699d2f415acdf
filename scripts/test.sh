#!/usr/bin/env bash
# Runs every test: formatting, lints, native tests (domain, storage), then the
# release build driven in headless Chromium. Installs what is missing first.
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
cd "$HOLDFAST_ROOT"
ensure_cargo
ensure_build_tools
ensure_browser_test_deps

# A one-off run gains nothing from incremental caches (2.6 GB of them).
if [[ -n "${CI:-}" ]]; then export CARGO_INCREMENTAL=0; fi

say "cargo fmt --check"
cargo fmt --all -- --check
say "cargo clippy (native, all targets)"
cargo clippy --all-targets --quiet -- -D warnings
say "cargo test (native)"
cargo test --quiet 2>&1 | tee /tmp/holdfast-native-tests.log
say "Release build (scripts/build.sh)"
"$HOLDFAST_ROOT/scripts/build.sh"
say "Browser tests (headless Chromium; serve.test.mjs runs scripts/serve.sh)"
cd tests/browser
node --test --test-concurrency=1 ./*.test.mjs
