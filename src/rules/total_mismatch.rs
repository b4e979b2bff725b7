//! Parts that do not add up to their stated total, and counts times amounts that do not give it.
//!
//! Finds, within one sentence:
//! - `A、B、C,共计N`: the listed parts (same unit) must add up to N;
//! - `共N…,其中A、B`: the parts after 其中 may be fewer than N, never more;
//! - `M名…每人/各/分别X元,共计T` (and `人均` the other way round): M × X must give T;
//! - a stated change against its two figures: `3260人,比上年的2840人增加420人`,
//!   `由120人增加到300人,增加180人`;
//! - an average after its total and count (the nearest figures of its unit and of the noun it
//!   counts, within four clauses; parts after 其中 and changes are passed over for their whole):
//!   `发放资金126万元,惠及420户,户均3000元`, `讲座48场,参与2880人次,平均每场60人次`,
//!   `低保对象312户548人,户均1.76人`, `38个团委共组织活动1596场次,平均每个团委42场次`,
//!   `按常住人口382万人计算,每千人口床位数6.44张` (人均藏书 too, the count being named for it),
//!   and a year's total over its months or days (`全年…48场,平均每月4场`, `2023年,…10.95万人次,
//!   平均每天300人次`);
//! - a full breakdown that falls short: `共有机构1583个,其中医院46个、基层机构1397个、专业机构40个`
//!   (three or more parts, one 、 enumeration or clauses after 其中：, under a 共/合计 total, covering
//!   at least 80% of it), or two or more parts that name every kind of a whole with no others
//!   (`进出口…其中出口…进口…`; 夏粮/秋粮, the three 产业, 男/女, 公办/民办, 公立/民营, 沿海/内河,
//!   城镇/乡村, 城市/农村, 城镇/农村, 集中/分散供养, 税收/非税收入), or kinds that make up
//!   another whole of the same paragraph exactly (`机构626个,其中:医院49个,基层567个,专业公共卫生
//!   10个。病床14398张,其中:医院12857张,基层561张,专业公共卫生680张`: the three kinds are all there is);
//! - members of a whole counted by ranges of a measure, one clause each, that do not add up to it
//!   (`16个州(市)中,常住人口超过500万人的有3个,在300万人至500万人之间的有3个,…少于100万人的有2个`).
//!
//! A whole counted with 个 and a noun (`98个项目`) is held to parts counted with the noun's measure word
//! (`产业项目77项`), and clauses parted by ；after 其中, each a part and its figure of the measure right
//! before 其中 (`学校349所,在校生156928人,其中:小学312所,学生91635人;…`), are parts of the earlier
//! whole of their measure. What 含 opens after a part (`医生技术人员1597人,含执业医师564人、…`) breaks
//! that part down; figures in a bracket opened by 其中 are all parts, whatever marks part them; the
//! reasons given for a whole's change (`主要是…`) stand between it and 其中 as notes.
//!
//! A breakdown opened by 其中 right after ；or 。 is read with the whole before it (the figure parse
//! runs on over ； and keeps 。其中 in one sentence): `新改建农村公路1,236公里；
//! 其中县道、乡道、村道分别为…`, `支出合计865.4万元。其中：A…；B…；C…`. Last year's figure
//! (`上年同期为1,267件；其中…`) is never the whole of this year's breakdown. In a dense paragraph the
//! whole's own rates, an aside in brackets (`与去年同期相比(下同)下降2.7%`) and a figure of value added
//! (增加值 is no change) may stand between; the parts are parted by clauses, a 、 inside a part's
//! name (`减刑、假释案件`) parts nothing, and the whole named again (`这128件`) is no part of itself.
//!
//! Why: a total that does not match its parts is the first thing a reviewer checks and the last
//! thing a drafter re-adds after editing one figure.
//!
//! Left alone: averages with a noun after the marker (人均增收, 人均可支配收入), 年均 changes,
//! approximate figures (约, 近, 余, 多, 以上, ranges), parts of different units (人 vs
//! 人次), lists ending in 等, 累计 totals (they often include earlier years), averages (人均收入 is
//! not the sum of 城镇 and 农村), amounts per month or year (每人每月), 共 inside a quoted name
//! (“校招共用”), a bound passed (`突破1600亿元大关`), the three industries' use of something (`第一产业用电量…`:
//! households use it too), a total with an earlier count of its own before a later `N人…每人M元`,
//! a comparison's figure (`比全省低5121元(全省为24138元)`: a difference, no whole), clauses before a bare total
//! that count different things, none of them the total's (`游泳十个项目,获得七个第一名,共十五个奖项`),
//! clauses before an enumeration (`由97个增加到106个,新建A126个、B75个,共计201个`
//! sums only the enumeration), and anything where the parts are not plainly listed next to
//! their total. Figures agree when the total rounds (or truncates) to the precision it is
//! written to (2.7万元 for 27000元), each rounded part may be off by half its last digit.
//!
//! Severity policy:
//! - error: the text states the relation and the figures contradict it beyond rounding — the
//!   parts are one enumeration (、/和) or the total says it sums them (共计/合计/总计); one part
//!   after 其中 is larger than its total; count × each ≠ the marked total; a stated increase
//!   that is not the difference of its two figures (or goes the wrong way) beyond their rounding;
//! - warning: likely but the text leaves room — parts in clauses of their own before a bare
//!   共/累计 (they may be about other things); several parts after 其中 passing the total
//!   together (categories may overlap); an average more than 3% off total ÷ count when the total
//!   is not marked (人均 may be over another population); a full 其中 breakdown short of its
//!   marked total, or of kinds that make up a sibling whole exactly (a minor kind may be left
//!   out); a stated increase off only within the rounding of figures written in 万/亿 or
//!   decimals; one part above a whole read across a full stop (`…增长2.7%。其中…`: the whole is
//!   read, not stated);
//! - nothing otherwise.

#[cfg(not(target_arch = "wasm32"))]
use super::RuleDocs;
use super::{Context, Rule, RuleMeta};
use crate::diagnostic::{Finding, Severity};
use crate::numbers::relations::{chars, clause_before, clause_within, names_change, sentences, Sentence, LAST_YEAR};
use crate::numbers::{agrees, show, trim, Quantity};
use crate::text::Words;
#[cfg(not(target_arch = "wasm32"))]
use crate::text::{has_byte, Masks3};
use crate::words;

/// What the rule is called and what it claims (see [`RuleMeta`]).
pub const META: RuleMeta = RuleMeta {
    id: "total-mismatch",
    title: "合计与分项不符",
    top_severity: Severity::Error,
    #[cfg(not(target_arch = "wasm32"))]
    docs: RuleDocs {
        summary: "an enumeration of parts (、/和) against its 共计/合计/总计; a part after 其中 above its total; count × each against a marked total; a stated increase against its two figures (`比上年的2840人增加420人`) (error); an average right after its total and count (`惠及420户,户均3000元`) (warning); parts in clauses of their own, several parts passing a 其中 whole together, or parts naming every kind of a whole (出口/进口, 夏粮/秋粮, the three 产业, 男/女), or the kinds that make up another whole of the paragraph exactly, that fall short of it; members of a whole counted by ranges (`16个州(市)中,…超过500万人的有3个,…少于100万人的有2个`) that do not add up to it, two kinds that are all of their whole (`在编`/`非在编`, `男`/`女`, `城镇`/`乡村`) adding to more or less than it, parts in clauses parted by ；after 其中 each beside its figure of the measure before 其中 (`在校生156928人,其中:小学312所,学生91635人;…`) or counted with the noun a 个 whole names (`98个项目…产业项目77项`) that pass the earlier whole of their measure (warning). Tables (from `.docx`, or tab-separated lines pasted from Word) whose 合计/总计/小计/共计 row or column does not add up, shares that do not make 100% (error, naming the row and column). Leaves alone approximations, 人均 before a noun (人均可支配收入), parts under 其中 that add up to less than the whole, per-month amounts, 累计 totals, a comparison's figure (`比全省低5121元`), clauses counting different things before a bare total",
        flags: "举办党员培训5期、青年培训4期、妇女培训2期,共计12期。",
        passes: "举办党员培训5期、青年培训4期、妇女培训3期,共计12期。",
    },
};

pub struct TotalMismatch;

impl Rule for TotalMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Finding>) {
        let all = sentences(&ctx.analysis);
        let mut kinds = Breakdowns::default();
        for (i, s) in all.iter().enumerate() {
            let before = out.len();
            parts_and_total(self.id(), s, out);
            if out.len() == before {
                kinds.sentence = i;
                subset_exceeds_total(self.id(), s, out, &mut kinds);
            }
            if out.len() == before {
                count_times_each(self.id(), s, out);
            }
            if out.len() == before {
                subset_exceeds_every_total(self.id(), s, out);
            }
            if out.len() == before {
                change_amount(self.id(), s, out);
            }
            if out.len() == before {
                average_of_total(self.id(), s, out);
            }
            if out.len() == before {
                ranges_among(self.id(), s, out);
            }
        }
        // A breakdown short of its whole, in a paragraph where the same kinds make up another whole
        // exactly (机构626个,其中医院49个,基层567个,专业公共卫生10个。病床14398张,其中医院…): the kinds
        // are all of each whole there, read again as a full breakdown.
        let Breakdowns { complete, short, .. } = std::mem::take(&mut kinds);
        for (i, names) in short {
            let s = &all[i];
            let same_paragraph = |&(j, other): &(usize, u64)| {
                let (a, b) = (all[i.min(j)].start, all[i.max(j)].start);
                other == names && b - a <= MAX_SIBLING_BYTES && !ctx.doc.text[a..b].contains('\n')
            };
            if complete.iter().any(same_paragraph) {
                kinds.known_complete = Some(names);
                subset_exceeds_total(self.id(), s, out, &mut kinds);
            }
        }
        super::table_total::check(self.id(), ctx.doc, out);
    }
}

const TOTAL_MARKERS: Words = words!["共计", "合计", "总计", "累计", "共有", "总共", "一共", "总数", "共"];

/// The total marker in the clause text before a figure, if it sits close (共计发放201户).
fn total_marker(prefix: &str) -> Option<usize> {
    if !prefix.contains(&['共', '计', '总', '累'][..]) {
        return None;
    }
    for m in TOTAL_MARKERS {
        if let Some(p) = crate::text::rfind_word(prefix, m) {
            let gap = &prefix[p + m.len()..];
            if m == "共" {
                let glued = prefix[..p].ends_with('公')
                    || gap.chars().next().is_some_and(|c| "同青建享产识赢治商用担鸣振谋富筑".contains(c));
                // Inside a quoted name (“校招共用”) 共 is part of the name.
                if glued || inside_quotes(&prefix[..p]) {
                    continue;
                }
            }
            // `总数较上年的128个增长…`: the figure is the base of a comparison, not the total.
            if chars(gap) <= 10 && !gap.contains("其中") && !gap.contains(&['较', '比', '由', '从'][..]) {
                return Some(p);
            }
        }
    }
    None
}

/// A quote is open at the end of `head`.
fn inside_quotes(head: &str) -> bool {
    head.matches('“').count() > head.matches('”').count()
}

/// Words that make a figure an average, which its parts do not add up to.
const AVERAGE_WORDS: Words = words!["人均", "户均", "平均", "均价"];

/// Totals that can only mean the sum of what comes before them.
const SUM_MARKERS: Words = words!["共计", "合计", "总计"];

/// How far a part may be off because it was itself rounded (1.2万元 stands for 11500–12499):
/// whole numbers of the base unit are exact.
fn rounding_slack(q: &Quantity) -> f64 {
    if q.precision > 1.0 {
        q.precision / 2.0
    } else {
        0.0
    }
}

fn countable(q: &Quantity) -> bool {
    !matches!(q.unit, "%" | "‰" | "个百分点" | "个千分点" | "倍" | "番" | "分之" | "岁")
}

/// The figure's text can be replaced by a plain number (no 万/亿, no Chinese numerals).
fn plain_figure(s: &Sentence, q: &Quantity) -> bool {
    s.text[q.figure.clone()].bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
}

fn replacement(s: &Sentence, q: &Quantity, value: f64) -> Option<String> {
    let fig = &s.text[q.figure.clone()];
    if plain_figure(s, q) {
        return Some(trim(value));
    }
    if let Some(num) = fig.strip_suffix('万') {
        if num.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
            return Some(format!("{}万", trim(value / 1e4)));
        }
    }
    None
}

/// `其中各项相加为A+B=S,少于总数“T”`: the parts of `text` against their whole `total`.
fn parts_message(text: &str, parts: &[&Quantity], sum: f64, short: bool, total: &Quantity) -> String {
    format!(
        "其中各项相加为{}={},{}总数“{}”,请核对",
        as_written(text, parts.iter().map(|p| p.range.clone())),
        show(sum, total.unit),
        if short { "少于" } else { "多于" },
        &text[total.range.clone()]
    )
}

/// The parts as the text writes them, joined by `+` for a message (`52.6万人次+18.8万人次`).
fn as_written(text: &str, ranges: impl Iterator<Item = std::ops::Range<usize>>) -> String {
    crate::text::joined(&ranges.map(|r| &text[r]).collect::<Vec<_>>(), "+")
}

/// The Han characters right after a figure: the noun it counts (`七个第一名` → 第一名), or none.
fn noun_after<'a>(text: &'a str, q: &Quantity) -> &'a str {
    let rest = &text[q.range.end..];
    &rest[..rest.find(|c: char| !crate::text::is_han(c)).unwrap_or(rest.len())]
}

