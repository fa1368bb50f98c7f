//! Applying cross-document resolution to a merged graph: the graph of every
//! document in, the same graph with one node per entity of the archive out
//! ([`KnowledgeGraph::resolve_archive`]).
//!
//! The merges are planned by [`crate::resolve::archive::plan`] (a function of
//! the nodes, so of the document set) and applied here with the rule each
//! names; then every node takes one kind, by the votes of the document
//! entities merged into it, never by the last document read.

use std::collections::{BTreeMap, HashMap};

use petgraph::stable_graph::NodeIndex;

use super::{KnowledgeGraph, kind_slot, name_key};
use crate::resolve::AliasRule;
use crate::resolve::archive::{ArchiveNode, kind_by_name, plan};
use crate::vocab::EntityKind;
use crate::vocab::legal::is_legal_form;

/// Kinds in the order a tie of votes is broken (an organisation before a
/// person: a company's name may look like a person's, not the reverse).
const TIE_ORDER: [EntityKind; 7] = [
    EntityKind::Organization,
    EntityKind::Country,
    EntityKind::City,
    EntityKind::Place,
    EntityKind::Group,
    EntityKind::Event,
    EntityKind::Person,
];

impl KnowledgeGraph {
    /// Merge the nodes of one entity across documents, then give every node
    /// the kind most of its document entities had. Returns the merges made, by
    /// rule.
    pub fn resolve_archive(&mut self) -> BTreeMap<AliasRule, usize> {
        // The plan reads kinds by evidence too, not those of the first document.
        self.vote_kinds();
        let order = self.nodes_sorted();
        let merges = {
            let nodes: Vec<ArchiveNode<'_>> = order
                .iter()
                .map(|&n| {
                    let e = &self.graph[n];
                    ArchiveNode {
                        name: &e.name,
                        kind: e.kind,
                        documents: &e.documents,
                        mentions: e.mentions,
                    }
                })
                .collect();
            plan(&nodes)
        };
        let mut by_rule = BTreeMap::new();
        if merges.is_empty() {
            self.vote_kinds();
            return by_rule;
        }
        // Folding moves a node's edges one by one, and petgraph unlinks each
        // from its other end's list by walking it: tens of thousands of folds
        // next to hubs took a minute on a million-edge archive. So the edges
        // are taken out first, the nodes folded without them, and every edge
        // put back once between the final nodes of its ends (the same graph:
        // evidence is a set and confidence a maximum, so order does not count).
        let edges = self.take_edges();
        let mut into: HashMap<NodeIndex, NodeIndex> = HashMap::with_capacity(merges.len());
        for m in merges {
            let (n, t) = (order[m.from], order[m.into]);
            self.fold_by(n, t, m.rule);
            into.insert(n, t);
            *by_rule.entry(m.rule).or_insert(0) += 1;
        }
        let last = |mut x: NodeIndex| {
            while let Some(&t) = into.get(&x) {
                x = t;
            }
            x
        };
        for (s, t, r) in edges {
            self.put_edge(last(s), last(t), r);
        }
        self.vote_kinds();
        by_rule
    }

    /// Give every node its [`Self::voted_kind`].
    fn vote_kinds(&mut self) {
        let nodes: Vec<NodeIndex> = self.graph.node_indices().collect();
        for n in nodes {
            let kind = self.voted_kind(n);
            self.graph[n].kind = kind;
        }
    }

    /// The kind of node `n` by evidence ([`Self::kind_by_votes`]), except that
    /// a name ending in a legal form is an organisation and one ending in an
    /// organisation word (`Chase Manhattan Bank`) no person, whatever the
    /// documents said ([`kind_by_name`]).
    fn voted_kind(&self, n: NodeIndex) -> EntityKind {
        kind_by_name(&self.graph[n].name, self.kind_by_votes(n))
    }

    /// The kind of node `n` by evidence: an organisation when a name of it
    /// ends in a legal form; else the kind most document entities gave it
    /// (`Other` only when nothing else was said), ties by [`TIE_ORDER`].
    fn kind_by_votes(&self, n: NodeIndex) -> EntityKind {
        let e = &self.graph[n];
        let legal = std::iter::once(&e.name).chain(e.aliases.keys()).any(|a| {
            a.split_whitespace().count() > 1
                && a.split_whitespace().next_back().is_some_and(is_legal_form)
        });
        let Some(votes) = self.kind_votes.get(&n) else {
            return e.kind;
        };
        if legal && (votes[kind_slot(EntityKind::Organization)] > 0 || e.kind != EntityKind::Person)
        {
            return EntityKind::Organization;
        }
        let best = TIE_ORDER
            .iter()
            .copied()
            .max_by_key(|&k| {
                let rank = TIE_ORDER.len() - TIE_ORDER.iter().position(|&t| t == k).unwrap_or(0);
                (votes[kind_slot(k)], rank)
            })
            .expect("kinds to choose from");
        if votes[kind_slot(best)] == 0 {
            e.kind
        } else {
            best
        }
    }

