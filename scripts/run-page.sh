#!/usr/bin/env bash
# The main job: builds the checking page and serves it on localhost; open the printed URL.
#
# Usage: bash scripts/run-page.sh [--offline] [--port N]
#   (default)   build, then serve dist/site/ on http://127.0.0.1:PORT/ (default 8080) until Ctrl+C
#   --offline   build, then print the path of dist/report-check.html, the single file that works
#               from file:// with no server (copy it anywhere, open it in a browser)
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
OFFLINE=0
PORT=8080
while [ $# -gt 0 ]; do
  case "$1" in
    --offline) OFFLINE=1 ;;
    --port) PORT="$2"; shift ;;
    *) echo "unknown option: $1 (use --offline or --port N)" >&2; exit 2 ;;
  esac
  shift
done
bash scripts/build-wasm.sh >&2
if [ "$OFFLINE" = 1 ]; then
  echo "$ROOT/dist/report-check.html"
  exit 0
fi
say "serving dist/site (Ctrl+C stops)"
exec node www/serve.mjs dist/site "$PORT"
