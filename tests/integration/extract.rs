//! `kg extract`: the JSON-lines contract, spans, stdin, CaRB and TSV output.

use crate::common::*;

/// Every jsonl record has every field of the contract, and spans slice the document.
#[test]
fn jsonl_records_follow_the_contract() {
    let o = run(&["extract", "fixtures/beijing-parade.txt"]);
    assert_status(&o, 0);
    let doc = std::fs::read_to_string(root().join("fixtures/beijing-parade.txt")).unwrap();
    let out = stdout(&o);
    assert!(out.lines().count() >= 5, "the fixture yields facts:\n{out}");
    let mut records = 0;
    for line in out.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        // The document record (for `kg ingest --facts`) comes first.
        if v.get("record").is_some() {
            assert_eq!(v["record"], "document", "{line}");
            assert_eq!(v["doc"], "fixtures/beijing-parade.txt");
            assert_eq!(v["name"], "fixtures/beijing-parade.txt");
            assert!(v["entities"].as_array().is_some_and(|e| !e.is_empty()));
            records += 1;
            continue;
        }
        for key in [
            "doc",
            "sentence",
            "text",
            "subject",
            "relation",
            "object",
            "subject_mention",
            "object_mention",
            "subject_span",
            "object_span",
            "confidence",
        ] {
            assert!(v.get(key).is_some(), "{key} missing in {line}");
        }
        assert_eq!(v["doc"], "fixtures/beijing-parade.txt");
        for (span, mention) in [
            ("subject_span", "subject_mention"),
            ("object_span", "object_mention"),
        ] {
            let s = v[span][0].as_u64().unwrap() as usize;
            let e = v[span][1].as_u64().unwrap() as usize;
            assert_eq!(&doc[s..e], v[mention].as_str().unwrap(), "{line}");
        }
        let c = v["confidence"].as_f64().unwrap();
        assert!(c > 0.0 && c <= 1.0, "{line}");
        assert!(
            doc.contains(v["text"].as_str().unwrap()),
            "evidence is a sentence of the doc: {line}"
        );
    }
    assert_eq!(records, 1, "one document record:\n{out}");
}

#[test]
fn stdin_and_sentence_per_line_carb() {
    let input = "Vladimir Putin met Xi Jinping in Beijing .\nNo verb here\n";
    let o = run_stdin(
        &["extract", "--sentence-per-line", "--format", "carb"],
        input,
    );
    assert_status(&o, 0);
    let out = stdout(&o);
    assert!(!out.is_empty(), "a tuple for the first line");
    for line in out.lines() {
        let cols: Vec<&str> = line.split('\t').collect();
        assert!(cols.len() >= 4, "{line}");
        assert_eq!(
            cols[0], "Vladimir Putin met Xi Jinping in Beijing .",
            "sentence echoed verbatim"
        );
        cols[1].parse::<f64>().expect("confidence");
    }
}

#[test]
fn tsv_has_a_header_and_seven_columns() {
    let o = run(&["extract", "--format", "tsv", "fixtures/beijing-parade.txt"]);
    assert_status(&o, 0);
    let out = stdout(&o);
    let mut lines = out.lines();
    assert_eq!(
        lines.next(),
        Some("doc\tsentence\tsubject\trelation\tobject\tconfidence\ttext")
    );
    for l in lines {
        assert_eq!(l.split('\t').count(), 7, "{l}");
    }
}

/// `--format conllu`: ten columns per token, token ranges slice the document, one
/// comment block and blank line per sentence, entities in BIO.
#[test]
fn conllu_shows_the_analysis_of_every_sentence() {
    let o = run(&[
        "extract",
        "--format",
        "conllu",
        "fixtures/beijing-parade.txt",
    ]);
    assert_status(&o, 0);
    let doc = std::fs::read_to_string(root().join("fixtures/beijing-parade.txt")).unwrap();
    let out = stdout(&o);
    assert!(out.starts_with("# newdoc id = fixtures/beijing-parade.txt\n"));
    let mut entities = 0;
    for line in out.lines().filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 10, "{line}");
        let range = cols[9].rsplit("TokenRange=").next().unwrap();
        let (a, b) = range.split_once(':').unwrap();
        let (a, b): (usize, usize) = (a.parse().unwrap(), b.parse().unwrap());
        assert_eq!(&doc[a..b], cols[1], "{line}");
        entities += usize::from(cols[9].starts_with("Entity=B-"));
    }
    assert!(entities > 20, "the article names many entities");
    assert_eq!(
        out.matches("# sent_id = ").count(),
        out.matches("\n\n").count(),
        "a blank line ends each sentence"
    );
}

/// `--tokenized` takes each line's space-separated tokens as they are, and needs
/// `--sentence-per-line`.
#[test]
fn tokenized_lines_keep_their_tokens() {
    let o = run_stdin(
        &[
            "extract",
            "--sentence-per-line",
            "--tokenized",
            "--format",
            "conllu",
        ],
        "U.S.-based firms did n't buy it .\n",
    );
    assert_status(&o, 0);
    let forms: Vec<String> = stdout(&o)
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').nth(1).unwrap().to_string())
        .collect();
    assert_eq!(
        forms,
        ["U.S.-based", "firms", "did", "n't", "buy", "it", "."]
    );
    let o = run_stdin(&["extract", "--tokenized"], "a b\n");
    assert_status(&o, 2);
}

/// A pathological document: one line of 12,000 words without punctuation
/// (60 KB). It is cut at the documented limit (2,000 bytes) at spaces, into
/// exactly 30 sentences of 400 words, with one warning naming the file; the
/// work is bounded by the sentence count, not by the line's length squared.
#[test]
fn one_long_line_without_punctuation_is_cut_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("run-on.txt");
    std::fs::write(&doc, "word ".repeat(12_000)).unwrap();
    let graph = dir.path().join("g.db");
    let o = run(&[
        "--graph",
        graph.to_str().unwrap(),
        "ingest",
        doc.to_str().unwrap(),
    ]);
    assert_status(&o, 0);
    let err = stderr(&o);
    assert!(
        err.contains("run-on.txt: 1 sentence longer than 2000 bytes was cut into pieces"),
        "{err}"
    );
    assert!(err.contains(": 30 sentences,"), "{err}");
    let o = run(&["extract", "--format", "conllu", doc.to_str().unwrap()]);
    assert_status(&o, 0);
    assert!(stderr(&o).contains("1 sentence longer than 2000 bytes was cut"));
    let out = stdout(&o);
    assert_eq!(out.matches("# sent_id").count(), 30);
    assert_eq!(
        out.lines()
            .filter(|l| l.split('\t').nth(1) == Some("word"))
            .count(),
        12_000
    );
}
