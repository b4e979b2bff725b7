//! What a rule reports, in two shapes: [`Finding`] (byte offsets, made by rules)
//! and [`Diagnostic`] (UTF-16 offsets, line and column, handed to JavaScript and the CLI).

use serde::{Deserialize, Serialize};
use std::ops::Range;

/// How much a finding matters to the person submitting the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Blocks submission: the report is wrong as written.
    Error,
    /// Asks the user to look: probably wrong.
    Warning,
    /// Only shown.
    Info,
}

impl Severity {
    /// What the page, the validator and the CLI call it.
    pub fn label(self) -> &'static str {
        match self {
            Severity::Error => "错误",
            Severity::Warning => "提醒",
            Severity::Info => "提示",
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// A replacement a rule proposes, in byte offsets of the checked text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fix {
    pub range: Range<usize>,
    pub replacement: String,
    /// Safe fixes may be applied with one click; unsafe ones are shown for the user to decide.
    pub safe: bool,
}

/// One problem as a rule sees it: byte offsets into the checked text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub rule: &'static str,
    pub range: Range<usize>,
    pub severity: Severity,
    /// Plain Chinese for the person filling in the report: what is wrong and what to do.
    pub message: String,
    pub fixes: Vec<Fix>,
}

impl Finding {
    pub fn new(rule: &'static str, severity: Severity, range: Range<usize>, message: impl Into<String>) -> Self {
        Finding { rule, range, severity, message: message.into(), fixes: Vec::new() }
    }

    pub fn with_fix(mut self, range: Range<usize>, replacement: impl Into<String>, safe: bool) -> Self {
        self.fixes.push(Fix { range, replacement: replacement.into(), safe });
        self
    }
}

/// A suggested replacement, in UTF-16 code units (what `String.prototype.slice` uses).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Suggestion {
    pub start: usize,
    pub end: usize,
    pub replacement: String,
    pub safe: bool,
}

/// One problem as the user sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// Stable rule id, e.g. `placeholder`.
    pub rule: String,
    pub severity: Severity,
    /// UTF-16 code units, end exclusive.
    pub start: usize,
    pub end: usize,
    /// 1-based line; a line is what lies between line breaks (a paragraph in most drafts).
    pub line: usize,
    /// 1-based column in UTF-16 code units.
    pub column: usize,
    pub message: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub suggestions: Vec<Suggestion>,
}

/// Counts by severity, over all findings (also those cut off by the diagnostics cap).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    /// All findings, including those not returned because of `max_diagnostics`.
    pub total: usize,
    /// True when `diagnostics` holds fewer entries than `total`.
    pub truncated: bool,
}

/// The result of checking one draft.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    /// Sorted by start, then end, then rule id.
    pub diagnostics: Vec<Diagnostic>,
    pub summary: Summary,
}

impl Report {
    pub fn has_errors(&self) -> bool {
        self.summary.errors > 0
    }
}
