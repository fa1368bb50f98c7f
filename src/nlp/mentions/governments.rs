//! Governments named after their country or leader: `the US government`, `the
//! Russian government`, `the Bush administration`. News makes such a body the
//! subject of its facts (`The US government sued Altria`) as often as it names
//! a ministry, yet no capitalised run covers it. The units of a sentence in, at
//! the owner's position, an organisation mention out whose name is the owner
//! and the head noun as written (`US government`); the owner is inside it, so
//! no mention of the country is made there.
//!
//! A country may also name its government apart from the noun: before it
//! with a possessive (`Japan's government`, `Britain's Labour government`,
//! `Germany's coalition government`) or after it with `of` (`the government
//! of Indonesia`). Such a mention's name is the country and its
//! [`Mention::body`] the noun; the entity is named by the country's demonym
//! (`Japanese government`), as the same government is most often written.

use crate::nlp::lexicon;
use crate::nlp::{Mention, MentionForm, Tag};
use crate::text::Span;
use crate::vocab::EntityKind;

use super::Finder;
use super::units::Unit;

/// The most words of a leader's name before the head noun (`the George W Bush
/// administration`).
const MAX_LEADER_UNITS: usize = 4;

/// The most countries whose governments one plural noun names (`the French
/// and German governments`).
const MAX_COORDINATED: usize = 6;

/// The most words between a country's possessive and its government's noun
/// (`Italy's centre-right coalition government`).
const MAX_MODIFIER_UNITS: usize = 2;

