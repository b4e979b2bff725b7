//! Percentages that disagree with the figures beside them.
//!
//! Finds, within one sentence:
//! - a change `由A增加到B,增长P%` (or `B,较去年的A增长P%`, `B,由上年的A增长P%`,
//!   `B,上年同期为A,同比增长P%`) where P is not |B−A|/A;
//! - a figure set against a base written with its value in the next clause, which has no
//!   subject of its own: `完成投资8.4亿元,达到年度计划7亿元的120%` (是/为/相当于/达到/完成/占);
//! - a change between two percentages stated in 个百分点 that is not their difference, and one
//!   stated in % that equals the difference (a warning: it should read 个百分点);
//! - a rate `应检D人,实检N人,检查率P%` where P is not N/D (the whole may come second, marked
//!   共/全/应…: `签约8640人,重点人群共10800人,签约率80%`; a longer name may hold the numerator's
//!   word: 体检覆盖率 ↔ 参加体检), and a share `D人,其中N人,占P%` (其中
//!   opening the part's clause right after its whole's, the part no larger than the whole);
//! - the same changes and shares written in tenths (增长三成, 占总数60条的七成: 30%, 70% to the
//!   nearest ten), a 个百分点 change with its base after it (`92%,比上年提高7个百分点,上年为85%`),
//!   a base at the start of the year (较年初的73.1%), a rate against an earlier period's, which may
//!   be below zero (`增长3.3%,增速较一季度的-7%回升10.3个百分点`), and a share of the target between a figure
//!   and its year-on-year rate (`5.82亿元,占目标6亿元的97%,同比增长8.4%,上年同期为5.37亿元`);
//! - `较上年的A增加X,增幅P%` (P = X/A, the base itself given), `达到<whole>总数的P%` after a part
//!   (a share of the whole the first clause names), and a 其中 part's share past the whole's own
//!   rate or 翻番 (`在院老人278人,入住率86.9%,其中失能老人152人,占54.7%`), past its change
//!   smaller than the part and last year's figure (`38.72万户,比上年增加3.16万户,增长8.9%,其中
//!   企业10.45万户,占比27.0%`; `立案186起,同比下降17.3%(上年为225起),破获142起,破案率76.3%`
//!   when the rate names the numerator), and past a 其中 breakdown whose parts are smaller than the
//!   numerator after it (`受理6,842件,其中投诉…、咨询…,按时办结6,796件,办结率99.3%`); a share
//!   naming one of the parts listed after 其中 (`合计5.86亿元,其中财政拨款3.42亿元、事业收入…,
//!   财政拨款占比58.4%`) is that part over the whole before 其中;
//! - a 其中 breakdown whose parts each carry their share (`共报告189例。其中一般反应177例(93.65%),
//!   异常反应7例(3.7%)…`, `…占全省法院收案总数的84.7%;…占13.7%`), even past a full stop: the
//!   whole before 其中 is confirmed by another part's share that agrees with it, and one share
//!   that then disagrees is a warning (no candidate whole fitting every share); and without 其中,
//!   across a paragraph, when two other shares agree with a whole written before them (or one,
//!   when the parts add up to it: `共受理诉求71184件。…直办37527件,占57.2%,转办33657件,占47.3%`),
//!   the part also named by its name alone (`第二产业增加值637.8亿元…。第二产业增加值比重为47.8%`);
//! - the shares of two kinds that are all of their whole (男/女, 城镇/乡村, 税收收入/非税收入, X/非X,
//!   names alike but for the kind) that do not make 100% (a warning; shares of a budget or a plan,
//!   part by part, are left alone);
//! - `增加/减少了一半` where the figures do not halve or grow by half;
//! - several changes against last year's figures listed with 分别, paired in order and by unit
//!   (`23起、19人,上年分别为31起、24人,…分别下降25.8%和20.8%`, or the rates one a clause before
//!   `上年分别为…`);
//! - the shares of one named whole listed in a paragraph against their sum (`…占批捕总人数的5.5%。
//!   上述五个罪名合占批捕总人数的51.7%`, the sum saying it is of those listed: 上述, 以上, 两者): an
//!   error when the text counts them, else a warning; an
//!   increase against a named year (`与2019年相比增加A,增长P%`) or 同比 (`同比增加A,增长P%`), a bare increase after a 同比 rate
//!   (`同比增长P%,增收A`), a rate against the end of last year (`比去年底增幅P%`);
//! - a rate against the same rate of another period named again (`年平均增长率为0.53%,比2000年到
//!   2010年的年平均增长率0.61%下降0.04个百分点`), and the gap `增速高于Y…个百分点` after a growth rate;
//! - the gap written last after rates in brackets, against the sentence's subject, the nearest plain
//!   rate before 比 (`增长8.4%,比全省(7.7%)和全国(7.0%)分别高0.7、1.4个百分点`: 1.4 against 8.4 − 7.0;
//!   a warning, since the subject is read; a falling subject or a negative rate in brackets is left alone).
//!
//! Why: a percentage is the figure readers quote; one that does not follow from the numbers next
//! to it undermines the whole report.
//!
//! Left alone: approximate figures and bounds (约, 以内, 以上, ranges `30%～40%`), percentages whose base is
//! not written beside them, growth rates (增长率), average rates (年均增长), rates given with 分别 for several
//! changes (unless last year's figures are listed with 分别 too), a stated size in a clause with its own
//! subject (`,利润总额增长20%`, `,不良贷款率由6.1%…` — the next clause's figure is never this clause's change),
//! rates whose operands the text does not name (two counts joined by 、 are parallel parts, a rate's
//! name must share both its characters with the numerator's words), shares of a plan or budget, a rate
//! of an outcome (成功, 合格, 达标…) beside a figure whose clause counts only the attempts
//! (`调委会调解19138件,调解成功率为97.5%`: the successes are unsaid), shares written otherwise side by side
//! (`装机占比54.8%、发电量占比51.3%` are shares of different wholes: their sum says nothing), and anything where
//! it is unclear which figures the percentage relates. A figure agrees when it is the exact value
//! rounded or truncated to the digits written (15.6% may be written 15%, 16%, 15.6%).
//!
//! Severity policy:
//! - error: the text states the relation (由A到B + a clause that only words the change; 应/实 or
//!   a named rate beside its operands; 其中 part + 占; 达到…A的P%) and the percentage contradicts
//!   it beyond rounding — of the percentage, and of the operands as written (whole counts such
//!   as 1800人次 are exact; 1.2万人 stands for 11500–12499, 7亿元 for 6.5亿–7.5亿);
//! - warning: a share in a 其中 breakdown whose whole another part's share confirms (the whole is
//!   inferred); the same relations when only the operands' rounding could explain the percentage
//!   (`由4.2万元增加到4.5万元,增长9.1%` may be exact for 41700→45490); a difference of two
//!   percentages written in % instead of 个百分点; two shares `<part>占P%` joined by 、 adding to
//!   more than 100%;
//! - nothing otherwise.

#[cfg(not(target_arch = "wasm32"))]
use super::RuleDocs;
use super::{Context, Rule, RuleMeta};
use crate::diagnostic::{Finding, Severity};
use crate::numbers::relations::{
    apart, changes, chars, clause_before, clause_past_aside, commas, direction, names_change, sentences, stated_ratios,
    Sentence, LAST_YEAR,
};
use crate::numbers::{agrees, fixed, may_be_within, ratio_disagrees, ratio_range, show, trim, Quantity};
use crate::text::Words;
use crate::words;

/// What the rule is called and what it claims (see [`RuleMeta`]).
pub const META: RuleMeta = RuleMeta {
    id: "percent-mismatch",
    title: "百分比与数字不符",
    top_severity: Severity::Error,
    #[cfg(not(target_arch = "wasm32"))]
    docs: RuleDocs {
        summary: "a change stated in its own clause after `由A到B`, `B,由上年的A增长P`, `B,上年同期为A,同比增长P`; a rate next to its named operands (`应检2000人,实检1900人,参检率90%`); `其中N,占P%` right after its whole; `达到年度计划A的P%`; a 个百分点 or 个千分点 difference; a count among a whole named with 中 against its share (`33个行业中,有26个…,增长面达78.8%`) (error; a warning when only the rounding of the figures as written could explain it); the shares of one named whole against their stated sum (`上述五个罪名合占…51.7%`, error when counted); the gap between two growth rates named in their clauses, shares closed by the rest (`…其他人员占15%`) that do not make 100%, a share across a paragraph off the whole that two other shares agree with (`共发展党员438.3万名。…女党员204.2万名,占46.6%。…青年党员324.0万名,占80.8%`), the shares of two kinds that are all of their whole (`男性…占50.28%;女性…占49.72%`) not making 100%, the gap after rates in brackets against the subject's rate (`增长8.4%,比全省(7.7%)和全国(7.0%)分别高0.7、1.4个百分点`) (warning). Never the next clause's change, 年均 rates, 分别 rates, 人次 against 人, two counts the text does not relate",
        flags: "应检2000人,实检1900人,参检率90%。",
        passes: "应检2000人,实检1900人,参检率95%。",
    },
};

pub struct PercentMismatch;

impl Rule for PercentMismatch {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Finding>) {
        let all = sentences(&ctx.analysis);
        let mut paragraph = 0;
        for (k, s) in all.iter().enumerate() {
            // (Only the text between two sentences is looked at for the line break.)
            if k > 0 && apart(ctx.doc.text, &all[k - 1], s) {
                paragraph = k;
            }
            check_changes(self.id(), s, out);
            check_rates(self.id(), s, out);
            check_increments(self.id(), s, out);
            check_shares(self.id(), s, out);
            check_breakdown_shares(self.id(), s, out);
            check_ratios(self.id(), s, out);
            check_among(self.id(), s, out);
            check_rate_gaps(self.id(), s, out);
            check_bracketed_gaps(self.id(), &all[paragraph..=k], out);
            check_share_sums(self.id(), &all[paragraph..=k], out);
            let last_of_paragraph = all.get(k + 1).is_none_or(|n| apart(ctx.doc.text, s, n));
            if last_of_paragraph {
                check_paragraph_shares(self.id(), &all[paragraph..=k], out);
            }
        }
    }
}

/// `轻工业增加值增长15.7%,重工业增长14.2%,轻工业增速比重工业快1.5个百分点`: the gap between two
/// growth rates the sentence gives, each in a clause naming its subject (never 分别 rates, nor a
/// comparison with another time: 比上年, 比一季度). A warning: the names are matched as written.
fn check_rate_gaps(id: &'static str, s: &Sentence, out: &mut Vec<Finding>) {
    let qs = &s.qs;
    for (k, g) in qs.iter().enumerate() {
        if g.unit != "个百分点" || g.approx {
            continue;
        }
        let pre = clause_before(s.text, g.range.start);
        const VERBS: [(&str, bool); 4] = [("快", true), ("高", true), ("慢", false), ("低", false)];
        const VERBS_OVER: [(&str, bool); 4] = [("快于", true), ("高于", true), ("慢于", false), ("低于", false)];
        // `X比Y快`, or `X高于Y` (`增速高于城镇居民人均可支配收入`: X the rate of the clause before).
        // (`比重提高`, `比例降低` change a share; they compare nothing.)
        let (x, y, faster) =
            if let Some((i, (verb, faster))) = VERBS_OVER.into_iter().find_map(|v| pre.find(v.0).map(|i| (i, v))) {
                (&pre[..i], &pre[i + verb.len()..], faster)
            } else {
                let Some(i) = pre.find('比').filter(|_| !pre.ends_with("提高") && !pre.ends_with("降低")) else {
                    continue;
                };
                let Some((verb, faster)) = VERBS.into_iter().find(|(v, _)| pre.ends_with(v)) else { continue };
                (&pre[..i], &pre[i + '比'.len_utf8()..pre.len() - verb.len()], faster)
            };
        let x = x.strip_suffix("增速").unwrap_or(x);
        let own = x.is_empty() && pre.starts_with("增速");
        if chars(x) < 2 && !own
            || chars(y) < 2
            || y.contains("平均")
            || y.contains(|c: char| c.is_ascii_digit() || "年季月期".contains(c))
        {
            continue;
        }
        // The nearest rate before the gap whose own clause names the subject: a growth rate, not 分别.
        // (Or, for a clause that only words the change, `…收入69410元,增长3.6%`, the clause before.)
        let rate_of = |name: &str| {
            let q = qs[..k].iter().rev().find(|q| {
                let c = clause_before(s.text, q.range.start);
                let mark = s.text[..q.range.start - c.len()].char_indices().next_back().map_or(0, |(i, _)| i);
                q.unit == "%"
                    && (c.contains(name)
                        || crate::numbers::relations::opens_with_change(c)
                            && clause_before(s.text, mark).contains(name))
            })?;
            let c = clause_before(s.text, q.range.start);
            (!c.contains("分别") && direction(c).is_some()).then_some(q)
        };
        // (`增速高于…` right after a growth rate: that rate is X.)
        let a = if own { qs[..k].last().filter(|q| q.unit == "%").and_then(|_| rate_of("")) } else { rate_of(x) };
        let (Some(a), Some(b)) = (a, rate_of(y)) else { continue };
        let signed = |q: &Quantity| {
            if direction(clause_before(s.text, q.range.start)) == Some(false) {
                -q.value
            } else {
                q.value
            }
        };
        if std::ptr::eq(a, b) || a.approx || b.approx {
            continue;
        }
        let diff = signed(a) - signed(b);
        let slack = (a.precision + b.precision) / 2.0;
        if (diff > 0.0) == faster && may_be_within(g.value, g.precision, diff.abs() - slack, diff.abs() + slack) {
            continue;
        }
        out.push(Finding::new(
            id,
            Severity::Warning,
            s.abs(&g.range),
            format!(
                "{}与{}相差{}个百分点,文中写作“{}”,请核对",
                &s.text[a.range.clone()],
                &s.text[b.range.clone()],
                trim(diff.abs()),
                &s.text[g.range.clone()]
            ),
        ));
    }
}

