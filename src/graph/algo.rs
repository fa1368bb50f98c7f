//! Graph algorithms for queries: a [`KnowledgeGraph`] and start nodes in, node
//! sequences, neighbourhoods, components and scores out.
//!
//! Every result is deterministic: where several answers are equally good, the one
//! that comes first in name order wins (names compare through the graph's
//! precomputed [`KnowledgeGraph::name_ranks`]). Traversals touch only the region
//! they explore (hash maps, no per-step O(V) work); only [`components`],
//! [`degrees`] and [`pagerank`] look at the whole graph.

use std::collections::VecDeque;

use petgraph::stable_graph::{EdgeIndex, NodeIndex};
use petgraph::visit::{EdgeRef, IntoEdgeReferences, NodeIndexable};
use serde::Serialize;

use super::scratch::with_marks;
use super::{KnowledgeGraph, Link};

/// Hash maps and sets keyed by node or edge indices (one multiply per key).
type IndexMap<K, V> = crate::hash::FastMap<K, V>;
type IndexSet<K> = crate::hash::FastSet<K>;

/// Which edges a traversal follows from a node.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Follow {
    /// Edges leaving the node (subject → object).
    Out,
    /// Edges entering the node, walked backwards.
    In,
    /// Both.
    #[default]
    Both,
}

impl Follow {
    pub fn reversed(self) -> Follow {
        match self {
            Follow::Out => Follow::In,
            Follow::In => Follow::Out,
            Follow::Both => Follow::Both,
        }
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Follow::Out => "out",
            Follow::In => "in",
            Follow::Both => "both",
        }
    }
}

/// The edges `follow` allows from `n`, each with the node it leads to, in
/// name order of that node, then edge index (read from the graph's compact
/// [`KnowledgeGraph::adjacency`]).
pub fn steps(
    g: &KnowledgeGraph,
    n: NodeIndex,
    follow: Follow,
) -> impl Iterator<Item = (EdgeIndex, NodeIndex)> + '_ {
    g.adjacency()
        .in_order(n, follow != Follow::In, follow != Follow::Out)
        .map(|s| (s.edge(), s.node()))
}

/// Which of two node sets has fewer edges to walk (`follow` from the first,
/// `back` from the second), and that number: whether the first (ties: yes),
/// and its count. The sums grow side by side, so a hub-heavy set is counted
/// only as far as the other set's total.
fn lighter(
    g: &KnowledgeGraph,
    first: impl Iterator<Item = NodeIndex>,
    follow: Follow,
    second: impl Iterator<Item = NodeIndex>,
    back: Follow,
) -> (bool, usize) {
    let (mut first, mut second) = (first, second);
    let (mut a, mut b) = (0, 0);
    loop {
        if a <= b {
            match first.next() {
                Some(n) => a += steps_len(g, n, follow),
                None => return (true, a),
            }
        } else {
            match second.next() {
                Some(n) => b += steps_len(g, n, back),
                None => return (false, b),
            }
        }
    }
}

/// What one step of a binary search costs against one step of a scan (cache
/// misses and mispredicted branches against a prefetched, predicted loop):
/// measured, about this many times.
const PROBE: usize = 4;

/// Steps of a binary search over `n` items: ⌈log2(n + 1)⌉.
fn log2_ceil(n: usize) -> usize {
    (usize::BITS - n.leading_zeros()) as usize
}

/// How many edges [`steps`] yields from `n`, in O(1).
fn steps_len(g: &KnowledgeGraph, n: NodeIndex, follow: Follow) -> usize {
    let adj = g.adjacency();
    match follow {
        Follow::Out => adj.out_degree(n),
        Follow::In => adj.in_degree(n),
        Follow::Both => adj.degree(n),
    }
}

/// Distinct nodes one step from `n`, in name order (the adjacency is in name
/// order already: only duplicates are dropped).
fn next_nodes(g: &KnowledgeGraph, n: NodeIndex, follow: Follow) -> Vec<NodeIndex> {
    let mut v: Vec<NodeIndex> = steps(g, n, follow).map(|(_, m)| m).collect();
    v.dedup();
    v
}

