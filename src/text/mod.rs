//! Text stage: documents in, sentences and tokens out.
//!
//! Input is raw document text (files, directories, stdin); output is a list of
//! [`Sentence`]s and, per sentence, [`Token`]s. Every span is a byte-offset
//! range into the *document* text, with the invariant that
//! `&doc.text[span.start..span.end]` is the covered text. Nothing downstream
//! re-reads the raw text except through these spans.

pub mod segment;
pub mod token;

use serde::{Deserialize, Serialize};

pub use segment::{segment, segment_lines};
pub use token::tokenize;

/// A half-open byte range `[start, end)` into a document's text.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
    /// The covered text of `text` (which must be the document this span points into).
    pub fn of<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
    /// Smallest span covering both.
    pub fn join(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

/// One input document: a name (the path as given, or `-` for stdin) and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub name: String,
    pub text: String,
}

/// A sentence of a document: its 0-based index in the document and its span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub index: usize,
    pub span: Span,
}

impl Sentence {
    pub fn text<'a>(&self, doc: &'a str) -> &'a str {
        self.span.of(doc)
    }
}

/// A token: a word, number or punctuation mark, as a span into the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
}

impl Token {
    pub fn text<'a>(&self, doc: &'a str) -> &'a str {
        self.span.of(doc)
    }
}
