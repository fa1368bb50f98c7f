//! Learn the word clusters of the named-entity recogniser from unlabelled news.
//!
//! `cargo run --release --example ner-clusters -- --reuters DIR [--conll TRAIN.txt]
//! [--min-count N] -o CLUSTERS.txt` tokenizes every file of DIR (sorted by name)
//! with kg's tokenizer, adds the words of a CoNLL-2003 file, clusters the words
//! seen at least N times (default 3) with the exchange algorithm at 64 and 512
//! classes and writes the table (`bits \t word \t count`), which `train-ner
//! --clusters` reads. Deterministic: the same input gives the same bytes.

use std::path::PathBuf;
use std::time::Instant;

use anyhow::{Context, bail};
use kg::nlp::ner::exchange::{Settings, table};
use kg::text::{Span, tokenize};

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let (mut reuters, mut conll, mut out) = (None, None, None);
    let mut min_count = 3u64;
    let (mut coarse, mut fine) = (64usize, 512usize);
    let mut passes = 8usize;
    while let Some(a) = args.next() {
        let mut value = || args.next().with_context(|| format!("{a} needs a value"));
        match a.as_str() {
            "--reuters" => reuters = Some(PathBuf::from(value()?)),
            "--conll" => conll = Some(PathBuf::from(value()?)),
            "--min-count" => min_count = value()?.parse()?,
            "--coarse" => coarse = value()?.parse()?,
            "--fine" => fine = value()?.parse()?,
            "--passes" => passes = value()?.parse()?,
            "-o" | "--out" => out = Some(PathBuf::from(value()?)),
            _ => bail!("unknown argument {a}"),
        }
    }
    let (Some(reuters), Some(out)) = (reuters, out) else {
        bail!("usage: ner-clusters --reuters DIR [--conll TRAIN.txt] [--min-count N] -o OUT.txt");
    };
    let mut files: Vec<PathBuf> = std::fs::read_dir(&reuters)?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    files.sort();
    let mut texts = Vec::with_capacity(files.len() + 1);
    for f in &files {
        texts.push(std::fs::read_to_string(f).with_context(|| format!("reading {}", f.display()))?);
    }
    let mut tokens: Vec<&str> = Vec::new();
    for text in &texts {
        for t in tokenize(text, Span::new(0, text.len())) {
            tokens.push(&text[t.span.start..t.span.end]);
        }
    }
    let conll_text = match &conll {
        Some(p) => {
            std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()))?
        }
        None => String::new(),
    };
    tokens.extend(
        conll_text
            .lines()
            .filter_map(|l| l.split_whitespace().next())
            .filter(|w| *w != "-DOCSTART-"),
    );
    let start = Instant::now();
    let settings = |classes| Settings { classes, passes };
    let text = table(
        &tokens,
        min_count,
        settings(coarse),
        settings(fine),
        &mut |line| eprintln!("[{:6.1}s] {line}", start.elapsed().as_secs_f64()),
    );
    std::fs::write(&out, text).with_context(|| format!("writing {}", out.display()))?;
    eprintln!("wrote {}", out.display());
    Ok(())
}
