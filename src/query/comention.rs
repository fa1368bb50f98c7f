//! Queries over the co-mention layer ([`crate::graph::comention`]): a
//! statement that asks for co-mentions and the graph in, the result out.
//!
//! * `neighbours X [options] with co-mentions`: the typed neighbourhood as
//!   `neighbours X` gives it, then the entities named in a sentence with X,
//!   most co-mentions first ([`co_neighbours`]);
//! * `path A to B via co-mentions`: a shortest chain (by hops, ties by name)
//!   over facts and co-mentions alike, each hop saying which it is; a pair
//!   linked by both is a fact hop ([`co_path`]).

use std::collections::VecDeque;

use petgraph::stable_graph::NodeIndex;

use super::result::{CoHop, CoNeighbour, Link};
use crate::graph::algo::{self, Follow};
use crate::graph::{KnowledgeGraph, name_key};

/// The entities co-mentioned with `n`: most sentences first, then by name.
pub fn co_neighbours(g: &KnowledgeGraph, n: NodeIndex) -> Vec<CoNeighbour> {
    let mut out: Vec<CoNeighbour> = g
        .comentions_of(n)
        .map(|(m, ev)| CoNeighbour {
            node: m,
            evidence: ev.to_vec(),
        })
        .collect();
    out.sort_by(|a, b| {
        b.evidence
            .len()
            .cmp(&a.evidence.len())
            .then_with(|| g.name_rank(a.node).cmp(&g.name_rank(b.node)))
    });
    out
}

/// A shortest chain from `a` to `b` over facts (either direction) and
/// co-mentions; `None` when there is none. Breadth first, each node's steps
/// in name order of the node reached (facts before co-mentions to the same
/// node), so the answer is deterministic.
pub fn co_path(g: &KnowledgeGraph, a: NodeIndex, b: NodeIndex) -> Option<Vec<CoHop>> {
    if a == b {
        return Some(Vec::new());
    }
    let bound = g.graph().node_indices().map(|n| n.index() + 1).max()?;
    let mut came: Vec<Option<CoHop>> = vec![None; bound];
    let mut seen = vec![false; bound];
    seen[a.index()] = true;
    let mut queue = VecDeque::from([a]);
    while let Some(u) = queue.pop_front() {
        for (m, hop) in steps(g, u) {
            if seen[m.index()] {
                continue;
            }
            seen[m.index()] = true;
            came[m.index()] = Some(hop);
            if m == b {
                let mut hops = Vec::new();
                let mut at = b;
                while at != a {
                    let hop = came[at.index()].clone().expect("reached nodes have a step");
                    at = hop.from();
                    hops.push(hop);
                }
                hops.reverse();
                return Some(hops);
            }
            queue.push_back(m);
        }
    }
    None
}

/// The steps out of `u`: (node reached, hop), in name order of the node
/// reached, a fact before a co-mention.
fn steps(g: &KnowledgeGraph, u: NodeIndex) -> Vec<(NodeIndex, CoHop)> {
    let mut out: Vec<(NodeIndex, CoHop)> = algo::steps(g, u, Follow::Both)
        .map(|(e, m)| {
            let link = Link::of(g, e);
            (m, CoHop::Fact { from: u, link })
        })
        .collect();
    out.extend(g.comentions_of(u).map(|(m, ev)| {
        (
            m,
            CoHop::CoMention {
                from: u,
                to: m,
                evidence: ev.to_vec(),
            },
        )
    }));
    out.sort_by(|x, y| {
        g.name_rank(x.0)
            .cmp(&g.name_rank(y.0))
            .then_with(|| x.1.rank().cmp(&y.1.rank()))
            .then_with(|| name_key(x.1.relation(g)).cmp(&name_key(y.1.relation(g))))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::tests::{doc, person};
    use crate::resolve::CoMention;

    #[test]
    fn paths_use_co_mentions_and_say_so() {
        let mut g = KnowledgeGraph::new();
        let mut a = doc(
            "a",
            vec![
                person("Carl Icahn", &[]),
                person("TWA", &[]),
                person("Texaco", &[]),
            ],
            &[(0, "own", 1)],
        );
        a.sentences.push("TWA and Texaco shares fell.".into());
        a.comentions = vec![CoMention {
            a: 1,
            b: 2,
            sentence: 1,
        }];
        g.merge_document(&a, "h");
        let (icahn, texaco) = (g.lookup("Carl Icahn").unwrap(), g.lookup("Texaco").unwrap());
        let hops = co_path(&g, icahn, texaco).unwrap();
        assert_eq!(hops.len(), 2);
        assert!(matches!(hops[0], CoHop::Fact { .. }));
        assert!(matches!(hops[1], CoHop::CoMention { .. }));
        let twa = g.lookup("TWA").unwrap();
        let nb = co_neighbours(&g, twa);
        assert_eq!(nb.len(), 1);
        assert_eq!(nb[0].node, texaco);
        // Without co-mentions there is no path.
        assert!(algo::shortest_path(&g, icahn, texaco, Follow::Both).is_none());
    }
}
