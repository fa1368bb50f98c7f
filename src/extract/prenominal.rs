//! Titles written before a name, read from the words: one [`TreeSentence`] in,
//! the `person –title of→ owner` triples of its name-title runs out.
//!
//! `NUJ official Barry Fitzpatrick`, `Former Blur guitarist Graham Coxon`,
//! `Orange Prize winner Andrea Levy`, `the BBC's correspondent Rachel Harvey`:
//! an owner (a name or a demonym), a title from the lexicon, and a person's
//! name, side by side. Headline-style runs like these are rare in the treebanks
//! the parser learnt from, so it often misattaches them (`official` read as an
//! adjective subject, the name as an appositive of the title); the run itself
//! is unambiguous, so this family reads it from the words and tags and leaves
//! the tree to [`super::np`]. The relation is the title with `of` (`official
//! of`); a place owning a title that is not an office gives nationality, `from`
//! (`US playwright Eve Ensler` → `playwright from`). A group named after
//! `one of the` right before a person's name is the person's group (`one of
//! the so-called Guildford Four, Gerry Conlon` → `one of`). A name and a
//! hyphenated participle before a name place or link it (`Belfast-born actor
//! Liam Neeson` → `born in`, `London-based Levy` → `based in`, `Kremlin-backed
//! X` → `backed by`).

use super::tree::{Named, TreeSentence};
use super::{Argument, RawTriple, TripleKind};
use crate::nlp::lexicon::{self, TitleClass};
use crate::nlp::{DepRel, MentionForm, Tag};
use crate::text::Span;
use crate::vocab::EntityKind;

/// The most words a title phrase between an owner and a name may have.
const MAX_TITLE_WORDS: usize = 5;

/// Add the pre-nominal title triples of `s` to `out`.
pub fn triples(s: &TreeSentence<'_>, out: &mut Vec<RawTriple>) {
    for n in &s.named {
        hyphen_participle_before(s, n, n.start, out);
        // `Asda, the Wal-Mart-owned supermarket chain,`: the participle before
        // the name's appositive (a common noun) places or links the name too.
        if let Some(a) = s.tree.child(n.head, DepRel::Appos).filter(|&a| {
            a > n.end && s.named(a).is_none() && matches!(s.tag(a), Tag::NN | Tag::NNS)
        }) {
            hyphen_participle_before(s, n, a, out);
        }
    }
    // `The Ballymena-born actor said`: an epithet, which resolution links to
    // its person, is placed as a name is.
    for (mi, m) in s.a.mentions.iter().enumerate() {
        if m.form != MentionForm::RolePhrase || m.kind != EntityKind::Person {
            continue;
        }
        let start = crate::text::tokens_within(&s.a.tokens, m.span).start;
        if start >= s.words.len() {
            continue;
        }
        let epithet = Named {
            mention: mi,
            start,
            end: start + 1,
            kind: EntityKind::Person,
            head: start,
        };
        hyphen_participle_before(s, &epithet, epithet.start, out);
    }
    for n in &s.named {
        seat_before(s, n, out);
        if !matches!(n.kind, EntityKind::Person) {
            continue;
        }
        one_of_before(s, n, out);
        let Some((start, title)) = title_before(s, n.start) else {
            continue;
        };
        let Some((owner, owner_kind)) = owner_before(s, start) else {
            continue;
        };
        if owner.1 == Some(n.mention) {
            continue;
        }
        let demonym = owner
            .1
            .is_some_and(|m| s.a.mentions[m].form == MentionForm::Demonym);
        let prep = owner_preposition(is_office(title.class), owner_kind, &title.phrase, demonym);
        let relation = format!("{} {prep}", title.phrase);
        out.push(RawTriple::of_phrase(
            Argument {
                span: s.a.mentions[n.mention].name,
                mention: Some(n.mention),
            },
            relation,
            Argument {
                span: owner.0,
                mention: owner.1,
            },
            TripleKind::Role,
            0.7,
        ));
    }
}

