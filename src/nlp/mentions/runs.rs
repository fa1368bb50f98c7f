//! Name runs: where a name starts and ends in a sentence, whether a word can be
//! part of one, and what kind of entity a run names.

use crate::nlp::Tag;
use crate::nlp::lexicon;
use crate::text::Span;
use crate::vocab::EntityKind;

use super::Finder;
use super::units::{
    FUNCTION_WORDS, PARTICLES, PRONOUNS, Unit, is_common_word, is_initial, particle_prefixed,
};

/// Lower-case event words that turn a preceding name into an event name
/// (`Beijing summit`, `Russia-Ukraine war`).
const EVENT_NOUNS: &[&str] = &[
    "summit",
    "war",
    "conference",
    "forum",
    "election",
    "elections",
    "games",
    "olympics",
    "festival",
    "referendum",
    "crisis",
];

/// Prepositions after which an unknown single name is read as a place.
const LOCATIVES: &[&str] = &[
    "in",
    "near",
    "across",
    "outside",
    "inside",
    "throughout",
    "around",
];

/// One-word titles that are also adjectives (`a major bank`, `general
/// agreement`, `official figures`).
const ADJECTIVE_TITLES: &[&str] = &["general", "major", "official", "private"];

/// How far (in bytes) around a sentence to look for the same word capitalised
/// mid-sentence, as evidence that a sentence-initial word is a name.
const EVIDENCE_WINDOW: usize = 20_000;

impl<'a> Finder<'a> {
    /// Can unit `i` be part of a name?
    pub(super) fn name_like(&self, i: usize) -> bool {
        let Some(u) = self.unit(i) else { return false };
        if !u.initial && particle_prefixed(u.text) && !self.title_case {
            return true;
        }
        if !u.cap || !u.is_alpha() || u.is_possessive() {
            return false;
        }
        if self.heading && lexicon::headline_verb(&u.lower) {
            return false;
        }
        if (i.saturating_sub(7)..i).any(|j| self.verb_after_known(j, i)) {
            return false;
        }
        if FUNCTION_WORDS.contains(&u.lower.as_str())
            || PRONOUNS.contains(&u.lower.as_str())
            || crate::vocab::function_words::SUBORDINATOR.contains(&u.lower.as_str())
        {
            return false;
        }
        if lexicon::calendar(u.text) && !self.next_is_name(i) {
            return false;
        }
        if lexicon::wire_abbreviation(u.text) {
            return false;
        }
        if self.title_case {
            // Capitals carry no information: only names the lexicon knows.
            return self.known_at(i).is_some() || lexicon::demonym(u.text).is_some();
        }
        if u.initial {
            // `New` opens `New Jersey Bell` as it opens no other sentence.
            if lexicon::common_capitalised(u.text) && self.known_at(i).is_none() {
                return false;
            }
            if self.initial_participle(i) {
                return false;
            }
            return u.tag.is_proper()
                || lexicon::known_kind(u.text).is_some()
                || lexicon::demonym(u.text).is_some()
                || lexicon::honorific(u.text).is_some()
                || self.next_is_name(i)
                || self.before_ampersand_name(i)
                || self.capitalised_elsewhere(u.text);
        }
        true
    }

    /// A sentence-initial participle or adjective in `-ing`/`-ed` (`Existing
    /// Argo shareholders`, `Revised figures`): a dictionary word the tagger
    /// does not read as a proper noun and the document never capitalises
    /// mid-sentence modifies the name after it and is no part of it.
    fn initial_participle(&self, i: usize) -> bool {
        let Some(u) = self.unit(i) else { return false };
        let form = (u.lower.len() > 4 && u.lower.ends_with("ing"))
            || (u.lower.len() > 4 && u.lower.ends_with("ed"));
        // `Using President Reagan's assumptions`: before a title the tagger
        // reads the participle as a name.
        let before_title = self.unit(i + 1).is_some_and(|n| {
            lexicon::title(&n.lower).is_some() || lexicon::honorific(n.text).is_some()
        });
        form && (!u.tag.is_proper() || before_title)
            && is_common_word(u.text)
            && lexicon::known_kind(u.text).is_none()
            && !self.capitalised_elsewhere(u.text)
    }

    /// `Marks & Spencer`, `Procter & Gamble`: `&` at `k` between one
    /// capitalised word and another ends no name (neither a lexicon-known
    /// name: `Britain & France` are two).
    fn ampersand_joins(&self, i: usize, k: usize) -> bool {
        k == i + 1
            && self.name_like_inside(k + 1)
            && self.known_at(i).is_none()
            && lexicon::known_kind(self.units[k + 1].text).is_none()
    }

