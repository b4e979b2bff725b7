//! Unfilled template placeholders: `[X]`, `【】`, `++`, `xx年`, `20xx`, `××区`, `XXX同志`, a lone
//! `x` standing for a name or a number (`x同学`, `x名`, `x幢x单元`), `某某`, `○○`, `＿＿`,
//! prompts left in brackets (`（此处填写…）`), half-filled figures (`1xx人`, `201年9月日`), a single
//! `_` or a star run left for a word or a figure (`党的_大`, `**县`, `*余次`, `20*年`), a percent
//! sign whose figure was deleted (`占比约%`), a figure deleted before its unit after a word that
//! calls for one (`投入经费万多元`, `设置了个职能窗口`, `下辖个行政村`; a warning), a count of people
//! with no figure after a short noun phrase and a word that calls for one (`共有党员名,`; a
//! warning), a bracketed field named by its owner or a verb (`[小学名称]`, `（填写日期）`), stars
//! filling quotes or brackets (`“**”`, `结缘**”`, `(*,***)`), a lone `×` after a function word
//! (`及×文件`), and
//! the administrator's own patterns (`placeholders` in the config).
//!
//! Why it matters: a report submitted with `××区` or `[X]人次` in it is plainly unfinished; this
//! is the defect reviewers find most often in drafts built from a template.
//!
//! What it leaves alone: `x`/`X` inside or touching a Latin word or code (`Excel`, `Windows XP`,
//! `.docx`, `VCR`), `X光`/`X射线`/`x轴` and similar established terms, `3×3` and `1920x1080`
//! (multiplication), `C++`, a single `某` (`某镇` is a normal anonymisation), `王某某` (a person
//! anonymised in a case description), `二○○八年` (○ written for 〇), rule lines made of
//! underscores, Markdown bold (`**重点**`), bullets (`* 内容`), `3*4`, `汇报_第1页`, a column heading
//! `百分率%`, and `()` left at the very end of a paragraph (that is pasted web residue,
//! reported by `residue`). No fix is offered: only the writer knows the real content.

#[cfg(not(target_arch = "wasm32"))]
use super::RuleDocs;
use super::{Context, Rule, RuleMeta};
use crate::diagnostic::{Finding, Severity};
use crate::text::Words;
use crate::text::{
    char_at, char_before, char_positions, is_ascii_letter, is_cn_numeral, is_common_surname, is_digit, is_han,
    is_punct, trailing_empty_brackets, utf8_len, Masks3,
};
use crate::words;

/// What the rule is called and what it claims (see [`RuleMeta`]).
pub const META: RuleMeta = RuleMeta {
    id: "placeholder",
    title: "未填写的占位符",
    top_severity: Severity::Error,
    #[cfg(not(target_arch = "wasm32"))]
    docs: RuleDocs {
        summary: "`[X]` `【】` `xx年` `20xx` `××区` `XXX同志`, `x名`, `某某`, `○○`, `＿＿`, `（此处填写…）`, `1xx人`, `201年9月`, a single `_` or star run left for a word or figure (`党的_大`, `**县`, `*余次`, `20*年`), `占比约%`, a lone `×` after a function word, `##` put for a name, a document number's year half filled (`〔201X〕`) (error); a figure deleted before its unit (`经费万多元`, `设置了个`, `共个街道`, `全镇 个`, `投入多万元`, `自月份`, `。月日,`, `公开率达。`, `建筑物平方米`; never `个人`/`个别`/`许多万人`/`每平方米`) (warning)",
        flags: "我单位共组织活动[X]次,参与群众××人。",
        passes: "我单位共组织活动12次,购置X光机1台。",
    },
};

pub struct Placeholder;

impl Rule for Placeholder {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Finding>) {
        let doc = ctx.doc;
        // The deleted figures come after the rest, at the units the walk of each line met.
        let mut deleted = Vec::new();
        let mut units = Vec::new();
        // The line whose blanks before units run on into the next line (`直接调解⏎件,`).
        let mut open_line = None;
        for (i, line) in doc.non_blank_lines() {
            let base = doc.lines[i].start;
            units.clear();
            let first = out.len();
            let carried = open_line == Some(i.wrapping_sub(1));
            open_line = blanks_before_units(line, base, carried, &mut deleted).then_some(i);
            scan_line(line, base, &mut units, out);
            scan_dates(line, base, out);
            // `##` and the anti-scrape noise are found by the character pairs `residue` scans for.
            let pairs = crate::analysis::pairs::RESIDUE.in_line(&ctx.analysis, i);
            if pairs & super::residue::HASH_BIT != 0 {
                hash_blanks(line, base, out);
            }
            // An underscore inside a forum's anti-scrape noise (`m% g _`) is residue, not a blank.
            if out.len() > first && pairs & super::residue::NOISE_BIT != 0 {
                super::drop_found(out, first, &|f| super::page_furniture::inside_noise(line, f.range.start - base));
            }
            deleted_figures(line, base, &units, &mut deleted);
            if line.contains("“”") {
                empty_quotes(line, base, out);
            }
            if line.contains("学年") {
                blank_school_years(line, base, out);
            }
        }
        out.append(&mut deleted);
        for re in &ctx.config.extra_placeholders {
            for m in re.find_iter(doc.text).filter(|m| !m.is_empty()) {
                out.push(Finding::new(
                    META.id,
                    Severity::Error,
                    m.range(),
                    format!("“{}”是管理员设定的待填内容,请替换为实际内容", m.as_str()),
                ));
            }
        }
    }
}

/// Letters that stand for an unknown in templates: x, X, ×, and their full-width forms.
fn is_x(c: char) -> bool {
    matches!(c, 'x' | 'X' | '×' | 'Ｘ' | 'ｘ')
}

/// What may stand inside a bracket placeholder (`[X]`, `[ ]`, `（xx）`, `【＿＿】`).
fn is_blank_filler(c: char) -> bool {
    is_x(c) || matches!(c, ' ' | '\u{3000}' | '_' | '＿' | '*' | '＊' | '?' | '？' | '○' | '某' | '…')
}

/// Established terms that begin with a single X and are no placeholder (`X光`, `X射线`, `x轴`).
const X_TERMS: Words = words![
    "光", "射线", "线", "轴", "型", "形", "染色体", "因子", "战警", "刀", "波段", "荧光", "世代", "档案", "综合征",
    "连锁", "坐标", "值",
];

/// What a lone `×` between Han characters must be followed by to be a placeholder rather than a
/// multiplication sign (`长×宽`): a place, an organisation, a count or a person, a measure word or
/// a percent sign (`招募×支教人员`, `资金×亿元`, `提高×%`), or 号 (a document's number, `〔2023〕×号`).
const TIMES_SUFFIX: &str =
    "省市县区镇乡村街社州旗盟局委办厅校院所部处科站馆队会名人户个次年月日号同支件项座条家批场期届台辆套篇起例万亿%％";

/// Units after a figure whose first digit is masked (`X112元`).
const MASKED_FIGURE_UNITS: &str = "元万亿人个户名家项%";

/// Words after which a lone `×` before a Han character stands for a word (`深入领会×文件`).
const TIMES_AFTER: &str = "及和与的了在对于是从向把将由、，,";

