//! Relation index: a graph's edges in, each edge's relation as a small integer
//! into a table of distinct relation names out.
//!
//! A pattern such as `match ? "send" ?` must test every edge's relation. Read
//! from the edges themselves, that is a pointer chase to a separate heap string
//! per edge; with the index, the pattern is tested once per distinct relation
//! (a few dozen to a few thousand) and the edges are found by scanning 4 bytes
//! each. Built once in O(E) on first use and dropped whenever the graph changes
//! ([`super::KnowledgeGraph::relation_index`]).

use std::collections::HashMap;

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
}

impl RelationIndex {
    /// Complexity: O(E) time; 4 bytes per edge slot plus the distinct names.
    pub fn build(g: &StableDiGraph<Entity, Relation>) -> RelationIndex {
        let mut names: Vec<String> = Vec::new();
        let mut id: HashMap<&str, u32> = HashMap::new();
        let mut of_edge = vec![NONE; g.edge_bound()];
        for e in g.edge_references() {
            let r = e.weight().relation.as_str();
            let i = *id.entry(r).or_insert_with(|| {
                names.push(r.to_string());
                names.len() as u32 - 1
            });
            of_edge[e.id().index()] = i;
        }
        RelationIndex { names, of_edge }
    }

    /// The distinct relation names.
    pub fn names(&self) -> &[String] {
        &self.names
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
        }
    }
}
