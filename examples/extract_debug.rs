//! Debug view of the extraction stage: for each line of a file (one sentence per
//! line), the tagged words with their chunks, then every triple with its kind.
//!
//! `cargo run --example extract_debug -- sentences.txt`

use kg::extract::extract_sentences;
use kg::nlp::Tagger;
use kg::nlp::chunk::{Chunks, Label};
use kg::text::{Document, Sentence, SentenceKind, Span, tokenize};

fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: extract_debug SENTENCES.txt");
    let text = std::fs::read_to_string(&path).expect("readable input");
    let mut pos = 0;
    let mut sentences = Vec::new();
    for line in text.split_inclusive('\n') {
        let t = line.trim_end();
        if !t.is_empty() {
            sentences.push(Sentence {
                index: sentences.len(),
                span: Span::new(pos, pos + t.len()),
                kind: SentenceKind::Body,
            });
        }
        pos += line.len();
    }
    let doc = Document { name: path, text };
    let mut chunks = Chunks::default();
    let analysed = kg::nlp::analyse(&doc, &sentences, kg::nlp::Tokenization::Words);
    for (s, e) in sentences.iter().zip(extract_sentences(&doc, analysed)) {
        let tokens = tokenize(&doc.text, s.span);
        let words: Vec<&str> = tokens.iter().map(|t| t.text(&doc.text)).collect();
        let mut tags = Tagger::embedded().tag(&words);
        kg::nlp::chunk::repair_tags(&words, &mut tags);
        chunks.chunk(&words, &tags);
        let mut line = String::new();
        let mut last = Label::Other;
        for (i, w) in words.iter().enumerate() {
            let l = chunks.labels[i];
            if l != last {
                if last != Label::Other {
                    line.push(']');
                }
                match l {
                    Label::Np(_) => line.push_str(" [NP"),
                    Label::Vg(_) => line.push_str(" [VG"),
                    Label::Other => {}
                }
            }
            last = l;
            line.push_str(&format!(" {w}/{}", tags[i].tag.as_str()));
        }
        if last != Label::Other {
            line.push(']');
        }
        println!("{line}");
        if std::env::var_os("KG_DEBUG_MENTIONS").is_some() {
            for m in &e.mentions {
                println!(
                    "  mention {:?} {:?} {:?} name {:?}",
                    m.span.of(&doc.text),
                    m.form,
                    m.kind,
                    m.name.of(&doc.text)
                );
            }
        }
        for t in &e.triples {
            let extra: Vec<&str> = t.extra.iter().map(|a| a.span.of(&doc.text)).collect();
            println!(
                "  {:.2} {:?} ({}; {} [{}]; {}) {:?}{}",
                t.confidence,
                t.kind,
                t.subject.span.of(&doc.text),
                t.relation_text,
                t.relation,
                t.object.span.of(&doc.text),
                extra,
                if t.negated { " NEG" } else { "" }
            );
        }
    }
}
