//! Commands: plain configuration in, output written and an [`Outcome`] out.
//!
//! This is what the `kg` binary calls after turning its arguments into the
//! configuration types here; nothing in it knows about the command-line parser.
//! Output goes to the writer it is given; warnings and summaries go to stderr.

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;

use crate::error::Result;
use crate::export::triples::{TripleFormat, write_triples, write_tsv_header};
use crate::pipeline::{Segmentation, stream};
use crate::text::input::collect_sources;

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

/// `kg extract`.
#[derive(Debug, Clone, Default)]
pub struct ExtractConfig {
    pub paths: Vec<PathBuf>,
    pub format: TripleFormat,
    pub segmentation: Segmentation,
}

/// Print the triples of every input document; touches no graph.
///
/// One unreadable document among several is a warning; when it is the only
/// input, it is the error.
pub fn extract(cfg: &ExtractConfig, out: &mut dyn Write) -> Result<Outcome> {
    let sources = collect_sources(&cfg.paths)?;
    if cfg.format == TripleFormat::Tsv {
        write_tsv_header(out)?;
    }
    let single = sources.len() == 1;
    let mut failed = false;
    let mut fatal = None;
    stream(&sources, cfg.segmentation, |_, r| match r {
        Ok(p) => match write_triples(&p, cfg.format, out) {
            Ok(()) => true,
            Err(e) => {
                fatal = Some(e.into());
                false
            }
        },
        Err(e) if single => {
            fatal = Some(e.into());
            false
        }
        Err(e) => {
            warn(&e);
            failed = true;
            true
        }
    });
    if let Some(e) = fatal {
        return Err(e);
    }
    out.flush()?;
    Ok(if failed {
        Outcome::SomeFailed
    } else {
        Outcome::Success
    })
}

/// Print a warning line on stderr.
pub fn warn(e: &dyn std::fmt::Display) {
    let _ = writeln!(io::stderr().lock(), "kg: warning: {e}");
}

/// Whether progress should be drawn (stderr is a terminal).
pub fn progress_enabled() -> bool {
    io::stderr().is_terminal()
}
