//! The README's examples are real: every ```` ```console ```` block in README.md
//! is run in order (each `$ ` line through `sh`, from the repository root, with
//! one fresh `KG_GRAPH` for the whole README and the built `kg` first on `PATH`), and the printed
//! output (stdout and stderr, in order) must equal the lines that follow it.
//! Durations such as `0.04s` are compared as `<t>s`. `KG_BLESS=1` rewrites the
//! README's outputs from the real ones.

use crate::common::*;

fn normalise(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        // digits '.' digits 's' (a duration) → "<t>s"
        let start = i;
        let mut j = i;
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        if j > start
            && j + 1 < b.len()
            && b[j] == b'.'
            && (start == 0 || !b[start - 1].is_ascii_alphanumeric())
        {
            let mut k = j + 1;
            while k < b.len() && b[k].is_ascii_digit() {
                k += 1;
            }
            if k > j + 1
                && k < b.len()
                && b[k] == b's'
                && (k + 1 == b.len() || !b[k + 1].is_ascii_alphanumeric())
            {
                out.push_str("<t>s");
                i = k + 1;
                continue;
            }
        }
        let ch = s[i..].chars().next().unwrap();
        out.push(ch);
        i += ch.len_utf8();
    }
    out
}

/// Run one console block against the graph in `dir`; return the block with the
/// real outputs in place (the temporary directory shown as the current one).
fn run_block(block: &str, dir: &std::path::Path) -> String {
    let bin_dir = std::path::Path::new(env!("CARGO_BIN_EXE_kg"))
        .parent()
        .unwrap()
        .to_path_buf();
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut out = String::new();
    for line in block.lines() {
        let Some(cmd) = line.strip_prefix("$ ") else {
            continue;
        };
        let o = std::process::Command::new("sh")
            .args(["-c", &format!("{cmd} 2>&1")])
            .current_dir(root())
            .env("PATH", &path)
            .env("KG_GRAPH", dir.join("kg.db"))
            .output()
            .unwrap();
        out.push_str(line);
        out.push('\n');
        let shown = String::from_utf8_lossy(&o.stdout).replace(&format!("{}/", dir.display()), "");
        out.push_str(&shown);
    }
    out
}

#[test]
fn readme_console_examples_are_real() {
    let readme_path = root().join("README.md");
    let readme = std::fs::read_to_string(&readme_path).unwrap();
    let mut rebuilt = String::new();
    let mut rest = readme.as_str();
    let mut blocks = 0;
    let mut mismatches = String::new();
    // One graph for the whole README, as for a reader following it.
    let dir = tempfile::tempdir().unwrap();
    while let Some(i) = rest.find("```console\n") {
        let (before, after) = rest.split_at(i + "```console\n".len());
        rebuilt.push_str(before);
        let end = after.find("```\n").expect("console block closed");
        let block = &after[..end];
        let real = run_block(block, dir.path());
        if normalise(&real) != normalise(block) {
            mismatches.push_str(&diff(block, &real));
            mismatches.push_str("----\n");
        }
        rebuilt.push_str(&real);
        rest = &after[end..];
        blocks += 1;
    }
    rebuilt.push_str(rest);
    assert!(blocks >= 3, "README has console examples");
    if std::env::var_os("KG_BLESS").is_some() {
        std::fs::write(&readme_path, rebuilt).unwrap();
        return;
    }
    assert!(
        mismatches.is_empty(),
        "README examples differ from real output (KG_BLESS=1 rewrites):\n{mismatches}"
    );
}
