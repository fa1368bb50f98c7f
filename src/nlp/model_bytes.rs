//! Reading the embedded models' byte formats: a model file's bytes in, its
//! fields out, one bounds-checked read at a time. The tagger, the parser and the
//! recogniser decode their files with the one [`Reader`] (each maps
//! [`Truncated`] into its own model error); the tagger and the recogniser look
//! their hashed features up in the one [`KeyTable`]. The build script includes
//! this file too: it lays the tagger and the parser out as [`pack`]ed blobs of
//! run-time tables, which the binary holds and the models read in place.

use std::borrow::Cow;

/// A read ran past the end of a model file of this many bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Truncated(pub usize);

/// A cursor over a model file.
pub(crate) struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    pub(crate) fn new(bytes: &'a [u8]) -> Reader<'a> {
        Reader { bytes, pos: 0 }
    }

    /// The next `n` bytes.
    pub(crate) fn take(&mut self, n: usize) -> Result<&'a [u8], Truncated> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.bytes.len());
        let end = end.ok_or(Truncated(self.bytes.len()))?;
        let s = &self.bytes[self.pos..end];
        self.pos = end;
        Ok(s)
    }

    /// The next little-endian `u32`.
    pub(crate) fn u32(&mut self) -> Result<u32, Truncated> {
        self.take(4).map(le32)
    }

    /// Whether every byte has been read.
    pub(crate) fn at_end(&self) -> bool {
        self.pos == self.bytes.len()
    }
}

/// A model file that could not be laid out as run-time tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LayoutError {
    Magic,
    Truncated(usize),
    Invalid(&'static str),
}

/// `From<LayoutError>` for a model's own error type, whose variants `Magic`,
/// `Truncated(usize)` and `Invalid(&'static str)` say the same for one model.
#[allow(unused_macros)] // not used by build.rs
macro_rules! from_layout_error {
    ($error:ident) => {
        impl From<$crate::nlp::model_bytes::LayoutError> for $error {
            fn from(e: $crate::nlp::model_bytes::LayoutError) -> Self {
                use $crate::nlp::model_bytes::LayoutError;
                match e {
                    LayoutError::Magic => $error::Magic,
                    LayoutError::Truncated(n) => $error::Truncated(n),
                    LayoutError::Invalid(what) => $error::Invalid(what),
                }
            }
        }
    };
}
#[allow(unused_imports)] // not used by build.rs
pub(crate) use from_layout_error;

impl From<Truncated> for LayoutError {
    fn from(t: Truncated) -> Self {
        LayoutError::Truncated(t.0)
    }
}

/// Sparse weights as the tagger and the recogniser store them: a feature
/// count and an entry count, the features' `u32` keys, one run length per
/// feature, then each entry's class and `i16` weight. Read and checked (the
/// runs add up to the entries, every class below `n_classes`).
pub(crate) struct WeightRuns<'a> {
    keys: &'a [u8],
    lens: &'a [u8],
    entries: Vec<(u8, i16)>,
}

impl<'a> WeightRuns<'a> {
    pub(crate) fn read(r: &mut Reader<'a>, n_classes: usize) -> Result<Self, LayoutError> {
        let size = |n: usize, each: usize| n.checked_mul(each).ok_or(LayoutError::Invalid("size"));
        let n_feats = r.u32()? as usize;
        let n_entries = r.u32()? as usize;
        let keys = r.take(size(n_feats, 4)?)?;
        let lens = r.take(n_feats)?;
        let classes = r.take(n_entries)?;
        let weights = r.take(size(n_entries, 2)?)?;
        if lens.iter().map(|&l| l as usize).sum::<usize>() != n_entries || n_entries >= 1 << 24 {
            return Err(LayoutError::Invalid("entry count"));
        }
        if classes.iter().any(|&c| c as usize >= n_classes) {
            return Err(LayoutError::Invalid("weight class"));
        }
        let entries = classes
            .iter()
            .zip(weights.chunks_exact(2))
            .map(|(&c, w)| (c, i16::from_le_bytes([w[0], w[1]])))
            .collect();
        Ok(WeightRuns {
            keys,
            lens,
            entries,
        })
    }

    /// Each feature's key with its run of (class, weight) entries.
    pub(crate) fn runs(&self) -> impl ExactSizeIterator<Item = (u32, &[(u8, i16)])> {
        let mut start = 0;
        self.keys
            .chunks_exact(4)
            .zip(self.lens)
            .map(move |(k, &l)| {
                let run = &self.entries[start..start + l as usize];
                start += l as usize;
                (le32(k), run)
            })
    }
}

/// Open-addressing map from non-zero `u32` keys to `u32` values: slots of a key
/// and its value (little-endian), a power of two of them, `(0, _)` empty; owned,
/// or borrowed from a blob.
#[derive(Debug)]
pub(crate) struct KeyTable {
    mask: usize,
    slots: Cow<'static, [[u8; 8]]>,
}

impl KeyTable {
    pub(crate) fn new(pairs: impl ExactSizeIterator<Item = (u32, u32)>) -> KeyTable {
        let cap = (pairs.len() * 2).next_power_of_two().max(16);
        let mut slots = vec![[0u8; 8]; cap];
        for (k, v) in pairs {
            let mut i = k as usize & (cap - 1);
            while slot(&slots[i]).0 != 0 && slot(&slots[i]).0 != k {
                i = (i + 1) & (cap - 1);
            }
            slots[i][..4].copy_from_slice(&k.to_le_bytes());
            slots[i][4..].copy_from_slice(&v.to_le_bytes());
        }
        KeyTable {
            mask: cap - 1,
            slots: Cow::Owned(slots),
        }
    }

