//! Point questions from indexed reads: one `entity`, `neighbours` or `path`
//! statement in, the small part of the graph that answers it out (a
//! [`KnowledgeGraph`] on which the ordinary evaluator gives exactly the answer
//! it gives on the whole graph), or `None` when the statement needs the whole
//! graph (an unknown or ambiguous name, whose error lists suggestions from
//! every name).
//!
//! - `entity N`: the entity with its aliases and documents, and as many edges
//!   as it has (counted from the index) to a stand-in node: the answer shows
//!   the degree, not the edges.
//! - `neighbours N depth d`: a breadth-first walk, both directions, over the
//!   indexed `edges` table; every node within `d` steps and every edge at a
//!   node closer than `d` (the evaluator's walk touches no other), with
//!   evidence.
//! - `path A to B`: a bidirectional breadth-first search by whole layers until
//!   the two balls meet (growing the side with fewer edges to scan). Every
//!   shortest path lies in their union and its edges are among those scanned,
//!   so the first shortest path in name order found there (distances from both
//!   ends, then the first name at each step; only those names are read) is the
//!   whole graph's; the path's nodes and the edges between consecutive ones
//!   are then loaded with evidence for the evaluator.
//!
//! Names and ranks are those of the whole graph restricted to the loaded part,
//! so every tie is broken in the same order.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

use rusqlite::{Connection, OptionalExtension, params};

use super::records::bad;
use crate::EntityKind;
use crate::KnowledgeGraph;
use crate::graph::store::GraphParts;
use crate::graph::{DocumentRecord, Entity, Evidence, Relation, name_key};
use crate::hash::FastMap;
use crate::query::Query;
use crate::resolve::AliasRule;
use crate::vocab::Modality;

type Edge = (i64, i64, String, f64);

/// The part of the graph stored in `conn` that answers `q`, or `None`.
pub fn partial(
    conn: &Connection,
    q: &Query,
    path: &Path,
) -> rusqlite::Result<Option<KnowledgeGraph>> {
    match q {
        Query::Entity { name } => {
            let Some(n) = resolve(conn, &name.text)? else {
                return Ok(None);
            };
            let mut p = Part {
                described: true,
                ..Part::default()
            };
            p.named.insert(n);
            p.nodes.insert(n);
            p.stand_in = Some((n, degree(conn, n, true, true)?));
            p.build(conn, false, path).map(Some)
        }
        Query::Neighbours { entity, depth, .. } => {
            let Some(n) = resolve(conn, &entity.text)? else {
                return Ok(None);
            };
            let mut p = Part::default();
            p.named.insert(n);
            p.nodes.insert(n);
            let mut layer = vec![n];
            for _ in 0..*depth {
                let mut next = Vec::new();
                for &u in &layer {
                    for (id, e) in steps(conn, u, true, true)? {
                        let m = if e.0 == u { e.1 } else { e.0 };
                        if p.nodes.insert(m) {
                            next.push(m);
                        }
                        p.edges.insert(id, e);
                    }
                }
                if next.is_empty() {
                    break;
                }
                layer = next;
            }
            p.build(conn, true, path).map(Some)
        }
        Query::Path { from, to, directed } => {
            let (Some(a), Some(b)) = (resolve(conn, &from.text)?, resolve(conn, &to.text)?) else {
                return Ok(None);
            };
            path_part(conn, a, b, *directed, path).map(Some)
        }
        _ => Ok(None),
    }
}

