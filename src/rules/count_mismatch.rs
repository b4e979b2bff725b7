//! Enumerations whose stated count does not match the items listed.
//!
//! Finds:
//! - `建立“三支队伍”,即A和B` / `N项制度:A、B、C`: N named, a different number listed after 即,
//!   就是, 分别是, 包括, 具体为;
//! - `华阳、湖前三个社区`: a list of names followed by a count in Chinese numerals (the first item
//!   may carry the clause's verb: `推行网上办、掌上办、自助办三种方式`); quoted names in a row
//!   (`推出“A”“B”“C”四款产品`); a list its clause introduces (`包括A、B、C、D、E六项`);
//!   quoted names in a row after 即 are items too (`即“A”“B”“C”`); an Arabic count of places
//!   after their names (`广东、江苏、河南4省`, `福清、长乐3个县级市`; a town's villages up to 60, when
//!   the names are at least half the count), and of kinds named in full, three
//!   characters or more each (`龚庆和、郑砚国、黄敬吾3个家庭`);
//! - `2021年至2023年,…连续四年`: a run of years against the span before it in the sentence;
//! - `推进三项工程：一是…；二是…；三是…；四是…`: a count, a colon, and items opened by 一是,
//!   二是 … in turn through the paragraph; fewer such items in one sentence parted by ，/；,
//!   followed in the paragraph by other text and no next ordinal (the list is closed short).
//!
//! Why: a list edited after the summary sentence was written (an item dropped or added) leaves the
//! count wrong, which a reader checks at a glance.
//!
//! Left alone: lists ending in 等 (not exhaustive) or going on in the next clause (`,以及…`),
//! lists whose items are split into clauses without 一是/二是 (a colon list that does not fill its
//! sentence), fewer 一是/二是 items than the count unless the list closes in its paragraph and
//! the next paragraph does not open with the next item (四是…, （四）, 4.), items carrying figures of their own (except after a colon, each
//! item a name closed by its figure; a figure in a quoted name is part of the name),
//! nested 一是 lists (an ordinal repeated, items parted unlike, the count inside an outer item),
//! lists of verbs of work before a count (`新建、改扩建五个村级活动场所`: kinds of work, not names),
//! counts above 12, Arabic counts before a list unless they count places or kinds named in full
//! (`宣传、培训3场` counts sessions, not items; `暮云、城南街道10个村` counts what the places hold;
//! `5个市场`, `5个省级园区` are no places), lists where 和/及 inside an item makes the count
//! ambiguous (either count is accepted), and counts that are part of a name: a count before a
//! noun that names a fixed set or an event (八项规定, 五项原则, 三项世界杯), inside quotes or 《》,
//! or inside the last of several parallel names (`…学习教育、…八项规定精神学习教育`). A count
//! with no list after it is never checked against the words before it as an error.
//!
//! Severity policy:
//! - error: the count is followed right away by an explicit enumeration (即/包括/分别是/：) that
//!   has a different number of items, or closes one its clause opens with 包括/即; a count and a
//!   colon followed by more 一是/二是 items than the count;
//! - warning: a short list of names written before a count (`华阳、湖前三个社区`): the list may
//!   be read either way; fewer 一是 items in a sentence that closes the list — the paragraph goes
//!   on, or ends with no next item opening the next one (the last item may be written another way);
//! - nothing otherwise.

#[cfg(not(target_arch = "wasm32"))]
use super::RuleDocs;
use super::{Context, Rule, RuleMeta};
use crate::diagnostic::{Finding, Severity};
use crate::numbers::relations::{chars, clause_within, sentences, Sentence};
use crate::numbers::Quantity;
use crate::text::char_positions;
use crate::text::Words;
use crate::words;

/// What the rule is called and what it claims (see [`RuleMeta`]).
pub const META: RuleMeta = RuleMeta {
    id: "count-mismatch",
    title: "数目与列举不符",
    top_severity: Severity::Error,
    #[cfg(not(target_arch = "wasm32"))]
    docs: RuleDocs {
        summary: "a count followed right away by 即/包括/分别是/： whose list has another number of items, or a count and a colon followed by more 一是/二是 items (error); a short list of names before a count, Chinese or counting places or kinds named in full (`龚庆和、郑砚国、黄敬吾4个家庭`) (warning). `连续四年` after a span of years that holds another number (`2021年至2023年`) (warning). Never fixed names (八项规定, 五项原则, 铁人三项), quoted names, a count with no list",
        flags: "开展三项活动,即读书会、演讲比赛。",
        passes: "开展两项活动,即读书会、演讲比赛。",
    },
};

pub struct CountMismatch;

impl Rule for CountMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Finding>) {
        let first = out.len();
        for line in &ctx.doc.lines {
            let text = &ctx.doc.text[line.range()];
            if opens_quote_with_numeral(text) {
                for r in crate::numbers::sentences(text) {
                    quoted_slogans(self.id(), &text[r.clone()], line.start + r.start, out);
                }
            }
        }
        for line in &ctx.doc.lines {
            years_in_a_row(self.id(), &ctx.doc.text[line.range()], line.start, out);
        }
        let text = ctx.doc.text;
        let slogans = out.len();
        for s in sentences(&ctx.analysis) {
            for q in s.qs.iter() {
                // A count inside a quoted slogan already judged above (“四大体系”).
                let span = s.abs(&q.range);
                if out[first..slogans].iter().any(|f| f.range.start < span.end && span.start < f.range.end) {
                    continue;
                }
                if let Some(f) = count_then_list(self.id(), text, &s, q).or_else(|| list_then_count(self.id(), &s, q)) {
                    out.push(f);
                }
            }
        }
    }
}

/// The start of a clause that carries a list on from the clause before.
const LIST_GOES_ON: Words = words!["以及", "和", "及", "与", "还有", "另有", "等", "同"];

/// Nouns that make a count part of a name: `八项规定`, `五项原则`, `三项世界杯`. A count before
/// them names a fixed set (or an event), whatever the text lists around it.
const NAME_NOUNS: Words = words![
    "规定", "原则", "精神", "准则", "纪律", "禁令", "守则", "主义", "世界杯", "锦标赛", "公开赛", "联赛", "全会"
];

fn names_a_thing(noun: &str) -> bool {
    // After a quoted slogan, a phrase with 的 names another thing: `“三公”经费预算下降的原因主要是…`
    // lists reasons, not the slogan's members.
    if noun.starts_with('”') && noun.contains('的') {
        return true;
    }
    let noun = noun.trim_start_matches(&['”', '’', '》'][..]);
    NAME_NOUNS.starts(noun)
}

/// The text of `s` up to its first clause mark.
fn first_clause(s: &str) -> &str {
    &s[..s.find(crate::numbers::is_clause_mark).unwrap_or(s.len())]
}

/// Longest item of a list written before its count (`华阳、湖前三个社区`): such lists name places
/// or bodies; longer items are phrases, and the count then belongs to the last of them.
const MAX_ITEM_BEFORE_COUNT: usize = 8;

