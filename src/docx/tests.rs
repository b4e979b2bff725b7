use super::*;

/// A ZIP of stored entries (no compression, CRC left 0: the reader does not check it).
pub(crate) fn stored_zip(files: &[(&str, &str)]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, content) in files {
        let offset = out.len() as u32;
        let (n, c) = (name.as_bytes(), content.as_bytes());
        out.extend_from_slice(b"PK\x03\x04\x14\0\0\0\0\0\0\0\0\0\0\0\0\0");
        out.extend_from_slice(&(c.len() as u32).to_le_bytes());
        out.extend_from_slice(&(c.len() as u32).to_le_bytes());
        out.extend_from_slice(&(n.len() as u16).to_le_bytes());
        out.extend_from_slice(&0u16.to_le_bytes());
        out.extend_from_slice(n);
        out.extend_from_slice(c);
        central.extend_from_slice(b"PK\x01\x02\x14\0\x14\0\0\0\0\0\0\0\0\0\0\0\0\0");
        central.extend_from_slice(&(c.len() as u32).to_le_bytes());
        central.extend_from_slice(&(c.len() as u32).to_le_bytes());
        central.extend_from_slice(&(n.len() as u16).to_le_bytes());
        central.extend_from_slice(&[0; 12]);
        central.extend_from_slice(&offset.to_le_bytes());
        central.extend_from_slice(n);
    }
    let cd_offset = out.len() as u32;
    out.extend_from_slice(&central);
    out.extend_from_slice(b"PK\x05\x06\0\0\0\0");
    out.extend_from_slice(&(files.len() as u16).to_le_bytes());
    out.extend_from_slice(&(files.len() as u16).to_le_bytes());
    out.extend_from_slice(&(central.len() as u32).to_le_bytes());
    out.extend_from_slice(&cd_offset.to_le_bytes());
    out.extend_from_slice(&[0, 0]);
    out
}

fn doc(body: &str) -> Vec<u8> {
    let xml = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="x"><w:body>{body}</w:body></w:document>"#
    );
    stored_zip(&[("word/document.xml", &xml)])
}

fn text_of(body: &str) -> String {
    extract(&doc(body)).unwrap().text
}

#[test]
fn paragraphs_runs_tabs_and_breaks() {
    let t = text_of(
        r#"<w:p><w:r><w:t>一、总体</w:t></w:r><w:r><w:t xml:space="preserve">情况 </w:t></w:r></w:p><w:p/><w:p><w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>丙</w:t><w:br w:type="page"/></w:r></w:p>"#,
    );
    assert_eq!(t, "一、总体情况 \n\n甲\t乙\n丙");
}

#[test]
fn tracked_deletions_and_field_codes_are_dropped() {
    let t = text_of(
        r#"<w:p><w:r><w:t>共</w:t></w:r><w:del><w:r><w:delText>12</w:delText></w:r></w:del><w:ins><w:r><w:t>15</w:t></w:r></w:ins><w:r><w:t>场</w:t></w:r>
        <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>"#,
    );
    assert_eq!(t, "共15场3");
}

#[test]
fn tables_are_rows_of_tab_separated_cells_with_places() {
    let x = extract(&doc(
        r#"<w:p><w:r><w:t>前言</w:t></w:r></w:p><w:tbl><w:tblPr/><w:tr><w:tc><w:p><w:r><w:t>项目</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>场次</w:t></w:r></w:p></w:tc></w:tr>
        <w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>合计</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>9</w:t></w:r></w:p><w:p><w:r><w:t>场</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"#,
    ))
    .unwrap();
    assert_eq!(x.text, "前言\n项目\t场次\n合计\t\t9 场");
    let nine = x.text.find('9').unwrap();
    assert_eq!(x.place_at(nine), Some(Place::Cell { table: 1, row: 2, column: 3 }));
    assert_eq!(x.place_at(0), Some(Place::Paragraph(1)));
    assert_eq!(x.place_at(nine).unwrap().to_string(), "表格1 第2行第3列");
}

#[test]
fn text_boxes_follow_their_paragraph_and_fallbacks_are_skipped() {
    let t = text_of(
        r#"<w:p><w:r><w:t>正文</w:t></w:r><w:r><mc:AlternateContent><mc:Choice><w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>框内</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent><w:p><w:r><w:t>框内</w:t></w:r></w:p></w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p><w:p><w:r><w:t>下一段</w:t></w:r></w:p>"#,
    );
    assert_eq!(t, "正文\n框内\n下一段");
}

