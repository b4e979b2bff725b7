//! Heading shapes matched without a regex: `2023年工作计划`, `存在的主要问题和不足`,
//! `一年来的主要工作及成效`.
//!
//! Why: every draft's headings are matched against these shapes (for the order of sections and
//! for the plan section), so as regexes they were compiled on every first check. In the browser
//! the regex engine's first use costs about 30 ms of a first check of about 70, for four small
//! patterns. A shape is a sequence of steps, each a choice of words (and, for some, a year),
//! required or optional; it is matched by trying every choice, as a regex would, which is
//! instant on a heading (at most 40 characters).
//!
//! The test below checks each shape against the regex it replaced.

use std::sync::{LazyLock, OnceLock};

/// One step of a shape: one of `words`, or a year (`2023年`, `二〇二三年`, `20xx年`) where
/// `year` is set; skipped when `optional`.
pub struct Step {
    pub words: &'static [&'static str],
    pub year: bool,
    pub optional: bool,
}

const fn req(words: &'static [&'static str]) -> Step {
    Step { words, year: false, optional: false }
}

const fn opt(words: &'static [&'static str]) -> Step {
    Step { words, year: false, optional: true }
}

/// A shape: its steps in order.
pub type Shape = &'static [Step];

fn arabic_year_char(c: char) -> bool {
    matches!(c, '0'..='9' | 'x' | 'X' | '×' | 'ｘ' | 'Ｘ')
}

fn chinese_year_char(c: char) -> bool {
    matches!(c, '〇' | '零' | '○' | 'Ｏ' | '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九')
}

/// `(?:[0-9xX×ｘＸ]{2,4}|[〇零○Ｏ一二三四五六七八九]{2,4})年` at the start of `s`: its length in bytes.
fn year_len(s: &str) -> Option<usize> {
    let first = s.chars().next()?;
    let class: fn(char) -> bool = if arabic_year_char(first) {
        arabic_year_char
    } else if chinese_year_char(first) {
        chinese_year_char
    } else {
        return None;
    };
    // The digits run up to 年 (a class character is never 年): 2 to 4 of them.
    let (count, len) =
        s.chars().take(5).take_while(|&c| class(c)).fold((0, 0), |(n, l), c| (n + 1, l + crate::text::char_len(c)));
    ((2..=4).contains(&count) && s[len..].starts_with('年')).then(|| len + '年'.len_utf8())
}

/// Whether `steps` match `s` from byte `i` on; to the end of `s` when `whole`.
fn matches_from(steps: &[Step], s: &str, i: usize, whole: bool) -> bool {
    let Some((step, rest)) = steps.split_first() else { return !whole || i == s.len() };
    let t = &s[i..];
    step.words.iter().any(|w| t.starts_with(w) && matches_from(rest, s, i + w.len(), whole))
        || (step.year && year_len(t).is_some_and(|n| matches_from(rest, s, i + n, whole)))
        || (step.optional && matches_from(rest, s, i, whole))
}

/// The characters a match of any of `shapes` (or one of `words`) can start with, sorted: most
/// characters of a heading start none, and cost one binary search instead of a try of each shape.
fn first_chars(shapes: &[Shape], words: &[&str]) -> Vec<char> {
    const YEAR_CHARS: &str = "0123456789xX×ｘＸ〇零○Ｏ一二三四五六七八九";
    let mut out: Vec<char> = words.iter().filter_map(|w| w.chars().next()).collect();
    for shape in shapes {
        for step in shape.iter() {
            out.extend(step.words.iter().filter_map(|w| w.chars().next()));
            if step.year {
                out.extend(YEAR_CHARS.chars());
            }
            if !step.optional {
                break;
            }
        }
    }
    crate::sort::sort(&mut out);
    out.dedup();
    out
}

static PLAN_FIRST: LazyLock<Vec<char>> = LazyLock::new(|| first_chars(PLAN_SHAPES, PLAN_WORDS));

/// A heading that is nothing but a section's name: a shape matched against the whole heading.
pub struct Only {
    steps: Shape,
    /// The characters such a heading can start with, computed on first use.
    firsts: OnceLock<Vec<char>>,
}

