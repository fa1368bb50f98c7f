//! Verbs of saying and thinking, the one home of that word list: a word (any
//! inflected form, any case) in, what the verb does with a clause out.
//!
//! Every stage reads it from here: the segmenter (a quote followed by `she
//! asked` stays one sentence), the tag repairs (after `said` a new clause
//! starts), the clause finder and the tree patterns (a reported clause and who
//! it is attributed to), coreference (`Lear Siegler said it …`) and fact
//! selection (`Dole said the US …` is no `Dole –say→ US`).

use std::sync::LazyLock;

use crate::hash::FastMap;

/// What a verb of saying or thinking does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SpeechVerb {
    /// The lemma (`say`).
    pub lemma: &'static str,
    flags: u8,
}

/// It reports speech or thought: its object is a clause or an addressee,
/// never a relation between two entities (`say`, `believe`, `tell`).
const REPORT: u8 = 1;
/// It takes a reported clause but can also relate two entities (`warn`,
/// `deny`, `show`).
const CLAUSE: u8 = 2;
/// It takes no noun-phrase object (`say`, not `tell`).
const NO_OBJECT: u8 = 4;
/// It attributes a quotation (`“Why?” Kim asked`).
const QUOTE: u8 = 8;
/// One of the commonest reporting verbs, after which a new clause starts.
const COMMON: u8 = 16;

/// `(lemma, other forms, flags)`.
static VERBS: &[(&str, &str, u8)] = &[
    (
        "say",
        "said says saying",
        REPORT | NO_OBJECT | QUOTE | COMMON,
    ),
    ("tell", "told tells telling", REPORT | QUOTE | COMMON),
    (
        "add",
        "added adds adding",
        REPORT | NO_OBJECT | QUOTE | COMMON,
    ),
    (
        "announce",
        "announced announces announcing",
        REPORT | COMMON,
    ),
    ("report", "reported reports reporting", REPORT | COMMON),
    (
        "state",
        "stated states stating",
        REPORT | NO_OBJECT | COMMON,
    ),
    ("ask", "asked asks asking", QUOTE),
    ("cry", "cried cries crying", QUOTE),
    ("shout", "shouted shouts shouting", QUOTE),
    ("reply", "replied replies replying", REPORT | QUOTE),
    ("write", "wrote written writes writing", REPORT | QUOTE),
    (
        "acknowledge",
        "acknowledged acknowledges acknowledging",
        REPORT,
    ),
    ("admit", "admitted admits admitting", REPORT),
    ("anticipate", "anticipated anticipates anticipating", REPORT),
    ("argue", "argued argues arguing", REPORT),
    ("assert", "asserted asserts asserting", REPORT),
    ("assume", "assumed assumes assuming", REPORT),
    ("believe", "believed believes believing", REPORT),
    ("cite", "cited cites citing", REPORT),
    ("claim", "claimed claims claiming", REPORT),
    ("comment", "commented comments commenting", REPORT),
    ("concede", "conceded concedes conceding", REPORT),
    ("confirm", "confirmed confirms confirming", REPORT),
    ("contend", "contended contends contending", REPORT),
    ("doubt", "doubted doubts doubting", REPORT),
    ("emphasise", "emphasised emphasises emphasising", REPORT),
    ("emphasize", "emphasized emphasizes emphasizing", REPORT),
    ("estimate", "estimated estimates estimating", REPORT),
    ("expect", "expected expects expecting", REPORT),
    ("explain", "explained explains explaining", REPORT),
    ("fear", "feared fears fearing", REPORT),
    ("feel", "felt feels feeling", REPORT),
    ("forecast", "forecasts forecasting", REPORT),
    ("hope", "hoped hopes hoping", REPORT),
    ("indicate", "indicated indicates indicating", REPORT),
    ("insist", "insisted insists insisting", REPORT),
    ("know", "knew known knows knowing", REPORT),
    ("maintain", "maintained maintains maintaining", REPORT),
    ("note", "noted notes noting", REPORT),
    ("predict", "predicted predicts predicting", REPORT),
    ("quote", "quoted quotes quoting", REPORT),
    ("reckon", "reckoned reckons reckoning", REPORT),
    ("reiterate", "reiterated reiterates reiterating", REPORT),
    ("remark", "remarked remarks remarking", REPORT),
    ("stress", "stressed stresses stressing", REPORT),
    ("suggest", "suggested suggests suggesting", REPORT),
    ("suspect", "suspected suspects suspecting", REPORT),
    ("think", "thought thinks thinking", REPORT),
    ("deny", "denied denies denying", CLAUSE),
    ("warn", "warned warns warning", CLAUSE),
    ("show", "showed shown shows showing", CLAUSE),
    ("find", "found finds finding", CLAUSE),
    ("describe", "described describes describing", CLAUSE),
    // (`declared independence from Serbia`, `declared war on Iraq`.)
    ("declare", "declared declares declaring", CLAUSE),
];

