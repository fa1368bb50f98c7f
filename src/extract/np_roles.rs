//! Role nouns of a name, read from the dependency tree: a [`TreeSentence`]
//! and one of its names in, the role nouns that describe the name out (its
//! `compound` title, its appositive, the noun it is appositive to, the
//! predicate of a copula or a verb's nominal `xcomp`, and the titles
//! coordinated with any of these), each with its title phrase (`chief
//! executive`) and sort (a title only people hold, a relational noun such as
//! `owner`, or a kinship noun). [`super::np`] joins them to their owners.

use super::np_owners::OwnedBy;
use super::tree::{Named, TreeSentence};
use crate::nlp::lexicon::{self, TitleClass};
use crate::nlp::{DepRel, Tag};
use crate::vocab::EntityKind;

/// A role noun joined to a name.
#[derive(Debug, Clone)]
pub(super) struct Role {
    /// The role noun (the head of the title phrase).
    pub(super) noun: usize,
    /// The title phrase, lower case (`chief executive`).
    pub(super) phrase: String,
    /// A title only people hold (not `owner`, `parent`, `rival`).
    pub(super) person_title: bool,
    /// A public office (`president`, `minister`, `ambassador`), which a place
    /// owns; other titles (`playwright`, `correspondent`) only come from one.
    pub(super) office: bool,
    /// Who may own the role: a person for a kinship noun (`wife`, `father`).
    pub(super) owned_by: OwnedBy,
    pub(super) confidence: f32,
}

/// The role nouns that describe name `n`: its `compound` title, its appositive,
/// the noun it is appositive to, and the predicate of a copula it is subject of.
pub(super) fn roles_of(s: &TreeSentence<'_>, n: &Named) -> Vec<Role> {
    let mut candidates = own_role_nouns(s, n);
    if let Some(h) = s.tree.head(n.head) {
        governing_role_nouns(s, n, h, &mut candidates);
    }
    comma_conjunct_titles(s, n, &mut candidates);
    let coordinated = coordinated_titles(s, &candidates);
    candidates.extend(coordinated);
    candidates
        .into_iter()
        .filter(|&(k, _)| {
            s.named(k).is_none()
                && (is_nominal(s.tag(k)) || lexicon::title(&s.lemma(k).to_lowercase()).is_some())
        })
        .filter_map(|(k, c)| role_phrase(s, k).map(|(phrase, sort)| (k, phrase, sort, c)))
        .map(|(noun, phrase, sort, confidence)| Role {
            noun,
            person_title: matches!(sort, RoleSort::Title(_)),
            office: matches!(sort, RoleSort::Title(c) if super::prenominal::is_office(c)),
            owned_by: match sort {
                RoleSort::Kin => OwnedBy::Person,
                RoleSort::Title(class) if lexicon::personal_office(class, &phrase) => {
                    OwnedBy::PersonOrBody
                }
                _ => OwnedBy::Body,
            },
            phrase,
            confidence,
        })
        .collect()
}

/// Candidate role nouns below the name's head, with a confidence: its
/// `compound` title and its appositives (also a plural appositive of the last
/// conjunct).
fn own_role_nouns(s: &TreeSentence<'_>, n: &Named) -> Vec<(usize, f32)> {
    let t = s.tree;
    let mut candidates: Vec<(usize, f32)> = Vec::new();
    // `BA chairman Martin Broughton`: the title is a compound (UD 2.16:
    // `nmod:desc`) of the name's head, left of it (words of the name itself are
    // not titles).
    for k in t.children_by(n.head, |r| {
        matches!(r, DepRel::Compound | DepRel::Amod | DepRel::NmodDesc)
    }) {
        if k < n.start {
            candidates.push((k, 0.8));
        }
    }
    // `Rod Eddington, BA's chief executive,`: the appositive.
    for k in t.children_by(n.head, |r| r == DepRel::Appos) {
        candidates.push((k, 0.75));
    }
    // `Toshin Steel and Azuma Steel, affiliates of Nippon Kokan`: a plural
    // appositive of the last conjunct describes every conjunct.
    if t.rel(n.head) != DepRel::Conj {
        for c in t.children_by(n.head, |r| r == DepRel::Conj) {
            for k in t.children_by(c, |r| r == DepRel::Appos) {
                if matches!(s.tag(k), Tag::NNS | Tag::NNPS) {
                    candidates.push((k, 0.7));
                }
            }
        }
    }
    candidates
}

