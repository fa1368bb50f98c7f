//! Relation index: a graph's edges in, each edge's relation as a small integer
//! into a table of distinct relation names out.
//!
//! A pattern such as `match ? "send" ?` must test every edge's relation. Read
//! from the edges themselves, that is a pointer chase to a separate heap string
//! per edge; with the index, the pattern is tested once per distinct relation
//! (a few dozen to a few thousand) and the edges are found by scanning 4 bytes
//! each. Built once in O(E) on first use and dropped whenever the graph changes
//! ([`super::KnowledgeGraph::relation_index`]).

use petgraph::stable_graph::{EdgeIndex, StableDiGraph};
use petgraph::visit::{EdgeIndexable, EdgeRef, IntoEdgeReferences};

use super::{Entity, Relation};

/// Marks the slot of a removed edge.
const NONE: u32 = u32::MAX;

/// Every edge's relation as an index into [`RelationIndex::names`].
#[derive(Debug, Clone, Default)]
pub struct RelationIndex {
    /// Distinct relation names, in order of first appearance by edge index.
    names: Vec<String>,
    /// Edge index → position in `names` (`NONE` for removed edges).
    of_edge: Vec<u32>,
    /// Position in `names` → rank of that name in string order.
    rank: Vec<u32>,
}

impl RelationIndex {
    /// Complexity: O(E) time; 4 bytes per edge slot plus the distinct names.
    pub fn build(g: &StableDiGraph<Entity, Relation>) -> RelationIndex {
        let mut names: Vec<String> = Vec::new();
        let mut id: crate::hash::FastMap<&str, u32> = crate::hash::FastMap::default();
        let mut of_edge = vec![NONE; g.edge_bound()];
        for e in g.edge_references() {
            let r = e.weight().relation.as_str();
            let i = *id.entry(r).or_insert_with(|| {
                names.push(r.to_string());
                names.len() as u32 - 1
            });
            of_edge[e.id().index()] = i;
        }
        let mut order: Vec<u32> = (0..names.len() as u32).collect();
        order.sort_unstable_by(|&a, &b| names[a as usize].cmp(&names[b as usize]));
        let mut rank = vec![0; names.len()];
        for (r, &i) in order.iter().enumerate() {
            rank[i as usize] = r as u32;
        }
        RelationIndex {
            names,
            of_edge,
            rank,
        }
    }

    /// The position in [`Self::names`] of edge `e`'s relation.
    ///
    /// Panics if `e` is not an edge of the indexed graph.
    pub fn id(&self, e: EdgeIndex) -> usize {
        self.of_edge[e.index()] as usize
    }

    /// The rank of edge `e`'s relation among the distinct relation names in
    /// string order: comparing ranks compares the names.
    pub fn rank(&self, e: EdgeIndex) -> u32 {
        self.rank[self.id(e)]
    }

    /// The distinct relation names.
    pub fn names(&self) -> &[String] {
        &self.names
    }

    /// A filter on edges by relation name for walks over part of the graph.
    /// The first [`DIRECT`] edges are tested by name directly; after that
    /// `accept` is asked about each distinct name at most once (a table of
    /// answers is built then), so neither a walk over a few edges nor one over
    /// thousands pays for names it never meets.
    pub fn filter<F: Fn(&str) -> bool>(&self, accept: F) -> RelationFilter<'_, F> {
        RelationFilter {
            index: self,
            accept,
            direct: std::cell::Cell::new(0),
            known: std::cell::RefCell::new(Vec::new()),
        }
    }

    /// Every edge whose relation `accept`s, in edge index order. `accept` is
    /// called once per distinct relation.
    pub fn edges_where(&self, accept: impl Fn(&str) -> bool) -> Vec<EdgeIndex> {
        let wanted: Vec<bool> = self.names.iter().map(|n| accept(n)).collect();
        self.of_edge
            .iter()
            .enumerate()
            .filter(|&(_, &r)| r != NONE && wanted[r as usize])
            .map(|(e, _)| EdgeIndex::new(e))
            .collect()
    }
}

const UNKNOWN: u8 = 0;
const YES: u8 = 1;
const NO: u8 = 2;

/// How many edges a [`RelationFilter`] tests by name before it keeps a table
/// of answers per distinct name.
pub const DIRECT: usize = 32;

/// See [`RelationIndex::filter`].
pub struct RelationFilter<'a, F> {
    index: &'a RelationIndex,
    accept: F,
    /// Edges tested by name so far (up to [`DIRECT`]).
    direct: std::cell::Cell<usize>,
    /// Per distinct name: UNKNOWN, YES or NO (empty until needed).
    known: std::cell::RefCell<Vec<u8>>,
}

impl<F: Fn(&str) -> bool> RelationFilter<'_, F> {
    /// Whether edge `e`'s relation is accepted.
    pub fn accepts(&self, e: EdgeIndex) -> bool {
        let id = self.index.id(e);
        if self.direct.get() < DIRECT {
            self.direct.set(self.direct.get() + 1);
            return (self.accept)(&self.index.names[id]);
        }
        let mut known = self.known.borrow_mut();
        if known.is_empty() {
            known.resize(self.index.names.len(), UNKNOWN);
        }
        match known[id] {
            YES => true,
            NO => false,
            _ => {
                let yes = (self.accept)(&self.index.names[id]);
                known[id] = if yes { YES } else { NO };
                yes
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::KnowledgeGraph;
    use crate::graph::synth::{self, SynthConfig};

    #[test]
    fn edges_where_agrees_with_a_scan_of_the_edges() {
        let g: KnowledgeGraph = synth::graph(SynthConfig::with_edges(2_000, 3));
        let index = RelationIndex::build(g.graph());
        assert!(index.names().len() > 10);
        for needle in ["meet", "to", "with", "nothing like it", ""] {
            let want: Vec<EdgeIndex> = g
                .graph()
                .edge_indices()
                .filter(|&e| g.relation(e).relation.contains(needle))
                .collect();
            assert_eq!(index.edges_where(|r| r.contains(needle)), want, "{needle}");
            let calls = std::cell::Cell::new(0);
            let filter = index.filter(|r| {
                calls.set(calls.get() + 1);
                r.contains(needle)
            });
            let got: Vec<EdgeIndex> = g
                .graph()
                .edge_indices()
                .filter(|&e| filter.accepts(e))
                .collect();
            assert_eq!(got, want, "{needle}");
            // The first DIRECT edges by name, then once per distinct name.
            assert!(
                calls.get() <= DIRECT + index.names().len(),
                "{}",
                calls.get()
            );
            assert!(calls.get() < g.graph().edge_count() / 10);
        }
    }

    #[test]
    fn ranks_order_edges_as_their_relation_names_do() {
        let g: KnowledgeGraph = synth::graph(SynthConfig::with_edges(2_000, 5));
        let index = RelationIndex::build(g.graph());
        let edges: Vec<EdgeIndex> = g.graph().edge_indices().collect();
        for w in edges.windows(2) {
            let (a, b) = (&g.relation(w[0]).relation, &g.relation(w[1]).relation);
            assert_eq!(
                index.rank(w[0]).cmp(&index.rank(w[1])),
                a.cmp(b),
                "{a} / {b}"
            );
            assert_eq!(&index.names()[index.id(w[0])], a);
        }
    }
}
