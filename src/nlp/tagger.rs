//! Part-of-speech tagger: the words of one sentence in, one [`Tagged`] (Penn
//! Treebank tag + Universal POS tag) per word out.
//!
//! A greedy left-to-right averaged perceptron over hashed features (word, affixes,
//! shape, capitalisation, a five-word window and the two previous tags) predicts the
//! joint (PTB, UPOS) label; frequent unambiguous words come straight from a tag
//! dictionary, and prepositions and particles are a closed class (no other word
//! is tagged `IN` or `RP`: `vocab::function_words::PREPOSITIONS`). The model is trained on UD English EWT by
//! `cargo run --release --example train-tagger` ([`train`]) and stored in
//! `src/nlp/model/tagger.bin` (CC BY-SA 4.0, see `src/nlp/model/README.md`). The
//! build script lays it out as the run-time tables (module `tables`), which the binary
//! holds and the tagger reads in place.

pub(crate) mod features;
pub mod lexicon;
pub(crate) mod tables;
pub mod train;

use crate::nlp::model_bytes::{Aligned, KeyTable};
use std::sync::LazyLock;

use features::{N_FEATURES, WORD_KEY, WordInfo};
use tables::{MAGIC, MAX_CLASSES, Tables, Weights};

use super::tags::{Tag, Tagged, Upos};
use crate::vocab::function_words::may_be_preposition;

/// Sentences up to this length tag without allocating a buffer for the first pass.
const STACK_WORDS: usize = 256;

/// The embedded model's tables, laid out by the build script (`build.rs`) from
/// `src/nlp/model/tagger.bin`.
static EMBEDDED_TABLES: &Aligned<[u8]> = &Aligned(*include_bytes!(concat!(
    env!("OUT_DIR"),
    "/tagger-tables.bin"
)));
static EMBEDDED: LazyLock<Tagger> = LazyLock::new(|| {
    let tables = Tables::read(&EMBEDDED_TABLES.0).expect("the embedded tagger tables read");
    Tagger::from_tables(tables).expect("the embedded tagger model is valid")
});

/// A model that could not be decoded.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    #[error("not a tagger model (bad magic)")]
    Magic,
    #[error("tagger model truncated at byte {0}")]
    Truncated(usize),
    #[error("tagger model is inconsistent: {0}")]
    Invalid(&'static str),
}

crate::nlp::model_bytes::from_layout_error!(ModelError);

/// A part-of-speech tagger. Obtain the embedded model with [`Tagger::embedded`].
///
/// With one pass, the model tags left to right. With two, a right-to-left pass runs
/// first and the left-to-right pass also reads its tags of the next two words.
#[derive(Debug)]
pub struct Tagger {
    classes: Vec<Tagged>,
    dict: KeyTable,
    /// The classes of the closed word classes the tagger guards: prepositions,
    /// subordinators and particles (`IN`, `RP`).
    closed: [bool; MAX_CLASSES],
    passes: Vec<Weights>,
    lquote: Option<u32>,
    rquote: Option<u32>,
    hyphen: Option<u32>,
}

impl Weights {
    /// The best class for `feats`.
    #[inline]
    fn predict(&self, feats: &[u32; N_FEATURES], n_classes: usize) -> u32 {
        argmax_i16(&self.scores(feats)[..n_classes])
    }

    /// The score of each class for `feats`.
    #[inline]
    fn scores(&self, feats: &[u32; N_FEATURES]) -> [i16; MAX_CLASSES] {
        if self.first_only {
            // The features this pass reads, in order; the others are 0.
            let few = features::FIRST_PASS.map(|j| feats[j]);
            let word_only = features::FIRST_PASS.map(|j| features::WORD_ONLY.contains(&j));
            return self.scores_keys(&few, &word_only, feats[WORD_KEY]);
        }
        let mut all = [0u32; WORD_KEY];
        all.copy_from_slice(&feats[..WORD_KEY]);
        let word_only = std::array::from_fn(|j| features::WORD_ONLY.contains(&j));
        self.scores_keys(&all, &word_only, feats[WORD_KEY])
    }

