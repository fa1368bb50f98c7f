//! Arguments of a verb read from the dependency tree, the object side: a
//! [`TreeSentence`] and a verb in, its objects out, each with the preposition
//! it keeps and its pattern: `obj`/`iobj` (`Putin met Kim`), `obl` with its
//! preposition (`send troops to Russia`, a non-entity object folded into the
//! relation), the `by` agent of a passive, and names inside an unnamed object
//! with the object's head saying how (`quashed the sentences of the Guildford
//! Four` → `sentences of`), except a name before a class noun that says what
//! it is (`owns the Asda chain` → `Asda` the object itself).

use super::TripleKind;
use super::tree::{Named, TreeSentence};
use super::verbal_subjects::{argument, examples, fan_out};
use crate::nlp::DepRel;
use crate::nlp::lexicon;
use crate::vocab::EntityKind;
use crate::vocab::function_words::NAMING_VERBS;

/// The objects of verb `v`: (argument word, preposition, pattern, confidence).
pub(super) fn objects(
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
        if argument(s, o).is_some() || examples(s, o).is_some() {
            for a in fan_out(s, vec![o]) {
                out.push((a, None, TripleKind::Verbal, 0.75));
            }
        } else if let Some(n) = called(s, o) {
            // `launched a new search engine called MSN Search`.
            for a in fan_out(s, vec![n]) {
                out.push((a, None, TripleKind::Verbal, 0.7));
            }
        } else if s.tag(o).is_noun() {
            // `quashed the sentences of the Guildford Four`: a name inside the
            // object, the object's head saying how. A title before a person's
            // name is that person (`charged Arsenal manager Arsene Wenger`):
            // its owner is no object of the verb; so is a description before
            // any name (`bought the US firm PaineWebber`: the country is the
            // firm's, read as `based in`).
            let inner = if describes_name(s, o) {
                Vec::new()
            } else {
                inner_names(s, o, true)
            };
            for (a, how) in inner {
                if how.is_empty() {
                    // `owns the Asda chain`: the name is the object.
                    out.push((a, None, TripleKind::Verbal, 0.7));
                } else {
                    out.push((a, Some(how), TripleKind::Folded, 0.6));
                }
            }
            // `send troops to Russia`: the object joins the relation.
            if folded.is_none() {
                folded = Some(s.words[o].to_lowercase());
            }
        }
    }
    let has_object = !out.is_empty() || folded.is_some();
    // `met Putin in Moscow`, `met Bush at the White House`: a place the
    // parser hung on a person named as the object says where the verb
    // happened; a person is not modified by where he is.
    let placed = t
        .children_by(v, |r| r == DepRel::Obj)
        .filter(|&o| {
            s.named_head(o)
                .is_some_and(|n| n.kind == EntityKind::Person)
        })
        .flat_map(|o| {
            t.children_by(o, |r| r == DepRel::Nmod)
                .filter(move |&c| c > o)
        })
        .filter(|&c| {
            matches!(s.case(c).as_deref(), Some("in" | "at"))
                && s.named_head(c).is_some_and(|n| {
                    matches!(
                        n.kind,
                        EntityKind::City | EntityKind::Country | EntityKind::Place
                    )
                })
        });
    let obliques = t.children_by(v, |r| matches!(r, DepRel::Obl | DepRel::OblAgent));
    for o in obliques.chain(placed) {
        let Some(prep) = s.case(o) else {
            // `was buying <Cleveland Consulting Associates Inc>`: a name right
            // after a verb without an object, read as an adjunct without a
            // preposition, is the verb's object (a bare date or amount is no
            // name).
            if !has_object
                && !passive
                && o > v
                && s.named_head(o).is_some_and(|n| n.start <= v + 2)
                && argument(s, o).is_some()
            {
                for a in fan_out(s, vec![o]) {
                    out.push((a, None, TripleKind::Verbal, 0.6));
                }
            }
            continue;
        };
        if prep == "according to" {
            continue;
        }
        if passive && prep == "by" {
            for a in fan_out(s, vec![o]) {
                out.push((a, None, TripleKind::Passive, 0.75));
            }
            continue;
        }
        if prep == "as"
            && has_object
            && !passive
            && lexicon::appointing_verb(&s.lemma(v).to_lowercase())
        {
            // `named Paul Wolfowitz as head of the World Bank`: the post is
            // the appointee's (read as a role), not the appointer's.
            continue;
        }
        if credit(s, o).is_some() {
            // `includes text by Stewart`: a creator, read by `credits`.
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
        if argument(s, o).is_none() && s.tag(o).is_noun() && !describes_name(s, o) {
            // `spoke at the headquarters of the party`.
            for (a, how) in inner_names(s, o, false) {
                if how.is_empty() {
                    // `merge with the Asda chain`: the name is the argument.
                    out.push((a, Some(prep.clone()), kind, 0.6));
                } else {
                    out.push((a, Some(format!("{prep} {how}")), TripleKind::Folded, 0.55));
                }
            }
        }
        for a in fan_out(s, vec![o]) {
            out.push((a, Some(prep.clone()), kind, 0.65));
        }
    }
    out
}

