//! Heading and enumeration numbers with gaps, repeats or wrong order.
//!
//! What it finds:
//! - among sibling headings (same marker style under the same parent, from the outline):
//!   a gap (`五、` then `七、`), a repeat (`3、` twice), a number out of order (`一、 三、 二、 三、`:
//!   the first `三、` is the stray one, found by looking at the sibling after it);
//! - a gap explained by an item run into the previous paragraph (`…学习。2、强化…`): the
//!   run-in `2、` is reported instead, asking for a new paragraph;
//! - in enumerations inside paragraphs (`一是…二是…三是…`, also across consecutive paragraphs):
//!   a skipped number, and the common slip `二积极…` for `二是积极…`;
//! - as info only: a sibling written in another style (`3.` among `1、 2、`).
//!
//! Why: reviewers reject drafts whose numbering jumps, and numbering errors are the visible
//! trace of sections deleted, moved or pasted in.
//!
//! What it leaves alone (all common in correct drafts): a lower level restarting under a new
//! parent; any list restarting at one (a new part or a new pasted document, with or without a
//! title); a list that does not start at one (the start of an excerpt); numbered lists inside a
//! paragraph (`1、2、3号楼`, `一、二年级`); repeats or backward steps in paragraph enumerations
//! (nested `一是…` lists make those ambiguous). Everything is a warning: the numbers may be
//! deliberate, the user decides.

#[cfg(not(target_arch = "wasm32"))]
use super::RuleDocs;
use super::{Context, Rule, RuleMeta};
use crate::diagnostic::{Finding, Severity};
use crate::document::Document;
use crate::outline::{han_numeral, is_han_digit, parse_han_number, Heading, Number, Style};
use crate::text::{char_positions, is_punct};

/// What the rule is called and what it claims (see [`RuleMeta`]).
pub const META: RuleMeta = RuleMeta {
    id: "numbering",
    title: "标题序号",
    top_severity: Severity::Warning,
    #[cfg(not(target_arch = "wasm32"))]
    docs: RuleDocs {
        summary: "`五、` followed by `七、`; `3、` twice; `一是…二积极…三是` (warning)",
        flags: "一、主要工作\n开展活动。\n三、存在问题\n人手不足。",
        passes: "一、主要工作\n开展活动。\n二、存在问题\n人手不足。",
    },
};

pub struct Numbering;

impl Rule for Numbering {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    /// A heading number out of order may be the author's choice: never blocking by itself.
    fn check(&self, ctx: &Context, out: &mut Vec<Finding>) {
        let doc = ctx.doc;
        let outline = doc.outline();
        let first = out.len();
        for part in &outline.parts {
            let headings = outline.headings_of(part);
            // Open sibling groups, outermost first: (style, indices into `headings`).
            let mut open: Vec<(Style, Vec<usize>)> = Vec::new();
            for (k, h) in headings.iter().enumerate() {
                let Some(n) = &h.number else { continue };
                match open.iter().position(|(s, _)| *s == n.style) {
                    Some(d) => {
                        for (_, items) in open.drain(d + 1..) {
                            check_siblings(doc, headings, &items, out);
                        }
                        open[d].1.push(k);
                    }
                    None => open.push((n.style, vec![k])),
                }
            }
            for (_, items) in open.drain(..) {
                check_siblings(doc, headings, &items, out);
            }
            check_enumerations(doc, part.lines.clone(), headings, out);
        }
        // Numbers in page furniture (a collection's table of contents, `10企业…` that lost its
        // point) are no headings of the draft: the furniture is reported, and deleted, as a whole.
        if out.len() > first {
            super::drop_found(out, first, &|f| ctx.analysis.on_furniture_line(f.range.start));
        }
    }
}

fn number(h: &Heading) -> &Number {
    h.number.as_ref().expect("sibling groups hold numbered headings only")
}

fn marker_text<'a>(doc: &Document<'a>, n: &Number) -> &'a str {
    &doc.text[n.range.clone()]
}

