//! Graph stage: resolved document facts in, a persistent knowledge graph out.
//!
//! [`KnowledgeGraph`] wraps a petgraph `StableDiGraph` whose nodes are typed
//! [`Entity`]s (canonical name, kind, aliases with the rule that merged them,
//! mention count) and whose edges are [`Relation`]s (normalised relation,
//! confidence, evidence). Parallel facts (same subject, relation, object) are one
//! edge whose evidence accumulates. Evidence points at a sentence of a recorded
//! document; sentence texts are stored once, however many edges cite them.
//!
//! Documents merge in with [`KnowledgeGraph::merge_document`]: an entity joins the
//! node with the same canonical name (case-insensitive), or, failing that, the one
//! node of a compatible kind that already has its name as an alias; a bare surname
//! joins only when that is unambiguous and its document names no other person with
//! that surname (two Kims of different articles stay apart). [`store`] reads and
//! writes the graph file, [`lookup`] resolves user-typed names, and [`algo`] holds
//! the traversals the query language runs (shortest path, simple paths,
//! neighbourhoods, components, rankings).

pub mod algo;
pub mod lookup;
pub mod store;
pub mod synth;

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet, VecDeque};
use std::sync::OnceLock;

use petgraph::Direction;
use petgraph::stable_graph::{EdgeIndex, NodeIndex, StableDiGraph};
use petgraph::visit::{EdgeRef, NodeIndexable};
use serde::{Deserialize, Serialize};

use crate::nlp::EntityKind;
use crate::resolve::{AliasRule, DocumentFacts, ResolvedEntity};

pub use lookup::LookupError;
pub use store::StoreError;

/// A node: one real-world entity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Canonical name (node id in exports).
    pub name: String,
    pub kind: EntityKind,
    /// Alias → the rule that merged it (canonical name excluded).
    pub aliases: BTreeMap<String, AliasRule>,
    /// Mentions over all documents.
    pub mentions: u64,
    /// Documents (indices into [`KnowledgeGraph::documents`]) that mention it, sorted.
    #[serde(default)]
    pub documents: Vec<u32>,
}

/// Where a fact was read: document index (into [`KnowledgeGraph::documents`]) and
/// sentence index within that document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Evidence {
    pub doc: u32,
    pub sentence: u32,
}

/// An edge: a normalised relation with its evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Relation {
    pub relation: String,
    /// Highest confidence over the evidence.
    pub confidence: f32,
    /// Sorted, without duplicates.
    pub evidence: Vec<Evidence>,
}

impl Relation {
    /// Number of supporting sentences.
    pub fn weight(&self) -> usize {
        self.evidence.len()
    }
}

/// A document that has been ingested.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentRecord {
    pub name: String,
    /// Content hash (hex); re-ingesting the same content is a no-op.
    pub hash: String,
    pub sentences: u32,
}

/// What merging one document changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MergeSummary {
    /// False when the document's content was already in the graph.
    pub added: bool,
    pub new_entities: usize,
    pub new_edges: usize,
    pub facts: usize,
}

/// A selection of nodes and edges (a query result or an export focus), in index order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Subgraph {
    pub nodes: BTreeSet<NodeIndex>,
    pub edges: BTreeSet<EdgeIndex>,
}

/// The knowledge graph.
#[derive(Debug, Clone, Default)]
pub struct KnowledgeGraph {
    graph: StableDiGraph<Entity, Relation>,
    /// Name key ([`name_key`]) of the canonical name → node.
    by_name: HashMap<String, NodeIndex>,
    /// Name key of an alias → the nodes having it (sorted, without duplicates).
    by_alias: HashMap<String, Vec<NodeIndex>>,
    documents: Vec<DocumentRecord>,
    /// Content hashes of `documents`.
    hashes: HashSet<String>,
    /// Evidence sentence texts, stored once per (doc, sentence).
    texts: HashMap<Evidence, String>,
    /// Node index → rank of its canonical name in name order; built on first use,
    /// reset whenever nodes are added.
    name_rank: OnceLock<Vec<u32>>,
}

