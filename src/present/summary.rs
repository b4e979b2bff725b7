//! The words of the front ends' summaries: the page's line above its list and under its editor,
//! and the validator's panel head, status and validity message. The severity names are
//! [`Severity::label`]'s.

use crate::diagnostic::{Severity, Summary};

/// `3 处错误`, `1 个提醒`: a count, its measure word and the severity's name.
fn counted(n: usize, measure: &str, severity: Severity) -> String {
    format!("{n} {measure}{}", severity.label())
}

/// The page's summary above the list. `counts`: shown problems by severity (error, warning,
/// info); `cut`: the report's total and how many it lists, when it lists fewer.
pub(crate) fn page_summary(draft_empty: bool, counts: [usize; 3], cut: Option<(usize, usize)>) -> String {
    if draft_empty {
        return "粘贴或输入草稿后,这里会列出发现的问题。".to_string();
    }
    if counts.iter().all(|&n| n == 0) {
        return "未发现问题".to_string();
    }
    let mut parts = vec![counted(counts[0], "处", Severity::Error), counted(counts[1], "处", Severity::Warning)];
    if counts[2] > 0 {
        parts.push(counted(counts[2], "处", Severity::Info));
    }
    let mut t = crate::text::joined(&parts, " · ");
    if let Some((total, listed)) = cut {
        t.push_str(&format!("(共 {total} 处,只列出前 {listed} 处)"));
    }
    t
}

/// The summary's class: its colour follows the most severe problem shown.
pub(crate) fn page_summary_class(counts: [usize; 3]) -> &'static str {
    if counts[0] > 0 {
        "rc-summary has-error"
    } else if counts[1] > 0 {
        "rc-summary has-warning"
    } else {
        "rc-summary"
    }
}

/// Beside 全部恢复: how many problems the user ignored.
pub(crate) fn ignored_note(hidden: usize) -> String {
    format!("已忽略 {hidden} 处 ")
}

/// Under the editor: the problem at the caret, `k` (0-based) of `n`.
pub(crate) fn current_text(k: usize, n: usize, rule: &str, message: &str) -> String {
    format!("第 {} 处 / 共 {n} 处 · {}", k + 1, tooltip_text(rule, message))
}

/// Under the editor when the caret is on no problem.
pub(crate) fn current_hint(any: bool) -> &'static str {
    if any {
        "按 F8 跳到下一处问题,Shift+F8 上一处"
    } else {
        ""
    }
}

/// The tooltip over a highlighted problem: its rule's title and its message.
pub(crate) fn tooltip_text(rule: &str, message: &str) -> String {
    format!("{}:{message}", crate::rules::title_of(rule))
}

/// Under the editor: the draft's length in characters, white space not counted.
pub(crate) fn length_text(text: &str) -> String {
    format!("{} 字", text.chars().filter(|c| !c.is_whitespace()).count())
}

/// The validator's panel head: `发现 3 个问题:1 个错误,2 个提醒`.
pub(crate) fn panel_count(s: &Summary) -> String {
    if s.total == 0 {
        return "未发现问题".to_string();
    }
    let counts = [(s.errors, Severity::Error), (s.warnings, Severity::Warning), (s.infos, Severity::Info)];
    let parts: Vec<String> = counts.iter().filter(|c| c.0 > 0).map(|&(n, sev)| counted(n, "个", sev)).collect();
    format!("发现 {} 个问题:{}", s.total, crate::text::joined(&parts, ","))
}

/// The validator's panel status and its tone (`error`, `warn`, `ok`); `warn_mode`: the
/// administrator lets the user submit anyway.
pub(crate) fn panel_status(s: &Summary, warn_mode: bool) -> (&'static str, String) {
    if s.errors > 0 {
        if warn_mode {
            ("error", format!("有 {} 个错误,建议修改后再提交;确认无误可点“仍然提交”。", s.errors))
        } else {
            ("error", format!("有 {} 个错误需要修改,改好后才能提交。点击下面的问题可跳到原文。", s.errors))
        }
    } else if s.total > 0 {
        ("warn", "没有必须修改的错误,可以提交;下面的提醒请留意。".to_string())
    } else {
        ("ok", "问题已全部修改,可以提交。".to_string())
    }
}

