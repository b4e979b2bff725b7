//! Each rule's `top_severity` is what it says: on every sample and test draft, no finding of a rule
//! is graded above it (an administrator's level replaces the top, so a finding above it would
//! escape the level's meaning).

use report_check::rules::{Context, ALL_RULES};
use report_check::{Config, Document};
use std::path::Path;

fn drafts() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dirs = [root.join("tests/drafts"), root.join("../shared/corpus/seeds"), root.join("../shared/corpus/real/openings"), root.join("../shared/corpus/real/reports")];
    let mut out = Vec::new();
    for dir in dirs {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for e in entries.flatten() {
            if e.path().extension().is_some_and(|x| x == "txt") {
                out.push(std::fs::read_to_string(e.path()).unwrap());
            }
        }
    }
    assert!(out.len() > 10, "the drafts are there");
    out
}

#[test]
fn no_rule_grades_a_finding_above_its_top_severity() {
    let config = Config::default();
    for text in drafts() {
        let doc = Document::new(&text);
        for rule in ALL_RULES {
            let mut out = Vec::new();
            rule.check(&Context { doc: &doc, config: &config }, &mut out);
            for f in out {
                assert!(f.severity >= rule.top_severity(), "{} graded {:?} above its top {:?}: {}", rule.id(), f.severity, rule.top_severity(), f.message);
            }
        }
    }
}
