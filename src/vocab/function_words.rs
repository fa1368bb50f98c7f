//! Closed-class words the clause finder reads, as data: a word (any case) in,
//! membership out. Prepositions that attach a phrase to the noun before them,
//! subordinators, adverbs and participles that work as prepositions, relative
//! pronouns, time words, the last words of organisation names, the verbs
//! whose object controls a following infinitive, the verbs that name, and the
//! closed class of prepositions and particles the tagger keeps to.

/// Verbs whose object controls a following infinitive (`urged them to
/// leave`), by lemma.
pub const OBJECT_CONTROL: &[&str] = &[
    "allow",
    "ask",
    "enable",
    "encourage",
    "enlist",
    "force",
    "help",
    "invite",
    "order",
    "persuade",
    "require",
    "tell",
    "urge",
    "want",
];
/// Verbs that give a thing a name (`what it calls the Interactive Media
/// Player`), by lemma: a free relative `what` with one of them stands for the
/// name it gives.
pub const NAMING_VERBS: &[&str] = &["brand", "call", "dub", "label", "name", "term"];

/// Verbs of launching a securities issue (lemmas): `X is issuing …, lead
/// manager Y said` (extract's wire phrasing).
pub const ISSUE_VERBS: &[&str] = &[
    "float", "issue", "launch", "offer", "place", "plan", "raise", "sell",
];
/// Prepositions that attach a phrase to the noun before it when looking for a subject.
pub const ATTACH: &[&str] = &[
    "of",
    "between",
    "on",
    "in",
    "at",
    "for",
    "with",
    "from",
    "against",
    "to",
    "over",
    "among",
    "near",
    "about",
    "across",
    "under",
    "within",
    "without",
    "inside",
    "outside",
    "into",
    "behind",
    "beyond",
    "per",
    "like",
    "amid",
    "aboard",
    "around",
    "beside",
    "toward",
    "towards",
    "throughout",
    "during",
];
/// Subordinators that open a clause, never a prepositional argument.
pub const SUBORDINATOR: &[&str] = &[
    "because", "although", "though", "while", "whereas", "if", "unless", "whether", "since", "so",
    "once", "as", "after", "before", "until", "till", "when", "where", "than",
];
/// Adverbs the tagger gives to words that work as prepositions before a noun phrase.
pub const PREPOSITIONAL_ADVERBS: &[&str] = &[
    "alongside",
    "along",
    "across",
    "around",
    "aboard",
    "inside",
    "outside",
    "near",
    "behind",
    "beside",
    "beyond",
    "throughout",
    "past",
    "above",
    "below",
    "underneath",
    "opposite",
];
/// Last words of organisation names that are no legal form (those are
/// [`super::legal`]'s), which `it` may stand for (`the Securities Council said it …`).
pub const ORGANISATION_HEADS: &[&str] = &[
    "group",
    "bank",
    "association",
    "agency",
    "council",
    "party",
    "union",
    "university",
    "committee",
    "organisation",
    "organization",
    "government",
    "ministry",
    "commission",
    "fund",
    "institute",
    "service",
    "department",
    "board",
    "authority",
    "exchange",
];
/// Words that make a noun phrase a time expression (`last week`, `today`),
/// besides the weekdays and months of `nlp::lexicon::weekday_or_month`.
pub const TIME_WORDS: &[&str] = &[
    "today",
    "yesterday",
    "tomorrow",
    "week",
    "weekend",
    "month",
    "year",
    "morning",
    "afternoon",
    "evening",
    "night",
    "weeks",
    "months",
    "years",
    "days",
    "decade",
    "tonight",
];
pub const RELATIVE: &[&str] = &["who", "which", "that", "whom"];
/// Participles that work as prepositions (`depending on`, `including`): they
/// start no participle phrase.
pub const PREPOSITIONAL_PARTICIPLES: &[&str] = &[
    "according",
    "compared",
    "concerning",
    "considering",
    "depending",
    "excluding",
    "following",
    "given",
    "including",
    "regarding",
];
/// Adjectives in `-ing` that judge a clause an expletive `it` stands for (`it
/// was misleading for the bank to …`), unlike a progressive (`it was buying`).
pub const EVALUATIVE_ING: &[&str] = &[
    "alarming",
    "amazing",
    "astonishing",
    "confusing",
    "daunting",
    "depressing",
    "disappointing",
    "disturbing",
    "embarrassing",
    "encouraging",
    "exciting",
    "frustrating",
    "interesting",
    "misleading",
    "puzzling",
    "reassuring",
    "shocking",
    "striking",
    "surprising",
    "troubling",
    "worrying",
];

