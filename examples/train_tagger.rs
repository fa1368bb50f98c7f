//! Train the part-of-speech tagger on UD English EWT.
//!
//! `cargo run --release --example train-tagger -- TRAIN.conllu DEV.conllu OUT.bin [EPOCHS]`
//! reads the training and development splits, prints dev accuracy after every
//! epoch and writes the model (the one embedded in kg is `src/nlp/model/tagger.bin`).
//! For experiments, `KG_RARE`, `KG_DROP`, `KG_DICT_MIN`, `KG_DICT_SHARE`, `KG_PRUNE`,
//! `KG_KEEP`, `KG_FOLDS` and `KG_TWO_PASS` (0/1) override the defaults of
//! [`kg::nlp::tagger::train::Options`].

use std::path::PathBuf;
use std::time::Instant;

use anyhow::{Context, bail};
use kg::nlp::conllu;
use kg::nlp::tagger::train::{Options, train};

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 3 {
        bail!("usage: train-tagger TRAIN.conllu DEV.conllu OUT.bin [EPOCHS]");
    }
    let train_set = conllu::read(&PathBuf::from(&args[0]))?;
    let dev_set = conllu::read(&PathBuf::from(&args[1]))?;
    let mut opts = Options::default();
    if let Some(e) = args.get(3) {
        opts.epochs = e.parse().context("EPOCHS must be a number")?;
    }
    if let Ok(v) = std::env::var("KG_RARE") {
        opts.rare_count = v.parse()?;
    }
    if let Ok(v) = std::env::var("KG_DROP") {
        opts.word_dropout = v.parse()?;
    }
    if let Ok(v) = std::env::var("KG_DICT_MIN") {
        opts.dict_min_count = v.parse()?;
    }
    if let Ok(v) = std::env::var("KG_DICT_SHARE") {
        opts.dict_min_share = v.parse()?;
    }
    if let Ok(v) = std::env::var("KG_TWO_PASS") {
        opts.two_pass = v == "1";
    }
    if let Ok(v) = std::env::var("KG_FOLDS") {
        opts.folds = v.parse()?;
    }
    if let Ok(v) = std::env::var("KG_KEEP") {
        opts.keep = v.parse()?;
    }
    if let Ok(v) = std::env::var("KG_PRUNE") {
        opts.prune = v.parse()?;
    }
    let start = Instant::now();
    let model = train(&train_set, &dev_set, &opts, &mut |line| {
        eprintln!("[{:6.1}s] {line}", start.elapsed().as_secs_f64())
    });
    std::fs::write(&args[2], &model).with_context(|| format!("writing {}", args[2]))?;
    eprintln!("wrote {} ({} bytes)", args[2], model.len());
    Ok(())
}
