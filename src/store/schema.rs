//! The store's SQL schema: the version number and the statements that create it.
//!
//! A new file gets [`CREATE`] and `PRAGMA user_version = VERSION` in one write
//! transaction; an existing one is checked ([`check_version`]): version 0 with no
//! tables is a new file another process has not finished creating, a newer
//! version is refused with a one-line error, an older one is upgraded by the
//! statements of [`UPGRADES`] (then the materialised graph is rebuilt from the
//! per-document records, which every version keeps). The schema is documented table by
//! table in the module documentation of [`super`] and in the README.

/// The schema version this build reads and writes (`PRAGMA user_version`).
/// Version 2 added the co-mention tables (`doc_comentions`, `comentions`,
/// `comention_evidence`) and `alias_evidence`; version 3 the evidence flags
/// (`evidence.modality`, `evidence.attributed_to`).
pub const VERSION: i64 = 3;

/// The statements that take a store from version `i + 1` to `i + 2`; after
/// them the materialised graph is rebuilt from the per-document records.
pub const UPGRADES: [&str; 2] = [
    // 2: the co-mention and alias-evidence tables (every statement of
    // `CREATE` is `IF NOT EXISTS`). Documents stored by version 1 have no
    // co-mention rows until they are ingested again.
    CREATE,
    // 3: evidence carries the fact's modal and who it is attributed to.
    "ALTER TABLE evidence ADD COLUMN modality TEXT;
     ALTER TABLE evidence ADD COLUMN attributed_to TEXT;",
];

