//! `kg export`: the store's graph (or the part a focus and filter select) in,
//! an interchange format out, to a writer or atomically to a file.

use std::io::{self, Write};
use std::path::PathBuf;

use super::{Outcome, dispose, load_store, write_atomically};
use crate::error::{Error, Result};
use crate::export::{ExportFormat, ExportOptions, export as write_export, output};
use crate::graph::{KnowledgeGraph, Subgraph, store};

/// `kg export`.
#[derive(Debug, Clone)]
pub struct ExportConfig {
    pub graph: PathBuf,
    pub format: ExportFormat,
    /// Only the neighbourhood of this entity (name or alias).
    pub focus: Option<String>,
    pub depth: usize,
    /// Relations, kinds, weight and isolated entities to leave out.
    pub filter: crate::export::Filter,
    pub options: ExportOptions,
    /// Write here (atomically) instead of `out`.
    pub output: Option<PathBuf>,
}

/// Write the graph, or the part of it the focus and filter select, in an
/// interchange format.
pub fn export(cfg: &ExportConfig, out: &mut dyn Write) -> Result<Outcome> {
    if let Some(output) = &cfg.output {
        let targets = if cfg.format == ExportFormat::Csv && output::is_csv_dir(output) {
            vec![
                output.clone(),
                output.join("nodes.csv"),
                output.join("edges.csv"),
            ]
        } else {
            vec![output.clone()]
        };
        for target in &targets {
            output::refuse_to_overwrite_a_graph(&cfg.graph, target)?;
        }
    }
    let graph = load_store(&cfg.graph)?;
    let mut options = cfg.options.clone();
    let focus = match &cfg.focus {
        Some(name) => {
            let n = graph.lookup(name)?;
            options.dot.focus = Some(n);
            Some((n, cfg.depth))
        }
        None => None,
    };
    let selection = crate::export::select(&graph, focus, &cfg.filter);
    match &cfg.output {
        None => {
            let mut w = io::BufWriter::new(out);
            write_export(&graph, &selection, cfg.format, &options, &mut w)?;
            w.flush()?;
        }
        Some(dir) if cfg.format == ExportFormat::Csv && output::is_csv_dir(dir) => {
            write_csv_dir(&graph, &selection, dir)?;
        }
        Some(path) => {
            let mut buf = Vec::new();
            write_export(&graph, &selection, cfg.format, &options, &mut buf)?;
            write_atomically(path, &buf)?;
        }
    }
    drop(selection);
    dispose(graph);
    Ok(Outcome::Success)
}

/// `dir/nodes.csv` and `dir/edges.csv` (neo4j-admin import tables), each
/// written atomically; `dir` is created if absent.
fn write_csv_dir(
    graph: &KnowledgeGraph,
    selection: &Subgraph,
    dir: &std::path::Path,
) -> Result<()> {
    use crate::export::{CsvOptions, CsvTable, csv::write_csv};
    std::fs::create_dir_all(dir).map_err(|e| Error::Output {
        path: dir.display().to_string(),
        source: e,
    })?;
    for (name, table) in [
        ("nodes.csv", CsvTable::Nodes),
        ("edges.csv", CsvTable::Edges),
    ] {
        let mut buf = Vec::new();
        write_csv(graph, selection, &CsvOptions { table }, &mut buf)?;
        write_atomically(&dir.join(name), &buf)?;
    }
    Ok(())
}

/// `kg export --format graph -o OUTPUT`: the store's graph written as a graph
/// file `output`, in the format `output`'s name selects (binary for `.kgb`,
/// else JSON), atomically.
pub fn convert(graph: &std::path::Path, output: &std::path::Path) -> Result<Outcome> {
    let g = load_store(graph)?;
    store::save(&g, output)?;
    dispose(g);
    Ok(Outcome::Success)
}
