//! Which part of the graph an export writes: a graph, an optional focus entity
//! with a depth, and a [`Filter`] (`--relation`, `--kind`, `--min-weight`,
//! `--drop-isolated`) in, the [`Subgraph`] every writer takes out. One function
//! for every format, so `--kind person` means the same in DOT and in CSV.
//!
//! * An edge is kept when its weight is at least `min_weight`, its relation
//!   contains one of `relations` (case-insensitive substring, as `via` in the
//!   query language; none given: any), some sentence asserts it when
//!   `asserted` is set (an edge read only from modal sentences, `would buy`,
//!   is left out, as by `match … asserted`) and both its ends are kept.
//! * A node is kept when its kind is one of `kinds` (none given: any); the focus
//!   entity is always kept.
//! * With a focus, the selection is what the kept edges reach from it within
//!   `depth` hops, followed in either direction, and every kept edge between
//!   two reached nodes (the filters shape the walk, not only its result).
//! * `drop_isolated` then removes the nodes no kept edge touches.

use std::collections::{BTreeSet, VecDeque};

use petgraph::stable_graph::{EdgeIndex, NodeIndex};
use petgraph::visit::{EdgeRef, IntoEdgeReferences};

use crate::graph::algo::relation_matches;
use crate::graph::{KnowledgeGraph, Subgraph};
use crate::vocab::EntityKind;

/// Restrictions on what an export writes (all empty or zero: everything).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Keep edges whose relation contains one of these (case-insensitive).
    pub relations: Vec<String>,
    /// Keep entities of these kinds.
    pub kinds: Vec<EntityKind>,
    /// Keep edges with at least this many supporting sentences.
    pub min_weight: usize,
    /// Leave out entities that no kept edge touches.
    pub drop_isolated: bool,
    /// Keep only edges with some asserted (not modal) evidence.
    pub asserted: bool,
}

