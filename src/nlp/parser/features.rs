//! Feature extraction for the parser: a configuration (and the words' hashes and
//! tags) in, hashed `u32` feature keys out.
//!
//! [`transition`] gives the features that choose the next transition (the
//! templates of Zhang & Nivre 2011: words and tags of the stack and buffer, the
//! head, leftmost and rightmost dependents of the stack's top and the buffer's first
//! word with their relations, distance, valency and relation sets); [`label`] gives
//! the smaller set that chooses the relation of a new arc. Training and parsing share
//! this code, so the keys agree by construction.

use super::state::{NONE, State};
use crate::nlp::tagger::features::normal_char;

/// Number of transition features.
pub const N_TRANSITION: usize = 78;
/// Number of transition features that read nothing but the buffer's first three
/// words ([`buffer`]): a function of the buffer's position, summed once per word.
pub const N_BUFFER: usize = 11;
/// Number of transition features that read nothing but the stack's top word
/// ([`top`]), summed once per word.
pub const N_TOP: usize = 3;
/// Number of the other transition features ([`rest`]).
pub const N_REST: usize = N_TRANSITION - N_BUFFER - N_TOP;
/// Number of relation features.
pub const N_LABEL: usize = 26;

/// What the features read of a token.
#[derive(Debug, Clone, Copy, Default)]
pub struct Token {
    /// Hash of the lower-cased form (digits as `0`).
    pub w: u64,
    /// Hash of its last three characters.
    pub suffix: u64,
    /// Penn Treebank tag + 1 (`ROOT_TAG`, `NO_TAG`).
    pub p: u64,
    /// Word and tag together.
    pub wp: u64,
}

const ROOT_TAG: u64 = 200;
const K_WORD: u64 = 0xCBF2_9CE4_8422_2325;
const NO_TAG: u64 = 0;
const MIX: u64 = 0x9E37_79B9_7F4A_7C15;

impl Token {
    /// Read word `word` with tag index `tag`: lower-cased, digits as `0`, curly
    /// quotes straightened (as the tagger reads words).
    pub fn new(word: &str, tag: u8) -> Token {
        let (mut w, mut last) = (K_WORD, 0u64);
        for c in word.chars() {
            let c = if c.is_ascii() {
                let c = c.to_ascii_lowercase();
                if c.is_ascii_digit() { '0' } else { c }
            } else {
                let c = normal_char(c);
                c.to_lowercase().next().unwrap_or(c)
            };
            w = (w ^ c as u64).wrapping_mul(0x0000_0100_0000_01B3);
            last = (last << 21 | c as u64) & ((1 << 63) - 1);
        }
        Token::from_parts(w, last.wrapping_mul(MIX) ^ K_WORD, u64::from(tag) + 1)
    }

    fn from_parts(w: u64, suffix: u64, p: u64) -> Token {
        Token {
            w,
            suffix,
            p,
            wp: w ^ p.wrapping_mul(MIX).rotate_left(31),
        }
    }

    /// The artificial root (token 0).
    pub fn root() -> Token {
        Token::from_parts(0x5EED_0001, 0x5EED_0002, ROOT_TAG)
    }

    /// No token (past the end, missing dependent).
    pub fn none() -> Token {
        Token::from_parts(0x5EED_0003, 0x5EED_0004, NO_TAG)
    }
}

/// The tokens of a sentence: root, words, and a `none` entry at index `n + 1`.
pub fn tokens(words: &[&str], tags: &[u8], out: &mut Vec<Token>) {
    out.clear();
    out.push(Token::root());
    out.extend(words.iter().zip(tags).map(|(w, &t)| Token::new(w, t)));
    out.push(Token::none());
}

/// Key of feature template `t` with values `a`, `b` (never 0).
#[inline]
pub fn key(t: u64, a: u64, b: u64) -> u32 {
    let h = (a ^ t.wrapping_mul(MIX)).wrapping_mul(0xC2B2_AE3D_27D4_EB4F) ^ b.wrapping_mul(MIX);
    let h = (h ^ h >> 31).wrapping_mul(0x1656_67B1_9E37_79F9);
    ((h >> 32) as u32).max(1)
}

#[inline]
fn tags3(a: u64, b: u64, c: u64) -> u64 {
    a | b << 8 | c << 16
}

/// Distance between two tokens, bucketed.
#[inline]
fn distance(a: u32, b: u32) -> u64 {
    if a == NONE || b == NONE {
        return 0;
    }
    match a.abs_diff(b) {
        d @ 0..=4 => u64::from(d),
        5..=6 => 5,
        7..=9 => 6,
        _ => 7,
    }
}

