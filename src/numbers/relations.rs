//! The shapes in which a report relates its figures, found sentence by sentence: a change
//! `由A增加到B,增长P%` (also `B,较上年的A增长P%`, `B,由上年的A增长P%`, `B,上年同期为A,同比增长P%`,
//! `B,同比增长P%,上年同期为A`, `B%,比上年提高N个百分点,上年为A%`, `B,较年初的A提高…`), a ratio
//! to a base written with its value (`B,是上年A的N倍`, `B,达到年度计划A的P%`, `B,是上年的N倍,
//! 上年为A`), several changes against last year's figures listed with 分别 (`23起、19人,上年分别为
//! 31起、24人,分别下降25.8%和20.8%`), and the sentences the numeric rules read.
//!
//! Everything here is deliberately narrow: a relation is only returned when the wording makes it
//! plain which figures belong together. Unclear text gives nothing.

use super::{quantities_at, Quantity};
use crate::analysis::Analysis;
use crate::document::Document;
use crate::phrase::WordSet;
use crate::text::Words;
use crate::words;
use std::ops::Range;
use std::rc::Rc;

/// One sentence of the draft with its quantities (offsets relative to `text`).
pub struct Sentence<'a> {
    pub text: &'a str,
    /// Byte offset of `text` in the document.
    pub start: usize,
    /// Shared with the parse kept for the document: the four rules read it without a copy.
    pub qs: Rc<[Quantity]>,
}

impl Sentence<'_> {
    /// Absolute byte range of quantity `k`.
    pub fn abs(&self, r: &std::ops::Range<usize>) -> std::ops::Range<usize> {
        self.start + r.start..self.start + r.end
    }

    /// The text of quantity `k`'s own clause before it (back to the previous clause mark).
    pub fn clause_before(&self, pos: usize) -> &str {
        clause_before(self.text, pos)
    }
}

/// Whether a line break stands between sentence `a` and the later sentence `b` of the document
/// `text`: `b` opens a paragraph of its own (the rules that read a whole paragraph's figures
/// start there).
pub fn apart(text: &str, a: &Sentence, b: &Sentence) -> bool {
    text[a.start + a.text.len()..b.start].contains('\n')
}

/// Most figures one sentence may hold before it is taken for a flattened table and skipped.
const MAX_PER_SENTENCE: usize = 60;

/// Sentences with at least one quantity, in document order. Sentences with very many figures
/// (tables flattened into one line) are left out: their relations are not readable anyway.
///
/// The four relation rules all read these; the parse is made once per document and kept on it
/// (`Analysis::numeric_sentences`).
pub fn sentences<'t>(analysis: &Analysis<'_, 't>) -> Vec<Sentence<'t>> {
    let text = analysis.doc.text;
    analysis
        .numeric_sentences()
        .iter()
        .map(|(r, qs)| Sentence { text: &text[r.clone()], start: r.start, qs: qs.clone() })
        .collect()
}

/// A sentence's byte range in the document and its quantities.
pub type Parsed = Vec<(Range<usize>, Rc<[Quantity]>)>;

/// The parse behind [`sentences`]; called once per document by `Analysis::numeric_sentences`.
pub(crate) fn parse(doc: &Document) -> Parsed {
    let mut out = Vec::new();
    for line in &doc.lines {
        let text = &doc.text[line.range()];
        super::scan_line(text, |r, starts| {
            // A sentence without a digit or numeral holds no quantity.
            if starts.is_empty() {
                return;
            }
            let qs = quantities_at(&text[r.clone()], MAX_PER_SENTENCE, starts);
            if !qs.is_empty() && qs.len() <= MAX_PER_SENTENCE {
                out.push((line.start + r.start..line.start + r.end, Rc::from(qs)));
            }
        });
    }
    out
}

pub const CLAUSE_LOOKBACK: usize = 120;

/// The text from the last clause mark (，,：:；( etc.) before `pos` up to `pos`.
/// Looks back at most [`CLAUSE_LOOKBACK`] bytes: the markers the rules look for sit close to
/// their figure, and a bound keeps every rule linear on drafts without punctuation.
pub fn clause_before(text: &str, pos: usize) -> &str {
    clause_within(text, pos, CLAUSE_LOOKBACK)
}

/// [`clause_before`], looking back at most `bound` bytes.
pub fn clause_within(text: &str, pos: usize, bound: usize) -> &str {
    let mut from = pos.saturating_sub(bound);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let head = &text[from..pos];
    let start = head
        .char_indices()
        .rev()
        .find(|(_, c)| super::is_clause_mark(*c))
        .map(|(k, c)| k + crate::text::char_len(c))
        .unwrap_or(0);
    &head[start..]
}

/// The clause before `pos` read past a bracketed aside that ends right before it: for `占总人口比重
/// (常住人口城镇化率)为87.66%`, the text from 占 on (the aside kept in), and the aside's length in
/// characters; the clause alone and 0 when no aside ends there.
pub fn clause_past_aside(text: &str, pos: usize) -> (&str, usize) {
    let own = clause_before(text, pos);
    let start = pos - own.len();
    let Some(close @ (')' | '）')) = text[..start].chars().next_back() else { return (own, 0) };
    // Inside the brackets (`）` is three bytes, `)` one).
    let inside_end = start - crate::text::char_len(close);
    let head = clause_within(text, inside_end, CLAUSE_LOOKBACK);
    let open = inside_end - head.len();
    match text[..open].chars().next_back() {
        Some(c @ ('(' | '（')) => {
            let from = open - crate::text::char_len(c);
            let before = clause_before(text, from);
            (&text[from - before.len()..pos], chars(&text[from..start]))
        }
        _ => (own, 0),
    }
}

