//! The published config files: `config.example.json` loads, and `config.schema.json` lists
//! exactly what the loader accepts (fields, rule ids, levels, profiles) — so neither can drift
//! from the code without a test failing.

use report_check::report_kind::{AUTO, KINDS};
use report_check::rules::ALL_RULE_IDS;
use report_check::{check, Config};
use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;

fn read(name: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn schema() -> Value {
    serde_json::from_str(&read("config.schema.json")).expect("the schema is JSON")
}

fn keys(v: &Value) -> BTreeSet<String> {
    v.as_object().expect("an object").keys().cloned().collect()
}

/// The names the loader accepts where `json` puts an unknown name, read from its message
/// ("无法识别的配置项“x”,可用的配置项:a、b" or "…级别只能是 error、warning、…").
fn accepted_fields(json: &str) -> BTreeSet<String> {
    let e = Config::from_json(json).unwrap_err();
    let msg = e.message;
    let list =
        msg.split("可用的配置项:").nth(1).or_else(|| msg.split("只能是 ").nth(1)).unwrap_or_else(|| panic!("{msg}"));
    list.split('、').map(str::to_string).collect()
}

#[test]
fn the_example_loads_and_uses_every_field() {
    let text = read("config.example.json");
    let config = Config::from_json(&text).unwrap_or_else(|e| panic!("config.example.json: {e}"));
    assert!(config.sections.as_ref().is_some_and(|s| s.len() >= 3));
    assert!(!config.extra_placeholders.is_empty() && !config.ignore.is_empty());
    let example: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(keys(&example), keys(&schema()["properties"]), "the example shows every field of the schema");
    // It checks a draft end to end.
    let report = check("某局2023年工作总结\n一、主要工作\n内容待补充。\n二、存在问题\n三、下一步工作计划", &config);
    assert!(report.diagnostics.iter().any(|d| d.rule == "placeholder"));
}

#[test]
fn the_schema_lists_exactly_the_fields_the_loader_accepts() {
    let s = schema();
    assert_eq!(s["additionalProperties"], false);
    assert_eq!(keys(&s["properties"]), accepted_fields(r#"{"no such field": 1}"#));
    let section = &s["$defs"]["section"];
    assert_eq!(section["additionalProperties"], false);
    assert_eq!(
        keys(&section["properties"]),
        accepted_fields(r#"{"sections": [{"name": "a", "synonyms": ["b"], "no such field": 1}]}"#)
    );
}

#[test]
fn the_schema_lists_every_rule_level_and_profile() {
    let s = schema();
    let rules = keys(&s["properties"]["rules"]["properties"]);
    assert_eq!(rules, ALL_RULE_IDS.iter().map(|r| r.to_string()).collect());
    let levels: BTreeSet<String> =
        s["$defs"]["levelWord"]["enum"].as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_string()).collect();
    assert_eq!(levels, accepted_fields(r#"{"rules": {"term": "no such level"}}"#));
    let profiles: Vec<&str> =
        s["properties"]["profile"]["enum"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
    let expected: Vec<&str> = std::iter::once(AUTO).chain(KINDS.iter().copied()).collect();
    assert_eq!(profiles, expected);
    for p in profiles {
        Config::from_json(&format!(r#"{{"profile": "{p}"}}"#)).unwrap();
    }
}
