//! Multiples (倍, 番) used wrongly or against the figures.
//!
//! Finds:
//! - `由3人提高到9人,提高3倍`: `增加(了)N倍` means the new figure is N+1 times the old one
//!   (提高2倍, or 提高到3倍); `增加到N倍` / `是原来的N倍` means N times; the stated multiple must fit;
//! - `1800人次,是上年600人次的2倍`: a multiple of a base written with its value in the next
//!   clause (是/为/相当于 … A 的 N倍), `B,是上年的N倍,上年为A` (the base given in the next clause
//!   under the name the ratio uses), `由去年的A增至B,是去年的N倍` (the base named again), and
//!   `是…A的N倍多` (B/A at least N and below N+1 whatever the figures' rounding);
//! - `翻一番` doubles, `翻两番` quadruples: checked against the figures when both are given (a
//!   span of years may stand before the verb: `,五年翻了一番`);
//! - a multiple against a year (`比1949年增长6.9倍`, `是1978年(46.62亿元)的290.5倍`), its base the
//!   one figure of the unit the paragraph gives for that year (a warning: the base is inferred);
//! - `下降/减少/降低/缩小N倍`: always wrong, a figure cannot fall by more than itself
//!   (write 减少一半, 下降50%).
//!
//! Why: 倍 is the most common arithmetic slip in Chinese reports and readers notice it.
//!
//! Left alone: approximate figures and multiples whose base is not written beside them
//! (`增长了1.5倍` on its own is not checked), multiples in a clause with a subject of its own or
//! for several changes (分别), average multiples (年均), and `增长N倍` for N times from 10 times
//! up (`由214元增至39864元,增长了186倍`: loose wording, one more or less is no certain slip).
//!
//! Severity policy:
//! - error: 由A到B + a clause that only words the change (or `B,是…A的N倍`), and N倍/翻N番 does
//!   not fit B/A beyond rounding (5% for 番); 下降/减少N倍, which is wrong whatever the figures;
//! - warning: `B,是…A的N倍` off only within the rounding of figures written in 万/亿 or decimals;
//! - nothing otherwise.

#[cfg(not(target_arch = "wasm32"))]
use super::RuleDocs;
use super::{Context, Rule, RuleMeta};
use crate::diagnostic::{Finding, Severity};
use crate::numbers::relations::{apart, changes, chars, clause_before, sentences, stated_ratios, year_of, Sentence};
use crate::numbers::{agrees, ratio_disagrees, ratio_range, show, trim, Quantity};
use crate::text::Words;
use crate::words;

/// What the rule is called and what it claims (see [`RuleMeta`]).
pub const META: RuleMeta = RuleMeta {
    id: "multiple-misuse",
    title: "倍数用法",
    top_severity: Severity::Error,
    #[cfg(not(target_arch = "wasm32"))]
    docs: RuleDocs {
        summary: "`由3人提高到9人,提高3倍`; `B,是上年A的N倍` that does not hold; `减少了一倍`; 翻N番 that does not fit `由A到B` (error; a warning within the rounding of the figures as written); a multiple against a year whose figure the paragraph gives (`1949年…469.5万吨。…3700.9万吨,比1949年增长9.6倍`, warning)",
        flags: "参训人数由3人提高到9人,提高3倍。",
        passes: "参训人数由3人提高到9人,提高2倍。",
    },
};

pub struct MultipleMisuse;

impl Rule for MultipleMisuse {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Finding>) {
        let all = sentences(&ctx.analysis);
        let mut paragraph = 0;
        for (k, s) in all.iter().enumerate() {
            if k > 0 && apart(ctx.doc.text, &all[k - 1], s) {
                paragraph = k;
            }
            let before = out.len();
            check_changes(self.id(), s, out);
            check_ratios(self.id(), s, out);
            if out.len() == before {
                check_year_bases(self.id(), &all[paragraph..=k], out);
            }
            let flagged: Vec<_> = out[before..].iter().map(|f| f.range.clone()).collect();
            check_decrease_by_multiple(self.id(), s, &flagged, out);
        }
    }
}

