#!/usr/bin/env bash
# Runs every benchmark (issue 9) and prints one table; also writes it into docs/performance.md.
#
# Usage: bash scripts/bench.sh [--no-write]
#   1. the browser build (scripts/build-wasm.sh), which prints the sizes (dist/sizes.json)
#   2. native: `cargo bench --bench speed` (each seed draft and a 10 MB concatenation; time per rule)
#   3. browser: bench/browser.mjs in Debian's Chromium — cold start and warm check of report-check's
#      wasm and of the peers @huacnlee/autocorrect and zhlint (installed in bench/ only), on
#      seed-003; keystroke latency on the checking page
#   4. Node: bench/node-cold.mjs — load+compile and first check of the wasm in fresh processes with V8
#      on one thread (a steadier cold-start figure than the browser's on a small shared machine)
# Installs what a fresh machine lacks. Figures (JSON) land in tests/artifacts/bench-*.json.
# Not part of the test run (timings are not asserted); tests run the benchmark code once, untimed.
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
WRITE=1
for arg in "$@"; do
  case "$arg" in
    --no-write) WRITE=0 ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

ensure_rust
bash scripts/build-wasm.sh
ensure_chromium
if [ ! -f bench/node_modules/.package-lock.json ] || [ bench/package-lock.json -nt bench/node_modules/.package-lock.json ]; then
  say "npm ci (bench/: the peers)"
  (cd bench && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
mkdir -p tests/artifacts

say "native: cargo bench --bench speed"
cargo bench --quiet --bench speed -- --json | tee tests/artifacts/bench-native.txt >&2
tail -n 1 tests/artifacts/bench-native.txt >tests/artifacts/bench-native.json

say "browser: bench/browser.mjs (Chromium)"
node bench/browser.mjs --json tests/artifacts/bench-browser.json >/dev/null

say "Node: cold start on one thread (bench/node-cold.mjs)"
node bench/node-cold.mjs | tee tests/artifacts/bench-node-cold.txt

say "results"
ARGS=()
[ "$WRITE" = 1 ] && ARGS=(--write docs/performance.md)
node bench/table.mjs tests/artifacts/bench-native.json tests/artifacts/bench-browser.json dist/sizes.json "${ARGS[@]}"
