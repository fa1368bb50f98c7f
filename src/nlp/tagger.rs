//! Part-of-speech tagger: the words of one sentence in, one [`Tagged`] (Penn
//! Treebank tag + Universal POS tag) per word out.
//!
//! A greedy left-to-right averaged perceptron over hashed features (word, affixes,
//! shape, capitalisation, a five-word window and the two previous tags) predicts the
//! joint (PTB, UPOS) label; frequent unambiguous words come straight from a tag
//! dictionary. The model is trained on UD English EWT by
//! `cargo run --release --example train-tagger` ([`train`]), stored in
//! `src/nlp/model/tagger.bin` (CC BY-SA 4.0, see `src/nlp/model/README.md`),
//! embedded in the binary and decoded once on first use.

mod features;
pub mod lexicon;
pub mod train;

use std::sync::LazyLock;

use features::{N_FEATURES, WordInfo};

use super::tags::{Tag, Tagged, Upos};

const MAGIC: &[u8; 8] = b"KGTAG01\n";
const MAX_CLASSES: usize = 128;

static EMBEDDED_BYTES: &[u8] = include_bytes!("model/tagger.bin");
static EMBEDDED: LazyLock<Tagger> = LazyLock::new(|| {
    Tagger::from_bytes(EMBEDDED_BYTES).expect("the embedded tagger model decodes")
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

/// A part-of-speech tagger. Obtain the embedded model with [`Tagger::embedded`].
#[derive(Debug)]
pub struct Tagger {
    classes: Vec<Tagged>,
    dict: KeyTable,
    feats: KeyTable,
    /// `class << 16 | weight as u16`, grouped by feature.
    entries: Vec<u32>,
    lquote: Option<u32>,
    rquote: Option<u32>,
}

/// Open-addressing map from non-zero `u32` keys to `u32` values.
#[derive(Debug)]
struct KeyTable {
    mask: usize,
    slots: Vec<(u32, u32)>,
}

impl KeyTable {
    fn new(pairs: impl ExactSizeIterator<Item = (u32, u32)>) -> KeyTable {
        let cap = (pairs.len() * 2).next_power_of_two().max(16);
        let mut t = KeyTable {
            mask: cap - 1,
            slots: vec![(0, 0); cap],
        };
        for (k, v) in pairs {
            let mut i = k as usize & t.mask;
            while t.slots[i].0 != 0 && t.slots[i].0 != k {
                i = (i + 1) & t.mask;
            }
            t.slots[i] = (k, v);
        }
        t
    }

    #[inline]
    fn get(&self, k: u32) -> Option<u32> {
        let mut i = k as usize & self.mask;
        loop {
            let (key, v) = self.slots[i];
            if key == k {
                return Some(v);
            }
            if key == 0 {
                return None;
            }
            i = (i + 1) & self.mask;
        }
    }
}

impl Tagger {
    /// The model embedded in the binary (decoded on first use).
    pub fn embedded() -> &'static Tagger {
        &EMBEDDED
    }

    /// Tag a sentence given as its words.
    pub fn tag(&self, words: &[&str]) -> Vec<Tagged> {
        let mut out = Vec::with_capacity(words.len());
        self.tag_into(words, &mut out);
        out
    }

    /// Tag a sentence into `out` (cleared first); allocates nothing once `out` has room.
    pub fn tag_into(&self, words: &[&str], out: &mut Vec<Tagged>) {
        out.clear();
        walk(
            words,
            |i, key| match words[i] {
                "“" | "``" | "‘" => self.lquote.or_else(|| self.dict.get(key)),
                "”" | "''" => self.rquote.or_else(|| self.dict.get(key)),
                _ => self.dict.get(key),
            },
            |_, feats| self.predict(feats),
            |_, class| out.push(self.classes[class as usize]),
        );
    }

    /// The labels the model can predict.
    pub fn labels(&self) -> &[Tagged] {
        &self.classes
    }

    #[inline]
    fn predict(&self, feats: &[u32; N_FEATURES]) -> u32 {
        // Look every feature up first (independent loads the CPU can overlap),
        // then add up their weights.
        let mut found = [0u32; N_FEATURES];
        let mut m = 0;
        for &k in feats {
            if let Some(v) = self.feats.get(k) {
                found[m] = v;
                m += 1;
            }
        }
        let mut scores = [0i32; MAX_CLASSES];
        for &v in &found[..m] {
            let (start, len) = ((v >> 8) as usize, (v & 0xff) as usize);
            for &e in &self.entries[start..start + len] {
                scores[(e >> 16) as usize & (MAX_CLASSES - 1)] += i32::from(e as u16 as i16);
            }
        }
        argmax(&scores[..self.classes.len()])
    }

    /// Decode a model written by [`train::encode`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Tagger, ModelError> {
        let mut r = Reader { bytes, pos: 0 };
        if r.take(8)? != MAGIC {
            return Err(ModelError::Magic);
        }
        let n_classes = r.u32()? as usize;
        if n_classes == 0 || n_classes > MAX_CLASSES {
            return Err(ModelError::Invalid("class count"));
        }
        let mut classes = Vec::with_capacity(n_classes);
        for _ in 0..n_classes {
            let pair = r.take(2)?;
            let tag = *Tag::ALL
                .get(pair[0] as usize)
                .ok_or(ModelError::Invalid("tag"))?;
            let upos = *Upos::ALL
                .get(pair[1] as usize)
                .ok_or(ModelError::Invalid("upos"))?;
            classes.push(Tagged { tag, upos });
        }
        let n_dict = r.u32()? as usize;
        let dict_keys = r.take(4 * n_dict)?;
        let dict_classes = r.take(n_dict)?;
        if dict_classes.iter().any(|&c| c as usize >= n_classes) {
            return Err(ModelError::Invalid("dictionary class"));
        }
        let dict = KeyTable::new(
            dict_keys
                .chunks_exact(4)
                .zip(dict_classes)
                .map(|(k, &c)| (le32(k), u32::from(c))),
        );
        let n_feats = r.u32()? as usize;
        let n_entries = r.u32()? as usize;
        let keys = r.take(4 * n_feats)?;
        let lens = r.take(n_feats)?;
        let ent_classes = r.take(n_entries)?;
        let weights = r.take(2 * n_entries)?;
        if lens.iter().map(|&l| l as usize).sum::<usize>() != n_entries || n_entries >= 1 << 24 {
            return Err(ModelError::Invalid("entry count"));
        }
        if ent_classes.iter().any(|&c| c as usize >= n_classes) {
            return Err(ModelError::Invalid("weight class"));
        }
        let entries = ent_classes
            .iter()
            .zip(weights.chunks_exact(2))
            .map(|(&c, w)| u32::from(c) << 16 | u32::from(u16::from_le_bytes([w[0], w[1]])))
            .collect();
        let mut start = 0u32;
        let feats = KeyTable::new(keys.chunks_exact(4).zip(lens).map(|(k, &l)| {
            let v = start << 8 | u32::from(l);
            start += u32::from(l);
            (le32(k), v)
        }));
        let find = |t: Tagged| classes.iter().position(|&c| c == t).map(|i| i as u32);
        Ok(Tagger {
            lquote: find(Tagged {
                tag: Tag::LQuote,
                upos: Upos::PUNCT,
            }),
            rquote: find(Tagged {
                tag: Tag::RQuote,
                upos: Upos::PUNCT,
            }),
            classes,
            dict,
            feats,
            entries,
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

/// The greedy left-to-right walk shared by tagging and training. For each word it
/// asks `dict` (given the word index and its dictionary key), else `choose` (given
/// the word index and its features) for a class, and reports it to `emit`.
#[inline]
fn walk<D, C, E>(words: &[&str], dict: D, mut choose: C, mut emit: E)
where
    D: Fn(usize, u32) -> Option<u32>,
    C: FnMut(usize, &[u32; N_FEATURES]) -> u32,
    E: FnMut(usize, u32),
{
    let n = words.len();
    let lexicon = lexicon::Lexicon::embedded();
    let info = |j: usize| match j {
        0 => WordInfo::padding(2),
        1 => WordInfo::padding(1),
        j if j - 2 < n => {
            let mut info = WordInfo::new(words[j - 2]);
            info.lex = lexicon.classes(info.lower);
            info
        }
        j => WordInfo::padding((j - 2 - n) as u64 + 3),
    };
    let mut win = [info(0), info(1), info(2), info(3), info(4)];
    let (mut t1, mut t2) = (0u64, 0u64);
    let mut feats = [0u32; N_FEATURES];
    let case = features::sentence_case(words);
    for i in 0..n {
        if i > 0 {
            win.rotate_left(1);
            win[4] = info(i + 4);
        }
        let class = match dict(i, features::dict_key(&win[2])) {
            Some(c) => c,
            None => {
                features::static_features(&win, i == 0, case, &mut feats);
                features::dynamic_features(&win, t1, t2, &mut feats);
                choose(i, &feats)
            }
        };
        emit(i, class);
        t2 = t1;
        t1 = u64::from(class) + 1;
    }
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], ModelError> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.bytes.len());
        let end = end.ok_or(ModelError::Truncated(self.bytes.len()))?;
        let s = &self.bytes[self.pos..end];
        self.pos = end;
        Ok(s)
    }
    fn u32(&mut self) -> Result<u32, ModelError> {
        self.take(4).map(le32)
    }
}

fn le32(b: &[u8]) -> u32 {
    u32::from_le_bytes([b[0], b[1], b[2], b[3]])
}

#[cfg(test)]
mod tests {
    use super::*;

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
            ("Xi Jinping met Vladimir Putin in Beijing .", "NNP NNP VBD NNP NNP IN NNP ."),
            ("Jinping met Putin .", "NNP VBD NNP ."),
            ("Kim Jong Un sent troops to Russia .", "NNP NNP NNP VBD NNS IN NNP ."),
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
            ("“ We do n’t know , ” he said .", "`` PRP VBP RB VB , '' PRP VBD ."),
        ];
        for (sentence, expected) in cases {
            assert_eq!(tags(sentence).join(" "), expected, "{sentence}");
        }
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
