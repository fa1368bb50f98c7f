//! Lemmatisation: a word and its Penn Treebank tag in, its lower-case lemma out
//! (`met`/VBD → `meet`, `troops`/NNS → `troop`, `was`/VBD → `be`).
//!
//! Morphy-style, from a table derived from WordNet 3.0 (`src/nlp/model/lemmas.txt`,
//! built by `cargo run --example build-lemmas`; WordNet licence in
//! `src/nlp/model/WORDNET-LICENSE.txt`): irregular forms first, then suffix rules
//! whose results are checked against WordNet's lemmas, then plain suffix stripping
//! for words WordNet does not know. Verbs, nouns, comparatives and superlatives are
//! reduced; every other word is only lower-cased.

use std::borrow::Cow;
use std::sync::LazyLock;

use super::tags::Tag;
use crate::hash::{FastMap, FastSet};

static TABLE_TEXT: &str = include_str!("model/lemmas.txt");

/// The WordNet-derived lists, decoded once, hashed with [`crate::hash`]'s fast
/// hasher (with SipHash, building them took 20.8 M instructions, 12.6 M with it;
/// and every word's look-ups are cheaper).
#[derive(Default)]
struct Tables {
    exc_verb: FastMap<&'static str, &'static str>,
    exc_noun: FastMap<&'static str, &'static str>,
    exc_adj: FastMap<&'static str, &'static str>,
    exc_adv: FastMap<&'static str, &'static str>,
    verbs: FastSet<&'static str>,
    nouns_e: FastSet<&'static str>,
    nouns_s: FastSet<&'static str>,
    adjs_e: FastSet<&'static str>,
}

static TABLES: LazyLock<Tables> = LazyLock::new(|| {
    let mut t = Tables::default();
    let mut section = "";
    for line in TABLE_TEXT.lines().filter(|l| !l.starts_with('#')) {
        if let Some(name) = line.strip_prefix('@') {
            section = name;
            continue;
        }
        let (a, b) = line.split_once(' ').unwrap_or((line, ""));
        match section {
            "exc.verb" => _ = t.exc_verb.insert(a, b),
            "exc.noun" => _ = t.exc_noun.insert(a, b),
            "exc.adj" => _ = t.exc_adj.insert(a, b),
            "exc.adv" => _ = t.exc_adv.insert(a, b),
            "verb" => _ = t.verbs.insert(a),
            "noun.e" => _ = t.nouns_e.insert(a),
            "noun.s" => _ = t.nouns_s.insert(a),
            "adj.e" => _ = t.adjs_e.insert(a),
            _ => {}
        }
    }
    t
});

/// The lower-case lemma of `word` read as part of speech `tag`. Borrows `word`
/// when it already is its own lemma.
pub fn lemma(word: &str, tag: Tag) -> Cow<'_, str> {
    let lower = lowercase(word);
    let t = &*TABLES;
    let found: Option<Cow<'static, str>> = match tag {
        Tag::VB | Tag::VBD | Tag::VBG | Tag::VBN | Tag::VBP | Tag::VBZ => verb(t, &lower, tag),
        Tag::MD => modal(&lower).map(Cow::Borrowed),
        Tag::NNS | Tag::NNPS => noun(t, &lower),
        Tag::JJR | Tag::JJS => adjective(t, &lower),
        Tag::RBR | Tag::RBS => t.exc_adv.get(&*lower).map(|&b| Cow::Borrowed(b)),
        Tag::RB if lower == "n't" => Some(Cow::Borrowed("not")),
        _ => None,
    };
    match found {
        Some(Cow::Borrowed(s)) => Cow::Borrowed(s),
        Some(Cow::Owned(s)) => Cow::Owned(s),
        None => lower,
    }
}

/// Whether `word` is an irregular inflection in the verb table (`bought`,
/// `gave`, `taken`), in any case: the tag repairs read it as a verb form.
pub fn irregular_verb_form(word: &str) -> bool {
    TABLES.exc_verb.contains_key(&*lowercase(word))
}

/// `word` lower-cased, with curly apostrophes straightened (borrowed when unchanged).
fn lowercase(word: &str) -> Cow<'_, str> {
    if word
        .bytes()
        .all(|b| !b.is_ascii_uppercase() && b != b'`' && b < 0x80)
    {
        return Cow::Borrowed(word);
    }
    Cow::Owned(
        word.chars()
            .map(|c| match c {
                '’' | '‘' | '`' | '´' => '\'',
                c => c,
            })
            .flat_map(char::to_lowercase)
            .collect(),
    )
}

fn modal(w: &str) -> Option<&'static str> {
    Some(match w {
        "'d" => "would",
        "'ll" | "wo" => "will",
        "ca" => "can",
        "sha" => "shall",
        _ => return None,
    })
}

