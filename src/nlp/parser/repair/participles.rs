//! A participle on an appositive read as the sentence's verb: `Warner Music,
//! the record company owned by Edgar Bronfman, is planning a flotation`,
//! `Yahoo has bought Flickr, a website based in Vancouver`. The tagger calls
//! the participle a past tense and the parser gives it the appositive's noun
//! as its subject (and, when the name before is the sentence's subject, makes
//! it the root, the real predicate hanging from it). The arcs of one sentence
//! in, the participle a clause on the noun, the noun the name's appositive and
//! the name the real predicate's subject out. Likewise a participle right after
//! an appositive that the parser hung on another verb (`made by Rockstar North,
//! a studio based in Edinburgh`).

use super::{child, comma_before, dominated_by, head};
use crate::nlp::parser::Arc;
use crate::nlp::{DepRel, Tag, Tagged};
use crate::vocab::speech;

/// Whether verb `v` takes a prepositional phrase (`by Edgar Bronfman`, `in
/// Vancouver`) and no auxiliary, object, complement or subordinator, nor any
/// dependent of the relations in `also`: a participle's clause, not a
/// predicate.
fn bare_participle(arcs: &[Arc], v: usize, also: &[DepRel]) -> bool {
    let takes = |rels: &[DepRel]| child(arcs, v, |c| rels.contains(&arcs[c].rel)).is_some();
    let blocked = [
        DepRel::Aux,
        DepRel::AuxPass,
        DepRel::Obj,
        DepRel::Iobj,
        DepRel::Ccomp,
        DepRel::Xcomp,
        DepRel::Mark,
    ];
    !takes(&blocked) && !takes(also) && takes(&[DepRel::Obl, DepRel::OblAgent])
}

/// See the module docs. The participle: a past form with no auxiliary, no
/// object or complement, a prepositional phrase (`by Edgar Bronfman`, `in
/// Vancouver`) and no verb of saying (`Flickr, the company said in a
/// statement, ...` is a real clause). Its subject: a common noun with a
/// determiner whose phrase opens right after a comma that closes a proper
/// noun's phrase.
pub(super) fn participle_on_appositive(words: &[&str], tags: &[Tagged], arcs: &mut [Arc]) {
    for v in 1..arcs.len() {
        // (Not a hyphen's: `New York-based ITT Corp` names its place.)
        if !matches!(tags[v].tag, Tag::VBD | Tag::VBN)
            || tags[v - 1].tag == Tag::HYPH
            || speech::speech_verb(words[v]).is_some()
        {
            continue;
        }
        if !bare_participle(arcs, v, &[]) {
            continue;
        }
        let Some(n) = child(arcs, v, |c| {
            c < v
                && matches!(arcs[c].rel, DepRel::Nsubj | DepRel::NsubjPass)
                && matches!(tags[c].tag, Tag::NN | Tag::NNS)
                && child(arcs, c, |d| arcs[d].rel == DepRel::Det).is_some()
        }) else {
            continue;
        };
        let Some(comma) = comma_before(tags, arcs, n).filter(|&c| c > 0) else {
            continue;
        };
        // The name whose phrase the comma closes (`Warner Music`, `Edgar
        // Bronfman`: a flat name's head is its first word).
        let mut o = comma - 1;
        if arcs[o].rel == DepRel::Flat {
            let Some(h) = head(arcs, o) else { continue };
            o = h;
        }
        if !tags[o].tag.is_proper() {
            continue;
        }
        let (v_head, v_rel) = (arcs[v].head, arcs[v].rel);
        if head(arcs, o) == Some(v) {
            // The name was the participle's subject too: the real predicate
            // is a verb hung on the participle after the phrase, which takes
            // the participle's place and the name as its subject.
            let end = (v + 1..arcs.len())
                .filter(|&k| dominated_by(arcs, k, v))
                .find(|&k| tags[k].tag == Tag::Comma)
                .unwrap_or(arcs.len());
            // (Not a conjunct with its coordinator: `…, and ordered jets`.)
            let Some(p) = child(arcs, v, |c| {
                c > end
                    && tags[c].tag.is_verb()
                    && matches!(
                        arcs[c].rel,
                        DepRel::Advcl | DepRel::Conj | DepRel::Parataxis | DepRel::Ccomp
                    )
                    && child(arcs, c, |k| arcs[k].rel == DepRel::Cc).is_none()
            }) else {
                continue;
            };
            let passive = child(arcs, p, |c| arcs[c].rel == DepRel::AuxPass).is_some();
            arcs[p].head = v_head;
            arcs[p].rel = v_rel;
            arcs[o].head = p as u32 + 1;
            arcs[o].rel = if passive {
                DepRel::NsubjPass
            } else {
                DepRel::Nsubj
            };
            for k in end..arcs.len() {
                if head(arcs, k) == Some(v) && tags[k].tag.is_punct() {
                    arcs[k].head = p as u32 + 1;
                }
            }
        } else if dominated_by(arcs, o, v) {
            continue;
        }
        arcs[n].head = o as u32 + 1;
        arcs[n].rel = DepRel::Appos;
        arcs[v].head = n as u32 + 1;
        arcs[v].rel = DepRel::Acl;
    }
}

