//! Small character classes shared by the rules, so no rule keeps its own copy.

/// A Han (CJK ideograph) character, including 〇 which reports use in years (二〇二三年).
pub fn is_han(c: char) -> bool {
    matches!(c as u32,
        0x3007 | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2A6DF | 0x2A700..=0x2EBEF | 0x30000..=0x3134F)
}

/// Punctuation that ends a sentence in Chinese or Western text.
pub fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?' | '；' | ';' | '…')
}

/// Chinese or ASCII punctuation (a rough class, used to tell words from the marks around them).
pub fn is_punct(c: char) -> bool {
    c.is_ascii_punctuation()
        || matches!(c as u32, 0x3000..=0x303F | 0xFF00..=0xFF0F | 0xFF1A..=0xFF20 | 0xFF3B..=0xFF40 | 0xFF5B..=0xFF65 | 0x2010..=0x2027 | 0x2030..=0x205E | 0xFE30..=0xFE4F)
}

/// The character before byte offset `pos` in `s`, if any.
pub fn char_before(s: &str, pos: usize) -> Option<char> {
    s[..pos].chars().next_back()
}

/// The character at byte offset `pos` in `s`, if any.
pub fn char_at(s: &str, pos: usize) -> Option<char> {
    s[pos..].chars().next()
}

/// The byte offset of character `n` of `s` (counting from 0), if `s` has more than `n`
/// characters: the offset `s.char_indices().nth(n)` gives. One short loop for every caller: the
/// standard library's `nth` of `Chars` and of `CharIndices` were 0.8 KB of the page module.
#[inline(never)]
pub fn char_offset(s: &str, n: usize) -> Option<usize> {
    let mut left = n;
    for (i, &b) in s.as_bytes().iter().enumerate() {
        // A character starts at each byte that is not a continuation byte (`10xxxxxx`).
        if b & 0xC0 != 0x80 {
            if left == 0 {
                return Some(i);
            }
            left -= 1;
        }
    }
    None
}

/// The length of the UTF-8 sequence whose first byte is `first` (1 for a continuation byte,
/// which a walk from one character's start to the next never meets). A scan that looks at
/// characters' first bytes only steps with this instead of decoding each character.
///
/// Branches, not a lookup table: in a Chinese report nearly every character is three bytes, so
/// the branch is predicted and each step need not wait for the byte it depends on. With a table
/// every step waited for two loads, and a walk over 10 MB took 2.7 times as long.
#[inline(always)]
pub fn utf8_len(first: u8) -> usize {
    if first & 0xF0 == 0xE0 {
        3
    } else if first < 0x80 {
        1
    } else if first < 0xE0 {
        2
    } else {
        4
    }
}

/// Bit masks that tell a few three-byte characters from the rest without a multi-way branch:
/// for each lead byte (by its low four bits), one mask of the second bytes and one of the third
/// bytes (each by its low six bits) that some listed character has with that lead. A character
/// whose bytes pass both may be listed (the masks are unions, so callers that need certainty
/// compare the character); one that fails is not. In Chinese text the lead bytes E4–E9 come in
/// no order, so a `match` on them mispredicts nearly every character; this test is one branch,
/// taken rarely.
pub struct Masks3 {
    second: [u64; 16],
    third: [u64; 16],
}