/// `1800人次,是上年600人次的3倍`: the multiple is the figure over the base named with its value.
fn check_ratios(id: &'static str, s: &Sentence, out: &mut Vec<Finding>) {
    for r in stated_ratios(s) {
        let (b, a, n) = (&s.qs[r.of], &s.qs[r.base], &s.qs[r.stated]);
        if n.unit != "倍" {
            continue;
        }
        let Some((ratio, within_rounding)) =
            (if r.at_least { more_than(n, b, a, s.text) } else { ratio_disagrees(n, (b, s.text), (a, s.text), 1.0) })
        else {
            continue;
        };
        // Within what the figures' rounding allows: likely wrong, not certain.
        let severity = if within_rounding { Severity::Warning } else { Severity::Error };
        out.push(ratio_finding(id, severity, s, n, b, (a, s.text), ratio));
    }
}

/// `1949年全省粮食产量469.5万吨。2018年…达到3700.9万吨,比1949年增长6.9倍`; `生产总值13540.83亿元,
/// 是1978年(46.62亿元)的290.5倍`: a multiple against a year, its base the one figure of the unit
/// that the paragraph gives for that year before (or in brackets after the year). A warning: the
/// base is inferred. 增长N倍 may be loosely meant as N times, so either reading passes.
fn check_year_bases(id: &'static str, paragraph: &[Sentence], out: &mut Vec<Finding>) {
    let s = &paragraph[paragraph.len() - 1];
    for (k, n) in s.qs.iter().enumerate() {
        if n.unit != "倍" || n.approx || k == 0 {
            continue;
        }
        let lead = clause_before(s.text, n.range.start);
        let bracketed =
            (lead == "的" && s.text[..n.range.start - lead.len()].ends_with(&[')', '）'][..])).then(|| k - 1);
        // 比1949年增长 / 较1978年增长了 / 是2012年的 / 是1978年(…)的
        let said = if bracketed.is_some() {
            let before = s.text[..s.qs[k - 1].range.start].trim_end_matches(&['(', '（'][..]);
            before.ends_with('年').then(|| year_of(before)).flatten()
        } else {
            // (The year right after the word: its first 年 ends four digits.)
            let l = lead.strip_prefix(&['比', '较', '是', '为'][..]);
            l.filter(|l| l.find('年') == Some(4)).and_then(|l| year_of(&l[..4 + '年'.len_utf8()]))
        };
        let Some(year) = said else { continue };
        let rest = lead[lead.find(year).map_or(lead.len(), |y| y + year.len())..].trim_start_matches(&['年', '的'][..]);
        let growth = bracketed.is_none() && !rest.is_empty();
        if growth && (chars(rest) > 3 || crate::numbers::relations::direction(rest) != Some(true)) {
            continue;
        }
        // The figure compared: the nearest of a unit that counts before the multiple's clause.
        let Some(b_at) = s.qs[..bracketed.unwrap_or(k)].iter().rposition(|q| Quantity::countable_unit(q.unit)) else {
            continue;
        };
        let b = &s.qs[b_at];
        let base = match bracketed {
            Some(j) => Some((&s.qs[j], s.text)),
            None => {
                let mut found = Vec::new();
                for (i, t) in paragraph.iter().enumerate() {
                    let upto = if i + 1 == paragraph.len() { b_at } else { t.qs.len() };
                    for q in &t.qs[..upto] {
                        if q.unit == b.unit && !q.approx && year_of(&t.text[..q.range.start]) == Some(year) {
                            found.push((q, t.text));
                        }
                    }
                }
                // Several figures of that year: the one under the compared figure's own name
                // (`2012年…收入7.04亿元,其中,税收收入4.30亿元,…税收收入10.66亿元,是2012年的2.48倍`).
                let name = clause_before(s.text, b.range.start);
                if found.len() > 1 {
                    found.retain(|&(q, t)| clause_before(t, q.range.start) == name);
                }
                (found.len() == 1).then(|| found[0])
            }
        };
        let Some((a, a_text)) = base else { continue };
        if a.unit != b.unit || b.approx || a.value <= 0.0 {
            continue;
        }
        let (lo, hi) = ratio_range((b.value, b.rounding(s.text)), (a.value, a.rounding(a_text)));
        let fits = |shift: f64| crate::numbers::may_be_within(n.value, n.precision, lo - shift, hi - shift);
        if fits(0.0) || growth && fits(1.0) {
            continue;
        }
        out.push(ratio_finding(id, Severity::Warning, s, n, b, (a, a_text), b.value / a.value));
    }
}

