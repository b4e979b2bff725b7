//! Required sections (存在问题, 下一步计划…) missing for the report's profile, and sections out of
//! their usual order.
//!
//! What it finds: for each document of the draft (a pasted compilation is checked document by
//! document, see [`crate::outline`]), the profile is taken from the administrator's config or
//! from the title (`述职` → 述职报告, `总结` → 工作总结, `报告` → 工作报告, `计划/规划/要点` → 工作计划,
//! anything else → 工作总结), and each required section of the profile is looked for:
//! - in a heading of any level, with many wordings (`存在的问题和不足`, `差距与不足`, `短板弱项`,
//!   `下一步工作计划`, `二〇一四年工作思路`, `展望未来,奋勇拼搏`, …);
//! - or, without a heading, in a paragraph that plainly carries it (`在肯定成绩的同时,我们也
//!   清醒地认识到…`, `下一步,我们将…`).
//!
//! Severity, and why: a false "missing 存在问题" on a good report costs more trust than a miss, so
//! detection is deliberately generous (any problem wording anywhere counts as the section).
//! - **error** only for a section the title itself promises (`…工作总结及下阶段工作计划` with no
//!   plan, `…情况及存在问题` with no problems): the draft contradicts its own title;
//! - **warning** for other required sections of a titled document, all named in one finding;
//! - **info** when the document has no title: without one the genre is a guess (the draft may be
//!   an excerpt or a compilation of excerpts), so it is only shown, never counted;
//! - **warning** (info without a title) for sections whose headings come in the wrong order,
//!   judged only on headings that are nothing but a section name (`存在问题和困难`,
//!   `2023年工作计划`), never on paragraphs or headings that merely mention a word.
//!
//! Findings are anchored at the title: the whole title for the warning, the promising words
//! (`下阶段工作计划`) for the error, so each shows once. With a custom `sections` list in the config
//! those sections replace the profile's: heading patterns and synonyms as given, required or
//! not, in the order listed.
//!
//! What it leaves alone: optional sections (经验体会), sections found in any wording, and the
//! order of sections found only in paragraphs.

#[cfg(not(target_arch = "wasm32"))]
use super::RuleDocs;
use super::{Context, Rule, RuleMeta};
use crate::config::Config;
use crate::diagnostic::{Finding, Severity};
use crate::document::Document;
use crate::lazy_regex::LazyRegex;
use crate::outline::{Heading, Part};
use crate::phrase::{Item, Item::*, Phrase, WordSet};
use crate::report_kind;
use crate::words;

mod shapes;
use regex_lite::Regex;
use std::ops::Range;
use std::sync::LazyLock;

/// What the rule is called and what it claims (see [`RuleMeta`]).
pub const META: RuleMeta = RuleMeta {
    id: "missing-section",
    title: "缺少章节",
    top_severity: Severity::Error,
    #[cfg(not(target_arch = "wasm32"))]
    docs: RuleDocs {
        summary: "`…工作总结及下阶段工作计划` with no plan section; a 工作总结 with no 存在问题 (warning; a guess about the report type is info)",
        flags: "某局2023年工作总结及下一步工作计划\n一、主要工作\n全年围绕中心工作,扎实推进各项任务,圆满完成年度目标。\n二、存在的问题\n一是人员不足,二是经费紧张。",
        passes: "某局2023年工作总结及下一步工作计划\n一、主要工作\n全年围绕中心工作,扎实推进各项任务,圆满完成年度目标。\n二、存在的问题\n一是人员不足,二是经费紧张。\n三、下一步工作计划\n继续加强队伍建设,争取经费支持。",
    },
};

pub struct MissingSection;

/// Words in a heading that carry the main-work part: nearly any heading of a summary does.
const MAIN_HEADING: crate::text::Words = crate::words![
    "主要工作", "工作", "情况", "成绩", "成效", "成果", "亮点", "回顾", "做法", "履职", "取得", "开展", "进展", "完成",
    "总结", "举措", "经验", "加强", "推进", "强化", "深化", "提升", "创新", "落实", "服务", "建设", "引领", "助力",
    "维护", "关爱", "扎实", "积极", "深入", "职责",
];
const MAIN_PARAGRAPH: crate::text::Words = crate::words![
    "取得", "开展", "完成", "举办", "组织", "落实", "成效", "成绩", "一年来", "过去的一年", "回顾", "围绕", "坚持",
    "推进", "加强", "履行",
];
const PROBLEM_HEADING: crate::text::Words = crate::words![
    "问题", "不足", "差距", "短板", "弱项", "薄弱", "困难", "教训", "欠缺", "隐患", "挑战", "反思", "剖析", "整改"
];

