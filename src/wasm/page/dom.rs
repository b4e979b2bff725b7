//! The page's elements, built once by `mount`: the header (profile, open a file, the
//! administrator's config), the editor over its backdrop, the status line, and the side with
//! the summary, the navigation buttons and the problem list.

use super::{attr, el};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, HtmlElement, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

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

/// Builds the page inside `root` (emptied first).
pub(super) fn build(doc: &Document, root: &HtmlElement) -> Result<(Ui, Controls), JsValue> {
    root.set_text_content(None);
    root.class_list().add_1("rc")?;

    // Header: profile, open a file, administrator's config.
    let bar = el(doc, "header", "rc-bar", "")?;
    let title = el(doc, "h1", "rc-title", "报告检查")?;
    bar.append_child(&title)?;

    let profile_label = el(doc, "label", "rc-field", "文种 ")?;
    let profile: HtmlSelectElement = doc.create_element("select")?.unchecked_into();
    profile.set_id("rc-profile");
    let kinds = crate::report_kind::KINDS.iter().map(|k| (*k, *k));
    for (value, label) in std::iter::once((crate::report_kind::AUTO, crate::report_kind::AUTO_LABEL)).chain(kinds) {
        let opt = el(doc, "option", "", label)?;
        attr(&opt, "value", value)?;
        profile.append_child(&opt)?;
    }
    profile_label.append_child(&profile)?;
    bar.append_child(&profile_label)?;

    let open_btn = el(doc, "button", "rc-button", "打开文件(.docx/.txt)")?;
    attr(&open_btn, "type", "button")?;
    attr(&open_btn, "title", "打开 Word/WPS 文档(.docx)或文本文件(.txt);也可以把文件拖到页面上")?;
    let open_input: HtmlInputElement = doc.create_element("input")?.unchecked_into();
    open_input.set_type("file");
    open_input.set_accept(
        ".docx,.txt,.doc,.wps,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    open_input.set_hidden(true);
    attr(&open_input, "aria-label", "选择要检查的文件(.docx 或 .txt)")?;
    bar.append_child(&open_btn)?;
    bar.append_child(&open_input)?;

    let config_btn = el(doc, "button", "rc-button", "载入检查配置")?;
    attr(&config_btn, "type", "button")?;
    attr(&config_btn, "title", "管理员提供的 JSON 配置文件:必备章节、规则级别、额外的占位符等")?;
    let config_input: HtmlInputElement = doc.create_element("input")?.unchecked_into();
    config_input.set_type("file");
    config_input.set_accept(".json,application/json");
    config_input.set_hidden(true);
    attr(&config_input, "aria-label", "选择 JSON 配置文件")?;
    bar.append_child(&config_btn)?;
    bar.append_child(&config_input)?;
    let config_status = el(doc, "span", "rc-config-status", "")?;
    config_status.set_id("rc-config-status");
    bar.append_child(&config_status)?;
    root.append_child(&bar)?;

    // Main: the editor and the list.
    let main = el(doc, "main", "rc-main", "")?;
    let pane = el(doc, "section", "rc-pane", "")?;
    attr(&pane, "aria-label", "草稿")?;
    let editor_label = el(doc, "label", "rc-sr-only", "报告草稿(在此粘贴或输入,输入时自动检查)")?;
    attr(&editor_label, "for", "rc-editor")?;
    pane.append_child(&editor_label)?;
    let wrap = el(doc, "div", "rc-wrap", "")?;
    let backdrop = el(doc, "div", "rc-backdrop rc-text", "")?;
    attr(&backdrop, "aria-hidden", "true")?;
    let editor: HtmlTextAreaElement = doc.create_element("textarea")?.unchecked_into();
    editor.set_id("rc-editor");
    editor.set_class_name("rc-editor rc-text");
    editor.set_spellcheck(false);
    editor.set_placeholder("在此粘贴或输入报告草稿,也可以点上方“打开 .txt 文件”。\n\n输入时自动检查:未填写的占位符、未闭合的引号括号、对不上的数字、缺少的章节……\n全部在本机完成,不会上传。");
    attr(&editor, "aria-describedby", "rc-current")?;
    let tooltip = el(doc, "div", "rc-tooltip", "")?;
    attr(&tooltip, "role", "tooltip")?;
    tooltip.set_id("rc-tooltip");
    tooltip.set_hidden(true);
    wrap.append_child(&backdrop)?;
    wrap.append_child(&editor)?;
    wrap.append_child(&tooltip)?;
    let notice = el(doc, "div", "rc-source", "")?;
    notice.set_id("rc-source");
    attr(&notice, "role", "status")?;
    notice.set_hidden(true);
    pane.append_child(&notice)?;
    pane.append_child(&wrap)?;
    let status = el(doc, "div", "rc-status", "")?;
    let current = el(doc, "div", "rc-current", "")?;
    current.set_id("rc-current");
    let count = el(doc, "div", "rc-count", "")?;
    status.append_child(&current)?;
    status.append_child(&count)?;
    pane.append_child(&status)?;
    main.append_child(&pane)?;

    let side = el(doc, "aside", "rc-side", "")?;
    attr(&side, "aria-label", "检查结果")?;
    let summary = el(doc, "div", "rc-summary", "")?;
    summary.set_id("rc-summary");
    attr(&summary, "role", "status")?;
    attr(&summary, "aria-live", "polite")?;
    side.append_child(&summary)?;
    let nav = el(doc, "div", "rc-nav", "")?;
    let prev_btn = el(doc, "button", "rc-button", "↑ 上一处")?;
    attr(&prev_btn, "type", "button")?;
    attr(&prev_btn, "title", "上一处问题(Shift+F8 或 Alt+↑)")?;
    let next_btn = el(doc, "button", "rc-button", "↓ 下一处")?;
    attr(&next_btn, "type", "button")?;
    attr(&next_btn, "title", "下一处问题(F8 或 Alt+↓)")?;
    nav.append_child(&prev_btn)?;
    nav.append_child(&next_btn)?;
    side.append_child(&nav)?;
    let ignored_bar = el(doc, "div", "rc-ignored", "")?;
    ignored_bar.set_hidden(true);
    side.append_child(&ignored_bar)?;
    let list = el(doc, "div", "rc-list", "")?;
    list.set_id("rc-list");
    side.append_child(&list)?;
    main.append_child(&side)?;
    root.append_child(&main)?;

    let foot = el(
        doc,
        "footer",
        "rc-foot",
        "检查全部在本机浏览器中完成,草稿只保存在本机,不会上传。快捷键:F8 下一处,Shift+F8 上一处。",
    )?;
    root.append_child(&foot)?;

    let ui = Ui {
        editor,
        backdrop,
        tooltip,
        current,
        count,
        summary,
        list,
        ignored_bar,
        profile,
        config_status,
        side,
        notice,
    };
    Ok((ui, Controls { open_btn, open_input, config_btn, config_input, prev_btn, next_btn }))
}
