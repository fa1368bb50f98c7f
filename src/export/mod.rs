//! Output stage: a graph and a selection of it (the whole graph, a `--focus`
//! neighbourhood or a query's result subgraph) in, a text stream out in one of six
//! formats.
//!
//! | format     | module       | for                                                    |
//! |------------|--------------|--------------------------------------------------------|
//! | `dot`      | [`dot`]      | Graphviz drawings (renders without warnings)           |
//! | `json`     | [`json`]     | node-link JSON, `networkx.node_link_graph(d, edges="edges")` |
//! | `graphml`  | [`graphml`]  | Gephi, yEd, Cytoscape, `networkx.read_graphml`         |
//! | `ntriples` | [`ntriples`] | RDF stores (one triple a line, no named graphs)        |
//! | `nquads`   | [`nquads`]   | RDF stores, one named graph per document (provenance)  |
//! | `csv`      | [`csv`]      | `neo4j-admin import`, LadybugDB `COPY` (nodes or edges table) |
//!
//! The part written is chosen once for every format by [`select()`] (`--focus`,
//! `--depth`, `--relation`, `--kind`, `--min-weight`, `--drop-isolated`).
//!
//! Every writer has the signature `write_X(graph, selection, [options,] w)` and
//! emits nodes sorted by canonical name and edges sorted by (source name,
//! relation, target name), so the same graph always gives the same bytes. A
//! selection is closed before writing: the endpoints of a selected edge are
//! written even when the selection omits them. [`export`] dispatches on an
//! [`ExportFormat`].
//!
//! Writers make many small writes: hand them a buffered writer. Measured with
//! `cargo run --release --example export-timing` (synthetic graph of 77,445
//! nodes and 400,000 edges, written to a file, best of 3) on the shared 2-core
//! machine while it was loaded (load average 7, so an idle machine is faster):
//! dot 2.1 s (76 MB), json 2.0 s (100 MB), graphml 3.4 s (136 MB), csv 2.8 s
//! (63 MB), ntriples 9.7 s (708 MB), nquads 9.9 s (865 MB; the RDF formats carry
//! a reified statement per edge and every evidence sentence).

pub mod conllu;
pub mod csv;
pub mod dot;
pub mod graphml;
pub mod json;
pub mod nquads;
pub mod ntriples;
pub mod output;
pub mod rdf;
pub mod select;
pub mod triples;

use std::collections::BTreeSet;
use std::fmt;
use std::io::{self, Write};
use std::str::FromStr;

use petgraph::stable_graph::{EdgeIndex, NodeIndex};
use thiserror::Error;

use crate::graph::{KnowledgeGraph, Relation, Subgraph};

pub use csv::{CsvOptions, CsvTable};
pub use dot::DotOptions;
pub use rdf::{DEFAULT_BASE_IRI, RdfOptions};
pub use select::{Filter, select};

/// An export format (`kg export --format …`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ExportFormat {
    Dot,
    Json,
    Graphml,
    Ntriples,
    Nquads,
    Csv,
}

impl ExportFormat {
    pub const ALL: [ExportFormat; 6] = [
        ExportFormat::Dot,
        ExportFormat::Json,
        ExportFormat::Graphml,
        ExportFormat::Ntriples,
        ExportFormat::Nquads,
        ExportFormat::Csv,
    ];

    /// The name used on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            ExportFormat::Dot => "dot",
            ExportFormat::Json => "json",
            ExportFormat::Graphml => "graphml",
            ExportFormat::Ntriples => "ntriples",
            ExportFormat::Nquads => "nquads",
            ExportFormat::Csv => "csv",
        }
    }

    /// The usual file extension (without the dot).
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Dot => "dot",
            ExportFormat::Json => "json",
            ExportFormat::Graphml => "graphml",
            ExportFormat::Ntriples => "nt",
            ExportFormat::Nquads => "nq",
            ExportFormat::Csv => "csv",
        }
    }
}

impl fmt::Display for ExportFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A format name that is not one of [`ExportFormat::ALL`].
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("unknown export format `{0}` (expected dot, json, graphml, ntriples, nquads or csv)")]
pub struct UnknownFormat(pub String);

impl FromStr for ExportFormat {
    type Err = UnknownFormat;

    /// Case-insensitive; `nt` and `n-triples` are accepted for N-Triples, `nq`
    /// and `n-quads` for N-Quads.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let lower = s.trim().to_ascii_lowercase();
        match lower.as_str() {
            "nt" | "n-triples" => return Ok(ExportFormat::Ntriples),
            "nq" | "n-quads" => return Ok(ExportFormat::Nquads),
            _ => {}
        }
        ExportFormat::ALL
            .into_iter()
            .find(|f| f.as_str() == lower)
            .ok_or_else(|| UnknownFormat(s.to_string()))
    }
}

