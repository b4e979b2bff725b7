//! The page's elements, built once by `mount`: the header (profile, open a file, the
//! administrator's config), the editor over its backdrop, the status line, and the side with
//! the summary, the navigation buttons and the problem list.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

/// The elements the page updates after it is built.
#[derive(Clone)]
pub(super) struct Ui {
    pub(super) editor: HtmlTextAreaElement,
    /// Under the editor, the same text: the problems are painted on it.
    pub(super) backdrop: HtmlElement,
    pub(super) tooltip: HtmlElement,
    /// Under the editor: the problem at the caret.
    pub(super) current: HtmlElement,
    /// Under the editor: the draft's length, or why it could not be saved.
    pub(super) count: HtmlElement,
    pub(super) summary: HtmlElement,
    pub(super) list: HtmlElement,
    pub(super) ignored_bar: HtmlElement,
    pub(super) profile: HtmlSelectElement,
    pub(super) config_status: HtmlElement,
    /// The results' column (`aria-busy` while a check is pending).
    pub(super) side: HtmlElement,
    /// Above the editor: which document was opened and that fixes go into it, or why it could not be read.
    pub(super) notice: HtmlElement,
}

/// The controls only their listeners use (see `events::wire`).
pub(super) struct Controls {
    pub(super) open_btn: HtmlElement,
    pub(super) open_input: HtmlInputElement,
    pub(super) config_btn: HtmlElement,
    pub(super) config_input: HtmlInputElement,
    pub(super) prev_btn: HtmlElement,
    pub(super) next_btn: HtmlElement,
}

/// The page's markup: one string the browser parses, rather than an element built by a call
/// each (the calls cost the module about 2 KB gzipped; the text compresses with the rest).
/// `{kinds}` is replaced by the options of the report kinds.
const PAGE_HTML: &str = concat!(
    r#"<header class="rc-bar"><h1 class="rc-title">报告检查</h1>"#,
    r#"<label class="rc-field">文种 <select id="rc-profile">{kinds}</select></label>"#,
    r#"<button class="rc-button" id="rc-open" type="button" title="打开 Word/WPS 文档(.docx)或文本文件(.txt);也可以把文件拖到页面上">打开文件(.docx/.txt)</button>"#,
    r#"<input type="file" id="rc-open-input" hidden aria-label="选择要检查的文件(.docx 或 .txt)" accept=".docx,.txt,.doc,.wps,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document">"#,
    r#"<button class="rc-button" id="rc-config" type="button" title="管理员提供的 JSON 配置文件:必备章节、规则级别、额外的占位符等">载入检查配置</button>"#,
    r#"<input type="file" id="rc-config-input" hidden aria-label="选择 JSON 配置文件" accept=".json,application/json">"#,
    r#"<span class="rc-config-status" id="rc-config-status"></span></header>"#,
    r#"<main class="rc-main"><section class="rc-pane" aria-label="草稿">"#,
    r#"<label class="rc-sr-only" for="rc-editor">报告草稿(在此粘贴或输入,输入时自动检查)</label>"#,
    r#"<div class="rc-source" id="rc-source" role="status" hidden></div>"#,
    r#"<div class="rc-wrap"><div class="rc-backdrop rc-text" aria-hidden="true"></div>"#,
    r#"<textarea id="rc-editor" class="rc-editor rc-text" spellcheck="false" aria-describedby="rc-current"></textarea>"#,
    r#"<div class="rc-tooltip" role="tooltip" id="rc-tooltip" hidden></div></div>"#,
    r#"<div class="rc-status"><div class="rc-current" id="rc-current"></div><div class="rc-count"></div></div></section>"#,
    r#"<aside class="rc-side" aria-label="检查结果"><div class="rc-summary" id="rc-summary" role="status" aria-live="polite"></div>"#,
    r#"<div class="rc-nav"><button class="rc-button" id="rc-prev" type="button" title="上一处问题(Shift+F8 或 Alt+↑)">↑ 上一处</button>"#,
    r#"<button class="rc-button" id="rc-next" type="button" title="下一处问题(F8 或 Alt+↓)">↓ 下一处</button></div>"#,
    r#"<div class="rc-ignored" hidden></div><div class="rc-list" id="rc-list"></div></aside></main>"#,
    r#"<footer class="rc-foot">检查全部在本机浏览器中完成,草稿只保存在本机,不会上传。快捷键:F8 下一处,Shift+F8 上一处。</footer>"#,
);

/// The elements `build` looks up, in the order of the fields of [`Ui`] and then of [`Controls`].
const SELECTORS: [&str; 18] = [
    "#rc-editor", ".rc-backdrop", "#rc-tooltip", "#rc-current", ".rc-count", "#rc-summary", "#rc-list", ".rc-ignored",
    "#rc-profile", "#rc-config-status", ".rc-side", "#rc-source", "#rc-open", "#rc-open-input", "#rc-config",
    "#rc-config-input", "#rc-prev", "#rc-next",
];

/// Builds the page inside `root` (emptied first).
pub(super) fn build(root: &HtmlElement) -> Result<(Ui, Controls), JsValue> {
    root.class_list().add_1("rc")?;
    // The options' labels are the kinds' names, no markup in them.
    let option = |value: &str, label: &str| format!(r#"<option value="{value}">{label}</option>"#);
    let mut options = option(crate::report_kind::AUTO, crate::report_kind::AUTO_LABEL);
    for k in crate::report_kind::KINDS {
        options.push_str(&option(k, k));
    }
    root.set_inner_html(&PAGE_HTML.replace("{kinds}", &options));
    // All looked up before any is used: a missing one returns with only the list to drop (a
    // `?` per field dropped every field before it, on each of eighteen paths).
    let mut found = Vec::with_capacity(SELECTORS.len());
    for selector in SELECTORS {
        found.push(root.query_selector(selector)?.ok_or("page markup")?);
    }
    let mut found = found.into_iter();
    let mut next = || found.next().unwrap_or_else(|| unreachable!());
    let editor: HtmlTextAreaElement = next().unchecked_into();
    editor.set_placeholder("在此粘贴或输入报告草稿,也可以点上方“打开 .txt 文件”。\n\n输入时自动检查:未填写的占位符、未闭合的引号括号、对不上的数字、缺少的章节……\n全部在本机完成,不会上传。");
    let ui = Ui {
        editor,
        backdrop: next().unchecked_into(),
        tooltip: next().unchecked_into(),
        current: next().unchecked_into(),
        count: next().unchecked_into(),
        summary: next().unchecked_into(),
        list: next().unchecked_into(),
        ignored_bar: next().unchecked_into(),
        profile: next().unchecked_into(),
        config_status: next().unchecked_into(),
        side: next().unchecked_into(),
        notice: next().unchecked_into(),
    };
    let controls = Controls {
        open_btn: next().unchecked_into(),
        open_input: next().unchecked_into(),
        config_btn: next().unchecked_into(),
        config_input: next().unchecked_into(),
        prev_btn: next().unchecked_into(),
        next_btn: next().unchecked_into(),
    };
    Ok((ui, controls))
}
