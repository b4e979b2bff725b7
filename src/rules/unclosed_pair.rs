//! Quotes and brackets that are never closed, closed with no opener, reversed (`”…“`), or closed
//! with the wrong mark (`“…“`, `“…〞`): `“”` `‘’` `《》` `〈〉` `（）` `()` `【】` `〔〕` `[]` `「」` `『』` `〖〗`.
//!
//! Why it matters: a lone `“` is the mark of a sentence cut or pasted badly, and reviewers send
//! such a report back.
//!
//! How: one left-to-right pass per paragraph with a stack. A closer matches the nearest open mark
//! of its kind (looking at most a few levels down, so the pass stays linear); marks it skips over
//! are unclosed. What is left open at the end of a paragraph is carried into the next one, which
//! settles the two cross-paragraph cases: a quotation running over several paragraphs (each one
//! reopens with `“`, only the last closes) is correct and not reported, and a quotation cut by a
//! stray paragraph break (`“巾帼建新功⏎共筑中国梦”`) is reported once, as info, at its `“`: the pair
//! does close, and the break is the doubt (reviewers of real pages mark it optional at most).
//!
//! What it leaves alone: list markers `1)` `a)` `一）` (a closer with no opener, after a short
//! number), apostrophes (`women’s`, `’99` for a year), marks inside page furniture (`【字号：⏎加大
//! ⏎还原⏎减小⏎】`, reported by `residue`), a scraped link's words alone on a line inside a quotation
//! (`“双向⏎揭榜⏎挂帅”` is one quotation cut by breaks: info), straight quotes `"` (they do not say which side they are on),
//! and `（…)` closed with the other width (reported only as info, with a safe fix).
//! Each mistake is reported once, on the unmatched mark itself (a one-character span).

#[cfg(not(target_arch = "wasm32"))]
use super::RuleDocs;
use super::{page_furniture, residue, Context, Rule, RuleMeta};
use crate::analysis::pairs;
use crate::diagnostic::{Finding, Severity};
use crate::text::{char_at, char_before, is_ascii_letter, is_cn_numeral, utf8_len, Masks3};

/// What the rule is called and what it claims (see [`RuleMeta`]).
pub const META: RuleMeta = RuleMeta {
    id: "unclosed-pair",
    title: "引号或括号未闭合",
    top_severity: Severity::Error,
    #[cfg(not(target_arch = "wasm32"))]
    docs: RuleDocs {
        summary: "`“”‘’《》〈〉（）()【】〔〕[]「」『』` never closed, closed with no opener, reversed or closed wrongly (error); a quote cut by a paragraph break, or a link's words split onto lines of their own (info). Leaves alone brackets inside page furniture and `’99`",
        flags: "深入学习《中华人民共和国妇女权益保障法,开展“三八”维权周活动。",
        passes: "深入学习《中华人民共和国妇女权益保障法》,开展“三八”维权周活动。",
    },
};

pub struct UnclosedPair;

/// At most this many findings per paragraph and per draft: past that the text is garbage and
/// more findings only bury the useful ones.
const MAX_PER_LINE: usize = 10;
const MAX_PER_DOC: usize = 300;
/// A closer looks this many levels down the stack for its opener (keeps the pass linear).
const SEARCH_DEPTH: usize = 8;
/// Open marks beyond this depth are not tracked (only garbage nests this deep).
const MAX_STACK: usize = 1024;
/// `“就业难“`: a second opener this close (in bytes) to the first is taken for its closer;
/// farther apart, two quotes were each left open.
const WRONG_CLOSER_REACH: usize = 90;
/// Closers with no opener tracked per paragraph (for pairing reversed quotes).
const MAX_STRAYS: usize = 64;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    DoubleQuote,
    SingleQuote,
    Book,
    InnerBook,
    Round,
    Square,
    Lenticular,
    Tortoise,
    Corner,
    WhiteCorner,
    WhiteLenticular,
}

impl Kind {
    fn is_quote(self) -> bool {
        matches!(self, Kind::DoubleQuote | Kind::SingleQuote | Kind::Corner | Kind::WhiteCorner)
    }

    /// The closer that goes with an opener of this kind (full width).
    fn closer(self) -> char {
        match self {
            Kind::DoubleQuote => '”',
            Kind::SingleQuote => '’',
            Kind::Book => '》',
            Kind::InnerBook => '〉',
            Kind::Round => '）',
            Kind::Square => ']',
            Kind::Lenticular => '】',
            Kind::Tortoise => '〕',
            Kind::Corner => '」',
            Kind::WhiteCorner => '』',
            Kind::WhiteLenticular => '〗',
        }
    }