/// Options for [`export`]; each writer reads the part that concerns it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ExportOptions {
    pub dot: DotOptions,
    pub csv: CsvOptions,
    pub rdf: RdfOptions,
    /// Add the co-mentions of the selected nodes (DOT, JSON and GraphML).
    pub comentions: bool,
}

/// Write `selection` of `graph` to `w` in `format`.
pub fn export(
    graph: &KnowledgeGraph,
    selection: &Subgraph,
    format: ExportFormat,
    options: &ExportOptions,
    w: &mut dyn Write,
) -> io::Result<()> {
    let comentions: Vec<_> = if options.comentions {
        graph
            .comention_pairs()
            .into_iter()
            .filter(|c| selection.nodes.contains(&c.a) && selection.nodes.contains(&c.b))
            .collect()
    } else {
        Vec::new()
    };
    match format {
        ExportFormat::Dot => dot::write_dot_with(graph, selection, &options.dot, &comentions, w),
        ExportFormat::Json => json::write_json_with(graph, selection, &comentions, w),
        ExportFormat::Graphml => graphml::write_graphml_with(graph, selection, &comentions, w),
        ExportFormat::Ntriples => ntriples::write_ntriples(graph, selection, &options.rdf, w),
        ExportFormat::Nquads => nquads::write_nquads(graph, selection, &options.rdf, w),
        ExportFormat::Csv => csv::write_csv(graph, selection, &options.csv, w),
    }
}

/// A selection in output order: nodes by canonical name, edges by (source name,
/// relation, target name). The node list includes every endpoint of a selected
/// edge.
pub(crate) struct Ordered {
    pub nodes: Vec<NodeIndex>,
    pub edges: Vec<EdgeIndex>,
}

impl Ordered {
    pub(crate) fn new(graph: &KnowledgeGraph, selection: &Subgraph) -> Self {
        let g = graph.graph();
        let mut edges: Vec<EdgeIndex> = selection
            .edges
            .iter()
            .copied()
            .filter(|e| g.edge_weight(*e).is_some())
            .collect();
        let mut node_set: BTreeSet<NodeIndex> = selection
            .nodes
            .iter()
            .copied()
            .filter(|n| g.node_weight(*n).is_some())
            .collect();
        for &e in &edges {
            let (s, t) = endpoints(graph, e);
            node_set.insert(s);
            node_set.insert(t);
        }
        let mut nodes: Vec<NodeIndex> = node_set.into_iter().collect();
        nodes.sort_by(|a, b| graph.entity(*a).name.cmp(&graph.entity(*b).name));
        edges.sort_by_cached_key(|e| {
            let (s, t) = endpoints(graph, *e);
            (
                graph.entity(s).name.as_str(),
                graph.relation(*e).relation.as_str(),
                graph.entity(t).name.as_str(),
            )
        });
        Ordered { nodes, edges }
    }
}

/// Source and target of an edge that exists.
pub(crate) fn endpoints(graph: &KnowledgeGraph, e: EdgeIndex) -> (NodeIndex, NodeIndex) {
    graph.graph().edge_endpoints(e).expect("edge exists")
}

/// The supporting sentences of an edge as lines `doc #sentence: text`, in
/// evidence order (document, then sentence). Line breaks inside a name or a
/// sentence become spaces so that one line is one piece of evidence; used by the
/// flat formats (GraphML, CSV).
pub(crate) fn evidence_lines(graph: &KnowledgeGraph, rel: &Relation) -> String {
    let mut out = String::new();
    for (i, ev) in rel.evidence.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(&one_line(graph.evidence_doc(ev)));
        out.push_str(&format!(" #{}: ", ev.sentence));
        out.push_str(&one_line(graph.evidence_text(ev)));
        out.push_str(&evidence_flags(graph, ev));
    }
    out
}

/// What follows a modal or attributed evidence sentence in the flat formats,
/// ` [would] (according to Microsoft)`; empty for an asserted, unattributed one.
pub(crate) fn evidence_flags(graph: &KnowledgeGraph, ev: &crate::graph::Evidence) -> String {
    let mut out = String::new();
    if let Some(m) = ev.modality {
        out.push_str(&format!(" [{m}]"));
    }
    if let Some(a) = graph.attribution(ev) {
        out.push_str(&format!(" (according to {})", one_line(a)));
    }
    out
}

/// `s` with every line break (`\r\n`, `\r`, `\n`) replaced by one space.
pub(crate) fn one_line(s: &str) -> String {
    s.replace("\r\n", " ").replace(['\r', '\n'], " ")
}

#[cfg(test)]
pub(crate) mod testgraph {
    //! A small graph with hostile names, shared by the writers' unit tests.

