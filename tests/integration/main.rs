//! Integration tests: the real `kg` binary on `fixtures/`.
//!
//! * `archive` — cross-document resolution: order-independent, rules shown.
//! * `cases` — extraction cases as data (`fixtures/extract/*.cases`) and the
//!   golden file of `kg extract fixtures/`.
//! * `cli_habits` — completions and man pages from clap; `-o` refusing to overwrite a graph.
//! * `common` — running `kg`, temporary graphs, golden-file comparison
//!   (`KG_BLESS=1 cargo test` rewrites golden files deliberately).
//! * `consumers` — LadybugDB loading the CSV tables, pyoxigraph the N-Quads; answers equal to kg's.
//! * `errors` — every kind of bad input: one-line message, exit status 2, graph untouched.
//! * `export` — every export format on a hostile graph: golden files, `dot` and networkx reading them.
//! * `extract` — the `extract` contract (jsonl fields, spans, carb, tsv, stdin).
//! * `flags` — modal and attributed evidence marked, filtered (`asserted`), kept by graph files and store upgrades.
//! * `fuzz` — the fuzz smoke run (corpus and mutants of every target) and the reproducers the long runs found.
//! * `queries` — `queries/*.kgq` against golden `.out` files; JSON shapes, errors, exit 1, demo.
//! * `readme` — the README's console examples, run for real.
//! * `interchange` — `ingest --facts` and `merge` equal to one ingest; the Dask example.
//! * `ingest` — idempotent re-ingest, `KG_GRAPH`, the graph file untouched by errors.
//! * `selection` — every format honours --focus/--relation/--kind/--min-weight/--drop-isolated; query results in export formats.
//! * `scale` — the graph does not depend on the thread count; `.kgb` holds the same graph.
//! * `store` — the SQLite store: replace, remove, concurrent writers, SIGKILL, bad stores.

mod archive;
mod cases;
mod cli_habits;
mod common;
mod consumers;
mod errors;
mod export;
mod extract;
mod flags;
mod fuzz;
mod ingest;
mod interchange;
mod queries;
mod readme;
mod scale;
mod selection;
mod store;
