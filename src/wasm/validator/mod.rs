//! The pre-submit validator that drops into an existing OA form (issue 7).
//!
//! `www/report-check-validator.js` (a thin ES5 loader) loads the wasm, watches submit events and
//! clicks on submit controls in the capture phase, and asks [`Validator::attempt`] whether a
//! submission may go on. Everything else happens here: reading the draft from its field
//! (`field.rs`), checking it with the core, the panel (`panel.rs`), highlights in the field,
//! constraint validation, `aria-invalid`, live updates while the user edits, jumping to a
//! problem, and 仍然提交 (submit anyway) in warn mode.
//!
//! The body field is found when it matters, not once at `attach` (issue 17): at every check and
//! submit, and when focus enters the form. Editors build themselves after the page has loaded
//! and hide the textarea they were given (TinyMCE, CKEditor, KindEditor, UEditor); that
//! textarea only receives the content during the editor's own submit handling, so the draft is
//! read from the editor the user sees, never from it. The panel goes after the editor's
//! outermost box (`place.rs`), never inside a box that clips it or over the host's controls.
//!
//! What this never does: change the user's text, move the caret (except when the user clicks
//! a problem), or touch the host's DOM outside its panel. `aria-invalid` and the custom
//! validity message are the only attributes of host elements it sets, and it restores them.
//! Failures are the loader's business: any error thrown here lets the submission through
//! (fail open) unless the administrator asked for `failClosed`.

mod field;
mod panel;
mod place;

use crate::{Config, Diagnostic, Report, Severity};
use field::{element_of, find_editor, is_rendered, Field, Snapshot};
use panel::{Item, Panel, View};
use serde::Serialize;
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Event, EventTarget, HtmlElement, HtmlFormElement};

/// At most this many problems are listed in the panel; the count covers all.
const LISTED: usize = 100;
/// After `attach`, the body is looked for again this many times while it is still a plain
/// control, with waits doubling from `RELOOK_FIRST_MS` (about 16 s in all): editors build
/// themselves after the page has loaded, and the user's first edit in one should warm the checker
/// up. Then no more looks on a timer (at focus, check and submit only).
const RELOOKS: u32 = 6;
const RELOOK_FIRST_MS: i32 = 250;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// Errors stop the submission.
    Block,
    /// Errors stop it until the user chooses 仍然提交.
    Warn,
}

/// One field's share of the checked text.
struct Part {
    field: Field,
    is_title: bool,
    /// UTF-16 offset of the field's text in the checked text, and its length.
    start: u32,
    len: u32,
    snap: Snapshot,
}

/// A draft as read and checked.
struct Checked {
    text: String,
    parts: Vec<Part>,
    report: Report,
}

impl Checked {
    /// The part holding diagnostic `d`, and `d`'s span clamped to it, in the field's own offsets.
    fn locate(&self, d: &Diagnostic) -> Option<(&Part, u32, u32)> {
        let (s, e) = (d.start as u32, d.end as u32);
        let part = self.parts.iter().rev().find(|p| p.start <= s)?;
        let from = (s - part.start).min(part.len);
        let to = e.saturating_sub(part.start).clamp(from, part.len);
        Some((part, from, to))
    }

    fn title_lines(&self) -> usize {
        self.parts.iter().filter(|p| p.is_title).map(|p| p.snap.text.matches('\n').count() + 1).sum()
    }
}

/// How the body field is found. It is looked up again at every check and submit, because
/// editors build themselves after the page has loaded (TinyMCE, CKEditor, UEditor, KindEditor
/// replace the textarea they were given) and some rebuild themselves later.
enum BodySpec {
    /// What `field` named: an element, or a selector.
    Named(JsValue),
    /// The form's marked field, else its visible editor, else its largest textarea.
    Auto,
}

/// An event listener as added: its target and the callback (kept alive while it listens).
type Listener = (EventTarget, Closure<dyn FnMut(Event)>);

/// The body field as found by the last look-up, and the `input` listener bound to it.
struct Bound {
    field: Field,
    /// The element an editor replaced (the hidden textarea it was given), when the body was found through it.
    source: Option<Element>,
    listener: Option<Listener>,
}

