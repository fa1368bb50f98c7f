//! The shared vocabulary of every stage: the kinds of entity a mention, an
//! entity of the graph and an exported node can have.
//!
//! Nothing here depends on a stage: the language stage ([`crate::nlp`]) assigns
//! kinds, resolution, the graph, queries and exports read them, and none of the
//! later stages needs to import the language stage for that.

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
    #[default]
    Other,
}

impl EntityKind {
    pub const ALL: [EntityKind; 8] = [
        EntityKind::Person,
        EntityKind::Country,
        EntityKind::City,
        EntityKind::Place,
        EntityKind::Organization,
        EntityKind::Group,
        EntityKind::Event,
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