#[test]
fn list_numbering_is_generated() {
    let numbering = r#"<w:numbering><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>"#;
    let p = |lvl: usize, t: &str| {
        format!(
            r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="{lvl}"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>{t}</w:t></w:r></w:p>"#
        )
    };
    let body = [p(0, "总体情况"), p(1, "学习"), p(1, "宣传"), p(0, "存在问题")].concat();
    let xml = format!(r#"<w:document><w:body>{body}</w:body></w:document>"#);
    let bytes = stored_zip(&[("word/document.xml", &xml), ("word/numbering.xml", numbering)]);
    assert_eq!(extract(&bytes).unwrap().text, "一、总体情况\n（一）学习\n（二）宣传\n二、存在问题");
}

#[test]
fn footnotes_and_headers_come_after_the_body() {
    let foot = r#"<w:footnotes><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:t>数据来源:统计局</w:t></w:r></w:p></w:footnote></w:footnotes>"#;
    let header = r#"<w:hdr><w:p><w:r><w:t>某某局</w:t></w:r></w:p></w:hdr>"#;
    let xml = r#"<w:document><w:body><w:p><w:r><w:t>正文</w:t></w:r></w:p></w:body></w:document>"#;
    let bytes = stored_zip(&[
        ("word/document.xml", xml),
        ("word/footnotes.xml", foot),
        ("word/header1.xml", header),
        ("word/header2.xml", header),
    ]);
    let x = extract(&bytes).unwrap();
    assert_eq!(x.text, "正文\n数据来源:统计局\n某某局");
    assert_eq!(x.place_at(x.text.find("数据").unwrap()), Some(Place::Footnote(1)));
    assert_eq!(x.place_at(x.text.len() - 1), Some(Place::Header));
}

#[test]
fn bad_input_gets_a_message_never_a_panic() {
    assert_eq!(extract(b"PK\x03\x04garbage"), Err(DocxError::Corrupt));
    assert_eq!(extract(b"plain text"), Err(DocxError::Corrupt));
    let mut ole = OLE_MAGIC.to_vec();
    ole.resize(2048, 0);
    assert_eq!(extract(&ole), Err(DocxError::OldFormat));
    ole.extend("EncryptionInfo".encode_utf16().flat_map(|u| u.to_le_bytes()));
    assert_eq!(extract(&ole), Err(DocxError::Encrypted));
    assert_eq!(extract(&stored_zip(&[("xl/workbook.xml", "<x/>")])), Err(DocxError::NotWord));
    assert!(DocxError::OldFormat.to_string().contains("另存为"));
    // Every prefix of a valid file: an error or some text, never a panic.
    let good = doc(r#"<w:p><w:r><w:t>甲乙</w:t></w:r></w:p>"#);
    for n in 0..good.len() {
        let _ = extract(&good[..n]);
    }
}

#[test]
fn a_zip_bomb_stops_at_the_cap() {
    let zeros = vec![0u8; 1 << 20];
    let one = miniz_oxide::deflate::compress_to_vec(&zeros, 10);
    assert!(matches!(zip::inflate(&one, 1 << 19), Err(zip::ZipError::TooLarge)));
    assert_eq!(zip::inflate(&one, 1 << 20).map(|v| v.len()), Ok(1 << 20));
}

#[test]
fn images_are_never_read() {
    // A 50 MB picture beside a short body: only the body is looked at (and an image entry that
    // would not even inflate does no harm).
    let picture = "\u{1}".repeat(50 << 20);
    let xml = r#"<w:document><w:body><w:p><w:r><w:t>正文</w:t></w:r></w:p></w:body></w:document>"#;
    let mut bytes = stored_zip(&[("word/media/image1.png", &picture), ("word/document.xml", xml)]);
    let began = std::time::Instant::now();
    assert_eq!(extract(&bytes).unwrap().text, "正文");
    assert!(began.elapsed().as_millis() < 2000, "{:?}", began.elapsed());
    // Mark the picture as DEFLATE (its bytes are not valid DEFLATE): still not touched.
    bytes[8] = 8;
    assert_eq!(extract(&bytes).unwrap().text, "正文");
}
