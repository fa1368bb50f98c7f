//! Extraction stage: a tagged, chunked sentence in, raw triples out.
//!
//! Input is a [`Document`] and its [`Sentence`]s; each sentence is tokenized,
//! tagged ([`crate::nlp::Tagger`], with a few rule repairs and the names found by
//! [`crate::nlp::mentions`] forced to proper nouns), chunked
//! ([`crate::nlp::chunk`]) and parsed ([`crate::nlp::parser`]). Arguments that
//! are, or contain, a named entity point at a [`Mention`]; the resolve stage
//! turns mentions into canonical entities. [`normalize`] gives the
//! knowledge-graph relation (`sends troops to` → `send troops to`) and
//! [`confidence`] the score.
//!
//! The pattern families, one file each, run in this order over every sentence:
//!
//! | family | reads | gives |
//! |---|---|---|
//! | [`clause`] (with `sent`, `subject`, `object`) | chunks | one clause per verb group: subject (through relative clauses, appositives, coordination, infinitives and participles), object, prepositional arguments, reported clause |
//! | [`patterns`] | clauses | the Open IE tuple of each clause as written |
//! | `variants` | clauses | passives turned around, folded objects, copulas, fanned-out coordination |
//! | `roles` | chunks, mentions | possessives with a preposition, appositive roles, titled mentions' roles |
//! | `implicit` | chunks, mentions | Open IE `be`/`has`/`be in` tuples implied by noun phrases |
//! | [`np`] (with `np_roles`, `np_owners`, `np_links`), [`prenominal`] | tree | noun-phrase relations (titles, appositives, possessives, `X of Y`) |
//! | [`nominal`] | tree | nominal events (`a meeting between A and B`) |
//! | [`verbal`] (with `verbal_subjects`, `verbal_objects`) | tree | verbal clauses between two entity mentions |
//! | `wire` | words, names | wire-news company phrasing: part nouns between owner and company (`Lynch Corp subsidiary Lynch Entertainment Corp`), `lead manager` of an issue |
//!
//! Last, [`select`] decides what each triple contributes to the knowledge
//! graph ([`SentenceExtraction::graph`]), so no later stage re-reads the text.
//!
//! The same extraction feeds both output modes, told apart by [`TripleKind`]:
//! Open IE tuples ([`RawTriple::is_open_ie`]: clauses as written and implicit
//! `be`/`has`/`be in` tuples, for `--format carb`) and knowledge-graph variants
//! (passives turned around, folded objects, copulas, fanned-out coordination,
//! possessives, nominal events, roles); the graph keeps the triples whose two
//! arguments resolve to entities. Sentences of kinds without facts (captions,
//! furniture, duplicates) give no triples.
//!
//! Open IE arguments are written out as CaRB annotators write them: adverbs beside
//! the verb join the relation (`often refers to`), a participle, gerund or
//! infinitive phrase after the object runs on with it (`the club ranked sixth …`),
//! a participle clause reads with `be` (`a think tank | be founded in`: no tense
//! is written), an adjective with a prepositional phrase joins the relation
//! (`are equal to`), an adverbial clause after the object stays with it (`its
//! control when results were sluggish`), and a sentence's opening time phrase
//! (`Several years later`) is an argument of its clauses.
//!
//! Measured on the CaRB development split (641 sentences, `kg extract
//! --sentence-per-line --format carb` scored by `examples/carb.rs`): F1 0.585
//! (P 0.680, R 0.513, AUC 0.401). The whole stage (tokenizer, tagger, mentions,
//! chunks, clauses) took 0.65–0.75 s of wall time for the split repeated 20 times
//! (324,140 words, `examples/extract_carb.rs`): 430,000–500,000 words per second
//! on one core of a shared, loaded machine.

pub mod clause;
pub mod confidence;
mod fragments;
mod implicit;
pub mod nominal;
pub mod normalize;
pub mod np;
mod np_links;
mod np_owners;
mod np_roles;
mod np_works;
mod object;
pub mod patterns;
pub mod prenominal;
mod roles;
pub mod select;
mod sent;
mod subject;
pub mod tree;
mod variants;
pub mod verbal;
mod verbal_objects;
mod verbal_subjects;
mod wire;

use crate::nlp::chunk::Chunks;
use crate::nlp::{AnalysedSentence, Mention};
use crate::text::{Document, Sentence, Span};
use crate::vocab::Modality;

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
    /// The modal verb of the clause (`would` in `Microsoft would buy Sybari`);
    /// `None` when the clause asserts it.
    pub modality: Option<Modality>,
    /// Who said it, for reported speech (`X said that …`).
    pub attribution: Option<Argument>,
    /// Which pattern produced the triple.
    pub kind: TripleKind,
}

