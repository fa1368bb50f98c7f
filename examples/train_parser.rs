//! Train the dependency parser on UD English treebanks.
//!
//! `cargo run --release --example train-parser -- TRAIN.conllu [TRAIN2.conllu ...]
//! --dev DEV.conllu -o OUT.bin [--epochs N] [--jackknife FILE.conllu] [--folds K]
//! [--tags embedded|file] [--write-tagged FILE] [--reverse [--keep-final-punct]]` reads the training files, gives
//! their words the tags the parser will see at run time, trains, prints dev scores
//! after every epoch (dev parsed with kg's own tagger) and writes the model (the one
//! embedded in kg is `src/nlp/model/parser.bin`).
//!
//! Tags: by default (`--tags embedded`) kg's shipped tagger tags the training
//! files, except the one named by `--jackknife` (one of the training files, the one
//! the shipped tagger was trained on: its tags there would be too good): kg's
//! tagger is retrained K times (5) on all of that file but one K-th, which it then
//! tags, so that its tags are as wrong as on unseen text. `--tags file` keeps the
//! XPOS/UPOS columns instead (gold tags, or tags written earlier by
//! `--write-tagged`, which saves the tagged training set as CoNLL-U).
//! `--reverse` trains a right-to-left parser: every training and dev sentence is
//! reversed after tagging ([`kg::nlp::conllu::Sentence::reversed`]: words and tags
//! in reverse order, heads mirrored; with `--keep-final-punct`, the words tagged as
//! punctuation at the end stay there), so the model parses reversed sentences (the
//! second parser of tri-training, `examples/tri_parse.rs`; `eval-parser --reverse`
//! scores it). `--write-tagged` still writes the sentences left to right.
//! `KG_EXPLORE`, `KG_EXPLORE_FROM`, `KG_PRUNE`, `KG_PRUNE_LABELS` and `KG_SEED`
//! (the seed of the shuffle and the exploration, to see the run-to-run noise)
//! override the defaults of [`kg::nlp::parser::train::Options`]. Deterministic: the same inputs
//! give the same bytes.

use std::path::PathBuf;
use std::time::Instant;