/// `增长8.4%,比全省(7.7%)高0.7个百分点`, `…比全省(7.7%)和全国(7.0%)分别高0.7、1.4个百分点`,
/// `增长8.5%,…比全省高0.6个百分点(全省为7.9%)`: the gap written last against the rate in brackets
/// beside it and the sentence's subject (the nearest plain rate before the comparison). A warning:
/// the subject is read, not named.
fn check_bracketed_gaps(id: &'static str, paragraph: &[Sentence], out: &mut Vec<Finding>) {
    let Some((s, earlier)) = paragraph.split_last() else { return };
    let qs = &s.qs;
    // (A rate closing a bracket is in it: `(7.7%)`, `(全省为7.9%)`.)
    let bracketed = |q: &Quantity| s.text[q.range.end..].starts_with(&[')', '）'][..]);
    for k in 1..qs.len() {
        let (a, b) = (&qs[k - 1], &qs[k]);
        // The rate in brackets after its gap, `高0.6个百分点(全省为7.9%)`, or before it, `(7.7%)高0.7`.
        let after = a.unit == "个百分点" && {
            let named = &s.text[a.range.end..b.range.start];
            named.starts_with(&['(', '（'][..]) && named.ends_with('为') && chars(named) <= 6
        };
        let (r, g) = if after { (b, a) } else { (a, b) };
        if g.unit != "个百分点" || g.approx || r.unit != "%" || r.approx || !bracketed(r) {
            continue;
        }
        // `)高`, `)分别低0.7、`: only the verb and the gaps listed before this one stand between;
        // or, with the rate after, the verb right before the gap.
        let (between, head) = if after {
            (&s.text[..g.range.start], &s.text[..g.range.start])
        } else {
            let between = s.text[r.range.end..g.range.start].trim_start_matches(&[')', '）'][..]);
            (between.strip_prefix("分别").unwrap_or(between), &s.text[..r.range.start])
        };
        // (Its sign is not part of the figure: `(-1.2%)` is left alone.)
        if !after && !head.ends_with(&['(', '（'][..]) {
            continue;
        }
        let higher = if after { between.ends_with('高') } else { between.starts_with('高') };
        let lower = if after { between.ends_with('低') } else { between.starts_with('低') };
        let listed = if after { "" } else { &between[if higher || lower { 3 } else { 0 }..] };
        if !higher && !lower || !after && listed.len() == between.len() {
            continue;
        }
        if !listed.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | ' ' | '、')) {
            continue;
        }
        let Some(bi) = head.rfind('比').filter(|&b| !head[b..].contains(&['，', ',', '；', ';', '。'][..])) else {
            continue;
        };
        // The subject's rate: the nearest rate before 比 that is not in brackets, rising or level;
        // or, when the comparison names the growth (`增幅…比全省高`), the growth rate ending the
        // sentence before (`…同比增长8.5%。`).
        let plain = |q: &&Quantity| q.unit == "%" && !q.approx;
        let here = qs[..k - 1].iter().rev().find(|q| q.range.end <= bi && plain(q) && !bracketed(q));
        let before = || {
            let e = earlier.last().filter(|_| words!["增幅", "增速"].any_in(head))?;
            let p = e.qs.last().filter(plain)?;
            (direction(clause_before(e.text, p.range.start)) == Some(true)).then_some((p, e.text))
        };
        let Some((p, p_text)) = here.map(|p| (p, s.text)).or_else(before) else { continue };
        if direction(clause_before(p_text, p.range.start)) == Some(false) {
            continue;
        }
        let diff = if higher { p.value - r.value } else { r.value - p.value };
        let slack = (p.precision + r.precision) / 2.0;
        if !may_be_within(g.value, g.precision, diff - slack, diff + slack) {
            let msg = format!(
                "{}与{}相差{}个百分点,文中写作“{}”,请核对",
                &p_text[p.range.clone()],
                &s.text[r.range.clone()],
                trim(diff),
                &s.text[g.range.clone()]
            );
            out.push(Finding::new(id, Severity::Warning, s.abs(&g.range), msg));
        }
    }
}

/// `33个大类行业中,有26个行业增加值实现增长,增长面达78.8%`: a count among a whole the clause
/// before names with 中, and its share in the next clause (面, 占, 比例, 比重 naming it).
fn check_among(id: &'static str, s: &Sentence, out: &mut Vec<Finding>) {
    let qs = &s.qs;
    for k in 2..qs.len() {
        let (n, m, p) = (&qs[k - 2], &qs[k - 1], &qs[k]);
        if p.unit != "%" || m.unit != n.unit || !Quantity::countable_unit(m.unit) || n.approx || m.approx || p.approx {
            continue;
        }
        let (among, gap) = (&s.text[n.range.end..m.range.start], &s.text[m.range.end..p.range.start]);
        let comma = |t: &str| commas(t) == 1;
        let named = clause_before(s.text, p.range.start);
        if commas(among) > 1
            || !comma(gap)
            || !among.trim_end_matches(&['有', ',', '，'][..]).ends_with('中')
            || chars(among) > 14
            || chars(named) > 8
            || !["面", "占", "比例", "比重"].iter().any(|w| named.contains(w))
            || m.value > n.value
            || n.value <= 0.0
        {
            continue;
        }
        if !agrees(p.value, p.precision, m.value / n.value * 100.0) {
            out.push(share_finding(id, Severity::Error, s, (m, s.text), (n, s.text), p));
        }
    }
}

/// Words that sum the shares listed before them (`上述五个罪名合占批捕总人数的51.7%`).
const SUMMED_SHARE: Words = words!["合占", "共占", "合计占", "累计占"];

/// `盗窃罪859人,占批捕总人数的17.1%;…;故意伤害罪278人,占批捕总人数的5.5%。上述五个罪名合占批捕总人数的
/// 51.7%`: the shares of one named whole listed in the paragraph (the last N when `上述N个` counts
/// them) against their stated sum. An error when the text counts the shares and they are all
/// there; a warning when it does not count them (the sum may be of some of them).
fn check_share_sums(id: &'static str, paragraph: &[Sentence], out: &mut Vec<Finding>) {
    let s = &paragraph[paragraph.len() - 1];
    for (k, p) in s.qs.iter().enumerate() {
        let pre = clause_before(s.text, p.range.start);
        if p.unit != "%" || p.approx || !SUMMED_SHARE.any_in(pre) {
            continue;
        }
        let Some(whole) = pre.split('占').nth(1).map(|w| w.trim_end_matches('的')) else { continue };
        // The sum must say it is of the shares listed (上述, 以上, 两者): `用于经济建设的支出,共占本年支出
        // 的46.89%` is one category's share, not a sum of those before it.
        if chars(whole) < 2 || !words!["上述", "以上", "两者", "二者", "三者"].any_in(pre) {
            continue;
        }
        // `上述五个罪名`: how many shares are summed.
        let from = p.range.start - pre.len();
        let counted = s.qs[..k].last().filter(|q| q.range.start >= from).map(|q| q.value as usize);
        let mut shares: Vec<&Quantity> = Vec::new();
        for t in paragraph {
            for q in t.qs.iter().filter(|q| q.unit == "%" && (!std::ptr::eq(t, s) || q.range.end <= from)) {
                let clause = clause_before(t.text, q.range.start);
                if clause.split('占').nth(1).is_some_and(|w| w.trim_end_matches('的') == whole) && !q.approx {
                    shares.push(q);
                }
            }
        }
        let n = counted.unwrap_or(shares.len());
        if n < 2 || shares.len() < n {
            continue;
        }
        let summed = &shares[shares.len() - n..];
        let sum: f64 = summed.iter().map(|q| q.value).sum();
        let slack = summed.iter().map(|q| q.precision / 2.0).sum::<f64>() + p.precision / 2.0 + 1e-9;
        if (sum - p.value).abs() <= slack {
            continue;
        }
        let severity = if counted.is_some() { Severity::Error } else { Severity::Warning };
        out.push(Finding::new(
            id,
            severity,
            s.abs(&p.range),
            format!("前面{}项所占比例相加为{}%,文中写作“{}”,请核对", n, trim(sum), &s.text[p.range.clone()]),
        ));
    }
}

/// `城镇妇女占55%、农村妇女占55%`: two shares of one whole, each written `<part>占P%` and joined
/// by 、, adding to more than 100%. (`装机占比54.8%、发电量占比51.3%` are shares of different wholes.)
/// And shares `<part>占P%` in a row closed by the rest (`党员占38%,群众占52%,其他人员占10%`): with
/// 其他/其余 the parts are all of the whole, and must make 100%.
fn check_shares(id: &'static str, s: &Sentence, out: &mut Vec<Finding>) {
    let share = |q: &Quantity| q.unit == "%" && !q.approx && s.text[..q.range.start].ends_with('占');
    let mut run = 0;
    for (k, q) in s.qs.iter().enumerate() {
        let link = k.checked_sub(1).map_or("", |j| &s.text[s.qs[j].range.end..q.range.start]);
        run = if !share(q) {
            0
        } else if run > 0 && chars(link) <= MAX_SHARE_GAP && commas(link) <= 1 {
            run + 1
        } else {
            1
        };
        if run == 0 {
            continue;
        }
        // Two joined by 、 passing 100%; or a run closed by the rest, not making 100%.
        let rest = words!["其他", "其余", "其它"].starts(clause_before(s.text, q.range.start));
        let closed = rest && s.qs.get(k + 1).is_none_or(|n| !share(n));
        let parts = &s.qs[k + 1 - if closed || run < 2 { run } else { 2 }..=k];
        let sum: f64 = parts.iter().map(|p| p.value).sum();
        let slack: f64 = parts.iter().map(|p| p.precision).sum();
        let first = &parts[0];
        let wrong = run >= 2 && link.starts_with('、') && sum > 100.0 + slack
            || closed && run >= 2 && (sum - 100.0).abs() > slack;
        if wrong {
            out.push(Finding::new(
                id,
                Severity::Warning,
                s.start + first.range.start..s.start + q.range.end,
                format!("各部分所占比例相加为{}%,{}100%,请核对", trim(sum), if sum > 100.0 { "超过" } else { "不足" }),
            ));
        }
    }
}

/// Most characters between two shares read as one run (`,群众占`).
const MAX_SHARE_GAP: usize = 8;

/// `完成投资8.4亿元,达到年度计划7亿元的120%`: the percentage is the figure over the base the
/// next clause names with its value.
fn check_ratios(id: &'static str, s: &Sentence, out: &mut Vec<Finding>) {
    for r in stated_ratios(s) {
        let (b, a, p) = (&s.qs[r.of], &s.qs[r.base], &s.qs[r.stated]);
        let span = s.abs(&p.range);
        if p.unit != "%" || out.iter().any(|f| f.range == span) {
            continue;
        }
        let Some((rate, within_rounding)) = ratio_disagrees(p, (b, s.text), (a, s.text), 100.0) else { continue };
        // Within what the figures' rounding allows: likely wrong, not certain.
        let severity = if within_rounding { Severity::Warning } else { Severity::Error };
        let digits = decimals_of(p.precision);
        out.push(percent_fix(
            Finding::new(
                id,
                severity,
                span,
                format!(
                    "{}÷{}={}%,文中写作“{}”,请核对",
                    &s.text[b.range.clone()],
                    &s.text[a.range.clone()],
                    fixed(rate, digits.max(1)),
                    &s.text[p.range.clone()]
                ),
            ),
            s,
            p,
            rate,
        ));
    }
}

/// `共投入500万元,较2022年增加100万元,增长25%`: the later figure and the increase are given,
/// so the base is their difference. The rate may come before the increase, both 同比
/// (`刑事案件262件,同比下降2.60%,同比减少7件`, as courts report).
fn check_increments(id: &'static str, s: &Sentence, out: &mut Vec<Finding>) {
    let qs = &s.qs;
    for k in 2..qs.len() {
        let (b, mut d, mut p) = (&qs[k - 2], &qs[k - 1], &qs[k]);
        let rate_first = d.unit == "%" && p.unit == b.unit;
        if rate_first {
            std::mem::swap(&mut d, &mut p);
        }
        if p.unit != "%"
            || b.unit != d.unit
            || b.unit == "%"
            || !crate::numbers::Quantity::countable_unit(b.unit)
            || b.approx
            || d.approx
            || p.approx
        {
            continue;
        }
        let d_pre = clause_before(s.text, d.range.start);
        let p_pre = clause_before(s.text, p.range.start);
        // `较上年的2915件增加353件,增幅12.1%`: the base itself is given, right before the increase.
        let link = &s.text[b.range.end..d.range.start];
        let b_pre = clause_before(s.text, b.range.start);
        let base_given = chars(link) <= 2
            && b_pre.rfind(&['较', '比'][..]).is_some_and(|i| chars(&b_pre[i..]) <= 7 && LAST_YEAR.any_in(&b_pre[i..]))
            && !out.iter().any(|f| f.range == s.abs(&p.range));
        let d_pre = if base_given { link } else { d_pre };
        // (`与2019年相比增加`; after a 同比 rate, a bare `增收913万元` is 同比 too.)
        // (`完成11.1亿元,净增2.3亿元,增长16.1%`: 净增 right after the figure is its own increase.)
        let compared = d_pre.starts_with('较')
            || d_pre.starts_with('比')
            || d_pre == "净增" && !base_given
            || d_pre.starts_with("同比")
            || d_pre.starts_with('与') && d_pre.contains("相比")
            || rate_first && p_pre.starts_with("同比") && chars(d_pre) <= 3;
        if !(base_given || compared) || chars(d_pre) > 12 {
            continue;
        }
        let Some(d_up) = crate::numbers::relations::direction(d_pre) else { continue };
        if d_pre.contains('到') || d_pre.contains('至') || d_pre.contains('为') || d_pre.contains("百分点") {
            continue;
        }
        let Some(p_up) = crate::numbers::relations::direction(p_pre) else { continue };
        if chars(p_pre) > 8 || d_up != p_up || !crate::numbers::relations::opens_with_change(p_pre) {
            continue;
        }
        // One comma before the increase (none when the base is given), at most one before the rate;
        // one each way when the rate comes first.
        // (A note on reckoning between them, `9377元,按可比口径计算,比上年增加894元`, parts nothing.)
        let placed = if rate_first {
            commas(&s.text[b.range.end..p.range.start]) == 1 && commas(&s.text[p.range.end..d.range.start]) == 1
        } else {
            commas(link).saturating_sub(crate::numbers::relations::calculation_notes(link).1)
                == usize::from(!base_given)
                && commas(&s.text[d.range.end..p.range.start]) <= 1
        };
        // (A ；between them opens another subject, `增长3家;用电量6.42亿度,同比增长39.2%`: the rate is
        // a figure's the reading left out.)
        let parted = |i: usize| s.text[qs[i - 1].range.end..qs[i].range.start].contains(&['；', ';'][..]);
        if !placed || parted(k - 1) || parted(k) {
            continue;
        }
        let sign = if d_up { 1.0 } else { -1.0 };
        let (later, base) =
            if base_given { (b.value + sign * d.value, b.value) } else { (b.value, b.value - sign * d.value) };
        if base <= 0.0 {
            continue;
        }
        let rel = d.value / base * 100.0;
        // The rate was worked out from the figures before they were rounded (`53.82万人较上期增加
        // 2.72万人,增长5.33%`: 5.32% as written, 5.31–5.34% as they may have been): nothing.
        let (rb, rd) = (b.rounding(s.text), d.rounding(s.text));
        let base_rounding = if base_given { rb } else { rb + rd };
        let (lo, hi) = ratio_range((d.value, rd), (base, base_rounding));
        if agrees(p.value, p.precision, rel) || may_be_within(p.value, p.precision, lo * 100.0, hi * 100.0) {
            continue;
        }
        out.push(Finding::new(
            id,
            Severity::Error,
            s.abs(&p.range),
            format!(
                "{}较上期{}{},上期应为{},变化幅度为{}%,文中写作“{}”,请核对",
                show(later, b.unit),
                if d_up { "增加" } else { "减少" },
                show(d.value, d.unit),
                show(base, b.unit),
                trim(rel),
                &s.text[p.range.clone()]
            ),
        ));
    }
}