/// The edge that stands for the step `u → v`, with its ends: an edge in the
/// walking direction before a reversed one, then the best supported, then the
/// first relation by name.
///
/// Panics if no edge `follow` allows joins `u` to `v`.
pub fn best_link(g: &KnowledgeGraph, u: NodeIndex, v: NodeIndex, follow: Follow) -> Link {
    let adj = g.adjacency();
    let (rank, relations) = (g.name_ranks(), g.relation_index());
    let (out, inc) = (follow != Follow::In, follow != Follow::Out);
    let key = |&(reversed, e): &(bool, EdgeIndex)| {
        (
            reversed,
            std::cmp::Reverse(g.graph[e].weight()),
            relations.rank(e),
        )
    };
    // Search the shorter of the two lists: in `v`'s, an edge `u → v` enters.
    let best = if adj.degree(v) < adj.degree(u) {
        adj.between(v, u, inc, out, rank)
            .map(|s| (!s.enters(), s.edge()))
            .min_by_key(key)
    } else {
        adj.between(u, v, out, inc, rank)
            .map(|s| (s.enters(), s.edge()))
            .min_by_key(key)
    };
    let (reversed, edge) = best.expect("consecutive path nodes are adjacent");
    let (source, target) = if reversed { (v, u) } else { (u, v) };
    Link {
        edge,
        source,
        target,
    }
}

/// Whether an edge's relation contains `needle` (already lower case).
pub fn relation_matches(relation: &str, needle: &str) -> bool {
    if relation.chars().any(char::is_uppercase) {
        relation.to_lowercase().contains(needle)
    } else {
        relation.contains(needle)
    }
}

/// Everything within `depth` steps of `start`.
///
/// Arguments: `via`, when given (lower case), restricts the walk to edges whose
/// relation contains it.
/// Returns: the reached nodes except `start` with their distance, sorted by
/// (distance, name), and every edge walked (each once), sorted by (source,
/// relation, target).
/// Complexity: O(nodes + edges of the explored region), plus sorting the answer;
/// per-node state lives in a reusable dense table ([`with_marks`]), so no hash
/// is computed per edge.
pub fn neighbourhood(
    g: &KnowledgeGraph,
    start: NodeIndex,
    depth: usize,
    follow: Follow,
    via: Option<&str>,
) -> (Vec<(NodeIndex, usize)>, Vec<Link>) {
    let adj = g.adjacency();
    let relations = g.relation_index();
    let wanted = via.map(|v| relations.filter(move |name| relation_matches(name, v)));
    let walk = |e: EdgeIndex| wanted.as_ref().is_none_or(|w| w.accepts(e));
    let rank = g.name_ranks();
    let both = follow == Follow::Both;
    let (out, inc) = (follow != Follow::In, follow != Follow::Out);
    with_marks(g.graph.node_bound(), |marks| {
        // A node's mark: 2 × its distance, plus 1 once its edges have been walked.
        // Walking both ways meets every edge twice, from each end; it is kept
        // from the end walked first (a self-loop: from its out-list).
        let expanded = |v: u32| v % 2 == 1;
        marks.set_a(start, 0);
        let mut layer = vec![start];
        let mut nodes: Vec<(NodeIndex, usize)> = Vec::new();
        let mut links: Vec<Link> = Vec::new();
        for d in 0..depth {
            let reached = 2 * (d as u32 + 1);
            let mut next: Vec<NodeIndex> = Vec::new();
            for &u in &layer {
                marks.set_a(u, 2 * d as u32 + 1);
                for s in adj.steps(u) {
                    let (e, m) = (s.edge(), s.node());
                    if !s.allowed(out, inc) || !walk(e) {
                        continue;
                    }
                    // A self-loop's two steps: kept from its out-step.
                    let again = if s.enters() { true } else { m != u };
                    match marks.a(m) {
                        None => {
                            marks.set_a(m, reached);
                            next.push(m);
                        }
                        Some(v) if both && again && expanded(v) => continue,
                        Some(_) => {}
                    }
                    let (source, target) = if s.enters() { (m, u) } else { (u, m) };
                    links.push(Link {
                        edge: e,
                        source,
                        target,
                    });
                }
            }
            if next.is_empty() {
                break;
            }
            next.sort_unstable_by_key(|m| rank[m.index()]);
            nodes.extend(next.iter().map(|&m| (m, d + 1)));
            layer = next;
        }
        g.sort_links(&mut links);
        (nodes, links)
    })
}