    /// The class scores for the features `keys` (0 for none) of the word whose
    /// exact-word key is `word`; `word_only` marks the keys that the word's
    /// precomputed sums stand for. Weights are added in the order of `keys`.
    #[inline]
    fn scores_keys<const N: usize>(
        &self,
        keys: &[u32; N],
        word_only: &[bool; N],
        word: u32,
    ) -> [i16; MAX_CLASSES] {
        let mut scores = [0i16; MAX_CLASSES];
        let mut rest;
        let feats = match self.words.get(word) {
            Some(v) => {
                let row = self.word_sums[v as usize].as_chunks::<2>().0;
                for (s, w) in scores.iter_mut().zip(row) {
                    *s = i16::from_le_bytes(*w);
                }
                rest = *keys;
                for (k, &w) in rest.iter_mut().zip(word_only) {
                    if w {
                        *k = 0;
                    }
                }
                &rest
            }
            None => keys,
        };
        // Read every feature's home slot first, without branching, so that the
        // CPU overlaps the cache misses; then resolve the rare collisions.
        let mut home = [(0u32, 0u32); N];
        for (h, &k) in home.iter_mut().zip(feats) {
            *h = self.feats.home(k);
        }
        let mut found = [0u32; N];
        let mut m = 0;
        for (&(key, v), &k) in home.iter().zip(feats) {
            let v = if key == k {
                Some(v)
            } else if key == 0 {
                None
            } else {
                self.feats.get(k)
            };
            if let Some(v) = v
                && k != 0
            {
                found[m] = v;
                m += 1;
            }
        }
        for &v in &found[..m] {
            self.add(v, &mut scores);
        }
        scores
    }
}

impl Tagger {
    /// The model embedded in the binary (its tables read in place on first use).
    pub fn embedded() -> &'static Tagger {
        &EMBEDDED
    }

    /// Tag a sentence given as its words.
    pub fn tag(&self, words: &[&str]) -> Vec<Tagged> {
        let mut out = Vec::with_capacity(words.len());
        self.tag_into(words, &mut out);
        out
    }

    /// Tag a sentence into `out` (cleared first); allocates nothing once `out` (and a
    /// per-thread buffer) have room, for sentences of up to 256 words.
    pub fn tag_into(&self, words: &[&str], out: &mut Vec<Tagged>) {
        thread_local! {
            static INFOS: std::cell::RefCell<Vec<WordInfo>> = const { std::cell::RefCell::new(Vec::new()) };
        }
        INFOS.with_borrow_mut(|infos| {
            word_infos(words, infos);
            self.tag_with(words, infos, out);
        });
    }

    fn tag_with(&self, words: &[&str], infos: &[WordInfo], out: &mut Vec<Tagged>) {
        out.clear();
        let dict = |i: usize, key| self.dictionary(words, i, key);
        let [first, last] = match &self.passes[..] {
            [only] => {
                let predict = |at: usize, f: &[u32; N_FEATURES]| self.choose(only, f, words[at]);
                walk(words, infos, false, None, dict, predict, |_, c| {
                    out.push(self.classes[c as usize])
                });
                return;
            }
            [first, last] => [first, last],
            _ => unreachable!("decoding allows one or two passes"),
        };
        let mut stack = [0u8; STACK_WORDS];
        let mut heap = Vec::new();
        let right: &mut [u8] = if words.len() <= STACK_WORDS {
            &mut stack[..words.len()]
        } else {
            heap.resize(words.len(), 0);
            &mut heap
        };
        let predict = |at: usize, f: &[u32; N_FEATURES]| self.choose(first, f, words[at]);
        walk(words, infos, true, None, dict, predict, |i, c| {
            right[i] = c as u8
        });
        let predict = |at: usize, f: &[u32; N_FEATURES]| self.choose(last, f, words[at]);
        walk(words, infos, false, Some(right), dict, predict, |_, c| {
            out.push(self.classes[c as usize])
        });
    }

    /// The best class of `word` for `feats` by the pass `weights`. Prepositions
    /// and particles are a closed class: a word that is none of them
    /// ([`may_be_preposition`]) takes its best other class (`Real Madrid beat
    /// Barcelona`: the model, which saw `beat` a few times, reads a preposition
    /// between two names).
    #[inline]
    fn choose(&self, weights: &Weights, feats: &[u32; N_FEATURES], word: &str) -> u32 {
        let n = self.classes.len();
        let mut scores = weights.scores(feats);
        let best = argmax_i16(&scores[..n]);
        if !self.closed[best as usize] || may_be_preposition(word) {
            return best;
        }
        for (s, &closed) in scores[..n].iter_mut().zip(&self.closed) {
            if closed {
                *s = i16::MIN;
            }
        }
        argmax_i16(&scores[..n])
    }

    /// The labels the model can predict.
    pub fn labels(&self) -> &[Tagged] {
        &self.classes
    }

    /// The class of word `i` if the dictionary or typography settles it: curly
    /// quotes say which side they open, and a `-` between two capitalised words
    /// joins a hyphenated name (`Kassym - Jomart`), as the tokenizer split it.
    #[inline]
    fn dictionary(&self, words: &[&str], i: usize, key: u32) -> Option<u32> {
        let capitalised = |j: usize| {
            words
                .get(j)
                .and_then(|w| w.chars().next())
                .is_some_and(char::is_uppercase)
        };
        match words[i] {
            "“" | "``" | "‘" => self.lquote.or_else(|| self.dict.get(key)),
            "”" | "''" => self.rquote.or_else(|| self.dict.get(key)),
            "-" if i > 0 && capitalised(i - 1) && capitalised(i + 1) => {
                self.hyphen.or_else(|| self.dict.get(key))
            }
            _ => self.dict.get(key),
        }
    }

    /// Decode a model written by [`train::train`] (laid out as the embedded one
    /// is at compile time).
    pub fn from_bytes(bytes: &[u8]) -> Result<Tagger, ModelError> {
        Tagger::from_tables(tables::lay_out(bytes, lexicon::Lexicon::embedded())?)
    }

    /// The tagger of tables `t`.
    fn from_tables(t: Tables) -> Result<Tagger, ModelError> {
        let mut classes = Vec::with_capacity(t.classes.len());
        for pair in &t.classes {
            let tag = *Tag::ALL
                .get(pair[0] as usize)
                .ok_or(ModelError::Invalid("tag"))?;
            let upos = *Upos::ALL
                .get(pair[1] as usize)
                .ok_or(ModelError::Invalid("upos"))?;
            classes.push(Tagged { tag, upos });
        }
        let find = |t: Tagged| classes.iter().position(|&c| c == t).map(|i| i as u32);
        let mut closed = [false; MAX_CLASSES];
        for (c, t) in closed.iter_mut().zip(&classes) {
            *c = matches!(t.tag, Tag::IN | Tag::RP);
        }
        Ok(Tagger {
            closed,
            lquote: find(Tagged {
                tag: Tag::LQuote,
                upos: Upos::PUNCT,
            }),
            rquote: find(Tagged {
                tag: Tag::RQuote,
                upos: Upos::PUNCT,
            }),
            hyphen: find(Tagged {
                tag: Tag::HYPH,
                upos: Upos::PUNCT,
            }),
            classes,
            dict: t.dict,
            passes: t.passes,
        })
    }
}