    use crate::graph::KnowledgeGraph;
    use crate::resolve::{Alias, AliasRule, DocumentFacts, Fact, ResolvedEntity};
    use crate::text::Span;
    use crate::vocab::EntityKind;

    fn entity(name: &str, kind: EntityKind, aliases: &[&str], mentions: usize) -> ResolvedEntity {
        ResolvedEntity {
            name: name.to_string(),
            kind,
            aliases: aliases
                .iter()
                .map(|a| Alias {
                    name: a.to_string(),
                    rule: AliasRule::Surname,
                })
                .collect(),
            mentions,
        }
    }

    fn fact(subject: usize, relation: &str, object: usize, sentence: usize) -> Fact {
        Fact {
            subject,
            relation: relation.to_string(),
            object,
            confidence: 0.75,
            sentence,
            subject_mention: Span { start: 0, end: 0 },
            object_mention: Span { start: 0, end: 0 },
            ..Default::default()
        }
    }

    /// Entities: `Aleksandar Vučić` (person), `a:b "quoted" \ <x> & y` (organization),
    /// `Zürich` (city); facts with a relation containing `"` and an evidence
    /// sentence with a newline.
    pub(crate) fn nasty() -> KnowledgeGraph {
        let facts = DocumentFacts {
            doc: "news/a&b.txt".to_string(),
            sentences: vec![
                "Vučić met \"the group\" in Zürich.".to_string(),
                "It said:\n\"a:b\" <x> & y \\ z.".to_string(),
            ],
            entities: vec![
                entity(
                    "Aleksandar Vučić",
                    EntityKind::Person,
                    &["Vučić", "Mr Vučić"],
                    3,
                ),
                entity(
                    "a:b \"quoted\" \\ <x> & y",
                    EntityKind::Organization,
                    &[],
                    2,
                ),
                entity("Zürich", EntityKind::City, &[], 1),
            ],
            facts: vec![
                fact(0, "meet", 1, 0),
                fact(0, "arrive in", 2, 0),
                fact(1, "say \"hi\" to", 0, 1),
                fact(0, "meet", 1, 1),
            ],
            comentions: Vec::new(),
        };
        let mut g = KnowledgeGraph::new();
        g.merge_document(&facts, "h1");
        g
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_names_round_trip() {
        for f in ExportFormat::ALL {
            assert_eq!(f.to_string().parse::<ExportFormat>(), Ok(f));
            assert_eq!(f.as_str().to_uppercase().parse::<ExportFormat>(), Ok(f));
        }
        let cases = [
            ("nt", Ok(ExportFormat::Ntriples)),
            ("N-Triples", Ok(ExportFormat::Ntriples)),
            ("n-quads", Ok(ExportFormat::Nquads)),
            (" csv ", Ok(ExportFormat::Csv)),
            ("svg", Err(UnknownFormat("svg".to_string()))),
            ("", Err(UnknownFormat(String::new()))),
        ];
        for (input, expected) in cases {
            assert_eq!(input.parse::<ExportFormat>(), expected, "{input:?}");
        }
    }

    #[test]
    fn ordered_sorts_and_closes_the_selection() {
        let g = testgraph::nasty();
        let full = Ordered::new(&g, &g.full());
        let names: Vec<&str> = full
            .nodes
            .iter()
            .map(|n| g.entity(*n).name.as_str())
            .collect();
        assert_eq!(
            names,
            ["Aleksandar Vučić", "Zürich", "a:b \"quoted\" \\ <x> & y"]
        );
        let edges: Vec<&str> = full
            .edges
            .iter()
            .map(|e| g.relation(*e).relation.as_str())
            .collect();
        assert_eq!(edges, ["arrive in", "meet", "say \"hi\" to"]);

        // An edge alone brings its two endpoints.
        let only_edge = Subgraph {
            nodes: Default::default(),
            edges: [full.edges[0]].into(),
        };
        let o = Ordered::new(&g, &only_edge);
        assert_eq!(o.nodes.len(), 2);
        assert_eq!(o.edges.len(), 1);
    }

    #[test]
    fn evidence_lines_keep_one_piece_of_evidence_per_line() {
        let g = testgraph::nasty();
        let o = Ordered::new(&g, &g.full());
        let meet = g.relation(o.edges[1]);
        assert_eq!(
            evidence_lines(&g, meet),
            "news/a&b.txt #0: Vučić met \"the group\" in Zürich.\n\
             news/a&b.txt #1: It said: \"a:b\" <x> & y \\ z."
        );
    }

    #[test]
    fn one_line_replaces_every_kind_of_line_break() {
        for (input, expected) in [("a\r\nb", "a b"), ("a\rb\nc", "a b c"), ("abc", "abc")] {
            assert_eq!(one_line(input), expected);
        }
    }
}
