//! Any config text is either accepted or rejected with a message: never a panic, never a
//! regex that compiles to something huge. An accepted config then checks a small draft.
#![no_main]

use libfuzzer_sys::fuzz_target;
use report_check::{check, Config};

fuzz_target!(|data: &[u8]| {
    let Ok(json) = std::str::from_utf8(data) else { return };
    match Config::from_json(json) {
        Ok(config) => {
            check("一、主要工作\n全年完成[X]个项目，“同比增长15%。\n三、下一步计划\n", &config);
        }
        Err(e) => assert!(!e.message.is_empty()),
    }
});