/// Index of the highest score (the first one on ties).
#[inline]
fn argmax<T: PartialOrd + Copy>(scores: &[T]) -> u32 {
    let mut best = 0;
    for (i, &s) in scores.iter().enumerate() {
        if s > scores[best] {
            best = i;
        }
    }
    best as u32
}

/// [`argmax`] for `i16` scores: the maximum first (a vectorised pass), then its
/// first position.
#[inline]
fn argmax_i16(scores: &[i16]) -> u32 {
    let max = scores.iter().copied().max().unwrap_or(0);
    scores.iter().position(|&s| s == max).unwrap_or(0) as u32
}

/// Read the words of a sentence for [`walk`] (into `out`, cleared first).
fn word_infos(words: &[&str], out: &mut Vec<WordInfo>) {
    let lexicon = lexicon::Lexicon::embedded();
    out.clear();
    out.extend(words.iter().map(|w| {
        let mut info = WordInfo::new(w);
        info.lex = lexicon.classes(info.lower);
        info
    }));
}

/// The greedy walk shared by tagging and training, left to right or (`rev`) right
/// to left. For each word it asks `dict` (given the word's index and dictionary
/// key), else `choose` (given the index and the features) for a class, and reports
/// it to `emit`. `infos` are the words as [`word_infos`] reads them; `right` holds a first pass's classes, read by the right-context
/// features. Indices are positions in `words` whatever the direction.
#[inline]
fn walk<D, C, E>(
    words: &[&str],
    infos: &[WordInfo],
    rev: bool,
    right: Option<&[u8]>,
    dict: D,
    mut choose: C,
    mut emit: E,
) where
    D: Fn(usize, u32) -> Option<u32>,
    C: FnMut(usize, &[u32; N_FEATURES]) -> u32,
    E: FnMut(usize, u32),
{
    let n = words.len();
    let pos = |i: usize| if rev { n - 1 - i } else { i };
    let info = |j: usize| match j {
        0 => WordInfo::padding(2),
        1 => WordInfo::padding(1),
        j if j - 2 < n => infos[pos(j - 2)],
        j => WordInfo::padding((j - 2 - n) as u64 + 3),
    };
    let mut win = [info(0), info(1), info(2), info(3), info(4)];
    let (mut t1, mut t2) = (0u64, 0u64);
    let mut feats = [0u32; N_FEATURES];
    let case = features::sentence_case(words);
    let tag_at = |r: &[u8], i: usize| r.get(i).map_or(features::END, |&c| u64::from(c) + 1);
    for i in 0..n {
        if i > 0 {
            win.rotate_left(1);
            win[4] = info(i + 4);
        }
        let at = pos(i);
        let class = match dict(at, features::dict_key(&win[2])) {
            Some(c) => c,
            None => {
                if rev {
                    features::first_pass_features(&win, at == 0, t1, t2, &mut feats);
                } else {
                    features::static_features(&win, at == 0, case, &mut feats);
                    features::dynamic_features(&win, t1, t2, &mut feats);
                    let r = right.map(|r| (tag_at(r, at + 1), tag_at(r, at + 2)));
                    features::right_features(&win, t1, r, &mut feats);
                }
                choose(at, &feats)
            }
        };
        emit(at, class);
        t2 = t1;
        t1 = u64::from(class) + 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static EMBEDDED_BYTES: &[u8] = include_bytes!("model/tagger.bin");

    /// The tables the binary holds are the model file laid out.
    #[test]
    fn embedded_tables_are_the_model_laid_out() {
        let tables = tables::lay_out(EMBEDDED_BYTES, lexicon::Lexicon::embedded()).unwrap();
        assert!(
            tables.pack() == EMBEDDED_TABLES.0,
            "build.rs laid out another model"
        );
    }

    fn tags(sentence: &str) -> Vec<&'static str> {
        let words: Vec<&str> = sentence.split(' ').collect();
        Tagger::embedded()
            .tag(&words)
            .iter()
            .map(|t| t.tag.as_str())
            .collect()
    }

    #[test]
    fn embedded_model_decodes_and_tags_every_word() {
        let t = Tagger::embedded();
        assert!(t.labels().len() > 40);
        assert_eq!(t.tag(&[]).len(), 0);
        assert_eq!(t.tag(&["The", "troops", "arrived", "."]).len(), 4);
    }

    #[test]
    fn news_sentences() {
        let cases = [
            ("The troops arrived in Moscow .", "DT NNS VBD IN NNP ."),
            ("He has sent troops .", "PRP VBZ VBN NNS ."),
            (
                "Xi Jinping met Vladimir Putin in Beijing .",
                "NNP NNP VBD NNP NNP IN NNP .",
            ),
            ("Jinping met Putin .", "NNP VBD NNP ."),
            (
                "Kim Jong Un sent troops to Russia .",
                "NNP NNP NNP VBD NNS IN NNP .",
            ),
            (
                "North Korea has sent thousands of troops to Russia .",
                "NNP NNP VBZ VBN NNS IN NNS IN NNP .",
            ),
            (
                "Kim was welcomed by Chinese President Xi Jinping .",
                "NNP VBD VBN IN JJ NNP NNP NNP .",
            ),
            (
                "Pakistani Prime Minister Shehbaz Sharif and Iranian President Masoud Pezeshkian attended .",
                "JJ NNP NNP NNP NNP CC JJ NNP NNP NNP VBD .",
            ),
            ("Kim ’s visit began on Tuesday .", "NNP POS NN VBD IN NNP ."),
            (
                "“ We do n’t know , ” he said .",
                "`` PRP VBP RB VB , '' PRP VBD .",
            ),
        ];
        for (sentence, expected) in cases {
            assert_eq!(tags(sentence).join(" "), expected, "{sentence}");
        }
    }

    #[test]
    fn precomputed_word_sums_change_nothing() {
        let mut plain = Tagger::from_bytes(EMBEDDED_BYTES).unwrap();
        for pass in &mut plain.passes {
            pass.words = KeyTable::new(std::iter::empty());
        }
        let sentences = [
            "The leaders of both countries met in Beijing on Wednesday .",
            "I do n't think that 's what she meant , but who knows ?",
            "Shares of Apple rose 3.5 % to $ 187.20 in early trading .",
        ];
        for sentence in sentences {
            let words: Vec<&str> = sentence.split(' ').collect();
            assert_eq!(
                plain.tag(&words),
                Tagger::embedded().tag(&words),
                "{sentence}"
            );
        }
    }

    #[test]
    fn odd_words_do_not_panic() {
        let words = [
            "",
            " ",
            "Путин",
            "北京",
            "…",
            "ǅ",
            "a\nb",
            "x".repeat(5000).leak(),
        ];
        assert_eq!(Tagger::embedded().tag(&words).len(), words.len());
    }

    #[test]
    fn long_sentences_tag_every_word() {
        let text = "the troops arrived and ".repeat(100);
        let words: Vec<&str> = text.split_whitespace().collect();
        assert_eq!(Tagger::embedded().tag(&words).len(), words.len());
    }

    #[test]
    fn bad_models_are_rejected() {
        assert!(matches!(
            Tagger::from_bytes(b"nope"),
            Err(ModelError::Truncated(_))
        ));
        assert!(matches!(
            Tagger::from_bytes(b"NOTMAGIC...."),
            Err(ModelError::Magic)
        ));
        let mut truncated = EMBEDDED_BYTES.to_vec();
        truncated.truncate(truncated.len() - 1);
        assert!(Tagger::from_bytes(&truncated).is_err());
    }
}
