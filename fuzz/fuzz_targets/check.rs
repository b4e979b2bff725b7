//! Any bytes that are UTF-8 (and, for the rest, their lossy decoding, as a browser would hand
//! them over) must check without panicking, with every span inside the text on a code-point
//! boundary, sorted, and the summary adding up. The first byte picks a config.
#![no_main]

use libfuzzer_sys::fuzz_target;
use report_check::{check, Config};

const CONFIGS: &[&str] = &[
    "{}",
    r#"{"maxDiagnostics": 2}"#,
    r#"{"placeholders": ["待填", "x+"], "ignore": ["XX", "一、"]}"#,
    r#"{"rules": {"placeholder": "info", "numbering": "off"}}"#,
    r#"{"sections": [{"name": "问题", "patterns": ["问题|不足"]}, {"name": "计划", "synonyms": ["下一步"], "required": false}]}"#,
];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else { return };
    let config = Config::from_json(CONFIGS[pick as usize % CONFIGS.len()]).unwrap();
    let text = String::from_utf8_lossy(rest);
    let report = check(&text, &config);

    let mut bounds = vec![0usize];
    for c in text.chars() {
        bounds.push(bounds.last().unwrap() + c.len_utf16());
    }
    let on_boundary = |u: usize| bounds.binary_search(&u).is_ok();
    let mut prev = None;
    for d in &report.diagnostics {
        assert!(d.start <= d.end && on_boundary(d.start) && on_boundary(d.end), "bad span {d:?}");
        assert!(d.line >= 1 && d.column >= 1);
        for s in &d.suggestions {
            assert!(s.start <= s.end && on_boundary(s.start) && on_boundary(s.end), "bad suggestion {s:?}");
        }
        let key = (d.start, d.end, d.rule.as_str());
        assert!(prev.is_none_or(|p| p <= key), "unsorted at {d:?}");
        prev = Some(key);
    }
    let s = &report.summary;
    assert_eq!(s.errors + s.warnings + s.infos, s.total);
    assert!(report.diagnostics.len() <= config.max_diagnostics);
    assert_eq!(s.truncated, report.diagnostics.len() < s.total);
});
