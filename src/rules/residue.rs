//! Junk pasted along with the report from document-sharing sites and web pages: site banners
//! (`淘文阁`, `百度文库`, `道客巴巴` …), their boilerplate (`由会员分享`, `(10页珍藏版)`,
//! `此文档下载收益归作者所有`, `- 配套讲稿:`, `- 关 键 词:`, `限制150内`), page footers
//! (`第1页共9页`, `- 1 -`), `上一篇:…下一篇:…` links, sample-collection markers
//! (`【社区妇代会工作报告一】`, `篇一:`, `(通用5篇)`), a page-chunk number glued into the middle
//! of a sentence (`…加强组织2、建设…`), and an empty `()` left at the end of a paragraph.
//! A `.docx` in the title and a `时间:2021-08-31` line at the top are reported as info only:
//! they are often left in on purpose in drafts shared inside an office.
//!
//! Why it matters: a report that still carries a site's banner shows it was copied, and the
//! junk breaks the text for whoever reads it.
//!
//! What it leaves alone: `2、` at the start of a line (a list item or heading), inline
//! enumerations (`一是…;2、…`, `1、…2、…` close together), `文库` alone (a library may be the
//! subject of the report), and the sites' explanatory sentences after a flagged heading (the
//! heading is enough to find the block). Spans are kept to the junk words themselves.

#[cfg(not(target_arch = "wasm32"))]
use super::RuleDocs;
use super::{page_furniture, Context, Rule, RuleMeta};
use crate::analysis::pairs;
use crate::diagnostic::{Finding, Severity};
use crate::phrase::{any, blank, some, Item, Item::*, Phrase};
use crate::text::{char_at, char_before, char_offset, is_digit, is_han, trailing_empty_brackets};
use crate::words;
use regex_lite::Regex;
use std::sync::LazyLock;

/// What the rule is called and what it claims (see [`RuleMeta`]).
pub const META: RuleMeta = RuleMeta {
    id: "residue",
    title: "网页残留内容",
    top_severity: Severity::Error,
    #[cfg(not(target_arch = "wasm32"))]
    docs: RuleDocs {
        summary: "sharing-site names and boilerplate (`由会员分享`, `(10页珍藏版)`), and page furniture found by its shape, one finding per block: UI-word lines (`下载 打印 全屏 收藏 【字号：加大 还原 减小】`), breadcrumbs (also after `>`), a page's category before its buttons (`工作计划 会员上传 下载docx`), `欢迎光临…` greetings, watermarks, metadata lines (`发布时间:… 来源:`), notices and lead-ins (`下面是小编为大家整理的…`), page headers repeated or numbered (`…_第1页`), collection titles and markers (`精选6篇`, `…计划四篇`, `【五篇】`, `优秀5篇范文`, `…报告篇1`, `… 篇一`, `…总结最新1`, `【…总结范文】` before the sample), page-chunk markers `N、` that split a sentence (the fix joins the halves), inline pinyin `學(xué)`, HTML tags, a forum's anti-scrape noise (`m% g _ 3`, one finding per block), view counters and labelled fields (`阅读: 2.08W 次`, `推荐人: 来源:`), a site's notices and preview cut-offs (`还剩13页未读`), keyword tags, QR-code and add-to-desktop prompts, a site's menu of document kinds (`網站首頁 個人文檔 工作總結 述職報告 …`; traditional script is folded to simplified before these tests), a table of contents run into one paragraph, stray `'` or backquotes between Han characters, a viewer's page counter (`1 / 3`), the title inserted by a site into a paragraph as a clause of its own. Error for site names and boilerplate, warning for furniture found by shape; a `时间:` line and a repeated title are info",
        flags: "下面是小编为大家整理的社区工作总结范文,供大家参考。\n一、主要工作",
        passes: "社区2023年工作总结\n一、主要工作",
    },
};

pub struct Residue;

// The site names, boilerplate, buttons and title tags are phrases matched by hand (see
// `phrase`): drafts pasted from sharing sites all have some, and as regexes they were compiled on
// the first check of each such draft. The test `phrases_agree_with_the_regexes_they_replaced`
// holds the regexes they were and checks them against each other.

/// `[0-9A-Za-z_\u{4e00}-\u{9fff}]`: what a member name on a sharing site is made of.
fn name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// `[^,，。\n]`: within one clause.
fn in_clause(c: char) -> bool {
    !matches!(c, ',' | '，' | '。' | '\n')
}

fn dash(c: char) -> bool {
    matches!(c, '-' | '—')
}

/// Names of document-sharing sites and their domains.
static SITE: Phrase = Phrase::new(&[
    &[Words(words![
        "淘文阁", "百度文库", "道客巴巴", "豆丁网", "豆丁文档", "原创力文档", "人人文库", "冰点文库", "金锄头文库",
        "得力文库", "360文库", "文库网", "装配图网", "麦档网", "文档投稿赚钱网", "第一范文网", "范文网", "学习啦",
        "应届毕业生网",
    ])],
    &[
        NoCase(words!["www.", ""]),
        NoCase(words![
            "docin", "doc88", "book118", "taodocs", "renrendoc", "bdocx", "mayiwenku", "jinchutou", "wenkunet",
            "wenku.baidu", "zhangqiaokeyan",
        ]),
        NoCase(words![".com", ".net", ".cn"]),
    ],
]);