    fn opener(self) -> char {
        match self {
            Kind::DoubleQuote => '“',
            Kind::SingleQuote => '‘',
            Kind::Book => '《',
            Kind::InnerBook => '〈',
            Kind::Round => '（',
            Kind::Square => '[',
            Kind::Lenticular => '【',
            Kind::Tortoise => '〔',
            Kind::Corner => '「',
            Kind::WhiteCorner => '『',
            Kind::WhiteLenticular => '〖',
        }
    }
}

/// The three-byte marks of [`classify`] (the others are ASCII).
const MARKS3: Masks3 = Masks3::of(&[
    '“', '〝', '”', '〞', '〟', '‘', '’', '《', '》', '〈', '〉', '（', '）', '［', '］', '【', '】', '〔', '〕', '「',
    '」', '『', '』', '〖', '〗',
]);

/// Whether the character at byte `at` of `bytes` may be a paired mark (see [`classify`]), by its
/// bytes: most characters of a paragraph are told without decoding them (a test checks every
/// character). Bit masks ([`MARKS3`]) rather than a `match` on the first byte, which
/// mispredicted in Chinese text and let through all full-width punctuation (，。、： share their
/// first two bytes with the marks).
#[inline]
fn may_be_mark(bytes: &[u8], at: usize) -> bool {
    let lead = bytes[at];
    if lead & 0xF0 == 0xE0 {
        MARKS3.pass(bytes, at)
    } else {
        matches!(lead, b'(' | b')' | b'[' | b']')
    }
}

/// The kind of a paired mark and whether it opens.
fn classify(c: char) -> Option<(Kind, bool)> {
    Some(match c {
        '“' | '〝' => (Kind::DoubleQuote, true),
        '”' | '〞' | '〟' => (Kind::DoubleQuote, false),
        '‘' => (Kind::SingleQuote, true),
        '’' => (Kind::SingleQuote, false),
        '《' => (Kind::Book, true),
        '》' => (Kind::Book, false),
        '〈' => (Kind::InnerBook, true),
        '〉' => (Kind::InnerBook, false),
        '（' | '(' => (Kind::Round, true),
        '）' | ')' => (Kind::Round, false),
        '[' | '［' => (Kind::Square, true),
        ']' | '］' => (Kind::Square, false),
        '【' => (Kind::Lenticular, true),
        '】' => (Kind::Lenticular, false),
        '〔' => (Kind::Tortoise, true),
        '〕' => (Kind::Tortoise, false),
        '「' => (Kind::Corner, true),
        '」' => (Kind::Corner, false),
        '『' => (Kind::WhiteCorner, true),
        '』' => (Kind::WhiteCorner, false),
        '〖' => (Kind::WhiteLenticular, true),
        '〗' => (Kind::WhiteLenticular, false),
        _ => return None,
    })
}

/// The proper closer for an opener as written (`（`→`）`, `(`→`)`, `〝`→`〞`).
fn proper_closer(open: char) -> char {
    match open {
        '(' => ')',
        '[' => ']',
        '［' => '］',
        '〝' => '〞',
        _ => classify(open).map_or(open, |(k, _)| k.closer()),
    }
}

/// Whether `close` is an acceptable closer for `open` (same kind, same style), and if not,
/// whether it is only the other width (`（…)`), which is tolerated.
fn closer_fit(open: char, close: char) -> Fit {
    if close == proper_closer(open) || (open == '〝' && close == '〟') {
        return Fit::Exact;
    }
    match (open, close) {
        ('（', ')') | ('(', '）') | ('[', '］') | ('［', ']') => Fit::OtherWidth,
        _ => Fit::Wrong,
    }
}

#[derive(PartialEq)]
enum Fit {
    Exact,
    OtherWidth,
    Wrong,
}

#[derive(Clone, Copy, Debug)]
struct Open {
    kind: Kind,
    ch: char,
    /// Byte offset in the whole text.
    pos: usize,
    /// Left open by the previous paragraph.
    carried: bool,
}

struct Stray {
    kind: Kind,
    ch: char,
    pos: usize,
}

