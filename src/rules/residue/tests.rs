//! Tests of `residue`, beside it.

use super::*;
use crate::rules::test_util::{assert_clean, assert_flags, findings};

/// The phrases replaced these regexes; they must find the same spans, left to right.
#[test]
fn phrases_agree_with_the_regexes_they_replaced() {
    let site = crate::pattern::builtin(concat!(
        r"淘文阁|百度文库|道客巴巴|豆丁网|豆丁文档|原创力文档|人人文库|冰点文库|金锄头文库|得力文库|360文库|文库网|装配图网|麦档网|",
        r"文档投稿赚钱网|第一范文网|范文网|学习啦|应届毕业生网|",
        r"(?i-u:(?:www\.)?(?:docin|doc88|book118|taodocs|renrendoc|bdocx|mayiwenku|jinchutou|wenkunet|wenku\.baidu|zhangqiaokeyan)\.(?:com|net|cn))"
    ));
    let boilerplate = crate::pattern::builtin(concat!(
        r"由(?:会员|用户|网友)[0-9A-Za-z_\u{4e00}-\u{9fff}]{0,12}?(?:分享|上传)|",
        r"本(?:文|文档|篇文章|资料)由[^,，。\n]{1,20}?(?:整理|提供|上传|收集|发布|分享)|",
        r"本(?:资料|文档|文章|站|网|篇|資料|文檔)(?:权属|版权|版權)[0-9A-Za-z_\u{4e00}-\u{9fff}]{0,12}?(?:严禁|禁止|请勿|不得|嚴禁|請勿)(?:复制|转载|抄袭|剽窃|盗用|翻印|複製|轉載|抄襲)(?:复制|转载|抄袭|剽窃|盗用|翻印|複製|轉載|抄襲)?|",
        r"此文档下载收益归作者所有|下载收益归作者所有|该文档为用户出资购买|文档贡献者|",
        r"下载后可(?:任意)?编辑|可编辑修改|下载积分|",
        r"更多精品文档|猜你喜欢|精选范文|范文大全|返回顶部|转载请注明|展开全文|全文阅读已结束|更多相关文档|相关文档推荐|",
        r"文档可能无法思考全面|可任意修改编辑|此文档为(?i-u:word)格式|(?i-u:word)格式\s*[-—]*\s*可编辑|感谢您的阅读|感谢阅读|来源于网络|来源\s*[:：]\s*网络|",
        r"限制\s*\d+\s*内"
    ));
    let buttons = crate::pattern::builtin(r"下载文档|文档下载|免费下载|点击下载|下载本文|收藏本文|欢迎下载|精品文档");
    let footer = crate::pattern::builtin(
        r"第\s*\d+\s*页\s*[,，/／、]?\s*共\s*\d+\s*页|共\s*\d+\s*页\s*[,，/／、]?\s*第\s*\d+\s*页|(?i-u:page)\s*\d+\s*(?i-u:of)\s*\d+",
    );
    let page_number_line = crate::pattern::builtin(r"^\s*(?:[-—–－]\s*\d{1,3}\s*[-—–－]|第\s*\d{1,3}\s*页)\s*$");
    let prev_next = crate::pattern::builtin(r"(?:上一篇|下一篇)\s*[:：].*");
    let extension = crate::pattern::builtin(r"(?i-u)\.(?:docx?|wps|pdf|pptx?)");
    let site_field = crate::pattern::builtin(
        r"^[\s\-–•·]*(配套讲稿|特殊限制|关\s+键\s+词|文档分类|文档格式|文档页数|文档大小|上传时间|下载次数|浏览次数)\s*[:：]",
    );
    let title_tag = crate::pattern::builtin(concat!(
        r"\d+页(珍藏版)|",
        r"【\s*(?:最新推荐|精品|精选|优质|推荐|完整版|精编|优选|范文|原创|最新)(?:最新推荐|精品|精选|优质|推荐|完整版|精编|优选|范文|原创|最新|总结|文档)?\s*】|【\s*(?i-u:word)版\s*】|",
        r"[-—－](?:精品|精选|最新|优质)[\x{3007}\x{3400}-\x{4DBF}\x{4E00}-\x{9FFF}\x{F900}-\x{FAFF}\x{20000}-\x{2A6DF}\x{2A700}-\x{2EBEF}\x{30000}-\x{3134F}]{0,4}?推荐[-—－]|",
        r"[（(]\s*(?:完整版|精选版|精编版|最新版|全文完整|优选版?|word版?(?:可编辑)?|可编辑版?|(?:通用|精选|优秀|热门|最新|汇总|合集|集锦|大全|实用|经典|必备)?\s*\d+\s*篇)\s*[）)]"
    ));
    let pieces = [
        "由", "会员", "用户", "网友", "abc", "张三", "分享", "上传", "本", "文", "文档", "篇文章", "资料", "整理",
        "权属", "版权", "严禁", "复制", "剽窃", "站", "提供", "，", ",", "。", "此文档下载收益归作者所有", "下载",
        "后可", "任意", "编辑", "可编辑", "修改", "积分", "精品文档", "猜你喜欢", "范文", "大全", "此文档为", "Word",
        "WORD", "格式", " ", "\u{3000}", "—", "-", "感谢", "阅读", "来源", "于网络", "：", ":", "网络", "限制", "150",
        "１５", "内", "百度文库", "文库网", "豆丁", "网", "www.", "DOC88", "docin", ".com", ".Cn", "10", "页",
        "珍藏版", "【", "】", "精品", "最新推荐", "word版", "（", "(", ")", "）", "完整版", "优选", "版", "通用", "5",
        "篇", "精选", "x", "(完整版", "【 精品", "（通用 5篇", "(汇总14篇", "10页珍藏版", "(word版可编辑", "(可编辑",
        "（优选", "【Word版", "第", "共", "9页", "第 1 页", "/", "、", "Page 2", "of", " OF 9", "-", "—", "－",
        "上一篇", "下一篇", "\n", "配套讲稿", "关 键 词", "关", "键", "词", "•", "·", "文档格式", "12", "推荐", "合同",
        "-精品", "推荐-", "最新", "总结", "全文完整", "全文",
    ];
    let mut lines = crate::rules::test_util::random_lines(&pieces, 40000, 10, 3);
    // Short lines of the pieces of page numbers, footers, links and field headings, which
    // match only whole or from the line's start.
    let short_pieces = [
        "第", "共", " ", "\u{3000}", "1", "12", "123", "1234", "９", "页", "，", "/", "-", "—", "－", "Page", "of",
        "上一篇", "下一篇", "：", ":", "配套讲稿", "文档格式", "关", "键", "词", "•", "·", "x", "\n", "第1页",
        "第 2 页", "共9页", "共 9 页", "- 2 -", "— 12 —", "Page 1 ", "of 9", "- 配套讲稿", "关 键 词", ".", "docx",
        "DOC", "Pptx", "ppt", ".pdf", "wps",
    ];
    lines.extend(crate::rules::test_util::random_lines(&short_pieces, 30000, 5, 11));
    // Where lazy and greedy, or a run of at least one and of none, would differ.
    lines.extend(
        [
            "由会员分享上传", "由用户abc上传分享", "本文由张三整理提供", "本文由整理", "本文由整理好了再发布",
            "来源 ：  网络", "限制１５０ 内", "Word格式——可编辑", "（ 通用 12 篇 ）", "第1234页", "- 1234 -",
            " 第 123 页 ", "-12-",
        ]
        .map(String::from),
    );
    let mut found = [0usize; 9];
    for line in &lines {
        let line = line.as_str();
        for (k, (re, alts)) in [
            (&site, &SITE),
            (&boilerplate, &BOILERPLATE),
            (&buttons, &BUTTONS),
            (&title_tag, &TITLE_TAG),
            (&footer, &PAGE_FOOTER),
            (&prev_next, &PREV_NEXT),
            (&extension, &EXTENSION),
        ]
        .into_iter()
        .enumerate()
        {
            let want: Vec<_> = re.find_iter(line).map(|m| m.range()).collect();
            let got: Vec<_> = alts.find_iter(line).into_iter().map(|(r, _)| r).collect();
            assert_eq!(got, want, "pattern {k} on {line:?}");
            found[k] += !want.is_empty() as usize;
        }
        assert_eq!(PAGE_NUMBER_LINE.is_match(line), page_number_line.is_match(line), "page number line {line:?}");
        found[7] += page_number_line.is_match(line) as usize;
        let want: Vec<_> = site_field.captures_iter(line).map(|c| c.get(1).unwrap().range()).collect();
        let got: Vec<_> = SITE_FIELD.find_iter(line).into_iter().map(|(m, _)| site_field_name(line, m)).collect();
        assert_eq!(got, want, "site field {line:?}");
        found[8] += !want.is_empty() as usize;
        // The part reported of a title tag.
        let want: Vec<_> =
            title_tag.captures_iter(line).map(|c| c.get(1).unwrap_or_else(|| c.get(0).unwrap()).range()).collect();
        let got: Vec<_> = TITLE_TAG
            .find_iter(line)
            .into_iter()
            .map(|(m, form)| if form == 0 { m.end - "珍藏版".len()..m.end } else { m })
            .collect();
        assert_eq!(got, want, "title tag on {line:?}");
    }
    assert!(found.iter().all(|&n| n >= 100), "lines with a match, per pattern: {found:?}");
}