/// Whether noun `o` has a name in apposition (`the US drugmaker Corixa`): the
/// names inside its phrase describe that name, not the verb's argument.
fn describes_name(s: &TreeSentence<'_>, o: usize) -> bool {
    s.tree
        .children_by(o, |r| matches!(r, DepRel::Appos | DepRel::Flat))
        .any(|k| s.named_head(k).is_some())
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
/// (`X`, `stake in`). A title of several words is one head (`resigned as BBC
/// director general` → (`BBC`, `director general of`)).
fn inner_names(s: &TreeSentence<'_>, o: usize, object: bool) -> Vec<(usize, String)> {
    let t = s.tree;
    // Lower-case compound nouns (or adjectives: `chief` of `resigned as chief
    // executive of X`) right before the head that make a title with it.
    let mut first = o;
    let mut chain = Vec::new();
    while let Some(c) = t
        .children_by(first, |r| matches!(r, DepRel::Compound | DepRel::Amod))
        .find(|&c| {
            c + 1 == first
                && (s.tag(c).is_noun() || s.tag(c).is_adjective())
                && !s.tag(c).is_proper()
                && s.named(c).is_none()
                && s.words[c].starts_with(|ch: char| ch.is_lowercase())
        })
    {
        chain.push(c);
        first = c;
    }
    let phrase = s.words[first..=o].join(" ").to_lowercase();
    let mut out = Vec::new();
    if !chain.is_empty() && lexicon::title(&phrase).is_some() {
        inner_names_below(s, o, None, &phrase, object, 0, &mut out);
        for c in chain {
            inner_names_below(s, c, None, &phrase, object, 0, &mut out);
        }
    } else {
        let head = s.words[o].to_lowercase();
        inner_names_below(s, o, None, &head, object, 0, &mut out);
    }
    out
}

/// How deep [`inner_names`] follows unnamed nouns.
const INNER_DEPTH: usize = 2;

/// Whether event noun `o` (`takeover`, `invasion`) has an `of` phrase, the
/// thing the event acts on.
fn acted_on(s: &TreeSentence<'_>, o: usize) -> bool {
    lexicon::event_noun(&s.lemma(o).to_lowercase()).is_some()
        && s.tree
            .children_by(o, |r| r == DepRel::Nmod)
            .any(|c| s.case(c).as_deref() == Some("of"))
}

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
    let prize = depth == 0 && lexicon::award_suffix(&s.lemma(o).to_lowercase());
    // `the Costa first novel award`: a name the parser hung from another
    // premodifier of a prize's word is the prize's (not for other heads: `a
    // new U.S. pharmaceuticals unit` is no unit of the US).
    let mut lifted = Vec::new();
    if prize {
        for c in t.children_by(o, |r| matches!(r, DepRel::Compound | DepRel::Amod)) {
            if c < o && s.named(c).is_none() {
                lifted.extend(
                    t.children_by(c, |r| r == DepRel::Compound)
                        .filter(|&k| k < c),
                );
            }
        }
    }
    for c in t.children(o).chain(lifted) {
        if depth == 0 && credit(s, c).is_some() {
            // `includes text by Stewart`: a creator, read by `credits`.
            continue;
        }
        let how = match t.rel(c) {
            // `blocked Microsoft's takeover of Activision`: an event's
            // possessor, its `of` phrase the thing acted on, is the doer.
            DepRel::NmodPoss if c < o && depth == 0 && acted_on(s, o) => "by".to_string(),
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
                    ) || (p == "to" && object && depth == 0)
                        // `served as home secretary under John Major`.
                        || (p == "under" && depth == 0 && lexicon::title(head).is_some()) =>
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
        if let Some(n) = s.named(c).or_else(|| called_name(s, c)) {
            let seen = out
                .iter()
                .any(|&(a, _)| s.named(a).is_some_and(|m| m.mention == n.mention));
            // `the Asda chain`, `the Booker prize`: a class noun right after
            // the name says what the name is; the name is the phrase's thing.
            let named_thing = depth == 0
                && how == "of"
                && t.rel(c) == DepRel::Compound
                && (class_of(s, o, n) || prize && prize_opened_by(s, o, n));
            // `close its Coventry plant`: a town or place before a noun that
            // is no title and no organisation's (`the Liverpool side`) is
            // where the thing is.
            let located = depth == 0
                && t.rel(c) == DepRel::Compound
                && matches!(n.kind, EntityKind::City | EntityKind::Place)
                && lexicon::title(head).is_none()
                && crate::vocab::description_kind(&s.lemma(o).to_lowercase())
                    != Some(EntityKind::Organization);
            let how = if located { "in" } else { how.as_str() };
            if !seen {
                for a in fan_out(s, vec![n.head]) {
                    if named_thing {
                        out.push((a, String::new()));
                    } else {
                        out.push((a, format!("{head} {how}")));
                    }
                }
            }
        } else if let Some(k) = (t.rel(c) == DepRel::Nmod).then(|| examples(s, c)).flatten() {
            // `agreed deals with libraries including Harvard University`.
            for a in fan_out(s, vec![k]) {
                out.push((a, format!("{head} {how}")));
            }
        } else if depth < INNER_DEPTH && t.rel(c) == DepRel::Nmod && s.tag(c).is_noun() {
            inner_names_below(s, c, Some(&how), head, object, depth + 1, out);
        } else if !object
            && depth == 0
            && c < o
            && t.rel(c) == DepRel::Amod
            && s.demonym_at(c).is_some()
            && lexicon::title(head).is_some()
        {
            // `replaced Gerhard Schroeder as German chancellor`: a demonym
            // before a title in a verb's phrase names the title's country.
            out.push((c, format!("{head} {how}")));
        }
    }
}

