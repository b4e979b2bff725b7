//! Tests of `page_furniture`, beside it.

use super::*;

fn kinds(text: &str) -> Vec<(usize, Kind)> {
    furniture_lines(&Analysis::new(&Document::new(text)))
}

#[test]
fn ui_lines_one_word_a_line_make_one_block() {
    let text = "下载\n打印\n全屏\n收藏\n【字号：\n加大\n还原\n减小\n】\n2026年上海市政府工作报告\n各位代表:";
    let k = kinds(text);
    assert_eq!(k.iter().map(|x| x.0).collect::<Vec<_>>(), (0..9).collect::<Vec<_>>());
    let mut out = Vec::new();
    report_blocks(&Document::new(text), &k, &mut out);
    assert_eq!(out.len(), 1);
    assert!(out[0].fixes[0].safe);
    assert!(kinds("2026年工作报告\n【字体：\n大\n中\n小\n】\n分享：\n正文").len() >= 5);
}

#[test]
fn line_kinds() {
    let k = |t: &str| kinds(&format!("社区工作总结\n{t}\n一、主要工作\n正文内容")).first().map(|x| x.1);
    assert_eq!(k("已阅读5页,还剩13页未读 继续免费阅读"), Some(Kind::Ui));
    assert_eq!(k("下载本文档"), Some(Kind::Ui));
    assert_eq!(k("文档简介"), Some(Kind::Ui));
    assert_eq!(k("当前位置: > 首页 > 小学作文 > 小升初作文 > 正文"), Some(Kind::Breadcrumb));
    assert_eq!(k("您的位置:首页 > 工作总结工作总结"), Some(Kind::Breadcrumb));
    assert_eq!(k("您的当前位置:首页正文"), Some(Kind::Breadcrumb));
    assert_eq!(k("事務文書 >工作總結 >"), Some(Kind::Breadcrumb));
    assert_eq!(k("申请 > 审核 > 办结"), None);
    let first = |t: &str| kinds(&format!("{t}\n一、主要工作\n正文内容")).first().map(|x| x.1);
    assert_eq!(first("人民医院眼耳鼻咽喉科总结-医院工作总结"), Some(Kind::PageTitle));
    assert_eq!(first("【(推荐)20xx年下学期期中教学工作总结】工作总结-金沙澳门官网"), Some(Kind::PageTitle));
    assert_eq!(first("2023年上半年工作总结-下半年工作计划"), None);
    assert_eq!(first("2023年工作总结-放射科"), None);
    assert_eq!(
        first("妇联工作总结及2024年工作计划(妇联总结与明年计划)\n妇联工作总结及2024年工作计划"),
        Some(Kind::PageTitle)
    );
    assert_eq!(first("社区工作总结(2023年度)\n一年来,我们坚持…"), None);
    assert_eq!(first("欢迎来到零思考方案网网站!"), Some(Kind::SiteName));
    assert_eq!(first("欢迎来到幸福社区"), None);
    assert_eq!(
        k("在工作开始之前一份合理的工作计划有助于帮助你理清思路。也许下面的“工会工作计划”正合你意!不妨参考一下"),
        Some(Kind::LeadIn)
    );
    // In the page's head: a count of the article's characters beside buttons; a library's name.
    assert_eq!(k("admin 分享 时间: 加入收藏 共计6495个字,预计阅读时长22分钟"), Some(Kind::Meta));
    assert_eq!(k("全年共计6495个字的学习笔记"), None);
    assert_eq!(first("文似观山不喜平 — — 观山文库◆记住我,来上我~"), Some(Kind::SiteName));
    assert_eq!(first("社区文库建设工作总结"), None);
    assert_eq!(first("书香文库进社区"), None);
    assert_eq!(k("【报告】"), None);
    assert_eq!(k("关键词:"), None);
    assert_eq!(kinds("个人工作总结\n\ntags:\n\n以下是小编为大家整理的范文,供大家参考。\n\n一、前言").len(), 2);
    assert_eq!(k("现在位置:范文先生网>报告总结>年终总结>镇政府年终工作总结"), Some(Kind::Breadcrumb));
    assert_eq!(k("位置:东经120度>北纬30度,风向东南。"), None);
    assert_eq!(k("> 总结大全 > 学校总结"), Some(Kind::Breadcrumb));
    assert_eq!(k("> 注意:以下内容摘自会议纪要"), None);
    assert_eq!(k("栏目"), Some(Kind::Ui));
    assert_eq!(k("工作计划 会员上传 下载docx"), Some(Kind::Ui));
    assert_eq!(k("某某网来稿 打印 纠错 投稿须知 投稿"), Some(Kind::Ui));
    assert_eq!(k("微信扫一扫 ×"), Some(Kind::Ui));
    assert_eq!(k("互联网 创新"), None);
    assert_eq!(k("工作计划 下一步"), None);
    assert_eq!(k("一、工作总结 大"), None);
    assert_eq!(k("欢迎光临汇报书"), Some(Kind::SiteName));
    assert_eq!(k("公文汇 www.gongwenhui.com"), Some(Kind::SiteName));
    assert_eq!(k("职场文秘网"), Some(Kind::SiteName));
    assert_eq!(k("• 热门搜索:"), Some(Kind::Ui));
    assert_eq!(k("携笔同道公文写作范文宝典:www.xiebitongdao.com"), Some(Kind::SiteName));
    assert_eq!(k("某某文秘网 - www.abc-wenmi.com.cn 2024年04月28日 14:31 星期日"), Some(Kind::SiteName));
    assert_eq!(k("位置:首頁 > 職場 > 述職報告"), Some(Kind::Breadcrumb));
    assert_eq!(k("发布时间:2025-04-09 18:38:24来源:"), Some(Kind::Meta));
    assert_eq!(k("时间:2023-12-29 作者:Animai"), Some(Kind::Meta));
    assert_eq!(k("2019-03-11 小升初作文 类别:其他 2500字"), Some(Kind::Meta));
    assert_eq!(k("才智咖 人氣:3.07W"), Some(Kind::Meta));
    assert_eq!(k("新建农村公路310公里，一批精品民宿、人气景点更好满足群众出游需求。"), None);
    assert_eq!(k("时间:2021-08-31"), Some(Kind::PlainDate));
    assert_eq!(k("免责声明:本答案或内容为用户上传,不代表本网观点。"), Some(Kind::Disclaimer));
    assert_eq!(k("下面是小编为大家整理的2023年工作总结,供大家参考。"), Some(Kind::LeadIn));
    assert_eq!(k("以下是网友为您整理分享的“督查报告”相关范文,供您参考!"), Some(Kind::LeadIn));
    assert_eq!(k("治安稳定是社会发展的基石。本文将从不同角度呈现数篇工作总结范文。"), Some(Kind::LeadIn));
    assert_eq!(k("2022年村妇联工作总结汇报(2022年村妇联工作总结汇报)"), Some(Kind::TitleAgain));
    assert_eq!(k("以下是一些优秀员工的工作报告,大家可以参考他们的写作风格。"), Some(Kind::LeadIn));
    assert_eq!(k("这些经验做法很好,大家可以参考借鉴。"), None);
    // In the page's head, 范文 and one more part.
    assert_eq!(k("述职报告是对工作的总结。以下是一些成功的述职报告范文,展示了优秀员工的经验。"), Some(Kind::LeadIn));
    assert_eq!(k("通过阅读一些成功的工作汇报范文,我们可以学习到一些写作技巧和思路。"), Some(Kind::LeadIn));
    assert_eq!(k("为提高公文写作水平,组织干部参加培训,学习到不少写作技巧。"), None);
    assert_eq!(k("【工会工作总结范文】在2024年的工作中,工会发挥了作用。以下是对本年度工会工作的总结。"), None);
    assert_eq!(k("预算公开自查报告范文(精选6篇)"), None);
    // Left alone.
    assert_eq!(k("2023-12-29"), None);
    assert_eq!(k("组织大家分享经验,互相参考借鉴,共同提高。"), None);
    assert_eq!(k("在本网开设专栏,发布工作动态20篇。"), None);
    assert_eq!(k("建设红色文库,开展读书分享活动。"), None);
    assert_eq!(k("大"), None);
    // A viewer's page counter; a fraction or a score alone on a line is none.
    assert_eq!(k("1 / 3"), Some(Kind::PageCounter));
    assert_eq!(k("12 / 12"), Some(Kind::PageCounter));
    assert_eq!(k("1/3"), None);
    assert_eq!(k("5 / 3"), None);
    assert_eq!(k("1 / 3 以上"), None);
}

