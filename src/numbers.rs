//! Chinese and Arabic quantities: 1.03万元, 4980多万, 近万人, 95.54%, 百分之三十, 3倍, 翻两番, 三分之一.
//!
//! [`quantities`] scans a piece of text once and returns every *quantity* in it: a figure with a
//! unit or measure word (人, 人次, 名, 户, 元, 万元, %, 个百分点, 倍 …), its value in the base unit
//! (元, not 万元), the precision it is written to, and whether it is marked as approximate
//! (约, 近, 余, 多, 左右, 以上 …). Only quantities with a recognised unit are returned, so dates
//! (`5月20日`), years (`2023年`, `二〇二三年`), hotline and document numbers (`12338`, `15号`),
//! version numbers (`2.0版`) and ordinals (`第七届`, `第3名`, `十八届三中全会`) are left out.
//!
//! The numeric rules (`total-mismatch`, `count-mismatch`, `multiple-misuse`, `percent-mismatch`)
//! compare only quantities of the same [`Quantity::unit`]: 人 and 名 are both people, 人次 is
//! not; 元, 万元 and 亿元 are all 元.
//!
//! Real typesetting is read as written: full-width digits and the full-width point
//! (`３６．８０％`), thousands separators (`3,276`, `2，460亿元`, `2 460个`, `２７，２０３，０００元`;
//! a full-width comma or a space only when the figure then goes on to a unit and no 分别 or 、
//! says figures are listed), ranges (`30%～40%`, `3至5个`: both ends approximate) and bounds
//! (以内, 以上, 以下).
//!
//! The scan is linear in the length of the text; a figure of a million digits is one token.

use crate::text::Masks3;
use crate::text::Words;
use crate::words;
use std::ops::Range;

mod figure;
pub mod relations;

pub(crate) use figure::chinese_digit;
pub use figure::is_chinese_numeral_char;
use figure::{arabic_digit, big_place, is_chinese_numeral, parse_arabic, parse_chinese, small_place, starts_with_any};

/// One figure with its unit, as written in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// Byte range of the whole quantity: approximation prefix, figure and unit (`约3.5万元`).
    pub range: Range<usize>,
    /// Byte range of the figure alone (`3.5万`).
    pub figure: Range<usize>,
    /// Value in the base unit: `1.03万元` → 10300 (元), `95.54%` → 95.54 (%).
    pub value: f64,
    /// Value of one unit of the last digit written: `2.7万元` → 1000, `95.54%` → 0.01, `30人` → 1.
    pub precision: f64,
    /// Normalised unit: `人` for 人/名/位, `元` for 元/万元/亿元, `%` for %, 百分之 and 成, `个百分点`,
    /// `倍`, `番`, `分之` for fractions (value is the share, 三分之一 → 0.333…), or the measure word.
    pub unit: &'static str,
    /// Marked as approximate: 约, 近, 超过, 不到, 余, 多, 左右, 以上 …
    pub approx: bool,
    /// Written in Chinese numerals (三十八, 两).
    pub chinese: bool,
}

impl Quantity {
    /// A unit that counts or measures things (not %, ‰, 个百分点, 倍, 番 or a fraction).
    pub fn countable_unit(unit: &str) -> bool {
        !matches!(unit, "%" | "‰" | "个百分点" | "个千分点" | "倍" | "番" | "分之")
    }

    /// The figure rounds to `exact` at the precision it is written to (or is within one unit of the
    /// last digit, which also accepts figures truncated instead of rounded).
    pub fn agrees_with(&self, exact: f64) -> bool {
        agrees(self.value, self.precision, exact)
    }
}

impl Quantity {
    /// Half the width of the values the figure may stand for as written: nothing for a whole
    /// number of the base unit (1800人次 is exact), half its last digit (1.26万人), or half a
    /// whole 万/亿 when it is a whole number of them (12亿元 may be 11.5亿–12.5亿).
    pub fn rounding(&self, text: &str) -> f64 {
        let fig = &text[self.figure.clone()];
        if self.precision <= 1.0 && Self::countable_unit(self.unit) {
            0.0
        } else if fig.ends_with(&['万', '亿'][..]) && !fig.contains(&['.', '．'][..]) {
            self.precision * 5.0
        } else {
            self.precision / 2.0
        }
    }
}

