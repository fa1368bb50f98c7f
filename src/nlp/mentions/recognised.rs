//! Reconciling the mention finder with the entity recogniser: the rule-found
//! mentions of one sentence and the recogniser's spans in, one set of mentions
//! out (text order, no overlapping names).
//!
//! The recogniser (trained on news) decides what is a name and of which kind;
//! the finder knows what the recogniser does not model: titles and roles before
//! a name (`BA chairman Martin Broughton`), pronouns, demonyms, role phrases and
//! descriptions, and the lexicon's countries, cities and organisations. So:
//!
//! * a finder name that one recognised span covers only in part is cut to that
//!   span when the words it loses lead the name and are days, months,
//!   capitalised openers (`Monday Lib Dem` → `Lib Dem`) or one word after
//!   `former` before a person's name (`former Beatle Paul McCartney`; not the first word
//!   of a name the lexicon knows: `New Jersey Bell`), or grown to it when the span runs on over words no other
//!   name holds (`British Chambers` → `British Chambers of Commerce`), joining
//!   finder names across lower-case words only (a title-case headline read as
//!   one name changes nothing);
//! * its kind is the lexicon's when the lexicon knows the name, else the
//!   recogniser's (Rosneft an organisation, not a person), except that a
//!   recogniser's `MISC` leaves a finder's event or group as it was;
//! * a finder name no recognised span touches is dropped unless the lexicon
//!   knows it, it carries a title or honorific, it is an acronym, a surname
//!   before a family noun (`the Barclay twins`) or, outside headlines, two or
//!   more words ending in an organisation's, event's or prize's word (`the
//!   Conservative Party Conference`, `Booker Prize winner Ian McEwan`) or a name after a country's possessive (`France's
//!   Total`, an organisation when it is a dictionary word) or right after a
//!   noun that describes only organisations (`the US firm Lucent`) or
//!   before a comma and such a description (`Rolls-Royce, the aero-engine
//!   maker`), an organisation, or one word no dictionary has opening the
//!   sentence right before its finite verb (`Kmart is merging …`), or one
//!   word opening the sentence before its finite verb or a comma that the
//!   document also writes capitalised on its own after a lower-case word
//!   (`Boots said …` beside `shares in Boots rose`), or a name joined by `&`,
//!   or a constituency after a legislator's title and `for` (`the MP for
//!   Henley`);
//! * a constituency the finder found after a legislator's title keeps its
//!   words and kind, and no recognised span overlapping it grows a name
//!   (`Labour MP for Bolton West Ruth Kelly`);
//! * a name holding ` & ` is an organisation's (`Marks & Spencer`), whatever
//!   the recogniser read in one of its halves;
//! * a recognised span is cut at its commas (`Lorillard Tobacco, Liggett
//!   Group`: a list, never one name) and at a lower-case finite verb
//!   (`Procter & Gamble bought Gillette` read as a person from `Gamble`);
//! * a recognised span no mention touches becomes a new name mention, unless
//!   it is one adjective of origin or creed (`his European tour`), one
//!   office (`an MEP`) or an acronym of a thing (`its PC business`);
//! * every name loses the dates, possessives and ticker brackets a news wire
//!   glued to it (`super::glue`), and wire abbreviations (`Shr`, `Dlrs`) are
//!   no names.

use crate::nlp::{Mention, MentionForm, Tag, Tagged, lexicon};
use crate::text::{Span, Token};
use crate::vocab::EntityKind;
use crate::vocab::legal::is_legal_form;

use super::spans::{
    before_headline_break, name_shaped, split_at_breaks, without_edge_punctuation,
    without_leading_date, without_trailing_title,
};

/// One span of the recogniser: words `start..end` of the sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Recognised {
    pub start: usize,
    pub end: usize,
    pub kind: EntityKind,
    /// The recogniser's catch-all class (nationalities, events, works, …).
    pub misc: bool,
}