#[test]
fn repeated_lines() {
    let text = "销售部工作总结汇报_第1页\n销售部工作总结汇报_第2页\n销售部工作总结汇报_第3页\n正文。";
    assert_eq!(kinds(text).len(), 3);
    let text = "标题\n公文汇,办公文档\n正文一。\n公文汇,办公文档\n正文二。\n公文汇,办公文档\n";
    assert_eq!(kinds(text).len(), 3);
    assert!(kinds("标题\n加强组织建设工作\n正文。\n加强组织建设工作\n正文。").is_empty());
}

#[test]
fn abstract_and_title_again() {
    let text = "2024年社区文明创建工作总结\n2024年社区文明创建工作总结一、工作回顾2023年,我们社区文明创建工作在严格落实中央\n2024年社区文明创建工作总结 一、工作回顾 2023年,我们社区文明创建工作在严格落实中央和地方政策 要求的基础上取得了显著成绩。";
    assert_eq!(kinds(text), [(1, Kind::Abstract)]);
    let text = "鎮團委的工作總結及計劃\n\n才智咖 人氣:3.07W\n\n一、近年團工作彙報\n\n鎮團委的工作總結及計劃\n\n正文。";
    assert_eq!(kinds(text), [(2, Kind::Meta), (6, Kind::TitleAgain)]);
}

