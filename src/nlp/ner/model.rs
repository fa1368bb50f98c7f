//! The recogniser's model file: bytes in, weights (feature key → label weights),
//! cluster table and dictionary of words always outside names out; and the writer
//! of the same format for training.
//!
//! Layout (little-endian): magic `KGNER01\n`; label count (17); feature count,
//! entry count, the feature keys, each feature's entry count (`u8`), the entries'
//! labels (`u8`) and `i16` weights; cluster-table size, its keys and paths (`u32`);
//! outside-dictionary size and its keys (`u32`).

use super::features::N_FEATURES;
use super::{ModelError, N_LABELS, Recogniser, clusters};
use crate::nlp::model_bytes::{KeyTable, Reader, le32};

const MAGIC: &[u8; 8] = b"KGNER01\n";

/// Weights: feature key → its run of `entries` (`class << 16 | weight as u16`),
/// or, for features with weights for many labels, a dense row (table value
/// `row << 8 | 0xFF`), added with vector instructions.
#[derive(Debug)]
pub(crate) struct Weights {
    feats: KeyTable,
    entries: Vec<u32>,
    dense: Vec<[i32; N_LABELS]>,
}

/// Features with at least this many weights get a dense row.
const DENSE_MIN: usize = 8;

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
                dense.push(row);
                return (k, ((dense.len() - 1) as u32) << 8 | 0xFF);
            }
            let v = (entries.len() as u32) << 8 | run.len() as u32;
            entries.extend(
                run.iter()
                    .map(|&(c, w)| u32::from(c) << 16 | u32::from(w as u16)),
            );
            (k, v)
        }));
        Weights {
            feats,
            entries,
            dense,
        }
    }

    /// The best label among `allowed` for `feats`.
    #[inline]
    pub(crate) fn predict(&self, feats: &[u32; N_FEATURES], allowed: u32) -> u8 {
        let mut home = [(0u32, 0u32); N_FEATURES];
        for (h, &k) in home.iter_mut().zip(feats) {
            *h = self.feats.home(k);
        }
        let mut scores = [0i32; 32];
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
                let (start, len) = ((v >> 8) as usize, (v & 0xff) as usize);
                if len == 0xFF {
                    add_row(&mut scores, &self.dense[start]);
                    continue;
                }
                for &e in &self.entries[start..start + len] {
                    scores[(e >> 16) as usize & 31] += i32::from(e as u16 as i16);
                }
            }
        }
        best(&scores, allowed)
    }
}

/// `scores += row` over the labels. Not inlined: as a function of its own, the
/// two arrays are known not to overlap and the loop is vectorised.
#[inline(never)]
fn add_row(scores: &mut [i32; 32], row: &[i32; N_LABELS]) {
    for (s, &w) in scores.iter_mut().zip(row) {
        *s += w;
    }
}

/// The allowed label with the highest score (the first one on ties).
#[inline]
pub(crate) fn best(scores: &[i32], allowed: u32) -> u8 {
    let mut top = None;
    for (l, &s) in scores.iter().enumerate().take(N_LABELS) {
        if allowed & (1 << l) != 0 && top.is_none_or(|(_, b)| s > b) {
            top = Some((l, s));
        }
    }
    top.map_or(0, |(l, _)| l as u8)
}

