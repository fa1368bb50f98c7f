//! Arguments of a verb read from the dependency tree, the subject side: a
//! [`TreeSentence`] and a verb in, the words that are its subjects out
//! (`nsubj`, shared by coordinated verbs, the controller of an `xcomp`, the
//! antecedent of a relative clause or participle, fanned out over
//! coordination), and for any argument word the mention it names
//! ([`argument`]: a name it is part of, a name its part or product noun heads,
//! the titled name a subject title word stands for, or a pronoun, demonym,
//! role phrase or description).

use super::Argument;
use super::tree::{TreeSentence, refers_without_naming};
use crate::nlp::{DepRel, MentionForm, Tag, lexicon};
use crate::vocab::EntityKind;

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
            // `Geldof slammed the leaders for failing Africa`: after `for`,
            // a verb's object does what the clause says (nothing named does
            // when the object names nothing).
            DepRel::Advcl if s.tag(u) == Tag::VBG && for_object(s, h, u).is_some() => {
                found.extend(for_object(s, h, u));
                break;
            }
            // `Fox responded by accusing Blair`: a clause without a finite verb
            // shares the subject of the clause it modifies.
            DepRel::Advcl if matches!(s.tag(u), Tag::VBG | Tag::VB | Tag::VBN) => u = h,
            // `the company, which bought X`; `a firm based in Paris`; `Flickr,
            // a website based in Vancouver` (the name of the appositive; not
            // for a hyphen's participle, which modifies the noun after it:
            // `a unit of New York-based ITT Corp`).
            DepRel::AclRelcl | DepRel::Acl => {
                let hyphen = u > 0 && s.tag(u - 1) == Tag::HYPH;
                let named = (!hyphen).then(|| named_appositive(s, h)).flatten();
                found.push(named.unwrap_or(h));
                break;
            }
            _ => break,
        }
    }
    // A relative pronoun subject stands for the antecedent, and an antecedent
    // that is a name's appositive for the name (`Roman Abramovich, the
    // Russian billionaire who owns Chelsea`).
    let found: Vec<usize> = found
        .into_iter()
        .map(|k| match (s.tag(k), t.head(k)) {
            (Tag::WDT | Tag::WP, Some(h)) if t.rel(h) == DepRel::AclRelcl => {
                let a = t.head(h).unwrap_or(k);
                named_appositive(s, a).unwrap_or(a)
            }
            _ => k,
        })
        .collect();
    fan_out(s, found)
}

