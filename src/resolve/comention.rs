//! Co-mentions of one document: its resolved mentions per sentence in, the
//! pairs of distinct entities named in the same sentence out ([`CoMention`]).
//!
//! Only names count (a proper name or an acronym, not a pronoun, description
//! or demonym), and a sentence naming more than [`MAX_NAMED`] entities (a
//! list, a table row) gives none: every pair of a long list says nothing. A
//! sentence of furniture (datelines, bylines) gives none either.

use crate::extract::SentenceExtraction;
use crate::nlp::MentionForm;

use super::cluster::Resolver;

/// Sentences naming more entities than this give no co-mention.
pub const MAX_NAMED: usize = 12;

/// Two entities of a document (indices into
/// [`super::DocumentFacts::entities`], `a < b`) named in sentence `sentence`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CoMention {
    pub a: usize,
    pub b: usize,
    pub sentence: usize,
}

/// The co-mentions of a resolved document, in (sentence, a, b) order.
pub(crate) fn comentions(
    r: &Resolver<'_>,
    sentences: &[SentenceExtraction],
    index: &[Option<usize>],
) -> Vec<CoMention> {
    let mut out = Vec::new();
    for (slot, ex) in sentences.iter().enumerate() {
        if ex.furniture {
            continue;
        }
        let mut named: Vec<usize> = r.by_sentence[slot]
            .iter()
            .filter(|&&n| {
                let node = &r.nodes[n];
                node.mention.is_some()
                    && matches!(node.form, MentionForm::Name | MentionForm::Acronym)
            })
            .filter_map(|&n| r.assign[n].and_then(|c| index[c]))
            .collect();
        named.sort_unstable();
        named.dedup();
        if named.len() < 2 || named.len() > MAX_NAMED {
            continue;
        }
        for (i, &a) in named.iter().enumerate() {
            for &b in &named[i + 1..] {
                out.push(CoMention {
                    a,
                    b,
                    sentence: ex.sentence.index,
                });
            }
        }
    }
    out.sort_unstable_by_key(|c| (c.sentence, c.a, c.b));
    out
}
