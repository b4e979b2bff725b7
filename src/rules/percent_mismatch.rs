//! Rates and percent changes that disagree with their figures.
//!
//! Not written yet: finds nothing.

use super::{Context, Rule};
use crate::diagnostic::Finding;

pub struct PercentMismatch;

impl Rule for PercentMismatch {
    fn id(&self) -> &'static str {
        "percent-mismatch"
    }

    fn check(&self, _ctx: &Context, _out: &mut Vec<Finding>) {}
}
