//! Feature extraction for the tagger: words in, hashed `u32` feature keys out.
//!
//! Every word is read once into a [`WordInfo`] (hashes of its normalised form,
//! exact form, affixes, shape and flags) without allocating; the features of a
//! position combine the infos of a five-word window with the two previous tags.
//! Training and tagging share this code, so keys agree by construction.

/// Number of tag-independent features per position.
pub const N_STATIC: usize = 33;
/// Number of features that depend on the previous tags.
pub const N_DYNAMIC: usize = 4;
/// Positions (in the feature array) of the features that read the word itself;
/// training drops them for rare words so that unknown words are learnt from affixes
/// and shape.
pub const WORD_IDENTITY: [usize; 5] = [1, 2, 17, 18, N_STATIC + 2];
/// Number of features that read the first pass's tags of the next two words.
pub const N_RIGHT: usize = 5;
/// The features the (right-to-left) first pass of a two-pass model reads: few, so
/// that it is quick; it only has to give the second pass an idea of what follows.
pub const FIRST_PASS: [usize; 14] = [
    0,
    1,
    4,
    5,
    6,
    10,
    11,
    13,
    14,
    28,
    30,
    N_STATIC,
    N_STATIC + 1,
    N_STATIC + 2,
];
/// Positions of the features that read nothing but the word itself; a tagger
/// precomputes their sum for its vocabulary.
pub const WORD_ONLY: [usize; 14] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 29, 31, 32];
/// The last slot of a feature array is no feature but the key of the exact word
/// (feature 2, kept even where feature 2 itself is not read), which finds a tagger's
/// precomputed word sums.
pub const WORD_KEY: usize = N_STATIC + N_DYNAMIC + N_RIGHT;
/// Length of the feature array of one position (the features and [`WORD_KEY`]).
pub const N_FEATURES: usize = WORD_KEY + 1;

const K1: u64 = 0x9E37_79B9_7F4A_7C15;
const K2: u64 = 0xC2B2_AE3D_27D4_EB4F;
const K3: u64 = 0x1656_67B1_9E37_79F9;

/// What the features need to know about one word.
#[derive(Debug, Clone, Copy, Default)]
pub struct WordInfo {
    /// Lower-cased, digits as `0`, curly quotes straightened.
    pub lower: u64,
    /// As `lower`, but keeping case.
    pub exact: u64,
    /// Suffixes of 1..=5 characters of the lower-cased form.
    pub suffix: [u64; 5],
    /// Prefixes of 1..=4 characters of the lower-cased form.
    pub prefix: [u64; 4],
    /// Character classes (`X`, `x`, `d`, other) with runs capped at two.
    pub shape: u64,
    /// Bit set of [`CAP`], [`ALL_CAPS`], [`DIGIT`], [`HYPHEN`], [`PUNCT_ONLY`], [`LONG`].
    pub flags: u8,
    /// WordNet classes of the lower-cased word ([`super::lexicon`]); set by the caller.
    pub lex: u16,
}

pub const CAP: u8 = 1;
pub const ALL_CAPS: u8 = 2;
pub const DIGIT: u8 = 4;
pub const HYPHEN: u8 = 8;
pub const PUNCT_ONLY: u8 = 16;
pub const LONG: u8 = 32;

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

