//! Residue found by its shape rather than by a site's name (part of the `residue` rule): what a
//! web page or a sharing site puts around a report, on sites the checker has never seen.
//!
//! - Whole lines of page furniture, reported as one finding per block of adjacent lines: a line
//!   made of a site's UI words (`下载 打印 全屏 收藏 【字号：加大 还原 减小】`, one word a line or
//!   all on one; `已阅读5页,还剩13页未读 继续免费阅读`, `下载本文档`, `文档简介`), a breadcrumb
//!   (`当前位置: > 首页 > …`, `位置:首頁 > 職場 > …`), a site's name or watermark (`公文汇
//!   www.gongwenhui.com`, `…文档之家`; with its address a line up to 80 characters:
//!   `诺仪文秘网 - www.….com 2024年04月28日 14:31 星期日`),
//!   a site's menu (`网站首页 个人文档 个人总结 工作总结 述职报告 心得体会 演讲稿 …`), a widget's prompt
//!   (`添加…到电脑桌面`, `用手機掃描二維碼`), a writing site's name above the title and the page's
//!   metadata (`公文写作素材驿站`),
//!   a metadata line (`发布时间:2025-04-09 18:38:24来源:`, `2019-03-11 小升初作文 类别:其他`,
//!   `人氣:3.07W`; `来源:尚港娱乐` alone in the page's head), a disclaimer (`免责声明:…`,
//!   `版权说明:…`), a lead-in that talks about the document (`下面是小编为大家整理的…,供大家参考。`), the title printed again in brackets
//!   (`X(X)`), a short line printed three times or more, or with only a number changing
//!   (`…汇报_第1页` … `_第5页`), a site's abstract that repeats the start of the next paragraph,
//!   and the title printed again further down.
//! - Collection titles and markers at the end of a short line: `…述职报告优秀8篇`, `…报告范文`,
//!   `…例文`, `…报告篇1`, `…工作总结1`, `…工作总结(一)`.
//! - Page-chunk markers: a line starting with `2、` whose previous line is a long paragraph cut
//!   in the middle of a sentence (`…教育放在⏎2、首位`), and the `1、` that opened the first chunk.
//!   The fix removes the marker and joins the two halves.
//! - Inline: pinyin after characters a mirror site converted (`學(xué)`; `新?lián)?dāng)` where the
//!   page's encoding also turned the character and `(` into `?`), Markdown marks at a line's
//!   start (`### 引言`, `**三、…` never closed), a stray `.` between
//!   Han characters (`团区委的.安排`), HTML tags and entities (`<p class="ql-block">`, `&nbsp;`),
//!   a watermark after the last sentence of a paragraph (`…100场次。 稿子汇,范文学习文库`).
//! - A short line is tested with its traditional characters folded to simplified ones (a mirror
//!   site converts whole pages; the word lists hold simplified words).
//!
//! What it leaves alone: a date alone (a signature), list items `2、` after a short line or a
//! finished sentence, `三.八`, `1.5`, `<` in a comparison, a heading repeated once.
//!
//! Severity: warning (a block of furniture is removed with one safe fix where every line of it
//! is certainly furniture); a metadata line holding only a date (`时间:2021-08-31`) is info.

use crate::analysis::{pairs, Analysis};
use crate::bigrams::Bigrams;
use crate::diagnostic::{Finding, Severity};
use crate::document::Document;
use crate::text::{char_at, char_before, char_offset, is_cn_numeral, is_han, is_sentence_end, Masks3, Words};
use crate::words;
use std::sync::LazyLock;

/// Lines of furniture are short: at most this many characters.
const SHORT_LINE_CHARS: usize = 80;
/// A site name or watermark line: at most this many characters.
const SITE_LINE_CHARS: usize = 30;
/// A lead-in or disclaimer paragraph: at most this many characters.
const LEAD_IN_CHARS: usize = 400;
/// A line printed this many times or more is furniture (a page header, a watermark).
const REPEATS: usize = 3;
/// A repeated line must have this many characters (shorter: `合计`, a table's row label).
const REPEATED_MIN_CHARS: usize = 8;
/// The paragraph before a page-chunk marker has at least this many characters.
const CHUNK_MIN_CHARS: usize = 40;
/// A site's name on the first line, before a breadcrumb, has at most this many characters.
const FIRST_NAME_CHARS: usize = 8;
/// A site's abstract of the next paragraph has at least this many characters.
const ABSTRACT_MIN_CHARS: usize = 30;

/// Why a whole line is furniture.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Kind {
    Ui,
    Breadcrumb,
    SiteName,
    Meta,
    /// `时间:2021-08-31 11:09:06` alone: info only (left in on purpose in drafts shared inside an office).
    PlainDate,
    Disclaimer,
    LeadIn,
    Repeated,
    Abstract,
    TitleAgain,
    /// The title printed again right below itself or right after the salutation.
    TitleTwice,
    /// Keyword tags made of the title's words (`镇政府,工作报告,2023`).
    Tags,
    /// A web page's title: the document's, then the site's category or name
    /// (`…科总结-医院工作总结`).
    PageTitle,
    /// A table of contents under `目录`, one title and its page number a line.
    Contents,
    /// A document viewer's page counter alone on a line (`1 / 3`).
    PageCounter,
    /// A line of brackets, separators or one-character UI words (`】`, `>`, `大`), furniture only
    /// beside furniture.
    Weak,
}

impl Kind {
    /// Deleting a line of this kind is certainly right.
    fn certain(self) -> bool {
        matches!(
            self,
            Kind::Ui
                | Kind::Breadcrumb
                | Kind::SiteName
                | Kind::Meta
                | Kind::PlainDate
                | Kind::Disclaimer
                | Kind::Repeated
                | Kind::TitleTwice
                | Kind::Tags
                | Kind::PageCounter
                | Kind::Weak
        )
    }

    /// Reported as info only: often left in on purpose, or printed twice by the writer's own page.
    fn info_only(self) -> bool {
        matches!(self, Kind::PlainDate | Kind::TitleAgain)
    }

    fn what(self) -> &'static str {
        match self {
            Kind::Ui | Kind::Weak => "网页按钮",
            Kind::Breadcrumb => "网页导航",
            Kind::SiteName => "网站名称或水印",
            Kind::Meta | Kind::PlainDate => "发布信息",
            Kind::Disclaimer => "网站声明",
            Kind::LeadIn => "范文网站的导语",
            Kind::Repeated => "重复的页眉",
            Kind::Abstract => "网站摘要",
            Kind::TitleAgain | Kind::TitleTwice => "重复的标题",
            Kind::Tags => "网页的关键词标签",
            Kind::PageTitle => "网页标题",
            Kind::Contents => "范文合集的目录",
            Kind::PageCounter => "文档预览的页码",
        }
    }
}

/// Words of a site's buttons and banners: a line made only of these (and separators, digits)
/// is furniture. One-character words count only beside other furniture.
const UI_WORDS: Words = words![
    "您可能关注的文档", "继续免费阅读", "打印本页", "关闭窗口", "阅读模式", "文本内容", "文档简介", "文档评论",
    "相关文档", "精品文档", "继续阅读", "人已围观", "下载本文档", "本文档", "上一页", "下一页", "分享到", "扫一扫",
    "手机版", "二维码", "已阅读", "QQ空间", "下载", "打印", "全屏", "收藏", "字号", "字体", "加大", "还原", "减小",
    "分享", "阅读", "举报", "目录", "评论", "点赞", "关注", "复制", "返回", "首页", "纠错", "关闭", "保存", "免费",
    "还剩", "未读", "全文", "展开", "登录", "注册", "时间", "本文", "收藏本文", "下载资源", "资源描述", "点击查看更多",
    "合集下载", "相关", "开通", "vip", "VIP", "微信", "微博", "默认", "来源", "围观", "人气", "浏览", "网站客服",
    "客服", "QQ", "KB", "MB", "手机查看", "大", "中", "小", "页", "亿", "次", "万", "投诉建议", "意见反馈", "网站地图",
    "联系我们", "设为首页", "加入收藏", "会员", "上传", "docx", "doc", "pdf", "栏目", "相关推荐", "相关链接",
    "附件下载", "扫一扫在手机打开", "扫一扫在手机打开当前页", "搜索", "热门搜索", "电脑桌面", "投稿", "投稿须知"
];

/// Traditional characters of the words a line of furniture is tested for, and in the same place
/// of [`SIMPLIFIED`] each one's simplified form: a mirror site converts whole pages, and the word
/// lists hold the simplified words. Each is three bytes in UTF-8, so offsets hold in a folded line.
const TRADITIONAL: &str = "為舉書會傳體關內擊劃發號員圍復開當錄總掃報數時機來欄檔氣瀏點熱現碼簡類結繼續維編網職範薦裝見觀覽計講論評詞話讀費資贊載輯辭還鏈門閉間閱頁別複讚佈減糾錯冊設聯們圖饋訴議認";
const SIMPLIFIED: &str = "为举书会传体关内击划发号员围复开当录总扫报数时机来栏档气浏点热现码简类结继续维编网职范荐装见观览计讲论评词话读费资赞载辑辞还链门闭间阅页别复赞布减纠错册设联们图馈诉议认";

/// The masks of [`TRADITIONAL`]'s characters: most characters of a line fail them, and need no
/// search of the list.
const TRADITIONAL_MASKS: Masks3 = Masks3::of_each(TRADITIONAL);

/// `t` with the characters of [`TRADITIONAL`] in their simplified forms (`None`: it has none).
fn folded(t: &str) -> Option<String> {
    // Pieces pushed in turn (`String::replace_range` cost the browser module 0.9 KB).
    let (mut out, mut done) = (String::new(), 0);
    for (i, c) in
        t.char_indices().filter(|&(i, c)| crate::text::char_len(c) == 3 && TRADITIONAL_MASKS.pass(t.as_bytes(), i))
    {
        if let Some(j) = TRADITIONAL.find(c) {
            out.push_str(&t[done..i]);
            out.push_str(&SIMPLIFIED[j..j + 3]);
            done = i + 3;
        }
    }
    (done > 0).then(|| out + &t[done..])
}

/// Words that name what a page holds: a UI word only glued to a button's word after them (`正文复制`,
/// `文档介绍`; not `正文`, a draft's own label).
const UI_NOUNS: Words = words!["正文", "文档"];

/// The first characters of the UI words (see [`ui_line`]).
const UI_FIRST_CHARS: Masks3 = Masks3::of_first_chars(UI_WORDS.0);

/// A page's category before its buttons has at most this many characters.
const CATEGORY_CHARS: usize = 8;

