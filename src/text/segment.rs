//! Sentence segmentation: document text in, [`Sentence`] spans with kinds out.
//!
//! Works in two steps. First the page is cut into [`Block`]s (paragraphs, lines,
//! list items without their bullets, Markdown headings: see [`super::block`]).
//! Then each block is split at `.`/`!`/`?` (plus closing quotes and brackets)
//! followed by space and something that can start a sentence — never after
//! titles and months (`Mr.`, `Sept.`), initials (`George W. Bush`), `e.g.`/`i.e.`
//! or decimals; after `U.S.`, `a.m.`, `Inc.`, `Co.` and ellipses only when a
//! typical sentence opener (`The`, `He`, …) follows. `“Really?” she asked` stays
//! one sentence. A period before a lower-case word ends a sentence only in
//! informal text (`… tell val. the next day`); `?`/`!` before one does unless a
//! closing quote or a verb of speech says otherwise. A news dateline
//! (`BEIJING (Reuters) - `) is left out of its sentence's span. Finally
//! [`super::layout`] sets each sentence's [`SentenceKind`] from the page layout (headings, list items, captions,
//! furniture, duplicates).
//!
//! Spans are document byte offsets, trimmed of surrounding whitespace.
//!
//! Measured on UD English-EWT (documents rebuilt from the gold sentences, one
//! paragraph per block): sentence boundaries inside paragraphs are found with
//! precision 0.984 and recall 0.79 on dev (0.984 / 0.84 on train); most misses
//! are web posts without punctuation. Throughput on the Reuters-21578 stories:
//! about 60–90 MB/s on one core of a shared machine.

use std::sync::LazyLock;

use regex::Regex;

use super::abbrev::{Abbreviation, abbreviation};
pub use super::block::Block;
use super::block::{find_blocks, is_terminated, lines};
use super::{Sentence, SentenceKind, Span, layout};
use crate::vocab::speech::speech_verb;

/// The longest sentence kg reads whole, in bytes. A longer one (a table, a run
/// of text without punctuation, a hostile input) is cut into pieces of at most
/// this length at the last space, or comma or semicolon, before the limit, so
/// the work per sentence stays bounded and a whole file is read in linear time.
/// Real sentences are far shorter: the longest of CaRB dev is 586 bytes.
pub const MAX_SENTENCE_BYTES: usize = 2000;

/// Split a document into sentences with byte offsets and layout kinds.
pub fn segment(text: &str) -> Vec<Sentence> {
    segment_counting_cuts(text).0
}

/// [`segment`], and how many sentences longer than [`MAX_SENTENCE_BYTES`]
/// were cut into pieces (for a warning).
pub fn segment_counting_cuts(text: &str) -> (Vec<Sentence>, usize) {
    let (mut sentences, blocks) = segment_blocks(text);
    layout::classify(text, &blocks, &mut sentences);
    cap_length(text, sentences)
}

/// Cut every sentence longer than [`MAX_SENTENCE_BYTES`] into pieces (each
/// keeps the kind), and number the sentences again. Also returns how many
/// were cut.
fn cap_length(text: &str, sentences: Vec<Sentence>) -> (Vec<Sentence>, usize) {
    let long = sentences
        .iter()
        .filter(|s| s.span.len() > MAX_SENTENCE_BYTES)
        .count();
    if long == 0 {
        return (sentences, 0);
    }
    let mut out = Vec::with_capacity(sentences.len());
    for s in sentences {
        let mut start = s.span.start;
        while s.span.end - start > MAX_SENTENCE_BYTES {
            let mut limit = start + MAX_SENTENCE_BYTES;
            while !text.is_char_boundary(limit) {
                limit -= 1;
            }
            let window = &text[start..limit];
            let cut = window
                .rfind([',', ';'])
                .filter(|&i| i > window.len() / 2)
                .map(|i| i + 1)
                .or_else(|| window.rfind(char::is_whitespace).filter(|&i| i > 0))
                .unwrap_or(window.len());
            let end = start + cut;
            out.push(Sentence {
                index: 0,
                span: Span::new(start, end),
                kind: s.kind,
            });
            start = end;
            while start < s.span.end && text[start..].starts_with(char::is_whitespace) {
                start += text[start..].chars().next().map_or(1, char::len_utf8);
            }
        }
        if start < s.span.end {
            out.push(Sentence {
                index: 0,
                span: Span::new(start, s.span.end),
                kind: s.kind,
            });
        }
    }
    for (i, s) in out.iter_mut().enumerate() {
        s.index = i;
    }
    (out, long)
}