/// A shortest path from `a` to `b` by hop count.
///
/// Returns: the node sequence (`[a]` when `a == b`), or `None` when `b` cannot be
/// reached. Of several shortest paths, the first in name order (compared node by
/// node from `a`).
///
/// Method: a bidirectional breadth-first search, each round growing by one
/// layer the side whose frontier has fewer edges to scan. The side from `a`
/// keeps each layer in path order: a node's place is that of its first parent
/// in the previous layer, then its name (adjacency lists are in name order, so
/// this costs nothing), and the chain of first parents from any node is the
/// name-first shortest path to it. Hence, when that side reaches the other,
/// the first child found that the other side has seen is the meeting node and
/// the search stops at once; when the side from `b` reaches it, the meeting
/// node placed first wins. The second half walks down the distances to `b`,
/// taking the first name each step (again stopping at the first hit).
/// Complexity: at most two balls of half the distance, usually much less (the
/// early stops are those of NetworkX's bidirectional search), with O(1)
/// per-node state ([`with_marks`]).
pub fn shortest_path(
    g: &KnowledgeGraph,
    a: NodeIndex,
    b: NodeIndex,
    follow: Follow,
) -> Option<Vec<NodeIndex>> {
    if a == b {
        return Some(vec![a]);
    }
    let rank = g.name_ranks();
    let adj = g.adjacency();
    let (out, inc) = (follow != Follow::In, follow != Follow::Out);
    with_marks(g.graph.node_bound(), |marks| {
        // From `a`: every node found, layers one after another, each in path
        // order, with the position of its parent; a node's mark `a` is its
        // position.
        let mut found = std::mem::take(&mut marks.spare_pairs);
        found.clear();
        found.push((a, u32::MAX));
        marks.set_a(a, 0);
        let mut layer = 0..1;
        // From `b`: every node found, layer after layer (layer `i` starts at
        // `starts[i]`); a node's mark `b` is its distance to `b`.
        let mut back = std::mem::take(&mut marks.spare_nodes);
        back.clear();
        back.push(b);
        let mut starts = std::mem::take(&mut marks.spare_offsets);
        starts.clear();
        starts.push(0);
        marks.set_b(b, 0);
        // The search ends at a node both sides have seen (`meet`), or at an
        // edge from the last layer of one side to that of the other (`meet`,
        // then `across`).
        let mut across = None;
        let meet = loop {
            let last_start = *starts.last().expect("starts with b");
            let last = &back[last_start..];
            if layer.is_empty() || last.is_empty() {
                return None;
            }
            // Grow the side whose last layer has fewer edges.
            let (forward, cheaper) = lighter(
                g,
                found[layer.clone()].iter().map(|f| f.0),
                follow,
                last.iter().copied(),
                follow.reversed(),
            );
            // When both frontiers are small but their edges many, look for an
            // edge between them by binary search in the name-ordered lists of
            // the side from `a`: a shortest path of length kf + kb + 1 exists
            // if and only if there is one.
            let probes = || -> usize {
                found[layer.clone()]
                    .iter()
                    .map(|f| last.len() * PROBE * log2_ceil(steps_len(g, f.0, follow)))
                    .sum()
            };
            if layer.len() * last.len() < cheaper && probes() < cheaper {
                // The first node of the layer (in path order) with an edge
                // across, to the first such node by name.
                let hit = found[layer.clone()].iter().find_map(|&(u, _)| {
                    let v = last
                        .iter()
                        .copied()
                        .filter(|&v| adj.links(u, v, out, inc, rank))
                        .min_by_key(|v| rank[v.index()])?;
                    Some((u, v))
                });
                if let Some((u, v)) = hit {
                    across = Some(v);
                    break u;
                }
                // No edge across: the next layer of either side cannot meet
                // the other side's last one, only its next.
            }
            if forward {
                // At most one node per edge walked: no regrowth.
                found.reserve(cheaper);
                let begin = found.len();
                let mut met = None;
                'layer: for p in layer.clone() {
                    // Children in name order: appended so, the layer stays in
                    // path order, and the first that the other side has seen
                    // is the meeting node (no later one can come first).
                    for (_, m) in steps(g, found[p].0, follow) {
                        let (seen, other) = marks.get(m);
                        if seen.is_none() {
                            marks.set_a(m, found.len() as u32);
                            found.push((m, p as u32));
                            if other.is_some() {
                                met = Some(m);
                                break 'layer;
                            }
                        }
                    }
                }
                layer = begin..found.len();
                if let Some(m) = met {
                    break m;
                }
            } else {
                let d = starts.len() as u32;
                let begin = back.len();
                back.reserve(cheaper);
                let mut first: Option<u32> = None;
                'scan: for i in last_start..begin {
                    for (_, m) in steps(g, back[i], follow.reversed()) {
                        let (other, seen) = marks.get(m);
                        if seen.is_none() {
                            marks.set_b(m, d);
                            back.push(m);
                            if let Some(pos) = other {
                                let pos = first.map_or(pos, |f| f.min(pos));
                                first = Some(pos);
                                // Nothing can come before the layer's first node.
                                if pos as usize == layer.start {
                                    break 'scan;
                                }
                            }
                        }
                    }
                }
                starts.push(begin);
                if let Some(pos) = first {
                    break found[pos as usize].0;
                }
            }
        };
        // First half: the chain of first parents back to `a`.
        let mut path = Vec::with_capacity(starts.len() + 8);
        let mut pos = marks.a(meet).expect("meeting node found from a");
        while pos != u32::MAX {
            let (n, parent) = found[pos as usize];
            path.push(n);
            pos = parent;
        }
        path.reverse();
        let mut u = match across {
            Some(v) => {
                path.push(v);
                v
            }
            None => meet,
        };
        // Second half: one step nearer to `b` each time, first name first.
        let mut d = marks.b(u).expect("meeting node found from b");
        while d > 1 {
            let (from, to) = (starts[d as usize - 1], starts[d as usize]);
            let candidates = &back[from..to];
            // A hub's list is long: when there are few candidates, test them
            // by binary search instead.
            let degree = steps_len(g, u, follow);
            u = if candidates.len() * PROBE * log2_ceil(degree) < degree {
                let here = u;
                candidates
                    .iter()
                    .copied()
                    .filter(|&v| adj.links(here, v, out, inc, rank))
                    .min_by_key(|v| rank[v.index()])
            } else {
                steps(g, u, follow)
                    .map(|(_, v)| v)
                    .find(|&v| marks.b(v) == Some(d - 1))
            }
            .expect("a shortest path continues");
            path.push(u);
            d -= 1;
        }
        if d == 1 {
            path.push(b);
        }
        marks.spare_pairs = found;
        marks.spare_nodes = back;
        marks.spare_offsets = starts;
        Some(path)
    })
}