fn check_changes(id: &'static str, s: &Sentence, out: &mut Vec<Finding>) {
    for c in changes(s) {
        let (a, b, p) = (&s.qs[c.from], &s.qs[c.to], &s.qs[c.stated]);
        if a.approx || b.approx || p.approx || c.to_form {
            continue;
        }
        let span = s.abs(&p.range);
        let stated = &s.text[p.range.clone()];
        let actually_up = b.value > a.value;
        if b.value == a.value {
            continue;
        }
        match p.unit {
            "%" if a.unit != "%" => {
                if a.value == 0.0 {
                    continue;
                }
                let rel = (b.value - a.value).abs() / a.value * 100.0;
                // Another figure of the sentence, in the same unit, that the stated change leads
                // to from the base is the one the author meant (结婚登记2,864对,离婚登记1,126对,
                // 结婚登记同比下降8.2%(上年为3,120对): 2,864 is 8.2% below 3,120).
                let meant = |q: &Quantity| {
                    !std::ptr::eq(q, a)
                        && !std::ptr::eq(q, b)
                        && q.unit == a.unit
                        && !q.approx
                        && c.up.is_none_or(|up| up == (q.value > a.value))
                        && agrees(p.value, p.precision, (q.value - a.value).abs() / a.value * 100.0)
                };
                if s.qs.iter().any(meant) {
                    continue;
                }
                if c.up.is_some_and(|up| up != actually_up) {
                    out.push(Finding::new(
                        id,
                        Severity::Error,
                        span,
                        format!(
                            "由{}到{}是{},文中却写“{}{}”,请核对",
                            &s.text[a.range.clone()],
                            &s.text[b.range.clone()],
                            if actually_up { "增加" } else { "减少" },
                            c.verb.trim_start_matches(&['，', ','][..]),
                            stated
                        ),
                    ));
                } else if !agrees(p.value, p.precision, rel) {
                    let severity = if change_may_be(s, a, b, p) { Severity::Warning } else { Severity::Error };
                    let f = Finding::new(
                        id,
                        severity,
                        span,
                        change_size(&s.text[a.range.clone()], &s.text[b.range.clone()], rel, stated),
                    );
                    out.push(percent_fix(f, s, p, rel));
                }
            }
            "%" => {
                // Both figures are percentages: a relative change is fine, the difference should be
                // written in 个百分点.
                let diff = (b.value - a.value).abs();
                let rel = if a.value != 0.0 { diff / a.value * 100.0 } else { f64::NAN };
                if agrees(p.value, p.precision, rel) {
                    continue;
                }
                let severity = if agrees(p.value, p.precision, diff) { Severity::Warning } else { Severity::Error };
                out.push(Finding::new(
                    id,
                    severity,
                    span,
                    format!(
                        "由{}到{}相差{}个百分点(相对变化{}%),文中写作“{}”;两个百分比之差应写作“个百分点”",
                        show(a.value, "%"),
                        show(b.value, "%"),
                        trim(diff),
                        trim(rel),
                        stated
                    ),
                ));
            }
            // Rates per hundred change by 个百分点, per thousand (出生率6.19‰) by 个千分点.
            "个百分点" | "个千分点" if a.unit == if p.unit == "个百分点" { "%" } else { "‰" } => {
                let diff = (b.value - a.value).abs();
                let wrong_way = c.up.is_some_and(|up| up != actually_up);
                // (The difference of the unrounded rates may be the one stated: 78.92%−78.64%, 提高0.29.
                // Whole percentages, 由90%提高到96%, are taken as written.)
                let slack =
                    if a.precision < 1.0 && b.precision < 1.0 { (a.precision + b.precision) / 2.0 } else { 0.0 };
                if !wrong_way
                    && (agrees(p.value, p.precision, diff)
                        || slack > 0.0 && may_be_within(p.value, p.precision, diff - slack, diff + slack))
                {
                    continue;
                }
                let digits = decimals_of(p.precision.min(a.precision).min(b.precision));
                let mut f = Finding::new(
                    id,
                    Severity::Error,
                    span,
                    format!(
                        "由{}到{}{}了{}{},文中写作“{}{}”,请核对",
                        show(a.value, a.unit),
                        show(b.value, a.unit),
                        if actually_up { "提高" } else { "下降" },
                        fixed(diff, digits),
                        p.unit,
                        c.verb.trim_start_matches(&['，', ','][..]),
                        stated
                    ),
                );
                if !wrong_way {
                    f = f.with_fix(s.abs(&p.figure), fixed(diff, digits), false);
                }
                out.push(f);
            }
            "分之" if a.unit != "%" && c.up.is_some() && a.value > 0.0 => {
                // 增加/减少了一半, 减少了三分之一
                let rel = (b.value - a.value).abs() / a.value;
                if c.up == Some(actually_up) && (rel - p.value).abs() <= 0.02 {
                    continue;
                }
                out.push(Finding::new(
                    id,
                    Severity::Error,
                    span,
                    format!(
                        "由{}到{}的变化幅度为{}%,与“{}”不符,请核对",
                        show(a.value, a.unit),
                        show(b.value, b.unit),
                        trim(rel * 100.0),
                        stated
                    ),
                ));
            }
            _ => {}
        }
    }
}

/// The message for a change from `a` to `b` of `rel`% written as `stated`.
fn change_size(a: &str, b: &str, rel: f64, stated: &str) -> String {
    format!("由{a}到{b}的变化幅度为{}%,文中写作“{stated}”,请核对", trim(rel))
}

/// The relative change from `a` to `b` (in %), with both rounded as written, may be `p`.
fn change_may_be(s: &Sentence, a: &Quantity, b: &Quantity, p: &Quantity) -> bool {
    let (lo, hi) = ratio_range((b.value, b.rounding(s.text)), (a.value, a.rounding(s.text)));
    let (x, y) = ((lo - 1.0).abs(), (hi - 1.0).abs());
    let least = if lo <= 1.0 && hi >= 1.0 { 0.0 } else { x.min(y) };
    may_be_within(p.value, p.precision, least * 100.0, x.max(y) * 100.0)
}

/// `n÷d=rate%` against the stated `p`, with the fix; `d` with the text its range indexes (the
/// whole may stand in another sentence of the paragraph).
fn share_finding(
    id: &'static str,
    severity: Severity,
    s: &Sentence,
    (n, n_text): (&Quantity, &str),
    (d, d_text): (&Quantity, &str),
    p: &Quantity,
) -> Finding {
    let rate = n.value / d.value * 100.0;
    let digits = decimals_of(p.precision);
    let f = Finding::new(
        id,
        severity,
        s.abs(&p.range),
        format!(
            "{}÷{}={}%,文中写作“{}”,请核对",
            &n_text[n.range.clone()],
            &d_text[d.range.clone()],
            fixed(rate, digits.max(1)),
            &s.text[p.range.clone()]
        ),
    );
    percent_fix(f, s, p, rate)
}

/// The share written right after a part: `177例(93.65%)`, `177例,占93.65%`, `271997件,占全省收案
/// 总数的84.7%` (a whole named with 总, or by a word of the whole's own clause).
fn share_after(s: &Sentence, part: &Quantity, p: &Quantity, whole_clause: &str) -> bool {
    let Some(named) = share_link(&s.text[part.range.end..p.range.start]) else { return false };
    let w = crate::numbers::relations::whole_name(named);
    // (占全省法院收案总数的 after 全省法院共收…; 占生效人数的 after 判决生效被告人; not 占女职工的 after 全县职工.)
    whole_clause.contains(w) || named.contains('总') && w.get(..6).is_some_and(|h| whole_clause.contains(h))
}

/// Most figures before 其中 that [`check_breakdown_shares`] tries as the whole (a line of figures
/// stays linear).
const MAX_SHARED_PARTS: usize = 12;

/// `共报告189例。其中一般反应177例(89.65%),异常反应7例(3.7%),偶合症5例(2.65%)`: a whole before 其中
/// and parts after it, each with its share. The whole is confirmed when another part's share agrees
/// with it; a share that then disagrees beyond rounding is a warning (the whole is inferred, not
/// named beside the share). Several candidate wholes: one that fits every share leaves the
/// breakdown alone.
fn check_breakdown_shares(id: &'static str, s: &Sentence, out: &mut Vec<Finding>) {
    let qs = &s.qs;
    let Some(pos) = s.text.find("其中") else { return };
    let Some(first) = qs.iter().position(|q| q.range.start > pos) else { return };
    let unit = qs[first].unit;
    // The parts after 其中 with their shares (to the next 其中), by the part's index.
    let after = pos + "其中".len();
    let end = s.text[after..].find("其中").map_or(s.text.len(), |e| after + e);
    let mut parts = Vec::new();
    for j in first..qs.len().saturating_sub(1) {
        let (n, p) = (&qs[j], &qs[j + 1]);
        if p.range.end > end {
            break;
        }
        if n.unit == unit && p.unit == "%" && !n.approx && !p.approx {
            parts.push(j);
        }
    }
    if parts.len() < 2 || unit == "%" {
        return;
    }
    let mut best = None;
    for w in &qs[first.saturating_sub(MAX_SHARED_PARTS)..first] {
        let pre = clause_before(s.text, w.range.start);
        if w.unit != unit || w.approx || w.value <= 0.0 || names_change(pre) || last_years(pre) {
            continue;
        }
        // (The whole's clause in full: its name may open a long list of kinds.)
        let wc = crate::numbers::relations::clause_within(s.text, w.range.start, 300);
        let (mut wrong, mut off) = (0, 0);
        for &j in &parts {
            let (n, p) = (&qs[j], &qs[j + 1]);
            if !share_after(s, n, p, wc) || n.value > w.value {
                wrong = usize::MAX;
                break;
            }
            // (As written, or as the figures may have been before rounding: 79.03万÷101.46万 is 77.88–77.90%.)
            if ratio_disagrees(p, (n, s.text), (w, s.text), 100.0).is_some_and(|(_, within_rounding)| !within_rounding)
            {
                wrong += 1;
                off = j;
            }
        }
        if wrong == 0 {
            return;
        }
        if wrong == 1 && best.is_none() {
            best = Some((w, off));
        }
    }
    let Some((d, j)) = best else { return };
    let (n, p) = (&qs[j], &qs[j + 1]);
    let span = s.abs(&p.range);
    if !out.iter().any(|f| f.range == span) {
        out.push(share_finding(id, Severity::Warning, s, (n, s.text), (d, s.text), p));
    }
}

/// Most shares, and most candidate wholes, [`check_paragraph_shares`] weighs in one paragraph
/// (a page of figures stays linear).
const MAX_PARAGRAPH_SHARES: usize = 24;

/// The whole a share names after a part (`442名,占代表总数的14.85%` → `代表总数`; `14宗,占比14%` and
/// `177例(93.65%)` → ``), or `None` when the link between the part and the percentage is no share.
fn share_link(link: &str) -> Option<&str> {
    if matches!(link, "(" | "（") {
        return Some("");
    }
    let named = link.strip_prefix(&['，', ','][..])?.strip_prefix('占')?;
    let named = named.trim_start_matches('比').trim_end_matches(&[' ', '的', '达', '到', '为'][..]);
    (chars(named) <= 12 && !named.chars().any(crate::numbers::is_clause_mark)).then_some(named)
}

