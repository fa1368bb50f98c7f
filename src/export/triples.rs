//! Triple output for `kg extract`: a processed document in, JSON lines, TSV or
//! CaRB tuples out.
//!
//! * `jsonl`: one object per entity-level fact, fields exactly as in DESIGN.md:
//!   `doc, sentence, text, subject, relation, object, subject_mention,
//!   object_mention, subject_span, object_span, confidence` (spans are byte
//!   offsets into the document: `&doc[start..end] == *_mention`), and when they
//!   apply `modality` (the modal verb that qualifies the fact: `would`, `may`,
//!   …), `negated: true` (the sentence denies it) and `attributed_to` (the
//!   canonical name of who the sentence says stated it).
//!
//!   Additive fields for `kg ingest --facts` (which takes this output back
//!   in): before a document's facts, one line `{"record":"document", "doc",
//!   "name", "hash", "sentences", "entities"}` carries what the store keeps of
//!   the document besides its facts: `doc` as in its fact lines, `name` the
//!   document name `kg ingest` gives it (relative to the directory given),
//!   the content hash, the sentence count and its resolved entities (`name`,
//!   `kind`, `mentions`, `aliases` with the `rule` that merged each). Fact
//!   lines carry no `record` field; they gain `subject_id`, `object_id` and
//!   (when attributed) `attributed_to_id`, indexes into that document's
//!   `entities`, and `confidence_exact`, the confidence as the graph keeps it
//!   (`confidence` is rounded to 3 decimals).
//! * `tsv`: the same facts, one per line: `doc sentence subject relation object
//!   confidence text` (tabs and newlines inside fields become spaces), after a
//!   header line written by [`write_tsv_header`]; the relation reads with its
//!   modality and negation (`would buy`, `not meet`).
//! * `carb`: every Open IE tuple, entity or not, in the CaRB benchmark's format
//!   `sentence \t confidence \t relation \t arg1 \t arg2 [\t arg3 …]`, with the
//!   sentence exactly as read and arguments as written.

use std::io::{self, Write};

use serde::Serialize;

use crate::pipeline::Processed;
use crate::resolve::Alias;
use crate::vocab::{EntityKind, Modality};

/// Output format of `kg extract`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TripleFormat {
    #[default]
    Jsonl,
    Tsv,
    Carb,
}

#[derive(Serialize)]
struct JsonFact<'a> {
    doc: &'a str,
    sentence: usize,
    text: &'a str,
    subject: &'a str,
    relation: &'a str,
    object: &'a str,
    subject_mention: &'a str,
    object_mention: &'a str,
    subject_span: [usize; 2],
    object_span: [usize; 2],
    confidence: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    modality: Option<Modality>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    negated: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    attributed_to: Option<&'a str>,
    subject_id: usize,
    object_id: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    attributed_to_id: Option<usize>,
    confidence_exact: f32,
}

/// The `"record": "document"` line written before a document's facts.
#[derive(Serialize)]
struct JsonDocument<'a> {
    record: &'static str,
    doc: &'a str,
    name: &'a str,
    hash: &'a str,
    sentences: usize,
    entities: Vec<JsonEntity<'a>>,
    /// Pairs of entities (indices into `entities`) named in one sentence.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    comentions: Vec<JsonCoMention<'a>>,
}

#[derive(Serialize)]
struct JsonCoMention<'a> {
    a: usize,
    b: usize,
    sentence: usize,
    text: &'a str,
}

#[derive(Serialize)]
struct JsonEntity<'a> {
    name: &'a str,
    kind: EntityKind,
    mentions: usize,
    aliases: &'a [Alias],
}

/// The value of `record` on a document line.
pub const DOCUMENT_RECORD: &str = "document";

/// Round a confidence for output (3 decimals), so output is stable and readable.
fn round3(x: f32) -> f64 {
    (f64::from(x) * 1000.0).round() / 1000.0
}

/// Write the header line of the TSV format.
pub fn write_tsv_header(w: &mut dyn Write) -> io::Result<()> {
    writeln!(
        w,
        "doc\tsentence\tsubject\trelation\tobject\tconfidence\ttext"
    )
}

