//! Training and evaluation of the parser: CoNLL-U sentences (with the tags the
//! parser will see in their XPOS column) in, a model file (bytes for
//! [`Parser::from_bytes`]) and attachment scores out.
//!
//! Two averaged perceptrons (Collins 2002) are trained together, greedily: one
//! scores the four transitions, trained with the dynamic oracle of Goldberg & Nivre
//! (2012) (the zero-cost transitions are right; after the first epochs the parser
//! follows its own predictions, errors included, with probability
//! [`Options::explore`]); the other chooses the relation of each correct new arc.
//! Averaged weights are pruned and quantised to `i16`.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::features::{self, N_LABEL, N_TRANSITION, Token};
use super::state::{LEFT, N_MOVES, RIGHT, State};
use super::{Arc, MAGIC, N_LABELS, Parser, best_label, best_valid};
use crate::nlp::conllu::Sentence;
use crate::nlp::deprel::DepRel;
use crate::nlp::tags::Tagged;

/// Training settings.
#[derive(Debug, Clone)]
pub struct Options {
    /// Passes over the training sentences.
    pub epochs: usize,
    /// From this epoch on (0-based), the parser follows its own predictions …
    pub explore_from: usize,
    /// … with this probability (else the best zero-cost transition).
    pub explore: f64,
    /// Transition features whose largest averaged weight is smaller are dropped.
    pub prune: f32,
    /// Relation weights smaller than this (in absolute value) are dropped.
    pub prune_labels: f32,
    /// Seed of the sentence shuffle and the exploration.
    pub seed: u64,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            epochs: 15,
            explore_from: 1,
            explore: 0.9,
            prune: 0.5,
            prune_labels: 0.5,
            seed: 0x5EED,
        }
    }
}

/// Attachment scores of a parser on gold sentences (every word counted,
/// punctuation included; relations compared without their subtypes).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Scores {
    pub words: usize,
    /// Words with the right head.
    pub unlabelled: usize,
    /// Words with the right head and universal relation.
    pub labelled: usize,
    /// Words with the right head and exact relation (subtype included).
    pub exact: usize,
}

impl Scores {
    pub fn uas(&self) -> f64 {
        self.unlabelled as f64 / self.words.max(1) as f64
    }
    pub fn las(&self) -> f64 {
        self.labelled as f64 / self.words.max(1) as f64
    }
    pub fn exact_las(&self) -> f64 {
        self.exact as f64 / self.words.max(1) as f64
    }

    /// Count one sentence's arcs against its gold tree.
    pub fn add(&mut self, gold: &Sentence, arcs: &[Arc]) {
        for (w, a) in gold.words.iter().zip(arcs) {
            self.words += 1;
            if w.head == a.head {
                self.unlabelled += 1;
                self.labelled += usize::from(w.deprel.universal() == a.rel.universal());
                self.exact += usize::from(w.deprel == a.rel);
            }
        }
    }
}

/// Parse `sentences` with `parser`, the tags given by `tags` (one list per sentence),
/// and score the result.
pub fn evaluate(parser: &Parser, sentences: &[Sentence], tags: &[Vec<Tagged>]) -> Scores {
    let mut scores = Scores::default();
    let mut out = Vec::new();
    for (s, t) in sentences.iter().zip(tags) {
        parser.parse_into(&s.forms(), t, &mut out);
        scores.add(s, &out);
    }
    scores
}

