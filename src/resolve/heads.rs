//! Short names of institutions: a document's organisation clusters in, the
//! short forms joined to the one longer name they stand for out.
//!
//! A body is called by its head word alone once the document has named it
//! (`Congress` … `the United States Congress`, `the Senate` … `the US
//! Senate`), by `National` and that word (`the National Congress`), and a
//! school by the place it is named after (`Harrow` … `Harrow School`, `Eton`
//! … `Eton College`). A storm's name with its storm words abbreviated (`T C
//! Phailin`, `TS Harvey`) is the storm's. Each short form joins only when
//! exactly one longer name of the document fits it.

use crate::nlp::lexicon;
use crate::vocab::EntityKind;

use super::AliasRule;
use super::cluster::Resolver;

/// Institutions conventionally called by the name before their class word.
const SCHOOL_WORDS: &[&str] = &["school", "college", "university", "academy"];

/// Words that, before a legislature's head word, say only that it is the
/// country's own (`the National Congress`, `the Federal Assembly`).
const NATIONAL: &[&str] = &["national", "federal"];

/// Legislatures, which a country has one of: `National` and the word is that
/// country's (a `National Party` or `Federal Reserve` is a name of its own).
const LEGISLATURES: &[&str] = &[
    "assembly",
    "congress",
    "legislature",
    "parliament",
    "senate",
];

impl Resolver<'_> {
    /// Join short institution names to the one longer name each stands for:
    /// `National Congress` and `Congress` first, then place names of schools.
    pub(crate) fn merge_institution_heads(&mut self) {
        for national in [true, false] {
            for short in 0..self.clusters.len() {
                let Some(head) = self.short_head(short, national) else {
                    continue;
                };
                let targets: Vec<usize> = (0..self.clusters.len())
                    .filter(|&c| {
                        c != short
                            && self.is_body(c)
                            && headed_by(&self.clusters[c].canonical, &head)
                            && (!national
                                || self.clusters[c].fixed
                                || lexicon::countries_before(&self.clusters[c].canonical)
                                    .next()
                                    .is_some())
                    })
                    .collect();
                if let [target] = targets[..] {
                    self.absorb(short, target, AliasRule::ShortForm);
                }
            }
        }
        // The schools of the document by the word before their class word,
        // read once (a document may have thousands of one-word names).
        let schools: Vec<(String, usize)> = (0..self.clusters.len())
            .filter(|&c| self.clusters[c].alive && !self.clusters[c].is_person_like())
            .filter_map(|c| {
                let name = self.clusters[c].canonical.to_lowercase();
                let (word, class) = name.split_once(' ')?;
                SCHOOL_WORDS.contains(&class).then(|| (word.to_string(), c))
            })
            .collect();
        if schools.is_empty() {
            return;
        }
        for short in 0..self.clusters.len() {
            let cl = &self.clusters[short];
            if !cl.alive
                || cl.is_person_like()
                || cl.canonical.contains(' ')
                || lexicon::known_kind(&cl.canonical).is_some()
            {
                continue;
            }
            let word = cl.canonical.to_lowercase();
            let targets: Vec<usize> = schools
                .iter()
                .filter(|(w, c)| *w == word && *c != short && self.clusters[*c].alive)
                .map(|&(_, c)| c)
                .collect();
            if let [target] = targets[..] {
                self.absorb(short, target, AliasRule::ShortForm);
                let kinds = &mut self.clusters[target].kinds;
                kinds.retain(|&k| k != EntityKind::Person && k != EntityKind::Place);
                if kinds.is_empty() {
                    kinds.push(EntityKind::Organization);
                }
            }
        }
    }

    /// `T C Phailin`, `TS Harvey`: a name of initials and a storm's own name
    /// is that storm (`Cyclone Phailin`) when the document has one storm of
    /// that name.
    pub(crate) fn merge_abbreviated_storms(&mut self) {
        for short in 0..self.clusters.len() {
            let cl = &self.clusters[short];
            let Some((initials, own)) = cl.canonical.rsplit_once(' ') else {
                continue;
            };
            if !cl.alive || !initials.split(' ').all(initial_letters) {
                continue;
            }
            let targets: Vec<usize> = (0..self.clusters.len())
                .filter(|&c| {
                    c != short
                        && self.clusters[c].alive
                        && lexicon::storm_own_name(&self.clusters[c].canonical) == Some(own)
                })
                .collect();
            if let [target] = targets[..] {
                self.absorb(short, target, AliasRule::ShortForm);
                self.clusters[target].person = false;
                self.clusters[target].kinds = vec![EntityKind::Event];
            }
        }
    }

    /// The institution word a live non-person cluster is named by alone
    /// (`Senate`) or, with `national`, after `National` (`National Congress`),
    /// lower-cased.
    fn short_head(&self, c: usize, national: bool) -> Option<String> {
        let cl = &self.clusters[c];
        // A body the lexicon names (`Congress`) is its own entity.
        if !cl.alive || cl.is_person_like() || cl.fixed {
            return None;
        }
        let name = cl.canonical.to_lowercase();
        let head = if national {
            let (first, head) = name.split_once(' ')?;
            (NATIONAL.contains(&first) && LEGISLATURES.contains(&head)).then_some(head)?
        } else {
            name.as_str()
        };
        (!head.contains(' ')
            && lexicon::org_suffix(head) == Some(EntityKind::Organization)
            && !crate::vocab::legal::is_legal_form(head))
        .then(|| head.to_string())
    }

    /// A live organisation cluster (not a person's).
    fn is_body(&self, c: usize) -> bool {
        let cl = &self.clusters[c];
        cl.alive && !cl.is_person_like() && cl.kind() == EntityKind::Organization
    }
}

/// Whether `name` is a body whose head word is `head`: `head` itself or a name
/// ending in it, not after `of` (`Halls of Congress` is halls) or `and`
/// (`House and Senate` is two bodies).
fn headed_by(name: &str, head: &str) -> bool {
    let name = name.to_lowercase();
    if name == head {
        return true;
    }
    name.strip_suffix(head)
        .and_then(|before| before.strip_suffix(' '))
        .is_some_and(|before| {
            let last = before.rsplit(' ').next().unwrap_or(before);
            !before.is_empty() && !matches!(last, "of" | "and" | "&")
        })
}

/// One or two capitals, each with or without a full stop (`T`, `TC`, `T.C.`).
fn initial_letters(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|&c| c != '.').collect();
    (1..=2).contains(&letters.len()) && letters.iter().all(char::is_ascii_uppercase)
}

#[cfg(test)]
mod tests {
    use super::headed_by;

    #[test]
    fn a_body_is_headed_by_its_last_word_not_after_of() {
        for (name, head, want) in [
            ("United States Congress", "congress", true),
            ("Congress", "congress", true),
            ("Halls of Congress", "congress", false),
            ("US Senate", "senate", true),
            ("Senate Finance Committee", "senate", false),
            ("U.S. House and Senate", "senate", false),
        ] {
            assert_eq!(headed_by(name, head), want, "{name} / {head}");
        }
    }
}
