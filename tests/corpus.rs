//! The corpus gate: the CLI scored by `../shared/corpus/score.py` on the annotated sample drafts.
//!
//! Every rule listed in `GATED` must reach a recall of 0.95 on the seeds, and nothing may be a
//! false alarm. The numbers sample must be flagged sentence by sentence, with no false alarm in
//! its agreeing half. The samples are few: each rule also has its own tests beside its code.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Rules whose recall on the seeds is held at ≥ 0.95 (every rule once it is written).
const GATED: &[&str] = &[
    "malformed-number", "multiple-misuse", "placeholder", "unclosed-pair", "residue", "term", "date-mismatch",
    "numbering", "missing-section",
];

/// Whether the numeric rules are gated on `../shared/corpus/numbers` yet.
const NUMBERS_GATED: bool = true;

fn corpus() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    p.join("score.py").exists().then_some(p)
}

fn score(dir: &Path) -> serde_json::Value {
    score_with(dir, &[])
}

/// `score.py` with extra options (`--openings`); `dir` is a folder of the corpus, at any depth.
fn score_with(dir: &Path, options: &[&str]) -> serde_json::Value {
    let cmd = format!("{} --format json {{file}}", env!("CARGO_BIN_EXE_report-check"));
    let script = corpus().expect("the shared corpus").join("score.py");
    let out = Command::new("python3")
        .arg(script)
        .args(["--json", "--cmd", &cmd])
        .args(options)
        .arg(dir)
        .output()
        .expect("python3 runs score.py");
    assert!(out.status.success(), "score.py failed: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("score.py prints JSON")
}

fn fraction(s: &str) -> (u64, u64) {
    let (a, b) = s.split_once('/').unwrap();
    (a.parse().unwrap(), b.parse().unwrap())
}

#[test]
fn seeds_meet_the_recall_bar_with_no_false_alarms() {
    let Some(corpus) = corpus() else {
        panic!("../shared/corpus is missing: the corpus gate needs the shared folder beside the repository");
    };
    let r = score(&corpus.join("seeds"));
    eprintln!("seeds: {}", serde_json::to_string_pretty(&r["per_rule"]).unwrap());
    assert_eq!(r["false_alarms"], 0, "false alarms: {}", r["false_alarm_list"]);
    assert_recall(&r, GATED);
}

/// Each of `rules` the scorer's report `r` annotates is found at ≥ 0.95 recall.
fn assert_recall(r: &serde_json::Value, rules: &[&str]) {
    for rule in rules {
        let Some(v) = r["per_rule"][rule].as_str() else { continue };
        let (found, required) = fraction(v);
        assert!(
            found as f64 >= 0.95 * required as f64,
            "{rule}: recall {found}/{required} below 0.95; missed: {}",
            r["missed"]
        );
    }
}

/// Rules held at ≥ 0.95 recall on `../shared/corpus/real/openings` (real pages from sharing and
/// 范文 sites, scored with `--openings`: a finding in a page's cut-off tail and `missing-section`
/// are not false alarms there). `term` is left to the lexicon's own bar.
const OPENINGS_GATED: &[&str] = &["placeholder", "residue", "unclosed-pair"];
/// At most this many false alarms on the openings (issue 16).
const OPENINGS_MAX_FALSE_ALARMS: u64 = 2;

#[test]
fn real_page_openings_meet_the_recall_bar() {
    let Some(corpus) = corpus() else { panic!("../shared/corpus is missing") };
    let r = score_with(&corpus.join("real/openings"), &["--openings"]);
    eprintln!("openings: {} false alarms: {}", r["per_rule"], r["false_alarm_list"]);
    assert!(
        r["false_alarms"].as_u64().unwrap() <= OPENINGS_MAX_FALSE_ALARMS,
        "false alarms: {}",
        r["false_alarm_list"]
    );
    assert_recall(&r, OPENINGS_GATED);
}

#[test]
fn numbers_sample_every_disagreement_flagged_and_agreement_silent() {
    let Some(corpus) = corpus() else { panic!("../shared/corpus is missing") };
    let r = score(&corpus.join("numbers"));
    eprintln!("numbers: {} missed: {}", r["per_rule"], r["missed"]);
    if NUMBERS_GATED {
        assert_eq!(r["false_alarms"], 0, "false alarms: {}", r["false_alarm_list"]);
        assert_eq!(r["found"], r["required"], "missed: {}", r["missed"]);
    }
}
