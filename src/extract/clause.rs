//! Clause analysis: a chunked sentence in, one [`Clause`] per verb group out.
//!
//! For every verb group the analysis finds its subject to the left (skipping
//! relative clauses and appositives between commas, following coordinated verbs,
//! infinitives and participles back to their controller), and to the right its
//! object, a preposition folded into the relation when there is no object
//! (`arrived in`), further prepositional arguments, and for reporting verbs the
//! reported clause. Subjects are also found after restrictive relative clauses
//! (`The man who bought the car is happy`), for relative clauses without a
//! pronoun (`the gimmicks she used`), and for participle phrases that open the
//! sentence (`Having returned …, they gained`); objects may be interrogative
//! clauses (`explain what happened`), follow a colon, or be shared with the next
//! coordinated verb (`buy and sell large amounts`). Token ranges are half-open
//! `(start, end)` pairs of sentence token indices.

use super::object::right_side;
pub use super::sent::Sent;
use super::sent::time_word;
use super::subject::find_subject;
use crate::nlp::Tag;
use crate::nlp::chunk::is_any;
use crate::vocab::function_words::{ORGANISATION_HEADS, PREPOSITIONAL_PARTICIPLES, RELATIVE};
use crate::vocab::{legal, speech};

/// A half-open range of token indices.
pub type Range = (usize, usize);

/// How a clause's subject was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SubjectVia {
    /// The noun phrase right before the verb group.
    Direct,
    /// Before a parenthetical (`Mr Kim, who …, took`).
    Parenthetical,
    /// The antecedent of a relative pronoun (`a boss, who is …`).
    Relative,
    /// Shared with a coordinated verb (`killed … and captured …`).
    Coordinated,
    /// The controller of an infinitive (`arrived … to meet`).
    Control,
    /// The noun a participle modifies (`an institute developing …`).
    Participle,
}

/// One clause: a verb group with its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clause {
    pub vg: usize,
    pub subject: Range,
    pub via: SubjectVia,
    pub object: Option<Range>,
    /// Preposition folded into the relation when there is no direct object.
    pub prep: Option<usize>,
    /// Prepositional and other arguments after the object, each with its preposition.
    pub extras: Vec<Range>,
    /// The reported or complement clause (`that …`), with `that` excluded.
    pub complement: Option<Range>,
    /// Index of a complementiser `that` after the verb.
    pub that: Option<usize>,
    /// A sentence-initial adverbial before the subject (`In 1941 ,`).
    pub opener: Option<Range>,
    /// A participle, gerund or infinitive phrase right after the object (`the club
    /// | ranked sixth in terms of premierships`, `the idea | of running workshops`,
    /// `the decision | to cease broadcasting`): part of the object as written, for
    /// Open IE output only.
    pub object_tail: Option<Range>,
    /// An adjective complement folded into the relation before its preposition
    /// (`are equal to`, `was close to`).
    pub adjective: Option<Range>,
    /// Last token of the clause (exclusive).
    pub end: usize,
}

impl Clause {
    /// A clause of verb group `vg` with its subject and nothing to the right
    /// of the verb yet (`end`: the verb group's end, or where the clause stops).
    pub(super) fn new(vg: usize, subject: Range, via: SubjectVia, end: usize) -> Clause {
        Clause {
            vg,
            subject,
            via,
            object: None,
            prep: None,
            extras: Vec::new(),
            complement: None,
            that: None,
            opener: None,
            object_tail: None,
            adjective: None,
            end,
        }
    }
}

/// The end of the prepositional phrases that follow each other from `i`.
pub(super) fn pp_chain_end(s: &Sent<'_>, mut i: usize) -> usize {
    while i + 1 < s.n()
        && s.is_prep(i)
        && let Some(r) = s.object_starting(i + 1)
    {
        i = r.1;
    }
    i
}

impl Clause {
    /// First token of the clause's verb group.
    pub(super) fn vg_start(&self, s: &Sent<'_>) -> usize {
        s.chunks.vgs[self.vg].start
    }
}

/// Analyse every verb group of a chunked sentence.
pub fn clauses(s: &Sent<'_>) -> Vec<Clause> {
    let mut out: Vec<Clause> = Vec::new();
    let mut opening = Vec::new();
    for (k, vg) in s.chunks.vgs.iter().enumerate() {
        if let Some(c) = inverted_report(s, k) {
            out.push(c);
            continue;
        }
        let Some((subject, via)) = find_subject(s, k, &out) else {
            opening.extend(opening_participle(s, k).map(|comma| (k, comma)));
            continue;
        };
        let mut c = Clause::new(k, subject, via, vg.end);
        // `X is a footballer who plays …`, `X is a writer based in …`: the
        // relative clause or participle is about X.
        if matches!(via, SubjectVia::Relative | SubjectVia::Participle)
            && let Some(cop) = out.iter().rev().find(|o| {
                s.chunks.vgs[o.vg].copula
                    && o.object
                        .is_some_and(|ob| ob.0 <= c.subject.0 && ob.1 >= c.subject.1)
            })
        {
            c.subject = cop.subject;
        }
        right_side(s, &mut c);
        if c.object.is_none() {
            c.object = relative_object(s, &c);
        }
        out.push(c);
    }
    share_objects(s, &mut out);
    resolve_pronoun_subjects(s, &mut out);
    opening_participle_clauses(s, &opening, &mut out);
    // A sentence-initial prepositional or temporal phrase applies to the main clauses.
    if let Some(op) = opener(s) {
        for c in &mut out {
            if c.subject.0 >= op.1
                && matches!(
                    c.via,
                    SubjectVia::Direct | SubjectVia::Coordinated | SubjectVia::Parenthetical
                )
            {
                c.opener = Some(op);
            }
        }
    }
    out
}

