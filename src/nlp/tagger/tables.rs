//! The tagger's run-time tables: a model file (as [`super::train`] writes it) in,
//! its dictionary and the weights of its passes out ([`lay_out`]), with the sums of
//! the word-only features of its vocabulary precomputed; and the same tables as
//! one blob ([`Tables::pack`]), read back in place ([`Tables::read`]).
//!
//! The build script (`build.rs`, which includes this file with `features.rs`,
//! `lexicon.rs` and `model_bytes.rs`) lays the embedded model out once, at compile
//! time: the binary holds the blob, aligned to a cache line, and the tagger reads
//! it where it lies. [`super::Tagger::from_bytes`] lays out other model files at
//! run time. Blob sections: the class pairs (PTB tag and UPOS indices), the
//! dictionary's slots, then per pass the feature slots, entries
//! (`class << 16 | weight as u16`, little-endian `u32`), dense rows
//! ([`DENSE_ROW`] `i16` each), vocabulary slots and word sums (dense rows).

use std::borrow::Cow;

use super::features::{self, WORD_KEY, WordInfo};
use super::lexicon::Lexicon;
use crate::nlp::model_bytes::{
    KeyTable, LayoutError, Reader, WeightRuns, chunks, le32, pack, unpack,
};

/// The magic of a tagger model file.
pub(crate) const MAGIC: &[u8; 8] = b"KGTAG04\n";
/// The magic of a blob.
const BLOB_MAGIC: &[u8; 8] = b"KGTAGTB2";
/// Most classes of a model.
pub(crate) const MAX_CLASSES: usize = 128;
/// Classes in a dense row; models with more classes use no dense rows.
pub(crate) const DENSE_ROW: usize = 88;
/// Bytes of a dense row.
pub(crate) const ROW: usize = 2 * DENSE_ROW;
/// Features with at least this many weights get a dense row.
const DENSE_MIN: usize = 8;
/// Stored weights reach ±32,000; run-time ones ±4,000 (dev accuracy unchanged, and
/// `i16` additions are twice as wide per vector instruction as `i32` ones).
const SCALE_SHIFT: u32 = 3;
/// Sections of a blob before the passes', and per pass.
const HEAD_SECTIONS: usize = 2;
const PASS_SECTIONS: usize = 5;

/// The weights of one pass: feature key → its run of `entries`; and, for the words
/// of the model's vocabulary, the precomputed sum of their word-only features.
#[derive(Debug)]
pub(crate) struct Weights {
    pub(crate) feats: KeyTable,
    /// `class << 16 | weight as u16`, grouped by feature.
    pub(crate) entries: Cow<'static, [[u8; 4]]>,
    /// Weights of the features with many classes, as rows of [`DENSE_ROW`] classes
    /// (their table value is `row << 8 | 0xFF`), added with vector instructions.
    pub(crate) dense: Cow<'static, [[u8; ROW]]>,
    /// Key of the exact-word feature → its row of `word_sums`.
    pub(crate) words: KeyTable,
    /// The sums of each vocabulary word's word-only features, a row of
    /// [`DENSE_ROW`] classes (`i16`) each; none for models with more classes.
    pub(crate) word_sums: Cow<'static, [[u8; ROW]]>,
    /// The first pass of a two-pass model: it reads the features
    /// [`features::FIRST_PASS`] only.
    pub(crate) first_only: bool,
}

/// A model's tables.
#[derive(Debug)]
pub(crate) struct Tables {
    /// (PTB tag, UPOS) indices of each class.
    pub(crate) classes: Vec<[u8; 2]>,
    pub(crate) dict: KeyTable,
    pub(crate) passes: Vec<Weights>,
}

