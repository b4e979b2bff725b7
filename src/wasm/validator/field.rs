//! The field the draft lives in, read without changing it: a `<textarea>`/`<input>`, a
//! contenteditable element, or the body of a same-origin iframe editor (UEditor, KindEditor,
//! TinyMCE, CKEditor 4, …).
//!
//! Reading a rich field walks its text nodes and builds the plain text the core checks, with a
//! map from every piece of that text back to the node it came from, so a diagnostic (UTF-16
//! offsets of the plain text) becomes a DOM `Range` for highlighting and jumping.
//! Block elements and `<br>` count as line breaks (a line is a paragraph for the rules), runs
//! of collapsible white space count as one space, as the browser renders them.
//!
//! Nothing here writes to the field: reading `.value` or text nodes moves neither the caret
//! nor the selection. Only [`Field::select`] (the user clicked a problem) touches the selection.

use std::cell::OnceCell;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{
    Document, Element, HtmlElement, HtmlIFrameElement, HtmlInputElement, HtmlTextAreaElement, Node, Range, Window,
};

/// Where a draft's text is read from.
#[derive(Clone)]
pub enum Field {
    TextArea(HtmlTextAreaElement),
    Input(HtmlInputElement),
    /// A contenteditable element in the page.
    Editable(HtmlElement),
    /// The editable body of a same-origin iframe; the body is looked up on every read because
    /// editors replace it when they (re)initialise.
    Frame(HtmlIFrameElement),
}

/// One piece of the plain text: `text_len` UTF-16 units starting at `text_start` that stand for
/// `node_len` units of `node` from `node_start` (equal lengths: character for character;
/// otherwise a collapsed run of white space). `node: None` is a line break made by a block
/// boundary or `<br>`, which has no characters in any text node.
struct Piece {
    text_start: u32,
    text_len: u32,
    node: Option<Node>,
    node_start: u32,
    node_len: u32,
    /// A run of collapsible white space read as one space.
    space: bool,
}

/// The text of a field as it was read, with what is needed to find positions again.
pub struct Snapshot {
    pub text: String,
    /// Rich fields only: the text's pieces in order.
    pieces: Vec<Piece>,
    /// The text in UTF-16 units, made on first use (slicing by diagnostic offsets).
    units: OnceCell<Vec<u16>>,
}

impl Field {
    /// The element a field is: what `field` in the options names, or what lies inside it.
    pub fn from_element(el: &Element) -> Option<Field> {
        if let Some(t) = el.dyn_ref::<HtmlTextAreaElement>() {
            return Some(Field::TextArea(t.clone()));
        }
        if let Some(i) = el.dyn_ref::<HtmlInputElement>() {
            return Some(Field::Input(i.clone()));
        }
        if let Some(f) = el.dyn_ref::<HtmlIFrameElement>() {
            return Some(Field::Frame(f.clone()));
        }
        if let Some(h) = el.dyn_ref::<HtmlElement>() {
            if h.is_content_editable() {
                return Some(Field::Editable(h.clone()));
            }
        }
        // A wrapper (an editor's container): the editor inside it.
        find_inside(el)
    }

    /// The element that carries `aria-invalid` and receives focus.
    pub fn element(&self) -> Option<HtmlElement> {
        match self {
            Field::TextArea(t) => Some(t.clone().unchecked_into()),
            Field::Input(i) => Some(i.clone().unchecked_into()),
            Field::Editable(e) => Some(e.clone()),
            Field::Frame(f) => f.content_document().and_then(|d| d.body()),
        }
    }

    /// The element in the host page the panel goes after.
    pub fn anchor(&self) -> Element {
        match self {
            Field::TextArea(t) => t.clone().unchecked_into(),
            Field::Input(i) => i.clone().unchecked_into(),
            Field::Editable(e) => e.clone().unchecked_into(),
            Field::Frame(f) => f.clone().unchecked_into(),
        }
    }

    /// Where `input` events of the field can be heard.
    pub fn input_target(&self) -> Option<web_sys::EventTarget> {
        match self {
            Field::Frame(f) => f.content_document().map(|d| d.unchecked_into()),
            other => Some(other.anchor().unchecked_into()),
        }
    }

    pub fn is_control(&self) -> bool {
        matches!(self, Field::TextArea(_) | Field::Input(_))
    }

