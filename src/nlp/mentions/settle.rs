//! Settling a sentence's names once their kinds are known: one sentence's
//! tokens and reconciled mentions in, the same mentions out with
//! [`Mention::home`] set for organisations whose own name places them (`Swiss
//! National Bank` → `Swiss`, `Bank of Japan` → `Japan`, `Bank of Boston` →
//! `Boston`, `Japan Air Lines` → `Japan`), and names of a currency dropped
//! (`Swiss Franc`, `U.S. Dollars`: an amount's unit is no entity), as are
//! names that are only a title (`Emperor of the United States`) or one common
//! word after `a` or a possessive pronoun (`a Fellow at King's College`, `our
//! Republic`) or an adjective opening the sentence before its noun (`Young
//! book fans`). Surnames before a family noun become families
//! ([`Mention::family`]: `the Barclay twins`, `the Conlon and Maguire
//! families`, groups named `Conlon family`, never the person `Conlon`).
//!
//! A trailing `of` phrase naming a country or city wins over a leading
//! demonym, country or city (`Swiss Reinsurance Co of Zurich` → `Zurich`). An
//! embassy or consulate is of its country but not in it, so it gets no home,
//! nor does an event mistaken for an organisation (`… summit`);
//! a country name first that also names a US state, a person or a thing
//! (`Georgia Gulf Corp`, `Jordan Marsh`) gives none either.

use crate::nlp::lexicon;
use crate::nlp::{Mention, MentionForm, Tag, Tagged};
use crate::text::{Span, Token, tokens_within};
use crate::vocab::EntityKind;

/// Drop currency names and names that are common words or titles, and set
/// each organisation's home, in place.
pub(crate) fn settle(text: &str, tokens: &[Token], tags: &[Tagged], mentions: &mut Vec<Mention>) {
    mentions.retain(|m| {
        let words: Vec<&str> = m.name.of(text).split_whitespace().collect();
        let within = tokens_within(tokens, m.span);
        let before = within.start.checked_sub(1).map(|k| tokens[k].text(text));
        // A word modifying the noun after it (`a Conservative compromise
        // offer`) is no common word standing alone.
        let modifier = tags
            .get(within.end)
            .is_some_and(|t| t.tag.is_noun() || t.tag.is_adjective());
        let title = m.form == MentionForm::Name && m.role.is_none() && title_only(&words);
        let common = m.form == MentionForm::Name
            && !modifier
            && common_word_after_determiner(&words, before);
        // `Young book fans voted …`: an adjective opening the sentence before
        // the lower-case noun it modifies, read as a person or a catch-all
        // name (a place or body so placed is one: `Hollywood film star`).
        let opening_adjective = m.form == MentionForm::Name
            && matches!(m.kind, EntityKind::Person | EntityKind::Other)
            && modifier
            && within.start == 0
            && within.len() == 1
            && tags[0].tag.is_adjective()
            && tokens
                .get(1)
                .is_some_and(|t| t.text(text).starts_with(|c: char| c.is_lowercase()))
            && super::is_dictionary_word(words[0])
            && lexicon::known_kind(words[0]).is_none();
        !(currency_name(&words) || title || common || opening_adjective)
    });
    surname_firms(text, tokens, tags, mentions);
    split_coordinated_families(text, tokens, mentions);
    families(text, tokens, mentions);
    numbered_names(text, tokens, tags, mentions);
    for m in mentions.iter_mut() {
        if m.form == MentionForm::Name && m.kind == EntityKind::Organization {
            let inside = &tokens[tokens_within(tokens, m.name)];
            let words: Vec<&str> = inside.iter().map(|t| t.text(text)).collect();
            // (A government named by its country apart is that country's.)
            m.home = if m.body.is_some() {
                Some(m.name)
            } else {
                home(&words).map(|(a, b)| Span::new(inside[a].span.start, inside[b - 1].span.end))
            };
        }
    }
}

