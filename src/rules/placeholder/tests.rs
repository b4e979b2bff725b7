//! Tests of `placeholder`, beside it.

use super::*;
use crate::config::Config;
use crate::rules::test_util::{assert_clean, assert_flags, findings, findings_with};

/// The byte test lets through every character `scan_line` looks at.
#[test]
fn the_first_bytes_let_every_trigger_through() {
    for c in (0..0x11_0000u32).filter_map(char::from_u32).filter(|&c| may_start_placeholder(c)) {
        let mut buf = [0u8; 4];
        assert!(may_lead_placeholder(c.encode_utf8(&mut buf).as_bytes(), 0), "{c:?}");
    }
}

/// `prompt_len` replaced this regex; it must agree with it.
/// `short_years` replaced this regex; it must agree with it.
#[test]
fn short_years_agree_with_the_regex_they_replaced() {
    let old = crate::pattern::builtin(r"(?:19|20)\d年\d{1,2}月");
    for line in [
        "于201年9月召开", "201年12月", "2021年9月", "１９８年３月", "209年１２月底", "20１年5月", "191年123月",
        "202年月", "202年1", "201年9月、202年10月和203年1月", "2201年9月", "x201年9月", "年9月", "201年9",
        "201年9月201年10月", "",
    ] {
        let want: Vec<_> = old.find_iter(line).map(|m| m.range()).collect();
        assert_eq!(short_years(line).collect::<Vec<_>>(), want, "{line}");
    }
}

/// `date_frames` replaced this regex; it must agree with it, groups included.
#[test]
fn date_frames_agree_with_the_regex_they_replaced() {
    let old = crate::pattern::builtin(
        r"((?:19|20)\d{2})?年([ \u{3000}]*)(\d{1,2})?([ \u{3000}]*)月([ \u{3000}]*)(\d{1,2})?([ \u{3000}]*)日",
    );
    let reference = |line: &str| -> Vec<(std::ops::Range<usize>, bool, bool, bool, bool)> {
        old.captures_iter(line)
            .map(|c| {
                let gap = [2, 4, 5, 7].iter().any(|&k| c.get(k).is_some_and(|m| !m.is_empty()));
                (c.get(0).unwrap().range(), c.get(1).is_some(), c.get(3).is_some(), c.get(6).is_some(), gap)
            })
            .collect()
    };
    let ours = |line: &str| -> Vec<_> { date_frames(line).map(|f| (f.range, f.year, f.month, f.day, f.gap)).collect() };
    for line in [
        "2021年9月日", "2021年 月 日", "年 月 日", "年\u{3000}月\u{3000}日", "2021年5月日均", "2021年12月31日",
        "２０２１年１２月３１日", "20２１年1月1日", "192021年1月1日", "2021年123月1日", "2021年1月123日",
        "1899年1月1日", "x2021年1月日", "年月日", "年 1 月 2 日", "2021年9月日和2022年 月 日", "2021年", "年月", "",
        "21年1月1日", "于2021年9月召开,2022年3月日结束",
    ] {
        assert_eq!(ours(line), reference(line), "{line}");
    }
    // Random strings over the characters that matter.
    let pieces = ["年", "月", "日", "1", "9", "2", "0", "１", "２", " ", "\u{3000}", "中", "x"];
    let mut with_frames = 0;
    for line in crate::rules::test_util::random_lines(&pieces, 20000, 16, 12345) {
        let want = reference(&line);
        with_frames += !want.is_empty() as usize;
        assert_eq!(ours(&line), want, "{line:?}");
    }
    assert!(with_frames > 200, "the random lines hold too few date frames to compare: {with_frames}");
}