/// One example per alternative of each unanchored pattern: the prefilter must let it through,
/// or the pattern would never run on it.
#[test]
fn every_alternative_passes_the_prefilter() {
    let phrases = |phrase: &'static Phrase| move |s: &str| phrase.is_match(s);
    type Case<'a> = (u64, &'a dyn Fn(&str) -> bool, &'a [&'a str]);
    let cases: &[Case] = &[
        (
            SITE_BIT,
            &phrases(&SITE),
            &[
                "淘文阁", "百度文库", "道客巴巴", "豆丁网", "豆丁文档", "原创力文档", "人人文库", "冰点文库",
                "金锄头文库", "得力文库", "360文库", "文库网", "装配图网", "麦档网", "文档投稿赚钱网", "第一范文网",
                "范文网", "学习啦", "应届毕业生网", "WWW.DOC88.COM", "book118.net", "renrendoc.cn",
            ],
        ),
        (
            BOILERPLATE_BIT,
            &phrases(&BOILERPLATE),
            &[
                "由会员abc分享", "由用户上传", "由网友分享", "本文由张三整理", "本文档由某某提供", "本篇文章由他上传",
                "本资料由网友收集", "本资料权属文秘公文第一站严禁复制剽窃", "本站版权严禁转载",
                "此文档下载收益归作者所有", "下载收益归作者所有", "该文档为用户出资购买", "文档贡献者", "下载后可编辑",
                "下载后可任意编辑", "可编辑修改", "下载积分", "更多精品文档", "猜你喜欢", "精选范文", "范文大全",
                "返回顶部", "转载请注明", "展开全文", "全文阅读已结束", "更多相关文档", "相关文档推荐",
                "文档可能无法思考全面", "可任意修改编辑", "此文档为WORD格式", "Word格式 — 可编辑", "感谢您的阅读",
                "感谢阅读", "来源于网络", "来源：网络", "来源 : 网络", "来源\u{2003}：网络", "限制150内",
                "限制 １５０ 内",
            ],
        ),
        (
            BUTTONS_BIT,
            &phrases(&BUTTONS),
            &["下载文档", "文档下载", "免费下载", "点击下载", "下载本文", "收藏本文", "欢迎下载", "精品文档"],
        ),
        (
            TITLE_TAG_BIT,
            &phrases(&TITLE_TAG),
            &[
                "10页珍藏版", "【最新推荐】", "【精品】", "【精选推荐】", "【 推荐精品】", "【 精选 】", "【优质】",
                "【推荐】", "【完整版】", "【Word版】", "【精编】", "【优选】", "【范文】", "【原创】", "(完整版)",
                "（精选版）", "(精编版)", "(最新版)", "(优选)", "(优选版)", "(word)", "(word版可编辑)", "(可编辑)",
                "(可编辑版)", "(5篇)", "(通用 5 篇)", "（精选１０篇）", "(优秀3篇)", "(热门3篇)", "(最新3篇)",
                "-精品合同推荐-", "—最新推荐—", "－精选范文推荐－", "【最新总结】", "【最新】", "【精选文档】",
                "(全文完整)",
            ],
        ),
        (
            FOOTER_BIT,
            &phrases(&PAGE_FOOTER),
            &["第1页共9页", "第 1 页 / 共 9 页", "共9页第1页", "共 9 页，第 1 页", "Page 1 of 9", "PAGE 2 OF 9"],
        ),
        (PREV_NEXT_BIT, &phrases(&PREV_NEXT), &["上一篇:社区工作", "下一篇：工作计划"]),
    ];
    for (bit, is_match, examples) in cases {
        for example in *examples {
            assert!(is_match(example), "the pattern must match its own example {example:?}");
            assert!(pairs::RESIDUE.scan(example) & bit != 0, "the prefilter hides {example:?}");
        }
    }
    // An ordinary paragraph runs no pattern at all.
    let ordinary = "全年共举办各类培训班12期,培训妇女干部1200人次,由区妇联牵头,联合文化、教育等部门开展“最美家庭”评选活动,相关文件已印发。";
    assert_eq!(pairs::RESIDUE.scan(ordinary), 0);
}