    /// `Marks & Spencer said`: an opening word joined by `&` to a
    /// capitalised word is the head of a firm's name, whatever its tag.
    fn before_ampersand_name(&self, i: usize) -> bool {
        self.unit(i + 1).is_some_and(|u| u.text == "&") && self.next_is_name(i + 1)
    }

    /// Is the unit after `i` a capitalised non-function word?
    pub(super) fn next_is_name(&self, i: usize) -> bool {
        self.unit(i + 1).is_some_and(|u| {
            u.cap
                && u.is_alpha()
                && !u.is_possessive()
                && !FUNCTION_WORDS.contains(&u.lower.as_str())
                && !lexicon::calendar(u.text)
        })
    }

    /// Does the document also write `word` capitalised in the middle of a sentence?
    /// Only the text within [`EVIDENCE_WINDOW`] bytes of the sentence is read,
    /// so long documents stay linear.
    pub(super) fn capitalised_elsewhere(&self, word: &str) -> bool {
        let (Some(first), Some(last)) = (self.units.first(), self.units.last()) else {
            return false;
        };
        let mut lo = first.span.start.saturating_sub(EVIDENCE_WINDOW);
        while !self.text.is_char_boundary(lo) {
            lo -= 1;
        }
        let mut hi = (last.span.end + EVIDENCE_WINDOW).min(self.text.len());
        while !self.text.is_char_boundary(hi) {
            hi += 1;
        }
        self.text[lo..hi].match_indices(word).any(|(rel, _)| {
            let at = lo + rel;
            let before = self.text[lo..at].trim_end_matches(' ');
            let after = self.text[at + word.len()..hi].chars().next();
            let boundary = after.is_none_or(|c| !c.is_alphanumeric());
            let spaced = lo + before.len() < at;
            boundary
                && spaced
                && before
                    .chars()
                    .last()
                    .is_some_and(|c| c.is_lowercase() || c == ',')
        })
    }

    /// The longest lexicon-known name (country, city, place, organisation) starting
    /// at `i`: its length in units and kind.
    pub(super) fn known_at(&self, i: usize) -> Option<(usize, EntityKind)> {
        if !self.unit(i).is_some_and(|u| u.cap) {
            return None;
        }
        let max = (self.units.len() - i).min(7);
        (1..=max).rev().find_map(|n| {
            let last = &self.units[i + n - 1];
            if !last.cap || last.is_possessive() || !self.known_ends[i + n - 1] {
                return None;
            }
            lexicon::known_kind(self.slice(i, i + n)).map(|k| (n, k))
        })
    }

    /// A capitalised demonym at `i` (`North Korean`, `Chinese`): its length.
    pub(super) fn demonym_at(&self, i: usize) -> Option<usize> {
        if !self.unit(i).is_some_and(|u| u.cap) {
            return None;
        }
        let (words, n) = self.words(i);
        lexicon::demonym_at(&words[..n]).map(|(n, _)| n)
    }

    /// A title at `i`, not the start of a longer capitalised name: its length and
    /// the title as written, lower-cased.
    pub(super) fn title_at(&self, i: usize) -> Option<(usize, String)> {
        let u = self.unit(i)?;
        if !u.is_alpha() {
            return None;
        }
        let (words, n) = self.words(i);
        let (n, _) = lexicon::title_at_where(&words[..n], |k| self.title_ends[i + k])?;
        if n == 1 && ADJECTIVE_TITLES.contains(&u.lower.as_str()) {
            // `major Danish dairy`, `the General Agreement on Tariffs`: an
            // adjective, unless capitalised before a name that is no
            // dictionary word (`General Patton`).
            let next = self.unit(i + 1)?;
            if !u.cap || !next.cap || is_common_word(next.text) {
                return None;
            }
        }
        Some((n, self.slice(i, i + n).to_lowercase()))
    }

    /// `of [the] <known name>` at `i`: the end unit and the span of the name.
    /// `whole`: the owner may be any name (`president of US Sprint`), not only a
    /// lexicon-known one (needed before a name: `President of Ghana John Mahama`).
    pub(super) fn of_phrase(&self, i: usize, whole: bool) -> Option<(usize, Span)> {
        if self.lower(i) != "of" {
            return None;
        }
        let k = if self.lower(i + 1) == "the" {
            i + 2
        } else {
            i + 1
        };
        let known = self.known_at(k).map(|(n, _)| k + n);
        let run = if whole { self.run_end(k) } else { None };
        let end = known.max(run)?;
        Some((end, self.span(k, end)))
    }

