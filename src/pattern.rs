//! Every regex of the checker — built in or from an administrator's config — is compiled here.
//!
//! The engine is `regex-lite`: the syntax of the `regex` crate and its linear-time guarantee, at a
//! fraction of the size in the browser (the patterns every draft meets are matched by hand, see
//! `phrase`). Its `\d`, `\s`, `\w` are ASCII only, and the full `regex` crate's Unicode tables
//! for them were a tenth of the module. The classes are therefore spelled out here before
//! compiling, with the meaning a Chinese report needs:
//!
//! - `\d` is a digit, ASCII or full-width: `[0-9０-９]` (`\D` its complement);
//! - `\s` is any Unicode blank, the full-width space U+3000 included — exactly the set the
//!   Unicode `\s` had (`\S` its complement);
//! - `\w` is an ASCII letter, digit or `_`, a full-width letter or digit, or a Han character
//!   (`\W` its complement);
//! - `\b` and `\B` are ASCII word boundaries (a boundary between two Han characters cannot be
//!   told without a dictionary anyway).
//!
//! `(?i)` works on ASCII letters only and must be written `(?i-u)` / `(?i-u:…)` around ASCII
//! text (e.g. `(?i-u:word)`); a pattern asking for Unicode case folding gets a clear error.
//! The complements `\D`, `\S`, `\W` cannot stand inside a bracket class (`[\D,]`): such a
//! pattern is refused with a message saying so.

use regex_lite::{Regex, RegexBuilder};

const DIGIT: &str = r"0-9\x{FF10}-\x{FF19}";
/// Unicode White_Space, which is what `\s` meant with the Unicode tables.
const SPACE: &str = r"\t\n\x0B\x0C\r \x{85}\x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}";
const WORD: &str = r"0-9A-Za-z_\x{FF10}-\x{FF19}\x{FF21}-\x{FF3A}\x{FF41}-\x{FF5A}\x{3007}\x{3400}-\x{4DBF}\x{4E00}-\x{9FFF}\x{F900}-\x{FAFF}";

const UNICODE_CASE: &str = "不支持 (?i) 的 Unicode 大小写匹配,请改用 (?i-u:…) 并只用于英文字母";

/// Why a pattern cannot be expanded.
#[derive(Debug, PartialEq)]
pub struct Unsupported(pub String);

/// `pattern` with `\d`, `\s`, `\w` (and complements) spelled out and `\b`, `\B` made ASCII.
pub fn expand(pattern: &str) -> Result<String, Unsupported> {
    let mut out = String::with_capacity(pattern.len() + 16);
    // Depth of bracket classes (`[a[b]]` nests); `fresh` is true right after `[` or `[^`, where
    // a `]` is a literal.
    let mut depth = 0usize;
    let mut fresh = false;
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        let was_fresh = std::mem::replace(&mut fresh, false);
        match c {
            '\\' => {
                let Some(e) = chars.next() else {
                    out.push('\\'); // a trailing backslash: let the regex parser report it
                    break;
                };
                let class = match e {
                    'd' | 'D' => Some(DIGIT),
                    's' | 'S' => Some(SPACE),
                    'w' | 'W' => Some(WORD),
                    _ => None,
                };
                match class {
                    Some(_) if depth > 0 && e.is_ascii_uppercase() => {
                        return Err(Unsupported(format!("方括号内不支持 \\{e},请改写")));
                    }
                    Some(set) if depth > 0 => out.push_str(set),
                    Some(set) => {
                        out.push_str(if e.is_ascii_uppercase() { "[^" } else { "[" });
                        out.push_str(set);
                        out.push(']');
                    }
                    None if depth == 0 && (e == 'b' || e == 'B') => {
                        out.push_str("(?-u:\\");
                        out.push(e);
                        out.push(')');
                    }
                    None => {
                        out.push('\\');
                        out.push(e);
                    }
                }
            }
            '[' => {
                // `[[:alpha:]]`: an ASCII class name inside a class is copied whole.
                if depth > 0 && chars.as_str().starts_with(':') {
                    if let Some(end) = chars.as_str().find(":]") {
                        out.push('[');
                        out.push_str(&chars.as_str()[..end + 2]);
                        chars = chars.as_str()[end + 2..].chars();
                        continue;
                    }
                }
                depth += 1;
                out.push('[');
                if chars.as_str().starts_with('^') {
                    chars.next();
                    out.push('^');
                }
                fresh = true;
            }
            '(' if depth == 0 && chars.as_str().starts_with('?') => {
                // A group named with other than ASCII (`(?P<名称>…)`): the engine takes ASCII names
                // only (vendor/regex-lite/PATCHED.md) and nothing reads a configured pattern's
                // group names, so it becomes a plain group.
                let rest = chars.as_str();
                let name_at = match rest.as_bytes() {
                    [b'?', b'P', b'<', ..] => 3,
                    [b'?', b'<', next, ..] if *next != b'=' && *next != b'!' => 2,
                    _ => 0,
                };
                if let Some(end) = rest[name_at..].find('>').filter(|_| name_at > 0) {
                    if !rest[name_at..name_at + end].is_ascii() {
                        out.push('(');
                        chars = rest[name_at + end + 1..].chars();
                        continue;
                    }
                }
                // Flags: `(?i)` needs Unicode case tables, which are left out; `(?i-u)` does not.
                let flags: String =
                    chars.as_str()[1..].chars().take_while(|c| c.is_ascii_alphabetic() || *c == '-').collect();
                let (on, off) = flags.split_once('-').unwrap_or((&flags, ""));
                if on.contains('i') && !off.contains('u') {
                    return Err(Unsupported(UNICODE_CASE.to_string()));
                }
                out.push('(');
            }
            ']' if depth > 0 && !was_fresh => {
                depth -= 1;
                out.push(']');
            }
            _ => out.push(c),
        }
    }
    Ok(out)
}