/// What may stand between UI words on such a line.
fn separator(c: char) -> bool {
    // (× closes a page's pop-up: `微信扫一扫 ×`.)
    c.is_whitespace() || c.is_ascii_digit() || "【】[]（）()<>＞›»|｜/／:：-—·•,，、.。!！『』「」×".contains(c)
}

/// Whether `t` is made only of UI words and separators: `Some(true)` with a word of two
/// characters or more, `Some(false)` with only one-character words or none.
fn ui_line(t: &str) -> Option<bool> {
    let (mut strong, mut words, mut category) = (false, false, false);
    let mut rest = t;
    while let Some(c) = rest.chars().next() {
        if separator(c) {
            rest = &rest[crate::text::char_len(c)..];
            continue;
        }
        // A Han character that starts no word turns the search down at once (most lines start
        // with one).
        let w = if crate::text::char_len(c) == 3 && !UI_FIRST_CHARS.pass(rest.as_bytes(), 0) {
            None
        } else {
            UI_WORDS.longest_prefix_of(rest)
        };
        // `正文复制`, `文档介绍`: what the page holds and its button, as one word.
        let w = w.or_else(|| {
            let noun = UI_NOUNS.longest_prefix_of(rest)?;
            let after = &rest[noun.len()..];
            let button = UI_WORDS.longest_prefix_of(after).or_else(|| after.starts_with("介绍").then_some("介绍"))?;
            Some(&rest[..noun.len() + button.len()])
        });
        let Some(w) = w else {
            // `工作计划 会员上传 下载docx`: the page's category, a kind of document, before its
            // buttons (a word of two characters or more).
            let (name, after) = (rest.len() == t.len()).then(|| t.split_once(' ')).flatten()?;
            // (Or the site the text came to: `某某网来稿 打印 纠错 投稿须知`.)
            category = short(name, CATEGORY_CHARS) && (kind_of_document(name) || name.contains('网'));
            rest = category.then_some(after)?;
            continue;
        };
        strong |= char_offset(w, 1).is_some();
        words = true;
        rest = &rest[w.len()..];
    }
    // Separators alone: a bracket or an arrow (`】`, `>`) may be furniture; digits are a date or a number.
    (words || !t.bytes().any(|b| b.is_ascii_digit())).then_some(strong).filter(|&s| s || !category)
}

/// A page widget's prompt: a short line without a sentence with a word of each list of a pair
/// (`用手機掃描二維碼 在手機上繼續觀看`, `添加…到电脑桌面`, `安装后可以在桌面快捷访问`).
const PROMPTS: [(Words, Words); 2] =
    [(words!["二维码"], words!["扫"]), (words!["桌面"], words!["添加", "安装", "快捷"])];

fn widget_prompt(t: &str) -> bool {
    short(t, SITE_LINE_CHARS)
        && !t.contains(&['。', '，', ','][..])
        && PROMPTS.iter().any(|(a, b)| a.any_in(t) && b.any_in(t))
}

/// What ends an item of a site's menu besides a kind of document: a genre (`演讲稿`, `实用文`,
/// `申请书`, `主持词`), a section of the site (`网站首页`, `个人文档`, `教学资源`).
const MENU_ENDS: Words =
    words!["稿", "文", "书", "信", "词", "首页", "文档", "资源", "大全", "素材", "模板", "体会", "致辞"];
/// A site's menu has at least this many items, each of at most this many characters.
const MENU_MIN_ITEMS: usize = 5;
const MENU_ITEM_CHARS: usize = 6;

/// `网站首页 个人文档 个人总结 工作总结 述职报告 心得体会 演讲稿 …`: a site's menu of document
/// categories, short items of Han characters between blanks or bars, the first the home page or
/// three in four of them a kind of document or a section of the site (not a table's header
/// `姓名 性别 年龄 职务`).
fn site_menu(t: &str) -> bool {
    // (A menu that opens with the site's home page: its items may be any sections, `网站首页 实用文
    // 书信 面试 职场 …`.)
    let (mut items, mut kinds, mut home) = (0, 0, false);
    for item in t.split(&[' ', '\u{3000}', '|', '｜', '/'][..]).filter(|s| !s.is_empty()) {
        if !short(item, MENU_ITEM_CHARS) || char_offset(item, 1).is_none() || !item.chars().all(is_han) {
            return false;
        }
        home |= items == 0 && item.ends_with("首页");
        items += 1;
        kinds += usize::from(kind_of_document(item) || MENU_ENDS.ends(item));
    }
    items >= MENU_MIN_ITEMS && (home || 4 * kinds >= 3 * items)
}

/// The head of a page (see `furniture_lines`) is looked at on this many lines at most.
const HEAD_LINES: usize = 6;

/// A writing site's name on the first line has at most this many characters.
const WRITING_SITE_CHARS: usize = 12;
/// A writing site's words: a site's name holds two of them (`公文写作素材驿站`); a unit's name none.
const WRITING_SITE_WORDS: Words = words![
    "公文", "写作", "寫作", "素材", "范文", "範文", "文秘", "文库", "文庫", "作文", "文案", "驿站", "驛站", "荟萃"
];

/// Labels of a page's fields that stand alone on a line in its head (not `时间:`, which a draft
/// shared inside an office may keep on purpose; but a page's `更新时间:`).
const FIELD_LABELS: Words = words!["来源", "作者", "上传者", "类别", "分类", "栏目", "ID", "更新时间", "发布时间"];

/// `来源:尚港娱乐`, `上传者:雅蕊`, `ID:7732052`, `更新时间:` left empty: a page's field alone, a
/// short value or none (not `资金来源:财政拨款`).
fn source_field(t: &str) -> bool {
    const VALUE_CHARS: usize = 12;
    let Some(v) = FIELD_LABELS.strip_prefix_of(t) else { return false };
    let Some(v) = v.trim_start().strip_prefix(&[':', '：'][..]) else { return false };
    let v = v.trim();
    short(v, VALUE_CHARS) && !v.contains(&['。', '，', ',', '；', ':', '：'][..])
}

/// `1 / 3`: a document viewer's counter of pages (this page, of so many), the slash set apart by
/// blanks as viewers print it (a table's fraction `1/3` alone on a line is left alone).
fn page_counter(t: &str) -> bool {
    let Some((page, pages)) = t.split_once(" / ") else { return false };
    let number = |s: &str| (1..=3).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    // (Numbers of up to three digits compare by length, then digit by digit.)
    number(page) && number(pages) && (page.len(), page) <= (pages.len(), pages)
}

/// `admin 分享 时间: 加入收藏 共计6495个字,预计阅读时长22分钟`: a page's count of the article's
/// characters or its reading time, beside two of a page's buttons or fields (looked for in the
/// page's head only).
fn reading_stats(t: &str) -> bool {
    !t.contains('。') && (t.contains("个字") || t.contains("阅读时长")) && UI_WORDS.count_in(t) >= 2
}

/// `文似观山不喜平 — — 观山文库◆记住我,来上我~`: a document library's name and slogan in the
/// page's head (`…文库` before a mark or the line's end), not a title.
fn library_name(t: &str) -> bool {
    short(t, SITE_LINE_CHARS)
        && !t.contains('。')
        && !kind_of_document(t)
        && t.find("文库").is_some_and(|i| i > 0 && char_at(t, i + "文库".len()).is_none_or(|c| !is_han(c)))
}

/// `优秀实用范文分享`: a site's banner, a short line that offers samples.
fn sample_banner(t: &str) -> bool {
    const MAX_CHARS: usize = 12;
    short(t, MAX_CHARS) && t.contains("范文") && words!["分享", "推荐", "大全", "下载"].ends(t) && t.chars().all(is_han)
}

/// `当前位置: > 首页 > …`, `首页 > 入党材料 > 正文`, `您的位置:首页 > 工作总结`.
fn breadcrumb(t: &str) -> bool {
    words!["当前位置", "您的当前位置", "您当前的位置", "您的位置", "您现在的位置", "你的位置", "所在位置", "首页"]
        .starts(t)
        && !t.contains(&['。', '，', ','][..])
        || t.find("首页").is_some_and(|i| t[i..].contains(&['>', '＞', '›', '»', '/'][..]))
        || breadcrumb_tail(t)
        || page_path(t)
        || located(t)
}

/// `现在位置:范文先生网>报告总结>年终总结>…`: a short label ending in `位置` before steps with an
/// arrow between them.
fn located(t: &str) -> bool {
    const LABEL_CHARS: usize = 6;
    t.find(&[':', '：'][..]).is_some_and(|i| {
        let (label, steps) = (&t[..i], &t[i..]);
        short(label, LABEL_CHARS)
            && label.trim_end().ends_with("位置")
            && steps.contains(&['>', '＞', '›', '»'][..])
            && !steps.contains(&['。', '，', ','][..])
    })
}

/// `原文链接:点击查看源文件`, `相关链接:`: a government page's link, a label ending in `链接` before
/// a colon and nothing, a click or a domain after it.
fn link_line(t: &str) -> bool {
    const LABEL_CHARS: usize = 10;
    t.split_once(&[':', '：'][..]).is_some_and(|(label, v)| {
        short(label, LABEL_CHARS)
            && label.trim().ends_with("链接")
            && (v.trim().is_empty() || v.contains("点击") || has_domain(v))
    })
}

/// A breadcrumb whose separators were lost, ending in the kind of page it leads to:
/// `总结网工作总结年度工作总结内容页`.
fn page_path(t: &str) -> bool {
    const MAX_CHARS: usize = 30;
    words!["内容页", "详情页", "列表页"].ends(t) && t.chars().count() <= MAX_CHARS && t.chars().all(is_han)
}

/// The longest step of a breadcrumb, in characters (`事務文書`, `工作總結`).
const CRUMB_CHARS: usize = 10;

/// The rest of a breadcrumb on a line of its own: short steps, each followed by `>`
/// (`事務文書 >工作總結 >`) or each after one (`> 总结大全 > 学校总结`). A sentence never ends in `>`,
/// and a quotation in Markdown (`> …`) has no second `>` between short steps.
fn breadcrumb_tail(t: &str) -> bool {
    let t = t.trim();
    let arrows = &['>', '＞', '›', '»'][..];
    let Some(steps) = t.strip_suffix(arrows).or_else(|| t.strip_prefix(arrows)) else { return false };
    let steps: Vec<&str> = steps.split(arrows).collect();
    steps.len() >= 2
        && steps.iter().all(|s| {
            let s = s.trim();
            !s.is_empty() && s.chars().count() <= CRUMB_CHARS && !s.contains(&['。', '，', ',', '；', '：', ':'][..])
        })
}

