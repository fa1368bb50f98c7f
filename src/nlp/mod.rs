//! Language stage: tokens in, tagged tokens, dependency trees, lemmas and chunks
//! (entity mentions, noun phrases, verb groups) out.
//!
//! [`tagger`] assigns Penn Treebank tags and Universal POS tags with a model trained
//! on UD English EWT and embedded in the binary; [`parser`] gives each word its head
//! and Universal Dependencies relation ([`deprel`]) with a model trained on UD
//! English EWT and GUM, also embedded; [`lemma`] maps inflected forms to
//! lemmas with a table derived from WordNet 3.0; [`lexicon`] holds world-knowledge
//! tables (countries, demonyms, titles); [`chunk`] groups tagged tokens into
//! mentions and verb groups for the clause patterns of [`crate::extract`].

pub mod chunk;
pub mod conllu;
pub mod deprel;
pub mod lemma;
pub mod lexicon;
pub mod mentions;
pub mod parser;
pub mod tagger;
pub mod tags;

use serde::{Deserialize, Serialize};

pub use deprel::DepRel;
pub use parser::Parser;
pub use tagger::Tagger;
pub use tags::{Tag, Tagged, Upos};

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
