//! Fixed 公文 terms garbled by one character: the lexicon in `lexicon.txt` (data, one term a
//! line) and the near misses of its terms in a draft.
//!
//! What it finds, in a term of at least [`MIN_LEN`] characters:
//! - one character changed inside the term (`第二个百年奇斗目标`, `党的根本路线`), the way a
//!   "rewriting" site spins a 范文 or an input method slips; only where the term is long
//!   ([`SUB_MIN_LEN`]), since a short term one character away is often a different, correct
//!   phrase (`高质量开展` beside 高质量发展, `乡村复兴`, `主题团日`);
//! - one character dropped (`党风政建设`), and a dropped first character where the text around
//!   leaves no doubt (`作为风廉政建设`: after a function word or a punctuation mark, never after a
//!   character that could make a word with it, as in `行风廉政建设`);
//! - one character doubled inside the term (`乡村村振兴`);
//! - a term with a `.` left where a censoring site cut words out (`党的.精神`,
//!   `中国特色.主义思想`, `.系列重要讲话精神`);
//! - the known wrong forms the lexicon lists (`社会主意`, `根本国策`).
//!
//! Why it matters: these terms are fixed; a garbled one in a report to a party committee is a
//! serious slip, and a spell checker does not see it since every character is a word's.
//!
//! What it leaves alone: the term itself and every other term or listed phrase (`= 经商环境`);
//! changed numbers (三个代表 and 四个全面 are both terms; 十九大 and 二十大 too) and changed
//! levels (党/团, 省/市/县: `基层团组织建设` is as right as `基层党组织建设`); a change at either
//! end of a short term (`营商环境` → `经商环境`, `县域经济` after `全县`); a change covered by
//! another term found in the text; punctuation, letters and digits.
//!
//! Severity: a doubled character inside a term is an error with a safe fix (nothing else reads
//! like that), as is a wrong form the lexicon lists with `>`; every other near miss is a warning,
//! with the term as a fix to accept by hand: a changed or dropped character may make a correct
//! phrase the lexicon does not know (`深化医疗卫生体制改革` is as old as 医药卫生).
//!
//! How: the lexicon is indexed by the first and the last three characters of each term. Every
//! edit a term may be reported for leaves one of those two triples whole, so one pass over a
//! paragraph finds every candidate (see [`Anchors`]), and each is compared with its term only.

use crate::diagnostic::{Finding, Severity};
use crate::text::{char_at, char_before, char_positions, is_han, utf8_len};
use std::sync::{LazyLock, OnceLock};

mod censored;
mod judge;
use censored::censored;
use judge::judge;

/// The shortest term checked for near misses: a three-character term one character away is
/// mostly another word.
pub(super) const MIN_LEN: usize = 4;
/// The shortest term in which a changed character is reported.
pub(super) const SUB_MIN_LEN: usize = 6;
/// The shortest term in which a changed character may be anywhere, its first and last included.
pub(super) const EDGE_MIN_LEN: usize = 10;
/// The shortest term in which a changed or dropped character may be the second or the last
/// but one (in a shorter term the first and last two characters are often a word of their own).
pub(super) const NEAR_EDGE_MIN_LEN: usize = 8;
/// The shortest term in which a dropped character is reported: what is left of a shorter one is
/// often a phrase of its own (`基层组织` from 基层党组织).
pub(super) const DROP_MIN_LEN: usize = 6;
/// The shortest term in which a character dropped inside it is reported.
pub(super) const INNER_DROP_MIN_LEN: usize = 8;
/// The shortest term whose first or last character may be the dropped one.
pub(super) const EDGE_DROP_MIN_LEN: usize = 6;
/// At most this many characters cut out where a censoring site left a `.`.
const MAX_CENSORED: usize = 6;
/// Characters of a term that must stand around a `.` for it to be a censored term.
const MIN_AROUND_CENSORED: usize = 4;
/// The dots between Chinese characters a document may have looked up as censored terms.
pub(super) const MAX_CENSORED_DOTS: usize = 200;

/// The data without its comments, cut at compile time: the file documents itself for the people
/// who grow it (1.2 KB of comments), and the browser's module need not carry that.
static DATA: &str = match std::str::from_utf8(&WITHOUT_COMMENTS) {
    Ok(data) => data,
    Err(_) => panic!("lexicon.txt is UTF-8"),
};
const WITH_COMMENTS: &[u8] = include_bytes!("lexicon.txt");
static WITHOUT_COMMENTS: [u8; without_comments(WITH_COMMENTS, &mut [])] = {
    let mut out = [0; without_comments(WITH_COMMENTS, &mut [])];
    without_comments(WITH_COMMENTS, &mut out);
    out
};

