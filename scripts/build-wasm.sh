#!/usr/bin/env bash
# Builds the browser side: the WebAssembly module, the npm package, the page and the offline file.
#
# Usage: bash scripts/build-wasm.sh [--no-dist]
#
# Produces (paths from the repository root):
#   pkg/report_check_bg.wasm         the npm package's module (the page and the JS API): MVP
#                                    WebAssembly (no post-MVP feature), so it loads in Chromium
#                                    85–95; optimised with wasm-opt from npm's binaryen
#   pkg/report_check_docx.wasm      the .docx reader, its own module (no imports), loaded by
#                                    pkg/docx.js (hand-written) only when a Word file is opened
#   pkg/report_check.js, *.d.ts      wasm-bindgen glue (`--target web`: `export default init`,
#                                    `initSync`, `check`, `Checker`, `mountPage`, …) and typings
#   pkg/                             with the hand-written package.json and README: the npm package
#   target/page/                     the checking page's module and glue: the same without the JS
#                                    API, which the page never calls (the size guard's figure)
#   dist/site/                       the checking page as files (index.html, app.js, style.css, the
#                                    page's module and pkg/'s .docx reader); serve this folder
#   dist/report-check.html           the page as ONE file: wasm, JS and CSS inlined, works from file://
#   dist/sizes.json                  byte sizes (raw and gzipped) of the modules, the glue and the offline file
# With --no-dist only pkg/ and target/page/ are written.
#
# Both the output of wasm-bindgen and that of wasm-opt are checked by `wasm-validate` with every
# post-MVP feature disabled; the build fails if either uses one.
# Installs what a fresh machine lacks (nightly rust-src, the wasm target, wasm-bindgen-cli of the
# version pinned in Cargo.toml, wabt, node packages).
source "$(dirname "$0")/lib.sh"
cd "$ROOT"

DIST=1
for arg in "$@"; do
  case "$arg" in
    --no-dist) DIST=0 ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

ensure_rust
ensure_wasm_toolchain
ensure_wasm_bindgen
ensure_apt wasm-validate wabt
ensure_node
ensure_node_modules

# Flags for wasm-validate that forbid everything beyond the MVP (Chrome 85 has none of these on by default).
MVP_ONLY=(--disable-reference-types --disable-bulk-memory --disable-sign-ext --disable-multi-value
  --disable-saturating-float-to-int)

# One module per front end (cargo features `page`, `api` and `validator`): the npm package (pkg/:
# the page and the JS API), the checking page (the page alone) and the validator. None carries the
# validator's code but its own, nor the validator the page's.
build_module() { # $1: the features, $2: a name; leaves the module in target/wasm-$2.wasm
  say "cargo build (wasm32, MVP, wasm-release profile, features $1)"
  # target-cpu=mvp: no post-MVP instruction, std rebuilt the same way (-Zbuild-std).
  # panic=immediate-abort and std's optimize_for_size: no panic messages or locations, small sorts
  # (about 10% of the gzipped size; a panic traps either way, the browser has no console for it).
  # location-detail=none and fmt-debug=none: no source paths left for `#[track_caller]`, no Debug
  # formatting (nothing the module shows is formatted with `{:?}`): 0.6 KB gzipped.
  RUSTFLAGS="-Ctarget-cpu=mvp -Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none" cargo +nightly build --quiet --lib \
    -Zbuild-std=panic_abort,std -Zbuild-std-features=optimize_for_size \
    --target wasm32-unknown-unknown --profile wasm-release --no-default-features --features "$1"
  cp target/wasm32-unknown-unknown/wasm-release/report_check.wasm "target/wasm-$2.wasm"
}