struct Inner {
    form: Element,
    body_spec: BodySpec,
    body: RefCell<Option<Bound>>,
    title: Option<Field>,
    /// Where the panel goes when the administrator named a place (`panel`).
    panel_in: Option<Element>,
    config: Config,
    mode: Mode,
    delay: i32,
    /// The panel is showing: edits update it.
    live: Cell<bool>,
    /// A submission the user already allowed (仍然提交) is being replayed.
    bypass: Cell<bool>,
    detached: Cell<bool>,
    /// The checker has been warmed up (done once, at the user's first edit).
    warmed: Cell<bool>,
    /// The control that started the last blocked submission, to replay it.
    submitter: RefCell<Option<HtmlElement>>,
    last: RefCell<Option<Rc<Checked>>>,
    panel: RefCell<Option<Rc<Panel>>>,
    timer: Cell<Option<i32>>,
    tick: RefCell<Option<Closure<dyn FnMut()>>>,
    /// The looks for a late editor: how many were scheduled, the pending one, its callback.
    relooks: Cell<u32>,
    relook_timer: Cell<Option<i32>>,
    relook: RefCell<Option<Closure<dyn FnMut()>>>,
    listeners: RefCell<Vec<(EventTarget, &'static str, Closure<dyn FnMut(Event)>)>>,
    /// Elements given `aria-invalid`, with the value they had before.
    aria: RefCell<Vec<(HtmlElement, Option<String>)>>,
    /// Controls given a custom validity message.
    invalid: RefCell<Vec<Field>>,
    /// Highlight names and the style sheets adopted for them, per document touched.
    painted: RefCell<Vec<(web_sys::Window, Document, JsValue)>>,
    names: (String, String),
    /// This validator, weakly: for callbacks that must not keep it alive after `detach`.
    me: Weak<Inner>,
}

thread_local! {
    static NEXT_ID: Cell<u32> = const { Cell::new(1) };
}

/// The validator attached to one form, as JavaScript holds it.
#[wasm_bindgen(js_name = ReportCheckValidator)]
pub struct Validator {
    inner: Rc<Inner>,
}

/// Attaches the validator to `target` (a form, a field inside one, or a selector) with
/// `options` `{ field, title, config, mode, panel, delay, live }`. Throws an `Error` when the
/// form or the field cannot be found or the config is invalid.
#[wasm_bindgen(js_name = attachValidator)]
pub fn attach_validator(target: JsValue, options: JsValue) -> Result<Validator, JsValue> {
    let win = web_sys::window().ok_or_else(|| err("no window"))?;
    let doc = win.document().ok_or_else(|| err("no document"))?;
    let opt = |name: &str| -> JsValue {
        if options.is_object() {
            js_sys::Reflect::get(&options, &name.into()).unwrap_or(JsValue::UNDEFINED)
        } else {
            JsValue::UNDEFINED
        }
    };
    let given = element_of(&target, &doc).ok_or_else(|| err("ReportCheck: 找不到要检查的表单"))?;
    let form = if given.tag_name() == "FORM" {
        given.clone()
    } else {
        given.closest("form").ok().flatten().unwrap_or_else(|| given.clone())
    };

    // The body is looked up at each check, not now: an editor created after this call is found.
    let field_opt = opt("field");
    let body_spec = if !field_opt.is_undefined() && !field_opt.is_null() {
        if field_opt.as_string().is_none() && element_of(&field_opt, &doc).is_none() {
            return Err(err("ReportCheck: field 应是元素或选择器"));
        }
        BodySpec::Named(field_opt)
    } else if given.tag_name() != "FORM" && given != form {
        BodySpec::Named(given.clone().into())
    } else {
        BodySpec::Auto
    };
    let title_opt = opt("title");
    let title = if !title_opt.is_undefined() && !title_opt.is_null() {
        let el = element_of(&title_opt, &doc).ok_or_else(|| err("ReportCheck: 找不到 title 指定的标题输入框"))?;
        Some(Field::from_element(&el).ok_or_else(|| err("ReportCheck: title 指定的元素不是输入框"))?)
    } else {
        form.query_selector("[data-report-check-title]").ok().flatten().and_then(|el| Field::from_element(&el))
    };
    let config = read_config(opt("config"))?;
    let mode = match opt("mode").as_string().as_deref() {
        None | Some("block") => Mode::Block,
        Some("warn") => Mode::Warn,
        Some(other) => return Err(err(&format!("ReportCheck: mode 只能是 block 或 warn,不是“{other}”"))),
    };
    let panel_in = {
        let p = opt("panel");
        if p.is_undefined() || p.is_null() { None } else { Some(element_of(&p, &doc).ok_or_else(|| err("ReportCheck: 找不到 panel 指定的元素"))?) }
    };
    let delay = opt("delay").as_f64().map(|d| d.clamp(0.0, 10_000.0) as i32).unwrap_or(400);
    let id = NEXT_ID.with(|n| {
        let id = n.get();
        n.set(id + 1);
        id
    });
    let inner = Rc::new_cyclic(|me| Inner {
        form,
        body_spec,
        body: RefCell::new(None),
        title,
        panel_in,
        config,
        mode,
        delay,
        live: Cell::new(opt("live").as_bool().unwrap_or(false)),
        bypass: Cell::new(false),
        detached: Cell::new(false),
        warmed: Cell::new(false),
        submitter: RefCell::new(None),
        last: RefCell::new(None),
        panel: RefCell::new(None),
        timer: Cell::new(None),
        tick: RefCell::new(None),
        relooks: Cell::new(0),
        relook_timer: Cell::new(None),
        relook: RefCell::new(None),
        listeners: RefCell::new(Vec::new()),
        aria: RefCell::new(Vec::new()),
        invalid: RefCell::new(Vec::new()),
        painted: RefCell::new(Vec::new()),
        names: (format!("report-check-error-{id}"), format!("report-check-warning-{id}")),
        me: me.clone(),
    });
    Inner::listen(&inner)?;
    // Bound now to what is there (the user's first edit warms the checker up); looked up again
    // when the user enters a field of the form and at every check.
    let _ = inner.resolve_body();
    inner.relook_later();
    if inner.live.get() {
        let _ = inner.refresh();
    }
    Ok(Validator { inner })
}

fn err(msg: &str) -> JsValue {
    js_sys::Error::new(msg).into()
}

/// The body field of a form when none is named: its visible editor (iframe or
/// contenteditable), else its largest textarea (or the editor that replaced it).
fn find_body(form: &Element) -> Option<(Field, Option<Element>)> {
    if let Some(f) = find_editor(form, true) {
        return Some((f, None));
    }
    let areas = form.query_selector_all("textarea").ok()?;
    let mut best: Option<(i32, Element)> = None;
    for i in 0..areas.length() {
        if let Some(el) = areas.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
            let size = el.client_width() * el.client_height();
            if best.as_ref().map(|(s, _)| size > *s).unwrap_or(true) {
                best = Some((size, el));
            }
        }
    }
    match best {
        Some((_, el)) => resolve_named(&el, form),
        None => find_editor(form, false).map(|f| (f, None)),
    }
}

