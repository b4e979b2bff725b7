//! Unfilled template placeholders: `[X]`, `++`, `20xx年`, `××区`, `XXX同志`.
//!
//! So far only the administrator's extra patterns (`placeholders` in the config).

use super::{Context, Rule};
use crate::diagnostic::{Finding, Severity};

pub struct Placeholder;

impl Rule for Placeholder {
    fn id(&self) -> &'static str {
        "placeholder"
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Finding>) {
        for re in &ctx.config.extra_placeholders {
            for m in re.find_iter(ctx.doc.text).filter(|m| !m.is_empty()) {
                out.push(Finding::new(
                    self.id(),
                    Severity::Error,
                    m.range(),
                    format!("“{}”是管理员设定的待填内容,请替换为实际内容", m.as_str()),
                ));
            }
        }
    }
}