#[test]
fn sharing_site_banner() {
    let text = "《××区妇联2022年工作总结.docx》由会员分享,可在线阅读,更多相关《××区妇联2022年工作总结.docx(10页珍藏版)》请在淘文阁 - 分享文档赚钱的网站上搜索。";
    let flagged: Vec<_> = findings(&Residue, text)
        .into_iter()
        .filter(|f| f.severity != Severity::Info)
        .map(|f| text[f.range].to_string())
        .collect();
    assert_eq!(flagged, ["由会员分享", "珍藏版", "淘文阁"]);
}

#[test]
fn site_names_and_boilerplate() {
    assert_flags(&Residue, "本文档由百度文库用户上传", &["本文档由百度文库用户上传"]);
    assert_flags(&Residue, "来自道客巴巴", &["道客巴巴"]);
    assert_flags(&Residue, "本文由范文网整理发布。", &["本文由范文网整理发布。"]); // a lead-in: the whole line
    assert_flags(&Residue, "此文档下载收益归作者所有", &["此文档下载收益归作者所有"]);
    assert_flags(&Residue, "更多精品文档", &["更多精品文档"]);
    assert_flags(&Residue, "下载文档 收藏本文", &["下载文档", "收藏本文"]);
    assert_flags(&Residue, "正文。\n精品文档\n正文", &["精品文档"]);
    assert_clean(
        &Residue,
        "区妇联网站开设学习专栏,为广大妇女提供免费下载学习资料的服务,全年累计访问量达到两万余人次。",
    );
    assert_clean(&Residue, "我们在网站开设专栏,群众可文档下载,方便快捷,受到好评,全年累计访问两万余人次。");
    assert_flags(&Residue, "www.docin.com", &["www.docin.com"]);
    assert_flags(&Residue, "限制150内", &["限制150内"]);
    assert_flags(&Residue, "社区工作总结(通用5篇)", &["(通用5篇)"]);
    assert_flags(&Residue, "社区妇联工作总结汇报(汇总14篇)", &["(汇总14篇)"]);
    assert_flags(&Residue, "社区工作总结（完整版）", &["（完整版）"]);
    assert_flags(&Residue, "【精品】社区工作总结", &["【精品】"]);
    assert_flags(&Residue, "文档可能无法思考全面,请浏览后下载!", &["文档可能无法思考全面"]);
    assert_flags(&Residue, "(此文档为word格式,可任意修改编辑!)", &["此文档为word格式", "可任意修改编辑"]);
    assert_flags(&Residue, "本文来源于网络", &["来源于网络"]);
}

