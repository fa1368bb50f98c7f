//! Command-line habits: shell completions and manual pages generated from the
//! clap definitions, and `-o` never overwriting a graph.

use std::process::{Command, Stdio};

use crate::common::{assert_status, bytes, run, stderr, stdout, temp_graph};

#[test]
fn completions_are_generated_for_every_shell() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let o = run(&["completions", shell]);
        assert_status(&o, 0);
        let script = stdout(&o);
        for word in ["ingest", "export", "format", "nquads", "drop-isolated"] {
            assert!(script.contains(word), "{shell}: {word} missing");
        }
    }
    // bash itself accepts the bash script (when bash is here).
    let script = stdout(&run(&["completions", "bash"]));
    if let Ok(mut child) = Command::new("bash")
        .arg("-n")
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        use std::io::Write;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(script.as_bytes())
            .unwrap();
        let o = child.wait_with_output().unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
    assert_status(&run(&["completions", "tcsh"]), 2);
}

#[test]
fn man_pages_are_generated_for_kg_and_each_command() {
    let o = run(&["man"]);
    assert_status(&o, 0);
    let page = stdout(&o);
    assert!(page.contains(".TH kg 1"), "{page}");
    for command in [
        "extract",
        "ingest",
        "query",
        "export",
        "stats",
        "completions",
    ] {
        assert!(page.contains(command), "{command} missing from kg(1)");
    }
    let o = run(&["man", "export"]);
    assert_status(&o, 0);
    let page = stdout(&o);
    assert!(page.contains(".TH kg-export 1"), "{page}");
    for option in ["base\\-iri", "drop\\-isolated", "min\\-weight", "nquads"] {
        assert!(page.contains(option), "{option} missing from kg-export(1)");
    }
    let o = run(&["man", "nope"]);
    assert_status(&o, 2);
    assert!(stderr(&o).contains("no command `nope`"));
}

#[test]
fn output_never_overwrites_a_graph() {
    let (dir, g) = temp_graph();
    let gs = g.to_str().unwrap();
    assert_status(
        &run(&["--graph", gs, "ingest", "fixtures/titles-aliases.txt"]),
        0,
    );
    let kgb = dir.path().join("copy.kgb");
    let kgb_s = kgb.to_str().unwrap();
    assert_status(
        &run(&["--graph", gs, "export", "--format", "graph", "-o", kgb_s]),
        0,
    );
    let sqlite = dir.path().join("store.db");
    std::fs::write(&sqlite, b"SQLite format 3\0\x10\0\x01\x01 rest of a store").unwrap();
    let csv_dir = dir.path().join("csv");
    std::fs::create_dir(&csv_dir).unwrap();
    std::fs::copy(&g, csv_dir.join("nodes.csv")).unwrap();
    // The graph itself under another spelling of its path.
    let same = dir.path().join(".").join(g.file_name().unwrap());
    let cases = [
        ("json", same.clone(), "it is the graph being read"),
        ("csv", g.clone(), "it is the graph being read"),
        ("dot", kgb.clone(), "it is a kg graph file"),
        ("nquads", sqlite.clone(), "it is a kg graph store (SQLite)"),
        ("csv", csv_dir.clone(), "it is a kg graph store (SQLite)"),
    ];
    for (format, target, reason) in cases {
        let before = [
            bytes(&g),
            bytes(&kgb),
            bytes(&sqlite),
            bytes(&csv_dir.join("nodes.csv")),
        ];
        let o = run(&[
            "--graph",
            gs,
            "export",
            "--format",
            format,
            "-o",
            target.to_str().unwrap(),
        ]);
        assert_status(&o, 2);
        let err = stderr(&o);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.starts_with("kg: error: refusing to overwrite"), "{err}");
        assert!(err.contains(reason), "{format} {}: {err}", target.display());
        let after = [
            bytes(&g),
            bytes(&kgb),
            bytes(&sqlite),
            bytes(&csv_dir.join("nodes.csv")),
        ];
        assert_eq!(before, after, "{format}: a file changed");
        assert!(!csv_dir.join("edges.csv").exists());
    }
    // --format graph writes graphs, over a graph file too.
    assert_status(
        &run(&["--graph", gs, "export", "--format", "graph", "-o", kgb_s]),
        0,
    );
    // Any other file is replaced as before.
    let other = dir.path().join("g.dot");
    std::fs::write(&other, "old").unwrap();
    assert_status(
        &run(&[
            "--graph",
            gs,
            "export",
            "--format",
            "dot",
            "-o",
            other.to_str().unwrap(),
        ]),
        0,
    );
    assert!(
        std::fs::read_to_string(&other)
            .unwrap()
            .starts_with("digraph")
    );
}
