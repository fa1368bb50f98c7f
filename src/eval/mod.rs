//! Evaluation: system output and gold annotations in, benchmark scores out.
//!
//! Not a pipeline stage: these scorers read the files `kg extract` writes (for
//! example `--format carb`) next to a benchmark's gold file and report how close
//! they are. [`carb`] reimplements the CaRB Open IE scorer; [`gum`] reads GUM's
//! gold coreference chains and [`coref`] scores in-document coreference
//! against them (link, MUC and B³).

pub mod carb;
pub mod coref;
pub mod gum;

pub use carb::{CarbError, CarbScore, SentenceReport, TupleReport, explain, score};