#[test]
fn site_field_headings() {
    assert_flags(&Residue, "- 配套讲稿:\n如PPT文件的首页显示word图标。", &["配套讲稿"]);
    assert_flags(&Residue, "- 特殊限制:", &["特殊限制"]);
    assert_flags(&Residue, "- 关 键 词:", &["关 键 词"]);
    assert_clean(&Residue, "工作中没有特殊限制:一律公开。");
}

#[test]
fn page_footers_and_numbers() {
    assert_flags(&Residue, "工作总结第1页共9页", &["第1页共9页"]);
    assert_flags(&Residue, "共 9 页 第 2 页", &["共 9 页 第 2 页"]);
    assert_flags(&Residue, "正文\n- 1 -\n正文", &["- 1 -"]);
    assert_flags(&Residue, "正文\n—2—", &["—2—"]);
    // Glued to the first line of its page; a dash that opens a line's own words is no number.
    assert_flags(&Residue, "正文\n—3—主题教育心得体会", &["—3—"]);
    assert_clean(&Residue, "正文\n—3—5岁幼儿\n——2023年工作回顾");
    assert_clean(&Residue, "全书共9页,第1章讲述历史");
}

#[test]
fn previous_and_next_links() {
    assert_flags(
        &Residue,
        "上一篇:济南大学高校简历模版 下一篇:年度县政协主席述职述廉报告",
        &["上一篇:济南大学高校简历模版 下一篇:年度县政协主席述职述廉报告"],
    );
    assert_flags(&Residue, "下一篇：社区工作计划  ", &["下一篇：社区工作计划"]);
}

