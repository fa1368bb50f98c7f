//! Training of the recogniser: CoNLL-2003 documents ([`super::conll`]) in, a model
//! file (bytes for [`Recogniser::from_bytes`]) out, with dev scores on the way.
//!
//! An averaged perceptron (Collins 2002) is trained greedily left to right over
//! whole documents (so that the document memory holds the model's own earlier
//! labels), with the previous labels as the model itself predicted them and the
//! BILOU constraints applied. Averaged weights are pruned and quantised to `i16`.
//! Words are tagged by kg's own tagger, never by the corpus' POS column.

use std::collections::HashMap;

use super::clusters::Clusters;
#[cfg(test)]
use super::conll::Sentence;
use super::conll::{Document, evaluate, gold_labels, kg_tokenized_copies, tag_documents};
use super::features::{N_FEATURES, WORD_IDENTITY, WordInfo, document_flags, sentence_case};
use super::{KeyTable, Memory, N_LABELS, Recogniser, encode, outside_key, walk, word_infos};
#[cfg(test)]
use super::{NerClass, Weights, spans_of};

/// Training settings.
#[derive(Debug, Clone)]
pub struct Options {
    /// Passes over the training documents.
    pub epochs: usize,
    /// Averaged weights smaller than this (in absolute value) are dropped.
    pub prune: f32,
    /// Words seen at most this often in training …
    pub rare_count: u32,
    /// … lose their word-identity features with this probability on each pass.
    pub word_dropout: f64,
    /// Words seen at least this often and never in a name are labelled outside
    /// (unless a name is open) without scoring; 0 disables the dictionary.
    pub outside_min_count: u32,
    /// Also train on copies of the documents with hyphenated words, re-tokenized
    /// as kg does ([`kg_tokenized_copies`]).
    pub kg_tokenized_copies: bool,
    /// Seed of the document shuffle.
    pub seed: u64,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            epochs: 9,
            prune: 0.5,
            rare_count: 1,
            word_dropout: 0.6,
            outside_min_count: 3,
            kg_tokenized_copies: true,
            seed: 0x5EED,
        }
    }
}

/// A feature's weights during training: current `w`, and `u`, the running sum of
/// update time × update (the average is `w - u / now`).
struct Row {
    w: [f32; N_LABELS],
    u: [f64; N_LABELS],
}

#[derive(Default)]
struct Perceptron {
    index: HashMap<u32, usize>,
    rows: Vec<Row>,
    now: u64,
}

impl Perceptron {
    fn predict(&self, feats: &[u32; N_FEATURES], allowed: u32) -> u8 {
        let mut scores = [0f32; N_LABELS];
        for k in feats.iter().filter(|&&k| k != 0) {
            if let Some(&r) = self.index.get(k) {
                for (s, w) in scores.iter_mut().zip(&self.rows[r].w) {
                    *s += w;
                }
            }
        }
        let mut top: Option<(usize, f32)> = None;
        for (l, &s) in scores.iter().enumerate() {
            if allowed & (1 << l) != 0 && top.is_none_or(|(_, b)| s > b) {
                top = Some((l, s));
            }
        }
        top.map_or(0, |(l, _)| l as u8)
    }

    fn update(&mut self, feats: &[u32; N_FEATURES], gold: u8, guess: u8) {
        let now = self.now as f64;
        for &k in feats.iter().filter(|&&k| k != 0) {
            let r = *self.index.entry(k).or_insert_with(|| {
                self.rows.push(Row {
                    w: [0.0; N_LABELS],
                    u: [0.0; N_LABELS],
                });
                self.rows.len() - 1
            });
            let row = &mut self.rows[r];
            for (l, d) in [(gold, 1.0f32), (guess, -1.0)] {
                row.w[l as usize] += d;
                row.u[l as usize] += now * f64::from(d);
            }
        }
    }

