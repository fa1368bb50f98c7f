//! Words as the mention finder sees them: tokens in, [`Unit`]s out (hyphenated
//! parts, `’` + `s` and initials joined), with the word lists and word tests the
//! finder shares.

use crate::nlp::lexicon;
use crate::nlp::{Tag, Tagged};
use crate::text::{Span, Token};

/// Words that may sit inside a personal or place name in lower case.
pub(super) const PARTICLES: &[&str] = &[
    "bin", "ibn", "al", "al-", "el", "de", "da", "di", "du", "dos", "das", "del", "della", "van",
    "von", "der", "den", "ten", "ter", "le", "la", "y", "abu", "bint", "ben",
];

/// Closed-class words that are never names even when capitalised mid-sentence
/// (title-case headings).
pub(super) const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "by", "for", "with",
    "from", "to", "into", "as", "is", "are", "was", "were", "be", "has", "have", "had", "will",
    "would", "can", "could", "may", "might", "this", "that", "these", "those", "it", "its", "i",
    "we", "you", "he", "she", "they", "his", "her", "their", "our", "my", "your", "not", "after",
    "before", "over", "under", "about", "against", "amid", "between", "during", "up", "out",
];

/// Personal pronouns that may refer to an entity.
pub(super) const PRONOUNS: &[&str] = &[
    "he",
    "she",
    "it",
    "they",
    "him",
    "her",
    "his",
    "its",
    "their",
    "them",
    "hers",
    "theirs",
    "himself",
    "herself",
    "itself",
    "themselves",
];

/// A word as the mention finder sees it: one or more tokens (hyphenated parts,
/// `’` + `s`, initials with their periods) with the tag that matters.
#[derive(Debug)]
pub(super) struct Unit<'a> {
    pub(super) span: Span,
    pub(super) text: &'a str,
    pub(super) lower: String,
    pub(super) tag: Tag,
    /// First character is upper case.
    pub(super) cap: bool,
    /// First word of the sentence, or after an opening quote, colon, bullet or bracket.
    pub(super) initial: bool,
}

impl Unit<'_> {
    pub(super) fn is_possessive(&self) -> bool {
        matches!(self.lower.as_str(), "'s" | "’s" | "'" | "’") || self.tag == Tag::POS
    }
    pub(super) fn is_alpha(&self) -> bool {
        self.text.chars().any(char::is_alphabetic)
    }
    /// All letters upper case, at least two of them (`NIS`, `ICBM`, `ICBMs`).
    pub(super) fn is_acronym(&self) -> bool {
        let core = self.text.strip_suffix('s').unwrap_or(self.text);
        let letters: Vec<char> = core.chars().filter(|c| c.is_alphabetic()).collect();
        letters.len() >= 2
            && letters.iter().all(|c| c.is_uppercase())
            && core
                .chars()
                .all(|c| c.is_alphanumeric() || c == '.' || c == '-')
    }
}

