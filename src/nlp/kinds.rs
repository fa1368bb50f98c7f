//! Entity kinds the sentence says: one [`AnalysedSentence`] (tokens, tags,
//! lemmas, tree, reconciled mentions) in, the same sentence out with the kinds
//! of names that only the recogniser typed corrected from their context.
//!
//! * A subject that a later `its` under its verb refers back to is an
//!   organisation (`Vivendi Universal has sold its stake`).
//! * A description noun in apposition with a name or right before it gives
//!   its kind (`Vextra, the Norwegian oil firm`, `Czech operator Oskar`); a
//!   kinship noun so placed makes a person (`his wife Cherie Booth`).
//! * A name before a company office (`Virgin boss`, `Parmalat executives`)
//!   or in its `of` phrase (`chief executive of Barclays`, also `the arm of
//!   Time Warner`) is an organisation.
//! * A name the recogniser took for a place, in the phrase of a company deal
//!   (`the takeover of Safeway by Morrisons`, `the merger of Sprint and
//!   Nextel`) or in the `to` (`from`) phrase of a deal verb (`sold its PC
//!   unit to Lenovo`), is an organisation (a person when a known given name
//!   opens it: `sell the business to Philip Green`).
//!
//! * A name in the `for` phrase of a legislator's title (`the MP for
//!   Vauxhall`) is a place, the legislator's constituency.
//!
//! Names with a title, honorific, known given name or lexicon entry keep
//! their kind; works and events are typed by their own rules
//! ([`crate::nlp::mentions`]).

use crate::nlp::{AnalysedSentence, DepRel, Mention, MentionForm, Tag, Tagged, Tree};
use crate::text::Token;
use crate::vocab::EntityKind;

/// Correct the kinds of one sentence's guessed names, in place.
pub(crate) fn refine(text: &str, a: &mut AnalysedSentence) {
    owners_of_its(text, &a.tokens, &a.tags, &a.tree, &mut a.mentions);
    owners_of_his_her(text, a);
    described_names(text, a);
    business_title_owners(text, a);
    deal_parties(text, a);
    constituencies(text, a);
    named_before_class_noun(text, a);
}

/// `the Respect party`, `the Firefox browser`: a name only the recogniser
/// typed, right before a lower-case singular class noun that says what it
/// is, is of that kind: a party's name an organisation; a product's name
/// (`browser`, `software`) no place, person or organisation.
fn named_before_class_noun(text: &str, a: &mut AnalysedSentence) {
    use crate::vocab::description::{Sort, description_sort};
    let kinds = guessed_kinds(text, &a.mentions, |m| {
        let k = crate::text::tokens_within(&a.tokens, m.span).end;
        if k >= a.tokens.len()
            || a.tags[k].tag != Tag::NN
            || !a.tokens[k].text(text).starts_with(char::is_lowercase)
        {
            return None;
        }
        let lemma = a.lemma(k).to_lowercase();
        if description_sort(&lemma) == Some(Sort::Party) {
            Some(EntityKind::Organization)
        } else if crate::nlp::lexicon::product_class_noun(&lemma) {
            Some(EntityKind::Other)
        } else {
            None
        }
    });
    set_kinds(&mut a.mentions, kinds);
}

/// `Kate Hoey, Labour MP for Vauxhall`: a name only the recogniser typed, in
/// the `for` phrase of a legislator's title, is the place the legislator sits
/// for.
fn constituencies(text: &str, a: &mut AnalysedSentence) {
    let tree = &a.tree;
    let legislator = |t: usize| {
        a.tags[t].tag.is_noun()
            && crate::nlp::lexicon::title(&a.lemma(t).to_lowercase())
                .is_some_and(|t| t.class == crate::nlp::lexicon::TitleClass::Legislature)
    };
    let seats: Vec<bool> = a
        .mentions
        .iter()
        .map(|m| {
            // (The recogniser often reads a seat as an organisation too:
            // `Labour MP for Bolton West`.)
            if !matches!(
                m.kind,
                EntityKind::Person | EntityKind::Other | EntityKind::Organization
            ) || plain_name(text, m).is_none_or(|(_, given)| given)
            {
                return false;
            }
            let within = crate::text::tokens_within(&a.tokens, m.span);
            let Some(head) = head_word(tree, within) else {
                return false;
            };
            tree.rel(head) == DepRel::Nmod
                && tree
                    .child(head, DepRel::Case)
                    .is_some_and(|c| a.lemma(c).eq_ignore_ascii_case("for"))
                && tree.head(head).is_some_and(legislator)
        })
        .collect();
    for (m, seat) in a.mentions.iter_mut().zip(seats) {
        if seat {
            m.kind = EntityKind::Place;
        }
    }
}

