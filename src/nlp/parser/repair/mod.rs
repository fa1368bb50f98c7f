//! Repairs of parser errors that news makes frequent and that the extraction
//! stage cannot see past: the parser's arcs for one sentence in, the same arcs
//! with the known misattachments fixed out. Each repair is a small rule with
//! its own test row; the parser's own evaluation (`eval-parser`) runs without
//! them.
//!
//! * A fronted time phrase without a comma (`In October 1989 the Court of
//!   Appeal quashed …`, `On Monday the company said …`): the greedy parser
//!   reads the subject as an appositive (or unmarked modifier) of the date,
//!   leaving the verb without
//!   a subject. The subject is given back to the verb.
//! * A reported clause without `that` after an addressee (`Ushakov told TASS a
//!   meeting between Putin and Kim was under consideration`): the parser makes
//!   the clause's subject a second object of `told`, leaving the clause without
//!   a subject. The object becomes the clause's subject.
//! * A double object (`The Commission fined Microsoft 497m euros`): the parser
//!   makes the first object the subject of the second, a clause with no verb.
//!   The first object becomes the verb's indirect object.
//!   So is a name the parser made a compound of an amount (`fined Intel
//!   1.06bn euros`, `fined Citigroup £14m`).
//! * A subordinate clause read as a prepositional phrase (`scored twice as
//!   Real Madrid beat Barcelona`: `as Real Madrid` an oblique of `scored`, `beat`
//!   a clause with no subject): the noun becomes the clause's subject and the
//!   conjunction its marker.
//! * An appositive name after `the <title> of|for <organisation>` read as a
//!   conjunct of the organisation (`The boss of Tesco, Terry Leahy, said`:
//!   `Terry` and `Leahy` two conjuncts of `Tesco`, with no coordinator): the
//!   name becomes the appositive of the title, its words one name; the
//!   organisation's own `&` is no coordinator (`The chairman of Marks &
//!   Spencer, Paul Myners, said`).
//! * Two subjects of one verb, a noun and, after a comma, a name (`The Shell
//!   chairman, Philip Watts, resigned`): the name is the noun's appositive; so
//!   when the noun was read as an unmarked oblique (`Mr Blair's spokesman, Tom
//!   Kelly, said`), which becomes the subject.
//! * A conjunct after the first subject's phrase read as a second subject
//!   (`Leaders of France and Germany met`: `Germany` a subject of `met`, `and`
//!   the verb's): it is a conjunct of the phrase's last noun.
//! * A second subject with a preposition of its own right after the first
//!   (`Jurors in Houston found …`): it is the first subject's phrase.
//! * An appositive after a verb's object or oblique read as an unmarked
//!   oblique or a parataxis of the verb (`bought Absa, South Africa's biggest
//!   bank`): it is the object's (or the oblique's).
//! * A possessor hung on the verb (`Arsenal's Thierry Henry was named`:
//!   `Arsenal` a second subject): it is the possessor of the noun phrase
//!   right after its `'s`.
//! * A predicate after an apposition (`Mark Thompson, 47, was named …`) read
//!   as a clause on the subject, which became the root: the verb is the
//!   root again and the noun its subject.
//! * A participle on an appositive read as the sentence's verb (`Warner
//!   Music, the record company owned by Edgar Bronfman, is planning …`:
//!   `owned` the root with `company` its subject; `Virgin Atlantic, the
//!   airline founded by Sir Richard Branson, ordered jets`): it is a clause
//!   on the noun, the noun the name's appositive (module `participles`);
//!   so is a participle right after an appositive hung on another verb
//!   (`made by Rockstar North, a studio based in Edinburgh`).
//! * A past participle with a passive subject, a direct object and no
//!   auxiliary (`Santander, Spain's biggest bank, completed its takeover`):
//!   the verb is active and so is its subject.
//! * A title or class noun right before a name, both made arguments of one
//!   verb (`Sainsbury's boss Justin King has promised …`: `boss` a second
//!   subject; `bought rival Reebok`: a relational noun as a title) or both prepositional phrases of one noun (`its takeover of
//!   rival software firm PeopleSoft`), or the noun the verb's object and the
//!   name an unmarked oblique (`bought the US firm PaineWebber`), or the noun
//!   a prepositional phrase and the name the verb's object (`was bought by
//!   software firm Roxio`), or the name the noun's appositive with no comma
//!   between (`boss` the subject, `Justin King` its appositive): the noun
//!   becomes a compound of the name, as in `Ryanair boss Michael O'Leary`.
//! * A `'s` hung on a name before a comma, the proper noun right before it
//!   hung on that name too (`Vladimir Putin, Russia's prime minister, met`):
//!   the `'s` is that noun's, which possesses the title; the name takes the
//!   title's place, the title its appositive.
//! * A determined noun phrase between commas after a name, read as the name's
//!   only conjunct (`Sir Ian Blair, the Metropolitan Police Commissioner,
//!   said`), is the name's appositive.
//! * A possessor hung on a name whose title, a common noun, opens right
//!   after the `'s` possesses the title (`President Bush's aide Karl Rove`).
//!   A kinship noun so read beside a name as a second argument keeps its
//!   head, the name its appositive (`Paul McCartney's daughter Stella
//!   McCartney is a designer`).
//! * A finite verb hung on a name the parser made the root (`Johnson &
//!   Johnson agreed to buy Guidant`: `agreed` a list item of `Johnson`): with
//!   nothing but the name's own words before it and no subject of its own,
//!   the verb is the root and the name its subject.
//! * An appointee read as a second subject or as compounds of the post
//!   (`named Paul Wolfowitz as head of`, `named Arun Sarin chairman of`):
//!   module `appointments`.
//! * A named `at`/`in` phrase hung on a verb's span of time (`jailed for
//!   life at the Old Bailey`, `worked for 20 years at IBM`): it is the
//!   verb's.
//! * A name right after a verb's prepositional noun read as a second object
//!   (`won the prize for his novel The Remains of the Day`): it is the
//!   noun's appositive.

mod appointments;
mod participles;

use super::Arc;
use crate::nlp::lemma::lemma;
use crate::nlp::lexicon;
use crate::nlp::{DepRel, Tag, Tagged};
use crate::vocab::function_words::SUBORDINATOR;
use crate::vocab::speech;

/// Apply every repair to `arcs` (heads 1-based, 0 the root).
pub fn repair(words: &[&str], tags: &[Tagged], arcs: &mut [Arc]) {
    participles::participle_on_appositive(words, tags, arcs);
    participles::participle_after_appositive(words, tags, arcs);
    fronted_time_subject(words, tags, arcs);
    told_object_subject(words, tags, arcs);
    double_object(tags, arcs);
    amount_object(words, tags, arcs);
    subordinate_subject(words, tags, arcs);
    appositive_after_owner(words, tags, arcs);
    be_to_subject(words, tags, arcs);
    conjunct_read_as_subject(tags, arcs);
    second_subject(words, tags, arcs);
    subject_with_preposition(arcs);
    object_appositive(words, tags, arcs);
    possessive_after_comma(tags, arcs);
    appositive_read_as_conjunct(tags, arcs);
    possessor_on_verb(tags, arcs);
    possessor_on_title(tags, arcs);
    title_beside_name(words, tags, arcs);
    predicate_after_apposition(tags, arcs);
    active_participle(tags, arcs);
    verb_on_root_name(tags, arcs);
    name_after_oblique(tags, arcs);
    succession_as(words, tags, arcs);
    place_after_term(words, tags, arcs);
    conjunct_across_verb(tags, arcs);
    appointments::appointee(words, tags, arcs);
}

/// `Oscar-winning actress Nicole Kidman is to star in a film`: the parser
/// reads `is to` before a bare verb as a copula and marker and the subject as
/// an outer subject, as of a clause predicate; `be to` + verb is a modal
/// (`is to star`, `was to retire`), and the subject, when it is or holds a
/// name, is the verb's own.
fn be_to_subject(words: &[&str], tags: &[Tagged], arcs: &mut [Arc]) {
    for s in 0..arcs.len() {
        if arcs[s].rel != DepRel::NsubjOuter {
            continue;
        }
        let Some(v) = head(arcs, s) else { continue };
        // A name, or a noun with a name on it (not `The aim is to win`).
        let named = tags[s].tag.is_proper()
            || child(arcs, s, |c| {
                tags[c].tag.is_proper()
                    && matches!(arcs[c].rel, DepRel::Flat | DepRel::Appos | DepRel::Compound)
            })
            .is_some();
        let be_to = named
            && matches!(tags[v].tag, Tag::VB | Tag::NN)
            && child(arcs, v, |c| {
                arcs[c].rel == DepRel::Cop && lemma(words[c], tags[c].tag) == "be"
            })
            .is_some()
            && child(arcs, v, |c| {
                arcs[c].rel == DepRel::Mark && words[c].eq_ignore_ascii_case("to")
            })
            .is_some();
        if be_to {
            arcs[s].rel = DepRel::Nsubj;
        }
    }
}

/// `Wolfowitz succeeded Wolfensohn as president of the World Bank`: an `as`
/// phrase hung on the object of a verb by which the subject takes the
/// object's post ([`lexicon::succeeding_verb`]) is the verb's: the post is
/// the subject's.
fn succession_as(words: &[&str], tags: &[Tagged], arcs: &mut [Arc]) {
    for t in 0..arcs.len() {
        if arcs[t].rel != DepRel::Nmod || !tags[t].tag.is_noun() {
            continue;
        }
        let Some(o) = head(arcs, t) else { continue };
        let Some(v) = head(arcs, o) else { continue };
        if o > t
            || arcs[o].rel != DepRel::Obj
            || !tags[v].tag.is_verb()
            || child(arcs, t, |c| {
                arcs[c].rel == DepRel::Case && words[c].eq_ignore_ascii_case("as")
            })
            .is_none()
            || !lexicon::succeeding_verb(&lemma(words[v], tags[v].tag))
        {
            continue;
        }
        arcs[t].head = v as u32 + 1;
        arcs[t].rel = DepRel::Obl;
    }
}

/// `was jailed for life at the Old Bailey`, `was sentenced to six years at
/// Leeds Crown Court`, `worked for 20 years at IBM`: a named `at`/`in`
/// phrase the parser hung on a span of time (`life`, `years`: the noun of a
/// verb's `for`/`to` phrase) is the verb's: a term takes no place of its own.
fn place_after_term(words: &[&str], tags: &[Tagged], arcs: &mut [Arc]) {
    for p in 0..arcs.len() {
        if arcs[p].rel != DepRel::Nmod || !tags[p].tag.is_proper() {
            continue;
        }
        let Some(d) = head(arcs, p) else { continue };
        let Some(v) = head(arcs, d) else { continue };
        let case_is = |k: usize, keep: &[&str]| {
            child(arcs, k, |c| {
                arcs[c].rel == DepRel::Case && keep.iter().any(|w| words[c].eq_ignore_ascii_case(w))
            })
            .is_some()
        };
        if d > p
            || arcs[d].rel != DepRel::Obl
            || !tags[v].tag.is_verb()
            || !(time_word(words[d]) || words[d].eq_ignore_ascii_case("life"))
            || !case_is(d, &["for", "to"])
            || !case_is(p, &["at", "in"])
        {
            continue;
        }
        arcs[p].head = v as u32 + 1;
        arcs[p].rel = DepRel::Obl;
    }
}

