//! Query evaluation: a [`Statement`] and a [`KnowledgeGraph`] in, a
//! [`QueryResult`] out. Names resolve through [`KnowledgeGraph::lookup`]; a name
//! that does not resolve is a [`QueryError`] at the name's line and column.

use std::collections::HashSet;

use petgraph::Direction;
use petgraph::stable_graph::{EdgeIndex, NodeIndex};
use petgraph::visit::EdgeRef;

use super::result::*;
use super::{Name, Query, QueryError, QueryErrorKind, Ranking, Statement};
use crate::graph::KnowledgeGraph;
use crate::graph::algo::{self, Follow};

/// Run one statement.
///
/// Complexity: `neighbours`, `path`, `paths`, `match` with a named endpoint and
/// `entity` touch only the region they explore; `match ? R ?`, `components` and
/// `top` look at the whole graph.
pub fn evaluate(g: &KnowledgeGraph, st: &Statement) -> Result<QueryResult, QueryError> {
    let find = |name: &Name| {
        g.lookup(&name.text).map_err(|e| QueryError {
            file: None,
            line: st.line,
            column: name.column,
            kind: QueryErrorKind::Lookup(e),
        })
    };
    let links = |edges: Vec<EdgeIndex>| edges.into_iter().map(|e| Link::of(g, e)).collect();
    Ok(match &st.query {
        Query::WithCoMentions(inner) => {
            let inner = Statement {
                line: st.line,
                column: st.column,
                query: (**inner).clone(),
            };
            match &inner.query {
                Query::Components => QueryResult::Components(ComponentsResult {
                    components: algo::components_with(g, true),
                    edges: links(g.graph().edge_indices().collect()),
                }),
                Query::Top { n, .. } => {
                    let scores = g
                        .graph()
                        .node_indices()
                        .map(|m| (m, (g.degree(m) + g.comentions_of(m).count()) as f64))
                        .collect();
                    top_result(g, algo::top_scores(g, scores, *n), Ranking::Degree)
                }
                _ => match evaluate(g, &inner)? {
                    QueryResult::Neighbours(nb) => {
                        let co = super::comention::co_neighbours(g, nb.entity);
                        QueryResult::CoNeighbours(nb, co)
                    }
                    other => other,
                },
            }
        }
        Query::CoPath { from, to } => {
            let (a, b) = (find(from)?, find(to)?);
            QueryResult::CoPath(CoPathResult {
                from: a,
                to: b,
                hops: super::comention::co_path(g, a, b),
            })
        }
        Query::Neighbours {
            entity,
            depth,
            follow,
            via,
        } => {
            let start = find(entity)?;
            let (nodes, edges) = algo::neighbourhood(g, start, *depth, *follow, via.as_deref());
            QueryResult::Neighbours(NeighboursResult {
                entity: start,
                depth: *depth,
                follow: *follow,
                via: via.clone(),
                nodes,
                edges,
            })
        }
        Query::Path { from, to, directed } => {
            let (a, b) = (find(from)?, find(to)?);
            let follow = if *directed { Follow::Out } else { Follow::Both };
            let hops = algo::shortest_path(g, a, b, follow).map(|p| hops(g, &p, follow));
            QueryResult::Path(PathResult {
                from: a,
                to: b,
                directed: *directed,
                hops,
            })
        }
        Query::Paths {
            from,
            to,
            max,
            limit,
            directed,
        } => {
            let (a, b) = (find(from)?, find(to)?);
            let follow = if *directed { Follow::Out } else { Follow::Both };
            let (paths, truncated) = algo::simple_paths(g, a, b, follow, *max, *limit);
            QueryResult::Paths(PathsResult {
                from: a,
                to: b,
                max: *max,
                limit: *limit,
                directed: *directed,
                paths: paths.iter().map(|p| hops(g, p, follow)).collect(),
                truncated,
            })
        }
        Query::Match {
            subject,
            relation,
            object,
            asserted,
        } => {
            let s = subject.as_ref().map(find).transpose()?;
            let o = object.as_ref().map(find).transpose()?;
            let mut edges = match_edges(g, s, relation.as_deref(), o);
            if *asserted {
                edges.retain(|l| g.relation(l.edge).asserted());
            }
            g.sort_links(&mut edges);
            QueryResult::Match(MatchResult {
                subject: s,
                relation: relation.clone(),
                object: o,
                asserted: *asserted,
                edges,
            })
        }
        Query::Entity { name } => {
            let n = find(name)?;
            let mut edges: Vec<EdgeIndex> =
                algo::steps(g, n, Follow::Both).map(|(e, _)| e).collect();
            g.sort_edges(&mut edges);
            edges.dedup();
            QueryResult::Entity(EntityResult {
                node: n,
                edges: links(edges),
            })
        }
        Query::Documents => QueryResult::Documents(DocumentsResult {
            documents: g.stored_documents(),
        }),
        Query::Components => QueryResult::Components(ComponentsResult {
            components: algo::components(g),
            edges: links(g.graph().edge_indices().collect()),
        }),
        Query::Top { n, by } => {
            let scores = match by {
                Ranking::Degree => algo::degree_scores(g),
                Ranking::Pagerank => algo::pagerank_scores(g),
            };
            top_result(g, algo::top_scores(g, scores, *n), *by)
        }
    })
}