/// The tags of a sentence as its XPOS and UPOS columns give them.
pub fn file_tags(s: &Sentence) -> Vec<Tagged> {
    s.words
        .iter()
        .map(|w| Tagged {
            tag: w.xpos,
            upos: w.upos,
        })
        .collect()
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

/// One averaged weight (Daumé's lazy averaging: `total` is the sum up to `stamp`).
#[derive(Clone, Copy, Default)]
struct Weight {
    w: f32,
    total: f64,
    stamp: u64,
}

impl Weight {
    fn add(&mut self, now: u64, delta: f32) {
        self.total += (now - self.stamp) as f64 * f64::from(self.w);
        self.stamp = now;
        self.w += delta;
    }
    fn average(&self, now: u64) -> f32 {
        let total = self.total + (now - self.stamp) as f64 * f64::from(self.w);
        (total / now.max(1) as f64) as f32
    }
}

/// An averaged perceptron over hashed features with sparse per-feature rows.
#[derive(Default)]
struct Perceptron {
    index: KeyMap<u32>,
    rows: Vec<Vec<(u8, Weight)>>,
    now: u64,
}

impl Perceptron {
    fn score<const N: usize>(&self, feats: &[u32], scores: &mut [f32; N]) {
        for k in feats {
            if let Some(&r) = self.index.get(k) {
                for &(c, w) in &self.rows[r as usize] {
                    scores[c as usize] += w.w;
                }
            }
        }
    }

    fn update(&mut self, feats: &[u32], truth: usize, guess: usize) {
        let now = self.now;
        for &k in feats {
            let next = self.rows.len() as u32;
            let r = *self.index.entry(k).or_insert(next) as usize;
            if r == self.rows.len() {
                self.rows.push(Vec::new());
            }
            let row = &mut self.rows[r];
            for (class, delta) in [(truth as u8, 1.0f32), (guess as u8, -1.0)] {
                let at = match row.iter().position(|&(c, _)| c == class) {
                    Some(at) => at,
                    None => {
                        row.push((
                            class,
                            Weight {
                                stamp: now,
                                ..Weight::default()
                            },
                        ));
                        row.len() - 1
                    }
                };
                row[at].1.add(now, delta);
            }
        }
    }

    /// Averaged weights, sorted by key; a feature is kept when its largest weight
    /// reaches `prune`, and within it the weights that reach `within`.
    fn averaged(&self, prune: f32, within: f32) -> Vec<(u32, Vec<(u8, f32)>)> {
        let mut out: Vec<(u32, Vec<(u8, f32)>)> = self
            .index
            .iter()
            .filter_map(|(&k, &r)| {
                let mut ws: Vec<(u8, f32)> = self.rows[r as usize]
                    .iter()
                    .map(|&(c, w)| (c, w.average(self.now)))
                    .collect();
                if ws.iter().all(|&(_, w)| w.abs() < prune) {
                    return None;
                }
                ws.retain(|&(_, w)| w.abs() >= within);
                ws.sort_by_key(|&(c, _)| c);
                (!ws.is_empty()).then_some((k, ws))
            })
            .collect();
        out.sort_by_key(|&(k, _)| k);
        out
    }
}

/// A training sentence, read once.
struct Example {
    tokens: Vec<Token>,
    /// Gold head of each token (index 0 unused).
    heads: Vec<u32>,
    /// Gold relation of each token (index 0 unused).
    labels: Vec<u8>,
}

fn example(s: &Sentence) -> Example {
    let forms = s.forms();
    let tags: Vec<u8> = s.words.iter().map(|w| w.xpos as u8).collect();
    let mut tokens = Vec::new();
    features::tokens(&forms, &tags, &mut tokens);
    let mut heads = vec![0u32];
    heads.extend(s.words.iter().map(|w| w.head));
    let mut labels = vec![0u8];
    labels.extend(s.words.iter().map(|w| w.deprel as u8));
    Example {
        tokens,
        heads,
        labels,
    }
}

/// The models being trained.
struct Trainer {
    moves: Perceptron,
    labels: Perceptron,
    allowed: u64,
    rng: u64,
}

impl Trainer {
    fn random(&mut self) -> f64 {
        self.rng ^= self.rng << 13;
        self.rng ^= self.rng >> 7;
        self.rng ^= self.rng << 17;
        (self.rng >> 11) as f64 / (1u64 << 53) as f64
    }

    /// One pass over one sentence.
    fn learn(&mut self, ex: &Example, st: &mut State, explore: f64) {
        let toks = &ex.tokens;
        st.reset(toks.len() - 2);
        let mut feats = [0u32; N_TRANSITION];
        let mut lfeats = [0u32; N_LABEL];
        while !st.done() {
            features::transition(st, toks, &mut feats);
            let mut scores = [0f32; N_MOVES];
            self.moves.score(&feats, &mut scores);
            let valid = st.valid();
            let costs = st.costs(&ex.heads);
            let guess = best_valid(&scores, &valid);
            let min = costs.iter().copied().min().unwrap_or(0);
            let zero: [bool; N_MOVES] = std::array::from_fn(|m| valid[m] && costs[m] == min);
            let right = best_valid(&scores, &zero);
            self.moves.now += 1;
            if costs[guess] > min {
                self.moves.update(&feats, right, guess);
            }
            let m = if explore > 0.0 && self.random() < explore {
                guess
            } else {
                right
            };
            let (h, d) = match m {
                LEFT => (st.b, st.s0()),
                RIGHT => (st.s0(), st.b),
                _ => (0, 0),
            };
            let label = if d == 0 {
                0
            } else if h == 0 {
                DepRel::Root as u8
            } else {
                features::label(st, toks, h, d, &mut lfeats);
                let mut ls = [0f32; N_LABELS];
                self.labels.score(&lfeats, &mut ls);
                let guess = best_label(&ls, self.allowed);
                self.labels.now += 1;
                let truth = ex.labels[d as usize];
                if ex.heads[d as usize] == h && guess != truth {
                    self.labels
                        .update(&lfeats, usize::from(truth), usize::from(guess));
                }
                if explore > 0.0 { guess } else { truth }
            };
            st.apply(m, label);
        }
    }

    /// The current averaged model, encoded.
    fn encode(&self, opts: &Options) -> Vec<u8> {
        let moves = self.moves.averaged(opts.prune, 0.0);
        let max = moves
            .iter()
            .flat_map(|(_, ws)| ws.iter().map(|&(_, w)| w.abs()))
            .fold(1e-6f32, f32::max);
        let scale = 32_000.0 / max;
        let mut out = MAGIC.to_vec();
        out.extend((self.allowed as u32).to_le_bytes());
        out.extend(((self.allowed >> 32) as u32).to_le_bytes());
        out.extend((moves.len() as u32).to_le_bytes());
        out.extend(moves.iter().flat_map(|(k, _)| k.to_le_bytes()));
        for (_, ws) in &moves {
            let mut row = [0i16; N_MOVES];
            for &(c, w) in ws {
                row[c as usize] = (w * scale).round() as i16;
            }
            out.extend(row.iter().flat_map(|w| w.to_le_bytes()));
        }
        let labels = self.labels.averaged(opts.prune_labels, opts.prune_labels);
        let max = labels
            .iter()
            .flat_map(|(_, ws)| ws.iter().map(|&(_, w)| w.abs()))
            .fold(1e-6f32, f32::max);
        let scale = 32_000.0 / max;
        let n_entries: usize = labels.iter().map(|(_, ws)| ws.len()).sum();
        out.extend((labels.len() as u32).to_le_bytes());
        out.extend((n_entries as u32).to_le_bytes());
        out.extend(labels.iter().flat_map(|(k, _)| k.to_le_bytes()));
        out.extend(labels.iter().map(|(_, ws)| ws.len() as u8));
        out.extend(labels.iter().flat_map(|(_, ws)| ws.iter().map(|&(c, _)| c)));
        out.extend(labels.iter().flat_map(|(_, ws)| {
            ws.iter()
                .flat_map(move |&(_, w)| ((w * scale).round() as i16).to_le_bytes())
        }));
        out
    }
}

/// Train a model on `train` (whose XPOS columns hold the tags to learn from),
/// report progress and the scores on `dev` (parsed with `dev_tags`) through `log`
/// after every epoch, and return the encoded model of the last epoch.
pub fn train(
    train: &[Sentence],
    dev: &[Sentence],
    dev_tags: &[Vec<Tagged>],
    opts: &Options,
    log: &mut dyn FnMut(&str),
) -> Vec<u8> {
    let examples: Vec<Example> = train.iter().filter(|s| s.is_tree()).map(example).collect();
    let mut allowed = 0u64;
    for s in train {
        for w in &s.words {
            allowed |= 1 << (w.deprel as u8);
        }
    }
    log(&format!(
        "{} training sentences ({} skipped: not a tree), {} relations",
        examples.len(),
        train.len() - examples.len(),
        allowed.count_ones()
    ));
    let mut trainer = Trainer {
        moves: Perceptron::default(),
        labels: Perceptron::default(),
        allowed,
        rng: opts.seed | 1,
    };
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut st = State::default();
    let mut bytes = Vec::new();
    for epoch in 0..opts.epochs {
        for i in (1..order.len()).rev() {
            let j = (trainer.random() * (i + 1) as f64) as usize;
            order.swap(i, j.min(i));
        }
        let explore = if epoch >= opts.explore_from {
            opts.explore
        } else {
            0.0
        };
        for &i in &order {
            trainer.learn(&examples[i], &mut st, explore);
        }
        bytes = trainer.encode(opts);
        let parser = Parser::from_bytes(&bytes).expect("a freshly encoded model decodes");
        let s = evaluate(&parser, dev, dev_tags);
        log(&format!(
            "epoch {:2}: dev UAS {:.2}% LAS {:.2}% (exact {:.2}%), {} transition and {} relation features, {} bytes",
            epoch + 1,
            100.0 * s.uas(),
            100.0 * s.las(),
            100.0 * s.exact_las(),
            trainer.moves.index.len(),
            trainer.labels.index.len(),
            bytes.len()
        ));
    }
    bytes
}