#[test]
fn prompt_len_agrees_with_the_regex_it_replaced() {
    let old = crate::pattern::builtin(
        r"^\s*(?:此处|这里|在此处?|请在此处?|请)(?:填写|填入|输入|填上|添加|补充|插入|粘贴|替换为|注明|写明|列出)[^()（）\[\]【】\n]{0,40}",
    );
    let reference = |line: &str, pos: usize| {
        let m = old.find(&line[pos..])?;
        let close = char_at(line, pos + m.end())?;
        matches!(close, ')' | '）' | ']' | '］' | '】' | '〕' | '〗').then_some(m.end())
    };
    let long = "很".repeat(39);
    let samples = [
        "（此处填写单位名称）".to_string(),
        "(请填写人数)".to_string(),
        "[ 请在此处输入 ]".to_string(),
        "【在此填入名称】".to_string(),
        "（在此处注明原因）".to_string(),
        "（这里替换为实际内容）".to_string(),
        "（请写明）".to_string(),
        "（请在此列出（一）".to_string(),
        "（此处填写".to_string(),
        "（此处填写内容".to_string(),
        "（请你填写）".to_string(),
        "（填写）".to_string(),
        format!("（请填写{long}）"),
        format!("（请填写{long}很）"),
        format!("（请填写{long}很很）"),
        "（\u{3000}此处添加〕".to_string(),
    ];
    for line in &samples {
        let pos = line.chars().next().unwrap().len_utf8();
        assert_eq!(prompt_len(line, pos), reference(line, pos), "{line}");
    }
}

#[test]
fn bracket_placeholders() {
    assert_flags(&Placeholder, "举办培训班[X]场次,培训妇女群众[X]余人次", &["[X]", "[X]"]);
    assert_flags(&Placeholder, "共有[ ]人参加", &["[ ]"]);
    assert_flags(&Placeholder, "共有[xx]人参加", &["[xx]"]);
    assert_flags(&Placeholder, "【】街道妇联", &["【】"]);
    assert_flags(&Placeholder, "评选出【 】户最美家庭", &["【 】"]);
    assert_flags(&Placeholder, "发放（X）万元", &["（X）"]);
    // A plan's span of years deleted in its title; a dash alone in brackets elsewhere means "none".
    assert_flags(&Placeholder, "推动《县妇女发展规划(―)》和《县儿童发展规划（ — ）》实施", &["(―)", "（ — ）"]);
    assert_clean(&Placeholder, "增长率(—)，比上年(-)，见《表(一)》。");
    assert_flags(&Placeholder, "共有()人参加", &["()"]);
    assert_flags(&Placeholder, "共有［Ｘ］人", &["［Ｘ］"]);
    assert_flags(&Placeholder, "调解成功率达到[X]%以上", &["[X]"]);
}

#[test]
fn bracket_field_names() {
    assert_flags(&Placeholder, "【单位名称】2023年工作总结", &["【单位名称】"]);
    assert_flags(&Placeholder, "由（姓名）同志负责,共培训[人数]人", &["（姓名）", "[人数]"]);
    assert_flags(&Placeholder, "于【时间】在【地点】召开", &["【时间】", "【地点】"]);
    assert_clean(&Placeholder, "完成（时间）、责任（单位）");
    assert_clean(&Placeholder, "【单位名称变更】");
    assert!(findings(&Placeholder, "【单位名称】")[0].message.contains("实际的单位名称"));
}

#[test]
fn bracket_prompts() {
    assert_flags(&Placeholder, "由（此处填写单位名称）牵头", &["（此处填写单位名称）"]);
    assert_flags(&Placeholder, "共培训(请填写人数)人", &["(请填写人数)"]);
    assert_flags(&Placeholder, "【请输入标题】", &["【请输入标题】"]);
    assert_clean(&Placeholder, "（填写时间：2023年5月）已完成");
    assert_clean(&Placeholder, "（一）加强组织建设");
    assert_clean(&Placeholder, "按照(2021)12号文件要求");
}

#[test]
fn ordinary_brackets_are_not_placeholders() {
    assert_clean(&Placeholder, "（一）加强组织建设");
    assert_clean(&Placeholder, "区委办发〔2020〕12号");
    assert_clean(&Placeholder, "【典型案例】");
    assert_clean(&Placeholder, "函数f(x)的图像");
    assert_clean(&Placeholder, "调用print()函数");
    assert_clean(&Placeholder, "开创新局面!()"); // residue, not a blank
}

