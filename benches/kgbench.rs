//! kgbench: kg's throughput and latency figures, as one table.
//!
//! ```text
//! cargo bench --bench kgbench -- [ARTICLES_DIR] [--smoke] [--runs N] [--edges N]
//!                                [--threads N] [--no-nx] [--json FILE] [--keep DIR]
//!                                [--only extract,ingest,corpus,synthetic] [--load GRAPH]...
//!                                [--verbose]
//! ```
//!
//! What it measures, each figure the median over `--runs` runs (default 5):
//!
//! 1. **Extraction**: the documents of ARTICLES_DIR, read into memory first, run
//!    through [`kg::pipeline::process`] on a rayon pool of 1 thread and of
//!    `--threads` threads (default: all cores): words/s and sentences/s.
//! 2. **Ingestion**: `kg ingest -j N ARTICLES_DIR` into a fresh graph under
//!    `/usr/bin/time -v`: wall time, peak memory, graph file size, bytes per edge;
//!    once more with `-j 1`, checking that the two graph files are byte-identical.
//! 3. **Load and queries**, on the ingested graph and on a synthetic graph of
//!    `--edges` edges (default 1,000,000; [`kg::graph::synth`]): load time of the
//!    JSON and binary graph files, and the latency of every query kind, each over
//!    several start entities drawn (seeded) in proportion to degree, the way
//!    people ask about entities that are in the news: the median over those
//!    instances of each one's median run.
//! 4. **NetworkX**: the same queries on the same graph, exported as node-link
//!    JSON, by `scripts/nx_bench.py` in the same run; the ratio is NetworkX time
//!    over kg time.
//!
//! `--verbose` also prints every query instance with its median time, from kg
//! and from NetworkX, to find the instances that decide a median.
//!
//! `--smoke` uses a tiny synthetic graph and a handful of generated articles,
//! needs no data directory, finishes in seconds and asserts nothing about time.
//! Without ARTICLES_DIR, generated articles stand in for a corpus.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::fs;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::{Duration, Instant};

use rayon::prelude::*;
use serde_json::{Value, json};

use kg::KnowledgeGraph;
use kg::graph::store;
use kg::graph::synth::{self, Rng, SynthConfig};
use kg::pipeline::{Segmentation, process};
use kg::text::Document;
use kg::text::input::{collect_sources, read_source};
use petgraph::stable_graph::{EdgeIndex, NodeIndex};

type Res<T> = Result<T, Box<dyn std::error::Error>>;

/// Start entities (or pairs) drawn per query kind.
const INSTANCES: usize = 5;

#[derive(Debug, Clone)]
struct Options {
    articles: Option<PathBuf>,
    smoke: bool,
    runs: usize,
    edges: usize,
    threads: usize,
    nx: bool,
    json: Option<PathBuf>,
    keep: Option<PathBuf>,
    /// Sections to run: extract, ingest, corpus (queries on the ingested graph), synthetic.
    only: Option<Vec<String>>,
    /// Graph files to load and query (sections of their own).
    load: Vec<PathBuf>,
    /// Print every query instance's median time.
    verbose: bool,
}

impl Options {
    fn runs_section(&self, name: &str) -> bool {
        self.only
            .as_ref()
            .is_none_or(|v| v.iter().any(|s| s == name))
    }
}

fn parse_args() -> Res<Options> {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut o = Options {
        articles: None,
        smoke: false,
        runs: 5,
        edges: 1_000_000,
        threads: cores,
        nx: true,
        json: None,
        keep: None,
        only: None,
        load: Vec::new(),
        verbose: false,
    };
    let mut args = std::env::args().skip(1);
    let mut runs = None;
    let mut edges = None;
    while let Some(a) = args.next() {
        let mut value = |name: &str| args.next().ok_or(format!("{name} needs a value"));
        match a.as_str() {
            // `cargo bench` passes --bench to harness-less benchmarks.
            "--bench" => {}
            "--smoke" => o.smoke = true,
            "--no-nx" => o.nx = false,
            "--verbose" => o.verbose = true,
            "--runs" => runs = Some(value("--runs")?.parse()?),
            "--edges" => edges = Some(value("--edges")?.parse()?),
            "--threads" => o.threads = value("--threads")?.parse()?,
            "--json" => o.json = Some(value("--json")?.into()),
            "--keep" => o.keep = Some(value("--keep")?.into()),
            "--load" => o.load.push(value("--load")?.into()),
            "--only" => {
                o.only = Some(value("--only")?.split(',').map(str::to_string).collect());
            }
            "-h" | "--help" => {
                println!(
                    "usage: kgbench [ARTICLES_DIR] [--smoke] [--runs N] [--edges N] [--threads N] [--no-nx] [--json FILE] [--keep DIR] [--only extract,ingest,corpus,synthetic] [--load GRAPH]... [--verbose]"
                );
                std::process::exit(0);
            }
            s if s.starts_with('-') => return Err(format!("unknown option {s}").into()),
            s => o.articles = Some(s.into()),
        }
    }
    o.runs = runs.unwrap_or(if o.smoke { 1 } else { 5 }).max(1);
    o.edges = edges.unwrap_or(if o.smoke { 2_000 } else { 1_000_000 });
    o.threads = o.threads.max(1);
    Ok(o)
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("kgbench: error: {e}");
            ExitCode::from(2)
        }
    }
}

