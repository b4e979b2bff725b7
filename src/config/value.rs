//! A JSON-like value: what a config is read from.
//!
//! Natively it comes from JSON text (serde_json), in the browser from a JS object (read by
//! `wasm::js_config`). The config is then read from this value by hand (`Config::from_value`),
//! not by serde's derive: the derive and serde_path_to_error (which named the field of an error) were
//! about 10% of the browser module for a dozen fields. Reading by hand also lets every message
//! be Chinese and name the field.

/// A JSON value, object keys in their written order (duplicates kept, so they can be reported).
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    Number(f64),
    Text(String),
    List(Vec<Value>),
    Object(Vec<(String, Value)>),
}

impl Value {
    /// What the value is, for a message (`文本“many”`, `数字 3`, `列表`).
    pub fn describe(&self) -> String {
        match self {
            Value::Null => "null".into(),
            Value::Bool(b) => format!("布尔值 {b}"),
            Value::Number(n) => format!("数字 {}", crate::numbers::trim(*n)),
            Value::Text(s) if s.chars().count() > 20 => format!("文本“{}…”", s.chars().take(20).collect::<String>()),
            Value::Text(s) => format!("文本“{s}”"),
            Value::List(_) => "列表".into(),
            Value::Object(_) => "对象".into(),
        }
    }
}

/// Reads JSON text into a value; the error is for people.
#[cfg(not(target_arch = "wasm32"))]
pub fn from_json(json: &str) -> Result<Value, String> {
    use serde::Deserialize;
    let mut de = serde_json::Deserializer::from_str(json);
    let value = Value::deserialize(&mut de).map_err(|e| format!("不是有效的 JSON({e})"))?;
    de.end().map_err(|e| format!("JSON 末尾有多余内容({e})"))?;
    Ok(value)
}

#[cfg(not(target_arch = "wasm32"))]
impl<'de> serde::Deserialize<'de> for Value {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Value, D::Error> {
        use serde::de::{MapAccess, SeqAccess, Visitor};
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Value;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON value")
            }
            fn visit_unit<E>(self) -> Result<Value, E> {
                Ok(Value::Null)
            }
            fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
                Ok(Value::Bool(v))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
                Ok(Value::Number(v as f64))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
                Ok(Value::Number(v as f64))
            }
            fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
                Ok(Value::Number(v))
            }
            fn visit_str<E>(self, v: &str) -> Result<Value, E> {
                Ok(Value::Text(v.to_string()))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(Value::List(items))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry::<String, Value>()? {
                    entries.push(entry);
                }
                Ok(Value::Object(entries))
            }
        }
        d.deserialize_any(V)
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn json_is_read_with_key_order_and_duplicates() {
        let v = from_json(r#"{"b": [1, 2.5, "x", null, true], "a": {}, "b": -3}"#).unwrap();
        let Value::Object(entries) = v else { panic!() };
        let keys: Vec<_> = entries.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["b", "a", "b"]);
        assert_eq!(
            entries[0].1,
            Value::List(vec![
                Value::Number(1.0),
                Value::Number(2.5),
                Value::Text("x".into()),
                Value::Null,
                Value::Bool(true)
            ])
        );
        assert_eq!(entries[2].1, Value::Number(-3.0));
    }

    #[test]
    fn bad_json_is_explained() {
        assert!(from_json("{").unwrap_err().starts_with("不是有效的 JSON"));
        assert!(from_json("{} x").unwrap_err().contains("多余"));
        assert_eq!(Value::Text("many".into()).describe(), "文本“many”");
    }
}