    /// The table whose slots are `slots` (as [`KeyTable::slots`] gave them);
    /// `None` unless their number is a power of two.
    pub(crate) fn from_slots(slots: Cow<'static, [[u8; 8]]>) -> Option<KeyTable> {
        slots.len().is_power_of_two().then(|| KeyTable {
            mask: slots.len() - 1,
            slots,
        })
    }

    /// The slots, for a blob.
    #[allow(dead_code)] // used by build.rs and the tests
    pub(crate) fn slots(&self) -> &[[u8; 8]] {
        &self.slots
    }

    /// The entry in `k`'s home slot (read for a batch of keys first, so the
    /// memory loads overlap; `get` follows the probe chain when it is not `k`).
    #[inline]
    pub(crate) fn home(&self, k: u32) -> (u32, u32) {
        slot(&self.slots[k as usize & self.mask])
    }

    #[inline]
    pub(crate) fn get(&self, k: u32) -> Option<u32> {
        let slots: &[[u8; 8]] = &self.slots;
        let mut i = k as usize & self.mask;
        loop {
            let (key, v) = slot(&slots[i]);
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

/// The key and value of a [`KeyTable`] slot.
#[inline]
fn slot(s: &[u8; 8]) -> (u32, u32) {
    (
        u32::from_le_bytes([s[0], s[1], s[2], s[3]]),
        u32::from_le_bytes([s[4], s[5], s[6], s[7]]),
    )
}

/// A value aligned to a cache line: `&Aligned(*include_bytes!(…))` puts a blob
/// where its sections start on cache lines.
#[repr(C, align(64))]
pub(crate) struct Aligned<T: ?Sized>(pub T);

/// Bytes of a blob's header, and the alignment of its sections.
const LINE: usize = 64;
/// Most sections of a blob.
const MAX_SECTIONS: usize = (LINE - 12) / 4;

/// A blob of `sections`, each starting on a cache line: a header line (`magic`,
/// the number of sections and each one's length, as `u32`), then the sections,
/// zero-padded.
#[allow(dead_code)] // used by build.rs and the tests
pub(crate) fn pack(magic: &[u8; 8], sections: &[&[u8]]) -> Vec<u8> {
    assert!(sections.len() <= MAX_SECTIONS, "too many sections");
    let mut blob = magic.to_vec();
    blob.extend_from_slice(&(sections.len() as u32).to_le_bytes());
    for s in sections {
        blob.extend_from_slice(&(s.len() as u32).to_le_bytes());
    }
    for s in sections {
        blob.resize(blob.len().next_multiple_of(LINE), 0);
        blob.extend_from_slice(s);
    }
    blob
}

/// The sections of a [`pack`]ed blob (`None` if it is not one with `magic`).
pub(crate) fn unpack<'a>(magic: &[u8; 8], blob: &'a [u8]) -> Option<Vec<&'a [u8]>> {
    if blob.get(..8)? != magic {
        return None;
    }
    let mut header = Reader::new(blob.get(8..LINE)?);
    let n = header.u32().ok()? as usize;
    let lens = (0..n.min(MAX_SECTIONS)).map(|_| header.u32().ok());
    let lens: Vec<usize> = lens.map(|l| l.map(|l| l as usize)).collect::<Option<_>>()?;
    let mut at = LINE;
    let mut sections = Vec::with_capacity(n);
    for len in lens {
        at = at.next_multiple_of(LINE);
        sections.push(blob.get(at..at.checked_add(len)?)?);
        at += len;
    }
    (at == blob.len()).then_some(sections)
}

/// `s` as `N`-byte chunks, if its length is a multiple of `N`.
pub(crate) fn chunks<const N: usize>(s: &[u8]) -> Option<&[[u8; N]]> {
    let (chunks, rest) = s.as_chunks();
    rest.is_empty().then_some(chunks)
}

/// The little-endian `u32` in the first four bytes of `b`.
pub(crate) fn le32(b: &[u8]) -> u32 {
    u32::from_le_bytes([b[0], b[1], b[2], b[3]])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blobs_unpack_as_packed() {
        let sections: [&[u8]; 3] = [b"abc", b"", &[7; 70]];
        let blob = pack(b"TESTBLOB", &sections);
        assert_eq!(unpack(b"TESTBLOB", &blob).as_deref(), Some(&sections[..]));
        assert_eq!(unpack(b"OTHERMAG", &blob), None);
        assert_eq!(unpack(b"TESTBLOB", &blob[..blob.len() - 1]), None);
    }

    #[test]
    fn key_tables_find_their_keys() {
        let t = KeyTable::new((1..101u32).map(|k| (k.wrapping_mul(0x9E37_79B9), k)));
        for k in 1..=100u32 {
            assert_eq!(t.get(k.wrapping_mul(0x9E37_79B9)), Some(k));
        }
        assert_eq!(t.get(12345), None);
        let back = KeyTable::from_slots(Cow::Owned(t.slots().to_vec())).unwrap();
        assert_eq!(back.get(0x9E37_79B9), Some(1));
    }

    #[test]
    fn reads_are_bounds_checked() {
        let mut r = Reader::new(&[1, 0, 0, 0, 7]);
        assert_eq!(r.u32(), Ok(1));
        assert!(!r.at_end());
        assert_eq!(r.u32(), Err(Truncated(5)));
        assert_eq!(r.take(1), Ok(&[7u8][..]));
        assert!(r.at_end());
        assert_eq!(r.take(usize::MAX), Err(Truncated(5)));
    }
}
