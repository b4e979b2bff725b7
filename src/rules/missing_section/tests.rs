//! Tests of `missing_section`, beside it.

use super::*;
use crate::rules::test_util::{findings, findings_with};

#[test]
fn clause_breaks_list_every_blank() {
    let blanks: Vec<char> = (0..=0x10FFFF).filter_map(char::from_u32).filter(|c| c.is_whitespace()).collect();
    assert!(blanks.iter().all(|c| CLAUSE_BREAKS.contains(c)), "{blanks:?}");
    assert_eq!(CLAUSE_BREAKS.len(), blanks.len() + 11);
}

/// The paragraph phrases against the regexes they replaced, match for match, on generated
/// text made of their own words, fillers and sentence ends.
#[test]
fn paragraph_phrases_agree_with_the_regexes_they_replaced() {
    let problem = crate::pattern::builtin(
        r"(?:存在|还有|仍有|尚有|也有|面临|暴露|发现)[^。！？]{0,30}(?:问题|不足|差距|短板|弱项|薄弱|困难|欠缺|瓶颈)|(?:不足|差距|短板|弱项|问题)(?:之处|主要|表现|在于|是[:：])|清醒(?:地)?(?:认识|看到)|(?:虽然|尽管|虽)[^。]{0,40}(?:成绩|成效|进展|成果)[^。]{0,20}(?:但|然而|不过)|有待(?:于)?(?:进一步)?(?:加强|提高|改进|提升|完善|加大|深化|增强)|(?:还|仍|尚)(?:不够|不高|不强|较弱|较低|滞后|欠缺|存在|需|有待)|不尽如人意|不平衡|不充分",
    );
    let plan = crate::pattern::builtin(
        r"(?:^|[。；;！？!?，,：:\s])(?:下一步|下阶段|下半年|今后|明年|来年|新的一年|新一年|展望未来|未来)[^。；]{0,30}?(?:将|要|计划|拟|打算|力争|继续|努力|重点|着力|准备|争取)|(?:我们|我局|我会|本人|我)(?:将|要|打算|计划)(?:继续|进一步|以|在|着力|重点|坚持|紧紧|围绕|认真|不断|全面|切实|努力|做好|抓好|加强|加大|强化|深化|推进)",
    );
    let mut pieces: Vec<&str> = vec![
        "。", "！", "？", "；", ";", "，", ",", "：", ":", " ", "\u{3000}", "\n", "工作", "同志们", "a", "1", "是",
        "地", "于", "进一步",
    ];
    for phrase in [&PROBLEM_PARAGRAPH, &PLAN_PARAGRAPH] {
        for seq in phrase.alternatives() {
            for item in seq.iter() {
                if let Words(words) = item {
                    pieces.extend(words.iter().filter(|w| !w.is_empty()));
                }
            }
        }
    }
    // Long lines reach the bounds of the runs ({0,30}, {0,40}); short ones match more often.
    let mut lines = crate::rules::test_util::random_lines(&pieces, 20000, 40, 5);
    lines.extend(crate::rules::test_util::random_lines(&pieces, 20000, 6, 9));
    lines.extend(
        [
            "虽然取得了一定成绩但",
            "虽然一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十成绩但",
            "存在一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十问题",
            "存在一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一问题",
            "下一步将",
            "，今后将",
            "我们将继续",
            "问题是：",
            "差距是:",
            "清醒认识",
            "有待于进一步加强",
            "有待提高",
            "还不够",
            "不尽如人意",
        ]
        .map(String::from),
    );
    let mut hits = [0, 0];
    for line in &lines {
        for (k, (phrase, re)) in [(&PROBLEM_PARAGRAPH, &problem), (&PLAN_PARAGRAPH, &plan)].into_iter().enumerate() {
            let got: Vec<_> = phrase.find_iter(line).into_iter().map(|(r, _)| r).collect();
            let want: Vec<_> = re.find_iter(line).map(|m| m.range()).collect();
            assert_eq!(got, want, "{line:?}");
            hits[k] += !want.is_empty() as usize;
        }
    }
    assert!(hits.iter().all(|&h| h > 2000 && h + 2000 < lines.len()), "lines matched: {hits:?} of {}", lines.len());
}

fn severities(text: &str) -> Vec<(Severity, String)> {
    findings(&MissingSection, text).into_iter().map(|f| (f.severity, text[f.range].to_string())).collect()
}

#[track_caller]
fn assert_silent(text: &str) {
    let f = findings(&MissingSection, text);
    assert!(f.is_empty(), "{text:?}: {:?}", f.iter().map(|f| &f.message).collect::<Vec<_>>());
}

#[track_caller]
fn assert_missing(text: &str, severity: Severity, anchor: &str, names: &[&str]) {
    let f = findings(&MissingSection, text);
    assert_eq!(f.len(), 1, "{text:?}: {:?}", f.iter().map(|f| &f.message).collect::<Vec<_>>());
    assert_eq!(f[0].severity, severity, "{}", f[0].message);
    assert_eq!(&text[f[0].range.clone()], anchor);
    for n in names {
        assert!(f[0].message.contains(n), "{} lacks {n}", f[0].message);
    }
}

