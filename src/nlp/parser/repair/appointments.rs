//! Appointments the parser misreads (`lexicon::appointing_verb`: `name`,
//! `appoint`, `elect`, ...). The arcs of one sentence in, these fixed out:
//!
//! * the appointee after the verb read as a second subject (`President Bush
//!   named Paul Wolfowitz as head of the World Bank`: `Paul` a subject of
//!   `named`, which has `Bush` before it): it is the verb's object;
//! * the appointee and the post with no `as` read as one noun phrase
//!   (`Vodafone named Arun Sarin chairman of its Indian unit`: `Arun Sarin`
//!   compounds of the object `chairman`): the name is the object and the
//!   post its appositive, as the parser reads `named Tony Hayward its new
//!   chief executive`.

use super::{dominated_by, head};
use crate::nlp::lemma::lemma;
use crate::nlp::parser::Arc;
use crate::nlp::{DepRel, Tagged, lexicon};

/// See the module docs.
pub(super) fn appointee(words: &[&str], tags: &[Tagged], arcs: &mut [Arc]) {
    let n = arcs.len();
    for v in 1..n.saturating_sub(2) {
        if !tags[v].tag.is_verb()
            || !tags[v + 1].tag.is_proper()
            || !lexicon::appointing_verb(&lemma(words[v], tags[v].tag))
        {
            continue;
        }
        second_subject(arcs, v);
        name_compound_of_post(words, tags, arcs, v);
    }
}

/// `named Paul Wolfowitz as head`: the proper noun right after the verb, its
/// subject though the verb has a subject before it, is its object.
fn second_subject(arcs: &mut [Arc], v: usize) {
    let b = v + 1;
    let before = (0..v).any(|k| head(arcs, k) == Some(v) && arcs[k].rel == DepRel::Nsubj);
    if before && head(arcs, b) == Some(v) && arcs[b].rel == DepRel::Nsubj {
        arcs[b].rel = DepRel::Obj;
    }
}

/// `named Arun Sarin chairman of its Indian unit`: two or more proper nouns
/// right after the verb (the first no known country, city or organisation:
/// `elected Labour leader`), then only lower-case words up to the verb's
/// object, a title, all inside the title's phrase.
fn name_compound_of_post(words: &[&str], tags: &[Tagged], arcs: &mut [Arc], v: usize) {
    let Some(t) = (v + 2..arcs.len()).find(|&k| !tags[k].tag.is_proper()) else {
        return;
    };
    let last = t - 1;
    if last < v + 2 || lexicon::known_kind(words[v + 1]).is_some() {
        return;
    }
    // The object may follow after a title's own modifiers (`chief`).
    let Some(o) = (t..arcs.len())
        .take(3)
        .take_while(|&k| words[k].starts_with(|c: char| c.is_lowercase()))
        .find(|&k| head(arcs, k) == Some(v) && arcs[k].rel == DepRel::Obj)
    else {
        return;
    };
    let post = (t..=o).map(|k| words[k]).collect::<Vec<_>>().join(" ");
    if !tags[o].tag.is_noun()
        || tags[o].tag.is_proper()
        || lexicon::title(&post.to_lowercase()).is_none()
        || !(v + 1..o).all(|k| dominated_by(arcs, k, o))
    {
        return;
    }
    for arc in &mut arcs[v + 1..last] {
        if arc.head as usize == o + 1 {
            arc.head = last as u32 + 1;
        }
    }
    arcs[last].head = v as u32 + 1;
    arcs[last].rel = DepRel::Obj;
    arcs[o].head = last as u32 + 1;
    arcs[o].rel = DepRel::Appos;
}
