//! The title's year disagrees with the year the body reports on: `2022年工作总结` whose first
//! paragraph begins `2017年,区妇联…` (a last year's report with only the title changed).
//!
//! How: the title is the first non-blank line when it names a kind of report (总结, 报告,
//! 计划 …), or else the first of the opening lines that ends with one. Its year and kind give the
//! years the body may report on: a 总结 of year Y reports on Y; a 报告 or 述职 titled Y may be
//! delivered early in Y about Y−1; a 计划/要点 for Y may open with Y−1's results. The body's
//! reporting year is read where a report states it: a sentence that starts with the year
//! (`2017年,…`, `2017年是…`, `2017年全区…`), `现将2017年工作总结如下`, or a second title
//! pasted in (`区妇联2017年工作总结`) — in the first few body paragraphs only.
//!
//! What it leaves alone: years mentioned in passing (`与2021年相比`, `自2018年以来`,
//! `2016-2022年`), a body that first confirms the title's year, titles without a year, and
//! drafts whose opening lines name no year at all. Warning: the writer decides which is right.

#[cfg(not(target_arch = "wasm32"))]
use super::RuleDocs;
use super::{Context, Rule, RuleMeta};
use crate::diagnostic::{Finding, Severity};
use crate::phrase::{self, Item::Words, Sequence};
use crate::text::{char_before, is_digit};
use crate::words;
use regex_lite::Regex;
use std::sync::LazyLock;

/// What the rule is called and what it claims (see [`RuleMeta`]).
pub const META: RuleMeta = RuleMeta {
    id: "date-mismatch",
    title: "日期前后不一",
    top_severity: Severity::Warning,
    #[cfg(not(target_arch = "wasm32"))]
    docs: RuleDocs {
        summary: "title `2022年工作总结`, body `2017年,区妇联…` (warning)",
        flags: "区妇联2022年工作总结\n2017年,区妇联在区委的领导下扎实开展各项工作。",
        passes: "区妇联2022年工作总结\n2022年,区妇联在区委的领导下扎实开展各项工作。",
    },
};

pub struct DateMismatch;

/// Words that make a line a report's title.
const TITLE_KINDS: crate::text::Words = words!["总结", "报告", "计划", "要点", "安排", "打算", "思路", "述职"];

/// The years in a title, Arabic or Chinese (`2022年`, `二〇二二年`), as the byte ranges of their
/// four characters; the same matches as `((?:19|20)\d{2}|[〇零○一二][〇零○一二三四五六七八九]{3})\s*年`
/// (a digit being ASCII or full-width), written by hand because nearly every title has a year and
/// compiling the pattern was a visible part of the browser's first check.
fn title_years(title: &str) -> Vec<std::ops::Range<usize>> {
    let cn_first = |c: char| matches!(c, '〇' | '零' | '○' | '一' | '二');
    let cn = |c: char| cn_first(c) || matches!(c, '三' | '四' | '五' | '六' | '七' | '八' | '九');
    // The four characters of a year starting at byte `k`, with the byte length they take.
    let year_at = |k: usize| -> Option<usize> {
        let mut it = title[k..].chars();
        let cs = [it.next()?, it.next()?, it.next()?, it.next()?];
        let arabic = matches!((cs[0], cs[1]), ('1', '9') | ('2', '0')) && is_digit(cs[2]) && is_digit(cs[3]);
        let chinese = cn_first(cs[0]) && cs[1..].iter().all(|&c| cn(c));
        (arabic || chinese).then(|| cs.iter().map(|&c| crate::text::char_len(c)).sum())
    };
    let mut out = Vec::new();
    let mut k = 0;
    while k < title.len() {
        if let Some(len) = year_at(k) {
            let after_year = title[k + len..].trim_start_matches(char::is_whitespace);
            if after_year.starts_with('年') {
                out.push(k..k + len);
                k = title.len() - after_year.len() + '年'.len_utf8();
                continue;
            }
        }
        k += title[k..].chars().next().map_or(1, crate::text::char_len);
    }
    out
}

/// A year range in a title: `2021-2022学年`, `2021至2023年`.
static RANGE: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::builtin(r"((?:19|20)\d{2})\s*[-－—~～至到]\s*((?:19|20)\d{2})"));

type Span = std::ops::Range<usize>;