    /// The end of the name run starting at `i` (exclusive), if `i` starts one.
    pub(super) fn run_end(&self, i: usize) -> Option<usize> {
        if !self.name_like(i) {
            return None;
        }
        if self.title_case {
            return self.known_at(i).map(|(n, _)| i + n);
        }
        let mut k = i + 1;
        loop {
            if self.verb_after_known(i, k) {
                break;
            } else if self.name_like_inside(k) {
                k += 1;
            } else if let Some(e) = self
                .possessive_org_end(k)
                .filter(|&e| self.possessor_is_bare(i, k, e))
            {
                k = e;
            } else if (PARTICLES.contains(&self.lower(k)) && self.name_like_inside(k + 1))
                || (self.joining_and(k) && self.common_conjunct(i, k))
                || (self.lower(k) == "&" && self.ampersand_joins(i, k))
            {
                k += 2;
            } else if self.joining_and(k)
                && !self.joins_two_bodies(i, k)
                && self.org_conjunct_end(k).is_some()
            {
                k = self.org_conjunct_end(k).unwrap_or(k + 1);
            } else if matches!(self.lower(k), "of" | "for" | "on") && self.of_continues(i, k) {
                k += if self.lower(k + 1) == "the" { 2 } else { 1 };
            } else if let Some(e) = self.prize_field_end(k) {
                k = e;
            } else if let Some(e) = self.bracketed_part_end(k) {
                k = e;
            } else if let Some(e) = self.gazetteer_city_end(i, k) {
                k = e;
            } else {
                break;
            }
        }
        if let Some((n, _)) = self.known_at(i) {
            k = k.max(i + n);
        }
        Some(k)
    }

    /// `Dar es Salaam`, `Frankfurt am Main`, `Deir ez-Zor`: a short
    /// lower-case word at `k` (no function word) inside a city's name of the
    /// world-cities gazetteer that the run `i..k` opens; the end of the name
    /// (up to two capitalised words after the lower-case one).
    pub(super) fn gazetteer_city_end(&self, i: usize, k: usize) -> Option<usize> {
        let u = self.unit(k)?;
        if u.cap
            || u.lower.len() > 8
            || !u.text.starts_with(char::is_alphabetic)
            || FUNCTION_WORDS.contains(&u.lower.as_str())
        {
            return None;
        }
        // `ez-Zor`: the lower-case word may carry the capitalised one.
        let hyphened = u
            .text
            .split_once('-')
            .is_some_and(|(_, b)| b.starts_with(char::is_uppercase));
        if !hyphened && (u.lower.len() > 4 || !self.unit(k + 1).is_some_and(|n| n.cap)) {
            return None;
        }
        let first = if hyphened { k + 1 } else { k + 2 };
        (first..=(first + 1).min(self.units.len())).rev().find(
            |&e| { self.units[e - 1].cap || e == k + 1 } && lexicon::world_city(self.slice(i, e)),
        )
    }

    /// `Cheung Kong (Holdings) Ltd`, `Barrick Resources (USA) Inc`: one
    /// capitalised word in brackets at `k`, then a legal form, inside a
    /// company's name; the end of the legal form.
    pub(super) fn bracketed_part_end(&self, k: usize) -> Option<usize> {
        let inside = self.unit(k + 1)?;
        let legal = self.unit(k + 3)?;
        (self.lower(k) == "("
            && inside.cap
            && inside.is_alpha()
            && self.lower(k + 2) == ")"
            && crate::vocab::legal::is_legal_form(legal.text))
        .then_some(k + 4)
    }

    /// `Securities and Exchange Commission`: after `and` at `k`, capitalised words
    /// ending in an organisation word; the end of the name.
    pub(super) fn org_conjunct_end(&self, k: usize) -> Option<usize> {
        let mut e = k + 1;
        while self.name_like_inside(e) {
            e += 1;
        }
        if e > k + 1
            && let Some(p) = self.possessive_org_end(e)
        {
            return Some(p);
        }
        (e > k + 1 && lexicon::org_suffix(self.units[e - 1].text).is_some()).then_some(e)
    }

