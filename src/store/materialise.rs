//! The materialised graph: a merged [`KnowledgeGraph`] in, the rows of the
//! `graph_documents`, `entities`, `entity_documents`, `aliases`, `edges` and
//! `evidence` tables out ([`write`]), and back as [`GraphParts`] ([`read`]).
//!
//! Entities are written in name order (their `id` is the rank of the name),
//! edges in (source, relation, target) name order, so the tables are a
//! deterministic function of the graph.

use std::collections::{BTreeMap, HashMap};

use rusqlite::{Connection, params};

use super::records::bad;
use crate::EntityKind;
use crate::KnowledgeGraph;
use crate::graph::store::GraphParts;
use crate::graph::{DocumentRecord, Entity, Evidence, Relation, name_key};
use crate::hash::FastMap;
use crate::resolve::AliasRule;
use crate::vocab::Modality;

/// Empty the materialised graph.
pub fn clear(conn: &Connection) -> rusqlite::Result<()> {
    for t in super::schema::GRAPH_TABLES {
        conn.execute(&format!("DELETE FROM {t}"), [])?;
    }
    Ok(())
}

/// Replace the materialised graph with `g` (whose documents are stored).
pub fn write(conn: &Connection, g: &KnowledgeGraph) -> rusqlite::Result<()> {
    clear(conn)?;
    let ids = super::records::stored(conn)?;
    let mut doc_ids = Vec::with_capacity(g.documents().len());
    {
        let mut st = conn.prepare("INSERT INTO graph_documents (position, doc) VALUES (?1, ?2)")?;
        for (i, d) in g.documents().iter().enumerate() {
            let id = ids
                .get(&d.name)
                .map(|x| x.0)
                .ok_or_else(|| bad(format!("graph document {:?} is not stored", d.name)))?;
            st.execute(params![i, id])?;
            doc_ids.push(id);
        }
    }
    let nodes = g.nodes_sorted();
    let mut position = vec![0usize; nodes.iter().map(|n| n.index() + 1).max().unwrap_or(0)];
    {
        let mut ent = conn.prepare(
            "INSERT INTO entities (id, name, key, kind, mentions) VALUES (?1, ?2, ?3, ?4, ?5)",
        )?;
        let mut docs =
            conn.prepare("INSERT INTO entity_documents (entity, doc) VALUES (?1, ?2)")?;
        let mut alias =
            conn.prepare("INSERT INTO aliases (entity, name, key, rule) VALUES (?1, ?2, ?3, ?4)")?;
        for (i, &n) in nodes.iter().enumerate() {
            position[n.index()] = i;
            let e = g.entity(n);
            ent.execute(params![
                i,
                e.name,
                name_key(&e.name),
                e.kind.as_str(),
                e.mentions as i64
            ])?;
            for &d in &e.documents {
                docs.execute(params![i, doc_ids[d as usize]])?;
            }
            for (a, rule) in &e.aliases {
                alias.execute(params![i, a, name_key(a), rule.as_str()])?;
            }
        }
    }
    let mut edge = conn.prepare(
        "INSERT INTO edges (id, source, target, relation, confidence) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    let mut ev = conn.prepare(
        "INSERT INTO evidence (edge, doc, sentence, modality, attributed_to) \
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for (i, e) in g.edges_sorted().into_iter().enumerate() {
        let (s, t) = g.graph().edge_endpoints(e).expect("edge exists");
        let r = g.relation(e);
        edge.execute(params![
            i,
            position[s.index()],
            position[t.index()],
            r.relation,
            f64::from(r.confidence)
        ])?;
        for x in &r.evidence {
            ev.execute(params![
                i,
                doc_ids[x.doc as usize],
                x.sentence,
                x.modality.map(Modality::as_str),
                g.attribution(x)
            ])?;
        }
    }
    super::comention::write(conn, g, &position, &doc_ids)
}

/// (documents stored, entities, edges) of the materialised graph.
pub fn counts(conn: &Connection) -> rusqlite::Result<(usize, usize, usize)> {
    let n = |t: &str| -> rusqlite::Result<usize> {
        conn.query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get(0))
    };
    Ok((n("documents")?, n("entities")?, n("edges")?))
}

fn parse<'de, T: serde::Deserialize<'de>>(name: &'de str, what: &str) -> rusqlite::Result<T> {
    use serde::de::value::{Error, StrDeserializer};
    T::deserialize(StrDeserializer::<Error>::new(name))
        .map_err(|_| bad(format!("unknown {what} {name:?}")))
}

/// The index of `name` in `table`, added if new (`ids` maps names to indices).
pub fn intern(table: &mut Vec<String>, ids: &mut HashMap<String, u32>, name: String) -> u32 {
    *ids.entry(name).or_insert_with_key(|name| {
        table.push(name.clone());
        table.len() as u32 - 1
    })
}

