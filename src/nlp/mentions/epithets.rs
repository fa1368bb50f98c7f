//! Epithets: `the Ballymena-born actor`, `the Oscar-nominated actress`, `the
//! 45-year-old singer`. News names a person once and then, as often as by a
//! pronoun, by `the`, hyphenated modifiers and an occupation. The units of a
//! sentence in, at the occupation's position, a role phrase out (the
//! occupation, no owner), which resolution links to the person the text is
//! about; the names inside the modifiers (`Ballymena`) stay mentions of their
//! own.

use crate::nlp::lexicon;
use crate::nlp::{Mention, MentionForm, Role, Tag};
use crate::vocab::EntityKind;

use super::Finder;

/// The most units between `the` and the occupation.
const MAX_MODIFIER_UNITS: usize = 7;

impl Finder<'_> {
    /// An epithet's occupation at `i` (see the module docs): `the`, modifiers
    /// of which at least one is hyphenated, and a title the lexicon knows,
    /// ending the noun phrase.
    pub(super) fn epithet(&self, i: usize) -> Option<(Mention, usize)> {
        let before = self.unit(i.checked_sub(1)?)?;
        if !(before.text.contains('-') || self.unit(i.checked_sub(2)?)?.text == "-") {
            return None;
        }
        let start = (i.saturating_sub(MAX_MODIFIER_UNITS)..i)
            .rev()
            .find(|&k| self.lower(k) == "the")?;
        let mut hyphenated = false;
        for k in start + 1..i {
            let u = &self.units[k];
            // `-`, or a word with a hyphen inside (`Oscar-nominated`).
            let hyphen = u.text == "-" || u.text.chars().skip(1).any(|c| c == '-');
            // A word joined by a hyphen to the next (`Ballymena` -, `45` -).
            let joined = self.unit(k + 1).is_some_and(|n| n.text == "-")
                && (u.is_alpha() || u.text.bytes().all(|b| b.is_ascii_digit()));
            // A lower-case modifier (`former`) or participle (`born`).
            let modifier = !u.cap && u.is_alpha() && !u.tag.is_verb() || u.tag == Tag::VBN;
            hyphenated |= hyphen;
            if !(hyphen || joined || modifier) {
                return None;
            }
        }
        let (t, phrase) = self.title_at(i)?;
        let end = i + t;
        // The phrase ends at the occupation: no name or noun after it.
        let next = self.unit(end);
        if !hyphenated
            || lexicon::title(&phrase).is_none()
            || self.name_like_inside(end)
            || next.is_some_and(|u| u.tag.is_noun() || u.is_possessive())
        {
            return None;
        }
        let span = self.span(i, end);
        let mut m = self.mention(span, span, EntityKind::Person, MentionForm::RolePhrase);
        m.role = Some(Role {
            title: phrase,
            of: None,
        });
        Some((m, end))
    }
}
