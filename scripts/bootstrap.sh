#!/usr/bin/env bash
# Installs what Holdfast needs, idempotently, cached by version under
# $HOLDFAST_TOOLS (default ~/.cache/holdfast-tools). Source it, then call the
# ensure_* functions; each says what it does and skips what is already there.
#
# Tools are installed here from the registries (crates.io, npm, Debian) and put
# first on PATH; nothing is downloaded at build time.
#
# HOLDFAST_WASM_ROUTE=debian forces the Debian rustc-web + build-std route for
# the wasm standard library (it is taken automatically when rustup cannot add
# the wasm32 target).

set -euo pipefail

HOLDFAST_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TOOLS=${HOLDFAST_TOOLS:-$HOME/.cache/holdfast-tools}
WASM_SPLIT_VERSION=0.2.4
BINARYEN_VERSION=132
BIN="$TOOLS/bin"
mkdir -p "$BIN"
export PATH="$BIN:$PATH"
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
# Where the wasm build goes (each route its own: a change of toolchain or
# flags rebuilds everything).
WASM_TARGET_DIR="$HOLDFAST_ROOT/target/wasm"
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
  )
  WASM_TARGET_DIR="$HOLDFAST_ROOT/target/debian-web"
  # build-std needs the standard library's own dependencies (dlmalloc,
  # libc, ...): fetch them first (once; cached).
  fetch_wasm_deps "$HOLDFAST_ROOT/Cargo.toml"
}

# Downloads what a wasm build of the manifest given needs, std's dependencies
# included on the build-std route, so that the offline build finds them.
fetch_wasm_deps() {
  [ ${#WASM_ENV[@]} -eq 0 ] && return 0
  say "Fetching the crates for the wasm build of ${1#"$HOLDFAST_ROOT/"} (standard library included)"
  env "${WASM_ENV[@]}" cargo fetch --target wasm32-unknown-unknown --manifest-path "$1" >&2
}

# wasm-split (the splitter cargo-leptos uses), from crates.io.
ensure_wasm_split() {
  ensure_cargo
  local root="$TOOLS/wasm-split-$WASM_SPLIT_VERSION"
  if [ ! -x "$root/bin/wasm-split-cli" ]; then
    say "Installing wasm-split-cli $WASM_SPLIT_VERSION (about 2 CPU-minutes, once)"
    cargo install --locked "wasm_split_cli_support@$WASM_SPLIT_VERSION" --features build-binary --root "$root" >&2
  fi
  link_tool "$root/bin/wasm-split-cli" wasm-split-cli
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
  ensure_node
  ensure_wasm_target
  ensure_wasm_split
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

# wasm-opt -Oz, in place, on every module given, as many at once as there are
# cores. The features are those the wasm32 target enables by default.
optimize_wasm() {
  printf '%s\n' "$@" | xargs -P "$(nproc)" -I{} wasm-opt -Oz \
    --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue \
    {} -o {}
}