/// `Sir Ian Blair, the Metropolitan Police Commissioner, said`, `Thomas
/// Mesereau, Michael Jackson's lawyer, said`: a noun phrase opening with a
/// determiner or possessor after a comma that closes a name, read as the
/// name's only conjunct (no coordinator) or as a parataxis and closed by a
/// comma, is the name's appositive (a list has more items or a coordinator: `Britain, the
/// US, France and Germany`).
fn appositive_read_as_conjunct(tags: &[Tagged], arcs: &mut [Arc]) {
    let n = arcs.len();
    for b in 1..n {
        if !matches!(arcs[b].rel, DepRel::Conj | DepRel::Parataxis) || !tags[b].tag.is_noun() {
            continue;
        }
        let Some(a) = head(arcs, b).filter(|&a| a < b && tags[a].tag.is_proper()) else {
            continue;
        };
        let Some(comma) = comma_before(tags, arcs, b) else {
            continue;
        };
        let opens = comma + 1;
        // (Or a possessor opens it: `Thomas Mesereau, Michael Jackson's
        // lawyer, said`.)
        let possessed = child(arcs, b, |c| arcs[c].rel == DepRel::NmodPoss)
            .is_some_and(|p| dominated_by(arcs, opens, p));
        let closed = (b + 1..n)
            .find(|&k| !dominated_by(arcs, k, b) || tags[k].tag == Tag::Comma)
            .is_some_and(|k| tags[k].tag == Tag::Comma);
        if !(matches!(tags[opens].tag, Tag::DT | Tag::PRPS) || possessed)
            || !closed
            || !(a..comma).all(|k| dominated_by(arcs, k, a))
            || child(arcs, b, |c| arcs[c].rel == DepRel::Cc).is_some()
            || child(arcs, a, |c| c != b && arcs[c].rel == DepRel::Conj).is_some()
        {
            continue;
        }
        arcs[b].rel = DepRel::Appos;
    }
}

/// `Vladimir Putin, Russia's prime minister, met Angela Merkel`: a `'s` the
/// parser hung on a name before a comma, with the proper noun right before
/// the `'s` hung on that name too, belongs to that proper noun, which
/// possesses the noun the name possessed; the name takes that noun's place,
/// the noun its appositive.
fn possessive_after_comma(tags: &[Tagged], arcs: &mut [Arc]) {
    let n = arcs.len();
    for s in 2..n {
        if tags[s].tag != Tag::POS {
            continue;
        }
        let x = s - 1;
        let Some(p) = head(arcs, s).filter(|&p| p + 1 < x) else {
            continue;
        };
        let Some(noun) = head(arcs, p) else { continue };
        if arcs[p].rel != DepRel::NmodPoss
            || !tags[p].tag.is_proper()
            || !tags[x].tag.is_proper()
            || head(arcs, x) != Some(p)
            || noun <= s
            || !tags[noun].tag.is_noun()
            || tags[noun].tag.is_proper()
        {
            continue;
        }
        // A comma closes the name before the possessor's phrase.
        let start = (p + 1..x).rev().find(|&k| tags[k].tag == Tag::Comma);
        let Some(comma) = start else { continue };
        if !(p..comma).all(|k| dominated_by(arcs, k, p))
            || (comma + 1..x).any(|k| !dominated_by(arcs, k, x))
        {
            continue;
        }
        arcs[s].head = x as u32 + 1;
        arcs[x].head = noun as u32 + 1;
        arcs[x].rel = DepRel::NmodPoss;
        arcs[p].head = arcs[noun].head;
        arcs[p].rel = arcs[noun].rel;
        arcs[noun].head = p as u32 + 1;
        arcs[noun].rel = DepRel::Appos;
        arcs[comma].head = noun as u32 + 1;
    }
}

/// `The Prime Minister, Tony Blair, met President George W Bush at Camp
/// David`: a proper noun after a verb, read as a conjunct (with no
/// coordinator) of that verb's subject before it, is the verb's object when
/// the verb has none: a conjunct never has its own noun's verb between them.
fn conjunct_across_verb(tags: &[Tagged], arcs: &mut [Arc]) {
    for c in 0..arcs.len() {
        if arcs[c].rel != DepRel::Conj || !tags[c].tag.is_proper() {
            continue;
        }
        let Some(s) = head(arcs, c) else { continue };
        let Some(v) = head(arcs, s) else { continue };
        if !(s < v && v < c)
            || arcs[s].rel != DepRel::Nsubj
            || !matches!(tags[v].tag, Tag::VBD | Tag::VBZ | Tag::VBP | Tag::VB | Tag::VBN)
            || child(arcs, c, |k| arcs[k].rel == DepRel::Cc).is_some()
            || child(arcs, v, |k| matches!(arcs[k].rel, DepRel::Obj | DepRel::Ccomp | DepRel::Xcomp)).is_some()
            // Only the name's own words between the verb and it.
            || (v + 1..c).any(|k| !dominated_by(arcs, k, c))
        {
            continue;
        }
        arcs[c].head = v as u32 + 1;
        arcs[c].rel = DepRel::Obj;
        // What the parser hung on the misread conjunct after it stays its own,
        // but the sentence's closing punctuation is the verb's.
        for k in c + 1..arcs.len() {
            if head(arcs, k) == Some(c) && tags[k].tag == Tag::Period {
                arcs[k].head = v as u32 + 1;
            }
        }
    }
}

/// `won the prize for his novel The Remains of the Day`: a second object of
/// a verb, a name right after the verb's prepositional noun (the words
/// between the name's own), is that noun's appositive, not an object.
fn name_after_oblique(tags: &[Tagged], arcs: &mut [Arc]) {
    for o2 in 0..arcs.len() {
        if arcs[o2].rel != DepRel::Obj || !tags[o2].tag.is_proper() {
            continue;
        }
        let Some(v) = head(arcs, o2) else { continue };
        let Some(o1) = child(arcs, v, |c| c < o2 && arcs[c].rel == DepRel::Obj) else {
            continue;
        };
        let Some(l) = child(arcs, v, |c| {
            o1 < c && c < o2 && arcs[c].rel == DepRel::Obl && tags[c].tag.is_noun()
        }) else {
            continue;
        };
        if tags[l].tag.is_proper() || !(l + 1..o2).all(|k| dominated_by(arcs, k, o2)) {
            continue;
        }
        arcs[o2].head = l as u32 + 1;
        arcs[o2].rel = DepRel::Appos;
    }
}

/// `Johnson & Johnson agreed to buy Guidant`: a finite verb the parser hung
/// as a list item, dependent or parataxis on the proper noun it made the
/// root, with no subject of its own and nothing before it but the noun's own
/// words (no comma, no other verb), is the root, the noun its subject. So is
/// one hung as a relative clause with no relative word (`Rose Marie Bravo
/// stepped down`, the root `Marie` after its compound `Rose`), when only the
/// name's proper nouns come before the root.
fn verb_on_root_name(tags: &[Tagged], arcs: &mut [Arc]) {
    let Some(p) = (0..arcs.len()).find(|&k| arcs[k].head == 0) else {
        return;
    };
    if !tags[p].tag.is_proper()
        || !(0..p).all(|k| tags[k].tag.is_proper() && dominated_by(arcs, k, p))
    {
        return;
    }
    let Some(v) =
        (p + 1..arcs.len()).find(|&k| !matches!(tags[k].tag, Tag::NNP | Tag::NNPS | Tag::CC))
    else {
        return;
    };
    let relative = matches!(arcs[v].rel, DepRel::AclRelcl | DepRel::AdvclRelcl)
        && child(arcs, v, |c| {
            matches!(
                tags[c].tag,
                Tag::WDT | Tag::WP | Tag::WPS | Tag::WRB | Tag::IN
            )
        })
        .is_none();
    if head(arcs, v) != Some(p)
        || !(relative || matches!(arcs[v].rel, DepRel::List | DepRel::Dep | DepRel::Parataxis))
        || !matches!(tags[v].tag, Tag::VBD | Tag::VBZ | Tag::VBP | Tag::MD)
        || has_subject(arcs, v)
        || !(p + 1..v).all(|k| dominated_by(arcs, k, p))
    {
        return;
    }
    arcs[v].head = 0;
    arcs[v].rel = arcs[p].rel;
    arcs[p].head = v as u32 + 1;
    arcs[p].rel = DepRel::Nsubj;
    for k in p + 1..arcs.len() {
        if k > v && head(arcs, k) == Some(p) {
            arcs[k].head = v as u32 + 1;
        }
    }
}

fn head(arcs: &[Arc], i: usize) -> Option<usize> {
    let h = arcs[i].head as usize;
    (h >= 1 && h <= arcs.len()).then(|| h - 1)
}

/// The first dependent `k` of word `x` that `keep` accepts.
fn child(arcs: &[Arc], x: usize, keep: impl Fn(usize) -> bool) -> Option<usize> {
    (0..arcs.len()).find(|&k| head(arcs, k) == Some(x) && keep(k))
}

/// Has word `v` a subject (`nsubj`, `nsubj:pass`)?
fn has_subject(arcs: &[Arc], v: usize) -> bool {
    child(arcs, v, |k| {
        matches!(arcs[k].rel, DepRel::Nsubj | DepRel::NsubjPass)
    })
    .is_some()
}

/// `In October 1989 the Court of Appeal quashed …`: an appositive or unmarked
/// noun modifier of a date word, with no comma between, directly before the verb the date modifies
/// and which has no subject, is that verb's subject.
fn fronted_time_subject(words: &[&str], tags: &[Tagged], arcs: &mut [Arc]) {
    for i in 0..arcs.len() {
        if !matches!(arcs[i].rel, DepRel::Appos | DepRel::NmodUnmarked)
            || !tags[i].tag.is_noun()
            || lexicon::calendar(words[i])
        {
            continue;
        }
        let Some(h) = head(arcs, i) else { continue };
        let Some(v) = head(arcs, h) else { continue };
        let temporal = lexicon::calendar(words[h]) || tags[h].tag == Tag::CD;
        if !temporal || h > i || v < i || !tags[v].tag.is_verb() {
            continue;
        }
        if (h..i).any(|k| matches!(tags[k].tag, Tag::Comma | Tag::Colon)) {
            continue;
        }
        // Only words of the appositive's own phrase between it and the verb.
        if (i + 1..v).any(|k| !dominated_by(arcs, k, i) && !is_aux_of(arcs, tags, k, v)) {
            continue;
        }
        if has_subject(arcs, v) {
            continue;
        }
        let passive = child(arcs, v, |k| arcs[k].rel == DepRel::AuxPass).is_some();
        arcs[i].head = v as u32 + 1;
        arcs[i].rel = if passive {
            DepRel::NsubjPass
        } else {
            DepRel::Nsubj
        };
    }
}

/// `X told TASS a meeting … was under consideration`: the last object of a
/// verb of saying, directly before a reported clause that has a copula or
/// auxiliary but no subject (or before it but for a name set off by commas,
/// which is the object's appositive: `said its chief executive, Bob Stott,
/// would retire`), is that clause's subject.
fn told_object_subject(words: &[&str], tags: &[Tagged], arcs: &mut [Arc]) {
    let n = arcs.len();
    for c in 0..n {
        if arcs[c].rel != DepRel::Ccomp {
            continue;
        }
        let Some(v) = head(arcs, c) else { continue };
        if !speech::takes_clause(&lemma(words[v], tags[v].tag)) {
            continue;
        }
        let kids_of = |k: usize, arcs: &[Arc]| -> Vec<usize> {
            (0..n).filter(|&j| head(arcs, j) == Some(k)).collect()
        };
        let clause_kids = kids_of(c, arcs);
        let has_subject = clause_kids
            .iter()
            .any(|&j| matches!(arcs[j].rel, DepRel::Nsubj | DepRel::NsubjPass));
        let has_verb_part = clause_kids
            .iter()
            .any(|&j| matches!(arcs[j].rel, DepRel::Cop | DepRel::Aux | DepRel::AuxPass));
        if has_subject || !has_verb_part {
            continue;
        }
        // The verb's last object before the clause, whose phrase runs up to
        // the clause's first word.
        let Some(o) = kids_of(v, arcs)
            .into_iter()
            .filter(|&j| arcs[j].rel == DepRel::Obj && j < c)
            .max()
        else {
            continue;
        };
        let first = (0..n).find(|&k| dominated_by(arcs, k, c)).unwrap_or(c);
        if first <= o {
            continue;
        }
        // `said its chief executive, Bob Stott, would retire`: a name set off
        // by commas between the object and the clause, hung on the verb, is
        // the object's appositive.
        let gap: Vec<usize> = (o + 1..first)
            .filter(|&k| !dominated_by(arcs, k, o))
            .collect();
        let name = gap
            .iter()
            .copied()
            .find(|&k| head(arcs, k) == Some(v) && tags[k].tag.is_proper());
        let appositive = name.is_some_and(|b| {
            tags[o].tag.is_noun()
                && !tags[o].tag.is_proper()
                && comma_before(tags, arcs, b).is_some()
                && (tags[first].tag == Tag::Comma || tags[first - 1].tag == Tag::Comma)
                && gap
                    .iter()
                    .all(|&k| tags[k].tag == Tag::Comma || dominated_by(arcs, k, b))
        });
        if !gap.is_empty() && !appositive {
            continue;
        }
        if let (true, Some(b)) = (appositive, name) {
            arcs[b].head = o as u32 + 1;
            arcs[b].rel = DepRel::Appos;
        }
        arcs[o].head = c as u32 + 1;
        arcs[o].rel = DepRel::Nsubj;
    }
}

