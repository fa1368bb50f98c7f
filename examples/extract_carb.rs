//! Open IE output for the CaRB benchmark: reads one PTB-tokenised sentence per
//! line and prints `sentence \t confidence \t relation \t arg1 \t arg2 [\t extra…]`
//! for every Open IE tuple, then the throughput on stderr. Lines are grouped into
//! documents of 30 sentences, about the size of a news article.
//!
//! `cargo run --release --example extract_carb -- /path/to/dev.txt > /tmp/dev.carb`

use std::io::Write;
use std::time::Instant;

use kg::extract::{SentenceExtraction, extract_sentences};
use kg::text::{Document, Sentence, SentenceKind, Span};

fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: extract_carb SENTENCES.txt");
    let text = std::fs::read_to_string(&path).expect("readable input");
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty())
        .collect();
    let docs: Vec<(Document, Vec<Sentence>)> = lines
        .chunks(30)
        .map(|group| {
            let mut body = String::new();
            let mut sentences = Vec::new();
            for line in group {
                let start = body.len();
                body.push_str(line);
                sentences.push(Sentence {
                    index: sentences.len(),
                    span: Span::new(start, body.len()),
                    kind: SentenceKind::Body,
                });
                body.push('\n');
            }
            (
                Document {
                    name: path.clone(),
                    text: body,
                },
                sentences,
            )
        })
        .collect();
    let start = Instant::now();
    let out: Vec<Vec<SentenceExtraction>> = docs
        .iter()
        .map(|(d, s)| extract_sentences(d, kg::nlp::analyse(d, s, kg::nlp::Tokenization::Words)))
        .collect();
    let secs = start.elapsed().as_secs_f64();
    let words: usize = lines.iter().map(|l| l.split_whitespace().count()).sum();
    eprintln!(
        "{} sentences, {words} words in {secs:.3}s: {:.0} words/s",
        lines.len(),
        words as f64 / secs
    );
    let stdout = std::io::stdout();
    let mut w = std::io::BufWriter::new(stdout.lock());
    for ((doc, _), extractions) in docs.iter().zip(&out) {
        let text = doc.text.as_str();
        for e in extractions {
            let sentence = e.sentence.text(text);
            for t in e.triples.iter().filter(|t| t.is_open_ie()) {
                let _ = write!(
                    w,
                    "{sentence}\t{:.3}\t{}\t{}\t{}",
                    t.confidence,
                    t.relation_text,
                    t.subject.span.of(text),
                    t.object.span.of(text)
                );
                for x in &t.extra {
                    let _ = write!(w, "\t{}", x.span.of(text));
                }
                let _ = writeln!(w);
            }
        }
    }
}
