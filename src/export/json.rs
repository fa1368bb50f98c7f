//! Node-link JSON writer: a graph selection in, one JSON document that
//! `networkx.node_link_graph(data, edges="edges")` loads as a `MultiDiGraph` out.
//!
//! Schema (one node or edge per line, so that large exports diff and stream well):
//!
//! ```json
//! {"directed":true,"multigraph":true,"graph":{"documents":3},
//! "nodes":[
//! {"id":"Kim Jong Un","kind":"person","aliases":["Kim","Mr Kim"],"mentions":9}
//! ],
//! "edges":[
//! {"source":"Kim Jong Un","target":"Beijing","relation":"arrive in","key":0,"weight":2,"confidence":0.83,
//!  "evidence":[{"doc":"fixtures/beijing-parade.txt","sentence":4,"text":"…"}]}
//! ]}
//! ```
//!
//! * `graph.documents`: documents in the whole graph (not only the selection).
//! * Node `id`: canonical name; `kind`: person, country, city, place,
//!   organization, group, event, work or other; `aliases` sorted; `mentions` over all
//!   documents.
//! * Edge `key`: index among the edges of the same (source, target) pair in output
//!   order, from 0 (the multigraph edge key); `weight`: number of supporting
//!   sentences; `confidence`: highest over the evidence; `evidence`: document
//!   name, sentence index in it and sentence text, sorted by document then
//!   sentence; a modal fact's evidence adds `modality` (`would`, `may`, …) and
//!   an attributed one `attributed_to` (who the sentence says stated it).
//! * Nodes by id, edges by (source, relation, target).
//! * With `kg export --co-mentions`, the co-mentions of the selected nodes
//!   follow the facts, marked `"kind":"co-mention"` (relation `co-mention`,
//!   `weight` the number of sentences naming both, no confidence); fact edges
//!   have no `kind`.

use std::collections::HashMap;
use std::io::{self, Write};

use petgraph::stable_graph::NodeIndex;
use serde::Serialize;

use super::{Ordered, endpoints};
use crate::graph::comention::{COMENTION, CoMentionLink};
use crate::graph::{KnowledgeGraph, Subgraph};

#[derive(Serialize)]
struct GraphAttrs {
    documents: usize,
}

#[derive(Serialize)]
struct NodeOut<'a> {
    id: &'a str,
    kind: &'static str,
    aliases: Vec<&'a str>,
    mentions: u64,
}

#[derive(Serialize)]
struct EvidenceOut<'a> {
    doc: &'a str,
    sentence: u32,
    text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    modality: Option<crate::vocab::Modality>,
    #[serde(skip_serializing_if = "Option::is_none")]
    attributed_to: Option<&'a str>,
}

#[derive(Serialize)]
struct EdgeOut<'a> {
    source: &'a str,
    target: &'a str,
    relation: &'a str,
    key: usize,
    weight: usize,
    confidence: f32,
    evidence: Vec<EvidenceOut<'a>>,
}

#[derive(Serialize)]
struct CoMentionOut<'a> {
    source: &'a str,
    target: &'a str,
    relation: &'static str,
    kind: &'static str,
    key: usize,
    weight: usize,
    evidence: Vec<EvidenceOut<'a>>,
}

/// Write `selection` of `graph` as node-link JSON (followed by a newline).
pub fn write_json(
    graph: &KnowledgeGraph,
    selection: &Subgraph,
    w: &mut dyn Write,
) -> io::Result<()> {
    write_json_with(graph, selection, &[], w)
}

