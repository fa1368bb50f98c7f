//! Sentence segmentation: document text in, [`Sentence`] spans out.
//!
//! PLACEHOLDER (being replaced): splits on blank lines and on `.`/`!`/`?` followed by
//! whitespace and an upper-case letter.

use super::{Sentence, SentenceKind, Span};

/// Split a document into sentences with byte offsets.
pub fn segment(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    for line in segment_lines(text) {
        let s = line.span.of(text);
        let bytes = s.as_bytes();
        let mut start = 0;
        let mut i = 0;
        while i < bytes.len() {
            let c = bytes[i];
            if (c == b'.' || c == b'!' || c == b'?')
                && i + 2 < bytes.len()
                && bytes[i + 1] == b' '
                && bytes[i + 2].is_ascii_uppercase()
            {
                push_trimmed(
                    &mut out,
                    text,
                    line.span.start + start,
                    line.span.start + i + 1,
                );
                start = i + 2;
            }
            i += 1;
        }
        push_trimmed(&mut out, text, line.span.start + start, line.span.end);
    }
    for (i, s) in out.iter_mut().enumerate() {
        s.index = i;
    }
    out
}

/// Each non-blank line is one sentence (for `--sentence-per-line`), trimmed of
/// surrounding whitespace.
pub fn segment_lines(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let start = pos;
        pos += line.len();
        push_trimmed(&mut out, text, start, pos);
    }
    for (i, s) in out.iter_mut().enumerate() {
        s.index = i;
    }
    out
}

fn push_trimmed(out: &mut Vec<Sentence>, text: &str, start: usize, end: usize) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(Sentence {
            index: 0,
            kind: SentenceKind::Body,
            span: Span::new(start + lead, end - trail),
        });
    }
}