/// `B÷A=ratio倍` against the stated multiple `n` (`n` and `b` in `s`; `a` with the text its range
/// indexes: a year's figure may stand in another sentence of the paragraph).
fn ratio_finding(
    id: &'static str,
    severity: Severity,
    s: &Sentence,
    n: &Quantity,
    b: &Quantity,
    (a, a_text): (&Quantity, &str),
    ratio: f64,
) -> Finding {
    Finding::new(
        id,
        severity,
        s.abs(&n.range),
        format!(
            "{}÷{}={}倍,文中写作“{}”,请核对",
            &s.text[b.range.clone()],
            &a_text[a.range.clone()],
            trim(ratio),
            &s.text[n.range.clone()]
        ),
    )
}

/// `N倍多`: B ÷ A, with the figures' rounding, must reach N and stay below N+1. Only a ratio
/// outside that whatever the rounding is reported (an error).
fn more_than(n: &Quantity, b: &Quantity, a: &Quantity, text: &str) -> Option<(f64, bool)> {
    let (lo, hi) = ratio_range((b.value, b.rounding(text)), (a.value, a.rounding(text)));
    (hi < n.value || lo >= n.value + 1.0).then(|| (b.value / a.value, false))
}

fn check_changes(id: &'static str, s: &Sentence, out: &mut Vec<Finding>) {
    for c in changes(s) {
        let (a, b, n) = (&s.qs[c.from], &s.qs[c.to], &s.qs[c.stated]);
        if a.approx || b.approx || n.approx || a.value <= 0.0 || b.value <= a.value {
            continue; // decreases by N倍 are flagged below whatever the figures
        }
        if c.up == Some(false) {
            continue;
        }
        let ratio = b.value / a.value;
        let stated = &s.text[n.range.clone()];
        let verb = c.verb.trim_start_matches(&['，', ','][..]);
        let base = format!("由{}到{}是原来的{}倍", show(a.value, a.unit), show(b.value, b.unit), trim(ratio));
        match n.unit {
            "倍" => {
                let expected = if c.to_form { ratio } else { ratio - 1.0 };
                // (A large multiple, `由214元增至39864元,增长了186倍`, is often worded loosely: one
                // more or less is no certain slip.)
                if agrees(n.value, n.precision, expected)
                    || n.value >= LOOSE_MULTIPLE && agrees(n.value, n.precision, ratio)
                {
                    continue;
                }
                let other = if c.to_form { ratio - 1.0 } else { ratio };
                let word = crate::words!["提高", "增加", "增长", "提升", "上升", "扩大"]
                    .iter()
                    .find(|w| verb.contains(w))
                    .unwrap_or("增加");
                let msg = if agrees(n.value, n.precision, other) && !c.to_form {
                    format!(
                        "{base},即{word}了{}倍;“{verb}{stated}”把倍数多算了一倍,应写作“{word}{}倍”或“{word}到{}倍”",
                        trim(ratio - 1.0),
                        trim(ratio - 1.0),
                        trim(ratio)
                    )
                } else if agrees(n.value, n.precision, other) {
                    format!("{base},文中写作“{verb}{stated}”;“增加到N倍”指变为原来的N倍,请核对")
                } else {
                    format!("{base}(增加了{}倍),文中写作“{verb}{stated}”,请核对", trim(ratio - 1.0))
                };
                let mut f = Finding::new(id, Severity::Error, s.abs(&n.range), msg);
                if !c.to_form
                    && (ratio - 1.0).fract().abs() < 1e-9
                    && stated.bytes().next().is_some_and(|b| b.is_ascii_digit())
                {
                    f = f.with_fix(s.abs(&n.figure), trim(ratio - 1.0), false);
                }
                out.push(f);
            }
            "番" => {
                let expected = two_to_the(n.value);
                if (ratio - expected).abs() <= expected * 0.05 {
                    continue;
                }
                out.push(Finding::new(
                    id,
                    Severity::Error,
                    s.abs(&n.range),
                    format!("{base};“翻{}”应是原来的{}倍,请核对", stated, trim(expected)),
                ));
            }
            _ => {}
        }
    }
}

