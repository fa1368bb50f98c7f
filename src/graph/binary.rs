//! Compact binary graph files (`.kgb`): a [`KnowledgeGraph`] in, bytes out, and back.
//!
//! The JSON graph file is the readable, diffable format; this one is for large
//! graphs, where load time matters: a 1 M-edge graph loads several times faster
//! and the file is about half the size. [`super::store`] picks it by the `.kgb`
//! extension and writes it atomically like the JSON file.
//!
//! # Layout, version 3
//!
//! ```text
//! magic    8 bytes   "kg-graph"
//! version  u32 LE    3
//! then four sections, each a u64 LE byte length and a postcard-encoded value:
//!   documents  [(name, hash, sentences)]                     in ingestion order
//!   nodes      [(name, kind, [(alias, rule)], mentions, [document])]
//!   edges      ([relation], [attributed name],
//!               [(source, target, relation, confidence, [(doc, sentence)],
//!                 [(evidence position, modality?, attributed?)])])
//!   sentences  [(doc, sentence, text)]                       sorted by (doc, sentence)
//! checksum u64 LE    FNV-1a of every byte before it (see [`super::checksum`])
//! ```
//!
//! An edge's flags list names only its modal or attributed evidence (by
//! position in its evidence list): the modal by name, who it is attributed to
//! as an index into the table of attributed names; an asserted edge costs one
//! byte more than in version 2.
//!
//! The checksum is verified before anything is decoded: a file with a flipped
//! bit is an error, never a graph with altered names. Version 1 files (the
//! version 2 layout without the checksum) and version 2 files (edges without
//! the attributed names and flags) are still read.
//!
//! [postcard](https://docs.rs/postcard) encodes integers as LEB128 varints,
//! strings and sequences with a varint length; the format is stable (postcard 1.x
//! promises wire stability). Nodes and edges are in index order; `source` and
//! `target` are positions in the node list; an edge's `relation` indexes the
//! table of distinct relation strings before it, so `"send troops to"` is stored
//! once, not once per edge. Kinds and alias rules are written by name (as in
//! the JSON file), so reordering those enums cannot silently change a file's
//! meaning. The section lengths let the sentence texts be decoded on another
//! thread while the graph is rebuilt. Loading validates every index, like the
//! JSON loader.

use std::collections::{BTreeMap, HashMap};
use std::io::{self, Write};
use std::path::Path;

use petgraph::stable_graph::NodeIndex;
use petgraph::visit::{EdgeRef, IntoEdgeReferences, NodeIndexable};
use serde::de::value::{Error as ValueError, StrDeserializer};
use serde::{Deserialize, Serialize};

use super::store::{FORMAT_NAME, StoreError};
use super::{DocumentRecord, Entity, Evidence, KnowledgeGraph, Relation};
use crate::resolve::AliasRule;
use crate::vocab::{EntityKind, Modality};

/// The first eight bytes of a binary graph file.
pub const MAGIC: &[u8; 8] = b"kg-graph";
/// The binary layout version this build writes (it also reads versions 1 and 2).
pub const VERSION: u32 = 3;

// ---- records as written (borrowed) ----

#[derive(Serialize)]
struct NodeOut<'a> {
    name: &'a str,
    kind: &'a str,
    aliases: Vec<(&'a str, &'a str)>,
    mentions: u64,
    documents: &'a [u32],
}

