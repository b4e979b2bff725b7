//! The numbers Word and WPS generate for list paragraphs (`word/numbering.xml`), as a reader sees
//! them: `一、`, `（一）`, `1.`, `（1）`, `第一章`, `①`, `甲、`.
//!
//! That text is not in the runs of the paragraph; without it the heading checks would see no
//! headings in a draft numbered by the word processor. A paragraph is numbered by its own `w:numPr`
//! or by its paragraph style's (following `w:basedOn`). Counters run per abstract list, as Word
//! shows them: a level counts up, and using a level restarts the levels below it.

use super::xml::{Event, Reader};
use std::collections::HashMap;

/// How Word separates the number from the text: a tab (the default), a space, or nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Suffix {
    #[default]
    Tab,
    Space,
    Nothing,
}

#[derive(Debug, Clone, Default)]
struct Level {
    format: String,
    text: String,
    start: u32,
    suffix: Suffix,
    legal: bool,
    style: Option<String>,
}

/// Levels of one list: Word has nine (0–8).
const LEVELS: usize = 9;

/// A paragraph style's numbering: (numId, level if given, basedOn).
type StyleNumbering = (Option<String>, Option<usize>, Option<String>);

#[derive(Default)]
pub struct Numbering {
    /// abstractNumId → its levels.
    abstracts: HashMap<String, Vec<Level>>,
    /// numId → (abstractNumId, start overrides by level).
    nums: HashMap<String, (String, Vec<(usize, u32)>)>,
    /// Paragraph style id → its numbering and the style it is based on.
    styles: HashMap<String, StyleNumbering>,
    /// Counters per abstract list: the value at each level (None: not used since it last restarted).
    counters: HashMap<String, [Option<u32>; LEVELS]>,
    /// numIds whose start overrides have been applied (the first paragraph restarts the list).
    started: Vec<String>,
}

fn level_index(v: Option<&str>) -> Option<usize> {
    v.and_then(|v| v.parse::<usize>().ok()).filter(|&l| l < LEVELS)
}

