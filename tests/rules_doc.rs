//! The rule table in README.md and the rule reference docs/rules.md are generated from the rules'
//! own metadata (`RuleMeta`, written once at the top of each rule file). This test renders both and
//! fails when the files differ; `UPDATE_DOCS=1 cargo test --test rules_doc` writes them anew.

use report_check::rules::{Rule, ALL_RULES};
use report_check::{check, Config};
use std::path::Path;

const TABLE_START: &str = "<!-- rule table: generated from src/rules by tests/rules_doc.rs -->\n";
const TABLE_END: &str = "<!-- end of rule table -->\n";

fn table() -> String {
    let mut out = String::from("| rule | 名称 | what it flags (severity) |\n|---|---|---|\n");
    for rule in ALL_RULES {
        let m = rule.meta();
        out += &format!("| `{}` | {} | {} |\n", m.id, m.title, m.docs.summary);
    }
    out
}

/// A line of the docs: the text as a code span, its line breaks shown as `⏎`.
fn shown(text: &str) -> String {
    format!("`{}`", text.replace('\n', "⏎"))
}

fn reference() -> String {
    let mut out = String::from(
        "# Rules\n\nGenerated from the rules' metadata (`RuleMeta` at the top of each file under `src/rules/`) by \
         `tests/rules_doc.rs`; the examples are checked by the rules themselves when the test runs, and the \
         findings shown are what the checker says of them.\n\nSeverity: `error` blocks submission in the OA \
         validator, `warning` asks, `info` only shows. \"Most certain findings\" is the level an administrator's \
         setting replaces (see the README's Configuration).\n",
    );
    for rule in ALL_RULES {
        let m = rule.meta();
        out += &format!("\n## `{}` · {}\n\n{}\n\n", m.id, m.title, m.docs.summary);
        out += &format!("Most certain findings: `{}`.\n\n", m.top_severity.as_str());
        out += &format!("Flags {}:\n", shown(m.docs.flags));
        for d in findings(*rule, m.docs.flags) {
            out += &format!("- {} `{}` {}\n", d.0, d.1, d.2);
        }
        out += &format!("\nLeaves alone {}.\n", shown(m.docs.passes));
    }
    out
}

/// (severity label, flagged text, message) of each finding of `rule` on `text`.
fn findings(rule: &dyn Rule, text: &str) -> Vec<(String, String, String)> {
    let report = check(text, &Config::default());
    let utf16: Vec<u16> = text.encode_utf16().collect();
    report
        .diagnostics
        .iter()
        .filter(|d| d.rule == rule.id())
        .map(|d| {
            let flagged = String::from_utf16_lossy(&utf16[d.start..d.end]).replace('\n', "⏎");
            (d.severity.label().to_string(), flagged, d.message.clone())
        })
        .collect()
}

fn compare_or_write(path: &Path, want: &str) {
    let have = std::fs::read_to_string(path).unwrap_or_default();
    if have == want {
        return;
    }
    if std::env::var_os("UPDATE_DOCS").is_some() {
        std::fs::write(path, want).unwrap();
        return;
    }
    panic!(
        "{} is not what the rules' metadata gives; run `UPDATE_DOCS=1 cargo test --test rules_doc` and review the diff",
        path.display()
    );
}

#[test]
fn the_readme_rule_table_is_the_rules_own() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md");
    let readme = std::fs::read_to_string(&path).unwrap();
    let start = readme.find(TABLE_START).expect("README.md marks where the rule table goes") + TABLE_START.len();
    let end = readme[start..].find(TABLE_END).expect("README.md marks where the rule table ends") + start;
    let want = format!("{}{}{}", &readme[..start], table(), &readme[end..]);
    compare_or_write(&path, &want);
}

#[test]
fn the_rule_reference_is_the_rules_own() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/rules.md");
    compare_or_write(&path, &reference());
}

#[test]
fn each_example_is_flagged_or_left_alone_by_the_whole_checker() {
    for rule in ALL_RULES {
        let m = rule.meta();
        assert!(!findings(*rule, m.docs.flags).is_empty(), "{} flags {:?}", m.id, m.docs.flags);
        assert!(findings(*rule, m.docs.passes).is_empty(), "{} leaves {:?} alone", m.id, m.docs.passes);
    }
}