/// The values `num ÷ den` may take when both are rounded as written: (value, half width) each.
pub fn ratio_range(num: (f64, f64), den: (f64, f64)) -> (f64, f64) {
    let lo = (num.0 - num.1) / (den.0 + den.1);
    let hi = if den.0 - den.1 > 0.0 { (num.0 + num.1) / (den.0 - den.1) } else { f64::INFINITY };
    (lo, hi)
}

/// The stated figure, rounded to its precision, may be a value strictly inside `lo..hi` (the
/// ends are the operands' rounding limits, which they never reach).
pub fn may_be_within(stated: f64, precision: f64, lo: f64, hi: f64) -> bool {
    let eps = 1e-9 * stated.abs().max(1.0);
    hi > stated - precision / 2.0 + eps && lo < stated + precision / 2.0 - eps
}

/// A stated ratio `stated` (in `scale`ths: 1 for 倍, 100 for %) against `num ÷ den` as written
/// (each operand with the text its ranges index: a paragraph's sentences have their own):
/// `None` when it agrees; else the computed ratio (in `scale`ths) and whether the operands'
/// rounding could still explain it (a warning rather than an error).
pub fn ratio_disagrees(
    stated: &Quantity,
    (num, num_text): (&Quantity, &str),
    (den, den_text): (&Quantity, &str),
    scale: f64,
) -> Option<(f64, bool)> {
    let ratio = num.value / den.value * scale;
    if agrees(stated.value, stated.precision, ratio) {
        return None;
    }
    let (lo, hi) = ratio_range((num.value, num.rounding(num_text)), (den.value, den.rounding(den_text)));
    Some((ratio, may_be_within(stated.value, stated.precision, lo * scale, hi * scale)))
}

/// `stated`, written to `precision`, agrees with the computed `exact` value: rounding or
/// truncating `exact` to that precision could give `stated`.
pub fn agrees(stated: f64, precision: f64, exact: f64) -> bool {
    let eps = 1e-9 * exact.abs().max(1.0);
    let p = precision.max(1e-12);
    // Rounded: exact ∈ [stated − p/2, stated + p/2]; truncated: exact ∈ [stated, stated + p).
    exact >= stated - p / 2.0 - eps && exact < stated + p - eps.min(p / 4.0) || (exact - stated).abs() <= eps
}

/// Measure words and units. A unit is the word itself except for those [`unit_named`] folds
/// (`名` is `人`). Kept as one string rather than (word, unit) pairs: 88 pairs of pointers cost the
/// browser module more than the text. (方面 counts items with no 个: `四方面工作：一是…`.)
const UNITS: Words = words![
    "个百分点", "百分点",
    // Birth and death rates are written per thousand, and change by 个千分点.
    "个千分点", "千分点", "人次", "户次", "场次", "家次", "余人次", "平方米", "立方米", "千瓦时", "千瓦", "公顷",
    "公里", "公斤", "小时", "课时", "人", "名", "位", "元", "户", "个", "场", "期", "次", "篇", "份", "起", "件", "架",
    "所", "支", "家", "项", "方面", "条", "处", "座", "批", "台", "辆", "套", "册", "卷", "款", "本", "张", "组", "对",
    "队", "岁", "天", "亩", "吨", "米", "轮", "节", "堂", "门", "种", "类", "例", "宗", "班", "栋", "幅", "块", "封",
    "首", "部", "村", "省", "县", "间", "株",
    // `四大板块`, `三大行动`: a count of kinds (党的二十大 is 20, never read as a count).
    "大", "棵",
    // Measure words of blood, freight and grain (3.6万单位, 1.2万治疗量, 2.86万票, 亿斤).
    "单位", "治疗量", "斤", "票", "倍", "番", "%", "％", "‰",
    // Trade is counted in dollars (`进出口104357万美元`).
    "美元",
];