impl Rule for UnclosedPair {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Finding>) {
        let doc = ctx.doc;
        let first = out.len();
        let mut carried: Vec<Open> = Vec::new();
        // The two non-blank lines before this one.
        let (mut before, mut previous): (&str, &str) = ("", "");
        let mut wrapped = false;
        for (i, line) in doc.non_blank_lines() {
            if out.len() - first >= MAX_PER_DOC {
                break;
            }
            // `“双向⏎揭榜⏎挂帅”`: a scraped link's words on lines of their own; the quotation
            // goes on through them.
            if !carried.is_empty() && is_link_fragment(line) || is_arrow_banner(line) {
                continue;
            }
            let base = doc.lines[i].start;
            let mut found = Vec::new();
            // A short line inside such a run that stops mid-sentence (`…抢救⏎中心、胸痛中心、⏎创伤
            // 中心)`) was cut too, where the PDF's layout broke it.
            wrapped = !carried.is_empty()
                && (hard_wrapped(before, previous, line)
                    || wrapped && previous.trim_end().ends_with(&['、', '，', ','][..]));
            carried = check_line(line, base, std::mem::take(&mut carried), wrapped, &mut found);
            (before, previous) = (previous, line);
            found.truncate(MAX_PER_LINE);
            out.extend(found);
        }
        for o in carried.into_iter().take(MAX_PER_LINE) {
            out.push(unclosed(o));
        }
        // Brackets inside a forum's anti-scrape noise (`H( d- D' I$`) are residue, not pairs.
        let in_noise = |f: &Finding| {
            let i = doc.line_of(f.range.start);
            pairs::RESIDUE.in_line(&ctx.analysis, i) & residue::NOISE_BIT != 0
                && page_furniture::inside_noise(doc.line_text(i), f.range.start - doc.lines[i].start)
        };
        if out[first..].iter().any(in_noise) {
            super::drop_found(out, first, &in_noise);
        }
        // Marks inside page furniture (`【字号：⏎加大⏎还原⏎减小⏎】`) are reported as residue, not
        // here. Furniture lines are short: they are looked for only when a finding is on one.
        let on_short_line = |f: &Finding| doc.line_text(doc.line_of(f.range.start)).len() <= FURNITURE_LINE_BYTES;
        if out[first..].iter().any(on_short_line) {
            super::drop_found(out, first, &|f| ctx.analysis.on_furniture_line(f.range.start));
        }
    }
}

/// A line cut at a fixed width has at least this many characters.
const HARD_WRAP_MIN_CHARS: usize = 20;

/// `…,坚持“人⏎民至上、生命至上”的理念,…`: text copied from a PDF, cut into lines of one width
/// whatever the sentence. `previous` ends without a sentence's end and is as long as a line beside
/// it (within one character); the quotation goes on through the break, which is the draft's
/// real problem, not the quote.
fn hard_wrapped(before: &str, previous: &str, line: &str) -> bool {
    let width = |t: &str| t.trim().chars().count();
    let w = width(previous);
    w >= HARD_WRAP_MIN_CHARS
        && !previous.trim_end().ends_with(&['。', '！', '？', '；', '：', '…', '!', '?', ';', ':'][..])
        && [before, line].iter().any(|t| width(t).abs_diff(w) <= 1)
}

/// Page furniture is on lines of at most this many bytes (see `page_furniture`).
const FURNITURE_LINE_BYTES: usize = 180;

/// A link's words alone on a line (`揭榜`, `2.5` in `（PM⏎2.5⏎）`): a few Han characters, letters or
/// digits (a decimal point between them) and nothing else.
const LINK_FRAGMENT_CHARS: usize = 6;

fn is_link_fragment(line: &str) -> bool {
    let t = line.trim();
    !t.is_empty()
        && t.chars().count() <= LINK_FRAGMENT_CHARS
        && t.chars().all(|c| crate::text::is_han(c) || c.is_ascii_alphanumeric() || c == '.')
        && !t.starts_with('.')
        && !t.ends_with('.')
}

/// A short line that uses doubled guillemets as arrows (`》》点击图片进入专题《《`), as site banners do.
const ARROW_BANNER_CHARS: usize = 40;

fn is_arrow_banner(line: &str) -> bool {
    let t = line.trim();
    let inner = t.strip_prefix("》》").or_else(|| t.strip_prefix(">>")).unwrap_or(t);
    let inner = inner.strip_suffix("《《").or_else(|| inner.strip_suffix("<<")).unwrap_or(inner);
    inner.len() < t.len() && t.chars().count() <= ARROW_BANNER_CHARS && !inner.contains(&['《', '》'][..])
}

/// Adds a finding unless the paragraph already has its share.
fn push(out: &mut Vec<Finding>, f: Finding) {
    if out.len() < MAX_PER_LINE {
        out.push(f);
    }
}

/// A finding on the mark at `span`, with the fix that writes `with` in its place.
fn replace_mark(
    out: &mut Vec<Finding>,
    severity: Severity,
    span: std::ops::Range<usize>,
    why: String,
    with: char,
    safe: bool,
) {
    push(out, Finding::new(META.id, severity, span.clone(), why).with_fix(span, with.to_string(), safe));
}

