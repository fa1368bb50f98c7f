//! Document input: paths in, [`Document`]s out.
//!
//! A path is a file, a directory (walked recursively for `*.txt` and `*.md`,
//! in any case, in sorted order) or `-` for standard input; no path at all also means standard
//! input. Every problem is an [`InputError`] naming the file: missing, unreadable,
//! binary (a NUL byte), not UTF-8 (with line and column of the first bad byte),
//! empty, or a directory without text files. Listing ([`collect_sources`]) is
//! separate from reading ([`read_source`]) so that large directories stream.

use std::fmt;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use thiserror::Error;

use super::Document;

/// Why an input could not be read.
#[derive(Debug, Error)]
pub enum InputError {
    #[error("{path}: no such file or directory")]
    NotFound { path: String },
    #[error("{path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}: binary file (NUL byte at offset {offset}), expected plain text")]
    Binary { path: String, offset: usize },
    #[error("{path}:{line}:{column}: invalid UTF-8, expected plain text")]
    InvalidUtf8 {
        path: String,
        line: usize,
        column: usize,
    },
    #[error("{path}: empty file, nothing to read")]
    Empty { path: String },
    #[error("{path}: directory contains no .txt or .md files")]
    NoText { path: String },
    /// A FIFO, socket or device inside a directory: skipped, never opened
    /// (reading a FIFO would wait for a writer forever).
    #[error("{path}: not a regular file (FIFO, socket or device), skipped")]
    Special { path: String },
    /// A symbolic link that leads back into a directory being walked, or a
    /// link loop: not followed.
    #[error("{path}: symbolic link loop, not followed")]
    Loop { path: String },
}

impl InputError {
    /// The path the error is about.
    pub fn path(&self) -> &str {
        match self {
            InputError::NotFound { path }
            | InputError::Io { path, .. }
            | InputError::Binary { path, .. }
            | InputError::InvalidUtf8 { path, .. }
            | InputError::Empty { path }
            | InputError::NoText { path }
            | InputError::Special { path }
            | InputError::Loop { path } => path,
        }
    }
}

/// Where one document comes from.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Source {
    Stdin,
    File(PathBuf),
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Stdin => f.write_str("-"),
            Source::File(p) => write!(f, "{}", p.display()),
        }
    }
}

/// Expand command-line paths into document sources, in order; directories are
/// walked recursively (`*.txt`, `*.md`, sorted). An empty list means stdin.
/// What a walk skips (see [`collect_sources_with`]) is dropped silently.
pub fn collect_sources(paths: &[PathBuf]) -> Result<Vec<Source>, InputError> {
    collect_sources_with(paths, &mut Vec::new())
}

/// [`collect_sources`], pushing onto `skipped` what the directory walks skip:
/// FIFOs, sockets and devices (never opened: reading a FIFO would hang) and
/// symbolic links back into a directory being walked (followed once, not
/// forever). Broken links are skipped silently. A path named on the command
/// line is taken as it is, whatever its type (`/dev/stdin`, `<(cmd)`).
pub fn collect_sources_with(
    paths: &[PathBuf],
    skipped: &mut Vec<InputError>,
) -> Result<Vec<Source>, InputError> {
    if paths.is_empty() {
        return Ok(vec![Source::Stdin]);
    }
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            out.push(Source::Stdin);
            continue;
        }
        let meta = fs::metadata(p).map_err(|e| io_error(p, e))?;
        if meta.is_dir() {
            let before = out.len();
            let mut ancestors = Vec::new();
            walk(p, &mut out, &mut ancestors, skipped)?;
            if out.len() == before {
                return Err(InputError::NoText {
                    path: p.display().to_string(),
                });
            }
        } else {
            out.push(Source::File(p.clone()));
        }
    }
    Ok(out)
}

fn walk(
    dir: &Path,
    out: &mut Vec<Source>,
    ancestors: &mut Vec<PathBuf>,
    skipped: &mut Vec<InputError>,
) -> Result<(), InputError> {
    // The directories being walked, by canonical path: a link back to one of
    // them is a loop.
    let real = fs::canonicalize(dir).map_err(|e| io_error(dir, e))?;
    if ancestors.contains(&real) {
        skipped.push(InputError::Loop {
            path: dir.display().to_string(),
        });
        return Ok(());
    }
    ancestors.push(real);
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|e| io_error(dir, e))?
        .map(|e| e.map(|e| e.path()).map_err(|e| io_error(dir, e)))
        .collect::<Result<_, _>>()?;
    entries.sort();
    for p in entries {
        // `metadata` follows symlinks; broken links are skipped silently, a
        // link loop (ELOOP) once with a warning.
        let meta = match fs::metadata(&p) {
            Ok(m) => m,
            Err(e) if e.raw_os_error() == Some(LOOP_ERRNO) => {
                skipped.push(InputError::Loop {
                    path: p.display().to_string(),
                });
                continue;
            }
            Err(_) => continue,
        };
        if meta.is_dir() {
            walk(&p, out, ancestors, skipped)?;
        } else if is_text_name(&p) && meta.is_file() {
            out.push(Source::File(p));
        } else if is_text_name(&p) {
            skipped.push(InputError::Special {
                path: p.display().to_string(),
            });
        }
    }
    ancestors.pop();
    Ok(())
}

