//! Reading the embedded models' byte formats: a model file's bytes in, its
//! fields out, one bounds-checked read at a time. The tagger, the parser and the
//! recogniser decode their files with the one [`Reader`]; each maps
//! [`Truncated`] into its own model error.

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
