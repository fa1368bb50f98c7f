//! Compact adjacency: a graph's edges in, every node's out- and in-edges as
//! contiguous slices out.
//!
//! petgraph's `StableGraph` keeps each node's edges as a linked list threaded
//! through the edge array, so walking a node's edges jumps from one ~80-byte
//! edge record to the next: on a graph of a million edges that is a cache miss
//! per edge. Traversals ([`super::algo`]) instead read this compressed-sparse-row
//! copy (8 bytes per edge end, neighbours side by side), built once in O(V + E)
//! on first use and dropped whenever the graph changes
//! ([`super::KnowledgeGraph::adjacency`]). Degrees are O(1).

use petgraph::stable_graph::{EdgeIndex, NodeIndex, StableDiGraph};
use petgraph::visit::{EdgeRef, IntoEdgeReferences, NodeIndexable};

/// One step along an edge: the edge and the node at its other end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    edge: u32,
    node: u32,
}

impl Step {
    pub fn edge(self) -> EdgeIndex {
        EdgeIndex::new(self.edge as usize)
    }
    pub fn node(self) -> NodeIndex {
        NodeIndex::new(self.node as usize)
    }
}

/// Out- and in-edges of every node, in edge index order, as slices.
#[derive(Debug, Clone, Default)]
pub struct Adjacency {
    /// `out[out_start[n]..out_start[n + 1]]`: edges leaving node index `n`.
    out_start: Vec<u32>,
    out: Vec<Step>,
    /// `inc[in_start[n]..in_start[n + 1]]`: edges entering node index `n`.
    in_start: Vec<u32>,
    inc: Vec<Step>,
}

impl Adjacency {
    /// Build from a graph (slots of removed nodes get empty lists).
    ///
    /// Complexity: O(V + E) time, 8 bytes per edge end plus 8 per node slot.
    pub fn build<N, E>(g: &StableDiGraph<N, E>) -> Adjacency {
        let bound = g.node_bound();
        let mut out_start = vec![0u32; bound + 1];
        let mut in_start = vec![0u32; bound + 1];
        for e in g.edge_references() {
            out_start[e.source().index() + 1] += 1;
            in_start[e.target().index() + 1] += 1;
        }
        for i in 0..bound {
            out_start[i + 1] += out_start[i];
            in_start[i + 1] += in_start[i];
        }
        let empty = Step { edge: 0, node: 0 };
        let mut out = vec![empty; g.edge_count()];
        let mut inc = vec![empty; g.edge_count()];
        let mut out_next = out_start.clone();
        let mut in_next = in_start.clone();
        for e in g.edge_references() {
            let (s, t, id) = (e.source().index(), e.target().index(), e.id().index());
            out[out_next[s] as usize] = Step {
                edge: id as u32,
                node: t as u32,
            };
            out_next[s] += 1;
            inc[in_next[t] as usize] = Step {
                edge: id as u32,
                node: s as u32,
            };
            in_next[t] += 1;
        }
        Adjacency {
            out_start,
            out,
            in_start,
            inc,
        }
    }

    fn slice<'a>(start: &[u32], steps: &'a [Step], n: NodeIndex) -> &'a [Step] {
        match (start.get(n.index()), start.get(n.index() + 1)) {
            (Some(&a), Some(&b)) => &steps[a as usize..b as usize],
            _ => &[],
        }
    }

    /// Edges leaving `n`, with their targets.
    pub fn outgoing(&self, n: NodeIndex) -> &[Step] {
        Self::slice(&self.out_start, &self.out, n)
    }

    /// Edges entering `n`, with their sources.
    pub fn incoming(&self, n: NodeIndex) -> &[Step] {
        Self::slice(&self.in_start, &self.inc, n)
    }

    /// Edges at `n`, both directions (a self-loop counts twice).
    pub fn degree(&self, n: NodeIndex) -> usize {
        self.outgoing(n).len() + self.incoming(n).len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slices_list_each_nodes_edges_in_index_order() {
        let mut g: StableDiGraph<&str, ()> = StableDiGraph::new();
        let [a, b, c, d] = ["a", "b", "c", "d"].map(|n| g.add_node(n));
        let ab = g.add_edge(a, b, ());
        let ca = g.add_edge(c, a, ());
        let ac = g.add_edge(a, c, ());
        let aa = g.add_edge(a, a, ());
        g.remove_node(d);
        let adj = Adjacency::build(&g);
        let pairs = |s: &[Step]| s.iter().map(|s| (s.edge(), s.node())).collect::<Vec<_>>();
        assert_eq!(pairs(adj.outgoing(a)), [(ab, b), (ac, c), (aa, a)]);
        assert_eq!(pairs(adj.incoming(a)), [(ca, c), (aa, a)]);
        assert_eq!(pairs(adj.incoming(b)), [(ab, a)]);
        assert!(adj.outgoing(d).is_empty() && adj.incoming(d).is_empty());
        assert!(adj.outgoing(NodeIndex::new(99)).is_empty());
        let degrees: Vec<usize> = [a, b, c, d].iter().map(|&n| adj.degree(n)).collect();
        assert_eq!(degrees, [5, 1, 2, 0]);
    }
}
