//! The chunked sentence the clause finder walks: words, tags and chunks in;
//! noun phrases, prepositional phrases and places that start or end at a token
//! out (`object_starting`, `subject_ending`, `place_tail`, …). Token ranges are
//! half-open `(start, end)` pairs of sentence token indices.

use super::clause::Range;
use crate::nlp::chunk::{Chunks, is_any};
use crate::nlp::lexicon;
use crate::nlp::{Tag, Tagged};
use crate::vocab::function_words::{ATTACH, PREPOSITIONAL_ADVERBS, SUBORDINATOR, TIME_WORDS};
use crate::vocab::speech;

/// A chunked sentence.
pub struct Sent<'a> {
    pub words: &'a [&'a str],
    pub tags: &'a [Tagged],
    pub chunks: &'a Chunks,
}

impl Sent<'_> {
    /// The tag of token `i`; past the end, a sentence-final stop.
    pub(crate) fn tag(&self, i: usize) -> Tag {
        self.tags.get(i).map_or(Tag::Period, |t| t.tag)
    }
    pub(crate) fn n(&self) -> usize {
        self.words.len()
    }
    pub fn is_prep(&self, i: usize) -> bool {
        i < self.n() && self.is_prep_in(i)
    }
    pub(crate) fn is_prep_in(&self, i: usize) -> bool {
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
    pub(crate) fn finite_vg_at(&self, i: usize) -> bool {
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
    pub(crate) fn pp_starting(&self, i: usize) -> Option<Range> {
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
    pub(crate) fn rest_end(&self, i: usize) -> usize {
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

/// A word that makes a noun phrase a time expression: a weekday or month
/// (`on Thursday`) or a word of [`TIME_WORDS`] (`last week`).
pub(super) fn time_word(word: &str) -> bool {
    lexicon::weekday_or_month(word) || is_any(word, TIME_WORDS)
}