/// Like [`segment`] without the layout pass: the blocks and their sentences,
/// with kinds `Body`, `ListItem`, or `Heading` for a lone unterminated line.
pub fn segment_blocks(text: &str) -> (Vec<Sentence>, Vec<Block>) {
    let mut blocks = find_blocks(text);
    let mut sentences = Vec::with_capacity(text.len() / 100 + 1);
    for block in &mut blocks {
        let first = sentences.len();
        split_block(text, block.span, &mut sentences);
        block.sentences = first..sentences.len();
        if !block.list_item && !block.heading && !block.sentences.is_empty() {
            let s = &mut sentences[first];
            s.span.start += dateline_len(s.text(text));
        }
        let kind = if block.list_item {
            SentenceKind::ListItem
        } else if block.heading
            || (block.sentences.len() == 1 && !is_terminated(block.span.of(text)))
        {
            SentenceKind::Heading
        } else {
            SentenceKind::Body
        };
        for s in &mut sentences[first..] {
            s.kind = kind;
        }
    }
    for (i, s) in sentences.iter_mut().enumerate() {
        s.index = i;
    }
    (sentences, blocks)
}

/// Each non-blank line is one sentence (for `--sentence-per-line`), trimmed of
/// surrounding whitespace; a line longer than [`MAX_SENTENCE_BYTES`] is cut.
pub fn segment_lines(text: &str) -> Vec<Sentence> {
    segment_lines_counting_cuts(text).0
}

/// [`segment_lines`], and how many lines were cut.
pub fn segment_lines_counting_cuts(text: &str) -> (Vec<Sentence>, usize) {
    cap_length(text, whole_lines(text))
}

fn whole_lines(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    for line in lines(text) {
        if line.start < line.end {
            out.push(Sentence {
                index: out.len(),
                span: Span::new(line.start, line.end),
                kind: SentenceKind::Body,
            });
        }
    }
    out
}