/// How many characters `s` holds.
pub fn chars(s: &str) -> usize {
    s.chars().count()
}

/// How many commas (`,` or `，`) `s` holds: how many clauses lie between two figures.
pub fn commas(s: &str) -> usize {
    s.chars().filter(|c| matches!(c, ',' | '，')).count()
}

const UP: Words = words!["增长", "增加", "提高", "提升", "上升", "增多", "扩大", "上涨", "增", "升", "翻"];
const DOWN: Words = words!["下降", "减少", "降低", "缩小", "缩减", "下滑", "回落", "降", "减"];

/// The direction a verb in `s` names: Some(true) up, Some(false) down, None if none or both.
pub fn direction(s: &str) -> Option<bool> {
    static UP_WORDS: WordSet = WordSet::new(UP);
    static DOWN_WORDS: WordSet = WordSet::new(DOWN);
    let up = UP_WORDS.is_match(s);
    let down = DOWN_WORDS.is_match(s);
    match (up, down) {
        (true, false) => Some(true),
        (false, true) => Some(false),
        _ => None,
    }
}

/// Words that name a count or a thing, not a change, though they hold a change verb: 新增就业12.6万人
/// counts the jobs added; 增值税25.2亿元 is a tax, 增加值37.9亿元 value added; 减免费用547.4万元 an
/// amount; 减刑案件212.5万件 a kind of case.
const COUNT_WORDS: Words = words!["新增", "新建", "增设", "增收", "净增", "增加值", "增值", "减免", "减刑"];

/// `s` (the words before a figure) says the figure is a change against something (比上年增加30人,
/// 下降5%), not a count of its own.
pub fn names_change(s: &str) -> bool {
    if !COUNT_WORDS.any_in(s) {
        return direction(s).is_some();
    }
    let mut rest = s.to_string();
    for w in COUNT_WORDS {
        rest = rest.replace(w, "");
    }
    direction(&rest).is_some()
}

/// Words that may open the clause of a stated size before its verb (`,同比增长`, `,比上年下降`).
const RATE_LEADS: Words = words![
    "同比", "环比", "比上年", "较上年", "比去年", "较去年", "比上年同期", "较上年同期", "实现", "共", "累计", "了",
    "数量", "总数", "总量", "规模", "名义"
];

/// Characters and clause marks of the notes on reckoning (`按可比价格计算`, `按可比口径`) and on
/// the whole's own level or trend (`与2020年预算基本持平`, `仍保持较快增幅`) in `gap`, and the
/// reasons given for it, clauses without figures from 主要 on (`较上年下降2.3%,主要是贯彻落实中央八项
/// 规定,加强公车管理。其中…`), and its rank (`进出口总额居全省第二位`).
pub(crate) fn calculation_notes(gap: &str) -> (usize, usize) {
    let mut found = (0, 0);
    let mut reasons = false;
    for clause in gap.split(crate::numbers::is_clause_mark) {
        let figures = clause.chars().any(crate::text::is_ascii_digit);
        reasons = (reasons || clause.starts_with("主要")) && !figures;
        // (A rank, `进出口总额居全省第二位`, says nothing of the figure's own.)
        let rank = clause.contains('第') && (clause.contains('居') || clause.contains('排'));
        if reasons
            || rank && !figures
            || clause.starts_with('按') && (clause.ends_with("计算") || clause.ends_with("口径"))
            || clause.ends_with("持平")
            || TREND_NOTES.any_in(clause) && !figures
        {
            found = (found.0 + chars(clause) + 1, found.1 + 1);
        }
    }
    found
}

/// Words of a clause without figures on the whole's trend (`仍保持较快增幅`, `发展态势良好`).
const TREND_NOTES: Words = words!["增幅", "增速", "态势", "势头", "趋势"];

/// Rates over several years (`年均增长6.8%`): not the change from the first figure to the last.
const AVERAGED: Words = words!["年均", "平均", "每年"];

/// The clause `s` (from its mark to the stated size) is only the wording of a change: a lead such
/// as 同比 or 比2022年, then the change word (增长, 下降, 提高到, 是原来的, 翻了, 增幅达) — no
/// subject of its own (`,利润总额增长20%` is another figure's change).
pub fn opens_with_change(s: &str) -> bool {
    let mut rest = s.trim_start_matches(|c: char| super::is_clause_mark(c) || c.is_whitespace());
    if AVERAGED.any_in(rest) {
        return false;
    }
    // 比2022年 / 较2019年同期
    for lead in ["比", "较"] {
        if let Some(r) = rest.strip_prefix(lead) {
            let year = strip_year(r);
            if year.len() < r.len() {
                rest = year.strip_prefix("同期").unwrap_or(year);
            }
        }
    }
    while let Some(r) = RATE_LEADS.strip_prefix_of(rest) {
        rest = r;
    }
    // (比去年底增幅, 比上年末增长)
    rest = rest.trim_start_matches(&['底', '末'][..]);
    rest = strip_span(rest);
    // `实现翻两番`, `实现增长12%`: a light verb before the change.
    rest = rest.strip_prefix("实现").unwrap_or(rest);
    UP.iter().chain(DOWN).chain(words!["是", "为", "相当于", "增幅", "降幅"]).any(|w| rest.starts_with(w))
}