/// The key names are compared by: lower case, runs of white space as one space.
pub fn name_key(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    for word in name.split_whitespace() {
        if !key.is_empty() {
            key.push(' ');
        }
        key.extend(word.chars().flat_map(char::to_lowercase));
    }
    key
}

/// Whether entities of these kinds may be one entity (`Other` fits anything).
fn kinds_compatible(a: EntityKind, b: EntityKind) -> bool {
    a == b || a == EntityKind::Other || b == EntityKind::Other
}

impl KnowledgeGraph {
    pub fn new() -> Self {
        Self::default()
    }

    /// The underlying petgraph graph (read-only).
    pub fn graph(&self) -> &StableDiGraph<Entity, Relation> {
        &self.graph
    }

    pub fn documents(&self) -> &[DocumentRecord] {
        &self.documents
    }

    pub fn entity(&self, n: NodeIndex) -> &Entity {
        &self.graph[n]
    }

    pub fn relation(&self, e: EdgeIndex) -> &Relation {
        &self.graph[e]
    }

    /// Number of distinct evidence sentences stored.
    pub fn sentence_count(&self) -> usize {
        self.texts.len()
    }

    /// Node by exact canonical name (case-insensitive).
    pub fn node_by_name(&self, name: &str) -> Option<NodeIndex> {
        self.by_name.get(&name_key(name)).copied()
    }