    /// The window and document the field's text lives in (the iframe's for a frame editor).
    pub fn realm(&self) -> Option<(Window, Document)> {
        match self {
            Field::Frame(f) => Some((f.content_window()?, f.content_document()?)),
            other => {
                let doc = other.anchor().owner_document()?;
                Some((doc.default_view()?, doc))
            }
        }
    }

    /// Reads the field's text. `None` when a frame editor is not (yet, or no longer) readable.
    pub fn read(&self) -> Option<Snapshot> {
        match self {
            Field::TextArea(t) => Some(Snapshot::plain(t.value())),
            Field::Input(i) => Some(Snapshot::plain(i.value())),
            Field::Editable(e) => Some(read_rich(e.unchecked_ref(), self.realm().map(|r| r.0))),
            Field::Frame(f) => {
                let body: Node = f.content_document()?.body()?.unchecked_into();
                Some(read_rich(&body, f.content_window()))
            }
        }
    }

    /// Selects `start..end` (UTF-16 units of the snapshot's text) in the field and brings it
    /// into view. Called only when the user clicks a problem.
    pub fn select(&self, snap: &Snapshot, start: u32, end: u32) {
        match self {
            Field::TextArea(t) => {
                let _ = t.focus();
                // Chromium scrolls a focused textarea to its new selection.
                let _ = t.set_selection_range(start, end);
            }
            Field::Input(i) => {
                let _ = i.focus();
                let _ = i.set_selection_range(start, end);
            }
            Field::Editable(_) | Field::Frame(_) => {
                let Some(range) = self.range(snap, start, end) else { return };
                if let Field::Frame(f) = self {
                    if let Some(w) = f.content_window() {
                        let _ = w.focus();
                    }
                }
                if let Some(el) = self.element() {
                    let _ = el.focus();
                }
                if let Some((win, _)) = self.realm() {
                    if let Ok(Some(sel)) = win.get_selection() {
                        let _ = sel.remove_all_ranges();
                        let _ = sel.add_range(&range);
                    }
                }
                let target = range.start_container().ok().and_then(|n| {
                    if n.node_type() == Node::ELEMENT_NODE {
                        n.dyn_into::<Element>().ok()
                    } else {
                        n.parent_element()
                    }
                });
                if let Some(el) = target {
                    let opts = web_sys::ScrollIntoViewOptions::new();
                    opts.set_block(web_sys::ScrollLogicalPosition::Center);
                    el.scroll_into_view_with_scroll_into_view_options(&opts);
                }
                if let Field::Frame(f) = self {
                    // The page scrolls so the editor itself is in view too.
                    let opts = web_sys::ScrollIntoViewOptions::new();
                    opts.set_block(web_sys::ScrollLogicalPosition::Nearest);
                    f.scroll_into_view_with_scroll_into_view_options(&opts);
                }
            }
        }
    }

    /// The DOM range of `start..end` (UTF-16 units of the snapshot's text) in a rich field.
    pub fn range(&self, snap: &Snapshot, start: u32, end: u32) -> Option<Range> {
        let (_, doc) = self.realm()?;
        let (sn, so) = snap.locate(start, true)?;
        let (en, eo) = snap.locate(end.max(start), false)?;
        let range = doc.create_range().ok()?;
        range.set_start(&sn, so).ok()?;
        range.set_end(&en, eo).ok()?;
        Some(range)
    }
}

/// The editor inside a wrapper element: a same-origin iframe whose body is editable, a
/// contenteditable element, or a textarea, in that order (editors keep a hidden textarea
/// that is only synchronised on submit, so the visible editor wins).
fn find_inside(el: &Element) -> Option<Field> {
    find_editor(el, true).or_else(|| find_editor(el, false)).or_else(|| {
        let t = el.query_selector("textarea").ok()??;
        t.dyn_into::<HtmlTextAreaElement>().ok().map(Field::TextArea)
    })
}