/// The placeholders of one line; `units`: where the line has 万, 亿, 个, 名, 多, 月, 率 or 平, for [`deleted_figures`]
/// (one walk over the line finds both).
fn scan_line(line: &str, base: usize, units: &mut Vec<usize>, out: &mut Vec<Finding>) {
    let rule_line = line.trim().chars().all(|c| matches!(c, '_' | '＿' | '-' | '—' | '－' | '=' | ' ' | '\u{3000}'));
    let trailing = trailing_empty_brackets(line);
    let mut star_notes: Option<bool> = None;
    let mut bold_spans: Option<[(usize, usize); MAX_BOLD]> = None;
    let mut pos = 0;
    while pos < line.len() {
        // Skip straight to the next character a placeholder can start with: most are none.
        let Some(start) = next_trigger(line, pos) else { break };
        pos = start;
        let c = char_at(line, pos).unwrap();
        let next = pos + crate::text::char_len(c);
        if let Some(end) = bracket_placeholder(line, pos, c) {
            let is_trailing = trailing.as_ref().is_some_and(|r| r.start == pos);
            if !is_trailing {
                let text = &line[pos..end];
                let what = if text.chars().any(is_x) || text.chars().all(|c| !is_han(c)) {
                    fill_hint(line, pos, end)
                } else {
                    "内容"
                };
                let inner = &line
                    [pos + crate::text::char_len(c)..end - char_before(line, end).map_or(0, crate::text::char_len)];
                let msg = if field_name(inner) {
                    format!("“{text}”是模板中待替换的栏目,请填入实际的{inner}")
                } else if prompt_len(line, pos + crate::text::char_len(c)).is_some() {
                    format!("“{text}”是模板中的填写提示,请填入实际{what}并删去提示")
                } else {
                    format!("“{text}”是未填写的占位符,请填入实际{what}")
                };
                out.push(Finding::new(META.id, Severity::Error, base + pos..base + end, msg));
            }
            pos = end;
            continue;
        }
        if is_x(c) {
            let end = run_end(line, pos, is_x);
            if let Some(start) = x_run_start(line, pos, end) {
                let text = &line[start..end];
                let msg = format!("“{text}”是未填写的占位符,请填入实际{}", fill_hint(line, start, end));
                out.push(Finding::new(META.id, Severity::Error, base + start..base + end, msg));
            }
            pos = end;
            continue;
        }
        match c {
            '+' | '＋' => {
                let end = run_end(line, pos, |c| matches!(c, '+' | '＋'));
                let ascii_around = char_before(line, pos).is_some_and(|p| p.is_ascii_alphanumeric())
                    || char_at(line, end).is_some_and(|n| n.is_ascii_alphanumeric());
                if line[pos..end].chars().count() >= 2 && !ascii_around {
                    let text = &line[pos..end];
                    out.push(Finding::new(
                        META.id,
                        Severity::Error,
                        base + pos..base + end,
                        format!("“{text}”是未填写的占位符,请填入实际内容"),
                    ));
                }
                pos = end;
            }
            '某' => {
                let end = run_end(line, pos, |c| c == '某');
                let count = (end - pos) / '某'.len_utf8();
                let anonymised_person = count == 2 && char_before(line, pos).is_some_and(is_common_surname);
                if count >= 2 && !anonymised_person {
                    let text = &line[pos..end];
                    let msg = format!("“{text}”是未填写的占位符,请填入实际{}", fill_hint(line, pos, end));
                    out.push(Finding::new(META.id, Severity::Error, base + pos..base + end, msg));
                }
                pos = end;
            }
            '*' | '＊' => {
                // `**县`, `*余次`, `增长*%`, `20*年`: stars for a name or a figure; not Markdown
                // bold (`**重点**`), a bullet (`* 内容`), a product (`3*4`) or a note about stars.
                let star = |c| matches!(c, '*' | '＊');
                let mut end = run_end(line, pos, star);
                // `*,***`, `*.*`, `** *` (a PDF's spaced glyphs): a figure masked digit by digit is
                // one blank.
                while matches!(char_at(line, end), Some(',' | '.' | ' ')) && char_at(line, end + 1).is_some_and(star) {
                    end = run_end(line, end + 1, star);
                }
                if star_notes.is_none() {
                    star_notes = Some(
                        line.contains("*号") || line.contains("＊号") || line.contains("注:") || line.contains("注："),
                    );
                }
                let bold = *bold_spans.get_or_insert_with(|| bold_bounds(line));
                let in_bold = bold.iter().any(|&(a, b)| pos == a || pos == b);
                if star_notes != Some(true) && !in_bold {
                    if let Some(start) = star_blank(line, pos, end) {
                        let text = &line[start..end];
                        let msg = format!("“{text}”是未填写的占位符,请填入实际{}", fill_hint(line, start, end));
                        out.push(Finding::new(META.id, Severity::Error, base + start..base + end, msg));
                    }
                }
                pos = end;
            }
            '○' | '◯' | '□' => {
                let end = run_end(line, pos, |c| c == '○' || c == '◯' || c == '□');
                let in_numeral =
                    char_before(line, pos).is_some_and(is_cn_numeral) || char_at(line, end).is_some_and(is_cn_numeral);
                if line[pos..end].chars().count() >= 2 && !in_numeral {
                    let text = &line[pos..end];
                    let msg = format!("“{text}”是未填写的占位符,请填入实际{}", fill_hint(line, pos, end));
                    out.push(Finding::new(META.id, Severity::Error, base + pos..base + end, msg));
                }
                pos = end;
            }
            '_' | '＿' => {
                let end = run_end(line, pos, |c| matches!(c, '_' | '＿'));
                if !rule_line {
                    if let Some(start) = underscore_blank(line, pos, end) {
                        let text = &line[start..end];
                        let msg = format!("“{text}”是未填写的空白,请填入实际{}", fill_hint(line, start, end));
                        out.push(Finding::new(META.id, Severity::Error, base + start..base + end, msg));
                    }
                }
                pos = end;
            }
            '%' | '％' => {
                // `占比约%`: the figure before the percent sign was deleted.
                if let Some(start) = bare_percent(line, pos) {
                    let end = next;
                    let text = &line[start..end];
                    out.push(Finding::new(
                        META.id,
                        Severity::Error,
                        base + start..base + end,
                        format!("“{text}”缺少百分数的数字,请填入实际数字"),
                    ));
                }
                pos = next;
            }
            '万' | '亿' | '个' => {
                units.push(pos);
                pos = next;
            }
            // `党员名`: 名 after a person, with no figure between.
            '名' => {
                if char_before(line, pos).is_some_and(|c| PERSONS.contains(c)) {
                    units.push(pos);
                }
                pos = next;
            }

            // Common characters: noted only before what makes them a deleted figure's unit
            // (多万, 多人, 月份, 月日, 率达, 率为, 平方), so that most are passed over at once.
            '多' | '月' | '率' | '平' => {
                let after = char_at(line, next);
                let unit = match c {
                    '多' => matches!(after, Some('万' | '亿' | '人' | '名')),
                    '月' => matches!(after, Some('份' | '日' | '上' | '中' | '下')),
                    '率' => matches!(after, Some('达' | '为')),
                    _ => after == Some('方'),
                };
                if unit {
                    units.push(pos);
                }
                pos = next;
            }
            _ => pos = next,
        }
    }
}

/// The characters `scan_line` looks at: brackets, x-like letters, `+`, `某`, stars, circles and
/// boxes, underscores, and the units of [`deleted_figures`]. Keep in step with the branches there.
fn may_start_placeholder(c: char) -> bool {
    matches!(
        c,
        '[' | '［'
            | '【'
            | '〔'
            | '（'
            | '('
            | '〖'
            | '+'
            | '＋'
            | '某'
            | '*'
            | '＊'
            | '○'
            | '◯'
            | '□'
            | '_'
            | '＿'
            | '%'
            | '％'
            | '万'
            | '亿'
            | '个'
            | '名'
            | '多'
            | '月'
            | '率'
            | '平'
    ) || is_x(c)
}