    /// Averaged weights, pruned, quantised to `i16` (one scale), sorted by key.
    fn averaged(&self, prune: f32) -> Vec<(u32, Vec<(u8, i16)>)> {
        let now = self.now.max(1) as f64;
        let mut avg: Vec<(u32, Vec<(u8, f32)>)> = self
            .index
            .iter()
            .filter_map(|(&k, &r)| {
                let row = &self.rows[r];
                let ws: Vec<(u8, f32)> = (0..N_LABELS)
                    .map(|l| (l as u8, (f64::from(row.w[l]) - row.u[l] / now) as f32))
                    .filter(|&(_, a)| a.abs() >= prune)
                    .collect();
                (!ws.is_empty()).then_some((k, ws))
            })
            .collect();
        avg.sort_by_key(|&(k, _)| k);
        let max = avg
            .iter()
            .flat_map(|(_, ws)| ws.iter().map(|&(_, w)| w.abs()))
            .fold(1e-6f32, f32::max);
        let scale = 32_000.0 / max;
        avg.into_iter()
            .map(|(k, ws)| {
                let q: Vec<(u8, i16)> = ws
                    .into_iter()
                    .map(|(c, w)| (c, (w * scale).round() as i16))
                    .filter(|&(_, w)| w != 0)
                    .collect();
                (k, q)
            })
            .filter(|(_, q)| !q.is_empty())
            .collect()
    }
}

/// A training document read once: its word infos, the `(start, end, case)` of
/// each sentence in them, and per word the gold label and whether it is rare.
struct Prepared {
    infos: Vec<WordInfo>,
    sentences: Vec<(usize, usize, u64)>,
    gold: Vec<u8>,
    rare: Vec<bool>,
}

/// The keys ([`outside_key`]) of the words seen at least `min_count` times in
/// `docs`, never in a name, sorted.
fn outside_words(docs: &[Document], min_count: u32) -> Vec<u32> {
    if min_count == 0 {
        return Vec::new();
    }
    let mut counts: HashMap<u32, (u32, bool)> = HashMap::new();
    for s in docs.iter().flat_map(|d| &d.sentences) {
        let labels = gold_labels(s);
        for (w, &l) in s.words.iter().zip(&labels) {
            let e = counts
                .entry(outside_key(&WordInfo::new(w, 0, 0, 0)))
                .or_insert((0, true));
            e.0 += 1;
            e.1 &= l == 0;
        }
    }
    let mut keys: Vec<u32> = counts
        .into_iter()
        .filter(|&(_, (n, never))| never && n >= min_count)
        .map(|(k, _)| k)
        .collect();
    keys.sort_unstable();
    keys
}

