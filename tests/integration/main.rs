//! Integration tests: the real `kg` binary on `fixtures/`.
//!
//! * `cases` — extraction cases as data (`fixtures/extract/*.cases`) and the
//!   golden file of `kg extract fixtures/`.
//! * `common` — running `kg`, temporary graphs, golden-file comparison
//!   (`KG_BLESS=1 cargo test` rewrites golden files deliberately).
//! * `errors` — every kind of bad input: one-line message, exit status 2, graph untouched.
//! * `export` — every export format on a hostile graph: golden files, `dot` and networkx reading them.
//! * `extract` — the `extract` contract (jsonl fields, spans, carb, tsv, stdin).
//! * `queries` — `queries/*.kgq` against golden `.out` files; JSON shapes, errors, exit 1, demo.
//! * `readme` — the README's console examples, run for real.
//! * `ingest` — idempotent re-ingest, `KG_GRAPH`, the graph file untouched by errors.
//! * `scale` — the graph does not depend on the thread count; `.kgb` holds the same graph.
//! * `store` — the SQLite store: replace, remove, concurrent writers, SIGKILL, bad stores.

mod cases;
mod common;
mod errors;
mod export;
mod extract;
mod ingest;
mod queries;
mod readme;
mod scale;
mod store;