impl Only {
    const fn new(steps: Shape) -> Only {
        Only { steps, firsts: OnceLock::new() }
    }

    /// The whole of `s` has the shape.
    pub fn is_whole(&self, s: &str) -> bool {
        let firsts = self.firsts.get_or_init(|| first_chars(&[self.steps], &[]));
        s.chars().next().is_some_and(|c| firsts.binary_search(&c).is_ok()) && matches_from(self.steps, s, 0, true)
    }
}

/// Whether a heading carries the plan section: one of [`PLAN_WORDS`] or `extra` (the profile's
/// own words), or a [`PLAN_SHAPES`] shape, anywhere in it. One pass over the heading: every
/// heading of a draft is asked, for each profile section.
pub fn names_plan(s: &str, extra: &[&str]) -> bool {
    s.char_indices().any(|(i, c)| {
        let t = &s[i..];
        crate::text::starts_any(t, extra)
            || (PLAN_FIRST.binary_search(&c).is_ok()
                && (crate::text::starts_any(t, PLAN_WORDS)
                    || PLAN_SHAPES.iter().any(|shape| matches_from(shape, s, i, false))))
    })
}

/// A year written alone, or one of `words`.
const fn year_or(words: &'static [&'static str], optional: bool) -> Step {
    Step { words, year: true, optional }
}

/// A heading that is only the main-work section's name: `2023年工作开展情况`, `一年来的主要工作及成效`.
pub static MAIN_ONLY: Only = Only::new(&[
    year_or(&["上半年", "今年", "一年来", "过去一年", "本年度"], true),
    opt(&["度"]),
    opt(&["的"]),
    opt(&["主要"]),
    opt(&["工作"]),
    req(&["开展情况", "完成情况", "情况", "回顾", "成绩", "成效", "做法", "总结", "亮点", "主要工作", "履职情况"]),
    opt(&["及", "和", "与"]),
    opt(&["成效", "成绩", "做法", "亮点"]),
]);

/// A heading that is only the problems section's name: `存在的主要问题和不足`, `困难和挑战`.
pub static PROBLEM_ONLY: Only = Only::new(&[
    opt(&["当前", "目前", "工作中"]),
    opt(&["存在", "面临"]),
    opt(&["的"]),
    opt(&["主要"]),
    req(&["问题", "不足", "差距", "短板", "困难"]),
    opt(&["和", "与", "及", "、"]),
    opt(&["不足", "差距", "困难", "原因", "短板", "弱项", "挑战"]),
    opt(&["分析"]),
]);

/// A heading that is only the plan section's name: `2024年工作计划`, `下一步打算`.
pub static PLAN_ONLY: Only = Only::new(&[
    year_or(&["下一步", "下阶段", "下半年", "今后", "明年", "来年", "新的一年"], false),
    opt(&["度"]),
    opt(&["的"]),
    opt(&["工作"]),
    req(&["计划", "打算", "思路", "安排", "任务", "重点", "目标", "设想", "要点"]),
]);

/// Words that carry the plan section anywhere in a heading.
pub const PLAN_WORDS: &[&str] = &[
    "下一步", "下阶段", "下半年", "今后", "明年", "来年", "新的一年", "新一年", "新年度", "未来", "展望", "改进",
    "整改", "建议", "打算", "思路", "设想",
];

/// Shapes that carry the plan section anywhere in a heading: `2024年重点任务`, `努力方向`.
pub const PLAN_SHAPES: &[Shape] = &[
    &[
        year_or(&[], false),
        opt(&["度"]),
        opt(&["的"]),
        opt(&["工作"]),
        req(&["计划", "打算", "思路", "安排", "任务", "重点", "目标", "设想", "要点", "展望", "部署"]),
    ],
    &[req(&["工作", "努力"]), req(&["计划", "打算", "思路", "安排", "设想", "方向", "重点", "目标", "任务", "部署"])],
];

#[cfg(test)]
mod tests {
    use super::*;

    const YEAR: &str = r"(?:[0-9xX×ｘＸ]{2,4}|[〇零○Ｏ一二三四五六七八九]{2,4})年";

