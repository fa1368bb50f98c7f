//! `kg extract --format jsonl` output back in, for `kg ingest --facts`: JSON
//! lines in, one [`NewDocument`] per document out, exactly what `kg ingest`
//! would have stored for the same articles.
//!
//! The lines (written by [`crate::export::triples`]) are read in order: a
//! document line (`"record": "document"`: `doc`, `name`, `hash`, `sentences`,
//! `entities`) opens a document, and the fact lines after it (no `record`
//! field, the same `doc`) are its facts. A fact's entities are found by
//! `subject_id`/`object_id`/`attributed_to_id` when present (they must name the
//! entity the line names), else by name among the document's entities (which
//! must then be unambiguous); its confidence is `confidence_exact` when present,
//! else `confidence`. Blank lines are skipped; unknown fields are ignored, so
//! later additions do not break older readers.
//!
//! Anything else is a [`FactsError`] naming the file and line: malformed JSON, a
//! missing or mistyped field, a fact before its document line, an index or
//! sentence out of range, a document name given twice, a file without any
//! document line.

use std::collections::HashMap;
use std::io::BufRead;

use serde::Deserialize;
use thiserror::Error;

use crate::export::triples::DOCUMENT_RECORD;
use crate::resolve::{Alias, CoMention, DocumentFacts, Fact, ResolvedEntity};
use crate::store::NewDocument;
use crate::text::Span;
use crate::vocab::{EntityKind, Modality};

/// Why a facts file could not be read. Every variant names the file.
#[derive(Debug, Error)]
pub enum FactsError {
    #[error("{path}:{line}: {message}")]
    Bad {
        path: String,
        line: usize,
        message: String,
    },
    #[error("{path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}: document {name:?} already given by {first}")]
    Duplicate {
        path: String,
        name: String,
        first: String,
    },
    #[error(
        "{path}: no document records (write the file with `kg extract --format jsonl`; \
         lines of facts alone do not say what the store needs)"
    )]
    NoDocuments { path: String },
}

#[derive(Deserialize)]
struct DocumentLine {
    doc: String,
    name: String,
    hash: String,
    sentences: usize,
    entities: Vec<EntityLine>,
    #[serde(default)]
    comentions: Vec<CoMentionLine>,
}

#[derive(Deserialize)]
struct CoMentionLine {
    a: usize,
    b: usize,
    sentence: usize,
    text: String,
}

#[derive(Deserialize)]
struct EntityLine {
    name: String,
    kind: EntityKind,
    mentions: usize,
    #[serde(default)]
    aliases: Vec<Alias>,
}

#[derive(Deserialize)]
struct FactLine {
    doc: String,
    sentence: usize,
    text: String,
    subject: String,
    relation: String,
    object: String,
    subject_span: [usize; 2],
    object_span: [usize; 2],
    confidence: f32,
    confidence_exact: Option<f32>,
    modality: Option<Modality>,
    #[serde(default)]
    negated: bool,
    attributed_to: Option<String>,
    subject_id: Option<usize>,
    object_id: Option<usize>,
    attributed_to_id: Option<usize>,
}

/// The document being read: its record and the line that opened it.
struct Open {
    line: usize,
    source_doc: String,
    doc: NewDocument,
}

