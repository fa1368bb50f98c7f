//! Build the lemma table `src/nlp/model/lemmas.txt` from WordNet 3.0.
//!
//! `cargo run --example build-lemmas -- /usr/share/wordnet src/nlp/model`
//! (Debian package `wordnet-base`) writes two files. `lemmas.txt` keeps what
//! Morphy-style lemmatisation needs: the irregular forms (`*.exc`), the verb lemmas,
//! and the few noun and adjective lemmas that decide between suffix rules.
//! `wordnet-pos.bin` is the tagger's word-class lexicon: every single-word lemma and
//! its regular and irregular inflections with their WordNet classes.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

use anyhow::{Context, bail};
use kg::nlp::tagger::lexicon::{self, Lexicon};

/// Single-word lemmas of one index file with their tagged-sense counts.
fn index(dir: &Path, pos: &str) -> anyhow::Result<BTreeMap<String, u32>> {
    let path = dir.join(format!("index.{pos}"));
    let text = std::fs::read_to_string(&path).with_context(|| path.display().to_string())?;
    let mut out = BTreeMap::new();
    for line in text.lines().filter(|l| !l.starts_with(' ')) {
        let f: Vec<&str> = line.split_whitespace().collect();
        let ptrs: usize = f
            .get(3)
            .and_then(|p| p.parse().ok())
            .context("pointer count")?;
        let tagged: u32 = f
            .get(5 + ptrs)
            .and_then(|c| c.parse().ok())
            .context("tagsense count")?;
        if f[0]
            .chars()
            .all(|c| c.is_ascii_lowercase() || c == '-' || c == '\'')
        {
            out.insert(f[0].to_string(), tagged);
        }
    }
    Ok(out)
}

/// Irregular forms: inflected form → base form (single words only); of several
/// bases, the most often sense-tagged one (`installed` → `install`, not `instal`).
fn exceptions(
    dir: &Path,
    pos: &str,
    lemmas: &BTreeMap<String, u32>,
) -> anyhow::Result<BTreeMap<String, String>> {
    let path = dir.join(format!("{pos}.exc"));
    let text = std::fs::read_to_string(&path).with_context(|| path.display().to_string())?;
    Ok(text
        .lines()
        .filter(|l| !l.contains('_'))
        .filter_map(|l| {
            let mut f = l.split_whitespace();
            let form = f.next()?;
            let mut best: Option<(&str, u32)> = None;
            for base in f {
                let count = lemmas.get(base).copied().unwrap_or(0);
                if best.is_none_or(|(_, c)| count > c) {
                    best = Some((base, count));
                }
            }
            Some((form.to_string(), best?.0.to_string()))
        })
        .filter(|(form, base)| form != base)
        .collect())
}

/// The noun lemmas a plural in `-s` could come from (as the runtime rules read it).
fn plural_sources(n: &str) -> Vec<String> {
    let mut out = vec![n[..n.len() - 1].to_string()];
    if let Some(stem) = n.strip_suffix("ies") {
        out.push(format!("{stem}y"));
    }
    if let Some(stem) = n.strip_suffix("es") {
        out.push(stem.to_string());
    }
    out
}

/// The single-word forms of a data file as written (`Beijing`, `big` for `big(a)`).
fn data_words(dir: &Path, pos: &str) -> anyhow::Result<BTreeSet<String>> {
    let path = dir.join(format!("data.{pos}"));
    let text = std::fs::read_to_string(&path).with_context(|| path.display().to_string())?;
    let mut out = BTreeSet::new();
    for line in text.lines().filter(|l| !l.starts_with(' ')) {
        let f: Vec<&str> = line.split(' ').collect();
        let n = usize::from_str_radix(f.get(3).context("word count")?, 16)?;
        for w in f.iter().skip(4).step_by(2).take(n) {
            let w = w.split('(').next().unwrap_or(w);
            if !w.contains('_') {
                out.insert(w.to_string());
            }
        }
    }
    Ok(out)
}

fn consonant_y(w: &str) -> Option<&str> {
    let stem = w.strip_suffix('y')?;
    (!stem.is_empty() && !stem.ends_with(['a', 'e', 'i', 'o', 'u'])).then_some(stem)
}

/// Regular `-s` form of a noun or verb.
fn s_form(w: &str) -> String {
    if let Some(stem) = consonant_y(w) {
        format!("{stem}ies")
    } else if ["s", "x", "z", "ch", "sh"].iter().any(|s| w.ends_with(s)) {
        format!("{w}es")
    } else {
        format!("{w}s")
    }
}

/// Regular `-ed` and `-ing` forms of a verb.
fn ed_ing_forms(w: &str) -> [String; 2] {
    let ed = if w.ends_with('e') {
        format!("{w}d")
    } else if let Some(stem) = consonant_y(w) {
        format!("{stem}ied")
    } else {
        format!("{w}ed")
    };
    let ing = if let Some(stem) = w.strip_suffix("ie") {
        format!("{stem}ying")
    } else if w.ends_with('e') && !["ee", "oe", "ye"].iter().any(|s| w.ends_with(s)) {
        format!("{}ing", &w[..w.len() - 1])
    } else {
        format!("{w}ing")
    };
    [ed, ing]
}