/// Merge the recogniser's spans into the finder's mentions of one sentence.
pub fn reconcile(
    text: &str,
    sentence: usize,
    tokens: &[Token],
    tags: &[Tagged],
    mut mentions: Vec<Mention>,
    spans: &[Recognised],
) -> Vec<Mention> {
    let span_of =
        |r: &Recognised| Span::new(tokens[r.start].span.start, tokens[r.end - 1].span.end);
    let words: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
    let title_case = super::units::headline(&words);
    let spans = joined_at_ampersands(&words, spans);
    let spans: Vec<(Span, Recognised)> = spans
        .iter()
        .filter(|r| r.start < r.end && r.end <= tokens.len())
        .flat_map(|r| split_at_breaks(text, tokens, tags, *r))
        .map(|r| without_edge_punctuation(text, tokens, r))
        .map(|r| before_headline_break(text, tokens, r, title_case))
        .filter(|r| r.start < r.end)
        .map(|r| without_trailing_title(text, tokens, r))
        .map(|r| without_leading_date(text, tokens, r))
        .filter(|r| r.start < r.end && name_shaped(text, &tokens[r.start..r.end]))
        .filter(|r| {
            !tokens[r.start..r.end]
                .iter()
                .any(|t| lexicon::wire_abbreviation(t.text(text)))
        })
        .map(|r| (span_of(&r), r))
        .collect();
    let overlaps = |a: Span, b: Span| a.start < b.end && b.start < a.end;
    // A span over two finder names joins them only across lower-case words
    // (`British Chambers` `of` `Commerce`); across a capitalised word outside
    // every name (a title-case headline read as one name: `Hartley Foods Said
    // Eyeing …`) it adjusts neither.
    let names_of = |e: Span| -> Vec<Span> {
        mentions
            .iter()
            .filter(|m| matches!(m.form, MentionForm::Name | MentionForm::Acronym))
            .map(|m| m.name)
            .filter(|n| overlaps(e, *n))
            .collect()
    };
    // Constituencies (`MP for Bolton West Ruth Kelly`): the recogniser often
    // runs the seat into the title before it or the name after it.
    let seats: Vec<Span> = mentions
        .iter()
        .filter(|m| {
            m.form == MentionForm::Name && super::constituencies::after_legislator(text, tokens, m)
        })
        .map(|m| m.name)
        .collect();
    let blocked: Vec<bool> = spans
        .iter()
        .map(|(e, _)| {
            let names = names_of(*e);
            if seats.iter().any(|s| overlaps(*e, *s)) {
                return true;
            }
            // Nor across `and` after a name that ends in an organisation's word
            // (`Texas Pacific Group and Providence Equity Partners`: two firms;
            // `Brown and Williamson` is one).
            let listed =
                || {
                    names.windows(2).any(|w| {
                        text[w[0].end..w[1].start]
                            .split_whitespace()
                            .any(|g| g == "and" || g == "or")
                            && w[0].of(text).rsplit(' ').next().is_some_and(|l| {
                                lexicon::org_suffix(l).is_some() || is_legal_form(l)
                            })
                    })
                };
            names.len() > 1 && listed()
                || names.len() > 1
                    && tokens.iter().any(|t| {
                        e.start <= t.span.start
                            && t.span.end <= e.end
                            && !names
                                .iter()
                                .any(|n| n.start <= t.span.start && t.span.end <= n.end)
                            && t.text(text).starts_with(|c: char| c.is_uppercase())
                    })
        })
        .collect();
    // Descriptions of organisations (`the aero-engine maker`), by start.
    let descriptions: Vec<usize> = mentions
        .iter()
        .filter(|m| m.form == MentionForm::Description && m.kind == EntityKind::Organization)
        .map(|m| m.span.start)
        .collect();
    let mut touched = vec![false; spans.len()];
    let mut keep = vec![true; mentions.len()];
    for (mi, m) in mentions.iter_mut().enumerate() {
        let hits: Vec<usize> = (0..spans.len())
            .filter(|&k| overlaps(spans[k].0, m.span))
            .collect();
        for &k in &hits {
            touched[k] = true;
        }
        if !matches!(m.form, MentionForm::Name | MentionForm::Acronym) {
            continue;
        }
        let name_hits: Vec<usize> = hits
            .iter()
            .copied()
            .filter(|&k| overlaps(spans[k].0, m.name))
            .collect();
        if name_hits.is_empty() {
            let known = lexicon::known_kind(m.name.of(text)).is_some();
            let placed = !title_case && after_place_possessive(text, tokens, m);
            let classed = !title_case
                && (after_class_noun(text, tokens, m)
                    || before_description(text, tokens, m, &descriptions));
            let business = !title_case && opening_business_subject(text, tokens, tags, m);
            let cued = m.role.is_some()
                || m.span != m.name
                || placed
                || classed
                || super::settle::names_family(text, tokens, m)
                || !title_case && opening_subject(text, tokens, tags, m)
                || !title_case && opening_name_elsewhere(text, tokens, tags, m)
                || business
                || m.name.of(text).contains(" & ")
                || letters_and_digits(m.name.of(text))
                || seats.contains(&m.name)
                || !title_case && institutional(text, m)
                || !title_case && unknown_words_inside(text, tokens, m);
            if placed && m.kind == EntityKind::Other && super::is_dictionary_word(m.name.of(text)) {
                // `France's Total`: a common word named after a country's
                // possessive is a company's name.
                m.kind = EntityKind::Organization;
            }
            if (classed || business) && m.kind == EntityKind::Other {
                m.kind = EntityKind::Organization;
            }
            if known || cued || m.form == MentionForm::Acronym {
                continue;
            }
            if let Some(head) = event_head_after(text, tokens, m) {
                // `the Secrets sale`: the name and its lower-case head are
                // one event.
                m.span.end = head.end;
                m.name.end = head.end;
                m.kind = EntityKind::Event;
            } else {
                keep[mi] = false;
            }
            continue;
        }
        if let [k] = name_hits[..] {
            let (e, r) = spans[k];
            if blocked[k] {
                continue;
            }
            let whole = m.span == m.name;
            let initial = tokens.first().is_some_and(|t| t.span.start == m.name.start);
            // (Not when only an organisation's word would be left: `General
            // Motors` opening a sentence is no `Motors`; nor only one common
            // word the recogniser calls an organisation: `Standard Life` is
            // no `Life`.)
            let only_suffix = || {
                let rest = e.of(text);
                rest.split(' ').all(|w| lexicon::org_suffix(w).is_some())
                    || r.kind == EntityKind::Organization
                        && !rest.contains(' ')
                        && super::is_dictionary_word(rest)
            };
            if (e.start > m.name.start
                && e.end == m.name.end
                && dated(
                    text,
                    m.name.start,
                    e.start,
                    initial,
                    r.kind == EntityKind::Person,
                    !e.of(text).contains(' '),
                )
                || e.start > m.name.start
                    && e.end == m.name.end
                    && r.kind == EntityKind::Person
                    && after_former(text, tokens, m)
                    && !text[m.name.start..e.start].trim_end().contains(' '))
                && !opens_known_name(text, m.name.start, e)
                && !(initial && only_suffix())
            {
                // The finder ran a date or an opener into the name (`Monday Lib Dem`).
                m.name = e;
                if whole {
                    m.span = e;
                }
            } else if e.start <= m.name.start
                && e.end >= m.name.end
                && e != m.name
                && (whole || e.start == m.name.start)
            {
                // Grown to the recogniser's longer name; a titled mention only
                // to the right (its owner, `Republic of the Congo` in `President
                // of the Republic of the Congo Denis Sassou Nguesso`, stays out).
                m.name = e;
                m.span = m.span.join(e);
            }
            // `Saudi Oil Minister Hisham Nazer` read whole, title and all, as an
            // organisation: the finder's title before the name makes it a person.
            // A recogniser's catch-all class does not undo a title either
            // (`Sri Mulyani Indrawati, State Minister for …`).
            // Nor does a recogniser's other reading of a name of two or more
            // words that ends in no organisation's word after an office
            // (`Labour MP Diane Abbott` read as an organisation).
            let titled_person = m.kind == EntityKind::Person
                && m.role.is_some()
                && (e.start <= m.span.start && m.span.start < m.name.start
                    || r.misc
                    || office_before_plain_name(text, m));
            // A person's name the recogniser found inside a longer name whose
            // first words it left out (`Time Warner` read as `Warner`) says
            // nothing of the longer name's kind.
            let inner_person = r.kind == EntityKind::Person
                && e.start > m.name.start
                && e.end == m.name.end
                && m.role.is_none();
            if !titled_person && !inner_person {
                set_kind(text, m, r);
            }
        }
    }
    let mut out: Vec<Mention> = mentions
        .into_iter()
        .zip(keep)
        .filter_map(|(m, k)| k.then_some(m))
        .collect();
    // A grown name must not swallow a neighbour: drop what it now overlaps.
    out.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
    let mut cleaned: Vec<Mention> = Vec::with_capacity(out.len());
    for m in out {
        if cleaned
            .last()
            .is_some_and(|p: &Mention| p.span.end > m.span.start)
        {
            continue;
        }
        cleaned.push(m);
    }
    for (k, (e, r)) in spans.iter().enumerate() {
        if touched[k] || cleaned.iter().any(|m| overlaps(m.span, *e)) {
            continue;
        }
        let words = e.of(text);
        // `his European tour`: a lone adjective of origin or creed before a
        // lower-case content word is no name (the finder reads the country demonyms,
        // `French` → France); `the Caribbean` is one.
        let before_common_word = tokens
            .iter()
            .find(|t| t.span.start >= e.end)
            .map(|t| t.text(text))
            .is_some_and(|w| {
                w.starts_with(|c: char| c.is_lowercase())
                    && !super::units::FUNCTION_WORDS.contains(&w)
                    && !crate::vocab::function_words::may_be_preposition(w)
            });
        if before_common_word
            && lexicon::group_adjective(words)
            && lexicon::known_kind(words).is_none()
        {
            continue;
        }
        // `elected as an MEP`: an office alone names no one; nor does an
        // acronym of a thing (`its PC business`, `a TV deal`).
        if !words.contains(' ')
            && (lexicon::title(words).is_some() || lexicon::non_entity_acronym(words))
        {
            continue;
        }
        let acronym = words.len() >= 2
            && words.len() <= 6
            && words
                .chars()
                .all(|c| c.is_ascii_uppercase() || c == '.' || c == '&');
        let form = if acronym {
            MentionForm::Acronym
        } else {
            MentionForm::Name
        };
        let mut m = Mention::bare(sentence, *e, *e, r.kind, form);
        set_kind(text, &mut m, *r);
        cleaned.push(m);
    }
    // News-wire units are no names (`Dlrs`, `Shr`, `Qtr`), whoever found them;
    // dates, possessives and ticker brackets glued to a name come off it.
    cleaned.retain_mut(|m| {
        !m.name
            .of(text)
            .split_whitespace()
            .any(lexicon::wire_abbreviation)
            && (!matches!(m.form, MentionForm::Name | MentionForm::Acronym)
                || super::glue::unglued(text, m))
    });
    // `the annual Treasures sale`: a one-word name that is a common word,
    // read by the recogniser as an organisation, names the event its
    // lower-case head ends.
    for m in &mut cleaned {
        let one_common_word = m.form == MentionForm::Name
            && m.span == m.name
            && !m.name.of(text).contains(char::is_whitespace)
            && super::is_dictionary_word(m.name.of(text))
            && lexicon::known_kind(m.name.of(text)).is_none();
        if one_common_word && let Some(head) = event_head_after(text, tokens, m) {
            m.span.end = head.end;
            m.name.end = head.end;
            m.kind = EntityKind::Event;
        }
    }
    for m in &mut cleaned {
        if let Some(head) = team_head_after(text, tokens, tags, m) {
            m.span.end = head.end;
            // (`The Liverpool side`: the article read into the name.)
            let range = crate::text::tokens_within(tokens, m.name);
            if range.len() > 1 && tokens[range.start].text(text).eq_ignore_ascii_case("the") {
                m.name.start = tokens[range.start + 1].span.start;
            }
            if matches!(m.kind, EntityKind::City | EntityKind::Place) {
                m.kind = EntityKind::Organization;
            }
        }
    }
    for m in &mut cleaned {
        if let Some(before) = qualifier_before(text, tokens, m) {
            m.span.start = before.start;
            m.name.start = before.start;
        }
    }
    cleaned.sort_by_key(|m| m.span.start);
    cleaned
}

