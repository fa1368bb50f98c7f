//! Per-query latency probe for performance work: a graph (a file, or the
//! synthetic benchmark graph) and query statements in, the time of every
//! evaluation out (min and median over runs), so that one slow instance can be
//! found and profiled (`perf record -g target/release/examples/query_probe …`).
//!
//! ```console
//! $ cargo run --release --example query_probe -- --edges 1000000 'neighbours "X" depth 2'
//! $ cargo run --release --example query_probe -- --graph news.kgb --runs 50 'path "A" to "B"'
//! $ cargo run --release --example query_probe -- --edges 1000000 --sample 'neighbours depth 1'
//! ```
//!
//! `--save FILE` writes the graph (e.g. the synthetic one) for later `--graph` runs.
//! `--sample KIND` draws 5 start entities in proportion to degree (as kgbench does)
//! and substitutes them into `neighbours E depth N`, `match E ? ?` or
//! `path E to E2`; it prints the statements it ran.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use kg::graph::synth::{self, Rng, SynthConfig};
use kg::graph::{KnowledgeGraph, store};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut graph: Option<PathBuf> = None;
    let mut edges = 1_000_000usize;
    let mut runs = 20usize;
    let mut sample: Option<String> = None;
    let mut save: Option<PathBuf> = None;
    let mut statements: Vec<String> = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--graph" => graph = args.next().map(PathBuf::from),
            "--edges" => edges = args.next().ok_or("--edges N")?.parse()?,
            "--runs" => runs = args.next().ok_or("--runs N")?.parse()?,
            "--sample" => sample = args.next(),
            "--save" => save = args.next().map(PathBuf::from),
            _ => statements.push(a),
        }
    }
    let started = Instant::now();
    let g: KnowledgeGraph = match &graph {
        Some(p) => store::load(p)?,
        None => synth::graph(SynthConfig::with_edges(edges, 42)),
    };
    eprintln!(
        "graph: {} nodes, {} edges ({:.2?})",
        g.graph().node_count(),
        g.graph().edge_count(),
        started.elapsed()
    );
    if let Some(p) = &save {
        store::save(&g, p)?;
    }
    if let Some(kind) = sample {
        statements.extend(sampled(&g, &kind));
    }
    // Build the lazy indexes once, as the first query of a process does.
    let started = Instant::now();
    let _ = g.name_ranks();
    let ranks = started.elapsed();
    let _ = g.adjacency();
    let adjacency = started.elapsed() - ranks;
    let _ = g.relation_index();
    eprintln!(
        "indexes: {:.2?} (name order {ranks:.2?}, adjacency {adjacency:.2?})",
        started.elapsed()
    );
    for s in &statements {
        let parsed = kg::query::parse(s)?;
        let st = &parsed[0];
        let mut times: Vec<Duration> = (0..runs)
            .map(|_| {
                let t = Instant::now();
                std::hint::black_box(kg::query::evaluate(&g, st).ok());
                t.elapsed()
            })
            .collect();
        times.sort_unstable();
        if let kg::query::Query::Path { from, to, directed } = &st.query
            && let (Ok(a), Ok(b)) = (g.lookup(&from.text), g.lookup(&to.text))
        {
            // The search alone, without name lookup and result building.
            let follow = if *directed {
                kg::graph::algo::Follow::Out
            } else {
                kg::graph::algo::Follow::Both
            };
            let mut search: Vec<Duration> = (0..runs)
                .map(|_| {
                    let t = Instant::now();
                    std::hint::black_box(kg::graph::algo::shortest_path(&g, a, b, follow));
                    t.elapsed()
                })
                .collect();
            search.sort_unstable();
            let mut lookups: Vec<Duration> = (0..runs)
                .map(|_| {
                    let t = Instant::now();
                    std::hint::black_box((g.lookup(&from.text).ok(), g.lookup(&to.text).ok()));
                    t.elapsed()
                })
                .collect();
            lookups.sort_unstable();
            println!(
                "  search alone: median {:.2?}; both name lookups {:.2?}",
                search[search.len() / 2],
                lookups[lookups.len() / 2]
            );
        }
        let size = match kg::query::evaluate(&g, st) {
            Ok(r) => size(&r),
            Err(e) => e.to_string(),
        };
        println!(
            "min {:>10.2?}  median {:>10.2?}  {size:>14}  {s}",
            times[0],
            times[times.len() / 2]
        );
    }
    Ok(())
}

/// Five statements of a kind, start entities drawn in proportion to degree.
fn sampled(g: &KnowledgeGraph, kind: &str) -> Vec<String> {
    let edges: Vec<_> = g.graph().edge_indices().collect();
    let mut rng = Rng::new(7);
    let mut pick = || {
        let e = edges[rng.below(edges.len())];
        let (s, t) = g.graph().edge_endpoints(e).expect("edge exists");
        let n = if rng.below(2) == 0 { s } else { t };
        format!("{:?}", g.entity(n).name)
    };
    (0..5)
        .map(|_| match kind {
            "path" => format!("path {} to {}", pick(), pick()),
            "match" => format!("match {} ? ?", pick()),
            k => format!(
                "neighbours {} {}",
                pick(),
                k.trim_start_matches("neighbours ")
            ),
        })
        .collect()
}

/// The size of an answer, for the report.
fn size(r: &kg::query::QueryResult) -> String {
    use kg::query::QueryResult as R;
    match r {
        R::Neighbours(r) => format!("{} edges", r.edges.len()),
        R::Path(r) => r
            .hops
            .as_ref()
            .map_or("no path".into(), |h| format!("{} hops", h.len())),
        R::Paths(r) => format!("{} paths", r.paths.len()),
        R::Match(r) => format!("{} edges", r.edges.len()),
        R::Entity(r) => format!("{} edges", r.edges.len()),
        R::Components(r) => format!("{} groups", r.components.len()),
        R::Top(r) => format!("{} entries", r.entries.len()),
        R::Documents(r) => format!("{} documents", r.documents.len()),
        R::CoNeighbours(r, co) => format!("{} edges, {} co-mentions", r.edges.len(), co.len()),
        R::CoPath(r) => r
            .hops
            .as_ref()
            .map_or("no path".into(), |h| format!("{} hops", h.len())),
    }
}