/// `A、B、C,共计N`.
fn parts_and_total(id: &'static str, s: &Sentence, out: &mut Vec<Finding>) {
    let qs = &s.qs;
    for k in 1..qs.len() {
        let t = &qs[k];
        if t.approx || !countable(t) {
            continue;
        }
        let prefix = clause_before(s.text, t.range.start);
        let Some(mp) = total_marker(prefix) else { continue };
        // A converted total (折合教师总数: part-time staff counted at a weight) is no plain sum.
        if prefix.contains("折合") || prefix.contains("折算") {
            continue;
        }
        // 累计 often carries earlier years: only a 、 list directly before it is taken as its parts.
        let running = prefix[mp..].starts_with("累计");
        let mut marker_pos = t.range.start - prefix.len() + mp;
        // `A、B、C,三项合计N`: the count of the parts, right before the marker, is none of them.
        let top = if qs[k - 1].chinese && qs[k - 1].range.end == marker_pos {
            marker_pos = qs[k - 1].range.start;
            k - 1
        } else {
            k
        };
        let mut j = top;
        let mut boundary = marker_pos;
        let mut ok = true;
        // The parts gathered so far are one enumeration (joined by 、 or 和), not clauses.
        let mut enumerated = false;
        let mut gaps = 0;
        while j > 0 {
            let p = &qs[j - 1];
            if p.unit != t.unit {
                break;
            }
            if p.range.end > boundary {
                ok = false;
                break;
            }
            let between = &s.text[p.range.end..boundary];
            let mut seps = between.chars().filter(|c| matches!(c, '、' | ',' | '，')).count();
            // Between two parts (not before the total) 和/及/与 also joins a list.
            let joined = boundary != marker_pos && between.contains(&['和', '及', '与'][..]);
            if seps == 0 && joined {
                seps = 1;
            }
            let in_list = boundary != marker_pos && (between.contains('、') || joined && seps == 1);
            // An enumeration (`A126个、B75个,共计201个`) is the whole of the parts: a clause before it
            // is about something else, whatever its figure.
            if enumerated && !in_list {
                break;
            }
            if boundary != marker_pos {
                enumerated = in_list && (gaps == 0 || enumerated);
                gaps += 1;
            }
            if running && j < k && !between.contains('、') {
                break;
            }
            if seps != 1
                || chars(between) > 16
                || between.contains('等')
                || between.contains("其中")
                || between.chars().any(|c| crate::text::is_sentence_end(c) || matches!(c, ':' | '：'))
            {
                break;
            }
            if p.approx {
                ok = false;
                break;
            }
            // A part that is itself a total or a change ends the list.
            // This part's own words: back to the clause start or the previous figure in a 、 list.
            let clause = clause_before(s.text, p.range.start);
            let item_start = (p.range.start - clause.len()).max(if j >= 2 { qs[j - 2].range.end } else { 0 });
            let pp = &s.text[item_start.min(p.range.start)..p.range.start];
            if total_marker(pp).is_some() || names_change(pp) || pp.contains("其中") {
                // 其中A、B,共N: the part after 其中 opens the list; a total or change ends it unclear,
                // except 共 opening an enumeration (共办理建议820件、提案960件,合计1880件).
                let opens_list = enumerated && total_marker(pp).is_some() && !names_change(pp);
                if !opens_list && (total_marker(pp).is_some() || !pp.contains("其中")) {
                    ok = false;
                }
                j -= 1;
                break;
            }
            j -= 1;
            boundary = p.range.start;
        }
        if !ok || top - j < 2 {
            continue;
        }
        let parts = &qs[j..top];
        if parts.iter().any(|p| p.approx || names_change(clause_before(s.text, p.range.start))) {
            continue;
        }
        let sum: f64 = parts.iter().map(|p| p.value).sum();
        let slack: f64 = parts.iter().map(rounding_slack).sum();
        // (A first part that is the sum of the others is their own whole, listed first:
        // `参训教师60名,男25名,女35名,受训学员总数48名`.)
        if agrees(t.value, t.precision, sum)
            || (t.value - sum).abs() <= slack
            || parts.len() > 2 && parts[0].value == sum - parts[0].value
        {
            continue;
        }
        let msg = format!(
            "各分项相加为{}={},与文中合计“{}”不符,请核对各项数字或合计",
            as_written(s.text, parts.iter().map(|p| p.range.clone())),
            show(sum, t.unit),
            &s.text[t.range.clone()]
        );
        // Parts in clauses of their own (`新增院士6人,培养硕博士3529名,共招引…`) may be about
        // other things: certain only when they are one enumeration or the total says it sums them.
        let summed = enumerated || SUM_MARKERS.starts(&prefix[mp..]);
        // Clauses of their own that cover under half a bare total (`35岁以下11名,大专以上9名,党员
        // 总数326名`) are not offered as its breakdown at all.
        if !summed && sum < t.value / 2.0 {
            continue;
        }
        // Nor are clauses that count different things, none of them the total's (`游泳十个项目,获得了
        // 七个第一名,共十五个奖项`: the events, the wins among them, and all prizes).
        let noun = |q: &Quantity| noun_after(s.text, q);
        if !summed
            && parts.iter().all(|p| !noun(p).is_empty() && noun(p) != noun(t))
            && noun(&parts[0]) != noun(&parts[1])
        {
            continue;
        }
        let severity = if summed { Severity::Error } else { Severity::Warning };
        let mut f = Finding::new(id, severity, s.abs(&t.range), msg);
        if let Some(r) = replacement(s, t, sum) {
            f = f.with_fix(s.abs(&t.figure), r, false);
        }
        out.push(f);
    }
}

/// Most characters between a total and the 分别为 that lists its parts.
const MAX_GAP_TO_EACH: usize = 30;

/// Most characters between a total and its 其中 (`共有71个村落入选,其中`: the noun after the unit).
const MAX_GAP_TO_PARTS: usize = 6;

/// Fewest parts under 其中 read as the whole breakdown of a marked total.
const MIN_BREAKDOWN: usize = 3;

/// Share of the total such a breakdown must cover to be read as all of it: fewer are a selection
/// (`妇女之家210个,其中省级示范点6个、市级20个、县级50个`).
const MIN_COVERED: f64 = 0.8;

/// The 其中 breakdowns of a document by the names of their parts (`医院、基层医疗卫生机构、专业公共
/// 卫生机构`), for [`subset_exceeds_total`]: those that make up their whole exactly, and those short
/// of it that would be reported if their kinds were known to be all of it.
#[derive(Default)]
struct Breakdowns {
    /// The sentence being read (an index into the document's numeric sentences).
    sentence: usize,
    complete: Vec<(usize, u64)>,
    short: Vec<(usize, u64)>,
    /// On a second reading: the names of parts known to make up their whole.
    known_complete: Option<u64>,
}

/// Most bytes between two breakdowns read as siblings (one paragraph of a bulletin).
const MAX_SIBLING_BYTES: usize = 2000;

/// Longest name of a part that identifies it among siblings.
const MAX_KIND_NAME: usize = 12;

/// The names of `parts` (`医院`, `基层医疗卫生机构`), hashed in order, if each is a short plain name.
fn kind_names(text: &str, parts: &[&Quantity]) -> Option<u64> {
    let mut names = crate::text::FNV_OFFSET;
    for p in parts {
        let name = clause_before(text, p.range.start);
        let name = name.strip_prefix("其中").unwrap_or(name).trim_start();
        if name.is_empty() || chars(name) > MAX_KIND_NAME || name.contains(crate::text::is_ascii_digit) {
            return None;
        }
        // (FNV-1a over the names, each closed by a byte no name holds.)
        for b in name.bytes().chain([0]) {
            names = crate::text::fnv_step(names, u64::from(b));
        }
    }
    Some(names)
}

