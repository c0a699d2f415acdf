#!/usr/bin/env bash
# Builds the release app into dist/, ready for any static host (serve
# index.html for unknown paths so deep links work).
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
ensure_build_tools
say "Building the release app into dist/"
run_trunk build --release "$@"
ls -l "$HOLDFAST_ROOT/dist" >&2