/// `Vivendi Universal has sold its stake`: a name that only the recogniser
/// makes a person (no title, honorific or known given name) and whose head is
/// a clause's subject is an organisation when an `its` under the same verb
/// follows it with no singular noun between (so nothing else it could stand
/// for).
fn owners_of_its(
    text: &str,
    tokens: &[Token],
    tags: &[Tagged],
    tree: &Tree,
    mentions: &mut [Mention],
) {
    let Some(first_its) = tokens.iter().position(|t| t.text(text) == "its") else {
        return;
    };
    for m in mentions.iter_mut() {
        if m.kind != EntityKind::Person || !m.subject || !guessed_kind(text, m) {
            continue;
        }
        let within = crate::text::tokens_within(tokens, m.span);
        if within.is_empty() || first_its < within.end {
            continue;
        }
        let Some(its) = (within.end..tokens.len()).find(|&k| tokens[k].text(text) == "its") else {
            continue;
        };
        if (within.end..its).any(|k| matches!(tags[k].tag, Tag::NN | Tag::NNP | Tag::PRP)) {
            continue;
        }
        let Some(head) = head_word(tree, within) else {
            continue;
        };
        if let Some(verb) = tree.head(head)
            && tree.dominates(verb, its)
        {
            m.kind = EntityKind::Organization;
        }
    }
}

/// `Rihanna released her new album`, `Ronaldo scored his 30th goal`: a
/// one-word name (or two words that look like a given name and a surname:
/// `Taylor Swift`) that only
/// the recogniser typed (an organisation, place or
/// catch-all), the subject of a verb whose own object or phrase is owned by
/// a later `her` or `his`, with no noun or pronoun between, is a person (an
/// organisation's possessive is `its` or `their`).
fn owners_of_his_her(text: &str, a: &mut AnalysedSentence) {
    let tree = &a.tree;
    let personal = |k: usize| {
        (a.tags[k].tag == Tag::PRPS || a.tree.rel(k) == DepRel::NmodPoss)
            && matches!(
                a.tokens[k].text(text).to_lowercase().as_str(),
                "her" | "his"
            )
    };
    if !(0..a.len()).any(personal) {
        return;
    }
    let people: Vec<bool> = a
        .mentions
        .iter()
        .map(|m| {
            let name = m.name.of(text);
            if !m.subject
                || !matches!(
                    m.kind,
                    EntityKind::Organization | EntityKind::Place | EntityKind::Other
                )
                || !matches!(m.form, MentionForm::Name)
                || m.span != m.name
                || m.role.is_some()
                || name.contains(' ') && !given_and_surname(name)
                || !name.starts_with(char::is_uppercase)
                || crate::nlp::lexicon::known_kind(name).is_some()
                || crate::nlp::lexicon::org_word(name)
            {
                return false;
            }
            let within = crate::text::tokens_within(&a.tokens, m.span);
            let Some(head) = head_word(tree, within.clone()) else {
                return false;
            };
            let Some(verb) = tree.head(head).filter(|&v| a.tags[v].tag.is_verb()) else {
                return false;
            };
            let Some(p) = (within.end..a.len()).find(|&k| personal(k)) else {
                return false;
            };
            if (within.end..p).any(|k| {
                matches!(
                    a.tags[k].tag,
                    Tag::NN | Tag::NNS | Tag::NNP | Tag::NNPS | Tag::PRP
                )
            }) {
                return false;
            }
            // The owned noun hangs on the verb (`released her album`), or on a
            // noun that does (`the release of her album`).
            tree.head(p).is_some_and(|n| {
                tree.head(n) == Some(verb)
                    && !matches!(tree.rel(n), DepRel::Nsubj | DepRel::NsubjPass)
                    || tree
                        .head(n)
                        .is_some_and(|o| a.tags[o].tag.is_noun() && tree.head(o) == Some(verb))
            })
        })
        .collect();
    for (m, person) in a.mentions.iter_mut().zip(people) {
        if person {
            m.kind = EntityKind::Person;
        }
    }
}

