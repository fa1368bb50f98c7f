//! Owners left implicit. News writes a title without its owner when the
//! article is about that owner: `President Susilo Bambang Yudhoyono` in an
//! article about Indonesia, `vice president Morton Handel said` in one about
//! Coleco. A titled person whose mentions never name the title's owner takes
//! the document's salient entity of the kind that holds such a title — a
//! country for a public office, an organisation for a company office — but only
//! when one entity of that kind clearly dominates the document.
//!
//! In: the resolver's mention nodes, the document's entities and the facts read
//! from the sentences. Out: `title of` facts, at a lower confidence than a
//! written owner, with the titled mention as their evidence.

use super::cluster::Resolver;
use super::{Fact, ResolvedEntity};
use crate::extract::SentenceExtraction;
use crate::nlp::lexicon::{self, TitleClass};
use crate::nlp::{MentionForm, Role};
use crate::text::Span;
use crate::vocab::EntityKind;
use crate::vocab::description::{self, Sort};

/// Confidence of a fact whose owner the text leaves implicit.
const IMPLICIT_CONFIDENCE: f32 = 0.5;

/// How many mentions the salient entity needs at least, and how many times
/// the runner-up's it must have. A country's office is held to a stricter
/// ratio: a foreign minister is often a guest in an article about another
/// country (`Geoffrey Howe` in one about Brazil's debt).
const SALIENT_MENTIONS: usize = 2;
const SALIENT_RATIO: usize = 2;
const SALIENT_COUNTRY_RATIO: usize = 4;

/// The `title of` facts of titled people whose titles have no written owner.
pub(crate) fn facts(
    r: &Resolver<'_>,
    sentences: &[SentenceExtraction],
    entities: &[ResolvedEntity],
    index: &[Option<usize>],
    written: &[Fact],
) -> Vec<Fact> {
    let country = salient_country(entities);
    let organisation = salient(entities, EntityKind::Organization, SALIENT_RATIO);
    let party = salient_party(entities);
    if country.is_none() && organisation.is_none() && party.is_none() {
        return Vec::new();
    }
    let entity_of = |n: usize| r.assign[n].and_then(|c| index[c]);
    // People some mention of whom names an owner: the owner is known.
    let owned: Vec<usize> = (0..r.nodes.len())
        .filter(|&n| r.nodes[n].role.as_ref().is_some_and(|x| x.of.is_some()))
        .filter_map(entity_of)
        .collect();
    let mut out: Vec<Fact> = Vec::new();
    for (n, node) in r.nodes.iter().enumerate() {
        let Some(role) = node.role.as_ref().filter(|x| x.of.is_none()) else {
            continue;
        };
        if node.form != MentionForm::Name || node.heading {
            continue;
        }
        let Some(e) = entity_of(n).filter(|&e| entities[e].kind == EntityKind::Person) else {
            continue;
        };
        if owned.contains(&e) {
            continue;
        }
        let Some((title, holder)) = holder_kind(r.text, node.span, node.name, role) else {
            continue;
        };
        // `Shadow Home Secretary David Davis`: a shadow office is held in the
        // opposition party, not in the country's government.
        // An opposition leader leads a party other than the one in power,
        // none the article need name most (never its salient body: `the UN`).
        let owner = match holder {
            _ if title.starts_with("opposition ") => None,
            _ if title.starts_with("shadow ") => party,
            EntityKind::Country => country,
            _ => organisation,
        };
        let Some(owner) = owner.filter(|&o| o != e) else {
            continue;
        };
        // `union leader Buzz Hargrove`, `party chairman X`: a class noun before
        // the title says what sort of body the office is in; a company is no
        // union.
        if holder == EntityKind::Organization
            && let Some(sort) = class_before(r.text, node.span)
            && !description::name_sort(&entities[owner].name)
                .unwrap_or(Sort::Business)
                .fits(sort)
        {
            continue;
        }
        let relation = format!("{title} of");
        let known = |f: &Fact| f.subject == e && f.relation.starts_with(title.as_str());
        if written.iter().any(known) || out.iter().any(known) {
            continue;
        }
        out.push(Fact {
            subject: e,
            relation,
            object: owner,
            confidence: IMPLICIT_CONFIDENCE,
            sentence: sentences[node.sent].sentence.index,
            subject_mention: node.name,
            object_mention: node.span,
            ..Fact::default()
        });
    }
    out
}

/// The entity of `kind` that dominates the document: at least
/// [`SALIENT_MENTIONS`] mentions and `ratio` times the next one's.
fn salient(entities: &[ResolvedEntity], kind: EntityKind, ratio: usize) -> Option<usize> {
    salient_where(entities, ratio, |e| e.kind == kind)
}