const MAIN: &str = "一年来,我们围绕中心、服务大局,开展了各项工作,认真组织了学习活动,取得了较好成效。";
const PROBLEMS: &str = "在肯定成绩的同时,我们也清醒地认识到工作中还存在一些不足。";
const PLAN: &str = "下一步,我们将继续加强学习,抓好落实。";
/// A neutral paragraph that makes a draft long enough to be judged without headings.
const FILLER: &str = "这一时期,单位按照上级部署,召开了多次会议,印发了多份文件,安排专人负责,建立了台账,并按月报送进度。各部门密切配合,分工明确,责任到人,形成了上下联动的格局,为各项任务按期完成打下了基础。同时,通过走访调研、座谈交流等方式广泛听取意见,及时调整了部分安排,使各项工作更加贴近实际、贴近群众。全年共召开专题会议十二次,印发通知二十余份,编发简报四十期,各项制度逐步健全,日常管理更加规范,档案资料整理归档及时完整。";

#[test]
fn summary_with_headings() {
    assert_silent(
        "某局2023年工作总结\n一、主要工作及成效\n内容。\n二、存在的问题和不足\n内容。\n三、下一步工作计划\n内容。",
    );
    assert_silent("某局2023年工作总结\n一、工作开展情况\n内容。\n二、差距与不足\n内容。\n三、2024年工作思路\n内容。");
    assert_silent("某局2023年工作总结\n一、亮点工作\n内容。\n二、短板弱项\n内容。\n三、今后工作打算\n内容。");
    assert_missing(
        "某局2023年工作总结\n一、主要工作\n内容。\n二、下一步工作计划\n内容。",
        Severity::Warning,
        "某局2023年工作总结",
        &["存在的问题", "工作总结"],
    );
    assert_missing(
        "某局2023年工作总结\n一、主要工作\n内容。\n二、存在问题\n内容。",
        Severity::Warning,
        "某局2023年工作总结",
        &["下一步"],
    );
}

#[test]
fn summary_without_headings() {
    assert_silent(&format!("某局2023年工作总结\n{FILLER}\n{MAIN}\n{PROBLEMS}\n{PLAN}"));
    assert_silent(&format!("某局2023年工作总结\n{FILLER}\n{MAIN}\n虽然取得了一些成绩,但与上级要求相比仍有差距。\n明年,我们要进一步加强学习。"));
    assert_missing(
        &format!("某局2023年工作总结\n{FILLER}\n{MAIN}\n{PLAN}"),
        Severity::Warning,
        "某局2023年工作总结",
        &["存在的问题"],
    );
    assert_missing(
        &format!("某局2023年工作总结\n{FILLER}\n{MAIN}\n{PROBLEMS}"),
        Severity::Warning,
        "某局2023年工作总结",
        &["下一步"],
    );
}

#[test]
fn a_promised_plan_missing_is_an_error_at_the_promise() {
    let text = format!("××区妇联2022年工作总结及下阶段工作计划.docx\n{FILLER}\n1、区妇联2022年工作总结及下阶段工作计划 区妇联2017年工作总结。{MAIN}\n{PROBLEMS}\n- ××区妇联2022年工作总结及下阶段工作计划");
    assert_eq!(severities(&text), [(Severity::Error, "下阶段工作计划".to_string())]);
    // Both halves present: silent.
    assert_silent(&format!("某局2022年工作总结及2023年工作计划\n{MAIN}\n{PROBLEMS}\n二、2023年工作计划\n内容。"));
    // Promised problems missing too, and the plan: one error each.
    let text = format!("关于某项工作情况及存在问题的报告\n{FILLER}\n{MAIN}\n{PLAN}");
    assert_eq!(severities(&text), [(Severity::Error, "存在问题".to_string())]);
}

#[test]
fn work_report_profile() {
    assert_silent(&format!(
        "县妇联工作报告\n二〇一三年工作回顾\n一、固本强基\n{MAIN}\n{PROBLEMS}\n二〇一四年工作思路\n一、推进创业"
    ));
    assert_silent(
        "县妇联工作报告\n一、过去五年的工作回顾\n内容。\n二、存在的困难和问题\n内容。\n三、今后五年的主要任务\n内容。",
    );
    assert_missing(
        "县妇联工作报告\n一、过去五年的工作回顾\n内容。\n二、今后五年的主要任务\n内容。",
        Severity::Warning,
        "县妇联工作报告",
        &["工作报告", "存在的问题"],
    );
    assert_missing(
        "县妇联工作报告\n一、工作回顾\n内容。\n二、存在问题\n内容。",
        Severity::Warning,
        "县妇联工作报告",
        &["今后任务"],
    );
}

