//! The checking page: an editor, every problem highlighted in place, a list grouped by rule,
//! one-click fixes, "ignore this one", profiles, an administrator's config, and a draft that
//! survives reloads. Built with web-sys inside the element given to `mountPage`.
//!
//! How the editor works: a plain `<textarea>` (native typing, undo, IME, selection in UTF-16
//! offsets, and draft text can never become HTML) sits over a "backdrop" `<div>` that holds the
//! same text in the same font and wrapping, transparent. Problems are painted on the backdrop:
//! with the CSS Custom Highlight API where the browser has it (no element per problem), else as
//! `<mark>` elements (Chromium 85–104). The textarea's background is transparent, so the paint
//! shows through under the text.
//!
//! Keystrokes must stay cheap on long drafts (issue 9): with the Highlight API the backdrop holds
//! the text in blocks of whole lines, and a check replaces only the blocks the edit touched (the
//! browser lays out one block again, not the draft); the list keeps the elements of entries that
//! did not change. Nothing in a check reads layout: the backdrop's scroll is re-aligned at the
//! next frame.
//!
//! Draft text only ever enters the DOM through `textContent`, text nodes and `value`.
//! Nothing here touches the network: no fetch, no form, no image.

use crate::diagnostic::{Diagnostic, Report, Severity};
use crate::Config;
use std::cell::RefCell;
use std::collections::BTreeSet;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    Document, Element, Event, EventTarget, FileReader, HtmlElement, HtmlInputElement, HtmlSelectElement,
    HtmlTextAreaElement, KeyboardEvent, MouseEvent, Node, Range, Storage, Window,
};

const KEY_DRAFT: &str = "report-check.draft";
const KEY_PROFILE: &str = "report-check.profile";
const KEY_CONFIG: &str = "report-check.config";
const KEY_CONFIG_NAME: &str = "report-check.config-name";
const KEY_IGNORED: &str = "report-check.ignored";

/// Typing is checked this long after the last key; a paste or an opened file at once.
const DEBOUNCE_MS: i32 = 250;
/// Drafts longer than this (bytes) are saved when checked rather than on every key (a save
/// copies the whole draft).
const LARGE_DRAFT: usize = 600_000;
/// A restored draft shorter than this (bytes) did not warm the checker up: the page does it
/// while idle (see `crate::warm_up`).
const WARM_DRAFT: usize = 2_000;
/// Characters of context either side of a problem that identify it for "ignore this one".
const IGNORE_CONTEXT: usize = 12;

// Browser APIs that web-sys lacks (caretRangeFromPoint is Chromium/WebKit's) or marks unstable
// (the Highlight API). `catch` turns a missing method into an Err instead of an exception
// crossing Rust frames.
#[wasm_bindgen]
extern "C" {
    /// A document, seen with the method web-sys does not list.
    #[wasm_bindgen(extends = Document)]
    type CaretDocument;
    #[wasm_bindgen(method, catch, js_name = caretRangeFromPoint)]
    fn caret_range_from_point(this: &CaretDocument, x: f64, y: f64) -> Result<Option<Range>, JsValue>;

    type Highlight;
    #[wasm_bindgen(constructor, catch)]
    fn new() -> Result<Highlight, JsValue>;
    #[wasm_bindgen(method)]
    fn add(this: &Highlight, range: &Range);
    #[wasm_bindgen(method)]
    fn clear(this: &Highlight);

    #[derive(Clone)]
    type HighlightRegistry;
    #[wasm_bindgen(method, catch)]
    fn set(this: &HighlightRegistry, name: &str, highlight: &Highlight) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn delete(this: &HighlightRegistry, name: &str) -> Result<bool, JsValue>;

    /// Storage seen with `setItem` taking the value as a JS string (web-sys's takes a `&str`,
    /// which is copied out of wasm memory).
    #[wasm_bindgen(extends = Storage)]
    type JsStorage;
    #[wasm_bindgen(method, catch, js_name = setItem)]
    fn set_item_js(this: &JsStorage, key: &str, value: &JsValue) -> Result<(), JsValue>;
}

/// `CSS.highlights`, when the browser has the Custom Highlight API.
fn highlight_registry() -> Option<HighlightRegistry> {
    let global = js_sys::global();
    let css = js_sys::Reflect::get(&global, &"CSS".into()).ok()?;
    if css.is_undefined() || !js_sys::Reflect::has(&global, &"Highlight".into()).unwrap_or(false) {
        return None;
    }
    let reg = js_sys::Reflect::get(&css, &"highlights".into()).ok()?;
    if reg.is_undefined() || reg.is_null() {
        return None;
    }
    Some(reg.unchecked_into())
}

/// What one list entry shows; entries with equal keys look the same apart from their line.
struct EntryPlan {
    key: String,
    /// Position in `Page::visible`.
    k: usize,
    line: usize,
    severity: Severity,
    quote: String,
    fix: Option<String>,
    /// Where in the opened Word document (`表格1 第6行第2列`), when the draft came from one.
    place: Option<String>,
}

/// One entry of the problem list as drawn.
struct EntryView {
    key: String,
    k: usize,
    line: usize,
    li: HtmlElement,
    /// "第 n 行 · 错误".
    place: HtmlElement,
    /// The entry's buttons, which carry its position in `data-i`.
    buttons: Vec<Element>,
}

/// One group (one rule) of the problem list as drawn.
struct GroupView {
    rule: String,
    severity: Severity,
    section: HtmlElement,
    head: HtmlElement,
    badge: HtmlElement,
    count: usize,
    ol: HtmlElement,
    entries: Vec<EntryView>,
}

fn place_text(w: &EntryPlan) -> String {
    match &w.place {
        Some(p) => format!("{p} · {}", Severity::label(w.severity)),
        None => format!("第 {} 行 · {}", w.line, Severity::label(w.severity)),
    }
}

/// A Word document opened as the draft: the text read from it and where each piece of that text
/// lies in the document (UTF-16 start, `第3段` / `表格1 第2行第3列`), by start.
struct Source {
    text: String,
    places: Vec<(u32, String)>,
}

impl Source {
    fn place_at(&self, pos: usize) -> Option<&str> {
        let i = self.places.partition_point(|(start, _)| *start as usize <= pos);
        i.checked_sub(1).map(|i| self.places[i].1.as_str())
    }
}

#[wasm_bindgen]
extern "C" {
    /// `pkg/docx.js`: reads a Word file's bytes in the `.docx` module, loaded on first use;
    /// resolves to `{ text, places }` or rejects with the message for the user.
    #[wasm_bindgen(catch, js_namespace = globalThis, js_name = reportCheckReadDocx)]
    fn read_docx(bytes: &js_sys::Uint8Array) -> Result<js_sys::Promise, JsValue>;
    /// `pkg/docx.js`: starts loading the `.docx` module, so that it is ready once a file is chosen.
    #[wasm_bindgen(catch, js_namespace = globalThis, js_name = reportCheckPrepareDocx)]
    fn prepare_docx() -> Result<JsValue, JsValue>;
}

