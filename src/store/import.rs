//! Graph files into store documents: a [`KnowledgeGraph`] read from a JSON or
//! `.kgb` graph file (the format before the store) in, one [`NewDocument`] per
//! graph document out, for `kg import`.
//!
//! A graph file keeps the merged graph, not what each document contributed, so
//! the documents' facts are read back from it: a document's entities are the
//! nodes that cite it (canonical name and kind; the aliases, with their rules,
//! and the mention count go to the node's first document), and each piece of
//! evidence is one fact of its document with the edge's relation and
//! confidence, its modal and who it is attributed to. Merging these documents again gives the graph of the file; the
//! mention spans, which graph files do not keep, are empty.

use std::collections::HashMap;

use super::NewDocument;
use crate::KnowledgeGraph;
use crate::resolve::{Alias, DocumentFacts, Fact, ResolvedEntity};
use crate::text::Span;

/// The documents of `g`, in the graph's document order.
pub fn documents_of_graph(g: &KnowledgeGraph) -> Vec<NewDocument> {
    let mut docs: Vec<NewDocument> = g
        .documents()
        .iter()
        .map(|d| NewDocument {
            facts: DocumentFacts {
                doc: d.name.clone(),
                sentences: vec![String::new(); d.sentences as usize],
                entities: Vec::new(),
                facts: Vec::new(),
                comentions: Vec::new(),
            },
            hash: d.hash.clone(),
        })
        .collect();
    // (node, document) → the entity's index in that document.
    let mut index: HashMap<(usize, u32), usize> = HashMap::new();
    for n in g.nodes_sorted() {
        let e = g.entity(n);
        for (i, &d) in e.documents.iter().enumerate() {
            let facts = &mut docs[d as usize].facts;
            index.insert((n.index(), d), facts.entities.len());
            facts.entities.push(ResolvedEntity {
                name: e.name.clone(),
                kind: e.kind,
                aliases: if i == 0 {
                    e.aliases
                        .iter()
                        .map(|(name, &rule)| Alias {
                            name: name.clone(),
                            rule,
                        })
                        .collect()
                } else {
                    Vec::new()
                },
                mentions: if i == 0 { e.mentions as usize } else { 0 },
            });
        }
    }
    for edge in g.edges_sorted() {
        let (s, t) = g.graph().edge_endpoints(edge).expect("edge exists");
        let r = g.relation(edge);
        for ev in &r.evidence {
            let facts = &mut docs[ev.doc as usize].facts;
            let mut slot = |n: petgraph::stable_graph::NodeIndex| {
                *index.entry((n.index(), ev.doc)).or_insert_with(|| {
                    let e = g.entity(n);
                    facts.entities.push(ResolvedEntity {
                        name: e.name.clone(),
                        kind: e.kind,
                        aliases: Vec::new(),
                        mentions: 0,
                    });
                    facts.entities.len() - 1
                })
            };
            let (subject, object) = (slot(s), slot(t));
            // Who it is attributed to: the node of that name (or the one node
            // having it as an alias, when a later document folded it).
            let attributed_to = g
                .attribution(ev)
                .and_then(|a| {
                    g.node_by_name(a).or(match g.nodes_by_alias(a) {
                        &[n] => Some(n),
                        _ => None,
                    })
                })
                .map(&mut slot);
            let sentence = ev.sentence as usize;
            if sentence >= facts.sentences.len() {
                facts.sentences.resize(sentence + 1, String::new());
            }
            facts.sentences[sentence] = g.evidence_text(ev).to_string();
            facts.facts.push(Fact {
                subject,
                relation: r.relation.clone(),
                object,
                confidence: r.confidence,
                sentence,
                subject_mention: Span::default(),
                object_mention: Span::default(),
                negated: false,
                modality: ev.modality,
                attributed_to,
            });
        }
    }
    for d in &mut docs {
        d.facts.facts.sort_by_key(|f| f.sentence);
    }
    docs
}
