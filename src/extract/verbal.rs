//! Verbal clauses read from the dependency tree: one [`TreeSentence`] in, the
//! entity-level triples of its verbs out.
//!
//! For every verb: its subjects (`nsubj`, shared by coordinated verbs, the
//! controller of an `xcomp` (`agreed to buy`), the antecedent of a relative
//! clause or of a participle (`a firm based in Paris`), fanned out over
//! coordination), and its objects: `obj`/`iobj` (`Putin met Kim`), `obl` with
//! its preposition kept (`North Korea –send troops to→ Russia`, folding a
//! non-entity object into the relation), and the `by` agent of a passive turned
//! round (`X was bought by Y` → `Y –buy→ X`). The relation is the lemma with its
//! particle (`pull out of`) and the `to` chain (`agree to buy`). Each triple
//! carries the clause's negation (`not`, `never`), its modal (`would`) and who it
//! is attributed to (the subject of a reporting verb whose complement it is, or
//! `according to X`). Arguments are named mentions or pronouns; resolution
//! links pronouns to their entities.

//!
//! The arguments are read in two parts: `verbal_subjects` finds the
//! subjects and the mention an argument word names, `verbal_objects`
//! the objects with their prepositions.

use super::tree::TreeSentence;
use super::verbal_objects::{credits, objects};
pub(super) use super::verbal_subjects::{argument, fan_out, subjects};
use super::{Argument, RawTriple, TripleKind};
use crate::nlp::{DepRel, Tag};
use crate::vocab::{Modality, stance};

/// Add the verbal triples of `s` to `out`.
pub fn triples(s: &TreeSentence<'_>, out: &mut Vec<RawTriple>) {
    let t = s.tree;
    for v in 0..t.len() {
        // A word inside a name is no verb of the sentence (`the Conlon and
        // Maguire families`, `families` tagged as a verb).
        if !s.tag(v).is_verb() || is_auxiliary(s, v) || in_chain(s, v) || s.named(v).is_some() {
            continue;
        }
        let subjects = subjects(s, v);
        if subjects.is_empty() {
            continue;
        }
        // `Toshin Steel, owned 41.9 pct by Nippon Kokan`: a participle modifying
        // a noun is passive, the noun its patient.
        let passive = is_passive(s, v)
            || (t.rel(v) == DepRel::Acl && matches!(s.tag(v), Tag::VBN | Tag::VBD));
        let flags = Flags::of(s, v);
        let (chain, head) = xcomp_chain(s, v);
        let verb = relation_verb(s, v, &chain, false);
        let active = relation_verb(s, v, &chain, true);
        if !passive {
            credited(s, head, &subjects, &flags, out);
        }
        for (obj, prep, kind, conf) in objects(s, head, passive) {
            let (subj_list, relation) = if passive && kind == TripleKind::Passive {
                // `X was bought by Y`: the agent acts on the subject.
                (vec![obj], active.clone())
            } else if let Some(p) = &prep {
                (subjects.clone(), format!("{verb} {p}"))
            } else {
                (subjects.clone(), verb.clone())
            };
            let objects = if passive && kind == TripleKind::Passive {
                subjects.clone()
            } else {
                vec![obj]
            };
            for &a in &subj_list {
                for &b in &objects {
                    let (Some(sa), Some(sb)) = (argument(s, a), argument(s, b)) else {
                        continue;
                    };
                    if sa.mention == sb.mention {
                        continue;
                    }
                    out.push(RawTriple {
                        subject: sa,
                        relation_text: relation.clone(),
                        relation: relation.clone(),
                        object: sb,
                        extra: Vec::new(),
                        confidence: conf,
                        negated: flags.negated,
                        modality: flags.modality,
                        attribution: flags.attribution.clone(),
                        kind,
                    });
                }
            }
        }
    }
}

/// `Fergus Crane includes text by Stewart`: `Stewart –author of→ Fergus Crane`
/// for each subject (a work, whatever kind the recogniser gave its name).
fn credited(
    s: &TreeSentence<'_>,
    v: usize,
    subjects: &[usize],
    flags: &Flags,
    out: &mut Vec<RawTriple>,
) {
    for (creator, role) in credits(s, v) {
        let Some(c) = argument(s, creator) else {
            continue;
        };
        for &w in subjects {
            let Some(work) = argument(s, w) else { continue };
            if work.mention == c.mention {
                continue;
            }
            out.push(RawTriple {
                subject: c.clone(),
                relation_text: role.to_string(),
                relation: role.to_string(),
                object: work,
                extra: Vec::new(),
                confidence: 0.65,
                negated: flags.negated,
                modality: flags.modality,
                attribution: flags.attribution.clone(),
                kind: TripleKind::Verbal,
            });
        }
    }
}

