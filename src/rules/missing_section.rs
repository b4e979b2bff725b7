//! Required sections (存在问题, 下一步计划…) missing for the report's profile.
//!
//! Not written yet: finds nothing.

use super::{Context, Rule};
use crate::diagnostic::Finding;

/// The built-in profiles an administrator may name in `profile`.
pub const PROFILE_NAMES: &[&str] = &["工作总结", "工作报告", "述职报告", "工作计划"];

pub struct MissingSection;

impl Rule for MissingSection {
    fn id(&self) -> &'static str {
        "missing-section"
    }

    fn check(&self, _ctx: &Context, _out: &mut Vec<Finding>) {}
}
