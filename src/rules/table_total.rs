//! Table totals that do not add up (part of `total-mismatch`).
//!
//! Finds, in a table whose row or column says it is a total (合计, 总计, 小计, 共计):
//! - a total row whose figure in a column is not the sum of the rows it totals (the rows above it
//!   back to the header or the previous total, or below it when the total row comes first, as
//!   statistical tables put it; a 合计 over 小计 rows adds the 小计 rows);
//! - shares (a column headed 占比, 比重, 构成, 份额 whose total is 100%) that do not add up to 100%,
//!   within the rounding of the figures;
//! - a row whose total column is not the sum of the figure columns before it, when those columns
//!   are alike (一季度, 二季度; 甲村, 乙村: the same last character and unit in their headers).
//!
//! Why: a wrong 合计 in a table is among the commonest errors a reviewer finds, and the table is
//! where a drafter changes one figure and forgets the total.
//!
//! Left alone (nothing said): tables without a total label; columns of rates, averages, prices,
//! rankings, years, growth (增长率, 人均, 单价, 同比 …), which are not sums; columns with text or
//! mixed units among the parts, or an approximate figure (约); a table with 其中 rows (breakdowns of
//! the row above); a total over rows labelled 平均, 同比, 上年 …; fewer than two parts; a row of
//! column numbers (栏次 1 2 3) is read as part of the header. Cells are read as body text is (`numbers::quantities`):
//! units, thousands separators, 万; blank cells and dashes (—, -, /) count as zero.
//!
//! Severity: error — the table itself says which figure is the total, so the arithmetic is certain.
//! Figures agree when the difference is within the rounding of the total and of the parts
//! (33.3% × 3 = 99.9% is 100%).

use crate::diagnostic::{Finding, Severity};
use crate::document::Document;
use crate::numbers::{quantities, show, trim};
use crate::tables::{tables, Cell, Table};
use crate::text::Words;
use crate::words;

/// Words that label a total row or column.
const TOTAL_LABELS: Words = words!["合计", "总计", "小计", "共计", "总数", "总额"];
/// Longest label read as a total label (全年合计, 全区总计; not a sentence that mentions 合计).
const MAX_LABEL_CHARS: usize = 6;
/// Column headers of figures that are not added up: rates, averages, prices, ranks, dates, changes.
const NOT_SUMMED: Words = words![
    "率", "均", "单价", "价格", "排名", "名次", "序号", "编号", "年份", "年度", "日期", "时间", "电话", "同比", "环比",
    "增长", "增幅", "增减", "下降", "比上年", "比去年", "得分", "分数", "评分", "指数", "系数", "标准", "倍", "年龄",
    "期限", "工期", "天数", "号",
];
/// Column headers of shares (not 比例: 完成比例 and 到位比例 are rates).
const SHARE_WORDS: Words = words!["占比", "比重", "构成", "百分比", "份额"];
/// Row labels of figures that are not parts of a total (an average row, a change row, a note).
const NOT_PARTS: Words =
    words!["平均", "均值", "人均", "最高", "最低", "同比", "增长", "增减", "比上年", "上年", "去年", "注"];
/// Largest table checked, in rows (beyond it a pasted data dump, not a report's table).
const MAX_ROWS: usize = 2000;

/// A cell as a figure.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Value {
    Blank,
    Number {
        value: f64,
        precision: f64,
        percent: bool,
        unit: &'static str,
    },
    /// Approximate (约) or text: a column holding one is not checked.
    Other,
}

fn normalized(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace() && *c != '\u{3000}' && *c != ':' && *c != '：').collect()
}

/// The label without a unit in brackets: 合计(万元) → 合计.
fn without_brackets(text: &str) -> &str {
    text.find(&['(', '（'][..]).map_or(text, |i| &text[..i])
}

/// `text` labels a total: 合计, 总 计, 全年合计; Some(true) for a 小计.
fn total_label(text: &str) -> Option<bool> {
    let n = normalized(text);
    let n = without_brackets(&n);
    if n.chars().count() > MAX_LABEL_CHARS || n.contains("其中") {
        return None;
    }
    TOTAL_LABELS.iter().find(|l| n.ends_with(*l)).map(|l| l == "小计")
}

