#!/usr/bin/env bash
# Installs what Holdfast needs, idempotently, cached by version under
# $HOLDFAST_TOOLS (default ~/.cache/holdfast-tools). Source it, then call the
# ensure_* functions; each says what it does and skips what is already there.
#
# Tools are never downloaded at run time by Trunk: they are installed here from
# the registries (crates.io, npm, Debian) and put first on PATH.
#
# HOLDFAST_WASM_ROUTE=debian forces the Debian rustc-web + build-std route for
# the wasm standard library (it is taken automatically when rustup cannot add
# the wasm32 target).

set -euo pipefail

HOLDFAST_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TOOLS=${HOLDFAST_TOOLS:-$HOME/.cache/holdfast-tools}
TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132
BIN="$TOOLS/bin"
mkdir -p "$BIN"
export PATH="$BIN:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
export CARGO_TERM_PROGRESS_WHEN=never

say() { printf '==> %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

APT_UPDATED=
# Installs the Debian packages given that are not installed yet.
need_apt() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "Installing Debian packages: ${missing[*]}"
  if [ -z "$APT_UPDATED" ]; then as_root apt-get update -qq; APT_UPDATED=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

ensure_cargo() {
  command -v cargo >/dev/null || die "cargo not found: install rustup (https://rustup.rs) first"
  command -v cc >/dev/null || need_apt gcc libc6-dev
}

ensure_node() {
  command -v node >/dev/null && command -v npm >/dev/null && return 0
  need_apt nodejs npm
}

# Links a tool into $BIN, the directory put first on PATH.
link_tool() { ln -sf "$1" "$BIN/$2"; }

# The wasm32 standard library: rustup's target, or Debian's rustc-web with
# build-std. Sets WASM_ENV (a list of VAR=value for the wasm build only: the
# native tests must not see RUSTC_BOOTSTRAP or build-std).
WASM_ENV=()
ensure_wasm_target() {
  ensure_cargo
  local route=${HOLDFAST_WASM_ROUTE:-rustup}
  if [ "$route" = rustup ]; then
    if rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
      say "wasm32 target: rustup (already installed)"
      return 0
    fi
    say "wasm32 target: trying rustup target add (2 min limit)"
    if timeout 120 rustup target add wasm32-unknown-unknown >&2; then
      say "wasm32 target: rustup"
      return 0
    fi
    say "rustup could not add the wasm32 target: falling back to Debian's rustc-web with build-std"
  fi
  need_apt rustc-web cargo-web rust-web-src rust-web-llvm lld-22
  local dir="$TOOLS/debian-rust/bin"
  mkdir -p "$dir"
  ln -sf /usr/bin/cargo "$dir/cargo"
  ln -sf /usr/bin/rustc "$dir/rustc"
  ln -sf /usr/bin/rustdoc "$dir/rustdoc"
  say "wasm32 target: Debian $(/usr/bin/rustc --version) with build-std"
  WASM_ENV=(
    "PATH=$dir:$PATH"
    "RUSTC=/usr/bin/rustc"
    "RUSTC_BOOTSTRAP=1"
    "CARGO_UNSTABLE_BUILD_STD=std,panic_abort"
    "CARGO_TARGET_DIR=$HOLDFAST_ROOT/target/debian-web"
  )
  # Trunk builds with --offline, and build-std needs the standard library's
  # own dependencies (dlmalloc, libc, ...): fetch them first (once; cached).
  fetch_wasm_deps "$HOLDFAST_ROOT/Cargo.toml"
}

# Downloads what a wasm build of the manifest given needs, std's dependencies
# included on the build-std route, so that the offline build finds them.
fetch_wasm_deps() {
  [ ${#WASM_ENV[@]} -eq 0 ] && return 0
  say "Fetching the crates for the wasm build of ${1#"$HOLDFAST_ROOT/"} (standard library included)"
  env "${WASM_ENV[@]}" cargo fetch --target wasm32-unknown-unknown --manifest-path "$1" >&2
}

ensure_trunk() {
  ensure_cargo
  local root="$TOOLS/trunk-$TRUNK_VERSION"
  if [ ! -x "$root/bin/trunk" ]; then
    say "Installing Trunk $TRUNK_VERSION (about 16 CPU-minutes, once)"
    cargo install "trunk@$TRUNK_VERSION" --locked --root "$root" >&2
  fi
  link_tool "$root/bin/trunk" trunk
  say "Trunk: $("$BIN/trunk" --version)"
}

# The wasm-bindgen version Cargo.lock resolved.
locked_wasm_bindgen() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$HOLDFAST_ROOT/Cargo.lock"
}

ensure_wasm_bindgen() {
  ensure_cargo
  [ -f "$HOLDFAST_ROOT/Cargo.lock" ] || (cd "$HOLDFAST_ROOT" && cargo generate-lockfile)
  local version
  version=$(locked_wasm_bindgen)
  [ -n "$version" ] || die "no wasm-bindgen in Cargo.lock"
  grep -q "wasm_bindgen = \"$version\"" "$HOLDFAST_ROOT/Trunk.toml" \
    || die "Trunk.toml pins another wasm-bindgen than Cargo.lock's $version: update [tools] wasm_bindgen"
  local root="$TOOLS/wasm-bindgen-$version"
  if [ ! -x "$root/bin/wasm-bindgen" ]; then
    say "Installing wasm-bindgen-cli $version (about 7 CPU-minutes, once)"
    # Without --locked: its lock file names a crate version the mirror lacks.
    cargo install wasm-bindgen-cli --version "$version" --root "$root" >&2
  fi
  link_tool "$root/bin/wasm-bindgen" wasm-bindgen
  link_tool "$root/bin/wasm-bindgen-test-runner" wasm-bindgen-test-runner
  say "wasm-bindgen: $("$BIN/wasm-bindgen" --version)"
}

# wasm-opt from npm's binaryen: Debian's binaryen 108 produces broken modules.
ensure_wasm_opt() {
  ensure_node
  local root="$TOOLS/binaryen-$BINARYEN_VERSION"
  if [ ! -x "$root/node_modules/binaryen/bin/wasm-opt" ]; then
    say "Installing wasm-opt (npm binaryen@$BINARYEN_VERSION)"
    mkdir -p "$root"
    (cd "$root" && npm install --no-audit --no-fund --loglevel=error "binaryen@$BINARYEN_VERSION" >&2)
  fi
  link_tool "$root/node_modules/binaryen/bin/wasm-opt" wasm-opt
  say "wasm-opt: $("$BIN/wasm-opt" --version)"
}

ensure_build_tools() {
  ensure_wasm_target
  ensure_trunk
  ensure_wasm_bindgen
  ensure_wasm_opt
}

ensure_chromium() {
  need_apt chromium fonts-dejavu-core
  say "Chromium: $(/usr/bin/chromium --version 2>/dev/null || echo missing)"
}

# playwright-core (never a downloaded browser), from tests/browser's lock file.
ensure_browser_test_deps() {
  ensure_node
  ensure_chromium
  local dir="$HOLDFAST_ROOT/tests/browser"
  local stamp="$dir/node_modules/.lock-hash"
  local hash
  hash=$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$hash" ]; then
    say "Installing browser-test packages (npm ci in tests/browser)"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >&2)
    echo "$hash" > "$stamp"
  fi
}

# Runs trunk with the wasm environment chosen by ensure_wasm_target.
run_trunk() {
  (cd "$HOLDFAST_ROOT" && env "${WASM_ENV[@]+"${WASM_ENV[@]}"}" trunk "$@")
}
