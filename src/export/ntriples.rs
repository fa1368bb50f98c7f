//! N-Triples writer: a graph selection in, RDF 1.1 N-Triples (one triple a line,
//! UTF-8) for RDF stores out.
//!
//! Schema:
//!
//! ```text
//! <urn:kg:entity:Kim_Jong_Un> <http://www.w3.org/2000/01/rdf-schema#label> "Kim Jong Un" .
//! <urn:kg:entity:Kim_Jong_Un> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <urn:kg:kind:person> .
//! <urn:kg:entity:Kim_Jong_Un> <http://www.w3.org/2004/02/skos/core#altLabel> "Mr Kim" .
//! <urn:kg:entity:Kim_Jong_Un> <urn:kg:mentions> "9"^^<http://www.w3.org/2001/XMLSchema#integer> .
//! <urn:kg:relation:arrive_in> <http://www.w3.org/2000/01/rdf-schema#label> "arrive in" .
//! <urn:kg:entity:Kim_Jong_Un> <urn:kg:relation:arrive_in> <urn:kg:entity:Beijing> .
//! ```
//!
//! * IRIs: `urn:kg:entity:` + name, `urn:kg:relation:` + relation, `urn:kg:kind:` +
//!   kind. A name is encoded reversibly: space → `_`; ASCII letters, digits, `-`,
//!   `.` and `~` stay; every other byte of its UTF-8 (including `_`) is
//!   percent-encoded (`Vučić` → `Vu%C4%8Di%C4%87`).
//! * Literals escape `"`, `\`, line feed, carriage return, tab, backspace and form
//!   feed with `\`; other control characters as `\uXXXX`.
//! * Order: per node (by name) its label, type, aliases (sorted) and mentions;
//!   then one label per relation used (by relation); then the edges by (source,
//!   relation, target). Weight, confidence and evidence are not expressible as
//!   plain triples; use the JSON or GraphML export for them.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::io::{self, Write};

use super::{Ordered, endpoints};
use crate::graph::{KnowledgeGraph, Subgraph};

const RDFS_LABEL: &str = "<http://www.w3.org/2000/01/rdf-schema#label>";
const RDF_TYPE: &str = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>";
const SKOS_ALT_LABEL: &str = "<http://www.w3.org/2004/02/skos/core#altLabel>";
const MENTIONS: &str = "<urn:kg:mentions>";
const XSD_INTEGER: &str = "<http://www.w3.org/2001/XMLSchema#integer>";

/// Write `selection` of `graph` as N-Triples.
pub fn write_ntriples(
    graph: &KnowledgeGraph,
    selection: &Subgraph,
    w: &mut dyn Write,
) -> io::Result<()> {
    let ordered = Ordered::new(graph, selection);
    for &n in &ordered.nodes {
        let e = graph.entity(n);
        let subject = iri("entity", &e.name);
        writeln!(w, "{subject} {RDFS_LABEL} {} .", literal(&e.name))?;
        writeln!(w, "{subject} {RDF_TYPE} {} .", iri("kind", e.kind.as_str()))?;
        for alias in e.aliases.keys() {
            writeln!(w, "{subject} {SKOS_ALT_LABEL} {} .", literal(alias))?;
        }
        writeln!(
            w,
            "{subject} {MENTIONS} \"{}\"^^{XSD_INTEGER} .",
            e.mentions
        )?;
    }
    let relations: BTreeSet<&str> = ordered
        .edges
        .iter()
        .map(|e| graph.relation(*e).relation.as_str())
        .collect();
    for rel in relations {
        writeln!(
            w,
            "{} {RDFS_LABEL} {} .",
            iri("relation", rel),
            literal(rel)
        )?;
    }
    for &e in &ordered.edges {
        let (s, t) = endpoints(graph, e);
        writeln!(
            w,
            "{} {} {} .",
            iri("entity", &graph.entity(s).name),
            iri("relation", &graph.relation(e).relation),
            iri("entity", &graph.entity(t).name),
        )?;
    }
    Ok(())
}

/// `<urn:kg:{space}:{encoded name}>`, see the module documentation.
pub fn iri(space: &str, name: &str) -> String {
    let mut out = format!("<urn:kg:{space}:");
    for b in name.bytes() {
        match b {
            b' ' => out.push('_'),
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'.' | b'~' => out.push(b as char),
            _ => {
                let _ = write!(out, "%{b:02X}");
            }
        }
    }
    out.push('>');
    out
}

/// A quoted N-Triples string literal.
pub fn literal(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{C}' => out.push_str("\\f"),
            c if c.is_control() && (c as u32) < 0x80 => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::testgraph;

    #[test]
    fn iris_are_percent_encoded_and_reversible() {
        let cases = [
            ("Kim Jong Un", "<urn:kg:entity:Kim_Jong_Un>"),
            ("Kim_Jong Un", "<urn:kg:entity:Kim%5FJong_Un>"),
            (
                "Aleksandar Vučić",
                "<urn:kg:entity:Aleksandar_Vu%C4%8Di%C4%87>",
            ),
            (
                "Kassym-Jomart Tokayev",
                "<urn:kg:entity:Kassym-Jomart_Tokayev>",
            ),
            (
                "a:b \"q\" <x> & \\",
                "<urn:kg:entity:a%3Ab_%22q%22_%3Cx%3E_%26_%5C>",
            ),
            ("100%", "<urn:kg:entity:100%25>"),
            ("U.S.", "<urn:kg:entity:U.S.>"),
        ];
        for (name, expected) in cases {
            assert_eq!(iri("entity", name), expected, "{name:?}");
        }
        assert_eq!(
            iri("relation", "send troops to"),
            "<urn:kg:relation:send_troops_to>"
        );
    }

    #[test]
    fn literals_escape_per_the_grammar() {
        let cases = [
            ("plain", "\"plain\""),
            ("say \"hi\"", "\"say \\\"hi\\\"\""),
            ("back\\slash", "\"back\\\\slash\""),
            ("a\nb\r\tc", "\"a\\nb\\r\\tc\""),
            ("\u{8}\u{C}\u{1}\u{7F}", "\"\\b\\f\\u0001\\u007F\""),
            ("Zürich", "\"Zürich\""),
        ];
        for (input, expected) in cases {
            assert_eq!(literal(input), expected, "{input:?}");
        }
    }

    #[test]
    fn every_line_is_one_triple() {
        let g = testgraph::nasty();
        let mut out = Vec::new();
        write_ntriples(&g, &g.full(), &mut out).unwrap();
        let nt = String::from_utf8(out).unwrap();
        // 3 nodes × (label, type, mentions) + 2 aliases + 3 relation labels + 3 edges.
        assert_eq!(nt.lines().count(), 17, "{nt}");
        for line in nt.lines() {
            assert!(line.starts_with('<') && line.ends_with(" ."), "{line}");
        }
        assert!(nt.contains(
            "<urn:kg:entity:a%3Ab_%22quoted%22_%5C_%3Cx%3E_%26_y> <urn:kg:relation:say_%22hi%22_to> \
             <urn:kg:entity:Aleksandar_Vu%C4%8Di%C4%87> .\n"
        ));
    }
}
