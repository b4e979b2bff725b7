//! What an administrator can set: the profile (which sections are required), custom sections,
//! per-rule levels, extra placeholder patterns, words never to flag, and the diagnostics cap.
//!
//! Configs arrive as JSON (CLI `--config`) or as a JS object (wasm); both go through
//! [`Config::from_deserializer`], which rejects anything it does not understand with a
//! message naming the field. Nothing is silently ignored.

use crate::rules;
use regex_lite::Regex;
use serde::Deserialize;
use std::collections::BTreeMap;

/// The level an administrator gives a rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Error,
    Warning,
    Info,
    Off,
}

/// A required (or optional) section of a custom profile. The list replaces the built-in
/// profile's sections, in the order the sections should appear (`missing-section` warns when
/// their headings come in another order).
#[derive(Debug, Clone)]
pub struct SectionSpec {
    pub name: String,
    /// Heading patterns (regexes) that mark the section, matched against the heading words
    /// (after the number: `存在问题` in `二、存在问题`).
    pub patterns: Vec<Regex>,
    /// Plain words: a heading or paragraph containing one carries the section. A title
    /// containing the name or a synonym promises the section (missing: an error).
    pub synonyms: Vec<String>,
    /// Optional sections are never reported missing (default: required).
    pub required: bool,
}

/// A validated configuration. Build with [`Config::default`] or [`Config::from_deserializer`].
#[derive(Debug, Clone)]
pub struct Config {
    /// `auto` (pick from the title) or a built-in profile name.
    pub profile: String,
    /// Custom sections replacing the profile's, in the order they should appear.
    pub sections: Option<Vec<SectionSpec>>,
    /// Levels set by the administrator; rules not named keep their default.
    pub levels: BTreeMap<&'static str, Level>,
    /// Extra patterns the placeholder rule reports.
    pub extra_placeholders: Vec<Regex>,
    /// Words never flagged by any rule (a finding whose text lies inside one is dropped).
    pub ignore: Vec<String>,
    /// At most this many diagnostics are returned; the summary still counts all.
    pub max_diagnostics: usize,
}

pub const DEFAULT_MAX_DIAGNOSTICS: usize = 1000;
/// Compiled size limit for an administrator's regex: a pattern like `\w{1000}{1000}` is refused
/// instead of taking the page's memory.
const REGEX_SIZE_LIMIT: usize = 1 << 20;

impl Default for Config {
    fn default() -> Self {
        Config {
            profile: "auto".into(),
            sections: None,
            levels: BTreeMap::new(),
            extra_placeholders: Vec::new(),
            ignore: Vec::new(),
            max_diagnostics: DEFAULT_MAX_DIAGNOSTICS,
        }
    }
}

/// A config that could not be used; `message` names the field and the problem, in Chinese.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    /// Path of the offending field, e.g. `rules.placeholder` or `sections[1].patterns[0]`.
    pub field: String,
    pub message: String,
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.field.is_empty() {
            write!(f, "配置有误:{}", self.message)
        } else {
            write!(f, "配置项 {} 有误:{}", self.field, self.message)
        }
    }
}

impl std::error::Error for ConfigError {}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct RawConfig {
    #[serde(rename = "$schema", default)]
    _schema: Option<String>,
    #[serde(default)]
    profile: Option<String>,
    #[serde(default)]
    sections: Option<Vec<ObjectOnly<RawSection>>>,
    #[serde(default)]
    rules: BTreeMap<String, Level>,
    #[serde(default)]
    placeholders: Vec<String>,
    #[serde(default)]
    ignore: Vec<String>,
    #[serde(default)]
    max_diagnostics: Option<usize>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct RawSection {
    name: String,
    #[serde(default)]
    patterns: Vec<String>,
    #[serde(default)]
    synonyms: Vec<String>,
    #[serde(default = "yes")]
    required: bool,
}

fn yes() -> bool {
    true
}

/// A struct read only from an object: serde alone would also build it from an array
/// (`[]` would pass as an empty config), which no administrator means.
struct ObjectOnly<T>(T);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for ObjectOnly<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Objects<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> serde::de::Visitor<'de> for Objects<T> {
            type Value = T;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
                T::deserialize(serde::de::value::MapAccessDeserializer::new(map))
            }
        }
        d.deserialize_map(Objects(std::marker::PhantomData)).map(ObjectOnly)
    }
}

fn compile(pattern: &str, field: String) -> Result<Regex, ConfigError> {
    crate::pattern::configured(pattern, REGEX_SIZE_LIMIT).map_err(|why| ConfigError { field, message: format!("“{pattern}”{why}") })
}

impl Config {
    /// Reads a config from any serde source (serde_json, serde-wasm-bindgen) and validates it.
    pub fn from_deserializer<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Config, ConfigError> {
        let ObjectOnly(raw): ObjectOnly<RawConfig> = serde_path_to_error::deserialize(d).map_err(|e| {
            let field = e.path().to_string();
            let field = if field == "." { String::new() } else { field };
            ConfigError { field, message: explain_serde(&e.inner().to_string()) }
        })?;
        Config::from_raw(raw)
    }

