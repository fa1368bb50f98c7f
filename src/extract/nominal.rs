//! Events named by a noun, read from the dependency tree: one [`TreeSentence`]
//! in, the triples of its event nouns out.
//!
//! News names many events without a verb: `a probe by the SEC into Time
//! Warner`, `Bertelsmann's purchase of a stake in AOL Europe`, `Microsoft is in
//! talks with Nokia`, `a meeting between Putin and Kim`. For an event noun of
//! the lexicon ([`lexicon::event_noun`]) the agent is its possessor, its `by`
//! phrase, or the subject of the clause it is the predicate or oblique of (`X is
//! in talks with`, `X launched a probe into`); the theme is a name in its
//! prepositional phrase, directly or one level down (`purchase of a stake in
//! AOL Europe`). The relation is the noun phrase as written (`probe into`,
//! `purchase of stake in`), so it reads like the sentence. Two parties joined by
//! `between` get the relation the lexicon gives the noun (`meet`). An event
//! only planned or considered (`a meeting … was under consideration`) carries
//! the modality [`Modality::Proposed`].

use super::tree::TreeSentence;
use super::verbal::{argument, fan_out, subjects};
use super::{Argument, RawTriple, TripleKind};
use crate::nlp::{DepRel, lexicon};
use crate::vocab::{Modality, stance};

/// Prepositions that introduce an event's theme.
const THEME_PREPOSITIONS: &[&str] = &[
    "of", "into", "on", "against", "with", "for", "over", "to", "in",
];

/// Add the event-noun triples of `s` to `out`.
pub fn triples(s: &TreeSentence<'_>, out: &mut Vec<RawTriple>) {
    let t = s.tree;
    for n in 0..t.len() {
        if !s.tag(n).is_noun() || s.named(n).is_some() {
            continue;
        }
        let lemma = s.lemma(n).to_lowercase();
        let Some(between) = lexicon::event_noun(&lemma) else {
            continue;
        };
        let word = s.words[n].to_lowercase();
        let agents = agents(s, n);
        let modality = modality(s, n);
        for (theme, relation) in themes(s, n, &word) {
            for a in &agents {
                push(out, a, relation.clone(), &theme, modality);
            }
        }
        if let Some(relation) = between {
            for c in t.children_by(n, |r| r == DepRel::Nmod) {
                if s.case(c).as_deref() != Some("between") {
                    continue;
                }
                let parties: Vec<Argument> = fan_out(s, vec![c])
                    .into_iter()
                    .filter_map(|p| argument(s, p))
                    .collect();
                if let [a, rest @ ..] = parties.as_slice() {
                    for b in rest {
                        push(out, a, relation.to_string(), b, modality);
                    }
                }
            }
        }
    }
}

/// Who acts in the event named by noun `n`.
fn agents(s: &TreeSentence<'_>, n: usize) -> Vec<Argument> {
    let t = s.tree;
    let mut words: Vec<usize> = Vec::new();
    for c in t.children(n) {
        match t.rel(c) {
            // `Bertelsmann's purchase`.
            DepRel::NmodPoss => words.push(c),
            // `a probe by the SEC`.
            DepRel::Nmod if s.case(c).as_deref() == Some("by") => words.push(c),
            _ => {}
        }
    }
    if words.is_empty() {
        // `Microsoft is in talks with Nokia`: the predicate's subject.
        if t.child(n, DepRel::Cop).is_some() {
            words.extend(subjects(s, n));
        } else if matches!(t.rel(n), DepRel::Obl | DepRel::Obj)
            && let Some(h) = t.head(n)
            && s.tag(h).is_verb()
            // Not what befalls the subject: `died of a heart attack`,
            // `was hurt in an attack`.
            && s.case(n).as_deref() != Some("of")
            && t.child(h, DepRel::NsubjPass).is_none()
        {
            // `the SEC launched a probe into`, `Kim held talks with`.
            words.extend(subjects(s, h));
        }
    }
    fan_out(s, words)
        .into_iter()
        .filter_map(|w| argument(s, w))
        .collect()
}

