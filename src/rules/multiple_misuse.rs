//! Multiples that disagree with their figures: `由3人提高到9人,提高3倍`.
//!
//! Not written yet: finds nothing.

use super::{Context, Rule};
use crate::diagnostic::Finding;

pub struct MultipleMisuse;

impl Rule for MultipleMisuse {
    fn id(&self) -> &'static str {
        "multiple-misuse"
    }

    fn check(&self, _ctx: &Context, _out: &mut Vec<Finding>) {}
}