/// Everything the page remembers between events.
struct Page {
    win: Window,
    doc: Document,
    storage: Option<Storage>,
    editor: HtmlTextAreaElement,
    backdrop: HtmlElement,
    tooltip: HtmlElement,
    current: HtmlElement,
    count: HtmlElement,
    summary: HtmlElement,
    list: HtmlElement,
    ignored_bar: HtmlElement,
    profile: HtmlSelectElement,
    config_status: HtmlElement,
    /// The administrator's config as loaded: file name and JSON text.
    admin: Option<(String, String)>,
    config: Config,
    /// The text the current report was made from.
    checked: String,
    report: Report,
    /// Indices into `report.diagnostics` of those shown (not ignored by the user).
    visible: Vec<usize>,
    ignored: BTreeSet<String>,
    /// `checked` in UTF-16 code units (the unit of every offset in the report), encoded once per check.
    units: Vec<u16>,
    /// Start offset, length (UTF-16) and DOM text node of each backdrop piece, by start.
    pieces: Vec<(u32, u32, Node)>,
    highlights: Option<HighlightRegistry>,
    /// With the Highlight API: the text the backdrop shows (the checked text and a padding space),
    /// held in blocks of whole lines (`boxes`, one per piece). Each check replaces only the blocks
    /// the edit touched, so the browser lays out a block or two again, not the whole draft.
    shown: Option<Vec<u16>>,
    boxes: Vec<HtmlElement>,
    /// One Highlight per severity (registered once) and the Range objects they hold, reused by
    /// every check.
    painters: Vec<Highlight>,
    ranges: Vec<Range>,
    /// The problem list as drawn, so that a check redraws only the entries that changed.
    drawn: Vec<GroupView>,
    /// Re-aligns the backdrop's scroll with the editor's at the next frame (after layout).
    sync_frame: Option<Closure<dyn FnMut()>>,
    sync_pending: bool,
    /// The list entry last jumped to (position in `visible`) and its element.
    active: Option<usize>,
    active_entry: Option<HtmlElement>,
    timer: Option<i32>,
    debounce: Option<Closure<dyn FnMut()>>,
    /// How long the last check and redraw took (ms): long drafts wait longer after typing.
    last_cost: f64,
    /// Checks of a non-empty draft so far (the first one also compiles the rules' patterns).
    checks: u32,
    side: HtmlElement,
    /// The Word document the draft was read from, while the text is as read.
    source: Option<Source>,
    /// Above the editor: which document was opened and that fixes go into it, or why it could not be read.
    notice: HtmlElement,
}

thread_local! {
    static PAGE: RefCell<Option<Page>> = const { RefCell::new(None) };
}

/// Runs `f` on the page unless another handler is using it (an event fired synchronously from
/// inside a handler is dropped rather than re-entering).
fn with_page<R>(f: impl FnOnce(&mut Page) -> R) -> Option<R> {
    PAGE.with(|p| match p.try_borrow_mut() {
        Ok(mut guard) => guard.as_mut().map(f),
        Err(_) => None,
    })
}

fn listen<E: JsCast + 'static>(target: &EventTarget, event: &str, mut f: impl FnMut(E) + 'static) {
    let closure = Closure::<dyn FnMut(Event)>::new(move |e: Event| f(e.unchecked_into::<E>()));
    let _ = target.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
    // Listeners live as long as the page.
    closure.forget();
}

/// A small element builder: `el(&doc, "button", "rc-fix", "修复")`.
fn el(doc: &Document, tag: &str, class: &str, text: &str) -> Result<HtmlElement, JsValue> {
    let e: HtmlElement = doc.create_element(tag)?.unchecked_into();
    if !class.is_empty() {
        e.set_class_name(class);
    }
    if !text.is_empty() {
        e.set_text_content(Some(text));
    }
    Ok(e)
}

fn attr(e: &Element, name: &str, value: &str) -> Result<(), JsValue> {
    e.set_attribute(name, value)
}

