//! Tests of `lexicon`, beside it.

use super::*;
use crate::rules::term::Term;
use crate::rules::test_util::{assert_clean, assert_flags, findings};

#[test]
fn the_lexicon_is_several_hundred_terms() {
    let lex = &*LEXICON;
    assert!(lex.term_count() >= 400, "{} terms", lex.term_count());
    for (wrong, right, _) in &lex.wrong {
        let wrong: String = wrong.iter().collect();
        assert!(wrong.chars().count() >= 2, "{wrong}");
        assert!(lex.is_correct(right), "the right form of {wrong} is a term: {right}");
        assert!(!lex.is_correct(&wrong), "{wrong} is listed as right and wrong");
    }
}

#[test]
fn no_entry_is_flagged() {
    // Each entry alone, inside a sentence, after a function word and at a paragraph's edge.
    for entry in entries(DATA) {
        let t = match entry {
            Entry::Term(t) | Entry::Phrase(t) => t,
            Entry::Wrong(_, right, _) => right,
        };
        for text in [t.to_string(), format!("坚持{t}不动摇"), format!("我们为{t}。"), format!("的{t}")] {
            let f = findings(&Term, &text);
            assert!(f.is_empty(), "{text}: {:?}", f.iter().map(|f| &f.message).collect::<Vec<_>>());
        }
    }
}

#[test]
fn no_entry_is_flagged_beside_another() {
    // Terms side by side: a term's edge next to another's must not read as a slip.
    let all: Vec<&str> = entries(DATA)
        .filter_map(|e| match e {
            Entry::Term(t) | Entry::Phrase(t) => Some(t),
            Entry::Wrong(..) => None,
        })
        .collect();
    for pair in all.windows(2) {
        let text = format!("{}{}", pair[0], pair[1]);
        let f = findings(&Term, &text);
        assert!(f.is_empty(), "{text}: {:?}", f.iter().map(|f| &f.message).collect::<Vec<_>>());
    }
}

/// The index finds every one-character change, drop and doubling of every term, wherever it
/// is in the term (what is reported is judged after).
#[test]
fn the_index_misses_no_edit() {
    let lex = &*LEXICON;
    let mut tried = 0;
    for (id, term) in lex.terms.iter().enumerate() {
        let n = term.len();
        for p in 0..n {
            let mut changed = term.to_vec();
            changed[p] = '鑫';
            let mut dropped = term.to_vec();
            dropped.remove(p);
            let mut doubled = term.to_vec();
            doubled.insert(p, term[p]);
            for (edited, want) in
                [(changed, Edit::Changed(p)), (dropped, Edit::Dropped(p)), (doubled, Edit::Doubled(p))]
            {
                if edit(term, &edited) != Some(want) {
                    continue; // a doubled letter reads as its neighbour's edit
                }
                let text = format!("我们{}工作", edited.iter().collect::<String>());
                let found = hits(lex, &text).0;
                let hit = Hit::Near(id, 2, 2 + edited.len(), want);
                // Doubling the first or last character reads as the term beside an extra
                // character (and is never reported: `全县县域经济`); nor are the edits that
                // `may_report` turns down.
                if want != Edit::Doubled(0) && want != Edit::Doubled(n - 1) && may_report(n, want) {
                    assert!(found.contains(&hit), "{term:?} edited {edited:?}: {found:?}");
                }
                tried += 1;
            }
        }
    }
    assert!(tried > 10_000, "{tried}");
}

#[test]
fn edits() {
    let t: Vec<char> = "奋斗目标".chars().collect();
    let w = |s: &str| s.chars().collect::<Vec<char>>();
    assert_eq!(edit(&t, &w("奇斗目标")), Some(Edit::Changed(0)));
    assert_eq!(edit(&t, &w("奋斗目")), Some(Edit::Dropped(3)));
    assert_eq!(edit(&t, &w("奋斗斗目标")), Some(Edit::Doubled(1)));
    assert_eq!(edit(&t, &w("奋斗和目标")), None);
    assert_eq!(edit(&t, &w("奋斗目标")), None);
    assert_eq!(edit(&t, &w("奋力目的")), None);
}

