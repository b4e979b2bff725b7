//! The rules: one file each, each a unit struct implementing [`Rule`], all listed in [`ALL_RULES`].
//!
//! A rule reads the [`Document`] and pushes [`Finding`]s in byte offsets. It never converts
//! offsets, sorts, caps or filters: [`crate::check`] does that once for all rules.

use crate::analysis::Analysis;
use crate::config::Config;
use crate::diagnostic::{Finding, Severity};
use crate::document::Document;
use std::sync::LazyLock;

pub mod count_mismatch;
pub mod date_mismatch;
pub mod malformed_number;
pub mod missing_section;
pub mod multiple_misuse;
pub mod numbering;
pub mod page_furniture;
pub mod percent_mismatch;
pub mod placeholder;
pub mod residue;
pub mod table_total;
pub mod term;
pub mod total_mismatch;
pub mod unclosed_pair;

/// What a rule sees: the parsed draft, the administrator's config, and what rules share.
pub struct Context<'a, 't> {
    pub doc: &'a Document<'t>,
    pub config: &'a Config,
    pub analysis: Analysis<'a, 't>,
}

impl<'a, 't> Context<'a, 't> {
    pub fn new(doc: &'a Document<'t>, config: &'a Config) -> Self {
        Context { doc, config, analysis: Analysis::new(doc) }
    }
}

/// What a rule says about itself, written once at the top of its file and read by everything that
/// names rules: the checker (ids, levels), the config (which ids exist), the page and the validator
/// (titles), the CLI, and the generated rule table (README.md, docs/rules.md).
#[derive(Debug)]
pub struct RuleMeta {
    /// Stable id used in diagnostics, configs and the corpus annotations.
    pub id: &'static str,
    /// What the page and the validator call the rule (Chinese, a few characters).
    pub title: &'static str,
    /// The severity of the rule's most certain findings. An administrator's level replaces it, and
    /// the findings the rule grades lower keep their distance below (`config::RuleLevel`).
    pub top_severity: Severity,
    /// What the docs say of it. Left out of the browser build, which never shows it (about 3 KB
    /// of the page's module).
    #[cfg(not(target_arch = "wasm32"))]
    pub docs: RuleDocs,
}

/// The part of [`RuleMeta`] only the docs read.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Debug)]
pub struct RuleDocs {
    /// What it flags and at which severity, and what it leaves alone: one table row of the docs.
    pub summary: &'static str,
    /// A line the rule flags (a test checks that it does).
    pub flags: &'static str,
    /// A line like it that the rule leaves alone (a test checks that it does).
    pub passes: &'static str,
}

pub trait Rule: Sync {
    fn meta(&self) -> &'static RuleMeta;
    fn check(&self, ctx: &Context, out: &mut Vec<Finding>);

    fn id(&self) -> &'static str {
        self.meta().id
    }
    fn top_severity(&self) -> Severity {
        self.meta().top_severity
    }
}

/// Every rule, in the order they run.
pub static ALL_RULES: &[&dyn Rule] = &[
    &placeholder::Placeholder,
    &unclosed_pair::UnclosedPair,
    &residue::Residue,
    &numbering::Numbering,
    &malformed_number::MalformedNumber,
    &date_mismatch::DateMismatch,
    &term::Term,
    &total_mismatch::TotalMismatch,
    &count_mismatch::CountMismatch,
    &multiple_misuse::MultipleMisuse,
    &percent_mismatch::PercentMismatch,
    &missing_section::MissingSection,
];

/// The ids of [`ALL_RULES`], in order, for config validation.
pub static ALL_RULE_IDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| ALL_RULES.iter().map(|r| r.id()).collect());

/// The rule with this id.
/// Drops the findings from index `first` on that `gone` says, keeping the others in order (one
/// function for the rules that take back what they found inside another rule's text).
pub(crate) fn drop_found(out: &mut Vec<Finding>, first: usize, gone: &dyn Fn(&Finding) -> bool) {
    let mut keep = first;
    for k in first..out.len() {
        if !gone(&out[k]) {
            out.swap(keep, k);
            keep += 1;
        }
    }
    out.truncate(keep);
}

pub fn rule_by_id(id: &str) -> Option<&'static dyn Rule> {
    ALL_RULES.iter().copied().find(|r| r.id() == id)
}

/// What the page, the validator and the CLI call the rule with this id (the id itself if unknown).
pub fn title_of(id: &str) -> &str {
    rule_by_id(id).map_or(id, |r| r.meta().title)
}

/// Helpers for the tests beside each rule: run one rule on a text and see what it flags.
#[cfg(test)]
pub(crate) mod test_util {
    use super::*;

    /// The flagged text of each finding of `rule` on `text` (default config).
    pub fn flagged(rule: &dyn Rule, text: &str) -> Vec<String> {
        findings(rule, text).into_iter().map(|f| text[f.range].to_string()).collect()
    }

    /// The findings of `rule` on `text` (default config), sorted by position.
    pub fn findings(rule: &dyn Rule, text: &str) -> Vec<Finding> {
        findings_with(rule, text, &Config::default())
    }

    pub fn findings_with(rule: &dyn Rule, text: &str, config: &Config) -> Vec<Finding> {
        let doc = Document::new(text);
        let mut out = Vec::new();
        rule.check(&Context::new(&doc, config), &mut out);
        for f in &out {
            assert_eq!(f.rule, rule.id(), "a rule reports under its own id");
            assert!(f.range.start <= f.range.end && f.range.end <= text.len(), "span inside the text");
            assert!(
                text.is_char_boundary(f.range.start) && text.is_char_boundary(f.range.end),
                "span on char boundaries"
            );
            assert!(!f.message.is_empty(), "every finding explains itself");
        }
        out.sort_by_key(|f| (f.range.start, f.range.end));
        out
    }

    /// Asserts that `rule` flags exactly `expected` (by flagged text, in order) in `text`.
    #[track_caller]
    pub fn assert_flags(rule: &dyn Rule, text: &str, expected: &[&str]) {
        assert_eq!(flagged(rule, text), expected, "in {text:?}");
    }

    /// `count` lines, each of 1 to `max_pieces` pieces drawn from `pieces` (a fixed seed, so a
    /// failure repeats): for checking a matcher written by hand against the regex it replaced.
    pub fn random_lines(pieces: &[&str], count: usize, max_pieces: usize, mut seed: u64) -> Vec<String> {
        let mut next = |m: usize| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 33) as usize % m
        };
        (0..count).map(|_| (0..1 + next(max_pieces)).map(|_| pieces[next(pieces.len())]).collect()).collect()
    }

    /// Asserts that `rule` flags nothing in `text`.
    #[track_caller]
    pub fn assert_clean(rule: &dyn Rule, text: &str) {
        assert_flags(rule, text, &[]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_titles_are_unique() {
        let mut ids: Vec<_> = ALL_RULES.iter().map(|r| r.id()).collect();
        let mut titles: Vec<_> = ALL_RULES.iter().map(|r| r.meta().title).collect();
        ids.sort_unstable();
        ids.dedup();
        titles.sort_unstable();
        titles.dedup();
        assert_eq!((ids.len(), titles.len()), (ALL_RULES.len(), ALL_RULES.len()));
        assert_eq!(title_of("placeholder"), "未填写的占位符");
        assert_eq!(title_of("no-such-rule"), "no-such-rule");
    }
}
