#!/usr/bin/env bash
# Builds the OA-form validator bundle (issue 7) into dist/validator/:
#   report-check-validator.js          the one classic script an administrator pastes (ES5 loader
#                                      + wasm-bindgen `--target no-modules` glue transpiled to ES5)
#   report-check-validator.wasm        the module, MVP only (loads in Chromium 85–95), next to it
#   report-check-validator.inline.js   the same script with the wasm inlined, for hosts that cannot
#                                      serve .wasm files
#   oa-demo.html                       the demo OA form; sizes.json with byte sizes
#
# scripts/build-wasm.sh compiles the crate with the feature `validator` only and calls this
# script at its end with RAW_WASM set. Run on its own, this script runs build-wasm.sh.
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
if [ -z "${RAW_WASM:-}" ]; then
  exec bash scripts/build-wasm.sh
fi

MVP_ONLY=(--disable-reference-types --disable-bulk-memory --disable-sign-ext --disable-multi-value
  --disable-saturating-float-to-int)
OUT="target/validator"

say "validator: wasm-bindgen --target no-modules, wasm-opt"
# A glue and module of its own: the no-modules glue imports from "wbg", the web one (pkg/) from
# its file name, so the two modules differ in their import section.
rm -rf "$OUT"
wasm-bindgen --target no-modules --no-typescript --out-dir "$OUT" --out-name report_check_validator "$RAW_WASM"
# --low-memory-unused: see build-wasm.sh.
node_modules/.bin/wasm-opt --mvp-features -Oz --low-memory-unused --converge --strip-debug --strip-producers \
  "$OUT/report_check_validator_bg.wasm" -o "$OUT/report-check-validator.wasm"
wasm-validate "${MVP_ONLY[@]}" "$OUT/report-check-validator.wasm"

say "validator: dist/validator/"
rm -rf dist/validator
node www/build-validator.mjs "$OUT/report_check_validator.js" "$OUT/report-check-validator.wasm" dist/validator
