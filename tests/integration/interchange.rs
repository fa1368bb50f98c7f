//! Past one machine: `kg ingest --facts` takes `kg extract --format jsonl` back
//! in, `kg merge` combines stores built separately, and the Dask example runs
//! the map step on two workers with `kg merge` as the reduce. Each is compared
//! with a plain `kg ingest` through `kg export --format json`.

use std::path::{Path, PathBuf};

use crate::common::{assert_status, bytes, root, run, run_stdin, stderr, stdout};

/// `kg export --format json` of a store.
fn json_of(graph: &Path) -> String {
    let o = run(&[
        "--graph",
        graph.to_str().unwrap(),
        "export",
        "--format",
        "json",
    ]);
    assert_status(&o, 0);
    stdout(&o)
}

/// A store of `kg ingest` over `paths` (from the repository root).
fn ingest(graph: &Path, paths: &[&str]) {
    let mut args = vec!["--graph", graph.to_str().unwrap(), "ingest"];
    args.extend_from_slice(paths);
    assert_status(&run(&args), 0);
}

fn write(path: &Path, text: &str) -> PathBuf {
    std::fs::write(path, text).unwrap();
    path.to_path_buf()
}

#[test]
fn facts_from_extract_give_the_graph_of_ingest() {
    let dir = tempfile::tempdir().unwrap();
    let plain = dir.path().join("b.db");
    ingest(&plain, &["fixtures/"]);
    let o = run(&["extract", "fixtures/", "--format", "jsonl"]);
    assert_status(&o, 0);
    let facts = write(&dir.path().join("f.jsonl"), &stdout(&o));
    let a = dir.path().join("a.db");
    let o = run(&[
        "--graph",
        a.to_str().unwrap(),
        "ingest",
        "--facts",
        facts.to_str().unwrap(),
    ]);
    assert_status(&o, 0);
    // The summary's counts are the store's.
    assert!(
        stderr(&o).contains("store") && stderr(&o).contains("4 documents"),
        "{}",
        stderr(&o)
    );
    let want = json_of(&plain);
    assert!(want.contains("\"edges\""));
    assert_eq!(json_of(&a), want, "ingest --facts differs from ingest");
    // The same through stdin, and again: unchanged.
    let c = dir.path().join("c.db");
    let text = std::fs::read_to_string(&facts).unwrap();
    for _ in 0..2 {
        let o = run_stdin(
            &["--graph", c.to_str().unwrap(), "ingest", "--facts", "-"],
            &text,
        );
        assert_status(&o, 0);
    }
    assert_eq!(json_of(&c), want);
    // The stored document list is the same too (names, hashes, sentences).
    let docs = |g: &Path| {
        let o = run(&[
            "--graph",
            g.to_str().unwrap(),
            "query",
            "--format",
            "json",
            "documents",
        ]);
        let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
        let mut rows = v["documents"].clone();
        for r in rows.as_array_mut().unwrap() {
            r.as_object_mut().unwrap().remove("ingested_at");
        }
        rows
    };
    assert_eq!(docs(&a), docs(&plain));
}