/// Boilerplate of those sites, reported word for word.
static BOILERPLATE: Phrase = Phrase::new(&[
    // 由会员…分享
    &[
        Words(words!["由"]),
        Words(words!["会员", "用户", "网友"]),
        Run { class: name_char, min: 0, max: 12, lazy: true },
        Words(words!["分享", "上传"]),
    ],
    // 本文档由…整理
    &[
        Words(words!["本"]),
        Words(words!["文", "文档", "篇文章", "资料"]),
        Words(words!["由"]),
        Run { class: in_clause, min: 1, max: 20, lazy: true },
        Words(words!["整理", "提供", "上传", "收集", "发布", "分享"]),
    ],
    // 本资料权属…严禁复制剽窃: a site's claim to the document and its ban on copying, a watermark.
    &[
        Words(words!["本资料", "本文档", "本文章", "本站", "本网", "本篇", "本資料", "本文檔"]),
        Words(words!["权属", "版权", "版權"]),
        Run { class: name_char, min: 0, max: 12, lazy: true },
        Words(words!["严禁", "禁止", "请勿", "不得", "嚴禁", "請勿"]),
        Words(crate::text::Words(COPYING_OR_NONE.0.split_at(COPYING_OR_NONE.0.len() - 1).0)),
        Words(COPYING_OR_NONE),
    ],
    &[Words(words!["此文档下载收益归作者所有", "下载收益归作者所有", "该文档为用户出资购买", "文档贡献者"])],
    &[Words(words!["下载后可"]), Words(words!["任意", ""]), Words(words!["编辑"])],
    &[Words(words![
        "可编辑修改", "下载积分", "更多精品文档", "猜你喜欢", "精选范文", "范文大全", "返回顶部", "转载请注明",
        "展开全文", "全文阅读已结束", "更多相关文档", "相关文档推荐", "文档可能无法思考全面", "可任意修改编辑",
    ])],
    &[Words(words!["此文档为"]), NoCase(words!["word"]), Words(words!["格式"])],
    &[
        NoCase(words!["word"]),
        Words(words!["格式"]),
        any(blank),
        Run { class: dash, min: 0, max: usize::MAX, lazy: false },
        any(blank),
        Words(words!["可编辑"]),
    ],
    &[Words(words!["感谢您的阅读", "感谢阅读", "来源于网络"])],
    &[Words(words!["来源"]), any(blank), Words(words![":", "："]), any(blank), Words(words!["网络"])],
    &[Words(words!["限制"]), any(blank), some(is_digit), any(blank), Words(words!["内"])],
]);

/// What a site's watermark forbids (`严禁复制剽窃`), and nothing (the last: a second word is optional).
const COPYING_OR_NONE: crate::text::Words =
    words!["复制", "转载", "抄袭", "剽窃", "盗用", "翻印", "複製", "轉載", "抄襲", ""];

/// Words of a site's buttons and banners that a report could also use (`提供文档下载服务`):
/// reported only where they stand apart, on a short line or between non-Han characters.
static BUTTONS: Phrase = Phrase::new(&[&[Words(words![
    "下载文档", "文档下载", "免费下载", "点击下载", "下载本文", "收藏本文", "欢迎下载", "精品文档",
])]]);

/// A site's words in a title's tag (`【精品】`, `【精选推荐】`, `【最新总结】`): the words that may
/// open it, then those that may only follow one ([`TAG_FOLLOWERS`]), and nothing.
const TAG_WORDS: crate::text::Words = words![
    "最新推荐", "精品", "精选", "优质", "推荐", "完整版", "精编", "优选", "范文", "原创", "最新", "总结", "文档", ""
];
/// The end of [`TAG_WORDS`] that may only follow another word of it.
const TAG_FOLLOWERS: &str = "|总结|文档|";

/// `(10页珍藏版)`, `（完整版）`, `(word可编辑)`, `(通用5篇)`: title tags of sharing sites. Of the
/// first form only `珍藏版` is reported.
static TITLE_TAG: Phrase = Phrase::new(&[
    &[some(is_digit), Words(words!["页"]), Words(words!["珍藏版"])],
    // One or two of a site's words (`【精选推荐】`).
    &[
        Words(words!["【"]),
        any(blank),
        Words(crate::text::Words(TAG_WORDS.0.split_at(TAG_WORDS.0.len() - TAG_FOLLOWERS.len()).0)),
        Words(TAG_WORDS),
        any(blank),
        Words(words!["】"]),
    ],
    &[Words(words!["【"]), any(blank), NoCase(words!["word"]), Words(words!["版"]), any(blank), Words(words!["】"])],
    // A banner between dashes: `-精品合同推荐-`, `—最新推荐—`.
    &[
        Words(words!["-", "—", "－"]),
        Words(words!["精品", "精选", "最新", "优质"]),
        Run { class: is_han, min: 0, max: 4, lazy: true },
        Words(words!["推荐"]),
        Words(words!["-", "—", "－"]),
    ],
    &[
        Words(words!["（", "("]),
        any(blank),
        Words(words!["完整版", "精选版", "精编版", "最新版", "全文完整"]),
        any(blank),
        Words(words!["）", ")"]),
    ],
    &[
        Words(words!["（", "("]),
        any(blank),
        Words(words!["优选"]),
        Words(words!["版", ""]),
        any(blank),
        Words(words!["）", ")"]),
    ],
    &[
        Words(words!["（", "("]),
        any(blank),
        Words(words!["word"]),
        Words(words!["版", ""]),
        Words(words!["可编辑", ""]),
        any(blank),
        Words(words!["）", ")"]),
    ],
    &[
        Words(words!["（", "("]),
        any(blank),
        Words(words!["可编辑"]),
        Words(words!["版", ""]),
        any(blank),
        Words(words!["）", ")"]),
    ],
    &[
        Words(words!["（", "("]),
        any(blank),
        Words(words![
            "通用", "精选", "优秀", "热门", "最新", "汇总", "合集", "集锦", "大全", "实用", "经典", "必备", ""
        ]),
        any(blank),
        some(is_digit),
        any(blank),
        Words(words!["篇"]),
        any(blank),
        Words(words!["）", ")"]),
    ],
]);

fn not_newline(c: char) -> bool {
    c != '\n'
}

/// `[\s\-–•·]`: what a sharing site's field heading may begin with.
fn field_lead(c: char) -> bool {
    blank(c) || matches!(c, '-' | '–' | '•' | '·')
}

const DASHES: Item = Words(words!["-", "—", "–", "－"]);
const SEPARATOR: Item = Words(words![",", "，", "/", "／", "、", ""]);
const COLON: Item = Words(words![":", "："]);
const NUMBER: Item = Run { class: is_digit, min: 1, max: 3, lazy: false };