fn value(text: &str) -> Value {
    let t = text.trim();
    if t.is_empty()
        || t.chars().all(|c| matches!(c, '—' | '－' | '-' | '–' | '/' | '／' | '一' | '…')) && !t.starts_with('一')
        || t == "—"
    {
        return Value::Blank;
    }
    let number = |qs: Vec<crate::numbers::Quantity>, len: usize| match qs.as_slice() {
        [q] if q.range == (0..len) && !q.approx => {
            Some(Value::Number { value: q.value, precision: q.precision, percent: q.unit == "%", unit: q.unit })
        }
        [q] if q.range == (0..len) => Some(Value::Other),
        _ => None,
    };
    if let Some(v) = number(quantities(t), t.len()) {
        return v;
    }
    // A bare figure (its unit in the column header): read with a neutral measure word after it.
    if t.ends_with(|c: char| c.is_ascii_digit() || c == '万' || c == '亿') {
        let with_unit = format!("{t}个");
        if let Some(Value::Number { value, precision, .. }) = number(quantities(&with_unit), with_unit.len()) {
            return Value::Number { value, precision, percent: false, unit: "" };
        }
    }
    Value::Other
}

/// What was found wrong, before it is worded.
struct Grid<'a> {
    text: &'a str,
    rows: Vec<Vec<(&'a Cell, Value)>>,
    header_rows: usize,
}

impl<'a> Grid<'a> {
    fn cell_text(&self, r: usize, c: usize) -> &'a str {
        self.rows[r].get(c).map_or("", |(cell, _)| self.text[cell.range.clone()].trim())
    }

    fn value(&self, r: usize, c: usize) -> Value {
        self.rows[r].get(c).map_or(Value::Blank, |(_, v)| *v)
    }

    /// The row's label: its first cell with text (序号 columns left blank in a total row).
    fn label(&self, r: usize) -> Option<&'a str> {
        (0..self.rows[r].len().min(2))
            .map(|c| self.cell_text(r, c))
            .find(|t| !t.is_empty() && matches!(value(t), Value::Other))
    }

    fn header(&self, c: usize) -> String {
        crate::text::joined(
            &(0..self.header_rows).map(|r| self.cell_text(r, c)).filter(|t| !t.is_empty()).collect::<Vec<_>>(),
            "",
        )
    }
}

/// A column's kind from its header (and its figures).
#[derive(PartialEq, Eq, Clone, Copy)]
enum Kind {
    Summed,
    Share,
    Skip,
}

fn column_kind(header: &str) -> Kind {
    let h = without_brackets(header);
    if SHARE_WORDS.any_in(header) {
        Kind::Share
    } else if NOT_SUMMED.any_in(h) {
        Kind::Skip
    } else {
        Kind::Summed
    }
}

/// Checks every table of `doc` whose rows or columns are labelled as totals.
pub fn check(id: &'static str, doc: &Document, out: &mut Vec<Finding>) {
    for table in tables(doc) {
        if table.rows.len() <= MAX_ROWS {
            check_table(id, doc.text, &table, out);
        }
    }
}

