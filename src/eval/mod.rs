//! Evaluation: system output and gold annotations in, benchmark scores out.
//!
//! Not a pipeline stage: these scorers read the files `kg extract` writes (for
//! example `--format carb`) next to a benchmark's gold file and report how close
//! they are. [`carb`] reimplements the CaRB Open IE scorer.

pub mod carb;

pub use carb::{CarbError, CarbScore, SentenceReport, TupleReport, explain, score};
