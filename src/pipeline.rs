//! The pipeline driver: documents in, extracted sentences and resolved facts out.
//!
//! [`process`] runs one document through every extraction stage (segment → tag →
//! mentions → clauses → resolve). [`stream`] runs many sources through
//! [`process`] in parallel (rayon) in bounded, overlapping batches and hands the
//! results back **in input order**, so whatever is built from them (the graph) is
//! identical whatever the thread count, and memory is bounded by two batches, not
//! the input.

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
/// input order. `sink` returning `false` stops early.
///
/// Batches overlap: while `sink` takes in one batch on the calling thread, the
/// next is already being extracted on the current rayon pool (at most two
/// batches in memory), and a calling thread with nothing left to take in helps
/// with that extraction instead of waiting. So merging into a graph costs
/// little wall time, and a batch's slowest document does not leave the other
/// threads idle.
pub fn stream(
    sources: &[Source],
    seg: Segmentation,
    mut sink: impl FnMut(&Source, Result<Processed, InputError>) -> bool,
) {
    type Results = Vec<Result<Processed, InputError>>;
    let extract = move |batch: &[Source]| -> Results {
        batch
            .par_iter()
            .map(|src| read_source(src).map(|doc| process(doc, seg)))
            .collect()
    };
    let mut batches = sources.chunks(BATCH);
    let Some(first) = batches.next() else {
        return;
    };
    rayon::in_place_scope(|scope| {
        let mut current = (first, extract(first));
        loop {
            let next = batches.next().map(|batch| {
                let (tx, rx) = std::sync::mpsc::sync_channel::<Results>(1);
                scope.spawn(move |_| {
                    // The receiver is gone only when `sink` stopped early.
                    let _ = tx.send(extract(batch));
                });
                (batch, rx)
            });
            let (batch, results) = current;
            for (src, r) in batch.iter().zip(results) {
                if !sink(src, r) {
                    return;
                }
            }
            let Some((batch, rx)) = next else {
                return;
            };
            let results = loop {
                if let Ok(results) = rx.try_recv() {
                    break results;
                }
                // Run pool work (the next batch's documents) meanwhile; with
                // none to take, or outside a pool, wait for the batch.
                let wait = match rayon::yield_now() {
                    Some(rayon::Yield::Executed) => continue,
                    Some(rayon::Yield::Idle) => std::time::Duration::from_micros(200),
                    None => std::time::Duration::MAX,
                };
                if let Ok(results) = rx.recv_timeout(wait) {
                    break results;
                }
            };
            current = (batch, results);
        }
    });
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
