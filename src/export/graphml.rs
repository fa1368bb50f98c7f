//! GraphML writer: a graph selection in, a GraphML 1.0 document (UTF-8 XML) for
//! Gephi, yEd, Cytoscape or `networkx.read_graphml` out.
//!
//! Schema:
//!
//! ```xml
//! <graphml xmlns="http://graphml.graphdrawing.org/xmlns" …>
//!   <key id="documents" for="graph" attr.name="documents" attr.type="int"/>
//!   <key id="label" for="node" attr.name="label" attr.type="string"/>      canonical name
//!   <key id="kind" for="node" attr.name="kind" attr.type="string"/>        person, country, …
//!   <key id="aliases" for="node" attr.name="aliases" attr.type="string"/>  sorted, "; "-separated
//!   <key id="mentions" for="node" attr.name="mentions" attr.type="long"/>
//!   <key id="relation" for="edge" attr.name="relation" attr.type="string"/>
//!   <key id="weight" for="edge" attr.name="weight" attr.type="int"/>       supporting sentences
//!   <key id="confidence" for="edge" attr.name="confidence" attr.type="double"/>
//!   <key id="evidence" for="edge" attr.name="evidence" attr.type="string"/>
//!   <graph id="kg" edgedefault="directed">
//!     <node id="n0">…</node>
//!     <edge id="e0" source="n0" target="n1">…</edge>
//!   </graph>
//! </graphml>
//! ```
//!
//! * Node ids are `n0, n1, …` in name order (GraphML ids are XML name tokens, which
//!   cannot hold spaces); the canonical name is the `label` attribute, which Gephi
//!   and yEd show. Edge ids are `e0, e1, …` in (source, relation, target) order.
//! * `evidence` holds one line per supporting sentence, `doc #sentence: text`
//!   (line breaks inside a sentence become spaces), a modal or attributed one
//!   followed by ` [would] (according to X)`.
//! * Text is XML-escaped (`&`, `<`, `>`, `"`, `'`); characters XML 1.0 forbids
//!   (control characters other than tab, newline, carriage return) become U+FFFD.

use std::collections::HashMap;
use std::io::{self, Write};

use petgraph::stable_graph::NodeIndex;

use super::{Ordered, endpoints, evidence_lines, one_line};
use crate::graph::comention::{COMENTION, CoMentionLink};
use crate::graph::{KnowledgeGraph, Subgraph};

const HEADER: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <key id="documents" for="graph" attr.name="documents" attr.type="int"/>
  <key id="label" for="node" attr.name="label" attr.type="string"/>
  <key id="kind" for="node" attr.name="kind" attr.type="string"/>
  <key id="aliases" for="node" attr.name="aliases" attr.type="string"/>
  <key id="mentions" for="node" attr.name="mentions" attr.type="long"/>
  <key id="relation" for="edge" attr.name="relation" attr.type="string"/>
  <key id="weight" for="edge" attr.name="weight" attr.type="int"/>
  <key id="confidence" for="edge" attr.name="confidence" attr.type="double"/>
  <key id="evidence" for="edge" attr.name="evidence" attr.type="string"/>
"#;

/// Write `selection` of `graph` as GraphML.
pub fn write_graphml(
    graph: &KnowledgeGraph,
    selection: &Subgraph,
    w: &mut dyn Write,
) -> io::Result<()> {
    write_graphml_with(graph, selection, &[], w)
}