/// The themes of the event named by noun `n` (written `word`), with the
/// relation for each.
fn themes(s: &TreeSentence<'_>, n: usize, word: &str) -> Vec<(Argument, String)> {
    let t = s.tree;
    let mut out = Vec::new();
    // `a probe by the SEC into Time Warner` is often parsed with the theme on
    // the agent: a phrase other than `of`/`in` there is the event's.
    let on_agent = t
        .children_by(n, |r| r == DepRel::Nmod)
        .filter(|&c| s.case(c).as_deref() == Some("by"))
        .flat_map(|c| t.children_by(c, |r| r == DepRel::Nmod))
        .filter(|&d| s.case(d).is_some_and(|p| p != "of" && p != "in"));
    let phrases: Vec<usize> = t
        .children_by(n, |r| r == DepRel::Nmod)
        .chain(on_agent)
        .collect();
    for c in phrases {
        let Some(p) = s
            .case(c)
            .filter(|p| THEME_PREPOSITIONS.contains(&p.as_str()))
        else {
            continue;
        };
        if s.named_head(c).is_some() {
            for a in fan_out(s, vec![c]) {
                if let Some(arg) = argument(s, a) {
                    out.push((arg, format!("{word} {p}")));
                }
            }
        } else if s.named(c).is_none() {
            // `purchase of a stake in AOL Europe`.
            for d in t.children_by(c, |r| r == DepRel::Nmod) {
                let Some(q) = s
                    .case(d)
                    .filter(|q| THEME_PREPOSITIONS.contains(&q.as_str()))
                else {
                    continue;
                };
                if s.named_head(d).is_some()
                    && let Some(arg) = argument(s, d)
                {
                    let inner = s.words[c].to_lowercase();
                    out.push((arg, format!("{word} {p} {inner} {q}")));
                }
            }
        }
    }
    out
}

/// Whether the event named by noun `n` is only planned or possible: it is the
/// subject of such a predicate (`a meeting … was under consideration`, `talks
/// are planned`) or of a clause with a modal verb (`a deal could follow`).
fn modality(s: &TreeSentence<'_>, n: usize) -> Option<Modality> {
    let t = s.tree;
    if !matches!(t.rel(n), DepRel::Nsubj | DepRel::NsubjPass) {
        return None;
    }
    let h = t.head(n)?;
    if stance::proposed(&s.lemma(h).to_lowercase()) {
        return Some(Modality::Proposed);
    }
    t.children_by(h, |r| r == DepRel::Aux)
        .find_map(|c| Modality::of_word(s.words[c]))
}

fn push(
    out: &mut Vec<RawTriple>,
    a: &Argument,
    relation: String,
    b: &Argument,
    modality: Option<Modality>,
) {
    if a.mention == b.mention {
        return;
    }
    out.push(RawTriple {
        modality,
        ..RawTriple::of_phrase(a.clone(), relation, b.clone(), TripleKind::Nominal, 0.55)
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tree::testing::{check_rows, run_family};

    fn run(sentence: &str, arcs: &str) -> Vec<String> {
        run_family(sentence, arcs, triples, |text, t| {
            let mut line = format!(
                "{} | {} | {}",
                t.subject.span.of(text),
                t.relation,
                t.object.span.of(text)
            );
            if let Some(m) = t.modality {
                line.push_str(&format!(" [{m}]"));
            }
            line
        })
    }

    #[test]
    fn event_nouns() {
        // (sentence, tree, must give, must not give)
        let rows: &[(&str, &str, &[&str], &[&str])] = &[
            (
                "A probe by the SEC into Time Warner found nothing .",
                "2:det 9:nsubj 5:case 5:det 2:nmod 8:case 8:compound 2:nmod 0:root 9:obj 9:punct",
                &["SEC | probe into | Time Warner"],
                &["Time Warner | probe by | SEC"],
            ),
            (
                // The theme attached to the agent.
                "A probe by the SEC into Time Warner found nothing .",
                "2:det 9:nsubj 5:case 5:det 2:nmod 8:case 8:compound 5:nmod 0:root 9:obj 9:punct",
                &["SEC | probe into | Time Warner"],
                &[],
            ),
            (
                "Bertelsmann 's purchase of a stake in AOL Europe was completed .",
                "3:nmod:poss 1:case 11:nsubj:pass 6:case 6:det 3:nmod 9:case 9:compound 6:nmod 11:aux:pass 0:root 11:punct",
                &["Bertelsmann | purchase of stake in | AOL Europe"],
                &[],
            ),
            (
                "IBM is in talks with Nokia .",
                "4:nsubj 4:cop 4:case 0:root 6:case 4:nmod 4:punct",
                &["IBM | talks with | Nokia"],
                &[],
            ),
            (
                "A meeting between Vladimir Putin and Kim Jong Un is planned .",
                "2:det 11:nsubj:pass 5:case 5:compound 2:nmod 8:cc 8:compound 5:conj 8:flat 11:aux:pass 0:root 11:punct",
                &["Vladimir Putin | meet | Kim Jong Un [proposed]"],
                &[],
            ),
            (
                "A meeting between Vladimir Putin and Kim Jong Un is under consideration .",
                "2:det 12:nsubj 5:case 5:compound 2:nmod 8:cc 8:compound 5:conj 8:flat 12:cop 12:case 0:root 12:punct",
                &["Vladimir Putin | meet | Kim Jong Un [proposed]"],
                &["Vladimir Putin | meet | Kim Jong Un"],
            ),
            (
                // No event noun: nothing.
                "The chairman of Microsoft met Nokia .",
                "2:det 5:nsubj 4:case 2:nmod 0:root 5:obj 5:punct",
                &[],
                &["chairman | chairman of | Microsoft"],
            ),
        ];
        check_rows(rows, run);
    }
}