    /// `Massachusetts Institute of Technology and Colorado State University`:
    /// the run `i..k` before `and` at `k` is a whole body's name and the word
    /// after it one of its own ([`super::spans::institution_words`]), so `and`
    /// joins two bodies, not two parts of one name.
    fn joins_two_bodies(&self, i: usize, k: usize) -> bool {
        let before: Vec<&str> = self.units[i..k].iter().map(|u| u.text).collect();
        self.unit(k + 1)
            .is_some_and(|u| super::spans::distinctive_word(u.text))
            && super::spans::institution_words(&before)
    }

    /// `and` at `k` may join two parts of one name: not after a complete company
    /// name (`Acme Inc and Beta Corp`, `Liggett Group and Brown and Williamson`
    /// are two), nor a spelt-out `and` after an acronym of three letters or
    /// more (`EADS and BAE Systems`; `P and O`, `AT&T` are one).
    fn joining_and(&self, k: usize) -> bool {
        let before = self.lower(k.wrapping_sub(1));
        let after_acronym = self.lower(k) == "and"
            && self.unit(k.wrapping_sub(1)).is_some_and(|u| {
                u.is_acronym() && u.text.chars().filter(|c| c.is_alphabetic()).count() >= 3
            });
        matches!(self.lower(k), "and" | "&")
            && !crate::vocab::legal::is_abbreviated_legal_form(before)
            && before != "group"
            && !after_acronym
    }

    /// `Nippon Telegraph and Telephone`: `and` at `k` between a run `i..k` ending
    /// in a capitalised common noun and one more capitalised common noun that ends
    /// the name; neither part a lexicon-known name (not `Britain and France`).
    pub(super) fn common_conjunct(&self, i: usize, k: usize) -> bool {
        let (Some(prev), Some(next)) = (self.unit(k.wrapping_sub(1)), self.unit(k + 1)) else {
            return false;
        };
        k > i + 1
            && self.name_like_inside(k + 1)
            && (!self.name_like_inside(k + 2) || self.two_word_conjunct(i, k))
            && !self.unit(k + 2).is_some_and(Unit::is_possessive)
            && is_common_word(prev.text)
            && is_common_word(next.text)
            && lexicon::known_kind(next.text).is_none()
            && lexicon::title(next.text).is_none()
            && !(i..k).any(|h| lexicon::given_name(self.units[h].text))
            && lexicon::demonym(next.text).is_none()
            && self.known_at(i).is_none()
    }

    /// `London School of Hygiene and Tropical Medicine`, `National Institute
    /// of Allergy and Infectious Diseases`: after an `of`/`for` phrase inside
    /// the run `i..k`, the conjunct after `and` at `k` may be two capitalised
    /// common words that end the name, the second no institution's word (not
    /// `Ministry of Defence and Foreign Office`).
    fn two_word_conjunct(&self, i: usize, k: usize) -> bool {
        (i..k).any(|h| matches!(self.lower(h), "of" | "for"))
            && self.unit(k + 2).is_some_and(|u| {
                is_common_word(u.text)
                    && !lexicon::org_word(u.text)
                    && lexicon::org_suffix(u.text).is_none()
                    && lexicon::known_kind(u.text).is_none()
            })
            && !self.name_like_inside(k + 3)
            && !self.unit(k + 3).is_some_and(Unit::is_possessive)
    }

    /// `Moody's Investors Service Inc`: a possessive at `k` followed directly by
    /// capitalised words ending in an organisation word; the end of the name.
    pub(super) fn possessive_org_end(&self, k: usize) -> Option<usize> {
        if !self.unit(k).is_some_and(Unit::is_possessive) {
            return None;
        }
        let mut e = k + 1;
        while self.name_like_inside(e) {
            e += 1;
        }
        (e > k + 1 && lexicon::org_suffix(self.units[e - 1].text).is_some()).then_some(e)
    }

    /// The run `i..k` before a possessive may open an organisation's name
    /// (`Moody's`): not a known place, not a full organisation name already
    /// (`Pan American Corp's Pan Am`), no `of` inside, no person's name
    /// (`Rupert Murdoch's News Corp`); `e` ends the name after the possessive.
    fn possessor_is_bare(&self, i: usize, k: usize, e: usize) -> bool {
        let last = self.units[k - 1].text;
        let words: Vec<&str> = self.units[i..k].iter().map(|u| u.text).collect();
        let after: Vec<&str> = self.units[k + 1..e].iter().map(|u| u.text).collect();
        // A publication after a possessive is its own (`Pearson's Financial
        // Times`), and the possessor its publisher.
        let publication = after.last().is_some_and(|w| lexicon::publication_word(w));
        !super::person_possessor(&words, &after)
            && !publication
            && lexicon::org_suffix(last).is_none()
            && lexicon::known_kind(last).is_none()
            && !(i..k).any(|h| matches!(self.lower(h), "of" | "for" | "on"))
            && !(i..k).any(|h| self.known_at(h).is_some_and(|(n, _)| h + n == k))
    }

