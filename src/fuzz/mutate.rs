//! Input mutation for the fuzz targets: a seed corpus and a random stream in,
//! mutated byte strings out.
//!
//! The mutations are those of a havoc stage (as in AFL): bit flips, interesting
//! bytes and integers (hostile lengths: 0, 1, 2³¹, 2⁶⁴−1, …, written as
//! little-endian words and as LEB128 varints, the way the `.kgb` format reads
//! them), insertions of words from a dictionary of the target's syntax,
//! deletions, duplicated and repeated chunks (long runs without punctuation),
//! splices of two corpus entries, and truncation. Several are stacked per
//! input. Everything is driven by [`Rng`], a small deterministic generator, so
//! a run is reproduced by its seed.

/// A small deterministic random generator (SplitMix64).
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// True with probability 1/`n`.
    pub fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }
}

const INTERESTING_BYTES: &[u8] = &[
    0, 1, 0x7f, 0x80, 0xff, b'\n', b'\r', b'\t', b' ', b'.', b',', b'"', b'(', b')', b'-', b'?',
    0xc3, 0xe2, 0xf0,
];

const INTERESTING_WORDS: &[u64] = &[
    0,
    1,
    2,
    7,
    8,
    127,
    128,
    255,
    256,
    65535,
    65536,
    0x7fff_ffff,
    0x8000_0000,
    0xffff_ffff,
    0x1_0000_0000,
    i64::MAX as u64,
    u64::MAX,
];

/// How the bytes of a hostile integer are laid out.
fn encode_word(rng: &mut Rng, value: u64) -> Vec<u8> {
    match rng.below(3) {
        0 => value.to_le_bytes().to_vec(),
        1 => (value as u32).to_le_bytes().to_vec(),
        _ => {
            // LEB128, as postcard writes lengths and integers.
            let mut v = value;
            let mut out = Vec::new();
            loop {
                let byte = (v & 0x7f) as u8;
                v >>= 7;
                if v == 0 {
                    out.push(byte);
                    break;
                }
                out.push(byte | 0x80);
            }
            out
        }
    }
}

fn range(rng: &mut Rng, len: usize, max: usize) -> (usize, usize) {
    let start = rng.below(len);
    let n = 1 + rng.below(max.min(len - start));
    (start, start + n)
}

/// One mutation of `data` in place. `dict` holds words of the target's syntax;
/// `corpus` the other inputs to splice with; `cap` the largest input made.
pub fn mutate_once(
    rng: &mut Rng,
    data: &mut Vec<u8>,
    dict: &[&[u8]],
    corpus: &[Vec<u8>],
    cap: usize,
) {
    if data.is_empty() {
        data.push(INTERESTING_BYTES[rng.below(INTERESTING_BYTES.len())]);
        return;
    }
    let len = data.len();
    match rng.below(12) {
        0 => {
            let i = rng.below(len);
            data[i] ^= 1 << rng.below(8);
        }
        1 => {
            let i = rng.below(len);
            data[i] = INTERESTING_BYTES[rng.below(INTERESTING_BYTES.len())];
        }
        2 => {
            let i = rng.below(len);
            data[i] = rng.next_u64() as u8;
        }
        3 => {
            // An interesting integer over the bytes at a random place.
            let value = INTERESTING_WORDS[rng.below(INTERESTING_WORDS.len())];
            let value = match rng.below(3) {
                0 => value,
                1 => value.wrapping_add(1),
                _ => value.wrapping_sub(1),
            };
            let bytes = encode_word(rng, value);
            let i = rng.below(len);
            let end = (i + bytes.len()).min(len);
            data.splice(i..end, bytes);
        }
        4 | 5 => {
            if !dict.is_empty() {
                let word = dict[rng.below(dict.len())];
                let i = rng.below(len + 1);
                data.splice(i..i, word.iter().copied());
            }
        }
        6 => {
            let (a, b) = range(rng, len, 64);
            data.drain(a..b);
        }
        7 => {
            // A copy of a chunk elsewhere.
            let (a, b) = range(rng, len, 256);
            let chunk = data[a..b].to_vec();
            let i = rng.below(len + 1);
            data.splice(i..i, chunk);
        }
        8 => {
            // A chunk repeated many times: long runs, deep nesting.
            let (a, b) = range(rng, len, 16);
            let chunk = data[a..b].to_vec();
            let times = 1 + rng.below((cap / 4 / chunk.len().max(1)).max(1)).min(4096);
            let i = rng.below(len + 1);
            let run: Vec<u8> = chunk
                .iter()
                .copied()
                .cycle()
                .take(chunk.len() * times)
                .collect();
            data.splice(i..i, run);
        }
        9 => {
            if !corpus.is_empty() {
                let other = &corpus[rng.below(corpus.len())];
                if !other.is_empty() {
                    let cut = rng.below(len + 1);
                    let from = rng.below(other.len());
                    data.truncate(cut);
                    data.extend_from_slice(&other[from..]);
                }
            }
        }
        10 => {
            data.truncate(rng.below(len));
        }
        _ => {
            let n = 1 + rng.below(8);
            let i = rng.below(len + 1);
            let bytes: Vec<u8> = (0..n).map(|_| rng.next_u64() as u8).collect();
            data.splice(i..i, bytes);
        }
    }
    data.truncate(cap);
}

/// A mutant of `seed`: one to eight stacked mutations.
pub fn mutant(
    rng: &mut Rng,
    seed: &[u8],
    dict: &[&[u8]],
    corpus: &[Vec<u8>],
    cap: usize,
) -> Vec<u8> {
    let mut data = seed.to_vec();
    let n = 1 << rng.below(4);
    for _ in 0..n {
        mutate_once(rng, &mut data, dict, corpus, cap);
    }
    data
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mutants_are_deterministic_and_capped() {
        let corpus = vec![b"Kim met Putin.".to_vec(), b"{\"a\":[1,2]}".to_vec()];
        let dict: &[&[u8]] = &[b" said ", b"U.S."];
        for (seed, cap) in [(1, 64), (2, 16), (3, 1000)] {
            let mut a = Rng::new(seed);
            let mut b = Rng::new(seed);
            for _ in 0..2000 {
                let x = mutant(&mut a, &corpus[0], dict, &corpus, cap);
                let y = mutant(&mut b, &corpus[0], dict, &corpus, cap);
                assert_eq!(x, y);
                assert!(x.len() <= cap, "{} > {cap}", x.len());
            }
        }
    }

    #[test]
    fn below_stays_in_range() {
        let mut r = Rng::new(7);
        for n in [1, 2, 3, 10, 1000] {
            assert!((0..500).all(|_| r.below(n) < n));
        }
    }
}
