//! Numbers broken in typing: `23。5万元`, `二一三年`, `回复率20230%`.
//!
//! Finds:
//! - a full stop used as a decimal point between digits (`12。4`, `2。0版`), fixed safely to `12.4`;
//! - a year in Chinese numerals missing its 〇 (`二一三年` for 二〇一三年), fixed safely;
//! - a rate that cannot exceed 100% written above it (`回复率20230%`, a template filled twice):
//!   a share (`占…的148%`) or a rate whose name says it counts part of a whole (合格率, 参保率…);
//! - a date whose 年 and 月 were lost in copying (`数据统计期限为202511日至20251231日`): a run of 6
//!   to 8 digits before 日, a year 19xx or 20xx then a month and a day that exist, and the end of
//!   such a period (`202511日—1231日`).
//!
//! Why: these survive spell-checkers, and each one reads as a different number.
//!
//! Left alone: digits glued to letters, other digits, `.` or `第` before them (an id, `第202511日`),
//! a run of digits without 日 (`20251231`), a phone number. A full stop that ends a sentence before a list number (`…完成3。2、加强…`,
//! `…3。2023年…`, `…3。5月…`), rates that can exceed 100% (完成率, 增长率, 拨备覆盖率, 床位使用率,
//! any rate the list does not know as a part of a whole, a share of a budget or plan:
//! `占预算数的106.48%`), full-width decimal points and thousands separators
//! (`３６．８０％`, `２７，２０３，３１９，０００元`: read as one figure), and Chinese-numeral years
//! written in full.
//!
//! Severity policy:
//! - error: each of the three shapes above is certain once found (a full stop between digits
//!   with nothing after that makes it a sentence end; 二一三年; a bounded rate above 100%);
//! - warning: a date without its 年 and 月 (the digits could, rarely, be a count of days);
//! - nothing otherwise.

#[cfg(not(target_arch = "wasm32"))]
use super::RuleDocs;
use super::{Context, Rule, RuleMeta};
use crate::diagnostic::{Finding, Severity};
use crate::numbers::relations::{chars, clause_before, sentences};
use crate::text::Words;
use crate::text::{char_positions, is_digit};
use crate::words;

/// What the rule is called and what it claims (see [`RuleMeta`]).
pub const META: RuleMeta = RuleMeta {
    id: "malformed-number",
    title: "数字写法有误",
    top_severity: Severity::Error,
    #[cfg(not(target_arch = "wasm32"))]
    docs: RuleDocs {
        summary: "`23。5万元`, `二一三年`, a bounded rate above 100% (error); a date whose 年 and 月 were lost in copying (`202511日至20251231日`) (warning); reads `３６．８０％`, `2，460` and `3,276` as one figure",
        flags: "全年完成投资23。5万元。",
        passes: "全年完成投资23.5万元。",
    },
};

pub struct MalformedNumber;

impl Rule for MalformedNumber {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Finding>) {
        let text = ctx.doc.text;
        full_stop_as_decimal_point(self.id(), text, out);
        year_missing_zero(self.id(), text, out);
        date_without_marks(self.id(), text, out);
        for s in sentences(&ctx.analysis) {
            for q in s.qs.iter() {
                if q.unit != "%" || q.value <= 100.0 || q.approx {
                    continue;
                }
                let pre = clause_before(s.text, q.range.start);
                let Some(p) = pre.rfind('率').or_else(|| pre.rfind('占')) else { continue };
                let after = &pre[p..];
                if chars(after) > 8 || UNBOUNDED_RATES.any_in(pre) {
                    continue;
                }
                // A rate is bounded when its name says it counts part of a whole (合格率, 参保率);
                // many others pass 100% as a matter of course (拨备覆盖率236%, 床位使用率105%,
                // 粮食自给率, 偿付能力充足率), so an unknown one is left alone.
                if pre[p..].starts_with('率') && !BOUNDED_RATES.ends(&pre[..p + '率'.len_utf8()]) {
                    continue;
                }
                out.push(Finding::new(
                    self.id(),
                    Severity::Error,
                    s.abs(&q.range),
                    format!("比率“{}”超过100%,疑为数字填写错误,请核对", &s.text[q.range.clone()]),
                ));
            }
        }
    }
}

/// Rates of part of a whole, which cannot exceed 100%: a rate is one of them when its name ends
/// with one of these (`群众回复率`, `学前教育毛入园率`).
const BOUNDED_RATES: Words = words![
    "合格率", "满意率", "回复率", "入学率", "参保率", "普及率", "达标率", "知晓率", "就业率", "办结率", "覆盖率",
];

/// Rates that may exceed 100%.
/// A share of a plan or a budget (`占预算数的106.48%`) is a rate of completion, unbounded too.
const UNBOUNDED_RATES: Words = words![
    "增长率", "增长", "增速", "增幅", "完成率", "完成", "执行率", "超额", "同比", "提高", "上升", "环比", "比率", "倍",
    "预算", "计划", "目标", "任务", "指标", "定额", "拨备", "流动性", "偿付",
];

