//! The library's top-level error: one variant per boundary (input, graph store,
//! query), each carrying its own located error.

use thiserror::Error;

use crate::export::output::OverwriteRefused;
use crate::graph::LookupError;
use crate::graph::store::StoreError;
use crate::query::QueryError;
use crate::text::input::InputError;

/// Any error the library reports to the binary.
#[derive(Debug, Error)]
pub enum Error {
    /// An input document could not be read.
    #[error(transparent)]
    Input(#[from] InputError),
    /// The graph file could not be read or written.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The graph store could not be opened, read or written.
    #[error(transparent)]
    Db(#[from] crate::store::DbError),
    /// A facts file (`kg ingest --facts`) is malformed.
    #[error(transparent)]
    Facts(#[from] crate::facts::FactsError),
    /// Two stores given to `kg merge` disagree on a document.
    #[error(transparent)]
    Conflict(#[from] crate::store::Conflict),
    /// `kg merge` will not write its output there.
    #[error(transparent)]
    MergeOutput(#[from] crate::app::MergeOutputError),
    /// An entity name did not resolve.
    #[error(transparent)]
    Lookup(#[from] LookupError),
    /// A query is malformed or names an unknown entity.
    #[error(transparent)]
    Query(#[from] QueryError),
    /// An output file could not be written.
    #[error("cannot write {path}: {source}")]
    Output {
        path: String,
        source: std::io::Error,
    },
    /// `-o` names a graph (the one being read, or any kg store or graph file)
    /// and the format is not `graph`.
    #[error(transparent)]
    Overwrite(#[from] OverwriteRefused),
    /// Writing output failed.
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// Writing JSON output failed.
    #[error("{0}")]
    Json(#[from] serde_json::Error),
}

impl Error {
    /// Whether this is a closed pipe on output (`kg … | head`), which is not a failure.
    pub fn is_broken_pipe(&self) -> bool {
        match self {
            Error::Io(e) => e.kind() == std::io::ErrorKind::BrokenPipe,
            Error::Json(e) => e.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe),
            _ => false,
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