/// Checks one group of sibling headings, in runs that each restart at one.
fn check_siblings(doc: &Document, headings: &[Heading], items: &[usize], out: &mut Vec<Finding>) {
    let id = Numbering.id();
    let values: Vec<u32> = items.iter().map(|&k| number(&headings[k]).value).collect();
    let mut last = values[0];
    for i in 1..items.len() {
        let x = values[i];
        let expected = last + 1;
        if x == expected || x == 1 {
            last = x;
            continue;
        }
        let n = number(&headings[items[i]]);
        let prev = number(&headings[items[i - 1]]);
        let here = marker_text(doc, n);
        let want = Number::render(n.style, expected, n.sep);
        let last_text = Number::render(n.style, last, n.sep);
        if x == last {
            out.push(
                Finding::new(
                    id,
                    Severity::Warning,
                    n.range.clone(),
                    format!("标题编号“{here}”与上一条重复,这里应为“{want}”,请检查编号"),
                )
                .with_fix(n.range.clone(), want, false),
            );
        } else if values.get(i + 1) == Some(&expected) {
            // The next sibling carries the number expected here: this one is the stray.
            out.push(
                Finding::new(
                    id,
                    Severity::Warning,
                    n.range.clone(),
                    format!("标题编号顺序有误:“{last_text}”之后应为“{want}”,这里却是“{here}”"),
                )
                .with_fix(n.range.clone(), want, false),
            );
        } else if x > expected {
            let between = prev.range.end..doc.lines[headings[items[i]].line].start;
            let lines_between = headings[items[i - 1]].line + 1..headings[items[i]].line;
            if n.style == Style::Arabic
                && lines_between.clone().any(|k| marker_before_figure(doc.line_text(k), expected, n.sep))
            {
                // `20.2026年10件民生实事`: the heading is there, read as a decimal.
                last = x;
                continue;
            }
            match run_in_marker(doc, between, n.style, expected) {
                Some(r) => out.push(Finding::new(
                    id,
                    Severity::Warning,
                    r.clone(),
                    format!("编号“{}”接在上一段末尾,没有另起一段,请把它和后面的内容另起一段", &doc.text[r]),
                )),
                None => {
                    let missing: Vec<String> =
                        (expected..x).take(3).map(|v| Number::render(n.style, v, n.sep)).collect();
                    out.push(Finding::new(
                        id,
                        Severity::Warning,
                        n.range.clone(),
                        format!(
                            "标题编号跳号:“{last_text}”之后是“{here}”,缺少“{}”{},请检查是否漏写或编号有误",
                            crate::text::joined(&missing, "”“"),
                            if x - expected > 3 { "等" } else { "" }
                        ),
                    ));
                }
            }
            last = x;
        } else {
            out.push(Finding::new(
                id,
                Severity::Warning,
                n.range.clone(),
                format!("标题编号顺序有误:“{last_text}”之后出现“{here}”,请检查编号"),
            ));
            last = x;
        }
    }
    check_separators(doc, headings, items, out);
}

/// Info when one sibling uses another separator than all the others (`3.` among `1、 2、`).
fn check_separators(doc: &Document, headings: &[Heading], items: &[usize], out: &mut Vec<Finding>) {
    if items.len() < 3 {
        return;
    }
    let seps: Vec<char> = items.iter().map(|&k| number(&headings[k]).sep).collect();
    let mut counts: Vec<(char, usize)> = Vec::new();
    for &s in &seps {
        match counts.iter_mut().find(|(c, _)| *c == s) {
            Some(e) => e.1 += 1,
            None => counts.push((s, 1)),
        }
    }
    let Some(&(major, m)) = counts.iter().max_by_key(|(_, c)| *c) else { return };
    if counts.len() < 2 || m * 2 <= seps.len() {
        return;
    }
    for (k, &s) in items.iter().zip(&seps) {
        if s != major {
            let n = number(&headings[*k]);
            let want = Number::render(n.style, n.value, major);
            out.push(
                Finding::new(
                    Numbering.id(),
                    Severity::Info,
                    n.range.clone(),
                    format!("编号格式不统一:同级编号用“{major}”,这里是“{}”,建议改为“{want}”", marker_text(doc, n)),
                )
                .with_fix(n.range.clone(), want, true),
            );
        }
    }
}