/// The name whose appositive the common noun `a` is (`Roman Abramovich, the
/// Russian billionaire`), if it is one.
fn named_appositive(s: &TreeSentence<'_>, a: usize) -> Option<usize> {
    let n = s.tree.head(a)?;
    (s.tree.rel(a) == DepRel::Appos
        && s.tag(a).is_noun()
        && !s.tag(a).is_proper()
        && s.named(a).is_none()
        && s.named_head(n).is_some())
    .then_some(n)
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

/// The object of verb `h` before its `for` clause `x` (`slammed the leaders
/// for failing Africa`, `praised Kim for meeting Putin`).
fn for_object(s: &TreeSentence<'_>, h: usize, x: usize) -> Option<usize> {
    let marked_for = s
        .tree
        .children_by(x, |r| matches!(r, DepRel::Mark | DepRel::Case))
        .any(|m| s.words[m].eq_ignore_ascii_case("for"));
    if !marked_for {
        return None;
    }
    s.tree
        .child(h, DepRel::Obj)
        .filter(|&o| h < o && o < x && (s.tag(o).is_noun() || s.tag(o) == Tag::PRP))
}

/// Whether a `that` of verb `h` stands between it and its conjunct `u`.
fn complementiser_between(s: &TreeSentence<'_>, h: usize, u: usize) -> bool {
    s.tree
        .children(h)
        .any(|c| h < c && c < u && s.words[c].eq_ignore_ascii_case("that"))
}

/// The object of verb `h` that controls its `to` clause `x` (`forced
/// ministers to revisit it`, `enable Japan to load`): a noun or pronoun
/// between the verb and the clause, unless the clause is the subject's
/// purpose (`left Mercedes to join Ferrari`).
fn controller(s: &TreeSentence<'_>, h: usize, x: usize) -> Option<usize> {
    if lexicon::purpose_verb(&s.lemma(h).to_lowercase()) {
        return None;
    }
    s.tree
        .child(h, DepRel::Obj)
        .filter(|&o| h < o && o < x && (s.tag(o).is_noun() || s.tag(o) == Tag::PRP))
}

/// Each argument and its conjuncts (`Kim and Putin`); an unnamed plural
/// noun whose examples are names stands for them ([`examples`]).
pub(super) fn fan_out(s: &TreeSentence<'_>, args: Vec<usize>) -> Vec<usize> {
    let mut out = Vec::new();
    for a in args {
        let a = examples(s, a).unwrap_or(a);
        out.push(a);
        out.extend(s.tree.children_by(a, |r| r == DepRel::Conj));
    }
    out
}

/// `rivals such as Motorola and Samsung`, `libraries including Harvard
/// University`, `artists like Coldplay`: the first named example of an unnamed
/// plural common noun (its conjuncts are the others), which stands for the
/// noun as an argument.
pub(super) fn examples(s: &TreeSentence<'_>, o: usize) -> Option<usize> {
    if s.tag(o) != Tag::NNS || s.named(o).is_some() || s.referring_head(o).is_some() {
        return None;
    }
    s.tree.children_by(o, |r| r == DepRel::Nmod).find(|&k| {
        k > o
            && s.named_head(k).is_some()
            && s.case(k)
                .is_some_and(|p| matches!(p.as_str(), "such as" | "including" | "like"))
    })
}
/// The mention an argument word names: a name it is part of, or a pronoun.
pub(super) fn argument(s: &TreeSentence<'_>, i: usize) -> Option<Argument> {
    if let Some(n) = s.named(i) {
        return Some(named_argument(s, n.mention));
    }
    if let Some(a) = headed_name(s, i) {
        return Some(a);
    }
    if matches!(s.tree.rel(i), DepRel::Nsubj | DepRel::NsubjPass)
        && let Some(a) = titled_subject(s, i)
    {
        return Some(a);
    }
    if let Some(a) = appositive_name(s, i) {
        return Some(a);
    }
    // `a Jamaican who joined British troops`: a demonym with an indefinite
    // article names one person, not the country.
    let one_person = i > 0 && matches!(s.words[i - 1].to_lowercase().as_str(), "a" | "an");
    let span = s.a.tokens[i].span;
    s.a.mentions
        .iter()
        .position(|m| {
            if one_person && m.form == MentionForm::Demonym {
                return false;
            }
            refers_without_naming(m.form) && m.span.start <= span.start && span.end <= m.span.end
        })
        .map(|k| Argument {
            span: s.a.mentions[k].span,
            mention: Some(k),
        })
}

/// A singular noun with the name it stands for in apposition after it: a
/// title, a person's name after a comma, past the title's own phrase (`The
/// chairman of Tesco, Terry Leahy, said`); a work's class noun, the work's
/// name (`released her new album, Midnights,`).
fn appositive_name(s: &TreeSentence<'_>, i: usize) -> Option<Argument> {
    if s.tag(i) != Tag::NN || s.named(i).is_some() {
        return None;
    }
    let lemma = s.lemma(i).to_lowercase();
    let title = lexicon::title(&lemma).is_some();
    if !title && !crate::vocab::work::work_noun(&lemma) {
        return None;
    }
    let mut names = s
        .tree
        .children_by(i, |r| r == DepRel::Appos)
        .filter(|&c| c > i)
        .filter_map(|c| s.named_head(c).map(|n| (c, n)));
    let named = if title {
        // (The comma opens the mention, a title among its words: `Saudi
        // Arabia's foreign minister, Prince Saud al-Faisal, visited`.)
        names.find(|&(c, n)| {
            let opens = s.a.mentions[n.mention].span.start;
            let first = (i + 1..=n.start)
                .find(|&k| s.a.tokens[k].span.start >= opens)
                .unwrap_or(n.start);
            s.words[first - 1] == "," && n.head == c && n.kind == EntityKind::Person
        })
    } else {
        names.next().filter(|(_, n)| n.kind == EntityKind::Work)
    };
    named.map(|(_, n)| named_argument(s, n.mention))
}

/// The argument naming mention `k` by its name.
fn named_argument(s: &TreeSentence<'_>, k: usize) -> Argument {
    Argument {
        span: s.a.mentions[k].name,
        mention: Some(k),
    }
}

/// `its Fluor Daniel unit received a contract`: the unit is the name; `the
/// AutoLink feature provides links`: a product's class noun is the product;
/// `the Airbus consortium is subsidized by Britain`: an organisation's class
/// noun in the singular with `the` (or no article) is the organisation (`the
/// Texas banks` are not Texas); so is a club's or country's team noun (`joined
/// the Leeds side`).
/// The name compounded before part, product or organisation noun `i`.
fn headed_name(s: &TreeSentence<'_>, i: usize) -> Option<Argument> {
    #[derive(PartialEq)]
    enum Class {
        Part,
        Product,
        Organisation,
        Team,
    }
    if !s.tag(i).is_noun() {
        return None;
    }
    let lemma = s.lemma(i).to_lowercase();
    let class = if lexicon::part_noun(&lemma) {
        Class::Part
    } else if lexicon::product_class_noun(&lemma) {
        Class::Product
    } else if lexicon::organisation_class_noun(&lemma) && s.tag(i) == Tag::NN && !indefinite(s, i) {
        Class::Organisation
    } else if lexicon::team_noun(&lemma) && s.tag(i) == Tag::NN && !indefinite(s, i) {
        Class::Team
    } else {
        return None;
    };
    s.tree
        .children_by(i, |r| r == DepRel::Compound)
        .filter(|&c| c < i)
        .find_map(|c| s.named_head(c))
        .filter(|n| match class {
            Class::Part | Class::Team => n.kind != EntityKind::Person,
            Class::Product | Class::Organisation => {
                matches!(n.kind, EntityKind::Other | EntityKind::Organization)
            }
        })
        .map(|n| named_argument(s, n.mention))
}

/// Whether noun `i` has an indefinite article (`a Nokia company`).
fn indefinite(s: &TreeSentence<'_>, i: usize) -> bool {
    s.tree
        .children_by(i, |r| r == DepRel::Det)
        .any(|d| matches!(s.words[d].to_lowercase().as_str(), "a" | "an" | "another"))
}

/// `Former Downing Street communications chief Alastair Campbell, now working
/// on …` with `communications` as the head: a subject word of a name's title
/// that heads the name stands for the titled name; so does `maker` in `Film
/// maker Nick Broomfield was given …`, and a class noun right before an
/// organisation's name (`The Chinese computer maker Lenovo has bought …`).
fn titled_subject(s: &TreeSentence<'_>, i: usize) -> Option<Argument> {
    let span = s.a.tokens[i].span;
    let titled = |m: &crate::nlp::Mention| {
        m.form == MentionForm::Name
            && m.kind == EntityKind::Person
            && m.span.start <= span.start
            && span.end <= m.name.start
    };
    let next = (i + 1 < s.words.len())
        .then(|| s.named(i + 1))
        .flatten()
        .filter(|n| {
            n.start == i + 1
                && (n.kind == EntityKind::Person
                    // `The Chinese computer maker Lenovo has bought …`: a
                    // noun describing organisations stands for the one
                    // named right after it.
                    || matches!(n.kind, EntityKind::Organization | EntityKind::Group)
                        && s.describes_organisations(i))
        })
        .map(|n| n.mention);
    s.a.mentions
        .iter()
        .position(titled)
        .or(next)
        .filter(|&k| {
            s.named
                .iter()
                .any(|n| n.mention == k && s.tree.dominates(i, n.head))
        })
        .map(|k| named_argument(s, k))
}
