//! Word and WPS documents (`.docx`): the text a reader sees, and where each piece of it came from.
//!
//! [`extract`] takes the file's bytes and returns [`Extracted`]: one line per paragraph, table rows
//! one per line with their cells separated by tabs (so the table checks read them as they read a
//! table pasted from Word), the numbers Word generates for list paragraphs (`numbering.rs`), text
//! boxes after the paragraph holding them, then footnotes, endnotes and headers. Tracked deletions
//! (`w:del`) and field codes (`w:instrText`, the code part of a `w:fldChar` field) are dropped;
//! tracked insertions are kept. [`Extracted::place_at`] names where an offset of that text lies
//! (paragraph 5, table 2 row 3 column 4, footnote 1).
//!
//! Only the parts holding text are inflated (`word/document.xml`, `numbering.xml`, `styles.xml`,
//! footnotes, endnotes, headers): a document's images are never read. Each part is capped at
//! [`MAX_PART`] bytes once inflated, so a zip bomb stops with a message instead of filling memory.
//!
//! Old binary files (`.doc`, `.wps`: OLE compound files, magic `D0 CF 11 E0`) and password-protected
//! `.docx` (also OLE, holding an `EncryptionInfo` stream) are recognised and answered with what to do.
//!
//! Crates: `miniz_oxide` for DEFLATE (pure Rust, no C, the inflater the Rust zip crates use).
//! ZIP's central directory is read by hand (`zip.rs`, a hundred lines: the `zip` crate brings
//! writers, encryption and compressors the reader never needs), and so is the XML (`xml.rs`, which
//! says how it compares with `quick-xml`).

pub mod numbering;
pub mod xml;
pub mod zip;

use numbering::Numbering;
use std::fmt;
use xml::{Event, Reader};

/// Largest inflated size of one part (document.xml of a long report with heavy formatting is a few
/// MB; 64 MB is far beyond any report and still safe to hold in a browser tab).
pub const MAX_PART: usize = 64 << 20;

/// Why a file could not be read as a Word document. `Display` gives the message for the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocxError {
    /// Not a ZIP, or a damaged one.
    Corrupt,
    /// A ZIP without a Word body (an .xlsx, .odt, or some other archive).
    NotWord,
    /// An old binary Word or WPS file (`.doc`, `.wps`).
    OldFormat,
    /// A `.docx` protected by a password.
    Encrypted,
    /// The text parts inflate beyond [`MAX_PART`].
    TooLarge,
}

impl fmt::Display for DocxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            DocxError::Corrupt => "文件已损坏或不完整,无法作为 Word 文档(.docx)读取。请在 Word 或 WPS 中打开它,确认内容正常后“另存为”.docx 再检查。",
            DocxError::NotWord => "这个文件不是 Word 文档(.docx)(里面没有 Word 正文)。请在 Word 或 WPS 中打开报告,“另存为”Word 文档(.docx)后再检查。",
            DocxError::OldFormat => "这是旧版 Word(.doc)或 WPS(.wps)格式的文件,无法直接读取。请在 Word 或 WPS 中打开它,“另存为”Word 文档(.docx)后再检查。",
            DocxError::Encrypted => "文档设有打开密码(已加密),无法读取。请在 Word 或 WPS 中打开它,取消密码后“另存为”.docx 再检查。",
            DocxError::TooLarge => "文档正文过大(超过 64 MB),超出检查上限。请把报告正文另存为较小的 .docx 或 .txt 后再检查。",
        })
    }
}

impl std::error::Error for DocxError {}

/// What the first bytes of a file say it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A ZIP archive (`.docx`, but also `.xlsx`, `.odt`, …).
    Zip,
    /// An OLE compound file: `.doc`, `.wps`, or an encrypted `.docx`.
    Ole,
    /// Anything else: read as text.
    Other,
}

const OLE_MAGIC: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

