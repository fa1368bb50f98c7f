//! Feature extraction for the recogniser: the words of a sentence (with their
//! tags, gazetteer bits and word clusters) in, hashed `u32` feature keys per
//! position out.
//!
//! Every word is read once into a [`WordInfo`] (hashes of its forms, affixes and
//! shapes, flags, tag, gazetteer bits, cluster path); a position's features combine
//! the infos of a five-word window, the two previous labels and the label the same
//! word got earlier in the document. Training and recognition share this code, so
//! keys agree by construction.

use super::gazetteer::{self, N_SPAN_TYPES};

/// Number of label-independent features per position.
pub const N_STATIC: usize = 51;
/// Number of features that read the previous labels or the document memory.
pub const N_DYNAMIC: usize = 7;
/// Length of the feature array of one position.
pub const N_FEATURES: usize = N_STATIC + N_DYNAMIC;
/// Positions of the features that read the word's own identity; training drops
/// them for rare words so that unknown words are learnt from affixes and context.
pub const WORD_IDENTITY: [usize; 5] = [1, 2, 19, 20, 38];

const K1: u64 = 0x9E37_79B9_7F4A_7C15;
const K2: u64 = 0xC2B2_AE3D_27D4_EB4F;
const K3: u64 = 0x1656_67B1_9E37_79F9;

pub const CAP: u8 = 1;
pub const ALL_CAPS: u8 = 2;
pub const DIGIT: u8 = 4;
pub const HYPHEN: u8 = 8;
pub const PUNCT_ONLY: u8 = 16;
pub const DOT: u8 = 32;
pub const LONG: u8 = 64;

/// What the features need to know about one word.
#[derive(Debug, Clone, Copy, Default)]
pub struct WordInfo {
    /// Lower-cased, digits as `0`.
    pub lower: u64,
    /// As `lower`, keeping case.
    pub exact: u64,
    /// Character classes (`X`, `x`, `d`, other) with runs capped at two.
    pub shape: u64,
    /// Character classes with runs collapsed to one.
    pub short: u64,
    /// Prefixes of 1..=4 characters of the lower-cased form.
    pub prefix: [u64; 4],
    /// Suffixes of 1..=4 characters of the lower-cased form.
    pub suffix: [u64; 4],
    /// Bit set of [`CAP`], [`ALL_CAPS`], [`DIGIT`], [`HYPHEN`], [`PUNCT_ONLY`], [`DOT`], [`LONG`].
    pub flags: u8,
    /// Penn Treebank tag (as `u8`) given by kg's tagger.
    pub tag: u8,
    /// Gazetteer bits ([`gazetteer`]).
    pub gaz: u32,
    /// Word-cluster path with a leading 1 bit (0: no cluster).
    pub cluster: u32,
    /// Outside every name unless inside one already (the model's dictionary of
    /// words always outside names in training).
    pub outside: bool,
    /// How the document writes this word elsewhere ([`document_flags`]).
    pub doc: u8,
}

#[inline]
fn step(h: u64, c: char) -> u64 {
    (h ^ c as u64)
        .wrapping_mul(0x0000_0100_0000_01B3)
        .rotate_left(7)
}

#[inline]
fn fmix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xFF51_AFD7_ED55_8CCD);
    h ^= h >> 33;
    h = h.wrapping_mul(0xC4CE_B9FE_1A85_EC53);
    h ^ (h >> 33)
}

#[inline]
fn normal_char(c: char) -> char {
    match c {
        '‘' | '’' | '`' | '´' => '\'',
        '“' | '”' | '„' => '"',
        '0'..='9' => '0',
        '–' | '—' => '-',
        c => c,
    }
}

#[inline]
fn lower_char(c: char) -> char {
    if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        c.to_lowercase().next().unwrap_or(c)
    }
}

impl WordInfo {
    /// Read one word with its tag, gazetteer bits and cluster path.
    pub fn new(word: &str, tag: u8, gaz: u32, cluster: u32) -> WordInfo {
        let mut info = WordInfo {
            lower: K1,
            exact: K2,
            shape: K3 ^ 2,
            short: K3 ^ 3,
            prefix: [K3 ^ 1; 4],
            suffix: [K3; 4],
            flags: 0,
            tag,
            gaz,
            cluster,
            outside: false,
            doc: 0,
        };
        let (mut upper, mut letters, mut n) = (0usize, 0usize, 0usize);
        let (mut last_class, mut run) = ('\0', 0u8);
        for c in word.chars() {
            let c = normal_char(c);
            let l = lower_char(c);
            info.exact = step(info.exact, c);
            info.lower = step(info.lower, l);
            if n < 4 {
                let prev = if n == 0 { K3 ^ 1 } else { info.prefix[n - 1] };
                info.prefix[n] = step(prev, l);
            }
            n += 1;
            let class = if c.is_uppercase() {
                upper += 1;
                letters += 1;
                if n == 1 {
                    info.flags |= CAP;
                }
                'X'
            } else if c.is_alphabetic() {
                letters += 1;
                'x'
            } else if c == '0' {
                info.flags |= DIGIT;
                'd'
            } else {
                match c {
                    '-' => info.flags |= HYPHEN,
                    '.' => info.flags |= DOT,
                    _ => {}
                }
                c
            };
            if class == last_class {
                run = run.saturating_add(1);
            } else {
                last_class = class;
                run = 1;
                info.short = step(info.short, class);
            }
            if run <= 2 {
                info.shape = step(info.shape, class);
            }
        }
        for k in n..4 {
            info.prefix[k] = info.prefix[k.saturating_sub(1)];
        }
        let mut h = K3;
        let mut k = 0;
        for c in word.chars().rev().take(4) {
            h = step(h, lower_char(normal_char(c)));
            info.suffix[k] = h;
            k += 1;
        }
        for j in k..4 {
            info.suffix[j] = if j == 0 { K3 } else { info.suffix[j - 1] };
        }
        if letters > 0 && upper == letters {
            info.flags |= ALL_CAPS;
        }
        if letters == 0 && info.flags & DIGIT == 0 {
            info.flags |= PUNCT_ONLY;
        }
        if n > 8 {
            info.flags |= LONG;
        }
        info
    }

