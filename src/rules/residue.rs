//! Junk pasted from document-sharing sites: `上一篇:…`, `第1页共9页`.
//!
//! Not written yet: finds nothing.

use super::{Context, Rule};
use crate::diagnostic::Finding;

pub struct Residue;

impl Rule for Residue {
    fn id(&self) -> &'static str {
        "residue"
    }

    fn check(&self, _ctx: &Context, _out: &mut Vec<Finding>) {}
}