#[test]
fn plus_signs() {
    assert_flags(&Placeholder, "不断完善++工作机制,畅通++渠道", &["++", "++"]);
    assert_flags(&Placeholder, "共调解婚姻家庭++[X]起", &["++", "[X]"]);
    assert_flags(&Placeholder, "完善＋＋机制", &["＋＋"]);
    assert_clean(&Placeholder, "通过“企业+产业项目+妇女”等模式");
    assert_clean(&Placeholder, "学习C++编程");
    assert_clean(&Placeholder, "成绩A++");
}

#[test]
fn x_runs() {
    assert_flags(&Placeholder, "对xx年工作做简要回顾", &["xx"]);
    assert_flags(&Placeholder, "受XX县妇联常委会委托", &["XX"]);
    assert_flags(&Placeholder, "××区妇联2022年工作总结", &["××"]);
    assert_flags(&Placeholder, "20xx年,xx办事处妇联", &["20xx", "xx"]);
    assert_flags(&Placeholder, "20XX年度", &["20XX"]);
    assert_flags(&Placeholder, "201x年", &["201x"]);
    assert_flags(&Placeholder, "XXX同志", &["XXX"]);
    assert_flags(&Placeholder, "学习xxx系列讲话精神", &["xxx"]);
    assert_flags(&Placeholder, "(区委办发〔20xx〕xx号)", &["20xx", "xx"]);
    assert_flags(&Placeholder, "培训1xx人", &["1xx"]);
    assert_flags(&Placeholder, "ＸＸ市", &["ＸＸ"]);
    assert_flags(&Placeholder, "以党的xx大和xx大精神为指导", &["xx", "xx"]);
    assert_flags(&Placeholder, "康xx、肖xx", &["xx", "xx"]);
}

#[test]
fn lone_x() {
    assert_flags(&Placeholder, "其中x同学获三等奖", &["x"]);
    assert_flags(&Placeholder, "社区有失业人员x名。", &["x"]);
    assert_flags(&Placeholder, "其中x新村x幢x单元", &["x", "x", "x"]);
    assert_flags(&Placeholder, "走访援x抗疫医护人员", &["x"]);
    assert_flags(&Placeholder, "一年来,x社区在镇党委领导下", &["x"]);
    assert_flags(&Placeholder, "X市妇联", &["X"]);
    assert_flags(&Placeholder, "第X届", &["X"]);
    assert_flags(&Placeholder, "×区妇联", &["×"]);
    assert_flags(&Placeholder, "下发了金东组复〔201X〕2号《批复》", &["201X"]);
    assert_clean(&Placeholder, "分辨率为[1920x1080]");
    assert_clean(&Placeholder, "规格(20x)");
}

#[test]
fn latin_words_codes_and_terms_are_left_alone() {
    assert_clean(&Placeholder, "制作环保VCR宣传片,利用LED电子屏,组建QQ群");
    assert_clean(&Placeholder, "手工DIY活动,E管家超市,PPT文件");
    assert_clean(&Placeholder, "举报电话12338");
    assert_clean(&Placeholder, "下载App,升级到2.0版本");
    assert_clean(&Placeholder, "Windows XP系统,Excel表格");
    assert_clean(&Placeholder, "免费X光检查、B超检查、X射线透视");
    assert_clean(&Placeholder, "以x轴为横坐标,x坐标和y值");
    assert_clean(&Placeholder, "工作计划.docx");
    assert_clean(&Placeholder, "3×3篮球赛,4×100米接力,分辨率1920x1080");
    assert_clean(&Placeholder, "长×宽×高");
    assert_clean(&Placeholder, "方程y=2x+1");
    assert_clean(&Placeholder, "Xbox和xbox");
    assert_clean(&Placeholder, "某镇妇联2023年工作总结");
}