/// `共N…,其中A、B`: parts after 其中 adding to more than N (or, listed in full, to less).
fn subset_exceeds_total(id: &'static str, s: &Sentence, out: &mut Vec<Finding>, kinds: &mut Breakdowns) {
    let qs = &s.qs;
    let triggers = ["其中", "包括", "分别为", "分别是"];
    // Their first characters: most sentences hold none, and need no search for the words.
    const FIRST_CHARS: [char; 4] = ['其', '包', '分', '（'];
    // Natively a mask test of each character and a byte search: a search for any of five
    // characters decodes and compares each one (4% of the check on the 10 MB draft). The browser
    // module keeps that search, which it has anyway (the mask test would cost it 150 B).
    #[cfg(not(target_arch = "wasm32"))]
    let may = {
        const MASKS: Masks3 = Masks3::of(&FIRST_CHARS);
        MASKS.any_in(s.text) || has_byte(s.text.as_bytes(), b'(')
    };
    #[cfg(target_arch = "wasm32")]
    let may = s.text.contains(&FIRST_CHARS[..]) || s.text.contains('(');
    if !may {
        return;
    }
    // A bracket right after a figure breaks it down too (医院1034家(综合医院561家,…)).
    let brackets = qs.iter().filter_map(|q| {
        let at = q.range.end + s.text[q.range.end..].len() - s.text[q.range.end..].trim_start_matches(' ').len();
        s.text[at..].starts_with(&['(', '（'][..]).then_some(at)
    });
    // (And a clause telling the whole by its kinds, `按经营单位所在地分,城镇…;乡村…`.)
    let by_kinds = s.text.match_indices('按').map(|(p, _)| p).filter(|&p| crate::numbers::told_by_kinds(&s.text[p..]));
    let positions =
        triggers.iter().flat_map(|w| s.text.match_indices(w).map(|(p, _)| p)).chain(brackets).chain(by_kinds);
    for pos in positions {
        let Some(k0) = qs.iter().rposition(|q| q.range.end <= pos) else { continue };
        let bracket = s.text[pos..].starts_with(&['(', '（'][..]);
        // The part list of a bracket ends where it closes, and so does that of a 其中 opening one
        // (计划开工255项(其中…223项),已开工206项).
        let inside = s.text[..pos].ends_with(&['(', '（'][..]);
        let close = if bracket || inside {
            s.text[pos..].find(&[')', '）'][..]).map_or(pos, |c| pos + c)
        } else {
            s.text.len()
        };
        // The whole's own change may stand before 其中 (收入700.4亿元,增长1.9%。其中…; 学校125所,比上年
        // 增加2所。其中…): it is stepped over for the whole; so is its rate (…,同比增长9.1%,增速较去年
        // 同期回落4.2个百分点。其中…: 增速 names no direction of its own), and a count in the reasons
        // given for it (…下降2.3%,主要是贯彻落实中央八项规定。其中…).
        let mut k = k0;
        while k + 3 > k0
            && k > 0
            && !bracket
            && (names_change(clause_before(s.text, qs[k].range.start))
                || !countable(&qs[k])
                || clause_before(s.text, qs[k].range.start).starts_with("主要"))
        {
            k -= 1;
        }
        let t = &qs[k];
        // (405公斤/亩 is a yield, not an amount its parts add up to.)
        if t.approx || !countable(t) || s.text[t.range.end..].starts_with('/') {
            continue;
        }
        // 分别为 may stand a clause or two after its total (共发展新团员412名,分别来自…,人数分别为…).
        let gap = &s.text[t.range.end..pos];
        let (most, marks) = if s.text[pos..].starts_with('分') {
            (MAX_GAP_TO_EACH, 2)
        } else {
            (MAX_GAP_TO_PARTS + 14 * (k0 - k), 1 + k0 - k)
        };
        // (The marks of an aside, `与去年同期相比(下同)下降2.7%`, part no clauses.)
        let aside = |c: &char| !matches!(c, '（' | '）' | '(' | ')') && crate::numbers::is_clause_mark(*c);
        // (Nor does a thousands separator the figures between hold, `同比增加2,168万元`.)
        let in_figure = |at: usize| qs[k + 1..=k0].iter().any(|q| q.range.contains(&at));
        let (mut depth, mut in_asides) = (0, 0);
        for c in gap.chars() {
            match c {
                '(' | '（' => depth += 1,
                ')' | '）' => depth -= 1,
                _ => in_asides += (depth > 0) as usize,
            }
        }
        // Nor do those of a note on how the whole was reckoned (`生产总值254.5亿元,按可比价格计算,
        // 比上年增长5.2%。其中…`): a clause without figures that says nothing of its own.
        let (note_chars, note_marks) = crate::numbers::relations::calculation_notes(gap);
        if (chars(gap) - in_asides).saturating_sub(note_chars) > most
            || gap
                .char_indices()
                .filter(|&(i, c)| aside(&c) && !in_figure(t.range.end + i))
                .count()
                .saturating_sub(note_marks)
                > marks
        {
            continue;
        }
        // `死亡19人,上年分别为31起、24人`: the figures of another year, not parts; `上年同期为1,267件;
        // 其中…`: last year's figure is no whole of this year's breakdown.
        let tp = clause_before(s.text, t.range.start);
        if LAST_YEAR.any_in(&s.text[qs[k0].range.end..pos]) || LAST_YEAR.any_in(tp) {
            continue;
        }
        // The figure before 其中 must not itself be the last of a list (小学女童73名,中学女学生5名,
        // 其中…: 其中 then refers to all of them).
        // Nor a figure that shares its unit with a bare one before it (电脑拥有量分别达到90和33台,
        // 空调拥有量分别为160和45台: each is one of two, not a whole).
        if k > 0 && !bracket {
            let between = &s.text[qs[k - 1].range.end..t.range.start];
            // (`收入总额4169万元,支出总额4169万元,其中…`: a whole named 总 is the whole.)
            let same =
                qs[k - 1].unit == t.unit && chars(between) <= 14 && !between.contains("其中") && !tp.contains('总');
            let shared = qs[k - 1].unit.is_empty() && matches!(between, "和" | "与" | "及" | "、" | "至" | "到");
            if same || shared {
                continue;
            }
        }
        // The total must not itself be the end of a change (由A增加到N,其中…; 达到N is no change). A running total
        // (累计N,其中…) still bounds its own breakdown, so 累计 is no reason to stay silent.
        // Averages do not add up (人均收入3.6万元,其中城镇居民4.8万元、农村居民2.1万元).
        if AVERAGE_WORDS.any_in(tp) {
            continue;
        }
        // (`从业人员`, `从事…的`: 从 in a word, no start of a change.)
        let from =
            tp.contains('由') || tp.match_indices('从').any(|(i, _)| !tp[i + 3..].starts_with(&['业', '事'][..]));
        // (Nor is a comparison, `比全省低5121元(全省为24138元)`: a difference, no whole.)
        if from || tp.contains('比') || names_change(tp) {
            continue;
        }
        let mut parts: Vec<&Quantity> = Vec::new();
        let mut unclear = false;
        for q in qs[k0 + 1..].iter().filter(|q| q.range.start > pos) {
            let pre = clause_before(s.text, q.range.start);
            if q.range.start > close {
                break;
            }
            if q.unit != t.unit {
                continue;
            }
            // Parts joined by 、 are one enumeration: a figure after the next clause mark is about
            // something else (其中在职党员112名、离退休党员148名,全年发展新党员8名).
            if let Some(last) = parts.last() {
                let between = &s.text[last.range.end..q.range.start];
                // (A 、 inside a part's name, `减刑、假释案件`, parts no figures.)
                let listed = parts.windows(2).any(|w| {
                    let t = &s.text[w[0].range.end..w[1].range.start];
                    t.contains('、') && !t.chars().any(crate::numbers::is_clause_mark)
                });
                // (Inside a bracket every figure to its close is a part: `29家(其中省级3家、市级12家,
                // 县级16家)`.)
                if listed && close == s.text.len() && between.chars().any(crate::numbers::is_clause_mark) {
                    break;
                }
                // Figures in brackets after a part break that part down (…幼儿园177所(公办58所,
                // 民办119所), a published report): they are no siblings of it, but the figures after
                // the bracket closes may be.
                let open = between.matches(&['(', '（'][..]).count();
                if open > between.matches(&[')', '）'][..]).count() {
                    continue;
                }
                if open > 0 && crate::text::has_any(between, &triggers) {
                    break;
                }
                // `其中医生技术人员1597人,含执业医师564人、注册护士630人`: what 含 opens breaks
                // the part before down, no siblings of it.
                if between.trim_start_matches(&[',', '，', '('][..]).starts_with('含') {
                    break;
                }
                let parted = between.contains(&['；', ';'][..]);
                // Parts parted by ，end at a ；(…其他案件20301件;审结案件899420件).
                if parts.len() >= 2 && parted && !s.text[pos..last.range.start].contains(&['；', ';'][..]) {
                    break;
                }
                // A part's own change against last year (小学90所,比上年增加2所;初中26所) or another
                // time (`较2015年预算下降6万元`) is no part, nor one with no comparison written
                // (…收入完成53653万元,增加6455万元,增长14.28%).
                let compared = LAST_YEAR.any_in(pre) || pre.starts_with(&['较', '比'][..]);
                if names_change(pre) && (compared || chars(pre) <= BARE_CHANGE_CHARS) {
                    continue;
                }
                // A part followed by its own share or rate (其中卫生技术人员926人,占85.3%,高级职称
                // 186人): what comes next counts another way, not a sibling part. (Nor does its
                // growth rate. Parts with rates parted by ，may cut across each other: 工业投资…,
                // 增长15.3%,民间投资…. A ；parts siblings, each with its rates: 其中出口473.3亿元,
                // 下降1.7%;进口305亿元; 其中税务部门完成28684万元,占任务数的56.4%;财政部门….)
                // (Nor do two kinds of one whole, `其中出口2407.7亿元、增长14%,进口1927.2亿元`.)
                if !parted
                    && !kinds_apart(clause_before(s.text, last.range.start), pre)
                    && qs
                        .iter()
                        .any(|o| o.unit == "%" && o.range.start >= last.range.end && o.range.end <= q.range.start)
                {
                    break;
                }
                // Nor is a figure whose share names the part before as its whole (其中专任教师58人,
                // 本科以上学历54人,占专任教师的93.1%): a part of that part.
                if share_of_part(&s.text[q.range.end..], clause_before(s.text, last.range.start)) {
                    break;
                }
                // A name with 总 after a ；is a whole of its own (…其中：油菜籽产量11.1万吨，增长10.1%；
                // 蔬菜及食用菌总产量49.9万吨: a false error on a published bulletin).
                // (秋粮总产量 after 夏粮 is the other kind, not a whole.)
                // (So is one with 各项 or 全部, `…其中住户存款余额209.29亿元;年末各项贷款余额140.92亿元`.)
                // (`林业总产值` under `农林牧渔业总产值`: a kind the whole's name holds, measured as the
                // whole is; `税收总收入` under `财政总收入` is a whole of its own.)
                let kind_of_whole = pre.find('总').is_some_and(|i| {
                    let measure = &pre[i..];
                    let measure = crate::text::char_offset(measure, 3).map_or(measure, |j| &measure[..j]);
                    let kind = pre[..i].chars().next();
                    tp.find(measure).is_some_and(|w| kind.is_some_and(|k| tp[..w].contains(k)))
                });
                let whole_name = pre.contains('总') && !kind_of_whole || pre.contains("各项") || pre.contains("全部");
                if parted && whole_name && !crate::numbers::relations::EVERY_KIND.iter().any(|kinds| kinds.any_in(pre))
                {
                    break;
                }
                // Nor is a clause after a ；that opens a new time or the whole area again (…其中发明专利
                // 4967件；截至10月底，全市有效发明专利42673件: a stock, not a part of this year's grants).
                let clause = between.rfind(&['；', ';'][..]).map_or("", |i| &between[i..]);
                let clause = clause.trim_start_matches(&['；', ';', ' ', ',', '，'][..]);
                let area = clause
                    .strip_prefix('全')
                    .is_some_and(|r| r.starts_with(&['市', '县', '省', '区', '国', '镇', '乡'][..]));
                if parted && (clause.starts_with("截至") || clause.starts_with("截止") || area) {
                    break;
                }
            }
            if crate::text::has_any(pre, &triggers) && q.range.start - pre.len() > pos {
                break; // a later 其中 starts another breakdown
            }
            if step_of_procedure(pre) {
                break;
            }
            // `结案6201件…其中:受理民事案件5644件,结案5489件`: a figure named as the whole is, the
            // whole's measure of the part before it, not another part.
            if !parts.is_empty() && pre == tp {
                break;
            }
            // `其中…9件,这128件…`: the whole named again, no part of itself.
            if q.value == t.value || words!["这", "该", "上述"].starts(pre.trim_start()) {
                break;
            }
            // `其中专任教师142人,专任教师中博士118人`: a part of the part, not another part.
            if parts.last().is_some_and(|l| within_part(pre, clause_before(s.text, l.range.start))) {
                break;
            }
            // (`在全省80家重点企业中排名第九`: the set a part ranks in, no part; `在建项目` is one.)
            if q.approx
                || pre.starts_with('在') && s.text[q.range.end..].chars().take(8).any(|c| c == '中')
                || total_marker(pre).is_some()
                || crate::numbers::relations::direction(pre).is_some() && (!NOUNS.any_in(pre) || names_change(pre))
                || words!["同比", "较", "比", "由", "从", "另", "此外", "平均", "每"].any_in(pre)
            {
                unclear = true;
                break;
            }
            // Parts that already make up the whole end the breakdown, and a figure with its own 其中
            // after it is another whole (…其中集中供养973人,分散供养1746人,本级五保对象161人,其中…).
            let made = parts.iter().map(|p| p.value).sum::<f64>();
            if parts.len() >= 2 && (made - t.value).abs() <= 1e-9 * t.value
                || s.text[q.range.end..].trim_start_matches(&[',', '，'][..]).starts_with("其中")
            {
                break;
            }
            parts.push(q);
        }
        // 分别 tells each of several: one part after it is a misreading (a unit the parts share,
        // `分别为160和45台`), not a breakdown.
        if unclear || parts.is_empty() || parts.len() == 1 && s.text[pos..].starts_with('分') {
            continue;
        }
        let sum: f64 = parts.iter().map(|p| p.value).sum();
        // `共有机构1583个,其中医院46个、基层机构1397个、专业机构40个`: a breakdown of three or more
        // parts (one 、 enumeration, or clauses after 其中：) under a marked total that falls short
        // of it beyond rounding. A warning: the text may leave out a minor kind.
        // Parts that name every kind of a whole that has no others (出口 and 进口, the three
        // 产业) are all of it whatever the punctuation: a warning too (a part may have been missed).
        let listed = parts.len() >= MIN_BREAKDOWN
            && !bracket
            && (total_marker(tp).is_some() || tp.contains("各类"))
            && (s.text[pos..parts[1].range.start].contains(&['、', '；', ';'][..])
                || s.text[pos..].starts_with("其中："));
        let names = if parts.len() >= 2 && !bracket { kind_names(s.text, &parts) } else { None };
        // (How far the parts may be off as rounded: 16.72亿元+56.9亿元+36.03亿元 may pass 109.64亿元.)
        // (A part written in whole 万 or 亿, `512亿斤`, is read to a tenth of that, but is rounded to it.)
        let whole_scale = |p: &Quantity| p.precision >= 1e3 && !s.text[p.figure.clone()].contains('.');
        let slack =
            parts.iter().map(|p| if whole_scale(p) { 5.0 * p.precision } else { rounding_slack(p) }).sum::<f64>();
        let below = sum >= t.value * MIN_COVERED
            && !agrees(t.value, t.precision, sum)
            && t.value - sum > slack + t.precision / 2.0;
        let sibling = names.is_some() && kinds.known_complete == names;
        // (Other measure words among the parts may count parts too: `村卫生室91个,…乡镇卫生院9家`.)
        let last_end = parts[parts.len() - 1].range.end;
        let mixed = qs.iter().any(|o| {
            o.range.start > parts[0].range.start && o.range.end < last_end && o.unit != t.unit && countable(o)
        });
        let short = (listed || sibling || names_every_kind(s.text, &parts)) && below && !mixed;
        if let Some(names) = names.filter(|_| kinds.known_complete.is_none()) {
            if agrees(t.value, t.precision, sum) {
                kinds.complete.push((kinds.sentence, names));
            } else if below && !short {
                kinds.short.push((kinds.sentence, names));
            }
        }
        if sum <= t.value + t.precision / 2.0 + slack && !short {
            continue;
        }
        // Parts larger than the figure before 其中 but within an earlier whole of the sentence
        // (查处案件68件,…,移送公安机关3件,其中涉“两超一非”案件12件): 其中 may reach back to it.
        // (Not past a bracket: it closes its own breakdown.)
        // (A whole itself named as a part of the earlier one, `通过其中24件,包括…`, bounds its own.)
        if !short
            && !bracket
            && !tp.contains("其中")
            && qs[..k].iter().any(|o| o.unit == t.unit && !o.approx && o.value + o.precision / 2.0 >= sum)
        {
            continue;
        }
        let parts_end = parts[parts.len() - 1].range.end;
        // Parts the text says overlap (部分人员同时享受两项补贴, 交叉任职18659人) may add up to more than
        // the whole.
        if !short && OVERLAP_WORDS.any_in(&s.text[pos..]) {
            continue;
        }
        // A first part counting people by sex cuts across the others (转移劳动力1682人,其中女性850人,
        // 苏南550人,本地300人): the rest may still fit the whole. (男生…、女生… are all of it.)
        let by_sex = |p: &Quantity| {
            let name = clause_before(s.text, p.range.start);
            name.strip_prefix("其中").unwrap_or(name).starts_with(&['女', '男'][..])
        };
        if !short
            && by_sex(parts[0])
            && !parts[1..].iter().any(|p| by_sex(p))
            && sum - parts[0].value <= t.value + slack
        {
            continue;
        }
        // The part that makes up a shortfall, written after the list (其中一级古树86株、二级古树
        // 326株、三级古树868株,名木6株 under 共有古树名木1,286株).
        if short
            && qs
                .iter()
                .any(|o| o.unit == t.unit && o.range.start >= parts_end && agrees(o.value, o.precision, t.value - sum))
        {
            continue;
        }
        let msg = if parts.len() == 1 {
            format!("其中的“{}”多于总数“{}”,请核对", &s.text[parts[0].range.clone()], &s.text[t.range.clone()])
        } else {
            parts_message(s.text, &parts, sum, short, t)
        };
        // One part above the total is certain; several that together pass it may overlap
        // (其中女性600人、农村户籍500人): a warning.
        // Across a full stop (`…37.90亿元,增长2.7%。其中…`) the whole is read, not stated: a warning.
        let severity = if parts.iter().any(|p| p.value > t.value + t.precision / 2.0) && !gap.contains('。') {
            Severity::Error
        } else {
            Severity::Warning
        };
        let mut f = Finding::new(id, severity, s.abs(&t.range), msg);
        if parts.len() >= 2 {
            if let Some(r) = replacement(s, t, sum) {
                f = f.with_fix(s.abs(&t.figure), r, false);
            }
        }
        out.push(f);
        return;
    }
}

/// A change after a part with at most this many characters before its figure (`增加`, `同比减少`)
/// is the part's own.
const BARE_CHANGE_CHARS: usize = 4;

/// `经审查立案175件`: a clause opening with a step of a procedure counts the whole again at that
/// step (what passed review), across the parts before it (`其中会后17件`), not beside them.
fn step_of_procedure(pre: &str) -> bool {
    pre.strip_prefix('经').is_some_and(|r| r.starts_with(&['审', '核', '研', '评', '查', '调', '鉴', '批', '过'][..]))
}

/// Two names of two different kinds of one whole of [`EVERY_KIND`](crate::numbers::relations::EVERY_KIND)
/// (`其中出口`, `进口`).
fn kinds_apart(a: &str, b: &str) -> bool {
    crate::numbers::relations::EVERY_KIND.iter().any(|kinds| {
        kinds.iter().any(|x| a.contains(x) && !b.contains(x)) && kinds.iter().any(|y| b.contains(y) && !a.contains(y))
    })
}

/// The names before `parts` hold every kind of one of [`EVERY_KIND`](crate::numbers::relations::EVERY_KIND)'s wholes (`其中出口…进口…`,
/// `男职工…女职工…`).
/// (What each kind uses, `第一产业用电量`, has other users beside them: 城乡居民生活用电.)
fn names_every_kind(text: &str, parts: &[&Quantity]) -> bool {
    // Two kinds, one the other's negation (`在编`, `非在编`).
    let name = |p: &Quantity| {
        let n = clause_before(text, p.range.start);
        n.strip_prefix("其中").unwrap_or(n).trim_start_matches(&[',', '，', ':', '：'][..])
    };
    if let [a, b] = parts {
        if crate::numbers::relations::negation(name(a), name(b)) {
            return true;
        }
    }
    parts.len() >= 2
        && crate::numbers::relations::EVERY_KIND.iter().any(|kinds| {
            kinds.iter().all(|kind| {
                parts.iter().any(|p| {
                    let name = clause_before(text, p.range.start);
                    name.contains(kind) && !name.contains('用')
                })
            })
        })
}

/// The clause after a figure is a share of the whole `part` names: `,占专任教师的93.1%` after
/// `其中专任教师`.
fn share_of_part(after: &str, part: &str) -> bool {
    let after = after.trim_start_matches(|c: char| !crate::numbers::is_clause_mark(c) && !crate::text::is_han(c));
    let clause = after.trim_start_matches(crate::numbers::is_clause_mark);
    let clause = &clause[..clause.find(crate::numbers::is_clause_mark).unwrap_or(clause.len())];
    let Some(whole) = clause.strip_prefix('占').and_then(|w| w.split('的').next()) else { return false };
    let whole = crate::numbers::relations::whole_name(whole);
    chars(whole) >= 2 && part.strip_prefix("其中").unwrap_or(part).contains(whole)
}

/// Words saying that parts overlap, so that they may add up to more than their whole.
const OVERLAP_WORDS: Words = words!["同时享受", "同时参加", "重复", "交叉", "兼任", "兼有", "叠加", "一肩挑"];

/// The clause `pre` opens with a name the earlier clause `part` ends with, then 中
/// (`专任教师中具有博士学位的` after `其中专任教师`): it breaks that part down further.
fn within_part(pre: &str, part: &str) -> bool {
    pre.find('中').is_some_and(|p| p >= 6 && part.ends_with(&pre[..p]))
}

/// Words that bound a range of a measure (`人口超过1000万人的市`, `在300万人至500万人之间的`).
const RANGE_WORDS: Words = words!["超过", "以上", "之间", "少于", "以下", "不足", "低于", "高于", "不到"];

/// `13个设区市中,人口超过1000万人的市有1个,在900万人至1000万人之间的市有2个,…,人口少于400万人
/// 的市有1个`: the members of a whole counted by ranges of a measure, one clause each. Ranges
/// part the whole, so the counts add up to it: a warning when they do not (a range may have been
/// left out of the text, or may overlap).
fn ranges_among(id: &'static str, s: &Sentence, out: &mut Vec<Finding>) {
    let qs = &s.qs;
    // (Most sentences have no `中,`: one search, not one per figure.)
    if !s.text.contains("中,") && !s.text.contains("中，") {
        return;
    }
    for (k, w) in qs.iter().enumerate() {
        // The whole, `N个…中,` (its name may hold a bracket: 16个州(市)中).
        let after = &s.text[w.range.end..];
        let Some(at) = after.find("中,").or_else(|| after.find("中，")) else { continue };
        let name = &after[..at];
        if w.approx || !countable(w) || chars(name) > 8 || name.contains(&[',', '，', '。', '；', ';'][..]) {
            continue;
        }
        let from = w.range.end + at;
        let end = s.text[from..].find("其中").map_or(s.text.len(), |e| from + e);
        let mut parts: Vec<&Quantity> = Vec::new();
        for q in qs[k + 1..].iter().filter(|q| q.range.end <= end && q.unit == w.unit) {
            let clause = clause_before(s.text, q.range.start);
            if q.approx
                || !RANGE_WORDS.any_in(clause)
                || parts.last().is_some_and(|p| clause_before(s.text, p.range.start) == clause)
            {
                return;
            }
            parts.push(q);
        }
        // Each part alone in its clause, the clauses one after another.
        let marks = s.text[from..parts.last().map_or(from, |p| p.range.end)]
            .chars()
            .filter(|&c| matches!(c, ',' | '，' | '；' | ';'))
            .count();
        if parts.len() < 3 || marks != parts.len() {
            return;
        }
        let sum: f64 = parts.iter().map(|p| p.value).sum();
        if agrees(w.value, w.precision, sum) {
            return;
        }
        out.push(Finding::new(
            id,
            Severity::Warning,
            s.abs(&w.range),
            parts_message(s.text, &parts, sum, sum < w.value, w),
        ));
        return;
    }
}