/// `12。4`: digits, a full stop, digits, not followed by what makes the digits a list number or date.
fn full_stop_as_decimal_point(id: &'static str, text: &str, out: &mut Vec<Finding>) {
    for pos in char_positions(text, '。') {
        let digits = text[..pos].chars().rev().take(13).take_while(|&c| is_digit(c));
        let (count, len) = digits.fold((0, 0), |(n, l), c| (n + 1, l + crate::text::char_len(c)));
        if count == 0 || count > 12 {
            continue;
        }
        let start = pos - len;
        // A figure glued to letters or a decimal point already (V1.2。3) is not a plain number, nor
        // is the last term of a ratio (`收入比缩小至2.27:1。15个平台…` ends one sentence).
        if text[..start]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | ':' | '：' | '∶'))
        {
            continue;
        }
        let after_start = pos + '。'.len_utf8();
        let digits_after = text[after_start..].char_indices().take(13).take_while(|(_, c)| is_digit(*c)).count();
        if digits_after == 0 || digits_after > 12 {
            continue;
        }
        let end =
            after_start + text[after_start..].chars().take(digits_after).map(crate::text::char_len).sum::<usize>();
        let next = text[end..].chars().next();
        let list_or_date = next.is_some_and(|c| {
            matches!(
                c,
                '、' | '.'
                    | '．'
                    | ')'
                    | '）'
                    | '年'
                    | '月'
                    | '日'
                    | '号'
                    | '：'
                    | ':'
                    | '/'
                    | '-'
                    | '—'
                    | '是'
                    | '要'
                    | '，'
                    | ','
                    | '。'
            )
        });
        if list_or_date {
            continue;
        }
        out.push(
            Finding::new(
                id,
                Severity::Error,
                start..end,
                format!("“{}”中的句号应为小数点,请改为“{}”", &text[start..end], text[start..end].replace('。', ".")),
            )
            .with_fix(pos..after_start, ".", true),
        );
    }
}

/// The digits of a date without its 年 and 月 (`20251231`) are at most this many …
const DATE_DIGITS_MAX: usize = 8;
/// … and at least this many (`202511`).
const DATE_DIGITS_MIN: usize = 6;

/// `202511日`, `20251231日`: a year and a month and day that exist, digits only, right before 日;
/// and the end of the period after such a date (`—1231日`).
fn date_without_marks(id: &'static str, text: &str, out: &mut Vec<Finding>) {
    let b = text.as_bytes();
    // Where the last such date ends.
    let mut last_end = 0;
    for pos in char_positions(text, '日') {
        let n = b[..pos].iter().rev().take(DATE_DIGITS_MAX + 1).take_while(|c| c.is_ascii_digit()).count();
        let start = pos - n;
        let before = text[..start].chars().next_back();
        // `202511日—1231日`: right after such a date and a dash, a month and a day.
        let period_end = (3..=4).contains(&n)
            && before
                .is_some_and(|c| "至到—-~".contains(c) && last_end > 0 && last_end + crate::text::char_len(c) == start);
        let year = (DATE_DIGITS_MIN..=DATE_DIGITS_MAX).contains(&n)
            && (b[start..].starts_with(b"19") || b[start..].starts_with(b"20"))
            && !before.is_some_and(|c| c.is_ascii_alphanumeric() || "._-/第".contains(c));
        let md = if year { start + 4 } else { start };
        if (year || period_end) && month_day(&b[md..pos]) {
            last_end = pos + '日'.len_utf8();
            out.push(Finding::new(
                id,
                Severity::Warning,
                start..last_end,
                format!("“{}”像是丢了“年”“月”的日期,请核对补全", &text[start..last_end]),
            ));
        }
    }
}

/// Whether the digits `md` (two to four) read as a month and a day that exist (`11`, `1231`, `0101`).
fn month_day(md: &[u8]) -> bool {
    let num = |d: &[u8]| d.iter().fold(0, |n, b| n * 10 + u32::from(b - b'0'));
    (1..md.len()).any(|i| {
        let (m, d) = (num(&md[..i]), num(&md[i..]));
        i <= 2 && md.len() - i <= 2 && (1..=12).contains(&m) && (1..=31).contains(&d)
    })
}

fn is_zh_digit(c: char) -> bool {
    matches!(c, '〇' | '零' | '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九')
}

