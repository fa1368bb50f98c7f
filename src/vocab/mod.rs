//! The shared vocabulary of every stage: the kinds of entity a mention, an
//! entity of the graph and an exported node can have, and the modality of a fact.
//!
//! Nothing here depends on a stage: the language stage ([`crate::nlp`]) assigns
//! kinds, resolution, the graph, queries and exports read them, and none of the
//! later stages needs to import the language stage for that.

pub mod description;
pub mod function_words;
pub mod legal;
pub mod nickname;
pub mod speech;
pub mod stance;
pub mod work;

pub use description::description_kind;
use serde::{Deserialize, Serialize};

/// The kind of a named entity (the `kind` field of the graph and exports).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Country,
    City,
    Place,
    Organization,
    Group,
    Event,
    /// A title of a work: a book, play, film, album, programme
    /// (`The Vagina Monologues`, `Small Island`). The recogniser has no such
    /// class; a name is typed a work from its context (`the play X`, `her
    /// book X`, `X by <person>`).
    Work,
    #[default]
    Other,
}

impl EntityKind {
    pub const ALL: [EntityKind; 9] = [
        EntityKind::Person,
        EntityKind::Country,
        EntityKind::City,
        EntityKind::Place,
        EntityKind::Organization,
        EntityKind::Group,
        EntityKind::Event,
        EntityKind::Work,
        EntityKind::Other,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Country => "country",
            EntityKind::City => "city",
            EntityKind::Place => "place",
            EntityKind::Organization => "organization",
            EntityKind::Group => "group",
            EntityKind::Event => "event",
            EntityKind::Work => "work",
            EntityKind::Other => "other",
        }
    }
    pub fn parse(s: &str) -> Option<EntityKind> {
        EntityKind::ALL
            .into_iter()
            .find(|k| k.as_str().eq_ignore_ascii_case(s))
    }
}

impl std::fmt::Display for EntityKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The modal verb that qualifies a fact (`Microsoft would buy Sybari`, `Kim may
/// meet Putin`). A fact without one is asserted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    Can,
    Could,
    May,
    Might,
    Must,
    Shall,
    Should,
    Will,
    Would,
    /// Not a modal verb: the fact is only planned, proposed or under
    /// consideration (`a meeting between A and B was under consideration`).
    Proposed,
}

impl Modality {
    /// The modal a word form is (`would`, `'d`, `wo` of `won't`, `ca` of `can't`), if any.
    pub fn of_word(word: &str) -> Option<Modality> {
        let w = word.to_ascii_lowercase().replace('’', "'");
        Some(match w.as_str() {
            "can" | "ca" => Modality::Can,
            "could" => Modality::Could,
            "may" => Modality::May,
            "might" => Modality::Might,
            "must" => Modality::Must,
            "shall" => Modality::Shall,
            "should" => Modality::Should,
            "will" | "wo" | "'ll" => Modality::Will,
            "would" | "'d" => Modality::Would,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Can => "can",
            Modality::Could => "could",
            Modality::May => "may",
            Modality::Might => "might",
            Modality::Must => "must",
            Modality::Shall => "shall",
            Modality::Should => "should",
            Modality::Will => "will",
            Modality::Would => "would",
            Modality::Proposed => "proposed",
        }
    }
}

impl std::fmt::Display for Modality {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_and_modals_round_trip() {
        for k in EntityKind::ALL {
            assert_eq!(EntityKind::parse(k.as_str()), Some(k));
        }
        let rows = [
            ("would", Some(Modality::Would)),
            ("’d", Some(Modality::Would)),
            ("wo", Some(Modality::Will)),
            ("May", Some(Modality::May)),
            ("buy", None),
        ];
        for (word, want) in rows {
            assert_eq!(Modality::of_word(word), want, "{word}");
        }
    }
}