fn verb(t: &Tables, w: &str, tag: Tag) -> Option<Cow<'static, str>> {
    let clitic = match w {
        "'s" | "'re" | "'m" | "s" | "re" | "m" => Some("be"),
        "'ve" | "ve" => Some("have"),
        "'d" | "d" => Some("have"),
        "gon" => Some("go"),
        "wan" => Some("want"),
        _ => None,
    };
    if let Some(c) = clitic {
        return Some(Cow::Borrowed(c));
    }
    if matches!(tag, Tag::VB | Tag::VBP) {
        // Base forms are their own lemma, except forms of `be` (`are`, `am`).
        if t.verbs.contains(w) {
            return None;
        }
        return t.exc_verb.get(w).map(|&b| Cow::Borrowed(b));
    }
    if let Some(&b) = t.exc_verb.get(w) {
        return Some(Cow::Borrowed(b));
    }
    // The first rule whose result is a WordNet verb (`hoped` → `hope`, not `hop`),
    // except that `-ing` keeps no `e` unless the stem would have doubled its last
    // consonant without one (`singing` → `sing`, `dining` → `dine`).
    let rules: &[(&str, &str)] = match tag {
        Tag::VBZ => &[("ies", "y"), ("s", ""), ("es", "")],
        Tag::VBG if short_stem(w.strip_suffix("ing").unwrap_or("")) => &[("ing", "e"), ("ing", "")],
        Tag::VBG => &[("ing", ""), ("ing", "e")],
        _ => &[("ed", "e"), ("ed", ""), ("ied", "y")],
    };
    for &(suffix, repl) in rules {
        if let Some(stem) = w.strip_suffix(suffix) {
            let cand = format!("{stem}{repl}");
            if t.verbs.contains(cand.as_str()) {
                return Some(Cow::Owned(cand));
            }
        }
    }
    guess_verb(w, tag).map(Cow::Owned)
}

/// Whether `stem` ends in a single short vowel and a consonant (`din`, `hop`, `us`):
/// such a verb doubles the consonant before `-ing` (`hopping`), so a bare `hoping`
/// comes from `hope`.
fn short_stem(stem: &str) -> bool {
    let vowel = |b: u8| b"aeiou".contains(&b);
    match stem.as_bytes() {
        [.., a, b, c] => !vowel(*a) && vowel(*b) && !vowel(*c) && !b"wxy".contains(c),
        [b, c] => vowel(*b) && !vowel(*c),
        _ => false,
    }
}

/// Suffix stripping for verbs WordNet does not know (`tweeted` → `tweet`).
fn guess_verb(w: &str, tag: Tag) -> Option<String> {
    if tag == Tag::VBZ {
        if let Some(stem) = w.strip_suffix("ies").filter(|s| s.len() > 1) {
            return Some(format!("{stem}y"));
        }
        for s in ["sses", "xes", "zes", "ches", "shes", "oes"] {
            if w.ends_with(s) {
                return Some(w[..w.len() - 2].to_string());
            }
        }
        return w
            .strip_suffix('s')
            .filter(|s| s.len() > 1 && !s.ends_with('s'))
            .map(str::to_string);
    }
    let stem = if tag == Tag::VBG {
        w.strip_suffix("ing")?
    } else if let Some(stem) = w.strip_suffix("ied").filter(|s| s.len() > 1) {
        return Some(format!("{stem}y"));
    } else {
        w.strip_suffix("ed")?
    };
    if stem.len() < 2 {
        return None;
    }
    let b = stem.as_bytes();
    let n = b.len();
    // `vetted` → `vet`, but `called` → `call`, `fizzed` → `fizz`.
    if n >= 3
        && b[n - 1] == b[n - 2]
        && b[n - 1].is_ascii_alphabetic()
        && !b"aeioulsz".contains(&b[n - 1])
    {
        return Some(stem[..n - 1].to_string());
    }
    Some(stem.to_string())
}

fn noun(t: &Tables, w: &str) -> Option<Cow<'static, str>> {
    if let Some(&b) = t.exc_noun.get(w) {
        return Some(Cow::Borrowed(b));
    }
    if let Some(stem) = w.strip_suffix("'s").filter(|s| !s.is_empty()) {
        return Some(Cow::Owned(stem.to_string())); // `80's`, `CD's`
    }
    if let Some(stem) = w.strip_suffix("men").filter(|s| s.len() > 1) {
        return Some(Cow::Owned(format!("{stem}man"))); // `militiamen`
    }
    let decade = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if w.len() < 3 || !w.ends_with('s') || w.ends_with("ss") || t.nouns_s.contains(w) {
        return None;
    }
    if decade(&w[..w.len() - 1]) {
        return None;
    }
    let drop_s = &w[..w.len() - 1];
    if let Some(stem) = w.strip_suffix("ies") {
        if t.nouns_e.contains(drop_s) || stem.len() < 2 {
            return Some(Cow::Owned(drop_s.to_string()));
        }
        return Some(Cow::Owned(format!("{stem}y")));
    }
    let es = ["ses", "xes", "zes", "ches", "shes", "oes"];
    if es.iter().any(|s| w.ends_with(s)) && !t.nouns_e.contains(drop_s) {
        return Some(Cow::Owned(w[..w.len() - 2].to_string()));
    }
    if w.ends_with("us") || w.ends_with("is") {
        return None;
    }
    Some(Cow::Owned(drop_s.to_string()))
}