#[test]
fn bad_facts_are_one_line_errors_and_leave_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let g = dir.path().join("g.db");
    ingest(&g, &["fixtures/titles-aliases.txt"]);
    let o = run(&["extract", "fixtures/passive-coordination.txt"]);
    let good = stdout(&o);
    let record = good.lines().next().unwrap().to_string();
    let fact = good.lines().nth(1).unwrap().to_string();
    let cases = [
        ("empty", String::new(), "no document records"),
        ("json", format!("{record}\n{{\"doc\":\n"), ":2: not JSON"),
        (
            "orphan",
            format!("{fact}\n"),
            ":1: a fact of document \"fixtures/passive-coordination.txt\" before any document record",
        ),
        (
            "sentence",
            format!(
                "{record}\n{}\n",
                fact.replace("\"sentence\":", "\"sentence\":99999,\"old\":")
            ),
            ":2: sentence 99999 is out of range",
        ),
    ];
    for (name, text, want) in cases {
        let before = bytes(&g);
        let f = write(&dir.path().join(format!("{name}.jsonl")), &text);
        let o = run(&[
            "--graph",
            g.to_str().unwrap(),
            "ingest",
            "--facts",
            f.to_str().unwrap(),
        ]);
        assert_status(&o, 2);
        let err = stderr(&o);
        assert_eq!(err.lines().count(), 1, "{name}: {err}");
        assert!(err.starts_with("kg: error: "), "{name}: {err}");
        assert!(
            err.contains(f.to_str().unwrap()),
            "{name}: names the file: {err}"
        );
        assert!(err.contains(want), "{name}: {err}");
        assert_eq!(bytes(&g), before, "{name}: the store changed");
    }
    let o = run(&[
        "--graph",
        g.to_str().unwrap(),
        "ingest",
        "--facts",
        "/nonexistent/f.jsonl",
    ]);
    assert_status(&o, 2);
    assert!(
        stderr(&o).contains("/nonexistent/f.jsonl"),
        "{}",
        stderr(&o)
    );
    // Facts and article paths do not mix.
    let o = run(&["ingest", "--facts", "f.jsonl", "fixtures/"]);
    assert_status(&o, 2);
}

#[test]
fn merged_shards_give_the_graph_of_one_ingest() {
    let dir = tempfile::tempdir().unwrap();
    let plain = dir.path().join("all.db");
    ingest(&plain, &["fixtures/"]);
    // Shards of the fixtures, named as one ingest of fixtures/ names them
    // (relative to fixtures/), one document in two shards.
    let fixtures = root().join("fixtures");
    let shard = |name: &str, files: &[&str]| {
        let g = dir.path().join(name);
        let mut c = crate::common::kg();
        c.current_dir(&fixtures)
            .args(["--graph", g.to_str().unwrap(), "ingest"])
            .args(files);
        let o = c.output().unwrap();
        assert_status(&o, 0);
        g
    };
    let s1 = shard("s1.db", &["beijing-parade.txt", "list-furniture.txt"]);
    let s2 = shard(
        "s2.db",
        &[
            "passive-coordination.txt",
            "titles-aliases.txt",
            "list-furniture.txt",
        ],
    );
    let want = json_of(&plain);
    for order in [[&s1, &s2], [&s2, &s1]] {
        let out = dir.path().join("merged.db");
        let o = run(&[
            "merge",
            order[0].to_str().unwrap(),
            order[1].to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
            "--force",
        ]);
        assert_status(&o, 0);
        assert!(stderr(&o).contains("4 documents"), "{}", stderr(&o));
        assert_eq!(json_of(&out), want, "merge differs from one ingest");
    }
    // Merging the merged store with a shard changes nothing.
    let again = dir.path().join("again.db");
    let merged = dir.path().join("merged.db");
    let o = run(&[
        "merge",
        merged.to_str().unwrap(),
        s1.to_str().unwrap(),
        "-o",
        again.to_str().unwrap(),
    ]);
    assert_status(&o, 0);
    assert_eq!(json_of(&again), want);
}

