//! The CLI's line numbers and excerpts agree with the core's for every kind of line break
//! (`\n`, `\r\n`, a lone `\r` as old Mac and some exports write): the excerpt under a finding
//! is the line the finding is on.

use std::process::Command;

fn human(text: &str) -> String {
    let dir = std::env::temp_dir().join(format!("report-check-cli-lines-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(format!("draft-{}.txt", text.len() + text.matches('\r').count()));
    std::fs::write(&file, text).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_report-check")).arg(&file).output().unwrap();
    let _ = std::fs::remove_file(&file);
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn every_line_break_gives_the_same_line_and_excerpt() {
    let lines = ["2023年工作总结", "一、主要工作", "全年举办讲座[X]场,服务群众。"];
    let mut seen = Vec::new();
    for br in ["\n", "\r\n", "\r"] {
        let out = human(&lines.join(br));
        let head = out.lines().find(|l| l.contains("[placeholder]")).unwrap_or_else(|| panic!("no finding in {out:?}"));
        assert!(head.contains(":3:"), "the placeholder is on line 3 with {br:?}: {head}");
        assert!(out.contains("    3 | 全年举办讲座[X]场"), "the excerpt is line 3 with {br:?}: {out}");
        seen.push(out.lines().filter(|l| !l.contains("draft-")).map(str::to_string).collect::<Vec<_>>());
    }
    assert!(seen.windows(2).all(|w| w[0] == w[1]), "same output whatever the line break: {seen:?}");
}