fn adjective(t: &Tables, w: &str) -> Option<Cow<'static, str>> {
    if let Some(&b) = t.exc_adj.get(w) {
        return Some(Cow::Borrowed(b));
    }
    let stem = w.strip_suffix("est").or_else(|| w.strip_suffix("er"))?;
    if stem.len() < 2 {
        return None;
    }
    let with_e = format!("{stem}e");
    if t.adjs_e.contains(with_e.as_str()) {
        return Some(Cow::Owned(with_e));
    }
    if let Some(s) = stem.strip_suffix('i') {
        return Some(Cow::Owned(format!("{s}y")));
    }
    let b = stem.as_bytes();
    let n = b.len();
    if n >= 3
        && b[n - 1] == b[n - 2]
        && b[n - 1].is_ascii_alphabetic()
        && !b"aeioulsz".contains(&b[n - 1])
    {
        return Some(Cow::Owned(stem[..n - 1].to_string()));
    }
    Some(Cow::Owned(stem.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lemmas() {
        let cases = [
            ("met", Tag::VBD, "meet"),
            ("sent", Tag::VBD, "send"),
            ("sent", Tag::VBN, "send"),
            ("was", Tag::VBD, "be"),
            ("Was", Tag::VBD, "be"),
            ("is", Tag::VBZ, "be"),
            ("are", Tag::VBP, "be"),
            ("'s", Tag::VBZ, "be"),
            ("’s", Tag::VBZ, "be"),
            ("has", Tag::VBZ, "have"),
            ("troops", Tag::NNS, "troop"),
            ("countries", Tag::NNS, "country"),
            ("took", Tag::VBD, "take"),
            ("began", Tag::VBD, "begin"),
            ("leaders", Tag::NNS, "leader"),
            ("addressed", Tag::VBD, "address"),
            ("hopes", Tag::VBZ, "hope"),
            ("hopes", Tag::NNS, "hope"),
            ("hoped", Tag::VBD, "hope"),
            ("meeting", Tag::NN, "meeting"),
            ("meeting", Tag::VBG, "meet"),
            ("singing", Tag::VBG, "sing"),
            ("dining", Tag::VBG, "dine"),
            ("hoping", Tag::VBG, "hope"),
            ("using", Tag::VBG, "use"),
            ("being", Tag::VBG, "be"),
            ("installed", Tag::VBN, "install"),
            ("women", Tag::NNS, "woman"),
            ("businessmen", Tag::NNS, "businessman"),
            ("goes", Tag::VBZ, "go"),
            ("focuses", Tag::VBZ, "focus"),
            ("dies", Tag::VBZ, "die"),
            ("tries", Tag::VBZ, "try"),
            ("welcomed", Tag::VBN, "welcome"),
            ("arrived", Tag::VBD, "arrive"),
            ("sends", Tag::VBZ, "send"),
            ("stopped", Tag::VBD, "stop"),
            ("tweeted", Tag::VBD, "tweet"),
            ("vetted", Tag::VBN, "vet"),
            ("houses", Tag::NNS, "house"),
            ("boxes", Tag::NNS, "box"),
            ("movies", Tag::NNS, "movie"),
            ("children", Tag::NNS, "child"),
            ("news", Tag::NN, "news"),
            ("species", Tag::NNS, "species"),
            ("status", Tag::NNS, "status"),
            ("Americans", Tag::NNPS, "american"),
            ("1970s", Tag::NNS, "1970s"),
            ("80's", Tag::NNS, "80"),
            ("`s", Tag::VBZ, "be"),
            ("larger", Tag::JJR, "large"),
            ("biggest", Tag::JJS, "big"),
            ("better", Tag::JJR, "good"),
            ("n't", Tag::RB, "not"),
            ("wo", Tag::MD, "will"),
            ("Putin", Tag::NNP, "putin"),
            ("saw", Tag::VB, "saw"),
            ("saw", Tag::VBD, "see"),
        ];
        for (word, tag, expected) in cases {
            assert_eq!(lemma(word, tag), expected, "{word}/{}", tag.as_str());
        }
    }

    #[test]
    fn odd_words_do_not_panic() {
        for tag in Tag::ALL {
            for word in [
                "",
                "s",
                "'",
                "ies",
                "ing",
                "ed",
                "Путин",
                "北京s",
                "ĲSSELS",
                "ကed",
                "ကing",
                "ကest",
            ] {
                let _ = lemma(word, tag);
            }
        }
    }

    #[test]
    fn own_lemmas_are_borrowed() {
        for (word, tag) in [("meet", Tag::VB), ("troop", Tag::NN), ("the", Tag::DT)] {
            assert!(matches!(lemma(word, tag), Cow::Borrowed(_)), "{word}");
        }
    }
}
