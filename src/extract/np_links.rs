//! Name-to-name links inside a noun phrase that need no role noun, read from
//! the dependency tree: a [`TreeSentence`] and one of its names in, triples
//! out: a place possessor locates the name (`Belfast's Lyric Theatre` →
//! `in`; `Toyota, Japan's biggest carmaker` → `based in`), a company possessor owns it (`Texas Air Corp's Eastern Airlines` →
//! `unit of`), a person's `of`/`from`/`at` phrase names their organisation
//! (`Barry Fitzpatrick of the NUJ`), a work is `by` its author (`Biscuit
//! Bear by Mini Grey` → `Mini Grey –author of→ Biscuit Bear`), and a product
//! its possessor's (`Pfizer's cholesterol drug Lipitor` → `Pfizer –maker of→
//! Lipitor`).

use super::np::triple;
use super::np_owners::Owner;
use super::tree::{Named, TreeSentence};
use super::{Argument, RawTriple, TripleKind};
use crate::nlp::{DepRel, lexicon};
use crate::vocab::EntityKind;

/// `Belfast's Lyric Theatre`: a named possessor that is a place locates the name.
pub(super) fn possessor_place(s: &TreeSentence<'_>, n: &Named, out: &mut Vec<RawTriple>) {
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

/// `Toyota, Japan's biggest carmaker`, `Nissan, the Japanese carmaker`: an
/// organisation in apposition with a noun that describes organisations (a
/// description head such as `carmaker`, `bank`, `airline`) is based in the
/// country or city that noun's possessor or demonym names.
pub(super) fn appositive_class_place(s: &TreeSentence<'_>, n: &Named, out: &mut Vec<RawTriple>) {
    if n.kind != EntityKind::Organization {
        return;
    }
    let t = s.tree;
    for a in t.children_by(n.head, |r| r == DepRel::Appos) {
        if !s.describes_organisations(a) {
            continue;
        }
        for c in t.children(a).filter(|&c| c < a) {
            let owner = match t.rel(c) {
                DepRel::NmodPoss => s
                    .named_head(c)
                    .filter(|p| matches!(p.kind, EntityKind::Country | EntityKind::City))
                    .map(|p| Owner::named(s, p, "in".to_string())),
                DepRel::Amod | DepRel::Compound => country_word(s, c),
                _ => None,
            };
            if let Some(owner) = owner {
                out.push(based_in(s, n, &owner));
            }
        }
    }
}

/// `Russian oil giant Yukos`, `the British steelmaker Corus`: an organisation
/// right after a noun that describes organisations, itself after at most two
/// lower-case nouns and a demonym or country, is based in that country. Read
/// from the words: the parser often hangs such a name apart from its noun.
pub(super) fn class_noun_place(s: &TreeSentence<'_>, n: &Named, out: &mut Vec<RawTriple>) {
    if n.kind != EntityKind::Organization || n.start < 2 || !s.describes_organisations(n.start - 1)
    {
        return;
    }
    let lower_noun =
        |k: usize| s.tag(k).is_noun() && s.words[k].starts_with(|c: char| c.is_lowercase());
    let mut k = n.start - 1;
    if !lower_noun(k) {
        return;
    }
    for _ in 0..2 {
        if k > 0 && lower_noun(k - 1) {
            k -= 1;
        }
    }
    let Some(owner) = k.checked_sub(1).and_then(|c| country_word(s, c)) else {
        return;
    };
    out.push(based_in(s, n, &owner));
}

/// The country a demonym or country name at word `c` names (`Japanese`,
/// `US`): its mention, or the word alone when it sits inside a description
/// (`the Japanese carmaker`) and has no mention of its own.
fn country_word<'a>(s: &'a TreeSentence<'a>, c: usize) -> Option<Owner<'a>> {
    if let Some(m) = s.demonym_at(c) {
        return Some(Owner {
            named: None,
            kind: EntityKind::Country,
            demonym: true,
            mention: Some(m),
            span: s.a.mentions[m].span,
            prep: "in".to_string(),
        });
    }
    if let Some(p) = s.named_head(c) {
        return (p.kind == EntityKind::Country).then(|| Owner::named(s, p, "in".to_string()));
    }
    let word = s.words[c];
    let demonym = lexicon::demonym(word).is_some();
    (demonym || lexicon::country(word).is_some()).then(|| Owner {
        named: None,
        kind: EntityKind::Country,
        demonym,
        mention: None,
        span: s.a.tokens[c].span,
        prep: "in".to_string(),
    })
}

fn based_in(s: &TreeSentence<'_>, n: &Named, owner: &Owner<'_>) -> RawTriple {
    triple(s, n, owner, "based in".into(), TripleKind::Role, 0.6)
}

/// `Texas Air Corp's Eastern Airlines`: an organisation possessed by a company
/// (its name ends in a legal form, so it is no place or person) is its unit.
/// Read from the words (`Name 's Name`): the parser often hangs such a
/// possessor on the verb. A ticker between them is skipped (`Coastal Corp's
/// <CGP> ANR Pipeline Co`), and is no unit itself.
pub(super) fn possessor_company(s: &TreeSentence<'_>, n: &Named, out: &mut Vec<RawTriple>) {
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
    // `Panhandle Eastern Corp's Trunkline Gas Co pipeline subsidiary`: a part
    // noun right after the name (at most one lower-case word between) names
    // the link itself (`subsidiary of`), read where the noun is.
    let part_after = (n.end..(n.end + 2).min(s.words.len()))
        .take_while(|&j| s.words[j].starts_with(char::is_lowercase))
        .any(|j| lexicon::part_noun(&s.words[j].to_lowercase()));
    if p.kind == EntityKind::Organization
        && !part_after
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
/// prepositional phrase naming an organisation (a place after a comma is
/// the person's home: `John Smith, 34, of Leeds` → `from`); `Coldplay's Chris Martin`,
/// `Arsenal's Thierry Henry`: an organisation owning a person's bare name
/// (no title between) is the person's, read as `of`.
pub(super) fn person_affiliation(s: &TreeSentence<'_>, n: &Named, out: &mut Vec<RawTriple>) {
    if n.kind != EntityKind::Person {
        return;
    }
    for c in s.tree.children_by(n.head, |r| r == DepRel::NmodPoss) {
        if c < n.start
            && let Some(o) = s.named_head(c)
            && matches!(o.kind, EntityKind::Organization | EntityKind::Group)
            && o.end + 1 == n.start
        {
            let owner = Owner::named(s, o, "of".to_string());
            out.push(triple(s, n, &owner, "of".into(), TripleKind::Role, 0.55));
        }
    }
    for c in s.tree.children_by(n.head, |r| r == DepRel::Nmod) {
        if let Some(o) = s.named_head(c)
            && matches!(o.kind, EntityKind::Organization | EntityKind::Group)
            && let Some(prep) = s.case(c)
            && matches!(prep.as_str(), "of" | "from" | "at")
        {
            let owner = Owner::named(s, o, prep.clone());
            out.push(triple(s, n, &owner, prep, TripleKind::Role, 0.6));
        } else if let Some(o) = s.named_head(c)
            && matches!(
                o.kind,
                EntityKind::City | EntityKind::Place | EntityKind::Country
            )
            && let Some(k) = s.tree.child(c, DepRel::Case)
            && matches!(s.words[k].to_lowercase().as_str(), "of" | "from")
            && k > n.end
            && s.words[k - 1] == ","
        {
            // `John Smith, 34, of Leeds`: a place set off by a comma is
            // where the person is from.
            let home = Owner::named(s, o, "from".to_string());
            out.push(triple(s, n, &home, "from".into(), TripleKind::Role, 0.55));
        }
    }
}

/// `Mozilla, the company behind the Firefox browser`, `Rovio, the Finnish
/// firm behind Angry Birds`: an organisation (or a name of no known kind) in
/// apposition with an organisation's description noun whose `behind` phrase
/// names a product or work (a name of no known kind, a work, or a place only
/// the recogniser guessed) made it: `Mozilla –maker of→ Firefox`.
pub(super) fn maker_behind(s: &TreeSentence<'_>, n: &Named, out: &mut Vec<RawTriple>) {
    if !matches!(n.kind, EntityKind::Organization | EntityKind::Other) {
        return;
    }
    let t = s.tree;
    let organisation_noun = |d: usize| {
        matches!(s.tag(d), crate::nlp::Tag::NN | crate::nlp::Tag::NNS)
            && crate::vocab::description_kind(&s.lemma(d).to_lowercase())
                == Some(EntityKind::Organization)
    };
    let after = t
        .children_by(n.head, |r| r == DepRel::Appos)
        .filter(|&d| d >= n.end);
    let before = t
        .head(n.head)
        .filter(|&d| d < n.start && t.rel(n.head) == DepRel::Appos);
    // The product's name, heading the phrase or compounded to its class
    // noun (`the Firefox browser`).
    let product = |c: usize| {
        s.named_head(c).or_else(|| {
            let lemma = s.lemma(c).to_lowercase();
            (lexicon::product_class_noun(&lemma) || crate::vocab::work::work_noun(&lemma))
                .then(|| {
                    t.children_by(c, |r| r == DepRel::Compound)
                        .find_map(|k| s.named(k).filter(|y| y.end == c))
                })
                .flatten()
        })
    };
    for d in after.chain(before).filter(|&d| organisation_noun(d)) {
        for c in t.children_by(d, |r| r == DepRel::Nmod) {
            if s.case(c).as_deref() != Some("behind") {
                continue;
            }
            let Some(y) = product(c) else {
                continue;
            };
            let guessed_place = y.kind == EntityKind::Place
                && lexicon::known_kind(s.a.mentions[y.mention].name.of(s.text)).is_none();
            if y.mention != n.mention
                && (matches!(y.kind, EntityKind::Other | EntityKind::Work) || guessed_place)
            {
                let made = Owner::named(s, y, "of".into());
                out.push(triple(
                    s,
                    n,
                    &made,
                    "maker of".into(),
                    TripleKind::Role,
                    0.6,
                ));
            }
        }
    }
}

/// `Pfizer's cholesterol drug Lipitor`, `its painkiller Vioxx`, `Crestor,
/// AstraZeneca's cholesterol drug`: a name (of no known kind, or one the
/// recogniser took for an organisation) right after a product's class noun,
/// or in apposition with one after it, is the make of the noun's possessor,
/// an organisation or `its` (resolved later): `Pfizer –maker of→ Lipitor`.
pub(super) fn maker_possessor(s: &TreeSentence<'_>, n: &Named, out: &mut Vec<RawTriple>) {
    if !matches!(n.kind, EntityKind::Other | EntityKind::Organization) {
        return;
    }
    let t = s.tree;
    let class = |k: usize| {
        matches!(s.tag(k), crate::nlp::Tag::NN | crate::nlp::Tag::NNS)
            && lexicon::product_class_noun(&s.lemma(k).to_lowercase())
    };
    let before = t
        .head(n.head)
        .filter(|&k| t.rel(n.head) == DepRel::Appos && k + 1 == n.start);
    let after = t
        .children_by(n.head, |r| r == DepRel::Appos)
        .filter(|&k| k >= n.end);
    for k in before.into_iter().chain(after).filter(|&k| class(k)) {
        for p in t.children_by(k, |r| r == DepRel::NmodPoss) {
            let maker = match s.named_head(p) {
                Some(o) if o.kind == EntityKind::Organization && o.mention != n.mention => {
                    Some((s.a.mentions[o.mention].name, o.mention))
                }
                Some(_) => None,
                None => (s.words[p].eq_ignore_ascii_case("its"))
                    .then(|| s.referring_head(p))
                    .flatten()
                    .map(|m| (s.a.mentions[m].span, m)),
            };
            if let Some((span, mention)) = maker {
                out.push(RawTriple::of_phrase(
                    Argument {
                        span,
                        mention: Some(mention),
                    },
                    "maker of".into(),
                    Argument {
                        span: s.a.mentions[n.mention].name,
                        mention: Some(n.mention),
                    },
                    TripleKind::Role,
                    0.6,
                ));
            }
        }
    }
}

/// `Biscuit Bear by Mini Grey`, `Jonathan Strange and Mr Norrell by Susanna
/// Clarke`: a work (or a name of no other kind) `by` a person is that
/// person's: `Mini Grey –author of→ Biscuit Bear`.
pub(super) fn work_by(s: &TreeSentence<'_>, n: &Named, out: &mut Vec<RawTriple>) {
    if !matches!(n.kind, EntityKind::Other | EntityKind::Work) {
        return;
    }
    let person = |p: &&Named| p.kind == EntityKind::Person;
    let in_tree = s
        .tree
        .children_by(n.head, |r| r == DepRel::Nmod)
        .filter(|&c| s.case(c).as_deref() == Some("by"))
        .find_map(|c| s.named_head(c).filter(person));
    // A work's `by` and its author's name right after it, wherever the
    // parser hung them.
    let in_words = || {
        (n.kind == EntityKind::Work
            && n.end + 1 < s.words.len()
            && s.words[n.end].eq_ignore_ascii_case("by"))
        .then(|| s.named(n.end + 1))
        .flatten()
        .filter(person)
        .filter(|p| p.start == n.end + 1)
    };
    if let Some(p) = in_tree.or_else(in_words) {
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

/// `Swiss National Bank`, `Bank of Japan`: an organisation whose own name
/// places it is based there (`Swiss National Bank –based in→ Switzerland`); a
/// government named after its country is that country's (`US government
/// –government of→ United States`; not the agency `U.S. Food and Drug
/// Administration`: the government's noun comes right after its country).
pub(super) fn home_in_name(s: &TreeSentence<'_>, n: &Named, out: &mut Vec<RawTriple>) {
    let Some(home) = s.a.mentions[n.mention].home else {
        return;
    };
    let head = s.words[n.end - 1].to_lowercase();
    let next_to_home = n.end >= 2 && s.a.tokens[n.end - 2].span.end == home.end;
    let government = s.a.mentions[n.mention].body.is_some()
        || next_to_home && crate::vocab::description::governing_body(&head);
    let relation = if government {
        "government of"
    } else {
        "based in"
    };
    let owner = Owner {
        named: None,
        kind: EntityKind::Country,
        demonym: false,
        mention: None,
        span: home,
        prep: "in".into(),
    };
    out.push(triple(
        s,
        n,
        &owner,
        relation.into(),
        TripleKind::Possessive,
        0.6,
    ));
}
