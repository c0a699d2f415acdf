#!/usr/bin/env bash
# Builds Holdfast (release, scripts/build.sh) and serves it on
# http://127.0.0.1:8080, installing any missing tool first.
#
#   scripts/serve.sh [--port N] [--host ADDR] [--no-build]
#
# --port 0 picks a free port; the URL is printed ("Serving on <url>").
# No live reload: run it again after a change (an unchanged build takes
# seconds). The served build is the release build, strict CSP included.
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
cd "$HOLDFAST_ROOT"

port=${PORT:-8080}
host=127.0.0.1
build=1
while [ $# -gt 0 ]; do
  case "$1" in
    --port) port=$2; shift 2 ;;
    --host) host=$2; shift 2 ;;
    --no-build) build=; shift ;;
    *) die "unknown option $1 (scripts/serve.sh [--port N] [--host ADDR] [--no-build])" ;;
  esac
done

if [ -n "$build" ]; then
  "$HOLDFAST_ROOT/scripts/build.sh"
else
  ensure_node
fi
exec node "$HOLDFAST_ROOT/scripts/serve.mjs" --dir "$HOLDFAST_ROOT/dist" --host "$host" --port "$port"