/// Every table and index, created in one transaction.
pub const CREATE: &str = "
CREATE TABLE IF NOT EXISTS documents (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    hash        TEXT NOT NULL,
    ingested_at TEXT NOT NULL,
    sentences   INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS doc_entities (
    doc      INTEGER NOT NULL REFERENCES documents(id),
    idx      INTEGER NOT NULL,
    name     TEXT NOT NULL,
    kind     TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (doc, idx)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS doc_aliases (
    doc    INTEGER NOT NULL,
    entity INTEGER NOT NULL,
    idx    INTEGER NOT NULL,
    name   TEXT NOT NULL,
    rule   TEXT NOT NULL,
    PRIMARY KEY (doc, entity, idx),
    FOREIGN KEY (doc, entity) REFERENCES doc_entities(doc, idx)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS doc_facts (
    doc           INTEGER NOT NULL REFERENCES documents(id),
    idx           INTEGER NOT NULL,
    subject       INTEGER NOT NULL,
    relation      TEXT NOT NULL,
    object        INTEGER NOT NULL,
    confidence    REAL NOT NULL,
    sentence      INTEGER NOT NULL,
    subject_start INTEGER NOT NULL,
    subject_end   INTEGER NOT NULL,
    object_start  INTEGER NOT NULL,
    object_end    INTEGER NOT NULL,
    negated       INTEGER NOT NULL,
    modality      TEXT,
    attributed_to INTEGER,
    PRIMARY KEY (doc, idx)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS doc_sentences (
    doc  INTEGER NOT NULL REFERENCES documents(id),
    idx  INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (doc, idx)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS graph_documents (
    position INTEGER PRIMARY KEY,
    doc      INTEGER NOT NULL UNIQUE REFERENCES documents(id)
);
CREATE TABLE IF NOT EXISTS entities (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    key      TEXT NOT NULL UNIQUE,
    kind     TEXT NOT NULL,
    mentions INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS entity_documents (
    entity INTEGER NOT NULL REFERENCES entities(id),
    doc    INTEGER NOT NULL REFERENCES documents(id),
    PRIMARY KEY (entity, doc)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS aliases (
    entity INTEGER NOT NULL REFERENCES entities(id),
    name   TEXT NOT NULL,
    key    TEXT NOT NULL,
    rule   TEXT NOT NULL,
    PRIMARY KEY (entity, name)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS aliases_by_key ON aliases(key);
CREATE TABLE IF NOT EXISTS edges (
    id         INTEGER PRIMARY KEY,
    source     INTEGER NOT NULL REFERENCES entities(id),
    target     INTEGER NOT NULL REFERENCES entities(id),
    relation   TEXT NOT NULL,
    confidence REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS edges_by_source ON edges(source);
CREATE INDEX IF NOT EXISTS edges_by_target ON edges(target);
CREATE TABLE IF NOT EXISTS evidence (
    edge     INTEGER NOT NULL REFERENCES edges(id),
    doc      INTEGER NOT NULL REFERENCES documents(id),
    sentence INTEGER NOT NULL,
    modality      TEXT,
    attributed_to TEXT,
    PRIMARY KEY (edge, doc, sentence)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS doc_comentions (
    doc      INTEGER NOT NULL REFERENCES documents(id),
    idx      INTEGER NOT NULL,
    a        INTEGER NOT NULL,
    b        INTEGER NOT NULL,
    sentence INTEGER NOT NULL,
    PRIMARY KEY (doc, idx)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS comentions (
    id     INTEGER PRIMARY KEY,
    source INTEGER NOT NULL REFERENCES entities(id),
    target INTEGER NOT NULL REFERENCES entities(id),
    count  INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS comentions_by_source ON comentions(source);
CREATE INDEX IF NOT EXISTS comentions_by_target ON comentions(target);
CREATE TABLE IF NOT EXISTS comention_evidence (
    comention INTEGER NOT NULL REFERENCES comentions(id),
    doc       INTEGER NOT NULL REFERENCES documents(id),
    sentence  INTEGER NOT NULL,
    PRIMARY KEY (comention, doc, sentence)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS alias_evidence (
    entity INTEGER NOT NULL REFERENCES entities(id),
    name   TEXT NOT NULL,
    doc    INTEGER NOT NULL REFERENCES documents(id),
    PRIMARY KEY (entity, name)
) WITHOUT ROWID;
";

/// The tables the materialised graph lives in, emptied before it is rewritten
/// (children first).
pub const GRAPH_TABLES: [&str; 9] = [
    "alias_evidence",
    "comention_evidence",
    "comentions",
    "evidence",
    "edges",
    "aliases",
    "entity_documents",
    "entities",
    "graph_documents",
];

/// The per-document tables, emptied for one document when it is replaced or
/// removed (children first).
pub const DOCUMENT_TABLES: [&str; 5] = [
    "doc_aliases",
    "doc_facts",
    "doc_comentions",
    "doc_sentences",
    "doc_entities",
];

/// What `PRAGMA user_version` says about a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Version {
    /// No schema yet (a new, empty file).
    Empty,
    /// This build's schema.
    Current,
    /// Written by a newer kg.
    Newer(i64),
    /// Written by an older kg: upgraded when opened.
    Older(i64),
    /// Version 0 but with tables: not a kg store.
    Foreign,
}

/// Classify a file by its `user_version` and whether it has any table.
pub fn check_version(user_version: i64, has_tables: bool) -> Version {
    match user_version {
        0 if has_tables => Version::Foreign,
        0 => Version::Empty,
        VERSION => Version::Current,
        v if v > VERSION => Version::Newer(v),
        v if v > 0 => Version::Older(v),
        _ => Version::Foreign,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_are_classified() {
        let cases = [
            (0, false, Version::Empty),
            (0, true, Version::Foreign),
            (VERSION, true, Version::Current),
            (VERSION + 1, true, Version::Newer(VERSION + 1)),
            (1, true, Version::Older(1)),
            (-3, true, Version::Foreign),
        ];
        for (v, tables, want) in cases {
            assert_eq!(check_version(v, tables), want, "{v} {tables}");
        }
    }

    #[test]
    fn upgrades_lead_to_the_current_schema() {
        assert_eq!(UPGRADES.len() as i64, VERSION - 1);
        // The version 1 evidence table, upgraded, has the current columns.
        let db = rusqlite::Connection::open_in_memory().unwrap();
        db.execute_batch(
            "CREATE TABLE evidence (edge INTEGER NOT NULL, doc INTEGER NOT NULL, \
             sentence INTEGER NOT NULL, PRIMARY KEY (edge, doc, sentence)) WITHOUT ROWID;",
        )
        .unwrap();
        for u in UPGRADES {
            db.execute_batch(u).unwrap();
        }
        let columns = |db: &rusqlite::Connection| -> Vec<String> {
            let mut st = db
                .prepare("SELECT name FROM pragma_table_info('evidence')")
                .unwrap();
            st.query_map([], |r| r.get(0))
                .unwrap()
                .collect::<Result<_, _>>()
                .unwrap()
        };
        let fresh = rusqlite::Connection::open_in_memory().unwrap();
        fresh.execute_batch(CREATE).unwrap();
        assert_eq!(columns(&db), columns(&fresh));
    }

    #[test]
    fn schema_creates_every_table_it_names() {
        let db = rusqlite::Connection::open_in_memory().unwrap();
        db.execute_batch(CREATE).unwrap();
        for t in GRAPH_TABLES.iter().chain(&DOCUMENT_TABLES) {
            let n: i64 = db
                .query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get(0))
                .unwrap();
            assert_eq!(n, 0, "{t}");
        }
    }
}
