//! Definite descriptions as data: the head noun of `the company`, `the firm`,
//! `the party`, `the play` (keyed by lemma; works' nouns are
//! [`super::work`]'s) in, the kind of entity it describes and its
//! [`Sort`] out.
//!
//! The mention finder reads [`description_kind`] to find descriptions;
//! resolution links a description to the most salient earlier entity of its
//! kind whose name does not say it is of another sort ([`name_sort`]: `the
//! company` is not the `National Union of Journalists`).

use super::EntityKind;

/// What an organisation is, as far as its description or name says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Sort {
    /// A business: `company`, `firm`, `bank`, `network`, `publisher`.
    Business,
    /// A public body: `agency`, `council`, `regulator`.
    Public,
    /// A legislature: `parliament`, `National Assembly`, `Senate` (`the
    /// Ukrainian parliament` is no nuclear agency named before it).
    Legislature,
    /// A political party.
    Party,
    /// A trade union.
    Union,
    /// A club, team or band.
    Club,
    /// A place: `city`, `capital`, `country`.
    Place,
    /// A venue that is an institution: `theatre`, `museum`, `gallery`.
    Venue,
    /// Any organisation: `organisation`.
    Any,
}

impl Sort {
    /// Can an entity whose name says `self` be described as `other`?
    pub fn fits(self, other: Sort) -> bool {
        self == other || self == Sort::Any || other == Sort::Any
    }

    /// Does a description of this sort stand, away from an apposition, only
    /// for a name that says this very sort? A legislature's does (`the
    /// Ukrainian parliament` is not the `United Nations` or the `North
    /// Atlantic Treaty Organization` named before it).
    pub fn named_only(self) -> bool {
        self == Sort::Legislature
    }
}

/// Can a description of sort `described` stand for an entity whose name says
/// sort `named`? Either unknown fits.
pub fn sorts_fit(described: Option<Sort>, named: Option<Sort>) -> bool {
    match (described, named) {
        (Some(a), Some(b)) => a.fits(b),
        _ => true,
    }
}

/// Head nouns of definite descriptions, their kind and sort, sorted by lemma.
static DESCRIPTIONS: &[(&str, EntityKind, Sort)] = {
    use EntityKind::{City, Country, Organization};
    use Sort::{Any, Business, Club, Legislature, Party, Place, Public, Union, Venue};
    &[
        ("agency", Organization, Public),
        ("airline", Organization, Business),
        ("automaker", Organization, Business),
        ("band", Organization, Club),
        ("bank", Organization, Business),
        ("bookmaker", Organization, Business),
        ("brewer", Organization, Business),
        ("broadcaster", Organization, Business),
        ("business", Organization, Business),
        ("capital", City, Place),
        ("carmaker", Organization, Business),
        ("carrier", Organization, Business),
        ("chain", Organization, Business),
        ("chipmaker", Organization, Business),
        ("city", City, Place),
        ("club", Organization, Club),
        ("commission", Organization, Public),
        ("company", Organization, Business),
        ("conglomerate", Organization, Business),
        ("corporation", Organization, Business),
        ("council", Organization, Public),
        ("country", Country, Place),
        ("drugmaker", Organization, Business),
        ("exporter", Organization, Business),
        ("firm", Organization, Business),
        ("gallery", Organization, Venue),
        ("giant", Organization, Business),
        ("grocer", Organization, Business),
        ("group", Organization, Business),
        ("housebuilder", Organization, Business),
        ("insurer", Organization, Business),
        ("label", Organization, Business),
        ("lender", Organization, Business),
        ("maker", Organization, Business),
        ("manufacturer", Organization, Business),
        ("miner", Organization, Business),
        ("museum", Organization, Venue),
        ("network", Organization, Business),
        ("newspaper", Organization, Business),
        ("operator", Organization, Business),
        ("orchestra", Organization, Club),
        ("organisation", Organization, Any),
        ("organization", Organization, Any),
        ("parliament", Organization, Legislature),
        ("party", Organization, Party),
        ("planemaker", Organization, Business),
        ("producer", Organization, Business),
        ("provider", Organization, Business),
        ("publisher", Organization, Business),
        ("refiner", Organization, Business),
        ("regulator", Organization, Public),
        ("retailer", Organization, Business),
        ("steelmaker", Organization, Business),
        ("studio", Organization, Business),
        ("supermarket", Organization, Business),
        ("supplier", Organization, Business),
        ("team", Organization, Club),
        ("theater", Organization, Venue),
        ("theatre", Organization, Venue),
        ("union", Organization, Union),
        ("utility", Organization, Business),
        ("watchdog", Organization, Public),
    ]
};

/// Words of a name that say its sort without being description heads
/// (`Ministry of Defence`, `Liberal Democrats`), sorted.
static NAME_SORTS: &[(&str, Sort)] = &[
    ("administration", Sort::Public),
    ("assembly", Sort::Legislature),
    ("co", Sort::Business),
    ("corp", Sort::Business),
    ("court", Sort::Public),
    ("democrats", Sort::Party),
    ("department", Sort::Public),
    ("duma", Sort::Legislature),
    ("executive", Sort::Public),
    ("fc", Sort::Club),
    ("government", Sort::Public),
    ("inc", Sort::Business),
    ("ltd", Sort::Business),
    ("ministry", Sort::Public),
    ("plc", Sort::Business),
    ("republicans", Sort::Party),
    ("senate", Sort::Legislature),
    ("university", Sort::Public),
];

