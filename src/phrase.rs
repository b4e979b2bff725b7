//! Phrase patterns matched by hand: a list of alternatives, each a sequence of items (words,
//! runs of a character class), found left to right the way a regex `alt1|alt2|…` finds them.
//!
//! Why: the built-in patterns of the junk a document-sharing site leaves (`由会员…分享`,
//! `百度文库`, `(10页珍藏版)`) are simple, but as regexes each one cost a compile on the first
//! check of a draft that has such junk, and the regex engine's first use is about 30 ms of a
//! browser's first check. These phrases need no compiling. The rules keep their old regexes in
//! their tests, and check these patterns against them match for match.
//!
//! Semantics, as in the `regex` crate: the leftmost match wins; among alternatives matching at
//! the same place, the first listed; within one, words are tried in the order given, a greedy run
//! takes as many characters as it can and a lazy one as few; matches never overlap.

use std::ops::Range;
use std::sync::OnceLock;

/// One item of a sequence.
pub enum Item {
    /// One of these words, tried in order (`""` makes the item optional: put it last for a
    /// greedy `(?:…)?`). A [`words!`](crate::words) list: as `&[&str]` each word was also 8 bytes
    /// of pointer and length in the browser's module (about 400 words in the phrases).
    Words(crate::text::Words<'static>),
    /// One of these ASCII words, in any letter case (`(?i-u:word)`).
    NoCase(crate::text::Words<'static>),
    /// `min..=max` characters of a class; `lazy` takes as few as it can (`{0,12}?`).
    Run { class: fn(char) -> bool, min: usize, max: usize, lazy: bool },
    /// One character of this list (`[。，,]`): unlike a `Run`, its characters are known, so a
    /// sequence starting with it is tried only where one of them is.
    Char(&'static [char]),
    /// The start of the text (`^`).
    Start,
    /// The end of the text (`$`).
    End,
}

/// A sequence of items: one alternative of a pattern.
pub type Sequence = &'static [Item];

/// The greedy `class*` (`\s*`, …).
pub const fn any(class: fn(char) -> bool) -> Item {
    Item::Run { class, min: 0, max: usize::MAX, lazy: false }
}

/// The greedy `class+` (`\d+`, …).
pub const fn some(class: fn(char) -> bool) -> Item {
    Item::Run { class, min: 1, max: usize::MAX, lazy: false }
}

/// `\s`: a Unicode blank (White_Space), as in the checker's regexes (see `pattern`).
pub fn blank(c: char) -> bool {
    c.is_whitespace()
}

/// `s.starts_with(word)` byte by byte: the words are short and most tries fail at the second or
/// third byte, where a call to `memcmp` cost more than the comparison.
fn starts_with(s: &str, word: &str) -> bool {
    s.len() >= word.len() && s.bytes().zip(word.bytes()).all(|(a, b)| a == b)
}

/// The first `Some` that `then` gives for the length of a word of `list` that `t` starts with, the
/// words tried in the list's order (`no_case`: ASCII letters in any case). One walk over the list's
/// text: each word is compared while it agrees with `t`, and the rest of it is stepped over a
/// character at a time. (Splitting the list at `|` first made residue 4% slower: a phrase's words
/// are tried at many places.)
fn find_prefix(
    list: crate::text::Words,
    t: &str,
    no_case: bool,
    mut then: impl FnMut(usize) -> Option<usize>,
) -> Option<usize> {
    let (list, t) = (list.0.as_bytes(), t.as_bytes());
    let mut at = 0;
    while at <= list.len() {
        let start = at;
        while at < list.len()
            && list[at] != b'|'
            && t.get(at - start).is_some_and(|&c| c == list[at] || (no_case && c.eq_ignore_ascii_case(&list[at])))
        {
            at += 1;
        }
        let whole = at == list.len() || list[at] == b'|';
        // `|` is never inside a character: a step from a continuation byte is one byte.
        while at < list.len() && list[at] != b'|' {
            at += match list[at] {
                0xF0.. => 4,
                0xE0.. => 3,
                _ => 1,
            };
        }
        if whole {
            if let Some(found) = then(at - start) {
                return Some(found);
            }
        }
        at += 1;
    }
    None
}

/// Where `items` match from byte `i` (the first match in the order of preference), if they do.
pub fn match_at(items: &[Item], s: &str, i: usize) -> Option<usize> {
    let Some((item, rest)) = items.split_first() else { return Some(i) };
    let t = &s[i..];
    match item {
        Item::Start => (i == 0).then(|| match_at(rest, s, i)).flatten(),
        Item::End => (i == s.len()).then(|| match_at(rest, s, i)).flatten(),
        Item::Words(words) => find_prefix(*words, t, false, |n| match_at(rest, s, i + n)),
        Item::NoCase(words) => find_prefix(*words, t, true, |n| match_at(rest, s, i + n)),
        Item::Char(list) => {
            t.chars().next().filter(|c| list.contains(c)).and_then(|c| match_at(rest, s, i + crate::text::char_len(c)))
        }
        Item::Run { class, min, max, lazy } => {
            // The ends after 0, 1, 2 … characters of the class.
            let mut ends = std::iter::once(i).chain(
                t.char_indices()
                    .take_while(|&(_, c)| class(c))
                    .take(*max)
                    .map(|(k, c)| i + k + crate::text::char_len(c)),
            );
            if *lazy {
                return ends.skip(*min).find_map(|e| match_at(rest, s, e));
            }
            // Greedy: from the longest run back to the shortest allowed, without allocating
            // (this is tried at many places of a paragraph).
            let (mut count, mut end) = (0, i);
            for e in ends.by_ref().skip(1) {
                count += 1;
                end = e;
            }
            if count < *min {
                return None;
            }
            loop {
                if let Some(found) = match_at(rest, s, end) {
                    return Some(found);
                }
                if count == *min {
                    return None;
                }
                end -= s[..end].chars().next_back().map_or(1, crate::text::char_len);
                count -= 1;
            }
        }
    }
}

/// The characters a match of `items` can start with; `None` when any can (the sequence starts
/// with a run of a class, or can be empty).
fn first_chars(items: &[Item]) -> Option<Vec<char>> {
    let mut set = Vec::new();
    for item in items {
        if let Item::Char(list) = item {
            set.extend_from_slice(list);
            crate::sort::sort(&mut set);
            set.dedup();
            return Some(set);
        }
        let words = match item {
            Item::Words(words) | Item::NoCase(words) => words,
            Item::Start => continue, // takes no character
            Item::Run { .. } | Item::End => return None,
            Item::Char(_) => unreachable!("handled above"),
        };
        for c in words.iter().filter_map(|w| w.chars().next()) {
            set.push(c);
            if matches!(item, Item::NoCase(_)) {
                set.extend([c.to_ascii_uppercase(), c.to_ascii_lowercase()]);
            }
        }
        if !words.contains("") {
            crate::sort::sort(&mut set);
            set.dedup();
            return Some(set);
        }
    }
    None
}

/// A set of characters as 4096 bits, bit `c % 4096` for `c`: one test per character of a text
/// where a sorted list needed a binary search. A set bit may stand for another character of the
/// same bit, so a hit only says "look closer".
struct CharBits(Box<[u64; 64]>);

impl CharBits {
    fn of(chars: impl IntoIterator<Item = char>) -> CharBits {
        let mut bits = Box::new([0u64; 64]);
        for c in chars {
            let b = c as usize % 4096;
            bits[b / 64] |= 1 << (b % 64);
        }
        CharBits(bits)
    }

    fn may_contain(&self, c: char) -> bool {
        let b = c as usize % 4096;
        self.0[b / 64] & (1 << (b % 64)) != 0
    }
}

/// A pattern: its alternatives, and (built on first use) which characters each can start with.
pub struct Phrase {
    alternatives: &'static [Sequence],
    index: OnceLock<Index>,
}

/// Where a phrase may start. Built once: building it on every call was a tenth of a paragraph's
/// scan, and a sorted list searched per character was slower than this bit set.
struct Index {
    /// Per alternative, the characters it can start with (`None`: any).
    firsts: Vec<Option<Vec<char>>>,
    /// The characters some alternative can start with (`firsts` decides which); `None` when an
    /// alternative can start anywhere.
    starts: Option<CharBits>,
}

impl Phrase {
    pub const fn new(alternatives: &'static [Sequence]) -> Phrase {
        Phrase { alternatives, index: OnceLock::new() }
    }

    pub fn alternatives(&self) -> &'static [Sequence] {
        self.alternatives
    }

    fn index(&self) -> &Index {
        self.index.get_or_init(|| {
            let firsts: Vec<Option<Vec<char>>> = self.alternatives.iter().map(|alt| first_chars(alt)).collect();
            let all: Option<Vec<char>> = firsts.iter().map(Option::as_deref).try_fold(Vec::new(), |mut all, f| {
                all.extend_from_slice(f?);
                Some(all)
            });
            Index { starts: all.map(CharBits::of), firsts }
        })
    }

    /// The matches in `s`, left to right: (byte range, which alternative).
    pub fn find_iter(&self, s: &str) -> Vec<(Range<usize>, usize)> {
        let mut out = Vec::new();
        self.scan(s, |m, k| {
            out.push((m, k));
            true
        });
        out
    }

    /// Whether any alternative matches somewhere in `s`: stops at the first match.
    pub fn is_match(&self, s: &str) -> bool {
        let mut found = false;
        self.scan(s, |_, _| {
            found = true;
            false
        });
        found
    }

    /// Calls `on_match` with each match, left to right, while it returns true.
    fn scan(&self, s: &str, mut on_match: impl FnMut(Range<usize>, usize) -> bool) {
        // Each alternative is tried only at a character it can start with: most characters of a
        // paragraph start none, and cost one bit test.
        let index = self.index();
        let mut i = 0;
        while let Some(c) = s[i..].chars().next() {
            if index.starts.as_ref().is_some_and(|starts| !starts.may_contain(c)) {
                i += crate::text::char_len(c);
                continue;
            }
            let found = self
                .alternatives
                .iter()
                .enumerate()
                .filter(|&(k, _)| index.firsts[k].as_ref().is_none_or(|f| f.contains(&c)))
                .find_map(|(k, alt)| match_at(alt, s, i).filter(|&end| end > i).map(|end| (end, k)));
            match found {
                Some((end, k)) => {
                    if !on_match(i..end, k) {
                        return;
                    }
                    i = end;
                }
                None => i += crate::text::char_len(c),
            }
        }
    }
}

/// Whether a text contains any of a list of words, in one pass: what
/// `words.iter().any(|w| text.contains(w))` says. In the browser each `contains` set up a
/// substring searcher (the native build has a vector search for short words, the module for
/// old browsers none), and these lists are asked of every paragraph: about a fifth of a warm
/// check went there.
pub struct WordSet {
    words: crate::text::Words<'static>,
    /// The first character of every word, and the words split out of their string once: `is_match`
    /// runs at every candidate character of every paragraph, where splitting the list each time
    /// made missing-section several times slower.
    index: OnceLock<(CharBits, Vec<&'static str>)>,
}

impl WordSet {
    pub const fn new(words: crate::text::Words<'static>) -> WordSet {
        WordSet { words, index: OnceLock::new() }
    }

    pub fn is_match(&self, s: &str) -> bool {
        let (starts, words) = self.index.get_or_init(|| {
            let words: Vec<&'static str> = self.words.iter().collect();
            (CharBits::of(words.iter().filter_map(|w| w.chars().next())), words)
        });
        if words.contains(&"") {
            return true;
        }
        s.char_indices().any(|(i, c)| starts.may_contain(c) && words.iter().any(|w| starts_with(&s[i..], w)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words;

    fn han(c: char) -> bool {
        ('\u{4e00}'..='\u{9fff}').contains(&c)
    }

    #[test]
    fn leftmost_then_first_listed_then_greedy_or_lazy() {
        static ALTS: Phrase = Phrase::new(&[
            &[
                Item::Words(words!["由"]),
                Item::Run { class: han, min: 0, max: 12, lazy: true },
                Item::Words(words!["分享", "上传"]),
            ],
            &[Item::Words(words!["百度文库", "文库"])],
            &[Item::Words(words!["来源"]), any(blank), Item::Words(words![":", "："])],
            &[Item::NoCase(words!["word"]), Item::Words(words!["版"])],
            &[Item::Char(&['。', '，']), Item::Words(words!["下一步"])],
        ]);
        let found = |s: &'static str| ALTS.find_iter(s).into_iter().map(|(r, k)| (&s[r], k)).collect::<Vec<_>>();
        assert_eq!(found("由会员分享上传"), [("由会员分享", 0)], "lazy: the first 分享");
        assert_eq!(found("见百度文库与文库"), [("百度文库", 1), ("文库", 1)]);
        assert_eq!(found("来源 \u{3000}：网络"), [("来源 \u{3000}：", 2)]);
        assert_eq!(found("WoRd版"), [("WoRd版", 3)]);
        assert!(found("由会员abc分享").is_empty(), "the run is Han only here");
        assert_eq!(found("好。下一步，下一步"), [("。下一步", 4), ("，下一步", 4)]);
        assert!(ALTS.is_match("x文库"));
        assert!(!ALTS.is_match("来源于网络"));
        // 唱 (U+5531) shares its bit with 由 (U+7531): the bit only lets the alternatives look.
        assert_eq!('唱' as usize % 4096, '由' as usize % 4096);
        assert!(!ALTS.is_match("唱分享") && ALTS.is_match("唱由我分享"));
    }

    #[test]
    fn a_word_set_says_what_contains_says() {
        const WORDS: &[&str] = &["问题", "不足", "短板", "a", "唱", "差距与不足"];
        static SET: WordSet = WordSet::new(crate::words!["问题", "不足", "短板", "a", "唱", "差距与不足"]);
        let pieces = ["问", "题", "不", "足", "短", "板", "a", "b", "唱", "由", "差距与", "，", " "];
        for line in crate::rules::test_util::random_lines(&pieces, 20000, 8, 3) {
            assert_eq!(SET.is_match(&line), WORDS.iter().any(|w| line.contains(w)), "{line:?}");
        }
        assert!(!SET.is_match("") && WordSet::new(crate::words![""]).is_match(""));
    }
}
