//! Works as data: the class nouns of books, plays, films, albums and
//! programmes (keyed by lemma), which type a name beside them as a work (`the
//! play The Vagina Monologues`, `her book Small Island`, `Small Island, Levy's
//! fourth novel`), and which of them, as a definite description (`the play`,
//! `the book`), stand for the document's work named earlier.

/// Class nouns of works, sorted by lemma, with whether `the <noun>` is a
/// definite description of the document's work. A noun also used for other
/// things in news (`the story`, `the collection`, `the programme`) is no
/// description; nouns that in news mostly name no work are left out
/// (`series B` shares, `program` software, a sports `game`).
static WORK_NOUNS: &[(&str, bool)] = &[
    ("album", true),
    ("anthology", true),
    ("ballet", true),
    ("biography", true),
    ("book", true),
    ("collection", false),
    ("comedy", false),
    ("documentary", true),
    ("drama", false),
    ("film", true),
    ("memoir", true),
    ("movie", true),
    ("musical", true),
    ("novel", true),
    ("novella", true),
    ("opera", true),
    ("painting", false),
    ("play", true),
    ("poem", true),
    ("programme", false),
    ("sculpture", false),
    ("show", true),
    ("sitcom", true),
    ("song", true),
    ("story", false),
    ("symphony", true),
    ("thriller", false),
    ("work", true),
];

fn row(lemma: &str) -> Option<bool> {
    WORK_NOUNS
        .binary_search_by(|(w, _)| (*w).cmp(lemma))
        .ok()
        .map(|i| WORK_NOUNS[i].1)
}

/// Is `lemma` the class noun of a work (`book`, `play`, `film`, `album`)?
/// `work` itself only describes (`the work's author`): `work X` types nothing.
pub fn work_noun(lemma: &str) -> bool {
    lemma != "work" && row(lemma).is_some()
}

/// Does `the <lemma>` stand for the document's work named earlier (`the play`,
/// `the book`, `the work`)?
pub fn describes_work(lemma: &str) -> bool {
    row(lemma) == Some(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn work_nouns_are_sorted_and_read() {
        assert!(WORK_NOUNS.windows(2).all(|w| w[0].0 < w[1].0));
        let rows = [
            ("play", true, true),
            ("novel", true, true),
            ("programme", true, false),
            ("work", false, true),
            ("company", false, false),
        ];
        for (lemma, noun, describes) in rows {
            assert_eq!(work_noun(lemma), noun, "{lemma}");
            assert_eq!(describes_work(lemma), describes, "{lemma}");
        }
    }
}