/// A change from one figure to another and what the text says about its size:
/// `由400人增加到1200人,增加了2倍`.
#[derive(Debug, Clone)]
pub struct Change {
    /// Index of the starting figure in [`Sentence::qs`].
    pub from: usize,
    pub to: usize,
    /// The stated size of the change: %, 个百分点, 倍, 番 or a fraction (一半).
    pub stated: usize,
    /// Up or down, as the stated clause (or else the from→to wording) says.
    pub up: Option<bool>,
    /// `增加到N倍`, `是原来的N倍`: the stated multiple is the ratio itself, not the increase.
    pub to_form: bool,
    /// The wording right before the stated size (`增加了`, `同比下降`), for messages.
    pub verb: String,
}

fn is_stated_unit(u: &str) -> bool {
    matches!(u, "%" | "个百分点" | "个千分点" | "倍" | "番" | "分之")
}

/// Changes written as `由/从 A … 到/至 B,(verb) P` or `B,较/比(上年|去年)(的) A (verb) P`.
pub fn changes(s: &Sentence) -> Vec<Change> {
    let mut out = Vec::new();
    let qs = &s.qs;
    // Every change has three figures, the last a stated size: most sentences lack one.
    if qs.len() < 3 || !qs.iter().any(|q| is_stated_unit(q.unit)) {
        return out;
    }
    for k in 0..qs.len() {
        let a = &qs[k];
        let before = s.clause_before(a.range.start);
        if !before.contains(&['由', '从', '较', '比'][..]) {
            continue;
        }
        // 由/从 close before A (由去年的, 从).
        let from_marker =
            ['由', '从'].iter().filter_map(|&m| before.rfind(m).map(|p| (p, crate::text::char_len(m)))).max();
        if let Some((p, len)) = from_marker {
            let gap = strip_year(&before[p + len..]);
            if chars(gap) > 8 || gap.chars().any(|c| c.is_ascii_digit()) {
                continue_other(s, k, &mut out);
                continue;
            }
            let linked = qs.get(k + 1).filter(|b| {
                let link = &s.text[a.range.end..b.range.start];
                // (A comma may stand before the verb: 由2010年的61.15%,提高到66.78%.)
                let verb = link.strip_prefix(&[',', '，'][..]).filter(|l| direction(l).is_some()).unwrap_or(link);
                b.unit == a.unit
                    && chars(link) <= 10
                    && (link.contains('到') || link.contains('至') || link.contains('为'))
                    && !verb.chars().any(super::is_clause_mark)
            });
            if is_stated_unit_change(a) {
                continue;
            }
            let Some(b) = linked else {
                // `B,由上年的A增长P`: no later figure after A, so B (the clause before) is it.
                continue_other(s, k, &mut out);
                continue;
            };
            let link = &s.text[a.range.end..b.range.start];
            if let Some(c) = stated_after(s, k, k + 1, link) {
                out.push(c);
            }
        } else {
            continue_other(s, k, &mut out);
        }
    }
    // The other shapes, for the stated sizes not read yet (a sentence joined over ； may hold several).
    this_and_last_year(s, &mut out);
    base_after_rate(s, &mut out);
    each_against_last_year(s, &mut out);
    out
}

/// Adds `c` unless its stated size is read already.
fn add(out: &mut Vec<Change>, c: Change) {
    if !out.iter().any(|o| o.stated == c.stated) {
        out.push(c);
    }
}

/// `事故23起、死亡19人,上年分别为31起、24人,…分别下降25.8%和20.8%` and `…1,038起,…2,346.8万元,
/// 与上年相比,火灾起数下降11.2%,直接财产损失下降18.4%,上年分别为1,169起、2,876.3万元`: this
/// year's figures, last year's listed with 分别, and the rates in the same order, either in one
/// clause with 分别 right after last year's or one a clause right before them. The figures pair
/// up by unit, in order; anything else gives nothing.
fn each_against_last_year(s: &Sentence, out: &mut Vec<Change>) {
    let qs = &s.qs;
    let Some((at, _)) = s.text.match_indices("分别").find(|(at, _)| LAST_YEAR.contains(clause_before(s.text, *at)))
    else {
        return;
    };
    // Last year's figures: one list right after 分别为, no clause mark between them.
    let b0 = qs.partition_point(|q| q.range.start < at);
    let mut n = 0;
    while let Some(q) = qs.get(b0 + n) {
        let from = if n == 0 { at } else { qs[b0 + n - 1].range.end };
        // (、, 和, 为 or 分别为 and nothing else.)
        if !Quantity::countable_unit(q.unit) || q.range.start - from > 9 || s.text[from..q.range.start].contains('，')
        {
            break;
        }
        n += 1;
    }
    // The rates after them (分别下降P1和P2), or before them, one a clause.
    let after = qs.get(b0 + n).is_some_and(|q| clause_before(s.text, q.range.start).contains("分别"));
    let (p0, a0) = if after { (b0 + n, b0.wrapping_sub(n)) } else { (b0.wrapping_sub(n), b0.wrapping_sub(2 * n)) };
    if n < 2 || a0 > b0 || p0 + n > qs.len() {
        return;
    }
    let first = out.len();
    for i in 0..n {
        let p = &qs[p0 + i];
        let verb = clause_before(s.text, p.range.start);
        let up = direction(verb);
        if p.unit != "%" || qs[a0 + i].unit != qs[b0 + i].unit || up.is_none() {
            out.truncate(first);
            return;
        }
        add(out, Change { from: b0 + i, to: a0 + i, stated: p0 + i, up, to_form: false, verb: verb.to_string() });
    }
}

