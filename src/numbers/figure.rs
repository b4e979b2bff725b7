//! One figure as written, before its unit: Arabic (`1.03`, `３６．８０`, `2，460`, `3,276`) or
//! Chinese (`十二`, `一百二十`, `三万五千`, `近万`, `二〇一三`), with the precision it is written to.

use super::may_start_unit;

pub(super) fn arabic_digit(c: char) -> Option<u32> {
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

pub(super) fn small_place(c: char) -> Option<u32> {
    match c {
        '十' => Some(10),
        '百' => Some(100),
        '千' => Some(1000),
        _ => None,
    }
}

pub(super) fn big_place(c: char) -> Option<f64> {
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

pub(super) fn is_chinese_numeral(c: char) -> bool {
    chinese_digit(c).is_some() || small_place(c).is_some() || big_place(c).is_some()
}

/// A parsed figure before its unit: value, precision, byte end.
pub(super) struct Figure {
    pub(super) value: f64,
    pub(super) precision: f64,
    pub(super) end: usize,
    pub(super) approx: bool,
    pub(super) chinese: bool,
    /// Written digit by digit without place words (二〇一三): a year or code, never a count.
    pub(super) digit_string: bool,
}

/// Parses an Arabic figure at `start` (a digit): `1,618`, `52.75`, `1.03万`, `4980多万`, `5亿3400万`.
pub(super) fn parse_arabic(s: &str, start: usize) -> Figure {
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
                i += crate::text::char_len(c);
            } else if any && group <= 3 && sep.is_none_or(|x| x == c) && is_thousands_separator(s, start, i, c) {
                sep = Some(c);
                group = 0;
                i += crate::text::char_len(c);
            } else {
                break;
            }
        }
        let point = s[i..].chars().next().filter(|c| matches!(c, '.' | '．'));
        if let Some(point) =
            point.filter(|p| s[i + crate::text::char_len(*p)..].chars().next().and_then(arabic_digit).is_some())
        {
            i += crate::text::char_len(point);
            let mut scale = 0.1;
            while let Some(c) = s[i..].chars().next() {
                let Some(d) = arabic_digit(c) else { break };
                frac += d as f64 * scale;
                scale /= 10.0;
                frac_digits += 1;
                i += crate::text::char_len(c);
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
            } else if c == '千' && mult == 1.0 && !s[i + 3..].starts_with(&['米', '克', '瓦'][..]) {
                mult *= 1000.0;
            } else {
                break;
            }
            i += crate::text::char_len(c);
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
                j += crate::text::char_len(c);
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
pub(super) fn may_group_thousands(c: char) -> bool {
    matches!(c, ',' | '，' | ' ' | '\u{a0}' | '\u{2009}' | '\u{202f}')
}

/// `c` at byte `i` groups the thousands of the figure starting at `start`: every group after it
/// holds exactly three digits, and what follows the last group is not another figure of a list.
/// A full-width comma or a space is also a clause mark or a gap between two figures
/// (`分别为120，135，150个`), so it is taken only when the figure then goes on to 万/亿, a decimal
/// point or a unit, and no 分别 or 、 nearby says the figures are listed.
pub(super) fn is_thousands_separator(s: &str, start: usize, i: usize, c: char) -> bool {
    if !may_group_thousands(c) {
        return false;
    }
    let mut j = i;
    let mut groups = 0;
    while let Some(sep) = s[j..].chars().next().filter(|&x| x == c) {
        let k = j + crate::text::char_len(sep);
        let mut digits = 0;
        let mut e = k;
        while let Some(d) = s[e..].chars().next().filter(|d| arabic_digit(*d).is_some()) {
            digits += 1;
            e += crate::text::char_len(d);
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

pub(super) fn starts_with_any(s: &str, words: &[&str]) -> Option<usize> {
    words.iter().find(|w| s.starts_with(**w)).map(|w| w.len())
}

/// Parses a Chinese-numeral figure at `start`: 十二, 一百二十, 三十八, 两, 二〇一三, 三万五千, 近万.
pub(super) fn parse_chinese(s: &str, start: usize) -> Figure {
    let mut end = start;
    let mut buf = ['\0'; 24];
    let mut len = 0;
    for (k, c) in s[start..].char_indices() {
        if !is_chinese_numeral(c) || len >= buf.len() {
            break;
        }
        buf[len] = c;
        len += 1;
        end = start + k + crate::text::char_len(c);
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
