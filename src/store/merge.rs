//! Merging stores built separately (`kg merge`): the per-document records of
//! several stores in, one document set out, and a new store holding it.
//!
//! A store's graph is a function of its documents (see [`super`]), so the merge
//! works on documents, not graphs: [`Store::read_documents`] reads each input's
//! records, [`combine`] makes one set of them, and [`Store::write_documents`]
//! stores the set in a fresh store and builds its graph, which is then the graph
//! one ingest of all the documents gives.
//!
//! A document name held by several inputs: with the same content hash it is
//! kept once, from the first input named; with different content it is a
//! [`Conflict`], unless [`Prefer::Newest`], which keeps the one ingested last
//! (a tie in ingest time goes to the input named last). Each document keeps
//! its ingest time.

use std::collections::BTreeMap;
use std::path::PathBuf;

use rusqlite::params;
use thiserror::Error;

use super::{DbError, NewDocument, Store, Wait, WriteSummary, materialise, records};

/// A stored document with its ingest time (UTC, ISO 8601).
#[derive(Debug, Clone)]
pub struct DatedDocument {
    pub doc: NewDocument,
    pub ingested_at: String,
}

/// Which document wins when two inputs hold one name with different content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Prefer {
    /// Refuse: a [`Conflict`].
    #[default]
    Error,
    /// The one ingested last.
    Newest,
}

/// One document name stored with different content in two inputs.
#[derive(Debug, Error)]
#[error(
    "document {name:?} has different content in {} and {} (remove it from one, \
     or give --prefer newest to keep the one ingested last)",
    .first.display(), .second.display()
)]
pub struct Conflict {
    pub name: String,
    pub first: PathBuf,
    pub second: PathBuf,
}

/// One set of documents from the inputs' (path, documents), in input order;
/// the result is in name order.
pub fn combine(
    inputs: Vec<(PathBuf, Vec<DatedDocument>)>,
    prefer: Prefer,
) -> Result<Vec<DatedDocument>, Conflict> {
    // name → (input index, document)
    let mut chosen: BTreeMap<String, (usize, DatedDocument)> = BTreeMap::new();
    let paths: Vec<PathBuf> = inputs.iter().map(|(p, _)| p.clone()).collect();
    for (i, (_, docs)) in inputs.into_iter().enumerate() {
        for d in docs {
            let name = d.doc.facts.doc.clone();
            let Some((j, held)) = chosen.get(&name) else {
                chosen.insert(name, (i, d));
                continue;
            };
            if held.doc.hash == d.doc.hash {
                continue;
            }
            match prefer {
                Prefer::Error => {
                    return Err(Conflict {
                        name,
                        first: paths[*j].clone(),
                        second: paths[i].clone(),
                    });
                }
                Prefer::Newest if d.ingested_at >= held.ingested_at => {
                    chosen.insert(name, (i, d));
                }
                Prefer::Newest => {}
            }
        }
    }
    Ok(chosen.into_values().map(|(_, d)| d).collect())
}

impl Store {
    /// Every stored document's records with its ingest time, in name order.
    pub fn read_documents(&self) -> Result<Vec<DatedDocument>, DbError> {
        if self.empty {
            return Ok(Vec::new());
        }
        let tx = self.conn.unchecked_transaction().map_err(|e| self.err(e))?;
        let facts = records::read_all(&tx).map_err(|e| self.err(e))?;
        let dated = records::documents(&tx).map_err(|e| self.err(e))?;
        drop(tx);
        // Both in name order, one row per document.
        Ok(facts
            .into_iter()
            .zip(dated)
            .map(|((facts, hash), d)| DatedDocument {
                doc: NewDocument { facts, hash },
                ingested_at: d.ingested_at.unwrap_or_default(),
            })
            .collect())
    }

