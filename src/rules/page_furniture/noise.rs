//! Anti-scrape noise (part of `residue`): forum software (Discuz and its kind) scatters runs of
//! random one- or two-character ASCII tokens through a post so that a copied text is marked:
//! `述职报告的撰写格式+ O2 W- O: E/ I5 L9 Z`, a line `$ m4 D( A7 D( u; a, D: D0 K7 n`. They are
//! found by their shape: at least [`MIN_TOKENS`] tokens separated by blanks, each of at most
//! [`MAX_TOKEN_BYTES`] printable ASCII characters, several holding a letter and several a symbol,
//! many of them mixing a letter with a digit or a symbol.
//!
//! What it leaves alone: numbers and codes in a row (`1 2 3 4 5`, `A B C D`, `1.2 3.4 5.6`), a
//! formula (`x + y = z` has too few tokens), English words, anything with a Han character inside
//! a token.
//!
//! The noise's brackets and underscores are not pairs or blanks: `unclosed-pair` and
//! `placeholder` leave what [`inside_noise`] covers alone.

use crate::diagnostic::{Finding, Severity};
use std::ops::Range;

/// A run of noise has at least this many tokens.
const MIN_TOKENS: usize = 5;
/// A token of noise has at most this many characters.
const MAX_TOKEN_BYTES: usize = 2;
/// Of a run's tokens, at least this many hold a letter, and as many a symbol.
const MIN_LETTER_TOKENS: usize = 2;
const MIN_SYMBOL_TOKENS: usize = 2;
/// At least this many tokens mix two kinds of character (`G3`, `k%`, `(`-after-a-letter) …
const MIN_MIXED_TOKENS: usize = 3;
/// … and they are at least this share (in percent) of the run: the noise is random pairs.
const MIN_MIXED_PERCENT: usize = 40;

/// Symbols that noise glues to the text beside it (`格式+ O2`, `g _述职`): taken with the run.
fn glued_symbol(b: u8) -> bool {
    b"^~`|\\{}$#@&*+=_".contains(&b)
}

fn noise_token(t: &[u8]) -> bool {
    !t.is_empty() && t.len() <= MAX_TOKEN_BYTES && t.iter().all(|b| b.is_ascii_graphic())
}

/// The kinds of character a token holds, a bit each: letter 1, digit 2, symbol 4.
fn kinds(t: &[u8]) -> u32 {
    t.iter().fold(0, |k, b| {
        k | b.is_ascii_alphabetic() as u32 | (b.is_ascii_digit() as u32) << 1 | (b.is_ascii_punctuation() as u32) << 2
    })
}

/// The byte ranges of the runs of noise in `line` (blanks around them excluded).
pub(crate) fn noise_runs(line: &str) -> Vec<Range<usize>> {
    let bytes = line.as_bytes();
    let mut runs = Vec::new();
    // Cheap tests first: noise has many blanks between short tokens (most paragraphs have none).
    if !crate::text::has_byte(bytes, b' ') || bytes.iter().filter(|&&b| b == b' ').count() < MIN_TOKENS - 1 {
        return runs;
    }
    // Tokens: maximal stretches of non-blank bytes (any byte ≥ 0x80 counts as text).
    let mut tokens: Vec<Range<usize>> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b' ' || bytes[i] == b'\t' {
            i += 1;
            continue;
        }
        let s = i;
        while i < bytes.len() && bytes[i] != b' ' && bytes[i] != b'\t' {
            i += 1;
        }
        tokens.push(s..i);
    }
    let mut k = 0;
    while k < tokens.len() {
        if !noise_token(&bytes[tokens[k].clone()]) {
            k += 1;
            continue;
        }
        let mut j = k;
        while j + 1 < tokens.len() && noise_token(&bytes[tokens[j + 1].clone()]) {
            j += 1;
        }
        let run = &tokens[k..=j];
        // Tokens holding a letter, a symbol, two kinds of character (`G3`, `k%`).
        let (mut letters, mut symbols, mut mixed) = (0, 0, 0);
        for t in run {
            let k = kinds(&bytes[t.clone()]);
            letters += usize::from(k & 1 != 0);
            symbols += usize::from(k & 4 != 0);
            mixed += usize::from(k.count_ones() >= 2);
        }
        if run.len() >= MIN_TOKENS
            && letters >= MIN_LETTER_TOKENS
            && symbols >= MIN_SYMBOL_TOKENS
            && mixed >= MIN_MIXED_TOKENS
            && mixed * 100 >= run.len() * MIN_MIXED_PERCENT
        {
            let mut start = run[0].start;
            let mut end = run[run.len() - 1].end;
            // A symbol glued to the text just before or after the run belongs to it.
            if k > 0 && tokens[k - 1].end + 1 == start {
                let prev = &bytes[tokens[k - 1].clone()];
                let glued = prev.iter().rev().take_while(|&&b| glued_symbol(b)).count();
                if glued > 0 && glued < prev.len() {
                    start = tokens[k - 1].end - glued;
                }
            }
            if j + 1 < tokens.len() && end + 1 == tokens[j + 1].start {
                let next = &bytes[tokens[j + 1].clone()];
                let glued = next.iter().take_while(|&&b| glued_symbol(b)).count();
                if glued > 0 && glued < next.len() {
                    end = tokens[j + 1].start + glued;
                }
            }
            runs.push(start..end);
        }
        k = j + 1;
    }
    runs
}

/// Whether byte `at` of `line` is inside a run of noise.
pub(crate) fn inside_noise(line: &str, at: usize) -> bool {
    noise_runs(line).iter().any(|r| r.start <= at && at < r.end)
}

/// Reports the runs of noise in `line` (at byte `base` of `text`): one finding per block, a run
/// that follows another with only blanks and line breaks between extends the last one
/// (`last`: its index in `out`). The safe fix deletes the block, and a line it fills whole.
pub(crate) fn report(text: &str, line: &str, base: usize, out: &mut Vec<Finding>, last: &mut Option<usize>) {
    for r in noise_runs(line) {
        let (start, end) = (base + r.start, base + r.end);
        let line_end = base + line.len();
        // A block that fills its lines is deleted with the line break after it.
        let whole = |s: usize| text[..s].rsplit('\n').next().is_some_and(|b| b.trim().is_empty());
        let fix_end = |s: usize, e: usize| {
            if whole(s) && text[e..line_end].trim().is_empty() && text[line_end..].starts_with('\n') {
                line_end + 1
            } else {
                e
            }
        };
        if let Some(k) = last.filter(|&k| out[k].range.end <= start && text[out[k].range.end..start].trim().is_empty())
        {
            let s = out[k].range.start;
            out[k] = finding(text, s, end, fix_end(s, end));
            continue;
        }
        out.push(finding(text, start, end, fix_end(start, end)));
        *last = Some(out.len() - 1);
    }
}

fn finding(text: &str, start: usize, end: usize, fix_end: usize) -> Finding {
    let shown: String = text[start..end].chars().map(|c| if c == '\n' { ' ' } else { c }).take(40).collect();
    Finding::new(
        crate::rules::residue::META.id,
        Severity::Warning,
        start..end,
        format!("“{shown}”是论坛为防复制插入的乱码,请删除"),
    )
    .with_fix(start..fix_end, "", true)
}
