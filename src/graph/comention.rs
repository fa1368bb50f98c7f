//! The co-mention layer: two entities named in the same sentence are linked by
//! a `co-mention`, as GDELT's Global Knowledge Graph links the names of a news
//! article. In: each merged document's [`crate::resolve::CoMention`] pairs (or
//! the store's rows). Out: for every pair of nodes, the sentences that name
//! both ([`KnowledgeGraph::comentions_of`], [`KnowledgeGraph::comention_pairs`]).
//!
//! Co-mentions live beside the typed graph, never in it: typed queries,
//! `edges` and degrees are unchanged; only statements that ask for them
//! (`with co-mentions`, `via co-mentions`) and the exports (which mark them)
//! see them. A co-mention is undirected; its count is its number of evidence
//! sentences.

use std::collections::BTreeMap;

use petgraph::stable_graph::NodeIndex;

use super::{Evidence, KnowledgeGraph};
use crate::resolve::DocumentFacts;

/// The relation name co-mentions carry in exports.
pub const COMENTION: &str = "co-mention";

/// One co-mention of two nodes, `a` before `b` in name order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CoMentionLink<'g> {
    pub a: NodeIndex,
    pub b: NodeIndex,
    /// The sentences naming both, sorted.
    pub evidence: &'g [Evidence],
}

impl CoMentionLink<'_> {
    /// How many sentences name both.
    pub fn count(&self) -> usize {
        self.evidence.len()
    }
}

/// Node → other node → the sentences naming both (kept symmetric).
pub(super) type CoMentions = crate::hash::FastMap<NodeIndex, BTreeMap<NodeIndex, Vec<Evidence>>>;

impl KnowledgeGraph {
    /// Add the co-mentions of a merged document whose entity `i` is node
    /// `nodes[i]`, and keep the texts of their sentences.
    pub(super) fn add_document_comentions(
        &mut self,
        facts: &DocumentFacts,
        nodes: &[NodeIndex],
        doc: u32,
    ) {
        for c in &facts.comentions {
            let (Some(&a), Some(&b)) = (nodes.get(c.a), nodes.get(c.b)) else {
                continue;
            };
            let ev = Evidence::at(doc, c.sentence as u32);
            if a != b {
                self.texts.entry(ev).or_insert_with(|| {
                    facts.sentences.get(c.sentence).cloned().unwrap_or_default()
                });
                self.add_comention(a, b, &[ev]);
            }
        }
    }

    /// Add evidence to the co-mention of `a` and `b` (`a != b`).
    pub(crate) fn add_comention(&mut self, a: NodeIndex, b: NodeIndex, evidence: &[Evidence]) {
        for (x, y) in [(a, b), (b, a)] {
            let list = self.comentions.entry(x).or_default().entry(y).or_default();
            for &ev in evidence {
                if let Err(pos) = list.binary_search(&ev) {
                    list.insert(pos, ev);
                }
            }
        }
    }

    /// Move node `n`'s co-mentions to node `t` (`n` is being folded into `t`).
    pub(super) fn fold_comentions(&mut self, n: NodeIndex, t: NodeIndex) {
        let Some(of_n) = self.comentions.remove(&n) else {
            return;
        };
        for (m, evidence) in of_n {
            if let Some(of_m) = self.comentions.get_mut(&m) {
                of_m.remove(&n);
                if of_m.is_empty() {
                    self.comentions.remove(&m);
                }
            }
            if m != t {
                self.add_comention(t, m, &evidence);
            }
        }
    }

    /// The nodes named in a sentence with `n`, each with those sentences, in
    /// node-index order.
    pub fn comentions_of(&self, n: NodeIndex) -> impl Iterator<Item = (NodeIndex, &[Evidence])> {
        self.comentions
            .get(&n)
            .into_iter()
            .flat_map(|m| m.iter().map(|(&o, ev)| (o, ev.as_slice())))
    }

    /// Every co-mention once, sorted by the names of its two nodes.
    pub fn comention_pairs(&self) -> Vec<CoMentionLink<'_>> {
        let rank = self.name_ranks();
        let mut out: Vec<CoMentionLink<'_>> = self
            .comentions
            .iter()
            .flat_map(|(&a, m)| {
                m.iter()
                    .filter(move |&(&b, _)| rank[a.index()] < rank[b.index()])
                    .map(move |(&b, ev)| CoMentionLink { a, b, evidence: ev })
            })
            .collect();
        out.sort_by_key(|l| (rank[l.a.index()], rank[l.b.index()]));
        out
    }

    /// How many co-mentions the graph has.
    pub fn comention_count(&self) -> usize {
        self.comentions.values().map(BTreeMap::len).sum::<usize>() / 2
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::tests::{doc, person};
    use crate::resolve::CoMention;

    #[test]
    fn comentions_accumulate_and_follow_folds() {
        let mut g = KnowledgeGraph::new();
        let mut a = doc(
            "a",
            vec![person("Carl Icahn", &[]), person("Texaco", &[])],
            &[],
        );
        a.sentences = vec!["Carl Icahn bought Texaco stock.".into()];
        a.comentions = vec![CoMention {
            a: 0,
            b: 1,
            sentence: 0,
        }];
        g.merge_document(&a, "h1");
        let mut b = doc("b", vec![person("Icahn", &[]), person("Texaco", &[])], &[]);
        b.sentences = vec!["Icahn sold Texaco.".into()];
        b.comentions = a.comentions.clone();
        g.merge_document(&b, "h2");
        assert_eq!(g.comention_count(), 2);
        assert_eq!(g.graph().edge_count(), 0);
        g.resolve_archive();
        let pairs = g.comention_pairs();
        assert_eq!(pairs.len(), 1);
        assert_eq!(g.entity(pairs[0].a).name, "Carl Icahn");
        assert_eq!(g.entity(pairs[0].b).name, "Texaco");
        assert_eq!(pairs[0].count(), 2);
        assert_eq!(g.evidence_text(&pairs[0].evidence[1]), "Icahn sold Texaco.");
    }
}
