//! The editor's highlights: the backdrop under the textarea holds the same text, and each
//! problem is painted on it (Highlight API, else `<mark>`); the problem at the caret or under the
//! pointer is found from the backdrop's text nodes.

use super::{el, sev_class, Page};
use crate::diagnostic::Severity;
use crate::present::edit::unchanged_ends;
use crate::present::list::cut_marks;
use crate::present::summary::{current_hint, current_text, tooltip_text};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Node, Range};

// Browser APIs that web-sys lacks (caretRangeFromPoint is Chromium/WebKit's) or marks unstable
// (the Highlight API). `catch` turns a missing method into an Err instead of an exception
// crossing Rust frames.
#[wasm_bindgen]
extern "C" {
    /// A document, seen with the method web-sys does not list.
    #[wasm_bindgen(extends = Document)]
    pub(super) type CaretDocument;
    #[wasm_bindgen(method, catch, js_name = caretRangeFromPoint)]
    fn caret_range_from_point(this: &CaretDocument, x: f64, y: f64) -> Result<Option<Range>, JsValue>;

    pub(super) type Highlight;
    #[wasm_bindgen(constructor, catch)]
    fn new() -> Result<Highlight, JsValue>;
    #[wasm_bindgen(method)]
    fn add(this: &Highlight, range: &Range);
    #[wasm_bindgen(method)]
    fn clear(this: &Highlight);

    #[derive(Clone)]
    pub(super) type HighlightRegistry;
    #[wasm_bindgen(method, catch)]
    fn set(this: &HighlightRegistry, name: &str, highlight: &Highlight) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn delete(this: &HighlightRegistry, name: &str) -> Result<bool, JsValue>;

}

