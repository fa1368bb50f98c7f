//! Kin named by a given name alone: a given-name mention set in apposition to
//! a kinship noun owned by a named person in (`Michael Howard's ex-model wife,
//! Sandra`), the given name clustered as the full name it stands for out
//! (`Sandra Howard`, [`AliasRule::Kinship`]).
//!
//! News introduces a relative by the given name and the family name the
//! owner's full name already gave, then calls them `Mrs Howard` or `Sandra`:
//! with the full name built here, the honorific + surname joins it by the
//! usual surname rule (its gender picks Sandra, not Michael), and a later
//! `Sandra` joins it by its first word. Only spouses, children and siblings
//! are taken (the relatives that share the family name as a rule), and only
//! when the given name's gender, if known, fits the kinship noun's.

use crate::nlp::MentionForm;
use crate::nlp::lexicon::{self, Gender};
use crate::vocab::EntityKind;

use super::AliasRule;
use super::cluster::Resolver;

/// Kinship nouns of relatives who usually bear the owner's family name, with
/// the gender they give.
const KIN: &[(&str, Gender)] = &[
    ("brother", Gender::Male),
    ("daughter", Gender::Female),
    ("husband", Gender::Male),
    ("sister", Gender::Female),
    ("son", Gender::Male),
    ("widow", Gender::Female),
    ("widower", Gender::Male),
    ("wife", Gender::Female),
];

/// At most this many modifiers between the possessive and the kinship noun
/// (`'s ex-model wife`, `'s eldest son`).
const MAX_MODIFIERS: usize = 3;

/// The gender of the kinship noun when `between` (the text from the end of an
/// owner's name to a given name) is a possessive, a few lower-case modifiers,
/// a kinship noun and a comma or nothing: `'s ex-model wife, ` → female.
pub(crate) fn kin_between(between: &str) -> Option<Gender> {
    let rest = between
        .strip_prefix("'s")
        .or_else(|| between.strip_prefix("\u{2019}s"))?;
    let rest = rest.trim_end();
    let rest = rest.strip_suffix(',').unwrap_or(rest);
    let words: Vec<&str> = rest.split_whitespace().collect();
    let (&noun, modifiers) = words.split_last()?;
    let modifier_ok = |w: &&str| {
        w.chars()
            .all(|c| c.is_lowercase() || c == '-' || c.is_ascii_digit())
    };
    if modifiers.len() > MAX_MODIFIERS || !modifiers.iter().all(modifier_ok) {
        return None;
    }
    KIN.iter().find(|(k, _)| *k == noun).map(|&(_, g)| g)
}

impl Resolver<'_> {
    /// Cluster each given name in apposition to a named person's kin as the
    /// given name + the person's family name. Run before single words are
    /// clustered, so `Mrs Howard` and a later `Sandra` find the full name.
    pub(crate) fn name_kin(&mut self) {
        for n in 0..self.nodes.len() {
            let node = &self.nodes[n];
            if node.form != MentionForm::Name
                || node.of_role
                || node.span != node.name
                || self.assign[n].is_some()
                || node.name_text.contains(' ')
                || !(lexicon::given_name(&node.name_text)
                    || lexicon::given_name_gender(&node.name_text).is_some())
            {
                continue;
            }
            let Some(surname) = self.kin_owner_surname(n) else {
                continue;
            };
            let Some(gender) = self.kin_gender(n) else {
                continue;
            };
            if node.gender.is_some_and(|g| g != gender) {
                continue;
            }
            let full = format!("{} {surname}", node.name_text);
            let key = format!("name:{}", full.to_lowercase());
            self.join_key(n, &key, &full, EntityKind::Person, AliasRule::Kinship);
            if let Some(c) = self.assign[n] {
                let cluster = &mut self.clusters[c];
                cluster.person = true;
                cluster.gender.get_or_insert(gender);
            }
        }
    }

    /// The mention before node `n` in its sentence, when a kinship phrase
    /// links the two.
    fn kin_owner(&self, n: usize) -> Option<usize> {
        let node = &self.nodes[n];
        let nodes = &self.by_sentence[node.sent];
        let at = nodes.iter().position(|&m| m == n)?;
        nodes[..at]
            .iter()
            .rev()
            .copied()
            .find(|&m| !self.nodes[m].of_role && self.nodes[m].span.end <= node.span.start)
    }

    /// Whether node `owner` owns a kinship phrase that names node `kin`
    /// (`Obama's wife Michelle Obama`): two people, whatever name they share.
    pub(crate) fn kin_of(&self, owner: usize, kin: usize) -> bool {
        let (o, k) = (&self.nodes[owner], &self.nodes[kin]);
        o.sent == k.sent
            && o.span.end <= k.span.start
            && kin_between(&self.text[o.span.end..k.span.start]).is_some()
    }

    fn kin_gender(&self, n: usize) -> Option<Gender> {
        let owner = self.kin_owner(n)?;
        kin_between(&self.text[self.nodes[owner].span.end..self.nodes[n].span.start])
    }

    /// The family name of the person who owns the kinship phrase before node
    /// `n`: the last word of a full person name.
    fn kin_owner_surname(&self, n: usize) -> Option<String> {
        let owner = self.kin_owner(n)?;
        let c = self.assign[owner]?;
        let cluster = &self.clusters[c];
        if !cluster.is_person_like() {
            return None;
        }
        let (_, surname) = cluster.canonical.rsplit_once(' ')?;
        Some(surname.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinship_phrases() {
        // (text between the owner's name and the given name, gender)
        let rows: &[(&str, Option<Gender>)] = &[
            ("'s ex-model wife, ", Some(Gender::Female)),
            ("'s wife ", Some(Gender::Female)),
            ("\u{2019}s eldest son, ", Some(Gender::Male)),
            ("'s husband, ", Some(Gender::Male)),
            ("'s 23-year-old daughter, ", Some(Gender::Female)),
            ("'s company, ", None),
            ("'s wife and ", None),
            (" and his wife, ", None),
            ("'s former business partner, ", None),
            ("'s new Labour wife, ", None),
            ("'s very much older elder brother, ", None),
        ];
        for (between, want) in rows {
            assert_eq!(kin_between(between), *want, "{between:?}");
        }
    }

    #[test]
    fn kin_takes_the_family_name_and_the_honorific_follows() {
        use crate::nlp::MentionForm::Name;
        use crate::resolve::resolve_document;
        use crate::resolve::tests::{aliases, build, entity};
        use EntityKind::Person;
        let (doc, exs) = build(
            &[
                "Mrs Howard gets key role",
                "Michael Howard's wife, Sandra, will campaign.",
                "Mr Howard said Sandra and Mrs Howard's aides agree.",
            ],
            &[
                (0, "Mrs Howard", "Howard", Person, Name, None),
                (1, "Michael Howard", "Michael Howard", Person, Name, None),
                (1, "Sandra", "Sandra", Person, Name, None),
                (2, "Mr Howard", "Howard", Person, Name, None),
                (2, "Sandra", "Sandra", Person, Name, None),
                (2, "Mrs Howard", "Howard", Person, Name, None),
            ],
            &[],
        );
        let f = resolve_document(&doc, &exs);
        let sandra = entity(&f, "Sandra Howard");
        assert_eq!(sandra.mentions, 4);
        assert_eq!(
            aliases(sandra),
            [
                ("Mrs Howard", AliasRule::TitleSurname),
                ("Sandra", AliasRule::Kinship),
            ]
        );
        let michael = entity(&f, "Michael Howard");
        assert_eq!(aliases(michael), [("Mr Howard", AliasRule::TitleSurname)]);
    }
}