/// `全年共发展党员438.3万名。发展女党员204.2万名,占46.6%。发展少数民族党员40.0万名,占9.1%。发展35岁
/// 及以下党员324.0万名,占80.8%`; `在2977名代表中,少数民族代表442名,占代表总数的14.85%;…妇女代表790名,
/// 占代表总数的28.54%;…`: parts with their shares across a paragraph, with no 其中 to say whose.
/// A whole written before them that two other shares agree with (or one, when the parts add up
/// to it) makes the one share that does not a warning: the whole is inferred. Silent when a
/// whole fits every share, when two shares disagree, and when another figure of the paragraph
/// explains the share.
fn check_paragraph_shares(id: &'static str, paragraph: &[Sentence], out: &mut Vec<Finding>) {
    // (the part, the percentage, the whole its share names)
    let mut shares: Vec<(At, At, &str)> = Vec::new();
    for (i, s) in paragraph.iter().enumerate() {
        for (k, p) in s.qs.iter().enumerate() {
            if p.unit != "%" || p.approx || shares.len() > MAX_PARAGRAPH_SHARES {
                continue;
            }
            let n = k.checked_sub(1).map(|j| &s.qs[j]);
            let share = n
                .filter(|n| n.unit != "%" && !n.approx && n.value > 0.0)
                .and_then(|n| share_link(&s.text[n.range.end..p.range.start]));
            if let Some(named) = share {
                shares.push(((i, k - 1), (i, k), named));
            } else if let Some(part) = labelled_part(paragraph, i, k) {
                shares.push((part, (i, k), "比重"));
            }
        }
    }
    if shares.len() < 2 || shares.len() > MAX_PARAGRAPH_SHARES {
        return;
    }
    let q = |(i, j): At| &paragraph[i].qs[j];
    complementary_shares(id, paragraph, &shares, out);
    let is_part = |at: At| shares.iter().any(|&(part, _, _)| part == at);
    // Each group: the shares of one unit naming one whole.
    for (g, &((i0, j0), _, named)) in shares.iter().enumerate() {
        let unit = q((i0, j0)).unit;
        if shares[..g].iter().any(|&(part, _, m)| m == named && q(part).unit == unit) {
            continue; // the group was weighed at its first share
        }
        let group: Vec<(At, At)> = shares[g..]
            .iter()
            .filter(|&&(part, _, m)| m == named && q(part).unit == unit)
            .map(|&(part, pct, _)| (part, pct))
            .collect();
        if group.len() < 2 {
            continue;
        }
        // The figures of the unit before the group's first part that are no parts themselves.
        let mut wholes: Vec<At> = Vec::new();
        for (i, s) in paragraph.iter().enumerate().take(i0 + 1) {
            for (j, w) in s.qs.iter().enumerate() {
                if i == i0 && j >= j0 {
                    break;
                }
                let pre = clause_before(s.text, w.range.start);
                if w.unit == unit
                    && !w.approx
                    && w.value > 0.0
                    && !names_change(pre)
                    && !last_years(pre)
                    && !is_part((i, j))
                {
                    wholes.push((i, j));
                }
            }
        }
        let off = |(part, pct): (At, At), whole: At| {
            let text = |at: At| paragraph[at.0].text;
            ratio_disagrees(q(pct), (q(part), text(part)), (q(whole), text(whole)), 100.0)
                .is_some_and(|(_, within_rounding)| !within_rounding)
        };
        let mut found = None;
        for &w in wholes.iter().rev().take(MAX_PARAGRAPH_SHARES) {
            let whole = q(w);
            if group.iter().any(|&(part, _)| q(part).value > whole.value) {
                continue;
            }
            let wrong: Vec<&(At, At)> = group.iter().filter(|&&share| off(share, w)).collect();
            if wrong.is_empty() {
                return; // a whole fits every share
            }
            let sum: f64 = group.iter().map(|&(part, _)| q(part).value).sum();
            let adds_up = agrees(whole.value, whole.precision, sum);
            let agreeing = group.len() - wrong.len();
            if found.is_none() && wrong.len() == 1 && (agreeing >= 2 || agreeing == 1 && adds_up) {
                found = Some((*wrong[0], w));
            }
        }
        let Some(((part, pct), w)) = found else { continue };
        // (A share another figure of the paragraph explains may be of that one.)
        if wholes.iter().any(|&other| !off((part, pct), other)) {
            continue;
        }
        let s = &paragraph[pct.0];
        let p = q(pct);
        if !out.iter().any(|f| f.range == s.abs(&p.range)) {
            let (n, d) = ((q(part), paragraph[part.0].text), (q(w), paragraph[w.0].text));
            out.push(share_finding(id, Severity::Warning, s, n, d, p));
        }
    }
}

/// What a figure is measured against part by part: a budget, a plan, a target.
const TARGETS: Words = words!["预算", "计划", "目标", "任务"];

/// `男性人口为374158人,占50.28%;女性人口为369957人,占49.72%`: the shares of two kinds that are
/// all of their whole (see [`complementary`](crate::numbers::relations::complementary)), naming
/// one whole, make 100%. A warning: the kinds are read from their names.
fn complementary_shares(id: &'static str, paragraph: &[Sentence], shares: &[(At, At, &str)], out: &mut Vec<Finding>) {
    let q = |(i, j): At| &paragraph[i].qs[j];
    let text = |(i, j): At| &paragraph[i].text[paragraph[i].qs[j].range.clone()];
    let name = |at: At| clause_before(paragraph[at.0].text, q(at).range.start);
    for (g, &(a, share_a, named)) in shares.iter().enumerate() {
        // (`占调整预算90.75%`: each part against its own target, no share of one whole.)
        if TARGETS.any_in(named) {
            continue;
        }
        let others = shares[g + 1..].iter().filter(|&&(b, _, m)| m == named && q(b).unit == q(a).unit);
        for &(b, share_b, _) in others {
            if !crate::numbers::relations::complementary(name(a), name(b)) {
                continue;
            }
            let (pa, pb) = (q(share_a), q(share_b));
            let sum = pa.value + pb.value;
            if (sum - 100.0).abs() <= (pa.precision + pb.precision) / 2.0 + 1e-9 {
                continue;
            }
            let range = paragraph[share_b.0].abs(&pb.range);
            if !out.iter().any(|f| f.range == range) {
                let msg = format!("{}与{}合为全部,相加为{}%,不是100%,请核对", text(share_a), text(share_b), trim(sum));
                out.push(Finding::new(id, Severity::Warning, range, msg));
            }
        }
    }
}

/// A figure of a paragraph: its sentence, and its index among the sentence's figures.
type At = (usize, usize);

/// Words that name a share by its part before them (`第二产业增加值比重为47.8%`, `…占地区生产总值
/// 比重为8.3%`, `税收占比65.27%`).
const SHARE_WORDS: Words = words!["比重为", "比重达", "比重", "占比为", "占比"];

/// The figure a share names by its part's name alone, written earlier in the paragraph
/// (`第二产业增加值637.8亿元,…。第二产业增加值比重为47.8%`): (sentence, index), when the name is
/// plain and the paragraph gives one figure under it.
fn labelled_part(paragraph: &[Sentence], i: usize, k: usize) -> Option<At> {
    let s = &paragraph[i];
    let clause = clause_before(s.text, s.qs[k].range.start);
    let head = SHARE_WORDS.strip_suffix_of(clause)?;
    let head = head.split('占').next().unwrap_or(head).trim_end_matches('的');
    let name = head.strip_prefix("其中").unwrap_or(head);
    if chars(name) < 3 || chars(name) > 12 || name.contains("分别") {
        return None;
    }
    let mut found = None;
    for (t, sentence) in paragraph[..=i].iter().enumerate() {
        for (j, q) in sentence.qs.iter().enumerate() {
            if t == i && j >= k {
                break;
            }
            let pre = clause_before(sentence.text, q.range.start);
            if Quantity::countable_unit(q.unit) && !q.approx && pre.ends_with(name) {
                if found.is_some() {
                    return None;
                }
                found = Some((t, j));
            }
        }
    }
    found
}

/// The percentage's figure replaced by `value` to its digits, when it is written with % (八成 and
/// 百分之七十 are left as written).
fn percent_fix(f: Finding, s: &Sentence, p: &Quantity, value: f64) -> Finding {
    let stated = &s.text[p.range.clone()];
    if stated.ends_with(&['%', '％'][..]) {
        f.with_fix(s.abs(&p.figure), fixed(value, decimals_of(p.precision)), false)
    } else {
        f
    }
}

fn decimals_of(precision: f64) -> usize {
    let mut d = 0;
    let mut p = precision;
    while p < 0.999 && d < 4 {
        p *= 10.0;
        d += 1;
    }
    d
}

const DENOMINATOR_MARKS: Words = words![
    "应", "计划", "目标", "共", "总", "全", "适龄", "受理", "接待", "登记", "报名", "摸排", "摸底", "排查", "符合条件",
    "在册", "任务", "发放", "下发", "预算",
];
const NUMERATOR_MARKS: Words = words!["实", "已", "完成", "办结", "合格", "达标", "成功", "收回", "回收"];

/// The rate's name shares a character with the numerator's clause (办结率 ↔ 其中办结100件,
/// 回收率 ↔ 收回480份): the rate is plainly that count over the other.
/// Both characters must recur: one shared character (失业率 ↔ 转移就业) is a coincidence.
/// A longer name may carry the numerator's word before its own (体检覆盖率 ↔ 参加体检1320人):
/// a word of two characters of the name written as is in the numerator's clause names it too.
fn rate_names_numerator(rate_name: &str, numerator_clause: &str) -> bool {
    let named = |c: char| crate::text::is_han(c) && !"达为是的人数率总".contains(c);
    // Each two characters of the name, as text: the last two may also recur apart.
    let at: Vec<usize> = rate_name.char_indices().map(|(k, _)| k).chain([rate_name.len()]).collect();
    at.windows(3).any(|w| {
        let two = &rate_name[w[0]..w[2]];
        two.chars().all(named)
            && (numerator_clause.contains(two)
                || w[2] == rate_name.len() && two.chars().all(|c| numerator_clause.contains(c)))
    })
}

/// Outcomes a rate may count among the attempts its name also names (调解成功率, 抽检合格率).
const OUTCOMES: Words = words!["成功", "合格", "达标", "优良", "及格", "满意", "优秀"];

/// A rate off by less than this share of itself is taken as worked out from unrounded figures.
const NEGLIGIBLE_RATE_SLIP: f64 = 0.005;

/// Characters of a rate's name read before 率 (体检覆盖率).
const RATE_NAME_CHARS: usize = 4;

/// Figures of the whole's own (its rate, change, last year's figure) that may stand between it
/// and its part.
const MAX_STEPPED_OVER: usize = 3;

/// The clause names last year's figure (上年为225起), not a change from it to this year's
/// (由上年的38.6万卷增至).
fn last_years(pre: &str) -> bool {
    LAST_YEAR.any_in(pre) && !pre.contains('到') && !pre.contains('至')
}

/// The clause before the figure at `pos`, with a 其中 standing alone in the clause before it
/// (`其中,大学生134名`: read as `其中大学生`).
fn part_clause(text: &str, pos: usize) -> &str {
    let pre = clause_before(text, pos);
    let from = pos - pre.len();
    let mark = text[..from].chars().next_back().filter(|c| matches!(c, ',' | '，' | ':' | '：'));
    match mark {
        Some(c) if text[..from - crate::text::char_len(c)].ends_with("其中") => {
            &text[from - crate::text::char_len(c) - "其中".len()..pos]
        }
        _ => pre,
    }
}

