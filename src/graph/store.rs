//! Graph persistence: a [`KnowledgeGraph`] in, a versioned graph file out, and back.
//!
//! [`save`] and [`load`] pick the file format from the path ([`FileFormat::of`]);
//! a `.kgb` path is the compact binary format of [`super::binary`], any other path
//! the JSON format below. Saving is atomic: the graph is
//! written to a temporary file in the target's directory, synced, and renamed over
//! the target, so the file is either the old graph or the new one, never half of
//! one; on any error the old file is untouched. Loading checks the format name and
//! version, validates every index, and rebuilds the name and alias indexes.
//!
//! # JSON schema, version 3
//!
//! One JSON object; records are written one per line so that errors and diffs
//! point at a record:
//!
//! ```text
//! {"format":"kg-graph","version":3,
//! "documents":[
//! {"name":"fixtures/a.txt","hash":"9f86d0…","sentences":12}
//! ],
//! "nodes":[
//! {"name":"Kim Jong Un","kind":"person","aliases":{"Mr Kim":"title-surname"},"mentions":9,"documents":[0]}
//! ],
//! "edges":[
//! {"source":0,"target":1,"relation":"meet","confidence":0.83,"evidence":[[0,4]]}
//! ],
//! "sentences":[
//! {"doc":0,"sentence":4,"text":"Kim Jong Un met Vladimir Putin."}
//! ],
//! "checksum":"5a1c0e9b2f3d4e6a"}
//! ```
//!
//! - `documents`: ingested documents in ingestion order; `hash` is the content hash.
//! - `nodes`: sorted by name; `kind` as in exports; `aliases` maps each alias to
//!   the rule that merged it (`titled-name`, `surname`, `title-surname`, `acronym`,
//!   `demonym`, `short-form`, `role-phrase`, `pronoun`, `cross-document`);
//!   `documents` are indices into `documents`.
//! - `edges`: `source`/`target` are indices into `nodes`; `evidence` is a sorted list
//!   of `[document index, sentence index]` pairs, one per sentence; a modal or
//!   attributed fact's entry adds its modal and who it is attributed to,
//!   `[0, 7, "would", "Microsoft"]` (either may be `null`).
//! - `sentences`: the text of every sentence cited as evidence, once each.
//! - `checksum`: the FNV-1a hash ([`super::checksum`]) of every byte of the file
//!   before `,\n"checksum"`, as 16 hex digits; checked before the file is
//!   parsed, so a flipped bit is an error, never an altered name. Version 1
//!   files (the same without `checksum`) and version 2 files (evidence pairs
//!   only) are still read.

