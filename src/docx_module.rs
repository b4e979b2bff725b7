//! The `.docx` reader as its own small WebAssembly module (cargo feature `docx-module`), loaded by
//! the page only when a Word file is opened (`www/docx.js`), so the page's module does not carry
//! the inflater and XML reader.
//!
//! No wasm-bindgen: four plain exports and no imports, so the same few lines of JavaScript load it
//! from a file beside the page or from bytes inlined in the offline file.
//! - `rc_alloc(len) → ptr`: room for the file's bytes, which JavaScript copies in;
//! - `rc_extract(ptr, len) → status`: reads them (and frees them); 0 when the file was read;
//! - `rc_result_ptr()`, `rc_result_len()`: the answer, UTF-8 — with status 0 the JSON
//!   `{"text": …, "places": [[utf16Start, "表格1 第2行第3列"], …]}`, else the message for the user.

use std::cell::RefCell;

thread_local! {
    static RESULT: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
}

#[no_mangle]
pub extern "C" fn rc_alloc(len: usize) -> *mut u8 {
    let mut v = Vec::<u8>::with_capacity(len);
    let p = v.as_mut_ptr();
    std::mem::forget(v);
    p
}

/// # Safety
/// `ptr` and `len` must come from one `rc_alloc(len)`, its bytes written by the caller.
#[no_mangle]
pub unsafe extern "C" fn rc_extract(ptr: *mut u8, len: usize) -> u32 {
    let bytes = Vec::from_raw_parts(ptr, len, len);
    let (status, out) = match crate::docx::extract(&bytes) {
        Ok(doc) => (0, to_json(&doc)),
        Err(e) => (1, e.to_string()),
    };
    drop(bytes);
    RESULT.with(|r| *r.borrow_mut() = out.into_bytes());
    status
}

#[no_mangle]
pub extern "C" fn rc_result_ptr() -> *const u8 {
    RESULT.with(|r| r.borrow().as_ptr())
}

#[no_mangle]
pub extern "C" fn rc_result_len() -> usize {
    RESULT.with(|r| r.borrow().len())
}

/// The text and its places, place offsets in UTF-16 code units (what the page's offsets are).
fn to_json(doc: &crate::docx::Extracted) -> String {
    let mut out = String::with_capacity(doc.text.len() + 32 * doc.places.len() + 32);
    out.push_str("{\"text\":");
    push_string(&mut out, &doc.text);
    out.push_str(",\"places\":[");
    let (mut byte, mut units) = (0, 0);
    for (k, (start, place)) in doc.places.iter().enumerate() {
        units += doc.text[byte..*start].encode_utf16().count();
        byte = *start;
        if k > 0 {
            out.push(',');
        }
        out.push('[');
        out.push_str(&units.to_string());
        out.push(',');
        push_string(&mut out, &place.to_string());
        out.push(']');
    }
    out.push_str("]}");
    out
}

fn push_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(HEX[(c as usize) >> 4] as char);
                out.push(HEX[(c as usize) & 15] as char);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}