/// How many clauses may stand between a whole and its 其中 breakdown when the figure right before
/// 其中 is of another kind (`总产量36.5万吨,比上年增长2.1%,其中夏粮…`): more and the breakdown is
/// likely about something said later.
const MAX_CLAUSES_TO_WHOLE: usize = 3;

/// `共N…,(other figures),其中A、B`: the whole is not the figure right before 其中 but an earlier one
/// of the parts' kind. Which earlier figure the text means can be unclear (`受理856件次,办结832件,
/// 其中…`), so the parts are judged against every candidate: only a sum above all of them is
/// reported, and only as a warning, since the whole is inferred (categories may also overlap).
fn subset_exceeds_every_total(id: &'static str, s: &Sentence, out: &mut Vec<Finding>) {
    let qs = &s.qs;
    // `contains` tests many bytes at a time, `find` sets up a search first: most sentences have no 其中.
    if !s.text.contains("其中") {
        return;
    }
    let Some(pos) = s.text.find("其中") else { return };
    let Some(first) = qs.iter().position(|q| q.range.start > pos) else { return };
    let unit = qs[first].unit;
    if !countable(&qs[first]) {
        return;
    }
    // Units of one kind: 件 and 件次, 人 and 人次 (the whole may be counted in visits).
    let akin = |u: &str| u == unit || u.starts_with(unit) || unit.starts_with(u);
    let head = &s.text[..pos];
    let clauses = head.chars().filter(|c| crate::numbers::is_clause_mark(*c)).count();
    let wholes: Vec<&Quantity> = qs[..first]
        .iter()
        // (`98个项目…其中,产业项目有77项`: a whole's 个 counts what the parts' measure word names.)
        .filter(|q| (akin(q.unit) || q.unit == "个" && noun_after(s.text, q).starts_with(unit)) && countable(q))
        .filter(|q| {
            // (A comma inside a figure, as in 1,267件, separates no clauses: the ASCII comma is not
            // counted, which only lets more wholes in, and a breakdown must pass them all; nor are
            // the marks of an aside, `（上年为60.0万人次）`.)
            head[q.range.end..]
                .chars()
                .filter(|c| !matches!(c, ',' | '（' | '）' | '(' | ')') && crate::numbers::is_clause_mark(*c))
                .count()
                <= MAX_CLAUSES_TO_WHOLE
                && !LAST_YEAR.any_in(clause_before(s.text, q.range.start))
        })
        .collect();
    if wholes.is_empty() || clauses == 0 {
        return;
    }
    for w in &wholes {
        let tp = clause_before(s.text, w.range.start);
        if w.approx || AVERAGE_WORDS.any_in(tp) || tp.contains(&['由', '从'][..]) {
            return;
        }
    }
    // A change (较上年增加24.57亿元) is no whole; the largest of the rest must be passed.
    let wholes: Vec<&Quantity> =
        wholes.into_iter().filter(|w| !names_change(clause_before(s.text, w.range.start))).collect();
    // The parts: one 、 enumeration of the same unit right after 其中, each a plain figure, or
    // clauses parted by ；, each a part and its figure of the measure right before 其中 (`在校生
    // 156928人,其中:小学312所,学生91635人;初级中学35所,学生44949人;…`).
    let mut parts: Vec<&Quantity> = Vec::new();
    let mut from = pos;
    for q in &qs[first..] {
        if q.unit != unit {
            continue;
        }
        let between = &s.text[from..q.range.start];
        let listed = between.contains('、') && !between.chars().any(crate::numbers::is_clause_mark);
        let mut beside = qs.iter().filter(|o| o.range.start >= from && o.range.end <= q.range.start);
        let paired =
            beside.next().is_some_and(|o| o.unit == qs[first - 1].unit && countable(o)) && beside.next().is_none();
        let clause = paired && between.matches(&['；', ';'][..]).count() == 1;
        if q.approx || !parts.is_empty() && !listed && !clause {
            break;
        }
        let pre = clause_before(s.text, q.range.start);
        if words!["同比", "较", "比", "由", "从", "平均", "每", "人均"].any_in(pre) || names_change(pre) {
            return;
        }
        parts.push(q);
        from = q.range.end;
    }
    if parts.len() < 2 {
        return;
    }
    let sum: f64 = parts.iter().map(|p| p.value).sum();
    let Some(largest) = wholes.iter().max_by(|a, b| a.value.total_cmp(&b.value)) else { return };
    // (Each rounded part may be off by half its last digit: 72.61+730.64+488.68 against 1291.92.)
    let slack: f64 = parts.iter().map(|p| rounding_slack(p)).sum();
    if sum <= largest.value + largest.precision / 2.0 + slack || OVERLAP_WORDS.any_in(&s.text[from..]) {
        return;
    }
    let msg = format!(
        "其中各项相加为{}={},多于前文的总数“{}”,请核对",
        as_written(s.text, parts.iter().map(|p| p.range.clone())),
        show(sum, unit),
        &s.text[largest.range.clone()]
    );
    out.push(Finding::new(id, Severity::Warning, s.abs(&largest.range), msg));
}

/// Nouns holding a change verb, before a part that is no change (`增加值`, `减刑案件`); 新增 still
/// opens another item (`新增铁路639公里、其中高铁370公里、新增高速公路…`).
const NOUNS: Words = words!["增加值", "减刑"];

/// An amount per span of time (每月, 每年): the total then also multiplies by the time.
const PER_TIME: Words = words!["每月", "每年", "每天", "每日", "每周", "每季度", "月均", "年均", "日均", "每课时"];

/// Markers of "each": the noun they name (人, 户 …: see [`each_noun`]).
const EACH: Words = words![
    "每人", "每名", "每位", "人均", "每户", "户均", "每个", "每家", "每所", "每村", "每场", "每期", "每次", "每支",
    "每项", "平均每", "分别", "各",
];

/// The noun an [`EACH`] marker names (每户, 户均: 户; 每名, 每位: 人), or "" for any (分别, 各).
fn each_noun(m: &str) -> &str {
    match m {
        "每名" | "每位" => "人",
        _ if m.len() == 6 && m.starts_with('每') => &m[3..],
        _ if m.len() == 6 && m.ends_with('均') => &m[..3],
        _ => "",
    }
}

/// `M名…每人X元,共计T`: M × X must give T.
fn count_times_each(id: &'static str, s: &Sentence, out: &mut Vec<Finding>) {
    let qs = &s.qs;
    for (e_idx, e) in qs.iter().enumerate() {
        if e.approx || !countable(e) {
            continue;
        }
        let pre = clause_before(s.text, e.range.start);
        if !pre.contains(&['每', '各', '均', '别'][..]) {
            continue;
        }
        let Some((mpos, noun)) = EACH.iter().find_map(|m| crate::text::rfind_word(pre, m).map(|p| (p, each_noun(m))))
        else {
            continue;
        };
        if chars(&pre[mpos..]) > 12 {
            continue;
        }
        // 每人每月500元: an amount per month or year, multiplied by a time the text may not give.
        // `死亡19人,上年分别为31起`: another year's figures, no amount each.
        if PER_TIME.any_in(&pre[mpos..]) || LAST_YEAR.any_in(pre) {
            continue;
        }
        let marker_abs = e.range.start - pre.len() + mpos;
        // The count: the nearest figure before the marker, of another unit; or else, right after
        // the amount (每户补助2000元,共补助35户,合计7万元).
        let before_c = qs[..e_idx].iter().rposition(|q| q.range.end <= marker_abs && q.unit != e.unit);
        let fits = |q: &Quantity| !q.approx && countable(q) && (noun.is_empty() || q.unit == noun);
        if before_c.is_none_or(|c| !fits(&qs[c])) {
            if let (Some(c), Some(t)) = (qs.get(e_idx + 1), qs.get(e_idx + 2)) {
                let t_marked = total_marker(clause_before(s.text, t.range.start)).is_some();
                if fits(c)
                    && c.unit != e.unit
                    && t.unit == e.unit
                    && !t.approx
                    && t_marked
                    && !noun.is_empty()
                    && c.value.fract() == 0.0
                {
                    let product = c.value * e.value;
                    if !(agrees(t.value, t.precision, product)
                        || (t.value - product).abs() <= c.value * rounding_slack(e))
                    {
                        push_product(id, s, c, e, t, product, out);
                        return;
                    }
                }
            }
            continue;
        }
        let c_idx = before_c.unwrap();
        let c = &qs[c_idx];
        // No other figure of the amount's unit between the count and the amount.
        if qs[c_idx + 1..e_idx].iter().any(|q| q.unit == e.unit) {
            continue;
        }
        // The total: a figure of the amount's unit with a total marker, after the amount
        // (or before the count for 人均/户均).
        let after = qs[e_idx + 1..].iter().find(|q| q.unit == e.unit);
        let t = match after {
            Some(t) if total_marker(clause_before(s.text, t.range.start)).is_some() => t,
            Some(_) => continue,
            // 人均 after the total (分别, 各 name no noun: 共23起、死亡19人,分别… is no product).
            None if !noun.is_empty() => {
                // The count must be the only figure between them
                // (贷款1.2亿元,扶持创业1500人,带动就业4500人,人均8万元 names two counts).
                let Some(t_idx) = qs[..c_idx].iter().rposition(|q| q.unit == e.unit) else { continue };
                if t_idx + 1 != c_idx || total_marker(clause_before(s.text, qs[t_idx].range.start)).is_none() {
                    continue;
                }
                // (A count of the same kind before the total is the total's own: 慰问特困职工53名,共发放
                // 21200元,并慰问了2名…每人500元.)
                if qs[..t_idx].iter().any(|q| q.unit == c.unit) {
                    continue;
                }
                &qs[t_idx]
            }
            None => continue,
        };
        if t.approx {
            continue;
        }
        if c.value.fract() != 0.0 {
            continue;
        }
        let product = c.value * e.value;
        let slack = c.value * rounding_slack(e);
        if agrees(t.value, t.precision, product) || (t.value - product).abs() <= slack {
            continue;
        }
        push_product(id, s, c, e, t, product, out);
        return;
    }
}

/// An average written after its total and its count: the average's marker, the nouns it counts
/// (人均 counts 人 or 人次; 平均每场 counts 场) and how many of them it is per (每千人口).
const AVERAGE_OF: &[(&str, &[&str], f64)] = &[
    ("人均", &["人", "人次"], 1.0),
    ("户均", &["户"], 1.0),
    ("亩均", &["亩"], 1.0),
    // Pupils per class, over the classes counted (教学班十二个).
    ("平均班额", &["个", "班"], 1.0),
    ("生均", &["人"], 1.0),
    ("每千人口", &["人"], 1e3),
    ("平均每", &[], 1.0),
    ("场均", &["场"], 1.0),
    ("次均", &["次"], 1.0),
    ("日均", &["天"], 1.0),
    ("月均", &["月"], 1.0),
];

/// How far a stated average may be from total ÷ count before it is flagged (averages are often
/// rounded to a round figure: 人均1500元 for 1498元; a year may have 366 days).
const AVERAGE_SLACK: f64 = 0.03;

/// Most clause marks between the first of the total and the count and their average.
const MAX_AVERAGE_CLAUSES: usize = 4;

/// Most characters of the noun after `平均每个` (平均每个团委, 平均每所学校).
const MAX_AVERAGE_NOUN: usize = 4;

/// `发放补贴资金126万元,惠及420户,户均3000元` (or the count first: `320户、1080人,收入86.4万元,
/// 人均800元`; `38个团委共组织活动1596场次,平均每个团委42场次`; `按常住人口382万人计算,每千人口
/// 床位数6.44张`; a year's total over its months or days): total ÷ count must give the average.
/// The total is the nearest figure of the average's unit that is no change and no part after 其中,
/// the count the nearest of the counted noun. A warning: the text does not say the total is shared
/// among exactly these (人均 may be over another population).
fn average_of_total(id: &'static str, s: &Sentence, out: &mut Vec<Finding>) {
    let qs = &s.qs;
    for e_idx in 1..qs.len() {
        let e = &qs[e_idx];
        if e.approx || !countable(e) || !average_marker_near(s.text, e.range.start) {
            continue;
        }
        // The clause is only the marker and the figure (人均800元, 平均每场60人次): 人均增收,
        // 人均可支配收入 name another figure, unless the count is given for it (按…人计算).
        let pre = clause_before(s.text, e.range.start);
        let Some((rest, nouns, scale)) =
            AVERAGE_OF.iter().find_map(|(m, n, k)| pre.strip_prefix(m).map(|r| (r, *n, *k)))
        else {
            continue;
        };
        let (noun, rest) = if nouns.is_empty() {
            let Some(c) = rest.chars().next() else { continue };
            (
                Some(if matches!(c, '名' | '位') { "人" } else { &rest[..crate::text::char_len(c)] }),
                &rest[crate::text::char_len(c)..],
            )
        } else {
            (None, rest)
        };
        let plain = matches!(rest, "" | "为" | "达" | "达到" | "约");
        let fits_count = |q: &Quantity| match noun {
            Some(n) => q.unit == n,
            None => nouns.contains(&q.unit),
        };
        let days = match noun.or(nouns.first().copied()) {
            Some("月") => MONTHS,
            Some("天" | "日") => DAYS,
            _ => 0.0,
        };
        if days > 0.0 {
            // `全年开展讲座48场,平均每月4场`: a year's total over its months (or days).
            let t = &qs[e_idx - 1];
            let gap = &s.text[t.range.end..e.range.start - pre.len()];
            let yearly = clause_before(s.text, t.range.start).contains("全年") || {
                let head = s.text.trim_start().as_bytes();
                head.len() > 7
                    && head[..4].iter().all(u8::is_ascii_digit)
                    && s.text.trim_start()[4..].starts_with("年，")
            };
            if plain && t.unit == e.unit && !t.approx && chars(gap) == 1 && yearly {
                let label = if days == MONTHS { "12个月" } else { "365天" };
                average_warning(id, s, t, label, t.value / days, e, out);
            }
            continue;
        }
        let nearest = |f: &dyn Fn(&Quantity) -> bool| qs[..e_idx].iter().rposition(f);
        // (Another average, 平均每村两场 or 日均133.2万件, is no count.)
        let Some(c_idx) = nearest(&|q| fits_count(q) && !clause_before(s.text, q.range.start).contains('均')) else {
            continue;
        };
        // Parts after 其中 are passed over for their whole; one of a parallel 、 list leaves the
        // total unclear (大队126个、中队1890个).
        let Some(t_idx) = nearest(&|q| {
            let tp = clause_within(s.text, q.range.start, s.text.len());
            q.unit == e.unit && !names_change(tp) && !tp.contains("其中") && !AVERAGE_WORDS.any_in(tp)
        }) else {
            continue;
        };
        if clause_before(s.text, qs[t_idx].range.start).contains('、') {
            continue;
        }
        let (t, c) = (&qs[t_idx], &qs[c_idx]);
        if t.approx || c.approx || !countable(t) || c.value < 1.0 || c.value.fract() != 0.0 || t_idx == c_idx {
            continue;
        }
        // `按常住人口382万人计算`: the count the average is over, named as such.
        let stated_count =
            clause_before(s.text, c.range.start).starts_with('按') && s.text[c.range.end..].starts_with("计算");
        let named = noun.is_some() && chars(rest) <= MAX_AVERAGE_NOUN && rest.chars().all(crate::text::is_han);
        // The three stand close, and no other count of the noun stands among them (贷款1.2亿元,
        // 扶持创业1500人,带动就业4500人,人均8万元 names two counts).
        let marks_in = |from: usize, to: usize| {
            s.text[qs[from].range.end..qs[to].range.start]
                .chars()
                .filter(|ch| crate::numbers::is_clause_mark(*ch))
                .count()
        };
        let (first, second) = (t_idx.min(c_idx), t_idx.max(c_idx));
        let marks = marks_in(first, e_idx);
        // In one clause, the count is written right before its total (125户230人) or the total
        // is marked (为86户家庭发放资金共计34.4万元).
        if marks_in(first, second) == 0
            && qs[first].range.end != qs[first + 1].range.start
            && total_marker(clause_before(s.text, t.range.start)).is_none()
        {
            continue;
        }
        if !(plain || named || stated_count)
            || marks == 0
            || marks > MAX_AVERAGE_CLAUSES
            || qs[first..e_idx].iter().filter(|q| fits_count(q)).count() > 1
        {
            continue;
        }
        let count = show(c.value / scale, if scale > 1.0 { "千人" } else { c.unit });
        if average_warning(id, s, t, &count, t.value / c.value * scale, e, out) {
            return;
        }
    }
}