#[test]
fn collection_markers() {
    let m = |t: &str| collection_marker(t, false).map(|r| t[r].to_string());
    assert_eq!(m("村幼儿园园长述职报告优秀8篇").as_deref(), Some("优秀8篇"));
    assert_eq!(m("村幼儿园园长述职报告篇1").as_deref(), Some("篇1"));
    assert_eq!(m("2020年幼儿园园长年终述职报告范文").as_deref(), Some("范文"));
    assert_eq!(m("2024年街道社区发展办工作总结和下半年工作计划例文").as_deref(), Some("例文"));
    assert_eq!(m("村级清洁工程工作总结1").as_deref(), Some("1"));
    assert_eq!(m("20xx共青团工作总结(一)").as_deref(), Some("(一)"));
    assert_eq!(m("幼兒園后勤園長述職報告3篇").as_deref(), Some("3篇"));
    assert_eq!(m("幼儿园春学期的工作总结【第一篇】").as_deref(), Some("【第一篇】"));
    assert_eq!(m("销售情况怎么写( 三 )").as_deref(), Some("( 三 )"));
    assert_eq!(m("关于第一篇(第一篇)"), None);
    assert_eq!(m("幼兒園后勤園長(zhǎng)述職報(bào)告1").as_deref(), Some("1"));
    assert_eq!(m("2023年工作总结"), None);
    assert_eq!(m("附件1"), None);
    // The sample's number after a blank, whatever the title; a site's stamp after the count.
    assert_eq!(m("团委2023年工作总结和2024年工作思路 篇1").as_deref(), Some(" 篇1"));
    assert_eq!(m("小学学校工会工作总结 篇一").as_deref(), Some(" 篇一"));
    assert_eq!(m("小学年度教育工会工作总结优秀13篇1-10-49").as_deref(), Some("优秀13篇1-10-49"));
    assert_eq!(m("第一篇 总论"), None);
    assert_eq!(m("2023年度工作总结 第1-10页"), None);
    assert_eq!(sample_title_in_brackets("【医院年度工作总结范文】2024年,在上级"), Some(0..36));
    assert_eq!(sample_title_in_brackets("【工作总结】2024年"), None);
    assert_eq!(sample_title_in_brackets("【范文】2024年"), None);
    assert_eq!(doubled_start("2020年社区创文工作汇报2020年社区创文工作汇报今年第1季度,社区"), Some(0..31));
    assert_eq!(doubled_start("工作总结工作总结"), None);
    assert_eq!(doubled_start("加强学习加强学习,提高认识"), None);
    assert_eq!(m("一、工作总结"), None);
}

#[test]
fn page_chunk_markers() {
    let long = "始终以来,我们把提高妇女政治素养的教育作为一项重要工作,常抓不懈,组织妇女同志学习政治理论,不断提高她们的政治素养和参与意识,把提高妇女政治素养的教育放在";
    let text = format!("标题\n1、 乡镇2023年度妇联工作总结。{long}\n2、首位,在3月份,我们组织妇女同志学习。");
    let doc = Document::new(&text);
    let mut out = Vec::new();
    chunk_markers(&doc, &mut out);
    let spans: Vec<&str> = out.iter().map(|f| &text[f.range.clone()]).collect();
    assert_eq!(spans, ["2、", "1、"]);
    let fix = &out[0].fixes[0];
    let mut fixed = text.clone();
    fixed.replace_range(fix.range.clone(), &fix.replacement);
    assert!(fixed.contains("放在首位"));
    // A list: the previous item is a short heading or a finished sentence.
    for text in ["一、主要工作\n1、加强组织建设\n2、完善制度", &format!("标题\n1、{long}。\n2、完善制度")]
    {
        let mut out = Vec::new();
        chunk_markers(&Document::new(text), &mut out);
        assert!(out.is_empty(), "{text}");
    }
}

#[test]
fn inline_residue() {
    let f = |t: &str| {
        let mut out = Vec::new();
        inline(t, 0, pairs::RESIDUE.scan(t), &mut out);
        out.into_iter().map(|f| t[f.range].to_string()).collect::<Vec<_>>()
    };
    assert_eq!(f("大學(xué)生學雷鋒日活動總結"), ["(xué)"]);
    assert_eq!(f("工作,F(xiàn)簡單總結如下"), ["F(xiàn)"]);
    assert_eq!(f("在团区委的.安排下,三.八节"), ["."]);
    // `.` as the paragraph's full stop.
    assert!(f("负责版本迭代.年末回顾了一下,包含6个小版本.").is_empty());
    assert_eq!(
        f("<p class=\"ql-block\">春天</p> <p class=\"ql-block\">学雷锋"),
        ["<p class=\"ql-block\">", "</p> <p class=\"ql-block\">"]
    );
    assert_eq!(f("a&nbsp;b"), ["&nbsp;"]);
    assert_eq!(f("活动100场次。 稿子汇,范文学习文库"), ["稿子汇,范文学习文库"]);
    assert!(f("增长1.5%,x<3,面积(m²),Windows(x64)。").is_empty());
}

#[test]
fn garbled_pinyin_after_han_characters() {
    let f = |t: &str| {
        let mut out = Vec::new();
        inline(t, 0, pairs::RESIDUE.scan(t), &mut out);
        out.into_iter().map(|f| t[f.range].to_string()).collect::<Vec<_>>()
    };
    assert_eq!(f("事業發展的新?lián)?dāng)。"), ["?lián)", "?dāng)"]);
    assert_eq!(f("人民日?qǐng)?bào)報道"), ["?qǐng)", "?bào)"]);
    // A question mark, and `?` after no Han character, are left alone.
    for t in ["怎么写总结呢?下面是小编", "是否满意?我们", "x?lián)y", "新?fu)好"] {
        assert!(f(t).is_empty(), "{t}");
    }
}

#[test]
fn markdown_marks() {
    let f = |t: &str| {
        let mut out = Vec::new();
        inline(t, 0, pairs::RESIDUE.scan(t), &mut out);
        out.into_iter().map(|f| (t[f.range].to_string(), f.severity)).collect::<Vec<_>>()
    };
    assert_eq!(f("### 社区工作计划"), [("### ".to_string(), Severity::Warning)]);
    assert_eq!(f("##### (一)文化传承"), [("##### ".to_string(), Severity::Warning)]);
    assert_eq!(f("**三、家长与老师的沟通"), [("**".to_string(), Severity::Warning)]);
    assert_eq!(f("| 报告 |"), [("| 报告 |".to_string(), Severity::Warning)]);
    assert!(f("| 指标 | 2023年 | 2024年 |").is_empty());
    assert_eq!(f("``"), [("``".to_string(), Severity::Warning)]);
    assert_eq!(f("```"), [("```".to_string(), Severity::Warning)]);
    for t in ["# L* n6 Q% ^* `$ j8", "#1 号楼", "####", "**镇**树村", "**镇妇联工作", "`", "``代码"] {
        assert!(f(t).is_empty(), "{t}");
    }
}

