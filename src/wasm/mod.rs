//! The browser side: the JavaScript API (this file) and the checking page (`page`).
//!
//! Only type conversion and DOM work live here; every decision about a draft is the core's.
//!
//! JavaScript sees:
//! - `check(text, config?)` → `{ diagnostics, summary }` as plain objects, offsets in UTF-16
//!   code units (so `text.slice(d.start, d.end)` is the flagged text);
//! - `new Checker(config?)`: parses the config once, then `checker.check(text)` for many drafts;
//! - `mountPage(root)`: builds the checking page inside `root` (used by `www/`);
//! - `ruleIds()`, `profiles()`, `version()`;
//! - `warmUp()`: checks a built-in sample once so the next real check runs warm (see
//!   `crate::warm_up`); the page and the validator do it themselves while they wait for the user.
//! - `attachValidator(form, options)` → `ReportCheckValidator`: the pre-submit check for OA forms
//!   (`validator`; used through the ES5 loader `www/report-check-validator.js`).
//!
//! The page, the validator and the API are behind the cargo features `page`, `validator` and `api`
//! (all on by default). The build makes three modules: the npm package's (`page` and `api`), the
//! checking page's (`page` alone: the page calls Rust, never the API) and the validator's. None
//! carries the validator's code but the last, nor an OA form the page's (about 22 and 31 KB
//! gzipped).
//!
//! A bad config throws a JS `Error` whose message is the core's (it names the field).

mod alloc;
pub(crate) mod js_config;
#[cfg(feature = "page")]
mod page;
#[cfg(feature = "validator")]
mod validator;

use crate::Config;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** How much a problem matters: `error` blocks submission, `warning` asks, `info` only shows. */
export type Severity = "error" | "warning" | "info";

/** A replacement the checker proposes. Offsets are UTF-16 code units of the checked text. */
export interface Suggestion {
  start: number;
  end: number;
  replacement: string;
  /** Safe suggestions may be applied with one click. */
  safe: boolean;
}

/** One problem. `text.slice(start, end)` is the flagged text. */
export interface Diagnostic {
  /** Stable rule id, e.g. `placeholder`, `unclosed-pair`, `total-mismatch`. */
  rule: string;
  severity: Severity;
  /** UTF-16 code units, end exclusive. */
  start: number;
  end: number;
  /** 1-based line (a line is a paragraph in most drafts). */
  line: number;
  /** 1-based column, UTF-16 code units. */
  column: number;
  /** Plain Chinese for the person filling in the report. */
  message: string;
  /** Present only when the checker has a suggestion. */
  suggestions?: Suggestion[];
}

/** Counts over all findings, including those cut off by `maxDiagnostics`. */
export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
  total: number;
  /** True when `diagnostics` holds fewer entries than `total`. */
  truncated: boolean;
}

export interface Report {
  /** Sorted by start, then end, then rule id. */
  diagnostics: Diagnostic[];
  summary: Summary;
}

export type Level = "error" | "warning" | "info" | "off";

/** A custom section of a report (replaces the profile's list when given). */
export interface SectionConfig {
  name: string;
  /** Regular expressions matching the section's heading. */
  patterns?: string[];
  /** Plain words: a heading or paragraph containing one carries the section. */
  synonyms?: string[];
  /** Default true. */
  required?: boolean;
}

/** What an administrator can set. Unknown fields are rejected with an Error naming them. */
export interface Config {
  $schema?: string;
  /** `auto` (from the title) or one of `profiles()`: 工作总结, 工作报告, 述职报告, 工作计划. */
  profile?: string;
  sections?: SectionConfig[];
  /** Level per rule id (see `ruleIds()`). */
  rules?: Record<string, Level>;
  /** Extra regular expressions reported as unfilled placeholders. */
  placeholders?: string[];
  /** Words never flagged by any rule. */
  ignore?: string[];
  /** At most this many diagnostics are returned (default 1000); the summary still counts all. */
  maxDiagnostics?: number;
}
"#;

