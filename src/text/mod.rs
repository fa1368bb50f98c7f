//! Text stage: documents in, sentences and tokens out.
//!
//! Input is raw document text (files, directories, stdin); output is a list of
//! [`Sentence`]s and, per sentence, [`Token`]s. Every span is a byte-offset
//! range into the *document* text, with the invariant that
//! `&doc.text[span.start..span.end]` is the covered text. Nothing downstream
//! re-reads the raw text except through these spans.

mod abbrev;
pub mod block;
pub mod input;
pub mod layout;
pub mod segment;
pub mod token;

use serde::{Deserialize, Serialize};

pub use segment::{segment, segment_lines};
pub use token::{tokenize, tokenize_into};

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

/// What kind of line or sentence this is, as far as the page layout tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SentenceKind {
    /// Running text: a sentence of a paragraph.
    #[default]
    Body,
    /// A headline or section heading (no terminal punctuation, or a question introducing a list).
    Heading,
    /// One item of a bulleted or numbered list (the bullet is not part of the span).
    ListItem,
    /// An image or video caption (after an `Image:` marker, or a lone unterminated line).
    Caption,
    /// Page furniture: browser notices, "More from …" link lists, "Follow the latest …", section labels.
    Furniture,
    /// The same text as an earlier sentence of the document (repeated headline or caption).
    Duplicate,
}

impl SentenceKind {
    /// Whether facts may be extracted from a sentence of this kind.
    pub fn has_facts(self) -> bool {
        matches!(
            self,
            SentenceKind::Body | SentenceKind::Heading | SentenceKind::ListItem
        )
    }
}

/// A sentence of a document: its 0-based index in the document, its span and its kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub index: usize,
    pub span: Span,
    pub kind: SentenceKind,
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

/// The indexes of the tokens (in text order) that lie inside `span`: two
/// binary searches, not a scan.
pub fn tokens_within(tokens: &[Token], span: Span) -> std::ops::Range<usize> {
    let start = tokens.partition_point(|t| t.span.start < span.start);
    let end = start + tokens[start..].partition_point(|t| t.span.end <= span.end);
    start..end
}
