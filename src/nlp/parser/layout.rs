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
//! - weight levels: [`N_CODES`] `i16`, the transition weight each one-byte code
//!   stands for ([`quantise`]);
//! - move buckets, one cache line each: [`MOVE_BUCKET`] fingerprints of keys
//!   (`u16`, [`fingerprint`]; 0 for an empty slot), a byte [`SPILLED`] (1 if a
//!   key of this home bucket lies further on), padding, then the keys'
//!   [`N_MOVES`] weight codes each (`u8`); a key's bucket is chosen by its hash
//!   ([`home`], the key's high bits), full buckets spill into the next. The
//!   fingerprint (the key's low bits) stands for the key: an absent key whose
//!   fingerprint matches one on its way reads that feature's weights, as a hash
//!   collision of feature keys would (about once in 6,000 lookups); two model
//!   keys that would share a slot share it, their weights added;
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
const BLOB_MAGIC: &[u8; 8] = b"KGPARTB3";
/// Transitions scored (shift, reduce, left arc, right arc).
pub(crate) const N_MOVES: usize = 4;
/// Relation classes (a relation's `u8` value is its class).
pub(crate) const N_LABELS: usize = 64;
/// Bytes of a bucket (a cache line) and of the header.
pub(crate) const LINE: usize = 64;
/// Bytes of a dense row.
pub(crate) const ROW: usize = 2 * N_LABELS;
/// Keys per move bucket.
pub(crate) const MOVE_BUCKET: usize = 10;
/// Byte of a move bucket that is 1 if a key whose home it is lies in a later bucket
/// (a lookup that does not find its key in a home bucket without it is done).
pub(crate) const SPILLED: usize = 2 * MOVE_BUCKET;
/// Byte offset of the weight codes in a move bucket.
pub(crate) const MOVE_WEIGHTS: usize = 24;
const _: () = assert!(
    MOVE_BUCKET == 10 && SPILLED == 20 && MOVE_WEIGHTS + N_MOVES * MOVE_BUCKET == LINE,
    "find_fingerprint reads ten slots"
);
/// One-byte weight codes: bit 7 the sign, bits 0–6 the magnitude's level (0 for
/// a zero weight).
pub(crate) const N_CODES: usize = 256;
/// Bytes of the levels section.
const LEVELS: usize = 2 * N_CODES;
/// Keys per label bucket.
pub(crate) const LABEL_BUCKET: usize = 8;
/// Label features with at least this many weights get a dense row.
const DENSE_MIN: usize = 5;

