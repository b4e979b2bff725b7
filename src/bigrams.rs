//! A one-pass prefilter for rules that look for many phrases: which of a rule's phrase groups can
//! occur in a paragraph at all, found by looking up each pair of neighbouring characters.
//!
//! Why: rules such as `residue` run several large regexes; most paragraphs of a report contain
//! none of their phrases, but each contains some of their common single characters (`文`, `由`,
//! `、`), so a per-character trigger let the regexes run on two paragraphs in three. A pair of
//! characters (`文库`, `分享`, `0页`) is far rarer, and one pass over the paragraph tells every
//! group at once, so ordinary paragraphs skip every regex (and a draft without such phrases never
//! compiles those regexes, which saves start-up time in the browser).
//!
//! Characters are folded into classes before the lookup, so a pair can stand for a pattern's
//! class: every ASCII or full-width digit is `0`, every Unicode blank (what `\s` matches, U+3000
//! included) is a space, every Chinese numeral from 〇 to 十 is `十`, `：` is `:`, `（` and `）` are
//! `(` and `)`, ASCII letters are lowercase. `0页` thus matches `9页` and `９页`; `十届` matches `十八届`.
//!
//! A group's bit is set when one of its pairs occurs; the caller then runs the exact pattern. A
//! pair must be one that every match of the pattern contains (a test beside each rule keeps that
//! true for its examples), so the prefilter never hides a finding.

use crate::text::Words;

/// Pairs of (folded) characters, each standing for a group (a bit of the mask `scan` returns).
pub struct Bigrams {
    /// One bit per code point of the Basic Multilingual Plane (8 KB): set where the character
    /// folds to the second character of some pair. Most characters of a text are not, and cost
    /// one bit test; only the others are folded and looked up.
    ends_pair: Vec<u64>,
    /// (key, mask of groups), sorted by key.
    keys: Vec<(u64, u64)>,
    /// A bit per hash of every pair of characters (as the text has them, unfolded) that folds to
    /// a key: the second character of a pair is often a common one (`的` of `党的`, `会`, `文`),
    /// and this turns most of its pairs down before they are folded and searched for.
    pairs: Vec<u64>,
}

/// Bits in [`Bigrams::pairs`] (8 KB): a few thousand pairs leave nearly all clear.
const PAIR_FILTER_BITS: u32 = 16;

fn pair_filter_bit(a: char, b: char) -> (usize, u64) {
    let i = (key(a, b).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - PAIR_FILTER_BITS)) as usize;
    (i / 64, 1 << (i % 64))
}

/// The class a character stands for in a pair (see the module comment).
pub fn fold(c: char) -> char {
    match c {
        '0'..='9' | '０'..='９' => '0',
        c if c.is_whitespace() => ' ',
        '〇' | '零' | '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十' => '十',
        '：' => ':',
        '（' => '(',
        '）' => ')',
        'A'..='Z' => c.to_ascii_lowercase(),
        _ => c,
    }
}

/// The characters that `fold` maps to `c` (`c` itself included).
fn unfold(c: char) -> Vec<char> {
    let class: &[char] = match c {
        '0' => &[
            '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '０', '１', '２', '３', '４', '５', '６', '７', '８',
            '９',
        ],
        // Unicode White_Space, which is what `\s` matches (see `pattern`).
        ' ' => &[
            '\t', '\n', '\u{b}', '\u{c}', '\r', ' ', '\u{85}', '\u{a0}', '\u{1680}', '\u{2000}', '\u{2001}',
            '\u{2002}', '\u{2003}', '\u{2004}', '\u{2005}', '\u{2006}', '\u{2007}', '\u{2008}', '\u{2009}', '\u{200a}',
            '\u{2028}', '\u{2029}', '\u{202f}', '\u{205f}', '\u{3000}',
        ],
        '十' => &['〇', '零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'],
        ':' => &[':', '：'],
        '(' => &['(', '（'],
        ')' => &[')', '）'],
        'a'..='z' => return vec![c, c.to_ascii_uppercase()],
        _ => return vec![c],
    };
    class.to_vec()
}

fn key(a: char, b: char) -> u64 {
    (a as u64) << 21 | b as u64
}

/// Where `c` is in `ends_pair`. Characters beyond the BMP share bits with BMP ones: a shared bit
/// only costs an exact lookup, never a missed pair.
fn bmp_bit(c: char) -> (usize, u64) {
    let i = c as usize & 0xFFFF;
    (i / 64, 1 << (i % 64))
}

