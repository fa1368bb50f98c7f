//! The parser's run-time tables as one blob of bytes: a model file (as
//! [`super::train`] writes it) in, the blob out ([`lay_out`]), and the blob's
//! sections back ([`tables`]), read in place.
//!
//! The build script (`build.rs`, which includes this file and `model_bytes.rs`)
//! lays the embedded model out once, at compile time: the binary holds the blob,
//! aligned to a cache line, and the parser reads it where it lies, without
//! decoding or copying anything. [`super::Parser::from_bytes`] lays out other
//! model files the same way at run time.
//!
//! Blob: a header of one cache line (magic, the relations the model may predict
//! as a `u64`, then the section sizes as `u32`: move buckets, label buckets,
//! dense rows, entries), then the sections, all little-endian:
//!
//! - move buckets, one cache line each: [`MOVE_BUCKET`] keys (`u32`, 0 for an
//!   empty slot) then their [`N_MOVES`] weights each (`i16`); a key's bucket is
//!   chosen by its hash ([`home`]), full buckets spill into the next;
//! - label buckets, likewise: [`LABEL_BUCKET`] keys then their values (`u32`):
//!   `start << 8 | len` for a run of entries, `row << 8 | 0xFF` for a dense row;
//! - dense rows: [`N_LABELS`] weights (`i16`) each, for features with at least
//!   [`DENSE_MIN`] weights;
//! - entries: `class << 16 | weight as u16` (`u32`).
//!
//! Relation weights are stored divided by 8 ([`scaled`]), so that the sums of an
//! arc's features fit `i16` scores.

use crate::nlp::model_bytes::{LayoutError, Reader, le32};

/// The magic of a parser model file.
pub(crate) const MAGIC: &[u8; 8] = b"KGPAR01\n";
/// The magic of a blob.
const BLOB_MAGIC: &[u8; 8] = b"KGPARTB1";
/// Transitions scored (shift, reduce, left arc, right arc).
pub(crate) const N_MOVES: usize = 4;
/// Relation classes (a relation's `u8` value is its class).
pub(crate) const N_LABELS: usize = 64;
/// Bytes of a bucket (a cache line) and of the header.
pub(crate) const LINE: usize = 64;
/// Bytes of a dense row.
pub(crate) const ROW: usize = 2 * N_LABELS;
/// Keys per move bucket.
pub(crate) const MOVE_BUCKET: usize = 5;
/// Keys per label bucket.
pub(crate) const LABEL_BUCKET: usize = 8;
/// Label features with at least this many weights get a dense row.
const DENSE_MIN: usize = 5;

/// The sections of a blob.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tables<'a> {
    /// Bit `c` set: the model may predict relation class `c`.
    pub(crate) allowed: u64,
    pub(crate) moves: &'a [[u8; LINE]],
    pub(crate) labels: &'a [[u8; LINE]],
    pub(crate) dense: &'a [[u8; ROW]],
    pub(crate) entries: &'a [[u8; 4]],
}

/// Lay out the model file `model` whose relation classes are below
/// `n_relations` (at most [`N_LABELS`]).
pub(crate) fn lay_out(model: &[u8], n_relations: usize) -> Result<Vec<u8>, LayoutError> {
    let mut r = Reader::new(model);
    if r.take(8)? != MAGIC {
        return Err(LayoutError::Magic);
    }
    let allowed = u64::from(r.u32()?) | u64::from(r.u32()?) << 32;
    let n_moves = r.u32()? as usize;
    let move_keys = r.take(4 * n_moves)?;
    let move_weights = r.take(2 * N_MOVES * n_moves)?;
    let n_feats = r.u32()? as usize;
    let n_entries = r.u32()? as usize;
    let keys = r.take(4 * n_feats)?;
    let lens = r.take(n_feats)?;
    let classes = r.take(n_entries)?;
    let weights = r.take(2 * n_entries)?;
    if lens.iter().map(|&l| l as usize).sum::<usize>() != n_entries || n_entries >= 1 << 24 {
        return Err(LayoutError::Invalid("entry count"));
    }
    if classes
        .iter()
        .any(|&c| c as usize >= n_relations.min(N_LABELS))
    {
        return Err(LayoutError::Invalid("relation class"));
    }
    if !r.at_end() {
        return Err(LayoutError::Invalid("trailing bytes"));
    }
    if move_keys
        .chunks_exact(4)
        .chain(keys.chunks_exact(4))
        .any(|k| le32(k) == 0)
    {
        return Err(LayoutError::Invalid("zero key"));
    }
    let moves = move_buckets(
        move_keys
            .chunks_exact(4)
            .zip(move_weights.chunks_exact(2 * N_MOVES))
            .map(|(k, w)| (le32(k), w)),
    );
    let mut start = 0;
    let runs = keys.chunks_exact(4).zip(lens).map(|(k, &l)| {
        let run = (classes, weights, start..start + l as usize);
        start += l as usize;
        (le32(k), run)
    });
    let (labels, dense, entries) = label_tables(runs);
    let mut blob = Vec::with_capacity(
        LINE + LINE * (moves.len() + labels.len()) + ROW * dense.len() + 4 * entries.len(),
    );
    blob.extend_from_slice(BLOB_MAGIC);
    blob.extend_from_slice(&allowed.to_le_bytes());
    for n in [moves.len(), labels.len(), dense.len(), entries.len()] {
        blob.extend_from_slice(&(n as u32).to_le_bytes());
    }
    blob.resize(LINE, 0);
    blob.extend(moves.iter().flatten());
    blob.extend(labels.iter().flatten());
    blob.extend(dense.iter().flatten());
    blob.extend(entries.iter().flatten());
    Ok(blob)
}

