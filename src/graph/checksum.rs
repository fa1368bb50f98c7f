//! Graph-file checksums: bytes in, a 64-bit FNV-1a hash out.
//!
//! Both graph file formats end with the FNV-1a hash of everything before it
//! (JSON: a final `"checksum"` field of 16 hex digits; `.kgb`: 8 bytes, little
//! endian). Each FNV-1a step, `h = (h ^ byte) * prime`, is a bijection of the
//! state for a fixed byte and of the byte for a fixed state, so a file with any
//! one byte changed (a flipped bit, a damaged sector's worth of one byte) never
//! passes; other damage passes with probability about 2^-64. It guards against
//! accidents, not against someone forging a file.

use std::io::{self, Write};

/// FNV-1a, 64 bits, fed incrementally.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fnv64(u64);

impl Default for Fnv64 {
    fn default() -> Self {
        Fnv64(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv64 {
    pub fn update(&mut self, bytes: &[u8]) {
        let mut h = self.0;
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        self.0 = h;
    }

    pub fn finish(self) -> u64 {
        self.0
    }

    /// The hash of `bytes`.
    pub fn of(bytes: &[u8]) -> u64 {
        let mut h = Fnv64::default();
        h.update(bytes);
        h.finish()
    }
}

/// A writer that hashes everything written through it.
pub struct HashingWriter<W> {
    pub inner: W,
    pub hash: Fnv64,
}

impl<W: Write> HashingWriter<W> {
    pub fn new(inner: W) -> Self {
        HashingWriter {
            inner,
            hash: Fnv64::default(),
        }
    }
}

impl<W: Write> Write for HashingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hash.update(&buf[..n]);
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values_and_streaming_agree() {
        // Published FNV-1a 64 test vectors.
        let cases: [(&[u8], u64); 3] = [
            (b"", 0xcbf2_9ce4_8422_2325),
            (b"a", 0xaf63_dc4c_8601_ec8c),
            (b"foobar", 0x8594_4171_f739_67e8),
        ];
        for (bytes, want) in cases {
            assert_eq!(Fnv64::of(bytes), want, "{bytes:?}");
        }
        let mut w = HashingWriter::new(Vec::new());
        w.write_all(b"foo").unwrap();
        w.write_all(b"bar").unwrap();
        assert_eq!(w.hash.finish(), Fnv64::of(b"foobar"));
        assert_eq!(w.inner, b"foobar");
    }

    #[test]
    fn every_single_bit_flip_changes_the_hash() {
        let text = b"{\"name\":\"Kim Jong Un\",\"kind\":\"person\"}";
        let h = Fnv64::of(text);
        for i in 0..text.len() * 8 {
            let mut t = text.to_vec();
            t[i / 8] ^= 1 << (i % 8);
            assert_ne!(Fnv64::of(&t), h, "bit {i}");
        }
    }
}