/// Read every document of a facts file. `path` names the file in errors.
pub fn read_facts(path: &str, mut input: impl BufRead) -> Result<Vec<NewDocument>, FactsError> {
    let mut docs: Vec<NewDocument> = Vec::new();
    let mut names: HashMap<String, usize> = HashMap::new();
    let mut open: Option<Open> = None;
    let mut buf = Vec::new();
    let mut line = 0;
    // Bytes read and sentences declared so far (bounded by `crate::limits`).
    let (mut read, mut declared) = (0u64, 0u64);
    loop {
        buf.clear();
        let n = input
            .read_until(b'\n', &mut buf)
            .map_err(|source| FactsError::Io {
                path: path.to_string(),
                source,
            })?;
        if n == 0 {
            break;
        }
        line += 1;
        read += n as u64;
        let bad = |message: String| FactsError::Bad {
            path: path.to_string(),
            line,
            message,
        };
        let text = std::str::from_utf8(&buf).map_err(|_| bad("invalid UTF-8".into()))?;
        if text.trim().is_empty() {
            continue;
        }
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(|e| bad(format!("not JSON: {e}")))?;
        match value.get("record") {
            None => {
                let fact: FactLine = serde_json::from_value(value)
                    .map_err(|e| bad(format!("not a fact line: {e}")))?;
                let Some(o) = open.as_mut() else {
                    return Err(bad(format!(
                        "a fact of document {:?} before any document record \
                         (`kg extract --format jsonl` writes one before each document's facts)",
                        fact.doc
                    )));
                };
                add_fact(o, fact).map_err(bad)?;
            }
            Some(r) if r == DOCUMENT_RECORD => {
                let d: DocumentLine = serde_json::from_value(value)
                    .map_err(|e| bad(format!("not a document record: {e}")))?;
                if d.name.is_empty() {
                    return Err(bad("a document record with an empty name".into()));
                }
                if d.hash.is_empty() {
                    return Err(bad(format!("document {:?} has an empty hash", d.name)));
                }
                if let Some(first) = names.insert(d.name.clone(), line) {
                    return Err(bad(format!(
                        "document name {:?} already given on line {first}",
                        d.name
                    )));
                }
                declared = declared.saturating_add(d.sentences as u64);
                if !crate::limits::sentences_fit(declared, read) {
                    return Err(bad(crate::limits::too_many_sentences(declared, read)));
                }
                let mut sentences = vec![String::new(); d.sentences];
                let mut comentions = Vec::with_capacity(d.comentions.len());
                for c in d.comentions {
                    if c.a >= d.entities.len()
                        || c.b >= d.entities.len()
                        || c.sentence >= d.sentences
                    {
                        return Err(bad(format!(
                            "a co-mention of document {:?} outside its entities or sentences",
                            d.name
                        )));
                    }
                    sentences[c.sentence] = c.text;
                    comentions.push(CoMention {
                        a: c.a,
                        b: c.b,
                        sentence: c.sentence,
                    });
                }
                docs.extend(open.take().map(|o| o.doc));
                open = Some(Open {
                    line,
                    source_doc: d.doc,
                    doc: NewDocument {
                        facts: DocumentFacts {
                            doc: d.name,
                            sentences,
                            entities: d
                                .entities
                                .into_iter()
                                .map(|e| ResolvedEntity {
                                    name: e.name,
                                    kind: e.kind,
                                    aliases: e.aliases,
                                    mentions: e.mentions,
                                })
                                .collect(),
                            facts: Vec::new(),
                            comentions,
                        },
                        hash: d.hash,
                    },
                });
            }
            Some(r) => return Err(bad(format!("unknown record type {r}"))),
        }
    }
    docs.extend(open.map(|o| o.doc));
    if docs.is_empty() {
        return Err(FactsError::NoDocuments {
            path: path.to_string(),
        });
    }
    Ok(docs)
}