/// `Taylor Swift`: two capitalised words, neither an organisation's word
/// (`Morgan Group`), a name's kind-giving last word (`Games`, `Square`) nor a
/// name the lexicon knows (`Manchester City`).
fn given_and_surname(name: &str) -> bool {
    let mut words = name.split(' ');
    let (Some(first), Some(second), None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    [first, second].iter().all(|w| {
        w.starts_with(char::is_uppercase)
            && !crate::nlp::lexicon::org_word(w)
            && crate::nlp::lexicon::known_kind(w).is_none()
    }) && crate::nlp::lexicon::suffix_kind(second).is_none()
}

/// The word of a span whose head lies outside it.
fn head_word(tree: &Tree, within: std::ops::Range<usize>) -> Option<usize> {
    within
        .clone()
        .find(|&k| tree.head(k).is_none_or(|h| !within.contains(&h)))
}

/// A name written as itself (no title or role before it) that the lexicon
/// does not know: the name, and whether a known given name opens it.
fn plain_name<'t>(text: &'t str, m: &Mention) -> Option<(&'t str, bool)> {
    let name = m.name.of(text);
    let first = name.split(' ').next().unwrap_or(name);
    (m.form == MentionForm::Name
        && m.span == m.name
        && m.role.is_none()
        && crate::nlp::lexicon::known_kind(name).is_none())
    .then(|| {
        (
            name,
            crate::nlp::lexicon::given_name_gender(first).is_some(),
        )
    })
}

/// The kind `kind_of` finds for each mention whose kind is only guessed
/// ([`guessed_kind`]); `None` for the others. (All are read before any is set,
/// with [`set_kinds`], so that one retyped mention does not sway another.)
fn guessed_kinds(
    text: &str,
    mentions: &[Mention],
    kind_of: impl Fn(&Mention) -> Option<EntityKind>,
) -> Vec<Option<EntityKind>> {
    mentions
        .iter()
        .map(|m| guessed_kind(text, m).then(|| kind_of(m)).flatten())
        .collect()
}

/// Give each mention the kind found for it, if any.
fn set_kinds(mentions: &mut [Mention], kinds: Vec<Option<EntityKind>>) {
    for (m, kind) in mentions.iter_mut().zip(kinds) {
        if let Some(kind) = kind {
            m.kind = kind;
        }
    }
}

/// Is a name one the recogniser alone typed (a person, place or city) or left
/// untyped: no title, honorific, known given name or lexicon entry says what it
/// is?
fn guessed_kind(text: &str, m: &Mention) -> bool {
    matches!(
        m.kind,
        EntityKind::Person | EntityKind::Other | EntityKind::Place | EntityKind::City
    ) && unlisted_name(text, m)
}

/// Is a mention a bare name that no title, honorific, known given name or
/// lexicon entry types?
fn unlisted_name(text: &str, m: &Mention) -> bool {
    let name = m.name.of(text);
    let first = name.split(' ').next().unwrap_or(name);
    matches!(m.form, MentionForm::Name | MentionForm::Acronym)
        && m.span == m.name
        && m.role.is_none()
        && crate::nlp::lexicon::given_name_gender(first).is_none()
        && crate::nlp::lexicon::known_kind(name).is_none()
}

