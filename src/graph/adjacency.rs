//! Compact adjacency: a graph's edges and its nodes' name ranks in, every
//! node's out- and in-edges as contiguous slices, in name order of the node at
//! the other end, out.
//!
//! petgraph's `StableGraph` keeps each node's edges as a linked list threaded
//! through the edge array, so walking a node's edges jumps from one ~80-byte
//! edge record to the next: on a graph of a million edges that is a cache miss
//! per edge. Traversals ([`super::algo`]) instead read this compressed-sparse-row
//! copy (8 bytes per edge end, neighbours side by side), built once in O(V + E)
//! on first use and dropped whenever the graph changes
//! ([`super::KnowledgeGraph::adjacency`]). Degrees are O(1). Each slice lists
//! its neighbours in name order (then by edge index), so a search that wants
//! the first neighbour by name with some property can stop at the first hit
//! ([`Adjacency::in_order`] does the same for both directions at once).

use petgraph::stable_graph::{EdgeIndex, NodeIndex, StableDiGraph};
use petgraph::visit::{EdgeRef, IntoEdgeReferences, NodeIndexable};

/// One step along an edge: the edge, the node at its other end and that
/// node's name rank (kept here so that ordered merging and binary search read
/// only the list itself, not a rank table at scattered places).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Step {
    edge: u32,
    node: u32,
    rank: u32,
}

impl Step {
    pub fn edge(self) -> EdgeIndex {
        EdgeIndex::new(self.edge as usize)
    }
    pub fn node(self) -> NodeIndex {
        NodeIndex::new(self.node as usize)
    }
}

/// Out- and in-edges of every node as slices, each in name order of the
/// neighbour, then edge index.
#[derive(Debug, Clone, Default)]
pub struct Adjacency {
    /// `start[n] = [o, i]`: node index `n`'s edges begin at `out[o]` and
    /// `inc[i]` and end where node `n + 1`'s begin (both offsets side by side:
    /// one cache line gives a node's degree and both lists).
    start: Vec<[u32; 2]>,
    /// Edges leaving each node, with their targets.
    out: Vec<Step>,
    /// Edges entering each node, with their sources.
    inc: Vec<Step>,
}

impl Adjacency {
    /// Build from a graph (slots of removed nodes get empty lists); `rank[i]`
    /// orders node index `i` among the nodes (by name).
    ///
    /// Complexity: O(V + E) time plus sorting each node's list, O(E log d)
    /// for degree d; 12 bytes per edge end plus 8 per node slot.
    pub fn build<N, E>(g: &StableDiGraph<N, E>, rank: &[u32]) -> Adjacency {
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
        let empty = Step {
            edge: 0,
            node: 0,
            rank: 0,
        };
        let mut out = vec![empty; g.edge_count()];
        let mut inc = vec![empty; g.edge_count()];
        let mut out_next = out_start.clone();
        let mut in_next = in_start.clone();
        for e in g.edge_references() {
            let (s, t, id) = (e.source().index(), e.target().index(), e.id().index());
            out[out_next[s] as usize] = Step {
                edge: id as u32,
                node: t as u32,
                rank: rank[t],
            };
            out_next[s] += 1;
            inc[in_next[t] as usize] = Step {
                edge: id as u32,
                node: s as u32,
                rank: rank[s],
            };
            in_next[t] += 1;
        }
        let by_rank = |s: &Step| (s.rank, s.edge);
        for (start, steps) in [(&out_start, &mut out), (&in_start, &mut inc)] {
            for w in start.windows(2) {
                steps[w[0] as usize..w[1] as usize].sort_unstable_by_key(by_rank);
            }
        }
        Adjacency {
            start: out_start
                .into_iter()
                .zip(in_start)
                .map(|(o, i)| [o, i])
                .collect(),
            out,
            inc,
        }
    }

    /// Node `n`'s offsets and the next node's (empty lists for an index out
    /// of range).
    #[inline]
    fn bounds(&self, n: NodeIndex) -> ([u32; 2], [u32; 2]) {
        match (self.start.get(n.index()), self.start.get(n.index() + 1)) {
            (Some(&a), Some(&b)) => (a, b),
            _ => ([0; 2], [0; 2]),
        }
    }

    /// Edges leaving `n`, with their targets.
    pub fn outgoing(&self, n: NodeIndex) -> &[Step] {
        let (a, b) = self.bounds(n);
        &self.out[a[0] as usize..b[0] as usize]
    }

    /// Edges entering `n`, with their sources.
    pub fn incoming(&self, n: NodeIndex) -> &[Step] {
        let (a, b) = self.bounds(n);
        &self.inc[a[1] as usize..b[1] as usize]
    }

    /// Edges at `n`, both directions (a self-loop counts twice).
    pub fn degree(&self, n: NodeIndex) -> usize {
        let (a, b) = self.bounds(n);
        (b[0] - a[0] + b[1] - a[1]) as usize
    }

