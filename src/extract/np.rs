//! Noun-phrase relations read from the dependency tree: one [`TreeSentence`] in,
//! the entity-level triples written inside noun phrases out.
//!
//! The largest share of facts in news is never a verb: `BA chairman Martin
//! Broughton`, `Rod Eddington, BA's chief executive`, `Stephen Toulouse, a
//! security manager at Microsoft`, `Martin Broughton is the chairman of BA`,
//! `Yukos' owner Menatep`, `Belfast's Lyric Theatre`. Each is a *role noun* (a
//! title from the lexicon, or a relational noun such as `owner`) joined to a name
//! (as its `compound` modifier, its appositive, or the predicate of a copula
//! whose subject is the name) and to an owner (the role noun's `compound`,
//! `nmod:poss` or prepositional `nmod`, or a demonym). The relation is the role
//! noun phrase with the owner's preposition (`chairman of`, `security manager
//! at`), so it reads like the sentence. A possessor that is a place gives `in`
//! (`Lyric Theatre –in→ Belfast`); a company's (a name ending in a legal form)
//! gives `unit of` (`Texas Air Corp's Eastern Airlines`); a person's
//! `of`/`from`/`at` phrase gives that preposition (`Barry Fitzpatrick –of→
//! NUJ`). Titles coordinated with a role noun share its owner (`chairman and
//! chief executive of Acme`).

use super::tree::{Named, TreeSentence};
use super::{Argument, RawTriple, TripleKind};
use crate::nlp::lexicon::{self, TitleClass};
use crate::nlp::{DepRel, MentionForm, Tag};
use crate::text::Span;
use crate::vocab::EntityKind;

/// Add the noun-phrase triples of `s` to `out`.
pub fn triples(s: &TreeSentence<'_>, out: &mut Vec<RawTriple>) {
    for n in &s.named {
        for role in roles_of(s, n) {
            if role.kin && n.kind != EntityKind::Person {
                continue;
            }
            let mut found = owners(s, role.noun, role.kin);
            if found.is_empty() && role.person_title {
                found = coordinated_owners(s, role.noun);
            }
            drop_departments(&mut found);
            if role.noun >= n.end && !role.kin {
                // `Panhandle Eastern Corp's Trunkline Gas Co pipeline
                // subsidiary`: the name's possessor owns the role after it.
                for c in s.tree.children_by(n.head, |r| r == DepRel::NmodPoss) {
                    if let Some(o) = s.named_head(c).filter(|o| is_owner_kind(o.kind)) {
                        found.push(Owner::named(s, o, "of".to_string()));
                    }
                }
            }
            for owner in found {
                if owner.named.is_some_and(|o| o.mention == n.mention) {
                    continue;
                }
                // `Japanese rival Nissan`: a demonym gives a relational noun a
                // nationality, not an owner.
                if !role.person_title && owner.demonym {
                    continue;
                }
                if role.person_title && !matches!(n.kind, EntityKind::Person | EntityKind::Other) {
                    continue;
                }
                // `US playwright Eve Ensler`: `playwright from`.
                let prep = if role.person_title && owner.prep == "of" {
                    super::prenominal::owner_preposition(role.office, owner.kind)
                } else {
                    owner.prep.as_str()
                };
                let relation = format!("{} {prep}", role.phrase);
                out.push(triple(
                    s,
                    n,
                    &owner,
                    relation,
                    TripleKind::Role,
                    role.confidence,
                ));
            }
        }
        possessor_place(s, n, out);
        possessor_company(s, n, out);
        person_affiliation(s, n, out);
        work_by(s, n, out);
    }
}

/// `head of Distribution and Exhibition at the UK Film Council`: with an
/// organisation the role is held `at`, the `of` name before it is a
/// department of that organisation, not an owner.
fn drop_departments(found: &mut Vec<Owner<'_>>) {
    let Some(at) = found
        .iter()
        .filter(|o| {
            (o.prep == "at" || o.prep.ends_with(" at")) && o.kind == EntityKind::Organization
        })
        .map(|o| o.span.start)
        .min()
    else {
        return;
    };
    found.retain(|o| !(o.prep == "of" && o.named.is_some() && o.span.end <= at));
}