/// One line of the result table.
#[derive(Debug, Clone, serde::Serialize)]
struct Row {
    section: String,
    measure: String,
    kg: String,
    /// Median size of the answer, for queries.
    answer: String,
    networkx: String,
    ratio: String,
    target: String,
    /// Raw kg figure (seconds, bytes, or a rate) for machine use.
    value: f64,
}

#[derive(Default)]
struct Table {
    rows: Vec<Row>,
}

impl Table {
    fn add(&mut self, section: &str, measure: &str, kg: String, value: f64, target: &str) {
        self.rows.push(Row {
            section: section.to_string(),
            measure: measure.to_string(),
            kg,
            answer: String::new(),
            networkx: String::new(),
            ratio: String::new(),
            target: target.to_string(),
            value,
        });
        let r = self.rows.last().expect("just pushed");
        eprintln!("kgbench: {:<10} {:<34} {}", r.section, r.measure, r.kg);
    }

    fn print(&self) {
        let heads = [
            "section", "measure", "kg", "answer", "networkx", "nx/kg", "target",
        ];
        let cells: Vec<[&str; 7]> = self
            .rows
            .iter()
            .map(|r| {
                [
                    r.section.as_str(),
                    &r.measure,
                    &r.kg,
                    &r.answer,
                    &r.networkx,
                    &r.ratio,
                    &r.target,
                ]
            })
            .collect();
        let mut width = heads.map(str::len);
        for c in &cells {
            for (w, s) in width.iter_mut().zip(c) {
                *w = (*w).max(s.chars().count());
            }
        }
        let line = |c: &[&str; 7]| {
            let mut s = String::new();
            for (i, (cell, w)) in c.iter().zip(width).enumerate() {
                // Numbers right-aligned, words left-aligned.
                let _ = if (2..6).contains(&i) {
                    write!(s, "{cell:>w$}  ")
                } else {
                    write!(s, "{cell:<w$}  ")
                };
            }
            s.trim_end().to_string()
        };
        println!("{}", line(&heads));
        println!("{}", "-".repeat(width.iter().sum::<usize>() + 12));
        for c in &cells {
            println!("{}", line(c));
        }
    }
}

fn run() -> Res<()> {
    let o = parse_args()?;
    let _tmp;
    let work = match &o.keep {
        Some(d) => {
            fs::create_dir_all(d)?;
            d.clone()
        }
        None => {
            _tmp = tempfile::tempdir()?;
            _tmp.path().to_path_buf()
        }
    };
    let mut t = Table::default();
    eprintln!("kgbench: machine: {}", machine());
    t.add("machine", "load average at start", load_average(), 0.0, "");
    // Articles: the given directory, or generated ones written to disk.
    let articles = match &o.articles {
        Some(d) => d.clone(),
        None => {
            let dir = work.join("articles");
            fs::create_dir_all(&dir)?;
            for d in synth::articles(if o.smoke { 12 } else { 2_000 }, 1) {
                fs::write(dir.join(&d.name), &d.text)?;
            }
            dir
        }
    };
    if o.runs_section("extract") {
        extraction(&o, &articles, &mut t)?;
    }
    let ingested = if o.runs_section("ingest") || o.runs_section("corpus") {
        Some(ingestion(&o, &articles, &work, &mut t)?)
    } else {
        None
    };
    // `…/reuters21578/articles` is the Reuters graph, not the "articles" graph.
    let corpus = o
        .articles
        .as_deref()
        .unwrap_or(Path::new("generated"))
        .components()
        .rev()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .find(|c| c != "articles" && c != "." && !c.is_empty())
        .unwrap_or_else(|| "corpus".into());
    if let Some(ingested) = ingested.filter(|_| o.runs_section("corpus")) {
        let g = load_store(&ingested)?;
        graph_section(&o, &format!("{corpus} graph"), g, &work, &mut t)?;
    }
    if o.runs_section("synthetic") {
        synthetic(&o, &work, &mut t)?;
    }
    for path in &o.load {
        let started = Instant::now();
        let g = store::load(path)?;
        let name = path
            .file_name()
            .map_or("graph".into(), |n| n.to_string_lossy().into_owned());
        t.add(
            &name,
            "first load",
            secs(started.elapsed()),
            started.elapsed().as_secs_f64(),
            "",
        );
        graph_section(&o, &name, g, &work, &mut t)?;
    }
    t.add("machine", "load average at end", load_average(), 0.0, "");
    println!("\nkgbench on {}", machine());
    t.print();
    if let Some(path) = &o.json {
        let doc =
            json!({"machine": machine(), "runs": o.runs, "threads": o.threads, "rows": t.rows});
        fs::write(path, serde_json::to_string_pretty(&doc)? + "\n")?;
    }
    Ok(())
}