#[test]
fn a_backquote_between_han_characters() {
    let mut out = Vec::new();
    inline("社区婦女工作被納入社区组织工作的`規劃中", 0, 0, &mut out);
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].fixes[0].replacement, "");
    let mut out = Vec::new();
    inline("运行 `report-check` 命令,或用`Ctrl`键", 0, 0, &mut out);
    assert!(out.is_empty());
}

#[test]
fn anti_scrape_noise_is_one_block_and_its_marks_are_not_pairs() {
    let line = "述职报告的撰写格式+ O2 W- O: E/ I5 L9 Z";
    let runs = noise::noise_runs(line);
    assert_eq!(runs.len(), 1);
    assert_eq!(&line[runs[0].clone()], "+ O2 W- O: E/ I5 L9 Z");
    assert_eq!(noise::noise_runs("% {0 }3 t5 m% g _述职报告的撰写内容").iter().map(|r| r.end).next(), Some(17));
    // Left alone: numbers, letters, a formula, English, codes.
    for t in [
        "1 2 3 4 5 6", "A B C D E F", "1.2 3.4 5.6 7.8 9.0", "x + y = z", "PM 2.5 CO2 SO2 NOx O3",
        "A-1 B-2 C-3 D-4 E-5",
    ] {
        assert!(noise::noise_runs(t).is_empty(), "{t}");
    }
    let text = "标题\n述职报告的撰写格式+ O2 W- O: E/ I5 L9 Z\n$ m4 D( A7 D( u; a, D: D0 K7 n\n述职报告是一种文体。";
    let doc = Document::new(text);
    let mut out = Vec::new();
    let mut last = None;
    for (i, l) in doc.non_blank_lines() {
        report_noise(doc.text, l, doc.lines[i].start, &mut out, &mut last);
    }
    assert_eq!(out.len(), 1);
    assert_eq!(&text[out[0].range.clone()], "+ O2 W- O: E/ I5 L9 Z\n$ m4 D( A7 D( u; a, D: D0 K7 n");
    assert!(out[0].fixes[0].safe);
}

#[test]
fn metadata_notices_tags_and_titles_found_by_their_shape() {
    let k = |t: &str| kinds(&format!("社区工作总结\n{t}\n一、主要工作\n正文内容")).first().map(|x| x.1);
    assert_eq!(k("更新时间:2023-11 来源:网友投稿"), Some(Kind::Meta));
    assert_eq!(k("时间:2010年08月10日 11时20分来源:《党建研究》作者:毕筱奇"), Some(Kind::Meta));
    assert_eq!(k("字号:『 大字体 中字体 小字体 』"), Some(Kind::Ui));
    assert_eq!(k("- 网站客服QQ:403074932"), Some(Kind::Ui));
    assert_eq!(k("- 32.50 KB"), Some(Kind::Ui));
    assert_eq!(
        k("- 2、本文档内容版权归属内容提供方,所产生的收益全部归内容提供方所有。如果您对本文有版权争议,请立即联系网站客服。"),
        Some(Kind::Disclaimer)
    );
    assert_eq!(k("……(某某网省略854字,正式会员可完整阅读)"), Some(Kind::Disclaimer));
    assert_eq!(k("……(未完,全文共6831字,当前仅显示2399字,请阅读下面提示信息。"), Some(Kind::Disclaimer));
    // Left alone.
    assert_eq!(k("时间:2023年3月5日 地点:三楼会议室"), None);
    assert_eq!(k("资金来源:县级财政,实施时间:2023年5月"), None);
    assert_eq!(k("全年编印资料共1200页,完成文档下载平台建设。"), None);
    assert_eq!(k("开展版权保护宣传,查处侵权案件3起。"), None);
    // Tags made of the title's words; the title printed again right below or after the salutation.
    let text = "2023年镇政府工作报告\n镇政府,工作报告,2023\n各位代表:\n2023年镇政府工作报告\n一年来,全镇工作稳步推进。";
    assert_eq!(kinds(text).iter().map(|x| x.1).collect::<Vec<_>>(), [Kind::Tags, Kind::TitleTwice]);
    let text = "党支部书记述职报告\n党支部书记述职报告\n各位领导:\n我叫张三。";
    assert_eq!(kinds(text), [(1, Kind::TitleTwice)]);
    assert!(kinds("党支部书记述职报告\n一、主要工作\n加强学习,提高认识,改进作风。").is_empty());
}

#[test]
fn collection_tags_in_brackets_and_inside_the_title() {
    let m = |t: &str| collection_marker(t, true).map(|r| t[r].to_string());
    assert_eq!(m("推进高素质农村党组织书记队伍建设(共五则范文)").as_deref(), Some("(共五则范文)"));
    assert_eq!(m("驻村书记述职报告(精选6篇)").as_deref(), Some("(精选6篇)"));
    assert_eq!(m("2024年鄉鎮年工作總結範文和2024年工作計畫").as_deref(), Some("範文"));
    assert_eq!(m("关于开展“五好”家庭评选活动的报告(第三期)"), None);
    assert_eq!(m("全市中小学作文竞赛获奖范文和点评"), None);
}

