//! The checking page's problem list and highlights: what an entry quotes and offers, the key
//! that tells whether an entry looks as before, the grouping by rule, and where the text is cut
//! for `<mark>` highlights.

use crate::diagnostic::{Diagnostic, Severity, Suggestion};

/// Characters of flagged text a list entry (the page's or the validator's panel's) quotes at
/// most before cutting it with "…".
pub(crate) const QUOTE_CHARS: usize = 24;

/// `text` whole when it has at most [`QUOTE_CHARS`] characters, else its first `keep` and "…".
/// The page keeps 23 (its quote is 24 characters with the ellipsis), the validator's panel 24.
pub(crate) fn shorten(text: &str, keep: usize) -> String {
    if text.chars().count() > QUOTE_CHARS {
        text.chars().take(keep).chain(['…']).collect()
    } else {
        text.to_string()
    }
}

/// What a page entry quotes: the flagged units `start..end` of `units` (clamped to it), shortened.
pub(crate) fn page_quote(units: &[u16], start: usize, end: usize) -> String {
    let a = start.min(units.len());
    let b = end.min(units.len()).max(a);
    shorten(&crate::text::from_utf16_lossy(&units[a..b]), QUOTE_CHARS - 1)
}

/// UTF-16 units of flagged text the validator's panel reads at most for its excerpt.
pub(crate) const EXCERPT_UNITS: u32 = 200;

/// What the validator's panel quotes of `flagged` (its first [`EXCERPT_UNITS`]): control
/// characters as spaces, trimmed, shortened; empty when `message` already quotes it (or the
/// span is empty: a missing section).
pub(crate) fn panel_excerpt(flagged: &str, message: &str) -> String {
    let t: String = flagged.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    let quoted = shorten(t.trim(), QUOTE_CHARS);
    if message.contains(quoted.as_str()) {
        String::new()
    } else {
        quoted
    }
}

/// The label of an entry's fix button, from its first safe suggestion: `删除` or `改为“…”`.
pub(crate) fn fix_label(suggestions: &[Suggestion]) -> Option<String> {
    suggestions.iter().find(|s| s.safe).map(|s| {
        if s.replacement.is_empty() {
            "删除".to_string()
        } else {
            format!("改为“{}”", s.replacement)
        }
    })
}

/// What identifies how an entry looks apart from its line: entries with equal keys are drawn
/// the same, so a redraw keeps their elements.
pub(crate) fn entry_key(d: &Diagnostic, quote: &str, fix: Option<&str>, place: Option<&str>) -> String {
    let key = format!("{}\u{1}{}\u{1}{}\u{1}{}", d.severity.as_str(), quote, d.message, fix.unwrap_or(""));
    match place {
        Some(p) => format!("{key}\u{1}{p}"),
        None => key,
    }
}

/// Where an entry is: its place in the Word document when it has one, else its line; then the
/// severity (`第 3 行 · 错误`, `表格1 第2行第3列 · 提醒`).
pub(crate) fn place_text(place: Option<&str>, line: usize, severity: Severity) -> String {
    match place {
        Some(p) => format!("{p} · {}", severity.label()),
        None => format!("第 {line} 行 · {}", severity.label()),
    }
}

/// One rule's entries in the list: the rule, its most severe entry's severity, and the entries'
/// positions in the sequence grouped.
pub(crate) type Group<'a> = (&'a str, Severity, Vec<usize>);

/// The list's groups, one per rule, in the order of their most severe entry, then of first
/// appearance. `items`: each shown problem's rule and severity, in list order.
pub(crate) fn group_by_rule<'a>(items: impl IntoIterator<Item = (&'a str, Severity)>) -> Vec<Group<'a>> {
    let mut groups: Vec<Group<'a>> = Vec::new();
    for (k, (rule, severity)) in items.into_iter().enumerate() {
        match groups.iter_mut().find(|g| g.0 == rule) {
            Some(g) => {
                g.1 = g.1.min(severity);
                g.2.push(k);
            }
            None => groups.push((rule, severity, vec![k])),
        }
    }
    // (The first problem of each group breaks ties: groups keep the order they were met in.)
    crate::sort::sort_by_key(&mut groups, |g| (g.1, g.2[0]));
    groups
}

