//! Train the named-entity recogniser on CoNLL-2003.
//!
//! `cargo run --release --example train-ner -- --conll TRAIN.txt --dev VALID.txt
//! [--clusters CLUSTERS.txt] [--epochs N] -o OUT.bin` reads the training and
//! development splits, prints dev scores after every epoch and writes the model
//! (the one embedded in kg is `src/nlp/model/ner.bin`). `--clusters` reads a word
//! cluster table written by `ner-clusters`. For experiments, `KG_PRUNE`, `KG_DROP`,
//! `KG_RARE`, `KG_OUTSIDE` and `KG_HYPHEN_COPIES` (0/1) override the defaults of [`kg::nlp::ner::train::Options`].

use std::path::PathBuf;
use std::time::Instant;

use anyhow::{Context, bail};
use kg::nlp::ner::clusters;
use kg::nlp::ner::conll::read_conll;
use kg::nlp::ner::train::{Options, train};

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let (mut conll, mut dev, mut out, mut table) = (None, None, None, None);
    let mut opts = Options::default();
    while let Some(a) = args.next() {
        let mut value = || args.next().with_context(|| format!("{a} needs a value"));
        match a.as_str() {
            "--conll" => conll = Some(PathBuf::from(value()?)),
            "--dev" => dev = Some(PathBuf::from(value()?)),
            "-o" | "--out" => out = Some(PathBuf::from(value()?)),
            "--clusters" => table = Some(PathBuf::from(value()?)),
            "--epochs" => opts.epochs = value()?.parse().context("--epochs")?,
            _ => bail!("unknown argument {a}"),
        }
    }
    let (Some(conll), Some(dev), Some(out)) = (conll, dev, out) else {
        bail!(
            "usage: train-ner --conll TRAIN.txt --dev VALID.txt [--clusters FILE] [--epochs N] -o OUT.bin"
        );
    };
    if let Ok(v) = std::env::var("KG_PRUNE") {
        opts.prune = v.parse()?;
    }
    if let Ok(v) = std::env::var("KG_DROP") {
        opts.word_dropout = v.parse()?;
    }
    if let Ok(v) = std::env::var("KG_OUTSIDE") {
        opts.outside_min_count = v.parse()?;
    }
    if let Ok(v) = std::env::var("KG_HYPHEN_COPIES") {
        opts.kg_tokenized_copies = v == "1";
    }
    if let Ok(v) = std::env::var("KG_RARE") {
        opts.rare_count = v.parse()?;
    }
    let read = |p: &PathBuf| {
        std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()))
    };
    let train_docs = read_conll(&read(&conll)?);
    let dev_docs = read_conll(&read(&dev)?);
    let pairs = match &table {
        Some(p) => clusters::parse_table(&read(p)?).context("cluster table")?,
        None => Vec::new(),
    };
    let start = Instant::now();
    let model = train(&train_docs, &dev_docs, &pairs, &opts, &mut |line| {
        eprintln!("[{:6.1}s] {line}", start.elapsed().as_secs_f64())
    });
    std::fs::write(&out, &model).with_context(|| format!("writing {}", out.display()))?;
    eprintln!("wrote {} ({} bytes)", out.display(), model.len());
    Ok(())
}
