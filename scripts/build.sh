#!/usr/bin/env bash
# Builds the release app into dist/, ready for any static host (serve
# index.html for unknown paths so deep links work). Installs missing tools.
#
#   scripts/build.sh [--out DIR]
#
# The pipeline (ARCHITECTURE.md, "Build"):
#   1. cargo build --release for wasm32 (relocations kept: --emit-relocs),
#      into target/wasm (the Debian fallback: target/debian-web);
#   2. wasm-split cuts the module at the #[wasm_split] functions of
#      src/ui/chunks.rs: a main module and one chunk per screen module;
#   3. wasm-bindgen writes the JS bindings of the main module;
#   4. wasm-opt -Oz on every .wasm, in parallel;
#   5. scripts/assemble.mjs writes index.html, the stylesheet, the loader
#      and the service worker around them.
# Steps 2-4 are skipped when the linked module has not changed since the last
# build (their output is kept in target/pkg-cache).
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
cd "$HOLDFAST_ROOT"

out="$HOLDFAST_ROOT/dist"
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out=$(realpath -m "$2"); shift 2 ;;
    *) die "unknown option $1 (scripts/build.sh [--out DIR])" ;;
  esac
done

ensure_build_tools

# RUSTFLAGS would replace every flag of .cargo/config.toml and the
# relocations added below: the build would be larger, then fail to split.
[ -z "${RUSTFLAGS:-}" ] || die "RUSTFLAGS is set ('$RUSTFLAGS'): unset it (the wasm flags are in .cargo/config.toml)"

target_dir=$WASM_TARGET_DIR
say "cargo build --release (wasm32)"
# The target's RUSTFLAGS variable adds to the config's list (it does not
# replace it): --emit-relocs keeps the linker's relocations for wasm-split.
env "${WASM_ENV[@]+"${WASM_ENV[@]}"}" CARGO_TARGET_DIR="$target_dir" \
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Clink-args=--emit-relocs" \
  cargo build --release --target wasm32-unknown-unknown --bin holdfast >&2
linked="$target_dir/wasm32-unknown-unknown/release/holdfast.wasm"
[ -f "$linked" ] || die "cargo wrote no $linked"

cache="$HOLDFAST_ROOT/target/pkg-cache"
key=$( (sha256sum "$linked" | cut -d" " -f1; echo "wasm-split $WASM_SPLIT_VERSION"; wasm-bindgen --version; wasm-opt --version; declare -f optimize_wasm) | sha256sum | cut -d' ' -f1)
if [ -f "$cache/.key" ] && [ "$(cat "$cache/.key")" = "$key" ]; then
  say "Split, bindings and wasm-opt: unchanged since the last build"
else
  rm -rf "$cache" "$cache.stage"
  mkdir -p "$cache" "$cache.stage"
  say "wasm-split"
  wasm-split-cli "$linked" "$cache.stage" --target web --out-name holdfast >&2
  say "wasm-bindgen (main module)"
  wasm-bindgen --target web --keep-lld-exports --no-demangle --no-typescript \
    --out-name holdfast --out-dir "$cache" "$cache.stage/holdfast.wasm" >&2
  cp "$cache.stage"/__wasm_split.js "$cache/"
  find "$cache.stage" -maxdepth 1 \( -name 'split_*.wasm' -o -name 'chunk_*.wasm' \) -exec cp {} "$cache/" \;
  rm -rf "$cache.stage"
  say "wasm-opt -Oz on $(ls "$cache"/*.wasm | wc -l) modules"
  optimize_wasm "$cache"/*.wasm
  echo "$key" > "$cache/.key"
fi

say "Assembling $out"
node "$HOLDFAST_ROOT/scripts/assemble.mjs" --pkg "$cache" --out "$out"