/// A mark named the way a reader says it, with the mark itself: `左引号“`, `右括号）`.
fn name(c: char) -> String {
    let Some((kind, opens)) = classify(c) else { return c.to_string() };
    let side = if opens { "左" } else { "右" };
    let what = match kind {
        Kind::DoubleQuote | Kind::Corner => "引号",
        Kind::SingleQuote | Kind::WhiteCorner => "单引号",
        Kind::Book => "书名号",
        Kind::InnerBook => "单书名号",
        Kind::Round => "括号",
        Kind::Square => "方括号",
        Kind::Lenticular | Kind::WhiteLenticular => "方头括号",
        Kind::Tortoise => "六角括号",
    };
    format!("{side}{what}{c}")
}

fn unclosed(o: Open) -> Finding {
    let close = proper_closer(o.ch);
    let msg = format!("{}没有闭合,请在适当位置补上{}或删去它", name(o.ch), name(close));
    Finding::new(META.id, Severity::Error, o.pos..o.pos + crate::text::char_len(o.ch), msg)
}

/// Checks one paragraph; returns the marks it leaves open for the next paragraph.
/// `wrapped`: the previous line was cut at a fixed width (see [`hard_wrapped`]), so this one goes on
/// with the same paragraph.
fn check_line(line: &str, base: usize, mut carried: Vec<Open>, wrapped: bool, out: &mut Vec<Finding>) -> Vec<Open> {
    // A paragraph opening with the quote the previous one left open continues the quotation.
    if let Some((kind, true)) = line.trim_start().chars().next().and_then(classify) {
        if kind.is_quote() {
            carried.retain(|o| o.kind != kind);
        }
    }
    let mut stack: Vec<Open> = carried.into_iter().map(|o| Open { carried: !wrapped, ..o }).collect();
    let mut strays: Vec<Stray> = Vec::new();
    let bytes = line.as_bytes();
    let mut next = 0;
    while next < bytes.len() {
        let off = next;
        next += utf8_len(bytes[off]);
        if !may_be_mark(bytes, off) {
            continue;
        }
        let Some(c) = char_at(line, off) else { continue };
        let Some((kind, opens)) = classify(c) else { continue };
        let pos = base + off;
        if (c == '’' || c == '‘') && is_apostrophe(line, off) {
            continue;
        }
        if opens {
            if c == '“' && opened_by_apostrophe(&line[..off], &line[off + crate::text::char_len(c)..]) {
                // `锚定'两个确保“`: a quotation typed with `'` and closed with an opener.
                let span = pos..pos + crate::text::char_len(c);
                let why = "引号用错了:这段引文以“'”开头,又以左引号“收尾,应写成“…”".to_string();
                replace_mark(out, Severity::Error, span, why, '”', false);
                continue;
            }
            if stack.len() < MAX_STACK {
                stack.push(Open { kind, ch: c, pos, carried: false });
            }
            continue;
        }
        let depth = stack.iter().rev().take(SEARCH_DEPTH).position(|o| o.kind == kind);
        let Some(depth) = depth else {
            if !is_list_marker(line, off) && !garbled_pinyin(line, off) && strays.len() < MAX_STRAYS {
                strays.push(Stray { kind, ch: c, pos });
            }
            continue;
        };
        // Marks between the closer and its opener were never closed.
        let cut = stack.len() - 1 - depth;
        for o in stack.drain(cut + 1..) {
            push(out, unclosed(o));
        }
        let o = stack.pop().unwrap();
        let span = pos..pos + crate::text::char_len(c);
        if o.carried {
            push(
                out,
                Finding::new(
                    META.id,
                    Severity::Info,
                    o.pos..o.pos + crate::text::char_len(o.ch),
                    format!("{}到下一段才闭合,引文被换行断开,请检查是否误加了换行", name(o.ch)),
                ),
            );
            continue;
        }
        match closer_fit(o.ch, c) {
            Fit::Exact => {}
            Fit::OtherWidth => {
                let want = proper_closer(o.ch);
                let why = format!("{}与{}全角半角不一致,建议统一为“{want}”", name(o.ch), name(c));
                replace_mark(out, Severity::Info, span, why, want, true);
            }
            Fit::Wrong => {
                let want = proper_closer(o.ch);
                let why = format!("{}应以{}闭合,这里误用了“{c}”", name(o.ch), name(want));
                replace_mark(out, Severity::Error, span, why, want, true);
            }
        }
    }
    settle_line(stack, strays, out)
}

