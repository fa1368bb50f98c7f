//! Gazetteer features of the recogniser: the words of a sentence in, one bit set
//! per word out, read from the world-knowledge tables of [`crate::nlp::lexicon`].
//!
//! Single-word bits say what the word is on its own (a given name, a calendar
//! word, an honorific, a title, an organisation suffix or legal form, …). Span bits
//! say where the word sits (begin, inside, last, unit) in the longest country, city,
//! organisation, place or demonym name that covers it. Names are only looked for
//! in runs of capitalised words (with `of`, `and`, `&`, `de`, `-` inside), and the
//! single-word bits of a word type are cached per thread, so the tables' string
//! lookups stay off the hot path.

use std::cell::RefCell;

use crate::hash::FastMap;
use crate::nlp::lexicon;
use crate::vocab::EntityKind;

pub const GIVEN: u32 = 1;
pub const CALENDAR: u32 = 1 << 1;
pub const HONORIFIC: u32 = 1 << 2;
pub const TITLE: u32 = 1 << 3;
pub const ORG_SUFFIX: u32 = 1 << 4;
pub const GROUP_SUFFIX: u32 = 1 << 5;
pub const ORG_WORD: u32 = 1 << 6;
pub const COMMON: u32 = 1 << 7;
pub const NON_ENTITY: u32 = 1 << 8;
pub const PLACE_SUFFIX: u32 = 1 << 9;
pub const EVENT_SUFFIX: u32 = 1 << 10;
pub const GROUP_ADJECTIVE: u32 = 1 << 11;
/// Mask of the single-word bits.
pub const SINGLE: u32 = (1 << 12) - 1;
/// Span types: country, city, organisation, place, demonym, and a run of
/// capitalised words ending in an organisation suffix or legal form.
pub const N_SPAN_TYPES: usize = 6;
/// The span type of [`suffix_runs`].
const SUFFIX_RUN: usize = 5;
const SPAN_SHIFT: u32 = 12;

/// The span position (0 none, 1 begin, 2 inside, 3 last, 4 unit) of span type `t`
/// in the bits of a word.
#[inline]
pub fn span_position(bits: u32, t: usize) -> u32 {
    (bits >> (SPAN_SHIFT + 3 * t as u32)) & 7
}

fn set_span(bits: &mut u32, t: usize, pos: u32) {
    let shift = SPAN_SHIFT + 3 * t as u32;
    *bits = (*bits & !(7 << shift)) | pos << shift;
}

/// Longest name looked up, in words.
const MAX_SPAN: usize = 6;
/// Per-thread cache entries before the cache is cleared.
const CACHE_LIMIT: usize = 200_000;

fn capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

fn connector(word: &str) -> bool {
    matches!(
        word,
        "of" | "and" | "&" | "de" | "-" | "for" | "the" | "du" | "la" | "del" | "da" | "von"
    )
}

/// Is `name` a political party or trade union (the lexicon's organisation
/// table says so: [`lexicon::party`])?
pub fn party(name: &str) -> bool {
    name.len() <= 64 && lexicon::party(name)
}

/// Are `words` the name of a political party or trade union?
pub fn party_words(words: &[&str]) -> bool {
    words.len() <= 3 && party(&words.join(" "))
}

/// Is `name` one of span type `t`?
fn is_span_type(name: &str, t: usize) -> bool {
    match t {
        0 => lexicon::country(name).is_some(),
        1 => lexicon::city(name).is_some(),
        2 => lexicon::organisation(name).is_some() || party(name),
        3 => lexicon::place(name).is_some(),
        4 => lexicon::demonym(name).is_some(),
        _ => false,
    }
}

/// The bits a word has on its own (single-word bits and unit-span bits).
fn word_bits(word: &str) -> u32 {
    let mut bits = 0;
    let flag = |b: bool, v: u32| if b { v } else { 0 };
    bits |= flag(lexicon::given_name(word), GIVEN);
    bits |= flag(lexicon::calendar(word), CALENDAR);
    bits |= flag(lexicon::honorific(word).is_some(), HONORIFIC);
    bits |= flag(lexicon::title(word).is_some(), TITLE);
    match lexicon::org_suffix(word) {
        Some(EntityKind::Group) => bits |= GROUP_SUFFIX,
        Some(_) => bits |= ORG_SUFFIX,
        None => {}
    }
    bits |= flag(lexicon::org_word(word), ORG_WORD);
    bits |= flag(lexicon::common_capitalised(word), COMMON);
    bits |= flag(lexicon::non_entity_acronym(word), NON_ENTITY);
    bits |= flag(lexicon::place_suffix(word), PLACE_SUFFIX);
    bits |= flag(lexicon::event_suffix(word), EVENT_SUFFIX);
    bits |= flag(lexicon::group_adjective(word), GROUP_ADJECTIVE);
    if capitalised(word) {
        for t in 0..N_SPAN_TYPES {
            if is_span_type(word, t) {
                set_span(&mut bits, t, 4);
            }
        }
    }
    bits
}