/// Words that name a document site or its watermark.
const SITE_NOUNS: Words = words![
    "文秘网", "范文网", "文档之家", "学习文库", "文库网", "作文网", "文书网", "公文网", "范文大全", "文案网", "欢迎您",
    "歡迎您", "欢迎访问", "歡迎訪問", "欢迎光临", "歡迎光臨", "範文網", "作文網", "文秘網",
];

/// A domain: `www.` or `.com`, `.cn`, `.net`, `.org` after a letter or digit.
fn has_domain(t: &str) -> bool {
    t.as_bytes().windows(4).any(|w| w.eq_ignore_ascii_case(b"www."))
        || [".com", ".cn", ".net", ".org"]
            .iter()
            .any(|d| t.match_indices(d).any(|(i, _)| char_before(t, i).is_some_and(|c| c.is_ascii_alphanumeric())))
}

/// A site's name or watermark on a line of its own: `职场文秘网`, `公文汇 www.gongwenhui.com`; with
/// its address, the line may be longer (`携笔同道公文写作范文宝典:www.xiebitongdao.com`,
/// `诺仪文秘网 - www.….com 2024年04月28日 14:31 星期日`).
fn site_name_line(t: &str, chars: usize, mask: u64) -> bool {
    mask & super::residue::SITE_NOUN_BIT != 0
        && !t.contains('。')
        && (has_domain(t) || chars <= SITE_LINE_CHARS && (SITE_NOUNS.any_in(t) || welcome_to_site(t)))
}

/// `欢迎来到某某方案网网站!`: a site greeting its visitor by its own name.
fn welcome_to_site(t: &str) -> bool {
    t.strip_prefix("欢迎来到").or_else(|| t.strip_prefix("歡迎來到")).is_some_and(|r| r.contains(&['网', '網'][..]))
}

/// An ISO date `2019-03-11` or `2019/03/11` in `t`.
fn iso_date(t: &str) -> bool {
    let b = t.as_bytes();
    (0..b.len().saturating_sub(7)).any(|i| {
        let sep = b[i + 4];
        b[i..i + 4].iter().all(u8::is_ascii_digit)
            && (sep == b'-' || sep == b'/')
            && b[i + 5].is_ascii_digit()
            && (i == 0 || !b[i - 1].is_ascii_digit())
            && {
                let m = if b[i + 6].is_ascii_digit() { i + 7 } else { i + 6 };
                b.get(m) == Some(&sep) && b.get(m + 1).is_some_and(u8::is_ascii_digit)
            }
    })
}

/// A clock time `17:23` in `t`.
fn clock_time(t: &str) -> bool {
    let b = t.as_bytes();
    (1..b.len().saturating_sub(2))
        .any(|i| b[i] == b':' && b[i - 1].is_ascii_digit() && b[i + 1].is_ascii_digit() && b[i + 2].is_ascii_digit())
}

/// Words of a page's metadata beside a date.
const META_WORDS: Words = words![
    "时间", "日期", "作者", "来源", "发布", "类别", "分类", "栏目", "字数", "浏览", "阅读", "点击", "围观", "人气",
    "编辑", "推荐人", "浏览量"
];
/// Counters that make a line metadata even without a date: `人氣:3.07W`, `1阅读模式`.
const COUNTERS: Words = words!["人气", "人已围观", "阅读量", "浏览量", "浏览次数", "阅读次数", "点击量", "阅读模式"];

/// The first characters of [`COUNTERS`].
const COUNTER_FIRST_CHARS: Masks3 = Masks3::of_first_chars(COUNTERS.0);

/// Words before a page's view counter.
const COUNTED: Words = words!["阅读", "浏览", "点击", "围观"];
/// A view counter stands this close after its word, in bytes.
const COUNTER_GAP_BYTES: usize = 4;

/// `阅读: 2.08W 次`, `閱讀(2.8W)`: a count of views in tens of thousands (`W`, `万`), on a short
/// line without a sentence.
fn view_counter(t: &str) -> bool {
    short(t, SITE_LINE_CHARS)
        && !t.contains(&['。', '，', ','][..])
        && count_after(t, COUNTED, COUNTER_GAP_BYTES, true, &['W', 'w', '万', '萬'])
}

/// ` 2.1W`, ` 3W次`: a count of views in tens of thousands after a blank, at the end of `t`.
fn trailing_views(t: &str) -> bool {
    let t = t.trim_end_matches('次').trim_end();
    let Some(h) = t.strip_suffix('W').or_else(|| t.strip_suffix('w')) else { return false };
    // The count starts after the last blank (forward: a reverse search costs the page module more).
    let n = h.bytes().enumerate().fold(0, |n, (i, c)| if c.is_ascii_digit() || c == b'.' { n } else { i + 1 });
    h.as_bytes().get(n).is_some_and(u8::is_ascii_digit) && n > 0 && h.as_bytes()[n - 1] == b' '
}

/// Whether `t` has at most `n` characters (and so at most `3 * n` bytes, tested first).
fn short(t: &str, n: usize) -> bool {
    t.len() <= 3 * n && t.chars().count() <= n
}

/// Whether one of `words` in `t` has a count after it: within `gap` bytes that are no digits,
/// ASCII digits, then one of `units` (a decimal count with `decimal`: a `.` among the digits, and
/// blanks allowed before the unit).
fn count_after(t: &str, words: Words, gap: usize, decimal: bool, units: &[char]) -> bool {
    words.iter().any(|w| {
        t.match_indices(w).any(|(i, _)| {
            let rest = &t[i + w.len()..];
            let skip = rest.bytes().take(gap).take_while(|b| !b.is_ascii_digit()).count();
            let num = rest.get(skip..).unwrap_or("");
            let digits = num.bytes().take_while(|&b| b.is_ascii_digit() || decimal && b == b'.').count();
            let after = &num[digits..];
            digits > 0 && if decimal { after.trim_start() } else { after }.starts_with(units)
        })
    })
}
/// A metadata line with no ISO date has at least this many labelled fields.
const META_MIN_FIELDS: usize = 2;

/// How many words of metadata stand as a field's label, a colon after them (`来源:`).
fn labelled_fields(t: &str) -> usize {
    // From each colon back to the word before it (a line has few colons).
    let labels = |w: &str| t.match_indices(&[':', '：'][..]).any(|(i, _)| t[..i].trim_end().ends_with(w));
    META_WORDS.iter().filter(|w| labels(w)).count()
}

/// A metadata line: `Some(true)` when it is only a date after `时间:` (info), `Some(false)` for
/// the other forms.
fn meta_line(t: &str, fields: bool) -> Option<bool> {
    // The counters' first characters turn down most lines before any search for the words.
    // (Only on a line without a sentence: `人气景点更好满足群众…需求。` is a report's.)
    if COUNTER_FIRST_CHARS.any_in(t) && !t.contains(&['。', '，', ','][..]) && COUNTERS.any_in(t) {
        return Some(false);
    }
    // Fields with labels, whatever the date looks like: `更新时间:2023-11 来源:网友投稿`,
    // `时间:2010年08月10日 11时20分来源:《党建研究》作者:毕筱奇`.
    // (`fields`: the line has a word of metadata before a colon or a count of views.)
    if fields && !t.contains(&['。', '，', ',', '；'][..]) && labelled_fields(t) >= META_MIN_FIELDS {
        return Some(false);
    }
    // A view counter: `閱讀(2.8W)`, `阅读: 2.08W 次`; a labelled field with the count after it
    // (`來源:文萃谷 2.1W`).
    if fields && (view_counter(t) || short(t, SITE_LINE_CHARS) && trailing_views(t) && labelled_fields(t) > 0) {
        return Some(false);
    }
    if !t.contains(&['-', '/'][..]) || !iso_date(t) || t.contains('。') {
        return None;
    }
    let words = META_WORDS.count_in(t);
    let has_time = clock_time(t);
    // Only a date with `时间:` before it: left in on purpose in drafts shared inside an office.
    let bare = t.trim_start_matches("发布").trim_start_matches(&['时', '间', '日', '期', ':', '：', ' '][..]);
    if words == 1 && bare.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'-' | b'/' | b' ' | b':')) {
        return Some(true);
    }
    // A date alone is a signature; with a time, a word of metadata or another word, it is the page's.
    let other = t.chars().any(|c| is_han(c) || c.is_ascii_alphabetic());
    (has_time || words > 0 || other).then_some(false)
}

/// `免责声明:…`, `版权说明:…`: a site's notice.
fn disclaimer(t: &str) -> bool {
    words!["免责声明", "免責聲明", "版权说明", "版权声明", "版權聲明", "导语:", "导语：", "導語:", "導語："].starts(t)
}

/// Words of a site's notice about its documents: rights, payment, downloads, support.
const NOTICE_WORDS: Words = words![
    "版权", "侵权", "客服", "付费", "下载", "预览", "会员", "QQ", "上传", "联系网站", "联系我们", "下載", "會員"
];
/// A notice names the document or the site it is about.
const NOTICE_SELF: Words =
    words!["本文档", "本文", "本站", "本网", "该文档", "文档", "文章内容", "全文", "本文檔", "文檔"];
/// A notice has at least this many of its words.
const NOTICE_MIN_WORDS: usize = 2;

/// A site's notice about the document: `本文档内容版权归属内容提供方…请立即联系网站客服`,
/// `说明:文章内容仅供预览…下载后的文档…`.
fn site_notice(t: &str) -> bool {
    NOTICE_SELF.any_in(t) && NOTICE_WORDS.count_in(t) >= NOTICE_MIN_WORDS
}

/// What a preview's cut-off notice says the page shows or leaves out, before a count.
const PREVIEW_VERBS: Words = words!["省略", "显示", "顯示", "全文共", "还剩", "剩余", "未读"];
/// And what else it says: it asks for a membership, a download, a click.
const PREVIEW_ASKS: Words = words!["会员", "會員", "阅读", "閱讀", "未完", "提示", "下载", "下載", "收藏", "登录"];
/// The count is this close after its verb, in bytes.
const PREVIEW_GAP_BYTES: usize = 6;

/// A preview's cut-off notice: a count of characters or pages of the text after what the page
/// shows or leaves out, and a request (`……(某网省略854字,正式会员可完整阅读)`,
/// `(未完,全文共6831字,当前仅显示2399字,请阅读下面提示信息。`).
fn preview_notice(t: &str) -> bool {
    count_after(t, PREVIEW_VERBS, PREVIEW_GAP_BYTES, false, &['字', '页', '頁']) && PREVIEW_ASKS.any_in(t)
}