use std::collections::HashMap;
use std::fs::{self, File, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use petgraph::stable_graph::NodeIndex;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::{DocumentRecord, Entity, Evidence, KnowledgeGraph, Relation};

/// The `format` field of a graph file.
pub const FORMAT_NAME: &str = "kg-graph";
/// The schema version this build writes (it also reads versions 1 and 2).
pub const FORMAT_VERSION: u32 = 3;

/// What follows the body of a version 2 JSON file: `,\n"checksum":"` 16 hex
/// digits `"}\n`.
const CHECKSUM_HEAD: &[u8] = b",\n\"checksum\":\"";
const CHECKSUM_TAIL: &[u8] = b"\"}\n";

/// Why a graph file could not be read or written. Every variant names the file.
#[derive(Debug, Error)]
pub enum StoreError {
    /// The file does not exist (see [`load_or_new`]).
    #[error("graph file {} does not exist", .path.display())]
    NotFound { path: PathBuf },
    #[error("cannot read graph file {}", .path.display())]
    Read {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("cannot write graph file {}", .path.display())]
    Write {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    /// Not valid JSON, or not the shape of a graph file.
    #[error("{}:{line}:{column}: malformed graph file: {message}", .path.display())]
    Syntax {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    /// A JSON file that is not a kg graph.
    #[error("{} is not a kg graph file (format {found:?}, expected {expected:?})", .path.display())]
    Format {
        path: PathBuf,
        found: String,
        expected: &'static str,
    },
    /// A kg graph file of a version this build does not read.
    #[error("{} is a version {found} graph file; this kg reads version {expected}", .path.display())]
    Version {
        path: PathBuf,
        found: u64,
        expected: u32,
    },
    /// The checksum does not match the content: the file was damaged.
    #[error("{}: damaged graph file: checksum {computed} does not match the stored {stored}", .path.display())]
    Checksum {
        path: PathBuf,
        stored: String,
        computed: String,
    },
    /// Well-formed, but inconsistent (an index out of range, a duplicate name).
    #[error("{}: invalid graph file: {message}", .path.display())]
    Invalid { path: PathBuf, message: String },
    /// A file format this build cannot handle.
    #[error("{}: unsupported graph file format {format:?}", .path.display())]
    Unsupported { path: PathBuf, format: String },
}

impl StoreError {
    /// The graph file the error is about.
    pub fn path(&self) -> &Path {
        match self {
            StoreError::NotFound { path }
            | StoreError::Read { path, .. }
            | StoreError::Write { path, .. }
            | StoreError::Syntax { path, .. }
            | StoreError::Format { path, .. }
            | StoreError::Version { path, .. }
            | StoreError::Invalid { path, .. }
            | StoreError::Checksum { path, .. }
            | StoreError::Unsupported { path, .. } => path,
        }
    }
}

/// The on-disk format of a graph file, chosen by its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileFormat {
    /// The JSON format of the module documentation (any extension but `.kgb`).
    Json,
    /// The compact binary format of [`super::binary`] (`.kgb`).
    Binary,
}

impl FileFormat {
    pub fn of(path: &Path) -> FileFormat {
        match path.extension().and_then(|e| e.to_str()) {
            Some(ext) if ext.eq_ignore_ascii_case("kgb") => FileFormat::Binary,
            _ => FileFormat::Json,
        }
    }
}

/// Read a graph file. A missing file is [`StoreError::NotFound`].
pub fn load(path: &Path) -> Result<KnowledgeGraph, StoreError> {
    let bytes = fs::read(path).map_err(|source| match source.kind() {
        io::ErrorKind::NotFound => StoreError::NotFound {
            path: path.to_path_buf(),
        },
        _ => StoreError::Read {
            path: path.to_path_buf(),
            source,
        },
    })?;
    match FileFormat::of(path) {
        FileFormat::Json => read_json(&bytes, path),
        FileFormat::Binary => super::binary::read(&bytes, path),
    }
}

/// Read a graph file, or start an empty graph when the file does not exist.
pub fn load_or_new(path: &Path) -> Result<KnowledgeGraph, StoreError> {
    match load(path) {
        Err(StoreError::NotFound { .. }) => Ok(KnowledgeGraph::new()),
        other => other,
    }
}

/// Write a graph file atomically (temporary file in the same directory, fsync,
/// rename). On error the previous file, if any, is untouched.
pub fn save(graph: &KnowledgeGraph, path: &Path) -> Result<(), StoreError> {
    let write_err = |source| StoreError::Write {
        path: path.to_path_buf(),
        source,
    };
    let format = FileFormat::of(path);
    let file_name = path.file_name().ok_or_else(|| {
        write_err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "the path names no file",
        ))
    })?;
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut tmp_name = std::ffi::OsString::from(".");
    tmp_name.push(file_name);
    tmp_name.push(format!(".tmp-{}", std::process::id()));
    let tmp = dir.join(tmp_name);
    let result = write_new(&tmp, |w| match format {
        FileFormat::Json => write_json(graph, w),
        FileFormat::Binary => super::binary::write(graph, w),
    })
    .and_then(|()| fs::rename(&tmp, path));
    if let Err(e) = result {
        let _ = fs::remove_file(&tmp);
        return Err(write_err(e));
    }
    // Make the rename itself durable; not every platform can sync a directory.
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// Create `tmp` (replacing a stale one), fill it with `fill`, and sync it to disk.
fn write_new(
    tmp: &Path,
    fill: impl FnOnce(&mut BufWriter<&File>) -> io::Result<()>,
) -> io::Result<()> {
    let file = match OpenOptions::new().write(true).create_new(true).open(tmp) {
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
            fs::remove_file(tmp)?;
            OpenOptions::new().write(true).create_new(true).open(tmp)?
        }
        other => other?,
    };
    let mut w = BufWriter::with_capacity(1 << 16, &file);
    fill(&mut w)?;
    w.flush()?;
    drop(w);
    file.sync_all()
}