/// The pattern a triple comes from. Only [`TripleKind::Clause`] triples are Open
/// IE tuples (`--format carb`); the others are knowledge-graph variants.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TripleKind {
    /// A clause as written: subject, verb group, object and further arguments.
    Clause,
    /// A verbal clause read from the dependency tree, between two entity
    /// mentions ([`verbal`]); a knowledge-graph variant, not an Open IE tuple.
    Verbal,
    /// A passive with a `by` agent, turned around (`X was welcomed by Y` → Y welcome X).
    Passive,
    /// A non-entity object folded into the relation (`send troops to`).
    Folded,
    /// A copula with a possessor or an `of` phrase (`biggest trading partner of`).
    Copula,
    /// One pair of a coordinated subject or object, fanned out.
    Coordinated,
    /// A possessive noun phrase (`Russia 's war against Ukraine`).
    Possessive,
    /// A nominalised event (`a meeting between A and B`).
    Nominal,
    /// A title or appositive role (`aide of`, `president of`).
    Role,
    /// A relation implied by noun-phrase structure, for Open IE only (`be`, `has`, `be in`).
    Implicit,
}

impl RawTriple {
    /// A knowledge-graph variant read from a noun phrase (a role, a unit), not
    /// from a clause: asserted, unattributed, the relation written as it reads
    /// (`chairman of`).
    pub fn of_phrase(
        subject: Argument,
        relation: String,
        object: Argument,
        kind: TripleKind,
        confidence: f32,
    ) -> RawTriple {
        RawTriple {
            subject,
            relation_text: relation.clone(),
            relation,
            object,
            extra: Vec::new(),
            confidence,
            negated: false,
            modality: None,
            attribution: None,
            kind,
        }
    }

    /// Whether this triple is printed as an Open IE tuple (`--format carb`).
    pub fn is_open_ie(&self) -> bool {
        matches!(self.kind, TripleKind::Clause | TripleKind::Implicit)
    }
}

/// Everything extracted from one sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct SentenceExtraction {
    pub sentence: Sentence,
    /// Page furniture (captions, "Please use Chrome browser…", link lists): no triples.
    pub furniture: bool,
    pub mentions: Vec<Mention>,
    pub triples: Vec<RawTriple>,
    /// What each triple (same index) contributes to the knowledge graph
    /// ([`select`]); `None` for triples that are not graph-worthy.
    pub graph: Vec<Option<select::Selected>>,
}

/// Extract every analysed sentence of a document (from [`crate::nlp::analyse`]).
/// Sentences whose kind has no facts (captions, furniture, duplicates) give no
/// triples and keep no mentions.
pub fn extract_sentences(
    doc: &Document,
    analysed: Vec<AnalysedSentence>,
) -> Vec<SentenceExtraction> {
    let mut chunks = Chunks::default();
    analysed
        .into_iter()
        .map(|a| extract_one(doc, a, &mut chunks))
        .collect()
}

fn extract_one(doc: &Document, a: AnalysedSentence, chunks: &mut Chunks) -> SentenceExtraction {
    let mut out = SentenceExtraction {
        sentence: a.sentence,
        furniture: !a.sentence.kind.has_facts(),
        mentions: Vec::new(),
        triples: Vec::new(),
        graph: Vec::new(),
    };
    if out.furniture || a.is_empty() {
        return out;
    }
    let text = doc.text.as_str();
    let words = a.words(text);
    chunks.chunk(&words, &a.tags);
    let sent = clause::Sent {
        words: &words,
        tags: &a.tags,
        chunks,
    };
    let clauses = clause::clauses(&sent);
    let ctx = patterns::Ctx {
        text,
        tokens: &a.tokens,
        s: &sent,
        mentions: &a.mentions,
        tree: &a.tree,
    };
    out.triples = patterns::triples(&ctx, &clauses);
    if a.tree.len() == words.len() {
        let ts = tree::TreeSentence::new(text, &words, &a, &a.tree);
        np::triples(&ts, &mut out.triples);
        prenominal::triples(&ts, &mut out.triples);
        nominal::triples(&ts, &mut out.triples);
        verbal::triples(&ts, &mut out.triples);
        wire::triples(&ts, &mut out.triples);
    }
    out.mentions = a.mentions;
    out.graph = select::graph_relations(text, &out);
    out
}

#[cfg(test)]
mod tests;