impl Weights {
    /// Build from `(key, [(class, weight)])` runs (stored weights).
    pub(crate) fn new<'a>(
        runs: impl ExactSizeIterator<Item = (u32, &'a [(u8, i16)])>,
        n_classes: usize,
    ) -> Weights {
        let mut entries = Vec::new();
        let mut dense = Vec::new();
        let feats = KeyTable::new(runs.map(|(k, run)| {
            if run.len() >= DENSE_MIN && n_classes <= DENSE_ROW {
                let mut row = [0u8; ROW];
                for &(c, w) in run {
                    let at = 2 * (c as usize % DENSE_ROW);
                    row[at..at + 2].copy_from_slice(&scaled(w).to_le_bytes());
                }
                dense.push(row);
                return (k, ((dense.len() - 1) as u32) << 8 | 0xFF);
            }
            let v = (entries.len() as u32) << 8 | run.len() as u32;
            entries.extend(run.iter().map(|&(c, w)| entry(c, scaled(w))));
            (k, v)
        }));
        Weights {
            feats,
            entries: Cow::Owned(entries),
            dense: Cow::Owned(dense),
            words: KeyTable::new(std::iter::empty()),
            word_sums: Cow::Owned(Vec::new()),
            first_only: false,
        }
    }

    /// Precompute the word-only features of the vocabulary, given as the keys of
    /// each word's [`features::word_only`] features (those of them in `active`,
    /// the features this pass reads).
    pub(crate) fn cache_words(
        &mut self,
        vocabulary: &[[u32; features::WORD_ONLY.len()]],
        active: &[usize],
        n_classes: usize,
    ) {
        if n_classes > DENSE_ROW {
            return;
        }
        let read = features::WORD_ONLY.map(|j| active.contains(&j));
        let mut sums = Vec::with_capacity(vocabulary.len());
        let mut pairs = Vec::with_capacity(vocabulary.len());
        for keys in vocabulary {
            let mut scores = [0i16; MAX_CLASSES];
            for (&k, &read) in keys.iter().zip(&read) {
                if read && let Some(v) = self.feats.get(k) {
                    self.add(v, &mut scores);
                }
            }
            let mut row = [0u8; ROW];
            for (r, s) in row.as_chunks_mut::<2>().0.iter_mut().zip(&scores) {
                *r = s.to_le_bytes();
            }
            pairs.push((keys[2], sums.len() as u32));
            sums.push(row);
        }
        self.words = KeyTable::new(pairs.into_iter());
        self.word_sums = Cow::Owned(sums);
    }

    /// Add the weights of the feature whose table value is `v` to `scores`.
    #[inline]
    pub(crate) fn add(&self, v: u32, scores: &mut [i16; MAX_CLASSES]) {
        let (start, len) = ((v >> 8) as usize, (v & 0xff) as usize);
        if len == 0xFF {
            add_row(scores, &self.dense[start]);
            return;
        }
        for e in &self.entries[start..start + len] {
            let (c, w) = unpack_entry(e);
            let s = &mut scores[c & (MAX_CLASSES - 1)];
            *s = s.saturating_add(w);
        }
    }
}

/// An entry: class `c`, weight `w`.
fn entry(c: u8, w: i16) -> [u8; 4] {
    (u32::from(c) << 16 | u32::from(w as u16)).to_le_bytes()
}

/// The class and weight of an entry.
#[inline]
fn unpack_entry(e: &[u8; 4]) -> (usize, i16) {
    (usize::from(e[2]), i16::from_le_bytes([e[0], e[1]]))
}

/// `scores += row` over the first [`DENSE_ROW`] classes. Not inlined: as a function
/// of its own, the two arrays are known not to overlap and the loop is vectorised.
#[inline(never)]
fn add_row(scores: &mut [i16; MAX_CLASSES], row: &[u8; ROW]) {
    for (s, w) in scores.iter_mut().zip(row.as_chunks::<2>().0) {
        *s = s.saturating_add(i16::from_le_bytes(*w));
    }
}

/// A stored weight at run time: divided by [`SCALE_SHIFT`] powers of two, so that
/// the sums of a position's weights fit the `i16` scores (added with saturation).
fn scaled(w: i16) -> i16 {
    ((i32::from(w) + (1 << (SCALE_SHIFT - 1))) >> SCALE_SHIFT) as i16
}

