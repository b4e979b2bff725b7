//! The problem panel placed next to the field: a count, an `aria-live` status line, the list of
//! problems (click one to jump to it) and, in warn mode, the 仍然提交 button.
//!
//! It lives in a shadow root so neither the host's CSS reaches it nor its CSS the host. Every
//! piece of text — messages quote the user's draft — goes in with `textContent`, never as HTML.
//! Its buttons are `type="button"`, and it holds no named control, so it never submits the host
//! form nor adds a field to what the form sends.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Event, HtmlElement, Node};

const CSS: &str = r#"
:host { all: initial; display: block; margin: 6px 0; }
:host([hidden]) { display: none; }
.box { font: 14px/1.5 "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", system-ui, sans-serif; color: #222;
  border: 1px solid #e3b5b5; border-left: 4px solid #c62828; background: #fff7f7; border-radius: 4px; padding: 8px 10px; text-align: left; }
.box.warn { border-color: #ecd59c; border-left-color: #b26a00; background: #fffbf0; }
.box.ok { border-color: #b9dcbb; border-left-color: #2e7d32; background: #f4fbf4; }
.head { display: flex; flex-wrap: wrap; align-items: center; }
.name { font-weight: bold; margin-right: 8px; }
.count { color: #444; }
.status { margin: 4px 0 2px; }
ol { list-style: none; margin: 4px 0 0; padding: 0; max-height: 15em; overflow: auto; }
li { margin: 0; padding: 0; }
.item { all: unset; box-sizing: border-box; display: block; width: 100%; cursor: pointer; padding: 3px 4px; border-radius: 3px; }
.item:hover { background: rgba(0, 0, 0, .06); }
.item:focus { outline: 2px solid #3b78c4; outline-offset: -2px; }
.sev { display: inline-block; font-size: 12px; line-height: 18px; padding: 0 5px; border-radius: 3px; margin-right: 6px; color: #fff; background: #546e7a; }
.sev.error { background: #c62828; }
.sev.warning { background: #a86200; }
.where { color: #666; margin-right: 6px; }
.excerpt { color: #7a1f1f; margin-left: 6px; }
.more { color: #666; margin-top: 2px; }
.actions { margin-top: 6px; }
.anyway { font: inherit; padding: 2px 12px; cursor: pointer; border: 1px solid #a86200; background: #fff; color: #7a4700; border-radius: 3px; }
.anyway:focus { outline: 2px solid #3b78c4; }
.close { display: none; }
:host([data-bar]) .box { position: fixed; left: 0; right: 0; bottom: 0; z-index: 2147483000; margin: 0; border-radius: 0;
  max-height: 45vh; overflow: auto; box-shadow: 0 -2px 10px rgba(0, 0, 0, .25); }
:host([data-bar]) ol { max-height: 8em; }
:host([data-bar]) .close { display: inline-block; margin-left: auto; font: inherit; font-size: 18px; line-height: 1; padding: 0 6px;
  cursor: pointer; border: 0; background: transparent; color: #555; }
"#;

/// One line of the list, ready to show.
pub struct Item {
    pub severity: crate::diagnostic::Severity,
    pub place: String,
    pub message: String,
    pub excerpt: String,
}

/// What the panel shows.
pub struct View {
    pub tone: &'static str,
    pub count: String,
    pub status: String,
    pub items: Vec<Item>,
    pub more: Option<String>,
    pub anyway: bool,
}

pub struct Panel {
    host: HtmlElement,
    boxed: Element,
    count: Element,
    status: Element,
    list: Element,
    more: Element,
    actions: HtmlElement,
    /// The user closed the bar: it stays closed until the next submission.
    dismissed: std::rc::Rc<std::cell::Cell<bool>>,
    _on_list: Closure<dyn FnMut(Event)>,
    _on_anyway: Closure<dyn FnMut(Event)>,
    _on_close: Closure<dyn FnMut(Event)>,
}

fn el(doc: &Document, tag: &str, class: &str) -> Result<Element, JsValue> {
    let e = doc.create_element(tag)?;
    if !class.is_empty() {
        e.set_class_name(class);
    }
    Ok(e)
}

impl Panel {
    /// Builds the panel (not yet in the page). `on_jump(i)` runs when problem `i` is clicked,
    /// `on_anyway` when 仍然提交 is.
    pub fn new(
        doc: &Document,
        on_jump: impl Fn(usize) + 'static,
        on_anyway: impl Fn() + 'static,
    ) -> Result<Panel, JsValue> {
        let host: HtmlElement = doc.create_element("div")?.unchecked_into();
        host.set_attribute("data-report-check-panel", "")?;
        host.set_hidden(true);
        // A shadow root where the browser has one (Chromium 53+); else the panel is plain markup.
        let root: Node = match host.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open)) {
            Ok(shadow) => {
                add_style(doc, &shadow)?;
                shadow.unchecked_into()
            }
            Err(_) => host.clone().unchecked_into(),
        };
        let boxed = el(doc, "div", "box")?;
        boxed.set_attribute("role", "region")?;
        boxed.set_attribute("aria-label", "报告检查结果")?;
        let head = el(doc, "div", "head")?;
        let name = el(doc, "span", "name")?;
        name.set_text_content(Some("报告检查"));
        let count = el(doc, "span", "count")?;
        head.append_child(&name)?;
        head.append_child(&count)?;
        // Shown only when the panel is a bar at the bottom of the window (no place in the page).
        let close = el(doc, "button", "close")?;
        close.set_attribute("type", "button")?;
        close.set_attribute("aria-label", "关闭")?;
        close.set_attribute("title", "关闭(再次提交时重新显示)")?;
        close.set_text_content(Some("×"));
        head.append_child(&close)?;
        let status = el(doc, "div", "status")?;
        status.set_attribute("role", "status")?;
        status.set_attribute("aria-live", "polite")?;
        let list = el(doc, "ol", "")?;
        list.set_attribute("aria-label", "问题列表,点击跳到原文")?;
        let more = el(doc, "div", "more")?;
        let actions: HtmlElement = el(doc, "div", "actions")?.unchecked_into();
        let anyway = el(doc, "button", "anyway")?;
        anyway.set_attribute("type", "button")?;
        anyway.set_text_content(Some("仍然提交"));
        actions.append_child(&anyway)?;
        for part in [&head, &status, &list, &more, actions.as_ref()] {
            boxed.append_child(part)?;
        }
        root.append_child(&boxed)?;

        // One listener for the whole list: the clicked item carries its index.
        let on_list = Closure::<dyn FnMut(Event)>::new(move |ev: Event| {
            let Some(target) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
            let Ok(Some(item)) = target.closest("[data-index]") else { return };
            if let Some(i) = item.get_attribute("data-index").and_then(|s| s.parse().ok()) {
                on_jump(i);
            }
        });
        list.add_event_listener_with_callback("click", on_list.as_ref().unchecked_ref())?;
        let on_anyway = Closure::<dyn FnMut(Event)>::new(move |_: Event| on_anyway());
        anyway.add_event_listener_with_callback("click", on_anyway.as_ref().unchecked_ref())?;
        let dismissed = std::rc::Rc::new(std::cell::Cell::new(false));
        let (d, h) = (dismissed.clone(), host.clone());
        let on_close = Closure::<dyn FnMut(Event)>::new(move |_: Event| {
            d.set(true);
            h.set_hidden(true);
        });
        close.add_event_listener_with_callback("click", on_close.as_ref().unchecked_ref())?;
        Ok(Panel {
            host,
            boxed,
            count,
            status,
            list,
            more,
            actions,
            dismissed,
            _on_list: on_list,
            _on_anyway: on_anyway,
            _on_close: on_close,
        })
    }

    /// The panel's element in the page (its shadow root holds the rest).
    pub fn host(&self) -> &Element {
        &self.host
    }

    /// A new submission: a bar the user closed is shown again.
    pub fn undismiss(&self) {
        self.dismissed.set(false);
    }

    /// Puts the panel at the end of `container` (the place the administrator named).
    pub fn put_in(&self, container: &Element) -> Result<(), JsValue> {
        self.set_bar(false)?;
        if self.host.parent_element().as_ref() != Some(container) {
            container.append_child(&self.host)?;
        }
        Ok(())
    }

    /// Puts the panel in the flow right after `anchor` (moved only if it is elsewhere).
    pub fn put_after(&self, anchor: &Element) -> Result<(), JsValue> {
        self.set_bar(false)?;
        let after: Option<Node> = self.host.previous_sibling();
        if after.as_ref() != Some(anchor.unchecked_ref()) {
            let parent = anchor.parent_node().ok_or_else(|| JsValue::from_str("field has no parent"))?;
            parent.insert_before(&self.host, anchor.next_sibling().as_ref())?;
        }
        Ok(())
    }

    /// Shows the panel as a bar fixed at the bottom of the window, with a close button. Its
    /// element stays at the end of the page with the bar's height, so the page can be scrolled
    /// far enough that the bar covers none of the host's controls.
    pub fn put_bar(&self) -> Result<(), JsValue> {
        let doc = self.host.owner_document().ok_or_else(|| JsValue::from_str("no document"))?;
        let body = doc.body().ok_or_else(|| JsValue::from_str("no body"))?;
        self.set_bar(true)?;
        if self.host.parent_element().as_ref() != Some(body.unchecked_ref())
            || self.host.next_element_sibling().is_some()
        {
            body.append_child(&self.host)?;
        }
        let height = self.boxed.get_bounding_client_rect().height();
        self.host.style().set_property("height", &format!("{}px", height.ceil()))?;
        Ok(())
    }

    fn set_bar(&self, bar: bool) -> Result<(), JsValue> {
        if bar {
            self.host.set_attribute("data-bar", "")?;
        } else if self.host.has_attribute("data-bar") {
            self.host.remove_attribute("data-bar")?;
            self.host.style().remove_property("height")?;
        }
        Ok(())
    }

    pub fn show(&self, view: &View) -> Result<(), JsValue> {
        let doc = self.host.owner_document().ok_or_else(|| JsValue::from_str("no document"))?;
        self.boxed.set_class_name(&format!("box {}", view.tone));
        self.count.set_text_content(Some(&view.count));
        self.list.set_text_content(None);
        for (i, item) in view.items.iter().enumerate() {
            let li = el(&doc, "li", "")?;
            let b = el(&doc, "button", "item")?;
            b.set_attribute("type", "button")?;
            b.set_attribute("data-index", &i.to_string())?;
            let sev = el(&doc, "span", &format!("sev {}", item.severity.as_str()))?;
            sev.set_text_content(Some(item.severity.label()));
            let place = el(&doc, "span", "where")?;
            place.set_text_content(Some(&item.place));
            let msg = el(&doc, "span", "msg")?;
            msg.set_text_content(Some(&item.message));
            b.append_child(&sev)?;
            b.append_child(&place)?;
            b.append_child(&msg)?;
            if !item.excerpt.is_empty() {
                let ex = el(&doc, "q", "excerpt")?;
                ex.set_text_content(Some(&item.excerpt));
                b.append_child(&ex)?;
            }
            li.append_child(&b)?;
            self.list.append_child(&li)?;
        }
        self.more.set_text_content(view.more.as_deref());
        self.actions.set_hidden(!view.anyway);
        self.host.set_hidden(self.dismissed.get());
        // Set last, after the list: screen readers announce the change of a live region.
        self.status.set_text_content(Some(&view.status));
        Ok(())
    }

    pub fn remove(&self) {
        self.host.remove();
    }
}

/// The panel's CSS: a constructed style sheet where the browser has them (no inline `<style>`,
/// so a host CSP without `'unsafe-inline'` for styles still styles the panel), else `<style>`.
fn add_style(doc: &Document, shadow: &web_sys::ShadowRoot) -> Result<(), JsValue> {
    let constructed = js_sys::Reflect::has(shadow, &"adoptedStyleSheets".into()).unwrap_or(false)
        && web_sys::CssStyleSheet::new()
            .and_then(|sheet| {
                sheet.replace_sync(CSS)?;
                shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
                Ok(())
            })
            .is_ok();
    if !constructed {
        let style = doc.create_element("style")?;
        style.set_text_content(Some(CSS));
        shadow.append_child(&style)?;
    }
    Ok(())
}