pub fn sniff(bytes: &[u8]) -> Kind {
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        Kind::Zip
    } else if bytes.starts_with(&OLE_MAGIC) {
        Kind::Ole
    } else {
        Kind::Other
    }
}

/// Where a piece of the extracted text comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// The n-th paragraph of the body (1-based, counting paragraphs that hold text).
    Paragraph(usize),
    /// Table `table` (1-based, in document order), row and column (1-based).
    Cell {
        table: usize,
        row: usize,
        column: usize,
    },
    /// A text box (shape) anchored in body paragraph n (0 when before any).
    TextBox(usize),
    /// The n-th footnote, endnote.
    Footnote(usize),
    Endnote(usize),
    Header,
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Place::Paragraph(n) => write!(f, "第{n}段"),
            Place::Cell { table, row, column } => write!(f, "表格{table} 第{row}行第{column}列"),
            Place::TextBox(0) => write!(f, "文本框"),
            Place::TextBox(n) => write!(f, "第{n}段的文本框"),
            Place::Footnote(n) => write!(f, "脚注{n}"),
            Place::Endnote(n) => write!(f, "尾注{n}"),
            Place::Header => write!(f, "页眉"),
        }
    }
}

/// The text of a document as a reader sees it, and the place of each piece.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Extracted {
    pub text: String,
    /// (byte offset where the piece starts, its place), by offset.
    pub places: Vec<(usize, Place)>,
}

impl Extracted {
    /// The place of byte offset `pos` of [`Extracted::text`].
    pub fn place_at(&self, pos: usize) -> Option<Place> {
        let i = self.places.partition_point(|&(start, _)| start <= pos);
        i.checked_sub(1).map(|i| self.places[i].1)
    }

    fn line(&mut self, text: &str, place: Place) {
        if !self.text.is_empty() {
            self.text.push('\n');
        }
        self.places.push((self.text.len(), place));
        self.text.push_str(text);
    }
}

/// Reads a `.docx` from its bytes.
pub fn extract(bytes: &[u8]) -> Result<Extracted, DocxError> {
    match sniff(bytes) {
        Kind::Ole if is_encrypted_ooxml(bytes) => return Err(DocxError::Encrypted),
        Kind::Ole => return Err(DocxError::OldFormat),
        Kind::Other => return Err(DocxError::Corrupt),
        Kind::Zip => {}
    }
    let archive = zip::Archive::open(bytes).map_err(zip_error)?;
    let part = |name: &str| -> Result<String, DocxError> {
        match archive.find(name) {
            None => Ok(String::new()),
            Some(e) => archive.read(e, MAX_PART).map(utf8).map_err(zip_error),
        }
    };
    let body_name = main_part(&part("_rels/.rels")?).unwrap_or_else(|| "word/document.xml".into());
    let body = part(&body_name).and_then(|b| if b.is_empty() { part("word/document.xml") } else { Ok(b) })?;
    if body.is_empty() {
        return Err(DocxError::NotWord);
    }
    let dir = body_name.rfind('/').map_or("", |i| &body_name[..=i]);
    let numbering = Numbering::parse(&part(&format!("{dir}numbering.xml"))?, &part(&format!("{dir}styles.xml"))?);
    let mut walker = Walker::new(numbering);
    walker.walk(&body, Part::Body);
    walker.walk(&part(&format!("{dir}footnotes.xml"))?, Part::Footnotes);
    walker.walk(&part(&format!("{dir}endnotes.xml"))?, Part::Endnotes);
    let mut headers: Vec<&zip::Entry> = archive
        .entries
        .iter()
        .filter(|e| e.name.strip_prefix(dir).is_some_and(|n| n.starts_with("header") && n.ends_with(".xml")))
        .collect();
    headers.sort_by(|a, b| a.name.cmp(&b.name));
    for h in headers {
        let xml = archive.read(h, MAX_PART).map(utf8).map_err(zip_error)?;
        walker.walk(&xml, Part::Header);
    }
    Ok(walker.out)
}

