//! Mutation fuzzing on stable Rust: a target and seed inputs in, mutated
//! inputs run through the target out (a panic propagates to the caller).
//!
//! Four [`Target`]s cover what reads untrusted bytes: the extractor, the
//! query language, the graph file readers and the store opener (see
//! [`targets`]). Seeds live in `fuzz/corpus/TARGET/` (one file each); crash
//! reproducers found there become regression tests in
//! `tests/integration/fuzz.rs`. The long runs are `examples/fuzz.rs` (threads,
//! a watchdog for hangs, peak memory); the CI smoke run replays the corpus and
//! a few thousand mutants through [`Fuzzer::run_mutants`].

pub mod mutate;
pub mod targets;

use std::path::{Path, PathBuf};

use crate::KnowledgeGraph;
use crate::pipeline::{Segmentation, process};
use crate::store::{Store, Wait, documents_of_graph};
use crate::text::Document;
use mutate::{Rng, mutant};

/// What is fuzzed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// Segmentation, language stage, extraction, resolution, triples, merge.
    Extract,
    /// The query parser and evaluator (and the store's point reads).
    Query,
    /// The JSON and `.kgb` graph readers.
    Import,
    /// Opening and reading a store file.
    Store,
}

impl Target {
    pub const ALL: [Target; 4] = [
        Target::Extract,
        Target::Query,
        Target::Import,
        Target::Store,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Target::Extract => "extract",
            Target::Query => "query",
            Target::Import => "import",
            Target::Store => "store",
        }
    }

    pub fn from_name(name: &str) -> Option<Target> {
        Target::ALL.into_iter().find(|t| t.name() == name)
    }

    /// The largest input a mutation makes.
    pub fn cap(self) -> usize {
        match self {
            Target::Extract => 16 * 1024,
            Target::Query => 2048,
            Target::Import | Target::Store => 256 * 1024,
        }
    }

    /// Words of the target's syntax that mutations insert.
    pub fn dictionary(self) -> &'static [&'static [u8]] {
        match self {
            Target::Extract => &[
                b"Mr. ",
                b"U.S. ",
                b"Inc. ",
                b" said ",
                b" met ",
                b" to ",
                b"\n\n",
                b"# ",
                b"* ",
                b"- ",
                b"1. ",
                b"\xe2\x80\x9c",
                b"\xe2\x80\x9d",
                b"\xe2\x80\x94",
                b"BEIJING (Reuters) - ",
                b"...",
                b"?\" ",
                b" e.g. ",
                b"President ",
                b" he ",
                b" she ",
                b" its ",
                b", who ",
                b"Kim Jong Un",
                b" and ",
                b" not ",
                b" would ",
                b"\r\n",
                b"\t",
                b"(",
                b")",
                b"'s ",
                b"A.B.C.",
                b" 3.5 ",
                b"Sept. ",
                b"\xef\xbb\xbf",
                b"\xff\xfe",
            ],
            Target::Query => &[
                b"neighbours ",
                b"path ",
                b"paths ",
                b"match ",
                b"entity ",
                b"components",
                b"documents",
                b"top ",
                b" by degree",
                b" by pagerank",
                b" depth ",
                b" max ",
                b" limit ",
                b" to ",
                b" via ",
                b" directed",
                b" out",
                b" in",
                b" both",
                b" ? ",
                b"\"",
                b"\\",
                b"#",
                b"\n",
                b";",
                b"99999999999999999999",
                b"18446744073709551615",
                b"4294967296",
                b" 0",
                b"Kim",
                b"Putin",
                b"\"Kim Jong Un\"",
            ],
            Target::Import => &[
                b"\"",
                b"{",
                b"}",
                b"[",
                b"]",
                b",",
                b":",
                b"null",
                b"-1",
                b"1e309",
                b"18446744073709551615",
                b"4294967295",
                b"\"format\":\"kg-graph\"",
                b"\"version\":1",
                b"\"version\":2",
                b"\"nodes\":[]",
                b"\"edges\":[]",
                b"\"evidence\":[[0,0]]",
                b"\\u0000",
                b"\\ud800",
                b"kg-graph",
                b"\xff\xff\xff\xff\x0f",
                b"\x80\x80\x80\x80\x80\x80\x80\x80\x80\x01",
            ],
            Target::Store => &[
                b"SQLite format 3\0",
                b"\xff\xff\xff\xff",
                b"\x00\x00\x00\x00",
                b"CREATE TABLE ",
                b"PRAGMA ",
                b"\x0d",
                b"\x05",
                b"\x0a",
                b"\x02",
            ],
        }
    }

    /// After mutation: a graph file whose checksum no longer matches is
    /// rejected before it is decoded, so half of the import mutants have
    /// their checksum made right again, and the decoders see them.
    fn finish(self, rng: &mut Rng, data: &mut [u8]) {
        if self == Target::Import && rng.one_in(2) {
            fix_checksum(data);
        }
    }
}

/// Rewrite the checksum at the end of a version 2 `.kgb` or JSON graph file
/// so that it matches the bytes before it.
pub fn fix_checksum(data: &mut [u8]) {
    use crate::graph::checksum::Fnv64;
    if data.starts_with(crate::graph::binary::MAGIC) && data.len() >= 20 {
        let body = data.len() - 8;
        let sum = Fnv64::of(&data[..body]);
        data[body..].copy_from_slice(&sum.to_le_bytes());
        return;
    }
    const HEAD: &[u8] = b",\n\"checksum\":\"";
    const TAIL: &[u8] = b"\"}\n";
    let tail_len = HEAD.len() + 16 + TAIL.len();
    if data.len() < tail_len {
        return;
    }
    let body = data.len() - tail_len;
    if data[body..].starts_with(HEAD) && data.ends_with(TAIL) {
        let hex = format!("{:016x}", Fnv64::of(&data[..body]));
        let at = body + HEAD.len();
        data[at..at + 16].copy_from_slice(hex.as_bytes());
    }
}

