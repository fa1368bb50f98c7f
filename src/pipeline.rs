//! The pipeline driver: documents in, extracted sentences and resolved facts out.
//!
//! [`process`] runs one document through every extraction stage (segment → tag →
//! mentions → clauses → resolve). [`stream`] runs many sources through
//! [`process`] in parallel (rayon) in bounded batches and hands the results back
//! **in input order**, so whatever is built from them (the graph) is identical
//! whatever the thread count, and memory is bounded by the batch, not the input.

use rayon::prelude::*;

use crate::extract::{SentenceExtraction, extract_sentences};
use crate::resolve::{DocumentFacts, resolve_document};
use crate::text::input::{InputError, Source, read_source};
use crate::text::{Document, segment, segment_lines};

/// How a document is split into sentences.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Segmentation {
    /// Real sentence segmentation with page-layout kinds.
    #[default]
    Prose,
    /// Each non-blank line is one sentence, taken verbatim (`--sentence-per-line`).
    Lines,
}

/// One document after extraction and in-document resolution.
#[derive(Debug, Clone)]
pub struct Processed {
    pub doc: Document,
    /// Content hash of the text (see [`content_hash`]).
    pub hash: String,
    pub extractions: Vec<SentenceExtraction>,
    pub facts: DocumentFacts,
}

impl Processed {
    /// Number of words (whitespace-separated) in the document, for throughput figures.
    pub fn words(&self) -> usize {
        self.doc.text.split_whitespace().count()
    }
}

/// Run one document through the extraction stages.
pub fn process(doc: Document, seg: Segmentation) -> Processed {
    let sentences = match seg {
        Segmentation::Prose => segment(&doc.text),
        Segmentation::Lines => segment_lines(&doc.text),
    };
    let extractions = extract_sentences(&doc, &sentences);
    let facts = resolve_document(&doc, &extractions);
    let hash = content_hash(&doc.text);
    Processed {
        doc,
        hash,
        extractions,
        facts,
    }
}

/// A stable 64-bit FNV-1a hash of a text, as 16 hex digits. Stable across
/// platforms and releases (unlike `std`'s hasher), so graph files stay valid.
pub fn content_hash(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in text.as_bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// How many documents are extracted in parallel before results are handed on.
const BATCH: usize = 256;

/// Read and process `sources` in parallel, calling `sink` with each result in
/// input order. Stdin is read on the calling thread. `sink` returning `false` stops early.
pub fn stream(
    sources: &[Source],
    seg: Segmentation,
    mut sink: impl FnMut(&Source, Result<Processed, InputError>) -> bool,
) {
    for batch in sources.chunks(BATCH) {
        let results: Vec<Result<Processed, InputError>> = batch
            .par_iter()
            .map(|src| read_source(src).map(|doc| process(doc, seg)))
            .collect();
        for (src, r) in batch.iter().zip(results) {
            if !sink(src, r) {
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_hash_is_stable() {
        // FNV-1a 64 reference values.
        assert_eq!(content_hash(""), "cbf29ce484222325");
        assert_eq!(content_hash("a"), "af63dc4c8601ec8c");
        assert_ne!(
            content_hash("Kim met Putin."),
            content_hash("Kim met Putin!")
        );
    }
}
