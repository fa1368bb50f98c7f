//! Page layout: the segmenter's blocks and sentences in, each sentence's
//! [`SentenceKind`] out.
//!
//! Web articles arrive with their page around them: section labels, repeated
//! headlines, image markers and captions, "Follow the latest …" links, link
//! lists, browser notices. These rules tell such lines from running text, from
//! general layout cues only:
//!
//! * an `Image:`/`Picture:`/`Photo:`/`Video:` marker line is Furniture and the
//!   block after it a Caption;
//! * a sentence identical to an earlier one is a Duplicate; when the repeat is a
//!   caption after a marker, the first occurrence is a Caption too;
//! * browser/cookie/JavaScript notices addressed to the reader, calls to action
//!   ("Follow the latest …", "Click here", "Sign up", "Read more", "Subscribe"),
//!   bylines (`By Jane Smith`), time stamps (`Updated 3 hours ago`) and credit
//!   lines (`Reporting by …`, `… contributed to this report.`) are Furniture;
//!   a BBC-style `Image caption, …` line is a Caption;
//! * a "More from X:" / "Read more:" / "Related:" line and the short
//!   unterminated lines (or list items) after it are Furniture;
//! * a one- or two-word line at the top, before the headline, is Furniture;
//! * a question or a line ending in `:` right before a list is a Heading;
//! * a lone unterminated line is a Heading at the top of the page, before a list,
//!   or when short (up to six words); a sentence-length one (7–30 words) between
//!   paragraphs is a Caption;
//! * after the first paragraph, a one-word line that is the last of the page or
//!   in capitals is Furniture (a sign-off such as `REUTER`, a wire `MORE`).

use std::collections::HashMap;

use super::block::{Block, is_terminated};
use super::{Sentence, SentenceKind};

/// Words that mark the next line as a caption (`Image:`).
const MARKERS: &[&str] = &[
    "image",
    "images",
    "picture",
    "pictures",
    "photo",
    "photos",
    "video",
    "videos",
    "image caption",
    "media caption",
    "photograph",
];

/// Openings of page furniture (compared ignoring case, up to a word boundary).
const FURNITURE_STARTS: &[&str] = &[
    "additional reporting",
    "advertisement",
    "all rights reserved",
    "click here",
    "copyright",
    "download the",
    "editing by",
    "follow live",
    "follow the latest",
    "follow us",
    "get the latest",
    "image source",
    "last updated",
    "listen to this",
    "photo credit",
    "play video",
    "please use",
    "posted",
    "published",
    "read more",
    "report an error",
    "reporting by",
    "share this",
    "share on",
    "sign up",
    "skip to",
    "subscribe",
    "this video can",
    "to play this video",
    "updated",
    "watch live",
    "watch:",
    "writing by",
    "©",
];

/// Words that make a short line a notice about the page itself …
const NOTICE_WORDS: &[&str] = &["browser", "cookie", "javascript", "newsletter"];

/// … when it also speaks to the reader.
const READER_CUES: &[&str] = &[
    "please",
    "you",
    "your",
    "enable",
    "accept",
    "our site",
    "this site",
];

/// Endings of credit lines (`… contributed to this report.`).
const CREDIT_ENDINGS: &[&str] = &["contributed to this report", "contributed reporting"];

/// Openings of a link-list header ("More from Sky News:").
const LINK_LIST_STARTS: &[&str] = &[
    "also read",
    "more from",
    "more on this",
    "more stories",
    "most read",
    "read more",
    "related",
    "recommended",
    "see also",
    "top stories",
    "you may also like",
];

/// Whether `line` is a caption marker such as `Image:`.
pub(crate) fn is_marker(line: &str) -> bool {
    let Some(head) = line.trim().strip_suffix(':') else {
        return false;
    };
    head.len() <= 16 && MARKERS.iter().any(|m| m.eq_ignore_ascii_case(head.trim()))
}

/// Whether every letter of `s` is upper case (and there is one).
fn is_all_caps(s: &str) -> bool {
    s.chars().any(char::is_alphabetic) && !s.chars().any(char::is_lowercase)
}

/// Whether `s` starts with the ASCII phrase `prefix`, ignoring ASCII case, and
/// the phrase ends at a word boundary.
fn starts_with_ignore_case(s: &str, prefix: &str) -> bool {
    s.len() >= prefix.len()
        && s.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
        && !s[prefix.len()..].starts_with(|c: char| c.is_alphanumeric())
}