/// Recognised names on both sides of a lone `&` are one organisation's
/// (`Marks & Spencer`, `Procter & Gamble`): no person's or place's name holds
/// one, and the recogniser sometimes reads two.
fn joined_at_ampersands(words: &[&str], spans: &[Recognised]) -> Vec<Recognised> {
    let mut out: Vec<Recognised> = Vec::with_capacity(spans.len());
    for &r in spans {
        if let Some(last) = out.last_mut()
            && last.end + 1 == r.start
            && words.get(last.end) == Some(&"&")
        {
            last.end = r.end;
            last.kind = EntityKind::Organization;
            last.misc = false;
            continue;
        }
        out.push(r);
    }
    out
}

/// The word right before a name (a mention that is its name alone) that
/// belongs to it: a year before an event's name, which names that edition
/// (`the 2004 Summer Olympic Games`), or an era before a place's or event's,
/// or a part before a place's, which make it another entity, the place or
/// event of that era or that part (`ancient Athens`, `the ancient Olympic
/// Games`, `mainland Australia`).
fn qualifier_before(text: &str, tokens: &[Token], m: &Mention) -> Option<Span> {
    if m.span != m.name {
        return None;
    }
    let k = crate::text::tokens_within(tokens, m.name).start;
    let before = tokens.get(k.checked_sub(1)?)?;
    let word = before.text(text);
    let last = m.name.of(text).rsplit(' ').next().unwrap_or("");
    let event = m.kind == EntityKind::Event || lexicon::event_suffix(last);
    let place = matches!(
        m.kind,
        EntityKind::Country | EntityKind::City | EntityKind::Place
    );
    let year = before.span.end < m.name.start
        && word.len() == 4
        && word.bytes().all(|b| b.is_ascii_digit())
        && b"12".contains(&word.as_bytes()[0]);
    (event && year || (event || place) && lexicon::other_entity_qualifier(word))
        .then_some(before.span)
}

/// `side` of `the Liverpool side were beaten`: the span of a lower-case
/// team noun right after a country's, place's or club's name opened by
/// `the`, which names the team (the mention spans it; a city is the club's
/// name, an organisation's). Not
/// before another noun (`the Liverpool team bus`).
fn team_head_after(text: &str, tokens: &[Token], tags: &[Tagged], m: &Mention) -> Option<Span> {
    if m.span != m.name
        || m.form != MentionForm::Name
        || !matches!(
            m.kind,
            EntityKind::Country | EntityKind::City | EntityKind::Place | EntityKind::Organization
        )
    {
        return None;
    }
    let range = crate::text::tokens_within(tokens, m.name);
    let head = tokens.get(range.end)?;
    if !lexicon::team_noun(head.text(text)) {
        return None;
    }
    let first = range.start;
    let opened = tokens[first].text(text).eq_ignore_ascii_case("the")
        || first
            .checked_sub(1)
            .is_some_and(|k| tokens[k].text(text).eq_ignore_ascii_case("the"));
    let next_noun = tags.get(range.end + 1).is_some_and(|t| t.tag.is_noun());
    (opened && !next_noun).then_some(head.span)
}