/// `CSS.highlights`, when the browser has the Custom Highlight API.
pub(super) fn highlight_registry() -> Option<HighlightRegistry> {
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

/// What the backdrop holds and how the problems are painted on it.
pub(super) struct Paint {
    /// Start offset, length (UTF-16) and DOM text node of each backdrop piece, by start.
    pub(super) pieces: Vec<(u32, u32, Node)>,
    pub(super) highlights: Option<HighlightRegistry>,
    /// With the Highlight API: the text the backdrop shows (the checked text and a padding space),
    /// held in blocks of whole lines (a `<div>` per piece, the parent of its text node). Each check replaces only the blocks
    /// the edit touched, so the browser lays out a block or two again, not the whole draft.
    pub(super) shown: Option<Vec<u16>>,
    /// One Highlight per severity (registered once) and the Range objects they hold, reused by
    /// every check.
    pub(super) painters: Vec<Highlight>,
    pub(super) ranges: Vec<Range>,
    /// Re-aligns the backdrop's scroll with the editor's at the next frame (after layout).
    pub(super) sync_frame: Option<Closure<dyn FnMut()>>,
    pub(super) sync_pending: bool,
}

impl Paint {
    pub(super) fn new() -> Paint {
        Paint {
            pieces: Vec::new(),
            highlights: highlight_registry(),
            shown: None,
            painters: Vec::new(),
            ranges: Vec::new(),
            sync_frame: None,
            sync_pending: false,
        }
    }
}

impl Page {
    /// Paints the problems on the backdrop (Highlight API, or `<mark>` pieces).
    pub(super) fn paint_backdrop(&mut self) {
        let mut spans: Vec<(usize, usize, Severity)> = Vec::new();
        for &i in &self.visible {
            let d = &self.report.diagnostics[i];
            if d.end > d.start {
                spans.push((d.start, d.end, d.severity));
            }
        }
        if self.paint.highlights.is_some() {
            self.update_backdrop_text();
            self.paint_highlights(&spans);
        } else {
            self.paint_marks(&spans);
        }
    }

    /// Makes the backdrop show the checked text, replacing only the blocks that hold the part
    /// between the unchanged beginning and end: a keystroke re-lays out one block, not the draft.
    pub(super) fn update_backdrop_text(&mut self) {
        let mut new = Vec::with_capacity(self.units.len() + 1);
        new.extend_from_slice(&self.units);
        // A last line ending in "\n" takes a line in the textarea but not in a div: pad it.
        new.push(u16::from(b' '));
        let Some(old) = self.paint.shown.take() else {
            self.ui.backdrop.set_text_content(None);
            self.paint.pieces.clear();
            self.replace_blocks(&new, 0, new.len(), 0, 0);
            self.paint.shown = Some(new);
            self.schedule_sync_scroll();
            return;
        };
        if old == new {
            self.paint.shown = Some(old);
            return;
        }
        let (keep_start, keep_end) = unchanged_ends(&old, &new);
        let changed_end = old.len() - keep_end;
        let block_at = |pos: usize| self.paint.pieces.partition_point(|p| p.0 as usize <= pos).saturating_sub(1);
        let first = block_at(keep_start);
        let mut last = block_at(changed_end.max(keep_start + 1) - 1).max(first);
        let start = self.paint.pieces[first].0 as usize;
        let new_end_of = |k: usize| {
            let (s, l, _) = &self.paint.pieces[k];
            (*s as usize + *l as usize + new.len()).saturating_sub(old.len())
        };
        // Blocks end with a line break (but the last): take in the blocks after until one does.
        while last + 1 < self.paint.pieces.len() && new.get(new_end_of(last).wrapping_sub(1)) != Some(&u16::from(b'\n'))
        {
            last += 1;
        }
        let end = new_end_of(last);
        self.replace_blocks(&new, start, end, first, last + 1);
        self.paint.shown = Some(new);
        // The textarea may have scrolled before the backdrop had the new text to scroll to (a
        // paste scrolls to its end at once, the check comes after): align them again.
        self.schedule_sync_scroll();
    }

    /// Replaces blocks `from..to` (of `pieces`) by new blocks holding `text[start..end]`.
    pub(super) fn replace_blocks(&mut self, text: &[u16], start: usize, end: usize, from: usize, to: usize) {
        /// Units a block holds at least (it then runs to the end of its line): small enough that
        /// a block is quick to lay out, large enough that a long draft is not thousands of blocks.
        const BLOCK: usize = 1024;
        let doc = &self.doc;
        let frag = doc.create_document_fragment();
        let mut pieces = Vec::new();
        let mut a = start;
        while a < end {
            let from_b = (a + BLOCK).min(end) - 1;
            let b = match text[from_b..end].iter().position(|&u| u == u16::from(b'\n')) {
                Some(i) => from_b + i + 1,
                None => end,
            };
            let Ok(block) = el(doc, "div", "", "") else { break };
            let node: Node = doc.create_text_node(&crate::text::from_utf16_lossy(&text[a..b])).into();
            let _ = block.append_child(&node);
            let _ = frag.append_child(&block);
            pieces.push((a as u32, (b - a) as u32, node));
            a = b;
        }
        // A block is its text node's parent.
        let before: Option<Node> = self.paint.pieces.get(to).and_then(|p| p.2.parent_node());
        for gone in &self.paint.pieces[from..to] {
            if let Some(block) = gone.2.parent_element() {
                block.remove();
            }
        }
        let _ = self.ui.backdrop.insert_before(&frag, before.as_ref());
        self.paint.pieces.splice(from..to, pieces);
        // Blocks after the change start elsewhere now.
        let mut at = self.paint.pieces.get(from.wrapping_sub(1)).map_or(0, |p| p.0 + p.1);
        for p in &mut self.paint.pieces[from..] {
            p.0 = at;
            at += p.1;
        }
    }

    /// Puts each problem's range in the Highlight of its severity. Highlights are registered
    /// once and Range objects reused: a check makes no new objects for the browser to collect.
    pub(super) fn paint_highlights(&mut self, spans: &[(usize, usize, Severity)]) {
        let Some(reg) = self.paint.highlights.clone() else { return };
        if self.paint.painters.is_empty() {
            for name in ["rc-error", "rc-warning", "rc-info"] {
                match Highlight::new() {
                    Ok(h) => {
                        let _ = reg.set(name, &h);
                        self.paint.painters.push(h);
                    }
                    Err(_) => {
                        self.paint.highlights = None;
                        self.paint.painters.clear();
                        return self.paint_marks(spans);
                    }
                }
            }
        }
        for h in &self.paint.painters {
            h.clear();
        }
        for (j, &(a, b, sev)) in spans.iter().enumerate() {
            if j == self.paint.ranges.len() {
                match self.doc.create_range() {
                    Ok(r) => self.paint.ranges.push(r),
                    Err(_) => break,
                }
            }
            let r = &self.paint.ranges[j];
            let (Some((sn, so)), Some((en, eo))) = (self.dom_point(a as u32), self.dom_point(b as u32)) else {
                continue;
            };
            // Start first, then end: a start past the old end collapses the range onto the start.
            if r.set_start(&sn, so).is_ok() && r.set_end(&en, eo).is_ok() {
                self.paint.painters[sev as usize].add(r);
            }
        }
        // Ranges no longer used would otherwise be kept up to date by the browser on every edit.
        self.paint.ranges.truncate(spans.len());
    }

    /// Older browsers: the text cut at every span boundary, each problem piece in a `<mark>`.
    pub(super) fn paint_marks(&mut self, spans: &[(usize, usize, Severity)]) {
        let doc = &self.doc;
        self.ui.backdrop.set_text_content(None);
        self.paint.pieces.clear();
        self.paint.shown = None;
        let units = &self.units;
        let frag = doc.create_document_fragment();
        // The text cut at every span boundary; each piece takes the most severe span over it.
        for (a, b, sev) in cut_marks(spans, units.len()) {
            let text = crate::text::from_utf16_lossy(&units[a..b]);
            let node: Node = doc.create_text_node(&text).into();
            match sev {
                Some(s) => {
                    if let Ok(mark) = el(doc, "mark", &sev_class("rc-mark", s), "") {
                        let _ = mark.append_child(&node);
                        let _ = frag.append_child(&mark);
                    }
                }
                None => {
                    let _ = frag.append_child(&node);
                }
            }
            self.paint.pieces.push((a as u32, (b - a) as u32, node));
        }
        let _ = self.ui.backdrop.append_child(&frag);
        // A last line ending in "\n" takes a line in the textarea but not in a div: pad it.
        let _ = self.ui.backdrop.append_child(&doc.create_text_node(" "));
        self.schedule_sync_scroll();
    }

    /// The piece whose text node is `node`. Pieces are in document order: a binary search asks
    /// the browser a dozen times where `node` lies, where a scan would compare every piece (a
    /// long draft has thousands) on each mouse move.
    pub(super) fn piece_of(&self, node: &Node) -> Option<usize> {
        let (mut lo, mut hi) = (0, self.paint.pieces.len());
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            match self.paint.pieces[mid].2.compare_document_position(node) {
                0 => return Some(mid),
                p if p & Node::DOCUMENT_POSITION_FOLLOWING != 0 && p & Node::DOCUMENT_POSITION_CONTAINED_BY == 0 => {
                    lo = mid + 1
                }
                p if p & Node::DOCUMENT_POSITION_PRECEDING != 0 && p & Node::DOCUMENT_POSITION_CONTAINS == 0 => {
                    hi = mid
                }
                _ => return None,
            }
        }
        None
    }

    /// The backdrop text node and offset holding UTF-16 offset `pos`.
    pub(super) fn dom_point(&self, pos: u32) -> Option<(Node, u32)> {
        let k = self.paint.pieces.partition_point(|(start, _, _)| *start <= pos).checked_sub(1)?;
        let (start, len, node) = &self.paint.pieces[k];
        Some((node.clone(), (pos - start).min(*len)))
    }

    pub(super) fn range_of(&self, start: u32, end: u32) -> Option<Range> {
        let r = self.doc.create_range().ok()?;
        let (sn, so) = self.dom_point(start)?;
        let (en, eo) = self.dom_point(end)?;
        r.set_start(&sn, so).ok()?;
        r.set_end(&en, eo).ok()?;
        Some(r)
    }

    /// Aligns the backdrop's scroll with the editor's before the next frame is drawn. Reading
    /// the editor's scroll position needs layout: done now, it would lay the page out twice.
    pub(super) fn schedule_sync_scroll(&mut self) {
        if self.paint.sync_pending {
            return;
        }
        if let Some(cb) = &self.paint.sync_frame {
            self.paint.sync_pending = self.win.request_animation_frame(cb.as_ref().unchecked_ref()).is_ok();
        }
    }

    pub(super) fn sync_scroll(&self) {
        self.ui.backdrop.set_scroll_top(self.ui.editor.scroll_top());
        self.ui.backdrop.set_scroll_left(self.ui.editor.scroll_left());
    }

    /// Scrolls the editor so that offset `pos` sits a third of the way down.
    pub(super) fn scroll_to(&self, pos: u32) {
        let Some(r) = self.range_of(pos, pos) else { return };
        let rect = r.get_bounding_client_rect();
        let top = self.ui.backdrop.get_bounding_client_rect().top();
        let y = rect.top() - top + self.ui.backdrop.scroll_top() as f64;
        let want = (y - self.ui.editor.client_height() as f64 / 3.0).max(0.0);
        self.ui.editor.set_scroll_top(want as i32);
        self.sync_scroll();
    }

    /// Problems (positions in `visible`) that cover UTF-16 offset `pos`.
    pub(super) fn problems_at(&self, pos: usize) -> impl Iterator<Item = usize> + '_ {
        let upto = self.visible.partition_point(|&i| self.report.diagnostics[i].start <= pos);
        (0..upto).filter(move |&k| {
            let d = &self.report.diagnostics[self.visible[k]];
            d.start <= pos && pos <= d.end && d.end > d.start
        })
    }

    /// Shows, under the editor, the message of the problem at the caret (the "focus" message).
    pub(super) fn show_current(&self) {
        self.show_current_with(self.ui.editor.value() == self.checked);
    }

    /// `fresh`: the editor holds the checked text.
    pub(super) fn show_current_with(&self, fresh: bool) {
        let caret = self.ui.editor.selection_start().ok().flatten().unwrap_or(0) as usize;
        let found = if fresh { self.problems_at(caret).next() } else { None };
        match found {
            Some(k) => {
                let d = &self.report.diagnostics[self.visible[k]];
                self.ui.current.set_text_content(Some(&current_text(k, self.visible.len(), &d.rule, &d.message)));
                self.ui.current.set_class_name(&sev_class("rc-current", d.severity));
            }
            None => {
                self.ui.current.set_text_content(Some(current_hint(!self.visible.is_empty())));
                self.ui.current.set_class_name("rc-current");
            }
        }
    }

    /// Shows the message of the problem under the mouse pointer.
    pub(super) fn hover(&self, x: f64, y: f64) {
        let hit = self.hit(x, y);
        match hit {
            Some(k) => {
                let d = &self.report.diagnostics[self.visible[k]];
                self.ui.tooltip.set_text_content(Some(&tooltip_text(&d.rule, &d.message)));
                self.ui.tooltip.set_class_name(&sev_class("rc-tooltip", d.severity));
                let wrap = self.ui.editor.parent_element().map(|w| w.get_bounding_client_rect());
                if let Some(w) = wrap {
                    let left = (x - w.left() + 12.0).min(w.width() - 280.0).max(4.0);
                    let style = self.ui.tooltip.style();
                    style.set_property("left", &format!("{}px", left as i32)).ok();
                    style.set_property("top", &format!("{}px", (y - w.top() + 22.0) as i32)).ok();
                }
                self.ui.tooltip.set_hidden(false);
            }
            None => self.ui.tooltip.set_hidden(true),
        }
    }

    /// The problem whose painted text lies under the point, if any.
    pub(super) fn hit(&self, x: f64, y: f64) -> Option<usize> {
        if self.visible.is_empty() || self.ui.editor.value() != self.checked {
            return None;
        }
        // Let the point fall through the textarea onto the backdrop's text for a moment.
        let style = self.ui.editor.style();
        style.set_property("pointer-events", "none").ok();
        let range = self.doc.unchecked_ref::<CaretDocument>().caret_range_from_point(x, y);
        style.remove_property("pointer-events").ok();
        let range = range.ok().flatten()?;
        let node = range.start_container().ok()?;
        let piece = &self.paint.pieces[self.piece_of(&node)?];
        let pos = piece.0 as usize + range.start_offset().ok()? as usize;
        // The caret position is the nearest boundary: confirm against the painted rectangles.
        self.problems_at(pos).find(|&k| {
            let d = &self.report.diagnostics[self.visible[k]];
            self.range_of(d.start as u32, d.end as u32)
                .and_then(|r| r.get_client_rects())
                .map(|rects| {
                    (0..rects.length())
                        .filter_map(|i| rects.get(i))
                        .any(|r| x >= r.left() && x <= r.right() && y >= r.top() && y <= r.bottom())
                })
                .unwrap_or(false)
        })
    }
}
