//! Lemmatisation: a word and its tag in, its lower-case lemma out.
//!
//! PLACEHOLDER (being replaced by a WordNet 3.0-derived table): strips regular
//! suffixes only.

use super::tags::Tag;

/// The lower-case lemma of `word` read as part of speech `tag`.
pub fn lemma(word: &str, tag: Tag) -> String {
    let w = word.to_lowercase();
    if tag.is_verb() {
        for suf in ["ing", "ed", "s"] {
            if let Some(stem) = w.strip_suffix(suf)
                && stem.len() > 2
            {
                return stem.to_string();
            }
        }
    } else if matches!(tag, Tag::NNS)
        && let Some(stem) = w.strip_suffix('s')
    {
        return stem.to_string();
    }
    w
}