/// `Vextra, the Norwegian oil firm, has filed ...`, `paid by Cotecna, a Swiss
/// firm`, `Santander, Spain's biggest bank`, `buy Czech operator Oskar`,
/// `French bank Societe Generale`: a name in apposition with a description's
/// head noun (`firm`, `capital`), or right after one, is of the kind the
/// description says, when only the recogniser's guess typed it; a name so
/// beside a kinship noun is a person (`Tony Blair's wife Cherie Booth`), and
/// so is its owner (`Mandela's wife Winnie`); one beside a product's class
/// noun of no known kind is a product (`the drug Lipitor`).
fn described_names(text: &str, a: &mut AnalysedSentence) {
    let tree = &a.tree;
    // The kind common noun `d` describes.
    let noun_kind = |d: usize| {
        if !matches!(a.tags[d].tag, Tag::NN | Tag::NNS) {
            return None;
        }
        let lemma = a.lemma(d).to_lowercase();
        if crate::nlp::lexicon::kinship(&lemma).is_some() {
            return Some(EntityKind::Person);
        }
        // `AOL, the internet arm of Time Warner`: a company's part is one.
        if crate::nlp::lexicon::part_noun(&lemma) {
            return Some(EntityKind::Organization);
        }
        // `Pfizer's cholesterol drug Lipitor`: a product's class noun names
        // no person, place or organisation.
        if crate::nlp::lexicon::product_class_noun(&lemma) {
            return Some(EntityKind::Other);
        }
        if crate::vocab::description::describes_people_too(&lemma) {
            return None;
        }
        // (Works and events are typed by their own rules: `the Harry Potter
        // books, JK Rowling` names no book.)
        crate::vocab::description::description_kind(&lemma)
            .filter(|k| !matches!(k, EntityKind::Work | EntityKind::Event))
    };
    // The noun right before word `k`.
    let noun_before = |k: usize| k.checked_sub(1).and_then(noun_kind);
    // A noun in apposition with word `h`, after it (`Cotecna, a Swiss firm`)
    // or before it (`the Swiss firm, Cotecna`).
    // (After it: set off by a comma and a determiner or a possessor
    // (`Santander, Spain's biggest bank`), not `a Newark, Del., company`.)
    let appositive = |h: usize, end: usize| {
        let comma = a.tokens.get(end).is_some_and(|t| t.text(text) == ",");
        let determined = a
            .tags
            .get(end + 1)
            .is_some_and(|t| matches!(t.tag, Tag::DT | Tag::PRPS));
        let possessed = |d: usize| {
            tree.children_by(d, |r| r == DepRel::NmodPoss)
                .any(|p| p > end && p < d)
        };
        tree.children_by(h, |r| r == DepRel::Appos)
            .filter(|&d| d > h && comma && (determined || possessed(d)))
            .find_map(noun_kind)
            .or_else(|| {
                let d = tree
                    .head(h)
                    .filter(|&d| d < h && tree.rel(h) == DepRel::Appos)?;
                noun_kind(d)
            })
    };
    // `Mandela's wife Winnie`, `the widow of Mandela`: whose kin a kinship
    // noun names is a person.
    let kin_owner = |h: usize| {
        let k = tree.head(h)?;
        let of = tree.rel(h) == DepRel::Nmod
            && tree
                .child(h, DepRel::Case)
                .is_some_and(|c| a.lemma(c).eq_ignore_ascii_case("of"));
        let owner = tree.rel(h) == DepRel::NmodPoss || of;
        let kin = matches!(a.tags[k].tag, Tag::NN | Tag::NNS)
            && crate::nlp::lexicon::kinship(&a.lemma(k).to_lowercase()).is_some();
        (owner && kin).then_some(EntityKind::Person)
    };
    let kinds = guessed_kinds(text, &a.mentions, |m| {
        let within = crate::text::tokens_within(&a.tokens, m.span);
        let head = head_word(tree, within.clone())?;
        // Not the subject of a relative clause on the noun (`the company
        // Smith founded`).
        let relative = matches!(tree.rel(head), DepRel::Nsubj | DepRel::NsubjPass)
            && tree
                .head(head)
                .is_some_and(|h| tree.rel(h) == DepRel::AclRelcl);
        appositive(head, within.end)
            .or_else(|| (!relative).then(|| noun_before(within.start)).flatten())
            .or_else(|| kin_owner(head))
    });
    // (A kinship noun's owner is a person even when the recogniser read an
    // organisation: no firm has a wife.)
    let owners: Vec<Option<EntityKind>> = a
        .mentions
        .iter()
        .map(|m| {
            if m.kind != EntityKind::Organization || !unlisted_name(text, m) {
                return None;
            }
            let within = crate::text::tokens_within(&a.tokens, m.span);
            kin_owner(head_word(tree, within)?)
        })
        .collect();
    set_kinds(&mut a.mentions, kinds);
    set_kinds(&mut a.mentions, owners);
}