/// `Belfast-born actor Liam Neeson`, `London-based Levy`, `Kremlin-backed
/// separatist leader Denis Pushilin`: a name (or demonym), a hyphen and a
/// participle the lexicon knows ([`lexicon::hyphen_participle`]), then at
/// most four title-shaped words before word `at` (name `n`'s first word, or
/// the head noun of its appositive): `n –born in→ Belfast`. `born` takes a
/// person; `born` and `based` take a place.
fn hyphen_participle_before(s: &TreeSentence<'_>, n: &Named, at: usize, out: &mut Vec<RawTriple>) {
    let hyphen = |k: usize| matches!(s.words[k], "-" | "‐" | "‑");
    let mut k = at;
    let found = loop {
        if k >= 3
            && hyphen(k - 2)
            && !s.words[k - 1].starts_with(char::is_uppercase)
            && let Some(p) = lexicon::hyphen_participle(s.words[k - 1])
        {
            break Some(p);
        }
        if k == 0 || at - k >= MAX_TITLE_WORDS - 1 || !title_shaped(s, k - 1) {
            break None;
        }
        k -= 1;
    };
    let Some((relation, place)) = found else {
        return;
    };
    // The name or demonym right before the hyphen.
    let Some(owner) = owner_before(s, k - 2) else {
        return;
    };
    // `Ballymena-born`: whatever else the recogniser made of an unknown
    // town's name, before `-born` or `-based` it is a place.
    let is_place = matches!(
        owner.1,
        EntityKind::Country | EntityKind::City | EntityKind::Place | EntityKind::Other
    );
    if place && !is_place || relation == "born in" && n.kind != EntityKind::Person {
        return;
    }
    if owner.0.1 == Some(n.mention) {
        return;
    }
    out.push(RawTriple::of_phrase(
        Argument {
            span: s.a.mentions[n.mention].name,
            mention: Some(n.mention),
        },
        relation.to_string(),
        Argument {
            span: owner.0.0,
            mention: owner.0.1,
        },
        TripleKind::Role,
        0.7,
    ));
}

/// `one of the so-called Guildford Four, Gerry Conlon`: a group named after
/// `one of the` (at most three modifiers between), then a comma and a
/// person's name: `person –one of→ group`. (The appositive the other way
/// round, `Gerry Conlon, one of the Guildford Four`, is [`super::np`]'s.)
fn one_of_before(s: &TreeSentence<'_>, n: &Named, out: &mut Vec<RawTriple>) {
    let Some(comma) = n.start.checked_sub(1).filter(|&k| s.words[k] == ",") else {
        return;
    };
    let Some(group) = comma
        .checked_sub(1)
        .and_then(|k| s.named(k))
        .filter(|g| g.end == comma && g.kind != EntityKind::Person)
    else {
        return;
    };
    let lower = |k: usize| s.words[k].to_lowercase();
    let Some(the) = (group.start.saturating_sub(4)..group.start)
        .rev()
        .find(|&k| lower(k) == "the")
    else {
        return;
    };
    if the < 2 || lower(the - 1) != "of" || lower(the - 2) != "one" {
        return;
    }
    if (the + 1..group.start).any(|k| s.named(k).is_some() || s.words[k] == ",") {
        return;
    }
    out.push(RawTriple::of_phrase(
        Argument {
            span: s.a.mentions[n.mention].name,
            mention: Some(n.mention),
        },
        "one of".to_string(),
        Argument {
            span: s.a.mentions[group.mention].name,
            mention: Some(group.mention),
        },
        TripleKind::Role,
        0.7,
    ));
}