/// The ASCII characters of [`may_start_placeholder`], a bit each.
const PLACEHOLDER_ASCII: u128 = {
    let mut mask = 0u128;
    let chars = *b"[(+*_%xX";
    let mut i = 0;
    while i < chars.len() {
        mask |= 1 << chars[i];
        i += 1;
    }
    mask
};

/// The three-byte characters of [`may_start_placeholder`] (the one two-byte one, `×`, is
/// C3 97).
const PLACEHOLDER3: Masks3 = Masks3::of(&[
    '［', '【', '〔', '（', '〖', '＋', '某', '＊', '○', '◯', '□', '＿', '％', 'Ｘ', 'ｘ', '万', '亿', '个', '名',
    '多', '月', '率', '平',
]);

/// Whether the character starting at byte `at` of `bytes` may be one of those of
/// [`may_start_placeholder`], by its bytes: most characters of a report are not, and are told
/// without decoding them (a test checks every character). Bit masks rather than a `match` on the
/// first byte: in Chinese text that multi-way branch mispredicted nearly every character, and
/// full-width punctuation shares its first two bytes with the brackets.
#[inline]
fn may_lead_placeholder(bytes: &[u8], at: usize) -> bool {
    let lead = bytes[at];
    if lead & 0xF0 == 0xE0 {
        PLACEHOLDER3.pass(bytes, at)
    } else if lead < 0x80 {
        PLACEHOLDER_ASCII >> lead & 1 != 0
    } else {
        lead == 0xC3 && bytes.get(at + 1) == Some(&0x97) // ×
    }
}

/// Where the next character `scan_line` looks at starts, from byte `from` on: a walk over the
/// characters' first bytes, decoding only those [`may_lead_placeholder`] lets through.
fn next_trigger(line: &str, from: usize) -> Option<usize> {
    let bytes = line.as_bytes();
    let mut at = from;
    while at < bytes.len() {
        if may_lead_placeholder(bytes, at) && char_at(line, at).is_some_and(may_start_placeholder) {
            return Some(at);
        }
        at += utf8_len(bytes[at]);
    }
    None
}

/// At most this many Markdown bold spans are recognised per line (the rest are not bold).
const MAX_BOLD: usize = 8;
/// Bold content this long at most (in characters); longer, the two `**` are separate blanks.
const MAX_BOLD_CHARS: usize = 100;

/// Bold content never starts with a mark that closes something (`结缘**”单身…“结缘**`: two blanks
/// for a name, each inside its own quotation).
const CLOSING_MARKS: &[char] = &['”', '’', '）', ')', '》', '】', '」', '』', '，', ',', '。', '、', '；', '：'];

/// Marks that open a bracket or a quotation.
const OPENING_MARKS: &[char] = &['“', '‘', '（', '(', '《', '【', '「', '『', '〔', '['];

/// The Markdown bold spans of `line`: byte offsets of the opening and the closing `**` of each
/// `**content**` with no star inside, at least two characters, and the closing mark not followed
/// by a Han character (`**镇**树村` and `县**届人大` are blanks for names, not bold).
fn bold_bounds(line: &str) -> [(usize, usize); MAX_BOLD] {
    let mut spans = [(usize::MAX, usize::MAX); MAX_BOLD];
    let mut k = 0;
    let mut from = 0;
    while k < MAX_BOLD {
        let Some(open) = line[from..].find("**").map(|i| from + i) else { break };
        let inner = open + 2;
        if line[inner..].starts_with('*') {
            from = run_end(line, inner, |c| c == '*');
            continue;
        }
        let Some(close) = line[inner..].find('*').map(|i| inner + i) else { break };
        let content = &line[inner..close];
        // (`** *人`: a figure masked digit by digit after the closing stars, no bold.)
        let double = line[close..].starts_with("**") && !line[close + 2..].trim_start_matches(' ').starts_with('*');
        let chars = content.chars().count();
        if double
            && !char_at(line, close + 2).is_some_and(is_han)
            && (2..=MAX_BOLD_CHARS).contains(&chars)
            && !content.starts_with(' ')
            && !content.starts_with(CLOSING_MARKS)
            // (Nor ends with an opening one: `(**委办〔**〕56号` masks a name and a year.)
            && !content.ends_with(OPENING_MARKS)
            // (Bold holds whole quotations: `**镇政府…以 “香约**,` opens one it does not close, so the
            // stars are blanks for names, each on its own.)
            && content.matches('“').count() == content.matches('”').count()
        {
            spans[k] = (open, close);
            k += 1;
            from = close + 2;
        } else {
            from = close;
        }
    }
    spans
}

/// Quotes and brackets that close, and those that open (a mask of stars may fill them: `“**”`,
/// `(*,***)`).
const CLOSERS: &str = "”)）》】";
const OPENERS: &str = "“(（《【";

/// Where the blank made of the star run `pos..end` starts (digits before it belong to it:
/// `20*年`), or `None` when the run is no blank.
fn star_blank(line: &str, pos: usize, end: usize) -> Option<usize> {
    let before = char_before(line, pos);
    let after = char_at(line, end)?;
    if before.is_some_and(is_ascii_letter) || after.is_ascii_alphanumeric() {
        return None; // C*, a*b, 3*4, *2
    }
    let start = if before.is_some_and(|c| c.is_ascii_digit()) {
        // 20*年: a year half filled; 3*万: a product.
        if after != '年' {
            return None;
        }
        line[..pos].char_indices().rev().take_while(|&(_, c)| c.is_ascii_digit()).last().unwrap().0
    } else {
        pos
    };
    // What the stars stand for is named by what follows: a word, a unit, a percent sign, or
    // another starred part (`*·**`).
    // Or a closing quote or bracket after a word or an opening one: `结缘**”`, `“**”`, `(*,***)`.
    let closed = CLOSERS.contains(after) && before.is_some_and(|c| is_han(c) || OPENERS.contains(c));
    let fills = is_han(after) || matches!(after, '%' | '％' | '·' | '、' | '，' | ',') || before == Some('·') || closed;
    // Before a comma, the stars follow a word or a quotation (`积极应对“**”**、用电紧缺`: a masked
    // quotation, then a masked word).
    let listed = before.is_some_and(|c| is_han(c) || CLOSERS.contains(c));
    if !fills || (matches!(after, '、' | '，' | ',') && !listed) {
        return None;
    }
    if after == '注' {
        return None; // *注: a footnote
    }
    Some(start)
}

