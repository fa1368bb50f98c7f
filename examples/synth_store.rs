//! Build a graph store from the synthetic documents of `kg::graph::synth`, for
//! measuring point queries on a large store as a whole process.
//!
//! In: a store path (must not exist) and an edge count. Out: the store, built
//! the way `kg ingest` builds one (documents stored, merged in name order, the
//! graph materialised), and its size and build time on stdout.
//!
//! ```sh
//! cargo run --release --example synth-store -- /tmp/big.db 1000000
//! time target/release/kg --graph /tmp/big.db query 'entity "…"'
//! ```

use std::time::Instant;

use anyhow::{Context, bail};
use kg::graph::synth::{self, SynthConfig};
use kg::hash::content_hash;
use kg::store::{NewDocument, Store, Wait};

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let (Some(path), Some(edges)) = (args.next(), args.next()) else {
        bail!("usage: synth-store STORE.db EDGES");
    };
    let edges: usize = edges.parse().context("EDGES is a number")?;
    let path = std::path::PathBuf::from(path);
    if path.exists() {
        bail!("{} exists", path.display());
    }
    let started = Instant::now();
    let docs: Vec<NewDocument> = synth::documents(SynthConfig::with_edges(edges, 42))
        .map(|facts| NewDocument {
            hash: content_hash(&facts.doc),
            facts,
        })
        .collect();
    let mut store = Store::open_write(&path, Wait::Yes)?;
    let w = store.write(&docs, &[], Wait::Yes)?;
    println!(
        "{}: {} documents, {} entities, {} edges, {} bytes, built in {:.1} s",
        path.display(),
        w.documents,
        w.entities,
        w.edges,
        std::fs::metadata(&path)?.len(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