/// How many edge steps a [`simple_paths`] search may examine before it stops
/// and reports its result as truncated.
pub const SIMPLE_PATHS_BUDGET: usize = 5_000_000;

/// All simple paths from `a` to `b` of at most `max_hops` hops, shortest first,
/// then in name order.
///
/// Returns: at most `limit` node sequences, and whether more exist (or the search
/// stopped after [`SIMPLE_PATHS_BUDGET`] edge steps).
/// Complexity: a breadth-first search from `b` of radius `max_hops / 2` gives
/// the distance to `b` of every node near it; the depth-first enumeration
/// from `a` extends a path by a node only if `b` is still reachable in the hops
/// left, which that ball answers exactly for the second half of a path (the
/// first half is explored unpruned). So the work is that of two balls of half
/// the radius, not one ball of the full radius: on a small-world graph a ball of
/// radius 4 is most of the graph, one of radius 2 is not.
pub fn simple_paths(
    g: &KnowledgeGraph,
    a: NodeIndex,
    b: NodeIndex,
    follow: Follow,
    max_hops: usize,
    limit: usize,
) -> (Vec<Vec<NodeIndex>>, bool) {
    if a == b {
        return (vec![vec![a]], false);
    }
    // Distances to `b`, exact up to `reach`; nodes absent are farther.
    let reach = max_hops / 2;
    let mut to_b: IndexMap<NodeIndex, usize> = IndexMap::from_iter([(b, 0)]);
    let mut queue = VecDeque::from([b]);
    while let Some(n) = queue.pop_front() {
        let d = to_b[&n];
        if d >= reach {
            continue;
        }
        for (_, m) in steps(g, n, follow.reversed()) {
            to_b.entry(m).or_insert_with(|| {
                queue.push_back(m);
                d + 1
            });
        }
    }
    let shortest = to_b.get(&a).copied().unwrap_or(reach + 1);
    let mut search = PathSearch {
        g,
        b,
        follow,
        to_b: &to_b,
        reach,
        found: Vec::new(),
        limit,
        budget: SIMPLE_PATHS_BUDGET,
        truncated: false,
        path: vec![a],
        on_path: IndexSet::from_iter([a]),
    };
    for hops in shortest..=max_hops {
        search.extend(a, hops);
        if search.truncated {
            break;
        }
    }
    (search.found, search.truncated)
}