/// Page footers: `第1页共9页`, `共9页 第1页`, `第 1 页 / 共 9 页`, `Page 1 of 9`.
static PAGE_FOOTER: Phrase = Phrase::new(&[
    &[
        Words(words!["第"]),
        any(blank),
        some(is_digit),
        any(blank),
        Words(words!["页"]),
        any(blank),
        SEPARATOR,
        any(blank),
        Words(words!["共"]),
        any(blank),
        some(is_digit),
        any(blank),
        Words(words!["页"]),
    ],
    &[
        Words(words!["共"]),
        any(blank),
        some(is_digit),
        any(blank),
        Words(words!["页"]),
        any(blank),
        SEPARATOR,
        any(blank),
        Words(words!["第"]),
        any(blank),
        some(is_digit),
        any(blank),
        Words(words!["页"]),
    ],
    &[NoCase(words!["page"]), any(blank), some(is_digit), any(blank), NoCase(words!["of"]), any(blank), some(is_digit)],
]);

/// A line that is only a page number: `- 1 -`, `— 2 —`, `第 3 页`.
static PAGE_NUMBER_LINE: Phrase = Phrase::new(&[
    &[Start, any(blank), DASHES, any(blank), NUMBER, any(blank), DASHES, any(blank), End],
    &[Start, any(blank), Words(words!["第"]), any(blank), NUMBER, any(blank), Words(words!["页"]), any(blank), End],
]);

/// `上一篇:…`, `下一篇:…` links, to the end of the line.
static PREV_NEXT: Phrase = Phrase::new(&[&[Words(words!["上一篇", "下一篇"]), any(blank), COLON, any(not_newline)]]);

/// The field headings of a sharing site's page: `- 配套讲稿:`, `- 特殊限制:`, `- 关 键 词:`.
/// The heading's words are what is reported (`site_field_name`).
static SITE_FIELD: Phrase = Phrase::new(&[
    &[
        Start,
        any(field_lead),
        Words(words![
            "配套讲稿", "特殊限制", "文档分类", "文档格式", "文档页数", "文档大小", "上传时间", "下载次数", "浏览次数",
        ]),
        any(blank),
        COLON,
    ],
    &[
        Start,
        any(field_lead),
        Words(words!["关"]),
        some(blank),
        Words(words!["键"]),
        some(blank),
        Words(words!["词"]),
        any(blank),
        COLON,
    ],
]);

/// The words of a [`SITE_FIELD`] match: without what leads it and without the colon.
fn site_field_name(line: &str, m: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let text = &line[m.clone()];
    let start = m.start + (text.len() - text.trim_start_matches(field_lead).len());
    let end = m.start + text.trim_end_matches(&[':', '：'][..]).trim_end().len();
    start..end
}

/// Sample-collection markers at the start of a line: `篇一:`, `范文二`, `【篇三】`, and `第1篇` before
/// the sample's title (`第1篇护理年度总结`).
static SAMPLE_MARKER: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::builtin(
        r"^\s*(?:【\s*)?(?:((?:篇|范文|精选范文|优秀范文|推荐范文|范本|样本)\s*[一二三四五六七八九十\d]{1,3}|第\s*[一二三四五六七八九十\d]{1,3}\s*篇)\s*(?:】|[:：、.．]|\s|$)|(第\s*[一二三四五六七八九十\d]{1,3}\s*篇)[^章幅目。，,；;：:][^。，,；;：:]{1,23}(?:总结|报告|计划|方案|讲话|体会|心得)\s*$)",
    )
});

/// A bracketed line `【…】` whose content ends with an ordinal: `【社区妇代会工作报告一】`.
static BRACKET_LINE: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern::builtin(r"^\s*(【([^】]{1,40}?)([一二三四五六七八九十]{1,3}|\d{1,3})】)\s*$"));

/// An ordinal alone: `二`, `3`, `(三)` (after the title, it numbers the next sample).
static ORDINAL: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern::builtin(r"^(?:[一二三四五六七八九十]{1,3}|\d{1,3}|[（(][一二三四五六七八九十\d]{1,3}[）)])$")
});

/// A file extension left in a title: `…工作计划.docx`.
static EXTENSION: Phrase =
    Phrase::new(&[&[Words(words!["."]), NoCase(words!["docx", "doc", "wps", "pdf", "pptx", "ppt"])]]);

/// A title printed twice in a row is looked for on this many first lines.
const DOUBLED_TITLE_LINES: usize = 4;

/// A draft pasted from a sharing site has one page marker per page; past this many in one
/// paragraph the numbers are something else.
const MAX_GLUED_PER_LINE: usize = 30;

/// Words that end a sample marker's content: the kind of document being collected.
const DOC_KINDS: crate::text::Words = words![
    "总结", "报告", "计划", "讲话", "发言", "方案", "述职", "心得", "体会", "材料", "稿", "汇报", "致辞", "范文",
    "模板", "范例", "大全", "合集",
];