#[derive(Serialize)]
struct EdgeOut {
    source: u32,
    target: u32,
    relation: u32,
    confidence: f32,
    evidence: Vec<(u32, u32)>,
    flags: Vec<(u32, Option<&'static str>, Option<u32>)>,
}

// ---- records as read (owned) ----

#[derive(Deserialize)]
struct NodeIn<'a> {
    name: String,
    kind: &'a str,
    aliases: Vec<(String, &'a str)>,
    mentions: u64,
    documents: Vec<u32>,
}

#[derive(Deserialize)]
struct EdgeIn {
    source: u32,
    target: u32,
    relation: u32,
    confidence: f32,
    evidence: Vec<Evidence>,
}

/// An edge of a version 3 file: [`EdgeIn`]'s fields and its evidence flags.
#[derive(Deserialize)]
struct EdgeIn3<'a> {
    source: u32,
    target: u32,
    relation: u32,
    confidence: f32,
    evidence: Vec<Evidence>,
    #[serde(borrow)]
    flags: Vec<(u32, Option<&'a str>, Option<u32>)>,
}

impl EdgeIn3<'_> {
    /// The edge with its flags set on its evidence, checked against the
    /// table of `attributions` names (`i` names the edge in errors).
    fn apply(
        self,
        i: usize,
        attributions: usize,
        invalid: &dyn Fn(String) -> StoreError,
    ) -> Result<EdgeIn, StoreError> {
        let mut evidence = self.evidence;
        for (pos, modality, attributed) in self.flags {
            let ev = evidence.get_mut(pos as usize).ok_or_else(|| {
                invalid(format!("edge {i}: flags of evidence {pos}, which it lacks"))
            })?;
            if let Some(m) = modality {
                ev.modality = Some(
                    by_name(m).ok_or_else(|| invalid(format!("edge {i}: unknown modal {m:?}")))?,
                );
            }
            if let Some(a) = attributed.filter(|&a| a as usize >= attributions) {
                return Err(invalid(format!(
                    "edge {i}: attributed name {a} is not in the table"
                )));
            }
            ev.attributed_to = attributed;
        }
        Ok(EdgeIn {
            source: self.source,
            target: self.target,
            relation: self.relation,
            confidence: self.confidence,
            evidence,
        })
    }
}

fn encode<T: Serialize + ?Sized>(value: &T) -> io::Result<Vec<u8>> {
    postcard::to_allocvec(value).map_err(io::Error::other)
}

fn section(w: &mut impl Write, bytes: &[u8]) -> io::Result<()> {
    w.write_all(&(bytes.len() as u64).to_le_bytes())?;
    w.write_all(bytes)
}

/// Write `graph` in the binary layout.
///
/// Complexity: O(V + E + sentences); memory for one encoded section at a time.
pub fn write(graph: &KnowledgeGraph, w: &mut impl Write) -> io::Result<()> {
    let mut hw = super::checksum::HashingWriter::new(&mut *w);
    write_body(graph, &mut hw)?;
    let sum = hw.hash.finish();
    w.write_all(&sum.to_le_bytes())
}

/// Everything but the checksum.
fn write_body(graph: &KnowledgeGraph, w: &mut impl Write) -> io::Result<()> {
    w.write_all(MAGIC)?;
    w.write_all(&VERSION.to_le_bytes())?;
    let docs: Vec<(&str, &str, u32)> = graph
        .documents
        .iter()
        .map(|d| (d.name.as_str(), d.hash.as_str(), d.sentences))
        .collect();
    section(w, &encode(&docs)?)?;

    let g = &graph.graph;
    let mut position = vec![u32::MAX; g.node_bound()];
    let nodes: Vec<NodeOut<'_>> = g
        .node_indices()
        .enumerate()
        .map(|(i, n)| {
            position[n.index()] = i as u32;
            let e = &g[n];
            NodeOut {
                name: &e.name,
                kind: e.kind.as_str(),
                aliases: e
                    .aliases
                    .iter()
                    .map(|(a, r)| (a.as_str(), r.as_str()))
                    .collect(),
                mentions: e.mentions,
                documents: &e.documents,
            }
        })
        .collect();
    section(w, &encode(&nodes)?)?;
    drop(nodes);

    let mut relations: Vec<&str> = Vec::new();
    let mut relation_id: HashMap<&str, u32> = HashMap::new();
    let edges: Vec<EdgeOut> = g
        .edge_references()
        .map(|e| {
            let r = e.weight();
            let id = *relation_id.entry(&r.relation).or_insert_with(|| {
                relations.push(&r.relation);
                relations.len() as u32 - 1
            });
            EdgeOut {
                source: position[e.source().index()],
                target: position[e.target().index()],
                relation: id,
                confidence: r.confidence,
                evidence: r.evidence.iter().map(|ev| (ev.doc, ev.sentence)).collect(),
                flags: r
                    .evidence
                    .iter()
                    .enumerate()
                    .filter(|(_, ev)| ev.modality.is_some() || ev.attributed_to.is_some())
                    .map(|(i, ev)| {
                        (
                            i as u32,
                            ev.modality.map(Modality::as_str),
                            ev.attributed_to,
                        )
                    })
                    .collect(),
            }
        })
        .collect();
    section(w, &encode(&(relations, &graph.attributions, edges))?)?;

    let sentences: Vec<(u32, u32, &str)> = graph
        .fact_texts()
        .into_iter()
        .map(|(ev, t)| (ev.doc, ev.sentence, t.as_str()))
        .collect();
    section(w, &encode(&sentences)?)
}

