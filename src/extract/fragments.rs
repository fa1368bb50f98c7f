//! Arguments that are no entity, for graph selection ([`super::select`]): a
//! triple and its sentence in, whether one of its arguments is a fragment of
//! a name (`Corp` alone, `Trade` of `Tariffs and Trade`, `Class` of `Class A
//! stock`, an acronym in the plural: `SUVs`), a country plus a capitalised common noun (`U.S. Protectionism`),
//! a demonym used as an adjective (`West German moves`), or whether the pair
//! was joined across a semicolon.

use std::sync::LazyLock;

use regex::Regex;

use super::{RawTriple, SentenceExtraction};
use crate::nlp::lexicon;
use crate::nlp::mentions::is_dictionary_word;
use crate::vocab::EntityKind;

/// `Palo Alto, Calif.-based Adobe`: a place glued to `-based` modifies the
/// name after it.
static BASED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(,\s*[A-Z][A-Za-z.]*)?-based\b").expect("fixed regex"));

/// `Pontiac, Mich.`: an abbreviated state after its town.
static STATE_AFTER_TOWN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[A-Z][A-Za-z.]+,\s*$").expect("fixed regex"));

/// `Telegraph and Telephone`: `and` after a capitalised word (the end of an
/// organisation's name that coordination split).
static NAME_AND: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[A-Z][a-z]+\s+(and|&)\s+$").expect("fixed regex"));

/// `Class A common stock`: a one-letter label after the word.
static CLASS_LETTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s+[A-Z]\s+[a-z]").expect("fixed regex"));

/// `General Agreement of Tariffs and Trade`: `and` inside an `of`-name, so
/// the word after it is the name's last word.
static NAME_OF_AND: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"([A-Z][a-z]+)\s+of\s+([A-Z][a-z]+)\s+(?:and|&)\s+$").expect("fixed regex")
});

/// [`NAME_OF_AND`] headed by a dictionary word (`Agreement of`, not
/// `Rostenkowski of Illinois and other Democrats`) with no known place after
/// `of` (`Bank of England and`).
fn name_of_and(before: &str) -> bool {
    NAME_OF_AND.captures(before).is_some_and(|c| {
        let (head, owner) = (&c[1], &c[2]);
        is_dictionary_word(head) && lexicon::known_kind(owner).is_none()
    })
}

/// `West German moves`: a demonym (with its compass word) before a
/// lower-case word is an adjective, not a name (`Great American` is one).
fn demonym_modifier(written: &str, after: &str) -> bool {
    const COMPASS: &[&str] = &["East", "North", "South", "West"];
    let words: Vec<&str> = written.split_whitespace().collect();
    let demonym = match words.as_slice() {
        [one] => lexicon::demonym(one).is_some(),
        [side, one] => COMPASS.contains(side) && lexicon::demonym(one).is_some(),
        _ => false,
    };
    demonym
        && after
            .strip_prefix(char::is_whitespace)
            .and_then(|rest| rest.trim_start().chars().next())
            .is_some_and(char::is_lowercase)
}

