//! Enumerated counts that disagree with the list (`三支队伍,即A、B`).
//!
//! Not written yet: finds nothing.

use super::{Context, Rule};
use crate::diagnostic::Finding;

pub struct CountMismatch;

impl Rule for CountMismatch {
    fn id(&self) -> &'static str {
        "count-mismatch"
    }

    fn check(&self, _ctx: &Context, _out: &mut Vec<Finding>) {}
}