#[test]
fn a_changed_character() {
    assert_flags(&Term, "开启第二个百年奇斗目标新征程", &["第二个百年奇斗目标"]);
    assert_flags(&Term, "宣传党的根本路线、方针、政策", &["党的根本路线"]);
    assert_flags(&Term, "以习近平新时代中国特色社会主义思相为指导", &["习近平新时代中国特色社会主义思相"]);
    assert_flags(&Term, "加强党风廉正建设", &["党风廉正建设"]);
    let f = findings(&Term, "开启第二个百年奇斗目标新征程");
    assert_eq!(f[0].fixes[0].replacement, "第二个百年奋斗目标");
    assert_eq!(f[0].severity, Severity::Warning);
    assert!(!f[0].fixes[0].safe, "a guess is not fixed with one click");
    let f = findings(&Term, "加强党风廉正建设");
    assert_eq!(f[0].severity, Severity::Warning);
}

#[test]
fn a_dropped_character() {
    assert_flags(&Term, "作为风廉政建设和反腐败工作的一项任务", &["风廉政建设和反腐败工作"]);
    assert_flags(&Term, "加强组织建设和风廉政建设", &["风廉政建设"]);
    assert_flags(&Term, "推进全面从严治党向纵发展", &["全面从严治党向纵发展"]);
    assert_flags(&Term, "学习习近平新时代中国特色社会主义想", &["习近平新时代中国特色社会主义想"]);
    // After a character that makes a word with the rest: 行风 (a trade's conduct).
    assert_clean(&Term, "加强医院行风廉政建设");
    assert_clean(&Term, "加强作风廉政建设");
    // A term's tail is often a phrase of its own.
    assert_clean(&Term, "坚持以人民为中心的发展理念");
}

#[test]
fn a_doubled_character() {
    assert_flags(&Term, "全面推进乡村村振兴", &["全面推进乡村村振兴"]);
    assert_flags(&Term, "推动乡村村振兴", &["乡村村振兴"]);
    let f = findings(&Term, "推动乡村村振兴");
    assert_eq!(f[0].fixes[0].replacement, "乡村振兴");
    assert!(f[0].fixes[0].safe);
    // At a term's edge the doubling is two words: 全县 + 县域经济.
    assert_clean(&Term, "全县县域经济稳步发展");
}

#[test]
fn censored_terms() {
    assert_flags(&Term, "以习新时代中国特色.主义思想为指导", &["新时代中国特色.主义思想"]);
    assert_flags(&Term, "深入学习贯彻党的.精神及.系列重要讲话精神", &["党的.精神", ".系列重要讲话精神"]);
    let f = findings(&Term, "学习党的.精神");
    assert!(f[0].fixes.is_empty(), "十八大, 十九大 or 二十大: no guess");
    let f = findings(&Term, "坚持中国特色.主义道路");
    assert_eq!(f[0].fixes[0].replacement, "中国特色社会主义道路");
    assert_clean(&Term, "完成全年任务.下一步将继续努力");
    assert_clean(&Term, "详见附件1.2");
}

#[test]
fn lookalikes_are_fine() {
    for text in [
        "高质量开展主题教育",
        "优化经商环境",
        "基层团组织建设",
        "主题团日活动",
        "学习党的十九届历次全会精神和二十届三中全会精神",
        "第一个百年奋斗目标",
        "管党治党的根本方略",
        "全县县域经济",
        "推进精准脱贫攻坚",
        "落实三个代表重要思想和四个全面战略布局",
    ] {
        assert_clean(&Term, text);
    }
}

#[test]
fn the_data_without_comments_has_every_entry_of_the_file() {
    let file = std::str::from_utf8(WITH_COMMENTS).unwrap();
    assert!(DATA.len() < file.len() && !DATA.contains('#'));
    assert_eq!(entries(DATA).collect::<Vec<_>>(), entries(file).collect::<Vec<_>>());
    let mut out = [0; 40];
    let n = without_comments(b"# head\nterm  # why\n= phrase\n\n", &mut out);
    assert_eq!(&out[..n], b"term\n= phrase\n");
}