/// A role noun joined to a name.
#[derive(Debug, Clone)]
struct Role {
    /// The role noun (the head of the title phrase).
    noun: usize,
    /// The title phrase, lower case (`chief executive`).
    phrase: String,
    /// A title only people hold (not `owner`, `parent`, `rival`).
    person_title: bool,
    /// A public office (`president`, `minister`, `ambassador`), which a place
    /// owns; other titles (`playwright`, `correspondent`) only come from one.
    office: bool,
    /// A kinship noun (`wife`, `father`): between two people.
    kin: bool,
    confidence: f32,
}

/// The role nouns that describe name `n`: its `compound` title, its appositive,
/// the noun it is appositive to, and the predicate of a copula it is subject of.
fn roles_of(s: &TreeSentence<'_>, n: &Named) -> Vec<Role> {
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
    if let Some(h) = t.head(n.head) {
        match t.rel(n.head) {
            // `BA's chief executive, Rod Eddington,`.
            DepRel::Appos => {
                candidates.push((h, 0.75));
                // `The BBC's correspondent in Jakarta, Rachel Harvey,`: the
                // appositive hangs from the role's prepositional phrase.
                if t.rel(h) == DepRel::Nmod
                    && let Some(g) = t.head(h)
                    && g < h
                {
                    candidates.push((g, 0.7));
                }
            }
            // `Panhandle Eastern Corp's Trunkline Gas Co pipeline subsidiary`:
            // the name modifies the role noun after it.
            DepRel::Compound if h > n.head => candidates.push((h, 0.7)),
            // `Martin Broughton is the chairman of BA`.
            DepRel::Nsubj if t.child(h, DepRel::Cop).is_some() => candidates.push((h, 0.75)),
            // `the board named John Smith chief executive of Acme`, `Smith was
            // appointed chairman of Acme`: the verb's nominal `xcomp` says
            // what its object (or passive subject) is.
            DepRel::Obj | DepRel::NsubjPass if s.tag(h).is_verb() => {
                for k in t.children_by(h, |r| r == DepRel::Xcomp) {
                    if k > n.head && is_nominal(s.tag(k)) {
                        candidates.push((k, 0.7));
                    }
                }
            }
            // `Tory co-chairman Liam Fox` parsed with the title as the head.
            DepRel::Compound | DepRel::Flat | DepRel::NmodDesc if h < n.start => {
                candidates.push((h, 0.7));
            }
            _ => {}
        }
    }
    // `John Smith, chairman and chief executive of Acme`: a title set off by
    // a comma that the parser read as a conjunct of the name, and the titles
    // coordinated with any role noun, are roles of the name too.
    let comma_after = n.end < s.words.len() && s.words[n.end] == ",";
    if comma_after {
        for k in t.children_by(n.head, |r| r == DepRel::Conj) {
            if k == n.end + 1 && is_person_title(s, k) {
                candidates.push((k, 0.7));
            }
        }
    }
    let coordinated: Vec<(usize, f32)> = candidates
        .iter()
        .filter(|&&(k, _)| is_person_title(s, k))
        .flat_map(|&(k, c)| {
            t.children_by(k, |r| r == DepRel::Conj)
                .filter(move |&j| is_person_title(s, j) && no_name_between(s, k, j))
                .map(move |j| (j, c - 0.05))
        })
        .collect();
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
            phrase,
            person_title: matches!(sort, RoleSort::Title(_)),
            office: matches!(sort, RoleSort::Title(c) if super::prenominal::is_office(c)),
            kin: sort == RoleSort::Kin,
            confidence,
        })
        .collect()
}