impl Masks3 {
    /// The masks of `chars`, each a three-byte character (U+0800–U+FFFF).
    pub const fn of(chars: &[char]) -> Masks3 {
        let mut m = Masks3 { second: [0; 16], third: [0; 16] };
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i] as u32;
            let lead = (c >> 12) as usize & 15;
            m.second[lead] |= 1 << (c >> 6 & 63);
            m.third[lead] |= 1 << (c & 63);
            i += 1;
        }
        m
    }

    /// The masks of the first characters of `words` that are three bytes long (a [`Words`]
    /// list's text: words joined by `|`); words starting with another character are left out.
    pub const fn of_first_chars(words: &str) -> Masks3 {
        let b = words.as_bytes();
        let mut m = Masks3 { second: [0; 16], third: [0; 16] };
        let mut i = 0;
        while i + 2 < b.len() {
            if (i == 0 || b[i - 1] == b'|') && b[i] & 0xF0 == 0xE0 {
                let lead = (b[i] & 15) as usize;
                m.second[lead] |= 1 << (b[i + 1] & 63);
                m.third[lead] |= 1 << (b[i + 2] & 63);
            }
            i += 1;
        }
        m
    }

    /// The masks of every character of `chars`, all of them three bytes long.
    pub const fn of_each(chars: &str) -> Masks3 {
        let b = chars.as_bytes();
        let mut m = Masks3 { second: [0; 16], third: [0; 16] };
        let mut i = 0;
        while i + 2 < b.len() {
            let lead = (b[i] & 15) as usize;
            m.second[lead] |= 1 << (b[i + 1] & 63);
            m.third[lead] |= 1 << (b[i + 2] & 63);
            i += 3;
        }
        m
    }

    /// Whether some three-byte character of `t` passes the masks.
    pub fn any_in(&self, t: &str) -> bool {
        let b = t.as_bytes();
        let mut i = 0;
        while i < b.len() {
            let n = utf8_len(b[i]);
            if n == 3 && self.pass(b, i) {
                return true;
            }
            i += n;
        }
        false
    }

    /// The masks of the characters of both (each mask is the union of its characters' bits).
    pub const fn union(&self, other: &Masks3) -> Masks3 {
        let mut m = Masks3 { second: self.second, third: self.third };
        let mut lead = 0;
        while lead < 16 {
            m.second[lead] |= other.second[lead];
            m.third[lead] |= other.third[lead];
            lead += 1;
        }
        m
    }

    /// Whether the three-byte character at byte `i` of `b` passes the masks (`b[i]` must be
    /// a three-byte lead, E0–EF).
    #[inline(always)]
    pub fn pass(&self, b: &[u8], i: usize) -> bool {
        let lead = (b[i] & 15) as usize;
        (self.second[lead] >> (b[i + 1] & 63)) & (self.third[lead] >> (b[i + 2] & 63)) & 1 != 0
    }
}

/// Where the character `c` stands in `s`, as byte offsets, left to right: `s.match_indices(c)`,
/// faster for the three-byte characters that rules look for in whole drafts (`年`, `。`, `“`).
///
/// Why: the standard search looks for the character's last byte and checks each hit, but in
/// Chinese text every last byte is common (`年` ends in B4, as do one character in 64), so it
/// stopped every few dozen bytes. This compares all three bytes at many places at once (see
/// [`block_hits`]).
pub fn char_positions(s: &str, c: char) -> CharPositions<'_> {
    let mut pat = [0u8; 4];
    let len = c.encode_utf8(&mut pat).len();
    CharPositions { s, bytes: s.as_bytes(), c, pat, len, at: 0, word_at: 0, hits: 0 }
}

/// The iterator of [`char_positions`].
pub struct CharPositions<'a> {
    s: &'a str,
    bytes: &'a [u8],
    c: char,
    pat: [u8; 4],
    len: usize,
    /// The next byte to test.
    at: usize,
    /// Where the eight places of `hits` start.
    word_at: usize,
    /// The places of the last block tested that hold the character (see [`block_hits`]).
    hits: u64,
}

/// Places tested at once by [`block_hits`], and the bits of its answer per place.
#[cfg(target_arch = "x86_64")]
const BLOCK: usize = 16;
#[cfg(target_arch = "x86_64")]
const HIT_BITS: u32 = 1;
#[cfg(not(target_arch = "x86_64"))]
const BLOCK: usize = 8;
#[cfg(not(target_arch = "x86_64"))]
const HIT_BITS: u32 = 8;

/// Which of the [`BLOCK`] places from `at` hold the three bytes of `pat` (place k: bit
/// `k * HIT_BITS`, maybe with others below it in its group); `bytes` holds `at + BLOCK + 2`.
///
/// Native x86-64 compares sixteen places at once with SSE2, which every x86-64 processor has.
#[cfg(target_arch = "x86_64")]
#[inline]
fn block_hits(bytes: &[u8], at: usize, pat: [u8; 4]) -> u64 {
    use std::arch::x86_64::{
        __m128i, _mm_and_si128, _mm_cmpeq_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_set1_epi8,
    };
    let block = &bytes[at..at + BLOCK + 2];
    // SAFETY: SSE2 is part of x86-64; each load reads 16 bytes inside `block` (k + 16 ≤ 18).
    unsafe {
        let same = |k: usize| {
            let here = _mm_loadu_si128(block[k..k + 16].as_ptr() as *const __m128i);
            _mm_cmpeq_epi8(here, _mm_set1_epi8(pat[k] as i8))
        };
        _mm_movemask_epi8(_mm_and_si128(_mm_and_si128(same(0), same(1)), same(2))) as u32 as u64
    }
}