static BY_FORM: LazyLock<FastMap<&'static str, SpeechVerb>> = LazyLock::new(|| {
    let mut map = FastMap::default();
    for &(lemma, forms, flags) in VERBS {
        let verb = SpeechVerb { lemma, flags };
        map.insert(lemma, verb);
        for form in forms.split(' ') {
            map.insert(form, verb);
        }
    }
    map
});

impl SpeechVerb {
    /// It reports speech or thought and never relates two entities.
    pub fn reports(self) -> bool {
        self.flags & REPORT != 0
    }
    /// It can take a reported clause (`X said …`, `X warned …`).
    pub fn takes_clause(self) -> bool {
        self.flags & (REPORT | CLAUSE) != 0
    }
    /// It takes no noun-phrase object (`say`, not `tell`).
    pub fn no_object(self) -> bool {
        self.flags & NO_OBJECT != 0
    }
    /// It attributes a quotation (`asked`, `said`, `wrote`).
    pub fn quotes(self) -> bool {
        self.flags & QUOTE != 0
    }
    /// One of the commonest reporting verbs (`said`, `told`, `added`).
    pub fn common(self) -> bool {
        self.flags & COMMON != 0
    }
}

/// The verb of saying or thinking `word` is a form of (any case), if it is one.
pub fn speech_verb(word: &str) -> Option<SpeechVerb> {
    if let Some(v) = BY_FORM.get(word) {
        return Some(*v);
    }
    if word.bytes().any(|b| b.is_ascii_uppercase()) {
        return BY_FORM.get(word.to_ascii_lowercase().as_str()).copied();
    }
    None
}

/// Whether `word` is a form of a verb that can take a reported clause.
pub fn takes_clause(word: &str) -> bool {
    speech_verb(word).is_some_and(SpeechVerb::takes_clause)
}

/// Whether `word` is a form of a verb that reports and relates no entities.
pub fn reports(word: &str) -> bool {
    speech_verb(word).is_some_and(SpeechVerb::reports)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_and_classes() {
        // (word, reports, takes a clause, no object, quotes, common)
        let rows = [
            ("said", true, true, true, true, true),
            ("Says", true, true, true, true, true),
            ("told", true, true, false, true, true),
            ("believes", true, true, false, false, false),
            ("warned", false, true, false, false, false),
            ("asked", false, false, false, true, false),
            ("met", false, false, false, false, false),
        ];
        for (word, reports, clause, no_object, quotes, common) in rows {
            let v = speech_verb(word);
            assert_eq!(v.is_some_and(SpeechVerb::reports), reports, "{word}");
            assert_eq!(v.is_some_and(SpeechVerb::takes_clause), clause, "{word}");
            assert_eq!(v.is_some_and(SpeechVerb::no_object), no_object, "{word}");
            assert_eq!(v.is_some_and(SpeechVerb::quotes), quotes, "{word}");
            assert_eq!(v.is_some_and(SpeechVerb::common), common, "{word}");
        }
    }
}
