//! Export throughput: the synthetic benchmark graph (`--edges N`, default
//! 400,000) in, the time to write it in every export format to a file out
//! (best of `--runs`, default 3). A measurement, not a test.
//!
//! ```console
//! $ cargo run --release --example export-timing -- --edges 400000
//! ```

use std::io::{BufWriter, Write};
use std::time::{Duration, Instant};

use kg::export::{ExportFormat, ExportOptions, export};
use kg::graph::synth::{self, SynthConfig};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let (mut edges, mut runs) = (400_000usize, 3usize);
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let value = args.next().ok_or(format!("{a} needs a value"))?;
        match a.as_str() {
            "--edges" => edges = value.parse()?,
            "--runs" => runs = value.parse()?,
            _ => return Err(format!("unknown argument {a}").into()),
        }
    }
    let g = synth::graph(SynthConfig::with_edges(edges, 7));
    let full = g.full();
    println!(
        "synthetic graph: {} nodes, {} edges",
        g.graph().node_count(),
        g.graph().edge_count()
    );
    let dir = tempfile::tempdir()?;
    for format in ExportFormat::ALL {
        let path = dir.path().join(format!("g.{}", format.extension()));
        let mut best = Duration::MAX;
        for _ in 0..runs.max(1) {
            let started = Instant::now();
            let mut w = BufWriter::new(std::fs::File::create(&path)?);
            export(&g, &full, format, &ExportOptions::default(), &mut w)?;
            w.flush()?;
            best = best.min(started.elapsed());
        }
        let size = std::fs::metadata(&path)?.len();
        println!(
            "{:<9} {:>6.2} s  {:>6.1} MB",
            format.as_str(),
            best.as_secs_f64(),
            size as f64 / 1e6
        );
    }
    Ok(())
}
