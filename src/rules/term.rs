//! Congress and plenum names cut short or garbled: `党的十和十八届三中全会` (`党的十` is not a
//! congress: 党的十八大 was meant), `党的十八精神` (大 dropped), `十八届三中会` (全 dropped),
//! `三中全全会` (全 doubled), `十八届三全会` (中 dropped).
//!
//! Why it matters: these names are fixed political terms; a broken one in a report to the party
//! committee is a serious slip, and spell checkers do not see it because every character is fine.
//!
//! What it leaves alone: real congresses (`党的十大` of 1973, `党的一大`…`党的二十大`), plenums
//! written out (`十八届三中全会`), lists of plenums (`三中、四中全会`), counts after 党的
//! (`党的十个明确`, `党的十年`), and `三中会议室` (a school's meeting room).
//! `党的精神` after 学习/贯彻/坚持: the congress number is missing (`党的二十大精神`): a warning.
//! Fixed 公文 terms garbled by one character are found from a lexicon (`term/lexicon.txt`; see
//! [`lexicon`]), with the set phrases typed wrong by the input method (`社会主意`, `不忘出心`).
//! A fix is offered when the paragraph names the 届 that settles it (`十八届三中全会` → 党的十八大)
//! or when the missing character is certain (`三中会` → 三中全会).

mod lexicon;

#[cfg(not(target_arch = "wasm32"))]
use super::RuleDocs;
use super::{Context, Rule, RuleMeta};
use crate::analysis::pairs;
use crate::diagnostic::{Finding, Severity};
use crate::text::{char_at, char_before, cn_small_number, Words};
use crate::words;

/// What the rule is called and what it claims (see [`RuleMeta`]).
pub const META: RuleMeta = RuleMeta {
    id: "term",
    title: "用词",
    top_severity: Severity::Error,
    #[cfg(not(target_arch = "wasm32"))]
    docs: RuleDocs {
        summary: "congress and plenum names cut short (`党的十和十八届…`, `三中会`) (error); near misses of about 800 fixed 公文 terms (`src/rules/term/lexicon.txt`, data): a character changed (`男女公平根本国策`, `第二个百年奇斗目标`), dropped (`风廉政建设`) or doubled, words cut out leaving a `.` (`党的.精神`). A doubled character or a listed wrong form is an error with a safe fix; the other near misses are warnings",
        flags: "全面推进乡村村振兴。",
        passes: "全面推进乡村振兴。",
    },
};

pub struct Term;

// The names are found by hand rather than by regex: nearly every report mentions 党的…大 or a
// plenum, and compiling five small regexes was a visible part of the browser's first check.
// A test checks each finder against the regex it replaced.

const DIGITS: &str = "一二三四五六七八九";
const NUMERALS: &str = "一二三四五六七八九十";
type Span = std::ops::Range<usize>;

/// The end of the character at byte `at`, if it is one of `set`.
fn one_of(line: &str, at: usize, set: &str) -> Option<usize> {
    char_at(line, at).filter(|c| set.contains(*c)).map(|c| at + crate::text::char_len(c))
}

/// The first of `words` that `line` has at byte `at`, as a span.
fn word_at(line: &str, at: usize, words: Words) -> Option<Span> {
    words.iter().find(|w| line[at..].starts_with(w)).map(|w| at..at + w.len())
}

/// Where the numbers (`[一…十]{1,3}`) that end at byte `at` begin: the last three of a longer
/// run, as the leftmost regex match takes them.
fn numerals_before(line: &str, at: usize) -> Option<usize> {
    line[..at].char_indices().rev().take(3).take_while(|(_, c)| NUMERALS.contains(*c)).last().map(|(i, _)| i)
}