fn synthetic(o: &Options, work: &Path, t: &mut Table) -> Res<()> {
    let started = Instant::now();
    let g = synth::graph(SynthConfig::with_edges(o.edges, 42));
    t.add(
        "synthetic",
        "generate",
        secs(started.elapsed()),
        started.elapsed().as_secs_f64(),
        "",
    );
    graph_section(o, "synthetic", g, work, t)
}

/// CPU time (user + system) of this process so far, in seconds, from
/// /proc/self/stat (0 where that is not available).
fn cpu_seconds() -> f64 {
    let Ok(stat) = fs::read_to_string("/proc/self/stat") else {
        return 0.0;
    };
    // Fields after the parenthesised command name; utime and stime are the
    // 14th and 15th fields overall, in clock ticks (100 per second on Linux).
    let rest = stat.rsplit(')').next().unwrap_or("");
    let f: Vec<f64> = rest
        .split_whitespace()
        .skip(11)
        .take(2)
        .filter_map(|v| v.parse().ok())
        .collect();
    f.iter().sum::<f64>() / 100.0
}

/// The 1-, 5- and 15-minute load averages (other work on the machine skews timings).
fn load_average() -> String {
    fs::read_to_string("/proc/loadavg")
        .map(|s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
        .unwrap_or_else(|_| "n/a".into())
}

/// CPU model and core count, from /proc/cpuinfo.
fn machine() -> String {
    let model = fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|m| m.trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    format!("{model}, {cores} cores")
}

/// Run `f` `runs` times; the median time and the last result.
fn median<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut times = Vec::with_capacity(runs);
    let mut last = None;
    for _ in 0..runs {
        let started = Instant::now();
        let r = f();
        times.push(started.elapsed());
        last = Some(r);
    }
    (median_of(&mut times), last.expect("at least one run"))
}

fn median_of(times: &mut [Duration]) -> Duration {
    times.sort_unstable();
    times[times.len() / 2]
}

fn secs(d: Duration) -> String {
    let s = d.as_secs_f64();
    if s >= 1.0 {
        format!("{s:.2} s")
    } else if s >= 1e-3 {
        format!("{:.2} ms", s * 1e3)
    } else {
        format!("{:.1} µs", s * 1e6)
    }
}

fn bytes(n: u64) -> String {
    if n >= 1 << 20 {
        format!("{:.1} MiB", n as f64 / (1u64 << 20) as f64)
    } else {
        format!("{:.1} KiB", n as f64 / 1024.0)
    }
}

fn per_sec(n: f64) -> String {
    if n >= 1e6 {
        format!("{:.2} M/s", n / 1e6)
    } else {
        format!("{:.0} k/s", n / 1e3)
    }
}

// ---- 1. extraction ----

