//! The pre-submit validator that drops into an existing OA form (issue 7).
//!
//! `www/report-check-validator.js` (a thin ES5 loader) loads the wasm, watches submit events and
//! clicks on submit controls in the capture phase, and asks [`Validator::attempt`] whether a
//! submission may go on. Everything else happens here: reading the draft from its field
//! (`field.rs`, which also finds it), checking it with the core, the panel (`panel.rs`, its words
//! from `crate::present`), highlights in the field (`paint.rs`), constraint validation and
//! `aria-invalid` (`validity.rs`), live updates while the user edits, jumping to a problem, and
//! 仍然提交 (submit anyway) in warn mode.
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
mod paint;
mod panel;
mod place;
mod validity;

use crate::present::config::Refused;
use crate::present::list::{panel_excerpt, EXCERPT_UNITS};
use crate::present::summary;
use crate::{Config, Diagnostic, Report};
use field::{element_of, find_body, resolve_named, Field, Snapshot};
use panel::{Item, Panel, View};
use serde::Serialize;
use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};
use validity::restore_attr;
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
/// A listener on the form or the title, with its event's name (removed on detach).
type FormListener = (EventTarget, &'static str, Closure<dyn FnMut(Event)>);

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
    listeners: RefCell<Vec<FormListener>>,
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
        if p.is_undefined() || p.is_null() {
            None
        } else {
            Some(element_of(&p, &doc).ok_or_else(|| err("ReportCheck: 找不到 panel 指定的元素"))?)
        }
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

/// The core's config from what the administrator passed: an object, a JSON string, or nothing.
fn read_config(v: JsValue) -> Result<Config, JsValue> {
    if v.is_undefined() || v.is_null() {
        return Ok(Config::default());
    }
    let read = match v.as_string() {
        Some(json) => crate::wasm::js_config::read_json(&json),
        None => crate::wasm::config_from_value(v).map_err(Refused::Invalid),
    };
    read.map_err(|r| err(&r.for_validator()))
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
        let out = ResultOut {
            ok: s.errors == 0,
            errors: s.errors,
            warnings: s.warnings,
            infos: s.infos,
            total: s.total,
            diagnostics,
        };
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
            if let Ok(t) = win.set_timeout_with_callback_and_timeout_and_arguments_0(
                cb.as_ref().unchecked_ref(),
                RELOOK_FIRST_MS << n,
            ) {
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
            if let Ok(t) =
                win.set_timeout_with_callback_and_timeout_and_arguments_0(cb.as_ref().unchecked_ref(), self.delay)
            {
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
        let same_target = bound
            .as_ref()
            .and_then(|b| b.listener.as_ref())
            .map(|(t, _)| Some(t) == target.as_ref())
            .unwrap_or(target.is_none());
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
                let place = summary::panel_place(part.is_title, d.line, title_lines);
                let flagged = part.snap.slice(start, end.min(start + EXCERPT_UNITS));
                Some(Item {
                    severity: d.severity,
                    place,
                    message: d.message.clone(),
                    excerpt: panel_excerpt(&flagged, &d.message),
                })
            })
            .collect::<Vec<_>>();
        let shown = checked.report.diagnostics.len().min(LISTED);
        let more = summary::panel_more(s.total, shown);
        let count = summary::panel_count(s);
        let (tone, status) = summary::panel_status(s, self.mode == Mode::Warn);
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