/// The gazetteer bits of every word of a sentence (into `out`, cleared first).
pub fn sentence_bits(words: &[&str], out: &mut Vec<u32>) {
    thread_local! {
        static CACHE: RefCell<FastMap<String, u32>> = RefCell::new(FastMap::default());
    }
    out.clear();
    CACHE.with_borrow_mut(|cache| {
        if cache.len() > CACHE_LIMIT {
            cache.clear();
        }
        for &w in words {
            let bits = match cache.get(w) {
                Some(&b) => b,
                None => {
                    let b = word_bits(w);
                    cache.insert(w.to_string(), b);
                    b
                }
            };
            out.push(bits);
        }
    });
    multi_word_spans(words, out);
    suffix_runs(words, out);
}

/// Mark the runs of capitalised words (with connectors inside) that end in an
/// organisation suffix or legal form (`May Department Stores`, `Bank of England`
/// is not one, `Morgan Grenfell Group` is), not counting a common sentence-opening
/// word (`Yesterday`) at the start of the sentence or a title before them.
fn suffix_runs(words: &[&str], out: &mut [u32]) {
    let org_end = |bits: u32| bits & (ORG_SUFFIX | ORG_WORD) != 0;
    let mut i = 0;
    while i < words.len() {
        let opener = i == 0 && out[i] & COMMON != 0;
        if !capitalised(words[i]) || opener || out[i] & (TITLE | HONORIFIC) != 0 {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < words.len() && (capitalised(words[end]) || connector(words[end])) {
            end += 1;
        }
        // The run's last word that ends an organisation name.
        let last = (i + 1..end)
            .rev()
            .find(|&e| capitalised(words[e]) && org_end(out[e]));
        match last {
            Some(e) => {
                set_span(&mut out[i], SUFFIX_RUN, 1);
                for bits in &mut out[i + 1..e] {
                    set_span(bits, SUFFIX_RUN, 2);
                }
                set_span(&mut out[e], SUFFIX_RUN, 3);
                i = e + 1;
            }
            None => i = end,
        }
    }
}

/// Mark the names of two words or more, longest first, in runs of capitalised words.
fn multi_word_spans(words: &[&str], out: &mut [u32]) {
    let mut name = String::new();
    for t in 0..N_SPAN_TYPES {
        let mut i = 0;
        while i < words.len() {
            if !capitalised(words[i]) {
                i += 1;
                continue;
            }
            // The run of name-like words from i, ending in a capitalised word.
            let mut end = i + 1;
            while end < words.len()
                && end - i < MAX_SPAN
                && (capitalised(words[end]) || connector(words[end]))
            {
                end += 1;
            }
            let found = (i + 2..=end).rev().find(|&e| {
                if !capitalised(words[e - 1]) {
                    return false;
                }
                name.clear();
                for (k, w) in words[i..e].iter().enumerate() {
                    if k > 0 {
                        name.push(' ');
                    }
                    name.push_str(w);
                }
                is_span_type(&name, t)
            });
            match found {
                Some(e) => {
                    set_span(&mut out[i], t, 1);
                    for bits in &mut out[i + 1..e - 1] {
                        set_span(bits, t, 2);
                    }
                    set_span(&mut out[e - 1], t, 3);
                    i = e;
                }
                None => i += 1,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bits(sentence: &str) -> Vec<u32> {
        let words: Vec<&str> = sentence.split(' ').collect();
        let mut out = Vec::new();
        sentence_bits(&words, &mut out);
        out
    }

    #[test]
    fn single_word_bits() {
        let b = bits("On Monday chairman Mr Bill said Ltd");
        assert_ne!(b[1] & CALENDAR, 0);
        assert_ne!(b[2] & TITLE, 0);
        assert_ne!(b[3] & HONORIFIC, 0);
        assert_ne!(b[4] & GIVEN, 0);
        assert_eq!(b[5] & SINGLE, 0);
        assert_ne!(b[6] & ORG_SUFFIX, 0);
    }

    #[test]
    fn names_of_several_words() {
        let b = bits("troops left North Korea for New York on Friday");
        assert_eq!(span_position(b[2], 0), 1);
        assert_eq!(span_position(b[3], 0), 3);
        assert_eq!(span_position(b[5], 1), 1);
        assert_eq!(span_position(b[6], 1), 3);
        assert_eq!(span_position(b[0], 0), 0);
        let b = bits("He visited France .");
        assert_eq!(span_position(b[2], 0), 4);
        let b = bits("Shares in May Department Stores rose as Labour won");
        let runs: Vec<u32> = b.iter().map(|&x| span_position(x, SUFFIX_RUN)).collect();
        assert_eq!(runs, [0, 0, 1, 2, 3, 0, 0, 0, 0]);
        assert_eq!(span_position(b[7], 2), 4);
    }
}
