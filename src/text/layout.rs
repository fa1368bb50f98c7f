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
//! * a one- or two-word line at the top, before the headline or between it and
//!   the text (`Share`, `Save`), is Furniture, and so is a time stamp
//!   (`2 hours ago`, `Mon 1 Sep 2025 10.00 BST`);
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

/// Phrases that make a short line a notice wherever they stand.
const NOTICE_PHRASES: &[&str] = &["all rights reserved"];

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
    let (h, n) = (s.as_bytes(), needle.as_bytes());
    let Some(&first) = n.first() else {
        return true;
    };
    let (lo, up) = (first.to_ascii_lowercase(), first.to_ascii_uppercase());
    // Jump between occurrences of the first letter, then compare.
    let mut i = 0;
    while i + n.len() <= h.len() {
        match h[i..=h.len() - n.len()]
            .iter()
            .position(|&c| c == lo || c == up)
        {
            None => return false,
            Some(k) => {
                let at = i + k;
                if h[at..at + n.len()].eq_ignore_ascii_case(n) {
                    return true;
                }
                i = at + 1;
            }
        }
    }
    false
}

/// Number of words of `s`, counting up to 31 (enough for every rule here);
/// 31 as well for texts of 300 bytes or more.
fn word_count(s: &str) -> usize {
    if s.len() >= 300 {
        return 31;
    }
    // ASCII spaces separate words here (a no-break space inside a short line
    // changes no rule's outcome).
    let mut words = 0;
    let mut in_word = false;
    for &c in s.as_bytes() {
        let space = c.is_ascii_whitespace();
        if !space && !in_word {
            words += 1;
            if words == 31 {
                break;
            }
        }
        in_word = !space;
    }
    words
}

fn is_furniture_line(line: &str, words: usize) -> bool {
    if words > 25 {
        return false;
    }
    // A full sentence opening like furniture must be short to count, and one
    // opening with a single word (`Updated figures showed …`) never does.
    let plausible = |p: &&str| !is_terminated(line) || (p.contains(' ') && words <= 12);
    let any = |list: &[&str]| list.iter().any(|w| contains_ignore_case(line, w));
    FURNITURE_STARTS
        .iter()
        .any(|p| starts_with_ignore_case(line, p) && plausible(p))
        || (words <= 15 && any(NOTICE_WORDS) && any(READER_CUES))
        || CREDIT_ENDINGS
            .iter()
            .any(|e| ends_with_ignore_case(line.trim_end_matches(['.', ')']), e))
        || NOTICE_PHRASES.iter().any(|p| contains_ignore_case(line, p))
        || is_byline(line, words)
}

/// `By Jane Smith`, `By Jane Smith and John Doe, BBC News`: short, unterminated,
/// every word capitalised except `and`.
fn is_byline(line: &str, words: usize) -> bool {
    let Some(rest) = line.strip_prefix("By ") else {
        return false;
    };
    // The names (before any comma) are capitalised; a role may follow the comma.
    let names = rest.split(',').next().unwrap_or(rest);
    words <= 8
        && !is_terminated(line)
        && names
            .split_whitespace()
            .all(|w| w == "and" || w.starts_with(|c: char| c.is_uppercase()))
}

/// Month and weekday names and time-zone words of date lines.
const DATE_WORDS: &[&str] = &[
    "jan",
    "january",
    "feb",
    "february",
    "mar",
    "march",
    "apr",
    "april",
    "may",
    "jun",
    "june",
    "jul",
    "july",
    "aug",
    "august",
    "sep",
    "sept",
    "september",
    "oct",
    "october",
    "nov",
    "november",
    "dec",
    "december",
    "mon",
    "monday",
    "tue",
    "tuesday",
    "wed",
    "wednesday",
    "thu",
    "thursday",
    "fri",
    "friday",
    "sat",
    "saturday",
    "sun",
    "sunday",
    "am",
    "pm",
    "gmt",
    "bst",
    "utc",
    "et",
    "edt",
    "est",
    "pt",
    "cet",
    "published",
    "updated",
    "posted",
    "last",
    "on",
    "at",
];

/// A time stamp: `2 hours ago`, `2 September 2025`, `Mon 1 Sep 2025 10.00 BST`.
fn is_time_stamp(line: &str, words: usize) -> bool {
    if words > 8 {
        return false;
    }
    let tokens = || {
        line.split_whitespace()
            .map(|w| w.trim_matches([',', '.', '|', ':']))
    };
    let ago = ends_with_ignore_case(line.trim_end_matches('.'), " ago");
    let has_number = line.contains(|c: char| c.is_ascii_digit());
    // Numbers and times, with a suffix such as `st` or `am` (`1st`, `10:30am`).
    let numeric = |w: &str| {
        let core = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        core.starts_with(|c: char| c.is_ascii_digit())
            && core
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, ':' | '.' | '/' | '-'))
    };
    let dated = has_number
        && tokens().all(|w| {
            w.is_empty() || numeric(w) || DATE_WORDS.iter().any(|d| d.eq_ignore_ascii_case(w))
        });
    (ago && has_number) || dated
}

