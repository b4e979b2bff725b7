//! What an administrator can set: the profile (which sections are required), custom sections,
//! per-rule levels, extra placeholder patterns, words never to flag, and the diagnostics cap.
//!
//! Configs arrive as JSON (CLI `--config`) or as a JS object (wasm); both become a [`Value`]
//! read by [`Config::from_value`], which rejects anything it does not understand with a
//! message naming the field. Nothing is silently ignored.

mod value;

use crate::report_kind;
use crate::rules;
use regex_lite::Regex;
pub use value::Value;

/// The level an administrator gives a rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Error,
    Warning,
    Info,
    Off,
}

/// What an administrator sets for one rule (`"rules": {"missing-section": "warning"}`).
///
/// A level is the level of the rule's **most certain** findings (its [`crate::rules::Rule::top_severity`]);
/// the findings the rule itself grades lower (a guess it reports as a warning or an info) stay that many
/// steps below it. So `"missing-section": "error"` makes no guess blocking, and `"residue": "warning"`
/// turns its errors into warnings and its warnings into infos. Only `{"level": "error", "all": true}`
/// gives every finding of the rule the same level, for an administrator who asks for exactly that.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleLevel {
    pub level: Level,
    /// Every finding gets `level`, whatever the rule's own grading.
    pub all: bool,
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

