//! Debug view of mention finding: for each line of standard input (one
//! sentence per line), the tagged words, the finder's mentions, the
//! recogniser's spans and the mentions the analysis keeps once both are
//! reconciled, each as `[span|name|kind|form <title of owner>]`. For seeing
//! which stage finds, drops or retypes a name:
//! `echo 'Fed Chairman Paul Volcker said...' | cargo run --release --example mentions-debug`.

use kg::nlp::Tagger;
use kg::nlp::mentions::find_mentions;
use kg::nlp::ner::Recogniser;
use kg::text::{Document, Sentence, SentenceKind, Span, tokenize};
/// One mention as `[span|name|kind|form <title of owner>]`.
fn show(text: &str, m: &kg::nlp::Mention) -> String {
    let role = m
        .role
        .as_ref()
        .map(|r| {
            format!(
                " <{} of {}>",
                r.title,
                r.of.map_or("-".into(), |s: Span| s.of(text).to_string())
            )
        })
        .unwrap_or_default();
    format!(
        "[{}|{}|{:?}|{:?}{}]",
        m.span.of(text),
        m.name.of(text),
        m.kind,
        m.form,
        role
    )
}
fn main() {
    let input = std::io::read_to_string(std::io::stdin()).unwrap();
    for line in input.lines().filter(|l| !l.trim().is_empty()) {
        let text = line.to_string();
        let s = Sentence {
            index: 0,
            span: Span::new(0, text.len()),
            kind: SentenceKind::Body,
        };
        let tokens = tokenize(&text, s.span);
        let words: Vec<&str> = tokens.iter().map(|t| t.text(&text)).collect();
        let tags = Tagger::embedded().tag(&words);
        println!("== {}", line);
        println!(
            "  tags: {}",
            words
                .iter()
                .zip(&tags)
                .map(|(w, t)| format!("{}/{:?}", w, t.tag))
                .collect::<Vec<_>>()
                .join(" ")
        );
        let found = find_mentions(&text, &s, &tokens, &tags);
        println!(
            "  finder: {}",
            found
                .iter()
                .map(|m| show(&text, m))
                .collect::<Vec<_>>()
                .join(" ")
        );
        let ner = Recogniser::embedded().recognise_sentence(&words, &tags);
        println!(
            "  ner: {}",
            ner.iter()
                .map(|n| format!("[{}|{:?}]", words[n.start..n.end].join(" "), n.kind))
                .collect::<Vec<_>>()
                .join(" ")
        );
        let doc = Document {
            name: "x".into(),
            text: text.clone(),
        };
        let an = kg::nlp::analyse(&doc, &[s], kg::nlp::Tokenization::Words);
        println!(
            "  final: {}",
            an[0]
                .mentions
                .iter()
                .map(|m| show(&text, m))
                .collect::<Vec<_>>()
                .join(" ")
        );
    }
}