/// Add one fact line to the open document; the error message otherwise.
fn add_fact(o: &mut Open, f: FactLine) -> Result<(), String> {
    if f.doc != o.source_doc {
        return Err(format!(
            "a fact of document {:?} after the record of {:?} (line {}): \
             each document's facts follow its record",
            f.doc, o.source_doc, o.line
        ));
    }
    let facts = &mut o.doc.facts;
    let entity = |role: &str, id: Option<usize>, name: &str| -> Result<usize, String> {
        match id {
            Some(i) => match facts.entities.get(i) {
                Some(e) if e.name == name => Ok(i),
                Some(e) => Err(format!(
                    "{role}_id {i} is {:?}, not {role} {name:?}",
                    e.name
                )),
                None => Err(format!(
                    "{role}_id {i} is out of range: the document has {} entities",
                    facts.entities.len()
                )),
            },
            None => {
                let mut found = facts
                    .entities
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| e.name == name);
                match (found.next(), found.next()) {
                    (Some((i, _)), None) => Ok(i),
                    (None, _) => Err(format!(
                        "{role} {name:?} is not an entity of the document record"
                    )),
                    (Some(_), Some(_)) => Err(format!(
                        "{role} {name:?} names several entities of the document: give {role}_id"
                    )),
                }
            }
        }
    };
    let subject = entity("subject", f.subject_id, &f.subject)?;
    let object = entity("object", f.object_id, &f.object)?;
    let attributed_to = match (&f.attributed_to, f.attributed_to_id) {
        (Some(name), id) => Some(entity("attributed_to", id, name)?),
        (None, None) => None,
        (None, Some(_)) => return Err("attributed_to_id without attributed_to".into()),
    };
    if f.sentence >= facts.sentences.len() {
        return Err(format!(
            "sentence {} is out of range: the document record says {} sentences",
            f.sentence,
            facts.sentences.len()
        ));
    }
    for (role, [start, end]) in [("subject", f.subject_span), ("object", f.object_span)] {
        if start > end {
            return Err(format!(
                "{role}_span [{start}, {end}] ends before it starts"
            ));
        }
    }
    let confidence = f.confidence_exact.unwrap_or(f.confidence);
    if !confidence.is_finite() {
        return Err("confidence is not a finite number".into());
    }
    if f.relation.is_empty() {
        return Err("an empty relation".into());
    }
    let slot = &mut facts.sentences[f.sentence];
    if slot.is_empty() {
        *slot = f.text;
    } else if *slot != f.text {
        return Err(format!(
            "sentence {} has another text than on an earlier line",
            f.sentence
        ));
    }
    facts.facts.push(Fact {
        subject,
        relation: f.relation,
        object,
        confidence,
        sentence: f.sentence,
        subject_mention: Span::new(f.subject_span[0], f.subject_span[1]),
        object_mention: Span::new(f.object_span[0], f.object_span[1]),
        negated: f.negated,
        modality: f.modality,
        attributed_to,
    });
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::triples::{TripleFormat, write_triples};
    use crate::pipeline::{Segmentation, process};
    use crate::text::Document;

    const ARTICLE: &str = "North Korean leader Kim Jong Un arrived in Beijing on Tuesday. \
        Mr Kim met Russian President Vladimir Putin. Microsoft said it would buy Sybari. \
        Putin did not meet Biden.";

    fn jsonl(name: &str) -> (String, crate::pipeline::Processed) {
        let doc = Document {
            name: format!("dir/{name}"),
            text: ARTICLE.into(),
        };
        let mut p = process(doc, Segmentation::Prose);
        p.facts.doc = name.to_string();
        let mut out = Vec::new();
        write_triples(&p, TripleFormat::Jsonl, &mut out).unwrap();
        (String::from_utf8(out).unwrap(), p)
    }

    #[test]
    fn what_extract_writes_reads_back_as_the_same_document() {
        let (text, p) = jsonl("a.txt");
        let docs = read_facts("f.jsonl", text.as_bytes()).unwrap();
        assert_eq!(docs.len(), 1);
        let got = &docs[0];
        assert_eq!(got.hash, p.hash);
        assert_eq!(got.facts.doc, "a.txt");
        assert_eq!(got.facts.entities, p.facts.entities);
        assert_eq!(got.facts.facts, p.facts.facts);
        assert!(!p.facts.facts.is_empty());
        // The sentences the facts cite, the others empty as the store keeps them.
        for (i, s) in got.facts.sentences.iter().enumerate() {
            let cited = p.facts.facts.iter().any(|f| f.sentence == i);
            assert_eq!(s.is_empty(), !cited, "sentence {i}");
            if cited {
                assert_eq!(*s, p.facts.sentences[i]);
            }
        }
        assert_eq!(got.facts.sentences.len(), p.facts.sentences.len());
    }

    #[test]
    fn bad_lines_name_the_line() {
        let (text, _) = jsonl("a.txt");
        let lines: Vec<&str> = text.lines().collect();
        let record = lines[0];
        let fact = lines[1];
        let cases: Vec<(String, &str)> = vec![
            (
                format!("{fact}\n"),
                "f.jsonl:1: a fact of document \"dir/a.txt\" before any document record",
            ),
            (format!("{record}\n{{oops\n"), "f.jsonl:2: not JSON"),
            (
                format!("{record}\n\n{record}\n"),
                "f.jsonl:3: document name \"a.txt\" already given on line 1",
            ),
            (
                format!(
                    "{record}\n{}\n",
                    fact.replace("\"sentence\":", "\"sentence\":1000,\"x\":")
                ),
                "f.jsonl:2: sentence 1000 is out of range",
            ),
            (
                format!("{record}\n{}\n", fact.replace("\"relation\"", "\"rel\"")),
                "f.jsonl:2: not a fact line: missing field `relation`",
            ),
            (
                format!(
                    "{record}\n{}\n",
                    fact.replace("\"subject_id\":", "\"subject_id\":999,\"y\":")
                ),
                "f.jsonl:2: subject_id 999 is out of range",
            ),
            (
                format!("{}\n", record.replace("\"document\"", "\"movie\"")),
                "f.jsonl:1: unknown record type \"movie\"",
            ),
            (
                format!(
                    "{}\n",
                    record.replace("\"kind\":\"person\"", "\"kind\":\"alien\"")
                ),
                "f.jsonl:1: not a document record: unknown variant `alien`",
            ),
            (
                format!(
                    "{record}\n{}\n",
                    fact.replace("\"doc\":\"dir/a.txt\"", "\"doc\":\"b.txt\"")
                ),
                "f.jsonl:2: a fact of document \"b.txt\" after the record of \"dir/a.txt\" (line 1)",
            ),
            ("\n".to_string(), "f.jsonl: no document records"),
            (format!("{record}\n[1, 2]\n"), "f.jsonl:2: not a fact line"),
        ];
        for (input, want) in cases {
            let err = read_facts("f.jsonl", input.as_bytes())
                .unwrap_err()
                .to_string();
            assert!(err.starts_with(want), "{input}\n  got {err}\n want {want}");
            assert_eq!(err.lines().count(), 1, "{err}");
        }
        let invalid: &[u8] = b"\xff\n";
        let err = read_facts("f.jsonl", invalid).unwrap_err().to_string();
        assert_eq!(err, "f.jsonl:1: invalid UTF-8");
    }

    #[test]
    fn without_ids_entities_are_found_by_name() {
        let (text, p) = jsonl("a.txt");
        let stripped: String = text
            .lines()
            .map(|l| {
                let mut v: serde_json::Value = serde_json::from_str(l).unwrap();
                let o = v.as_object_mut().unwrap();
                for k in [
                    "subject_id",
                    "object_id",
                    "attributed_to_id",
                    "confidence_exact",
                ] {
                    o.remove(k);
                }
                format!("{v}\n")
            })
            .collect();
        let docs = read_facts("f.jsonl", stripped.as_bytes()).unwrap();
        let got: Vec<(usize, &str, usize)> = docs[0]
            .facts
            .facts
            .iter()
            .map(|f| (f.subject, f.relation.as_str(), f.object))
            .collect();
        let want: Vec<(usize, &str, usize)> = p
            .facts
            .facts
            .iter()
            .map(|f| (f.subject, f.relation.as_str(), f.object))
            .collect();
        assert_eq!(got, want);
    }
}