pub fn mount(root: HtmlElement) -> Result<(), JsValue> {
    let win = web_sys::window().ok_or("no window")?;
    let doc = win.document().ok_or("no document")?;
    // Storage can be refused (privacy settings, file:// in some browsers): the page still works.
    let storage = win.local_storage().ok().flatten();
    root.set_text_content(None);
    root.class_list().add_1("rc")?;

    // Header: profile, open a file, administrator's config.
    let bar = el(&doc, "header", "rc-bar", "")?;
    let title = el(&doc, "h1", "rc-title", "报告检查")?;
    bar.append_child(&title)?;

    let profile_label = el(&doc, "label", "rc-field", "文种 ")?;
    let profile: HtmlSelectElement = doc.create_element("select")?.unchecked_into();
    profile.set_id("rc-profile");
    let kinds = crate::report_kind::KINDS.iter().map(|k| (*k, *k));
    for (value, label) in std::iter::once((crate::report_kind::AUTO, crate::report_kind::AUTO_LABEL)).chain(kinds) {
        let opt = el(&doc, "option", "", label)?;
        attr(&opt, "value", value)?;
        profile.append_child(&opt)?;
    }
    profile_label.append_child(&profile)?;
    bar.append_child(&profile_label)?;

    let open_btn = el(&doc, "button", "rc-button", "打开文件(.docx/.txt)")?;
    attr(&open_btn, "type", "button")?;
    attr(&open_btn, "title", "打开 Word/WPS 文档(.docx)或文本文件(.txt);也可以把文件拖到页面上")?;
    let open_input: HtmlInputElement = doc.create_element("input")?.unchecked_into();
    open_input.set_type("file");
    open_input.set_accept(".docx,.txt,.doc,.wps,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    open_input.set_hidden(true);
    attr(&open_input, "aria-label", "选择要检查的文件(.docx 或 .txt)")?;
    bar.append_child(&open_btn)?;
    bar.append_child(&open_input)?;

    let config_btn = el(&doc, "button", "rc-button", "载入检查配置")?;
    attr(&config_btn, "type", "button")?;
    attr(&config_btn, "title", "管理员提供的 JSON 配置文件:必备章节、规则级别、额外的占位符等")?;
    let config_input: HtmlInputElement = doc.create_element("input")?.unchecked_into();
    config_input.set_type("file");
    config_input.set_accept(".json,application/json");
    config_input.set_hidden(true);
    attr(&config_input, "aria-label", "选择 JSON 配置文件")?;
    bar.append_child(&config_btn)?;
    bar.append_child(&config_input)?;
    let config_status = el(&doc, "span", "rc-config-status", "")?;
    config_status.set_id("rc-config-status");
    bar.append_child(&config_status)?;
    root.append_child(&bar)?;

    // Main: the editor and the list.
    let main = el(&doc, "main", "rc-main", "")?;
    let pane = el(&doc, "section", "rc-pane", "")?;
    attr(&pane, "aria-label", "草稿")?;
    let editor_label = el(&doc, "label", "rc-sr-only", "报告草稿(在此粘贴或输入,输入时自动检查)")?;
    attr(&editor_label, "for", "rc-editor")?;
    pane.append_child(&editor_label)?;
    let wrap = el(&doc, "div", "rc-wrap", "")?;
    let backdrop = el(&doc, "div", "rc-backdrop rc-text", "")?;
    attr(&backdrop, "aria-hidden", "true")?;
    let editor: HtmlTextAreaElement = doc.create_element("textarea")?.unchecked_into();
    editor.set_id("rc-editor");
    editor.set_class_name("rc-editor rc-text");
    editor.set_spellcheck(false);
    editor.set_placeholder("在此粘贴或输入报告草稿,也可以点上方“打开 .txt 文件”。\n\n输入时自动检查:未填写的占位符、未闭合的引号括号、对不上的数字、缺少的章节……\n全部在本机完成,不会上传。");
    attr(&editor, "aria-describedby", "rc-current")?;
    let tooltip = el(&doc, "div", "rc-tooltip", "")?;
    attr(&tooltip, "role", "tooltip")?;
    tooltip.set_id("rc-tooltip");
    tooltip.set_hidden(true);
    wrap.append_child(&backdrop)?;
    wrap.append_child(&editor)?;
    wrap.append_child(&tooltip)?;
    let notice = el(&doc, "div", "rc-source", "")?;
    notice.set_id("rc-source");
    attr(&notice, "role", "status")?;
    notice.set_hidden(true);
    pane.append_child(&notice)?;
    pane.append_child(&wrap)?;
    let status = el(&doc, "div", "rc-status", "")?;
    let current = el(&doc, "div", "rc-current", "")?;
    current.set_id("rc-current");
    let count = el(&doc, "div", "rc-count", "")?;
    status.append_child(&current)?;
    status.append_child(&count)?;
    pane.append_child(&status)?;
    main.append_child(&pane)?;

    let side = el(&doc, "aside", "rc-side", "")?;
    attr(&side, "aria-label", "检查结果")?;
    let summary = el(&doc, "div", "rc-summary", "")?;
    summary.set_id("rc-summary");
    attr(&summary, "role", "status")?;
    attr(&summary, "aria-live", "polite")?;
    side.append_child(&summary)?;
    let nav = el(&doc, "div", "rc-nav", "")?;
    let prev_btn = el(&doc, "button", "rc-button", "↑ 上一处")?;
    attr(&prev_btn, "type", "button")?;
    attr(&prev_btn, "title", "上一处问题(Shift+F8 或 Alt+↑)")?;
    let next_btn = el(&doc, "button", "rc-button", "↓ 下一处")?;
    attr(&next_btn, "type", "button")?;
    attr(&next_btn, "title", "下一处问题(F8 或 Alt+↓)")?;
    nav.append_child(&prev_btn)?;
    nav.append_child(&next_btn)?;
    side.append_child(&nav)?;
    let ignored_bar = el(&doc, "div", "rc-ignored", "")?;
    ignored_bar.set_hidden(true);
    side.append_child(&ignored_bar)?;
    let list = el(&doc, "div", "rc-list", "")?;
    list.set_id("rc-list");
    side.append_child(&list)?;
    main.append_child(&side)?;
    root.append_child(&main)?;

    let foot = el(
        &doc,
        "footer",
        "rc-foot",
        "检查全部在本机浏览器中完成,草稿只保存在本机,不会上传。快捷键:F8 下一处,Shift+F8 上一处。",
    )?;
    root.append_child(&foot)?;

    // Restore what the last visit left.
    let get = |k: &str| storage.as_ref().and_then(|s| s.get_item(k).ok().flatten());
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
        .map(|v| js_sys::Array::from(&v).iter().filter_map(|x| x.as_string()).collect())
        .unwrap_or_default();

    let page = Page {
        win: win.clone(),
        doc: doc.clone(),
        storage,
        editor: editor.clone(),
        backdrop,
        tooltip,
        current,
        count,
        summary,
        list: list.clone(),
        ignored_bar: ignored_bar.clone(),
        profile: profile.clone(),
        config_status,
        admin,
        config: Config::default(),
        checked: String::new(),
        report: Report::default(),
        visible: Vec::new(),
        ignored,
        units: Vec::new(),
        pieces: Vec::new(),
        highlights: highlight_registry(),
        shown: None,
        boxes: Vec::new(),
        painters: Vec::new(),
        ranges: Vec::new(),
        drawn: Vec::new(),
        sync_frame: None,
        sync_pending: false,
        active: None,
        active_entry: None,
        timer: None,
        debounce: None,
        last_cost: 0.0,
        checks: 0,
        side: side.clone(),
        source: None,
        notice,
    };
    PAGE.with(|p| *p.borrow_mut() = Some(page));
    with_page(|p| {
        p.debounce = Some(Closure::new(|| {
            with_page(|p| {
                p.timer = None;
                p.run_check();
            });
        }));
        p.sync_frame = Some(Closure::new(|| {
            with_page(|p| {
                p.sync_pending = false;
                p.sync_scroll();
            });
        }));
        p.apply_config();
        p.run_check();
        // Opened without a saved draft: get the checker ready while the user finds theirs, so the
        // first paste is checked at the warm speed (a first check is several times slower).
        if p.checked.len() < WARM_DRAFT {
            super::warm_up_when_idle(p.config.clone());
        }
    });

    // Typing: save at once (a crash loses nothing), check when the typing pauses. Any `input`
    // event counts: a script's or an autofill tool's plain `new Event('input')` has no
    // `inputType` (it is read as a property that may be missing, never as an InputEvent's).
    listen::<Event>(&editor, "input", |e| {
        let kind = js_sys::Reflect::get(&e, &"inputType".into()).ok().and_then(|v| v.as_string()).unwrap_or_default();
        let pasted = kind.starts_with("insertFromPaste") || kind == "insertFromDrop";
        with_page(|p| {
            if p.checked.len() <= LARGE_DRAFT || pasted {
                p.save_draft();
            }
            if pasted {
                p.run_check();
            } else {
                p.schedule_check();
            }
        });
    });
    listen::<Event>(&editor, "scroll", |_| {
        with_page(|p| p.sync_scroll());
    });
    for ev in ["keyup", "mouseup", "focus", "select"] {
        listen::<Event>(&editor, ev, |_| {
            with_page(|p| p.show_current());
        });
    }
    listen::<MouseEvent>(&editor, "mousemove", |e| {
        with_page(|p| p.hover(e.client_x() as f64, e.client_y() as f64));
    });
    listen::<MouseEvent>(&editor, "mouseleave", |_| {
        with_page(|p| p.tooltip.set_hidden(true));
    });
    listen::<KeyboardEvent>(&doc, "keydown", |e| {
        let step = match (e.key().as_str(), e.shift_key(), e.alt_key()) {
            ("F8", false, _) => 1,
            ("F8", true, _) => -1,
            ("ArrowDown", false, true) => 1,
            ("ArrowUp", false, true) => -1,
            _ => return,
        };
        e.prevent_default();
        step_problem(step);
    });
    listen::<Event>(&prev_btn, "click", |_| step_problem(-1));
    listen::<Event>(&next_btn, "click", |_| step_problem(1));

    // The list: one listener for every entry's buttons.
    listen::<MouseEvent>(&list, "click", |e| {
        let Some(target) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
        let Ok(Some(button)) = target.closest("button[data-i]") else { return };
        let Some(i) = button.get_attribute("data-i").and_then(|s| s.parse::<usize>().ok()) else { return };
        let action = button.get_attribute("data-action").unwrap_or_default();
        match action.as_str() {
            "fix" => apply_fix(i),
            "ignore" => {
                with_page(|p| p.ignore(i));
            }
            _ => select_problem(i),
        }
    });
    listen::<Event>(&ignored_bar, "click", |e| {
        let is_button = e.target().and_then(|t| t.dyn_into::<Element>().ok()).map(|t| t.tag_name() == "BUTTON");
        if is_button == Some(true) {
            with_page(|p| {
                p.ignored.clear();
                p.save_ignored();
                p.render(false);
            });
        }
    });

    listen::<Event>(&profile, "change", |_| {
        with_page(|p| {
            let v = p.profile.value();
            p.store(KEY_PROFILE, Some(&v));
            p.apply_config();
            p.run_check();
        });
    });

    {
        let input = open_input.clone();
        listen::<Event>(&open_btn, "click", move |_| {
            let _ = prepare_docx();
            input.click();
        });
    }
    {
        let input = open_input.clone();
        listen::<Event>(&open_input, "change", move |_| {
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                open_draft(&file);
            }
            input.set_value("");
        });
    }
    // A file dropped anywhere on the page is opened as the draft (instead of the browser
    // leaving the page to show it).
    listen::<web_sys::DragEvent>(&doc, "dragover", |e| {
        if e.data_transfer().is_some_and(|d| d.types().includes(&"Files".into(), 0)) {
            e.prevent_default();
            let _ = prepare_docx();
        }
    });
    listen::<web_sys::DragEvent>(&doc, "drop", |e| {
        if let Some(file) = e.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0)) {
            e.prevent_default();
            open_draft(&file);
        }
    });
    {
        let input = config_input.clone();
        listen::<Event>(&config_btn, "click", move |_| input.click());
    }
    {
        let input = config_input.clone();
        listen::<Event>(&config_input, "change", move |_| {
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                read_file(&file, |bytes, name| {
                    let json = decode_text(&bytes);
                    with_page(|p| {
                        p.admin = Some((name, json));
                        if p.apply_config() {
                            let (name, json) = p.admin.clone().unwrap_or_default();
                            p.store(KEY_CONFIG, Some(&json));
                            p.store(KEY_CONFIG_NAME, Some(&name));
                        }
                        p.run_check();
                    });
                });
            }
            input.set_value("");
        });
    }
    {
        let status = with_page(|p| p.config_status.clone());
        if let Some(status) = status {
            listen::<Event>(&status, "click", |e| {
                let is_remove = e
                    .target()
                    .and_then(|t| t.dyn_into::<Element>().ok())
                    .and_then(|t| t.get_attribute("data-action"))
                    .is_some_and(|a| a == "remove-config");
                if is_remove {
                    with_page(|p| {
                        p.admin = None;
                        p.store(KEY_CONFIG, None);
                        p.store(KEY_CONFIG_NAME, None);
                        p.apply_config();
                        p.run_check();
                    });
                }
            });
        }
    }
    Ok(())
}

