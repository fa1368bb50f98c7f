//! Legal forms of companies (`Inc`, `Corp`, `Co`, `Ltd`, `PLC`, `AG`, `SA`,
//! `NV`, …): one table, keyed by the word, that every stage reads — the
//! mention finder (a name ends at its legal form), in-document resolution
//! (`Texaco Inc` is `Texaco`), fact selection (a bare `Corp` is no argument)
//! and cross-document resolution (names keyed without their legal form).
//!
//! In: a word as written (any case, a trailing full stop allowed). Out: the
//! [`LegalForm`] it is, or `None`.

/// One legal form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LegalForm {
    /// The word, lower case, without a full stop (the table's key).
    pub word: &'static str,
    /// Spelled out (`Corporation`, `Company`, `Limited`) rather than abbreviated.
    /// A spelled-out word is also an ordinary noun (`the company`), so a stage
    /// that must not cut a phrase there asks for abbreviations only.
    pub spelled_out: bool,
}

const fn abbr(word: &'static str) -> LegalForm {
    LegalForm {
        word,
        spelled_out: false,
    }
}

const fn full(word: &'static str) -> LegalForm {
    LegalForm {
        word,
        spelled_out: true,
    }
}

/// Every legal form, sorted by word (looked up by binary search).
pub const LEGAL_FORMS: &[LegalForm] = &[
    abbr("ab"),
    abbr("ag"),
    abbr("asa"),
    abbr("bhd"),
    abbr("bv"),
    abbr("co"),
    full("company"),
    abbr("corp"),
    full("corporation"),
    abbr("cos"),
    abbr("gmbh"),
    abbr("inc"),
    full("incorporated"),
    abbr("kk"),
    full("limited"),
    abbr("llc"),
    abbr("lp"),
    abbr("ltd"),
    abbr("ltda"),
    abbr("nl"),
    abbr("nv"),
    abbr("oy"),
    abbr("plc"),
    abbr("pty"),
    abbr("sa"),
];

/// The legal form `word` is (`Inc.`, `PLC`, `corp` → `corp`), if any.
pub fn legal_form(word: &str) -> Option<&'static LegalForm> {
    let w = word.trim_end_matches('.');
    if w.is_empty() || w.len() > 12 {
        return None;
    }
    let lower = w.to_ascii_lowercase();
    LEGAL_FORMS
        .binary_search_by(|f| f.word.cmp(lower.as_str()))
        .ok()
        .map(|i| &LEGAL_FORMS[i])
}

/// Whether `word` is an abbreviated legal form (`Inc`, `Co.`, `PLC`), not a
/// spelled-out one (`Company`).
pub fn is_abbreviated_legal_form(word: &str) -> bool {
    legal_form(word).is_some_and(|f| !f.spelled_out)
}

/// Whether `word` is any legal form, abbreviated or spelled out.
pub fn is_legal_form(word: &str) -> bool {
    legal_form(word).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_lower_case_and_without_duplicates() {
        for w in LEGAL_FORMS.windows(2) {
            assert!(w[0].word < w[1].word, "{} before {}", w[0].word, w[1].word);
        }
        for f in LEGAL_FORMS {
            assert_eq!(f.word, f.word.to_ascii_lowercase());
        }
    }

    #[test]
    fn words_are_looked_up_in_any_case_with_a_full_stop() {
        let cases = [
            ("Inc", Some(false)),
            ("Inc.", Some(false)),
            ("PLC", Some(false)),
            ("Corporation", Some(true)),
            ("gmbh", Some(false)),
            ("Group", None),
            ("Reagan", None),
            (".", None),
            ("", None),
        ];
        for (word, spelled_out) in cases {
            assert_eq!(
                legal_form(word).map(|f| f.spelled_out),
                spelled_out,
                "{word}"
            );
        }
        assert!(is_abbreviated_legal_form("Co."));
        assert!(!is_abbreviated_legal_form("Company"));
        assert!(is_legal_form("Limited"));
    }
}