impl Rule for Residue {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, ctx: &Context, out: &mut Vec<Finding>) {
        let doc = ctx.doc;
        let title = doc.non_blank_lines().next().map(|(_, t)| t.trim()).unwrap_or("");
        // Whole lines of page furniture: one finding per block; their lines are not looked at again.
        let furniture = ctx.analysis.furniture();
        page_furniture::report_blocks(doc, furniture, out);
        let mut skip = furniture.iter().map(|f| f.0).peekable();
        let mut last_noise = None;
        // The first lines without a collection's tag: a line that repeats one of them with a
        // number after it opens the next sample (`销售部管理制度【精选】` … `销售部管理制度2`).
        let titles: Vec<&str> =
            doc.non_blank_lines().take(DOUBLED_TITLE_LINES).map(|(_, l)| without_tag(l.trim())).collect();
        // A title with a collection's tag (`…汇报参考5篇`): a 范文 site's, which it prints again.
        let tagged_title = page_furniture::collection_marker(title, true).is_some();
        // (Looked for on a sharing site's page only, one with furniture or a sample's number or tag
        // on its title: the search runs over every paragraph.)
        let site_page = !furniture.is_empty() || tagged_title || after_sample_number(title).is_some();
        let own_title = if site_page { own_title(titles.first().copied().unwrap_or("")) } else { "" };
        // Where it stands next in the text: searched for on from each place found (a search per line
        // set itself up again for each: 5 ms of the 10 MB draft).
        let title_from = |from: usize| doc.text[from..].find(own_title).map(|p| from + p);
        let mut title_at = if own_title.is_empty() { None } else { title_from(0) };
        for (n, (i, line)) in doc.non_blank_lines().enumerate() {
            while skip.next_if(|&s| s < i).is_some() {}
            if skip.next_if_eq(&i).is_some() {
                continue;
            }
            let first = out.len();
            let mask = pairs::RESIDUE.in_line(&ctx.analysis, i);
            check_line(line, mask, doc.lines[i].start, n, title, out);
            // (No list is made for a line with no glued markers to look for: most lines.)
            let marker = page_furniture::collection_marker(line.trim(), n == 0);
            let glued = if marker.is_none() && mask & TITLE_TAG_BIT != 0 {
                page_furniture::glued_item_markers(line.trim())
            } else {
                Vec::new()
            };
            let glued_word =
                if n == 0 && marker.is_none() { page_furniture::glued_sample_word(line.trim()) } else { None };
            for r in marker.into_iter().chain(glued).chain(glued_word) {
                let lead = line.len() - line.trim_start().len();
                let base = doc.lines[i].start + lead;
                let text = &line.trim()[r.clone()];
                out.push(Finding::new(
                    META.id,
                    Severity::Warning,
                    base + r.start..base + r.end,
                    format!("“{text}”是范文网站给标题加的合集标记,请删除"),
                ));
            }
            let lead_trimmed = line.trim_start();
            let ordinal = lead_trimmed.starts_with('【');
            if let Some(r) = ordinal.then(|| page_furniture::ordinal_before_title(line.trim())).flatten() {
                let base = doc.lines[i].start + line.len() - line.trim_start().len();
                let text = &line.trim()[r.clone()];
                out.push(Finding::new(
                    META.id,
                    Severity::Warning,
                    base + r.start..base + r.end,
                    format!("“{text}”是范文合集的分篇编号,请删除"),
                ));
            }
            if let Some(r) = ordinal.then(|| page_furniture::sample_title_in_brackets(lead_trimmed)).flatten() {
                let at = doc.lines[i].start + line.len() - lead_trimmed.len();
                let text = &lead_trimmed[r.clone()];
                out.push(
                    Finding::new(
                        META.id,
                        Severity::Warning,
                        at + r.start..at + r.end,
                        format!("“{text}”是范文网站给范文加的标题,请删除"),
                    )
                    .with_fix(at + r.start..at + r.end, "", true),
                );
            }
            if let Some(end) = (n > 0 && tagged_title).then(|| title_again(lead_trimmed, title)).flatten() {
                let at = doc.lines[i].start + line.len() - lead_trimmed.len();
                out.push(Finding::new(
                    META.id,
                    Severity::Warning,
                    at..at + end,
                    "段首重复了标题,是从网页复制时带进来的,请删除".to_string(),
                ));
            }
            if n > 0 && titles.iter().any(|t| !t.is_empty() && lead_trimmed.starts_with(t)) {
                numbered_title(line, doc.lines[i].start, &titles, out);
            }
            let base = doc.lines[i].start;
            while let Some(at) = title_at.filter(|&p| p < base + line.len()) {
                if n > 0 && at >= base {
                    title_inside(line, base, at - base, own_title, out);
                }
                title_at = title_from(at + own_title.len());
            }
            page_furniture::inline(line, doc.lines[i].start, mask, out);
            if n < DOUBLED_TITLE_LINES {
                let lead = line.len() - line.trim_start().len();
                if let Some(r) = page_furniture::doubled_start(&line[lead..]) {
                    let at = doc.lines[i].start + lead;
                    let text = &line[lead + r.start..lead + r.end];
                    out.push(
                        Finding::new(
                            META.id,
                            Severity::Warning,
                            at + r.start..at + r.end,
                            format!("标题“{text}”连写了两遍,是从网页复制时带进来的,请删去一遍"),
                        )
                        .with_fix(at + r.start..at + r.end, "", true),
                    );
                }
            }
            if out.len() - first > 1 {
                let mut line_findings = out.split_off(first);
                drop_nested(&mut line_findings);
                out.extend(line_findings);
            }
            // After the line's other findings are in their final order: the block's index stays.
            if mask & NOISE_BIT != 0 {
                page_furniture::report_noise(doc.text, line, doc.lines[i].start, out, &mut last_noise);
            }
        }
        page_furniture::chunk_markers(doc, out);
    }
}

/// `2021 年村庄美化总结汇报参考 5 篇 2021…`: a paragraph that opens with the page's title again,
/// blanks aside (a PDF's), before its text. Where the title's copy ends in `t`.
fn title_again(t: &str, title: &str) -> Option<usize> {
    let mut rest = t.char_indices().filter(|(_, c)| !c.is_whitespace());
    let mut end = 0;
    for c in title.chars().filter(|c| !c.is_whitespace()) {
        let (i, d) = rest.next()?;
        if c != d {
            return None;
        }
        end = i + crate::text::char_len(d);
    }
    // Text follows on the line (a line of the title alone is furniture, found elsewhere).
    (end > 0 && t[end..].trim_start().chars().next().is_some()).then_some(end)
}

/// A title this long at least is looked for inside paragraphs, where no sentence repeats it.
const TITLE_INSIDE_MIN_CHARS: usize = 8;
/// A site's channel put before the title it inserts in 《》 (`工作计划《…》`): at most this many
/// characters.
const TITLE_INSIDE_LEAD_CHARS: usize = 4;