/// Days in the year a year's total is shared over (平均每天).
const DAYS: f64 = 365.0;

/// Months in the year a 全年 total is shared over.
const MONTHS: f64 = 12.0;

/// Warns when the stated average `e` is off `avg` (total `t` over `count`); says whether it did.
fn average_warning(
    id: &'static str,
    s: &Sentence,
    t: &Quantity,
    count: &str,
    avg: f64,
    e: &Quantity,
    out: &mut Vec<Finding>,
) -> bool {
    if agrees(e.value, e.precision, avg) || (e.value - avg).abs() <= avg * AVERAGE_SLACK {
        return false;
    }
    out.push(Finding::new(
        id,
        Severity::Warning,
        s.abs(&e.range),
        format!(
            "{}÷{}≈{},文中写作“{}”,请核对总数、人数(户数)或平均数",
            show(t.value, t.unit),
            count,
            show((avg * 100.0).round() / 100.0, e.unit),
            &s.text[e.range.clone()]
        ),
    ));
    true
}

/// 均 or 每 within the few characters before byte `at` (人均800元, 平均每场达到60人次, 每千人口
/// 床位数6.44张): a cheap test before the clause is read.
fn average_marker_near(text: &str, at: usize) -> bool {
    const NEAR: usize = 8 * 3;
    text.as_bytes()[at.saturating_sub(NEAR)..at].windows(3).any(|w| w == "均".as_bytes() || w == "每".as_bytes())
}

/// Most characters between the two figures of `由A增加到B` (`增加到2023年的` is 9).
const MAX_CHANGE_LINK: usize = 12;

/// `城镇新增就业3260人,比上年的2840人增加420人` and `由2840人增加到3260人,增加420人`: the
/// stated increase must be the difference of the two figures, in the direction named.
fn change_amount(id: &'static str, s: &Sentence, out: &mut Vec<Finding>) {
    use crate::numbers::relations::{direction, opens_with_change};
    let qs = &s.qs;
    for j in 2..qs.len() {
        let (x, y, d) = (&qs[j - 2], &qs[j - 1], &qs[j]);
        if x.unit != y.unit || y.unit != d.unit || !countable(d) || x.approx || y.approx || d.approx {
            continue;
        }
        let between_xy = &s.text[x.range.end..y.range.start];
        let between_yd = &s.text[y.range.end..d.range.start];
        // Both shapes keep the three figures close (a cheap test before the clauses are read).
        if !Quantity::countable_unit(d.unit)
            || chars(between_xy) > MAX_CHANGE_LINK
            || chars(between_yd) > MAX_CHANGE_LINK
        {
            continue;
        }
        let y_pre = clause_before(s.text, y.range.start);
        let x_pre = clause_before(s.text, x.range.start);
        let (from, to, verb) = if let Some(base) = y_pre.strip_prefix(&['比', '较'][..]) {
            // `B,比上年的A增加D`: B ends the clause before; A and D in one clause.
            let base = base.strip_suffix('的').unwrap_or(base);
            let base_ok = LAST_YEAR.contains(base) || {
                let digits = base.bytes().take_while(u8::is_ascii_digit).count();
                digits == 4 && matches!(&base[4..], "年" | "年底" | "年同期")
            };
            let one_mark = between_xy.starts_with(&['，', ','][..])
                && between_xy.chars().filter(|c| matches!(c, '，' | ',')).count() == 1;
            let verb = between_yd.trim_end_matches('了');
            if !base_ok || !one_mark || chars(verb) > 2 || between_yd.chars().any(crate::numbers::is_clause_mark) {
                continue;
            }
            (y, x, verb)
        } else if x_pre.contains(&['由', '从'][..]) && (between_xy.contains('到') || between_xy.contains('至')) {
            // `由A增加到B,增加D`: the change in a clause of its own that only words it.
            let from_gap = x_pre.rsplit(&['由', '从'][..]).next().unwrap_or("");
            if chars(between_xy) > MAX_CHANGE_LINK
                || between_xy.chars().any(crate::numbers::is_clause_mark)
                || chars(from_gap) > 8
            {
                continue;
            }
            let d_pre = clause_before(s.text, d.range.start);
            let marks = between_yd.chars().filter(|c| crate::numbers::is_clause_mark(*c)).count();
            if marks != 1 || !between_yd.starts_with(&['，', ','][..]) || !opens_with_change(d_pre) || chars(d_pre) > 6
            {
                continue;
            }
            if names_change(x_pre) && x_pre.contains("新增") {
                continue;
            }
            (x, y, d_pre)
        } else {
            continue;
        };
        let Some(up) = direction(verb) else { continue };
        if d_pre_is_average(s, d) {
            continue;
        }
        let diff = to.value - from.value;
        // Each figure may be rounded as written (12亿元 stands for 11.5亿–12.5亿): a difference
        // within that is likely wrong, not certain.
        let slack = from.rounding(s.text) + to.rounding(s.text) + d.rounding(s.text);
        let wrong_way = (diff > 0.0) != up && diff != 0.0;
        if !wrong_way && agrees(d.value, d.precision, diff.abs()) {
            continue;
        }
        let severity =
            if !wrong_way && (d.value - diff.abs()).abs() <= slack { Severity::Warning } else { Severity::Error };
        let msg = format!(
            "由{}到{}{}{},文中写作“{}{}”,请核对",
            show(from.value, from.unit),
            show(to.value, to.unit),
            if diff >= 0.0 { "增加" } else { "减少" },
            show(diff.abs(), d.unit),
            verb.trim_start_matches(&['，', ','][..]),
            &s.text[d.range.clone()]
        );
        out.push(Finding::new(id, severity, s.abs(&d.range), msg));
        return;
    }
}

/// The figure is an average or a rate over years (年均增加, 平均每年).
fn d_pre_is_average(s: &Sentence, d: &Quantity) -> bool {
    let pre = clause_before(s.text, d.range.start);
    AVERAGE_WORDS.iter().chain(PER_TIME).any(|w| pre.contains(w))
}

fn push_product(
    id: &'static str,
    s: &Sentence,
    c: &Quantity,
    e: &Quantity,
    t: &Quantity,
    product: f64,
    out: &mut Vec<Finding>,
) {
    let msg = format!(
        "{}×{}={},文中写作“{}”,请核对人数(户数)、标准或合计",
        show(c.value, c.unit),
        show(e.value, e.unit),
        show(product, e.unit),
        &s.text[t.range.clone()]
    );
    let mut f = Finding::new(id, Severity::Error, s.abs(&t.range), msg);
    if let Some(r) = replacement(s, t, product) {
        f = f.with_fix(s.abs(&t.figure), r, false);
    }
    out.push(f);
}

#[cfg(test)]
mod tests {
    #[test]
    fn each_names_its_noun() {
        let nouns: Vec<_> = super::EACH.iter().map(super::each_noun).collect();
        let want = "人 人 人 人 户 户 个 家 所 村 场 期 次 支 项";
        assert_eq!(nouns.join(" ").trim_end(), want);
    }

    use super::*;
    use crate::rules::test_util::{assert_clean, assert_flags, findings};

    #[test]
    fn wholes_with_a_level_clause_a_subset_whole_and_a_bracket_after_a_list() {
        let t = "“三公”经费支出预算为4432万元,与2020年预算基本持平,其中:因公出国(境)费用39万元,公务接待费323万元,公务用车购置及运行维护费4070万元。";
        assert_clean(&TotalMismatch, t);
        assert_flags(&TotalMismatch, &t.replace("323", "373"), &["4432万元"]);
        let t = "共审议法律草案40件,通过其中24件,包括制定法律6件,修改法律14件,作出法律解释1件、有关决定3件。";
        assert_clean(&TotalMismatch, t);
        assert_flags(&TotalMismatch, &t.replace("14件", "16件"), &["24件"]);
        let t = "60岁以上老人20561人,学前儿童1522名,残疾人1586名(肢残788人、视力残疾162人、听力残疾139人、精神残疾277人、智力残疾196人、多重残疾24人)。";
        assert_clean(&TotalMismatch, t);
        assert_flags(&TotalMismatch, &t.replace("277", "297"), &["1586名"]);
        // What 含 opens breaks the part before down (a real survey of a district's health staff).
        let t = "各医疗卫生机构共有在岗职工2058人,其中医生技术人员1597人,含执业(助理)医师564人、注册护士630人,全区每千常住人口执业(助理)医师数为5.87人。";
        assert_clean(&TotalMismatch, t);
        assert_flags(&TotalMismatch, &t.replace("1597", "2597"), &["2058人"]);
        // Two kinds of one whole with their rates between; a part's change against a named year; a
        // whole named 总 after another figure of its unit (real releases and budget notes).
        let t = "今年1—2月苏州市外贸进出口4134.9亿元,比去年同期增长16.9%,占全省同期进出口总值49.2%,其中出口2407.7亿元、增长14%,进口1727.2亿元、增长20.3%。";
        assert_clean(&TotalMismatch, t);
        assert_flags(&TotalMismatch, &t.replace("1727.2", "1927.2"), &["4134.9亿元"]);
        let t = "“三公”经费财政拨款预算控制数为55万元,较2015年下降1万元,其中:因公出国(境)经费未安排预算;公务接待费30万元,较2015年预算下降6万元,主要原因是严格执行中央八项规定;公务用车购置及运行维护费25万元,较2015年预算增加5万元。";
        assert_clean(&TotalMismatch, t);
        assert_flags(&TotalMismatch, &t.replace("接待费30", "接待费36"), &["55万元"]);
        let t = "部门预算收入总额4169万元,拟安排支出总额4169万元,其中:上级提前通知转移支付支出2779万元,人员支出1256万元,公用支出89万元,项目支出45万元。";
        assert_clean(&TotalMismatch, t);
        assert_flags(&TotalMismatch, &t.replace("1256", "1356"), &["4169万元"]);
        // A breakdown short of its whole with parts counted by another measure word among it.
        assert_clean(&TotalMismatch, "全县现有各类卫生健康机构136个,其中:县直卫生健康机构4个;二级民营医院1家,乡镇卫生院9家,村卫生室91个,个体诊所31个。");
        // Parts in whole 亿 are rounded to the 亿 (a province's grain, as published).
        assert_clean(&TotalMismatch, "吉林省粮食总产668.6亿斤。其中玉米512亿斤,稻谷124亿斤,大豆10亿斤,其它23亿斤。");
        // A whole told by its kinds after a full stop (a district's retail sales).
        let t = "前三季度全区实现社会消费品零售总额440.96亿元,同比增长4.1%。按经营单位所在地分,城镇消费品零售额351.65亿元,增长4.0%;乡村消费品零售额89.31亿元,增长4.8%。";
        assert_clean(&TotalMismatch, t);
        assert_flags(&TotalMismatch, &t.replace("89.31", "109.31"), &["440.96亿元"]);
        // The whole's rank stands between it and its parts; trade is counted in dollars (a city's trade).
        let t = "1~5月份,全市实现进出口104357万美元,同比增长10%,进出口总额居全省第二位。其中,实现出口66868万美元,同比增长15.0%,出口额居全省第三位;实现进口37489万美元,同比增长2.0%。";
        assert_clean(&TotalMismatch, t);
        assert_flags(&TotalMismatch, &t.replace("37489", "39489"), &["104357万美元"]);
        // A whole counted with 个 and its noun, parts with the noun's measure word (a city's projects).
        let t = "此次共有98个项目集中开工,总投资120.14亿元。其中,产业项目有77项,总投资101.23亿元;基础设施项目16项,总投资16.6亿元;民生项目5项,总投资2.31亿元。";
        assert_clean(&TotalMismatch, t);
        assert_flags(&TotalMismatch, &t.replace("设施项目16项", "设施项目19项"), &["98个"]);
        // Parts in clauses parted by ；, each with a figure of another measure (a county's schools).
        let t = "全县现有公办中小学校349所,在校生156928人,其中:小学312所,学生91635人;初级中学32所,学生44949人;普通高中2所,学生9788人;职业中学2所,学生10470人;特殊教育学校1所,学生86人。";
        assert_clean(&TotalMismatch, t);
        assert_flags(&TotalMismatch, &t.replace("中学32所", "中学35所"), &["349所"]);
        // Reasons for the whole's change stand between it and its parts (a real 三公 account).
        let t = "“三公”经费5834万元,较2015年下降2.3%,主要是贯彻落实中央八项规定,加强公车管理,严控公务接待。其中:公务用车购置安排692万元,主要是执法车辆增加;公车运行及维护4612万元,较上年下降21%;公务接待费430万元,与上年持平;因公出国100万元,与上年持平。";
        assert_clean(&TotalMismatch, t);
        assert_flags(&TotalMismatch, &t.replace("4612", "4812"), &["5834万元"]);
        // A comparison's figure is a difference, and the bracket after it no breakdown (a real survey).
        let t = "人均可支配收入比全市低2568元(全市为21585元),比全省低5121元(全省为24138元),在全市排第6位。";
        assert_clean(&TotalMismatch, t);
    }