/// `fined Microsoft 497m euros`: a noun that is the subject of a verb's later
/// object, between the two, with nothing making that object a clause (no
/// copula, auxiliary or verb tag), is the verb's indirect object. When that
/// object is a bare number whose noun the parser hung on the verb as an
/// unmarked oblique (`has fined Microsoft 497m euros`: `497m` the object,
/// `euros` an oblique), the noun is the object and the number its count.
fn double_object(tags: &[Tagged], arcs: &mut [Arc]) {
    let n = arcs.len();
    for i in 0..n {
        if arcs[i].rel != DepRel::Nsubj || !tags[i].tag.is_noun() {
            continue;
        }
        let Some(mut o) = head(arcs, i) else { continue };
        let Some(v) = head(arcs, o) else { continue };
        if arcs[o].rel != DepRel::Obj || !tags[v].tag.is_verb() {
            continue;
        }
        if tags[o].tag == Tag::CD {
            // The number's noun right after it, an unmarked oblique of the verb.
            let noun = o + 1;
            let unit = noun < n
                && tags[noun].tag.is_noun()
                && arcs[noun].rel == DepRel::Obl
                && head(arcs, noun) == Some(v)
                && child(arcs, noun, |c| arcs[c].rel == DepRel::Case).is_none();
            if !(unit && v < i && i < o) || child(arcs, o, |c| c != i).is_some() {
                continue;
            }
            arcs[noun].rel = DepRel::Obj;
            arcs[o].head = noun as u32 + 1;
            arcs[o].rel = DepRel::Nummod;
            arcs[i].head = noun as u32 + 1;
            o = noun;
        } else if !tags[o].tag.is_noun() {
            continue;
        }
        if !(v < i && i < o) {
            continue;
        }
        let clause = child(arcs, o, |k| {
            matches!(arcs[k].rel, DepRel::Cop | DepRel::Aux | DepRel::AuxPass)
        })
        .is_some();
        // Only the first object's own words between the verb and it.
        if clause || (v + 1..i).any(|k| !dominated_by(arcs, k, i)) {
            continue;
        }
        arcs[i].head = v as u32 + 1;
        arcs[i].rel = DepRel::Iobj;
    }
}

/// `fined Intel 1.06bn euros`: a proper noun right after a verb (but for its
/// own words and an article), made a compound of the verb's object though a
/// number of that object comes between them (or the object is a currency
/// sign: `fined the BBC £50,000`), is the verb's indirect object; so is a
/// name read as a first object before an amount (`fined Royal Dutch Shell
/// £17m`: two objects).
fn amount_object(words: &[&str], tags: &[Tagged], arcs: &mut [Arc]) {
    let n = arcs.len();
    for k in 1..n {
        let two_objects = arcs[k].rel == DepRel::Obj;
        if !(arcs[k].rel == DepRel::Compound || two_objects)
            || !tags[k].tag.is_proper()
            || !words[k].starts_with(char::is_uppercase)
        {
            continue;
        }
        let (v, mut o) = if two_objects {
            // The amount right after the name, a second object of its verb.
            let Some(v) = head(arcs, k) else { continue };
            let Some(o) = child(arcs, v, |c| {
                c > k && arcs[c].rel == DepRel::Obj && (k + 1..c).all(|m| dominated_by(arcs, m, c))
            }) else {
                continue;
            };
            if !(k + 1..=o).any(|m| matches!(tags[m].tag, Tag::Dollar | Tag::CD)) {
                continue;
            }
            (v, o)
        } else {
            let Some(o) = head(arcs, k) else { continue };
            let Some(v) = (0..k)
                .rev()
                .find(|&m| !dominated_by(arcs, m, k) && tags[m].tag != Tag::DT)
            else {
                continue;
            };
            (v, o)
        };
        if !tags[v].tag.is_verb()
            || (v + 1..k).any(|m| !dominated_by(arcs, m, k) && tags[m].tag != Tag::DT)
        {
            continue;
        }
        let mut amount_between = two_objects;
        if tags[o].tag == Tag::CD && arcs[o].rel == DepRel::Nummod {
            // `Intel 1.06bn euros`, the name hung from the number.
            let Some(h) = head(arcs, o) else { continue };
            (o, amount_between) = (h, true);
        }
        if arcs[o].rel != DepRel::Obj || head(arcs, o) != Some(v) {
            continue;
        }
        // `fined BP £20m`: the currency sign is the object.
        amount_between |= tags[o].tag == Tag::Dollar;
        amount_between |= (k + 1..o).any(|m| {
            head(arcs, m) == Some(o) && arcs[m].rel == DepRel::Nummod || tags[m].tag == Tag::Dollar
        });
        if amount_between {
            arcs[k].head = v as u32 + 1;
            arcs[k].rel = DepRel::Iobj;
            // The article before the name is the name's.
            for m in v + 1..k {
                if tags[m].tag == Tag::DT && !dominated_by(arcs, m, k) {
                    arcs[m].head = k as u32 + 1;
                    arcs[m].rel = DepRel::Det;
                }
            }
        }
    }
}

/// `scored twice as Real Madrid beat Barcelona`: a noun that a subordinating
/// conjunction (`as`, `after`, `since`, ...; `vocab::function_words::SUBORDINATOR`)
/// marks as an oblique of a word, directly before a finite verb
/// that is an adverbial clause of the same word (or a conjunct with no
/// coordinator, or a complement with no `to`) and has no subject, is that
/// verb's subject, the conjunction marks the clause, and the clause is
/// adverbial.
fn subordinate_subject(words: &[&str], tags: &[Tagged], arcs: &mut [Arc]) {
    let n = arcs.len();
    for v in 1..n {
        // Also a conjunct with no coordinator or a complement with no `to`,
        // and a past tense read as a participle with no auxiliary (`was sent off as Manchester United
        // lost to Arsenal`).
        let clause = match arcs[v].rel {
            DepRel::Advcl => true,
            DepRel::Conj => child(arcs, v, |c| arcs[c].rel == DepRel::Cc).is_none(),
            // (`scored twice as Arsenal beat Chelsea`: no `to`.)
            DepRel::Xcomp => child(arcs, v, |c| arcs[c].rel == DepRel::Mark).is_none(),
            _ => false,
        };
        let finite = match tags[v].tag {
            Tag::VBD | Tag::VBZ | Tag::VBP | Tag::VB => true,
            Tag::VBN => child(arcs, v, |c| is_aux_of(arcs, tags, c, v)).is_none(),
            _ => false,
        };
        if !clause || !finite || has_subject(arcs, v) {
            continue;
        }
        // The oblique right before the verb: the phrase of the last word
        // before it that is none of the verb's, climbed up to the verb's head.
        let Some(last) = (0..v).rev().find(|&k| !dominated_by(arcs, k, v)) else {
            continue;
        };
        let up = head(arcs, v);
        let mut chain = vec![last];
        let mut top = last;
        for _ in 0..n {
            match head(arcs, top) {
                h if h == up => break,
                Some(h) if h < v => {
                    top = h;
                    chain.push(h);
                }
                _ => break,
            }
        }
        if head(arcs, top) != up {
            continue;
        }
        // The phrase is the verb's oblique, or a noun's modifier inside its
        // object (`scored a hat-trick as Manchester City beat Ipswich`:
        // `as Manchester City` read as a modifier of `hat-trick`).
        let marked = |k: usize| {
            child(arcs, k, |c| {
                arcs[c].rel == DepRel::Case
                    && SUBORDINATOR.contains(&words[c].to_lowercase().as_str())
            })
        };
        let Some((top, case)) = chain.iter().find_map(|&k| {
            let rel_ok = if k == top {
                arcs[k].rel == DepRel::Obl
            } else {
                arcs[k].rel == DepRel::Nmod
            };
            (rel_ok && tags[k].tag.is_noun())
                .then(|| marked(k))
                .flatten()
                .map(|c| (k, c))
        }) else {
            continue;
        };
        if (top + 1..v).any(|k| !dominated_by(arcs, k, top) && !is_aux_of(arcs, tags, k, v)) {
            continue;
        }
        arcs[top].head = v as u32 + 1;
        arcs[top].rel = DepRel::Nsubj;
        arcs[case].head = v as u32 + 1;
        arcs[case].rel = DepRel::Mark;
        arcs[v].rel = DepRel::Advcl;
    }
}

/// `The boss of Tesco, Terry Leahy, said`, `A spokesman for Malcolm Glazer,
/// Tim Allan, said`: proper nouns that are
/// conjuncts of a noun `of`- or `for`-phrase's noun (or, after it, of the noun the
/// phrase modifies), after a comma, in a coordination
/// with no coordinator, are one appositive name of the noun the phrase
/// modifies (a list `France, Germany and Italy` has its `and`).
fn appositive_after_owner(words: &[&str], tags: &[Tagged], arcs: &mut [Arc]) {
    let n = arcs.len();
    for o in 0..n {
        if arcs[o].rel != DepRel::Nmod || !tags[o].tag.is_noun() {
            continue;
        }
        let Some(t) = head(arcs, o) else { continue };
        if t > o || !tags[t].tag.is_noun() {
            continue;
        }
        // `The US ambassador to the UN, John Bolton`: a diplomat's or an
        // aide's owner follows `to`.
        let sent_to = || {
            lexicon::title(&lemma(words[t], tags[t].tag).to_lowercase())
                .is_some_and(|x| x.class.owner_after_to())
        };
        let of = child(arcs, o, |c| {
            arcs[c].rel == DepRel::Case
                && (words[c].eq_ignore_ascii_case("of")
                    || words[c].eq_ignore_ascii_case("for")
                    || words[c].eq_ignore_ascii_case("to") && sent_to())
        })
        .is_some();
        // Conjuncts of the organisation or, after it, of the title itself.
        let conjuncts_of = |x: usize| -> Vec<usize> {
            (o + 1..n)
                .filter(|&c| head(arcs, c) == Some(x) && arcs[c].rel == DepRel::Conj)
                .collect()
        };
        // `Marks & Spencer`, `Procter & Gamble`: a conjunct joined to the
        // organisation by `&`, no comma between, is part of its name; so is
        // a proper noun joined by `and` when a name follows after a comma
        // (`Avon and Somerset Police, Sarah Crew,`).
        let joined = |c: usize, by: &[&str]| {
            (o..c).all(|k| tags[k].tag != Tag::Comma)
                && child(arcs, c, |k| {
                    arcs[k].rel == DepRel::Cc && by.contains(&words[k])
                })
                .is_some()
        };
        let after_a_comma = conjuncts_of(o)
            .iter()
            .any(|&c| (o..c).any(|k| tags[k].tag == Tag::Comma));
        let own = |c: usize| {
            joined(c, &["&"]) || after_a_comma && tags[c].tag.is_proper() && joined(c, &["and"])
        };
        let (inner, outer): (Vec<usize>, Vec<usize>) =
            conjuncts_of(o).into_iter().partition(|&c| own(c));
        let (x, conjuncts) = match outer {
            c if !c.is_empty() => (o, c),
            _ => (t, conjuncts_of(t)),
        };
        let Some(&first) = conjuncts.first() else {
            continue;
        };
        // `Kent County Council, Roger Gough,`: the name's later words may
        // hang from the noun the first was coordinated with.
        let mut conjuncts = conjuncts;
        let mut k = conjuncts[conjuncts.len() - 1] + 1;
        while k < n && tags[k].tag.is_proper() && head(arcs, k) == Some(x) {
            conjuncts.push(k);
            k += 1;
        }
        // No coordinator in the conjuncts' phrases or on the noun (`Sears,
        // Roebuck and Co`, `A, B, and C`), but for the name's own `&`.
        let coordinated = (0..n).any(|k| {
            arcs[k].rel == DepRel::Cc
                && !inner.iter().any(|&c| head(arcs, k) == Some(c))
                && (head(arcs, k) == Some(x) || conjuncts.iter().any(|&c| dominated_by(arcs, k, c)))
        });
        // The conjuncts: proper nouns in one run right after a comma.
        let run = conjuncts.iter().enumerate().all(|(i, &c)| {
            tags[c].tag.is_proper()
                && (i == 0
                    || (conjuncts[i - 1] + 1..c).all(|k| dominated_by(arcs, k, conjuncts[i - 1])))
        });
        let after_comma = comma_before(tags, arcs, first).is_some();
        // The name ends at punctuation or the verb.
        let last = *conjuncts.last().unwrap_or(&first);
        let end = (last..n)
            .take_while(|&k| tags[k].tag != Tag::Comma && dominated_by(arcs, k, last))
            .last()
            .unwrap_or(last);
        // Not a list's comma before its last item (`of A, B, and C`).
        let list_goes_on = tags.get(end + 1).is_some_and(|t| t.tag == Tag::Comma)
            && words
                .get(end + 2)
                .is_some_and(|w| w.eq_ignore_ascii_case("and") || w.eq_ignore_ascii_case("or"));
        let closed = !list_goes_on
            && tags
                .get(end + 1)
                .is_none_or(|t| t.tag.is_punct() || t.tag.is_verb() || t.tag == Tag::MD);
        if !of || coordinated || !run || !after_comma || !closed {
            continue;
        }
        arcs[first].head = t as u32 + 1;
        arcs[first].rel = DepRel::Appos;
        for &c in &conjuncts[1..] {
            arcs[c].head = first as u32 + 1;
            arcs[c].rel = DepRel::Flat;
        }
    }
}