    /// The document that is the evidence of alias `alias` of node `n`, when
    /// cross-document resolution merged it.
    pub fn alias_document(&self, n: NodeIndex, alias: &str) -> Option<&str> {
        let e = &self.graph[n];
        let d = e.alias_documents.get(alias).or_else(|| {
            e.alias_documents
                .iter()
                .find(|(a, _)| name_key(a) == name_key(alias))
                .map(|(_, d)| d)
        })?;
        self.documents.get(*d as usize).map(|r| r.name.as_str())
    }

    /// [`Self::alias_document`] for many aliases of node `n`: the same
    /// answers, with the spellings keyed once (an entity of thousands of
    /// aliases is listed in linear time, not quadratic).
    pub fn alias_documents_of(&self, n: NodeIndex) -> AliasDocuments<'_> {
        let e = &self.graph[n];
        let mut by_key = HashMap::new();
        for (a, &d) in &e.alias_documents {
            by_key.entry(name_key(a)).or_insert(d);
        }
        AliasDocuments {
            graph: self,
            exact: &e.alias_documents,
            by_key,
        }
    }
}

/// The documents of one node's merged aliases ([`KnowledgeGraph::alias_documents_of`]).
pub struct AliasDocuments<'g> {
    graph: &'g KnowledgeGraph,
    exact: &'g BTreeMap<String, u32>,
    /// The first document (in spelling order) of each name key.
    by_key: HashMap<String, u32>,
}

impl<'g> AliasDocuments<'g> {
    /// The document that is the evidence of `alias`, as [`KnowledgeGraph::alias_document`].
    pub fn get(&self, alias: &str) -> Option<&'g str> {
        let d = self
            .exact
            .get(alias)
            .or_else(|| self.by_key.get(&name_key(alias)))?;
        self.graph
            .documents
            .get(*d as usize)
            .map(|r| r.name.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::tests::{doc, entity, names, person};

    fn org(name: &str) -> crate::resolve::ResolvedEntity {
        entity(name, EntityKind::Organization, &[])
    }

    #[test]
    fn archive_merges_name_their_rule_and_document() {
        let mut g = KnowledgeGraph::new();
        let docs = [
            doc(
                "a",
                vec![person("Reagan", &[]), org("Texaco")],
                &[(0, "visit", 1)],
            ),
            doc(
                "b",
                vec![person("Ronald Reagan", &[]), org("Texaco Inc")],
                &[],
            ),
            doc("c", vec![person("Texaco", &[]), org("TWA")], &[]),
            doc("d", vec![org("Trans World Airlines Inc")], &[]),
        ];
        for (i, d) in docs.iter().enumerate() {
            g.merge_document(d, &format!("h{i}"));
        }
        let by_rule = g.resolve_archive();
        assert_eq!(
            names(&g),
            ["Ronald Reagan", "Texaco", "Trans World Airlines Inc"]
        );
        assert_eq!(by_rule[&AliasRule::ArchiveSurname], 1);
        assert_eq!(by_rule[&AliasRule::LegalForm], 1);
        assert_eq!(by_rule[&AliasRule::ArchiveAcronym], 1);
        let reagan = g.lookup("Reagan").unwrap();
        assert_eq!(
            g.entity(reagan).aliases["Reagan"],
            AliasRule::ArchiveSurname
        );
        assert_eq!(g.alias_document(reagan, "Reagan"), Some("a"));
        let found = g.alias_documents_of(reagan);
        for alias in g.entity(reagan).aliases.keys() {
            assert_eq!(found.get(alias), g.alias_document(reagan, alias), "{alias}");
        }
        assert_eq!(found.get("REAGAN"), g.alias_document(reagan, "REAGAN"));
        assert_eq!(found.get("REAGAN"), Some("a"));
        // Two documents say organisation, one person: an organisation.
        let texaco = g.lookup("Texaco").unwrap();
        assert_eq!(g.entity(texaco).kind, EntityKind::Organization);
        assert_eq!(g.graph().edge_count(), 1);
    }

    #[test]
    fn company_names_are_never_people() {
        let mut g = KnowledgeGraph::new();
        let d = doc(
            "a",
            vec![
                person("Clorox Co", &[]),
                person("Chase Manhattan Bank", &[]),
                person("Ronald Reagan", &[]),
            ],
            &[],
        );
        g.merge_document(&d, "h");
        g.resolve_archive();
        let kind = |name: &str| g.entity(g.lookup(name).unwrap()).kind;
        assert_eq!(kind("Clorox Co"), EntityKind::Organization);
        assert_eq!(kind("Chase Manhattan Bank"), EntityKind::Organization);
        assert_eq!(kind("Ronald Reagan"), EntityKind::Person);
    }
}