impl Numbering {
    /// Reads `numbering.xml` and `styles.xml` (either may be empty).
    pub fn parse(numbering: &str, styles: &str) -> Self {
        let mut n = Numbering::default();
        let mut abstract_id: Option<String> = None;
        let mut num_id: Option<String> = None;
        let mut level: Option<Level> = None;
        let mut level_at = 0usize;
        let mut override_level = None;
        for ev in Reader::new(numbering) {
            match ev {
                Event::Start(t) => match t.name {
                    "w:abstractNum" => abstract_id = t.attr("w:abstractNumId").map(str::to_string),
                    "w:lvl" if abstract_id.is_some() => {
                        level_at = level_index(t.attr("w:ilvl")).unwrap_or(0);
                        level = Some(Level { format: "decimal".into(), start: 1, ..Level::default() });
                    }
                    "w:start" => {
                        let v = t.attr("w:val").and_then(|v| v.parse().ok()).unwrap_or(1);
                        if let Some(l) = level.as_mut() {
                            l.start = v;
                        }
                    }
                    "w:numFmt" => {
                        if let (Some(l), Some(v)) = (level.as_mut(), t.attr("w:val")) {
                            l.format = v.to_string();
                        }
                    }
                    "w:lvlText" => {
                        if let (Some(l), Some(v)) = (level.as_mut(), t.attr("w:val")) {
                            l.text.clear();
                            super::xml::unescape_into(v, &mut l.text);
                        }
                    }
                    "w:suff" => {
                        if let Some(l) = level.as_mut() {
                            l.suffix = match t.attr("w:val") {
                                Some("space") => Suffix::Space,
                                Some("nothing") => Suffix::Nothing,
                                _ => Suffix::Tab,
                            };
                        }
                    }
                    "w:isLgl" => {
                        if let Some(l) = level.as_mut() {
                            l.legal = t.attr("w:val").is_none_or(|v| v != "0" && v != "false");
                        }
                    }
                    "w:pStyle" => {
                        if let (Some(l), Some(v)) = (level.as_mut(), t.attr("w:val")) {
                            l.style = Some(v.to_string());
                        }
                    }
                    "w:num" => num_id = t.attr("w:numId").map(str::to_string),
                    "w:abstractNumId" => {
                        if let (Some(id), Some(a)) = (num_id.as_ref(), t.attr("w:val")) {
                            n.nums.entry(id.clone()).or_insert_with(|| (String::new(), Vec::new())).0 = a.to_string();
                        }
                    }
                    "w:lvlOverride" => override_level = level_index(t.attr("w:ilvl")),
                    "w:startOverride" => {
                        if let (Some(id), Some(l), Some(v)) =
                            (num_id.as_ref(), override_level, t.attr("w:val").and_then(|v| v.parse().ok()))
                        {
                            n.nums.entry(id.clone()).or_insert_with(|| (String::new(), Vec::new())).1.push((l, v));
                        }
                    }
                    _ => {}
                },
                Event::End(name) => match name {
                    "w:lvl" => {
                        if let (Some(a), Some(l)) = (abstract_id.as_ref(), level.take()) {
                            let levels = n.abstracts.entry(a.clone()).or_insert_with(|| vec![Level::default(); LEVELS]);
                            levels[level_at] = l;
                        }
                    }
                    "w:abstractNum" => abstract_id = None,
                    "w:num" => num_id = None,
                    "w:lvlOverride" => override_level = None,
                    _ => {}
                },
                Event::Text(_) => {}
            }
        }
        let mut style: Option<String> = None;
        let mut skip = 0usize; // inside w:pPrChange (an earlier, tracked formatting)
        for ev in Reader::new(styles) {
            match ev {
                Event::Start(t) if skip > 0 => skip += usize::from(!t.empty),
                Event::End(_) if skip > 0 => skip -= 1,
                Event::Start(t) => match t.name {
                    "w:pPrChange" if !t.empty => skip = 1,
                    "w:style" => {
                        style = t
                            .attr("w:styleId")
                            .filter(|_| t.attr("w:type").is_none_or(|v| v == "paragraph"))
                            .map(str::to_string);
                        if let Some(s) = &style {
                            n.styles.insert(s.clone(), (None, None, None));
                        }
                    }
                    "w:basedOn" | "w:numId" | "w:ilvl" => {
                        if let Some(entry) = style.as_ref().and_then(|s| n.styles.get_mut(s)) {
                            let v = t.attr("w:val").map(str::to_string);
                            match t.name {
                                "w:basedOn" => entry.2 = v,
                                "w:numId" => entry.0 = v,
                                _ => entry.1 = level_index(v.as_deref()),
                            }
                        }
                    }
                    _ => {}
                },
                Event::End("w:style") => style = None,
                _ => {}
            }
        }
        n
    }

    /// The numbering of a paragraph from its own `numPr` (numId, level) or else its style.
    /// Returns the label (`一、`) and what follows it (a space, or nothing after punctuation),
    /// advancing the list's counters; None for an unnumbered paragraph or a bullet.
    pub fn label(&mut self, num_id: Option<&str>, level: Option<usize>, style: Option<&str>) -> Option<String> {
        let (num_id, level) = match num_id {
            Some(id) => (id.to_string(), level),
            None => {
                let (id, l) = self.style_numbering(style?)?;
                (id, level.or(l))
            }
        };
        if num_id == "0" {
            return None;
        }
        let (abstract_id, overrides) = self.nums.get(&num_id)?.clone();
        let levels = self.abstracts.get(&abstract_id)?;
        let level = level
            .or_else(|| style.and_then(|s| levels.iter().position(|l| l.style.as_deref() == Some(s))))
            .unwrap_or(0);
        let counters = self.counters.entry(abstract_id.clone()).or_insert([None; LEVELS]);
        let mut restart = [None; LEVELS];
        if !self.started.contains(&num_id) {
            self.started.push(num_id.clone());
            for &(l, v) in &overrides {
                restart[l] = Some(v);
                counters[l..].iter_mut().for_each(|c| *c = None);
            }
        }
        let lv = &levels[level];
        counters[level] = Some(match counters[level] {
            Some(v) => v + 1,
            None => restart[level].unwrap_or(lv.start),
        });
        counters[level + 1..].iter_mut().for_each(|c| *c = None);
        if matches!(lv.format.as_str(), "bullet" | "none") {
            return None;
        }
        let mut out = String::new();
        let mut chars = lv.text.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '%' {
                if let Some(d) = chars.peek().and_then(|d| d.to_digit(10)).filter(|&d| (1..=9).contains(&d)) {
                    chars.next();
                    let k = d as usize - 1;
                    let value = counters[k].unwrap_or(levels[k].start);
                    let format = if lv.legal && k != level { "decimal" } else { levels[k].format.as_str() };
                    out.push_str(&format_number(value, format));
                    continue;
                }
            }
            out.push(c);
        }
        if out.is_empty() {
            return None;
        }
        let ends_with_mark = out.ends_with(&['、', '.', '．', '）', ')', '：', ':', '，', ',', '」', '】', ']'][..]);
        if lv.suffix != Suffix::Nothing && !ends_with_mark {
            out.push(' ');
        }
        Some(out)
    }

    fn style_numbering(&self, style: &str) -> Option<(String, Option<usize>)> {
        let mut id = style;
        for _ in 0..16 {
            let (num, level, based) = self.styles.get(id)?;
            if let Some(num) = num {
                return Some((num.clone(), *level));
            }
            id = based.as_deref()?;
        }
        None
    }
}

