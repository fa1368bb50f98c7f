//! BILOU labels of the recogniser: what a label means, which labels may follow
//! which, and the labels of a sentence in, its [`NamedSpan`]s out.
//!
//! Label 0 is outside every name; for class `c` (in [`NerClass::ALL`] order) labels
//! `1 + 4c` … `4 + 4c` begin, continue, end a name of several words or are a
//! name of one word.

use super::{NamedSpan, NerClass, entity_kind, gazetteer};

/// Labels: outside, then begin / inside / last / unit of each of the four classes.
pub(crate) const N_LABELS: usize = 17;

/// Label `l`'s class index and position (0 begin, 1 inside, 2 last, 3 unit), or
/// `None` for outside.
#[inline]
pub(crate) fn split_label(l: u8) -> Option<(usize, u8)> {
    (l != 0).then(|| (usize::from(l - 1) / 4, (l - 1) % 4))
}

/// The labels allowed after `prev` (`None` at the start), as a bit mask; `last`
/// says whether the word ends the sentence.
#[inline]
pub(crate) fn allowed(prev: Option<u8>, last: bool) -> u32 {
    let open = prev.and_then(split_label).filter(|&(_, p)| p <= 1);
    match open {
        Some((c, _)) => {
            let inside = 1u32 << (2 + 4 * c);
            let close = 1u32 << (3 + 4 * c);
            if last { close } else { inside | close }
        }
        None => {
            let mut m = 1u32;
            for c in 0..4 {
                m |= 1 << (4 + 4 * c);
                if !last {
                    m |= 1 << (1 + 4 * c);
                }
            }
            m
        }
    }
}

/// The spans of a sentence's labels (an unclosed span closes where the next one
/// starts or at the end). A span that is exactly the name of a political party or
/// trade union is an organisation, whatever its label said (`Tory`, `Lib Dem`).
pub(crate) fn spans_of(labels: &[u8], words: &[&str]) -> Vec<NamedSpan> {
    let mut out = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    let mut push = |start: usize, end: usize, c: usize| {
        let class = if gazetteer::party_words(&words[start..end]) {
            NerClass::Org
        } else {
            NerClass::ALL[c]
        };
        out.push(NamedSpan {
            start,
            end,
            class,
            kind: entity_kind(class, &words[start..end]),
        });
    };
    for (i, &l) in labels.iter().enumerate() {
        let split = split_label(l);
        if let Some((s, c)) = open {
            let continues = matches!(split, Some((c2, 1 | 2)) if c2 == c);
            if !continues {
                push(s, i, c);
                open = None;
            } else if split.is_some_and(|(_, p)| p == 2) {
                push(s, i + 1, c);
                open = None;
                continue;
            } else {
                continue;
            }
        }
        match split {
            Some((c, 3)) => push(i, i + 1, c),
            Some((c, 2)) => push(i, i + 1, c),
            Some((c, _)) => open = Some((i, c)),
            None => {}
        }
    }
    if let Some((s, c)) = open {
        push(s, labels.len(), c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_decode_to_spans() {
        // 0 outside; PER: 1 B, 2 I, 3 L, 4 U; ORG 5–8; LOC 9–12; MISC 13–16.
        type Span = (usize, usize, NerClass);
        let cases: &[(&[u8], &[Span])] = &[
            (&[], &[]),
            (&[0, 4, 0], &[(1, 2, NerClass::Per)]),
            (
                &[1, 2, 3, 12],
                &[(0, 3, NerClass::Per), (3, 4, NerClass::Loc)],
            ),
            (
                &[5, 7, 13, 15],
                &[(0, 2, NerClass::Org), (2, 4, NerClass::Misc)],
            ),
            // Malformed sequences still give well-formed spans.
            (&[1, 2], &[(0, 2, NerClass::Per)]),
            (&[2, 0, 3], &[(0, 1, NerClass::Per), (2, 3, NerClass::Per)]),
            (&[1, 9, 11], &[(0, 1, NerClass::Per), (1, 3, NerClass::Loc)]),
        ];
        for &(labels, expected) in cases {
            let words = vec!["w"; labels.len()];
            let got: Vec<_> = spans_of(labels, &words)
                .iter()
                .map(|s| (s.start, s.end, s.class))
                .collect();
            assert_eq!(got, expected, "{labels:?}");
        }
    }

    #[test]
    fn allowed_labels_keep_spans_nested() {
        let start = allowed(None, false);
        assert_eq!(
            start & (1 << 2 | 1 << 3),
            0,
            "no inside or last at the start"
        );
        assert_ne!(start & (1 | 1 << 1 | 1 << 4), 0);
        assert_eq!(allowed(Some(1), false), 1 << 2 | 1 << 3);
        assert_eq!(allowed(Some(1), true), 1 << 3);
        assert_eq!(
            allowed(None, true) & (1 << 1),
            0,
            "no begin on the last word"
        );
        assert_eq!(allowed(Some(3), false), start);
    }
}