struct PathSearch<'a> {
    g: &'a KnowledgeGraph,
    b: NodeIndex,
    follow: Follow,
    to_b: &'a IndexMap<NodeIndex, usize>,
    /// `to_b` holds every node within this distance of `b`.
    reach: usize,
    found: Vec<Vec<NodeIndex>>,
    limit: usize,
    budget: usize,
    truncated: bool,
    path: Vec<NodeIndex>,
    on_path: IndexSet<NodeIndex>,
}

impl PathSearch<'_> {
    /// Extend the current path, ending at `u`, by exactly `left` more hops to `b`.
    fn extend(&mut self, u: NodeIndex, left: usize) {
        if self.truncated {
            return;
        }
        let next = next_nodes(self.g, u, self.follow);
        if self.budget < next.len() {
            self.truncated = true;
            return;
        }
        self.budget -= next.len();
        for v in next {
            if self.truncated {
                return;
            }
            let last = left == 1;
            if (v == self.b) != last || self.on_path.contains(&v) {
                continue;
            }
            if last {
                if self.found.len() == self.limit {
                    self.truncated = true;
                    return;
                }
                let mut p = self.path.clone();
                p.push(v);
                self.found.push(p);
                continue;
            }
            // `b` must be reachable from `v` in `left - 1` hops; `to_b` can only
            // tell when that is within its reach.
            if left - 1 <= self.reach && self.to_b.get(&v).is_none_or(|&d| d > left - 1) {
                continue;
            }
            self.path.push(v);
            self.on_path.insert(v);
            self.extend(v, left - 1);
            self.on_path.remove(&v);
            self.path.pop();
        }
    }
}

/// Weakly connected components, largest first (ties: by first member's name),
/// members in name order.
///
/// Complexity: O(V α(V) + E) union–find, then O(V log V) sorting.
pub fn components(g: &KnowledgeGraph) -> Vec<Vec<NodeIndex>> {
    components_with(g, false)
}