/// Copies `data` into `out` without comment lines (`#` first) and without the comments after two
/// blanks on an entry line; returns the length of the result (`out` may be empty, to learn it).
/// Entries keep their own lines, so [`entries`] reads the result as it reads the file.
const fn without_comments(data: &[u8], out: &mut [u8]) -> usize {
    let mut len = 0;
    let mut start = 0;
    while start < data.len() {
        let mut end = start;
        while end < data.len() && data[end] != b'\n' {
            end += 1;
        }
        let mut keep = end;
        if data[start] == b'#' {
            keep = start;
        } else {
            let mut i = start;
            while i + 2 < end {
                if data[i] == b' ' && data[i + 1] == b' ' && data[i + 2] == b'#' {
                    keep = i;
                    break;
                }
                i += 1;
            }
        }
        if keep > start {
            let mut i = start;
            while i < keep {
                if !out.is_empty() {
                    out[len] = data[i];
                }
                len += 1;
                i += 1;
            }
            if !out.is_empty() {
                out[len] = b'\n';
            }
            len += 1;
        }
        start = end + 1;
    }
    len
}

/// Characters that stand for the same kind of thing: one of them in place of another is a
/// different, correct phrase (`三个代表`/`四个全面`, `党组织`/`团组织`, `省委`/`市委`).
const CLASSES: &[&str] = &[
    "〇零一二三四五六七八九十百千万两几多首",
    "国省市县区乡镇村街组州盟旗厅局处科室所站队院校",
    "党团队政军民企",
    "上下前后内外左右中东西南北",
    "年月日周季",
    "大中小高低",
];

/// Characters that end a word: a term whose first character was dropped is certain only after
/// one of these (or at the start of a paragraph).
const BEFORE_WORD: &str =
    "的和与及并为是在把将对抓于了以从向由被让使着过等、，,。；;：:！？!?“”\"‘’'（）()《》【】 \t\u{3000}";

/// Characters a term may lose without being garbled (`党的基本路线` is also `党基本路线`).
const LIGHT: &str = "的之和与及以、，,·";
/// The shortest entry that counts as a whole term inside a longer one.
const MIN_PIECE: usize = 3;
/// The longest correct entry looked for over a near miss's changed characters.
const MAX_CORRECT_LEN: usize = 10;

/// The lexicon, parsed and indexed.
pub(super) struct Lexicon {
    /// The terms checked for near misses, as characters.
    terms: Vec<Box<[char]>>,
    /// Every correct form (terms of any length and listed phrases), sorted: never reported.
    correct: Vec<&'static str>,
    /// Known wrong forms: (wrong, right, is an error), sorted by the wrong form.
    wrong: Vec<(Box<[char]>, &'static str, bool)>,
    /// The first and last three characters of each term (and the first three of each wrong
    /// form) → postings: `term << 2 | kind`.
    anchors: Anchors,
    /// The first and the last pair of characters of each term, `pair_key << 2 | kind`, sorted.
    edges: Vec<u64>,
    /// Where each character stands in the terms: (character, term, index), sorted, for the
    /// censored-term search. Built on first use: most drafts have no dot to look at. (Sorted
    /// vectors here, not hash tables: each hash table type costs the browser module a kilobyte.)
    places: OnceLock<Vec<(char, u16, u16)>>,
    /// The terms as written, by id (to tell a term met whole without reading its characters).
    words: Vec<&'static str>,
}

const FIRST: u32 = 0;
const LAST: u32 = 1;
const WRONG: u32 = 2;

pub(super) static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::parse(DATA));

