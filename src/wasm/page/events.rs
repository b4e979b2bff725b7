//! What the user's actions do: typing, scrolling and moving the caret or the pointer in the
//! editor, F8 and the navigation buttons, the list's buttons (jump, fix, ignore), the profile,
//! opening a file (button or drop) and loading or removing the administrator's config.

use super::dom::{Controls, Ui};
use super::files::{decode_text, open_draft, prepare_docx, read_file};
use super::storage::{KEY_CONFIG, KEY_CONFIG_NAME, KEY_PROFILE};
use super::{listen, with_page, LARGE_DRAFT};
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Event, KeyboardEvent, MouseEvent};

/// Adds the page's listeners (they live as long as the page).
pub(super) fn wire(doc: &Document, ui: &Ui, controls: &Controls) {
    let Ui { editor, list, ignored_bar, profile, .. } = ui;
    let Controls { open_btn, open_input, config_btn, config_input, prev_btn, next_btn } = controls;
    // Typing: save at once (a crash loses nothing), check when the typing pauses. Any `input`
    // event counts: a script's or an autofill tool's plain `new Event('input')` has no
    // `inputType` (it is read as a property that may be missing, never as an InputEvent's).
    listen::<Event>(editor, "input", |e| {
        let kind = js_sys::Reflect::get(&e, &"inputType".into()).ok().and_then(|v| v.as_string()).unwrap_or_default();
        let pasted = kind.starts_with("insertFromPaste") || kind == "insertFromDrop";
        with_page(|p| {
            if p.checked.len() <= LARGE_DRAFT || pasted {
                p.save_draft();
            }
            if pasted {
                p.run_check();
            } else {
                p.schedule_check();
            }
        });
    });
    listen::<Event>(editor, "scroll", |_| {
        with_page(|p| p.sync_scroll());
    });
    for ev in ["keyup", "mouseup", "focus", "select"] {
        listen::<Event>(editor, ev, |_| {
            with_page(|p| p.show_current());
        });
    }
    listen::<MouseEvent>(editor, "mousemove", |e| {
        with_page(|p| p.hover(e.client_x() as f64, e.client_y() as f64));
    });
    listen::<MouseEvent>(editor, "mouseleave", |_| {
        with_page(|p| p.ui.tooltip.set_hidden(true));
    });
    listen::<KeyboardEvent>(doc, "keydown", |e| {
        let step = match (e.key().as_str(), e.shift_key(), e.alt_key()) {
            ("F8", false, _) => 1,
            ("F8", true, _) => -1,
            ("ArrowDown", false, true) => 1,
            ("ArrowUp", false, true) => -1,
            _ => return,
        };
        e.prevent_default();
        step_problem(step);
    });
    listen::<Event>(prev_btn, "click", |_| step_problem(-1));
    listen::<Event>(next_btn, "click", |_| step_problem(1));

    // The list: one listener for every entry's buttons.
    listen::<MouseEvent>(list, "click", |e| {
        let Some(target) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
        let Ok(Some(button)) = target.closest("button[data-i]") else { return };
        let Some(i) = button.get_attribute("data-i").and_then(|s| s.parse::<u32>().ok()) else { return };
        // u32, not usize: the module has the one parser (usize is u32 in wasm32).
        let i = i as usize;
        let action = button.get_attribute("data-action").unwrap_or_default();
        match action.as_str() {
            "fix" => apply_fix(i),
            "ignore" => {
                with_page(|p| p.ignore(i));
            }
            _ => select_problem(i),
        }
    });
    listen::<Event>(ignored_bar, "click", |e| {
        let is_button = e.target().and_then(|t| t.dyn_into::<Element>().ok()).map(|t| t.tag_name() == "BUTTON");
        if is_button == Some(true) {
            with_page(|p| {
                p.ignored.clear();
                p.save_ignored();
                p.render(false);
            });
        }
    });

    listen::<Event>(profile, "change", |_| {
        with_page(|p| {
            let v = p.ui.profile.value();
            p.store(KEY_PROFILE, Some(&v));
            p.apply_config();
            p.run_check();
        });
    });

    {
        let input = open_input.clone();
        listen::<Event>(open_btn, "click", move |_| {
            let _ = prepare_docx();
            input.click();
        });
    }
    {
        let input = open_input.clone();
        listen::<Event>(open_input, "change", move |_| {
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                open_draft(&file);
            }
            input.set_value("");
        });
    }
    // A file dropped anywhere on the page is opened as the draft (instead of the browser
    // leaving the page to show it).
    listen::<web_sys::DragEvent>(doc, "dragover", |e| {
        if e.data_transfer().is_some_and(|d| d.types().includes(&"Files".into(), 0)) {
            e.prevent_default();
            let _ = prepare_docx();
        }
    });
    listen::<web_sys::DragEvent>(doc, "drop", |e| {
        if let Some(file) = e.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0)) {
            e.prevent_default();
            open_draft(&file);
        }
    });
    {
        let input = config_input.clone();
        listen::<Event>(config_btn, "click", move |_| input.click());
    }
    {
        let input = config_input.clone();
        listen::<Event>(config_input, "change", move |_| {
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                read_file(&file, |bytes, name| {
                    let json = decode_text(&bytes);
                    with_page(|p| {
                        p.admin = Some((name, json));
                        if p.apply_config() {
                            let (name, json) = p.admin.clone().unwrap_or_default();
                            p.store(KEY_CONFIG, Some(&json));
                            p.store(KEY_CONFIG_NAME, Some(&name));
                        }
                        p.run_check();
                    });
                });
            }
            input.set_value("");
        });
    }
    {
        let status = with_page(|p| p.ui.config_status.clone());
        if let Some(status) = status {
            listen::<Event>(&status, "click", |e| {
                let is_remove = e
                    .target()
                    .and_then(|t| t.dyn_into::<Element>().ok())
                    .and_then(|t| t.get_attribute("data-action"))
                    .is_some_and(|a| a == "remove-config");
                if is_remove {
                    with_page(|p| {
                        p.admin = None;
                        p.store(KEY_CONFIG, None);
                        p.store(KEY_CONFIG_NAME, None);
                        p.apply_config();
                        p.run_check();
                    });
                }
            });
        }
    }
}