/// `二一三年` for 二〇一三年: 二, then 一/二, then one digit, then 年, standing alone.
fn year_missing_zero(id: &'static str, text: &str, out: &mut Vec<Finding>) {
    for pos in char_positions(text, '年') {
        let mut it = text[..pos].char_indices().rev();
        let (Some((_, c3)), Some((_, c2)), Some((p1, c1))) = (it.next(), it.next(), it.next()) else { continue };
        if c1 != '二' || !matches!(c2, '一' | '二') || !is_zh_digit(c3) || c3 == '〇' || c3 == '零' {
            continue;
        }
        if text[..p1].chars().next_back().is_some_and(|c| is_zh_digit(c) || matches!(c, '十' | '百' | '千' | '第'))
        {
            continue;
        }
        let end = pos + '年'.len_utf8();
        let fixed = format!("二〇{}{}年", c2, c3);
        out.push(
            Finding::new(id, Severity::Error, p1..end, format!("年份“{}”缺少“〇”,应为“{}”", &text[p1..end], fixed))
                .with_fix(p1..end, fixed, true),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_util::{assert_clean, assert_flags, findings};

    #[test]
    fn full_stop_between_digits() {
        assert_flags(&MalformedNumber, "发放补贴23。5万元。", &["23。5"]);
        assert_flags(&MalformedNumber, "打造服务平台2。0升级版", &["2。0"]);
        assert_flags(&MalformedNumber, "以“12。4”法制宣传日为契机", &["12。4"]);
        assert_flags(&MalformedNumber, "增长１２。４％", &["１２。４"]);
        let f = findings(&MalformedNumber, "发放补贴23。5万元");
        assert_eq!(f[0].severity, Severity::Error);
        assert_eq!((f[0].fixes[0].replacement.as_str(), f[0].fixes[0].safe), (".", true));
    }

    #[test]
    fn sentence_end_before_list_numbers_or_dates_is_fine() {
        assert_clean(&MalformedNumber, "全年完成3。2、加强队伍建设");
        assert_clean(&MalformedNumber, "共举办讲座3场。2023年以来");
        assert_clean(&MalformedNumber, "共举办讲座3。2023年以来");
        assert_clean(&MalformedNumber, "完成任务的100%。5月份开始");
        assert_clean(&MalformedNumber, "完成3。2.加强队伍建设");
        assert_clean(&MalformedNumber, "城乡居民收入比从2.50:1缩小至2.27:1。15个承接平台落地项目2200个");
        assert_clean(&MalformedNumber, "版本V1.2。3是");
        assert_clean(&MalformedNumber, "共3。");
    }

    #[test]
    fn chinese_year_missing_zero() {
        assert_flags(&MalformedNumber, "二一三年工作回顾", &["二一三年"]);
        assert_flags(&MalformedNumber, "二一四年工作思路", &["二一四年"]);
        assert_flags(&MalformedNumber, "二二三年", &["二二三年"]);
        let f = findings(&MalformedNumber, "二一三年工作回顾");
        assert_eq!(f[0].fixes[0].replacement, "二〇一三年");
        assert_clean(&MalformedNumber, "二〇一三年工作回顾");
        assert_clean(&MalformedNumber, "二〇二二年");
        assert_clean(&MalformedNumber, "二十二年来");
        assert_clean(&MalformedNumber, "一二年级");
        assert_clean(&MalformedNumber, "近二三年来");
    }

    #[test]
    fn dates_without_their_year_and_month_marks() {
        assert_flags(&MalformedNumber, "报告中所列数据统计期限为202511日至20251231日。", &["202511日", "20251231日"]);
        assert_flags(&MalformedNumber, "统计时间为202511日—1231日,报告在网站公开。", &["202511日", "1231日"]);
        assert_eq!(findings(&MalformedNumber, "统计期限为20250101日。")[0].severity, Severity::Warning);
        // Not a date: a month or day that does not exist, an ordinal, digits glued to an id, no 日,
        // a phone number, a count of days.
        assert_clean(&MalformedNumber, "统计期限为202500日至20251232日。");
        assert_clean(&MalformedNumber, "第202511日,编号A20251231日,电话13912345678,截至20251231。");
        assert_clean(&MalformedNumber, "2025年1月1日至12月31日,共365日。");
        assert_flags(&MalformedNumber, "统计期限为202511日至1331日。", &["202511日"]);
    }

    #[test]
    fn bounded_rates_above_100() {
        assert_flags(&MalformedNumber, "群众回复率20230%。", &["20230%"]);
        assert_flags(&MalformedNumber, "满意率达到120%。", &["120%"]);
        assert_clean(&MalformedNumber, "群众回复率98%。");
        assert_flags(&MalformedNumber, "女性占全镇总人口的148%。", &["148%"]);
        assert_clean(&MalformedNumber, "女性占全镇总人口的48%。");
        assert_clean(&MalformedNumber, "任务完成率120%。");
        assert_clean(&MalformedNumber, "同比增长150%。");
        assert_clean(&MalformedNumber, "增长率达到150%。");
        // Rates that pass 100% as a matter of course, and rates the rule does not know.
        assert_clean(&MalformedNumber, "不良贷款率1.12%,拨备覆盖率达到236%。");
        assert_clean(&MalformedNumber, "床位使用率105.2%。");
        assert_clean(&MalformedNumber, "粮食自给率112%。");
        assert_flags(&MalformedNumber, "网络覆盖率达到120%。", &["120%"]);
        // A share of a budget may pass 100%; full-width points are read whole.
        assert_clean(&MalformedNumber, "债款支出６６６，２２８，０００元，占预算数的１０６．４８％。");
        assert_clean(&MalformedNumber, "社会文教支出占３６．８０％。");
    }
}