/// Nouns of places and bodies that a list of names is counted in (`3个县级市`, `4省`).
const PLACES: Words = words![
    "县级市", "村委会", "居委会", "社区", "街道", "乡镇", "地市", "国家", "省", "市", "县", "区", "镇", "乡", "村",
    "州"
];

/// `unit` (the measure word at the start of `rest`) counts places: a place noun itself, or 个 and
/// a place noun that does not open a longer word of another kind (市场, 区域, 村民, 省级, 国家级).
fn counts_places(rest: &str, unit: &str) -> bool {
    let rest = if unit == "个" { &rest[unit.len()..] } else { rest };
    let Some(noun) = PLACES.longest_prefix_of(rest) else { return false };
    !rest[noun.len()..].chars().next().is_some_and(|c| "场域民城企委长级直属辖政内外".contains(c))
}

/// Shortest item of a list of names before an Arabic count that counts no places.
const MIN_NAMED_ITEM: usize = 3;

/// How much longer than the shortest the longest item of such a list may be.
const MAX_ITEM_LENGTH_SPREAD: usize = 2;

const LIST_UNITS: Words = words![
    "处", "支", "个", "项", "家", "所", "类", "种", "条", "位", "人", "件", "大", "方面", "座", "部", "队", "村", "批",
    "门", "场", "次", "款", "省", "县",
];
const INTRO: Words =
    words!["即", "就是", "分别是", "分别为", "分别位于", "分别设在", "包括", "具体为", "具体是", "主要是", "：", ":"];
const JOINERS: Words = words!["以及", "和", "及", "与", "同"];

/// Measure words that count kinds of things (not events: 三场, 两次 count sessions, not items).
const ITEM_UNITS: Words = words![
    "处", "支", "个", "项", "家", "所", "类", "种", "条", "位", "人", "大", "座", "部", "队", "村", "门", "款", "省",
    "县"
];

fn small_count(q: &Quantity) -> bool {
    count_up_to(q, MAX_COUNT)
}

fn count_up_to(q: &Quantity, most: usize) -> bool {
    !q.approx && q.value >= 2.0 && q.value <= most as f64 && q.value.fract() == 0.0 && LIST_UNITS.contains(q.unit)
}

/// Largest count checked against a list: longer lists are seldom written out in full.
const MAX_COUNT: usize = 12;

/// Largest count of places checked against the names before it: a town's villages are written out
/// (`辖禾丰、大源头、…、长征15个村委会`), when the names listed are at least half the count.
const MAX_PLACES_COUNTED: usize = 60;

/// The possible item counts of a list: by 、 only, and with a final 和/及 splitting the last item.
/// Longest item of a list after its count; longer, the text is no list of names.
const MAX_ITEM_CHARS: usize = 24;

fn item_counts(list: &str) -> Option<(usize, usize)> {
    let mut items = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    for (k, c) in list.char_indices() {
        match c {
            // `“A”“B”`, `《A》《B》`: quoted names and titles in a row are items too.
            '“' | '《' if depth <= 0 && list[..k].ends_with(&['”', '》'][..]) => {
                items.push(&list[start..k]);
                start = k;
                depth += 1;
            }
            '“' | '《' | '(' | '（' | '「' | '‘' => depth += 1,
            '”' | '》' | ')' | '）' | '」' | '’' => depth -= 1,
            '、' if depth <= 0 => {
                items.push(&list[start..k]);
                start = k + crate::text::char_len(c);
            }
            _ => {}
        }
    }
    items.push(&list[start..]);
    // (Each side of a 和 in the last item is an item of its own length: `总投资10.6亿元的…项目和…项目`.)
    let longest = |i: &str| i.split(&['和', '及'][..]).map(chars).max().unwrap_or(0);
    if items.iter().any(|i| i.trim().is_empty() || longest(i) > MAX_ITEM_CHARS) {
        return None;
    }
    let by_comma = items.len();
    let last = items[items.len() - 1];
    let split = JOINERS.iter().any(|j| outside_quotes_contains(last, j));
    if split && joins_two_of_a_kind(&items) {
        return Some((by_comma + 1, by_comma + 1));
    }
    Some((by_comma, by_comma + split as usize))
}

/// Characters at the end of each item that show they are names of one kind (街道, 社区, 活动).
const KIND_ENDING: usize = 2;

/// Whether a 和/及 in the last item certainly joins two items: every item, and each side of the
/// joiner, ends with the same [`KIND_ENDING`] characters (`东城街道、西城街道、南城街道和北城街道`).
/// Otherwise the joiner may be inside one name (`科技和信息化局`), and both counts are possible.
fn joins_two_of_a_kind(items: &[&str]) -> bool {
    fn ending(t: &str) -> Option<&str> {
        let t = t.trim();
        let n = chars(t);
        (n > KIND_ENDING).then(|| &t[crate::text::char_offset(t, n - KIND_ENDING).unwrap_or(0)..])
    }
    let last = items[items.len() - 1];
    let Some((head, tail)) = JOINERS.iter().find_map(|j| last.split_once(j)) else { return false };
    let Some(kind) = ending(tail) else { return false };
    let others = || items[..items.len() - 1].iter().chain([&head]);
    // (Or every item a place's name: `荷塘区、…、醴陵市、攸县、茶陵县和炎陵县`.)
    items.len() >= 2 && (others().all(|i| ending(i) == Some(kind)) || others().chain([&tail]).all(|i| PLACES.ends(i)))
}

fn outside_quotes_contains(s: &str, w: &str) -> bool {
    let mut depth = 0i32;
    for (k, c) in s.char_indices() {
        match c {
            '“' | '《' | '(' | '（' | '「' | '‘' => depth += 1,
            '”' | '》' | ')' | '）' | '」' | '’' => depth -= 1,
            _ if depth <= 0 && s[k..].starts_with(w) => return true,
            _ => {}
        }
    }
    false
}

/// Where a list stands against its count, as the message says it.
#[derive(Clone, Copy)]
enum Side {
    After,
    Before,
}

fn finding(id: &'static str, s: &Sentence, q: &Quantity, listed: usize, side: Side, severity: Severity) -> Finding {
    let side = match side {
        Side::After => "后面",
        Side::Before => "前面",
    };
    Finding::new(
        id,
        severity,
        s.abs(&q.range),
        format!("文中写“{}”,但{side}列出的是{}项,请核对数量或补全列举", &s.text[q.range.clone()], listed),
    )
}

/// `“三支队伍”,即A和B`, or (in the paragraph `text`) `三项工程：一是…；…；四是…`.
fn count_then_list(id: &'static str, text: &str, s: &Sentence, q: &Quantity) -> Option<Finding> {
    if !small_count(q) {
        return None;
    }
    let mut ordinals = None;
    match list_after_noting(&s.text[q.range.end..], q.value as usize, &mut ordinals) {
        Some(listed) => Some(finding(id, s, q, listed, Side::After, Severity::Error)),
        None => count_then_ordinals(id, text, s, q, ordinals?),
    }
}

/// The number of items listed after a counted noun, when it differs from `n`: the noun is a few
/// characters (possibly closing a quote), then 即/包括/: and the list to the end of the sentence.
fn list_after(rest: &str, n: usize) -> Option<usize> {
    list_after_noting(rest, n, &mut None)
}