/// The features for choosing the next transition: [`buffer`], [`top`] and [`rest`].
#[inline]
pub fn transition(st: &State, toks: &[Token], out: &mut [u32; N_TRANSITION]) {
    let (b, rest_out) = out.split_at_mut(N_BUFFER);
    let (t, r) = rest_out.split_at_mut(N_TOP);
    b.copy_from_slice(&buffer(toks, st.b));
    t.copy_from_slice(&top(&toks[st.s0() as usize]));
    let mut more = [0u32; N_REST];
    rest(st, toks, &mut more);
    r.copy_from_slice(&more);
}

/// The features of the buffer's first three words when it starts at word `b`
/// (`toks.len() - 1` when it is empty).
#[inline]
pub fn buffer(toks: &[Token], b: u32) -> [u32; N_BUFFER] {
    let none = toks.len() - 1;
    let t = |i: usize| &toks[i.min(none)];
    let (n0, n1, n2) = (t(b as usize), t(b as usize + 1), t(b as usize + 2));
    [
        key(104, n0.wp, 0),
        key(105, n0.w, 0),
        key(106, n0.p, 0),
        key(107, n1.wp, 0),
        key(108, n1.w, 0),
        key(109, n1.p, 0),
        key(110, n2.wp, 0),
        key(111, n2.w, 0),
        key(112, n2.p, 0),
        key(120, n0.p, n1.p),
        key(121, tags3(n0.p, n1.p, n2.p), 0),
    ]
}

/// The features of the stack's top word alone.
#[inline]
pub fn top(s0: &Token) -> [u32; N_TOP] {
    [key(101, s0.wp, 0), key(102, s0.w, 0), key(103, s0.p, 0)]
}

/// Number of [`rest`] features that read one token in one role (its word, tag,
/// or both, with no other value): their scores are a function of the token, so a
/// parser sums them once per token and role (the parser's per-sentence memo).
pub const N_ROLE_FEATURES: usize = 17;
/// The roles of the role features: the head and grand-head of the stack's top,
/// its two leftmost and two rightmost dependents, the two leftmost dependents of
/// the buffer's first word, and the stack's second word.
pub const N_ROLES: usize = 9;
/// Number of [`rest`] features that read one relation (a label value, 0 for none,
/// else relation + 1) and nothing else: a parser keeps their scores in a table.
pub const N_LABS: usize = 8;
/// Number of the other [`rest`] features (hashed at every transition).
pub const N_PAIR: usize = N_REST - N_ROLE_FEATURES - N_LABS;

/// What a role feature reads of its token.
#[derive(Debug, Clone, Copy)]
enum Field {
    W,
    P,
    Wp,
}

/// The templates of each role's features (the second is `None` for the stack's
/// second word, which has one).
const ROLE_TEMPLATES: [[Option<(u64, Field)>; 2]; N_ROLES] = [
    [Some((139, Field::W)), Some((140, Field::P))],
    [Some((142, Field::W)), Some((143, Field::P))],
    [Some((145, Field::W)), Some((146, Field::P))],
    [Some((148, Field::W)), Some((149, Field::P))],
    [Some((151, Field::W)), Some((152, Field::P))],
    [Some((154, Field::W)), Some((155, Field::P))],
    [Some((157, Field::W)), Some((158, Field::P))],
    [Some((160, Field::W)), Some((161, Field::P))],
    [Some((173, Field::Wp)), None],
];

/// The templates of the label features.
const LAB_TEMPLATES: [u64; N_LABS] = [141, 144, 147, 150, 153, 156, 159, 162];

/// The keys of role `r`'s features for token `tok` (a second key of 0 is none).
#[inline]
pub fn role_keys(tok: &Token, r: usize) -> [u32; 2] {
    ROLE_TEMPLATES[r].map(|f| match f {
        Some((t, Field::W)) => key(t, tok.w, 0),
        Some((t, Field::P)) => key(t, tok.p, 0),
        Some((t, Field::Wp)) => key(t, tok.wp, 0),
        None => 0,
    })
}

/// The key of label feature `j` with label value `v`.
#[inline]
pub fn lab_key(j: usize, v: u64) -> u32 {
    key(LAB_TEMPLATES[j], v, 0)
}

/// The [`rest`] features of a configuration, split by how a parser scores them.
#[derive(Debug, Clone, Copy)]
pub struct Split {
    /// The hashed features.
    pub pairs: [u32; N_PAIR],
    /// The token of each role (an index into the tokens; the `none` entry for no
    /// token).
    pub roles: [u32; N_ROLES],
    /// The value of each label feature.
    pub labs: [u64; N_LABS],
}

