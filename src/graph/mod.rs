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
//! that surname (two Kims of different articles stay apart). Conversely, an
//! existing node named by a later document as an alias of its entity (a bare
//! `Putin`, then `Vladimir Putin` alias `Putin`) is folded into that entity's node
//! under the same guard. [`store`] reads and
//! writes the graph file, [`lookup`] resolves user-typed names, and [`algo`] holds
//! the traversals the query language runs (shortest path, simple paths,
//! neighbourhoods, components, rankings).

pub mod adjacency;
pub mod algo;
mod archive;
pub mod binary;
pub mod checksum;
pub mod comention;
pub mod lookup;
mod merge;
pub mod relations;
pub mod scratch;
pub mod store;
pub mod synth;

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::sync::OnceLock;

use petgraph::Direction;
use petgraph::stable_graph::{EdgeIndex, NodeIndex, StableDiGraph};
use petgraph::visit::{EdgeRef, NodeIndexable};
use serde::{Deserialize, Serialize};

use crate::hash::{FastMap, FastSet};
use crate::resolve::AliasRule;
use crate::vocab::{EntityKind, Modality};

pub use archive::AliasDocuments;
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
    /// The evidence of each alias merged by cross-document resolution
    /// ([`crate::resolve::archive`]): alias → the first document (index) that
    /// named it.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub alias_documents: BTreeMap<String, u32>,
}

/// Where a fact was read: document index (into [`KnowledgeGraph::documents`]) and
/// sentence index within that document, with the flags of the fact that
/// sentence gives: its modal and who it is attributed to. An edge has at most
/// one evidence per sentence (an asserted reading wins over a modal one).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Evidence {
    pub doc: u32,
    pub sentence: u32,
    /// The modal that qualifies the fact (`would` in `said it would buy`);
    /// `None` when asserted. Not serialised: the file formats write the flags
    /// themselves, so `(doc, sentence)` alone keys the sentence texts.
    #[serde(skip)]
    pub modality: Option<Modality>,
    /// Who the sentence says stated the fact: an index into the graph's table
    /// of attributed names ([`KnowledgeGraph::attribution`]).
    #[serde(skip)]
    pub attributed_to: Option<u32>,
}

impl Evidence {
    /// Evidence of an asserted, unattributed fact.
    pub fn at(doc: u32, sentence: u32) -> Evidence {
        Evidence {
            doc,
            sentence,
            modality: None,
            attributed_to: None,
        }
    }

    /// The sentence alone (flags cleared): the key of its text.
    pub fn sentence_key(self) -> Evidence {
        Evidence::at(self.doc, self.sentence)
    }

    /// Whether the fact is asserted (no modal).
    pub fn asserted(&self) -> bool {
        self.modality.is_none()
    }

    /// Insert `ev` into a list sorted by (doc, sentence) with one evidence per
    /// sentence; on a tie the smaller (an asserted reading) stays.
    pub fn insert_into(list: &mut Vec<Evidence>, ev: Evidence) {
        match list.binary_search_by_key(&(ev.doc, ev.sentence), |e| (e.doc, e.sentence)) {
            Ok(i) => list[i] = list[i].min(ev),
            Err(i) => list.insert(i, ev),
        }
    }

    /// Sort a list by (doc, sentence), keeping one evidence per sentence.
    pub fn normalise(list: &mut Vec<Evidence>) {
        list.sort_unstable();
        list.dedup_by_key(|e| (e.doc, e.sentence));
    }
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

    /// Whether some evidence asserts the fact (has no modal); an edge without
    /// evidence (as a point read of `entity` loads it) counts as asserted.
    pub fn asserted(&self) -> bool {
        self.evidence.is_empty() || self.evidence.iter().any(Evidence::asserted)
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

/// A document as the store lists it (`kg query 'documents'`): every stored
/// document, including those whose content duplicates an earlier-named one
/// (which add nothing to the graph).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StoredDocument {
    pub name: String,
    pub hash: String,
    pub sentences: u32,
    /// UTC, `YYYY-MM-DDTHH:MM:SSZ`; absent for a graph not read from a store.
    pub ingested_at: Option<String>,
}

/// What merging one document changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MergeSummary {
    /// False when the document's content was already in the graph.
    pub added: bool,
    pub new_entities: usize,
    pub new_edges: usize,
    pub facts: usize,
    /// Existing nodes folded into another because this document named them as
    /// an alias of it (a bare `Putin` node into `Vladimir Putin`).
    pub folded: usize,
}

/// A selection of nodes and edges (a query result or an export focus), in index order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Subgraph {
    pub nodes: BTreeSet<NodeIndex>,
    pub edges: BTreeSet<EdgeIndex>,
}

