//! Shaping the recogniser's spans before they meet the finder's mentions:
//! one recognised span and its sentence's tokens in, the span (or its
//! pieces) out, cut where a name cannot run on: at a list's comma or a
//! hyphenated participle (`Glasgow-born`), at a lower-case finite verb, at the sentence's full stop, at a
//! title-case heading's prepositions and verbs, off leading weekdays and
//! months and a trailing title; and whether the words left can be a name.

use super::recognised::Recognised;
use crate::nlp::{Tag, Tagged, lexicon};
use crate::text::Token;

/// A recognised span cut at every comma inside it (`Lorillard Tobacco ,
/// Liggett Group` → two names), at a person's possessive `'s` (`Rupert
/// Murdoch 's News Corp`), at an `and` between two institutions' names,
/// and around a hyphenated participle
/// (`Glasgow - born Sheena Easton` → `Glasgow`, `Sheena Easton`): the
/// recogniser sometimes runs one name on over the comma of a list or over
/// such an adjective, but a name never holds either. A lower-case finite
/// verb ends a name too (`Procter & Gamble bought Gillette` read as one
/// person's name from `Gamble`: `Gamble`, `Gillette`).
pub(super) fn split_at_breaks(
    text: &str,
    tokens: &[Token],
    tags: &[Tagged],
    r: Recognised,
) -> impl Iterator<Item = Recognised> {
    let word = |k: usize| tokens[k].text(text);
    let verb = |k: usize| {
        k > r.start
            && k + 1 < r.end
            && tags
                .get(k)
                .is_some_and(|t| matches!(t.tag, Tag::VBD | Tag::VBZ | Tag::VBP))
            && word(k).starts_with(|c: char| c.is_lowercase())
    };
    let participle = |k: usize| {
        k > r.start
            && matches!(word(k - 1), "-" | "‐" | "‑")
            && lexicon::hyphen_participle(word(k)).is_some()
    };
    // `Massachusetts Institute of Technology and Colorado State University`:
    // `and` between two bodies' names, the second opening with a word of its
    // own, joins two bodies, not one name (`Securities and Exchange
    // Commission`, `Central Bank and Trust Co` stay whole).
    let bodies = |k: usize| {
        if word(k) != "and" || k + 1 >= r.end || !distinctive_word(word(k + 1)) {
            return false;
        }
        let next = (k + 1..r.end).find(|&j| word(j) == ",").unwrap_or(r.end);
        let words: Vec<&str> = (r.start..next).map(word).collect();
        let (before, after) = words.split_at(k - r.start);
        institution_words(before) && institution_words(&after[1..])
    };
    // `Rupert Murdoch's News Corp`: a person's possessive owns the name after
    // it ([`super::person_possessor`]).
    let possessive = |k: usize| {
        matches!(word(k), "'s" | "’s")
            && k + 1 < r.end
            && super::person_possessor(
                &(r.start..k).map(word).collect::<Vec<_>>(),
                &(k + 1..r.end).map(word).collect::<Vec<_>>(),
            )
    };
    let mut start = r.start;
    let mut pieces = Vec::new();
    let breaks = (r.start..r.end)
        .filter(|&k| word(k) == "," || participle(k) || bodies(k) || possessive(k) || verb(k));
    for k in breaks.chain([r.end]) {
        // A participle's hyphen is cut off the piece before it.
        let end = if k < r.end && participle(k) { k - 1 } else { k };
        if start < end && k < r.end && possessive(k) {
            // The possessor's kind is the finder's to say.
            pieces.push(Recognised {
                start,
                end,
                kind: crate::vocab::EntityKind::Other,
                misc: true,
            });
        } else if start < end {
            pieces.push(Recognised { start, end, ..r });
        }
        start = k + 1;
        // `… and the U.S. Environmental Protection Agency`: the article is
        // no part of the second name.
        if start < r.end && word(start).eq_ignore_ascii_case("the") {
            start += 1;
        }
    }
    pieces.into_iter()
}

/// Words of a whole body's name: two or more, headed by an institution's word
/// (the word before their `of`, else their last: `Massachusetts Institute of
/// Technology`, `Colorado State University`; not `Securities`).
pub(super) fn institution_words(words: &[&str]) -> bool {
    institution_head(words).is_some()
}