    /// Nodes having `name` as an alias (case-insensitive), sorted by index.
    pub fn nodes_by_alias(&self, name: &str) -> &[NodeIndex] {
        self.by_alias
            .get(&name_key(name))
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// The sentence text of a piece of evidence.
    pub fn evidence_text(&self, ev: &Evidence) -> &str {
        self.texts.get(ev).map(String::as_str).unwrap_or("")
    }

    /// The document name of a piece of evidence.
    pub fn evidence_doc(&self, ev: &Evidence) -> &str {
        &self.documents[ev.doc as usize].name
    }

    /// Rank of every node's canonical name in name order, indexed by node index
    /// (slots of removed nodes hold `u32::MAX`). Computed once, O(V log V).
    pub fn name_ranks(&self) -> &[u32] {
        self.name_rank.get_or_init(|| {
            let mut order: Vec<NodeIndex> = self.graph.node_indices().collect();
            order.sort_by(|a, b| self.graph[*a].name.cmp(&self.graph[*b].name).then(a.cmp(b)));
            let mut rank = vec![u32::MAX; self.graph.node_bound()];
            for (r, n) in order.into_iter().enumerate() {
                rank[n.index()] = r as u32;
            }
            rank
        })
    }

    /// Rank of a node's canonical name in name order (see [`Self::name_ranks`]).
    pub fn name_rank(&self, n: NodeIndex) -> u32 {
        self.name_ranks()[n.index()]
    }

    /// Nodes sorted by canonical name (deterministic iteration).
    pub fn nodes_sorted(&self) -> Vec<NodeIndex> {
        let rank = self.name_ranks();
        let mut v: Vec<NodeIndex> = self.graph.node_indices().collect();
        v.sort_by_key(|n| rank[n.index()]);
        v
    }

    /// Edges sorted by (source name, relation, target name).
    pub fn edges_sorted(&self) -> Vec<EdgeIndex> {
        let mut v: Vec<EdgeIndex> = self.graph.edge_indices().collect();
        self.sort_edges(&mut v);
        v
    }

    /// Sort edges by (source name, relation, target name).
    pub fn sort_edges(&self, edges: &mut [EdgeIndex]) {
        let rank = self.name_ranks();
        edges.sort_by_cached_key(|e| {
            let (s, t) = self.graph.edge_endpoints(*e).expect("edge exists");
            (
                rank[s.index()],
                self.graph[*e].relation.clone(),
                rank[t.index()],
            )
        });
    }

    /// Number of edges at a node, both directions (a self-loop counts twice).
    pub fn degree(&self, n: NodeIndex) -> usize {
        self.graph.edges_directed(n, Direction::Outgoing).count()
            + self.graph.edges_directed(n, Direction::Incoming).count()
    }

    /// Whether a document with this content hash was already ingested.
    pub fn has_document(&self, hash: &str) -> bool {
        self.hashes.contains(hash)
    }

    /// Merge one document's facts (no-op when its content hash is already present).
    ///
    /// Each entity of the document joins, in this order of preference:
    /// 1. the node whose canonical name has the same [`name_key`];
    /// 2. the single node of a compatible kind that has the entity's name as an
    ///    alias; its names are recorded as [`AliasRule::CrossDocument`] aliases. A
    ///    surname-like name (one word, or matched through a surname alias) is held
    ///    back when the document also names another person with that word in a
    ///    longer name: that Kim may be someone else;
    /// 3. otherwise a new node.
    pub fn merge_document(&mut self, facts: &DocumentFacts, hash: &str) -> MergeSummary {
        if self.has_document(hash) {
            return MergeSummary::default();
        }
        let doc = self.documents.len() as u32;
        self.documents.push(DocumentRecord {
            name: facts.doc.clone(),
            hash: hash.to_string(),
            sentences: facts.sentences.len() as u32,
        });
        self.hashes.insert(hash.to_string());
        let mut summary = MergeSummary {
            added: true,
            facts: facts.facts.len(),
            ..Default::default()
        };
        let targets: Vec<Option<(NodeIndex, bool)>> = facts
            .entities
            .iter()
            .map(|ent| self.merge_target(facts, ent))
            .collect();
        let mut nodes = Vec::with_capacity(facts.entities.len());
        for (ent, target) in facts.entities.iter().zip(targets) {
            let n = match target {
                Some((n, by_alias)) => {
                    self.absorb(n, ent, doc, by_alias);
                    n
                }
                None => match self.by_name.get(&name_key(&ent.name)) {
                    // An earlier entity of this same document created it.
                    Some(&n) => {
                        self.absorb(n, ent, doc, false);
                        n
                    }
                    None => {
                        summary.new_entities += 1;
                        self.add_entity(ent, doc)
                    }
                },
            };
            nodes.push(n);
        }
        for f in &facts.facts {
            let (s, t) = (nodes[f.subject], nodes[f.object]);
            let ev = Evidence {
                doc,
                sentence: f.sentence as u32,
            };
            self.texts
                .entry(ev)
                .or_insert_with(|| facts.sentences.get(f.sentence).cloned().unwrap_or_default());
            let existing = self
                .graph
                .edges_connecting(s, t)
                .find(|e| e.weight().relation == f.relation)
                .map(|e| e.id());
            match existing {
                Some(e) => {
                    let r = &mut self.graph[e];
                    r.confidence = r.confidence.max(f.confidence);
                    if let Err(pos) = r.evidence.binary_search(&ev) {
                        r.evidence.insert(pos, ev);
                    }
                }
                None => {
                    summary.new_edges += 1;
                    self.graph.add_edge(
                        s,
                        t,
                        Relation {
                            relation: f.relation.clone(),
                            confidence: f.confidence,
                            evidence: vec![ev],
                        },
                    );
                }
            }
        }
        summary
    }

    /// The existing node a document entity belongs to, and whether it was found
    /// through an alias (rather than the canonical name).
    fn merge_target(
        &self,
        facts: &DocumentFacts,
        ent: &ResolvedEntity,
    ) -> Option<(NodeIndex, bool)> {
        let key = name_key(&ent.name);
        if let Some(&n) = self.by_name.get(&key) {
            return Some((n, false));
        }
        let mut candidates = self
            .by_alias
            .get(&key)?
            .iter()
            .copied()
            .filter(|&n| kinds_compatible(self.graph[n].kind, ent.kind));
        let n = candidates.next()?;
        if candidates.next().is_some() {
            return None;
        }
        let node = &self.graph[n];
        let person = ent.kind == EntityKind::Person || node.kind == EntityKind::Person;
        let via_surname = node.aliases.iter().any(|(a, rule)| {
            matches!(rule, AliasRule::Surname | AliasRule::TitleSurname) && name_key(a) == key
        });
        let one_word = !key.contains(' ');
        if person && (one_word || via_surname) && self.names_other_person(facts, ent, n) {
            return None;
        }
        Some((n, true))
    }

    /// Whether the document names a person, other than `ent` and node `n`, whose
    /// longer name contains the last word of `ent`'s name.
    fn names_other_person(
        &self,
        facts: &DocumentFacts,
        ent: &ResolvedEntity,
        n: NodeIndex,
    ) -> bool {
        let key = name_key(&ent.name);
        let Some(surname) = key.rsplit(' ').next() else {
            return false;
        };
        let node = &self.graph[n];
        let node_key = name_key(&node.name);
        facts.entities.iter().any(|other| {
            if std::ptr::eq(other, ent) || !kinds_compatible(other.kind, EntityKind::Person) {
                return false;
            }
            let other_key = name_key(&other.name);
            other_key.contains(' ')
                && other_key.split(' ').any(|w| w == surname)
                && other_key != node_key
                && !node.aliases.keys().any(|a| name_key(a) == other_key)
        })
    }

    fn add_entity(&mut self, ent: &ResolvedEntity, doc: u32) -> NodeIndex {
        let n = self.graph.add_node(Entity {
            name: ent.name.clone(),
            kind: ent.kind,
            aliases: BTreeMap::new(),
            mentions: 0,
            documents: Vec::new(),
        });
        self.by_name.insert(name_key(&ent.name), n);
        self.name_rank = OnceLock::new();
        self.absorb(n, ent, doc, false);
        n
    }

    /// Add a document entity's mentions, kind, document and aliases to node `n`.
    fn absorb(&mut self, n: NodeIndex, ent: &ResolvedEntity, doc: u32, by_alias: bool) {
        let node = &mut self.graph[n];
        node.mentions += ent.mentions as u64;
        if node.kind == EntityKind::Other {
            node.kind = ent.kind;
        }
        if node.documents.last() != Some(&doc) {
            node.documents.push(doc);
        }
        let node_key = name_key(&node.name);
        let mut known: HashSet<String> = node.aliases.keys().map(|a| name_key(a)).collect();
        let mut added = Vec::new();
        let names = std::iter::once((ent.name.as_str(), AliasRule::CrossDocument))
            .chain(ent.aliases.iter().map(|a| (a.name.as_str(), a.rule)));
        for (name, rule) in names {
            let key = name_key(name);
            if key.is_empty() || key == node_key || !known.insert(key.clone()) {
                continue;
            }
            let rule = if by_alias {
                AliasRule::CrossDocument
            } else {
                rule
            };
            node.aliases.insert(name.to_string(), rule);
            added.push(key);
        }
        for key in added {
            index_alias(&mut self.by_alias, key, n);
        }
    }

    /// The whole graph as a [`Subgraph`].
    pub fn full(&self) -> Subgraph {
        Subgraph {
            nodes: self.graph.node_indices().collect(),
            edges: self.graph.edge_indices().collect(),
        }
    }

    /// Every node within `depth` hops of `center` (edges followed in either
    /// direction) and every edge between two selected nodes.
    ///
    /// Complexity: O(V + E) of the selected region.
    pub fn focus(&self, center: NodeIndex, depth: usize) -> Subgraph {
        let mut nodes = BTreeSet::from([center]);
        let mut queue = VecDeque::from([(center, 0)]);
        while let Some((n, d)) = queue.pop_front() {
            if d == depth {
                continue;
            }
            for m in self.graph.neighbors_undirected(n) {
                if nodes.insert(m) {
                    queue.push_back((m, d + 1));
                }
            }
        }
        let edges = nodes
            .iter()
            .flat_map(|&n| self.graph.edges_directed(n, Direction::Outgoing))
            .filter(|e| nodes.contains(&e.target()))
            .map(|e| e.id())
            .collect();
        Subgraph { nodes, edges }
    }

    /// Rebuild the name, alias and hash indexes from the nodes and documents.
    fn rebuild_indexes(&mut self) {
        self.by_name.clear();
        self.by_alias.clear();
        for n in self.graph.node_indices() {
            let node = &self.graph[n];
            self.by_name.insert(name_key(&node.name), n);
            for a in node.aliases.keys() {
                index_alias(&mut self.by_alias, name_key(a), n);
            }
        }
        self.hashes = self.documents.iter().map(|d| d.hash.clone()).collect();
        self.name_rank = OnceLock::new();
    }
}

fn index_alias(index: &mut HashMap<String, Vec<NodeIndex>>, key: String, n: NodeIndex) {
    let nodes = index.entry(key).or_default();
    if let Err(pos) = nodes.binary_search(&n) {
        nodes.insert(pos, n);
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::resolve::{Alias, Fact};
    use crate::text::Span;

    /// A person entity of one document, with surname-ish aliases.
    pub(crate) fn person(name: &str, aliases: &[&str]) -> ResolvedEntity {
        entity(name, EntityKind::Person, aliases)
    }

    pub(crate) fn entity(name: &str, kind: EntityKind, aliases: &[&str]) -> ResolvedEntity {
        ResolvedEntity {
            name: name.to_string(),
            kind,
            aliases: aliases
                .iter()
                .map(|a| Alias {
                    name: a.to_string(),
                    rule: if a.contains(' ') {
                        AliasRule::TitleSurname
                    } else {
                        AliasRule::Surname
                    },
                })
                .collect(),
            mentions: 1 + aliases.len(),
        }
    }

    /// A document whose facts are `(subject, relation, object)` entity indices,
    /// one sentence each.
    pub(crate) fn doc(
        name: &str,
        entities: Vec<ResolvedEntity>,
        facts: &[(usize, &str, usize)],
    ) -> DocumentFacts {
        DocumentFacts {
            doc: name.to_string(),
            sentences: facts
                .iter()
                .map(|(s, r, o)| format!("{} {r} {}.", entities[*s].name, entities[*o].name))
                .collect(),
            facts: facts
                .iter()
                .enumerate()
                .map(|(i, &(s, r, o))| Fact {
                    subject: s,
                    relation: r.to_string(),
                    object: o,
                    confidence: 0.5,
                    sentence: i,
                    subject_mention: Span::default(),
                    object_mention: Span::default(),
                })
                .collect(),
            entities,
        }
    }

    fn names(g: &KnowledgeGraph) -> Vec<String> {
        g.nodes_sorted()
            .into_iter()
            .map(|n| g.entity(n).name.clone())
            .collect()
    }

    #[test]
    fn same_canonical_name_merges_case_insensitively() {
        let mut g = KnowledgeGraph::new();
        let a = doc(
            "a",
            vec![
                person("Kim Jong Un", &["Kim"]),
                entity("Russia", EntityKind::Country, &[]),
            ],
            &[(0, "visit", 1)],
        );
        let b = doc(
            "b",
            vec![
                person("KIM JONG UN", &[]),
                entity("russia", EntityKind::Other, &[]),
            ],
            &[(0, "visit", 1)],
        );
        g.merge_document(&a, "h1");
        let s = g.merge_document(&b, "h2");
        assert_eq!(s.new_entities, 0);
        assert_eq!(s.new_edges, 0);
        assert_eq!(names(&g), ["Kim Jong Un", "Russia"]);
        let kim = g.entity(g.lookup("kim jong un").unwrap());
        assert_eq!(kim.mentions, 3);
        assert_eq!(kim.documents, [0, 1]);
        let e = g.edges_sorted()[0];
        assert_eq!(g.relation(e).evidence.len(), 2);
    }

    #[test]
    fn reingesting_the_same_content_changes_nothing() {
        let mut g = KnowledgeGraph::new();
        let a = doc(
            "a",
            vec![person("Kim Jong Un", &[]), person("Vladimir Putin", &[])],
            &[(0, "meet", 1)],
        );
        assert!(g.merge_document(&a, "h1").added);
        let again = doc("copy-of-a", a.entities.clone(), &[(0, "meet", 1)]);
        assert_eq!(g.merge_document(&again, "h1"), MergeSummary::default());
        assert_eq!(g.documents().len(), 1);
        assert_eq!(g.entity(g.lookup("Kim Jong Un").unwrap()).mentions, 1);
    }

    #[test]
    fn entity_named_by_an_alias_merges_across_documents() {
        let mut g = KnowledgeGraph::new();
        g.merge_document(
            &doc(
                "a",
                vec![person("Vladimir Putin", &["Putin", "President Putin"])],
                &[],
            ),
            "h1",
        );
        g.merge_document(&doc("b", vec![person("Putin", &["Mr Putin"])], &[]), "h2");
        assert_eq!(names(&g), ["Vladimir Putin"]);
        let putin = g.entity(g.lookup("Mr Putin").unwrap());
        assert_eq!(putin.aliases["Mr Putin"], AliasRule::CrossDocument);
        assert_eq!(putin.aliases["Putin"], AliasRule::Surname);
        assert_eq!(putin.documents, [0, 1]);
    }

    #[test]
    fn alias_of_incompatible_kind_or_of_two_nodes_does_not_merge() {
        let mut g = KnowledgeGraph::new();
        let a = doc(
            "a",
            vec![
                entity("Georgia", EntityKind::Country, &["GA"]),
                person("Kim Jong Un", &["Kim"]),
                person("Kim Yo Jong", &["Kim"]),
            ],
            &[],
        );
        g.merge_document(&a, "h1");
        g.merge_document(
            &doc("b", vec![person("GA", &[]), person("Kim", &[])], &[]),
            "h2",
        );
        assert_eq!(
            names(&g),
            ["GA", "Georgia", "Kim", "Kim Jong Un", "Kim Yo Jong"]
        );
    }

    #[test]
    fn regression_two_people_sharing_a_surname_are_not_merged_blindly() {
        let mut g = KnowledgeGraph::new();
        g.merge_document(
            &doc("a", vec![person("Kim Jong Un", &["Kim", "Mr Kim"])], &[]),
            "h1",
        );
        // Another article about another Kim: its "Kim" stayed apart from its full
        // name in resolution (ambiguous there), so it must not join Kim Jong Un.
        let b = doc(
            "b",
            vec![
                person("Kim Yo Jong", &[]),
                person("Kim", &[]),
                person("Mr Kim", &[]),
            ],
            &[(1, "criticise", 0)],
        );
        g.merge_document(&b, "h2");
        assert_eq!(names(&g), ["Kim", "Kim Jong Un", "Kim Yo Jong", "Mr Kim"]);
        assert_eq!(g.entity(g.lookup("Kim Jong Un").unwrap()).documents, [0]);
        // A third article that names no other Kim may use the surname.
        g.merge_document(
            &doc(
                "c",
                vec![person("Kim Jong Un", &[]), person("Choe Son Hui", &[])],
                &[],
            ),
            "h3",
        );
        assert_eq!(g.entity(g.lookup("Kim Jong Un").unwrap()).documents, [0, 2]);
    }

    #[test]
    fn surname_merges_when_its_document_names_no_other_bearer() {
        let mut g = KnowledgeGraph::new();
        g.merge_document(&doc("a", vec![person("Kim Jong Un", &["Kim"])], &[]), "h1");
        let b = doc(
            "b",
            vec![person("Kim", &[]), person("Vladimir Putin", &[])],
            &[(0, "meet", 1)],
        );
        g.merge_document(&b, "h2");
        assert_eq!(names(&g), ["Kim Jong Un", "Vladimir Putin"]);
        let e = g.edges_sorted()[0];
        let (kim, putin) = (
            g.lookup("Kim Jong Un").unwrap(),
            g.lookup("Vladimir Putin").unwrap(),
        );
        assert_eq!(g.graph().edge_endpoints(e), Some((kim, putin)));
        assert_eq!(
            g.evidence_text(&g.relation(e).evidence[0]),
            "Kim meet Vladimir Putin."
        );
    }

    #[test]
    fn focus_selects_the_ball_and_edges_inside_it() {
        let mut g = KnowledgeGraph::new();
        let ents = ["A", "B", "C", "D"]
            .map(|n| entity(n, EntityKind::Other, &[]))
            .to_vec();
        g.merge_document(
            &doc(
                "a",
                ents,
                &[(0, "r", 1), (1, "r", 2), (2, "r", 3), (2, "s", 1)],
            ),
            "h",
        );
        let f = g.focus(g.lookup("A").unwrap(), 2);
        assert_eq!(f.nodes.len(), 3);
        assert_eq!(f.edges.len(), 3);
    }
}
