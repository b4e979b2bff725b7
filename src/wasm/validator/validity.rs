//! What the validator sets on the host's fields, and takes away again: `aria-invalid` on every
//! field holding an error, and the browser's own validity bubble on the textarea or input
//! holding the first one.

use super::field::Field;
use super::{Checked, Inner};
use crate::present::summary;
use crate::Severity;
use web_sys::{Element, HtmlElement};

impl Inner {
    /// `aria-invalid` on every field holding an error; removed (restored) from the others.
    pub(super) fn mark_invalid(&self, checked: &Checked) {
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
    pub(super) fn report_validity(&self, checked: &Checked) {
        let Some(d) = checked.report.diagnostics.iter().find(|d| d.severity == Severity::Error) else { return };
        let Some((part, _, _)) = checked.locate(d) else { return };
        let msg = summary::validity_message(&d.message, checked.report.summary.errors);
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

    pub(super) fn clear_validity(&self) {
        let fields: Vec<Field> = self.invalid.borrow_mut().drain(..).collect();
        for f in fields {
            match f {
                Field::TextArea(t) => t.set_custom_validity(""),
                Field::Input(i) => i.set_custom_validity(""),
                _ => {}
            }
        }
    }
}

pub(super) fn restore_attr(el: &Element, name: &str, before: Option<&str>) {
    let _ = match before {
        Some(v) => el.set_attribute(name, v),
        None => el.remove_attribute(name),
    };
}
