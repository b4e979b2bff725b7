//! Reads a JS config object into the core's [`Value`], by hand with js-sys.
//!
//! Every own key is read, in order, so a misspelt key (`{ placeholder: [...] }`) is reported
//! with its path exactly as from JSON, instead of being silently ignored as a reader asking
//! only for known fields would. No serde here: see `config::value` for why.

use crate::config::{item, member, Value};
use crate::present::config::{from_value, Refused};
use crate::Config;
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

/// Deeper than any config: a cyclic object stops here instead of overflowing the stack.
const MAX_DEPTH: usize = 16;

/// The value of the config object `v`.
pub fn read(v: &JsValue) -> Result<Value, String> {
    read_at(v, "", 0)
}

/// The config of an administrator's JSON text (the page's config file, the validator's
/// `config` given as text), parsed by the browser; the parser's message says why it is not JSON.
pub fn read_json(json: &str) -> Result<Config, Refused> {
    let parsed = js_sys::JSON::parse(json).map_err(|e| {
        Refused::NotJson(Reflect::get(&e, &"message".into()).ok().and_then(|m| m.as_string()).unwrap_or_default())
    })?;
    from_value(&read(&parsed).map_err(Refused::Invalid)?).map_err(Refused::Invalid)
}

/// `path` names where `v` is, for an error.
fn read_at(v: &JsValue, path: &str, depth: usize) -> Result<Value, String> {
    let field = || if path.is_empty() { String::new() } else { format!("配置项 {path} ") };
    if depth > MAX_DEPTH {
        return Err(format!("配置有误:{}嵌套过深(是否引用了自身?)", field()));
    }
    if v.is_null() || v.is_undefined() {
        return Ok(Value::Null);
    }
    if let Some(b) = v.as_bool() {
        return Ok(Value::Bool(b));
    }
    if let Some(n) = v.as_f64() {
        return Ok(Value::Number(n));
    }
    if let Some(s) = v.as_string() {
        return Ok(Value::Text(s));
    }
    if let Some(list) = v.dyn_ref::<Array>() {
        let mut items = Vec::new();
        for i in 0..list.length() {
            items.push(read_at(&list.get(i), &item(path, i as usize), depth + 1)?);
        }
        return Ok(Value::List(items));
    }
    if v.is_object() && !v.is_function() {
        let mut entries = Vec::new();
        for key in Object::keys(v.unchecked_ref::<Object>()).iter() {
            let key = key.as_string().unwrap_or_default();
            let value = Reflect::get(v, &JsValue::from_str(&key))
                .map_err(|_| format!("配置有误:{}无法读取“{key}”", field()))?;
            let at = member(path, &key);
            entries.push((key, read_at(&value, &at, depth + 1)?));
        }
        return Ok(Value::Object(entries));
    }
    Err(format!("配置有误:{}类型不对:不能是函数、Symbol 或 BigInt", field()))
}
