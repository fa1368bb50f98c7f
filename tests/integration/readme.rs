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
            rebuilt.push_str(&real);
        } else {
            // Equal but for durations: keep the README's (measured on a
            // release build, not this test's debug one).
            rebuilt.push_str(block);
        }
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

/// The README's picture is what kg draws now: `docs/kim-jong-un.dot` (written
/// by `scripts/readme_picture.sh` beside the SVG) equals the DOT the current
/// build exports for the fixtures, and the SVG has exactly the DOT's nodes and
/// edges. `KG_BLESS=1` rewrites the DOT (and redraws the SVG when Graphviz is
/// installed); `scripts/readme_picture.sh` does both.
#[test]
fn the_readme_picture_is_what_kg_draws_now() {
    let (_dir, g) = temp_graph();
    let gs = g.to_str().unwrap();
    assert_status(&run(&["--graph", gs, "ingest", "fixtures/"]), 0);
    let o = run(&[
        "--graph",
        gs,
        "export",
        "--format",
        "dot",
        "--focus",
        "Kim Jong Un",
        "--depth",
        "2",
    ]);
    assert_status(&o, 0);
    let now = stdout(&o);
    let dot_path = root().join("docs/kim-jong-un.dot");
    let svg_path = root().join("docs/kim-jong-un.svg");
    if std::env::var_os("KG_BLESS").is_some() {
        std::fs::write(&dot_path, &now).unwrap();
        if let Ok(svg) = std::process::Command::new("dot")
            .arg("-Tsvg")
            .arg(&dot_path)
            .output()
            && svg.status.success()
        {
            std::fs::write(&svg_path, svg.stdout).unwrap();
        }
    }
    let committed = std::fs::read_to_string(&dot_path).unwrap();
    assert!(
        committed == now,
        "docs/kim-jong-un.dot is not what kg draws now: run scripts/readme_picture.sh"
    );
    // The SVG's <title>s: one per node and per edge (`A->B`), as in the DOT.
    let svg = std::fs::read_to_string(&svg_path).unwrap();
    let mut in_svg: Vec<String> = svg
        .split("<title>")
        .skip(1)
        .map(|t| {
            t[..t.find("</title>").unwrap()]
                .replace("&#45;", "-")
                .replace("&gt;", ">")
                .replace("&lt;", "<")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&")
        })
        .filter(|t| t != "kg")
        .collect();
    let mut in_dot: Vec<String> = committed
        .lines()
        .filter_map(|l| {
            let l = l.trim();
            let rest = l.strip_prefix('"')?;
            let (a, rest) = rest.split_once('"')?;
            match rest.trim_start().strip_prefix("-> \"") {
                Some(r) => Some(format!("{a}->{}", r.split_once('"')?.0)),
                None => Some(a.to_string()),
            }
        })
        .collect();
    in_svg.sort();
    in_dot.sort();
    assert!(in_dot.len() >= 5, "{in_dot:?}");
    assert_eq!(
        in_svg, in_dot,
        "docs/kim-jong-un.svg is not drawn from docs/kim-jong-un.dot: run scripts/readme_picture.sh"
    );
}

/// Every data path the README names under `../shared/data` (also as `$D/…`)
/// exists, when the shared data is beside the repository (skipped otherwise),
/// and the performance section says which machine measured it.
#[test]
fn readme_data_paths_exist_and_the_machine_is_named() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let perf = &readme[readme
        .find("## Performance")
        .expect("a performance section")..];
    let perf = &perf[..perf[3..].find("\n## ").map_or(perf.len(), |i| i + 3)];
    let first = perf.split("\n\n").nth(1).unwrap_or_default();
    for word in ["cores", "GB", "EPYC"] {
        assert!(
            first.contains(word),
            "the performance section's first paragraph names the machine ({word}): {first}"
        );
    }
    let data = root().join("../shared/data");
    if !data.is_dir() {
        eprintln!("note: README data paths not checked, ../shared/data is not here");
        return;
    }
    let mut paths = Vec::new();
    for prefix in ["../shared/data/", "$D/"] {
        for (i, _) in readme.match_indices(prefix) {
            let rest = &readme[i + prefix.len()..];
            let end = rest
                .find(|c: char| c.is_whitespace() || "`)|,;'\"[]".contains(c))
                .unwrap_or(rest.len());
            let p = rest[..end].trim_end_matches(['.', ':']);
            if !p.is_empty() {
                paths.push(p.to_string());
            }
        }
    }
    assert!(paths.len() >= 10, "{paths:?}");
    let missing: Vec<&String> = paths.iter().filter(|p| !data.join(p).exists()).collect();
    assert!(
        missing.is_empty(),
        "README names data paths that do not exist: {missing:?}"
    );
}
