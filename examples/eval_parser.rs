//! Measure the dependency parser: attachment scores and speed on a CoNLL-U split.
//!
//! `cargo run --release --example eval-parser -- TEST.conllu [MODEL.bin]
//! [--gold-tags] [--errors] [--write OUT.conllu] [--reverse [--keep-final-punct]]` parses the gold words with kg's own tags (from the embedded
//! tagger; `--gold-tags` uses the file's) and prints UAS and LAS (every word
//! counted, punctuation included; relations compared without their subtypes, and
//! also exactly), with `--errors` the words lost per gold relation (and with `--write`
//! writes the predicted trees, the tags it parsed with in XPOS), then the parser's own
//! single-thread speed in words per second
//! (tags computed beforehand; best of five rounds). `--reverse` scores a
//! right-to-left model (`train-parser --reverse`): each sentence is tagged left to
//! right, then parsed reversed (with `--keep-final-punct`, but for the words tagged
//! as punctuation at its end, as `train-parser` has it); as mirroring the heads maps right words to right
//! words, the scores are those of the mirrored-back trees (which `--write` writes). `KG_SPEED_PASSES=n` parses the
//! split exactly n times without timing (for cachegrind).

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Instant;

use anyhow::{Context, bail};
use kg::nlp::conllu;
use kg::nlp::parser::train::{Scores, file_tags};
use kg::nlp::{Parser, Tagger};

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let gold_tags = args.iter().any(|a| a == "--gold-tags");
    let reverse = args.iter().any(|a| a == "--reverse");
    let keep_punct = args.iter().any(|a| a == "--keep-final-punct");
    let mut keeps = Vec::new();
    let write = args
        .iter()
        .position(|a| a == "--write")
        .and_then(|i| args.get(i + 1));
    let paths: Vec<&String> = args
        .iter()
        .filter(|a| !a.starts_with("--") && Some(*a) != write)
        .collect();
    let Some(test) = paths.first() else {
        bail!("usage: eval-parser TEST.conllu [MODEL.bin] [--gold-tags]");
    };
    let mut sentences = conllu::read(&PathBuf::from(test))?;
    let owned;
    let parser = match paths.get(1) {
        Some(path) => {
            let bytes = std::fs::read(path).with_context(|| format!("reading {path}"))?;
            owned = Parser::from_bytes(&bytes)?;
            &owned
        }
        None => Parser::embedded(),
    };
    let mut tags: Vec<_> = if gold_tags {
        sentences.iter().map(file_tags).collect()
    } else {
        sentences
            .iter()
            .map(|s| Tagger::embedded().tag(&s.forms()))
            .collect()
    };
    if reverse {
        for (s, t) in sentences.iter_mut().zip(&mut tags) {
            let end = t.iter().rev().take_while(|t| t.tag.is_punct()).count();
            let keep = if keep_punct { end } else { 0 };
            *s = s.reversed(keep);
            let k = t.len() - keep;
            t[..k].reverse();
            keeps.push(keep);
        }
    }
    let forms: Vec<Vec<&str>> = sentences.iter().map(|s| s.forms()).collect();
    let mut scores = Scores::default();
    let mut by_rel: BTreeMap<&str, [usize; 3]> = BTreeMap::new();
    let mut out = Vec::new();
    let mut predicted = Vec::new();
    for (i, ((s, f), t)) in sentences.iter().zip(&forms).zip(&tags).enumerate() {
        parser.parse_into(f, t, &mut out);
        scores.add(s, &out);
        if write.is_some() {
            let mut p = s.clone();
            for ((w, a), tag) in p.words.iter_mut().zip(&out).zip(t) {
                (w.head, w.deprel, w.xpos) = (a.head, a.rel, tag.tag);
            }
            predicted.push(if reverse { p.reversed(keeps[i]) } else { p });
        }
        for (w, a) in s.words.iter().zip(&out) {
            let row = by_rel.entry(w.deprel.universal().as_str()).or_default();
            row[0] += 1;
            row[1] += usize::from(w.head != a.head);
            row[2] += usize::from(w.head == a.head && w.deprel.universal() != a.rel.universal());
        }
    }
    println!(
        "{} words, {} tags: UAS {:.2}%  LAS {:.2}%  (LAS with subtypes {:.2}%)",
        scores.words,
        if gold_tags { "gold" } else { "kg" },
        100.0 * scores.uas(),
        100.0 * scores.las(),
        100.0 * scores.exact_las()
    );
    if let Some(path) = write {
        std::fs::write(path, conllu::to_text(&predicted))
            .with_context(|| format!("writing {path}"))?;
    }
    if args.iter().any(|a| a == "--errors") {
        let mut rows: Vec<_> = by_rel.into_iter().collect();
        rows.sort_by_key(|(_, r)| std::cmp::Reverse(r[1] + r[2]));
        println!(
            "gold relation: words, wrong head, right head but wrong relation (share of all words lost)"
        );
        for (rel, [n, head, label]) in rows.iter().take(25) {
            let lost = 100.0 * (head + label) as f64 / scores.words.max(1) as f64;
            println!("{rel:>12} {n:>6} {head:>6} {label:>6}  {lost:.2}%");
        }
    }
    if let Some(n) = std::env::var("KG_SPEED_PASSES")
        .ok()
        .and_then(|v| v.parse().ok())
    {
        for _ in 0..n {
            for (f, t) in forms.iter().zip(&tags) {
                parser.parse_into(f, t, &mut out);
            }
        }
        return Ok(());
    }
    let (mut best_wall, mut best_cpu) = (0f64, 0f64);
    for _ in 0..5 {
        let (mut words, start, cpu_start) = (0usize, Instant::now(), cpu_nanos());
        while start.elapsed().as_secs_f64() < 0.6 {
            for (f, t) in forms.iter().zip(&tags) {
                parser.parse_into(f, t, &mut out);
                words += out.len();
            }
        }
        best_wall = best_wall.max(words as f64 / start.elapsed().as_secs_f64());
        if let (Some(a), Some(b)) = (cpu_start, cpu_nanos()) {
            best_cpu = best_cpu.max(words as f64 * 1e9 / (b.saturating_sub(a)).max(1) as f64);
        }
    }
    println!(
        "speed (parser alone, single thread, best of 5): {best_wall:.0} words/s wall clock, {best_cpu:.0} words/s of CPU time"
    );
    Ok(())
}

/// Nanoseconds this thread has run on a CPU (Linux).
fn cpu_nanos() -> Option<u64> {
    let text = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    text.split_whitespace().next()?.parse().ok()
}
