//! Terms a censoring site cut words out of, leaving a `.` (`党的.精神`): part of the lexicon's
//! near misses.

use super::*;

/// `.` (or `．`) between Chinese characters where a term's words were cut out: the text on either
/// side is the term's, around a gap of up to [`MAX_CENSORED`] characters. `budget` counts the dots
/// a document may still have looked at (a draft of dots must not cost a lookup each).
pub(super) fn censored(lex: &Lexicon, chars: &[char], budget: &mut usize, found: &mut Vec<Candidate>) {
    for (d, &c) in chars.iter().enumerate() {
        if c != '.' && c != '．' {
            continue;
        }
        let before = d.checked_sub(1).map(|i| chars[i]);
        let after = chars.get(d + 1).copied();
        // Between Chinese characters, or at a paragraph's edge next to one.
        if !(before.is_none_or(is_han) && after.is_none_or(is_han)) || before.is_none() && after.is_none() {
            continue;
        }
        if *budget == 0 {
            return;
        }
        *budget -= 1;
        // The term that fits best: the most characters matched around the gap (a..b cut out).
        // (matched, start, end, term, whole: the span holds all the term but the gap)
        let mut best: Option<(usize, usize, usize, usize, bool)> = None;
        let mut tied = false;
        let mut consider = |id: usize, a: usize, b: usize| {
            let term = &lex.terms[id];
            let n = term.len();
            if b > n || a >= b || a == 0 && b == n {
                return;
            }
            let left = common_suffix(&term[..a], &chars[..d]);
            let right = common_prefix(&term[b..], &chars[d + 1..]);
            // Each side is the term's own edge, or long enough to tell.
            let left_ok = left == a || left >= 3;
            let right_ok = right == n - b || right >= 3;
            let matched = left + right;
            if !(left_ok && right_ok && matched >= MIN_AROUND_CENSORED) {
                return;
            }
            match best {
                Some((m, _, _, other, _)) if m == matched => tied |= other != id,
                Some((m, ..)) if m > matched => {}
                _ => {
                    best = Some((matched, d - left, d + 1 + right, id, left == a && right == n - b));
                    tied = false;
                }
            }
        };
        // Either the character before the dot ends the kept head of a term…
        if let Some(places) = before.map(|l| lex.places(l)) {
            for &(_, id, p) in places {
                let a = p as usize + 1;
                for b in a + 1..=a + MAX_CENSORED {
                    consider(id as usize, a, b);
                }
            }
        }
        // …or the term's head was cut and the character after the dot starts what is left.
        if let Some(places) = after.map(|r| lex.places(r)) {
            for &(_, id, p) in places {
                if (p as usize) <= MAX_CENSORED && p > 0 {
                    consider(id as usize, 0, p as usize);
                }
            }
        }
        if let Some((_, start, end, id, whole)) = best {
            let term: String = lex.terms[id].iter().collect();
            let wrong: String = chars[start..end].iter().collect();
            let (message, right) = if tied {
                (format!("“{wrong}”中的“.”像是删去文字后留下的痕迹,请补全被删去的文字"), None)
            } else {
                (format!("“{wrong}”中的“.”像是删去文字后留下的痕迹,应为“{term}”,请补全"), whole.then_some(term))
            };
            found.push(Candidate { start, end, right, message, severity: Severity::Warning, at: None, known: false });
        }
    }
}