/// Sentence ends after which a run-in item may start.
/// A line that starts with the number `value` and `sep` and a figure right after (`20.2026年…`,
/// `21.5+2就业之家`): a heading the outline cannot tell from a decimal, so no number is missing.
fn marker_before_figure(line: &str, value: u32, sep: char) -> bool {
    let t = line.trim_start();
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&digits)
        && t[..digits].parse() == Ok(value)
        && t[digits..].strip_prefix(sep).is_some_and(|r| r.starts_with(crate::text::is_ascii_digit))
}

fn ends_sentence(c: char) -> bool {
    matches!(c, '。' | '；' | ';' | '！' | '？' | '!' | '?')
}

/// The marker numbered `value` in `style` written inside the text `range`, right after the end
/// of a sentence (`…学习。2、强化…`): an item run into the previous paragraph.
fn run_in_marker(
    doc: &Document,
    range: std::ops::Range<usize>,
    style: Style,
    value: u32,
) -> Option<std::ops::Range<usize>> {
    let text = &doc.text[range.clone()];
    let candidates: Vec<String> = match style {
        Style::Han | Style::Arabic => ['、', '.', '．'].iter().map(|&s| Number::render(style, value, s)).collect(),
        Style::ParenHan => vec![format!("({})", han_numeral(value)), format!("（{}）", han_numeral(value))],
        Style::ParenArabic => vec![format!("({value})"), format!("（{value}）")],
        Style::Circled => vec![Number::render(style, value, ' ')],
        Style::Part | Style::Ordinal => return None,
    };
    for c in &candidates {
        for (at, m) in text.match_indices(c.as_str()) {
            let before = text[..at].trim_end();
            let after = &text[at + m.len()..];
            let glued_number = after.starts_with(|ch: char| ch.is_ascii_digit() || is_han_digit(ch));
            let glued_before = before.chars().next_back().is_some_and(|ch| ch.is_ascii_digit() || is_han_digit(ch));
            if before.chars().next_back().is_some_and(ends_sentence) && !glued_number && !glued_before {
                return Some(range.start + at..range.start + at + m.len());
            }
        }
    }
    None
}

/// What a chain of paragraph enumeration markers (`一是`, `二是`, …) has seen so far.
#[derive(Default)]
struct Chain {
    active: bool,
    /// A repeat or a step back was seen (a nested list?): stop judging until a new `一是`.
    unsure: bool,
    last: u32,
    /// Byte offset just after the last marker.
    last_end: usize,
}

/// Characters after a sentence-initial numeral that make it a quantity or a date, not a list
/// item missing its 是 (`二月份`, `三名`, `十五年`).
fn quantity_follows(c: char) -> bool {
    is_han_digit(c)
        || c.is_ascii_digit()
        || "月年日号期次批届人名个项条位种类级等倍成元万千百十季天周轮家户所座只件份场".contains(c)
}

/// Longest numeral of an enumeration marker, in characters (`十二是`).
const MAX_MARKER_DIGITS: usize = 2;

/// The numeral ending right before the 是 at byte `at` (`二是`, `十二是`): its start and the
/// character before it. `None` when no numeral is there, or when it is longer than a marker's
/// (`一百二十是` is no marker).
fn marker_before(text: &str, at: usize) -> Option<(usize, Option<char>)> {
    let mut k = at;
    let mut before = text[..k].chars().next_back();
    while let Some(c) = before.filter(|&c| is_han_digit(c)) {
        k -= crate::text::char_len(c);
        before = text[..k].chars().next_back();
    }
    let digits = text[k..at].chars().count();
    (1..=MAX_MARKER_DIGITS).contains(&digits).then_some((k, before))
}