/// Under the panel's list when it lists only `shown` of `total`.
pub(crate) fn panel_more(total: usize, shown: usize) -> Option<String> {
    (total > shown).then(|| format!("另有 {} 个问题未列出", total - shown))
}

/// Where a panel entry is: the title, or a line of the body (`title_lines` lines of the checked
/// text are the title's).
pub(crate) fn panel_place(is_title: bool, line: usize, title_lines: usize) -> String {
    if is_title {
        "标题".to_string()
    } else {
        format!("第 {} 行", line.saturating_sub(title_lines))
    }
}

/// The browser's validity bubble on the field holding the first of `errors` errors.
pub(crate) fn validity_message(message: &str, errors: usize) -> String {
    format!("{message}(共 {errors} 个错误,见下方列表)")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summary(errors: usize, warnings: usize, infos: usize) -> Summary {
        Summary { errors, warnings, infos, total: errors + warnings + infos, truncated: false }
    }

    #[test]
    fn the_page_summary() {
        assert_eq!(page_summary(true, [1, 0, 0], None), "粘贴或输入草稿后,这里会列出发现的问题。");
        assert_eq!(page_summary(false, [0, 0, 0], None), "未发现问题");
        assert_eq!(page_summary(false, [0, 2, 0], None), "0 处错误 · 2 处提醒");
        assert_eq!(page_summary(false, [1, 0, 3], None), "1 处错误 · 0 处提醒 · 3 处提示");
        assert_eq!(
            page_summary(false, [5, 0, 0], Some((1200, 1000))),
            "5 处错误 · 0 处提醒(共 1200 处,只列出前 1000 处)"
        );
        assert_eq!(page_summary_class([0, 1, 1]), "rc-summary has-warning");
        assert_eq!(page_summary_class([1, 1, 1]), "rc-summary has-error");
        assert_eq!(page_summary_class([0, 0, 1]), "rc-summary");
    }

    #[test]
    fn the_page_status_lines() {
        assert_eq!(ignored_note(2), "已忽略 2 处 ");
        assert_eq!(length_text("甲 乙\n丙"), "3 字");
        assert_eq!(current_hint(false), "");
        let title = crate::rules::title_of("placeholder");
        assert_eq!(tooltip_text("placeholder", "未填写"), format!("{title}:未填写"));
        assert_eq!(current_text(0, 4, "placeholder", "未填写"), format!("第 1 处 / 共 4 处 · {title}:未填写"));
    }

    #[test]
    fn the_panel_head_names_only_what_there_is() {
        assert_eq!(panel_count(&summary(0, 0, 0)), "未发现问题");
        assert_eq!(panel_count(&summary(1, 2, 0)), "发现 3 个问题:1 个错误,2 个提醒");
        assert_eq!(panel_count(&summary(0, 0, 1)), "发现 1 个问题:1 个提示");
    }

    #[test]
    fn the_panel_status_follows_the_mode() {
        assert_eq!(
            panel_status(&summary(2, 0, 0), false),
            ("error", "有 2 个错误需要修改,改好后才能提交。点击下面的问题可跳到原文。".to_string())
        );
        assert_eq!(
            panel_status(&summary(2, 0, 0), true),
            ("error", "有 2 个错误,建议修改后再提交;确认无误可点“仍然提交”。".to_string())
        );
        assert_eq!(panel_status(&summary(0, 1, 0), true).0, "warn");
        assert_eq!(panel_status(&summary(0, 0, 0), false).0, "ok");
        assert_eq!(panel_more(120, 100).as_deref(), Some("另有 20 个问题未列出"));
        assert_eq!(panel_more(100, 100), None);
        assert_eq!(panel_place(true, 1, 1), "标题");
        assert_eq!(panel_place(false, 5, 1), "第 4 行");
        assert_eq!(validity_message("未填写", 3), "未填写(共 3 个错误,见下方列表)");
    }
}