/// `Pratt and Whitney has won a contract`, `Marks and Spencer is to close
/// stores`, `Pratt and Whitney, the engine maker, won`: two capitalised
/// single words joined by `and` and followed by a singular verb (`has`,
/// `is`, `was`, `says`, `said it`) or by a singular organisation's description set off
/// by commas are one organisation's name (two people or places take a
/// plural verb). Neither word may be a date or a place or body the lexicon
/// knows, nor the first a dictionary word (the second is a name already:
/// `Gamble`); the first opens the sentence or follows a lower-case word.
fn surname_firms(text: &str, tokens: &[Token], tags: &[Tagged], mentions: &mut Vec<Mention>) {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.text(text));
    let mut i = 0;
    while i < mentions.len() {
        let m = &mentions[i];
        let within = tokens_within(tokens, m.span);
        let b = within.start;
        if m.form != MentionForm::Name
            || m.span != m.name
            || within.len() != 1
            || b < 2
            || !matches!(word(b - 1), "and" | "&")
        {
            i += 1;
            continue;
        }
        let a = b - 2;
        let is_surname_shaped = |w: &str| {
            w.len() > 2
                && w.starts_with(|c: char| c.is_ascii_uppercase())
                && w.chars().skip(1).all(|c| c.is_ascii_lowercase())
                && !lexicon::calendar(w)
                && lexicon::known_kind(w).is_none()
        };
        let name_word = |w: &str| is_surname_shaped(w) && !super::is_dictionary_word(w);
        let opens = a == 0 || word(a - 1).starts_with(char::is_lowercase);
        // (`said it would`: two people say `they`.)
        let singular_verb = tags.get(b + 1).is_some_and(|t| t.tag == Tag::VBZ)
            || matches!(word(b + 1), "was" | "has" | "is" | "says")
            || word(b + 1) == "said" && matches!(word(b + 2), "it" | "its");
        // `, the engine maker,`: a determiner, then lower-case words up to a
        // singular organisation's noun and a comma.
        let described = word(b + 1) == ","
            && matches!(word(b + 2), "the" | "a" | "an")
            && (b + 3..tokens.len().min(b + 7))
                .find(|&k| word(k) == ",")
                .is_some_and(|c| {
                    c > b + 3
                        && (b + 3..c).all(|k| word(k).starts_with(char::is_lowercase))
                        && tags[c - 1].tag == Tag::NN
                        && crate::vocab::description_kind(word(c - 1))
                            == Some(EntityKind::Organization)
                });
        // The first word: no mention, or a one-word name of its own.
        let first = mentions[..i]
            .iter()
            .rposition(|p| p.span.end > tokens[a].span.start);
        let first_ok = match first {
            None => true,
            Some(f) => {
                f + 1 == i
                    && mentions[f].span == tokens[a].span
                    && mentions[f].form == MentionForm::Name
            }
        };
        if !(opens
            && first_ok
            && (singular_verb || described)
            && name_word(word(a))
            && (name_word(word(b)) || is_surname_shaped(word(b))))
        {
            i += 1;
            continue;
        }
        let whole = Span::new(tokens[a].span.start, tokens[b].span.end);
        let m = &mut mentions[i];
        m.span = whole;
        m.name = whole;
        m.kind = EntityKind::Organization;
        if first.is_some() {
            mentions.remove(i - 1);
        } else {
            i += 1;
        }
    }
}

/// `Channel 4`, `Radio 5`: a name that is one dictionary word, followed by a
/// number of one or two digits, takes the number in (a common word alone
/// names nothing; `Boeing 747` stays `Boeing`); so does an organisation's or
/// catch-all name of one word after a possessive or `the` and before a number
/// of up to four digits (`Microsoft's Xbox 360`, `the FTSE 100`).
fn numbered_names(text: &str, tokens: &[Token], tags: &[Tagged], mentions: &mut [Mention]) {
    for m in mentions.iter_mut() {
        let within = tokens_within(tokens, m.name);
        let Some(number) = tokens.get(within.end) else {
            continue;
        };
        let digits = number.text(text);
        let name = m.name.of(text);
        if m.form != MentionForm::Name
            || m.name != m.span
            || within.len() != 1
            || number.span.start != m.name.end + 1
            || !(1..=4).contains(&digits.len())
            || !digits.bytes().all(|b| b.is_ascii_digit())
            || name.ends_with('.')
        {
            continue;
        }
        // `Microsoft's Xbox 360 console`, `the FTSE 100 index`: a name after
        // a possessive or `the` and its number (of up to four digits) are a
        // product's or index's name, whatever follows (a company's name takes
        // no article).
        let owned = within.start > 0
            && matches!(
                tokens[within.start - 1].text(text),
                "'s" | "\u{2019}s" | "the" | "The"
            )
            && matches!(m.kind, EntityKind::Organization | EntityKind::Other);
        if owned {
            m.span = Span::new(m.span.start, number.span.end);
            m.name = m.span;
            continue;
        }
        if digits.len() > 2
            || !(super::is_dictionary_word(name) || product_number(m, tags.get(within.end + 1)))
        {
            continue;
        }
        // Not an amount (`Orange 2 pct higher`, `Vodafone 3 %`): the number
        // ends the phrase, no noun, adjective or symbol after it.
        let amount = tags.get(within.end + 1).is_some_and(|t| {
            t.tag.is_noun() && !t.tag.is_proper()
                || t.tag.is_adjective()
                || matches!(t.tag, Tag::CD | Tag::SYM)
        }) || tokens
            .get(within.end + 1)
            .is_some_and(|t| matches!(t.text(text), "%" | "pct" | "percent"));
        if !amount {
            m.span = Span::new(m.span.start, number.span.end);
            m.name = m.span;
        }
    }
}