/// Compiles a built-in pattern. Panics if it does not compile: that is a bug of the code,
/// which the rule's tests catch.
pub fn builtin(pattern: &str) -> Regex {
    let expanded = expand(pattern).expect("built-in patterns use supported classes");
    Regex::new(&expanded).expect("built-in patterns compile")
}

/// Compiles an administrator's pattern with a bound on its size; the error is for people.
pub fn configured(pattern: &str, size_limit: usize) -> Result<Regex, String> {
    let expanded = expand(pattern).map_err(|e| e.0)?;
    RegexBuilder::new(&expanded).size_limit(size_limit).build().map_err(|e| {
        // regex-lite has one error type, its text a short Chinese reason (vendor/regex-lite/PATCHED.md);
        // `过大` is a pattern too big, any other a bad one.
        let why = e.to_string();
        if why == "过大" {
            return "正则表达式过大,请简化".to_string();
        }
        format!("不是有效的正则表达式({why})")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(pattern: &str, text: &str) -> Option<String> {
        builtin(pattern).find(text).map(|m| m.as_str().to_string())
    }

    #[test]
    fn digits_ascii_and_full_width() {
        assert_eq!(m(r"第\d+页", "第12页"), Some("第12页".into()));
        assert_eq!(m(r"第\d+页", "第１２页"), Some("第１２页".into()));
        assert_eq!(m(r"[\d,]+", "共1,200人"), Some("1,200".into()));
        assert_eq!(m(r"\D+", "12人"), Some("人".into()));
    }

    #[test]
    fn blanks_include_the_full_width_space() {
        assert_eq!(m(r"第\s*1\s*页", "第\u{3000}1 页"), Some("第\u{3000}1 页".into()));
        assert_eq!(m(r"[\s\-]+", "a -\u{3000}b"), Some(" -\u{3000}".into()));
        assert_eq!(m(r"\S+", "  来源  "), Some("来源".into()));
        for c in ['\t', '\n', ' ', '\u{a0}', '\u{2003}', '\u{3000}', '\u{2028}'] {
            assert!(builtin(r"^\s$").is_match(&c.to_string()), "{c:?}");
        }
        assert!(!builtin(r"\s").is_match("a中，"));
    }

    #[test]
    fn words_and_boundaries() {
        assert_eq!(m(r"\w+", "（工作abc_1）"), Some("工作abc_1".into()));
        assert_eq!(m(r"\bword\b", "a word."), Some("word".into()));
        assert_eq!(m(r"\bword\b", "words"), None);
    }

    #[test]
    fn groups_named_with_other_than_ascii_become_plain_groups() {
        // The engine takes ASCII names only (vendor/regex-lite/PATCHED.md).
        assert_eq!(expand(r"(?P<名称>\d+)年").unwrap(), format!("([{DIGIT}]+)年"));
        assert_eq!(expand(r"(?<年份>x)(?<a1>y)").unwrap(), "(x)(?<a1>y)");
        assert_eq!(m(r"(?P<年份>\d{4})年", "于2024年"), Some("2024年".into()));
        assert_eq!(builtin(r"(?P<start>\d+)年").captures("12年").unwrap().name("start").unwrap().as_str(), "12");
        assert!(configured(r"(?P<名称>x)(?<标题>y)", 1 << 20).is_ok());
        // Left to the engine as before: ASCII names, a bracket's `(`, unnamed groups, bad names.
        assert_eq!(expand(r"[(?P<名>]").unwrap(), "[(?P<名>]");
        assert_eq!(expand(r"(?:a)(?P<x>b)").unwrap(), "(?:a)(?P<x>b)");
        assert!(configured(r"(?P<1a>x)", 1 << 20).is_err());
        assert!(configured(r"(?P<名", 1 << 20).is_err());
    }

    #[test]
    fn brackets_escapes_and_nesting_are_kept() {
        assert_eq!(expand(r"[]\d]").unwrap(), format!("[]{DIGIT}]"));
        assert_eq!(expand(r"[^]a]").unwrap(), "[^]a]");
        assert_eq!(expand(r"\\d").unwrap(), r"\\d");
        assert_eq!(expand(r"[[:digit:]x]\d").unwrap(), format!("[[:digit:]x][{DIGIT}]"));
        assert_eq!(expand(r"[a[b]]\s").unwrap(), format!("[a[b]][{SPACE}]"));
        assert_eq!(expand(r"\x{3000}\p{Han}").unwrap(), r"\x{3000}\p{Han}");
        assert_eq!(m(r"[a\]]+", "x]a]"), Some("]a]".into()));
    }

    #[test]
    fn ascii_case_folding_works_and_unicode_folding_is_explained() {
        assert_eq!(m(r"(?i-u:page)\s*\d", "PAGE 2"), Some("PAGE 2".into()));
        for p in ["(?i)待填", "(?i:word)", "(?is)x", "(?i-s)x"] {
            assert!(configured(p, 1 << 20).unwrap_err().contains("(?i-u:…)"), "{p}");
        }
        assert!(configured("(?s-i)x", 1 << 20).is_ok());
        assert!(configured(r"[\D]", 1 << 20).unwrap_err().contains("方括号内不支持"));
        assert_eq!(configured("(unclosed", 1 << 20).unwrap_err(), "不是有效的正则表达式(圆括号不成对)");
        assert_eq!(configured("x{3,1}", 1 << 20).unwrap_err(), "不是有效的正则表达式(重复次数写法有误)");
        assert_eq!(configured(r"\d{1000}{1000}", 1 << 20).unwrap_err(), "正则表达式过大,请简化");
        assert!(configured(r"\d+万", 1 << 20).is_ok());
    }

    #[test]
    fn what_the_engine_lacks_is_refused_in_words() {
        for (p, why) in [
            (r"\p{Han}", "Unicode字符类"),
            ("[a[b]]", "字符类嵌套"),
            ("[a-z&&[^x]]", "字符类嵌套"),
            ("(?=x)", "前后查找"),
        ] {
            let e = configured(p, 1 << 20).unwrap_err();
            assert!(e.starts_with("不是有效的正则表达式(不支持") && e.contains(why), "{p}: {e}");
        }
        assert!(configured(r"[\x{4E00}-\x{9FFF}]+", 1 << 20).unwrap().is_match("汉字"));
        assert!(configured("[[:digit:]x]", 1 << 20).unwrap().is_match("7"));
    }
}
