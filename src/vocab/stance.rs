//! How a sentence stands to the fact it states, the one home of those word
//! lists (keyed by lemma): a fact only planned or considered (`a meeting
//! between A and B was under consideration`), and a claim the sentence denies
//! or calls false (`X denied that it had bought Y`, `reports that X met Y are
//! untrue`).

/// Predicates that make an event they are said of a plan or a possibility,
/// not a fact: `a meeting … was under consideration`, `talks are planned`.
static PROPOSED: &[&str] = &[
    "consider",
    "consideration",
    "discuss",
    "discussion",
    "due",
    "expect",
    "expected",
    "likely",
    "moot",
    "plan",
    "planned",
    "possible",
    "propose",
    "proposed",
    "rumour",
    "rumoured",
    "schedule",
    "scheduled",
];

/// Verbs whose reported clause the subject denies: `Microsoft denied that it
/// had bought Sybari`.
static DENY: &[&str] = &["deny", "dismiss", "refute", "reject"];

/// Predicates that call a claim false: `reports that X met Y are untrue`.
static FALSE: &[&str] = &[
    "baseless",
    "false",
    "groundless",
    "inaccurate",
    "incorrect",
    "unfounded",
    "untrue",
    "wrong",
];

/// Nouns naming a claim, whose clause a falsehood predicate denies.
static CLAIM: &[&str] = &[
    "allegation",
    "assertion",
    "claim",
    "report",
    "rumor",
    "rumour",
    "speculation",
    "story",
    "suggestion",
];

/// Does predicate `lemma` make what it is said of only planned or possible?
pub fn proposed(lemma: &str) -> bool {
    PROPOSED.binary_search(&lemma).is_ok()
}

/// Does verb `lemma` deny its reported clause?
pub fn denies(lemma: &str) -> bool {
    DENY.binary_search(&lemma).is_ok()
}

/// Does predicate `lemma` call a claim false?
pub fn calls_false(lemma: &str) -> bool {
    FALSE.binary_search(&lemma).is_ok()
}

/// Is noun `lemma` a claim (`report`, `allegation`)?
pub fn claim_noun(lemma: &str) -> bool {
    CLAIM.binary_search(&lemma).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_and_found() {
        for list in [PROPOSED, DENY, FALSE, CLAIM] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
        let rows = [
            (proposed("consideration"), true),
            (proposed("meet"), false),
            (denies("deny"), true),
            (denies("say"), false),
            (calls_false("untrue"), true),
            (claim_noun("allegation"), true),
        ];
        for (got, want) in rows {
            assert_eq!(got, want);
        }
    }
}
