//! The right side of a clause: a clause with its verb group and subject in,
//! the same clause with its object, folded preposition, further prepositional
//! arguments, reported clause, adjective complement and the participle or
//! infinitive phrase that runs on after the object out. Objects may be
//! interrogative clauses (`explain what happened`) or follow a colon.

use super::clause::{Clause, SubjectVia, report_end};
use super::sent::{Sent, time_word};
use super::subject::appositives_then_verb;
use crate::nlp::Tag;
use crate::nlp::chunk::is_any;
use crate::vocab::function_words::{PREPOSITIONAL_ADVERBS, PREPOSITIONAL_PARTICIPLES};
use crate::vocab::speech;

/// Subordinators that open an adverbial clause.
const ADVERBIAL_SUBORDINATORS: &[&str] = &[
    "when", "because", "while", "although", "though", "whereas", "unless", "if", "before", "after",
    "until", "since", "once",
];

/// The end of an interrogative clause object starting at `i` (`what happened
/// to Pete`, `how the two fit`, `whether it rains`): up to the next comma or
/// the end of the clause material, if it holds a verb.
pub(super) fn wh_clause(s: &Sent<'_>, i: usize) -> Option<usize> {
    const WH: &[&str] = &["what", "how", "why", "whether", "who", "whom", "which"];
    if i + 1 >= s.n() || !is_any(s.words[i], WH) {
        return None;
    }
    let mut e = i + 1;
    while e < s.n() && !matches!(s.tag(e), Tag::Comma | Tag::Period | Tag::Colon) {
        e += 1;
    }
    (i + 1..e).any(|k| s.chunks.vg_at(k).is_some()).then_some(e)
}

/// The end of a participle phrase modifying the noun phrase that ends before `i`:
/// a non-finite `-ing`/`-en` verb group right after it (`the club ranked sixth`,
/// `the system serving the residents of X`), a gerund after `of` (`the idea of
/// running workshops`) or an infinitive (`the decision to cease broadcasting`),
/// with the phrase's own object and arguments.
pub(super) fn participle_tail(s: &Sent<'_>, i: usize) -> Option<usize> {
    let n = s.n();
    if i + 1 < n && s.words[i].eq_ignore_ascii_case("of") && s.tag(i) == Tag::IN {
        return participle_end(s, i + 1, true);
    }
    participle_end(s, i, false).or_else(|| infinitive_end(s, i))
}

/// The end of an infinitive phrase starting at `i` (`the decision | to cease
/// broadcasting at 5pm`), with its own object and arguments.
pub(super) fn infinitive_end(s: &Sent<'_>, i: usize) -> Option<usize> {
    let k = s.chunks.vg_at(i)?;
    let vg = &s.chunks.vgs[k];
    if vg.start != i || !vg.infinitive {
        return None;
    }
    Some(phrase_end(s, k, i, SubjectVia::Control))
}

/// Where the non-finite phrase of verb group `k`, starting at `i`, ends: its
/// verb group and everything [`right_side`] finds after it.
pub(super) fn phrase_end(s: &Sent<'_>, k: usize, i: usize, via: SubjectVia) -> usize {
    let end = s.chunks.vgs[k].end;
    let mut tail = Clause::new(k, (i, i), via, end);
    right_side(s, &mut tail);
    tail.end.max(end)
}

/// The end of a non-finite participle phrase starting at `at` (only a gerund
/// if `gerund`), with its own object and arguments.
pub(super) fn participle_end(s: &Sent<'_>, at: usize, gerund: bool) -> Option<usize> {
    let k = s.chunks.vg_at(at)?;
    let vg = &s.chunks.vgs[k];
    if vg.start != at || vg.finite || vg.infinitive {
        return None;
    }
    if !matches!(s.tag(vg.main), Tag::VBG | Tag::VBN)
        || (gerund && s.tag(vg.start) != Tag::VBG)
        || is_any(s.words[vg.main], PREPOSITIONAL_PARTICIPLES)
    {
        return None;
    }
    Some(phrase_end(s, k, at, SubjectVia::Participle))
}

/// A participle, gerund or infinitive phrase at `p` right after the object
/// becomes the clause's object tail; returns where the clause goes on.
pub(super) fn take_object_tail(s: &Sent<'_>, c: &mut Clause, p: usize) -> usize {
    match participle_tail(s, p) {
        Some(tail) => {
            c.object_tail = Some((p, tail));
            tail
        }
        None => p,
    }
}