/// Is word `k` a noun heading a title only people hold (`chairman`, `chief
/// executive`), outside every name?
fn is_person_title(s: &TreeSentence<'_>, k: usize) -> bool {
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
    // The contiguous modifiers of the noun that are not names: `chief`, `security`,
    // `general` (in `director general`).
    let mut lo = k;
    let mut hi = k + 1;
    let modifiers: Vec<usize> = t
        .children_by(k, |r| {
            matches!(r, DepRel::Compound | DepRel::Amod | DepRel::Flat)
        })
        .filter(|&m| s.named(m).is_none() && !is_owner_word(s, m))
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
    let phrase_of = |a: usize, b: usize| {
        (a..b)
            .map(|i| {
                if i == k {
                    s.lemma(i).to_lowercase()
                } else {
                    s.words[i].to_lowercase()
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
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
    lexicon::relational_noun(&head).map(|r| (r.to_string(), RoleSort::Relational))
}

/// What a role noun is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RoleSort {
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

/// Who or what a role is of.
struct Owner<'a> {
    named: Option<&'a Named>,
    /// The owner's kind.
    kind: EntityKind,
    /// The owner is a demonym (`North Korean`).
    demonym: bool,
    /// The owner's mention (a name, a demonym, a description); `None` for the
    /// written owner of a role phrase (`BBC` in `the BBC's correspondent`),
    /// found by its span.
    mention: Option<usize>,
    span: Span,
    /// The preposition written before the owner, or `of` for a possessor, a
    /// compound or a demonym.
    prep: String,
}

impl<'a> Owner<'a> {
    fn named(s: &TreeSentence<'_>, n: &'a Named, prep: String) -> Owner<'a> {
        Owner {
            named: Some(n),
            kind: n.kind,
            demonym: false,
            mention: Some(n.mention),
            span: s.a.mentions[n.mention].name,
            prep,
        }
    }
}

/// The owners of role noun `k`: its `compound`/`nmod:poss` names, a demonym
/// modifier, and names in its prepositional `nmod` (also one level down:
/// `head of distribution at the UK Film Council`).
fn owners<'a>(s: &'a TreeSentence<'a>, k: usize, kin: bool) -> Vec<Owner<'a>> {
    // A kinship noun's owner is a person; any other role's is not.
    let fits = |kind: EntityKind| {
        if kin {
            kind == EntityKind::Person
        } else {
            is_owner_kind(kind)
        }
    };
    let t = s.tree;
    let mut out = Vec::new();
    if !kin {
        misattached_owner(s, k, &mut out);
    }
    for c in t.children(k) {
        let rel = t.rel(c);
        let prep = match rel {
            DepRel::Compound | DepRel::NmodPoss | DepRel::Amod | DepRel::Flat => {
                Some("of".to_string())
            }
            DepRel::Nmod => s.case(c).filter(|p| is_role_preposition(p)),
            _ => None,
        };
        if let Some(n) = s.named_head(c) {
            if let Some(prep) = prep
                && fits(n.kind)
                && !unplaced_adjective(s, c, n)
            {
                out.push(Owner::named(s, n, prep));
            }
            // `head of Distribution and Exhibition at the UK Film Council`.
            if rel == DepRel::Nmod && !kin {
                let phrase = s.a.mentions[n.mention].name.of(s.text).to_lowercase();
                one_level_down(s, c, &phrase, &mut out);
            }
        } else if rel == DepRel::NmodPoss
            && !kin
            && let Some(of) = role_phrase_owner(s, c)
        {
            // `The BBC's correspondent in Jakarta, Rachel Harvey`: the owner
            // written inside a role phrase.
            out.push(Owner {
                named: None,
                kind: EntityKind::Other,
                demonym: false,
                mention: None,
                span: of,
                prep: "of".to_string(),
            });
        } else if matches!(rel, DepRel::Amod | DepRel::Compound)
            && !kin
            && c < k
            && let Some(m) = s.demonym_at(c)
        {
            out.push(Owner {
                named: None,
                kind: EntityKind::Country,
                demonym: true,
                mention: Some(m),
                span: s.a.mentions[m].span,
                prep: "of".to_string(),
            });
        } else if let Some(prep) = prep
            && let Some(m) = s.referring_head(c)
            && s.a.mentions[m].form != MentionForm::Demonym
            && fits(s.a.mentions[m].kind)
        {
            // `the founder of the theatre`, `the company's chairman`: a
            // description or role phrase, resolved later.
            out.push(Owner {
                named: None,
                kind: s.a.mentions[m].kind,
                demonym: false,
                mention: Some(m),
                span: s.a.mentions[m].span,
                prep,
            });
        } else if rel == DepRel::Nmod && s.named(c).is_none() && !kin {
            let phrase = s.lemma(c).to_lowercase();
            one_level_down(s, c, &phrase, &mut out);
        }
    }
    out
}

/// Whether no word of a name stands between words `a` and `b`: two titles
/// with a name between them (`fashion designer Hussein Chalayan and former
/// Blur guitarist Graham Coxon`) describe different people.
fn no_name_between(s: &TreeSentence<'_>, a: usize, b: usize) -> bool {
    (a.min(b) + 1..a.max(b)).all(|w| s.named(w).is_none())
}

/// `European outreach coordinator`: an adjective the recogniser marked as a
/// name of no known kind (not a country's demonym, not a party) qualifies the
/// role; it does not own it.
fn unplaced_adjective(s: &TreeSentence<'_>, c: usize, n: &Named) -> bool {
    n.kind == EntityKind::Other && n.start + 1 == n.end && s.tag(c) == Tag::JJ
}

/// `chairman and chief executive of Acme`: a title with no owner of its own
/// shares the owner of the title it is coordinated with (its conjunct, or the
/// title it is a conjunct of), when that owner is a name and no name stands
/// between the two titles.
fn coordinated_owners<'a>(s: &'a TreeSentence<'a>, k: usize) -> Vec<Owner<'a>> {
    let t = s.tree;
    let mut siblings: Vec<usize> = t.children_by(k, |r| r == DepRel::Conj).collect();
    if t.rel(k) == DepRel::Conj
        && let Some(h) = t.head(k)
    {
        siblings.push(h);
    }
    siblings
        .into_iter()
        .filter(|&j| is_person_title(s, j))
        .filter(|&j| no_name_between(s, k, j))
        .flat_map(|j| owners(s, j, false))
        .filter(|o| o.named.is_some() && !o.demonym)
        .collect()
}

/// `Pete Buckingham, head of Distribution and Exhibition at the UK Film
/// Council`: the `at` phrase right after an appositive role phrase, which the
/// parser hung from the verb instead of the role, is the role's owner.
fn misattached_owner<'a>(s: &'a TreeSentence<'a>, k: usize, out: &mut Vec<Owner<'a>>) {
    let t = s.tree;
    if t.rel(k) != DepRel::Appos {
        return;
    }
    let (_, end) = t.extent(k);
    let Some(h) = (end < t.len()).then(|| t.head(end)).flatten() else {
        return;
    };
    if t.rel(end) != DepRel::Case || !matches!(s.words[end].to_lowercase().as_str(), "at" | "for") {
        return;
    }
    if !matches!(t.rel(h), DepRel::Obl | DepRel::OblAgent) || t.dominates(k, h) {
        return;
    }
    if let Some(n) = s.named_head(h).filter(|n| is_owner_kind(n.kind)) {
        out.push(Owner::named(s, n, s.words[end].to_lowercase()));
    }
}

/// The owner span of a role-phrase mention that word `i` is part of.
fn role_phrase_owner(s: &TreeSentence<'_>, i: usize) -> Option<Span> {
    let w = s.a.tokens[i].span;
    s.a.mentions.iter().find_map(|m| {
        let of = m.role.as_ref()?.of?;
        (m.form == MentionForm::RolePhrase && of.start <= w.start && w.end <= of.end).then_some(of)
    })
}

/// Owners one level below the prepositional phrase `c` of a role noun:
/// `head of distribution at X` (the relation `head of distribution at`), and a
/// name in apposition to a class noun, `coordinator for the group X`
/// (`coordinator for`).
fn one_level_down<'a>(s: &'a TreeSentence<'a>, c: usize, phrase: &str, out: &mut Vec<Owner<'a>>) {
    let t = s.tree;
    let Some(p) = s.case(c) else { return };
    for d in t.children(c) {
        let Some(n) = s.named_head(d).filter(|n| is_owner_kind(n.kind)) else {
            continue;
        };
        match t.rel(d) {
            DepRel::Nmod => {
                if let Some(q) = s.case(d).filter(|q| is_role_preposition(q)) {
                    out.push(Owner::named(s, n, format!("{p} {phrase} {q}")));
                }
            }
            DepRel::Appos | DepRel::Compound | DepRel::Flat if s.named(c).is_none() => {
                out.push(Owner::named(s, n, p.clone()));
            }
            _ => {}
        }
    }
}

