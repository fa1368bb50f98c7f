//! Governments named after their country or leader: `the US government`, `the
//! Russian government`, `the Bush administration`. News makes such a body the
//! subject of its facts (`The US government sued Altria`) as often as it names
//! a ministry, yet no capitalised run covers it. The units of a sentence in, at
//! the owner's position, an organisation mention out whose name is the owner
//! and the head noun as written (`US government`); the owner is inside it, so
//! no mention of the country is made there.

use crate::nlp::lexicon;
use crate::nlp::{Mention, MentionForm, Tag};
use crate::vocab::EntityKind;

use super::Finder;

/// The most words of a leader's name before the head noun (`the George W Bush
/// administration`).
const MAX_LEADER_UNITS: usize = 4;

impl Finder<'_> {
    /// A government at `i` (see the module docs): `[the]`, a demonym or a
    /// country's form, or a person's name, and a head noun of
    /// [`crate::vocab::description::governing_body`], ending the noun phrase
    /// (`US government officials` is about officials).
    pub(super) fn government(&self, i: usize) -> Option<(Mention, usize)> {
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
        let h = self.unit(head)?;
        if h.cap || h.tag != Tag::NN || !crate::vocab::description::governing_body(&h.lower) {
            return None;
        }
        let modifies_next = self
            .unit(head + 1)
            .is_some_and(|u| u.tag.is_noun() || u.tag == Tag::CD);
        if modifies_next {
            return None;
        }
        let span = self.span(start, head + 1);
        let m = self.mention(span, span, EntityKind::Organization, MentionForm::Name);
        Some((m, head + 1))
    }
}
