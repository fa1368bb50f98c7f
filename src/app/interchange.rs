//! The commands that move a graph past one machine: `kg ingest --facts`
//! (facts extracted elsewhere, as `kg extract --format jsonl` wrote them, in;
//! stored documents out) and `kg merge` (stores built separately in; one store
//! out, holding the graph one ingest of all their documents gives).

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use thiserror::Error;

use super::{Outcome, count};
use crate::error::Result;
use crate::facts::{FactsError, read_facts};
use crate::store::{DatedDocument, NewDocument, Prefer, Store, Wait, combine};

/// Why `kg merge` will not write its output.
#[derive(Debug, Error)]
pub enum MergeOutputError {
    #[error("refusing to write {}: it is one of the stores being merged", .0.display())]
    IsInput(PathBuf),
    #[error("refusing to overwrite {}: it exists (give --force to replace it)", .0.display())]
    Exists(PathBuf),
    #[error("kg merge needs at least one store to read")]
    NoInputs,
}

/// `kg ingest --facts FILE...` (`-` is stdin): store the documents of facts
/// files written by `kg extract --format jsonl`, replacing changed ones, in
/// one transaction. Every file is read and checked before the store is
/// written, so a bad line leaves the store as it was.
pub fn ingest_facts(graph: &Path, files: &[PathBuf], wait: Wait) -> Result<Outcome> {
    let started = std::time::Instant::now();
    let stored: std::collections::HashMap<String, String> = Store::check_writable(graph, wait)?
        .into_iter()
        .map(|d| (d.name, d.hash))
        .collect();
    let mut docs: Vec<NewDocument> = Vec::new();
    let mut origin: std::collections::HashMap<String, String> = std::collections::HashMap::new();
    for f in files {
        let (label, read) = if f.as_os_str() == "-" {
            ("-".to_string(), read_facts("-", io::stdin().lock()))
        } else {
            let label = f.display().to_string();
            let read = std::fs::File::open(f)
                .map_err(|source| FactsError::Io {
                    path: label.clone(),
                    source,
                })
                .and_then(|file| read_facts(&label, io::BufReader::new(file)));
            (label, read)
        };
        for d in read? {
            if let Some(first) = origin.insert(d.facts.doc.clone(), label.clone()) {
                return Err(FactsError::Duplicate {
                    path: label,
                    name: d.facts.doc,
                    first,
                }
                .into());
            }
            docs.push(d);
        }
    }
    let changed = docs
        .iter()
        .filter(|d| stored.get(&d.facts.doc) != Some(&d.hash));
    let (sentences, facts) = changed.fold((0, 0), |(s, f), d| {
        (
            s + d.facts.sentences.len(),
            f + d.facts.facts.iter().filter(|x| !x.negated).count(),
        )
    });
    let w = Store::open_write(graph, wait)?.write(&docs, &[], wait)?;
    let _ = writeln!(
        io::stderr().lock(),
        "kg: ingested {} ({} replaced, {} unchanged) from {}: {}, {} in {:.2}s\n\
         kg: store {}: {}, {}, {}",
        count(w.added + w.replaced, "document"),
        w.replaced,
        w.unchanged,
        count(files.len(), "facts file"),
        count(sentences, "sentence"),
        count(facts, "fact"),
        started.elapsed().as_secs_f64(),
        graph.display(),
        count(w.documents, "document"),
        count(w.entities, "entity"),
        count(w.edges, "edge"),
    );
    Ok(Outcome::Success)
}

/// `kg merge`.
#[derive(Debug, Clone)]
pub struct MergeConfig {
    /// The stores to combine, in order (the order only breaks ties).
    pub inputs: Vec<PathBuf>,
    /// The new store.
    pub output: PathBuf,
    /// Replace `output` if it exists.
    pub force: bool,
    pub prefer: Prefer,
}

/// Combine stores built separately into a new store whose graph is the one a
/// single ingest of all their documents gives (see [`crate::store::combine`]
/// for a name held twice). The output is built beside itself under a
/// temporary name and renamed into place, so a failure leaves no half store
/// and, with `--force`, the old one intact.
pub fn merge(cfg: &MergeConfig) -> Result<Outcome> {
    if cfg.inputs.is_empty() {
        return Err(MergeOutputError::NoInputs.into());
    }
    if let Ok(out) = cfg.output.canonicalize() {
        if cfg
            .inputs
            .iter()
            .any(|i| i.canonicalize().is_ok_and(|i| i == out))
        {
            return Err(MergeOutputError::IsInput(cfg.output.clone()).into());
        }
        if !cfg.force {
            return Err(MergeOutputError::Exists(cfg.output.clone()).into());
        }
    }
    let mut inputs: Vec<(PathBuf, Vec<DatedDocument>)> = Vec::new();
    for p in &cfg.inputs {
        let docs = Store::open_read(p)?.read_documents()?;
        inputs.push((p.clone(), docs));
    }
    let docs = combine(inputs, cfg.prefer)?;
    let tmp = temporary_beside(&cfg.output);
    let built = (|| -> Result<_> {
        let mut store = Store::open_write(&tmp, Wait::No)?;
        let w = store.write_documents(&docs, Wait::No)?;
        drop(store);
        Ok(w)
    })();
    let w = match built {
        Ok(w) => w,
        Err(e) => {
            remove_store(&tmp);
            return Err(e);
        }
    };
    // The old store's journal files must not be applied to the new one.
    remove_journal(&cfg.output);
    if let Err(e) = std::fs::rename(&tmp, &cfg.output) {
        remove_store(&tmp);
        return Err(crate::Error::Output {
            path: cfg.output.display().to_string(),
            source: e,
        });
    }
    let _ = writeln!(
        io::stderr().lock(),
        "kg: merged {}\nkg: store {}: {}, {}, {}",
        count(cfg.inputs.len(), "store"),
        cfg.output.display(),
        count(w.documents, "document"),
        count(w.entities, "entity"),
        count(w.edges, "edge"),
    );
    Ok(Outcome::Success)
}

/// `.NAME.mergePID` in the directory of `path`.
fn temporary_beside(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.merge{}", std::process::id()))
}

/// Remove `path`'s SQLite journal files (`-wal`, `-shm`), if any.
fn remove_journal(path: &Path) {
    let name = path.as_os_str().to_string_lossy();
    for suffix in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{name}{suffix}"));
    }
}

/// Remove a temporary store and its journal files.
fn remove_store(path: &Path) {
    remove_journal(path);
    let _ = std::fs::remove_file(path);
}
