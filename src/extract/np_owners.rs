//! Owners of a role noun, read from the dependency tree: a [`TreeSentence`]
//! and a role noun in, who or what the role is of out: the noun's
//! `compound`/`nmod:poss` names, a demonym modifier (`North Korean leader`),
//! names in its prepositional `nmod` (also one level down: `head of
//! distribution at the UK Film Council`), descriptions and role phrases
//! resolved later, the owners a coordinated title shares, and an `at` phrase
//! the parser hung from the verb. Each owner carries the preposition written
//! before it (`of` for a possessor, a compound or a demonym).

use super::np_roles::{is_person_title, no_name_between};
use super::tree::{Named, TreeSentence};
use crate::nlp::lexicon;
use crate::nlp::{DepRel, MentionForm, Tag};
use crate::text::Span;
use crate::vocab::EntityKind;

/// `head of Distribution and Exhibition at the UK Film Council`: with an
/// organisation the role is held `at`, the `of` name before it is a
/// department of that organisation, not an owner.
pub(super) fn drop_departments(found: &mut Vec<Owner<'_>>) {
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

/// Who or what a role is of.
pub(super) struct Owner<'a> {
    pub(super) named: Option<&'a Named>,
    /// The owner's kind.
    pub(super) kind: EntityKind,
    /// The owner is a demonym (`North Korean`).
    pub(super) demonym: bool,
    /// The owner's mention (a name, a demonym, a description); `None` for the
    /// written owner of a role phrase (`BBC` in `the BBC's correspondent`),
    /// found by its span.
    pub(super) mention: Option<usize>,
    pub(super) span: Span,
    /// The preposition written before the owner, or `of` for a possessor, a
    /// compound or a demonym.
    pub(super) prep: String,
}

impl<'a> Owner<'a> {
    pub(super) fn named(s: &TreeSentence<'_>, n: &'a Named, prep: String) -> Owner<'a> {
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

/// Who may own a role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum OwnedBy {
    /// A person: a kinship noun (`wife`).
    Person,
    /// A person or a body: an aide's, spokesperson's or lawyer's office (`Mr
    /// Blair's spokesman`, `the ministry's spokesman`).
    PersonOrBody,
    /// An organisation, group or place: any other role.
    Body,
}

/// The owners of role noun `k`: its `compound`/`nmod:poss` names, a demonym
/// modifier, and names in its prepositional `nmod` (also one level down:
/// `head of distribution at the UK Film Council`).
pub(super) fn owners<'a>(s: &'a TreeSentence<'a>, k: usize, by: OwnedBy) -> Vec<Owner<'a>> {
    let mut out = Vec::new();
    if by != OwnedBy::Person {
        misattached_owner(s, k, &mut out);
        owner_after_name(s, k, &mut out);
    }
    for c in s.tree.children(k) {
        child_owners(s, k, c, by, &mut out);
    }
    out
}

/// Whether an owner of `kind` fits a role.
fn fits(kind: EntityKind, by: OwnedBy) -> bool {
    match by {
        OwnedBy::Person => kind == EntityKind::Person,
        OwnedBy::PersonOrBody => kind == EntityKind::Person || is_owner_kind(kind),
        OwnedBy::Body => is_owner_kind(kind),
    }
}

/// The owners that child `c` of role noun `k` gives: a name (also one level
/// down its prepositional phrase), or else [`unnamed_owners`].
fn child_owners<'a>(
    s: &'a TreeSentence<'a>,
    k: usize,
    c: usize,
    by: OwnedBy,
    out: &mut Vec<Owner<'a>>,
) {
    let rel = s.tree.rel(c);
    let prep = match rel {
        DepRel::Compound | DepRel::NmodPoss | DepRel::Amod | DepRel::Flat => Some("of".to_string()),
        DepRel::Nmod => s
            .case(c)
            .filter(|p| is_role_preposition(p) || p == "under" || p == "to" && sent_to(s, k)),
        _ => None,
    };
    // `chancellor under Tony Blair`: a person's office under the person
    // above it (only a named one).
    let under = prep.as_deref() == Some("under");
    let Some(n) = s.named_head(c) else {
        if !under {
            unnamed_owners(s, k, c, prep, by, out);
        }
        return;
    };
    if let Some(prep) = prep
        && (if under {
            n.kind == EntityKind::Person
        } else {
            fits(n.kind, by)
        })
        && !unplaced_adjective(s, c, n)
    {
        out.push(Owner::named(s, n, prep));
    }
    // `head of Distribution and Exhibition at the UK Film Council`.
    if rel == DepRel::Nmod && by != OwnedBy::Person {
        let phrase = s.a.mentions[n.mention].name.of(s.text).to_lowercase();
        one_level_down(s, c, &phrase, out);
    }
}