    /// `the U.S. Widened`: a capitalised verb form at `k` right after a run `i..k`
    /// that is exactly a lexicon-known name ends the run.
    pub(super) fn verb_after_known(&self, i: usize, k: usize) -> bool {
        let Some(u) = self.unit(k) else { return false };
        // The cheap test on the word first: the lexicon lookups only for verb forms.
        let verb = matches!(u.tag, Tag::VBD | Tag::VBZ | Tag::VBN)
            || lexicon::headline_verb(&u.lower)
            || (u.lower.len() > 4
                && u.lower.ends_with("ed")
                && !lexicon::org_word(u.text)
                && !lexicon::name_participle(u.text));
        u.cap && k > i && verb && self.known_at(i).is_some_and(|(n, _)| i + n == k)
    }

    /// Unit `k` continues a name (inside a run the sentence-initial test is moot).
    pub(super) fn name_like_inside(&self, k: usize) -> bool {
        self.unit(k).is_some_and(|u| {
            (u.cap || particle_prefixed(u.text))
                && u.is_alpha()
                && !u.is_possessive()
                && !FUNCTION_WORDS.contains(&u.lower.as_str())
                && !PRONOUNS.contains(&u.lower.as_str())
                && !(self.heading && lexicon::headline_verb(&u.lower))
                && (!self.title_case || u.tag.is_proper())
                && (!lexicon::calendar(u.text) || self.next_is_name(k))
                && !lexicon::wire_abbreviation(u.text)
        })
    }

    /// `of` at `k` continues the run `i..k` (`Bank of England`, `Republic of the Congo`).
    pub(super) fn of_continues(&self, i: usize, k: usize) -> bool {
        let head_ok = (i..k).any(|h| {
            let head = &self.units[h];
            lexicon::org_suffix(head.text).is_some()
                || lexicon::place_suffix(head.text)
                || matches!(
                    head.lower.as_str(),
                    "republic" | "kingdom" | "federation" | "emirates" | "states" | "union"
                )
        });
        let next = if self.lower(k + 1) == "the" {
            k + 2
        } else {
            k + 1
        };
        k > i
            && self.name_like_inside(next)
            && (head_ok || self.award_of(k, next) || self.after_work_noun(i))
    }

    /// The run at `i` follows a lower-case noun of a work, with or without
    /// `The` (`his novel The Remains of the Day`, `the film Lord of the
    /// Rings`): a title, whose `of`-phrases are its own.
    fn after_work_noun(&self, i: usize) -> bool {
        let before = if i > 0 && self.lower(i - 1) == "the" {
            i - 1
        } else {
            i
        };
        before > 0
            && self
                .unit(before - 1)
                .is_some_and(|u| !u.cap && crate::vocab::work::describes_work(&u.lower))
    }

    /// `for Fiction`, `in Physics` at `k`, after a prize's word (`Orange
    /// Prize for Fiction`, `Nobel Prize in Physics`): capitalised fields
    /// ([`lexicon::prize_field`]), which are part of the prize's name (a
    /// work it was given for is not: `Booker Prize for Wolf Hall`); the end.
    fn prize_field_end(&self, k: usize) -> Option<usize> {
        if k == 0 || !matches!(self.lower(k), "for" | "in") {
            return None;
        }
        let prize = &self.units[k - 1];
        if !(prize.cap && lexicon::award_suffix(prize.text)) {
            return None;
        }
        let mut e = k + 1;
        while self.name_like_inside(e) {
            e += 1;
        }
        (e > k + 1 && (k + 1..e).all(|f| lexicon::prize_field(self.units[f].text))).then_some(e)
    }

    /// The `of`-phrase at `k` (its name from `next`) names a prize with the
    /// words before it: `Book of the Year`, `Costa Novel of the Year Award`,
    /// `Man of Peace award`, whose name ends in a prize's word (capitalised or
    /// not) or is `of the Year`.
    fn award_of(&self, k: usize, next: usize) -> bool {
        if next == k + 2 && self.lower(next) == "year" {
            return true;
        }
        let mut e = next;
        while e < next + 4 && self.name_like_inside(e) {
            e += 1;
        }
        lexicon::award_suffix(self.units[e - 1].text)
            || self
                .unit(e)
                .is_some_and(|u| !u.cap && lexicon::award_suffix(u.text))
    }