/// [`salient`] among the entities that `fit`.
fn salient_where(
    entities: &[ResolvedEntity],
    ratio: usize,
    fit: impl Fn(&ResolvedEntity) -> bool,
) -> Option<usize> {
    let mut ranked: Vec<(usize, usize)> = entities
        .iter()
        .enumerate()
        .filter(|(_, e)| fit(e))
        .map(|(i, e)| (e.mentions, i))
        .collect();
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let &(top, i) = ranked.first()?;
    let second = ranked.get(1).map_or(0, |r| r.0);
    (top >= SALIENT_MENTIONS && top >= ratio * second).then_some(i)
}

/// The political party that dominates the document's parties: [`salient`]
/// over the organisations whose name says party (`Conservative Party`,
/// `Liberal Democrats`).
fn salient_party(entities: &[ResolvedEntity]) -> Option<usize> {
    salient_where(entities, SALIENT_RATIO, |e| {
        e.kind == EntityKind::Organization && description::name_sort(&e.name) == Some(Sort::Party)
    })
}

/// The country that dominates the document: [`salient`] with the stricter
/// ratio, unless another country has more votes once cities and national
/// bodies speak for their country (`Washington`, `White House`, `Congress` for
/// the United States): an article on American politics that names Iran four
/// times and the United States never is no article about Iran.
fn salient_country(entities: &[ResolvedEntity]) -> Option<usize> {
    let top = salient(entities, EntityKind::Country, SALIENT_COUNTRY_RATIO)?;
    fn country_of(e: &ResolvedEntity) -> Option<&str> {
        match e.kind {
            EntityKind::Country => {
                Some(lexicon::country(&e.name).map_or(e.name.as_str(), |c| c.name))
            }
            EntityKind::City => lexicon::city(&e.name).map(|c| c.country),
            EntityKind::Organization => lexicon::organisation(&e.name).and_then(|o| o.country),
            _ => None,
        }
    }
    let mut votes: Vec<(&str, usize)> = Vec::new();
    for e in entities {
        let Some(country) = country_of(e) else {
            continue;
        };
        match votes.iter_mut().find(|v| v.0 == country) {
            Some(v) => v.1 += e.mentions,
            None => votes.push((country, e.mentions)),
        }
    }
    let own = country_of(&entities[top]);
    let votes_of = |c: Option<&str>| votes.iter().find(|v| Some(v.0) == c).map_or(0, |v| v.1);
    let mine = votes_of(own);
    let outvoted = votes.iter().any(|v| Some(v.0) != own && v.1 > mine);
    (!outvoted).then_some(top)
}

/// The title phrase of `role` and the kind of entity that holds such a title:
/// a country for a public office, an organisation for a company office. A
/// head of state's title (`president`, `leader`) is also a company's: written
/// capitalised before the name it is the country's (`President Megawati
/// Sukarnoputri`), in lower case the company's (`vice president Morton Handel`).
fn holder_kind(text: &str, span: Span, name: Span, role: &Role) -> Option<(String, EntityKind)> {
    let title = lexicon::title(&role.title)?;
    let before = Span::new(span.start, name.start.max(span.start)).of(text);
    let capitalised_before = before
        .split_whitespace()
        .any(|w| w.starts_with(|c: char| c.is_uppercase()));
    let holder = match title.class {
        TitleClass::Leader if capitalised_before => EntityKind::Country,
        TitleClass::Leader | TitleClass::Business => EntityKind::Organization,
        // A legislator sits for a state or a seat, an ambassador serves abroad,
        // a mayor or governor serves a city or state: none is the country the
        // article names most.
        TitleClass::Government if lexicon::local_office(title.head) => return None,
        TitleClass::Government | TitleClass::Royal | TitleClass::Military => EntityKind::Country,
        _ => return None,
    };
    // `film director Ken Loach` works in a field, not for the company.
    // Every word before the name other than the title's head must be a
    // general modifier (`vice`, `acting`).
    let written = format!("{} {}", before.to_lowercase(), title.phrase);
    let field = written.split_whitespace().any(|w| {
        w != "the"
            && !lexicon::is_title_modifier(w)
            && !title.head.split_whitespace().any(|h| h == w)
    });
    // A bare `director` is as often an artist's trade (`Film director Ken
    // Loach`, the field outside the mention) as a board seat.
    if holder == EntityKind::Organization && (field || title.phrase == "director") {
        return None;
    }
    Some((title.phrase, holder))
}

