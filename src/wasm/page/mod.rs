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
//!
//! The page's modules: `dom` builds the elements once, `events` wires the user's actions to
//! them, `editor` paints the problems over the draft and finds the one under the caret or the
//! pointer, `list` draws the problem list, `storage` keeps the draft, the profile, the
//! administrator's config and the ignored problems between visits, `files` opens a .txt or Word
//! file as the draft. What they show is decided in `crate::present`, natively tested.

mod dom;
mod editor;
mod events;
mod files;
mod list;
mod storage;

use crate::diagnostic::Report;
use crate::present::edit::ignore_key;
use crate::present::summary;
use crate::Config;
use dom::Ui;
use editor::Paint;
use files::Source;
use list::GroupView;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Event, EventTarget, HtmlElement, Storage, Window};

/// Typing is checked this long after the last key; a paste or an opened file at once.
const DEBOUNCE_MS: i32 = 250;
/// Drafts longer than this (bytes) are saved when checked rather than on every key (a save
/// copies the whole draft).
const LARGE_DRAFT: usize = 600_000;
/// A restored draft shorter than this (bytes) did not warm the checker up: the page does it
/// while idle (see `crate::warm_up`).
const WARM_DRAFT: usize = 2_000;

/// Everything the page remembers between events.
struct Page {
    win: Window,
    doc: Document,
    storage: Option<Storage>,
    /// The elements the page updates.
    ui: Ui,
    /// The administrator's config as loaded: file name and JSON text.
    admin: Option<(String, String)>,
    config: Config,
    /// The text the current report was made from.
    checked: String,
    report: Report,
    /// Indices into `report.diagnostics` of those shown (not ignored by the user).
    visible: Vec<usize>,
    /// The keys of the problems the user chose to ignore (see `ignore_key`), each once. A list:
    /// a few dozen at most, and a set type would bring its own code into the module (about 1 KB).
    ignored: Vec<String>,
    /// `checked` in UTF-16 code units (the unit of every offset in the report), encoded once per check.
    units: Vec<u16>,
    /// What the backdrop holds and how the problems are painted on it.
    paint: Paint,
    /// The problem list as drawn, so that a check redraws only the entries that changed.
    drawn: Vec<GroupView>,
    /// The list entry last jumped to (position in `visible`) and its element.
    active: Option<usize>,
    active_entry: Option<HtmlElement>,
    timer: Option<i32>,
    debounce: Option<Closure<dyn FnMut()>>,
    /// How long the last check and redraw took (ms): long drafts wait longer after typing.
    last_cost: f64,
    /// Checks of a non-empty draft so far (the first one also compiles the rules' patterns).
    checks: u32,
    /// The Word document the draft was read from, while the text is as read.
    source: Option<Source>,
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
    listen_boxed(target, event, Box::new(move |e: Event| f(e.unchecked_into::<E>())));
}