/// The graph's documents in graph order: position, id, then the record's
/// columns as [`document_record`] reads them.
const GRAPH_DOCUMENTS: &str = "SELECT g.position, g.doc, d.name, d.hash, d.sentences \
     FROM graph_documents g JOIN documents d ON d.id = g.doc ORDER BY g.position";

/// A document's record from the columns of a row starting at `at`: name,
/// content hash, sentence count.
pub(super) fn document_record(
    r: &rusqlite::Row<'_>,
    at: usize,
) -> rusqlite::Result<DocumentRecord> {
    Ok(DocumentRecord {
        name: r.get(at)?,
        hash: r.get(at + 1)?,
        sentences: r.get(at + 2)?,
    })
}

/// Read the materialised graph back.
pub fn read(conn: &Connection) -> rusqlite::Result<GraphParts> {
    let mut parts = GraphParts::default();
    // Document id → position in the graph (looked up for every evidence row).
    let mut position: FastMap<i64, u32> = FastMap::default();
    let mut st = conn.prepare(GRAPH_DOCUMENTS)?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        let pos: u32 = r.get(0)?;
        if pos as usize != parts.documents.len() {
            return Err(bad(format!("graph document positions skip {pos}")));
        }
        position.insert(r.get(1)?, pos);
        parts.documents.push(document_record(r, 2)?);
    }
    let doc = |id: i64| -> rusqlite::Result<u32> {
        position
            .get(&id)
            .copied()
            .ok_or_else(|| bad(format!("a row cites document id {id}, not in the graph")))
    };
    let mut st = conn.prepare("SELECT id, name, kind, mentions FROM entities ORDER BY id")?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        let id: usize = r.get(0)?;
        if id != parts.nodes.len() {
            return Err(bad(format!("entity ids skip {id}")));
        }
        let kind: String = r.get(2)?;
        parts.nodes.push(Entity {
            name: r.get(1)?,
            kind: parse::<EntityKind>(&kind, "kind")?,
            aliases: BTreeMap::new(),
            mentions: r.get::<_, i64>(3)? as u64,
            documents: Vec::new(),
            alias_documents: BTreeMap::new(),
        });
    }
    let mut st = conn.prepare("SELECT entity, doc FROM entity_documents")?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        let id: usize = r.get(0)?;
        let d = doc(r.get(1)?)?;
        parts
            .nodes
            .get_mut(id)
            .ok_or_else(|| bad(format!("entity_documents cites entity {id}")))?
            .documents
            .push(d);
    }
    let mut st = conn.prepare("SELECT entity, name, rule FROM aliases")?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        let id: usize = r.get(0)?;
        let rule: String = r.get(2)?;
        let rule = parse::<AliasRule>(&rule, "alias rule")?;
        parts
            .nodes
            .get_mut(id)
            .ok_or_else(|| bad(format!("aliases cites entity {id}")))?
            .aliases
            .insert(r.get(1)?, rule);
    }
    for n in &mut parts.nodes {
        n.documents.sort_unstable();
    }
    let mut st =
        conn.prepare("SELECT id, source, target, relation, confidence FROM edges ORDER BY id")?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        let id: usize = r.get(0)?;
        if id != parts.edges.len() {
            return Err(bad(format!("edge ids skip {id}")));
        }
        parts.edges.push((
            r.get(1)?,
            r.get(2)?,
            Relation {
                relation: r.get(3)?,
                confidence: r.get::<_, f64>(4)? as f32,
                evidence: Vec::new(),
            },
        ));
    }
    // In key order: the attributed names are numbered in the order they are met.
    let mut st = conn.prepare(
        "SELECT edge, doc, sentence, modality, attributed_to FROM evidence \
         ORDER BY edge, doc, sentence",
    )?;
    let mut rows = st.query([])?;
    let mut attribution_ids: HashMap<String, u32> = HashMap::new();
    while let Some(r) = rows.next()? {
        let id: usize = r.get(0)?;
        let ev = Evidence {
            modality: r
                .get::<_, Option<String>>(3)?
                .map(|m| parse::<Modality>(&m, "modal"))
                .transpose()?,
            attributed_to: r
                .get::<_, Option<String>>(4)?
                .map(|a| intern(&mut parts.attributions, &mut attribution_ids, a)),
            ..Evidence::at(doc(r.get(1)?)?, r.get(2)?)
        };
        parts
            .edges
            .get_mut(id)
            .ok_or_else(|| bad(format!("evidence cites edge {id}")))?
            .2
            .evidence
            .push(ev);
    }
    super::comention::read(conn, &mut parts, &doc)?;
    // Every stored sentence is cited by a fact of its document, and every fact
    // of a merged document is evidence: the texts are those of the documents
    // in the graph (a document whose content duplicates another adds none).
    let mut st = conn.prepare("SELECT doc, idx, text FROM doc_sentences")?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        let Some(&doc) = position.get(&r.get::<_, i64>(0)?) else {
            continue;
        };
        parts
            .sentences
            .push((Evidence::at(doc, r.get(1)?), r.get(2)?));
    }
    Ok(parts)
}
