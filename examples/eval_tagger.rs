//! Measure the part-of-speech tagger: accuracy and speed on a CoNLL-U split.
//!
//! `cargo run --release --example eval-tagger -- TEST.conllu [MODEL.bin]` prints PTB
//! and UPOS accuracy of the embedded model (or of MODEL.bin) and its single-thread
//! speed in tokens per second, tagging the split repeatedly (best of five rounds);
//! it also checks [`lemma`] against the treebank's lemmas of verbs and nouns (gold
//! tags; `KG_SHOW_LEMMA_ERRORS=1` lists the disagreements). `KG_SHOW_CONFUSIONS=1`
//! prints the most frequent UPOS confusions with examples.

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
    if std::env::var_os("KG_SHOW_CONFUSIONS").is_some() {
        confusions(tagger, &sentences);
    }
    lemma_accuracy(&sentences);
    let forms: Vec<Vec<&str>> = sentences.iter().map(|s| s.forms()).collect();
    // `KG_SPEED_PASSES=n`: tag the split exactly n times, no timing (for cachegrind).
    if let Some(n) = std::env::var("KG_SPEED_PASSES")
        .ok()
        .and_then(|v| v.parse().ok())
    {
        let mut out = Vec::new();
        for _ in 0..n {
            for words in &forms {
                tagger.tag_into(words, &mut out);
            }
        }
        return Ok(());
    }
    // Best of five rounds, so that other work on a shared machine counts less.
    let mut out = Vec::new();
    let (mut best_wall, mut best_cpu) = (0f64, 0f64);
    for _ in 0..5 {
        let (mut tokens, start, cpu_start) = (0usize, Instant::now(), cpu_nanos());
        while start.elapsed().as_secs_f64() < 0.6 {
            for words in &forms {
                tagger.tag_into(words, &mut out);
                tokens += out.len();
            }
        }
        best_wall = best_wall.max(tokens as f64 / start.elapsed().as_secs_f64());
        if let (Some(a), Some(b)) = (cpu_start, cpu_nanos()) {
            best_cpu = best_cpu.max(tokens as f64 * 1e9 / (b.saturating_sub(a)).max(1) as f64);
        }
    }
    println!(
        "speed (single thread, best of 5): {best_wall:.0} tokens/s wall clock, {best_cpu:.0} tokens/s of CPU time"
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

/// The most frequent (gold, predicted) UPOS confusions, with a few words each.
fn confusions(tagger: &Tagger, sentences: &[conllu::Sentence]) {
    let mut counts: std::collections::BTreeMap<(&str, &str), (usize, Vec<String>)> =
        std::collections::BTreeMap::new();
    for s in sentences {
        for (w, t) in s.words.iter().zip(tagger.tag(&s.forms())) {
            if w.upos != t.upos {
                let e = counts
                    .entry((w.upos.as_str(), t.upos.as_str()))
                    .or_default();
                e.0 += 1;
                if e.1.len() < 12 {
                    e.1.push(w.form.clone());
                }
            }
        }
    }
    let mut ranked: Vec<_> = counts.into_iter().collect();
    ranked.sort_by_key(|(k, (n, _))| (std::cmp::Reverse(*n), *k));
    for ((gold, got), (n, words)) in ranked.iter().take(25) {
        println!("{n:5} {gold:>6} -> {got:<6} {}", words.join(" "));
    }
}

/// Nanoseconds this thread has run on a CPU (Linux), so that a busy machine does
/// not count against the tagger.
fn cpu_nanos() -> Option<u64> {
    let text = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    text.split_whitespace().next()?.parse().ok()
}