/// `Secrets` of `the Royal Academy's annual Secrets sale`: the span of a
/// lower-case event head right after a name. A head with a complement is a
/// transaction of the name, no event it names (`a Dome sale to a foreign
/// company`).
fn event_head_after(text: &str, tokens: &[Token], m: &Mention) -> Option<Span> {
    let k = crate::text::tokens_within(tokens, m.span).end;
    let word = tokens.get(k)?.text(text);
    let follows = tokens[k].span.start > m.span.end;
    let complement = tokens
        .get(k + 1)
        .is_some_and(|t| matches!(t.text(text), "of" | "to" | "by" | "for"));
    (follows
        && !complement
        && word.starts_with(char::is_lowercase)
        && crate::vocab::description::event_head(word))
    .then_some(tokens[k].span)
}

/// `the Conservative Party Conference`: a name of two or more words ending
/// in an organisation's or event's word, which the recogniser sometimes
/// misses whole, is a name all the same.
/// `joined Barclays as chief executive`: a name inside the sentence (not
/// opening it or a quotation) whose every word is capitalised and no
/// dictionary word, date or currency is a name, whether or not the
/// recogniser saw it.
fn unknown_words_inside(text: &str, tokens: &[Token], m: &Mention) -> bool {
    let Some(k) = tokens.iter().position(|t| t.span.start == m.name.start) else {
        return false;
    };
    k > 0
        && !matches!(
            tokens[k - 1].text(text),
            "\"" | "'" | "“" | "‘" | ":" | "-" | "("
        )
        && m.name.of(text).split(' ').all(|w| {
            w.len() > 2
                && w.starts_with(char::is_uppercase)
                && w.chars().all(char::is_alphabetic)
                && !super::is_dictionary_word(w)
                && !lexicon::calendar(w)
                && !lexicon::currency_noun(w)
        })
}

/// Does the name follow a country's or city's possessive (`France's Total`,
/// `South Africa's Absa`) and end where a clause goes on?
fn after_place_possessive(text: &str, tokens: &[Token], m: &Mention) -> bool {
    let Some(k) = tokens.iter().position(|t| t.span.start == m.name.start) else {
        return false;
    };
    if k < 2 || !matches!(tokens[k - 1].text(text), "'s" | "\u{2019}s") {
        return false;
    }
    let place = |from: usize| {
        let words = Span::new(tokens[from].span.start, tokens[k - 2].span.end).of(text);
        matches!(
            lexicon::known_kind(words),
            Some(EntityKind::Country | EntityKind::City)
        )
    };
    name_closed(text, tokens, m) && (place(k - 2) || k >= 3 && place(k - 3))
}

/// Does the name end at a verb or a clause's punctuation, never at a
/// coordination or more capitalised words (`Indonesia's Mining and Energy
/// Minister`, `Canada's East and West coasts`)?
fn name_closed(text: &str, tokens: &[Token], m: &Mention) -> bool {
    let end = tokens.iter().position(|t| t.span.start >= m.name.end);
    end.map(|e| tokens[e].text(text)).is_none_or(|w| {
        matches!(w, "," | "." | ";" | ":")
            || w.starts_with(|c: char| c.is_lowercase()) && !matches!(w, "and" | "or" | "nor")
    })
}

/// `Rolls-Royce, the aero-engine maker, won`: a name followed by a comma and
/// a description of an organisation (one starting in `descriptions`).
fn before_description(text: &str, tokens: &[Token], m: &Mention, descriptions: &[usize]) -> bool {
    let Some(end) = tokens.iter().position(|t| t.span.start >= m.name.end) else {
        return false;
    };
    tokens[end].text(text) == ","
        && tokens
            .get(end + 1)
            .is_some_and(|t| descriptions.contains(&t.span.start))
}

/// `bought the US firm Lucent`, `the mapping firm Keyhole`: a name right
/// after a lower-case noun that describes only organisations, closed as in
/// [`after_place_possessive`].
fn after_class_noun(text: &str, tokens: &[Token], m: &Mention) -> bool {
    let Some(k) = tokens.iter().position(|t| t.span.start == m.name.start) else {
        return false;
    };
    let Some(before) = k.checked_sub(1).map(|b| tokens[b].text(text)) else {
        return false;
    };
    let lower = before.to_lowercase();
    before.starts_with(|c: char| c.is_lowercase())
        && crate::vocab::description_kind(&lower) == Some(EntityKind::Organization)
        && !crate::vocab::description::describes_people_too(&lower)
        && name_closed(text, tokens, m)
}

/// `Kmart is merging with Sears`: one word no dictionary has, read as a
/// proper noun, opening the sentence right before its finite verb, names the
/// clause's subject.
fn opening_subject(text: &str, tokens: &[Token], tags: &[Tagged], m: &Mention) -> bool {
    let name = m.name.of(text);
    m.form == MentionForm::Name
        && tokens.first().is_some_and(|t| t.span == m.name)
        && tags.first().is_some_and(|t| t.tag.is_proper())
        && tags
            .get(1)
            .is_some_and(|t| matches!(t.tag, Tag::VBZ | Tag::VBD | Tag::MD))
        && !super::is_dictionary_word(name)
}

/// `Apple unveiled …`, `Orange announced …`: one word the tagger read as a
/// proper noun, opening the sentence right before a finite verb of what
/// companies do ([`lexicon::business_verb`]), is the subject's name,
/// dictionary word or not: a common noun opening a sentence takes a
/// determiner, and the bare mass nouns that do not (`Oil rose`, `Gold
/// fell`) do not announce, report or sell.
fn opening_business_subject(text: &str, tokens: &[Token], tags: &[Tagged], m: &Mention) -> bool {
    m.form == MentionForm::Name
        && m.span == m.name
        && tokens.first().is_some_and(|t| t.span == m.name)
        && tags.first().is_some_and(|t| t.tag == Tag::NNP)
        && tags
            .get(1)
            .is_some_and(|t| matches!(t.tag, Tag::VBZ | Tag::VBD))
        && tokens.get(1).is_some_and(|t| {
            let word = t.text(text);
            word.starts_with(|c: char| c.is_ascii_lowercase())
                && lexicon::business_verb(&crate::nlp::lemma::lemma(word, tags[1].tag))
        })
}

/// `Boots said …`, `Rover was bought by BMW`, `Morrisons, which …`: one
/// capitalised word opening the sentence before its finite verb or a comma,
/// which the document also writes capitalised on its own right after a
/// lower-case word (`a rise at Boots,`, `sold Rover to`), names the clause's
/// subject, dictionary word or not. `Shares rose` is no name: the document
/// writes `shares`, or `Shares` only inside a longer name or a heading.
fn opening_name_elsewhere(text: &str, tokens: &[Token], tags: &[Tagged], m: &Mention) -> bool {
    m.form == MentionForm::Name
        && m.span == m.name
        && tokens.first().is_some_and(|t| t.span == m.name)
        && (tags
            .get(1)
            .is_some_and(|t| matches!(t.tag, Tag::VBZ | Tag::VBD | Tag::VBP | Tag::MD))
            || tokens.get(1).is_some_and(|t| t.text(text) == ","))
        && written_alone_mid_sentence(text, m.name)
}