/// An argument that is no name: one letter (`S` of `S and P`), a place that
/// only modifies the next name (`Palo Alto, Calif.-based Adobe`), a state
/// abbreviation after its town (`Pontiac, Mich.`), or the last word of a name
/// with `and` split by coordination (`Nippon Telegraph and Telephone`).
pub(super) fn fragment_argument(text: &str, ex: &SentenceExtraction, t: &RawTriple) -> bool {
    let sentence = ex.sentence.span;
    // `Paris-based carmaker Renault` → `Renault –based in→ Paris`: the
    // reading of the hyphenated participle itself keeps its place.
    let own_place = |after: &str| {
        t.kind == super::TripleKind::Role
            && after
                .strip_prefix('-')
                .and_then(|rest| rest.split(|c: char| !c.is_alphabetic()).next())
                .and_then(lexicon::hyphen_participle)
                .is_some_and(|(relation, _)| relation == t.relation)
    };
    [(&t.subject, false), (&t.object, true)]
        .into_iter()
        .any(|(arg, object)| {
            let mention = arg.mention.and_then(|m| ex.mentions.get(m));
            let name = mention.map_or(arg.span, |m| m.name);
            let written = name.of(text);
            let letters = written.chars().filter(|c| c.is_alphanumeric()).count();
            let end = arg
                .span
                .end
                .max(name.end)
                .clamp(sentence.start, sentence.end);
            let start = arg
                .span
                .start
                .min(name.start)
                .clamp(sentence.start, sentence.end);
            let before = &text[sentence.start..start];
            let abbreviation = mention.is_some_and(|m| m.kind != EntityKind::Country)
                && written.ends_with('.')
                && !written.contains(char::is_whitespace)
                && written.len() <= 6;
            let split_name = mention.is_some_and(|m| m.kind == EntityKind::Other)
                && !written.contains(char::is_whitespace)
                && NAME_AND.find(before).is_some_and(|and| {
                    let sibling_end = sentence.start
                        + and.start()
                        + before[and.start()..].find(char::is_whitespace).unwrap_or(0);
                    ex.mentions
                        .iter()
                        .any(|m| m.span.end == sibling_end && m.kind == EntityKind::Organization)
                });
            let after = &text[end..sentence.end];
            let other = mention.is_some_and(|m| m.kind == EntityKind::Other);
            let one_word = !written.contains(char::is_whitespace);
            letters < 2
                || (BASED.is_match(after) && !(object && own_place(after)))
                || (other && one_word && CLASS_LETTER.is_match(after))
                || (other && name_of_and(before))
                || (other && demonym_modifier(written, after))
                || (one_word && crate::vocab::legal::is_legal_form(written))
                || (abbreviation && STATE_AFTER_TOWN.is_match(before))
                || split_name
                || plural_acronym(written)
        })
}

/// `the SUVs`, `Polish MEPs`: an acronym in the plural names a class of
/// things (sports utility vehicles, members of parliament), not an entity.
fn plural_acronym(written: &str) -> bool {
    let last = written.split_whitespace().next_back().unwrap_or("");
    last.strip_suffix('s')
        .is_some_and(|stem| stem.len() >= 2 && stem.chars().all(|c| c.is_ascii_uppercase()))
}

/// An argument named by a country and one dictionary word (`U.S.
/// Protectionism`, `U.S. Currency`), not known as any kind of entity: a noun
/// phrase the news wire capitalised, not a name. A demonym first is left
/// alone: `American Express`, `British Airways` are names.
pub(super) fn country_noun_argument(text: &str, ex: &SentenceExtraction, t: &RawTriple) -> bool {
    [&t.subject, &t.object].into_iter().any(|arg| {
        let Some(m) = arg.mention.and_then(|m| ex.mentions.get(m)) else {
            return false;
        };
        if m.kind != EntityKind::Other {
            return false;
        }
        let mut words = m.name.of(text).split_whitespace();
        let (Some(first), Some(second), None) = (words.next(), words.next(), words.next()) else {
            return false;
        };
        lexicon::known_kind(first) == Some(EntityKind::Country)
            && (is_dictionary_word(second) || lexicon::wire_abbreviation(second))
            && !lexicon::tournament_word(second)
    })
}

/// Subject and object on two sides of a semicolon (`X, which employs 266
/// people; and Y, based in …`): the semicolon separates list items or
/// clauses, so the pair was joined across it by mistake.
pub(super) fn crosses_semicolon(text: &str, t: &RawTriple) -> bool {
    let (a, b) = if t.subject.span.end <= t.object.span.start {
        (t.subject.span.end, t.object.span.start)
    } else if t.object.span.end <= t.subject.span.start {
        (t.object.span.end, t.subject.span.start)
    } else {
        return false;
    };
    text.get(a..b).is_some_and(|gap| gap.contains(';'))
}

#[cfg(test)]
mod tests {
    use super::{name_of_and, plural_acronym};

    #[test]
    fn acronyms_in_the_plural() {
        for (written, want) in [
            ("SUVs", true),
            ("Polish MEPs", true),
            ("NGOs", true),
            ("SUV", false),
            ("IBM", false),
            ("Reuters", false),
            ("As", false),
        ] {
            assert_eq!(plural_acronym(written), want, "{written}");
        }
    }

    #[test]
    fn and_inside_of_names() {
        assert!(name_of_and(
            "member of the General Agreement of Tariffs and "
        ));
        assert!(name_of_and("the Department of Health and "));
        assert!(!name_of_and("chairman Dan Rostenkowski of Illinois and "));
        assert!(!name_of_and("Smith and "));
        assert!(!name_of_and("the Bank of England and "));
    }
}
