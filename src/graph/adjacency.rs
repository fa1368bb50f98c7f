//! Compact adjacency: a graph's edges and its nodes' name ranks in, every
//! node's edges (both directions) as one contiguous slice, in name order of the
//! node at the other end, out.
//!
//! petgraph's `StableGraph` keeps each node's edges as a linked list threaded
//! through the edge array, so walking a node's edges jumps from one ~80-byte
//! edge record to the next: on a graph of a million edges that is a cache miss
//! per edge. Traversals ([`super::algo`]) instead read this compressed-sparse-row
//! copy (12 bytes per edge end, neighbours side by side), built once in
//! O(V + E log d) on first use and dropped whenever the graph changes
//! ([`super::KnowledgeGraph::adjacency`]). Degrees are O(1). A node's list
//! holds its out- and in-edges together (each step says which), because most
//! queries walk both ways: one slice, one cache line of offsets. The list is in
//! name order of the neighbour (then edge index, then out before in), so a
//! search that wants the first neighbour by name with some property stops at
//! the first hit, and whether two nodes are adjacent is a binary search.

use petgraph::stable_graph::{EdgeIndex, NodeIndex, StableDiGraph};
use petgraph::visit::{EdgeRef, IntoEdgeReferences, NodeIndexable};

/// Marks a step along an edge that enters the node (in [`Step::edge`]'s bits).
const ENTERS: u32 = 1 << 31;

/// One step along an edge from a node: the edge, whether it enters or leaves
/// the node, the node at its other end and that node's name rank (kept here so
/// that binary search reads only the list itself, not a rank table at
/// scattered places).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    /// Edge index, with [`ENTERS`] set for an edge entering the node.
    edge: u32,
    node: u32,
    rank: u32,
}

impl Step {
    pub fn edge(self) -> EdgeIndex {
        EdgeIndex::new((self.edge & !ENTERS) as usize)
    }
    /// The node at the other end.
    pub fn node(self) -> NodeIndex {
        NodeIndex::new(self.node as usize)
    }
    /// Whether the edge enters the node whose list this step is in (it is
    /// walked backwards).
    pub fn enters(self) -> bool {
        self.edge & ENTERS != 0
    }
    /// Whether a walk that follows out-edges (`outgoing`) and/or in-edges
    /// (`incoming`) takes this step.
    #[inline]
    pub fn allowed(self, outgoing: bool, incoming: bool) -> bool {
        if self.enters() { incoming } else { outgoing }
    }
}

/// Every node's edges, both directions, as one name-ordered slice.
#[derive(Debug, Clone, Default)]
pub struct Adjacency {
    /// `start[n] = [offset, out]`: node index `n`'s steps are
    /// `steps[offset..start[n + 1][0]]`, of which `out` leave it.
    start: Vec<[u32; 2]>,
    steps: Vec<Step>,
}

impl Adjacency {
    /// Build from a graph (slots of removed nodes get empty lists); `rank[i]`
    /// orders node index `i` among the nodes (by name).
    ///
    /// Complexity: O(V + E) time plus sorting each node's list, O(E log d)
    /// for degree d; 12 bytes per edge end plus 8 per node slot.
    ///
    /// Panics if the graph has 2^31 edge slots or more.
    pub fn build<N, E>(g: &StableDiGraph<N, E>, rank: &[u32]) -> Adjacency {
        use petgraph::visit::EdgeIndexable;
        assert!(
            g.edge_bound() < ENTERS as usize,
            "graphs of 2^31 edges and more are not supported"
        );
        let bound = g.node_bound();
        let mut start = vec![[0u32; 2]; bound + 1];
        for e in g.edge_references() {
            start[e.source().index() + 1][0] += 1;
            start[e.source().index()][1] += 1;
            start[e.target().index() + 1][0] += 1;
        }
        for i in 0..bound {
            start[i + 1][0] += start[i][0];
        }
        let empty = Step {
            edge: 0,
            node: 0,
            rank: 0,
        };
        let mut steps = vec![empty; 2 * g.edge_count()];
        let mut next: Vec<u32> = start.iter().map(|s| s[0]).collect();
        for e in g.edge_references() {
            let (s, t, id) = (
                e.source().index(),
                e.target().index(),
                e.id().index() as u32,
            );
            steps[next[s] as usize] = Step {
                edge: id,
                node: t as u32,
                rank: rank[t],
            };
            next[s] += 1;
            steps[next[t] as usize] = Step {
                edge: id | ENTERS,
                node: s as u32,
                rank: rank[s],
            };
            next[t] += 1;
        }
        // Name order, then edge index, then out before in (a self-loop): the
        // edge index rotated left puts the ENTERS bit last.
        for w in start.windows(2) {
            steps[w[0][0] as usize..w[1][0] as usize].sort_unstable_by_key(|s| {
                (u64::from(s.rank) << 32) | u64::from(s.edge.rotate_left(1))
            });
        }
        Adjacency { start, steps }
    }

    /// All of `n`'s steps, both directions, in name order of the neighbour
    /// (empty for an index out of range).
    #[inline]
    pub fn steps(&self, n: NodeIndex) -> &[Step] {
        match (self.start.get(n.index()), self.start.get(n.index() + 1)) {
            (Some(a), Some(b)) => &self.steps[a[0] as usize..b[0] as usize],
            _ => &[],
        }
    }