/// The character as the features see it: curly quotes straightened, digits as `0`.
#[inline]
pub fn normal_char(c: char) -> char {
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
    /// Read one word.
    pub fn new(word: &str) -> WordInfo {
        let mut info = WordInfo {
            lower: K1,
            exact: K2,
            suffix: [K3; 5],
            prefix: [K3 ^ 1; 4],
            shape: K3 ^ 2,
            flags: 0,
            lex: 0,
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
                if c == '-' {
                    info.flags |= HYPHEN;
                }
                c
            };
            if class == last_class {
                run = run.saturating_add(1);
            } else {
                last_class = class;
                run = 1;
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
        for c in word.chars().rev().take(5) {
            h = step(h, lower_char(normal_char(c)));
            info.suffix[k] = h;
            k += 1;
        }
        for j in k..5 {
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
            suffix: [h; 5],
            prefix: [h; 4],
            shape: h,
            flags: 64 + k as u8,
            lex: 1 << 15,
        }
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

/// The key of the tag dictionary entry for an exact word.
#[inline]
pub fn dict_key(w: &WordInfo) -> u32 {
    key(999, w.exact, 0)
}

/// The casing of a whole sentence: 0 ordinary, 1 mostly title case (headlines),
/// 2 mostly capitals.
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

/// The tag-independent features of the middle word of `win` (positions i-2..=i+2);
/// `first` says whether it starts the sentence, `case` is its [`sentence_case`].
#[inline]
pub fn static_features(win: &[WordInfo; 5], first: bool, case: u64, out: &mut [u32; N_FEATURES]) {
    let [p2, p1, w, n1, n2] = win;
    let cap_pos = (w.flags & CAP) as u64 | ((first as u64) << 1);
    let wo = word_only(w);
    let feats: [u32; N_STATIC] = [
        wo[0],
        wo[1],
        wo[2],
        wo[3],
        wo[4],
        wo[5],
        wo[6],
        wo[7],
        wo[8],
        wo[9],
        wo[10],
        key(11, w.flags as u64, first as u64),
        key(12, cap_pos, 0),
        key(13, p1.lower, 0),
        key(14, n1.lower, 0),
        key(15, p2.lower, 0),
        key(16, n2.lower, 0),
        key(17, p1.lower, w.lower),
        key(18, w.lower, n1.lower),
        key(19, p1.suffix[2], 0),
        key(20, n1.suffix[2], 0),
        key(21, p1.shape, w.shape),
        key(22, n1.shape, w.shape),
        key(23, n1.flags as u64, w.flags as u64),
        key(24, p1.flags as u64, w.flags as u64),
        key(26, w.suffix[2], n1.lower),
        key(28, case, cap_pos | (w.flags as u64) << 2),
        key(29, n1.lower, n2.lower),
        key(31, w.lex as u64, cap_pos),
        wo[11],
        key(33, n1.lex as u64, w.lex as u64),
        wo[12],
        wo[13],
    ];
    out[..N_STATIC].copy_from_slice(&feats);
    out[WORD_KEY] = wo[2];
}

/// The features a first pass reads ([`FIRST_PASS`], and [`WORD_KEY`]), at their
/// positions, the others 0: what [`static_features`], [`dynamic_features`] and
/// [`right_features`] (without right tags) give at those positions, for less.
#[inline]
pub fn first_pass_features(
    win: &[WordInfo; 5],
    first: bool,
    t1: u64,
    t2: u64,
    out: &mut [u32; N_FEATURES],
) {
    let [_, p1, w, n1, _] = win;
    let cap_pos = (w.flags & CAP) as u64 | ((first as u64) << 1);
    *out = [0; N_FEATURES];
    out[0] = key(0, 0, 0);
    out[1] = key(1, w.lower, 0);
    out[4] = key(4, w.suffix[1], 0);
    out[5] = key(5, w.suffix[2], 0);
    out[6] = key(6, w.suffix[3], 0);
    out[10] = key(10, w.shape, 0);
    out[11] = key(11, w.flags as u64, first as u64);
    out[13] = key(13, p1.lower, 0);
    out[14] = key(14, n1.lower, 0);
    out[28] = key(31, w.lex as u64, cap_pos);
    out[30] = key(33, n1.lex as u64, w.lex as u64);
    out[N_STATIC] = key(40, t1, 0);
    out[N_STATIC + 1] = key(42, t1, t2);
    out[N_STATIC + 2] = key(43, t1, w.lower);
    out[WORD_KEY] = key(2, w.exact, 0);
}

/// The features at the positions [`WORD_ONLY`], in that order.
#[inline]
pub fn word_only(w: &WordInfo) -> [u32; WORD_ONLY.len()] {
    [
        key(0, 0, 0),
        key(1, w.lower, 0),
        key(2, w.exact, 0),
        key(3, w.suffix[0], 0),
        key(4, w.suffix[1], 0),
        key(5, w.suffix[2], 0),
        key(6, w.suffix[3], 0),
        key(7, w.prefix[0], 0),
        key(8, w.prefix[1], 0),
        key(9, w.prefix[2], 0),
        key(10, w.shape, 0),
        key(32, w.lex as u64, w.suffix[1]),
        key(34, w.suffix[4], 0),
        key(35, w.prefix[3], 0),
    ]
}

/// The features that read the two previous tags (`t1` = tag of i-1, 0 = none).
#[inline]
pub fn dynamic_features(win: &[WordInfo; 5], t1: u64, t2: u64, out: &mut [u32; N_FEATURES]) {
    let w = &win[2];
    out[N_STATIC] = key(40, t1, 0);
    out[N_STATIC + 1] = key(42, t1, t2);
    out[N_STATIC + 2] = key(43, t1, w.lower);
    out[N_STATIC + 3] = key(47, t1, w.lex as u64);
}

/// The features that read the tags a first (right-to-left) pass gave the next two
/// words (`r1`, `r2`; [`END`] past the end), or none when `right` is `None`.
#[inline]
pub fn right_features(
    win: &[WordInfo; 5],
    t1: u64,
    right: Option<(u64, u64)>,
    out: &mut [u32; N_FEATURES],
) {
    let at = N_STATIC + N_DYNAMIC;
    let Some((r1, r2)) = right else {
        out[at..WORD_KEY].fill(0);
        return;
    };
    let w = &win[2];
    out[at] = key(60, r1, 0);
    out[at + 1] = key(61, r1, r2);
    out[at + 2] = key(62, r1, w.lower);
    out[at + 3] = key(63, t1, r1);
    out[at + 4] = key(64, r1, w.suffix[2]);
}

/// The tag value of the positions past the end of the sentence.
pub const END: u64 = 255;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn curly_quotes_and_digits_are_normalised() {
        assert_eq!(WordInfo::new("’s").lower, WordInfo::new("'s").lower);
        assert_eq!(WordInfo::new("“").exact, WordInfo::new("\"").exact);
        assert_eq!(WordInfo::new("1987").lower, WordInfo::new("2024").lower);
        assert_ne!(WordInfo::new("US").exact, WordInfo::new("us").exact);
        assert_eq!(WordInfo::new("US").lower, WordInfo::new("us").lower);
    }

    #[test]
    fn first_pass_features_are_the_full_ones_at_their_positions() {
        let words = [
            "“",
            "Kim",
            "met",
            "20-year-old",
            "Putin",
            "’s",
            "NATO",
            ",",
            "Путин",
        ];
        let infos: Vec<WordInfo> = words.iter().map(|w| WordInfo::new(w)).collect();
        for (i, word) in words.iter().enumerate() {
            let info = |j: usize| {
                infos
                    .get((i + j).wrapping_sub(2))
                    .copied()
                    .unwrap_or(WordInfo::padding(j as u64 % 4 + 1))
            };
            let win = [info(0), info(1), info(2), info(3), info(4)];
            for (first, case, t1, t2) in [(i == 0, 0, 0, 0), (false, 1, 7, 3), (true, 2, 12, 40)] {
                let mut full = [0u32; N_FEATURES];
                static_features(&win, first, case, &mut full);
                dynamic_features(&win, t1, t2, &mut full);
                right_features(&win, t1, None, &mut full);
                let mut few = [0u32; N_FEATURES];
                first_pass_features(&win, first, t1, t2, &mut few);
                for j in 0..N_FEATURES {
                    let want = if FIRST_PASS.contains(&j) || j == WORD_KEY {
                        full[j]
                    } else {
                        0
                    };
                    assert_eq!(few[j], want, "{word} at {j}");
                }
            }
        }
    }

    #[test]
    fn flags_and_affixes() {
        let cases = [
            ("Kim", CAP),
            ("NATO", CAP | ALL_CAPS),
            ("20-year-old", DIGIT | HYPHEN | LONG),
            (",", PUNCT_ONLY),
            ("troops", 0),
        ];
        for (word, flags) in cases {
            assert_eq!(WordInfo::new(word).flags, flags, "{word}");
        }
        let (a, b) = (WordInfo::new("walked"), WordInfo::new("talked"));
        assert_eq!(a.suffix, b.suffix);
        assert_ne!(a.prefix[0], b.prefix[0]);
        assert_eq!(WordInfo::new("Jinping").shape, WordInfo::new("Putin").shape);
    }
}
