//! Where `kg export -o PATH` may write: a path and the graph being read in, a
//! decision out — whether a CSV export names a directory for its two tables
//! ([`is_csv_dir`]) and whether writing would destroy a graph
//! ([`refuse_to_overwrite_a_graph`]). Only `kg export --format graph` writes
//! graphs; every other format refuses the graph being read (same file by
//! canonical path) and any existing kg store (SQLite) or graph file (JSON or
//! `.kgb`), recognised by its first bytes.

use std::io::Read;
use std::path::Path;

use thiserror::Error;

/// Writing an export over a graph was refused.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("refusing to overwrite {path}: {reason}; write the export elsewhere")]
pub struct OverwriteRefused {
    pub path: String,
    pub reason: &'static str,
}

/// The first bytes of a SQLite database (a kg store).
const SQLITE_HEADER: &[u8] = b"SQLite format 3\0";

/// Refuse `output` when it is the graph `graph` or an existing kg store or
/// graph file; any other path (absent, a directory, another file) is fine.
pub fn refuse_to_overwrite_a_graph(graph: &Path, output: &Path) -> Result<(), OverwriteRefused> {
    let refuse = |reason| {
        Err(OverwriteRefused {
            path: output.display().to_string(),
            reason,
        })
    };
    if let (Ok(a), Ok(b)) = (graph.canonicalize(), output.canonicalize())
        && a == b
    {
        return refuse("it is the graph being read");
    }
    if !output.is_file() {
        return Ok(());
    }
    let mut head = Vec::with_capacity(64);
    if let Ok(f) = std::fs::File::open(output) {
        // Unreadable: writing will report it.
        let _ = f.take(64).read_to_end(&mut head);
    }
    if head.starts_with(SQLITE_HEADER) {
        return refuse("it is a kg graph store (SQLite)");
    }
    if head.starts_with(crate::graph::binary::MAGIC) || is_json_graph(&head) {
        return refuse("it is a kg graph file");
    }
    Ok(())
}

/// Whether `head` opens a JSON kg graph file: `{"format":"kg-graph"`, white
/// space allowed between the tokens.
fn is_json_graph(head: &[u8]) -> bool {
    let mut rest = head;
    for token in [&b"{"[..], b"\"format\"", b":", b"\"kg-graph\""] {
        rest = rest.trim_ascii_start();
        match rest.strip_prefix(token) {
            Some(r) => rest = r,
            None => return false,
        }
    }
    true
}

/// Whether `-o path` of a CSV export names a directory for the two bulk-import
/// tables: an existing directory, or a path whose name does not end in `.csv`.
pub fn is_csv_dir(path: &Path) -> bool {
    path.is_dir()
        || !path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("csv"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_graph_files_are_recognised_by_their_first_bytes() {
        let cases: [(&[u8], bool); 6] = [
            (br#"{"format":"kg-graph","version":1,"#, true),
            (b"{\n  \"format\" : \"kg-graph\",", true),
            (br#"{"directed":true,"multigraph":true"#, false),
            (br#"{"format":"kg-graphml"#, false),
            (b"source,relation,target", false),
            (b"", false),
        ];
        for (head, expected) in cases {
            assert_eq!(
                is_json_graph(head),
                expected,
                "{:?}",
                String::from_utf8_lossy(head)
            );
        }
    }

    #[test]
    fn graphs_and_stores_are_refused_other_files_are_not() {
        let dir = tempfile::tempdir().unwrap();
        let graph = dir.path().join("g.json");
        let write = |name: &str, bytes: &[u8]| {
            let p = dir.path().join(name);
            std::fs::write(&p, bytes).unwrap();
            p
        };
        write("g.json", br#"{"format":"kg-graph","version":1}"#);
        let cases = [
            (
                dir.path().join("sub/../g.json"),
                Some("it is the graph being read"),
            ),
            (
                write("s.db", b"SQLite format 3\0\x10\0"),
                Some("it is a kg graph store (SQLite)"),
            ),
            (
                write("b.kgb", b"kg-graph\x01\0\0\0"),
                Some("it is a kg graph file"),
            ),
            (
                write("other.json", b" {\"format\":\"kg-graph\"}"),
                Some("it is a kg graph file"),
            ),
            (write("g.dot", b"digraph kg {}"), None),
            (dir.path().join("absent.nq"), None),
            (dir.path().to_path_buf(), None),
        ];
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        for (path, reason) in cases {
            let got = refuse_to_overwrite_a_graph(&graph, &path)
                .err()
                .map(|e| e.reason);
            assert_eq!(got, reason, "{}", path.display());
        }
    }

    #[test]
    fn csv_outputs_are_directories_unless_named_csv() {
        let dir = tempfile::tempdir().unwrap();
        let cases = [
            (dir.path().to_path_buf(), true),
            (dir.path().join("new"), true),
            (dir.path().join("edges.csv"), false),
            (dir.path().join("EDGES.CSV"), false),
        ];
        for (path, expected) in cases {
            assert_eq!(is_csv_dir(&path), expected, "{}", path.display());
        }
    }
}
