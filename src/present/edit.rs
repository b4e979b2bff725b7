//! What an edit changed, and what identifies one problem across edits.

use crate::diagnostic::Diagnostic;

/// Characters of context either side of a problem that identify it for "ignore this one".
pub(crate) const IGNORE_CONTEXT: usize = 12;

/// Lengths of the common beginning and the common end of `old` and `new` (UTF-16), not
/// overlapping, and never splitting a surrogate pair (the changed middle must be whole characters).
pub(crate) fn unchanged_ends(old: &[u16], new: &[u16]) -> (usize, usize) {
    let is_high = |u: u16| (0xD800..0xDC00).contains(&u);
    let is_low = |u: u16| (0xDC00..0xE000).contains(&u);
    let mut start = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    if start > 0 && is_high(new[start - 1]) {
        start -= 1;
    }
    let most = old.len().min(new.len()) - start;
    let mut end = old.iter().rev().zip(new.iter().rev()).take(most).take_while(|(a, b)| a == b).count();
    if end > 0 && is_low(new[new.len() - end]) {
        end -= 1;
    }
    (start, end)
}

/// The key that identifies one occurrence for "ignore this one": rule, text and a little
/// context (`units` is the checked draft in UTF-16), so it survives edits elsewhere in the draft.
pub(crate) fn ignore_key(units: &[u16], d: &Diagnostic) -> String {
    let a = d.start.saturating_sub(IGNORE_CONTEXT).min(units.len());
    let b = (d.end + IGNORE_CONTEXT).min(units.len()).max(a);
    format!("{}\u{1}{}\u{1}{}", d.rule, d.start.saturating_sub(a), crate::text::from_utf16_lossy(&units[a..b]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Severity;

    fn u(s: &str) -> Vec<u16> {
        s.encode_utf16().collect()
    }

    fn diag(rule: &str, start: usize, end: usize) -> Diagnostic {
        Diagnostic {
            rule: rule.into(),
            severity: Severity::Error,
            start,
            end,
            line: 1,
            column: 1,
            message: String::new(),
            suggestions: Vec::new(),
        }
    }

    #[test]
    fn an_insertion_keeps_both_ends() {
        assert_eq!(unchanged_ends(&u("甲乙丙"), &u("甲乙X丙")), (2, 1));
        assert_eq!(unchanged_ends(&u("abc"), &u("abc")), (3, 0));
        assert_eq!(unchanged_ends(&u(""), &u("ab")), (0, 0));
        assert_eq!(unchanged_ends(&u("ab"), &u("")), (0, 0));
    }

    #[test]
    fn ends_do_not_overlap_in_repeated_text() {
        // "aa" → "aaa": 2 kept at the start, so at most 0 of the old text is left for the end.
        let (s, e) = unchanged_ends(&u("aa"), &u("aaa"));
        assert_eq!((s, e), (2, 0));
        assert!(s + e <= 2);
    }

    #[test]
    fn a_surrogate_pair_is_never_split() {
        // 𠀀 (U+20000) and 𠀁 share their high surrogate: the changed middle starts before it.
        let (s, e) = unchanged_ends(&u("a𠀀b"), &u("a𠀁b"));
        assert_eq!((s, e), (1, 1));
        // …and share no low surrogate at the end: 𠀀 vs 𡀀 differ in the high one only.
        let (s, e) = unchanged_ends(&u("a𠀀"), &u("a𡀀"));
        assert_eq!((s, e), (1, 0));
    }

    #[test]
    fn ignore_key_holds_rule_offset_and_context() {
        let text = u("前文前文前文前文前文前文前文XXXX后文");
        let d = diag("placeholder", 14, 18);
        let key = ignore_key(&text, &d);
        assert_eq!(key, format!("placeholder\u{1}12\u{1}{}", "前文前文前文前文前文前文XXXX后文"));
        // The same problem after an edit far before it keeps its key.
        let moved = u("新增的一段话。前文前文前文前文前文前文前文XXXX后文");
        assert_eq!(ignore_key(&moved, &diag("placeholder", 21, 25)), key);
    }

    #[test]
    fn ignore_key_near_the_edges() {
        let text = u("XX");
        assert_eq!(ignore_key(&text, &diag("r", 0, 2)), "r\u{1}0\u{1}XX");
        // Offsets past the text (a stale report) do not panic.
        assert_eq!(ignore_key(&text, &diag("r", 40, 41)), "r\u{1}38\u{1}");
    }
}