#[test]
fn weak_lines_count_beside_furniture_only() {
    let text = "标题\n二、举办专场招聘会\n(未完,全文共1563字,当前显示502字)\n(请认真阅读下面的提示信息)";
    assert_eq!(kinds(text).iter().map(|x| x.0).collect::<Vec<_>>(), [2, 3]);
    let text = "学习啦>实用范文>工作总结>\n\n2022年文明社区的创建工作总结\n\n彭永分享\n\n下面是小编给大家整理的工作总结,仅供参考。";
    assert_eq!(kinds(text).len(), 3);
    // A heading of the same shape, between paragraphs of the report.
    assert!(kinds("社区工作总结\n一、主要做法\n经验分享\n我们坚持每月召开例会。").is_empty());
    assert!(kinds("社区工作总结\n(请各单位认真阅读并执行)\n正文。").is_empty());
}

#[test]
fn inline_shapes() {
    let found = |line: &str| {
        let mask = crate::analysis::pairs::RESIDUE.scan(line);
        let mut out = Vec::new();
        inline(line, 0, mask, &mut out);
        out.into_iter().map(|f| line[f.range].to_string()).collect::<Vec<_>>()
    };
    assert_eq!(found("我镇妇联分组对各村进行了全面的'督导与自查工作。"), ["'"]);
    assert!(found("镇锚定'两个确保“,围绕'九大战略“").is_empty());
    assert!(found("深化\"亩均论英雄'改革,整治低效企业242家").is_empty());
    // An author who closes each such quotation with `'`.
    assert!(found("建设\"十百千'工程。深化\"亩均论英雄'改革,推进\"三转一市'。").is_empty());
    assert_eq!(found("开展“三下乡”活动的'督导与自查工作。"), ["'"]);
    // A site's name broken up by marks, with its address.
    assert_eq!(
        found("某某语文}创%素材[库:https://www.example.cn/。公众@号:某某星域。XX镇2023年政府工作报告"),
        ["某某语文}创%素材[库:https://www.example.cn/。"]
    );
    assert!(found("增长5%以上,详见www.gov.cn。").is_empty());
    assert_eq!(
        found("老金范文,海量公文素材资料,下载网址:www.laojinfanwen.com,润笔请加微:liaoda199。 正文开始。"),
        ["老金范文,海量公文素材资料,下载网址:www.laojinfanwen.com,润笔请加微:liaoda199。"]
    );
    assert!(found("通过政府门户网站(www.gov.cn)公开信息128条。").is_empty());
    assert_eq!(
        found(
            "汇编(5篇) 目录 1. 区卫生健康局2023年工作总结 2 2.县卫生健康局2023年工作思路 10 区卫生健康局2023年工作总结"
        ),
        ["目录 1. 区卫生健康局2023年工作总结 2 2.县卫生健康局2023年工作思路 10"]
    );
    assert!(found("详见目录 1. 总则").is_empty());
}

#[test]
fn markers_of_the_next_sample() {
    assert_eq!(ordinal_before_title("【一】鎮婦聯“三八”婦女節工作總結"), Some(0..9));
    assert_eq!(ordinal_before_title("【一】"), None);
    assert_eq!(ordinal_before_title("【二】加强组织领导,完善工作机制"), None);
    let m = |t: &str| collection_marker(t, false).map(|r| t[r].to_string());
    assert_eq!(m("县三八节表彰会领导讲话(一):").as_deref(), Some("(一)"));
    assert_eq!(m("镇妇联年度工作总结(集合5篇)").as_deref(), Some("(集合5篇)"));
    assert_eq!(m("关于第5篇论文的评审报告(第5篇)"), None);
    assert!(breadcrumb("总结网工作总结年度工作总结内容页"));
}

#[test]
fn counters_qr_prompts_banners_and_bold_marks() {
    let k = |t: &str| kinds(&format!("社区工作总结\n{t}\n一、主要工作\n正文内容")).first().map(|x| x.1);
    assert_eq!(k("推荐人: 来源: 阅读: 2.08W 次"), Some(Kind::Meta));
    assert_eq!(k("工作總結 閱讀(2.8W)"), Some(Kind::Meta));
    assert_eq!(k("用手機掃描二維碼 在手機上繼續觀看"), Some(Kind::Ui));
    assert_eq!(k("优秀实用范文分享"), Some(Kind::SiteName));
    assert_eq!(k("全年阅读推广活动覆盖2.8万人次。"), None);
    assert_eq!(k("开展优秀范文评选"), None);
    let found = |line: &str| {
        let mut out = Vec::new();
        inline(line, 0, 0, &mut out);
        out.iter().filter(|f| f.severity != Severity::Info).count()
    };
    assert_eq!(found("**三、家长与老师的“沟通大战”"), 1);
    assert_eq!(found("**镇妇联紧紧围绕区妇联年初提出的工作要求"), 0);
    assert_eq!(found("**三、加强学习**"), 0);
    let m = |t: &str| collection_marker(t, false).map(|r| t[r].to_string());
    assert_eq!(m("安全生产月活动工作总结集合15篇").as_deref(), Some("集合15篇"));
    assert_eq!(m("村委会工作报告范文1").as_deref(), Some("范文1"));
}

