//! Tokenization: a sentence span in, word/punctuation [`Token`] spans out.
//!
//! PLACEHOLDER (being replaced): splits on whitespace and peels punctuation.

use super::{Span, Token};

/// Tokenize the part of `text` covered by `span`; token spans are document offsets.
pub fn tokenize(text: &str, span: Span) -> Vec<Token> {
    let mut out = Vec::new();
    let s = span.of(text);
    let mut i = 0;
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    while i < chars.len() {
        let (b, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if c.is_alphanumeric() {
            let mut j = i;
            while j < chars.len() && (chars[j].1.is_alphanumeric() || chars[j].1 == '-') {
                j += 1;
            }
            let e = chars.get(j).map(|x| x.0).unwrap_or(s.len());
            out.push(Token {
                span: Span::new(span.start + b, span.start + e),
            });
            i = j;
        } else {
            let e = chars.get(i + 1).map(|x| x.0).unwrap_or(s.len());
            out.push(Token {
                span: Span::new(span.start + b, span.start + e),
            });
            i += 1;
        }
    }
    out
}
