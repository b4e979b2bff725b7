//! Where the panel goes, so that a person sees it (issue 17).
//!
//! Editors live in boxes of their own: TinyMCE's `.tox-tinymce` hides its overflow, CKEditor 4
//! gives its content area a fixed height, wangEditor and Quill scroll inside a container the
//! host sized, hosts wrap an editor in a scrolling `div`. A panel put right after the iframe or
//! the contenteditable element lands inside such a box: cut off, scrolled out of sight, or
//! overflowing it over the host's own buttons. So the panel goes after the editor's outermost
//! box, found in two steps:
//!
//! 1. By structure ([`editor_box`]): from the editor up to the form, every box that clips or
//!    scrolls its content, and the wrapper an editor built beside the textarea it replaced
//!    (TinyMCE, CKEditor 4 and 5, KindEditor), is part of the editor.
//! 2. By measure ([`overflowed`]): with the panel in place, a box the panel sticks out of (a
//!    fixed height) is climbed out of too, up through the page; a scrolling pane around the
//!    whole form is left alone (the user scrolls it to reach the form anyway).
//!
//! Where no place in the flow works (the panel has no size there, or it would have to leave a
//! fixed or sticky box such as a dialog), the caller shows the panel as a bar fixed at the
//! bottom of the viewport instead. Table cells and rows are never climbed out of (a panel
//! between two cells would break the host's table); cells grow to hold it.

use wasm_bindgen::JsCast;
use web_sys::{Element, Window};

/// At most this many boxes are climbed out of by measure before giving up (then: the bar).
pub const MAX_CLIMBS: usize = 16;
/// Rounding slack, in CSS pixels, when testing whether a box holds the panel.
const SLACK: f64 = 1.5;

fn style(win: &Window, el: &Element, prop: &str) -> String {
    win.get_computed_style(el).ok().flatten().and_then(|s| s.get_property_value(prop).ok()).unwrap_or_default()
}

fn is_root(el: &Element) -> bool {
    matches!(el.tag_name().as_str(), "BODY" | "HTML")
}

fn is_table_part(el: &Element) -> bool {
    matches!(el.tag_name().as_str(), "TD" | "TH" | "TR" | "TBODY" | "THEAD" | "TFOOT" | "CAPTION")
}

/// The box clips or scrolls what overflows it.
fn clips(win: &Window, el: &Element) -> bool {
    ["overflow-x", "overflow-y"].iter().any(|p| style(win, el, p) != "visible")
}

fn scrolls(win: &Window, el: &Element) -> bool {
    ["overflow-x", "overflow-y"].iter().any(|p| matches!(style(win, el, p).as_str(), "auto" | "scroll" | "overlay"))
}

/// A box the page's scroll does not move (a dialog, a sticky bar): leaving it puts the panel
/// somewhere unrelated on the page.
fn is_pinned(win: &Window, el: &Element) -> bool {
    matches!(style(win, el, "position").as_str(), "fixed" | "sticky")
}

/// `el` is the wrapper an editor built beside the element it replaced: `source`, or a textarea
/// it hid.
fn beside_source(el: &Element, source: Option<&Element>) -> bool {
    [el.previous_element_sibling(), el.next_element_sibling()]
        .into_iter()
        .flatten()
        .any(|s| Some(&s) == source || (s.tag_name() == "TEXTAREA" && s.get_client_rects().length() == 0))
}

/// Step 1: the editor's outermost box below `boundary` (the form), starting from `start` (the
/// iframe, contenteditable element or textarea the user types in).
pub fn editor_box(start: &Element, boundary: Option<&Element>, source: Option<&Element>, win: &Window) -> Element {
    let mut anchor = start.clone();
    let mut up = start.parent_element();
    while let Some(el) = up {
        if Some(&el) == boundary || is_root(&el) || is_table_part(&el) || is_pinned(win, &el) {
            break;
        }
        if clips(win, &el) || beside_source(&el, source) {
            anchor = el.clone();
        }
        up = el.parent_element();
    }
    anchor
}

/// What to do after measuring the placed panel.
pub enum Measure {
    /// Every box around the panel holds it.
    Fits,
    /// The panel sticks out of this box: place it after the box.
    ClimbOutOf(Element),
    /// No place in the flow works here.
    Unplaceable,
}

/// Step 2: whether the boxes around the placed `panel` hold it. Inside `boundary`, a box the
/// panel sticks out of is left (boxes that clip were left in step 1). Outside it, only a box that
/// clips matters: many OA layouts give their page wrappers `height: 100%` and let the whole form
/// overflow them visibly, and the panel in the form's flow moves the form's own content down like
/// any other; a scrolling pane is where the form lives, and the search stops there.
pub fn overflowed(panel: &Element, boundary: Option<&Element>, win: &Window) -> Measure {
    let rect = panel.get_bounding_client_rect();
    if rect.height() < 1.0 || rect.width() < 1.0 {
        return Measure::Unplaceable;
    }
    let mut up = panel.parent_element();
    while let Some(el) = up {
        if is_root(&el) {
            break;
        }
        let inside = boundary.is_some_and(|b| b != &el && b.contains(Some(el.unchecked_ref())));
        if !inside && scrolls(win, &el) {
            break;
        }
        let r = el.get_bounding_client_rect();
        let holds = rect.top() >= r.top() - SLACK && rect.bottom() <= r.bottom() + SLACK;
        if !holds && (inside || clips(win, &el)) {
            if is_pinned(win, &el) {
                return Measure::Unplaceable;
            }
            if is_table_part(&el) {
                return match el.closest("table").ok().flatten() {
                    Some(t) => Measure::ClimbOutOf(t),
                    None => Measure::Unplaceable,
                };
            }
            return Measure::ClimbOutOf(el);
        }
        up = el.parent_element();
    }
    Measure::Fits
}