fn check_enumerations(doc: &Document, lines: std::ops::Range<usize>, headings: &[Heading], out: &mut Vec<Finding>) {
    let mut chain = Chain::default();
    let mut next_heading = 0;
    for i in lines {
        let line = doc.lines[i];
        let text = &doc.text[line.range()];
        if text.trim().is_empty() {
            continue;
        }
        while next_heading < headings.len() && headings[next_heading].line < i {
            next_heading += 1;
        }
        if headings.get(next_heading).is_some_and(|h| h.line == i) {
            chain = Chain::default();
        }
        let mut found = false;
        // Every marker ends in 是: look back from each 是 for the numeral before it, rather than
        // at every character of the paragraph.
        for at in char_positions(text, '是') {
            let Some((k, before)) = marker_before(text, at) else { continue };
            let at_clause_start = before
                .is_none_or(|p| p.is_whitespace() || (is_punct(p) && !matches!(p, '“' | '‘' | '《' | '(' | '（')));
            if !at_clause_start {
                continue;
            }
            let Some(value) = parse_han_number(&text[k..at]) else { continue };
            found = true;
            let start = line.start + k;
            let end = line.start + at + '是'.len_utf8();
            if value == 1 {
                chain = Chain { active: true, unsure: false, last: 1, last_end: end };
                continue;
            }
            if !chain.active || chain.unsure {
                continue;
            }
            let expected = chain.last + 1;
            if value == expected {
                chain.last = value;
                chain.last_end = end;
            } else if value < expected {
                chain.unsure = true;
            } else {
                report_enumeration_gap(doc, &chain, start..end, value, expected, out);
                chain.last = value;
                chain.last_end = end;
            }
        }
        if !found {
            chain = Chain::default();
        }
    }
}