/// [`write_json`] with co-mentions after the facts, marked
/// `"kind":"co-mention"` (source and target in name order; the link is
/// undirected), `weight` their count.
pub fn write_json_with(
    graph: &KnowledgeGraph,
    selection: &Subgraph,
    comentions: &[CoMentionLink<'_>],
    w: &mut dyn Write,
) -> io::Result<()> {
    let ordered = Ordered::new(graph, selection);
    w.write_all(b"{\"directed\":true,\"multigraph\":true,\"graph\":")?;
    serde_json::to_writer(
        &mut *w,
        &GraphAttrs {
            documents: graph.documents().len(),
        },
    )?;
    w.write_all(b",\n\"nodes\":[")?;
    for (i, &n) in ordered.nodes.iter().enumerate() {
        let e = graph.entity(n);
        w.write_all(if i == 0 { b"\n" } else { b",\n" })?;
        serde_json::to_writer(
            &mut *w,
            &NodeOut {
                id: &e.name,
                kind: e.kind.as_str(),
                aliases: e.aliases.keys().map(String::as_str).collect(),
                mentions: e.mentions,
            },
        )?;
    }
    w.write_all(if ordered.nodes.is_empty() {
        b"],\n\"edges\":["
    } else {
        b"\n],\n\"edges\":["
    })?;
    let mut keys: HashMap<(NodeIndex, NodeIndex), usize> = HashMap::new();
    for (i, &e) in ordered.edges.iter().enumerate() {
        let (s, t) = endpoints(graph, e);
        let key = keys.entry((s, t)).or_insert(0);
        let rel = graph.relation(e);
        w.write_all(if i == 0 { b"\n" } else { b",\n" })?;
        serde_json::to_writer(
            &mut *w,
            &EdgeOut {
                source: &graph.entity(s).name,
                target: &graph.entity(t).name,
                relation: &rel.relation,
                key: *key,
                weight: rel.weight(),
                confidence: rel.confidence,
                evidence: rel
                    .evidence
                    .iter()
                    .map(|ev| EvidenceOut {
                        doc: graph.evidence_doc(ev),
                        sentence: ev.sentence,
                        text: graph.evidence_text(ev),
                        modality: ev.modality,
                        attributed_to: graph.attribution(ev),
                    })
                    .collect(),
            },
        )?;
        *key += 1;
    }
    for (i, c) in comentions.iter().enumerate() {
        let key = keys.entry((c.a, c.b)).or_insert(0);
        w.write_all(if i + ordered.edges.len() == 0 {
            b"\n"
        } else {
            b",\n"
        })?;
        serde_json::to_writer(
            &mut *w,
            &CoMentionOut {
                source: &graph.entity(c.a).name,
                target: &graph.entity(c.b).name,
                relation: COMENTION,
                kind: COMENTION,
                key: *key,
                weight: c.count(),
                evidence: c
                    .evidence
                    .iter()
                    .map(|ev| EvidenceOut {
                        doc: graph.evidence_doc(ev),
                        sentence: ev.sentence,
                        text: graph.evidence_text(ev),
                        modality: ev.modality,
                        attributed_to: graph.attribution(ev),
                    })
                    .collect(),
            },
        )?;
        *key += 1;
    }
    w.write_all(if ordered.edges.is_empty() && comentions.is_empty() {
        b"]}\n"
    } else {
        b"\n]}\n"
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::testgraph;
    use crate::graph::KnowledgeGraph;
    use crate::resolve::{DocumentFacts, Fact, ResolvedEntity};
    use crate::text::Span;
    use crate::vocab::EntityKind;
    use serde_json::{Value, json};

    fn to_value(g: &KnowledgeGraph, sel: &Subgraph) -> Value {
        let mut out = Vec::new();
        write_json(g, sel, &mut out).unwrap();
        serde_json::from_slice(&out).unwrap()
    }

    #[test]
    fn follows_the_node_link_contract() {
        let g = testgraph::nasty();
        let v = to_value(&g, &g.full());
        assert_eq!(v["directed"], json!(true));
        assert_eq!(v["multigraph"], json!(true));
        assert_eq!(v["graph"], json!({"documents": 1}));
        assert_eq!(
            v["nodes"][0],
            json!({"id": "Aleksandar Vučić", "kind": "person",
                   "aliases": ["Mr Vučić", "Vučić"], "mentions": 3})
        );
        assert_eq!(v["nodes"][2]["id"], json!("a:b \"quoted\" \\ <x> & y"));
        assert_eq!(
            v["edges"][2],
            json!({"source": "a:b \"quoted\" \\ <x> & y", "target": "Aleksandar Vučić",
                   "relation": "say \"hi\" to", "key": 0, "weight": 1, "confidence": 0.75,
                   "evidence": [{"doc": "news/a&b.txt", "sentence": 1,
                                 "text": "It said:\n\"a:b\" <x> & y \\ z."}]})
        );
        assert_eq!(v["edges"][1]["weight"], json!(2));
    }

    #[test]
    fn parallel_edges_get_increasing_keys() {
        let ent = |name: &str| ResolvedEntity {
            name: name.to_string(),
            kind: EntityKind::Country,
            aliases: Vec::new(),
            mentions: 1,
        };
        let fact = |s, r: &str, o| Fact {
            subject: s,
            relation: r.to_string(),
            object: o,
            confidence: 0.5,
            sentence: 0,
            subject_mention: Span { start: 0, end: 0 },
            object_mention: Span { start: 0, end: 0 },
            ..Default::default()
        };
        let facts = DocumentFacts {
            doc: "d".to_string(),
            sentences: vec!["s".to_string()],
            entities: vec![ent("A"), ent("B")],
            facts: vec![
                fact(0, "warn", 1),
                fact(0, "attack", 1),
                fact(1, "attack", 0),
                fact(0, "border", 1),
            ],
            comentions: Vec::new(),
        };
        let mut g = KnowledgeGraph::new();
        g.merge_document(&facts, "h");
        let v = to_value(&g, &g.full());
        let rows: Vec<(String, String, u64)> = v["edges"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                (
                    e["source"].as_str().unwrap().to_string(),
                    e["relation"].as_str().unwrap().to_string(),
                    e["key"].as_u64().unwrap(),
                )
            })
            .collect();
        let expected = [
            ("A", "attack", 0),
            ("A", "border", 1),
            ("A", "warn", 2),
            ("B", "attack", 0),
        ];
        assert_eq!(rows.len(), expected.len());
        for (row, (s, r, k)) in rows.iter().zip(expected) {
            assert_eq!((row.0.as_str(), row.1.as_str(), row.2), (s, r, k));
        }
    }

    #[test]
    fn empty_selection_is_valid_json() {
        let g = testgraph::nasty();
        let mut out = Vec::new();
        write_json(&g, &Subgraph::default(), &mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "{\"directed\":true,\"multigraph\":true,\"graph\":{\"documents\":1},\n\"nodes\":[],\n\"edges\":[]}\n"
        );
    }
}