/// `B,同比下降P%,上年同期为A`: this year's figure, the year-on-year rate, and then last year's
/// figure in the next clause. Only the plain shape: the rate's clause names the comparison
/// (同比, 比上年, 较去年…) and a direction, and the base's clause starts with last year's name
/// and 为/是/有 (or nothing) right before the figure.
fn base_after_rate(s: &Sentence, out: &mut Vec<Change>) {
    let qs = &s.qs;
    for k in 1..qs.len().saturating_sub(1) {
        // A share of a target may stand between B and its rate (`5.8亿元,占全年目标6亿元的97%,
        // 同比增长8.4%`): that clause is stepped over.
        // (A percentage right before a rate in % is never B: B is a count.)
        let bk = if qs[k].unit == "%"
            && k >= 3
            && qs[k - 1].unit == "%"
            && &s.text[qs[k - 2].range.end..qs[k - 1].range.start] == "的"
        {
            k - 3
        } else {
            k - 1
        };
        let (b, p, a) = (&qs[bk], &qs[k], &qs[k + 1]);
        // Rates change by % of a count, or by 个百分点 of a rate.
        let fits = match p.unit {
            "%" => !is_stated_unit(b.unit) && !b.unit.is_empty(),
            "个百分点" => b.unit == "%",
            "个千分点" => b.unit == "‰",
            _ => false,
        };
        if !fits || a.unit != b.unit {
            continue;
        }
        let rate_clause = s.clause_before(p.range.start);
        let compared = words!["同比", "比上年", "比去年", "较上年", "较去年"].any_in(rate_clause);
        if !compared || direction(rate_clause).is_none() {
            continue;
        }
        // B ends the clause right before the rate's: `286人次,同比下降20%`.
        let b_to_p = &s.text[b.range.end..p.range.start];
        let marks = b_to_p.chars().filter(|c| super::is_clause_mark(*c)).count();
        if bk + 1 == k && (marks != 1 || chars(b_to_p) > 12) {
            continue;
        }
        if bk + 3 == k {
            // The stepped-over clause is only `占/是/为/达到/完成 <name> A的P%`, right after B.
            let share = clause_before(s.text, qs[k - 2].range.start);
            let lead = RATIO_LEADS.strip_prefix_of(share);
            if marks != 2
                || qs[k - 1].unit != "%"
                || !s.text[b.range.end..].starts_with(&[',', '，'][..])
                || lead.is_none_or(|r| direction(r).is_some() || chars(r) > 10)
            {
                continue;
            }
        }
        // A is alone in the next clause, right after last year's name: `,上年同期为325人次`.
        let p_to_a = &s.text[p.range.end..a.range.start];
        if p_to_a.chars().filter(|c| super::is_clause_mark(*c)).count() != 1 {
            continue;
        }
        let base_clause = s.clause_before(a.range.start);
        let Some(rest) =
            LAST_YEAR.iter().filter_map(|w| base_clause.trim_start().strip_prefix(w)).min_by_key(|r| r.len())
        else {
            continue;
        };
        if !matches!(rest, "" | "为" | "是" | "有" | "的" | ":" | "：") {
            continue;
        }
        // Nothing but the base may follow in its clause (`上年同期为325人次,…` ends there).
        let after = &s.text[a.range.end..];
        if !after.chars().next().is_none_or(|c| super::is_clause_mark(c) || crate::text::is_sentence_end(c)) {
            continue;
        }
        let verb = rate_clause.to_string();
        add(out, Change { from: k + 1, to: bk, stated: k, up: direction(rate_clause), to_form: false, verb });
    }
}

/// `五年`, `3年来`, `近两年间`: the span a change took, written before its verb (五年翻了一番).
fn strip_span(s: &str) -> &str {
    let t = s.strip_prefix('近').unwrap_or(s);
    let n = t.find(|c: char| !(c.is_ascii_digit() || super::figure::is_chinese_numeral_char(c))).unwrap_or(t.len());
    let Some(r) = t[n..].strip_prefix('年').filter(|_| n > 0) else { return s };
    r.strip_prefix(&['来', '间', '内'][..]).unwrap_or(r)
}

/// `2019年的`, `2019年底`: a year before the starting figure (由2019年的100人增加到…).
fn strip_year(gap: &str) -> &str {
    let digits = gap.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 4 && gap[4..].starts_with('年') {
        &gap[4 + '年'.len_utf8()..]
    } else {
        gap
    }
}

fn is_stated_unit_change(a: &Quantity) -> bool {
    matches!(a.unit, "个百分点" | "个千分点" | "倍" | "番" | "分之")
}

/// The name of a whole after 占 without the word that only says it is a whole (`专任教师总数` →
/// `专任教师`; `人数`, `总数`, `总量`).
pub(crate) fn whole_name(name: &str) -> &str {
    ["人数", "总数", "总量", "总额"].iter().find_map(|w| name.strip_suffix(*w)).unwrap_or(name)
}

