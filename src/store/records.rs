//! Per-document records: a document's [`DocumentFacts`] in, rows of the
//! `documents` and `doc_*` tables out, and back (see the schema in [`super`]).
//!
//! [`merge_all`] reads every document back in name order and merges them into
//! a fresh [`KnowledgeGraph`]: the graph as a function of the stored set.

use std::collections::HashMap;

use rusqlite::{Connection, params};

use super::{NewDocument, StoredDocument};
use crate::EntityKind;
use crate::KnowledgeGraph;
use crate::resolve::{Alias, AliasRule, DocumentFacts, Fact, ResolvedEntity};
use crate::text::Span;

/// Every stored document: name → (id, content hash).
pub fn stored(conn: &Connection) -> rusqlite::Result<HashMap<String, (i64, String)>> {
    let mut st = conn.prepare("SELECT name, id, hash FROM documents")?;
    let rows = st.query_map([], |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?))))?;
    rows.collect()
}

/// Every stored document, by name.
pub fn documents(conn: &Connection) -> rusqlite::Result<Vec<StoredDocument>> {
    let mut st =
        conn.prepare("SELECT name, hash, sentences, ingested_at FROM documents ORDER BY name")?;
    let rows = st.query_map([], |r| {
        Ok(StoredDocument {
            name: r.get(0)?,
            hash: r.get(1)?,
            sentences: r.get(2)?,
            ingested_at: Some(r.get(3)?),
        })
    })?;
    rows.collect()
}

/// Delete a document and every row it contributed.
pub fn delete_document(conn: &Connection, id: i64) -> rusqlite::Result<()> {
    for t in super::schema::DOCUMENT_TABLES {
        conn.execute(&format!("DELETE FROM {t} WHERE doc = ?1"), [id])?;
    }
    conn.execute("DELETE FROM documents WHERE id = ?1", [id])?;
    Ok(())
}

/// Insert a document (whose name is not stored) and its facts.
pub fn insert_document(conn: &Connection, d: &NewDocument) -> rusqlite::Result<()> {
    let f = &d.facts;
    conn.prepare_cached(
        "INSERT INTO documents (name, hash, ingested_at, sentences) \
         VALUES (?1, ?2, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?3)",
    )?
    .execute(params![f.doc, d.hash, f.sentences.len() as i64])?;
    let doc = conn.last_insert_rowid();
    let mut ent = conn.prepare_cached(
        "INSERT INTO doc_entities (doc, idx, name, kind, mentions) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    let mut alias = conn.prepare_cached(
        "INSERT INTO doc_aliases (doc, entity, idx, name, rule) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for (i, e) in f.entities.iter().enumerate() {
        ent.execute(params![doc, i, e.name, e.kind.as_str(), e.mentions])?;
        for (j, a) in e.aliases.iter().enumerate() {
            alias.execute(params![doc, i, j, a.name, a.rule.as_str()])?;
        }
    }
    let mut fact = conn.prepare_cached(
        "INSERT INTO doc_facts (doc, idx, subject, relation, object, confidence, sentence, \
         subject_start, subject_end, object_start, object_end, negated, modality, attributed_to) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
    )?;
    let mut sentence = conn.prepare_cached(
        "INSERT OR IGNORE INTO doc_sentences (doc, idx, text) VALUES (?1, ?2, ?3)",
    )?;
    for (i, x) in f.facts.iter().enumerate() {
        fact.execute(params![
            doc,
            i,
            x.subject,
            x.relation,
            x.object,
            f64::from(x.confidence),
            x.sentence,
            x.subject_mention.start,
            x.subject_mention.end,
            x.object_mention.start,
            x.object_mention.end,
            x.negated,
            x.modality.map(|m| format!("{m:?}").to_lowercase()),
            x.attributed_to,
        ])?;
        // The graph cites the sentences of asserted facts only.
        if x.negated {
            continue;
        }
        let text = f.sentences.get(x.sentence).map_or("", String::as_str);
        sentence.execute(params![doc, x.sentence, text])?;
    }
    super::comention::insert_document(conn, doc, f)
}

/// A stored name back into its enum (kinds and alias rules are stored by name).
fn by_name<'de, T: serde::Deserialize<'de>>(name: &'de str, col: usize) -> rusqlite::Result<T> {
    use serde::de::value::{Error, StrDeserializer};
    T::deserialize(StrDeserializer::<Error>::new(name)).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(col, rusqlite::types::Type::Text, Box::new(e))
    })
}

/// An inconsistent row, as an SQLite conversion error carrying `message`.
pub fn bad(message: String) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(
        0,
        rusqlite::types::Type::Integer,
        Box::new(std::io::Error::other(message)),
    )
}

