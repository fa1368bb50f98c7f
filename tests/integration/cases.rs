//! Extraction cases as data: `fixtures/extract/*.cases`, one file per pattern
//! family, run through the real `kg extract --format tsv`; and the golden file of
//! `kg extract fixtures/`.
//!
//! A case is a block of lines separated by a blank line: first the text (one or
//! more lines: a small document), then expectations, one per line, each an
//! entity-level fact `subject | relation | object` (canonical names):
//! `+ …` must be extracted, `- …` must not be. `#` lines are comments. Adding a
//! case needs no Rust.

use std::collections::BTreeSet;

use crate::common::*;

/// One case: its text, the facts it must give and those it must not.
struct Case {
    file: String,
    line: usize,
    text: String,
    must: Vec<String>,
    must_not: Vec<String>,
}

fn parse_cases(file: &str, content: &str) -> Vec<Case> {
    let mut cases = Vec::new();
    let mut current: Option<Case> = None;
    for (i, line) in content.lines().enumerate() {
        let line = line.trim_end();
        if line.starts_with('#') {
            continue;
        }
        if line.is_empty() {
            cases.extend(current.take());
            continue;
        }
        let case = current.get_or_insert_with(|| Case {
            file: file.to_string(),
            line: i + 1,
            text: String::new(),
            must: Vec::new(),
            must_not: Vec::new(),
        });
        if let Some(f) = line.strip_prefix("+ ") {
            case.must.push(norm(f));
        } else if let Some(f) = line.strip_prefix("- ") {
            case.must_not.push(norm(f));
        } else {
            assert!(
                case.must.is_empty() && case.must_not.is_empty(),
                "{file}:{}: text after expectations (a blank line starts a new case)",
                i + 1
            );
            case.text.push_str(line);
            case.text.push('\n');
        }
    }
    cases.extend(current);
    cases
}

/// `a | b | c` with single spaces around the bars.
fn norm(fact: &str) -> String {
    fact.split('|')
        .map(str::trim)
        .collect::<Vec<_>>()
        .join(" | ")
}

#[test]
fn extraction_cases() {
    let dir = root().join("fixtures/extract");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "cases"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no case files in {}", dir.display());
    let mut cases = Vec::new();
    for f in &files {
        let name = f.file_name().unwrap().to_string_lossy().to_string();
        cases.extend(parse_cases(&name, &std::fs::read_to_string(f).unwrap()));
    }
    // One document per case, one run of the binary for all of them.
    let work = tempfile::tempdir().unwrap();
    for (i, c) in cases.iter().enumerate() {
        std::fs::write(work.path().join(format!("case-{i:04}.txt")), &c.text).unwrap();
    }
    let o = run(&["extract", "--format", "tsv", work.path().to_str().unwrap()]);
    assert_status(&o, 0);
    let mut got: Vec<BTreeSet<String>> = vec![BTreeSet::new(); cases.len()];
    for row in stdout(&o).lines().skip(1) {
        let cols: Vec<&str> = row.split('\t').collect();
        let doc = std::path::Path::new(cols[0]);
        let i: usize = doc.file_stem().unwrap().to_string_lossy()[5..]
            .parse()
            .unwrap();
        got[i].insert(format!("{} | {} | {}", cols[2], cols[3], cols[4]));
    }
    let mut failures = Vec::new();
    for (c, got) in cases.iter().zip(&got) {
        let missing: Vec<&String> = c.must.iter().filter(|f| !got.contains(*f)).collect();
        let unwanted: Vec<&String> = c.must_not.iter().filter(|f| got.contains(*f)).collect();
        if !missing.is_empty() || !unwanted.is_empty() {
            failures.push(format!(
                "{}:{}: {}  missing {missing:?}\n  unwanted {unwanted:?}\n  got {got:?}",
                c.file,
                c.line,
                c.text.trim_end(),
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases fail:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

/// The whole `kg extract fixtures/` output, compared in full.
#[test]
fn extract_fixtures_golden() {
    let o = run(&["extract", "fixtures/"]);
    assert_status(&o, 0);
    golden("fixtures/golden/extract.jsonl", &stdout(&o));
}