/// Words that name last year (or the same period of it) as a base: `比上年的2840人`,
/// `较去年同期`, `上年为225起`, `上年分别为31起、24人`.
pub(crate) const LAST_YEAR: Words =
    words!["去年", "上年", "上一年", "前一年", "上年度", "上年同期", "去年同期", "同期"];
/// Earlier periods of this year that a rate is set against (增速比一季度的7%提高3.3个百分点).
const EARLIER_PERIODS: Words = words!["一季度", "上半年", "前三季度", "上季度", "上月", "前两个月", "一至三季度"];
const THIS_YEAR: Words = words!["今年", "本年", "全年", "当年", "本年度", "今年以来"];

/// `今年A人,去年B人,同比增长P%` (either order): the two figures in neighbouring clauses, one
/// marked as last year's and one as this year's.
fn this_and_last_year(s: &Sentence, out: &mut Vec<Change>) {
    let qs = &s.qs;
    for k in 0..qs.len().saturating_sub(1) {
        let (x, y) = (&qs[k], &qs[k + 1]);
        if x.unit != y.unit || is_stated_unit_change(x) || x.unit == "%" {
            continue;
        }
        let between = &s.text[x.range.end..y.range.start];
        if chars(between) > 12 || commas(between) != 1 {
            continue;
        }
        let px = s.clause_before(x.range.start);
        let py = s.clause_before(y.range.start);
        // 比去年减少30人次 is the change itself, not last year's figure.
        if direction(px).is_some() || direction(py).is_some() {
            continue;
        }
        let last = |p: &str| LAST_YEAR.any_in(p);
        let this = |p: &str| THIS_YEAR.any_in(p);
        // `B,上年同期为A`, `B,去年一季度完成A`: last year's figure alone in its clause (its period
        // and verb at most), right after this year's.
        let bare_base = |p: &str| {
            LAST_YEAR
                .iter()
                .filter_map(|w| p.trim_start().strip_prefix(w))
                .any(|r| matches!(r, "为" | "是" | "有") || chars(r) <= 6 && BASE_VERBS.ends(r))
        };
        let (from, to) = if last(px) && !this(px) && this(py) && !last(py) {
            (k, k + 1)
        } else if (this(px) || bare_base(py)) && !last(px) && last(py) && !this(py) {
            (k + 1, k)
        } else {
            continue;
        };
        if let Some(c) = stated_after(s, from, to, "") {
            add(out, c);
        }
    }
}

/// The verbs that give last year's level after its name and period (`去年一季度完成A`).
const BASE_VERBS: Words = words!["完成", "实现", "达到"];

/// Words before a figure that make it an increment, not a level (`新增43个`): no base compares with it.
const INCREMENTS: Words = words!["新增", "净增", "增加", "增长", "新建", "新发展", "减少", "下降"];

/// `B,较/比上年(同期)(的) A 增长P%`: A is the earlier figure, B the one just before it.
fn continue_other(s: &Sentence, k: usize, out: &mut Vec<Change>) {
    let qs = &s.qs;
    let a = &qs[k];
    let before = s.clause_before(a.range.start);
    if !before.contains(&['较', '比', '由', '从'][..]) {
        return;
    }
    // 由/从 name a base here only with last year's name (由上年的3000户增长60%).
    let Some(p) = ['较', '比', '由', '从'].iter().filter_map(|&m| before.rfind(m)).max() else { return };
    let gap = &before[p + 3..];
    // Last year's name, or the start of this year or the end of last (`年初`, `上年末`), with 的 or not.
    // A rate may be set against an earlier period's (增速比一季度的7%提高…个百分点).
    let rate = a.unit == "%";
    let names_base = |y: &str| {
        LAST_YEAR.contains(y) || matches!(y, "年初" | "上年末" | "去年底") || rate && EARLIER_PERIODS.contains(y)
    };
    let gap_ok = names_base(gap) || gap.strip_suffix('的').is_some_and(names_base) || {
        let rest = strip_year(gap);
        rest.len() < gap.len() && matches!(rest, "" | "的" | "底" | "底的" | "同期" | "同期的")
    };
    // A rate set against the same rate of another period, named again (`年平均增长率为0.53%,比2000年
    // 到2010年的年平均增长率0.61%下降0.04个百分点`): the rate's name, checked against B's clause below.
    let rate_again = (rate && !gap_ok)
        .then(|| gap.match_indices("的").last().map(|(i, _)| &gap[i + "的".len()..]))
        .flatten()
        .filter(|n| chars(n) >= 2 && n.ends_with('率'));
    if !gap_ok && rate_again.is_none() {
        return;
    }
    // 比去年的400人增加到1200人: the later figure follows, as with 由.
    if let Some(b) = qs.get(k + 1) {
        let link = &s.text[a.range.end..b.range.start];
        if b.unit == a.unit
            && chars(link) <= 10
            && (link.contains('到') || link.contains('至'))
            && !link.chars().any(super::is_clause_mark)
        {
            if let Some(c) = stated_after(s, k, k + 1, link) {
                out.push(c);
            }
            return;
        }
    }
    // B is before the comparison (a figure inside it, `比上一个十年的`, names the period).
    let phrase_start = a.range.start - before.len() + p;
    let Some(bk) = (0..k).rev().find(|&j| qs[j].range.start < phrase_start) else { return };
    let b = &qs[bk];
    if b.unit != a.unit || is_stated_unit_change(a) {
        return;
    }
    // B sits in the clause just before (…共150人次,较去年的120人次增长25%), and the change's
    // clause has no subject of its own: in `新增43个,总数较上年的175个增长24.6%` the change is
    // the 总数's, a figure the text does not give here.
    // (A rate named again is measured to its comparison: the period's name may be long.)
    let between = &s.text[b.range.end..if rate_again.is_some() { phrase_start } else { a.range.start }];
    if chars(between) > 14 || between.chars().filter(|c| super::is_clause_mark(*c)).count() > 1 {
        return;
    }
    if rate_again.is_some_and(|name| !s.clause_before(b.range.start).contains(name)) {
        return;
    }
    // (A rate's change may name the rate: 增长3.3%,增速比一季度的7%….)
    let subject = before[..p].trim();
    let named_rate = rate && b.unit == "%" && matches!(subject, "增速" | "增幅");
    if !named_rate && (!subject.is_empty() || INCREMENTS.ends(s.clause_before(b.range.start))) {
        return;
    }
    if let Some(c) = stated_after(s, k, bk, "") {
        // Figures that go against the stated direction mean this reading is wrong, not the text.
        let goes_up = b.value > a.value;
        if c.up.is_some_and(|up| up != goes_up) {
            return;
        }
        out.push(c);
    }
}