/// Replaces the draft with a file's text and checks it: a Word document (by its content, or a
/// .docx name) through the `.docx` module, anything else as text.
fn open_draft(file: &web_sys::File) {
    read_file(file, |bytes, name| {
        let word = crate::docx::sniff(&bytes) != crate::docx::Kind::Other || name.to_lowercase().ends_with(".docx");
        if word {
            open_word(&bytes, name);
            return;
        }
        let text = decode_text(&bytes);
        with_page(|p| p.show_draft(&text, None, &name));
    });
}

/// Reads a Word file in the `.docx` module and shows its text as the draft, or says why it cannot.
fn open_word(bytes: &[u8], name: String) {
    let err_name = name.clone();
    let failed = move |message: String| {
        with_page(|p| {
            p.notice.set_text_content(Some(&format!("无法打开“{err_name}”:{message}")));
            p.notice.set_class_name("rc-source is-error");
            p.notice.set_hidden(false);
        });
    };
    let message_of = |e: &JsValue| js_sys::Reflect::get(e, &"message".into()).ok().and_then(|m| m.as_string()).unwrap_or_else(|| "读取 Word 文档的程序未能载入".into());
    let promise = match read_docx(&js_sys::Uint8Array::from(bytes)) {
        Ok(p) => p,
        Err(e) => return failed(message_of(&e)),
    };
    let shown_name = name.clone();
    let ok = Closure::once_into_js(move |v: JsValue| {
        let text = js_sys::Reflect::get(&v, &"text".into()).ok().and_then(|t| t.as_string()).unwrap_or_default();
        let places = js_sys::Reflect::get(&v, &"places".into())
            .ok()
            .filter(|p| p.is_array())
            .map(|p| {
                js_sys::Array::from(&p)
                    .iter()
                    .filter_map(|e| {
                        let e = js_sys::Array::from(&e);
                        Some((e.get(0).as_f64()? as u32, e.get(1).as_string()?))
                    })
                    .collect()
            })
            .unwrap_or_default();
        with_page(|p| p.show_draft(&text, Some(places), &shown_name));
    });
    let err = Closure::once_into_js(move |e: JsValue| failed(message_of(&e)));
    let then = js_sys::Reflect::get(&promise, &"then".into()).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(then) = then {
        let _ = then.call2(&promise, &ok, &err);
    }
}

/// Reads a chosen file as bytes, then calls `done(bytes, file name)`.
fn read_file(file: &web_sys::File, done: impl FnOnce(Vec<u8>, String) + 'static) {
    let Ok(reader) = FileReader::new() else { return };
    let name = file.name();
    let r = reader.clone();
    let mut done = Some(done);
    let onload = Closure::<dyn FnMut()>::new(move || {
        if let (Ok(buf), Some(done)) = (r.result(), done.take()) {
            done(js_sys::Uint8Array::new(&buf).to_vec(), name.clone());
        }
    });
    reader.set_onload(Some(onload.as_ref().unchecked_ref()));
    onload.forget();
    let _ = reader.read_as_array_buffer(file);
}

/// UTF-8 (with or without BOM), else GB18030: drafts saved by older Chinese Windows tools are GBK.
fn decode_text(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Ok(s) = std::str::from_utf8(bytes) {
        return s.to_string();
    }
    web_sys::TextDecoder::new_with_label("gb18030")
        .and_then(|d| d.decode_with_u8_array(bytes))
        .unwrap_or_else(|_| String::from_utf8_lossy(bytes).into_owned())
}

/// Moves to the next (`step` 1) or previous (-1) problem from the caret.
fn step_problem(step: i32) {
    let target = with_page(|p| {
        if p.visible.is_empty() {
            return None;
        }
        p.ensure_fresh();
        let caret = p.editor.selection_start().ok().flatten().unwrap_or(0) as usize;
        let caret_end = p.editor.selection_end().ok().flatten().unwrap_or(0) as usize;
        let n = p.visible.len();
        let diag = |k: usize| &p.report.diagnostics[p.visible[k]];
        let k = if step > 0 {
            (0..n).find(|&k| diag(k).start > caret || (diag(k).start == caret && diag(k).end > caret_end)).unwrap_or(0)
        } else {
            (0..n).rev().find(|&k| diag(k).start < caret).unwrap_or(n - 1)
        };
        Some(k)
    })
    .flatten();
    if let Some(k) = target {
        select_problem(k);
    }
}

/// Selects problem `k` (position in the visible list) in the editor and scrolls to it.
fn select_problem(k: usize) {
    // Focus first, outside the page borrow: focusing fires events synchronously.
    let editor = with_page(|p| p.editor.clone());
    if let Some(editor) = editor {
        let _ = editor.focus();
    }
    with_page(|p| {
        if k >= p.visible.len() {
            return;
        }
        let d = &p.report.diagnostics[p.visible[k]];
        let (start, end) = (d.start as u32, d.end as u32);
        let _ = p.editor.set_selection_range(start, end);
        p.scroll_to(start);
        p.active = Some(k);
        p.mark_active();
        p.show_current();
    });
}

/// Applies the first safe suggestion of problem `k`, through the editor's undo history.
fn apply_fix(k: usize) {
    let plan = with_page(|p| {
        if p.ensure_fresh() {
            return None; // the text changed since the list was drawn; the list is now redrawn
        }
        let d = p.report.diagnostics.get(*p.visible.get(k)?)?;
        let s = d.suggestions.iter().find(|s| s.safe)?;
        Some((p.editor.clone(), p.doc.clone(), s.start as u32, s.end as u32, s.replacement.clone()))
    })
    .flatten();
    let Some((editor, doc, start, end, replacement)) = plan else { return };
    let _ = editor.focus();
    let _ = editor.set_selection_range(start, end);
    // execCommand keeps Ctrl+Z working and fires `input` (which saves and re-checks).
    let html: &web_sys::HtmlDocument = doc.unchecked_ref();
    let done = if replacement.is_empty() {
        html.exec_command("delete").unwrap_or(false)
    } else {
        html.exec_command_with_show_ui_and_value("insertText", false, &replacement).unwrap_or(false)
    };
    if !done {
        let _ = editor.set_range_text_with_start_and_end(&replacement, start, end);
    }
    with_page(|p| {
        p.save_draft();
        p.run_check();
    });
}

/// Lengths of the common beginning and the common end of `old` and `new` (UTF-16), not
/// overlapping, and never splitting a surrogate pair (the changed middle must be whole characters).
fn unchanged_ends(old: &[u16], new: &[u16]) -> (usize, usize) {
    let is_high = |u: u16| (0xD800..0xDC00).contains(&u);
    let is_low = |u: u16| (0xDC00..0xE000).contains(&u);
    let mut start = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    if start > 0 && is_high(new[start - 1]) {
        start -= 1;
    }
    let most = old.len().min(new.len()) - start;
    let mut end = old.iter().rev().zip(new.iter().rev()).take(most).take_while(|(a, b)| a == b).count();
    if end > 0 && is_low(new[new.len() - end]) {
        end -= 1;
    }
    (start, end)
}

/// The key that identifies one occurrence for "ignore this one": rule, text and a little
/// context (`units` is the checked draft in UTF-16), so it survives edits elsewhere in the draft.
fn ignore_key(units: &[u16], d: &Diagnostic) -> String {
    let a = d.start.saturating_sub(IGNORE_CONTEXT).min(units.len());
    let b = (d.end + IGNORE_CONTEXT).min(units.len()).max(a);
    format!("{}\u{1}{}\u{1}{}", d.rule, d.start.saturating_sub(a), String::from_utf16_lossy(&units[a..b]))
}