/// The rest of a title after a collection's number of its sample (`第一篇:中学工会工作总结…`).
fn after_sample_number(title: &str) -> Option<&str> {
    let i = title.find(&[':', '：'][..])?;
    (title.starts_with('第') && title[..i].ends_with('篇')).then(|| title[i..].trim_start_matches(&[':', '：'][..]))
}

/// The document's title as a site may insert it into the text: without a sample's number before it
/// (`第一篇:`), and only when it names a kind of document and is long enough to be no phrase of the
/// report itself. Empty: none.
fn own_title(title: &str) -> &str {
    let title = after_sample_number(title).unwrap_or(title);
    let long = title.chars().count() >= TITLE_INSIDE_MIN_CHARS;
    if long && page_furniture::kind_of_document(title) {
        title
    } else {
        ""
    }
}

/// `…实现教育发展战略思想的转变,中学工会工作总结和工作计划。我校工会…`: the title (at byte `i` of
/// `line`) inserted by a site into a paragraph as a clause of its own (after a comma, perhaps after
/// a word or two and in 《》, and before a comma or a full stop). A sentence that names the report
/// goes on after it (`现将2023年工作总结报告如下`).
fn title_inside(line: &str, base: usize, i: usize, title: &str, out: &mut Vec<Finding>) {
    let head = &line[..i];
    let head = head.strip_suffix('《').unwrap_or(head);
    let Some(mark) = head.rfind(&['，', ','][..]) else { return };
    let start = mark + char_at(head, mark).map_or(1, crate::text::char_len);
    let lead = &head[start..];
    let mut end = i + title.len();
    let quoted = head.len() < i;
    if quoted {
        let Some(rest) = line[end..].strip_prefix('》') else { return };
        end = line.len() - rest.len();
    }
    let closes = line[end..].starts_with(&['。', '，', ',', '；'][..]);
    // (Before it only a kind of document, the site's channel, and only with the title in 《》:
    // `关于2023年社区工作总结,…`, `认真撰写《…》,` are sentences.)
    let lead_fits = lead.is_empty()
        || quoted && lead.chars().count() <= TITLE_INSIDE_LEAD_CHARS && page_furniture::kind_of_document(lead);
    if closes && lead_fits {
        out.push(Finding::new(
            META.id,
            Severity::Warning,
            base + start..base + end,
            format!("段落中的“{}”是网站插入的标题,请删除", &line[start..end]),
        ));
    }
}

/// `t` without a collection's tag at its end (`(收集5篇)`, `【精选】`) or a short one at its start
/// (`【精品】`).
fn without_tag(t: &str) -> &str {
    const START_TAG_CHARS: usize = 4;
    let t = match t.strip_prefix('【').and_then(|r| r.split_once('】')) {
        Some((tag, rest)) if tag.chars().count() <= START_TAG_CHARS => rest.trim_start(),
        _ => t,
    };
    if let Some(r) = page_furniture::collection_marker(t, true).filter(|r| r.end == t.len()) {
        return t[..r.start].trim_end();
    }
    if t.ends_with('】') {
        if let Some(i) = t.rfind('【') {
            return t[..i].trim_end();
        }
    }
    t
}

/// A title of the first lines again with a number after it (`销售部管理制度2`,
/// `业务员绩效考核方法篇1`): the next sample of a collection; also glued to the year that opens
/// the sample's text (`乡镇妇联工作计划120xx年,…`).
fn numbered_title(line: &str, base: usize, titles: &[&str], out: &mut Vec<Finding>) {
    let t = line.trim();
    for title in titles {
        if char_offset(title, 3).is_none() || !t.starts_with(title) {
            continue;
        }
        let marker = t[title.len()..].trim_start();
        let rest = marker.strip_prefix('篇').unwrap_or(marker);
        let len = if t.len() <= 3 * 80 && !rest.is_empty() && ORDINAL.is_match(rest) {
            marker.len()
        } else if let Some(n) = number_before_year(rest).or_else(|| number_before_text(rest)) {
            marker.len() - rest.len() + n
        } else {
            continue;
        };
        let marker = &marker[..len];
        let start = line.len() - line.trim_start().len() + t.len() - t[title.len()..].trim_start().len();
        out.push(Finding::new(
            META.id,
            Severity::Warning,
            base + start..base + start + len,
            format!("标题后的“{marker}”是范文合集的分篇编号,请删除"),
        ));
        return;
    }
}

/// `120xx年`: a sample's number (one or two digits) glued to a year (`20xx`, `2023`, `20__`);
/// the number's length in bytes.
fn number_before_year(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let run = b.iter().take_while(|&&c| c.is_ascii_digit() || matches!(c, b'x' | b'X' | b'_')).count();
    let n = run.checked_sub(4)?;
    let year = &b[n..];
    ((1..=2).contains(&n)
        && b[..n].iter().all(u8::is_ascii_digit)
        && (year.starts_with(b"20") || year.starts_with(b"19"))
        && s[run..].starts_with('年'))
    .then_some(n)
}

/// `1侯庄小学…`: a sample's number (one or two digits) glued to the first words of its text, not
/// to a unit (`2个`, `3月`); the number's length in bytes.
fn number_before_text(s: &str) -> Option<usize> {
    let n = s.bytes().take_while(u8::is_ascii_digit).count();
    let next = char_at(s, n)?;
    ((1..=2).contains(&n) && is_han(next) && !"年月日号个项次条名人元万亿届期批家所处篇".contains(next)).then_some(n)
}

/// Keeps one finding where a phrase holds another (`本文档由百度文库用户上传` holds `百度文库`).
fn drop_nested(line_findings: &mut Vec<Finding>) {
    // (Longest first where two start together.)
    crate::diagnostic::sort_findings(line_findings, |f| (f.range.start, usize::MAX - f.range.end, ""));
    let mut kept: Vec<Finding> = Vec::with_capacity(line_findings.len());
    for f in line_findings.drain(..) {
        if kept.last().is_some_and(|k| k.range.start <= f.range.start && f.range.end <= k.range.end) {
            continue;
        }
        kept.push(f);
    }
    *line_findings = kept;
}

