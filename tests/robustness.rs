//! Robustness: whatever text a user pastes, `check` returns — no panic — and every span it
//! returns can be used by JavaScript as is.
//!
//! Property tests (proptest, 256 cases each by default; `PROPTEST_CASES=5000 cargo test --release
//! --test robustness` for a longer run, `cargo +nightly fuzz run check` in `fuzz/` for a much longer
//! one) draw drafts from a vocabulary of what trips Chinese-report rules — CJK punctuation and
//! quotes, digits and units, `[X]`, headings of every style, line breaks of every kind, characters
//! outside the BMP (surrogate pairs in UTF-16) — mixed with arbitrary Unicode, and check:
//!
//! - every rule's findings lie inside the text, start ≤ end, on char boundaries (so a wrong span
//!   is blamed on the rule that made it, not hidden by the UTF-16 conversion);
//! - every diagnostic and suggestion span is inside the text in UTF-16 units, start ≤ end, on a
//!   code-point boundary (never between the two halves of a surrogate pair), and its line and
//!   column agree with its start;
//! - results are sorted, deterministic, and the summary counts add up (also when capped).
//!
//! Adversarial drafts (1,000,000 `“`, a line of digits, thousands of headings or `[X]`) run here at
//! sizes small enough for a debug `cargo test`; `benches/scaling.rs` runs them at full size and
//! checks that time grows linearly.

// The sample-draft helpers of the benchmarks (the rest of the module is not used here).
#[allow(dead_code)]
#[path = "../benches/support/adversarial.rs"]
mod adversarial;

use proptest::prelude::*;
use report_check::rules::{Context, ALL_RULES};
use report_check::{check, Config, Document, Report};
use std::time::{Duration, Instant};

// ---------------------------------------------------------------------------------------------
// Invariants

/// UTF-16 offsets at which a JavaScript string may be cut without splitting a surrogate pair,
/// ascending; the last is the string's `.length`.
fn utf16_boundaries(text: &str) -> Vec<usize> {
    let mut out = Vec::with_capacity(text.len() + 1);
    let mut u = 0;
    out.push(0);
    for c in text.chars() {
        u += c.len_utf16();
        out.push(u);
    }
    out
}

/// (line, column) of a UTF-16 offset, counted as `document.rs` documents it: lines break at
/// `\n`, `\r\n` or `\r`; both 1-based; column in UTF-16 units.
fn line_column(text: &str, at: usize) -> (usize, usize) {
    let (mut u, mut line, mut line_start) = (0, 1, 0);
    let mut prev_cr = false;
    for c in text.chars() {
        if u >= at {
            break;
        }
        u += c.len_utf16();
        match c {
            '\n' if prev_cr => line_start = u,
            '\n' | '\r' => {
                line += 1;
                line_start = u;
            }
            _ => {}
        }
        prev_cr = c == '\r';
    }
    (line, at - line_start + 1)
}

/// Every rule's own findings, before `check` converts them: spans inside the text, on char
/// boundaries, under the rule's own id, with a message.
fn assert_rule_findings_valid(text: &str, config: &Config) {
    let doc = Document::new(text);
    let ctx = Context::new(&doc, config);
    for rule in ALL_RULES {
        let mut out = Vec::new();
        rule.check(&ctx, &mut out);
        for f in &out {
            let id = rule.id();
            assert_eq!(f.rule, id, "rule {id} reports under its own id");
            let r = &f.range;
            assert!(
                r.start <= r.end && r.end <= text.len(),
                "rule {id}: span {r:?} outside text of {} bytes",
                text.len()
            );
            assert!(
                text.is_char_boundary(r.start) && text.is_char_boundary(r.end),
                "rule {id}: span {r:?} splits a character"
            );
            assert!(!f.message.is_empty(), "rule {id}: empty message");
            for fix in &f.fixes {
                let r = &fix.range;
                assert!(r.start <= r.end && r.end <= text.len(), "rule {id}: fix span {r:?} outside text");
                assert!(
                    text.is_char_boundary(r.start) && text.is_char_boundary(r.end),
                    "rule {id}: fix span {r:?} splits a character"
                );
            }
        }
    }
}

