//! An administrator's config as the front ends read it: the page from a JSON file, the validator
//! from its `config` option (an object or JSON text). The browser parses the JSON and
//! `wasm::js_config` turns the result into a [`Value`]; what that value means, and how each
//! front end words a config it cannot use, is decided here.

use crate::config::{Config, Value};

/// Why an administrator's config is not used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Refused {
    /// The text is not JSON; the parser's message.
    NotJson(String),
    /// JSON, but not a valid config; the core's message (it names the field).
    Invalid(String),
}

impl Refused {
    /// Beside the page's 载入检查配置 button.
    pub(crate) fn for_page(&self) -> String {
        match self {
            Refused::NotJson(why) => format!("不是有效的 JSON({why})"),
            Refused::Invalid(why) => why.clone(),
        }
    }

    /// The Error `attachValidator` throws.
    pub(crate) fn for_validator(&self) -> String {
        match self {
            Refused::NotJson(_) => "ReportCheck: config 不是有效的 JSON".to_string(),
            Refused::Invalid(why) => format!("ReportCheck: {why}"),
        }
    }
}

/// The config `value` stands for: `null` (or nothing given) is the default config.
pub(crate) fn from_value(value: &Value) -> Result<Config, String> {
    match value {
        Value::Null => Ok(Config::default()),
        v => Config::from_value(v).map_err(|e| e.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn obj(entries: Vec<(&str, Value)>) -> Value {
        Value::Object(entries.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
    }

    #[test]
    fn null_is_the_default() {
        let c = from_value(&Value::Null).unwrap();
        assert_eq!(c.profile, Config::default().profile);
    }

    #[test]
    fn a_valid_config_is_read() {
        let c = from_value(&obj(vec![("profile", Value::Text("工作计划".into()))])).unwrap();
        assert_eq!(c.profile, "工作计划");
    }

    #[test]
    fn a_bad_field_is_named_for_both_front_ends() {
        let why = from_value(&obj(vec![("placeholder", Value::List(Vec::new()))])).unwrap_err();
        assert!(why.contains("placeholder"), "{why}");
        let refused = Refused::Invalid(why.clone());
        assert_eq!(refused.for_page(), why);
        assert_eq!(refused.for_validator(), format!("ReportCheck: {why}"));
    }

    #[test]
    fn text_that_is_not_json() {
        let refused = Refused::NotJson("Unexpected token".into());
        assert_eq!(refused.for_page(), "不是有效的 JSON(Unexpected token)");
        assert_eq!(refused.for_validator(), "ReportCheck: config 不是有效的 JSON");
    }
}
