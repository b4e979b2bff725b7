//! The title's year disagrees with the year the body reports on.
//!
//! Not written yet: finds nothing.

use super::{Context, Rule};
use crate::diagnostic::Finding;

pub struct DateMismatch;

impl Rule for DateMismatch {
    fn id(&self) -> &'static str {
        "date-mismatch"
    }

    fn check(&self, _ctx: &Context, _out: &mut Vec<Finding>) {}
}