/// [`write_graphml`] with co-mentions after the facts: edges with `kind`
/// `co-mention` (a key declared only then), relation `co-mention`, `weight`
/// their count and their evidence.
pub fn write_graphml_with(
    graph: &KnowledgeGraph,
    selection: &Subgraph,
    comentions: &[CoMentionLink<'_>],
    w: &mut dyn Write,
) -> io::Result<()> {
    let ordered = Ordered::new(graph, selection);
    w.write_all(HEADER.as_bytes())?;
    if !comentions.is_empty() {
        writeln!(
            w,
            "  <key id=\"edgekind\" for=\"edge\" attr.name=\"kind\" attr.type=\"string\"/>"
        )?;
    }
    writeln!(w, "  <graph id=\"kg\" edgedefault=\"directed\">")?;
    writeln!(
        w,
        "    <data key=\"documents\">{}</data>",
        graph.documents().len()
    )?;
    let mut ids: HashMap<NodeIndex, usize> = HashMap::with_capacity(ordered.nodes.len());
    for (i, &n) in ordered.nodes.iter().enumerate() {
        ids.insert(n, i);
        let e = graph.entity(n);
        writeln!(w, "    <node id=\"n{i}\">")?;
        writeln!(w, "      <data key=\"label\">{}</data>", escape(&e.name))?;
        writeln!(w, "      <data key=\"kind\">{}</data>", e.kind)?;
        if !e.aliases.is_empty() {
            let aliases: Vec<&str> = e.aliases.keys().map(String::as_str).collect();
            writeln!(
                w,
                "      <data key=\"aliases\">{}</data>",
                escape(&aliases.join("; "))
            )?;
        }
        writeln!(w, "      <data key=\"mentions\">{}</data>", e.mentions)?;
        writeln!(w, "    </node>")?;
    }
    for (i, &e) in ordered.edges.iter().enumerate() {
        let (s, t) = endpoints(graph, e);
        let rel = graph.relation(e);
        writeln!(
            w,
            "    <edge id=\"e{i}\" source=\"n{}\" target=\"n{}\">",
            ids[&s], ids[&t]
        )?;
        writeln!(
            w,
            "      <data key=\"relation\">{}</data>",
            escape(&rel.relation)
        )?;
        writeln!(w, "      <data key=\"weight\">{}</data>", rel.weight())?;
        writeln!(
            w,
            "      <data key=\"confidence\">{}</data>",
            rel.confidence
        )?;
        writeln!(
            w,
            "      <data key=\"evidence\">{}</data>",
            escape(&evidence_lines(graph, rel))
        )?;
        writeln!(w, "    </edge>")?;
    }
    for (i, c) in comentions.iter().enumerate() {
        writeln!(
            w,
            "    <edge id=\"c{i}\" source=\"n{}\" target=\"n{}\">",
            ids[&c.a], ids[&c.b]
        )?;
        writeln!(w, "      <data key=\"edgekind\">{COMENTION}</data>")?;
        writeln!(w, "      <data key=\"relation\">{COMENTION}</data>")?;
        writeln!(w, "      <data key=\"weight\">{}</data>", c.count())?;
        let lines: Vec<String> = c
            .evidence
            .iter()
            .map(|ev| {
                format!(
                    "{} #{}: {}",
                    one_line(graph.evidence_doc(ev)),
                    ev.sentence,
                    one_line(graph.evidence_text(ev))
                )
            })
            .collect();
        writeln!(
            w,
            "      <data key=\"evidence\">{}</data>",
            escape(&lines.join("\n"))
        )?;
        writeln!(w, "    </edge>")?;
    }
    writeln!(w, "  </graph>")?;
    writeln!(w, "</graphml>")
}

/// XML-escape text for element content or attribute values; characters that
/// XML 1.0 forbids become U+FFFD, and a carriage return is written as `&#13;`
/// so that it survives end-of-line normalisation.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\r' => out.push_str("&#13;"),
            '\t' | '\n' => out.push(c),
            '\u{0}'..='\u{1F}' | '\u{FFFE}' | '\u{FFFF}' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::testgraph;

    #[test]
    fn escape_covers_markup_and_forbidden_characters() {
        let cases = [
            ("plain", "plain"),
            ("a<b>&c", "a&lt;b&gt;&amp;c"),
            ("\"q\" 'a'", "&quot;q&quot; &apos;a&apos;"),
            ("line\nbreak\r\n", "line\nbreak&#13;\n"),
            ("bell\u{7}", "bell\u{FFFD}"),
            ("Zürich", "Zürich"),
        ];
        for (input, expected) in cases {
            assert_eq!(escape(input), expected, "{input:?}");
        }
    }

    #[test]
    fn writes_nodes_with_labels_and_edges_by_node_id() {
        let g = testgraph::nasty();
        let mut out = Vec::new();
        write_graphml(&g, &g.full(), &mut out).unwrap();
        let xml = String::from_utf8(out).unwrap();
        assert!(xml.contains(
            "<node id=\"n2\">\n      <data key=\"label\">a:b &quot;quoted&quot; \\ &lt;x&gt; &amp; y</data>"
        ));
        assert!(xml.contains("<data key=\"aliases\">Mr Vučić; Vučić</data>"));
        assert!(xml.contains("<edge id=\"e2\" source=\"n2\" target=\"n0\">"));
        assert!(xml.contains("<data key=\"relation\">say &quot;hi&quot; to</data>"));
        assert!(xml.contains(
            "<data key=\"evidence\">news/a&amp;b.txt #1: It said: &quot;a:b&quot; &lt;x&gt; &amp; y \\ z.</data>"
        ));
        assert_eq!(xml.matches("<node ").count(), 3);
        assert_eq!(xml.matches("<edge ").count(), 3);
        assert!(xml.ends_with("  </graph>\n</graphml>\n"));
    }
}
