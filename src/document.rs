//! The draft once parsed: its lines (paragraphs) and its outline (headings, title), built on
//! demand. What rules share beyond the text lives in `crate::analysis`.
//!
//! Rules work in UTF-8 byte offsets of `text`; [`crate::check`] converts to UTF-16 at the end
//! in one sorted sweep, so no rule pays for offset conversion.

use crate::outline::Outline;
use std::cell::OnceCell;
use std::ops::Range;

/// One line of the draft: the text between line breaks (`\n`, `\r\n` or `\r`).
/// In Chinese reports a line is almost always one paragraph or one heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character, before the line break.
    pub end: usize,
}

impl Line {
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

pub struct Document<'a> {
    pub text: &'a str,
    pub lines: Vec<Line>,
    outline: OnceCell<Outline>,
}

/// The lines of `text`, split at `\n`, `\r\n` and `\r`.
fn split_lines(text: &str) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut start = 0;
    if !text.as_bytes().contains(&b'\r') {
        // Nearly every draft: `\n` only, found by the standard library's fast byte search
        // rather than by looking at every byte.
        for (i, _) in text.match_indices('\n') {
            lines.push(Line { start, end: i });
            start = i + 1;
        }
        lines.push(Line { start, end: text.len() });
        return lines;
    }
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                lines.push(Line { start, end: i });
                start = i + 1;
            }
            b'\r' => {
                lines.push(Line { start, end: i });
                if bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    lines.push(Line { start, end: bytes.len() });
    lines
}

impl<'a> Document<'a> {
    pub fn new(text: &'a str) -> Self {
        Document { text, lines: split_lines(text), outline: OnceCell::new() }
    }

    /// The text of line `i`, without its line break.
    pub fn line_text(&self, i: usize) -> &'a str {
        let l = self.lines[i];
        &self.text[l.start..l.end]
    }

    /// Lines with their index, skipping those that are blank (only white space).
    pub fn non_blank_lines(&self) -> impl Iterator<Item = (usize, &'a str)> + '_ {
        (0..self.lines.len()).map(|i| (i, self.line_text(i))).filter(|(_, t)| !t.trim().is_empty())
    }

    /// Index of the line holding byte offset `pos` (binary search).
    pub fn line_of(&self, pos: usize) -> usize {
        match self.lines.binary_search_by(|l| l.start.cmp(&pos)) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }

    /// The heading structure, built once on first use.
    pub fn outline(&self) -> &Outline {
        self.outline.get_or_init(|| Outline::build(self))
    }
}

/// Converts byte offsets of `text` to (UTF-16 offset, 1-based line, 1-based UTF-16 column).
///
/// `positions` may be in any order; they are answered in one forward sweep over the text,
/// so the cost is O(text + positions·log positions) however many diagnostics there are.
pub(crate) fn to_utf16(text: &str, positions: &[usize]) -> Vec<(usize, usize, usize)> {
    let mut order: Vec<usize> = (0..positions.len()).collect();
    order.sort_unstable_by_key(|&k| positions[k]);
    let mut out = vec![(0, 1, 1); positions.len()];
    let mut byte = 0usize;
    let mut u16 = 0usize;
    let mut line = 1usize;
    let mut line_start_u16 = 0usize;
    let mut chars = text.char_indices().peekable();
    let mut prev_cr = false;
    for k in order {
        // A position inside a character is moved back to its start, so spans never split one.
        let target = floor_char_boundary(text, positions[k].min(text.len()));
        while byte < target {
            let (_, c) = chars.next().expect("target is within text");
            byte += crate::text::char_len(c);
            u16 += c.len_utf16();
            match c {
                '\n' if prev_cr => line_start_u16 = u16,
                '\n' | '\r' => {
                    line += 1;
                    line_start_u16 = u16;
                }
                _ => {}
            }
            prev_cr = c == '\r';
        }
        out[k] = (u16, line, u16 - line_start_u16 + 1);
    }
    out
}

/// The largest char boundary ≤ `pos` (stable replacement for `str::floor_char_boundary`).
pub fn floor_char_boundary(text: &str, mut pos: usize) -> usize {
    if pos >= text.len() {
        return text.len();
    }
    while !text.is_char_boundary(pos) {
        pos -= 1;
    }
    pos
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_split_the_same_with_and_without_carriage_returns() {
        let texts = |t: &'static str| {
            let d = Document::new(t);
            (0..d.lines.len()).map(|i| d.line_text(i)).collect::<Vec<_>>()
        };
        assert_eq!(texts("一\n\n二\n"), ["一", "", "二", ""]);
        assert_eq!(texts("一\r\n\r\n二\r\n"), ["一", "", "二", ""]);
        assert_eq!(texts(""), [""]);
    }

    #[test]
    fn lines_split_on_every_break_style() {
        let d = Document::new("一\n二\r\n三\r四");
        let texts: Vec<_> = (0..d.lines.len()).map(|i| d.line_text(i)).collect();
        assert_eq!(texts, ["一", "二", "三", "四"]);
        assert_eq!(d.line_of(d.lines[2].start + 1), 2);
    }

    #[test]
    fn utf16_offsets_count_surrogate_pairs_and_lines() {
        let text = "a😀\r\n中b";
        // bytes: a=0, 😀=1..5, \r=5, \n=6, 中=7..10, b=10
        let got = to_utf16(text, &[10, 0, 1, 5, 7]);
        // a=1 unit, 😀=2, \r\n=2, 中=1: b starts at unit 6, column 2 of line 2.
        assert_eq!(got, [(6, 2, 2), (0, 1, 1), (1, 1, 2), (3, 1, 4), (5, 2, 1)]);
    }
}