// ---- on-disk records (written borrowed, read owned) ----

#[derive(Serialize)]
struct NodeOut<'a> {
    name: &'a str,
    kind: crate::vocab::EntityKind,
    aliases: &'a std::collections::BTreeMap<String, crate::resolve::AliasRule>,
    mentions: u64,
    documents: &'a [u32],
}

#[derive(Serialize)]
struct DocumentOut<'a> {
    name: &'a str,
    hash: &'a str,
    sentences: u32,
}

#[derive(Serialize)]
struct EdgeOut<'a> {
    source: usize,
    target: usize,
    relation: &'a str,
    confidence: f32,
    evidence: Vec<EvidenceRecord>,
}

/// One evidence entry of the file: `[doc, sentence]` for an asserted,
/// unattributed fact, else `[doc, sentence, modality, attributed_to]` (either
/// of the last two may be `null`).
#[derive(Debug, Clone, PartialEq)]
struct EvidenceRecord {
    doc: u32,
    sentence: u32,
    modality: Option<crate::vocab::Modality>,
    attributed_to: Option<String>,
}

impl EvidenceRecord {
    fn of(graph: &KnowledgeGraph, ev: &Evidence) -> EvidenceRecord {
        EvidenceRecord {
            doc: ev.doc,
            sentence: ev.sentence,
            modality: ev.modality,
            attributed_to: graph.attribution(ev).map(str::to_string),
        }
    }
}

impl Serialize for EvidenceRecord {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeTuple;
        let flagged = self.modality.is_some() || self.attributed_to.is_some();
        let mut t = s.serialize_tuple(if flagged { 4 } else { 2 })?;
        t.serialize_element(&self.doc)?;
        t.serialize_element(&self.sentence)?;
        if flagged {
            t.serialize_element(&self.modality)?;
            t.serialize_element(&self.attributed_to)?;
        }
        t.end()
    }
}

impl<'de> Deserialize<'de> for EvidenceRecord {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = EvidenceRecord;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("[doc, sentence] or [doc, sentence, modality, attributed_to]")
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut a: A,
            ) -> Result<Self::Value, A::Error> {
                use serde::de::Error;
                let doc = a
                    .next_element()?
                    .ok_or_else(|| A::Error::invalid_length(0, &self))?;
                let sentence = a
                    .next_element()?
                    .ok_or_else(|| A::Error::invalid_length(1, &self))?;
                let modality = a.next_element()?.flatten();
                let attributed_to = a.next_element()?.flatten();
                if a.next_element::<serde::de::IgnoredAny>()?.is_some() {
                    return Err(A::Error::invalid_length(5, &self));
                }
                Ok(EvidenceRecord {
                    doc,
                    sentence,
                    modality,
                    attributed_to,
                })
            }
        }
        d.deserialize_seq(Visit)
    }
}