impl Page {
    fn store(&self, key: &str, value: Option<&str>) {
        if let Some(s) = &self.storage {
            let _ = match value {
                Some(v) => s.set_item(key, v),
                None => s.remove_item(key),
            };
        }
    }

    /// Saves the editor's text. It goes from the editor to storage as a JS string: on every
    /// keystroke, copying a long draft into wasm memory and back would cost more than the save.
    fn save_draft(&self) {
        let Some(s) = &self.storage else { return };
        let saved = match js_sys::Reflect::get(&self.editor, &"value".into()) {
            Ok(text) if text.is_string() => s.unchecked_ref::<JsStorage>().set_item_js(KEY_DRAFT, &text).is_ok(),
            _ => s.set_item(KEY_DRAFT, &self.editor.value()).is_ok(),
        };
        if !saved {
            self.count.set_text_content(Some("草稿太大,本机存储放不下:请另行保存"));
        }
    }

    fn save_text(&self, text: &str) {
        if let Some(s) = &self.storage {
            if s.set_item(KEY_DRAFT, text).is_err() {
                self.count.set_text_content(Some("草稿太大,本机存储放不下:请另行保存"));
            }
        }
    }

    fn save_ignored(&self) {
        let arr: js_sys::Array = self.ignored.iter().map(|s| JsValue::from_str(s)).collect();
        let json = js_sys::JSON::stringify(&arr).ok().and_then(|s| s.as_string()).unwrap_or_default();
        self.store(KEY_IGNORED, if self.ignored.is_empty() { None } else { Some(&json) });
    }

    /// Builds the config from the administrator's JSON and the profile selector. Returns false
    /// (and says why beside the button) when the administrator's config is unusable.
    fn apply_config(&mut self) -> bool {
        let mut ok = true;
        let mut config = Config::default();
        self.config_status.set_text_content(None);
        self.config_status.class_list().remove_1("rc-bad").ok();
        if let Some((name, json)) = self.admin.clone() {
            let parsed = js_sys::JSON::parse(&json)
                .map_err(|e| {
                    let why = js_sys::Reflect::get(&e, &"message".into()).ok().and_then(|m| m.as_string()).unwrap_or_default();
                    format!("不是有效的 JSON({why})")
                })
                .and_then(super::config_from_value);
            match parsed {
                Ok(c) => {
                    config = c;
                    self.config_status.set_text_content(Some(&format!("已用配置:{name} ")));
                }
                Err(why) => {
                    ok = false;
                    self.admin = None;
                    self.config_status.class_list().add_1("rc-bad").ok();
                    self.config_status.set_text_content(Some(&format!("配置“{name}”未采用:{why} ")));
                    attr(&self.config_status, "role", "alert").ok();
                }
            }
            if ok {
                if let Ok(remove) = el(&self.doc, "button", "rc-link", "移除") {
                    attr(&remove, "type", "button").ok();
                    attr(&remove, "data-action", "remove-config").ok();
                    attr(&remove, "aria-label", "移除检查配置").ok();
                    self.config_status.append_child(&remove).ok();
                }
            }
        }
        let chosen = self.profile.value();
        if chosen != "auto" {
            config.profile = chosen;
        }
        self.config = config;
        ok
    }

    fn schedule_check(&mut self) {
        if let Some(t) = self.timer.take() {
            self.win.clear_timeout_with_handle(t);
        }
        // A draft that takes long to check waits for a longer pause, so typing stays smooth.
        let wait = DEBOUNCE_MS.max((self.last_cost * 2.0).min(1500.0) as i32);
        // Results are out of date until the check runs: say so to assistive technology.
        attr(&self.side, "aria-busy", "true").ok();
        if let Some(cb) = &self.debounce {
            self.timer = self.win.set_timeout_with_callback_and_timeout_and_arguments_0(cb.as_ref().unchecked_ref(), wait).ok();
        }
    }

    /// Re-checks now if the editor no longer holds the checked text. Returns true if it did.
    fn ensure_fresh(&mut self) -> bool {
        if self.editor.value() != self.checked {
            self.run_check();
            true
        } else {
            false
        }
    }

    /// Puts an opened file's text in the editor and checks it; `places`: it was read from a Word
    /// document, whose findings then name their place and whose fixes go into the document.
    fn show_draft(&mut self, text: &str, places: Option<Vec<(u32, String)>>, name: &str) {
        match places {
            Some(places) => {
                self.source = Some(Source { text: text.to_string(), places });
                self.notice.set_text_content(Some(&format!(
                    "已读取“{name}”:下面是文档中的文字(表格每行一行,单元格以制表符分隔),问题注明了所在段落或表格行列。请在原文档中修改,改好后重新打开检查。"
                )));
                self.notice.set_class_name("rc-source");
                self.notice.set_hidden(false);
            }
            None => {
                self.source = None;
                self.notice.set_hidden(true);
            }
        }
        self.editor.set_value(text);
        self.save_draft();
        self.run_check();
        self.editor.set_scroll_top(0);
        self.sync_scroll();
    }

    fn run_check(&mut self) {
        if let Some(t) = self.timer.take() {
            self.win.clear_timeout_with_handle(t);
        }
        let began = js_sys::Date::now();
        self.checked = self.editor.value();
        if self.checked.len() > LARGE_DRAFT {
            self.save_text(&self.checked); // large drafts are saved here rather than on every key
        }
        self.report = crate::check(&self.checked, &self.config);
        self.units.clear();
        self.units.extend(self.checked.encode_utf16());
        self.active = None;
        self.render(true);
        attr(&self.side, "aria-busy", "false").ok();
        if !self.checked.is_empty() {
            self.checks += 1;
            if self.checks > 1 {
                self.last_cost = js_sys::Date::now() - began;
            }
        }
    }

    fn ignore(&mut self, k: usize) {
        if self.ensure_fresh() {
            return;
        }
        let Some(&i) = self.visible.get(k) else { return };
        let key = ignore_key(&self.units, &self.report.diagnostics[i]);
        self.ignored.insert(key);
        self.save_ignored();
        self.render(true);
        // Keep keyboard users in the list: focus the entry now at the same place.
        let sel = format!("button[data-i=\"{}\"]", k.min(self.visible.len().saturating_sub(1)));
        if let Ok(Some(b)) = self.list.query_selector(&sel) {
            b.unchecked_into::<HtmlElement>().focus().ok();
        }
    }

    /// Draws highlights, summary and list for the current report. `fresh`: the caller knows the
    /// editor holds the checked text (saves reading the whole draft back from the editor).
    fn render(&mut self, fresh: bool) {
        self.visible = if self.ignored.is_empty() {
            (0..self.report.diagnostics.len()).collect()
        } else {
            (0..self.report.diagnostics.len())
                .filter(|&i| !self.ignored.contains(&ignore_key(&self.units, &self.report.diagnostics[i])))
                .collect()
        };
        self.paint_backdrop();
        self.render_summary();
        self.render_list();
        if fresh {
            self.show_current_with(true);
        } else {
            self.show_current();
        }
        let chars = self.checked.chars().filter(|c| !c.is_whitespace()).count();
        self.count.set_text_content(Some(&format!("{chars} 字")));
    }

    fn render_summary(&self) {
        let mut counts = [0usize; 3];
        for &i in &self.visible {
            counts[self.report.diagnostics[i].severity as usize] += 1;
        }
        let text = if self.checked.trim().is_empty() {
            "粘贴或输入草稿后,这里会列出发现的问题。".to_string()
        } else if self.visible.is_empty() {
            "未发现问题".to_string()
        } else {
            let mut parts = vec![format!("{} 处错误", counts[0]), format!("{} 处提醒", counts[1])];
            if counts[2] > 0 {
                parts.push(format!("{} 处提示", counts[2]));
            }
            let mut t = parts.join(" · ");
            if self.report.summary.truncated {
                t.push_str(&format!("(共 {} 处,只列出前 {} 处)", self.report.summary.total, self.report.diagnostics.len()));
            }
            t
        };
        self.summary.set_text_content(Some(&text));
        let cls = if counts[0] > 0 {
            "rc-summary has-error"
        } else if counts[1] > 0 {
            "rc-summary has-warning"
        } else {
            "rc-summary"
        };
        self.summary.set_class_name(cls);
        let hidden = self.report.diagnostics.len() - self.visible.len();
        self.ignored_bar.set_text_content(None);
        self.ignored_bar.set_hidden(hidden == 0);
        if hidden > 0 {
            let note = el(&self.doc, "span", "", &format!("已忽略 {hidden} 处 ")).ok();
            let button = el(&self.doc, "button", "rc-link", "全部恢复").ok();
            if let (Some(n), Some(b)) = (note, button) {
                attr(&b, "type", "button").ok();
                self.ignored_bar.append_child(&n).ok();
                self.ignored_bar.append_child(&b).ok();
            }
        }
    }

