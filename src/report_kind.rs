//! The kinds of report the checker knows (a config's `profile`): one table, read by the config (the
//! kinds an administrator may name), the `missing-section` rule (the sections each kind needs live
//! there), and the page's choice of kind.

/// The config's `profile` that lets each draft's title decide its kind.
pub const AUTO: &str = "auto";
/// What the page calls [`AUTO`].
pub const AUTO_LABEL: &str = "自动识别";

pub const SUMMARY: &str = "工作总结";
pub const REPORT: &str = "工作报告";
pub const REVIEW: &str = "述职报告";
pub const PLAN: &str = "工作计划";

/// The built-in kinds, in the order the page offers them.
pub const KINDS: &[&str] = &[SUMMARY, REPORT, REVIEW, PLAN];

/// The kind of a draft whose title names none, or that has no title: most drafts are summaries.
pub const DEFAULT: &str = SUMMARY;

/// Words in a title that name each kind, tried in order: a 述职报告 also says 报告, and a
/// 工作总结 is often called a 汇报.
const TITLE_WORDS: &[(&str, crate::text::Words)] = &[
    (REVIEW, crate::words!["述职"]),
    (SUMMARY, crate::words!["总结", "汇报"]),
    (REPORT, crate::words!["报告"]),
    (PLAN, crate::words!["计划", "规划", "要点", "打算", "安排"]),
];

/// The built-in kind with this name.
pub fn known(name: &str) -> Option<&'static str> {
    KINDS.iter().copied().find(|k| *k == name)
}

/// The kind a title names ([`DEFAULT`] if none, or no title).
pub fn kind_of_title(title: Option<&str>) -> &'static str {
    let Some(title) = title else { return DEFAULT };
    TITLE_WORDS.iter().find(|(_, words)| words.any_in(title)).map_or(DEFAULT, |(kind, _)| kind)
}

/// The kind a draft is checked as: the config's `profile`, or its title's under [`AUTO`].
pub fn kind_for(profile: &str, title: Option<&str>) -> &'static str {
    if profile == AUTO {
        kind_of_title(title)
    } else {
        known(profile).unwrap_or(DEFAULT)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_name_their_kind() {
        assert_eq!(kind_of_title(Some("社区妇联工作")), SUMMARY);
        assert_eq!(kind_of_title(None), SUMMARY);
        assert_eq!(kind_of_title(Some("年度县政协主席述职述廉报告")), REVIEW);
        assert_eq!(kind_of_title(Some("2023年工作汇报")), SUMMARY);
        assert_eq!(kind_of_title(Some("2023年政府工作报告")), REPORT);
        assert_eq!(kind_of_title(Some("2024年工作要点")), PLAN);
    }

    #[test]
    fn a_fixed_kind_overrides_the_title() {
        assert_eq!(kind_for(PLAN, Some("2023年工作总结")), PLAN);
        assert_eq!(kind_for(AUTO, Some("2023年工作总结")), SUMMARY);
        assert_eq!(kind_for("不存在", None), DEFAULT);
    }
}
