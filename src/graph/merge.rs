//! Cross-document merging: one document's resolved entities and facts in, an
//! updated [`KnowledgeGraph`] out (see [`KnowledgeGraph::merge_document`]).
//!
//! Entities join existing nodes by canonical name, or by an alias that names
//! exactly one node of a compatible kind; existing nodes named by a later
//! document as an alias of its entity are folded into that entity's node. A
//! surname-like name is held back whenever a document involved names another
//! person bearing that word in a longer name: two Kims of different articles are
//! not merged blindly.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use petgraph::Direction;
use petgraph::stable_graph::{EdgeIndex, NodeIndex, StableDiGraph};
use petgraph::visit::{EdgeRef, IntoEdgeReferences};

use super::{
    DocumentRecord, Entity, Evidence, KnowledgeGraph, MergeSummary, Relation, index_alias,
    kind_slot, kinds_compatible, name_key,
};
use crate::hash::FastMap;
use crate::resolve::{AliasRule, DocumentFacts, ResolvedEntity};
use crate::vocab::EntityKind;

impl KnowledgeGraph {
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
    ///
    /// Then the reverse: an existing node whose canonical name this document gives
    /// as an alias of one of its entities (and which no other node has as an
    /// alias) is folded into that entity's node, under the same surname guard
    /// (checked against the documents of the folded node). So the graph ends up
    /// the same whichever order `Putin` and `Vladimir Putin` articles arrive in.
    pub fn merge_document(&mut self, facts: &DocumentFacts, hash: &str) -> MergeSummary {
        if self.has_document(hash) {
            return MergeSummary::default();
        }
        self.adjacency = OnceLock::new();
        self.relation_index = OnceLock::new();
        let doc = self.documents.len() as u32;
        self.documents.push(DocumentRecord {
            name: facts.doc.clone(),
            hash: hash.to_string(),
            sentences: facts.sentences.len() as u32,
        });
        self.hashes.insert(hash.to_string());
        let mut summary = MergeSummary {
            added: true,
            facts: facts.facts.iter().filter(|f| !f.negated).count(),
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
        // A denied fact is no edge (`extract --format jsonl` shows it, flagged).
        for f in facts.facts.iter().filter(|f| !f.negated) {
            let (s, t) = (nodes[f.subject], nodes[f.object]);
            let attributed_to = f
                .attributed_to
                .and_then(|a| nodes.get(a))
                .map(|&a| self.graph[a].name.clone())
                .map(|name| self.intern_attribution(&name));
            let ev = Evidence {
                modality: f.modality,
                attributed_to,
                ..Evidence::at(doc, f.sentence as u32)
            };
            self.texts
                .entry(ev.sentence_key())
                .or_insert_with(|| facts.sentences.get(f.sentence).cloned().unwrap_or_default());
            if self.add_evidence(s, t, &f.relation, f.confidence, &[ev]) {
                summary.new_edges += 1;
            }
        }
        self.add_document_comentions(facts, &nodes, doc);
        summary.folded = self.fold_aliased_nodes(facts, &nodes, doc);
        summary
    }

    /// Add evidence for `s –relation→ t`, to the existing edge if there is one.
    /// Returns whether a new edge was made.
    fn add_evidence(
        &mut self,
        s: NodeIndex,
        t: NodeIndex,
        relation: &str,
        confidence: f32,
        evidence: &[Evidence],
    ) -> bool {
        let existing = self.edge_between(s, t, relation);
        match existing {
            Some(e) => {
                let r = &mut self.graph[e];
                r.confidence = r.confidence.max(confidence);
                for &ev in evidence {
                    Evidence::insert_into(&mut r.evidence, ev);
                }
                false
            }
            None => {
                let mut evidence = evidence.to_vec();
                Evidence::normalise(&mut evidence);
                let e = self.graph.add_edge(
                    s,
                    t,
                    Relation {
                        relation: relation.to_string(),
                        confidence,
                        evidence,
                    },
                );
                if let Some(keys) = &mut self.edge_keys {
                    keys.add(s, t, relation, e);
                }
                true
            }
        }
    }

    /// The edge `s –relation→ t`, if there is one. The edge is in both `s`'s
    /// outgoing and `t`'s incoming list, so the two are walked in step and the
    /// walk ends with the shorter: a hub's tens of thousands of edges are not
    /// scanned for every fact that names it (that scan made adding one story
    /// to a million-edge archive take minutes).
    fn edge_between(&mut self, s: NodeIndex, t: NodeIndex, relation: &str) -> Option<EdgeIndex> {
        if self.edge_keys.is_none() {
            self.edge_keys = Some(EdgeKeys::of(&self.graph));
        }
        match &self.edge_keys {
            Some(keys) if keys.unique => {
                let e = *keys.map.get(&EdgeKeys::key(s, t, relation))?;
                // Another relation of the same hash (not in the graph, or the
                // keys would be off): the walk says.
                if self.graph[e].relation == relation {
                    Some(e)
                } else {
                    self.walk_between(s, t, relation)
                }
            }
            _ => self.walk_between(s, t, relation),
        }
    }

    /// [`Self::edge_between`] by walking `s`'s outgoing and `t`'s incoming
    /// lists in step (the walk ends with the shorter one).
    fn walk_between(&self, s: NodeIndex, t: NodeIndex, relation: &str) -> Option<EdgeIndex> {
        let mut out = self.graph.edges_directed(s, Direction::Outgoing);
        let mut inc = self.graph.edges_directed(t, Direction::Incoming);
        loop {
            match out.next() {
                Some(e) if e.target() == t && e.weight().relation == relation => {
                    return Some(e.id());
                }
                Some(_) => {}
                None => return None,
            }
            match inc.next() {
                Some(e) if e.source() == s && e.weight().relation == relation => {
                    return Some(e.id());
                }
                Some(_) => {}
                None => return None,
            }
        }
    }

    /// The reverse of merging by alias: an existing node whose canonical name
    /// this document gives as an alias of one of its entities (and of no other
    /// node) is folded into that entity's node, under the same surname guard.
    /// Returns how many nodes were folded. A node this document itself made or
    /// merged into (`doc` among its documents) is never folded: in-document
    /// resolution kept it apart (`Mrs Howard` beside `Michael Howard`).
    fn fold_aliased_nodes(
        &mut self,
        facts: &DocumentFacts,
        nodes: &[NodeIndex],
        doc: u32,
    ) -> usize {
        let mut folded = 0;
        for (ent, &t) in facts.entities.iter().zip(nodes) {
            for a in &ent.aliases {
                let key = name_key(&a.name);
                let Some(&n) = self.by_name.get(&key) else {
                    continue;
                };
                if n == t
                    || a.rule == AliasRule::Demonym
                    || !self.graph.contains_node(t)
                    || self.graph[n].documents.binary_search(&doc).is_ok()
                    || self.by_alias.get(&key).map(Vec::as_slice) != Some(&[t])
                    || !kinds_compatible(self.graph[n].kind, self.graph[t].kind)
                {
                    continue;
                }
                let person = self.graph[n].kind == EntityKind::Person
                    || self.graph[t].kind == EntityKind::Person;
                let surname_like = !key.contains(' ')
                    || matches!(a.rule, AliasRule::Surname | AliasRule::TitleSurname);
                if person && surname_like && self.other_bearer(n, t, &key) {
                    continue;
                }
                self.fold(n, t);
                folded += 1;
            }
        }
        folded
    }

    /// Whether a document of node `n` also mentions a person, other than `n` and
    /// `t`, whose longer name contains the last word of `key`. O(V), but the
    /// name of a node is only looked at when it shares a document with `n`.
    fn other_bearer(&self, n: NodeIndex, t: NodeIndex, key: &str) -> bool {
        let surname = key.rsplit(' ').next().unwrap_or(key);
        let docs = &self.graph[n].documents;
        self.graph.node_indices().any(|m| {
            let e = &self.graph[m];
            m != n
                && m != t
                && kinds_compatible(e.kind, EntityKind::Person)
                && e.documents.iter().any(|d| docs.binary_search(d).is_ok())
                && {
                    let mkey = name_key(&e.name);
                    mkey.contains(' ') && mkey.split(' ').any(|w| w == surname)
                }
        })
    }

    /// Fold node `n` into node `t`: its edges, mentions, documents and names
    /// (as [`AliasRule::CrossDocument`] aliases) move to `t`; `n` is removed.
    fn fold(&mut self, n: NodeIndex, t: NodeIndex) {
        self.fold_by(n, t, AliasRule::CrossDocument);
    }

    /// [`Self::fold`] by `rule`: `n`'s canonical name becomes an alias of `t`
    /// by `rule`, with `n`'s first document as its evidence (unless `rule` is
    /// [`AliasRule::CrossDocument`]), and `n`'s aliases keep their rules.
    pub(super) fn fold_by(&mut self, n: NodeIndex, t: NodeIndex, rule: AliasRule) {
        let mut moved = Vec::new();
        for dir in [Direction::Outgoing, Direction::Incoming] {
            for e in self.graph.edges_directed(n, dir) {
                let (s, o) = (e.source(), e.target());
                let remap = |x: NodeIndex| if x == n { t } else { x };
                let r = e.weight();
                if let Some(keys) = &mut self.edge_keys {
                    keys.map.remove(&EdgeKeys::key(s, o, &r.relation));
                }
                moved.push((
                    remap(s),
                    remap(o),
                    r.relation.clone(),
                    r.confidence,
                    r.evidence.clone(),
                ));
            }
        }
        self.fold_comentions(n, t);
        let gone = self.graph.remove_node(n).expect("node exists");
        self.by_name.remove(&name_key(&gone.name));
        if let Some(votes) = self.kind_votes.remove(&n) {
            let into = self.kind_votes.entry(t).or_default();
            for (a, b) in into.iter_mut().zip(votes) {
                *a += b;
            }
        }
        for a in gone.aliases.keys() {
            if let Some(v) = self.by_alias.get_mut(&name_key(a)) {
                v.retain(|&m| m != n);
            }
        }
        for (s, o, relation, confidence, evidence) in moved {
            self.add_evidence(s, o, &relation, confidence, &evidence);
        }
        let node = &mut self.graph[t];
        node.mentions += gone.mentions;
        if node.kind == EntityKind::Other {
            node.kind = gone.kind;
        }
        node.documents.extend(&gone.documents);
        node.documents.sort_unstable();
        node.documents.dedup();
        let node_key = name_key(&node.name);
        let mut added: Vec<String> = Vec::new();
        let archive = rule != AliasRule::CrossDocument;
        let names = std::iter::once((&gone.name, rule)).chain(
            gone.aliases
                .iter()
                .map(|(a, &r)| (a, if archive { r } else { rule })),
        );
        for (name, rule) in names {
            let key = name_key(name);
            if key != node_key && !has_alias(&self.by_alias, &key, t) && !added.contains(&key) {
                node.aliases.insert(name.clone(), rule);
                added.push(key);
            }
        }
        if archive && let Some(&first) = gone.documents.first() {
            // The folded node's name is an alias by the archive rule, even
            // when a document had already given it by another.
            let gone_key = name_key(&gone.name);
            let shown = node
                .aliases
                .keys()
                .find(|a| name_key(a) == gone_key)
                .cloned();
            if let Some(a) = &shown {
                node.aliases.insert(a.clone(), rule);
            }
            node.alias_documents
                .entry(shown.unwrap_or_else(|| gone.name.clone()))
                .or_insert(first);
        }
        for (a, d) in gone.alias_documents {
            node.alias_documents.entry(a).or_insert(d);
        }
        for key in added {
            index_alias(&mut self.by_alias, key, t);
        }
        self.name_rank = OnceLock::new();
        self.adjacency = OnceLock::new();
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
            .filter(|&n| kinds_compatible(self.graph[n].kind, ent.kind))
            // A demonym names a country in its own document only: `American`
            // of American Airlines is not the United States.
            .filter(|&n| {
                !self.graph[n]
                    .aliases
                    .iter()
                    .any(|(a, rule)| *rule == AliasRule::Demonym && name_key(a) == key)
            });
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
            alias_documents: BTreeMap::new(),
        });
        self.by_name.insert(name_key(&ent.name), n);
        self.name_rank = OnceLock::new();
        self.adjacency = OnceLock::new();
        self.absorb(n, ent, doc, false);
        n
    }

    /// Add a document entity's mentions, kind, document and aliases to node `n`.
    fn absorb(&mut self, n: NodeIndex, ent: &ResolvedEntity, doc: u32, by_alias: bool) {
        self.kind_votes.entry(n).or_default()[kind_slot(ent.kind)] += 1;
        let node = &mut self.graph[n];
        node.mentions += ent.mentions as u64;
        if node.kind == EntityKind::Other {
            node.kind = ent.kind;
        }
        if node.documents.last() != Some(&doc) {
            node.documents.push(doc);
        }
        let node_key = name_key(&node.name);
        let mut added: Vec<String> = Vec::new();
        let names = std::iter::once((ent.name.as_str(), AliasRule::CrossDocument))
            .chain(ent.aliases.iter().map(|a| (a.name.as_str(), a.rule)));
        for (name, rule) in names {
            let key = name_key(name);
            if key.is_empty()
                || key == node_key
                || has_alias(&self.by_alias, &key, n)
                || added.contains(&key)
            {
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
}

/// Whether node `n` has an alias with name key `key`, from the alias index (kept
/// in step with every node's aliases), in O(1) instead of a pass over them: a
/// node named in many documents gathers hundreds of aliases.
fn has_alias(
    by_alias: &crate::hash::FastMap<String, Vec<NodeIndex>>,
    key: &str,
    n: NodeIndex,
) -> bool {
    by_alias
        .get(key)
        .is_some_and(|nodes| nodes.binary_search(&n).is_ok())
}

/// The edge of each (source, target, relation hash), so that merging a fact
/// finds the edge it adds evidence to in O(1), even between two hubs (the
/// walk of [`KnowledgeGraph::walk_between`] was a quarter of adding one story
/// to a million-edge archive). A graph read from a file that holds two edges
/// with the same ends and relation is not keyed (`unique` false): the walk
/// finds one of them, as before; so does a graph where two relations between
/// the same ends hash alike (then the keys are off from that point on).
#[derive(Debug, Clone, Default)]
pub(super) struct EdgeKeys {
    map: FastMap<(u32, u32, u64), EdgeIndex>,
    unique: bool,
}

impl EdgeKeys {
    fn of(graph: &StableDiGraph<Entity, Relation>) -> EdgeKeys {
        let mut map = FastMap::default();
        map.reserve(graph.edge_count());
        let mut keys = EdgeKeys { map, unique: true };
        for e in graph.edge_references() {
            keys.add(e.source(), e.target(), &e.weight().relation, e.id());
            if !keys.unique {
                break;
            }
        }
        keys
    }

    /// Key edge `e`. Two edges under one key (the same ends and relation, or
    /// two relations of one hash) turn the keys off: `unique` false.
    fn add(&mut self, s: NodeIndex, t: NodeIndex, relation: &str, e: EdgeIndex) {
        if self.unique && self.map.insert(EdgeKeys::key(s, t, relation), e).is_some() {
            self.unique = false;
            self.map = FastMap::default();
        }
    }

    fn key(s: NodeIndex, t: NodeIndex, relation: &str) -> (u32, u32, u64) {
        use std::hash::BuildHasher;
        let h =
            std::hash::BuildHasherDefault::<crate::hash::FastHasher>::default().hash_one(relation);
        (s.index() as u32, t.index() as u32, h)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::tests::{doc, entity, names, person};

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
    fn earlier_bare_node_folds_into_a_later_full_name() {
        let mut g = KnowledgeGraph::new();
        let china = || entity("China", EntityKind::Country, &[]);
        g.merge_document(
            &doc("a", vec![person("Putin", &[]), china()], &[(0, "visit", 1)]),
            "h1",
        );
        let b = doc(
            "b",
            vec![person("Vladimir Putin", &["Putin"]), china()],
            &[(0, "visit", 1)],
        );
        let s = g.merge_document(&b, "h2");
        assert_eq!(s.folded, 1);
        assert_eq!(names(&g), ["China", "Vladimir Putin"]);
        let putin = g.entity(g.lookup("putin").unwrap());
        assert_eq!(putin.documents, [0, 1]);
        assert_eq!(putin.mentions, 3);
        let edges = g.edges_sorted();
        assert_eq!(edges.len(), 1);
        assert_eq!(g.relation(edges[0]).evidence.len(), 2);
        // Acronyms fold the same way, without the surname guard.
        let org = |n: &str, a: &[&str]| {
            let mut e = entity(n, EntityKind::Organization, a);
            e.aliases
                .iter_mut()
                .for_each(|a| a.rule = AliasRule::Acronym);
            e
        };
        g.merge_document(&doc("c", vec![org("NIS", &[])], &[]), "h3");
        g.merge_document(
            &doc(
                "d",
                vec![org("National Intelligence Service", &["NIS"])],
                &[],
            ),
            "h4",
        );
        assert_eq!(
            names(&g),
            ["China", "National Intelligence Service", "Vladimir Putin"]
        );
    }

    #[test]
    fn regression_bare_surname_of_an_ambiguous_document_is_not_folded() {
        let mut g = KnowledgeGraph::new();
        g.merge_document(
            &doc(
                "a",
                vec![person("Kim", &[]), person("Kim Yo Jong", &[])],
                &[],
            ),
            "h1",
        );
        g.merge_document(&doc("b", vec![person("Kim Jong Un", &["Kim"])], &[]), "h2");
        assert_eq!(names(&g), ["Kim", "Kim Jong Un", "Kim Yo Jong"]);
    }
}