/// `The Shell chairman, Philip Watts, resigned`: a verb's second subject, a
/// proper noun whose phrase opens right after a comma that closes its first
/// subject, a common noun, is that noun's appositive. So is it when the noun
/// was read as an unmarked oblique of the verb (`Mr Blair's spokesman, Tom
/// Kelly, said`), which becomes the subject (not a time word: `Last week,
/// Tom Kelly said`).
fn second_subject(words: &[&str], tags: &[Tagged], arcs: &mut [Arc]) {
    let n = arcs.len();
    let subject = |r: DepRel| matches!(r, DepRel::Nsubj | DepRel::NsubjPass);
    for b in 2..n {
        if !subject(arcs[b].rel) || !tags[b].tag.is_proper() {
            continue;
        }
        let Some(v) = head(arcs, b) else { continue };
        let first = |k: usize| {
            subject(arcs[k].rel)
                || arcs[k].rel == DepRel::Obl
                    && !time_word(words[k])
                    && child(arcs, k, |c| arcs[c].rel == DepRel::Case).is_none()
        };
        let Some(a) = (0..b).rev().find(|&k| head(arcs, k) == Some(v) && first(k)) else {
            continue;
        };
        if !tags[a].tag.is_noun() || tags[a].tag.is_proper() {
            continue;
        }
        let Some(comma) = comma_before(tags, arcs, b) else {
            continue;
        };
        if !(a + 1..comma).all(|k| dominated_by(arcs, k, a)) {
            continue;
        }
        if arcs[a].rel == DepRel::Obl {
            arcs[a].rel = arcs[b].rel;
        }
        arcs[b].head = a as u32 + 1;
        arcs[b].rel = DepRel::Appos;
    }
}

/// `Leaders of France and Germany met in Berlin`: a verb's second subject, a
/// noun right after a coordinator that the parser hung on the verb, when the
/// first subject's phrase runs up to the coordinator, is a conjunct of the
/// noun that closes that phrase (of its list's first item when that noun is
/// itself a conjunct: `ministers from Britain, France and Germany`); the
/// coordinator is its own.
fn conjunct_read_as_subject(tags: &[Tagged], arcs: &mut [Arc]) {
    let subject = |r: DepRel| matches!(r, DepRel::Nsubj | DepRel::NsubjPass);
    for b in 2..arcs.len() {
        if !subject(arcs[b].rel) || !tags[b].tag.is_noun() {
            continue;
        }
        let Some(v) = head(arcs, b) else { continue };
        // The coordinator opens the second subject's phrase.
        let start = (0..b).find(|&k| dominated_by(arcs, k, b)).unwrap_or(b);
        let Some(cc) = start.checked_sub(1).filter(|&c| tags[c].tag == Tag::CC) else {
            continue;
        };
        if !matches!(head(arcs, cc), Some(h) if h == v || h == b) || cc == 0 {
            continue;
        }
        let Some(a) = (0..cc)
            .rev()
            .find(|&k| head(arcs, k) == Some(v) && subject(arcs[k].rel))
        else {
            continue;
        };
        // The first subject's words run up to the coordinator (a comma may
        // close them), ending on a noun.
        let last = if tags[cc - 1].tag == Tag::Comma {
            cc - 1
        } else {
            cc
        };
        let Some(x) = last
            .checked_sub(1)
            .filter(|&x| x >= a && tags[x].tag.is_noun())
        else {
            continue;
        };
        if !(a..last).all(|k| dominated_by(arcs, k, a)) {
            continue;
        }
        let target = match head(arcs, x) {
            Some(h) if arcs[x].rel == DepRel::Conj => h,
            _ => x,
        };
        arcs[b].head = target as u32 + 1;
        arcs[b].rel = DepRel::Conj;
        arcs[cc].head = b as u32 + 1;
        arcs[cc].rel = DepRel::Cc;
    }
}

/// `Jurors in Houston found Kenneth Lay guilty`, `Police in Leeds arrested
/// two men`: a verb's second subject with a preposition of its own, right
/// after its first subject, is the first subject's prepositional phrase (a
/// subject takes no preposition).
fn subject_with_preposition(arcs: &mut [Arc]) {
    let subject = |r: DepRel| matches!(r, DepRel::Nsubj | DepRel::NsubjPass);
    for b in 1..arcs.len() {
        if !subject(arcs[b].rel) {
            continue;
        }
        let Some(v) = head(arcs, b) else { continue };
        let Some(c) = child(arcs, b, |c| c < b && arcs[c].rel == DepRel::Case) else {
            continue;
        };
        let Some(a) = (0..c)
            .rev()
            .find(|&k| head(arcs, k) == Some(v) && subject(arcs[k].rel))
        else {
            continue;
        };
        if (a + 1..c).all(|k| dominated_by(arcs, k, a)) && (c..b).all(|k| dominated_by(arcs, k, b))
        {
            arcs[b].head = a as u32 + 1;
            arcs[b].rel = DepRel::Nmod;
        }
    }
}

/// A month, weekday or time noun (`week`, `year`), which a verb takes as an
/// unmarked oblique.
fn time_word(word: &str) -> bool {
    lexicon::calendar(word)
        || crate::vocab::function_words::TIME_WORDS.contains(&word.to_lowercase().as_str())
}

/// `Barclays has bought Absa, South Africa's biggest bank`, `was paid by
/// Cotecna, a Swiss firm`: a common noun (no time word) hung on a verb as an
/// oblique with no preposition or as a parataxis, whose phrase opens right
/// after a comma that closes the verb's proper-noun object or oblique, is
/// that noun's appositive.
fn object_appositive(words: &[&str], tags: &[Tagged], arcs: &mut [Arc]) {
    let n = arcs.len();
    for c in 1..n {
        if !matches!(arcs[c].rel, DepRel::Obl | DepRel::Parataxis)
            || !matches!(tags[c].tag, Tag::NN | Tag::NNS)
            || time_word(words[c])
        {
            continue;
        }
        let Some(v) = head(arcs, c) else { continue };
        let marked = child(arcs, c, |k| arcs[k].rel == DepRel::Case).is_some();
        if marked || !tags[v].tag.is_verb() {
            continue;
        }
        let Some(comma) = comma_before(tags, arcs, c).filter(|&k| k > 0) else {
            continue;
        };
        // The object's phrase ends at the comma.
        let Some(o) = (0..comma).rev().find(|&k| head(arcs, k) == Some(v)) else {
            continue;
        };
        let ends = (o + 1..comma).all(|k| dominated_by(arcs, k, o));
        let argument = matches!(arcs[o].rel, DepRel::Obj | DepRel::Obl | DepRel::OblAgent);
        if !argument || !tags[o].tag.is_proper() || !ends {
            continue;
        }
        arcs[c].head = o as u32 + 1;
        arcs[c].rel = DepRel::Appos;
    }
}

/// `Arsenal's Thierry Henry was named`, `Coldplay's Chris Martin has
/// married`, `Sony's PlayStation 2 outsold`: a word whose `'s` closes it, hung on a verb (as a subject or a
/// possessor), possesses the noun phrase that opens right after the `'s`
/// when that phrase's head is a subject of the same verb.
fn possessor_on_verb(tags: &[Tagged], arcs: &mut [Arc]) {
    let n = arcs.len();
    for p in 0..n.saturating_sub(2) {
        let s = p + 1;
        if tags[s].tag != Tag::POS || head(arcs, s) != Some(p) || !tags[p].tag.is_noun() {
            continue;
        }
        let Some(v) = head(arcs, p) else { continue };
        if !tags[v].tag.is_verb()
            || !matches!(
                arcs[p].rel,
                DepRel::NmodPoss | DepRel::Nsubj | DepRel::NsubjPass
            )
        {
            continue;
        }
        // The phrase after the `'s`: climb from its first word to the verb.
        let mut x = s + 1;
        for _ in 0..n {
            match head(arcs, x) {
                Some(h) if h != v && h > s && h < v => x = h,
                _ => break,
            }
        }
        // (A name's number may head it: `Sony's PlayStation 2 outsold`.)
        let numbered = tags[x].tag == Tag::CD && x > s + 1 && tags[x - 1].tag.is_proper();
        if head(arcs, x) != Some(v)
            || !matches!(arcs[x].rel, DepRel::Nsubj | DepRel::NsubjPass)
            || !(tags[x].tag.is_noun() || numbered)
        {
            continue;
        }
        arcs[p].head = x as u32 + 1;
        arcs[p].rel = DepRel::NmodPoss;
    }
}

/// `President Bush's aide Karl Rove`: a possessor hung on a name whose
/// title, a common noun, opens right after the `'s` (past its own modifiers:
/// `Bush's former aide`) possesses the title.
fn possessor_on_title(tags: &[Tagged], arcs: &mut [Arc]) {
    let n = arcs.len();
    for p in 0..n.saturating_sub(3) {
        let s = p + 1;
        if tags[s].tag != Tag::POS || head(arcs, s) != Some(p) || arcs[p].rel != DepRel::NmodPoss {
            continue;
        }
        let Some(h) = head(arcs, p).filter(|&h| h > s && tags[h].tag.is_proper()) else {
            continue;
        };
        let title = (s + 1..h).find(|&k| {
            matches!(tags[k].tag, Tag::NN | Tag::NNS)
                && head(arcs, k) == Some(h)
                && matches!(arcs[k].rel, DepRel::Compound | DepRel::NmodDesc)
        });
        let Some(k) = title else { continue };
        if (s + 1..k).all(|j| head(arcs, j) == Some(k)) {
            arcs[p].head = k as u32 + 1;
        }
    }
}