/// The pieces of a text of `len` units cut at every span boundary, each with the most severe
/// span over it (`None`: plain text). `spans` (start, end, severity) are sorted by start.
pub(crate) fn cut_marks(spans: &[(usize, usize, Severity)], len: usize) -> Vec<(usize, usize, Option<Severity>)> {
    let mut cuts: Vec<usize> = spans.iter().flat_map(|&(a, b, _)| [a, b]).chain([0, len]).collect();
    // Not deduplicated: a repeated cut makes an empty window, skipped below.
    crate::sort::sort(&mut cuts);
    // `open` holds the spans that may cover the current piece.
    let mut open: Vec<(usize, Severity)> = Vec::new();
    let mut next = 0;
    let mut pieces = Vec::new();
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1].min(len));
        if a >= b {
            continue;
        }
        while next < spans.len() && spans[next].0 <= a {
            open.push((spans[next].1, spans[next].2));
            next += 1;
        }
        open.retain(|&(end, _)| end > a);
        pieces.push((a, b, open.iter().map(|o| o.1).min()));
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;
    use Severity::{Error, Info, Warning};

    fn u(s: &str) -> Vec<u16> {
        s.encode_utf16().collect()
    }

    #[test]
    fn quotes_are_cut_after_24_characters() {
        let short = "一".repeat(24);
        assert_eq!(page_quote(&u(&short), 0, 24), short);
        let long = "一".repeat(25);
        let q = page_quote(&u(&long), 0, 25);
        assert_eq!(q.chars().count(), 24);
        assert!(q.ends_with("一…"));
        assert_eq!(shorten(&long, QUOTE_CHARS).chars().count(), 25);
    }

    #[test]
    fn a_quote_is_clamped_to_the_text() {
        assert_eq!(page_quote(&u("甲乙"), 1, 9), "乙");
        assert_eq!(page_quote(&u("甲乙"), 5, 9), "");
        assert_eq!(page_quote(&u("甲乙"), 2, 1), "");
    }

    #[test]
    fn the_fix_label_comes_from_the_first_safe_suggestion() {
        let s = |r: &str, safe| Suggestion { start: 0, end: 1, replacement: r.into(), safe };
        assert_eq!(fix_label(&[]), None);
        assert_eq!(fix_label(&[s("x", false)]), None);
        assert_eq!(fix_label(&[s("x", false), s("", true)]).as_deref(), Some("删除"));
        assert_eq!(fix_label(&[s("。", true)]).as_deref(), Some("改为“。”"));
    }

    #[test]
    fn keys_ignore_the_line_but_not_the_place() {
        let mut d = Diagnostic {
            rule: "r".into(),
            severity: Warning,
            start: 0,
            end: 1,
            line: 3,
            column: 1,
            message: "m".into(),
            suggestions: Vec::new(),
        };
        let k = entry_key(&d, "q", None, None);
        d.line = 9;
        assert_eq!(entry_key(&d, "q", None, None), k);
        assert_ne!(entry_key(&d, "q", Some("删除"), None), k);
        assert_ne!(entry_key(&d, "q", None, Some("第3段")), k);
        d.severity = Error;
        assert_ne!(entry_key(&d, "q", None, None), k);
    }

    #[test]
    fn place_text_names_the_line_or_the_place() {
        assert_eq!(place_text(None, 3, Error), format!("第 3 行 · {}", Error.label()));
        assert_eq!(place_text(Some("表格1 第2行第3列"), 3, Info), format!("表格1 第2行第3列 · {}", Info.label()));
    }

    #[test]
    fn groups_follow_their_most_severe_entry_then_first_appearance() {
        let items = [("a", Info), ("b", Warning), ("a", Error), ("c", Warning), ("b", Info)];
        let groups = group_by_rule(items);
        assert_eq!(groups, vec![("a", Error, vec![0, 2]), ("b", Warning, vec![1, 4]), ("c", Warning, vec![3])]);
        assert!(group_by_rule([]).is_empty());
    }

    #[test]
    fn marks_take_the_most_severe_span_over_them() {
        let spans = [(2, 6, Warning), (4, 8, Error), (8, 8, Info)];
        assert_eq!(
            cut_marks(&spans, 10),
            vec![(0, 2, None), (2, 4, Some(Warning)), (4, 6, Some(Error)), (6, 8, Some(Error)), (8, 10, None)]
        );
    }

    #[test]
    fn marks_cover_the_whole_text_once() {
        assert_eq!(cut_marks(&[], 5), vec![(0, 5, None)]);
        assert_eq!(cut_marks(&[], 0), vec![]);
        // A span past the end (a stale report) is cut at the end.
        assert_eq!(cut_marks(&[(3, 9, Info)], 5), vec![(0, 3, None), (3, 5, Some(Info))]);
    }

    #[test]
    fn the_panel_excerpt_is_clean_and_not_repeated() {
        assert_eq!(panel_excerpt(" 甲\t乙\n", "别的话"), "甲 乙");
        assert_eq!(panel_excerpt("XXX", "“XXX”未填写"), "");
        assert_eq!(panel_excerpt("", "缺少章节"), "");
        let long = "一".repeat(30);
        let q = panel_excerpt(&long, "m");
        assert_eq!(q.chars().count(), 25);
        assert!(q.ends_with('…'));
    }
}