fn not_sentence_end(c: char) -> bool {
    !matches!(c, '。' | '！' | '？')
}

fn not_full_stop(c: char) -> bool {
    c != '。'
}

fn not_stop_or_semicolon(c: char) -> bool {
    !matches!(c, '。' | '；')
}

/// What a clause starts after (`下一步,我们将…` after `。` or `,`): these marks and every Unicode
/// blank (White_Space, as `\s`), listed so that the phrase is tried only after one of them.
const CLAUSE_BREAKS: &[char] = &[
    '。', '；', ';', '！', '？', '!', '?', '，', ',', '：', ':', '\t', '\n', '\u{b}', '\u{c}', '\r', ' ', '\u{85}',
    '\u{a0}', '\u{1680}', '\u{2000}', '\u{2001}', '\u{2002}', '\u{2003}', '\u{2004}', '\u{2005}', '\u{2006}',
    '\u{2007}', '\u{2008}', '\u{2009}', '\u{200a}', '\u{2028}', '\u{2029}', '\u{202f}', '\u{205f}', '\u{3000}',
];

const PROBLEM_WORDS: Item = Words(words!["问题", "不足", "差距", "短板", "弱项", "薄弱", "困难", "欠缺", "瓶颈"]);

/// A paragraph that plainly admits a problem: `存在…不足`, `差距主要在于`, `清醒地认识到`,
/// `虽然取得了…成绩,但…`, `有待进一步加强`, `还不够`. (The regex it replaced is kept in the tests.)
static PROBLEM_PARAGRAPH: Phrase = Phrase::new(&[
    &[
        Words(words!["存在", "还有", "仍有", "尚有", "也有", "面临", "暴露", "发现"]),
        Run { class: not_sentence_end, min: 0, max: 30, lazy: false },
        PROBLEM_WORDS,
    ],
    &[
        Words(words!["不足", "差距", "短板", "弱项", "问题"]),
        Words(words!["之处", "主要", "表现", "在于", "是:", "是："]),
    ],
    &[Words(words!["清醒"]), Words(words!["地", ""]), Words(words!["认识", "看到"])],
    &[
        Words(words!["虽然", "尽管", "虽"]),
        Run { class: not_full_stop, min: 0, max: 40, lazy: false },
        Words(words!["成绩", "成效", "进展", "成果"]),
        Run { class: not_full_stop, min: 0, max: 20, lazy: false },
        Words(words!["但", "然而", "不过"]),
    ],
    &[
        Words(words!["有待"]),
        Words(words!["于", ""]),
        Words(words!["进一步", ""]),
        Words(words!["加强", "提高", "改进", "提升", "完善", "加大", "深化", "增强"]),
    ],
    &[
        Words(words!["还", "仍", "尚"]),
        Words(words!["不够", "不高", "不强", "较弱", "较低", "滞后", "欠缺", "存在", "需", "有待"]),
    ],
    &[Words(words!["不尽如人意", "不平衡", "不充分"])],
]);

const PLAN_TIME: Item =
    Words(words!["下一步", "下阶段", "下半年", "今后", "明年", "来年", "新的一年", "新一年", "展望未来", "未来"]);
const PLAN_INTENT: Item =
    Words(words!["将", "要", "计划", "拟", "打算", "力争", "继续", "努力", "重点", "着力", "准备", "争取"]);