#[test]
fn duty_report_profile() {
    assert_silent("2023年个人述职报告\n一、履职情况\n内容。\n二、存在的不足\n内容。\n三、今后努力方向\n内容。");
    assert_silent(&format!(
        "2023年个人述职报告\n{FILLER}\n本人分管宣传工作,认真履行职责。\n{PROBLEMS}\n今后,我将努力克服不足。"
    ));
    assert_missing(
        "2023年个人述职报告\n一、履职情况\n内容。\n二、今后打算\n内容。",
        Severity::Warning,
        "2023年个人述职报告",
        &["述职报告", "存在的问题"],
    );
    assert_missing(
        "2023年个人述职报告\n一、履职情况\n内容。\n二、存在的不足\n内容。",
        Severity::Warning,
        "2023年个人述职报告",
        &["努力方向"],
    );
}

#[test]
fn work_plan_profile() {
    assert_silent("某局2024年工作计划\n一、指导思想\n内容。\n二、主要任务\n内容。\n三、保障措施\n内容。");
    assert_silent("某局2024年工作要点\n以党的精神为指导,力争全年目标完成。\n开展学习活动。\n加强组织领导,落实责任。");
    assert_missing(
        "某局2024年工作计划\n一、工作目标\n内容。\n二、重点任务\n内容。",
        Severity::Warning,
        "某局2024年工作计划",
        &["保障措施", "工作计划"],
    );
    assert_missing(
        "某局2024年工作计划\n一、主要任务\n内容。\n二、保障措施\n内容。",
        Severity::Warning,
        "某局2024年工作计划",
        &["指导思想"],
    );
}

#[test]
fn default_profile_and_untitled_drafts() {
    // No title, or a title not naming the genre: a guess, only shown as info.
    let text = format!("尊敬的各位领导:\n{FILLER}\n{MAIN}\n{PLAN}");
    assert_eq!(severities(&text), [(Severity::Info, "尊敬的各位领导".to_string())]);
    let text = format!("社区妇联这一年\n{FILLER}\n{MAIN}\n{PLAN}");
    assert_eq!(severities(&text), [(Severity::Info, "社区妇联这一年".to_string())]);
    // A snippet is not judged.
    assert_silent("全年举办讲座待填场");
    assert_silent(&"待填".repeat(30));
    assert_silent(&format!(
        "尊敬的各位领导:\n回顾过去,砥砺前行\n{MAIN}\n正视问题,剖析原因\n内容。\n展望未来,奋勇拼搏\n内容。"
    ));
}

#[test]
fn sections_out_of_order() {
    let text = "某局2023年工作总结\n一、主要工作\n内容。\n二、下一步工作计划\n内容。\n三、存在问题\n内容。";
    let f = findings(&MissingSection, text);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].severity, Severity::Warning);
    assert_eq!(&text[f[0].range.clone()], "二、下一步工作计划");
    // Headings that only mention a word are not judged.
    assert_silent(
        "某局2023年工作总结\n一、主要工作\n(一)切实解决群众问题\n二、存在问题\n内容。\n三、下一步工作计划\n内容。",
    );
}

#[test]
fn pasted_documents_are_checked_each() {
    let one = "xx街道妇联2022年工作总结\n一、主要工作\n内容内容内容内容内容内容内容内容内容内容内容内容内容内容内容内容内容内容。\n二、存在问题\n内容。\n三、下一步打算\n内容。";
    let two = "yy社区妇联2022年工作总结\n一、主要工作\n内容内容内容内容内容内容内容内容内容内容内容内容内容内容内容内容内容内容。\n二、存在问题\n内容。";
    let text = format!("{one}\n{two}");
    assert_eq!(severities(&text), [(Severity::Warning, "yy社区妇联2022年工作总结".to_string())]);
}

#[test]
fn custom_sections_replace_the_profile() {
    let config = Config::from_json(
        r#"{"sections": [
            {"name": "工作成效", "synonyms": ["成效"]},
            {"name": "风险隐患", "patterns": ["风险|隐患"], "synonyms": ["风险点"]},
            {"name": "经验体会", "synonyms": ["体会"], "required": false}
        ]}"#,
    )
    .unwrap();
    let run = |t: &str| findings_with(&MissingSection, t, &config);
    assert!(run("某局工作总结\n一、工作成效\n二、风险隐患排查").is_empty());
    let f = run("某局工作总结\n一、工作成效\n内容。\n二、其他工作\n内容。");
    assert_eq!(f.len(), 1);
    assert!(f[0].message.contains("风险隐患") && !f[0].message.contains("经验体会"), "{}", f[0].message);
    // A title naming a custom section promises it.
    let f = run("某局工作成效和风险隐患报告\n一、工作成效\n内容。\n二、其他工作\n内容。");
    assert_eq!(f[0].severity, Severity::Error);
    // Order follows the list.
    let f = run("某局工作总结\n一、风险隐患\n二、工作成效");
    assert_eq!(f.len(), 1, "{f:?}");
}

#[test]
fn a_fixed_profile_overrides_the_title() {
    let config = Config::from_json(r#"{"profile": "工作计划"}"#).unwrap();
    let f = findings_with(&MissingSection, "某局2023年工作总结\n一、主要工作\n二、存在问题\n三、下一步打算", &config);
    assert_eq!(f.len(), 1);
    assert!(f[0].message.contains("工作计划") && f[0].message.contains("保障措施"), "{}", f[0].message);
}