/// An edge with its endpoints (in the edge's own direction): how traversals and
/// query results name an edge without going back to the graph for its ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Link {
    pub edge: EdgeIndex,
    pub source: NodeIndex,
    pub target: NodeIndex,
}

impl Link {
    /// The link of edge `e` of `g`.
    pub fn of(g: &KnowledgeGraph, e: EdgeIndex) -> Link {
        let (source, target) = g.graph.edge_endpoints(e).expect("edge exists");
        Link {
            edge: e,
            source,
            target,
        }
    }
}

/// The knowledge graph.
#[derive(Debug, Clone, Default)]
pub struct KnowledgeGraph {
    graph: StableDiGraph<Entity, Relation>,
    /// Name key ([`name_key`]) of the canonical name → node.
    by_name: FastMap<String, NodeIndex>,
    /// Name key of an alias → the nodes having it (sorted, without duplicates).
    by_alias: FastMap<String, Vec<NodeIndex>>,
    documents: Vec<DocumentRecord>,
    /// Content hashes of `documents`.
    hashes: FastSet<String>,
    /// Evidence sentence texts, stored once per (doc, sentence) (flags cleared).
    texts: FastMap<Evidence, String>,
    /// Names evidence is attributed to ([`Evidence::attributed_to`] indexes it).
    attributions: Vec<String>,
    /// Name → its index in `attributions`.
    attribution_ids: FastMap<String, u32>,
    /// The store's document list, when the graph was read from a store.
    stored: Option<Vec<StoredDocument>>,
    /// Node → how many document entities of each kind ([`kind_slot`]) merged
    /// into it, for [`KnowledgeGraph::resolve_archive`] to choose its kind by.
    kind_votes: FastMap<NodeIndex, [u32; EntityKind::ALL.len()]>,
    /// The co-mention layer ([`comention`]), beside the typed edges.
    comentions: comention::CoMentions,
    /// Node index → rank of its canonical name in name order; built on first use,
    /// reset whenever nodes are added.
    name_rank: OnceLock<Vec<u32>>,
    /// Compact copy of every node's edges for traversals; built on first use,
    /// reset whenever the graph changes.
    adjacency: OnceLock<adjacency::Adjacency>,
    /// Every edge's relation as a small integer; built on first use, reset
    /// whenever the graph changes.
    relation_index: OnceLock<relations::RelationIndex>,
    /// The edge of each (source, target, relation) while documents are merged
    /// into the graph ([`merge`]); built on the first merge, kept up to date by
    /// it, reset whenever the graph is rebuilt.
    edge_keys: Option<merge::EdgeKeys>,
}

/// The key names are compared by: lower case, runs of white space as one space.
pub fn name_key(name: &str) -> String {
    let mut key = String::with_capacity(name.len());
    write_name_key(name, &mut key);
    key
}

/// [`name_key`] into `key` (cleared first), reusing its allocation.
pub fn write_name_key(name: &str, key: &mut String) {
    key.clear();
    for word in name.split_whitespace() {
        if !key.is_empty() {
            key.push(' ');
        }
        if word.is_ascii() {
            // Copied whole, then lower-cased in place (a char at a time costs
            // several times as much).
            let start = key.len();
            key.push_str(word);
            if let Some(tail) = key.get_mut(start..) {
                tail.make_ascii_lowercase();
            }
        } else {
            key.extend(word.chars().flat_map(char::to_lowercase));
        }
    }
}