/// A plan announced at the start of a clause (`下一步,我们将…`); `…及下阶段工作计划` in a repeated
/// title is not a clause start and does not count. (The regex it replaced is kept in the tests.)
static PLAN_PARAGRAPH: Phrase = Phrase::new(&[
    &[Start, PLAN_TIME, Run { class: not_stop_or_semicolon, min: 0, max: 30, lazy: true }, PLAN_INTENT],
    &[Char(CLAUSE_BREAKS), PLAN_TIME, Run { class: not_stop_or_semicolon, min: 0, max: 30, lazy: true }, PLAN_INTENT],
    &[
        Words(words!["我们", "我局", "我会", "本人", "我"]),
        Words(words!["将", "要", "打算", "计划"]),
        Words(words![
            "继续", "进一步", "以", "在", "着力", "重点", "坚持", "紧紧", "围绕", "认真", "不断", "全面", "切实",
            "努力", "做好", "抓好", "加强", "加大", "强化", "深化", "推进",
        ]),
    ],
]);

/// How a built-in section is recognised in a paragraph or a heading, without a regex.
enum Pattern {
    /// Any of these words.
    Words(WordSet),
    /// A phrase (see [`crate::phrase`]).
    Phrase(&'static Phrase),
}

impl Pattern {
    fn is_match(&self, text: &str) -> bool {
        match self {
            Pattern::Words(words) => words.is_match(text),
            Pattern::Phrase(phrase) => phrase.is_match(text),
        }
    }
}

/// A title promising a plan or a problems part besides its main subject.
const PROMISES_PLAN: &str = r"(?:及|和|与|暨|并|以及)([^及和与]{0,15}(?:计划|打算|思路|安排|设想|展望))";
const PROMISES_PROBLEMS: &str = r"(?:及|和|与|暨|以及)([^及和与]{0,10}(?:问题|不足))|(存在(?:的)?问题)";

/// One built-in section. Its patterns compile on first use: a draft reaches only its own
/// profile's, and compiling all four profiles took most of the browser's first check.
struct Builtin {
    name: &'static str,
    heading: HeadingMatcher,
    paragraph: Pattern,
    /// Heading text that is only this section's name (for the order check).
    only: Option<&'static shapes::Only>,
    /// Title words that promise the section.
    promise: Option<LazyRegex>,
}

struct Profile {
    name: &'static str,
    sections: Vec<Builtin>,
}

/// How a built-in section is recognised in a heading.
enum HeadingMatcher {
    /// Any of these words.
    Words(WordSet),
    /// The plan section: its words, the profile's `extra` words, or one of its shapes
    /// (`2024年重点任务`, `努力方向`), matched without a regex (see `shapes`).
    Plan { extra: &'static [&'static str] },
}

impl HeadingMatcher {
    fn is_match(&self, text: &str) -> bool {
        match self {
            HeadingMatcher::Words(words) => words.is_match(text),
            HeadingMatcher::Plan { extra } => shapes::names_plan(text, extra),
        }
    }
}

static PROFILES: LazyLock<Vec<Profile>> = LazyLock::new(|| {
    let main = |name| Builtin {
        name,
        heading: HeadingMatcher::Words(WordSet::new(MAIN_HEADING)),
        paragraph: Pattern::Words(WordSet::new(MAIN_PARAGRAPH)),
        only: Some(&shapes::MAIN_ONLY),
        promise: None,
    };
    let problems = |name| Builtin {
        name,
        heading: HeadingMatcher::Words(WordSet::new(PROBLEM_HEADING)),
        paragraph: Pattern::Phrase(&PROBLEM_PARAGRAPH),
        only: Some(&shapes::PROBLEM_ONLY),
        promise: Some(LazyRegex::new(PROMISES_PROBLEMS)),
    };
    let plan = |name, extra: &'static [&'static str]| Builtin {
        name,
        heading: HeadingMatcher::Plan { extra },
        paragraph: Pattern::Phrase(&PLAN_PARAGRAPH),
        only: Some(&shapes::PLAN_ONLY),
        promise: Some(LazyRegex::new(PROMISES_PLAN)),
    };
    vec![
        Profile {
            name: report_kind::SUMMARY,
            sections: vec![main("主要工作和成绩"), problems("存在的问题和不足"), plan("下一步工作打算", &["计划"])],
        },
        Profile {
            name: report_kind::REPORT,
            sections: vec![
                main("工作回顾"),
                problems("存在的问题和不足"),
                plan("今后任务和工作思路", &["任务", "部署"]),
            ],
        },
        Profile {
            name: report_kind::REVIEW,
            sections: vec![main("履职情况"), problems("存在的问题和不足"), plan("今后打算和努力方向", &["方向"])],
        },
        Profile {
            name: report_kind::PLAN,
            sections: vec![
                Builtin {
                    name: "指导思想和目标",
                    heading: HeadingMatcher::Words(WordSet::new(crate::words![
                        "指导思想", "总体要求", "总体思路", "思路", "目标", "总体", "原则", "要求", "形势",
                    ])),
                    paragraph: Pattern::Words(WordSet::new(crate::words![
                        "指导思想", "为指导", "为引领", "目标是", "总体要求", "总体思路", "总体目标", "工作目标",
                        "力争", "确保", "围绕",
                    ])),
                    only: None,
                    promise: None,
                },
                Builtin {
                    name: "主要任务",
                    heading: HeadingMatcher::Words(WordSet::new(crate::words![
                        "任务", "重点", "工作", "措施", "举措", "内容", "安排", "抓好", "加强", "推进", "开展", "做好",
                        "强化", "深化", "提升", "落实",
                    ])),
                    paragraph: Pattern::Words(WordSet::new(crate::words![
                        "开展", "加强", "推进", "做好", "落实", "组织", "抓好", "强化", "深化",
                    ])),
                    only: None,
                    promise: None,
                },
                Builtin {
                    name: "保障措施",
                    heading: HeadingMatcher::Words(WordSet::new(crate::words![
                        "保障", "措施", "领导", "要求", "落实", "机制", "考核", "督查", "督导", "经费", "责任",
                    ])),
                    paragraph: Pattern::Words(WordSet::new(crate::words![
                        "保障", "加强领导", "组织领导", "责任", "督查", "督导", "考核", "落实", "经费",
                    ])),
                    only: None,
                    promise: None,
                },
            ],
        },
    ]
});