/// `Labour MP for Bolton West Ruth Kelly`: a legislator's title, `for`, the
/// seat's name and right after it the person's: `person –mp for→ seat`, and
/// the party written before the title `person –mp of→ party`. (The title
/// after the name, `Kate Hoey, Labour MP for Vauxhall`, is [`super::np`]'s.)
/// The name is a person's, or one of no known kind opening with a known given
/// name (`Peter Law`).
fn seat_before(s: &TreeSentence<'_>, n: &Named, out: &mut Vec<RawTriple>) {
    let given = || {
        let w = s.words[n.start];
        lexicon::given_name(w) || lexicon::given_name_gender(w).is_some()
    };
    if !(n.kind == EntityKind::Person || n.kind == EntityKind::Other && given()) {
        return;
    }
    let Some(seat) = n
        .start
        .checked_sub(1)
        .and_then(|k| s.named(k))
        .filter(|p| p.end == n.start && p.mention != n.mention)
        .filter(|p| {
            matches!(
                p.kind,
                EntityKind::Place | EntityKind::City | EntityKind::Country | EntityKind::Other
            )
        })
    else {
        return;
    };
    let mut k = seat.start;
    if k > 0 && s.words[k - 1].eq_ignore_ascii_case("the") {
        k -= 1;
    }
    if k < 2 || s.words[k - 1] != "for" {
        return;
    }
    let Some((start, title)) =
        title_before(s, k - 1).filter(|(_, t)| t.class == TitleClass::Legislature)
    else {
        return;
    };
    let person = Argument {
        span: s.a.mentions[n.mention].name,
        mention: Some(n.mention),
    };
    out.push(RawTriple::of_phrase(
        person.clone(),
        format!("{} for", title.phrase),
        Argument {
            span: s.a.mentions[seat.mention].name,
            mention: Some(seat.mention),
        },
        TripleKind::Role,
        0.7,
    ));
    if let Some((owner, _)) = owner_before(s, start) {
        out.push(RawTriple::of_phrase(
            person,
            format!("{} of", title.phrase),
            Argument {
                span: owner.0,
                mention: owner.1,
            },
            TripleKind::Role,
            0.7,
        ));
    }
}

/// The preposition joining a title (`phrase`) to the owner written with it:
/// `of`, but `from` when a place owns a title that is no office (`US
/// playwright X` → `playwright from`: a nationality, not an employer) nor a
/// place in a team (`Liverpool striker X` → `striker of`: the club). A city
/// before a company's title names the club or firm it is written for
/// (`Barcelona boss X` → `boss of`), not where the person comes from.
pub(super) fn owner_preposition(
    office: bool,
    owner: EntityKind,
    phrase: &str,
    demonym: bool,
) -> &'static str {
    let place = matches!(
        owner,
        EntityKind::Country | EntityKind::City | EntityKind::Place
    );
    let team = phrase
        .rsplit(' ')
        .next()
        .is_some_and(lexicon::team_position);
    let business_at_city = owner == EntityKind::City
        && lexicon::title(phrase).is_some_and(|t| t.class == TitleClass::Business);
    // `England striker` plays for England; a `Spanish striker` comes from
    // Spain.
    if place && !office && (!team || demonym) && !business_at_city {
        "from"
    } else {
        "of"
    }
}

/// A title class that is a public office, which a place owns (`president of`,
/// `ambassador of`); the others only come from one (`playwright from`).
pub(super) fn is_office(class: TitleClass) -> bool {
    matches!(
        class,
        TitleClass::Leader
            | TitleClass::Government
            | TitleClass::Legislature
            | TitleClass::Royal
            | TitleClass::Military
            | TitleClass::Diplomatic
    )
}

/// The title phrase ending right before word `end`: its first word and the
/// title. The longest run of title-shaped words the lexicon reads as a title.
fn title_before(s: &TreeSentence<'_>, end: usize) -> Option<(usize, lexicon::Title)> {
    let mut first = end;
    while first > 0 && end - first < MAX_TITLE_WORDS && title_shaped(s, first - 1) {
        first -= 1;
    }
    (first..end).find_map(|a| {
        let phrase = s.words[a..end].join(" ");
        lexicon::title(&phrase).map(|t| (a, t))
    })
}

/// A word that can be part of a title phrase: a common or capitalised noun or
/// adjective outside every name (`chief`, `Home`, `Secretary`, `official`).
fn title_shaped(s: &TreeSentence<'_>, i: usize) -> bool {
    s.named(i).is_none()
        && s.demonym_at(i).is_none()
        && s.words[i].chars().next().is_some_and(char::is_alphabetic)
        && matches!(
            s.tag(i),
            Tag::NN | Tag::NNS | Tag::NNP | Tag::NNPS | Tag::JJ | Tag::VBG | Tag::VBN
        )
}

/// The owner written right before word `start` (the title's first word): a
/// name that is not a person's or a demonym, directly or with a possessive
/// marker between (`the BBC's correspondent`). Its span, mention and kind.
fn owner_before(s: &TreeSentence<'_>, start: usize) -> Option<((Span, Option<usize>), EntityKind)> {
    let mut last = start.checked_sub(1)?;
    if matches!(s.tag(last), Tag::POS) {
        last = last.checked_sub(1)?;
    }
    if let Some(o) = s.named(last).filter(|o| o.end == last + 1) {
        return owner_name(s, o);
    }
    let m = s.demonym_at(last)?;
    let mention = &s.a.mentions[m];
    Some(((mention.span, Some(m)), EntityKind::Country))
}

