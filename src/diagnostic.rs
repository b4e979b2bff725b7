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

/// Sorts findings by `key`, then by message: one sort for every list of findings. Two findings
/// equal in both say the same thing, so their order does not matter and the sort need not be
/// stable: in the browser module it is the crate's one heapsort (the standard library's merge
/// sort cost the module 200 B gzipped); natively the standard library's, faster on the tens of
/// thousands of findings of a long document.
pub fn sort_findings(v: &mut [Finding], key: fn(&Finding) -> (usize, usize, &'static str)) {
    #[cfg(target_arch = "wasm32")]
    crate::sort::sort_by(v, |a, b| (key(a), &a.message) < (key(b), &b.message));
    #[cfg(not(target_arch = "wasm32"))]
    v.sort_by(|a, b| (key(a), &a.message).cmp(&(key(b), &b.message)));
}

impl Finding {
    pub fn new(rule: &'static str, severity: Severity, range: Range<usize>, message: impl Into<String>) -> Self {
        Self::made(rule, severity, range, message.into())
    }

    /// [`Finding::new`] once for every type of message: in the browser module a call where it is
    /// used, not the finding built in place at each of the rules' hundred findings (natively inlined).
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn made(rule: &'static str, severity: Severity, range: Range<usize>, message: String) -> Self {
        Finding { rule, range, severity, message, fixes: Vec::new() }
    }

    pub fn with_fix(self, range: Range<usize>, replacement: impl Into<String>, safe: bool) -> Self {
        self.fixed(range, replacement.into(), safe)
    }

    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn fixed(mut self, range: Range<usize>, replacement: String, safe: bool) -> Self {
        self.fixes.push(Fix { range, replacement, safe });
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

    /// The report as JSON text, the same as serde's (fields in order, no `suggestions` when
    /// there are none). Written by hand for the browser's module: JavaScript parses the text
    /// into plain objects, and serde's serializer into JavaScript values cost the module 3 KB
    /// gzipped.
    pub fn to_json(&self) -> String {
        let mut out = String::with_capacity(64 + 160 * self.diagnostics.len());
        out.push_str("{\"diagnostics\":[");
        for (i, d) in self.diagnostics.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push_str("{\"rule\":");
            json_text(&mut out, &d.rule);
            out.push_str(",\"severity\":\"");
            out.push_str(d.severity.as_str());
            out.push('"');
            for (key, n) in [("start", d.start), ("end", d.end), ("line", d.line), ("column", d.column)] {
                json_number(&mut out, key, n);
            }
            out.push_str(",\"message\":");
            json_text(&mut out, &d.message);
            if !d.suggestions.is_empty() {
                out.push_str(",\"suggestions\":[");
                for (k, s) in d.suggestions.iter().enumerate() {
                    out.push_str(if k > 0 { ",{" } else { "{" });
                    out.push_str(&format!("\"start\":{},\"end\":{},\"replacement\":", s.start, s.end));
                    json_text(&mut out, &s.replacement);
                    out.push_str(if s.safe { ",\"safe\":true}" } else { ",\"safe\":false}" });
                }
                out.push(']');
            }
            out.push('}');
        }
        let s = &self.summary;
        out.push_str("],\"summary\":{");
        out.push_str(&format!("\"errors\":{},\"warnings\":{},\"infos\":{}", s.errors, s.warnings, s.infos));
        json_number(&mut out, "total", s.total);
        out.push_str(if s.truncated { ",\"truncated\":true}}" } else { ",\"truncated\":false}}" });
        out
    }
}

/// `,"key":n`.
fn json_number(out: &mut String, key: &str, n: usize) {
    out.push_str(&format!(",\"{key}\":{n}"));
}

/// `text` as a JSON string: quotes, backslashes and control characters escaped.
fn json_text(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `to_json` reads back as serde's JSON of the same report, over the seed drafts and
    /// messages with every character JSON escapes.
    #[test]
    fn json_by_hand_is_serdes() {
        let mut texts: Vec<String> = std::fs::read_dir("../shared/corpus/seeds")
            .map(|dir| dir.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "txt")).collect())
            .unwrap_or_else(|_| Vec::new())
            .into_iter()
            .map(|p: std::path::PathBuf| std::fs::read_to_string(p).unwrap())
            .collect();
        texts.push("20xx年工作总结\n“未闭合\t\u{1}\\ \"引号\"".to_string());
        for text in texts {
            let mut report = crate::check(&text, &crate::Config::default());
            if let Some(d) = report.diagnostics.first_mut() {
                d.message.push_str("\t\"\\\u{7}\r\n");
                d.suggestions.push(Suggestion { start: 1, end: 2, replacement: "a\"\\".into(), safe: false });
            }
            let by_hand: serde_json::Value = serde_json::from_str(&report.to_json()).unwrap();
            assert_eq!(by_hand, serde_json::to_value(&report).unwrap());
        }
        let empty: serde_json::Value = serde_json::from_str(&Report::default().to_json()).unwrap();
        assert_eq!(empty, serde_json::to_value(Report::default()).unwrap());
    }

    #[test]
    fn the_browsers_sort_of_findings_orders_them_as_the_native_one() {
        // The same keys in shuffled order, ties broken by the message.
        let mut native: Vec<Finding> = (0..60)
            .map(|i| {
                Finding::new(["a", "b"][i % 2], Severity::Warning, (i * 7 % 5)..(i * 3 % 4 + 5), format!("m{}", i % 3))
            })
            .collect();
        let mut browser = native.clone();
        let key = |f: &Finding| (f.range.start, f.range.end, f.rule);
        native.sort_by(|a, b| (key(a), &a.message).cmp(&(key(b), &b.message)));
        crate::sort::sort_by(&mut browser, |a, b| (key(a), &a.message) < (key(b), &b.message));
        let show =
            |v: &[Finding]| v.iter().map(|f| format!("{}{:?}{}", f.rule, f.range, f.message)).collect::<Vec<_>>();
        assert_eq!(show(&native), show(&browser));
    }
}