/// Lay out the model file `model`, reading its vocabulary's word classes in
/// `lexicon`.
pub(crate) fn lay_out(model: &[u8], lexicon: &Lexicon) -> Result<Tables, LayoutError> {
    let mut r = Reader::new(model);
    if r.take(8)? != MAGIC {
        return Err(LayoutError::Magic);
    }
    let n_classes = r.u32()? as usize;
    if n_classes == 0 || n_classes > MAX_CLASSES {
        return Err(LayoutError::Invalid("class count"));
    }
    let classes = r.take(2 * n_classes)?.as_chunks().0.to_vec();
    let n_dict = r.u32()? as usize;
    let dict_keys = r.take(4 * n_dict)?;
    let dict_classes = r.take(n_dict)?;
    if dict_classes.iter().any(|&c| c as usize >= n_classes) {
        return Err(LayoutError::Invalid("dictionary class"));
    }
    let dict = KeyTable::new(
        dict_keys
            .chunks_exact(4)
            .zip(dict_classes)
            .map(|(k, &c)| (le32(k), u32::from(c))),
    );
    let n_passes = r.u32()? as usize;
    if !(1..=2).contains(&n_passes) {
        return Err(LayoutError::Invalid("pass count"));
    }
    let mut passes = Vec::with_capacity(n_passes);
    for _ in 0..n_passes {
        passes.push(pass(&mut r, n_classes)?);
    }
    let n_words = r.u32()? as usize;
    let vocabulary = std::str::from_utf8(r.take(n_words)?)
        .map_err(|_| LayoutError::Invalid("vocabulary is not UTF-8"))?;
    let vocabulary: Vec<[u32; features::WORD_ONLY.len()]> = vocabulary
        .split('\n')
        .filter(|w| !w.is_empty())
        .map(|word| {
            let mut info = WordInfo::new(word);
            info.lex = lexicon.classes(info.lower);
            features::word_only(&info)
        })
        .collect();
    let all: Vec<usize> = (0..WORD_KEY).collect();
    for (p, pass) in passes.iter_mut().enumerate() {
        pass.first_only = n_passes == 2 && p == 0;
        let active = if pass.first_only {
            &features::FIRST_PASS[..]
        } else {
            &all[..]
        };
        pass.cache_words(&vocabulary, active, n_classes);
    }
    Ok(Tables {
        classes,
        dict,
        passes,
    })
}

/// Decode the weights of one pass.
fn pass(r: &mut Reader, n_classes: usize) -> Result<Weights, LayoutError> {
    Ok(Weights::new(
        WeightRuns::read(r, n_classes)?.runs(),
        n_classes,
    ))
}

impl Tables {
    /// The tables as one blob.
    #[allow(dead_code)] // used by build.rs and the tests
    pub(crate) fn pack(&self) -> Vec<u8> {
        let mut sections: Vec<&[u8]> = vec![
            self.classes.as_flattened(),
            self.dict.slots().as_flattened(),
        ];
        for p in &self.passes {
            sections.extend([
                p.feats.slots().as_flattened(),
                p.entries.as_flattened(),
                p.dense.as_flattened(),
                p.words.slots().as_flattened(),
                p.word_sums.as_flattened(),
            ]);
        }
        pack(BLOB_MAGIC, &sections)
    }

    /// The tables of a blob written by [`Tables::pack`], read in place (`None` if
    /// it is not one).
    pub(crate) fn read(blob: &'static [u8]) -> Option<Tables> {
        let sections = unpack(BLOB_MAGIC, blob)?;
        let n_passes = sections.len().checked_sub(HEAD_SECTIONS)? / PASS_SECTIONS;
        if !(1..=2).contains(&n_passes)
            || sections.len() != HEAD_SECTIONS + PASS_SECTIONS * n_passes
        {
            return None;
        }
        let table = |s: &'static [u8]| KeyTable::from_slots(Cow::Borrowed(chunks(s)?));
        let mut passes = Vec::with_capacity(n_passes);
        for (p, s) in sections[HEAD_SECTIONS..]
            .chunks_exact(PASS_SECTIONS)
            .enumerate()
        {
            passes.push(Weights {
                feats: table(s[0])?,
                entries: Cow::Borrowed(chunks(s[1])?),
                dense: Cow::Borrowed(chunks(s[2])?),
                words: table(s[3])?,
                word_sums: Cow::Borrowed(chunks(s[4])?),
                first_only: n_passes == 2 && p == 0,
            });
        }
        Some(Tables {
            classes: chunks(sections[0])?.to_vec(),
            dict: table(sections[1])?,
            passes,
        })
    }
}