/// Where the blank made of the underscore run `pos..end` starts, or `None` when it is part of a
/// code or a file name (`my_var`, `PROE_设计图`, `汇报_第1页`).
fn underscore_blank(line: &str, pos: usize, end: usize) -> Option<usize> {
    let before = char_before(line, pos);
    let after = char_at(line, end);
    if before.is_some_and(is_ascii_letter) || after.is_some_and(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    let single = crate::text::char_offset(&line[pos..end], 1).is_none();
    let start = if before.is_some_and(|c| c.is_ascii_digit()) {
        // 20__年: a year half filled; other digits before: a code.
        let digits = line[..pos].char_indices().rev().take_while(|&(_, c)| c.is_ascii_digit()).last().unwrap().0;
        // (`(20__)51号`: a document number's year.)
        // (`1__年前`: a count of years with digits left out.)
        let year_digits = matches!(&line[digits..pos], "2" | "20" | "19" | "201" | "202") || !single;
        // (`20__多平方米`: a figure's last digits left out before a word or a unit.)
        let figure = !single && after.is_some_and(is_han);
        if !(matches!(after, Some('年' | ')' | '）' | '〕')) && year_digits || figure) {
            return None;
        }
        digits
    } else {
        pos
    };
    if single {
        // A single `_` stands for a word only among words: `党的_大`, `_县`, `总面积_平方公里`.
        let word = |c: Option<char>| c.is_some_and(|c| is_han(c) || matches!(c, '%' | '％'));
        if !(word(before) || word(after)) || line[end..].starts_with("第") {
            return None;
        }
        // `2020党建工作总结_医院党建工作总结范文`: a page's title joined to the site's (a short line).
        if super::page_furniture::kind_of_document(&line[..pos]) && line.len() <= 3 * 80 && !line.contains('。') {
            return None;
        }
    }
    Some(start)
}

/// Words after which a figure is due: `投入经费万多元`, `设置了个职能窗口`.
const FIGURE_DUE_AFTER: Words = words![
    "经费", "资金", "群众", "共计", "合计", "累计", "总计", "达到", "设置了", "设立了", "建立了", "成立了", "组建了",
    "开展了", "举办了", "召开了", "新建了", "建成了", "发放了", "走访了", "慰问了", "培训了",
];
/// Words before 万 or 亿 that make the scale the figure: `上万元`, `近亿元`, `超万人`, `每万人`.
const SCALE_IS_FIGURE_AFTER: &str = "上近超逾过破每以按为位达成多余约";
/// Marks that end a clause after a deleted figure's unit (or a blank's, `blanks_before_units`).
const CLAUSE_MARKS: [char; 6] = [',', '，', '。', '；', ';', '、'];
/// Units a deleted figure leaves behind after those words.
const BIG_UNITS: Words =
    words!["万多元", "万余元", "万元", "亿元", "万多人", "万余人", "万人次", "万人", "万户", "万亩"];

/// Characters besides the Chinese numerals that end a figure or stand for one: a unit after them
/// has its number.
const FIGURE_ENDS: &str = "亿几数";
/// Words before `多` that make it "many", not "more than": `许多万人`, `很多人`.
const MANY: &str = "许很众诸较更最好太过大甚偏繁差";
/// Measure words that a deleted count leaves before `多`: `接待参观人员批多人次` (80批3000多人次).
const BATCHES: &str = "批场期届轮";
/// Nouns after `个` that make a word of it (`个人`, `个别`, `个性`, `个体`, `个案`, `个月`, `个数`,
/// `个税`, `个私经济`, `个展`, `个贷`, `个股`, `个头`, `个子`, `个把月`).
const NOT_COUNTED: &str = "人别性体案月数税私展贷股头子把";
/// Words that call for a count of people after a short noun phrase: `共有党员名`, `其中女党员名`,
/// `全年共培训入团积极分子名`.
const COUNT_DUE: Words = words!["共有", "现有", "其中", "共", "计", "培训", "发展"];
/// The noun phrase between such a word and `名` has at most this many characters …
const DUE_PHRASE_CHARS: usize = 6;
/// … none of them a numeral or one of these, which count or stand for a figure themselves
/// (`这些`, `多名`, `第`).
const NOT_PHRASE: &str = "这那每各某几两数多余第";
/// What a person's count ends with before `名` (`党员名`, `群众名`, `干部名`, `分子名`): `品名`,
/// `排名`, `点名` are words.
const PERSONS: &str = "员众部子生师工者女民";
/// Words before `个` that count without a figure (`这个`, `每个`, `各个`).
const COUNT_WORDS: &str = "这那每哪各某整几两半";

/// A figure deleted before its unit, as templates and rewriting sites leave them (warnings: the
/// text reads wrong, but which figure is missing is for the writer to say):
/// - after a word that announces one: `投入经费万多元`, `设置了个职能窗口`;
/// - a count after 共/计, and the counts listed after it: `全区共个街道、个社区`;
/// - a blank left where the figure was: `全镇 个行政村`;
/// - `多万`, `多亿` after a word: `投入多万元` (not `许多万人`); a batch and its people: `批多人次`;
/// - a month: `自月份运行以来`, `。月日,召开…`;
/// - a rate with nothing after it: `公开率达。`;
/// - an area: `拆除建筑物平方米` (not `每平方米`).
///
/// `units`: where the line has one of the units (each is looked at once; most lines have a few).
fn deleted_figures(line: &str, base: usize, units: &[usize], out: &mut Vec<Finding>) {
    // Where the last count found blank ends: a `、个…` after it in the same sentence is one too.
    let mut blank_count_end: Option<usize> = None;
    for &at in units {
        let Some(span) = deleted_figure_at(line, at, blank_count_end) else { continue };
        if line[at..].starts_with('个') {
            blank_count_end = Some(span.end);
        }
        out.push(figure_missing(line, base, span));
    }
}

/// The warning for a figure deleted at `span` of `line`.
#[inline(never)]
fn figure_missing(line: &str, base: usize, span: std::ops::Range<usize>) -> Finding {
    let text = &line[span.clone()];
    Finding::new(
        META.id,
        Severity::Warning,
        base + span.start..base + span.end,
        format!("“{text}”缺少数字,请填入实际数字"),
    )
}

/// Units after a blank left where a figure was deleted: `收缴参合基金 万元,`, `结案 件,`.
const BLANK_UNITS: Words = words![
    "万元", "亿元", "万人次", "人次", "万人", "万亩", "平方米", "元", "件", "次", "名", "人", "户", "家", "项", "起",
    "场", "所", "篇", "条", "台", "辆", "亩", "吨", "批", "座",
];

fn is_blank(c: char) -> bool {
    matches!(c, ' ' | '\u{3000}')
}

/// The first blank at or after byte `from`, found by bytes: every line is searched, and decoding
/// each character to test it doubled this rule's time on a 10 MB draft. (`\u{3000}` is E3 80 80;
/// E3 also opens 。、《》, which are passed over.)
fn next_blank(line: &str, from: usize) -> Option<usize> {
    let bytes = line.as_bytes();
    let mut j = from;
    while let Some(k) = bytes[j..].iter().position(|&b| b == b' ' || b == 0xE3) {
        let at = j + k;
        if bytes[at] == b' ' || line[at..].starts_with('\u{3000}') {
            return Some(at);
        }
        j = at + 1;
    }
    None
}

/// Figures deleted with a blank left in their place, before a unit at the end of a clause
/// (`收缴参合基金 万元,参合率达 %`, `接待来访群众 人次,接受上访信件 件,`): warnings pushed to `out`.
/// Only where every blank between two Han characters of the line is such a one: text copied
/// from a PDF has blanks at its line breaks (`总 结会`), and one of them may fall before a unit.
/// `carried`: the line before had such blanks and ran on into this one, which starts with the
/// unit (`直接调解⏎件,`). Whether the line has such blanks and ends in a Han character.
fn blanks_before_units(line: &str, base: usize, carried: bool, out: &mut Vec<Finding>) -> bool {
    let unit_end = |at: usize| {
        let end = at + BLANK_UNITS.longest_prefix_of(&line[at..])?.len();
        char_at(line, end).is_some_and(|c| CLAUSE_MARKS.contains(&c)).then_some(end)
    };
    let first = out.len();
    // (Asked only when carried: looking up a unit at every line's start was most of this pass's time.)
    if let Some(end) = carried.then(|| unit_end(0)).flatten() {
        out.push(figure_missing(line, base, 0..end));
    }
    let from = out.len();
    let word = |c: char| is_han(c) && !is_cn_numeral(c) && !FIGURE_ENDS.contains(c);
    let mut pos = 0;
    while let Some(i) = next_blank(line, pos) {
        pos = run_end(line, i, is_blank);
        let Some(before) = char_before(line, i).filter(|&c| is_han(c)) else { continue };
        if !char_at(line, pos).is_some_and(is_han) {
            continue;
        }
        let named = word(before) && char_before(line, i - crate::text::char_len(before)).is_some_and(word);
        match named.then(|| unit_end(pos)).flatten() {
            Some(end) => out.push(figure_missing(line, base, i..end)),
            None => {
                out.truncate(first);
                return false;
            }
        }
    }
    out.len() > from && line.trim_end().chars().next_back().is_some_and(is_han)
}

/// The span of a deleted figure's remains at the unit at byte `at` (see [`deleted_figures`]).
fn deleted_figure_at(line: &str, at: usize, blank_count_end: Option<usize>) -> Option<std::ops::Range<usize>> {
    let head = &line[..at];
    let rest = &line[at..];
    let unit = char_at(line, at)?;
    let after = char_at(line, at + crate::text::char_len(unit));
    let before = char_before(line, at);
    let han_word_before = |c: Option<char>| c.filter(|&c| is_han(c) && !is_cn_numeral(c) && !FIGURE_ENDS.contains(c));
    // Or, for 万 and 亿, after any word at a clause's end (`实现利润万元,`, `比上年上升万元;`); not
    // after a word that makes the scale the figure itself (`上万元`, `近亿元`, `超万人`, `千万元`).
    let due = FIGURE_DUE_AFTER.ends(head);
    let worded = || {
        let word = han_word_before(before).filter(|&c| !SCALE_IS_FIGURE_AFTER.contains(c));
        unit != '个'
            && word.is_some_and(|c| han_word_before(char_before(line, at - crate::text::char_len(c))).is_some())
    };
    if matches!(unit, '万' | '亿' | '个') && (due || worded()) {
        let big = BIG_UNITS.strip_prefix_of(rest).filter(|r| due || r.starts_with(CLAUSE_MARKS));
        let len = big.map(|r| rest.len() - r.len()).or_else(|| {
            (due && unit == '个'
                && head.ends_with('了')
                && after.is_some_and(|c| is_han(c) && !NOT_COUNTED.contains(c)))
            .then_some('个'.len_utf8())
        });
        if let Some(len) = len {
            return Some(at..at + len);
        }
    }
    let end_of = |c: Option<char>| at + crate::text::char_len(unit) + c.map_or(0, crate::text::char_len);
    // `共有党员名,`: 名 after a person (scan_line) at the end of a clause (not `党员名单`), a
    // short noun phrase after a word that calls for a figure.
    if unit == '名' && after.is_none_or(|c| !is_han(c)) && figure_due_before(line, at) {
        return Some(at - before?.len_utf8()..at + crate::text::char_len(unit));
    }
    match unit {
        '个' => {
            let noun = after.filter(|&c| is_han(c) && !NOT_COUNTED.contains(c));
            let end = end_of(noun);
            if noun.is_none() && !matches!(before, Some(' ' | '\u{3000}')) {
                return None;
            }
            match before? {
                // `共个街道`, `共计个`, `下辖个行政村`, `下设个工会小组`, `A、B等个单位`, `共有个`
                // (not `建设个性化`, `有个过程`).
                '共' | '计' | '辖' | '设' | '等' | '有' => {
                    let verb = at - '共'.len_utf8();
                    let word = char_before(line, verb);
                    let from = match before? {
                        '有' => verb - word.filter(|&c| "共现拥".contains(c))?.len_utf8(),
                        '设' if word.is_some_and(|c| "建假预陈".contains(c)) => return None,
                        '等' if !word.is_some_and(|c| is_han(c) || "”》)）".contains(c)) => return None,
                        _ => verb,
                    };
                    noun.map(|_| from..end)
                }
                // `、个社区` after a count found blank, in the same sentence.
                '、' | '，' | ',' => blank_count_end
                    .filter(|&e| noun.is_some() && !line[e..at].contains(&['。', '；', ';'][..]))
                    .map(|_| at..end),
                // `全镇 个行政村`, `(室) 个,`: the figure's place left blank.
                ' ' | '\u{3000}' => {
                    let word = head.trim_end_matches(&[' ', '\u{3000}'][..]);
                    let c = char_before(line, word.len())?;
                    let word_end = han_word_before(Some(c)).filter(|&c| !COUNT_WORDS.contains(c)).is_some();
                    let next_ok = noun.is_some() || after.is_some_and(|c| matches!(c, '，' | ',' | '。' | '、'));
                    (next_ok && (word_end || matches!(c, ')' | '）')))
                        .then(|| word.len() - crate::text::char_len(c)..end)
                }
                _ => None,
            }
        }
        '多' => {
            if matches!(after, Some('万' | '亿')) && !rest[crate::text::char_len(unit)..].starts_with("万分之") {
                // `投入多万元`: a word, then 多万 with no figure.
                let c = han_word_before(before).filter(|&c| !MANY.contains(c))?;
                return Some(at - crate::text::char_len(c)..end_of(after));
            }
            // `参观人员批多人次`: the batch's figure and the people's both gone.
            let batch = before.filter(|&c| BATCHES.contains(c))?;
            han_word_before(char_before(line, at - crate::text::char_len(batch)))
                .filter(|&c| !COUNT_WORDS.contains(c))?;
            let people =
                ["人次", "人", "名"].into_iter().find(|p| rest[crate::text::char_len(unit)..].starts_with(p))?;
            Some(at - crate::text::char_len(batch)..at + crate::text::char_len(unit) + people.len())
        }
        '月' => {
            if after == Some('份') && before.is_some_and(|c| "自从于".contains(c)) {
                return Some(at - before?.len_utf8()..end_of(after)); // 自月份
            }
            // `。月日,`: a date with both figures gone, where a sentence or a clause starts.
            let starts_clause = before.is_none_or(|c| is_punct(c) || "自从于至到".contains(c));
            // `。月上旬,`: a month gone before its part (not `本月上旬`, `3月中旬`).
            if starts_clause && ["上旬", "中旬", "下旬"].iter().any(|&p| rest['月'.len_utf8()..].starts_with(p))
            {
                return Some(at..at + "月上旬".len());
            }
            let next = char_at(line, end_of(after));
            (after == Some('日') && starts_clause && next.is_some_and(|c| is_punct(c) || "起至到前后在".contains(c)))
                .then(|| at..end_of(after))
        }
        '率' => {
            // `公开率达。`: the rate's figure gone at the end of its clause.
            han_word_before(before)?;
            let verb = ["达到", "达", "为"].into_iter().find(|v| rest[crate::text::char_len(unit)..].starts_with(v))?;
            let end = at + crate::text::char_len(unit) + verb.len();
            char_at(line, end).is_none_or(|c| matches!(c, '。' | '，' | ',' | '；' | ';')).then_some(at..end)
        }
        '平' => {
            // `拆除建筑物平方米`: an area with no figure (not `每平方米`, `按平方米计`).
            let area = ["平方米", "平方公里"].into_iter().find(|a| rest.starts_with(a))?;
            let c = han_word_before(before).filter(|&c| !"每按以多余".contains(c))?;
            Some(at - crate::text::char_len(c)..at + area.len())
        }
        _ => None,
    }
}

/// `认真实施“”妇联干部培训规划`: a name deleted from its quotation marks, between words (not
/// `引号“”`, `“”号`).
fn empty_quotes(line: &str, base: usize, out: &mut Vec<Finding>) {
    for (i, q) in line.match_indices("“”") {
        let word = |c: Option<char>| c.is_some_and(|c| is_han(c) && c != '号');
        if word(char_before(line, i))
            && (word(char_at(line, i + q.len())) || char_at(line, i + q.len()).is_some_and(is_punct))
        {
            out.push(Finding::new(
                META.id,
                Severity::Error,
                base + i..base + i + q.len(),
                "引号里是空的,名称被删去了,请填入实际内容".to_string(),
            ));
        }
    }
}

/// `小学—学年下学期`: both years of a school year deleted around their dash (`XX—XX学年` with the
/// `XX` gone); a word, not a figure or a blank, stands before the dash.
fn blank_school_years(line: &str, base: usize, out: &mut Vec<Finding>) {
    for (i, _) in line.match_indices("学年") {
        let Some(dash) = char_before(line, i).filter(|&c| is_dash(c)) else { continue };
        let at = i - crate::text::char_len(dash);
        if char_before(line, at).is_some_and(|c| is_han(c) && !is_cn_numeral(c) && c != '年') {
            out.push(Finding::new(
                META.id,
                Severity::Error,
                base + at..base + i + "学年".len(),
                "学年缺少起止年份,请填入实际年份".to_string(),
            ));
        }
    }
}

/// Whether a word of [`COUNT_DUE`] ends at most [`DUE_PHRASE_CHARS`] characters of a noun phrase
/// before byte `at`.
fn figure_due_before(line: &str, at: usize) -> bool {
    let mut p = at;
    for _ in 0..=DUE_PHRASE_CHARS {
        if COUNT_DUE.ends(&line[..p]) {
            return true;
        }
        match char_before(line, p) {
            Some(c) if is_han(c) && !is_cn_numeral(c) && !NOT_PHRASE.contains(c) => p -= crate::text::char_len(c),
            _ => return false,
        }
    }
    false
}

/// If the percent sign at `pos` has no figure before it (`占比%`, `占比约%`, `达到%`), where the
/// span to report starts: the two characters before it.
fn bare_percent(line: &str, pos: usize) -> Option<usize> {
    // `达到 %以上`: the blank left where the figure was is part of it.
    let word = line[..pos].trim_end_matches(&[' ', '\u{3000}'][..]);
    let before = char_before(line, word.len())?;
    if !is_han(before) || is_cn_numeral(before) || matches!(before, '百' | '千' | '万' | '亿' | '成') {
        return None; // 百分之…, 三%
    }
    // `百分率%  `: a table's column heading, followed by a blank or nothing.
    let sign = char_at(line, pos)?;
    let after = char_at(line, pos + crate::text::char_len(sign));
    if after.is_none_or(char::is_whitespace) || word.ends_with("百分率") || word.ends_with("百分比") {
        return None;
    }
    let start = word.len() - crate::text::char_len(before);
    Some(char_before(line, start).filter(|&c| is_han(c)).map_or(start, |c| start - crate::text::char_len(c)))
}

/// Byte offset just past the run of characters matching `f` that starts at `pos`.
fn run_end(line: &str, pos: usize, f: impl Fn(char) -> bool) -> usize {
    line[pos..].char_indices().find(|&(_, c)| !f(c)).map_or(line.len(), |(i, _)| pos + i)
}

/// Where the placeholder made of the x-run `pos..end` starts (digits before it belong to it:
/// `20xx`, `1xx`), or `None` when the run is a Latin word, a code, a term or a multiplication.
fn x_run_start(line: &str, pos: usize, end: usize) -> Option<usize> {
    let before = char_before(line, pos);
    let after = char_at(line, end);
    if before.is_some_and(is_ascii_letter) || after.is_some_and(is_ascii_letter) {
        return None; // Excel, XP, docx, XXL
    }
    let single = crate::text::char_offset(&line[pos..end], 1).is_none();
    let x = char_at(line, pos).unwrap();
    if before.is_some_and(|c| c.is_ascii_digit()) {
        let digits_start = line[..pos].char_indices().rev().take_while(|&(_, c)| c.is_ascii_digit()).last().unwrap().0;
        if single {
            // 3x3 and 1920x1080 multiply; 2x+1 is algebra; 201x年 is a year left half-filled, and
            // so is a document number's year (`金东组复〔201X〕2号`).
            let numbered_year = matches!(after, Some('〕' | ']' | '］'))
                && matches!(char_before(line, digits_start), Some('〔' | '[' | '［'))
                && (2..=3).contains(&(pos - digits_start))
                && line[digits_start..].starts_with(&['1', '2'][..]);
            if after.is_some_and(|c| c.is_ascii_digit()) || !after.is_some_and(is_han) && !numbered_year {
                return None;
            }
            if char_before(line, digits_start) == Some('.') {
                return None;
            }
        }
        return Some(digits_start);
    }
    if after.is_some_and(|c| c.is_ascii_digit()) && single {
        // ×2, x1: a multiplier or an index; but `收入X112元` is a figure with its first digit
        // masked (digits and a unit after it, a word before it).
        let digits = run_end(line, end, |c| c.is_ascii_digit());
        let unit = char_at(line, digits).is_some_and(|c| MASKED_FIGURE_UNITS.contains(c));
        return (x != '×' && digits - end >= 2 && unit && before.is_some_and(is_han)).then_some(pos);
    }
    // `比增21.X%`: a decimal digit masked.
    if before == Some('.') && char_before(line, pos - 1).is_some_and(|c| c.is_ascii_digit()) && single {
        return after.is_some_and(|c| is_han(c) || matches!(c, '%' | '％')).then_some(pos);
    }
    if !single {
        return Some(pos);
    }
    let rest = &line[end..];
    if x == '×' {
        // A lone × between words multiplies (长×宽) unless a place, a count or a person follows.
        // After a function word (`及×文件`, `的×项`) it stands for a word: nothing multiplies there.
        let after_function_word = before.is_some_and(|c| TIMES_AFTER.contains(c)) && after.is_some_and(is_han);
        return (after.is_some_and(|c| TIMES_SUFFIX.contains(c)) || after_function_word).then_some(pos);
    }
    if X_TERMS.starts(rest) {
        return None;
    }
    // A lone x is a placeholder where it stands for a word or a number among Han characters.
    (before.is_some_and(is_han) || after.is_some_and(is_han)).then_some(pos)
}

/// If a bracket placeholder (`[X]`, `【】`, `（xx）`, `（此处填写单位名称）`) starts at `pos`,
/// the byte offset just past its closing bracket.
fn bracket_placeholder(line: &str, pos: usize, open: char) -> Option<usize> {
    let closers: &[char] = match open {
        '[' | '［' => &[']', '］'],
        '【' => &['】'],
        '〔' => &['〕'],
        '（' | '(' => &['）', ')'],
        '〖' => &['〗'],
        _ => return None,
    };
    let inner_start = pos + crate::text::char_len(open);
    let round_open = matches!(open, '（' | '(');
    if let Some(len) = field_name_len(line, inner_start, round_open) {
        let close = char_at(line, inner_start + len)?;
        return closers.contains(&close).then_some(inner_start + len + crate::text::char_len(close));
    }
    if let Some(len) = prompt_len(line, inner_start) {
        let close = char_at(line, inner_start + len)?;
        return closers.contains(&close).then_some(inner_start + len + crate::text::char_len(close));
    }
    for (n, (i, c)) in line[inner_start..].char_indices().enumerate() {
        if closers.contains(&c) {
            let inner = &line[inner_start..inner_start + i];
            // `《…发展规划(―)》`: a plan's span of years with both years deleted, at the end of its
            // title (a dash alone in brackets elsewhere may mean "none", as in a table).
            let dashes = inner.trim_matches(&[' ', '\u{3000}'][..]);
            let years_deleted = !dashes.is_empty()
                && dashes.chars().all(is_dash)
                && char_before(line, pos).is_some_and(is_han)
                && line[inner_start + i + crate::text::char_len(c)..].starts_with('》');
            // `(X)` is a placeholder, an empty `()` mid-sentence is a blank; `( )` with only a
            // space in round brackets is too common a typo for a list marker to call it one.
            if round_open
                && !inner.is_empty()
                && !inner.chars().any(is_x)
                && !inner.chars().all(|c| matches!(c, '_' | '＿'))
                && !years_deleted
            {
                return None;
            }
            if inner.is_empty() && char_before(line, pos).is_some_and(|c| c.is_ascii_alphanumeric()) {
                return None; // print(), list[]: code
            }
            if inner.chars().any(is_x) {
                let before = char_before(line, pos);
                let after = char_at(line, inner_start + i + crate::text::char_len(c));
                if before.is_some_and(is_ascii_letter) || after.is_some_and(is_ascii_letter) {
                    return None; // f(x), Windows [X] edition
                }
            }
            return Some(inner_start + i + crate::text::char_len(c));
        }
        if !(is_blank_filler(c) || round_open && is_dash(c)) || n >= 12 {
            return None;
        }
    }
    None
}

/// The dashes that join the two years of a span (`2021—2025`, `2021-2025`).
fn is_dash(c: char) -> bool {
    matches!(c, '—' | '―' | '-' | '－' | '–')
}

/// How a template prompt starts (`此处`, `请在此处`…) and its verb (`填写`, `注明`…), in the order
/// they are tried: the longer `在此处` before `在此`.
const PROMPT_LEADS: Words = words!["此处", "这里", "在此处", "在此", "请在此处", "请在此", "请"];
const PROMPT_VERBS: Words =
    words!["填写", "填入", "输入", "填上", "添加", "补充", "插入", "粘贴", "替换为", "注明", "写明", "列出"];
/// A prompt's words after the verb: up to this many characters, none of them a bracket.
const PROMPT_TAIL_CHARS: usize = 40;

/// Field names a template puts in brackets for the writer to replace: `【单位名称】`, `（姓名）`.
/// In round brackets only the unmistakable ones count (`（时间）` may be a table's unit).
const ROUND_FIELD_NAMES: Words = words![
    "单位名称", "姓名", "人数", "金额", "具体数字", "具体时间", "具体内容", "具体数据", "数字", "年份", "地名", "名称",
    "项目名称", "活动名称",
];
/// The rest of the field names, counted in square brackets only.
const SQUARE_FIELD_NAMES: Words =
    words!["单位", "部门", "职务", "时间", "日期", "地点", "内容", "标题", "数据", "数量", "月份"];

/// Whether `t` is a field name in any brackets.
fn field_name(t: &str) -> bool {
    ROUND_FIELD_NAMES.contains(t) || SQUARE_FIELD_NAMES.contains(t)
}

/// Length of a bracketed field name (`单位名称`) starting at `pos`, up to its closing bracket.
/// `[小学名称]`, `（填写日期）`: what names a field to fill in after a few characters saying
/// whose (`小学`, `学生`) or a verb asking for it (`填写`): these alone leave no doubt.
const FIELD_NOUNS: Words = words!["名称", "姓名"];
/// A field's name has at most this many characters (with such a noun, those before it saying
/// whose: `学生`, `小学`), and none saying it is left out on purpose (`（隐去姓名）`).
const FIELD_MAX_CHARS: usize = 8;

fn field_name_len(line: &str, pos: usize, round: bool) -> Option<usize> {
    // The bracket's Han characters, up to its closing bracket.
    let rest = &line[pos..];
    let (len, close) = rest.char_indices().take(FIELD_MAX_CHARS + 1).find(|&(_, c)| !is_han(c))?;
    if len < 6 || !matches!(close, ')' | '）' | ']' | '］' | '】' | '〕' | '〗') {
        return None; // every field name has two characters at least (`（一）` is none)
    }
    let inner = &rest[..len];
    // `[小学名称]`, `（学生姓名）`, `（填写日期）`.
    let owned =
        FIELD_NOUNS.ends(inner) && !inner.contains('去') || inner.starts_with("填写") && field_name(&inner[6..]);
    (if round { ROUND_FIELD_NAMES.contains(inner) } else { field_name(inner) } || owned).then_some(len)
}

/// Length of a template prompt (`此处填写单位名称`, `请填写具体数字`) starting at `pos`, up to
/// (not including) a closing bracket.
fn prompt_len(line: &str, pos: usize) -> Option<usize> {
    // Hand-written rather than a regex: it is tried at every bracket, and the regex with its
    // bounded repeat of a Unicode class cost tens of milliseconds to compile in the browser.
    let rest = &line[pos..];
    let body = rest.trim_start();
    let after_lead = PROMPT_LEADS.iter().find_map(|lead| {
        let after = body.strip_prefix(lead)?;
        PROMPT_VERBS.strip_prefix_of(after)
    })?;
    let tail = after_lead
        .char_indices()
        .take(PROMPT_TAIL_CHARS)
        .find(|&(_, c)| matches!(c, '(' | ')' | '（' | '）' | '[' | ']' | '【' | '】' | '\n'))
        .map_or_else(
            || crate::text::char_offset(after_lead, PROMPT_TAIL_CHARS).unwrap_or(after_lead.len()),
            |(i, _)| i,
        );
    let end = rest.len() - after_lead.len() + tail;
    let close = char_at(line, pos + end)?;
    matches!(close, ')' | '）' | ']' | '］' | '】' | '〕' | '〗').then_some(end)
}

/// What the writer should put in place of the placeholder at `start..end`, judged by the words
/// right after it (and a surname right before it): 年份, 数字, 名称, 姓名, 届次 or 内容.
fn fill_hint(line: &str, start: usize, end: usize) -> &'static str {
    // Only the next few characters tell; a bounded window keeps a line of a hundred thousand
    // `[X]` linear instead of rescanning the rest of the line for each one.
    let window = &line[end..crate::document::floor_char_boundary(line, end + 48)];
    let rest = window.trim_start_matches(&['[', ']', 'X', 'x', '+'][..]);
    let before = char_before(line, start);
    let text = &line[start..end];
    let after = rest.chars().next();
    if rest.starts_with("年") && !rest.starts_with("年级")
        || (text.len() == 4
            && (text.starts_with("20") || text.starts_with("19"))
            && !matches!(after, Some('多' | '余')))
    {
        return "年份";
    }
    if rest.starts_with("周年") || before.is_some_and(|c| c.is_ascii_digit()) {
        return "数字";
    }
    if rest.starts_with("同志")
        || rest.starts_with("主席")
        || rest.starts_with("书记")
        || before.is_some_and(is_common_surname)
    {
        return "姓名";
    }
    if rest.starts_with("大") || rest.starts_with("届") || rest.starts_with("次会") || rest.starts_with("中全会")
    {
        return "届次";
    }
    if rest.starts_with("街道") || rest.starts_with("社区") || rest.starts_with("公司") || rest.starts_with("单位")
    {
        return "名称";
    }
    match after {
        Some(c) if "人名户个次场期万元起%％余多家项件篇条支位批天岁倍亩吨米台辆套份期元所".contains(c) => {
            "数字"
        }
        Some(c) if "省市县区镇乡村州旗盟局委办厅校院部处科站馆队会".contains(c) => "名称",
        _ => "内容",
    }
}