/// A news dateline: `BEIJING (Reuters) - `, `WASHINGTON, D.C. (AP) — `,
/// `SALVADOR, Feb 26 - `, `LONDON — `.
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<loc>[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+)*)(?P<rest>(?:, [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?(?: \d{1,2})?)*) *(?P<agency>\([A-Za-z][A-Za-z .&'-]{0,30}\))? *(?P<dash>--|[-—–]) +",
    )
    .expect("valid dateline pattern")
});

/// Byte length of a dateline opening `sentence` (0 if none). A bare capitalised
/// word before a hyphen (`US - China talks`) is not one: a dateline needs an
/// agency, a date, or a dash after a name of four letters or more.
fn dateline_len(sentence: &str) -> usize {
    let b = sentence.as_bytes();
    if !(b.len() > 2 && b[0].is_ascii_uppercase() && b[1].is_ascii_uppercase()) {
        return 0; // the common case, without running the pattern
    }
    let Some(c) = DATELINE.captures(sentence) else {
        return 0;
    };
    let whole = c.get(0).map_or(0, |m| m.end());
    let loc_letters = c["loc"].chars().filter(|c| c.is_alphabetic()).count();
    let dated = c["rest"].contains(|c: char| c.is_ascii_digit());
    let long_dash = &c["dash"] != "-";
    let ok = c.name("agency").is_some() || dated || (long_dash && loc_letters >= 4);
    let rest = sentence[whole..].trim_start();
    if ok && !rest.is_empty() {
        sentence.len() - rest.len()
    } else {
        0
    }
}

/// Words that typically open a sentence (after an abbreviation that may end one).
const OPENERS: &[&str] = &[
    "A",
    "An",
    "But",
    "He",
    "Her",
    "His",
    "However",
    "I",
    "It",
    "Its",
    "Meanwhile",
    "She",
    "That",
    "The",
    "Their",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "We",
    "You",
];

/// Lower-case words that open sentences in informal text (`… val. the next day`).
const LOWER_OPENERS: &[&str] = &[
    "but", "he", "i", "if", "it", "my", "she", "so", "the", "there", "they", "this", "we", "you",
];

/// Split the block `span` into trimmed sentences appended to `out`.
fn split_block(text: &str, span: Span, out: &mut Vec<Sentence>) {
    let b = text.as_bytes();
    let end = span.end;
    let mut start = span.start;
    let mut i = span.start;
    while i < end {
        let c = b[i];
        let term_len = match c {
            b'.' | b'!' | b'?' => 1,
            0xE2 if b[i..end].starts_with("…".as_bytes()) => 3,
            _ => {
                i += 1;
                continue;
            }
        };
        // The terminal run: . ! ? … repeated, then closing quotes/brackets.
        let p = i;
        let mut j = i + term_len;
        while j < end {
            match b[j] {
                b'.' | b'!' | b'?' => j += 1,
                0xE2 if b[j..end].starts_with("…".as_bytes()) => j += 3,
                _ => break,
            }
        }
        let term_end = j;
        loop {
            if j < end && matches!(b[j], b'"' | b'\'' | b')' | b']') {
                j += 1;
            } else if let Some(q) = ["”", "’", "»"]
                .iter()
                .find(|q| b[j..end].starts_with(q.as_bytes()))
            {
                j += q.len();
            } else {
                break;
            }
        }
        if j >= end || space_len(&b[j..end]) == 0 {
            i = j.max(i + 1);
            continue;
        }
        let mut k = j;
        while k < end {
            match space_len(&b[k..end]) {
                0 => break,
                n => k += n,
            }
        }
        if k < end && splits(text, start, p, term_end, j, k) {
            push_sentence(text, start, j, out);
            start = k;
        }
        i = k;
    }
    push_sentence(text, start, end, out);
}

/// Whether the terminal run `p..term_end` (closers up to `j`, next text at `k`) ends a sentence.
fn splits(text: &str, start: usize, p: usize, term_end: usize, j: usize, k: usize) -> bool {
    let next = &text[k..];
    let first = next.chars().next().unwrap_or(' ');
    if matches!(first, ',' | ';' | ':' | ')' | ']' | '.' | '…') {
        return false;
    }
    let run = &text[p..term_end];
    let next_word = next
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    if run.contains("..") || run.contains('…') {
        // An ellipsis ends a sentence only before a typical opener (`… The`, `… I`).
        return OPENERS.contains(&next_word);
    }
    if run.starts_with(['?', '!']) {
        // “Why?” Kim asked. / “Really?” she asked. — a speech verb within the
        // next three words; a lower-case word after a quote continues too.
        let quoted = j > term_end;
        let speech = next
            .split_whitespace()
            .take(3)
            .any(|w| speech_verb(w.trim_end_matches([',', '.'])).is_some_and(|v| v.quotes()));
        return !(speech || (quoted && first.is_lowercase()));
    }
    if first.is_lowercase() {
        // After a period, only a plain word followed by a lower-case sentence
        // opener (`… tell val. the next day`) ends a sentence.
        let before = text[start..p]
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or("");
        return LOWER_OPENERS.contains(&next_word)
            && before.len() >= 3
            && before.chars().all(|c| c.is_lowercase())
            && abbreviation(before).is_none();
    }
    // A single period: look at the word before it.
    let before = &text[start..p];
    let word_start = before
        .rfind(|c: char| c.is_whitespace() || matches!(c, '(' | '"' | '“' | '‘' | '[' | '/' | '<'))
        .map_or(0, |x| {
            x + before[x..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &before[word_start..];
    if word.is_empty() {
        return true;
    }
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next())
        && c.is_uppercase()
    {
        return false; // an initial: J. K. Rowling
    }
    let opener = OPENERS.contains(&next_word);
    let tail = word.rsplit('-').next().unwrap_or(word); // Sino-U.S
    if tail.contains('.')
        && tail
            .split('.')
            .all(|seg| seg.len() <= 2 && seg.chars().all(char::is_alphabetic))
    {
        // Dotted abbreviations: U.S, a.m, e.g, Ph.D
        return abbreviation(tail) != Some(Abbreviation::NeverFinal) && opener;
    }
    match abbreviation(word) {
        Some(Abbreviation::NeverFinal) => false,
        Some(Abbreviation::MaybeFinal) => opener,
        None => true,
    }
}

/// Byte length of the whitespace character opening `b` (ASCII, no-break and
/// other Unicode spaces), or 0.
fn space_len(b: &[u8]) -> usize {
    match b {
        [c, ..] if c.is_ascii_whitespace() => 1,
        [0xC2, 0xA0, ..] => 2,                                   // U+00A0
        [0xE2, 0x80, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF, ..] => 3, // U+2000–200A, 2028, 2029, 202F
        [0xE2, 0x81, 0x9F, ..] | [0xE3, 0x80, 0x80, ..] => 3,    // U+205F, U+3000
        _ => 0,
    }
}

fn push_sentence(text: &str, start: usize, end: usize, out: &mut Vec<Sentence>) {
    let s = &text[start..end];
    let t = s.trim_start();
    let lead = s.len() - t.len();
    let t = t.trim_end();
    if !t.is_empty() {
        out.push(Sentence {
            index: out.len(),
            span: Span::new(start + lead, start + lead + t.len()),
            kind: SentenceKind::Body,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        let (sentences, _) = segment_blocks(text);
        sentences.iter().map(|s| s.text(text)).collect()
    }

    #[test]
    fn sentence_boundaries() {
        let cases: &[(&str, &[&str])] = &[
            ("Kim arrived. Xi met him.", &["Kim arrived.", "Xi met him."]),
            (
                "Mr. Kim met Dr. Lee. They talked.",
                &["Mr. Kim met Dr. Lee.", "They talked."],
            ),
            (
                "On Sept. 3 the parade began.",
                &["On Sept. 3 the parade began."],
            ),
            (
                "He met J. K. Rowling and George W. Bush. Then he left.",
                &["He met J. K. Rowling and George W. Bush.", "Then he left."],
            ),
            (
                "The U.S. Navy sailed. It was 3.5 km long.",
                &["The U.S. Navy sailed.", "It was 3.5 km long."],
            ),
            (
                "He lives in the U.S. The rest stay home.",
                &["He lives in the U.S.", "The rest stay home."],
            ),
            (
                "At 10 a.m. Beijing time, troops marched.",
                &["At 10 a.m. Beijing time, troops marched."],
            ),
            (
                "Fruit, e.g. Apples, is good. Yes.",
                &["Fruit, e.g. Apples, is good.", "Yes."],
            ),
            (
                "Acme Inc. Chief Smith spoke. Acme Inc. The firm grew.",
                &[
                    "Acme Inc. Chief Smith spoke.",
                    "Acme Inc.",
                    "The firm grew.",
                ],
            ),
            (
                "He paused... Then he spoke.",
                &["He paused... Then he spoke."],
            ),
            (
                "“It is over,” he said. “We won.” Then he left.",
                &["“It is over,” he said.", "“We won.”", "Then he left."],
            ),
            (
                "“Really?” she asked. Yes.",
                &["“Really?” she asked.", "Yes."],
            ),
            (
                "“Why?” Kim asked. Nobody knew.",
                &["“Why?” Kim asked.", "Nobody knew."],
            ),
            ("Is it? No! It is.", &["Is it?", "No!", "It is."]),
            (
                "uh, where? just in the water?",
                &["uh, where?", "just in the water?"],
            ),
            ("Really? she asked.", &["Really? she asked."]),
            (
                "don't tell val. the next day i went",
                &["don't tell val.", "the next day i went"],
            ),
            (
                "Houston, Tex. for 200 dlrs, approx. the same",
                &["Houston, Tex. for 200 dlrs, approx. the same"],
            ),
            (
                "the region . . . This one",
                &["the region . . .", "This one"],
            ),
            (
                "Kim arrived.\u{a0}Xi met him.\u{2003}Done.",
                &["Kim arrived.", "Xi met him.", "Done."],
            ),
            (
                "He left (for good.) Then she came.",
                &["He left (for good.)", "Then she came."],
            ),
            (
                "Troops No. 5 and No. 6 marched.",
                &["Troops No. 5 and No. 6 marched."],
            ),
            (
                "It grew 5 pct in 1986. 1987 was worse.",
                &["It grew 5 pct in 1986.", "1987 was worse."],
            ),
            (
                "See www.example.com. Next one.",
                &["See www.example.com.", "Next one."],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(&texts(text), want, "segmenting {text:?}");
        }
    }

    #[test]
    fn datelines_are_left_out() {
        let cases = [
            ("BEIJING (Reuters) - Kim arrived.", "Kim arrived."),
            (
                "WASHINGTON, D.C. (AP) — The vote failed.",
                "The vote failed.",
            ),
            (
                "SALVADOR, Feb 26 - Showers continued.",
                "Showers continued.",
            ),
            ("NEW YORK, March 3 (Reuters) - Stocks fell.", "Stocks fell."),
            ("LONDON — Rain fell.", "Rain fell."),
            ("US - China talks resumed.", "US - China talks resumed."),
            ("NATO said so.", "NATO said so."),
        ];
        for (text, want) in cases {
            assert_eq!(texts(text), [want], "{text:?}");
        }
    }

    #[test]
    fn lines_and_blocks() {
        let cases: &[(&str, &[&str])] = &[
            // A blank line always ends a sentence.
            (
                "A headline without stop\n\nBody text here.",
                &["A headline without stop", "Body text here."],
            ),
            // Hard-wrapped paragraph with indented paragraph starts (Reuters style).
            (
                "Prices rose in the\nfirst quarter, the bank said. Traders\nwere calm.\n    A new paragraph starts\nhere today.",
                &[
                    "Prices rose in the\nfirst quarter, the bank said.",
                    "Traders\nwere calm.",
                    "A new paragraph starts\nhere today.",
                ],
            ),
            // A wrapped line starting with a capitalised name joins when the block is wrapped.
            (
                "Showers continued in the zone since early\nJanuary and improving prospects for\nthe coming crop.",
                &[
                    "Showers continued in the zone since early\nJanuary and improving prospects for\nthe coming crop.",
                ],
            ),
            // Unwrapped lines each stand alone.
            (
                "Related links:\nFirst story title here\nSecond story title here",
                &[
                    "Related links:",
                    "First story title here",
                    "Second story title here",
                ],
            ),
            ("Photo:\nA caption line", &["Photo:", "A caption line"]),
            // Markdown headings lose their hashes; rules end blocks.
            (
                "# Kim in Beijing\nHe arrived.\n---\n## Why? ##\n* * *\nNo one knows.",
                &["Kim in Beijing", "He arrived.", "Why?", "No one knows."],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(&texts(text), want, "segmenting {text:?}");
        }
    }

    #[test]
    fn list_items_exclude_bullets() {
        let text = "Who came?\n\n  • Alpha Beta\n  - Gamma Delta\n* Epsilon\n1. Zeta Eta\n12) Theta\n  • Iota kappa\n    wrapped on\n\nAfter the list.";
        let (sentences, blocks) = segment_blocks(text);
        let got: Vec<(&str, SentenceKind)> =
            sentences.iter().map(|s| (s.text(text), s.kind)).collect();
        use SentenceKind::*;
        assert_eq!(
            got,
            [
                ("Who came?", Body),
                ("Alpha Beta", ListItem),
                ("Gamma Delta", ListItem),
                ("Epsilon", ListItem),
                ("Zeta Eta", ListItem),
                ("Theta", ListItem),
                ("Iota kappa\n    wrapped on", ListItem),
                ("After the list.", Body),
            ]
        );
        assert!(blocks[1].blank_before && !blocks[2].blank_before);
    }

    #[test]
    fn spans_are_exact_and_trimmed() {
        let text = "  First one.   Second one.  \n\n\t Third \n";
        let (sentences, _) = segment_blocks(text);
        for s in &sentences {
            let t = s.text(text);
            assert_eq!(t, t.trim());
        }
        assert_eq!(texts(text), ["First one.", "Second one.", "Third"]);
        let idx: Vec<usize> = sentences.iter().map(|s| s.index).collect();
        assert_eq!(idx, [0, 1, 2]);
    }

    #[test]
    fn segment_lines_keeps_each_line() {
        let text = "Kim met Putin. He left.\n\n  Xi spoke  \r\nlast";
        let got: Vec<&str> = segment_lines(text).iter().map(|s| s.text(text)).collect();
        assert_eq!(got, ["Kim met Putin. He left.", "Xi spoke", "last"]);
    }

    /// Random texts from tricky pieces: spans stay ordered, trimmed, on char
    /// boundaries, and every token lies inside its sentence without spaces.
    #[test]
    fn random_texts_keep_the_span_invariants() {
        const PIECES: &[&str] = &[
            "Mr.",
            "U.S.",
            "Kim",
            "met",
            "a.m.",
            "3.5",
            "15,000",
            "don't",
            "Russia’s",
            " ",
            " ",
            "\n",
            "\n\n",
            "  ",
            "•",
            "1.",
            "#",
            "-",
            "—",
            "“",
            "”",
            "\"",
            "(",
            ")",
            "?",
            "!",
            "...",
            "…",
            "Image:",
            "é",
            "中文",
            "http://x.org/a.",
            "a@b.co",
            ":-)",
            "\t",
            "\r\n",
            ".",
            ",",
            "J.",
            "Inc.",
            "The",
            "he",
            "said",
            "BEIJING (Reuters) - ",
            "More from X:",
            "\u{a0}",
            "\u{3000}",
        ];
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let mut tokens = Vec::new();
        for _ in 0..2000 {
            let len = (next() % 40) as usize;
            let text: String = (0..len)
                .map(|_| PIECES[(next() % PIECES.len() as u64) as usize])
                .collect();
            for sentences in [segment(&text), segment_lines(&text)] {
                let mut last_end = 0;
                for (i, s) in sentences.iter().enumerate() {
                    assert_eq!(s.index, i);
                    assert!(s.span.start >= last_end, "overlap in {text:?}");
                    let t = s.text(&text);
                    assert!(
                        !t.is_empty() && t == t.trim(),
                        "untrimmed {t:?} in {text:?}"
                    );
                    last_end = s.span.end;
                    crate::text::tokenize_into(&text, s.span, &mut tokens);
                    let mut prev = s.span.start;
                    for tok in &tokens {
                        assert!(tok.span.start >= prev && tok.span.end <= s.span.end);
                        let w = tok.text(&text);
                        assert!(
                            !w.is_empty() && !w.contains(char::is_whitespace),
                            "{w:?} in {text:?}"
                        );
                        prev = tok.span.end;
                    }
                }
            }
        }
    }

    #[test]
    fn odd_input_never_panics() {
        for text in [
            "", "\n\n", ".", "…", "•", "• ", "1.", "“", "a.\n", "Mr.", "?!”", "é. É",
        ] {
            let (sentences, _) = segment_blocks(text);
            for s in sentences {
                assert!(!s.text(text).is_empty());
            }
        }
    }

    /// A sentence without punctuation far past the limit is cut into pieces of
    /// at most the limit, at spaces, covering every word, numbered in order.
    #[test]
    fn overlong_sentences_are_cut_at_spaces() {
        let text = "word ".repeat(3 * MAX_SENTENCE_BYTES / 5 * 2);
        for sentences in [segment(&text), segment_lines(&text)] {
            assert!(sentences.len() >= 2, "{}", sentences.len());
            let mut words = 0;
            for (i, s) in sentences.iter().enumerate() {
                assert_eq!(s.index, i);
                assert!(s.span.len() <= MAX_SENTENCE_BYTES);
                let piece = s.text(&text);
                assert!(
                    !piece.starts_with(' ') && !piece.starts_with("ord"),
                    "{piece:?}"
                );
                words += piece.split_whitespace().count();
            }
            assert_eq!(words, text.split_whitespace().count());
        }
        // No space at all: cut anyway, on a character boundary.
        let text = "é".repeat(MAX_SENTENCE_BYTES);
        let sentences = segment_lines(&text);
        assert!(sentences.iter().all(|s| s.span.len() <= MAX_SENTENCE_BYTES));
        assert_eq!(
            sentences.iter().map(|s| s.span.len()).sum::<usize>(),
            text.len()
        );
    }
}