#[test]
fn someone_and_circles_and_blanks() {
    assert_flags(&Placeholder, "某某区妇联", &["某某"]);
    assert_flags(&Placeholder, "某某某同志", &["某某某"]);
    assert_clean(&Placeholder, "帮助王某某追回欠款");
    assert_clean(&Placeholder, "某镇、某村");
    assert_flags(&Placeholder, "○○街道", &["○○"]);
    assert_flags(&Placeholder, "□□县妇联", &["□□"]);
    assert_flags(&Placeholder, "**县妇联\n＊＊＊同志", &["**", "＊＊＊"]);
    assert_clean(&Placeholder, "**重点工作**");
    assert_clean(&Placeholder, "注:带*号的为必填项,**表示重要");
    assert_clean(&Placeholder, "第Ⅹ章,第ⅩⅩ届"); // Roman numerals
    assert_clean(&Placeholder, "二○○八年");
    assert_clean(&Placeholder, "○一项工作");
    assert_flags(&Placeholder, "共有＿＿人", &["＿＿"]);
    assert_flags(&Placeholder, "共有___人", &["___"]);
    assert_clean(&Placeholder, "________________");
    assert_clean(&Placeholder, "变量my_var");
}

#[test]
fn single_blanks_left_for_names_and_figures() {
    assert_flags(&Placeholder, "__乡位于_县东部,总面积_平方公里,辖_个行政村", &["__", "_", "_", "_"]);
    assert_flags(&Placeholder, "仔细贯彻党的_大精神", &["_"]);
    assert_flags(&Placeholder, "占党员总数的_%", &["_"]);
    assert_flags(&Placeholder, "三十七团七连20__年庆“三八”活动总结", &["20__"]);
    assert_clean(&Placeholder, "SolidWorks_CaTia_CAD_UG_PROE_设计图分享");
    assert_clean(&Placeholder, "销售部工作总结汇报_第1页");
    assert_clean(&Placeholder, "文件名report_2023_final.docx");
    assert_clean(&Placeholder, "编号A_1");
    assert_flags(&Placeholder, "新建了20__多平方米的教学楼", &["20__"]);
    assert_clean(&Placeholder, "编号2023_1号");
}

#[test]
fn stars_left_for_names_and_figures() {
    assert_flags(&Placeholder, "也是**发展史上极不寻常的一年,基本完成县**届人大一次会议确定的目标", &["**", "**"]);
    assert_flags(&Placeholder, "突破***亿元,同比增长*%;", &["***", "*"]);
    assert_flags(&Placeholder, "开展专题调研*余次", &["*"]);
    assert_flags(&Placeholder, "科学应对“*·**”疫情", &["*", "**"]);
    assert_flags(&Placeholder, "批准了20*年财政决算", &["20*"]);
    assert_flags(&Placeholder, " **镇**树村提升人居环境", &["**", "**"]);
    assert_flags(&Placeholder, "**树居民小组隶属**居委会", &["**", "**"]);
    assert_flags(&Placeholder, "(**委办〔**〕56号文件)", &["**", "〔**〕"]);
    assert_clean(&Placeholder, "**一、总体情况**");
    assert_clean(&Placeholder, "我们要**坚持党的领导**,推进工作");
    assert_clean(&Placeholder, "* 加强学习\n* 完善制度");
    assert_clean(&Placeholder, "面积为3*4米");
    assert_clean(&Placeholder, "*注:数据截至年底");
    assert_clean(&Placeholder, "Windows*");
}

#[test]
fn percent_signs_without_figures() {
    assert_flags(&Placeholder, "滞后率占比%。总体上,重点工作滞后项目占比约%。", &["占比%", "比约%"]);
    assert_clean(&Placeholder, "增长12.5%,达到三%");
    assert_clean(&Placeholder, "调查问题调查结果调查百分率%  通常多久");
    assert_clean(&Placeholder, "比例%\n");
}

#[test]
fn figures_deleted_before_their_units() {
    assert_flags(&Placeholder, "全年投入经费万多元,设置了个职能窗口", &["万多元", "个"]);
    assert_clean(&Placeholder, "全年投入经费12万多元,设置了6个职能窗口,开展了个人谈话,召开了个别约谈");
    assert_clean(&Placeholder, "万一出现险情,个人防护");
    // After any word, at a clause's end.
    assert_flags(&Placeholder, "实现营业收入万元,比上年下降亿元;带动群众万人。", &["万元", "亿元", "万人"]);
    assert_clean(
        &Placeholder,
        "人均收入上万元,投资近亿元,参加者超万人,走进千家万户,单位为万元。引进亿元以上项目,打造万亩基地",
    );
}