/// The field an element stands for. A textarea (or any element) an editor has hidden and
/// replaced stands for that editor: the user types there, and the editor copies its content
/// into the textarea only when the form is submitted. The editor is looked for beside the
/// element first, then ever further out, up to the form.
fn resolve_named(el: &Element, form: &Element) -> Option<(Field, Option<Element>)> {
    if is_rendered(el) || el.tag_name() == "IFRAME" {
        return Field::from_element(el).map(|f| (f, None));
    }
    let near = [el.next_element_sibling(), el.previous_element_sibling()];
    for sib in near.iter().flatten().filter(|s| is_rendered(s)) {
        if let Some(f) = Field::from_element(sib).filter(|f| !f.is_control()) {
            return Some((f, Some(el.clone())));
        }
    }
    let mut a = el.parent_element();
    while let Some(p) = a {
        if let Some(f) = find_editor(&p, true) {
            return Some((f, Some(el.clone())));
        }
        if &p == form || p.tag_name() == "BODY" {
            break;
        }
        a = p.parent_element();
    }
    // No editor (yet): the element itself.
    Field::from_element(el).map(|f| (f, None))
}

/// The core's config from what the administrator passed: an object, a JSON string, or nothing.
fn read_config(v: JsValue) -> Result<Config, JsValue> {
    if v.is_undefined() || v.is_null() {
        return Ok(Config::default());
    }
    let v = match v.as_string() {
        Some(json) => js_sys::JSON::parse(&json).map_err(|_| err("ReportCheck: config 不是有效的 JSON"))?,
        None => v,
    };
    crate::wasm::config_from_value(v).map_err(|e| err(&format!("ReportCheck: {e}")))
}

/// A diagnostic as `check()` returns it to JavaScript.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct DiagnosticOut<'a> {
    rule: &'a str,
    severity: &'static str,
    message: &'a str,
    /// `title` or `body`.
    field: &'static str,
    /// UTF-16 offsets in the field's own text.
    start: u32,
    end: u32,
    /// 1-based line in the field's own text.
    line: usize,
    text: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ResultOut<'a> {
    /// No error: a submission would go through.
    ok: bool,
    errors: usize,
    warnings: usize,
    infos: usize,
    total: usize,
    diagnostics: Vec<DiagnosticOut<'a>>,
}

#[wasm_bindgen(js_class = ReportCheckValidator)]
impl Validator {
    /// A submission is starting (`submitter`: the control that started it, or null). Returns
    /// whether it may go on; when not, the panel shows why. Throws if the field cannot be read.
    pub fn attempt(&self, submitter: JsValue) -> Result<bool, JsValue> {
        let inner = &self.inner;
        if inner.detached.get() || inner.bypass.get() {
            return Ok(true);
        }
        let Some(checked) = inner.evaluate()? else {
            web_sys::console::warn_1(&"ReportCheck: 找不到正文或编辑器尚未就绪,本次提交不做检查".into());
            return Ok(true);
        };
        if let Some(p) = inner.panel.borrow().as_ref() {
            p.undismiss(); // a new submission shows the panel again
        }
        let blocked = checked.report.summary.errors > 0;
        if blocked {
            *inner.submitter.borrow_mut() = submitter.dyn_into::<HtmlElement>().ok();
        }
        if !blocked {
            inner.clear_validity();
        }
        // A clean draft leaves no trace; problems (blocking or not) are shown.
        if checked.report.summary.total > 0 || inner.live.get() {
            inner.render(&checked)?;
        }
        if blocked {
            inner.report_validity(&checked);
        }
        Ok(!blocked)
    }

