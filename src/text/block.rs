//! Page blocks: document text in, [`Block`]s out — the stretches that the
//! sentence splitter ([`super::segment()`]) works on one at a time.
//!
//! A blank line (or a rule such as `---`) always ends a block; each bulleted or
//! numbered line (`•`, `-`, `*`, `1.`, `2)` …) is a block of its own whose span
//! excludes the bullet, and so is a Markdown heading (`## Title`) without its
//! `#`s. Single newlines inside a run of lines are read as hard wrapping
//! (joined) when the run shows signs of it — a line continuing in lower case,
//! a line ending in a comma or a function word — and as line breaks otherwise;
//! an indented line starts a new paragraph, and caption markers (`Image:`) and
//! lines ending in `:` stand alone.

use std::ops::Range;

use super::Span;
use super::layout::is_marker;

/// A stretch of the page split into sentences on its own: a paragraph, a
/// single line, or one list item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// Trimmed; a list item's span starts after its bullet.
    pub span: Span,
    /// A bulleted or numbered line.
    pub list_item: bool,
    /// A Markdown heading (`## Section`); its span excludes the `#`s.
    pub heading: bool,
    /// A blank line (or the start of the text) comes right before it.
    pub blank_before: bool,
    /// Its sentences, as indices into the segmenter's output.
    pub sentences: Range<usize>,
}

/// One physical line: its trimmed content `start..end` and indentation width.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Line {
    pub(crate) start: usize,
    pub(crate) end: usize,
    indent: usize,
}

pub(crate) fn lines(text: &str) -> impl Iterator<Item = Line> + '_ {
    let mut pos = 0;
    text.split_inclusive('\n').map(move |raw| {
        let begin = pos;
        pos += raw.len();
        let trimmed_start = raw.trim_start();
        let indent = raw.len() - trimmed_start.len();
        let content = trimmed_start.trim_end();
        let start = begin + indent;
        Line {
            start,
            end: start + content.len(),
            indent,
        }
    })
}

/// Cut the page into blocks (see the module doc).
pub(crate) fn find_blocks(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut run: Vec<Line> = Vec::new();
    let mut blank_before = true;
    let mut item: Option<(Line, usize)> = None; // an open list item and its bullet line's indent
    for line in lines(text) {
        let content = &text[line.start..line.end];
        if line.start == line.end || !content.contains(|c: char| c.is_alphanumeric()) {
            // Blank lines and rules (`---`, `* * *`) end blocks.
            flush_run(text, &mut run, &mut blank_before, &mut blocks);
            close_item(&mut item, &mut blank_before, &mut blocks);
            blank_before = true;
            continue;
        }
        if let Some(title) = markdown_heading(content) {
            flush_run(text, &mut run, &mut blank_before, &mut blocks);
            close_item(&mut item, &mut blank_before, &mut blocks);
            let start = line.start + (title.as_ptr() as usize - content.as_ptr() as usize);
            blocks.push(Block {
                span: Span::new(start, start + title.len()),
                list_item: false,
                heading: true,
                blank_before,
                sentences: 0..0,
            });
            blank_before = false;
            continue;
        }
        if let Some(skip) = bullet_len(content) {
            flush_run(text, &mut run, &mut blank_before, &mut blocks);
            close_item(&mut item, &mut blank_before, &mut blocks);
            let content = text[line.start + skip..line.end].trim_start();
            let start = line.end - content.len();
            item = Some((
                Line {
                    start,
                    end: line.end,
                    indent: line.indent,
                },
                line.indent,
            ));
            continue;
        }
        if let Some((open, bullet_indent)) = &mut item {
            let first = text[line.start..].chars().next().unwrap_or(' ');
            if line.indent > *bullet_indent || first.is_lowercase() {
                open.end = line.end; // a wrapped list item
                continue;
            }
            close_item(&mut item, &mut blank_before, &mut blocks);
        }
        run.push(line);
    }
    flush_run(text, &mut run, &mut blank_before, &mut blocks);
    close_item(&mut item, &mut blank_before, &mut blocks);
    blocks
}