/// Reports what a paragraph left unmatched and returns the marks to carry into the next one.
fn settle_line(stack: Vec<Open>, strays: Vec<Stray>, out: &mut Vec<Finding>) -> Vec<Open> {
    let mut open: Vec<Option<Open>> = Vec::with_capacity(stack.len());
    for o in stack {
        if o.carried {
            // Open since the previous paragraph and not closed here either.
            push(out, unclosed(o));
        } else {
            open.push(Some(o));
        }
    }
    // `”…“`: a closer before any opener and an opener left open after it are one reversed pair.
    let mut second_of_pair = None;
    for (i, s) in strays.iter().enumerate() {
        if second_of_pair == Some(i) {
            continue;
        }
        // `按照”发展是第一要务”的要求`: two closers of one kind and nothing open — the first was
        // meant to open (the mirror of `“…“` below). One finding, on the first.
        let next = strays.get(i + 1);
        if let Some(t) = next
            .filter(|t| s.kind.is_quote() && t.kind == s.kind && t.ch == s.ch && t.pos - s.pos <= WRONG_CLOSER_REACH)
        {
            second_of_pair = Some(i + 1);
            let span = s.pos..s.pos + crate::text::char_len(s.ch);
            let want = s.kind.opener();
            let msg = format!(
                "{}前面没有{}:这对引号都写成了{},前一个应改为{}",
                name(t.ch),
                name(want),
                name(s.ch),
                name(want)
            );
            push(
                out,
                Finding::new(META.id, Severity::Error, span.clone(), msg).with_fix(span, want.to_string(), false),
            );
            continue;
        }
        let reversed = s
            .kind
            .is_quote()
            .then(|| open.iter_mut().find(|o| o.is_some_and(|o| o.kind == s.kind && o.pos > s.pos)))
            .flatten();
        if let Some(slot) = reversed {
            let o = slot.take().unwrap();
            let msg = format!(
                "引号方向颠倒:先出现{},后出现{},应为{}…{}",
                name(s.ch),
                name(o.ch),
                s.kind.opener(),
                s.kind.closer()
            );
            push(
                out,
                Finding::new(META.id, Severity::Error, s.pos..s.pos + crate::text::char_len(s.ch), msg)
                    .with_fix(s.pos..s.pos + crate::text::char_len(s.ch), s.kind.opener().to_string(), false)
                    .with_fix(o.pos..o.pos + crate::text::char_len(o.ch), s.kind.closer().to_string(), false),
            );
        } else {
            let msg = format!("{}前面没有对应的{},请补上或删去它", name(s.ch), name(s.kind.opener()));
            push(out, Finding::new(META.id, Severity::Error, s.pos..s.pos + crate::text::char_len(s.ch), msg));
        }
    }
    // `“…“`: two quotes of one kind left open one after the other — the second was meant to
    // close the first (Chinese nests “‘’” rather than “““”). One finding, on the first.
    let open: Vec<Open> = open.into_iter().flatten().collect();
    let mut keep = Vec::new();
    let mut k = 0;
    while k < open.len() {
        let o = open[k];
        let close_by = |b: &Open| b.kind == o.kind && b.ch == o.ch && b.pos - o.pos <= WRONG_CLOSER_REACH;
        if o.kind.is_quote() && k + 1 < open.len() && close_by(&open[k + 1]) {
            let second = open[k + 1];
            let want = proper_closer(o.ch);
            let msg = format!("{}没有正确闭合:后面的{}应改为{}", name(o.ch), name(second.ch), name(want));
            push(
                out,
                Finding::new(META.id, Severity::Error, o.pos..o.pos + crate::text::char_len(o.ch), msg).with_fix(
                    second.pos..second.pos + crate::text::char_len(second.ch),
                    want.to_string(),
                    false,
                ),
            );
            k += 2;
            continue;
        }
        keep.push(o);
        k += 1;
    }
    // The rest may still be closed in the next paragraph.
    keep
}

/// `'` opens a quotation this many characters at most before the `“` that closes it.
const APOSTROPHE_QUOTE_CHARS: usize = 24;

/// Whether `head` (the paragraph before a `“`) ends with a quotation opened by an ASCII `'` after
/// a word (not a letter: `it's`), with no other quote or sentence end since: `锚定'两个确保`; and
/// the `“` opens no quotation of its own (no `”` comes in `tail` before another `“`).
fn opened_by_apostrophe(head: &str, tail: &str) -> bool {
    let closes_own = tail.chars().take(WRONG_CLOSER_REACH).find(|&c| c == '“' || c == '”') == Some('”');
    if closes_own {
        return false;
    }
    let mut chars = head.char_indices().rev().take(APOSTROPHE_QUOTE_CHARS);
    let Some((at, _)) = chars.find(|&(_, c)| "'‘’“”\"。；;!?！？".contains(c)) else {
        return false;
    };
    head[at..].starts_with('\'')
        && at + 1 < head.len()
        && !char_before(head, at).is_some_and(|c| c.is_ascii_alphanumeric())
}

