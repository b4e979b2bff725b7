//! Word documents written by real tools (tests/docx/, made by tests/docx/make_fixtures.py with
//! python-docx): what the reader finds in them, and the CLI on them.

use report_check::docx::{extract, DocxError, Place};
use report_check::{check, Config};
use std::path::PathBuf;
use std::process::Command;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/docx").join(name)
}

fn read(name: &str) -> Vec<u8> {
    std::fs::read(fixture(name)).unwrap()
}

fn cli(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_report-check")).args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn the_reader_sees_what_word_shows() {
    let doc = extract(&read("report-errors.docx")).unwrap();
    let t = &doc.text;
    // Headings numbered by numbering.xml (style-linked and direct), at three levels' worth.
    assert!(t.contains("\n一、主要工作\n（一）理论学习\n"), "{t}");
    assert!(t.contains("\n二、存在问题\n"), "{t}");
    // Tracked changes: the deletion gone, the insertion kept.
    assert!(t.contains("开展专题讲座6场"), "{t}");
    assert!(!t.contains("5场"), "{t}");
    // The text box after its paragraph, the footnote after the body, the table row by row.
    assert!(t.contains("见下表。\n说明:活动场次以台账登记为准。\n季度\t活动场次"), "{t}");
    assert!(t.contains("数据截至2024年11月30日。"), "{t}");
    let total = t.find("合计\t48").unwrap() + "合计\t".len();
    assert_eq!(doc.place_at(total), Some(Place::Cell { table: 1, row: 6, column: 2 }));
    assert_eq!(doc.place_at(t.find("数据截至").unwrap()), Some(Place::Footnote(1)));
    assert_eq!(doc.place_at(t.find("说明:").unwrap()), Some(Place::TextBox(7)));
}

#[test]
fn placeholders_and_the_wrong_total_are_errors_and_the_filled_report_is_clean() {
    let doc = extract(&read("report-errors.docx")).unwrap();
    let report = check(&doc.text, &Config::default());
    let errors: Vec<(&str, String)> = report
        .diagnostics
        .iter()
        .filter(|d| d.severity == report_check::Severity::Error)
        .map(|d| {
            (
                d.rule.as_str(),
                doc.text
                    .encode_utf16()
                    .skip(d.start)
                    .take(d.end - d.start)
                    .map(|u| char::from_u32(u as u32).unwrap_or('?'))
                    .collect(),
            )
        })
        .collect();
    for want in [("placeholder", "[X]"), ("placeholder", "20xx"), ("total-mismatch", "48")] {
        assert!(errors.iter().any(|(r, t)| *r == want.0 && t == want.1), "{want:?} in {errors:?}");
    }
    let filled = extract(&read("report-filled.docx")).unwrap();
    let report = check(&filled.text, &Config::default());
    assert_eq!(report.summary.errors, 0, "{:?}", report.diagnostics);
}

#[test]
fn word_numbered_headings_get_the_same_heading_checks_as_typed_ones() {
    let doc = extract(&read("numbered-headings.docx")).unwrap();
    let typed = std::fs::read_to_string(fixture("numbered-headings.txt")).unwrap();
    let numbering = |text: &str| -> Vec<(usize, String)> {
        check(text, &Config::default())
            .diagnostics
            .into_iter()
            .filter(|d| d.rule == "numbering")
            .map(|d| (d.line, d.message))
            .collect()
    };
    let from_word = numbering(&doc.text);
    assert!(!from_word.is_empty(), "三、 is missing: {}", doc.text);
    assert_eq!(from_word, numbering(typed.trim_end()));
}

#[test]
fn old_encrypted_and_damaged_files_say_what_to_do() {
    assert_eq!(extract(&read("old-format.doc")), Err(DocxError::OldFormat));
    assert_eq!(extract(&read("encrypted.docx")), Err(DocxError::Encrypted));
    assert_eq!(extract(&read("corrupt.docx")), Err(DocxError::Corrupt));
    for name in ["old-format.doc", "encrypted.docx", "corrupt.docx"] {
        let (code, _, err) = cli(&[fixture(name).to_str().unwrap()]);
        assert_eq!(code, 2, "{name}");
        assert!(err.contains("另存为"), "{name}: {err}");
    }
}

#[test]
fn the_cli_opens_docx_and_names_places() {
    let (code, out, err) = cli(&[fixture("report-errors.docx").to_str().unwrap()]);
    assert_eq!(code, 1, "{err}");
    assert!(
        out.contains("[total-mismatch] (表格1 第6行第2列)表格“合计”行“活动场次”列填的是48,但各行相加为46"),
        "{out}"
    );
    assert!(out.contains("[placeholder] (第"), "{out}");
    // By content too: a .docx renamed .txt is still read as Word.
    let renamed = std::env::temp_dir().join(format!("report-check-docx-{}.txt", std::process::id()));
    std::fs::copy(fixture("report-filled.docx"), &renamed).unwrap();
    let (code, out, _) = cli(&["--format", "json", renamed.to_str().unwrap()]);
    std::fs::remove_file(&renamed).ok();
    assert_eq!(code, 0, "{out}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["summary"]["errors"], 0);
    let (_, out, _) = cli(&["--format", "json", fixture("report-errors.docx").to_str().unwrap()]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let total = v["diagnostics"].as_array().unwrap().iter().find(|d| d["rule"] == "total-mismatch").unwrap();
    assert_eq!(total["place"], "表格1 第6行第2列");
}

#[test]
fn libreoffice_writes_the_same_text() {
    for name in ["report-errors", "report-filled", "numbered-headings"] {
        let ours = extract(&read(&format!("{name}.docx"))).unwrap();
        let lo = extract(&read(&format!("lo-{name}.docx"))).unwrap();
        assert_eq!(lo.text.trim(), ours.text.trim(), "{name}");
    }
}