/// The normalised unit of a word of [`UNITS`].
fn unit_named(w: &'static str) -> &'static str {
    match w {
        "百分点" => "个百分点",
        "千分点" => "个千分点",
        "余人次" => "人次",
        "名" | "位" => "人",
        "％" => "%",
        _ => w,
    }
}

/// Approximation markers written before a figure, longest first.
const APPROX_BEFORE: Words =
    words!["大约", "将近", "接近", "超过", "突破", "不到", "不足", "近", "约", "逾", "超", "达"];

/// A character a quantity's figure may start with: a digit or a Chinese numeral (百 also opens
/// 百分之, 一 also 一半).
fn may_open_figure(c: char) -> bool {
    c.is_ascii_digit() || FIGURE_CHARS3.contains(&c)
}

/// The three-byte characters a figure may start with (besides ASCII digits).
const FIGURE_CHARS3: [char; 27] = [
    '〇', '零', '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万', '亿', '０', '１',
    '２', '３', '４', '５', '６', '７', '８', '９',
];

/// [`FIGURE_CHARS3`] as byte masks.
const FIGURE3: Masks3 = Masks3::of(&FIGURE_CHARS3);

/// The characters of [`FIGURE3`] and [`MARK3`] together: [`split_line`] tells the rest of a
/// text's characters from them with one test.
const FIGURE_OR_MARK3: Masks3 = FIGURE3.union(&MARK3);

/// The three-byte marks that end a sentence for [`split_line`]: with one lead byte each (E3 and
/// EF), the masks match them exactly.
const MARK3: Masks3 = Masks3::of(&['。', '！', '；', '？']);

/// The three-byte character at byte `i` of `s` may open a figure ([`may_open_figure`]). Its
/// bytes rule out nearly all other characters ([`FIGURE3`]): only the rest are decoded and
/// compared. Inlined: as a call per character it cost more than the test itself.
#[inline(always)]
fn opens_figure3(s: &str, i: usize) -> bool {
    FIGURE3.pass(s.as_bytes(), i) && s[i..].chars().next().is_some_and(may_open_figure)
}

/// The byte offset of the first character at or after `from` that may open a figure.
///
/// Every character passes here, so they are told apart by their UTF-8 bytes.
fn next_figure_start(s: &str, from: usize) -> Option<usize> {
    let b = s.as_bytes();
    let mut i = from;
    while i < b.len() {
        let lead = b[i];
        if lead < 0x80 {
            if lead.is_ascii_digit() {
                return Some(i);
            }
            i += 1;
            continue;
        }
        if (0xE0..0xF0).contains(&lead) {
            if opens_figure3(s, i) {
                return Some(i);
            }
            i += 3;
            continue;
        }
        // Two- and four-byte characters: Latin, Greek, symbols, rare Han.
        i += if lead < 0xE0 { 2 } else { 4 };
    }
    None
}

/// Every quantity in `s` that carries a unit, in order. Offsets are byte offsets into `s`.
pub fn quantities(s: &str) -> Vec<Quantity> {
    quantities_up_to(s, usize::MAX)
}

/// Like [`quantities`], but stops once more than `max` are found (the caller gives up on such text).
pub fn quantities_up_to(s: &str, max: usize) -> Vec<Quantity> {
    quantities_from(s, max, &mut |i| next_figure_start(s, i))
}

/// Like [`quantities_up_to`], given where the characters that may open a figure stand in `s` (in
/// order), as [`scan_line`] finds them.
pub fn quantities_at(s: &str, max: usize, starts: &[usize]) -> Vec<Quantity> {
    let mut next = 0;
    quantities_from(s, max, &mut |i| {
        while starts.get(next).is_some_and(|&k| k < i) {
            next += 1;
        }
        starts.get(next).copied()
    })
}

/// The scan behind [`quantities_up_to`]: `next_start(i)` gives the first character at or after
/// byte `i` that may open a figure. (A `dyn`: one copy of this long function in the browser
/// module rather than one per caller.)
fn quantities_from(s: &str, max: usize, next_start: &mut dyn FnMut(usize) -> Option<usize>) -> Vec<Quantity> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() && out.len() <= max {
        // Most characters open no figure: skip them without the checks below.
        let Some(k) = next_start(i) else { break };
        i = k;
        let Some(c) = s[i..].chars().next() else { break };
        let clen = crate::text::char_len(c);
        // 百分之三十 / 百分之95
        if c == '百' && s[i..].starts_with("百分之") {
            let n = i + "百分之".len();
            if let Some(c2) = s[n..].chars().next() {
                if arabic_digit(c2).is_some() || (is_chinese_numeral(c2) && c2 != '万' && c2 != '亿') {
                    let f = if arabic_digit(c2).is_some() { parse_arabic(s, n) } else { parse_chinese(s, n) };
                    let (approx_before, start) = approx_prefix(s, i);
                    let end = f.end;
                    out.push(Quantity {
                        range: start..end,
                        figure: i..end,
                        value: f.value,
                        precision: f.precision,
                        unit: "%",
                        approx: approx_before,
                        chinese: f.chinese,
                    });
                    i = end;
                    continue;
                }
            }
        }
        if c == '一' && s[i..].starts_with("一半") && !s[..i].ends_with('第') {
            let (approx_before, start) = approx_prefix(s, i);
            let end = i + "一半".len();
            out.push(Quantity {
                range: start..end,
                figure: i..end,
                value: 0.5,
                precision: 1e-9,
                unit: "分之",
                approx: approx_before,
                chinese: true,
            });
            i = end;
            continue;
        }
        let arabic = arabic_digit(c).is_some();
        let chinese = !arabic
            && is_chinese_numeral(c)
            && !(small_place(c).is_some() && c != '十')
            // 万/亿 opening a figure only after 近/约/上/逾 (近万人, 上万元), not in 千家万户.
            && (big_place(c).is_none() || s[..i].ends_with(&['近', '约', '上', '逾'][..]));
        if !arabic && !chinese {
            i += clen;
            continue;
        }
        // Part of a longer token: a digit glued to letters (V2, A3), or a decimal after a dot.
        let before = s[..i].chars().next_back();
        let mut f = if arabic { parse_arabic(s, i) } else { parse_chinese(s, i) };
        let fig_start = i;
        let mut end = f.end;
        i = end.max(i + clen);
        // A minus sign after a word, not after a figure or a letter (增速较一季度的-7%): a negative
        // rate, kept only if a percentage follows (below).
        let minus = arabic
            && matches!(before, Some('-' | '－' | '−'))
            && s[..fig_start]
                .chars()
                .rev()
                .nth(1)
                .is_none_or(|b| !b.is_ascii_alphanumeric() && !"%％.．-/".contains(b));
        // (After an acronym of three letters or more, a figure stands on its own: AEFI189例, GDP100亿元.)
        let acronym = s[..fig_start].bytes().rev().take_while(u8::is_ascii_uppercase).count() >= 3;
        if arabic
            && !minus
            && !acronym
            && before.is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, '.' | '．' | '-' | '/'))
        {
            continue;
        }
        if before == Some('第') || s[..fig_start].ends_with("第 ") {
            continue;
        }
        if f.digit_string {
            continue;
        }
        // 一 inside a word (统一, 唯一, 之一, 一起, 一体), not a count.
        if f.chinese && f.end == fig_start + 3 && c == '一' {
            let glued_before = before.is_some_and(|b| "统唯之划同逐专单万如合归进".contains(b));
            let glued_after = ["起", "体", "样", "道"].iter().any(|w| s[f.end..].starts_with(w));
            if glued_before || glued_after {
                continue;
            }
        }
        // 三分之一
        if s[end..].starts_with("分之") {
            let n = end + "分之".len();
            if let Some(c2) = s[n..].chars().next() {
                let g = if arabic_digit(c2).is_some() {
                    Some(parse_arabic(s, n))
                } else if is_chinese_numeral(c2) {
                    Some(parse_chinese(s, n))
                } else {
                    None
                };
                if let Some(g) = g.filter(|_| f.value > 0.0) {
                    let (approx_before, start) = approx_prefix(s, fig_start);
                    out.push(Quantity {
                        range: start..g.end,
                        figure: fig_start..g.end,
                        value: g.value / f.value,
                        precision: 1e-9,
                        unit: "分之",
                        approx: approx_before,
                        chinese: f.chinese,
                    });
                    i = g.end;
                    continue;
                }
            }
        }
        // `10 亿元`: a space before the scale, as before a unit.
        if arabic && s[end..].starts_with(' ') {
            let scale = match s[end + 1..].chars().next() {
                Some('万') => 1e4,
                Some('亿') => 1e8,
                _ => 1.0,
            };
            if scale > 1.0 && unit_at(s, end + 4).is_some() {
                (f.value, f.precision, end) = (f.value * scale, f.precision * scale, end + 4);
            }
        }
        let mut approx = f.approx;
        if let Some(len) = starts_with_any(&s[end..], &["多", "余", "来"]) {
            approx = true;
            end += len;
        }
        // 增长三成, 占总数的七成: tenths, read as a percentage to the nearest ten.
        let tenths = f.chinese
            && s[end..].starts_with('成')
            && (2.0..=9.0).contains(&f.value)
            && f.value.fract() == 0.0
            && s[end + 3..].chars().next().is_none_or(|c| !crate::text::is_han(c) || "的以左多".contains(c));
        // (A space may part an Arabic figure from its unit: `60929 件`.)
        let spaced =
            || (arabic && s[end..].starts_with(' ')).then(|| unit_at(s, end + 1)).flatten().map(|(u, l)| (u, l + 1));
        let Some((unit, ulen)) = (if tenths { Some(("%", 3)) } else { unit_at(s, end).or_else(spaced) }) else {
            continue;
        };
        end += ulen;
        // 件次, 批次, 架次: counted as the unit (人次 is a unit of its own).
        if s[end..].starts_with('次') && unit != "次" {
            end += 3;
        }
        // A Chinese figure and measure word right before an Arabic figure is a label, not a count
        // (一组20人, 二组30人).
        if f.chinese && s[end..].chars().next().and_then(arabic_digit).is_some() {
            continue;
        }
        if let Some(len) = starts_with_any(&s[end..], &["左右", "以上", "以下", "以内", "上下", "之多"]) {
            approx = true;
            end += len;
        } else if (unit == "倍" || tenths) && (s[end..].starts_with('多') || s[end..].starts_with('余')) {
            approx = true; // 增长了一倍多, 三成多
            end += 3;
        }
        if minus && unit != "%" {
            continue;
        }
        let (approx_before, start) = approx_prefix(s, fig_start);
        // Either end of a range (30%～40%, 3至5个, 5-8人) is no exact figure.
        let range = in_range(s, fig_start, end);
        let (sign, fig_start, start) = match before.filter(|_| minus) {
            Some(m) => (-1.0, fig_start - crate::text::char_len(m), start.min(fig_start - crate::text::char_len(m))),
            None => (1.0, fig_start, start),
        };
        // 个 before 百分点 was taken as a unit above; 个 alone also starts 个百分点 handled by UNITS order.
        let (value, precision) = if tenths { (f.value * 10.0, 10.0) } else { (sign * f.value, f.precision) };
        out.push(Quantity {
            range: start..end,
            figure: fig_start..f.end,
            value,
            precision,
            unit,
            approx: approx || approx_before || range,
            chinese: f.chinese,
        });
        i = end;
    }
    out
}

