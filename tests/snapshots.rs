//! Snapshot tests: every draft under `tests/drafts` and the shared corpus (`seeds`, `real/openings`,
//! `real/reports`) rendered as `line:column severity rule message` lines, one file per draft in
//! `tests/snapshots/`. A change in what the checker says about any draft is then a reviewed diff in
//! the commit that makes it, not a surprise.
//!
//! After an intended change: `UPDATE_SNAPSHOTS=1 cargo test --release --test snapshots`, then read
//! `git diff tests/snapshots` before committing.

mod common;

use common::drafts;
use report_check::{check, Config};
use std::path::Path;

/// What the checker says about `text`, one line per diagnostic.
fn render(text: &str) -> String {
    let report = check(text, &Config::default());
    let units: Vec<u16> = text.encode_utf16().collect();
    let mut s = String::new();
    for d in &report.diagnostics {
        let excerpt =
            String::from_utf16_lossy(&units[d.start..d.end]).replace('\n', "⏎").chars().take(40).collect::<String>();
        s.push_str(&format!(
            "{}:{} {} {} «{}» {}\n",
            d.line,
            d.column,
            d.severity.as_str(),
            d.rule,
            excerpt,
            d.message
        ));
    }
    let sum = &report.summary;
    s.push_str(&format!("= {} errors, {} warnings, {} infos\n", sum.errors, sum.warnings, sum.infos));
    s
}

#[test]
fn diagnostics_match_their_snapshots() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let mut changed = Vec::new();
    let drafts = drafts();
    assert!(drafts.len() > 40, "the drafts are there");
    for (name, path) in &drafts {
        let text = std::fs::read_to_string(path).unwrap();
        let now = render(&text);
        let file = dir.join(format!("{name}.snap"));
        let before = std::fs::read_to_string(&file).unwrap_or_default();
        if before != now {
            if update {
                std::fs::write(&file, &now).unwrap();
            } else {
                let first = before
                    .lines()
                    .zip(now.lines())
                    .position(|(a, b)| a != b)
                    .unwrap_or(before.lines().count().min(now.lines().count()));
                changed.push(format!(
                    "{name}: first difference at line {}:\n  was: {}\n  now: {}",
                    first + 1,
                    before.lines().nth(first).unwrap_or("(nothing)"),
                    now.lines().nth(first).unwrap_or("(nothing)")
                ));
            }
        }
    }
    assert!(
        changed.is_empty(),
        "{} snapshot(s) differ (if intended: UPDATE_SNAPSHOTS=1 cargo test --release --test snapshots, then review git diff):\n{}",
        changed.len(),
        changed.join("\n")
    );
}