impl Recogniser {
    /// Decode a model written by [`super::train::train`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Recogniser, ModelError> {
        let mut r = Reader::new(bytes);
        if r.take(8)? != MAGIC {
            return Err(ModelError::Magic);
        }
        if r.u32()? as usize != N_LABELS {
            return Err(ModelError::Invalid("label count"));
        }
        let n_feats = r.u32()? as usize;
        let n_entries = r.u32()? as usize;
        let keys = r.take(n_feats.checked_mul(4).ok_or(ModelError::Invalid("size"))?)?;
        let lens = r.take(n_feats)?;
        let classes = r.take(n_entries)?;
        let weights = r.take(
            n_entries
                .checked_mul(2)
                .ok_or(ModelError::Invalid("size"))?,
        )?;
        if lens.iter().map(|&l| l as usize).sum::<usize>() != n_entries || n_entries >= 1 << 24 {
            return Err(ModelError::Invalid("entry count"));
        }
        if classes.iter().any(|&c| c as usize >= N_LABELS) {
            return Err(ModelError::Invalid("weight class"));
        }
        let entries: Vec<(u8, i16)> = classes
            .iter()
            .zip(weights.chunks_exact(2))
            .map(|(&c, w)| (c, i16::from_le_bytes([w[0], w[1]])))
            .collect();
        let mut start = 0;
        let runs = keys.chunks_exact(4).zip(lens).map(|(k, &l)| {
            let run = &entries[start..start + l as usize];
            start += l as usize;
            (le32(k), run)
        });
        let weights = Weights::new(runs);
        let n_words = r.u32()? as usize;
        let cluster_keys = r.take(n_words.checked_mul(4).ok_or(ModelError::Invalid("size"))?)?;
        let paths = r.take(n_words * 4)?;
        let n_outside = r.u32()? as usize;
        let outside = r.take(
            n_outside
                .checked_mul(4)
                .ok_or(ModelError::Invalid("size"))?,
        )?;
        let outside = KeyTable::new(outside.chunks_exact(4).map(|k| (le32(k), 1)));
        if !r.at_end() {
            return Err(ModelError::Invalid("trailing bytes"));
        }
        let clusters = clusters::Clusters::new(
            cluster_keys
                .chunks_exact(4)
                .zip(paths.chunks_exact(4))
                .map(|(k, p)| (le32(k), le32(p))),
        );
        Ok(Recogniser {
            weights,
            clusters,
            outside,
        })
    }
}

/// Write the model format read by [`Recogniser::from_bytes`].
pub(crate) fn encode(
    weights: &[(u32, Vec<(u8, i16)>)],
    clusters: &[(u32, u32)],
    outside: &[u32],
) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    out.extend((N_LABELS as u32).to_le_bytes());
    let n_entries: usize = weights.iter().map(|(_, ws)| ws.len()).sum();
    out.extend((weights.len() as u32).to_le_bytes());
    out.extend((n_entries as u32).to_le_bytes());
    out.extend(weights.iter().flat_map(|(k, _)| k.to_le_bytes()));
    out.extend(weights.iter().map(|(_, ws)| ws.len() as u8));
    out.extend(
        weights
            .iter()
            .flat_map(|(_, ws)| ws.iter().map(|&(c, _)| c)),
    );
    out.extend(
        weights
            .iter()
            .flat_map(|(_, ws)| ws.iter().flat_map(|&(_, w)| w.to_le_bytes())),
    );
    out.extend((clusters.len() as u32).to_le_bytes());
    out.extend(clusters.iter().flat_map(|(k, _)| k.to_le_bytes()));
    out.extend(clusters.iter().flat_map(|(_, p)| p.to_le_bytes()));
    out.extend((outside.len() as u32).to_le_bytes());
    out.extend(outside.iter().flat_map(|k| k.to_le_bytes()));
    out
}

#[cfg(test)]
mod tests {
    use super::super::EMBEDDED_BYTES;
    use super::*;

    #[test]
    fn bad_models_are_rejected() {
        assert!(matches!(
            Recogniser::from_bytes(b"nope"),
            Err(ModelError::Truncated(_))
        ));
        assert!(matches!(
            Recogniser::from_bytes(b"KGTAG04\n........"),
            Err(ModelError::Magic)
        ));
        let mut truncated = EMBEDDED_BYTES.to_vec();
        truncated.truncate(truncated.len() - 1);
        assert!(Recogniser::from_bytes(&truncated).is_err());
        let mut longer = EMBEDDED_BYTES.to_vec();
        longer.push(0);
        assert!(Recogniser::from_bytes(&longer).is_err());
        let mut labels = EMBEDDED_BYTES.to_vec();
        labels[8] = 3;
        assert!(matches!(
            Recogniser::from_bytes(&labels),
            Err(ModelError::Invalid(_))
        ));
    }

    #[test]
    fn written_models_read_back() {
        let weights = vec![(7u32, vec![(0u8, 5i16), (4, -3)]), (9, vec![(16, 100)])];
        let bytes = encode(&weights, &[(11, 0b101)], &[13]);
        let rec = Recogniser::from_bytes(&bytes).unwrap();
        let mut feats = [0u32; N_FEATURES];
        feats[0] = 9;
        assert_eq!(rec.weights.predict(&feats, u32::MAX), 16);
        feats[0] = 7;
        assert_eq!(rec.weights.predict(&feats, u32::MAX), 0);
        assert_eq!(rec.weights.predict(&feats, 1 << 4 | 1 << 5), 5);
        assert_eq!(rec.outside.get(13), Some(1));
    }
}
