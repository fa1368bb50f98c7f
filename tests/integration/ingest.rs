//! `kg ingest`: incremental, idempotent, atomic; bad input leaves the graph as it was.

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
fn corrupt_graph_file_is_an_error_with_line_and_is_not_overwritten() {
    let (_dir, g) = temp_graph();
    std::fs::write(
        &g,
        "{\"format\": \"kg-graph\",\n  \"version\": 1,\n  oops\n}",
    )
    .unwrap();
    let before = bytes(&g).unwrap();
    let o = run(&[
        "--graph",
        g.to_str().unwrap(),
        "ingest",
        "fixtures/beijing-parade.txt",
    ]);
    assert_status(&o, 2);
    let err = stderr(&o);
    assert!(err.contains("g.json:3:"), "names file and line: {err}");
    assert_eq!(bytes(&g).unwrap(), before);
    let o = run(&["--graph", g.to_str().unwrap(), "stats"]);
    assert_status(&o, 2);
}

#[test]
fn export_format_graph_converts_between_json_and_binary_and_back() {
    let (dir, g) = temp_graph();
    let gs = g.to_str().unwrap();
    assert_status(&run(&["--graph", gs, "ingest", "fixtures/"]), 0);
    let kgb = dir.path().join("g.kgb");
    let back = dir.path().join("back.json");
    let (kgbs, backs) = (kgb.to_str().unwrap(), back.to_str().unwrap());
    // `kg --graph FROM export --format graph EXTRA... -o TO`
    let convert = |from: &str, extra: &[&str], to: &str| {
        let mut args = vec!["--graph", from, "export", "--format", "graph"];
        args.extend_from_slice(extra);
        args.extend(["-o", to]);
        run(&args)
    };
    let o = run(&["--graph", gs, "export", "--format", "graph", "-o"]);
    assert_status(&o, 2);
    assert_status(&convert(gs, &[], kgbs), 0);
    assert!(bytes(&kgb).unwrap().len() < bytes(&g).unwrap().len());
    // The binary graph answers like the JSON one.
    let q = |graph: &str| {
        stdout(&run(&[
            "--graph",
            graph,
            "query",
            "neighbours \"Kim Jong Un\"",
        ]))
    };
    assert_eq!(q(kgbs), q(gs));
    assert_status(&convert(kgbs, &[], backs), 0);
    assert_eq!(bytes(&back), bytes(&g), "JSON -> .kgb -> JSON is lossless");
    // The whole graph or nothing: a focus is a usage error.
    let o = convert(gs, &["--focus", "Kim Jong Un"], kgbs);
    assert_status(&o, 2);
    assert!(stderr(&o).contains("--focus"), "{}", stderr(&o));
}
