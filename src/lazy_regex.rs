//! A regex compiled on first use.
//!
//! Why: the section profiles name a pattern per section for the words of a title that promise
//! it (`…及下一步工作计划`), while a draft reaches only its own profile's and only when it has a
//! title. With this type a draft pays only for those it uses, and the page shows its first
//! result sooner.

use regex_lite::Regex;
use std::ops::Deref;
use std::sync::OnceLock;

pub struct LazyRegex {
    pattern: &'static str,
    compiled: OnceLock<Regex>,
}

impl LazyRegex {
    /// Stores the pattern; nothing is compiled yet. A built-in pattern that does not compile is
    /// a bug of the code, caught by the tests that use it.
    pub const fn new(pattern: &'static str) -> LazyRegex {
        LazyRegex { pattern, compiled: OnceLock::new() }
    }

    pub fn get(&self) -> &Regex {
        self.compiled.get_or_init(|| crate::pattern::builtin(self.pattern))
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
}