/// A year cut to three digits right before a month: `201年9月`. Matches of `(?:19|20)\d年\d{1,2}月` (a digit being ASCII or full-width), left to right: written
/// by hand because most drafts have dates, and compiling the pattern was a visible part of the
/// browser's first check.
fn short_years(line: &str) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    char_positions(line, '年').filter_map(move |at| {
        // Before 年: 19 or 20 and one digit.
        let mut back = line[..at].char_indices().rev();
        let (_, c) = back.next()?;
        let (_, b) = back.next()?;
        let (start, a) = back.next()?;
        if !is_digit(c) || !matches!((a, b), ('1', '9') | ('2', '0')) {
            return None;
        }
        // After 年: one or two digits, then 月.
        let rest = &line[at + '年'.len_utf8()..];
        let digits: usize = rest.chars().take(2).take_while(|&c| is_digit(c)).map(crate::text::char_len).sum();
        if digits == 0 || !rest[digits..].starts_with('月') {
            return None;
        }
        Some(start..at + '年'.len_utf8() + digits + '月'.len_utf8())
    })
}

/// A date frame `((?:19|20)\d\d)?年 *(\d{1,2})? *月 *(\d{1,2})? *日` (a blank being an ASCII or
/// full-width space, a digit ASCII or full-width): `2021年9月日`, `2021年 月 日`, the bare
/// `年 月 日` of an unsigned template.
struct DateFrame {
    range: std::ops::Range<usize>,
    year: bool,
    month: bool,
    day: bool,
    /// Blanks somewhere in the frame (`年 月 日` is a form to fill in, `年月日` a word).
    gap: bool,
}

