# Shared by the scripts: install what a fresh machine lacks, quickly skip what is there.
# Source it; each ensure_* is idempotent and prints one line when it installs something.

set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$PATH"

# The wasm-bindgen crate is pinned with `=` in Cargo.toml; the CLI must be the same version.
WASM_BINDGEN_VERSION="$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' "$ROOT/Cargo.toml")"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

ensure_rust() {
  command -v cargo >/dev/null || { echo "cargo not found: install Rust with rustup first" >&2; exit 2; }
}

ensure_rust_lints() { # rustfmt and clippy: a minimal rustup profile has neither
  cargo fmt --version >/dev/null 2>&1 || { say "adding rustfmt"; rustup component add rustfmt >/dev/null; }
  cargo clippy --version >/dev/null 2>&1 || { say "adding clippy"; rustup component add clippy >/dev/null; }
}

ensure_apt() { # ensure_apt CMD PACKAGE...
  local cmd=$1; shift
  command -v "$cmd" >/dev/null && return 0
  say "installing $* (apt)"
  if [ -z "${APT_UPDATED:-}" ]; then apt-get update -qq >/dev/null; APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# --- browser side (scripts/build-wasm.sh, browser tests) ---

ensure_wasm_toolchain() { # nightly with rust-src (for -Zbuild-std) and the wasm32 target
  rustup toolchain list | grep -q '^nightly' || { say "installing nightly Rust"; rustup toolchain install nightly --profile minimal >/dev/null; }
  rustup +nightly component list --installed 2>/dev/null | grep -q '^rust-src' || { say "adding rust-src (nightly)"; rustup component add rust-src --toolchain nightly >/dev/null; }
  rustup +nightly target list --installed | grep -q '^wasm32-unknown-unknown' || { say "adding wasm32 target (nightly)"; rustup target add wasm32-unknown-unknown --toolchain nightly >/dev/null; }
}

ensure_wasm_bindgen() { # the CLI must match the crate's pinned version exactly
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
    say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (takes a few minutes)"
    cargo install --quiet wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
  fi
}

ensure_node() {
  ensure_apt node nodejs
  ensure_apt npm npm
}

ensure_node_modules() { # devDependencies of the root package.json, exactly as package-lock.json says
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "npm ci"
    npm ci --no-audit --no-fund --loglevel=error >/dev/null
  fi
}

ensure_editor_modules() { # TEST ONLY: the real rich-text editors of tests/browser/editors.test.mjs (never shipped)
  local dir="$ROOT/tests/editors"
  if [ ! -f "$dir/node_modules/.package-lock.json" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    say "npm ci in tests/editors (TinyMCE, CKEditor 4 and 5, KindEditor, wangEditor, Quill: test only)"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  fi
}

ensure_old_node() { # TEST ONLY: Node 14 from npm (V8 8.4, Chromium 84-85's engine) for tests/browser/old-engine.test.mjs
  local dir="$ROOT/tests/old-engine"
  if [ ! -f "$dir/node_modules/.package-lock.json" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    say "npm ci in tests/old-engine (Node 14, V8 8.4: test only)"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  fi
}

ensure_chromium() { # Debian's Chromium and CJK fonts for the page tests (no browser download)
  ensure_apt chromium chromium
  dpkg -s fonts-noto-cjk >/dev/null 2>&1 || {
    say "installing fonts-noto-cjk (apt)"
    if [ -z "${APT_UPDATED:-}" ]; then apt-get update -qq >/dev/null; APT_UPDATED=1; fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk >/dev/null
  }
}