/// `’` in `women’s`, `don’t`: an apostrophe, not a quote.
fn is_apostrophe(line: &str, off: usize) -> bool {
    let c = char_at(line, off).unwrap();
    let after = &line[off + crate::text::char_len(c)..];
    if char_before(line, off).is_some_and(is_ascii_letter)
        && char_at(line, off + crate::text::char_len(c)).is_some_and(is_ascii_letter)
    {
        return true; // women’s
    }
    // `’99昆明世界园艺博览会`: a year cut to two digits, not a quote (a quote holds more than a number).
    let digits = after.bytes().take_while(u8::is_ascii_digit).count();
    c == '’'
        && digits == 2
        && !char_before(line, off).is_some_and(|b| b.is_ascii_alphanumeric())
        && !after[2..].starts_with(&['’', '‘'][..])
}

/// `重?fù)?dān)`: a page's pinyin whose character and `(` became `?`; the `)` at `off` is part of that
/// residue (`residue` reports it), not a bracket left open.
/// Only the last few characters are searched for the `?` (a syllable is at most six letters and
/// a tone mark): a line of many closers must stay linear.
fn garbled_pinyin(line: &str, off: usize) -> bool {
    let head = &line[..off];
    head.char_indices()
        .rev()
        .take(8)
        .find(|&(_, c)| c == '?')
        .is_some_and(|(q, _)| page_furniture::is_pinyin(&head[q + 1..]))
}