/// `党的` and a congress number with a ten in it (`十`, `十八`, `二十`), whatever follows:
/// (the whole, the number).
fn party_numbers(line: &str) -> impl Iterator<Item = (Span, Span)> + '_ {
    line.match_indices("党的").filter_map(move |(at, w)| {
        let n = at + w.len();
        let tens = word_at(line, n, words!["二十", "十"])?;
        let end = one_of(line, tens.end, DIGITS).unwrap_or(tens.end);
        Some((at..end, n..end))
    })
}

/// The numbers before each 届 (`十八届`).
fn session_numbers(line: &str) -> impl Iterator<Item = Span> + '_ {
    line.match_indices('届').filter_map(move |(at, _)| numerals_before(line, at).map(|start| start..at))
}

/// `十八届三中` and what follows, a plenum name to check: (the plenum number, its tail
/// `中全全会`, `中中全会`, `中会`, `全会` or `中全会`).
fn plenums_after_sessions(line: &str) -> impl Iterator<Item = (Span, Span)> + '_ {
    line.match_indices('届').filter_map(move |(at, w)| {
        numerals_before(line, at)?;
        let nth_end = one_of(line, at + w.len(), DIGITS)?;
        let tail = word_at(line, nth_end, words!["中全全会", "中中全会", "中会", "全会", "中全会"])?;
        Some((at + w.len()..nth_end, tail))
    })
}

/// A plenum number right before `mark` (`中会`, `中全`) and one of `next` right after:
/// (the whole, the number).
fn plenum_marks<'a>(
    line: &'a str,
    mark: &'static str,
    next: Words<'static>,
) -> impl Iterator<Item = (Span, Span)> + 'a {
    line.match_indices(mark).filter_map(move |(at, _)| {
        let (start, c) = line[..at].char_indices().next_back().filter(|(_, c)| DIGITS.contains(*c))?;
        let after = word_at(line, at + mark.len(), next)?;
        Some((start..after.end, start..start + crate::text::char_len(c)))
    })
}

/// A plenum number without its 届: `三中会精神`.
fn bare_plenums(line: &str) -> impl Iterator<Item = (Span, Span)> + '_ {
    plenum_marks(line, "中会", words!["精神", "上", "召开", "以来"])
}

/// A plenum name missing its 会: `三中全精神`.
fn plenums_without_meeting(line: &str) -> impl Iterator<Item = (Span, Span)> + '_ {
    plenum_marks(line, "中全", words!["精神", "和", "、", "，", ",", "以来"])
}

const PARTY_BIT: u64 = 1 << 0;
const SESSION_BIT: u64 = 1 << 1;
const BARE_PLENUM_BIT: u64 = 1 << 2;
const NO_MEETING_BIT: u64 = 1 << 3;
/// `总书记新…`, `主席新…`: a thought's name with its author's name cut out (see [`name_cut`]).
const NAME_CUT_BIT: u64 = 1 << 4;

/// The pairs each pattern needs (`十` stands for any Chinese numeral, see `bigrams`).
pub(crate) const PAIR_GROUPS: &[Words] =
    &[words!["党的"], words!["十届"], words!["中会"], words!["中全"], words!["记新", "席新", "记系"]];

/// Characters after `党的十…` that end the name there: a conjunction, punctuation or the next word.
const CUT_AFTER: &str = "和、,，及与精以报重胜召决提部。；;的”》)）";

impl Rule for Term {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Finding>) {
        let doc = ctx.doc;
        let mut dots = lexicon::MAX_CENSORED_DOTS;
        let mut near = Vec::new();
        let mut chars = Vec::new();
        for (i, line) in doc.non_blank_lines() {
            let base = doc.lines[i].start;
            // Each pattern needs a pair of characters most paragraphs lack: one pass finds which.
            let mask = pairs::TERM.in_line(&ctx.analysis, i);
            let before = out.len();
            if mask & PARTY_BIT != 0 {
                party_congress(line, base, out);
                congress_missing(line, base, out);
            }
            if mask & (SESSION_BIT | BARE_PLENUM_BIT | NO_MEETING_BIT) != 0 {
                plenums(line, base, mask, out);
            }
            if mask & NAME_CUT_BIT != 0 {
                name_cut(line, base, out);
            }
            // The lexicon's near misses, where the congress and plenum names found nothing.
            lexicon::check_line(line, base, &mut dots, &mut chars, &mut near);
            for f in near.drain(..) {
                if !out[before..].iter().any(|e| e.range.start < f.range.end && f.range.start < e.range.end) {
                    out.push(f);
                }
            }
        }
    }
}

