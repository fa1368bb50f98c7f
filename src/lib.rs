//! kg: news text in, a knowledge graph and answers out.
//!
//! The pipeline flows one way: [`text`] (documents → sentences with page-layout
//! kinds → tokens, all as byte spans) → [`nlp`] (part-of-speech tags from an
//! embedded averaged perceptron, WordNet lemmas, entity mentions) → [`extract`]
//! (clause patterns → raw triples with spans and confidence) → [`resolve`]
//! (canonical entities, aliases with the rule that merged them, coreference,
//! entity-level facts) → [`store`] (the SQLite store: documents, what each
//! contributed, the merged graph) → [`graph`] (petgraph knowledge graph,
//! cross-document merging, graph files for export and import) → [`query`] (the `.kgq` language) → [`export`] (DOT,
//! node-link JSON, GraphML, N-Triples, CSV). [`pipeline`] drives the first four
//! stages over many documents in parallel; [`app`] holds the commands of the
//! `kg` binary; [`facts`] reads `kg extract`'s JSON lines back in; [`eval`] scores Open IE output on the CaRB benchmark. [`vocab`]
//! holds the vocabulary every stage shares (entity kinds), so later stages need
//! not import the language stage.
//!
//! ```
//! use kg::pipeline::{Segmentation, process};
//! use kg::text::Document;
//! use kg::KnowledgeGraph;
//!
//! let text = "North Korean leader Kim Jong Un arrived in Beijing. Mr Kim met Vladimir Putin.";
//! let doc = Document { name: "example.txt".into(), text: text.into() };
//! let processed = process(doc, Segmentation::Prose);
//! let mut graph = KnowledgeGraph::new();
//! graph.merge_document(&processed.facts, &processed.hash);
//!
//! let kim = graph.lookup("Mr Kim").unwrap();
//! assert_eq!(graph.entity(kim).name, "Kim Jong Un");
//! let mut facts: Vec<String> = graph
//!     .graph()
//!     .edges_directed(kim, petgraph::Direction::Outgoing)
//!     .map(|e| format!("{} -> {}", e.weight().relation, graph.entity(petgraph::visit::EdgeRef::target(&e)).name))
//!     .collect();
//! facts.sort();
//! assert!(facts.contains(&"arrive in -> Beijing".to_string()), "{facts:?}");
//! ```

pub mod app;
pub mod error;
pub mod eval;
pub mod export;
pub mod extract;
pub mod facts;
pub mod fuzz;
pub mod graph;
pub mod hash;
pub mod limits;
pub mod nlp;
pub mod pipeline;
pub mod query;
pub mod resolve;
pub mod store;
pub mod text;
pub mod vocab;

pub use error::{Error, Result};
pub use graph::KnowledgeGraph;
pub use vocab::EntityKind;