fn is_role_preposition(p: &str) -> bool {
    matches!(p, "of" | "at" | "for" | "from" | "with" | "in" | "'s" | "'")
}

/// Kinds that can own a role: an organisation, group, country, city or place.
fn is_owner_kind(kind: EntityKind) -> bool {
    !matches!(kind, EntityKind::Person | EntityKind::Event)
}

/// `Belfast's Lyric Theatre`: a named possessor that is a place locates the name.
fn possessor_place(s: &TreeSentence<'_>, n: &Named, out: &mut Vec<RawTriple>) {
    if matches!(n.kind, EntityKind::Person | EntityKind::Country) {
        return;
    }
    for c in s.tree.children_by(n.head, |r| r == DepRel::NmodPoss) {
        if let Some(p) = s.named_head(c)
            && matches!(
                p.kind,
                EntityKind::City | EntityKind::Country | EntityKind::Place
            )
        {
            // A country's organisation is its own (`South Korea's National
            // Intelligence Service`); anything else of a place is in it.
            let of = p.kind == EntityKind::Country
                && matches!(n.kind, EntityKind::Organization | EntityKind::Group);
            let prep = if of { "of" } else { "in" };
            let owner = Owner::named(s, p, prep.to_string());
            out.push(triple(
                s,
                n,
                &owner,
                prep.into(),
                TripleKind::Possessive,
                0.6,
            ));
        }
    }
}