/// The institution's word heading a whole body's name ([`institution_words`]):
/// `Institute` of `Massachusetts Institute of Technology`.
fn institution_head<'w>(words: &[&'w str]) -> Option<&'w str> {
    let of = words
        .iter()
        .position(|w| w.eq_ignore_ascii_case("of"))
        .unwrap_or(words.len());
    let head = *words.get(of.checked_sub(1)?)?;
    (words.len() >= 2 && lexicon::org_suffix(head) == Some(crate::vocab::EntityKind::Organization))
        .then_some(head)
}

/// A word that names something of its own (`Colorado`, `Lloyds`), no
/// dictionary word (`Trust` of `Central Bank and Trust Co`, `Gas` of `Bryson
/// Oil and Gas Plc`, parts of one company's name) unless the lexicon knows it.
pub(super) fn distinctive_word(word: &str) -> bool {
    !super::is_dictionary_word(word) || lexicon::known_kind(word).is_some()
}

/// A recognised span without punctuation tokens at its edges (`Maguire Seven
/// .` → `Maguire Seven`): the recogniser sometimes runs a name on over the full
/// stop that ends the sentence.
pub(super) fn without_edge_punctuation(
    text: &str,
    tokens: &[Token],
    mut r: Recognised,
) -> Recognised {
    let punct = |t: &Token| !t.text(text).chars().any(char::is_alphanumeric);
    while r.start < r.end && punct(&tokens[r.end - 1]) {
        r.end -= 1;
    }
    while r.start < r.end && punct(&tokens[r.start]) {
        r.start += 1;
    }
    r
}

/// In a title-case heading, a recognised span cut before its first
/// capitalised preposition, article or headline verb (`Sony To Expand U.K.
/// Television Output` → `Sony`, `Alcan Raises Aluminum Prices` → `Alcan`):
/// the recogniser reads a run of capitals there as one name, but a name never
/// holds those words; a span opening with one is no name at all (`Acquires
/// Assets Of Marley Unit`).
pub(super) fn before_headline_break(
    text: &str,
    tokens: &[Token],
    mut r: Recognised,
    title_case: bool,
) -> Recognised {
    if !title_case {
        return r;
    }
    // A word of its own, not a piece of a ticker (`<Fms.A.To>`).
    let spaced = |k: usize| text[..tokens[k].span.start].ends_with(char::is_whitespace);
    // A modal that is also a name (`May`) only before a verb (`… Ratings May Be Raised`).
    let modal = |k: usize| {
        matches!(tokens[k].text(text), "May" | "Might" | "Must" | "Should")
            && tokens
                .get(k + 1)
                .is_some_and(|t| matches!(t.text(text), "Be" | "Have" | "Not"))
    };
    if let Some(k) =
        (r.start..r.end).find(|&k| spaced(k) && (headline_break(tokens[k].text(text)) || modal(k)))
    {
        r.end = k;
    }
    r
}

/// A capitalised word that ends a name in a title-case heading: a
/// preposition or article ([`super::units::HEADLINE_BREAKS`]), an adverb
/// particle (`Up`, `Off`), an auxiliary (`Has`, `Will`) or a headline verb
/// ([`lexicon::headline_verb`]).
fn headline_break(word: &str) -> bool {
    const PARTICLES: &[&str] = &["down", "no", "not", "off", "out", "up", "vs"];
    const AUXILIARIES: &[&str] = &[
        "are", "be", "can", "could", "faces", "had", "has", "have", "is", "was", "were", "will",
        "would",
    ];
    let lower = word.to_lowercase();
    word.starts_with(char::is_uppercase)
        && (super::units::HEADLINE_BREAKS.contains(&lower.as_str())
            || PARTICLES.contains(&lower.as_str())
            || AUXILIARIES.contains(&lower.as_str())
            || lexicon::headline_verb(&lower))
}