/// [`list_after`], noting in `ordinals` where the items start when a colon is followed by 一是
/// (items that run on through the paragraph, for [`count_then_ordinals`]).
fn list_after_noting(rest: &str, n: usize, ordinals: &mut Option<usize>) -> Option<usize> {
    let (noun_len, intro_len) = rest
        .char_indices()
        .take(12)
        .filter(|(_, c)| matches!(c, '即' | '就' | '分' | '包' | '具' | '主' | '：' | ':' | ',' | '，'))
        .find_map(|(k, _)| {
            let r = &rest[k..];
            let r2 = r.trim_start_matches(&[',', '，'][..]);
            INTRO.iter().find(|i| r2.starts_with(*i)).map(|i| (k, r.len() - r2.len() + i.len()))
        })?;
    let noun = &rest[..noun_len];
    // `8个县城镇化率超过50%,分别是…`: places with what sets them apart, figures and all; the list
    // must then name places only.
    let qualified = PLACES.starts(noun) && !noun.chars().any(crate::numbers::is_clause_mark);
    if noun.chars().any(|c| crate::numbers::is_clause_mark(c) || c.is_ascii_digit()) && !qualified {
        return None;
    }
    if names_a_thing(noun) {
        return None;
    }
    let list = &rest[noun_len + intro_len..];
    // The list runs to the end of its clause; the sentence may go on about something else
    // (`…,即A、B和C,提请审议…`), unless the next clause carries the list on (`,以及D`, `,等等`).
    // After a colon the items are often clauses of their own (`三方面工作:抓党建,促发展`): there
    // the list must fill the sentence.
    let colon = rest[noun_len..noun_len + intro_len].contains(&['：', ':'][..]);
    if colon && list.starts_with("一是") {
        *ordinals = Some(noun_len + intro_len);
        return None;
    }
    let ends: &[char] = if colon {
        &['；', ';', '。', '！', '!', '？', '?']
    } else {
        &['，', ',', '；', ';', '。', '！', '!', '？', '?']
    };
    let end = list.find(ends).unwrap_or(list.len());
    let (list, next) = (&list[..end], list[end..].trim_start_matches(&['，', ','][..]));
    // (A clause of figures listed with 、 goes on about the items, `城镇化率分别为67.35%、56.47%`.)
    let goes_on = |c: &str| c.contains('、') && !c.chars().any(crate::text::is_ascii_digit);
    if !next.is_empty() && (LIST_GOES_ON.starts(next) || goes_on(first_clause(next))) {
        return None;
    }
    // Items with figures of their own (`新建幼儿园20所、改造小区300个`) are tasks, not names;
    // a figure inside a quoted name (“15分钟生活圈”) is part of the name. After a colon, items
    // that each end with their figure (`用于四个方面:活动支出189万元、维权支出97万元…`) are
    // the counted things with their amounts.
    if list.is_empty()
        || list.contains(&['等', '：', ':', ',', '，'][..])
        || has_digit_outside_quotes(list) && !(colon && each_item_ends_with_figure(list)) && !figures_only_modify(list)
    {
        return None;
    }
    if words!["一是", "一要", "第一"].any_in(list) {
        return None;
    }
    if qualified && !list.split('、').all(|i| PLACES.ends(i)) {
        return None;
    }
    let (a, b) = item_counts(list)?;
    if n == a || n == b || (a == 1 && b == 1) {
        return None;
    }
    Some(b)
}

fn has_digit_outside_quotes(list: &str) -> bool {
    let mut depth = 0i32;
    list.chars().any(|c| {
        match c {
            '“' | '《' | '「' | '‘' => depth += 1,
            '”' | '》' | '」' | '’' => depth -= 1,
            _ => {}
        }
        depth <= 0 && (c.is_ascii_digit() || ('０'..='９').contains(&c))
    })
}

/// Every figure of the list describes the name after it (`总投资10.6亿元的龙凤堂物流基地项目和总投资
/// 13亿元的凤栖湖景观区项目`): the items are names.
fn figures_only_modify(list: &str) -> bool {
    let qs = crate::numbers::quantities(list);
    !qs.is_empty() && qs.iter().all(|q| list[q.range.end..].starts_with('的'))
}

/// Every item of the list (parted by 、) is a name and one figure closing it: `维权支出97万元`.
fn each_item_ends_with_figure(list: &str) -> bool {
    list.split('、').all(|item| {
        let qs = crate::numbers::quantities(item);
        qs.len() == 1 && qs[0].range.end == item.len() && qs[0].range.start > 0 && !qs[0].approx
    })
}

/// The ordinals that open the items of a list in turn (一是, 二是 … 十二是).
const ORDINALS: [&str; 12] = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];

/// `ORDINALS[k]是` at byte `at` of `line`, opening a clause (after a mark, or at the start).
fn ordinal_at(line: &str, at: usize, k: usize) -> bool {
    let marker = ORDINALS[k];
    line[at..].starts_with(marker)
        && line[at + marker.len()..].starts_with('是')
        && line[..at].chars().next_back().is_none_or(|c| crate::numbers::is_clause_mark(c) || matches!(c, '、' | ' '))
}

/// The next clause-opening `ORDINALS[k]是` in `line` at or after `from`.
fn find_ordinal(line: &str, from: usize, k: usize) -> Option<usize> {
    let word = format!("{}是", ORDINALS[k]);
    let mut at = from;
    while let Some(p) = line[at..].find(&word) {
        if ordinal_at(line, at + p, k) {
            return Some(at + p);
        }
        at += p + word.len();
    }
    None
}

/// `重点推进三项工程：一是…；二是…；三是…；四是…`: a small count, its noun and a colon (as
/// [`list_after_noting`] finds them, `items` bytes after the count), then items opened by 一是,
/// 二是 … in turn through the paragraph, more of them than the count. Fewer items are left
/// alone (they may go on in the next paragraph, or be written `二、`, `二积极…`), and so are
/// nested lists (an ordinal repeated, items parted unlike, the count inside an outer item).
fn count_then_ordinals(id: &'static str, text: &str, s: &Sentence, q: &Quantity, items: usize) -> Option<Finding> {
    let noun = &s.text[q.range.end..];
    if noun[..items].contains(&['“', '”', '《'][..]) {
        return None;
    }
    let list_start = q.range.end + items;
    // The paragraph: from the sentence's start to the end of its line.
    let line_end = text[s.start..].find('\n').map_or(text.len(), |k| s.start + k);
    let line = &text[s.start..line_end];
    // The count inside an outer list's item: its ordinals may be the outer list's.
    let head = &s.text[..q.range.start];
    if (0..ORDINALS.len()).any(|k| find_ordinal(head, 0, k).is_some()) {
        return None;
    }
    let mut pos = list_start;
    let mut listed = 1;
    let mut separator = None;
    while listed < ORDINALS.len() {
        let Some(next) = find_ordinal(line, pos + 3, listed) else { break };
        // An ordinal already passed, between this item and the next: another list.
        if (0..listed).any(|k| find_ordinal(&line[..next], pos + 3, k).is_some()) {
            return None;
        }
        // The items of one list are parted alike (all ；, all 。): `；三是C。四是` goes on with
        // an outer list.
        let mark = line[..next].chars().next_back();
        if separator.is_some_and(|m| m != mark) {
            return None;
        }
        separator = Some(mark);
        pos = next;
        listed += 1;
    }
    let n = q.value as usize;
    if listed < n {
        return fewer_ordinals(id, line, &text[line_end..], s, q, pos, listed, separator?);
    }
    if listed == n {
        return None;
    }
    Some(ordinals_finding(id, s, q, listed, Severity::Error))
}