/// `Texas Air Corp's Eastern Airlines`: an organisation possessed by a company
/// (its name ends in a legal form, so it is no place or person) is its unit.
/// Read from the words (`Name 's Name`): the parser often hangs such a
/// possessor on the verb. A ticker between them is skipped (`Coastal Corp's
/// <CGP> ANR Pipeline Co`), and is no unit itself.
fn possessor_company(s: &TreeSentence<'_>, n: &Named, out: &mut Vec<RawTriple>) {
    if n.kind != EntityKind::Organization || n.start < 2 || s.words[n.start - 1] == "<" {
        return;
    }
    let mut marker = n.start - 1;
    if s.words[marker] == ">" {
        let Some(open) = (marker.saturating_sub(4)..marker)
            .rev()
            .find(|&j| s.words[j] == "<")
        else {
            return;
        };
        marker = open.saturating_sub(1);
    }
    if marker == 0 || !matches!(s.words[marker], "'s" | "’s" | "'" | "’") {
        return;
    }
    let Some(p) = s.named(marker - 1) else {
        return;
    };
    if p.kind == EntityKind::Organization
        && p.mention != n.mention
        && p.end == marker
        && crate::vocab::legal::is_legal_form(s.words[p.end - 1].trim_end_matches('.'))
    {
        let owner = Owner::named(s, p, "of".to_string());
        out.push(triple(
            s,
            n,
            &owner,
            "unit of".into(),
            TripleKind::Possessive,
            0.6,
        ));
    }
}

/// `Barry Fitzpatrick of the NUJ`, `Sue Bradburn from RCA`: a person's
/// prepositional phrase naming an organisation.
fn person_affiliation(s: &TreeSentence<'_>, n: &Named, out: &mut Vec<RawTriple>) {
    if n.kind != EntityKind::Person {
        return;
    }
    for c in s.tree.children_by(n.head, |r| r == DepRel::Nmod) {
        if let Some(o) = s.named_head(c)
            && matches!(o.kind, EntityKind::Organization | EntityKind::Group)
            && let Some(prep) = s.case(c)
            && matches!(prep.as_str(), "of" | "from" | "at")
        {
            let owner = Owner::named(s, o, prep.clone());
            out.push(triple(s, n, &owner, prep, TripleKind::Role, 0.6));
        }
    }
}

/// `Biscuit Bear by Mini Grey`, `Jonathan Strange and Mr Norrell by Susanna
/// Clarke`: a work (a name of no other kind) `by` a person is that person's:
/// `Mini Grey –author of→ Biscuit Bear`.
fn work_by(s: &TreeSentence<'_>, n: &Named, out: &mut Vec<RawTriple>) {
    if n.kind != EntityKind::Other {
        return;
    }
    for c in s.tree.children_by(n.head, |r| r == DepRel::Nmod) {
        if let Some(p) = s.named_head(c)
            && p.kind == EntityKind::Person
            && s.case(c).as_deref() == Some("by")
        {
            let work = Owner::named(s, n, "of".into());
            out.push(triple(
                s,
                p,
                &work,
                "author of".into(),
                TripleKind::Role,
                0.6,
            ));
        }
    }
}