    /// Edges leaving `n`, with their targets, in name order of the target.
    pub fn outgoing(&self, n: NodeIndex) -> impl Iterator<Item = Step> + '_ {
        self.in_order(n, true, false)
    }

    /// Edges entering `n`, with their sources, in name order of the source.
    pub fn incoming(&self, n: NodeIndex) -> impl Iterator<Item = Step> + '_ {
        self.in_order(n, false, true)
    }

    /// Edges at `n` (leaving it if `outgoing`, entering it if `incoming`) in
    /// name order of the neighbour, then edge index, then out before in.
    #[inline]
    pub fn in_order(
        &self,
        n: NodeIndex,
        outgoing: bool,
        incoming: bool,
    ) -> impl Iterator<Item = Step> + '_ {
        self.steps(n)
            .iter()
            .copied()
            .filter(move |s| s.allowed(outgoing, incoming))
    }

    /// Number of edges leaving `n`. O(1).
    pub fn out_degree(&self, n: NodeIndex) -> usize {
        self.start.get(n.index()).map_or(0, |s| s[1] as usize)
    }

    /// Number of edges entering `n`. O(1).
    pub fn in_degree(&self, n: NodeIndex) -> usize {
        self.degree(n) - self.out_degree(n)
    }

    /// Edges at `n`, both directions (a self-loop counts twice). O(1).
    pub fn degree(&self, n: NodeIndex) -> usize {
        self.steps(n).len()
    }

    /// The steps from `u` to `v`: edges `u → v` if `outgoing`, edges `v → u` if
    /// `incoming` (in edge index order), found by binary search on `rank[v]`
    /// in `u`'s name-ordered list.
    /// Complexity: O(log degree of `u` + steps returned).
    pub fn between<'a>(
        &'a self,
        u: NodeIndex,
        v: NodeIndex,
        outgoing: bool,
        incoming: bool,
        rank: &[u32],
    ) -> impl Iterator<Item = Step> + 'a {
        let want = rank[v.index()];
        let list = self.steps(u);
        let from = list.partition_point(|s| s.rank < want);
        // Ranks are distinct per node, except u32::MAX for removed slots.
        list[from..]
            .iter()
            .take_while(move |s| s.rank == want)
            .copied()
            .filter(move |s| s.node() == v && s.allowed(outgoing, incoming))
    }

    /// Whether [`Self::between`] finds any step. O(log degree of `u`).
    pub fn links(
        &self,
        u: NodeIndex,
        v: NodeIndex,
        outgoing: bool,
        incoming: bool,
        rank: &[u32],
    ) -> bool {
        self.between(u, v, outgoing, incoming, rank)
            .next()
            .is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_hold_each_nodes_edges_in_neighbour_name_order() {
        let mut g: StableDiGraph<&str, ()> = StableDiGraph::new();
        let [a, b, c, d] = ["a", "b", "c", "d"].map(|n| g.add_node(n));
        let ab = g.add_edge(a, b, ());
        let ca = g.add_edge(c, a, ());
        let ac = g.add_edge(a, c, ());
        let aa = g.add_edge(a, a, ());
        let ab2 = g.add_edge(a, b, ());
        g.remove_node(d);
        // Name order: c, a, b.
        let rank = [1, 2, 0, u32::MAX];
        let adj = Adjacency::build(&g, &rank);
        let pairs = |s: &mut dyn Iterator<Item = Step>| {
            s.map(|s| (s.edge(), s.node(), s.enters()))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            pairs(&mut adj.steps(a).iter().copied()),
            [
                (ca, c, true),
                (ac, c, false),
                (aa, a, false),
                (aa, a, true),
                (ab, b, false),
                (ab2, b, false)
            ]
        );
        assert_eq!(
            pairs(&mut adj.outgoing(a)),
            [
                (ac, c, false),
                (aa, a, false),
                (ab, b, false),
                (ab2, b, false)
            ]
        );
        assert_eq!(pairs(&mut adj.incoming(a)), [(ca, c, true), (aa, a, true)]);
        assert_eq!(pairs(&mut adj.incoming(b)), [(ab, a, true), (ab2, a, true)]);
        assert!(adj.steps(d).is_empty());
        assert!(adj.steps(NodeIndex::new(99)).is_empty());
        let degrees = |f: fn(&Adjacency, NodeIndex) -> usize| -> Vec<usize> {
            [a, b, c, d].iter().map(|&n| f(&adj, n)).collect()
        };
        assert_eq!(degrees(Adjacency::degree), [6, 2, 2, 0]);
        assert_eq!(degrees(Adjacency::out_degree), [4, 0, 1, 0]);
        assert_eq!(degrees(Adjacency::in_degree), [2, 2, 1, 0]);
        // between and links: every ordered pair and direction against a scan.
        for u in [a, b, c, d] {
            for v in [a, b, c, d] {
                for (out, inc) in [(true, false), (false, true), (true, true)] {
                    let want: Vec<Step> = adj
                        .steps(u)
                        .iter()
                        .copied()
                        .filter(|s| s.node() == v && s.allowed(out, inc))
                        .collect();
                    let got: Vec<Step> = adj.between(u, v, out, inc, &rank).collect();
                    assert_eq!(got, want, "{u:?} {v:?}");
                    assert_eq!(adj.links(u, v, out, inc, &rank), !want.is_empty());
                }
            }
        }
    }
}
