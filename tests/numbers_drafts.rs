//! Sentence-per-line drafts for the numeric rules, beyond the shared sample:
//! `tests/drafts/numbers-agree.txt` (consistent figures, real-report look-alikes, non-quantities:
//! nothing numeric may be flagged) and `tests/drafts/numbers-disagree.txt` (one figure off in each
//! line: every line must be flagged by a numeric rule).

use report_check::{check, Config, Severity};
use std::path::Path;

const NUMERIC: &[&str] = &["total-mismatch", "count-mismatch", "multiple-misuse", "percent-mismatch", "malformed-number"];

fn lines(name: &str) -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/drafts").join(name);
    std::fs::read_to_string(path).unwrap().lines().filter(|l| !l.trim().is_empty()).map(String::from).collect()
}

fn numeric_findings(line: &str) -> Vec<String> {
    check(line, &Config::default())
        .diagnostics
        .into_iter()
        .filter(|d| NUMERIC.contains(&d.rule.as_str()) && d.severity != Severity::Info)
        .map(|d| format!("{}: {}", d.rule, d.message))
        .collect()
}

#[test]
fn agreeing_figures_are_silent() {
    let problems: Vec<String> = lines("numbers-agree.txt")
        .iter()
        .filter_map(|l| {
            let f = numeric_findings(l);
            (!f.is_empty()).then(|| format!("{l}\n    {}", f.join("\n    ")))
        })
        .collect();
    assert!(problems.is_empty(), "false alarms:\n{}", problems.join("\n"));
}

#[test]
fn disagreeing_figures_are_flagged() {
    let missed: Vec<String> = lines("numbers-disagree.txt").into_iter().filter(|l| numeric_findings(l).is_empty()).collect();
    assert!(missed.is_empty(), "missed:\n{}", missed.join("\n"));
}
