//! Measure the part-of-speech tagger: accuracy and speed on a CoNLL-U split.
//!
//! `cargo run --release --example eval-tagger -- TEST.conllu [MODEL.bin]` prints PTB
//! and UPOS accuracy of the embedded model (or of MODEL.bin) and its single-thread
//! speed in tokens per second, tagging the split repeatedly for about two seconds;
//! it also checks [`lemma`] against the treebank's lemmas of verbs and nouns (gold
//! tags; `KG_SHOW_LEMMA_ERRORS=1` lists the disagreements).

use std::path::PathBuf;
use std::time::Instant;

use anyhow::{Context, bail};
use kg::nlp::Tagger;
use kg::nlp::conllu;
use kg::nlp::lemma::lemma;
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
    lemma_accuracy(&sentences);
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

/// Agreement of `lemma` with the treebank on verbs and common nouns, given gold tags.
fn lemma_accuracy(sentences: &[conllu::Sentence]) {
    let show = std::env::var_os("KG_SHOW_LEMMA_ERRORS").is_some();
    let (mut n, mut right) = (0usize, 0usize);
    for w in sentences.iter().flat_map(|s| &s.words) {
        if !(w.xpos.is_verb() || matches!(w.xpos, kg::nlp::Tag::NN | kg::nlp::Tag::NNS)) {
            continue;
        }
        n += 1;
        let got = lemma(&w.form, w.xpos);
        if got.as_ref() == w.lemma.to_lowercase() {
            right += 1;
        } else if show {
            println!("{}\t{}\t{}\t{}", w.form, w.xpos.as_str(), w.lemma, got);
        }
    }
    println!(
        "lemmas of {n} verbs and nouns (gold tags): {:.2}% as in the treebank",
        100.0 * right as f64 / n.max(1) as f64
    );
}
