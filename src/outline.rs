//! The outline of a draft: its title, its headings of every level and the section tree they
//! make, and — when several documents were pasted into one draft — where each document starts.
//!
//! Headings come in two kinds:
//! - numbered: `第一部分`, `一、`, `(一)`/`（一）`, `1.`/`1、`, `(1)`, `①`, and paragraph-initial
//!   ordinals `第一,`. A numbered line is a heading even when body text follows it on the same
//!   line (`1、深化创业服务。要继续…`), because drafts number their paragraphs that way;
//! - plain: a short stand-alone line with no sentence punctuation (`回顾过去,砥砺前行`,
//!   `二〇一四年工作思路`).
//!
//! Levels are not fixed by marker style: the first style met is the top level, a new style
//! nests under the current heading and a style already open closes everything below it (the
//! way a reader follows `一、 (一) 1.` or `1、 (1)` alike). `1、` and `1.` are one style.
//!
//! The title is the first non-blank line when it is shaped like a title, or else a line among
//! the first few that ends in 总结/报告/计划/…. A later line ending in such a word *and* naming a
//! unit (`xx街道妇联2022年工作总结`) starts a new pasted document; a bare `2023年工作计划` is a
//! section heading, not a title. A "document" with almost no content (a repeated title, a
//! `时间:…` line, a keyword list at the end) is merged into its neighbour, so a title printed
//! twice by a sharing site does not split the draft.
//!
//! Everything here is one forward pass over the lines (each line looked at a bounded number of
//! times), so the outline of a 10 MB draft costs about as much as reading it.

use crate::document::Document;
use crate::text::Words;
use crate::text::{is_han, is_sentence_end};
use crate::words;
use std::ops::Range;

/// The marker style of a numbered heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Style {
    /// `第一部分`, `第一章`, `第一篇`.
    Part,
    /// `一、`, `一.`.
    Han,
    /// `(一)`, `（一）`.
    ParenHan,
    /// `1.`, `1、`, `1．`.
    Arabic,
    /// `(1)`, `（1）`.
    ParenArabic,
    /// `①`…`⑳`.
    Circled,
    /// `第一,` `第二、` at the start of a paragraph.
    Ordinal,
}

/// The number of a numbered heading.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Number {
    pub style: Style,
    pub value: u32,
    /// The marker itself (`一、`, `(3)`, `第二部分`), byte offsets in the text.
    pub range: Range<usize>,
    /// For `一、`/`1.` styles the separator (`、`, `.`, `．`, `,`); for the others the last
    /// character of the marker.
    pub sep: char,
}

impl Number {
    /// How a marker of `style` with `value` is written, using `sep` where the style has one.
    pub fn render(style: Style, value: u32, sep: char) -> String {
        // Pushed piece by piece rather than a `format!` per style: less code in the page module.
        let mut s = String::new();
        match style {
            Style::Part | Style::Ordinal => s.push('第'),
            Style::ParenHan | Style::ParenArabic => s.push('('),
            _ => {}
        }
        match style {
            Style::Arabic | Style::ParenArabic => s.push_str(&value.to_string()),
            Style::Circled => s.extend(char::from_u32(0x245F + value.clamp(1, 20))),
            _ => push_han_numeral(&mut s, value),
        }
        match style {
            Style::Part => s.push_str("部分"),
            Style::Han | Style::Arabic | Style::Ordinal => s.push(sep),
            Style::ParenHan | Style::ParenArabic => s.push(')'),
            Style::Circled => {}
        }
        s
    }
}

/// One heading line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    /// Index into `Document::lines`.
    pub line: usize,
    /// `None` for a plain (unnumbered) heading.
    pub number: Option<Number>,
    /// The heading words: after the marker, up to the first sentence break (byte offsets).
    pub text: Range<usize>,
    /// True when the line holds nothing but the heading (no body text after it).
    pub standalone: bool,
    /// 0 for the top level of its document. Plain headings are always 0.
    pub depth: usize,
    /// Byte offset where the section under this heading ends (the next heading of the same or
    /// a higher level, or the end of its document).
    pub section_end: usize,
    /// Index into [`Outline::parts`].
    pub part: usize,
    /// A plain heading shaped like a title (`…工作总结及下阶段工作计划` printed again inside the
    /// draft): it names the document, not one of its sections.
    pub title_like: bool,
}

