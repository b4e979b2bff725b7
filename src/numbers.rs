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

use std::ops::Range;
use crate::text::Masks3;

pub mod relations;

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
    /// Normalised unit: `人` for 人/名/位, `元` for 元/万元/亿元, `%` for % and 百分之, `个百分点`,
    /// `倍`, `番`, `分之` for fractions (value is the share, 三分之一 → 0.333…), or the measure word.
    pub unit: &'static str,
    /// Marked as approximate: 约, 近, 超过, 不到, 余, 多, 左右, 以上 …
    pub approx: bool,
    /// Written in Chinese numerals (三十八, 两).
    pub chinese: bool,
}

impl Quantity {
    /// A unit that counts or measures things (not %, 个百分点, 倍, 番 or a fraction).
    pub fn countable_unit(unit: &str) -> bool {
        !matches!(unit, "%" | "个百分点" | "倍" | "番" | "分之")
    }

    /// The figure rounds to `exact` at the precision it is written to (or is within one unit of the
    /// last digit, which also accepts figures truncated instead of rounded).
    pub fn agrees_with(&self, exact: f64) -> bool {
        agrees(self.value, self.precision, exact)
    }
}

/// `stated`, written to `precision`, agrees with the computed `exact` value: rounding or
/// truncating `exact` to that precision could give `stated`.
pub fn agrees(stated: f64, precision: f64, exact: f64) -> bool {
    let eps = 1e-9 * exact.abs().max(1.0);
    let p = precision.max(1e-12);
    // Rounded: exact ∈ [stated − p/2, stated + p/2]; truncated: exact ∈ [stated, stated + p).
    exact >= stated - p / 2.0 - eps && exact < stated + p - eps.min(p / 4.0) || (exact - stated).abs() <= eps
}

/// Measure words and units, longest first where one is a prefix of another. The second item is
/// the normalised unit.
const UNITS: &[(&str, &str)] = &[
    ("个百分点", "个百分点"),
    ("百分点", "个百分点"),
    ("人次", "人次"),
    ("户次", "户次"),
    ("场次", "场次"),
    ("家次", "家次"),
    ("余人次", "人次"),
    ("平方米", "平方米"),
    ("公里", "公里"),
    ("公斤", "公斤"),
    ("小时", "小时"),
    ("课时", "课时"),
    ("人", "人"),
    ("名", "人"),
    ("位", "人"),
    ("元", "元"),
    ("户", "户"),
    ("个", "个"),
    ("场", "场"),
    ("期", "期"),
    ("次", "次"),
    ("篇", "篇"),
    ("份", "份"),
    ("起", "起"),
    ("件", "件"),
    ("所", "所"),
    ("支", "支"),
    ("家", "家"),
    ("项", "项"),
    ("条", "条"),
    ("处", "处"),
    ("座", "座"),
    ("批", "批"),
    ("台", "台"),
    ("辆", "辆"),
    ("套", "套"),
    ("册", "册"),
    ("本", "本"),
    ("张", "张"),
    ("组", "组"),
    ("对", "对"),
    ("队", "队"),
    ("岁", "岁"),
    ("天", "天"),
    ("亩", "亩"),
    ("吨", "吨"),
    ("米", "米"),
    ("轮", "轮"),
    ("节", "节"),
    ("堂", "堂"),
    ("门", "门"),
    ("种", "种"),
    ("类", "类"),
    ("例", "例"),
    ("宗", "宗"),
    ("班", "班"),
    ("栋", "栋"),
    ("幅", "幅"),
    ("块", "块"),
    ("封", "封"),
    ("首", "首"),
    ("部", "部"),
    ("村", "村"),
    ("间", "间"),
    ("株", "株"),
    ("棵", "棵"),
    ("倍", "倍"),
    ("番", "番"),
    ("%", "%"),
    ("％", "%"),
];

/// Approximation markers written before a figure, longest first.
const APPROX_BEFORE: &[&str] = &["大约", "将近", "接近", "超过", "不到", "不足", "近", "约", "逾", "超", "达"];

fn arabic_digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

