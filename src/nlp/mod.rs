//! Language stage: tokens in, tagged tokens, dependency trees, lemmas and chunks
//! (entity mentions, noun phrases, verb groups) out.
//!
//! [`tagger`] assigns Penn Treebank tags and Universal POS tags with a model trained
//! on UD English EWT and embedded in the binary; [`parser`] gives each word its head
//! and Universal Dependencies relation ([`deprel`]) with a model trained on UD
//! English EWT and GUM, also embedded; [`lemma`] maps inflected forms to
//! lemmas with a table derived from WordNet 3.0; [`lexicon`] holds world-knowledge
//! tables (countries, demonyms, titles); [`ner`] finds names (PER, ORG, LOC, MISC)
//! with a model trained on CoNLL-2003; [`chunk`] groups tagged tokens into
//! mentions and verb groups for the clause patterns of [`crate::extract`].

pub mod analysis;
pub mod chunk;
pub mod conllu;
pub mod deprel;
mod kinds;
pub mod lemma;
pub mod lexicon;
pub mod mention;
pub mod mentions;
mod model_bytes;
pub mod ner;
pub mod parser;
pub mod tagger;
pub mod tags;
pub mod tree;

pub use analysis::{AnalysedSentence, Tokenization, analyse};
pub use deprel::DepRel;
pub use mention::{Mention, MentionForm, Role};
pub use parser::Parser;
pub use tagger::Tagger;
pub use tags::{Tag, Tagged, Upos};
pub use tree::Tree;
