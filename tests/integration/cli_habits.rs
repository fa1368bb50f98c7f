//! Command-line habits: shell completions and manual pages generated from the
//! clap definitions, `-o` never overwriting a graph, and one row per habit a
//! newcomer would trip over (`habits`): statements from stdin, a bare `kg
//! ingest` at a terminal, stdin's document name, an empty query, numbers too
//! large, a missing store, upper-case extensions, `--graph` only where a store
//! is used, the ingest summary equal to the graph. The README's picture, data
//! paths and machine are checked in `readme`.

use std::process::{Command, Stdio};

use crate::common::{assert_status, bytes, run, run_stdin, stderr, stdout, temp_graph};

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

/// One habit: `kg ARGS` (with `stdin`, `{g}` replaced by a store of the
/// fixture `titles-aliases.txt`), its exit status, and text its stdout or
/// stderr must contain (`!text`: must not contain).
struct Habit {
    what: &'static str,
    args: &'static [&'static str],
    stdin: Option<&'static str>,
    status: i32,
    expect: &'static [&'static str],
}

const HABITS: &[Habit] = &[
    Habit {
        what: "kg query --file - reads statements from stdin",
        args: &["--graph", "{g}", "query", "--file", "-"],
        stdin: Some("# a comment\nentity \"Mr Macron\"\n"),
        status: 0,
        expect: &["Emmanuel Macron", "title-surname"],
    },
    Habit {
        what: "kg query with no statement reads them from stdin",
        args: &["--graph", "{g}", "query", "--format", "json"],
        stdin: Some("entity \"Mr Macron\"\ncomponents\n"),
        status: 0,
        expect: &["\"type\":\"entity\"", "\"type\":\"components\""],
    },
    Habit {
        what: "kg query '' is an error",
        args: &["--graph", "{g}", "query", ""],
        stdin: None,
        status: 2,
        expect: &["kg: error: query:1:1: no query statement"],
    },
    Habit {
        what: "an empty statement file is an error too",
        args: &["--graph", "{g}", "query", "--file", "-"],
        stdin: Some("# nothing but a comment\n"),
        status: 2,
        expect: &["kg: error: -:1:1: no query statement"],
    },
    Habit {
        what: "a number too large in a query says so",
        args: &[
            "--graph",
            "{g}",
            "query",
            "neighbours \"Mr Macron\" depth 99999999999999999999999",
        ],
        stdin: None,
        status: 2,
        expect: &["too large a number for \"depth\"", "!expected a number"],
    },
    Habit {
        what: "a number too large in an option says so",
        args: &[
            "--graph",
            "{g}",
            "stats",
            "--top",
            "99999999999999999999999",
        ],
        stdin: None,
        status: 2,
        expect: &["too large", "!expected a number"],
    },
    Habit {
        what: "a missing store suggests kg ingest",
        args: &["--graph", "/nonexistent/kg.db", "query", "documents"],
        stdin: None,
        status: 2,
        expect: &["does not exist (build it with `kg ingest`)"],
    },
    Habit {
        what: "stdin documents are named stdin, never -",
        args: &["extract", "--format", "tsv"],
        stdin: Some("Vladimir Putin met Xi Jinping in Beijing.\n"),
        status: 0,
        expect: &["stdin\t", "!-\t"],
    },
    Habit {
        what: "--name names the stdin document",
        args: &["extract", "--name", "wire/putin.txt"],
        stdin: Some("Vladimir Putin met Xi Jinping in Beijing.\n"),
        status: 0,
        expect: &["\"name\":\"wire/putin.txt\"", "\"doc\":\"wire/putin.txt\""],
    },
    Habit {
        what: "--name - is refused",
        args: &["ingest", "--name", "-"],
        stdin: Some("Vladimir Putin met Xi Jinping.\n"),
        status: 2,
        expect: &["give the document a name"],
    },
    Habit {
        what: "extract offers no --graph",
        args: &["extract", "--help"],
        stdin: None,
        status: 0,
        expect: &["--format", "!--graph"],
    },
    Habit {
        what: "demo offers no --graph",
        args: &["demo", "--help"],
        stdin: None,
        status: 0,
        expect: &["!--graph"],
    },
    Habit {
        what: "--graph before extract is refused",
        args: &["--graph", "{g}", "extract", "fixtures/titles-aliases.txt"],
        stdin: None,
        status: 2,
        expect: &["`kg extract` uses no graph store"],
    },
    Habit {
        what: "the commands that use a store offer --graph",
        args: &["query", "--help"],
        stdin: None,
        status: 0,
        expect: &["--graph <PATH>"],
    },
    Habit {
        what: "--graph after the command works",
        args: &["stats", "--graph", "{g}"],
        stdin: None,
        status: 0,
        expect: &["documents  1"],
    },
];