    /// Checks the draft now, shows the result in the panel and returns it:
    /// `{ ok, errors, warnings, infos, total, diagnostics: [{ rule, severity, message, field, start, end, line, text }] }`.
    /// `null` when there is no body to check yet (an editor not yet built).
    pub fn check(&self) -> Result<JsValue, JsValue> {
        let Some(checked) = self.inner.evaluate()? else { return Ok(JsValue::NULL) };
        self.inner.render(&checked)?;
        let s = &checked.report.summary;
        let title_lines = checked.title_lines();
        let diagnostics = checked
            .report
            .diagnostics
            .iter()
            .filter_map(|d| {
                let (part, start, end) = checked.locate(d)?;
                Some(DiagnosticOut {
                    rule: &d.rule,
                    severity: d.severity.as_str(),
                    message: &d.message,
                    field: if part.is_title { "title" } else { "body" },
                    start,
                    end,
                    line: if part.is_title { d.line } else { d.line.saturating_sub(title_lines) },
                    text: part.snap.slice(start, end),
                })
            })
            .collect();
        let out = ResultOut { ok: s.errors == 0, errors: s.errors, warnings: s.warnings, infos: s.infos, total: s.total, diagnostics };
        out.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(|e| err(&e.to_string()))
    }

    /// Removes the panel, highlights, listeners and every attribute set; the form is as before.
    pub fn detach(&self) {
        self.inner.detach();
    }

    /// The form (or container) the validator watches.
    #[wasm_bindgen(getter)]
    pub fn form(&self) -> Element {
        self.inner.form.clone()
    }

    /// The element holding the draft body as last found (the form before any was found).
    #[wasm_bindgen(getter)]
    pub fn field(&self) -> Element {
        self.inner.body.borrow().as_ref().map(|b| b.field.anchor()).unwrap_or_else(|| self.inner.form.clone())
    }
}

impl Inner {
    fn listen(this: &Rc<Inner>) -> Result<(), JsValue> {
        let weak = this.me.clone();
        let relook_weak = weak.clone();
        *this.relook.borrow_mut() = Some(Closure::<dyn FnMut()>::new(move || {
            if let Some(inner) = relook_weak.upgrade() {
                inner.relook_timer.set(None);
                if !inner.detached.get() {
                    let _ = inner.resolve_body();
                    inner.relook_later();
                }
            }
        }));
        let tick_weak = weak.clone();
        *this.tick.borrow_mut() = Some(Closure::<dyn FnMut()>::new(move || {
            if let Some(inner) = tick_weak.upgrade() {
                inner.timer.set(None);
                if let Err(e) = inner.refresh() {
                    web_sys::console::warn_2(&"ReportCheck: 检查失败".into(), &e);
                }
            }
        }));
        // An editor built after `attach` is found when the user enters it: focus moves into the
        // form (an iframe editor's element takes the focus in the page too).
        let w: Weak<Inner> = weak.clone();
        let cb = Closure::<dyn FnMut(Event)>::new(move |_: Event| {
            if let Some(inner) = w.upgrade() {
                if !inner.detached.get() {
                    let _ = inner.resolve_body();
                }
            }
        });
        this.form.add_event_listener_with_callback("focusin", cb.as_ref().unchecked_ref())?;
        this.listeners.borrow_mut().push((this.form.clone().into(), "focusin", cb));
        // The body's listener is bound when the body is found (`resolve_body`), the title's now.
        let fields: Vec<Field> = this.title.iter().cloned().collect();
        for f in fields {
            if let Some(target) = f.input_target() {
                let w: Weak<Inner> = weak.clone();
                let cb = Closure::<dyn FnMut(Event)>::new(move |_: Event| {
                    if let Some(inner) = w.upgrade() {
                        inner.edited();
                    }
                });
                target.add_event_listener_with_callback("input", cb.as_ref().unchecked_ref())?;
                this.listeners.borrow_mut().push((target, "input", cb));
            }
        }
        Ok(())
    }

    /// Schedules the next look for a late editor (see [`RELOOKS`]), unless the body is an editor
    /// already or the looks are used up.
    fn relook_later(&self) {
        let n = self.relooks.get();
        let rich = self.body.borrow().as_ref().is_some_and(|b| !b.field.is_control());
        if n >= RELOOKS || rich || self.detached.get() {
            return;
        }
        let Some(win) = web_sys::window() else { return };
        if let Some(cb) = self.relook.borrow().as_ref() {
            if let Ok(t) = win.set_timeout_with_callback_and_timeout_and_arguments_0(cb.as_ref().unchecked_ref(), RELOOK_FIRST_MS << n) {
                self.relooks.set(n + 1);
                self.relook_timer.set(Some(t));
            }
        }
    }