/// Whether `bytes` start like a binary graph file.
pub fn is_binary(bytes: &[u8]) -> bool {
    bytes.starts_with(MAGIC) && bytes.get(MAGIC.len()..MAGIC.len() + 4).is_some()
}

/// Read a binary graph file's bytes (`path` is for error messages).
///
/// Complexity: O(V + E + sentences); the sentence texts are decoded on a second
/// rayon thread while the graph is rebuilt.
pub fn read(bytes: &[u8], path: &Path) -> Result<KnowledgeGraph, StoreError> {
    let invalid = |message: String| StoreError::Invalid {
        path: path.to_path_buf(),
        message,
    };
    if !bytes.starts_with(MAGIC) {
        return Err(StoreError::Format {
            path: path.to_path_buf(),
            found: "not a kg binary graph".to_string(),
            expected: FORMAT_NAME,
        });
    }
    let version = bytes
        .get(8..12)
        .map(|b| u32::from_le_bytes(b.try_into().expect("4 bytes")))
        .ok_or_else(|| invalid("truncated header".to_string()))?;
    let bytes = match version {
        1 => bytes,
        2 | VERSION => {
            let body = bytes.len().saturating_sub(8);
            let stored = u64::from_le_bytes(bytes[body..].try_into().expect("8 bytes"));
            let computed = super::checksum::Fnv64::of(&bytes[..body]);
            if stored != computed {
                return Err(StoreError::Checksum {
                    path: path.to_path_buf(),
                    stored: format!("{stored:016x}"),
                    computed: format!("{computed:016x}"),
                });
            }
            &bytes[..body]
        }
        _ => {
            return Err(StoreError::Version {
                path: path.to_path_buf(),
                found: u64::from(version),
                expected: VERSION,
            });
        }
    };
    let mut offset = 12;
    let mut sections = Vec::with_capacity(4);
    for name in ["documents", "nodes", "edges", "sentences"] {
        let len = bytes
            .get(offset..offset + 8)
            .map(|b| u64::from_le_bytes(b.try_into().expect("8 bytes")))
            .ok_or_else(|| invalid(format!("truncated before the {name} section")))?;
        let start = offset + 8;
        let end = usize::try_from(len)
            .ok()
            .and_then(|l| start.checked_add(l))
            .filter(|&e| e <= bytes.len())
            .ok_or_else(|| invalid(format!("truncated {name} section (byte {start})")))?;
        sections.push((name, start, &bytes[start..end]));
        offset = end;
    }
    if offset != bytes.len() {
        return Err(invalid(format!(
            "{} unexpected bytes after the last section",
            bytes.len() - offset
        )));
    }
    let decode_err = |(name, start, _): (&str, usize, &[u8]), e: postcard::Error| {
        invalid(format!(
            "corrupt {name} section (starting at byte {start}): {e}"
        ))
    };
    let docs: Vec<(String, String, u32)> =
        postcard::from_bytes(sections[0].2).map_err(|e| decode_err(sections[0], e))?;
    let doc_count = docs.len();
    let declared: u64 = docs.iter().map(|d| u64::from(d.2)).sum();
    if !crate::limits::sentences_fit(declared, bytes.len() as u64) {
        return Err(invalid(crate::limits::too_many_sentences(
            declared,
            bytes.len() as u64,
        )));
    }
    let counts: Vec<u32> = docs.iter().map(|d| d.2).collect();
    let (graph, texts) = rayon::join(
        || -> Result<KnowledgeGraph, StoreError> {
            let nodes: Vec<NodeIn<'_>> =
                postcard::from_bytes(sections[1].2).map_err(|e| decode_err(sections[1], e))?;
            let (relations, attributions, edges) = if version == VERSION {
                let (relations, attributions, edges): (Vec<String>, Vec<String>, Vec<EdgeIn3>) =
                    postcard::from_bytes(sections[2].2).map_err(|e| decode_err(sections[2], e))?;
                let count = attributions.len();
                let edges = edges
                    .into_iter()
                    .enumerate()
                    .map(|(i, e)| e.apply(i, count, &invalid))
                    .collect::<Result<Vec<_>, _>>()?;
                (relations, attributions, edges)
            } else {
                let (relations, edges): (Vec<String>, Vec<EdgeIn>) =
                    postcard::from_bytes(sections[2].2).map_err(|e| decode_err(sections[2], e))?;
                (relations, Vec::new(), edges)
            };
            let mut g = build(docs, nodes, &relations, edges, &invalid)?;
            for a in &attributions {
                g.intern_attribution(a);
            }
            g.rebuild_indexes();
            Ok(g)
        },
        || -> Result<crate::hash::FastMap<Evidence, String>, StoreError> {
            // A sequence of (doc, sentence, text) triples is, byte for byte, the
            // postcard encoding of a map from Evidence to text: decode it as one.
            let map: crate::hash::FastMap<Evidence, String> =
                postcard::from_bytes(sections[3].2).map_err(|e| decode_err(sections[3], e))?;
            if let Some(ev) = map.keys().find(|ev| ev.doc as usize >= doc_count) {
                return Err(invalid(format!(
                    "sentence {}#{} cites document {}, but there are {doc_count} documents",
                    ev.doc, ev.sentence, ev.doc
                )));
            }
            if let Some(ev) = map.keys().find(|ev| ev.sentence >= counts[ev.doc as usize]) {
                return Err(invalid(format!(
                    "sentence {}#{} is past the {} sentences of its document",
                    ev.doc, ev.sentence, counts[ev.doc as usize]
                )));
            }
            Ok(map)
        },
    );
    let mut g = graph?;
    g.texts = texts?;
    Ok(g)
}