/// The title of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Title {
    /// Index into `Document::lines`.
    pub line: usize,
    /// The title words, byte offsets: without surrounding blanks, `【】`, or a file extension.
    pub range: Range<usize>,
}

/// One document of the draft (a draft usually holds one; a pasted compilation several).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    pub title: Option<Title>,
    /// Line indices.
    pub lines: Range<usize>,
    /// Indices into [`Outline::headings`].
    pub headings: Range<usize>,
    /// Byte offsets.
    pub range: Range<usize>,
}

/// The heading structure of a draft.
#[derive(Debug, Clone, Default)]
pub struct Outline {
    pub headings: Vec<Heading>,
    /// The documents of the draft, in order; never empty once built.
    pub parts: Vec<Part>,
}

/// Words a title ends in (after `【】`, extensions and trailing `一`/`(一)`/`范文` are removed).
const TITLE_ENDINGS: Words = words!["总结", "报告", "计划", "规划", "汇报", "要点"];

/// Words that name a unit or a person: a later line that ends in a title word starts a new
/// document only if the words before the title word hold one of these (`县妇联工作报告`), so a
/// section heading like `2023年工作计划` never splits a draft.
const UNIT_MARKERS: Words = words![
    "局", "委", "办", "会", "联", "处", "院", "所", "站", "队", "部", "厅", "司", "中心", "社区", "街道", "镇", "乡",
    "村", "县", "区", "市", "省", "学校", "小学", "中学", "大学", "医院", "支部", "党组", "科", "室", "馆", "厂",
    "集团", "个人", "本人", "班", "组织",
];

/// How many non-blank lines from the start may hold the title when the first is not one.
const TITLE_SEARCH_LINES: usize = 5;
/// Longest title, in characters.
const MAX_TITLE_CHARS: usize = 60;
/// Longest plain (unnumbered) heading, in characters.
const MAX_PLAIN_HEADING_CHARS: usize = 30;
/// A document with less body text than this (in bytes, about 50 Han) and no numbered heading
/// is merged into a neighbour: it is a repeated title or page furniture, not a document.
const MIN_PART_BODY_BYTES: usize = 150;

impl Outline {
    pub fn build(doc: &Document) -> Outline {
        let kinds: Vec<Kind> = (0..doc.lines.len()).map(|i| classify(doc, i)).collect();
        let first_title = find_first_title(doc, &kinds);

        // Split at titles: the first title, then every later strong title naming a unit.
        let mut starts: Vec<(usize, Option<Title>)> = Vec::new();
        let from = first_title.as_ref().map_or(0, |t| t.line + 1);
        starts.push((0, first_title));
        for (i, kind) in kinds.iter().enumerate().skip(from) {
            if let Kind::Title { range, names_unit: true } = kind {
                starts.push((i, Some(Title { line: i, range: range.clone() })));
            }
        }
        let mut parts: Vec<Part> = Vec::with_capacity(starts.len());
        for (k, (start, title)) in starts.iter().enumerate() {
            let end = starts.get(k + 1).map_or(doc.lines.len(), |s| s.0);
            parts.push(Part { title: title.clone(), lines: *start..end, headings: 0..0, range: 0..0 });
        }
        let parts = merge_tiny_parts(doc, &kinds, parts);

        let title_lines: Vec<usize> = parts.iter().filter_map(|p| p.title.as_ref().map(|t| t.line)).collect();
        let mut headings = Vec::new();
        let mut out_parts = Vec::with_capacity(parts.len());
        for (p, mut part) in parts.into_iter().enumerate() {
            let first_heading = headings.len();
            let mut open: Vec<Style> = Vec::new();
            for i in part.lines.clone() {
                if title_lines.binary_search(&i).is_ok() {
                    continue;
                }
                let (number, text, standalone, title_like) = match &kinds[i] {
                    Kind::Numbered { number, text, standalone } => {
                        (Some(number.clone()), text.clone(), *standalone, false)
                    }
                    Kind::Plain { text } => (None, text.clone(), true, false),
                    Kind::Title { range, .. } => (None, range.clone(), true, true),
                    Kind::Body | Kind::Blank => continue,
                };
                let depth = match &number {
                    None => 0,
                    Some(n) => match open.iter().position(|s| *s == n.style) {
                        Some(d) => {
                            open.truncate(d + 1);
                            d
                        }
                        None => {
                            open.push(n.style);
                            open.len() - 1
                        }
                    },
                };
                headings.push(Heading {
                    line: i,
                    number,
                    text,
                    standalone,
                    depth,
                    section_end: 0,
                    part: p,
                    title_like,
                });
            }
            part.headings = first_heading..headings.len();
            part.range = doc.lines[part.lines.start].start..doc.lines[part.lines.end - 1].end;
            out_parts.push(part);
        }
        // Section ends: one backward pass with a stack of (depth, start) of headings seen later.
        for part in &out_parts {
            let mut later: Vec<(usize, usize)> = Vec::new();
            for h in part.headings.clone().rev() {
                let depth = headings[h].depth;
                while later.last().is_some_and(|&(d, _)| d > depth) {
                    later.pop();
                }
                headings[h].section_end = later.last().map_or(part.range.end, |&(_, s)| s);
                later.push((depth, doc.lines[headings[h].line].start));
            }
        }
        Outline { headings, parts: out_parts }
    }