    /// The user changed the draft: the browser's validity message goes at once (it would
    /// otherwise stop the next submit with a stale message); the panel follows after a pause.
    fn edited(&self) {
        self.clear_validity();
        // The user is writing and will submit later: get the checker ready while they do, so the
        // check at submit runs warm (the first check after loading is several times slower).
        if !self.warmed.replace(true) {
            crate::wasm::warm_up_when_idle(self.config.clone());
        }
        if !self.live.get() {
            return;
        }
        let Some(win) = web_sys::window() else { return };
        if let Some(t) = self.timer.take() {
            win.clear_timeout_with_handle(t);
        }
        let tick = self.tick.borrow();
        if let Some(cb) = tick.as_ref() {
            if let Ok(t) = win.set_timeout_with_callback_and_timeout_and_arguments_0(cb.as_ref().unchecked_ref(), self.delay) {
                self.timer.set(Some(t));
            }
        }
    }

    /// Re-checks and re-renders (the debounced update).
    fn refresh(&self) -> Result<(), JsValue> {
        if self.detached.get() {
            return Ok(());
        }
        match self.evaluate()? {
            Some(checked) => self.render(&checked),
            None => Ok(()),
        }
    }

    /// Finds the body field now (see [`BodySpec`]) and keeps its `input` listener on it: when an
    /// editor has been built or rebuilt since the last look, the listener moves to the new one.
    fn resolve_body(&self) -> Option<Field> {
        let doc = self.form.owner_document()?;
        let named = match &self.body_spec {
            BodySpec::Named(v) => element_of(v, &doc),
            BodySpec::Auto => self.form.query_selector("[data-report-check-field]").ok().flatten(),
        };
        // A name that finds nothing yet (`#editor iframe` before the editor is built): the form's own.
        let (field, source) = named.and_then(|el| resolve_named(&el, &self.form)).or_else(|| find_body(&self.form))?;
        let target = field.input_target();
        let mut bound = self.body.borrow_mut();
        let same_target = bound.as_ref().and_then(|b| b.listener.as_ref()).map(|(t, _)| Some(t) == target.as_ref()).unwrap_or(target.is_none());
        let listener = if same_target {
            bound.as_mut().and_then(|b| b.listener.take())
        } else {
            if let Some((t, cb)) = bound.as_mut().and_then(|b| b.listener.take()) {
                let _ = t.remove_event_listener_with_callback("input", cb.as_ref().unchecked_ref());
            }
            target.and_then(|t| {
                let w = self.me.clone();
                let cb = Closure::<dyn FnMut(Event)>::new(move |_: Event| {
                    if let Some(inner) = w.upgrade() {
                        inner.edited();
                    }
                });
                t.add_event_listener_with_callback("input", cb.as_ref().unchecked_ref()).ok()?;
                Some((t, cb))
            })
        };
        *bound = Some(Bound { field: field.clone(), source, listener });
        Some(field)
    }

    /// Reads every field and checks the draft. The core is skipped when the text is the one
    /// checked last (a click and the submit event it causes read the same draft).
    /// `None` when there is no body to read yet (no field found, or an editor not yet built).
    fn evaluate(&self) -> Result<Option<Rc<Checked>>, JsValue> {
        let Some(body) = self.resolve_body() else { return Ok(None) };
        let mut text = String::new();
        let mut parts = Vec::new();
        let mut units = 0u32;
        let fields = self.title.iter().map(|f| (f, true)).chain(std::iter::once((&body, false)));
        for (field, is_title) in fields {
            let Some(snap) = field.read() else { return Ok(None) };
            if is_title && snap.text.trim().is_empty() {
                continue;
            }
            let len = snap.text.encode_utf16().count() as u32;
            text.push_str(&snap.text);
            parts.push(Part { field: field.clone(), is_title, start: units, len, snap });
            units += len;
            if is_title {
                // The title is the draft's first line, as the core expects.
                text.push('\n');
                units += 1;
            }
        }
        let previous = self.last.borrow().as_ref().filter(|c| c.text == text).map(|c| c.report.clone());
        let report = match previous {
            Some(r) => r,
            None => crate::check(&text, &self.config),
        };
        let checked = Rc::new(Checked { text, parts, report });
        *self.last.borrow_mut() = Some(checked.clone());
        Ok(Some(checked))
    }