/// The owner that child `c` of role noun `k`, which is no name, gives: the
/// owner written inside a role phrase, a demonym, a description or role
/// phrase resolved later, or a name one level down its prepositional phrase.
fn unnamed_owners<'a>(
    s: &'a TreeSentence<'a>,
    k: usize,
    c: usize,
    prep: Option<String>,
    by: OwnedBy,
    out: &mut Vec<Owner<'a>>,
) {
    let rel = s.tree.rel(c);
    let description = s
        .referring_head(c)
        .is_some_and(|m| s.a.mentions[m].form == MentionForm::Description);
    if rel == DepRel::NmodPoss
        && by != OwnedBy::Person
        && !description
        && let Some(of) = role_phrase_owner(s, c)
    {
        // `The BBC's correspondent in Jakarta, Rachel Harvey`: the owner
        // written inside a role phrase (a description there, `the work's
        // author`, is resolved later, below).
        out.push(Owner {
            named: None,
            kind: EntityKind::Other,
            demonym: false,
            mention: None,
            span: of,
            prep: "of".to_string(),
        });
    } else if matches!(rel, DepRel::Amod | DepRel::Compound)
        && by != OwnedBy::Person
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
        && let kind = referent_kind(s, m, by)
        && fits(kind, by)
    {
        // `the founder of the theatre`, `the company's chairman`, `his
        // wife`: a description, role phrase or pronoun, resolved later.
        out.push(Owner {
            named: None,
            kind,
            demonym: false,
            mention: Some(m),
            span: s.a.mentions[m].span,
            prep,
        });
    } else if rel == DepRel::Nmod && s.named(c).is_none() && by != OwnedBy::Person {
        let phrase = s.lemma(c).to_lowercase();
        one_level_down(s, c, &phrase, out);
    }
}

/// The kind of what mention `m` refers to, as an owner of a role owned `by`:
/// a person for `his` and `her` before a kinship noun (`her husband`).
fn referent_kind(s: &TreeSentence<'_>, m: usize, by: OwnedBy) -> EntityKind {
    let mention = &s.a.mentions[m];
    let personal = by == OwnedBy::Person
        && mention.form == MentionForm::Pronoun
        && matches!(
            mention.span.of(s.text).to_lowercase().as_str(),
            "his" | "her"
        );
    if personal {
        EntityKind::Person
    } else {
        mention.kind
    }
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
pub(super) fn coordinated_owners<'a>(s: &'a TreeSentence<'a>, k: usize) -> Vec<Owner<'a>> {
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
        .flat_map(|j| owners(s, j, OwnedBy::Body))
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

/// `Senator John Kerry of Massachusetts`, `Sheriff Jim Smith of Lee
/// County`: the `of` phrase right after a name, which the parser hung from
/// the name, is the owner of the title right before the name, when the
/// title has no owner of its own (`Senate Republican Leader Robert Dole of
/// Kansas`) and heads no chamber or party (`Speaker James Wright of Texas`:
/// the place is the person's home).
fn owner_after_name<'a>(s: &'a TreeSentence<'a>, k: usize, out: &mut Vec<Owner<'a>>) {
    let t = s.tree;
    if matches!(
        s.lemma(k).to_lowercase().as_str(),
        "speaker" | "leader" | "whip" | "chairman" | "chairwoman" | "chair"
    ) || t
        .children(k)
        .any(|c| matches!(t.rel(c), DepRel::Compound | DepRel::NmodPoss))
    {
        return;
    }
    let Some(name) = t
        .head(k)
        .filter(|&h| h > k && matches!(t.rel(k), DepRel::Compound | DepRel::NmodDesc))
        .and_then(|h| s.named_head(h))
    else {
        return;
    };
    if name.start != k + 1 {
        return;
    }
    for c in t.children_by(name.head, |r| r == DepRel::Nmod) {
        if let Some(o) = s.named_head(c).filter(|o| is_owner_kind(o.kind))
            && t.child(c, DepRel::Case) == Some(name.end)
            && s.words[name.end].eq_ignore_ascii_case("of")
        {
            out.push(Owner::named(s, o, "of".to_string()));
        }
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

/// Does role noun `k`'s owner follow `to` ([`lexicon::TitleClass::owner_after_to`])?
fn sent_to(s: &TreeSentence<'_>, k: usize) -> bool {
    lexicon::title(&s.lemma(k).to_lowercase()).is_some_and(|t| t.class.owner_after_to())
}

fn is_role_preposition(p: &str) -> bool {
    matches!(p, "of" | "at" | "for" | "from" | "with" | "in" | "'s" | "'")
}

/// Kinds that can own a role: an organisation, group, country, city or place.
pub(super) fn is_owner_kind(kind: EntityKind) -> bool {
    !matches!(kind, EntityKind::Person | EntityKind::Event)
}