/// The transition features that read more than the buffer or the stack's top, in
/// a fixed order (training reads them in this order).
#[inline]
pub fn rest(st: &State, toks: &[Token], out: &mut [u32; N_REST]) {
    let s = split(st, toks);
    let role = |r: usize| role_keys(&toks[s.roles[r] as usize], r);
    let mut at = 0;
    let mut put = |k: u32| {
        out[at] = k;
        at += 1;
    };
    s.pairs[..24].iter().for_each(|&k| put(k));
    for r in 0..8 {
        let [a, b] = role(r);
        put(a);
        put(b);
        put(lab_key(r, s.labs[r]));
    }
    s.pairs[24..34].iter().for_each(|&k| put(k));
    put(role(8)[0]);
    s.pairs[34..].iter().for_each(|&k| put(k));
}

/// The [`rest`] features of a configuration, split into the hashed ones, the
/// tokens of the roles and the label values.
#[inline]
pub fn split(st: &State, toks: &[Token]) -> Split {
    let none = toks.len() - 1;
    let at = |i: u32| if i == NONE { none } else { i as usize };
    let t = |i: u32| &toks[at(i)];
    let child = |i: u32| if i == 0 { NONE } else { i };
    let lab = |i: u32| {
        if i == NONE || i == 0 {
            0
        } else {
            u64::from(st.labels[i as usize]) + 1
        }
    };
    let s0i = st.s0();
    let n0i = if st.done() { NONE } else { st.b };
    let s1i = st.below(1);
    let s2i = st.below(2);
    let head = |i: u32| {
        if i == NONE || i == 0 {
            NONE
        } else {
            st.heads[i as usize]
        }
    };
    let s0hi = head(s0i);
    let s0h2i = head(s0hi);
    let n1 = t(if st.b < st.n { st.b + 1 } else { NONE });
    let (s0, s1, s2, n0) = (t(s0i), t(s1i), t(s2i), t(n0i));
    let (s0h, s0h2) = (t(s0hi), t(s0h2i));
    let sl = st.left[s0i as usize];
    let sr = st.right[s0i as usize];
    let nl = if n0i == NONE {
        [0, 0]
    } else {
        st.left[n0i as usize]
    };
    let (s0l, s0l2, s0r, s0r2) = (child(sl[0]), child(sl[1]), child(sr[0]), child(sr[1]));
    let (n0l, n0l2) = (child(nl[0]), child(nl[1]));
    let (tl, tl2, tr, tr2, tnl, tnl2) = (t(s0l), t(s0l2), t(s0r), t(s0r2), t(n0l), t(n0l2));
    let d = distance(s0i, n0i);
    let vs = st.valency[s0i as usize];
    let vn = if n0i == NONE {
        [0, 0]
    } else {
        st.valency[n0i as usize]
    };
    let ls = st.label_sets[s0i as usize];
    let ln = if n0i == NONE {
        0
    } else {
        st.label_sets[n0i as usize][0]
    };
    let headed = u64::from(s0hi != NONE);
    let pairs: [u32; N_PAIR] = [
        key(113, s0.wp, n0.wp),
        key(114, s0.wp, n0.w),
        key(115, s0.w, n0.wp),
        key(116, s0.wp, n0.p),
        key(117, s0.p, n0.wp),
        key(118, s0.w, n0.w),
        key(119, s0.p, n0.p),
        key(122, tags3(s0.p, n0.p, n1.p), 0),
        key(123, tags3(s0h.p, s0.p, n0.p), 0),
        key(124, tags3(s0.p, tl.p, n0.p), 0),
        key(125, tags3(s0.p, tr.p, n0.p), 0),
        key(126, tags3(s0.p, n0.p, tnl.p), 0),
        key(127, s0.w, d),
        key(128, s0.p, d),
        key(129, n0.w, d),
        key(130, n0.p, d),
        key(131, s0.w ^ n0.w.rotate_left(17), d),
        key(132, tags3(s0.p, n0.p, d), 0),
        key(133, s0.w, u64::from(vs[1])),
        key(134, s0.p, u64::from(vs[1])),
        key(135, s0.w, u64::from(vs[0])),
        key(136, s0.p, u64::from(vs[0])),
        key(137, n0.w, u64::from(vn[0])),
        key(138, n0.p, u64::from(vn[0])),
        key(163, tags3(s0.p, tl.p, tl2.p), 0),
        key(164, tags3(s0.p, tr.p, tr2.p), 0),
        key(165, tags3(s0.p, s0h.p, s0h2.p), 0),
        key(166, tags3(n0.p, tnl.p, tnl2.p), 0),
        key(167, s0.w, ls[1]),
        key(168, s0.p, ls[1]),
        key(169, s0.w, ls[0]),
        key(170, s0.p, ls[0]),
        key(171, n0.w, ln),
        key(172, n0.p, ln),
        key(174, tags3(s1.p, s0.p, n0.p), 0),
        key(175, tags3(s0.p, n0.p, headed), lab(s0i)),
        key(176, 0, 0),
        key(177, tags3(s2.p, s1.p, s0.p), 0),
        key(178, s1.p, s0.p ^ headed << 9),
    ];
    let roles = [s0hi, s0l, s0r, n0l, s0h2i, s0l2, s0r2, n0l2, s1i].map(|i| at(i) as u32);
    let labs = [s0i, s0l, s0r, n0l, s0hi, s0l2, s0r2, n0l2].map(lab);
    Split { pairs, roles, labs }
}