/// The report as JavaScript receives it: spans usable with `String.prototype.slice`.
fn assert_report_valid(text: &str, report: &Report, config: &Config) {
    let bounds = utf16_boundaries(text);
    let len16 = *bounds.last().unwrap();
    let on_boundary = |u: usize| bounds.binary_search(&u).is_ok();
    for d in &report.diagnostics {
        assert!(d.start <= d.end && d.end <= len16, "{d:?} outside text of {len16} UTF-16 units");
        assert!(on_boundary(d.start) && on_boundary(d.end), "{d:?} splits a surrogate pair");
        assert_eq!((d.line, d.column), line_column(text, d.start), "line/column of {d:?}");
        assert!(!d.message.is_empty(), "{d:?} has no message");
        for s in &d.suggestions {
            assert!(
                s.start <= s.end && s.end <= len16 && on_boundary(s.start) && on_boundary(s.end),
                "suggestion {s:?} of {d:?}"
            );
        }
    }
    let key = |d: &report_check::Diagnostic| (d.start, d.end, d.rule.clone());
    assert!(report.diagnostics.windows(2).all(|w| key(&w[0]) <= key(&w[1])), "diagnostics are sorted");
    let s = &report.summary;
    assert_eq!(s.errors + s.warnings + s.infos, s.total, "summary adds up");
    assert!(report.diagnostics.len() <= config.max_diagnostics, "cap respected");
    assert!(report.diagnostics.len() <= s.total);
    assert_eq!(s.truncated, report.diagnostics.len() < s.total, "truncated iff some were cut");
}

fn assert_robust(text: &str, config: &Config) {
    assert_rule_findings_valid(text, config);
    let first = check(text, config);
    assert_report_valid(text, &first, config);
    assert_eq!(first, check(text, config), "check is deterministic");
}

// ---------------------------------------------------------------------------------------------
// Strategies: what drafts are made of

/// Fragments that exercise the rules: placeholders, pairs, numbers, headings, breaks.
const FRAGMENTS: &[&str] = &[
    "[X]", "[x]", "【X】", "XX", "××", "XXX同志", "20xx年", "20XX年", "××区", "++", "…", "……", "“", "”", "‘", "’",
    "\"", "'", "《", "》", "（", "）", "(", ")", "【", "】", "「", "」", "〔", "〕", "[", "]", "，", "。", "、", "；",
    "：", "！", "？", "·", "—", "——", "～", "％", "%", "‰", ".", ",", ":", ";", "一、", "二、", "三、", "五、", "七、",
    "十一、", "（一）", "（二）", "(三)", "1.", "2．", "10.", "（1）", "(2)", "①", "②", "⑩", "第一部分", "第二章",
    "一是", "二是", "首先", "其次", "\n", "\r\n", "\r", "\n\n", " ", "\u{3000}", "\t", "\u{a0}", "\u{200b}",
    "\u{feff}", "0", "1", "9", "12", "3.5", "1.03", "100", "2023", "二〇二三", "十二", "三百", "一万", "1,234",
    "1，234", "万元", "亿元", "元", "个", "人", "项", "家", "次", "倍", "成", "余", "多", "近", "约", "同比增长",
    "下降", "增长", "提高", "合计", "共", "总计", "其中", "分别", "占", "比例", "百分点", "年", "月", "日", "季度",
    "上半年", "工作总结", "工作报告", "述职报告", "工作计划", "存在问题", "不足", "下一步", "计划", "措施", "成绩",
    "主要工作", "本文由", "百度文库", "下载", "原创", "精品文档", "免费", "http://", "www.", ".com", "word版", "😀",
    "𠀀", "𝟙", "\u{10ffff}", "é", "e\u{301}", "ﬁ", "İ", "ß", "年度", "公司", "部门", "同志", "全年", "完成", "项目",
];

fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => proptest::sample::select(FRAGMENTS).prop_map(str::to_string),
        2 => proptest::char::range('\u{4e00}', '\u{9fff}').prop_map(String::from),
        1 => any::<char>().prop_map(String::from),
        1 => proptest::char::range('\0', '\u{7f}').prop_map(String::from),
    ]
}

/// A draft of up to `max` fragments.
fn draft(max: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(fragment(), 0..max).prop_map(|v| v.concat())
}

/// A draft laid out like a report: a title, then headings each followed by a paragraph.
fn structured_draft() -> impl Strategy<Value = String> {
    let heading = prop_oneof![
        Just("一、"),
        Just("二、"),
        Just("三、"),
        Just("五、"),
        Just("（一）"),
        Just("（三）"),
        Just("1."),
        Just("3."),
        Just("（1）"),
        Just("①"),
        Just("第二部分"),
        Just(""),
    ];
    let block = (heading, draft(6), draft(30)).prop_map(|(h, title, body)| format!("{h}{title}\n{body}\n"));
    (draft(5), proptest::collection::vec(block, 0..12))
        .prop_map(|(title, blocks)| format!("{title}工作总结\n{}", blocks.concat()))
}

/// A slice of a real sample draft (cut at random char boundaries) with fragments spliced in:
/// reaches the deeper paths of the rules that random text rarely does.
fn mutated_seed() -> impl Strategy<Value = String> {
    let seeds = seed_texts();
    let n = seeds.len().max(1);
    (
        0..n,
        any::<prop::sample::Index>(),
        0usize..4000,
        proptest::collection::vec((any::<prop::sample::Index>(), fragment()), 0..8),
    )
        .prop_map(move |(k, at, len, inserts)| {
            let Some(seed) = seeds.get(k) else { return String::new() };
            let start = report_check::document::floor_char_boundary(seed, at.index(seed.len().max(1)));
            let end = report_check::document::floor_char_boundary(seed, (start + len).min(seed.len()));
            let mut s = seed[start..end].to_string();
            for (pos, frag) in inserts {
                let p = report_check::document::floor_char_boundary(&s, pos.index(s.len() + 1));
                s.insert_str(p, &frag);
            }
            s
        })
}

fn seed_texts() -> Vec<String> {
    adversarial::seed_drafts().into_iter().map(|(_, text)| text).collect()
}

