//! `kg extract`: documents in, their facts (or their analysis as CoNLL-U)
//! written out; touches no graph.

use std::io::{self, Write};
use std::path::PathBuf;

use super::ingest::named_sources;
use super::{Outcome, say_stdin_is_read, warn};
use crate::error::Result;
use crate::export::conllu::write_conllu;
use crate::export::triples::{TripleFormat, write_triples, write_tsv_header};
use crate::pipeline::{Analysed, Processed, Segmentation, analyse_document, process, stream};
use crate::text::Document;
use crate::text::input::Source;

/// `kg extract`.
#[derive(Debug, Clone, Default)]
pub struct ExtractConfig {
    pub paths: Vec<PathBuf>,
    /// The document name of standard input (default [`super::STDIN_NAME`]).
    pub name: Option<String>,
    pub format: ExtractFormat,
    pub segmentation: Segmentation,
}

/// What `kg extract` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExtractFormat {
    /// Triples (facts or Open IE tuples).
    Triples(TripleFormat),
    /// The analysis of every sentence, as CoNLL-U.
    Conllu,
}

impl Default for ExtractFormat {
    fn default() -> Self {
        ExtractFormat::Triples(TripleFormat::default())
    }
}

/// Print the triples of every input document; touches no graph.
///
/// One unreadable document among several is a warning; when it is the only
/// input, it is the error. Documents are named as `kg ingest` names them (the
/// `name` of the jsonl document records; standard input is `stdin`, or
/// `cfg.name`).
pub fn extract(cfg: &ExtractConfig, out: &mut dyn Write) -> Result<Outcome> {
    let mut failed = 0;
    let (sources, names) = named_sources(&cfg.paths, cfg.name.as_deref(), false, &mut failed)?;
    let seg = cfg.segmentation;
    let stdin_name = |src: &Source, i: usize, doc: &mut Document| {
        if *src == Source::Stdin {
            doc.name.clone_from(&names[i]);
        }
    };
    let outcome = match cfg.format {
        ExtractFormat::Conllu => {
            let work = |doc| analyse_document(doc, seg);
            write_each(
                &sources,
                work,
                |i, mut a: Analysed, out| {
                    stdin_name(&sources[i], i, &mut a.doc);
                    if let Some(w) = a.cut_warning() {
                        warn(&w);
                    }
                    write_conllu(&a, out)
                },
                out,
            )
        }
        ExtractFormat::Triples(format) => {
            if format == TripleFormat::Tsv {
                write_tsv_header(out)?;
            }
            let work = |doc| process(doc, seg);
            let write = |i: usize, mut p: Processed, out: &mut dyn Write| {
                stdin_name(&sources[i], i, &mut p.doc);
                p.facts.doc.clone_from(&names[i]);
                if let Some(w) = p.cut_warning() {
                    warn(&w);
                }
                write_triples(&p, format, out)
            };
            write_each(&sources, work, write, out)
        }
    }?;
    Ok(if failed > 0 {
        Outcome::SomeFailed
    } else {
        outcome
    })
}

/// Stream `sources` through `work` and write each result in input order. One
/// unreadable document among several is a warning; when it is the only input,
/// it is the error.
fn write_each<T: Send>(
    sources: &[Source],
    work: impl Fn(Document) -> T + Sync,
    write: impl Fn(usize, T, &mut dyn Write) -> io::Result<()>,
    out: &mut dyn Write,
) -> Result<Outcome> {
    let single = sources.len() == 1;
    let mut failed = false;
    let mut fatal = None;
    let mut next = 0;
    say_stdin_is_read(sources);
    stream(sources, work, |_, r| {
        next += 1;
        match r {
            Ok(p) => match write(next - 1, p, out) {
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