/// Negation, modality and attribution of a clause.
struct Flags {
    negated: bool,
    modality: Option<Modality>,
    attribution: Option<Argument>,
}

impl Flags {
    fn of(s: &TreeSentence<'_>, v: usize) -> Flags {
        let t = s.tree;
        // The clause's own auxiliaries and negation, and those of the verb it is
        // an xcomp or conjunct of (`did not agree to buy`).
        let mut scope = vec![v];
        let mut u = v;
        while matches!(t.rel(u), DepRel::Xcomp | DepRel::Conj)
            && let Some(h) = t.head(u)
        {
            if t.rel(u) == DepRel::Xcomp {
                scope.push(h);
            }
            u = h;
        }
        let mut negated = false;
        let mut modality = None;
        for &w in &scope {
            for c in t.children(w) {
                let lower = s.words[c].to_lowercase();
                if t.rel(c) == DepRel::Advmod
                    && matches!(lower.as_str(), "not" | "n't" | "n’t" | "never")
                {
                    negated = true;
                }
                if t.rel(c) == DepRel::Aux && s.tag(c) == Tag::MD && modality.is_none() {
                    modality = Modality::of_word(s.words[c]);
                }
            }
        }
        Flags {
            negated: negated || denied(s, u),
            modality,
            attribution: attribution(s, u),
        }
    }
}

/// Whether the sentence denies the clause headed by `v`: it is what a subject
/// denies (`Microsoft denied that it had bought Sybari`), or the content of a
/// claim called false (`reports that Kim met Putin are untrue`).
fn denied(s: &TreeSentence<'_>, v: usize) -> bool {
    let t = s.tree;
    let Some(h) = t.head(v) else { return false };
    let head = s.lemma(h).to_lowercase();
    match t.rel(v) {
        DepRel::Ccomp if s.tag(h).is_verb() => stance::denies(&head),
        DepRel::Ccomp | DepRel::Acl if stance::claim_noun(&head) => {
            matches!(t.rel(h), DepRel::Nsubj | DepRel::NsubjPass)
                && t.head(h)
                    .is_some_and(|p| stance::calls_false(&s.lemma(p).to_lowercase()))
        }
        _ => false,
    }
}

/// Who the clause headed by `v` is attributed to: the subject of the reporting
/// verb it is the complement of (`Microsoft said it would buy`), or `X` of an
/// `according to X` in the sentence.
fn attribution(s: &TreeSentence<'_>, v: usize) -> Option<Argument> {
    let t = s.tree;
    if matches!(t.rel(v), DepRel::Ccomp | DepRel::Parataxis)
        && let Some(h) = t.head(v)
        && crate::vocab::speech::takes_clause(s.lemma(h))
    {
        return subjects(s, h).into_iter().find_map(|a| argument(s, a));
    }
    (0..t.len()).find_map(|i| {
        let case = s.case(i)?;
        (case == "according to" && t.rel(i) == DepRel::Obl).then(|| argument(s, i))?
    })
}

/// Whether `v` is an auxiliary or copula (its clause is headed elsewhere).
fn is_auxiliary(s: &TreeSentence<'_>, v: usize) -> bool {
    matches!(
        s.tree.rel(v),
        DepRel::Aux | DepRel::AuxPass | DepRel::Cop | DepRel::Amod | DepRel::Compound
    )
}

/// The `to` chain from `v` (`agreed to buy`: [buy]) and the verb whose objects
/// the relation takes (the last of the chain).
fn xcomp_chain(s: &TreeSentence<'_>, v: usize) -> (Vec<usize>, usize) {
    let t = s.tree;
    let mut chain = Vec::new();
    let mut u = v;
    while chain.len() < 3 {
        let has_own_object = t.child(u, DepRel::Obj).is_some();
        let Some(x) = t
            .children_by(u, |r| r == DepRel::Xcomp)
            .find(|&x| s.tag(x).is_verb())
        else {
            break;
        };
        if has_own_object {
            break;
        }
        chain.push(x);
        u = x;
    }
    (chain, u)
}

/// Whether `v` is a later verb of its controller's `to` chain (`sell` in
/// `planned to sell`): the controller's relation already reads it.
fn in_chain(s: &TreeSentence<'_>, v: usize) -> bool {
    let t = s.tree;
    t.rel(v) == DepRel::Xcomp
        && t.head(v).is_some_and(|h| {
            s.tag(h).is_verb()
                && t.child(h, DepRel::Obj).is_none()
                && xcomp_chain(s, h).0.contains(&v)
        })
}

