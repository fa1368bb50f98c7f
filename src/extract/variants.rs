//! Knowledge-graph variants of a clause: a clause and its as-written Open IE
//! tuple in, the readings the graph wants beside it out: a passive with a `by`
//! agent turned around, a non-entity object folded into the relation (`send
//! troops to`), a copula with a possessor or an `of` phrase (`biggest trading
//! partner of`), and coordinated subjects and objects fanned out.

use super::clause::{Clause, Range};
use super::normalize::{push_lower, push_word, verb_relation};
use super::patterns::{Ctx, triple};
use super::{RawTriple, TripleKind};
use crate::nlp::Tag;
use crate::nlp::lemma::lemma;

/// Variants with the token ranges of their subject and object.
type Variants = Vec<(RawTriple, Range, Range)>;

/// Every variant of clause `c`, whose as-written tuple is `clause` with object `object`.
pub(super) fn variants(
    ctx: &Ctx<'_>,
    c: &Clause,
    clause: &RawTriple,
    object: Range,
    relation_text: &str,
    conf: f32,
) -> Vec<RawTriple> {
    let mut kg = Variants::new();
    passive(ctx, c, relation_text, conf, &mut kg);
    folded(ctx, c, relation_text, conf, &mut kg);
    copula(ctx, c, relation_text, conf, &mut kg);
    fan_out(ctx, c, clause, object, &mut kg);
    kg.into_iter().map(|(t, _, _)| t).collect()
}

/// A passive with a `by` agent, turned around (`X was welcomed by Y` → Y welcome X).
fn passive(ctx: &Ctx<'_>, c: &Clause, relation_text: &str, conf: f32, kg: &mut Variants) {
    let s = ctx.s;
    let vg = s.chunks.vgs[c.vg];
    // Passive with a `by` agent, turned around.
    if vg.passive {
        if let Some(agent) = c
            .extras
            .iter()
            .chain(c.prep.map(|_| c.object.unwrap()).as_ref())
            .find(|r| r.0 > 0 && ctx.word(r.0).eq_ignore_ascii_case("by") && r.1 > r.0 + 1)
        {
            let a = (agent.0 + 1, agent.1);
            let rel = verb_relation(s.words, s.tags, &vg, false);
            kg.push((
                triple(
                    ctx,
                    a,
                    rel,
                    relation_text.to_string(),
                    c.subject,
                    TripleKind::Passive,
                    conf,
                ),
                a,
                c.subject,
            ));
        }
        if c.prep
            .is_some_and(|p| ctx.word(p).eq_ignore_ascii_case("by"))
        {
            let rel = verb_relation(s.words, s.tags, &vg, false);
            kg.push((
                triple(
                    ctx,
                    c.object.unwrap(),
                    rel,
                    relation_text.to_string(),
                    c.subject,
                    TripleKind::Passive,
                    conf,
                ),
                c.object.unwrap(),
                c.subject,
            ));
        }
    }
}