# wasm-bindgen (`--target web`) and wasm-opt: leaves report_check.js, report_check_bg.wasm and the
# typings in the folder $2 for the module target/wasm-$1.wasm.
bind_and_shrink() {
  say "wasm-bindgen, wasm-opt ($2)"
  wasm-bindgen --target web --out-dir "$2" --out-name report_check "target/wasm-$1.wasm"
  wasm-validate "${MVP_ONLY[@]}" "$2/report_check_bg.wasm"
  # --mvp-features: the optimiser may not introduce post-MVP instructions (sign-ext, bulk memory, …).
  # --low-memory-unused: Rust puts the stack first in memory, growing down from 1 MB to 0, and its
  # data above it, so the first 1 KB is reached only by a stack that has already overflowed; knowing
  # that, the optimiser folds pointer arithmetic into loads and stores (1.4 KB gzipped).
  # --merge-similar-functions --flatten --rereloop before -Oz, twice: functions that differ only in
  # constants become one, and the control flow is rebuilt before it is shrunk: 1.7 KB gzipped, no
  # slower in a warm check (Node, seed-003), about a minute more build.
  # --gufa-optimizing first: a whole-module analysis of which values reach each place, which lets
  # later passes drop what can never run (0.5 KB gzipped).
  # --ignore-implicit-traps: Rust code never relies on a load or a division trapping (it checks
  # bounds and divisors itself), so the optimiser may move a load or drop one whose value is
  # unused (0.2 KB gzipped). Unlike --traps-never-happen (3.6 KB), a panic still traps. --skip-pass=memory-packing: the data is left in the linker's
  # few segments, zero runs and all, instead of about 200 segments around them: gzip compresses
  # zeros to almost nothing but not a segment header (0.8 KB gzipped, 2.9 KB more raw).
  local shrink=(--merge-similar-functions --flatten --rereloop -Oz -Oz)
  node_modules/.bin/wasm-opt --mvp-features --ignore-implicit-traps --skip-pass=memory-packing \
    --gufa-optimizing "${shrink[@]}" "${shrink[@]}" --low-memory-unused --converge --strip-debug \
    --strip-producers "$2/report_check_bg.wasm" -o "$2/report_check_bg.opt.wasm"
  mv "$2/report_check_bg.opt.wasm" "$2/report_check_bg.wasm"
  # Imports renamed a, b, … in module and glue alike (2.4 KB gzipped; see the script).
  node scripts/short-imports.mjs "$2/report_check_bg.wasm" "$2/report_check.js"
  wasm-validate "${MVP_ONLY[@]}" "$2/report_check_bg.wasm"
}

# The npm package's module, then the checking page's (the same without the JS API; www/build.mjs
# takes it from target/page/ into dist/site/pkg/ and the offline file).
build_module page,api package
bind_and_shrink package pkg
build_module page page
rm -rf target/page
bind_and_shrink page target/page

# The .docx reader (feature docx-module, src/docx_module.rs): a module of its own with no imports,
# loaded by pkg/docx.js only when a Word file is opened.
build_module docx-module docx-module
node_modules/.bin/wasm-opt --mvp-features -Oz --low-memory-unused --converge --strip-debug --strip-producers \
  target/wasm-docx-module.wasm -o pkg/report_check_docx.wasm
wasm-validate "${MVP_ONLY[@]}" pkg/report_check_docx.wasm

gz() { gzip -9 -c "$1" | wc -c; }
WASM_RAW=$(wc -c <target/page/report_check_bg.wasm); WASM_GZ=$(gz target/page/report_check_bg.wasm)
JS_RAW=$(wc -c <target/page/report_check.js); JS_GZ=$(gz target/page/report_check.js)
say "the page's module (dist/site/pkg/report_check_bg.wasm): $WASM_RAW bytes ($WASM_GZ gzipped); its glue: $JS_RAW bytes ($JS_GZ gzipped)"
PKG_RAW=$(wc -c <pkg/report_check_bg.wasm); PKG_GZ=$(gz pkg/report_check_bg.wasm)
say "the npm package's module (pkg/report_check_bg.wasm, with the JS API): $PKG_RAW bytes ($PKG_GZ gzipped)"
DOCX_RAW=$(wc -c <pkg/report_check_docx.wasm); DOCX_GZ=$(gz pkg/report_check_docx.wasm)
say "pkg/report_check_docx.wasm (loaded when a .docx is opened): $DOCX_RAW bytes ($DOCX_GZ gzipped)"

[ "$DIST" = 1 ] || exit 0

say "dist/ (page and offline single file)"
rm -rf dist/site
mkdir -p dist/site
node www/build.mjs
HTML_RAW=$(wc -c <dist/report-check.html); HTML_GZ=$(gz dist/report-check.html)
cat >dist/sizes.json <<EOF
{"date": "$(date -u +%Y-%m-%d)", "wasm": $WASM_RAW, "wasmGzip": $WASM_GZ, "packageWasm": $PKG_RAW, "packageWasmGzip": $PKG_GZ, "glue": $JS_RAW, "glueGzip": $JS_GZ, "docxWasm": $DOCX_RAW, "docxWasmGzip": $DOCX_GZ, "offline": $HTML_RAW, "offlineGzip": $HTML_GZ}
EOF
say "dist/report-check.html: $HTML_RAW bytes ($HTML_GZ gzipped); figures in dist/sizes.json"

# The OA-form validator bundle (dist/validator/): its own module and glue (classic script).
build_module validator validator
RAW_WASM="target/wasm-validator.wasm" bash "$ROOT/scripts/build-validator.sh"