/// The date frames of `line`, left to right. Written by hand, like `short_years`: nearly every
/// draft has dates, and compiling the equivalent regex was the largest part of the browser's
/// first check (about 20 ms). Each frame holds exactly one 年, so frames found from each 年 in
/// turn never overlap.
fn date_frames(line: &str) -> impl Iterator<Item = DateFrame> + '_ {
    char_positions(line, '年').filter_map(move |at| {
        let (after_month, month, gap_month) = date_part(line, at + '年'.len_utf8(), '月')?;
        let (end, day, gap_day) = date_part(line, after_month, '日')?;
        let year_start = year_before(line, at);
        Some(DateFrame {
            range: year_start.unwrap_or(at)..end,
            year: year_start.is_some(),
            month,
            day,
            gap: gap_month || gap_day,
        })
    })
}

/// ` *(\d{1,2})? *` then `unit`, from byte `i`: (the end, digits present, blanks present).
fn date_part(line: &str, i: usize, unit: char) -> Option<(usize, bool, bool)> {
    let blank = |c: char| c == ' ' || c == '\u{3000}';
    let after_blanks =
        |i: usize| i + line[i..].chars().take_while(|&c| blank(c)).map(crate::text::char_len).sum::<usize>();
    let digits_at = after_blanks(i);
    let digits = line[digits_at..].chars().take(3).take_while(|&c| is_digit(c)).count();
    if digits > 2 {
        return None; // three digits cannot be a month or a day
    }
    let digits_end = digits_at + line[digits_at..].chars().take(digits).map(crate::text::char_len).sum::<usize>();
    let unit_at = after_blanks(digits_end);
    let gap = digits_at > i || unit_at > digits_end;
    line[unit_at..].starts_with(unit).then(|| (unit_at + crate::text::char_len(unit), digits > 0, gap))
}