#[test]
fn sample_collection_markers() {
    assert_flags(
        &Residue,
        "社区妇代会工作报告\n\n  【社区妇代会工作报告一】\n\n同志们:",
        &["【社区妇代会工作报告一】"],
    );
    assert_flags(&Residue, "标题\n【工作总结二】", &["【工作总结二】"]);
    assert_flags(&Residue, "标题\n篇一:社区工作总结", &["篇一"]);
    assert_flags(&Residue, "标题\n【范文3】", &["范文3"]);
    assert_flags(&Residue, "标题\n第二篇:社区工作总结", &["第二篇"]);
    // The number glued to the sample's own title; a chapter (篇章) or a title with no kind is none.
    assert_flags(&Residue, "护理年度总结5篇\n第1篇护理年度总结\n首先。", &["5篇", "第1篇"]);
    assert_clean(&Residue, "标题\n第三篇章是工作总结");
    assert_clean(&Residue, "标题\n第三篇学习贯彻讲话精神");
    assert_clean(&Residue, "标题\n第二部分 工作成效");
    assert_clean(&Residue, "标题\n【案例一】\n某村妇联");
    assert_clean(&Residue, "标题\n【一】");
    assert_clean(&Residue, "典型案例汇编\n【案例一】");
    assert_flags(&Residue, "社区妇代会工作报告\n正文。\n社区妇代会工作报告二\n正文。", &["社区妇代会工作报告二"]);
    assert_flags(&Residue, "社区妇代会工作报告\n正文。\n社区妇代会工作报告(三)", &["社区妇代会工作报告(三)"]);
    // The title printed again right below itself is no collection marker: it is reported as a
    // repeated title.
    let f = findings(&Residue, "社区妇代会工作报告\n社区妇代会工作报告\n正文。");
    assert_eq!(f.len(), 1);
    assert!(f[0].message.contains("重复的标题") && f[0].range == (28..55));
}