fn check_table(id: &'static str, text: &str, table: &Table, out: &mut Vec<Finding>) {
    let rows: Vec<Vec<(&Cell, Value)>> =
        table.rows.iter().map(|r| r.iter().map(|c| (c, value(&text[c.range.clone()]))).collect()).collect();
    // Header rows: those before the first row holding a figure (years in a header are not figures).
    let is_year = |v: &Value| matches!(v, Value::Number { value, precision, unit: "", .. } if *precision == 1.0 && (1900.0..=2100.0).contains(value));
    // A row of column numbers (栏次: 1, 2, 3 …) belongs to the header too.
    let column_numbers = |r: &Vec<(&Cell, Value)>| {
        let n: Vec<f64> = r
            .iter()
            .filter_map(|(_, v)| if let Value::Number { value, .. } = v { Some(*value) } else { None })
            .collect();
        let label = r.iter().find(|(_, v)| matches!(v, Value::Other)).map(|(c, _)| text[c.range.clone()].trim());
        let numbering_label = label.is_none_or(|l| words!["栏", "列", "序号", "行次", "编号"].any_in(l));
        numbering_label && n.len() >= 3 && n.iter().enumerate().all(|(i, v)| *v == (i + 1) as f64)
    };
    let header_rows = rows
        .iter()
        .position(|r| {
            !column_numbers(r) && r.iter().skip(1).any(|(_, v)| matches!(v, Value::Number { .. }) && !is_year(v))
        })
        .unwrap_or(rows.len());
    let grid = Grid { text, rows, header_rows };
    if grid.header_rows == 0 || grid.header_rows >= grid.rows.len() {
        return;
    }
    let body = grid.header_rows..grid.rows.len();
    // Breakdown rows (其中, 减, 加) make what adds up to what unclear.
    if body.clone().any(|r| grid.label(r).is_some_and(|l| words!["其中", "减", "加:", "加："].starts(l))) {
        return;
    }
    let columns = grid.rows.iter().map(Vec::len).max().unwrap_or(0);
    let kinds: Vec<Kind> = (0..columns).map(|c| column_kind(&grid.header(c))).collect();
    let totals: Vec<(usize, bool)> =
        body.clone().filter_map(|r| grid.label(r).and_then(total_label).map(|sub| (r, sub))).collect();
    for (k, &(t, sub)) in totals.iter().enumerate() {
        let parts = part_rows(&grid, &totals, k, t, sub);
        let unclear = parts.iter().any(|&r| grid.label(r).is_some_and(|l| NOT_PARTS.any_in(l)));
        if parts.len() < 2 || unclear {
            continue;
        }
        for (c, &kind) in kinds.iter().enumerate().skip(1) {
            if kind != Kind::Skip && grid.label(t) != Some(grid.cell_text(t, c)) {
                check_column(id, &grid, t, c, kind, &parts, out);
            }
        }
    }
    // A total column: each row's figures before it add up to it.
    let total_col = (1..columns).find(|&c| total_label(&grid.header(c)).is_some());
    if let Some(tc) = total_col {
        let parts: Vec<usize> = (1..tc).filter(|&c| kinds[c] == Kind::Summed && !grid.header(c).is_empty()).collect();
        let all_summed = (1..tc).all(|c| {
            kinds[c] == Kind::Summed
                || (grid.header(c).is_empty()
                    && body.clone().all(|r| !matches!(grid.value(r, c), Value::Number { .. })))
        });
        // Parts of one kind: 一季度, 二季度 (not 数量 and 金额, nor 男 and 女 under a 合计 of something else).
        let headers: Vec<String> = parts.iter().map(|&c| grid.header(c)).collect();
        let unit = |h: &str| h[without_brackets(h).len()..].to_string();
        let alike = headers.windows(2).all(|w| {
            let (a, b) = (without_brackets(&w[0]), without_brackets(&w[1]));
            a.chars().last() == b.chars().last() && unit(&w[0]) == unit(&w[1])
        });
        // Labelled columns with no figure (a 单位 or 备注 column) do not stop the check.
        let all_summed = all_summed
            || (1..tc)
                .all(|c| parts.contains(&c) || body.clone().all(|r| !matches!(grid.value(r, c), Value::Number { .. })));
        if parts.len() >= 2 && all_summed && alike {
            for r in body {
                check_row(id, &grid, r, tc, &parts, out);
            }
        }
    }
}

/// The rows a total row adds up.
fn part_rows(grid: &Grid, totals: &[(usize, bool)], k: usize, t: usize, sub: bool) -> Vec<usize> {
    let is_total = |r: usize| totals.iter().any(|&(x, _)| x == r);
    let prev_any = totals[..k].last().map_or(grid.header_rows, |&(x, _)| x + 1);
    if sub {
        let above: Vec<usize> = (prev_any..t).filter(|&r| !is_total(r)).collect();
        return above;
    }
    let prev_grand = totals[..k].iter().rev().find(|&&(_, s)| !s).map_or(grid.header_rows, |&(x, _)| x + 1);
    let subs: Vec<usize> = totals[..k].iter().filter(|&&(x, s)| s && x >= prev_grand).map(|&(x, _)| x).collect();
    if !subs.is_empty() {
        return subs;
    }
    let above: Vec<usize> = (prev_grand..t).filter(|&r| !is_total(r)).collect();
    if !above.is_empty() {
        return above;
    }
    // The total first, its parts below (统计表的“合计”行在前).
    let next = totals.get(k + 1).map_or(grid.rows.len(), |&(x, _)| x);
    (t + 1..next).collect()
}