    #[test]
    fn a_breakdown_naming_every_kind_is_all_of_its_whole() {
        // Two kinds that have no others (出口/进口, 夏粮/秋粮, 男/女): short of the whole is a warning.
        let t = "全市进出口总值4138.2亿元,增长12.3%。其中,出口2637.4亿元,增长12.1%;进口1300.8亿元,增长12.6%。";
        assert_flags(&TotalMismatch, t, &["4138.2亿元"]);
        assert_eq!(findings(&TotalMismatch, t)[0].severity, Severity::Warning);
        assert_clean(&TotalMismatch, &t.replace("1300.8", "1500.8"));
        let t = "全年粮食总产量20.2万吨,比上年增长2.5%。其中,夏粮总产量10.5万吨,增长1.9%;秋粮总产量7.9万吨,增长3.2%。";
        assert_flags(&TotalMismatch, t, &["20.2万吨"]);
        assert_clean(&TotalMismatch, &t.replace("7.9万吨", "9.7万吨"));
        assert_flags(&TotalMismatch, "全校共有教职工120人,其中男教师45人,女教师65人。", &["120人"]);
        assert_clean(&TotalMismatch, "全校共有教职工120人,其中男教师55人,女教师65人。");
        // Two parts that are not every kind may leave others out.
        assert_clean(&TotalMismatch, "全校共有教职工120人,其中党员45人,女教师65人。");
        // A note on how the whole was reckoned stands between it and its change.
        let t = "全县生产总值254.5亿元,按可比价格计算,比上年增长5.2%。其中:第一产业增加值23.3亿元,增长5.2%;第二产业增加值139.8亿元,增长7.1%;第三产业增加值101.4亿元,增长3%。";
        assert_flags(&TotalMismatch, t, &["254.5亿元"]);
        assert_clean(&TotalMismatch, &t.replace("139.8", "129.8"));
        // What the kinds use has other users (居民生活用电, in the next sentence).
        let t = "全社会用电量8,475亿千瓦时,按年增长8.5%。其中,第一产业用电量121亿千瓦时,按年增长6.4%;第二产业用电量5,379亿千瓦时,按年增长3.6%;第三产业用电量1,652亿千瓦时,按年增长12.7%。城乡居民生活用电量1323亿千瓦时,按年增长27.8%。";
        assert_clean(&TotalMismatch, t);
        // A mark the whole passed is no whole (突破1600亿元大关).
        assert_clean(&TotalMismatch, "生产总值1605.1亿元,比上年增长8.2%。经济总量突破1600亿元大关。其中,第一产业增加值208.2亿元,增长3.7%;第二产业增加值940.0亿元,增长8.4%;第三产业增加值456.9亿元,增长10.0%。");
    }

    #[test]
    fn a_set_a_part_ranks_in_is_no_part() {
        // 在…N个…中: the set the part is ranked in, which may well be larger than the whole.
        let t = "营收过亿元企业6家,其中某某集团营业收入35.2亿元,在全省80家重点企业中排名第九;某某公司12.1亿元,全省第二十位。";
        assert_clean(&TotalMismatch, t);
        assert_flags(&TotalMismatch, "营收过亿元企业6家,其中国有企业8家,民营企业2家。", &["6家"]);
        // 在 that opens the part's own name (在校生, 在建) still names a part.
        assert_flags(&TotalMismatch, "全县共有项目6个,其中在建项目8个。", &["6个"]);
    }

    #[test]
    fn a_whole_listed_first_with_its_own_parts_is_no_breakdown() {
        let t = "参训教师60名,男25名,女35名,受训学员总数48名。";
        assert_clean(&TotalMismatch, t);
        assert_flags(&TotalMismatch, "参训教师60名,男25名,女38名,受训学员总数48名。", &["48名"]);
    }

    #[test]
    fn an_earlier_groups_total_is_no_product() {
        assert_clean(
            &TotalMismatch,
            "慰问了特困职工53名,共发放慰问救济金21200元,并慰问了2名特困职工,为他们每人送去500元。",
        );
        assert_flags(&TotalMismatch, "共发放补贴21200元,扶持2名职工,每人500元。", &["21200元"]);
    }

    #[test]
    fn parts_past_the_wholes_own_change_and_brackets() {
        // The whole's own rate or change before 其中, each part with its own change, parts parted by ；.
        let t = "全市一般公共预算收入700.4亿元，增长1.9%。其中：市本级收入341.5亿元，下降0.7%；区级收入398.9亿元，增长4.4%。";
        assert_flags(&TotalMismatch, t, &["700.4亿元"]);
        assert_clean(&TotalMismatch, &t.replace("398.9", "358.9"));
        let t = "全县共有学校125所，比上年增加2所。其中，小学90所，比上年增加2所；初中28所；普通高中5所；职业中学4所。";
        assert_flags(&TotalMismatch, t, &["125所"]);
        assert_clean(&TotalMismatch, &t.replace("高中5所", "高中3所"));
        // Rates after parts parted by ，: the parts may cut across each other.
        assert_clean(&TotalMismatch, "完成投资5200亿元，增长9.1%，其中工业投资1500亿元，增长15.3%，民间投资2800亿元，增长5.2%，基础设施投资1100亿元，增长8.6%。");
        // A bracket right after a figure; a part's own bracket is stepped over; a 其中 in brackets ends there.
        assert_flags(
            &TotalMismatch,
            "共有医院1034家(综合医院561家,中医医院151家,专科医院351家,护理院11家)。",
            &["1034家"],
        );
        assert_clean(&TotalMismatch, "共有医院1034家(综合医院561家,中医医院151家,专科医院311家,护理院11家)。");
        assert_flags(
            &TotalMismatch,
            "公办学校191所,其中初级中学22所,高完中2所,中心小学73所,村小(教学点)97所。",
            &["191所"],
        );
        assert_clean(&TotalMismatch, "公办学校191所,其中初级中学22所,高完中2所,中心小学73所,村小(教学点)94所。");
        assert_clean(&TotalMismatch, "计划开工项目255项(其中1-10月份计划新开工223项),目前实际已开工206项。");
        // Parts parted by ，end at a ；; a space between a figure and its unit; a yield is no total.
        assert_clean(&TotalMismatch, "新收案件 878247件,其中刑事案件19200件,民商事案件489642件,知识产权案件60929 件,行政案件 28008 件,执行案件260167件,其他案件20301 件;审结案件899420 件。");
        assert_flags(&TotalMismatch, "新收案件 878247件,其中刑事案件19200件,民商事案件499642件,知识产权案件60929 件,行政案件 28008 件,执行案件260167件,其他案件20301 件。", &["878247件"]);
        assert_clean(&TotalMismatch, "粮食单产为405.00公斤/亩,比上年减少18.75公斤,下降4.4%。其中,夏粮单产为445.43公斤/亩;秋粮单产为359.70公斤/亩。");
    }

    #[test]
    fn a_stated_change_is_the_difference() {
        assert_flags(&TotalMismatch, "城镇新增就业3260人，比上年的2840人增加520人，失业率2.8%。", &["520人"]);
        assert_clean(&TotalMismatch, "城镇新增就业3260人，比上年的2840人增加420人，失业率2.8%。");
        assert_flags(&TotalMismatch, "会员由2019年的120人增加到2023年的300人，增加160人。", &["160人"]);
        assert_clean(&TotalMismatch, "会员由2019年的120人增加到2023年的300人，增加180人。");
        assert_flags(&TotalMismatch, "受理案件1640件，比上年的1860件增加220件。", &["220件"]);
        // An average over years, or a count of its own (新增): nothing.
        assert_clean(&TotalMismatch, "会员由120人增加到300人，年均增加45人。");
        assert_clean(&TotalMismatch, "会员由120人增加到300人，新增会员小组12个。");
    }

    #[test]
    fn an_average_over_a_count_written_with_its_total() {
        // 312户548人: the count right before the total, no mark between.
        assert_flags(&TotalMismatch, "全镇有特困供养对象125户230人，户均2.4人，全年发放资金96万元。", &["2.4人"]);
        assert_clean(&TotalMismatch, "全镇有特困供养对象125户230人，户均1.84人，全年发放资金96万元。");
        let f = findings(&TotalMismatch, "全镇有特困供养对象125户230人，户均2.4人。");
        assert_eq!(f[0].severity, Severity::Warning);
        // The count inside the total's clause, the total marked 共计; 生均 over pupils.
        assert_flags(&TotalMismatch, "为86户受灾家庭发放救助金共计34.4万元，户均5000元。", &["5000元"]);
        assert_clean(&TotalMismatch, "为86户受灾家庭发放救助金共计34.4万元，户均4000元。");
        assert_clean(&TotalMismatch, "为86户受灾家庭发放救助金34.4万元，户均5000元。");
        assert_flags(&TotalMismatch, "学校现有藏书5.4万册，在校学生1200人，生均55册。", &["55册"]);
        assert_clean(&TotalMismatch, "学校现有藏书5.4万册，在校学生1200人，生均45册。");
    }

    #[test]
    fn a_years_total_over_its_months() {
        assert_flags(&TotalMismatch, "全年组织志愿服务活动96场，平均每月10场。", &["10场"]);
        assert_clean(&TotalMismatch, "全年组织志愿服务活动96场，平均每月8场。");
        // Not the year's figure, or another noun after the marker: nothing.
        assert_clean(&TotalMismatch, "上半年组织志愿服务活动96场，平均每月10场。");
        assert_clean(&TotalMismatch, "全年组织志愿服务活动96场，平均每月参与300人次。");
    }

    #[test]
    fn an_average_after_its_total_and_count() {
        let warned = |text: &str| findings(&TotalMismatch, text).iter().any(|f| f.severity == Severity::Warning);
        assert!(warned("发放补贴资金126万元，惠及420户，户均3500元，补贴面积1.15万亩。"));
        assert!(warned("全村农户320户、1080人，集体经营性收入86.4万元，人均900元。"));
        assert!(warned("举办讲座48场，参与家长2880人次，平均每场70人次。"));
        assert_clean(&TotalMismatch, "发放补贴资金126万元，惠及420户，户均3000元，补贴面积1.15万亩。");
        assert_clean(&TotalMismatch, "全村农户320户、1080人，集体经营性收入86.4万元，人均800元。");
        assert_clean(&TotalMismatch, "举办讲座48场，参与家长2880人次，平均每场60人次。");
        // Another figure per head (人均消费, 人均增收), an approximation, rounding within 3%.
        assert_clean(&TotalMismatch, "接待游客1200万人次，旅游收入96亿元，人均消费900元。");
        assert_clean(&TotalMismatch, "发放补贴资金126万元，惠及420户，户均3500元以上。");
        assert_clean(&TotalMismatch, "发放资助资金189万元，资助学生1272人，人均1500元。");
    }

    #[test]
    fn a_breakdown_is_held_to_an_earlier_whole_of_its_kind() {
        let warned = |text: &str| {
            findings(&TotalMismatch, text)
                .iter()
                .map(|f| (f.severity, text[f.range.clone()].to_string()))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            warned("全年粮食总产量达到36.5万吨,比上年增长2.1%,其中夏粮12.3万吨、秋粮25.2万吨。"),
            [(Severity::Warning, "36.5万吨".to_string())]
        );
        assert_eq!(
            warned("全县共有中小学校128所,在校学生6.2万人,其中小学89所、初中35所、高中8所。"),
            [(Severity::Warning, "128所".to_string())]
        );
        // Above 832 but not above 856: the whole may be either, so nothing.
        assert_clean(
            &TotalMismatch,
            "受理来信来访856件次,办结832件,办结率97.2%,其中网上信访312件、来信198件、来访346件。",
        );
        assert_flags(
            &TotalMismatch,
            "受理来信来访856件次,办结832件,办结率97.2%,其中网上信访312件、来信198件、来访364件。",
            &["856件次"],
        );
        assert_clean(&TotalMismatch, "全年粮食总产量达到36.5万吨,比上年增长2.1%,其中夏粮12.3万吨、秋粮24.2万吨。");
        // A tax named 增值税 is a part, not a change (增 is no verb there).
        assert_eq!(
            warned("全年实现税收收入38.6亿元,同比增长7.2%,其中增值税25.2亿元、企业所得税8.6亿元、个人所得税6.1亿元。"),
            [(Severity::Warning, "38.6亿元".to_string())]
        );
        assert_clean(
            &TotalMismatch,
            "全年实现税收收入38.6亿元,同比增长7.2%,其中增值税25.2亿元、企业所得税7.3亿元、个人所得税6.1亿元。",
        );
        // The whole is a change or an average: not a whole.
        assert_clean(&TotalMismatch, "产量由30万吨增加到36.5万吨,增长21.7%,其中夏粮12.3万吨、秋粮25.2万吨。");
        // A 、 enumeration after 其中 ends at the clause mark after it.
        assert_clean(
            &TotalMismatch,
            "社区共有党员286名,其中在职党员112名、离退休党员148名、流动党员26名,全年发展新党员8名。",
        );
        // Clause-separated figures far under a bare total are no breakdown of it.
        assert_clean(
            &TotalMismatch,
            "共发展新党员15名,其中女党员6名,35岁以下党员11名,大专以上学历9名,党员总数达到326名。",
        );
    }

    #[test]
    fn parts_must_add_up_to_their_total() {
        assert_flags(&TotalMismatch, "走访慰问困难妇女126户、困难儿童75户,共计210户。", &["210户"]);
        assert_flags(&TotalMismatch, "上半年举办12场,下半年举办9场,全年共举办20场。", &["20场"]);
        assert_flags(&TotalMismatch, "新建妇女之家5个、儿童之家3个、巾帼驿站4个,合计13个。", &["13个"]);
        assert_flags(
            &TotalMismatch,
            "争取省级资金2,400万元、市级资金1.6亿元、县级配套资金0.8亿元,三项合计4.4亿元。",
            &["4.4亿元"],
        );
        assert_clean(&TotalMismatch, "争取省级资金2,400万元、市级资金1.6亿元、县级配套资金0.8亿元,三项合计2.64亿元。");
        assert_flags(&TotalMismatch, "发放慰问金城区1.2万元、农村2.5万元,总计3.9万元。", &["3.9万元"]);
        assert_flags(&TotalMismatch, "培训农村妇女三十人、城镇妇女二十人,共计六十人。", &["六十人"]);
        assert_clean(&TotalMismatch, "走访慰问困难妇女126户、困难儿童75户,共计201户。");
        assert_flags(&TotalMismatch, "走访慰问困难妇女126户和困难儿童75户,共计210户。", &["210户"]);
        assert_clean(&TotalMismatch, "走访慰问困难妇女126户和困难儿童75户,共计201户。");
        assert_clean(&TotalMismatch, "上半年举办12场,下半年举办8场,全年共举办20场。");
        assert_clean(&TotalMismatch, "发放慰问金城区1.2万元、农村2.5万元,总计3.7万元。");
        assert_clean(&TotalMismatch, "城区12000元、农村25000元,总计3.7万元。");
        assert_clean(&TotalMismatch, "城区12345元、农村25000元,总计3.7万元。");
        assert_clean(&TotalMismatch, "培训农村妇女三十人、城镇妇女二十人,共计五十人。");
    }