/// `ELOOP` on Linux: too many levels of symbolic links.
const LOOP_ERRNO: i32 = 40;

/// `*.txt` and `*.md`, in any case (`.TXT`, `.Md`).
fn is_text_name(p: &Path) -> bool {
    p.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("txt") || e.eq_ignore_ascii_case("md"))
}

fn io_error(p: &Path, e: std::io::Error) -> InputError {
    let path = p.display().to_string();
    if e.kind() == std::io::ErrorKind::NotFound {
        InputError::NotFound { path }
    } else {
        InputError::Io { path, source: e }
    }
}

/// Read one source into a document, checking that it is non-empty UTF-8 text.
pub fn read_source(src: &Source) -> Result<Document, InputError> {
    let name = src.to_string();
    let bytes = match src {
        Source::Stdin => {
            let mut buf = Vec::new();
            std::io::stdin()
                .read_to_end(&mut buf)
                .map_err(|e| InputError::Io {
                    path: name.clone(),
                    source: e,
                })?;
            buf
        }
        Source::File(p) => fs::read(p).map_err(|e| io_error(p, e))?,
    };
    decode(name, bytes)
}

/// Check and decode document bytes (see [`read_source`]).
pub fn decode(name: String, bytes: Vec<u8>) -> Result<Document, InputError> {
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(InputError::Binary { path: name, offset });
    }
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let good = e.utf8_error().valid_up_to();
            let prefix = &e.as_bytes()[..good];
            let line = prefix.iter().filter(|&&b| b == b'\n').count() + 1;
            let line_start = prefix
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |i| i + 1);
            let column = String::from_utf8_lossy(&prefix[line_start..])
                .chars()
                .count()
                + 1;
            return Err(InputError::InvalidUtf8 {
                path: name,
                line,
                column,
            });
        }
    };
    // A leading byte-order mark is not text.
    let text = match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    };
    if text.trim().is_empty() {
        return Err(InputError::Empty { path: name });
    }
    Ok(Document { name, text })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_checks() {
        let cases: Vec<(&[u8], Result<&str, &str>)> = vec![
            (b"Kim met Putin.\n", Ok("Kim met Putin.\n")),
            (b"\xef\xbb\xbfBOM first.", Ok("BOM first.")),
            (b"", Err("t.txt: empty file, nothing to read")),
            (b"  \n\t\n", Err("t.txt: empty file, nothing to read")),
            (
                b"ab\0cd",
                Err("t.txt: binary file (NUL byte at offset 2), expected plain text"),
            ),
            (
                b"one\ntw\xffo",
                Err("t.txt:2:3: invalid UTF-8, expected plain text"),
            ),
        ];
        for (bytes, want) in cases {
            let got = decode("t.txt".into(), bytes.to_vec())
                .map(|d| d.text)
                .map_err(|e| e.to_string());
            assert_eq!(
                got,
                want.map(String::from).map_err(String::from),
                "input {bytes:?}"
            );
        }
    }

    #[test]
    fn directories_are_walked_in_order_and_must_hold_text() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join("sub")).unwrap();
        fs::write(dir.path().join("b.txt"), "B.").unwrap();
        fs::write(dir.path().join("a.md"), "A.").unwrap();
        fs::write(dir.path().join("sub/c.txt"), "C.").unwrap();
        fs::write(dir.path().join("image.png"), "x").unwrap();
        fs::write(dir.path().join("LOUD.TXT"), "L.").unwrap();
        fs::write(dir.path().join("Notes.Md"), "N.").unwrap();
        let got = collect_sources(&[dir.path().to_path_buf()]).unwrap();
        let names: Vec<String> = got
            .iter()
            .map(|s| match s {
                Source::File(p) => p.strip_prefix(dir.path()).unwrap().display().to_string(),
                Source::Stdin => "-".into(),
            })
            .collect();
        assert_eq!(
            names,
            ["LOUD.TXT", "Notes.Md", "a.md", "b.txt", "sub/c.txt"]
        );

        let empty = tempfile::tempdir().unwrap();
        let err = collect_sources(&[empty.path().to_path_buf()]).unwrap_err();
        assert!(matches!(err, InputError::NoText { .. }), "{err}");
        let err = collect_sources(&[dir.path().join("missing.txt")]).unwrap_err();
        assert!(matches!(err, InputError::NotFound { .. }), "{err}");
    }
}