/// Elsewhere (the browser's wasm) eight places at once in 64-bit words (SWAR): a byte of `x` is
/// zero where all three bytes match, and the high bit of each byte of the answer marks exactly
/// those (no carry crosses bytes: each sum is at most 0x7F + 0x7F).
#[cfg(not(target_arch = "x86_64"))]
#[inline(always)]
fn block_hits(bytes: &[u8], at: usize, pat: [u8; 4]) -> u64 {
    swar_hits(bytes, at, pat)
}

/// [`block_hits`] off x86-64 (tested everywhere).
/// (No closures or slice conversions here: the browser's module is built for size, and left them
/// as calls, three for every eight bytes.)
#[cfg(any(test, not(target_arch = "x86_64")))]
#[inline(always)]
fn swar_hits(bytes: &[u8], at: usize, pat: [u8; 4]) -> u64 {
    const LOW_7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    const HIGH_1: u64 = 0x8080_8080_8080_8080;
    const ONES: u64 = 0x0101_0101_0101_0101;
    let block = &bytes[at..at + 10];
    let first = u64::from_le_bytes(*block.first_chunk::<8>().unwrap());
    let second = u64::from_le_bytes(*block[1..].first_chunk::<8>().unwrap());
    let third = u64::from_le_bytes(*block[2..].first_chunk::<8>().unwrap());
    let x = (first ^ (pat[0] as u64 * ONES)) | (second ^ (pat[1] as u64 * ONES)) | (third ^ (pat[2] as u64 * ONES));
    !(((x & LOW_7) + LOW_7) | x) & HIGH_1
}

impl Iterator for CharPositions<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        if self.len != 3 {
            // Other widths are rare in these searches: the plain search, from `at` on.
            let mut buf = [0u8; 4];
            let needle: &str = self.c.encode_utf8(&mut buf);
            let k = self.s.get(self.at..)?.find(needle)?;
            self.at += k + self.len;
            return Some(self.at - self.len);
        }
        loop {
            if self.hits != 0 {
                let place = self.word_at + (self.hits.trailing_zeros() / HIT_BITS) as usize;
                self.hits &= self.hits - 1;
                return Some(place);
            }
            if self.at + BLOCK + 2 > self.bytes.len() {
                break;
            }
            self.hits = block_hits(self.bytes, self.at, self.pat);
            self.word_at = self.at;
            self.at += BLOCK;
        }
        // The last few bytes, one place at a time.
        while self.at + 3 <= self.bytes.len() {
            let at = self.at;
            self.at += 1;
            if self.bytes[at..at + 3] == self.pat[..3] {
                return Some(at);
            }
        }
        None
    }
}

/// Whether `b` is UTF-8, exactly as `std::str::from_utf8(b).is_ok()`: shortest forms only, no
/// surrogate halves, nothing above U+10FFFF. The browser's module has this and not std's
/// validator (which is twice the code for speed the page's one caller does not need).
pub fn is_utf8(b: &[u8]) -> bool {
    let mut i = 0;
    while i < b.len() {
        let lead = b[i];
        i += 1;
        let (more, least) = match lead {
            0..=0x7F => continue,
            0xC2..=0xDF => (1, 0x80),
            0xE0..=0xEF => (2, 0x800),
            0xF0..=0xF4 => (3, 0x10000),
            _ => return false,
        };
        let mut c = u32::from(lead) & (0x7F >> (more + 1));
        for _ in 0..more {
            match b.get(i) {
                Some(&x) if x & 0xC0 == 0x80 => c = c << 6 | u32::from(x & 0x3F),
                _ => return false,
            }
            i += 1;
        }
        if c < least || c > 0x10FFFF || (0xD800..0xE000).contains(&c) {
            return false;
        }
    }
    true
}

/// `String::from_utf16_lossy(units)`: UTF-16 to text, U+FFFD for each unpaired surrogate. Here
/// so that the browser's module pushes characters with the one `String::push` it has, not a
/// second copy inside std's decoder.
pub fn from_utf16_lossy(units: &[u16]) -> String {
    let mut s = String::with_capacity(units.len());
    let mut i = 0;
    while i < units.len() {
        let mut c = u32::from(units[i]);
        i += 1;
        if (0xD800..0xDC00).contains(&c) {
            if let Some(&low @ 0xDC00..=0xDFFF) = units.get(i) {
                c = 0x10000 + ((c - 0xD800) << 10) + (u32::from(low) - 0xDC00);
                i += 1;
            }
        }
        s.push(char::from_u32(c).unwrap_or(char::REPLACEMENT_CHARACTER));
    }
    s
}

