//! Subjects of clauses: a chunked sentence and a verb group in, the subject's
//! token range and how it was found out ([`SubjectVia`]): the noun phrase
//! before the verb group, skipping relative clauses and appositives between
//! commas, or followed back through coordinated verbs, infinitives (to their
//! controller) and participles (to the noun they modify).

use super::clause::{Clause, Range, SubjectVia, pp_chain_end};
use super::sent::{Sent, time_word};
use crate::nlp::Tag;
use crate::nlp::chunk::is_any;
use crate::nlp::lemma::lemma;
use crate::vocab::function_words::{OBJECT_CONTROL, RELATIVE};
use crate::vocab::speech;

pub(super) fn find_subject(s: &Sent<'_>, k: usize, done: &[Clause]) -> Option<(Range, SubjectVia)> {
    let vg = &s.chunks.vgs[k];
    let mut p = vg.start;
    // Skip adverbs before the group (`likely hopes`).
    while p > 0 && matches!(s.tag(p - 1), Tag::RB | Tag::RBR | Tag::RBS) {
        p -= 1;
    }
    if p == 0 {
        return None;
    }
    let prev = p - 1;
    let governing = done.iter().rev().find(|c| c.vg < k);
    if vg.infinitive {
        return infinitive_subject(s, governing?);
    }
    if !vg.finite
        && matches!(s.tag(vg.main), Tag::VBG | Tag::VBN)
        && vg.start == vg.main
        && let Some(found) = participle_subject(s, k, prev, done)
    {
        return Some(found);
    }
    let pt = s.tag(prev);
    let prev = before_time_phrase(s, prev);
    if vg.finite
        && let Some(found) = relative_subject(s, prev, done)
    {
        return Some(found);
    }
    if let Some(r) = s.subject_ending(prev) {
        return Some(direct_subject(s, r, governing));
    }
    subject_after_marker(s, prev, pt, governing)
}

/// The subject of an infinitive group: the object of a governing verb of
/// object control (`forced ministers to …`), else the governing clause's
/// subject.
fn infinitive_subject(s: &Sent<'_>, g: &Clause) -> Option<(Range, SubjectVia)> {
    let gv = &s.chunks.vgs[g.vg];
    if OBJECT_CONTROL.contains(&lemma(s.words[gv.main], s.tag(gv.main)).as_ref())
        && let Some(o) = g.object
    {
        return Some((o, SubjectVia::Control));
    }
    Some((g.subject, SubjectVia::Control))
}

/// `The United States … on Thursday granted`: a time phrase before the verb is
/// no part of the subject; the token before it, or `prev` itself.
fn before_time_phrase(s: &Sent<'_>, prev: usize) -> usize {
    if let Some(np) = s.np_ending(prev)
        && np.0 >= 2
        && s.is_prep(np.0 - 1)
        && (np.0..np.1).any(|k| time_word(s.words[k]))
        && s.np_ending(np.0 - 2).is_some()
    {
        return np.0 - 2;
    }
    prev
}

/// The subject phrase `r` right before the verb, unless it sits inside a
/// prepositional phrase after a conjunction (`… and in 2012 belonged to …`):
/// then the verb is coordinated with the governing one and shares its subject.
fn direct_subject(s: &Sent<'_>, r: Range, governing: Option<&Clause>) -> (Range, SubjectVia) {
    if r.0 >= 2 && s.is_prep(r.0 - 1) && !s.clause_initial(r.0) {
        let before = r.0 - 2;
        if matches!(s.tag(before), Tag::CC | Tag::Comma)
            && let Some(g) = governing
        {
            return (g.subject, SubjectVia::Coordinated);
        }
    }
    (r, SubjectVia::Direct)
}

/// The subject of a verb group after a marker word at `prev` (tag `pt`): a
/// relative pronoun or `that` (the antecedent), a conjunction (the governing
/// clause's subject), or a comma (a parenthetical's subject, or a list of
/// verb phrases sharing the governing subject).
fn subject_after_marker(
    s: &Sent<'_>,
    prev: usize,
    pt: Tag,
    governing: Option<&Clause>,
) -> Option<(Range, SubjectVia)> {
    if matches!(pt, Tag::WDT | Tag::WP)
        || (pt == Tag::IN && s.words[prev].eq_ignore_ascii_case("that"))
    {
        if is_any(s.words[prev], RELATIVE) && prev > 0 {
            let a = if s.tag(prev - 1) == Tag::Comma {
                prev.saturating_sub(2)
            } else {
                prev - 1
            };
            if let Some(r) = s.subject_ending(a) {
                return Some((r, SubjectVia::Relative));
            }
        }
        return None;
    }
    if pt == Tag::CC || (pt == Tag::Comma && prev > 0 && s.tag(prev - 1) == Tag::CC) {
        let g = governing?;
        return Some((g.subject, SubjectVia::Coordinated));
    }
    if matches!(pt, Tag::Comma | Tag::RRB) {
        // `The university however , refused …`
        if prev >= 2
            && s.tag(prev - 1) == Tag::RB
            && let Some(r) = s.subject_ending(prev - 2)
            && s.clause_initial(r.0)
        {
            return Some((r, SubjectVia::Parenthetical));
        }
        if let Some(r) = parenthetical_subject(s, prev) {
            return Some((r, SubjectVia::Parenthetical));
        }
        // A list of verb phrases: `broke out …, took Cisterna , and raced …`.
        let g = governing?;
        return Some((g.subject, SubjectVia::Coordinated));
    }
    None
}

