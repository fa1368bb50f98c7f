//! Commands: plain configuration in, output written and an [`Outcome`] out.
//!
//! This is what the `kg` binary calls after turning its arguments into the
//! configuration types here; nothing in it knows about the command-line parser.
//! Output goes to the writer it is given; warnings and summaries go to stderr.

mod demo;
mod export;
mod extract;
mod ingest;
mod interchange;
mod query;
mod stats;

pub use demo::{DEMO_ARTICLE, DEMO_NAME, DEMO_QUERIES, demo};
pub use export::{ExportConfig, convert, export};
pub use extract::{ExtractConfig, ExtractFormat, extract};
pub use ingest::{IngestConfig, IngestSummary, STDIN_NAME, import, ingest, remove};
pub use interchange::{MergeConfig, MergeOutputError, ingest_facts, merge};
pub use query::{QueryConfig, QueryFormat, QuerySource, query};
pub use stats::{Stats, StatsFormat, stats, stats_of, write_stats};

use std::io::{self, IsTerminal, Write};

use crate::error::{Error, Result};
use crate::graph::KnowledgeGraph;
use crate::store::Store;
use crate::text::input::Source;

/// How a command ended, short of an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Everything worked.
    Success,
    /// A query found nothing (exit status 1).
    NothingFound,
    /// Some inputs failed (already reported as warnings); the rest was processed.
    SomeFailed,
}

impl Outcome {
    /// The process exit status: 0, 1 (nothing found) or 2 (something failed).
    pub fn exit_code(self) -> u8 {
        match self {
            Outcome::Success => 0,
            Outcome::NothingFound => 1,
            Outcome::SomeFailed => 2,
        }
    }
}

/// Print a warning line on stderr.
pub fn warn(e: &dyn std::fmt::Display) {
    let _ = writeln!(io::stderr().lock(), "kg: warning: {e}");
}

/// When standard input is among `sources` and is a terminal, say that it is
/// being read (a bare `kg ingest` otherwise looks hung).
fn say_stdin_is_read(sources: &[Source]) {
    if sources.contains(&Source::Stdin) && io::stdin().is_terminal() {
        let _ = writeln!(
            io::stderr().lock(),
            "kg: reading a document from standard input (end it with Ctrl-D; give files or directories as arguments)"
        );
    }
}

/// Whether progress should be drawn (stderr is a terminal).
pub fn progress_enabled() -> bool {
    io::stderr().is_terminal()
}

/// Read the whole graph of a store.
fn load_store(graph: &std::path::Path) -> Result<KnowledgeGraph> {
    Ok(Store::open_read(graph)?.load_graph()?)
}

/// `1 document`, `2 documents`, `1 entity`, `3 entities`.
fn count(n: usize, noun: &str) -> String {
    match (n, noun.strip_suffix('y')) {
        (1, _) => format!("1 {noun}"),
        (_, Some(stem)) => format!("{n} {stem}ies"),
        _ => format!("{n} {noun}s"),
    }
}

fn progress_bar(enabled: bool, len: usize) -> indicatif::ProgressBar {
    if !enabled || !progress_enabled() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(len as u64);
    bar.set_style(
        indicatif::ProgressStyle::with_template(
            "{spinner} [{elapsed_precise}] {bar:30} {pos}/{len} documents  {rate}  ETA {eta}  {msg}",
        )
        .expect("valid template")
        .with_key(
            "rate",
            |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                let _ = write!(w, "{:.0} documents/s", state.per_sec());
            },
        ),
    );
    bar
}

/// Write `bytes` to `path` through a temporary file in the same directory and a rename.
fn write_atomically(path: &std::path::Path, bytes: &[u8]) -> Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => std::path::Path::new("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.tmp{}", std::process::id()));
    let r = std::fs::write(&tmp, bytes).and_then(|()| std::fs::rename(&tmp, path));
    if r.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    r.map_err(|e| Error::Output {
        path: path.display().to_string(),
        source: e,
    })
}

/// Free a large graph off the critical path: the answer is written by then,
/// and freeing the allocations of a million-edge graph takes a fifth of a
/// second, of a hub's 30,000-edge neighbourhood 4 % of the query (a process
/// that exits meanwhile skips the rest).
fn dispose(graph: crate::KnowledgeGraph) {
    if graph.graph().edge_count() >= 10_000 {
        std::thread::spawn(move || drop(graph));
    }
}

fn found_outcome(all_found: bool) -> Outcome {
    if all_found {
        Outcome::Success
    } else {
        Outcome::NothingFound
    }
}
