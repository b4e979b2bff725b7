//! Opening a file as the draft: a .txt (UTF-8 or GB18030) as text, a Word document through the
//! `.docx` module (`pkg/docx.js`), whose findings then name their place in the document.

use super::with_page;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::FileReader;

/// A Word document opened as the draft: the text read from it and where each piece of that text
/// lies in the document (UTF-16 start, `第3段` / `表格1 第2行第3列`), by start.
pub(super) struct Source {
    pub(super) text: String,
    pub(super) places: Vec<(u32, String)>,
}

impl Source {
    pub(super) fn place_at(&self, pos: usize) -> Option<&str> {
        let i = self.places.partition_point(|(start, _)| *start as usize <= pos);
        i.checked_sub(1).map(|i| self.places[i].1.as_str())
    }
}

#[wasm_bindgen]
extern "C" {
    /// `pkg/docx.js`: reads a Word file's bytes in the `.docx` module, loaded on first use;
    /// resolves to `{ text, places }` or rejects with the message for the user.
    #[wasm_bindgen(catch, js_namespace = globalThis, js_name = reportCheckReadDocx)]
    fn read_docx(bytes: &js_sys::Uint8Array) -> Result<js_sys::Promise, JsValue>;
    /// `pkg/docx.js`: starts loading the `.docx` module, so that it is ready once a file is chosen.
    #[wasm_bindgen(catch, js_namespace = globalThis, js_name = reportCheckPrepareDocx)]
    pub(super) fn prepare_docx() -> Result<JsValue, JsValue>;
}

/// Replaces the draft with a file's text and checks it: a Word document (by its content, or a
/// .docx name) through the `.docx` module, anything else as text.
pub(super) fn open_draft(file: &web_sys::File) {
    read_file(file, |bytes, name| {
        let word =
            crate::docx::sniff(&bytes) != crate::docx::Kind::Other || name.to_ascii_lowercase().ends_with(".docx");
        if word {
            open_word(&bytes, name);
            return;
        }
        let text = decode_text(&bytes);
        with_page(|p| p.show_draft(&text, None, &name));
    });
}

/// Reads a Word file in the `.docx` module and shows its text as the draft, or says why it cannot.
pub(super) fn open_word(bytes: &[u8], name: String) {
    let err_name = name.clone();
    let failed = move |message: String| {
        with_page(|p| {
            p.ui.notice.set_text_content(Some(&format!("无法打开“{err_name}”:{message}")));
            p.ui.notice.set_class_name("rc-source is-error");
            p.ui.notice.set_hidden(false);
        });
    };
    let message_of = |e: &JsValue| {
        js_sys::Reflect::get(e, &"message".into())
            .ok()
            .and_then(|m| m.as_string())
            .unwrap_or_else(|| "读取 Word 文档的程序未能载入".into())
    };
    let promise = match read_docx(&js_sys::Uint8Array::from(bytes)) {
        Ok(p) => p,
        Err(e) => return failed(message_of(&e)),
    };
    let shown_name = name.clone();
    let ok = Closure::once_into_js(move |v: JsValue| {
        let text = js_sys::Reflect::get(&v, &"text".into()).ok().and_then(|t| t.as_string()).unwrap_or_default();
        let places = js_sys::Reflect::get(&v, &"places".into())
            .ok()
            .filter(|p| p.is_array())
            .map(|p| {
                let mut places = Vec::new();
                for e in js_sys::Array::from(&p).iter() {
                    let e = js_sys::Array::from(&e);
                    if let (Some(at), Some(place)) = (e.get(0).as_f64(), e.get(1).as_string()) {
                        places.push((at as u32, place));
                    }
                }
                places
            })
            .unwrap_or_default();
        with_page(|p| p.show_draft(&text, Some(places), &shown_name));
    });
    let err = Closure::once_into_js(move |e: JsValue| failed(message_of(&e)));
    let then = js_sys::Reflect::get(&promise, &"then".into()).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(then) = then {
        let _ = then.call2(&promise, &ok, &err);
    }
}

/// Reads a chosen file as bytes, then calls `done(bytes, file name)`.
pub(super) fn read_file(file: &web_sys::File, done: impl FnOnce(Vec<u8>, String) + 'static) {
    let Ok(reader) = FileReader::new() else { return };
    let name = file.name();
    let r = reader.clone();
    let mut done = Some(done);
    let onload = Closure::<dyn FnMut()>::new(move || {
        if let (Ok(buf), Some(done)) = (r.result(), done.take()) {
            done(js_sys::Uint8Array::new(&buf).to_vec(), name.clone());
        }
    });
    reader.set_onload(Some(onload.as_ref().unchecked_ref()));
    onload.forget();
    let _ = reader.read_as_array_buffer(file);
}

/// UTF-8 (with or without BOM), else GB18030: drafts saved by older Chinese Windows tools are GBK.
pub(super) fn decode_text(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if crate::text::is_utf8(bytes) {
        // SAFETY: checked just above (the module's own check, not std's larger one).
        return unsafe { std::str::from_utf8_unchecked(bytes) }.to_string();
    }
    // The browser's UTF-8 decoder, if it had no GB18030, puts U+FFFD for each bad sequence as
    // `String::from_utf8_lossy` would (without that function's code in the module).
    let decode = |label| web_sys::TextDecoder::new_with_label(label).and_then(|d| d.decode_with_u8_array(bytes));
    decode("gb18030").or_else(|_| decode("utf-8")).unwrap_or_default()
}

impl super::Page {
    /// Puts an opened file's text in the editor and checks it; `places`: it was read from a Word
    /// document, whose findings then name their place and whose fixes go into the document.
    pub(super) fn show_draft(&mut self, text: &str, places: Option<Vec<(u32, String)>>, name: &str) {
        match places {
            Some(places) => {
                self.source = Some(Source { text: text.to_string(), places });
                self.ui.notice.set_text_content(Some(&format!(
                    "已读取“{name}”:下面是文档中的文字(表格每行一行,单元格以制表符分隔),问题注明了所在段落或表格行列。请在原文档中修改,改好后重新打开检查。"
                )));
                self.ui.notice.set_class_name("rc-source");
                self.ui.notice.set_hidden(false);
            }
            None => {
                self.source = None;
                self.ui.notice.set_hidden(true);
            }
        }
        self.ui.editor.set_value(text);
        self.save_draft();
        self.run_check();
        self.ui.editor.set_scroll_top(0);
        self.sync_scroll();
    }
}
