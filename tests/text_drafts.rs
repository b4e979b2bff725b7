//! Whole drafts for the text rules (`placeholder`, `unclosed-pair`, `residue`, `term`,
//! `date-mismatch`): `tests/drafts/text-*.txt`, annotated like the shared corpus
//! (`NAME.expect.json`, UTF-16 spans; no expect file = a clean draft).
//!
//! Every expected finding must be reported by its rule, and no error or warning of these rules
//! may land anywhere else. The clean drafts are full of look-alikes (`X光`, `App`, `3×3`,
//! `王某某`, `1)`, quotations over several paragraphs, `党的十八届三中、四中全会`).

use report_check::{check, Config, Severity};
use std::path::Path;

const RULES: &[&str] = &["placeholder", "unclosed-pair", "residue", "term", "date-mismatch"];

#[test]
fn text_rule_drafts() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/drafts");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.starts_with("text-") && n.ends_with(".txt"))
        .collect();
    names.sort();
    assert!(names.len() >= 4, "the drafts are there");
    let mut problems = Vec::new();
    for name in &names {
        let text = std::fs::read_to_string(dir.join(name)).unwrap();
        let expect_path = dir.join(name.replace(".txt", ".expect.json"));
        let expected: Vec<serde_json::Value> = match std::fs::read_to_string(&expect_path) {
            Ok(s) => serde_json::from_str(&s).unwrap(),
            Err(_) => Vec::new(),
        };
        let report = check(&text, &Config::default());
        let mine: Vec<_> = report.diagnostics.iter().filter(|d| RULES.contains(&d.rule.as_str())).collect();
        let mut used = vec![false; mine.len()];
        for e in &expected {
            let (rule, start, end) = (
                e["rule"].as_str().unwrap(),
                e["start"].as_u64().unwrap() as usize,
                e["end"].as_u64().unwrap() as usize,
            );
            let hits: Vec<usize> = (0..mine.len())
                .filter(|&k| mine[k].rule == rule && mine[k].start < end && start < mine[k].end)
                .collect();
            if hits.is_empty() {
                problems.push(format!("{name}: missed {rule} {:?} at {start}", e["text"]));
            }
            hits.into_iter().for_each(|k| used[k] = true);
        }
        for (k, d) in mine.iter().enumerate() {
            if !used[k] && d.severity != Severity::Info {
                let units: Vec<u16> = text.encode_utf16().skip(d.start).take(d.end - d.start).collect();
                let shown = String::from_utf16_lossy(&units);
                problems.push(format!("{name}: false alarm {} {shown:?} at {}: {}", d.rule, d.start, d.message));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Random strings over the characters the text rules look at: no panic, spans on boundaries.
#[test]
fn text_rules_never_panic_on_random_text() {
    let others: Vec<String> = report_check::rules::ALL_RULE_IDS
        .iter()
        .filter(|id| !RULES.contains(id))
        .map(|id| format!("\"{id}\": \"off\""))
        .collect();
    let config = Config::from_json(&format!("{{\"rules\": {{{}}}}}", others.join(", "))).unwrap();
    let alphabet: Vec<char> = "xX×Ｘ[]【】()（）“”‘’《》〈〉〔〕「」〝〞+＋某○□＿_*年月日党的十八二届三中全会大、,，。!1290 \n\r\u{3000}区县名同志页共第上一篇:：文库由会员分享.docx-—😀a".chars().collect();
    let mut seed: u64 = 0x9e3779b97f4a7c15;
    for _ in 0..3000 {
        let len = (seed >> 58) as usize + 1;
        let mut s = String::new();
        for _ in 0..len {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            s.push(alphabet[(seed >> 33) as usize % alphabet.len()]);
        }
        let r = check(&s, &config);
        let units = s.encode_utf16().count();
        for d in &r.diagnostics {
            assert!(d.start <= d.end && d.end <= units, "span out of range in {s:?}: {d:?}");
        }
    }
}