#[test]
fn counts_dates_rates_and_areas_left_without_their_figures() {
    assert_flags(&Placeholder, "全区共个街道、个社区、个行政村参加,个人自愿", &["共个街", "个社", "个行"]);
    assert_flags(&Placeholder, "新建中心(室) 个,使全镇 个行政村建成率达到 %以上", &[") 个", "镇 个行", "达到 %"]);
    assert_flags(&Placeholder, "我们投入多万元,接待参观人员批多人次", &["入多万", "批多人次"]);
    assert_flags(&Placeholder, "自月份运行以来。月日,妇联主办培训班", &["自月份", "月日"]);
    assert_flags(&Placeholder, "累计拆除建筑物平方米,政务公开率达。", &["物平方米", "率达"]);
    assert_clean(&Placeholder, "全区共12个街道、8个社区,这个 问题,单位、个人和集体");
    assert_clean(&Placeholder, "许多万人参与,很多人次,这批多名干部,1000多平方米,每平方米造价,按平方米计");
    assert_clean(&Placeholder, "自3月份运行以来,截至月底,每月日均接待,率先垂范,效率为先,达标率达98%。");
    assert_clean(&Placeholder, "共同努力,一个多月,共个性化");
}

#[test]
fn a_lone_times_sign_after_a_function_word() {
    assert_flags(&Placeholder, "深入领会xx大及×文件的精神", &["xx", "×"]);
    assert_clean(&Placeholder, "长×宽×高");
}

#[test]
fn half_filled_dates() {
    assert_flags(&Placeholder, "于201年9月召开", &["201年"]);
    assert_flags(&Placeholder, "2021年9月日召开", &["2021年9月日"]);
    assert_flags(&Placeholder, "2021年 月 日", &["2021年 月 日"]);
    assert_flags(&Placeholder, "年 月 日", &["年 月 日"]);
    assert_clean(&Placeholder, "2021年9月1日召开");
    assert_clean(&Placeholder, "5月日均接待游客");
    assert_clean(&Placeholder, "二〇二一年九月");
    assert_clean(&Placeholder, "2021年9月");
    assert_clean(&Placeholder, "建党100年");
    assert_clean(&Placeholder, "年月日");
    assert_clean(&Placeholder, "3月日程安排");
}

#[test]
fn messages_say_what_to_fill_in() {
    let f = findings(&Placeholder, "对xx年工作做简要回顾");
    assert!(f[0].message.contains("年份"), "{}", f[0].message);
    let f = findings(&Placeholder, "举办培训班[X]场次");
    assert!(f[0].message.contains("数字"), "{}", f[0].message);
    let f = findings(&Placeholder, "受××区委托");
    assert!(f[0].message.contains("名称"), "{}", f[0].message);
    let f = findings(&Placeholder, "XXX同志");
    assert!(f[0].message.contains("姓名"), "{}", f[0].message);
    let f = findings(&Placeholder, "完善++工作机制");
    assert!(f[0].message.contains("内容"), "{}", f[0].message);
    assert!(f.iter().all(|f| f.fixes.is_empty() && f.severity == Severity::Error));
}