/// Most characters of the clause that introduces a stated size (`,较上年同期增长` is 7).
const MAX_STATED_CLAUSE: usize = 10;

/// The stated size right after figure `last` (= max(from,to)), within one more clause.
fn stated_after(s: &Sentence, from: usize, to: usize, link: &str) -> Option<Change> {
    let qs = &s.qs;
    let last = from.max(to);
    let idx = (last + 1..qs.len().min(last + 3)).find(|&j| is_stated_unit(qs[j].unit))?;
    let st = &qs[idx];
    let mut between = s.text[qs[last].range.end..st.range.start].to_string();
    // Drop a bracketed aside: 由3人提高到9人(其中研究生1人),提高3倍
    for (open, close) in [('(', ')'), ('（', '）')] {
        while let (Some(a), Some(b)) = (between.find(open), between.find(close)) {
            if b < a {
                break;
            }
            let rest = between.split_off(b + crate::text::char_len(close));
            between.truncate(a);
            between.push_str(&rest);
        }
    }
    if chars(&between) > 16 || commas(&between) > 1 {
        return None;
    }
    if between.chars().any(|c| matches!(c, '：' | ':' | '；' | ';')) {
        return None;
    }
    // Other figures in between (except inside the aside) make the link unclear, but for the
    // amount of the change in the later figure's clause (`较上年的1194件增加334件,增幅28.0%`).
    let amount = idx == last + 2 && {
        let d = &qs[last + 1];
        let link = &s.text[qs[last].range.end..d.range.start];
        d.unit == qs[last].unit && !link.chars().any(super::is_clause_mark) && direction(link).is_some()
    };
    if idx != last + 1 && !amount {
        let aside = &s.text[qs[last].range.end..st.range.start];
        let inside_aside = qs[last + 1..idx].iter().all(|q| {
            let off = q.range.start - qs[last].range.end;
            let pre = &aside[..off];
            pre.contains('(') || pre.contains('（')
        });
        if !inside_aside {
            return None;
        }
    }
    let verb_text = clause_before(s.text, st.range.start);
    let verb_text = verb_text.strip_prefix('(').unwrap_or(verb_text);
    // 一点二倍: a Chinese decimal read only from its last digit.
    if verb_text.ends_with('点') {
        return None;
    }
    // (增幅为28%: the size of the change, not the figure it comes to.)
    // (The words right before the size: 比2000年到2010年的…0.61%下降 has its 到 in the period's name.)
    let to_form = !between.contains('幅') && words!["到", "至", "是", "为", "原来", "相当于"].any_in(&between);
    // In a clause of its own, the stated size must be introduced by a short phrase naming the
    // change (`,同比下降`, `,增加到原来的`, `,翻了`): `,不良贷款率由6.1%…` starts another change,
    // `,其耕地面积增长…` another subject.
    let separate = s.text[qs[last].range.end..st.range.start].chars().any(super::is_clause_mark);
    if separate
        && (!opens_with_change(verb_text)
            || verb_text.contains(&['由', '从'][..])
            || chars(verb_text) > MAX_STATED_CLAUSE)
    {
        return None;
    }
    // 分别增长7.1%和11.1%: the rates go with several changes in turn, not with this one alone.
    // (年平均 before the figures names a rate, which may change: 比…的年平均增长率0.61%下降0.04个百分点.)
    if AVERAGED.any_in(&between) || verb_text.contains("分别") {
        return None;
    }
    // 是2015年的3倍, 相当于全国平均水平的2倍: a base of its own, which may not be the first figure.
    let base = ["是", "相当于", "为"].iter().find_map(|w| verb_text.find(w).map(|p| (&verb_text[p..], w.len())));
    if base.is_some_and(|(b, len)| {
        b.contains('的')
            && !words!["原来", "过去", "此前", "以前"].any_in(b)
            && !names_start(s, from, &b[len..b.rfind('的').unwrap_or(len)])
    }) {
        return None;
    }
    // (The words right before the size first: 比…的增长率0.61%下降 goes down.)
    let up = direction(&between).or_else(|| direction(verb_text)).or_else(|| direction(link));
    Some(Change { from, to, stated: idx, up, to_form, verb: verb_text.to_string() })
}