fn owner_name(s: &TreeSentence<'_>, o: &Named) -> Option<((Span, Option<usize>), EntityKind)> {
    (!matches!(o.kind, EntityKind::Person))
        .then(|| ((s.a.mentions[o.mention].name, Some(o.mention)), o.kind))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tree::testing::{check_rows, run_family};

    fn run(sentence: &str, arcs: &str) -> Vec<String> {
        run_family(sentence, arcs, triples, |text, t| {
            format!(
                "{} | {} | {}",
                t.subject.span.of(text),
                t.relation,
                t.object.span.of(text)
            )
        })
    }

    #[test]
    fn owner_prepositions() {
        // (office, owner's kind, title phrase, preposition)
        let rows = [
            (false, EntityKind::Country, "playwright", "from"),
            (true, EntityKind::Country, "president", "of"),
            (false, EntityKind::City, "striker", "of"),
            (false, EntityKind::Country, "forward", "of"),
            // A city before a company's title names the club or firm.
            (false, EntityKind::City, "boss", "of"),
            (false, EntityKind::City, "chief executive", "of"),
            (false, EntityKind::Country, "boss", "from"),
            (false, EntityKind::City, "lawyer", "from"),
            (false, EntityKind::Organization, "singer", "of"),
        ];
        // A demonym before a team position gives nationality.
        assert_eq!(
            owner_preposition(false, EntityKind::Country, "striker", true),
            "from"
        );
        assert_eq!(
            owner_preposition(true, EntityKind::Country, "president", true),
            "of"
        );
        for (office, owner, phrase, want) in rows {
            assert_eq!(
                owner_preposition(office, owner, phrase, false),
                want,
                "{phrase} {owner:?}"
            );
        }
    }

    #[test]
    fn titles_before_names() {
        // (sentence, tree (any: this family reads words), must give, must not give)
        let rows: &[(&str, &str, &[&str], &[&str])] = &[
            (
                "NUJ official Barry Fitzpatrick said the company was wrong .",
                "5:nsubj 5:nsubj 4:compound 5:nsubj 0:root 7:det 9:nsubj 9:cop 5:ccomp 5:punct",
                &["Barry Fitzpatrick | official of | NUJ"],
                &[],
            ),
            (
                "Former Blur guitarist Graham Coxon designed postcards .",
                "3:amod 3:compound 6:nsubj 5:compound 3:appos 0:root 6:obj 6:punct",
                &["Graham Coxon | guitarist of | Blur"],
                &[],
            ),
            (
                "Apple chief executive Steve Jobs spoke .",
                "3:compound 3:amod 5:compound 5:compound 6:nsubj 0:root 6:punct",
                &["Steve Jobs | chief executive of | Apple"],
                &[],
            ),
            (
                // No title between the names: nothing.
                "Microsoft and Steve Ballmer spoke .",
                "5:nsubj 4:cc 4:compound 1:conj 0:root 5:punct",
                &[],
                &["Steve Ballmer | of | Microsoft"],
            ),
            (
                // A legislator's seat between the title and the name.
                "Labour MP for Bolton West Ruth Kelly was appointed .",
                "2:compound 0:root 9:mark 6:compound 6:compound 9:nsubj 6:flat 9:aux 2:acl 2:punct",
                &[
                    "Ruth Kelly | mp for | Bolton West",
                    "Ruth Kelly | mp of | Labour",
                ],
                &[],
            ),
            (
                // A name the recogniser left untyped, opening with a given name.
                "Labour MP for Blaenau Gwent Peter Law quit the party .",
                "2:compound 0:root 7:case 7:compound 7:compound 7:compound 2:nmod 2:acl 10:det 8:obj 2:punct",
                &["Peter Law | mp for | Blaenau Gwent"],
                &[],
            ),
            (
                // A person is no owner.
                "Tony Blair aide Jonathan Powell spoke .",
                "2:compound 3:compound 5:compound 5:compound 6:nsubj 0:root 6:punct",
                &[],
                &["Jonathan Powell | aide of | Tony Blair"],
            ),
        ];
        check_rows(rows, run);
    }
}