#[derive(Serialize)]
struct SentenceOut<'a> {
    doc: u32,
    sentence: u32,
    text: &'a str,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GraphFile {
    format: String,
    version: u64,
    documents: Vec<DocumentIn>,
    nodes: Vec<NodeIn>,
    edges: Vec<EdgeIn>,
    sentences: Vec<SentenceIn>,
    #[serde(default)]
    checksum: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DocumentIn {
    name: String,
    hash: String,
    sentences: u32,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NodeIn {
    name: String,
    kind: crate::vocab::EntityKind,
    #[serde(default)]
    aliases: std::collections::BTreeMap<String, crate::resolve::AliasRule>,
    mentions: u64,
    #[serde(default)]
    documents: Vec<u32>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EdgeIn {
    source: usize,
    target: usize,
    relation: String,
    confidence: f32,
    evidence: Vec<EvidenceRecord>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SentenceIn {
    doc: u32,
    sentence: u32,
    text: String,
}

/// Just the identifying fields, to explain a file that does not parse as version 1.
#[derive(Deserialize)]
struct Header {
    format: Option<String>,
    version: Option<u64>,
}

pub(crate) fn write_json(graph: &KnowledgeGraph, w: &mut impl Write) -> io::Result<()> {
    let mut hw = super::checksum::HashingWriter::new(&mut *w);
    write_json_body(graph, &mut hw)?;
    let sum = hw.hash.finish();
    w.write_all(CHECKSUM_HEAD)?;
    write!(w, "{sum:016x}")?;
    w.write_all(CHECKSUM_TAIL)
}

/// Verify the checksum of a JSON graph file that has one (a file without one
/// is version 1, checked by its version field).
fn verify_json_checksum(bytes: &[u8], path: &Path) -> Result<(), StoreError> {
    let tail_len = CHECKSUM_HEAD.len() + 16 + CHECKSUM_TAIL.len();
    let Some(body) = bytes.len().checked_sub(tail_len) else {
        return Ok(());
    };
    let tail = &bytes[body..];
    if !tail.starts_with(CHECKSUM_HEAD) || !tail.ends_with(CHECKSUM_TAIL) {
        return Ok(());
    }
    let hex = &tail[CHECKSUM_HEAD.len()..CHECKSUM_HEAD.len() + 16];
    let stored = String::from_utf8_lossy(hex).into_owned();
    let computed = format!("{:016x}", super::checksum::Fnv64::of(&bytes[..body]));
    if stored != computed {
        return Err(StoreError::Checksum {
            path: path.to_path_buf(),
            stored,
            computed,
        });
    }
    Ok(())
}

fn write_json_body(graph: &KnowledgeGraph, w: &mut impl Write) -> io::Result<()> {
    write!(
        w,
        "{{\"format\":\"{FORMAT_NAME}\",\"version\":{FORMAT_VERSION},\n\"documents\":["
    )?;
    for (i, d) in graph.documents.iter().enumerate() {
        w.write_all(if i == 0 { b"\n" } else { b",\n" })?;
        let rec = DocumentOut {
            name: &d.name,
            hash: &d.hash,
            sentences: d.sentences,
        };
        serde_json::to_writer(&mut *w, &rec)?;
    }
    w.write_all(b"\n],\n\"nodes\":[")?;
    let order = graph.nodes_sorted();
    let mut position = HashMap::with_capacity(order.len());
    for (i, &n) in order.iter().enumerate() {
        position.insert(n, i);
        let e = &graph.graph[n];
        w.write_all(if i == 0 { b"\n" } else { b",\n" })?;
        let rec = NodeOut {
            name: &e.name,
            kind: e.kind,
            aliases: &e.aliases,
            mentions: e.mentions,
            documents: &e.documents,
        };
        serde_json::to_writer(&mut *w, &rec)?;
    }
    w.write_all(b"\n],\n\"edges\":[")?;
    for (i, e) in graph.edges_sorted().into_iter().enumerate() {
        let (s, t) = graph.graph.edge_endpoints(e).expect("edge exists");
        let r = &graph.graph[e];
        w.write_all(if i == 0 { b"\n" } else { b",\n" })?;
        let rec = EdgeOut {
            source: position[&s],
            target: position[&t],
            relation: &r.relation,
            confidence: r.confidence,
            evidence: r
                .evidence
                .iter()
                .map(|ev| EvidenceRecord::of(graph, ev))
                .collect(),
        };
        serde_json::to_writer(&mut *w, &rec)?;
    }
    w.write_all(b"\n],\n\"sentences\":[")?;
    for (i, (ev, text)) in graph.fact_texts().into_iter().enumerate() {
        w.write_all(if i == 0 { b"\n" } else { b",\n" })?;
        let rec = SentenceOut {
            doc: ev.doc,
            sentence: ev.sentence,
            text,
        };
        serde_json::to_writer(&mut *w, &rec)?;
    }
    w.write_all(b"\n]")
}

fn syntax_error(path: &Path, e: &serde_json::Error) -> StoreError {
    let full = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    let message = full.strip_suffix(&suffix).unwrap_or(&full).to_string();
    StoreError::Syntax {
        path: path.to_path_buf(),
        line: e.line(),
        column: e.column(),
        message,
    }
}

pub(crate) fn read_json(bytes: &[u8], path: &Path) -> Result<KnowledgeGraph, StoreError> {
    let check = |format: Option<&str>, version: Option<u64>| {
        if format != Some(FORMAT_NAME) {
            return Err(StoreError::Format {
                path: path.to_path_buf(),
                found: format.unwrap_or("none").to_string(),
                expected: FORMAT_NAME,
            });
        }
        match version {
            Some(v) if (1..=u64::from(FORMAT_VERSION)).contains(&v) => Ok(()),
            found => Err(StoreError::Version {
                path: path.to_path_buf(),
                found: found.unwrap_or(0),
                expected: FORMAT_VERSION,
            }),
        }
    };
    verify_json_checksum(bytes, path)?;
    let file: GraphFile = match serde_json::from_slice(bytes) {
        Ok(f) => f,
        Err(e) => {
            // A file of another format or version may legitimately have another shape.
            if e.is_data()
                && let Ok(h) = serde_json::from_slice::<Header>(bytes)
            {
                check(h.format.as_deref(), h.version)?;
            }
            return Err(syntax_error(path, &e));
        }
    };
    check(Some(&file.format), Some(file.version))?;
    let declared: u64 = file.documents.iter().map(|d| u64::from(d.sentences)).sum();
    if !crate::limits::sentences_fit(declared, bytes.len() as u64) {
        return Err(StoreError::Invalid {
            path: path.to_path_buf(),
            message: crate::limits::too_many_sentences(declared, bytes.len() as u64),
        });
    }
    if file.version >= 2 && file.checksum.is_none() {
        return Err(StoreError::Invalid {
            path: path.to_path_buf(),
            message: "no checksum at the end (damaged or edited file)".to_string(),
        });
    }
    build(file, path)
}

/// A graph as plain records, for loaders other than the graph files (the
/// SQLite store): documents in graph order, nodes, edges as `(source, target,
/// relation)` with positions in `nodes`, and the evidence sentence texts.
#[derive(Debug, Clone, Default)]
pub struct GraphParts {
    pub documents: Vec<DocumentRecord>,
    pub nodes: Vec<Entity>,
    pub edges: Vec<(usize, usize, Relation)>,
    pub sentences: Vec<(Evidence, String)>,
    /// The names [`Evidence::attributed_to`] of `edges` indexes.
    pub attributions: Vec<String>,
    /// Co-mentions: (node, node, evidence), node positions as in `nodes`.
    pub comentions: Vec<(usize, usize, Vec<Evidence>)>,
    /// Evidence of aliases merged across documents: (node, alias, document).
    pub alias_documents: Vec<(usize, String, u32)>,
}

/// Assemble a graph from [`GraphParts`], validating every index like the file
/// loaders (`path` names the source in errors).
pub fn from_parts(mut parts: GraphParts, path: &Path) -> Result<KnowledgeGraph, StoreError> {
    let comentions = std::mem::take(&mut parts.comentions);
    let alias_documents = std::mem::take(&mut parts.alias_documents);
    let file = GraphFile {
        format: FORMAT_NAME.to_string(),
        version: u64::from(FORMAT_VERSION),
        documents: parts
            .documents
            .into_iter()
            .map(|d| DocumentIn {
                name: d.name,
                hash: d.hash,
                sentences: d.sentences,
            })
            .collect(),
        nodes: parts
            .nodes
            .into_iter()
            .map(|n| NodeIn {
                name: n.name,
                kind: n.kind,
                aliases: n.aliases,
                mentions: n.mentions,
                documents: n.documents,
            })
            .collect(),
        edges: parts
            .edges
            .into_iter()
            .map(|(source, target, r)| EdgeIn {
                source,
                target,
                relation: r.relation,
                confidence: r.confidence,
                evidence: r
                    .evidence
                    .iter()
                    .map(|e| EvidenceRecord {
                        doc: e.doc,
                        sentence: e.sentence,
                        modality: e.modality,
                        attributed_to: e
                            .attributed_to
                            .and_then(|i| parts.attributions.get(i as usize))
                            .cloned(),
                    })
                    .collect(),
            })
            .collect(),
        sentences: parts
            .sentences
            .into_iter()
            .map(|(ev, text)| SentenceIn {
                doc: ev.doc,
                sentence: ev.sentence,
                text,
            })
            .collect(),
        checksum: None,
    };
    let mut g = build(file, path)?;
    let invalid = |message: String| StoreError::Invalid {
        path: path.to_path_buf(),
        message,
    };
    let (nodes, docs) = (g.graph.node_count(), g.documents.len());
    for (a, b, evidence) in comentions {
        if a >= nodes || b >= nodes || a == b || evidence.iter().any(|e| e.doc as usize >= docs) {
            return Err(invalid(format!(
                "co-mention {a}-{b} cites a missing node or document"
            )));
        }
        g.add_comention(NodeIndex::new(a), NodeIndex::new(b), &evidence);
    }
    for (n, alias, doc) in alias_documents {
        if n >= nodes || doc as usize >= docs {
            return Err(invalid(format!(
                "alias evidence of node {n} cites a missing node or document"
            )));
        }
        g.graph[NodeIndex::new(n)]
            .alias_documents
            .insert(alias, doc);
    }
    Ok(g)
}

/// Turn a parsed file into a graph, validating every index.
fn build(file: GraphFile, path: &Path) -> Result<KnowledgeGraph, StoreError> {
    let invalid = |message: String| StoreError::Invalid {
        path: path.to_path_buf(),
        message,
    };
    let docs = file.documents.len();
    let nodes = file.nodes.len();
    let mut g = KnowledgeGraph {
        documents: file
            .documents
            .into_iter()
            .map(|d| DocumentRecord {
                name: d.name,
                hash: d.hash,
                sentences: d.sentences,
            })
            .collect(),
        ..Default::default()
    };
    for (i, node) in file.nodes.into_iter().enumerate() {
        let mut node = Entity {
            name: node.name,
            kind: node.kind,
            aliases: node.aliases,
            mentions: node.mentions,
            documents: node.documents,
            alias_documents: Default::default(),
        };
        node.documents.sort_unstable();
        node.documents.dedup();
        if let Some(&d) = node.documents.iter().find(|&&d| d as usize >= docs) {
            return Err(invalid(format!(
                "node {i} ({:?}) cites document {d}, but there are {docs} documents",
                node.name
            )));
        }
        let key = super::name_key(&node.name);
        if g.by_name.contains_key(&key) {
            return Err(invalid(format!("node {i}: duplicate name {:?}", node.name)));
        }
        let n = g.graph.add_node(node);
        g.by_name.insert(key, n);
    }
    for (i, e) in file.edges.into_iter().enumerate() {
        if e.source >= nodes || e.target >= nodes {
            return Err(invalid(format!(
                "edge {i} joins nodes {} and {}, but there are {nodes} nodes",
                e.source, e.target
            )));
        }
        let mut evidence = Vec::with_capacity(e.evidence.len());
        for ev in e.evidence {
            if ev.doc as usize >= docs {
                return Err(invalid(format!(
                    "edge {i} cites document {}, but there are {docs} documents",
                    ev.doc
                )));
            }
            let sentences = g.documents[ev.doc as usize].sentences;
            if ev.sentence >= sentences {
                return Err(invalid(format!(
                    "edge {i} cites sentence {} of document {}, which has {sentences}",
                    ev.sentence, ev.doc
                )));
            }
            let attributed_to = ev.attributed_to.map(|a| g.intern_attribution(&a));
            evidence.push(Evidence {
                modality: ev.modality,
                attributed_to,
                ..Evidence::at(ev.doc, ev.sentence)
            });
        }
        Evidence::normalise(&mut evidence);
        g.graph.add_edge(
            NodeIndex::new(e.source),
            NodeIndex::new(e.target),
            Relation {
                relation: e.relation,
                confidence: e.confidence,
                evidence,
            },
        );
    }
    for s in file.sentences {
        if s.doc as usize >= docs {
            return Err(invalid(format!(
                "sentence {}#{} cites document {}, but there are {docs} documents",
                s.doc, s.sentence, s.doc
            )));
        }
        let sentences = g.documents[s.doc as usize].sentences;
        if s.sentence >= sentences {
            return Err(invalid(format!(
                "sentence {}#{} is past the {sentences} sentences of its document",
                s.doc, s.sentence
            )));
        }
        g.texts.insert(Evidence::at(s.doc, s.sentence), s.text);
    }
    g.rebuild_indexes();
    Ok(g)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::tests::{doc, entity, person};
    use crate::vocab::EntityKind;

    fn sample() -> KnowledgeGraph {
        let mut g = KnowledgeGraph::new();
        let a = doc(
            "fixtures/a.txt",
            vec![
                person("Kim Jong Un", &["Kim", "Mr Kim"]),
                person("Vladimir Putin", &["Putin"]),
                entity("Russia", EntityKind::Country, &["Russian"]),
            ],
            &[(0, "meet", 1), (0, "visit", 2), (1, "lead", 2)],
        );
        let b = doc(
            "fixtures/b \"quoted\".txt",
            vec![
                person("Putin", &[]),
                entity("Ukraine", EntityKind::Country, &[]),
            ],
            &[(0, "invade", 1)],
        );
        g.merge_document(&a, "hash-a");
        g.merge_document(&b, "hash-b");
        g
    }

    /// Everything observable about a graph, in a comparable form.
    fn dump(g: &KnowledgeGraph) -> String {
        let mut out = format!("{:?}\n", g.documents());
        for n in g.nodes_sorted() {
            out += &format!("{:?}\n", g.entity(n));
        }
        for e in g.edges_sorted() {
            let (s, t) = g.graph().edge_endpoints(e).unwrap();
            let r = g.relation(e);
            out += &format!("{} {:?} {}\n", g.entity(s).name, r, g.entity(t).name);
            for ev in &r.evidence {
                out += &format!("  {} {}\n", g.evidence_doc(ev), g.evidence_text(ev));
            }
        }
        out
    }

    #[test]
    fn save_then_load_round_trips_and_rebuilds_indexes() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("kg.json");
        let g = sample();
        save(&g, &path).unwrap();
        let loaded = load(&path).unwrap();
        assert_eq!(dump(&loaded), dump(&g));
        assert_eq!(
            loaded.lookup("mr kim"),
            Ok(loaded.node_by_name("Kim Jong Un").unwrap())
        );
        assert!(loaded.has_document("hash-b"));
        // Deterministic bytes: saving the loaded graph writes the same file.
        let again = dir.path().join("again.json");
        save(&loaded, &again).unwrap();
        assert_eq!(fs::read(&path).unwrap(), fs::read(&again).unwrap());
        // No temporary file is left behind.
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 2, "{names:?}");
    }

    #[test]
    fn missing_file_is_not_found_and_load_or_new_starts_empty() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("none.json");
        assert!(matches!(load(&path), Err(StoreError::NotFound { .. })));
        assert_eq!(load_or_new(&path).unwrap().graph().node_count(), 0);
    }

    #[test]
    fn bad_files_are_reported_with_path_and_location() {
        let dir = tempfile::tempdir().unwrap();
        let good = dir.path().join("good.json");
        save(&sample(), &good).unwrap();
        let text = fs::read_to_string(&good).unwrap();
        // The same graph as a version 1 file (no checksum), for the parser's errors.
        let body = &text[..text.rfind(",\n\"checksum\"").unwrap()];
        let v1 = format!("{}}}\n", body.replacen("\"version\":3", "\"version\":1", 1));
        let cases: Vec<(&str, String, String)> = vec![
            (
                "truncated",
                text[..text.len() / 2].to_string(),
                ":malformed graph file: EOF while parsing".to_string(),
            ),
            (
                "flipped",
                text.replacen("Kim Jong Un", "Kim Jong Um", 1),
                "damaged graph file: checksum".to_string(),
            ),
            (
                "no-checksum",
                v1.replacen("\"version\":1", "\"version\":2", 1),
                "no checksum".to_string(),
            ),
            (
                "corrupt-line-3",
                v1.replacen("\"hash\":", "\"hash\" ", 1),
                ":3:".to_string(),
            ),
            (
                "version",
                v1.replacen("\"version\":1", "\"version\":7", 1),
                "is a version 7 graph file; this kg reads version 3".to_string(),
            ),
            (
                "version-other-shape",
                r#"{"format":"kg-graph","version":4,"nodes":{}}"#.to_string(),
                "is a version 4 graph file; this kg reads version 3".to_string(),
            ),
            (
                "format",
                r#"{"directed":true,"nodes":[]}"#.to_string(),
                r#"is not a kg graph file (format "none", expected "kg-graph")"#.to_string(),
            ),
            (
                "dangling-edge",
                v1.replacen("\"source\":0", "\"source\":99", 1),
                "invalid graph file: edge 0 joins nodes 99".to_string(),
            ),
        ];
        // A version 1 file still loads.
        let old = dir.path().join("v1.json");
        fs::write(&old, &v1).unwrap();
        assert_eq!(
            load(&old).unwrap().graph().edge_count(),
            sample().graph().edge_count()
        );
        for (name, content, want) in cases {
            let path = dir.path().join(format!("{name}.json"));
            fs::write(&path, content).unwrap();
            let err = load(&path).unwrap_err();
            let msg = err.to_string().replace(": malformed", ":malformed");
            assert!(
                msg.starts_with(&path.display().to_string()),
                "{name}: {msg}"
            );
            assert!(msg.contains(&want), "{name}: {msg}");
        }
    }

    #[test]
    fn corrupt_file_error_carries_line_and_column() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("kg.json");
        fs::write(
            &path,
            "{\"format\":\"kg-graph\",\"version\":1,\n\"documents\":[\n{\"name\" \"x\"}\n]}",
        )
        .unwrap();
        match load(&path) {
            Err(StoreError::Syntax { line, column, .. }) => assert_eq!((line, column), (3, 9)),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn failed_save_leaves_the_old_file_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("kg.json");
        save(&sample(), &path).unwrap();
        let before = fs::read(&path).unwrap();
        // The temporary file's name is taken by a directory: writing fails.
        let blocker = dir
            .path()
            .join(format!(".kg.json.tmp-{}", std::process::id()));
        fs::create_dir(&blocker).unwrap();
        fs::write(blocker.join("x"), "").unwrap();
        let err = save(&KnowledgeGraph::new(), &path).unwrap_err();
        assert!(matches!(err, StoreError::Write { .. }), "{err:?}");
        assert_eq!(fs::read(&path).unwrap(), before);
        // A directory that does not exist: an error naming the file.
        let nowhere = dir.path().join("missing").join("kg.json");
        let err = save(&sample(), &nowhere).unwrap_err();
        assert_eq!(err.path(), nowhere);
        assert!(!nowhere.exists());
    }

    #[test]
    fn format_is_chosen_by_extension() {
        let dir = tempfile::tempdir().unwrap();
        let kgb = dir.path().join("graph.KGB");
        save(&sample(), &kgb).unwrap();
        assert!(
            fs::read(&kgb)
                .unwrap()
                .starts_with(super::super::binary::MAGIC)
        );
        assert_eq!(dump(&load(&kgb).unwrap()), dump(&sample()));
        // A binary file under a JSON name is a syntax error, not a crash.
        let json = dir.path().join("graph.json");
        fs::copy(&kgb, &json).unwrap();
        assert!(matches!(load(&json), Err(StoreError::Syntax { .. })));
    }
}
