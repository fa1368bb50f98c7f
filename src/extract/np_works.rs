//! A work's creator written inside its noun phrase, read from the words and
//! the dependency tree: a [`TreeSentence`] and one of its works (a name typed
//! [`EntityKind::Work`]) in, `author of` triples out. The work's possessor is
//! its author: a person's name (`Sally Grindley's Spilled Water`), or a
//! person's name or possessive pronoun on the work's class noun before it
//! (`her book Small Island`, `Levy's new novel X`) or in apposition to it
//! (`Small Island, Levy's fourth novel`); a pronoun is resolved later.
//! The `by` phrase (`Biscuit Bear by Mini Grey`) is [`super::np_links`]'.

use super::tree::{Named, TreeSentence};
use super::{Argument, RawTriple, TripleKind};
use crate::nlp::{DepRel, MentionForm, Tag};
use crate::vocab::EntityKind;
use crate::vocab::work::work_noun;

/// A work's possessor is its author nearly always: this reading wins over a
/// verb's reading of the same pair in the sentence (`Levy has seen her book
/// Small Island win …` is no `see`).
const AUTHOR_CONFIDENCE: f32 = 0.9;

/// `Sally Grindley's Spilled Water`, `her book Small Island`, `Small Island,
/// Levy's fourth novel`: `X –author of→ W`.
pub(super) fn work_author(s: &TreeSentence<'_>, n: &Named, out: &mut Vec<RawTriple>) {
    if n.kind != EntityKind::Work {
        return;
    }
    let mut owners: Vec<usize> = Vec::new();
    // `Alan Hollinghurst's The Line of Beauty`: past the title's `The`.
    let before = match n.start.checked_sub(1) {
        Some(t) if s.words[t] == "The" => t.checked_sub(1),
        p => p,
    };
    if let Some(m) = before.and_then(|p| possessor_at(s, p)) {
        owners.push(m);
    } else if let Some(k) = n.start.checked_sub(1).filter(|&k| is_class_noun(s, k)) {
        owners.extend(possessor_before(s, k));
    }
    for c in s.tree.children_by(n.head, |r| r == DepRel::Appos) {
        if is_class_noun(s, c) {
            for p in s.tree.children_by(c, |r| r == DepRel::NmodPoss) {
                owners.extend(possessor_word(s, p));
            }
        }
    }
    owners.sort_unstable();
    owners.dedup();
    let work = Argument {
        span: s.a.mentions[n.mention].name,
        mention: Some(n.mention),
    };
    for m in owners {
        let person = Argument {
            span: s.a.mentions[m].name,
            mention: Some(m),
        };
        out.push(RawTriple::of_phrase(
            person,
            "author of".into(),
            work.clone(),
            TripleKind::Role,
            AUTHOR_CONFIDENCE,
        ));
    }
}

fn is_class_noun(s: &TreeSentence<'_>, k: usize) -> bool {
    s.named(k).is_none() && work_noun(&s.lemma(k).to_lowercase())
}

/// The person whose possessive marker is word `p` (`Levy` of `Levy 's`).
fn possessor_at(s: &TreeSentence<'_>, p: usize) -> Option<usize> {
    if !matches!(s.words[p], "'s" | "’s" | "'" | "’") {
        return None;
    }
    let n = s.named(p.checked_sub(1)?)?;
    (n.kind == EntityKind::Person).then_some(n.mention)
}

/// The possessor of class noun `k` written before it, past at most two
/// adjectives or ordinals (`her fourth book`, `Levy's new novel`).
fn possessor_before(s: &TreeSentence<'_>, k: usize) -> Option<usize> {
    let mut j = k.checked_sub(1)?;
    for _ in 0..2 {
        if !(s.tag(j).is_adjective() || s.tag(j) == Tag::CD) || j == 0 {
            break;
        }
        j -= 1;
    }
    possessor_at(s, j).or_else(|| possessor_word(s, j))
}

/// The person word `p` names (a name's head) or the possessive pronoun it
/// is (`his`, `her`, `their`; resolved later).
fn possessor_word(s: &TreeSentence<'_>, p: usize) -> Option<usize> {
    if let Some(n) = s.named(p) {
        return (n.kind == EntityKind::Person).then_some(n.mention);
    }
    if !matches!(s.words[p].to_lowercase().as_str(), "his" | "her" | "their") {
        return None;
    }
    let m = s.referring_head(p)?;
    (s.a.mentions[m].form == MentionForm::Pronoun).then_some(m)
}
