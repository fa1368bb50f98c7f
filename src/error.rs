//! The library's top-level error: one variant per boundary (input, graph store,
//! query), each carrying its own located error.

use thiserror::Error;

/// Any error the library reports to the binary.
#[derive(Debug, Error)]
pub enum Error {
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