/// Where a body states the year it reports on, left to right: (the year's four characters,
/// whether it is in a pasted title). Three forms, as a regex would find them (this was one,
/// written by hand because nearly every draft reaches it and compiling it was a visible part of
/// the browser's first check; a test checks them against each other):
/// - a sentence that starts with the year: `2017年,…`, `2017年是…`, `2017年全区…` (Arabic or
///   Chinese year, after the start, a sentence mark or a blank);
/// - `现将2017年工作总结如下`, `对2017年工作做简要回顾`;
/// - a second title pasted into the body: `区妇联2017年工作总结`.
fn reporting_years(head: &str) -> Vec<(Span, bool)> {
    // What follows 年 in each form.
    const STARTS: Sequence = &[
        Words(words!["度", ""]),
        Words(words![
            ",", "，", "是", "上半年", "下半年", "全年", "一年来", "里", "我", "全", "本", "在", "区", "县", "市",
            "镇", "乡", "街道", "社区",
        ]),
    ];
    const REVIEWS: Sequence =
        &[Words(words!["度", ""]), Words(words!["的", ""]), Words(words!["主要", ""]), Words(words!["工作"])];
    const TITLES: Sequence = &[
        Words(words!["度", ""]),
        Words(words!["上半年", "下半年", ""]),
        Words(words!["工作", ""]),
        Words(words!["总结"]),
    ];
    // (start of the match, which form, end of the match, the year).
    let mut candidates: Vec<(usize, u8, usize, Span)> = Vec::new();
    for (k, _) in head.char_indices() {
        let Some((len, arabic)) = year_at(head, k) else { continue };
        let after = k + len;
        if !head[after..].starts_with('年') {
            continue;
        }
        let after = after + '年'.len_utf8();
        let year = k..k + len;
        let before = &head[..k];
        let unblanked = before.trim_end_matches(char::is_whitespace).len();
        let mark = before[..unblanked].chars().next_back().filter(|c| "。！？；;!?".contains(*c));
        let start = match mark {
            _ if unblanked == 0 => Some(0),
            Some(c) => Some(unblanked - crate::text::char_len(c)),
            None => (unblanked < k).then_some(unblanked),
        };
        if let Some(start) = start {
            if let Some(end) = phrase::match_at(STARTS, head, after) {
                candidates.push((start, 0, end, year.clone()));
            }
        }
        if !arabic {
            continue;
        }
        if let Some(lead) = ["现将", "对", "把"].iter().find(|w| before.ends_with(**w)) {
            if let Some(end) = phrase::match_at(REVIEWS, head, after) {
                candidates.push((k - lead.len(), 1, end, year.clone()));
            }
        }
        if let Some(end) = phrase::match_at(TITLES, head, after) {
            candidates.push((k, 2, end, year));
        }
    }
    // Leftmost first, the earlier form first where two start together; matches never overlap.
    crate::sort::sort_by_key(&mut candidates, |c| (c.0, c.1, c.2));
    let mut out = Vec::new();
    let mut last_end = 0;
    for (start, form, end, year) in candidates {
        if start >= last_end {
            out.push((year, form == 2));
            last_end = end;
        }
    }
    out
}

/// A year at byte `k`: `19dd`/`20dd` (the last two digits ASCII or full-width) or four Chinese
/// numerals from 〇/一/二 (`二〇一七`): its length in bytes, and whether it is Arabic.
fn year_at(s: &str, k: usize) -> Option<(usize, bool)> {
    let mut it = s[k..].chars();
    let cs = [it.next()?, it.next()?, it.next()?, it.next()?];
    let len = cs.iter().map(|&c| crate::text::char_len(c)).sum();
    if matches!((cs[0], cs[1]), ('1', '9') | ('2', '0')) && is_digit(cs[2]) && is_digit(cs[3]) {
        return Some((len, true));
    }
    let first = |c: char| matches!(c, '〇' | '零' | '○' | '一' | '二');
    let other = |c: char| first(c) || matches!(c, '三' | '四' | '五' | '六' | '七' | '八' | '九');
    (first(cs[0]) && cs[1..].iter().all(|&c| other(c))).then_some((len, false))
}

/// At most this many body paragraphs (of some length) and bytes of each are read.
const BODY_PARAGRAPHS: usize = 3;
const PARAGRAPH_HEAD: usize = 600;

#[derive(Clone, Copy, PartialEq, Debug)]
enum Kind {
    /// 总结: reports on its own year only.
    Summary,
    /// 报告, 述职, 计划 …: its own year or the one before.
    Other,
}