/// Where a year `19dd`/`20dd` (the last two digits ASCII or full-width) ends right at `at`.
fn year_before(line: &str, at: usize) -> Option<usize> {
    let mut back = line[..at].char_indices().rev();
    let (_, last) = back.next()?;
    let (tens_at, tens) = back.next()?;
    let century = &line[..tens_at];
    (is_digit(last) && is_digit(tens) && (century.ends_with("19") || century.ends_with("20"))).then(|| tens_at - 2)
}

/// A run of `#` that stands for a name has at least this many (one `#` opens a hashtag) …
const HASH_MIN: usize = 2;
/// … and at most this many.
const HASH_MAX: usize = 4;

/// `积极组织##社区的志愿者`, `##镇妇联工作总结`, `前往##、##参观`: `#` put for a name (a
/// Markdown heading's `##` has a space after it; a hashtag `#话题#` has one `#`).
fn hash_blanks(line: &str, base: usize, out: &mut Vec<Finding>) {
    let bytes = line.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'#' {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i] == b'#' {
            i += 1;
        }
        let n = i - start;
        let (before, after) = (line[..start].trim_end().chars().next_back(), char_at(line, i));
        // After text, or right at the line's start but not before a heading's number
        // (`##镇妇联工作总结`, not `##一、主要工作`), and before a Han character; or a name listed
        // after a Han character (`前往##、##参观`).
        let placed = match before {
            Some(c) => !c.is_ascii_alphanumeric(),
            None => start == 0 && !after.is_some_and(is_cn_numeral),
        };
        let named = after.is_some_and(is_han) && placed
            || before.is_some_and(is_han) && matches!(after, Some('、' | '，' | ','));
        if (HASH_MIN..=HASH_MAX).contains(&n) && named {
            out.push(Finding::new(
                META.id,
                Severity::Warning,
                base + start..base + i,
                format!("“{}”是未填写的占位符,请填入实际名称", &line[start..i]),
            ));
        }
    }
}

