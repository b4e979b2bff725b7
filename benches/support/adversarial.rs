//! The adversarial drafts of issue 8, at a scale factor: `scale = 8` is the full size the issue
//! names (10 MB of report text, 1,000,000 `“`, 100,000 headings, a line of 1,000,000 digits,
//! 100,000 `[X]`), `scale = 1` an eighth of it.

use std::path::{Path, PathBuf};

pub const FULL: usize = 8;

/// (name, draft) for every adversarial kind at `scale`/8 of full size.
pub fn drafts(scale: usize) -> Vec<(&'static str, String)> {
    let part = |n: usize| n * scale / FULL;
    vec![
        ("report text 10 MB", report_text(part(10_000_000))),
        ("1,000,000 “ unclosed", "“".repeat(part(1_000_000))),
        ("1,000,000 （ unclosed", "（".repeat(part(1_000_000))),
        // Closers with nothing open on one line: each stray is looked at, and must not rescan the line.
        ("1,000,000 ” and ） unopened", "”）".repeat(part(500_000))),
        ("100,000 headings", headings(part(100_000))),
        ("1,000,000 digits on a line", digits(part(1_000_000))),
        ("100,000 [X]", "[X]".repeat(part(100_000))),
        ("100,000 sums", sums(part(100_000))),
        ("1,000,000 line breaks", "\r\n\n\r".repeat(part(250_000))),
    ]
}

/// The folder of the sample drafts, beside the repository (`../shared/corpus/seeds`).
pub fn seeds_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/seeds")
}

/// (name without `.txt`, text) of every sample draft, sorted by name; empty when the folder is missing.
pub fn seed_drafts() -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = std::fs::read_dir(seeds_dir())
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .filter_map(|p| Some((p.file_stem()?.to_string_lossy().into_owned(), std::fs::read_to_string(&p).ok()?)))
        .collect();
    out.sort();
    out
}

/// The sample drafts one after another (a line break after each), repeated until `bytes` long
/// (cut at a char boundary).
pub fn report_text(bytes: usize) -> String {
    let mut seeds: Vec<String> = seed_drafts().into_iter().map(|(_, text)| text).collect();
    if seeds.is_empty() {
        seeds.push(
            "一、主要工作\n全年完成项目12个，同比增长15%，其中新建项目8个、续建项目4个。\n二、存在问题\n（一）“[X]”\n"
                .into(),
        );
    }
    let mut out = String::with_capacity(bytes + 100_000);
    'fill: loop {
        for s in &seeds {
            if out.len() >= bytes {
                break 'fill;
            }
            out.push_str(s);
            out.push('\n');
        }
    }
    out.truncate(report_check::document::floor_char_boundary(&out, bytes));
    out
}

/// `n` heading lines in one long sequence, alternating `X、` (Chinese numerals, growing past
/// any real report) and `（N）`, each with a short title.
pub fn headings(n: usize) -> String {
    let mut out = String::with_capacity(n * 24);
    for i in 0..n {
        if i % 2 == 0 {
            out.push_str(&chinese_number(i / 2 + 1));
            out.push_str("、工作情况\n");
        } else {
            out.push_str(&format!("（{}）具体措施\n", i / 2 + 1));
        }
    }
    out
}

/// One line of `n` digits.
pub fn digits(n: usize) -> String {
    (0..n).map(|i| char::from(b'0' + (i % 10) as u8)).collect()
}

/// `n` sentences stating a total and its parts (half of them wrong), for the number rules.
pub fn sums(n: usize) -> String {
    let mut out = String::with_capacity(n * 60);
    for i in 0..n {
        let (a, b) = (i % 97 + 1, i % 13 + 1);
        let total = if i % 2 == 0 { a + b } else { a + b + 1 };
        out.push_str(&format!("共完成项目{total}个，其中新建{a}个、续建{b}个，同比增长{}.5%。", i % 50));
        if i % 8 == 7 {
            out.push('\n');
        }
    }
    out
}

/// 1 → 一, 10 → 十, 21 → 二十一, 305 → 三百零五 (up to 99,999).
pub fn chinese_number(n: usize) -> String {
    const D: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    const U: [&str; 5] = ["", "十", "百", "千", "万"];
    let digits: Vec<usize> = n.to_string().bytes().map(|b| (b - b'0') as usize).collect();
    let mut out = String::new();
    let mut zero = false;
    for (k, &d) in digits.iter().enumerate() {
        let unit = digits.len() - 1 - k;
        if d == 0 {
            zero = true;
            continue;
        }
        if zero && !out.is_empty() {
            out.push('零');
        }
        zero = false;
        if !(d == 1 && unit == 1 && out.is_empty()) {
            out.push(D[d]);
        }
        out.push_str(U[unit.min(4)]);
    }
    out
}