fn ordinals_finding(id: &'static str, s: &Sentence, q: &Quantity, listed: usize, severity: Severity) -> Finding {
    let counted = &s.text[q.range.clone()];
    let msg = format!("文中写“{counted}”,但后面以“一是、二是……”列出了{listed}项,请核对数量");
    Finding::new(id, severity, s.abs(&q.range), msg)
}

/// Fewest items for [`fewer_ordinals`] to read a list as closed.
const MIN_CLOSED_ITEMS: usize = 2;

/// Characters at the start of the next paragraph where the missing item would be (`（四）`, `第四`).
const NEXT_ITEM_HEAD: usize = 4;

/// `四个方面:一是A,二是B,三是C。全年…`: fewer 一是 items than the count, in one sentence parted
/// by , or ；, and the paragraph goes on after it (or the next paragraph opens, or the text ends)
/// with no next ordinal: the list is closed, one item short. A warning: the last item may be
/// written another way.
#[allow(clippy::too_many_arguments)]
fn fewer_ordinals(
    id: &'static str,
    line: &str,
    after: &str,
    s: &Sentence,
    q: &Quantity,
    last: usize,
    listed: usize,
    separator: Option<char>,
) -> Option<Finding> {
    if listed < MIN_CLOSED_ITEMS || !matches!(separator, Some('，' | ',' | '；' | ';')) {
        return None;
    }
    let end = last + line[last..].find(crate::text::is_sentence_end)?;
    let mut rest = line[end..].trim_start_matches(crate::text::is_sentence_end).trim_end();
    if rest.is_empty() {
        // The paragraph ends with the list: the next one's opening may carry it on (四是…, （四）).
        rest = after.trim_start();
        rest = &rest[..crate::text::char_offset(rest, NEXT_ITEM_HEAD).unwrap_or(rest.len())];
    }
    // Any later mention of the next numeral (四要, 四、, 第四) may be the missing item, and so may
    // a next paragraph numbered in figures (4. , (4)).
    if rest.contains(ORDINALS[listed]) || rest.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '(' | '（')) {
        return None;
    }
    Some(ordinals_finding(id, s, q, listed, Severity::Warning))
}

/// A quote in `line` opens with 二…九 (`“四进”`): only such lines can hold a slogan that
/// [`quoted_slogans`] counts, and most lines with quotes are passed over without splitting them.
fn opens_quote_with_numeral(line: &str) -> bool {
    char_positions(line, '“').any(|pos| {
        line[pos + '“'.len_utf8()..]
            .chars()
            .next()
            .and_then(crate::numbers::chinese_digit)
            .is_some_and(|n| (2..=9).contains(&n))
    })
}

/// `“四进”活动,即进社区、进家庭、进学校`: a quoted slogan opening with a Chinese numeral.
fn quoted_slogans(id: &'static str, text: &str, start: usize, out: &mut Vec<Finding>) {
    for pos in char_positions(text, '“') {
        let open_end = pos + '“'.len_utf8();
        let Some(close) = text[open_end..].char_indices().take(6).find(|(_, c)| *c == '”').map(|(k, _)| open_end + k)
        else {
            continue;
        };
        let term = &text[open_end..close];
        let mut chars_iter = term.chars();
        let Some(first) = chars_iter.next() else { continue };
        // Only 二…九: a quoted “一…” or “零…” names no list to count.
        let n = match crate::numbers::chinese_digit(first) {
            Some(n @ 2..=9) => n as usize,
            _ => continue,
        };
        let tail: Vec<char> = chars_iter.collect();
        // 两学一做, 三会一课, 十四五: more numerals inside are a slogan of another shape.
        if tail.is_empty()
            || tail.len() > 3
            || tail.iter().any(|c| !crate::text::is_han(*c) || crate::numbers::is_chinese_numeral_char(*c))
        {
            continue;
        }
        // A measure word after the numeral is a quantity, handled by count_then_list (四大 is
        // judged here, as a slogan's name: “四大体系”).
        if crate::numbers::quantities(term).iter().any(|q| q.unit != "大") {
            continue;
        }
        let rest = &text[close..];
        if let Some(listed) = list_after(rest, n) {
            out.push(Finding::new(
                id,
                Severity::Error,
                start + open_end..start + close,
                format!("“{}”应列出{}项,后面列出的是{}项,请核对", term, n, listed),
            ));
        }
    }
}

/// Bytes [`list_then_count`] looks back for its list: five items of eight characters and their marks.
const LIST_LOOKBACK: usize = 200;

/// Verbs of work that reports list before the count of things worked on (`新建、改扩建五所学校`).
const WORK_VERBS: Words = words![
    "新建", "改建", "扩建", "续建", "建成", "新增", "改造", "提升", "打造", "创建", "培育", "完成", "启动", "开工",
    "竣工", "整治", "修缮", "维修", "升级", "建设", "开通", "举办", "开展", "组织", "评选", "表彰", "命名", "认定",
    "整合", "撤并", "合并", "走访", "慰问", "帮扶", "联系", "指导", "督查", "检查",
];