/// Lead-in words that only a 范文 site writes.
const LEAD_IN_STRONG: Words = words![
    "免费预览", "超出预览", "预览范围", "页未读", "小编", "小編", "不代表本站", "不代表本网", "不代表本網",
    "供大家参考", "供大家參考", "以下是网友", "欢迎参考", "歡迎參考", "一起来看看吧", "希望能够帮助到大家",
    "希望對大家有所幫助", "希望对大家有所帮助", "正合你意", "正合您意",
];
/// The four parts of a lead-in: who (the site), what it did, what for, and the sample itself.
const LEAD_IN_WHO: Words = words![
    "网友", "本站", "本网", "本網", "本文将", "本文为", "本文由", "本篇", "为大家", "為大家", "给大家", "為您", "为您",
    "文库", "供你", "为你", "為你", "大家可以",
];
const LEAD_IN_DID: Words = words![
    "整理", "分享", "带来", "帶來", "呈现", "呈現", "收集", "上传", "上傳", "精选", "推荐", "挑选", "挑選", "展示了"
];
const LEAD_IN_FOR: Words = words!["参考", "參考", "帮助", "幫助", "借鉴", "灵感", "靈感", "学习到"];
const LEAD_IN_SAMPLE: Words =
    words!["范文", "範文", "例文", "一文", "数篇", "几篇", "相关文章", "模板", "范例", "範例", "写作"];

/// The lead-in word lists, in the order of the bits of [`LEAD_IN_PAIRS`].
const LEAD_IN_LISTS: [Words; 5] = [LEAD_IN_STRONG, LEAD_IN_WHO, LEAD_IN_DID, LEAD_IN_FOR, LEAD_IN_SAMPLE];

/// The first two characters of each lead-in word, a group per list: one pass over a paragraph
/// tells which lists may have a word in it, and only those are searched for (a paragraph that
/// reaches `lead_in` has a lead-in pair, but seldom more than one list's). Written out (built from
/// the lists, they cost the browser module more code than their text); a test checks them.
const LEAD_IN_GROUPS: [Words; 5] = [
    words![
        "免费", "超出", "预览", "页未", "小编", "小編", "不代", "供大", "以下", "欢迎", "歡迎", "一起", "希望", "正合"
    ],
    words![
        "网友", "本站", "本网", "本網", "本文", "本篇", "为大", "為大", "给大", "為您", "为您", "文库", "供你", "为你",
        "為你", "大家"
    ],
    words![
        "整理", "分享", "带来", "帶來", "呈现", "呈現", "收集", "上传", "上傳", "精选", "推荐", "挑选", "挑選", "展示"
    ],
    words!["参考", "參考", "帮助", "幫助", "借鉴", "灵感", "靈感", "学习"],
    words!["范文", "範文", "例文", "一文", "数篇", "几篇", "相关", "模板", "范例", "範例", "写作"],
];
static LEAD_IN_PAIRS: LazyLock<Bigrams> = LazyLock::new(|| Bigrams::new(&LEAD_IN_GROUPS));

/// A paragraph that talks about the document instead of being it. In the page's head, above the
/// text, 范文 and one other part make one (`以下是一些成功的述职报告范文,…`; not 写作 or 模板,
/// which a report's first paragraph may name).
fn lead_in(t: &str, in_head: bool) -> bool {
    let may = LEAD_IN_PAIRS.scan(t);
    let has = |list: usize| may & 1 << list != 0 && LEAD_IN_LISTS[list].any_in(t);
    if has(0) {
        return true;
    }
    let parts = [has(1), has(2), has(3)].iter().filter(|&&b| b).count();
    // (A sentence: a title with 范文 in it is no lead-in.)
    let sample_in_head = in_head && parts == 1 && t.contains("范文") && t.contains('。');
    (has(4) && (parts >= 2 || sample_in_head)) || parts == 3
}

/// `(请认真阅读下面的提示信息)`: a line in brackets that asks the reader something, as a preview's
/// notice does; furniture only beside other furniture.
fn bracketed_request(t: &str) -> bool {
    let inner = t.strip_prefix(&['(', '（'][..]).and_then(|r| r.strip_suffix(&[')', '）'][..]));
    inner.is_some_and(|i| !i.contains(&['(', '（'][..]) && PREVIEW_ASKS.any_in(i))
}

/// Words after the name of whoever shared a page: `彭永分享`.
const SHARER_VERBS: Words = words!["分享", "整理", "上传", "投稿", "供稿", "推荐", "发布", "老师", "老師"];
/// A sharer's name has this many Han characters at most (and two at least).
const SHARER_NAME_CHARS: usize = 4;

/// `彭永分享`: a name and the verb of sharing, alone on a line; furniture only beside other
/// furniture (`经验分享`, a heading, has the same shape).
fn sharer_line(t: &str) -> bool {
    t.len() <= 3 * (SHARER_NAME_CHARS + 2)
        && SHARER_VERBS.iter().any(|v| {
            t.strip_suffix(v).is_some_and(|name| {
                let n = name.chars().count();
                (2..=SHARER_NAME_CHARS).contains(&n) && name.chars().all(is_han)
            })
        })
}

/// `tags:`, `标签：`: a page's field label with nothing after it; furniture only beside other
/// furniture.
fn empty_label(t: &str) -> bool {
    t.strip_suffix(&[':', '：'][..])
        .is_some_and(|label| words!["tags", "Tags", "TAGS", "标签", "標籤", "关键词", "關鍵詞", "分类"].contains(label))
}

/// `人民医院眼耳鼻咽喉科总结-医院工作总结`, `【…工作总结】工作总结-金沙澳门官网`: a title, a `-` or `_`,
/// and the site's channel (a kind of document with no year in it) or its name (`…网`).
fn page_title(t: &str) -> bool {
    const CHANNEL_CHARS: usize = 10;
    let Some(i) = t.bytes().rposition(|b| b == b'-' || b == b'_') else { return false };
    let (title, site) = (&t[..i], &t[i + 1..]);
    let channel = SAMPLE_SUFFIXES.strip_suffix_of(site).unwrap_or(site);
    short(t, SHORT_LINE_CHARS)
        && !t.contains(&['。', '，', ','][..])
        && kind_of_document(title.trim_end_matches('】'))
        && short(site, CHANNEL_CHARS)
        && site.chars().all(is_han)
        && !site.contains('年')
        && (kind_of_document(channel) || site.ends_with('网') || site.ends_with('網'))
}

/// `X(X)`: the title printed again in brackets.
fn title_in_brackets(t: &str) -> bool {
    let Some(inner) = t.strip_suffix(')').or_else(|| t.strip_suffix('）')) else { return false };
    let Some(open) = inner.rfind(&['(', '（'][..]) else { return false };
    let (a, b) = (&inner[..open], &inner[open + char_at(inner, open).map_or(1, crate::text::char_len)..]);
    a.chars().count() >= 4 && a.trim() == b.trim()
}

/// The text of a line without blanks and a trailing colon, hashed (no allocation per line): as
/// it is, and with each run of digits masked as one `#` (one pass for both).
fn line_hashes(t: &str) -> (u64, u64) {
    let step = |h: u64, c: char| crate::text::fnv_step(h, c as u64);
    let (mut exact, mut masked) = (crate::text::FNV_OFFSET, crate::text::FNV_OFFSET);
    let mut in_digits = false;
    for c in t.trim_end_matches(&[':', '：'][..]).chars().filter(|c| !c.is_whitespace()) {
        exact = step(exact, c);
        if c.is_ascii_digit() {
            if !in_digits {
                masked = step(masked, '#');
            }
            in_digits = true;
        } else {
            in_digits = false;
            masked = step(masked, c);
        }
    }
    (exact, masked)
}

/// Whether the blank-free text of `a` starts the blank-free text of `b`.
fn starts_without_blanks(b: &str, a: &str) -> bool {
    let mut bs = b.chars().filter(|c| !c.is_whitespace());
    a.chars().filter(|c| !c.is_whitespace()).all(|c| bs.next() == Some(c))
}