/// Configs an administrator might write, valid ones only (bad ones are tested below).
fn config() -> impl Strategy<Value = Config> {
    prop_oneof![
        3 => Just(r#"{}"#),
        1 => Just(r#"{"maxDiagnostics": 3}"#),
        1 => Just(r#"{"placeholders": ["待填", "x+", "[0-9]{3,}"], "ignore": ["XX", "[X]", "一、"]}"#),
        1 => Just(r#"{"rules": {"placeholder": "info", "numbering": "off", "unclosed-pair": "warning"}, "maxDiagnostics": 1}"#),
        1 => Just(r#"{"profile": "auto", "sections": [{"name": "问题", "patterns": ["问题|不足"], "synonyms": ["短板"]}, {"name": "计划", "synonyms": ["下一步"], "required": false}]}"#),
    ]
    .prop_map(|json| Config::from_json(json).expect("valid config"))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn random_fragments_never_break_check(text in draft(200), config in config()) {
        assert_robust(&text, &config);
    }

    #[test]
    fn structured_drafts_never_break_check(text in structured_draft(), config in config()) {
        assert_robust(&text, &config);
    }

    #[test]
    fn arbitrary_unicode_never_breaks_check(text in any::<String>()) {
        assert_robust(&text, &Config::default());
    }

    #[test]
    fn mutated_samples_never_break_check(text in mutated_seed(), config in config()) {
        assert_robust(&text, &config);
    }
}

// ---------------------------------------------------------------------------------------------
// Fixed edge cases

#[test]
fn edge_cases_never_break_check() {
    let cases = [
        "",
        "\n",
        "\r",
        "\r\n",
        "\r\r\n\n",
        "“",
        "”",
        "[",
        "]",
        "[X",
        "X]",
        "一、",
        "（",
        "（一",
        "1.",
        ".",
        "%",
        "0%",
        "100%%",
        "😀",
        "\u{feff}",
        "\u{feff}一、总结",
        "\0",
        "合计",
        "共计%",
        "万元",
        "0.0.0.0",
        "1e999999",
        "9".repeat(400).leak(),
        "一、\n一、\n一、",
        "七、五、三、",
        "（一）（一）",
        "“”“”“",
        "《《《》",
        "20xx年xx月xx日",
        "XXX同志XXX同志",
    ];
    for text in cases {
        assert_robust(text, &Config::default());
    }
}

// ---------------------------------------------------------------------------------------------
// Adversarial drafts, at sizes quick enough for a debug build (full sizes: benches/scaling.rs)

/// Runs `check` on `text`, asserts the invariants on the report, and returns how long it took.
fn timed(text: &str) -> (Report, Duration) {
    let start = Instant::now();
    let report = check(text, &Config::default());
    let took = start.elapsed();
    assert_report_valid(text, &report, &Config::default());
    (report, took)
}

#[test]
fn adversarial_drafts_finish_and_are_capped() {
    let n = if cfg!(debug_assertions) { 20_000 } else { 200_000 };
    let drafts = [
        ("unclosed quotes", "“".repeat(n)),
        ("headings", "一、标题\n".repeat(n / 4)),
        ("digits", "9".repeat(n * 4)),
        ("placeholders", "[X]".repeat(n / 2)),
        ("numbered items", (1..=n / 4).map(|i| format!("{i}.共{i}人，其中{i}人\n")).collect()),
        ("percentages", "增长12.5%，".repeat(n / 4)),
        ("one long line", "各项工作稳步推进，".repeat(n / 4)),
    ];
    for (name, text) in &drafts {
        let (report, took) = timed(text);
        assert!(report.diagnostics.len() <= report_check::config::DEFAULT_MAX_DIAGNOSTICS, "{name}: capped");
        eprintln!(
            "{name}: {} bytes, {} diagnostics of {} in {took:?}",
            text.len(),
            report.diagnostics.len(),
            report.summary.total
        );
    }
}

#[test]
fn a_capped_report_says_how_many_there_were() {
    // An administrator's pattern, so the count does not depend on how the built-in rules evolve.
    let config = Config::from_json(r#"{"placeholders": ["待填"]}"#).unwrap();
    let text = "共待填人，".repeat(5_000);
    let report = check(&text, &config);
    assert_eq!(report.diagnostics.len(), report_check::config::DEFAULT_MAX_DIAGNOSTICS);
    assert!(report.summary.truncated);
    assert!(report.summary.total >= 5_000, "total counts every finding: {}", report.summary.total);
    assert_report_valid(&text, &report, &config);
}

// ---------------------------------------------------------------------------------------------
// Bad configuration: rejected with the field named; the config in use is untouched.

#[test]
fn bad_configs_are_rejected_naming_the_field() {
    let cases: &[(&str, &str)] = &[
        (r#"{"maxDiagnostics": "many"}"#, "maxDiagnostics"),
        (r#"{"maxDiagnostics": -1}"#, "maxDiagnostics"),
        (r#"{"maxDiagnostics": 0}"#, "maxDiagnostics"),
        (r#"{"profile": 3}"#, "profile"),
        (r#"{"profile": "诗歌"}"#, "profile"),
        (r#"{"rules": []}"#, "rules"),
        (r#"{"rules": {"no-such-rule": "error"}}"#, "rules.no-such-rule"),
        (r#"{"rules": {"placeholder": true}}"#, "rules.placeholder"),
        (r#"{"rules": {"placeholder": "loud"}}"#, "rules.placeholder"),
        (r#"{"placeholders": "[X]"}"#, "placeholders"),
        (r#"{"placeholders": [1]}"#, "placeholders[0]"),
        (r#"{"placeholders": ["("]}"#, "placeholders[0]"),
        (r#"{"placeholders": ["ok", "[z-a]"]}"#, "placeholders[1]"),
        (r#"{"placeholders": [""]}"#, "placeholders[0]"),
        (r#"{"placeholders": ["x?"]}"#, "placeholders[0]"),
        (r#"{"placeholders": ["(?:\\w{1000}){1000}"]}"#, "placeholders[0]"),
        (r#"{"placeholders": ["[a-z]{100000}"]}"#, "placeholders[0]"),
        (r#"{"ignore": [null]}"#, "ignore[0]"),
        (r#"{"sections": {}}"#, "sections"),
        (r#"{"sections": []}"#, "sections"),
        (r#"{"sections": [{"patterns": ["问题"]}]}"#, "sections[0]"),
        (r#"{"sections": [{"name": "", "synonyms": ["问题"]}]}"#, "sections[0].name"),
        (r#"{"sections": [{"name": "问题"}]}"#, "sections[0]"),
        (
            r#"{"sections": [{"name": "问题", "synonyms": ["问题"]}, {"name": "计划", "patterns": ["(计划"]}]}"#,
            "sections[1].patterns[0]",
        ),
        (r#"{"sections": [{"name": "问题", "patterns": ["\\w{500}{500}"]}]}"#, "sections[0].patterns[0]"),
        (r#"{"sections": [{"name": "问题", "synonyms": ["问题"], "required": "yes"}]}"#, "sections[0].required"),
        (r#"{"sections": [{"name": "问题", "synonyms": ["问题"], "colour": 1}]}"#, "sections[0].colour"),
        (r#"{"colour": "red"}"#, "colour"),
    ];
    for (json, field) in cases {
        let err = Config::from_json(json).expect_err(json);
        assert_eq!(&err.field, field, "{json}: {err}");
        assert!(!err.message.is_empty());
        let shown = err.to_string();
        if !field.is_empty() {
            assert!(shown.contains(field), "{json}: message names the field: {shown}");
        }
    }
    // Not objects at all.
    for json in ["", "null", "[]", "\"x\"", "{", "{\"profile\": \"auto\",}", "{} {}"] {
        assert!(Config::from_json(json).is_err(), "{json:?} is rejected");
    }
}

#[test]
fn a_rejected_config_leaves_the_checker_as_it_was() {
    // What a host does (and the wasm Checker does): keep the config in use unless the new one parses.
    let mut in_use = Config::from_json(r#"{"placeholders": ["待填"]}"#).unwrap();
    let before = check("全年举办讲座待填场", &in_use);
    for bad in [r#"{"placeholders": ["("]}"#, r#"{"rules": {"x": "off"}}"#, r#"{"sections": []}"#] {
        if let Ok(c) = Config::from_json(bad) {
            in_use = c;
        }
    }
    assert_eq!(check("全年举办讲座待填场", &in_use), before);
    assert_eq!(before.diagnostics.len(), 1);
}

#[test]
fn an_admin_regex_cannot_make_checking_slow() {
    // The regex crate guarantees linear-time matching; a pattern that backtracks exponentially
    // elsewhere is harmless here.
    let config = Config::from_json(r#"{"placeholders": ["(a+)+$", "(x|x)*y"]}"#).unwrap();
    let text = "a".repeat(100_000) + "!" + &"x".repeat(100_000);
    let (_, took) = {
        let start = Instant::now();
        let r = check(&text, &config);
        (r, start.elapsed())
    };
    assert!(took < Duration::from_secs(20), "took {took:?}");
}

/// Published reports with an aside in brackets of either width put between each rate and its
/// figure (`率为` → `率（按人数）为`, `率(按人数)为`): rules that read a rate's clause past an aside
/// meet both widths (a full-width `）` was once sliced as one byte and panicked).
#[test]
fn asides_of_either_width_before_rates_in_published_reports() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut checked = 0;
    for entry in std::fs::read_dir(root.join("tests/real/reports")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for aside in ["（按人数）", "(按人数)"] {
            let with_asides = text.replace("率为", &format!("率{aside}为")).replace("率达", &format!("率{aside}达"));
            assert_robust(&with_asides, &Config::default());
            checked += 1;
        }
    }
    assert!(checked >= 40, "the reports are there");
}