const CHINESE_DIGITS: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const LEGAL_DIGITS: [char; 10] = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const HEAVENLY_STEMS: [char; 10] = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'];
const EARTHLY_BRANCHES: [char; 12] = ['子', '丑', '寅', '卯', '辰', '巳', '午', '未', '申', '酉', '戌', '亥'];

/// `n` counted in Chinese as a reader says it: 一 … 十, 十一, 二十, 一百零五.
fn chinese_counting(n: u32, digits: &[char; 10], ten: char, hundred: char, thousand: char) -> String {
    if n == 0 {
        return digits[0].to_string();
    }
    if n >= 10000 {
        return n.to_string();
    }
    // An inner zero is read 零 (一百零五), also where the digits write it 〇.
    let inner_zero = if digits[0] == '〇' { '零' } else { digits[0] };
    let mut out = String::new();
    let places = [(1000, thousand), (100, hundred), (10, ten)];
    let mut rest = n;
    let mut zero = false;
    for (value, name) in places {
        let d = rest / value;
        rest %= value;
        if d > 0 {
            if zero {
                out.push(inner_zero);
                zero = false;
            }
            // 十一 rather than 一十一 when ten leads.
            if !(value == 10 && d == 1 && out.is_empty()) {
                out.push(digits[d as usize]);
            }
            out.push(name);
        } else if !out.is_empty() {
            zero = true;
        }
    }
    if rest > 0 {
        if zero {
            out.push(inner_zero);
        }
        out.push(digits[rest as usize]);
    }
    out
}

fn letters(n: u32, base: u8) -> String {
    // Word repeats the letter: A … Z, AA … ZZ.
    let n = n.max(1) - 1;
    let c = (base + (n % 26) as u8) as char;
    std::iter::repeat_n(c, n as usize / 26 + 1).collect()
}

fn roman(mut n: u32, lower: bool) -> String {
    if n == 0 || n >= 4000 {
        return n.to_string();
    }
    let mut out = String::new();
    for (v, s) in [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ] {
        while n >= v {
            out.push_str(s);
            n -= v;
        }
    }
    if lower {
        out.to_ascii_lowercase()
    } else {
        out
    }
}

