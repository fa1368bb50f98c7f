//! Limits on what an input may declare: a count read from a file (how many
//! sentences a document has) in, whether memory may be spent on it out. A
//! document's sentences are kept as one slot each, so a graph file or a facts
//! stream of a few bytes that claims billions of sentences would otherwise
//! take gigabytes before anything could be checked.

/// Sentences every input may declare in all, however small it is: more than
/// the 555,556 of a 50 MB one-line document (README, Limits).
pub const SENTENCE_FLOOR: u64 = 1 << 20;

/// Sentences an input may declare in all per byte of it, above the floor.
/// Real graph files and facts streams declare well under one per byte
/// (Reuters-21578: about 0.04).
pub const SENTENCES_PER_BYTE: u64 = 8;

/// Whether `declared` sentences in all fit an input of `bytes` bytes.
pub fn sentences_fit(declared: u64, bytes: u64) -> bool {
    declared <= SENTENCE_FLOOR.max(bytes.saturating_mul(SENTENCES_PER_BYTE))
}

/// The error message of a count that does not fit.
pub fn too_many_sentences(declared: u64, bytes: u64) -> String {
    format!(
        "the documents declare {declared} sentences in all, more than an input of {bytes} bytes \
         may (at most {} or {SENTENCES_PER_BYTE} per byte)",
        SENTENCE_FLOOR
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn declared_sentences_are_bounded_by_the_input_size() {
        for (declared, bytes, fits) in [
            (555_556, 100, true),
            (SENTENCE_FLOOR, 0, true),
            (SENTENCE_FLOOR + 1, 0, false),
            (8_000_000, 1_000_000, true),
            (8_000_001, 1_000_000, false),
            (u64::from(u32::MAX), 8_008, false),
            (u64::MAX, u64::MAX, true),
        ] {
            assert_eq!(
                sentences_fit(declared, bytes),
                fits,
                "{declared} in {bytes}"
            );
        }
    }
}
