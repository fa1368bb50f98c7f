//! Helpers shared by the integration tests.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The repository root (where `fixtures/` and `queries/` live).
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A `kg` command run from the repository root, with no inherited `KG_GRAPH`.
pub fn kg() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_kg"));
    c.current_dir(root())
        .env_remove("KG_GRAPH")
        .stdin(Stdio::null());
    c
}

/// Run `kg` with `args` and return its output.
pub fn run(args: &[&str]) -> Output {
    kg().args(args).output().expect("kg runs")
}

/// Run `kg` with `args` and `stdin` as standard input.
pub fn run_stdin(args: &[&str], stdin: &str) -> Output {
    use std::io::Write;
    let mut child = kg()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("kg starts");
    // kg may exit before reading its input (a usage error): a broken pipe here
    // is then no failure of the test; the exit status tells what happened.
    if let Err(e) = child.stdin.take().unwrap().write_all(stdin.as_bytes()) {
        assert_eq!(
            e.kind(),
            std::io::ErrorKind::BrokenPipe,
            "writing kg's stdin: {e}"
        );
    }
    child.wait_with_output().expect("kg runs")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("stderr is UTF-8")
}

/// Assert the exit status, showing stderr on failure.
#[track_caller]
pub fn assert_status(o: &Output, code: i32) {
    assert_eq!(
        o.status.code(),
        Some(code),
        "exit status; stderr:\n{}\nstdout:\n{}",
        stderr(o),
        stdout(o)
    );
}

/// Compare `actual` with the golden file at `path` (relative to the root), in
/// full; with `KG_BLESS=1` rewrite the golden file instead.
#[track_caller]
pub fn golden(path: &str, actual: &str) {
    let p = root().join(path);
    if std::env::var_os("KG_BLESS").is_some() {
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, actual).unwrap();
        return;
    }
    let want = std::fs::read_to_string(&p)
        .unwrap_or_else(|e| panic!("{}: {e} (run with KG_BLESS=1 to create it)", p.display()));
    if want != actual {
        panic!(
            "{} differs from the output (KG_BLESS=1 rewrites it):\n{}",
            p.display(),
            diff(&want, actual)
        );
    }
}

/// A line diff good enough to read a golden-file mismatch.
pub fn diff(want: &str, got: &str) -> String {
    let (w, g): (Vec<&str>, Vec<&str>) = (want.lines().collect(), got.lines().collect());
    let mut out = String::new();
    for i in 0..w.len().max(g.len()) {
        match (w.get(i), g.get(i)) {
            (Some(a), Some(b)) if a == b => {}
            (a, b) => {
                if let Some(a) = a {
                    out.push_str(&format!("-{:4} {a}\n", i + 1));
                }
                if let Some(b) = b {
                    out.push_str(&format!("+{:4} {b}\n", i + 1));
                }
            }
        }
    }
    out
}

/// A fresh temporary directory holding a graph path (the file does not exist yet).
pub fn temp_graph() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let g = dir.path().join("g.db");
    (dir, g)
}

/// The bytes of a file, or None when it does not exist.
pub fn bytes(p: &Path) -> Option<Vec<u8>> {
    std::fs::read(p).ok()
}

/// Assert that Graphviz `dot -Tsvg` renders `dot` without any warning. Skipped
/// with a note when Graphviz is not installed, except under CI (`CI` set),
/// where a missing `dot` is a failure.
#[track_caller]
pub fn assert_dot_renders(dot: &str) {
    use std::io::Write;
    let child = Command::new("dot")
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match child {
        Ok(c) => c,
        Err(e) if std::env::var_os("CI").is_none() => {
            eprintln!("note: Graphviz check skipped, `dot` is not available ({e})");
            return;
        }
        Err(e) => panic!("Graphviz `dot` is required under CI: {e}"),
    };
    child
        .stdin
        .take()
        .unwrap()
        .write_all(dot.as_bytes())
        .unwrap();
    let o = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        o.status.success() && err.is_empty(),
        "dot -Tsvg failed or warned:\n{err}\n{dot}"
    );
}