/// The object of a clause with none, when the clause is relative: without a
/// pronoun (`the gimmicks she used in her show`) or with one (`a match which
/// Keibler lost`): the noun phrase before it.
fn relative_object(s: &Sent<'_>, c: &Clause) -> Option<Range> {
    // A relative clause without pronoun: `the gimmicks she used in her show`.
    if c.prep.is_none()
        && c.complement.is_none()
        && c.via == SubjectVia::Direct
        && c.subject.1 - c.subject.0 == 1
        && s.tag(c.subject.0) == Tag::PRP
        && !is_any(s.words[c.subject.0], &["it"])
        && c.subject.0 >= 1
        && !s.chunks.vgs[c.vg].copula
        && !s.chunks.vgs[c.vg].passive
        && let Some(obj) = s.subject_ending(c.subject.0 - 1)
        && s.tags[obj.1 - 1].tag.is_noun()
        && !(obj.0 > 0 && speech::takes_clause(s.words[obj.0 - 1]))
    {
        return Some(obj);
    }
    // Object relative: `a match which Keibler lost`.
    if c.prep.is_none() && c.via == SubjectVia::Direct && c.subject.0 >= 2 {
        let r = c.subject.0 - 1;
        if is_any(s.words[r], RELATIVE) && matches!(s.tag(r), Tag::WDT | Tag::WP | Tag::IN) {
            let a = if s.tag(r - 1) == Tag::Comma {
                r.saturating_sub(2)
            } else {
                r - 1
            };
            if let Some(obj) = s.subject_ending(a) {
                return Some(obj);
            }
        }
    }
    None
}

/// `By opening for U2 , they became …`: an opening participle phrase (verb
/// group `k` before the comma at `comma`) is about the subject of the clause
/// after it.
fn opening_participle_clauses(s: &Sent<'_>, opening: &[(usize, usize)], out: &mut Vec<Clause>) {
    for &(k, comma) in opening {
        let vg = &s.chunks.vgs[k];
        let Some(main) = out.iter().find(|c| {
            let g = &s.chunks.vgs[c.vg];
            g.start > comma
                && g.finite
                && c.subject.0 > comma
                && matches!(c.via, SubjectVia::Direct | SubjectVia::Parenthetical)
        }) else {
            continue;
        };
        let mut c = Clause::new(k, main.subject, SubjectVia::Participle, vg.end);
        right_side(s, &mut c);
        out.push(c);
    }
}

/// `Rodan taught at … until he switched to Merck`: a personal pronoun subject of a
/// later clause stands for the sentence's first subject when that is a name or a
/// noun phrase of the right number.
fn resolve_pronoun_subjects(s: &Sent<'_>, out: &mut [Clause]) {
    let Some(first) = out.first().map(|c| c.subject) else {
        return;
    };
    let head = s
        .chunks
        .np_at(first.1 - 1)
        .map_or(first.1 - 1, |np| np.head);
    let ht = s.tags[head].tag;
    if matches!(ht, Tag::PRP | Tag::EX | Tag::DT | Tag::WP) || first.1 - first.0 > 8 {
        return;
    }
    let plural =
        matches!(ht, Tag::NNS | Tag::NNPS) || (first.0..first.1).any(|k| s.tag(k) == Tag::CC);
    for c in out.iter_mut().skip(1) {
        if c.subject.1 - c.subject.0 != 1 || c.subject.0 < first.1 {
            continue;
        }
        let w = s.words[c.subject.0];
        let fits = if is_any(w, &["he", "she"]) {
            !plural && ht == Tag::NNP
        } else if w.eq_ignore_ascii_case("they") {
            plural
        } else if w.eq_ignore_ascii_case("it") {
            !plural
                && (ht != Tag::NNP
                    || (is_any(s.words[head], ORGANISATION_HEADS)
                        || legal::is_legal_form(s.words[head])))
                && ht.is_noun()
        } else {
            false
        };
        if fits {
            c.subject = first;
        }
    }
}