fn triple(
    s: &TreeSentence<'_>,
    n: &Named,
    owner: &Owner<'_>,
    relation: String,
    kind: TripleKind,
    confidence: f32,
) -> RawTriple {
    RawTriple::of_phrase(
        Argument {
            span: s.a.mentions[n.mention].name,
            mention: Some(n.mention),
        },
        relation,
        Argument {
            span: owner.span,
            mention: owner.mention,
        },
        kind,
        confidence,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tree::testing::{check_rows, run_family};

    /// Triples of one pre-tokenized sentence with a hand-written tree
    /// (`head:rel` per word, heads 1-based), as `subject | relation | object`.
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
    fn noun_phrase_relations() {
        // (sentence, tree, must give, must not give)
        let rows: &[(&str, &str, &[&str], &[&str])] = &[
            (
                "BA chairman Martin Broughton said the company would cut jobs .",
                "2:compound 3:compound 5:nsubj 3:flat 0:root 7:det 9:nsubj 9:aux 5:ccomp 9:obj 5:punct",
                &["Martin Broughton | chairman of | BA"],
                &[],
            ),
            (
                "Rod Eddington , BA 's chief executive , said the airline was recovering .",
                "10:nsubj 1:flat 7:punct 7:nmod:poss 4:case 7:amod 1:appos 7:punct 0:root 12:det 14:nsubj 14:aux 10:ccomp 10:punct",
                &["Rod Eddington | chief executive of | BA"],
                &[],
            ),
            (
                "Stephen Toulouse , a security manager at Microsoft , said the patch was ready .",
                "10:nsubj 1:flat 6:punct 6:det 6:compound 1:appos 8:case 6:nmod 6:punct 0:root 12:det 14:nsubj 14:cop 10:ccomp 10:punct",
                &["Stephen Toulouse | security manager at | Microsoft"],
                &[],
            ),
            (
                // A title read as a conjunct of the name after a comma, and
                // coordinated titles sharing one owner.
                "John Smith , chairman and chief executive of Acme Corp , said sales rose .",
                "12:nsubj 1:flat 4:punct 1:conj 7:cc 7:amod 4:conj 10:case 10:compound 7:nmod 1:punct 0:root 14:nsubj 12:ccomp 12:punct",
                &[
                    "John Smith | chairman of | Acme Corp",
                    "John Smith | chief executive of | Acme Corp",
                ],
                &[],
            ),
            (
                "Martin Broughton is the chairman of BA .",
                "5:nsubj 1:flat 5:cop 5:det 0:root 7:case 5:nmod 5:punct",
                &["Martin Broughton | chairman of | BA"],
                &[],
            ),
            (
                // A person's title does not describe an organisation.
                "Microsoft chairman Acme Corp said nothing .",
                "2:compound 4:compound 4:compound 5:nsubj 0:root 5:obj 5:punct",
                &[],
                &["Acme Corp | chairman of | Microsoft"],
            ),
            (
                "Michael Howard 's wife , Sandra , is to play a role .",
                "4:nmod:poss 1:flat 1:case 10:nsubj 6:punct 4:appos 6:punct 10:aux 10:mark 0:root 12:det 10:obj 10:punct",
                &["Sandra | wife of | Michael Howard"],
                &[],
            ),
            (
                // Kin of an organisation is nothing.
                "Microsoft 's wife , Sandra , spoke .",
                "3:nmod:poss 1:case 7:nsubj 5:punct 3:appos 5:punct 0:root 7:punct",
                &[],
                &["Sandra | wife of | Microsoft"],
            ),
            (
                // A name inside the name is not a title.
                "Kim Jong Un met Vladimir Putin .",
                "4:nsubj 1:flat 1:flat 0:root 4:obj 5:flat 4:punct",
                &[],
                &["Kim Jong Un | of | Vladimir Putin"],
            ),
        ];
        check_rows(rows, run);
    }
}