fn report_enumeration_gap(
    doc: &Document,
    chain: &Chain,
    marker: std::ops::Range<usize>,
    value: u32,
    expected: u32,
    out: &mut Vec<Finding>,
) {
    let id = Numbering.id();
    let want = han_numeral(expected);
    // `…奠定了组织基矗二是为民服务…`: the marker is there, glued to a word whose full stop an input
    // method lost.
    let between = &doc.text[chain.last_end..marker.start];
    let marker_word = format!("{want}是");
    if between.contains(marker_word.as_str()) {
        return;
    }
    // The slip `二积极…` for `二是积极…`: the expected numeral opening a sentence without 是.
    for (at, _) in between.match_indices(want.as_str()) {
        let before = between[..at].trim_end().chars().next_back();
        let after = between[at + want.len()..].chars().next();
        if before.is_some_and(ends_sentence) && after.is_some_and(|c| crate::text::is_han(c) && !quantity_follows(c)) {
            let start = chain.last_end + at;
            let end = crate::text::char_offset(&between[at..], 3).map_or(marker.start, |j| chain.last_end + at + j);
            out.push(
                Finding::new(
                    id,
                    Severity::Warning,
                    start..end,
                    format!(
                        "“{}”少了“是”:前后是“{}是”“{}是”,这里应为“{want}是”",
                        &doc.text[start..end],
                        han_numeral(expected - 1),
                        han_numeral(value)
                    ),
                )
                .with_fix(start..start + want.len(), marker_word, false),
            );
            return;
        }
    }
    out.push(Finding::new(
        id,
        Severity::Warning,
        marker.clone(),
        format!(
            "列举跳号:“{}是”之后是“{}”,缺少“{want}是”,请检查是否漏写",
            han_numeral(expected - 1),
            &doc.text[marker]
        ),
    ));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_util::{assert_clean, assert_flags, findings};

    #[test]
    fn numbers_in_a_table_of_contents_are_no_headings() {
        let toc = "目录\n1.高新区2022年工作总结 3\n2.教育局2022年工作总结 13\n4街道2022年工作总结 19\n";
        let body = "高新区2022年工作总结\n一、主要工作\n全年工作稳步推进。\n二、下一步打算\n继续努力。";
        assert_clean(&Numbering, &format!("工作总结汇编\n{toc}{body}"));
        let lines = "1.高新区工作情况\n全年工作稳步推进。\n2.教育局工作情况\n全年工作稳步推进。\n4.街道工作情况\n全年工作稳步推进。";
        assert_flags(&Numbering, &format!("工作总结汇编\n{lines}"), &["4."]);
    }

    #[test]
    fn valid() {
        for text in [
            "一、总体\n(一)学习\n(二)维权\n二、问题\n(一)思想\n(二)作风\n三、计划",
            "一、成绩\n1、学习\n2、维权\n二、问题\n1、思想",
            // A new part or pasted document restarts at one.
            "二〇一三年工作回顾\n一、学习\n二、维权\n二〇一四年工作思路\n一、创业\n二、维权",
            "一、学习\n二、维权\n20xx年,xx街道妇联工作在上级妇联指导下开展。\n一、宣传\n二、制度",
            // Lists that do not start at one: an excerpt.
            "三、维权\n四、组织",
            // Numbers inside paragraphs are not headings.
            "全校一、二年级学生参加。\n1、2号楼已完工。\n3、4号楼在建。",
            // Enumerations in and across paragraphs.
            "一是协调贷款。二是扶持基地。三是培养大户。",
            "一是开展活动。\n二是加大宣传。\n三是按照要求开展。",
            "一是一,二是二,三是三。",
            // A nested enumeration makes order ambiguous: silent.
            "一是加强学习:一是读书,二是研讨。二是加强实践。三是总结。",
            // An enumeration without 一是 is not judged.
            "三是加强。五是落实。",
            // Sentence-initial numerals that are quantities.
            "一是开展活动。二月份举办讲座。二是落实。三是总结。",
        ] {
            assert_clean(&Numbering, text);
        }
    }

    #[test]
    fn a_heading_read_as_a_decimal_is_no_gap() {
        let text = "19.“1+N”帮扶政策体系\n20.2026年10件民生实事\n21.5+2就业之家\n22.“百羽争锋”";
        assert_clean(&Numbering, text);
        assert_eq!(findings(&Numbering, "19.帮扶政策\n22.百羽争锋").len(), 1);
    }

    #[test]
    fn gaps_repeats_and_order() {
        assert_flags(&Numbering, "一、学习\n二、维权\n三、宣传\n四、组织\n五、台账\n七、服务", &["七、"]);
        assert_flags(&Numbering, "五、计划\n1、思想\n2、能力\n3、阵地\n3、协调", &["3、"]);
        assert_flags(&Numbering, "一、以人为本\n(一)维权\n三、环境\n二、文明\n(一)创建\n三、载体\n四、问题", &["三、"]);
        assert_flags(&Numbering, "(一)学习\n(二)维权\n(四)宣传\n(五)组织", &["(四)"]);
        assert_flags(&Numbering, "1.学习\n2.维权\n3.宣传\n2.组织\n3.服务", &["2."]);
        let f = findings(&Numbering, "一、学习\n二、维权\n四、服务");
        assert!(f[0].message.contains("缺少“三、”"), "{}", f[0].message);
    }

    #[test]
    fn run_in_item_is_reported_instead_of_the_gap() {
        let text = "四、推进行动\n1、强化素质。加强培训。\n引导妇女强化学习。2、强化和谐家庭创建行动。内容。\n3、强化公益服务行动。";
        assert_flags(&Numbering, text, &["2、"]);
    }

    #[test]
    fn mixed_separator_is_info() {
        let f = findings(&Numbering, "一、维权\n1、加强维权\n2、加强关爱\n3.加强监测");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Info);
        assert_eq!(f[0].fixes[0].replacement, "3、");
    }

    #[test]
    fn enumeration_slips() {
        assert_flags(&Numbering, "一是积极协调信合。二积极争取补贴。三是加强培训。", &["二积极"]);
        assert_flags(&Numbering, "一是协调贷款。\n二是扶持基地。\n四是跟踪回访。", &["四是"]);
        // A heading ends the chain.
        assert_clean(&Numbering, "一是协调贷款。\n(二)维权\n三是跟踪。");
        assert_clean(&Numbering, "一是建设组织,奠定了组织基矗二是拓展服务。三是发挥作用。");
    }

    #[test]
    fn odd_input_does_not_panic() {
        for t in ["一是", "是", "一是。二", "二是一是三是", "①\n③\n②", "（一）\n（三", "第一部分\n第三部分"]
        {
            let _ = findings(&Numbering, t);
        }
    }
}