/// Candidate role nouns at or above `h`, the head of the name's head: the noun
/// the name is appositive to or a compound of, the predicate of a copula it is
/// subject of, and a verb's nominal `xcomp` (of its object, passive subject,
/// or the subject of `become`).
fn governing_role_nouns(s: &TreeSentence<'_>, n: &Named, h: usize, out: &mut Vec<(usize, f32)>) {
    let t = s.tree;
    match t.rel(n.head) {
        // `BA's chief executive, Rod Eddington,`.
        DepRel::Appos => {
            out.push((h, 0.75));
            // `The BBC's correspondent in Jakarta, Rachel Harvey,`: the
            // appositive hangs from the role's prepositional phrase.
            // `the work's author, British playwright Helen Archer`: the
            // appositive hangs from a second appositive read as a conjunct.
            let comma_conjunct =
                t.rel(h) == DepRel::Conj && t.child(h, DepRel::Cc).is_none() && after_comma(s, h);
            // (Not a name right after its class noun: `The Amsterdam unit of
            // French bank Societe Generale`.)
            if (t.rel(h) == DepRel::Nmod && after_comma(s, n.head) || comma_conjunct)
                && let Some(g) = t.head(h)
                && g < h
            {
                out.push((g, 0.7));
            }
        }
        // `the work's author, US playwright Eve Ensler`: a person's
        // appositive the parser read as an `nmod` with no preposition after
        // a comma.
        DepRel::Nmod
            if n.kind == EntityKind::Person
                && h < n.start
                && s.case(n.head).is_none()
                && after_comma(s, n.head) =>
        {
            out.push((h, 0.7));
        }
        // `the play's organiser in Uganda, Sarah Mukasa`: a person read as a
        // conjunct (no `and`) of the place in the role's prepositional phrase.
        DepRel::Conj
            if n.kind == EntityKind::Person
                && after_comma(s, n.head)
                && t.rel(h) == DepRel::Nmod
                && t.child(n.head, DepRel::Cc).is_none()
                && s.named_head(h).is_some_and(|o| {
                    matches!(
                        o.kind,
                        EntityKind::Country | EntityKind::City | EntityKind::Place
                    )
                })
                && let Some(g) = t.head(h)
                && g < h =>
        {
            out.push((g, 0.65));
        }
        // `Panhandle Eastern Corp's Trunkline Gas Co pipeline subsidiary`:
        // the name modifies the role noun after it.
        DepRel::Compound if h > n.head => out.push((h, 0.7)),
        // `Martin Broughton is the chairman of BA`.
        DepRel::Nsubj if t.child(h, DepRel::Cop).is_some() => out.push((h, 0.75)),
        // `Howard Stringer became chief executive of Sony`: the nominal
        // `xcomp` of a verb of becoming says what its subject is.
        DepRel::Nsubj
            if s.tag(h).is_verb() && lexicon::becoming_verb(&s.lemma(h).to_lowercase()) =>
        {
            for k in t.children_by(h, |r| r == DepRel::Xcomp) {
                if k > n.head && is_nominal(s.tag(k)) {
                    out.push((k, 0.7));
                }
            }
        }
        // `the board named John Smith chief executive of Acme`, `Smith was
        // appointed chairman of Acme`: the verb's nominal `xcomp` says
        // what its object (or passive subject) is.
        // `appointed John Smith as chairman` (an `as` obl), `voted Fergus Crane
        // the winner of the prize` (read as a second object).
        DepRel::Obj | DepRel::NsubjPass if s.tag(h).is_verb() => {
            for k in t.children_by(h, |r| {
                matches!(r, DepRel::Xcomp | DepRel::Obl | DepRel::Obj)
            }) {
                let fits = match t.rel(k) {
                    DepRel::Xcomp => true,
                    // Only a post given (`ousted as chairman` says he was).
                    DepRel::Obl => {
                        s.case(k).as_deref() == Some("as")
                            && lexicon::appointing_verb(&s.lemma(h).to_lowercase())
                    }
                    // `was named chief executive`: a passive appointing
                    // verb's object is the post given.
                    _ => {
                        s.named(k).is_none()
                            && (t.rel(n.head) == DepRel::Obj
                                || lexicon::appointing_verb(&s.lemma(h).to_lowercase()))
                    }
                };
                if k > n.head && fits && is_nominal(s.tag(k)) {
                    out.push((k, 0.7));
                }
            }
        }
        // `Volkswagen has named Bernd Pischetsrieder as its chairman`, the
        // name read as the appointing verb's `xcomp`: its `as` oblique is
        // the post given.
        DepRel::Xcomp
            if s.tag(h).is_verb() && lexicon::appointing_verb(&s.lemma(h).to_lowercase()) =>
        {
            for k in t.children_by(h, |r| r == DepRel::Obl) {
                if k > n.head && s.case(k).as_deref() == Some("as") && is_nominal(s.tag(k)) {
                    out.push((k, 0.7));
                }
            }
        }
        // `Tory co-chairman Liam Fox` parsed with the title as the head.
        DepRel::Compound | DepRel::Flat | DepRel::NmodDesc if h < n.start => {
            out.push((h, 0.7));
        }
        _ => {}
    }
}