#[test]
fn collection_counts_in_numerals_brackets_and_praise() {
    let m = |t: &str| collection_marker(t, false).map(|r| t[r].to_string());
    assert_eq!(m("乡镇妇联工作计划四篇").as_deref(), Some("四篇"));
    assert_eq!(m("学校小学德育工作总结 三篇").as_deref(), Some("三篇"));
    assert_eq!(m("2023年度学校妇联工作计划【五篇】").as_deref(), Some("【五篇】"));
    assert_eq!(m("妇联工作计划优秀5篇范文").as_deref(), Some("优秀5篇范文"));
    assert_eq!(m("1妇联工作计划优秀范文").as_deref(), Some("优秀范文"));
    assert_eq!(m("学校妇联工作计划范文第1篇").as_deref(), Some("范文第1篇"));
    assert_eq!(m("小学德育工作总结最新1").as_deref(), Some("最新1"));
    // A count that is no collection's: nothing names a kind of document before it.
    assert_eq!(m("发表论文三篇"), None);
    assert_eq!(collection_marker("发表论文三篇", true), None);
    assert_eq!(m("采用新的评价方法【试行】"), None);
}

#[test]
fn links_word_counts_and_glued_item_markers() {
    let k = |t: &str| kinds(&format!("社区工作总结\n{t}\n一、主要工作\n正文内容")).first().map(|x| x.1);
    assert_eq!(k("原文链接:点击查看源文件"), Some(Kind::Breadcrumb));
    assert_eq!(k("政策解读链接:点击查看政策解读"), Some(Kind::Breadcrumb));
    assert_eq!(k("相关链接:"), Some(Kind::Ui));
    assert_eq!(k("扫一扫在手机打开当前页"), Some(Kind::Ui));
    assert_eq!(k("- 相关推荐"), Some(Kind::Ui));
    assert_eq!(k("來源:瑞文範文網 5.26K"), Some(Kind::SiteName));
    assert_eq!(k("建立健全友情链接:各部门网站互相链接,方便群众查询。"), None);
    let m = |t: &str| collection_marker(t, false).map(|r| t[r].to_string());
    assert_eq!(m("街道政务公开工作总结2000字").as_deref(), Some("2000字"));
    assert_eq!(m("街道政务公开工作总结2000字(篇1)").as_deref(), Some("(篇1)"));
    assert_eq!(m("最新街道政务公开工作总结2024字精品五篇").as_deref(), Some("2024字精品五篇"));
    assert_eq!(m("学校工作计划(篇2)").as_deref(), Some("(篇2)"));
    assert_eq!(m("要求每人撰写心得体会1000字。"), None);
    assert_eq!(m("撰写心得体会1000字以上"), None);
    let g = |t: &str| glued_item_markers(t).first().map(|r| t[r.clone()].to_string());
    assert_eq!(g("学校工作计划 篇1为贯彻《中华人民共和国科学技术普及法》,结合实际。").as_deref(), Some(" 篇1"));
    assert_eq!(g("述职报告篇二本人自任职以来,认真履职。").as_deref(), Some("篇二"));
    assert_eq!(g("本篇总结共分三个部分,请审阅。"), None);
    assert_eq!(g("撰写了调研报告,其中第2篇获奖。"), None);
    assert_eq!(g("撰写调研报告3篇,获奖2篇。"), None);
    let t = "1、街道工作总结精选3篇街道工作总结精选篇1近两年来,街道积极响应号召。";
    let all: Vec<&str> = glued_item_markers(t).into_iter().map(|r| &t[r]).collect();
    assert_eq!(all, ["精选3篇", "精选篇1"]);
    // An author's name after the title, beside other furniture.
    let text = "大学团委干事述职报告\n\n孙小飞老师\n\n大学团委干事述职报告\n\n听到之前几个小伙伴们的述职。";
    assert_eq!(kinds(text).iter().map(|x| x.0).collect::<Vec<_>>(), [2, 4]);
    assert!(kinds("社区工作总结\n感谢各位老师\n我们坚持每月召开例会。").is_empty());
}

#[test]
fn a_hidden_text_notice() {
    let found = |line: &str| {
        let mask = crate::analysis::pairs::RESIDUE.scan(line);
        let mut out = Vec::new();
        inline(line, 0, mask, &mut out);
        out.into_iter().map(|f| line[f.range].to_string()).collect::<Vec<_>>()
    };
    assert_eq!(found("同时参加巴蜀讲坛 ……此处隐藏23945个字……了妇女之间的相互了解"), ["……此处隐藏23945个字……"]);
    assert!(found("排查隐藏隐患12处,隐藏3个字段。").is_empty());
    assert_eq!(
        found("深入学习贯彻中央 ……(某某网http://www.example.cn省略615字,正式会员可完整阅读)…… 三、充分发挥"),
        ["省略615字"]
    );
    assert_eq!(found("前文……此处省略800字……后文"), ["……此处省略800字……"]);
    assert_eq!(found("前文……此处省略800字……排查隐藏隐患12处"), ["……此处省略800字……"]);
    assert!(found("省略号的用法,省略3个字段。").is_empty());
    // A chunk cut after a comma: only where the line before is a whole chunk of a round length.
    let chunk = |len: usize| format!("1、{},", "加强团的自身建设".repeat(40).chars().take(len - 1).collect::<String>());
    for (len, found) in [(300, 2), (299, 0)] {
        let text = format!("标题\n{}\n2、加强团组织的育人功能。", chunk(len));
        let mut out = Vec::new();
        chunk_markers(&Document::new(&text), &mut out);
        assert_eq!(out.len(), found, "{len}");
    }
}

