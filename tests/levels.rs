//! Each rule's `top_severity` is what it says: on every sample and test draft, no finding of a rule
//! is graded above it (an administrator's level replaces the top, so a finding above it would
//! escape the level's meaning).

use report_check::rules::{Context, ALL_RULES};
use report_check::{Config, Document};

mod common;

#[test]
fn no_rule_grades_a_finding_above_its_top_severity() {
    let config = Config::default();
    let drafts = common::drafts();
    assert!(drafts.len() > 10, "the drafts are there");
    for (_, path) in drafts {
        let text = std::fs::read_to_string(path).unwrap();
        let doc = Document::new(&text);
        for rule in ALL_RULES {
            let mut out = Vec::new();
            rule.check(&Context::new(&doc, &config), &mut out);
            for f in out {
                assert!(
                    f.severity >= rule.top_severity(),
                    "{} graded {:?} above its top {:?}: {}",
                    rule.id(),
                    f.severity,
                    rule.top_severity(),
                    f.message
                );
            }
        }
    }
}