/// The entity a typed name resolves to, as the whole graph's look-up would
/// (canonical name, else an alias of exactly one entity, else the same without
/// a leading `the`); `None` when that look-up would fail.
fn resolve(conn: &Connection, name: &str) -> rusqlite::Result<Option<i64>> {
    let key = name_key(name);
    let by_key = |key: &str| -> rusqlite::Result<Option<i64>> {
        let canonical: Option<i64> = conn
            .prepare_cached("SELECT id FROM entities WHERE key = ?1")?
            .query_row([key], |r| r.get(0))
            .optional()?;
        if canonical.is_some() {
            return Ok(canonical);
        }
        let mut st = conn.prepare_cached("SELECT DISTINCT entity FROM aliases WHERE key = ?1")?;
        let ids: Vec<i64> = st
            .query_map([key], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        if ids.len() == 1 {
            return Ok(Some(ids[0]));
        }
        // As the whole graph's look-up: the one entity that a cross-document
        // merge gave this name (see `KnowledgeGraph::lookup`).
        if ids.len() > 1 && super::comention::has_table(conn, "alias_evidence")? {
            let mut st = conn.prepare_cached(
                "SELECT DISTINCT a.entity FROM aliases a JOIN alias_evidence e \
                 ON e.entity = a.entity AND e.name = a.name WHERE a.key = ?1",
            )?;
            let merged: Vec<i64> = st
                .query_map([key], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            if merged.len() == 1 {
                return Ok(Some(merged[0]));
            }
        }
        Ok(None)
    };
    if let Some(n) = by_key(&key)? {
        return Ok(Some(n));
    }
    // An ambiguous alias is an error of the whole graph's look-up: no retry.
    let aliased: i64 = conn
        .prepare_cached("SELECT count(DISTINCT entity) FROM aliases WHERE key = ?1")?
        .query_row([&key], |r| r.get(0))?;
    match key.strip_prefix("the ") {
        Some(rest) if aliased == 0 => by_key(rest),
        _ => Ok(None),
    }
}

/// The edges at entity `n`: leaving it (`out`) and entering it (`inc`).
fn steps(conn: &Connection, n: i64, out: bool, inc: bool) -> rusqlite::Result<Vec<(i64, Edge)>> {
    let mut v = Vec::new();
    if out {
        let mut st = conn.prepare_cached(
            "SELECT id, target, relation, confidence FROM edges WHERE source = ?1",
        )?;
        let rows = st.query_map([n], |r| {
            Ok((r.get(0)?, (n, r.get(1)?, r.get(2)?, r.get(3)?)))
        })?;
        for row in rows {
            v.push(row?);
        }
    }
    if inc {
        let mut st = conn.prepare_cached(
            "SELECT id, source, relation, confidence FROM edges WHERE target = ?1",
        )?;
        let rows = st.query_map([n], |r| {
            Ok((r.get(0)?, (r.get(1)?, n, r.get(2)?, r.get(3)?)))
        })?;
        for row in rows {
            v.push(row?);
        }
    }
    Ok(v)
}

/// The edges at entity `n` as (id, source, target), leaving it (`out`) and
/// entering it (`inc`): what a search walks, without the relation's text.
fn ends(
    conn: &Connection,
    n: i64,
    out: bool,
    inc: bool,
    into: &mut Vec<(i64, i64, i64)>,
) -> rusqlite::Result<()> {
    if out {
        let mut st = conn.prepare_cached("SELECT id, target FROM edges WHERE source = ?1")?;
        let mut rows = st.query([n])?;
        while let Some(r) = rows.next()? {
            into.push((r.get(0)?, n, r.get(1)?));
        }
    }
    if inc {
        let mut st = conn.prepare_cached("SELECT id, source FROM edges WHERE target = ?1")?;
        let mut rows = st.query([n])?;
        while let Some(r) = rows.next()? {
            into.push((r.get(0)?, r.get(1)?, n));
        }
    }
    Ok(())
}

/// The number of edges at entity `n`, leaving it (`out`) and entering it (`inc`).
fn degree(conn: &Connection, n: i64, out: bool, inc: bool) -> rusqlite::Result<usize> {
    let mut d = 0;
    if out {
        d += conn
            .prepare_cached("SELECT count(*) FROM edges WHERE source = ?1")?
            .query_row([n], |r| r.get::<_, usize>(0))?;
    }
    if inc {
        d += conn
            .prepare_cached("SELECT count(*) FROM edges WHERE target = ?1")?
            .query_row([n], |r| r.get::<_, usize>(0))?;
    }
    Ok(d)
}

/// `path a to b`: the union of two breadth-first balls, searched in memory,
/// then the found path loaded with its evidence.
fn path_part(
    conn: &Connection,
    a: i64,
    b: i64,
    directed: bool,
    path: &Path,
) -> rusqlite::Result<KnowledgeGraph> {
    // Every edge scanned, by id: (source, target).
    let mut scanned: FastMap<i64, (i64, i64)> = FastMap::default();
    let mut dist: [FastMap<i64, u32>; 2] = [FastMap::default(), FastMap::default()];
    dist[0].insert(a, 0);
    dist[1].insert(b, 0);
    let mut front = [vec![a], vec![b]];
    let met = |dist: &[FastMap<i64, u32>; 2], side: usize, nodes: &[i64]| {
        nodes.iter().any(|n| dist[1 - side].contains_key(n))
    };
    let mut found_ends = Vec::new();
    if a != b {
        loop {
            if front[0].is_empty() || front[1].is_empty() || met(&dist, 0, &front[0]) {
                break;
            }
            // From `a` edges are walked forwards, from `b` backwards.
            let dirs = |side: usize| match (directed, side) {
                (false, _) => (true, true),
                (true, 0) => (true, false),
                (true, _) => (false, true),
            };
            // Grow the side whose frontier has fewer edges to scan.
            let mut weight = [0usize; 2];
            for (side, w) in weight.iter_mut().enumerate() {
                let (out, inc) = dirs(side);
                for &u in &front[side] {
                    *w += degree(conn, u, out, inc)?;
                }
            }
            let side = usize::from(weight[1] < weight[0]);
            let (out, inc) = dirs(side);
            let mut next = Vec::new();
            for &u in &front[side] {
                let d = dist[side][&u] + 1;
                found_ends.clear();
                ends(conn, u, out, inc, &mut found_ends)?;
                for &(id, s, t) in &found_ends {
                    let m = if s == u { t } else { s };
                    if let std::collections::hash_map::Entry::Vacant(v) = dist[side].entry(m) {
                        v.insert(d);
                        next.push(m);
                    }
                    scanned.insert(id, (s, t));
                }
            }
            let done = met(&dist, side, &next);
            front[side] = next;
            if done {
                break;
            }
        }
    }
    let found = name_first_path(conn, a, b, directed, scanned.values().copied())?;
    let mut hops = Part::default();
    hops.named.extend([a, b]);
    hops.nodes.extend([a, b]);
    if let Some(nodes) = found {
        let chain = nodes;
        hops.nodes.extend(&chain);
        let pairs: BTreeSet<(i64, i64)> = chain.windows(2).map(|w| (w[0], w[1])).collect();
        let mut edge =
            conn.prepare_cached("SELECT relation, confidence FROM edges WHERE id = ?1")?;
        for (&id, &(s, t)) in &scanned {
            if pairs.contains(&(s, t)) || pairs.contains(&(t, s)) {
                let (relation, confidence) =
                    edge.query_row([id], |r| Ok((r.get(0)?, r.get(1)?)))?;
                hops.edges.insert(id, (s, t, relation, confidence));
            }
        }
    }
    hops.build(conn, true, path)
}

/// The first shortest path from `a` to `b` in name order (compared node by
/// node from `a`), over `edges` (which hold every shortest path): breadth-first
/// distances from both ends, then from `a` the first name, each step, among the
/// next nodes on a shortest path. Only those candidates' names are read.
fn name_first_path(
    conn: &Connection,
    a: i64,
    b: i64,
    directed: bool,
    edges: impl Iterator<Item = (i64, i64)>,
) -> rusqlite::Result<Option<Vec<i64>>> {
    if a == b {
        return Ok(Some(vec![a]));
    }
    let (mut fwd, mut back): (FastMap<i64, Vec<i64>>, FastMap<i64, Vec<i64>>) =
        (FastMap::default(), FastMap::default());
    for (s, t) in edges {
        fwd.entry(s).or_default().push(t);
        back.entry(t).or_default().push(s);
        if !directed {
            fwd.entry(t).or_default().push(s);
            back.entry(s).or_default().push(t);
        }
    }
    let bfs = |adj: &FastMap<i64, Vec<i64>>, start: i64| {
        let mut dist = FastMap::default();
        dist.insert(start, 0u32);
        let mut queue = std::collections::VecDeque::from([start]);
        while let Some(u) = queue.pop_front() {
            let d = dist[&u] + 1;
            for &m in adj.get(&u).into_iter().flatten() {
                if let std::collections::hash_map::Entry::Vacant(v) = dist.entry(m) {
                    v.insert(d);
                    queue.push_back(m);
                }
            }
        }
        dist
    };
    let from_a = bfs(&fwd, a);
    let Some(&total) = from_a.get(&b) else {
        return Ok(None);
    };
    let to_b = bfs(&back, b);
    let mut name = conn.prepare_cached("SELECT name FROM entities WHERE id = ?1")?;
    let mut chain = vec![a];
    let mut cur = a;
    for i in 0..total {
        let mut best: Option<(String, i64)> = None;
        for &m in fwd.get(&cur).into_iter().flatten() {
            let on_path =
                from_a.get(&m) == Some(&(i + 1)) && to_b.get(&m) == Some(&(total - i - 1));
            if !on_path || best.as_ref().is_some_and(|(_, id)| *id == m) {
                continue;
            }
            let n: String = name.query_row([m], |r| r.get(0))?;
            if best.as_ref().is_none_or(|(b, _)| n < *b) {
                best = Some((n, m));
            }
        }
        let (_, next) = best.ok_or_else(|| bad("a shortest path breaks off".to_string()))?;
        chain.push(next);
        cur = next;
    }
    Ok(Some(chain))
}

/// An evidence row: document id, sentence, modal and attributed name.
type Cited = (i64, u32, Option<String>, Option<String>);

/// A part of the graph: entity ids, edges by id, and the entities whose
/// aliases are loaded (those the statement names, so its look-ups find them).
/// Only an `entity` answer shows an entity's documents and where its merged
/// aliases come from (`described`): a path or a neighbourhood from a hub that
/// half the archive cites reads none of those rows.
#[derive(Default)]
struct Part {
    nodes: BTreeSet<i64>,
    edges: BTreeMap<i64, Edge>,
    named: BTreeSet<i64>,
    described: bool,
    /// An entity whose answer shows how many edges it has, not which
    /// (`entity`), and that number: its edges are counted from the index and
    /// all drawn to one unnamed stand-in node instead of reading each edge and
    /// neighbour (a hub's 29,508 of them were 40 % of the answer's time). A
    /// self-loop is counted at both ends, as the graph's degree counts it.
    stand_in: Option<(i64, usize)>,
}

/// The name of the stand-in node of [`Part::stand_in`]: no typed name is
/// empty, so nothing looks it up or shows it.
const STAND_IN: &str = "";

fn parse<'de, T: serde::Deserialize<'de>>(name: &'de str) -> rusqlite::Result<T> {
    use serde::de::value::{Error, StrDeserializer};
    T::deserialize(StrDeserializer::<Error>::new(name))
        .map_err(|_| bad(format!("unknown name {name:?}")))
}

/// The rows of documents `docs`: graph position, id, record. A look-up each,
/// or, when they are more than a quarter of the graph's documents (a hub
/// cites half the archive), one scan of all in graph order, which reads each
/// page once instead of descending the trees for every document.
fn cited_documents(
    conn: &Connection,
    docs: &BTreeSet<i64>,
) -> rusqlite::Result<Vec<(i64, i64, DocumentRecord)>> {
    use super::materialise::document_record as record;
    let mut out = Vec::with_capacity(docs.len());
    let last: Option<i64> = conn
        .prepare_cached("SELECT max(position) FROM graph_documents")?
        .query_row([], |r| r.get(0))?;
    if (docs.len() as i64).saturating_mul(4) > last.unwrap_or(0) {
        // Two scans in table order, joined here: a join in SQL would descend
        // the documents tree once per graph document.
        let mut records: FastMap<i64, DocumentRecord> = FastMap::default();
        records.reserve(docs.len());
        let mut st = conn.prepare_cached("SELECT id, name, hash, sentences FROM documents")?;
        let mut rows = st.query([])?;
        while let Some(r) = rows.next()? {
            let d: i64 = r.get(0)?;
            if docs.contains(&d) {
                records.insert(d, record(r, 1)?);
            }
        }
        let mut st = conn.prepare_cached("SELECT position, doc FROM graph_documents")?;
        let mut rows = st.query([])?;
        while let Some(r) = rows.next()? {
            let d: i64 = r.get(1)?;
            if let Some(rec) = records.remove(&d) {
                out.push((r.get(0)?, d, rec));
            }
        }
        if out.len() != docs.len() {
            return Err(bad("a row cites a document not in the graph".to_string()));
        }
        return Ok(out);
    }
    let mut st = conn.prepare_cached(
        "SELECT g.position, d.name, d.hash, d.sentences FROM graph_documents g \
         JOIN documents d ON d.id = g.doc WHERE g.doc = ?1",
    )?;
    for &d in docs {
        out.push(st.query_row([d], |r| Ok((r.get(0)?, d, record(r, 1)?)))?);
    }
    Ok(out)
}

impl Part {
    fn build(
        self,
        conn: &Connection,
        evidence: bool,
        path: &Path,
    ) -> rusqlite::Result<KnowledgeGraph> {
        let mut parts = GraphParts::default();
        let mut position: HashMap<i64, usize> = HashMap::new();
        // Documents cited, by document id, with what each entity and edge cites.
        let mut docs: BTreeSet<i64> = BTreeSet::new();
        let mut node_docs: Vec<Vec<i64>> = Vec::new();
        let mut ent =
            conn.prepare_cached("SELECT name, kind, mentions FROM entities WHERE id = ?1")?;
        let mut aliases =
            conn.prepare_cached("SELECT name, rule FROM aliases WHERE entity = ?1")?;
        let mut ent_docs =
            conn.prepare_cached("SELECT doc FROM entity_documents WHERE entity = ?1")?;
        for &id in &self.nodes {
            position.insert(id, parts.nodes.len());
            let (name, kind, mentions): (String, String, i64) =
                ent.query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
            let mut e = Entity {
                name,
                kind: parse::<EntityKind>(&kind)?,
                aliases: BTreeMap::new(),
                mentions: mentions as u64,
                documents: Vec::new(),
                alias_documents: BTreeMap::new(),
            };
            let mut cited = Vec::new();
            if self.named.contains(&id) {
                let rows = aliases.query_map([id], |r| {
                    Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
                })?;
                for row in rows {
                    let (a, rule) = row?;
                    e.aliases.insert(a, parse::<AliasRule>(&rule)?);
                }
                if self.described {
                    let rows = ent_docs.query_map([id], |r| r.get::<_, i64>(0))?;
                    for row in rows {
                        cited.push(row?);
                    }
                }
            }
            docs.extend(&cited);
            node_docs.push(cited);
            parts.nodes.push(e);
        }
        let mut ev = conn.prepare_cached(
            "SELECT doc, sentence, modality, attributed_to FROM evidence WHERE edge = ?1",
        )?;
        let mut edge_ev: Vec<Vec<Cited>> = Vec::new();
        for (&id, (s, t, relation, confidence)) in &self.edges {
            let mut cited = Vec::new();
            if evidence {
                let rows =
                    ev.query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
                for row in rows {
                    cited.push(row?);
                }
            }
            docs.extend(cited.iter().map(|c| c.0));
            edge_ev.push(cited);
            parts.edges.push((
                position[s],
                position[t],
                Relation {
                    relation: relation.clone(),
                    confidence: *confidence as f32,
                    evidence: Vec::new(),
                },
            ));
        }
        // The cited documents, in graph order.
        let mut doc_rows = cited_documents(conn, &docs)?;
        doc_rows.sort_by_key(|r| r.0);
        let mut local: HashMap<i64, u32> = HashMap::new();
        for (i, (_, d, rec)) in doc_rows.into_iter().enumerate() {
            local.insert(d, i as u32);
            parts.documents.push(rec);
        }
        for (n, cited) in parts.nodes.iter_mut().zip(node_docs) {
            n.documents = cited.iter().map(|d| local[d]).collect();
            n.documents.sort_unstable();
        }
        // The evidence of aliases merged across documents (one of the entity's
        // documents).
        if self.described && super::comention::has_table(conn, "alias_evidence")? {
            let mut st =
                conn.prepare_cached("SELECT name, doc FROM alias_evidence WHERE entity = ?1")?;
            for (&id, &i) in &position {
                if !self.named.contains(&id) {
                    continue;
                }
                let rows =
                    st.query_map([id], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?;
                for row in rows {
                    let (alias, d) = row?;
                    if let Some(&l) = local.get(&d) {
                        parts.alias_documents.push((i, alias, l));
                    }
                }
            }
        }
        let mut text =
            conn.prepare_cached("SELECT text FROM doc_sentences WHERE doc = ?1 AND idx = ?2")?;
        let mut texts: BTreeMap<Evidence, String> = BTreeMap::new();
        let mut attribution_ids = HashMap::new();
        for (edge, cited) in parts.edges.iter_mut().zip(edge_ev) {
            for (d, sentence, modality, attributed) in cited {
                let e = Evidence::at(local[&d], sentence);
                if let std::collections::btree_map::Entry::Vacant(v) = texts.entry(e) {
                    v.insert(text.query_row(params![d, sentence], |r| r.get(0))?);
                }
                let e = Evidence {
                    modality: modality.as_deref().map(parse::<Modality>).transpose()?,
                    attributed_to: attributed.map(|a| {
                        super::materialise::intern(&mut parts.attributions, &mut attribution_ids, a)
                    }),
                    ..e
                };
                edge.2.evidence.push(e);
            }
        }
        parts.sentences = texts.into_iter().collect();
        if let Some((n, degree)) = self.stand_in {
            let stand_in = parts.nodes.len();
            parts.nodes.push(Entity {
                name: STAND_IN.to_string(),
                kind: EntityKind::Other,
                aliases: BTreeMap::new(),
                mentions: 0,
                documents: Vec::new(),
                alias_documents: BTreeMap::new(),
            });
            let edge = Relation {
                relation: String::new(),
                confidence: 0.0,
                evidence: Vec::new(),
            };
            parts
                .edges
                .extend(std::iter::repeat_n((position[&n], stand_in, edge), degree));
        }
        crate::graph::store::from_parts(parts, path).map_err(|e| bad(e.to_string()))
    }
}