/// `traders buy and sell large amounts of stocks`: a verb with nothing after it
/// but a conjunction and the next verb shares that verb's object and arguments.
fn share_objects(s: &Sent<'_>, out: &mut [Clause]) {
    for i in 0..out.len() {
        let c = &out[i];
        let vg = &s.chunks.vgs[c.vg];
        if c.object.is_some()
            || vg.passive
            || vg.copula
            || c.complement.is_some()
            || !c.extras.is_empty()
            || vg.end + 1 >= s.n()
            || !(s.tag(vg.end) == Tag::CC && is_any(s.words[vg.end], &["and", "or"]))
        {
            continue;
        }
        let Some(next) = out.iter().find(|d| {
            s.chunks.vgs[d.vg].start == vg.end + 1 && d.object.is_some() && d.prep.is_none()
        }) else {
            continue;
        };
        let (object, extras, tail) = (next.object, next.extras.clone(), next.object_tail);
        let c = &mut out[i];
        c.object = object;
        c.extras = extras;
        c.object_tail = tail;
    }
}

/// A participle opening the sentence or a clause after a comma, bare or after
/// one preposition or subordinator (`Having returned to …`, `By opening for …`,
/// `when staying in …`): the comma that closes its phrase, if no tensed verb
/// comes first.
fn opening_participle(s: &Sent<'_>, k: usize) -> Option<usize> {
    let vg = &s.chunks.vgs[k];
    let st = vg.start;
    if vg.finite
        || vg.infinitive
        || !matches!(s.tag(st), Tag::VBG | Tag::VBN)
        || is_any(s.words[vg.main], PREPOSITIONAL_PARTICIPLES)
    {
        return None;
    }
    let intro = st == 0
        || s.tag(st - 1) == Tag::Comma
        || matches!(s.tag(st - 1), Tag::IN | Tag::WRB | Tag::RB)
            && (st == 1 || s.tag(st - 2) == Tag::Comma);
    if !intro {
        return None;
    }
    let mut e = vg.end;
    while e < s.n() && s.tag(e) != Tag::Comma {
        if s.finite_vg_at(e) {
            return None;
        }
        e += 1;
    }
    (e < s.n()).then_some(e)
}

/// A sentence-initial adverbial (`In 1717`, `On 12 July 2006 ,`, `Earlier this year ,`)
/// that contains no verb.
fn opener(s: &Sent<'_>) -> Option<Range> {
    let n = s.n();
    if n < 4 {
        return None;
    }
    let mut e = if s.is_prep(0) && !s.words[0].eq_ignore_ascii_case("according") {
        s.np_starting(1).map(|r| r.1)?
    } else if matches!(s.tag(0), Tag::RB | Tag::RBR) {
        s.np_starting(1).map(|r| r.1).unwrap_or(1)
    } else if let Some(r) = s.np_starting(0)
        && (r.0..r.1).any(|k| time_word(s.words[k]))
    {
        // `Several years later`, `Last year ,`: a time phrase.
        if r.1 < n && is_any(s.words[r.1], &["later", "earlier", "ago"]) {
            r.1 + 1
        } else if s.tag(r.1) == Tag::Comma {
            r.1
        } else {
            return None;
        }
    } else {
        return None;
    };
    // Further attached phrases: `From 1970 to 1985`.
    while e + 1 < n && s.is_prep(e) {
        match s.np_starting(e + 1) {
            Some(r) => e = r.1,
            None => break,
        }
    }
    if e < n && (s.tag(e) == Tag::Comma || s.np_starting(e).is_some()) {
        Some((0, e))
    } else {
        None
    }
}

/// Where a reported clause before `i` ends: `i` is its comma, or the closing
/// quote after its comma (`win , ” he said`); the end excludes comma and quotes.
pub(super) fn report_end(s: &Sent<'_>, i: usize) -> Option<usize> {
    let comma = match s.tag(i) {
        Tag::Comma => i,
        Tag::RQuote if i > 0 && s.tag(i - 1) == Tag::Comma => i - 1,
        _ => return None,
    };
    let e = if comma > 0 && s.tag(comma - 1) == Tag::RQuote {
        comma - 1
    } else {
        comma
    };
    Some(e)
}

/// `… , said Mr Smith .`: a reporting verb after the reported clause, with its
/// subject after it.
fn inverted_report(s: &Sent<'_>, k: usize) -> Option<Clause> {
    let vg = &s.chunks.vgs[k];
    let n = s.n();
    if !(vg.start >= 3 && speech::takes_clause(s.words[vg.last])) {
        return None;
    }
    let e = report_end(s, vg.start - 1)?;
    let subject = s.object_starting(vg.end)?;
    // The speaker may carry an appositive: `, said Jacob Dreyer , the institute 's economist .`
    if !(subject.1 >= n || matches!(s.tag(subject.1), Tag::Period | Tag::Comma)) {
        return None;
    }
    let st = usize::from(s.tag(0) == Tag::LQuote);
    // The reported clause has a verb (`Researchers at X , Mass. , found …` has none).
    if !(st..e).any(|k| s.chunks.vg_at(k).is_some()) {
        return None;
    }
    (e > st + 2).then(|| Clause {
        complement: Some((st, e)),
        ..Clause::new(k, subject, SubjectVia::Direct, subject.1)
    })
}
