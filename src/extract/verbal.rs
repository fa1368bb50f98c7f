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

use super::tree::TreeSentence;
use super::{Argument, RawTriple, TripleKind};
use crate::nlp::{DepRel, MentionForm, Tag, lexicon};
use crate::vocab::{EntityKind, Modality, stance};

/// Add the verbal triples of `s` to `out`.
pub fn triples(s: &TreeSentence<'_>, out: &mut Vec<RawTriple>) {
    let t = s.tree;
    for v in 0..t.len() {
        if !s.tag(v).is_verb() || is_auxiliary(s, v) || in_chain(s, v) {
            continue;
        }
        let subjects = subjects(s, v);
        if subjects.is_empty() {
            continue;
        }
        // `Toshin Steel, owned 41.9 pct by Nippon Kokan`: a participle modifying
        // a noun is passive, the noun its patient.
        let passive = is_passive(s, v) || (t.rel(v) == DepRel::Acl && s.tag(v) == Tag::VBN);
        let flags = Flags::of(s, v);
        let (chain, head) = xcomp_chain(s, v);
        let verb = relation_verb(s, v, &chain, false);
        let active = relation_verb(s, v, &chain, true);
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

/// The subjects of verb `v`, fanned out over coordination.
pub(super) fn subjects(s: &TreeSentence<'_>, v: usize) -> Vec<usize> {
    let t = s.tree;
    let mut u = v;
    let mut found = Vec::new();
    for _ in 0..t.len() {
        found.extend(own_subjects(s, u));
        if !found.is_empty() {
            break;
        }
        let Some(h) = t.head(u) else { break };
        match t.rel(u) {
            // `forced ministers to revisit it`: the object of the verb above
            // controls its `to` clause.
            DepRel::Xcomp if s.tag(h).is_verb() && controller(s, h, u).is_some() => {
                found.extend(controller(s, h, u));
                break;
            }
            // `revealed that … Mr Howard was loved`: a clause after `that` read
            // as a conjunct is the verb's complement, with a subject of its own.
            DepRel::Conj if complementiser_between(s, h, u) => break,
            // `Kim arrived and met Putin`; `Kim agreed to meet Putin`.
            DepRel::Conj | DepRel::Xcomp => u = h,
            // `Fox responded by accusing Blair`: a clause without a finite verb
            // shares the subject of the clause it modifies.
            DepRel::Advcl if matches!(s.tag(u), Tag::VBG | Tag::VB | Tag::VBN) => u = h,
            // `the company, which bought X`; `a firm based in Paris`.
            DepRel::AclRelcl | DepRel::Acl => {
                found.push(h);
                break;
            }
            _ => break,
        }
    }
    // A relative pronoun subject stands for the antecedent.
    let found: Vec<usize> = found
        .into_iter()
        .map(|k| match (s.tag(k), t.head(k)) {
            (Tag::WDT | Tag::WP, Some(h)) if t.rel(h) == DepRel::AclRelcl => t.head(h).unwrap_or(k),
            _ => k,
        })
        .collect();
    fan_out(s, found)
}

/// The subjects of verb `v`. When the parser gave it several and one is a
/// relative pronoun, a `whose` phrase (`Mr Howard, whose parents fled` with
/// both `Howard` and `parents` as subjects of `fled`) or a personal pronoun,
/// that one alone.
fn own_subjects(s: &TreeSentence<'_>, v: usize) -> Vec<usize> {
    let t = s.tree;
    let all: Vec<usize> = t
        .children_by(v, |r| matches!(r, DepRel::Nsubj | DepRel::NsubjPass))
        .collect();
    if all.len() < 2 {
        return all;
    }
    let relative = |&k: &usize| {
        matches!(s.tag(k), Tag::WP | Tag::WDT)
            || t.children_by(k, |r| r == DepRel::NmodPoss)
                .any(|p| s.words[p].eq_ignore_ascii_case("whose"))
    };
    // `As well as Liam Neeson, it also launched`: a pronoun is the subject.
    let pronoun = |&k: &usize| s.tag(k) == Tag::PRP;
    match all
        .iter()
        .copied()
        .find(relative)
        .or_else(|| all.iter().copied().find(pronoun))
    {
        Some(k) => vec![k],
        None => all,
    }
}

/// Whether a `that` of verb `h` stands between it and its conjunct `u`.
fn complementiser_between(s: &TreeSentence<'_>, h: usize, u: usize) -> bool {
    s.tree
        .children(h)
        .any(|c| h < c && c < u && s.words[c].eq_ignore_ascii_case("that"))
}

/// The object of verb `h` that controls its `to` clause `x` (`forced
/// ministers to revisit it`, `enable Japan to load`): a noun or pronoun
/// between the verb and the clause.
fn controller(s: &TreeSentence<'_>, h: usize, x: usize) -> Option<usize> {
    s.tree
        .child(h, DepRel::Obj)
        .filter(|&o| h < o && o < x && (s.tag(o).is_noun() || s.tag(o) == Tag::PRP))
}

/// Each argument and its conjuncts (`Kim and Putin`).
pub(super) fn fan_out(s: &TreeSentence<'_>, args: Vec<usize>) -> Vec<usize> {
    let mut out = Vec::new();
    for a in args {
        out.push(a);
        out.extend(s.tree.children_by(a, |r| r == DepRel::Conj));
    }
    out
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
        let participle =
            !active && s.tag(u) == Tag::VBN && (is_passive(s, u) || t.rel(u) == DepRel::Acl);
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

/// The objects of verb `v`: (argument word, preposition, pattern, confidence).
fn objects(
    s: &TreeSentence<'_>,
    v: usize,
    passive: bool,
) -> Vec<(usize, Option<String>, TripleKind, f32)> {
    let t = s.tree;
    let mut out = Vec::new();
    let mut folded: Option<String> = None;
    for o in t.children_by(v, |r| matches!(r, DepRel::Obj | DepRel::Iobj)) {
        if is_possessor(s, o) {
            // `placed Levy's novel`, the possessor misread as the object.
            continue;
        }
        if argument(s, o).is_some() {
            for a in fan_out(s, vec![o]) {
                out.push((a, None, TripleKind::Verbal, 0.75));
            }
        } else if s.tag(o).is_noun() {
            // `quashed the sentences of the Guildford Four`: a name inside the
            // object, the object's head saying how.
            for (a, how) in inner_names(s, o, true) {
                out.push((a, Some(how), TripleKind::Folded, 0.6));
            }
            // `send troops to Russia`: the object joins the relation.
            if folded.is_none() {
                folded = Some(s.words[o].to_lowercase());
            }
        }
    }
    for o in t.children_by(v, |r| matches!(r, DepRel::Obl | DepRel::OblAgent)) {
        let Some(prep) = s.case(o) else { continue };
        if prep == "according to" {
            continue;
        }
        if passive && prep == "by" {
            for a in fan_out(s, vec![o]) {
                out.push((a, None, TripleKind::Passive, 0.75));
            }
            continue;
        }
        let prep = match &folded {
            Some(obj) => format!("{obj} {prep}"),
            None => prep,
        };
        let kind = if folded.is_some() {
            TripleKind::Folded
        } else {
            TripleKind::Verbal
        };
        if argument(s, o).is_none() && s.tag(o).is_noun() {
            // `spoke at the headquarters of the party`.
            for (a, how) in inner_names(s, o, false) {
                out.push((a, Some(format!("{prep} {how}")), TripleKind::Folded, 0.55));
            }
        }
        for a in fan_out(s, vec![o]) {
            out.push((a, Some(prep.clone()), kind, 0.65));
        }
    }
    out
}

/// Whether word `o` carries a possessive marker (`Levy 's`): it owns the noun
/// after it and is no argument of the verb.
fn is_possessor(s: &TreeSentence<'_>, o: usize) -> bool {
    s.tree
        .children_by(o, |r| r == DepRel::Case)
        .any(|k| k > o && matches!(s.words[k], "'s" | "’s" | "'" | "’"))
}

/// Names inside the noun phrase headed by `o` (which names nothing itself), with
/// how they relate to its head (a verb's direct object also by `to`: `given
/// access to Mr Howard`, `provides services to X`): `the sentences of the Guildford Four` →
/// (`Four`, `sentences of`); `a Conservative compromise offer` → (`Conservative`,
/// `offer of`); `Indonesia's fuel prices` → (`Indonesia`, `prices of`). A name
/// further down a chain of unnamed nouns keeps the first link: `80 pct of the
/// share capital of X` → (`X`, `pct of`); `a stake in the Italian unit of X` →
/// (`X`, `stake in`).
fn inner_names(s: &TreeSentence<'_>, o: usize, object: bool) -> Vec<(usize, String)> {
    let head = s.words[o].to_lowercase();
    let mut out = Vec::new();
    inner_names_below(s, o, None, &head, object, 0, &mut out);
    out
}

/// How deep [`inner_names`] follows unnamed nouns.
const INNER_DEPTH: usize = 2;

fn inner_names_below(
    s: &TreeSentence<'_>,
    o: usize,
    first: Option<&str>,
    head: &str,
    object: bool,
    depth: usize,
    out: &mut Vec<(usize, String)>,
) {
    let t = s.tree;
    for c in t.children(o) {
        let how = match t.rel(c) {
            // Deeper down, only prepositional links: `the Italian unit of X`
            // leaves `Italian` out.
            DepRel::Compound | DepRel::Amod | DepRel::NmodPoss if c < o && depth == 0 => {
                "of".to_string()
            }
            // A name split by the parser keeps the preposition of its first
            // word (`of Brand International Inc.` with two heads).
            DepRel::Nmod => match s.case(c).or_else(|| {
                s.named(c)
                    .and_then(|n| (n.start..n.end).find_map(|w| s.case(w)))
            }) {
                Some(p)
                    if matches!(
                        p.as_str(),
                        "of" | "for" | "from" | "with" | "against" | "by" | "in" | "into"
                    ) || (p == "to" && object && depth == 0) =>
                {
                    p
                }
                _ => continue,
            },
            _ => continue,
        };
        // Deeper down only `of` links the name to the noun above it (`the unit
        // of X`), not a place (`a facility in Seadrift`).
        if first.is_some() && how != "of" {
            continue;
        }
        let how = first.map_or(how, str::to_string);
        if let Some(n) = s.named(c) {
            let seen = out
                .iter()
                .any(|&(a, _)| s.named(a).is_some_and(|m| m.mention == n.mention));
            if !seen {
                for a in fan_out(s, vec![n.head]) {
                    out.push((a, format!("{head} {how}")));
                }
            }
        } else if depth < INNER_DEPTH && t.rel(c) == DepRel::Nmod && s.tag(c).is_noun() {
            inner_names_below(s, c, Some(&how), head, object, depth + 1, out);
        }
    }
}

/// The mention an argument word names: a name it is part of, or a pronoun.
pub(super) fn argument(s: &TreeSentence<'_>, i: usize) -> Option<Argument> {
    if let Some(n) = s.named(i) {
        let m = &s.a.mentions[n.mention];
        return Some(Argument {
            span: m.name,
            mention: Some(n.mention),
        });
    }
    // `its Fluor Daniel unit received a contract`: the unit is the name; `the
    // AutoLink feature provides links`: a product's class noun is the product.
    let lemma = s.lemma(i).to_lowercase();
    let part = lexicon::part_noun(&lemma);
    if s.tag(i).is_noun() && (part || lexicon::product_class_noun(&lemma)) {
        let t = s.tree;
        if let Some(n) = t
            .children_by(i, |r| r == DepRel::Compound)
            .filter(|&c| c < i)
            .find_map(|c| s.named_head(c))
            .filter(|n| {
                if part {
                    n.kind != EntityKind::Person
                } else {
                    matches!(n.kind, EntityKind::Other | EntityKind::Organization)
                }
            })
        {
            return Some(Argument {
                span: s.a.mentions[n.mention].name,
                mention: Some(n.mention),
            });
        }
    }
    // `a Jamaican who joined British troops`: a demonym with an indefinite
    // article names one person, not the country.
    let one_person = i > 0 && matches!(s.words[i - 1].to_lowercase().as_str(), "a" | "an");
    let span = s.a.tokens[i].span;
    // `Former Downing Street communications chief Alastair Campbell, now
    // working on …` with `communications` as the head: a subject word of a
    // name's title that heads the name stands for the titled name.
    let titled = |m: &crate::nlp::Mention| {
        m.form == MentionForm::Name
            && m.kind == EntityKind::Person
            && m.span.start <= span.start
            && span.end <= m.name.start
    };
    if matches!(s.tree.rel(i), DepRel::Nsubj | DepRel::NsubjPass) {
        // `Film maker Nick Broomfield was given …` with `maker` as the head.
        let next = (i + 1 < s.words.len())
            .then(|| s.named(i + 1))
            .flatten()
            .filter(|n| n.start == i + 1 && n.kind == EntityKind::Person)
            .map(|n| n.mention);
        if let Some(k) = s.a.mentions.iter().position(titled).or(next).filter(|&k| {
            s.named
                .iter()
                .any(|n| n.mention == k && s.tree.dominates(i, n.head))
        }) {
            return Some(Argument {
                span: s.a.mentions[k].name,
                mention: Some(k),
            });
        }
    }
    s.a.mentions
        .iter()
        .position(|m| {
            if one_person && m.form == MentionForm::Demonym {
                return false;
            }
            matches!(
                m.form,
                MentionForm::Pronoun
                    | MentionForm::Demonym
                    | MentionForm::RolePhrase
                    | MentionForm::Description
            ) && m.span.start <= span.start
                && span.end <= m.span.end
        })
        .map(|k| Argument {
            span: s.a.mentions[k].span,
            mention: Some(k),
        })
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
