//! Word clusters of the recogniser: a word in, its cluster path out (the bits of
//! its cluster's place in a binary hierarchy, with a leading 1; 0 for words
//! without a cluster).
//!
//! The table maps hashed exact forms (and, for words only seen otherwise cased,
//! lower-cased forms) to paths. It is learnt from unlabelled news by
//! [`super::train`] and stored in the recogniser's model file; only the table is
//! shipped, never the text.

use super::features::{WordInfo, key};
use super::{KeyTable, ModelError};
use crate::hash::FastMap;

/// The cluster table.
#[derive(Debug)]
pub struct Clusters {
    table: KeyTable,
}

/// The table key of an exact form.
pub(crate) fn exact_key(info: &WordInfo) -> u32 {
    key(90, info.exact, 0)
}

/// The table key of a lower-cased form.
pub(crate) fn lower_key(info: &WordInfo) -> u32 {
    key(91, info.lower, 0)
}

impl Clusters {
    /// Build from `(key, path)` pairs.
    pub(crate) fn new(pairs: impl ExactSizeIterator<Item = (u32, u32)>) -> Clusters {
        Clusters {
            table: KeyTable::new(pairs),
        }
    }

    /// The clusters of a table of `(key, path)`.
    pub(crate) fn from_table(table: KeyTable) -> Clusters {
        Clusters { table }
    }

    /// The cluster path of a word (0: none).
    #[inline]
    pub(crate) fn path(&self, info: &WordInfo) -> u32 {
        self.table
            .get(exact_key(info))
            .or_else(|| self.table.get(lower_key(info)))
            .unwrap_or(0)
    }
}

/// Parse a cluster table (`path \t word \t count` per line, `path` in `0`/`1`
/// digits, as Brown clustering tools write it) into sorted `(key, path)` pairs:
/// every word under its exact form, and under its lower-cased form the path of its
/// most frequent casing.
pub fn parse_table(text: &str) -> Result<Vec<(u32, u32)>, ModelError> {
    let mut exact = Vec::new();
    let mut lower: FastMap<u32, (u64, u32)> = FastMap::default();
    for line in text.lines().filter(|l| !l.is_empty()) {
        let mut fields = line.split('\t');
        let (Some(bits), Some(word)) = (fields.next(), fields.next()) else {
            return Err(ModelError::Invalid("cluster table line"));
        };
        let count: u64 = fields.next().and_then(|c| c.parse().ok()).unwrap_or(1);
        if bits.is_empty() || bits.len() > 31 || !bits.bytes().all(|b| b == b'0' || b == b'1') {
            return Err(ModelError::Invalid("cluster path"));
        }
        let path = bits.bytes().fold(1u32, |p, b| p << 1 | u32::from(b - b'0'));
        let info = WordInfo::new(word, 0, 0, 0);
        exact.push((exact_key(&info), path));
        let entry = lower.entry(lower_key(&info)).or_insert((count, path));
        if count > entry.0 {
            *entry = (count, path);
        }
    }
    exact.extend(lower.into_iter().map(|(k, (_, p))| (k, p)));
    exact.sort_unstable();
    exact.dedup_by_key(|&mut (k, _)| k);
    Ok(exact)
}