    /// The padding word before the start (`k` = 1, 2) or after the end (`k` = 3, 4).
    pub fn padding(k: u64) -> WordInfo {
        let h = fmix(K1 ^ k);
        WordInfo {
            lower: h,
            exact: h,
            shape: h,
            short: h,
            prefix: [h; 4],
            suffix: [h; 4],
            flags: 128,
            tag: 200 + k as u8,
            gaz: 0,
            cluster: 0,
            outside: false,
            doc: 8,
        }
    }
}

/// [`WordInfo::doc`]: the word is capitalised somewhere other than at the start of
/// an ordinary sentence …
pub const DOC_NAME: u8 = 1;
/// … or written in lower case somewhere …
pub const DOC_LOWER: u8 = 2;
/// … or written in capitals inside an ordinary sentence.
pub const DOC_CAPS: u8 = 4;

/// Set [`WordInfo::doc`] of every word of a document: `infos` are its words,
/// `sentences` the `(start, end, case)` of each sentence in them.
pub fn document_flags(infos: &mut [WordInfo], sentences: &[(usize, usize, u64)]) {
    let mut seen: crate::hash::FastMap<u64, u8> = crate::hash::FastMap::default();
    for &(start, end, case) in sentences {
        for (i, w) in infos[start..end].iter().enumerate() {
            let f = if w.flags & (PUNCT_ONLY | DIGIT) != 0 {
                0
            } else if w.flags & CAP == 0 {
                DOC_LOWER
            } else if case != 0 || i == 0 {
                0
            } else if w.flags & ALL_CAPS != 0 {
                DOC_CAPS | DOC_NAME
            } else {
                DOC_NAME
            };
            if f != 0 {
                *seen.entry(w.lower).or_default() |= f;
            }
        }
    }
    for w in infos.iter_mut() {
        w.doc = seen.get(&w.lower).copied().unwrap_or(0);
    }
}

/// Key of feature template `t` with values `a`, `b`.
#[inline]
pub fn key(t: u64, a: u64, b: u64) -> u32 {
    let h = fmix(
        t.wrapping_mul(K1)
            .wrapping_add(a.wrapping_mul(K2))
            .wrapping_add(b.wrapping_mul(K3).rotate_left(29)),
    );
    match (h >> 32) as u32 {
        0 => 1,
        k => k,
    }
}

/// Key of template `t` with value `a`, or no feature (0) when `a` is 0.
#[inline]
fn key_if(t: u64, a: u64, b: u64) -> u32 {
    if a == 0 { 0 } else { key(t, a, b) }
}

/// The casing of a whole sentence: 0 ordinary, 1 mostly title case, 2 mostly capitals.
pub fn sentence_case(words: &[&str]) -> u64 {
    let (mut alpha, mut cap, mut caps) = (0usize, 0usize, 0usize);
    for w in words {
        let Some(c) = w.chars().next().filter(|c| c.is_alphabetic()) else {
            continue;
        };
        alpha += 1;
        if c.is_uppercase() {
            cap += 1;
            if w.chars().all(|c| !c.is_lowercase()) {
                caps += 1;
            }
        }
    }
    if alpha < 2 {
        0
    } else if caps * 4 >= alpha * 3 {
        2
    } else if cap * 4 >= alpha * 3 {
        1
    } else {
        0
    }
}

/// The leading `bits` bits of a cluster path (with its leading 1), or 0.
#[inline]
fn cluster_prefix(path: u32, bits: u32) -> u64 {
    if path == 0 {
        return 0;
    }
    let len = 31 - path.leading_zeros();
    u64::from(if len <= bits {
        path
    } else {
        path >> (len - bits)
    }) | u64::from(bits) << 32
}

