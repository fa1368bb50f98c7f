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

use crate::nlp::chunk::{Chunks, is_any};
use crate::nlp::{Tag, Tagged};
use crate::vocab::speech;

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
    fn new(vg: usize, subject: Range, via: SubjectVia, end: usize) -> Clause {
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
fn pp_chain_end(s: &Sent<'_>, mut i: usize) -> usize {
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
    fn vg_start(&self, s: &Sent<'_>) -> usize {
        s.chunks.vgs[self.vg].start
    }
}

/// Verbs whose object controls a following infinitive (`urged them to leave`).
const OBJECT_CONTROL: &[&str] = &[
    "ask",
    "asked",
    "asks",
    "tell",
    "told",
    "urge",
    "urged",
    "urges",
    "allow",
    "allowed",
    "allows",
    "help",
    "helped",
    "helps",
    "invite",
    "invited",
    "invites",
    "force",
    "forced",
    "forces",
    "persuade",
    "persuaded",
    "encourage",
    "encouraged",
    "enlist",
    "enlisted",
    "enlists",
    "order",
    "ordered",
    "orders",
    "require",
    "required",
    "requires",
    "enable",
    "enabled",
    "enables",
    "want",
    "wanted",
    "wants",
];
/// Prepositions that attach a phrase to the noun before it when looking for a subject.
const ATTACH: &[&str] = &[
    "of",
    "between",
    "on",
    "in",
    "at",
    "for",
    "with",
    "from",
    "against",
    "to",
    "over",
    "among",
    "near",
    "about",
    "across",
    "under",
    "within",
    "without",
    "inside",
    "outside",
    "into",
    "behind",
    "beyond",
    "per",
    "like",
    "amid",
    "aboard",
    "around",
    "beside",
    "toward",
    "towards",
    "throughout",
    "during",
];
/// Subordinators that open a clause, never a prepositional argument.
const SUBORDINATOR: &[&str] = &[
    "because", "although", "though", "while", "whereas", "if", "unless", "whether", "since", "so",
    "once", "as", "after", "before", "until", "till", "when", "where", "than",
];
/// Adverbs the tagger gives to words that work as prepositions before a noun phrase.
const PREPOSITIONAL_ADVERBS: &[&str] = &[
    "alongside",
    "along",
    "across",
    "around",
    "aboard",
    "inside",
    "outside",
    "near",
    "behind",
    "beside",
    "beyond",
    "throughout",
    "past",
    "above",
    "below",
    "underneath",
    "opposite",
];
/// Last words of organisation names, which `it` may stand for (`Conserdyne Corp said it …`).
const ORGANISATION_HEADS: &[&str] = &[
    "corp",
    "corp.",
    "inc",
    "inc.",
    "ltd",
    "ltd.",
    "co",
    "co.",
    "company",
    "group",
    "bank",
    "plc",
    "llc",
    "corporation",
    "association",
    "agency",
    "council",
    "party",
    "union",
    "university",
    "committee",
    "organisation",
    "organization",
    "government",
    "ministry",
    "commission",
    "fund",
    "institute",
    "service",
    "department",
    "board",
    "authority",
    "exchange",
];
/// Words that make a noun phrase a time expression (`on Thursday`, `last week`).
const TIME_WORDS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "today",
    "yesterday",
    "tomorrow",
    "week",
    "weekend",
    "month",
    "year",
    "morning",
    "afternoon",
    "evening",
    "night",
    "weeks",
    "months",
    "years",
    "days",
    "decade",
    "tonight",
];
const RELATIVE: &[&str] = &["who", "which", "that", "whom"];
/// Participles that work as prepositions (`depending on`, `including`): they
/// start no participle phrase.
pub const PREPOSITIONAL_PARTICIPLES: &[&str] = &[
    "according",
    "compared",
    "concerning",
    "considering",
    "depending",
    "excluding",
    "following",
    "given",
    "including",
    "regarding",
];

/// A chunked sentence.
pub struct Sent<'a> {
    pub words: &'a [&'a str],
    pub tags: &'a [Tagged],
    pub chunks: &'a Chunks,
}

