//! Parse unlabelled text with two different parsers and keep the sentences they
//! agree on, as extra training data for the parser (tri-training, or
//! agreement-based self-training: Li, Zhang & Chen 2014; Weiss et al. 2015).
//!
//! `cargo run --release --example tri-parse -- IN.conllu R2L.bin -o OUT.conllu
//! [--l2r MODEL.bin] [--keep-final-punct] [--heads-only] [--share F] [--min N] [--max N]`
//! reads the sentences of `IN.conllu` as
//! kg tokenizes, splits and tags them at run time (the output of
//! `kg extract --format conllu`: FORM and the tags in XPOS/UPOS are read, kg's
//! repaired trees are not), parses each one left to right with kg's embedded parser
//! (or `--l2r`) and right to left with `R2L.bin` (a model trained by
//! `train-parser --reverse`: the sentence and its tags are reversed, the heads of
//! its parse mirrored back; `--keep-final-punct` for a model trained with that
//! option), and writes to `OUT.conllu` the sentences whose two
//! parses have every head and relation (subtype included) the same, with kg's tags
//! and the agreed tree (with `--heads-only`, every head the same, and the left-to-right
//! parse's relations; with `--share F`, at least that share of the words the same,
//! and the left-to-right tree: `--share 0` is plain self-training).
//!
//! Only plain running-text sentences are tried: `--min`–`--max` words (5–60), the
//! first word capitalised (or a quote, bracket or number), the last a full stop,
//! question or exclamation mark (perhaps followed by a closing quote or bracket),
//! at most 30 % of the words numbers, and at most 30 % of the longer words in
//! capitals (headlines, table and list lines fail one of these). A sentence whose
//! words were seen before is tried once. Prints how many sentences and words were
//! read, kept by the filter, unique and agreed. Deterministic.

use std::collections::HashSet;
use std::path::PathBuf;