/// Group tokens into units: hyphenated words, `’` + `s`, `U` `.` `S` `.`, `Mr` `.`.
pub(super) fn units<'a>(text: &'a str, tokens: &[Token], tags: &[Tagged]) -> Vec<Unit<'a>> {
    let mut out: Vec<Unit<'a>> = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        let start = tokens[i].span.start;
        let mut end = tokens[i].span.end;
        let mut tag = tags.get(i).map_or(Tag::NN, |t| t.tag);
        let mut j = i + 1;
        while let Some(next) = tokens.get(j) {
            if next.span.start != end {
                break;
            }
            let prev_text = &text[tokens[j - 1].span.start..tokens[j - 1].span.end];
            let next_text = next.text(text);
            // `Belfast-born`, `London-based`: the place is a word of its own.
            let joins_hyphen = matches!(next_text, "-" | "‐" | "‑")
                && tokens.get(j + 1).is_some_and(|t| {
                    t.span.start == next.span.end
                        && t.text(text)
                            .chars()
                            .next()
                            .is_some_and(char::is_alphanumeric)
                        && lexicon::hyphen_participle(t.text(text)).is_none()
                })
                && prev_text.chars().last().is_some_and(char::is_alphanumeric);
            let apostrophe_s =
                matches!(prev_text, "’" | "'") && next_text.eq_ignore_ascii_case("s");
            // (An honorific only as a word of its own: `Mr.`, not the
            // `Sheikh` ending `Sharm el-Sheikh.`)
            let initial_period = next_text == "."
                && (prev_text.chars().count() == 1 && prev_text.chars().all(char::is_uppercase)
                    || j == i + 1 && lexicon::honorific(prev_text).is_some());
            let initial_letter = prev_text.ends_with('.')
                && next_text.chars().count() == 1
                && next_text.chars().all(char::is_uppercase);
            if joins_hyphen {
                end = tokens[j + 1].span.end;
                if tags.get(j + 1).is_some_and(|t| t.tag.is_proper()) {
                    tag = Tag::NNP;
                }
                j += 2;
            } else if apostrophe_s || initial_period || initial_letter {
                end = next.span.end;
                j += 1;
            } else {
                break;
            }
        }
        let t = &text[start..end];
        let prev = out.last().map(|u: &Unit| u.text);
        let initial = prev.is_none_or(|p| {
            matches!(
                p,
                "“" | "\""
                    | "‘"
                    | "'"
                    | "("
                    | ":"
                    | "•"
                    | "*"
                    | "–"
                    | "—"
                    | "``"
                    | "-"
                    | "·"
                    | "▪"
            )
        });
        out.push(Unit {
            span: Span::new(start, end),
            text: t,
            lower: t.to_lowercase(),
            tag,
            cap: t.chars().next().is_some_and(char::is_uppercase) || camel_case(t),
            initial,
        });
        i = j;
    }
    out
}

/// `iPod`, `eBay`, `iTunes`: one or two lower-case letters, then a capital and
/// a lower-case letter: a brand's name, written as one.
fn camel_case(word: &str) -> bool {
    let b = word.as_bytes();
    let k = b.iter().take_while(|c| c.is_ascii_lowercase()).count();
    (1..=2).contains(&k)
        && b.get(k).is_some_and(u8::is_ascii_uppercase)
        && b.get(k + 1).is_some_and(u8::is_ascii_lowercase)
}

/// `al-Sisi`, `el-Baradei`, `bin-Salman`: a lower-case particle joined to a name.
pub(super) fn particle_prefixed(word: &str) -> bool {
    word.split_once('-').is_some_and(|(particle, rest)| {
        PARTICLES.contains(&particle) && rest.chars().next().is_some_and(char::is_uppercase)
    })
}

/// `M.`, `J.`: an initial.
pub(super) fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next(), chars.next()), (Some(c), Some('.'), None) if c.is_uppercase())
}

/// Is `word` (any case) an English dictionary word, by the tagger's WordNet
/// word-class lexicon: a common noun, verb, adjective or adverb (it may also be a
/// proper noun: `Creek`)? Hyphenated words count if every part does.
pub(super) fn is_common_word(word: &str) -> bool {
    use crate::nlp::tagger::lexicon::Lexicon;
    let lexicon = Lexicon::embedded();
    word.split('-').all(|part| lexicon.is_common(part))
}

/// Whether WordNet has `word` as a common noun (singular or plural).
pub(super) fn is_common_noun(word: &str) -> bool {
    use crate::nlp::tagger::lexicon::{self as wordnet, Lexicon};
    Lexicon::embedded().classes(u64::from(wordnet::key(word))) & (wordnet::NOUN | wordnet::PLURAL)
        != 0
}

/// A heading in title case (`Kim Arrives In Beijing For Parade`): capitals carry
/// no information there.
pub(super) fn is_title_case(units: &[Unit]) -> bool {
    let words: Vec<&str> = units
        .iter()
        .filter(|u| u.is_alpha() && !u.is_possessive())
        .map(|u| u.text)
        .collect();
    title_case_words(&words)
}