/// The position of `kind` in [`EntityKind::ALL`] (a vote slot).
fn kind_slot(kind: EntityKind) -> usize {
    EntityKind::ALL
        .iter()
        .position(|&k| k == kind)
        .unwrap_or(EntityKind::ALL.len() - 1)
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

    /// Every stored document by name: the store's list when the graph was read
    /// from a store ([`Self::set_stored_documents`]), else the graph's documents.
    pub fn stored_documents(&self) -> Vec<StoredDocument> {
        if let Some(s) = &self.stored {
            return s.clone();
        }
        let mut v: Vec<StoredDocument> = self
            .documents
            .iter()
            .map(|d| StoredDocument {
                name: d.name.clone(),
                hash: d.hash.clone(),
                sentences: d.sentences,
                ingested_at: None,
            })
            .collect();
        v.sort_by(|a, b| a.name.cmp(&b.name));
        v
    }

    /// Record the store's document list (sorted by name).
    pub fn set_stored_documents(&mut self, docs: Vec<StoredDocument>) {
        self.stored = Some(docs);
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

    /// The texts of the sentences typed edges cite, sorted by evidence (what
    /// graph files keep: co-mentions are not part of them).
    pub(crate) fn fact_texts(&self) -> Vec<(&Evidence, &String)> {
        let cited: FastSet<Evidence> = self
            .graph
            .edge_weights()
            .flat_map(|r| r.evidence.iter().map(|ev| ev.sentence_key()))
            .collect();
        let mut v: Vec<(&Evidence, &String)> = self
            .texts
            .iter()
            .filter(|(ev, _)| cited.contains(*ev))
            .collect();
        v.sort_unstable_by_key(|(ev, _)| **ev);
        v
    }

    /// The sentence text of a piece of evidence.
    pub fn evidence_text(&self, ev: &Evidence) -> &str {
        self.texts
            .get(&ev.sentence_key())
            .map(String::as_str)
            .unwrap_or("")
    }

    /// Who a piece of evidence is attributed to, if anyone.
    pub fn attribution(&self, ev: &Evidence) -> Option<&str> {
        ev.attributed_to
            .and_then(|i| self.attributions.get(i as usize))
            .map(String::as_str)
    }

    /// The index of an attributed name in the graph's table, added if new.
    pub fn intern_attribution(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.attribution_ids.get(name) {
            return i;
        }
        let i = self.attributions.len() as u32;
        self.attributions.push(name.to_string());
        self.attribution_ids.insert(name.to_string(), i);
        i
    }

    /// The document name of a piece of evidence.
    pub fn evidence_doc(&self, ev: &Evidence) -> &str {
        &self.documents[ev.doc as usize].name
    }

    /// Rank of every node's canonical name in name order, indexed by node index
    /// (slots of removed nodes hold `u32::MAX`). Computed once, O(V log V).
    pub fn name_ranks(&self) -> &[u32] {
        self.name_rank.get_or_init(|| {
            // (name, index) pairs side by side: the sort does not chase each
            // comparison through the node records.
            let mut order: Vec<(&str, NodeIndex)> = self
                .graph
                .node_indices()
                .map(|n| (self.graph[n].name.as_str(), n))
                .collect();
            order.sort_unstable();
            let mut rank = vec![u32::MAX; self.graph.node_bound()];
            for (r, (_, n)) in order.into_iter().enumerate() {
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
        let mut links: Vec<Link> = edges.iter().map(|&e| Link::of(self, e)).collect();
        self.sort_links(&mut links);
        for (e, l) in edges.iter_mut().zip(links) {
            *e = l.edge;
        }
    }

    /// Sort links by (source name, relation, target name); links equal in all
    /// three (parallel edges with one relation, which merging never creates)
    /// keep their order.
    ///
    /// Every key part is a precomputed rank ([`Self::name_ranks`],
    /// [`relations::RelationIndex::rank`]), so no string is compared. When the
    /// three ranks and a position fit in 64 bits (graphs of up to millions of
    /// entities) each link sorts as one integer. Complexity: O(n log n).
    pub fn sort_links(&self, links: &mut [Link]) {
        let rank = self.name_ranks();
        let rel = self.relation_index();
        let bits = |n: usize| usize::BITS - n.leading_zeros();
        let (node_bits, rel_bits, pos_bits) =
            (bits(rank.len()), bits(rel.names().len()), bits(links.len()));
        if links.len() <= 32 {
            // Small answers: in place, no key arrays (a stable sort keeps ties).
            links.sort_by_key(|l| {
                (
                    rank[l.source.index()],
                    rel.rank(l.edge),
                    rank[l.target.index()],
                )
            });
        } else if 2 * node_bits + rel_bits + pos_bits <= 64 {
            let key = |(i, l): (usize, &Link)| {
                let s = u64::from(rank[l.source.index()]);
                let r = u64::from(rel.rank(l.edge));
                let t = u64::from(rank[l.target.index()]);
                ((((s << rel_bits) | r) << node_bits | t) << pos_bits) | i as u64
            };
            let mut keys: Vec<u64> = links.iter().enumerate().map(key).collect();
            keys.sort_unstable();
            let mask = (1u64 << pos_bits) - 1;
            let sorted: Vec<Link> = keys.iter().map(|k| links[(k & mask) as usize]).collect();
            links.copy_from_slice(&sorted);
        } else {
            links.sort_by_key(|l| {
                (
                    rank[l.source.index()],
                    rel.rank(l.edge),
                    rank[l.target.index()],
                )
            });
        }
    }

    /// Number of edges at a node, both directions (a self-loop counts twice). O(1).
    pub fn degree(&self, n: NodeIndex) -> usize {
        self.adjacency().degree(n)
    }

    /// Every node's edges as contiguous slices (see [`adjacency`]); built on first
    /// use in O(V + E), O(1) afterwards.
    pub fn adjacency(&self) -> &adjacency::Adjacency {
        self.adjacency
            .get_or_init(|| adjacency::Adjacency::build(&self.graph, self.name_ranks()))
    }

    /// Every edge's relation as an index into the distinct relation names (see
    /// [`relations`]); built on first use in O(E), O(1) afterwards.
    pub fn relation_index(&self) -> &relations::RelationIndex {
        self.relation_index
            .get_or_init(|| relations::RelationIndex::build(&self.graph))
    }

    /// Whether a document with this content hash was already ingested.
    pub fn has_document(&self, hash: &str) -> bool {
        self.hashes.contains(hash)
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
        self.adjacency = OnceLock::new();
        self.relation_index = OnceLock::new();
        self.edge_keys = None;
    }
}

fn index_alias(index: &mut FastMap<String, Vec<NodeIndex>>, key: String, n: NodeIndex) {
    let nodes = index.entry(key).or_default();
    if let Err(pos) = nodes.binary_search(&n) {
        nodes.insert(pos, n);
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::resolve::{Alias, DocumentFacts, Fact, ResolvedEntity};
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
                    ..Default::default()
                })
                .collect(),
            entities,
            comentions: Vec::new(),
        }
    }

    pub(crate) fn names(g: &KnowledgeGraph) -> Vec<String> {
        g.nodes_sorted()
            .into_iter()
            .map(|n| g.entity(n).name.clone())
            .collect()
    }

    /// A fact with its flags: `(subject, relation, object, modal, attributed entity)`.
    pub(crate) type FlaggedFact<'a> = (usize, &'a str, usize, Option<Modality>, Option<usize>);

    /// A document with one fact per sentence, each with its flags.
    pub(crate) fn flagged_doc(
        name: &str,
        entities: Vec<ResolvedEntity>,
        facts: &[FlaggedFact],
    ) -> DocumentFacts {
        let plain: Vec<(usize, &str, usize)> = facts.iter().map(|f| (f.0, f.1, f.2)).collect();
        let mut d = doc(name, entities, &plain);
        for (fact, &(.., modality, attributed_to)) in d.facts.iter_mut().zip(facts) {
            fact.modality = modality;
            fact.attributed_to = attributed_to;
        }
        d
    }

    #[test]
    fn evidence_keeps_one_reading_per_sentence_the_asserted_first() {
        let ev = |sentence, modality| Evidence {
            modality,
            ..Evidence::at(0, sentence)
        };
        let would = Some(Modality::Would);
        // (list, inserted, list after)
        let cases = [
            (vec![], ev(1, would), vec![ev(1, would)]),
            (vec![ev(1, would)], ev(1, None), vec![ev(1, None)]),
            (vec![ev(1, None)], ev(1, would), vec![ev(1, None)]),
            (
                vec![ev(0, None), ev(2, None)],
                ev(1, would),
                vec![ev(0, None), ev(1, would), ev(2, None)],
            ),
        ];
        for (mut list, inserted, want) in cases {
            Evidence::insert_into(&mut list, inserted);
            assert_eq!(list, want, "{inserted:?}");
        }
    }

    #[test]
    fn merged_evidence_carries_the_modal_and_the_attribution() {
        let mut g = KnowledgeGraph::new();
        let ents = ["Microsoft", "Sybari", "Google", "Keyhole"]
            .map(|n| entity(n, EntityKind::Organization, &[]))
            .to_vec();
        g.merge_document(
            &flagged_doc(
                "a",
                ents,
                &[
                    (0, "buy", 1, Some(Modality::Would), Some(0)),
                    (2, "buy", 3, None, None),
                    (2, "buy", 3, Some(Modality::May), Some(0)),
                ],
            ),
            "h",
        );
        let edge = |s: &str| {
            let n = g.node_by_name(s).unwrap();
            let e = g.graph().edges(n).next().unwrap();
            g.relation(e.id())
        };
        let modal = edge("Microsoft");
        assert!(!modal.asserted());
        assert_eq!(modal.evidence[0].modality, Some(Modality::Would));
        assert_eq!(g.attribution(&modal.evidence[0]), Some("Microsoft"));
        assert_eq!(g.evidence_text(&modal.evidence[0]), "Microsoft buy Sybari.");
        let asserted = edge("Google");
        assert!(asserted.asserted());
        assert_eq!(asserted.evidence.len(), 2);
        assert_eq!(g.attribution(&asserted.evidence[0]), None);
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