    /// Draws the problem list, grouped by rule. Entries that show the same as before keep their
    /// elements (a keystroke usually changes a few entries, not 250): within each group only the
    /// run between the unchanged first and last entries is rebuilt, and kept entries get their
    /// new line number and position.
    fn render_list(&mut self) {
        // A redrawn list has no entry jumped to (kept entries would otherwise keep the mark).
        self.unmark_active();
        // Groups in the order of their most severe entry, then of first appearance.
        let mut groups: Vec<(&str, Severity, Vec<usize>)> = Vec::new();
        for (k, &i) in self.visible.iter().enumerate() {
            let d = &self.report.diagnostics[i];
            match groups.iter_mut().find(|g| g.0 == d.rule) {
                Some(g) => {
                    g.1 = g.1.min(d.severity);
                    g.2.push(k);
                }
                None => groups.push((&d.rule, d.severity, vec![k])),
            }
        }
        groups.sort_by_key(|g| g.1);
        let mut old = std::mem::take(&mut self.drawn);
        let mut views = Vec::with_capacity(groups.len());
        for (rule, sev, ks) in groups {
            let wanted: Vec<EntryPlan> = ks.iter().map(|&k| self.plan_entry(k)).collect();
            let view = match old.iter().position(|g| g.rule == rule) {
                Some(at) => {
                    let mut g = old.swap_remove(at);
                    self.update_group(&mut g, sev, wanted);
                    g
                }
                None => match self.build_group(rule, sev, wanted) {
                    Some(g) => g,
                    None => continue,
                },
            };
            views.push(view);
        }
        for g in old {
            g.section.remove();
        }
        // Put the groups in order, moving only those out of place.
        let mut at = self.list.first_element_child();
        for g in &views {
            let section: &Element = g.section.as_ref();
            if at.as_ref() == Some(section) {
                at = section.next_element_sibling();
            } else {
                let _ = self.list.insert_before(section, at.as_ref().map(|e| e.as_ref()));
            }
        }
        self.drawn = views;
    }

    /// What list entry `k` (position in `visible`) shows.
    fn plan_entry(&self, k: usize) -> EntryPlan {
        let d = &self.report.diagnostics[self.visible[k]];
        let units = &self.units;
        let a = d.start.min(units.len());
        let b = d.end.min(units.len()).max(a);
        let flagged = String::from_utf16_lossy(&units[a..b]);
        let quote: String = if flagged.chars().count() > 24 {
            flagged.chars().take(23).chain(['…']).collect()
        } else {
            flagged
        };
        let fix = d.suggestions.iter().find(|s| s.safe).map(|s| {
            if s.replacement.is_empty() {
                "删除".to_string()
            } else {
                format!("改为“{}”", s.replacement)
            }
        });
        let key = format!("{}\u{1}{}\u{1}{}\u{1}{}", d.severity.as_str(), quote, d.message, fix.as_deref().unwrap_or(""));
        let place = self.source.as_ref().filter(|s| s.text == self.checked).and_then(|s| s.place_at(d.start)).map(str::to_string);
        let key = match &place {
            Some(p) => format!("{key}\u{1}{p}"),
            None => key,
        };
        EntryPlan { key, k, line: d.line, severity: d.severity, quote, fix, place }
    }

    fn build_group(&self, rule: &str, sev: Severity, wanted: Vec<EntryPlan>) -> Option<GroupView> {
        let doc = &self.doc;
        let section = el(doc, "section", "rc-group", "").ok()?;
        let head = el(doc, "h2", &format!("rc-group-title sev-{}", sev.as_str()), "").ok()?;
        head.append_child(&doc.create_text_node(crate::rules::title_of(rule))).ok()?;
        let badge = el(doc, "span", "rc-badge", "").ok()?;
        head.append_child(&badge).ok()?;
        section.append_child(&head).ok()?;
        let ol = el(doc, "ol", "rc-entries", "").ok()?;
        section.append_child(&ol).ok()?;
        let mut g = GroupView { rule: rule.to_string(), severity: sev, section, head, badge, count: usize::MAX, ol, entries: Vec::new() };
        self.update_group(&mut g, sev, wanted);
        Some(g)
    }

    fn update_group(&self, g: &mut GroupView, sev: Severity, wanted: Vec<EntryPlan>) {
        if g.severity != sev {
            g.severity = sev;
            g.head.set_class_name(&format!("rc-group-title sev-{}", sev.as_str()));
        }
        if g.count != wanted.len() {
            g.count = wanted.len();
            g.badge.set_text_content(Some(&g.count.to_string()));
            attr(&g.badge, "aria-label", &format!("{} 处", g.count)).ok();
        }
        let old = &mut g.entries;
        let same = |e: &EntryView, w: &EntryPlan| e.key == w.key;
        let start = old.iter().zip(&wanted).take_while(|(e, w)| same(e, w)).count();
        let most = old.len().min(wanted.len()) - start;
        let end = old.iter().rev().zip(wanted.iter().rev()).take(most).take_while(|(e, w)| same(e, w)).count();
        for gone in old.drain(start..old.len() - end) {
            gone.li.remove();
        }
        let frag = self.doc.create_document_fragment();
        let mut fresh = Vec::new();
        for w in &wanted[start..wanted.len() - end] {
            if let Some(e) = self.build_entry(w) {
                let _ = frag.append_child(&e.li);
                fresh.push(e);
            }
        }
        if !fresh.is_empty() {
            let before: Option<Node> = old.get(start).map(|e| e.li.clone().into());
            let _ = g.ol.insert_before(&frag, before.as_ref());
        }
        old.splice(start..start, fresh);
        // Kept entries: the same problem, perhaps at another line or position in the list.
        for (e, w) in old.iter_mut().zip(&wanted) {
            if e.line != w.line {
                e.line = w.line;
                e.place.set_text_content(Some(&place_text(w)));
            }
            if e.k != w.k {
                e.k = w.k;
                let k = w.k.to_string();
                attr(&e.li, "data-k", &k).ok();
                for b in &e.buttons {
                    attr(b, "data-i", &k).ok();
                }
            }
        }
    }

    fn build_entry(&self, w: &EntryPlan) -> Option<EntryView> {
        let doc = &self.doc;
        let k = w.k.to_string();
        let li = el(doc, "li", &format!("rc-entry sev-{}", w.severity.as_str()), "").ok()?;
        attr(&li, "data-k", &k).ok();
        let jump = el(doc, "button", "rc-jump", "").ok()?;
        attr(&jump, "type", "button").ok();
        attr(&jump, "data-i", &k).ok();
        attr(&jump, "data-action", "jump").ok();
        let place = el(doc, "span", "rc-where", &place_text(w)).ok()?;
        jump.append_child(&place).ok()?;
        if !w.quote.trim().is_empty() {
            if let Ok(q) = el(doc, "span", "rc-quote", &w.quote) {
                let _ = jump.append_child(&q);
            }
        }
        let d = &self.report.diagnostics[self.visible[w.k]];
        if let Ok(m) = el(doc, "span", "rc-msg", &d.message) {
            let _ = jump.append_child(&m);
        }
        li.append_child(&jump).ok()?;
        let mut buttons: Vec<Element> = vec![jump.into()];
        if let Ok(actions) = el(doc, "div", "rc-actions", "") {
            if let Some(label) = &w.fix {
                if let Ok(fix) = el(doc, "button", "rc-fix", label) {
                    attr(&fix, "type", "button").ok();
                    attr(&fix, "data-i", &k).ok();
                    attr(&fix, "data-action", "fix").ok();
                    let _ = actions.append_child(&fix);
                    buttons.push(fix.into());
                }
            }
            if let Ok(ign) = el(doc, "button", "rc-ignore", "忽略此处") {
                attr(&ign, "type", "button").ok();
                attr(&ign, "data-i", &k).ok();
                attr(&ign, "data-action", "ignore").ok();
                attr(&ign, "title", "这一处不算问题:不再提示(只对这一处有效)").ok();
                let _ = actions.append_child(&ign);
                buttons.push(ign.into());
            }
            let _ = li.append_child(&actions);
        }
        Some(EntryView { key: w.key.clone(), k: w.k, line: w.line, li, place, buttons })
    }

