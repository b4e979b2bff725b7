//! Page-chunk markers left where a sharing site cut a report into pages (part of `residue`).

use super::*;

/// A site cuts a report into chunks of a round number of characters: a multiple of this many.
const CHUNK_ROUND_CHARS: usize = 100;

/// A chunk after a confirmed one is as long as it, give or take this many characters (a line
/// break more or less).
const CHUNK_SLACK_CHARS: usize = 2;

/// Page-chunk markers: `N、` starting a line whose previous line is a long paragraph cut in the
/// middle of a sentence, and the `1、` that opened the first chunk; after a confirmed marker, the
/// next number where the chunk before it is as long as the last one (a cut that fell after a
/// full stop: `1、` at 0, `2、` at 303 cutting a sentence, `3、` at 606).
pub(crate) fn chunk_markers(doc: &Document, out: &mut Vec<Finding>) {
    let mut prev: Option<(usize, &str)> = None;
    let mut first_one: Option<(usize, usize)> = None; // (line, byte offset of `1、`)
    let mut confirmed = false;
    // Character offsets, counted forward only: (byte, chars) of the last marker looked at.
    let mut counted = (0usize, 0usize);
    // The last chunk marker: (its number, its character offset, the chunk's length before it).
    let mut last: Option<(u32, usize, Option<usize>)> = None;
    let mut first_at = None; // character offset of `1、`
    for (i, line) in doc.non_blank_lines() {
        let lead = line.len() - line.trim_start().len();
        let t = &line[lead..];
        if let Some(f) = prev.and_then(|(pi, p)| page_number_cut(doc, (pi, p), (i, lead))) {
            out.push(f);
        }
        let digits = t.bytes().take_while(u8::is_ascii_digit).count();
        if (1..=2).contains(&digits) && t[digits..].starts_with('、') {
            let n: u32 = t[..digits].parse().unwrap_or(0);
            let marker_end = lead + digits + '、'.len_utf8();
            let after = line[marker_end..].len() - line[marker_end..].trim_start().len();
            let base = doc.lines[i].start;
            let at = base + lead;
            counted = (at, counted.1 + doc.text[counted.0..at].chars().count());
            if n == 1 && first_one.is_none() && line.chars().count() >= CHUNK_MIN_CHARS {
                first_one = Some((i, at));
                first_at = Some(counted.1);
            }
            // The next number after a chunk as long as the last one.
            let even = last.is_some_and(|(m, p, len)| {
                n == m + 1 && len.is_some_and(|len| (counted.1 - p).abs_diff(len) <= CHUNK_SLACK_CHARS)
            });
            let cut = prev.is_some_and(|(_, p)| {
                let p = p.trim_end();
                // After a comma only where the line before is a whole chunk: opened by a number and
                // cut at a round count of characters (`1、` and 300).
                let whole = || {
                    let body = p.trim_start_matches(crate::text::is_ascii_digit).strip_prefix('、');
                    body.is_some_and(|b| b.chars().count() % CHUNK_ROUND_CHARS == 0)
                };
                p.chars().count() >= CHUNK_MIN_CHARS
                    && p.chars()
                        .next_back()
                        .is_some_and(|c| is_han(c) || c.is_ascii_alphanumeric() || matches!(c, ',' | '，') && whole())
                    && !p.ends_with(is_sentence_end)
            });
            if even && !cut {
                out.push(
                    Finding::new(
                        crate::rules::residue::META.id,
                        Severity::Warning,
                        at..base + marker_end,
                        "行首的编号是文档分享网站的分页编号,请删除".to_string(),
                    )
                    .with_fix(at..base + marker_end + after, "", true),
                );
                last = last.map(|(_, p, _)| (n, counted.1, Some(counted.1 - p)));
            }
            if n >= 2 && cut && char_at(line, marker_end).is_some_and(|c| !c.is_whitespace()) {
                // The chunk's length, where the marker before it is known.
                let before = match last {
                    Some((m, p, _)) if m + 1 == n => Some(p),
                    _ if n == 2 => first_at,
                    _ => None,
                };
                last = Some((n, counted.1, before.map(|p| counted.1 - p)));
                let (pi, p) = prev.unwrap();
                let join_from = doc.lines[pi].start + p.trim_end().len();
                let text = &t[..digits + '、'.len_utf8()];
                out.push(
                    Finding::new(
                        crate::rules::residue::META.id,
                        Severity::Warning,
                        base + lead..base + marker_end,
                        format!("行首的“{text}”是文档分享网站的分页编号,把一句话断成了两行,请删除它并接上前后文字"),
                    )
                    .with_fix(join_from..base + marker_end + after, "", true),
                );
                if !confirmed {
                    confirmed = true;
                    if let Some((fi, at)) = first_one.filter(|&(fi, _)| fi < i) {
                        let fl = doc.line_text(fi);
                        let fl_lead = fl.len() - fl.trim_start().len();
                        let m_end = doc.lines[fi].start + fl_lead + "1、".len();
                        let rest = &doc.text[m_end..doc.lines[fi].end];
                        let gap = rest.len() - rest.trim_start().len();
                        out.push(
                            // Info only: the first chunk's number also reads as a list's first item.
                            Finding::new(
                                crate::rules::residue::META.id,
                                Severity::Info,
                                at..m_end,
                                "行首的“1、”像是文档分享网站的分页编号,若是请删除".to_string(),
                            )
                            .with_fix(at..m_end + gap, "", true),
                        );
                    }
                }
            }
        }
        prev = Some((i, line));
    }
}

/// `…18岁至60岁984人、 60岁 1⏎⏎以上164人。`: a page's number left at the end of a paragraph cut
/// by the page break, the sentence going on after the blank line (a PDF's pages pasted). The
/// paragraph before is a long one of sentences, the number stands after a blank and a word, and
/// the text after the break starts with a word, not a heading.
fn page_number_cut(doc: &Document, (pi, p): (usize, &str), (i, lead): (usize, usize)) -> Option<Finding> {
    let p = p.trim_end();
    let head = p.trim_end_matches(crate::text::is_ascii_digit);
    let digits = p.len() - head.len();
    let word = head.strip_suffix(&[' ', '\u{3000}'][..])?;
    let next = char_at(doc.line_text(i), lead)?;
    let paragraph = p.chars().count() >= CHUNK_MIN_CHARS && p.contains(&['，', ',', '、'][..]);
    if !(1..=3).contains(&digits)
        || i < pi + 2
        || !paragraph
        || !char_before(word, word.len()).is_some_and(|c| is_han(c) && !is_cn_numeral(c))
        || !is_han(next)
        || is_cn_numeral(next)
        || next == '第'
    {
        return None;
    }
    let at = doc.lines[pi].start + head.len();
    Some(
        Finding::new(
            crate::rules::residue::META.id,
            Severity::Warning,
            at..at + digits,
            "行末的数字是分页处的页码,把一句话断开了,请删除它并接上前后文字".to_string(),
        )
        .with_fix(doc.lines[pi].start + word.len()..doc.lines[i].start + lead, "", false),
    )
}
