//! Congress and plenum numbers cut short: `党的十和十八届三中全会`, `三中会`.
//!
//! Not written yet: finds nothing.

use super::{Context, Rule};
use crate::diagnostic::Finding;

pub struct Term;

impl Rule for Term {
    fn id(&self) -> &'static str {
        "term"
    }

    fn check(&self, _ctx: &Context, _out: &mut Vec<Finding>) {}
}