/// A heading pattern: the administrator's (compiled when the config is read) or a built-in one.
enum HeadingPattern<'a> {
    Config(&'a Regex),
    Builtin(&'a HeadingMatcher),
}

impl HeadingPattern<'_> {
    fn is_match(&self, text: &str) -> bool {
        match self {
            HeadingPattern::Config(r) => r.is_match(text),
            HeadingPattern::Builtin(r) => r.is_match(text),
        }
    }
}

/// A section to look for, from a built-in profile or the administrator's list.
struct Wanted<'a> {
    name: &'a str,
    required: bool,
    heading: Vec<HeadingPattern<'a>>,
    heading_words: &'a [String],
    paragraph: Option<&'a Pattern>,
    paragraph_words: &'a [String],
    only: Option<&'static shapes::Only>,
    /// Custom sections: any heading carrying the section places it (the administrator's
    /// patterns are precise by intent).
    ordered_by_any_heading: bool,
    promise: Option<&'a LazyRegex>,
    promise_words: Vec<&'a str>,
}

impl Wanted<'_> {
    fn heading_matches(&self, text: &str) -> bool {
        self.heading.iter().any(|r| r.is_match(text)) || self.heading_words.iter().any(|w| text.contains(w.as_str()))
    }

    fn paragraph_matches(&self, text: &str) -> bool {
        self.paragraph.is_some_and(|r| r.is_match(text))
            || self.paragraph_words.iter().any(|w| text.contains(w.as_str()))
    }

    /// The words of `title` that promise this section, as a byte range of `title`.
    fn promised_in(&self, title: &str) -> Option<Range<usize>> {
        if let Some(c) = self.promise.and_then(|r| r.captures(title)) {
            // The promised words without the conjunction before them.
            let m = c.iter().skip(1).flatten().next().or_else(|| c.get(0))?;
            return Some(m.range());
        }
        self.promise_words.iter().find_map(|w| title.find(w).map(|at| at..at + w.len()))
    }
}

fn wanted_sections<'a>(config: &'a Config, profile: &'static str) -> Vec<Wanted<'a>> {
    if let Some(custom) = &config.sections {
        return custom
            .iter()
            .map(|s| Wanted {
                name: &s.name,
                required: s.required,
                heading: s.patterns.iter().map(HeadingPattern::Config).collect(),
                heading_words: &s.synonyms,
                paragraph: None,
                paragraph_words: &s.synonyms,
                only: None,
                ordered_by_any_heading: true,
                promise: None,
                promise_words: std::iter::once(s.name.as_str()).chain(s.synonyms.iter().map(String::as_str)).collect(),
            })
            .collect();
    }
    let p = PROFILES.iter().find(|p| p.name == profile).unwrap_or(&PROFILES[0]);
    p.sections
        .iter()
        .map(|s| Wanted {
            name: s.name,
            required: true,
            heading: vec![HeadingPattern::Builtin(&s.heading)],
            heading_words: &[],
            paragraph: Some(&s.paragraph),
            paragraph_words: &[],
            only: s.only,
            ordered_by_any_heading: false,
            promise: s.promise.as_ref(),
            promise_words: Vec::new(),
        })
        .collect()
}