/// `Sony's PlayStation 2 outsold …`: an organisation's or catch-all name of
/// one word whose number is followed by a verb is a product's name and
/// number (no place, person or score: `Chelsea 2 Arsenal 1`).
fn product_number(m: &Mention, after: Option<&Tagged>) -> bool {
    matches!(m.kind, EntityKind::Organization | EntityKind::Other)
        && after.is_some_and(|t| t.tag.is_verb())
}

/// Does a family noun follow `m`, at once or after `and` and one more name
/// (`Barclay` of `the Barclay twins`, `Conlon` of `the Conlon and Maguire
/// families`)? The recogniser often misses such a surname.
pub(super) fn names_family(text: &str, tokens: &[Token], m: &Mention) -> bool {
    let end = tokens_within(tokens, m.span).end;
    let word = |k: usize| tokens.get(k).map_or("", |t| t.text(text));
    lexicon::family_noun(word(end)).is_some()
        || (word(end) == "and"
            && word(end + 1).starts_with(char::is_uppercase)
            && lexicon::family_noun(word(end + 2)).is_some())
}

/// `the Smith and Jones families` read as one name (`Smith and Jones`): two
/// one-word names joined by `and`, after `the` and before a family noun, are
/// split into two mentions, so that [`families`] makes each a family.
fn split_coordinated_families(text: &str, tokens: &[Token], mentions: &mut Vec<Mention>) {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.text(text));
    let mut i = 0;
    while i < mentions.len() {
        let m = &mentions[i];
        let within = tokens_within(tokens, m.span);
        let s = within.start;
        let split = m.form == MentionForm::Name
            && m.span == m.name
            && within.len() == 3
            && word(s + 1) == "and"
            && word(s).starts_with(char::is_uppercase)
            && word(s + 2).starts_with(char::is_uppercase)
            && s > 0
            && word(s - 1).eq_ignore_ascii_case("the")
            && lexicon::family_noun(word(within.end)).is_some();
        if split {
            let mut second = m.clone();
            second.span = tokens[s + 2].span;
            second.name = second.span;
            let first = &mut mentions[i];
            first.span = tokens[s].span;
            first.name = first.span;
            mentions.insert(i + 1, second);
            i += 1;
        }
        i += 1;
    }
}

/// `the Barclay twins`, `the Conlon and Maguire families`: one-word names
/// after `the`, joined by `and`, before a family noun are families, each
/// named `<surname> <noun>` (a group, not the person of that surname); the
/// last one's span runs on over the noun.
fn families(text: &str, tokens: &[Token], mentions: &mut [Mention]) {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.text(text));
    let mut i = 0;
    while i < mentions.len() {
        // The run of one-word names `i..j`, each after `the` or `and`.
        let mut j = i;
        let mut next = 0;
        while j < mentions.len() {
            let m = &mentions[j];
            let within = tokens_within(tokens, m.span);
            let opener = if j == i { "the" } else { "and" };
            let fits = m.form == MentionForm::Name
                && m.span == m.name
                && within.len() == 1
                && m.kind != EntityKind::Country
                && within.start > 0
                && word(within.start - 1).eq_ignore_ascii_case(opener)
                && (j == i || within.start == next);
            if !fits {
                break;
            }
            next = within.end + 1;
            j += 1;
            if word(within.end) != "and" {
                break;
            }
        }
        let noun = (j > i)
            .then(|| tokens_within(tokens, mentions[j - 1].span).end)
            .and_then(|k| lexicon::family_noun(word(k)).map(|noun| (k, noun)));
        let Some((k, noun)) = noun else {
            i = j.max(i + 1);
            continue;
        };
        for m in &mut mentions[i..j] {
            m.kind = EntityKind::Group;
            m.family = Some(noun);
        }
        mentions[j - 1].span.end = tokens[k].span.end;
        i = j;
    }
}