/// What the targets run against: a small graph (the fixture articles) and the
/// same graph in a store, plus a scratch file for store mutants.
pub struct Fuzzer {
    pub target: Target,
    pub seeds: Vec<Vec<u8>>,
    graph: KnowledgeGraph,
    store: Option<Store>,
    scratch: PathBuf,
}

/// The small graph the query target runs on: the fixture articles of `dir`
/// (every `*.txt` file, in name order).
pub fn fixture_graph(dir: &Path) -> std::io::Result<KnowledgeGraph> {
    let mut names: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    names.sort();
    let mut g = KnowledgeGraph::new();
    for p in names {
        let text = std::fs::read_to_string(&p)?;
        let name = p.file_name().map(|n| n.to_string_lossy().into_owned());
        let doc = Document {
            name: name.unwrap_or_default(),
            text,
        };
        let processed = process(doc, Segmentation::Prose);
        g.merge_document(&processed.facts, &processed.hash);
    }
    Ok(g)
}

/// Write `graph` into a new store at `path`.
pub fn write_store(graph: &KnowledgeGraph, path: &Path) -> Result<(), crate::store::DbError> {
    let mut store = Store::open_write(path, Wait::No)?;
    store.write(&documents_of_graph(graph), &[], Wait::No)?;
    Ok(())
}

impl Fuzzer {
    /// A fuzzer for `target` with the seeds of `corpus` (`fuzz/corpus/TARGET`),
    /// the graph of the articles in `fixtures`, and scratch files in `scratch`
    /// (a directory of its own).
    pub fn new(
        target: Target,
        corpus: &Path,
        fixtures: &Path,
        scratch: &Path,
    ) -> std::io::Result<Fuzzer> {
        let mut seeds = read_corpus(&corpus.join(target.name()))?;
        if seeds.is_empty() {
            seeds.push(Vec::new());
        }
        let (graph, store) = if target == Target::Query {
            let graph = fixture_graph(fixtures)?;
            let path = scratch.join("query.db");
            write_store(&graph, &path).map_err(std::io::Error::other)?;
            let store = Store::open_read(&path).map_err(std::io::Error::other)?;
            (graph, Some(store))
        } else {
            (KnowledgeGraph::new(), None)
        };
        Ok(Fuzzer {
            target,
            seeds,
            graph,
            store,
            scratch: scratch.join("mutant.db"),
        })
    }

    /// Run one input through the target.
    pub fn run(&self, input: &[u8]) {
        match self.target {
            Target::Extract => targets::extract(input),
            Target::Query => targets::query(input, &self.graph, self.store.as_ref()),
            Target::Import => targets::import(input),
            Target::Store => targets::open_store(input, &self.scratch),
        }
    }

    /// The next mutant of a random seed.
    pub fn mutant(&self, rng: &mut Rng) -> Vec<u8> {
        let seed = &self.seeds[rng.below(self.seeds.len())];
        let mut data = mutant(
            rng,
            seed,
            self.target.dictionary(),
            &self.seeds,
            self.target.cap(),
        );
        self.target.finish(rng, &mut data);
        data
    }

    /// Run every seed, then `n` mutants from `rng_seed`; `before` sees each
    /// input before it runs (to keep it should the run panic or hang).
    pub fn run_mutants(&self, n: u64, rng_seed: u64, mut before: impl FnMut(&[u8])) {
        for s in &self.seeds {
            before(s);
            self.run(s);
        }
        let mut rng = Rng::new(rng_seed);
        for _ in 0..n {
            let input = self.mutant(&mut rng);
            before(&input);
            self.run(&input);
        }
    }
}

/// Every file of `dir`, in name order (none when it does not exist).
pub fn read_corpus(dir: &Path) -> std::io::Result<Vec<Vec<u8>>> {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e),
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    paths
        .iter()
        .filter(|p| p.is_file())
        .map(std::fs::read)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_checksums_read_back() {
        let mut g = KnowledgeGraph::new();
        let p = process(
            Document {
                name: "a.txt".into(),
                text: "Kim Jong Un met Vladimir Putin in Moscow.".into(),
            },
            Segmentation::Prose,
        );
        g.merge_document(&p.facts, &p.hash);
        let mut kgb = Vec::new();
        crate::graph::binary::write(&g, &mut kgb).unwrap();
        let mut json = Vec::new();
        crate::graph::store::write_json(&g, &mut json).unwrap();
        for bytes in [kgb, json] {
            let mut altered = bytes.clone();
            // "Kim Jong Un" becomes "Jim Jong Un".
            let at = altered.windows(3).position(|w| w == b"Kim").unwrap();
            altered[at] = b'J';
            let path = Path::new(if bytes.starts_with(b"kg") {
                "g.kgb"
            } else {
                "g.json"
            });
            let read = |b: &[u8]| match crate::graph::store::FileFormat::of(path) {
                crate::graph::store::FileFormat::Json => crate::graph::store::read_json(b, path),
                crate::graph::store::FileFormat::Binary => crate::graph::binary::read(b, path),
            };
            assert!(
                read(&altered).is_err(),
                "a flipped byte passes the checksum"
            );
            fix_checksum(&mut altered);
            let g2 = read(&altered).unwrap();
            assert!(g2.lookup("Jim Jong Un").is_ok());
        }
    }
}