    /// Paints the problems on the backdrop (Highlight API, or `<mark>` pieces).
    fn paint_backdrop(&mut self) {
        let spans: Vec<(usize, usize, Severity)> = self
            .visible
            .iter()
            .map(|&i| &self.report.diagnostics[i])
            .filter(|d| d.end > d.start)
            .map(|d| (d.start, d.end, d.severity))
            .collect();
        if self.highlights.is_some() {
            self.update_backdrop_text();
            self.paint_highlights(&spans);
        } else {
            self.paint_marks(&spans);
        }
    }

    /// Makes the backdrop show the checked text, replacing only the blocks that hold the part
    /// between the unchanged beginning and end: a keystroke re-lays out one block, not the draft.
    fn update_backdrop_text(&mut self) {
        let mut new = Vec::with_capacity(self.units.len() + 1);
        new.extend_from_slice(&self.units);
        // A last line ending in "\n" takes a line in the textarea but not in a div: pad it.
        new.push(u16::from(b' '));
        let Some(old) = self.shown.take() else {
            self.backdrop.set_text_content(None);
            self.pieces.clear();
            self.boxes.clear();
            self.replace_blocks(&new, 0, new.len(), 0, 0);
            self.shown = Some(new);
            self.schedule_sync_scroll();
            return;
        };
        if old == new {
            self.shown = Some(old);
            return;
        }
        let (keep_start, keep_end) = unchanged_ends(&old, &new);
        let changed_end = old.len() - keep_end;
        let block_at = |pos: usize| self.pieces.partition_point(|p| p.0 as usize <= pos).saturating_sub(1);
        let first = block_at(keep_start);
        let mut last = block_at(changed_end.max(keep_start + 1) - 1).max(first);
        let start = self.pieces[first].0 as usize;
        let new_end_of = |k: usize| {
            let (s, l, _) = &self.pieces[k];
            (*s as usize + *l as usize + new.len()).saturating_sub(old.len())
        };
        // Blocks end with a line break (but the last): take in the blocks after until one does.
        while last + 1 < self.pieces.len() && new.get(new_end_of(last).wrapping_sub(1)) != Some(&u16::from(b'\n')) {
            last += 1;
        }
        let end = new_end_of(last);
        self.replace_blocks(&new, start, end, first, last + 1);
        self.shown = Some(new);
        // The textarea may have scrolled before the backdrop had the new text to scroll to (a
        // paste scrolls to its end at once, the check comes after): align them again.
        self.schedule_sync_scroll();
    }

    /// Replaces blocks `from..to` (of `pieces` and `boxes`) by new blocks holding `text[start..end]`.
    fn replace_blocks(&mut self, text: &[u16], start: usize, end: usize, from: usize, to: usize) {
        /// Units a block holds at least (it then runs to the end of its line): small enough that
        /// a block is quick to lay out, large enough that a long draft is not thousands of blocks.
        const BLOCK: usize = 1024;
        let doc = &self.doc;
        let frag = doc.create_document_fragment();
        let mut pieces = Vec::new();
        let mut boxes = Vec::new();
        let mut a = start;
        while a < end {
            let from_b = (a + BLOCK).min(end) - 1;
            let b = match text[from_b..end].iter().position(|&u| u == u16::from(b'\n')) {
                Some(i) => from_b + i + 1,
                None => end,
            };
            let Ok(block) = el(doc, "div", "", "") else { break };
            let node: Node = doc.create_text_node(&String::from_utf16_lossy(&text[a..b])).into();
            let _ = block.append_child(&node);
            let _ = frag.append_child(&block);
            pieces.push((a as u32, (b - a) as u32, node));
            boxes.push(block);
            a = b;
        }
        let before: Option<Node> = self.boxes.get(to).map(|b| b.clone().into());
        for gone in &self.boxes[from..to] {
            gone.remove();
        }
        let _ = self.backdrop.insert_before(&frag, before.as_ref());
        self.boxes.splice(from..to, boxes);
        self.pieces.splice(from..to, pieces);
        // Blocks after the change start elsewhere now.
        let mut at = self.pieces.get(from.wrapping_sub(1)).map_or(0, |p| p.0 + p.1);
        for p in &mut self.pieces[from..] {
            p.0 = at;
            at += p.1;
        }
    }

    /// Puts each problem's range in the Highlight of its severity. Highlights are registered
    /// once and Range objects reused: a check makes no new objects for the browser to collect.
    fn paint_highlights(&mut self, spans: &[(usize, usize, Severity)]) {
        let Some(reg) = self.highlights.clone() else { return };
        if self.painters.is_empty() {
            for name in ["rc-error", "rc-warning", "rc-info"] {
                match Highlight::new() {
                    Ok(h) => {
                        let _ = reg.set(name, &h);
                        self.painters.push(h);
                    }
                    Err(_) => {
                        self.highlights = None;
                        self.painters.clear();
                        return self.paint_marks(spans);
                    }
                }
            }
        }
        for h in &self.painters {
            h.clear();
        }
        for (j, &(a, b, sev)) in spans.iter().enumerate() {
            if j == self.ranges.len() {
                match self.doc.create_range() {
                    Ok(r) => self.ranges.push(r),
                    Err(_) => break,
                }
            }
            let r = &self.ranges[j];
            let (Some((sn, so)), Some((en, eo))) = (self.dom_point(a as u32), self.dom_point(b as u32)) else { continue };
            // Start first, then end: a start past the old end collapses the range onto the start.
            if r.set_start(&sn, so).is_ok() && r.set_end(&en, eo).is_ok() {
                self.painters[sev as usize].add(r);
            }
        }
        // Ranges no longer used would otherwise be kept up to date by the browser on every edit.
        self.ranges.truncate(spans.len());
    }

    /// Older browsers: the text cut at every span boundary, each problem piece in a `<mark>`.
    fn paint_marks(&mut self, spans: &[(usize, usize, Severity)]) {
        let doc = &self.doc;
        self.backdrop.set_text_content(None);
        self.pieces.clear();
        self.boxes.clear();
        self.shown = None;
        let units = &self.units;
        // Cut the text at every span boundary; each piece takes the most severe span over it.
        let mut cuts: Vec<usize> = spans.iter().flat_map(|&(a, b, _)| [a, b]).chain([0, units.len()]).collect();
        cuts.sort_unstable();
        cuts.dedup();
        let frag = doc.create_document_fragment();
        // Spans are sorted by start; `open` holds those that may cover the current piece.
        let mut open: Vec<(usize, Severity)> = Vec::new();
        let mut next = 0;
        for w in cuts.windows(2) {
            let (a, b) = (w[0], w[1].min(units.len()));
            if a >= b {
                continue;
            }
            while next < spans.len() && spans[next].0 <= a {
                open.push((spans[next].1, spans[next].2));
                next += 1;
            }
            open.retain(|&(end, _)| end > a);
            let sev = open.iter().map(|o| o.1).min();
            let text = String::from_utf16_lossy(&units[a..b]);
            let node: Node = doc.create_text_node(&text).into();
            match sev {
                Some(s) => {
                    if let Ok(mark) = el(doc, "mark", &format!("rc-mark sev-{}", s.as_str()), "") {
                        let _ = mark.append_child(&node);
                        let _ = frag.append_child(&mark);
                    }
                }
                None => {
                    let _ = frag.append_child(&node);
                }
            }
            self.pieces.push((a as u32, (b - a) as u32, node));
        }
        let _ = self.backdrop.append_child(&frag);
        // A last line ending in "\n" takes a line in the textarea but not in a div: pad it.
        let _ = self.backdrop.append_child(&doc.create_text_node(" "));
        self.schedule_sync_scroll();
    }