/// One line of the data: (kind, text, the right form for a wrong one).
#[derive(Debug, PartialEq)]
enum Entry {
    Term(&'static str),
    Phrase(&'static str),
    Wrong(&'static str, &'static str, bool),
}

fn entries(data: &'static str) -> impl Iterator<Item = Entry> {
    data.lines().filter_map(|line| {
        let line = line.split("  #").next().unwrap_or("").trim();
        if line.is_empty() || line.starts_with('#') {
            return None;
        }
        if let Some(phrase) = line.strip_prefix('=') {
            return Some(Entry::Phrase(phrase.trim()));
        }
        if let Some((wrong, right)) = line.split_once(">?") {
            return Some(Entry::Wrong(wrong.trim(), right.trim(), false));
        }
        if let Some((wrong, right)) = line.split_once('>') {
            return Some(Entry::Wrong(wrong.trim(), right.trim(), true));
        }
        Some(Entry::Term(line))
    })
}

/// The first three characters of each term and of each wrong form, and the last three of each
/// term → postings (`id << 2 | kind`), for the scan of a paragraph (see [`hits`]).
///
/// Why triples: a pair of common characters (妇女, 工作, 建设) starts or ends dozens of terms and
/// stands at one character in seven of a report, while their first or last three characters are
/// met a few times a paragraph. Every edit a term may be reported for leaves its first three or
/// its last three characters whole (a change or drop only in terms of six or more, a doubling
/// only inside one): see `the_index_misses_no_edit`.
///
/// Why filters on bytes: the scan looks at every other pair of characters as raw UTF-8 (one
/// unaligned read, no decoding) and tests two bits, "the first two (the last two) characters of
/// some triple"; any triple holds a pair ending at every other character, so none is missed.
/// A pair that passes is tested with its neighbour as a triple (another bit), and only then
/// decoded and looked up.
struct Anchors {
    /// (key, start, end of its postings); key 0 is an empty slot.
    slots: Vec<(u64, u32, u32)>,
    /// Tags, sorted within each triple (this fixes the order of the hits: see [`hits`]).
    postings: Vec<u32>,
    /// Two bits per hash of the UTF-8 bytes of a pair of characters: [`FRONT`], the first two
    /// characters of some triple; [`BACK`], the last two.
    pairs: Vec<u64>,
    /// A bit per hash of a triple's UTF-8 bytes, as a pair and the character before or after it.
    triples: Vec<u64>,
}

/// Slots in [`Anchors::pairs`] and bits in [`Anchors::triples`] (16 KB and 8 KB): a few
/// thousand pairs and triples leave nearly all clear, so most pairs of a text cost one test.
const FILTER_BITS: u32 = 16;
const FRONT: u64 = 1;
/// Pairs that passed the pair filter, noted before [`Anchors::scan`] looks at them.
const BATCH: usize = 64;
const BACK: u64 = 2;

fn filter_slot(raw: u64) -> usize {
    (raw.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - FILTER_BITS)) as usize
}

/// A triple's bytes for [`Anchors::triples`]: its pair (`raw_bytes`) and the third character,
/// `before` or after the pair.
fn triple_raw(pair: u64, third: u64, before: bool) -> u64 {
    pair ^ (third | (before as u64) << 32).wrapping_mul(0xC2B2_AE3D_27D4_EB4F)
}

/// The UTF-8 bytes `from..to` of `bytes` (one to eight) as a number.
#[inline]
fn raw_bytes(bytes: &[u8], from: usize, to: usize) -> u64 {
    match bytes.get(from..from + 8) {
        // One unaligned read, the bytes beyond `to` masked off.
        Some(word) => u64::from_le_bytes(word.try_into().unwrap()) & (u64::MAX >> (64 - 8 * (to - from))),
        None => bytes[from..to].iter().rev().fold(0, |v, &b| v << 8 | b as u64),
    }
}

fn triple_key(a: char, b: char, c: char) -> u64 {
    (a as u64) << 42 | (b as u64) << 21 | c as u64
}

fn pair_key(a: char, b: char) -> u64 {
    (a as u64) << 21 | b as u64
}

impl Anchors {
    fn new(mut triples: Vec<([char; 3], u32)>) -> Anchors {
        crate::sort::sort(&mut triples);
        let size = (triples.len() * 2).next_power_of_two();
        let mut slots = vec![(0u64, 0u32, 0u32); size];
        let mut postings = Vec::with_capacity(triples.len());
        let mut pairs = vec![0u64; (1 << FILTER_BITS) / 32];
        let mut filter = vec![0u64; (1 << FILTER_BITS) / 64];
        for group in triples.chunk_by(|x, y| x.0 == y.0) {
            let [a, b, c] = group[0].0;
            let start = postings.len() as u32;
            postings.extend(group.iter().map(|g| g.1));
            let key = triple_key(a, b, c);
            let mut i = Self::slot(key, size);
            while slots[i].0 != 0 {
                i = (i + 1) & (size - 1);
            }
            slots[i] = (key, start, postings.len() as u32);
            let raw = |cs: &[char]| {
                let mut buf = [0u8; 8];
                let len = cs.iter().fold(0, |at, c| at + c.encode_utf8(&mut buf[at..]).len());
                raw_bytes(&buf, 0, len)
            };
            let (front, back) = (raw(&[a, b]), raw(&[b, c]));
            for (pair, kind) in [(front, FRONT), (back, BACK)] {
                let s = filter_slot(pair);
                pairs[s / 32] |= kind << (s % 32 * 2);
            }
            for t in [triple_raw(front, raw(&[c]), false), triple_raw(back, raw(&[a]), true)] {
                let s = filter_slot(t);
                filter[s / 64] |= 1 << (s % 64);
            }
        }
        Anchors { slots, postings, pairs, triples: filter }
    }

