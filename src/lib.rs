//! report-check: finds what a careful reviewer finds in a Chinese work report before it is
//! submitted — unfilled placeholders, unclosed quotes and brackets, numbers that do not add up,
//! missing sections, broken heading numbers and junk pasted from document-sharing sites.
//!
//! The core (everything but `wasm`) is pure Rust and knows nothing of the browser.
//!
//! ```
//! use report_check::{check, Config};
//! let config = Config::from_json(r#"{"placeholders": ["待填"]}"#).unwrap();
//! let report = check("全年举办讲座待填场", &config);
//! assert_eq!(report.diagnostics[0].rule, "placeholder");
//! assert_eq!((report.diagnostics[0].start, report.diagnostics[0].end), (6, 8)); // UTF-16 units
//! ```

pub mod bigrams;
pub mod config;
pub mod diagnostic;
pub mod document;
pub mod docx;
pub mod lazy_regex;
pub mod numbers;
pub mod outline;
pub mod pattern;
pub mod phrase;
pub mod rules;
pub mod tables;
pub mod text;
pub mod warm_up;

#[cfg(all(target_arch = "wasm32", not(feature = "docx-module")))]
mod wasm;
// The .docx reader's own module for the page (see the file); never together with the page.
#[cfg(all(target_arch = "wasm32", feature = "docx-module"))]
mod docx_module;

pub use config::{Config, ConfigError, Level};
pub use diagnostic::{Diagnostic, Finding, Report, Severity, Suggestion, Summary};
pub use document::Document;

use rules::{Context, ALL_RULES};

/// Checks one draft and returns its diagnostics, sorted by position, with counts by severity.
pub fn check(text: &str, config: &Config) -> Report {
    let doc = Document::new(text);
    let ctx = Context { doc: &doc, config };
    let mut findings = Vec::new();
    for rule in ALL_RULES {
        let level = config.level_of(rule.id());
        if level == Some(Level::Off) {
            continue;
        }
        let first = findings.len();
        rule.check(&ctx, &mut findings);
        if let Some(level) = level {
            let severity = match level {
                Level::Error => Severity::Error,
                Level::Warning => Severity::Warning,
                _ => Severity::Info,
            };
            findings[first..].iter_mut().for_each(|f| f.severity = severity);
        }
    }
    drop_ignored(text, &config.ignore, &mut findings);
    findings.sort_by(|a, b| (a.range.start, a.range.end, a.rule).cmp(&(b.range.start, b.range.end, b.rule)));
    findings.dedup_by(|b, a| a.rule == b.rule && a.range == b.range);
    into_report(text, findings, config.max_diagnostics)
}

/// Drops findings that lie inside an occurrence of a word the administrator said never to flag.
fn drop_ignored(text: &str, ignore: &[String], findings: &mut Vec<Finding>) {
    if ignore.is_empty() || findings.is_empty() {
        return;
    }
    let mut spans: Vec<(usize, usize)> = ignore
        .iter()
        .flat_map(|w| text.match_indices(w.as_str()).map(|(i, m)| (i, i + m.len())))
        .collect();
    spans.sort_unstable();
    findings.retain(|f| {
        // Spans are sorted by start: only those starting at or before the finding can hold it.
        let upto = spans.partition_point(|&(s, _)| s <= f.range.start);
        !spans[..upto].iter().any(|&(_, e)| f.range.end <= e)
    });
}

fn into_report(text: &str, findings: Vec<Finding>, max: usize) -> Report {
    let mut summary = Summary { total: findings.len(), ..Summary::default() };
    for f in &findings {
        match f.severity {
            Severity::Error => summary.errors += 1,
            Severity::Warning => summary.warnings += 1,
            Severity::Info => summary.infos += 1,
        }
    }
    // Keep errors first when the cap bites, so what blocks submission is always shown.
    let mut kept = findings;
    if kept.len() > max {
        summary.truncated = true;
        let mut order: Vec<usize> = (0..kept.len()).collect();
        order.sort_by_key(|&i| (kept[i].severity, i));
        let mut keep = vec![false; kept.len()];
        order.iter().take(max).for_each(|&i| keep[i] = true);
        let mut i = 0;
        kept.retain(|_| {
            i += 1;
            keep[i - 1]
        });
    }
    let mut positions = Vec::with_capacity(kept.len() * 2);
    for f in &kept {
        positions.push(f.range.start);
        positions.push(f.range.end);
        for fix in &f.fixes {
            positions.push(fix.range.start);
            positions.push(fix.range.end);
        }
    }
    let mapped = document::to_utf16(text, &positions);
    let mut k = 0;
    let mut next = || {
        k += 1;
        mapped[k - 1]
    };
    let diagnostics = kept
        .into_iter()
        .map(|f| {
            let (start, line, column) = next();
            let (end, _, _) = next();
            let suggestions = f
                .fixes
                .into_iter()
                .map(|fix| Suggestion { start: next().0, end: next().0, replacement: fix.replacement, safe: fix.safe })
                .collect();
            Diagnostic { rule: f.rule.to_string(), severity: f.severity, start, end, line, column, message: f.message, suggestions }
        })
        .collect();
    Report { diagnostics, summary }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_cap_keeps_errors_and_counts_everything() {
        let text = "待填".repeat(30);
        let c = Config::from_json(r#"{"maxDiagnostics": 5, "placeholders": ["待填"]}"#).unwrap();
        let r = check(&text, &c);
        assert_eq!(r.diagnostics.len(), 5);
        assert_eq!(r.summary.total, 30);
        assert!(r.summary.truncated);
    }
}