/// `The game was made by Rockstar North, a studio based in Edinburgh`,
/// `Rockstar North, a studio based in Edinburgh, made the game`: a past form
/// right after an appositive noun, with a prepositional phrase and no subject
/// of its own, that the parser hung elsewhere (a clause of the sentence's
/// verb) is a clause on the noun. When the name the appositive describes was
/// made the root and the real predicate hangs from it as a conjunct with no
/// coordinator, that predicate becomes the root and the name its subject.
pub(super) fn participle_after_appositive(words: &[&str], tags: &[Tagged], arcs: &mut [Arc]) {
    for v in 2..arcs.len() {
        let n = v - 1;
        if !matches!(tags[v].tag, Tag::VBD | Tag::VBN)
            || arcs[n].rel != DepRel::Appos
            || !matches!(tags[n].tag, Tag::NN | Tag::NNS)
            || head(arcs, v) == Some(n)
            || speech::speech_verb(words[v]).is_some()
        {
            continue;
        }
        let Some(o) = head(arcs, n).filter(|&o| o < n && tags[o].tag.is_proper()) else {
            continue;
        };
        if head(arcs, o) == Some(v) && arcs[o].rel == DepRel::Nsubj && arcs[v].head == 0 {
            name_subject_of_participle(tags, arcs, o, n, v);
            continue;
        }
        if !bare_participle(arcs, v, &[DepRel::Nsubj, DepRel::NsubjPass, DepRel::Cc]) {
            continue;
        }
        if dominated_by(arcs, n, v) || comma_before(tags, arcs, n).is_none() {
            continue;
        }
        let old = head(arcs, v);
        arcs[v].head = n as u32 + 1;
        arcs[v].rel = DepRel::Acl;
        // The name made the root, the predicate its conjunct: `Rockstar North,
        // a studio based in Edinburgh, made the game`.
        if arcs[o].head != 0 {
            continue;
        }
        let Some(p) = old
            .filter(|&p| {
                p > v
                    && head(arcs, p) == Some(o)
                    && arcs[p].rel == DepRel::Conj
                    && tags[p].tag.is_verb()
            })
            .or_else(|| {
                child(arcs, o, |c| {
                    c > v && arcs[c].rel == DepRel::Conj && tags[c].tag.is_verb()
                })
            })
        else {
            continue;
        };
        if !promote_predicate(arcs, p, o) {
            continue;
        }
        for k in p + 1..arcs.len() {
            if head(arcs, k) == Some(o) && tags[k].tag.is_punct() {
                arcs[k].head = p as u32 + 1;
            }
        }
    }
}

/// `LVMH, the luxury goods group owned by Bernard Arnault, bought a stake`:
/// the participle `v` made the root with the name `o` (which the appositive
/// `n` describes) its subject, the real predicate its conjunct with no
/// coordinator or subject of its own: that predicate is the root, the name
/// its subject and the participle a clause on the appositive.
fn name_subject_of_participle(tags: &[Tagged], arcs: &mut [Arc], o: usize, n: usize, v: usize) {
    let only_subject = child(arcs, v, |c| {
        c != o && matches!(arcs[c].rel, DepRel::Nsubj | DepRel::NsubjPass)
    })
    .is_none();
    if !only_subject || !bare_participle(arcs, v, &[DepRel::NsubjPass, DepRel::Cc]) {
        return;
    }
    let Some(p) = child(arcs, v, |c| {
        c > v
            && arcs[c].rel == DepRel::Conj
            && tags[c].tag.is_verb()
            && comma_before(tags, arcs, c).is_some()
    }) else {
        return;
    };
    if !promote_predicate(arcs, p, o) {
        return;
    }
    arcs[v].head = n as u32 + 1;
    arcs[v].rel = DepRel::Acl;
    for k in p + 1..arcs.len() {
        if head(arcs, k) == Some(v) && tags[k].tag.is_punct() {
            arcs[k].head = p as u32 + 1;
        }
    }
}

/// Make predicate `p` (a conjunct with no coordinator or subject of its own)
/// the root with noun `o` its subject (passive if `p` has a passive
/// auxiliary); false, and nothing changed, if `p` has a coordinator or subject.
fn promote_predicate(arcs: &mut [Arc], p: usize, o: usize) -> bool {
    if child(arcs, p, |c| {
        matches!(arcs[c].rel, DepRel::Cc | DepRel::Nsubj | DepRel::NsubjPass)
    })
    .is_some()
    {
        return false;
    }
    let passive = child(arcs, p, |c| arcs[c].rel == DepRel::AuxPass).is_some();
    arcs[p].head = 0;
    arcs[p].rel = DepRel::Root;
    arcs[o].head = p as u32 + 1;
    arcs[o].rel = if passive {
        DepRel::NsubjPass
    } else {
        DepRel::Nsubj
    };
    true
}
