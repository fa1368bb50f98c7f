//! Cross-document resolution on the real binary: the same documents ingested
//! in different orders and batches give the same export, and `entity` shows
//! the rule of a merge across documents.

use std::path::Path;

use crate::common::{assert_status, run, stdout};

const DOCS: [(&str, &str); 4] = [
    (
        "a.txt",
        "President Reagan met Paul Volcker in Washington on Tuesday.\n\
         Reagan praised the Federal Reserve.\n",
    ),
    (
        "b.txt",
        "Ronald Reagan signed the trade bill in Washington.\n\
         Texaco Inc said it would appeal the ruling.\n",
    ),
    (
        "c.txt",
        "Texaco said it filed for protection in White Plains.\n\
         Trans World Airlines Inc bought Ozark Air Lines.\n",
    ),
    (
        "d.txt",
        "TWA said on Friday that Carl Icahn was in New York.\n\
         Volcker said the Federal Reserve would act.\n",
    ),
];

fn ingest(g: &Path, docs: &[(&str, &str)], dir: &Path) {
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir).unwrap();
    for (name, text) in docs {
        std::fs::write(dir.join(name), text).unwrap();
    }
    let o = run(&[
        "--graph",
        g.to_str().unwrap(),
        "ingest",
        dir.to_str().unwrap(),
    ]);
    assert_status(&o, 0);
}

fn export(g: &Path) -> String {
    let o = run(&["--graph", g.to_str().unwrap(), "export", "--format", "json"]);
    assert_status(&o, 0);
    stdout(&o)
}

#[test]
fn cross_document_resolution_depends_on_the_set_of_documents_only() {
    let t = tempfile::tempdir().unwrap();
    let whole = t.path().join("whole.db");
    ingest(&whole, &DOCS, &t.path().join("all"));
    // Reverse order, one batch of two then one document at a time.
    let pieces = t.path().join("pieces.db");
    ingest(&pieces, &[DOCS[3], DOCS[2]], &t.path().join("p1"));
    ingest(&pieces, &[DOCS[1]], &t.path().join("p2"));
    ingest(&pieces, &[DOCS[0]], &t.path().join("p3"));
    let json = export(&whole);
    assert_eq!(export(&pieces), json);
    // One node each for Reagan, Volcker, Texaco and TWA.
    for (name, alias) in [
        ("Reagan", "archive-surname"),
        ("Texaco", "legal-form"),
        ("TWA", "archive-acronym"),
    ] {
        let o = run(&[
            "--graph",
            whole.to_str().unwrap(),
            "query",
            &format!("entity \"{name}\""),
        ]);
        assert_status(&o, 0);
        assert!(stdout(&o).contains(alias), "{name}: {}", stdout(&o));
    }
}

#[test]
fn co_mentions_link_names_of_one_sentence_apart_from_the_facts() {
    let t = tempfile::tempdir().unwrap();
    let g = t.path().join("g.db");
    ingest(&g, &DOCS, &t.path().join("all"));
    let q = |query: &str| {
        let o = run(&["--graph", g.to_str().unwrap(), "query", query]);
        assert_status(&o, 0);
        stdout(&o)
    };
    // Carl Icahn has no typed fact here; a co-mention reaches TWA.
    let path = q(r#"path "Carl Icahn" to "Trans World Airlines Inc" via co-mentions"#);
    assert!(path.contains("co-mention  "), "{path}");
    let nb = q(r#"neighbours TWA with co-mentions"#);
    assert!(
        nb.contains("co-mentions of Trans World Airlines Inc"),
        "{nb}"
    );
    assert!(nb.contains("Carl Icahn"), "{nb}");
    // The typed export is unchanged; with --co-mentions they follow, marked.
    let plain = export(&g);
    assert!(!plain.contains("co-mention"));
    let o = run(&[
        "--graph",
        g.to_str().unwrap(),
        "export",
        "--format",
        "json",
        "--co-mentions",
    ]);
    assert_status(&o, 0);
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let marked = json["edges"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "co-mention")
        .count();
    assert!(marked > 0, "{json}");
    let s = run(&["--graph", g.to_str().unwrap(), "stats"]);
    assert!(
        stdout(&s).contains("documents with a fact"),
        "{}",
        stdout(&s)
    );
}

#[test]
fn a_version_1_store_gains_the_co_mention_tables_when_opened() {
    let t = tempfile::tempdir().unwrap();
    let g = t.path().join("g.db");
    ingest(&g, &DOCS[..2], &t.path().join("a"));
    {
        let c = rusqlite::Connection::open(&g).unwrap();
        c.execute_batch(
            "DROP TABLE doc_comentions; DROP TABLE comention_evidence; DROP TABLE comentions; \
             DROP TABLE alias_evidence; \
             CREATE TABLE evidence_v1 ( \
                 edge INTEGER NOT NULL REFERENCES edges(id), \
                 doc INTEGER NOT NULL REFERENCES documents(id), \
                 sentence INTEGER NOT NULL, \
                 PRIMARY KEY (edge, doc, sentence)) WITHOUT ROWID; \
             INSERT INTO evidence_v1 SELECT edge, doc, sentence FROM evidence; \
             DROP TABLE evidence; \
             ALTER TABLE evidence_v1 RENAME TO evidence; \
             PRAGMA user_version = 1;",
        )
        .unwrap();
    }
    // Read as it is: no co-mentions, the facts as before.
    let o = run(&["--graph", g.to_str().unwrap(), "query", "components"]);
    assert_status(&o, 0);
    ingest(&g, &DOCS[2..], &t.path().join("b"));
    let c = rusqlite::Connection::open(&g).unwrap();
    let v: i64 = c
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(v, 3);
    let n: i64 = c
        .query_row("SELECT count(*) FROM doc_comentions", [], |r| r.get(0))
        .unwrap();
    assert!(n > 0);
}