#[test]
fn a_chunk_as_long_as_the_last_one() {
    // `1、` at 0, `2、` cutting a sentence at 60, `3、` after a full stop at 120: a third chunk.
    let body = "加强组织建设,完善工作制度".repeat(10);
    let chunk = |n: u32, end: &str| format!("{n}、{}{end}\n", body.chars().take(56).collect::<String>());
    let found = |text: &str| {
        let mut out = Vec::new();
        chunk_markers(&Document::new(text), &mut out);
        out.into_iter().map(|f| text[f.range].to_string()).collect::<Vec<_>>()
    };
    let text = format!("{}{}{}", chunk(1, "组"), chunk(2, "。"), chunk(3, "。"));
    assert_eq!(found(&text), ["2、", "1、", "3、"]);
    // A list item after a sentence, one character longer or shorter than a page: no chunk.
    let text =
        format!("{}{}3、{}。\n", chunk(1, "组"), chunk(2, "织建设。"), body.chars().take(40).collect::<String>());
    assert_eq!(found(&text), ["2、", "1、"]);
}

#[test]
fn a_site_name_on_the_first_line_beside_a_breadcrumb() {
    assert_eq!(kinds("可可簡歷網\n位置:首頁 > 職場 > 述職報告\n校長述職報告\n正文").len(), 2);
    assert!(kinds("某某县民政局\n2023年工作总结\n正文").is_empty());
}

#[test]
fn lines_that_name_what_the_page_holds() {
    let k = |t: &str| kinds(&format!("社区工作总结\n{t}\n一、主要工作\n正文内容")).first().map(|x| x.1);
    assert_eq!(k("正文复制"), Some(Kind::Ui));
    assert_eq!(k("文档介绍"), Some(Kind::Ui));
    assert_eq!(k("【正文】"), None);
    assert_eq!(k("來源:文萃谷 2.1W"), Some(Kind::Meta));
    assert_eq!(k("资金来源:财政拨款 2.1万"), None);
}

#[test]
fn a_table_of_contents_under_its_heading_is_one_block() {
    let text = "工作总结汇编\n目录\n1.高新区2022年工作总结 3\n2.教育局2022年工作总结 13\n3街道2022年工作总结 19\n高新区2022年工作总结\n2022年以来,高新区各项工作稳步推进。";
    let k = kinds(text);
    let lines: Vec<usize> = k.iter().map(|x| x.0).filter(|&i| i > 0).collect();
    assert_eq!(lines, [1, 2, 3, 4]);
    assert!(k.iter().filter(|x| x.0 > 1).all(|x| x.1 == Kind::Contents));
    // Without `目录` above them, numbered lines ending in a figure are the draft's own.
    let text = "工作总结\n1.举办培训班 3\n2.走访企业 13\n全年工作稳步推进。";
    assert!(kinds(text).is_empty());
}

#[test]
fn a_title_with_the_site_word_glued_to_the_text() {
    let t = "县妇联2020年上半年工作总结范文半年来,在市妇联的正确领导下,全县各级妇联组织全面贯彻落实。";
    assert_eq!(glued_sample_word(t).map(|r| &t[r]), Some("范文"));
    assert!(glued_sample_word("学校工作计划范文为贯彻落实上级精神,我校制定本计划。").is_some());
    for t in [
        "关于征集工作总结范文的通知,请各单位按时报送。",
        "2023年工作总结范文评选活动圆满结束,共收到作品80篇。",
        "参考往年的工作总结范文,我们认真梳理了全年工作。",
        "参照往年工作总结范文梳理了全年工作,形成本报告。",
        "县妇联2020年上半年工作总结范文",
    ] {
        assert_eq!(glued_sample_word(t), None, "{t}");
    }
}

#[test]
fn characters_lost_to_question_marks() {
    let found = |line: &str| {
        let mut out = Vec::new();
        inline(line, 0, 0, &mut out);
        out.into_iter().map(|f| line[f.range].to_string()).collect::<Vec<_>>()
    };
    assert_eq!(found("1、强化工会组织建设,夯实工作基??"), ["??"]);
    assert_eq!(found("职工入会率达??%,建立??机制"), ["??"]);
    assert!(found("这样做对吗??我们认为不对").is_empty());
    assert!(found("为什么??,Why??").is_empty());
    assert!(found("遇到困难怎么办??").is_empty());
}

#[test]
fn a_page_number_cutting_a_sentence() {
    let found = |text: &str| {
        let mut out = Vec::new();
        chunk_markers(&Document::new(text), &mut out);
        out.into_iter().map(|f| text[f.range].to_string()).collect::<Vec<_>>()
    };
    let p = "常住人口1419人、流动人口39人,党员73人、团员6人、群众1379人,18岁以下310人、18岁至60岁984人、 60岁";
    assert_eq!(found(&format!("{p} 1\n\n以上164人。")), ["1"]);
    // A heading, a table's row, a figure on the next line: no page number.
    for text in [format!("{p} 1\n\n二、社区建设"), format!("{p}\n\n以上164人。"), format!("{p} 1\n以上164人。")]
    {
        assert!(found(&text).is_empty(), "{text}");
    }
    assert!(found("项目 1\n\n完成情况良好").is_empty());
}