/// Whether noun `o`, right after the name `n` it has as a compound, is a
/// class noun saying what that name is (`the Asda chain`, `the Labour
/// party`, `the Booker prize`): an organisation's description or an armed or
/// political group's word (`the Hezbollah movement`) after an organisation's
/// or group's name (or a name of no known kind), a prize's word, a work's
/// class noun after a work's name (`The Stepford Wives film`) or a product's
/// after a name of no known kind (`the Firefox browser`).
fn class_of(s: &TreeSentence<'_>, o: usize, n: &Named) -> bool {
    if n.end != o {
        return false;
    }
    let lemma = s.lemma(o).to_lowercase();
    // (An armed or political group's word too: `the Hezbollah movement`.)
    let body = crate::vocab::description_kind(&lemma) == Some(EntityKind::Organization)
        || lexicon::org_suffix(&lemma) == Some(EntityKind::Group);
    lexicon::award_suffix(&lemma)
        || body
            && matches!(
                n.kind,
                EntityKind::Organization | EntityKind::Group | EntityKind::Other
            )
        // `starred in The Stepford Wives film`, `switched to the Firefox browser`.
        || n.kind == EntityKind::Work && crate::vocab::work::work_noun(&lemma)
        || n.kind == EntityKind::Other && lexicon::product_class_noun(&lemma)
}