    pub(super) fn event_noun_after(&self, k: usize) -> bool {
        self.unit(k)
            .is_some_and(|u| !u.cap && EVENT_NOUNS.contains(&u.lower.as_str()))
    }

    /// The kind of the name run `i..end`; `titled`: a title or honorific precedes it.
    pub(super) fn run_kind(&self, i: usize, end: usize, titled: bool) -> EntityKind {
        let whole = self.slice(i, end);
        let last = &self.units[end - 1];
        if let Some(k) = lexicon::known_kind(whole) {
            return k;
        }
        // `Dar es Salaam`: a city's name with a lower-case word inside, which
        // only the gazetteer joins.
        if self.units[i..end].iter().any(|u| !u.cap) && lexicon::world_city(whole) {
            return EntityKind::City;
        }
        if lexicon::storm_name(whole) {
            return EntityKind::Event;
        }
        // `Costa Novel of the Year Award`, `Book of the Year`, `Man of Peace
        // award`: a prize, whatever its words before.
        if end - i > 1
            && (lexicon::award_suffix(last.text)
                || whole.ends_with(" of the Year")
                || (i + 1..end).any(|k| self.prize_field_end(k) == Some(end))
                || self
                    .unit(end)
                    .is_some_and(|u| !u.cap && lexicon::award_suffix(u.text)))
        {
            return EntityKind::Other;
        }
        // `Institute for the Study of War`, `Bank of England`: the head comes
        // before the first `of`/`for`/`on`.
        let last = match (i + 1..end).find(|&k| matches!(self.lower(k), "of" | "for" | "on")) {
            Some(c) => &self.units[c - 1],
            None => last,
        };
        if let Some(k) = lexicon::org_suffix(last.text) {
            return k;
        }
        if (i..end).any(|k| lexicon::org_suffix(self.units[k].text).is_some()) && titled {
            return EntityKind::Organization;
        }
        if end - i > 1 && lexicon::event_suffix(last.text) {
            return EntityKind::Event;
        }
        if end - i > 1 && lexicon::place_suffix(last.text) {
            return EntityKind::Place;
        }
        if titled {
            return EntityKind::Person;
        }
        let single = end == i + 1;
        if !single {
            // `Nippon Telegraph and Telephone`: a conjoined name is an institution.
            if (i..end).any(|k| matches!(self.lower(k), "and" | "&")) {
                return EntityKind::Organization;
            }
            // Company-like words, or a known place inside the name (`BP North
            // America`), make it an institution rather than a person.
            if (i..end).any(|k| lexicon::org_word(self.units[k].text)) {
                return EntityKind::Organization;
            }
            // `David M. Holland`: a middle initial marks a person.
            if (i + 1..end - 1).any(|k| is_initial(self.units[k].text)) {
                return EntityKind::Person;
            }
            // `Free World`, `Greens Creek`: dictionary words only, not a person.
            if (i..end).all(|k| is_common_word(self.units[k].text))
                && !(i..end).all(|k| lexicon::given_name(self.units[k].text))
                && !lexicon::given_name(self.units[i].text)
            {
                return EntityKind::Other;
            }
            let contains_known = (i..end).any(|k| {
                self.known_at(k)
                    .is_some_and(|(n, kind)| k + n <= end && kind != EntityKind::Person)
            });
            if contains_known || (i..end).any(|k| self.units[k].is_acronym()) {
                return EntityKind::Other;
            }
        }
        if single && self.units[i].is_acronym() {
            return EntityKind::Other;
        }
        if !single {
            return EntityKind::Person;
        }
        // One unknown word: read the context.
        if self.place_noun_after(end) {
            return EntityKind::Place;
        }
        if i > 0 && LOCATIVES.contains(&self.lower(i - 1)) {
            return EntityKind::Place;
        }
        // A lone unknown word before `said` may be a person or a company: the
        // resolver decides (a surname joins its full name).
        EntityKind::Other
    }

    /// `leadership compound`, `nuclear complex`: up to two lower-case words ending
    /// in a place word.
    pub(super) fn place_noun_after(&self, k: usize) -> bool {
        (k..k + 3).any(|j| {
            self.unit(j)
                .is_some_and(|u| !u.cap && lexicon::place_suffix(u.text))
                && (k..j).all(|m| self.unit(m).is_some_and(|u| !u.cap && u.is_alpha()))
        })
    }
}