/// How far (in bytes) around a name to look for it written mid-sentence.
const EVIDENCE_WINDOW: usize = 20_000;

/// Whether the document, within [`EVIDENCE_WINDOW`] bytes of `name`, writes
/// the same word elsewhere right after a lower-case word and before no
/// capitalised one (`shares in Boots rose`; not `the Sales Director`).
fn written_alone_mid_sentence(text: &str, name: Span) -> bool {
    let word = name.of(text);
    let mut lo = name.start.saturating_sub(EVIDENCE_WINDOW);
    while !text.is_char_boundary(lo) {
        lo -= 1;
    }
    let mut hi = (name.end + EVIDENCE_WINDOW).min(text.len());
    while !text.is_char_boundary(hi) {
        hi += 1;
    }
    text[lo..hi].match_indices(word).any(|(rel, _)| {
        let at = lo + rel;
        if at == name.start {
            return false;
        }
        let rest = &text[at + word.len()..hi];
        if rest.starts_with(|c: char| c.is_alphanumeric()) {
            return false;
        }
        let before = text[lo..at].strip_suffix(' ');
        let prev = before.map_or("", |b| {
            b.rsplit(|c: char| c.is_whitespace()).next().unwrap_or("")
        });
        let next = rest
            .trim_start_matches([' ', '\n'])
            .split(|c: char| c.is_whitespace())
            .next()
            .unwrap_or("");
        !prev.is_empty()
            && prev.chars().all(|c| c.is_lowercase())
            && !next.starts_with(|c: char| c.is_uppercase())
    })
}

/// `U2`, `UB40`: one word of capital letters and digits, opening with a
/// letter, which no dictionary has, is a name the recogniser may miss.
fn letters_and_digits(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_uppercase())
        && name.bytes().any(|b| b.is_ascii_digit())
        && name
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

fn institutional(text: &str, m: &Mention) -> bool {
    let mut words = m.name.of(text).split_whitespace();
    let last = words.next_back().unwrap_or("");
    words.next().is_some()
        && (lexicon::org_suffix(last).is_some()
            || lexicon::event_suffix(last)
            || lexicon::award_suffix(last) && last.starts_with(char::is_uppercase))
}

/// Whether the words from `start` to the end of the first word of span `e`
/// (or the whole finder name) form a name the lexicon knows: `New Jersey` of
/// `New Jersey Bell`, whose `New` the recogniser left out.
fn opens_known_name(text: &str, start: usize, e: Span) -> bool {
    let first_end = text[e.start..e.end]
        .find(char::is_whitespace)
        .map_or(e.end, |k| e.start + k);
    lexicon::known_kind(&text[start..first_end]).is_some()
}

/// Whether the words of `text[start..end]` (a name's head that the recogniser
/// left out) are all days or months (`Monday`), or, opening the sentence,
/// capitalised common or dictionary words (`Existing`, `Bookmaker`; before a
/// `person`'s name any number, else one, but never a given name before a
/// person's: `Rose Marie Bravo`): only those
/// are cut off a finder's
/// name (`the Second World War` keeps `Second`). Particles and parts the
/// recogniser misses at the end (`da Silva`, `-Canel`) stay.
fn dated(
    text: &str,
    start: usize,
    end: usize,
    sentence_initial: bool,
    person: bool,
    one_word: bool,
) -> bool {
    let words: Vec<&str> = text[start..end].split_whitespace().collect();
    let dates = words.iter().filter(|w| lexicon::calendar(w)).count();
    // Before anything but a person's name, one opening word at most: two or
    // more are the name's own (`Export Credits Guarantee Department`).
    // Before a one-word person's name, a dictionary noun is cut only when it
    // is an office (`Striker Rooney`): `Time Warner` read as a person `Warner`
    // is a company's name (`Previously Redstone` is cut).
    !words.is_empty()
        && (person || words.len() - dates <= 1)
        && words.iter().all(|w| {
            lexicon::calendar(w)
                || sentence_initial
                    // (A given name opens a person's name: `Rose Marie Bravo
                    // stepped down`; a common one whatever the recogniser
                    // read: `Piers Morgan was sacked`.)
                    && !(person && lexicon::given_name(w))
                    && lexicon::given_name_gender(w).is_none()
                    && (lexicon::common_capitalised(w)
                        || super::is_dictionary_word(w)
                            && !(person
                                && one_word
                                && super::is_dictionary_noun(w)
                                && lexicon::title(w).is_none()))
        })
}

/// Whether the name follows `former` or `late` (`former Beatle Paul
/// McCartney`): the word such a time word
/// opens, when the recogniser leaves it out of a person's name, describes
/// the person (a band, a team, an office) and is no part of the name.
fn after_former(text: &str, tokens: &[Token], m: &Mention) -> bool {
    let Some(k) = tokens.iter().position(|t| t.span.start == m.name.start) else {
        return false;
    };
    k.checked_sub(1)
        .is_some_and(|j| matches!(tokens[j].text(text), "former" | "Former" | "late"))
}

/// `Labour MP Diane Abbott`: a titled mention whose title is an office a
/// firm cannot hold (`sole manager First Boston` is a firm) and whose name
/// has two or more words, none of them a legal form or an organisation's
/// word.
fn office_before_plain_name(text: &str, m: &Mention) -> bool {
    let name = m.name.of(text);
    let office = m.role.as_ref().is_some_and(|role| {
        lexicon::title(&role.title).is_some_and(|t| t.class != lexicon::TitleClass::Other)
    });
    office
        && name.contains(' ')
        && !name
            .split(' ')
            .any(|w| is_legal_form(w) || lexicon::org_word(w))
        && name
            .rsplit(' ')
            .next()
            .and_then(lexicon::suffix_kind)
            .is_none()
}

/// Does a courtesy title (`Mr`, `Dr.`) come right before the name?
fn after_honorific(text: &str, name: Span) -> bool {
    let before = text[..name.start].trim_end_matches([' ', '\t']);
    before.len() < name.start
        && before
            .rsplit([' ', '\t', '\n'])
            .next()
            .is_some_and(|w| lexicon::honorific(w).is_some())
}

