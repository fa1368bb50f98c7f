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

/// `kg stats` output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StatsFormat {
    #[default]
    Text,
    Json,
}

/// Graph statistics: documents, sentences, entities by kind, edges by
/// relation, the most connected entities.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Stats {
    pub documents: usize,
    pub sentences: u64,
    pub entities: usize,
    pub edges: usize,
    pub evidence: usize,
    /// (kind, count), most frequent first, ties by name.
    pub entities_by_kind: Vec<(String, usize)>,
    /// (relation, count), most frequent first, ties by name; at most `top`.
    pub edges_by_relation: Vec<(String, usize)>,
    /// (entity, degree), highest first, ties by name; at most `top`.
    pub top_entities: Vec<(String, usize)>,
}

/// Compute [`Stats`] with `top` rows in the ranked lists.
pub fn stats_of(g: &crate::KnowledgeGraph, top: usize) -> Stats {
    use std::collections::BTreeMap;
    let pg = g.graph();
    let mut kinds: BTreeMap<String, usize> = BTreeMap::new();
    let mut degree = Vec::new();
    for n in pg.node_indices() {
        let e = g.entity(n);
        *kinds.entry(e.kind.to_string()).or_default() += 1;
        degree.push((e.name.clone(), pg.neighbors_undirected(n).count()));
    }
    let mut rels: BTreeMap<String, usize> = BTreeMap::new();
    let mut evidence = 0;
    for e in pg.edge_indices() {
        let r = g.relation(e);
        *rels.entry(r.relation.clone()).or_default() += 1;
        evidence += r.evidence.len();
    }
    let ranked = |m: Vec<(String, usize)>, n: usize| {
        let mut v = m;
        v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        v.truncate(n);
        v
    };
    Stats {
        documents: g.documents().len(),
        sentences: g.documents().iter().map(|d| u64::from(d.sentences)).sum(),
        entities: pg.node_count(),
        edges: pg.edge_count(),
        evidence,
        entities_by_kind: ranked(kinds.into_iter().collect(), usize::MAX),
        edges_by_relation: ranked(rels.into_iter().collect(), top),
        top_entities: ranked(degree, top),
    }
}

/// Write [`Stats`] for people or as JSON.
pub fn write_stats(s: &Stats, format: StatsFormat, out: &mut dyn Write) -> Result<()> {
    if format == StatsFormat::Json {
        serde_json::to_writer_pretty(&mut *out, s)?;
        writeln!(out)?;
        return Ok(());
    }
    writeln!(out, "documents  {}", s.documents)?;
    writeln!(out, "sentences  {}", s.sentences)?;
    writeln!(out, "entities   {}", s.entities)?;
    writeln!(
        out,
        "edges      {} ({} evidence sentences)",
        s.edges, s.evidence
    )?;
    let table = |out: &mut dyn Write, title: &str, rows: &[(String, usize)]| -> io::Result<()> {
        writeln!(out, "\n{title}")?;
        let w = rows.iter().map(|r| r.0.chars().count()).max().unwrap_or(0);
        for (name, n) in rows {
            writeln!(out, "  {name:<w$}  {n}")?;
        }
        Ok(())
    };
    table(out, "entities by kind", &s.entities_by_kind)?;
    table(out, "edges by relation", &s.edges_by_relation)?;
    table(out, "most connected entities (degree)", &s.top_entities)?;
    Ok(())
}
