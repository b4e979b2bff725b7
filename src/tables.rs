//! Tables in a draft's text: runs of consecutive lines holding tab-separated cells, as Word and WPS
//! put a table on the clipboard and as `docx` writes the tables it reads (one row per line).
//!
//! Only the shape is found here; what the cells mean is for the rules (`rules/table_total.rs`).

use crate::document::Document;
use std::ops::Range;

/// One cell: its byte range in the draft (without the tabs around it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    pub range: Range<usize>,
}

/// One table: its rows, each a line of the draft split at tabs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// Index of the first line.
    pub first_line: usize,
    pub rows: Vec<Vec<Cell>>,
}

/// Fewest rows that make a table (a header and two rows, or two rows and a total).
pub const MIN_ROWS: usize = 3;

/// The tables of `doc`: runs of at least [`MIN_ROWS`] consecutive lines with a tab, each row cut
/// into cells at every tab.
pub fn tables(doc: &Document) -> Vec<Table> {
    let mut out = Vec::new();
    if !doc.text.as_bytes().contains(&b'\t') {
        return out; // nearly every typed draft
    }
    let mut run: Option<Table> = None;
    for i in 0..doc.lines.len() {
        let line = doc.lines[i];
        let text = doc.line_text(i);
        if text.contains('\t') && !text.trim().is_empty() {
            let mut cells = Vec::new();
            let mut start = line.start;
            for piece in text.split('\t') {
                cells.push(Cell { range: start..start + piece.len() });
                start += piece.len() + 1;
            }
            run.get_or_insert_with(|| Table { first_line: i, rows: Vec::new() }).rows.push(cells);
        } else if let Some(t) = run.take() {
            if t.rows.len() >= MIN_ROWS {
                out.push(t);
            }
        }
    }
    if let Some(t) = run.filter(|t| t.rows.len() >= MIN_ROWS) {
        out.push(t);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runs_of_tabbed_lines_are_tables() {
        let text = "前言\n项目\t场次\n甲\t1\n乙\t2\n正文\n只有\t两行\n不算\t表";
        let doc = Document::new(text);
        let t = tables(&doc);
        assert_eq!(t.len(), 1);
        assert_eq!(t[0].first_line, 1);
        assert_eq!(t[0].rows.len(), 3);
        assert_eq!(&text[t[0].rows[2][1].range.clone()], "2");
    }
}