    /// Reads a config from JSON text.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_json(json: &str) -> Result<Config, ConfigError> {
        let mut de = serde_json::Deserializer::from_str(json);
        let config = Config::from_deserializer(&mut de)?;
        de.end().map_err(|e| ConfigError { field: String::new(), message: format!("JSON 末尾有多余内容({e})") })?;
        Ok(config)
    }

    fn from_raw(raw: RawConfig) -> Result<Config, ConfigError> {
        let mut config = Config::default();
        if let Some(profile) = raw.profile {
            let known = crate::rules::missing_section::PROFILE_NAMES;
            if profile != "auto" && !known.contains(&profile.as_str()) {
                return Err(ConfigError {
                    field: "profile".into(),
                    message: format!("未知的文种“{profile}”,可选:auto、{}", known.join("、")),
                });
            }
            config.profile = profile;
        }
        for (name, level) in raw.rules {
            let Some(id) = rules::ALL_RULE_IDS.iter().find(|id| **id == name) else {
                return Err(ConfigError {
                    field: format!("rules.{name}"),
                    message: format!("没有名为“{name}”的规则,可用的规则:{}", rules::ALL_RULE_IDS.join("、")),
                });
            };
            config.levels.insert(id, level);
        }
        if let Some(sections) = raw.sections {
            if sections.is_empty() {
                return Err(ConfigError { field: "sections".into(), message: "章节列表为空:请至少列出一个章节,或删去此项以使用内置文种".into() });
            }
            let mut specs = Vec::new();
            for (i, ObjectOnly(s)) in sections.into_iter().enumerate() {
                if s.name.trim().is_empty() {
                    return Err(ConfigError { field: format!("sections[{i}].name"), message: "章节名称不能为空".into() });
                }
                if specs.iter().any(|p: &SectionSpec| p.name == s.name) {
                    return Err(ConfigError { field: format!("sections[{i}].name"), message: format!("章节“{}”重复列出,请合并为一项", s.name) });
                }
                if s.patterns.is_empty() && s.synonyms.iter().all(|w| w.trim().is_empty()) {
                    return Err(ConfigError {
                        field: format!("sections[{i}]"),
                        message: format!("章节“{}”没有 patterns 也没有 synonyms,无法识别", s.name),
                    });
                }
                let patterns = s
                    .patterns
                    .iter()
                    .enumerate()
                    .map(|(j, p)| compile(p, format!("sections[{i}].patterns[{j}]")))
                    .collect::<Result<Vec<_>, _>>()?;
                let synonyms = s.synonyms.into_iter().filter(|w| !w.trim().is_empty()).collect();
                specs.push(SectionSpec { name: s.name, patterns, synonyms, required: s.required });
            }
            config.sections = Some(specs);
        }
        for (i, p) in raw.placeholders.iter().enumerate() {
            if p.is_empty() {
                return Err(ConfigError { field: format!("placeholders[{i}]"), message: "占位符模式不能为空".into() });
            }
            let re = compile(p, format!("placeholders[{i}]"))?;
            if re.is_match("") {
                return Err(ConfigError { field: format!("placeholders[{i}]"), message: format!("“{p}”能匹配空文本,会到处报错,请改写") });
            }
            config.extra_placeholders.push(re);
        }
        config.ignore = raw.ignore.into_iter().filter(|w| !w.is_empty()).collect();
        if let Some(max) = raw.max_diagnostics {
            if max == 0 {
                return Err(ConfigError { field: "maxDiagnostics".into(), message: "必须大于 0".into() });
            }
            config.max_diagnostics = max;
        }
        Ok(config)
    }

    /// The level of `rule`: the administrator's choice, else the rule's own severity.
    pub fn level_of(&self, rule: &str) -> Option<Level> {
        self.levels.get(rule).copied()
    }
}