fn by_name<'de, T: Deserialize<'de>>(name: &'de str) -> Option<T> {
    T::deserialize(StrDeserializer::<ValueError>::new(name)).ok()
}

fn build(
    docs: Vec<(String, String, u32)>,
    nodes: Vec<NodeIn>,
    relations: &[String],
    edges: Vec<EdgeIn>,
    invalid: &dyn Fn(String) -> StoreError,
) -> Result<KnowledgeGraph, StoreError> {
    let mut g = KnowledgeGraph::new();
    g.documents = docs
        .into_iter()
        .map(|(name, hash, sentences)| DocumentRecord {
            name,
            hash,
            sentences,
        })
        .collect();
    let docs = g.documents.len();
    let count = nodes.len();
    g.graph.reserve_exact_nodes(count);
    g.graph.reserve_exact_edges(edges.len());
    for (i, node) in nodes.into_iter().enumerate() {
        let kind: EntityKind = by_name(node.kind)
            .ok_or_else(|| invalid(format!("node {i}: unknown kind {:?}", node.kind)))?;
        let mut aliases = BTreeMap::new();
        for (alias, rule) in node.aliases {
            let rule: AliasRule = by_name(rule)
                .ok_or_else(|| invalid(format!("node {i}: unknown alias rule {rule:?}")))?;
            aliases.insert(alias, rule);
        }
        if let Some(&d) = node.documents.iter().find(|&&d| d as usize >= docs) {
            return Err(invalid(format!(
                "node {i} ({:?}) cites document {d}, but there are {docs} documents",
                node.name
            )));
        }
        g.graph.add_node(Entity {
            name: node.name,
            kind,
            aliases,
            mentions: node.mentions,
            documents: node.documents,
            alias_documents: Default::default(),
        });
    }
    for (i, e) in edges.into_iter().enumerate() {
        let (s, t) = (e.source as usize, e.target as usize);
        if s >= count || t >= count {
            return Err(invalid(format!(
                "edge {i} joins nodes {s} and {t}, but there are {count} nodes"
            )));
        }
        let relation = relations.get(e.relation as usize).ok_or_else(|| {
            invalid(format!(
                "edge {i}: relation {} is not in the table",
                e.relation
            ))
        })?;
        if let Some(ev) = e.evidence.iter().find(|ev| ev.doc as usize >= docs) {
            return Err(invalid(format!(
                "edge {i} cites document {}, but there are {docs} documents",
                ev.doc
            )));
        }
        let sentences = |ev: &Evidence| g.documents[ev.doc as usize].sentences;
        if let Some(ev) = e.evidence.iter().find(|ev| ev.sentence >= sentences(ev)) {
            return Err(invalid(format!(
                "edge {i} cites sentence {} of document {}, which has {}",
                ev.sentence,
                ev.doc,
                sentences(ev)
            )));
        }
        g.graph.add_edge(
            NodeIndex::new(s),
            NodeIndex::new(t),
            Relation {
                relation: relation.clone(),
                confidence: e.confidence,
                evidence: e.evidence,
            },
        );
    }
    Ok(g)
}