pub(super) fn right_side(s: &Sent<'_>, c: &mut Clause) {
    let vg = s.chunks.vgs[c.vg];
    let n = s.n();
    let mut p = vg.end;
    // Skip adverbs right after the verb, except prepositional ones (`stand alongside X`).
    while p < n
        && matches!(s.tag(p), Tag::RB | Tag::RBR | Tag::RBS)
        && s.chunks.np_at(p).is_none()
        && !(is_any(s.words[p], PREPOSITIONAL_ADVERBS) && s.np_starting(p + 1).is_some())
    {
        p += 1;
    }
    let adverbs = (vg.end, p);
    // `These activities include : review of …`: a colon right after the verb
    // introduces its object.
    if p + 1 < n && s.words[p] == ":" && s.np_starting(p + 1).is_some() {
        p += 1;
    }
    if p >= n {
        c.end = p;
        return;
    }
    if reported_clause(s, c, p) {
        return;
    }
    // `met this morning with X`: a time phrase right after the verb is an
    // adjunct, and the prepositional phrase after it carries the relation.
    let mut time_adjunct = None;
    if let Some(np) = s.np_starting(p)
        && np.1 - np.0 <= 3
        && time_word(s.words[np.1 - 1])
        && s.is_prep(np.1)
        && s.pp_starting(np.1).is_some()
    {
        time_adjunct = Some(np);
        p = np.1;
    }
    p = object(s, c, p);
    p = further(s, c, p);
    c.extras.extend(time_adjunct);
    // `was put higher`, `became longer`: with nothing else after the verb, the
    // adverbs after it are its object.
    if c.object.is_none() && c.extras.is_empty() && adverbs.1 > adverbs.0 {
        c.object = Some(adverbs);
    }
    c.end = p;
}

/// For a verb that takes a clause, the reported clause: before the verb
/// (`The deal is off , he said .`) or after it, with an addressee or
/// prepositional phrases between (`told X that …`, `said on Monday that …`).
/// Returns whether the clause is complete (`c.end` set).
fn reported_clause(s: &Sent<'_>, c: &mut Clause, p: usize) -> bool {
    let vg = s.chunks.vgs[c.vg];
    let n = s.n();
    let reporting = speech::takes_clause(s.words[vg.last]);
    if reporting
        && c.subject.0 >= 2
        && matches!(s.tags.get(p).map(|t| t.tag), None | Some(Tag::Period))
        && let Some(e) = report_end(s, c.subject.0 - 1)
    {
        // `The deal is off , he said .`, `“ We will win , ” he said .`
        let st = usize::from(s.tag(0) == Tag::LQuote);
        if e > st + 2 {
            c.complement = Some((st, e));
            c.end = p;
            return true;
        }
    }
    if reporting {
        // `said that …`, `told X that …`, `say Mr Kim likely hopes …`.
        let mut q = p;
        if let Some(o) = s.np_starting(q).and_then(|_| s.object_starting(q))
            && !(o.1 < n
                && (s.finite_vg_at(o.1) || s.tag(o.1) == Tag::RB && s.finite_vg_at(o.1 + 1)))
            && !(speech::speech_verb(s.words[vg.last]).is_some_and(speech::SpeechVerb::no_object)
                && appositives_then_verb(s, o.1))
        {
            c.object = Some(o);
            q = o.1;
        }
        // `said on Monday that …`
        let mut r = q;
        while let Some(pp) = s.pp_starting(r) {
            r = pp.1;
        }
        if r > q && r < n && s.words[r].eq_ignore_ascii_case("that") {
            c.extras.push((q, r));
            q = r;
        }
        if q < n
            && s.words[q].eq_ignore_ascii_case("that")
            && matches!(s.tag(q), Tag::IN | Tag::WDT | Tag::DT)
            && q + 1 < n
            && s.np_starting(q + 1).is_some()
        {
            c.that = Some(q);
            let e = s.rest_end(q + 1);
            c.complement = Some((q + 1, e));
            c.end = e;
            return true;
        }
        if let Some(o) = s.object_starting(q) {
            let mut after = o.1;
            // `a meeting between A and B on the sidelines was …`
            while after < n
                && (s.chunks.np_at(after).is_some()
                    || s.is_prep(after)
                    || matches!(s.tag(after), Tag::CC | Tag::POS | Tag::LQuote | Tag::RQuote)
                    // `said X of Y , West Hartford , Conn. , purchased`
                    || s.tag(after) == Tag::Comma && s.chunks.np_at(after + 1).is_some()
                    || s.tag(after) == Tag::Comma && s.finite_vg_at(after + 1) && after > o.1)
            {
                after += 1;
            }
            while after < n && s.tag(after) == Tag::RB {
                after += 1;
            }
            if after < n && s.finite_vg_at(after) {
                let e = s.rest_end(q);
                c.complement = Some((q, e));
                c.end = e;
                return true;
            }
        }
    }
    false
}

