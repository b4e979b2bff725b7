//! Highlights in the host's rich fields, with the CSS Custom Highlight API: two named
//! highlights per validator (errors, and the rest) and a constructed style sheet for them in
//! each document touched, all taken away on detach.

use super::{Checked, Inner};
use crate::Severity;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Document;

impl Inner {
    /// Highlights the problems in rich fields with the CSS Custom Highlight API (Chromium 105+):
    /// no element is added to the editor, so neither its content nor its undo history changes.
    /// Where the API is missing nothing is highlighted; the panel and jumping still work.
    pub(super) fn paint(&self, checked: &Checked) {
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

    pub(super) fn paint_in(
        &self,
        win: &web_sys::Window,
        doc: &Document,
        errors: &[JsValue],
        warnings: &[JsValue],
    ) -> Result<(), JsValue> {
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
    pub(super) fn adopt_sheet(&self, win: &web_sys::Window, doc: &Document) -> Result<JsValue, JsValue> {
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

    pub(super) fn unpaint_ranges(&self) {
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
}