#[test]
fn a_site_menu_of_document_kinds_in_either_script() {
    let k = |t: &str| kinds(&format!("{t}\n社区工作总结\n一、主要工作\n正文内容")).first().map(|x| x.1);
    assert_eq!(
        k("網站首頁 個人文檔 個人總結 工作總結 述職報告 心得體會 演講稿 講話致辭 實用文 教學資源 企業文化 公文 論文"),
        Some(Kind::Breadcrumb)
    );
    assert_eq!(k("首页 | 工作总结 | 工作计划 | 述职报告 | 心得体会 | 演讲稿"), Some(Kind::Breadcrumb));
    assert_eq!(k("網站首頁 實用文 書信 面試 實習 實習報告 職場 職責 勵志 名言 熱點"), Some(Kind::Breadcrumb));
    assert_eq!(k("主页 新闻 公告 通知 简介 职场"), None);
    // A table's header, a heading, a list of subjects: not a menu.
    assert_eq!(k("姓名 性别 年龄 职务 工作单位 联系电话"), None);
    assert_eq!(k("语文 数学 英语 物理 化学"), None);
    assert_eq!(k("一、工作总结 二、述职报告 三、心得体会 四、工作计划 五、讲话"), None);
    assert_eq!(k("工作总结 述职报告"), None);
}

#[test]
fn an_add_to_desktop_widget_a_source_field_and_a_writing_site_name_at_the_head() {
    let text =
        "电脑桌面\n添加某某家园网 主题教育到电脑桌面\n安装后可以在桌面快捷访问\n\n卫生健康局2023年工作总结\n正文内容。";
    assert_eq!(kinds(text).iter().map(|x| x.0).collect::<Vec<_>>(), vec![0, 1, 2]);
    // A caption alone, a sentence about the desktop: the report's.
    assert!(kinds("信息中心工作总结\n云桌面\n一、推进云桌面建设,安装后可在桌面快捷访问系统。").is_empty());
    let text = "尚港娱乐\n2024社区妇联年度工作总结\n\n来源:某某娱乐\n\n2024社区妇联年度工作总结\n".to_string()
        + &"正文内容,".repeat(30);
    assert!(kinds(&text).contains(&(3, Kind::Meta)));
    // The page's other fields, each on its own line.
    let text = "幼儿园述职报告(实用9篇)

ID:1234567

上传者:某某

述职报告"
        .to_string()
        + &"正文内容,".repeat(30);
    assert_eq!(kinds(&text).iter().filter(|k| k.1 == Kind::Meta).count(), 2);
    let text = "三八妇女节演讲稿\n\n巾帼不让须眉\n\n更新时间:\n\n同志们:".to_string() + &"正文内容,".repeat(30);
    assert!(kinds(&text).contains(&(4, Kind::Meta)));
    // A field of a sentence, or below the text: not the page's.
    assert!(kinds("社区工作总结\n资金来源:财政拨款\n一、主要工作").is_empty());
    let body = "正文内容,".repeat(30);
    assert!(kinds(&format!("社区工作总结\n{body}\n来源:国家统计局")).is_empty());
    let text = "公文写作素材驿站\n\n乡镇过去五年工作总结\n\n2021-12-04 09:09:27 网站:公文荟萃\n\n乡镇过去五年工作总结\n五年来,…";
    assert_eq!(kinds(text).first(), Some(&(0, Kind::SiteName)));
    // A unit's name over its report, or a writing site's name with no page furniture below it.
    assert!(kinds("某县公文写作培训中心\n2023年工作总结\n一、主要工作").is_empty());
    assert!(kinds("公文写作素材驿站\n2023年工作总结\n一、主要工作").is_empty());
}

#[test]
fn a_collection_tag_of_many_samples() {
    assert_eq!(collection_marker("乡镇上半年宣传思想工作总结及下半年工作思路(精选多篇)", true), Some(63..77));
    assert!(collection_marker("鄉鎮上半年宣傳思想工作總結及下半年工作思路(精選多篇)", true).is_some());
    assert!(collection_marker("社区工作总结(通用多篇)", false).is_some());
    assert!(collection_marker("社区工作总结(精选12篇)", false).is_some());
    // A count of papers, not a tag: too many words before it.
    assert!(collection_marker("获奖论文(在省级刊物发表多篇)", false).is_none());
}

#[test]
fn the_lead_in_pairs_are_the_first_two_characters_of_the_lead_in_words() {
    for (list, group) in LEAD_IN_LISTS.iter().zip(LEAD_IN_GROUPS) {
        let mut firsts: Vec<String> = list.iter().map(|w| w.chars().take(2).collect()).collect();
        firsts.dedup();
        let mut pairs: Vec<String> = group.iter().map(str::to_string).collect();
        firsts.sort();
        firsts.dedup();
        pairs.sort();
        assert_eq!(firsts, pairs);
    }
}

#[test]
fn a_mirror_sites_traditional_furniture_is_folded_before_the_tests() {
    let k = |t: &str| kinds(&format!("社区工作总结\n{t}\n一、主要工作\n正文内容")).first().map(|x| x.1);
    assert_eq!(k("【字號：加大 還原 減小】"), Some(Kind::Ui));
    assert_eq!(k("繼續免費閱讀 上一頁 下一頁"), Some(Kind::Ui));
    assert_eq!(k("發佈時間:2023-01-01 來源:網絡"), Some(Kind::Meta));
    assert_eq!(folded("工作總結"), Some("工作总结".to_string()));
    assert_eq!(folded("工作总结"), None);
    // Every character of the table is three bytes, and folds to one of three bytes.
    assert!(TRADITIONAL.chars().chain(SIMPLIFIED.chars()).all(|c| c.len_utf8() == 3));
    assert_eq!(TRADITIONAL.chars().count(), SIMPLIFIED.chars().count());
    // A report's own heading in traditional script stays.
    assert_eq!(k("一、工作總結"), None);
    assert_eq!(k("二、下一步工作計劃"), None);
}