    fn slot(key: u64, size: usize) -> usize {
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 40) as usize & (size - 1)
    }

    /// The postings of the triple `a`, `b`, `c` (none for most).
    fn lookup(&self, a: char, b: char, c: char) -> &[u32] {
        let key = triple_key(a, b, c);
        let mut i = Self::slot(key, self.slots.len());
        loop {
            let (k, start, end) = self.slots[i];
            if k == key {
                return &self.postings[start as usize..end as usize];
            }
            if k == 0 {
                return &[];
            }
            i = (i + 1) & (self.slots.len() - 1);
        }
    }

    /// Where the index's triples stand in `line`: `found(index of the triple's first character,
    /// the byte offsets of its four character boundaries, its postings)`, in no set order.
    fn scan(&self, line: &str, mut found: impl FnMut(usize, [usize; 4], &[u32])) {
        let bytes = line.as_bytes();
        let len = bytes.len();
        if len == 0 {
            return;
        }
        // The pair starting at byte `x` and ending at character `i` (byte `y` is its second
        // character); `w`: where the character before the pair starts, if there is one.
        let (mut w, mut x, mut y, mut i) = (None, 0, utf8_len(bytes[0]), 1);
        // The pairs that pass the filter are noted without a branch and looked at in batches:
        // the filter passes about a fifth of a Chinese text's pairs (common pairs such as 工作
        // stand in many terms), too many and too irregularly for a branch on each to be
        // predicted.
        let mut batch = [(None, 0, 0); BATCH];
        let mut n = 0;
        while y < len {
            let end = y + utf8_len(bytes[y]);
            let s = filter_slot(raw_bytes(bytes, x, end));
            let kinds = self.pairs[s / 32] >> (s % 32 * 2) & 3;
            batch[n] = (w, x, i);
            n += (kinds != 0) as usize;
            if n == BATCH {
                self.near_all(line, &batch, &mut found);
                n = 0;
            }
            if end >= len {
                break;
            }
            (w, x, y, i) = (Some(y), end, end + utf8_len(bytes[end]), i + 2);
        }
        self.near_all(line, &batch[..n], &mut found);
    }

    /// [`Anchors::near`] for each pair noted by [`Anchors::scan`]: (where the character before
    /// it starts, if there is one; where it starts; the index of its second character).
    fn near_all(
        &self,
        line: &str,
        batch: &[(Option<usize>, usize, usize)],
        found: &mut impl FnMut(usize, [usize; 4], &[u32]),
    ) {
        let bytes = line.as_bytes();
        for &(w, x, i) in batch {
            let y = x + utf8_len(bytes[x]);
            let end = y + utf8_len(bytes[y]);
            let pair = raw_bytes(bytes, x, end);
            let s = filter_slot(pair);
            let kinds = self.pairs[s / 32] >> (s % 32 * 2) & 3;
            self.near(line, pair, kinds, (w, [x, y, end], i), found);
        }
    }

    /// The triples around a pair that passed the pair filter (`kinds`): the one it ends
    /// (from `w`), the one it begins.
    #[inline(never)]
    fn near(
        &self,
        line: &str,
        pair: u64,
        kinds: u64,
        (w, [x, y, end], i): (Option<usize>, [usize; 3], usize),
        found: &mut impl FnMut(usize, [usize; 4], &[u32]),
    ) {
        let bytes = line.as_bytes();
        let passes = |third: usize, to: usize, before: bool| {
            let s = filter_slot(triple_raw(pair, raw_bytes(bytes, third, to), before));
            self.triples[s / 64] >> (s % 64) & 1 != 0
        };
        let decoded = |from: usize| {
            let mut cs = line[from..].chars();
            self.lookup(cs.next().unwrap(), cs.next().unwrap(), cs.next().unwrap())
        };
        if let Some(w) = w.filter(|&w| kinds & BACK != 0 && passes(w, x, true)) {
            let postings = decoded(w);
            if !postings.is_empty() {
                found(i - 2, [w, x, y, end], postings);
            }
        }
        if kinds & FRONT != 0 && end < bytes.len() {
            let after = end + utf8_len(bytes[end]);
            if passes(end, after, false) {
                let postings = decoded(x);
                if !postings.is_empty() {
                    found(i - 1, [x, y, end, after], postings);
                }
            }
        }
    }
}

