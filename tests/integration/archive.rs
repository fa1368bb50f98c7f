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
        "TWA said Carl Icahn owns shares of TWA.\n\
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
