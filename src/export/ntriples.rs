//! N-Triples writer: a graph selection and a base IRI in, RDF 1.1 N-Triples
//! out: the RDF view of [`super::rdf`] without named graphs (entities, kinds,
//! relations, every fact, its reified statement with weight and confidence, and
//! its evidence sentences, each naming its document through `kg:document`).
//! Serialised by `oxttl`. For one graph per document, use N-Quads.

use std::io::{self, Write};

use oxrdf::TripleRef;
use oxttl::NTriplesSerializer;

use super::rdf::{RdfOptions, Shape, quads};
use crate::graph::{KnowledgeGraph, Subgraph};

/// Write `selection` of `graph` as N-Triples.
pub fn write_ntriples(
    graph: &KnowledgeGraph,
    selection: &Subgraph,
    options: &RdfOptions,
    w: &mut dyn Write,
) -> io::Result<()> {
    let mut out = NTriplesSerializer::new().for_writer(w);
    quads(graph, selection, options, Shape::Triples, &mut |q| {
        out.serialize_triple(TripleRef::new(q.subject, q.predicate, q.object))
    })?;
    out.finish().flush()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::testgraph;

    #[test]
    fn every_line_is_one_triple_in_the_default_graph() {
        let g = testgraph::nasty();
        let mut out = Vec::new();
        let options = RdfOptions {
            base: "http://example.org/kg#".to_string(),
        };
        write_ntriples(&g, &g.full(), &options, &mut out).unwrap();
        let nt = String::from_utf8(out).unwrap();
        // 3 kinds × 2 + 3 nodes × 3 + 2 aliases + 3 relations × 2 + 1 document × 2
        // + 3 edges × 7 + 4 evidence links + 2 sentences × 3.
        assert_eq!(nt.lines().count(), 6 + 9 + 2 + 6 + 2 + 21 + 4 + 6, "{nt}");
        for line in nt.lines() {
            let terms = line.matches("> ").count() + line.matches("\" ").count();
            assert!(line.starts_with('<') && line.ends_with(" ."), "{line}");
            assert!(terms >= 2, "{line}");
        }
        assert!(nt.contains(
            "<http://example.org/kg#entity/a%3Ab_%22quoted%22_%5C_%3Cx%3E_%26_y> \
             <http://example.org/kg#relation/say_%22hi%22_to> \
             <http://example.org/kg#entity/Aleksandar_Vu%C4%8Di%C4%87> .\n"
        ));
    }
}