/// The part of `graph` that `focus` (entity and depth) and `filter` select.
///
/// Complexity: O(V + E) without a focus; with one, O(V + E) of the region
/// walked.
pub fn select(
    graph: &KnowledgeGraph,
    focus: Option<(NodeIndex, usize)>,
    filter: &Filter,
) -> Subgraph {
    let g = graph.graph();
    let needles: Vec<String> = filter.relations.iter().map(|r| r.to_lowercase()).collect();
    let center = focus.map(|(n, _)| n);
    let node_ok = |n: NodeIndex| {
        Some(n) == center || filter.kinds.is_empty() || filter.kinds.contains(&graph.entity(n).kind)
    };
    let edge_ok = |e: EdgeIndex, s: NodeIndex, t: NodeIndex| {
        let rel = graph.relation(e);
        rel.weight() >= filter.min_weight
            && (!filter.asserted || rel.asserted())
            && (needles.is_empty() || needles.iter().any(|n| relation_matches(&rel.relation, n)))
            && node_ok(s)
            && node_ok(t)
    };
    let mut sel = Subgraph::default();
    match focus {
        None => {
            sel.nodes = g.node_indices().filter(|n| node_ok(*n)).collect();
            sel.edges = g
                .edge_references()
                .filter(|e| edge_ok(e.id(), e.source(), e.target()))
                .map(|e| e.id())
                .collect();
        }
        Some((start, depth)) => {
            sel.nodes = BTreeSet::from([start]);
            let mut queue = VecDeque::from([(start, 0)]);
            while let Some((n, d)) = queue.pop_front() {
                let out = g.edges_directed(n, petgraph::Direction::Outgoing);
                let inc = g.edges_directed(n, petgraph::Direction::Incoming);
                for e in out.chain(inc) {
                    if !edge_ok(e.id(), e.source(), e.target()) {
                        continue;
                    }
                    if d < depth {
                        let m = if e.source() == n {
                            e.target()
                        } else {
                            e.source()
                        };
                        if sel.nodes.insert(m) {
                            queue.push_back((m, d + 1));
                        }
                    }
                }
            }
            sel.edges = sel
                .nodes
                .iter()
                .flat_map(|&n| g.edges_directed(n, petgraph::Direction::Outgoing))
                .filter(|e| {
                    sel.nodes.contains(&e.target()) && edge_ok(e.id(), e.source(), e.target())
                })
                .map(|e| e.id())
                .collect();
        }
    }
    if filter.drop_isolated {
        let touched: BTreeSet<NodeIndex> = sel
            .edges
            .iter()
            .flat_map(|&e| {
                let (s, t) = g.edge_endpoints(e).expect("edge exists");
                [s, t]
            })
            .collect();
        sel.nodes.retain(|n| touched.contains(n));
    }
    sel
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::testgraph;

    const ORG: &str = "a:b \"quoted\" \\ <x> & y";

    #[test]
    fn filters_select_the_same_part_for_every_format() {
        let g = testgraph::nasty();
        let node = |name: &str| g.node_by_name(name).unwrap();
        let f = |relations: &[&str],
                 kinds: &[EntityKind],
                 min_weight: usize,
                 drop_isolated: bool| Filter {
            relations: relations.iter().map(|r| r.to_string()).collect(),
            kinds: kinds.to_vec(),
            min_weight,
            drop_isolated,
            asserted: false,
        };
        use EntityKind::{City, Organization, Person};
        let all = ["Aleksandar Vučić", "Zürich", ORG];
        // (focus and depth, filter, selected entities, selected relations)
        type Case<'a> = (
            Option<(&'a str, usize)>,
            Filter,
            &'a [&'a str],
            &'a [&'a str],
        );
        let cases: [Case; 12] = [
            (
                None,
                f(&[], &[], 0, false),
                &all,
                &["arrive in", "meet", "say \"hi\" to"],
            ),
            (None, f(&["meet"], &[], 0, false), &all, &["meet"]),
            (
                None,
                f(&["meet"], &[], 0, true),
                &["Aleksandar Vučić", ORG],
                &["meet"],
            ),
            (
                None,
                f(&["SAY", "arrive"], &[], 0, false),
                &all,
                &["arrive in", "say \"hi\" to"],
            ),
            (
                None,
                f(&[], &[Person, City], 0, false),
                &["Aleksandar Vučić", "Zürich"],
                &["arrive in"],
            ),
            (None, f(&[], &[Organization], 0, false), &[ORG], &[]),
            (None, f(&[], &[Organization], 0, true), &[], &[]),
            (
                None,
                f(&[], &[], 2, true),
                &["Aleksandar Vučić", ORG],
                &["meet"],
            ),
            (
                Some(("Zürich", 1)),
                f(&[], &[], 0, false),
                &["Aleksandar Vučić", "Zürich"],
                &["arrive in"],
            ),
            (
                Some(("Zürich", 2)),
                f(&[], &[], 0, false),
                &all,
                &["arrive in", "meet", "say \"hi\" to"],
            ),
            (
                Some(("Zürich", 2)),
                f(&["arrive"], &[], 0, false),
                &["Aleksandar Vučić", "Zürich"],
                &["arrive in"],
            ),
            // The focus entity stays whatever its kind; the walk stops at excluded kinds.
            (
                Some(("Zürich", 2)),
                f(&[], &[Organization], 0, false),
                &["Zürich"],
                &[],
            ),
        ];
        for (focus, filter, nodes, edges) in cases {
            let sel = select(&g, focus.map(|(n, d)| (node(n), d)), &filter);
            let mut got_nodes: Vec<&str> = sel
                .nodes
                .iter()
                .map(|n| g.entity(*n).name.as_str())
                .collect();
            got_nodes.sort();
            let mut got_edges: Vec<&str> = sel
                .edges
                .iter()
                .map(|e| g.relation(*e).relation.as_str())
                .collect();
            got_edges.sort();
            assert_eq!(
                (got_nodes.as_slice(), got_edges.as_slice()),
                (nodes, edges),
                "{focus:?} {filter:?}"
            );
        }
    }

    #[test]
    fn without_filters_it_is_the_graphs_own_selection() {
        let g = testgraph::nasty();
        assert_eq!(select(&g, None, &Filter::default()), g.full());
        for depth in 0..3 {
            let center = g.node_by_name("Zürich").unwrap();
            assert_eq!(
                select(&g, Some((center, depth)), &Filter::default()),
                g.focus(center, depth)
            );
        }
    }
}