/// Is the phrase headed by `k` set off by a comma before it (the parser may
/// hang the comma inside it)?
fn after_comma(s: &TreeSentence<'_>, k: usize) -> bool {
    let (start, _) = s.tree.extent(k);
    s.words[start] == "," || start > 0 && s.words[start - 1] == ","
}

/// `John Smith, chairman and chief executive of Acme`: a title set off by a
/// comma that the parser read as a conjunct of the name is a role of the name.
fn comma_conjunct_titles(s: &TreeSentence<'_>, n: &Named, out: &mut Vec<(usize, f32)>) {
    let comma_after = n.end < s.words.len() && s.words[n.end] == ",";
    if comma_after {
        for k in s.tree.children_by(n.head, |r| r == DepRel::Conj) {
            if k == n.end + 1 && is_person_title(s, k) {
                out.push((k, 0.7));
            }
        }
    }
}

/// The titles coordinated with any candidate title (`chairman and chief
/// executive`), with no name between them, a little less sure.
fn coordinated_titles(s: &TreeSentence<'_>, candidates: &[(usize, f32)]) -> Vec<(usize, f32)> {
    let t = s.tree;
    candidates
        .iter()
        .filter(|&&(k, _)| is_person_title(s, k))
        .flat_map(|&(k, c)| {
            t.children_by(k, |r| r == DepRel::Conj)
                .filter(move |&j| is_person_title(s, j) && no_name_between(s, k, j))
                .map(move |j| (j, c - 0.05))
        })
        .collect()
}

/// Is word `k` a noun heading a title only people hold (`chairman`, `chief
/// executive`), outside every name?
pub(super) fn is_person_title(s: &TreeSentence<'_>, k: usize) -> bool {
    s.named(k).is_none()
        && is_nominal(s.tag(k))
        && matches!(role_phrase(s, k), Some((_, RoleSort::Title(_))))
}

fn is_nominal(tag: Tag) -> bool {
    matches!(tag, Tag::NN | Tag::NNS | Tag::NNP | Tag::NNPS)
}

/// The most words a title phrase takes on either side of its head noun (`former
/// deputy chief executive officer` has four before it): a noun with a run of
/// thousands of compound modifiers is read in linear time, not quadratic.
const ROLE_PHRASE_MAX_WORDS: usize = 8;