/// The kind of a name: the lexicon's when it knows the name, else the
/// recogniser's; a recogniser's catch-all leaves a specific finder kind.
fn set_kind(text: &str, m: &mut Mention, r: Recognised) {
    // `Japan's government`: the finder's government, whatever the
    // recogniser read in its country.
    if m.body.is_some() {
        return;
    }
    let name = m.name.of(text);
    if after_honorific(text, m.name) {
        // `Mr Hague`, `Dr Jordan`: a courtesy title names a person, whatever
        // place the lexicon knows by the word.
        m.kind = EntityKind::Person;
    } else if let Some(k) = lexicon::known_kind(name) {
        m.kind = k;
    } else if let Some(body) = lexicon::organisation(name) {
        // `United States Congress`: a national body named with its country.
        m.kind = body.kind;
    } else if name.contains(" on ") && {
        let words: Vec<&str> = name.split(' ').collect();
        lexicon::weekday_of_paper(&words, words.len() - 1)
    } {
        // `Mail on Sunday`, `Independent on Sunday`: a newspaper.
        m.kind = EntityKind::Organization;
    } else if crate::vocab::description::names_government(name) {
        // `U.S. government`, `Reagan administration`: a government, whatever
        // the recogniser read in its owner.
        m.kind = EntityKind::Organization;
    } else if name.contains(" & ") {
        // `Marks & Spencer`, `Johnson & Johnson`: names joined by `&` are a
        // firm's, whatever the recogniser read in one of them.
        m.kind = EntityKind::Organization;
    } else if lexicon::storm_name(name) {
        m.kind = EntityKind::Event;
    } else if name.contains(' ') && name.rsplit(' ').next().is_some_and(lexicon::award_suffix)
        || name.ends_with(" of the Year")
    {
        // `Whitbread Prize`, `Smarties Book Prizes`, `Book of the Year`: a
        // prize, whatever the recogniser read in the words before.
        m.kind = EntityKind::Other;
    } else if r.kind == EntityKind::Person
        && let Some(k) = name.rsplit(' ').next().and_then(lexicon::suffix_kind)
        // (A titled person's place word is a surname: `the Mayor of the West
        // Midlands, Andy Street`.)
        && !(k == EntityKind::Place && m.kind == EntityKind::Person && m.role.is_some())
    {
        // `Orange Prize`, `Scottish Executive Council`: no person's name ends so.
        m.kind = k;
    } else if r.kind == EntityKind::Person
        && name.contains(' ')
        && name
            .split(' ')
            .any(|w| is_legal_form(w) || lexicon::org_word(w) || lexicon::name_participle(w))
    {
        // `Clorox Co`, `RJ Reynolds Tobacco`, `Manchester United`: no person's
        // name holds a legal form, a trade or a name's participle.
        m.kind = EntityKind::Organization;
    } else if name.contains(' ')
        && (matches!(
            r.kind,
            EntityKind::Country | EntityKind::City | EntityKind::Place
        ) || r.misc && !matches!(m.kind, EntityKind::Event | EntityKind::Group))
        && name.rsplit(' ').next().and_then(lexicon::org_suffix) == Some(EntityKind::Organization)
    {
        // `United States Senate`, `South African Parliament`, `West Virginia
        // Public Service Commission`: a body of the place, no place itself.
        m.kind = EntityKind::Organization;
    } else if matches!(
        r.kind,
        EntityKind::Place | EntityKind::Person | EntityKind::Other
    ) && before_organisation_noun(text, m.name)
    {
        // `the Guardian newspaper`, `the Asda chain`: a name the lexicon does
        // not know, between `the` and a noun of organisations, is the
        // organisation's.
        m.kind = EntityKind::Organization;
    } else if r.kind == EntityKind::Place && name.contains(' ') && lexicon::world_city(name) {
        // `Dar es Salaam` (the recogniser read `Dar` and `Salaam`): a place
        // the gazetteer knows as a city is that city.
        m.kind = EntityKind::City;
    } else if matches!(r.kind, EntityKind::Organization | EntityKind::Other)
        && (after_possessive_before_site(text, m.name) || before_region(text, m.name))
        && lexicon::world_city(name)
    {
        // `Jaguar will close its Coventry plant`, `Gilroy, Calif`: a city of
        // the gazetteer where a firm's site is, or with its state or country
        // after it, is that city, whatever organisation the recogniser read.
        m.kind = EntityKind::City;
    } else if !r.misc || !matches!(m.kind, EntityKind::Event | EntityKind::Group) {
        m.kind = r.kind;
    }
}

/// Is `name` written between `the` and a singular noun naming organisations
/// (`the Guardian newspaper`: [`lexicon::organisation_class_noun`])?
fn before_organisation_noun(text: &str, name: Span) -> bool {
    let after = text[name.end..].split_whitespace().next().unwrap_or("");
    let after = after.trim_end_matches(|c: char| c.is_ascii_punctuation());
    text[..name.start]
        .split_whitespace()
        .next_back()
        .is_some_and(|w| w.eq_ignore_ascii_case("the"))
        && after.starts_with(|c: char| c.is_ascii_lowercase())
        && lexicon::organisation_class_noun(after)
}

/// `its Coventry plant`, `Sony's Bridgend factory`: a possessive right before
/// the name and a firm's site noun right after it.
fn after_possessive_before_site(text: &str, name: Span) -> bool {
    let before = text[..name.start].split_whitespace().next_back();
    let after = text[name.end..].split_whitespace().next();
    before.is_some_and(|w| {
        matches!(w, "its" | "their" | "our") || w.ends_with("'s") || w.ends_with("’s")
    }) && after.is_some_and(|w| lexicon::site_noun(w.trim_end_matches([',', '.', ';'])))
}

