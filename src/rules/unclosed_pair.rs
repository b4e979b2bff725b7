//! Quotes and brackets never closed, or closed with the wrong mark.
//!
//! Not written yet: finds nothing.

use super::{Context, Rule};
use crate::diagnostic::Finding;

pub struct UnclosedPair;

impl Rule for UnclosedPair {
    fn id(&self) -> &'static str {
        "unclosed-pair"
    }

    fn check(&self, _ctx: &Context, _out: &mut Vec<Finding>) {}
}
