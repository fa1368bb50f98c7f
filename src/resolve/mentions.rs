//! Read-only view of in-document resolution: a document's extractions in, every
//! mention with the entity it was resolved to out.
//!
//! For evaluation (coreference scores against gold chains) and debugging: the
//! same clustering [`super::resolve_document`] runs, with the mention → entity
//! assignment kept instead of being folded into facts.

use crate::extract::SentenceExtraction;
use crate::nlp::MentionForm;
use crate::text::{Document, Span};

use super::ResolvedEntity;

/// One mention of a document and the entity it belongs to.
#[derive(Debug, Clone, PartialEq)]
pub struct ResolvedMention {
    /// Sentence index in the document.
    pub sentence: usize,
    /// The whole mention as written (byte offsets into the document text).
    pub span: Span,
    pub form: MentionForm,
    /// The owner of a role inside a titled mention (`North Korean` in `North
    /// Korean leader Kim Jong Un`), not a mention of its own in the extraction.
    pub role_owner: bool,
    /// Index into the returned entities; `None` when the mention was left
    /// unresolved (a pronoun without antecedent) or joined a chain of
    /// pronouns only.
    pub entity: Option<usize>,
    /// The chain the mention belongs to: equal numbers, one chain (an entity or
    /// a chain of pronouns only, `she … her … she` with no name). Numbers are
    /// comparable within one document only; `None` when unresolved.
    pub chain: Option<usize>,
}

/// The document's entities (as [`super::DocumentFacts::entities`] lists them)
/// and every mention, in document order, with its entity.
pub fn resolve_mentions(
    doc: &Document,
    sentences: &[SentenceExtraction],
) -> (Vec<ResolvedEntity>, Vec<ResolvedMention>) {
    let mut r = super::clustered(doc, sentences);
    let (entities, index) = r.entities();
    let mentions = r
        .nodes
        .iter()
        .zip(&r.assign)
        .map(|(n, c)| ResolvedMention {
            sentence: sentences[n.sent].sentence.index,
            span: n.span,
            form: n.form,
            role_owner: n.of_role,
            entity: c.and_then(|c| index[c]),
            chain: *c,
        })
        .collect();
    (entities, mentions)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract_sentences;
    use crate::nlp::{Tokenization, analyse};
    use crate::text::segment_lines;

    /// Each case: a text, then entities as (name, the text of each of its mentions).
    type Case = (
        &'static str,
        &'static [(&'static str, &'static [&'static str])],
    );

    #[test]
    fn mentions_carry_the_entity_resolve_document_gives() {
        let cases: &[Case] = &[(
            "Kim Jong Un met Xi Jinping in Beijing.\nMr Kim left on Friday.\n",
            &[
                ("Kim Jong Un", &["Kim Jong Un", "Mr Kim"]),
                ("Xi Jinping", &["Xi Jinping"]),
                ("Beijing", &["Beijing"]),
            ],
        )];
        for (text, want) in cases {
            let doc = Document {
                name: "t".into(),
                text: (*text).into(),
            };
            let analysed = analyse(&doc, &segment_lines(text), Tokenization::Words);
            let ex = extract_sentences(&doc, analysed);
            let facts = super::super::resolve_document(&doc, &ex);
            let (entities, mentions) = resolve_mentions(&doc, &ex);
            assert_eq!(entities, facts.entities);
            let got: Vec<(&str, Vec<&str>)> = entities
                .iter()
                .enumerate()
                .map(|(e, entity)| {
                    let of_e: Vec<&str> = mentions
                        .iter()
                        .filter(|m| m.entity == Some(e))
                        .map(|m| m.span.of(text))
                        .collect();
                    assert_eq!(of_e.len(), entity.mentions, "{}", entity.name);
                    (entity.name.as_str(), of_e)
                })
                .collect();
            let want: Vec<(&str, Vec<&str>)> = want.iter().map(|(n, m)| (*n, m.to_vec())).collect();
            assert_eq!(got, want, "{text}");
        }
    }
}
