//! Abbreviation tables shared by the segmenter and the tokenizer, so that a
//! period one keeps inside a sentence is also kept on its word by the other.
//!
//! Input is a word without its period; output is what kind of abbreviation it is.

/// Titles, months and other abbreviations a sentence never ends at (`Mr.`, `Sept.`).
const NEVER_FINAL: &[&str] = &[
    "Adm", "Apr", "Atty", "Aug", "Capt", "Cmdr", "Col", "Dec", "Dept", "Det", "Dr", "Drs", "Feb",
    "Fr", "Ft", "Gen", "Gens", "Gov", "Govs", "Hon", "Jan", "Jul", "Jun", "Lt", "Maj", "Mar",
    "Messrs", "Mr", "Mrs", "Ms", "Mt", "No", "Nos", "Nov", "Oct", "Pres", "Prof", "Profs", "Rep",
    "Reps", "Rev", "Sen", "Sens", "Sep", "Sept", "Sgt", "St", "Supt", "Univ", "Wm", "approx", "ca",
    "cf", "e.g", "eg", "fig", "i.e", "ie", "no", "nos", "pp", "vol", "vs",
];

/// Abbreviations that may end a sentence: companies, addresses, US states, `etc.`
const MAYBE_FINAL: &[&str] = &[
    "Ala", "Ariz", "Ark", "Ave", "Blvd", "Bros", "Calif", "Co", "Colo", "Conn", "Corp", "Del",
    "Fla", "Ga", "Ill", "Inc", "Ind", "Jr", "Kan", "Ky", "La", "Ltd", "Mass", "Md", "Mich", "Minn",
    "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Plc", "Sr", "Tenn", "Tex", "Va",
    "Vt", "Wash", "Wis", "Wyo", "etc",
];

/// What a word before a period is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Abbreviation {
    /// Never ends a sentence: titles, months, `e.g`, `vs`.
    NeverFinal,
    /// May end a sentence: `Inc`, `Co`, `Tex`, `etc`.
    MaybeFinal,
}

/// The kind of abbreviation `word` (without its period) is, if any. Matching
/// is exact, or for titles and months also in capitals (`MR`, `SEPT`); `PLC.`
/// or `INC.` in capitals usually end a sentence of mixed-case text.
pub(crate) fn abbreviation(word: &str) -> Option<Abbreviation> {
    let caps = word.len() >= 2 && word.bytes().all(|c| c.is_ascii_uppercase());
    if NEVER_FINAL
        .iter()
        .any(|a| *a == word || (caps && a.eq_ignore_ascii_case(word)))
    {
        Some(Abbreviation::NeverFinal)
    } else if MAYBE_FINAL.contains(&word) {
        Some(Abbreviation::MaybeFinal)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Abbreviation::*;

    #[test]
    fn kinds() {
        let cases = [
            ("Mr", Some(NeverFinal)),
            ("MR", Some(NeverFinal)),
            ("Sept", Some(NeverFinal)),
            ("e.g", Some(NeverFinal)),
            ("Inc", Some(MaybeFinal)),
            ("PLC", None),
            ("Tex", Some(MaybeFinal)),
            ("etc", Some(MaybeFinal)),
            ("mr", None),
            ("Kim", None),
            ("US", None),
        ];
        for (word, want) in cases {
            assert_eq!(abbreviation(word), want, "{word:?}");
        }
    }
}