/// `Swiss Franc`, `U.S. Dollars`, `French francs`: a demonym or country, then
/// a currency noun.
fn currency_name(words: &[&str]) -> bool {
    let Some((last, before)) = words.split_last() else {
        return false;
    };
    !before.is_empty()
        && lexicon::currency_noun(last)
        && (lexicon::demonym_at(before).is_some_and(|(n, _)| n == before.len())
            || lexicon::country(&before.join(" ")).is_some())
}

/// `Emperor of the United States`, `Prime Minister`: a title, alone or with
/// its `of` phrase, is a role, not a name (the role phrase's own finder reads
/// `the Prime Minister`).
/// One word alone stays a name: a surname may be a title (`Major said`,
/// `King wrote`).
fn title_only(words: &[&str]) -> bool {
    let of = words.iter().position(|w| *w == "of").unwrap_or(words.len());
    words.len() > 1 && of > 0 && lexicon::title(&words[..of].join(" ").to_lowercase()).is_some()
}

/// `a Fellow at King's College`, `our Republic`, `the 2nd Earl of Clare`: one
/// capitalised dictionary word after an indefinite article, a possessive
/// pronoun or an ordinal, heading its phrase, is that word, unless the lexicon
/// knows it as a name.
fn common_word_after_determiner(words: &[&str], before: Option<&str>) -> bool {
    let [word] = words else {
        return false;
    };
    let determiner = before.is_some_and(|b| {
        let lower = b.to_lowercase();
        matches!(
            lower.as_str(),
            "a" | "an" | "our" | "my" | "your" | "his" | "her" | "its" | "their"
        ) || ordinal(&lower)
    });
    determiner
        && word.chars().skip(1).all(char::is_lowercase)
        && super::is_dictionary_word(word)
        && lexicon::known_kind(word).is_none()
}

/// `2nd`, `21st`, `third`: an ordinal before a title (`the 2nd Earl of Clare`).
fn ordinal(lower: &str) -> bool {
    let digits = lower.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &lower[digits.len()..];
    (!digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit())
        && matches!(suffix, "st" | "nd" | "rd" | "th"))
        || matches!(
            lower,
            "first"
                | "second"
                | "third"
                | "fourth"
                | "fifth"
                | "sixth"
                | "seventh"
                | "eighth"
                | "ninth"
                | "tenth"
        )
}

/// The words `[a, b)` of an organisation's name that place it, if any.
fn home(words: &[&str]) -> Option<(usize, usize)> {
    let n = words.len();
    let last = words.last()?;
    if n < 2
        || lexicon::abroad_noun(&last.to_lowercase())
        || lexicon::event_suffix(last)
        || lexicon::place_suffix(last)
        || lexicon::document_suffix(last)
    {
        return None;
    }
    // `Bank of Japan`, `Commonwealth Bank of the Philippines`.
    if let Some(of) = words.iter().rposition(|w| *w == "of")
        && of > 0
    {
        let from = if words.get(of + 1) == Some(&"the") {
            of + 2
        } else {
            of + 1
        };
        if from < n && is_place(&words[from..].join(" ")) {
            return Some((from, n));
        }
    }
    // `Japan Air Lines`, `Hong Kong Telecom`, `Boston Edison`.
    let placed = (1..n.min(4)).rev().find(|&k| {
        let first = words[..k].join(" ");
        is_place(&first)
            && !lexicon::shared_country_name(&first)
            && !lexicon::has_compass_sibling(&first)
            && !lexicon::given_name(&first)
    });
    // `Swiss National Bank`, `West German Federal Labour Office`; a longer
    // place wins over a demonym it starts with (`British Columbia Forest
    // Products`).
    let k = match (lexicon::demonym_at(words), placed) {
        (Some((k, _)), Some(p)) if p > k => p,
        // `Korean Central News Agency`: North or South, the name does not say.
        (Some((k, _)), _) if lexicon::has_compass_sibling(&words[..k].join(" ")) => return None,
        (Some((k, _)), _) => k,
        (None, p) => p?,
    };
    (k < n && !generic_rest(&words[k..])).then_some((0, k))
}

