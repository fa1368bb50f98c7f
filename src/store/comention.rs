//! The store's co-mention and alias-evidence rows: a document's
//! [`crate::resolve::CoMention`] pairs in and out of `doc_comentions`
//! ([`insert_document`], [`read_documents`]); the merged graph's co-mentions
//! and cross-document alias evidence in and out of `comentions`,
//! `comention_evidence` and `alias_evidence` ([`write`], [`read`]).
//!
//! A file migrated from schema version 1 by a reader that could not write has
//! none of these tables: it reads as a graph without co-mentions.

use std::collections::HashMap;

use rusqlite::{Connection, params};

use super::records::bad;
use crate::KnowledgeGraph;
use crate::graph::Evidence;
use crate::graph::store::GraphParts;
use crate::resolve::{CoMention, DocumentFacts};

pub(super) fn has_table(conn: &Connection, name: &str) -> rusqlite::Result<bool> {
    conn.query_row(
        "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?1",
        [name],
        |r| r.get::<_, i64>(0),
    )
    .map(|n| n > 0)
}

/// Store the co-mentions of document `doc` (its id) and the texts of their
/// sentences.
pub fn insert_document(conn: &Connection, doc: i64, f: &DocumentFacts) -> rusqlite::Result<()> {
    let mut row = conn.prepare_cached(
        "INSERT INTO doc_comentions (doc, idx, a, b, sentence) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    let mut sentence = conn.prepare_cached(
        "INSERT OR IGNORE INTO doc_sentences (doc, idx, text) VALUES (?1, ?2, ?3)",
    )?;
    let mut last = None;
    for (i, c) in f.comentions.iter().enumerate() {
        row.execute(params![doc, i, c.a, c.b, c.sentence])?;
        if last != Some(c.sentence) {
            let text = f.sentences.get(c.sentence).map_or("", String::as_str);
            sentence.execute(params![doc, c.sentence, text])?;
            last = Some(c.sentence);
        }
    }
    Ok(())
}

/// Read every document's co-mentions into `docs` (`slot` maps a document id
/// to its index in `docs`).
pub fn read_documents(
    conn: &Connection,
    docs: &mut [(i64, DocumentFacts, String)],
    slot: &dyn Fn(i64) -> rusqlite::Result<usize>,
) -> rusqlite::Result<()> {
    if !has_table(conn, "doc_comentions")? {
        return Ok(());
    }
    let mut st =
        conn.prepare("SELECT doc, a, b, sentence FROM doc_comentions ORDER BY doc, idx")?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        let d = &mut docs[slot(r.get(0)?)?].1;
        let c = CoMention {
            a: r.get(1)?,
            b: r.get(2)?,
            sentence: r.get(3)?,
        };
        if c.a >= d.entities.len() || c.b >= d.entities.len() || c.sentence >= d.sentences.len() {
            return Err(bad(format!(
                "a co-mention of {:?} cites a missing entity or sentence",
                d.doc
            )));
        }
        d.comentions.push(c);
    }
    Ok(())
}

/// Write the co-mentions and alias evidence of `g`: `position` maps a node
/// index to its entity id, `doc_ids` a graph document to its stored id.
pub fn write(
    conn: &Connection,
    g: &KnowledgeGraph,
    position: &[usize],
    doc_ids: &[i64],
) -> rusqlite::Result<()> {
    let mut cm =
        conn.prepare("INSERT INTO comentions (id, source, target, count) VALUES (?1, ?2, ?3, ?4)")?;
    let mut ev = conn
        .prepare("INSERT INTO comention_evidence (comention, doc, sentence) VALUES (?1, ?2, ?3)")?;
    for (i, l) in g.comention_pairs().into_iter().enumerate() {
        cm.execute(params![
            i,
            position[l.a.index()],
            position[l.b.index()],
            l.count()
        ])?;
        for e in l.evidence {
            ev.execute(params![i, doc_ids[e.doc as usize], e.sentence])?;
        }
    }
    let mut al =
        conn.prepare("INSERT INTO alias_evidence (entity, name, doc) VALUES (?1, ?2, ?3)")?;
    for n in g.nodes_sorted() {
        for (alias, &d) in &g.entity(n).alias_documents {
            al.execute(params![position[n.index()], alias, doc_ids[d as usize]])?;
        }
    }
    Ok(())
}

/// Read the co-mentions and alias evidence into `parts` (`doc` maps a stored
/// document id to its position in the graph).
pub fn read(
    conn: &Connection,
    parts: &mut GraphParts,
    doc: &dyn Fn(i64) -> rusqlite::Result<u32>,
) -> rusqlite::Result<()> {
    if !has_table(conn, "comentions")? {
        return Ok(());
    }
    let mut index: HashMap<i64, usize> = HashMap::new();
    let mut st = conn.prepare("SELECT id, source, target FROM comentions ORDER BY id")?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        index.insert(r.get(0)?, parts.comentions.len());
        parts.comentions.push((r.get(1)?, r.get(2)?, Vec::new()));
    }
    let mut st = conn.prepare("SELECT comention, doc, sentence FROM comention_evidence")?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        let id: i64 = r.get(0)?;
        let slot = *index
            .get(&id)
            .ok_or_else(|| bad(format!("comention_evidence cites co-mention {id}")))?;
        parts.comentions[slot]
            .2
            .push(Evidence::at(doc(r.get(1)?)?, r.get(2)?));
    }
    let mut st = conn.prepare("SELECT entity, name, doc FROM alias_evidence")?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        parts
            .alias_documents
            .push((r.get(0)?, r.get(1)?, doc(r.get(2)?)?));
    }
    Ok(())
}