use anyhow::{Context, bail};
use kg::nlp::Parser;
use kg::nlp::conllu::{self, Sentence, mirror};
use kg::nlp::parser::train::file_tags;
use kg::nlp::tags::Tag;

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let (mut paths, mut out, mut l2r, mut min, mut max) = (Vec::new(), None, None, 5, 60);
    let (mut keep_punct, mut heads_only, mut share) = (false, false, 1.0f64);
    while let Some(a) = args.next() {
        let mut value = |name: &str| args.next().with_context(|| format!("{name} needs a value"));
        match a.as_str() {
            "-o" => out = Some(value("-o")?),
            "--l2r" => l2r = Some(value("--l2r")?),
            "--keep-final-punct" => keep_punct = true,
            "--heads-only" => heads_only = true,
            "--share" => share = value("--share")?.parse()?,
            "--min" => min = value("--min")?.parse()?,
            "--max" => max = value("--max")?.parse()?,
            _ if a.starts_with('-') => bail!("unknown option {a}"),
            _ => paths.push(a),
        }
    }
    let ([input, r2l], Some(out)) = (paths.as_slice(), out) else {
        bail!("usage: tri-parse IN.conllu R2L.bin -o OUT.conllu [--l2r MODEL.bin]");
    };
    let load = |path: &str| -> anyhow::Result<Parser> {
        let bytes = std::fs::read(path).with_context(|| format!("reading {path}"))?;
        Ok(Parser::from_bytes(&bytes)?)
    };
    let owned = l2r.as_deref().map(load).transpose()?;
    let forward = owned.as_ref().unwrap_or_else(|| Parser::embedded());
    let backward = load(r2l)?;

    let sentences = conllu::read(&PathBuf::from(input))?;
    let mut seen = HashSet::new();
    let (mut read, mut kept, mut unique) = ([0usize; 2], [0; 2], [0; 2]);
    let (mut agreed, mut tree_agreed) = ([0; 2], [0; 2]);
    let (mut heads_same, mut agreed_set) = (0usize, Vec::new());
    let (mut left, mut right) = (Vec::new(), Vec::new());
    for s in &sentences {
        let n = s.words.len();
        read[0] += 1;
        read[1] += n;
        if !(min..=max).contains(&n) || !running_text(s) {
            continue;
        }
        kept[0] += 1;
        kept[1] += n;
        if !seen.insert(s.forms().join(" ")) {
            continue;
        }
        unique[0] += 1;
        unique[1] += n;
        let tags = file_tags(s);
        forward.parse_into(&s.forms(), &tags, &mut left);
        let end = tags.iter().rev().take_while(|t| t.tag.is_punct()).count();
        let keep = if keep_punct { end } else { 0 };
        let reversed = s.reversed(keep);
        let mut rtags = tags.clone();
        rtags[..n - keep].reverse();
        backward.parse_into(&reversed.forms(), &rtags, &mut right);
        // Mirror the right-to-left parse back (word i is word mirror(i) there).
        let (mut same, mut same_heads) = (0, 0);
        for (i, l) in left.iter().enumerate() {
            let r = right[mirror(i as u32 + 1, n - keep) as usize - 1];
            let head = mirror(r.head, n - keep);
            same_heads += usize::from(l.head == head);
            same += usize::from(l.head == head && l.rel == r.rel);
        }
        heads_same += same_heads;
        if same_heads == n {
            tree_agreed[0] += 1;
            tree_agreed[1] += n;
        }
        if same == n {
            agreed[0] += 1;
            agreed[1] += n;
        }
        let agree = if heads_only { same_heads } else { same };
        if (agree as f64) < share * n as f64 {
            continue;
        }
        let mut t = s.clone();
        for (w, a) in t.words.iter_mut().zip(&left) {
            (w.head, w.deprel) = (a.head, a.rel);
        }
        agreed_set.push(t);
    }
    std::fs::write(&out, conllu::to_text(&agreed_set)).with_context(|| format!("writing {out}"))?;
    println!("written: {} sentences", agreed_set.len());
    let percent = |a: [usize; 2]| 100.0 * a[1] as f64 / read[1].max(1) as f64;
    println!("read:   {:>7} sentences, {:>8} words", read[0], read[1]);
    let rows = [
        ("kept", kept),
        ("unique", unique),
        ("agreed", agreed),
        ("same heads", tree_agreed),
    ];
    for (name, c) in rows {
        println!(
            "{name}: {:>7} sentences, {:>8} words ({:.1}% of the words read)",
            c[0],
            c[1],
            percent(c)
        );
    }
    println!(
        "same head in both parses: {:.2}% of the unique sentences' words",
        100.0 * heads_same as f64 / unique[1].max(1) as f64
    );
    Ok(())
}

/// Whether a sentence looks like running text: capitalised start, final
/// punctuation, few numbers, few words in capitals.
fn running_text(s: &Sentence) -> bool {
    let words = &s.words;
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    let opens = |c: char| c.is_uppercase() || c.is_ascii_digit() || "\"'`([".contains(c);
    if !first.form.chars().next().is_some_and(opens) {
        return false;
    }
    let closing = |f: &str| matches!(f, "\"" | "''" | "'" | ")" | "]" | "'s");
    let end = words
        .iter()
        .rev()
        .find(|w| !closing(&w.form))
        .unwrap_or(last);
    if !matches!(end.form.as_str(), "." | "?" | "!") {
        return false;
    }
    let n = words.len();
    let numbers = words
        .iter()
        .filter(|w| w.xpos == Tag::CD || w.form.chars().any(|c| c.is_ascii_digit()))
        .count();
    let long: Vec<&str> = words
        .iter()
        .map(|w| w.form.as_str())
        .filter(|f| f.chars().filter(|c| c.is_alphabetic()).count() > 3)
        .collect();
    let capitals = long
        .iter()
        .filter(|f| !f.chars().any(|c| c.is_lowercase()))
        .count();
    10 * numbers <= 3 * n && 10 * capitals <= 3 * long.len().max(1)
}