/// The subject of a bare participle (`an institute developing …`) whose
/// group starts right after token `prev`: the clause's subject after a comma
/// (`He returned …, working in clubs`), else the noun it modifies.
fn participle_subject(
    s: &Sent<'_>,
    k: usize,
    prev: usize,
    done: &[Clause],
) -> Option<(Range, SubjectVia)> {
    let main_tag = s.tag(s.chunks.vgs[k].main);
    let pt = s.tag(prev);
    let governing = || done.iter().rev().find(|c| c.vg < k);
    // `He returned …, working in clubs`: a present participle after a comma
    // belongs to the clause's subject.
    if pt == Tag::Comma
        && main_tag == Tag::VBG
        && let Some(g) = governing()
    {
        return Some((g.subject, SubjectVia::Participle));
    }
    // Otherwise it modifies the noun (with its `of` phrases) before it.
    let a = if pt == Tag::Comma && prev > 0 {
        prev - 1
    } else {
        prev
    };
    if let Some(np) = s.np_ending(a) {
        let mut start = np.0;
        while start >= 2 && s.words[start - 1].eq_ignore_ascii_case("of") {
            match s.np_ending(start - 2) {
                Some(r) => start = r.0,
                None => break,
            }
        }
        return Some(((start, np.1), SubjectVia::Participle));
    }
    None
}

/// The subject of a finite verb right after a relative clause that ends at
/// token `prev`: the clause's antecedent.
fn relative_subject(s: &Sent<'_>, prev: usize, done: &[Clause]) -> Option<(Range, SubjectVia)> {
    // `Plans … that have experienced eutrophication have been proposed`: the
    // phrase before the verb closes a restrictive relative clause, whose
    // antecedent is the subject.
    if let Some(g) = done.iter().rev().find(|g| {
        g.via == SubjectVia::Relative
            && g.end == prev + 1
            && g.subject.1 < g.vg_start(s)
            && !matches!(s.tag(g.subject.1), Tag::Comma)
    }) {
        return Some((g.subject, SubjectVia::Relative));
    }
    // `the car that he bought is red`: an object relative clause before the verb.
    if let Some(g) = done.iter().rev().find(|g| {
        pp_chain_end(s, g.end) == prev + 1
            && g.object
                .is_some_and(|o| o.1 < g.vg_start(s) && o.1 <= g.subject.0)
    }) {
        return Some((g.object.unwrap(), SubjectVia::Relative));
    }
    None
}

/// `X , who … ,` or `X , an appositive ,` before the comma at `prev`: try
/// the commas to the left until the phrase before one starts a clause.
fn parenthetical_subject(s: &Sent<'_>, prev: usize) -> Option<Range> {
    let mut c = prev;
    let mut first: Option<Range> = None;
    for _ in 0..4 {
        while c > 0 {
            c -= 1;
            if matches!(s.tag(c), Tag::Comma | Tag::LRB | Tag::Colon) {
                break;
            }
        }
        if s.tag(c) == Tag::Colon {
            break;
        }
        if c == 0 || !matches!(s.tag(c), Tag::Comma | Tag::LRB) {
            break;
        }
        let opener = s.words[c + 1];
        let ot = s.tag(c + 1);
        if is_any(opener, &["when", "where", "while"]) {
            break;
        }
        let opens = (ot == Tag::RB && c + 2 == prev)
            || s.is_prep(c + 1) && !opener.eq_ignore_ascii_case("of")
            || is_any(opener, RELATIVE)
            || is_any(opener, &["whose"])
            || matches!(ot, Tag::VBG | Tag::VBN)
            || s.np_starting(c + 1).is_some();
        if !opens {
            break;
        }
        if let Some(r) = s.subject_ending(c - 1)
            && !(r.0 > 0 && s.words[r.0 - 1].eq_ignore_ascii_case("as"))
        {
            // A subject at the start of the sentence or of a reported clause
            // wins over one inside a list of places (`X of Y , West Hartford , Conn. ,`).
            let starts = r.0 == 0
                || speech::takes_clause(s.words[r.0 - 1]) && s.tag(r.0 - 1).is_verb()
                || s.words[r.0 - 1].eq_ignore_ascii_case("that");
            if !(starts || s.clause_initial(r.0)) {
                continue;
            }
            if starts {
                return Some(r);
            }
            first.get_or_insert(r);
        }
    }
    first
}

/// Whether `, NP , NP ,` segments from `i` lead to a tensed verb
/// (`X of Y , West Hartford , Conn. , purchased`).
pub(super) fn appositives_then_verb(s: &Sent<'_>, mut i: usize) -> bool {
    let n = s.n();
    while i + 1 < n && s.tag(i) == Tag::Comma {
        if s.finite_vg_at(i + 1) {
            return true;
        }
        match s.object_starting(i + 1) {
            Some(r) => i = r.1,
            None => return false,
        }
    }
    false
}