fn close_item(item: &mut Option<(Line, usize)>, blank_before: &mut bool, blocks: &mut Vec<Block>) {
    if let Some((line, _)) = item.take()
        && line.start < line.end
    {
        blocks.push(Block {
            span: Span::new(line.start, line.end),
            list_item: true,
            heading: false,
            blank_before: *blank_before,
            sentences: 0..0,
        });
        *blank_before = false;
    }
}

/// Turn a run of consecutive non-blank, non-bullet lines into blocks.
fn flush_run(text: &str, run: &mut Vec<Line>, blank_before: &mut bool, blocks: &mut Vec<Block>) {
    if run.is_empty() {
        return;
    }
    #[derive(PartialEq)]
    enum Joint {
        Break,
        Wrap,
        Unsure,
    }
    // Indentation counts relative to the run's least indented line, so a
    // uniformly indented text reads like an unindented one.
    let base = run.iter().map(|l| l.indent).min().unwrap_or(0);
    let joints: Vec<Joint> = run
        .windows(2)
        .map(|w| {
            let (a, b) = (&text[w[0].start..w[0].end], &text[w[1].start..w[1].end]);
            let (indent_a, indent_b) = (w[0].indent - base, w[1].indent - base);
            // An indented line starts a paragraph (or a table row) unless it
            // plainly continues the line before at the same indentation.
            if (indent_b >= 2 && (indent_b != indent_a || is_terminated(a) || !continues(a, b)))
                || is_marker(a)
                || is_marker(b)
                || a.ends_with(':')
                || (is_terminated(a) && !b.contains(' ') && !b.contains(char::is_lowercase))
            {
                Joint::Break
            } else if continues(a, b) {
                Joint::Wrap
            } else {
                Joint::Unsure
            }
        })
        .collect();
    let wraps = joints.iter().filter(|j| **j == Joint::Wrap).count();
    let unsure = joints.iter().filter(|j| **j == Joint::Unsure).count();
    let wrapped = wraps > 0 && wraps * 2 >= unsure;
    let mut start = run[0].start;
    for (k, joint) in joints.iter().enumerate() {
        let split = match joint {
            Joint::Break => true,
            Joint::Wrap => false,
            Joint::Unsure => !wrapped,
        };
        if split {
            blocks.push(Block {
                span: Span::new(start, run[k].end),
                list_item: false,
                heading: false,
                blank_before: *blank_before,
                sentences: 0..0,
            });
            *blank_before = false;
            start = run[k + 1].start;
        }
    }
    blocks.push(Block {
        span: Span::new(start, run[run.len() - 1].end),
        list_item: false,
        heading: false,
        blank_before: *blank_before,
        sentences: 0..0,
    });
    *blank_before = false;
    run.clear();
}

/// Words that cannot end a line of running text that is not hard-wrapped.
const CONTINUING_WORDS: &[&str] = &[
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "had", "has", "have", "his", "her",
    "in", "into", "is", "its", "of", "on", "or", "said", "that", "the", "their", "to", "was",
    "were", "which", "who", "will", "with", "would",
];

/// Whether line `b` clearly continues line `a` (hard-wrapped text).
fn continues(a: &str, b: &str) -> bool {
    let first = b.chars().next().unwrap_or(' ');
    if first.is_lowercase() || first.is_ascii_digit() || matches!(first, '(' | '$' | '%') {
        return true;
    }
    if a.ends_with([',', ';', '-', '–']) {
        return true;
    }
    let last = a.rsplit(' ').next().unwrap_or("");
    CONTINUING_WORDS.contains(&last)
}

/// The title of a Markdown heading line (`## Title ##` → `Title`).
fn markdown_heading(line: &str) -> Option<&str> {
    let hashes = line.bytes().take_while(|&c| c == b'#').count();
    if !(1..=6).contains(&hashes) || !line[hashes..].starts_with([' ', '\t']) {
        return None;
    }
    let title = line[hashes..].trim().trim_end_matches('#').trim_end();
    (!title.is_empty()).then_some(title)
}