    /// Headings and near-headings: the corpus's own and combinations of the shapes' words.
    fn samples() -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for dir in ["../shared/corpus/seeds", "tests/drafts"] {
            let Ok(entries) = std::fs::read_dir(dir) else { continue };
            for e in entries.flatten() {
                if e.path().extension().is_some_and(|x| x == "txt") {
                    let text = std::fs::read_to_string(e.path()).unwrap_or_default();
                    out.extend(text.lines().map(str::trim).filter(|l| l.chars().count() <= 40).map(String::from));
                }
            }
        }
        let mut tokens: Vec<&str> = vec![
            "2023年", "20xx年", "二〇二三年", "二〇年", "2023", "20235年", "1年", "年", "年度", "一、", "（二）",
            "加强", "，", "我们", "度", "的",
        ];
        for shape in [MAIN_ONLY.steps, PROBLEM_ONLY.steps, PLAN_ONLY.steps].iter().chain(PLAN_SHAPES) {
            for step in shape.iter() {
                tokens.extend(step.words.iter().copied());
            }
        }
        tokens.extend(PLAN_WORDS);
        out.extend(crate::rules::test_util::random_lines(&tokens, 30000, 6, 7));
        out
    }

    #[test]
    fn shapes_agree_with_the_regexes_they_replaced() {
        let regex = |p: &str| crate::pattern::builtin(p);
        let main = regex(&format!(
            r"^(?:{YEAR}|上半年|今年|一年来|过去一年|本年度)?(?:度)?(?:的)?(?:主要)?(?:工作)?(?:开展情况|完成情况|情况|回顾|成绩|成效|做法|总结|亮点|主要工作|履职情况)(?:及|和|与)?(?:成效|成绩|做法|亮点)?$"
        ));
        let problem = regex(
            r"^(?:当前|目前|工作中)?(?:存在|面临)?(?:的)?(?:主要)?(?:问题|不足|差距|短板|困难)(?:和|与|及|、)?(?:不足|差距|困难|原因|短板|弱项|挑战)?(?:分析)?$",
        );
        let plan_only = regex(&format!(
            r"^(?:{YEAR}|下一步|下阶段|下半年|今后|明年|来年|新的一年)(?:度)?(?:的)?(?:工作)?(?:计划|打算|思路|安排|任务|重点|目标|设想|要点)$"
        ));
        let plan = regex(&format!(
            r"下一步|下阶段|下半年|今后|明年|来年|新的一年|新一年|新年度|未来|展望|{YEAR}(?:度)?(?:的)?(?:工作)?(?:计划|打算|思路|安排|任务|重点|目标|设想|要点|展望|部署)|(?:工作|努力)(?:计划|打算|思路|安排|设想|方向|重点|目标|任务|部署)|改进|整改|建议|打算|思路|设想"
        ));
        let samples = samples();
        let mut hits = [0; 4];
        for s in &samples {
            let got = [MAIN_ONLY.is_whole(s), PROBLEM_ONLY.is_whole(s), PLAN_ONLY.is_whole(s), names_plan(s, &[])];
            let want = [main.is_match(s), problem.is_match(s), plan_only.is_match(s), plan.is_match(s)];
            assert_eq!(got, want, "{s:?}");
            for k in 0..4 {
                hits[k] += want[k] as usize;
            }
        }
        // The samples must exercise every shape both ways, or the comparison proves little.
        assert!(
            hits.iter().all(|&h| h >= 50 && h + 50 <= samples.len()),
            "matches per shape: {hits:?} of {}",
            samples.len()
        );
    }

    #[test]
    fn years_of_both_scripts_and_template_years() {
        assert!(PLAN_ONLY.is_whole("2024年工作计划"));
        assert!(PLAN_ONLY.is_whole("二〇二四年度工作要点"));
        assert!(PLAN_ONLY.is_whole("20xx年工作打算"));
        assert!(!PLAN_ONLY.is_whole("2〇24年工作计划"), "one script per year");
        assert!(!PLAN_ONLY.is_whole("20245年工作计划"));
        assert!(names_plan("关于12024年重点", &[]), "a year may start inside a longer run of digits");
        assert!(!names_plan("主要任务", &[]) && names_plan("主要任务", &["任务"]), "the profile's own words count");
    }
}