/// The relation with its modality and negation in front (`would not buy`,
/// `proposed to meet`).
fn qualified(f: &crate::resolve::Fact) -> String {
    let mut out = String::new();
    match f.modality {
        // `Putin –proposed to meet→ Kim`: a meeting under consideration.
        Some(crate::vocab::Modality::Proposed) => out.push_str("proposed to "),
        Some(m) => {
            out.push_str(m.as_str());
            out.push(' ');
        }
        None => {}
    }
    if f.negated {
        out.push_str("not ");
    }
    out.push_str(&f.relation);
    out
}

fn clean(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

/// Write one processed document's triples in `format`.
pub fn write_triples(p: &Processed, format: TripleFormat, w: &mut dyn Write) -> io::Result<()> {
    let text = &p.doc.text;
    match format {
        TripleFormat::Jsonl => {
            let record = JsonDocument {
                record: DOCUMENT_RECORD,
                doc: &p.doc.name,
                name: &p.facts.doc,
                hash: &p.hash,
                sentences: p.facts.sentences.len(),
                entities: p
                    .facts
                    .entities
                    .iter()
                    .map(|e| JsonEntity {
                        name: &e.name,
                        kind: e.kind,
                        mentions: e.mentions,
                        aliases: &e.aliases,
                    })
                    .collect(),
                comentions: p
                    .facts
                    .comentions
                    .iter()
                    .map(|c| JsonCoMention {
                        a: c.a,
                        b: c.b,
                        sentence: c.sentence,
                        text: p.facts.sentences.get(c.sentence).map_or("", String::as_str),
                    })
                    .collect(),
            };
            serde_json::to_writer(&mut *w, &record)?;
            w.write_all(b"\n")?;
            for f in &p.facts.facts {
                let rec = JsonFact {
                    doc: &p.doc.name,
                    sentence: f.sentence,
                    text: &p.facts.sentences[f.sentence],
                    subject: &p.facts.entities[f.subject].name,
                    relation: &f.relation,
                    object: &p.facts.entities[f.object].name,
                    subject_mention: f.subject_mention.of(text),
                    object_mention: f.object_mention.of(text),
                    subject_span: [f.subject_mention.start, f.subject_mention.end],
                    object_span: [f.object_mention.start, f.object_mention.end],
                    confidence: round3(f.confidence),
                    modality: f.modality,
                    negated: f.negated,
                    attributed_to: f.attributed_to.map(|a| p.facts.entities[a].name.as_str()),
                    subject_id: f.subject,
                    object_id: f.object,
                    attributed_to_id: f.attributed_to,
                    confidence_exact: f.confidence,
                };
                serde_json::to_writer(&mut *w, &rec)?;
                w.write_all(b"\n")?;
            }
        }
        TripleFormat::Tsv => {
            for f in &p.facts.facts {
                writeln!(
                    w,
                    "{}\t{}\t{}\t{}\t{}\t{:.3}\t{}",
                    clean(&p.doc.name),
                    f.sentence,
                    clean(&p.facts.entities[f.subject].name),
                    clean(&qualified(f)),
                    clean(&p.facts.entities[f.object].name),
                    f.confidence,
                    clean(&p.facts.sentences[f.sentence]),
                )?;
            }
        }
        TripleFormat::Carb => {
            for s in &p.extractions {
                let sentence = s.sentence.text(text);
                for t in s.triples.iter().filter(|t| t.is_open_ie()) {
                    write!(
                        w,
                        "{}\t{:.4}\t{}\t{}",
                        clean(sentence),
                        t.confidence,
                        clean(&t.relation_text),
                        clean(t.subject.span.of(text)),
                    )?;
                    // Absent arguments (an intransitive clause) are empty spans: not written.
                    for a in std::iter::once(&t.object).chain(&t.extra) {
                        if !a.span.is_empty() {
                            write!(w, "\t{}", clean(a.span.of(text)))?;
                        }
                    }
                    w.write_all(b"\n")?;
                }
            }
        }
    }
    Ok(())
}