/// The thought that bears its author's name, and the speeches.
const THOUGHT: &str = "新时代中国特色社会主义思想";
const SPEECHES: &str = "系列重要讲话";
/// Their full names.
const WHOLE_THOUGHT: &str = "习近平新时代中国特色社会主义思想";
const WHOLE_SPEECHES: &str = "习近平总书记系列重要讲话";
/// What a censoring site leaves where it cut the name out: the title alone.
const TITLES_LEFT: &[&str] = &["总书记", "主席"];

/// `以总书记新时代中国特色社会主义思想为指导`, `学习贯彻主席新时代…思想`: the name cut out of the
/// thought's name and a title left in its place. The full name (`习近平新时代…思想`) and the
/// thought without a title before it are left alone. Warning: the name is to be put back.
fn name_cut(line: &str, base: usize, out: &mut Vec<Finding>) {
    for name in [THOUGHT, SPEECHES] {
        for (i, _) in line.match_indices(name) {
            let head = &line[..i];
            // The speeches are the 总书记's only; the thought may be named after either title.
            let titles = if name == SPEECHES { &TITLES_LEFT[..1] } else { TITLES_LEFT };
            let Some(title) = titles.iter().find(|t| head.ends_with(**t)) else { continue };
            if head[..head.len() - title.len()].ends_with("习近平") {
                continue;
            }
            let start = i - title.len();
            let end = i + name.len();
            let whole = if name == THOUGHT { WHOLE_THOUGHT } else { WHOLE_SPEECHES };
            out.push(Finding::new(
                META.id,
                Severity::Warning,
                base + start..base + end,
                format!("“{}”缺了人名,应为“{whole}”,请补全", &line[start..end]),
            ));
        }
    }
}

fn party_congress(line: &str, base: usize, out: &mut Vec<Finding>) {
    // The 届 numbers of the paragraph, read once (a paragraph may repeat 党的十 many times).
    let mut sessions: Option<Vec<&str>> = None;
    for (all, number) in party_numbers(line) {
        let next = char_at(line, all.end);
        let cut = match next {
            None => true,
            Some(c) => CUT_AFTER.contains(c),
        };
        if !cut || shared_congress_word(&line[all.end..], &line[number.clone()]) {
            continue; // 党的十八大, 党的十九届, 党的十个明确, 党的十大, 党的十五、十六大
        }
        let text = &line[all.clone()];
        let range = base + all.start..base + all.end;
        let num = &line[number];
        // 党的十八 and then 精神: only 大 is missing. 党的十 alone: the number is cut too;
        // the paragraph's 届 (十八届三中全会) says which congress was meant.
        let full_number = num.chars().count() == 2 || num == "二十";
        let guess = if full_number && num != "十" {
            Some(format!("党的{num}大"))
        } else {
            sessions
                .get_or_insert_with(|| session_numbers(line).map(|r| &line[r]).take(16).collect())
                .iter()
                .filter(|s| s.starts_with(num) && cn_small_number(s).is_some_and(|n| n >= 10))
                .map(|s| format!("党的{s}大"))
                .next()
        };
        let finding = match &guess {
            Some(g) => Finding::new(
                META.id,
                Severity::Error,
                range.clone(),
                format!("“{text}”不完整,应为“{g}”,请补全党代会的届次"),
            ),
            None => Finding::new(
                META.id,
                Severity::Error,
                range.clone(),
                format!("“{text}”不完整,缺少党代会的届次或“大”字(如“党的十八大”),请补全"),
            ),
        };
        out.push(match guess {
            Some(g) => finding.with_fix(range, g, false),
            None => finding,
        });
    }
}