#[cfg(any(feature = "api", feature = "validator"))]
/// Reads a JS config (`undefined`/`null` mean the default) through the core's validation; the
/// message names the offending field.
pub(crate) fn config_from_value(config: JsValue) -> Result<Config, String> {
    crate::present::config::from_value(&js_config::read(&config)?)
}

#[cfg(feature = "api")]
fn config_from_js(config: JsValue) -> Result<Config, JsError> {
    config_from_value(config).map_err(|e| JsError::new(&e))
}

#[cfg(feature = "api")]
/// Plain JS objects and arrays (no `Map`), numbers as numbers: the report's JSON, parsed.
fn report_to_js(report: &crate::Report) -> Result<JsValue, JsError> {
    js_sys::JSON::parse(&report.to_json()).map_err(|_| JsError::new("report-check: JSON"))
}

#[cfg(feature = "api")]
/// Checks one draft. Throws an `Error` naming the field when `config` is invalid.
#[wasm_bindgen(js_name = check, unchecked_return_type = "Report")]
pub fn check_js(
    text: &str,
    #[wasm_bindgen(unchecked_optional_param_type = "Config | null")] config: JsValue,
) -> Result<JsValue, JsError> {
    let config = config_from_js(config)?;
    report_to_js(&crate::check(text, &config))
}

#[cfg(feature = "api")]
/// A parsed config, ready to check many drafts without reading the config again.
#[wasm_bindgen]
pub struct Checker {
    config: Config,
}

#[cfg(feature = "api")]
#[wasm_bindgen]
impl Checker {
    /// Throws an `Error` naming the field when `config` is invalid.
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_optional_param_type = "Config | null")] config: JsValue,
    ) -> Result<Checker, JsError> {
        Ok(Checker { config: config_from_js(config)? })
    }

    #[wasm_bindgen(unchecked_return_type = "Report")]
    pub fn check(&self, text: &str) -> Result<JsValue, JsError> {
        report_to_js(&crate::check(text, &self.config))
    }
}

#[cfg(feature = "api")]
/// The ids of every rule, for `rules` in a config.
#[wasm_bindgen(js_name = ruleIds)]
pub fn rule_ids() -> Vec<String> {
    crate::rules::ALL_RULE_IDS.iter().map(|s| s.to_string()).collect()
}

#[cfg(feature = "api")]
/// The built-in profiles (besides `auto`).
#[wasm_bindgen]
pub fn profiles() -> Vec<String> {
    crate::report_kind::KINDS.iter().map(|s| s.to_string()).collect()
}

#[cfg(feature = "api")]
/// The crate version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// Builds the checking page inside `root` (an empty element). Throws if the page's DOM
/// cannot be built.
#[cfg(feature = "page")]
#[wasm_bindgen(js_name = mountPage)]
pub fn mount_page(root: web_sys::HtmlElement) -> Result<(), JsValue> {
    page::mount(root)
}

/// Checks a built-in sample once and throws the result away, so that the next check of a real
/// draft runs at the warm speed (patterns compiled, the module's code compiled and optimised by
/// the browser). Marks `report-check:warm` in the page's performance timeline.
#[wasm_bindgen(js_name = warmUp)]
pub fn warm_up_js() {
    warm_up_now(&Config::default());
}

#[wasm_bindgen]
extern "C" {
    // `performance.mark` where the browser has it; an error (no `performance`) is ignored.
    #[wasm_bindgen(catch, js_namespace = performance, js_name = mark)]
    fn performance_mark(name: &str) -> Result<JsValue, JsValue>;
}

fn warm_up_now(config: &Config) {
    crate::warm_up::warm_up(config);
    let _ = performance_mark("report-check:warm");
}

/// Runs [`crate::warm_up`] with `config` once the browser is idle (`requestIdleCallback`; a
/// short timeout in browsers without it), so it never delays what the user is doing.
pub(crate) fn warm_up_when_idle(config: Config) {
    let Some(win) = web_sys::window() else { return };
    let task = Closure::once_into_js(move || warm_up_now(&config));
    let f: &js_sys::Function = task.unchecked_ref();
    if win.request_idle_callback(f).is_err() {
        let _ = win.set_timeout_with_callback_and_timeout_and_arguments_0(f, 300);
    }
}