impl Sent<'_> {
    /// The tag of token `i`; past the end, a sentence-final stop.
    fn tag(&self, i: usize) -> Tag {
        self.tags.get(i).map_or(Tag::Period, |t| t.tag)
    }
    fn n(&self) -> usize {
        self.words.len()
    }
    pub fn is_prep(&self, i: usize) -> bool {
        i < self.n() && self.is_prep_in(i)
    }
    fn is_prep_in(&self, i: usize) -> bool {
        matches!(self.tag(i), Tag::IN | Tag::TO) && !is_any(self.words[i], SUBORDINATOR)
            || self.tag(i) == Tag::RB && is_any(self.words[i], PREPOSITIONAL_ADVERBS)
            || is_any(
                self.words[i],
                &["as", "than", "after", "before", "since", "until"],
            ) && self.tag(i) == Tag::IN
    }
    /// Noun phrase ending exactly at token `i` (inclusive), as a range.
    pub fn np_ending(&self, i: usize) -> Option<Range> {
        let np = self.chunks.np_at(i)?;
        (np.end == i + 1).then_some((np.start, np.end))
    }
    /// Noun phrase starting exactly at token `i`.
    pub fn np_starting(&self, i: usize) -> Option<Range> {
        let np = self.chunks.np_at(i)?;
        (np.start == i).then_some((np.start, np.end))
    }
    fn finite_vg_at(&self, i: usize) -> bool {
        self.chunks
            .vg_at(i)
            .is_some_and(|k| self.chunks.vgs[k].finite)
    }

    /// Whether a phrase starting at `c` starts a clause: sentence start, after a
    /// comma, conjunction, subordinator, relative pronoun or complementiser.
    pub fn clause_initial(&self, c: usize) -> bool {
        if c == 0 {
            return true;
        }
        let t = self.tag(c - 1);
        let w = self.words[c - 1];
        matches!(
            t,
            Tag::Comma
                | Tag::CC
                | Tag::Colon
                | Tag::WDT
                | Tag::WP
                | Tag::WRB
                | Tag::LQuote
                | Tag::LRB
        ) || (t == Tag::IN && (is_any(w, SUBORDINATOR) || w.eq_ignore_ascii_case("that")))
            || (c == 1 && t == Tag::RB)
    }

    /// The subject phrase ending at token `i` (inclusive): a noun phrase extended
    /// left over attached prepositional phrases and coordination, choosing the
    /// widest reading that does not start inside a prepositional phrase.
    pub fn subject_ending(&self, i: usize) -> Option<Range> {
        let mut base = self.np_ending(i)?;
        // `Dr. Jagan himself`: an emphatic reflexive belongs to the phrase before it.
        if base.1 - base.0 == 1
            && base.0 > 0
            && is_any(
                self.words[base.0],
                &["himself", "herself", "itself", "themselves"],
            )
            && let Some(r) = self.np_ending(base.0 - 1)
        {
            base = (r.0, base.0);
        }
        let end = base.1;
        let mut s = base.0;
        let mut best = s;
        let mut crossed_cc = false;
        let valid = |c: usize| {
            self.clause_initial(c)
                || speech::takes_clause(self.words[c - 1]) && self.tag(c - 1).is_verb()
                || {
                    let t = self.tag(c - 1);
                    !(matches!(t, Tag::IN | Tag::TO | Tag::MD | Tag::DT | Tag::POS)
                        || t.is_verb()
                        || t.is_adjective())
                }
        };
        loop {
            if s < 2 {
                break;
            }
            let p = s - 1;
            let w = self.words[p];
            if self.tag(p) == Tag::POS {
                break;
            }
            let prev_np = if matches!(self.tag(p), Tag::IN | Tag::TO) && is_any(w, ATTACH) {
                self.np_ending(p - 1)
            } else if self.tag(p) == Tag::CC && is_any(w, &["and", "or"]) {
                crossed_cc = true;
                if self.tag(p - 1) == Tag::Comma && p >= 2 {
                    self.np_ending(p - 2)
                } else {
                    self.np_ending(p - 1)
                }
            } else if self.tag(p) == Tag::Comma && crossed_cc {
                self.np_ending(p - 1)
            } else if matches!(self.tag(p), Tag::VBN | Tag::VBG)
                && self.chunks.vg_at(p).is_some_and(|k| {
                    let g = &self.chunks.vgs[k];
                    g.start == p && g.end == p + 1 && !g.finite
                })
            {
                // `duties specified for freed slaves … became`
                self.np_ending(p - 1)
            } else {
                None
            };
            match prev_np {
                Some(r) => {
                    s = r.0;
                    if valid(s) {
                        best = s;
                    }
                }
                None => break,
            }
        }
        Some((best, end))
    }

    /// The object phrase starting at token `i`: a noun phrase extended right over
    /// `of` phrases, coordination and comma lists that end in a conjunction.
    pub fn object_starting(&self, i: usize) -> Option<Range> {
        let (start, mut e) = self.np_starting(i)?;
        let n = self.n();
        loop {
            if e + 1 >= n {
                break;
            }
            let w = self.words[e];
            if self.tag(e) == Tag::IN && w.eq_ignore_ascii_case("of") {
                match self.np_starting(e + 1) {
                    Some(r) => {
                        e = r.1;
                        continue;
                    }
                    None => break,
                }
            }
            // `acts such as U2 and Bob Dylan`.
            if w.eq_ignore_ascii_case("such")
                && e + 2 < n
                && self.words[e + 1].eq_ignore_ascii_case("as")
                && let Some(r) = self.object_starting(e + 2)
            {
                e = r.1;
                continue;
            }
            if self.tag(e) == Tag::CC && is_any(w, &["and", "or"]) {
                match self.np_starting(e + 1) {
                    Some(r) if !(r.1 < n && self.finite_vg_at(r.1)) => {
                        e = r.1;
                        continue;
                    }
                    _ => break,
                }
            }
            if self.tag(e) == Tag::Comma {
                // A list `A , B , and C`: accept only if it ends in a conjunction.
                let mut k = e;
                let mut ok = None;
                while k + 1 < n && self.tag(k) == Tag::Comma {
                    let Some(r) = self.np_starting(k + 1).or_else(|| {
                        (self.tag(k + 1) == Tag::CC)
                            .then(|| self.np_starting(k + 2))
                            .flatten()
                    }) else {
                        break;
                    };
                    if self.tag(k + 1) == Tag::CC {
                        ok = Some(r.1);
                        break;
                    }
                    // `the London , Midland and Scottish Railway Company`: a
                    // name with its own conjunction ends the list.
                    if (r.0 + 1..r.1).any(|j| is_any(self.words[j], &["and", "&"])) {
                        ok = Some(r.1);
                        break;
                    }
                    k = r.1;
                    if k < n && self.tag(k) == Tag::CC && is_any(self.words[k], &["and", "or", "&"])
                    {
                        if let Some(r2) = self.np_starting(k + 1) {
                            ok = Some(r2.1);
                        }
                        break;
                    }
                }
                match ok {
                    Some(end) if !(end < n && self.finite_vg_at(end)) => {
                        e = end;
                        continue;
                    }
                    _ => break,
                }
            }
            break;
        }
        Some((start, e))
    }

    /// The end of a place in apposition after the name that ends before `i`
    /// (`Salt Lake City | , Utah`, `Tampa | , Florida ,`): a comma and a short
    /// proper noun phrase that neither starts a list nor is a clause's subject.
    pub fn place_tail(&self, i: usize) -> Option<usize> {
        let n = self.n();
        if i == 0 || i + 1 >= n || self.tag(i) != Tag::Comma || !self.tag(i - 1).is_proper() {
            return None;
        }
        let (a, b) = self.np_starting(i + 1)?;
        if b - a > 3 || !(a..b).all(|k| self.tag(k).is_proper()) {
            return None;
        }
        let ends = b >= n
            || matches!(self.tag(b), Tag::Period | Tag::RRB | Tag::Colon)
            || self.tag(b) == Tag::Comma
                && !(b + 1 < n
                    && (matches!(self.tag(b + 1), Tag::CC)
                        || self.finite_vg_at(b + 1)
                        || self.np_starting(b + 1).is_some_and(|r| {
                            r.1 < n && matches!(self.tag(r.1), Tag::CC | Tag::Comma)
                        })));
        (ends && !self.finite_vg_at(b)).then_some(b)
    }

    /// A prepositional phrase starting at `i` (preposition + object), unless it opens a clause.
    fn pp_starting(&self, i: usize) -> Option<Range> {
        if !self.is_prep(i) {
            return None;
        }
        let r = self.object_starting(i + 1)?;
        if r.1 < self.n() && self.finite_vg_at(r.1) {
            return None;
        }
        Some((i, r.1))
    }

    /// The end of the clause material from `i`: the sentence end without final
    /// punctuation, or a semicolon/colon.
    fn rest_end(&self, i: usize) -> usize {
        let mut e = i;
        while e < self.n() && !matches!(self.tag(e), Tag::Colon) {
            e += 1;
        }
        while e > i && matches!(self.tag(e - 1), Tag::Period | Tag::Comma | Tag::RQuote) {
            e -= 1;
        }
        e
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
        // A relative clause without pronoun: `the gimmicks she used in her show`.
        if c.object.is_none()
            && c.prep.is_none()
            && c.complement.is_none()
            && via == SubjectVia::Direct
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
            c.object = Some(obj);
        }
        // Object relative: `a match which Keibler lost`.
        if c.object.is_none() && c.prep.is_none() && via == SubjectVia::Direct && c.subject.0 >= 2 {
            let r = c.subject.0 - 1;
            if is_any(s.words[r], RELATIVE) && matches!(s.tag(r), Tag::WDT | Tag::WP | Tag::IN) {
                let a = if s.tag(r - 1) == Tag::Comma {
                    r.saturating_sub(2)
                } else {
                    r - 1
                };
                if let Some(obj) = s.subject_ending(a) {
                    c.object = Some(obj);
                }
            }
        }
        out.push(c);
    }
    share_objects(s, &mut out);
    resolve_pronoun_subjects(s, &mut out);
    // `By opening for U2 , they became …`: an opening participle phrase is
    // about the subject of the clause after it.
    for (k, comma) in opening {
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
            !plural && (ht != Tag::NNP || is_any(s.words[head], ORGANISATION_HEADS)) && ht.is_noun()
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
fn report_end(s: &Sent<'_>, i: usize) -> Option<usize> {
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

fn find_subject(s: &Sent<'_>, k: usize, done: &[Clause]) -> Option<(Range, SubjectVia)> {
    let vg = &s.chunks.vgs[k];
    let main_tag = s.tag(vg.main);
    let mut p = vg.start;
    // Skip adverbs before the group (`likely hopes`).
    while p > 0 && matches!(s.tag(p - 1), Tag::RB | Tag::RBR | Tag::RBS) {
        p -= 1;
    }
    if p == 0 {
        return None;
    }
    let prev = p - 1;
    let governing = || done.iter().rev().find(|c| c.vg < k);
    if vg.infinitive {
        let g = governing()?;
        let gv = &s.chunks.vgs[g.vg];
        if is_any(s.words[gv.main], OBJECT_CONTROL)
            && let Some(o) = g.object
        {
            return Some((o, SubjectVia::Control));
        }
        return Some((g.subject, SubjectVia::Control));
    }
    let pt = s.tag(prev);
    if !vg.finite && matches!(main_tag, Tag::VBG | Tag::VBN) && vg.start == vg.main {
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
    }
    // `The United States … on Thursday granted`: a time phrase before the verb is
    // no part of the subject.
    let mut prev = prev;
    if let Some(np) = s.np_ending(prev)
        && np.0 >= 2
        && s.is_prep(np.0 - 1)
        && (np.0..np.1).any(|k| is_any(s.words[k], TIME_WORDS))
        && s.np_ending(np.0 - 2).is_some()
    {
        prev = np.0 - 2;
    }
    // `Plans … that have experienced eutrophication have been proposed`: the
    // phrase before the verb closes a restrictive relative clause, whose
    // antecedent is the subject.
    if vg.finite
        && let Some(g) = done.iter().rev().find(|g| {
            g.via == SubjectVia::Relative
                && g.end == prev + 1
                && g.subject.1 < g.vg_start(s)
                && !matches!(s.tag(g.subject.1), Tag::Comma)
        })
    {
        return Some((g.subject, SubjectVia::Relative));
    }
    // `the car that he bought is red`: an object relative clause before the verb.
    if vg.finite
        && let Some(g) = done.iter().rev().find(|g| {
            pp_chain_end(s, g.end) == prev + 1
                && g.object
                    .is_some_and(|o| o.1 < g.vg_start(s) && o.1 <= g.subject.0)
        })
    {
        return Some((g.object.unwrap(), SubjectVia::Relative));
    }
    if let Some(r) = s.subject_ending(prev) {
        // `… and in 2012 belonged to …`: a noun phrase inside a prepositional
        // phrase is no subject; the verb is coordinated with the one before.
        if r.0 >= 2 && s.is_prep(r.0 - 1) && !s.clause_initial(r.0) {
            let before = r.0 - 2;
            if matches!(s.tag(before), Tag::CC | Tag::Comma)
                && let Some(g) = governing()
            {
                return Some((g.subject, SubjectVia::Coordinated));
            }
        }
        return Some((r, SubjectVia::Direct));
    }
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
        let g = governing()?;
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
        // `X , who … ,` or `X , an appositive ,` before the verb: try the commas
        // to the left until the phrase before one starts a clause.
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
                    return Some((r, SubjectVia::Parenthetical));
                }
                first.get_or_insert(r);
            }
        }
        if let Some(r) = first {
            return Some((r, SubjectVia::Parenthetical));
        }
        // A list of verb phrases: `broke out …, took Cisterna , and raced …`.
        let g = governing()?;
        return Some((g.subject, SubjectVia::Coordinated));
    }
    None
}