/// `华阳、湖前三个社区`.
fn list_then_count(id: &'static str, s: &Sentence, q: &Quantity) -> Option<Finding> {
    if !count_up_to(q, MAX_PLACES_COUNTED) || q.range.start != q.figure.start || !ITEM_UNITS.contains(q.unit) {
        return None;
    }
    // An Arabic count before a list counts places only (`广东、江苏、河南3省`, `福清、长乐2个县级市`):
    // `宣传、培训3场` counts sessions, not the kinds listed.
    let place = !q.chinese
        && matches!(q.unit, "个" | "省" | "县" | "村")
        && counts_places(&s.text[q.range.end - q.unit.len()..], q.unit);
    // Or kinds of things named in full (`龚庆和、郑砚国、黄敬吾3个家庭`, `林地面积、森林覆盖率、活立木
    // 总蓄积3个指标`): names of three characters or more, not verbs of work (`宣传、培训3个`).
    let named = !q.chinese && !place && matches!(q.unit, "个" | "项" | "家" | "类" | "种" | "条" | "所" | "位");
    if !q.chinese && !place && !named || !place && !small_count(q) {
        return None;
    }
    // Only the clause before the count (bounded, so a draft without punctuation stays linear).
    let head = clause_within(s.text, q.range.start, LIST_LOOKBACK);
    // A clause longer than that: its list may start before what is read.
    let from = q.range.start - head.len();
    if from > 0 && !s.text[..from].ends_with(crate::numbers::is_clause_mark) {
        return None;
    }
    let start = head
        .char_indices()
        .rev()
        .find(|(_, c)| crate::numbers::is_clause_mark(*c) || matches!(c, '在' | '对' | '了' | '到' | '访' | '将'))
        .map(|(k, c)| k + crate::text::char_len(c))
        .unwrap_or(0);
    let mut list = &head[start..];
    // `xx社区1个居委会和湖滨、仙富…12个村委会`: a counted phrase joined before the first name.
    if place {
        let first = &list[..list.find('、').unwrap_or(0)];
        if let Some(j) = first.rfind('和').or(first.rfind('及')) {
            if first[..j].bytes().any(|b| b.is_ascii_digit()) {
                list = &list[j + '和'.len_utf8()..]; // 和 and 及 are both three bytes
            }
        }
        if JOINERS.ends(list) {
            return None;
        }
    }
    let list = list;
    let n = q.value as usize;
    if list.ends_with('”') {
        // `推出“兴农e贷”“乡村振兴卡”“惠农通”三款产品`: quoted names in a row.
        let listed = quoted_run(list).filter(|&k| k != n)?;
        return Some(finding(id, s, q, listed, Side::Before, Severity::Warning));
    }
    // `包括A、B、C五项`: a list its clause introduces, whatever the length of its items.
    let (introduced, list) = match INTRO.strip_prefix_of(list) {
        Some(rest) => (true, rest),
        None => (false, list),
    };
    // `A、B和C等3个`: 等 closing the list leaves room for more, not for fewer.
    let (list, open) = match list.strip_suffix('等') {
        Some(listed) => (listed, true),
        None => (list, false),
    };
    // (`二、守住三条底线`: a heading's number, no item.)
    if !list.contains('、')
        || list.split('、').next().is_some_and(|i| i.chars().all(crate::numbers::is_chinese_numeral_char))
        || list.contains('等')
        || list.contains("不限于")
        || !list.chars().last().is_some_and(crate::text::is_han)
    {
        return None;
    }
    // The counted noun right after the measure word (三个社区): not the end of the clause.
    if !introduced && !place && s.text[q.range.end..].chars().next().is_none_or(|c| !crate::text::is_han(c)) {
        return None;
    }
    // Items that carry counts of their own (三个社区、两个村) are no names. A numeral before anything
    // but a measure word is part of a name (`四点半课堂`); in place names (四川, 九江) any is.
    let counted = |(i, c): (usize, char)| {
        crate::numbers::is_chinese_numeral_char(c)
            && c != '一'
            && !place
            && list[i + crate::text::char_len(c)..].chars().next().is_some_and(|m| MEASURE_CHARS.contains(m))
    };
    if list.bytes().any(|b| b.is_ascii_digit()) || list.char_indices().any(counted) {
        return None;
    }
    let (a, b) = item_counts(list)?;
    if n == a || n == b || n > MAX_COUNT && 2 * a < n || open && a < n {
        return None;
    }
    if introduced {
        return Some(finding(id, s, q, a, Side::Before, Severity::Error));
    }
    // A list of names, each short and none a phrase with 的 (`扩大内需、促进…增长的十项措施`
    // lists aims, not the measures). The first item may carry the clause's verb (推行网上办、掌上办、
    // 自助办三种方式).
    let mut items: Vec<&str> = list.split('、').collect();
    // (A last item that certainly joins two, `茶陵县和炎陵县`, is two names.)
    let last = items.last().copied().unwrap_or("");
    if let Some((head, tail)) =
        (a == b && b > items.len()).then(|| JOINERS.iter().find_map(|j| last.split_once(j))).flatten()
    {
        items.pop();
        items.extend([head, tail]);
    }
    let items = if items.len() > 2 && chars(items[0]) <= 2 * MAX_ITEM_BEFORE_COUNT { &items[1..] } else { &items };
    if items.iter().any(|i| chars(i) > MAX_ITEM_BEFORE_COUNT || i.contains('的')) {
        return None;
    }
    // Names of one kind are of about one length (华阳、湖前; 张家村、李家村); a last item much
    // longer than the others is a phrase the count belongs to (抹擦、清扫、整理湖滨西路两个站台).
    // Verbs of work done, not names (`新建、改扩建五个村级活动场所`: two kinds of work on five).
    if items.iter().any(|i| WORK_VERBS.ends(i)) {
        return None;
    }
    // `暮云、xx街道10个村`: names of larger places, each holding some of the places counted.
    let rest = &s.text[q.range.end - q.unit.len()..];
    let noun = &rest[..crate::text::char_offset(rest, 6).unwrap_or(rest.len())];
    if place && items.iter().any(|i| PLACES.strip_suffix_of(i).is_some_and(|r| !noun.contains(&i[r.len()..]))) {
        return None;
    }
    let lengths = items.iter().map(|i| chars(i));
    let (shortest, longest) = (lengths.clone().min().unwrap_or(0), lengths.max().unwrap_or(0));
    // (Places may have names of two characters: 攸县.)
    let places = items.iter().all(|i| PLACES.ends(i));
    if longest > shortest + MAX_ITEM_LENGTH_SPREAD || named && shortest < MIN_NAMED_ITEM && !places {
        return None;
    }
    // The counted noun, up to the next clause mark or 、.
    let tail = &s.text[q.range.end..];
    let tail = &tail[..tail.find(|c| crate::numbers::is_clause_mark(c) || c == '、').unwrap_or(tail.len())];
    if names_a_thing(tail) || inside_quotes(&s.text[..q.range.start]) {
        return None;
    }
    // (`存款、贷款余额连跨4个万亿元台阶`: a count of steps of a size, not of the names.)
    if named && tail.starts_with(&['万', '亿', '千', '百'][..]) {
        return None;
    }
    // Parallel names: the items end as the text after the count does (`…学习教育、…八项规定精神
    // 学习教育`, `…世界杯、铁人三项世界杯`): the count is inside the last name.
    let ending = |t: &str| t.chars().rev().take(2).collect::<String>();
    if chars(tail) >= 2 && items[..items.len() - 1].iter().any(|i| chars(i) >= 2 && ending(i) == ending(tail)) {
        return None;
    }
    // Written before its count, the list may be read either way: a warning, never an error.
    Some(finding(id, s, q, a, Side::Before, Severity::Warning))
}

/// Measure words after a numeral that make it a count inside a list's item.
const MEASURE_CHARS: &str = "个项家所类种条位人件座部队批门场次款名户支大";

/// `2021年至2023年,…连续四年被评为…`: a run of years counted against the span written before it in
/// the sentence (2023 − 2021 + 1 = 3). A warning: the run may have begun before the span.
fn years_in_a_row(id: &'static str, line: &str, start: usize, out: &mut Vec<Finding>) {
    for (i, _) in line.match_indices("连续") {
        let after = &line[i + "连续".len()..];
        let Some(c) = after.chars().next() else { continue };
        let Some(n) = crate::numbers::chinese_digit(c).or(c.to_digit(10)) else { continue };
        if !after[crate::text::char_len(c)..].starts_with('年') {
            continue;
        }
        // (The sentence's text before the run, at most a clause or two.)
        let head = &line[..i];
        let head = head.split(crate::text::is_sentence_end).next_back().unwrap_or(head);
        let Some((from, to)) = year_span(head) else { continue };
        let span = to.saturating_sub(from) + 1;
        if to > from && span != n {
            let at = start + i + "连续".len();
            out.push(Finding::new(
                id,
                Severity::Warning,
                at..at + crate::text::char_len(c) + "年".len(),
                format!("{from}年至{to}年是{span}年,文中写作“连续{c}年”,请核对"),
            ));
        }
    }
}