impl Rule for DateMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    /// A year in the body other than the title's may be a comparison the author meant: never blocking.
    fn check(&self, ctx: &Context, out: &mut Vec<Finding>) {
        let doc = ctx.doc;
        let Some((title_index, title)) = find_title(doc) else { return };
        let allowed = allowed_years(title);
        if allowed.is_empty() {
            return;
        }
        let mut examined = 0;
        for (i, line) in doc.non_blank_lines().skip_while(|&(i, _)| i <= title_index) {
            let trimmed = line.trim();
            if trimmed.chars().count() < 15 {
                continue; // salutations, repeated titles, headings, metadata
            }
            examined += 1;
            if examined > BODY_PARAGRAPHS {
                return;
            }
            let head = &line[..crate::document::floor_char_boundary(line, PARAGRAPH_HEAD)];
            for (m, pasted_title) in reporting_years(head) {
                if char_before(head, m.start).is_some_and(|c| c.is_ascii_digit() || c == '-' || c == '—' || c == '~')
                {
                    continue;
                }
                let Some(year) = parse_year(&head[m.clone()]) else { continue };
                if allowed.iter().any(|&(y, kind, _)| year == y || (kind == Kind::Other && year + 1 == y)) {
                    if pasted_title {
                        continue; // the title repeated in the body: look further
                    }
                    return; // the body confirms the title
                }
                let (title_year, _, ref in_title) = allowed[0];
                // The finding marks the title's year, where a reader looks first and which most
                // often was changed alone; the body's year when the title's cannot be placed.
                let (k, span) = match in_title {
                    Some(t) => (title_index, t.clone()),
                    None => (i, m),
                };
                let base = doc.lines[k].start;
                let year_end = span.end + if doc.line_text(k)[span.end..].starts_with('年') { "年".len() } else { 0 };
                out.push(Finding::new(
                    META.id,
                    Severity::Warning,
                    base + span.start..base + year_end,
                    format!("标题写的是{title_year}年,正文却写的是{year}年的工作,请核对标题或正文的年份"),
                ));
                return;
            }
        }
    }
}

/// The title line: the first non-blank line if it names a kind of report, else the first of the
/// opening lines that ends with such a word (after a file extension or a bracketed tag).
fn find_title<'a>(doc: &crate::document::Document<'a>) -> Option<(usize, &'a str)> {
    let is_title = |t: &str| t.chars().count() <= 60 && TITLE_KINDS.any_in(t);
    let mut lines = doc.non_blank_lines().take(5);
    let (i, first) = lines.next()?;
    if is_title(first.trim()) {
        return Some((i, first));
    }
    lines.find(|(_, t)| {
        let t = t.trim();
        let t = t.strip_suffix(".docx").or_else(|| t.strip_suffix(".doc")).unwrap_or(t);
        let t = t.trim_end_matches(&[')', '）', '】'][..]);
        is_title(t) && TITLE_KINDS.iter().any(|k| t.ends_with(k) || t.ends_with(&format!("{k}报告")))
    })
}

/// The years the body may report on, each with the kind of report the title gives it and where
/// the title writes it (none for the years inside a range).
fn allowed_years(title: &str) -> Vec<(u32, Kind, Option<std::ops::Range<usize>>)> {
    let mut years = Vec::new();
    let matches = title_years(title);
    for (k, m) in matches.iter().enumerate() {
        if char_before(title, m.start).is_some_and(|c| c.is_ascii_digit()) {
            continue;
        }
        let Some(year) = parse_year(&title[m.clone()]) else { continue };
        let until = matches.get(k + 1).map_or(title.len(), |n| n.start);
        let after = &title[m.end..until];
        let kind = if after.contains("总结") && !after.contains("述职") { Kind::Summary } else { Kind::Other };
        years.push((year, kind, Some(m.clone())));
    }
    // 2021-2022学年工作总结: every year of the range is the report's own.
    // The range pattern needs a dash or 至/到 between two years: most titles have none.
    let ranges = title.contains(&['-', '－', '—', '~', '～', '至', '到'][..]).then(|| RANGE.captures_iter(title));
    for caps in ranges.into_iter().flatten() {
        let (a, b): (u32, u32) = (caps[1].parse().unwrap_or(0), caps[2].parse().unwrap_or(0));
        if a < b && b - a <= 10 {
            years.retain(|&(y, _, _)| y < a || y > b);
            years.extend((a..=b).map(|y| (y, Kind::Other, None)));
        }
    }
    years
}