/// A non-entity object folded into the relation (`send troops to Russia`), once
/// for each prepositional argument that names an entity.
fn folded(ctx: &Ctx<'_>, c: &Clause, relation_text: &str, conf: f32, kg: &mut Variants) {
    let s = ctx.s;
    let vg = s.chunks.vgs[c.vg];
    // A non-entity object folded into the relation: `send troops to Russia`,
    // once for each prepositional argument that names an entity
    // (`hold talks in New York with Baker`).
    if let (Some(o), None) = (c.object, c.prep)
        && !vg.copula
        && !vg.passive
        && ctx.link(o).is_none()
        && let Some(np) = s
            .chunks
            .np_at(o.0)
            .filter(|np| np.end == o.1 && np.possessive.is_none() && s.tags[np.head].tag.is_noun())
    {
        for (k, pp) in c.extras.iter().enumerate().take(3) {
            if !(s.is_prep(pp.0) && pp.1 > pp.0 + 1 && ctx.link((pp.0 + 1, pp.1)).is_some()) {
                continue;
            }
            // `includes text by Stewart`: a creator, not an argument of the verb
            // (the tree's verbal family reads it).
            if ctx.word(pp.0).eq_ignore_ascii_case("by")
                && crate::nlp::lexicon::credit_noun(&lemma(ctx.word(np.head), ctx.tag(np.head)))
                    .is_some()
            {
                continue;
            }
            // `over the war in Ukraine`: after a phrase ending in a common noun,
            // a prepositional phrase belongs to that noun, not to the verb.
            if k > 0 && !s.tags[c.extras[k - 1].1 - 1].tag.is_proper() {
                break;
            }
            let mut rel = verb_relation(s.words, s.tags, &vg, true);
            push_lower(&mut rel, ctx.word(np.head));
            push_lower(&mut rel, ctx.word(pp.0));
            let mut text = relation_text.to_string();
            push_word(&mut text, ctx.surface(o));
            push_word(&mut text, ctx.word(pp.0));
            let obj = (pp.0 + 1, pp.1);
            kg.push((
                triple(ctx, c.subject, rel, text, obj, TripleKind::Folded, conf),
                c.subject,
                obj,
            ));
        }
    }
}

/// A copula with a possessor or an `of` phrase (`China is North Korea 's biggest partner`).
fn copula(ctx: &Ctx<'_>, c: &Clause, relation_text: &str, conf: f32, kg: &mut Variants) {
    let s = ctx.s;
    let n = s.words.len();
    let vg = s.chunks.vgs[c.vg];
    // Copula with a possessor or an `of` phrase: `China is North Korea 's biggest partner`.
    if vg.copula
        && c.prep.is_none()
        && let Some(o) = c.object
        && let Some(np) = s.chunks.np_at(o.0).filter(|np| np.start == o.0)
    {
        // The relation and the owner: the words after the possessor, or the
        // noun phrase's words (no determiner) before its `of` phrase.
        let (mut rel, owner) = if let Some(pos) = np.possessive {
            let mut rel = String::new();
            for k in pos + 1..o.1 {
                push_lower(&mut rel, ctx.word(k));
            }
            (rel, (np.start, pos))
        } else if np.end < n
            && ctx.word(np.end).eq_ignore_ascii_case("of")
            && let Some(of) = s.object_starting(np.end + 1)
        {
            let mut rel = String::new();
            for k in np.start..np.end {
                if !matches!(ctx.tag(k), Tag::DT | Tag::PRPS) {
                    push_lower(&mut rel, ctx.word(k));
                }
            }
            (rel, of)
        } else {
            return;
        };
        rel.push_str(" of");
        kg.push((
            triple(
                ctx,
                c.subject,
                rel,
                relation_text.to_string(),
                owner,
                TripleKind::Copula,
                conf,
            ),
            c.subject,
            owner,
        ));
    }
}

/// Coordinated subjects and objects fanned out over the clause and its variants.
fn fan_out(ctx: &Ctx<'_>, c: &Clause, clause: &RawTriple, object: Range, kg: &mut Variants) {
    // Coordinated subjects and objects, fanned out over the clause and its variants.
    let main = (Some(clause.clone()), c.subject, object);
    let mut fanned = Vec::new();
    for (t, sr, or) in main
        .0
        .map(|t| (t, main.1, main.2))
        .into_iter()
        .chain(kg.iter().cloned())
    {
        let subj = ctx.conjuncts(sr);
        let objs = ctx.conjuncts(or);
        if subj.is_none() && objs.is_none() {
            continue;
        }
        for &a in subj.as_deref().unwrap_or(&[sr]) {
            for &b in objs.as_deref().unwrap_or(&[or]) {
                let mut x = t.clone();
                x.subject = ctx.arg(a);
                x.object = ctx.arg(b);
                x.extra.clear();
                if x.kind == TripleKind::Clause {
                    x.kind = TripleKind::Coordinated;
                }
                x.confidence *= 0.95;
                fanned.push((x, a, b));
            }
        }
    }
    kg.extend(fanned);
}