/// `Sainsbury's boss Justin King has promised`, `its takeover of rival
/// software firm PeopleSoft`, `bought US rival Reebok`: a lower-case title,
/// noun describing organisations or relational noun (`rival`, `partner`),
/// directly before a proper noun, both hanging from one word as
/// subjects or objects, or both as its prepositional phrases (the
/// preposition on the noun), or the name the noun's appositive, or the noun a
/// prepositional phrase of a subject and the name a second subject of its verb
/// (`Shares in Japanese carmaker Nissan fell`), modifies the
/// name, which takes the preposition (and the noun's place in the tree). A
/// kinship noun and a name both one word's subjects or objects keep the noun
/// as the head, the name its appositive (`Paul McCartney's daughter Stella
/// McCartney is a designer`).
fn title_beside_name(words: &[&str], tags: &[Tagged], arcs: &mut [Arc]) {
    let argument = |r: DepRel| {
        matches!(
            r,
            DepRel::Nsubj | DepRel::NsubjPass | DepRel::Obj | DepRel::Iobj
        )
    };
    let n = arcs.len();
    for k in 0..n.saturating_sub(1) {
        let j = proper_phrase_head(tags, arcs, k + 1);
        if !tags[k].tag.is_noun()
            || tags[k].tag.is_proper()
            || !tags[j].tag.is_proper()
            || !words[k + 1].starts_with(char::is_uppercase)
        {
            continue;
        }
        // `Sainsbury's boss Justin King has promised`: the name read as the
        // appositive of the noun right before it, with no comma between.
        // (The noun an argument or a prepositional phrase: a list item, `the
        // work's author, British playwright Helen Archer`, is left to the
        // appositive readings of lists.)
        // (Or its unmarked prepositional phrase: `Asda's parent company
        // Wal-Mart said`.)
        let noun_then_appositive = arcs[j].head as usize == k + 1
            && (arcs[j].rel == DepRel::Appos
                || arcs[j].rel == DepRel::Nmod
                    && child(arcs, j, |c| arcs[c].rel == DepRel::Case).is_none())
            && (argument(arcs[k].rel) || matches!(arcs[k].rel, DepRel::Nmod | DepRel::Obl));
        // `Shares in Japanese carmaker Nissan fell`: the noun a
        // prepositional phrase of the verb's subject, the name a second
        // subject of that verb.
        let phrase_then_subject = arcs[k].rel == DepRel::Nmod
            && arcs[j].rel == DepRel::Nsubj
            && head(arcs, k).is_some_and(|x| {
                x < k && arcs[x].rel == DepRel::Nsubj && arcs[x].head == arcs[j].head
            });
        if !noun_then_appositive && !phrase_then_subject && arcs[k].head != arcs[j].head {
            continue;
        }
        let case_of = |h: usize, arcs: &[Arc]| child(arcs, h, |c| arcs[c].rel == DepRel::Case);
        let both_arguments = argument(arcs[k].rel) && argument(arcs[j].rel);
        let both_phrases = arcs[k].rel == arcs[j].rel
            && matches!(arcs[k].rel, DepRel::Nmod | DepRel::Obl)
            && case_of(j, arcs).is_none();
        // `bought the US firm PaineWebber`: the name read as an unmarked
        // oblique or a clause of the verb whose object the noun is (no
        // amount: `raise 100 mln U.S. Dlrs`).
        let object_then_name = arcs[k].rel == DepRel::Obj
            && matches!(arcs[j].rel, DepRel::Obl | DepRel::Xcomp)
            && case_of(j, arcs).is_none()
            && child(arcs, k, |c| arcs[c].rel == DepRel::Nummod).is_none();
        // `was bought by software firm Roxio`: the noun read as the
        // prepositional phrase, the name as the verb's object.
        let phrase_then_object = matches!(arcs[k].rel, DepRel::Obl | DepRel::OblAgent)
            && arcs[j].rel == DepRel::Obj
            && case_of(k, arcs).is_some()
            && case_of(j, arcs).is_none();
        // `Tony Blair and his wife Cherie Blair`: a kinship noun and the name
        // both conjuncts of one word, the name with no `and` of its own.
        let both_conjuncts = arcs[k].rel == DepRel::Conj
            && arcs[j].rel == DepRel::Conj
            && child(arcs, j, |c| arcs[c].rel == DepRel::Cc).is_none();
        if !noun_then_appositive
            && !both_arguments
            && !both_phrases
            && !object_then_name
            && !phrase_then_object
            && !both_conjuncts
            && !phrase_then_subject
        {
            continue;
        }
        let lower = words[k].to_lowercase();
        let kin = lexicon::kinship(&lemma(words[k], tags[k].tag)).is_some();
        // `Paul McCartney's daughter Stella McCartney is a designer`: a
        // kinship noun and the name both subjects of the predicate; the name
        // is the noun's appositive, as without the copula.
        if kin && both_arguments && arcs[k].rel == arcs[j].rel {
            arcs[j].head = k as u32 + 1;
            arcs[j].rel = DepRel::Appos;
            continue;
        }
        let describes = if both_conjuncts {
            kin
        } else {
            let noun = lemma(words[k], tags[k].tag);
            lexicon::title(&lower).is_some()
                || crate::vocab::description_kind(&noun)
                    == Some(crate::vocab::EntityKind::Organization)
                || lexicon::relational_noun(&noun).is_some()
        };
        if !describes {
            continue;
        }
        if both_conjuncts {
            while let Some(c) = child(arcs, k, |c| arcs[c].rel == DepRel::Cc) {
                arcs[c].head = j as u32 + 1;
            }
        }
        if noun_then_appositive || phrase_then_subject {
            arcs[j].head = arcs[k].head;
            arcs[j].rel = arcs[k].rel;
        }
        if object_then_name {
            arcs[j].rel = DepRel::Obj;
        }
        if phrase_then_object {
            arcs[j].rel = arcs[k].rel;
        }
        if both_phrases || phrase_then_object || noun_then_appositive || phrase_then_subject {
            while let Some(c) = case_of(k, arcs) {
                arcs[c].head = j as u32 + 1;
            }
        }
        arcs[k].head = j as u32 + 1;
        arcs[k].rel = DepRel::Compound;
    }
}

/// The head of the phrase of proper nouns that opens at word `i` (`Sybari
/// Software` → `Software`): climb while the head is a proper noun after `i`
/// with only proper nouns (and the hyphens of `Wal-Mart`) between.
fn proper_phrase_head(tags: &[Tagged], arcs: &[Arc], i: usize) -> usize {
    let mut j = i;
    while let Some(h) = head(arcs, j).filter(|&h| {
        h > j
            && tags[h].tag.is_proper()
            && (i..h).all(|w| tags[w].tag.is_proper() || tags[w].tag == Tag::HYPH)
    }) {
        j = h;
    }
    j
}

/// `Mark Thompson, 47, was named director general`, `David Beckham, 29, has
/// joined Real Madrid`: a verb with an auxiliary and no subject, hung as a
/// clause on the noun before it whose phrase a comma closes right before the
/// verb's phrase, is the sentence's predicate and the noun its subject (not
/// a clause with a subordinator of its own: `Smith, 47, when asked, said`).
/// So is a verb without an auxiliary when the noun is the sentence's root
/// (`Michael Howard, the Conservative leader, attacked …`), whether the
/// parser hung it as a clause, a parataxis or a conjunct with no coordinator
/// (`Kim Jong-il, the North Korean leader, met …`); a verb hung on an
/// appositive takes the name the appositive describes (`Yukos, the Russian
/// oil giant, filed …`).
fn predicate_after_apposition(tags: &[Tagged], arcs: &mut [Arc]) {
    let n = arcs.len();
    for v in 1..n {
        // A parataxis or a conjunct (with no coordinator: `Smith, 47, and
        // Jones said`) only on a noun with an appositive and no copula (not
        // `X is part of Y, also headquartered in Z`).
        let loose = match arcs[v].rel {
            DepRel::Advcl | DepRel::Acl | DepRel::List => false,
            DepRel::Parataxis => true,
            DepRel::Conj if child(arcs, v, |c| arcs[c].rel == DepRel::Cc).is_none() => true,
            _ => continue,
        };
        if !tags[v].tag.is_verb() {
            continue;
        }
        let Some(mut p) = head(arcs, v).filter(|&p| p < v && tags[p].tag.is_noun()) else {
            continue;
        };
        if loose
            && (child(arcs, p, |c| arcs[c].rel == DepRel::Appos).is_none()
                || child(arcs, p, |c| arcs[c].rel == DepRel::Cop).is_some())
        {
            continue;
        }
        let auxiliary = child(arcs, v, |c| {
            c < v && matches!(arcs[c].rel, DepRel::Aux | DepRel::AuxPass) && tags[c].tag != Tag::TO
        });
        let marked = child(arcs, v, |c| arcs[c].rel == DepRel::Mark).is_some();
        if marked || has_subject(arcs, v) {
            continue;
        }
        if comma_before(tags, arcs, v)
            .is_none_or(|comma| !(p..comma).all(|k| dominated_by(arcs, k, p)))
        {
            continue;
        }
        // `Yukos, the Russian oil giant, filed for bankruptcy`: the verb hung
        // on the appositive; the name it describes is the subject.
        if arcs[p].rel == DepRel::Appos {
            p = head(arcs, p).unwrap_or(p);
        }
        // Without an auxiliary only a sentence with no other predicate: `the
        // company, founded in 1990, said` keeps its clause.
        if auxiliary.is_none() && (arcs[p].head != 0 || tags[v].tag == Tag::VBG) {
            continue;
        }
        let passive = child(arcs, v, |c| arcs[c].rel == DepRel::AuxPass).is_some();
        arcs[v].head = arcs[p].head;
        arcs[v].rel = arcs[p].rel;
        arcs[p].head = v as u32 + 1;
        arcs[p].rel = if passive {
            DepRel::NsubjPass
        } else {
            DepRel::Nsubj
        };
    }
}

/// `Santander, Spain's biggest bank, completed its takeover`: a past
/// participle with a passive subject but no auxiliary and with a direct
/// object is an active past tense (a passive needs `be` or `get`), its
/// subject an active one.
fn active_participle(tags: &[Tagged], arcs: &mut [Arc]) {
    for (v, t) in tags.iter().enumerate().take(arcs.len()) {
        if t.tag != Tag::VBN
            || child(arcs, v, |c| {
                matches!(arcs[c].rel, DepRel::Aux | DepRel::AuxPass)
            })
            .is_some()
            || child(arcs, v, |c| arcs[c].rel == DepRel::Obj).is_none()
        {
            continue;
        }
        while let Some(c) = child(arcs, v, |c| arcs[c].rel == DepRel::NsubjPass) {
            arcs[c].rel = DepRel::Nsubj;
        }
    }
}

/// The comma right before the phrase headed by `k` (a comma the parser hung
/// inside the phrase counts), if there is one.
fn comma_before(tags: &[Tagged], arcs: &[Arc], k: usize) -> Option<usize> {
    let start = (0..=k)
        .find(|&j| tags[j].tag != Tag::Comma && dominated_by(arcs, j, k))
        .unwrap_or(k);
    let comma = start.checked_sub(1)?;
    (tags[comma].tag == Tag::Comma).then_some(comma)
}

fn dominated_by(arcs: &[Arc], mut k: usize, top: usize) -> bool {
    for _ in 0..arcs.len() {
        if k == top {
            return true;
        }
        match head(arcs, k) {
            Some(h) => k = h,
            None => return false,
        }
    }
    false
}