/// Train a model on `train` with the cluster table `clusters` (`(key, path)`
/// pairs), report progress and dev scores through `log`, and return the model.
pub fn train(
    train: &[Document],
    dev: &[Document],
    clusters: &[(u32, u32)],
    opts: &Options,
    log: &mut dyn FnMut(&str),
) -> Vec<u8> {
    let copies = if opts.kg_tokenized_copies {
        kg_tokenized_copies(train)
    } else {
        Vec::new()
    };
    log(&format!(
        "{} documents re-tokenized as kg does",
        copies.len()
    ));
    let all: Vec<Document> = train.iter().chain(&copies).cloned().collect();
    let train = &all[..];
    let table = Clusters::new(clusters.iter().copied());
    let mut counts: HashMap<&str, u32> = HashMap::new();
    for w in train
        .iter()
        .flat_map(|d| &d.sentences)
        .flat_map(|s| &s.words)
    {
        *counts.entry(w.as_str()).or_default() += 1;
    }
    let outside = outside_words(train, opts.outside_min_count);
    let outside_table = KeyTable::new(outside.iter().map(|&k| (k, 1)));
    log(&format!("{} words always outside names", outside.len()));
    let tags = tag_documents(train);
    let (mut gaz, mut infos) = (Vec::new(), Vec::new());
    let docs: Vec<Prepared> = train
        .iter()
        .zip(&tags)
        .map(|(d, t)| {
            let mut p = Prepared {
                infos: Vec::new(),
                sentences: Vec::new(),
                gold: Vec::new(),
                rare: Vec::new(),
            };
            for (s, t) in d.sentences.iter().zip(t) {
                let forms = s.forms();
                word_infos(&forms, t, &table, &outside_table, &mut gaz, &mut infos);
                let start = p.infos.len();
                p.infos.extend_from_slice(&infos);
                p.sentences
                    .push((start, p.infos.len(), sentence_case(&forms)));
                p.gold.extend(gold_labels(s));
                p.rare
                    .extend(forms.iter().map(|w| counts[w] <= opts.rare_count));
            }
            document_flags(&mut p.infos, &p.sentences);
            p
        })
        .collect();
    log(&format!(
        "{} documents, {} sentences, {} words; tagged and read",
        docs.len(),
        docs.iter().map(|d| d.sentences.len()).sum::<usize>(),
        counts.values().sum::<u32>()
    ));
    let dev_tags = tag_documents(dev);
    let mut model = Perceptron::default();
    let mut order: Vec<usize> = (0..docs.len()).collect();
    let mut rng = opts.seed | 1;
    let mut next = move || {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        rng
    };
    let mut labels = Vec::new();
    for epoch in 1..=opts.epochs {
        for i in (1..order.len()).rev() {
            order.swap(i, (next() % (i as u64 + 1)) as usize);
        }
        let (mut seen, mut wrong) = (0usize, 0usize);
        for &di in &order {
            let mut memory = Memory::default();
            let d = &docs[di];
            for &(start, end, case) in &d.sentences {
                let (gold, rare) = (&d.gold[start..end], &d.rare[start..end]);
                walk(
                    &d.infos[start..end],
                    case,
                    &mut memory,
                    |i, feats, allowed| {
                        let mut feats = *feats;
                        if rare[i] && (next() % 1_000_000) as f64 / 1e6 < opts.word_dropout {
                            for j in WORD_IDENTITY {
                                feats[j] = 0;
                            }
                        }
                        let guess = model.predict(&feats, allowed);
                        model.now += 1;
                        seen += 1;
                        if guess != gold[i] {
                            wrong += 1;
                            model.update(&feats, gold[i], guess);
                        }
                        guess
                    },
                    &mut labels,
                );
            }
        }
        let bytes = encode(&model.averaged(opts.prune), clusters, &outside);
        let rec = Recogniser::from_bytes(&bytes).expect("a freshly encoded model decodes");
        let scores = evaluate(&rec, dev, &dev_tags);
        log(&format!(
            "epoch {epoch}: train label errors {:.2}%, {} features, dev F1 {:.2} (P {:.2} R {:.2}), {} bytes",
            100.0 * wrong as f64 / seen.max(1) as f64,
            model.index.len(),
            100.0 * scores.all.f1(),
            100.0 * scores.all.precision(),
            100.0 * scores.all.recall(),
            bytes.len()
        ));
    }
    encode(&model.averaged(opts.prune), clusters, &outside)
}

/// The spans of BILOU labels, for tests of the label code.
#[cfg(test)]
fn spans(labels: &[u8]) -> Vec<(usize, usize, NerClass)> {
    let words = vec![""; labels.len()];
    spans_of(labels, &words)
        .into_iter()
        .map(|s| (s.start, s.end, s.class))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gold_labels_round_trip() {
        let s = Sentence {
            words: ["a", "b", "c", "d", "e", "f"].map(String::from).to_vec(),
            spans: vec![
                (0, 1, NerClass::Org),
                (1, 4, NerClass::Per),
                (5, 6, NerClass::Misc),
            ],
        };
        assert_eq!(spans(&gold_labels(&s)), s.spans);
    }

    #[test]
    fn perceptron_learns_and_averages() {
        let mut p = Perceptron::default();
        let mut feats = [0u32; N_FEATURES];
        feats[0] = 7;
        for _ in 0..3 {
            let guess = p.predict(&feats, u32::MAX);
            p.now += 1;
            if guess != 4 {
                p.update(&feats, 4, guess);
            }
        }
        assert_eq!(p.predict(&feats, u32::MAX), 4);
        let avg = p.averaged(0.0);
        let rec = Weights::new(avg.iter().map(|(k, r)| (*k, r.as_slice())));
        assert_eq!(rec.predict(&feats, u32::MAX), 4);
        assert_eq!(rec.predict(&feats, 1), 0);
    }
}