    fn render(&self, checked: &Checked) -> Result<(), JsValue> {
        let panel = self.ensure_panel()?;
        let s = &checked.report.summary;
        let title_lines = checked.title_lines();
        let items = checked
            .report
            .diagnostics
            .iter()
            .take(LISTED)
            .filter_map(|d| {
                let (part, start, end) = checked.locate(d)?;
                let place = if part.is_title { "标题".to_string() } else { format!("第 {} 行", d.line.saturating_sub(title_lines)) };
                let mut quoted = excerpt(&part.snap, start, end);
                if d.message.contains(quoted.as_str()) {
                    quoted.clear(); // the message already quotes it
                }
                Some(Item { severity: d.severity, place, message: d.message.clone(), excerpt: quoted })
            })
            .collect::<Vec<_>>();
        let shown = checked.report.diagnostics.len().min(LISTED);
        let more = (s.total > shown).then(|| format!("另有 {} 个问题未列出", s.total - shown));
        let count = if s.total == 0 {
            "未发现问题".to_string()
        } else {
            let mut parts = Vec::new();
            if s.errors > 0 {
                parts.push(format!("{} 个错误", s.errors));
            }
            if s.warnings > 0 {
                parts.push(format!("{} 个提醒", s.warnings));
            }
            if s.infos > 0 {
                parts.push(format!("{} 个提示", s.infos));
            }
            format!("发现 {} 个问题:{}", s.total, parts.join(","))
        };
        let (tone, status) = if s.errors > 0 {
            match self.mode {
                Mode::Block => ("error", format!("有 {} 个错误需要修改,改好后才能提交。点击下面的问题可跳到原文。", s.errors)),
                Mode::Warn => ("error", format!("有 {} 个错误,建议修改后再提交;确认无误可点“仍然提交”。", s.errors)),
            }
        } else if s.total > 0 {
            ("warn", "没有必须修改的错误,可以提交;下面的提醒请留意。".to_string())
        } else {
            ("ok", "问题已全部修改,可以提交。".to_string())
        };
        let view = View { tone, count, status, items, more, anyway: self.mode == Mode::Warn && s.errors > 0 };
        panel.show(&view)?;
        if let Some(body) = checked.parts.iter().find(|p| !p.is_title) {
            let source = self.body.borrow().as_ref().and_then(|b| b.source.clone());
            self.position(&panel, &body.field, source.as_ref());
        }
        self.live.set(true);
        self.mark_invalid(checked);
        self.paint(checked);
        Ok(())
    }

    fn ensure_panel(&self) -> Result<Rc<Panel>, JsValue> {
        if let Some(p) = self.panel.borrow().as_ref() {
            return Ok(p.clone());
        }
        let doc = self.form.owner_document().ok_or_else(|| err("no document"))?;
        let me = self.me.clone();
        let me2 = me.clone();
        let panel = Rc::new(Panel::new(
            &doc,
            move |i| {
                if let Some(inner) = me.upgrade() {
                    inner.jump(i);
                }
            },
            move || {
                if let Some(inner) = me2.upgrade() {
                    inner.submit_anyway();
                }
            },
        )?);
        *self.panel.borrow_mut() = Some(panel.clone());
        Ok(panel)
    }

    /// Puts the panel where a person sees it: in the element the administrator named, else
    /// after the editor's outermost box (see `place.rs`), else as a bar at the bottom of the window.
    fn position(&self, panel: &Panel, field: &Field, source: Option<&Element>) {
        if let Some(c) = &self.panel_in {
            let _ = panel.put_in(c);
            return;
        }
        let Some(win) = self.form.owner_document().and_then(|d| d.default_view()) else { return };
        let start = field.anchor();
        // The form's own boxes are the editor's surroundings. A container attached in place of a
        // form (a page with no form) may be the editor's own fixed-height box: it counts as inside.
        let outer = if self.form.tag_name() == "FORM" { Some(self.form.clone()) } else { self.form.parent_element() };
        let boundary = outer.filter(|b| b != &start && b.contains(Some(start.unchecked_ref())));
        let boundary = boundary.as_ref();
        let mut anchor = place::editor_box(&start, boundary, source, &win);
        for _ in 0..place::MAX_CLIMBS {
            if panel.put_after(&anchor).is_err() {
                break;
            }
            match place::overflowed(panel.host(), boundary, &win) {
                place::Measure::Fits => return,
                place::Measure::ClimbOutOf(el) => anchor = el,
                place::Measure::Unplaceable => break,
            }
        }
        let _ = panel.put_bar();
    }

    /// The user clicked problem `i` in the panel: select it in its field.
    fn jump(&self, i: usize) {
        let Some(checked) = self.last.borrow().clone() else { return };
        let Some(d) = checked.report.diagnostics.get(i) else { return };
        if let Some((part, start, end)) = checked.locate(d) {
            part.field.select(&part.snap, start, end);
        }
    }