/// Marks joining the two ends of a range: 30%～40%, 3至5个, 5-8人.
const RANGE_MARKS: &[char] = &['～', '~', '〜', '－', '-', '—', '–', '至'];

/// The quantity `start..end` is one end of a range: a range mark and a figure right after it, or
/// a figure and a range mark right before it. 至/到 between two figures with units is a change
/// (由80%至90%), so 至 counts only after a bare figure (3至5个).
fn in_range(s: &str, start: usize, end: usize) -> bool {
    let after = s[end..].chars().next().filter(|c| RANGE_MARKS.contains(c) && *c != '至');
    if let Some(m) = after {
        if s[end + crate::text::char_len(m)..].chars().next().is_some_and(|c| arabic_digit(c).is_some()) {
            return true;
        }
    }
    let Some(m) = s[..start].chars().next_back().filter(|c| RANGE_MARKS.contains(c)) else { return false };
    let before = s[..start - crate::text::char_len(m)].chars().next_back();
    before.is_some_and(|c| arabic_digit(c).is_some() || (m != '至' && matches!(c, '%' | '％')))
}

/// The first characters of [`UNITS`] (a match compiles to a few comparisons; most characters
/// after a figure are not units and are rejected here).
fn may_start_unit(c: char) -> bool {
    matches!(
        c,
        '个' | '百'
            | '省'
            | '县'
            | '立'
            | '千'
            | '人'
            | '户'
            | '场'
            | '家'
            | '余'
            | '平'
            | '公'
            | '小'
            | '课'
            | '名'
            | '位'
            | '元'
            | '期'
            | '次'
            | '篇'
            | '份'
            | '起'
            | '件'
            | '架'
            | '所'
            | '支'
            | '项'
            | '方'
            | '条'
            | '处'
            | '座'
            | '批'
            | '台'
            | '辆'
            | '套'
            | '册'
            | '卷'
            | '款'
            | '本'
            | '张'
            | '组'
            | '对'
            | '队'
            | '岁'
            | '天'
            | '亩'
            | '吨'
            | '米'
            | '轮'
            | '节'
            | '堂'
            | '门'
            | '种'
            | '类'
            | '例'
            | '宗'
            | '班'
            | '栋'
            | '幅'
            | '块'
            | '封'
            | '首'
            | '部'
            | '村'
            | '间'
            | '大'
            | '株'
            | '棵'
            | '单'
            | '治'
            | '斤'
            | '票'
            | '美'
            | '倍'
            | '番'
            | '%'
            | '‰'
            | '％'
    )
}

