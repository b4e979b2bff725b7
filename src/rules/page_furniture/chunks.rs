//! Page-chunk markers left where a sharing site cut a report into pages (part of `residue`).

use super::*;

/// A site cuts a report into chunks of a round number of characters: a multiple of this many.
const CHUNK_ROUND_CHARS: usize = 100;

/// Page-chunk markers: `N、` starting a line whose previous line is a long paragraph cut in the
/// middle of a sentence, and the `1、` that opened the first chunk.
pub(crate) fn chunk_markers(doc: &Document, out: &mut Vec<Finding>) {
    let mut prev: Option<(usize, &str)> = None;
    let mut first_one: Option<(usize, usize)> = None; // (line, byte offset of `1、`)
    let mut confirmed = false;
    for (i, line) in doc.non_blank_lines() {
        let lead = line.len() - line.trim_start().len();
        let t = &line[lead..];
        let digits = t.bytes().take_while(u8::is_ascii_digit).count();
        if (1..=2).contains(&digits) && t[digits..].starts_with('、') {
            let n: u32 = t[..digits].parse().unwrap_or(0);
            let marker_end = lead + digits + '、'.len_utf8();
            let after = line[marker_end..].len() - line[marker_end..].trim_start().len();
            let base = doc.lines[i].start;
            if n == 1 && first_one.is_none() && line.chars().count() >= CHUNK_MIN_CHARS {
                first_one = Some((i, base + lead));
            }
            let cut = prev.is_some_and(|(_, p)| {
                let p = p.trim_end();
                // After a comma only where the line before is a whole chunk: opened by a number and
                // cut at a round count of characters (`1、` and 300).
                let whole = || {
                    let body = p.trim_start_matches(|c: char| c.is_ascii_digit()).strip_prefix('、');
                    body.is_some_and(|b| b.chars().count() % CHUNK_ROUND_CHARS == 0)
                };
                p.chars().count() >= CHUNK_MIN_CHARS
                    && p.chars()
                        .next_back()
                        .is_some_and(|c| is_han(c) || c.is_ascii_alphanumeric() || matches!(c, ',' | '，') && whole())
                    && !p.ends_with(is_sentence_end)
            });
            if n >= 2 && cut && char_at(line, marker_end).is_some_and(|c| !c.is_whitespace()) {
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
