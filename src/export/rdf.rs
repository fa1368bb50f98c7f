//! The RDF view of a graph, shared by the N-Quads and N-Triples writers: a graph
//! selection and a base IRI in, a deterministic sequence of `oxrdf` quads out.
//!
//! IRIs (`B` is the base, [`DEFAULT_BASE_IRI`] unless `--base-iri` says
//! otherwise; names percent-encoded by [`encode`]):
//!
//! | IRI                                   | what                                   |
//! |---------------------------------------|----------------------------------------|
//! | `B entity/Kim_Jong_Un`                | an entity                              |
//! | `B kind/Person`                       | a kind, an `rdfs:Class`                |
//! | `B relation/send_troops_to`           | a relation, an `rdf:Property`          |
//! | `B document/news%2Fa.txt`             | a document, and the named graph of its facts |
//! | `B document/news%2Fa.txt/sentence/4`  | a sentence of it                       |
//! | `B fact/S/R/O`                        | an edge, an `rdf:Statement` (reified)  |
//! | `B vocab#weight` (`kg:` below)         | kg's own properties                    |
//!
//! Quads, in this order (`G` is the document's graph):
//!
//! ```text
//! <kind/Person> a rdfs:Class ; rdfs:label "person" .                           # kinds used
//! <entity/E> rdfs:label "E" ; a <kind/Person> ; skos:altLabel "alias" ; kg:mentions 9 .
//! <relation/R> a rdf:Property ; rdfs:label "r" .                                # relations used
//! <document/D> a kg:Document ; rdfs:label "d" .                                 # documents cited
//! <entity/S> <relation/R> <entity/O> .                                          # every edge, default graph
//! <fact/S/R/O> a rdf:Statement ; rdf:subject <entity/S> ; rdf:predicate <relation/R> ;
//!     rdf:object <entity/O> ; kg:weight 2 ; kg:confidence "0.83"^^xsd:float .
//! <entity/S> <relation/R> <entity/O> G .                                        # the facts document D states
//! <fact/S/R/O> kg:evidence <document/D/sentence/4> G .
//! <document/D/sentence/4> kg:text "…" G ; kg:sentence 4 G ; kg:document <document/D> G .
//! ```
//!
//! So `GRAPH ?g { S R O }` finds the documents stating a fact, the reified
//! statement carries its weight and confidence, and its `kg:evidence` the
//! sentences. In N-Triples ([`Shape::Triples`]) the per-document copies of the
//! facts are left out and everything else is in the default graph.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::io;

use oxrdf::vocab::{rdf, rdfs, xsd};
use oxrdf::{GraphNameRef, Literal, NamedNode, NamedNodeRef, QuadRef, TermRef};
use petgraph::stable_graph::EdgeIndex;
use thiserror::Error;

use super::{Ordered, csv::label, endpoints};
use crate::graph::{KnowledgeGraph, Subgraph};

/// The base IRI when none is given: the reserved `.example` domain (RFC 6761),
/// which never names anyone else's resources. Give your own with `--base-iri`.
pub const DEFAULT_BASE_IRI: &str = "https://kg.example/";

const SKOS_ALT_LABEL: NamedNodeRef<'static> =
    NamedNodeRef::new_unchecked("http://www.w3.org/2004/02/skos/core#altLabel");

/// Options of the RDF writers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RdfOptions {
    /// Prefix of every IRI kg mints; checked by [`check_base_iri`].
    pub base: String,
}

impl Default for RdfOptions {
    fn default() -> Self {
        RdfOptions {
            base: DEFAULT_BASE_IRI.to_string(),
        }
    }
}

/// A `--base-iri` that cannot prefix IRIs.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("invalid base IRI `{iri}`: {reason}")]
pub struct InvalidBaseIri {
    pub iri: String,
    pub reason: String,
}

/// Accept `base` when it is an absolute IRI ending in `/` or `#`.
pub fn check_base_iri(base: &str) -> Result<(), InvalidBaseIri> {
    let fail = |reason: String| InvalidBaseIri {
        iri: base.to_string(),
        reason,
    };
    if !base.ends_with(['/', '#']) {
        return Err(fail("it must end in `/` or `#`".to_string()));
    }
    NamedNode::new(format!("{base}entity/x"))
        .map(|_| ())
        .map_err(|e| fail(e.to_string()))
}