/// The object of clause `c` from token `p` (a noun phrase, a prepositional
/// phrase folded into the relation, an interrogative clause, an adjective
/// phrase); returns where it ends.
fn object(s: &Sent<'_>, c: &mut Clause, mut p: usize) -> usize {
    let n = s.n();
    if let Some(o) = s.object_starting(p) {
        c.object = Some(o);
        p = o.1;
        // `are equal | to the numbers …`: a short adjective phrase (no noun)
        // with a prepositional phrase joins the relation, and the phrase is the object.
        if o.1 - o.0 <= 3
            && (o.0..o.1).all(|k| s.tag(k).is_adjective() || matches!(s.tag(k), Tag::RB | Tag::RBR))
            && s.tag(o.1 - 1).is_adjective()
            && let Some(pp) = s.pp_starting(p)
        {
            c.adjective = Some(o);
            c.prep = Some(p);
            c.object = Some((p + 1, pp.1));
            p = pp.1;
        }
        p = take_object_tail(s, c, p);
    } else if p + 1 < n && s.is_prep(p) && matches!(s.tag(p + 1), Tag::WP | Tag::WRB | Tag::WDT) {
        // `depends on what he does`: a prepositional clause up to the next comma.
        let mut e = p + 1;
        while e < n && !matches!(s.tag(e), Tag::Comma | Tag::Period | Tag::Colon) {
            e += 1;
        }
        c.prep = Some(p);
        c.object = Some((p + 1, e));
        p = e;
    } else if let Some(pp) = s.pp_starting(p) {
        c.prep = Some(p);
        c.object = Some((p + 1, pp.1));
        p = pp.1;
        p = take_object_tail(s, c, p);
    } else if p + 2 < n
        && s.is_prep(p)
        && s.words[p + 1] == ":"
        && let Some(o) = s.object_starting(p + 2)
    {
        // `specializes in : Life Science , Physical Science , …`.
        c.prep = Some(p);
        c.object = Some(o);
        p = o.1;
    } else if let Some(e) = wh_clause(s, p) {
        // `tries to explain | what happened to Pete`.
        c.object = Some((p, e));
        p = e;
    } else if s.tag(p).is_adjective()
        || (s.tag(p) == Tag::RB && p + 1 < n && s.tag(p + 1).is_adjective())
    {
        let st = p;
        while p < n
            && (s.tag(p).is_adjective()
                || s.tag(p) == Tag::RB
                || s.tag(p) == Tag::CC && p + 1 < n && s.tag(p + 1).is_adjective())
        {
            p += 1;
        }
        c.object = Some((st, p));
        // `are equal | to the numbers …`: a short adjective with a prepositional
        // phrase joins the relation, and the phrase is the object.
        if p - st <= 3
            && !(st..p).any(|k| s.tag(k) == Tag::CC)
            && let Some(pp) = s.pp_starting(p)
        {
            c.adjective = Some((st, p));
            c.prep = Some(p);
            c.object = Some((p + 1, pp.1));
            p = pp.1;
        }
    }
    p
}

/// Further prepositional, gerund and noun-phrase arguments from token `p`;
/// returns where they end.
fn further(s: &Sent<'_>, c: &mut Clause, mut p: usize) -> usize {
    let n = s.n();
    // Further arguments.
    loop {
        while p < n && matches!(s.tag(p), Tag::RB | Tag::RBR | Tag::RBS) {
            p += 1;
        }
        if p >= n {
            break;
        }
        if let Some(pp) = s.pp_starting(p) {
            c.extras.push(pp);
            p = pp.1;
            continue;
        }
        // `stayed … before being appointed Chief Constable`, `is caused by
        // interacting elements`.
        if s.is_prep(p)
            && let Some(e) = participle_end(s, p + 1, true)
        {
            c.extras.push((p, e));
            p = e;
            continue;
        }
        if let Some(o) = s.object_starting(p)
            && !(o.1 < n && s.finite_vg_at(o.1))
        {
            c.extras.push(o);
            p = o.1;
            continue;
        }
        break;
    }
    if let Some(e) = adverbial_clause(s, p) {
        c.extras.push((p, e));
    }
    p
}

/// An adverbial clause at token `i` (`when results were sluggish`, `because
/// the plant closed`): a subordinator, then a finite verb before the next comma
/// or the end; returns where it ends. Open IE writes it with the clause before
/// it, as annotators do.
fn adverbial_clause(s: &Sent<'_>, i: usize) -> Option<usize> {
    let n = s.n();
    if i + 2 >= n
        || !matches!(s.tag(i), Tag::IN | Tag::WRB)
        || !is_any(s.words[i], ADVERBIAL_SUBORDINATORS)
    {
        return None;
    }
    let mut e = i + 1;
    while e < n && !matches!(s.tag(e), Tag::Comma | Tag::Period | Tag::Colon) {
        e += 1;
    }
    (i + 1..e).any(|k| s.finite_vg_at(k)).then_some(e)
}
