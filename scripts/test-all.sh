#!/usr/bin/env bash
# Runs every test: formatting and lints, Rust unit and integration tests (with the corpus gate).
# Installs what a fresh machine lacks; quick when everything is there.
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
ensure_rust
ensure_rust_lints
command -v python3 >/dev/null || ensure_apt python3 python3

say "cargo fmt --check; cargo clippy --all-targets (warnings are errors)"
cargo fmt --check
cargo clippy --release --quiet --all-targets -- -D warnings

say "cargo test"
mkdir -p tests/artifacts
cargo test --release 2>&1 | tee tests/artifacts/cargo-test.log

say "corpus score (release CLI)"
cargo build --release --quiet
python3 ../shared/corpus/score.py --cmd 'target/release/report-check --format json {file}' ../shared/corpus/seeds | tail -n 3

say "reliability: memory is released between checks (benches/memory.rs)"
cargo bench --quiet --bench memory 2>&1

say "reliability: time grows linearly on adversarial drafts (benches/scaling.rs, fails when quadratic)"
cargo bench --quiet --bench scaling -- --quadratic-only 2>&1

# --- browser side: the wasm build (MVP-checked), then the page, the offline file, pkg/ and the OA-form
# validator (dist/validator/, tests/browser/validator.test.mjs, and in real editors:
# tests/browser/editors.test.mjs with the test-only packages of tests/editors/) in Chromium, and pkg/ on
# Node 14 (V8 8.4, the engine of Chromium 84–85: tests/browser/old-engine.test.mjs, tests/old-engine/) ---
say "wasm build (checked MVP by wasm-validate after wasm-bindgen and after wasm-opt)"
bash scripts/build-wasm.sh

say "browser tests (Debian's Chromium via playwright-core)"
ensure_chromium
ensure_editor_modules
ensure_old_node
mkdir -p tests/artifacts
status=0
node --test --test-concurrency=1 --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination=tests/artifacts/browser-tests.tap tests/browser/ || status=$?
passed=$(sed -n 's/^# pass \([0-9]*\)$/\1/p' tests/artifacts/browser-tests.tap)
failed=$(sed -n 's/^# fail \([0-9]*\)$/\1/p' tests/artifacts/browser-tests.tap)
echo "browser: ${passed:-0} passed, ${failed:-0} failed"
# One closing line over everything: cargo's `test result:` lines and the browser tests.
read -r cargo_passed cargo_failed < <(awk '/^test result:/ {p += $4; f += $6} END {print p + 0, f + 0}' tests/artifacts/cargo-test.log)
echo "all: $((cargo_passed + ${passed:-0})) passed, $((cargo_failed + ${failed:-0})) failed"
exit "$status"