/// The sort of body a class noun right before the mention names
/// (`union` of `the union leader Buzz Hargrove`).
fn class_before(text: &str, span: Span) -> Option<Sort> {
    let before = text[..span.start].trim_end();
    let word = before
        .rsplit(|c: char| !c.is_alphanumeric() && c != '-')
        .next()?;
    description::description_sort(&word.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resolve::Alias;

    fn entity(name: &str, kind: EntityKind, mentions: usize) -> ResolvedEntity {
        ResolvedEntity {
            name: name.into(),
            kind,
            aliases: Vec::<Alias>::new(),
            mentions,
        }
    }

    #[test]
    fn one_entity_must_dominate() {
        use EntityKind::{Country, Organization};
        // (entities as (name, kind, mentions), kind asked, salient name)
        type Row = (
            &'static [(&'static str, EntityKind, usize)],
            EntityKind,
            Option<&'static str>,
        );
        let rows: &[Row] = &[
            (
                &[("Indonesia", Country, 5), ("Japan", Country, 1)],
                Country,
                Some("Indonesia"),
            ),
            (
                &[("Indonesia", Country, 3), ("Japan", Country, 2)],
                Country,
                None,
            ),
            (&[("Indonesia", Country, 1)], Country, None),
            (
                &[("Coleco", Organization, 3), ("Indonesia", Country, 9)],
                Organization,
                Some("Coleco"),
            ),
            (&[("Coleco", Organization, 3)], Country, None),
        ];
        for (list, kind, want) in rows {
            let es: Vec<ResolvedEntity> = list.iter().map(|&(n, k, m)| entity(n, k, m)).collect();
            let got = salient(&es, *kind, 2).map(|i| es[i].name.as_str());
            assert_eq!(got, *want, "{list:?}");
        }
    }

    #[test]
    fn a_country_outvoted_by_another_countrys_cities_and_bodies_is_no_owner() {
        use EntityKind::{City, Country, Organization};
        type Row = (
            &'static [(&'static str, EntityKind, usize)],
            Option<&'static str>,
        );
        let rows: &[Row] = &[
            // Washington and the White House speak for the United States.
            (
                &[
                    ("Iran", Country, 4),
                    ("Washington", City, 4),
                    ("White House", Organization, 2),
                ],
                None,
            ),
            // A country's own capital adds to it; a passing foreign city does not win.
            (
                &[
                    ("Philippines", Country, 6),
                    ("Manila", City, 2),
                    ("New York", City, 1),
                    ("Washington", City, 1),
                    ("United States", Country, 1),
                ],
                Some("Philippines"),
            ),
            (&[("Italy", Country, 2), ("Rome", City, 1)], Some("Italy")),
            (&[("Italy", Country, 2), ("France", Country, 1)], None),
        ];
        for (list, want) in rows {
            let es: Vec<ResolvedEntity> = list.iter().map(|&(n, k, m)| entity(n, k, m)).collect();
            let got = salient_country(&es).map(|i| es[i].name.as_str());
            assert_eq!(got, *want, "{list:?}");
        }
    }

    #[test]
    fn which_titles_an_implicit_owner_holds() {
        // (mention text, name within it, title as written, holder)
        type Row = (
            &'static str,
            &'static str,
            &'static str,
            Option<(&'static str, EntityKind)>,
        );
        let rows: &[Row] = &[
            (
                "President Megawati Sukarnoputri",
                "Megawati Sukarnoputri",
                "president",
                Some(("president", EntityKind::Country)),
            ),
            (
                "president Tom Smith",
                "Tom Smith",
                "president",
                Some(("president", EntityKind::Organization)),
            ),
            (
                "vice president Morton Handel",
                "Morton Handel",
                "vice president",
                Some(("vice president", EntityKind::Organization)),
            ),
            (
                "chairman Tom Smith",
                "Tom Smith",
                "chairman",
                Some(("chairman", EntityKind::Organization)),
            ),
            (
                "Finance Minister Sri Mulyani",
                "Sri Mulyani",
                "finance minister",
                Some(("finance minister", EntityKind::Country)),
            ),
            (
                "spokeswoman Sue Bradburn",
                "Sue Bradburn",
                "spokeswoman",
                None,
            ),
            (
                "film director Ken Loach",
                "Ken Loach",
                "film director",
                None,
            ),
            ("director Ken Loach", "Ken Loach", "director", None),
            // A city's or state's office, not the country's.
            ("mayor Luca Pastorino", "Luca Pastorino", "mayor", None),
            (
                "managing director Tom Smith",
                "Tom Smith",
                "managing director",
                Some(("managing director", EntityKind::Organization)),
            ),
        ];
        for &(text, name, title, want) in rows {
            let at = text.find(name).unwrap();
            let role = Role {
                title: title.into(),
                of: None,
            };
            let got = holder_kind(
                text,
                Span::new(0, text.len()),
                Span::new(at, at + name.len()),
                &role,
            );
            let got = got.as_ref().map(|(t, k)| (t.as_str(), *k));
            assert_eq!(got, want, "{text}");
        }
    }
}