/// What the quads are written as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// N-Quads: each document's facts and evidence in its named graph.
    Quads,
    /// N-Triples: the default graph only (no per-document copies of facts).
    Triples,
}

/// A name as one IRI path segment, reversibly: space → `_`; ASCII letters,
/// digits, `-`, `.` and `~` stay; every other byte of its UTF-8 (including `_`
/// and `/`) is percent-encoded (`Vučić` → `Vu%C4%8Di%C4%87`).
pub fn encode(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for b in name.bytes() {
        match b {
            b' ' => out.push('_'),
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'.' | b'~' => out.push(b as char),
            _ => {
                let _ = write!(out, "%{b:02X}");
            }
        }
    }
    out
}

/// IRIs under one base.
struct Iris<'a>(&'a str);

impl Iris<'_> {
    fn node(&self, path: &str) -> NamedNode {
        NamedNode::new_unchecked(format!("{}{path}", self.0))
    }
    fn entity(&self, name: &str) -> NamedNode {
        self.node(&format!("entity/{}", encode(name)))
    }
    fn kind(&self, kind: &str) -> NamedNode {
        self.node(&format!("kind/{}", label(kind)))
    }
    fn relation(&self, relation: &str) -> NamedNode {
        self.node(&format!("relation/{}", encode(relation)))
    }
    fn document(&self, doc: &str) -> NamedNode {
        self.node(&format!("document/{}", encode(doc)))
    }
    fn sentence(&self, doc: &str, sentence: u32) -> NamedNode {
        self.node(&format!("document/{}/sentence/{sentence}", encode(doc)))
    }
    fn fact(&self, s: &str, r: &str, o: &str) -> NamedNode {
        self.node(&format!("fact/{}/{}/{}", encode(s), encode(r), encode(o)))
    }
    fn vocab(&self, term: &str) -> NamedNode {
        self.node(&format!("vocab#{term}"))
    }
}

/// Where quads go.
pub(crate) type Sink<'s> = dyn FnMut(QuadRef<'_>) -> io::Result<()> + 's;

fn put<'a>(
    sink: &mut Sink<'_>,
    s: &'a NamedNode,
    p: NamedNodeRef<'a>,
    o: impl Into<TermRef<'a>>,
    g: GraphNameRef<'a>,
) -> io::Result<()> {
    sink(QuadRef::new(s, p, o, g))
}