    /// The steps from `u` to `v`: edges `u → v` if `outgoing`, then edges
    /// `v → u` if `incoming` (each run in edge index order), found by binary
    /// search on `rank[v]` in `u`'s name-ordered lists.
    /// Complexity: O(log degree of `u` + steps returned).
    pub fn between<'a>(
        &'a self,
        u: NodeIndex,
        v: NodeIndex,
        outgoing: bool,
        incoming: bool,
        rank: &'a [u32],
    ) -> impl Iterator<Item = Step> + 'a {
        let want = rank[v.index()];
        let run = move |list: &'a [Step]| {
            let from = list.partition_point(|s| s.rank < want);
            // Ranks are distinct per node, except u32::MAX for removed slots.
            list[from..]
                .iter()
                .take_while(move |s| s.rank == want)
                .copied()
                .filter(move |s| s.node() == v)
        };
        let out = if outgoing { self.outgoing(u) } else { &[] };
        let inc = if incoming { self.incoming(u) } else { &[] };
        run(out).chain(run(inc))
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
        let want = rank[v.index()];
        let has = |list: &[Step]| {
            let i = list.partition_point(|s| s.rank < want);
            list[i..]
                .iter()
                .take_while(|s| s.rank == want)
                .any(|s| s.node() == v)
        };
        (outgoing && has(self.outgoing(u))) || (incoming && has(self.incoming(u)))
    }

    /// Edges at `n` (leaving it if `outgoing`, entering it if `incoming`) in
    /// name order of the neighbour, then edge index: with both, the two
    /// lists merged.
    pub fn in_order(
        &self,
        n: NodeIndex,
        outgoing: bool,
        incoming: bool,
    ) -> impl Iterator<Item = Step> + '_ {
        Merged {
            a: if outgoing { self.outgoing(n) } else { &[] },
            b: if incoming { self.incoming(n) } else { &[] },
        }
    }
}

/// Two rank-ordered step lists as one.
struct Merged<'a> {
    a: &'a [Step],
    b: &'a [Step],
}

impl Iterator for Merged<'_> {
    type Item = Step;

    fn next(&mut self) -> Option<Step> {
        let take_a = match (self.a.first(), self.b.first()) {
            (Some(x), Some(y)) => (x.rank, x.edge) <= (y.rank, y.edge),
            (Some(_), None) => true,
            (None, _) => false,
        };
        let list = if take_a { &mut self.a } else { &mut self.b };
        let (first, rest) = list.split_first()?;
        *list = rest;
        Some(*first)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.a.len() + self.b.len();
        (n, Some(n))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slices_list_each_nodes_edges_in_neighbour_name_order() {
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
        let pairs = |s: &[Step]| s.iter().map(|s| (s.edge(), s.node())).collect::<Vec<_>>();
        assert_eq!(
            pairs(adj.outgoing(a)),
            [(ac, c), (aa, a), (ab, b), (ab2, b)]
        );
        assert_eq!(pairs(adj.incoming(a)), [(ca, c), (aa, a)]);
        assert_eq!(pairs(adj.incoming(b)), [(ab, a), (ab2, a)]);
        assert!(adj.outgoing(d).is_empty() && adj.incoming(d).is_empty());
        assert!(adj.outgoing(NodeIndex::new(99)).is_empty());
        let degrees: Vec<usize> = [a, b, c, d].iter().map(|&n| adj.degree(n)).collect();
        assert_eq!(degrees, [6, 2, 2, 0]);
        let in_order = |out, inc| -> Vec<_> {
            adj.in_order(a, out, inc)
                .map(|s| (s.edge(), s.node()))
                .collect()
        };
        assert_eq!(
            in_order(true, true),
            [(ca, c), (ac, c), (aa, a), (aa, a), (ab, b), (ab2, b)]
        );
        assert_eq!(in_order(true, false), pairs(adj.outgoing(a)));
        assert_eq!(in_order(false, true), pairs(adj.incoming(a)));
        assert_eq!(adj.in_order(a, true, true).size_hint(), (6, Some(6)));
        // links: every ordered pair and direction against a scan.
        for u in [a, b, c, d] {
            for v in [a, b, c, d] {
                for (out, inc) in [(true, false), (false, true), (true, true)] {
                    let scan = (out && adj.outgoing(u).iter().any(|s| s.node() == v))
                        || (inc && adj.incoming(u).iter().any(|s| s.node() == v));
                    assert_eq!(adj.links(u, v, out, inc, &rank), scan, "{u:?} {v:?}");
                    let want: Vec<Step> = adj
                        .outgoing(u)
                        .iter()
                        .filter(|s| out && s.node() == v)
                        .chain(adj.incoming(u).iter().filter(|s| inc && s.node() == v))
                        .copied()
                        .collect();
                    let got: Vec<Step> = adj.between(u, v, out, inc, &rank).collect();
                    assert_eq!(got, want, "{u:?} {v:?}");
                }
            }
        }
    }
}