/// Whether `, NP , NP ,` segments from `i` lead to a tensed verb
/// (`X of Y , West Hartford , Conn. , purchased`).
fn appositives_then_verb(s: &Sent<'_>, mut i: usize) -> bool {
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

/// The end of an interrogative clause object starting at `i` (`what happened
/// to Pete`, `how the two fit`, `whether it rains`): up to the next comma or
/// the end of the clause material, if it holds a verb.
fn wh_clause(s: &Sent<'_>, i: usize) -> Option<usize> {
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
fn participle_tail(s: &Sent<'_>, i: usize) -> Option<usize> {
    let n = s.n();
    if i + 1 < n && s.words[i].eq_ignore_ascii_case("of") && s.tag(i) == Tag::IN {
        return participle_end(s, i + 1, true);
    }
    participle_end(s, i, false).or_else(|| infinitive_end(s, i))
}

/// The end of an infinitive phrase starting at `i` (`the decision | to cease
/// broadcasting at 5pm`), with its own object and arguments.
fn infinitive_end(s: &Sent<'_>, i: usize) -> Option<usize> {
    let k = s.chunks.vg_at(i)?;
    let vg = &s.chunks.vgs[k];
    if vg.start != i || !vg.infinitive {
        return None;
    }
    Some(phrase_end(s, k, i, SubjectVia::Control))
}

/// Where the non-finite phrase of verb group `k`, starting at `i`, ends: its
/// verb group and everything [`right_side`] finds after it.
fn phrase_end(s: &Sent<'_>, k: usize, i: usize, via: SubjectVia) -> usize {
    let end = s.chunks.vgs[k].end;
    let mut tail = Clause::new(k, (i, i), via, end);
    right_side(s, &mut tail);
    tail.end.max(end)
}

/// The end of a non-finite participle phrase starting at `at` (only a gerund
/// if `gerund`), with its own object and arguments.
fn participle_end(s: &Sent<'_>, at: usize, gerund: bool) -> Option<usize> {
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
fn take_object_tail(s: &Sent<'_>, c: &mut Clause, p: usize) -> usize {
    match participle_tail(s, p) {
        Some(tail) => {
            c.object_tail = Some((p, tail));
            tail
        }
        None => p,
    }
}

fn right_side(s: &Sent<'_>, c: &mut Clause) {
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
    // `These activities include : review of …`: a colon right after the verb
    // introduces its object.
    if p + 1 < n && s.words[p] == ":" && s.np_starting(p + 1).is_some() {
        p += 1;
    }
    if p >= n {
        c.end = p;
        return;
    }
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
            return;
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
            return;
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
                return;
            }
        }
    }
    // `met this morning with X`: a time phrase right after the verb is an
    // adjunct, and the prepositional phrase after it carries the relation.
    let mut time_adjunct = None;
    if let Some(np) = s.np_starting(p)
        && np.1 - np.0 <= 3
        && is_any(s.words[np.1 - 1], TIME_WORDS)
        && s.is_prep(np.1)
        && s.pp_starting(np.1).is_some()
    {
        time_adjunct = Some(np);
        p = np.1;
    }
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
    c.extras.extend(time_adjunct);
    c.end = p;
}
