//! One pass over each paragraph for every rule that prefilters by pairs of characters.
//!
//! Why: `residue` and `term` each looked up every pair of neighbouring characters of every
//! paragraph (see [`crate::bigrams`]), which made two passes over the whole draft for the same
//! information. Their groups now sit side by side in one table; each paragraph is scanned once
//! per document (kept on the [`super::Analysis`], built on first use), and each rule reads its own bits.
//!
//! A rule's groups are declared beside its patterns (`residue::PAIR_GROUPS`,
//! `term::PAIR_GROUPS`), where the test that every alternative passes its prefilter also lives.

use super::Analysis;
use crate::bigrams::Bigrams;
use crate::document::Document;
use crate::rules::{residue, term};
use std::sync::LazyLock;

/// A rule's share of the table: its groups are bits `shift..shift + groups` of a line's mask.
pub struct Share {
    shift: u32,
    groups: u32,
}

/// Every rule's groups, in the order of the shares below.
const ALL: &[&[crate::text::Words]] = &[residue::PAIR_GROUPS, term::PAIR_GROUPS];

pub const RESIDUE: Share = Share { shift: 0, groups: residue::PAIR_GROUPS.len() as u32 };
pub const TERM: Share = Share { shift: RESIDUE.shift + RESIDUE.groups, groups: term::PAIR_GROUPS.len() as u32 };

static TABLE: LazyLock<Bigrams> = LazyLock::new(|| Bigrams::new(&ALL.concat()));

impl Share {
    /// The rule's groups whose pairs occur in line `i` of the draft (bit k: the rule's group k).
    pub fn in_line(&self, analysis: &Analysis, i: usize) -> u64 {
        self.own(analysis.pair_masks()[i])
    }

    /// The same for any text.
    pub fn scan(&self, text: &str) -> u64 {
        self.own(TABLE.scan(text))
    }

    fn own(&self, mask: u64) -> u64 {
        (mask >> self.shift) & ((1u64 << self.groups) - 1)
    }
}

/// One mask per line of `doc`; called once per document by [`Analysis::pair_masks`].
pub(crate) fn scan_lines(doc: &Document) -> Vec<u64> {
    doc.lines.iter().map(|l| TABLE.scan(&doc.text[l.range()])).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_rule_reads_only_its_own_groups() {
        // 百度文库 is residue's first group; 党的 is term's first.
        let doc = Document::new("标题\n来自百度文库\n党的建设\n普通段落");
        let doc = Analysis::new(&doc);
        assert_eq!(RESIDUE.in_line(&doc, 1), 1);
        assert_eq!(TERM.in_line(&doc, 1), 0);
        assert_eq!(RESIDUE.in_line(&doc, 2), 0);
        assert_eq!(TERM.in_line(&doc, 2), 0b1);
        assert_eq!((RESIDUE.in_line(&doc, 3), TERM.in_line(&doc, 3)), (0, 0));
        assert_eq!(TERM.scan("党的建设"), 0b1);
    }

    #[test]
    fn the_shares_fit_in_one_mask() {
        const { assert!(TERM.shift + TERM.groups <= 64) };
        assert_eq!(ALL.iter().map(|g| g.len() as u32).sum::<u32>(), TERM.shift + TERM.groups);
    }
}