/// The sections of `blob` (as [`lay_out`] writes it); `None` if it is not one.
pub(crate) fn tables(blob: &[u8]) -> Option<Tables<'_>> {
    let (header, rest) = blob.split_at_checked(LINE)?;
    if &header[..8] != BLOB_MAGIC {
        return None;
    }
    let allowed = u64::from_le_bytes(header[8..16].try_into().ok()?);
    let n = |i: usize| le32(&header[16 + 4 * i..]) as usize;
    let (moves, rest) = rest.split_at_checked(LINE * n(0))?;
    let (labels, rest) = rest.split_at_checked(LINE * n(1))?;
    let (dense, entries) = rest.split_at_checked(ROW * n(2))?;
    if entries.len() != 4 * n(3) {
        return None;
    }
    Some(Tables {
        allowed,
        moves: moves.as_chunks().0,
        labels: labels.as_chunks().0,
        dense: dense.as_chunks().0,
        entries: entries.as_chunks().0,
    })
}

/// The home bucket of key `k` in a table of `cap` buckets (keys are uniform
/// hashes).
#[inline]
pub(crate) fn home(k: u32, cap: usize) -> usize {
    ((u64::from(k) * cap as u64) >> 32) as usize
}

/// The `u32` at `u32` position `j` of a bucket.
#[inline]
pub(crate) fn word(bucket: &[u8; LINE], j: usize) -> u32 {
    u32::from_le_bytes([
        bucket[4 * j],
        bucket[4 * j + 1],
        bucket[4 * j + 2],
        bucket[4 * j + 3],
    ])
}

/// Put `k` into the first empty slot of its home bucket or of the first bucket
/// after it with room; returns the bucket and the slot.
fn place<const N: usize>(buckets: &mut [[u8; LINE]], k: u32) -> (usize, usize) {
    let cap = buckets.len();
    let mut b = home(k, cap);
    loop {
        if let Some(j) = (0..N).find(|&j| word(&buckets[b], j) == 0) {
            buckets[b][4 * j..4 * j + 4].copy_from_slice(&k.to_le_bytes());
            return (b, j);
        }
        b = if b + 1 == cap { 0 } else { b + 1 };
    }
}

/// Move buckets for `(key, weights)` pairs (weights as stored in the model:
/// [`N_MOVES`] little-endian `i16`), three-fifths full on average.
fn move_buckets<'a>(pairs: impl ExactSizeIterator<Item = (u32, &'a [u8])>) -> Vec<[u8; LINE]> {
    let cap = (pairs.len() / 3 + 1).max(4);
    let mut buckets = vec![[0u8; LINE]; cap];
    for (k, w) in pairs {
        let (b, j) = place::<MOVE_BUCKET>(&mut buckets, k);
        let at = 4 * MOVE_BUCKET + 2 * N_MOVES * j;
        buckets[b][at..at + 2 * N_MOVES].copy_from_slice(w);
    }
    buckets
}

/// A feature's run of relation weights: the model's classes and weights, and the
/// range of the run in them.
type Run<'a> = (&'a [u8], &'a [u8], std::ops::Range<usize>);

/// Label buckets, dense rows and entries.
type LabelTables = (Vec<[u8; LINE]>, Vec<[u8; ROW]>, Vec<[u8; 4]>);

/// Label buckets (five-eighths full on average), dense rows and entries for
/// `(key, run)` pairs.
fn label_tables<'a>(runs: impl ExactSizeIterator<Item = (u32, Run<'a>)>) -> LabelTables {
    let cap = (runs.len() / 5 + 1).max(4);
    let mut buckets = vec![[0u8; LINE]; cap];
    let mut entries = Vec::new();
    let mut dense = Vec::new();
    for (k, (classes, weights, range)) in runs {
        let run = range.map(|i| {
            let w = i16::from_le_bytes([weights[2 * i], weights[2 * i + 1]]);
            (classes[i], scaled(w))
        });
        let v = if run.len() >= DENSE_MIN {
            let mut row = [0u8; ROW];
            for (c, w) in run {
                let at = 2 * (c as usize & (N_LABELS - 1));
                row[at..at + 2].copy_from_slice(&w.to_le_bytes());
            }
            dense.push(row);
            ((dense.len() - 1) as u32) << 8 | 0xFF
        } else {
            let v = (entries.len() as u32) << 8 | run.len() as u32;
            entries
                .extend(run.map(|(c, w)| (u32::from(c) << 16 | u32::from(w as u16)).to_le_bytes()));
            v
        };
        let (b, j) = place::<LABEL_BUCKET>(&mut buckets, k);
        let at = 4 * (LABEL_BUCKET + j);
        buckets[b][at..at + 4].copy_from_slice(&v.to_le_bytes());
    }
    (buckets, dense, entries)
}

/// A stored relation weight at run time: divided by 8, so that the sums of the
/// weights of an arc's features fit `i16` scores (added with saturation), which
/// vector instructions add twice as fast as `i32` ones.
fn scaled(w: i16) -> i16 {
    ((i32::from(w) + 4) >> 3) as i16
}