/// Inserts `item` into the sorted `set` unless it is there: whether it was not.
fn insert_sorted<'a>(set: &mut Vec<&'a str>, item: &'a str) -> bool {
    match set.binary_search(&item) {
        Ok(_) => false,
        Err(at) => {
            set.insert(at, item);
            true
        }
    }
}

fn same_class(a: char, b: char) -> bool {
    CLASSES.iter().any(|class| class.contains(a) && class.contains(b))
}

impl Lexicon {
    fn parse(data: &'static str) -> Lexicon {
        let mut terms: Vec<Box<[char]>> = Vec::new();
        // The terms met so far: a term listed twice is indexed once, at its first place.
        let mut seen: Vec<&str> = Vec::new();
        let mut words = Vec::new();
        let mut correct = Vec::new();
        let mut wrong = Vec::new();
        for entry in entries(data) {
            match entry {
                Entry::Term(t) => {
                    correct.push(t);
                    let chars: Box<[char]> = t.chars().collect();
                    assert!(chars.len() <= MAX_TERM_LEN, "a term of at most {MAX_TERM_LEN} characters: {t}");
                    if chars.len() >= MIN_LEN && insert_sorted(&mut seen, t) {
                        terms.push(chars);
                        words.push(t);
                    }
                }
                Entry::Phrase(p) => correct.push(p),
                Entry::Wrong(w, r, error) => wrong.push((w.chars().collect::<Box<[char]>>(), r, error)),
            }
        }
        crate::sort::sort(&mut correct);
        correct.dedup();
        crate::sort::sort(&mut wrong);
        let mut triples: Vec<([char; 3], u32)> = Vec::new();
        let mut edges = Vec::new();
        for (i, t) in terms.iter().enumerate() {
            let n = t.len();
            let tag = (i as u32) << 2;
            triples.push(([t[0], t[1], t[2]], tag | FIRST));
            triples.push(([t[n - 3], t[n - 2], t[n - 1]], tag | LAST));
            edges.push(pair_key(t[0], t[1]) << 2 | FIRST as u64);
            edges.push(pair_key(t[n - 2], t[n - 1]) << 2 | LAST as u64);
        }
        crate::sort::sort(&mut edges);
        for (i, (w, _, _)) in wrong.iter().enumerate() {
            // A wrong form is met as it is, by its first three characters.
            assert!(w.len() >= 3, "a wrong form of at least three characters: {w:?}");
            triples.push(([w[0], w[1], w[2]], (i as u32) << 2 | WRONG));
        }
        let anchors = Anchors::new(triples);
        Lexicon { terms, correct, wrong, anchors, edges, places: OnceLock::new(), words }
    }

    #[cfg(test)]
    pub(super) fn term_count(&self) -> usize {
        self.terms.len()
    }

    /// Whether some term begins (`first`) or ends with the pair `a`, `b`.
    fn edge_pair(&self, a: char, b: char, first: bool) -> bool {
        let key = pair_key(a, b) << 2 | if first { FIRST } else { LAST } as u64;
        self.edges.binary_search(&key).is_ok()
    }

    /// Where `c` stands in the terms: (c, term, index), by term.
    fn places(&self, c: char) -> &[(char, u16, u16)] {
        let all = self.places.get_or_init(|| {
            let mut places: Vec<(char, u16, u16)> = self
                .terms
                .iter()
                .enumerate()
                .flat_map(|(i, t)| t.iter().enumerate().map(move |(p, &c)| (c, i as u16, p as u16)))
                .collect();
            crate::sort::sort(&mut places);
            places
        });
        let from = all.partition_point(|p| p.0 < c);
        let to = all.partition_point(|p| p.0 <= c);
        &all[from..to]
    }

    fn is_correct(&self, text: &str) -> bool {
        self.correct.binary_search(&text).is_ok()
    }
}