    /// 仍然提交: the user saw the errors and submits anyway. The submission they started is
    /// replayed with the check switched off for its duration (the click, then the submit event
    /// it causes), so the host's own handlers run as they would have.
    fn submit_anyway(&self) {
        self.clear_validity();
        let submitter = self.submitter.borrow().clone();
        self.bypass.set(true);
        match submitter {
            Some(el) if el.is_connected() => el.click(),
            _ => request_submit(&self.form),
        }
        self.bypass.set(false);
    }

    /// `aria-invalid` on every field holding an error; removed (restored) from the others.
    fn mark_invalid(&self, checked: &Checked) {
        let mut with_errors: Vec<HtmlElement> = Vec::new();
        for d in checked.report.diagnostics.iter().filter(|d| d.severity == Severity::Error) {
            if let Some(el) = checked.locate(d).and_then(|(p, _, _)| p.field.element()) {
                if !with_errors.iter().any(|e| e == &el) {
                    with_errors.push(el);
                }
            }
        }
        let mut aria = self.aria.borrow_mut();
        aria.retain(|(el, before)| {
            if with_errors.contains(el) {
                return true;
            }
            restore_attr(el, "aria-invalid", before.as_deref());
            false
        });
        for el in with_errors {
            if !aria.iter().any(|(e, _)| e == &el) {
                aria.push((el.clone(), el.get_attribute("aria-invalid")));
                let _ = el.set_attribute("aria-invalid", "true");
            }
        }
    }

    /// The browser's own validity bubble on a textarea/input holding the first error.
    fn report_validity(&self, checked: &Checked) {
        let Some(d) = checked.report.diagnostics.iter().find(|d| d.severity == Severity::Error) else { return };
        let Some((part, _, _)) = checked.locate(d) else { return };
        let msg = format!("{}(共 {} 个错误,见下方列表)", d.message, checked.report.summary.errors);
        let shown = match &part.field {
            Field::TextArea(t) => {
                t.set_custom_validity(&msg);
                true
            }
            Field::Input(i) => {
                i.set_custom_validity(&msg);
                true
            }
            _ => false,
        };
        if shown {
            self.invalid.borrow_mut().push(part.field.clone());
            // `reportValidity` fires `invalid` at the host; no borrow is held here.
            match &part.field {
                Field::TextArea(t) => {
                    t.report_validity();
                }
                Field::Input(i) => {
                    i.report_validity();
                }
                _ => {}
            }
        }
    }

    fn clear_validity(&self) {
        let fields: Vec<Field> = self.invalid.borrow_mut().drain(..).collect();
        for f in fields {
            match f {
                Field::TextArea(t) => t.set_custom_validity(""),
                Field::Input(i) => i.set_custom_validity(""),
                _ => {}
            }
        }
    }

    /// Highlights the problems in rich fields with the CSS Custom Highlight API (Chromium 105+):
    /// no element is added to the editor, so neither its content nor its undo history changes.
    /// Where the API is missing nothing is highlighted; the panel and jumping still work.
    fn paint(&self, checked: &Checked) {
        self.unpaint_ranges();
        let mut by_realm: Vec<(web_sys::Window, Document, Vec<JsValue>, Vec<JsValue>)> = Vec::new();
        for d in &checked.report.diagnostics {
            let Some((part, start, end)) = checked.locate(d) else { continue };
            if part.field.is_control() || start == end {
                continue;
            }
            let Some((win, doc)) = part.field.realm() else { continue };
            let Some(range) = part.field.range(&part.snap, start, end) else { continue };
            let slot = match by_realm.iter().position(|(_, d, _, _)| d == &doc) {
                Some(i) => i,
                None => {
                    by_realm.push((win, doc, Vec::new(), Vec::new()));
                    by_realm.len() - 1
                }
            };
            if d.severity == Severity::Error {
                by_realm[slot].2.push(range.into());
            } else {
                by_realm[slot].3.push(range.into());
            }
        }
        for (win, doc, errors, warnings) in by_realm {
            let _ = self.paint_in(&win, &doc, &errors, &warnings);
        }
    }

    fn paint_in(&self, win: &web_sys::Window, doc: &Document, errors: &[JsValue], warnings: &[JsValue]) -> Result<(), JsValue> {
        use js_sys::{Array, Function, Reflect};
        let css = Reflect::get(win, &"CSS".into())?;
        let registry = if css.is_object() { Reflect::get(&css, &"highlights".into())? } else { JsValue::UNDEFINED };
        let ctor = Reflect::get(win, &"Highlight".into())?;
        if !registry.is_object() || !ctor.is_function() {
            return Ok(());
        }
        let set: Function = Reflect::get(&registry, &"set".into())?.dyn_into()?;
        let ctor: Function = ctor.unchecked_into();
        for (name, ranges) in [(&self.names.0, errors), (&self.names.1, warnings)] {
            if ranges.is_empty() {
                continue;
            }
            let h = Reflect::construct(&ctor, &ranges.iter().collect::<Array>())?;
            set.call2(&registry, &JsValue::from_str(name), &h)?;
        }
        if !self.painted.borrow().iter().any(|(_, d, _)| d == doc) {
            let sheet = self.adopt_sheet(win, doc).unwrap_or(JsValue::UNDEFINED);
            self.painted.borrow_mut().push((win.clone(), doc.clone(), sheet));
        }
        Ok(())
    }