#[cfg(test)]
mod tests {
    use std::fs;

    use super::*;
    use crate::graph::store::{load, save};
    use crate::graph::synth::{self, SynthConfig};

    fn sample() -> KnowledgeGraph {
        synth::graph(SynthConfig::with_edges(3_000, 5))
    }

    #[test]
    fn binary_round_trip_gives_the_same_graph_and_bytes() {
        let dir = tempfile::tempdir().unwrap();
        let g = sample();
        let (json, kgb) = (dir.path().join("g.json"), dir.path().join("g.kgb"));
        save(&g, &json).unwrap();
        save(&g, &kgb).unwrap();
        let loaded = load(&kgb).unwrap();
        // Same graph: its JSON file is byte-identical to the original's ...
        let again = dir.path().join("again.json");
        save(&loaded, &again).unwrap();
        assert_eq!(fs::read(&json).unwrap(), fs::read(&again).unwrap());
        // ... and so is its binary file; the indexes were rebuilt.
        let again = dir.path().join("again.kgb");
        save(&loaded, &again).unwrap();
        assert_eq!(fs::read(&kgb).unwrap(), fs::read(&again).unwrap());
        let name = &g.entity(NodeIndex::new(0)).name;
        assert_eq!(loaded.lookup(name), Ok(NodeIndex::new(0)));
        assert!(loaded.has_document(&g.documents()[0].hash));
        // Smaller than JSON.
        let size = |p: &Path| fs::metadata(p).unwrap().len();
        assert!(
            size(&kgb) * 2 < size(&json),
            "{} vs {}",
            size(&kgb),
            size(&json)
        );
    }

    #[test]
    fn json_and_binary_files_convert_both_ways() {
        let dir = tempfile::tempdir().unwrap();
        let (json, kgb) = (dir.path().join("g.json"), dir.path().join("g.kgb"));
        save(&sample(), &json).unwrap();
        save(&load(&json).unwrap(), &kgb).unwrap();
        let back = dir.path().join("back.json");
        save(&load(&kgb).unwrap(), &back).unwrap();
        assert_eq!(fs::read(&json).unwrap(), fs::read(&back).unwrap());
    }