use anyhow::{Context, bail};
use kg::nlp::conllu::{self, Sentence};
use kg::nlp::parser::train::file_tags;
use kg::nlp::parser::train::{Options, train};
use kg::nlp::tagger::train as tagger_train;
use kg::nlp::{Tagged, Tagger};

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let (mut files, mut dev, mut out, mut tags, mut folds, mut write) =
        (Vec::new(), None, None, "embedded".to_string(), 5usize, None);
    let mut jackknifed = None;
    let (mut reverse, mut keep_punct) = (false, false);
    let mut opts = Options::default();
    while let Some(a) = args.next() {
        let mut value = |name: &str| args.next().with_context(|| format!("{name} needs a value"));
        match a.as_str() {
            "--dev" => dev = Some(value("--dev")?),
            "-o" => out = Some(value("-o")?),
            "--epochs" => opts.epochs = value("--epochs")?.parse()?,
            "--tags" => tags = value("--tags")?,
            "--folds" => folds = value("--folds")?.parse()?,
            "--jackknife" => jackknifed = Some(value("--jackknife")?),
            "--write-tagged" => write = Some(value("--write-tagged")?),
            "--reverse" => reverse = true,
            "--keep-final-punct" => keep_punct = true,
            _ if a.starts_with('-') => bail!("unknown option {a}"),
            _ => files.push(a),
        }
    }
    let (Some(dev), Some(out)) = (dev, out) else {
        bail!("usage: train-parser TRAIN.conllu [...] --dev DEV.conllu -o OUT.bin");
    };
    if files.is_empty() {
        bail!("no training file");
    }
    if let Ok(v) = std::env::var("KG_EXPLORE") {
        opts.explore = v.parse()?;
    }
    if let Ok(v) = std::env::var("KG_EXPLORE_FROM") {
        opts.explore_from = v.parse()?;
    }
    if let Ok(v) = std::env::var("KG_PRUNE") {
        opts.prune = v.parse()?;
    }
    if let Ok(v) = std::env::var("KG_PRUNE_LABELS") {
        opts.prune_labels = v.parse()?;
    }
    if let Ok(v) = std::env::var("KG_SEED") {
        opts.seed = v.parse()?;
    }
    let start = Instant::now();
    let mut log = |line: &str| eprintln!("[{:7.1}s] {line}", start.elapsed().as_secs_f64());
    let mut train_set = Vec::new();
    if let Some(j) = &jackknifed
        && !files.contains(j)
    {
        bail!("--jackknife {j} is not one of the training files");
    }
    for f in &files {
        let mut part = conllu::read(&PathBuf::from(f))?;
        match tags.as_str() {
            "file" => {}
            "embedded" if jackknifed.as_ref() == Some(f) => jackknife(&mut part, folds, &mut log)?,
            "embedded" => retag(&mut part, Tagger::embedded()),
            t => bail!("unknown --tags {t}"),
        }
        train_set.extend(part);
    }
    let mut dev_set = conllu::read(&PathBuf::from(&dev))?;
    log(&format!(
        "{} training sentences, {} dev sentences; tags: {tags}{}",
        train_set.len(),
        dev_set.len(),
        if reverse { "; reversed" } else { "" }
    ));
    if let Some(path) = write {
        std::fs::write(&path, conllu::to_text(&train_set))
            .with_context(|| format!("writing {path}"))?;
    }
    let mut dev_tags: Vec<_> = dev_set
        .iter()
        .map(|s| Tagger::embedded().tag(&s.forms()))
        .collect();
    if reverse {
        // Tagged left to right, as at run time; then read right to left.
        let keep = |tags: &[Tagged]| {
            let end = tags.iter().rev().take_while(|t| t.tag.is_punct()).count();
            if keep_punct { end } else { 0 }
        };
        for s in &mut train_set {
            *s = s.reversed(keep(&file_tags(s)));
        }
        for (s, t) in dev_set.iter_mut().zip(&mut dev_tags) {
            let keep = keep(t);
            *s = s.reversed(keep);
            let k = t.len() - keep;
            t[..k].reverse();
        }
    }
    let model = train(&train_set, &dev_set, &dev_tags, &opts, &mut log);
    std::fs::write(&out, &model).with_context(|| format!("writing {out}"))?;
    log(&format!("wrote {out} ({} bytes)", model.len()));
    Ok(())
}

/// Replace the tags of `sentences` by `tagger`'s.
fn retag(sentences: &mut [Sentence], tagger: &Tagger) {
    for s in sentences {
        let tags = tagger.tag(&s.forms());
        for (w, t) in s.words.iter_mut().zip(tags) {
            w.xpos = t.tag;
            w.upos = t.upos;
        }
    }
}

/// Tag each of `folds` parts of `sentences` (sentence `i` is in part `i % folds`)
/// with a tagger trained on the other parts.
fn jackknife(
    sentences: &mut [Sentence],
    folds: usize,
    log: &mut dyn FnMut(&str),
) -> anyhow::Result<()> {
    if folds < 2 {
        bail!("--folds must be at least 2");
    }
    let (mut right, mut total) = (0usize, 0usize);
    for fold in 0..folds {
        let rest: Vec<Sentence> = sentences
            .iter()
            .enumerate()
            .filter(|(i, _)| i % folds != fold)
            .map(|(_, s)| s.clone())
            .collect();
        log(&format!("jackknife: training tagger {}/{folds}", fold + 1));
        let opts = tagger_train::Options::default();
        let bytes = tagger_train::train(&rest, &[], &opts, &mut |_| {});
        let tagger = Tagger::from_bytes(&bytes)?;
        for s in sentences.iter_mut().skip(fold).step_by(folds) {
            let tags = tagger.tag(&s.forms());
            for (w, t) in s.words.iter_mut().zip(tags) {
                total += 1;
                right += usize::from(w.xpos == t.tag);
                w.xpos = t.tag;
                w.upos = t.upos;
            }
        }
    }
    log(&format!(
        "jackknifed tags: PTB accuracy {:.2}%",
        100.0 * right as f64 / total.max(1) as f64
    ));
    Ok(())
}