#[test]
fn habits() {
    let (_dir, g) = temp_graph();
    let gs = g.to_str().unwrap();
    assert_status(
        &run(&["--graph", gs, "ingest", "fixtures/titles-aliases.txt"]),
        0,
    );
    for h in HABITS {
        let args: Vec<&str> = h
            .args
            .iter()
            .map(|a| if *a == "{g}" { gs } else { a })
            .collect();
        let o = match h.stdin {
            Some(input) => run_stdin(&args, input),
            None => run(&args),
        };
        let (out, err) = (stdout(&o), stderr(&o));
        assert_eq!(o.status.code(), Some(h.status), "{}: {err}{out}", h.what);
        if h.status == 2 && !args.contains(&"--help") {
            // One line from kg; clap's usage errors add a usage hint.
            let lines = if err.starts_with("kg: error:") { 1 } else { 5 };
            assert!(
                err.lines().count() <= lines,
                "{}: short error: {err}",
                h.what
            );
        }
        let both = format!("{out}{err}");
        for e in h.expect {
            match e.strip_prefix('!') {
                Some(not) => assert!(!both.contains(not), "{}: {not:?} in {both}", h.what),
                None => assert!(both.contains(e), "{}: {e:?} not in {both}", h.what),
            }
        }
    }
}

/// `kg ingest` with no path, at a terminal, says it is reading standard input
/// (run under `script`, which gives it a terminal; skipped without it). The
/// document read is named `stdin`.
#[test]
fn bare_ingest_at_a_terminal_says_it_reads_stdin() {
    let (_dir, g) = temp_graph();
    let cmd = format!(
        "{} --graph {} ingest",
        env!("CARGO_BIN_EXE_kg"),
        g.display()
    );
    let child = Command::new("script")
        .args(["-qec", &cmd, "/dev/null"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .env_remove("KG_GRAPH")
        .spawn();
    let Ok(mut child) = child else {
        eprintln!("note: terminal check skipped, `script` is not installed");
        return;
    };
    {
        use std::io::Write;
        let mut input = child.stdin.take().unwrap();
        // Ctrl-D at the start of a line ends the terminal's input.
        input
            .write_all(b"Vladimir Putin met Xi Jinping in Beijing.\n\x04")
            .unwrap();
    }
    let o = child.wait_with_output().unwrap();
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{out}");
    assert!(
        out.contains("kg: reading a document from standard input"),
        "{out}"
    );
    let o = run(&["--graph", g.to_str().unwrap(), "query", "documents"]);
    assert!(stdout(&o).contains("  stdin  "), "{}", stdout(&o));
}

/// Files ending in `.TXT` or `.Md` are read like `.txt` and `.md`.
#[test]
fn upper_case_extensions_are_text() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("LOUD.TXT"),
        "Vladimir Putin met Xi Jinping in Beijing.\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("Notes.Md"),
        "Kim Jong Un met Vladimir Putin in Moscow.\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("skip.png"), "Not text.").unwrap();
    let g = dir.path().join("g.db");
    let o = run(&[
        "--graph",
        g.to_str().unwrap(),
        "ingest",
        dir.path().to_str().unwrap(),
    ]);
    assert_status(&o, 0);
    let o = run(&["--graph", g.to_str().unwrap(), "query", "documents"]);
    let out = stdout(&o);
    assert!(
        out.contains("LOUD.TXT") && out.contains("Notes.Md"),
        "{out}"
    );
    assert!(!out.contains("skip.png"), "{out}");
}

/// The ingest summary's counts are what the graph then holds (`kg stats`).
#[test]
fn the_ingest_summary_counts_what_the_graph_holds() {
    let (_dir, g) = temp_graph();
    let gs = g.to_str().unwrap();
    let o = run(&["--graph", gs, "ingest", "fixtures/"]);
    assert_status(&o, 0);
    let err = stderr(&o);
    let o = run(&["--graph", gs, "stats", "--format", "json"]);
    let s: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let want = format!(
        "store {gs}: {} documents, {} entities, {} edges",
        s["documents"], s["entities"], s["edges"]
    );
    assert!(err.contains(&want), "{want}\nnot in\n{err}");
    // A fresh store: the sentences read are the graph's sentences, and every
    // asserted fact the summary counts is one piece of evidence.
    assert!(
        err.contains(&format!("{} sentences", s["sentences"])),
        "{err}"
    );
    assert!(err.contains(&format!("{} facts", s["evidence"])), "{err}");
}
