//! Confidence: the shape of an extraction in, a score in (0, 1] out.
//!
//! A small logistic model over features of the pattern that produced the tuple
//! (how the subject was found, implicit relation kind), the argument lengths, the
//! sentence length and the verb group (finite, passive, copula, negated). The
//! weights were fitted on the CaRB development split against the lenient tuple
//! match, so that right tuples rank above wrong ones; they are few and general
//! (no words), so they carry over to other text.

use super::clause::{Clause, Range, Sent, SubjectVia};
use crate::nlp::Tag;

/// Number of features (including the bias).
pub const N: usize = 26;

/// Implicit (noun-phrase) relation kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Implicit {
    Appositive,
    Title,
    Located,
    Possessive,
    Compound,
    NamedAppositive,
}

/// A feature vector.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Features(pub [f32; N]);

/// Fitted weights, in feature order (see [`clause_features`]).
const WEIGHTS: [f32; N] = [
    -0.71, // bias
    0.48, -0.18, -0.27, 0.2, -0.61,
    -0.41, // via: direct, parenthetical, relative, coordinated, control, participle
    0.84, 0.39, -0.24, -1.0, // implicit: appositive, title, located, possessive
    0.34, 0.59, 0.36, -0.3, // ln subject len, ln object len, extras, sentence len / 10
    -0.37, 0.42, 0.51, 0.3, -0.54,
    -0.19, // pronoun subject, proper subject, finite, passive, copula, negated
    0.34, 0.12, 0.09, // prep in relation, complement clause, adjective object
    0.74, -0.18, // implicit: title compound, named appositive
];

fn sigmoid(x: f32) -> f32 {
    1.0 / (1.0 + (-x).exp())
}

impl Features {
    /// The model's score, in (0, 1).
    pub fn score(&self) -> f32 {
        let z: f32 = self.0.iter().zip(WEIGHTS.iter()).map(|(x, w)| x * w).sum();
        sigmoid(z).clamp(0.01, 1.0)
    }
}

fn len(r: Range) -> f32 {
    ((r.1 - r.0).max(1) as f32).ln()
}

/// Features of a clause tuple.
pub fn clause_features(c: &Clause, s: &Sent<'_>) -> Features {
    let vg = &s.chunks.vgs[c.vg];
    let mut f = [0.0f32; N];
    f[0] = 1.0;
    f[1 + match c.via {
        SubjectVia::Direct => 0,
        SubjectVia::Parenthetical => 1,
        SubjectVia::Relative => 2,
        SubjectVia::Coordinated => 3,
        SubjectVia::Control => 4,
        SubjectVia::Participle => 5,
    }] = 1.0;
    f[11] = len(c.subject);
    f[12] = c.object.or(c.complement).map_or(0.0, len);
    f[13] = c.extras.len() as f32;
    f[14] = s.words.len() as f32 / 10.0;
    let first = s.tags[c.subject.0].tag;
    f[15] = f32::from(u8::from(first == Tag::PRP));
    let head = s
        .chunks
        .np_at(c.subject.1 - 1)
        .map_or(c.subject.1 - 1, |np| np.head);
    f[16] = f32::from(u8::from(s.tags[head].tag.is_proper()));
    f[17] = f32::from(u8::from(vg.finite));
    f[18] = f32::from(u8::from(vg.passive));
    f[19] = f32::from(u8::from(vg.copula));
    f[20] = f32::from(u8::from(vg.negated));
    f[21] = f32::from(u8::from(c.prep.is_some()));
    f[22] = f32::from(u8::from(c.complement.is_some()));
    f[23] = f32::from(u8::from(c.object.is_some_and(|o| {
        s.tags[o.0].tag.is_adjective() || s.tags[o.0].tag == Tag::RB
    })));
    Features(f)
}

/// Features of an implicit tuple.
pub fn implicit_features(kind: Implicit, subject: Range, object: Range, s: &Sent<'_>) -> Features {
    let mut f = [0.0f32; N];
    f[0] = 1.0;
    match kind {
        Implicit::Compound => f[24] = 1.0,
        Implicit::NamedAppositive => f[25] = 1.0,
        Implicit::Appositive => f[7] = 1.0,
        Implicit::Title => f[8] = 1.0,
        Implicit::Located => f[9] = 1.0,
        Implicit::Possessive => f[10] = 1.0,
    }
    f[11] = len(subject);
    f[12] = len(object);
    f[14] = s.words.len() as f32 / 10.0;
    f[16] = 1.0;
    Features(f)
}