/// [`is_title_case`] on a sentence's words (alphabetic, possessives left out).
pub(super) fn title_case_words(words: &[&str]) -> bool {
    let cap = |w: &str| w.starts_with(char::is_uppercase);
    let caps = words.iter().filter(|w| cap(w)).count();
    // A capitalised preposition or article inside is the tell (`… Arrives In Beijing`).
    let capital_function_word = words.iter().skip(1).any(|w| {
        cap(w)
            && (HEADLINE_BREAKS.contains(&w.to_lowercase().as_str())
                || matches!(w.to_lowercase().as_str(), "of" | "and" | "the"))
    });
    words.len() >= 4 && capital_function_word && caps * 10 >= words.len() * 6
}

/// Whether the words of a sentence (as tokenized) are a headline that
/// capitalises every word (`Doe Reaches Proposed Oil Settlements`): title case
/// by [`title_case_words`], or four or more words all capitalised.
pub(crate) fn headline(words: &[&str]) -> bool {
    let alpha: Vec<&str> = words
        .iter()
        .copied()
        .filter(|w| w.chars().any(char::is_alphabetic) && !clitic(w))
        .collect();
    title_case_words(&alpha)
        || alpha.len() >= 4 && alpha.iter().all(|w| w.starts_with(char::is_uppercase))
}

/// A clitic token, in any case: `'s`, `'S` (`Treasury'S`), `n't`, `n'T`
/// (`Wouldn'T`): title case does not capitalise it.
fn clitic(w: &str) -> bool {
    w.starts_with(['\'', '\u{2019}'])
        || w.strip_prefix(['n', 'N'])
            .is_some_and(|r| r.starts_with(['\'', '\u{2019}']))
}

/// Prepositions and articles that, capitalised inside a title-case heading,
/// sit between names and never inside one (`Sony To Expand …`, `… Stake In
/// U.S. Company`); `of`, `and` and `the` may be part of a name.
pub(crate) const HEADLINE_BREAKS: &[&str] = &[
    "a", "after", "against", "amid", "as", "at", "by", "for", "from", "in", "into", "on", "over",
    "to", "with",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dictionary_words_and_initials() {
        for w in ["market", "Free", "World", "Creek", "Book-Entry", "Losses"] {
            assert!(is_common_word(w), "{w}");
        }
        for w in [
            "Jinping",
            "Pezeshkian",
            "Ushakov",
            "Vladimir",
            "Kassym-Jomart",
        ] {
            assert!(!is_common_word(w), "{w}");
        }
        assert!(is_initial("M.") && !is_initial("Mr") && !is_initial("U.S."));
    }

    #[test]
    fn units_join_hyphens_and_honorifics_periods() {
        // (text, its units)
        let rows: [(&str, &[&str]); 3] = [
            ("Mr. Smith left .", &["Mr.", "Smith", "left", "."]),
            ("in Sharm el-Sheikh .", &["in", "Sharm", "el-Sheikh", "."]),
            ("J. R. Ewing", &["J.", "R.", "Ewing"]),
        ];
        for (text, want) in rows {
            // Tokens as the tokenizer gives them, the period glued on.
            let text = text.replace(" .", ".");
            let tokens = crate::text::tokenize(&text, Span::new(0, text.len()));
            let tags: Vec<Tagged> = Vec::new();
            let got: Vec<&str> = units(&text, &tokens, &tags)
                .iter()
                .map(|u| u.text)
                .collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn camel_case_brands() {
        for (word, brand) in [
            ("iPod", true),
            ("eBay", true),
            ("iTunes", true),
            ("easyJet", false),
            ("iOS", false),
            ("i", false),
            ("McDonald", false),
            ("pH", false),
        ] {
            assert_eq!(camel_case(word), brand, "{word}");
        }
    }

    #[test]
    fn wire_headlines_with_capitalised_clitics_are_title_case() {
        for h in [
            "Reagan Defends Iran-Deal , But Would n'T Repeat It",
            "Treasury 'S Baker Sees Reagan Opposing Oil Tax",
        ] {
            let words: Vec<&str> = h.split(' ').collect();
            assert!(headline(&words), "{h}");
        }
    }
}
