//! The parser's weight tables at run time: quantised weights (as
//! [`super::Parser::from_bytes`] decodes them) in, the summed scores of a feature
//! list out.
//!
//! Both tables keep their keys in buckets of one cache line, a key's bucket chosen
//! by its hash and full buckets spilling into the next, so that a lookup (most look
//! for absent keys) reads one line and compares its keys without branching.

use super::N_LABELS;
use super::features::N_LABEL;
use super::state::N_MOVES;

/// Feature key → the weights of the four transitions: buckets of one cache line
/// each, a key's bucket chosen by its hash, full buckets spilling into the next.
#[derive(Debug)]
pub(super) struct MoveTable {
    buckets: Vec<MoveBucket>,
}

/// Keys per [`MoveBucket`].
const MOVE_BUCKET: usize = 5;

#[derive(Debug, Clone, Copy, Default)]
#[repr(C, align(64))]
struct MoveBucket {
    keys: [u32; MOVE_BUCKET],
    weights: [[i16; N_MOVES]; MOVE_BUCKET],
}

impl MoveTable {
    pub(super) fn new(pairs: impl ExactSizeIterator<Item = (u32, [i16; N_MOVES])>) -> MoveTable {
        // Buckets three-fifths full on average.
        let cap = (pairs.len() / 3 + 1).max(4);
        let mut buckets = vec![MoveBucket::default(); cap];
        for (k, w) in pairs {
            let mut b = home(k, cap);
            loop {
                let bucket = &mut buckets[b];
                if let Some(j) = bucket.keys.iter().position(|&x| x == 0) {
                    bucket.keys[j] = k;
                    bucket.weights[j] = w;
                    break;
                }
                b = if b + 1 == cap { 0 } else { b + 1 };
            }
        }
        MoveTable { buckets }
    }

    /// Add the weights of `feats` to `scores`.
    #[inline]
    pub(super) fn score<const N: usize>(&self, feats: &[u32; N], scores: &mut [i32; N_MOVES]) {
        let cap = self.buckets.len();
        // Find every feature's bucket first, touching it, so that the CPU overlaps
        // the cache misses; then look inside.
        let mut at = [0usize; N];
        let mut first = [0u32; N];
        for ((a, f), &k) in at.iter_mut().zip(&mut first).zip(feats) {
            *a = home(k, cap);
            *f = self.buckets[*a].keys[0];
        }
        for ((&b, &f), &k) in at.iter().zip(&first).zip(feats) {
            let w = if f == k {
                self.buckets[b].weights[0]
            } else if f == 0 {
                continue;
            } else {
                match self.get(b, k) {
                    Some(w) => w,
                    None => continue,
                }
            };
            for (s, &x) in scores.iter_mut().zip(&w) {
                *s += i32::from(x);
            }
        }
    }

    /// The weights of key `k`, whose home bucket is `b`.
    #[inline]
    fn get(&self, mut b: usize, k: u32) -> Option<[i16; N_MOVES]> {
        loop {
            let bucket = &self.buckets[b];
            if let Some(j) = find(&bucket.keys, k) {
                return Some(bucket.weights[j]);
            }
            if bucket.keys[MOVE_BUCKET - 1] == 0 {
                return None;
            }
            b = if b + 1 == self.buckets.len() {
                0
            } else {
                b + 1
            };
        }
    }
}

/// The position of `k` in a bucket's keys (compared all at once, without
/// branches; buckets fill from the front, so a bucket whose last key is 0 holds
/// no key further on).
#[inline]
fn find<const N: usize>(keys: &[u32; N], k: u32) -> Option<usize> {
    let mut mask = 0u32;
    for (j, &x) in keys.iter().enumerate() {
        mask |= u32::from(x == k) << j;
    }
    (mask != 0).then(|| mask.trailing_zeros() as usize)
}

/// The home slot (or bucket) of key `k` in a table of `cap` (keys are uniform
/// hashes).
#[inline]
fn home(k: u32, cap: usize) -> usize {
    ((u64::from(k) * cap as u64) >> 32) as usize
}