/// A digit, ASCII or full-width (`7`, `７`): what `\d` matches in the checker's patterns.
pub fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// An ASCII letter: a placeholder `x` touching one is part of a Latin word (`Excel`, `XP`, `.docx`).
pub fn is_ascii_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
}

/// A Chinese numeral character as used in counts and years (一二三…十百千万, 〇 and 零).
pub fn is_cn_numeral(c: char) -> bool {
    matches!(
        c,
        '〇' | '零'
            | '一'
            | '二'
            | '三'
            | '四'
            | '五'
            | '六'
            | '七'
            | '八'
            | '九'
            | '十'
            | '百'
            | '千'
            | '万'
            | '两'
    )
}

/// The value of a Chinese numeral from 1 to 99 written the usual way (`八`, `十`, `十八`, `二十`, `二十一`).
pub fn cn_small_number(s: &str) -> Option<u32> {
    let digit = |c: char| "一二三四五六七八九".chars().position(|d| d == c).map(|p| p as u32 + 1);
    let cs: Vec<char> = s.chars().take(4).collect();
    if s.chars().count() > 3 {
        return None;
    }
    match cs.as_slice() {
        [a] if *a == '十' => Some(10),
        [a] => digit(*a),
        ['十', b] => digit(*b).map(|d| 10 + d),
        [a, '十'] => digit(*a).filter(|&d| d > 1).map(|d| d * 10),
        [a, '十', b] => Some(digit(*a).filter(|&d| d > 1)? * 10 + digit(*b)?),
        _ => None,
    }
}

/// Common surnames: `王某某`, `吴xx` name a person (a standard anonymisation or an unfilled name).
/// Characters that more often end an ordinary word (于, 方, 向, 高 …) are left out on purpose.
pub fn is_common_surname(c: char) -> bool {
    "王李张刘陈杨黄赵吴周徐孙朱胡郭林罗郑梁谢宋唐许韩冯邓曹彭曾肖董袁潘蒋蔡杜苏魏吕丁沈姚卢姜崔钟谭陆汪范廖贾夏韦付邹孟熊秦邱尹薛闫段雷侯陶黎贺顾毛郝龚邵钱严覃戴莫孔汤骆康"
        .contains(c)
}

/// The range of an empty bracket pair (`()`, `（）`, `[]`, `【】`, blanks allowed inside) that ends
/// `line` right after the end of a sentence: the leftover of a web page's widgets (`…新局面!()`),
/// not a blank to fill in. Shared by `residue` (which reports it) and `placeholder` (which leaves it).
pub fn trailing_empty_brackets(line: &str) -> Option<std::ops::Range<usize>> {
    let trimmed = line.trim_end();
    let close = trimmed.chars().next_back()?;
    let open = match close {
        ')' | '）' => ['(', '（'],
        ']' => ['[', '['],
        '】' => ['【', '【'],
        _ => return None,
    };
    let end = trimmed.len();
    let inner_end = end - crate::text::char_len(close);
    let inner = trimmed[..inner_end].trim_end_matches(&[' ', '\u{3000}', '\t'][..]);
    let open_c = inner.chars().next_back()?;
    if !open.contains(&open_c) {
        return None;
    }
    let start = inner.len() - crate::text::char_len(open_c);
    let before = trimmed[..start].trim_end().chars().next_back()?;
    let closes_sentence = is_sentence_end(before) || matches!(before, '”' | '’' | '》' | '）' | ')' | '.');
    closes_sentence.then_some(start..end)
}

/// `t.rfind(w)` for a non-empty `w`, through the reverse search for `w`'s first character: the
/// reverse search for a string (`StrSearcher`'s `next_back`) cost the browser module about 0.9 KB
/// for the few words looked for from the end.
pub fn rfind_word(t: &str, w: &str) -> Option<usize> {
    let first = w.chars().next()?;
    let mut end = t.len();
    while let Some(i) = t[..end].rfind(first) {
        if t[i..].starts_with(w) {
            return Some(i);
        }
        end = i;
    }
    None
}