/// `Virgin boss Sir Richard Branson`, `Former Enron chief executive Jeffrey
/// Skilling`, `former Parmalat executives`, `Guardian editor Alan Rusbridger`, `chief executive of Barclays`: a
/// name only the recogniser typed, right before a company office (`boss`,
/// `chief executive`, `founder`), or in the `of` phrase of such an office or
/// of a company's part (`the internet arm of Time Warner`), is the
/// organisation the office or part is of.
fn business_title_owners(text: &str, a: &mut AnalysedSentence) {
    let business = |title: &str| {
        crate::nlp::lexicon::title(title)
            .is_some_and(|t| t.class == crate::nlp::lexicon::TitleClass::Business)
    };
    // A company office's noun at token `k` (`boss`, `executives`, `chief`
    // of `chief executive`, also where the tagger read it as an adjective).
    let office_at = |k: usize| {
        k < a.tags.len()
            && (a.tags[k].tag.is_noun() && !a.tags[k].tag.is_proper()
                || a.tags[k].tag.is_adjective()
                    && a.tokens[k].text(text).starts_with(char::is_lowercase))
            && (business(&a.lemma(k).to_lowercase())
                || crate::nlp::lexicon::press_office(&a.lemma(k).to_lowercase()))
    };
    let tree = &a.tree;
    let owned: Vec<bool> = a
        .mentions
        .iter()
        .map(|m| {
            let within = crate::text::tokens_within(&a.tokens, m.span);
            if !guessed_kind(text, m) {
                return false;
            }
            if office_at(within.end) {
                return true;
            }
            let Some(head) = head_word(tree, within) else {
                return false;
            };
            // (Not a possessor: `Reagan's chief of staff`.)
            let of = tree.rel(head) == DepRel::Nmod
                && tree
                    .child(head, DepRel::Case)
                    .is_some_and(|c| a.lemma(c).eq_ignore_ascii_case("of"));
            // `the internet arm of Time Warner`: a company's part is of a company.
            let owned = |t: usize| {
                let lemma = a.lemma(t).to_lowercase();
                a.tags[t].tag.is_noun()
                    && (business(&lemma) || crate::nlp::lexicon::part_noun(&lemma))
            };
            of && tree.head(head).is_some_and(owned)
        })
        .collect();
    for (m, owned) in a.mentions.iter_mut().zip(owned) {
        if owned {
            m.kind = EntityKind::Organization;
        }
    }
}