/// Read every document's facts (in name order) with its content hash.
pub fn read_all(conn: &Connection) -> rusqlite::Result<Vec<(DocumentFacts, String)>> {
    // Every sentence gets a slot: a damaged count must not take the memory.
    let declared: i64 = conn.query_row(
        "SELECT coalesce(sum(sentences), 0) FROM documents",
        [],
        |r| r.get(0),
    )?;
    let pages: i64 = conn.query_row("PRAGMA page_count", [], |r| r.get(0))?;
    let page: i64 = conn.query_row("PRAGMA page_size", [], |r| r.get(0))?;
    let bytes = u64::try_from(pages.saturating_mul(page)).unwrap_or(0);
    let declared = u64::try_from(declared).map_err(|_| bad("a negative sentence count".into()))?;
    if !crate::limits::sentences_fit(declared, bytes) {
        return Err(bad(crate::limits::too_many_sentences(declared, bytes)));
    }
    let mut docs: Vec<(i64, DocumentFacts, String)> = Vec::new();
    {
        let mut st =
            conn.prepare("SELECT id, name, hash, sentences FROM documents ORDER BY name")?;
        let rows = st.query_map([], |r| {
            let sentences: usize = r.get(3)?;
            Ok((
                r.get::<_, i64>(0)?,
                DocumentFacts {
                    doc: r.get(1)?,
                    sentences: vec![String::new(); sentences],
                    entities: Vec::new(),
                    facts: Vec::new(),
                    comentions: Vec::new(),
                },
                r.get::<_, String>(2)?,
            ))
        })?;
        for row in rows {
            docs.push(row?);
        }
    }
    let pos: HashMap<i64, usize> = docs
        .iter()
        .enumerate()
        .map(|(i, (id, _, _))| (*id, i))
        .collect();
    let slot = |id: i64| -> rusqlite::Result<usize> {
        pos.get(&id).copied().ok_or_else(|| {
            bad(format!(
                "a row cites document id {id}, which does not exist"
            ))
        })
    };
    let mut st =
        conn.prepare("SELECT doc, name, kind, mentions FROM doc_entities ORDER BY doc, idx")?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        let kind: String = r.get(2)?;
        docs[slot(r.get(0)?)?].1.entities.push(ResolvedEntity {
            name: r.get(1)?,
            kind: by_name::<EntityKind>(&kind, 2)?,
            aliases: Vec::new(),
            mentions: r.get(3)?,
        });
    }
    let mut st =
        conn.prepare("SELECT doc, entity, name, rule FROM doc_aliases ORDER BY doc, entity, idx")?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        let rule: String = r.get(3)?;
        let entity: usize = r.get(1)?;
        let d = &mut docs[slot(r.get(0)?)?].1;
        let e = d
            .entities
            .get_mut(entity)
            .ok_or_else(|| bad(format!("an alias of {:?} cites entity {entity}", d.doc)))?;
        e.aliases.push(Alias {
            name: r.get(2)?,
            rule: by_name::<AliasRule>(&rule, 3)?,
        });
    }
    let mut st = conn.prepare(
        "SELECT doc, subject, relation, object, confidence, sentence, subject_start, \
         subject_end, object_start, object_end, negated, modality, attributed_to \
         FROM doc_facts ORDER BY doc, idx",
    )?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        let d = &mut docs[slot(r.get(0)?)?].1;
        let fact = Fact {
            subject: r.get(1)?,
            relation: r.get(2)?,
            object: r.get(3)?,
            confidence: r.get::<_, f64>(4)? as f32,
            sentence: r.get(5)?,
            subject_mention: Span::new(r.get(6)?, r.get(7)?),
            object_mention: Span::new(r.get(8)?, r.get(9)?),
            negated: r.get(10)?,
            modality: match r.get::<_, Option<String>>(11)? {
                Some(m) => Some(by_name::<crate::vocab::Modality>(&m, 11)?),
                None => None,
            },
            attributed_to: r.get(12)?,
        };
        if fact.subject >= d.entities.len()
            || fact.object >= d.entities.len()
            || fact.attributed_to.is_some_and(|a| a >= d.entities.len())
            || fact.sentence >= d.sentences.len()
        {
            return Err(bad(format!(
                "a fact of {:?} cites a missing entity or sentence",
                d.doc
            )));
        }
        d.facts.push(fact);
    }
    super::comention::read_documents(conn, &mut docs, &slot)?;
    let mut st = conn.prepare("SELECT doc, idx, text FROM doc_sentences")?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        let d = &mut docs[slot(r.get(0)?)?].1;
        let idx: usize = r.get(1)?;
        if let Some(s) = d.sentences.get_mut(idx) {
            *s = r.get(2)?;
        }
    }
    Ok(docs.into_iter().map(|(_, f, h)| (f, h)).collect())
}

/// The graph of every stored document, merged in name order, then resolved
/// across documents ([`KnowledgeGraph::resolve_archive`]).
pub fn merge_all(conn: &Connection) -> rusqlite::Result<KnowledgeGraph> {
    let mut g = KnowledgeGraph::new();
    for (facts, hash) in read_all(conn)? {
        g.merge_document(&facts, &hash);
    }
    g.resolve_archive();
    Ok(g)
}
