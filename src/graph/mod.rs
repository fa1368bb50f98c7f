//! Graph stage: resolved document facts in, a persistent knowledge graph out.
//!
//! [`KnowledgeGraph`] wraps a petgraph `StableDiGraph` whose nodes are typed
//! [`Entity`]s (canonical name, kind, aliases with the rule that merged them,
//! mention count) and whose edges are [`Relation`]s (normalised relation,
//! confidence, evidence). Parallel facts (same subject, relation, object) are one
//! edge whose evidence accumulates. Evidence points at a sentence of a recorded
//! document; sentence texts are stored once, however many edges cite them.

use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};

use petgraph::stable_graph::{EdgeIndex, NodeIndex, StableDiGraph};
use petgraph::visit::EdgeRef;
use serde::{Deserialize, Serialize};

use crate::nlp::EntityKind;
use crate::resolve::{AliasRule, DocumentFacts};

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
    /// Lower-cased canonical name → node.
    by_name: HashMap<String, NodeIndex>,
    documents: Vec<DocumentRecord>,
    /// Evidence sentence texts, stored once per (doc, sentence).
    texts: HashMap<Evidence, String>,
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

    /// Node by exact canonical name (case-insensitive).
    pub fn node_by_name(&self, name: &str) -> Option<NodeIndex> {
        self.by_name.get(&name.to_lowercase()).copied()
    }

    /// The sentence text of a piece of evidence.
    pub fn evidence_text(&self, ev: &Evidence) -> &str {
        self.texts.get(ev).map(String::as_str).unwrap_or("")
    }

    /// The document name of a piece of evidence.
    pub fn evidence_doc(&self, ev: &Evidence) -> &str {
        &self.documents[ev.doc as usize].name
    }

    /// Nodes sorted by canonical name (deterministic iteration).
    pub fn nodes_sorted(&self) -> Vec<NodeIndex> {
        let mut v: Vec<NodeIndex> = self.graph.node_indices().collect();
        v.sort_by(|a, b| self.graph[*a].name.cmp(&self.graph[*b].name));
        v
    }

    /// Edges sorted by (source name, relation, target name).
    pub fn edges_sorted(&self) -> Vec<EdgeIndex> {
        let mut v: Vec<EdgeIndex> = self.graph.edge_indices().collect();
        v.sort_by(|a, b| self.edge_key(*a).cmp(&self.edge_key(*b)));
        v
    }

    fn edge_key(&self, e: EdgeIndex) -> (&str, &str, &str) {
        let (s, t) = self.graph.edge_endpoints(e).expect("edge exists");
        (
            &self.graph[s].name,
            &self.graph[e].relation,
            &self.graph[t].name,
        )
    }

    /// Whether a document with this content hash was already ingested.
    pub fn has_document(&self, hash: &str) -> bool {
        self.documents.iter().any(|d| d.hash == hash)
    }

    /// Merge one document's facts (no-op when its content hash is already present).
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
        let mut summary = MergeSummary {
            added: true,
            facts: facts.facts.len(),
            ..Default::default()
        };
        let mut nodes = Vec::with_capacity(facts.entities.len());
        for ent in &facts.entities {
            let key = ent.name.to_lowercase();
            let n = match self.by_name.get(&key) {
                Some(&n) => n,
                None => {
                    summary.new_entities += 1;
                    let n = self.graph.add_node(Entity {
                        name: ent.name.clone(),
                        kind: ent.kind,
                        aliases: BTreeMap::new(),
                        mentions: 0,
                    });
                    self.by_name.insert(key, n);
                    n
                }
            };
            let node = &mut self.graph[n];
            node.mentions += ent.mentions as u64;
            if node.kind == EntityKind::Other {
                node.kind = ent.kind;
            }
            for a in &ent.aliases {
                if a.name != node.name {
                    node.aliases.entry(a.name.clone()).or_insert(a.rule);
                }
            }
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
                .or_insert_with(|| facts.sentences[f.sentence].clone());
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
        let edges = self
            .graph
            .edge_indices()
            .filter(|e| {
                let (s, t) = self.graph.edge_endpoints(*e).expect("edge exists");
                nodes.contains(&s) && nodes.contains(&t)
            })
            .collect();
        Subgraph { nodes, edges }
    }
}
