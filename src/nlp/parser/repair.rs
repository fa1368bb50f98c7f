//! Repairs of parser errors that news makes frequent and that the extraction
//! stage cannot see past: the parser's arcs for one sentence in, the same arcs
//! with the known misattachments fixed out. Each repair is a small rule with
//! its own test row; the parser's own evaluation (`eval-parser`) runs without
//! them.
//!
//! * A fronted time phrase without a comma (`In October 1989 the Court of
//!   Appeal quashed …`, `On Monday the company said …`): the greedy parser
//!   reads the subject as an appositive (or unmarked modifier) of the date,
//!   leaving the verb without
//!   a subject. The subject is given back to the verb.

use super::Arc;
use crate::nlp::lexicon;
use crate::nlp::{DepRel, Tag, Tagged};

/// Apply every repair to `arcs` (heads 1-based, 0 the root).
pub fn repair(words: &[&str], tags: &[Tagged], arcs: &mut [Arc]) {
    fronted_time_subject(words, tags, arcs);
}

fn head(arcs: &[Arc], i: usize) -> Option<usize> {
    let h = arcs[i].head as usize;
    (h >= 1 && h <= arcs.len()).then(|| h - 1)
}

/// `In October 1989 the Court of Appeal quashed …`: an appositive or unmarked
/// noun modifier of a date word, with no comma between, directly before the verb the date modifies
/// and which has no subject, is that verb's subject.
fn fronted_time_subject(words: &[&str], tags: &[Tagged], arcs: &mut [Arc]) {
    for i in 0..arcs.len() {
        if !matches!(arcs[i].rel, DepRel::Appos | DepRel::NmodUnmarked)
            || !tags[i].tag.is_noun()
            || lexicon::calendar(words[i])
        {
            continue;
        }
        let Some(h) = head(arcs, i) else { continue };
        let Some(v) = head(arcs, h) else { continue };
        let temporal = lexicon::calendar(words[h]) || tags[h].tag == Tag::CD;
        if !temporal || h > i || v < i || !tags[v].tag.is_verb() {
            continue;
        }
        if (h..i).any(|k| matches!(tags[k].tag, Tag::Comma | Tag::Colon)) {
            continue;
        }
        // Only words of the appositive's own phrase between it and the verb.
        if (i + 1..v).any(|k| !dominated_by(arcs, k, i) && !is_aux_of(arcs, tags, k, v)) {
            continue;
        }
        let has_subject = (0..arcs.len()).any(|k| {
            head(arcs, k) == Some(v) && matches!(arcs[k].rel, DepRel::Nsubj | DepRel::NsubjPass)
        });
        if has_subject {
            continue;
        }
        let passive =
            (0..arcs.len()).any(|k| head(arcs, k) == Some(v) && arcs[k].rel == DepRel::AuxPass);
        arcs[i].head = v as u32 + 1;
        arcs[i].rel = if passive {
            DepRel::NsubjPass
        } else {
            DepRel::Nsubj
        };
    }
}

fn dominated_by(arcs: &[Arc], mut k: usize, top: usize) -> bool {
    for _ in 0..arcs.len() {
        if k == top {
            return true;
        }
        match head(arcs, k) {
            Some(h) => k = h,
            None => return false,
        }
    }
    false
}

fn is_aux_of(arcs: &[Arc], tags: &[Tagged], k: usize, v: usize) -> bool {
    head(arcs, k) == Some(v)
        && (matches!(arcs[k].rel, DepRel::Aux | DepRel::AuxPass | DepRel::Advmod)
            || tags[k].tag == Tag::MD)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::Tagger;

    /// (sentence, arcs as `head:rel`, the word whose arc is checked (1-based),
    /// the arc it must have after repair).
    #[test]
    fn repairs() {
        let rows: &[(&str, &str, usize, &str)] = &[
            (
                "In October 1989 the Court of Appeal quashed the sentences .",
                "2:case 8:obl 2:nmod:unmarked 5:det 2:appos 7:case 5:nmod 0:root 10:det 8:obj 8:punct",
                5,
                "8:nsubj",
            ),
            (
                "In March 2001 the High Court cleared the directors .",
                "2:case 7:obl 2:nmod:unmarked 6:det 6:amod 2:nmod:unmarked 0:root 9:det 7:obj 7:punct",
                6,
                "7:nsubj",
            ),
            (
                // A comma: a real appositive stays.
                "On Monday , the holiday , shops closed .",
                "2:case 8:obl 2:punct 5:det 2:appos 2:punct 8:nsubj 0:root 8:punct",
                5,
                "2:appos",
            ),
            (
                // The verb has its subject: nothing to give back.
                "In 1989 the year of change Kim arrived .",
                "2:case 7:obl 4:det 2:appos 6:case 4:nmod 7:nsubj 0:root 7:punct",
                4,
                "2:appos",
            ),
        ];
        for (sentence, arcs, word, want) in rows {
            let words: Vec<&str> = sentence.split(' ').collect();
            let tags = Tagger::embedded().tag(&words);
            let mut parsed: Vec<Arc> = arcs
                .split(' ')
                .map(|a| {
                    let (h, r) = a.split_once(':').unwrap();
                    Arc {
                        head: h.parse().unwrap(),
                        rel: DepRel::parse(r).unwrap(),
                    }
                })
                .collect();
            assert_eq!(parsed.len(), words.len(), "{sentence}");
            repair(&words, &tags, &mut parsed);
            let a = &parsed[word - 1];
            assert_eq!(
                format!("{}:{}", a.head, a.rel.as_str()),
                *want,
                "{sentence}"
            );
        }
    }
}
