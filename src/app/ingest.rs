//! `kg ingest`, `kg remove`, `kg import`: documents (text files, or the
//! documents of old graph files) in, the store updated in one transaction out.

use std::io::{self, Write};
use std::path::PathBuf;

use super::{Outcome, count, dispose, progress_bar, say_stdin_is_read, warn};
use crate::error::{Error, Result};
use crate::graph::store;
use crate::pipeline::{Segmentation, cut_warning, process, stream};
use crate::store::{NewDocument, Store, Wait};
use crate::text::input::{Source, collect_sources_with};

/// `kg ingest`.
#[derive(Debug, Clone, Default)]
pub struct IngestConfig {
    /// The graph store (SQLite), created if absent.
    pub graph: PathBuf,
    pub paths: Vec<PathBuf>,
    /// The document name of standard input (default [`STDIN_NAME`]).
    pub name: Option<String>,
    pub segmentation: Segmentation,
    /// Draw a progress bar on stderr (when it is a terminal).
    pub progress: bool,
    /// Extraction threads (default: all cores). The graph does not depend on it.
    pub threads: Option<usize>,
    /// Whether to wait for another writer (`--no-wait`: fail at once).
    pub wait: Wait,
}

/// What one `kg ingest` run did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct IngestSummary {
    /// New documents stored.
    pub added: usize,
    /// Stored documents whose content changed (their facts replaced).
    pub replaced: usize,
    /// Documents stored with the same content already.
    pub unchanged: usize,
    /// Documents that could not be read (reported as warnings).
    pub failed: usize,
    /// Sentences, words and facts of the added and replaced documents.
    pub sentences: usize,
    pub words: usize,
    pub facts: usize,
    /// The store after the run.
    pub documents: usize,
    pub entities: usize,
    pub edges: usize,
}

/// Extract documents and store them (the store is created if absent).
///
/// A document is named by its path relative to the directory given on the
/// command line (a file given by name keeps the path as typed, without a
/// leading `./`). The store is checked writable (and, with `--no-wait`, free)
/// before the extraction work; everything is then written in one transaction,
/// so on any fatal error the store is left exactly as it was.
pub fn ingest(cfg: &IngestConfig) -> Result<(Outcome, IngestSummary)> {
    match cfg.threads {
        Some(n) => rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build()
            .map_err(|e| Error::Io(io::Error::other(e)))?
            .install(|| ingest_in_pool(cfg)),
        None => ingest_in_pool(cfg),
    }
}

/// The document name standard input gets unless `--name` says otherwise.
pub const STDIN_NAME: &str = "stdin";

/// The document name of a source found under command-line path `root`.
fn document_name(root: &std::path::Path, src: &Source, stdin_name: Option<&str>) -> String {
    let Source::File(p) = src else {
        return stdin_name.unwrap_or(STDIN_NAME).to_string();
    };
    let rel = match p.strip_prefix(root) {
        Ok(r) if !r.as_os_str().is_empty() => r,
        _ => p.as_path(),
    };
    let parts: Vec<String> = rel
        .components()
        .filter(|c| !matches!(c, std::path::Component::CurDir))
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    parts.join("/").replace("//", "/")
}

/// Expand the command-line paths into named sources. A path that cannot be
/// listed is a warning when there are several (the rest is read), the error
/// when it is the only one. With `dedupe`, a source whose name an earlier one
/// has is skipped with a warning.
pub(super) fn named_sources(
    paths: &[PathBuf],
    stdin_name: Option<&str>,
    dedupe: bool,
    failed: &mut usize,
) -> Result<(Vec<Source>, Vec<String>)> {
    let mut sources = Vec::new();
    let mut names: Vec<String> = Vec::new();
    let mut seen: std::collections::HashMap<String, String> = std::collections::HashMap::new();
    let roots: Vec<PathBuf> = if paths.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        paths.to_vec()
    };
    for root in &roots {
        let mut skipped = Vec::new();
        let found = match collect_sources_with(std::slice::from_ref(root), &mut skipped) {
            Ok(f) => f,
            Err(e) if roots.len() == 1 => return Err(e.into()),
            Err(e) => {
                warn(&e);
                *failed += 1;
                continue;
            }
        };
        for e in &skipped {
            warn(e);
        }
        for src in found {
            let name = document_name(root, &src, stdin_name);
            if dedupe {
                if let Some(first) = seen.get(&name) {
                    warn(&format!(
                        "{src}: document name {name:?} already given by {first}; skipped"
                    ));
                    *failed += 1;
                    continue;
                }
                seen.insert(name.clone(), src.to_string());
            }
            names.push(name);
            sources.push(src);
        }
    }
    Ok((sources, names))
}