#[test]
fn sample_number_glued_to_the_year_that_opens_its_text() {
    let text = "乡镇妇联工作计划四篇\n以下是小编整理的乡镇妇联工作计划。\n乡镇妇联工作计划 篇120xx年,妇联紧紧围绕街道中心工作。";
    assert_flags(&Residue, text, &["四篇", "以下是小编整理的乡镇妇联工作计划。", "篇1"]);
    let text = "乡镇妇联工作计划\n正文。\n乡镇妇联工作计划12023年,我局妇女儿童工作取得成绩,现总结如下:";
    assert_flags(&Residue, text, &["1"]);
    assert_clean(&Residue, "乡镇妇联工作计划\n乡镇妇联工作计划2023年要点如下,请对照执行。");
}

#[test]
fn trailing_empty_brackets() {
    let text = "不断开创我县妇女儿童事业的新局面!()\n\n上一篇:简历模版";
    assert_flags(&Residue, text, &["()", "上一篇:简历模版"]);
    let f = findings(&Residue, text);
    assert!(f[0].fixes[0].safe && f[0].fixes[0].replacement.is_empty());
    assert_clean(&Residue, "培训()人次");
    assert_clean(&Residue, "(一)");
}

#[test]
fn page_chunk_number_glued_into_a_sentence() {
    assert_flags(&Residue, "努力加强组织2、建设,提升服务能力。", &["2、"]);
    assert_clean(&Residue, "主要工作:一是加强学习;2、完善制度。");
    assert_clean(&Residue, "2、完善制度建设");
    assert_clean(&Residue, "工作重点:1、加强组织2、完善制度3、强化宣传");
    assert_clean(&Residue, "获得第2、3名");
    assert_clean(&Residue, "2021年1、2月份");
    assert_clean(&Residue, "其中1、2号楼");
    assert_clean(&Residue, "详见附件2、附件3");
    assert_clean(&Residue, "如表2、图3所示");
}

#[test]
fn metadata_and_extensions_are_only_info() {
    let text = "社区妇代会工作报告.docx\n\n时间:2021-08-31\n\n正文";
    let f = findings(&Residue, text);
    assert_eq!(f.len(), 2);
    assert!(f.iter().all(|f| f.severity == Severity::Info));
}

#[test]
fn ordinary_report_text_is_clean() {
    assert_clean(
        &Residue,
        "区妇联2023年工作总结\n一、主要工作\n1、加强组织建设。\n2、完善制度。\n建设红色文库,开展读书分享活动。",
    );
    assert_clean(&Residue, "会员单位分享了经验,用户满意度提高");
    assert_clean(&Residue, "(一)加强学习\n第一,坚持党建引领");
}

#[test]
fn no_panic_and_linear() {
    let _ = findings(&Residue, &"加强2、建设".repeat(50_000));
    let _ = findings(&Residue, &"中1、".repeat(100_000));
    for s in ["", "【", "【一】", "上一篇:", "2、", "中2、", "()", "- 1 -"] {
        let _ = findings(&Residue, s);
    }
}

#[test]
fn a_first_line_again_with_a_number_opens_the_next_sample() {
    assert_flags(
        &Residue,
        "销售部管理制度【精选】\n下面是小编收集整理的销售部管理制度,欢迎大家分享。\n销售部管理制度1\n本制度旨在规范销售工作。\n销售部管理制度2\n制定详细的操作手册。",
        &["【精选】", "下面是小编收集整理的销售部管理制度,欢迎大家分享。", "1", "2"],
    );
    assert_flags(
        &Residue,
        "起点作文网\n业务员绩效考核方法(收集5篇)\n业务员绩效考核方法篇1\n绩效考核是常用手段。",
        &["起点作文网", "(收集5篇)", "篇1"],
    );
    assert_clean(&Residue, "安全生产工作总结\n一、主要工作\n安全生产工作总结报告会召开3次。");
}