fn is_aux_of(arcs: &[Arc], tags: &[Tagged], k: usize, v: usize) -> bool {
    head(arcs, k) == Some(v)
        && (matches!(arcs[k].rel, DepRel::Aux | DepRel::AuxPass | DepRel::Advmod)
            || tags[k].tag == Tag::MD)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::Tagger;

    /// (sentence, arcs as `head:rel`, the word whose arc is checked (1-based),
    /// the arc it must have after repair).
    #[test]
    fn repairs() {
        let rows: &[(&str, &str, usize, &str)] = &[
            (
                // A `'s` hung on the name before the comma belongs to the
                // proper noun right before it; the name takes the
                // possessed noun's place.
                "Vladimir Putin , Russia 's prime minister , met Angela Merkel in Berlin .",
                "7:nmod:poss 1:flat 4:punct 1:nmod:unmarked 1:case 7:amod 9:nsubj 7:punct 0:root 9:obj 10:flat 13:case 10:nmod 9:punct",
                1,
                "9:nsubj",
            ),
            (
                "Vladimir Putin , Russia 's prime minister , met Angela Merkel in Berlin .",
                "7:nmod:poss 1:flat 4:punct 1:nmod:unmarked 1:case 7:amod 9:nsubj 7:punct 0:root 9:obj 10:flat 13:case 10:nmod 9:punct",
                4,
                "7:nmod:poss",
            ),
            (
                // A determined noun phrase between commas read as a name's
                // only conjunct is its appositive.
                "Sir Ian Blair , the Metropolitan Police Commissioner , said the attack was planned .",
                "2:nmod:desc 10:nsubj 2:flat 8:punct 8:det 7:compound 8:compound 2:conj 2:punct 0:root 12:det 14:nsubj:pass 14:aux:pass 10:ccomp 10:punct",
                8,
                "2:appos",
            ),
            (
                // So is a possessed noun phrase read as a parataxis.
                "Thomas Mesereau , Michael Jackson 's lawyer , said the verdict was fair .",
                "0:root 1:flat 4:punct 7:nmod:poss 4:flat 4:case 1:parataxis 1:punct 1:parataxis 11:det 13:nsubj 13:cop 9:ccomp 9:punct",
                7,
                "1:appos",
            ),
            (
                // Not an item of a longer list.
                "Britain , the US , France and Germany agreed .",
                "9:nsubj 3:punct 4:det 1:conj 6:punct 1:conj 8:cc 1:conj 0:root 9:punct",
                4,
                "1:conj",
            ),
            (
                // A possessor hung on a name possesses its title.
                "President Bush 's aide Karl Rove wrote a book .",
                "2:nmod:desc 5:nmod:poss 2:case 5:compound 7:nsubj 5:flat 0:root 9:det 7:obj 7:punct",
                2,
                "4:nmod:poss",
            ),
            (
                // A kinship noun and a name both subjects of a predicate
                // noun: the name is the kinship noun's appositive.
                "Paul McCartney 's daughter Stella McCartney is a fashion designer .",
                "4:nmod:poss 1:flat 1:case 10:nsubj 10:nsubj 5:flat 10:cop 10:det 10:compound 0:root 10:punct",
                5,
                "4:appos",
            ),
            (
                // A second subject with a preposition is the first's phrase.
                "Jurors in Houston found Kenneth Lay guilty of fraud .",
                "4:nsubj 3:case 4:nsubj 0:root 7:compound 5:flat 4:obj 9:case 7:nmod 4:punct",
                3,
                "1:nmod",
            ),
            (
                // A named place hung on a verb's term is the verb's.
                "Peter Sutcliffe was jailed for life at the Old Bailey .",
                "4:nsubj:pass 1:flat 4:aux:pass 0:root 6:case 4:obl 10:case 10:det 10:amod 6:nmod 4:punct",
                10,
                "4:obl",
            ),
            (
                // Not a common noun (`years in prison`).
                "John Smith was sentenced to six years in prison .",
                "4:nsubj:pass 1:flat 4:aux:pass 0:root 7:case 7:nummod 4:obl 9:case 7:nmod 4:punct",
                9,
                "7:nmod",
            ),
            (
                // Not a noun that is no span of time.
                "Smith spoke to the head of sales at Barclays .",
                "2:nsubj 0:root 5:case 5:det 2:obl 7:case 5:nmod 9:case 5:nmod 2:punct",
                9,
                "5:nmod",
            ),
            (
                // A name hung on a currency sign the verb's object is its
                // indirect object.
                "The Financial Services Authority fined Citigroup £ 14m for its bond trading .",
                "4:det 3:compound 4:compound 5:nsubj 0:root 7:compound 5:obj 7:obj 12:case 12:nmod:poss 12:compound 7:obl 5:punct",
                6,
                "5:iobj",
            ),
            (
                // A class noun in the subject's phrase, the name a second
                // subject: the name takes the phrase.
                "Shares in Japanese carmaker Nissan fell 3 % in Tokyo .",
                "6:nsubj 4:case 4:amod 1:nmod 6:nsubj 0:root 8:nummod 6:obj 10:case 6:obl 6:punct",
                5,
                "1:nmod",
            ),
            (
                "Shares in Japanese carmaker Nissan fell 3 % in Tokyo .",
                "6:nsubj 4:case 4:amod 1:nmod 6:nsubj 0:root 8:nummod 6:obj 10:case 6:obl 6:punct",
                4,
                "5:compound",
            ),
            (
                // An appointee read as a second subject is the object.
                "President Bush named Paul Wolfowitz as head of the World Bank .",
                "2:nmod:desc 3:nsubj 0:root 3:nsubj 4:flat 7:case 3:obl 11:case 11:det 11:compound 7:nmod 3:punct",
                4,
                "3:obj",
            ),
            (
                // An appointee read as compounds of the post is the object,
                // the post its appositive.
                "Vodafone named Arun Sarin chairman of its Indian unit .",
                "2:nsubj 0:root 4:compound 5:compound 2:obj 9:case 9:nmod:poss 9:amod 5:nmod 2:punct",
                4,
                "2:obj",
            ),
            (
                "Vodafone named Arun Sarin chairman of its Indian unit .",
                "2:nsubj 0:root 4:compound 5:compound 2:obj 9:case 9:nmod:poss 9:amod 5:nmod 2:punct",
                5,
                "4:appos",
            ),
            (
                // One proper noun before the post is no appointee.
                "The party elected Labour chairman .",
                "2:det 3:nsubj 0:root 5:compound 3:obj 3:punct",
                4,
                "5:compound",
            ),
            (
                // A verb hung on the name made the root is the root.
                "Johnson & Johnson agreed to buy Guidant .",
                "0:root 3:cc 1:conj 1:list 6:mark 4:xcomp 6:obj 1:punct",
                4,
                "0:root",
            ),
            (
                "Johnson & Johnson agreed to buy Guidant .",
                "0:root 3:cc 1:conj 1:list 6:mark 4:xcomp 6:obj 1:punct",
                1,
                "4:nsubj",
            ),
            (
                // A participle on an appositive is no predicate.
                "Warner Music , the record company owned by Edgar Bronfman , is planning a flotation .",
                "2:compound 7:nsubj 6:punct 6:det 6:compound 7:nsubj 0:root 9:case 7:obl 9:flat 13:punct 13:aux 7:advcl 15:det 13:obj 7:punct",
                13,
                "0:root",
            ),
            (
                "Warner Music , the record company owned by Edgar Bronfman , is planning a flotation .",
                "2:compound 7:nsubj 6:punct 6:det 6:compound 7:nsubj 0:root 9:case 7:obl 9:flat 13:punct 13:aux 7:advcl 15:det 13:obj 7:punct",
                7,
                "6:acl",
            ),
            (
                "Warner Music , the record company owned by Edgar Bronfman , is planning a flotation .",
                "2:compound 7:nsubj 6:punct 6:det 6:compound 7:nsubj 0:root 9:case 7:obl 9:flat 13:punct 13:aux 7:advcl 15:det 13:obj 7:punct",
                2,
                "13:nsubj",
            ),
            (
                "Warner Music , the record company owned by Edgar Bronfman , is planning a flotation .",
                "2:compound 7:nsubj 6:punct 6:det 6:compound 7:nsubj 0:root 9:case 7:obl 9:flat 13:punct 13:aux 7:advcl 15:det 13:obj 7:punct",
                6,
                "2:appos",
            ),
            (
                "Yahoo has bought Flickr , a photo - sharing website based in Vancouver .",
                "3:nsubj 3:aux 0:root 3:obj 10:punct 10:det 9:compound 7:punct 10:compound 11:nsubj 3:conj 13:case 11:obl 3:punct",
                11,
                "10:acl",
            ),
            (
                "Yahoo has bought Flickr , a photo - sharing website based in Vancouver .",
                "3:nsubj 3:aux 0:root 3:obj 10:punct 10:det 9:compound 7:punct 10:compound 11:nsubj 3:conj 13:case 11:obl 3:punct",
                10,
                "4:appos",
            ),
            (
                // A class noun read as the agent, the name as the object.
                "Napster was bought by software firm Roxio in 2002 .",
                "3:nsubj:pass 3:aux:pass 0:root 6:case 6:compound 3:obl:agent 3:obj 9:case 3:obl 3:punct",
                7,
                "3:obl:agent",
            ),
            (
                "Napster was bought by software firm Roxio in 2002 .",
                "3:nsubj:pass 3:aux:pass 0:root 6:case 6:compound 3:obl:agent 3:obj 9:case 3:obl 3:punct",
                6,
                "7:compound",
            ),
            (
                "Napster was bought by software firm Roxio in 2002 .",
                "3:nsubj:pass 3:aux:pass 0:root 6:case 6:compound 3:obl:agent 3:obj 9:case 3:obl 3:punct",
                4,
                "7:case",
            ),
            (
                // A participle after an appositive, hung on the sentence's verb.
                "The game was made by Rockstar North , a studio based in Edinburgh .",
                "2:det 4:nsubj:pass 4:aux:pass 0:root 6:case 4:obl:agent 6:flat 10:punct 10:det 6:appos 4:advcl 13:case 11:obl 4:punct",
                11,
                "10:acl",
            ),
            (
                // ... and the name made the root, the predicate its conjunct.
                "Rockstar North , a studio based in Edinburgh , made the game .",
                "0:root 1:flat 5:punct 5:det 1:appos 10:advcl 8:case 6:obl 6:punct 1:conj 12:det 10:obj 1:punct",
                6,
                "5:acl",
            ),
            (
                "Rockstar North , a studio based in Edinburgh , made the game .",
                "0:root 1:flat 5:punct 5:det 1:appos 10:advcl 8:case 6:obl 6:punct 1:conj 12:det 10:obj 1:punct",
                10,
                "0:root",
            ),
            (
                "Rockstar North , a studio based in Edinburgh , made the game .",
                "0:root 1:flat 5:punct 5:det 1:appos 10:advcl 8:case 6:obl 6:punct 1:conj 12:det 10:obj 1:punct",
                1,
                "10:nsubj",
            ),
            (
                // A verb of saying after a comma is a real clause.
                "Flickr , the company said in a statement , grew .",
                "10:nsubj 5:punct 4:det 5:nsubj 10:parataxis 8:case 8:det 5:obl 5:punct 0:root 10:punct",
                5,
                "10:parataxis",
            ),
            (
                "In October 1989 the Court of Appeal quashed the sentences .",
                "2:case 8:obl 2:nmod:unmarked 5:det 2:appos 7:case 5:nmod 0:root 10:det 8:obj 8:punct",
                5,
                "8:nsubj",
            ),
            (
                "In March 2001 the High Court cleared the directors .",
                "2:case 7:obl 2:nmod:unmarked 6:det 6:amod 2:nmod:unmarked 0:root 9:det 7:obj 7:punct",
                6,
                "7:nsubj",
            ),
            (
                "Ushakov told TASS a meeting between Putin and Kim was under consideration .",
                "2:nsubj 0:root 2:iobj 5:det 2:obj 7:case 5:nmod 9:cc 7:conj 12:cop 12:case 2:ccomp 2:punct",
                5,
                "12:nsubj",
            ),
            (
                "The Commission fined Microsoft 497m euros .",
                "2:det 3:nsubj 0:root 6:nsubj 6:nummod 3:obj 3:punct",
                4,
                "3:iobj",
            ),
            (
                "The Commission has fined Intel 1.06bn euros .",
                "2:det 4:nsubj 4:aux 0:root 7:compound 7:nummod 4:obj 4:punct",
                5,
                "4:iobj",
            ),
            (
                "The Commission has fined Intel 1.06bn euros .",
                "2:det 4:nsubj 4:aux 0:root 6:compound 7:nummod 4:obj 4:punct",
                5,
                "4:iobj",
            ),
            (
                // The number the object, its noun an oblique of the verb.
                "The Commission has fined Microsoft 497m euros .",
                "2:det 4:nsubj 4:aux 0:root 6:nsubj 4:obj 4:obl 4:punct",
                5,
                "4:iobj",
            ),
            (
                "The Commission has fined Microsoft 497m euros .",
                "2:det 4:nsubj 4:aux 0:root 6:nsubj 4:obj 4:obl 4:punct",
                7,
                "4:obj",
            ),
            (
                "The Commission has fined Microsoft 497m euros .",
                "2:det 4:nsubj 4:aux 0:root 6:nsubj 4:obj 4:obl 4:punct",
                6,
                "7:nummod",
            ),
            (
                // A currency sign the object, the name its compound.
                "Regulators fined BP £ 20m for the leak .",
                "2:nsubj 0:root 4:compound 2:obj 4:nummod 8:case 8:det 4:nmod 2:punct",
                3,
                "2:iobj",
            ),
            (
                "Ofcom has fined the BBC £ 50,000 .",
                "3:nsubj 3:aux 0:root 6:det 6:compound 3:obj 6:nummod 3:punct",
                5,
                "3:iobj",
            ),
            (
                "Ofcom has fined the BBC £ 50,000 .",
                "3:nsubj 3:aux 0:root 6:det 6:compound 3:obj 6:nummod 3:punct",
                4,
                "5:det",
            ),
            (
                "The regulator fined Royal Dutch Shell £ 17m .",
                "2:det 3:nsubj 0:root 6:amod 6:compound 3:obj 3:obj 7:nummod 3:punct",
                6,
                "3:iobj",
            ),
            (
                // Two objects, the second no amount: left as they are.
                "They named Smith chairman .",
                "2:nsubj 0:root 2:obj 2:obj 2:punct",
                3,
                "2:obj",
            ),
            (
                "Paul Wolfowitz succeeded James Wolfensohn as president of the World Bank .",
                "3:nsubj 1:flat 0:root 3:obj 4:flat 7:case 4:nmod 11:case 11:det 11:compound 7:nmod 3:punct",
                7,
                "3:obl",
            ),
            (
                // Not for a verb that gives the object a post.
                "Acme named Jane Doe as head of sales .",
                "2:nsubj 0:root 2:obj 3:flat 6:case 3:nmod 8:case 6:nmod 2:punct",
                6,
                "3:nmod",
            ),
            (
                "The Prime Minister , Tony Blair , met President George W Bush at Camp David .",
                "3:det 3:amod 6:nmod:desc 3:punct 6:compound 8:nsubj 6:punct 0:root 10:nmod:desc 6:conj 10:flat 10:flat 15:case 15:compound 10:nmod 10:punct",
                10,
                "8:obj",
            ),
            (
                "The Prime Minister , Tony Blair , met President George W Bush at Camp David .",
                "3:det 3:amod 6:nmod:desc 3:punct 6:compound 8:nsubj 6:punct 0:root 10:nmod:desc 6:conj 10:flat 10:flat 15:case 15:compound 10:nmod 10:punct",
                16,
                "8:punct",
            ),
            (
                // A real coordination of the subject stays.
                "Blair and Brown met Bush .",
                "4:nsubj 3:cc 1:conj 0:root 4:obj 4:punct",
                3,
                "1:conj",
            ),
            (
                "Oscar - winning actress Nicole Kidman is to star in a film .",
                "4:compound 3:punct 4:amod 9:nsubj:outer 6:compound 4:flat 9:cop 9:mark 0:root 12:case 12:det 9:obl 9:punct",
                4,
                "9:nsubj",
            ),
            (
                // Not a clause predicate with no name in its subject.
                "The aim is to win the league .",
                "2:det 5:nsubj:outer 5:cop 5:mark 0:root 7:det 5:obj 5:punct",
                2,
                "5:nsubj:outer",
            ),
            (
                // A clause predicate keeps its outer subject.
                "The problem is that he left .",
                "2:det 3:nsubj:outer 0:root 6:mark 6:nsubj 3:ccomp 3:punct",
                2,
                "3:nsubj:outer",
            ),
            (
                // A number with its own preposition stays: `fell 5 % to ...`.
                "Shares in BP fell 5 per cent .",
                "4:nsubj 3:case 1:nmod 0:root 4:obj 7:case 4:obl 4:punct",
                5,
                "4:obj",
            ),
            (
                // No amount: a compound of the object stays.
                "They sold Intel shares .",
                "2:nsubj 0:root 4:compound 2:obj 2:punct",
                3,
                "4:compound",
            ),
            (
                "Ronaldo scored twice as Real Madrid beat Barcelona .",
                "2:nsubj 0:root 2:advmod 6:case 6:compound 2:obl 2:advcl 7:obj 2:punct",
                6,
                "7:nsubj",
            ),
            (
                "Ronaldo scored twice as Real Madrid beat Barcelona .",
                "2:nsubj 0:root 2:advmod 6:case 6:compound 2:obl 2:advcl 7:obj 2:punct",
                4,
                "7:mark",
            ),
            (
                // Inside the object: `as City` read as the noun's modifier.
                "Haaland scored a goal as City beat Ipswich .",
                "2:nsubj 0:root 4:det 2:obj 6:case 4:nmod 2:conj 7:obj 2:punct",
                6,
                "7:nsubj",
            ),
            (
                "Haaland scored a goal as City beat Ipswich .",
                "2:nsubj 0:root 4:det 2:obj 6:case 4:nmod 2:conj 7:obj 2:punct",
                7,
                "2:advcl",
            ),
            (
                "Henry scored twice as Arsenal beat Chelsea .",
                "2:nsubj 0:root 2:advmod 5:case 2:obl 2:xcomp 6:obj 2:punct",
                5,
                "6:nsubj",
            ),
            (
                "Roy Keane was sent off as Manchester United lost to Arsenal .",
                "4:nsubj:pass 1:flat 4:aux:pass 0:root 4:compound:prt 8:case 8:compound 4:obl 4:conj 11:case 9:obl 4:punct",
                8,
                "9:nsubj",
            ),
            (
                "Roy Keane was sent off as Manchester United lost to Arsenal .",
                "4:nsubj:pass 1:flat 4:aux:pass 0:root 4:compound:prt 8:case 8:compound 4:obl 4:conj 11:case 9:obl 4:punct",
                9,
                "4:advcl",
            ),
            // A coordinated verb keeps its subject-less reading.
            (
                "Keane ran as captain and scored .",
                "2:nsubj 0:root 4:case 2:obl 6:cc 2:conj 2:punct",
                6,
                "2:conj",
            ),
            (
                // A real prepositional phrase: the clause after it has a subject.
                "He left after the meeting as prices fell .",
                "2:nsubj 0:root 5:case 5:det 2:obl 8:mark 8:nsubj 2:advcl 2:punct",
                5,
                "2:obl",
            ),
            (
                "The boss of Tesco , Terry Leahy , said so .",
                "2:det 9:nsubj 4:case 2:nmod 6:punct 4:conj 4:conj 2:punct 0:root 9:advmod 9:punct",
                6,
                "2:appos",
            ),
            (
                "The boss of Tesco , Terry Leahy , said so .",
                "2:det 9:nsubj 4:case 2:nmod 6:punct 4:conj 4:conj 2:punct 0:root 9:advmod 9:punct",
                7,
                "6:flat",
            ),
            (
                // A diplomat's owner after `to`.
                "The US ambassador to the UN , John Bolton , criticised Iran .",
                "3:det 3:compound 11:nsubj 6:case 6:det 3:nmod 8:punct 6:conj 8:flat 3:punct 0:root 11:obj 11:punct",
                8,
                "3:appos",
            ),
            (
                // The organisation's own `&` is no coordinator.
                "The chairman of Marks & Spencer , Paul Myners , said so .",
                "2:det 11:nsubj 4:case 2:nmod 6:cc 4:conj 8:punct 4:conj 4:conj 2:punct 0:root 11:advmod 11:punct",
                8,
                "2:appos",
            ),
            (
                "The chairman of Marks & Spencer , Paul Myners , said so .",
                "2:det 11:nsubj 4:case 2:nmod 6:cc 4:conj 8:punct 4:conj 4:conj 2:punct 0:root 11:advmod 11:punct",
                6,
                "4:conj",
            ),
            (
                // A name's own `and` before the appositive's comma.
                "The chief constable of Avon and Somerset Police , Sarah Crew , apologised .",
                "3:det 3:amod 13:nsubj 5:case 3:nmod 7:cc 5:conj 7:flat 10:punct 5:conj 5:conj 13:punct 0:root 13:punct",
                10,
                "3:appos",
            ),
            (
                "The chief constable of Avon and Somerset Police , Sarah Crew , apologised .",
                "3:det 3:amod 13:nsubj 5:case 3:nmod 7:cc 5:conj 7:flat 10:punct 5:conj 5:conj 13:punct 0:root 13:punct",
                7,
                "5:conj",
            ),
            (
                // The name's last word hangs from the organisation.
                "The leader of Kent County Council , Roger Gough , warned so .",
                "2:det 11:nsubj 5:case 5:compound 2:nmod 5:flat 8:punct 5:conj 5:nmod:unmarked 2:punct 0:root 11:advmod 11:punct",
                9,
                "8:flat",
            ),
            (
                // A list's comma before its last item closes no appositive.
                "The managers of Acme Co , Beta Corp , and Gamma Inc said so .",
                "2:det 13:nsubj 4:case 2:nmod 4:flat 7:punct 4:conj 4:appos 12:punct 12:cc 12:compound 2:nmod 0:root 13:advmod 13:punct",
                7,
                "4:conj",
            ),
            (
                "The director of the Gallery , Charles Smith , spoke .",
                "2:det 9:nsubj 5:case 5:det 2:nmod 7:punct 2:conj 7:flat 2:punct 0:root 10:punct",
                7,
                "2:appos",
            ),
            (
                "A spokesman for Glazer , Tim Allan , declined .",
                "2:det 9:nsubj 4:case 2:nmod 6:punct 4:conj 4:conj 2:punct 0:root 9:punct",
                6,
                "2:appos",
            ),
            (
                "Kojo was paid by Cotecna , a Swiss firm .",
                "3:nsubj:pass 3:aux:pass 0:root 5:case 3:obl:agent 9:punct 9:det 9:amod 3:parataxis 3:punct",
                9,
                "5:appos",
            ),
            (
                "Tesco said its chief executive , Bob Stott , would retire .",
                "2:nsubj 0:root 5:nmod:poss 5:amod 2:obj 7:punct 2:ccomp 7:flat 11:punct 11:aux 2:ccomp 2:punct",
                5,
                "11:nsubj",
            ),
            (
                "Tesco said its chief executive , Bob Stott , would retire .",
                "2:nsubj 0:root 5:nmod:poss 5:amod 2:obj 7:punct 2:ccomp 7:flat 11:punct 11:aux 2:ccomp 2:punct",
                7,
                "5:appos",
            ),
            (
                "Mr Blair 's spokesman , Tom Kelly , said so .",
                "2:compound 4:nmod:poss 2:case 9:obl 4:punct 9:nsubj 6:flat 6:punct 0:root 9:advmod 9:punct",
                6,
                "4:appos",
            ),
            (
                "Mr Blair 's spokesman , Tom Kelly , said so .",
                "2:compound 4:nmod:poss 2:case 9:obl 4:punct 9:nsubj 6:flat 6:punct 0:root 9:advmod 9:punct",
                4,
                "9:nsubj",
            ),
            (
                "Last week , Tom Kelly said so .",
                "2:amod 6:obl 2:punct 6:nsubj 4:flat 0:root 6:advmod 6:punct",
                4,
                "6:nsubj",
            ),
            (
                "David Beckham , 29 , has joined Real Madrid .",
                "0:root 1:flat 4:punct 1:amod 1:punct 7:aux 1:advcl 9:amod 7:obj 7:punct",
                7,
                "0:root",
            ),
            (
                "David Beckham , 29 , has joined Real Madrid .",
                "0:root 1:flat 4:punct 1:amod 1:punct 7:aux 1:advcl 9:amod 7:obj 7:punct",
                1,
                "7:nsubj",
            ),
            (
                "Mark Thompson , 47 , was named director .",
                "0:root 1:flat 4:punct 1:amod 1:punct 7:aux:pass 1:advcl 7:xcomp 7:punct",
                1,
                "7:nsubj:pass",
            ),
            (
                "Yukos , the Russian oil giant , filed for bankruptcy .",
                "0:root 6:punct 6:det 6:amod 6:compound 1:appos 8:punct 6:acl 10:case 8:obl 1:punct",
                8,
                "0:root",
            ),
            (
                "Yukos , the Russian oil giant , filed for bankruptcy .",
                "0:root 6:punct 6:det 6:amod 6:compound 1:appos 8:punct 6:acl 10:case 8:obl 1:punct",
                1,
                "8:nsubj",
            ),
            (
                "Michael Howard , the Conservative leader , attacked the government .",
                "0:root 1:flat 6:punct 6:det 6:amod 1:appos 1:punct 1:list 10:det 8:obj 8:punct",
                1,
                "8:nsubj",
            ),
            (
                // A parataxis or a conjunct with no coordinator likewise.
                "Kim Jong - il , the North Korean leader , met Chinese President Hu Jintao .",
                "0:root 1:flat 4:punct 2:flat 9:punct 9:det 8:compound 9:compound 1:appos 1:punct 1:parataxis 13:amod 14:nmod:desc 11:obj 14:flat 11:punct",
                1,
                "11:nsubj",
            ),
            (
                "Michael Howard , the leader of the opposition Conservative party , criticised the plan .",
                "0:root 1:flat 5:punct 5:det 1:appos 8:case 8:det 5:nmod 10:amod 8:conj 1:punct 1:conj 14:det 12:obj 12:punct",
                1,
                "12:nsubj",
            ),
            (
                // A conjunct read as a second subject joins the first's list.
                "Foreign ministers from Britain , France and Germany met their Iranian counterpart .",
                "2:amod 9:nsubj 4:case 2:nmod 6:punct 4:conj 9:cc 9:nsubj 0:root 12:nmod:poss 12:amod 9:obj 9:punct",
                8,
                "4:conj",
            ),
            (
                "Foreign ministers from Britain , France and Germany met their Iranian counterpart .",
                "2:amod 9:nsubj 4:case 2:nmod 6:punct 4:conj 9:cc 9:nsubj 0:root 12:nmod:poss 12:amod 9:obj 9:punct",
                7,
                "8:cc",
            ),
            (
                "Leaders of France and Germany met in Berlin .",
                "6:nsubj 3:case 1:nmod 6:cc 6:nsubj 0:root 8:case 6:obl 6:punct",
                5,
                "3:conj",
            ),
            (
                // A predicate elsewhere: the reduced relative stays.
                "Yukos , the oil firm , founded in 1990 , said so .",
                "11:nsubj 5:punct 5:det 5:compound 1:appos 7:punct 5:acl 9:case 7:obl 11:punct 0:root 11:advmod 11:punct",
                7,
                "5:acl",
            ),
            (
                "The Shell chairman , Philip Watts , resigned .",
                "3:det 3:compound 8:nsubj 8:punct 8:nsubj 5:flat 5:punct 0:root 8:punct",
                5,
                "3:appos",
            ),
            (
                "Barclays bought Absa , South Africa 's biggest bank .",
                "2:nsubj 0:root 2:obj 9:punct 6:compound 9:nmod:poss 6:case 9:amod 2:obl 2:punct",
                9,
                "3:appos",
            ),
            (
                "HSBC bought Absa , South Africa 's biggest bank .",
                "2:nsubj 0:root 2:obj 9:punct 6:compound 9:nmod:poss 6:case 9:amod 2:parataxis 2:punct",
                9,
                "3:appos",
            ),
            (
                "Arsenal 's Thierry Henry was named player .",
                "6:nsubj:pass 1:case 6:nsubj:pass 3:flat 6:aux:pass 0:root 6:xcomp 6:punct",
                1,
                "3:nmod:poss",
            ),
            (
                "Coldplay 's Chris Martin has married .",
                "6:nmod:poss 1:case 6:nsubj 3:flat 6:aux 0:root 6:punct",
                1,
                "3:nmod:poss",
            ),
            (
                // A name's number heading the subject.
                "Sony 's PlayStation 2 outsold Microsoft 's Xbox .",
                "5:nsubj 1:case 4:nmod:unmarked 5:nsubj 0:root 8:nmod:poss 6:case 5:obj 5:punct",
                1,
                "4:nmod:poss",
            ),
            (
                // A time: the oblique stays.
                "Barclays bought Absa , last year .",
                "2:nsubj 0:root 2:obj 6:punct 6:amod 2:obl 2:punct",
                6,
                "2:obl",
            ),
            (
                // A list with its coordinator stays a list.
                "The leaders of France , Germany and Italy met .",
                "2:det 9:nsubj 4:case 2:nmod 6:punct 4:conj 8:cc 4:conj 0:root 9:punct",
                6,
                "4:conj",
            ),
            (
                // A copula makes the object a clause: its subject stays.
                "They made Kim is king .",
                "2:nsubj 0:root 5:nsubj 5:cop 2:obj 2:punct",
                3,
                "5:nsubj",
            ),
            (
                "Sainsbury 's boss Justin King has promised .",
                "3:nmod:poss 1:case 7:nsubj:pass 7:nsubj 4:flat 7:aux 0:root 7:punct",
                3,
                "4:compound",
            ),
            (
                // The name read as the title's appositive.
                "Sainsbury 's boss Justin King has promised .",
                "3:nmod:poss 1:case 7:nsubj 5:compound 3:appos 7:aux 0:root 7:punct",
                5,
                "7:nsubj",
            ),
            (
                "Sainsbury 's boss Justin King has promised .",
                "3:nmod:poss 1:case 7:nsubj 5:compound 3:appos 7:aux 0:root 7:punct",
                3,
                "5:compound",
            ),
            (
                // A kinship noun and the name both conjuncts.
                "Tony Blair and his wife Cherie Blair attended .",
                "2:compound 8:nsubj 5:cc 5:nmod:poss 2:conj 7:compound 2:conj 0:root 8:punct",
                5,
                "7:compound",
            ),
            (
                "Tony Blair and his wife Cherie Blair attended .",
                "2:compound 8:nsubj 5:cc 5:nmod:poss 2:conj 7:compound 2:conj 0:root 8:punct",
                3,
                "7:cc",
            ),
            (
                "Tony Blair and his wife Cherie Blair attended .",
                "2:compound 8:nsubj 5:cc 5:nmod:poss 2:conj 7:compound 2:conj 0:root 8:punct",
                7,
                "2:conj",
            ),
            (
                // Not a title: the appositive stays.
                "His brother Tom King has promised .",
                "2:nmod:poss 6:nsubj 4:compound 2:appos 6:aux 0:root 6:punct",
                4,
                "2:appos",
            ),
            (
                "its takeover of rival software firm PeopleSoft .",
                "2:nmod:poss 0:root 6:case 6:compound 6:compound 2:nmod 2:nmod 2:punct",
                6,
                "7:compound",
            ),
            (
                "its takeover of rival software firm PeopleSoft .",
                "2:nmod:poss 0:root 6:case 6:compound 6:compound 2:nmod 2:nmod 2:punct",
                3,
                "7:case",
            ),
            (
                // A finite verb read as a relative clause of the root name,
                // the name's first word a compound, is the root.
                "Julia Marie Bravo stepped down as chief executive of Burberry .",
                "2:compound 0:root 2:flat 2:advcl:relcl 4:compound:prt 8:case 8:amod 4:obl 10:case 8:nmod 4:punct",
                4,
                "0:root",
            ),
            (
                "Julia Marie Bravo stepped down as chief executive of Burberry .",
                "2:compound 0:root 2:flat 2:advcl:relcl 4:compound:prt 8:case 8:amod 4:obl 10:case 8:nmod 4:punct",
                2,
                "4:nsubj",
            ),
            (
                // A name hung on the noun right before it as an unmarked
                // prepositional phrase takes the noun's place.
                "Asda 's parent company Wal - Mart said sales were strong .",
                "4:nmod:poss 1:case 4:compound 8:nsubj 7:compound 5:punct 4:nmod 0:root 11:nsubj 11:cop 8:ccomp 8:punct",
                7,
                "8:nsubj",
            ),
            (
                // A relational noun before a name, both objects of the verb.
                "Nestle bought Japanese rival Nissin .",
                "2:nsubj 0:root 4:amod 2:obj 2:obj 2:punct",
                4,
                "5:compound",
            ),
            (
                "Alcatel agreed to buy the US firm Lucent .",
                "2:nsubj 0:root 4:mark 2:xcomp 7:det 7:compound 4:obj 4:obl 2:punct",
                7,
                "8:compound",
            ),
            (
                "UBS has bought the US investment firm PaineWebber .",
                "3:nsubj 3:aux 0:root 7:det 7:compound 7:compound 3:obj 3:xcomp 3:punct",
                8,
                "3:obj",
            ),
            (
                "Microsoft bought the anti-virus firm Sybari Software .",
                "2:nsubj 0:root 5:det 5:amod 2:obj 7:compound 2:obl 2:punct",
                5,
                "7:compound",
            ),
            (
                "Santander , Spain 's biggest bank , completed its takeover .",
                "8:nsubj:pass 6:punct 6:nmod:poss 3:case 6:amod 1:appos 8:punct 0:root 10:nmod:poss 8:obj 8:punct",
                1,
                "8:nsubj",
            ),
            (
                // An auxiliary: a passive stays.
                "Abbey was bought by Santander .",
                "3:nsubj:pass 3:aux:pass 0:root 5:case 3:obl:agent 3:punct",
                1,
                "3:nsubj:pass",
            ),
            (
                "Virgin , the airline founded by Branson , ordered jets .",
                "5:nsubj 5:punct 4:det 5:nsubj 0:root 7:case 5:obl 9:punct 5:conj 9:obj 5:punct",
                9,
                "0:root",
            ),
            (
                "Virgin , the airline founded by Branson , ordered jets .",
                "5:nsubj 5:punct 4:det 5:nsubj 0:root 7:case 5:obl 9:punct 5:conj 9:obj 5:punct",
                5,
                "4:acl",
            ),
            (
                "Virgin , the airline founded by Branson , ordered jets .",
                "5:nsubj 5:punct 4:det 5:nsubj 0:root 7:case 5:obl 9:punct 5:conj 9:obj 5:punct",
                1,
                "9:nsubj",
            ),
            (
                // A coordinator: two predicates stay.
                "Virgin , the airline founded by Branson , and ordered jets .",
                "5:nsubj 5:punct 4:det 5:nsubj 0:root 7:case 5:obl 10:punct 10:cc 5:conj 10:obj 5:punct",
                10,
                "5:conj",
            ),
            (
                // An amount: the oblique stays.
                "IEL will raise 100 mln U.S. Dlrs .",
                "4:nsubj 4:aux 0:root 5:nummod 4:obj 7:compound 4:obl 4:punct",
                7,
                "4:obl",
            ),
            (
                // Not a title or a class of organisations: the oblique stays.
                "They gave the ball Monday .",
                "2:nsubj 0:root 4:det 2:obj 2:obl 2:punct",
                5,
                "2:obl",
            ),
            (
                // A comma: a real appositive stays.
                "On Monday , the holiday , shops closed .",
                "2:case 8:obl 2:punct 5:det 2:appos 2:punct 8:nsubj 0:root 8:punct",
                5,
                "2:appos",
            ),
            (
                // The verb has its subject: nothing to give back.
                "In 1989 the year of change Kim arrived .",
                "2:case 7:obl 4:det 2:appos 6:case 4:nmod 7:nsubj 0:root 7:punct",
                4,
                "2:appos",
            ),
        ];
        for (sentence, arcs, word, want) in rows {
            let words: Vec<&str> = sentence.split(' ').collect();
            let tags = Tagger::embedded().tag(&words);
            let mut parsed: Vec<Arc> = arcs
                .split(' ')
                .map(|a| {
                    let (h, r) = a.split_once(':').unwrap();
                    Arc {
                        head: h.parse().unwrap(),
                        rel: DepRel::parse(r).unwrap(),
                    }
                })
                .collect();
            assert_eq!(parsed.len(), words.len(), "{sentence}");
            repair(&words, &tags, &mut parsed);
            let a = &parsed[word - 1];
            assert_eq!(
                format!("{}:{}", a.head, a.rel.as_str()),
                *want,
                "{sentence}"
            );
        }
    }
}