/// The first span of years written `2021年至2023年` (至, 到, — or -) in `head`.
fn year_span(head: &str) -> Option<(u32, u32)> {
    let year_before = |t: &str| {
        let digits = t.len().checked_sub(4).and_then(|k| t.get(k..))?;
        let ok = digits.bytes().all(|b| b.is_ascii_digit()) && !t[..t.len() - 4].ends_with(crate::text::is_ascii_digit);
        ok.then(|| digits.parse::<u32>().ok()).flatten()
    };
    for (i, _) in head.match_indices("年") {
        let Some(from) = year_before(&head[..i]) else { continue };
        let rest = &head[i + "年".len()..];
        let Some(rest) = words!["至", "到", "—", "-", "－", "～"].strip_prefix_of(rest) else {
            continue;
        };
        let Some(end) = rest.find("年") else { continue };
        if let Some(to) = year_before(&rest[..end]).filter(|_| end == 4) {
            return Some((from, to));
        }
    }
    None
}

/// How many quoted names end `list` in a row (`“A”“B”、“C”`), when nothing but a clause's words
/// stands before the first: at least two.
fn quoted_run(mut list: &str) -> Option<usize> {
    let mut k = 0;
    while let Some(open) = list.strip_suffix('”').and_then(|l| l.rfind('“')) {
        k += 1;
        list = &list[..open];
        if let Some(rest) = list.strip_suffix('、') {
            list = rest;
            if !list.ends_with('”') {
                return None;
            }
        }
    }
    (k >= 2 && !list.ends_with(&['和', '及', '与', '、'][..])).then_some(k)
}