/// The value of one Chinese digit (〇/零 … 九, 两), shared by the rules that read small counts.
pub(crate) fn chinese_digit(c: char) -> Option<u32> {
    Some(match c {
        '〇' | '零' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

fn small_place(c: char) -> Option<u32> {
    match c {
        '十' => Some(10),
        '百' => Some(100),
        '千' => Some(1000),
        _ => None,
    }
}

fn big_place(c: char) -> Option<f64> {
    match c {
        '万' => Some(1e4),
        '亿' => Some(1e8),
        _ => None,
    }
}

/// A character that can be part of a Chinese-numeral figure (〇一二两…十百千万亿).
pub fn is_chinese_numeral_char(c: char) -> bool {
    is_chinese_numeral(c)
}

fn is_chinese_numeral(c: char) -> bool {
    chinese_digit(c).is_some() || small_place(c).is_some() || big_place(c).is_some()
}

/// A parsed figure before its unit: value, precision, byte end.
struct Figure {
    value: f64,
    precision: f64,
    end: usize,
    approx: bool,
    chinese: bool,
    /// Written digit by digit without place words (二〇一三): a year or code, never a count.
    digit_string: bool,
}

/// Parses an Arabic figure at `start` (a digit): `1,618`, `52.75`, `1.03万`, `4980多万`, `5亿3400万`.
fn parse_arabic(s: &str, start: usize) -> Figure {
    let mut total = 0.0;
    let mut i = start;
    let mut approx = false;
    let mut last_precision;
    loop {
        // Integer part with optional thousands separators (a comma followed by exactly three digits).
        let mut int = 0.0f64;
        let mut frac_digits = 0i32;
        let mut frac = 0.0f64;
        let mut any = false;
        // Digits since the last thousands separator: the first group holds one to three.
        let mut group = 0;
        // The separator this figure uses, once one is accepted (`3,276`, `2，460`, `2 460`).
        let mut sep: Option<char> = None;
        while let Some(c) = s[i..].chars().next() {
            if let Some(d) = arabic_digit(c) {
                int = int * 10.0 + d as f64;
                any = true;
                group += 1;
                i += c.len_utf8();
            } else if any && group <= 3 && sep.is_none_or(|x| x == c) && is_thousands_separator(s, start, i, c) {
                sep = Some(c);
                group = 0;
                i += c.len_utf8();
            } else {
                break;
            }
        }
        let point = s[i..].chars().next().filter(|c| matches!(c, '.' | '．'));
        if let Some(point) = point.filter(|p| s[i + p.len_utf8()..].chars().next().and_then(arabic_digit).is_some()) {
            i += point.len_utf8();
            let mut scale = 0.1;
            while let Some(c) = s[i..].chars().next() {
                let Some(d) = arabic_digit(c) else { break };
                frac += d as f64 * scale;
                scale /= 10.0;
                frac_digits += 1;
                i += c.len_utf8();
            }
        }
        let n = int + frac;
        // 多/余 between the figure and 万 (4980多万元).
        if let Some(len) = starts_with_any(&s[i..], &["多", "余"]) {
            if s[i + len..].starts_with('万') || s[i + len..].starts_with('亿') {
                approx = true;
                i += len;
            }
        }
        let mut mult = 1.0;
        while let Some(c) = s[i..].chars().next() {
            if let Some(m) = big_place(c) {
                mult *= m;
            } else if let Some(m) = small_place(c).filter(|_| mult == 1.0 && s[i + 3..].starts_with('万')) {
                mult *= m as f64; // 3千万
            } else if c == '千' && mult == 1.0 && !s[i + 3..].starts_with('米') && !s[i + 3..].starts_with('克') {
                mult *= 1000.0;
            } else {
                break;
            }
            i += c.len_utf8();
        }
        // 2万元 is read as 2.0万: a total written in whole 万 is still expected to within a tenth.
        last_precision = if mult >= 1e4 && frac_digits == 0 { mult / 10.0 } else { mult * 10f64.powi(-frac_digits) };
        total += n * mult;
        // 5亿3400万: another Arabic group with a smaller multiplier.
        if mult > 1.0 && s[i..].chars().next().and_then(arabic_digit).is_some() {
            let save = i;
            let mut j = i;
            while let Some(c) = s[j..].chars().next() {
                if arabic_digit(c).is_none() {
                    break;
                }
                j += c.len_utf8();
            }
            if s[j..].chars().next().and_then(big_place).is_some_and(|m| m < mult) {
                continue;
            }
            i = save;
        }
        break;
    }
    Figure { value: total, precision: last_precision, end: i, approx, chinese: false, digit_string: false }
}

/// Separators that may group thousands: `3,276`, `2，460` (older typesetting, often with
/// full-width digits: `２７，２０３，３１９，０００元`), `2 460`.
fn may_group_thousands(c: char) -> bool {
    matches!(c, ',' | '，' | ' ' | '\u{a0}' | '\u{2009}' | '\u{202f}')
}

/// `c` at byte `i` groups the thousands of the figure starting at `start`: every group after it
/// holds exactly three digits, and what follows the last group is not another figure of a list.
/// A full-width comma or a space is also a clause mark or a gap between two figures
/// (`分别为120，135，150个`), so it is taken only when the figure then goes on to 万/亿, a decimal
/// point or a unit, and no 分别 or 、 nearby says the figures are listed.
fn is_thousands_separator(s: &str, start: usize, i: usize, c: char) -> bool {
    if !may_group_thousands(c) {
        return false;
    }
    let mut j = i;
    let mut groups = 0;
    while let Some(sep) = s[j..].chars().next().filter(|&x| x == c) {
        let k = j + sep.len_utf8();
        let mut digits = 0;
        let mut e = k;
        while let Some(d) = s[e..].chars().next().filter(|d| arabic_digit(*d).is_some()) {
            digits += 1;
            e += d.len_utf8();
            if digits > 3 {
                break;
            }
        }
        if digits != 3 {
            break;
        }
        groups += 1;
        j = e;
    }
    if groups == 0 {
        return false;
    }
    let next = s[j..].chars().next();
    if next.is_some_and(|n| arabic_digit(n).is_some() || matches!(n, '、' | ',' | '，')) {
        return false;
    }
    if c == ',' {
        return true;
    }
    let unit_follows = next.is_some_and(|n| matches!(n, '万' | '亿' | '.' | '．' | '多' | '余') || may_start_unit(n));
    let head_from = crate::document::floor_char_boundary(s, start.saturating_sub(24));
    let listed = s[head_from..start].contains("分别") || s[head_from..start].contains('、');
    unit_follows && !listed
}

fn starts_with_any(s: &str, words: &[&str]) -> Option<usize> {
    words.iter().find(|w| s.starts_with(**w)).map(|w| w.len())
}

/// Parses a Chinese-numeral figure at `start`: 十二, 一百二十, 三十八, 两, 二〇一三, 三万五千, 近万.
fn parse_chinese(s: &str, start: usize) -> Figure {
    let mut end = start;
    let mut buf = ['\0'; 24];
    let mut len = 0;
    for (k, c) in s[start..].char_indices() {
        if !is_chinese_numeral(c) || len >= buf.len() {
            break;
        }
        buf[len] = c;
        len += 1;
        end = start + k + c.len_utf8();
    }
    let chars = &buf[..len];
    let has_place = chars.iter().any(|c| small_place(*c).is_some() || big_place(*c).is_some());
    if !has_place && chars.len() > 1 {
        let v = chars.iter().fold(0.0, |acc, c| acc * 10.0 + chinese_digit(*c).unwrap_or(0) as f64);
        return Figure { value: v, precision: 1.0, end, approx: false, chinese: true, digit_string: true };
    }
    let mut yi = 0.0f64; // the part in 亿
    let mut wan = 0.0f64; // the part in 万, below 亿
    let mut section = 0.0f64; // below 万
    let mut digit: Option<f64> = None;
    let mut precision = 1.0;
    let mut prev_place = 0.0f64;
    for &c in chars {
        if let Some(d) = chinese_digit(c) {
            digit = Some(d as f64);
        } else if let Some(p) = small_place(c) {
            section += digit.take().unwrap_or(1.0) * p as f64;
            prev_place = p as f64;
            precision = p as f64;
        } else if let Some(m) = big_place(c) {
            let mut part = section + digit.take().unwrap_or(0.0);
            if part == 0.0 {
                part = 1.0; // 万 alone (近万人)
            }
            if m >= 1e8 {
                yi = (yi + wan + part) * m;
                wan = 0.0;
            } else {
                wan = part * m;
            }
            section = 0.0;
            prev_place = m;
            precision = m;
        }
    }
    // A trailing digit right after a place word is the next place down (三万五 = 35000,
    // 一百二 = 120); after 零 or alone it is units (一百零五, 十二).
    let last_is_place_then_digit = chars.len() >= 2
        && chinese_digit(chars[chars.len() - 1]).is_some()
        && chinese_digit(chars[chars.len() - 2]).is_none();
    let tail = match digit {
        Some(d) if last_is_place_then_digit && prev_place >= 100.0 => {
            precision = prev_place / 10.0;
            d * prev_place / 10.0
        }
        Some(d) => {
            precision = 1.0;
            d
        }
        None => 0.0,
    };
    let value = yi + wan + section + tail;
    // Precision of a Chinese numeral: figures like 三十 are exact counts far more often than
    // rounded ones, so only 万/亿 are taken as rounding, and then to a tenth (三万 as 3.0万).
    if precision < 1e4 {
        precision = 1.0;
    } else {
        precision /= 10.0;
    }
    Figure { value, precision, end, approx: false, chinese: true, digit_string: false }
}

/// A character a quantity's figure may start with: a digit or a Chinese numeral (百 also opens
/// 百分之, 一 also 一半).
fn may_open_figure(c: char) -> bool {
    matches!(c, '0'..='9' | '０'..='９' | '〇' | '零' | '一' | '二' | '两' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' | '百' | '千' | '万' | '亿')
}

/// The three-byte characters [`may_open_figure`] lists.
const FIGURE3: Masks3 = Masks3::of(&[
    '〇', '零', '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万', '亿', '０', '１', '２', '３', '４',
    '５', '６', '７', '８', '９',
]);

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
        let clen = c.len_utf8();
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
            && (big_place(c).is_none() || s[..i].ends_with(['近', '约', '上', '逾']));
        if !arabic && !chinese {
            i += clen;
            continue;
        }
        // Part of a longer token: a digit glued to letters (V2, A3), or a decimal after a dot.
        let before = s[..i].chars().next_back();
        let f = if arabic { parse_arabic(s, i) } else { parse_chinese(s, i) };
        let fig_start = i;
        let mut end = f.end;
        i = end.max(i + clen);
        if arabic && before.is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, '.' | '．' | '-' | '/')) {
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
        let mut approx = f.approx;
        if let Some(len) = starts_with_any(&s[end..], &["多", "余", "来"]) {
            approx = true;
            end += len;
        }
        let Some((unit, ulen)) = unit_at(s, end) else { continue };
        end += ulen;
        // A Chinese figure and measure word right before an Arabic figure is a label, not a count
        // (一组20人, 二组30人).
        if f.chinese && s[end..].chars().next().and_then(arabic_digit).is_some() {
            continue;
        }
        if let Some(len) = starts_with_any(&s[end..], &["左右", "以上", "以下", "以内", "上下", "之多"]) {
            approx = true;
            end += len;
        } else if unit == "倍" && (s[end..].starts_with('多') || s[end..].starts_with('余')) {
            approx = true; // 增长了一倍多
            end += 3;
        }
        let (approx_before, start) = approx_prefix(s, fig_start);
        // Either end of a range (30%～40%, 3至5个, 5-8人) is no exact figure.
        let range = in_range(s, fig_start, end);
        // 个 before 百分点 was taken as a unit above; 个 alone also starts 个百分点 handled by UNITS order.
        let value = f.value;
        out.push(Quantity {
            range: start..end,
            figure: fig_start..f.end,
            value,
            precision: f.precision,
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
        if s[end + m.len_utf8()..].chars().next().is_some_and(|c| arabic_digit(c).is_some()) {
            return true;
        }
    }
    let Some(m) = s[..start].chars().next_back().filter(|c| RANGE_MARKS.contains(c)) else { return false };
    let before = s[..start - m.len_utf8()].chars().next_back();
    before.is_some_and(|c| arabic_digit(c).is_some() || (m != '至' && matches!(c, '%' | '％')))
}

/// The first characters of [`UNITS`] (a match compiles to a few comparisons; most characters
/// after a figure are not units and are rejected here).
fn may_start_unit(c: char) -> bool {
    matches!(c, '个' | '百' | '人' | '户' | '场' | '家' | '余' | '平' | '公' | '小' | '课' | '名' | '位' | '元' | '期' | '次' | '篇' | '份' | '起' | '件' | '所' | '支' | '项' | '条' | '处' | '座' | '批' | '台' | '辆' | '套' | '册' | '本' | '张' | '组' | '对' | '队' | '岁' | '天' | '亩' | '吨' | '米' | '轮' | '节' | '堂' | '门' | '种' | '类' | '例' | '宗' | '班' | '栋' | '幅' | '块' | '封' | '首' | '部' | '村' | '间' | '株' | '棵' | '倍' | '番' | '%' | '％')
}

/// The unit at byte `i`, skipping the 万/亿 already folded into the value (so `万元` is `元`).
fn unit_at(s: &str, i: usize) -> Option<(&'static str, usize)> {
    let rest = &s[i..];
    let first = rest.chars().next()?;
    if !may_start_unit(first) {
        return None;
    }
    // Comparing decoded first characters: `str::starts_with(char)` encoded `first` again for
    // each of the ~70 entries.
    UNITS.iter().find(|(w, _)| w.starts_with(first) && rest.starts_with(*w)).map(|(w, u)| (*u, w.len()))
}

/// An approximation marker just before byte `i`: (approximate?, start of the quantity).
fn approx_prefix(s: &str, i: usize) -> (bool, usize) {
    for w in APPROX_BEFORE {
        if s[..i].ends_with(w) {
            if *w == "达" {
                // 达 alone means "reached", not approximate; 近/约 are.
                return (false, i);
            }
            return (true, i - w.len());
        }
    }
    (false, i)
}

/// Byte ranges of the sentences of `line`: split after 。！？；; !? (the mark stays with its sentence).
pub fn sentences(line: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    split_line(line, false, &mut |r, _| out.push(r));
    out
}

/// One pass over `line` for the figure parse: calls `on_sentence` with each sentence's byte range
/// (as [`sentences`] splits them) and the offsets, relative to the sentence, of its characters
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
        if mark {
            on_sentence(start..k, &starts);
            starts.clear();
            start = k;
        }
    }
    if start < line.len() {
        on_sentence(start..line.len(), &starts);
    }
}

/// Marks that separate clauses inside a sentence.
pub fn is_clause_mark(c: char) -> bool {
    matches!(c, '，' | ',' | '：' | ':' | '；' | ';' | '。' | '！' | '？' | '!' | '?' | '（' | '）' | '(' | ')')
}

/// The same kind of thing: only such quantities are added or compared.
pub fn same_unit(a: &Quantity, b: &Quantity) -> bool {
    a.unit == b.unit
}

/// A figure written back for a message: `27000` for 元 stays `27000元`; 万-scale sums read better
/// as `2.7万`.
pub fn show(value: f64, unit: &str) -> String {
    let unit = if unit == "分之" { "" } else { unit };
    // 2亿元 rather than 20000万元: the largest scale that leaves at most two decimals.
    if unit == "元" {
        for (scale, name) in [(1e8, "亿元"), (1e4, "万元")] {
            if value.abs() >= scale && (value / scale * 100.0).fract().abs() < 1e-6 {
                return format!("{}{name}", trim(value / scale));
            }
        }
    }
    format!("{}{}", trim(value), unit)
}

/// A number without trailing zeros, rounded to two decimals: 27000, 2.7, 95.54, 33.33.
///
/// Written with integer arithmetic: Rust's float formatting (`{:.2}`) brought about 10 KB of
/// code into the browser module for this one use.
pub fn trim(v: f64) -> String {
    // Beyond 1e36 the hundredths do not fit a u128; no report writes such a figure.
    if !v.is_finite() || v.abs() >= 1e36 {
        return "∞".into();
    }
    let cents = (v.abs() * 100.0).round() as u128;
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
/// [`trim`].
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
    let sign = if v.is_sign_negative() { "-" } else { "" };
    match digits {
        0 => format!("{sign}{units}"),
        _ => format!("{sign}{}.{:0width$}", units / pow, units % pow, width = digits),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte masks pass every listed character, and for the marks nothing else: over all
    /// three-byte characters.
    #[test]
    fn three_byte_masks() {
        for c in ('\u{800}'..='\u{FFFF}').filter(|c| c.len_utf8() == 3) {
            let s = c.to_string();
            if may_open_figure(c) {
                assert!(FIGURE3.pass(s.as_bytes(), 0), "{c}");
            }
            assert_eq!(opens_figure3(&s, 0), may_open_figure(c), "{c}");
            assert_eq!(MARK3.pass(s.as_bytes(), 0), matches!(c, '。' | '！' | '；' | '？'), "{c}");
            if may_open_figure(c) || MARK3.pass(s.as_bytes(), 0) {
                assert!(FIGURE_OR_MARK3.pass(s.as_bytes(), 0), "{c}");
            }
        }
    }

    /// The float-formatting version `trim` replaced, kept to compare against.
    fn trim_by_float_formatting(v: f64) -> String {
        if !v.is_finite() {
            return "∞".into();
        }
        let r = (v * 100.0).round() / 100.0;
        if (r - r.round()).abs() < 1e-9 && r.abs() < 1e15 {
            format!("{}", r.round() as i64)
        } else {
            let s = format!("{:.2}", r);
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        }
    }

    /// `count` values ± n / scale, n below `below`, the scale one of `scales` (a fixed seed).
    fn sample_values(count: usize, below: u64, scales: &[f64], mut seed: u64) -> Vec<f64> {
        (0..count)
            .map(|_| {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                let sign = if seed & 1 == 0 { 1.0 } else { -1.0 };
                sign * ((seed >> 40) % below) as f64 / scales[(seed >> 20) as usize % scales.len()]
            })
            .collect()
    }

    #[test]
    fn fixed_agrees_with_float_formatting() {
        let mut values = vec![0.0, -0.0, -0.001, 0.125, 0.375, 2.5, 3.5, -2.5, 0.05, 1.005, 2.675, 1e-300, 5e-324, 1e20, 123456.78905, 9.99995, 1.0 / 3.0];
        // Divisors that make exact ties (powers of two) and endless fractions.
        values.extend(sample_values(200_000, 100_000_000, &[1.0, 8.0, 16.0, 1000.0, 1e4, 1e5, 3.0, 7.0, 64.0], 5));
        for v in values {
            for d in 0..=4 {
                assert_eq!(fixed(v, d), format!("{:.*}", d, v), "{v} to {d} decimals");
            }
        }
    }

    #[test]
    fn trim_agrees_with_float_formatting() {
        let mut values = vec![0.0, -0.0, -0.001, 0.004, 0.005, 1.005, 2.675, 27000.0, 2.7, 95.54, 33.333, 100.0 / 3.0, -12.5, 1e15, 123456789012.34, 9.995, 0.1 + 0.2];
        values.extend(sample_values(200_000, 1_000_000_000, &[1.0, 10.0, 100.0, 1000.0, 1e4, 3.0, 7.0], 11));
        for v in values {
            assert_eq!(trim(v), trim_by_float_formatting(v), "{v}");
        }
        assert_eq!(trim(f64::NAN), "∞");
    }

    fn one(s: &str) -> Quantity {
        let q = quantities(s);
        assert_eq!(q.len(), 1, "{s:?}: {q:?}");
        q.into_iter().next().unwrap()
    }

    fn vu(s: &str) -> (f64, &'static str) {
        let q = one(s);
        (q.value, q.unit)
    }

    #[test]
    fn figure_starts_are_found_by_their_bytes() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let by_value = arabic_digit(c).is_some() || is_chinese_numeral(c);
            assert_eq!(may_open_figure(c), by_value, "{c:?}");
            let mut starts = Vec::new();
            scan_line(&format!("。{c}"), |_, s| starts.extend_from_slice(s));
            assert_eq!(starts, if by_value { vec![0] } else { vec![] }, "{c:?}");
            let s = format!("a{c}é中{c}");
            assert_eq!(next_figure_start(&s, 1), by_value.then_some(1), "{c:?}");
            let at = 1 + c.len_utf8() + "é中".len();
            assert_eq!(next_figure_start(&s, 1 + c.len_utf8()), by_value.then_some(at), "{c:?}");
        }
    }

    #[test]
    fn one_pass_over_a_line_gives_the_same_quantities() {
        let line = "走访困难妇女126户、儿童75户,共计201户。由80%至90%;近万人！百分之三十、三分之一？V2版2,460亿元１２人";
        let mut n = 0;
        scan_line(line, |r, starts| {
            let t = &line[r];
            assert_eq!(quantities_at(t, usize::MAX, starts), quantities(t), "{t}");
            n += 1;
        });
        assert_eq!(n, sentences(line).len());
    }

    #[test]
    fn sentences_end_after_each_mark() {
        let split = |s: &'static str| sentences(s).into_iter().map(|r| &s[r]).collect::<Vec<_>>();
        assert_eq!(split("一是学习。二是培训！三呢？四；五;6!7?尾"), ["一是学习。", "二是培训！", "三呢？", "四；", "五;", "6!", "7?", "尾"]);
        assert_eq!(split("。。"), ["。", "。"]);
        assert_eq!(split("无标点"), ["无标点"]);
        assert_eq!(split("末尾。"), ["末尾。"]);
        assert!(split("").is_empty());
        // Characters sharing a lead byte with the marks are not marks: 〃 (E3 80 83), ， (EF BC 8C).
        assert_eq!(split("甲〃乙，丙"), ["甲〃乙，丙"]);
    }

    #[test]
    fn sums_are_shown_at_a_readable_scale() {
        assert_eq!(show(2e8, "元"), "2亿元");
        assert_eq!(show(1.25e8, "元"), "1.25亿元");
        assert_eq!(show(123_456_789.0, "元"), "123456789元");
        assert_eq!(show(27000.0, "元"), "2.7万元");
        assert_eq!(show(8000.0, "元"), "8000元");
        assert_eq!(show(12.0, "人"), "12人");
    }

    #[test]
    fn arabic_with_separators_decimals_and_multipliers() {
        assert_eq!(vu("共1,618人"), (1618.0, "人"));
        assert_eq!(vu("52.75万元"), (527500.0, "元"));
        assert_eq!(vu("1.03万元"), (10300.0, "元"));
        assert_eq!(vu("5亿3400万元"), (534000000.0, "元"));
        assert_eq!(vu("3千万元"), (3e7, "元"));
        let q = one("4980多万元");
        assert_eq!((q.value, q.unit, q.approx), (4980e4, "元", true));
        assert_eq!(one("2.7万元").precision, 1000.0);
        assert_eq!(one("1500元").precision, 1.0);
        assert_eq!(one("95.54%").precision, 0.01);
        assert_eq!(vu("95.54%"), (95.54, "%"));
    }

    #[test]
    fn chinese_numerals() {
        assert_eq!(vu("十二支"), (12.0, "支"));
        assert_eq!(vu("一百二十人"), (120.0, "人"));
        assert_eq!(vu("两个"), (2.0, "个"));
        assert_eq!(vu("三十八个"), (38.0, "个"));
        assert_eq!(vu("一百零五户"), (105.0, "户"));
        assert_eq!(vu("三万五千元"), (35000.0, "元"));
        assert_eq!(vu("一百二人"), (120.0, "人"));
        assert_eq!(vu("十万元"), (100000.0, "元"));
        let q = one("近万人");
        assert_eq!((q.value, q.approx), (10000.0, true));
    }

    #[test]
    fn percents_points_multiples_fractions() {
        assert_eq!(vu("百分之三十"), (30.0, "%"));
        assert_eq!(vu("提高3.8个百分点"), (3.8, "个百分点"));
        assert_eq!(vu("增加了2倍"), (2.0, "倍"));
        assert_eq!(vu("翻两番"), (2.0, "番"));
        let (v, u) = vu("三分之一");
        assert!((v - 1.0 / 3.0).abs() < 1e-9 && u == "分之");
        assert_eq!(vu("减少了一半"), (0.5, "分之"));
        assert_eq!(vu("95.54％"), (95.54, "%"));
    }

    #[test]
    fn units_are_normalised() {
        assert_eq!(vu("6名"), (6.0, "人"));
        assert_eq!(vu("3位"), (3.0, "人"));
        assert_eq!(vu("3000人次"), (3000.0, "人次"));
        assert_eq!(vu("2万人次"), (20000.0, "人次"));
    }

    #[test]
    fn approximation_markers() {
        for s in ["约300人", "增长了一倍多", "近5000人次", "2万余份", "300人左右", "98%以上", "超过200户", "不到50人", "100多人"] {
            assert!(one(s).approx, "{s}");
        }
        for s in ["300人", "达98%", "共计201户"] {
            assert!(!one(s).approx, "{s}");
        }
    }

    #[test]
    fn not_quantities() {
        assert_eq!(quantities("一组20人").len(), 1);
        for s in [
            "5月20日",
            "2023年",
            "二〇二三年",
            "拨打12338热线",
            "〔2023〕15号文件",
            "第七届",
            "十八届三中全会",
            "第3名",
            "2.0版",
            "V2版本",
            "二一三年",
            "“三八”妇女节",
            "“十四五”规划",
            "“两癌”",
        ] {
            assert!(quantities(s).is_empty(), "{s}: {:?}", quantities(s));
        }
    }

    #[test]
    fn several_in_a_sentence() {
        let s = "走访慰问困难妇女126户、困难儿童75户,共计201户。";
        let q = quantities(s);
        let v: Vec<_> = q.iter().map(|q| (q.value, q.unit)).collect();
        assert_eq!(v, [(126.0, "户"), (75.0, "户"), (201.0, "户")]);
        assert_eq!(&s[q[2].range.clone()], "201户");
    }

    #[test]
    fn huge_and_odd_inputs_do_not_panic() {
        let big = "9".repeat(100_000) + "人";
        assert_eq!(quantities(&big).len(), 1);
        for s in ["1,", "1.", "百分之", "分之一", "三分之", "万", "亿亿亿", "1,0000", "１２人", "0.5.5人"] {
            let _ = quantities(s);
        }
    }

    #[test]
    fn real_typesetting() {
        assert_eq!(vu("社会文教支出占３６．８０％"), (36.8, "%"));
        assert_eq!(one("３６．８０％").precision, 0.01);
        assert_eq!(vu("收入合计２７，２０３，３１９，０００元"), (27_203_319_000.0, "元"));
        assert_eq!(vu("财政收入2，460亿元"), (2460e8, "元"));
        assert_eq!(vu("对3,276个行政村"), (3276.0, "个"));
        assert_eq!(vu("2 460个社区"), (2460.0, "个"));
        // A list of figures is no grouped figure.
        let v: Vec<f64> = quantities("分别为120，135，150个").iter().map(|q| q.value).collect();
        assert_eq!(v, [150.0]);
        let v: Vec<f64> = quantities("增长8%，100个项目开工").iter().map(|q| q.value).collect();
        assert_eq!(v, [8.0, 100.0]);
        let v: Vec<f64> = quantities("新建12，其中300个").iter().map(|q| q.value).collect();
        assert_eq!(v, [300.0]);
        // Ranges and bounds are approximate.
        let q = quantities("下降15%～20%");
        assert!(q.len() == 2 && q.iter().all(|q| q.approx), "{q:?}");
        assert!(one("减少3至5个").approx);
        assert!(one("失业率控制在5.5%以内").approx);
        // 由80%至90% is a change, not a range.
        assert!(quantities("由80%至90%").iter().all(|q| !q.approx));
    }

    #[test]
    fn agreement_respects_precision() {
        assert!(agrees(93.8, 0.1, 93.75));
        assert!(agrees(94.0, 1.0, 93.75));
        assert!(!agrees(90.0, 1.0, 95.0));
        assert!(agrees(27000.0, 1000.0, 27000.0));
        assert!(!agrees(37000.0, 1000.0, 27000.0));
    }
}