/// Moves to the next (`step` 1) or previous (-1) problem from the caret.
pub(super) fn step_problem(step: i32) {
    let target = with_page(|p| {
        if p.visible.is_empty() {
            return None;
        }
        p.ensure_fresh();
        let caret = p.ui.editor.selection_start().ok().flatten().unwrap_or(0) as usize;
        let caret_end = p.ui.editor.selection_end().ok().flatten().unwrap_or(0) as usize;
        let n = p.visible.len();
        let diag = |k: usize| &p.report.diagnostics[p.visible[k]];
        let k = if step > 0 {
            (0..n).find(|&k| diag(k).start > caret || (diag(k).start == caret && diag(k).end > caret_end)).unwrap_or(0)
        } else {
            (0..n).rev().find(|&k| diag(k).start < caret).unwrap_or(n - 1)
        };
        Some(k)
    })
    .flatten();
    if let Some(k) = target {
        select_problem(k);
    }
}

/// Selects problem `k` (position in the visible list) in the editor and scrolls to it.
pub(super) fn select_problem(k: usize) {
    // Focus first, outside the page borrow: focusing fires events synchronously.
    let editor = with_page(|p| p.ui.editor.clone());
    if let Some(editor) = editor {
        let _ = editor.focus();
    }
    with_page(|p| {
        if k >= p.visible.len() {
            return;
        }
        let d = &p.report.diagnostics[p.visible[k]];
        let (start, end) = (d.start as u32, d.end as u32);
        let _ = p.ui.editor.set_selection_range(start, end);
        p.scroll_to(start);
        p.active = Some(k);
        p.mark_active();
        p.show_current();
    });
}

/// Applies the first safe suggestion of problem `k`, through the editor's undo history.
pub(super) fn apply_fix(k: usize) {
    let plan = with_page(|p| {
        if p.ensure_fresh() {
            return None; // the text changed since the list was drawn; the list is now redrawn
        }
        let d = p.report.diagnostics.get(*p.visible.get(k)?)?;
        let s = d.suggestions.iter().find(|s| s.safe)?;
        Some((p.ui.editor.clone(), p.doc.clone(), s.start as u32, s.end as u32, s.replacement.clone()))
    })
    .flatten();
    let Some((editor, doc, start, end, replacement)) = plan else { return };
    let _ = editor.focus();
    let _ = editor.set_selection_range(start, end);
    // execCommand keeps Ctrl+Z working and fires `input` (which saves and re-checks).
    let html: &web_sys::HtmlDocument = doc.unchecked_ref();
    let done = if replacement.is_empty() {
        html.exec_command("delete").unwrap_or(false)
    } else {
        html.exec_command_with_show_ui_and_value("insertText", false, &replacement).unwrap_or(false)
    };
    if !done {
        let _ = editor.set_range_text_with_start_and_end(&replacement, start, end);
    }
    with_page(|p| {
        p.save_draft();
        p.run_check();
    });
}