fn extraction(o: &Options, dir: &Path, t: &mut Table) -> Res<()> {
    let sources = collect_sources(&[dir.to_path_buf()])?;
    let docs: Vec<Document> = sources.iter().filter_map(|s| read_source(s).ok()).collect();
    let words: usize = docs.iter().map(|d| synth::words(&d.text)).sum();
    t.add(
        "extract",
        &format!("corpus: {} documents", docs.len()),
        format!("{:.2} M words", words as f64 / 1e6),
        words as f64,
        "",
    );
    let mut counts = vec![1];
    if o.threads > 1 {
        counts.push(o.threads);
    }
    // Warm up: lazily loaded models and tables are not part of the throughput.
    if let Some(d) = docs.first() {
        process(d.clone(), Segmentation::Prose);
    }
    let mut one_core = 0.0;
    for threads in counts {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()?;
        let mut cpu = Vec::new();
        let (time, sentences) = median(o.runs, || {
            let before = cpu_seconds();
            let n = pool.install(|| {
                docs.par_iter()
                    .map(|d| process(d.clone(), Segmentation::Prose).extractions.len())
                    .sum::<usize>()
            });
            cpu.push(cpu_seconds() - before);
            n
        });
        cpu.sort_by(f64::total_cmp);
        let cpu = cpu[cpu.len() / 2];
        let s = time.as_secs_f64();
        let wps = words as f64 / s;
        if threads == 1 {
            one_core = wps;
        }
        let target = if threads == 1 {
            "≥ 300 k/s".to_string()
        } else {
            format!("≈ {:.0} k/s (linear)", one_core * threads as f64 / 1e3)
        };
        t.add(
            "extract",
            &format!("words/s, {threads} thread{}", plural(threads)),
            per_sec(wps),
            wps,
            &target,
        );
        if cpu > 0.0 {
            // Robust to other work on the machine: throughput per CPU-second.
            t.add(
                "extract",
                &format!("words per CPU-second, {threads} thread{}", plural(threads)),
                per_sec(words as f64 / cpu),
                words as f64 / cpu,
                if threads == 1 {
                    "≥ 300 k/s"
                } else {
                    "≈ 1 thread's"
                },
            );
        }
        t.add(
            "extract",
            &format!("sentences/s, {threads} thread{}", plural(threads)),
            per_sec(sentences as f64 / s),
            sentences as f64 / s,
            "",
        );
        if threads > 1 && one_core > 0.0 {
            let speedup = wps / one_core;
            t.add(
                "extract",
                &format!("speed-up on {threads} threads"),
                format!("{speedup:.2}×"),
                speedup,
                &format!("≈ {threads}×"),
            );
        }
    }
    Ok(())
}