/// Whether the name `n` opens the phrase of a prize's word `o`, only
/// lower-case modifiers between them (`the Costa first novel award`, `the
/// Whitbread biography award`): the name is the prize's.
fn prize_opened_by(s: &TreeSentence<'_>, o: usize, n: &Named) -> bool {
    n.end < o
        && (n.end..o).all(|w| {
            s.words[w].starts_with(|ch: char| ch.is_lowercase())
                && (s.tag(w).is_noun() || s.tag(w).is_adjective())
        })
}

/// `a new search engine called MSN Search`: the name a noun's participle of
/// naming ([`NAMING_VERBS`]) gives it, its head word.
fn called(s: &TreeSentence<'_>, o: usize) -> Option<usize> {
    let t = s.tree;
    t.children_by(o, |r| r == DepRel::Acl)
        .filter(|&v| v > o && NAMING_VERBS.contains(&s.lemma(v).to_lowercase().as_str()))
        .find_map(|v| {
            t.children_by(v, |r| matches!(r, DepRel::Obj | DepRel::Xcomp))
                .find(|&k| s.named_head(k).is_some())
        })
}

/// `a trial of what it calls the Interactive Media Player`: a free relative
/// `what` whose clause gives a thing a name ([`NAMING_VERBS`]) stands for that
/// name.
fn called_name<'a>(s: &'a TreeSentence<'a>, c: usize) -> Option<&'a Named> {
    if !s.words[c].eq_ignore_ascii_case("what") {
        return None;
    }
    let t = s.tree;
    t.children_by(c, |r| r == DepRel::AclRelcl)
        .filter(|&v| NAMING_VERBS.contains(&s.lemma(v).to_lowercase().as_str()))
        .find_map(|v| {
            t.children_by(v, |r| matches!(r, DepRel::Obj | DepRel::Xcomp))
                .find_map(|o| s.named_head(o))
        })
}

/// `text by Stewart`, `illustrations by Riddell`: an `obl` whose `by` follows a
/// noun of a work's content names a creator; the creator's role.
pub(super) fn credit(s: &TreeSentence<'_>, o: usize) -> Option<&'static str> {
    let case = s.tree.children_by(o, |r| r == DepRel::Case).next()?;
    if !s.words[case].eq_ignore_ascii_case("by") || case == 0 || !s.tag(case - 1).is_noun() {
        return None;
    }
    lexicon::credit_noun(s.lemma(case - 1))
}

/// `Fergus Crane includes text by Stewart and illustrations by Riddell`: each
/// creator a content noun's `by` phrase names made the verb's subject, a work
/// (`Stewart –author of→ Fergus Crane`, `Riddell –illustrator of→ Fergus Crane`).
/// The `by` phrase may hang from the verb (`obl`) or from its object (`nmod`).
pub(super) fn credits(s: &TreeSentence<'_>, v: usize) -> Vec<(usize, &'static str)> {
    let t = s.tree;
    let mut out = Vec::new();
    let objects = t.children_by(v, |r| r == DepRel::Obj);
    let below_objects = objects.flat_map(|o| t.children_by(o, |r| r == DepRel::Nmod));
    for o in t.children_by(v, |r| r == DepRel::Obl).chain(below_objects) {
        if let Some(role) = credit(s, o) {
            out.extend(fan_out(s, vec![o]).into_iter().map(|a| (a, role)));
        }
    }
    out
}