/// `应检3200人,实检3040人,筛查率95%`.
fn check_rates(id: &'static str, s: &Sentence, out: &mut Vec<Finding>) {
    let qs = &s.qs;
    for k in 2..qs.len() {
        let p = &qs[k];
        if p.unit != "%" || p.approx {
            continue;
        }
        // (占总人口比重(常住人口城镇化率)为87.66%: the aside names the rate.)
        let (pre, aside) = clause_past_aside(s.text, p.range.start);
        if words!["增长率", "增速", "同比", "提高", "下降", "增长", "比上年", "比去年", "较"].any_in(pre)
        {
            continue;
        }
        // 检查率95% / 率达到95%, or 占应参加人数的95% / 其中女性200人,占66.7%.
        // (达到专任教师总数的35%: a share of a whole the text names, as 占 is.)
        let reached = crate::text::rfind_word(pre, "达到").filter(|_| pre.ends_with('的')).map(|p| p + 3);
        let share_of = pre.rfind('占').or(reached).filter(|&p| chars(&pre[p..]) <= 10);
        let rate_at = pre.rfind('率').filter(|&p| chars(&pre[p + 3..]) <= 3);
        let Some(rp) = rate_at.or(share_of) else { continue };
        // `其中财政拨款3.42亿元、事业收入1.96亿元,财政拨款占比58.4%`: a share naming one of the
        // parts listed after 其中 is that part's share of the whole before 其中.
        let name = if rate_at.is_none() { &pre[..rp] } else { "" };
        let named = (0..k - 1).rfind(|&j| chars(name) >= 2 && s.text[..qs[j].range.start].ends_with(name));
        let nk = named.unwrap_or(k - 1);
        let n = &qs[nk];
        let n_pre = part_clause(s.text, n.range.start);
        let mut di = nk.saturating_sub(1);
        // The parts of a 其中 breakdown smaller than the numerator after them are passed over for
        // their whole (受理6,842件,其中投诉2,136件、…788件,按时办结6,796件,办结率99.3%).
        let n_from = n.range.start - n_pre.len();
        let mut whole_of_named = false;
        if named.is_some() || qs[di].value < n.value && !n_pre.contains("其中") {
            if let Some((at, _)) =
                s.text[..if named.is_some() { n.range.start } else { n_from }].match_indices("其中").last()
            {
                if let Some(j) = qs[..nk].iter().rposition(|q| q.range.end <= at) {
                    (di, whole_of_named) = (j, named.is_some());
                }
            }
        }
        if named.is_some() && !whole_of_named {
            continue;
        }
        let jumped = di + 2 < k;
        let head = &pre[..rp];
        let rate_name = &head[head.char_indices().rev().nth(RATE_NAME_CHARS - 1).map_or(0, |(i, _)| i)..];
        // The whole may carry its own growth rate before 其中 (收入420亿元,增长6.3%,其中税收315亿元,
        // 占75%), a rate or multiple (床位入住率86.9%, 翻了一番), its change smaller than the
        // numerator (比上年增加3.16万户), an average or last year's figure (上年为225起), and a 其中
        // part may follow figures of other kinds (总人口44.0万人,居住着26个民族;其中…): these are stepped over,
        // and then only 其中 or a rate naming the numerator may link the part to the whole.
        let mut stepped = 0;
        while di > 0 && stepped < MAX_STEPPED_OVER && {
            let (q, pre) = (&qs[di], clause_before(s.text, qs[di].range.start));
            !Quantity::countable_unit(q.unit)
                || last_years(pre)
                || names_change(pre) && q.value < n.value
                // (an average, 平均班额40人, or a figure of another kind before a 其中 part)
                || pre.contains('均')
                // (a figure in brackets after the whole breaks it down: 受理879件(含旧存343件),结案700件)
                || s.text[..q.range.start - pre.len()].ends_with(&['(', '（'][..])
                || q.unit != n.unit && n_pre.starts_with("其中")
                // (the rest of the whole, 应参加9795人,有342人未参加,实际参加9453人: 342 + 9453 = 9795)
                || q.unit == n.unit && qs[di - 1].unit == n.unit && q.value + n.value == qs[di - 1].value
        } {
            di -= 1;
            stepped += 1;
        }
        let skipped = k - 2 - di;
        let d = &qs[di];
        // A whole with a share of its own (60岁以上99.47万人,占15.21%,其中65岁以上73.09万人,占11.18%):
        // its part's share is of that same larger whole.
        if rate_at.is_none()
            && qs[di + 1..nk].iter().any(|q| q.unit == "%" && clause_before(s.text, q.range.start).contains('占'))
        {
            continue;
        }
        if stepped > 0 && !n_pre.starts_with("其中") && !(rate_at.is_some() && rate_names_numerator(rate_name, n_pre))
        {
            continue;
        }
        if d.unit != n.unit || d.unit == "%" || d.approx || n.approx || d.value <= 0.0 || n.value <= 0.0 {
            continue;
        }
        // D, N and the rate in three neighbouring clauses (or N and the rate in one). Figures
        // joined by 、 are parallel parts (新增就业86.22万人、转移就业53.47万人), not a whole and
        // its part (a 、 inside the part's own clause after 其中 is its name: 新市民、青年人).
        let gap = &s.text[d.range.end..n.range.start];
        let named_part =
            n_pre.len() < gap.len() && n_pre.starts_with("其中") && !gap[..gap.len() - n_pre.len()].contains('、');
        if gap.contains('、') && !jumped && !named_part {
            continue;
        }
        // Nor is the last of such parts the whole of what follows (…民生新闻2,964条、专题报道
        // 1,458条,被采用386条,采用率6.2%: of all the 稿件 before the list), unless 应/共… names it.
        let d_pre = clause_before(s.text, d.range.start);
        // `贫困人口从9899万人减少到551万人,贫困发生率由10.2%…`: the two ends of one change are one
        // count at two times, no whole and its part.
        if d_pre.contains(&['从', '由'][..]) && gap.contains(&['到', '至'][..]) {
            continue;
        }
        let denominator_marked = DENOMINATOR_MARKS.any_in(d_pre);
        if d_pre.contains('、') && !denominator_marked {
            continue;
        }
        let span_text = &s.text[d.range.start..p.range.start];
        // (Marks outside the figures: 5,284件 groups its thousands.)
        let marks = [d.range.end..if named_part { n_from } else { n.range.start }, n.range.end..p.range.start]
            .map(|r| s.text[r].chars().filter(|c| matches!(c, ',' | '，' | '、')).count())
            .iter()
            .sum::<usize>();
        if marks > 2 + 2 * skipped || chars(span_text) > 40 + 12 * skipped + aside {
            continue;
        }
        // `立案186起,同比下降17.3%(上年为225起),破获142起`: another year's figure is no whole of
        // this year's rate.
        if last_years(d_pre) {
            continue;
        }
        // A figure marked as done (实际/已/完成…) is the planned one's counterpart; what follows,
        // unless 其中 makes it a part, is a rate of the plan (预算42.8亿元;实际采购40.2亿元,
        // 节约资金2.6亿元,节约率6.1%: 2.6 of the 42.8).
        if !denominator_marked && NUMERATOR_MARKS.any_in(d_pre) && !n_pre.starts_with("其中") {
            continue;
        }
        // `调委会调解19138件,调解成功率为97.5%`: a rate of an outcome (成功, 合格) named after what
        // the figure counts is of that figure, its numerator left unsaid.
        if rate_at.is_some() && OUTCOMES.ends(rate_name) && !OUTCOMES.any_in(n_pre) {
            continue;
        }
        let mut marked = denominator_marked && NUMERATOR_MARKS.any_in(n_pre);
        let (mut swapped, mut split_name) = (false, false);
        if rate_at.is_some() {
            // The whole may come second (签约8640人,重点人群共10800人,签约率80%).
            swapped = !marked
                && !rate_names_numerator(rate_name, n_pre)
                && DENOMINATOR_MARKS.any_in(n_pre)
                && rate_names_numerator(rate_name, d_pre);
            marked |= swapped || rate_names_numerator(rate_name, n_pre);
            // `受理案件45227件,审结43799件,结案率96.84%`: the name's last two characters, one in each
            // operand's clause (a warning: the name is read apart).
            let mut last_two = rate_name.chars().rev().take(2);
            if let (false, Some(b), Some(a)) = (marked, last_two.next(), last_two.next()) {
                split_name = n_pre.contains(a) && !n_pre.contains(b) && d_pre.contains(b);
                marked = split_name;
            }
        } else {
            // 占: the share right after its part (其中女性200人,占…), or the whole named after 占.
            let after_n = &s.text[n.range.end..p.range.start];
            let close = chars(after_n) <= 12 && commas(after_n) <= 1;
            // The whole after 占: bare (占60%, 占总数的60%) or naming the first figure's clause
            // (占应参加人数的95% after 应参加…). Another whole (占全县农村妇女的5%) is left alone.
            let whole = pre[rp + 3..].trim_end_matches(&['的', '达', '到', '为'][..]);
            let whole = crate::numbers::relations::whole_name(whole);
            // (总园数, 总户数: the whole's count under a name of its own.)
            let total_count = whole.starts_with('总') && whole.ends_with('数') && chars(whole) <= 4;
            let generic =
                (matches!(whole, "" | "总" | "比" | "全部" | "总人数" | "总数") || total_count) && share_of != reached;
            let names_whole = !generic && (d_pre.contains(whole) || whole.contains('应') && d_pre.contains('应'));
            // `惠及1240人,其中低保对象820人,占66.1%`: 其中 opens the part's clause right after its
            // whole's (no change named there), and the part is no larger than the whole.
            // (A whole that a change comes to is a level: 由2150张增加到4300张,翻了一番,其中…)
            let part_of_previous = n_pre.starts_with("其中")
                && n.value <= d.value
                && (!names_change(d_pre) || d_pre.contains(&['到', '至'][..]))
                // (…支出45.6亿元,上年为48亿元,同比下降5%,其中…: last year's figure is no whole; each figure
                // stepped over before the part's clause stands in a clause of its own.)
                && s.text[d.range.end..n_from].chars().filter(|c| crate::numbers::is_clause_mark(*c)).count()
                    == 1 + qs[di + 1..nk].iter().filter(|q| q.range.start < n_from).count();
            marked = whole_of_named
                || close
                    && ((marked || denominator_marked && n_pre.contains("其中") || part_of_previous) && generic
                        || names_whole);
        }
        if !marked {
            continue;
        }
        let (d, n) = if swapped { (n, d) } else { (d, n) };
        // A whole named by the rate alone (not by 应/共/目标…) is at least its part: a larger part
        // means the figure before it is another part of a list, not the whole (…来信来访342件,
        // 按时办结3203件,按时办结率98.0%, where 共受理3268件 is the whole).
        if !denominator_marked && !swapped && n.value > d.value {
            continue;
        }
        let rate = n.value / d.value * 100.0;
        // A part many times its whole is no part of it (无故未完成190人,完成8954人,完成率94.7%:
        // the whole is elsewhere), and a rate within half a percent of itself was worked out from
        // figures finer than those written (4.28亿元÷17.68亿元=24.21%, stated 24.25%).
        if rate > 2.0 * p.value.max(100.0) || (rate - p.value).abs() < rate * NEGLIGIBLE_RATE_SLIP {
            continue;
        }
        // The figures may come in either order (实际参加1900人,应参加2000人).
        // (A named rate may also be of the two together: 逮捕25人,不捕24人,不捕率48.98%.)
        if agrees(p.value, p.precision, rate)
            || agrees(p.value, p.precision, d.value / n.value * 100.0)
            || rate_at.is_some() && agrees(p.value, p.precision, n.value / (n.value + d.value) * 100.0)
        {
            continue;
        }
        // Another figure before, in the numerator's unit, that gives the rate is the whole the
        // author meant, not the nearest one (稿件6,248条,其中…专题报道1,458条,被采用386条,
        // 采用率6.2%: 386 of the 6,248).
        if qs[..k].iter().any(|w| {
            !std::ptr::eq(w, n)
                && w.unit == n.unit
                && w.value > 0.0
                && agrees(p.value, p.precision, n.value / w.value * 100.0)
        }) {
            continue;
        }
        // Figures rounded as written (1.2万人) may give the stated rate.
        let (nr, dr) = ((n.value, n.rounding(s.text)), (d.value, d.rounding(s.text)));
        let ((lo, hi), (lo2, hi2)) = (ratio_range(nr, dr), ratio_range(dr, nr));
        let severity = if split_name
            || may_be_within(p.value, p.precision, lo * 100.0, hi * 100.0)
            || may_be_within(p.value, p.precision, lo2 * 100.0, hi2 * 100.0)
        {
            Severity::Warning
        } else {
            Severity::Error
        };
        out.push(share_finding(id, severity, s, (n, s.text), (d, s.text), p));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_util::{assert_clean, assert_flags, findings};

    #[test]
    fn a_rates_name_read_across_both_operands() {
        // A court's report: 结 of the decided cases, 案 of the cases received.
        let t = "全市法院受理各类案件45227件,审结43799件;结案率96.84%,连续两年排名全省第一。";
        assert_clean(&PercentMismatch, t);
        let f = findings(&PercentMismatch, &t.replace("43799", "41799"));
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Warning);
        // Both characters in the numerator's clause: the rate is read as before, an error when off.
        let f = findings(&PercentMismatch, "受理各类案件1000件,审结案件900件,审结率80%。");
        assert_eq!(f[0].severity, Severity::Error);
    }

    #[test]
    fn the_two_ends_of_a_change_are_no_rates_operands() {
        // A news report on poverty: the rate is of the rural population, not 551 of 9899.
        assert_clean(
            &PercentMismatch,
            "农村贫困人口从2012年底的9899万人减少到2019年底的551万人,贫困发生率由10.2%降至0.6%。",
        );
    }

    #[test]
    fn gaps_against_rates_in_brackets() {
        // Real statistical releases: the subject's rate against each named rate in brackets.
        let t = "全市生产总值440.26亿元,增长8.4%,增速同比提高0.8个百分点,比全省(7.7%)和全国平均水平(7.0%)分别高0.7、1.4个百分点,增幅居全省第3位。";
        assert_clean(&PercentMismatch, t);
        assert_flags(&PercentMismatch, &t.replace("0.7、1.4", "0.7、1.9"), &["1.9个百分点"]);
        let t = "规模以上工业增加值97.89亿元,同比增长9.1%,比全省(7.4%)和全国(6.3%)分别高1.7 、2.8个百分点。";
        assert_clean(&PercentMismatch, t);
        assert_flags(&PercentMismatch, &t.replace("2.8个", "2.3个"), &["2.3个百分点"]);
        assert_flags(&PercentMismatch, "城镇化率达65.2%,比全省(60.1%)高6.1个百分点。", &["6.1个百分点"]);
        assert_clean(&PercentMismatch, "城镇化率达65.2%,比全省(60.1%)高5.1个百分点。");
        assert_clean(&PercentMismatch, "城镇化率为55.2%,比全省(60.1%)低4.9个百分点。");
        // The rate in brackets after the gap (a county's income survey).
        let t = "农村常住居民人均可支配收入12678元,同比增长8.5%。人均可支配收入比全市低227元(全市为12905元),比全省高1271元(全省为11407元),在全市排第6位;增幅与全市持平,比全省高0.6个百分点(全省为7.9%),在全市排第3位。";
        assert_clean(&PercentMismatch, t);
        assert_flags(&PercentMismatch, &t.replace("0.6个", "1.6个"), &["1.6个百分点"]);
        let t = "城镇常住居民人均可支配收入19017元,同比增长3.9%。增幅比全市低1.5个百分点(全市为5.4%),比全省低1.7个百分点(全省为5.6%)。";
        assert_clean(&PercentMismatch, t);
        assert_flags(&PercentMismatch, &t.replace("5.4%", "5.9%"), &["1.5个百分点"]);
        // A falling subject, or a negative rate in brackets: nothing.
        assert_clean(&PercentMismatch, "同比下降2.1%,比全省(-1.2%)低3.3个百分点。");
    }

    #[test]
    fn shares_of_one_whole_against_their_stated_sum() {
        let t = "盗窃罪859人,占批捕总人数的17.1%;诈骗罪629人,占批捕总人数的12.5%;寻衅滋事罪501人,占批捕总人数的10%。上述三个罪名合占批捕总人数的39.6%。";
        assert_clean(&PercentMismatch, t);
        let f = findings(&PercentMismatch, &t.replace("39.6", "41.6"));
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Error);
        // Uncounted: a warning. Shares of another whole are not summed.
        let t = "盗窃罪占批捕总人数的17.1%,诈骗罪占批捕总人数的12.5%,两者合占批捕总人数的39.6%。";
        assert_eq!(findings(&PercentMismatch, t)[0].severity, Severity::Warning);
        assert_clean(
            &PercentMismatch,
            "盗窃罪占起诉总人数的17.1%,诈骗罪占批捕总人数的12.5%,两者合占批捕总人数的39.6%。",
        );
        // A category's own share, written with 共占 after shares of its parts: no sum of them.
        assert_clean(
            &PercentMismatch,
            "工业投资占本年支出的17.1%,农业投资占本年支出的12.5%。用于经济建设的支出,共占本年支出的46.89%。",
        );
    }

    #[test]
    fn increments_against_a_named_year_after_a_rate_and_against_the_end_of_last_year() {
        let t = "财政拨款支出总计1870.91万元,与2019年相比增加633.43万元,增长51.19%。";
        assert_clean(&PercentMismatch, t);
        assert_flags(&PercentMismatch, &t.replace("51.19", "57.19"), &["57.19%"]);
        let t = "全县累计入库各项税收收入12463万元,同比增长7.9%,增收913万元。";
        assert_clean(&PercentMismatch, t);
        assert_flags(&PercentMismatch, &t.replace("7.9%", "9.7%"), &["9.7%"]);
        let t = "全市有效发明专利42673件,比去年底增长4710件,比去年底增幅12.41%。";
        assert_clean(&PercentMismatch, t);
        assert_flags(&PercentMismatch, &t.replace("12.41", "15.41"), &["15.41%"]);
        // A rate of another kind before a bare increase: no reading.
        assert_clean(&PercentMismatch, "全县税收收入12463万元,占比增长9.7%,增收913万元。");
        let t = "全体居民人均可支配收入40904元,同比增加2129元,增长5.5%,增速高于全市平均水平0.6个百分点。";
        assert_clean(&PercentMismatch, t);
        assert_flags(&PercentMismatch, &t.replace("2129元", "2529元"), &["5.5%"]);
    }

    #[test]
    fn a_rate_against_the_same_rate_of_another_period_named_again() {
        let t = "全国人口年平均增长率为0.53%,比2000年到2010年的年平均增长率0.57%下降0.04个百分点。";
        assert_clean(&PercentMismatch, t);
        assert_flags(&PercentMismatch, &t.replace("0.57%", "0.61%"), &["0.04个百分点"]);
        let decade = t.replace("2000年到2010年", "上一个十年");
        assert_clean(&PercentMismatch, &decade);
        assert_flags(&PercentMismatch, &decade.replace("0.57%", "0.61%"), &["0.04个百分点"]);
        // Another rate named: no reading.
        assert_clean(&PercentMismatch, &t.replace("0.57%", "0.61%").replace("的年平均增长率0", "的城镇化率0"));
    }

    #[test]
    fn a_rate_against_an_earlier_periods_even_below_zero() {
        let t = "全市地区生产总值同比增长3.3%,增速较一季度的-7%回升了10.3个百分点。";
        assert_clean(&PercentMismatch, t);
        assert_flags(&PercentMismatch, &t.replace("10.3个", "9.3个"), &["9.3个百分点"]);
        let t = "规模以上工业增加值增长13.3%,增速比上半年的7%提高6.3个百分点。";
        assert_clean(&PercentMismatch, t);
        assert_flags(&PercentMismatch, &t.replace("6.3个", "8.3个"), &["8.3个百分点"]);
        // A count's change is not set against another period's count this way.
        assert_clean(&PercentMismatch, "新增企业120户,比一季度的100户增长25%。");
    }

    #[test]
    fn a_part_many_times_its_whole_and_a_slip_of_the_last_digit() {
        // The figure before the part is another part (无故未完成…), not the whole: 8954 ÷ 190 is no rate.
        let t = "实际参加测试的学生为9453人。另外无故未完成全部测试项目的学生人数为190人,完成全部测试项目的人数为8954人,测试完成率为94.7%。";
        assert_clean(&PercentMismatch, t);
        // A rate worked out from figures finer than those written: off by less than half a percent of itself.
        let t = "年度投资计划17.68亿元,1-5月完成投资4.28亿元,完成率24.25%。";
        assert_clean(&PercentMismatch, t);
        assert_flags(&PercentMismatch, &t.replace("24.25", "25.25"), &["25.25%"]);
        assert_flags(&PercentMismatch, "应检3200人,实检3040人,筛查率90%。", &["90%"]);
    }

    #[test]
    fn an_aside_in_full_width_brackets_before_a_rate() {
        // A full-width ） right before the rate's clause (three bytes): read, no panic.
        let t = "共不起诉67件70人，其中法定不起诉0人，犯罪情节轻微不起诉68人（含刑事和解后不起诉9人），证据不足不起诉5人，不起诉率（按人数）为19.34%。";
        let _ = findings(&PercentMismatch, t);
        assert_clean(
            &PercentMismatch,
            "城镇常住人口1163.14万人，占总人口比重（常住人口城镇化率）为84.66%，年末常住人口1373.90万人。",
        );
    }

    #[test]
    fn rates_of_two_together_shares_of_a_larger_whole_and_rounded_points() {
        // A named rate of the two figures together.
        let t = "经审查,共逮捕25人,不捕24人,不捕率为48.98%。";
        assert_clean(&PercentMismatch, t);
        assert_flags(&PercentMismatch, &t.replace("48.98", "43.98"), &["43.98%"]);
        // A 其中 part's share after its whole's own share is of that larger whole.
        assert_clean(&PercentMismatch, "60岁及以上人口99.47万人,占15.21%,其中65岁及以上人口73.09万人,占11.18%。");
        // Points between rates written to hundredths: within their rounding, silent; beyond it, flagged.
        let t = "城镇化率78.92%,比2021年的78.64%提高0.29个百分点。";
        assert_clean(&PercentMismatch, t);
        assert_flags(&PercentMismatch, &t.replace("0.29", "0.49"), &["0.49个百分点"]);
        // Rates per thousand change by 个千分点.
        let t = "人口出生率6.19‰,比2021年的7.21‰下降1.02个千分点;人口死亡率5.45‰,比2021年的5.02‰上升0.43个千分点。";
        assert_clean(&PercentMismatch, t);
        assert_flags(&PercentMismatch, &t.replace("1.02", "1.32"), &["1.32个千分点"]);
        assert_clean(&PercentMismatch, "人口出生率6.19‰,比2021年的7.21%下降1.32个千分点。");
        assert_flags(&PercentMismatch, "覆盖率由75%提高到80%,提高了6个百分点。", &["6个百分点"]);
    }

    #[test]
    fn a_rate_named_in_an_aside_and_a_whole_named_as_its_count() {
        let t = "年末常住人口1373.90万人,比上年末增加9.01万人,其中城镇常住人口1163.14万人,占总人口比重(常住人口城镇化率)为87.66%。";
        assert_flags(&PercentMismatch, t, &["87.66%"]);
        assert_clean(&PercentMismatch, &t.replace("87.66", "84.66"));
        // An aside that names no rate of these figures.
        assert_clean(&PercentMismatch, "年末常住人口1373.90万人,比上年末增加9.01万人,占全省比重(下同)为15.2%。");
        let t = "全区共有幼儿园108所,其中普惠性幼儿园96所,占总园数的84.89%。";
        assert_flags(&PercentMismatch, t, &["84.89%"]);
        assert_clean(&PercentMismatch, &t.replace("84.89", "88.89"));
        assert_clean(&PercentMismatch, "全区共有幼儿园108所,其中普惠性幼儿园96所,占全市总园数的4.89%。");
    }

    #[test]
    fn shares_of_one_whole() {
        assert_flags(&PercentMismatch, "其中城镇妇女占55%、农村妇女占55%。", &["55%、农村妇女占55%"]);
        assert_clean(&PercentMismatch, "其中城镇妇女占45%、农村妇女占55%。");
        assert_clean(&PercentMismatch, "其中女人大代表占人大代表总数的55.9%、女党员占党员总数的57.9%。");
        // Shares of different wholes (a published provincial report).
        assert_clean(&PercentMismatch, "清洁能源装机占比54.8%、发电量占比51.3%。");
    }

    #[test]
    fn a_rate_or_share_whose_whole_stands_before_a_semicolon() {
        let plan = "全年计划招聘教师60人；实际招聘54人，完成率80%。";
        assert_flags(&PercentMismatch, plan, &["80%"]);
        assert_clean(&PercentMismatch, &plan.replace("80%", "90%"));
        let total = "全年一般公共预算支出12.5亿元；教育支出3.75亿元，占支出总额的35%。";
        assert_flags(&PercentMismatch, total, &["35%"]);
        assert_clean(&PercentMismatch, &total.replace("35%", "30%"));
        // A 其中 part after figures of other kinds, and after an average.
        let kinds = "全镇常住人口3.2万人，下辖18个行政村；其中外来务工人员0.48万人，占25%。";
        assert_flags(&PercentMismatch, kinds, &["25%"]);
        assert_clean(&PercentMismatch, &kinds.replace("25%", "15%"));
        let average = "注册会员由上年的820人增至960人，增长17.1%，平均每组48人；其中青年会员288人，占40%。";
        assert_flags(&PercentMismatch, average, &["40%"]);
        assert_clean(&PercentMismatch, &average.replace("40%", "30%"));
        // The saving of a budget: its rate is of the budget, not of the amount spent.
        assert_clean(&PercentMismatch, "采购预算金额8.4亿元；成交金额7.9亿元，节约资金0.5亿元，节约率6.0%。");
    }

    #[test]
    fn percent_change_follows_from_the_figures() {
        assert_flags(&PercentMismatch, "家长学校由20所增加到25所,增长20%。", &["20%"]);
        assert_flags(&PercentMismatch, "接待来访由150人次下降到120人次,同比下降25%。", &["25%"]);
        assert_flags(&PercentMismatch, "全年接待来访150人次,较去年的120人次增长20%。", &["20%"]);
        assert_flags(&PercentMismatch, "经费从8万元提高到10万元,提升了20%。", &["20%"]);
        assert_flags(&PercentMismatch, "会员由400人减少到300人,增长25%。", &["25%"]);
        assert_clean(&PercentMismatch, "家长学校由20所增加到25所,增长25%。");
        assert_clean(&PercentMismatch, "接待来访由150人次下降到120人次,同比下降20%。");
        assert_clean(&PercentMismatch, "全年接待来访150人次,较去年的120人次增长25%。");
        assert_clean(&PercentMismatch, "经费从8万元提高到10万元,提升了25%。");
        // Rounded or truncated to the digits written.
        assert_clean(&PercentMismatch, "妇联主席平均年龄由45岁降到38岁,同比下降15%。");
        assert_clean(&PercentMismatch, "妇联主席平均年龄由45岁降到38岁,同比下降16%。");
        assert_clean(&PercentMismatch, "妇联主席平均年龄由45岁降到38岁,同比下降15.6%。");
        assert_clean(&PercentMismatch, "由约400人增加到500人,增长30%。");
    }

    #[test]
    fn percentage_points() {
        assert_flags(&PercentMismatch, "女干部占比由31.2%提高到35.0%,提高4.8个百分点。", &["4.8个百分点"]);
        assert_flags(&PercentMismatch, "覆盖率由80%下降到75%,下降3个百分点。", &["3个百分点"]);
        assert_flags(&PercentMismatch, "女干部占比由31.2%提高到35.0%,提高3.8%。", &["3.8%"]);
        assert_clean(&PercentMismatch, "女干部占比由31.2%提高到35.0%,提高3.8个百分点。");
        assert_clean(&PercentMismatch, "覆盖率由80%下降到75%,下降5个百分点。");
        assert_clean(&PercentMismatch, "覆盖率由80%下降到60%,下降了25%。");
        let f = findings(&PercentMismatch, "女干部占比由31.2%提高到35.0%,提高3.8%。");
        assert_eq!(f[0].severity, Severity::Warning);
        let f = findings(&PercentMismatch, "女干部占比由31.2%提高到35.0%,提高4.8个百分点。");
        assert_eq!(f[0].fixes[0].replacement, "3.8");
    }

    #[test]
    fn rates_follow_from_numerator_and_denominator() {
        assert_flags(&PercentMismatch, "应参加“两癌”检查2000人,实际参加1900人,参检率90%。", &["90%"]);
        assert_flags(&PercentMismatch, "应检3200人,实检3040人,筛查率96%。", &["96%"]);
        assert_flags(&PercentMismatch, "共受理信访件120件,其中办结100件,办结率达90%。", &["90%"]);
        assert_clean(&PercentMismatch, "应参加“两癌”检查2000人,实际参加1900人,参检率95%。");
        assert_clean(&PercentMismatch, "应检3200人,实检3040人,筛查率95%。");
        assert_clean(&PercentMismatch, "实际参加1900人,应参加2000人,参检率95%。");
        assert_clean(&PercentMismatch, "共受理信访件120件,其中办结100件,办结率达83.3%。");
        assert_clean(&PercentMismatch, "共受理信访件120件,其中办结100件,办结率达83%。");
        // The change of the figure the clause names, not of the nearest one.
        let married = "办理结婚登记2,864对,离婚登记1,126对,结婚登记同比下降";
        assert_clean(&PercentMismatch, &format!("{married}8.2%(上年为3,120对)。"));
        // A saving is of the plan, not of what was done.
        assert_clean(&PercentMismatch, "政府采购预算金额42.8亿元;实际采购金额40.2亿元,节约资金2.6亿元,节约率6.1%。");
        assert_flags(&PercentMismatch, "实检3040人,其中合格2950人,合格率90%。", &["90%"]);
        // The whole before a list of its parts gives the rate; the last part beside it does not.
        let parts = "播发稿件6,248条,其中时政新闻1,826条、民生新闻2,964条、专题报道1,458条,被采用386条,采用率";
        assert_clean(&PercentMismatch, &format!("{parts}6.2%。"));
        assert_clean(&PercentMismatch, &format!("{parts}9.2%。"));
        // No marks saying which figure is the base: silent.
        assert_clean(&PercentMismatch, "参与活动300人,其中女性200人,满意率98%。");
        assert_clean(&PercentMismatch, "培训妇女300人,带动就业255人,就业率85%。");
        assert_flags(&PercentMismatch, "发放问卷500份,收回480份,回收率90%。", &["90%"]);
        assert_flags(&PercentMismatch, "全镇适龄妇女4500人,已完成筛查4230人,筛查率90%。", &["90%"]);
        assert_clean(&PercentMismatch, "全镇适龄妇女4500人,已完成筛查4230人,筛查率94%。");
        assert_clean(&PercentMismatch, "全年信访办结率达98%以上。");
        assert_clean(&PercentMismatch, "立案186起,同比下降17.3%(上年为225起),破获刑事案件142起,破案率76.3%。");
        // A longer name holding the numerator's word; a budget against what was spent.
        assert_flags(&PercentMismatch, "全镇在册党员860人，参加集中学习817人，学习参与率90%。", &["90%"]);
        assert_clean(&PercentMismatch, "全镇在册党员860人，参加集中学习817人，学习参与率95%。");
        assert_flags(&PercentMismatch, "年度预算资金1200万元，实际支出1140万元，预算执行率90%。", &["90%"]);
        assert_clean(&PercentMismatch, "年度预算资金1200万元，实际支出1140万元，预算执行率95%。");
        assert_clean(&PercentMismatch, "全镇在册党员860人，参加志愿服务517人，群众满意率95%。");
        // The whole after the part, marked by 共.
        let f = findings(&PercentMismatch, "为慢病患者建档3120人，辖区慢病患者共3900人，建档率70%。");
        assert_eq!(f.len(), 1);
        assert!(f[0].message.starts_with("3120人÷3900人=80.0%"), "{}", f[0].message);
        assert_clean(&PercentMismatch, "为慢病患者建档3120人，辖区慢病患者共3900人，建档率80%。");
        assert_clean(&PercentMismatch, "为慢病患者体检3120人，辖区慢病患者共3900人，建档率70%。");
        // The figure before the numerator is the last part of a list, smaller than it: not the whole.
        assert_clean(
            &PercentMismatch,
            "共调处纠纷1460起，其中邻里纠纷980起、物业纠纷325起、其他155起，调处成功1402起，调处成功率96%。",
        );
    }

    #[test]
    fn this_year_against_last_year() {
        assert_flags(&PercentMismatch, "今年参与人数为1200人,去年为1000人,同比增长25%。", &["25%"]);
        assert_clean(&PercentMismatch, "今年参与人数为1200人,去年为1000人,同比增长20%。");
        assert_flags(&PercentMismatch, "去年接待来访150人次,今年接待120人次,下降了25%。", &["25%"]);
        assert_clean(&PercentMismatch, "去年接待来访150人次,今年接待120人次,下降了20%。");
        assert_flags(&PercentMismatch, "全年受理信访案件96件,比去年的80件增加25%。", &["25%"]);
        // Tenths: 三成 is 30% to the nearest ten.
        assert_flags(&PercentMismatch, "全年受理信访案件96件，比去年的80件增加三成。", &["三成"]);
        assert_clean(&PercentMismatch, "全年受理信访案件96件，比去年的80件增加两成。");
        assert_flags(&PercentMismatch, "全村已改厕200户，占全村农户250户的六成。", &["六成"]);
        assert_clean(&PercentMismatch, "全村已改厕200户，占全村农户250户的八成。");
        assert_clean(&PercentMismatch, "全年受理信访案件96件,比去年的80件增加20%。");
    }

    #[test]
    fn shares_named_by_their_parts_name() {
        let t = "全年实现地区生产总值1281.1亿元。第一产业增加值106.2亿元;第二产业增加值637.8亿元;第三产业增加值537.1亿元。第一产业增加值占地区生产总值比重为8.3%,第二产业增加值比重为47.8%,第三产业增加值比重为41.9%。";
        assert_flags(&PercentMismatch, t, &["47.8%"]);
        assert_clean(&PercentMismatch, &t.replace("47.8%", "49.8%"));
        // A name the paragraph gives two figures under: which is meant is unclear.
        assert_clean(
            &PercentMismatch,
            &t.replace("第三产业增加值537.1亿元。", "第三产业增加值537.1亿元。上年第二产业增加值577.6亿元。"),
        );
    }

    #[test]
    fn a_change_with_a_comma_before_its_verb() {
        let t = "省内流动人口的比重由2010年的61.15%,提高到66.78%,上升了6.63个百分点。";
        assert_flags(&PercentMismatch, t, &["6.63个百分点"]);
        assert_clean(&PercentMismatch, &t.replace("6.63", "5.63"));
        // A clause of its own after the comma is no verb of the change.
        assert_clean(&PercentMismatch, "比重由2010年的61.15%,城镇化率达到66.78%,上升了6.63个百分点。");
    }

    #[test]
    fn increments_past_a_note_on_reckoning_and_a_net_increase() {
        let t = "人均可支配收入9377元,按可比口径计算,比上年增加894元,名义增长12.5%,扣除价格因素,实际增长9.1%。";
        assert_flags(&PercentMismatch, t, &["12.5%"]);
        assert_clean(&PercentMismatch, &t.replace("12.5%", "10.5%"));
        // The real growth, prices taken out, is no rate of the increase.
        assert_clean(&PercentMismatch, "人均可支配收入9377元,比上年增加894元,实际增长9.1%。");
        let t = "乡镇企业总产值完成11.1亿元,净增2.3亿元,增长16.1%。";
        assert_flags(&PercentMismatch, t, &["16.1%"]);
        assert_clean(&PercentMismatch, &t.replace("16.1%", "26.1%"));
    }

    #[test]
    fn the_shares_of_two_kinds_that_are_all_of_their_whole() {
        let t =
            "全区常住人口中,男性人口为374158人,占50.28%;女性人口为369957人,占49.72%。人口性别比由99.50上升为101.14。";
        assert_clean(&PercentMismatch, t);
        assert_flags(&PercentMismatch, &t.replace("50.28", "52.28"), &["49.72%"]);
        let t = "全省常住人口中,居住在城镇的人口为3630.5万人,占59.39%,居住在乡村的人口为2482.5万人,占40.61%。";
        assert_clean(&PercentMismatch, t);
        assert_flags(&PercentMismatch, &t.replace("40.61", "42.61"), &["42.61%"]);
        // Kinds that leave others out; shares of different wholes.
        assert_clean(&PercentMismatch, "党员中,女性党员为120人,占30.0%;少数民族党员为40人,占10.0%。");
        assert_clean(&PercentMismatch, "男职工300人,占职工总数的60%;女教师120人,占教师总数的55%。");
        assert_clean(
            &PercentMismatch,
            "税收收入完成11,136万元,占调整预算90.75%;非税收入完成17,447万元,占调整预算117.66%。",
        );
    }

    #[test]
    fn increments_with_their_rate() {
        assert_flags(&PercentMismatch, "2023年共投入资金500万元,较2022年增加100万元,增长20%。", &["20%"]);
        assert_clean(&PercentMismatch, "2023年共投入资金500万元,较2022年增加100万元,增长25%。");
        // A count among a whole named with 中, and its share; a growth rate there is no share.
        let among = "全市工业33个大类行业中，有26个行业增加值实现增长，增长面达78.8%。";
        assert_clean(&PercentMismatch, among);
        assert_flags(&PercentMismatch, &among.replace("78.8", "72.8"), &["72.8%"]);
        assert_clean(&PercentMismatch, "全市工业33个大类行业中，有26个行业增加值实现增长，增长率达8.8%。");
        assert_clean(&PercentMismatch, "全市33个行业，有26个行业增加值实现增长，增长面达72.8%。");
        // The gap between two growth rates named in their clauses; never 分别 rates nor a share's change.
        let gap = "轻工业增加值同比增长15.7%,重工业增长14.2%,轻工业增加值增速比重工业快1.5个百分点;1—10月,轻工业和重工业增加值分别增长14.8%和14.5%,轻工业增速比重工业快0.3个百分点。";
        assert_clean(&PercentMismatch, gap);
        assert_flags(&PercentMismatch, &gap.replacen("1.5", "2.5", 1), &["2.5个百分点"]);
        assert_clean(&PercentMismatch, "工业增长5.2%,服务业增长6.1%,服务业占比重提高0.9个百分点。");
        // `增速高于Y`, X the rate right before; never 全市平均水平.
        let income = "城镇居民人均可支配收入69410元,增长3.2%;农村居民人均可支配收入45071元,增长5.2%,增速高于城镇居民人均可支配收入2.0个百分点。";
        assert_clean(&PercentMismatch, income);
        assert_flags(&PercentMismatch, &income.replace("增长3.2%", "增长3.6%"), &["2.0个百分点"]);
        assert_clean(&PercentMismatch, "全县居民人均可支配收入40904元,增长5.5%,增速高于全市平均水平0.6个百分点。");
        // A count among a whole with no comma after 中.
        let among = "全市规模以上工业37个大类行业中有21个行业增加值同比实现增长,增长面为56.8%。";
        assert_clean(&PercentMismatch, among);
        assert_flags(&PercentMismatch, &among.replace("21个", "23个"), &["56.8%"]);
        // The rate before the increase, both 同比; an increase of another measure is none.
        let courts = "刑事案件262件，同比下降2.60%，同比减少7件；行政诉讼案件31件，同比下降27.91%，同比减少12件。";
        assert_clean(&PercentMismatch, courts);
        assert_flags(&PercentMismatch, &courts.replace("27.91", "24.91"), &["24.91%"]);
        assert_clean(&PercentMismatch, "刑事案件262件，同比下降12.60%，审结减少7件。");
        // Rounded figures: the rate may come from the figures before rounding, not from those written.
        assert_clean(&PercentMismatch, "全国招收研究生53.82万人,比上年增加2.72万人,增长5.33%。");
        assert_flags(&PercentMismatch, "全国招收研究生53.82万人,比上年增加2.72万人,增长5.53%。", &["5.53%"]);
        assert_clean(&PercentMismatch, "全年接待来访120人次,比去年减少30人次,下降20%。");
        // A figure the reading does not know stands between the increase and a rate: the rate is its.
        assert_clean(&PercentMismatch, "税收500万元以上企业6家,较上年增长3家;规上工业用电量6.42亿度,同比增长39.2%。");
        assert_flags(&PercentMismatch, "全年接待来访120人次,比去年减少30人次,下降25%。", &["25%"]);
        assert_flags(&PercentMismatch, "家长学校达到25所,比2022年的20所增长20%。", &["20%"]);
    }

    #[test]
    fn shares_next_to_their_part() {
        assert_flags(&PercentMismatch, "共有会员300人,其中女性会员180人,占70%。", &["70%"]);
        assert_clean(&PercentMismatch, "共有会员300人,其中女性会员180人,占60%。");
        assert_flags(&PercentMismatch, "应参加检查2000人,实际参加1900人,占应参加人数的90%。", &["90%"]);
        assert_clean(&PercentMismatch, "应参加检查2000人,实际参加1900人,占应参加人数的95%。");
        assert_clean(&PercentMismatch, "全区共有中小学校45所,在校学生3.2万人,其中女生1.55万人,占48.4%。");
        assert_clean(&PercentMismatch, "参与活动300人,其中女性200人,占参与者满意度的98%。");
        assert_clean(&PercentMismatch, "全县共培训妇女300人,其中农村妇女200人,占全县农村妇女的5%。");
        assert_flags(&PercentMismatch, "全县共有农村妇女4000人,已培训1000人,占农村妇女的20%。", &["20%"]);
    }

    #[test]
    fn the_next_clause_is_not_this_change() {
        // Published reports: the next clause starts a change of its own.
        assert_clean(&PercentMismatch, "资本充足率从2007年底的8.4%提升到去年底的13.3%，不良贷款率由6.1%下降到0.95%。");
        assert_clean(&PercentMismatch, "民营经济比重从48.2%提高到52.6%，国有经济比重从35.1%下降到31.4%。");
        assert_flags(
            &PercentMismatch,
            "资本充足率从2007年底的8.4%提升到去年底的13.3%，提高5.9个百分点，不良贷款率由6.1%下降到0.95%。",
            &["5.9个百分点"],
        );
        // Another subject's change, an average over years, rates for several changes.
        assert_clean(&PercentMismatch, "实现营业收入860亿元，比上年增加80亿元，利润总额增长20%。");
        assert_clean(&PercentMismatch, "进出口总额由2000亿元增长到2600亿元，年均增长6.8%。");
        assert_clean(
            &PercentMismatch,
            "城镇居民收入由4.2万元增加到4.5万元，农村居民由1.8万元增加到2万元，分别增长7.1%和11.1%。",
        );
        assert_flags(&PercentMismatch, "粮食总产量达到1350万吨，比上年增加30万吨，增长3.3%。", &["3.3%"]);
        assert_clean(&PercentMismatch, "粮食总产量达到1350万吨，比上年增加30万吨，增长2.3%。");
    }

    #[test]
    fn rates_need_operands_the_text_relates() {
        assert_clean(
            &PercentMismatch,
            "城镇新增就业86.22万人、农村劳动力转移就业53.47万人，城镇调查失业率控制在5.5%以内。",
        );
        assert_clean(&PercentMismatch, "新增就业86.22万人，转移就业53.47万人，失业率5.5%。");
        // A rate of an outcome whose count the text leaves out: the figure is the rate's base.
        assert_clean(
            &PercentMismatch,
            "全年共调解各类民间纠纷29757件。其中,司法助理员调解5068件,法律服务所调解5551件,均成功;调委会调解19138件,调解成功率为97.5%。",
        );
        assert_flags(&PercentMismatch, "抽检产品120批次,其中合格114批次,抽检合格率80%。", &["80%"]);
        assert_clean(&PercentMismatch, "1955年决算支出占预算数的98.41%，债款支出占预算数的106.48%。");
        assert_flags(&PercentMismatch, "一般公共预算收入完成420亿元，增长6.3%，其中税收收入315亿元，占80%。", &["80%"]);
        assert_clean(&PercentMismatch, "一般公共预算收入完成420亿元，增长6.3%，其中税收收入315亿元，占75%。");
        assert_clean(
            &PercentMismatch,
            "社会文教支出占３６．８０％，经济建设支出占２７．２１％，行政管理费支出占１０．０５％。",
        );
    }

    #[test]
    fn ratios_to_a_base_written_with_its_value() {
        assert_flags(&PercentMismatch, "完成投资8.4亿元，达到年度计划7亿元的112%，其中产业投资5.1亿元。", &["112%"]);
        assert_clean(&PercentMismatch, "完成投资8.4亿元，达到年度计划7亿元的120%，其中产业投资5.1亿元。");
        assert_clean(&PercentMismatch, "一般公共预算收入12亿元，占地区生产总值150亿元的8%。");
        assert_flags(&PercentMismatch, "完成固定资产投资9.6亿元，为上年的130%，上年为8亿元。", &["130%"]);
        assert_clean(&PercentMismatch, "完成固定资产投资9.6亿元，为上年的120%，上年为8亿元。");
        // Another unit, no base figure, or an approximate figure: nothing.
        assert_clean(&PercentMismatch, "完成投资8.4亿元，为年度计划的112%。");
        assert_clean(&PercentMismatch, "完成投资8.4亿元，达到年度计划7亿元的110%以上。");
    }

    #[test]
    fn a_base_named_after_the_figure() {
        // 由上年的A增长P: the later figure is the one before.
        assert_flags(&PercentMismatch, "完成农村改厕4800户，由上年的3000户增长50%，覆盖率85.6%。", &["50%"]);
        assert_clean(&PercentMismatch, "完成农村改厕4800户，由上年的3000户增长60%，覆盖率85.6%。");
        // B,上年同期为A,同比增长P.
        assert_flags(&PercentMismatch, "实现营业收入12.6亿元，上年同期为10.5亿元，同比增长26%。", &["26%"]);
        assert_clean(&PercentMismatch, "实现营业收入12.6亿元，上年同期为10.5亿元，同比增长20%。");
        assert_clean(&PercentMismatch, "实现营业收入12.6亿元，上年同期为10.5亿元，净利润增长26%。");
        // Last year's level with its period and verb alone in its clause; another measure is none.
        assert_flags(&PercentMismatch, "一季度完成创收198.1万元,去年一季度完成129.1万元,同比增长35.4%。", &["35.4%"]);
        assert_clean(&PercentMismatch, "一季度完成创收198.1万元,去年一季度完成129.1万元,同比增长53.4%。");
        assert_clean(&PercentMismatch, "全县完成投资198万元,去年完成技改投资129万元,同比增长35%。");
        // A rate's change in 个百分点, its base in the next clause.
        assert_flags(
            &PercentMismatch,
            "全区森林覆盖率达到41.5%，比上年提高1.2个百分点，上年为39.3%。",
            &["1.2个百分点"],
        );
        assert_clean(&PercentMismatch, "全区森林覆盖率达到41.5%，比上年提高1.2个百分点，上年为40.3%。");
        // A share of the target between the figure and its rate is stepped over.
        assert_flags(
            &PercentMismatch,
            "完成招商引资18.6亿元，占年度任务20亿元的93%，同比增长34%，上年同期为15亿元。",
            &["34%"],
        );
        assert_clean(&PercentMismatch, "完成招商引资18.6亿元，占年度任务20亿元的93%，同比增长24%，上年同期为15亿元。");
        assert_clean(&PercentMismatch, "完成招商引资18.6亿元，利润2亿元的93%，同比增长34%，上年同期为15亿元。");
        // A base at the start of the year.
        assert_flags(&PercentMismatch, "人口信息准确率达到98.6%，较年初的95.1%提高2.5个百分点。", &["2.5个百分点"]);
        assert_clean(&PercentMismatch, "人口信息准确率达到98.6%，较年初的95.1%提高3.5个百分点。");
    }

    #[test]
    fn a_part_after_qizhong_with_a_bare_share() {
        assert_flags(&PercentMismatch, "惠及困难群众1240人，其中低保对象820人，占60.1%。", &["60.1%"]);
        assert_clean(&PercentMismatch, "惠及困难群众1240人，其中低保对象820人，占66.1%。");
        // The rest of the whole between the whole and the part.
        let t = "应参加测试的学生为9795人,有342人无故未参加测试,实际参加测试的学生为9453人,全校测试参与率为96.5%。";
        assert_clean(&PercentMismatch, t);
        assert_flags(&PercentMismatch, &t.replace("96.5%", "91.5%"), &["91.5%"]);
        assert_clean(&PercentMismatch, &t.replace("有342人", "有340人").replace("96.5%", "91.5%"));
        // 其中 standing alone before the part's clause.
        let t = "确定了今年的286名新兵,其中,大学生144名,占50.34%,占比比去年提高了3.9个百分点。";
        assert_clean(&PercentMismatch, t);
        assert_flags(&PercentMismatch, &t.replace("144名", "134名"), &["50.34%"]);
        assert_flags(&PercentMismatch, &t.replace("其中,大学生144名", "其中：大学生134名"), &["50.34%"]);
        // The figure before is a change, or smaller than the part: not the whole.
        assert_clean(&PercentMismatch, "常住人口150万人，比上年增加3万人，其中城镇人口90万人，占60%。");
        assert_clean(&PercentMismatch, "新增会员30人，其中女性会员180人，占60%。");
    }

    #[test]
    fn rates_against_last_years_figures_listed_with_fenbie() {
        let t = "全县共发生生产安全事故23起、死亡19人，上年分别为31起、24人，事故起数和死亡人数分别下降28.8%和20.8%。";
        assert_flags(&PercentMismatch, t, &["28.8%"]);
        assert_clean(&PercentMismatch, &t.replace("28.8%", "25.8%"));
    }

    #[test]
    fn a_share_naming_a_part_listed_after_qizhong() {
        let funds =
            "经费收入合计5.86亿元，其中财政拨款3.42亿元、事业收入1.96亿元、其他收入0.48亿元，财政拨款占比54.8%。";
        assert_flags(&PercentMismatch, funds, &["54.8%"]);
        assert_clean(&PercentMismatch, &funds.replace("54.8%", "58.4%"));
        let middle = funds.replace("财政拨款占比54.8%", "事业收入占比38.4%");
        assert_flags(&PercentMismatch, &middle, &["38.4%"]);
        assert_clean(&PercentMismatch, &middle.replace("38.4%", "33.4%"));
        // Past the whole's own rate and last year's figure, after ；其中.
        let cases = "共受理案件1,428件，同比增长12.7%，上年同期为1,267件；其中刑事案件536件、民事案件864件、行政案件28件，民事案件占比60.5%。";
        assert_clean(&PercentMismatch, cases);
        assert_flags(&PercentMismatch, &cases.replace("60.5%", "65.5%"), &["65.5%"]);
        // No 其中: which figure is the whole is not said.
        assert_clean(&PercentMismatch, "城镇人口90万人，农村人口60万人，城镇人口占比50%。");
    }

    #[test]
    fn the_wholes_own_figures_and_parts_are_passed_over() {
        // Its change (smaller than the part), its rate, last year's figure: the whole stands before them.
        let shares = "实有经营主体38.72万户，比上年增加3.16万户，增长8.9%，其中企业10.45万户，占比29.0%。";
        assert_flags(&PercentMismatch, shares, &["29.0%"]);
        assert_clean(&PercentMismatch, &shares.replace("29.0%", "27.0%"));
        assert_clean(&PercentMismatch, "常住人口150万人，比上年增加3万人，其中城镇人口90万人，占60%。");
        let named = "馆藏档案由上年的38.6万卷增至41.2万卷，增长6.7%，其中数字化档案28.4万卷，占馆藏总量的72.9%。";
        assert_flags(&PercentMismatch, named, &["72.9%"]);
        assert_clean(&PercentMismatch, &named.replace("72.9%", "68.9%"));
        let solved = "刑事案件立案186起，同比下降17.3%（上年为225起），破获刑事案件142起，破案率79.3%。";
        assert_flags(&PercentMismatch, solved, &["79.3%"]);
        assert_clean(&PercentMismatch, &solved.replace("79.3%", "76.3%"));
        // A rate that does not name the numerator stays silent past the whole's own figures.
        assert_clean(
            &PercentMismatch,
            "刑事案件立案186起，同比下降17.3%（上年为225起），破获刑事案件142起，群众满意率79.3%。",
        );
        // A breakdown between the whole and a numerator larger than its parts.
        let handled =
            "共受理群众诉求6,842件，其中投诉2,136件、咨询3,918件、建议及其他788件，按时办结6,796件，办结率97.3%。";
        assert_flags(&PercentMismatch, handled, &["97.3%"]);
        assert_clean(&PercentMismatch, &handled.replace("97.3%", "99.3%"));
        // A figure in brackets after the whole breaks it down: the whole is before it.
        let closed = "共受理诉讼案件879件（含旧存343件），结案700件，结案率76.94%。";
        assert_flags(&PercentMismatch, closed, &["76.94%"]);
        assert_clean(&PercentMismatch, &closed.replace("76.94%", "79.64%"));
        // A 、 inside the part's own name after 其中.
        let housing = "合计2,280套，其中面向新市民、青年人配租1,530套，占71.6%。";
        assert_flags(&PercentMismatch, housing, &["71.6%"]);
        assert_clean(&PercentMismatch, &housing.replace("71.6%", "67.1%"));
        assert_clean(
            &PercentMismatch,
            "全镇38个村全部建成服务中心，其中村级服务中心31个、社区服务中心7个，覆盖率100%。",
        );
    }

    #[test]
    fn halves() {
        assert_clean(&PercentMismatch, "纠纷数量由60起减少到30起,减少了一半。");
        assert_flags(&PercentMismatch, "纠纷数量由60起减少到40起,减少了一半。", &["一半"]);
        assert_clean(&PercentMismatch, "纠纷数量由60起减少到40起,减少了三分之一。");
        assert_flags(&PercentMismatch, "纠纷数量由60起减少到30起,减少了三分之一。", &["三分之一"]);
    }

    #[test]
    fn relations_in_dense_report_paragraphs() {
        // Thousands-grouped operands; the amount of a change between its base and its rate.
        let done = "共受理纳税人缴费人诉求5,284件，按期办结5,271件，办结率96.8%。";
        assert_flags(&PercentMismatch, done, &["96.8%"]);
        assert_clean(&PercentMismatch, &done.replace("96.8", "99.8"));
        let amount = "全市发明专利授权量达到1528件，较上年度的1194件增加334件，增幅为32.0%。";
        assert_flags(&PercentMismatch, amount, &["32.0%"]);
        assert_clean(&PercentMismatch, &amount.replace("32.0", "28.0"));
        // The whole's own rate or 翻番 between it and its part.
        let rate = "院内共有床位320张，在院老人278人，床位入住率86.9%，其中失能半失能老人152人，占58.7%。";
        assert_flags(&PercentMismatch, rate, &["58.7%"]);
        assert_clean(&PercentMismatch, &rate.replace("58.7", "54.7"));
        let fan = "床位由2020年的2,150张增加到4,300张，翻了一番，其中护理型床位2,838张，占70.0%。";
        assert_flags(&PercentMismatch, fan, &["70.0%"]);
        assert_clean(&PercentMismatch, &fan.replace("70.0", "66.0"));
        assert_clean(&PercentMismatch, "全年支出45.6亿元，上年为48亿元，同比下降5%，其中民生支出36.2亿元，占79.4%。");
        let given = "受理量较上年度的2915件增加353件，增幅为15.1%，满意度排名第3位。";
        assert_flags(&PercentMismatch, given, &["15.1%"]);
        assert_clean(&PercentMismatch, &given.replace("15.1", "12.1"));
        let reached = "学校共有专任教师148人，其中研究生学历教师37人，达到专任教师总数的35%。";
        assert_flags(&PercentMismatch, reached, &["35%"]);
        assert_clean(&PercentMismatch, &reached.replace("35%", "25%"));
        assert_clean(&PercentMismatch, "学校共有专任教师148人，其中研究生学历教师37人，达到全省平均水平的35%。");
        // An increase is no whole of a part after it.
        assert_clean(&PercentMismatch, "床位比上年增加2,150张，增长20%，其中护理型床位838张，占70.0%。");
    }

    #[test]
    fn shares_closed_by_the_rest_make_100() {
        let t = "参训学员中,党员占38%,群众占52%,其他人员占10%。";
        assert_clean(&PercentMismatch, t);
        assert_flags(&PercentMismatch, &t.replace("10%", "15%"), &["38%,群众占52%,其他人员占15%"]);
        assert_flags(&PercentMismatch, &t.replace("10%", "5%"), &["38%,群众占52%,其他人员占5%"]);
        // Without the rest the shares may overlap or leave some out.
        assert_clean(&PercentMismatch, "参训学员中,党员占38%,女性占52%,青年占35%。");
        assert_flags(&PercentMismatch, "城镇妇女占55%、农村妇女占55%。", &["55%、农村妇女占55%"]);
    }

    #[test]
    fn shares_of_a_breakdown_confirm_their_whole() {
        let t = "共报告189例。其中一般反应177例(89.65%),异常反应7例(3.7%),偶合症5例(2.65%)。";
        let f = findings(&PercentMismatch, t);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].severity, Severity::Warning);
        assert_clean(&PercentMismatch, &t.replace("89.65", "93.65"));
        let t = "全省法院共收各类案件321146件,比上年下降1.3%。其中,基层法院收案271997件,占全省法院收案总数的81.7%;中级法院收案43891件,占13.7%;高级法院收案5258件,占1.6%。";
        assert_flags(&PercentMismatch, t, &["81.7%"]);
        assert_clean(&PercentMismatch, &t.replace("81.7", "84.7"));
        // One share alone confirms nothing; a share of another whole (女职工) is left alone.
        assert_clean(&PercentMismatch, "共报告189例。其中一般反应177例(89.65%)。");
        assert_clean(&PercentMismatch, "全县职工1200人,其中女职工600人,占50%;党员300人,占女职工的30%。");
        // A share the figures give as they may have been before rounding (77.88–77.90%).
        let t = "户籍总人口101.46万人。其中,城镇人口40.49万人,占户籍总人口比重为39.91%;少数民族人口79.03万人,占户籍总人口比重为77.90%。";
        assert_clean(&PercentMismatch, t);
        assert_flags(&PercentMismatch, &t.replace("77.90%", "79.90%"), &["79.90%"]);
    }

    #[test]
    fn shares_across_a_paragraph_confirm_their_whole() {
        // Two other shares agree with the whole written sentences before: the third is off.
        let t = "全年共发展党员438.3万名。发展女党员204.2万名,占46.6%。发展少数民族党员40.0万名,占9.1%。发展青年党员324.0万名,占80.8%。";
        let f = findings(&PercentMismatch, t);
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!((&t[f[0].range.clone()], f[0].severity), ("80.8%", Severity::Warning));
        assert_clean(&PercentMismatch, &t.replace("80.8%", "73.9%"));
        // One other share agrees, and the parts add up to the whole.
        let t = "共受理诉求71184件,日均10169件。本周受理的诉求中,直办37527件,占57.2%,转办33657件,占47.3%。";
        assert_flags(&PercentMismatch, t, &["57.2%"]);
        assert_clean(&PercentMismatch, &t.replace("57.2%", "52.7%"));
        // One agreeing share alone, parts not adding up: the whole is not known.
        assert_clean(&PercentMismatch, "共受理诉求71184件。直办37527件,占57.2%,转办23657件,占33.2%。");
        // Two shares off: no whole is confirmed.
        assert_clean(
            &PercentMismatch,
            "全年共发展党员438.3万名。发展女党员204.2万名,占40.6%。发展少数民族党员40.0万名,占9.1%。发展青年党员324.0万名,占80.8%。",
        );
        // A share that another figure of the paragraph explains.
        assert_clean(
            &PercentMismatch,
            "共有职工500人,其中党员120人。女职工250人,占50%;男职工250人,占50%;女党员60人,占50%。",
        );
    }
}