    /// Store `docs` (whose names this store does not hold), keeping their
    /// ingest times, and rebuild the graph: one transaction.
    pub fn write_documents(
        &mut self,
        docs: &[DatedDocument],
        wait: Wait,
    ) -> Result<WriteSummary, DbError> {
        let path = self.path.clone();
        let sql = |e| DbError::sql(&path, e);
        let tx = self.begin_write(wait)?;
        materialise::clear(&tx).map_err(sql)?;
        for d in docs {
            records::insert_document(&tx, &d.doc).map_err(sql)?;
            tx.execute(
                "UPDATE documents SET ingested_at = ?1 WHERE name = ?2",
                params![d.ingested_at, d.doc.facts.doc],
            )
            .map_err(sql)?;
        }
        let graph = records::merge_all(&tx).map_err(sql)?;
        materialise::write(&tx, &graph).map_err(sql)?;
        let (documents, entities, edges) = materialise::counts(&tx).map_err(sql)?;
        tx.commit().map_err(sql)?;
        Ok(WriteSummary {
            added: docs.len(),
            documents,
            entities,
            edges,
            ..WriteSummary::default()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::resolve::DocumentFacts;

    fn doc(name: &str, hash: &str, at: &str) -> DatedDocument {
        DatedDocument {
            doc: NewDocument {
                facts: DocumentFacts {
                    doc: name.into(),
                    sentences: Vec::new(),
                    entities: Vec::new(),
                    facts: Vec::new(),
                    comentions: Vec::new(),
                },
                hash: hash.into(),
            },
            ingested_at: at.into(),
        }
    }

    #[test]
    fn combine_keeps_one_of_each_name() {
        const T1: &str = "2026-12-01T00:00:00Z";
        const T2: &str = "2026-12-02T00:00:00Z";
        type Case = (
            Vec<Vec<(&'static str, &'static str, &'static str)>>,
            Prefer,
            Result<Vec<(&'static str, &'static str)>, &'static str>,
        );
        let cases: Vec<Case> = vec![
            // Disjoint inputs: the union, in name order.
            (
                vec![vec![("b", "h1", T1)], vec![("a", "h2", T1)]],
                Prefer::Error,
                Ok(vec![("a", "h2"), ("b", "h1")]),
            ),
            // The same content twice: once.
            (
                vec![vec![("a", "h1", T1)], vec![("a", "h1", T2)]],
                Prefer::Error,
                Ok(vec![("a", "h1")]),
            ),
            // Different content: refused, naming both inputs.
            (
                vec![vec![("a", "h1", T1)], vec![("a", "h2", T2)]],
                Prefer::Error,
                Err("document \"a\" has different content in s0.db and s1.db"),
            ),
            // --prefer newest: the one ingested last, whichever input it is in.
            (
                vec![vec![("a", "h1", T2)], vec![("a", "h2", T1)]],
                Prefer::Newest,
                Ok(vec![("a", "h1")]),
            ),
            (
                vec![vec![("a", "h1", T1)], vec![("a", "h2", T2)]],
                Prefer::Newest,
                Ok(vec![("a", "h2")]),
            ),
            // A tie in time: the input named last.
            (
                vec![vec![("a", "h1", T1)], vec![("a", "h2", T1)]],
                Prefer::Newest,
                Ok(vec![("a", "h2")]),
            ),
        ];
        for (inputs, prefer, want) in cases {
            let shown = format!("{inputs:?} {prefer:?}");
            let inputs = inputs
                .into_iter()
                .enumerate()
                .map(|(i, docs)| {
                    let docs = docs.into_iter().map(|(n, h, t)| doc(n, h, t)).collect();
                    (PathBuf::from(format!("s{i}.db")), docs)
                })
                .collect();
            match (combine(inputs, prefer), want) {
                (Ok(got), Ok(want)) => {
                    let got: Vec<(&str, &str)> = got
                        .iter()
                        .map(|d| (d.doc.facts.doc.as_str(), d.doc.hash.as_str()))
                        .collect();
                    assert_eq!(got, want, "{shown}");
                }
                (Err(e), Err(want)) => assert!(e.to_string().starts_with(want), "{shown}: {e}"),
                (got, want) => panic!("{shown}: got {got:?}, want {want:?}"),
            }
        }
    }
}
