//! Hashing: fast hashing for in-process tables (keys in: words, names, node and
//! edge indices; a 64-bit hash out) and the stable content hash of a document
//! ([`content_hash`]) that stores use to tell a changed document from an unchanged one.
//!
//! An FxHash-style hasher (rotate, xor and multiply per 8 bytes of key, the
//! multiplier is Fx hash's). kg's tables are keyed by names, words and small
//! integers of the user's own data, in a process that serves one user, so
//! SipHash's resistance to crafted collisions buys nothing; measured, hashing
//! was ~8 % of extraction time and most of a name lookup with SipHash.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// The hasher; see the module documentation.
#[derive(Default, Clone, Copy)]
pub struct FastHasher(u64);

impl FastHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for FastHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().expect("8 bytes")));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut buf = [0u8; 8];
            buf[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(buf));
        }
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

/// A `HashMap` with [`FastHasher`].
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;
/// A `HashSet` with [`FastHasher`].
pub type FastSet<K> = HashSet<K, BuildHasherDefault<FastHasher>>;

/// A stable 64-bit FNV-1a hash of a text, as 16 hex digits. Stable across
/// platforms and releases (unlike `std`'s hasher), so graph files stay valid.
pub fn content_hash(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in text.as_bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{h:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::{BuildHasher, Hash};

    fn hash<T: Hash>(t: &T) -> u64 {
        BuildHasherDefault::<FastHasher>::default().hash_one(t)
    }

    #[test]
    fn equal_keys_hash_equal_and_near_keys_differ() {
        assert_eq!(
            hash(&"vladimir putin"),
            hash(&String::from("vladimir putin"))
        );
        let names = [
            "kim",
            "kin",
            "kim ",
            "kim jong un",
            "kim jong un.",
            "",
            "a",
            "b",
        ];
        let hashes: FastSet<u64> = names.iter().map(hash).collect();
        assert_eq!(hashes.len(), names.len());
        let ints: FastSet<u64> = (0u32..10_000).map(|i| hash(&i)).collect();
        assert_eq!(ints.len(), 10_000);
    }

    #[test]
    fn maps_work_as_maps() {
        let mut m: FastMap<String, u32> = FastMap::default();
        for i in 0..1000 {
            m.insert(format!("entity {i}"), i);
        }
        assert!((0..1000).all(|i| m[&format!("entity {i}")] == i));
        assert_eq!(m.get("entity 1000"), None);
    }

    #[test]
    fn content_hash_is_stable() {
        // FNV-1a 64 reference values.
        assert_eq!(content_hash(""), "cbf29ce484222325");
        assert_eq!(content_hash("a"), "af63dc4c8601ec8c");
        assert_ne!(
            content_hash("Kim met Putin."),
            content_hash("Kim met Putin!")
        );
    }
}
