//! `kg query`: statements (inline, from a file or from standard input) in,
//! their answers out, from indexed reads of the store or the whole graph.

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;

use super::{Outcome, dispose, found_outcome};
use crate::error::{Error, Result};
use crate::export::{ExportFormat, ExportOptions, export as write_export};
use crate::graph::Subgraph;
use crate::query;
use crate::store::Store;
use crate::text::input::InputError;

/// `kg query` output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum QueryFormat {
    /// Aligned text for people.
    #[default]
    Text,
    /// One JSON object per statement, one per line.
    Json,
    /// Everything the statements found (the union of their result subgraphs)
    /// in an export format: a DOT drawing, node-link JSON, GraphML, CSV, RDF.
    Export(ExportFormat),
}

/// Where the query text comes from.
#[derive(Debug, Clone)]
pub enum QuerySource {
    Inline(String),
    File(PathBuf),
    /// Statements read from standard input (`--file -`, or no statement).
    Stdin,
}

/// `kg query`.
#[derive(Debug, Clone)]
pub struct QueryConfig {
    pub graph: PathBuf,
    pub source: QuerySource,
    pub format: QueryFormat,
    /// Options of the export writers, for [`QueryFormat::Export`] (the base IRI
    /// of the RDF formats).
    pub export_options: ExportOptions,
}

/// Run every statement against the graph and write the results. Nothing is
/// written when a statement is malformed or names an unknown entity.
///
/// Exit status: [`Outcome::NothingFound`] when some statement found nothing.
pub fn query(cfg: &QueryConfig, out: &mut dyn Write) -> Result<Outcome> {
    let (text, origin) = match &cfg.source {
        QuerySource::Inline(q) => (q.clone(), "query".to_string()),
        QuerySource::File(p) => {
            let text = std::fs::read_to_string(p).map_err(|e| match e.kind() {
                io::ErrorKind::NotFound => InputError::NotFound {
                    path: p.display().to_string(),
                },
                _ => InputError::Io {
                    path: p.display().to_string(),
                    source: e,
                },
            })?;
            (text, p.display().to_string())
        }
        QuerySource::Stdin => {
            if io::stdin().is_terminal() {
                let _ = writeln!(
                    io::stderr().lock(),
                    "kg: reading query statements from standard input (end with Ctrl-D)"
                );
            }
            let mut text = String::new();
            io::Read::read_to_string(&mut io::stdin().lock(), &mut text).map_err(|e| {
                InputError::Io {
                    path: "-".into(),
                    source: e,
                }
            })?;
            (text, "-".to_string())
        }
    };
    if query::parse(&text).is_ok_and(|s| s.is_empty()) {
        return Err(query::QueryError::syntax(
            1,
            1,
            "no query statement (e.g. kg query 'neighbours \"Kim Jong Un\"'; `kg query --help` lists them)",
        )
        .with_file(origin)
        .into());
    }
    let store = Store::open_read(&cfg.graph)?;
    // One point statement (entity, neighbours, path) is answered from the
    // part of the graph it needs; anything else loads the whole graph.
    let point = match (cfg.format, query::parse(&text).as_deref()) {
        (QueryFormat::Text | QueryFormat::Json, Ok([st])) => store.point_graph(&st.query)?,
        _ => None,
    };
    let graph = match point {
        Some(g) => g,
        None => store.load_graph()?,
    };
    drop(store);
    let format = match cfg.format {
        QueryFormat::Text => query::Format::Text,
        QueryFormat::Json => query::Format::Json,
        QueryFormat::Export(export_format) => {
            let results = query::evaluate_all(&graph, &text, Some(&origin))?;
            let mut sel = Subgraph::default();
            for (_, r) in &results {
                let s = r.subgraph();
                sel.nodes.extend(s.nodes);
                sel.edges.extend(s.edges);
            }
            let mut w = io::BufWriter::new(out);
            write_export(&graph, &sel, export_format, &cfg.export_options, &mut w)?;
            w.flush()?;
            let found = results.iter().all(|(_, r)| r.found());
            drop(results);
            dispose(graph);
            return Ok(found_outcome(found));
        }
    };
    let all_found = query::run(&graph, &text, Some(&origin), format, out).map_err(|e| match e {
        query::RunError::Query(q) => Error::Query(q),
        query::RunError::Io(e) => Error::Io(e),
    })?;
    dispose(graph);
    Ok(found_outcome(all_found))
}