    #[test]
    fn unclear_lists_stay_silent() {
        // Different units, approximate parts, lists ending in 等, running totals.
        assert_clean(&TotalMismatch, "培训妇女126人、开展活动75场,共计210人。");
        assert_clean(&TotalMismatch, "走访困难妇女100余户、困难儿童75户,共计210户。");
        assert_clean(&TotalMismatch, "走访困难妇女126户、困难儿童75户等,共计300户。");
        assert_clean(&TotalMismatch, "2022年帮扶50户,2023年帮扶60户,累计帮扶200户。");
        assert_flags(
            &TotalMismatch,
            "累计培训家政人员1,618人次,其中育婴员612人次、养老护理员1106人次。",
            &["1,618人次"],
        );
        assert_clean(&TotalMismatch, "累计培训家政人员1,718人次,其中育婴员612人次、养老护理员1106人次。");
        assert_clean(&TotalMismatch, "累计帮扶困难家庭300户,其中今年新增80户。");
        assert_flags(&TotalMismatch, "帮扶困难妇女50户、留守儿童家庭60户,累计帮扶120户。", &["120户"]);
        assert_clean(&TotalMismatch, "帮扶困难妇女50户、留守儿童家庭60户,累计帮扶110户。");
        assert_clean(&TotalMismatch, "参与志愿服务近5000人次,发放资料2万余份。");
        assert_clean(&TotalMismatch, "接待来访120人次,同比增加20人次,共计140人次。");
        // Clauses that count different things, none the total's (a real community report).
        assert_clean(&TotalMismatch, "乒乓球团体第一名;游泳十个项目,丽都社区获得了七个第一名,共十五个奖项。");
        assert_flags(&TotalMismatch, "东区有三个公园,西区有七个公园,共十五个公园。", &["十五个"]);
    }

    #[test]
    fn a_full_breakdown_falls_short_of_its_total() {
        let warned = |text: &str| findings(&TotalMismatch, text).iter().any(|f| f.severity == Severity::Warning);
        assert!(warned("全市共有医疗卫生机构1,583个，其中医院46个、基层医疗卫生机构1,397个、专业公共卫生机构40个。"));
        assert_clean(
            &TotalMismatch,
            "全市共有医疗卫生机构1,583个，其中医院46个、基层医疗卫生机构1,497个、专业公共卫生机构40个。",
        );
        assert!(warned(
            "全年村集体收入合计86.4万元，其中：土地租赁收入42.6万元，光伏发电收益16.5万元，农贸市场摊位费25.3万元。"
        ));
        // A selection (well under the total), two parts, an unmarked whole: nothing.
        assert_clean(&TotalMismatch, "全县共有妇女之家210个,其中省级示范点6个、市级20个、县级50个。");
        assert_clean(&TotalMismatch, "全市共有医疗卫生机构1,583个，其中医院46个、基层医疗卫生机构1,397个。");
        assert_clean(
            &TotalMismatch,
            "全市有医疗卫生机构1,583个，其中医院46个、基层医疗卫生机构1,397个、专业公共卫生机构40个。",
        );
    }

    #[test]
    fn a_breakdown_short_where_the_same_kinds_make_up_another_whole() {
        let bulletin = "医疗卫生机构626个,其中:医院49个,基层医疗卫生机构567个,专业公共卫生机构10个。\
                        病床14398张,其中:医院12857张,基层医疗卫生机构561张,专业公共卫生机构680张。";
        assert_flags(&TotalMismatch, bulletin, &["14398张"]);
        let warned = findings(&TotalMismatch, bulletin);
        assert!(warned.iter().all(|f| f.severity == Severity::Warning));
        assert_clean(&TotalMismatch, &bulletin.replace("14398张", "14098张"));
        // Other kinds, or the exact sibling in another paragraph: the short one may be a selection.
        assert_clean(&TotalMismatch, &bulletin.replace("其中:医院12857张", "其中:综合医院12857张"));
        assert_clean(&TotalMismatch, &bulletin.replace("。病床", "。\n病床"));
        let cities = "1949年末,全国城市共有132个,其中,地级以上城市65个,县级市67个。\
                      到2018年末,城市个数达到672个,其中,地级以上城市297个,县级市357个。";
        assert_flags(&TotalMismatch, cities, &["672个"]);
        assert_clean(&TotalMismatch, &cities.replace("县级市67个", "县级市60个"));
    }

    #[test]
    fn parts_that_count_another_way_or_overlap_or_go_on() {
        // A share after the first part: the next figure counts another way.
        assert_clean(&TotalMismatch, "全院职工1,086人，其中卫生技术人员926人，占85.3%，高级职称186人。");
        // A step of a procedure counts the whole again, across the parts.
        assert_clean(&TotalMismatch, "共提交提案原件187件,其中会后17件,经审查立案175件,立案率93.6%。");
        assert_flags(&TotalMismatch, "共提交提案187件,其中会前90件,会后99件,经审查立案175件。", &["187件"]);
        // A part of a part, named by its share.
        assert_clean(&TotalMismatch, "学校有教职工62人；其中专任教师58人，本科以上学历54人，占专任教师的93.1%。");
        assert_clean(&TotalMismatch, "学校有教职工62人，其中专任教师58人，本科以上学历54人，占专任教师总数的93.1%。");
        // Parts that an earlier whole of the sentence holds: 其中 may reach back to it.
        assert_clean(
            &TotalMismatch,
            "查处食品安全案件68件，罚没款86.3万元，移送公安机关3件，其中涉“两超一非”案件12件。",
        );
        assert_flags(&TotalMismatch, "移送公安机关3件，其中涉“两超一非”案件12件。", &["3件"]);
        // Parts rounded as written, passing their whole by their rounding.
        assert_clean(
            &TotalMismatch,
            "实现生产总值109.64亿元,其中:第一产业增加值16.72亿元;第二产业增加值56.9亿元;第三产业增加值36.03亿元。",
        );
        // Parts the text says overlap, in a part's own name.
        assert_clean(
            &TotalMismatch,
            "共选举产生“两委”成员123852人,其中党组织成员71821人,居民委员会成员70690人,班子成员交叉任职18659人。",
        );
        assert_flags(
            &TotalMismatch,
            "共选举产生“两委”成员123852人,其中党组织成员71821人,居民委员会成员70690人。",
            &["123852人"],
        );
        // Parts the text says overlap.
        assert_clean(
            &TotalMismatch,
            "为1,860名持证残疾人发放两项补贴，其中困难残疾人生活补贴1,120人、重度残疾人护理补贴1,308人（部分人员同时享受两项补贴）。",
        );
        assert_flags(
            &TotalMismatch,
            "为1,860名持证残疾人发放两项补贴，其中困难残疾人生活补贴1,120人、重度残疾人护理补贴1,308人。",
            &["1,860名"],
        );
        // The list goes on after a comma with the part that makes up the shortfall.
        let trees = "共有古树名木1,286株，其中一级古树86株、二级古树326株、三级古树868株，名木6株。";
        assert_clean(&TotalMismatch, trees);
        assert!(!findings(&TotalMismatch, &trees.replace("名木6株", "名木9株")).is_empty());
    }

    #[test]
    fn figures_each_of_several_and_a_new_whole_after_a_semicolon() {
        // Figures two by two with their unit written once: none is a whole of the next pair.
        assert_clean(
            &TotalMismatch,
            "每百户移动电话拥有量分别为234部和222部,电脑拥有量分别达到90和33台,空调拥有量分别为160和45台。",
        );
        // A name with 各项 after a ；is a whole of its own, not a part of the first breakdown.
        let deposits = "各项存款余额266.89亿元,比上年增长10.02%,其中住户存款余额209.29亿元,增长11.98%;年末各项贷款余额140.92亿元,增长18.76%。";
        assert_clean(&TotalMismatch, deposits);
        // A part past its whole is still found.
        assert_flags(&TotalMismatch, "全县共有空调33台,其中新购45台。", &["33台"]);
        assert_flags(
            &TotalMismatch,
            "各项存款余额266.89亿元,其中住户存款余额209.29亿元;单位存款余额140.92亿元。",
            &["266.89亿元"],
        );
    }

    #[test]
    fn a_whole_past_its_own_rates_and_a_note_on_its_trend() {
        // The whole's growth and the change of its growth rate before 其中, across a full stop.
        let t = "完成外贸货物吞吐量80449万吨,同比增长9.1%,增速较去年同期回落4.2个百分点。其中,沿海港口完成73455万吨;内河港口完成6994万吨。";
        assert_clean(&TotalMismatch, t);
        assert_flags(&TotalMismatch, &t.replace("73455", "78455"), &["80449万吨"]);
        // A clause without figures on the whole's trend.
        let t =
            "完成外贸货物吞吐量11174万吨,同比增长18%,仍保持较快增幅。其中沿海港口完成10474万吨;内河港口完成700万吨。";
        assert_clean(&TotalMismatch, t);
        assert_flags(&TotalMismatch, &t.replace("10474", "11474"), &["11174万吨"]);
    }

    #[test]
    fn members_counted_by_ranges_add_up_to_their_whole() {
        let t = "16个州(市)中,常住人口超过500万人的有3个,在300万人至500万人之间的有3个,在100万人至300万人之间的有8个,少于100万人的有2个。其中,人口居前三位的合计占全省40.92%。";
        assert_clean(&TotalMismatch, t);
        assert_flags(&TotalMismatch, &t.replace("之间的有8个", "之间的有6个"), &["16个"]);
        // Counts not by ranges (two criteria) may overlap or leave members out.
        assert_clean(&TotalMismatch, "31个省份中,人口超过1亿人的省份有2个,获评先进的省份有9个,新设机构的省份有17个。");
        // Two ranges alone are too few to say they are all.
        assert_clean(&TotalMismatch, "16个州(市)中,常住人口超过500万人的有3个,少于100万人的有2个。");
    }

    #[test]
    fn two_kinds_that_are_all_of_their_whole() {
        let t = "全国规模以上港口完成货物吞吐量87079万吨。其中,沿海港口完成60990万吨;内河港口完成26089万吨。";
        assert_clean(&TotalMismatch, t);
        assert_flags(&TotalMismatch, &t.replace("26089", "20689"), &["87079万吨"]);
        let t =
            "年末全县参加基本养老保险人数93397人,其中:参加城镇基本养老保险人数4430人,参加农村社会养老保险人数88967人。";
        assert_clean(&TotalMismatch, t);
        assert_flags(&TotalMismatch, &t.replace("88967", "86967"), &["93397人"]);
        // Two kinds that leave others out stay silent when short.
        assert_clean(
            &TotalMismatch,
            "全国规模以上港口完成货物吞吐量87079万吨。其中,沿海港口完成60990万吨;长江港口完成20689万吨。",
        );
    }

    #[test]
    fn a_first_part_by_sex_cuts_across_the_others() {
        let t = "全镇共转移劳动力1682人,其中女性850人,苏南550人,本地300人。";
        assert_clean(&TotalMismatch, t);
        assert_flags(&TotalMismatch, &t.replace("本地300人", "本地1300人"), &["1682人"]);
        assert_flags(&TotalMismatch, "全镇共转移劳动力1682人,其中苏南850人,省内550人,本地300人。", &["1682人"]);
        assert_flags(&TotalMismatch, "今年共招收新生320名,其中男生170名、女生180名。", &["320名"]);
    }

    #[test]
    fn a_kind_and_its_negation_are_all_of_their_whole() {
        let t = "全国住房公积金从业人员4.48万人,其中,在编2.69万人,非在编1.79万人。";
        assert_clean(&TotalMismatch, t);
        assert_flags(&TotalMismatch, &t.replace("2.69", "2.96"), &["4.48万人"]);
        assert_flags(&TotalMismatch, &t.replace("2.69", "2.39"), &["4.48万人"]);
        // Two kinds that are not each other's negation may leave others out.
        assert_clean(&TotalMismatch, "从业人员4.48万人,其中,在编2.39万人,聘用1.79万人。");
    }

    #[test]
    fn parts_with_their_own_changes_after_a_whole_with_its_share_and_change() {
        let t = "累计完成公共财政预算总收入67949万元,为年初预算61.22%,比上年同期增加6517万元,增长10.61%。其中:地方公共财政预算收入完成53653万元,增加6455万元,增长14.28%;上划中央收入完成12133万元,减少282万元,下降2.27%;上划省级收入完成2163万元,增加344万元,增长9.01%。";
        assert_clean(&TotalMismatch, t);
        assert_flags(&TotalMismatch, &t.replace("2163万元", "4163万元"), &["67949万元"]);
        let t = "地方一般公共预算收入完成26,876万元,同比增加2,168万元,增长8.8%。其中:税收收入13,986万元,同比下降5.2%;非税收入12,890万元,增长29.1%。";
        assert_clean(&TotalMismatch, t);
        assert_flags(&TotalMismatch, &t.replace("13,986", "13,896"), &["26,876万元"]);
    }

    #[test]
    fn a_figure_named_as_the_whole_measures_the_part_before_it() {
        let t = "共受理诉讼案件6380件,同比上升3.85%,结案6201件,同比上升4.59%,结案率97.19%,同比上升6.7%。其中:受理民事案件5644件(含旧存199件),结案5489件,结案率97.25%。";
        assert_clean(&TotalMismatch, t);
        let t = "全年财政总收入178625万元,比上年增长44.2%。其中:地方一般预算收入123307万元,增长56.9%;税收总收入104717万元,增长59.6%。";
        assert_clean(&TotalMismatch, t);
    }

    #[test]
    fn parts_named_by_the_wholes_own_measure() {
        let t = "全年农林牧渔业总产值129878万元,比上年增长6.5%,其中,农业总产值77295万元,增长5.8%;林业总产值4024万元,下降5.0%;牧业总产值42825万元,增长8.2%;渔业总产值4017万元,增长9.2%;农林牧渔服务业总产值3717万元,增长4.0%。";
        assert_clean(&TotalMismatch, &t.replace("129878", "131878"));
        assert_flags(&TotalMismatch, t, &["129878万元"]);
    }

    #[test]
    fn parts_after_other_figures_of_the_whole() {
        let taxes = "全年组织税费收入386.42亿元，较上年增加24.57亿元，同比增长6.8%，其中税收收入312.65亿元、社会保险费收入68.23亿元、非税收入15.54亿元。";
        assert_flags(&TotalMismatch, taxes, &["386.42亿元"]);
        assert_clean(&TotalMismatch, &taxes.replace("68.23", "58.23"));
        let each = "全年共发展新团员412名，分别来自高中、中职和机关企事业单位，人数分别为296名、97名和29名。";
        assert_flags(&TotalMismatch, each, &["412名"]);
        assert_clean(&TotalMismatch, &each.replace("296名", "286名"));
    }

