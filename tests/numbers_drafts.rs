//! Sentence-per-line drafts for the numeric rules, beyond the shared sample:
//! `tests/drafts/numbers-agree.txt` (consistent figures, real-report look-alikes, non-quantities:
//! nothing numeric may be flagged) and `tests/drafts/numbers-disagree.txt` (one figure off in each
//! line: every line must be flagged by a numeric rule).
//!
//! Dense paragraphs: `tests/drafts/numbers-dense*.txt`, one paragraph a line, `+<TAB>` (one figure
//! of a relation changed: must be flagged) or `-<TAB>` (must draw nothing), in the style of
//! government work reports with unrelated figures all around the relation.
//! `numbers-dense.txt` is built by `make_dense.py` from real paragraphs of the published reports;
//! `numbers-dense-hand.txt` is written by hand, full of look-alikes (其中 with growth rates,
//! 年均增长, 人均 figures, a next figure's own change, rates of plans above 100%).

use report_check::{check, Config, Severity};
use std::path::Path;

const NUMERIC: &[&str] =
    &["total-mismatch", "count-mismatch", "multiple-misuse", "percent-mismatch", "malformed-number"];

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
    let missed: Vec<String> =
        lines("numbers-disagree.txt").into_iter().filter(|l| numeric_findings(l).is_empty()).collect();
    assert!(missed.is_empty(), "missed:\n{}", missed.join("\n"));
}

/// (caught, must be caught, false alarms, must be silent) with the problems listed.
fn dense(name: &str) -> (usize, usize, usize, usize, Vec<String>) {
    let (mut caught, mut flagged, mut alarms, mut silent, mut problems) = (0, 0, 0, 0, Vec::new());
    for line in lines(name) {
        let (sign, text) = line.split_once('\t').expect("+ or - and a tab");
        let f = numeric_findings(text);
        match sign {
            "+" => {
                flagged += 1;
                if f.is_empty() {
                    problems.push(format!("missed: {text}"));
                } else {
                    caught += 1;
                }
            }
            "-" => {
                silent += 1;
                if !f.is_empty() {
                    alarms += 1;
                    problems.push(format!("false alarm: {text}\n    {}", f.join("\n    ")));
                }
            }
            _ => panic!("{name}: a line starts with + or -: {line}"),
        }
    }
    (caught, flagged, alarms, silent, problems)
}

#[test]
fn dense_paragraphs() {
    for name in ["numbers-dense.txt", "numbers-dense-hand.txt"] {
        let (caught, flagged, alarms, silent, problems) = dense(name);
        eprintln!("{name}: caught {caught}/{flagged}, false alarms {alarms}/{silent}");
        assert!(flagged >= 15 && silent >= 20, "{name}: the set is there");
        assert!(problems.is_empty(), "{name}:\n{}", problems.join("\n"));
    }
}
