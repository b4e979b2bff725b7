//! Parts that do not add up to their stated total.
//!
//! Not written yet: finds nothing.

use super::{Context, Rule};
use crate::diagnostic::Finding;

pub struct TotalMismatch;

impl Rule for TotalMismatch {
    fn id(&self) -> &'static str {
        "total-mismatch"
    }

    fn check(&self, _ctx: &Context, _out: &mut Vec<Finding>) {}
}