/// `、十六大` after `党的十五`: congresses listed with one 大 for all (`党的十五、十六大`).
/// A shared 届 counts as well when the numbers rise (`党的十八、十九届历次全会`), but not after
/// a lone 十 or the same number twice: `党的十、十八届三中全会` and `党的二十和二十届二中全会`
/// are the cut-short 十八大 and 二十大.
fn shared_congress_word(rest: &str, first: &str) -> bool {
    let mut chars = rest.chars().peekable();
    let mut previous = cn_small_number(first).filter(|&n| n > 10);
    // Each round: a separator, then a congress number; 大 right after a number ends the list.
    while chars.next_if(|c| matches!(c, '、' | '和' | '及' | '与' | '，' | ',')).is_some() {
        let mut number = String::new();
        while number.chars().count() < 3 {
            match chars.next_if(|d| "一二三四五六七八九十".contains(*d)) {
                Some(d) => number.push(d),
                None => break,
            }
        }
        if number.is_empty() {
            return false;
        }
        if chars.peek() == Some(&'大') {
            return true;
        }
        let value = cn_small_number(&number);
        let rising = previous.zip(value).is_some_and(|(p, v)| v > p);
        if chars.peek() == Some(&'届') {
            return rising;
        }
        previous = if rising { value } else { None };
    }
    false
}

/// Verbs (by their last character) after which `党的精神` names a congress's 精神: 学习, 贯彻,
/// 落实, 坚持, 领会, 传达, 遵循, 把握, 领悟, 以, 按照.
const STUDY_VERB_ENDS: &str = "习彻实持会达循握悟以照";
/// What may follow such a `党的精神`: the end of the name.
const AFTER_SPIRIT: &str = "、,，。；;和及与为等";

/// `学习党的精神`: the congress (`党的二十大`) dropped. Not `中国共产党的精神` or `党的精神谱系`.
fn congress_missing(line: &str, base: usize, out: &mut Vec<Finding>) {
    for (at, w) in line.match_indices("党的精神") {
        let before = char_before(line, at);
        let after = char_at(line, at + w.len());
        if !before.is_some_and(|c| STUDY_VERB_ENDS.contains(c)) || after.is_some_and(|c| !AFTER_SPIRIT.contains(c)) {
            continue;
        }
        let range = base + at..base + at + w.len();
        out.push(Finding::new(
            META.id,
            Severity::Warning,
            range,
            "“党的精神”缺少党代会的届次,应写明是哪一次党代会的精神(如“党的二十大精神”)",
        ));
    }
}