/// The whole lines of furniture in the draft, in order: (line index, kind); called once per
/// draft by [`Analysis::furniture`].
pub(crate) fn furniture_lines(analysis: &Analysis) -> Vec<(usize, Kind)> {
    let doc = analysis.doc;
    let lines: Vec<(usize, &str)> = doc.non_blank_lines().map(|(i, l)| (i, l.trim())).collect();
    let mut kinds: Vec<Option<Kind>> = vec![None; lines.len()];
    let title = lines.first().map_or("", |l| l.1);
    // Short lines by their text (and by their text with numbers masked): how often each occurs,
    // counted below in sorted lists (a hash table of their own cost the browser module 1 KB).
    let mut hashes: Vec<Option<(u64, u64)>> = vec![None; lines.len()];
    for (k, &(i, t)) in lines.iter().enumerate() {
        // Lengths in bytes first (a Han character is three): most paragraphs are long.
        if t.len() > 3 * LEAD_IN_CHARS {
            continue;
        }
        let mask = pairs::RESIDUE.in_line(analysis, i);
        let paragraph_bits = super::residue::LEAD_IN_BIT | super::residue::NOTICE_BIT;
        if t.len() > 3 * SHORT_LINE_CHARS && mask & paragraph_bits == 0 {
            continue;
        }
        let chars = t.chars().count();
        // The page's head, above its first paragraph: `来源:尚港娱乐` alone there is the page's.
        let in_head = k < HEAD_LINES && lines[..k].iter().all(|l| short(l.1, SHORT_LINE_CHARS));
        // A short line is tested with its traditional characters folded (a mirror site's page).
        let simplified = if chars <= SHORT_LINE_CHARS { folded(t) } else { None };
        let t = simplified.as_deref().unwrap_or(t);
        let kind = if chars <= SHORT_LINE_CHARS {
            let fields = mask & super::residue::META_BIT != 0;
            if let Some(bare) = meta_line(t, fields) {
                Some(if bare { Kind::PlainDate } else { Kind::Meta })
            } else if let Some(strong) = ui_line(t) {
                Some(if strong { Kind::Ui } else { Kind::Weak })
            } else if breadcrumb(t) || fields && link_line(t) || site_menu(t) {
                Some(Kind::Breadcrumb)
            } else if widget_prompt(t) {
                Some(Kind::Ui)
            } else if site_name_line(t, chars, mask) || sample_banner(t) {
                Some(Kind::SiteName)
            } else if in_head && (source_field(t) || reading_stats(t)) {
                Some(Kind::Meta)
            } else if in_head && library_name(t) {
                Some(Kind::SiteName)
            } else if title_in_brackets(t) {
                Some(Kind::TitleAgain)
            } else if page_counter(t) {
                Some(Kind::PageCounter)
            } else {
                None
            }
        } else {
            None
        };
        let kind = kind.or_else(|| {
            (chars <= LEAD_IN_CHARS && mask & paragraph_bits != 0).then(|| {
                let lead = mask & super::residue::LEAD_IN_BIT != 0;
                let notice = mask & super::residue::NOTICE_BIT != 0;
                if lead && disclaimer(t) || notice && (site_notice(t) || preview_notice(t)) {
                    Some(Kind::Disclaimer)
                } else if lead && lead_in(t, in_head) {
                    Some(Kind::LeadIn)
                } else {
                    None
                }
            })?
        });
        // Weak shapes last: a preview's notice in brackets is a notice.
        let kind = kind.or_else(|| {
            (chars <= SHORT_LINE_CHARS && (bracketed_request(t) || sharer_line(t) || empty_label(t)))
                .then_some(Kind::Weak)
        });
        kinds[k] = kind;
        if kind.is_none() && (REPEATED_MIN_CHARS..=SHORT_LINE_CHARS).contains(&chars) {
            let (exact, masked) = line_hashes(t);
            hashes[k] = Some((exact, masked));
        }
    }
    // A site's or a channel's name alone on the first line, right above a breadcrumb or buttons
    // (`可可簡歷網`, `各地婦訊`); a writing site's name, above the title and the page's metadata
    // (`公文写作素材驿站`).
    let writing_site = || {
        kinds.get(2).is_some_and(|k| k.is_some_and(Kind::certain))
            && short(title, WRITING_SITE_CHARS)
            && WRITING_SITE_WORDS.count_in(title) >= 2
    };
    if kinds.first() == Some(&None)
        && (matches!(kinds.get(1), Some(Some(Kind::Breadcrumb | Kind::Ui))) && short(title, FIRST_NAME_CHARS)
            || writing_site())
        && title.chars().all(is_han)
        && !kind_of_document(title)
    {
        kinds[0] = Some(Kind::SiteName);
    }
    let mut exacts: Vec<u64> = hashes.iter().flatten().map(|h| h.0).collect();
    exacts.sort_unstable();
    // (masked, exact): the lines of one masked text side by side, their exact texts in order.
    let mut masks: Vec<(u64, u64)> = hashes.iter().flatten().map(|h| (h.1, h.0)).collect();
    masks.sort_unstable();
    for k in 0..lines.len() {
        if let Some((exact, masked)) = hashes[k] {
            let same = exacts.partition_point(|&e| e <= exact) - exacts.partition_point(|&e| e < exact);
            let group = &masks[masks.partition_point(|m| m.0 < masked)..masks.partition_point(|m| m.0 <= masked)];
            // Lines that differ only in their numbers: some exact text of the group differs.
            let numbered = if group.first().map(|m| m.1) != group.last().map(|m| m.1) { group.len() } else { 0 };
            // The first line repeated word for word is the title, printed again by the site: the
            // copies are furniture, the title itself is not (deleting it would lose the title).
            let title_repeated = k == 0 && numbered < REPEATS;
            if (same >= REPEATS || numbered >= REPEATS) && !title_repeated {
                kinds[k] = Some(Kind::Repeated);
            }
        }
    }
    let title_like = title.chars().count() >= REPEATED_MIN_CHARS
        && !title.ends_with(|c| is_sentence_end(c) || matches!(c, '！' | '!' | ':' | '：'));
    let title_hash = line_hashes(title).0;
    // The document's own title: its first line that is no furniture.
    let own_title = (0..lines.len()).find(|&k| kinds[k].is_none());
    for k in 0..lines.len() {
        if kinds[k].is_some() {
            continue;
        }
        let t = lines[k].1;
        if let Some(tk) = own_title.filter(|&tk| k > tk && k <= tk + TITLE_TWICE_WITHIN) {
            let own = lines[tk].1;
            let after_salutation = lines[k - 1].1.ends_with(&[':', '：'][..]);
            if t == own && (k == tk + 1 || after_salutation) && own.chars().count() >= REPEATED_MIN_CHARS {
                kinds[k] = Some(Kind::TitleTwice);
                continue;
            }
            if tags_line(t, own) {
                kinds[k] = Some(Kind::Tags);
                continue;
            }
        }
        // The title printed again further down (not right below itself, where sites print it twice).
        let near_title_length = t.len() <= title.len() + 12 && t.len() + 12 >= title.len();
        if title_like && k >= 2 && near_title_length && lines[k - 1].1 != title && line_hashes(t).0 == title_hash {
            kinds[k] = Some(Kind::TitleAgain);
            continue;
        }
        // A site's abstract: the start of the next paragraph, cut off.
        if let Some(&(_, next)) = lines.get(k + 1) {
            if t.len() >= ABSTRACT_MIN_CHARS
                && next.len() > t.len()
                && starts_without_blanks(next, t)
                && t.chars().count() >= ABSTRACT_MIN_CHARS
            {
                kinds[k] = Some(Kind::Abstract);
            }
        }
    }
    // The page's own title with the site's category or name after it (after the titles printed
    // again are found: they are found from it).
    // (Or the title on the next line with a bracketed gloss after it: `…工作计划(妇联总结与明年计划)`
    // above `…工作计划`.)
    let glossed = lines.get(1).is_some_and(|&(_, next)| {
        let gloss = title.strip_prefix(next).unwrap_or("");
        kind_of_document(next) && gloss.starts_with(&['(', '（'][..]) && gloss.ends_with(&[')', '）'][..])
    });
    if kinds.first() == Some(&None) && (page_title(title) || glossed) {
        kinds[0] = Some(Kind::PageTitle);
    }
    // A table of contents under `目录`: a title and its page number a line (`9.某局2022年食品安全
    // 工作总结 67`), the number of an entry sometimes lost (`10企业…`).
    for k in 1..lines.len() {
        let under_contents = matches!(lines[k - 1].1, "目录" | "目錄") || kinds[k - 1] == Some(Kind::Contents);
        if kinds[k].is_none() && under_contents && contents_entry(lines[k].1) {
            kinds[k] = Some(Kind::Contents);
        }
    }
    // One-character UI words and separators count beside furniture only.
    // (Forward, each line after the one before it, then backward.)
    let n = lines.len();
    for step in 0..2 * n {
        let (k, neighbour) = if step < n { (step, step.wrapping_sub(1)) } else { (2 * n - 1 - step, 2 * n - step) };
        if kinds[k] == Some(Kind::Weak) && kinds.get(neighbour).is_some_and(|x| x.is_some_and(|x| x != Kind::Weak)) {
            kinds[k] = Some(Kind::Ui);
        }
    }
    lines.iter().zip(kinds).filter_map(|(&(i, _), k)| k.filter(|&k| k != Kind::Weak).map(|k| (i, k))).collect()
}

/// The title printed twice and keyword tags are looked for this many lines below the title.
const TITLE_TWICE_WITHIN: usize = 6;
/// A keyword tag has at most this many characters …
const TAG_MAX_CHARS: usize = 8;
/// … and a line of tags holds at least this many.
const TAGS_MIN: usize = 3;

/// Keyword tags a site prints below the title, each a piece of the title: `镇政府,工作报告,2023`.
fn tags_line(t: &str, title: &str) -> bool {
    if t.contains(&['。', '：', ':'][..]) || t == title {
        return false;
    }
    let mut tags = 0;
    for s in t.split(&[',', '，', '、', ' ', '|', '/'][..]).filter(|s| !s.is_empty()) {
        if !(2..=TAG_MAX_CHARS).contains(&s.chars().count()) || !title.contains(s) {
            return false;
        }
        tags += 1;
    }
    tags >= TAGS_MIN
}

/// One finding per block of adjacent furniture lines (blank lines between them do not split a
/// block). Returns the indices of the lines covered, for the caller to skip.
pub(crate) fn report_blocks(doc: &Document, furniture: &[(usize, Kind)], out: &mut Vec<Finding>) {
    let mut k = 0;
    while k < furniture.len() {
        let mut j = k;
        // Extend while the next furniture line is the next non-blank line.
        while j + 1 < furniture.len()
            && (furniture[j].0 + 1..furniture[j + 1].0).all(|i| doc.line_text(i).trim().is_empty())
        {
            j += 1;
        }
        let block = &furniture[k..=j];
        let (first, last) = (block[0].0, block[block.len() - 1].0);
        let start_line = doc.line_text(first);
        let start = doc.lines[first].start + (start_line.len() - start_line.trim_start().len());
        let end = doc.lines[last].start + doc.line_text(last).trim_end().len();
        let mut whats: Vec<&str> = Vec::new();
        for &(_, k) in block {
            if !whats.contains(&k.what()) {
                whats.push(k.what());
            }
        }
        let severity = if block.iter().all(|&(_, k)| k.info_only()) { Severity::Info } else { Severity::Warning };
        let msg = if block.len() == 1 {
            format!("这一行是{},是从网页复制时带进来的,请删除", whats[0])
        } else {
            format!("这{}行是{},是从网页复制时带进来的,请删除", block.len(), crate::text::joined(&whats, "、"))
        };
        let certain = block.iter().all(|&(_, k)| k.certain());
        // The fix deletes the lines and the line break after them.
        let fix_end = if last + 1 < doc.lines.len() { doc.lines[last + 1].start } else { doc.lines[last].end };
        out.push(Finding::new(super::residue::META.id, severity, start..end, msg).with_fix(
            doc.lines[first].start..fix_end,
            "",
            certain,
        ));
        k = j + 1;
    }
}

/// Kinds of documents: a collection title or marker follows one of these.
const DOC_KINDS: Words = words![
    "总结", "报告", "计划", "讲话", "发言", "方案", "述职", "心得", "体会", "材料", "汇报", "致辞", "總結", "報告",
    "計劃", "彙報", "发言稿", "讲话稿", "怎么写", "怎麼寫",
];
/// Title words of a 范文 site after the kind of document: `…述职报告范文`, `…调研报告作文`.
const SAMPLE_SUFFIXES: Words = words![
    "范文", "例文", "範文", "范本", "范例", "模板", "模版", "样本", "样板", "精选", "大全", "合集", "作文", "多篇"
];

/// Words of praise a 范文 site puts after the kind of document, before a count or a number:
/// `…计划优秀5篇`, `…总结最新1`.
const PRAISE: Words = words!["优秀", "最新", "精选", "通用", "热门", "经典", "实用", "精编", "优质", "精品"];