/// The groups of `PAIR_GROUPS`: one per unanchored pattern.
const SITE_BIT: u64 = 1 << 0;
const BOILERPLATE_BIT: u64 = 1 << 1;
const BUTTONS_BIT: u64 = 1 << 2;
const TITLE_TAG_BIT: u64 = 1 << 3;
const FOOTER_BIT: u64 = 1 << 4;
const PREV_NEXT_BIT: u64 = 1 << 5;
/// A lead-in or a site's notice (see `page_furniture`).
pub(super) const LEAD_IN_BIT: u64 = 1 << 6;
/// A site's name or a domain (see `page_furniture`).
pub(super) const SITE_NOUN_BIT: u64 = 1 << 7;
/// `(` before a lowercase letter: pinyin in brackets (see `page_furniture`).
pub(super) const PINYIN_BIT: u64 = 1 << 8;
/// `<` or `&` before a letter: HTML tags and entities (see `page_furniture`).
pub(super) const MARKUP_BIT: u64 = 1 << 9;
/// A site's notice about the document or a preview's cut-off (see `page_furniture`).
pub(super) const NOTICE_BIT: u64 = 1 << 10;
/// `目录`: a table of contents (see `page_furniture`).
pub(super) const TOC_BIT: u64 = 1 << 11;
/// A word of metadata before a colon, a count of views, a QR code (see `page_furniture`).
pub(super) const META_BIT: u64 = 1 << 12;
/// A blank before an ASCII letter: where a forum's anti-scrape noise may be (see `page_furniture`).
pub(crate) const NOISE_BIT: u64 = 1 << 14;
/// `##`: a name left blank (read by `placeholder`).
pub(crate) const HASH_BIT: u64 = 1 << 13;

/// For each unanchored pattern, pairs of characters at least one of which every match holds
/// (see `bigrams`: `0` is any digit, a space any blank, `十` any Chinese numeral, `:` either
/// colon). One pass over a paragraph tells which patterns can match at all; a paragraph of an
/// ordinary report holds none of these pairs, so it runs no regex.
pub(crate) const PAIR_GROUPS: &[crate::text::Words] = &[
    // SITE: 淘文阁 百度文库 道客巴巴 豆丁 原创力文档 …文库 装配图网 麦档网 文档投稿 …范文网
    // 学习啦 应届毕业生网, and the domains (`.com`, `.net`, `.cn`).
    words!["文阁", "文库", "巴巴", "豆丁", "力文", "库网", "图网", "档网", "投稿", "文网", "习啦", "生网", ".c", ".n"],
    // BOILERPLATE, alternative by alternative.
    words![
        "由会", "由用", "由网", // 由会员…分享
        "本文", "本篇", "本资", "本站", "本网", // 本文档由…整理, 本资料权属…严禁复制
        "益归", "资购", "献者", "载后", "辑修",
        "载积", // 下载收益归, 出资购买, 贡献者, 下载后可编辑, 可编辑修改, 下载积分
        "品文", "猜你", "选范", "文大", "回顶", "载请", "开全", "读已", "多相",
        "档推", // 精品文档 … 更多相关文档, 相关文档推荐
        "考全", "意修", "档为", "d格", "谢您", "谢阅", "源于", "源:", "源 ", // … word格式, 来源: 网络
        "制0", "制 ", // 限制150内
    ],
    // BUTTONS: 下载文档 文档下载 免费下载 点击下载 下载本文 欢迎下载 / 收藏本文 / 精品文档
    words!["下载", "藏本", "品文"],
    // TITLE_TAG: 10页珍藏版, 【精品】…, (完整版) (精选版) (精编版) (最新版) (全文完整) (优选) (word版) (可编辑) (通用5篇)
    words![
        "藏版", "【最", "【精", "【优", "【推", "【完", "【w", "【范", "【原", "【 ", "整版", "选版", "编版", "新版",
        "文完", "优选", "rd", "可编", "0篇", " 篇", // and a collection's item marker (`篇1`, `篇一`)
        "篇0", "篇十", "荐-", "荐—", "荐－",
    ],
    // PAGE_FOOTER: 第1页共9页, 共 9 页, Page 1 of 9
    words!["0页", " 页", "of"],
    // PREV_NEXT: 上一篇, 下一篇
    words!["十篇"],
    // LEAD_IN (page_furniture::lead_in, disclaimer): every lead-in holds a word of its strong
    // list, of its sample words, or of its purpose words; a notice starts with its name.
    words![
        "小编", "小編", "本站", "本网", "本網", "网友", "看看", "参考", "參考", "帮助", "幫助", "借鉴", "范文", "範文",
        "例文", "十文", "数篇", "几篇", "文章", "模板", "免责", "免責", "版权", "版權", "导语", "導語", "预览", "未读",
        "范例", "範例", "灵感", "靈感", "写作", "合你", "合您",
    ],
    // SITE_NOUN (page_furniture::SITE_NOUNS and domains).
    words![
        "秘网", "文网", "之家", "习文", "库网", "书网", "文大", "案网", "迎您", "迎访", "迎訪", "迎光", "迎来", "迎來",
        "ww", ".c", ".n", ".o", "文網", "秘網"
    ],
    // PINYIN (page_furniture::inline): `(` and a lowercase letter.
    words![
        "(a", "(b", "(c", "(d", "(e", "(f", "(g", "(h", "(i", "(j", "(k", "(l", "(m", "(n", "(o", "(p", "(q", "(r",
        "(s", "(t", "(u", "(v", "(w", "(x", "(y", "(z",
    ],
    // MARKUP (page_furniture::inline): `<` or `&` and a letter, `</`, `&#`.
    words![
        "</", "&#", "<a", "<b", "<c", "<d", "<e", "<f", "<g", "<h", "<i", "<j", "<k", "<l", "<m", "<n", "<o", "<p",
        "<q", "<r", "<s", "<t", "<u", "<v", "<w", "<x", "<y", "<z", "&a", "&b", "&c", "&d", "&e", "&f", "&g", "&h",
        "&i", "&j", "&k", "&l", "&m", "&n", "&o", "&p", "&q", "&r", "&s", "&t", "&u", "&v", "&w", "&x", "&y", "&z",
    ],
    // NOTICE (page_furniture::site_notice, preview_notice): a notice holds two of its words, a
    // preview's notice a verb before a count (`省略854字`, `显示502字`, `全文共`, `还剩`).
    words![
        "版权", "版權", "侵权", "客服", "付费", "下载", "下載", "预览", "会员", "會員", "QQ", "上传", "系网", "系我",
        "省略", "示0", "文共", "还剩", "剩余", "未读", "隐藏",
    ],
    // TOC (page_furniture::inline): a table of contents flattened into a paragraph.
    words!["目录", "目錄"],
    // META (page_furniture::meta_line, qr_prompt, link_line): a word of metadata before a colon,
    // a count of views (`2.8W`, `1.7万`), a QR code, a link's label (`原文链接:`).
    words![
        "间:", "期:", "者:", "源:", "布:", "别:", "类:", "目:", "数:", "览:", "读:", "击:", "观:", "气:", "氣:", "輯:",
        "辑:", "間:", "佈:", "讀:", "覽:", "擊:", "人:", "量:", "0w", "0万", "0萬", "维码", "維碼", "接:",
    ],
    // HASH (placeholder::hash_blanks): `##` put for a name.
    words!["##"],
    // NOISE (page_furniture::noise): a blank and a letter, as between a forum's noise tokens (an
    // uppercase letter folds to its lowercase one).
    words![
        " a", " b", " c", " d", " e", " f", " g", " h", " i", " j", " k", " l", " m", " n", " o", " p", " q", " r",
        " s", " t", " u", " v", " w", " x", " y", " z",
    ],
];

