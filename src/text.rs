//! Small character classes shared by the rules, so no rule keeps its own copy.

/// A Han (CJK ideograph) character, including 〇 which reports use in years (二〇二三年).
pub fn is_han(c: char) -> bool {
    matches!(c as u32,
        0x3007 | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2A6DF | 0x2A700..=0x2EBEF | 0x30000..=0x3134F)
}

/// Punctuation that ends a sentence in Chinese or Western text.
pub fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?' | '；' | ';' | '…')
}

/// Chinese or ASCII punctuation (a rough class, used to tell words from the marks around them).
pub fn is_punct(c: char) -> bool {
    c.is_ascii_punctuation()
        || matches!(c as u32, 0x3000..=0x303F | 0xFF00..=0xFF0F | 0xFF1A..=0xFF20 | 0xFF3B..=0xFF40 | 0xFF5B..=0xFF65 | 0x2010..=0x2027 | 0x2030..=0x205E | 0xFE30..=0xFE4F)
}

/// The character before byte offset `pos` in `s`, if any.
pub fn char_before(s: &str, pos: usize) -> Option<char> {
    s[..pos].chars().next_back()
}

/// The character at byte offset `pos` in `s`, if any.
pub fn char_at(s: &str, pos: usize) -> Option<char> {
    s[pos..].chars().next()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn han_and_punct() {
        assert!(is_han('中') && is_han('〇') && !is_han('a') && !is_han('，'));
        assert!(is_punct('，') && is_punct('。') && is_punct('“') && is_punct(',') && !is_punct('中'));
        assert_eq!(char_before("中a", 3), Some('中'));
        assert_eq!(char_at("中a", 3), Some('a'));
    }
}
