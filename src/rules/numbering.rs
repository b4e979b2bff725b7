//! Heading and enumeration numbers with gaps, repeats or wrong order.
//!
//! Not written yet: finds nothing.

use super::{Context, Rule};
use crate::diagnostic::Finding;

pub struct Numbering;

impl Rule for Numbering {
    fn id(&self) -> &'static str {
        "numbering"
    }

    fn check(&self, _ctx: &Context, _out: &mut Vec<Finding>) {}
}
