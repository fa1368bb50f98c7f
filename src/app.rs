//! Commands: plain configuration in, output written and an [`Outcome`] out.
//!
//! This is what the `kg` binary calls after turning its arguments into the
//! configuration types here; nothing in it knows about the command-line parser.
//! Output goes to the writer it is given; warnings and summaries go to stderr.

mod interchange;

pub use interchange::{MergeConfig, MergeOutputError, ingest_facts, merge};

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;

use crate::error::{Error, Result};
use crate::export::conllu::write_conllu;
use crate::export::triples::{TripleFormat, write_triples, write_tsv_header};
use crate::export::{ExportFormat, ExportOptions, export as write_export, output};
use crate::graph::{KnowledgeGraph, Subgraph, store};
use crate::pipeline::{
    Analysed, Processed, Segmentation, analyse_document, cut_warning, process, stream,
};
use crate::query;
use crate::store::{NewDocument, Store, Wait};
use crate::text::Document;
use crate::text::input::{InputError, Source, collect_sources_with};

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
    /// The document name of standard input (default [`STDIN_NAME`]).
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
    /// Documents of the graph (distinct contents) cited by at least one fact.
    pub documents_with_fact: usize,
    /// Documents of the graph (distinct contents).
    pub graph_documents: usize,
    /// Entities with no edge.
    pub isolated_entities: usize,
    /// (alias rule, aliases merged by it), most frequent first, ties by name.
    pub merges_by_rule: Vec<(String, usize)>,
}