    /// The piece whose text node is `node`. Pieces are in document order: a binary search asks
    /// the browser a dozen times where `node` lies, where a scan would compare every piece (a
    /// long draft has thousands) on each mouse move.
    fn piece_of(&self, node: &Node) -> Option<usize> {
        let (mut lo, mut hi) = (0, self.pieces.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            match self.pieces[mid].2.compare_document_position(node) {
                0 => return Some(mid),
                p if p & Node::DOCUMENT_POSITION_FOLLOWING != 0 && p & Node::DOCUMENT_POSITION_CONTAINED_BY == 0 => lo = mid + 1,
                p if p & Node::DOCUMENT_POSITION_PRECEDING != 0 && p & Node::DOCUMENT_POSITION_CONTAINS == 0 => hi = mid,
                _ => return None,
            }
        }
        None
    }

    /// The backdrop text node and offset holding UTF-16 offset `pos`.
    fn dom_point(&self, pos: u32) -> Option<(Node, u32)> {
        let k = self.pieces.partition_point(|(start, _, _)| *start <= pos).checked_sub(1)?;
        let (start, len, node) = &self.pieces[k];
        Some((node.clone(), (pos - start).min(*len)))
    }

    fn range_of(&self, start: u32, end: u32) -> Option<Range> {
        let r = self.doc.create_range().ok()?;
        let (sn, so) = self.dom_point(start)?;
        let (en, eo) = self.dom_point(end)?;
        r.set_start(&sn, so).ok()?;
        r.set_end(&en, eo).ok()?;
        Some(r)
    }

    /// Aligns the backdrop's scroll with the editor's before the next frame is drawn. Reading
    /// the editor's scroll position needs layout: done now, it would lay the page out twice.
    fn schedule_sync_scroll(&mut self) {
        if self.sync_pending {
            return;
        }
        if let Some(cb) = &self.sync_frame {
            self.sync_pending = self.win.request_animation_frame(cb.as_ref().unchecked_ref()).is_ok();
        }
    }

    fn sync_scroll(&self) {
        self.backdrop.set_scroll_top(self.editor.scroll_top());
        self.backdrop.set_scroll_left(self.editor.scroll_left());
    }

    /// Scrolls the editor so that offset `pos` sits a third of the way down.
    fn scroll_to(&self, pos: u32) {
        let Some(r) = self.range_of(pos, pos) else { return };
        let rect = r.get_bounding_client_rect();
        let top = self.backdrop.get_bounding_client_rect().top();
        let y = rect.top() - top + self.backdrop.scroll_top() as f64;
        let want = (y - self.editor.client_height() as f64 / 3.0).max(0.0);
        self.editor.set_scroll_top(want as i32);
        self.sync_scroll();
    }

    fn mark_active(&mut self) {
        self.unmark_active();
        let Some(k) = self.active else { return };
        let li = self.drawn.iter().flat_map(|g| &g.entries).find(|e| e.k == k).map(|e| e.li.clone());
        if let Some(li) = li {
            li.class_list().add_1("is-active").ok();
            attr(&li, "aria-current", "true").ok();
            let opts = web_sys::ScrollIntoViewOptions::new();
            opts.set_block(web_sys::ScrollLogicalPosition::Nearest);
            li.scroll_into_view_with_scroll_into_view_options(&opts);
            self.active_entry = Some(li);
        }
    }

    fn unmark_active(&mut self) {
        if let Some(li) = self.active_entry.take() {
            li.class_list().remove_1("is-active").ok();
            li.remove_attribute("aria-current").ok();
        }
    }

    /// Problems (positions in `visible`) that cover UTF-16 offset `pos`.
    fn problems_at(&self, pos: usize) -> impl Iterator<Item = usize> + '_ {
        let upto = self.visible.partition_point(|&i| self.report.diagnostics[i].start <= pos);
        (0..upto).filter(move |&k| {
            let d = &self.report.diagnostics[self.visible[k]];
            d.start <= pos && pos <= d.end && d.end > d.start
        })
    }

    /// Shows, under the editor, the message of the problem at the caret (the "focus" message).
    fn show_current(&self) {
        self.show_current_with(self.editor.value() == self.checked);
    }

    /// `fresh`: the editor holds the checked text.
    fn show_current_with(&self, fresh: bool) {
        let caret = self.editor.selection_start().ok().flatten().unwrap_or(0) as usize;
        let found = if fresh { self.problems_at(caret).next() } else { None };
        match found {
            Some(k) => {
                let d = &self.report.diagnostics[self.visible[k]];
                self.current.set_text_content(Some(&format!(
                    "第 {} 处 / 共 {} 处 · {}:{}",
                    k + 1,
                    self.visible.len(),
                    crate::rules::title_of(&d.rule),
                    d.message
                )));
                self.current.set_class_name(&format!("rc-current sev-{}", d.severity.as_str()));
            }
            None => {
                let hint = if self.visible.is_empty() { "" } else { "按 F8 跳到下一处问题,Shift+F8 上一处" };
                self.current.set_text_content(Some(hint));
                self.current.set_class_name("rc-current");
            }
        }
    }

    /// Shows the message of the problem under the mouse pointer.
    fn hover(&self, x: f64, y: f64) {
        let hit = self.hit(x, y);
        match hit {
            Some(k) => {
                let d = &self.report.diagnostics[self.visible[k]];
                self.tooltip.set_text_content(Some(&format!("{}:{}", crate::rules::title_of(&d.rule), d.message)));
                self.tooltip.set_class_name(&format!("rc-tooltip sev-{}", d.severity.as_str()));
                let wrap = self.editor.parent_element().map(|w| w.get_bounding_client_rect());
                if let Some(w) = wrap {
                    let left = (x - w.left() + 12.0).min(w.width() - 280.0).max(4.0);
                    let style = self.tooltip.style();
                    style.set_property("left", &format!("{}px", left as i32)).ok();
                    style.set_property("top", &format!("{}px", (y - w.top() + 22.0) as i32)).ok();
                }
                self.tooltip.set_hidden(false);
            }
            None => self.tooltip.set_hidden(true),
        }
    }

    /// The problem whose painted text lies under the point, if any.
    fn hit(&self, x: f64, y: f64) -> Option<usize> {
        if self.visible.is_empty() || self.editor.value() != self.checked {
            return None;
        }
        // Let the point fall through the textarea onto the backdrop's text for a moment.
        let style = self.editor.style();
        style.set_property("pointer-events", "none").ok();
        let range = self.doc.unchecked_ref::<CaretDocument>().caret_range_from_point(x, y);
        style.remove_property("pointer-events").ok();
        let range = range.ok().flatten()?;
        let node = range.start_container().ok()?;
        let piece = &self.pieces[self.piece_of(&node)?];
        let pos = piece.0 as usize + range.start_offset().ok()? as usize;
        // The caret position is the nearest boundary: confirm against the painted rectangles.
        self.problems_at(pos).find(|&k| {
            let d = &self.report.diagnostics[self.visible[k]];
            self.range_of(d.start as u32, d.end as u32)
                .and_then(|r| r.get_client_rects())
                .map(|rects| {
                    (0..rects.length()).filter_map(|i| rects.get(i)).any(|r| {
                        x >= r.left() && x <= r.right() && y >= r.top() && y <= r.bottom()
                    })
                })
                .unwrap_or(false)
        })
    }
}
