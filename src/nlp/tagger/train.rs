//! Training and evaluation of the tagger: CoNLL-U sentences in, a model file
//! (bytes for [`Tagger::from_bytes`]) and accuracy figures out.
//!
//! An averaged perceptron (Collins 2002) is trained greedily left to right, with the
//! previous tags as the model itself predicted them, on the joint (PTB, UPOS) label.
//! Averaged weights are pruned and quantised to `i16` so the model stays small.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::features::{N_FEATURES, WORD_IDENTITY, WORD_KEY, WordInfo, dict_key};
use super::{MAGIC, Tagger, Weights, walk, word_infos};
use crate::nlp::conllu::Sentence;
use crate::nlp::tags::Tagged;

/// Training settings.
#[derive(Debug, Clone)]
pub struct Options {
    /// Passes over the training sentences.
    pub epochs: usize,
    /// A word enters the tag dictionary when seen this often …
    pub dict_min_count: u32,
    /// … with this share of its occurrences under one label.
    pub dict_min_share: f64,
    /// Averaged weights smaller than this (in absolute value) are dropped.
    pub prune: f32,
    /// At most this many classes keep a weight for one feature (the largest).
    pub keep: usize,
    /// Labels seen fewer times are folded into the nearest frequent label.
    pub min_label_count: u32,
    /// Words seen at most this often in training …
    pub rare_count: u32,
    /// … lose their word-identity features with this probability on each pass.
    pub word_dropout: f64,
    /// Run a right-to-left pass first (see the module documentation).
    pub two_pass: bool,
    /// Folds of the jackknife that gives the training set its first-pass tags.
    pub folds: usize,
    /// Seed of the sentence shuffle.
    pub seed: u64,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            epochs: 10,
            dict_min_count: 10,
            dict_min_share: 0.99,
            prune: 0.85,
            keep: 255,
            min_label_count: 5,
            rare_count: 1,
            word_dropout: 0.7,
            two_pass: true,
            folds: 5,
            seed: 0x5EED,
        }
    }
}

/// Token accuracy of a tagger on gold sentences.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Accuracy {
    pub tokens: usize,
    /// Tokens whose PTB tag is right.
    pub tag: usize,
    /// Tokens whose UPOS tag is right.
    pub upos: usize,
}

impl Accuracy {
    pub fn tag_percent(&self) -> f64 {
        100.0 * self.tag as f64 / self.tokens.max(1) as f64
    }
    pub fn upos_percent(&self) -> f64 {
        100.0 * self.upos as f64 / self.tokens.max(1) as f64
    }
}

/// Tag `sentences` with `tagger` and count the right tags.
pub fn evaluate(tagger: &Tagger, sentences: &[Sentence]) -> Accuracy {
    let mut acc = Accuracy::default();
    let mut out = Vec::new();
    for s in sentences {
        tagger.tag_into(&s.forms(), &mut out);
        for (w, t) in s.words.iter().zip(&out) {
            acc.tokens += 1;
            acc.tag += usize::from(w.xpos == t.tag);
            acc.upos += usize::from(w.upos == t.upos);
        }
    }
    acc
}

#[derive(Default)]
struct KeyHasher(u64);

impl Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_u32(&mut self, n: u32) {
        self.0 = u64::from(n).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

type KeyMap<V> = HashMap<u32, V, BuildHasherDefault<KeyHasher>>;

/// Quantised weights of one pass: feature key → (class, weight) run, by key.
type PassWeights = Vec<(u32, Vec<(u8, i16)>)>;

#[derive(Clone, Copy)]
struct Weight {
    class: u8,
    w: f32,
    total: f64,
    stamp: u64,
}

/// The averaged perceptron being trained.
struct Perceptron {
    index: KeyMap<u32>,
    rows: Vec<Vec<Weight>>,
    n_classes: usize,
    now: u64,
}

impl Perceptron {
    fn predict(&self, feats: &[u32; N_FEATURES]) -> u32 {
        let mut scores = vec![0f32; self.n_classes];
        for k in feats[..WORD_KEY].iter().filter(|&&k| k != 0) {
            if let Some(&r) = self.index.get(k) {
                for w in &self.rows[r as usize] {
                    scores[w.class as usize] += w.w;
                }
            }
        }
        super::argmax(&scores)
    }