fn plenums(line: &str, base: usize, mask: u64, out: &mut Vec<Finding>) {
    // Each finder runs only where its pair of characters occurs.
    let when = |bit: u64| mask & bit != 0;
    for (all, _) in plenums_without_meeting(line).filter(|_| when(NO_MEETING_BIT)) {
        let end = all.start + line[all.start..].find("中全").unwrap() + "中全".len();
        let text = &line[all.start..end];
        let range = base + all.start..base + end;
        out.push(
            Finding::new(META.id, Severity::Error, range.clone(), format!("“{text}”缺少“会”字,应为“{text}会”"))
                .with_fix(range, format!("{text}会"), true),
        );
    }
    for (nth, tail) in plenums_after_sessions(line).filter(|_| when(SESSION_BIT)) {
        let n = &line[nth.clone()];
        // `三全会` may be the Central Committee's 三中全会 or a local committee's 三次全会.
        let (range, fix, what, safe) = match &line[tail.clone()] {
            "中全会" => continue,
            doubled @ ("中全全会" | "中中全会") => {
                // The doubled character and what follows it: `全全会` or `中全会`, to be `全会`.
                let start = tail.start + "中".len();
                let c = &line[start..start + "中".len()];
                (start..tail.end, "全会".to_string(), format!("多了一个“{c}”字(“{n}{doubled}”),应为“{n}中全会”"), true)
            }
            "中会" => (nth.start..tail.end, format!("{n}中全会"), format!("缺少“全”字,应为“{n}中全会”"), true),
            _ => (nth.start..tail.end, format!("{n}中全会"), format!("不完整,应为“{n}中全会”或“{n}次全会”"), false),
        };
        let text = &line[range.clone()];
        let range = base + range.start..base + range.end;
        out.push(
            Finding::new(META.id, Severity::Error, range.clone(), format!("“{text}”{what}")).with_fix(range, fix, safe),
        );
    }
    for (all, number) in bare_plenums(line).filter(|_| when(BARE_PLENUM_BIT)) {
        if char_before(line, all.start) == Some('届') {
            continue; // already reported above
        }
        let n = &line[number];
        let end = all.start + n.len() + "中会".len();
        let text = &line[all.start..end];
        let fix = format!("{n}中全会");
        let range = base + all.start..base + end;
        out.push(
            Finding::new(META.id, Severity::Error, range.clone(), format!("“{text}”缺少“全”字,应为“{fix}”"))
                .with_fix(range, fix, false),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::test_util::{assert_clean, assert_flags, findings};

    #[test]
    fn every_pattern_passes_the_prefilter() {
        assert_eq!(pairs::TERM.scan("党的十八大") & PARTY_BIT, PARTY_BIT);
        assert_eq!(pairs::TERM.scan("十八届三中全会") & SESSION_BIT, SESSION_BIT);
        assert_eq!(pairs::TERM.scan("三中会精神") & BARE_PLENUM_BIT, BARE_PLENUM_BIT);
        assert_eq!(pairs::TERM.scan("三中全精神") & NO_MEETING_BIT, NO_MEETING_BIT);
        assert_eq!(pairs::TERM.scan("全年举办讲座12场,参加人数三百余人。"), 0);
        assert_eq!(pairs::TERM.scan("主席新时代") & NAME_CUT_BIT, NAME_CUT_BIT);
    }

    #[test]
    fn a_thought_with_its_author_cut_out() {
        assert_flags(
            &Term,
            "今年以来,镇始终坚持以总书记新时代中国特色社会主义思想为指导",
            &["总书记新时代中国特色社会主义思想"],
        );
        assert_flags(
            &Term,
            "积极开展学习贯彻主席新时代中国特色社会主义思想主题教育",
            &["主席新时代中国特色社会主义思想"],
        );
        assert_clean(&Term, "坚持以习近平新时代中国特色社会主义思想为指导");
        assert_clean(&Term, "深入学习习近平总书记新时代中国特色社会主义思想");
        assert_clean(&Term, "以新时代中国特色社会主义思想为指导");
        assert_flags(&Term, "以及总书记系列重要讲话精神", &["总书记系列重要讲话"]);
        assert_clean(&Term, "深入学习习近平总书记系列重要讲话精神");
        assert_eq!(
            (WHOLE_THOUGHT, WHOLE_SPEECHES),
            (&*format!("习近平{THOUGHT}"), &*format!("习近平总书记{SPEECHES}"))
        );
    }

    /// The finders replaced these regexes; they must agree with them.
    #[test]
    fn finders_agree_with_the_regexes_they_replaced() {
        let re = crate::pattern::builtin;
        let party = re(r"党的((?:二十|十)[一二三四五六七八九]?)");
        let plenum = re(r"([一二三四五六七八九十]{1,3})届([一二三四五六七八九])(中全全会|中中全会|中会|全会|中全会)");
        let bare = re(r"([一二三四五六七八九])中会(精神|上|召开|以来)");
        let no_meeting = re(r"([一二三四五六七八九])中全(?:精神|和|、|，|,|以来)");
        let session = re(r"([一二三四五六七八九十]{1,3})届");
        let spans = |r: &regex_lite::Regex, line: &str, groups: &[usize]| -> Vec<Vec<Span>> {
            r.captures_iter(line).map(|c| groups.iter().map(|&g| c.get(g).unwrap().range()).collect()).collect()
        };
        let pairs = |v: Vec<(Span, Span)>| -> Vec<Vec<Span>> { v.into_iter().map(|(a, b)| vec![a, b]).collect() };
        let mut lines: Vec<String> = [
            "以党的十和十八届三中全会精神为指引", "党的二十一", "党的二", "二十八届三中全会", "一二十八届三中全全会",
            "十届", "届三中会", "三中会精神三中会上", "十八届三中全精神", "三中全、四中全，五中全以来",
            "党的十八大、党的十九大", "十八届届三中全会", "十九届六中中全会",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        // Random lines made of the pieces these names are made of.
        let pieces = [
            "党的", "党的十", "二十", "十", "一", "八", "九", "届", "十八届", "三", "中", "全", "会", "中会", "中全",
            "中全会", "全会", "精神", "上", "召开", "以来", "和", "、", "，", ",", "x",
        ];
        lines.extend(crate::rules::test_util::random_lines(&pieces, 40000, 9, 99));
        let mut found = [0usize; 5];
        for line in &lines {
            let want = [
                spans(&party, line, &[0, 1]),
                spans(&plenum, line, &[2, 3]),
                spans(&bare, line, &[0, 1]),
                spans(&no_meeting, line, &[0, 1]),
                spans(&session, line, &[1]),
            ];
            let got = [
                pairs(party_numbers(line).collect()),
                pairs(plenums_after_sessions(line).collect()),
                pairs(bare_plenums(line).collect()),
                pairs(plenums_without_meeting(line).collect()),
                session_numbers(line).map(|r| vec![r]).collect(),
            ];
            assert_eq!(got, want, "{line}");
            for k in 0..5 {
                found[k] += !want[k].is_empty() as usize;
            }
        }
        assert!(found.iter().all(|&n| n >= 100), "lines with a match, per finder: {found:?}");
    }

    #[test]
    fn congress_number_cut_short() {
        assert_flags(&Term, "以党的十和十八届三中全会精神为指引", &["党的十"]);
        assert_flags(&Term, "以党的十精神为指引", &["党的十"]);
        assert_flags(&Term, "深入贯彻落实党的十、十八届三中全会精神", &["党的十"]);
        assert_flags(&Term, "学习党的十九精神", &["党的十九"]);
        assert_flags(&Term, "贯彻党的二十精神", &["党的二十"]);
        assert_flags(&Term, "迎接党的十胜利召开", &["党的十"]);
        assert_flags(&Term, "学习党的十", &["党的十"]);
    }

    #[test]
    fn the_fix_comes_from_the_paragraph() {
        let f = findings(&Term, "以党的十和十八届三中全会精神为指引");
        assert_eq!(f[0].fixes[0].replacement, "党的十八大");
        let f = findings(&Term, "学习党的十九精神");
        assert_eq!(f[0].fixes[0].replacement, "党的十九大");
        let f = findings(&Term, "以党的十精神为指引");
        assert!(f[0].fixes.is_empty(), "no 届 in the paragraph: no guess");
        let f = findings(&Term, "以党的十精神为指引,深入贯彻落实二十届三中全会精神");
        assert!(f[0].fixes.is_empty(), "二十届 does not complete 十");
    }

    #[test]
    fn real_congresses_and_counts_are_fine() {
        assert_clean(&Term, "党的十大于1973年召开,党的一大在上海召开");
        assert_clean(&Term, "学习党的十八大、十九大和二十大精神");
        assert_clean(&Term, "党的十八届三中全会,党的十九届四中全会,党的二十届三中全会");
        assert_clean(&Term, "新时代党的十个明确,党的十年奋斗");
        assert_clean(&Term, "党的十一届三中全会以来");
        assert_clean(&Term, "党的二十大报告");
        assert_clean(&Term, "党的xx大精神");
        assert_clean(&Term, "学习党的十五、十六大精神");
        assert_clean(&Term, "党的十七、十八、十九大");
        assert_clean(&Term, "党的十八和十九大报告");
        assert_clean(&Term, "学习党的十八、十九届历次全会精神");
        assert_flags(&Term, "以党的二十和二十届二中全会精神为指引", &["党的二十"]);
        assert_flags(&Term, "党的十、十八届三中全会", &["党的十"]);
    }

    #[test]
    fn plenum_names() {
        assert_flags(&Term, "深入贯彻落实十八届三中会精神", &["三中会"]);
        assert_flags(&Term, "十九届四中会", &["四中会"]);
        assert_flags(&Term, "二十届三中全全会", &["全全会"]);
        assert_flags(&Term, "十九届六中中全会精神", &["中全会"]);
        assert_flags(&Term, "十八届三全会", &["三全会"]);
        assert_flags(&Term, "学习三中会精神", &["三中会"]);
        assert_flags(&Term, "十八届三中全精神", &["三中全"]);
        assert_clean(&Term, "十八届三中全会精神");
        let f = findings(&Term, "十八届三中会精神");
        assert_eq!(f[0].fixes[0].replacement, "三中全会");
        assert!(f[0].fixes[0].safe);
        let f = findings(&Term, "二十届三中全全会");
        assert_eq!(f[0].fixes[0].replacement, "全会");
        assert_eq!(findings(&Term, "十九届六中中全会")[0].fixes[0].replacement, "全会");
    }

    #[test]
    fn plenum_lookalikes_are_fine() {
        assert_clean(&Term, "十八届三中、四中、五中全会");
        assert_clean(&Term, "在三中会议室召开会议");
        assert_clean(&Term, "十九届五中全会");
        assert_clean(&Term, "县三中会同有关部门");
    }

    #[test]
    fn set_phrases_typed_wrong() {
        assert_flags(&Term, "以习近平新时代中国特色社会主意思想为指导", &["社会主意"]);
        assert_flags(&Term, "不忘出心、牢记使名", &["不忘出心", "牢记使名"]);
        let f = findings(&Term, "坚定四个自性");
        assert_eq!(f[0].fixes[0].replacement, "四个自信");
        assert_clean(&Term, "以习近平新时代中国特色社会主义思想为指导,不忘初心、牢记使命,增强“四个意识”");
        assert_clean(&Term, "他讲了四个意思相近的词");
    }

    #[test]
    fn a_common_word_with_a_character_dropped() {
        assert_flags(&Term, "辖区面积1.2平方里,是某集团有限司和地方共建社区", &["平方里", "有限司"]);
        assert_clean(&Term, "辖区面积1.2平方公里,是某集团有限公司和地方共建社区");
        assert_clean(&Term, "用好有限司法资源");
        assert_clean(&Term, "某有限公司司机班,全镇30平方公里里程碑式的变化");
    }

    #[test]
    fn congress_number_dropped() {
        assert_flags(&Term, "坚持党的精神、科学发展观为指导", &["党的精神"]);
        assert_flags(&Term, "认真学习党的精神", &["党的精神"]);
        assert_clean(&Term, "弘扬中国共产党的精神谱系");
        assert_clean(&Term, "学习党的精神谱系");
        assert_clean(&Term, "学习党的二十大精神");
    }

    #[test]
    fn no_panic_on_odd_input() {
        for s in ["党的", "党的十", "届", "十届", "届三中", "中会", "党的二十一"] {
            let _ = findings(&Term, s);
        }
        let _ = findings(&Term, &"党的十".repeat(100_000));
    }
}