/// `2022` or `二〇二二` as a number.
fn parse_year(s: &str) -> Option<u32> {
    if let Ok(y) = s.parse() {
        return Some(y);
    }
    let mut y = 0;
    for c in s.chars() {
        let d = match c {
            '〇' | '零' | '○' => 0,
            _ => "一二三四五六七八九".chars().position(|d| d == c)? as u32 + 1,
        };
        y = y * 10 + d;
    }
    (1900..2100).contains(&y).then_some(y)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_util::{assert_clean, assert_flags, findings};

    /// `title_years` replaced a regex; it must agree with it.
    #[test]
    fn title_years_agree_with_the_regex_they_replaced() {
        let old = crate::pattern::builtin(r"((?:19|20)\d{2}|[〇零○一二][〇零○一二三四五六七八九]{3})\s*年");
        for title in [
            "区妇联2022年工作总结", "二〇二二年工作总结", "2021 年和２０２２年", "二○二一年度计划", "12022年总结",
            "202年", "20223年", "2021-2022学年工作总结", "一二三四五年", "〇〇〇〇年", "2021年2022年",
            "2021\u{3000}年", "二〇二二年2023年工作计划", "", "年",
        ] {
            let want: Vec<_> = old.captures_iter(title).map(|c| c.get(1).unwrap().range()).collect();
            assert_eq!(title_years(title), want, "{title}");
        }
    }

    /// `reporting_years` replaced this regex; it must agree with it.
    #[test]
    fn reporting_years_agree_with_the_regex_they_replaced() {
        let old = crate::pattern::builtin(concat!(
            r"(?:^|[。！？；;!?\s])[\s\u{3000}]*(?P<start>(?:19|20)\d{2}|[〇零○一二][〇零○一二三四五六七八九]{3})年(?:度)?(?:[,，]|是|上半年|下半年|全年|一年来|里|我|全|本|在|区|县|市|镇|乡|街道|社区)|",
            r"(?:现将|对|把)(?P<review>(?:19|20)\d{2})年(?:度)?(?:的)?(?:主要)?工作|",
            r"(?P<title>(?:19|20)\d{2})年(?:度)?(?:上半年|下半年)?(?:工作)?总结"
        ));
        let reference = |head: &str| -> Vec<(Span, bool)> {
            old.captures_iter(head)
                .filter_map(|c| match (c.name("start"), c.name("review"), c.name("title")) {
                    (Some(m), _, _) | (_, Some(m), _) => Some((m.range(), false)),
                    (_, _, Some(m)) => Some((m.range(), true)),
                    _ => None,
                })
                .collect()
        };
        let mut heads: Vec<String> = [
            "2017年,区妇联在区委领导下", "各位领导:2021年是关键之年", "现将2019年工作总结如下",
            "对2018年度的主要工作做回顾", "区妇联2017年工作总结 2017年,区妇联", "二〇一九年,全区", "。 2020年全区",
            "　2020年度上半年", "12017年,", "x2017年是", "2017年度工作总结。2018年,", "把2016年工作", "２０１７年,",
            "20１7年是",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let pieces = [
            "2017", "20１7", "1999", "二〇一九", "二〇", "2", "年", "2017年", "二〇一九年", "度", "的", "主要", "工作",
            "总结", "工作总结", "上半年", "下半年", "全年", "是", ",", "，", "。", "；", "!", " ", "\u{3000}", "现将",
            "对", "把", "区", "社区", "街道", "我", "妇联", "x",
        ];
        heads.extend(crate::rules::test_util::random_lines(&pieces, 40000, 9, 5));
        let mut found = [0usize; 2];
        for head in &heads {
            let want = reference(head);
            assert_eq!(reporting_years(head), want, "{head:?}");
            found[0] += want.iter().any(|w| !w.1) as usize;
            found[1] += want.iter().any(|w| w.1) as usize;
        }
        assert!(found.iter().all(|&n| n >= 200), "heads with a year stated, with a pasted title: {found:?}");
    }

    #[test]
    fn body_reports_on_another_year() {
        assert_flags(
            &DateMismatch,
            "区妇联2022年工作总结\n2017年,区妇联在区委、区政府的正确领导下,坚持以科学发展观为指导。",
            &["2022年"],
        );
        assert_flags(
            &DateMismatch,
            "区妇联2022年工作总结\n各位领导:\n2021年是全面建设的关键之年,我们紧紧围绕中心工作。",
            &["2022年"],
        );
        assert_flags(
            &DateMismatch,
            "区妇联2022年工作总结\n现将2019年工作总结如下:一是加强组织建设,二是完善制度。",
            &["2022年"],
        );
        assert_flags(
            &DateMismatch,
            "二〇二二年工作总结\n2020年,全区妇联组织在党委领导下开展了大量工作。",
            &["二〇二二年"],
        );
        assert_flags(&DateMismatch, "2022年工作总结\n二〇一九年,全区妇联组织在党委领导下开展了大量工作。", &["2022年"]);
        assert_clean(&DateMismatch, "2022年工作总结\n二〇二二年,全区妇联组织在党委领导下开展了大量工作。");
        let f = findings(&DateMismatch, "区妇联2022年工作总结\n2017年,区妇联在区委、区政府的正确领导下开展工作。");
        assert_eq!(f[0].severity, Severity::Warning);
        assert!(f[0].message.contains("2022") && f[0].message.contains("2017"), "{}", f[0].message);
    }

    #[test]
    fn a_second_title_pasted_into_the_body() {
        let text = "××区妇联2022年工作总结及下阶段工作计划.docx\n《××区妇联2022年工作总结及下阶段工作计划.docx》由会员分享,可在线阅读。\n1、区妇联2022年工作总结及下阶段工作计划 区妇联2017年工作总结及下阶段工作计 划 2017年,区妇联在自治区、市妇联的正确领导下";
        let f = findings(&DateMismatch, text);
        assert_eq!(f.len(), 1);
        // The title's year is marked (the first line's).
        assert_eq!(&text[f[0].range.clone()], "2022年");
        assert!(f[0].range.end < text.find('\n').unwrap());
        assert!(f[0].message.contains("2017"));
    }

    #[test]
    fn matching_years_are_fine() {
        assert_clean(
            &DateMismatch,
            "区妇联2022年工作总结\n2022年,区妇联在区委、区政府的正确领导下开展各项工作,取得了新成效。",
        );
        assert_clean(
            &DateMismatch,
            "区妇联2022年上半年工作总结\n2022年上半年,区妇联紧紧围绕中心工作,扎实推进各项任务。",
        );
        assert_clean(&DateMismatch, "2022年度述职报告\n2022年,本人在局党组的领导下认真履职尽责,较好地完成了各项任务。");
    }

    #[test]
    fn plans_and_reports_may_open_with_the_year_before() {
        assert_clean(
            &DateMismatch,
            "区妇联2023年工作计划\n2022年,我们在区委领导下完成了各项任务,为新一年工作打下了基础。",
        );
        assert_clean(
            &DateMismatch,
            "县妇联2023年工作报告\n2022年,全县各级妇女组织在县委的坚强领导下,团结带领广大妇女建功立业。",
        );
        assert_flags(
            &DateMismatch,
            "区妇联2023年工作计划\n2019年,我们在区委领导下完成了各项任务,为新一年工作打下了基础。",
            &["2023年"],
        );
        assert_flags(
            &DateMismatch,
            "区妇联2023年工作总结\n2022年,我们在区委领导下完成了各项任务,取得了较好成绩。",
            &["2023年"],
        );
    }

    #[test]
    fn years_in_passing_are_fine() {
        assert_clean(
            &DateMismatch,
            "区妇联2022年工作总结\n今年以来,与2021年相比,各项指标均有提升,自2018年以来连续五年获评先进单位。",
        );
        assert_clean(
            &DateMismatch,
            "区妇联2022年工作总结\n区妇联在2016-2022年规划实施中取得明显成效,各项工作稳步推进。",
        );
        assert_clean(
            &DateMismatch,
            "2021-2022学年工作总结\n2021年,学校妇委会在校党委领导下,认真开展各项工作,取得明显成效。",
        );
        assert_clean(
            &DateMismatch,
            "区妇联2022年工作总结和2023年工作计划\n2022年,区妇联在区委领导下开展工作,取得了新成效。",
        );
    }

    #[test]
    fn no_title_year_or_no_title_no_check() {
        assert_clean(&DateMismatch, "社区妇代会工作报告\n2013年,在县委、县政府的坚强领导下,各级妇女组织团结奋进。");
        assert_clean(&DateMismatch, "20xx年,xx办事处妇联在区妇联和xx办事处党委的正确领导下开展工作。");
        assert_clean(&DateMismatch, "尊敬的各位领导:\n2019年,我们在党委领导下开展了大量工作,取得了一定成效。");
        assert_clean(&DateMismatch, "");
    }

    #[test]
    fn only_the_opening_paragraphs_are_read() {
        let mut text = String::from("区妇联2022年工作总结\n");
        for _ in 0..4 {
            text.push_str("区妇联紧紧围绕中心工作,扎实推进各项任务,取得了良好成效。\n");
        }
        text.push_str("2017年,区妇联被评为先进集体,此后连续多年保持荣誉。\n");
        assert_clean(&DateMismatch, &text);
    }

    #[test]
    fn no_panic_on_odd_input() {
        for s in [
            "2022年总结",
            "2022年总结\n2",
            "二〇二二年总结\n二",
            "总结\n\n\n",
            "9999年总结\n9998年,很长很长很长很长很长很长很长很长的句子。",
        ] {
            let _ = findings(&DateMismatch, s);
        }
        let long = format!("2022年工作总结\n{}", "2017年,".repeat(200_000));
        let _ = findings(&DateMismatch, &long);
    }
}
