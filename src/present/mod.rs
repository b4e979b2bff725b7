//! What the browser front ends (the checking page, `wasm/page/`, and the OA validator,
//! `wasm/validator/`) show, decided without the browser: the words of their summaries, the
//! flagged text they quote, how the page groups its list and cuts its highlights, which part of
//! a draft an edit changed, the key that remembers "ignore this one", and how an administrator's
//! config is read. No wasm and no web-sys here: it compiles natively and its tests run with
//! `cargo test`. The front ends only move these strings and numbers in and out of the DOM.

pub(crate) mod config;
pub(crate) mod edit;
pub(crate) mod list;
pub(crate) mod summary;
