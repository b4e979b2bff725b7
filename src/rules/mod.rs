//! The rules: one file each, each a unit struct implementing [`Rule`], all listed in [`ALL_RULES`].
//!
//! A rule reads the [`Document`] and pushes [`Finding`]s in byte offsets. It never converts
//! offsets, sorts, caps or filters: [`crate::check`] does that once for all rules.

use crate::config::Config;
use crate::diagnostic::{Finding, Severity};
use crate::document::Document;

pub mod count_mismatch;
pub mod date_mismatch;
pub mod malformed_number;
pub mod missing_section;
pub mod multiple_misuse;
pub mod numbering;
pub mod page_furniture;
pub mod pairs;
pub mod percent_mismatch;
pub mod placeholder;
pub mod residue;
pub mod table_total;
pub mod term;
pub mod total_mismatch;
pub mod unclosed_pair;

/// What a rule sees: the parsed draft and the administrator's config.
pub struct Context<'a, 't> {
    pub doc: &'a Document<'t>,
    pub config: &'a Config,
}

pub trait Rule: Sync {
    /// Stable id used in diagnostics, configs and the corpus annotations.
    fn id(&self) -> &'static str;
    /// The severity of this rule's most certain findings. An administrator's level replaces it, and
    /// the findings the rule grades lower keep their distance below (`config::RuleLevel`).
    fn top_severity(&self) -> Severity {
        Severity::Error
    }
    fn check(&self, ctx: &Context, out: &mut Vec<Finding>);
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

/// The ids of [`ALL_RULES`], for config validation and docs.
pub const ALL_RULE_IDS: &[&str] = &[
    "placeholder",
    "unclosed-pair",
    "residue",
    "numbering",
    "malformed-number",
    "date-mismatch",
    "term",
    "total-mismatch",
    "count-mismatch",
    "multiple-misuse",
    "percent-mismatch",
    "missing-section",
];

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
        rule.check(&Context { doc: &doc, config }, &mut out);
        for f in &out {
            assert_eq!(f.rule, rule.id(), "a rule reports under its own id");
            assert!(f.range.start <= f.range.end && f.range.end <= text.len(), "span inside the text");
            assert!(text.is_char_boundary(f.range.start) && text.is_char_boundary(f.range.end), "span on char boundaries");
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
    fn ids_are_listed_once_in_order() {
        let ids: Vec<_> = ALL_RULES.iter().map(|r| r.id()).collect();
        assert_eq!(ids, ALL_RULE_IDS);
    }
}