/// `Gilroy, Calif`, `Essex, Ontario`, `Espoo, Finland,`: a comma after the
/// name, then a region, country or US state's abbreviation ending the
/// sentence or followed by a comma, full stop or lower-case word other than
/// `and` and `or` (not `Toyota, Japan's biggest carmaker`, `Toyota, Japan and
/// Korea`).
fn before_region(text: &str, name: Span) -> bool {
    let Some(rest) = text[name.end..].strip_prefix(", ") else {
        return false;
    };
    let words: Vec<&str> = rest.split_whitespace().take(3).collect();
    (1..=words.len()).any(|n| {
        let last = words[n - 1];
        let closed = last.ends_with([',', '.', ';'])
            || words
                .get(n)
                .is_none_or(|w| w.starts_with(char::is_lowercase) && !matches!(*w, "and" | "or"));
        let phrase = words[..n].join(" ");
        let phrase = phrase.trim_end_matches([',', ';']);
        closed
            && (lexicon::region(phrase.trim_end_matches('.'))
                || lexicon::country(phrase.trim_end_matches('.')).is_some()
                || n == 1 && lexicon::state_abbreviation(phrase))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::{Tagger, mentions::find_mentions};
    use crate::text::{Sentence, SentenceKind, tokenize};

    /// Mentions of a sentence after reconciling with `spans` given as
    /// (first word, end word, kind, misc), as `name|kind|form`. A sentence
    /// without a final full stop is a heading.
    fn run(sentence: &str, spans: &[(usize, usize, EntityKind, bool)]) -> Vec<String> {
        let s = Sentence {
            index: 0,
            span: Span::new(0, sentence.len()),
            kind: if sentence.ends_with('.') {
                SentenceKind::Body
            } else {
                SentenceKind::Heading
            },
        };
        let tokens = tokenize(sentence, s.span);
        let words: Vec<&str> = tokens.iter().map(|t| t.text(sentence)).collect();
        let tags = Tagger::embedded().tag(&words);
        let found = find_mentions(sentence, &s, &tokens, &tags);
        let spans: Vec<Recognised> = spans
            .iter()
            .map(|&(start, end, kind, misc)| Recognised {
                start,
                end,
                kind,
                misc,
            })
            .collect();
        reconcile(sentence, 0, &tokens, &tags, found, &spans)
            .iter()
            .map(|m| format!("{}|{}|{:?}", m.name.of(sentence), m.kind, m.form))
            .collect()
    }

    #[test]
    fn recogniser_decides_names_and_kinds() {
        use EntityKind::*;
        // (sentence, recognised spans, expected mentions that must be present, absent names)
        type Spans = &'static [(usize, usize, EntityKind, bool)];
        let rows: &[(&str, Spans, &[&str], &[&str])] = &[
            (
                "On Monday Lib Dem chairman Alan Beith criticised the report.",
                &[(2, 4, Organization, false), (5, 7, Person, false)],
                &["Lib Dem|organization|Name", "Alan Beith|person|Name"],
                &["Monday Lib Dem"],
            ),
            (
                // Two firms joined by `and` stay two names.
                "It included private equity firms Texas Pacific Group and Providence Equity Partners.",
                &[(5, 11, Organization, false)],
                &[
                    "Texas Pacific Group|organization|Name",
                    "Providence Equity Partners|organization|Name",
                ],
                &["Texas Pacific Group and Providence Equity Partners"],
            ),
            (
                // A dictionary word opening a one-word person's name stays
                // unless it is an office.
                "Time Warner had also bid for the studio.",
                &[(1, 2, Person, false)],
                &["Time Warner|other|Name"],
                &["Warner"],
            ),
            (
                // A word `former` opens describes the person after it.
                "Former Beatle Paul McCartney will play in Florida.",
                &[(2, 4, Person, false), (7, 8, Place, false)],
                &["Paul McCartney|person|Name"],
                &["Beatle Paul McCartney"],
            ),
            (
                // A person's possessive owns the name after it ...
                "Rupert Murdoch's News Corp has bought MySpace.",
                &[(0, 5, Organization, false), (7, 8, Organization, false)],
                &["News Corp|organization|Name", "Rupert Murdoch|other|Name"],
                &["Rupert Murdoch's News Corp"],
            ),
            (
                // ... and so does a publisher's.
                "Pearson's Financial Times cut jobs.",
                &[(0, 1, Organization, false), (3, 5, Organization, false)],
                &[
                    "Pearson|organization|Name",
                    "Financial Times|organization|Name",
                ],
                &["Pearson's Financial Times"],
            ),
            (
                // ... a company's possessive is part of its name.
                "Moody's Investors Service Inc cut the rating.",
                &[(0, 5, Organization, false)],
                &["Moody's Investors Service Inc|organization|Name"],
                &[],
            ),
            (
                // Two opening words the recogniser left out of a body's name
                // are its own; before a person's they are not.
                "Export Credits Guarantee Department officials said so.",
                &[(2, 4, Organization, false)],
                &["Export Credits Guarantee Department|organization|Name"],
                &[],
            ),
            (
                "Board President Jacques Thierry said so.",
                &[(2, 4, Person, false)],
                &["Jacques Thierry|person|Name"],
                &[],
            ),
            (
                // Two names read around a lone `&` are one organisation's.
                "Shares in Marks & Spencer rose.",
                &[(2, 3, Place, false), (4, 5, Person, false)],
                &["Marks & Spencer|organization|Name"],
                &["Marks", "Spencer"],
            ),
            (
                // ... and so is an opening word the tagger reads as a plural
                // noun, before `&` and a name read as a person's.
                "Marks & Spencer hired Stuart Rose.",
                &[(2, 3, Person, false), (4, 6, Person, false)],
                &[
                    "Marks & Spencer|organization|Name",
                    "Stuart Rose|person|Name",
                ],
                &["Spencer"],
            ),
            (
                // An opening word no dictionary has, right before its finite
                // verb, is a name the recogniser missed; a dictionary word is not.
                "Kmart is merging with Sears.",
                &[(4, 5, Organization, false)],
                &["Kmart|other|Name", "Sears|organization|Name"],
                &[],
            ),
            (
                // An opening word before a verb of what companies do is a
                // company's name, dictionary word or not; before another verb not.
                "Apple unveiled a new version of its iPod.",
                &[],
                &["Apple|organization|Name"],
                &[],
            ),
            ("Gold rose to a record high.", &[], &[], &["Gold"]),
            (
                // A word of capitals and digits is a name the recogniser missed.
                "U2 singer Bono said he was delighted.",
                &[(2, 3, Person, false)],
                &["U2|other|Name", "Bono|person|Name"],
                &[],
            ),
            (
                "Tomorrow is another day for Sears.",
                &[(5, 6, Organization, false)],
                &["Sears|organization|Name"],
                &["Tomorrow"],
            ),
            (
                "Johnson & Johnson agreed to buy Guidant.",
                &[(0, 3, Person, false)],
                &["Johnson & Johnson|organization|Name"],
                &[],
            ),
            (
                // An opening word is not cut off when only an organisation's
                // word would be left.
                "General Motors will cut jobs.",
                &[(1, 2, Organization, false)],
                &["General Motors|organization|Name"],
                &["Motors"],
            ),
            (
                // An article opening a body's name is no part of it ...
                "The Department of Health rejected the claims.",
                &[(0, 4, Organization, false)],
                &["Department of Health|organization|Name"],
                &["The Department of Health"],
            ),
            (
                // ... but a publication's is.
                "The Daily Telegraph reported it.",
                &[(0, 3, Organization, false)],
                &["The Daily Telegraph|organization|Name"],
                &[],
            ),
            (
                // An office before a plain name makes a person of it.
                "Labour MP Diane Abbott criticised the decision.",
                &[(0, 1, Organization, false), (2, 4, Organization, false)],
                &["Diane Abbott|person|Name"],
                &[],
            ),
            (
                // A role a firm can hold does not.
                "The notes were sold by sole manager Thomson McKinnon.",
                &[(7, 9, Organization, false)],
                &["Thomson McKinnon|organization|Name"],
                &[],
            ),
            (
                // A prize, whatever the recogniser made of the words before.
                "Fans voted Fergus Crane the winner of two Smarties Book Prizes.",
                &[(2, 4, Person, false), (9, 12, Organization, false)],
                &["Smarties Book Prizes|other|Name"],
                &[],
            ),
            (
                "Levy won the Whitbread Book of the Year.",
                &[(3, 8, Person, false)],
                &["Whitbread Book of the Year|other|Name"],
                &[],
            ),
            (
                // A span run on over the sentence's full stop.
                "The court freed the Maguire Seven.",
                &[(4, 7, Organization, false)],
                &["Maguire Seven|organization|Name"],
                &["Maguire Seven."],
            ),
            (
                // A span run on over a list's comma is two names.
                "The accused were Lorillard Tobacco, Liggett Group and Altria.",
                &[(3, 8, Organization, false), (9, 10, Organization, false)],
                &[
                    "Lorillard Tobacco|organization|Name",
                    "Liggett Group|organization|Name",
                ],
                &["Lorillard Tobacco, Liggett Group"],
            ),
            (
                // Cut at its comma, a date's year or a lone initial is no name.
                "It applies from July One, 1986, and at Lat. 25 N., Long. 75 W.",
                &[(3, 7, Person, false), (13, 16, Person, false)],
                &[],
                &["1986", "N."],
            ),
            (
                // A common word read as a name before an event head names the
                // event; with a complement the head is a transaction of it.
                "They opened the annual Treasures sale.",
                &[(4, 5, Organization, false)],
                &["Treasures sale|event|Name"],
                &["Treasures"],
            ),
            (
                "They avoided a Dome sale to a foreign company.",
                &[(3, 4, Organization, false)],
                &["Dome|organization|Name"],
                &["Dome sale"],
            ),
            (
                "Rosneft bought the assets.",
                &[(0, 1, Organization, false)],
                &["Rosneft|organization|Name"],
                &[],
            ),
            (
                "David Frost, director general of the British Chambers of Commerce, spoke.",
                &[(0, 2, Person, false), (7, 11, Organization, false)],
                &["British Chambers of Commerce|organization|Name"],
                &["British Chambers"],
            ),
            (
                "He said Friday Reagan would veto it.",
                &[(2, 4, Person, false)],
                &["Reagan|person|Name"],
                &["Friday Reagan"],
            ),
            (
                "Shr Loss of five cts against Avg Dlrs.",
                &[(0, 2, Organization, false), (6, 8, Organization, false)],
                &[],
                &["Shr Loss", "Avg Dlrs", "Shr", "Dlrs"],
            ),
            (
                // Title and name read whole as a company: the title makes a person;
                // an owner read with the name does not.
                "Saudi Oil Minister Hisham Nazer said it would be soon.",
                &[(0, 5, Organization, false)],
                &["Hisham Nazer|person|Name"],
                &["Saudi Oil Minister Hisham Nazer"],
            ),
            (
                "Spiller will become Chairman of Boston Five Bancorp in the year.",
                &[(0, 1, Person, false), (5, 8, Organization, false)],
                &["Five Bancorp|organization|Name"],
                &[],
            ),
            (
                // A legal form or a trade makes a company of a person-shaped name.
                "Clorox Co said profits rose.",
                &[(0, 2, Person, false)],
                &["Clorox Co|organization|Name"],
                &[],
            ),
            (
                // A title-case headline read as one name: cut at `To`, at a
                // headline verb; a span opening with one is none.
                "Sony To Expand U.K. Television Output",
                &[(0, 6, Organization, false)],
                &["Sony|organization|Name"],
                &["Sony To Expand U.K. Television Output"],
            ),
            (
                "Alcan Raises Aluminum Prices Two Cents A Lb",
                &[(0, 8, Organization, false)],
                &["Alcan|organization|Name"],
                &["Alcan Raises Aluminum Prices Two Cents A Lb"],
            ),
            (
                "First Marathon <Fms.A.To> Plans Stock Split",
                &[(0, 8, Organization, false)],
                &["First Marathon|organization|Name"],
                &["A.", "A"],
            ),
            (
                "Ford Debt Ratings May Be Raised By Moody's",
                &[(0, 6, Organization, false)],
                &[],
                &["Ford Debt Ratings May", "Ford Debt Ratings May Be Raised"],
            ),
            (
                "Airbus Has No Comment On Mcdonnell Talks",
                &[(0, 2, Organization, false)],
                &["Airbus|organization|Name"],
                &["Airbus Has"],
            ),
            (
                // Every word capitalised: a headline, though no preposition.
                "Hong Kong Banks Leave Interest Rates Unchanged",
                &[(0, 7, City, false)],
                &[],
                &["Hong Kong Banks Leave Interest Rates Unchanged"],
            ),
            (
                "Firm Acquires Assets Of Marley Unit",
                &[(1, 6, Organization, false)],
                &[],
                &["Acquires Assets Of Marley Unit"],
            ),
            (
                // Not title case: the name keeps its `For`.
                "He joined the Bank For International Settlements last year.",
                &[(3, 7, Organization, false)],
                &["Bank For International Settlements|organization|Name"],
                &[],
            ),
            (
                // A storm is an event, whatever its name looks like.
                "Cyclone Phailin has winds of 200 km per hour.",
                &[(0, 2, Person, false)],
                &["Cyclone Phailin|event|Name"],
                &[],
            ),
            (
                "Existing customers met Gordon Brown.",
                &[(3, 5, Person, false)],
                &["Gordon Brown|person|Name"],
                &["Existing"],
            ),
        ];
        for (sentence, spans, must, absent) in rows {
            let got = run(sentence, spans);
            for m in *must {
                assert!(
                    got.iter().any(|g| g == m),
                    "{sentence}\nwant {m}\ngot {got:?}"
                );
            }
            for a in *absent {
                assert!(
                    !got.iter().any(|g| g.split('|').next() == Some(*a)),
                    "{sentence}\nunwanted {a}\ngot {got:?}"
                );
            }
        }
    }
}