/// The unit at byte `i`, skipping the 万/亿 already folded into the value (so `万元` is `元`).
fn unit_at(s: &str, i: usize) -> Option<(&'static str, usize)> {
    let rest = &s[i..];
    let first = rest.chars().next()?;
    if !may_start_unit(first) {
        return None;
    }
    // Where one word is a prefix of another (个, 个百分点), the longest is the unit.
    UNITS.longest_prefix_of(rest).map(|w| (unit_named(w), w.len()))
}

/// An approximation marker just before byte `i`: (approximate?, start of the quantity).
fn approx_prefix(s: &str, i: usize) -> (bool, usize) {
    match APPROX_BEFORE.strip_suffix_of(&s[..i]) {
        // 达 alone means "reached", not approximate; 近/约 are.
        Some(before) if !s[..i].ends_with('达') => (true, before.len()),
        _ => (false, i),
    }
}

/// Byte ranges of the sentences of `line`: split after 。！？；; !? (the mark stays with its sentence).
pub fn sentences(line: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    split_line(line, false, &mut |r, _| out.push(r));
    out
}

/// One pass over `line` for the figure parse: calls `on_sentence` with each sentence's byte range
/// (split as [`sentences`] splits them, but running on over ； and before 其中: see [`runs_on`]) and the offsets, relative to the sentence, of its characters
/// that may open a figure (for [`quantities_at`]).
///
/// Read byte by byte: every line of the draft passes here, and both kinds of character are told
/// apart by their UTF-8 bytes without decoding the characters between them (a lead byte never
/// occurs inside another character).
pub fn scan_line(line: &str, mut on_sentence: impl FnMut(Range<usize>, &[usize])) {
    split_line(line, true, &mut on_sentence);
}