/// `mask`: the groups of `PAIR_GROUPS` whose pairs occur in `line`.
fn check_line(line: &str, mask: u64, base: usize, n: usize, title: &str, out: &mut Vec<Finding>) {
    let at = |r: std::ops::Range<usize>| base + r.start..base + r.end;
    let mut push = |range: std::ops::Range<usize>, severity: Severity, msg: String| {
        out.push(Finding::new(META.id, severity, at(range), msg));
    };
    // A pattern runs only where its pairs occur.
    let phrases = |bit: u64, phrase: &Phrase| if mask & bit != 0 { phrase.find_iter(line) } else { Vec::new() };
    for (m, _) in phrases(SITE_BIT, &SITE) {
        let text = &line[m.clone()];
        push(m, Severity::Error, format!("“{text}”是文档分享网站的名称,是复制时带进来的,请删除"));
    }
    for (m, _) in phrases(BOILERPLATE_BIT, &BOILERPLATE) {
        let text = &line[m.clone()];
        push(m, Severity::Error, format!("“{text}”是文档分享网站的页面文字,请删除"));
    }
    // (Counted only where a button's words stand: most lines have none.)
    let short = || char_offset(line.trim(), 30).is_none();
    for (m, _) in phrases(BUTTONS_BIT, &BUTTONS) {
        let apart = !char_before(line, m.start).is_some_and(is_han) || !char_at(line, m.end).is_some_and(is_han);
        let offered = ["提供", "开放", "可", "供"].iter().any(|w| line[..m.start].ends_with(w));
        if (apart || short()) && !offered {
            let text = &line[m.clone()];
            push(m, Severity::Warning, format!("“{text}”是文档分享网站的按钮或横幅文字,请删除"));
        }
    }
    for (m, form) in phrases(TITLE_TAG_BIT, &TITLE_TAG) {
        // `10页珍藏版`: only 珍藏版 is the tag.
        let m = if form == 0 { m.end - "珍藏版".len()..m.end } else { m };
        let text = &line[m.clone()];
        push(m, Severity::Error, format!("“{text}”是文档分享网站给标题加的标记,请删除"));
    }
    for (m, _) in phrases(FOOTER_BIT, &PAGE_FOOTER) {
        let text = &line[m.clone()];
        push(m, Severity::Error, format!("“{text}”是分页页脚,请删除"));
    }
    let trimmed = line.trim();
    let first = trimmed.chars().next().unwrap_or(' ');
    let short_line = trimmed.len() <= 200;
    let last = trimmed.chars().next_back().unwrap_or(' ');
    if short_line && "-—–－第".contains(first) && "-—–－页".contains(last) && PAGE_NUMBER_LINE.is_match(line)
    {
        let t = line.trim();
        let start = line.find(t).unwrap_or(0);
        push(start..start + t.len(), Severity::Warning, format!("“{t}”是分页页码,请删除"));
    } else if "-—–－".contains(first) {
        // `—1—主题教育心得体会…`: a PDF's page number glued to the first line of its page.
        let start = line.len() - line.trim_start().len();
        let end = crate::phrase::match_at(&[DASHES, NUMBER, DASHES], line, start);
        if let Some(end) = end.filter(|&e| char_at(line, e).is_some_and(is_han)) {
            push(start..end, Severity::Warning, format!("“{}”是分页页码,请删除", &line[start..end]));
        }
    }
    if let Some((m, _)) = phrases(PREV_NEXT_BIT, &PREV_NEXT).into_iter().next() {
        let end = m.start + line[m.clone()].trim_end().len();
        push(m.start..end, Severity::Error, "“上一篇/下一篇”是从网页复制来的链接,请删除".to_string());
    }
    let field = short_line && "-–•·配特关文上下浏".contains(first) && trimmed.contains(&[':', '：'][..]);
    if let Some((m, _)) = field.then(|| SITE_FIELD.find_iter(line).into_iter().next()).flatten() {
        let m = site_field_name(line, m);
        let text = &line[m.clone()];
        push(m, Severity::Error, format!("“{text}”是文档分享网站的栏目,此段内容请删除"));
    }
    let marker = "【篇范精优推样第".contains(first) && trimmed.contains(&['篇', '范', '样'][..]);
    if let Some(caps) = marker.then(|| SAMPLE_MARKER.captures(line)).flatten() {
        // The marker alone, or before the sample's own title on its line (`第1篇护理年度总结`).
        let m = caps.get(1).or_else(|| caps.get(2)).unwrap();
        push(m.range(), Severity::Warning, format!("“{}”是范文合集的编号,请删除", m.as_str()));
    } else if let Some(caps) =
        (short_line && first == '【' && last == '】').then(|| BRACKET_LINE.captures(line)).flatten()
    {
        let content = caps.get(2).unwrap().as_str().trim();
        let m = caps.get(1).unwrap();
        let t = title.trim_start_matches('【');
        let like_title = content.chars().count() >= 4 && !t.is_empty() && (t.contains(content) || content.contains(t));
        if DOC_KINDS.iter().any(|k| content.ends_with(k) || content.contains("篇")) || like_title {
            push(m.range(), Severity::Warning, format!("“{}”是范文合集的分篇标记,请删除", m.as_str()));
        }
    } else if n > 0 && short_line {
        // The title again with a number after it (`社区妇代会工作报告二`): the next sample.
        let t = title.strip_suffix(".docx").or_else(|| title.strip_suffix(".doc")).unwrap_or(title).trim();
        if char_offset(t, 3).is_some() && trimmed.starts_with(t) && ORDINAL.is_match(trimmed[t.len()..].trim_start()) {
            let start = line.len() - line.trim_start().len();
            push(start..start + trimmed.len(), Severity::Warning, format!("“{trimmed}”是范文合集的分篇标记,请删除"));
        }
    }
    if n < 3 && short_line && line.contains('.') {
        for (m, _) in EXTENSION.find_iter(line) {
            let word_ends = !char_at(line, m.end).is_some_and(|c| c.is_ascii_alphanumeric());
            if word_ends
                && char_before(line, m.start)
                    .is_some_and(|c| is_han(c) || c.is_ascii_digit() || matches!(c, '）' | ')' | '》'))
            {
                let text = &line[m.clone()];
                push(m, Severity::Info, format!("标题中的文件扩展名“{text}”请删除"));
            }
        }
    }
    if let Some(r) = trailing_empty_brackets(line) {
        let text = &line[r.clone()];
        out.push(
            Finding::new(META.id, Severity::Warning, at(r.clone()), format!("段末的空括号“{text}”是粘贴残留,请删除"))
                .with_fix(at(r), "", true),
        );
    }
    glued_numbers(line, base, out);
}