/// [`components`], co-mentions joining entities too when `comentions`.
pub fn components_with(g: &KnowledgeGraph, comentions: bool) -> Vec<Vec<NodeIndex>> {
    let bound = g.graph.node_bound();
    let mut parent: Vec<usize> = (0..bound).collect();
    fn root(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    let pairs = g
        .graph
        .edge_references()
        .map(|e| (e.source(), e.target()))
        .chain(
            g.comention_pairs()
                .into_iter()
                .filter(|_| comentions)
                .map(|c| (c.a, c.b)),
        );
    for (a, b) in pairs {
        let (s, t) = (root(&mut parent, a.index()), root(&mut parent, b.index()));
        if s != t {
            parent[s.max(t)] = s.min(t);
        }
    }
    let mut groups: IndexMap<usize, Vec<NodeIndex>> = IndexMap::default();
    for n in g.nodes_sorted() {
        groups
            .entry(root(&mut parent, n.index()))
            .or_default()
            .push(n);
    }
    let rank = g.name_ranks();
    let mut out: Vec<Vec<NodeIndex>> = groups.into_values().collect();
    out.sort_unstable_by_key(|c| (std::cmp::Reverse(c.len()), rank[c[0].index()]));
    out
}

/// Every node's degree (edges at it, both directions), highest first, ties by name.
pub fn degrees(g: &KnowledgeGraph) -> Vec<(NodeIndex, f64)> {
    let mut v = degree_scores(g);
    sort_scores(g, &mut v);
    v
}

/// Every node's degree, in node index order.
pub fn degree_scores(g: &KnowledgeGraph) -> Vec<(NodeIndex, f64)> {
    g.graph
        .node_indices()
        .map(|n| (n, g.degree(n) as f64))
        .collect()
}

/// The `n` best of `scores`, highest first, ties by name: what sorting all of
/// them and keeping `n` gives, in O(V + n log n) (a selection, then a sort of
/// the `n` chosen).
pub fn top_scores(
    g: &KnowledgeGraph,
    mut scores: Vec<(NodeIndex, f64)>,
    n: usize,
) -> Vec<(NodeIndex, f64)> {
    let rank = g.name_ranks();
    let order = |a: &(NodeIndex, f64), b: &(NodeIndex, f64)| {
        b.1.total_cmp(&a.1)
            .then(rank[a.0.index()].cmp(&rank[b.0.index()]))
    };
    if n < scores.len() {
        if n == 0 {
            return Vec::new();
        }
        scores.select_nth_unstable_by(n - 1, order);
        scores.truncate(n);
    }
    scores.sort_unstable_by(order);
    scores
}

/// PageRank damping factor.
pub const DAMPING: f64 = 0.85;
/// PageRank stops when the L1 change of an iteration falls below this...
pub const TOLERANCE: f64 = 1e-9;
/// ...or after this many iterations.
pub const MAX_ITERATIONS: usize = 100;

/// PageRank over the directed edges (each edge one vote; a node without
/// out-edges spreads its rank over all nodes), highest first, ties by name.
///
/// Power iteration with damping [`DAMPING`] until the L1 change is below
/// [`TOLERANCE`] or [`MAX_ITERATIONS`] iterations. Scores sum to 1.
/// Complexity: O((V + E) · iterations).
pub fn pagerank(g: &KnowledgeGraph) -> Vec<(NodeIndex, f64)> {
    let mut v = pagerank_scores(g);
    sort_scores(g, &mut v);
    v
}

/// [`pagerank`]'s scores, in node index order.
pub fn pagerank_scores(g: &KnowledgeGraph) -> Vec<(NodeIndex, f64)> {
    let nodes: Vec<NodeIndex> = g.graph.node_indices().collect();
    let count = nodes.len();
    if count == 0 {
        return Vec::new();
    }
    let mut dense = vec![usize::MAX; g.graph.node_bound()];
    for (i, n) in nodes.iter().enumerate() {
        dense[n.index()] = i;
    }
    let edges: Vec<(usize, usize)> = g
        .graph
        .edge_references()
        .map(|e| (dense[e.source().index()], dense[e.target().index()]))
        .collect();
    let mut out_degree = vec![0usize; count];
    for &(s, _) in &edges {
        out_degree[s] += 1;
    }
    let n = count as f64;
    let mut rank = vec![1.0 / n; count];
    let mut next = vec![0.0; count];
    for _ in 0..MAX_ITERATIONS {
        let dangling: f64 = (0..count)
            .filter(|&i| out_degree[i] == 0)
            .map(|i| rank[i])
            .sum();
        let base = (1.0 - DAMPING) / n + DAMPING * dangling / n;
        next.iter_mut().for_each(|x| *x = base);
        for &(s, t) in &edges {
            next[t] += DAMPING * rank[s] / out_degree[s] as f64;
        }
        let change: f64 = rank.iter().zip(&next).map(|(a, b)| (a - b).abs()).sum();
        std::mem::swap(&mut rank, &mut next);
        if change < TOLERANCE {
            break;
        }
    }
    nodes.into_iter().zip(rank).collect()
}

fn sort_scores(g: &KnowledgeGraph, v: &mut [(NodeIndex, f64)]) {
    let rank = g.name_ranks();
    v.sort_unstable_by(|a, b| {
        b.1.total_cmp(&a.1)
            .then(rank[a.0.index()].cmp(&rank[b.0.index()]))
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::tests::{doc, entity};
    use crate::vocab::EntityKind;
    use std::collections::{HashMap, HashSet};

    /// A pseudo-random graph: `nodes` entities named `n000`…, `edges` facts.
    pub(crate) fn random_graph(nodes: usize, edges: usize, seed: u64) -> KnowledgeGraph {
        let mut state = seed;
        let mut next = move |n: usize| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((state >> 33) as usize) % n
        };
        let entities = (0..nodes)
            .map(|i| entity(&format!("n{i:07}"), EntityKind::Other, &[]))
            .collect();
        let rels = ["a", "b", "c"];
        let facts: Vec<(usize, &str, usize)> = (0..edges)
            .map(|_| (next(nodes), rels[next(3)], next(nodes)))
            .collect();
        let mut g = KnowledgeGraph::new();
        g.merge_document(&doc("random", entities, &facts), "h");
        g
    }

    /// Reference: plain BFS distances from `a`.
    fn bfs(g: &KnowledgeGraph, a: NodeIndex, follow: Follow) -> HashMap<NodeIndex, usize> {
        let mut dist = HashMap::from([(a, 0)]);
        let mut q = VecDeque::from([a]);
        while let Some(u) = q.pop_front() {
            for (_, v) in steps(g, u, follow) {
                if !dist.contains_key(&v) {
                    dist.insert(v, dist[&u] + 1);
                    q.push_back(v);
                }
            }
        }
        dist
    }

    /// Reference: the name-smallest shortest path, by brute force over distances.
    fn reference_path(
        g: &KnowledgeGraph,
        a: NodeIndex,
        b: NodeIndex,
        follow: Follow,
    ) -> Option<Vec<NodeIndex>> {
        let to_b = bfs(g, b, follow.reversed());
        let mut d = *to_b.get(&a)?;
        let mut path = vec![a];
        let mut u = a;
        while d > 0 {
            u = steps(g, u, follow)
                .map(|(_, v)| v)
                .filter(|v| to_b.get(v) == Some(&(d - 1)))
                .min_by_key(|v| g.name_rank(*v))
                .unwrap();
            path.push(u);
            d -= 1;
        }
        Some(path)
    }

    #[test]
    fn bidirectional_shortest_path_agrees_with_plain_bfs() {
        for seed in 0..10 {
            // Sparse graphs give long paths, dense ones many equally short ones.
            let edges = if seed < 6 {
                70 + seed as usize * 10
            } else {
                150 + seed as usize * 20
            };
            let g = random_graph(60, edges, seed);
            let nodes = g.nodes_sorted();
            for follow in [Follow::Both, Follow::Out, Follow::In] {
                for &a in nodes.iter().step_by(7) {
                    for &b in nodes.iter().step_by(5) {
                        assert_eq!(
                            shortest_path(&g, a, b, follow),
                            reference_path(&g, a, b, follow),
                            "seed {seed} {follow:?} {a:?} {b:?}"
                        );
                    }
                }
            }
        }
    }

    /// Reference: the nodes within `depth` and the edges walked from nodes
    /// nearer than `depth`, by plain BFS and sets.
    fn reference_neighbourhood(
        g: &KnowledgeGraph,
        start: NodeIndex,
        depth: usize,
        follow: Follow,
        via: Option<&str>,
    ) -> (Vec<(NodeIndex, usize)>, Vec<EdgeIndex>) {
        let mut dist = HashMap::from([(start, 0)]);
        let mut edges = HashSet::new();
        let mut q = VecDeque::from([start]);
        while let Some(u) = q.pop_front() {
            if dist[&u] == depth {
                continue;
            }
            for (e, v) in steps(g, u, follow) {
                if via.is_some_and(|r| !g.graph[e].relation.contains(r)) {
                    continue;
                }
                edges.insert(e);
                if !dist.contains_key(&v) {
                    dist.insert(v, dist[&u] + 1);
                    q.push_back(v);
                }
            }
        }
        let mut nodes: Vec<_> = dist.into_iter().filter(|&(n, _)| n != start).collect();
        nodes.sort_by_key(|&(n, d)| (d, g.name_rank(n)));
        let mut edges: Vec<EdgeIndex> = edges.into_iter().collect();
        edges.sort_by_key(|&e| {
            let (s, t) = g.graph.edge_endpoints(e).unwrap();
            (
                g.name_rank(s),
                g.graph[e].relation.clone(),
                g.name_rank(t),
                e,
            )
        });
        (nodes, edges)
    }

    #[test]
    fn neighbourhood_agrees_with_plain_bfs_and_lists_each_edge_once() {
        for seed in 0..4 {
            // Dense enough for self-loops and parallel edges with different relations.
            let g = random_graph(40, 90 + seed as usize * 30, seed);
            for follow in [Follow::Both, Follow::Out, Follow::In] {
                for via in [None, Some("b")] {
                    for &a in g.nodes_sorted().iter().step_by(3) {
                        for depth in 0..4 {
                            let (nodes, links) = neighbourhood(&g, a, depth, follow, via);
                            let edges: Vec<EdgeIndex> = links.iter().map(|l| l.edge).collect();
                            assert_eq!(
                                (nodes, edges),
                                reference_neighbourhood(&g, a, depth, follow, via),
                                "seed {seed} {follow:?} {via:?} {a:?} depth {depth}"
                            );
                            assert!(links.iter().all(|&l| l == Link::of(&g, l.edge)));
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn random_graphs_have_self_loops_for_the_tests_above() {
        let g = random_graph(40, 180, 3);
        assert!(g.graph.edge_references().any(|e| e.source() == e.target()));
    }

    /// Reference: every simple path by exhaustive search.
    fn all_paths(
        g: &KnowledgeGraph,
        a: NodeIndex,
        b: NodeIndex,
        follow: Follow,
        max: usize,
    ) -> Vec<Vec<NodeIndex>> {
        fn go(
            g: &KnowledgeGraph,
            path: &mut Vec<NodeIndex>,
            b: NodeIndex,
            follow: Follow,
            max: usize,
            out: &mut Vec<Vec<NodeIndex>>,
        ) {
            let u = *path.last().unwrap();
            if u == b {
                out.push(path.clone());
                return;
            }
            if path.len() > max {
                return;
            }
            for v in next_nodes(g, u, follow) {
                if !path.contains(&v) {
                    path.push(v);
                    go(g, path, b, follow, max, out);
                    path.pop();
                }
            }
        }
        let mut out = Vec::new();
        go(g, &mut vec![a], b, follow, max, &mut out);
        let rank = g.name_ranks();
        out.sort_by_key(|p| {
            (
                p.len(),
                p.iter().map(|n| rank[n.index()]).collect::<Vec<_>>(),
            )
        });
        out
    }

    #[test]
    fn simple_paths_are_all_paths_in_order_up_to_the_limit() {
        let g = random_graph(25, 40, 7);
        let nodes = g.nodes_sorted();
        for follow in [Follow::Both, Follow::Out] {
            for &a in nodes.iter().step_by(4) {
                for &b in nodes.iter().step_by(3) {
                    if a == b {
                        continue;
                    }
                    for max in [1, 2, 3, 5] {
                        let want = all_paths(&g, a, b, follow, max);
                        let (got, truncated) = simple_paths(&g, a, b, follow, max, 1000);
                        assert_eq!(got, want, "max {max} {follow:?} {a:?} {b:?}");
                        assert!(!truncated);
                    }
                    let want = all_paths(&g, a, b, follow, 4);
                    let (got, truncated) = simple_paths(&g, a, b, follow, 4, 1000);
                    assert_eq!(got, want, "{follow:?} {a:?} {b:?}");
                    assert!(!truncated);
                    let (got, truncated) = simple_paths(&g, a, b, follow, 4, 3);
                    assert_eq!(got, want[..want.len().min(3)], "{follow:?} {a:?} {b:?}");
                    assert_eq!(truncated, want.len() > 3);
                }
            }
        }
    }

    #[test]
    fn pagerank_is_a_distribution_favouring_cited_nodes() {
        let g = random_graph(200, 600, 3);
        let pr = pagerank(&g);
        let total: f64 = pr.iter().map(|(_, s)| s).sum();
        assert!((total - 1.0).abs() < 1e-6, "{total}");
        assert!(pr.windows(2).all(|w| w[0].1 >= w[1].1));
        let top = pr[0].0;
        let bottom = pr[pr.len() - 1].0;
        let indegree = |n| g.adjacency().in_degree(n);
        assert!(indegree(top) > indegree(bottom));
    }

    #[test]
    fn top_scores_are_the_head_of_the_full_ranking() {
        let g = random_graph(300, 900, 9);
        for n in [0, 1, 3, 10, 299, 300, 1000] {
            let mut want = degrees(&g);
            want.truncate(n);
            assert_eq!(top_scores(&g, degree_scores(&g), n), want, "degree {n}");
            let mut want = pagerank(&g);
            want.truncate(n);
            assert_eq!(top_scores(&g, pagerank_scores(&g), n), want, "pagerank {n}");
        }
    }

    #[test]
    fn components_cover_every_node_once() {
        let g = random_graph(300, 200, 11);
        let comps = components(&g);
        let total: usize = comps.iter().map(Vec::len).sum();
        assert_eq!(total, g.graph.node_count());
        assert!(comps.windows(2).all(|w| w[0].len() >= w[1].len()));
        for c in &comps {
            let reach = bfs(&g, c[0], Follow::Both);
            assert_eq!(reach.len(), c.len());
        }
    }

    #[test]
    fn simple_paths_stay_bounded_on_a_dense_graph() {
        let g = random_graph(40, 800, 5);
        let nodes = g.nodes_sorted();
        let (paths, truncated) = simple_paths(&g, nodes[0], nodes[1], Follow::Both, 12, 100);
        assert_eq!(paths.len(), 100);
        assert!(truncated);
        assert!(paths.windows(2).all(|w| w[0].len() <= w[1].len()));
    }
}