/// A quote or title mark is open at the end of `head`: a figure there is part of a name.
fn inside_quotes(head: &str) -> bool {
    let mut depth = 0i32;
    for c in head.chars() {
        match c {
            '“' | '《' | '「' => depth += 1,
            '”' | '》' | '」' => depth -= 1,
            _ => {}
        }
    }
    depth > 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_util::{assert_clean, assert_flags, findings};

    #[test]
    fn years_in_a_row_against_their_span() {
        let t = "2021年至2023年,我单位连续三年被评为市级文明单位。";
        assert_clean(&CountMismatch, t);
        assert_flags(&CountMismatch, &t.replace("三年", "四年"), &["四年"]);
        assert_flags(&CountMismatch, &t.replace("至", "—").replace("三年", "5年"), &["5年"]);
        // No span, or a run not said to be in a row: nothing.
        assert_clean(&CountMismatch, "2023年,我单位连续四年被评为市级文明单位。");
        assert_clean(&CountMismatch, "2021年至2023年,我单位共有四年被评为先进。");
    }

    #[test]
    fn a_numeral_inside_a_name_is_no_count() {
        let t = "依托妇女儿童之家、四点半课堂、儿童友好空间三个阵地开展暑期托管服务。";
        assert_clean(&CountMismatch, t);
        assert_flags(&CountMismatch, &t.replace("三个", "两个"), &["两个"]);
        assert_clean(&CountMismatch, "依托三个社区、两个村五个阵地开展暑期托管服务。");
    }

    #[test]
    fn a_count_of_aspects_without_a_measure_word() {
        let text = "下一步，区妇联重点做好四方面工作：一是加强思想引领，二是深化家风建设，三是强化维权服务。\n市医院新增专科。";
        assert_flags(&CountMismatch, text, &["四方面"]);
        assert_clean(&CountMismatch, &text.replace("四方面", "三方面"));
        assert_clean(&CountMismatch, "一方面加强学习，另一方面强化服务。");
        assert_flags(&CountMismatch, "建成职工书屋4个，分别位于城东工业园、高新区、市医院。", &["4个"]);
    }

    #[test]
    fn verbs_of_work_before_a_count_are_no_list() {
        assert_clean(&CountMismatch, "今年新建、改扩建五个村级活动场所。");
        assert_clean(&CountMismatch, "走访、慰问三户困难家庭。");
        assert_flags(&CountMismatch, "辖华阳、湖前三个社区。", &["三个"]);
    }

    #[test]
    fn titles_in_a_row_are_items() {
        let titles = "年内修订三项管理制度，即《财务报销办法》《公务接待规定》。";
        assert_flags(&CountMismatch, titles, &["三项"]);
        assert_clean(&CountMismatch, &titles.replace("三项", "两项"));
    }

    #[test]
    fn fewer_ordinal_items_in_a_closed_sentence() {
        let three = "全年重点抓了四个方面：一是强化理论学习，二是健全议事制度，三是优化便民服务。全年共召开会议12次。";
        assert_flags(&CountMismatch, three, &["四个"]);
        assert_eq!(findings(&CountMismatch, three)[0].severity, Severity::Warning);
        assert_clean(&CountMismatch, &three.replace("四个", "三个"));
        // Items that are sentences of their own, a paragraph ending with the list, a fourth item
        // written another way: left alone.
        assert_clean(
            &CountMismatch,
            "全年重点抓了四个方面：一是强化理论学习。二是健全议事制度。三是优化便民服务。全年共召开会议12次。",
        );
        // Ending its paragraph, the list is closed unless the next paragraph opens with the item.
        let last = "全年重点抓了四个方面：一是强化理论学习，二是健全议事制度，三是优化便民服务。";
        assert_flags(&CountMismatch, last, &["四个"]);
        assert_clean(&CountMismatch, &format!("{last}\n四是抓好安全生产。"));
        assert_clean(&CountMismatch, &format!("{last}\n（四）抓好安全生产。"));
        assert_clean(&CountMismatch, &format!("{last}\n4.抓好安全生产。"));
        assert_clean(
            &CountMismatch,
            "全年重点抓了四个方面：一是强化理论学习，二是健全议事制度，三是优化便民服务。四要抓好安全生产。",
        );
    }

    #[test]
    fn items_with_their_amounts_after_a_colon() {
        let list = "全年经费主要用于三个方面：培训支出12万元、宣传支出8万元、活动支出15万元、办公支出5万元。";
        assert_flags(&CountMismatch, list, &["三个"]);
        assert_clean(&CountMismatch, &list.replace("三个", "四个"));
        // Tasks with figures after 即: not a list of names.
        assert_clean(&CountMismatch, "完成两项任务，即新建幼儿园20所、改造小区300个、修路5公里。");
        // A figure inside a quoted name.
        let named = "重点打造四个品牌，即“15分钟便民圈”、“红色驿站”和“邻里节”。";
        assert_flags(&CountMismatch, named, &["四个"]);
        assert_clean(&CountMismatch, &named.replace("四个", "三个"));
    }

    #[test]
    fn a_count_before_ordinal_items() {
        let four = "重点推进三项工程：一是改造小区；二是整治道路；三是建设公园；四是改造积水点。全年投资1.35亿元。";
        assert_flags(&CountMismatch, four, &["三项"]);
        assert_clean(&CountMismatch, &four.replace("三项", "四项"));
        // Fewer items (they may go on in the next paragraph), nested lists, items parted unlike.
        assert_clean(&CountMismatch, "重点抓好三个方面：一是阵地建设。二是队伍建设。");
        assert_clean(
            &CountMismatch,
            "一是抓组织；二是抓好三项工作：一是宣传，二是培训，三是维权。三是抓队伍；四是抓阵地。",
        );
        assert_clean(&CountMismatch, "抓好两项工作：一是宣传；二是培训。三是抓队伍建设。");
        assert_clean(&CountMismatch, "落实“三项制度”：一是公示；二是审核；三是备案；四是考核。");
    }

    #[test]
    fn lists_before_their_count_in_report_sentences() {
        let quoted = "支行推出“兴农e贷”“乡村振兴卡”“惠农通”四款特色产品。";
        assert_flags(&CountMismatch, quoted, &["四款"]);
        assert_clean(&CountMismatch, &quoted.replace("四款", "三款"));
        assert_clean(&CountMismatch, "支行推出小额贷、“兴农e贷”“惠农通”三款特色产品。");
        let introduced = "兑付补贴资金1.86亿元，包括耕地地力保护补贴、农机购置补贴、稻谷生产者补贴、实际种粮农民一次性补贴、农业保险保费补贴六项。";
        assert_flags(&CountMismatch, introduced, &["六项"]);
        assert_clean(&CountMismatch, &introduced.replace("六项", "五项"));
        assert_clean(&CountMismatch, &introduced.replace("包括", "包括但不限于"));
        let verb = "全面推行网上办、掌上办、自助办、预约办五种办税方式。";
        assert_flags(&CountMismatch, verb, &["五种"]);
        assert_clean(&CountMismatch, &verb.replace("五种", "四种"));
        let quoted = "重点办好五件实事，即“道路硬化”“路灯亮化”“饮水改造”“厕所革命”。";
        assert_flags(&CountMismatch, quoted, &["五件"]);
        assert_clean(&CountMismatch, &quoted.replace("五件", "四件"));
    }

    #[test]
    fn a_joiner_between_two_of_a_kind_counts_both() {
        assert_flags(&CountMismatch, "全区共有三个街道,分别是东城街道、西城街道、南城街道和北城街道。", &["三个"]);
        assert_clean(&CountMismatch, "全区共有四个街道,分别是东城街道、西城街道、南城街道和北城街道。");
        assert_clean(&CountMismatch, "全区共有三个街道,分别是东城街道、西城街道和南城街道。");
        // A joiner inside one name: either count may be meant.
        assert_clean(&CountMismatch, "成立三个部门,即办公室、财务科、科技和信息化局。");
        assert_clean(&CountMismatch, "成立四个部门,即办公室、财务科、科技和信息化局。");
    }

    #[test]
    fn count_before_a_list() {
        assert_flags(&CountMismatch, "组建“三支队伍”,即巾帼志愿者队伍和女律师服务团。", &["三支"]);
        assert_flags(&CountMismatch, "建立四项制度,即学习制度、考核制度和奖惩制度。", &["四项"]);
        assert_flags(&CountMismatch, "开展“两项活动”,包括读书会、演讲比赛、征文活动。", &["两项"]);
        assert_clean(&CountMismatch, "组建“两支队伍”,即巾帼志愿者队伍和女律师服务团。");
        assert_clean(&CountMismatch, "建立三项制度,即学习制度、考核制度和奖惩制度。");
        assert_clean(&CountMismatch, "建立三项制度,即学习和培训制度、考核制度、奖惩制度。");
        assert_clean(&CountMismatch, "建立三项制度,即学习制度、考核制度、妇女和儿童工作制度。");
        assert_clean(&CountMismatch, "开展三项活动,包括读书会、演讲比赛等。");
        assert_clean(&CountMismatch, "开展三项活动,一是读书会,二是演讲比赛,三是征文活动。");
        assert_flags(&CountMismatch, "开展“四进”活动,即进社区、进家庭、进学校。", &["四进"]);
        assert_flags(&CountMismatch, "做到“三个到位”:思想到位、措施到位。", &["三个"]);
        assert_clean(&CountMismatch, "开展“四进”活动,即进社区、进家庭、进学校、进企业。");
        assert_clean(&CountMismatch, "推进“三治”融合,即自治、法治、德治。");
        assert_clean(&CountMismatch, "开展“两学一做”学习教育,即学党章党规、学系列讲话。");
        // A phrase with 的 after the slogan names something else (a real budget note).
        assert_clean(
            &CountMismatch,
            "“三公”经费预算下降的原因主要是严格贯彻落实中央八项规定和省、市十项规定有关精神。",
        );
        assert_flags(&CountMismatch, "“三公”经费,即因公出国(境)费、公务接待费。", &["三公"]);
        // Places with a figure that sets them apart, then the list of their names (a city's bulletin).
        let t = "全市有7个县城镇化率超过50%,分别是忻府区、原平市、河曲县、宁武县、岢岚县、五寨县、偏关县,城镇化率分别为67.35%、56.47%。";
        assert_clean(&CountMismatch, t);
        assert_flags(&CountMismatch, &t.replace("7个县", "8个县"), &["8个"]);
        assert_clean(&CountMismatch, "全市有8个县城镇化率超过50%,分别是产业升级、人口集聚。");
        // Places listed before their count, closed by 等: more names than the count (a court's page).
        let t = "下辖荷塘区、芦淞区、石峰区、天元区、株洲县、醴陵市、攸县、茶陵县和炎陵县等9个基层人民法院。";
        assert_clean(&CountMismatch, t);
        assert_flags(&CountMismatch, &t.replace("9个", "8个"), &["8个"]);
        assert_clean(&CountMismatch, &t.replace("9个", "12个"));
        assert_flags(&CountMismatch, "该院内设23个部门,辖鱼山、胡集、鸡黍四处人民法庭。", &["四处"]);
        // A heading's number before its count is no list.
        assert_clean(&CountMismatch, "是苍白的没有内涵的。\n\n二、守住三条工作底线\n\n");
    }

    #[test]
    fn fixed_names_are_no_counts() {
        // Published reports: a count inside a name, with or without a list around it.
        assert_clean(
            &CountMismatch,
            "开展学习贯彻主题教育、党纪学习教育、深入贯彻中央八项规定精神学习教育，以实际行动坚定捍卫“两个确立”。",
        );
        assert_clean(
            &CountMismatch,
            "成功举办中非合作论坛北京峰会、和平共处五项原则发表70周年纪念大会、中阿合作论坛部长级会议。",
        );
        assert_clean(&CountMismatch, "办好国际乒联混合团体世界杯、铁人三项世界杯、成都网球公开赛。");
        assert_clean(&CountMismatch, "出台进一步扩大内需、促进经济平稳较快增长的十项措施，全面实施一揽子计划。");
        assert_clean(&CountMismatch, "抹擦、清扫、整理湖滨西路两个新建的公交站台。");
        assert_clean(&CountMismatch, "建设国际经济、金融、贸易、航运、科技创新“五个中心”。");
        assert_clean(&CountMismatch, "贯彻八项规定，即厉行节约、改进文风。");
    }

    #[test]
    fn a_list_in_a_dense_sentence_ends_with_its_clause() {
        assert_flags(
            &CountMismatch,
            "着力构建“四大体系”，即现代产业体系、城乡融合发展体系和生态保护体系，提请审议法规议案105件。",
            &["四大体系"],
        );
        assert_clean(
            &CountMismatch,
            "着力构建“三大体系”，即现代产业体系、城乡融合发展体系和生态保护体系，提请审议法规议案105件。",
        );
        assert_flags(
            &CountMismatch,
            "出台六项措施，包括减税降费、融资支持、用地保障、人才引进、市场准入，一体推进学查改。",
            &["六项"],
        );
        // The list goes on in the next clause, or its items are tasks with figures: silent.
        assert_clean(&CountMismatch, "出台六项措施，包括减税降费、融资支持，以及用地保障、人才引进、市场准入。");
        assert_clean(&CountMismatch, "出台六项措施，包括减税降费、融资支持，用地保障、人才引进、市场准入。");
        assert_clean(&CountMismatch, "全年办成十件民生实事：新建幼儿园20所、改造老旧小区300个，新增公共停车位2万个。");
        assert_clean(&CountMismatch, "做好三方面工作：抓党建，促发展，保民生。");
    }

    #[test]
    fn a_list_before_its_count_is_a_warning() {
        let f = crate::rules::test_util::findings(&CountMismatch, "走访了华阳、湖前三个社区。");
        assert_eq!(f[0].severity, Severity::Warning);
        let f = crate::rules::test_util::findings(&CountMismatch, "组建“三支队伍”,即巾帼志愿者队伍和女律师服务团。");
        assert_eq!(f[0].severity, Severity::Error);
        // 大 counts kinds, before or after its list; 二十大 is no count.
        let f = crate::rules::test_util::findings(
            &CountMismatch,
            "园区已形成公铁联运、冷链物流、电商快递、大宗商品五大板块。",
        );
        assert_eq!(f[0].severity, Severity::Warning);
        assert_clean(&CountMismatch, "园区已形成公铁联运、冷链物流、电商快递、大宗商品四大板块。");
        assert_flags(&CountMismatch, "实施“三大行动”,即产业提升行动和环境整治行动。", &["三大行动"]);
        assert_clean(&CountMismatch, "深入学习党的二十大精神、十九届历次全会精神。");
    }

    #[test]
    fn list_before_a_count() {
        assert_flags(&CountMismatch, "走访了华阳、湖前三个社区。", &["三个"]);
        assert_flags(&CountMismatch, "在城东、城西、城南两个片区设立服务点。", &["两个"]);
        assert_clean(&CountMismatch, "走访了华阳、湖前两个社区。");
        assert_clean(&CountMismatch, "在城东、城西和城南三个片区设立服务点。");
        assert_clean(&CountMismatch, "走访了华阳、湖前等三个社区。");
        assert_clean(&CountMismatch, "开展宣传、培训3场。");
        assert_clean(&CountMismatch, "开展宣传、培训三场。");
        assert_clean(&CountMismatch, "开展宣传、培训三场活动。");
    }

    #[test]
    fn places_listed_before_an_arabic_count() {
        let f = crate::rules::test_util::findings(&CountMismatch, "其中，广东、江苏、河南4省法院新收案数均超50万件。");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Warning);
        assert_flags(&CountMismatch, "山东、浙江、四川8省（市）法院收案超过50万件。", &["8省"]);
        assert_flags(&CountMismatch, "现辖福清、长乐3个县级市。", &["3个"]);
        assert_flags(&CountMismatch, "下辖：东街社区1个居委会和湖滨、仙富、西宅4个村委会。", &["4个"]);
        assert_clean(&CountMismatch, "其中，广东、江苏、河南3省法院新收案数均超50万件。");
        assert_clean(&CountMismatch, "山东、浙江、四川3省（市）法院收案超过50万件。");
        assert_clean(&CountMismatch, "下辖：东街社区1个居委会和湖滨、仙富、西宅3个村委会。");
        // A town's villages, more than a short list: checked when the names are most of the count.
        let villages = "辖禾丰、大源头、方心、兴枫、田畈、四联、龙坑、皂底、卫东、丘畈、池坑、高升、晴村、柴家、长征";
        assert_flags(&CountMismatch, &format!("{villages}16个村委会。"), &["16个"]);
        assert_clean(&CountMismatch, &format!("{villages}15个村委会。"));
        assert_clean(&CountMismatch, "辖城关、东关、西关、南关、北关、河口、沙坝、新庄28个村委会。");
        // Larger places holding the ones counted; another kind of noun after 个; a list joined on.
        assert_clean(&CountMismatch, "暮云、城南街道10个村开展活动。");
        assert_clean(&CountMismatch, "城东、城西5个市场完成改造。");
        assert_clean(&CountMismatch, "城东、城西5个省级园区完成改造。");
        assert_clean(&CountMismatch, "城关镇、河口镇及5个村完成改造。");
        assert_clean(&CountMismatch, "广东、江苏等4省法院新收案数均超50万件。");
    }

    #[test]
    fn names_with_figures_that_describe_them() {
        let t = "其中10亿元以上项目3个,分别是总投资10.6亿元的龙凤堂物流基地项目和总投资13亿元的凤栖湖景观区项目。";
        assert_flags(&CountMismatch, t, &["3个"]);
        assert_clean(&CountMismatch, &t.replace("3个", "2个"));
        assert_flags(
            &CountMismatch,
            "新签约项目 3个,分别是总投资10 亿元的石油设备项目、10 亿元的引线框架项目,项目已完成注册。",
            &["3个"],
        );
        // Figures of their own make the items tasks, not names.
        assert_clean(&CountMismatch, "完成3项工作,分别是新建幼儿园20所、改造小区300个。");
    }

    #[test]
    fn kinds_named_in_full_before_an_arabic_count() {
        assert_flags(&CountMismatch, "市妇联授予龚庆和、郑砚国、黄敬吾4个家庭“最美家庭”称号。", &["4个"]);
        assert_clean(&CountMismatch, "市妇联授予龚庆和、郑砚国、黄敬吾3个家庭“最美家庭”称号。");
        assert_flags(&CountMismatch, "全县林地面积、有林地面积、森林覆盖率、活立木总蓄积5个指标全面增长。", &["5个"]);
        // Short words may be verbs of work; a count of steps of a size counts no names.
        assert_clean(&CountMismatch, "帮扶、救助困难群众3个家庭。");
        assert_clean(&CountMismatch, "人民币存款、贷款余额连跨4个万亿元台阶。");
    }
}