/// What a window of the text is to a term.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Edit {
    /// The character at this index of the term was replaced.
    Changed(usize),
    /// The character at this index of the term is missing.
    Dropped(usize),
    /// The character at this index of the term is there twice.
    Doubled(usize),
}

fn common_prefix(a: &[char], b: &[char]) -> usize {
    a.iter().zip(b).take_while(|(x, y)| x == y).count()
}

fn common_suffix(a: &[char], b: &[char]) -> usize {
    a.iter().rev().zip(b.iter().rev()).take_while(|(x, y)| x == y).count()
}

/// The one edit that turns `term` into `window`, if there is one (and `window` is not `term`).
fn edit(term: &[char], window: &[char]) -> Option<Edit> {
    let (n, m) = (term.len(), window.len());
    let pre = common_prefix(term, window);
    let suf = common_suffix(term, window);
    if m == n {
        (pre < n && pre + suf == n - 1).then_some(Edit::Changed(pre))
    } else if m + 1 == n {
        // The dropped character is the first that differs (the leftmost, when two are alike).
        (pre + suf >= m).then_some(Edit::Dropped(pre))
    } else if m == n + 1 {
        // One character too many, right after `pre`: a doubling when it repeats a neighbour.
        if pre + suf < n {
            return None;
        }
        let extra = window[pre];
        if pre > 0 && term[pre - 1] == extra {
            Some(Edit::Doubled(pre - 1))
        } else if term.get(pre) == Some(&extra) {
            Some(Edit::Doubled(pre))
        } else {
            None
        }
    } else {
        None
    }
}

/// Whether a correct entry of the lexicon stands in the text over the characters `at` (a range
/// of character indices): then they are that entry's, not a slip.
fn covered(lex: &Lexicon, line: &str, bytes: &[usize], at: Option<(usize, usize)>) -> bool {
    let Some((from, to)) = at else { return false };
    let chars = bytes.len() - 1;
    (from.saturating_sub(MAX_CORRECT_LEN)..=from)
        .any(|s| (to.max(s + 2)..=(s + MAX_CORRECT_LEN).min(chars)).any(|e| lex.is_correct(&line[bytes[s]..bytes[e]])))
}

/// A near miss found in a paragraph, in character indices of it.
#[derive(Debug, Clone)]
struct Candidate {
    start: usize,
    end: usize,
    /// The right form, where it is certain enough to offer as a fix.
    right: Option<String>,
    message: String,
    severity: Severity,
    /// The characters the edit concerns (for the cover check), if any.
    at: Option<(usize, usize)>,
    /// A wrong form the lexicon lists: it wins over a near miss found at the same place.
    known: bool,
}

/// The near misses of the lexicon's terms in one paragraph (`line`, which starts at byte `base`).
/// `budget`: how many more censoring dots the document may look up (see [`censored`]).
/// `chars`: a buffer for the paragraph's characters, kept from one paragraph to the next.
pub(super) fn check_line(line: &str, base: usize, budget: &mut usize, chars: &mut Vec<char>, out: &mut Vec<Finding>) {
    let lex = &*LEXICON;
    // One pass over the paragraph finds the index's candidates and whether it holds a dot.
    let (hits, dotted) = hits(lex, line);
    if hits.is_empty() && !dotted {
        return; // most paragraphs
    }
    chars.clear();
    chars.extend(line.chars());
    let chars = &chars[..];
    let bytes: Vec<usize> = line.char_indices().map(|(b, _)| b).chain([line.len()]).collect();
    let mut found: Vec<Candidate> = Vec::new();
    let text = |s: usize, e: usize| &line[bytes[s]..bytes[e]];
    for hit in hits {
        match hit {
            Hit::Wrong(id, start, end) => {
                let (_, right, error) = &lex.wrong[id];
                let wrong = text(start, end);
                let message = format!("“{wrong}”有错字,应为“{right}”");
                let severity = if *error { Severity::Error } else { Severity::Warning };
                found.push(Candidate {
                    start,
                    end,
                    right: Some(right.to_string()),
                    message,
                    severity,
                    at: Some((start, end)),
                    known: true,
                });
            }
            Hit::Near(id, start, end, e) => {
                if let Some(c) = judge(lex, &lex.terms[id], chars, (start, end), text(start, end), e) {
                    found.push(c);
                }
            }
        }
    }
    if dotted {
        censored(lex, chars, budget, &mut found);
    }
    // A change that a correct entry found in the text explains is no change (`优化经商环境`,
    // `精准脱贫攻坚`).
    // A listed wrong form inside a correct phrase (`有限司法`) is that phrase's.
    found.retain(|c| !covered(lex, line, &bytes, c.at));
    // One finding per place: the longest term wins (`第二个百年奇斗目标` over `百年奇斗目标`).
    // (Known forms first among equals, so that the order the sort leaves them in does not matter.)
    crate::sort::sort_by_key(&mut found, |c| (c.start, usize::MAX - (c.end - c.start), !c.known));
    let mut last_end = 0;
    let mut kept: Vec<Candidate> = Vec::new();
    for c in found {
        if let Some(prev) = kept.last_mut() {
            if c.start < last_end {
                if c.known && !prev.known || c.known == prev.known && c.end - c.start > prev.end - prev.start {
                    last_end = c.end;
                    *prev = c;
                }
                continue;
            }
        }
        last_end = c.end;
        kept.push(c);
    }
    for c in kept {
        let range = base + bytes[c.start]..base + bytes[c.end];
        let safe = c.severity == Severity::Error;
        let finding = Finding::new(super::META.id, c.severity, range.clone(), c.message);
        out.push(match c.right {
            Some(right) => finding.with_fix(range, right, safe),
            None => finding,
        });
    }
}