/// Compute [`Stats`] with `top` rows in the ranked lists.
pub fn stats_of(g: &crate::KnowledgeGraph, top: usize) -> Stats {
    use std::collections::BTreeMap;
    // Counted by borrowed names (a million-edge graph is counted without a
    // million allocations); named copies only for what is reported.
    let pg = g.graph();
    let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
    let mut degree = Vec::new();
    let mut rules: BTreeMap<&str, usize> = BTreeMap::new();
    let mut isolated = 0;
    for n in pg.node_indices() {
        let e = g.entity(n);
        *kinds.entry(e.kind.as_str()).or_default() += 1;
        let d = pg.neighbors_undirected(n).count();
        isolated += usize::from(d == 0);
        degree.push((e.name.as_str(), d));
        for rule in e.aliases.values() {
            *rules.entry(rule.as_str()).or_default() += 1;
        }
    }
    let mut rels: BTreeMap<&str, usize> = BTreeMap::new();
    let mut evidence = 0;
    let mut cited = vec![false; g.documents().len()];
    for e in pg.edge_indices() {
        let r = g.relation(e);
        *rels.entry(r.relation.as_str()).or_default() += 1;
        evidence += r.evidence.len();
        for ev in &r.evidence {
            if let Some(c) = cited.get_mut(ev.doc as usize) {
                *c = true;
            }
        }
    }
    let ranked = |m: Vec<(&str, usize)>, n: usize| -> Vec<(String, usize)> {
        let mut v = m;
        let order = |a: &(&str, usize), b: &(&str, usize)| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0));
        // The first `n` of every entity: chosen, then only they are sorted.
        if n < v.len() {
            v.select_nth_unstable_by(n, order);
            v.truncate(n);
        }
        v.sort_by(order);
        v.into_iter().map(|(s, c)| (s.to_string(), c)).collect()
    };
    Stats {
        documents: g.stored_documents().len(),
        sentences: g
            .stored_documents()
            .iter()
            .map(|d| u64::from(d.sentences))
            .sum(),
        entities: pg.node_count(),
        edges: pg.edge_count(),
        evidence,
        entities_by_kind: ranked(kinds.into_iter().collect(), usize::MAX),
        edges_by_relation: ranked(rels.into_iter().collect(), top),
        top_entities: ranked(degree, top),
        documents_with_fact: cited.iter().filter(|&&c| c).count(),
        graph_documents: g.documents().len(),
        isolated_entities: isolated,
        merges_by_rule: ranked(rules.into_iter().collect(), usize::MAX),
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
    let share = |n: usize, of: usize| {
        if of == 0 {
            0.0
        } else {
            n as f64 * 100.0 / of as f64
        }
    };
    writeln!(out, "\nhealth")?;
    writeln!(
        out,
        "  documents with a fact  {} of {} ({:.1} %)",
        s.documents_with_fact,
        s.graph_documents,
        share(s.documents_with_fact, s.graph_documents)
    )?;
    writeln!(
        out,
        "  entities with no edge  {} of {} ({:.1} %)",
        s.isolated_entities,
        s.entities,
        share(s.isolated_entities, s.entities)
    )?;
    table(out, "merges by rule (aliases)", &s.merges_by_rule)?;
    Ok(())
}

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
fn named_sources(
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

/// `kg export`.
#[derive(Debug, Clone)]
pub struct ExportConfig {
    pub graph: PathBuf,
    pub format: ExportFormat,
    /// Only the neighbourhood of this entity (name or alias).
    pub focus: Option<String>,
    pub depth: usize,
    /// Relations, kinds, weight and isolated entities to leave out.
    pub filter: crate::export::Filter,
    pub options: ExportOptions,
    /// Write here (atomically) instead of `out`.
    pub output: Option<PathBuf>,
}

/// Write the graph, or the part of it the focus and filter select, in an
/// interchange format.
pub fn export(cfg: &ExportConfig, out: &mut dyn Write) -> Result<Outcome> {
    if let Some(output) = &cfg.output {
        let targets = if cfg.format == ExportFormat::Csv && output::is_csv_dir(output) {
            vec![
                output.clone(),
                output.join("nodes.csv"),
                output.join("edges.csv"),
            ]
        } else {
            vec![output.clone()]
        };
        for target in &targets {
            output::refuse_to_overwrite_a_graph(&cfg.graph, target)?;
        }
    }
    let graph = load_store(&cfg.graph)?;
    let mut options = cfg.options.clone();
    let focus = match &cfg.focus {
        Some(name) => {
            let n = graph.lookup(name)?;
            options.dot.focus = Some(n);
            Some((n, cfg.depth))
        }
        None => None,
    };
    let selection = crate::export::select(&graph, focus, &cfg.filter);
    match &cfg.output {
        None => {
            let mut w = io::BufWriter::new(out);
            write_export(&graph, &selection, cfg.format, &options, &mut w)?;
            w.flush()?;
        }
        Some(dir) if cfg.format == ExportFormat::Csv && output::is_csv_dir(dir) => {
            write_csv_dir(&graph, &selection, dir)?;
        }
        Some(path) => {
            let mut buf = Vec::new();
            write_export(&graph, &selection, cfg.format, &options, &mut buf)?;
            write_atomically(path, &buf)?;
        }
    }
    drop(selection);
    dispose(graph);
    Ok(Outcome::Success)
}

/// `dir/nodes.csv` and `dir/edges.csv` (neo4j-admin import tables), each
/// written atomically; `dir` is created if absent.
fn write_csv_dir(
    graph: &KnowledgeGraph,
    selection: &Subgraph,
    dir: &std::path::Path,
) -> Result<()> {
    use crate::export::{CsvOptions, CsvTable, csv::write_csv};
    std::fs::create_dir_all(dir).map_err(|e| Error::Output {
        path: dir.display().to_string(),
        source: e,
    })?;
    for (name, table) in [
        ("nodes.csv", CsvTable::Nodes),
        ("edges.csv", CsvTable::Edges),
    ] {
        let mut buf = Vec::new();
        write_csv(graph, selection, &CsvOptions { table }, &mut buf)?;
        write_atomically(&dir.join(name), &buf)?;
    }
    Ok(())
}

/// `kg export --format graph -o OUTPUT`: the store's graph written as a graph
/// file `output`, in the format `output`'s name selects (binary for `.kgb`,
/// else JSON), atomically.
pub fn convert(graph: &std::path::Path, output: &std::path::Path) -> Result<Outcome> {
    let g = load_store(graph)?;
    store::save(&g, output)?;
    dispose(g);
    Ok(Outcome::Success)
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

/// `kg stats`: load the graph and print its statistics.
pub fn stats(
    graph: &std::path::Path,
    top: usize,
    format: StatsFormat,
    out: &mut dyn Write,
) -> Result<Outcome> {
    let g = load_store(graph)?;
    write_stats(&stats_of(&g, top), format, out)?;
    dispose(g);
    Ok(Outcome::Success)
}

/// `kg query` output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum QueryFormat {
    /// Aligned text for people.
    #[default]
    Text,
    /// One JSON object per statement, one per line.
    Json,
    /// Everything the statements found (the union of their result subgraphs)
    /// in an export format: a DOT drawing, node-link JSON, GraphML, CSV, RDF.
    Export(ExportFormat),
}

/// Where the query text comes from.
#[derive(Debug, Clone)]
pub enum QuerySource {
    Inline(String),
    File(PathBuf),
    /// Statements read from standard input (`--file -`, or no statement).
    Stdin,
}

/// `kg query`.
#[derive(Debug, Clone)]
pub struct QueryConfig {
    pub graph: PathBuf,
    pub source: QuerySource,
    pub format: QueryFormat,
    /// Options of the export writers, for [`QueryFormat::Export`] (the base IRI
    /// of the RDF formats).
    pub export_options: ExportOptions,
}

/// Run every statement against the graph and write the results. Nothing is
/// written when a statement is malformed or names an unknown entity.
///
/// Exit status: [`Outcome::NothingFound`] when some statement found nothing.
pub fn query(cfg: &QueryConfig, out: &mut dyn Write) -> Result<Outcome> {
    let (text, origin) = match &cfg.source {
        QuerySource::Inline(q) => (q.clone(), "query".to_string()),
        QuerySource::File(p) => {
            let text = std::fs::read_to_string(p).map_err(|e| match e.kind() {
                io::ErrorKind::NotFound => InputError::NotFound {
                    path: p.display().to_string(),
                },
                _ => InputError::Io {
                    path: p.display().to_string(),
                    source: e,
                },
            })?;
            (text, p.display().to_string())
        }
        QuerySource::Stdin => {
            if io::stdin().is_terminal() {
                let _ = writeln!(
                    io::stderr().lock(),
                    "kg: reading query statements from standard input (end with Ctrl-D)"
                );
            }
            let mut text = String::new();
            io::Read::read_to_string(&mut io::stdin().lock(), &mut text).map_err(|e| {
                InputError::Io {
                    path: "-".into(),
                    source: e,
                }
            })?;
            (text, "-".to_string())
        }
    };
    if query::parse(&text).is_ok_and(|s| s.is_empty()) {
        return Err(query::QueryError::syntax(
            1,
            1,
            "no query statement (e.g. kg query 'neighbours \"Kim Jong Un\"'; `kg query --help` lists them)",
        )
        .with_file(origin)
        .into());
    }
    let store = Store::open_read(&cfg.graph)?;
    // One point statement (entity, neighbours, path) is answered from the
    // part of the graph it needs; anything else loads the whole graph.
    let point = match (cfg.format, query::parse(&text).as_deref()) {
        (QueryFormat::Text | QueryFormat::Json, Ok([st])) => store.point_graph(&st.query)?,
        _ => None,
    };
    let graph = match point {
        Some(g) => g,
        None => store.load_graph()?,
    };
    drop(store);
    let format = match cfg.format {
        QueryFormat::Text => query::Format::Text,
        QueryFormat::Json => query::Format::Json,
        QueryFormat::Export(export_format) => {
            let results = query::evaluate_all(&graph, &text, Some(&origin))?;
            let mut sel = Subgraph::default();
            for (_, r) in &results {
                let s = r.subgraph();
                sel.nodes.extend(s.nodes);
                sel.edges.extend(s.edges);
            }
            let mut w = io::BufWriter::new(out);
            write_export(&graph, &sel, export_format, &cfg.export_options, &mut w)?;
            w.flush()?;
            let found = results.iter().all(|(_, r)| r.found());
            drop(results);
            dispose(graph);
            return Ok(found_outcome(found));
        }
    };
    let all_found = query::run(&graph, &text, Some(&origin), format, out).map_err(|e| match e {
        query::RunError::Query(q) => Error::Query(q),
        query::RunError::Io(e) => Error::Io(e),
    })?;
    dispose(graph);
    Ok(found_outcome(all_found))
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

/// The bundled article, embedded in the binary for `kg demo`.
pub const DEMO_ARTICLE: &str = include_str!("../fixtures/beijing-parade.txt");
/// The document name the demo gives the bundled article.
pub const DEMO_NAME: &str = "fixtures/beijing-parade.txt";
/// The example query files `kg demo` answers, embedded in the binary.
pub const DEMO_QUERIES: [(&str, &str); 4] = [
    (
        "queries/kim-jong-un.kgq",
        include_str!("../queries/kim-jong-un.kgq"),
    ),
    (
        "queries/kim-to-ukraine.kgq",
        include_str!("../queries/kim-to-ukraine.kgq"),
    ),
    (
        "queries/sending-to-russia.kgq",
        include_str!("../queries/sending-to-russia.kgq"),
    ),
    (
        "queries/heads-of-state.kgq",
        include_str!("../queries/heads-of-state.kgq"),
    ),
];

/// `kg demo`: build the graph of the bundled article in memory, answer the
/// example queries, and say where to go next. Reads and writes no file.
pub fn demo(out: &mut dyn Write) -> Result<Outcome> {
    let doc = crate::text::Document {
        name: DEMO_NAME.to_string(),
        text: DEMO_ARTICLE.to_string(),
    };
    let p = crate::pipeline::process(doc, Segmentation::Prose);
    let mut graph = KnowledgeGraph::new();
    graph.merge_document(&p.facts, &p.hash);
    writeln!(
        out,
        "kg demo: the bundled article ({DEMO_NAME}, {} words) read into a graph of {} entities and {} facts.\n",
        p.words(),
        graph.graph().node_count(),
        graph.graph().edge_count(),
    )?;
    for (file, text) in DEMO_QUERIES {
        let statements = query::parse(text).map_err(|e| e.with_file(file))?;
        for st in &statements {
            let r = query::evaluate(&graph, st).map_err(|e| e.with_file(file))?;
            writeln!(out, "$ kg query '{st}'")?;
            query::write_text(&r, &graph, out)?;
            writeln!(out)?;
        }
    }
    writeln!(out, "Next:")?;
    for (cmd, what) in [
        (
            "kg ingest fixtures/",
            "build the store ./kg.db from the fixtures (or your own articles)",
        ),
        (
            "kg query 'path \"Mr Kim\" to \"Ukraine\"'",
            "ask your own questions",
        ),
        (
            "kg query --file queries/overview.kgq",
            "run a query file (see queries/)",
        ),
        (
            "kg export --format dot | dot -Tsvg > kg.svg",
            "draw the graph with Graphviz",
        ),
        ("kg --help", "every command and option"),
    ] {
        writeln!(out, "  {cmd:<46}  # {what}")?;
    }
    Ok(Outcome::Success)
}