/// The label-independent features of the middle word of `win` (positions
/// i-2..=i+2); `first` says whether it starts the sentence, `case` is its
/// [`sentence_case`].
#[inline]
pub fn static_features(win: &[WordInfo; 5], first: bool, case: u64, out: &mut [u32; N_FEATURES]) {
    let [p2, p1, w, n1, n2] = win;
    let cap_pos = u64::from(w.flags & (CAP | ALL_CAPS)) | (first as u64) << 2;
    let single = |x: &WordInfo| u64::from(x.gaz & gazetteer::SINGLE);
    let spans = |x: &WordInfo| u64::from(x.gaz >> 12);
    let span = |t: usize| u64::from(gazetteer::span_position(w.gaz, t));
    let tag = |x: &WordInfo| u64::from(x.tag) + 1;
    let feats: [u32; N_STATIC] = [
        key(0, 0, 0),
        key(1, w.lower, 0),
        key(2, w.exact, 0),
        key(3, w.shape, 0),
        key(4, w.short, 0),
        key(5, w.prefix[0], 0),
        key(6, w.prefix[1], 0),
        key(7, w.prefix[2], 0),
        key(8, w.prefix[3], 0),
        key(9, w.suffix[0], 0),
        key(10, w.suffix[1], 0),
        key(11, w.suffix[2], 0),
        key(12, w.suffix[3], 0),
        key(13, u64::from(w.flags), first as u64),
        key(14, case, cap_pos),
        key(15, p1.lower, 0),
        key(16, n1.lower, 0),
        key(17, p2.lower, 0),
        key(18, n2.lower, 0),
        key(19, p1.lower, w.lower),
        key(20, w.lower, n1.lower),
        key(21, p1.short, w.short),
        key(22, w.short, n1.short),
        key(23, tag(w), 0),
        key(24, tag(p1), tag(w)),
        key(25, tag(w), tag(n1)),
        key(26, tag(p2), tag(p1)),
        key(27, tag(n1), tag(n2)),
        key(28, tag(w), w.short),
        key(29, single(w), cap_pos),
        key(30, single(p1), 0),
        key(31, single(n1), 0),
        key_if(32, span(0), 0),
        key_if(33, span(1), 0),
        key_if(34, span(2), 0),
        key_if(35, span(3), 0),
        key_if(36, span(4), 0),
        key(37, spans(p1), spans(n1)),
        key(38, w.lower, tag(w)),
        key(39, p1.exact, cap_pos),
        key_if(40, cluster_prefix(w.cluster, 3), 0),
        key_if(41, cluster_prefix(w.cluster, 6), 0),
        key_if(42, cluster_prefix(w.cluster, 32), 0),
        key_if(43, cluster_prefix(w.cluster, 32), cap_pos),
        key(44, cluster_prefix(p1.cluster, 32), 0),
        key(45, cluster_prefix(n1.cluster, 32), 0),
        key(46, u64::from(p1.flags), u64::from(w.flags)),
        key(47, u64::from(w.flags), u64::from(n1.flags)),
        key(48, u64::from(w.doc), cap_pos),
        key(
            49,
            u64::from(w.doc),
            u64::from(p1.doc) | u64::from(n1.doc) << 4,
        ),
        key_if(50, span(5), 0),
    ];
    out[..N_STATIC].copy_from_slice(&feats);
}

const _: () = assert!(N_SPAN_TYPES == 6);

/// The features that read the two previous labels (`t1`, `t2`: label + 1, 0 before
/// the start) and `memory`, what the document said of this word before (0 nothing).
#[inline]
pub fn dynamic_features(
    win: &[WordInfo; 5],
    t1: u64,
    t2: u64,
    memory: u64,
    out: &mut [u32; N_FEATURES],
) {
    let w = &win[2];
    let cap = u64::from(w.flags & (CAP | ALL_CAPS));
    let d = &mut out[N_STATIC..];
    d[0] = key(60, t1, 0);
    d[1] = key(61, t1, t2);
    d[2] = key(62, t1, w.short);
    d[3] = key(63, t1, w.lower);
    d[4] = key_if(64, memory, cap);
    d[5] = key_if(65, memory, t1);
    d[6] = key(66, t1, u64::from(w.tag));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_and_shapes() {
        let cases = [
            ("Kim", CAP),
            ("NATO", CAP | ALL_CAPS),
            ("20-year-old", DIGIT | HYPHEN | LONG),
            (",", PUNCT_ONLY),
            ("U.S.", CAP | ALL_CAPS | DOT),
            ("troops", 0),
        ];
        for (word, flags) in cases {
            assert_eq!(WordInfo::new(word, 0, 0, 0).flags, flags, "{word}");
        }
        let (a, b) = (
            WordInfo::new("Jinping", 0, 0, 0),
            WordInfo::new("Putin", 0, 0, 0),
        );
        assert_eq!(a.shape, b.shape);
        assert_eq!(
            WordInfo::new("1987", 0, 0, 0).lower,
            WordInfo::new("2024", 0, 0, 0).lower
        );
    }

    #[test]
    fn cluster_prefixes() {
        assert_eq!(cluster_prefix(0, 4), 0);
        assert_eq!(cluster_prefix(0b1_0110, 4) & 0xFFFF_FFFF, 0b1_0110);
        assert_eq!(cluster_prefix(0b1_0110_1101, 4) & 0xFFFF_FFFF, 0b1_0110);
    }
}
