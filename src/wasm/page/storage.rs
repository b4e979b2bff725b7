//! What the page keeps in the browser's local storage between visits: the draft (saved as the
//! user types), the chosen profile, the administrator's config and the problems ignored.

use super::dom::Ui;
use super::{attr, el, Page};
use crate::Config;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Storage;

pub(super) const KEY_DRAFT: &str = "report-check.draft";
pub(super) const KEY_PROFILE: &str = "report-check.profile";
pub(super) const KEY_CONFIG: &str = "report-check.config";
pub(super) const KEY_CONFIG_NAME: &str = "report-check.config-name";
const KEY_IGNORED: &str = "report-check.ignored";

#[wasm_bindgen]
extern "C" {
    /// Storage seen with `setItem` taking the value as a JS string (web-sys's takes a `&str`,
    /// which is copied out of wasm memory).
    #[wasm_bindgen(extends = Storage)]
    type JsStorage;
    #[wasm_bindgen(method, catch, js_name = setItem)]
    fn set_item_js(this: &JsStorage, key: &str, value: &JsValue) -> Result<(), JsValue>;
}

/// What the last visit left: the draft and the profile go into their controls; the
/// administrator's config (name, JSON) and the ignored problems' keys are returned.
pub(super) fn restore(storage: Option<&Storage>, ui: &Ui) -> (Option<(String, String)>, Vec<String>) {
    let (editor, profile) = (&ui.editor, &ui.profile);
    let get = |k: &str| storage.and_then(|s| s.get_item(k).ok().flatten());
    if let Some(draft) = get(KEY_DRAFT) {
        editor.set_value(&draft);
    }
    if let Some(p) = get(KEY_PROFILE) {
        if p == crate::report_kind::AUTO || crate::report_kind::known(&p).is_some() {
            profile.set_value(&p);
        }
    }
    let admin = match (get(KEY_CONFIG), get(KEY_CONFIG_NAME)) {
        (Some(json), name) => Some((name.unwrap_or_else(|| "配置".into()), json)),
        _ => None,
    };
    let ignored = get(KEY_IGNORED)
        .and_then(|s| js_sys::JSON::parse(&s).ok())
        .filter(|v| v.is_array())
        .map(|v| {
            let mut keys = Vec::new();
            for x in js_sys::Array::from(&v).iter() {
                keys.extend(x.as_string());
            }
            keys
        })
        .unwrap_or_default();
    (admin, ignored)
}

impl Page {
    pub(super) fn store(&self, key: &str, value: Option<&str>) {
        if let Some(s) = &self.storage {
            let _ = match value {
                Some(v) => s.set_item(key, v),
                None => s.remove_item(key),
            };
        }
    }

    /// Saves the editor's text. It goes from the editor to storage as a JS string: on every
    /// keystroke, copying a long draft into wasm memory and back would cost more than the save.
    pub(super) fn save_draft(&self) {
        let Some(s) = &self.storage else { return };
        let saved = match js_sys::Reflect::get(&self.ui.editor, &"value".into()) {
            Ok(text) if text.is_string() => s.unchecked_ref::<JsStorage>().set_item_js(KEY_DRAFT, &text).is_ok(),
            _ => s.set_item(KEY_DRAFT, &self.ui.editor.value()).is_ok(),
        };
        if !saved {
            self.ui.count.set_text_content(Some("草稿太大,本机存储放不下:请另行保存"));
        }
    }

    pub(super) fn save_text(&self, text: &str) {
        if let Some(s) = &self.storage {
            if s.set_item(KEY_DRAFT, text).is_err() {
                self.ui.count.set_text_content(Some("草稿太大,本机存储放不下:请另行保存"));
            }
        }
    }

    pub(super) fn save_ignored(&self) {
        let arr: js_sys::Array = self.ignored.iter().map(|s| JsValue::from_str(s)).collect();
        let json = js_sys::JSON::stringify(&arr).ok().and_then(|s| s.as_string()).unwrap_or_default();
        self.store(KEY_IGNORED, if self.ignored.is_empty() { None } else { Some(&json) });
    }

    /// Builds the config from the administrator's JSON and the profile selector. Returns false
    /// (and says why beside the button) when the administrator's config is unusable.
    pub(super) fn apply_config(&mut self) -> bool {
        let mut ok = true;
        let mut config = Config::default();
        self.ui.config_status.set_text_content(None);
        self.ui.config_status.class_list().remove_1("rc-bad").ok();
        if let Some((name, json)) = self.admin.clone() {
            let parsed = crate::wasm::js_config::read_json(&json).map_err(|r| r.for_page());
            match parsed {
                Ok(c) => {
                    config = c;
                    self.ui.config_status.set_text_content(Some(&format!("已用配置:{name} ")));
                }
                Err(why) => {
                    ok = false;
                    self.admin = None;
                    self.ui.config_status.class_list().add_1("rc-bad").ok();
                    self.ui.config_status.set_text_content(Some(&format!("配置“{name}”未采用:{why} ")));
                    attr(&self.ui.config_status, "role", "alert").ok();
                }
            }
            if ok {
                if let Ok(remove) = el(&self.doc, "button", "rc-link", "移除") {
                    attr(&remove, "type", "button").ok();
                    attr(&remove, "data-action", "remove-config").ok();
                    attr(&remove, "aria-label", "移除检查配置").ok();
                    self.ui.config_status.append_child(&remove).ok();
                }
            }
        }
        let chosen = self.ui.profile.value();
        if chosen != "auto" {
            config.profile = chosen;
        }
        self.config = config;
        ok
    }
}