/// The features for choosing the relation of the new arc `h → d`.
#[inline]
pub fn label(st: &State, toks: &[Token], h: u32, d: u32, out: &mut [u32; N_LABEL]) {
    let none = toks.len() - 1;
    let t = |i: u32| &toks[if i == NONE { none } else { i as usize }];
    let (ht, dt) = (&toks[h as usize], &toks[d as usize]);
    let dir = u64::from(d > h) + 1;
    let dist = distance(h, d);
    let left = st.left[d as usize][0];
    let right = st.right[d as usize][0];
    let lab = |i: u32| {
        if i == 0 || i == NONE {
            0
        } else {
            u64::from(st.labels[i as usize]) + 1
        }
    };
    let lw = t(if left == 0 { NONE } else { left });
    let rw = t(if right == 0 { NONE } else { right });
    let prev = t(if d > 1 { d - 1 } else { NONE });
    let next = t(if d < st.n { d + 1 } else { NONE });
    let dsets = st.label_sets[d as usize];
    let hset = st.label_sets[h as usize][usize::from(d > h)];
    let feats: [u32; N_LABEL] = [
        key(201, dir, 0),
        key(202, dt.w, dir),
        key(203, dt.p, dir),
        key(204, dt.wp, 0),
        key(205, ht.w, dir),
        key(206, ht.p, dir),
        key(207, ht.wp, 0),
        key(208, tags3(ht.p, dt.p, dir), 0),
        key(209, ht.w, tags3(dt.p, dir, 0)),
        key(210, dt.w, tags3(ht.p, dir, 0)),
        key(211, ht.w, dt.w),
        key(212, tags3(ht.p, dt.p, dir), dist),
        key(213, lab(left), dt.p),
        key(214, lab(right), dt.p),
        key(215, dsets[0], dsets[1] ^ dt.p << 60),
        key(216, hset, tags3(dt.p, dir, 0)),
        key(217, lab(h), tags3(dt.p, ht.p, dir)),
        key(218, tags3(prev.p, dt.p, next.p), dir),
        key(219, dt.suffix, dt.p),
        key(220, lw.w, dt.p),
        key(221, lw.w, tags3(ht.p, dir, 0)),
        key(222, tags3(dist, dir, dt.p), 0),
        key(223, rw.w, dt.p),
        key(224, lw.w, dt.w),
        key(225, ht.suffix, tags3(dt.p, dir, 0)),
        key(226, hset, dt.w ^ dir),
    ];
    *out = feats;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_read_as_the_tagger_reads_them() {
        let w = |s: &str| Token::new(s, 3).w;
        assert_eq!(w("Putin"), w("putin"));
        assert_eq!(w("1987"), w("2024"));
        assert_eq!(w("’s"), w("'s"));
        assert_ne!(w("troops"), w("troop"));
        assert_eq!(
            Token::new("walked", 1).suffix,
            Token::new("talked", 1).suffix
        );
        assert_ne!(Token::new("walked", 1).wp, Token::new("walked", 2).wp);
    }

    #[test]
    fn features_are_never_zero_and_differ_by_template() {
        let words = ["Kim", "met", "Putin", "."];
        let mut toks = Vec::new();
        tokens(&words, &[22, 27, 22, 7], &mut toks);
        let mut st = State::default();
        st.reset(words.len());
        st.apply(super::super::state::SHIFT, 0);
        let mut all = [0u32; N_TRANSITION];
        transition(&st, &toks, &mut all);
        let mut labels = [0u32; N_LABEL];
        label(&st, &toks, 2, 1, &mut labels);
        let mut keys: Vec<u32> = all.iter().chain(&labels).copied().collect();
        assert!(keys.iter().all(|&k| k != 0));
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), N_TRANSITION + N_LABEL);
    }
}
