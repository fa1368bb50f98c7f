//! `kg demo`: the bundled article in, its graph built in memory and the
//! example queries answered out; reads and writes no file.

use std::io::Write;

use super::Outcome;
use crate::error::Result;
use crate::graph::KnowledgeGraph;
use crate::pipeline::Segmentation;
use crate::query;

/// The bundled article, embedded in the binary for `kg demo`.
pub const DEMO_ARTICLE: &str = include_str!("../../fixtures/beijing-parade.txt");
/// The document name the demo gives the bundled article.
pub const DEMO_NAME: &str = "fixtures/beijing-parade.txt";
/// The example query files `kg demo` answers, embedded in the binary.
pub const DEMO_QUERIES: [(&str, &str); 4] = [
    (
        "queries/kim-jong-un.kgq",
        include_str!("../../queries/kim-jong-un.kgq"),
    ),
    (
        "queries/kim-to-ukraine.kgq",
        include_str!("../../queries/kim-to-ukraine.kgq"),
    ),
    (
        "queries/sending-to-russia.kgq",
        include_str!("../../queries/sending-to-russia.kgq"),
    ),
    (
        "queries/heads-of-state.kgq",
        include_str!("../../queries/heads-of-state.kgq"),
    ),
];

/// `kg demo`: build the graph of the bundled article in memory, answer the
/// example queries, and say where to go next. Reads and writes no file.
pub fn demo(out: &mut dyn Write) -> Result<Outcome> {
    let doc = crate::text::Document {
        name: DEMO_NAME.to_string(),
        text: DEMO_ARTICLE.to_string(),
    };
    let p = crate::pipeline::process(doc, Segmentation::Prose);
    let mut graph = KnowledgeGraph::new();
    graph.merge_document(&p.facts, &p.hash);
    writeln!(
        out,
        "kg demo: the bundled article ({DEMO_NAME}, {} words) read into a graph of {} entities and {} facts.\n",
        p.words(),
        graph.graph().node_count(),
        graph.graph().edge_count(),
    )?;
    for (file, text) in DEMO_QUERIES {
        let statements = query::parse(text).map_err(|e| e.with_file(file))?;
        for st in &statements {
            let r = query::evaluate(&graph, st).map_err(|e| e.with_file(file))?;
            writeln!(out, "$ kg query '{st}'")?;
            query::write_text(&r, &graph, out)?;
            writeln!(out)?;
        }
    }
    writeln!(out, "Next:")?;
    for (cmd, what) in [
        (
            "kg ingest fixtures/",
            "build the store ./kg.db from the fixtures (or your own articles)",
        ),
        (
            "kg query 'path \"Mr Kim\" to \"Ukraine\"'",
            "ask your own questions",
        ),
        (
            "kg query --file queries/overview.kgq",
            "run a query file (see queries/)",
        ),
        (
            "kg export --format dot | dot -Tsvg > kg.svg",
            "draw the graph with Graphviz",
        ),
        ("kg --help", "every command and option"),
    ] {
        writeln!(out, "  {cmd:<46}  # {what}")?;
    }
    Ok(Outcome::Success)
}