/// A caption introduced on its own line: `Image caption, Kim waves` (BBC) or
/// `Caption: Kim waves`.
fn is_inline_caption(line: &str) -> bool {
    ["image caption", "media caption", "caption"]
        .iter()
        .any(|p| starts_with_ignore_case(line, p) && line[p.len()..].starts_with([',', ':']))
}

fn is_link_list_header(line: &str, words: usize) -> bool {
    words <= 6
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
    let words: Vec<usize> = blocks.iter().map(|b| word_count(b.span.of(text))).collect();
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
        } else if alone(b) && is_link_list_header(t, words[b]) {
            set(sentences, b, Furniture);
            while b + 1 < n {
                let next = block_text(b + 1);
                // Links: list items, or short lone lines that are unterminated
                // or (a question, say) follow without a blank line.
                let link = blocks[b + 1].list_item
                    || (alone(b + 1)
                        && words[b + 1] <= 20
                        && (!is_terminated(next) || !blocks[b + 1].blank_before));
                if !link {
                    break;
                }
                set(sentences, b + 1, Furniture);
                b += 1;
            }
        } else if is_inline_caption(t) {
            set(sentences, b, Caption);
        } else if (alone(b) || words[b] <= 25)
            && (is_furniture_line(t, words[b]) || is_time_stamp(t, words[b]))
        {
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
    let mut seen_headline = false;
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
            let words = words[b];
            let next_heading = (b + 1..n)
                .find(|&c| kind_of(sentences, c) != Some(Furniture))
                .is_some_and(|c| kind_of(sentences, c) == Some(Heading));
            if !seen_body && words <= 2 && (next_heading || seen_headline) {
                // A section label above the headline, or page controls
                // (`Share`, `Save`) between the headline and the text.
                set(sentences, b, Furniture);
            } else if seen_body && !next_is_list && (7..=30).contains(&words) {
                set(sentences, b, Caption);
            }
        } else if kind == Body && alone(b) && next_is_list {
            let t = block_text(b).trim_end();
            if t.ends_with('?') || t.ends_with(':') {
                set(sentences, b, Heading);
            }
        }
        match kind_of(sentences, b) {
            Some(Body | ListItem) => seen_body = true,
            Some(Heading) => seen_headline = true,
            _ => {}
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
    // (On the rare hash collision between different texts the later text is
    // simply not remembered.)
    let mut first: HashMap<u64, usize> = HashMap::with_capacity(sentences.len());
    for i in 0..sentences.len() {
        let t = sentences[i].text(text);
        let slot = *first.entry(normal_hash(t)).or_insert(i);
        let repeat = slot != i
            && sentences[slot]
                .text(text)
                .split_whitespace()
                .eq(t.split_whitespace());
        if repeat {
            if in_caption_block[i] && sentences[slot].kind != SentenceKind::Furniture {
                sentences[slot].kind = SentenceKind::Caption;
            }
            if sentences[i].kind != SentenceKind::Furniture {
                sentences[i].kind = SentenceKind::Duplicate;
            }
        }
    }
}

/// A hash of the text with runs of whitespace read as one space, from at most
/// the first and the last 32 non-space bytes: texts equal up to whitespace hash
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
            if fed == 32 {
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
            ("By Jean Mackenzie, Seoul correspondent", true),
            ("Copyright 2025 BBC. All rights reserved.", true),
        ];
        for (line, want) in cases {
            assert_eq!(is_furniture_line(line, word_count(line)), want, "{line:?}");
        }
        for (line, want) in [
            ("2 hours ago", true),
            ("2 September 2025", true),
            ("Mon 1 Sep 2025 10.00 BST", true),
            ("Published: 10:30am, 3 March 2025", true),
            ("September 11", true),
            ("Three years ago", false),
            ("March on Washington", false),
            ("10 Downing Street", false),
        ] {
            assert_eq!(is_time_stamp(line, word_count(line)), want, "{line:?}");
        }
        assert!(is_inline_caption("Image caption, Kim waves from the train"));
        assert!(!is_inline_caption("Captions were added later."));
    }

    #[test]
    fn a_web_page_around_an_article() {
        let text = "Skip to content\n\nHome\nNews\n\nTroops sent to the border, officials say\n\n\
                    2 hours ago\n\nShare\nSave\n\nBy Jane Smith, Seoul correspondent\n\n\
                    Image source, Getty Images\nImage caption, Soldiers on the march\n\n\
                    About 3,000 troops were sent, the army said.\n\nRelated topics\nArmies\n\
                    Why are troops moving?\n\nCopyright 2025 Example. All rights reserved.";
        let got = kinds(text);
        let body: Vec<&str> = got
            .iter()
            .filter(|(_, k)| *k == Body)
            .map(|(t, _)| *t)
            .collect();
        assert_eq!(body, ["About 3,000 troops were sent, the army said."]);
        assert!(got.contains(&("Troops sent to the border, officials say", Heading)));
        assert!(got.contains(&("Image caption, Soldiers on the march", Caption)));
        let furniture = got.iter().filter(|(_, k)| *k == Furniture).count();
        assert_eq!(furniture, got.len() - 3, "{got:#?}");
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