fn zip_error(e: zip::ZipError) -> DocxError {
    match e {
        zip::ZipError::TooLarge => DocxError::TooLarge,
        zip::ZipError::Unsupported => DocxError::Encrypted,
        zip::ZipError::Corrupt => DocxError::Corrupt,
    }
}

fn utf8(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// The body part named in the package relationships (`word/document.xml` nearly always).
fn main_part(rels: &str) -> Option<String> {
    Reader::new(rels).find_map(|ev| match ev {
        Event::Start(t)
            if t.name == "Relationship" && t.attr("Type").is_some_and(|v| v.ends_with("/officeDocument")) =>
        {
            t.attr("Target").map(|p| p.trim_start_matches('/').to_string())
        }
        _ => None,
    })
}

/// An OLE compound file holding an `EncryptionInfo` stream: a `.docx` saved with a password.
fn is_encrypted_ooxml(bytes: &[u8]) -> bool {
    let name: Vec<u8> = "EncryptionInfo".encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
    bytes.windows(name.len()).any(|w| w == name.as_slice())
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Body,
    Footnotes,
    Endnotes,
    Header,
}

/// A paragraph being read.
#[derive(Default)]
struct Para {
    text: String,
    num_id: Option<String>,
    level: Option<usize>,
    style: Option<String>,
}

/// A table being read: its number, the row so far and the cell so far.
struct Table {
    index: usize,
    row: usize,
    cells: Vec<String>,
    cell: Option<String>,
    span: usize,
}

/// Elements whose whole content a reader does not see.
fn hidden(name: &str) -> bool {
    matches!(
        name,
        "w:del"
            | "w:moveFrom"
            | "mc:Fallback"
            | "w:instrText"
            | "w:delText"
            | "w:delInstrText"
            | "w:pPrChange"
            | "w:rPrChange"
            | "w:sectPr"
            | "w:tblPr"
            | "w:trPr"
            | "w:tblGrid"
            | "w:numberingChange"
    )
}

struct Walker {
    out: Extracted,
    numbering: Numbering,
    paras: Vec<Para>,
    tables: Vec<Table>,
    /// Text-box paragraphs met inside a paragraph, shown after it.
    deferred: Vec<String>,
    /// Open fields: true while in the field's code (before `separate`).
    fields: Vec<bool>,
    in_text: bool,
    in_ppr: bool,
    tables_seen: usize,
    paragraphs: usize,
    notes: usize,
    part: Part,
    /// Header lines already shown (the same header repeats in each section).
    headers: Vec<String>,
}

impl Walker {
    fn new(numbering: Numbering) -> Self {
        Walker {
            out: Extracted::default(),
            numbering,
            paras: Vec::new(),
            tables: Vec::new(),
            deferred: Vec::new(),
            fields: Vec::new(),
            in_text: false,
            in_ppr: false,
            tables_seen: 0,
            paragraphs: 0,
            notes: 0,
            part: Part::Body,
            headers: Vec::new(),
        }
    }

    fn in_code(&self) -> bool {
        self.fields.iter().any(|&code| code)
    }

    fn push_text(&mut self, s: &str) {
        if let Some(p) = self.paras.last_mut() {
            p.text.push_str(s);
        }
    }

    fn walk(&mut self, xml: &str, part: Part) {
        self.part = part;
        self.paras.clear();
        self.tables.clear();
        self.fields.clear();
        let mut skip = 0usize;
        for ev in Reader::new(xml) {
            if skip > 0 {
                match ev {
                    Event::Start(t) if !t.empty => skip += 1,
                    Event::End(_) => skip -= 1,
                    _ => {}
                }
                continue;
            }
            match ev {
                Event::Start(t) => {
                    if hidden(t.name) {
                        skip = usize::from(!t.empty);
                        continue;
                    }
                    match t.name {
                        "w:footnote" | "w:endnote" => {
                            if t.attr("w:type").is_some_and(|v| v != "normal") {
                                skip = usize::from(!t.empty);
                            } else {
                                self.notes += 1;
                            }
                        }
                        "w:p" => {
                            self.paras.push(Para::default());
                            if t.empty {
                                self.end_paragraph();
                            }
                        }
                        "w:pPr" => self.in_ppr = !t.empty,
                        "w:pStyle" | "w:numId" | "w:ilvl" if self.in_ppr => {
                            let v = t.attr("w:val").map(str::to_string);
                            if let Some(p) = self.paras.last_mut() {
                                match t.name {
                                    "w:pStyle" => p.style = v,
                                    "w:numId" => p.num_id = v,
                                    _ => p.level = v.and_then(|v| v.parse().ok()).filter(|&l: &usize| l < 9),
                                }
                            }
                        }
                        "w:t" => self.in_text = !t.empty,
                        "w:tab" if !self.in_ppr && !self.in_code() => self.push_text("\t"),
                        // A line break (not a page or column break).
                        "w:br" | "w:cr" if !self.in_code() && t.attr("w:type").is_none_or(|v| v == "textWrapping") => {
                            self.push_text("\n")
                        }
                        "w:noBreakHyphen" if !self.in_code() => self.push_text("-"),
                        "w:fldChar" => match t.attr("w:fldCharType") {
                            Some("begin") => self.fields.push(true),
                            Some("separate") => {
                                if let Some(f) = self.fields.last_mut() {
                                    *f = false;
                                }
                            }
                            Some("end") => {
                                self.fields.pop();
                            }
                            _ => {}
                        },
                        "w:tbl" => {
                            self.tables_seen += 1;
                            self.tables.push(Table {
                                index: self.tables_seen,
                                row: 0,
                                cells: Vec::new(),
                                cell: None,
                                span: 1,
                            });
                        }
                        "w:tr" => {
                            if let Some(tb) = self.tables.last_mut() {
                                tb.row += 1;
                                tb.cells.clear();
                            }
                        }
                        "w:tc" => {
                            if let Some(tb) = self.tables.last_mut() {
                                tb.cell = Some(String::new());
                                tb.span = 1;
                            }
                        }
                        "w:gridSpan" => {
                            if let Some(tb) = self.tables.last_mut() {
                                tb.span = t.attr("w:val").and_then(|v| v.parse().ok()).unwrap_or(1).clamp(1, 64);
                            }
                        }
                        _ => {}
                    }
                }
                Event::End(name) => match name {
                    "w:t" => self.in_text = false,
                    "w:pPr" => self.in_ppr = false,
                    "w:p" => self.end_paragraph(),
                    "w:tc" => {
                        if let Some(tb) = self.tables.last_mut() {
                            let cell = tb.cell.take().unwrap_or_default();
                            tb.cells.push(cell);
                            for _ in 1..tb.span {
                                tb.cells.push(String::new());
                            }
                        }
                    }
                    "w:tr" => self.end_row(),
                    "w:tbl" => {
                        self.tables.pop();
                    }
                    _ => {}
                },
                Event::Text(s) => {
                    if self.in_text && !self.in_code() {
                        if let Some(p) = self.paras.last_mut() {
                            xml::unescape_into(s, &mut p.text);
                        }
                    }
                }
            }
        }
        // A truncated part: whatever was open is shown as it stands.
        while !self.paras.is_empty() {
            self.end_paragraph();
        }
    }

    fn end_paragraph(&mut self) {
        self.in_ppr = false;
        let Some(p) = self.paras.pop() else { return };
        let label = self.numbering.label(p.num_id.as_deref(), p.level, p.style.as_deref());
        let mut text = label.unwrap_or_default();
        text.push_str(&p.text);
        // Inside a table cell (of the innermost open table, if the paragraph is not in a text box).
        if let Some(cell) = self.tables.last_mut().and_then(|t| t.cell.as_mut()) {
            let flat = text.replace(['\n', '\t'], " ");
            if !cell.is_empty() && !flat.is_empty() {
                cell.push(' ');
            }
            cell.push_str(&flat);
            return;
        }
        if !self.paras.is_empty() {
            // A text box inside a paragraph: shown after that paragraph.
            self.deferred.push(text);
            return;
        }
        let blank = text.trim().is_empty();
        let place = match self.part {
            Part::Body if blank => Place::Paragraph(self.paragraphs),
            Part::Body => {
                self.paragraphs += 1;
                Place::Paragraph(self.paragraphs)
            }
            Part::Footnotes => Place::Footnote(self.notes),
            Part::Endnotes => Place::Endnote(self.notes),
            Part::Header => Place::Header,
        };
        if self.part == Part::Header {
            if blank || self.headers.contains(&text) {
                return;
            }
            self.headers.push(text.clone());
        }
        if !(blank && self.part != Part::Body) {
            self.out.line(&text, place);
        }
        let anchor = self.paragraphs;
        for t in std::mem::take(&mut self.deferred) {
            if !t.trim().is_empty() {
                self.out.line(&t, Place::TextBox(anchor));
            }
        }
    }

    fn end_row(&mut self) {
        let depth = self.tables.len();
        let Some(tb) = self.tables.last_mut() else { return };
        let cells = std::mem::take(&mut tb.cells);
        let (index, row) = (tb.index, tb.row);
        if depth > 1 {
            // A table inside a cell: its rows join the outer cell's text.
            let joined = cells.iter().filter(|c| !c.is_empty()).cloned().collect::<Vec<_>>().join(" ");
            if let Some(cell) = self.tables[depth - 2].cell.as_mut() {
                if !cell.is_empty() && !joined.is_empty() {
                    cell.push(' ');
                }
                cell.push_str(&joined);
            }
            return;
        }
        if cells.iter().all(|c| c.trim().is_empty()) || !self.paras.is_empty() && self.part == Part::Header {
            return;
        }
        if !self.out.text.is_empty() {
            self.out.text.push('\n');
        }
        for (k, c) in cells.iter().enumerate() {
            if k > 0 {
                self.out.text.push('\t');
            }
            self.out.places.push((self.out.text.len(), Place::Cell { table: index, row, column: k + 1 }));
            self.out.text.push_str(c);
        }
    }
}

#[cfg(test)]
mod tests;

/// A diagnostic with the place in the document it points at (`表格1 第5行第3列`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct PlacedDiagnostic {
    #[serde(flatten)]
    pub diagnostic: crate::Diagnostic,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
}

