//! N-Quads writer: a graph selection and a base IRI in, RDF 1.1 N-Quads with
//! provenance out: one named graph per document holding the facts it states and
//! their evidence sentences, weight and confidence on each reified fact (the
//! shape is in [`super::rdf`]). Serialised by `oxttl`; pyoxigraph, Jena and
//! rdflib load it.
//!
//! Which documents state a fact, in SPARQL:
//!
//! ```text
//! SELECT ?doc WHERE { GRAPH ?g { <B entity/S> <B relation/R> <B entity/O> } ?g rdfs:label ?doc }
//! ```

use std::io::{self, Write};

use oxttl::NQuadsSerializer;

use super::rdf::{RdfOptions, Shape, quads};
use crate::graph::{KnowledgeGraph, Subgraph};

/// Write `selection` of `graph` as N-Quads.
pub fn write_nquads(
    graph: &KnowledgeGraph,
    selection: &Subgraph,
    options: &RdfOptions,
    w: &mut dyn Write,
) -> io::Result<()> {
    let mut out = NQuadsSerializer::new().for_writer(w);
    quads(graph, selection, options, Shape::Quads, &mut |q| {
        out.serialize_quad(q)
    })?;
    out.finish().flush()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::testgraph;

    fn nquads() -> String {
        let g = testgraph::nasty();
        let mut out = Vec::new();
        write_nquads(&g, &g.full(), &RdfOptions::default(), &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn each_document_graph_holds_its_facts_and_sentences() {
        let nq = nquads();
        let graph = " <https://kg.example/document/news%2Fa%26b.txt> .";
        let in_graph: Vec<&str> = nq.lines().filter(|l| l.ends_with(graph)).collect();
        // 3 facts + 4 evidence links + 2 sentences × (text, index, document).
        assert_eq!(in_graph.len(), 3 + 4 + 6, "{nq}");
        assert!(in_graph.contains(
            &"<https://kg.example/document/news%2Fa%26b.txt/sentence/1> \
              <https://kg.example/vocab#text> \"It said:\\n\\\"a:b\\\" <x> & y \\\\ z.\" \
              <https://kg.example/document/news%2Fa%26b.txt> ."
        ));
        assert!(nq.contains(
            "<https://kg.example/fact/Aleksandar_Vu%C4%8Di%C4%87/meet/\
             a%3Ab_%22quoted%22_%5C_%3Cx%3E_%26_y> <https://kg.example/vocab#weight> \
             \"2\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n"
        ));
    }

    #[test]
    fn every_line_is_one_statement() {
        for line in nquads().lines() {
            assert!(line.starts_with('<') && line.ends_with(" ."), "{line}");
        }
    }
}
