//! The fuzz targets: one input's bytes in, the work kg does on them out
//! (results are thrown away; a panic, a hang or unbounded memory is the
//! finding).
//!
//! - [`extract`]: the `kg extract` / `kg ingest` path: segmentation, the
//!   language stage, extraction, resolution, triples output and the merge into a
//!   graph. The segmentation mode comes from the input's length (prose, lines,
//!   tokenised lines).
//! - [`query`]: the `.kgq` parser, then every statement evaluated on a small
//!   graph and written as text and JSON, and the point questions answered from
//!   a small store's indexed reads.
//! - [`import`]: the JSON and `.kgb` graph readers (what `kg import` and `kg
//!   convert` read), then the conversion into store documents.
//! - [`open_store`]: a store file's bytes written to a scratch path and opened:
//!   documents listed, graph loaded, a point question asked.

use std::io;
use std::path::Path;

use crate::KnowledgeGraph;
use crate::export::triples::{TripleFormat, write_triples};
use crate::graph::{binary, store as graph_file};
use crate::pipeline::{Segmentation, process};
use crate::query::{evaluate, parse, write_json, write_text};
use crate::store::{Store, documents_of_graph};
use crate::text::Document;

/// Segmentation and extraction of arbitrary bytes (decoded lossily, so NUL
/// bytes and replacement characters reach the tokenizer too).
pub fn extract(bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes).into_owned();
    // The reader's own checks (NUL bytes, invalid UTF-8, empty text).
    let _ = crate::text::input::decode("fuzz.txt".to_string(), bytes.to_vec());
    let seg = match bytes.len() % 8 {
        0 => Segmentation::Lines,
        1 => Segmentation::Tokens,
        _ => Segmentation::Prose,
    };
    let doc = Document {
        name: "fuzz.txt".into(),
        text,
    };
    let p = process(doc, seg);
    let format = match bytes.len() % 3 {
        0 => TripleFormat::Jsonl,
        1 => TripleFormat::Tsv,
        _ => TripleFormat::Carb,
    };
    write_triples(&p, format, &mut io::sink()).expect("writing to a sink");
    let mut g = KnowledgeGraph::new();
    g.merge_document(&p.facts, &p.hash);
}

/// Query text on `graph` and, for point questions, on `store` (which holds
/// the same graph).
pub fn query(bytes: &[u8], graph: &KnowledgeGraph, store: Option<&Store>) {
    let text = String::from_utf8_lossy(bytes);
    let Ok(statements) = parse(&text) else {
        return;
    };
    for st in statements {
        if let Some(store) = store {
            let _ = store.point_graph(&st.query);
        }
        if let Ok(r) = evaluate(graph, &st) {
            write_text(&r, graph, &mut io::sink()).expect("writing to a sink");
            write_json(&r, graph, &mut io::sink()).expect("writing to a sink");
        }
    }
}

/// A graph file's bytes, read as JSON and as `.kgb`.
pub fn import(bytes: &[u8]) {
    let path = Path::new("fuzz");
    for g in [
        graph_file::read_json(bytes, path),
        binary::read(bytes, path),
    ]
    .into_iter()
    .flatten()
    {
        let docs = documents_of_graph(&g);
        let mut out = Vec::new();
        binary::write(&g, &mut out).expect("writing to memory");
        drop(docs);
    }
}

/// A store file's bytes written to `scratch` and opened read-only.
pub fn open_store(bytes: &[u8], scratch: &Path) {
    for suffix in ["-wal", "-shm"] {
        let mut p = scratch.as_os_str().to_owned();
        p.push(suffix);
        let _ = std::fs::remove_file(p);
    }
    std::fs::write(scratch, bytes).expect("writing the scratch store");
    let Ok(store) = Store::open_read(scratch) else {
        return;
    };
    let _ = store.documents();
    if let Ok(g) = store.load_graph() {
        let _ = g.graph().node_count();
    }
    if let Ok(st) = parse("neighbours \"Kim Jong Un\" depth 2\npath Kim to Putin\nentity Putin") {
        for s in st {
            let _ = store.point_graph(&s.query);
        }
    }
}
