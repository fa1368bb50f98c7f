//! The parser's weight tables at run time: the sections of a [`super::layout`] blob
//! (borrowed where the binary holds it, else owned) in, the summed scores of a
//! feature list out.
//!
//! Both tables keep their keys (the move table a 16-bit fingerprint of each) in
//! buckets of one cache line, a key's bucket chosen by its hash and full buckets
//! spilling into the next, so that a lookup (most look for absent keys) reads one
//! line and compares its keys without branching.

use std::borrow::Cow;

use super::features::N_LABEL;
use super::layout::{
    LABEL_BUCKET, LINE, MOVE_BUCKET, MOVE_WEIGHTS, N_CODES, N_LABELS, N_MOVES, ROW, SPILLED,
    find_fingerprint, fingerprint, half, home, word,
};

/// Feature key → the weights of the four transitions, in the move buckets of a
/// [`super::layout`] blob.
#[derive(Debug)]
pub(super) struct MoveTable {
    buckets: Cow<'static, [[u8; LINE]]>,
    /// The weight of each one-byte code.
    levels: [i16; N_CODES],
}

impl MoveTable {
    pub(super) fn new(buckets: Cow<'static, [[u8; LINE]]>, levels: [i16; N_CODES]) -> MoveTable {
        MoveTable { buckets, levels }
    }

    /// Add the weights of `feats` to `scores`.
    #[inline]
    pub(super) fn score<const N: usize>(&self, feats: &[u32; N], scores: &mut [i32; N_MOVES]) {
        let buckets: &[[u8; LINE]] = &self.buckets;
        let cap = buckets.len();
        // Find every feature's bucket first, touching it, so that the CPU overlaps
        // the cache misses; then look inside.
        let mut at = [0usize; N];
        let mut empty = [false; N];
        for ((a, e), &k) in at.iter_mut().zip(&mut empty).zip(feats) {
            *a = home(k, cap);
            *e = half(&buckets[*a], 0) == 0;
        }
        for ((&b, &e), &k) in at.iter().zip(&empty).zip(feats) {
            if e {
                continue;
            }
            if let Some(codes) = move_get(buckets, b, fingerprint(k)) {
                for (s, &c) in scores.iter_mut().zip(codes) {
                    *s += i32::from(self.levels[usize::from(c)]);
                }
            }
        }
    }
}

/// The weight codes in slot `j` of a move bucket.
#[inline]
fn move_codes(bucket: &[u8; LINE], j: usize) -> &[u8; N_MOVES] {
    let at = MOVE_WEIGHTS + N_MOVES * j;
    bucket[at..at + N_MOVES].try_into().expect("four codes")
}

/// The weight codes of the key with fingerprint `fp`, whose home bucket is `b`:
/// looked for there, and only if a key of `b` spilled, in the buckets after it
/// up to the first that is not full.
#[inline]
fn move_get(buckets: &[[u8; LINE]], mut b: usize, fp: u16) -> Option<&[u8; N_MOVES]> {
    let spilled = buckets[b][SPILLED] != 0;
    loop {
        let bucket = &buckets[b];
        if let Some(j) = find_fingerprint(bucket, fp) {
            return Some(move_codes(bucket, j));
        }
        if !spilled || half(bucket, MOVE_BUCKET - 1) == 0 {
            return None;
        }
        b = if b + 1 == buckets.len() { 0 } else { b + 1 };
    }
}

/// The slot of `k` among the keys of a label bucket (compared all at once,
/// without branches; buckets fill from the front, so a bucket whose last key is 0
/// holds no key further on).
#[inline]
fn find(bucket: &[u8; LINE], k: u32) -> Option<usize> {
    let mut mask = 0u32;
    for j in 0..LABEL_BUCKET {
        mask |= u32::from(word(bucket, j) == k) << j;
    }
    (mask != 0).then(|| mask.trailing_zeros() as usize)
}

/// The relation classifier's weights: feature key → its run of entries
/// (`class << 16 | weight as u16`), or, for features with many classes, a dense
/// row; the label buckets, dense rows and entries of a [`super::layout`] blob.
#[derive(Debug)]
pub(super) struct LabelWeights {
    buckets: Cow<'static, [[u8; LINE]]>,
    dense: Cow<'static, [[u8; ROW]]>,
    entries: Cow<'static, [[u8; 4]]>,
}

impl LabelWeights {
    pub(super) fn new(
        buckets: Cow<'static, [[u8; LINE]]>,
        dense: Cow<'static, [[u8; ROW]]>,
        entries: Cow<'static, [[u8; 4]]>,
    ) -> LabelWeights {
        LabelWeights {
            buckets,
            dense,
            entries,
        }
    }

    /// Add the weights of `feats` to `scores` (with saturation).
    #[inline]
    pub(super) fn score(&self, feats: &[u32; N_LABEL], scores: &mut [i16; N_LABELS]) {
        let buckets: &[[u8; LINE]] = &self.buckets;
        let cap = buckets.len();
        let mut at = [0usize; N_LABEL];
        let mut first = [0u32; N_LABEL];
        for ((a, f), &k) in at.iter_mut().zip(&mut first).zip(feats) {
            *a = home(k, cap);
            *f = word(&buckets[*a], 0);
        }
        for ((&b, &f), &k) in at.iter().zip(&first).zip(feats) {
            let v = if f == k {
                word(&buckets[b], LABEL_BUCKET)
            } else if f == 0 {
                continue;
            } else {
                match label_get(buckets, b, k) {
                    Some(v) => v,
                    None => continue,
                }
            };
            let (start, len) = ((v >> 8) as usize, (v & 0xFF) as usize);
            if len == 0xFF {
                add_row(scores, &self.dense[start]);
                continue;
            }
            for e in &self.entries[start..start + len] {
                let e = u32::from_le_bytes(*e);
                let s = &mut scores[(e >> 16) as usize & (N_LABELS - 1)];
                *s = s.saturating_add(e as u16 as i16);
            }
        }
    }
}

/// The value of key `k`, whose home bucket is `b`.
#[inline]
fn label_get(buckets: &[[u8; LINE]], mut b: usize, k: u32) -> Option<u32> {
    loop {
        let bucket = &buckets[b];
        if let Some(j) = find(bucket, k) {
            return Some(word(bucket, LABEL_BUCKET + j));
        }
        if word(bucket, LABEL_BUCKET - 1) == 0 {
            return None;
        }
        b = if b + 1 == buckets.len() { 0 } else { b + 1 };
    }
}

/// `scores += row`. Not inlined: as a function of its own, the two arrays are known
/// not to overlap and the loop is vectorised.
#[inline(never)]
fn add_row(scores: &mut [i16; N_LABELS], row: &[u8; ROW]) {
    for (s, w) in scores.iter_mut().zip(row.as_chunks::<2>().0) {
        *s = s.saturating_add(i16::from_le_bytes(*w));
    }
}
