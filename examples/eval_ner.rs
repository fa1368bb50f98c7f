//! Evaluate the named-entity recogniser on a CoNLL-2003 file.
//!
//! `cargo run --release --example eval-ner -- VALID.txt [MODEL.bin] [--errors] [--kg-tokens]`
//! tags the
//! sentences with kg's tagger (not timed), recognises every document with the
//! embedded model (or MODEL.bin) on one thread, and prints precision, recall and F1
//! per class and overall (exact span and class, as conlleval counts them) and the
//! recogniser's speed in words per second (best of five rounds, wall clock and CPU
//! time of the thread). `--errors` first lists the sentences with missed (`-`) or
//! wrong (`+`) spans. `--kg-tokens` splits hyphenated words as kg's tokenizer
//! does (`Anglo-Dutch` → `Anglo - Dutch`, names stretched over the pieces) before
//! evaluating.

use std::time::Instant;

use anyhow::Context;
use kg::nlp::Tagged;
use kg::nlp::ner::conll::{Sentence, evaluate, kg_tokenized_copies, read_conll, tag_documents};
use kg::nlp::ner::{NerClass, Recogniser};

fn main() -> anyhow::Result<()> {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let errors = args.iter().any(|a| a == "--errors");
    let kg_tokens = args.iter().any(|a| a == "--kg-tokens");
    args.retain(|a| a != "--errors" && a != "--kg-tokens");
    let path = args
        .first()
        .context("usage: eval-ner FILE.txt [MODEL.bin] [--errors] [--kg-tokens]")?;
    let mut docs =
        read_conll(&std::fs::read_to_string(path).with_context(|| format!("reading {path}"))?);
    if kg_tokens {
        for d in &mut docs {
            if let Some(copy) = kg_tokenized_copies(std::slice::from_ref(d)).pop() {
                *d = copy;
            }
        }
    }
    let owned;
    let rec = match args.get(1) {
        Some(m) => {
            owned = Recogniser::from_bytes(&std::fs::read(m)?)?;
            &owned
        }
        None => Recogniser::embedded(),
    };
    let tags = tag_documents(&docs);
    let scores = evaluate(rec, &docs, &tags);
    println!("class   gold  found  correct  precision  recall     F1");
    let rows = NerClass::ALL
        .iter()
        .map(|c| (c.as_str(), scores.classes[*c as usize]))
        .chain([("all", scores.all)]);
    for (name, c) in rows {
        println!(
            "{name:<5} {:>6} {:>6} {:>8}    {:>6.2}%  {:>6.2}%  {:>6.2}",
            c.gold,
            c.found,
            c.correct,
            100.0 * c.precision(),
            100.0 * c.recall(),
            100.0 * c.f1()
        );
    }
    if errors {
        print_errors(rec, &docs, &tags);
    }
    let forms: Vec<Vec<Vec<&str>>> = docs
        .iter()
        .map(|d| d.sentences.iter().map(Sentence::forms).collect())
        .collect();
    let inputs: Vec<Vec<(&[&str], &[Tagged])>> = forms
        .iter()
        .zip(&tags)
        .map(|(f, t)| {
            f.iter()
                .zip(t)
                .map(|(f, t)| (f.as_slice(), t.as_slice()))
                .collect()
        })
        .collect();
    let words: usize = forms.iter().flatten().map(Vec::len).sum();
    let (mut best, mut best_cpu) = (f64::MAX, f64::MAX);
    let mut found = 0usize;
    for _ in 0..5 {
        let (start, cpu) = (Instant::now(), thread_cpu_seconds());
        for doc in &inputs {
            found += rec.recognise(doc).iter().map(Vec::len).sum::<usize>();
        }
        best = best.min(start.elapsed().as_secs_f64());
        if let (Some(a), Some(b)) = (cpu, thread_cpu_seconds()) {
            best_cpu = best_cpu.min(b - a);
        }
    }
    println!(
        "{words} words, {:.0} words/s wall clock, {:.0} words/s of CPU time \
         (recogniser only, one thread, best of 5; {} spans)",
        words as f64 / best,
        words as f64 / best_cpu,
        found / 5
    );
    Ok(())
}

/// Print every sentence with a missed or wrong span: `-` gold spans not found,
/// `+` spans found but not gold.
fn print_errors(
    rec: &Recogniser,
    docs: &[kg::nlp::ner::conll::Document],
    tags: &[Vec<Vec<Tagged>>],
) {
    for (d, t) in docs.iter().zip(tags) {
        let forms: Vec<Vec<&str>> = d.sentences.iter().map(Sentence::forms).collect();
        let input: Vec<(&[&str], &[Tagged])> = forms
            .iter()
            .zip(t)
            .map(|(f, t)| (f.as_slice(), t.as_slice()))
            .collect();
        for ((s, f), found) in d.sentences.iter().zip(&forms).zip(rec.recognise(&input)) {
            let found: Vec<(usize, usize, NerClass)> =
                found.iter().map(|x| (x.start, x.end, x.class)).collect();
            let missed: Vec<_> = s.spans.iter().filter(|x| !found.contains(x)).collect();
            let wrong: Vec<_> = found.iter().filter(|x| !s.spans.contains(x)).collect();
            if missed.is_empty() && wrong.is_empty() {
                continue;
            }
            println!("{}", f.join(" "));
            for (sign, list) in [("-", missed), ("+", wrong)] {
                for &(a, b, c) in list {
                    println!("  {sign} {} {}", c.as_str(), f[a..b].join(" "));
                }
            }
        }
    }
}

/// CPU time of this thread so far (Linux `/proc/thread-self/schedstat`), if known.
fn thread_cpu_seconds() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}