/// What the parts add up to: sum, the slack their rounding allows, how many are figures, and their
/// unit (and whether they are %).
type Sum = (f64, f64, usize, Option<(&'static str, bool)>);

/// Sum of the parts' figures; None when a part is not a figure or the units differ.
fn add(values: impl Iterator<Item = Value>) -> Option<Sum> {
    let (mut sum, mut slack, mut count, mut unit) = (0.0, 0.0, 0usize, None);
    for v in values {
        match v {
            Value::Blank => {}
            Value::Other => return None,
            Value::Number { value, precision, percent, unit: u } => {
                if unit.is_some_and(|x| x != (u, percent))
                    && !(u.is_empty() || unit.is_some_and(|(x, _): (&str, bool)| x.is_empty()))
                {
                    return None;
                }
                if unit.is_none() || unit.is_some_and(|(x, _): (&str, bool)| x.is_empty()) {
                    unit = Some((u, percent));
                }
                sum += value;
                // Whole counts are exact; decimals and 万 figures may each be rounded.
                if precision != 1.0 {
                    slack += precision / 2.0;
                }
                count += 1;
            }
        }
    }
    Some((sum, slack, count, unit))
}

fn disagrees(total: f64, precision: f64, sum: f64, slack: f64) -> bool {
    let eps = 1e-9 * total.abs().max(sum.abs()).max(1.0);
    (total - sum).abs() > precision / 2.0 + slack + eps
}

fn check_column(
    id: &'static str,
    grid: &Grid,
    t: usize,
    c: usize,
    kind: Kind,
    parts: &[usize],
    out: &mut Vec<Finding>,
) {
    let Value::Number { value: total, precision, percent, unit } = grid.value(t, c) else { return };
    let Some((sum, slack, count, part_unit)) = add(parts.iter().map(|&r| grid.value(r, c))) else { return };
    if count < 2 || part_unit.is_some_and(|(u, p)| p != percent || (!u.is_empty() && !unit.is_empty() && u != unit)) {
        return;
    }
    // Shares: a column headed 占比 (…) whose total is 100%; other % columns are rates, not summed.
    if (percent || kind == Kind::Share) && (kind != Kind::Share || (total - 100.0).abs() > precision) {
        return;
    }
    if !disagrees(total, precision, sum, slack) {
        return;
    }
    let header = grid.header(c);
    let column = if header.is_empty() { format!("第{}列", c + 1) } else { format!("“{header}”列") };
    let row = grid.label(t).unwrap_or("合计");
    let shown = |v: f64| {
        if percent {
            format!("{}%", trim(v))
        } else if unit.is_empty() {
            trim(v)
        } else {
            show(v, unit)
        }
    };
    let cell = &grid.rows[t][c].0;
    let what = if kind == Kind::Share || percent { "各项占比相加" } else { "各行相加" };
    out.push(Finding::new(
        id,
        Severity::Error,
        cell.range.clone(),
        format!(
            "表格“{row}”行{column}填的是{},但{what}为{}(共{}行),两者不一致;请核对各行数字和{row}",
            shown(total),
            shown(sum),
            parts.len()
        ),
    ));
}

fn check_row(id: &'static str, grid: &Grid, r: usize, tc: usize, parts: &[usize], out: &mut Vec<Finding>) {
    let Value::Number { value: total, precision, percent: false, unit } = grid.value(r, tc) else { return };
    let Some((sum, slack, count, part_unit)) = add(parts.iter().map(|&c| grid.value(r, c))) else { return };
    if count < 2
        || part_unit.is_some_and(|(u, p)| p || (!u.is_empty() && !unit.is_empty() && u != unit))
        || !disagrees(total, precision, sum, slack)
    {
        return;
    }
    let row = grid.label(r).map_or_else(|| format!("第{}行", r + 1), |l| format!("“{l}”行"));
    let header = grid.header(tc);
    let shown = |v: f64| if unit.is_empty() { trim(v) } else { show(v, unit) };
    out.push(Finding::new(
        id,
        Severity::Error,
        grid.rows[r][tc].0.range.clone(),
        format!(
            "表格{row}的“{header}”填的是{},但该行各项相加为{},两者不一致;请核对该行数字和{header}",
            shown(total),
            shown(sum)
        ),
    ));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flagged(text: &str) -> Vec<String> {
        let doc = Document::new(text);
        let mut out = Vec::new();
        check("total-mismatch", &doc, &mut out);
        out.iter().map(|f| format!("{}|{}", &text[f.range.clone()], f.message)).collect()
    }

    const ROWS: &str = "季度\t活动场次\t参与人数\t经费(万元)\n第一季度\t12\t1,200\t3.5\n第二季度\t15\t1,500\t4.0\n第三季度\t9\t800\t—\n第四季度\t10\t1,000\t2.5\n";

    #[test]
    fn a_total_row_that_does_not_add_up_is_an_error() {
        let got = flagged(&format!("{ROWS}合计\t48\t4,500\t10.0"));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].starts_with("48|表格“合计”行“活动场次”列填的是48,但各行相加为46"), "{got:?}");
        assert!(flagged(&format!("{ROWS}合计\t46\t4,500\t10.0")).is_empty());
        assert!(flagged(&format!("{ROWS}合  计\t46\t4500人\t10")).is_empty());
    }

    #[test]
    fn without_a_total_label_nothing_is_said() {
        assert!(flagged(&format!("{ROWS}第五季度\t48\t4,500\t10.0")).is_empty());
        assert!(flagged(&format!("{ROWS}说明\t48\t4,500\t10.0")).is_empty());
    }

    #[test]
    fn shares_add_to_the_total_within_rounding() {
        let t = "类别\t人数\t占比\n甲\t1\t33.3%\n乙\t1\t33.3%\n丙\t1\t33.3%\n合计\t3\t100%";
        assert!(flagged(t).is_empty());
        let t = "类别\t人数\t占比(%)\n甲\t1\t30\n乙\t1\t30\n丙\t1\t30\n合计\t3\t100";
        let got = flagged(t);
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].contains("各项占比相加为90"), "{got:?}");
    }

    #[test]
    fn rates_and_averages_are_not_summed() {
        let t = "单位\t人数\t完成率\t人均经费(元)\n甲\t10\t90%\t300\n乙\t20\t80%\t200\n合计\t30\t85%\t250";
        assert!(flagged(t).is_empty(), "{:?}", flagged(t));
    }

    #[test]
    fn a_total_column_adds_each_row() {
        let t = "单位\t一季度\t二季度\t合计\n甲\t1\t2\t3\n乙\t4\t5\t10\n合计\t5\t7\t13";
        let got = flagged(t);
        // 乙's 10 is wrong, and so the grand total 13 no longer equals 5 + 7.
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(flagged("单位\t一季度\t二季度\t合计\n甲\t1\t2\t3\n乙\t4\t5\t9\n合计\t5\t7\t12").is_empty());
        assert!(got[0].starts_with("10|表格“乙”行的“合计”填的是10,但该行各项相加为9"), "{got:?}");
    }

    #[test]
    fn subtotals_and_totals_first() {
        let t = "项目\t金额(万元)\n甲\t1\n乙\t2\n小计\t3\n丙\t4\n丁\t5\n小计\t9\n合计\t13";
        let got = flagged(t);
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].starts_with("13|表格“合计”行“金额(万元)”列填的是13,但各行相加为12(共2行)"), "{got:?}");
        assert!(flagged(&t.replace("合计\t13", "合计\t12")).is_empty());
        let t = "项目\t户数\n合计\t30\n甲村\t10\n乙村\t20";
        assert!(flagged(t).is_empty());
        let t = "项目\t户数\n合计\t31\n甲村\t10\n乙村\t20";
        assert_eq!(flagged(t).len(), 1);
    }

    #[test]
    fn unclear_tables_stay_silent() {
        // 其中 rows break a figure above down.
        assert!(flagged("项目\t人数\n党员\t10\n其中:女\t4\n群众\t20\n合计\t30").is_empty());
        // Text among the parts; an approximate figure; years in the header.
        assert!(flagged("项目\t数量\n甲\t若干\n乙\t2\n合计\t5").is_empty());
        assert!(flagged("项目\t数量\n甲\t约3个\n乙\t2个\n合计\t9个").is_empty());
        assert!(flagged("指标\t2023\t2024\n甲\t1\t2\n乙\t3\t4\n合计\t4\t6").is_empty());
        assert_eq!(flagged("指标\t2023\t2024\n甲\t1\t2\n乙\t3\t4\n合计\t4\t7").len(), 1);
        // Mixed units.
        assert!(flagged("项目\t数量\n甲\t3人\n乙\t2人次\n合计\t9人").is_empty());
        // A row of column numbers under the header; an average row among the parts.
        assert!(flagged("项目\t甲\t乙\t合计\n栏次\t1\t2\t3\n一组\t4\t5\t9\n二组\t1\t1\t2\n合计\t5\t6\t11").is_empty());
        assert!(flagged("单位\t人数\n一组\t10\n二组\t20\n平均\t15\n合计\t30").is_empty());
        // A total column after columns of different kinds (数量 and 金额): not a row sum.
        assert!(flagged("物品\t数量\t金额\t合计\n纸\t10\t50\t50\n笔\t20\t40\t40\n合计\t30\t90\t90").is_empty());
        // Rates under 比例, and % columns that are not headed as shares.
        assert!(flagged("项目\t完成比例\n甲\t100%\n乙\t100%\n合计\t100%").is_empty());
        assert!(flagged("项目\t完成情况\n甲\t95%\n乙\t90%\n合计\t100%").is_empty());
    }
}