/// `the takeover of Safeway by Morrisons`, `the merger of Sprint and Nextel`,
/// `its stake in Veolia`, `Morrisons' takeover`: a name in a phrase of a
/// company deal's noun (or joined by a conjunction to one that is) is a
/// company, when the recogniser alone took it for a place or left it untyped
/// (a person it names stays one: `the buyout by Malcolm Glazer`).
fn deal_parties(text: &str, a: &mut AnalysedSentence) {
    let tree = &a.tree;
    let deal = |t: usize| {
        matches!(a.tags[t].tag, Tag::NN | Tag::NNS)
            && crate::nlp::lexicon::deal_noun(&a.lemma(t).to_lowercase())
    };
    let party = |h: usize| {
        matches!(tree.rel(h), DepRel::Nmod | DepRel::NmodPoss) && tree.head(h).is_some_and(deal)
    };
    // `Glenmora, La.`: a town set off by its region's name is a place.
    let placed = |end: usize| {
        a.tokens.get(end).is_some_and(|t| t.text(text) == ",")
            && a.tokens.get(end + 1).is_some_and(|t| {
                a.mentions.iter().any(|r| {
                    r.span.start == t.span.start
                        && matches!(
                            r.kind,
                            EntityKind::Place | EntityKind::City | EntityKind::Country
                        )
                })
            })
    };
    // `sold its PC unit to Lenovo`, `agreed to sell the chain to Permira`,
    // `bought the stake from Allianz`: the `to` (`from`) phrase of a deal
    // verb, or of its object, names the other party, not a place.
    let verb_party = |h: usize| {
        let Some(prep) = tree
            .child(h, DepRel::Case)
            .map(|c| a.lemma(c).to_lowercase())
        else {
            return false;
        };
        let deal_verb = |v: usize| {
            a.tags[v].tag.is_verb()
                && crate::nlp::lexicon::deal_verb_party(&a.lemma(v).to_lowercase())
                    == Some(prep.as_str())
        };
        // (Up from the object's own phrases: `sold its stake in Fiat to
        // Rothschild`, the parser hanging `to Rothschild` on `Fiat`.)
        let mut v = tree.head(h);
        let mut steps = 0;
        while let Some(w) = v {
            if deal_verb(w) {
                return matches!(tree.rel(h), DepRel::Obl | DepRel::Nmod);
            }
            steps += 1;
            if steps > 2 || !matches!(tree.rel(w), DepRel::Obj | DepRel::Nmod) {
                return false;
            }
            v = tree.head(w);
        }
        false
    };
    let parties: Vec<bool> = a
        .mentions
        .iter()
        .map(|m| {
            if m.kind == EntityKind::Person || !guessed_kind(text, m) {
                return false;
            }
            let within = crate::text::tokens_within(&a.tokens, m.span);
            if placed(within.end) {
                return false;
            }
            let Some(head) = head_word(tree, within) else {
                return false;
            };
            let party = |h: usize| party(h) || verb_party(h);
            party(head) || tree.rel(head) == DepRel::Conj && tree.head(head).is_some_and(party)
        })
        .collect();
    // A person's name the recogniser took for a place there is a buyer or
    // seller (`agreed to sell the business to Philip Green`).
    let buyers: Vec<bool> = a
        .mentions
        .iter()
        .map(|m| {
            if !matches!(m.kind, EntityKind::Place | EntityKind::City)
                || plain_name(text, m).is_none_or(|(name, given)| !given || !name.contains(' '))
            {
                return false;
            }
            let within = crate::text::tokens_within(&a.tokens, m.span);
            head_word(tree, within).is_some_and(verb_party)
        })
        .collect();
    for ((m, party), buyer) in a.mentions.iter_mut().zip(parties).zip(buyers) {
        if party {
            m.kind = EntityKind::Organization;
        } else if buyer {
            m.kind = EntityKind::Person;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::nlp::analysis::tests::doc;
    use crate::nlp::{Tokenization, analyse};
    use crate::text::segment;

    #[test]
    fn what_the_sentence_says_a_guessed_name_is() {
        // (sentence, name, kind it must have)
        let rows = [
            (
                "Vivendi Universal has sold its stake in Veolia.",
                "Vivendi Universal",
                "organization",
            ),
            ("Ineos said its profits rose.", "Ineos", "organization"),
            // A known given name, or a singular noun `its` may stand for: no change.
            ("John Smith said its profits rose.", "John Smith", "person"),
            (
                "Tom Jones told the court its ruling was wrong.",
                "Tom Jones",
                "person",
            ),
            // A company deal's parties are companies; a person stays one.
            (
                "The watchdog is investigating the takeover of Safeway by Morrisons.",
                "Safeway",
                "organization",
            ),
            (
                "The watchdog is investigating the takeover of Safeway by Morrisons.",
                "Morrisons",
                "organization",
            ),
            (
                "US regulators approved the merger of Sprint and Nextel.",
                "Sprint",
                "organization",
            ),
            (
                "Shareholders backed the buyout by Malcolm Glazer.",
                "Malcolm Glazer",
                "person",
            ),
            (
                "The bank agreed to the merger of Trust Co, Glenmora, La., with Peoples Bank.",
                "Glenmora",
                "place",
            ),
            // A deal verb's `to` (`from`) phrase names a buyer (seller).
            (
                "IBM sold its PC unit to Lenovo for $1.75 billion.",
                "Lenovo",
                "organization",
            ),
            (
                "The retailer agreed to sell the chain to Permira.",
                "Permira",
                "organization",
            ),
            (
                "The group bought the stake from Halvard Industri last year.",
                "Halvard Industri",
                "organization",
            ),
            (
                "The board rejected an offer to sell the business to Philip Green.",
                "Philip Green",
                "person",
            ),
            // A legislator's `for` phrase names a place.
            (
                "Kate Hoey, Labour MP for Vauxhall, opposed the ban.",
                "Vauxhall",
                "place",
            ),
            // An appositive description says the kind.
            (
                "Kojo was paid by Cotecna, a Swiss firm.",
                "Cotecna",
                "organization",
            ),
            (
                "Vextra, the Norwegian oil firm, has filed for bankruptcy.",
                "Vextra",
                "organization",
            ),
            (
                "Halvorsen, the Dutch carmaker, cut jobs.",
                "Halvorsen",
                "organization",
            ),
            (
                "Santander, Spain's biggest bank, completed its takeover of Abbey National.",
                "Santander",
                "organization",
            ),
            (
                "Rolls-Royce, the aero-engine maker, won a contract.",
                "Rolls-Royce",
                "organization",
            ),
            (
                "John Smith, the firm's chairman, resigned.",
                "John Smith",
                "person",
            ),
            // So does a description's noun right before the name ...
            (
                "Vodafone bought Czech operator Oskar.",
                "Oskar",
                "organization",
            ),
            (
                "French bank Societe Generale launched a fund.",
                "Societe Generale",
                "organization",
            ),
            // A company office right after the name says it is a company.
            (
                "Former Vextra chief executive Jeffrey Skilling was charged.",
                "Vextra",
                "organization",
            ),
            (
                "Virgin boss Sir Richard Branson launched a business.",
                "Virgin",
                "organization",
            ),
            (
                "Prosecutors charged 11 former Parmalat executives.",
                "Parmalat",
                "organization",
            ),
            (
                "AOL, the internet arm of Time Warner, cut jobs.",
                "Time Warner",
                "organization",
            ),
            (
                "AOL, the internet arm of Time Warner, cut jobs.",
                "AOL",
                "organization",
            ),
            (
                "Ruth Ellison was named chief executive of Barclays.",
                "Barclays",
                "organization",
            ),
            // A party's or a product's class noun right after the name says its kind.
            (
                "The Respect party won its first seat in Bethnal Green.",
                "Respect",
                "organization",
            ),
            (
                "Many users switched to the Firefox browser last year.",
                "Firefox",
                "other",
            ),
            // A kinship noun before a name says it is a person.
            (
                "Tony Blair's wife Cherie Booth is a lawyer.",
                "Cherie Booth",
                "person",
            ),
            // ... unless it also describes people.
            (
                "Hollywood producer Burt Sugarman bid for the studio.",
                "Burt Sugarman",
                "person",
            ),
        ];
        for (text, name, kind) in rows {
            let d = doc(text);
            let analysed = analyse(&d, &segment(&d.text), Tokenization::Words);
            let m = analysed[0]
                .mentions
                .iter()
                .find(|m| m.name.of(&d.text) == name)
                .unwrap_or_else(|| panic!("{name} in {text}"));
            assert_eq!(m.kind.as_str(), kind, "{text}");
        }
    }
}