/// One counter value in a `w:numFmt` format.
pub fn format_number(n: u32, format: &str) -> String {
    match format {
        "chineseCounting"
        | "chineseCountingThousand"
        | "japaneseCounting"
        | "taiwaneseCounting"
        | "taiwaneseCountingThousand"
        | "koreanCounting" => chinese_counting(n, &CHINESE_DIGITS, '十', '百', '千'),
        "chineseLegalSimplified" | "ideographLegalTraditional" | "japaneseLegal" => {
            chinese_counting(n, &LEGAL_DIGITS, '拾', '佰', '仟')
        }
        "ideographDigital" | "taiwaneseDigital" | "japaneseDigitalTenThousand" | "koreanDigital" => {
            n.to_string().chars().map(|d| CHINESE_DIGITS[d.to_digit(10).unwrap_or(0) as usize]).collect()
        }
        "ideographTraditional" => {
            HEAVENLY_STEMS.get(n.max(1) as usize - 1).map_or_else(|| n.to_string(), |c| c.to_string())
        }
        "ideographZodiac" => {
            EARTHLY_BRANCHES.get(n.max(1) as usize - 1).map_or_else(|| n.to_string(), |c| c.to_string())
        }
        "decimalEnclosedCircle" | "decimalEnclosedCircleChinese" if (1..=20).contains(&n) => {
            char::from_u32(0x2460 + n - 1).map_or_else(|| n.to_string(), |c| c.to_string())
        }
        "decimalEnclosedParen" if (1..=20).contains(&n) => {
            char::from_u32(0x2474 + n - 1).map_or_else(|| n.to_string(), |c| c.to_string())
        }
        "decimalEnclosedFullstop" if (1..=20).contains(&n) => {
            char::from_u32(0x2488 + n - 1).map_or_else(|| n.to_string(), |c| c.to_string())
        }
        "decimalFullWidth" | "decimalFullWidth2" => {
            n.to_string().chars().map(|d| char::from_u32(0xFF10 + d.to_digit(10).unwrap_or(0)).unwrap_or(d)).collect()
        }
        "decimalZero" if n < 10 => format!("0{n}"),
        "upperLetter" => letters(n, b'A'),
        "lowerLetter" => letters(n, b'a'),
        "upperRoman" => roman(n, false),
        "lowerRoman" => roman(n, true),
        _ => n.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_as_word_shows_them() {
        let cc = |n| format_number(n, "chineseCounting");
        assert_eq!(
            [cc(1), cc(10), cc(11), cc(20), cc(21), cc(105), cc(110)],
            ["一", "十", "十一", "二十", "二十一", "一百零五", "一百一十"]
        );
        assert_eq!(format_number(3, "ideographTraditional"), "丙");
        assert_eq!(format_number(12, "chineseLegalSimplified"), "拾贰");
        assert_eq!(format_number(2, "decimalEnclosedCircle"), "②");
        assert_eq!(format_number(28, "upperLetter"), "BB");
        assert_eq!(format_number(14, "lowerRoman"), "xiv");
        assert_eq!(format_number(2024, "ideographDigital"), "二〇二四");
    }

    const NUMBERING: &str = r#"<w:numbering>
      <w:abstractNum w:abstractNumId="3">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:pStyle w:val="H1"/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
        <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
        <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%4"/><w:isLgl/></w:lvl>
      </w:abstractNum>
      <w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num>
      <w:num w:numId="8"><w:abstractNumId w:val="3"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
    </w:numbering>"#;

    #[test]
    fn levels_count_and_restart() {
        let styles = r#"<w:styles><w:style w:type="paragraph" w:styleId="H1"><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>
          <w:style w:type="paragraph" w:styleId="H1x"><w:basedOn w:val="H1"/></w:style></w:styles>"#;
        let mut n = Numbering::parse(NUMBERING, styles);
        let mut l = |id: Option<&str>, lv: Option<usize>, st: Option<&str>| n.label(id, lv, st).unwrap_or_default();
        assert_eq!(l(None, None, Some("H1")), "一、");
        assert_eq!(l(Some("7"), Some(1), None), "（一）");
        assert_eq!(l(Some("7"), Some(1), None), "（二）");
        assert_eq!(l(Some("7"), Some(2), None), "1.");
        assert_eq!(l(None, None, Some("H1x")), "二、");
        assert_eq!(l(Some("7"), Some(1), None), "（一）");
        assert_eq!(l(Some("7"), Some(3), None), "2.1 ");
        assert_eq!(l(Some("8"), Some(0), None), "五、");
        assert_eq!(l(Some("0"), None, None), "");
        assert_eq!(l(Some("99"), None, None), "");
    }
}