/// Whether `s` ends with the ASCII phrase `suffix`, ignoring ASCII case.
fn ends_with_ignore_case(s: &str, suffix: &str) -> bool {
    s.len() >= suffix.len()
        && s.as_bytes()[s.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
}

/// Whether `s` contains the ASCII phrase `needle`, ignoring ASCII case.
fn contains_ignore_case(s: &str, needle: &str) -> bool {
    s.as_bytes()
        .windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

fn is_short(s: &str, max_words: usize) -> bool {
    s.len() < 300 && s.split_whitespace().nth(max_words).is_none()
}

fn is_furniture_line(line: &str) -> bool {
    if line.len() >= 300 {
        return false;
    }
    // A full sentence opening like furniture must be short to count, and one
    // opening with a single word (`Updated figures showed …`) never does.
    let plausible = |p: &&str| !is_terminated(line) || (p.contains(' ') && is_short(line, 12));
    let any = |list: &[&str]| list.iter().any(|w| contains_ignore_case(line, w));
    let furniture = FURNITURE_STARTS
        .iter()
        .any(|p| starts_with_ignore_case(line, p) && plausible(p))
        || (line.len() < 150 && is_short(line, 15) && any(NOTICE_WORDS) && any(READER_CUES))
        || CREDIT_ENDINGS
            .iter()
            .any(|e| ends_with_ignore_case(line.trim_end_matches(['.', ')']), e))
        || is_byline(line);
    furniture && is_short(line, 25)
}

/// `By Jane Smith`, `By Jane Smith and John Doe, BBC News`: short, unterminated,
/// every word capitalised except `and`.
fn is_byline(line: &str) -> bool {
    let Some(rest) = line.strip_prefix("By ") else {
        return false;
    };
    is_short(line, 8)
        && !is_terminated(line)
        && rest
            .split_whitespace()
            .all(|w| w == "and" || w.starts_with(|c: char| c.is_uppercase()) || w.ends_with(','))
}

/// A caption introduced on its own line: `Image caption, Kim waves` (BBC) or
/// `Caption: Kim waves`.
fn is_inline_caption(line: &str) -> bool {
    ["image caption", "media caption", "caption"]
        .iter()
        .any(|p| starts_with_ignore_case(line, p) && line[p.len()..].starts_with([',', ':']))
}

fn is_link_list_header(line: &str) -> bool {
    is_short(line, 6)
        && LINK_LIST_STARTS
            .iter()
            .any(|p| starts_with_ignore_case(line, p))
        && (line.ends_with(':') || !is_terminated(line))
}

/// Set every sentence's kind from the page layout (see the module doc).
pub fn classify(text: &str, blocks: &[Block], sentences: &mut [Sentence]) {
    use SentenceKind::*;
    let n = blocks.len();
    let block_text = |b: usize| blocks[b].span.of(text);
    let alone = |b: usize| blocks[b].sentences.len() == 1;
    let set = |sentences: &mut [Sentence], b: usize, kind: SentenceKind| {
        for s in &mut sentences[blocks[b].sentences.clone()] {
            s.kind = kind;
        }
    };
    let mut after_marker = vec![false; n];
    let mut b = 0;
    while b < n {
        let t = block_text(b);
        if blocks[b].list_item {
            b += 1;
            continue;
        }
        if is_marker(t) {
            set(sentences, b, Furniture);
            if b + 1 < n && !blocks[b + 1].list_item && !is_marker(block_text(b + 1)) {
                set(sentences, b + 1, Caption);
                after_marker[b + 1] = true;
                b += 1;
            }
        } else if alone(b) && is_link_list_header(t) {
            set(sentences, b, Furniture);
            while b + 1 < n {
                let next = block_text(b + 1);
                let link = blocks[b + 1].list_item
                    || (alone(b + 1)
                        && !is_terminated(next)
                        && next.split_whitespace().count() <= 20);
                if !link {
                    break;
                }
                set(sentences, b + 1, Furniture);
                b += 1;
            }
        } else if is_inline_caption(t) {
            set(sentences, b, Caption);
        } else if alone(b) && is_furniture_line(t) {
            set(sentences, b, Furniture);
        }
        b += 1;
    }

    // Lone lines: section labels, headings, captions.
    let kind_of = |sentences: &[Sentence], b: usize| {
        blocks[b]
            .sentences
            .clone()
            .next()
            .map(|i| sentences[i].kind)
    };
    let mut seen_body = false;
    for b in 0..n {
        let Some(kind) = kind_of(sentences, b) else {
            continue;
        };
        if blocks[b].heading {
            continue; // a Markdown heading says what it is
        }
        let next_is_list = b + 1 < n && blocks[b + 1].list_item;
        let t = block_text(b);
        if seen_body
            && alone(b)
            && matches!(kind, Heading | Body)
            && !t.contains(char::is_whitespace)
            && (b + 1 == n || is_all_caps(t))
        {
            set(sentences, b, Furniture); // a sign-off (`REUTER`) or wire marker (`MORE`)
            continue;
        }
        if kind == Heading {
            let words = t.split_whitespace().count();
            let next_heading = (b + 1..n)
                .find(|&c| kind_of(sentences, c) != Some(Furniture))
                .is_some_and(|c| kind_of(sentences, c) == Some(Heading));
            if !seen_body && words <= 2 && next_heading {
                set(sentences, b, Furniture); // a section label above the headline
            } else if seen_body && !next_is_list && (7..=30).contains(&words) {
                set(sentences, b, Caption);
            }
        } else if kind == Body && alone(b) && next_is_list {
            let t = block_text(b).trim_end();
            if t.ends_with('?') || t.ends_with(':') {
                set(sentences, b, Heading);
            }
        }
        if matches!(kind_of(sentences, b), Some(Body | ListItem)) {
            seen_body = true;
        }
    }

    mark_duplicates(text, blocks, &after_marker, sentences);
}

/// Repeated sentences become Duplicates; a repeat that is a caption after a
/// marker makes its first occurrence a Caption.
fn mark_duplicates(
    text: &str,
    blocks: &[Block],
    after_marker: &[bool],
    sentences: &mut [Sentence],
) {
    let mut in_caption_block = vec![false; sentences.len()];
    for (b, block) in blocks.iter().enumerate() {
        if after_marker[b] {
            for i in block.sentences.clone() {
                in_caption_block[i] = true;
            }
        }
    }
    // Sentences by the hash of their whitespace-normalised text.
    let mut first: HashMap<u64, Vec<usize>> = HashMap::new();
    for i in 0..sentences.len() {
        let t = sentences[i].text(text);
        let candidates = first.entry(normal_hash(t)).or_default();
        let earlier = candidates.iter().copied().find(|&f| {
            sentences[f]
                .text(text)
                .split_whitespace()
                .eq(t.split_whitespace())
        });
        match earlier {
            Some(f) => {
                if in_caption_block[i] && sentences[f].kind != SentenceKind::Furniture {
                    sentences[f].kind = SentenceKind::Caption;
                }
                if sentences[i].kind != SentenceKind::Furniture {
                    sentences[i].kind = SentenceKind::Duplicate;
                }
            }
            None => candidates.push(i),
        }
    }
}

/// A hash of the text with runs of whitespace read as one space, from at most
/// the first and the last 64 non-space bytes: texts equal up to whitespace hash
/// equally (callers still compare them).
fn normal_hash(s: &str) -> u64 {
    fn feed(bytes: impl Iterator<Item = u8>) -> u64 {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        let mut space = false;
        let mut fed = 0;
        for c in bytes {
            if c.is_ascii_whitespace() {
                space = true;
                continue;
            }
            if space {
                h = (h ^ u64::from(b' ')).wrapping_mul(0x100_0000_01b3);
                space = false;
            }
            h = (h ^ u64::from(c)).wrapping_mul(0x100_0000_01b3);
            fed += 1;
            if fed == 64 {
                break;
            }
        }
        h
    }
    let b = s.as_bytes();
    feed(b.iter().copied()) ^ feed(b.iter().rev().copied()).rotate_left(1)
}

#[cfg(test)]
mod tests {
    use super::super::segment;
    use super::*;
    use SentenceKind::*;

    fn kinds(text: &str) -> Vec<(&str, SentenceKind)> {
        segment(text)
            .iter()
            .map(|s| (s.text(text), s.kind))
            .collect()
    }

    #[test]
    fn layout_kinds() {
        let cases: &[(&str, &[(&str, SentenceKind)])] = &[
            (
                "Sport\n\nTeam wins the final cup match\n\nTeam wins the final cup match\n\nThe team won on Sunday.",
                &[
                    ("Sport", Furniture),
                    ("Team wins the final cup match", Heading),
                    ("Team wins the final cup match", Duplicate),
                    ("The team won on Sunday.", Body),
                ],
            ),
            (
                "The mayor spoke.\n\nPhoto:\nThe mayor waves to a crowd\n\nShe left at noon.",
                &[
                    ("The mayor spoke.", Body),
                    ("Photo:", Furniture),
                    ("The mayor waves to a crowd", Caption),
                    ("She left at noon.", Body),
                ],
            ),
            (
                "The mayor spoke.\n\nThe mayor waves to a crowd\nImage:\nThe mayor waves to a crowd\n\nShe left.",
                &[
                    ("The mayor spoke.", Body),
                    ("The mayor waves to a crowd", Caption),
                    ("Image:", Furniture),
                    ("The mayor waves to a crowd", Duplicate),
                    ("She left.", Body),
                ],
            ),
            (
                "Rain fell all day.\n\nClick here to read our coverage\n\nPlease enable JavaScript to view comments\n\nRoads flooded.",
                &[
                    ("Rain fell all day.", Body),
                    ("Click here to read our coverage", Furniture),
                    ("Please enable JavaScript to view comments", Furniture),
                    ("Roads flooded.", Body),
                ],
            ),
            (
                "Rain fell.\n\nRead more:\nCity braces for storm season\nFarmers count the cost\n\nRoads flooded.",
                &[
                    ("Rain fell.", Body),
                    ("Read more:", Furniture),
                    ("City braces for storm season", Furniture),
                    ("Farmers count the cost", Furniture),
                    ("Roads flooded.", Body),
                ],
            ),
            (
                "Rain fell.\n\nWho was there?\n\n• The mayor of the city\n• Two ministers\n\nThey met:\n1. First item\n\nRoads flooded.",
                &[
                    ("Rain fell.", Body),
                    ("Who was there?", Heading),
                    ("The mayor of the city", ListItem),
                    ("Two ministers", ListItem),
                    ("They met:", Heading),
                    ("First item", ListItem),
                    ("Roads flooded.", Body),
                ],
            ),
            (
                "Rain fell.\n\nHundreds of people are expected to line the streets of the town\n\nFlood defences\n\nRoads flooded.",
                &[
                    ("Rain fell.", Body),
                    (
                        "Hundreds of people are expected to line the streets of the town",
                        Caption,
                    ),
                    ("Flood defences", Heading),
                    ("Roads flooded.", Body),
                ],
            ),
            (
                "# World\n\nKim arrives in Beijing\n\nHe came.\n\n## A long markdown heading with many words in it\n\nHe left.",
                &[
                    ("World", Heading),
                    ("Kim arrives in Beijing", Heading),
                    ("He came.", Body),
                    ("A long markdown heading with many words in it", Heading),
                    ("He left.", Body),
                ],
            ),
            (
                "Cocoa Review\n\nShowers continued in the\nzone. Prices rose.",
                &[
                    ("Cocoa Review", Heading),
                    ("Showers continued in the\nzone.", Body),
                    ("Prices rose.", Body),
                ],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(&kinds(text), want, "layout of {text:?}");
        }
    }

    #[test]
    fn furniture_lines() {
        let cases = [
            (
                "Please use Chrome browser for a more accessible video player",
                true,
            ),
            ("We use cookies to improve your experience.", true),
            ("Sign up for our morning newsletter", true),
            ("Updated 3 hours ago", true),
            ("By Jane Smith and John Doe, BBC News", true),
            ("Reporting by Jane Smith; Editing by John Doe", true),
            (
                "Associated Press writer Jane Smith contributed to this report.",
                true,
            ),
            ("WATCH: Troops rehearse for the parade", true),
            ("Updated figures showed growth.", false),
            ("Subscribers to the service rose 5% in March.", false),
            ("The company released a new browser on Tuesday.", false),
            ("By noon the crowds had gone.", false),
            (
                "Copyright holders sued the company on Tuesday, saying it had copied their work.",
                false,
            ),
        ];
        for (line, want) in cases {
            assert_eq!(is_furniture_line(line), want, "{line:?}");
        }
        assert!(is_inline_caption("Image caption, Kim waves from the train"));
        assert!(!is_inline_caption("Captions were added later."));
    }

    #[test]
    fn repeated_body_sentences_are_duplicates() {
        let text = "Kim met with Putin. Xi spoke.\n\nKim   met with\nPutin.";
        let got = kinds(text);
        assert_eq!(got[2], ("Kim   met with\nPutin.", Duplicate));
        assert!(got[..2].iter().all(|(_, k)| *k == Body));
    }

    #[test]
    fn markers() {
        for (line, want) in [
            ("Image:", true),
            ("  Photo: ", true),
            ("Video:", true),
            ("Images of war:", false),
            ("Image", false),
        ] {
            assert_eq!(is_marker(line), want, "{line:?}");
        }
    }
}