/// `name` is what the text calls the starting figure `from` (由去年同期的800万元… and then
/// 是去年同期的1.5倍): a base named again, not one of its own.
fn names_start(s: &Sentence, from: usize, name: &str) -> bool {
    let pre = s.clause_before(s.qs[from].range.start);
    let pre = pre.strip_suffix('的').unwrap_or(pre);
    chars(name) >= 2 && pre.ends_with(name)
}

/// A figure set against a base written in the next clause: `B,是上年A的N倍`,
/// `B,达到年度计划A的P%`: the stated ratio is B/A.
#[derive(Debug, Clone)]
pub struct Ratio {
    /// Index of B (the figure of the subject) in [`Sentence::qs`].
    pub of: usize,
    /// Index of A (the base).
    pub base: usize,
    /// The stated ratio: % or 倍.
    pub stated: usize,
    /// `N倍多`: the ratio is at least N and below N+1.
    pub at_least: bool,
}

/// Words that open a clause setting the figure before against a base (是上年…的, 达到计划…的).
const RATIO_LEADS: Words = words!["是", "为", "相当于", "达到", "达", "完成", "占"];

/// Ratios written `B,是/为/相当于/达到/完成/占 <name> A 的 N倍/P%`: the clause has no subject of
/// its own, names no change and no average, and B ends the clause right before it.
pub fn stated_ratios(s: &Sentence) -> Vec<Ratio> {
    let qs = &s.qs;
    let mut out = Vec::new();
    for j in 2..qs.len() {
        let (b, a, st) = (&qs[j - 2], &qs[j - 1], &qs[j]);
        if !matches!(st.unit, "%" | "倍") || a.unit != b.unit || !Quantity::countable_unit(a.unit) {
            continue;
        }
        let at_least = s.text[st.range.clone()].ends_with("倍多");
        if b.approx
            || a.approx
            || st.approx && !at_least
            || a.value <= 0.0
            || &s.text[a.range.end..st.range.start] != "的"
        {
            continue;
        }
        // (Past an aside naming the base: 是泛湘南地区(包含衡阳市、郴州市和永州市)18070元的1.70倍.)
        let (clause, aside) = clause_past_aside(s.text, a.range.start);
        let Some(rest) = RATIO_LEADS.strip_prefix_of(clause) else { continue };
        if direction(rest).is_some() || AVERAGED.any_in(rest) || chars(rest) > 10 + aside {
            continue;
        }
        // B ends the clause right before: `1800人次,是上年…`.
        let between = &s.text[b.range.end..a.range.start];
        let mark = between.chars().next().is_some_and(super::is_clause_mark);
        let marks = |t: &str| t.chars().filter(|c| super::is_clause_mark(*c)).count();
        let in_aside = clause.find(&['(', '（'][..]).filter(|_| aside > 0).map_or(0, |i| marks(&clause[i..]));
        if !mark || marks(between) != 1 + in_aside {
            continue;
        }
        out.push(Ratio { of: j - 2, base: j - 1, stated: j, at_least });
    }
    base_named_after(s, &mut out);
    out
}

/// `B,是上年的N倍,上年为A`: the ratio's clause names only the base (上年的, 2019年的), and the next
/// clause gives that base alone, under the same name.
fn base_named_after(s: &Sentence, out: &mut Vec<Ratio>) {
    let qs = &s.qs;
    for j in 1..qs.len().saturating_sub(1) {
        let (b, st, a) = (&qs[j - 1], &qs[j], &qs[j + 1]);
        if !matches!(st.unit, "%" | "倍") || a.unit != b.unit || !Quantity::countable_unit(a.unit) {
            continue;
        }
        if b.approx || a.approx || st.approx || a.value <= 0.0 {
            continue;
        }
        let clause = s.clause_before(st.range.start);
        let Some(name) = RATIO_LEADS.strip_prefix_of(clause).and_then(|r| r.strip_suffix('的')) else {
            continue;
        };
        if !(LAST_YEAR.contains(name) || strip_year(name).is_empty()) {
            continue;
        }
        let marks = |t: &str| t.chars().filter(|c| super::is_clause_mark(*c)).count();
        let (b_to_st, st_to_a) = (&s.text[b.range.end..st.range.start], &s.text[st.range.end..a.range.start]);
        if marks(b_to_st) != 1 || !b_to_st.starts_with(super::is_clause_mark) || marks(st_to_a) != 1 {
            continue;
        }
        let base = s.clause_before(a.range.start).trim_start();
        let after = &s.text[a.range.end..];
        if !base.strip_prefix(name).is_some_and(|r| matches!(r, "为" | "是" | "有"))
            || !after.chars().next().is_none_or(|c| super::is_clause_mark(c) || crate::text::is_sentence_end(c))
        {
            continue;
        }
        out.push(Ratio { of: j - 1, base: j + 1, stated: j, at_least: false });
    }
}

/// The year `text` last names before its end, as four digits (`从1978年的` → `1978`).
pub fn year_of(text: &str) -> Option<&str> {
    let at = text.rfind('年')?;
    let digits = &text[..at];
    let year = &digits[digits.trim_end_matches(crate::text::is_ascii_digit).len()..];
    (year.len() == 4).then_some(year)
}

