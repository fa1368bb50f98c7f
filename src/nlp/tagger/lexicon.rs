//! The tagger's word-class lexicon: a lower-cased word in, the WordNet 3.0 word
//! classes it can belong to out (a bit set: common or proper noun, verb, adjective,
//! adverb, and the regular or irregular inflections of each).
//!
//! It lets the tagger read words that UD EWT never shows (`hostile` is an adjective,
//! `arises` a verb form, `Pezeshkian` is in no list). Built from WordNet by
//! `cargo run --example build-lemmas` into `src/nlp/model/wordnet-pos.bin`: sorted
//! `u32` word keys (see [`key`]) and their `u16` class sets.

use std::sync::LazyLock;

use super::features::WordInfo;

pub const NOUN: u16 = 1;
pub const PROPER: u16 = 2;
pub const VERB: u16 = 4;
pub const ADJ: u16 = 8;
pub const ADV: u16 = 16;
pub const PLURAL: u16 = 32;
pub const VERB_S: u16 = 64;
pub const VERB_ED: u16 = 128;
pub const VERB_ING: u16 = 256;
pub const ADJ_CMP: u16 = 512;
/// The classes of a common word: noun, verb, adjective or adverb, any form.
pub const COMMON: u16 = NOUN | VERB | ADJ | ADV | PLURAL | VERB_S | VERB_ED | VERB_ING;

const MAGIC: &[u8; 8] = b"KGLEX01\n";

static EMBEDDED: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::from_bytes(include_bytes!("../model/wordnet-pos.bin")).unwrap_or_default()
});

/// The key of a word: its lower-cased, normalised form as the features hash it.
pub fn key(word: &str) -> u32 {
    fold(WordInfo::new(word).lower)
}

/// The `u32` key of a lower-case word hash.
#[inline]
pub fn fold(lower: u64) -> u32 {
    match (lower ^ (lower >> 32)) as u32 {
        0 => 1,
        k => k,
    }
}

/// Word key → class set, as an open-addressing table (`(0, _)` is an empty slot).
#[derive(Debug, Default)]
pub struct Lexicon {
    mask: usize,
    slots: Vec<(u32, u16)>,
}

impl Lexicon {
    /// The lexicon embedded in the binary (empty if it failed to decode).
    pub fn embedded() -> &'static Lexicon {
        &EMBEDDED
    }

    /// The classes of the word with hash `lower` (0 if unknown).
    #[inline]
    pub fn classes(&self, lower: u64) -> u16 {
        if self.slots.is_empty() {
            return 0;
        }
        let k = fold(lower);
        let mut i = k as usize & self.mask;
        loop {
            match self.slots[i] {
                (0, _) => return 0,
                (key, c) if key == k => return c,
                _ => i = (i + 1) & self.mask,
            }
        }
    }

    /// Is `word` (one word, no hyphen split) a common word of the lexicon
    /// ([`COMMON`])?
    pub fn is_common(&self, word: &str) -> bool {
        self.classes(u64::from(key(word))) & COMMON != 0
    }

    /// Decode the format written by [`Lexicon::encode`].
    pub fn from_bytes(bytes: &[u8]) -> Option<Lexicon> {
        let rest = bytes.strip_prefix(MAGIC)?;
        let n = u32::from_le_bytes(rest.get(..4)?.try_into().ok()?) as usize;
        let keys = rest.get(4..4 + 4 * n)?;
        let classes = rest.get(4 + 4 * n..4 + 6 * n)?;
        let cap = (2 * n).next_power_of_two().max(16);
        let mut lex = Lexicon {
            mask: cap - 1,
            slots: vec![(0, 0); cap],
        };
        for (k, c) in keys.chunks_exact(4).zip(classes.chunks_exact(2)) {
            let k = u32::from_le_bytes([k[0], k[1], k[2], k[3]]);
            let mut i = k as usize & lex.mask;
            while lex.slots[i].0 != 0 {
                i = (i + 1) & lex.mask;
            }
            lex.slots[i] = (k, u16::from_le_bytes([c[0], c[1]]));
        }
        Some(lex)
    }

    /// Encode `(word, classes)` pairs (several entries for one word are merged).
    pub fn encode<'a>(entries: impl IntoIterator<Item = (&'a str, u16)>) -> Vec<u8> {
        let mut map = std::collections::BTreeMap::<u32, u16>::new();
        for (w, c) in entries {
            *map.entry(key(w)).or_default() |= c;
        }
        let mut out = MAGIC.to_vec();
        out.extend((map.len() as u32).to_le_bytes());
        out.extend(map.keys().flat_map(|k| k.to_le_bytes()));
        out.extend(map.values().flat_map(|c| c.to_le_bytes()));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_lexicon_knows_word_classes() {
        let lex = Lexicon::embedded();
        let cases = [
            ("hostile", ADJ),
            ("Hostile", ADJ),
            ("arises", VERB_S),
            ("met", VERB_ED),
            ("troops", PLURAL),
            ("china", PROPER),
            ("meeting", NOUN | VERB_ING),
        ];
        for (word, classes) in cases {
            let got = lex.classes(WordInfo::new(word).lower);
            assert_eq!(got & classes, classes, "{word}: {got:b}");
        }
        assert_eq!(lex.classes(WordInfo::new("Pezeshkian").lower), 0);
    }
}
