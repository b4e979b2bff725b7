//! Whether a window one edit from a term is a slip worth reporting, and how (its message and
//! severity): part of the lexicon's near misses.

use super::*;

/// Whether a window one edit from `term` is a slip worth reporting, and how.
pub(super) fn judge(
    lex: &Lexicon,
    term: &[char],
    chars: &[char],
    (start, end): (usize, usize),
    wrong: &str,
    e: Edit,
) -> Option<Candidate> {
    let n = term.len();
    if lex.is_correct(wrong) {
        return None;
    }
    let right: String = term.iter().collect();
    let interior = |k: usize| k > 0 && k + 1 < n;
    let (message, severity, at) = match e {
        Edit::Changed(k) => {
            let (was, now) = (term[k], chars[start + k]);
            // In a shorter term the change must keep off its first and last characters, which are
            // often a word of their own (`乡村建设行动` → `乡村建设不动摇`).
            let long_enough = n >= SUB_MIN_LEN && k >= margin(n) && k + margin(n) < n;
            // A function word in a term's place rewords it (`中国共产党的精神谱系`), or is the word
            // before a term that lost its first character (`作为风廉政建设`).
            if !long_enough || !is_han(now) || same_class(was, now) || LIGHT.contains(was) || BEFORE_WORD.contains(now)
            {
                return None;
            }
            // A term made of a term and another word (`主题党日` + `活动`): a change in the other
            // word is another phrase after the term (`主题党日不动摇`), not a slip in it.
            let whole = |piece: &[char]| piece.len() >= MIN_PIECE && lex.is_correct(&piece.iter().collect::<String>());
            if (MIN_PIECE..=k).any(|s| whole(&term[..s])) || (k + 1..n).any(|s| whole(&term[s..])) {
                return None;
            }
            // A changed character may make another correct phrase the lexicon does not list
            // (`深化医疗卫生体制改革`, written before 医药卫生 became the fixed term): a warning.
            let severity = Severity::Warning;
            (
                format!("“{wrong}”疑为固定提法“{right}”之误(“{now}”应为“{was}”),请核对"),
                severity,
                (start + k, start + k + 1),
            )
        }
        Edit::Dropped(k) => {
            let gone = term[k];
            if n < DROP_MIN_LEN || !is_han(gone) || LIGHT.contains(gone) {
                return None;
            }
            // Inside a term, what is left is often a phrase of its own (`中国现代化建设` beside
            // 中国式现代化, `社会主义现代化国际大都市`): only in long terms, away from the ends.
            let keep_off = if n >= EDGE_MIN_LEN { 1 } else { 2 };
            if interior(k) && (n < INNER_DROP_MIN_LEN || k < keep_off || k + keep_off >= n) {
                return None;
            }
            if !interior(k) {
                // A term cut at either end is often a correct shorter phrase (`发展理念`); the
                // text must show that nothing else stands there.
                if n < EDGE_DROP_MIN_LEN {
                    return None;
                }
                let boundary = if k == 0 { start.checked_sub(1).map(|i| chars[i]) } else { chars.get(end).copied() };
                let clear = match boundary {
                    None => true,
                    Some(c) => BEFORE_WORD.contains(c) && (k == 0 || !is_han(c)),
                };
                // What is left must not begin (end) the way a term does: then it is that term, or
                // a phrase of its own (`习近平同志为核心的党中央` without its 以).
                // Nor begin with a function word (`为群众办实事` without its 我).
                let rest = &term[if k == 0 { 1..3 } else { n - 3..n - 1 }];
                let outer = rest[if k == 0 { 0 } else { 1 }];
                if !clear
                    || LIGHT.contains(outer)
                    || BEFORE_WORD.contains(outer)
                    || lex.edge_pair(rest[0], rest[1], k == 0)
                {
                    return None;
                }
            }
            // The characters on either side of the gap.
            (
                format!("“{wrong}”疑为固定提法“{right}”漏了“{gone}”字,请核对"),
                Severity::Warning,
                (start + k.saturating_sub(1), start + k + 1),
            )
        }
        Edit::Doubled(k) => {
            let twice = term[k];
            if !interior(k) || !is_han(twice) {
                return None;
            }
            (format!("“{wrong}”多了一个“{twice}”字,应为“{right}”"), Severity::Error, (start + k, start + k + 2))
        }
    };
    Some(Candidate { start, end, right: Some(right), message, severity, at: Some(at), known: false })
}