/// [`scan_line`], looking for figures only when `figures` is set (the offsets are then empty).
/// (`on_sentence` is a `dyn`: one copy of this walk in the browser module, not one per caller.)
fn split_line(line: &str, figures: bool, on_sentence: &mut dyn FnMut(Range<usize>, &[usize])) {
    let b = line.as_bytes();
    let mut starts = Vec::new();
    let mut start = 0;
    let mut k = 0;
    while k < b.len() {
        let lead = b[k];
        // The length of the character from its lead byte; a mark is known by its bytes.
        let (len, mark) = if lead < 0x80 {
            if figures && lead.is_ascii_digit() {
                starts.push(k - start);
            }
            (1, matches!(lead, b';' | b'!' | b'?'))
        } else if lead < 0xE0 {
            (2, false)
        } else if lead < 0xF0 {
            // One rarely taken branch for most characters, then the two tests.
            if !FIGURE_OR_MARK3.pass(b, k) {
                (3, false)
            } else {
                if figures && opens_figure3(line, k) {
                    starts.push(k - start);
                }
                (3, MARK3.pass(b, k))
            }
        } else {
            (4, false)
        };
        k += len;
        if mark && !(figures && runs_on(line, k)) {
            on_sentence(start..k, &starts);
            starts.clear();
            start = k;
        }
    }
    if start < line.len() {
        on_sentence(start..line.len(), &starts);
    }
}

/// For the figure parse, the sentence runs on over the mark ending at `k`: a ；(the clauses it
/// joins share their figures: `计划融资120亿元；实际到位108.6亿元，完成率90.5%`), or a breakdown
/// opened by 其中 or by the kinds it is told by (`…440.96亿元。按经营单位所在地分,城镇…`) after a 。
/// (`…1.26亿吨。其中煤炭…`) stays with the whole before it.
fn runs_on(line: &str, k: usize) -> bool {
    let b = line.as_bytes();
    // (； is the only mark of the three-byte ones that ends in 9B.)
    matches!(b[k - 1], 0x9B | b';') || b[k..].starts_with("其中".as_bytes()) || told_by_kinds(&line[k..])
}

/// Characters a clause `按…分,` may take (`按经营单位所在地分,`).
const BY_KINDS_CHARS: usize = 12;