/// Hand every quad of `selection` of `graph` to `sink`, in the module's order.
pub(crate) fn quads(
    graph: &KnowledgeGraph,
    selection: &Subgraph,
    options: &RdfOptions,
    shape: Shape,
    sink: &mut Sink<'_>,
) -> io::Result<()> {
    let ordered = Ordered::new(graph, selection);
    let iri = Iris(&options.base);
    let default = GraphNameRef::DefaultGraph;
    let kg_document = iri.vocab("Document");

    let kinds: BTreeSet<&str> = ordered
        .nodes
        .iter()
        .map(|n| graph.entity(*n).kind.as_str())
        .collect();
    for kind in kinds {
        let k = iri.kind(kind);
        put(sink, &k, rdf::TYPE, rdfs::CLASS, default)?;
        put(sink, &k, rdfs::LABEL, &Literal::from(kind), default)?;
    }
    let mentions = iri.vocab("mentions");
    for &n in &ordered.nodes {
        let e = graph.entity(n);
        let s = iri.entity(&e.name);
        put(
            sink,
            &s,
            rdfs::LABEL,
            &Literal::from(e.name.as_str()),
            default,
        )?;
        put(sink, &s, rdf::TYPE, &iri.kind(e.kind.as_str()), default)?;
        for alias in e.aliases.keys() {
            put(
                sink,
                &s,
                SKOS_ALT_LABEL,
                &Literal::from(alias.as_str()),
                default,
            )?;
        }
        put(
            sink,
            &s,
            mentions.as_ref(),
            &Literal::from(e.mentions),
            default,
        )?;
    }
    let relations: BTreeSet<&str> = ordered
        .edges
        .iter()
        .map(|e| graph.relation(*e).relation.as_str())
        .collect();
    for relation in relations {
        let r = iri.relation(relation);
        put(sink, &r, rdf::TYPE, rdf::PROPERTY, default)?;
        put(sink, &r, rdfs::LABEL, &Literal::from(relation), default)?;
    }

    // Document name → (edge, sentence) in edge order, then sentence order.
    let mut by_doc: BTreeMap<&str, Vec<(EdgeIndex, u32, &str)>> = BTreeMap::new();
    for &e in &ordered.edges {
        for ev in &graph.relation(e).evidence {
            by_doc.entry(graph.evidence_doc(ev)).or_default().push((
                e,
                ev.sentence,
                graph.evidence_text(ev),
            ));
        }
    }
    for doc in by_doc.keys() {
        let d = iri.document(doc);
        put(sink, &d, rdf::TYPE, &kg_document, default)?;
        put(sink, &d, rdfs::LABEL, &Literal::from(*doc), default)?;
    }

    let (weight, confidence) = (iri.vocab("weight"), iri.vocab("confidence"));
    let fact_of = |e: EdgeIndex| {
        let (s, t) = endpoints(graph, e);
        let (s, r, t) = (
            &graph.entity(s).name,
            &graph.relation(e).relation,
            &graph.entity(t).name,
        );
        (
            iri.entity(s),
            iri.relation(r),
            iri.entity(t),
            iri.fact(s, r, t),
        )
    };
    for &e in &ordered.edges {
        let rel = graph.relation(e);
        let (s, r, o, f) = fact_of(e);
        put(sink, &s, r.as_ref(), &o, default)?;
        put(sink, &f, rdf::TYPE, rdf::STATEMENT, default)?;
        put(sink, &f, rdf::SUBJECT, &s, default)?;
        put(sink, &f, rdf::PREDICATE, &r, default)?;
        put(sink, &f, rdf::OBJECT, &o, default)?;
        let w = Literal::new_typed_literal(rel.weight().to_string(), xsd::INTEGER);
        put(sink, &f, weight.as_ref(), &w, default)?;
        put(
            sink,
            &f,
            confidence.as_ref(),
            &Literal::from(rel.confidence),
            default,
        )?;
    }

    let (evidence, text, sentence_no, in_doc) = (
        iri.vocab("evidence"),
        iri.vocab("text"),
        iri.vocab("sentence"),
        iri.vocab("document"),
    );
    for (doc, items) in &by_doc {
        let d = iri.document(doc);
        let g = match shape {
            Shape::Quads => GraphNameRef::NamedNode(d.as_ref()),
            Shape::Triples => default,
        };
        let mut last = None;
        let mut sentences: BTreeMap<u32, &str> = BTreeMap::new();
        for &(e, sentence, sentence_text) in items {
            let (s, r, o, f) = fact_of(e);
            if shape == Shape::Quads && last != Some(e) {
                put(sink, &s, r.as_ref(), &o, g)?;
            }
            last = Some(e);
            put(sink, &f, evidence.as_ref(), &iri.sentence(doc, sentence), g)?;
            sentences.entry(sentence).or_insert(sentence_text);
        }
        for (sentence, sentence_text) in sentences {
            let n = iri.sentence(doc, sentence);
            put(sink, &n, text.as_ref(), &Literal::from(sentence_text), g)?;
            put(sink, &n, sentence_no.as_ref(), &Literal::from(sentence), g)?;
            put(sink, &n, in_doc.as_ref(), &d, g)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_percent_encoded_and_reversible() {
        let cases = [
            ("Kim Jong Un", "Kim_Jong_Un"),
            ("Kim_Jong Un", "Kim%5FJong_Un"),
            ("Aleksandar Vučić", "Aleksandar_Vu%C4%8Di%C4%87"),
            ("news/a.txt", "news%2Fa.txt"),
            ("a:b \"q\" <x> & \\", "a%3Ab_%22q%22_%3Cx%3E_%26_%5C"),
            ("100%", "100%25"),
            ("U.S.", "U.S."),
        ];
        for (name, expected) in cases {
            assert_eq!(encode(name), expected, "{name:?}");
        }
    }

    #[test]
    fn base_iris_are_checked() {
        let cases = [
            ("https://kg.example/", true),
            ("http://example.org/kg#", true),
            ("urn:kg:", false),
            ("https://kg.example", false),
            ("not an iri/", false),
            ("", false),
        ];
        for (base, ok) in cases {
            assert_eq!(check_base_iri(base).is_ok(), ok, "{base:?}");
        }
    }
}