/// The relation's verb part: lemma, particle, and the `to` chain; a passive
/// reads `be` + participle unless `active` (an agent turned round).
fn relation_verb(s: &TreeSentence<'_>, v: usize, chain: &[usize], active: bool) -> String {
    let t = s.tree;
    let mut out = String::new();
    for (k, &u) in std::iter::once(&v).chain(chain).enumerate() {
        if k > 0 {
            out.push_str(" to ");
        }
        // A passive or participle keeps `be` and the participle, as the clause
        // patterns write it (`be based in`, `be welcomed`).
        // So does a bare participle's clause on the sentence (`Skype, based
        // in Luxembourg, has …`: no auxiliary or subject of its own).
        let bare_clause = || {
            t.rel(u) == DepRel::Advcl
                && t.child(u, DepRel::Aux).is_none()
                && t.child(u, DepRel::Nsubj).is_none()
        };
        let participle = !active
            && s.tag(u) == Tag::VBN
            && (is_passive(s, u) || t.rel(u) == DepRel::Acl || bare_clause());
        if participle {
            out.push_str("be ");
            out.push_str(&s.words[u].to_lowercase());
        } else {
            out.push_str(&s.lemma(u).to_lowercase());
        }
        for p in t.children_by(u, |r| r == DepRel::CompoundPrt) {
            out.push(' ');
            out.push_str(&s.words[p].to_lowercase());
        }
    }
    out
}

/// Whether the clause of `v` is passive (`was bought`).
fn is_passive(s: &TreeSentence<'_>, v: usize) -> bool {
    let t = s.tree;
    t.child(v, DepRel::NsubjPass).is_some() || t.child(v, DepRel::AuxPass).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tree::testing::{check_rows, run_family};

    /// Triples of one pre-tokenized sentence with a hand-written tree, as
    /// `subject | relation | object` plus ` [not]`, ` [MODAL]`, ` [by X]`.
    fn run(sentence: &str, arcs: &str) -> Vec<String> {
        run_family(sentence, arcs, triples, |text, t| {
            let mut line = format!(
                "{} | {} | {}",
                t.subject.span.of(text),
                t.relation,
                t.object.span.of(text)
            );
            if t.negated {
                line.push_str(" [not]");
            }
            if let Some(m) = t.modality {
                line.push_str(&format!(" [{m}]"));
            }
            if let Some(a) = &t.attribution {
                line.push_str(&format!(" [by {}]", a.span.of(text)));
            }
            line
        })
    }

    #[test]
    fn verbal_clauses() {
        // (sentence, tree, must give, must not give)
        let rows: &[(&str, &str, &[&str], &[&str])] = &[
            (
                "North Korea has sent troops to Russia .",
                "4:nsubj 1:flat 4:aux 0:root 4:obj 7:case 4:obl 4:punct",
                &["North Korea | send troops to | Russia"],
                &[],
            ),
            (
                "Kim Jong Un met Vladimir Putin and Xi Jinping in Beijing .",
                "4:nsubj 1:flat 1:flat 0:root 4:obj 5:flat 9:cc 9:compound 5:conj 11:case 4:obl 4:punct",
                &[
                    "Kim Jong Un | meet | Vladimir Putin",
                    "Kim Jong Un | meet | Xi Jinping",
                    "Kim Jong Un | meet in | Beijing",
                ],
                &[],
            ),
            (
                "Sybari was bought by Microsoft .",
                "3:nsubj:pass 3:aux:pass 0:root 5:case 3:obl:agent 3:punct",
                &["Microsoft | buy | Sybari"],
                &["Sybari | buy by | Microsoft"],
            ),
            (
                "Microsoft said it would buy Sybari .",
                "2:nsubj 0:root 5:nsubj 5:aux 2:ccomp 5:obj 2:punct",
                &["it | buy | Sybari [would] [by Microsoft]"],
                &["Microsoft | say | Sybari"],
            ),
            (
                "Google agreed to buy Keyhole .",
                "2:nsubj 0:root 4:mark 2:xcomp 4:obj 2:punct",
                &["Google | agree to buy | Keyhole"],
                &[],
            ),
            (
                "Microsoft denied that it bought Sybari .",
                "2:nsubj 0:root 5:mark 5:nsubj 2:ccomp 5:obj 2:punct",
                &["it | buy | Sybari [not] [by Microsoft]"],
                &["it | buy | Sybari [by Microsoft]"],
            ),
            (
                "Reports that Kim Jong Un met Vladimir Putin are untrue .",
                "10:nsubj 6:mark 6:nsubj 3:flat 3:flat 1:acl 6:obj 7:flat 10:cop 0:root 10:punct",
                &["Kim Jong Un | meet | Vladimir Putin [not]"],
                &["Kim Jong Un | meet | Vladimir Putin"],
            ),
            (
                "Kim did not meet Putin .",
                "4:nsubj 4:aux 4:advmod 0:root 4:obj 4:punct",
                &["Kim | meet | Putin [not]"],
                &[],
            ),
        ];
        check_rows(rows, run);
    }
}
