#!/usr/bin/env bash
# Builds Holdfast (release) and serves it on http://127.0.0.1:8080, installing
# any missing tool first. Extra arguments go to `trunk serve`.
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
ensure_build_tools
say "Serving on http://127.0.0.1:8080 (Ctrl-C stops)"
run_trunk serve --release --address 127.0.0.1 --port 8080 "$@"