#[test]
fn merge_refuses_conflicts_inputs_and_existing_outputs() {
    let dir = tempfile::tempdir().unwrap();
    let work = |name: &str, text: &str| {
        let d = dir.path().join(name);
        std::fs::create_dir(&d).unwrap();
        std::fs::write(d.join("a.txt"), text).unwrap();
        let g = dir.path().join(format!("{name}.db"));
        ingest(&g, &[d.to_str().unwrap()]);
        g
    };
    let old = work("old", "Vladimir Putin met Xi Jinping in Beijing.");
    // Ingested a day earlier than anything today.
    rusqlite::Connection::open(&old)
        .unwrap()
        .execute(
            "UPDATE documents SET ingested_at = '2000-01-01T00:00:00Z'",
            [],
        )
        .unwrap();
    let new = work("new", "Kim Jong Un met Vladimir Putin in Moscow.");
    let out = dir.path().join("out.db");
    let (old_s, new_s, out_s) = (
        old.to_str().unwrap(),
        new.to_str().unwrap(),
        out.to_str().unwrap(),
    );
    let o = run(&["merge", old_s, new_s, "-o", out_s]);
    assert_status(&o, 2);
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("document \"a.txt\" has different content in")
            && err.contains("--prefer newest"),
        "{err}"
    );
    assert!(!out.exists(), "no output after a refusal");
    // --prefer newest: the later ingest wins, whatever the order.
    for (a, b) in [(old_s, new_s), (new_s, old_s)] {
        let o = run(&["merge", a, b, "-o", out_s, "--prefer", "newest", "--force"]);
        assert_status(&o, 0);
        assert_eq!(json_of(&out), json_of(&new));
    }
    // The output is not an input, and an existing one needs --force.
    let before = bytes(&old);
    let o = run(&[
        "merge", old_s, new_s, "--prefer", "newest", "-o", old_s, "--force",
    ]);
    assert_status(&o, 2);
    assert!(
        stderr(&o).contains("it is one of the stores being merged"),
        "{}",
        stderr(&o)
    );
    assert_eq!(bytes(&old), before);
    let before = bytes(&out);
    let o = run(&["merge", old_s, "-o", out_s]);
    assert_status(&o, 2);
    assert!(stderr(&o).contains("give --force"), "{}", stderr(&o));
    assert_eq!(bytes(&out), before);
    // An input that is not a store.
    let o = run(&[
        "merge",
        "fixtures/beijing-parade.txt",
        "-o",
        out_s,
        "--force",
    ]);
    assert_status(&o, 2);
    assert!(
        stderr(&o).contains("not a kg graph store"),
        "{}",
        stderr(&o)
    );
    assert_eq!(bytes(&out), before);
}

/// `examples/dask_shards.py` on a LocalCluster of 2 workers: both map steps
/// (shard stores merged by `kg merge`, and facts taken in by `ingest --facts`)
/// give the graph of a plain ingest. Skipped without `dask.distributed`,
/// except under CI (`.ci/run` installs it).
#[test]
fn dask_example_equals_a_plain_ingest() {
    let probe = std::process::Command::new("python3")
        .args(["-c", "import dask.distributed"])
        .output();
    if !probe.is_ok_and(|o| o.status.success()) {
        assert!(
            std::env::var_os("CI").is_none(),
            "dask.distributed must be installed under CI (.ci/run installs it)"
        );
        eprintln!("note: Dask example skipped, dask.distributed is not installed");
        return;
    }
    for map in ["ingest", "extract"] {
        let work = tempfile::tempdir().unwrap();
        let o = std::process::Command::new("python3")
            .current_dir(root())
            .args(["examples/dask_shards.py", "fixtures", "--kg"])
            .arg(env!("CARGO_BIN_EXE_kg"))
            .args([
                "--map",
                map,
                "--partitions",
                "3",
                "--workers",
                "2",
                "--check",
                "--work",
            ])
            .arg(work.path())
            .env_remove("KG_GRAPH")
            .output()
            .unwrap();
        let out = String::from_utf8_lossy(&o.stdout);
        assert!(
            o.status.success(),
            "{map}: {out}\n{}",
            String::from_utf8_lossy(&o.stderr)
        );
        assert!(
            out.contains("4 articles in 3 partitions on 2 Dask workers"),
            "{out}"
        );
        assert!(out.contains("equal:"), "{out}");
        // The merged store is there, and equal to a plain ingest by this test too.
        let plain = work.path().join("plain.db");
        let merged = work.path().join("merged.db");
        assert_eq!(json_of(&merged), json_of(&plain));
    }
}
