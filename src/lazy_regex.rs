//! A regex compiled on first use.
//!
//! Why: compiling a regex is the costliest thing the checker does once (in the browser, tens of
//! milliseconds for a pattern with bounded repeats of a Unicode class). Tables such as the
//! section profiles name dozens of patterns while a draft reaches only some of them; with this
//! type a draft pays only for those, and the page shows its first result sooner.

use regex::Regex;
use std::ops::Deref;
use std::sync::OnceLock;

/// Longest text (bytes) searched word by word.
const WORDS_MAX_TEXT: usize = 256;

pub struct LazyRegex {
    pattern: String,
    /// The words of a pattern that is nothing but `word|word|…`: `is_match` looks for them
    /// directly and never compiles the pattern.
    words: Option<Vec<String>>,
    compiled: OnceLock<Regex>,
}

impl LazyRegex {
    /// Stores the pattern; nothing is compiled yet. A built-in pattern that does not compile is
    /// a bug of the code, caught by the tests that use it.
    pub fn new(pattern: impl Into<String>) -> LazyRegex {
        let pattern = pattern.into();
        let plain = |w: &str| !w.is_empty() && !w.contains(|c: char| r"\.+*?()[]{}^$|".contains(c));
        let words = pattern.split('|').all(plain).then(|| pattern.split('|').map(String::from).collect());
        LazyRegex { pattern, words, compiled: OnceLock::new() }
    }

    /// Like `Regex::is_match`; a list of plain words is searched without compiling anything
    /// in a short text (a heading). A long one is read once by the compiled pattern instead of
    /// once per word.
    pub fn is_match(&self, text: &str) -> bool {
        match &self.words {
            Some(words) if text.len() <= WORDS_MAX_TEXT => words.iter().any(|w| text.contains(w.as_str())),
            _ => self.get().is_match(text),
        }
    }

    pub fn get(&self) -> &Regex {
        self.compiled.get_or_init(|| crate::pattern::builtin(&self.pattern))
    }

    /// Whether the pattern has been compiled.
    #[cfg(test)]
    fn is_compiled(&self) -> bool {
        self.compiled.get().is_some()
    }
}

impl Deref for LazyRegex {
    type Target = Regex;
    fn deref(&self) -> &Regex {
        self.get()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compiles_on_first_use_only() {
        let r = LazyRegex::new(r"[0-9]+年");
        assert!(!r.is_compiled());
        assert!(r.is_match("2023年"));
        assert!(r.is_compiled());
    }

    #[test]
    fn a_list_of_words_is_never_compiled() {
        let r = LazyRegex::new("问题|不足|差距");
        assert!(r.is_match("存在的不足") && !r.is_match("主要工作"));
        assert!(!r.is_compiled());
        let r = LazyRegex::new("问题|不足?");
        assert!(r.is_match("不"));
        assert!(r.is_compiled());
    }
}
