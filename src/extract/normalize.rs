//! Relation normalisation: a verb group (and what is folded into it) in, the
//! knowledge-graph relation string out.
//!
//! Lower case, main verb lemmatised, auxiliaries, modals, negation and adverbs
//! dropped, particles and prepositions kept: `has arrived in` → `arrive in`,
//! `sends troops to` → `send troops to`, `does not like to fly` → `like to fly`.
//! A passive without agent keeps its participle: `was welcomed` → `be welcomed`.

use crate::nlp::chunk::{NEGATION, VerbGroup, is_any};
use crate::nlp::lemma::lemma;
use crate::nlp::{Tag, Tagged};

/// The normalised verb part of a relation; `passive_form` keeps `be` + participle.
pub fn verb_relation(
    words: &[&str],
    tags: &[Tagged],
    vg: &VerbGroup,
    passive_form: bool,
) -> String {
    let mut out = String::new();
    if passive_form && vg.passive {
        out.push_str("be");
    }
    for k in vg.start..vg.end {
        let w = words[k];
        let t = tags[k].tag;
        if k < vg.main {
            continue; // auxiliaries, modals, adverbs of the first chain
        }
        if t == Tag::MD || t == Tag::RB && !is_particle(vg, k) || is_any(w, NEGATION) {
            continue;
        }
        if k > vg.main && t == Tag::TO {
            push_word(&mut out, "to");
            continue;
        }
        if k == vg.main {
            if passive_form && vg.passive {
                push_lower(&mut out, w);
            } else {
                push_word(&mut out, &lemma(w, t));
            }
            continue;
        }
        if t.is_verb() {
            // Later verbs of a `to` chain (`hope to restore`).
            push_word(&mut out, &lemma(w, t));
            continue;
        }
        push_lower(&mut out, w);
    }
    out
}

fn is_particle(vg: &VerbGroup, k: usize) -> bool {
    vg.particle == Some(k)
}

/// Append a word, separated by a space.
pub fn push_word(out: &mut String, w: &str) {
    if !out.is_empty() {
        out.push(' ');
    }
    out.push_str(w);
}

/// Append a word in lower case, separated by a space.
pub fn push_lower(out: &mut String, w: &str) {
    if !out.is_empty() {
        out.push(' ');
    }
    for c in w.chars() {
        out.extend(c.to_lowercase());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::chunk::Chunks;
    use crate::nlp::tags::Upos;

    #[test]
    fn normalises_verb_groups() {
        let rows: &[(&str, bool, &str)] = &[
            ("has/VBZ arrived/VBN", false, "arrive"),
            ("was/VBD welcomed/VBN", true, "be welcomed"),
            ("was/VBD welcomed/VBN", false, "welcome"),
            ("does/VBZ not/RB like/VB to/TO fly/VB", false, "like to fly"),
            ("will/MD hold/VB", false, "hold"),
            ("has/VBZ been/VBN supplying/VBG", false, "supply"),
            ("took/VBD", false, "take"),
            ("gave/VBD up/RP", false, "give up"),
        ];
        for (s, passive, want) in rows {
            let mut words = Vec::new();
            let mut tags = Vec::new();
            for wt in s.split(' ') {
                let (w, t) = wt.rsplit_once('/').unwrap();
                words.push(w);
                tags.push(Tagged {
                    tag: Tag::parse(t).unwrap(),
                    upos: Upos::X,
                });
            }
            let mut c = Chunks::default();
            c.chunk(&words, &tags);
            assert_eq!(
                verb_relation(&words, &tags, &c.vgs[0], *passive),
                *want,
                "{s}"
            );
        }
    }
}
