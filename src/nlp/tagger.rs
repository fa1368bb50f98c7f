//! Part-of-speech tagger: words in, one [`Tagged`] (PTB + UPOS) per word out.
//!
//! PLACEHOLDER (being replaced by the averaged-perceptron model trained on UD EWT):
//! a handful of capitalisation and suffix rules so the rest of the pipeline runs.

use super::tags::{Tag, Tagged, Upos};

/// A part-of-speech tagger. Obtain the embedded model with [`Tagger::embedded`].
#[derive(Debug)]
pub struct Tagger {
    _private: (),
}

static EMBEDDED: Tagger = Tagger { _private: () };

impl Tagger {
    /// The model embedded in the binary.
    pub fn embedded() -> &'static Tagger {
        &EMBEDDED
    }

    /// Tag a sentence given as its words.
    pub fn tag(&self, words: &[&str]) -> Vec<Tagged> {
        words
            .iter()
            .enumerate()
            .map(|(i, w)| guess(w, i == 0))
            .collect()
    }
}

fn guess(w: &str, first: bool) -> Tagged {
    let lw = w.to_lowercase();
    let (tag, upos) = match lw.as_str() {
        "the" | "a" | "an" | "this" | "that" | "these" | "those" => (Tag::DT, Upos::DET),
        "and" | "or" | "but" => (Tag::CC, Upos::CCONJ),
        "in" | "on" | "at" | "with" | "by" | "for" | "from" | "of" | "against" | "into" => {
            (Tag::IN, Upos::ADP)
        }
        "to" => (Tag::TO, Upos::ADP),
        "is" | "has" | "was" => (Tag::VBZ, Upos::AUX),
        "he" | "she" | "it" | "they" => (Tag::PRP, Upos::PRON),
        "," => (Tag::Comma, Upos::PUNCT),
        "." | "!" | "?" => (Tag::Period, Upos::PUNCT),
        _ if w.chars().next().is_some_and(|c| c.is_uppercase()) && !first => {
            (Tag::NNP, Upos::PROPN)
        }
        _ if w.chars().all(|c| c.is_ascii_digit() || c == ',') => (Tag::CD, Upos::NUM),
        _ if lw.ends_with("ed") => (Tag::VBD, Upos::VERB),
        _ if lw.ends_with('s') && lw.len() > 3 => (Tag::VBZ, Upos::VERB),
        _ if !w.chars().any(|c| c.is_alphanumeric()) => (Tag::Colon, Upos::PUNCT),
        _ => (Tag::NN, Upos::NOUN),
    };
    Tagged { tag, upos }
}
