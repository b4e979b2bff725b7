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

pub mod analysis;
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
pub mod report_kind;
pub mod rules;
pub mod sort;
pub mod tables;
pub mod text;
pub mod warm_up;

// What the browser front ends show, decided natively (and tested with `cargo test`); only they
// use it, so outside a build with both of them its items are unused.
#[cfg_attr(
    not(all(target_arch = "wasm32", feature = "page", feature = "validator", not(feature = "docx-module"))),
    allow(dead_code)
)]
mod present;
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
    let ctx = Context::new(&doc, config);
    let mut findings = Vec::new();
    for rule in ALL_RULES {
        let set = config.level_of(rule.id());
        if set.is_some_and(|s| s.level == Level::Off) {
            continue;
        }
        let first = findings.len();
        rule.check(&ctx, &mut findings);
        if let Some(set) = set {
            let top = rule.top_severity();
            findings[first..].iter_mut().for_each(|f| f.severity = leveled(f.severity, top, set));
        }
    }
    drop_ignored(text, &config.ignore, &mut findings);
    diagnostic::sort_findings(&mut findings, |f| (f.range.start, f.range.end, f.rule));
    findings.dedup_by(|b, a| a.rule == b.rule && a.range == b.range);
    drop_inside_furniture(&mut findings);
    into_report(text, findings, config.max_diagnostics)
}

/// Drops a blank or an unpaired mark that lies inside page furniture (`字体:[    ]`): the
/// furniture is to be deleted as a whole, not filled in or closed. `findings` are sorted by start.
fn drop_inside_furniture(findings: &mut Vec<Finding>) {
    let mut reach = 0;
    findings.retain(|f| {
        if f.rule == rules::residue::META.id {
            reach = reach.max(f.range.end);
            return true;
        }
        let blank_or_mark = f.rule == rules::placeholder::META.id || f.rule == rules::unclosed_pair::META.id;
        !(blank_or_mark && f.range.end <= reach)
    });
}

/// The severity of a finding the rule graded `own` (its most certain findings being `top`) once
/// the administrator's level `set` applies: the level replaces `top`, and a finding the rule
/// graded lower stays as many steps below it (see [`config::RuleLevel`]).
fn leveled(own: Severity, top: Severity, set: config::RuleLevel) -> Severity {
    const ORDER: [Severity; 3] = [Severity::Error, Severity::Warning, Severity::Info];
    let rank = |s: Severity| ORDER.iter().position(|&o| o == s).unwrap_or(0);
    let target = match set.level {
        Level::Error => 0,
        Level::Warning => 1,
        _ => 2,
    };
    let below = if set.all { 0 } else { rank(own).saturating_sub(rank(top)) };
    ORDER[(target + below).min(2)]
}

/// Drops findings that lie inside an occurrence of a word the administrator said never to flag.
fn drop_ignored(text: &str, ignore: &[String], findings: &mut Vec<Finding>) {
    if ignore.is_empty() || findings.is_empty() {
        return;
    }
    let mut spans: Vec<(usize, usize)> =
        ignore.iter().flat_map(|w| text.match_indices(w.as_str()).map(|(i, m)| (i, i + m.len()))).collect();
    crate::sort::sort(&mut spans);
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
        order.sort_unstable_by_key(|&i| (kept[i].severity, i));
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
            Diagnostic {
                rule: f.rule.to_string(),
                severity: f.severity,
                start,
                end,
                line,
                column,
                message: f.message,
                suggestions,
            }
        })
        .collect();
    Report { diagnostics, summary }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_level_keeps_the_rules_own_grading_below_it() {
        use config::RuleLevel;
        use Severity::*;
        let set = |level, all| RuleLevel { level, all };
        // A rule whose certain findings are errors: an info guess never becomes an error…
        assert_eq!(leveled(Info, Error, set(Level::Error, false)), Info);
        assert_eq!(leveled(Warning, Error, set(Level::Warning, false)), Info);
        assert_eq!(leveled(Error, Error, set(Level::Warning, false)), Warning);
        // …unless the administrator asks for every finding at that level.
        assert_eq!(leveled(Info, Error, set(Level::Error, true)), Error);
        // A rule whose certain findings are warnings, raised to error: its infos become warnings.
        assert_eq!(leveled(Warning, Warning, set(Level::Error, false)), Error);
        assert_eq!(leveled(Info, Warning, set(Level::Error, false)), Warning);
        assert_eq!(leveled(Error, Error, set(Level::Info, false)), Info);
    }

    #[test]
    fn an_administrators_error_does_not_make_a_guess_blocking() {
        // No title: the section check can only guess the report type, so it reports an info.
        let text = "各位领导:\n一、主要工作\n全年举办讲座24场,服务群众3000人次。\n二、工作成效\n群众满意度明显提升。";
        let guess = |json: &str| {
            let r = check(text, &Config::from_json(json).unwrap());
            r.diagnostics.iter().filter(|d| d.rule == "missing-section").map(|d| d.severity).collect::<Vec<_>>()
        };
        assert_eq!(guess("{}"), [Severity::Info]);
        assert_eq!(guess(r#"{"rules": {"missing-section": "error"}}"#), [Severity::Info]);
        assert_eq!(guess(r#"{"rules": {"missing-section": {"level": "error", "all": true}}}"#), [Severity::Error]);
    }

    #[test]
    fn a_blank_inside_page_furniture_goes_with_it() {
        let rules_at = |text: &str| {
            let r = check(text, &Config::default());
            r.diagnostics.iter().map(|d| d.rule.clone()).collect::<Vec<_>>().join(" ")
        };
        let text = "社区2025年工作报告\n发布时间:2026-01-15\n字体:[    ]\n今年以来,社区围绕中心工作,扎实推进各项任务。";
        let found = rules_at(text);
        assert!(found.contains("residue") && !found.contains("placeholder"), "{found}");
        // The same blank in the report's own text is still one to fill in.
        let found = rules_at("社区2025年工作报告\n今年以来,社区共举办活动[    ]场。");
        assert!(found.contains("placeholder"), "{found}");
    }

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