/// The first rich editor inside `el` (an editable iframe, else the outermost contenteditable
/// element); with `rendered`, only one the user can see (an editor's hidden helpers, such as
/// an off-screen clipboard or a replaced source element, are passed over).
pub fn find_editor(el: &Element, rendered: bool) -> Option<Field> {
    if let Ok(frames) = el.query_selector_all("iframe") {
        for i in 0..frames.length() {
            if let Some(f) = frames.item(i).and_then(|n| n.dyn_into::<HtmlIFrameElement>().ok()) {
                if frame_is_editor(&f) && (!rendered || is_rendered(&f)) {
                    return Some(Field::Frame(f));
                }
            }
        }
    }
    let editables = el.query_selector_all("[contenteditable]:not([contenteditable=false])").ok()?;
    for i in 0..editables.length() {
        let Some(h) = editables.item(i).and_then(|n| n.dyn_into::<HtmlElement>().ok()) else { continue };
        // An editable inside another is part of it (the outer one comes first in document order).
        let nested = h
            .parent_element()
            .and_then(|p| p.closest("[contenteditable]:not([contenteditable=false])").ok().flatten())
            .is_some();
        if h.is_content_editable() && !nested && (!rendered || is_rendered(&h)) {
            return Some(Field::Editable(h));
        }
    }
    None
}

/// The element takes up room on the page and is not `visibility: hidden` (editors hide the
/// textarea they replace with `display: none` or `visibility: hidden`).
pub fn is_rendered(el: &Element) -> bool {
    if el.get_client_rects().length() == 0 {
        return false;
    }
    let hidden = el
        .owner_document()
        .and_then(|d| d.default_view())
        .and_then(|w| w.get_computed_style(el).ok().flatten())
        .and_then(|s| s.get_property_value("visibility").ok())
        .is_some_and(|v| v == "hidden" || v == "collapse");
    let r = el.get_bounding_client_rect();
    !hidden && r.width() > 1.0 && r.height() > 1.0
}

/// A same-origin iframe whose body is editable (contenteditable or designMode).
pub fn frame_is_editor(f: &HtmlIFrameElement) -> bool {
    let Some(doc) = f.content_document() else { return false };
    let design = js_sys::Reflect::get(&doc, &"designMode".into())
        .ok()
        .and_then(|v| v.as_string())
        .is_some_and(|m| m.eq_ignore_ascii_case("on"));
    design || doc.body().map(|b| b.is_content_editable()).unwrap_or(false)
}

impl Snapshot {
    fn plain(text: String) -> Snapshot {
        Snapshot { text, pieces: Vec::new(), units: OnceCell::new() }
    }

    /// UTF-16 units `start..end` of the text, clamped.
    pub fn slice(&self, start: u32, end: u32) -> String {
        let u = self.units.get_or_init(|| self.text.encode_utf16().collect());
        let s = (start as usize).min(u.len());
        let e = (end as usize).clamp(s, u.len());
        crate::text::from_utf16_lossy(&u[s..e])
    }

    /// The node and offset of text position `pos`. `forward` (a range start): a position on a
    /// synthetic line break moves on to the next text; otherwise (a range end) back to the previous.
    fn locate(&self, pos: u32, forward: bool) -> Option<(Node, u32)> {
        if forward {
            let i = self.pieces.partition_point(|p| p.text_start + p.text_len <= pos);
            if let Some(p) = self.pieces[i..].iter().find(|p| p.node.is_some()) {
                return Some((p.node.clone()?, p.offset_at(pos)));
            }
            let p = self.pieces.iter().rev().find(|p| p.node.is_some())?;
            Some((p.node.clone()?, p.node_start + p.node_len))
        } else {
            let i = self.pieces.partition_point(|p| p.text_start < pos);
            if let Some(p) = self.pieces[..i].iter().rev().find(|p| p.node.is_some()) {
                return Some((p.node.clone()?, p.offset_at(pos)));
            }
            let p = self.pieces.iter().find(|p| p.node.is_some())?;
            Some((p.node.clone()?, p.node_start))
        }
    }
}

impl Piece {
    /// The node offset of text position `pos`, clamped to this piece.
    fn offset_at(&self, pos: u32) -> u32 {
        let within = pos.saturating_sub(self.text_start).min(self.text_len);
        if self.text_len == self.node_len {
            self.node_start + within
        } else if within == 0 {
            self.node_start
        } else {
            self.node_start + self.node_len
        }
    }
}