/// A closer right after a short number or letter (`1)`, `a)`, `一）`, `12）`): a list marker.
fn is_list_marker(line: &str, off: usize) -> bool {
    let c = char_at(line, off).unwrap();
    if !matches!(c, ')' | '）' | ']' | '］' | '】' | '〕') {
        return false;
    }
    let head = &line[..off];
    let token: Vec<char> =
        head.chars().rev().take_while(|c| c.is_ascii_alphanumeric() || is_cn_numeral(*c)).take(4).collect();
    if token.is_empty() || token.len() > 3 {
        return false;
    }
    let all_digits = token.iter().all(|c| c.is_ascii_digit());
    let all_cn = token.iter().all(|c| is_cn_numeral(*c));
    let letter = token.len() == 1 && token[0].is_ascii_alphabetic();
    let roman = token.iter().all(|c| matches!(c, 'i' | 'v' | 'x' | 'I' | 'V' | 'X'));
    all_digits || all_cn || letter || roman
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_util::{assert_clean, assert_flags, findings};

    /// The byte test lets every paired mark through.
    #[test]
    fn the_first_bytes_let_every_mark_through() {
        for c in (0..0x11_0000u32).filter_map(char::from_u32).filter(|&c| classify(c).is_some()) {
            let mut buf = [0u8; 4];
            assert!(may_be_mark(c.encode_utf8(&mut buf).as_bytes(), 0), "{c:?}");
        }
    }

    #[test]
    fn balanced_text_is_clean() {
        assert_clean(&UnclosedPair, "以“注重发展”为主题,学习《妇女权益保障法》(修订版)和〔2020〕12号文件");
        assert_clean(&UnclosedPair, "开展“‘双海双区’幸福梦”活动【重点】「引文」『书名』〈篇名〉〖注〗[1]");
        assert_clean(&UnclosedPair, "(一)加强组织建设\n（二）完善制度");
        assert_clean(&UnclosedPair, "");
    }

    #[test]
    fn an_opener_never_closed() {
        assert_flags(&UnclosedPair, "20xx年迎“三八趣味活动", &["“"]);
        assert_flags(&UnclosedPair, "在维护社区稳定和谐发展中发挥“半边天作用。", &["“"]);
        assert_flags(&UnclosedPair, "学习《妇女权益保障法,提高意识。", &["《"]);
        assert_flags(&UnclosedPair, "（一加强组织建设", &["（"]);
        assert_flags(&UnclosedPair, "根据【通知要求", &["【"]);
    }

    #[test]
    fn a_closer_with_no_opener() {
        assert_flags(&UnclosedPair, "开展三八”妇女节活动", &["”"]);
        assert_flags(&UnclosedPair, "学习妇女权益保障法》,提高意识。", &["》"]);
        assert_flags(&UnclosedPair, "加强组织建设）。", &["）"]);
    }

    #[test]
    fn nested_quote_left_open_is_the_outer_one() {
        let text = "深入开展“关爱女性新居民,共筑“‘双海双区’幸福梦”活动,在《今日苍南》发出“拒绝两非关爱女童”倡议书";
        assert_flags(&UnclosedPair, text, &["“"]);
        assert_eq!(findings(&UnclosedPair, text)[0].range.start, text.find('“').unwrap());
    }

    #[test]
    fn a_quote_closed_by_another_opener_is_one_finding() {
        let text = "“就业难“是一个社会问题,“想上岗”是许多失业妇女的心声。";
        assert_flags(&UnclosedPair, text, &["“"]);
        let f = findings(&UnclosedPair, text);
        assert_eq!(f[0].range.start, 0);
        assert_eq!(f[0].fixes[0].replacement, "”");
        assert_eq!(&text[f[0].fixes[0].range.clone()], "“");
    }

    #[test]
    fn two_quotes_far_apart_are_each_unclosed() {
        assert_flags(
            &UnclosedPair,
            "开展“巾帼建功活动,参与人数近两千人,覆盖全县所有乡镇和街道社区。举办“家庭教育讲座二十场。",
            &["“", "“"],
        );
    }

    #[test]
    fn a_quote_opened_by_a_closer_is_one_finding() {
        let text = "我局按照”发展是第一要务稳定是第一责任”的要求,将维稳工作贯穿全过程。";
        assert_flags(&UnclosedPair, text, &["”"]);
        let f = findings(&UnclosedPair, text);
        assert_eq!(f[0].range.start, "我局按照".len());
        assert_eq!(f[0].fixes[0].replacement, "“");
        // Far apart, each closer is its own stray.
        let far = format!("按照”发展{}”的要求", "是第一要务".repeat(20));
        assert_eq!(findings(&UnclosedPair, &far).len(), 2);
    }

    #[test]
    fn reversed_pair_is_one_finding() {
        let text = "开展”三八“妇女节活动";
        assert_flags(&UnclosedPair, text, &["”"]);
        assert!(findings(&UnclosedPair, text)[0].message.contains("颠倒"));
    }

    #[test]
    fn a_quotation_opened_by_an_apostrophe_and_closed_by_an_opener() {
        let text = "锚定'两个确保“,围绕'九大战略“,实施'1222“工作布局";
        assert_flags(&UnclosedPair, text, &["“", "“", "“"]);
        assert_eq!(findings(&UnclosedPair, text)[0].fixes[0].replacement, "”");
        assert_clean(&UnclosedPair, "他说'好'。“今天”,Women's “Day”");
        assert_clean(&UnclosedPair, "标注'号,以“两个确保”为目标");
    }

    #[test]
    fn wrong_closer_mark() {
        let text = "开展“三八〞妇女节活动";
        assert_flags(&UnclosedPair, text, &["〞"]);
        let f = findings(&UnclosedPair, text);
        assert_eq!(f[0].fixes[0].replacement, "”");
        assert_clean(&UnclosedPair, "开展〝三八〞妇女节活动");
        assert_flags(&UnclosedPair, "开展“三八》活动", &["“", "》"]);
    }

    #[test]
    fn crossing_pairs_report_the_inner_opener() {
        assert_flags(&UnclosedPair, "（简称“两癌）筛查", &["“"]);
        assert_flags(&UnclosedPair, "（简称两癌”）筛查", &["”"]);
    }

    #[test]
    fn quotation_over_several_paragraphs_is_correct() {
        assert_clean(&UnclosedPair, "他说:“第一段话。\n“第二段话。\n“第三段话。”");
        assert_clean(&UnclosedPair, "他说:“第一段话。\n\n“第二段话。”\n后文。");
    }

    #[test]
    fn quotation_cut_by_a_paragraph_break_is_one_hint_at_the_opener() {
        let text = "开展“巾帼建新功\n\n共筑中国梦”主题征文活动";
        assert_flags(&UnclosedPair, text, &["“"]);
        assert_eq!(findings(&UnclosedPair, text)[0].severity, Severity::Info);
    }

    #[test]
    fn an_opener_left_open_over_two_paragraphs_is_reported_once() {
        let text = "20xx年迎“三八趣味活动\n社区特举办迎“三八”趣味活动。\n其他工作。";
        assert_flags(&UnclosedPair, text, &["“"]);
        assert_eq!(findings(&UnclosedPair, text)[0].range.start, text.find('“').unwrap());
        assert_flags(&UnclosedPair, "最后一段“没有闭合", &["“"]);
    }

    #[test]
    fn list_markers_are_not_closers() {
        assert_clean(&UnclosedPair, "1)加强组织建设;2)完善制度;a)其他");
        assert_clean(&UnclosedPair, "i)学习;ii)培训;iv)考核");
        assert_clean(&UnclosedPair, "一）加强组织建设\n二）完善制度\n12）其他");
        assert_clean(&UnclosedPair, "①加强组织建设②完善制度");
        assert_clean(&UnclosedPair, "主要有:1）加强学习;2）完善制度。");
    }

    #[test]
    fn a_quotation_through_a_fixed_width_line_break_is_not_reported() {
        let wrapped = "全区各级各部门认真贯彻中央、省、市关于安全生产的部署要求,坚持“人\n民至上、生命至上”的理念,压责任、强监管、补短板、堵漏洞、防风险\n保安全。";
        assert_clean(&UnclosedPair, wrapped);
        // Lines of different widths: a paragraph break inside the quotation, as before.
        let broken = "全区各级各部门认真贯彻中央、省、市关于安全生产的部署要求,坚持“人\n民至上”的理念。";
        assert_flags(&UnclosedPair, broken, &["“"]);
        // A short line in the run that stops mid-list was cut by the layout too.
        let short = "县人民医院创伤急救中心进行评审验收并给予充分肯定,标志着\n我县五大中心建设已基本完成(即:卒中中心、危重孕产妇抢救\n中心、胸痛中心、\n创伤中心)。县中医医院在做优做强七大中医特色专科的\n基础上,全力推进区域康复中心建设。";
        assert_clean(&UnclosedPair, short);
        assert_flags(&UnclosedPair, &short.replace("胸痛中心、", "胸痛中心。"), &["("]);
    }

    #[test]
    fn garbled_pinyin_is_no_bracket() {
        assert_clean(&UnclosedPair, "做好婦女兒童工作的重?fù)?dān)。");
        assert_flags(&UnclosedPair, "做好工作的重任fu)。", &[")"]);
        assert_flags(&UnclosedPair, "做好工作的重?fu)。", &[")"]);
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert_clean(&UnclosedPair, "参加Women’s Day活动,学习Xi’an经验");
        assert_clean(&UnclosedPair, "办好“中国’99昆明世界园艺博览会”。");
        // Two right quotes round a word: the first was meant to open.
        assert_flags(&UnclosedPair, "他说’99’", &["’"]);
    }

    #[test]
    fn a_quotation_broken_by_a_scraped_links_lines_is_only_a_hint() {
        let text = "成果找市场“双向\n揭榜\n挂帅”的简称,其中“企业找技术”聚焦产业。";
        assert_flags(&UnclosedPair, text, &["“"]);
        assert!(findings(&UnclosedPair, text).iter().all(|f| f.severity == Severity::Info));
        // A short line after a quote closed on its own line is checked as usual.
        assert_flags(&UnclosedPair, "标题\n揭榜”\n正文", &["”"]);
        // Letters and a decimal figure split off the same way (`（PM⏎2.5⏎）`).
        let text = "以细颗粒物（PM\n2.5\n）和可吸入颗粒物治理为突破口。";
        assert!(findings(&UnclosedPair, text).iter().all(|f| f.severity == Severity::Info), "{text}");
    }

    #[test]
    fn guillemets_as_arrows_are_no_pairs() {
        assert_clean(&UnclosedPair, "美好蓝图变为幸福实景！\n》》点击图片进入专题《《\n收藏");
        assert_flags(&UnclosedPair, "学习《民法典》》的体会", &["》"]);
    }

    #[test]
    fn brackets_in_page_furniture_are_residue() {
        assert_clean(
            &UnclosedPair,
            "下载\n打印\n全屏\n收藏\n【字号：\n加大\n还原\n减小\n】\n2026年上海市政府工作报告\n各位代表：",
        );
        assert_clean(&UnclosedPair, "2026年四川省人民政府工作报告\n【字体：\n大\n中\n小\n】\n分享：\n各位代表：");
    }

    #[test]
    fn other_width_closer_is_only_info() {
        let f = findings(&UnclosedPair, "开展(三八）活动和（六一)活动");
        assert_eq!(f.len(), 2);
        assert!(f.iter().all(|f| f.severity == Severity::Info && f.fixes[0].safe));
    }

    #[test]
    fn placeholder_brackets_are_closed() {
        assert_clean(&UnclosedPair, "举办培训班[X]场次,【】街道");
    }

    #[test]
    fn huge_inputs_are_linear_and_capped() {
        let text = "“".repeat(1_000_000);
        let f = findings(&UnclosedPair, &text);
        assert!(!f.is_empty() && f.len() <= MAX_PER_LINE);
        let text = "”".repeat(1_000_000);
        assert!(findings(&UnclosedPair, &text).len() <= MAX_PER_LINE);
        let text = "（“".repeat(300_000) + &"）".repeat(300_000);
        assert!(findings(&UnclosedPair, &text).len() <= MAX_PER_LINE);
        let text = "“\n".repeat(100_000);
        assert!(findings(&UnclosedPair, &text).len() <= MAX_PER_DOC + MAX_PER_LINE);
    }
}