/// Longest numbered line still read as a heading for section matching (`1、深化服务。…` is;
/// a 300-character item whose first sentence runs on is a paragraph).
const MAX_HEADING_CHARS: usize = 40;

fn heading_words<'t>(doc: &Document<'t>, h: &Heading) -> Option<&'t str> {
    if h.title_like {
        return None;
    }
    let t = doc.text[h.text.clone()].trim_end_matches(|c: char| c.is_whitespace() || crate::text::is_punct(c));
    (t.chars().take(MAX_HEADING_CHARS + 1).count() <= MAX_HEADING_CHARS).then_some(t)
}

/// A heading that repeats the title (`1、区妇联2022年工作总结及下阶段工作计划 …`, printed by a
/// sharing site) names the document, not a section of it.
fn echoes_title(words: &str, title: Option<&str>) -> bool {
    // `总结及`, `报告和` …: a title's "X and Y" (as words, so nothing is compiled for it).
    let summary_and = ["总结", "报告"].iter().any(|kind| {
        words.match_indices(kind).any(|(at, _)| {
            words[at + kind.len()..].starts_with(&['及', '和', '与', '暨'][..])
                || words[at + kind.len()..].starts_with("以及")
        })
    });
    summary_and || title.is_some_and(|t| crate::text::char_offset(t, 5).is_some() && words.contains(t))
}

impl Rule for MissingSection {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Finding>) {
        let doc = ctx.doc;
        let outline = doc.outline();
        for part in &outline.parts {
            self.check_part(ctx, part, outline.headings_of(part), out);
        }
    }
}