/// How many characters at either end of a term of `n` characters a change or an inner drop must
/// keep off.
fn margin(n: usize) -> usize {
    if n >= EDGE_MIN_LEN {
        0
    } else if n >= NEAR_EDGE_MIN_LEN {
        1
    } else {
        2
    }
}

/// What the index finds in a paragraph (character indices): a listed wrong form, or a window one
/// edit from a term (the term's id, the window, the edit), before any judging.
#[derive(Debug, PartialEq)]
enum Hit {
    Wrong(usize, usize, usize),
    Near(usize, usize, usize, Edit),
}

/// Room for the triples a paragraph meets, reserved at once (most meet fewer).
const MET_CAPACITY: usize = 16;

/// The index's hits in `line`, and whether it holds a dot [`censored`] looks at.
///
/// The hits come in a fixed order, which decides between two findings of the same span (the
/// first is kept): by the character that ends the term's first pair (its last pair, for a term
/// met by its end), then by the posting's tag.
fn hits(lex: &Lexicon, line: &str) -> (Vec<Hit>, bool) {
    // (that character, tag, the pair's first character, its byte, the byte after the pair)
    // (Most paragraphs meet a few: room for them at once rather than growing.)
    let mut met: Vec<(usize, u32, usize, usize, usize)> = Vec::with_capacity(MET_CAPACITY);
    lex.anchors.scan(line, |s, at, postings| {
        for &tag in postings {
            met.push(match tag & 3 {
                LAST => (s + 2, tag, s + 1, at[1], at[3]),
                _ => (s + 1, tag, s, at[0], at[2]),
            });
        }
    });
    met.sort_unstable_by_key(|m| (m.0, m.1));
    let mut out = Vec::new();
    for (_, tag, a, a_at, e_at) in met {
        verify(lex, line, tag, (a, a_at, e_at), &mut out);
    }
    (out, censoring_dot(line))
}

/// Whether `line` holds a `.` or `．` between Chinese characters (or between one and the
/// paragraph's edge): the dots [`censored`] looks at. Most paragraphs have none, or only the
/// dots of figures (`12.5%`), and skip the character buffers.
fn censoring_dot(line: &str) -> bool {
    let around = |at: usize, len: usize| {
        let (before, after) = (char_before(line, at), char_at(line, at + len));
        before.is_none_or(is_han) && after.is_none_or(is_han) && (before.is_some() || after.is_some())
    };
    // A byte search for the ASCII dot first (most paragraphs have none).
    line.as_bytes().contains(&b'.') && line.match_indices('.').any(|(at, _)| around(at, 1))
        || char_positions(line, '．').any(|at| around(at, '．'.len_utf8()))
}

/// Whether an edit of a term of `n` characters is of a kind [`judge`] may report, by where it is
/// alone (most windows one edit from a term are a change at a short term's edge: dropped here,
/// before the paragraph is read any further).
fn may_report(n: usize, e: Edit) -> bool {
    match e {
        Edit::Changed(k) => n >= SUB_MIN_LEN && k >= margin(n) && k + margin(n) < n,
        Edit::Dropped(_) => n >= DROP_MIN_LEN,
        Edit::Doubled(k) => k > 0 && k + 1 < n,
    }
}