    /// The `::highlight()` rules, as a constructed sheet adopted by the field's document (no
    /// `<style>` element enters the host DOM). Returns the sheet, to take it away on detach.
    fn adopt_sheet(&self, win: &web_sys::Window, doc: &Document) -> Result<JsValue, JsValue> {
        use js_sys::{Array, Function, Reflect};
        let ctor: Function = Reflect::get(win, &"CSSStyleSheet".into())?.dyn_into()?;
        let sheet = Reflect::construct(&ctor, &Array::new())?;
        let rules = format!(
            "::highlight({}) {{ background-color: rgba(229, 57, 53, .22); text-decoration: underline wavy #d32f2f; }}\n\
             ::highlight({}) {{ background-color: rgba(255, 179, 0, .25); text-decoration: underline wavy #b26a00; }}",
            self.names.0, self.names.1
        );
        let replace: Function = Reflect::get(&sheet, &"replaceSync".into())?.dyn_into()?;
        replace.call1(&sheet, &rules.into())?;
        let current: Array = Reflect::get(doc, &"adoptedStyleSheets".into())?.dyn_into()?;
        let next = Array::from(&current);
        next.push(&sheet);
        Reflect::set(doc, &"adoptedStyleSheets".into(), &next)?;
        Ok(sheet)
    }

    fn unpaint_ranges(&self) {
        for (win, _, _) in self.painted.borrow().iter() {
            let _ = (|| -> Result<(), JsValue> {
                use js_sys::{Function, Reflect};
                let registry = Reflect::get(&Reflect::get(win, &"CSS".into())?, &"highlights".into())?;
                let delete: Function = Reflect::get(&registry, &"delete".into())?.dyn_into()?;
                delete.call1(&registry, &JsValue::from_str(&self.names.0))?;
                delete.call1(&registry, &JsValue::from_str(&self.names.1))?;
                Ok(())
            })();
        }
    }

    fn detach(&self) {
        if self.detached.replace(true) {
            return;
        }
        if let Some(win) = web_sys::window() {
            for t in [self.timer.take(), self.relook_timer.take()].into_iter().flatten() {
                win.clear_timeout_with_handle(t);
            }
        }
        for (target, kind, cb) in self.listeners.borrow_mut().drain(..) {
            let _ = target.remove_event_listener_with_callback(kind, cb.as_ref().unchecked_ref());
        }
        if let Some((t, cb)) = self.body.borrow_mut().take().and_then(|b| b.listener) {
            let _ = t.remove_event_listener_with_callback("input", cb.as_ref().unchecked_ref());
        }
        if let Some(p) = self.panel.borrow_mut().take() {
            p.remove();
        }
        self.clear_validity();
        for (el, before) in self.aria.borrow_mut().drain(..) {
            restore_attr(&el, "aria-invalid", before.as_deref());
        }
        self.unpaint_ranges();
        for (_, doc, sheet) in self.painted.borrow_mut().drain(..) {
            let _ = (|| -> Result<(), JsValue> {
                use js_sys::{Array, Reflect};
                let current: Array = Reflect::get(&doc, &"adoptedStyleSheets".into())?.dyn_into()?;
                let kept: Array = current.iter().filter(|s| s != &sheet).collect();
                Reflect::set(&doc, &"adoptedStyleSheets".into(), &kept)?;
                Ok(())
            })();
        }
    }
}

fn restore_attr(el: &Element, name: &str, before: Option<&str>) {
    let _ = match before {
        Some(v) => el.set_attribute(name, v),
        None => el.remove_attribute(name),
    };
}

/// Submits `form` as a submit button would: the submit event first, so the host's handlers run.
fn request_submit(form: &Element) {
    let Some(form) = form.dyn_ref::<HtmlFormElement>() else { return };
    if js_sys::Reflect::has(form, &"requestSubmit".into()).unwrap_or(false) {
        let _ = form.request_submit();
        return;
    }
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    init.set_cancelable(true);
    if let Ok(ev) = Event::new_with_event_init_dict("submit", &init) {
        if form.dispatch_event(&ev).unwrap_or(false) {
            let _ = form.submit();
        }
    }
}

/// The flagged text for the list, shortened; empty for a zero-width span (a missing section).
fn excerpt(s: &Snapshot, start: u32, end: u32) -> String {
    let t = s.slice(start, end.min(start + 200));
    let t: String = t.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    let t = t.trim();
    if t.chars().count() > 24 {
        format!("{}…", t.chars().take(24).collect::<String>())
    } else {
        t.to_string()
    }
}