/// Elements whose start and end are line breaks.
const BLOCKS: &[&str] = &[
    "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "CAPTION", "CENTER", "DD", "DETAILS", "DIALOG", "DIR", "DIV", "DL",
    "DT", "FIELDSET", "FIGCAPTION", "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HGROUP",
    "HR", "LEGEND", "LI", "MAIN", "MENU", "NAV", "OL", "P", "PRE", "SECTION", "SUMMARY", "TABLE", "TBODY", "TFOOT",
    "THEAD", "TR", "UL",
];
/// Elements whose content is not text the user wrote.
const SKIPPED: &[&str] =
    &["SCRIPT", "STYLE", "TEMPLATE", "NOSCRIPT", "HEAD", "TITLE", "META", "LINK", "OBJECT", "IFRAME", "SVG", "svg"];

/// An element an editor puts in its content that the user did not write: wangEditor's (Slate's)
/// placeholder text shown in an empty editor, TinyMCE's bogus elements.
fn is_editor_decoration(el: &Element) -> bool {
    el.has_attribute("data-slate-placeholder") || el.get_attribute("data-mce-bogus").is_some_and(|v| v == "all")
}

struct Builder {
    text: String,
    units: u32,
    pieces: Vec<Piece>,
}

impl Builder {
    fn push_text(&mut self, s: &str, node: &Node, node_start: u32, node_len: u32) {
        let len = s.encode_utf16().count() as u32;
        self.text.push_str(s);
        self.pieces.push(Piece {
            text_start: self.units,
            text_len: len,
            node: Some(node.clone()),
            node_start,
            node_len,
            space: false,
        });
        self.units += len;
    }

    /// A character with no counterpart in any text node (a line break, a cell separator).
    fn push_synthetic(&mut self, c: char) {
        self.text.push(c);
        self.pieces.push(Piece {
            text_start: self.units,
            text_len: 1,
            node: None,
            node_start: 0,
            node_len: 0,
            space: false,
        });
        self.units += 1;
    }

    fn at_line_start(&self) -> bool {
        self.text.is_empty() || self.text.ends_with('\n')
    }

    /// A line break; `hard` (`<br>`) always adds one, a block boundary only ends a non-empty line.
    fn line_break(&mut self, hard: bool) {
        if !hard && self.at_line_start() {
            return;
        }
        // A collapsed space at the end of a line is not rendered: it is not part of the text.
        if matches!(self.pieces.last(), Some(p) if p.space) {
            self.pieces.pop();
            self.text.pop();
            self.units -= 1;
        }
        self.push_synthetic('\n');
    }
}

/// Walks `root`'s subtree in document order (no recursion: deep editor markup cannot overflow
/// the stack) and builds the plain text and its pieces.
fn read_rich(root: &Node, win: Option<Window>) -> Snapshot {
    let mut b = Builder { text: String::new(), units: 0, pieces: Vec::new() };
    // White space is kept as written where the editor says so (`white-space: pre*`).
    let root_pre = root
        .dyn_ref::<Element>()
        .and_then(|el| win.as_ref()?.get_computed_style(el).ok().flatten())
        .and_then(|s| s.get_property_value("white-space").ok())
        .map(|ws| ws.starts_with("pre") || ws == "break-spaces")
        .unwrap_or(false);
    // (node, pre, leaving): `leaving` marks the end of an element whose children were pushed.
    let mut stack: Vec<(Node, bool, bool)> = Vec::new();
    let mut child = root.last_child();
    while let Some(c) = child {
        child = c.previous_sibling();
        stack.push((c, root_pre, false));
    }
    while let Some((node, pre, leaving)) = stack.pop() {
        match node.node_type() {
            Node::TEXT_NODE | Node::CDATA_SECTION_NODE => {
                let data = node.node_value().unwrap_or_default();
                read_text(&mut b, &node, &data, pre);
            }
            Node::ELEMENT_NODE => {
                let el: &Element = node.unchecked_ref();
                let tag = el.tag_name();
                let tag = tag.as_str();
                let block = BLOCKS.contains(&tag);
                if leaving {
                    if block {
                        b.line_break(false);
                    }
                    continue;
                }
                if SKIPPED.contains(&tag) || is_editor_decoration(el) {
                    continue;
                }
                if tag == "BR" {
                    b.line_break(true);
                    continue;
                }
                if (tag == "TD" || tag == "TH") && !b.at_line_start() {
                    // Cells of a row are kept apart, as on screen.
                    b.push_synthetic('\t');
                }
                if block {
                    b.line_break(false);
                }
                let pre = pre || tag == "PRE" || tag == "TEXTAREA" || tag == "LISTING";
                stack.push((node.clone(), pre, true));
                let mut child = node.last_child();
                while let Some(c) = child {
                    child = c.previous_sibling();
                    stack.push((c, pre, false));
                }
            }
            _ => {}
        }
    }
    Snapshot { text: b.text, pieces: b.pieces, units: OnceCell::new() }
}