fn row(lemma: &str) -> Option<(EntityKind, Sort)> {
    DESCRIPTIONS
        .binary_search_by(|(w, _, _)| (*w).cmp(lemma))
        .ok()
        .map(|i| (DESCRIPTIONS[i].1, DESCRIPTIONS[i].2))
}

/// Head nouns of events named by a capitalised word before them (`the
/// Secrets sale`, `the Live Aid concert`), sorted: such a name is an event,
/// and `the sale` after it is a description of it.
static EVENT_HEADS: &[&str] = &["auction", "concert", "exhibition", "festival", "sale"];

/// Is `lemma` the head noun of an event a capitalised word before it names
/// (`sale` of `the Secrets sale`)?
pub fn event_head(lemma: &str) -> bool {
    EVENT_HEADS.binary_search(&lemma).is_ok()
}

/// The kind of entity a description's head noun (`company`, `firm`, `play`)
/// stands for; a work's class noun that describes ([`super::work`]) stands
/// for a work, an event's head ([`event_head`]) for an event.
pub fn description_kind(lemma: &str) -> Option<EntityKind> {
    row(lemma)
        .map(|(kind, _)| kind)
        .or_else(|| super::work::describes_work(lemma).then_some(EntityKind::Work))
        .or_else(|| event_head(lemma).then_some(EntityKind::Event))
}

/// Head nouns that, after a country or a leader, name that country's or that
/// leader's government as a body of its own (`the US government`, `the Bush
/// administration`), sorted.
static GOVERNMENTS: &[&str] = &["administration", "government"];

/// Whether `lemma` names a government after its country or leader.
pub fn governing_body(lemma: &str) -> bool {
    GOVERNMENTS.binary_search(&lemma).is_ok()
}

/// The vocabulary's own copy of governing body noun `lemma`, if it is one.
pub fn governing_body_noun(lemma: &str) -> Option<&'static str> {
    GOVERNMENTS
        .binary_search(&lemma)
        .ok()
        .map(|i| GOVERNMENTS[i])
}

/// Whether a name of two or more words (any white space between them) is a
/// government named after its country or leader (`U.S. government`).
pub fn names_government(name: &str) -> bool {
    let mut words = name.split_whitespace();
    let last = words.next_back().unwrap_or_default();
    words.next().is_some() && governing_body(&last.to_lowercase())
}

/// Description heads that also describe people (`Hollywood producer Burt
/// Sugarman`, `publisher Rupert Murdoch`), sorted: a name after one is not
/// typed by it.
static PERSON_TOO: &[&str] = &["broadcaster", "miner", "producer", "publisher"];

/// Does the description head noun (a lemma) also describe people?
pub fn describes_people_too(lemma: &str) -> bool {
    PERSON_TOO.contains(&lemma)
}

/// The sort a description's head noun (`company` → business) stands for.
pub fn description_sort(lemma: &str) -> Option<Sort> {
    row(lemma).map(|(_, sort)| sort)
}

/// The sort a name's words say (`National Union of Journalists` → union,
/// `Conservative Party` → party), from its last such word; `None` when no word
/// says one (`Mitsubishi Motors`).
pub fn name_sort(name: &str) -> Option<Sort> {
    name.split(|c: char| !c.is_alphanumeric())
        .rev()
        .filter(|w| !w.is_empty())
        .find_map(|w| {
            let w = w.to_lowercase();
            description_sort(&w).or_else(|| {
                NAME_SORTS
                    .binary_search_by(|(x, _)| (*x).cmp(w.as_str()))
                    .ok()
                    .map(|i| NAME_SORTS[i].1)
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted() {
        assert!(EVENT_HEADS.windows(2).all(|w| w[0] < w[1]));
        assert!(DESCRIPTIONS.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(NAME_SORTS.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(GOVERNMENTS.windows(2).all(|w| w[0] < w[1]));
        assert!(PERSON_TOO.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn heads_and_names_say_their_sort() {
        let heads = [
            ("firm", Some((EntityKind::Organization, Sort::Business))),
            ("capital", Some((EntityKind::City, Sort::Place))),
            ("party", Some((EntityKind::Organization, Sort::Party))),
            ("band", Some((EntityKind::Organization, Sort::Club))),
            ("man", None),
        ];
        for (lemma, want) in heads {
            assert_eq!(row(lemma), want, "{lemma}");
            assert_eq!(description_kind(lemma), want.map(|w| w.0), "{lemma}");
        }
        assert_eq!(description_kind("play"), Some(EntityKind::Work));
        assert_eq!(description_kind("series"), None);
        let names = [
            ("National Union of Journalists", Some(Sort::Union)),
            ("Conservative Party", Some(Sort::Party)),
            ("Liberal Democrats", Some(Sort::Party)),
            ("Media Council, Uganda", Some(Sort::Public)),
            ("International Atomic Energy Agency", Some(Sort::Public)),
            ("European Parliament", Some(Sort::Legislature)),
            ("Russian Duma", Some(Sort::Legislature)),
            ("Bank of England", Some(Sort::Business)),
            ("Mitsubishi Motors", None),
            ("Telegraph Group", Some(Sort::Business)),
        ];
        for (name, want) in names {
            assert_eq!(name_sort(name), want, "{name}");
        }
    }
}