/// Every word that may be a preposition, a subordinator or a particle (Penn
/// `IN`, `RP`): a closed class, from UD English EWT's tags (typos left out)
/// and grammars' lists, with the web's shorthands (`@`, `b/c`, `w/o`) and the
/// particles of names, which the model reads as prepositions (`van der`). The
/// tagger gives those tags to no other word. Sorted.
pub const PREPOSITIONS: &[&str] = &[
    "@",
    "a",
    "aboard",
    "about",
    "above",
    "across",
    "after",
    "against",
    "ago",
    "aground",
    "ahead",
    "albeit",
    "along",
    "alongside",
    "although",
    "amid",
    "amidst",
    "among",
    "amongst",
    "apart",
    "around",
    "as",
    "aside",
    "astride",
    "at",
    "atop",
    "away",
    "b/c",
    "b/t",
    "back",
    "because",
    "before",
    "behind",
    "below",
    "beneath",
    "beside",
    "besides",
    "between",
    "beyond",
    "btwn",
    "but",
    "by",
    "circa",
    "considering",
    "da",
    "de",
    "del",
    "della",
    "der",
    "des",
    "despite",
    "di",
    "dos",
    "down",
    "du",
    "during",
    "except",
    "excluding",
    "following",
    "for",
    "from",
    "if",
    "in",
    "including",
    "inside",
    "into",
    "lest",
    "like",
    "minus",
    "near",
    "nearby",
    "next",
    "notwithstanding",
    "of",
    "off",
    "on",
    "once",
    "onto",
    "opposite",
    "or",
    "out",
    "outside",
    "over",
    "past",
    "pending",
    "per",
    "plus",
    "post",
    "pro",
    "re",
    "regarding",
    "round",
    "save",
    "since",
    "so",
    "than",
    "that",
    "then",
    "tho",
    "though",
    "through",
    "throughout",
    "thru",
    "til",
    "till",
    "to",
    "together",
    "toward",
    "towards",
    "under",
    "underneath",
    "unless",
    "unlike",
    "until",
    "unto",
    "up",
    "upon",
    "v",
    "v.",
    "van",
    "versus",
    "via",
    "von",
    "vs",
    "vs.",
    "w/",
    "w/o",
    "w/out",
    "whereas",
    "whether",
    "while",
    "whilst",
    "with",
    "within",
    "without",
    "worth",
    "zu",
];

/// May `word` (any case) be a preposition, subordinator or particle
/// ([`PREPOSITIONS`])?
pub fn may_be_preposition(word: &str) -> bool {
    static SET: std::sync::LazyLock<crate::hash::FastSet<&'static str>> =
        std::sync::LazyLock::new(|| PREPOSITIONS.iter().copied().collect());
    // No preposition is longer than `notwithstanding`.
    if word.len() > 15 {
        return false;
    }
    let lookup = |w: &str| SET.contains(w);
    if word.bytes().any(|b| b.is_ascii_uppercase()) {
        lookup(&word.to_ascii_lowercase())
    } else {
        lookup(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prepositions_are_sorted_and_read_in_any_case() {
        assert!(PREPOSITIONS.windows(2).all(|w| w[0] < w[1]));
        assert!(PREPOSITIONS.iter().all(|w| w.len() <= 15));
        assert!(may_be_preposition("Of") && may_be_preposition("w/o"));
        assert!(!may_be_preposition("beat") && !may_be_preposition("quit"));
    }
}
