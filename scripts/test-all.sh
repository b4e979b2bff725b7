#!/usr/bin/env bash
# Runs every test: Rust unit and integration tests (with the corpus gate).
# Installs what a fresh machine lacks; quick when everything is there.
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
ensure_rust
command -v python3 >/dev/null || ensure_apt python3 python3

say "cargo test"
cargo test --release 2>&1

say "corpus score (release CLI)"
cargo build --release --quiet
python3 ../shared/corpus/score.py --cmd 'target/release/report-check --format json {file}' ../shared/corpus/seeds | tail -n 3