/// A collection title or marker at the end of a short line: `…报告优秀8篇`, `…报告范文`,
/// `…报告篇1`, `…总结1`, `…总结(一)`, `…报告3篇`. The byte range of the marker.
pub(crate) fn collection_marker(t: &str, is_title: bool) -> Option<std::ops::Range<usize>> {
    // `…领导讲话(一):`: the colon after the marker is not part of the title.
    let t = t.trim_end_matches(&[':', '：'][..]);
    if !short(t, SHORT_LINE_CHARS) {
        return None;
    }
    if t.contains(&['。', '，', ',', '；'][..]) {
        return None;
    }
    // `…工作总结优秀13篇1-10-49`: a site's stamp (digits and dashes) after the collection's count.
    let stamp = t.trim_end_matches(|c: char| c.is_ascii_digit() || c == '-');
    if stamp.len() < t.len() && t[stamp.len()..].contains('-') && stamp.ends_with('篇') {
        let marker = collection_marker(stamp, is_title)?;
        return Some(marker.start..t.len());
    }
    // `…工作总结 篇一`, `…工作思路 篇1`: the sample's number after a blank, whatever the title.
    let number = t.chars().rev().take_while(|&c| numeral(c)).count();
    if (1..=2).contains(&number) {
        let head = without_last(t, number);
        if let Some(h) = head.strip_suffix('篇').filter(|h| h.ends_with(&[' ', '\u{3000}'][..]) || kind_of_document(h))
        {
            return Some(h.trim_end().len()..t.len());
        }
    }
    // Where the site's marker may start after the kind of document at the end of `s`: `s`'s end,
    // or the kind's end before a site's words (`…计划优秀`, `…总结最新`, `…计划优秀范文`).
    let kind_before = |s: &str| {
        // `…总结2000字`: a count of characters after the kind of document.
        let h = SAMPLE_SUFFIXES.strip_suffix_of(s).unwrap_or(s);
        let h = PRAISE.strip_suffix_of(h).unwrap_or(h);
        let h = h.strip_suffix('字').map_or(h, |h| h.trim_end_matches(crate::text::is_ascii_digit));
        if h.len() < s.len() && kind_of_document(h) {
            return Some(h.len());
        }
        // `述職報(bào)告`: the kind of document with pinyin inside (see `inline`).
        let cleaned;
        let k = if s.contains('(') {
            cleaned = without_pinyin(s);
            cleaned.as_str()
        } else {
            s
        };
        kind_of_document(k).then_some(s.len())
    };
    for w in SAMPLE_SUFFIXES {
        if let Some(head) = t.strip_suffix(w) {
            if let Some(k) = kind_before(head) {
                return Some(k..t.len());
            }
            // `…计划优秀5篇范文`: the site's word after a count of samples.
            if let Some(r) = collection_marker(head, is_title).filter(|r| r.end == head.len()) {
                return Some(r.start..t.len());
            }
        }
    }
    // `…工作總結範文和…工作計畫`: the site's word inside the page's title (its first line), before
    // the next part of it.
    for w in ["范文", "範文", "例文"].iter().filter(|_| is_title) {
        for (i, _) in t.match_indices(w) {
            let after = &t[i + w.len()..];
            if kind_before(&t[..i]).is_some() && after.starts_with(&['和', '及', '与', '與', '、', '暨'][..]) {
                return Some(i..i + w.len());
            }
        }
    }
    // `(共五则范文)`, `(精选十篇)`, `【五篇】`: a count of samples in brackets at the end.
    let bracket = last_bracket(t);
    if let Some((i, _)) = bracket.filter(|&(_, inner)| sample_count(inner)) {
        return Some(i..t.len());
    }
    if let Some(k) = t.ends_with('字').then(|| kind_before(t)).flatten().filter(|&k| k < t.len()) {
        return Some(k..t.len());
    }
    // A number at the end: `篇1`, `1`, `最新1`, `范文1`.
    let digits = t.bytes().rev().take_while(u8::is_ascii_digit).count();
    let head = &t[..t.len() - digits];
    if digits > 0 && digits <= 2 {
        if let Some(k) = kind_before(head.strip_suffix('篇').unwrap_or(head)) {
            return Some(k..t.len());
        }
    }
    // A count at the end: `8篇`, `优秀8篇`, ` 三篇`, `范文第1篇`.
    if let Some(h) = t.strip_suffix('篇') {
        let d = h.chars().rev().take_while(|&c| numeral(c)).count();
        let h2 = without_last(h, d);
        let ascii = h[h2.len()..].bytes().all(|b| b.is_ascii_digit());
        if (1..=3).contains(&d) {
            if let Some(k) = kind_before(h2.strip_suffix('第').unwrap_or(h2)) {
                return Some(k..t.len());
            }
            // A word of one or two characters may stand before the count (`集合15篇`).
            let word = h2.chars().rev().take(2).take_while(|&c| is_han(c) && c != '第').count();
            let cut = without_last(h2, word);
            if word > 0 && kind_before(cut).is_some() {
                return Some(cut.len()..t.len());
            }
            if h2.ends_with(')') || is_title && ascii {
                return Some(h2.len()..t.len());
            }
        }
    }
    let (i, inner) = bracket?;
    // `(篇1)`, `(二)`, `( 三 )`, `【第一篇】`: the sample's number in brackets (`第…篇` only in a
    // site's `【】`: `…评审报告(第5篇)` may number a paper).
    let inner = inner.trim();
    let ordinal = inner.strip_prefix('第').and_then(|n| n.strip_suffix('篇')).filter(|_| t.ends_with('】'));
    let inner = ordinal.unwrap_or(inner);
    let inner = inner.strip_prefix('篇').unwrap_or(inner);
    (inner.chars().count() <= 2 && inner.chars().all(numeral) && kind_before(&t[..i]).is_some()).then_some(i..t.len())
}

/// Bytes at a paragraph's start searched for what a page glued there (forty Han characters).
const GLUED_HEAD_BYTES: usize = 3 * 40;

/// `学校工作计划 篇1为贯彻…`: a collection's item markers (`篇` and a number) after the kind of
/// document at the start of a paragraph, glued to the sample's first sentence; and a collection's
/// title glued before it (`…工作总结精选3篇…工作总结精选篇1近两年来`, a page that lost its line
/// breaks). The byte ranges of the markers.
pub(crate) fn glued_item_markers(t: &str) -> Vec<std::ops::Range<usize>> {
    // The markers stand among the first characters (a paragraph is not searched through).
    let mut found: Vec<std::ops::Range<usize>> = Vec::new();
    for (j, _) in t[..crate::document::floor_char_boundary(t, GLUED_HEAD_BYTES)].match_indices('篇') {
        let i = j + '篇'.len_utf8();
        let number: usize = t[i..].chars().take_while(|&c| numeral(c)).map(crate::text::char_len).sum();
        // A count before 篇 only after a site's praise word: `调研报告3篇` counts papers.
        let count = t[..j].trim_end_matches(numeral);
        let praised = count.len() < j && PRAISE.ends(count);
        let after = found.last().map_or(0, |r| r.end);
        if let Some(r) =
            collection_marker(&t[..i + number], false).filter(|r| (number > 0 || praised) && r.start >= after)
        {
            found.push(r);
        }
    }
    found
}

/// `县妇联2020年上半年工作总结范文半年来,…`: the first line, a title with a 范文 site's word
/// after the kind of document, glued to the sample's first sentence (a page that lost its line
/// breaks). The byte range of the site's word.
pub(crate) fn glued_sample_word(t: &str) -> Option<std::ops::Range<usize>> {
    // The title is among the first characters (a paragraph is not searched through).
    let head = &t[..crate::document::floor_char_boundary(t, GLUED_HEAD_BYTES)];
    let i = head.find("范文")?;
    let (title, after) = (&t[..i], &t[i + "范文".len()..]);
    // (A sentence that names samples is no title: `参考往年工作总结范文梳理…`.)
    let titled = char_offset(title, 3).is_some()
        && !title.contains(&['。', '，', ',', '；', ':', '：'][..])
        && !words!["参", "借", "按", "根据", "对照"].starts(title);
    // The sample's sentence after it (`…的通知`, `…评选` go on with the title).
    let sentence = after.chars().next().is_some_and(|c| is_han(c) && !"的和及与评征写撰库网".contains(c))
        && after.contains(&['，', ',', '。'][..]);
    (titled && sentence && kind_of_document(title)).then(|| i..i + "范文".len())
}

/// When `t` ends with a closing bracket (`)`, `）`, `】`): where its opener (of the same width) is, and
/// what stands between them.
fn last_bracket(t: &str) -> Option<(usize, &str)> {
    [('(', ')'), ('（', '）'), ('【', '】')].into_iter().find_map(|(open, close)| {
        let h = t.strip_suffix(close)?;
        let i = h.rfind(open)?;
        Some((i, &h[i + crate::text::char_len(open)..]))
    })
}

/// `s` without its last `n` characters (`n` ≥ 1; all of `s` when it has fewer).
fn without_last(s: &str, n: usize) -> &str {
    &s[..s.char_indices().rev().nth(n.saturating_sub(1)).map_or(s.len(), |(i, _)| i)]
}

/// Whether `s` ends with a kind of document (`…工作总结`).
pub(crate) fn kind_of_document(s: &str) -> bool {
    DOC_KINDS.ends(s.trim_end())
}

/// A Chinese numeral or an ASCII digit.
fn numeral(c: char) -> bool {
    is_cn_numeral(c) || c.is_ascii_digit()
}

/// `【一】鎮婦聯“三八”婦女節工作總結`: an ordinal in brackets that numbers the next sample, before
/// its title (the kind of document ends the line). The byte range of the bracket.
pub(crate) fn ordinal_before_title(t: &str) -> Option<std::ops::Range<usize>> {
    let rest = t.strip_prefix('【')?;
    let close = rest.find('】')?;
    let inner = &rest[..close];
    let title = rest[close + '】'.len_utf8()..].trim();
    let ordinal = (1..=3).contains(&inner.chars().count()) && inner.chars().all(numeral);
    let owned;
    let cleaned = if title.contains('(') {
        owned = without_pinyin(title);
        owned.as_str()
    } else {
        title
    };
    let titled = cleaned.chars().count() >= 4
        && cleaned.chars().count() <= SHORT_LINE_CHARS
        && !cleaned.contains(&['。', '，', ',', '；'][..])
        && DOC_KINDS.ends(cleaned);
    (ordinal && titled).then(|| 0..'【'.len_utf8() + close + '】'.len_utf8())
}

/// A collection's tag in brackets: a count of samples (`共五则范文`, `精选十篇`, `12篇`), with a
/// word of praise or of the site before it.
fn sample_count(inner: &str) -> bool {
    const MAX_TAG_CHARS: usize = 10;
    if inner.chars().count() > MAX_TAG_CHARS {
        return false;
    }
    let inner = inner.trim();
    // `精选多篇`, `多篇`: the count left unsaid.
    if let Some(lead) = inner.strip_suffix("多篇") {
        return lead.chars().count() <= 2 && lead.chars().all(is_han);
    }
    let inner = SAMPLE_SUFFIXES.strip_suffix_of(inner).unwrap_or(inner);
    let Some(head) = words!["篇", "则", "則", "份"].strip_suffix_of(inner) else { return false };
    let count = head.chars().rev().take_while(|&c| numeral(c)).count();
    let lead = without_last(head, count);
    // Before the count: nothing, or a word of one or two characters (`共`, `精选`, `集合`, `收集`);
    // not `第`, which numbers one item.
    (1..=3).contains(&count) && lead.chars().count() <= 2 && lead.chars().all(is_han) && !lead.starts_with('第')
}

