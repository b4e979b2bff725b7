//! Numbers broken in typing: `23。5万元`, `二一三年`, `回复率20230%`.
//!
//! Not written yet: finds nothing.

use super::{Context, Rule};
use crate::diagnostic::Finding;

pub struct MalformedNumber;

impl Rule for MalformedNumber {
    fn id(&self) -> &'static str {
        "malformed-number"
    }

    fn check(&self, _ctx: &Context, _out: &mut Vec<Finding>) {}
}