/// Whether a window one edit from a term can go on with `c3`, `c4` after the term's first three
/// characters (`t3`, `t4` are the term's next two; read from the end for a term met by its last
/// three). The edit is further in, so the window has the term's fourth character there; or the
/// fifth, the fourth dropped; or the fourth changed, the fifth is the term's; or the third
/// doubled, the fourth is one further on. Every window [`verify`] accepts has one of these.
fn may_fit(t3: Option<char>, t4: Option<char>, c3: Option<char>, c4: Option<char>) -> bool {
    c3.is_some() && (c3 == t3 || c3 == t4) || c4.is_some() && (c4 == t4 || c4 == t3)
}

/// The longest term the lexicon may hold (the buffer `verify` reads a window into).
const MAX_TERM_LEN: usize = 40;

/// Whether the text at a pair (`a`: its index in characters, `a_at` its byte, `e_at` the byte
/// after it) holds the wrong form or a window one edit from the term of `tag`.
fn verify(lex: &Lexicon, line: &str, tag: u32, (a, a_at, e_at): (usize, usize, usize), out: &mut Vec<Hit>) {
    let id = (tag >> 2) as usize;
    if tag & 3 == WRONG {
        let wrong = &lex.wrong[id].0;
        if line[a_at..].chars().take(wrong.len()).eq(wrong.iter().copied()) {
            out.push(Hit::Wrong(id, a, a + wrong.len()));
        }
        return;
    }
    // The term itself, met whole (most hits): one comparison of bytes.
    let word = lex.words[id];
    if tag & 3 == FIRST && line[a_at..].starts_with(word) || tag & 3 == LAST && line[..e_at].ends_with(word) {
        return;
    }
    let term = &lex.terms[id];
    let n = term.len();
    // The two characters after the term's first three (before its last three) must fit it:
    // most terms met by their first or last three characters go on differently, and are told
    // here without reading the whole window.
    let inward = |k: usize| term.get(if tag & 3 == FIRST { k } else { n.wrapping_sub(1 + k) }).copied();
    let (c3, c4) = if tag & 3 == FIRST {
        let mut next = line[e_at..].chars();
        next.next();
        (next.next(), next.next())
    } else {
        let mut next = line[..a_at].chars().rev().skip(1);
        (next.next(), next.next())
    };
    if !may_fit(inward(3), inward(4), c3, c4) {
        return;
    }
    let mut buf = ['\0'; MAX_TERM_LEN + 1];
    if tag & 3 == FIRST {
        // The n + 1 characters from the pair on.
        let mut len = 0;
        for (slot, c) in buf.iter_mut().zip(line[a_at..].chars().take(n + 1)) {
            *slot = c;
            len += 1;
        }
        let text = &buf[..len];
        let pre = common_prefix(term, text);
        if pre == n {
            return; // the term itself
        }
        // The windows of n - 1, n and n + 1 characters that start with the pair and agree
        // with the term but for one edit: cheap tests first, since most do not.
        let tail = |from: usize, to: usize, t: usize| text.get(from..to).is_some_and(|w| *w == term[t..]);
        for (fits, m) in
            [(tail(pre, n - 1, pre + 1), n - 1), (tail(pre + 1, n, pre + 1), n), (tail(pre + 1, n + 1, pre), n + 1)]
        {
            if let Some(e) = fits.then(|| edit(term, &text[..m])).flatten().filter(|&e| may_report(n, e)) {
                out.push(Hit::Near(id, a, a + m, e));
            }
        }
    } else {
        // The n + 1 characters up to the end of the pair, the last at the end of `buf`.
        let mut len = 0;
        for (slot, c) in buf.iter_mut().rev().zip(line[..e_at].chars().rev().take(n + 1)) {
            *slot = c;
            len += 1;
        }
        let text = &buf[buf.len() - len..];
        let suf = common_suffix(term, text);
        if suf == n {
            return;
        }
        let e = a + 2;
        let head = |m: usize, k: usize| len.checked_sub(m).is_some_and(|s| text[s..s + k] == term[..k]);
        for (fits, m) in [(head(n - 1, n - 1 - suf), n - 1), (head(n, n - 1 - suf), n), (head(n + 1, n - suf), n + 1)] {
            if let Some(ed) = fits.then(|| edit(term, &text[len - m..])).flatten().filter(|&e| may_report(n, e)) {
                out.push(Hit::Near(id, e - m, e, ed));
            }
        }
    }
}

#[cfg(test)]
mod tests;
