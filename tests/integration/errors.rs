//! Bad input: a one-line error naming the problem, exit status 2, nothing written.

use crate::common::*;

#[test]
fn bad_inputs_are_one_line_errors_with_status_2() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("empty.txt"), "").unwrap();
    std::fs::write(d.join("binary.txt"), b"GIF89a\0\0\x01").unwrap();
    std::fs::write(d.join("latin1.txt"), b"Caf\xe9 au lait.\n").unwrap();
    std::fs::create_dir(d.join("notext")).unwrap();
    std::fs::write(d.join("notext/image.png"), "x").unwrap();
    let cases = [
        ("missing.txt", "no such file"),
        ("empty.txt", "empty file"),
        ("binary.txt", "binary file"),
        ("latin1.txt", "latin1.txt:1:4: invalid UTF-8"),
        ("notext", "no .txt or .md files"),
    ];
    for (name, want) in cases {
        let path = d.join(name);
        let o = run(&["extract", path.to_str().unwrap()]);
        assert_status(&o, 2);
        let err = stderr(&o);
        assert_eq!(err.lines().count(), 1, "{name}: one line: {err}");
        assert!(err.contains(want) && err.contains(name), "{name}: {err}");
        assert!(o.stdout.is_empty(), "{name}: no output");
    }
}

#[test]
fn one_bad_file_among_many_is_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "Vladimir Putin met Xi Jinping in Beijing.\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("b.txt"), b"\0\0binary").unwrap();
    let o = run(&["extract", dir.path().to_str().unwrap()]);
    assert_status(&o, 2);
    assert!(
        stderr(&o).contains("warning") && stderr(&o).contains("b.txt"),
        "{}",
        stderr(&o)
    );
}