/// `1234×`, `12×`, `1.5×`, `0.25×`.
fn ratio(r: f64) -> String {
    if r >= 10.0 {
        format!("{r:.0}×")
    } else if r >= 1.0 {
        format!("{r:.1}×")
    } else {
        format!("{r:.2}×")
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

// ---- 2. ingestion ----

/// Wall time and peak resident memory of one command.
struct Measured {
    wall: Duration,
    max_rss_kib: Option<u64>,
    /// User + system CPU seconds, when /usr/bin/time reported them.
    cpu: Option<f64>,
}

/// Run `cmd`, under `/usr/bin/time -v` when available, and fail on a non-zero exit.
fn measure(program: &Path, args: &[&std::ffi::OsStr]) -> Res<Measured> {
    let timer = Path::new("/usr/bin/time");
    let mut cmd = if timer.exists() {
        let mut c = Command::new(timer);
        c.arg("-v").arg(program);
        c
    } else {
        Command::new(program)
    };
    cmd.args(args);
    let started = Instant::now();
    let out = cmd.output()?;
    let wall = started.elapsed();
    let stderr = String::from_utf8_lossy(&out.stderr);
    if !out.status.success() {
        return Err(format!("{} failed: {stderr}", program.display()).into());
    }
    let max_rss_kib = stderr
        .lines()
        .find_map(|l| l.trim().strip_prefix("Maximum resident set size (kbytes):"))
        .and_then(|v| v.trim().parse().ok());
    let field = |name: &str| -> Option<f64> {
        stderr
            .lines()
            .find_map(|l| l.trim().strip_prefix(name))
            .and_then(|v| v.trim().parse().ok())
    };
    let cpu = field("User time (seconds):")
        .zip(field("System time (seconds):"))
        .map(|(u, s)| u + s);
    Ok(Measured {
        wall,
        max_rss_kib,
        cpu,
    })
}

fn ingestion(o: &Options, dir: &Path, work: &Path, t: &mut Table) -> Res<PathBuf> {
    let kg = Path::new(env!("CARGO_BIN_EXE_kg"));
    let ingest = |graph: &Path, threads: usize| {
        let _ = fs::remove_file(graph);
        for suffix in ["-wal", "-shm"] {
            let mut side = graph.as_os_str().to_owned();
            side.push(suffix);
            let _ = fs::remove_file(side);
        }
        let j = threads.to_string();
        measure(
            kg,
            &[
                "--graph".as_ref(),
                graph.as_os_str(),
                "ingest".as_ref(),
                "-j".as_ref(),
                j.as_ref(),
                dir.as_os_str(),
            ],
        )
    };
    let graph = work.join("ingested.db");
    let mut walls = Vec::new();
    let mut rss = None;
    let mut cpus = Vec::new();
    for _ in 0..o.runs.min(3) {
        let m = ingest(&graph, o.threads)?;
        walls.push(m.wall);
        rss = rss.max(m.max_rss_kib);
        cpus.extend(m.cpu);
    }
    let wall = median_of(&mut walls);
    let n = o.threads;
    t.add(
        "ingest",
        &format!("kg ingest -j {n}: wall time"),
        secs(wall),
        wall.as_secs_f64(),
        "< 10 s on 2 cores (Reuters)",
    );
    if !cpus.is_empty() {
        cpus.sort_by(f64::total_cmp);
        let c = cpus[cpus.len() / 2];
        t.add(
            "ingest",
            "CPU time (user + system)",
            secs(Duration::from_secs_f64(c)),
            c,
            "",
        );
    }
    match rss {
        Some(k) => t.add(
            "ingest",
            "peak memory (max RSS)",
            bytes(k * 1024),
            (k * 1024) as f64,
            "< 1 GiB",
        ),
        None => t.add("ingest", "peak memory (max RSS)", "n/a".into(), 0.0, ""),
    }
    let size = fs::metadata(&graph)?.len();
    let g = load_store(&graph)?;
    let edges = g.graph().edge_count();
    t.add(
        "ingest",
        &format!(
            "graph: {} docs, {} nodes, {} edges",
            g.documents().len(),
            g.graph().node_count(),
            edges
        ),
        bytes(size),
        size as f64,
        "",
    );
    if edges > 0 {
        let per_edge = size as f64 / edges as f64;
        t.add(
            "ingest",
            "store bytes per edge (SQLite)",
            format!("{per_edge:.0} B"),
            per_edge,
            "",
        );
    }
    // The graph must not depend on the thread count.
    let single = work.join("ingested-j1.db");
    let m = ingest(&single, 1)?;
    t.add(
        "ingest",
        "kg ingest -j 1: wall time",
        secs(m.wall),
        m.wall.as_secs_f64(),
        "",
    );
    // Compared as graph files: the stores differ in their ingest times.
    let as_json = |store_path: &Path, json: &Path| -> Res<Vec<u8>> {
        store::save(&load_store(store_path)?, json)?;
        Ok(fs::read(json)?)
    };
    let same = as_json(&graph, &work.join("ingested.json"))?
        == as_json(&single, &work.join("ingested-j1.json"))?;
    t.add(
        "ingest",
        &format!("-j 1 and -j {n} graphs byte-identical"),
        if same { "yes" } else { "NO" }.into(),
        f64::from(u8::from(same)),
        "yes",
    );
    if !same {
        return Err("graph depends on the thread count".into());
    }
    Ok(graph)
}

// ---- 3. load and queries ----

/// One query, in kg's language and as a NetworkX task.
#[derive(Debug, Clone)]
enum Query {
    Neighbours {
        name: String,
        depth: usize,
    },
    Path {
        from: String,
        to: String,
    },
    Paths {
        from: String,
        to: String,
        max: usize,
        limit: usize,
    },
    Match {
        subject: Option<String>,
        relation: Option<String>,
        object: Option<String>,
    },
    Components,
    TopDegree(usize),
    TopPagerank(usize),
}

fn quote(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

impl Query {
    /// The statement in `.kgq` syntax (as a user would type it).
    fn kgq(&self) -> String {
        let opt = |s: &Option<String>| s.as_deref().map_or("?".into(), quote);
        match self {
            Query::Neighbours { name, depth } => {
                format!("neighbours {} depth {depth}", quote(name))
            }
            Query::Path { from, to } => format!("path {} to {}", quote(from), quote(to)),
            Query::Paths {
                from,
                to,
                max,
                limit,
            } => {
                format!(
                    "paths {} to {} max {max} limit {limit}",
                    quote(from),
                    quote(to)
                )
            }
            Query::Match {
                subject,
                relation,
                object,
            } => {
                format!("match {} {} {}", opt(subject), opt(relation), opt(object))
            }
            Query::Components => "components".into(),
            Query::TopDegree(n) => format!("top {n} by degree"),
            Query::TopPagerank(n) => format!("top {n} by pagerank"),
        }
    }

    /// The task for scripts/nx_bench.py.
    fn nx(&self) -> Value {
        match self {
            Query::Neighbours { name, depth } => {
                json!({"op": "neighbours", "name": name, "depth": depth})
            }
            Query::Path { from, to } => json!({"op": "path", "from": from, "to": to}),
            Query::Paths {
                from,
                to,
                max,
                limit,
            } => {
                json!({"op": "paths", "from": from, "to": to, "max": max, "limit": limit})
            }
            Query::Match {
                subject,
                relation,
                object,
            } => {
                json!({"op": "match", "subject": subject, "relation": relation, "object": object})
            }
            Query::Components => json!({"op": "components"}),
            Query::TopDegree(n) => json!({"op": "top_degree", "n": n}),
            Query::TopPagerank(n) => json!({"op": "top_pagerank", "n": n}),
        }
    }
}

/// Query instances per kind, drawn with a seeded generator: start entities in
/// proportion to their degree (endpoints of random edges); both ends of `path`
/// and `paths` from the largest component.
fn queries(g: &KnowledgeGraph, count: usize) -> Vec<(&'static str, Vec<Query>)> {
    let edges: Vec<_> = g.graph().edge_indices().collect();
    if edges.is_empty() {
        return Vec::new();
    }
    let mut rng = Rng::new(7);
    let pick = |edges: &[EdgeIndex], rng: &mut Rng| {
        let e = edges[rng.below(edges.len())];
        let (s, t) = g.graph().edge_endpoints(e).expect("edge exists");
        let n = if rng.below(2) == 0 { s } else { t };
        (g.entity(n).name.clone(), e)
    };
    let endpoint = |rng: &mut Rng| pick(&edges, rng);
    // Both ends of a path query in the largest component, so that there is a
    // path to find (news graphs have many small components).
    let largest: std::collections::HashSet<NodeIndex> = kg::graph::algo::components(g)
        .into_iter()
        .next()
        .unwrap_or_default()
        .into_iter()
        .collect();
    let connected: Vec<EdgeIndex> = edges
        .iter()
        .copied()
        .filter(|&e| largest.contains(&g.graph().edge_endpoints(e).expect("edge exists").0))
        .collect();
    let connected_end = |rng: &mut Rng| pick(&connected, rng).0;
    let mut kinds: Vec<(&'static str, Vec<Query>)> = Vec::new();
    let mut add = |label, f: &mut dyn FnMut(&mut Rng) -> Query| {
        let v = (0..count).map(|_| f(&mut rng)).collect();
        kinds.push((label, v));
    };
    for (label, depth) in [
        ("neighbours depth 1", 1),
        ("neighbours depth 2", 2),
        ("neighbours depth 3", 3),
    ] {
        add(label, &mut |rng| Query::Neighbours {
            name: endpoint(rng).0,
            depth,
        });
    }
    add("path (shortest)", &mut |rng| Query::Path {
        from: connected_end(rng),
        to: connected_end(rng),
    });
    add("paths max 4 limit 100", &mut |rng| Query::Paths {
        from: connected_end(rng),
        to: connected_end(rng),
        max: 4,
        limit: 100,
    });
    add("match ? REL OBJ", &mut |rng| {
        let (_, e) = endpoint(rng);
        let (_, t) = g.graph().edge_endpoints(e).expect("edge exists");
        Query::Match {
            subject: None,
            relation: Some(g.relation(e).relation.clone()),
            object: Some(g.entity(t).name.clone()),
        }
    });
    add("match SUBJ ? ?", &mut |rng| Query::Match {
        subject: Some(endpoint(rng).0),
        relation: None,
        object: None,
    });
    add("match ? REL ? (scan)", &mut |rng| {
        let (_, e) = endpoint(rng);
        Query::Match {
            subject: None,
            relation: Some(g.relation(e).relation.clone()),
            object: None,
        }
    });
    add("components", &mut |_| Query::Components);
    add("top 10 by degree", &mut |_| Query::TopDegree(10));
    add("top 10 by pagerank", &mut |_| Query::TopPagerank(10));
    // Whole-graph queries have no start entity: one instance is enough.
    for k in kinds.iter_mut().rev().take(3) {
        k.1.truncate(1);
    }
    kinds
}

/// The size of a query's answer: a count and what it counts.
fn answer_size(r: &kg::query::QueryResult) -> (usize, &'static str) {
    use kg::query::QueryResult as R;
    match r {
        R::Neighbours(r) => (r.edges.len(), "edges"),
        R::Path(r) => r
            .hops
            .as_ref()
            .map_or((0, "no path"), |h| (h.len(), "hops")),
        R::Paths(r) => (r.paths.len(), "paths"),
        R::Match(r) => (r.edges.len(), "edges"),
        R::Entity(r) => (r.edges.len(), "edges"),
        R::Components(r) => (r.components.len(), "groups"),
        R::Top(r) => (r.entries.len(), "entities"),
        R::Documents(r) => (r.documents.len(), "documents"),
        R::CoNeighbours(r, co) => (r.edges.len() + co.len(), "edges and co-mentions"),
        R::CoPath(r) => r
            .hops
            .as_ref()
            .map_or((0, "no path"), |h| (h.len(), "hops")),
    }
}

/// The whole graph of a store.
fn load_store(path: &Path) -> Res<kg::KnowledgeGraph> {
    Ok(kg::store::Store::open_read(path)?.load_graph()?)
}

fn file_size(p: &Path) -> u64 {
    fs::metadata(p).map_or(0, |m| m.len())
}

fn graph_section(
    o: &Options,
    section: &str,
    g: KnowledgeGraph,
    work: &Path,
    t: &mut Table,
) -> Res<()> {
    let stem = section.replace(' ', "-");
    let edges = g.graph().edge_count();
    t.add(
        section,
        &format!("{} nodes, {} edges", g.graph().node_count(), edges),
        format!("{} evidence sentences", g.sentence_count()),
        edges as f64,
        "",
    );
    // Store formats: save and load times, sizes.
    let formats = [
        ("json", work.join(format!("{stem}.json"))),
        ("kgb", work.join(format!("{stem}.kgb"))),
    ];
    for (name, path) in &formats {
        let (save, r) = median(o.runs.min(3), || store::save(&g, path));
        match r {
            Err(store::StoreError::Unsupported { .. }) => continue,
            r => r?,
        }
        let size = file_size(path);
        t.add(
            section,
            &format!("save .{name}"),
            secs(save),
            save.as_secs_f64(),
            "",
        );
        t.add(
            section,
            &format!(
                ".{name} file size ({:.0} B/edge)",
                size as f64 / edges.max(1) as f64
            ),
            bytes(size),
            size as f64,
            "",
        );
        let (load, r) = median(o.runs, || store::load(path));
        r?;
        t.add(
            section,
            &format!("load .{name}"),
            secs(load),
            load.as_secs_f64(),
            "< 1 s (1 M edges)",
        );
    }
    let kinds = queries(&g, if o.smoke { 2 } else { INSTANCES });
    // The first query after loading also builds the name order and the compact
    // adjacency (once per process); later ones reuse them.
    let g = {
        let mut reloaded = store::load(&formats[0].1)?;
        if let Some(q) = kinds.first().and_then(|(_, qs)| qs.first()) {
            let statements = kg::query::parse(&q.kgq())?;
            let started = Instant::now();
            kg::query::evaluate(&reloaded, &statements[0])?;
            let first = started.elapsed();
            t.add(
                section,
                "first query after load (builds indexes)",
                secs(first),
                first.as_secs_f64(),
                "",
            );
            reloaded = std::hint::black_box(reloaded);
        }
        drop(g);
        reloaded
    };
    let mut kg_times: Vec<(String, f64)> = Vec::new();
    for (label, instances) in &kinds {
        let mut times = Vec::new();
        let mut sizes = Vec::new();
        for q in instances {
            // The statement as `kg query` parses it; evaluation is what is timed
            // (rendering depends on the output format and where it goes).
            let statements = kg::query::parse(&q.kgq())?;
            let st = &statements[0];
            // Warm the lazily built name order once, as any real run would.
            let size = answer_size(&kg::query::evaluate(&g, st)?);
            sizes.push(size);
            let mut mine = Vec::new();
            for _ in 0..o.runs {
                let started = Instant::now();
                std::hint::black_box(kg::query::evaluate(&g, st)?);
                mine.push(started.elapsed());
            }
            let instance = median_of(&mut mine);
            if o.verbose {
                eprintln!(
                    "kgbench: {section} {label}: {} ({} {}) {}",
                    secs(instance),
                    size.0,
                    size.1,
                    q.kgq()
                );
            }
            times.push(instance);
        }
        // The median instance: each instance's median run, then the median of
        // those (NetworkX's figure is taken the same way).
        let m = median_of(&mut times);
        let target = match *label {
            "neighbours depth 2" | "path (shortest)" => "< 10 ms, ≥ 20× nx",
            _ => "≥ 20× nx",
        };
        t.add(section, label, secs(m), m.as_secs_f64(), target);
        sizes.sort_unstable();
        let (n, unit) = sizes[sizes.len() / 2];
        t.rows.last_mut().expect("just added").answer = format!("{n} {unit}");
        kg_times.push((label.to_string(), m.as_secs_f64()));
    }
    if o.nx {
        networkx(o, section, &g, &kinds, &kg_times, work, t)?;
    }
    Ok(())
}

// ---- 4. NetworkX ----

fn networkx(
    o: &Options,
    section: &str,
    g: &KnowledgeGraph,
    kinds: &[(&'static str, Vec<Query>)],
    kg_times: &[(String, f64)],
    work: &Path,
    t: &mut Table,
) -> Res<()> {
    let probe = Command::new("python3")
        .args(["-c", "import networkx"])
        .output();
    if !probe.is_ok_and(|p| p.status.success()) {
        eprintln!("kgbench: python3 with networkx not found; skipping the comparison");
        return Ok(());
    }
    let stem = section.replace(' ', "-");
    let graph = work.join(format!("{stem}-nodelink.json"));
    {
        let mut w = BufWriter::new(fs::File::create(&graph)?);
        kg::export::json::write_json(g, &g.full(), &mut w)?;
        w.flush()?;
    }
    let tasks: Vec<Value> = kinds
        .iter()
        .map(|(label, qs)| {
            json!({
                "label": label,
                "kgq": qs.iter().map(Query::kgq).collect::<Vec<_>>(),
                "queries": qs.iter().map(Query::nx).collect::<Vec<_>>(),
            })
        })
        .collect();
    let spec = work.join(format!("{stem}-queries.json"));
    fs::write(&spec, serde_json::to_string(&tasks)?)?;
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/nx_bench.py");
    eprintln!(
        "kgbench: running NetworkX on {} ({})",
        section,
        bytes(file_size(&graph))
    );
    let out = Command::new("python3")
        .arg(&script)
        .arg(&graph)
        .arg(&spec)
        .args(["--runs", &o.runs.to_string()])
        .args(o.verbose.then_some("--verbose"))
        .stderr(if o.verbose {
            std::process::Stdio::inherit()
        } else {
            std::process::Stdio::piped()
        })
        .output()?;
    if !out.status.success() {
        return Err(format!(
            "nx_bench.py failed: {}",
            String::from_utf8_lossy(&out.stderr)
        )
        .into());
    }
    let result: Value = serde_json::from_slice(&out.stdout)?;
    let nx: HashMap<String, f64> = result["queries"]
        .as_object()
        .map(|m| {
            m.iter()
                .filter_map(|(k, v)| Some((k.clone(), v.as_f64()?)))
                .collect()
        })
        .unwrap_or_default();
    let timeouts: Vec<&str> = result["timeouts"]
        .as_array()
        .map(|v| v.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    for (label, kg_secs) in kg_times {
        let Some(&nx_secs) = nx.get(label) else {
            continue;
        };
        if let Some(row) = t
            .rows
            .iter_mut()
            .find(|r| r.section == section && &r.measure == label)
        {
            // A timed-out query's median is a lower bound.
            let over = if timeouts.contains(&label.as_str()) {
                "> "
            } else {
                ""
            };
            row.networkx = format!("{over}{}", secs(Duration::from_secs_f64(nx_secs)));
            row.ratio = format!("{over}{}", ratio(nx_secs / kg_secs.max(1e-9)));
        }
    }
    if let Some(load) = result["load"].as_f64()
        && let Some(row) = t
            .rows
            .iter_mut()
            .find(|r| r.section == section && r.measure == "load .json")
    {
        row.networkx = secs(Duration::from_secs_f64(load));
        row.ratio = ratio(load / row.value.max(1e-9));
    }
    t.add(
        section,
        "networkx version",
        result["networkx"].as_str().unwrap_or("?").to_string(),
        0.0,
        "",
    );
    Ok(())
}
