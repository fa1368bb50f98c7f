//! Measure the part-of-speech tagger: accuracy and speed on a CoNLL-U split.
//!
//! `cargo run --release --example eval-tagger -- TEST.conllu [MODEL.bin]` prints PTB
//! and UPOS accuracy of the embedded model (or of MODEL.bin) and its single-thread
//! speed in tokens per second, tagging the split repeatedly for about two seconds.

use std::path::PathBuf;
use std::time::Instant;

use anyhow::{Context, bail};
use kg::nlp::Tagger;
use kg::nlp::conllu;
use kg::nlp::tagger::train::evaluate;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(test) = args.first() else {
        bail!("usage: eval-tagger TEST.conllu [MODEL.bin]");
    };
    let sentences = conllu::read(&PathBuf::from(test))?;
    let owned;
    let tagger = match args.get(1) {
        Some(path) => {
            let bytes = std::fs::read(path).with_context(|| format!("reading {path}"))?;
            owned = Tagger::from_bytes(&bytes)?;
            &owned
        }
        None => Tagger::embedded(),
    };
    let acc = evaluate(tagger, &sentences);
    println!(
        "{} tokens: PTB {:.2}%  UPOS {:.2}%",
        acc.tokens,
        acc.tag_percent(),
        acc.upos_percent()
    );
    let forms: Vec<Vec<&str>> = sentences.iter().map(|s| s.forms()).collect();
    let mut out = Vec::new();
    let (mut tokens, start) = (0usize, Instant::now());
    while start.elapsed().as_secs_f64() < 2.0 {
        for words in &forms {
            tagger.tag_into(words, &mut out);
            tokens += out.len();
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "speed: {:.0} tokens/s (single thread)",
        tokens as f64 / secs
    );
    Ok(())
}
