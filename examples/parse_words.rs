//! Print the dependency parse of sentences given on standard input, one per line,
//! words separated by spaces: `index word tag head relation`, CoNLL-U style.
//!
//! `echo "Kim met Putin ." | cargo run --release --example parse-words [-- MODEL.bin]`
//! (the embedded model unless a model file is given).

use std::io::BufRead;

use anyhow::Context;
use kg::nlp::{Parser, Tagger};

fn main() -> anyhow::Result<()> {
    let owned;
    let parser = match std::env::args().nth(1) {
        Some(path) => {
            let bytes = std::fs::read(&path).with_context(|| format!("reading {path}"))?;
            owned = Parser::from_bytes(&bytes)?;
            &owned
        }
        None => Parser::embedded(),
    };
    for line in std::io::stdin().lock().lines() {
        let line = line?;
        let words: Vec<&str> = line.split_whitespace().collect();
        let tags = Tagger::embedded().tag(&words);
        let arcs = parser.parse(&words, &tags);
        for (i, ((w, t), a)) in words.iter().zip(&tags).zip(&arcs).enumerate() {
            println!("{}\t{w}\t{}\t{}\t{}", i + 1, t.tag.as_str(), a.head, a.rel);
        }
        println!();
    }
    Ok(())
}