/// Where the first ASCII digit of `bytes` is. A paragraph has few: it is looked for a chunk of
/// [`DIGIT_CHUNK`] bytes at a time, with a test the compiler turns into a few vector
/// instructions, rather than byte by byte.
fn next_digit(bytes: &[u8]) -> Option<usize> {
    let chunks = bytes.chunks_exact(DIGIT_CHUNK);
    let tail = chunks.remainder();
    for (k, chunk) in chunks.enumerate() {
        if chunk.iter().fold(false, |any, b| any | b.is_ascii_digit()) {
            return chunk.iter().position(u8::is_ascii_digit).map(|i| k * DIGIT_CHUNK + i);
        }
    }
    tail.iter().position(u8::is_ascii_digit).map(|i| bytes.len() - tail.len() + i)
}

/// Bytes tested at once by [`next_digit`].
const DIGIT_CHUNK: usize = 16;

/// `…加强组织2、建设…`: a number with 、 between two Han characters, with no neighbouring
/// item of an enumeration (`1、` just before it or `3、` just after it).
fn glued_numbers(line: &str, base: usize, out: &mut Vec<Finding>) {
    const MARK: &[u8] = "、".as_bytes();
    let bytes = line.as_bytes();
    let mut reported = 0;
    let mut from = 0;
    // Digits are rare in a Chinese paragraph and 、 is common: look for a digit followed by 、.
    while let Some(k) = next_digit(&bytes[from..]) {
        from += k + 1;
        if !bytes[from..].starts_with(MARK) {
            continue;
        }
        let mark = from;
        if reported >= MAX_GLUED_PER_LINE {
            return;
        }
        // One or two ASCII digits just before the 、 (`\d{1,2}、` found leftmost: `123、` is `23、`).
        let digits = bytes[..mark].iter().rev().take(2).take_while(|b| b.is_ascii_digit()).count();
        let (start, end) = (mark - digits, mark + '、'.len_utf8());
        let before = char_before(line, start);
        let after = char_at(line, end);
        let Some(before) = before else { continue };
        let Some(after) = after else { continue };
        if !is_han(before) || !is_han(after) || "第和或及与至到是".contains(before) {
            continue;
        }
        // 附件2、附件3, 表2、表3: a label and its number in a list; 图2、 楼2、: a label.
        if after == before || "件表图号栋楼幢组队期批类款条项章节届段".contains(before) {
            continue;
        }
        let n: u32 = line[start..mark].parse().unwrap_or(0);
        if n < 2 {
            continue;
        }
        let window = |from: usize, to: usize| {
            let from = crate::document::floor_char_boundary(line, from);
            let to = crate::document::floor_char_boundary(line, to);
            &line[from..to]
        };
        let prev_item = format!("{}、", n - 1);
        let next_item = format!("{}、", n + 1);
        if window(start.saturating_sub(360), start).contains(&prev_item) || window(end, end + 360).contains(&next_item)
        {
            continue; // an enumeration written without punctuation: 1、…2、…3、…
        }
        let text = &line[start..end];
        reported += 1;
        out.push(
            Finding::new(
                META.id,
                Severity::Warning,
                base + start..base + end,
                format!("句子中间的“{text}”像是文档分享网站的分页编号,请删除"),
            )
            .with_fix(base + start..base + end, "", false),
        );
    }
}

#[cfg(test)]
mod tests;