/// A checked document: the text that was checked (what the offsets refer to), the findings with
/// their places, and the counts.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct CheckedDocument {
    pub text: String,
    pub diagnostics: Vec<PlacedDiagnostic>,
    pub summary: crate::Summary,
}

/// Reads a `.docx` and checks its text.
pub fn check_docx(bytes: &[u8], config: &crate::Config) -> Result<CheckedDocument, DocxError> {
    let doc = extract(bytes)?;
    let report = crate::check(&doc.text, config);
    Ok(place_report(&doc, report))
}

/// Names the place of each diagnostic of `report` (made from `doc.text`).
pub fn place_report(doc: &Extracted, report: crate::Report) -> CheckedDocument {
    // One sweep from UTF-16 offsets to byte offsets, diagnostics being sorted by start.
    let mut units = 0;
    let mut chars = doc.text.char_indices().peekable();
    let mut byte = 0;
    let diagnostics = report
        .diagnostics
        .into_iter()
        .map(|d| {
            while units < d.start {
                let Some((_, c)) = chars.next() else { break };
                units += c.len_utf16();
                byte = chars.peek().map_or(doc.text.len(), |&(i, _)| i);
            }
            let place = doc.place_at(byte).map(|p| p.to_string());
            PlacedDiagnostic { diagnostic: d, place }
        })
        .collect();
    CheckedDocument { text: doc.text.clone(), diagnostics, summary: report.summary }
}