/// A recognised span without the weekdays and months it opens with (`Friday
/// Reagan` → `Reagan`); a month that is also a given name before another
/// word stays (`April Glaspie`). An article opening a body's name is no part
/// of it (`The Department of Health` → `Department of Health`; a
/// publication's, `The Daily Telegraph`, and a place's, `The Hague`, stay).
pub(super) fn without_leading_date(text: &str, tokens: &[Token], mut r: Recognised) -> Recognised {
    if r.end - r.start > 2 && tokens[r.start].text(text) == "The" {
        let rest: Vec<&str> = tokens[r.start + 1..r.end]
            .iter()
            .map(|t| t.text(text))
            .collect();
        if institution_head(&rest).is_some_and(|head| !lexicon::publication_word(head)) {
            r.start += 1;
        }
    }
    // `Sunday Times`, `Sunday Mirror`: the weekday is the paper's.
    if r.end - r.start > 1
        && lexicon::weekday_of_paper(
            &[tokens[r.start].text(text), tokens[r.start + 1].text(text)],
            0,
        )
    {
        return r;
    }
    while r.end - r.start > 1 {
        let w = tokens[r.start].text(text);
        // `Though YouTube is complying …`: a clause's opener is never a name's.
        let opener =
            crate::vocab::function_words::SUBORDINATOR.contains(&w.to_lowercase().as_str());
        let next = tokens[r.start + 1].text(text);
        if !opener
            && (!lexicon::calendar(w)
                || lexicon::given_name(w)
                || lexicon::abbreviation_opens_name(w, next))
        {
            break;
        }
        r.start += 1;
    }
    r
}

/// A recognised span without the title it ran on into (`NUJ General
/// Secretary` → `NUJ`): the title is a role, not part of the name.
pub(super) fn without_trailing_title(
    text: &str,
    tokens: &[Token],
    mut r: Recognised,
) -> Recognised {
    for k in (1..=3.min(r.end - r.start - 1)).rev() {
        let tail: Vec<&str> = tokens[r.end - k..r.end]
            .iter()
            .map(|t| t.text(text))
            .collect();
        if lexicon::title(&tail.join(" ")).is_some() {
            r.end -= k;
            break;
        }
    }
    r
}

/// Whether recognised words can be a name: every lower-case word a name
/// particle or connective (`of`, `and`, `de`, `van`), no free-standing dash
/// (`Barclay twins - Frederick`, `Orange Prize winner Andrea` are no names).
pub(super) fn name_shaped(text: &str, words: &[Token]) -> bool {
    const JOINERS: &[&str] = &[
        "of", "the", "and", "for", "de", "da", "di", "du", "dos", "das", "del", "della", "van",
        "von", "der", "den", "ten", "ter", "le", "la", "y", "bin", "ibn", "al", "el", "abu", "ben",
        "&", "'s", "’s", "-", "'", "’", ".",
    ];
    let n = words.len();
    // A name has a letter somewhere (`One, 1986` cut at its comma leaves
    // `1986`), and more than one when it is one word (`Lat. 25 57 N., Long.`
    // leaves `N.`: a lone initial) unless digits follow it.
    let letters: usize = words
        .iter()
        .map(|t| t.text(text).chars().filter(|c| c.is_alphabetic()).count())
        .sum();
    // `Unless` opening a sentence is a clause's opener, never a name.
    let opener = n == 1
        && crate::vocab::function_words::SUBORDINATOR
            .contains(&words[0].text(text).to_lowercase().as_str());
    // One letter with digits is a name's (`O2`, `U2`, `G8`), not an initial.
    let letter_and_digits = n == 1 && {
        let w = words[0].text(text);
        w.len() <= 4
            && w.starts_with(|c: char| c.is_ascii_uppercase())
            && w.chars().skip(1).all(|c| c.is_ascii_digit())
            && w.len() > 1
            && !crate::nlp::lexicon::non_entity_acronym(w)
    };
    (letters > usize::from(n == 1) || letter_and_digits)
        && !opener
        && words.iter().enumerate().all(|(i, t)| {
            let w = t.text(text);
            let dash = matches!(w, "-" | "–" | "—")
                && (i == 0 || i + 1 == n || {
                    // a spaced dash: `X - Y`
                    t.span.start > words[i - 1].span.end || words[i + 1].span.start > t.span.end
                });
            // `Mail on Sunday`: `on` before a paper's weekday.
            let paper_on = w == "on" && {
                let texts: Vec<&str> = words.iter().map(|t| t.text(text)).collect();
                lexicon::weekday_of_paper(&texts, i + 1)
            };
            !dash
                && (!w.starts_with(|c: char| c.is_lowercase()) || JOINERS.contains(&w) || paper_on)
        })
}
