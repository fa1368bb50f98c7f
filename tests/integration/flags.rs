//! Evidence flags through the graph: a modal, attributed fact and an asserted
//! one ingested, then shown by `query` (text and JSON), left out by `match …
//! asserted` and `export --asserted`, kept by the graph files (`.kgb`, JSON)
//! and by a version 1 store upgraded when opened.

use std::path::{Path, PathBuf};

use crate::common::*;

/// A modal fact attributed to its subject, and an asserted one.
const ARTICLE: &str = "Microsoft said it would buy Sybari Software.\nGoogle bought Keyhole.\n";

/// A store holding [`ARTICLE`] as `deal.txt`.
fn ingested() -> (tempfile::TempDir, PathBuf) {
    let (dir, g) = temp_graph();
    let docs = dir.path().join("docs");
    std::fs::create_dir(&docs).unwrap();
    std::fs::write(docs.join("deal.txt"), ARTICLE).unwrap();
    let o = run(&[
        "--graph",
        g.to_str().unwrap(),
        "ingest",
        docs.to_str().unwrap(),
    ]);
    assert_status(&o, 0);
    (dir, g)
}

fn query(g: &Path, args: &[&str]) -> String {
    let mut all = vec!["--graph", g.to_str().unwrap(), "query"];
    all.extend(args);
    let o = run(&all);
    assert_status(&o, 0);
    stdout(&o)
}

/// The lines `query 'match ? buy ?'` shows, and what `asserted` leaves.
fn assert_marks(g: &Path) {
    let text = query(g, &["match ? buy ?"]);
    assert_eq!(
        text,
        "match ? \"buy\" ?: 2 facts\n\
         \x20 Google     –buy→  Keyhole\n\
         \x20     “Google bought Keyhole.” — deal.txt#1\n\
         \x20 Microsoft  –buy→  Sybari Software  [modal]\n\
         \x20     “Microsoft said it would buy Sybari Software.” — deal.txt#0 [would] (according to Microsoft)\n"
    );
    let asserted = query(g, &["match ? buy ? asserted"]);
    assert!(
        asserted.starts_with("match ? \"buy\" ? asserted: 1 fact\n"),
        "{asserted}"
    );
    assert!(asserted.contains("Google  –buy→  Keyhole"), "{asserted}");
    assert!(!asserted.contains("Sybari"), "{asserted}");
}

#[test]
fn modal_and_attributed_evidence_is_marked_and_filtered() {
    let (_dir, g) = ingested();
    assert_marks(&g);
    // A point query read through the store's indexes shows the same marks.
    let nb = query(&g, &["neighbours Microsoft"]);
    assert!(
        nb.contains("Sybari Software  [modal]") && nb.contains("[would] (according to Microsoft)"),
        "{nb}"
    );
    let json = query(&g, &["--format", "json", "match ? buy ?"]);
    assert!(
        json.contains(r#""sentence":0,"text":"Microsoft said it would buy Sybari Software.","modality":"would","attributed_to":"Microsoft"}"#),
        "{json}"
    );
    assert!(
        json.contains(r#""sentence":1,"text":"Google bought Keyhole."}"#),
        "{json}"
    );
    let json = query(&g, &["--format", "json", "match ? buy ? asserted"]);
    assert!(json.contains(r#""object":null,"asserted":true,"#), "{json}");

    let export = |extra: &[&str]| {
        let mut args = vec!["--graph", g.to_str().unwrap(), "export", "--format"];
        args.extend(extra);
        let o = run(&args);
        assert_status(&o, 0);
        stdout(&o)
    };
    let all = export(&["json"]);
    assert!(
        all.contains(r#""modality":"would","attributed_to":"Microsoft"}"#),
        "{all}"
    );
    let asserted = export(&["json", "--asserted"]);
    assert!(asserted.contains("Keyhole") && !asserted.contains(r#""target":"Sybari Software""#));
    let graphml = export(&["graphml"]);
    assert!(
        graphml.contains(
            "#0: Microsoft said it would buy Sybari Software. [would] (according to Microsoft)"
        ),
        "{graphml}"
    );
}

#[test]
fn graph_files_keep_the_flags() {
    let (dir, g) = ingested();
    for file in ["deal.kgb", "deal.json"] {
        let file = dir.path().join(file);
        let o = run(&[
            "--graph",
            g.to_str().unwrap(),
            "export",
            "--format",
            "graph",
            "-o",
            file.to_str().unwrap(),
        ]);
        assert_status(&o, 0);
        let back = file.with_extension("db");
        let o = run(&[
            "--graph",
            back.to_str().unwrap(),
            "import",
            file.to_str().unwrap(),
        ]);
        assert_status(&o, 0);
        assert_marks(&back);
    }
}

#[test]
fn a_version_1_store_is_upgraded_when_opened() {
    let (_dir, g) = ingested();
    // Make it a version 1 store: its evidence table without the flag columns.
    {
        let db = rusqlite::Connection::open(&g).unwrap();
        db.execute_batch(
            "CREATE TABLE evidence_v1 (
                 edge INTEGER NOT NULL REFERENCES edges(id),
                 doc INTEGER NOT NULL REFERENCES documents(id),
                 sentence INTEGER NOT NULL,
                 PRIMARY KEY (edge, doc, sentence)) WITHOUT ROWID;
             INSERT INTO evidence_v1 SELECT edge, doc, sentence FROM evidence;
             DROP TABLE evidence;
             ALTER TABLE evidence_v1 RENAME TO evidence;
             PRAGMA user_version = 1;",
        )
        .unwrap();
    }
    assert_marks(&g);
    let db = rusqlite::Connection::open(&g).unwrap();
    let version: i64 = db
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, 3);
    let flagged: i64 = db
        .query_row(
            "SELECT count(*) FROM evidence WHERE modality = 'would' AND attributed_to = 'Microsoft'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(flagged, 1);
}