impl Bigrams {
    /// `groups[i]` lists the pairs of group `i` (at most 64 groups); each entry is two characters,
    /// written as the text would have them (they are folded here).
    ///
    /// Panics on an entry that is not two characters: the tables are constants of the code.
    pub fn new(groups: &[Words]) -> Bigrams {
        assert!(groups.len() <= 64, "at most 64 groups");
        let mut keys: Vec<(u64, u64)> = Vec::new();
        for (bit, pairs) in groups.iter().enumerate() {
            for pair in pairs.iter() {
                let cs: Vec<char> = pair.chars().map(fold).collect();
                assert!(cs.len() == 2, "a pair is two characters: {pair:?}");
                keys.push((key(cs[0], cs[1]), 1 << bit));
            }
        }
        crate::sort::sort(&mut keys);
        // One entry per key, with the groups of every duplicate.
        let mut merged: Vec<(u64, u64)> = Vec::with_capacity(keys.len());
        for (k, m) in keys {
            match merged.last_mut() {
                Some(last) if last.0 == k => last.1 |= m,
                _ => merged.push((k, m)),
            }
        }
        let seconds: Vec<char> = {
            let mut v: Vec<char> = merged.iter().filter_map(|&(k, _)| char::from_u32((k & 0x1F_FFFF) as u32)).collect();
            crate::sort::sort(&mut v);
            v.dedup();
            v
        };
        let mut ends_pair = vec![0u64; 0x10000 / 64];
        // Every character folding to a second character: `0` brings in every digit. (Characters
        // beyond the BMP share the bit of their low 16 bits: a shared bit costs only a lookup.)
        for c in seconds.iter().flat_map(|&s| unfold(s)) {
            let (w, b) = bmp_bit(c);
            ends_pair[w] |= b;
        }
        let mut pairs = vec![0u64; (1 << PAIR_FILTER_BITS) / 64];
        for &(k, _) in &merged {
            let (a, b) = (char::from_u32((k >> 21) as u32), char::from_u32((k & 0x1F_FFFF) as u32));
            for a in a.map(unfold).unwrap_or_default() {
                for &b in b.map(unfold).unwrap_or_default().iter() {
                    let (w, bit) = pair_filter_bit(a, b);
                    pairs[w] |= bit;
                }
            }
        }
        Bigrams { ends_pair, keys: merged, pairs }
    }

    /// The groups whose pairs occur in `text`, one bit each.
    pub fn scan(&self, text: &str) -> u64 {
        let mut mask = 0;
        let mut prev = '\n';
        for c in text.chars() {
            let (w, b) = bmp_bit(c);
            if self.ends_pair[w] & b != 0 && {
                let (pw, pb) = pair_filter_bit(prev, c);
                self.pairs[pw] & pb != 0
            } {
                let k = key(fold(prev), fold(c));
                if let Ok(i) = self.keys.binary_search_by_key(&k, |e| e.0) {
                    mask |= self.keys[i].1;
                }
            }
            prev = c;
        }
        mask
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words;

    #[test]
    fn finds_each_group_by_its_pairs() {
        let b = Bigrams::new(&[words!["文库", "分享"], words!["0页"], words!["十届"], words!["源:"]]);
        assert_eq!(b.scan("本文由百度文库用户分享"), 0b0001);
        assert_eq!(b.scan("第１页共９页"), 0b0010);
        assert_eq!(b.scan("党的十八届三中全会"), 0b0100);
        assert_eq!(b.scan("来源：网络"), 0b1000);
        assert_eq!(b.scan("文库 第 3 页"), 0b0001);
        assert_eq!(b.scan("全年举办讲座12场,文化活动丰富"), 0);
        assert_eq!(b.scan(""), 0);
    }

    #[test]
    fn a_pair_shared_by_two_groups_sets_both() {
        let b = Bigrams::new(&[words!["下载"], words!["下载", "藏本"]]);
        assert_eq!(b.scan("欢迎下载"), 0b11);
        assert_eq!(b.scan("收藏本文"), 0b10);
    }

    #[test]
    fn the_first_character_of_a_text_pairs_with_nothing() {
        let b = Bigrams::new(&[words!["库网"]]);
        assert_eq!(b.scan("网"), 0);
        assert_eq!(b.scan("库网"), 1);
    }

    #[test]
    fn unfold_is_the_inverse_of_fold() {
        for c in (0..0x10000u32).filter_map(char::from_u32) {
            assert!(unfold(fold(c)).contains(&c), "{c:?}");
        }
    }

    #[test]
    #[should_panic(expected = "two characters")]
    fn a_pair_must_be_two_characters() {
        Bigrams::new(&[words!["文"]]);
    }
}
