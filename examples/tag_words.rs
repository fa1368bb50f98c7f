//! Tag pre-tokenised sentences: one sentence per line on stdin, words separated by
//! spaces; prints `word/PTB/UPOS` per word. For looking at what the tagger does:
//! `echo "Kim Jong Un met Putin ." | cargo run --example tag-words`.

use std::io::{BufRead, Write};

use kg::nlp::Tagger;
use kg::nlp::lemma::lemma;

fn main() -> anyhow::Result<()> {
    let tagger = Tagger::embedded();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for line in std::io::stdin().lock().lines() {
        let line = line?;
        let words: Vec<&str> = line.split_whitespace().collect();
        let tags = tagger.tag(&words);
        let shown: Vec<String> = words
            .iter()
            .zip(&tags)
            .map(|(w, t)| {
                let l = lemma(w, t.tag);
                let l = if l == w.to_lowercase() {
                    String::new()
                } else {
                    format!("[{l}]")
                };
                format!("{w}/{}/{}{l}", t.tag.as_str(), t.upos.as_str())
            })
            .collect();
        writeln!(out, "{}", shown.join(" "))?;
    }
    Ok(())
}