impl MissingSection {
    fn check_part(&self, ctx: &Context, part: &Part, headings: &[Heading], out: &mut Vec<Finding>) {
        let doc = ctx.doc;
        let title = part.title.as_ref().map(|t| (&doc.text[t.range.clone()], t.range.clone()));
        let profile = report_kind::kind_for(&ctx.config.profile, title.as_ref().map(|t| t.0));
        let wanted = wanted_sections(ctx.config, profile);
        if wanted.is_empty() || too_short(doc, part, headings) {
            return;
        }
        let mut present = vec![false; wanted.len()];
        // First heading that is nothing but the section's name: (line, heading start).
        let mut only_at: Vec<Option<(usize, Range<usize>)>> = vec![None; wanted.len()];
        for h in headings {
            let Some(words) = heading_words(doc, h) else { continue };
            if echoes_title(words, title.as_ref().map(|t| t.0)) {
                continue;
            }
            for (k, w) in wanted.iter().enumerate() {
                let matches = w.heading_matches(words);
                present[k] |= matches;
                let places =
                    if w.ordered_by_any_heading { matches } else { w.only.is_some_and(|only| only.is_whole(words)) };
                if only_at[k].is_none() && places {
                    let r = h.number.as_ref().map_or(h.text.clone(), |n| n.range.start..h.text.end);
                    only_at[k] = Some((h.line, r));
                }
            }
        }
        let title_line = part.title.as_ref().map(|t| t.line);
        for i in part.lines.clone() {
            if present.iter().all(|p| *p) {
                break;
            }
            if Some(i) == title_line {
                continue;
            }
            let text = doc.line_text(i);
            for (k, w) in wanted.iter().enumerate() {
                if !present[k] && w.paragraph_matches(text) {
                    present[k] = true;
                }
            }
        }

        let id = self.id();
        // Without a title naming the genre (or an administrator saying what to expect), the
        // profile is a guess: findings are only shown.
        let untitled = match &title {
            None => true,
            Some((t, _)) => ctx.config.profile == report_kind::AUTO && ctx.config.sections.is_none() && !names_genre(t),
        };
        let anchor = match &title {
            Some((_, r)) => r.clone(),
            None => first_words(doc, part),
        };
        let mut unpromised: Vec<&str> = Vec::new();
        for (k, w) in wanted.iter().enumerate() {
            if present[k] || !w.required {
                continue;
            }
            match title.as_ref().and_then(|(t, r)| w.promised_in(t).map(|p| r.start + p.start..r.start + p.end)) {
                Some(promise) => out.push(Finding::new(
                    id,
                    Severity::Error,
                    promise.clone(),
                    format!(
                        "标题写明了“{}”,正文却没有这一部分(“{}”应有“{}”):请补写",
                        &doc.text[promise],
                        profile_label(ctx.config, profile),
                        w.name
                    ),
                )),
                None => unpromised.push(w.name),
            }
        }
        if !unpromised.is_empty() && !anchor.is_empty() {
            let list = crate::text::joined(&unpromised, "”“");
            let (severity, message) = if untitled {
                (
                    Severity::Info,
                    format!(
                        "没有找到标题,按“{}”检查:正文似乎缺少“{list}”部分,请确认",
                        profile_label(ctx.config, profile)
                    ),
                )
            } else {
                (
                    Severity::Warning,
                    format!(
                        "按“{}”的要求,正文缺少“{list}”部分:请补写;如已写在段落中,可加上小标题使其醒目",
                        profile_label(ctx.config, profile)
                    ),
                )
            };
            out.push(Finding::new(id, severity, anchor, message));
        }

        // Order: each section's first name-only heading must come after those of the sections
        // listed before it.
        let mut latest: Option<(usize, &str)> = None;
        for (k, w) in wanted.iter().enumerate() {
            let Some((line, range)) = &only_at[k] else { continue };
            match latest {
                Some((l, name)) if *line < l => out.push(Finding::new(
                    id,
                    if untitled { Severity::Info } else { Severity::Warning },
                    range.clone(),
                    format!(
                        "“{}”部分应放在“{name}”之后(按“{}”的顺序),请调整顺序",
                        w.name,
                        profile_label(ctx.config, profile)
                    ),
                )),
                _ => latest = Some((*line, w.name)),
            }
        }
    }
}

/// Whether a title says what kind of report it is.
fn names_genre(title: &str) -> bool {
    words!["总结", "报告", "述职", "计划", "规划", "要点", "汇报", "打算", "安排", "思路"].any_in(title)
}

/// Least body text (bytes, about 200 Han) of a document with fewer than two headings for its
/// sections to be judged: a snippet pasted to check a sentence or two is not a report.
const MIN_BODY_BYTES: usize = 600;

fn too_short(doc: &Document, part: &Part, headings: &[Heading]) -> bool {
    if headings.len() >= 2 {
        return false;
    }
    let title_line = part.title.as_ref().map(|t| t.line);
    let mut body = 0;
    for i in part.lines.clone() {
        if Some(i) != title_line {
            body += doc.line_text(i).trim().len();
            if body >= MIN_BODY_BYTES {
                return false;
            }
        }
    }
    true
}

fn profile_label<'a>(config: &Config, profile: &'a str) -> &'a str {
    if config.sections.is_some() {
        "管理员设定的章节"
    } else {
        profile
    }
}

/// The first words of a document without a title (up to the first sentence break, at most
/// 20 characters), to anchor what is said about the whole document.
fn first_words(doc: &Document, part: &Part) -> Range<usize> {
    for i in part.lines.clone() {
        let l = doc.lines[i];
        let text = doc.line_text(i);
        let lead = text.len() - text.trim_start().len();
        let t = text.trim_start();
        if t.trim_end().is_empty() {
            continue;
        }
        let end = t
            .char_indices()
            .take(20)
            .find(|&(_, c)| crate::text::is_sentence_end(c) || c == '，' || c == ',' || c == ':' || c == '：')
            .map_or_else(|| crate::text::char_offset(t, 20).unwrap_or_else(|| t.trim_end().len()), |(j, _)| j);
        let end = if end == 0 { t.chars().next().map_or(0, crate::text::char_len) } else { end };
        return l.start + lead..l.start + lead + end;
    }
    0..0
}

#[cfg(test)]
mod tests;