/// 2 to the power `x`, without `f64::powf`: the optimiser turns `2f64.powf` into `exp2`, whose
/// 4 KB table of doubles cost the browser module about 3.5 KB gzipped. Whole powers are exact;
/// a fraction (`翻1.5番`, never seen) goes through the series of e^(f·ln 2), within an ulp or two.
fn two_to_the(x: f64) -> f64 {
    let whole = x.floor();
    let t = (x - whole) * std::f64::consts::LN_2;
    let (mut sum, mut term) = (1.0, 1.0);
    for k in 1..=20 {
        term *= t / f64::from(k);
        sum += term;
    }
    let mut n = whole.clamp(-1100.0, 1100.0) as i32;
    while n > 0 {
        sum *= 2.0;
        n -= 1;
    }
    while n < 0 {
        sum *= 0.5;
        n += 1;
    }
    sum
}

/// From this multiple up, `增长N倍` for N times is taken as loose wording, not a slip.
const LOOSE_MULTIPLE: f64 = 10.0;

const DOWN_VERBS: Words = words!["下降", "减少", "降低", "缩小", "缩减", "减低", "下滑", "压缩", "降"];

/// `减少了一倍`, `下降3倍`: a fall cannot be a multiple.
fn check_decrease_by_multiple(
    id: &'static str,
    s: &Sentence,
    already: &[std::ops::Range<usize>],
    out: &mut Vec<Finding>,
) {
    for q in s.qs.iter() {
        if q.unit != "倍" {
            continue;
        }
        let pre = clause_before(s.text, q.range.start);
        let pre = pre.strip_suffix('了').unwrap_or(pre);
        let pre = pre.strip_suffix("同比").unwrap_or(pre);
        let Some(verb) = DOWN_VERBS.iter().find(|v| pre.ends_with(*v)) else { continue };
        let range = s.abs(&q.range);
        if already.iter().any(|r| r.start < range.end && range.start < r.end) {
            continue;
        }
        out.push(Finding::new(
            id,
            Severity::Error,
            range,
            format!(
                "“{}{}”说法不当:减少不能以“倍”计,请改用百分比或分数(如“{}了50%”“{}一半”)",
                verb,
                &s.text[q.range.clone()],
                verb,
                verb
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn two_to_the_matches_powf() {
        for i in -60..=60 {
            assert_eq!(super::two_to_the(f64::from(i)), 2f64.powf(f64::from(i)));
        }
        for x in [0.5, 1.5, 2.25, 3.7, 0.001, 0.999, 10.1] {
            let (a, b) = (super::two_to_the(x), 2f64.powf(x));
            assert!((a - b).abs() <= b * 4e-16, "{x}: {a} {b}");
        }
    }

    use super::*;
    use crate::rules::test_util::{assert_clean, assert_flags, findings};

    #[test]
    fn a_multiple_against_a_years_figure() {
        // The base is the one figure of the unit the paragraph gives for that year.
        let t = "1949年全省粮食产量只有469.5万吨。2018年,全省粮食产量达到3700.9万吨,居全国第5位,比1949年增长9.6倍。";
        let f = findings(&MultipleMisuse, t);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!((&t[f[0].range.clone()], f[0].severity), ("9.6倍", Severity::Warning));
        // 增长N倍 read either way: N+1 times, or loosely N times.
        assert_clean(&MultipleMisuse, &t.replace("9.6倍", "6.9倍"));
        assert_clean(&MultipleMisuse, &t.replace("9.6倍", "7.9倍"));
        // In brackets after the year.
        let t = "全省生产总值13540.83亿元,是1978年(46.62亿元)的209.5倍。";
        assert_flags(&MultipleMisuse, t, &["209.5倍"]);
        assert_clean(&MultipleMisuse, &t.replace("209.5倍", "290.5倍"));
        // Two figures of that year: the one under the compared figure's name.
        let t = "2012年一般公共预算收入7.04亿元,其中,税收收入4.30亿元,2021年一般公共预算收入达到13.94亿元,是2012年的1.98倍,其中,税收收入10.66亿元,是2012年的2.84倍。";
        assert_flags(&MultipleMisuse, t, &["2.84倍"]);
        assert_clean(&MultipleMisuse, &t.replace("2.84倍", "2.48倍"));
        // No figure for the year, or another unit: nothing to compare.
        assert_clean(&MultipleMisuse, "2018年全省粮食产量达到3700.9万吨,比1949年增长9.6倍。");
        assert_clean(&MultipleMisuse, "1949年全省耕地469.5万亩。2018年全省粮食产量达到3700.9万吨,比1949年增长9.6倍。");
    }

    #[test]
    fn a_large_multiple_worded_loosely_is_no_slip() {
        assert_clean(&MultipleMisuse, "人均地区生产总值由1978年的214元增至2018年的39864元,增长了186倍。");
        assert_flags(&MultipleMisuse, "人均地区生产总值由1978年的214元增至2018年的39864元,增长了150倍。", &["150倍"]);
        assert_flags(&MultipleMisuse, "参训人数由3人提高到9人,提高3倍。", &["3倍"]);
    }

    #[test]
    fn a_base_named_with_an_aside() {
        let t = "长株潭地区人均可支配收入30655元,是泛湘南地区(包含衡阳市、郴州市和永州市)18070元的1.80倍。";
        assert_flags(&MultipleMisuse, t, &["1.80倍"]);
        assert_clean(&MultipleMisuse, &t.replace("1.80", "1.70"));
        // An aside holding a figure of its own between them: left alone.
        assert_clean(&MultipleMisuse, "收入30655元,是泛湘南地区(上年为16000元)18070元的2.80倍。");
    }

    #[test]
    fn a_base_written_with_its_value() {
        assert_flags(&MultipleMisuse, "培训农村实用人才1800人次，是上年600人次的2倍，其中女性占54%。", &["2倍"]);
        assert_clean(&MultipleMisuse, "培训农村实用人才1800人次，是上年600人次的3倍，其中女性占54%。");
        assert_clean(&MultipleMisuse, "接待游客1260万人次，是全县常住人口60万人的21倍。");
        // 是去年同期的N倍 after 由去年同期的A增至B names the starting figure again.
        assert_flags(&MultipleMisuse, "销售额由去年同期的800万元增至1200万元，是去年同期的2.5倍。", &["2.5倍"]);
        assert_clean(&MultipleMisuse, "销售额由去年同期的800万元增至1200万元，是去年同期的1.5倍。");
        // Another base of its own: left alone.
        assert_clean(&MultipleMisuse, "销售额由去年同期的800万元增至1200万元，是2015年的2.5倍。");
        // The base in the next clause, under the name the ratio gives it.
        assert_flags(&MultipleMisuse, "接待游客42万人次，是上年的3倍，上年为21万人次。", &["3倍"]);
        assert_clean(&MultipleMisuse, "接待游客42万人次，是上年的2倍，上年为21万人次。");
        assert_clean(&MultipleMisuse, "接待游客42万人次，是上年的3倍，全年收入为21万元。");
        assert_clean(&MultipleMisuse, "接待游客42万人次，是上年的3倍，2019年为21万人次。");
        // N倍多: at least N, below N+1.
        assert_flags(&MultipleMisuse, "税收收入3.6亿元，是2018年0.7亿元的3倍多。", &["3倍多"]);
        assert_clean(&MultipleMisuse, "税收收入3.6亿元，是2018年0.7亿元的5倍多。");
        // 3.3亿 ÷ 0.8亿 may be below 4 within their rounding.
        assert_clean(&MultipleMisuse, "税收收入3.3亿元，是2018年0.8亿元的3倍多。");
    }

    #[test]
    fn increase_by_versus_increase_to() {
        assert_flags(&MultipleMisuse, "女性就业人数由400人增加到1200人,增加了3倍。", &["3倍"]);
        assert_flags(&MultipleMisuse, "大专及以上学历人员由3人提高到9人(其中研究生1人),提高3倍;", &["3倍"]);
        assert_flags(&MultipleMisuse, "副主席由12人提高到24人,提高2倍,", &["2倍"]);
        assert_flags(&MultipleMisuse, "经费由5万元增加到20万元,增长了三倍多一点。", &[]);
        assert_flags(&MultipleMisuse, "经费由5万元增加到20万元,增长了4倍。", &["4倍"]);
        assert_flags(&MultipleMisuse, "女性就业人数由400人增加到1200人,增加到原来的2倍。", &["2倍"]);
        assert_flags(&MultipleMisuse, "服务对象从200户增至500户,增长了3倍。", &["3倍"]);
        assert_clean(&MultipleMisuse, "女性就业人数由400人增加到1200人,增加了2倍。");
        assert_clean(&MultipleMisuse, "女性就业人数由400人增加到1200人,增加到原来的3倍。");
        assert_clean(&MultipleMisuse, "女性就业人数由400人增加到1200人,是原来的3倍。");
        assert_clean(&MultipleMisuse, "服务对象从200户增至500户,增长了1.5倍。");
        assert_clean(&MultipleMisuse, "服务对象从200户增至500户,增加到2.5倍。");
        assert_clean(&MultipleMisuse, "副主席由12人提高到24人,提高1倍,");
        assert_clean(&MultipleMisuse, "由约400人增加到1200人,增加了3倍。");
        let f = findings(&MultipleMisuse, "由3人提高到9人,提高3倍;");
        assert!(f[0].message.contains("提高2倍") && f[0].message.contains("提高到3倍"), "{}", f[0].message);
        assert_eq!(f[0].fixes[0].replacement, "2");
    }

    #[test]
    fn multiples_of_another_clause_are_left_alone() {
        assert_clean(&MultipleMisuse, "跨境电商进出口额由120亿元增加到360亿元，增长了2倍。");
        assert_flags(&MultipleMisuse, "跨境电商进出口额由120亿元增加到360亿元，增长了3倍。", &["3倍"]);
        assert_clean(&MultipleMisuse, "营业收入由60亿元增加到120亿元，利润增长了3倍。");
        assert_clean(&MultipleMisuse, "营业收入由60亿元增加到120亿元，是2015年的3倍。");
    }

    #[test]
    fn fan_doubles() {
        assert_clean(&MultipleMisuse, "产值由50万元增加到200万元,翻了两番。");
        assert_clean(&MultipleMisuse, "产值由50万元增加到100万元,翻了一番。");
        assert_flags(&MultipleMisuse, "产值由50万元增加到100万元,翻了两番。", &["两番"]);
        // The span of years before the verb.
        assert_flags(&MultipleMisuse, "会员人数由2019年的1200人增至2023年的3600人，四年翻了一番。", &["一番"]);
        assert_clean(&MultipleMisuse, "会员人数由2019年的1200人增至2023年的2400人，四年翻了一番。");
        assert_clean(&MultipleMisuse, "会员人数由1200人增至4800人，近五年来翻了两番。");
        assert_flags(&MultipleMisuse, "街道税收收入由0.8亿元增长到2.4亿元，五年实现翻两番。", &["两番"]);
        assert_clean(&MultipleMisuse, "街道税收收入由0.6亿元增长到2.4亿元，五年实现翻两番。");
        // 数量/总数 before the verb names the same figure.
        assert_flags(&MultipleMisuse, "专职消防队由2020年的8支增加到2024年的12支，数量翻了一番。", &["一番"]);
        assert_clean(&MultipleMisuse, "专职消防队由2020年的6支增加到2024年的12支，数量翻了一番。");
        let kw = "并网容量由2021年的18.6万千瓦增长到2024年的74.4万千瓦，增长了4倍。";
        assert_flags(&MultipleMisuse, kw, &["4倍"]);
        assert_clean(&MultipleMisuse, &kw.replace("4倍", "3倍"));
        // 一点二倍 is read from its last digit only: left alone.
        assert_clean(&MultipleMisuse, "贸易总额由三百五十五亿元增加到七百七十二亿元，四年增长一点二倍。");
    }

    #[test]
    fn decrease_by_multiple_is_always_wrong() {
        assert_flags(&MultipleMisuse, "纠纷数量由60起减少到30起,减少了一倍。", &["一倍"]);
        assert_flags(&MultipleMisuse, "发案率同比下降3倍。", &["3倍"]);
        assert_flags(&MultipleMisuse, "成本降低了2倍。", &["2倍"]);
        assert_clean(&MultipleMisuse, "纠纷数量由60起减少到30起,减少了一半。");
        assert_clean(&MultipleMisuse, "参与人数增长了1倍。");
        assert_clean(&MultipleMisuse, "减少的数量是去年的2倍。");
    }
}