/// `t` opens with a clause `按…分,` that tells a whole by its kinds. Only its first characters
/// are read: a line of many 按 stays linear.
pub fn told_by_kinds(t: &str) -> bool {
    t.starts_with('按')
        && t.char_indices()
            .take(BY_KINDS_CHARS)
            .find(|&(_, c)| c == ',' || c == '，')
            .is_some_and(|(end, _)| t[..end].ends_with('分'))
}

/// Marks that separate clauses inside a sentence.
pub fn is_clause_mark(c: char) -> bool {
    matches!(c, '，' | ',' | '：' | ':' | '；' | ';' | '。' | '！' | '？' | '!' | '?' | '（' | '）' | '(' | ')')
}

/// The same kind of thing: only such quantities are added or compared.
pub fn same_unit(a: &Quantity, b: &Quantity) -> bool {
    a.unit == b.unit
}

/// A figure written back for a message as reports write it: `52.6万人次` rather than `526000人次`,
/// `2亿元` rather than `20000万元` (the largest scale that leaves at most two decimals); `1286宗`.
pub fn show(value: f64, unit: &str) -> String {
    let unit = if unit == "分之" { "" } else { unit };
    for (scale, name) in [(1e8, "亿"), (1e4, "万")] {
        // Near a whole number of hundredths either way (a sum of decimals may fall just short).
        let hundredths = value / scale * 100.0;
        if value.abs() >= scale && (hundredths - hundredths.round()).abs() < 1e-6 {
            return format!("{}{name}{unit}", trim(value / scale));
        }
    }
    format!("{}{}", trim(value), unit)
}

/// A number without trailing zeros, rounded to two decimals: 27000, 2.7, 95.54, 33.33.
///
/// Written with integer arithmetic: Rust's float formatting (`{:.2}`) brought about 10 KB of
/// code into the browser module for this one use.
///
/// From 1e17 on (a hundred thousand 万亿) it writes `∞`: the hundredths would not fit a u64, and
/// u128 arithmetic cost the browser module a kilobyte; no report writes such a figure.
pub fn trim(v: f64) -> String {
    if !v.is_finite() || v.abs() >= 1e17 {
        return "∞".into();
    }
    let cents = (v.abs() * 100.0).round() as u64;
    let sign = if v < 0.0 && cents > 0 { "-" } else { "" };
    let (whole, frac) = (cents / 100, cents % 100);
    match frac {
        0 => format!("{sign}{whole}"),
        f if f % 10 == 0 => format!("{sign}{whole}.{}", f / 10),
        f => format!("{sign}{whole}.{f:02}"),
    }
}

/// `v` with exactly `digits` decimals (at most 4), as `format!("{:.*}", digits, v)` writes it:
/// the exact binary value rounded, a tie to the even digit. By hand for the same reason as
/// [`trim`]; `∞` when `v × 10^digits` reaches 2^64 (about 1.8e15 with four decimals).
pub fn fixed(v: f64, digits: usize) -> String {
    let digits = digits.min(4);
    if !v.is_finite() || v.abs() >= 1e30 {
        return "∞".into();
    }
    // v = m × 2^e exactly; v × 10^digits = m × 10^digits × 2^e, rounded to an integer.
    let bits = v.abs().to_bits();
    let (biased, fraction) = ((bits >> 52) as i32, bits & ((1 << 52) - 1));
    let (m, e) = if biased == 0 { (fraction, -1074) } else { (fraction | 1 << 52, biased - 1075) };
    let pow = 10u128.pow(digits as u32);
    let n = m as u128 * pow; // < 2^67
    let units = if e >= 0 {
        n << e // v < 1e30 < 2^100: e < 48, so this stays below 2^115
    } else if -e > 100 {
        0 // below 2^-33
    } else {
        let k = (-e) as u32;
        let (q, r, half) = (n >> k, n & ((1 << k) - 1), 1u128 << (k - 1));
        q + u128::from(r > half || (r == half && q % 2 == 1))
    };
    // Written with u64 arithmetic: u128 division and formatting cost the browser module a kilobyte.
    let (Ok(units), Ok(pow)) = (u64::try_from(units), u64::try_from(pow)) else { return "∞".into() };
    let sign = if v.is_sign_negative() { "-" } else { "" };
    match digits {
        0 => format!("{sign}{units}"),
        _ => format!("{sign}{}.{:0width$}", units / pow, units % pow, width = digits),
    }
}

#[cfg(test)]
mod tests;