/// The sections of a blob.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Tables<'a> {
    /// Bit `c` set: the model may predict relation class `c`.
    pub(crate) allowed: u64,
    /// The transition weight of each one-byte code.
    pub(crate) levels: [i16; N_CODES],
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
    let (levels, moves) = move_buckets(
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
        LINE + LEVELS + LINE * (moves.len() + labels.len()) + ROW * dense.len() + 4 * entries.len(),
    );
    blob.extend_from_slice(BLOB_MAGIC);
    blob.extend_from_slice(&allowed.to_le_bytes());
    for n in [moves.len(), labels.len(), dense.len(), entries.len()] {
        blob.extend_from_slice(&(n as u32).to_le_bytes());
    }
    blob.resize(LINE, 0);
    blob.extend(levels.iter().flat_map(|l| l.to_le_bytes()));
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
    let (levels, rest) = rest.split_at_checked(LEVELS)?;
    let (moves, rest) = rest.split_at_checked(LINE * n(0))?;
    let (labels, rest) = rest.split_at_checked(LINE * n(1))?;
    let (dense, entries) = rest.split_at_checked(ROW * n(2))?;
    if entries.len() != 4 * n(3) {
        return None;
    }
    let levels = levels.as_chunks::<2>().0;
    Some(Tables {
        allowed,
        levels: std::array::from_fn(|c| i16::from_le_bytes(levels[c])),
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

/// A move key's fingerprint: its low 16 bits, never 0 (the mark of an empty
/// slot). The bucket is chosen by the high bits ([`home`]).
#[inline]
pub(crate) fn fingerprint(k: u32) -> u16 {
    (k as u16).max(1)
}

/// The `u16` at `u16` position `j` of a bucket.
#[inline]
pub(crate) fn half(bucket: &[u8; LINE], j: usize) -> u16 {
    u16::from_le_bytes([bucket[2 * j], bucket[2 * j + 1]])
}

/// The slot of fingerprint `f` in a move bucket: the ten slots read as 16-bit
/// lanes of three words, the lowest lane equal to `f` found with the zero-lane
/// test of bit tricks (exact for the lowest lane), without a branch per slot.
#[inline]
pub(crate) fn find_fingerprint(bucket: &[u8; LINE], f: u16) -> Option<usize> {
    const ONES: u64 = 0x0001_0001_0001_0001;
    const HIGHS: u64 = ONES << 15;
    let wide = ONES * u64::from(f);
    for (i, lanes) in bucket.as_chunks::<8>().0[..2].iter().enumerate() {
        let a = u64::from_le_bytes(*lanes) ^ wide;
        let zero = a.wrapping_sub(ONES) & !a & HIGHS;
        if zero != 0 {
            return Some(4 * i + zero.trailing_zeros() as usize / 16);
        }
    }
    let b = word(bucket, 4) ^ wide as u32;
    let zero = b.wrapping_sub(ONES as u32) & !b & HIGHS as u32;
    (zero != 0).then(|| 8 + zero.trailing_zeros() as usize / 16)
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

/// Put label key `k` into the first empty slot of its home bucket or of the
/// first bucket after it with room; returns the bucket and the slot.
fn place(buckets: &mut [[u8; LINE]], k: u32) -> (usize, usize) {
    let cap = buckets.len();
    let mut b = home(k, cap);
    loop {
        if let Some(j) = (0..LABEL_BUCKET).find(|&j| word(&buckets[b], j) == 0) {
            buckets[b][4 * j..4 * j + 4].copy_from_slice(&k.to_le_bytes());
            return (b, j);
        }
        b = if b + 1 == cap { 0 } else { b + 1 };
    }
}

/// Weight levels and move buckets for `(key, weights)` pairs (weights as stored
/// in the model: [`N_MOVES`] little-endian `i16`), seven-tenths full on
/// average. A key whose fingerprint is already on its way (another key's, from
/// the same home bucket or spilled into it) adds its weights to that slot's, so
/// that looking either key up reads the sum.
fn move_buckets<'a>(
    pairs: impl ExactSizeIterator<Item = (u32, &'a [u8])>,
) -> ([i16; N_CODES], Vec<[u8; LINE]>) {
    let cap = (pairs.len() / 7 + 1).max(4);
    let mut buckets = vec![[0u8; LINE]; cap];
    let mut sums = vec![[0i16; N_MOVES]; cap * MOVE_BUCKET];
    for (k, w) in pairs {
        let f = fingerprint(k);
        let h = home(k, cap);
        let mut b = h;
        let j = loop {
            if let Some(j) = find_fingerprint(&buckets[b], f) {
                break j;
            }
            if let Some(j) = (0..MOVE_BUCKET).find(|&j| half(&buckets[b], j) == 0) {
                buckets[b][2 * j..2 * j + 2].copy_from_slice(&f.to_le_bytes());
                break j;
            }
            b = if b + 1 == cap { 0 } else { b + 1 };
        };
        if b != h {
            buckets[h][SPILLED] = 1;
        }
        for (s, x) in sums[b * MOVE_BUCKET + j].iter_mut().zip(w.chunks_exact(2)) {
            *s = s.saturating_add(i16::from_le_bytes([x[0], x[1]]));
        }
    }
    let (levels, code) = quantise(sums.iter().flatten().copied());
    for (bucket, sums) in buckets.iter_mut().zip(sums.chunks_exact(MOVE_BUCKET)) {
        for (c, &w) in bucket[MOVE_WEIGHTS..].iter_mut().zip(sums.as_flattened()) {
            *c = code(w);
        }
    }
    (levels, buckets)
}

/// One-byte codes for transition weights: the levels (each code's weight) and the
/// code of a weight. The 127 magnitudes are those of a one-dimensional k-means
/// (Lloyd's algorithm from the quantiles, on the histogram of the weights'
/// magnitudes) in which each weight counts as much as its size, so that the
/// large weights, few but decisive, get levels of their own rather than all
/// going to the many small ones: the shipped model's transition weights read
/// 1.0 % off their size on average (3 % for the largest 1 %). Zero is exact.
fn quantise(weights: impl Iterator<Item = i16>) -> ([i16; N_CODES], impl Fn(i16) -> u8) {
    const MAX: usize = 1 << 15;
    const K: usize = N_CODES / 2 - 1;
    let mut hist = vec![0u64; MAX + 1];
    for w in weights {
        hist[w.unsigned_abs() as usize] += 1;
    }
    hist[0] = 0;
    // Each weight counts as much as its size.
    for (v, h) in hist.iter_mut().enumerate() {
        *h *= v as u64;
    }
    let total: u64 = hist.iter().sum();
    // Start from the quantiles of the magnitudes.
    let mut centre = [1f64; K];
    let (mut seen, mut k) = (0u64, 0);
    for (v, &h) in hist.iter().enumerate() {
        seen += h;
        while k < K && 2 * K as u64 * seen >= (2 * k as u64 + 1) * total && total > 0 {
            centre[k] = v as f64;
            k += 1;
        }
    }
    for _ in 0..40 {
        let mut sum = [0f64; K];
        let mut count = [0f64; K];
        let mut c = 0;
        for (v, &h) in hist.iter().enumerate().skip(1) {
            while c + 1 < K && (v as f64) > (centre[c] + centre[c + 1]) / 2.0 {
                c += 1;
            }
            sum[c] += v as f64 * h as f64;
            count[c] += h as f64;
        }
        for ((x, s), n) in centre.iter_mut().zip(sum).zip(count) {
            if n > 0.0 {
                *x = s / n;
            }
        }
    }
    let magnitude: [i16; K] =
        std::array::from_fn(|c| centre[c].round().clamp(1.0, 32_767.0) as i16);
    let levels = std::array::from_fn(|code| match code & 0x7F {
        0 => 0,
        m if code & 0x80 == 0 => magnitude[m - 1],
        m => -magnitude[m - 1],
    });
    // The level of every magnitude: the nearest one.
    let mut nearest = vec![0u8; MAX + 1];
    let mut c = 0;
    for (v, n) in nearest.iter_mut().enumerate().skip(1) {
        while c + 1 < K
            && (i32::from(magnitude[c + 1]) - v as i32).abs()
                <= (i32::from(magnitude[c]) - v as i32).abs()
        {
            c += 1;
        }
        *n = c as u8 + 1;
    }
    let code = move |w: i16| match w {
        0 => 0,
        w if w > 0 => nearest[w as usize],
        w => 0x80 | nearest[w.unsigned_abs() as usize],
    };
    (levels, code)
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
        let (b, j) = place(&mut buckets, k);
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A xorshift generator, for test data.
    fn generator() -> impl FnMut() -> u64 {
        let mut x = 0x9E37_79B9_7F4A_7C15u64;
        move || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        }
    }

    #[test]
    fn fingerprints_are_found_as_a_plain_scan_finds_them() {
        let mut next = generator();
        for round in 0..5_000 {
            let mut bucket = [0u8; LINE];
            for b in &mut bucket[SPILLED..] {
                *b = next() as u8;
            }
            for j in 0..round % (MOVE_BUCKET + 1) {
                // Few distinct values, so that slots repeat and match often.
                let f = [1u16, 2, 0xFFFF, 0x8000, 0x0101, 7][next() as usize % 6];
                bucket[2 * j..2 * j + 2].copy_from_slice(&f.to_le_bytes());
            }
            for f in [1u16, 2, 7, 0x0101, 0x8000, 0xFFFF, 0x0100, 3] {
                let scan = (0..MOVE_BUCKET).find(|&j| half(&bucket, j) == f);
                assert_eq!(find_fingerprint(&bucket, f), scan, "{bucket:?} {f}");
            }
        }
    }

    #[test]
    fn every_key_laid_out_reads_its_weights() {
        let mut next = generator();
        let keys: Vec<u32> = (0..20_000).map(|_| next() as u32 | 1).collect();
        // Weights of -50..=50, which their codes keep within 2.
        let weights: Vec<[u8; 2 * N_MOVES]> = (0..keys.len())
            .map(|_| {
                let mut b = [0u8; 2 * N_MOVES];
                for m in 0..N_MOVES {
                    let w = (next() % 101) as i16 - 50;
                    b[2 * m..2 * m + 2].copy_from_slice(&w.to_le_bytes());
                }
                b
            })
            .collect();
        let (levels, buckets) =
            move_buckets(keys.iter().copied().zip(weights.iter().map(|w| &w[..])));
        let mut shared = 0;
        for (k, w) in keys.iter().zip(&weights) {
            let h = home(*k, buckets.len());
            let mut b = h;
            let j = loop {
                if let Some(j) = find_fingerprint(&buckets[b], fingerprint(*k)) {
                    break j;
                }
                assert!(
                    b == h || buckets[h][SPILLED] == 1,
                    "key {k} spilled unmarked"
                );
                assert!(half(&buckets[b], MOVE_BUCKET - 1) != 0, "key {k} lost");
                b = (b + 1) % buckets.len();
            };
            let at = MOVE_WEIGHTS + N_MOVES * j;
            let read: Vec<i16> = buckets[b][at..at + N_MOVES]
                .iter()
                .map(|&c| levels[usize::from(c)])
                .collect();
            let stored: Vec<i16> = w
                .chunks_exact(2)
                .map(|x| i16::from_le_bytes([x[0], x[1]]))
                .collect();
            // A key that shares its slot with another (the same fingerprint on
            // the way: a few pairs among 20,000 keys) reads the sum of both.
            shared += usize::from(read.iter().zip(&stored).any(|(r, s)| (r - s).abs() > 2));
        }
        assert!(shared <= 12, "{shared} keys read weights not their own");
    }

    #[test]
    fn quantised_weights_keep_their_sign_and_most_of_their_size() {
        let mut next = generator();
        // Heavy-tailed like a model's: many small weights, a few large ones.
        let weights: Vec<i16> = (0..200_000)
            .map(|_| {
                let m = (next() % 1000) as f64 / 1000.0;
                let w = (30.0 * (m * 7.0).exp()) as i16;
                if next().is_multiple_of(3) {
                    0
                } else if next().is_multiple_of(2) {
                    w
                } else {
                    -w
                }
            })
            .collect();
        let (levels, code) = quantise(weights.iter().copied());
        let mut error = 0f64;
        let mut size = 0f64;
        for &w in &weights {
            let q = levels[usize::from(code(w))];
            assert_eq!(q.signum(), w.signum(), "{w} read as {q}");
            error += f64::from(q - w).abs();
            size += f64::from(w).abs();
        }
        assert!(
            error / size < 0.02,
            "mean error {:.4} of the size",
            error / size
        );
    }
}