    #[test]
    fn averages_in_dense_report_sentences() {
        let warned = |text: &str| findings(&TotalMismatch, text).iter().any(|f| f.severity == Severity::Warning);
        let day = "2023年，中心完成门急诊诊疗10.95万人次，平均每天350人次。";
        assert!(warned(day));
        assert_clean(&TotalMismatch, &day.replace("350", "300"));
        let head = "全市公共图书馆总藏量达到486.2万册，比上年增加38.6万册，增幅8.6%，按全市常住人口434万人计算，人均藏书1.21册。";
        assert!(warned(head));
        assert_clean(&TotalMismatch, &head.replace("1.21册", "1.12册"));
        let thousand = "全市医疗卫生机构实有床位2.46万张，按常住人口382万人计算，每千人口床位数6.84张。";
        assert!(warned(thousand));
        assert_clean(&TotalMismatch, &thousand.replace("6.84", "6.44"));
        let each = "全县38个乡镇（街道）团委全年共组织志愿服务活动1596场次，平均每个团委48场次。";
        assert!(warned(each));
        assert_clean(&TotalMismatch, &each.replace("48场次", "42场次"));
        let parts = "发放奖助学金合计1,286.7万元，其中国家奖学金216万元、国家助学金684.5万元、校内奖助学金386.2万元，受资助学生共2，460人次，人均5,630元。";
        assert!(warned(parts));
        assert_clean(&TotalMismatch, &parts.replace("5,630", "5,230"));
        // Parallel figures of the average's unit: which is the total is unclear.
        assert_clean(&TotalMismatch, "全区126所中小学校共建立少先队大队126个、中队1890个，平均每所学校18个中队。");
        // 人均 before another noun without a count named for it.
        assert_clean(&TotalMismatch, "接待游客286.4万人次，旅游总收入24.35亿元，游客人均消费950元。");
    }

    #[test]
    fn parts_after_qizhong_never_exceed_the_total() {
        assert_flags(&TotalMismatch, "全年举办法治讲座20场,其中进社区15场、进企业9场。", &["20场"]);
        assert_flags(&TotalMismatch, "建立妇女之家三十个,其中示范点三十八个。", &["三十个"]);
        assert_flags(&TotalMismatch, "共受理信访案件45件,其中办结40件,正在办理8件。", &["45件"]);
        assert_flags(&TotalMismatch, "共培训妇女1,200人,包括其中农村妇女1,300人。", &["1,200人"]);
        assert_clean(&TotalMismatch, "全年举办法治讲座24场,其中进社区15场、进企业9场。");
        assert_flags(&TotalMismatch, "共举办法治讲座20场,包括进社区15场、进企业9场。", &["20场"]);
        assert_flags(&TotalMismatch, "建成两个示范基地,共200亩,分别为120亩、100亩。", &["200亩"]);
        assert_clean(&TotalMismatch, "建成两个示范基地,共220亩,分别为120亩、100亩。");
        assert_clean(&TotalMismatch, "全县共发生事故23起、死亡19人,上年分别为31起、24人。");
        assert_clean(&TotalMismatch, "建立妇女之家三十个,其中示范点八个。");
        assert_clean(&TotalMismatch, "共推选最美家庭50户,其中5户获评市级最美家庭。");
        assert_clean(&TotalMismatch, "共受理信访案件45件,其中办结40件,同比增加12件。");
        assert_clean(&TotalMismatch, "共有会员300余人,其中党员120人、团员200人。");
        assert_clean(&TotalMismatch, "全旗共救助小学女童73名,中学女学生5名,其中定期连续救助贫困女童37名。");
        assert_clean(&TotalMismatch, "现有教职工186人,其中专任教师142人,专任教师中具有博士学位的118人,占83.1%。");
        assert_flags(&TotalMismatch, "现有教职工186人,其中专任教师142人,管理人员中高级职称的58人。", &["186人"]);
    }

    #[test]
    fn count_times_each_gives_the_total() {
        assert_flags(&TotalMismatch, "为18名春蕾女童每人发放助学金1500元,共计3.7万元。", &["3.7万元"]);
        assert_flags(&TotalMismatch, "6名同志分别获得10000元奖励,共计8万元。", &["8万元"]);
        assert_flags(&TotalMismatch, "向13个村各拨付2000元,合计5万元。", &["5万元"]);
        assert_flags(&TotalMismatch, "慰问困难家庭20户,每户500元,共计1.2万元。", &["1.2万元"]);
        assert_flags(&TotalMismatch, "共发放慰问金3万元,慰问困难妇女40人,人均1000元。", &["3万元"]);
        assert_clean(&TotalMismatch, "为18名春蕾女童每人发放助学金1500元,共计2.7万元。");
        assert_clean(&TotalMismatch, "6名同志分别获得10000元奖励,共计6万元。");
        assert_clean(&TotalMismatch, "向13个村各拨付2000元,合计2.6万元。");
        assert_clean(&TotalMismatch, "慰问困难家庭20户,每户500元,共计1万元。");
        assert_clean(&TotalMismatch, "共发放慰问金3万元,慰问困难妇女30人,人均1000元。");
        assert_clean(&TotalMismatch, "慰问困难家庭约20户,每户500元,共计1.2万元。");
        assert_flags(&TotalMismatch, "全年培训6期,每期培训学员40人,累计培训300人。", &["300人"]);
        assert_flags(&TotalMismatch, "对考核优秀的5个村各奖励3000元,共计2万元。", &["2万元"]);
        assert_flags(&TotalMismatch, "共发放“春蕾”助学金6万元,资助贫困女童40名,人均2000元。", &["6万元"]);
        assert_clean(&TotalMismatch, "对考核优秀的5个村各奖励3000元,共计1.5万元。");
        assert_flags(&TotalMismatch, "每户补助2000元,共补助35户,合计8万元。", &["8万元"]);
        assert_clean(&TotalMismatch, "每户补助2000元,共补助35户,合计7万元。");
        assert_flags(&TotalMismatch, "其中进社区15场、进企业9场,共举办20场。", &["20场"]);
        assert_clean(&TotalMismatch, "其中进社区15场、进企业9场,共举办24场。");
        assert_clean(&TotalMismatch, "全年共发放创业担保贷款1.2亿元,扶持女性创业1500人,带动就业4500人,人均贷款8万元。");
    }

    #[test]
    fn relations_in_dense_report_sentences() {
        // An enumeration is the whole of the parts; a clause before it is about something else.
        assert_flags(
            &TotalMismatch,
            "国营农场由97个增加到106个，新建养老服务设施126个、社区食堂75个，共计210个，耕地面积增加到404万亩。",
            &["210个"],
        );
        assert_clean(
            &TotalMismatch,
            "国营农场由97个增加到106个，新建养老服务设施126个、社区食堂75个，共计201个，耕地面积增加到404万亩。",
        );
        // 新增 counts; 共 opening an enumeration governs it; 达到 is no change.
        assert_flags(&TotalMismatch, "新增城镇就业12.6万人和农村劳动力转移就业8.4万人，合计23万人。", &["23万人"]);
        assert_flags(&TotalMismatch, "全年共办理人大代表建议820件、政协提案960件，合计1880件。", &["1880件"]);
        assert_clean(&TotalMismatch, "全年共办理人大代表建议820件、政协提案960件，合计1780件。");
        assert_flags(
            &TotalMismatch,
            "全省粮食播种面积达到1.2亿亩，其中小麦4300万亩、玉米7200万亩、水稻1800万亩。",
            &["1.2亿亩"],
        );
        assert_clean(&TotalMismatch, "全省粮食播种面积达到1.2亿亩，其中小麦4300万亩、玉米6200万亩、水稻1800万亩。");
        // Published reports and look-alikes: silent.
        assert_clean(&TotalMismatch, "新增院士6人，“双导师制”培养工程硕博士3529名，“校招共用”招引企业紧缺人才94名。");
        assert_clean(&TotalMismatch, "居民人均可支配收入3.6万元，其中城镇居民4.8万元、农村居民2.1万元。");
        assert_clean(&TotalMismatch, "共救助城乡困难群众1000人，每人每月500元，全年共计600万元。");
        assert_clean(&TotalMismatch, "１９５５年本年收入合计２７，２０３，３１９，０００元，加上上年结转收入３，１５４，６５７，０００元，收入总数为３０，３５７，９７６，０００元。");
    }

    #[test]
    fn dense_paragraph_shapes_of_averages_and_breakdowns() {
        let warned = |text: &str| findings(&TotalMismatch, text).iter().any(|f| f.severity == Severity::Warning);
        // 亩均 over the acres, 平均班额 over the classes (counted in Chinese numerals), 减免 an amount.
        let acres = "全年新建高标准农田4,800亩，投入建设资金1,152万元，亩均2,600元。";
        assert!(warned(acres));
        assert_clean(&TotalMismatch, &acres.replace("2,600", "2,400"));
        let classes = "学校现有教学班十八个，在校学生612人，平均班额38人。";
        assert!(warned(classes));
        assert_clean(&TotalMismatch, &classes.replace("38人", "34人"));
        let relief = "全年减免困难群众水费38.4万元，惠及1,600户，户均300元。";
        assert!(warned(relief));
        assert_clean(&TotalMismatch, &relief.replace("300元", "240元"));
        // 各类 names the whole of a full breakdown; an aside after the whole is no clause of its own.
        let kinds = "全区建成各类养老服务设施258处；其中日间照料中心126处、老年食堂68处、助餐点54处。";
        assert!(warned(kinds));
        assert_clean(&TotalMismatch, &kinds.replace("54处", "64处"));
        let aside =
            "全年接待游客42.6万人次，同比增长8.1%（上年为39.4万人次）。其中市内游客28.2万人次、市外游客16.4万人次。";
        assert!(warned(aside));
        assert_clean(&TotalMismatch, &aside.replace("16.4", "14.4"));
    }

    #[test]
    fn figures_in_brackets_after_a_part_break_that_part_down() {
        let text = "全县共有学校487所,其中高中20所、初中205所、小学85所、幼儿园177所(公办58所,民办119所)。";
        assert_clean(&TotalMismatch, text);
        assert_clean(
            &TotalMismatch,
            "债务余额265.38亿元,其中政府债务260.96亿元(一般债务110.95亿元、专项债务150.01亿元)。",
        );
        assert_flags(&TotalMismatch, &text.replace("幼儿园177所", "幼儿园277所"), &["487所"]);
    }

    #[test]
    fn a_converted_total_is_no_plain_sum() {
        // A published university report: 外聘 staff count half (1443 + 681 × 0.5 ≈ 1784).
        assert_clean(&TotalMismatch, "学校现有专任教师1,443人、外聘教师681人,折合教师总数为1784人。");
        assert_flags(&TotalMismatch, "学校现有专任教师1,443人、外聘教师681人,教师总数为1784人。", &["1784人"]);
    }

    #[test]
    fn a_breakdown_ends_where_its_parts_make_the_whole() {
        // A second whole with its own breakdown after a complete one (a published report).
        let two =
            "全市五保对象2719人,其中集中供养973人,分散供养1746人,本级五保对象161人,其中集中供养63人,分散供养98人。";
        assert_clean(&TotalMismatch, two);
        assert_clean(&TotalMismatch, "全区共有养老机构48家，其中公办22家，民办26家，新增床位的机构12家。");
        assert_flags(&TotalMismatch, &two.replace("1746", "1846"), &["2719人"]);
    }

    #[test]
    fn a_breakdown_after_a_semicolon_or_full_stop() {
        // 其中 opening the next sentence still breaks down the whole before it.
        let roads = "全县新改建农村公路1,236公里；其中县道、乡道、村道分别为214公里、418公里和644公里。";
        assert_flags(&TotalMismatch, roads, &["1,236公里"]);
        assert_clean(&TotalMismatch, &roads.replace("644", "604"));
        assert_clean(
            &TotalMismatch,
            "油料作物产量14.5万吨，增长8.8%，其中：油菜籽产量11.1万吨，增长10.1%；蔬菜及食用菌总产量49.9万吨，增长4.0%。",
        );
        let list = "全年工会经费支出合计865.4万元。其中：职工教育支出392.6万元；维权支出198.3万元；业务支出201.5万元；资本性支出103万元。";
        assert_flags(&TotalMismatch, list, &["865.4万元"]);
        assert_clean(&TotalMismatch, &list.replace("103万元", "73万元"));
        // A clause after ；that opens a new time or the whole area again is no part.
        let stock = "全市专利授权量27138件,同比下降0.53%。其中发明专利4967件,同比下降0.14%;截至10月底,全市有效发明专利42673件;全市万人发明专利拥有量55.18件。";
        assert_clean(&TotalMismatch, stock);
        // Last year's figure before the breakdown is no whole of it; the year's own total is.
        let cases =
            "共受理案件1,428件，同比增长12.7%，上年同期为1,267件；其中刑事案件536件、民事案件864件、行政案件28件。";
        assert_clean(&TotalMismatch, cases);
        assert_flags(&TotalMismatch, &cases.replace("行政案件28件", "行政案件38件"), &["1,428件"]);
        // Without 其中 the next sentence is about something else.
        assert_clean(&TotalMismatch, "全县新改建农村公路1,236公里；县道、乡道分别新增814公里、618公里。");
    }

    #[test]
    fn severity_follows_how_plainly_the_relation_is_stated() {
        let sev = |t: &str| findings(&TotalMismatch, t)[0].severity;
        assert_eq!(sev("走访慰问困难妇女126户、困难儿童75户,共计210户。"), Severity::Error);
        assert_eq!(sev("上半年举办12场,下半年举办9场,全年合计20场。"), Severity::Error);
        assert_eq!(sev("上半年举办12场,下半年举办9场,全年共举办20场。"), Severity::Warning);
        assert_eq!(sev("建立妇女之家三十个,其中示范点三十八个。"), Severity::Error);
        assert_eq!(sev("全年举办法治讲座20场,其中进社区15场、进企业9场。"), Severity::Warning);
    }

    #[test]
    fn a_breakdown_past_a_full_stop_in_a_dense_paragraph() {
        // The whole's value added and its rates stand between; an aside; a part named with 、.
        let t = "实现总产值69.93亿元，比上年增长2.5%，增加值37.90亿元，增长2.7%。其中，农业产值9.79亿元，下降0.6%；牧业产值1.14亿元，下降21.7%；渔业产值60.75亿元，增长3.4%。";
        let f = findings(&TotalMismatch, t);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Warning);
        assert_clean(&TotalMismatch, &t.replace("9.79", "7.09").replace("1.14", "2.09"));
        let t =
            "进出口总值778.3亿元人民币,与去年同期相比(下同)下降2.7%。其中出口473.3亿元,下降1.7%;进口335亿元,下降4%。";
        assert_flags(&TotalMismatch, t, &["778.3亿元"]);
        assert_clean(&TotalMismatch, &t.replace("335", "305"));
        let t = "审结案件4258.4万件。其中，民事案件2632.8万件，依法办理减刑、假释案件212.5万件，执行案件1613.1万件。";
        assert_flags(&TotalMismatch, t, &["4258.4万件"]);
        assert_clean(&TotalMismatch, &t.replace("1613.1", "1413.1"));
        // The whole named again after its part (这128件) is no part of itself.
        assert_clean(
            &TotalMismatch,
            "民间借贷案件128件（同比增长77.77%），其中标的额在150万元以上的案件9件，这128件案件的总标的额达3365万元。",
        );
    }

    #[test]
    fn findings_explain_the_arithmetic() {
        let f = findings(&TotalMismatch, "为18名春蕾女童每人发放助学金1500元,共计3.7万元。");
        assert!(f[0].message.contains("18人×1500元=2.7万元"), "{}", f[0].message);
        assert_eq!(f[0].fixes[0].replacement, "2.7万");
        let f = findings(&TotalMismatch, "走访慰问困难妇女126户、困难儿童75户,共计210户。");
        assert!(f[0].message.contains("126户+75户=201户"), "{}", f[0].message);
        assert_eq!(f[0].fixes[0].replacement, "201");
    }
}
