#!/usr/bin/env bash
# Builds the OA-form validator bundle (issue 7) into dist/validator/:
#   report-check-validator.js          the one classic script an administrator pastes (ES5 loader
#                                      + wasm-bindgen `--target no-modules` glue transpiled to ES5)
#   report-check-validator.wasm        the module, MVP only (loads in Chromium 85–95), next to it
#   report-check-validator.inline.js   the same script with the wasm inlined, for hosts that cannot
#                                      serve .wasm files
#   oa-demo.html                       the demo OA form; sizes.json with byte sizes
# Called at the end of scripts/build-wasm.sh; runs on its own too (the cargo build is then a
# no-op when the wasm is up to date). Installs what a fresh machine lacks.
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
ensure_rust
ensure_wasm_toolchain
ensure_wasm_bindgen
ensure_apt wasm-validate wabt
ensure_node
ensure_node_modules

MVP_ONLY=(--disable-reference-types --disable-bulk-memory --disable-sign-ext --disable-multi-value
  --disable-saturating-float-to-int)
RAW="target/wasm32-unknown-unknown/wasm-release/report_check.wasm"
OUT="target/validator"

say "validator: cargo build (wasm32, MVP; no-op when up to date)"
RUSTFLAGS="-Ctarget-cpu=mvp" cargo +nightly build --quiet --lib -Zbuild-std=panic_abort,std \
  --target wasm32-unknown-unknown --profile wasm-release

say "validator: wasm-bindgen --target no-modules, wasm-opt"
# A separate glue and module from pkg/: the no-modules glue imports from "wbg", the web one from
# its file name, so the two modules differ in their import section.
rm -rf "$OUT"
wasm-bindgen --target no-modules --no-typescript --out-dir "$OUT" --out-name report_check_validator "$RAW"
node_modules/.bin/wasm-opt --mvp-features -Os --strip-debug --strip-producers \
  "$OUT/report_check_validator_bg.wasm" -o "$OUT/report-check-validator.wasm"
wasm-validate "${MVP_ONLY[@]}" "$OUT/report-check-validator.wasm"

say "validator: dist/validator/"
rm -rf dist/validator
node www/build-validator.mjs "$OUT/report_check_validator.js" "$OUT/report-check-validator.wasm" dist/validator
