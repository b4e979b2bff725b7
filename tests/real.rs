//! Published reports (`../shared/corpus/real/reports`, and the project's own `tests/real/reports`:
//! 27 provincial government work reports of 2026, `SOURCES.tsv` says where each comes from):
//! professionally edited, taken as correct. No error-level finding of the numeric rules may land on
//! them, unless a reviewer would really raise it; such findings are listed, with the reason, in
//! `tests/real/accepted.json` (`[{"file": "011_….txt", "text": "the flagged text", "why": "…"}]`,
//! ideally empty). On the project's own reports no numeric warning may land either: they are
//! dense with totals, shares and growth rates, and every one of them holds.
//!
//! A validator in block mode stops a report on any error: a false error on a correct report is
//! the worst thing the checker can do.

use report_check::{check, Config, Severity};
use std::path::Path;

const NUMERIC: &[&str] =
    &["total-mismatch", "count-mismatch", "multiple-misuse", "percent-mismatch", "malformed-number"];

/// The text of UTF-16 span `start..end` of `text`.
fn utf16_slice(text: &str, start: usize, end: usize) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16_lossy(&units[start.min(units.len())..end.min(units.len())])
}

#[test]
fn published_reports_draw_no_numeric_error() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("../shared/corpus/real/reports");
    assert!(
        dir.is_dir(),
        "../shared/corpus/real/reports is missing: this gate needs the shared folder beside the repository"
    );
    gate(root, &dir, Severity::Error);
}

#[test]
fn the_projects_published_reports_draw_no_numeric_warning() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    gate(root, &root.join("tests/real/reports"), Severity::Warning);
}

/// Fails on any finding of a numeric rule at `lowest` or above on the reports of `dir` that
/// `tests/real/accepted.json` does not list, and on entries of that list for `dir` no longer found.
fn gate(root: &Path, dir: &Path, lowest: Severity) {
    let accepted: Vec<serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(root.join("tests/real/accepted.json")).unwrap()).unwrap();
    for a in &accepted {
        assert!(
            a["file"].is_string() && a["text"].is_string() && a["why"].as_str().is_some_and(|w| !w.trim().is_empty()),
            "accepted.json: each entry names file, text and why: {a}"
        );
    }
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    assert!(names.len() >= 10, "the published reports are in {}", dir.display());
    let mut problems = Vec::new();
    let mut used = vec![false; accepted.len()];
    for name in &names {
        let text = std::fs::read_to_string(dir.join(name)).unwrap();
        for d in check(&text, &Config::default()).diagnostics {
            if d.severity > lowest || !NUMERIC.contains(&d.rule.as_str()) {
                continue;
            }
            let flagged = utf16_slice(&text, d.start, d.end);
            let ok = accepted.iter().position(|a| a["file"] == name.as_str() && a["text"] == flagged.as_str());
            match ok {
                Some(k) => used[k] = true,
                None => problems.push(format!("{name} line {}: {} “{flagged}”: {}", d.line, d.rule, d.message)),
            }
        }
    }
    assert!(problems.is_empty(), "error-level numeric findings on published reports (fix the rule, or list a real defect in tests/real/accepted.json):\n{}", problems.join("\n"));
    let stale: Vec<String> = accepted
        .iter()
        .zip(&used)
        .filter(|(a, u)| !**u && names.iter().any(|n| a["file"] == n.as_str()))
        .map(|(a, _)| a.to_string())
        .collect();
    assert!(stale.is_empty(), "tests/real/accepted.json lists findings no longer reported:\n{}", stale.join("\n"));
}
