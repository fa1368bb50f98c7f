//! Open IE output for the CaRB benchmark: reads one PTB-tokenised sentence per
//! line and prints `sentence \t confidence \t relation \t arg1 \t arg2 [\t extra…]`
//! for every Open IE tuple, then the throughput on stderr.
//!
//! `cargo run --release --example extract_carb -- /path/to/dev.txt > /tmp/dev.carb`

use std::io::Write;
use std::time::Instant;

use kg::extract::extract_sentences;
use kg::text::{Document, Sentence, SentenceKind, Span};

fn main() {
    let path = std::env::args().nth(1).expect("usage: extract_carb SENTENCES.txt");
    let text = std::fs::read_to_string(&path).expect("readable input");
    let mut sentences = Vec::new();
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        let trimmed = body.trim_end();
        if !trimmed.is_empty() {
            sentences.push(Sentence {
                index: sentences.len(),
                span: Span::new(pos, pos + trimmed.len()),
                kind: SentenceKind::Body,
            });
        }
        pos += line.len();
    }
    let doc = Document { name: path, text };
    let start = Instant::now();
    let out = extract_sentences(&doc, &sentences);
    let secs = start.elapsed().as_secs_f64();
    let words: usize = sentences.iter().map(|s| s.text(&doc.text).split_whitespace().count()).sum();
    eprintln!("{} sentences, {words} words in {secs:.3}s: {:.0} words/s", sentences.len(), words as f64 / secs);
    let stdout = std::io::stdout();
    let mut w = std::io::BufWriter::new(stdout.lock());
    for e in &out {
        let sentence = e.sentence.text(&doc.text);
        for t in e.triples.iter().filter(|t| t.is_open_ie()) {
            let _ = write!(w, "{sentence}\t{:.3}\t{}\t{}\t{}", t.confidence, t.relation_text, t.subject.span.of(&doc.text), t.object.span.of(&doc.text));
            for x in &t.extra {
                let _ = write!(w, "\t{}", x.span.of(&doc.text));
            }
            let _ = writeln!(w);
        }
    }
}
