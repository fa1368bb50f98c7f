//! The recogniser's run-time tables: a model file (as [`super::encode`] writes
//! it) in, its weights (feature key → label weights), cluster table and
//! dictionary of words always outside names out ([`lay_out`]); and the same tables
//! as one blob ([`Tables::pack`]), read back in place ([`Tables::read`]).
//!
//! Model file (little-endian): magic `KGNER01\n`; label count ([`N_LABELS`]);
//! feature count, entry count, the feature keys, each feature's entry count
//! (`u8`), the entries' labels (`u8`) and `i16` weights; cluster-table size, its
//! keys and paths (`u32`); outside-dictionary size and its keys (`u32`).
//!
//! The build script (`build.rs`, which includes this file and `model_bytes.rs`)
//! lays the embedded model out once, at compile time: the binary holds the blob,
//! aligned to a cache line, and the recogniser reads it where it lies.
//! [`super::Recogniser::from_bytes`] lays out other model files at run time. Blob
//! sections: the feature slots, entries (`label << 16 | weight as u16`, `u32`),
//! dense rows ([`N_LABELS`] `i32` each), the cluster table's slots and the
//! outside dictionary's.

use std::borrow::Cow;

use crate::nlp::model_bytes::{
    KeyTable, LayoutError, Reader, WeightRuns, chunks, le32, pack, unpack,
};

/// The magic of a recogniser model file.
pub(crate) const MAGIC: &[u8; 8] = b"KGNER01\n";
/// The magic of a blob.
const BLOB_MAGIC: &[u8; 8] = b"KGNERTB1";
/// Labels of the model (BILOU labels of the four classes, and outside).
pub(crate) const N_LABELS: usize = 17;
/// Bytes of a dense row.
pub(crate) const ROW: usize = 4 * N_LABELS;
/// Features with at least this many weights get a dense row.
const DENSE_MIN: usize = 8;

/// Weights: feature key → its run of `entries` (`label << 16 | weight as u16`),
/// or, for features with weights for many labels, a dense row (table value
/// `row << 8 | 0xFF`), added with vector instructions.
#[derive(Debug)]
pub(crate) struct Weights {
    pub(crate) feats: KeyTable,
    pub(crate) entries: Cow<'static, [[u8; 4]]>,
    pub(crate) dense: Cow<'static, [[u8; ROW]]>,
}

/// A model's tables.
#[derive(Debug)]
pub(crate) struct Tables {
    pub(crate) weights: Weights,
    /// Word key → cluster path.
    pub(crate) clusters: KeyTable,
    /// Keys of the words always outside names.
    pub(crate) outside: KeyTable,
}

impl Weights {
    pub(crate) fn new<'a>(runs: impl ExactSizeIterator<Item = (u32, &'a [(u8, i16)])>) -> Weights {
        let mut entries = Vec::new();
        let mut dense = Vec::new();
        let feats = KeyTable::new(runs.map(|(k, run)| {
            if run.len() >= DENSE_MIN && run.iter().all(|&(c, _)| usize::from(c) < N_LABELS) {
                let mut row = [0i32; N_LABELS];
                for &(c, w) in run {
                    row[usize::from(c)] += i32::from(w);
                }
                let mut bytes = [0u8; ROW];
                for (b, w) in bytes.as_chunks_mut::<4>().0.iter_mut().zip(row) {
                    *b = w.to_le_bytes();
                }
                dense.push(bytes);
                return (k, ((dense.len() - 1) as u32) << 8 | 0xFF);
            }
            let v = (entries.len() as u32) << 8 | run.len() as u32;
            entries.extend(
                run.iter()
                    .map(|&(c, w)| (u32::from(c) << 16 | u32::from(w as u16)).to_le_bytes()),
            );
            (k, v)
        }));
        Weights {
            feats,
            entries: Cow::Owned(entries),
            dense: Cow::Owned(dense),
        }
    }

    /// Add the weights of the feature whose table value is `v` to `scores`.
    #[inline]
    pub(crate) fn add(&self, v: u32, scores: &mut [i32; 32]) {
        let (start, len) = ((v >> 8) as usize, (v & 0xff) as usize);
        if len == 0xFF {
            add_row(scores, &self.dense[start]);
            return;
        }
        for e in &self.entries[start..start + len] {
            let e = u32::from_le_bytes(*e);
            scores[(e >> 16) as usize & 31] += i32::from(e as u16 as i16);
        }
    }
}

/// `scores += row` over the labels. Not inlined: as a function of its own, the
/// two arrays are known not to overlap and the loop is vectorised.
#[inline(never)]
fn add_row(scores: &mut [i32; 32], row: &[u8; ROW]) {
    for (s, w) in scores.iter_mut().zip(row.as_chunks::<4>().0) {
        *s += i32::from_le_bytes(*w);
    }
}

/// Lay out the model file `model`.
pub(crate) fn lay_out(model: &[u8]) -> Result<Tables, LayoutError> {
    let mut r = Reader::new(model);
    if r.take(8)? != MAGIC {
        return Err(LayoutError::Magic);
    }
    if r.u32()? as usize != N_LABELS {
        return Err(LayoutError::Invalid("label count"));
    }
    let size = |n: usize, each: usize| n.checked_mul(each).ok_or(LayoutError::Invalid("size"));
    let weights = Weights::new(WeightRuns::read(&mut r, N_LABELS)?.runs());
    let n_words = r.u32()? as usize;
    let cluster_keys = r.take(size(n_words, 4)?)?;
    let paths = r.take(n_words * 4)?;
    let n_outside = r.u32()? as usize;
    let outside = r.take(size(n_outside, 4)?)?;
    let outside = KeyTable::new(outside.chunks_exact(4).map(|k| (le32(k), 1)));
    if !r.at_end() {
        return Err(LayoutError::Invalid("trailing bytes"));
    }
    let clusters = KeyTable::new(
        cluster_keys
            .chunks_exact(4)
            .zip(paths.chunks_exact(4))
            .map(|(k, p)| (le32(k), le32(p))),
    );
    Ok(Tables {
        weights,
        clusters,
        outside,
    })
}

impl Tables {
    /// The tables as one blob.
    #[allow(dead_code)] // used by build.rs and the tests
    pub(crate) fn pack(&self) -> Vec<u8> {
        let w = &self.weights;
        pack(
            BLOB_MAGIC,
            &[
                w.feats.slots().as_flattened(),
                w.entries.as_flattened(),
                w.dense.as_flattened(),
                self.clusters.slots().as_flattened(),
                self.outside.slots().as_flattened(),
            ],
        )
    }

    /// The tables of a blob written by [`Tables::pack`], read in place (`None` if
    /// it is not one).
    pub(crate) fn read(blob: &'static [u8]) -> Option<Tables> {
        let s = unpack(BLOB_MAGIC, blob)?;
        let [feats, entries, dense, clusters, outside] = s[..] else {
            return None;
        };
        let table = |s: &'static [u8]| KeyTable::from_slots(Cow::Borrowed(chunks(s)?));
        Some(Tables {
            weights: Weights {
                feats: table(feats)?,
                entries: Cow::Borrowed(chunks(entries)?),
                dense: Cow::Borrowed(chunks(dense)?),
            },
            clusters: table(clusters)?,
            outside: table(outside)?,
        })
    }
}
