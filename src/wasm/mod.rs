//! The browser side: wasm-bindgen API and the web-sys component (issue 6, 7).