    /// The title of the draft (of its first document), if it has one.
    pub fn title(&self) -> Option<&Title> {
        self.parts.first()?.title.as_ref()
    }

    /// The document holding line `line`.
    pub fn part_of_line(&self, line: usize) -> Option<&Part> {
        let k = self.parts.partition_point(|p| p.lines.end <= line);
        self.parts.get(k)
    }

    /// The headings of document `part`.
    pub fn headings_of(&self, part: &Part) -> &[Heading] {
        &self.headings[part.headings.clone()]
    }
}

/// What one line is, before titles and documents are decided.
#[derive(Debug, Clone)]
enum Kind {
    Blank,
    Body,
    Numbered {
        number: Number,
        text: Range<usize>,
        standalone: bool,
    },
    Plain {
        text: Range<usize>,
    },
    /// Shaped like a title and ending in a title word; `names_unit` when it can start a document.
    Title {
        range: Range<usize>,
        names_unit: bool,
    },
}

fn is_blank(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// Byte range of `line` without surrounding blanks.
fn trimmed(doc: &Document, i: usize) -> Range<usize> {
    let l = doc.lines[i];
    let s = &doc.text[l.range()];
    let lead = s.len() - s.trim_start_matches(is_blank).len();
    let body = s.trim_matches(is_blank);
    l.start + lead..l.start + lead + body.len()
}

fn classify(doc: &Document, i: usize) -> Kind {
    let r = trimmed(doc, i);
    if r.is_empty() {
        return Kind::Blank;
    }
    let s = &doc.text[r.clone()];
    if let Some((number, len)) = parse_marker(s) {
        let number = Number { range: r.start + number.range.start..r.start + number.range.end, ..number };
        let rest = &s[len..];
        let lead = rest.len() - rest.trim_start_matches(is_blank).len();
        let rest = &rest[lead..];
        // A table row (`一、食品烟酒 | 0.1 |`, or cells a tab apart as pasted from Word) is not a
        // heading: a statistics bulletin's item rows restart their numbers inside any section.
        if rest.contains('|') || rest.trim_end_matches(is_blank).contains('\t') {
            return Kind::Body;
        }
        let cut = rest.find(|c: char| is_sentence_end(c) || c == '：' || c == ':').unwrap_or(rest.len());
        let start = r.start + len + lead;
        let mut after = rest[cut..].chars();
        after.next();
        let after = after.any(|c| !is_blank(c));
        return Kind::Numbered { number, text: start..start + cut, standalone: !after };
    }
    let inner = strip_decoration(s);
    let inner_range = r.start + (inner.as_ptr() as usize - s.as_ptr() as usize)
        ..r.start + (inner.as_ptr() as usize - s.as_ptr() as usize) + inner.len();
    if title_shaped(inner) {
        let core = strip_title_tail(inner);
        if let Some(ending) = TITLE_ENDINGS.iter().find(|e| core.ends_with(*e)) {
            let stem = &core[..core.len() - ending.len()];
            let names_unit = UNIT_MARKERS.any_in(stem);
            return Kind::Title { range: inner_range, names_unit };
        }
        if inner.chars().take(MAX_PLAIN_HEADING_CHARS + 1).count() <= MAX_PLAIN_HEADING_CHARS {
            return Kind::Plain { text: inner_range };
        }
    }
    Kind::Body
}

/// Drops `【】`/`[]` around a line and a trailing file extension (`….docx`).
fn strip_decoration(s: &str) -> &str {
    let mut s = s;
    for (open, close) in [('【', '】'), ('[', ']'), ('〖', '〗')] {
        if s.starts_with(open)
            && s.ends_with(close)
            && s.len() > crate::text::char_len(open) + crate::text::char_len(close)
        {
            s = s[crate::text::char_len(open)..s.len() - crate::text::char_len(close)].trim_matches(is_blank);
        }
    }
    for ext in [".docx", ".doc", ".pdf", ".txt", ".wps", ".DOCX", ".DOC", ".PDF"] {
        if let Some(t) = s.strip_suffix(ext) {
            return t.trim_end_matches(is_blank);
        }
    }
    s
}

/// Drops what follows a title word in compilations: `工作报告一`, `工作总结(二)`, `总结范文3`.
fn strip_title_tail(s: &str) -> &str {
    let mut t = s.trim_end_matches(|c: char| {
        c.is_ascii_digit() || is_han_digit(c) || matches!(c, '(' | ')' | '（' | '）' | ' ' | '篇')
    });
    for w in ["范文", "精选", "模板", "汇编", "大全"] {
        if let Some(x) = t.strip_suffix(w) {
            t = x.trim_end_matches(|c: char| c.is_ascii_digit() || is_han_digit(c));
        }
    }
    t
}

/// A line that could be a title or a plain heading: short, has Han, no sentence inside it,
/// no colon (`时间:…`, `同志们:`), not ending in punctuation, not a list item (`- …`).
fn title_shaped(s: &str) -> bool {
    // A character takes at most four bytes: a longer line has too many (most body text ends here).
    if s.len() > MAX_TITLE_CHARS * 4 {
        return false;
    }
    let mut count = 0;
    let mut han = 0;
    for c in s.chars() {
        count += 1;
        if count > MAX_TITLE_CHARS {
            return false;
        }
        if is_han(c) {
            han += 1;
        }
        if matches!(c, '。' | ':' | '：' | '!' | '！' | '?' | '？' | ';' | '；' | '|' | '…') {
            return false;
        }
    }
    let first = s.chars().next().unwrap_or(' ');
    let last = s.chars().next_back().unwrap_or(' ');
    han >= 2
        && !(first.is_ascii_punctuation()
            || matches!(first, '—' | '·' | '•' | '●' | '■' | '◆' | '★' | '※' | '，' | '、' | '”' | '’'))
        && !(is_sentence_end(last) || matches!(last, ',' | '，' | '、' | '—' | '-' | '“' | '(' | '（'))
}

fn find_first_title(doc: &Document, kinds: &[Kind]) -> Option<Title> {
    let mut seen = 0;
    for (i, kind) in kinds.iter().enumerate() {
        if matches!(kind, Kind::Blank) {
            continue;
        }
        seen += 1;
        if seen > TITLE_SEARCH_LINES {
            break;
        }
        match kind {
            Kind::Title { range, .. } => return Some(Title { line: i, range: range.clone() }),
            Kind::Plain { text } if seen == 1 => {
                // A first line shaped like a title is the title, unless it is a salutation.
                let t = &doc.text[text.clone()];
                if !t.starts_with("尊敬的") && !t.ends_with("们") {
                    return Some(Title { line: i, range: text.clone() });
                }
            }
            _ => {}
        }
    }
    None
}

/// Merges documents with almost no content into the next one (or, at the end, the previous):
/// a title printed twice, a `时间:…` line or a keyword list must not make a document.
fn merge_tiny_parts(doc: &Document, kinds: &[Kind], parts: Vec<Part>) -> Vec<Part> {
    let substantial = |p: &Part| {
        let mut body = 0;
        for i in p.lines.clone() {
            match &kinds[i] {
                Kind::Numbered { .. } => return true,
                Kind::Body => {
                    body += doc.lines[i].end - doc.lines[i].start;
                    if body >= MIN_PART_BODY_BYTES {
                        return true;
                    }
                }
                _ => {}
            }
        }
        false
    };
    let mut out: Vec<Part> = Vec::with_capacity(parts.len());
    let mut pending: Option<Part> = None;
    for mut p in parts {
        if let Some(prev) = pending.take() {
            // The earlier title stays: it is the one at the top of what the reader sees.
            p.lines = prev.lines.start..p.lines.end;
            if prev.title.is_some() {
                p.title = prev.title;
            }
        }
        if substantial(&p) {
            out.push(p);
        } else {
            pending = Some(p);
        }
    }
    if let Some(rest) = pending {
        match out.last_mut() {
            Some(last) => last.lines.end = rest.lines.end,
            None => out.push(rest),
        }
    }
    out
}

pub fn is_han_digit(c: char) -> bool {
    matches!(c, '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十')
}

/// Value of a Chinese numeral of one to three characters (`一`…`九十九`), if it is one.
pub fn parse_han_number(s: &str) -> Option<u32> {
    let digit = |c: char| "一二三四五六七八九".chars().position(|d| d == c).map(|p| p as u32 + 1);
    let cs: Vec<char> = s.chars().take(4).collect();
    match cs.as_slice() {
        [a] if *a == '十' => Some(10),
        [a] => digit(*a),
        ['十', b] => digit(*b).map(|b| 10 + b),
        [a, '十'] => digit(*a).filter(|&a| a >= 2).map(|a| a * 10),
        [a, '十', b] => Some(digit(*a).filter(|&a| a >= 2)? * 10 + digit(*b)?),
        _ => None,
    }
}

/// `value` written in Chinese numerals (1…99).
pub fn han_numeral(value: u32) -> String {
    let mut s = String::new();
    push_han_numeral(&mut s, value);
    s
}

/// [`han_numeral`] pushed onto `out`.
fn push_han_numeral(out: &mut String, value: u32) {
    const D: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    match value {
        0..=9 => out.push(D[value as usize]),
        10..=99 => {
            if value >= 20 {
                out.push(D[(value / 10) as usize]);
            }
            out.push('十');
            if !value.is_multiple_of(10) {
                out.push(D[(value % 10) as usize]);
            }
        }
        _ => out.push_str(&value.to_string()),
    }
}

/// Length in bytes of the run of Chinese numerals at the start of `s` (at most three).
fn han_run(s: &str) -> usize {
    s.char_indices()
        .take_while(|&(k, c)| k < 9 && is_han_digit(c))
        .map(|(k, c)| k + crate::text::char_len(c))
        .last()
        .unwrap_or(0)
}

/// A heading marker at the start of `s` (already trimmed): the number (range relative to `s`)
/// and the byte length of the marker.
pub fn parse_marker(s: &str) -> Option<(Number, usize)> {
    let first = s.chars().next()?;
    let num = |style, value, len: usize, sep| Some((Number { style, value, range: 0..len, sep }, len));
    // A numeral of the same kind right after the separator means a list of numbers
    // (`一、二年级`, `1、2号楼`); `五、2023年工作计划` is a heading.
    let han_follows = |rest: &str| rest.chars().next().is_some_and(is_han_digit);
    let digit_follows = |rest: &str| rest.chars().next().is_some_and(|c| c.is_ascii_digit());
    match first {
        '第' => {
            let n = han_run(&s[3..]);
            let value = parse_han_number(&s[3..3 + n])?;
            let rest = &s[3 + n..];
            for w in ["部分", "章", "篇"] {
                if rest.starts_with(w) {
                    return num(Style::Part, value, 3 + n + w.len(), w.chars().next_back()?);
                }
            }
            let sep = rest.chars().next()?;
            if matches!(sep, '，' | ',' | '、') && !han_follows(&rest[crate::text::char_len(sep)..]) {
                return num(Style::Ordinal, value, 3 + n + crate::text::char_len(sep), sep);
            }
            None
        }
        '(' | '（' => {
            let inner = &s[crate::text::char_len(first)..];
            let (style, n, value) = if inner.starts_with(crate::text::is_ascii_digit) {
                let n = inner.bytes().take_while(u8::is_ascii_digit).count();
                (Style::ParenArabic, n, inner[..n].parse().ok().filter(|_| n <= 2)?)
            } else {
                let n = han_run(inner);
                (Style::ParenHan, n, parse_han_number(&inner[..n])?)
            };
            let close = inner[n..].chars().next()?;
            if !matches!(close, ')' | '）') {
                return None;
            }
            num(style, value, crate::text::char_len(first) + n + crate::text::char_len(close), close)
        }
        '①'..='⑳' => num(Style::Circled, first as u32 - 0x245F, crate::text::char_len(first), first),
        c if c.is_ascii_digit() => {
            let n = s.bytes().take_while(u8::is_ascii_digit).count();
            if n > 2 {
                return None;
            }
            let sep = s[n..].chars().next()?;
            let rest = &s[n + crate::text::char_len(sep)..];
            if !matches!(sep, '.' | '．' | '、') || digit_follows(rest) || rest.starts_with('%') {
                return None;
            }
            num(Style::Arabic, s[..n].parse().ok()?, n + crate::text::char_len(sep), sep)
        }
        c if is_han_digit(c) => {
            let n = han_run(s);
            let value = parse_han_number(&s[..n])?;
            let sep = s[n..].chars().next()?;
            if !matches!(sep, '、' | '.' | '．') || han_follows(&s[n + crate::text::char_len(sep)..]) {
                return None;
            }
            num(Style::Han, value, n + crate::text::char_len(sep), sep)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn outline(text: &str) -> (Document<'_>, Outline) {
        let d = Document::new(text);
        let o = Outline::build(&d);
        (d, o)
    }

    fn heading_texts<'a>(d: &Document<'a>, o: &Outline) -> Vec<(&'a str, usize)> {
        o.headings.iter().map(|h| (&d.text[h.text.clone()], h.depth)).collect()
    }

    #[test]
    fn markers_of_every_style() {
        let cases = [
            ("一、总体情况", Style::Han, 1),
            ("十二.其他", Style::Han, 12),
            ("(三)加强学习", Style::ParenHan, 3),
            ("（二十）附则", Style::ParenHan, 20),
            ("1.加强领导", Style::Arabic, 1),
            ("12、完善制度", Style::Arabic, 12),
            ("(4)其他", Style::ParenArabic, 4),
            ("（5）其他", Style::ParenArabic, 5),
            ("③落实", Style::Circled, 3),
            ("第二部分 工作计划", Style::Part, 2),
            ("第三,要加强", Style::Ordinal, 3),
            ("五、2023年工作计划", Style::Han, 5),
        ];
        for (s, style, value) in cases {
            let (n, _) = parse_marker(s).unwrap_or_else(|| panic!("{s}"));
            assert_eq!((n.style, n.value), (style, value), "{s}");
        }
        for s in [
            "一、二年级学生", "1.5万元", "2013年", "1、2号楼", "一是加强", "第一书记", "第一、二季度", "(一", "123、",
            "十十、",
        ] {
            assert!(parse_marker(s).is_none(), "{s}");
        }
    }

    #[test]
    fn table_rows_are_no_headings() {
        let text = "一、综合\n全年增长5.8%。\n指标 | 增幅 |\n一、食品烟酒 | 0.1 |\n二、衣着 | -0.4 |\n一、居住\t0.0\n二、民营经济\n全年增加值122.64亿元。\n三、\t农业\n";
        let (d, o) = outline(text);
        let texts: Vec<&str> = heading_texts(&d, &o).into_iter().map(|(t, _)| t).collect();
        assert_eq!(texts, ["综合", "民营经济", "农业"]);
    }

    #[test]
    fn numerals_both_ways() {
        for v in 1..=99 {
            assert_eq!(parse_han_number(&han_numeral(v)), Some(v));
        }
        assert_eq!(Number::render(Style::ParenHan, 6, ')'), "(六)");
        assert_eq!(Number::render(Style::Circled, 2, '②'), "②");
    }

    #[test]
    fn title_headings_and_depths() {
        let text = "县妇联2023年工作总结\n\n一、主要工作\n(一)加强学习\n1、学理论。内容。\n2、学业务。\n(二)维权\n二、存在问题\n回顾过去,砥砺前行\n在肯定成绩的同时,我们也认识到不足。";
        let (d, o) = outline(text);
        assert_eq!(&d.text[o.title().unwrap().range.clone()], "县妇联2023年工作总结");
        assert_eq!(
            heading_texts(&d, &o),
            [
                ("主要工作", 0),
                ("加强学习", 1),
                ("学理论", 2),
                ("学业务", 2),
                ("维权", 1),
                ("存在问题", 0),
                ("回顾过去,砥砺前行", 0)
            ]
        );
        // 一、's section runs to 二、; (一)'s to (二).
        let h = &o.headings;
        assert_eq!(h[0].section_end, d.lines[h[5].line].start);
        assert_eq!(h[1].section_end, d.lines[h[4].line].start);
        assert!(!h[2].standalone && h[3].standalone);
    }

    #[test]
    fn title_is_found_without_extension_or_after_a_salutation_not_at_all() {
        let (d, o) = outline("××区妇联2022年工作总结及下阶段工作计划.docx\n正文内容。");
        assert_eq!(&d.text[o.title().unwrap().range.clone()], "××区妇联2022年工作总结及下阶段工作计划");
        let (_, o) = outline("尊敬的各位领导:\n大家好!\n回顾过去,砥砺前行\n内容。");
        assert!(o.title().is_none());
        let (_, o) =
            outline("2020年,xx办事处妇联在区妇联领导下,做了大量工作,取得了较好成绩,这是一个很长的段落。\n一、健全架构");
        assert!(o.title().is_none());
        let (d, o) = outline("来源:网络\n某局2023年上半年工作总结\n正文。");
        assert_eq!(&d.text[o.title().unwrap().range.clone()], "某局2023年上半年工作总结");
    }

    #[test]
    fn pasted_documents_are_split_but_repeated_titles_are_not() {
        let body = "这是正文内容,写了很多工作情况,开展了很多活动,取得了很好的成效。".repeat(3);
        let text = format!("社区工作报告\n\n时间:2021-08-31\n\n社区工作报告\n\n【社区工作报告一】\n{body}\n一、回顾\n二〇二三年工作计划\n{body}\nxx街道妇联2022年工作总结\n{body}\n- xx街道妇联2022年工作总结\n限制150内");
        let (d, o) = outline(&text);
        assert_eq!(o.parts.len(), 2, "{:?}", o.parts);
        assert_eq!(o.parts[0].title.as_ref().unwrap().line, 0);
        assert_eq!(&d.text[o.parts[1].title.as_ref().unwrap().range.clone()], "xx街道妇联2022年工作总结");
        assert_eq!(o.parts[1].lines.end, d.lines.len());
        // A bare 二〇二三年工作计划 is a heading of the first document.
        assert!(o.headings_of(&o.parts[0]).iter().any(|h| &d.text[h.text.clone()] == "二〇二三年工作计划"));
        assert_eq!(o.part_of_line(d.lines.len() - 1), o.parts.last());
    }

    #[test]
    fn odd_inputs_do_not_panic() {
        for t in [
            "", "\n\n", "第", "第十", "（", "(1", "1", "一", "①", "【】", "【", ".docx", "第一部", "十", "一、", "(一)",
        ] {
            let (_, o) = outline(t);
            assert!(!o.parts.is_empty());
        }
    }
}
