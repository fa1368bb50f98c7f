//! Knowledge-graph view of the extraction stage: segments one document and prints,
//! per sentence, the triples whose arguments both name entities (the ones the graph
//! keeps), with their relation, negation and attribution.
//!
//! `cargo run --example extract_doc -- fixtures/beijing-parade.txt`

use kg::extract::extract_sentences;
use kg::text::{Document, segment};

fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: extract_doc ARTICLE.txt");
    let text = std::fs::read_to_string(&path).expect("readable input");
    let doc = Document { name: path, text };
    let sentences = segment(&doc.text);
    let analysed = kg::nlp::analyse(&doc, &sentences, kg::nlp::Tokenization::Words);
    for e in extract_sentences(&doc, analysed) {
        let t = &doc.text;
        let kg: Vec<_> = e
            .triples
            .iter()
            .filter(|x| x.subject.mention.is_some() && x.object.mention.is_some())
            .collect();
        if kg.is_empty() {
            continue;
        }
        println!(
            "[{}] {:?} {}",
            e.sentence.index,
            e.sentence.kind,
            e.sentence.text(t)
        );
        for x in kg {
            println!(
                "    {:.2} {:?} ({} | {} | {}){}{}",
                x.confidence,
                x.kind,
                x.subject.span.of(t),
                x.relation,
                x.object.span.of(t),
                if x.negated { " NEG" } else { "" },
                x.attribution
                    .as_ref()
                    .map(|a| format!(" <- {}", a.span.of(t)))
                    .unwrap_or_default()
            );
        }
    }
}
