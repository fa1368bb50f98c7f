//! `kg ingest`: incremental, idempotent, atomic; bad input leaves the store as it was;
//! graph files export and import back.

use crate::common::*;

#[test]
fn reingesting_unchanged_documents_changes_nothing() {
    let (_dir, g) = temp_graph();
    let gs = g.to_str().unwrap();
    let o = run(&["--graph", gs, "ingest", "fixtures/"]);
    assert_status(&o, 0);
    assert!(
        stderr(&o).contains("ingested"),
        "summary on stderr: {}",
        stderr(&o)
    );
    let first = bytes(&g).expect("graph written");
    let o = run(&["--graph", gs, "ingest", "fixtures/"]);
    assert_status(&o, 0);
    assert!(
        stderr(&o).contains("ingested 0 documents"),
        "{}",
        stderr(&o)
    );
    assert_eq!(
        bytes(&g).unwrap(),
        first,
        "second ingest leaves the file byte-identical"
    );
}

#[test]
fn kg_graph_environment_variable_names_the_graph() {
    let (_dir, g) = temp_graph();
    let o = kg()
        .env("KG_GRAPH", &g)
        .args(["ingest", "fixtures/beijing-parade.txt"])
        .output()
        .unwrap();
    assert_status(&o, 0);
    assert!(g.exists());
}

#[test]
fn bad_input_leaves_the_graph_file_untouched() {
    let (dir, g) = temp_graph();
    let gs = g.to_str().unwrap();
    assert_status(
        &run(&["--graph", gs, "ingest", "fixtures/beijing-parade.txt"]),
        0,
    );
    let before = bytes(&g).unwrap();
    let bin = dir.path().join("bin.txt");
    std::fs::write(&bin, b"\0\x01\x02").unwrap();
    for args in [
        vec!["--graph", gs, "ingest", "nope.txt"],
        vec!["--graph", gs, "ingest", bin.to_str().unwrap()],
        vec!["--graph", gs, "query", "entity \"Nobody At All\""],
        vec!["--graph", gs, "query", "path \"unterminated"],
    ] {
        let o = run(&args);
        assert_status(&o, 2);
        assert_eq!(stderr(&o).lines().count(), 1, "{args:?}: {}", stderr(&o));
        assert_eq!(bytes(&g).unwrap(), before, "{args:?} changed the graph");
    }
}

#[test]
fn corrupt_graph_file_import_is_an_error_with_line_and_creates_no_store() {
    let (dir, g) = temp_graph();
    let old = dir.path().join("old.json");
    std::fs::write(
        &old,
        "{\"format\": \"kg-graph\",\n  \"version\": 1,\n  oops\n}",
    )
    .unwrap();
    let o = run(&[
        "--graph",
        g.to_str().unwrap(),
        "import",
        old.to_str().unwrap(),
    ]);
    assert_status(&o, 2);
    let err = stderr(&o);
    assert!(err.contains("old.json:3:"), "names file and line: {err}");
    assert!(!g.exists(), "no store created");
    // A graph file named as the store is refused, not overwritten.
    let before = bytes(&old).unwrap();
    let o = run(&[
        "--graph",
        old.to_str().unwrap(),
        "ingest",
        "fixtures/beijing-parade.txt",
    ]);
    assert_status(&o, 2);
    assert!(stderr(&o).contains("import"), "{}", stderr(&o));
    assert_eq!(bytes(&old).unwrap(), before);
}

#[test]
fn export_format_graph_writes_json_and_binary_that_import_back() {
    let (dir, g) = temp_graph();
    let gs = g.to_str().unwrap();
    assert_status(&run(&["--graph", gs, "ingest", "fixtures/"]), 0);
    let json = dir.path().join("g.json");
    let kgb = dir.path().join("g.kgb");
    let back = dir.path().join("back.db");
    let back_json = dir.path().join("back.json");
    // `kg --graph FROM export --format graph EXTRA... -o TO`
    let convert = |from: &str, extra: &[&str], to: &std::path::Path| {
        let mut args = vec!["--graph", from, "export", "--format", "graph"];
        args.extend_from_slice(extra);
        args.extend(["-o", to.to_str().unwrap()]);
        run(&args)
    };
    let o = run(&["--graph", gs, "export", "--format", "graph", "-o"]);
    assert_status(&o, 2);
    assert_status(&convert(gs, &[], &json), 0);
    assert_status(&convert(gs, &[], &kgb), 0);
    assert!(bytes(&kgb).unwrap().len() < bytes(&json).unwrap().len());
    // The binary graph imports into a store that answers like the first.
    let o = run(&[
        "--graph",
        back.to_str().unwrap(),
        "import",
        kgb.to_str().unwrap(),
    ]);
    assert_status(&o, 0);
    let q = |graph: &str| {
        stdout(&run(&[
            "--graph",
            graph,
            "query",
            "neighbours \"Kim Jong Un\"",
        ]))
    };
    assert_eq!(q(back.to_str().unwrap()), q(gs));
    assert_status(&convert(back.to_str().unwrap(), &[], &back_json), 0);
    assert_eq!(
        bytes(&back_json),
        bytes(&json),
        "store -> .kgb -> store -> JSON is lossless"
    );
    // The whole graph or nothing: a focus is a usage error.
    let o = convert(gs, &["--focus", "Kim Jong Un"], &kgb);
    assert_status(&o, 2);
    assert!(stderr(&o).contains("--focus"), "{}", stderr(&o));
}
