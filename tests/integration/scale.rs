//! Scale properties of `kg ingest`: the graph does not depend on the number of
//! extraction threads, and the binary `.kgb` graph file holds the same graph as
//! the JSON one.

use std::fs;
use std::path::Path;

use kg::graph::synth;

use crate::common::{assert_status, run, stdout};

/// Generated news-like articles (and the bundled one, real text).
fn articles(dir: &Path, count: usize) {
    for d in synth::articles(count, 11) {
        fs::write(dir.join(&d.name), &d.text).unwrap();
    }
    let fixture = crate::common::root().join("fixtures/beijing-parade.txt");
    if fixture.exists() {
        fs::copy(&fixture, dir.join("beijing-parade.txt")).unwrap();
    }
}

fn ingest(graph: &Path, threads: &str, dir: &Path) {
    let o = run(&[
        "--graph",
        graph.to_str().unwrap(),
        "ingest",
        "-j",
        threads,
        dir.to_str().unwrap(),
    ]);
    assert_status(&o, 0);
}

/// The store's graph as a JSON graph file (`export --format graph`).
fn graph_file(store: &Path, out: &Path) -> Vec<u8> {
    let o = run(&[
        "--graph",
        store.to_str().unwrap(),
        "export",
        "--format",
        "graph",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_status(&o, 0);
    fs::read(out).unwrap()
}

#[test]
fn graph_is_byte_identical_whatever_the_thread_count() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("articles");
    fs::create_dir(&dir).unwrap();
    articles(&dir, 120);
    let mut files = Vec::new();
    for threads in ["1", "3"] {
        let graph = tmp.path().join(format!("j{threads}.db"));
        ingest(&graph, threads, &dir);
        let json = tmp.path().join(format!("j{threads}.json"));
        files.push((threads, graph_file(&graph, &json)));
    }
    let (_, first) = &files[0];
    assert!(first.len() > 1000, "a real graph was written");
    for (threads, bytes) in &files[1..] {
        assert!(bytes == first, "-j {threads} wrote another graph than -j 1");
    }
}

#[test]
fn binary_graph_file_holds_the_same_graph_as_json_and_reingest_changes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("articles");
    fs::create_dir(&dir).unwrap();
    articles(&dir, 20);
    let store = tmp.path().join("g.db");
    ingest(&store, "2", &dir);
    let (json, kgb) = (tmp.path().join("g.json"), tmp.path().join("g.kgb"));
    graph_file(&store, &json);
    graph_file(&store, &kgb);
    assert!(fs::metadata(&kgb).unwrap().len() < fs::metadata(&json).unwrap().len());
    let export = |graph: &Path| {
        let o = run(&[
            "--graph",
            graph.to_str().unwrap(),
            "export",
            "--format",
            "json",
        ]);
        assert_status(&o, 0);
        stdout(&o)
    };
    let imported = tmp.path().join("imported.db");
    let o = run(&[
        "--graph",
        imported.to_str().unwrap(),
        "import",
        kgb.to_str().unwrap(),
    ]);
    assert_status(&o, 0);
    assert_eq!(export(&imported), export(&store));
    // Re-ingesting the same documents changes nothing, byte for byte.
    let before = fs::read(&store).unwrap();
    ingest(&store, "1", &dir);
    assert_eq!(fs::read(&store).unwrap(), before);
}