/// Turns serde's English into a short Chinese explanation, keeping serde's detail in brackets.
fn explain_serde(msg: &str) -> String {
    let head = if msg.starts_with("unknown field") {
        "无法识别的配置项"
    } else if msg.starts_with("invalid type") {
        "类型不对"
    } else if msg.starts_with("unknown variant") {
        "取值无效(级别只能是 error、warning、info、off)"
    } else if msg.starts_with("missing field") {
        "缺少必填项"
    } else if msg.starts_with("invalid value") {
        "取值无效"
    } else {
        "格式有误"
    };
    format!("{head}({msg})")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(json: &str) -> ConfigError {
        Config::from_json(json).unwrap_err()
    }

    #[test]
    fn empty_object_is_the_default() {
        let c = Config::from_json("{}").unwrap();
        assert_eq!(c.profile, "auto");
        assert_eq!(c.max_diagnostics, DEFAULT_MAX_DIAGNOSTICS);
    }

    #[test]
    fn every_error_names_its_field() {
        let e = err(r#"{"rules": {"nonsense": "error"}}"#);
        assert_eq!(e.field, "rules.nonsense");
        assert!(e.message.contains("没有名为“nonsense”的规则"), "{e}");

        let e = err(r#"{"rules": {"placeholder": "loud"}}"#);
        assert_eq!(e.field, "rules.placeholder");
        assert!(e.message.contains("取值无效"), "{e}");

        let e = err(r#"{"placeholders": ["(unclosed"]}"#);
        assert_eq!(e.field, "placeholders[0]");
        assert!(e.message.contains("不是有效的正则表达式"), "{e}");

        let e = err(r#"{"placeholders": ["a*"]}"#);
        assert!(e.message.contains("空文本"), "{e}");

        let e = err(r#"{"placeholders": ["\\w{1000}{1000}"]}"#);
        assert!(e.message.contains("过大"), "{e}");

        let e = err(r#"{"maxDiagnostics": "many"}"#);
        assert_eq!(e.field, "maxDiagnostics");
        assert!(e.message.contains("类型不对"), "{e}");

        let e = err(r#"{"colour": "red"}"#);
        assert!(e.message.contains("无法识别的配置项"), "{e}");

        let e = err(r#"{"sections": []}"#);
        assert_eq!(e.field, "sections");

        let e = err(r#"{"sections": [{"name": "问题"}]}"#);
        assert_eq!(e.field, "sections[0]");

        let e = err(r#"{"sections": [{"name": "问题", "patterns": ["[问题"]}]}"#);
        assert_eq!(e.field, "sections[0].patterns[0]");

        let e = err(r#"{"profile": "随便"}"#);
        assert_eq!(e.field, "profile");
        assert!(e.message.contains("未知的文种“随便”") && e.message.contains("工作总结"), "{e}");

        let e = err(r#"{"maxDiagnostics": 0}"#);
        assert_eq!(e.field, "maxDiagnostics");

        let e = err(r#"[]"#);
        assert!(e.message.contains("类型不对"), "{e}");

        let e = err(r#"{"sections": [["问题", [], ["短板"]]]}"#);
        assert_eq!(e.field, "sections[0]");

        let e = err(r#"{} x"#);
        assert!(e.message.contains("多余"), "{e}");
    }

    #[test]
    fn every_section_error_names_its_field() {
        let cases = [
            (r#"{"sections": {"name": "问题"}}"#, "sections", "类型不对"),
            (r#"{"sections": [{"name": "", "synonyms": ["不足"]}]}"#, "sections[0].name", "不能为空"),
            (r#"{"sections": [{"synonyms": ["不足"]}]}"#, "sections[0]", "缺少必填项"),
            (r#"{"sections": [{"name": 3, "synonyms": ["不足"]}]}"#, "sections[0].name", "类型不对"),
            (r#"{"sections": [{"name": "问题", "synonyms": "不足"}]}"#, "sections[0].synonyms", "类型不对"),
            (r#"{"sections": [{"name": "问题", "synonyms": [""]}]}"#, "sections[0]", "没有 patterns 也没有 synonyms"),
            (r#"{"sections": [{"name": "问题", "patterns": ["(问题"]}]}"#, "sections[0].patterns[0]", "不是有效的正则表达式"),
            (r#"{"sections": [{"name": "问题", "synonyms": ["不足"], "required": "yes"}]}"#, "sections[0].required", "类型不对"),
            (r#"{"sections": [{"name": "问题", "synonyms": ["不足"], "order": 1}]}"#, "sections[0].order", "无法识别的配置项"),
            (r#"{"sections": [{"name": "问题", "synonyms": ["不足"]}, {"name": "问题", "synonyms": ["差距"]}]}"#, "sections[1].name", "重复"),
            (r#"{"profile": 1}"#, "profile", "类型不对"),
        ];
        for (json, field, says) in cases {
            let e = err(json);
            assert_eq!(e.field, field, "{json}: {e}");
            assert!(e.message.contains(says), "{json}: {e}");
            assert!(e.to_string().contains(field), "the message shown names the field: {e}");
        }
    }

    #[test]
    fn every_built_in_profile_is_accepted() {
        for p in crate::rules::missing_section::PROFILE_NAMES.iter().chain(&["auto"]) {
            assert_eq!(Config::from_json(&format!(r#"{{"profile": "{p}"}}"#)).unwrap().profile, *p);
        }
    }

    #[test]
    fn a_full_config_is_read() {
        let c = Config::from_json(
            r#"{"profile": "auto", "rules": {"term": "off", "residue": "warning"},
                "placeholders": ["待补充"], "ignore": ["XX科技"], "maxDiagnostics": 50,
                "sections": [{"name": "存在问题", "patterns": ["问题|不足"], "synonyms": ["短板"], "required": true}]}"#,
        )
        .unwrap();
        assert_eq!(c.level_of("term"), Some(Level::Off));
        assert_eq!(c.level_of("residue"), Some(Level::Warning));
        assert_eq!(c.extra_placeholders.len(), 1);
        assert_eq!(c.ignore, ["XX科技"]);
        assert_eq!(c.max_diagnostics, 50);
        assert_eq!(c.sections.as_ref().unwrap()[0].synonyms, ["短板"]);
    }
}