/// The `top` answer for ranked `entries`: with the edges among them.
fn top_result(g: &KnowledgeGraph, entries: Vec<(NodeIndex, f64)>, by: Ranking) -> QueryResult {
    let chosen: HashSet<NodeIndex> = entries.iter().map(|&(n, _)| n).collect();
    let mut edges: Vec<EdgeIndex> = chosen
        .iter()
        .flat_map(|&n| g.graph().edges_directed(n, Direction::Outgoing))
        .filter(|e| chosen.contains(&e.target()))
        .map(|e| e.id())
        .collect();
    g.sort_edges(&mut edges);
    QueryResult::Top(TopResult {
        by,
        entries,
        edges: edges.into_iter().map(|e| Link::of(g, e)).collect(),
    })
}

/// The edges of a node path, one per hop (see [`algo::best_link`]).
fn hops(g: &KnowledgeGraph, path: &[NodeIndex], follow: Follow) -> Vec<Link> {
    path.windows(2)
        .map(|w| algo::best_link(g, w[0], w[1], follow))
        .collect()
}

/// Edges `s –r→ o` (each part optional); the relation matches as a substring.
///
/// With an endpoint named, only that node's edges are read (from the compact
/// adjacency; with both named, those of the end with fewer); the pattern is
/// tested once per distinct relation name, not once per edge.
fn match_edges(
    g: &KnowledgeGraph,
    s: Option<NodeIndex>,
    relation: Option<&str>,
    o: Option<NodeIndex>,
) -> Vec<Link> {
    let index = g.relation_index();
    let wanted = relation.map(|r| index.filter(move |name| algo::relation_matches(name, r)));
    let fits = |e: EdgeIndex| wanted.as_ref().is_none_or(|w| w.accepts(e));
    let adj = g.adjacency();
    let out = |s: NodeIndex| {
        adj.outgoing(s).map(move |st| Link {
            edge: st.edge(),
            source: s,
            target: st.node(),
        })
    };
    let inc = |o: NodeIndex| {
        adj.incoming(o).map(move |st| Link {
            edge: st.edge(),
            source: st.node(),
            target: o,
        })
    };
    match (s, o) {
        (Some(s), Some(o)) if adj.out_degree(s) <= adj.in_degree(o) => {
            out(s).filter(|l| l.target == o && fits(l.edge)).collect()
        }
        (Some(s), Some(o)) => inc(o).filter(|l| l.source == s && fits(l.edge)).collect(),
        (Some(s), None) => out(s).filter(|l| fits(l.edge)).collect(),
        (None, Some(o)) => inc(o).filter(|l| fits(l.edge)).collect(),
        (None, None) => match relation {
            Some(r) => index
                .edges_where(|name| algo::relation_matches(name, r))
                .into_iter()
                .map(|e| Link::of(g, e))
                .collect(),
            None => g.graph().edge_indices().map(|e| Link::of(g, e)).collect(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::testing::{run, world};
    use crate::query::{parse, write_json};

    fn json(g: &KnowledgeGraph, q: &str) -> String {
        let mut out = Vec::new();
        write_json(&run(g, q), g, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    fn names(g: &KnowledgeGraph, nodes: impl IntoIterator<Item = NodeIndex>) -> Vec<&str> {
        nodes
            .into_iter()
            .map(|n| g.entity(n).name.as_str())
            .collect()
    }

    /// The chain of names a list of hops walks from `from`.
    fn chain<'a>(g: &'a KnowledgeGraph, from: NodeIndex, hops: &[Link]) -> Vec<&'a str> {
        let mut at = from;
        let mut out = vec![g.entity(at).name.as_str()];
        for l in hops {
            at = if l.source == at { l.target } else { l.source };
            out.push(&g.entity(at).name);
        }
        out
    }

    #[test]
    fn path_is_shortest_with_ties_broken_by_name() {
        let g = world();
        let cases: &[(&str, Option<&[&str]>)] = &[
            (
                r#"path "Kim Jong Un" to Ukraine"#,
                Some(&["Kim Jong Un", "North Korea", "Russia", "Ukraine"]),
            ),
            (
                r#"path "Mr Kim" to Ukraine directed"#,
                Some(&["Kim Jong Un", "North Korea", "Russia", "Ukraine"]),
            ),
            (r#"path Ukraine to "Kim Jong Un" directed"#, None),
            (
                r#"path Ukraine to "Kim Jong Un""#,
                Some(&["Ukraine", "Russia", "North Korea", "Kim Jong Un"]),
            ),
            (
                r#"path Beijing to Putin"#,
                Some(&["Beijing", "Kim Jong Un", "Vladimir Putin"]),
            ),
            (r#"path Putin to Putin"#, Some(&["Vladimir Putin"])),
            (r#"path Putin to Messi"#, None),
        ];
        for (q, want) in cases {
            let QueryResult::Path(p) = run(&g, q) else {
                panic!("{q}")
            };
            let got = p.hops.as_ref().map(|h| chain(&g, p.from, h));
            assert_eq!(got.as_deref(), *want, "{q}");
        }
    }

    #[test]
    fn path_json_has_the_documented_shape() {
        let g = world();
        assert_eq!(
            json(&g, "path Beijing to Putin"),
            concat!(
                r#"{"type":"path","from":"Beijing","to":"Vladimir Putin","hops":["#,
                r#"{"source":"Kim Jong Un","relation":"arrive in","target":"Beijing","evidence":[{"doc":"fixtures/a.txt","sentence":1,"text":"Kim Jong Un arrive in Beijing."}]},"#,
                r#"{"source":"Kim Jong Un","relation":"meet","target":"Vladimir Putin","evidence":[{"doc":"fixtures/a.txt","sentence":0,"text":"Kim Jong Un meet Vladimir Putin."}]}]}"#,
                "\n"
            )
        );
        assert_eq!(
            json(&g, "path Putin to Putin"),
            "{\"type\":\"path\",\"from\":\"Vladimir Putin\",\"to\":\"Vladimir Putin\",\"hops\":[]}\n"
        );
        assert_eq!(
            json(&g, "path Putin to Messi"),
            "{\"type\":\"path\",\"from\":\"Vladimir Putin\",\"to\":\"Lionel Messi\",\"hops\":null}\n"
        );
    }

    #[test]
    fn neighbours_respect_depth_direction_and_relation() {
        let g = world();
        type Case<'a> = (&'a str, &'a [(&'a str, usize)], usize);
        let cases: &[Case] = &[
            (
                r#"neighbours "Kim Jong Un""#,
                &[("Beijing", 1), ("North Korea", 1), ("Vladimir Putin", 1)],
                3,
            ),
            (
                "neighbors Russia in",
                &[("North Korea", 1), ("Vladimir Putin", 1)],
                2,
            ),
            ("neighbours Russia out", &[("Ukraine", 1)], 1),
            (
                r#"neighbours "North Korea" depth 2 out via send"#,
                &[("Russia", 1)],
                1,
            ),
            (
                r#"neighbours "North Korea" depth 2 out"#,
                &[("Russia", 1), ("Ukraine", 2)],
                2,
            ),
            (
                "neighbours Ukraine depth 2",
                &[("Russia", 1), ("North Korea", 2), ("Vladimir Putin", 2)],
                3,
            ),
            ("neighbours Ukraine out", &[], 0),
        ];
        for (q, want, edges) in cases {
            let QueryResult::Neighbours(r) = run(&g, q) else {
                panic!("{q}")
            };
            let got: Vec<(&str, usize)> = r
                .nodes
                .iter()
                .map(|&(n, d)| (g.entity(n).name.as_str(), d))
                .collect();
            assert_eq!(&got, want, "{q}");
            assert_eq!(r.edges.len(), *edges, "{q}");
        }
        assert!(run(&g, "neighbours Ukraine out").is_empty());
        assert_eq!(
            json(&g, "neighbours Russia out"),
            concat!(
                r#"{"type":"neighbours","entity":"Russia","depth":1,"direction":"out","via":null,"#,
                r#""nodes":[{"id":"Ukraine","kind":"country","distance":1}],"#,
                r#""edges":[{"source":"Russia","relation":"invade","target":"Ukraine","evidence":[{"doc":"fixtures/a.txt","sentence":3,"text":"Russia invade Ukraine."}]}]}"#,
                "\n"
            )
        );
    }

    #[test]
    fn paths_lists_simple_paths_shortest_first_within_the_limit() {
        let g = world();
        let cases: &[(&str, &[&[&str]], bool)] = &[
            (
                r#"paths Kim to Ukraine"#,
                &[
                    &["Kim Jong Un", "North Korea", "Russia", "Ukraine"],
                    &["Kim Jong Un", "Vladimir Putin", "Russia", "Ukraine"],
                ],
                false,
            ),
            (
                r#"paths "Kim Jong Un" to Ukraine limit 1"#,
                &[&["Kim Jong Un", "North Korea", "Russia", "Ukraine"]],
                true,
            ),
            (r#"paths "Kim Jong Un" to Ukraine max 2"#, &[], false),
            (
                r#"paths Putin to "North Korea""#,
                &[
                    &["Vladimir Putin", "Kim Jong Un", "North Korea"],
                    &["Vladimir Putin", "Russia", "North Korea"],
                ],
                false,
            ),
            (r#"paths Putin to "North Korea" directed"#, &[], false),
        ];
        for (q, want, truncated) in cases {
            let QueryResult::Paths(r) = run(&g, q) else {
                panic!("{q}")
            };
            let got: Vec<Vec<&str>> = r.paths.iter().map(|h| chain(&g, r.from, h)).collect();
            let want: Vec<Vec<&str>> = want.iter().map(|p| p.to_vec()).collect();
            assert_eq!(got, want, "{q}");
            assert_eq!(r.truncated, *truncated, "{q}");
        }
    }

    #[test]
    fn match_filters_subject_relation_and_object() {
        let g = world();
        let cases: &[(&str, &[&str])] = &[
            (
                r#"match ? "send" "Russia""#,
                &["North Korea send troops to Russia"],
            ),
            (
                "match ? lead ?",
                &[
                    "Kim Jong Un leader of North Korea",
                    "Vladimir Putin lead Russia",
                    "Xi Jinping leader of China",
                ],
            ),
            ("match Russia ? ?", &["Russia invade Ukraine"]),
            ("match Kim meet Putin", &["Kim Jong Un meet Vladimir Putin"]),
            ("match Putin meet Kim", &[]),
            ("match ? MEET ?", &["Kim Jong Un meet Vladimir Putin"]),
        ];
        for (q, want) in cases {
            let QueryResult::Match(r) = run(&g, q) else {
                panic!("{q}")
            };
            let got: Vec<String> = r
                .edges
                .iter()
                .map(|l| {
                    let name = |n| g.entity(n).name.as_str();
                    format!(
                        "{} {} {}",
                        name(l.source),
                        g.relation(l.edge).relation,
                        name(l.target)
                    )
                })
                .collect();
            assert_eq!(got, *want, "{q}");
        }
    }

    #[test]
    fn entity_components_and_top() {
        let g = world();
        assert_eq!(
            json(&g, r#"entity "mr kim""#),
            concat!(
                r#"{"type":"entity","id":"Kim Jong Un","kind":"person","#,
                r#""aliases":[{"name":"Kim","rule":"surname"},{"name":"Mr Kim","rule":"title-surname"}],"#,
                r#""mentions":4,"degree":3,"documents":["fixtures/a.txt","fixtures/b.txt"]}"#,
                "\n"
            )
        );
        let QueryResult::Components(c) = run(&g, "components") else {
            panic!()
        };
        let got: Vec<Vec<&str>> = c
            .components
            .iter()
            .map(|m| names(&g, m.iter().copied()))
            .collect();
        assert_eq!(
            got,
            [
                vec![
                    "Beijing",
                    "Kim Jong Un",
                    "North Korea",
                    "Russia",
                    "Ukraine",
                    "Vladimir Putin"
                ],
                vec!["China", "Xi Jinping"],
                vec!["Inter Miami", "Lionel Messi"],
            ]
        );
        let QueryResult::Top(t) = run(&g, "top 3 by degree") else {
            panic!()
        };
        let got: Vec<(&str, f64)> = t
            .entries
            .iter()
            .map(|&(n, s)| (g.entity(n).name.as_str(), s))
            .collect();
        assert_eq!(
            got,
            [("Kim Jong Un", 3.0), ("Russia", 3.0), ("North Korea", 2.0)]
        );
        let QueryResult::Top(t) = run(&g, "top 2 by pagerank") else {
            panic!()
        };
        let got = names(&g, t.entries.iter().map(|&(n, _)| n));
        assert_eq!(got, ["Ukraine", "Russia"]);
        assert_eq!(t.edges.len(), 1);
    }

    #[test]
    fn unknown_and_ambiguous_names_are_located_errors() {
        let g = world();
        let cases = [
            (
                "\n\npath \"Kim Jon Un\" to Ukraine",
                r#"q.kgq:3:6: unknown entity "Kim Jon Un"; did you mean "Kim Jong Un"?"#,
            ),
            (
                "match ? meet Zelensky",
                r#"q.kgq:1:14: unknown entity "Zelensky""#,
            ),
        ];
        for (q, want) in cases {
            let st = parse(q).unwrap().remove(0);
            let err = evaluate(&g, &st).unwrap_err().with_file("q.kgq");
            assert_eq!(err.to_string(), want);
        }
    }
}
