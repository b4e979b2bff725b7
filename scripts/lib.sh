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

ensure_apt() { # ensure_apt CMD PACKAGE...
  local cmd=$1; shift
  command -v "$cmd" >/dev/null && return 0
  say "installing $* (apt)"
  if [ -z "${APT_UPDATED:-}" ]; then apt-get update -qq >/dev/null; APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}