#[test]
fn a_sample_number_glued_to_the_first_words_of_its_text() {
    let text = "农村小学学校工作计划(15篇)\n正文。\n农村小学学校工作计划1侯庄小学学校发展规划 以《纲要》为指导思想。";
    assert_flags(&Residue, text, &["(15篇)", "1"]);
    let text = "【精品】学校工作计划范文汇编8篇\n正文。\n学校工作计划 篇1为贯彻《意见》精神,结合实际。";
    assert_flags(&Residue, text, &["【精品】", "汇编8篇", " 篇1"]);
    assert_clean(&Residue, "学校工作计划\n正文。\n学校工作计划2个方面的内容如下。");
}

#[test]
fn a_title_tag_of_two_site_words() {
    let f = findings(&Residue, "社区工作总结\n2023年县教育局工作总结【精选推荐】\n一、主要工作");
    assert!(f.iter().any(|f| f.message.contains("【精选推荐】")), "{f:?}");
    assert!(findings(&Residue, "社区工作总结\n【典型经验】\n一、主要工作").is_empty());
}

#[test]
fn a_watermark_that_claims_the_document_and_bans_copying() {
    assert_flags(
        &Residue,
        "组织医疗小本资料权属文秘公文第一站严禁复制剽窃分队开展义诊",
        &["本资料权属文秘公文第一站严禁复制剽窃"],
    );
    assert_clean(&Residue, "本资料严禁复制、外传,严禁转载未公开资料");
}

#[test]
fn the_title_again_before_the_text() {
    let text = "2021年村庄美化总结汇报参考5篇\n\n2021 年村庄美化总结汇报参考 5 篇 2021 村庄美化总结汇报参考 1 三岔河镇新口村地处两省交界处。";
    let f = findings(&Residue, text);
    assert!(f.iter().any(|f| f.message.contains("重复了标题") && text[f.range.clone()].ends_with("5 篇")), "{f:?}");
    // A title with no site's tag, said again in the text: no finding.
    let text = "社区工作总结\n社区工作总结如下:今年以来,我们认真工作。";
    assert!(!findings(&Residue, text).iter().any(|f| f.message.contains("重复了标题")));
}

#[test]
fn the_title_inserted_into_a_paragraph() {
    let text = "第一篇:中学工会工作总结和工作计划\n我们努力实现教育发展战略思想的转变,中学工会工作总结和工作计划。我校工会与学校党政一起,实行依法治教,工作计划《中学工会工作总结和工作计划》。\n";
    let found: Vec<_> = findings(&Residue, text)
        .into_iter()
        .filter(|f| f.message.contains("插入的标题"))
        .map(|f| text[f.range].to_string())
        .collect();
    assert_eq!(found, ["中学工会工作总结和工作计划", "工作计划《中学工会工作总结和工作计划》"]);
    // A sentence that names the report goes on after its name; a short title is a phrase.
    assert_clean(&Residue, "2023年社区工作总结\n一年来,我们努力工作,现将2023年社区工作总结报告如下。");
    assert_clean(&Residue, "2023年社区工作总结\n一年来,我们努力工作,关于2023年社区工作总结,请见附件。");
    assert_clean(&Residue, "工作总结\n一年来,我们努力工作,工作总结,要实事求是。");
    assert_clean(&Residue, "2023年社区工作总结\n一年来,我们努力工作,认真撰写《2023年社区工作总结》,按时上报。");
}

#[test]
fn the_tag_words_that_only_follow_end_the_list() {
    assert!(TAG_WORDS.0.ends_with(TAG_FOLLOWERS), "{TAG_FOLLOWERS} must be the end of TAG_WORDS");
}
