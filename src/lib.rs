//! kg: news text in, a knowledge graph and answers out.
//!
//! The pipeline flows one way: [`text`] (documents → sentences → tokens) →
//! [`nlp`] (tags, lemmas, mentions) → [`extract`] (clause patterns → raw triples) →
//! [`resolve`] (canonical entities, aliases, coreference) → [`graph`] (petgraph
//! knowledge graph, persistence) → [`query`] (the `.kgq` language) → [`export`]
//! (DOT, node-link JSON, GraphML, N-Triples, CSV).

pub mod app;
pub mod error;
pub mod eval;
pub mod export;
pub mod extract;
pub mod graph;
pub mod nlp;
pub mod pipeline;
pub mod query;
pub mod resolve;
pub mod text;

pub use error::{Error, Result};
pub use graph::KnowledgeGraph;
pub use nlp::EntityKind;