#[test]
fn administrators_patterns_are_reported_too() {
    let c = Config::from_json(r#"{"placeholders": ["待填", "TBD"]}"#).unwrap();
    let f = findings_with(&Placeholder, "全年举办讲座待填场,TBD", &c);
    assert_eq!(f.len(), 2);
    assert!(f[0].message.contains("管理员"));
}

#[test]
fn huge_inputs_stay_fast_and_do_not_panic() {
    let text = "x".repeat(1_000_000);
    assert_eq!(findings(&Placeholder, &text).len(), 1);
    let text = "[".repeat(200_000) + &"某".repeat(100_000) + &"年".repeat(100_000);
    let _ = findings(&Placeholder, &text);
    for s in ["[", "【", "x", "20x", "年", "月日", "（此处填写", "×", "+", "_", "某", "○"] {
        let _ = findings(&Placeholder, s);
    }
}

#[test]
fn a_dateline_with_no_figure_is_a_blank() {
    let found = |t: &str| findings(&Placeholder, t).iter().any(|f| f.message.contains("未填写"));
    assert!(found("述职报告\n——年月日在第二届人民代表大会第三次会议上\n各位代表:"));
    assert!(found("某某同志\n(年月日)"));
    assert!(!found("请填写出生年月日和联系电话。"));
    assert!(!found("按年月日顺序排列。"));
}

#[test]
fn hashes_put_for_a_name() {
    assert_flags(&Placeholder, "为贯彻落实上级文件精神,##社区以春节为契机", &["##"]);
    assert_clean(&Placeholder, "## 一、主要工作");
    assert_clean(&Placeholder, "##一、主要工作");
    assert_flags(&Placeholder, "##镇妇联工作总结", &["##"]);
    assert_flags(&Placeholder, "组织骨干48人前往##、##参观学习", &["##", "##"]);
    assert_clean(&Placeholder, "   ##镇");
    assert_clean(&Placeholder, "C##、Java");
    assert_clean(&Placeholder, "#第一文档网# 导语");
    assert_clean(&Placeholder, "参与#我的家乡#话题讨论");
}

#[test]
fn stars_inside_quotations_are_blanks_not_bold() {
    assert_flags(&Placeholder, "举办的“相聚五月,结缘**”单身联谊活动,活动后“结缘**”的QQ群", &["**", "**"]);
    assert_clean(&Placeholder, "重点是**加强学习**,提高素质");
    // No bold across a quotation it does not close: four blanks for names.
    assert_flags(&Placeholder, "**县旅游局和**镇政府共同主办了以 “香约**,桃醉天下”为主题的活动", &["**", "**", "**"]);
    assert_clean(&Placeholder, "重点是**加强“学习”**,提高素质");
}

#[test]
fn counts_left_without_figures_after_a_word_that_calls_for_one() {
    assert_flags(
        &Placeholder,
        "该村下辖个行政村,辖个村民小组,个自然村。共有党员名,其中女党员名。惠及群众万人。",
        &["辖个行", "辖个村", "个自", "员名", "员名", "万人"],
    );
    assert_flags(&Placeholder, "全年共培训入团积极分子名。", &["子名"]);
    assert_clean(&Placeholder, "我们约个时间,组织学生报名,发展党员名额,培训党员名单已公布,组织开个会");
    assert_clean(&Placeholder, "每个行政村包含多个村民小组,覆盖全县各个乡镇,共有六个居民小组,共有党员41名");
    assert_clean(&Placeholder, "其中最重要的一个,其中有个别同志,其中包括个人所得税,实现个人价值,共同打造个性化服务");
    assert_clean(&Placeholder, "投入千万元,共投入上万元,惠及千家万户");
    assert_clean(&Placeholder, "商品名、通用名,以扩大内需为名,排名,点名,完成下个阶段任务,发放逐个登记");
}

#[test]
fn bracketed_fields_named_by_their_owner_or_a_verb() {
    assert_flags(&Placeholder, "[小学名称]2023年工作总结", &["[小学名称]"]);
    assert_flags(&Placeholder, "报告人:（学生姓名）\n（填写日期）", &["（学生姓名）", "（填写日期）"]);

    assert_clean(&Placeholder, "当事人（隐去姓名）,【单位名称变更】,（填写时间：2023年5月）,（简称“名称”）");
}

#[test]
fn star_masks_in_quotes_and_brackets() {
    assert_flags(&Placeholder, "“相聚五月,结缘**”单身联谊活动,活动后“结缘**”的QQ群", &["**", "**"]);
    assert_flags(&Placeholder, "开展“**”主题活动", &["**"]);
    assert_flags(&Placeholder, "积极应对“**”**、用电紧缺", &["**", "**"]);
    assert_flags(&Placeholder, "培训保育员**人、保姆(月嫂)**人、小丿 L 推拿** *人、茶艺师", &["**", "**", "** *"]);
    assert_flags(&Placeholder, "总户数(*,***)、总人口(*,**),低保户(*)户", &["*,***", "*,**", "*"]);
    assert_flags(&Placeholder, "生产总值*.*万元", &["*.*"]);
    assert_clean(&Placeholder, "我们要“**坚持党的领导**”,（**重点**）");
}

#[test]
fn masked_digits_of_a_figure() {
    assert_flags(&Placeholder, "农民人均纯收入X112元,比增11.X%。", &["X", "X"]);
    assert_flags(&Placeholder, "固定资产投资比增21.X%;", &["X"]);
    assert_flags(&Placeholder, "根据沪宝顾府(20__)51号文件", &["20__"]);
    // An index, a multiplier, a model, a version: no figure masked.
    assert_clean(&Placeholder, "放大×10倍,型号X5,x2次,版本1.x");
    assert_clean(&Placeholder, "编号(20_1)号,1920x1080,X12");
}

#[test]
fn a_month_deleted_before_its_part() {
    assert_flags(&Placeholder, "效果很好。月上旬,我们又举办培训班;自月下旬起", &["月上旬", "月下旬"]);
    assert_clean(&Placeholder, "本月上旬,3月中旬,每月下旬,十一月上旬,次月上旬");
}

#[test]
fn a_count_deleted_after_a_verb_that_takes_one() {
    assert_flags(
        &Placeholder,
        "工会委员会下设个工会小组,现有个村民小组,街道、社区等个单位",
        &["设个工", "现有个村", "等个单"],
    );
    assert_clean(&Placeholder, "加快建设个性化服务,要有个过程,平等个体,发展个私经济,举办个展,下设一个小组,等个把月");
}

#[test]
fn empty_quotes_where_a_name_was_deleted() {
    assert_flags(&Placeholder, "认真实施“”妇联干部培训规划,被评为“”。", &["“”", "“”"]);
    assert_clean(&Placeholder, "使用双引号“”标注,“”号");
}

#[test]
fn a_school_year_with_both_years_deleted() {
    assert_flags(&Placeholder, "小学—学年下学期学校工作总结", &["—学年"]);
    assert_flags(&Placeholder, "本校-学年度工作计划", &["-学年"]);
    assert_clean(&Placeholder, "2023—2024学年,二〇二三—二〇二四学年,2023年—学年末,第一学年—第二学年");
}

#[test]
fn a_lone_times_sign_for_a_figure() {
    assert_flags(&Placeholder, "再提高×%,发放资金×亿元,招募×支教人员", &["×", "×", "×"]);
    // A document's number with its figure left out: `〔2023〕×号`.
    assert_flags(&Placeholder, "以县政发〔2023〕×号文件印发", &["×"]);
    assert_clean(&Placeholder, "长×宽×高,单价×数量,3×3");
}

#[test]
fn an_underscore_joining_a_page_title_to_the_sites() {
    assert_clean(&Placeholder, "2020党建工作总结_医院党建工作总结范文大全5篇");
    assert_flags(&Placeholder, "学习党的_大精神", &["_"]);
}

#[test]
fn blanks_left_before_units() {
    assert_flags(&Placeholder, "落实责任,收缴参合基金 万元,参合率达 %。", &[" 万元", "率达 %"]);
    assert_flags(&Placeholder, "全年共接待来访群众 人次,接受上访信件 件,结案 件,", &[" 人次", " 件", " 件"]);
    // Run on into the next line: the unit starts it.
    let f = findings(&Placeholder, "培训人民调解员 次,直接调解\n件,无重大纠纷");
    assert_eq!(f.len(), 2);
    assert_eq!(f[1].range, "培训人民调解员 次,直接调解\n".len().."培训人民调解员 次,直接调解\n件".len());
    // A PDF's line breaks left blanks elsewhere in the line; a table's row; names; a figure.
    assert_clean(&Placeholder, "召开期中教学工作总 结会,下发文 件,务 实的态度。");
    assert_clean(&Placeholder, "台式电脑 台\n张三 李四 王五\n共计 15 件,其中 三 件。");
    assert_clean(&Placeholder, "姓名：张三　　单位：县委 人,");
}