/// Regular comparative and superlative of a short adjective.
fn cmp_forms(w: &str) -> [String; 2] {
    if w.ends_with('e') {
        [format!("{w}r"), format!("{w}st")]
    } else if let Some(stem) = consonant_y(w) {
        [format!("{stem}ier"), format!("{stem}iest")]
    } else {
        [format!("{w}er"), format!("{w}est")]
    }
}

/// The word-class lexicon of the tagger.
fn word_classes(dir: &Path) -> anyhow::Result<Vec<u8>> {
    let mut entries: Vec<(String, u16)> = Vec::new();
    for w in data_words(dir, "noun")? {
        let proper = w.chars().any(|c| c.is_uppercase());
        let lower = w.to_lowercase();
        entries.push((s_form(&lower), lexicon::PLURAL));
        entries.push((
            lower,
            if proper {
                lexicon::PROPER
            } else {
                lexicon::NOUN
            },
        ));
    }
    for w in data_words(dir, "verb")? {
        let [ed, ing] = ed_ing_forms(&w);
        entries.push((s_form(&w), lexicon::VERB_S));
        entries.push((ed, lexicon::VERB_ED));
        entries.push((ing, lexicon::VERB_ING));
        entries.push((w, lexicon::VERB));
    }
    for w in data_words(dir, "adj")? {
        if w.len() <= 7 {
            for c in cmp_forms(&w) {
                entries.push((c, lexicon::ADJ_CMP));
            }
        }
        entries.push((w.to_lowercase(), lexicon::ADJ));
    }
    for w in data_words(dir, "adv")? {
        entries.push((w.to_lowercase(), lexicon::ADV));
    }
    for (pos, class) in [("noun", lexicon::PLURAL), ("adj", lexicon::ADJ_CMP)] {
        let path = dir.join(format!("{pos}.exc"));
        let text = std::fs::read_to_string(&path).with_context(|| path.display().to_string())?;
        for form in text.lines().filter_map(|l| l.split(' ').next()) {
            entries.push((form.to_string(), class));
        }
    }
    let path = dir.join("verb.exc");
    let text = std::fs::read_to_string(&path).with_context(|| path.display().to_string())?;
    for form in text.lines().filter_map(|l| l.split(' ').next()) {
        let class = if form.ends_with("ing") {
            lexicon::VERB_ING
        } else if form.ends_with('s') {
            lexicon::VERB_S
        } else {
            lexicon::VERB_ED
        };
        entries.push((form.to_string(), class));
    }
    entries.retain(|(w, _)| !w.contains('_'));
    Ok(Lexicon::encode(
        entries.iter().map(|(w, c)| (w.as_str(), *c)),
    ))
}

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() != 2 {
        bail!("usage: build-lemmas WORDNET_DIR MODEL_DIR");
    }
    let model_dir = Path::new(&args[1]);
    let dir = Path::new(&args[0]);
    let nouns = index(dir, "noun")?;
    let verbs = index(dir, "verb")?;
    let adjs = index(dir, "adj")?;
    let mut out = String::from(
        "# Lemma table of kg, derived from WordNet 3.0 (Princeton University; licence in\n\
         # WORDNET-LICENSE.txt). Generated by\n\
         # cargo run --example build-lemmas -- /usr/share/wordnet src/nlp/model\n",
    );
    let advs = index(dir, "adv")?;
    for (pos, lemmas) in [
        ("verb", &verbs),
        ("noun", &nouns),
        ("adj", &adjs),
        ("adv", &advs),
    ] {
        writeln!(out, "@exc.{pos}")?;
        for (form, base) in exceptions(dir, pos, lemmas)? {
            writeln!(out, "{form} {base}")?;
        }
    }
    writeln!(out, "@verb")?;
    for v in verbs.keys() {
        writeln!(out, "{v}")?;
    }
    // Nouns in -e after s, x, z, h, i, o: `houses` → `house`, not `hous`.
    writeln!(out, "@noun.e")?;
    let e_nouns: BTreeSet<&String> = nouns
        .keys()
        .filter(|n| {
            ["se", "xe", "ze", "he", "ie", "oe"]
                .iter()
                .any(|s| n.ends_with(s))
        })
        .collect();
    for n in &e_nouns {
        writeln!(out, "{n}")?;
    }
    // Nouns in -s that are their own lemma (`news`, `species`), unless a more
    // frequent noun explains them as a plural (`troops` → `troop`).
    writeln!(out, "@noun.s")?;
    for (n, &count) in nouns
        .iter()
        .filter(|(n, _)| n.ends_with('s') && !n.ends_with("ss"))
    {
        let plural = plural_sources(n)
            .iter()
            .any(|c| nouns.get(c).is_some_and(|&cc| cc >= count));
        if !plural && n.len() > 2 {
            writeln!(out, "{n}")?;
        }
    }
    // Adjectives in -e: `larger` → `large`.
    writeln!(out, "@adj.e")?;
    for a in adjs.keys().filter(|a| a.ends_with('e') && a.len() > 2) {
        writeln!(out, "{a}")?;
    }
    let path = model_dir.join("lemmas.txt");
    std::fs::write(&path, out).with_context(|| path.display().to_string())?;
    let path = model_dir.join("wordnet-pos.bin");
    std::fs::write(&path, word_classes(dir)?).with_context(|| path.display().to_string())?;
    Ok(())
}