/// Kinds that make up their whole by definition, with no others beside them.
pub const EVERY_KIND: [Words; 12] = [
    words!["第一产业", "第二产业", "第三产业"],
    words!["夏粮", "秋粮"],
    words!["出口", "进口"],
    words!["男", "女"],
    words!["公办", "民办"],
    words!["公立", "民营"],
    words!["沿海", "内河"],
    words!["城镇", "乡村"],
    words!["城市", "农村"],
    words!["城镇", "农村"],
    words!["集中供养", "分散供养"],
    words!["税收收入", "非税收入"],
];

/// Two names, one the other's negation (`在编`, `非在编`): kinds that are all of their whole.
pub fn negation(a: &str, b: &str) -> bool {
    let of = |a: &str, b: &str| !a.is_empty() && b.strip_prefix('非') == Some(a);
    of(a, b) || of(b, a)
}

/// Two names of the two kinds of a whole that has no others, alike but for the kind (`男性人口`,
/// `女性人口`; `居住在城镇的人口`, `居住在乡村的人口`; `在编`, `非在编`). (`男职工`, `女党员` name two
/// wholes.)
pub fn complementary(a: &str, b: &str) -> bool {
    let alike = |a: &str, this: &str, b: &str, that: &str| {
        let (Some(i), Some(j)) = (a.find(this), b.find(that)) else { return false };
        a[..i] == b[..j] && a[i + this.len()..] == b[j + that.len()..]
    };
    negation(a, b)
        || EVERY_KIND.iter().any(|kinds| {
            let mut k = kinds.iter();
            let (Some(x), Some(y), None) = (k.next(), k.next(), k.next()) else { return false };
            alike(a, x, b, y) || alike(a, y, b, x)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one_sentence(t: &str) -> Sentence<'_> {
        Sentence { text: t, start: 0, qs: crate::numbers::quantities(t).into() }
    }

    #[test]
    fn base_figure_after_the_rate() {
        let s = one_sentence("接待来访286人次,同比下降20%,上年同期为325人次。");
        let c = changes(&s);
        assert_eq!(c.len(), 1);
        assert_eq!((s.qs[c[0].from].value, s.qs[c[0].to].value, s.qs[c[0].stated].value), (325.0, 286.0, 20.0));
        assert_eq!(c[0].up, Some(false));
        // Not this shape: no comparison named, or the last figure is something else.
        assert!(changes(&one_sentence("接待来访286人次,下降20%,上年同期为325人次。")).is_empty());
        assert!(changes(&one_sentence("接待来访286人次,同比下降20%,其中325人次为电话咨询。")).is_empty());
        assert!(changes(&one_sentence("接待来访286人次,同比下降20%,上年同期为325人次的1.2倍。")).is_empty());
    }

    #[test]
    fn last_years_figures_listed_with_fenbie() {
        let values = |t: &str| {
            let s = one_sentence(t);
            changes(&s).iter().map(|c| (s.qs[c.from].value, s.qs[c.to].value, s.qs[c.stated].value)).collect::<Vec<_>>()
        };
        let after = "共发生事故23起、死亡19人，上年分别为31起、24人，事故起数和死亡人数分别下降25.8%和20.8%。";
        assert_eq!(values(after), [(31.0, 23.0, 25.8), (24.0, 19.0, 20.8)]);
        let before = "接报火灾1,038起，直接财产损失2,346.8万元，与上年相比，火灾起数下降11.2%，直接财产损失下降18.4%，上年分别为1,169起、2,876.3万元。";
        assert_eq!(values(before), [(1169.0, 1038.0, 11.2), (28763000.0, 23468000.0, 18.4)]);
        // Units that do not pair up, rates without a direction, no last year named: nothing.
        assert!(values("共发生事故23起、死亡19人，上年分别为31人、24起，分别下降25.8%和20.8%。").is_empty());
        assert!(values("共发生事故23起、死亡19人，上年分别为31起、24人，分别占25.8%和20.8%。").is_empty());
        assert!(values("共发生事故23起、死亡19人，两地分别为31起、24人，分别下降25.8%和20.8%。").is_empty());
    }

    #[test]
    fn finds_changes() {
        let s = one_sentence("女性就业人数由400人增加到1200人,增加了2倍。");
        let c = changes(&s);
        assert_eq!(c.len(), 1);
        assert_eq!((s.qs[c[0].from].value, s.qs[c[0].to].value, s.qs[c[0].stated].value), (400.0, 1200.0, 2.0));
        assert!(!c[0].to_form && c[0].up == Some(true));
        let s = one_sentence("由3人提高到9人(其中研究生1人),提高3倍;");
        let c = changes(&s);
        assert_eq!(c.len(), 1);
        assert_eq!(s.qs[c[0].stated].value, 3.0);
        let s = one_sentence("全年接待来访150人次,较去年的120人次增长25%。");
        let c = changes(&s);
        assert_eq!(c.len(), 1);
        assert_eq!((s.qs[c[0].from].value, s.qs[c[0].to].value), (120.0, 150.0));
        let s = one_sentence("会员由2019年的100人增加到2023年的300人,增长了2倍。");
        assert_eq!(changes(&s).len(), 1);
        let s = one_sentence("增加到原来的3倍");
        assert!(changes(&s).is_empty());
    }
}