fn ingest_in_pool(cfg: &IngestConfig) -> Result<(Outcome, IngestSummary)> {
    let mut sum = IngestSummary::default();
    let (sources, names) = named_sources(&cfg.paths, cfg.name.as_deref(), true, &mut sum.failed)?;
    let stored: std::collections::HashMap<String, String> =
        Store::check_writable(&cfg.graph, cfg.wait)?
            .into_iter()
            .map(|d| (d.name, d.hash))
            .collect();
    let single = sources.len() == 1 && sum.failed == 0;
    let bar = progress_bar(cfg.progress && sources.len() > 1, sources.len());
    let mut fatal: Option<Error> = None;
    let mut docs: Vec<NewDocument> = Vec::new();
    let mut next = 0;
    let started = std::time::Instant::now();
    let seg = cfg.segmentation;
    say_stdin_is_read(&sources);
    stream(
        &sources,
        |doc| process(doc, seg),
        |_, r| {
            bar.inc(1);
            let name = &names[next];
            next += 1;
            match r {
                Ok(mut p) => {
                    if let Some(w) = cut_warning(name, p.cut) {
                        bar.suspend(|| warn(&w));
                    }
                    if stored.get(name) != Some(&p.hash) {
                        sum.sentences += p.facts.sentences.len();
                        sum.words += p.words();
                        // The facts the graph takes (a denied fact is no edge).
                        sum.facts += p.facts.facts.iter().filter(|f| !f.negated).count();
                    }
                    p.facts.doc = name.clone();
                    docs.push(NewDocument {
                        facts: p.facts,
                        hash: p.hash,
                    });
                    bar.set_message(format!("{} sentences, {} facts", sum.sentences, sum.facts));
                    true
                }
                Err(e) if single => {
                    fatal = Some(e.into());
                    false
                }
                Err(e) => {
                    bar.suspend(|| warn(&e));
                    sum.failed += 1;
                    true
                }
            }
        },
    );
    bar.finish_and_clear();
    if let Some(e) = fatal {
        return Err(e);
    }
    let existed = cfg.graph.exists();
    let written =
        Store::open_write(&cfg.graph, cfg.wait).and_then(|mut s| s.write(&docs, &[], cfg.wait));
    if written.is_err() {
        if existed {
            Store::clear_stubs(&cfg.graph);
        } else {
            Store::remove_new(&cfg.graph);
        }
    }
    let w = written?;
    drop(docs);
    sum.added = w.added;
    sum.replaced = w.replaced;
    sum.unchanged = w.unchanged;
    (sum.documents, sum.entities, sum.edges) = (w.documents, w.entities, w.edges);
    let secs = started.elapsed().as_secs_f64();
    let mut err = io::stderr().lock();
    let _ = writeln!(
        err,
        "kg: ingested {} ({} replaced, {} unchanged, {} failed): {}, {} in {:.2}s\n\
         kg: store {}: {}, {}, {}",
        count(sum.added + sum.replaced, "document"),
        sum.replaced,
        sum.unchanged,
        sum.failed,
        count(sum.sentences, "sentence"),
        count(sum.facts, "fact"),
        secs,
        cfg.graph.display(),
        count(sum.documents, "document"),
        count(sum.entities, "entity"),
        count(sum.edges, "edge"),
    );
    let outcome = if sum.failed > 0 {
        Outcome::SomeFailed
    } else {
        Outcome::Success
    };
    Ok((outcome, sum))
}

/// `kg remove NAME...`: take documents, and the facts only they support, out
/// of the store, in one transaction. A name the store does not hold is a
/// warning (status 2); the others are removed.
pub fn remove(graph: &std::path::Path, names: &[String], wait: Wait) -> Result<Outcome> {
    let mut store = Store::open_write(graph, wait)?;
    let w = store.write(&[], names, wait)?;
    for name in &w.missing {
        warn(&format!(
            "{}: no document named {name:?} (see `kg query documents`)",
            graph.display()
        ));
    }
    let _ = writeln!(
        io::stderr().lock(),
        "kg: removed {}\nkg: store {}: {}, {}, {}",
        count(w.removed, "document"),
        graph.display(),
        count(w.documents, "document"),
        count(w.entities, "entity"),
        count(w.edges, "edge"),
    );
    Ok(if w.missing.is_empty() {
        Outcome::Success
    } else {
        Outcome::SomeFailed
    })
}

/// `kg import FILE...`: store the documents of JSON or `.kgb` graph files
/// (the format before the SQLite store). Each graph document becomes a stored
/// document whose facts are read back from the graph: its entities with their
/// aliases, and one fact per piece of evidence.
pub fn import(graph: &std::path::Path, files: &[PathBuf], wait: Wait) -> Result<Outcome> {
    Store::check_writable(graph, wait)?;
    let mut docs = Vec::new();
    for f in files {
        let g = store::load(f)?;
        docs.extend(crate::store::documents_of_graph(&g));
        dispose(g);
    }
    let w = Store::open_write(graph, wait)?.write(&docs, &[], wait)?;
    let _ = writeln!(
        io::stderr().lock(),
        "kg: imported {} ({} replaced, {} unchanged)\nkg: store {}: {}, {}, {}",
        count(w.added + w.replaced, "document"),
        w.replaced,
        w.unchanged,
        graph.display(),
        count(w.documents, "document"),
        count(w.entities, "entity"),
        count(w.edges, "edge"),
    );
    Ok(Outcome::Success)
}