/// The relation classifier's weights: feature key → its run of `(class, weight)`,
/// or, for features with many classes, a dense row. Keys are kept in buckets of one
/// cache line, as in [`MoveTable`].
#[derive(Debug)]
pub(super) struct LabelWeights {
    /// Values are `start << 8 | len` into `entries`, or `row << 8 | 0xFF` for a
    /// dense row.
    buckets: Vec<LabelBucket>,
    entries: Vec<(u8, i16)>,
    dense: Vec<[i16; N_LABELS]>,
}

/// Keys per [`LabelBucket`].
const LABEL_BUCKET: usize = 8;

#[derive(Debug, Clone, Copy, Default)]
#[repr(C, align(64))]
struct LabelBucket {
    keys: [u32; LABEL_BUCKET],
    values: [u32; LABEL_BUCKET],
}

/// Label features with at least this many weights get a dense row.
const DENSE_MIN: usize = 5;

impl LabelWeights {
    pub(super) fn new<'a>(
        runs: impl ExactSizeIterator<Item = (u32, &'a [(u8, i16)])>,
    ) -> LabelWeights {
        // Buckets five-eighths full on average.
        let cap = (runs.len() / 5 + 1).max(4);
        let mut buckets = vec![LabelBucket::default(); cap];
        let mut entries = Vec::new();
        let mut dense = Vec::new();
        for (k, run) in runs {
            let v = if run.len() >= DENSE_MIN {
                let mut row = [0i16; N_LABELS];
                for &(c, w) in run {
                    row[c as usize & (N_LABELS - 1)] = scaled(w);
                }
                dense.push(row);
                ((dense.len() - 1) as u32) << 8 | 0xFF
            } else {
                let v = (entries.len() as u32) << 8 | run.len() as u32;
                entries.extend(run.iter().map(|&(c, w)| (c, scaled(w))));
                v
            };
            let mut b = home(k, cap);
            loop {
                let bucket = &mut buckets[b];
                if let Some(j) = bucket.keys.iter().position(|&x| x == 0) {
                    bucket.keys[j] = k;
                    bucket.values[j] = v;
                    break;
                }
                b = if b + 1 == cap { 0 } else { b + 1 };
            }
        }
        LabelWeights {
            buckets,
            entries,
            dense,
        }
    }

    /// The value of key `k`, whose home bucket is `b`.
    #[inline]
    fn get(&self, mut b: usize, k: u32) -> Option<u32> {
        loop {
            let bucket = &self.buckets[b];
            if let Some(j) = find(&bucket.keys, k) {
                return Some(bucket.values[j]);
            }
            if bucket.keys[LABEL_BUCKET - 1] == 0 {
                return None;
            }
            b = if b + 1 == self.buckets.len() {
                0
            } else {
                b + 1
            };
        }
    }

    #[inline]
    pub(super) fn score(&self, feats: &[u32; N_LABEL], scores: &mut [i16; N_LABELS]) {
        let cap = self.buckets.len();
        let mut at = [0usize; N_LABEL];
        let mut first = [0u32; N_LABEL];
        for ((a, f), &k) in at.iter_mut().zip(&mut first).zip(feats) {
            *a = home(k, cap);
            *f = self.buckets[*a].keys[0];
        }
        for ((&b, &f), &k) in at.iter().zip(&first).zip(feats) {
            let v = if f == k {
                self.buckets[b].values[0]
            } else if f == 0 {
                continue;
            } else {
                match self.get(b, k) {
                    Some(v) => v,
                    None => continue,
                }
            };
            let (start, len) = ((v >> 8) as usize, (v & 0xFF) as usize);
            if len == 0xFF {
                add_row(scores, &self.dense[start]);
                continue;
            }
            for &(c, w) in &self.entries[start..start + len] {
                let s = &mut scores[c as usize & (N_LABELS - 1)];
                *s = s.saturating_add(w);
            }
        }
    }
}

/// A stored relation weight at run time: divided by 8, so that the sums of the
/// weights of an arc's features fit `i16` scores (added with saturation), which
/// vector instructions add twice as fast as `i32` ones.
#[inline]
fn scaled(w: i16) -> i16 {
    ((i32::from(w) + 4) >> 3) as i16
}

/// `scores += row`. Not inlined: as a function of its own, the two arrays are known
/// not to overlap and the loop is vectorised.
#[inline(never)]
fn add_row(scores: &mut [i16; N_LABELS], row: &[i16; N_LABELS]) {
    for (s, &w) in scores.iter_mut().zip(row) {
        *s = s.saturating_add(w);
    }
}
