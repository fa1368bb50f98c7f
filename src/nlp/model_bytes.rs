//! Reading the embedded models' byte formats: a model file's bytes in, its
//! fields out, one bounds-checked read at a time. The tagger, the parser and the
//! recogniser decode their files with the one [`Reader`] (each maps
//! [`Truncated`] into its own model error); the tagger and the recogniser look
//! their hashed features up in the one [`KeyTable`].

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

/// Open-addressing map from non-zero `u32` keys to `u32` values.
#[derive(Debug)]
pub(crate) struct KeyTable {
    mask: usize,
    slots: Vec<(u32, u32)>,
}

impl KeyTable {
    pub(crate) fn new(pairs: impl ExactSizeIterator<Item = (u32, u32)>) -> KeyTable {
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

    /// The entry in `k`'s home slot (read for a batch of keys first, so the
    /// memory loads overlap; `get` follows the probe chain when it is not `k`).
    #[inline]
    pub(crate) fn home(&self, k: u32) -> (u32, u32) {
        self.slots[k as usize & self.mask]
    }

    #[inline]
    pub(crate) fn get(&self, k: u32) -> Option<u32> {
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

/// The little-endian `u32` in the first four bytes of `b`.
pub(crate) fn le32(b: &[u8]) -> u32 {
    u32::from_le_bytes([b[0], b[1], b[2], b[3]])
}

#[cfg(test)]
mod tests {
    use super::*;

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