/// `——年月日在…会议上`, `(年月日)`: a date with no figure at all where a speech's dateline or a
/// signature puts one (after a dash or a bracket; before `在`, a bracket or the end of the line).
/// `出生年月日`, a form's label, and `年月日` alone on a line are left alone.
fn blank_dateline(line: &str, range: &std::ops::Range<usize>) -> bool {
    let before = line[..range.start].trim_end_matches(&[' ', '\u{3000}'][..]);
    let after = line[range.end..].trim_start_matches(&[' ', '\u{3000}'][..]);
    before.ends_with(&['—', '-', '(', '（'][..]) && (after.is_empty() || after.starts_with(&['在', ')', '）'][..]))
}

fn scan_dates(line: &str, base: usize, out: &mut Vec<Finding>) {
    if char_positions(line, '月').next().is_none() {
        return;
    }
    for m in short_years(line) {
        if char_before(line, m.start).is_some_and(|c| c.is_ascii_digit()) {
            continue;
        }
        let end = m.start + line[m.start..].find('年').unwrap() + '年'.len_utf8();
        let text = &line[m.start..end];
        out.push(Finding::new(
            META.id,
            Severity::Error,
            base + m.start..base + end,
            format!("“{text}”年份不完整,请填入完整的四位年份"),
        ));
    }
    for DateFrame { range, year, month, day, gap } in date_frames(line) {
        let before = char_before(line, range.start);
        if before.is_some_and(|c| c.is_ascii_digit() || is_cn_numeral(c) || is_x(c)) {
            continue; // 2121年…, 二〇二一年…, xx年…: the year is written some other way
        }
        // 2021年5月日均: "the daily average in May" has no day missing.
        let day_is_a_word = !gap && char_at(line, range.end).is_some_and(|c| "均常益报记程".contains(c));
        let (missing, what) = match (year, month, day) {
            (_, true, true) => (false, ""),
            (true, true, false) => (!day_is_a_word, "缺少“日”的数字"),
            (true, false, _) => (true, "缺少月份"),
            (false, false, false) => (gap || blank_dateline(line, &range), "未填写"),
            (false, _, _) => (false, ""),
        };
        if missing {
            let text = &line[range.clone()];
            out.push(Finding::new(
                META.id,
                Severity::Error,
                base + range.start..base + range.end,
                format!("日期“{text}”{what},请填入完整日期"),
            ));
        }
    }
}

#[cfg(test)]
mod tests;