/// `s` without its bracketed pinyin (`報(bào)告` → `報告`).
fn without_pinyin(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('(') {
        out.push_str(&rest[..i]);
        let close = rest[i..].find(')').map(|j| i + j);
        match close.filter(|&e| is_pinyin(&rest[i + 1..e])) {
            Some(e) => rest = &rest[e + 1..],
            None => {
                out.push('(');
                rest = &rest[i + 1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Pinyin with its tone marks: `xué`, `zhǎng`.
pub(crate) fn is_pinyin(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 14
        && s.chars().all(|c| c.is_ascii_lowercase() || tone_vowel(c))
        && s.chars().any(tone_vowel)
}

/// `【医院年度工作总结范文】2024年,…`: a 范文 site's title for the sample, in brackets at the start of a
/// line (the sample follows it, or the next line). The byte range of the bracket.
pub(crate) fn sample_title_in_brackets(t: &str) -> Option<std::ops::Range<usize>> {
    let inner = t.strip_prefix('【')?;
    let close = inner.find('】')?;
    let inner = &inner[..close];
    let head = SAMPLE_SUFFIXES.strip_suffix_of(inner)?;
    (short(inner, SHORT_LINE_CHARS) && kind_of_document(head)).then_some(0..'【'.len_utf8() + close + '】'.len_utf8())
}

/// The title printed twice in a row at the start of one of the first lines
/// (`2020年社区创文工作汇报2020年社区创文工作汇报今年…`): the byte range of the first copy.
pub(crate) fn doubled_start(t: &str) -> Option<std::ops::Range<usize>> {
    const MIN_CHARS: usize = 6;
    const MAX_CHARS: usize = 40;
    let mut ends = t.char_indices().map(|(i, _)| i).skip(MIN_CHARS).take(MAX_CHARS - MIN_CHARS + 1);
    ends.find(|&e| t[e..].starts_with(&t[..e]) && DOC_KINDS.ends(&t[..e])).map(|e| 0..e)
}

/// Tone-marked vowels of pinyin.
fn tone_vowel(c: char) -> bool {
    "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ".contains(c)
}

/// Inline residue of one paragraph: pinyin in brackets, a stray `.` between Han characters,
/// HTML tags and entities, a watermark after the last sentence.
pub(crate) fn inline(line: &str, base: usize, mask: u64, out: &mut Vec<Finding>) {
    let at = |r: std::ops::Range<usize>| base + r.start..base + r.end;
    let bytes = line.as_bytes();
    // Pinyin: `(xué)` after a Han character (or after a letter put for a lost one: `F(xiàn)`).
    // And pinyin whose character and `(` a page's encoding turned into `?` (`新?lián)?dāng)`, one
    // syllable after another).
    if mask & super::residue::PINYIN_BIT != 0 || bytes.contains(&b'?') {
        for i in (0..bytes.len()).filter(|&i| matches!(bytes[i], b'(' | b'?')) {
            if !line[i + 1..].starts_with(|c: char| c.is_ascii_lowercase()) {
                continue;
            }
            let inner_end = line[i + 1..].find(')').map(|j| i + 1 + j);
            let Some(close) = inner_end.filter(|&e| e - i <= 16) else { continue };
            let inner = &line[i + 1..close];
            let pinyin = is_pinyin(inner);
            let before = char_before(line, i);
            if !pinyin || !before.is_some_and(|c| is_han(c) || c.is_ascii_uppercase() || c == ')') {
                continue;
            }
            let lost = before.is_some_and(|c| c.is_ascii_uppercase());
            let start = if lost { i - 1 } else { i };
            let text = &line[start..close + 1];
            let f = Finding::new(
                super::residue::META.id,
                Severity::Warning,
                at(start..close + 1),
                format!("“{text}”是镜像网站插入的拼音,请删除"),
            );
            out.push(if lost || bytes[i] == b'?' { f } else { f.with_fix(at(start..close + 1), "", true) });
        }
    }
    // Characters a page's encoding lost, each turned into `?`: `夯实工作基??` (two or more after a
    // word, before a word or the paragraph's end; not a question stressed: `怎么办??`).
    if bytes.contains(&b'?') {
        for (i, _) in line.match_indices("??") {
            let end = i + line[i..].bytes().take_while(|&b| b == b'?').count();
            // (No question word just before: `怎么办??`.)
            let asked = line[..i].chars().rev().take(10).any(|c| "吗呢么吧啊呀何哪谁否".contains(c));
            if !asked
                && char_before(line, i).is_some_and(is_han)
                && char_at(line, end).is_none_or(|c| is_han(c) || c.is_whitespace())
            {
                out.push(Finding::new(
                    super::residue::META.id,
                    Severity::Warning,
                    at(i..end),
                    "这些问号是网页编码出错丢失的文字,请补上原来的字".to_string(),
                ));
            }
        }
    }
    // Marks some sites scatter between two Han characters, each looked for in its own pass (one
    // table, one loop): a stray `.` (not `三.八`); a backquote, put to trace copies
    // (`社区组织工作的`规划中`), which no report writes; an ASCII apostrophe with no quotation mark
    // after it to close it (`全面的'督导与自查`; `锚定'两个确保“`, a quotation typed with the
    // wrong marks, is left to `unclosed-pair`). The backquote and the apostrophe are looked for
    // in one pass first (most paragraphs have neither).
    // (A paragraph that ends with a `.` after a Han character uses it as its full stop:
    // `…迭代.年末大致回顾了一下,…定制版.`.)
    let quote_marks = has_quote_marks(bytes);
    let dot_stop = || line.trim_end().strip_suffix('.').and_then(|h| h.chars().next_back()).is_some_and(is_han);
    for &(mark, message, fix) in STRAY_MARKS {
        if (mark != '.' && !quote_marks) || !bytes.contains(&(mark as u8)) || mark == '.' && dot_stop() {
            continue;
        }
        for (i, _) in line.match_indices(mark) {
            let (Some(b), Some(a)) = (char_before(line, i), char_at(line, i + 1)) else { continue };
            let stray = match mark {
                '.' => !(is_cn_numeral(b) && is_cn_numeral(a)),
                // (Nor one that closes a quotation opened before it with another mark, `深化"亩均论
                // 英雄'改革`, even where an author closes each such quotation so: the last quotation
                // mark before it opens. `unclosed-pair` reports that.)
                '\'' => {
                    let last_quote = line[..i].rfind(&QUOTATION_MARKS[..]);
                    !line[i + 1..]
                        .chars()
                        .take(STRAY_QUOTE_WINDOW)
                        .take_while(|&c| !is_sentence_end(c))
                        .any(|c| QUOTATION_MARKS.contains(&c))
                        && !last_quote.is_some_and(|q| line[q..].starts_with(&['"', '“'][..]))
                }
                _ => true,
            };
            if is_han(b) && is_han(a) && stray {
                let f = Finding::new(super::residue::META.id, Severity::Warning, at(i..i + 1), message.to_string());
                out.push(match fix {
                    Some(safe) => f.with_fix(at(i..i + 1), "", safe),
                    None => f,
                });
            }
        }
    }
    // Markdown left at a line's start: a bold mark at the start of a heading, never closed
    // (`**三、家长与老师的沟通`), or a heading's marks (`### 引言`, `##### (一)`; not `# L* n6`, a
    // forum's noise).
    let start = line.len() - line.trim_start().len();
    let rest = &line[start..];
    let hashes = rest.bytes().take_while(|&b| b == b'#').count();
    let marks = if let Some(rest) = rest.strip_prefix("**") {
        // Before a heading's number (`三、`, `2、`): `**镇妇联…` at a line's start is a name left blank.
        let numeral = rest.chars().take_while(|&c| is_cn_numeral(c) || c.is_ascii_digit()).count();
        let heading = numeral > 0
            && char_offset(rest, numeral)
                .and_then(|i| char_at(rest, i))
                .is_some_and(|c| matches!(c, '、' | '.' | '．'));
        if !rest.contains("**") && heading {
            2
        } else {
            0
        }
    } else if rest.len() >= 2 && rest.bytes().all(|b| b == b'`') {
        // A Markdown code fence alone on its line (`` ``` ``).
        rest.len()
    } else if (1..=MARKDOWN_HEADING_LEVELS).contains(&hashes)
        && rest.as_bytes().get(hashes) == Some(&b' ')
        && rest.as_bytes().get(hashes + 1).is_some_and(|&b| b >= 0x80 || b == b'(')
    {
        hashes + 1
    } else {
        0
    };
    if marks > 0 {
        out.push(
            Finding::new(
                super::residue::META.id,
                Severity::Warning,
                at(start..start + marks),
                format!("行首的“{}”是网页排版标记的残留,请删除", rest[..marks].trim_end()),
            )
            .with_fix(at(start..start + marks), "", true),
        );
    }
    // A table's row of one cell (`| 报告 |`, `| 标题:工会工作情况汇报 |`): a page's markup round a
    // label or a title (a table of the report's has rows of several cells).
    let row = rest.trim_end();
    if row.len() > 2 && row.starts_with('|') && row.ends_with('|') && !row[1..row.len() - 1].contains('|') {
        out.push(Finding::new(
            super::residue::META.id,
            Severity::Warning,
            at(start..start + row.len()),
            format!("“{row}”两边的“|”是网页表格标记的残留,请删除"),
        ));
    }
    // A sentence that advertises a site: a domain and the site's words (`…范文,海量公文素材资料,
    // 下载网址:www.….com,润笔请加微:…。`).
    // (Or the site's name broken up by marks between its characters, against filters:
    // `某某语文}创%素材[库:https://…`.)
    let advert_bits = super::residue::LEAD_IN_BIT | super::residue::NOTICE_BIT;
    if mask & super::residue::SITE_NOUN_BIT != 0
        && (mask & advert_bits != 0 || obfuscating_marks(line) > 0)
        && has_domain(line)
    {
        let mut from = 0;
        for piece in line.split_inclusive(&['。', '!', '！', '?', '？'][..]) {
            let start = from;
            from += piece.len();
            let words = ADVERT_WORDS.count_in(piece) + obfuscating_marks(piece);
            if words >= ADVERT_MIN_WORDS && has_domain(piece) {
                let lead = piece.len() - piece.trim_start().len();
                let end = start + piece.trim_end().len();
                out.push(Finding::new(
                    super::residue::META.id,
                    Severity::Warning,
                    at(start + lead..end),
                    "这句话是网站的广告或水印,是从网页复制时带进来的,请删除".to_string(),
                ));
            }
        }
    }
    // `……此处隐藏23945个字……`, `……(某网…省略522字,正式会员可完整阅读)……`: where a site cut the
    // text out of its page. (The latter is reported from its count: it overlaps the brackets.)
    if mask & super::residue::NOTICE_BIT != 0 {
        let mut from = 0;
        // (The earlier of the two: a notice may stand before an unrelated 隐藏 of the text.)
        let next = |t: &str| match (t.find("隐藏"), t.find("省略")) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        while let Some(i) = next(&line[from..]) {
            let i = from + i;
            from = i + "隐藏".len();
            let after = &line[from..];
            let digits = after.bytes().take_while(u8::is_ascii_digit).count();
            let tail = after[digits..].trim_start_matches('个');
            if digits > 0 && tail.starts_with('字') && !char_at(tail, '字'.len_utf8()).is_some_and(is_han) {
                let here = &line[..i];
                let start = here.strip_suffix("此处").unwrap_or(here).trim_end_matches('…').len();
                let end = line.len() - tail['字'.len_utf8()..].trim_start_matches('…').len();
                out.push(Finding::new(
                    super::residue::META.id,
                    Severity::Warning,
                    at(start..end),
                    "这是网站隐去正文的提示,这里缺了一段内容,请补全并删去提示".to_string(),
                ));
            }
        }
    }
    // A table of contents flattened into the paragraph: `目录 1. …工作计划 2 2.…总结 10 …`.
    if let Some(r) = (mask & super::residue::TOC_BIT != 0).then(|| flattened_toc(line)).flatten() {
        out.push(Finding::new(
            super::residue::META.id,
            Severity::Warning,
            at(r),
            "这是范文合集的目录,是从网页复制时带进来的,请删除".to_string(),
        ));
    }
    // HTML tags (adjacent ones, blanks between, make one finding) and entities.
    if mask & super::residue::MARKUP_BIT != 0 && bytes.contains(&b'<') {
        let mut block: Option<std::ops::Range<usize>> = None;
        let mut from = 0;
        while let Some(j) = line[from..].find('<') {
            let i = from + j;
            from = i + 1;
            let Some(end) = html_tag(line, i) else { continue };
            from = end;
            match &mut block {
                Some(b) if line[b.end..i].trim().is_empty() => b.end = end,
                _ => {
                    if let Some(b) = block.take() {
                        out.push(tag_finding(line, base, b));
                    }
                    block = Some(i..end);
                }
            }
        }
        if let Some(b) = block {
            out.push(tag_finding(line, base, b));
        }
    }
    if mask & super::residue::MARKUP_BIT != 0 && bytes.contains(&b'&') {
        for (i, _) in line.match_indices('&') {
            let rest = &line[i + 1..];
            let name = rest.bytes().take(8).take_while(|b| b.is_ascii_alphanumeric() || *b == b'#').count();
            if name >= 2 && rest.as_bytes().get(name) == Some(&b';') {
                out.push(Finding::new(
                    super::residue::META.id,
                    Severity::Warning,
                    at(i..i + name + 2),
                    format!("“{}”是网页的转义字符,请改为对应的标点或删除", &line[i..i + name + 2]),
                ));
            }
        }
    }
    // A watermark after the last sentence: `…100场次。 稿子汇,范文学习文库`.
    if mask & super::residue::SITE_NOUN_BIT != 0 {
        if let Some(end_of_text) = line.rfind(is_sentence_end) {
            let tail_start = end_of_text + char_at(line, end_of_text).map_or(1, crate::text::char_len);
            let tail = line[tail_start..].trim();
            if !tail.is_empty()
                && tail.chars().count() <= SITE_LINE_CHARS
                && (has_domain(tail) || SITE_NOUNS.any_in(tail))
            {
                let s = line.len() - line[tail_start..].trim_start().len();
                let e = s + tail.len();
                out.push(
                    Finding::new(
                        super::residue::META.id,
                        Severity::Warning,
                        at(s..e),
                        format!("“{tail}”是网站加在段末的水印,请删除"),
                    )
                    .with_fix(at(tail_start..line.trim_end().len()), "", true),
                );
            }
        }
    }
}

/// A Markdown heading has at most this many `#` before its blank.
const MARKDOWN_HEADING_LEVELS: usize = 6;

/// Bytes tested at once by [`has_quote_marks`].
const MARK_CHUNK: usize = 16;

/// Whether `bytes` holds a backquote or an ASCII apostrophe: a chunk at a time, with a test the
/// compiler turns into a few vector instructions.
fn has_quote_marks(bytes: &[u8]) -> bool {
    let chunks = bytes.chunks_exact(MARK_CHUNK);
    let tail = chunks.remainder();
    let mark = |b: u8| b == b'`' || b == b'\'';
    chunks.into_iter().any(|c| c.iter().fold(false, |any, &b| any | mark(b))) || tail.iter().any(|&b| mark(b))
}

/// The marks scattered between Han characters (see `inline`): the message, and the fix (deleting
/// the mark, safe or not) if any.
const STRAY_MARKS: &[(char, &str, Option<bool>)] = &[
    ('.', "汉字之间的“.”是网站插入的杂字或删去敏感词后的残留,请删除或补全", None),
    ('`', "汉字之间的“`”是网站插入的杂字,请删除", Some(true)),
    ('\'', "汉字之间的“'”是网站插入的杂字,请删除", Some(false)),
];

/// A quotation mark closing an apostrophe is looked for this many characters after it.
const STRAY_QUOTE_WINDOW: usize = 60;
/// Words of a site's advert; a sentence with a domain and this many of them is one.
const ADVERT_WORDS: Words =
    words!["下载", "网址", "微信", "加微", "QQ", "素材", "资料", "范文", "公文", "客服", "文库", "下載", "網址"];
const ADVERT_MIN_WORDS: usize = 3;

/// The marks that open or close a quotation, straight or curly (an apostrophe may do either).
const QUOTATION_MARKS: [char; 6] = ['\'', '‘', '’', '“', '”', '"'];

/// ASCII marks a site puts between the characters of its name to get past filters (`语文}创`,
/// `公众@号`): how many stand between two Han characters (`%` too: a report writes it after a
/// figure). Not `|`, which parts a site's menu.
fn obfuscating_marks(t: &str) -> usize {
    t.bytes()
        .enumerate()
        .filter(|&(i, b)| {
            matches!(b, b'{' | b'}' | b'[' | b']' | b'@' | b'%' | b'^' | b'~' | b'\\')
                && char_before(t, i).is_some_and(is_han)
                && char_at(t, i + 1).is_some_and(is_han)
        })
        .count()
}

/// `9.某局2022年食品安全工作总结 67`: a title with Han characters, a blank, then its page number.
fn contents_entry(t: &str) -> bool {
    t.rsplit_once(' ').is_some_and(|(title, page)| {
        (1..=3).contains(&page.len())
            && page.bytes().all(|b| b.is_ascii_digit())
            && short(title, TOC_TITLE_CHARS)
            && title.chars().any(is_han)
    })
}

/// Items a flattened table of contents has at least.
const TOC_MIN_ITEMS: usize = 2;
/// An item's title has at most this many characters.
const TOC_TITLE_CHARS: usize = 60;

/// `目录 1. 区卫生健康局2023年工作总结 2 2.县…总结 10`: `目录` followed by numbered titles, each
/// with a page number after a blank. The byte range from `目录` to the last page number.
fn flattened_toc(line: &str) -> Option<std::ops::Range<usize>> {
    let at = line.find("目录").or_else(|| line.find("目錄"))?;
    let b = line.as_bytes();
    let mut i = at + "目录".len();
    let mut items = 0;
    let mut end = i;
    loop {
        let skip_blanks = |mut j: usize| {
            while j < b.len() && b[j] == b' ' {
                j += 1;
            }
            j
        };
        let j = skip_blanks(i);
        let digits = b[j..].iter().take_while(|c| c.is_ascii_digit()).count();
        if !(1..=2).contains(&digits) {
            break;
        }
        let mut k = j + digits;
        let Some(sep) = line[k..].chars().next().filter(|c| matches!(c, '.' | '、' | '．')) else { break };
        k = skip_blanks(k + crate::text::char_len(sep));
        // The title: up to the blank before the page number.
        let title_len = line[k..].find(' ').unwrap_or(0);
        let title = &line[k..k + title_len];
        if title.is_empty() || title.chars().count() > TOC_TITLE_CHARS || !title.chars().any(is_han) {
            break;
        }
        let p = skip_blanks(k + title_len);
        let page = b[p..].iter().take_while(|c| c.is_ascii_digit()).count();
        if !(1..=3).contains(&page) {
            break;
        }
        items += 1;
        end = p + page;
        i = end;
    }
    (items >= TOC_MIN_ITEMS).then_some(at..end)
}

fn tag_finding(line: &str, base: usize, r: std::ops::Range<usize>) -> Finding {
    let text = &line[r.clone()];
    Finding::new(
        super::residue::META.id,
        Severity::Warning,
        base + r.start..base + r.end,
        format!("“{text}”是网页的HTML标记,请删除"),
    )
    .with_fix(base + r.start..base + r.end, "", true)
}

/// HTML elements a copied page leaves: their tags are markup, never report text.
const HTML_TAGS: Words = words![
    "p", "div", "span", "br", "a", "img", "strong", "b", "i", "em", "u", "font", "table", "tbody", "tr", "td", "th",
    "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "blockquote", "hr", "sup", "sub",
];

/// If an HTML tag of a known element starts at `i` (`<p class="x">`, `</p>`, `<br/>`), the byte
/// offset just past it.
fn html_tag(line: &str, i: usize) -> Option<usize> {
    let rest = &line[i + 1..];
    let rest = rest.strip_prefix('/').unwrap_or(rest);
    let name_len = rest.bytes().take_while(u8::is_ascii_alphanumeric).count();
    let name = rest[..name_len].to_ascii_lowercase();
    if !HTML_TAGS.contains(name.as_str()) {
        return None;
    }
    let after = &rest[name_len..];
    let close = after.find('>')?;
    let attrs = &after[..close];
    if close > 200 || attrs.contains('<') || !(attrs.is_empty() || attrs.starts_with(&[' ', '/'][..])) {
        return None;
    }
    Some(line.len() - after.len() + close + 1)
}

mod chunks;
pub(crate) use chunks::chunk_markers;
mod noise;
pub(crate) use noise::{inside_noise, report as report_noise};

#[cfg(test)]
mod tests;