/// The title phrase headed by noun `k` (`chief executive`, `security manager`,
/// `director general`), if it is a title, a relational or a kinship noun; and
/// which.
fn role_phrase(s: &TreeSentence<'_>, k: usize) -> Option<(String, RoleSort)> {
    let t = s.tree;
    // `the best actor Oscar`: an award's category, no title.
    if t.children(k)
        .any(|m| m < k && lexicon::award_category_word(&s.words[m].to_lowercase()))
    {
        return None;
    }
    // The contiguous modifiers of the noun that are not names: `chief`, `security`,
    // `general` (in `director general`).
    let mut lo = k;
    let mut hi = k + 1;
    let modifiers: Vec<usize> = t
        .children_by(k, |r| {
            matches!(r, DepRel::Compound | DepRel::Amod | DepRel::Flat)
        })
        .filter(|&m| s.named(m).is_none() && !is_owner_word(s, m) && !party_of_legislator(s, k, m))
        .collect();
    for &m in modifiers.iter().rev().filter(|&&m| m < k) {
        if m + 1 == lo && k - m < ROLE_PHRASE_MAX_WORDS {
            lo = m;
        }
    }
    for &m in modifiers.iter().filter(|&&m| m > k) {
        if m == hi && m - k < ROLE_PHRASE_MAX_WORDS {
            hi = m + 1;
        }
    }
    // A hyphenated title is one word (`editor-in-chief`, `fly-half`,
    // tokenized `editor` `-` `in` `-` `chief`).
    while lo >= 2 && s.words[lo - 1] == "-" && s.words[lo - 2].starts_with(char::is_lowercase) {
        lo -= 2;
    }
    let phrase_of = |a: usize, b: usize| {
        let mut phrase = String::new();
        for i in a..b {
            if i > a && s.words[i] != "-" && s.words[i - 1] != "-" {
                phrase.push(' ');
            }
            if i == k {
                phrase.push_str(&s.lemma(i).to_lowercase());
            } else {
                phrase.push_str(&s.words[i].to_lowercase());
            }
        }
        phrase
    };
    // The longest phrase that the lexicon knows as a title, narrowing from the left.
    for a in lo..=k {
        let phrase = phrase_of(a, hi);
        if let Some(title) = lexicon::title(&phrase) {
            return Some((title.phrase, RoleSort::Title(title.class)));
        }
    }
    let head = s.lemma(k).to_lowercase();
    if let Some(title) = lexicon::title(&head) {
        return Some((title.phrase, RoleSort::Title(title.class)));
    }
    if let Some(k) = lexicon::kinship(&head) {
        return Some((k.to_string(), RoleSort::Kin));
    }
    if let Some(r) = lexicon::relational_noun(&head) {
        return Some((r.to_string(), RoleSort::Relational));
    }
    // `Asda's parent company Wal-Mart`, `its rival carmaker`: a relational
    // noun compounded to a noun describing organisations.
    let relational = k
        .checked_sub(1)
        .filter(|&m| matches!(t.rel(m), DepRel::Compound | DepRel::Amod) && t.head(m) == Some(k))
        .and_then(|m| lexicon::relational_noun(&s.lemma(m).to_lowercase()));
    match relational {
        Some(r) if crate::vocab::description_kind(&head) == Some(EntityKind::Organization) => {
            Some((format!("{r} {head}"), RoleSort::Relational))
        }
        _ => None,
    }
}

/// What a role noun is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum RoleSort {
    /// A title only people hold, of its class.
    Title(TitleClass),
    /// A relational noun (`owner`, `rival`).
    Relational,
    /// A kinship noun (`wife`).
    Kin,
}

/// A word that names the owner of a role rather than qualifying it: a name or a
/// demonym (`BA chairman`, `North Korean leader`).
fn is_owner_word(s: &TreeSentence<'_>, i: usize) -> bool {
    s.named(i).is_some() || s.demonym_at(i).is_some()
}

/// Whether modifier `m` of role noun `k` is a party's name before a
/// legislator's title (`Labour` of `the Labour MP for Birmingham Ladywood`):
/// the member's party, no word of the title (`Labour Minister` is an office).
fn party_of_legislator(s: &TreeSentence<'_>, k: usize, m: usize) -> bool {
    s.words[m].starts_with(char::is_uppercase)
        && lexicon::party(s.words[m])
        && lexicon::title(&s.lemma(k).to_lowercase())
            .is_some_and(|t| t.class == TitleClass::Legislature)
}

/// Whether no word of a name stands between words `a` and `b`: two titles
/// with a name between them (`fashion designer Hussein Chalayan and former
/// Blur guitarist Graham Coxon`) describe different people.
pub(super) fn no_name_between(s: &TreeSentence<'_>, a: usize, b: usize) -> bool {
    (a.min(b) + 1..a.max(b)).all(|w| s.named(w).is_none())
}
