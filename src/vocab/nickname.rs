//! Given names written more than one way: nicknames (`Dick` → `Richard`) and
//! spelling variants (`Viktor` → `Victor`), keyed by the variant, lower case.
//!
//! In: a given name as written. Out: the formal form it stands for and whether
//! it is a nickname or a spelling, or `None` when the name is formal already or
//! unknown. Cross-document resolution keys full names by the formal form.

/// How a variant relates to its formal name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Variant {
    /// A familiar form (`Dick` for `Richard`).
    Nickname,
    /// Another spelling or transliteration (`Viktor` for `Victor`).
    Spelling,
}

use Variant::{Nickname, Spelling};

/// (variant, formal name, how), sorted by variant.
const VARIANTS: &[(&str, &str, Variant)] = &[
    ("al", "albert", Nickname),
    ("alex", "alexander", Nickname),
    ("andy", "andrew", Nickname),
    ("bart", "bartholomew", Nickname),
    ("ben", "benjamin", Nickname),
    ("bill", "william", Nickname),
    ("billy", "william", Nickname),
    ("bob", "robert", Nickname),
    ("bobby", "robert", Nickname),
    ("charlie", "charles", Nickname),
    ("chuck", "charles", Nickname),
    ("dan", "daniel", Nickname),
    ("danny", "daniel", Nickname),
    ("dave", "david", Nickname),
    ("dick", "richard", Nickname),
    ("don", "donald", Nickname),
    ("ed", "edward", Nickname),
    ("eddie", "edward", Nickname),
    ("fred", "frederick", Nickname),
    ("frederic", "frederick", Spelling),
    ("fyodor", "theodore", Spelling),
    ("geoff", "geoffrey", Nickname),
    ("greg", "gregory", Nickname),
    ("hank", "henry", Nickname),
    ("jeff", "jeffrey", Nickname),
    ("jerry", "gerald", Nickname),
    ("jim", "james", Nickname),
    ("jimmy", "james", Nickname),
    ("joe", "joseph", Nickname),
    ("jon", "jonathan", Nickname),
    ("ken", "kenneth", Nickname),
    ("larry", "lawrence", Nickname),
    ("len", "leonard", Nickname),
    ("matt", "matthew", Nickname),
    ("mike", "michael", Nickname),
    ("nick", "nicholas", Nickname),
    ("pat", "patrick", Nickname),
    ("pete", "peter", Nickname),
    ("phil", "philip", Nickname),
    ("phillip", "philip", Spelling),
    ("ray", "raymond", Nickname),
    ("rick", "richard", Nickname),
    ("rob", "robert", Nickname),
    ("ron", "ronald", Nickname),
    ("sam", "samuel", Nickname),
    ("stephan", "stephen", Spelling),
    ("steve", "stephen", Nickname),
    ("steven", "stephen", Spelling),
    ("ted", "edward", Nickname),
    ("tom", "thomas", Nickname),
    ("tommy", "thomas", Nickname),
    ("tony", "anthony", Nickname),
    ("viktor", "victor", Spelling),
    ("walt", "walter", Nickname),
    ("yevgeny", "yevgeni", Spelling),
];

/// The formal name `given` stands for (`Dick` → `richard`), and how.
pub fn formal(given: &str) -> Option<(&'static str, Variant)> {
    let lower = given.trim_end_matches('.').to_lowercase();
    VARIANTS
        .binary_search_by(|(v, _, _)| (*v).cmp(lower.as_str()))
        .ok()
        .map(|i| (VARIANTS[i].1, VARIANTS[i].2))
        .filter(|(f, _)| *f != lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_by_variant() {
        for w in VARIANTS.windows(2) {
            assert!(w[0].0 < w[1].0, "{} before {}", w[0].0, w[1].0);
        }
    }

    #[test]
    fn variants_map_to_their_formal_name() {
        let cases = [
            ("Dick", Some(("richard", Nickname))),
            ("Viktor", Some(("victor", Spelling))),
            ("BILL", Some(("william", Nickname))),
            ("Richard", None),
            ("Vladimir", None),
            ("Reagan", None),
        ];
        for (given, want) in cases {
            assert_eq!(formal(given), want, "{given}");
        }
    }
}