impl Finder<'_> {
    /// A government at `i` (see the module docs): `[the]`, a demonym or a
    /// country's form, or a person's name, and a head noun of
    /// [`crate::vocab::description::governing_body`], ending the noun phrase
    /// (`US government officials` is about officials).
    pub(super) fn government(&self, i: usize) -> Option<(Mention, usize)> {
        self.government_named(i)
            .or_else(|| self.government_of(i))
            .or_else(|| self.country_government(i))
    }

    /// `the French and German governments`, `the British, French and German
    /// governments`: demonyms joined by commas and `and`, then a plural
    /// governing noun ending the noun phrase, name one government per
    /// country. Each mention's name is its demonym and its body the noun;
    /// the last one's words run on over the noun, as a family's do.
    pub(super) fn coordinated_governments(&self, i: usize) -> Option<(Vec<Mention>, usize)> {
        let start = if self.lower(i) == "the" { i + 1 } else { i };
        if !self.unit(start).is_some_and(|u| u.cap) {
            return None;
        }
        // Demonyms only: `the US and British governments` would name the
        // first `American government`, apart from `the US government`.
        let mut parts = Vec::new();
        let mut k = start;
        loop {
            let n = self.demonym_at(k)?;
            parts.push((k, k + n));
            k += n;
            match self.lower(k) {
                "," if parts.len() < MAX_COORDINATED => k += 1,
                "and" if parts.len() < MAX_COORDINATED => {
                    let n = self.demonym_at(k + 1)?;
                    parts.push((k + 1, k + 1 + n));
                    k += 1 + n;
                    break;
                }
                _ => return None,
            }
        }
        let h = self.unit(k)?;
        if h.cap || h.tag != Tag::NNS {
            return None;
        }
        let noun = crate::vocab::description::governing_body_noun(h.lower.strip_suffix('s')?)?;
        // (`the French and German governments' decision` is one decision.)
        let modifies_next = self
            .unit(k + 1)
            .is_some_and(|u| u.tag.is_noun() || u.tag == Tag::CD || u.is_possessive());
        if modifies_next {
            return None;
        }
        let last = parts.len() - 1;
        let mentions = parts
            .iter()
            .enumerate()
            .map(|(p, &(a, b))| {
                let end = if p == last { k + 1 } else { b };
                self.government_mention(self.span(a, end), self.span(a, b), noun)
            })
            .collect();
        Some((mentions, k + 1))
    }

    /// A government's mention: its words, its name and its body's noun.
    fn government_mention(&self, span: Span, name: Span, noun: &'static str) -> Mention {
        let mut m = self.mention(span, name, EntityKind::Organization, MentionForm::Name);
        m.body = Some(noun);
        m
    }

    /// The governing body's noun at `k`, ending the noun phrase: the noun as
    /// the vocabulary has it.
    fn body_at(&self, k: usize) -> Option<&'static str> {
        let h = self.unit(k)?;
        if h.cap || h.tag != Tag::NN {
            return None;
        }
        let noun = crate::vocab::description::governing_body_noun(&h.lower)?;
        // (`US government officials`, `Britain's government-backed bank`.)
        let modifies_next = self.unit(k + 1).is_some_and(|u| {
            u.tag.is_noun() || u.tag == Tag::CD || matches!(u.text, "-" | "‐" | "‑")
        });
        (!modifies_next).then_some(noun)
    }

    /// A country's name at `k` (not a demonym): its length.
    fn country_at(&self, k: usize) -> Option<usize> {
        self.known_at(k)
            .filter(|&(_, kind)| kind == EntityKind::Country)
            .map(|(n, _)| n)
    }

    /// `Japan's government`, `Britain's Labour government`, `the United
    /// States' administration`: a country's name, a possessive, at most
    /// [`MAX_MODIFIER_UNITS`] words (a party's or an adjective:
    /// `coalition`, `centre-right`, `Socialist`), and the noun.
    fn country_government(&self, i: usize) -> Option<(Mention, usize)> {
        let start = if self.lower(i) == "the" { i + 1 } else { i };
        let n = self.country_at(start)?;
        let pos = start + n;
        if !self.unit(pos).is_some_and(Unit::is_possessive) {
            return None;
        }
        let modifier = |u: &Unit<'_>| {
            u.is_alpha()
                && !u.is_possessive()
                && if u.cap {
                    u.tag.is_proper() || u.tag.is_adjective()
                } else {
                    u.tag.is_adjective() || u.tag == Tag::NN || u.tag == Tag::VBN
                }
        };
        let head = (pos + 1..=pos + 1 + MAX_MODIFIER_UNITS).find(|&k| {
            self.unit(k)
                .is_some_and(|u| crate::vocab::description::governing_body(&u.lower))
        })?;
        if !self.units[pos + 1..head].iter().all(modifier) {
            return None;
        }
        let noun = self.body_at(head)?;
        Some((
            self.government_mention(self.span(start, head + 1), self.span(start, pos), noun),
            head + 1,
        ))
    }

    /// `the government of Indonesia`, `the government of the Philippines`:
    /// the noun (after `the` or opening the phrase), `of`, and a country's
    /// name that ends the phrase.
    fn government_of(&self, i: usize) -> Option<(Mention, usize)> {
        let start = if self.lower(i) == "the" { i + 1 } else { i };
        // (`a government of national unity` is no country's government.)
        if start == i && i > 0 && self.unit(i - 1).is_some_and(|u| u.tag == Tag::DT) {
            return None;
        }
        let u = self.unit(start)?;
        if u.cap || u.tag != Tag::NN || self.lower(start + 1) != "of" {
            return None;
        }
        let noun = crate::vocab::description::governing_body_noun(&u.lower)?;
        let from = if self.lower(start + 2) == "the" {
            start + 3
        } else {
            start + 2
        };
        let n = self.country_at(from)?;
        let end = from + n;
        // (`the government of Japan's decision`, `... of China Telecom`.)
        if self
            .unit(end)
            .is_some_and(|u| u.is_possessive() || u.cap || u.tag.is_noun())
        {
            return None;
        }
        Some((
            self.government_mention(self.span(start, end), self.span(from, end), noun),
            end,
        ))
    }

    /// `the US government`, `the Bush administration` (see the module docs).
    fn government_named(&self, i: usize) -> Option<(Mention, usize)> {
        let start = if self.lower(i) == "the" { i + 1 } else { i };
        let owner = self.unit(start)?;
        if !owner.cap || owner.is_possessive() {
            return None;
        }
        // The head noun must be near, which few sentences have: look for it
        // before reading the owner's name.
        let near = self.units[start + 1..]
            .iter()
            .take(MAX_LEADER_UNITS)
            .any(|u| crate::vocab::description::governing_body(&u.lower));
        if !near {
            return None;
        }
        let head = match self.demonym_at(start) {
            Some(n) => start + n,
            None => {
                let end = self.run_end(start)?;
                let kind = self.run_kind(start, end, false);
                let person = end - start <= MAX_LEADER_UNITS
                    && matches!(kind, EntityKind::Person | EntityKind::Other)
                    && !lexicon::party(self.slice(start, end));
                (person || kind == EntityKind::Country).then_some(end)?
            }
        };
        self.body_at(head)?;
        let span = self.span(start, head + 1);
        let m = self.mention(span, span, EntityKind::Organization, MentionForm::Name);
        Some((m, head + 1))
    }
}