/// Byte length of a list bullet (and the space after it) at the start of `line`.
fn bullet_len(line: &str) -> Option<usize> {
    let mut chars = line.char_indices();
    let (_, c) = chars.next()?;
    if matches!(
        c,
        '•' | '·'
            | '▪'
            | '◦'
            | '‣'
            | '●'
            | '■'
            | '□'
            | '►'
            | '▶'
            | '-'
            | '–'
            | '*'
            | '+'
    ) {
        let after = c.len_utf8();
        let next = line[after..].chars().next()?;
        return (next == ' ' || next == '\t').then_some(after + 1);
    }
    // Numbered: 1. / 12) / (3) / a) followed by a space.
    let b = line.as_bytes();
    let mut i = usize::from(b[0] == b'(');
    let digits = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    let letter = digits == 0 && b.get(i).is_some_and(u8::is_ascii_lowercase);
    if (1..=3).contains(&digits) {
        i += digits;
    } else if letter && b.get(i + 1) == Some(&b')') {
        i += 1;
    } else {
        return None;
    }
    if !matches!(b.get(i), Some(b'.' | b')')) {
        return None;
    }
    i += 1;
    matches!(b.get(i), Some(b' ' | b'\t')).then_some(i + 1)
}

/// Whether `s` ends like a finished sentence (or a label ending in `:`).
pub(crate) fn is_terminated(s: &str) -> bool {
    let core = s.trim_end_matches(['"', '\'', '”', '’', '»', ')', ']', ' ']);
    core.ends_with(['.', '!', '?', '…', ':', ';'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_shapes() {
        let bullets = [
            ("• Alpha", Some(4)),
            ("- Beta", Some(2)),
            ("* Gamma", Some(2)),
            ("12) Delta", Some(4)),
            ("(3) Epsilon", Some(4)),
            ("a) Zeta", Some(3)),
            ("1. Eta", Some(3)),
            ("1987. The year", None),
            ("-5 degrees", None),
            ("Theta", None),
        ];
        for (line, want) in bullets {
            assert_eq!(bullet_len(line), want, "{line:?}");
        }
        let headings = [
            ("## Title ##", Some("Title")),
            ("# A", Some("A")),
            ("#hashtag", None),
            ("#", None),
        ];
        for (line, want) in headings {
            assert_eq!(markdown_heading(line), want, "{line:?}");
        }
        let terminated = [
            ("Done.", true),
            ("“Done.”", true),
            ("Why?", true),
            ("Follows:", true),
            ("Headline", false),
        ];
        for (line, want) in terminated {
            assert_eq!(is_terminated(line), want, "{line:?}");
        }
        let wraps = [
            ("prices rose in the", "first quarter", true),
            ("the drought since early,", "January", true),
            ("the bank said on", "Tuesday", true),
            ("More from Sky News", "Pound falls", false),
        ];
        for (a, b, want) in wraps {
            assert_eq!(continues(a, b), want, "{a:?} / {b:?}");
        }
    }

    #[test]
    fn indented_rows_stand_alone() {
        // Reuters-style: paragraphs start indented, table rows share an indent.
        let text = "Net rose on\nTuesday.\n    Shr 28 cts vs 22 cts\n    Net 1,000 vs 900\n    \
                    The company said it\nwould pay.";
        let got: Vec<&str> = find_blocks(text).iter().map(|b| b.span.of(text)).collect();
        assert_eq!(
            got,
            [
                "Net rose on\nTuesday.",
                "Shr 28 cts vs 22 cts",
                "Net 1,000 vs 900",
                "The company said it\nwould pay."
            ]
        );
        // A uniformly indented text wraps like an unindented one.
        let text = "  Kim met with\n  Putin in Beijing.";
        assert_eq!(find_blocks(text).len(), 1);
    }

    #[test]
    fn blocks_of_a_page() {
        let text = "Title line\n\nFirst para wraps\nonto here.\n  • item one\n\n## Next\nImage:\nA caption\n";
        let got: Vec<(&str, bool, bool, bool)> = find_blocks(text)
            .iter()
            .map(|b| (b.span.of(text), b.list_item, b.heading, b.blank_before))
            .collect();
        assert_eq!(
            got,
            [
                ("Title line", false, false, true),
                ("First para wraps\nonto here.", false, false, true),
                ("item one", true, false, false),
                ("Next", false, true, true),
                ("Image:", false, false, false),
                ("A caption", false, false, false),
            ]
        );
    }
}