/// Bytes tested at once by [`has_byte`].
const BYTE_CHUNK: usize = 64;

/// Whether `bytes` holds `b`: a chunk at a time, with a test the compiler turns into a few vector
/// instructions (`<[u8]>::contains` goes byte by byte here). Most paragraphs lack the byte looked for.
pub fn has_byte(bytes: &[u8], b: u8) -> bool {
    let chunks = bytes.chunks_exact(BYTE_CHUNK);
    let tail = chunks.remainder();
    chunks.into_iter().any(|c| c.iter().fold(false, |any, &x| any | (x == b))) || tail.contains(&b)
}

/// A list of words kept as one string with `|` between them; written with [`words!`].
///
/// Why not `&[&str]`: in the browser's module each word of a slice is also 8 bytes of pointer and
/// length, which gzip compresses poorly (about 1,600 words: 12.8 KB of such pairs). Joined, a list
/// costs its text alone; reading it splits at `|`, a byte no list word contains.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Words<'a>(pub &'a str);

impl<'a> Words<'a> {
    /// The words, in the order written.
    pub fn iter(self) -> std::str::Split<'a, char> {
        self.0.split('|')
    }

    /// Whether `word` is one of the words.
    pub fn contains(self, word: &str) -> bool {
        self.iter().any(|w| w == word)
    }

    /// Whether `t` contains any of the words.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn any_in(self, t: &str) -> bool {
        self.iter().any(|w| t.contains(w))
    }

    /// How many of the words `t` contains.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn count_in(self, t: &str) -> usize {
        self.iter().filter(|w| t.contains(w)).count()
    }

    /// Whether `t` starts with any of the words.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn starts(self, t: &str) -> bool {
        self.may_hold(t.chars().next()) && self.iter().any(|w| t.starts_with(w))
    }

    /// Whether `t` ends with any of the words.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn ends(self, t: &str) -> bool {
        self.may_hold(t.chars().next_back()) && self.iter().any(|w| t.ends_with(w))
    }

    /// The longest of the words that `t` starts with.
    ///
    /// Looks for `t`'s first character in the list's text, not at every word: a line of a page is
    /// tested at each of its words, and splitting the list each time cost more than the rule.
    pub fn longest_prefix_of(self, t: &str) -> Option<&'a str> {
        let list = self.0;
        let first = t.chars().next()?;
        list.match_indices(first)
            .filter(|&(i, _)| i == 0 || list.as_bytes()[i - 1] == b'|')
            .map(|(i, _)| &list[i..list[i..].find('|').map_or(list.len(), |j| i + j)])
            .filter(|w| t.starts_with(w))
            .max_by_key(|w| w.len())
    }

    /// `t` without the first of the words it ends with.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn strip_suffix_of(self, t: &str) -> Option<&str> {
        self.may_hold(t.chars().next_back()).then(|| self.iter().find_map(|w| t.strip_suffix(w)))?
    }

    /// `t` without the first of the words it starts with.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn strip_prefix_of(self, t: &str) -> Option<&str> {
        self.may_hold(t.chars().next()).then(|| self.iter().find_map(|w| t.strip_prefix(w)))?
    }

    /// Whether the list's text holds `c` (`None`: an empty text, which no word starts or ends).
    /// The tests at an edge ask this first: one scan of the list's text turns down most places,
    /// where splitting the list and comparing each word cost a scan per word.
    fn may_hold(self, c: Option<char>) -> bool {
        c.is_some_and(|c| self.0.contains(c))
    }
}

impl<'a> IntoIterator for Words<'a> {
    type Item = &'a str;
    type IntoIter = std::str::Split<'a, char>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

/// A [`Words`] list: `words!["下载", "收藏"]` is `Words("下载|收藏")`, joined at compile time.
#[macro_export]
macro_rules! words {
    ($first:literal $(, $word:literal)* $(,)?) => {
        $crate::text::Words(concat!($first $(, "|", $word)*))
    };
}

// Word-list tests, each one function for every list (in the page's module each `iter().any(|w| …)`
// over a list was a loop of its own at every call site).

/// Whether `t` contains any of `words`.
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn has_any(t: &str, words: &[&str]) -> bool {
    words.iter().any(|w| t.contains(*w))
}

/// Whether `t` starts with any of `words`.
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn starts_any(t: &str, words: &[&str]) -> bool {
    words.iter().any(|w| t.starts_with(*w))
}

/// Whether `t` ends with any of `words`.
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn ends_any(t: &str, words: &[&str]) -> bool {
    words.iter().any(|w| t.ends_with(*w))
}

/// `t` without the first of `words` it ends with.
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn strip_suffix_any<'a>(t: &'a str, words: &[&str]) -> Option<&'a str> {
    words.iter().find_map(|w| t.strip_suffix(*w))
}