/// Adds one text node: verbatim where white space is preserved, else with each run of
/// collapsible white space as one space (none at the start of a line or after a space).
fn read_text(b: &mut Builder, node: &Node, data: &str, pre: bool) {
    // Zero-width characters editors keep as caret fillers (wangEditor's and Slate's U+FEFF,
    // CKEditor 5's U+2060 run) are not text the user wrote: each piece between them is read
    // on its own, at its own offset in the node.
    let mut base = 0u32;
    for segment in data.split(ZERO_WIDTH) {
        if !segment.is_empty() {
            read_segment(b, node, segment, base, pre);
        }
        base += segment.encode_utf16().count() as u32 + 1; // the filler is one UTF-16 unit
    }
}

/// Characters with no width that editors insert as caret fillers.
const ZERO_WIDTH: &[char] = &['\u{feff}', '\u{200b}', '\u{2060}'];

/// One run of a text node without fillers, starting `base` UTF-16 units into the node.
fn read_segment(b: &mut Builder, node: &Node, data: &str, base: u32, pre: bool) {
    if pre {
        // Line breaks inside the node become separate pieces so they map back exactly.
        let mut offset = base;
        for (i, part) in data.split('\n').enumerate() {
            if i > 0 {
                b.push_text("\n", node, offset, 1);
                offset += 1;
            }
            if !part.is_empty() {
                let len = part.encode_utf16().count() as u32;
                b.push_text(part, node, offset, len);
                offset += len;
            }
        }
        return;
    }
    let mut offset = base; // UTF-16 offset in the node
    let mut run_start = 0usize; // byte offset of the current non-space run
    let mut run_units = 0u32;
    let mut chars = data.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{c}') {
            if i > run_start {
                b.push_text(&data[run_start..i], node, offset - run_units, run_units);
            }
            // The whole run of white space.
            let mut len = 1u32;
            while let Some(&(_, n)) = chars.peek() {
                if matches!(n, ' ' | '\t' | '\n' | '\r' | '\u{c}') {
                    chars.next();
                    len += 1;
                } else {
                    break;
                }
            }
            if !b.at_line_start() && !b.text.ends_with(' ') {
                b.text.push(' ');
                b.pieces.push(Piece {
                    text_start: b.units,
                    text_len: 1,
                    node: Some(node.clone()),
                    node_start: offset,
                    node_len: len,
                    space: true,
                });
                b.units += 1;
            }
            offset += len;
            run_start = chars.peek().map(|&(j, _)| j).unwrap_or(data.len());
            run_units = 0;
        } else {
            let u = c.len_utf16() as u32;
            offset += u;
            run_units += u;
        }
    }
    if run_start < data.len() {
        b.push_text(&data[run_start..], node, offset - run_units, run_units);
    }
}

/// Reads a JS value as an element: an element itself, or a selector looked up in `doc`.
pub fn element_of(v: &JsValue, doc: &Document) -> Option<Element> {
    if let Some(el) = v.dyn_ref::<Element>() {
        return Some(el.clone());
    }
    // An element from another realm (an iframe) fails `instanceof`; accept anything with a tagName.
    if v.is_object() && js_sys::Reflect::has(v, &"tagName".into()).unwrap_or(false) {
        return Some(v.clone().unchecked_into());
    }
    let sel = v.as_string()?;
    doc.query_selector(&sel).ok().flatten()
}

/// The body field of a form when none is named: its visible editor (iframe or
/// contenteditable), else its largest textarea (or the editor that replaced it).
pub fn find_body(form: &Element) -> Option<(Field, Option<Element>)> {
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
pub fn resolve_named(el: &Element, form: &Element) -> Option<(Field, Option<Element>)> {
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