/// A validated configuration. Build with [`Config::default`], [`Config::from_value`] or `Config::from_json`.
#[derive(Debug, Clone)]
pub struct Config {
    /// `auto` (pick from the title) or a built-in profile name.
    pub profile: String,
    /// Custom sections replacing the profile's, in the order they should appear.
    pub sections: Option<Vec<SectionSpec>>,
    /// Levels set by the administrator, one per rule named; rules not named keep their own
    /// grading. A list, not a map: a dozen entries at most, and the page's module has no other
    /// map to share a map's code with (about 1 KB).
    pub levels: Vec<(&'static str, RuleLevel)>,
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
            profile: report_kind::AUTO.into(),
            sections: None,
            levels: Vec::new(),
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

/// The fields of a config, as the schema (`config.schema.json`) lists them.
pub const FIELDS: &[&str] = &["$schema", "profile", "sections", "rules", "placeholders", "ignore", "maxDiagnostics"];
/// The fields of one custom section.
pub const SECTION_FIELDS: &[&str] = &["name", "patterns", "synonyms", "required"];
/// The fields of a rule's level written as an object.
const RULE_LEVEL_FIELDS: &[&str] = &["level", "all"];
const LEVELS: &[(&str, Level)] =
    &[("error", Level::Error), ("warning", Level::Warning), ("info", Level::Info), ("off", Level::Off)];

/// The path of member `key` of `field` (`sections[0].name`; `key` alone at the top). One
/// function for every path, not a `format!` at each place (the page module's size).
#[inline(never)]
pub(crate) fn member(field: &str, key: &str) -> String {
    if field.is_empty() {
        key.to_string()
    } else {
        format!("{field}.{key}")
    }
}

/// The path of item `i` of `field` (`placeholders[2]`).
#[inline(never)]
pub(crate) fn item(field: &str, i: usize) -> String {
    format!("{field}[{i}]")
}

fn problem(field: impl Into<String>, message: impl Into<String>) -> ConfigError {
    problem_of(field.into(), message.into())
}

/// [`problem`] once for every pair of argument types.
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn problem_of(field: String, message: String) -> ConfigError {
    ConfigError { field, message }
}

fn wrong_type(field: &str, expected: &str, got: &Value) -> ConfigError {
    problem(field, format!("类型不对:应为{expected},实际是{}", got.describe()))
}

/// The entries of an object whose keys are all in `known` (each once), each with its key as
/// `known` spells it; `null` fields count as absent (a JS object often carries `undefined` for an
/// option left out). `unknown` says what is wrong with a key not in `known`.
fn object<'a>(
    field: &str,
    value: &'a Value,
    known: &[&'static str],
    unknown: fn(&str, &[&str]) -> String,
) -> Result<Vec<(&'static str, &'a Value)>, ConfigError> {
    let Value::Object(entries) = value else {
        return Err(wrong_type(field, "对象 {…}", value));
    };
    let mut out: Vec<(&'static str, &Value)> = Vec::new();
    for (key, v) in entries {
        let path = member(field, key);
        let Some(&name) = known.iter().find(|k| **k == key) else {
            return Err(problem(path, unknown(key, known)));
        };
        if out.iter().any(|(k, _)| *k == name) {
            return Err(problem(path, format!("配置项“{key}”重复出现")));
        }
        if *v != Value::Null {
            out.push((name, v));
        }
    }
    Ok(out)
}

fn unknown_field(key: &str, known: &[&str]) -> String {
    format!("无法识别的配置项“{key}”,可用的配置项:{}", crate::text::joined(known, "、"))
}

fn unknown_rule(key: &str, known: &[&str]) -> String {
    format!("没有名为“{key}”的规则,可用的规则:{}", crate::text::joined(known, "、"))
}

fn text(field: &str, value: &Value) -> Result<String, ConfigError> {
    match value {
        Value::Text(s) => Ok(s.clone()),
        other => Err(wrong_type(field, "文本", other)),
    }
}

fn texts(field: &str, value: &Value) -> Result<Vec<String>, ConfigError> {
    let Value::List(items) = value else {
        return Err(wrong_type(field, "文本列表 [\"…\"]", value));
    };
    // Loops rather than collecting into a Result: less code in the page module.
    let mut out = Vec::with_capacity(items.len());
    for (i, v) in items.iter().enumerate() {
        out.push(text(&item(field, i), v)?);
    }
    Ok(out)
}

fn rule_levels(value: &Value) -> Result<Vec<(&'static str, RuleLevel)>, ConfigError> {
    let mut levels = Vec::new();
    for (id, v) in object("rules", value, &rules::ALL_RULE_IDS, unknown_rule)? {
        let field = member("rules", id);
        let set = match v {
            Value::Object(_) => {
                let entries = object(&field, v, RULE_LEVEL_FIELDS, unknown_field)?;
                let get = |key: &str| entries.iter().find(|(k, _)| *k == key).map(|(_, v)| *v);
                let Some(word) = get("level") else {
                    return Err(problem(field, "缺少必填项 level(级别)"));
                };
                let all = match get("all") {
                    None => false,
                    Some(Value::Bool(b)) => *b,
                    Some(other) => return Err(wrong_type(&member(&field, "all"), "true 或 false", other)),
                };
                RuleLevel { level: level(&member(&field, "level"), word)?, all }
            }
            _ => RuleLevel { level: level(&field, v)?, all: false },
        };
        levels.push((id, set));
    }
    Ok(levels)
}

fn level(field: &str, value: &Value) -> Result<Level, ConfigError> {
    let word = match value {
        Value::Text(s) => s,
        other => {
            return Err(wrong_type(field, "级别文本(error、warning、info、off)或 {\"level\": …, \"all\": true}", other))
        }
    };
    match LEVELS.iter().find(|(w, _)| w == word) {
        Some(&(_, level)) => Ok(level),
        None => Err(problem(field, format!("取值无效:“{word}”不是级别,级别只能是 error、warning、info、off"))),
    }
}

fn section(i: usize, value: &Value, earlier: &[SectionSpec]) -> Result<SectionSpec, ConfigError> {
    let field = item("sections", i);
    let entries = object(&field, value, SECTION_FIELDS, unknown_field)?;
    let get = |key: &str| entries.iter().find(|(k, _)| *k == key).map(|(_, v)| *v);
    let Some(name) = get("name") else {
        return Err(problem(field, "缺少必填项 name(章节名称)"));
    };
    let name_field = member(&field, "name");
    let name = text(&name_field, name)?;
    if name.trim().is_empty() {
        return Err(problem(name_field, "章节名称不能为空"));
    }
    if earlier.iter().any(|p| p.name == name) {
        return Err(problem(name_field, format!("章节“{name}”重复列出,请合并为一项")));
    }
    let patterns_field = member(&field, "patterns");
    let patterns = get("patterns").map(|v| texts(&patterns_field, v)).transpose()?.unwrap_or_default();
    let synonyms = get("synonyms").map(|v| texts(&member(&field, "synonyms"), v)).transpose()?.unwrap_or_default();
    let required = match get("required") {
        None => true,
        Some(Value::Bool(b)) => *b,
        Some(other) => return Err(wrong_type(&member(&field, "required"), "true 或 false", other)),
    };
    if patterns.is_empty() && synonyms.iter().all(|w| w.trim().is_empty()) {
        return Err(problem(field, format!("章节“{name}”没有 patterns 也没有 synonyms,无法识别")));
    }
    let mut compiled = Vec::with_capacity(patterns.len());
    for (j, p) in patterns.iter().enumerate() {
        compiled.push(compile(p, item(&patterns_field, j))?);
    }
    let patterns = compiled;
    let synonyms = synonyms.into_iter().filter(|w| !w.trim().is_empty()).collect();
    Ok(SectionSpec { name, patterns, synonyms, required })
}

fn compile(pattern: &str, field: String) -> Result<Regex, ConfigError> {
    crate::pattern::configured(pattern, REGEX_SIZE_LIMIT)
        .map_err(|why| ConfigError { field, message: format!("“{pattern}”{why}") })
}

impl Config {
    /// Reads and validates a config.
    pub fn from_value(value: &Value) -> Result<Config, ConfigError> {
        let mut config = Config::default();
        for (key, v) in object("", value, FIELDS, unknown_field)? {
            match key {
                "$schema" => {
                    text(key, v)?;
                }
                "profile" => {
                    let profile = text(key, v)?;
                    if profile != report_kind::AUTO && report_kind::known(&profile).is_none() {
                        let choices = crate::text::joined(report_kind::KINDS, "、");
                        return Err(problem(
                            key,
                            format!("未知的文种“{profile}”,可选:{}、{choices}", report_kind::AUTO),
                        ));
                    }
                    config.profile = profile;
                }
                "rules" => config.levels = rule_levels(v)?,
                "sections" => {
                    let Value::List(items) = v else {
                        return Err(wrong_type(key, "章节列表 [{…}]", v));
                    };
                    if items.is_empty() {
                        return Err(problem(key, "章节列表为空:请至少列出一个章节,或删去此项以使用内置文种"));
                    }
                    let mut specs = Vec::new();
                    for (i, item) in items.iter().enumerate() {
                        let spec = section(i, item, &specs)?;
                        specs.push(spec);
                    }
                    config.sections = Some(specs);
                }
                "placeholders" => {
                    for (i, p) in texts(key, v)?.iter().enumerate() {
                        let field = item("placeholders", i);
                        if p.is_empty() {
                            return Err(problem(field, "占位符模式不能为空"));
                        }
                        let re = compile(p, field.clone())?;
                        if re.is_match("") {
                            return Err(problem(field, format!("“{p}”能匹配空文本,会到处报错,请改写")));
                        }
                        config.extra_placeholders.push(re);
                    }
                }
                "ignore" => config.ignore = texts(key, v)?.into_iter().filter(|w| !w.is_empty()).collect(),
                "maxDiagnostics" => match v {
                    Value::Number(n) if *n == 0.0 => return Err(problem(key, "必须大于 0")),
                    Value::Number(n) if n.fract() == 0.0 && *n > 0.0 => {
                        config.max_diagnostics = n.min(usize::MAX as f64) as usize
                    }
                    other => return Err(wrong_type(key, "正整数", other)),
                },
                _ => unreachable!("object() admits only FIELDS"),
            }
        }
        Ok(config)
    }

    /// Reads a config from JSON text.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_json(json: &str) -> Result<Config, ConfigError> {
        let value = value::from_json(json).map_err(|message| problem("", message))?;
        Config::from_value(&value)
    }

    /// The level the administrator set for `rule`, if any.
    pub fn level_of(&self, rule: &str) -> Option<RuleLevel> {
        self.levels.iter().find(|(id, _)| *id == rule).map(|(_, level)| *level)
    }
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
            (
                r#"{"sections": [{"name": "问题", "patterns": ["(问题"]}]}"#, "sections[0].patterns[0]",
                "不是有效的正则表达式",
            ),
            (
                r#"{"sections": [{"name": "问题", "synonyms": ["不足"], "required": "yes"}]}"#,
                "sections[0].required",
                "类型不对",
            ),
            (
                r#"{"sections": [{"name": "问题", "synonyms": ["不足"], "order": 1}]}"#,
                "sections[0].order",
                "无法识别的配置项",
            ),
            (
                r#"{"sections": [{"name": "问题", "synonyms": ["不足"]}, {"name": "问题", "synonyms": ["差距"]}]}"#,
                "sections[1].name",
                "重复",
            ),
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
    fn a_repeated_key_is_refused_and_null_means_left_out() {
        let e = err(r#"{"profile": "auto", "profile": "工作总结"}"#);
        assert_eq!(e.field, "profile");
        assert!(e.message.contains("重复"), "{e}");
        let c = Config::from_json(r#"{"profile": null, "placeholders": null, "maxDiagnostics": null}"#).unwrap();
        assert_eq!((c.profile.as_str(), c.max_diagnostics), ("auto", DEFAULT_MAX_DIAGNOSTICS));
        let e = err(r#"{"maxDiagnostics": 2.5}"#);
        assert!(e.message.contains("类型不对") && e.message.contains("2.5"), "{e}");
        assert!(err(r#"{"maxDiagnostics": -1}"#).message.contains("正整数"));
    }

    #[test]
    fn every_built_in_profile_is_accepted() {
        for p in report_kind::KINDS.iter().chain(&[report_kind::AUTO]) {
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
        assert_eq!(c.level_of("term"), Some(RuleLevel { level: Level::Off, all: false }));
        assert_eq!(c.level_of("residue"), Some(RuleLevel { level: Level::Warning, all: false }));
        assert_eq!(c.extra_placeholders.len(), 1);
        assert_eq!(c.ignore, ["XX科技"]);
        assert_eq!(c.max_diagnostics, 50);
        assert_eq!(c.sections.as_ref().unwrap()[0].synonyms, ["短板"]);
    }

    #[test]
    fn a_level_may_be_given_for_every_finding() {
        let c = Config::from_json(r#"{"rules": {"missing-section": {"level": "error", "all": true}}}"#).unwrap();
        assert_eq!(c.level_of("missing-section"), Some(RuleLevel { level: Level::Error, all: true }));
        let c = Config::from_json(r#"{"rules": {"numbering": {"level": "info"}}}"#).unwrap();
        assert_eq!(c.level_of("numbering"), Some(RuleLevel { level: Level::Info, all: false }));
        assert_eq!(err(r#"{"rules": {"numbering": {"all": true}}}"#).field, "rules.numbering");
        assert_eq!(err(r#"{"rules": {"numbering": {"level": "loud"}}}"#).field, "rules.numbering.level");
        assert_eq!(err(r#"{"rules": {"numbering": {"level": "info", "all": 1}}}"#).field, "rules.numbering.all");
        assert_eq!(err(r#"{"rules": {"numbering": {"level": "info", "every": true}}}"#).field, "rules.numbering.every");
    }
}
