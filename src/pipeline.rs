//! The pipeline driver: documents in, analysed sentences, extracted sentences and
//! resolved facts out.
//!
//! [`analyse_document`] runs one document through segmentation and the language
//! stage (the analysed sentences of [`crate::nlp::analyse`]); [`process`] goes on
//! through extraction and in-document resolution. [`stream`] runs many sources
//! through either in parallel (rayon) in bounded, overlapping batches and hands
//! the results back **in input order**, so whatever is built from them (the
//! graph) is identical whatever the thread count, and memory is bounded by two
//! batches, not the input.

use rayon::prelude::*;

use crate::extract::{SentenceExtraction, extract_sentences};
use crate::hash::content_hash;
use crate::nlp::{AnalysedSentence, Tokenization, analyse};
use crate::resolve::{DocumentFacts, resolve_document};
use crate::text::input::{InputError, Source, read_source};
use crate::text::segment::{segment_counting_cuts, segment_lines_counting_cuts};
use crate::text::{Document, Sentence};

/// How a document is split into sentences.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Segmentation {
    /// Real sentence segmentation with page-layout kinds.
    #[default]
    Prose,
    /// Each non-blank line is one sentence, taken verbatim (`--sentence-per-line`).
    Lines,
    /// Each non-blank line is one sentence whose tokens are separated by spaces
    /// and taken as they are (`--sentence-per-line --tokenized`).
    Tokens,
}

impl Segmentation {
    /// The sentences of `text`.
    pub fn sentences(self, text: &str) -> Vec<Sentence> {
        self.sentences_counting_cuts(text).0
    }

    /// The sentences of `text`, and how many sentences longer than
    /// [`crate::text::segment::MAX_SENTENCE_BYTES`] were cut into pieces.
    pub fn sentences_counting_cuts(self, text: &str) -> (Vec<Sentence>, usize) {
        match self {
            Segmentation::Prose => segment_counting_cuts(text),
            Segmentation::Lines | Segmentation::Tokens => segment_lines_counting_cuts(text),
        }
    }

    /// How the words of each sentence are found.
    pub fn tokenization(self) -> Tokenization {
        match self {
            Segmentation::Tokens => Tokenization::Spaces,
            Segmentation::Prose | Segmentation::Lines => Tokenization::Words,
        }
    }
}

/// One document after the language stage.
#[derive(Debug, Clone)]
pub struct Analysed {
    pub doc: Document,
    pub sentences: Vec<AnalysedSentence>,
    /// How many overlong sentences were cut into pieces (see
    /// [`Segmentation::sentences_counting_cuts`]).
    pub cut: usize,
}

/// Segment a document and analyse its sentences.
pub fn analyse_document(doc: Document, seg: Segmentation) -> Analysed {
    let (sentences, cut) = seg.sentences_counting_cuts(&doc.text);
    let sentences = analyse(&doc, &sentences, seg.tokenization());
    Analysed {
        doc,
        sentences,
        cut,
    }
}

impl Analysed {
    /// The warning for cut sentences, if any were cut.
    pub fn cut_warning(&self) -> Option<String> {
        cut_warning(&self.doc.name, self.cut)
    }
}

/// `NAME: N sentences longer than 2000 bytes were cut into pieces`, when N > 0.
pub fn cut_warning(name: &str, cut: usize) -> Option<String> {
    let limit = crate::text::segment::MAX_SENTENCE_BYTES;
    match cut {
        0 => None,
        1 => Some(format!(
            "{name}: 1 sentence longer than {limit} bytes was cut into pieces"
        )),
        n => Some(format!(
            "{name}: {n} sentences longer than {limit} bytes were cut into pieces"
        )),
    }
}

/// One document after extraction and in-document resolution.
#[derive(Debug, Clone)]
pub struct Processed {
    pub doc: Document,
    /// Content hash of the text (see [`content_hash`]).
    pub hash: String,
    pub extractions: Vec<SentenceExtraction>,
    pub facts: DocumentFacts,
    /// How many overlong sentences were cut into pieces.
    pub cut: usize,
}

impl Processed {
    /// The warning for cut sentences, if any were cut.
    pub fn cut_warning(&self) -> Option<String> {
        cut_warning(&self.doc.name, self.cut)
    }

    /// Number of words (whitespace-separated) in the document, for throughput figures.
    pub fn words(&self) -> usize {
        self.doc.text.split_whitespace().count()
    }
}

/// How many sentences are analysed together by [`process`]: the recogniser's
/// document-level memory spans a window of this many sentences, and the
/// analyses (tokens, tags, trees) of one window at a time are kept, so a huge
/// document is extracted in memory proportional to its facts, not its words.
/// Real documents are far shorter (the longest Reuters story has 343
/// sentences), so for them the window is the whole document.
pub const ANALYSIS_WINDOW: usize = 4096;

/// Run one document through the extraction stages.
pub fn process(doc: Document, seg: Segmentation) -> Processed {
    let (sentences, cut) = seg.sentences_counting_cuts(&doc.text);
    let mut extractions = Vec::with_capacity(sentences.len());
    for window in sentences.chunks(ANALYSIS_WINDOW) {
        let analysed = analyse(&doc, window, seg.tokenization());
        extractions.extend(extract_sentences(&doc, analysed));
    }
    drop(sentences);
    let facts = resolve_document(&doc, &extractions);
    let hash = content_hash(&doc.text);
    Processed {
        doc,
        hash,
        extractions,
        facts,
        cut,
    }
}

/// How many documents are extracted in parallel before results are handed on.
const BATCH: usize = 256;

/// Read `sources` and run `work` on each document in parallel (usually
/// [`process`] or [`analyse_document`]), calling `sink` with each result in
/// input order. `sink` returning `false` stops early.
///
/// Batches overlap: while `sink` takes in one batch on the calling thread, the
/// next is already being extracted on the current rayon pool (at most two
/// batches in memory), and a calling thread with nothing left to take in helps
/// with that extraction instead of waiting. So merging into a graph costs
/// little wall time, and a batch's slowest document does not leave the other
/// threads idle.
pub fn stream<T: Send>(
    sources: &[Source],
    work: impl Fn(Document) -> T + Sync,
    mut sink: impl FnMut(&Source, Result<T, InputError>) -> bool,
) {
    let work = &work;
    let extract = move |batch: &[Source]| -> Vec<Result<T, InputError>> {
        batch
            .par_iter()
            .map(|src| read_source(src).map(work))
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
                let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<Result<T, InputError>>>(1);
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
