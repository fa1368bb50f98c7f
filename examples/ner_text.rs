//! Print the names the recogniser finds in a plain-text news article: the file is
//! split into sentences and words by kg's segmenter and tokenizer, tagged, and
//! recognised as one document; each sentence with names is printed with them as
//! `[CLASS/kind words]`. For looking at what the recogniser does:
//! `cargo run --release --example ner-text -- ARTICLE.txt`.

use anyhow::Context;
use kg::nlp::Tagger;
use kg::nlp::ner::Recogniser;
use kg::text::{segment, tokenize};

fn main() -> anyhow::Result<()> {
    let path = std::env::args()
        .nth(1)
        .context("usage: ner-text ARTICLE.txt")?;
    let text = std::fs::read_to_string(&path).with_context(|| format!("reading {path}"))?;
    let words: Vec<Vec<&str>> = segment(&text)
        .iter()
        .map(|s| {
            tokenize(&text, s.span)
                .iter()
                .map(|t| t.text(&text))
                .collect()
        })
        .filter(|w: &Vec<&str>| !w.is_empty())
        .collect();
    let tags: Vec<_> = words.iter().map(|w| Tagger::embedded().tag(w)).collect();
    let doc: Vec<(&[&str], &[_])> = words
        .iter()
        .zip(&tags)
        .map(|(w, t)| (w.as_slice(), t.as_slice()))
        .collect();
    for (w, spans) in words.iter().zip(Recogniser::embedded().recognise(&doc)) {
        if spans.is_empty() {
            continue;
        }
        let mut out = Vec::new();
        let mut at = 0;
        for s in &spans {
            out.extend(w[at..s.start].iter().map(|x| x.to_string()));
            out.push(format!(
                "[{}/{} {}]",
                s.class.as_str(),
                s.kind,
                w[s.start..s.end].join(" ")
            ));
            at = s.end;
        }
        out.extend(w[at..].iter().map(|x| x.to_string()));
        println!("{}", out.join(" "));
    }
    Ok(())
}