/// `parts` joined by `sep`. One loop for every list of strings, where `[String]::join` and
/// `[&str]::join` would each bring their own copy of the standard library's join.
pub fn joined<S: AsRef<str>>(parts: &[S], sep: &str) -> String {
    joined_dyn(&mut parts.iter().map(|p| p.as_ref()), sep)
}

#[inline(never)]
fn joined_dyn(parts: &mut dyn Iterator<Item = &str>, sep: &str) -> String {
    let mut out = String::new();
    for (k, p) in parts.enumerate() {
        if k > 0 {
            out.push_str(sep);
        }
        out.push_str(p);
    }
    out
}

/// An ASCII digit, as a pattern (`t.starts_with(is_ascii_digit)`): one function for every such
/// test, where each closure would bring its own copy of the search.
pub fn is_ascii_digit(c: char) -> bool {
    c.is_ascii_digit()
}

/// Start of an FNV-1a hash: lines and names compared without keeping their text.
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// One step of an FNV-1a hash over `x` (a byte or a character).
pub fn fnv_step(h: u64, x: u64) -> u64 {
    (h ^ x).wrapping_mul(0x100_0000_01b3)
}

/// `c.len_utf8()`. In the browser module a call rather than its comparisons at each of the
/// crate's hundred places (650 B gzipped); natively inlined, it sits in per-character loops.
#[cfg_attr(target_arch = "wasm32", inline(never))]
pub fn char_len(c: char) -> usize {
    c.len_utf8()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfind_word_is_rfind() {
        for t in ["", "达到", "达达到达到的", "由上年的由", "啊啊啊", "共计共计共", "ab达"] {
            for w in ["达到", "由", "啊啊", "共计", "达", "x"] {
                assert_eq!(rfind_word(t, w), t.rfind(w), "{t} {w}");
            }
        }
    }

    #[test]
    fn char_offset_is_char_indices_nth() {
        for s in ["", "a", "工作总结", "a工b作c", "😀x总"] {
            for n in 0..6 {
                assert_eq!(char_offset(s, n), s.char_indices().nth(n).map(|(i, _)| i), "{s:?} {n}");
            }
        }
    }

    #[test]
    fn han_and_punct() {
        assert!(is_han('中') && is_han('〇') && !is_han('a') && !is_han('，'));
        assert!(is_punct('，') && is_punct('。') && is_punct('“') && is_punct(',') && !is_punct('中'));
        assert_eq!(char_before("中a", 3), Some('中'));
        assert_eq!(char_at("中a", 3), Some('a'));
    }

    #[test]
    fn first_char_masks_pass_each_word_start() {
        const M: Masks3 = Masks3::of_first_chars(words!["下载", "QQ", "收藏本文"].0);
        for w in ["下载", "收藏", "下"] {
            assert!(M.pass(w.as_bytes(), 0), "{w}");
        }
        // Only first characters: `载` and `藏` are inside words.
        for w in ["载", "藏", "本", "今"] {
            assert!(!M.pass(w.as_bytes(), 0), "{w}");
        }
    }

    #[test]
    fn longest_prefix_of_a_list() {
        let w = words!["下载", "下载本文", "下", "QQ", "收藏"];
        assert_eq!(w.longest_prefix_of("下载本文档"), Some("下载本文"));
        assert_eq!(w.longest_prefix_of("下一页"), Some("下"));
        assert_eq!(w.longest_prefix_of("QQ空间"), Some("QQ"));
        // `藏` is inside a word, not at its start.
        assert_eq!(w.longest_prefix_of("藏书"), None);
        assert_eq!(w.longest_prefix_of(""), None);
        let counters = Masks3::of_first_chars(words!["人气", "阅读量"].0);
        assert!(counters.any_in("本文阅读量:128") && !counters.any_in("全年举办讲座12场"));
    }

    #[test]
    fn from_utf16_lossy_agrees_with_std() {
        let edges: [u16; 9] = [0x41, 0x5E74, 0xD7FF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xE000, 0xFFFF];
        each_sequence(&edges, |seq| {
            assert_eq!(from_utf16_lossy(seq), String::from_utf16_lossy(seq), "{seq:x?}");
        });
    }

    /// Calls `f` on every sequence of up to four items drawn from `edges`.
    fn each_sequence<T: Copy>(edges: &[T], mut f: impl FnMut(&[T])) {
        let mut seq = Vec::new();
        for n in 0..=4u32 {
            for k in 0..edges.len().pow(n) {
                seq.clear();
                let mut k = k;
                for _ in 0..n {
                    seq.push(edges[k % edges.len()]);
                    k /= edges.len();
                }
                f(&seq);
            }
        }
    }

    #[test]
    fn is_utf8_agrees_with_std() {
        // Every sequence of up to four bytes drawn from the bytes where the rules change.
        let edges: Vec<u8> = vec![
            0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE,
            0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF,
        ];
        each_sequence(&edges, |seq| assert_eq!(is_utf8(seq), std::str::from_utf8(seq).is_ok(), "{seq:x?}"));
        let text = "年报“数据”𠀀 ok".as_bytes();
        for a in 0..text.len() {
            for b in a..=text.len() {
                assert_eq!(is_utf8(&text[a..b]), std::str::from_utf8(&text[a..b]).is_ok());
            }
        }
    }

    #[test]
    fn char_positions_agree_with_match_indices() {
        let texts = [
            "", "年", "年年", "2023年工作年报。新年", "a年", "ab年cd年efghijklmnop年年", "。“年”。", "x",
            "工作年年年年年年年年年年年年年年年年", "乴湴年", "×年×", "𠀀年𠀀",
        ];
        let mut lines: Vec<String> = texts.iter().map(|t| t.to_string()).collect();
        let pieces = ["年", "。", "“", "a", "乴", "工作", "×", "𠀀", "  "];
        lines.extend(crate::rules::test_util::random_lines(&pieces, 3000, 30, 7));
        for line in &lines {
            for c in ['年', '。', '“', '×', 'a', '𠀀'] {
                let want: Vec<usize> = line.match_indices(c).map(|(i, _)| i).collect();
                assert_eq!(char_positions(line, c).collect::<Vec<_>>(), want, "{c} in {line}");
            }
        }
    }

    /// The browser's eight-place test, on every place of texts where the character's bytes
    /// stand in and across other characters.
    #[test]
    fn swar_hits_mark_exactly_the_places() {
        let text = "年年a年乴湴年年×。“年”𠀀年工作年年年年年年年年年年年年年年年年B".repeat(3);
        let bytes = text.as_bytes();
        for c in ['年', '。', '“'] {
            let mut pat = [0u8; 4];
            c.encode_utf8(&mut pat);
            for at in 0..bytes.len() - 10 {
                let hits = swar_hits(bytes, at, pat);
                let want: u64 =
                    (0..8).filter(|k| bytes[at + k..].starts_with(&pat[..3])).map(|k| 0x80 << (8 * k)).sum();
                assert_eq!(hits, want, "{c} at {at}");
            }
        }
    }

    #[test]
    fn small_chinese_numbers() {
        assert_eq!(cn_small_number("十"), Some(10));
        assert_eq!(cn_small_number("十八"), Some(18));
        assert_eq!(cn_small_number("二十"), Some(20));
        assert_eq!(cn_small_number("二十一"), Some(21));
        assert_eq!(cn_small_number("九"), Some(9));
        assert_eq!(cn_small_number("一十"), None);
        assert_eq!(cn_small_number("大"), None);
        assert_eq!(cn_small_number("十八大会"), None);
    }

    #[test]
    fn trailing_empty_brackets_only_after_a_sentence() {
        let line = "不断开创新局面!()";
        assert_eq!(trailing_empty_brackets(line).map(|r| &line[r]), Some("()"));
        let line = "新局面。（ ）  ";
        assert_eq!(trailing_empty_brackets(line).map(|r| &line[r]), Some("（ ）"));
        assert_eq!(trailing_empty_brackets("培训()"), None);
        assert_eq!(trailing_empty_brackets("(一)"), None);
        assert_eq!(trailing_empty_brackets("()"), None);
        assert_eq!(trailing_empty_brackets(""), None);
    }
}
