//! What several rules read and no rule owns, built at most once per check, on first use: the
//! sentences holding figures with their quantities (the numeric rules), the character-pair masks
//! of each line (`residue`, `term`), and the lines of page furniture (`residue` reports them,
//! `unclosed-pair` leaves their brackets alone).
//!
//! `check` makes one [`Analysis`] per draft and hands it to every rule in the [`Context`]
//! (`crate::rules::Context`), so [`Document`] itself knows only the text: lines, offsets and the
//! outline.

pub mod pairs;

use crate::document::Document;
use crate::numbers::relations::Parsed;
use crate::rules::page_furniture::{self, Kind};
use std::cell::OnceCell;

pub struct Analysis<'a, 't> {
    pub doc: &'a Document<'t>,
    numeric_sentences: OnceCell<Parsed>,
    pair_masks: OnceCell<Vec<u64>>,
    furniture: OnceCell<Vec<(usize, Kind)>>,
}

impl<'a, 't> Analysis<'a, 't> {
    pub fn new(doc: &'a Document<'t>) -> Self {
        Analysis { doc, numeric_sentences: OnceCell::new(), pair_masks: OnceCell::new(), furniture: OnceCell::new() }
    }

    /// The sentences holding figures, with their quantities: the numeric rules all read them
    /// (see `numbers::relations::sentences`).
    pub fn numeric_sentences(&self) -> &Parsed {
        self.numeric_sentences.get_or_init(|| crate::numbers::relations::parse(self.doc))
    }

    /// For each line, the groups of character pairs found in it, scanned once for all the rules
    /// that prefilter by pairs (see [`pairs`]).
    pub fn pair_masks(&self) -> &[u64] {
        self.pair_masks.get_or_init(|| pairs::scan_lines(self.doc))
    }

    /// The whole lines of page furniture (see `rules::page_furniture`).
    pub(crate) fn furniture(&self) -> &[(usize, Kind)] {
        self.furniture.get_or_init(|| page_furniture::furniture_lines(self))
    }

    /// Whether the line that holds byte `pos` is page furniture.
    pub(crate) fn on_furniture_line(&self, pos: usize) -> bool {
        let line = self.doc.line_of(pos);
        self.furniture().binary_search_by_key(&line, |&(i, _)| i).is_ok()
    }
}