    fn update(&mut self, feats: &[u32; N_FEATURES], truth: u32, guess: u32) {
        let now = self.now;
        for &k in feats[..WORD_KEY].iter().filter(|&&k| k != 0) {
            let next = self.rows.len() as u32;
            let r = *self.index.entry(k).or_insert(next) as usize;
            if r == self.rows.len() {
                self.rows.push(Vec::new());
            }
            for (class, delta) in [(truth, 1.0f32), (guess, -1.0)] {
                let row = &mut self.rows[r];
                let at = match row.iter().position(|w| u32::from(w.class) == class) {
                    Some(at) => at,
                    None => {
                        row.push(Weight {
                            class: class as u8,
                            w: 0.0,
                            total: 0.0,
                            stamp: now,
                        });
                        row.len() - 1
                    }
                };
                let w = &mut row[at];
                w.total += (now - w.stamp) as f64 * f64::from(w.w);
                w.stamp = now;
                w.w += delta;
            }
        }
    }

    /// Averaged weights, pruned, sorted by key and class.
    fn averaged(&self, prune: f32, keep: usize) -> Vec<(u32, Vec<(u8, f32)>)> {
        let now = self.now.max(1) as f64;
        let mut out: Vec<(u32, Vec<(u8, f32)>)> = self
            .index
            .iter()
            .filter_map(|(&k, &r)| {
                let mut ws: Vec<(u8, f32)> = self.rows[r as usize]
                    .iter()
                    .map(|w| {
                        let total = w.total + (self.now - w.stamp) as f64 * f64::from(w.w);
                        (w.class, (total / now) as f32)
                    })
                    .filter(|&(_, a)| a.abs() >= prune)
                    .collect();
                ws.sort_by(|a, b| b.1.abs().total_cmp(&a.1.abs()).then(a.0.cmp(&b.0)));
                ws.truncate(keep);
                ws.sort_by_key(|&(c, _)| c);
                (!ws.is_empty()).then_some((k, ws))
            })
            .collect();
        out.sort_by_key(|&(k, _)| k);
        out
    }
}

/// Labels (joint PTB + UPOS) with their training counts, most frequent first, and
/// the label of every training token.
fn labels(sentences: &[Sentence], min_count: u32) -> (Vec<Tagged>, Vec<Vec<u32>>) {
    let mut counts: HashMap<Tagged, u32> = HashMap::new();
    for w in sentences.iter().flat_map(|s| &s.words) {
        *counts
            .entry(Tagged {
                tag: w.xpos,
                upos: w.upos,
            })
            .or_default() += 1;
    }
    let mut ranked: Vec<(Tagged, u32)> = counts.into_iter().collect();
    ranked.sort_by_key(|&(t, n)| (std::cmp::Reverse(n), t.tag, t.upos));
    let kept: Vec<Tagged> = ranked
        .iter()
        .filter(|&&(_, n)| n >= min_count)
        .map(|&(t, _)| t)
        .take(super::MAX_CLASSES)
        .collect();
    let class_of = |t: Tagged| -> u32 {
        let exact = kept.iter().position(|&k| k == t);
        let same_tag = || kept.iter().position(|k| k.tag == t.tag);
        let same_upos = || kept.iter().position(|k| k.upos == t.upos);
        exact.or_else(same_tag).or_else(same_upos).unwrap_or(0) as u32
    };
    let gold = sentences
        .iter()
        .map(|s| {
            s.words
                .iter()
                .map(|w| {
                    class_of(Tagged {
                        tag: w.xpos,
                        upos: w.upos,
                    })
                })
                .collect()
        })
        .collect();
    (kept, gold)
}

/// Words that (almost) always carry one label, by dictionary key.
fn tag_dictionary(sentences: &[Sentence], gold: &[Vec<u32>], opts: &Options) -> KeyMap<u32> {
    let mut counts: KeyMap<HashMap<u32, u32>> = KeyMap::default();
    for (s, g) in sentences.iter().zip(gold) {
        for (w, &c) in s.words.iter().zip(g) {
            let key = dict_key(&WordInfo::new(&w.form));
            *counts.entry(key).or_default().entry(c).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .filter_map(|(k, by_class)| {
            let total: u32 = by_class.values().sum();
            let (&c, &n) = by_class
                .iter()
                .max_by_key(|&(&c, &n)| (n, std::cmp::Reverse(c)))?;
            let ok = total >= opts.dict_min_count
                && f64::from(n) >= opts.dict_min_share * f64::from(total);
            ok.then_some((k, c))
        })
        .collect()
}

/// What one pass is trained on.
struct PassData<'a> {
    sentences: &'a [Sentence],
    gold: &'a [Vec<u32>],
    dict: &'a KeyMap<u32>,
    counts: &'a HashMap<&'a str, u32>,
}

/// Train one pass on the sentences `subset`, right to left if `rev`, reading
/// first-pass classes `right` if given.
fn train_pass(
    data: &PassData,
    subset: &[usize],
    rev: bool,
    right: Option<&[Vec<u8>]>,
    opts: &Options,
    n_classes: usize,
    log: &mut dyn FnMut(&str),
) -> Perceptron {
    let mut model = Perceptron {
        index: KeyMap::default(),
        rows: Vec::new(),
        n_classes,
        now: 0,
    };
    let mut order = subset.to_vec();
    let mut rng = opts.seed | 1;
    let mut next = move || {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        rng
    };
    for epoch in 1..=opts.epochs {
        for i in (1..order.len()).rev() {
            order.swap(i, (next() % (i as u64 + 1)) as usize);
        }
        let (mut seen, mut correct) = (0usize, 0usize);
        let mut infos = Vec::new();
        for &si in &order {
            let words = data.sentences[si].forms();
            let g = &data.gold[si];
            word_infos(&words, &mut infos);
            walk(
                &words,
                &infos,
                rev,
                right.map(|r| r[si].as_slice()),
                |_, k| data.dict.get(&k).copied(),
                |i, feats| {
                    let mut feats = *feats;
                    if data.counts[words[i]] <= opts.rare_count
                        && (next() % 1_000_000) as f64 / 1e6 < opts.word_dropout
                    {
                        for j in WORD_IDENTITY {
                            feats[j] = 0;
                        }
                    }
                    let guess = model.predict(&feats);
                    model.now += 1;
                    if guess != g[i] {
                        model.update(&feats, g[i], guess);
                    }
                    guess
                },
                |i, c| {
                    seen += 1;
                    correct += usize::from(c == g[i]);
                },
            );
        }
        if epoch == opts.epochs || epoch == 1 {
            log(&format!(
                "  {} pass, epoch {epoch}: train {:.2}%, {} features",
                if rev {
                    "right-to-left"
                } else {
                    "left-to-right"
                },
                100.0 * correct as f64 / seen.max(1) as f64,
                model.index.len()
            ));
        }
    }
    model
}

/// The first-pass classes a model gives the sentences `subset` (right to left).
fn first_pass(
    data: &PassData,
    subset: &[usize],
    weights: &Weights,
    n_classes: usize,
) -> Vec<(usize, Vec<u8>)> {
    subset
        .iter()
        .map(|&si| {
            let words = data.sentences[si].forms();
            let mut out = vec![0u8; words.len()];
            let mut infos = Vec::new();
            word_infos(&words, &mut infos);
            walk(
                &words,
                &infos,
                true,
                None,
                |_, k| data.dict.get(&k).copied(),
                |_, f| weights.predict(f, n_classes),
                |i, c| out[i] = c as u8,
            );
            (si, out)
        })
        .collect()
}

/// Averaged weights quantised to `i16` (one scale per pass: only the argmax matters).
fn quantise(weights: &[(u32, Vec<(u8, f32)>)]) -> PassWeights {
    let max = weights
        .iter()
        .flat_map(|(_, ws)| ws.iter().map(|&(_, w)| w.abs()))
        .fold(1e-6f32, f32::max);
    let scale = 32_000.0 / max;
    weights
        .iter()
        .map(|(k, ws)| {
            (
                *k,
                ws.iter()
                    .map(|&(c, w)| (c, (w * scale).round() as i16))
                    .collect(),
            )
        })
        .collect()
}

fn runtime(q: &[(u32, Vec<(u8, i16)>)], n_classes: usize) -> Weights {
    Weights::new(q.iter().map(|(k, run)| (*k, run.as_slice())), n_classes)
}

/// Train a model on `train`, report progress and dev accuracy through `log`, and
/// return the encoded model.
pub fn train(
    train: &[Sentence],
    dev: &[Sentence],
    opts: &Options,
    log: &mut dyn FnMut(&str),
) -> Vec<u8> {
    let (classes, gold) = labels(train, opts.min_label_count);
    let dict = tag_dictionary(train, &gold, opts);
    log(&format!(
        "{} labels, {} dictionary words",
        classes.len(),
        dict.len()
    ));
    let mut counts: HashMap<&str, u32> = HashMap::new();
    for w in train.iter().flat_map(|s| &s.words) {
        *counts.entry(w.form.as_str()).or_default() += 1;
    }
    let data = PassData {
        sentences: train,
        gold: &gold,
        dict: &dict,
        counts: &counts,
    };
    let n = classes.len();
    let all: Vec<usize> = (0..train.len()).collect();
    let mut passes = Vec::new();
    let mut right = None;
    if opts.two_pass {
        let first = train_pass(&data, &all, true, None, opts, n, log);
        passes.push(quantise(&first.averaged(opts.prune, opts.keep)));
        let mut jack = vec![Vec::new(); train.len()];
        for fold in 0..opts.folds {
            log(&format!("jackknife fold {}/{}", fold + 1, opts.folds));
            let (held, rest): (Vec<usize>, Vec<usize>) =
                all.iter().partition(|&&i| i % opts.folds == fold);
            let model = train_pass(&data, &rest, true, None, opts, n, log);
            let weights = runtime(&quantise(&model.averaged(opts.prune, opts.keep)), n);
            for (si, tags) in first_pass(&data, &held, &weights, n) {
                jack[si] = tags;
            }
        }
        right = Some(jack);
    }
    let last = train_pass(&data, &all, false, right.as_deref(), opts, n, log);
    passes.push(quantise(&last.averaged(opts.prune, opts.keep)));
    // Words whose word-only features the tagger precomputes (those seen twice or
    // more and not settled by the dictionary).
    let mut vocabulary: Vec<&str> = counts
        .iter()
        .filter(|&(w, &c)| {
            c >= 2 && !w.contains('\n') && !dict.contains_key(&dict_key(&WordInfo::new(w)))
        })
        .map(|(&w, _)| w)
        .collect();
    vocabulary.sort_unstable();
    log(&format!("{} words with precomputed sums", vocabulary.len()));
    let bytes = encode(&classes, &dict, &passes, &vocabulary);
    let tagger = Tagger::from_bytes(&bytes).expect("a freshly encoded model decodes");
    let acc = evaluate(&tagger, dev);
    log(&format!(
        "dev: PTB {:.2}% UPOS {:.2}%, {} bytes",
        acc.tag_percent(),
        acc.upos_percent(),
        bytes.len()
    ));
    let known: std::collections::HashSet<&str> = train
        .iter()
        .flat_map(|s| s.words.iter().map(|w| w.form.as_str()))
        .collect();
    let tagger = Tagger::from_bytes(&bytes).expect("a freshly encoded model decodes");
    let (mut n, mut right, mut out) = (0usize, 0usize, Vec::new());
    for s in dev {
        tagger.tag_into(&s.forms(), &mut out);
        for (w, t) in s.words.iter().zip(&out) {
            if !known.contains(w.form.as_str()) {
                n += 1;
                right += usize::from(w.upos == t.upos);
            }
        }
    }
    log(&format!(
        "dev words unseen in training: {n}, UPOS {:.2}%",
        100.0 * right as f64 / n.max(1) as f64
    ));
    bytes
}

/// Write the model format read by [`Tagger::from_bytes`].
fn encode(
    classes: &[Tagged],
    dict: &KeyMap<u32>,
    passes: &[PassWeights],
    vocabulary: &[&str],
) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    out.extend((classes.len() as u32).to_le_bytes());
    for t in classes {
        out.extend([t.tag as u8, t.upos as u8]);
    }
    let mut dict: Vec<(u32, u32)> = dict.iter().map(|(&k, &c)| (k, c)).collect();
    dict.sort_unstable();
    out.extend((dict.len() as u32).to_le_bytes());
    out.extend(dict.iter().flat_map(|&(k, _)| k.to_le_bytes()));
    out.extend(dict.iter().map(|&(_, c)| c as u8));
    out.extend((passes.len() as u32).to_le_bytes());
    for weights in passes {
        let n_entries: usize = weights.iter().map(|(_, ws)| ws.len()).sum();
        out.extend((weights.len() as u32).to_le_bytes());
        out.extend((n_entries as u32).to_le_bytes());
        out.extend(weights.iter().flat_map(|(k, _)| k.to_le_bytes()));
        out.extend(weights.iter().map(|(_, ws)| ws.len() as u8));
        out.extend(
            weights
                .iter()
                .flat_map(|(_, ws)| ws.iter().map(|&(c, _)| c)),
        );
        out.extend(
            weights
                .iter()
                .flat_map(|(_, ws)| ws.iter().flat_map(|&(_, w)| w.to_le_bytes())),
        );
    }
    let words = vocabulary.join("\n");
    out.extend((words.len() as u32).to_le_bytes());
    out.extend(words.as_bytes());
    out
}
