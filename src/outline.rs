//! Headings (一、 (一) 1. (1) ①, 第X部分, short title lines) and the section tree built from them.
//!
//! Placeholder until the outline is written (issue 5): no headings are found yet.

use crate::document::Document;

/// The heading structure of a draft.
#[derive(Debug, Clone, Default)]
pub struct Outline {
    pub headings: Vec<Heading>,
}

/// One heading line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    /// Index into `Document::lines`.
    pub line: usize,
}

impl Outline {
    pub fn build(_doc: &Document) -> Outline {
        Outline::default()
    }
}