/// After its place, a name that is one generic noun is a capitalised phrase,
/// not an organisation placed there: a plural (`U.S. Shares`, `U.S.
/// Legislators`), a class or part noun (`U.K. Company`, `Seattle Division`).
fn generic_rest(rest: &[&str]) -> bool {
    let [word] = rest else {
        return false;
    };
    let lower = word.to_lowercase();
    lexicon::organisation_class_noun(&lower)
        || lexicon::part_noun(&lower)
        || lower
            .strip_suffix('s')
            .is_some_and(|stem| !stem.ends_with('s') && super::is_dictionary_word(stem))
}

/// A country (any of its forms) or a city the lexicon knows.
fn is_place(name: &str) -> bool {
    lexicon::country(name).is_some() || lexicon::city(name).is_some() || lexicon::region(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_that_place_an_organisation() {
        let rows: &[(&str, Option<&str>)] = &[
            ("Swiss National Bank", Some("Swiss")),
            ("West German Federal Labour Office", Some("West German")),
            ("Bank of Japan", Some("Japan")),
            ("Commonwealth Bank of Australia", Some("Australia")),
            ("Swiss Reinsurance Co of Zurich", Some("Zurich")),
            ("Japan Air Lines", Some("Japan")),
            // Read like `U.S. Airlines` (US airlines): one plural after a place.
            ("Japan Airlines", None),
            ("Bank of Boston", Some("Boston")),
            ("Georgia Gulf Corp", None),
            ("Jordan Marsh Co", None),
            ("Soviet Embassy", None),
            // An event the recogniser took for an organisation.
            ("Shanghai Cooperation Organisation summit", None),
            ("Japan", None),
            ("Texaco Inc", None),
            ("Bank of Commerce", None),
            ("U.S. Shares", None),
            ("U.K. Company", None),
            ("Seattle Division", None),
            ("U.S. Tobacco", Some("U.S.")),
            // North or South: the demonym does not say.
            ("Korean Central News Agency", None),
            ("Korea Electric Power Corp", None),
            ("North Korean Central News Agency", Some("North Korean")),
            ("Bank of Korea", Some("Korea")),
        ];
        for (name, want) in rows {
            let words: Vec<&str> = name.split(' ').collect();
            let got = home(&words).map(|(a, b)| words[a..b].join(" "));
            assert_eq!(got.as_deref(), *want, "{name}");
        }
    }

    #[test]
    fn titles_and_common_words_are_no_names() {
        for (name, want) in [
            ("Emperor of the United States", true),
            ("Prime Minister", true),
            ("President", false),
            ("Major", false),
            ("Bank of England", false),
            ("Joshua Norton", false),
        ] {
            let words: Vec<&str> = name.split(' ').collect();
            assert_eq!(title_only(&words), want, "{name}");
        }
        for (name, before, want) in [
            ("Fellow", Some("a"), true),
            ("Republic", Some("our"), true),
            ("Fellow", Some("the"), false),
            ("Earl", Some("2nd"), true),
            ("Duke", Some("third"), true),
            ("Microsoft", Some("a"), false),
            ("BA", Some("a"), false),
        ] {
            assert_eq!(
                common_word_after_determiner(&[name], before),
                want,
                "{name}"
            );
        }
    }

    #[test]
    fn currency_names_are_no_entities() {
        for (name, want) in [
            ("Swiss Franc", true),
            ("U.S. Dollars", true),
            ("Japanese yen", true),
            ("West German Mark", true),
            ("Reuben Mark", false),
            ("Franc", false),
            ("Swiss National Bank", false),
        ] {
            let words: Vec<&str> = name.split(' ').collect();
            assert_eq!(currency_name(&words), want, "{name}");
        }
    }
}
