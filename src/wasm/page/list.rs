//! The problem list: one group per rule, one entry per problem with its place, the flagged
//! text, the message and its buttons (fix, ignore). A redraw keeps the elements of entries that
//! look as before, and marks the entry last jumped to.

use super::{attr, el, sev_class, Page};
use crate::diagnostic::Severity;
use crate::present::edit::ignore_key;
use crate::present::list::{entry_key, fix_label, group_by_rule, page_quote};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, Node};

/// What one list entry shows; entries with equal keys look the same apart from their line.
pub(super) struct EntryPlan {
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
pub(super) struct EntryView {
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
pub(super) struct GroupView {
    rule: String,
    severity: Severity,
    section: HtmlElement,
    head: HtmlElement,
    badge: HtmlElement,
    count: usize,
    ol: HtmlElement,
    entries: Vec<EntryView>,
}

/// A button of list entry `k` (its position in `data-i`) doing `action`.
#[inline(never)]
fn entry_button(doc: &web_sys::Document, class: &str, text: &str, k: &str, action: &str) -> Option<HtmlElement> {
    let b = el(doc, "button", class, text).ok()?;
    attr(&b, "type", "button").ok();
    attr(&b, "data-i", k).ok();
    attr(&b, "data-action", action).ok();
    Some(b)
}

fn place_text(w: &EntryPlan) -> String {
    crate::present::list::place_text(w.place.as_deref(), w.line, w.severity)
}

impl Page {
    pub(super) fn ignore(&mut self, k: usize) {
        if self.ensure_fresh() {
            return;
        }
        let Some(&i) = self.visible.get(k) else { return };
        let key = ignore_key(&self.units, &self.report.diagnostics[i]);
        if !self.ignored.contains(&key) {
            self.ignored.push(key);
        }
        self.save_ignored();
        self.render(true);
        // Keep keyboard users in the list: focus the entry now at the same place.
        let sel = format!("button[data-i=\"{}\"]", k.min(self.visible.len().saturating_sub(1)));
        if let Ok(Some(b)) = self.ui.list.query_selector(&sel) {
            b.unchecked_into::<HtmlElement>().focus().ok();
        }
    }

    /// Draws the problem list, grouped by rule. Entries that show the same as before keep their
    /// elements (a keystroke usually changes a few entries, not 250): within each group only the
    /// run between the unchanged first and last entries is rebuilt, and kept entries get their
    /// new line number and position.
    pub(super) fn render_list(&mut self) {
        // A redrawn list has no entry jumped to (kept entries would otherwise keep the mark).
        self.unmark_active();
        // Groups in the order of their most severe entry, then of first appearance.
        let groups = group_by_rule(self.visible.iter().map(|&i| {
            let d = &self.report.diagnostics[i];
            (d.rule.as_str(), d.severity)
        }));
        let mut old = std::mem::take(&mut self.drawn);
        let mut views = Vec::with_capacity(groups.len());
        for (rule, sev, ks) in groups {
            let mut wanted: Vec<EntryPlan> = Vec::with_capacity(ks.len());
            for &k in &ks {
                wanted.push(self.plan_entry(k));
            }
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
        let mut at = self.ui.list.first_element_child();
        for g in &views {
            let section: &Element = g.section.as_ref();
            if at.as_ref() == Some(section) {
                at = section.next_element_sibling();
            } else {
                let _ = self.ui.list.insert_before(section, at.as_ref().map(|e| e.as_ref()));
            }
        }
        self.drawn = views;
    }

    /// What list entry `k` (position in `visible`) shows.
    pub(super) fn plan_entry(&self, k: usize) -> EntryPlan {
        let d = &self.report.diagnostics[self.visible[k]];
        let quote = page_quote(&self.units, d.start, d.end);
        let fix = fix_label(&d.suggestions);
        let place = self
            .source
            .as_ref()
            .filter(|s| s.text == self.checked)
            .and_then(|s| s.place_at(d.start))
            .map(str::to_string);
        let key = entry_key(d, &quote, fix.as_deref(), place.as_deref());
        EntryPlan { key, k, line: d.line, severity: d.severity, quote, fix, place }
    }

    pub(super) fn build_group(&self, rule: &str, sev: Severity, wanted: Vec<EntryPlan>) -> Option<GroupView> {
        let doc = &self.doc;
        let section = el(doc, "section", "rc-group", "").ok()?;
        let head = el(doc, "h2", &sev_class("rc-group-title", sev), "").ok()?;
        head.append_child(&doc.create_text_node(crate::rules::title_of(rule))).ok()?;
        let badge = el(doc, "span", "rc-badge", "").ok()?;
        head.append_child(&badge).ok()?;
        section.append_child(&head).ok()?;
        let ol = el(doc, "ol", "rc-entries", "").ok()?;
        section.append_child(&ol).ok()?;
        let mut g = GroupView {
            rule: rule.to_string(),
            severity: sev,
            section,
            head,
            badge,
            count: usize::MAX,
            ol,
            entries: Vec::new(),
        };
        self.update_group(&mut g, sev, wanted);
        Some(g)
    }

    pub(super) fn update_group(&self, g: &mut GroupView, sev: Severity, wanted: Vec<EntryPlan>) {
        if g.severity != sev {
            g.severity = sev;
            g.head.set_class_name(&sev_class("rc-group-title", sev));
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

    pub(super) fn build_entry(&self, w: &EntryPlan) -> Option<EntryView> {
        let doc = &self.doc;
        let k = w.k.to_string();
        let li = el(doc, "li", &sev_class("rc-entry", w.severity), "").ok()?;
        attr(&li, "data-k", &k).ok();
        let jump = entry_button(doc, "rc-jump", "", &k, "jump")?;
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
                if let Some(fix) = entry_button(doc, "rc-fix", label, &k, "fix") {
                    let _ = actions.append_child(&fix);
                    buttons.push(fix.into());
                }
            }
            if let Some(ign) = entry_button(doc, "rc-ignore", "忽略此处", &k, "ignore") {
                attr(&ign, "title", "这一处不算问题:不再提示(只对这一处有效)").ok();
                let _ = actions.append_child(&ign);
                buttons.push(ign.into());
            }
            let _ = li.append_child(&actions);
        }
        Some(EntryView { key: w.key.clone(), k: w.k, line: w.line, li, place, buttons })
    }

    pub(super) fn mark_active(&mut self) {
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

    pub(super) fn unmark_active(&mut self) {
        if let Some(li) = self.active_entry.take() {
            li.class_list().remove_1("is-active").ok();
            li.remove_attribute("aria-current").ok();
        }
    }
}