    #[test]
    fn evidence_flags_survive_both_file_formats() {
        use crate::graph::tests::{entity, flagged_doc};
        use crate::vocab::Modality;
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
                    (2, "buy", 3, None, Some(0)),
                    (2, "sell", 1, Some(Modality::May), None),
                ],
            ),
            "h",
        );
        let flags = |g: &KnowledgeGraph| -> Vec<(String, Option<Modality>, Option<String>)> {
            g.edges_sorted()
                .into_iter()
                .flat_map(|e| g.relation(e).evidence.clone())
                .map(|ev| {
                    (
                        g.evidence_text(&ev).to_string(),
                        ev.modality,
                        g.attribution(&ev).map(str::to_string),
                    )
                })
                .collect()
        };
        let dir = tempfile::tempdir().unwrap();
        for name in ["g.kgb", "g.json"] {
            let path = dir.path().join(name);
            save(&g, &path).unwrap();
            assert_eq!(flags(&load(&path).unwrap()), flags(&g), "{name}");
        }
    }

    #[test]
    fn empty_graph_round_trips() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("empty.kgb");
        save(&KnowledgeGraph::new(), &path).unwrap();
        let g = load(&path).unwrap();
        assert_eq!((g.graph().node_count(), g.documents().len()), (0, 0));
    }

    #[test]
    fn bad_binary_files_are_errors_naming_the_file() {
        let mut good = Vec::new();
        write(&sample(), &mut good).unwrap();
        let mut bad_version = good.clone();
        bad_version[8] = 9;
        let mut bad_index = Vec::new();
        {
            // A graph whose edge points past the node list.
            let mut g = KnowledgeGraph::new();
            g.graph.add_node(Entity {
                name: "A".into(),
                kind: EntityKind::Person,
                aliases: BTreeMap::new(),
                mentions: 1,
                documents: Vec::new(),
                alias_documents: Default::default(),
            });
            let a = NodeIndex::new(0);
            g.graph.add_edge(
                a,
                a,
                Relation {
                    relation: "r".into(),
                    confidence: 1.0,
                    evidence: Vec::new(),
                },
            );
            write(&g, &mut bad_index).unwrap();
            // Section layout: header 12, documents (8 + 1), nodes (8 + n), edges:
            // the source index is the byte after [relation table] and edge count.
            let nodes_len = u64::from_le_bytes(bad_index[21..29].try_into().unwrap()) as usize;
            let edges_start = 29 + nodes_len + 8;
            // relations: count 1, "r" (len 1 + 1 byte); attributed names: count
            // 0; edges: count 1; source.
            bad_index[edges_start + 5] = 5;
            // A valid checksum over the bad content: the index check must catch it.
            let body = bad_index.len() - 8;
            let sum = super::super::checksum::Fnv64::of(&bad_index[..body]);
            bad_index[body..].copy_from_slice(&sum.to_le_bytes());
        }
        let mut flipped = good.clone();
        flipped[40] ^= 0x04;
        let cases: Vec<(&str, Vec<u8>, &str)> = vec![
            ("truncated", good[..good.len() / 2].to_vec(), "checksum"),
            ("flipped", flipped, "damaged graph file: checksum"),
            ("header", good[..10].to_vec(), "truncated header"),
            (
                "magic",
                b"{\"format\":1}".to_vec(),
                "is not a kg graph file",
            ),
            ("version", bad_version, "version 9 graph file"),
            ("trailing", [good.clone(), vec![0]].concat(), "checksum"),
            ("index", bad_index, "edge 0 joins nodes 5 and 0"),
        ];
        for (name, bytes, want) in cases {
            let path = Path::new("bad.kgb");
            let err = read(&bytes, path).unwrap_err();
            let msg = err.to_string();
            assert!(msg.starts_with("bad.kgb"), "{name}: {msg}");
            assert!(msg.contains(want), "{name}: {msg}");
        }
    }
}
