//! Constituencies: the seat a legislator is elected for, named in the `for`
//! phrase of the title (`Boris Johnson, the MP for Henley`, `the Tory MEP for
//! the South East`, `Labour MP for Bolton West Ruth Kelly`). The recogniser
//! often misses such a town or district, or runs it into the legislator's
//! name after it; the units of a sentence in, at the `for`, a place mention
//! out, ending before a known given name that opens a name of its own.

use crate::nlp::lexicon::{self, TitleClass};
use crate::nlp::{Mention, MentionForm};
use crate::text::Token;
use crate::vocab::EntityKind;

use super::Finder;

/// Whether a legislator's title and `for` come right before name `m` (`the
/// MP for Henley`, `MEP for the South East`): a name the finder alone found
/// there stands (see [`super::recognised`]).
pub(super) fn after_legislator(text: &str, tokens: &[Token], m: &Mention) -> bool {
    let Some(mut k) = tokens.iter().position(|t| t.span.start == m.name.start) else {
        return false;
    };
    if k > 0 && tokens[k - 1].text(text).eq_ignore_ascii_case("the") {
        k -= 1;
    }
    k >= 2
        && tokens[k - 1].text(text) == "for"
        && lexicon::title(&tokens[k - 2].text(text).to_lowercase())
            .is_some_and(|t| t.class == TitleClass::Legislature)
}

impl Finder<'_> {
    /// The constituency after a legislator's title and `for` at `i` (see the
    /// module docs): `[the]`, a capitalised run (two joined by `and` when the
    /// phrase ends there: `Bethnal Green and Bow,`), cut before a given name
    /// opening the legislator's own name.
    pub(super) fn constituency(&self, i: usize) -> Option<(Mention, usize)> {
        if i == 0 || self.lower(i) != "for" {
            return None;
        }
        let title = lexicon::title(&self.units[i - 1].lower)?;
        if title.class != TitleClass::Legislature {
            return None;
        }
        let start = if self.lower(i + 1) == "the" {
            i + 2
        } else {
            i + 1
        };
        let mut end = self.run_end(start)?;
        let ends_phrase = |k: usize| {
            self.unit(k)
                .is_none_or(|u| matches!(u.text, "," | "." | ";" | ")"))
        };
        // `MP for Bolton West Ruth Kelly`: the legislator's name follows.
        let given = |w: &str| lexicon::given_name(w) || lexicon::given_name_gender(w).is_some();
        if let Some(p) = (start + 1..end.saturating_sub(1)).find(|&p| given(self.units[p].text)) {
            end = p;
        } else if self.lower(end) == "and"
            && let Some(more) = self.run_end(end + 1)
            && ends_phrase(more)
        {
            end = more;
        }
        let span = self.span(start, end);
        let m = self.mention(span, span, EntityKind::Place, MentionForm::Name);
        Some((m, end))
    }
}