/// [`listen`] for one type of handler: wasm-bindgen's glue for a closure is made once, not once
/// per listener (a few kilobytes of the module).
fn listen_boxed(target: &EventTarget, event: &str, f: Box<dyn FnMut(Event)>) {
    let closure = Closure::wrap(f);
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

/// An element's class for a problem of severity `sev`: `rc-entry sev-error`. One function for
/// the six places, not a `format!` at each.
#[inline(never)]
fn sev_class(class: &str, sev: crate::diagnostic::Severity) -> String {
    let mut c = String::from(class);
    c.push_str(" sev-");
    c.push_str(sev.as_str());
    c
}

fn attr(e: &Element, name: &str, value: &str) -> Result<(), JsValue> {
    e.set_attribute(name, value)
}

/// Builds the page inside `root`, restores what the last visit left and checks it.
pub fn mount(root: HtmlElement) -> Result<(), JsValue> {
    let win = web_sys::window().ok_or("no window")?;
    let doc = win.document().ok_or("no document")?;
    // Storage can be refused (privacy settings, file:// in some browsers): the page still works.
    let storage = win.local_storage().ok().flatten();
    let (ui, controls) = dom::build(&root)?;
    let (admin, ignored) = storage::restore(storage.as_ref(), &ui);

    let page = Page {
        win: win.clone(),
        doc: doc.clone(),
        storage,
        ui: ui.clone(),
        admin,
        config: Config::default(),
        checked: String::new(),
        report: Report::default(),
        visible: Vec::new(),
        ignored,
        units: Vec::new(),
        paint: Paint::new(),
        drawn: Vec::new(),
        active: None,
        active_entry: None,
        timer: None,
        debounce: None,
        last_cost: 0.0,
        checks: 0,
        source: None,
    };
    PAGE.with(|p| *p.borrow_mut() = Some(page));
    with_page(|p| {
        p.debounce = Some(Closure::new(|| {
            with_page(|p| {
                p.timer = None;
                p.run_check();
            });
        }));
        p.paint.sync_frame = Some(Closure::new(|| {
            with_page(|p| {
                p.paint.sync_pending = false;
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

    events::wire(&doc, &ui, &controls);
    Ok(())
}

impl Page {
    fn schedule_check(&mut self) {
        if let Some(t) = self.timer.take() {
            self.win.clear_timeout_with_handle(t);
        }
        // A draft that takes long to check waits for a longer pause, so typing stays smooth.
        let wait = DEBOUNCE_MS.max((self.last_cost * 2.0).min(1500.0) as i32);
        // Results are out of date until the check runs: say so to assistive technology.
        attr(&self.ui.side, "aria-busy", "true").ok();
        if let Some(cb) = &self.debounce {
            self.timer =
                self.win.set_timeout_with_callback_and_timeout_and_arguments_0(cb.as_ref().unchecked_ref(), wait).ok();
        }
    }

    /// Re-checks now if the editor no longer holds the checked text. Returns true if it did.
    fn ensure_fresh(&mut self) -> bool {
        if self.ui.editor.value() != self.checked {
            self.run_check();
            true
        } else {
            false
        }
    }

    fn run_check(&mut self) {
        if let Some(t) = self.timer.take() {
            self.win.clear_timeout_with_handle(t);
        }
        let began = js_sys::Date::now();
        self.checked = self.ui.editor.value();
        if self.checked.len() > LARGE_DRAFT {
            self.save_text(&self.checked); // large drafts are saved here rather than on every key
        }
        self.report = crate::check(&self.checked, &self.config);
        self.units.clear();
        self.units.extend(self.checked.encode_utf16());
        self.active = None;
        self.render(true);
        attr(&self.ui.side, "aria-busy", "false").ok();
        if !self.checked.is_empty() {
            self.checks += 1;
            if self.checks > 1 {
                self.last_cost = js_sys::Date::now() - began;
            }
        }
    }

    /// Draws highlights, summary and list for the current report. `fresh`: the caller knows the
    /// editor holds the checked text (saves reading the whole draft back from the editor).
    fn render(&mut self, fresh: bool) {
        // A loop rather than two collected iterators: less code in the module.
        self.visible.clear();
        for (i, d) in self.report.diagnostics.iter().enumerate() {
            if self.ignored.is_empty() || !self.ignored.contains(&ignore_key(&self.units, d)) {
                self.visible.push(i);
            }
        }
        self.paint_backdrop();
        self.render_summary();
        self.render_list();
        if fresh {
            self.show_current_with(true);
        } else {
            self.show_current();
        }
        self.ui.count.set_text_content(Some(&summary::length_text(&self.checked)));
    }

    fn render_summary(&self) {
        let mut counts = [0usize; 3];
        for &i in &self.visible {
            counts[self.report.diagnostics[i].severity as usize] += 1;
        }
        let s = &self.report.summary;
        let cut = s.truncated.then_some((s.total, self.report.diagnostics.len()));
        let text = summary::page_summary(self.checked.trim().is_empty(), counts, cut);
        self.ui.summary.set_text_content(Some(&text));
        self.ui.summary.set_class_name(summary::page_summary_class(counts));
        let hidden = self.report.diagnostics.len() - self.visible.len();
        self.ui.ignored_bar.set_text_content(None);
        self.ui.ignored_bar.set_hidden(hidden == 0);
        if hidden > 0 {
            let note = el(&self.doc, "span", "", &summary::ignored_note(hidden)).ok();
            let button = el(&self.doc, "button", "rc-link", "全部恢复").ok();
            if let (Some(n), Some(b)) = (note, button) {
                attr(&b, "type", "button").ok();
                self.ui.ignored_bar.append_child(&n).ok();
                self.ui.ignored_bar.append_child(&b).ok();
            }
        }
    }
}
