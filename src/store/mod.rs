//! The graph store: one SQLite file (default `./kg.db`) holding the ingested
//! documents, what each contributed, and the merged graph.
//!
//! In: documents' resolved facts ([`DocumentFacts`] with a content hash) to add
//! or replace, and document names to remove. Out: the document list, and the
//! merged [`KnowledgeGraph`] for queries and exports. The store knows no
//! linguistics: it stores typed records, and the graph is merged by
//! [`KnowledgeGraph::merge_document`].
//!
//! # Design
//!
//! The graph is a deterministic function of the *set* of stored documents: every
//! write transaction that changes the document set rebuilds the materialised
//! graph by merging every document's stored facts in document-name order (a
//! document whose content hash equals that of an earlier-named one adds
//! nothing), so "ingest v1, then v2" gives the graph of "ingest v2" alone, and
//! the order documents arrived in never matters. The extraction work happens
//! before the write lock is taken; the lock is held for the replacement of the
//! changed documents' rows and the rebuild.
//!
//! Writers are serialised by SQLite (`BEGIN IMMEDIATE`; a second writer waits up
//! to [`WAIT`], or fails at once with [`Wait::No`]); the file is in WAL mode, so
//! readers never block and see the last committed state. A killed writer leaves
//! the last committed state: SQLite's journal makes every transaction all or
//! nothing.
//!
//! # Schema, version 2 (`PRAGMA user_version = 2`)
//!
//! Per-document records (what each document contributes, enough to rebuild the
//! graph):
//!
//! | table | columns |
//! |---|---|
//! | `documents` | `id`, `name` (unique: the path relative to the directory given to `kg ingest`), `hash` (content hash, 16 hex digits), `ingested_at` (UTC, ISO 8601), `sentences` (count) |
//! | `doc_entities` | `(doc, idx)`: the document's resolved entities: `name`, `kind`, `mentions` |
//! | `doc_aliases` | `(doc, entity, idx)`: an entity's aliases, `name` and the `rule` that merged it |
//! | `doc_facts` | `(doc, idx)`: `subject`, `object` (entity `idx`), `relation`, `confidence`, `sentence`, the byte spans of the two mentions in the document, `subject_start`..`subject_end`, `object_start`..`object_end`, `negated` (0/1; the graph leaves negated facts out), `modality` (`would`, `may`, …; NULL when asserted), `attributed_to` (entity `idx` of who said so, or NULL) |
//! | `doc_sentences` | `(doc, idx)`: the text of every sentence an asserted fact or a co-mention cites |
//! | `doc_comentions` | `(doc, idx)`: entities `a` and `b` (entity `idx`) named in `sentence` |
//!
//! The materialised graph (rewritten by each write, indexed for point reads):
//!
//! | table | columns |
//! |---|---|
//! | `graph_documents` | `position` (the document's index in the graph), `doc` |
//! | `entities` | `id` (rank of the name in name order), `name`, `key` (lower-case name, unique, for look-ups), `kind`, `mentions` |
//! | `entity_documents` | `(entity, doc)`: the documents that mention an entity |
//! | `aliases` | `(entity, name)`, `key` (indexed), `rule` |
//! | `edges` | `id` (in (source, relation, target) name order), `source`, `target` (both indexed), `relation`, `confidence` (the highest of its evidence) |
//! | `evidence` | `(edge, doc, sentence)`: the sentences that support an edge (the text is in `doc_sentences`), with the fact's `modality` (NULL when asserted) and `attributed_to` (the name of the entity it is attributed to, or NULL) |
//! | `comentions` | `id` (in name order of its two entities), `source`, `target` (both indexed; source first in name order), `count` |
//! | `comention_evidence` | `(comention, doc, sentence)`: the sentences naming both |
//! | `alias_evidence` | `(entity, name)`, `doc`: the document that named an alias merged across documents |
//!
//! `kg merge` combines stores by their per-document records (see [`combine`]).
//!
//! Kinds and alias rules are stored by name (`person`, `title-surname`, …). A
//! file of a newer schema version is refused with a one-line error, never
//! changed; a file of an older version is upgraded when first opened, in one
//! write transaction: version 1 lacks the co-mention and alias-evidence tables
//! (created; its documents gain co-mentions when ingested again) and the
//! evidence flags (columns added); then the materialised graph is rebuilt.

mod comention;
mod import;
mod materialise;
mod merge;
mod point;
mod records;
pub mod schema;

pub use import::documents_of_graph;
pub use merge::{Conflict, DatedDocument, Prefer, combine};

use std::io::{IsTerminal, Read};
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, ErrorCode, OpenFlags, TransactionBehavior};
use thiserror::Error;

use crate::KnowledgeGraph;
use crate::resolve::DocumentFacts;

/// How long a writer waits for another writer's transaction before giving up.
pub const WAIT: Duration = Duration::from_secs(600);

/// Why the store could not be opened, read or written. Every variant names the file.
#[derive(Debug, Error)]
pub enum DbError {
    #[error("graph store {} does not exist (build it with `kg ingest`)", .path.display())]
    NotFound { path: PathBuf },
    #[error("cannot create graph store {}: directory {} does not exist", .path.display(), .dir.display())]
    NoDirectory { path: PathBuf, dir: PathBuf },
    #[error(
        "{} is a {format} graph file, not a graph store: import it with `kg --graph STORE.db import {}`",
        .path.display(), .path.display()
    )]
    GraphFile { path: PathBuf, format: &'static str },
    #[error("{} is not a kg graph store (not an SQLite database)", .path.display())]
    NotADatabase { path: PathBuf },
    #[error("{} is an SQLite database but not a kg graph store", .path.display())]
    Foreign { path: PathBuf },
    #[error("{} is a version {found} graph store; this kg reads version {expected}: use a newer kg", .path.display())]
    Newer {
        path: PathBuf,
        found: i64,
        expected: i64,
    },
    #[error(
        "{} is a version {found} graph store, upgraded to version {expected} when opened, \
         but it cannot be written here: open it once with write access",
        .path.display()
    )]
    Older {
        path: PathBuf,
        found: i64,
        expected: i64,
    },
    #[error("graph store {} is busy: another kg is writing to it (without --no-wait, kg waits)", .path.display())]
    Busy { path: PathBuf },
    #[error("cannot write graph store {}: read-only file or directory", .path.display())]
    ReadOnly { path: PathBuf },
    #[error("cannot write graph store {}: the disk is full (the store is unchanged)", .path.display())]
    Full { path: PathBuf },
    #[error("graph store {} is damaged: {message}", .path.display())]
    Corrupt { path: PathBuf, message: String },
    #[error("graph store {}: {source}", .path.display())]
    Sql {
        path: PathBuf,
        #[source]
        source: rusqlite::Error,
    },
    #[error("graph store {}: {source}", .path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// The stored graph did not assemble (an inconsistent row).
    #[error(transparent)]
    Graph(#[from] crate::graph::StoreError),
}

/// `SQLITE_IOERR_SHMSIZE`: the shared-memory file could not grow (a full disk).
const SQLITE_IOERR_SHMSIZE: std::ffi::c_int = 10 | (19 << 8);

impl DbError {
    /// Classify an I/O error about the store file `path`.
    fn io(path: &Path, e: std::io::Error) -> DbError {
        let path = path.to_path_buf();
        match e.kind() {
            std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem => {
                DbError::ReadOnly { path }
            }
            std::io::ErrorKind::StorageFull => DbError::Full { path },
            _ => DbError::Io { path, source: e },
        }
    }

    /// Classify an SQLite error about `path`.
    fn sql(path: &Path, e: rusqlite::Error) -> DbError {
        let path = path.to_path_buf();
        match e.sqlite_error_code() {
            Some(ErrorCode::NotADatabase) => DbError::NotADatabase { path },
            Some(ErrorCode::DatabaseCorrupt) => DbError::Corrupt {
                path,
                message: e.to_string(),
            },
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => DbError::Busy { path },
            Some(ErrorCode::ReadOnly) => DbError::ReadOnly { path },
            Some(ErrorCode::DiskFull) => DbError::Full { path },
            // The shared-memory index of the write-ahead log could not grow.
            _ if e
                .sqlite_error()
                .is_some_and(|f| f.extended_code == SQLITE_IOERR_SHMSIZE) =>
            {
                DbError::Full { path }
            }
            _ => DbError::Sql { path, source: e },
        }
    }
}

/// Whether a writer waits for another writer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Wait {
    /// Wait up to [`WAIT`], saying so on stderr when it is a terminal.
    #[default]
    Yes,
    /// Fail at once with [`DbError::Busy`] (`--no-wait`).
    No,
}

pub use crate::graph::StoredDocument;

/// A document to store: its resolved facts (named by `facts.doc`) and content hash.
#[derive(Debug, Clone)]
pub struct NewDocument {
    pub facts: DocumentFacts,
    pub hash: String,
}

/// What one write transaction did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WriteSummary {
    /// New document names.
    pub added: usize,
    /// Names already stored with other content.
    pub replaced: usize,
    /// Names already stored with the same content.
    pub unchanged: usize,
    /// Names removed.
    pub removed: usize,
    /// Names asked to be removed that the store does not hold.
    pub missing: Vec<String>,
    /// The graph after the write: documents, entities, edges.
    pub documents: usize,
    pub entities: usize,
    pub edges: usize,
}

/// The most of a store file read through a memory map (SQLite caps it at its
/// compile-time limit, 2 GiB by default); the rest is read with read calls.
const MMAP: i64 = 1 << 32;

/// The page cache of a writing connection, in KiB (a negative `cache_size`).
const WRITE_CACHE_KIB: i64 = -64 * 1024;

/// An open graph store.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// A file another process has created but not yet given its schema: an
    /// empty store to readers.
    empty: bool,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish()
    }
}

/// Refuse graph files (`.json`, `.kgb`, or their contents) and non-SQLite files
/// before SQLite sees them; `Ok(false)` when the file does not exist.
fn precheck(path: &Path) -> Result<bool, DbError> {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("json") => {
            return Err(DbError::GraphFile {
                path: path.to_path_buf(),
                format: "JSON",
            });
        }
        Some("kgb") => {
            return Err(DbError::GraphFile {
                path: path.to_path_buf(),
                format: "binary (.kgb)",
            });
        }
        _ => {}
    }
    let io = |source| DbError::Io {
        path: path.to_path_buf(),
        source,
    };
    let mut file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(false),
        Err(e) => return Err(io(e)),
    };
    if file.metadata().map_err(io)?.is_dir() {
        return Err(io(std::io::Error::other("is a directory")));
    }
    let mut head = Vec::with_capacity(16);
    file.by_ref().take(16).read_to_end(&mut head).map_err(io)?;
    if head.is_empty() || head == b"SQLite format 3\0" {
        return Ok(true);
    }
    if head.starts_with(crate::graph::binary::MAGIC) {
        return Err(DbError::GraphFile {
            path: path.to_path_buf(),
            format: "binary (.kgb)",
        });
    }
    if head.first() == Some(&b'{') {
        return Err(DbError::GraphFile {
            path: path.to_path_buf(),
            format: "JSON",
        });
    }
    Err(DbError::NotADatabase {
        path: path.to_path_buf(),
    })
}

/// The `file:` URI of `path` opened as immutable.
fn immutable_uri(path: &Path) -> String {
    let mut uri = String::from("file:");
    for c in path.to_string_lossy().chars() {
        match c {
            '%' => uri.push_str("%25"),
            '?' => uri.push_str("%3f"),
            '#' => uri.push_str("%23"),
            c => uri.push(c),
        }
    }
    uri.push_str("?immutable=1");
    uri
}

impl Store {
    /// Open an existing store for reading. Never creates or changes the file,
    /// except to upgrade a store of an older schema version (once).
    pub fn open_read(path: &Path) -> Result<Store, DbError> {
        if !precheck(path)? {
            return Err(DbError::NotFound {
                path: path.to_path_buf(),
            });
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(|e| DbError::sql(path, e))?;
        let conn = match conn.query_row("PRAGMA schema_version", [], |_| Ok(())) {
            // On read-only media or a full disk the write-ahead log's
            // shared-memory file cannot be made; nothing can change the file
            // there, so it is read as immutable.
            Err(e)
                if matches!(
                    e.sqlite_error_code(),
                    Some(ErrorCode::CannotOpen | ErrorCode::DiskFull)
                ) || e
                    .sqlite_error()
                    .is_some_and(|f| f.extended_code == SQLITE_IOERR_SHMSIZE) =>
            {
                drop(conn);
                Store::clear_stubs(path);
                let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
                    | OpenFlags::SQLITE_OPEN_URI
                    | OpenFlags::SQLITE_OPEN_NO_MUTEX;
                Connection::open_with_flags(immutable_uri(path), flags)
                    .map_err(|e| DbError::sql(path, e))?
            }
            _ => conn,
        };
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
            empty: false,
        };
        store.conn.busy_timeout(WAIT).map_err(|e| store.err(e))?;
        // Sorts and temporary tables of large reads in memory, not in files.
        store
            .conn
            .pragma_update(None, "temp_store", "MEMORY")
            .map_err(|e| store.err(e))?;
        store.map_pages()?;
        let v = schema_version(&store.conn).map_err(|e| store.err(e))?;
        if let schema::Version::Older(found) = v {
            let tx = store.begin_write(Wait::Yes).map_err(|e| match e {
                DbError::ReadOnly { path } => DbError::Older {
                    path,
                    found,
                    expected: schema::VERSION,
                },
                e => e,
            })?;
            let readonly = |e: rusqlite::Error| match DbError::sql(path, e) {
                DbError::ReadOnly { path } => DbError::Older {
                    path,
                    found,
                    expected: schema::VERSION,
                },
                e => e,
            };
            // Another process may have upgraded it meanwhile.
            let now = schema_version(&tx).map_err(readonly)?;
            if let schema::Version::Older(from) = now {
                upgrade(&tx, from).map_err(readonly)?;
            }
            tx.commit().map_err(readonly)?;
            return Ok(store);
        }
        version_ok(path, v)?;
        store.empty = v == schema::Version::Empty;
        Ok(store)
    }

    /// Open a store for writing, creating it (with its schema) when absent.
    /// Checks, before any extraction work, that the file can be written and
    /// (with [`Wait::No`]) that no other writer holds it.
    pub fn open_write(path: &Path, wait: Wait) -> Result<Store, DbError> {
        let opened = Store::open_write_now(path, wait);
        if let Err(DbError::Full { .. }) = opened {
            Store::clear_stubs(path);
        }
        opened
    }

    fn open_write_now(path: &Path, wait: Wait) -> Result<Store, DbError> {
        let exists = precheck(path)?;
        if exists {
            // A read-only file would be opened read-only by SQLite and fail
            // only at the first write: say so now.
            if let Err(e) = std::fs::OpenOptions::new().write(true).open(path) {
                return Err(DbError::io(path, e));
            }
        } else if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
            && !dir.is_dir()
        {
            return Err(DbError::NoDirectory {
                path: path.to_path_buf(),
                dir: dir.to_path_buf(),
            });
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(|e| DbError::sql(path, e))?;
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
            empty: false,
        };
        store.conn.busy_timeout(WAIT).map_err(|e| store.err(e))?;
        store.set_wal(wait)?;
        store
            .conn
            .pragma_update(None, "synchronous", "NORMAL")
            .map_err(|e| store.err(e))?;
        // A rebuild of the materialised graph inserts into several indexes at
        // once: with SQLite's default 2 MB page cache their pages are written
        // out and read back many times over.
        store
            .conn
            .pragma_update(None, "cache_size", WRITE_CACHE_KIB)
            .map_err(|e| store.err(e))?;
        store.map_pages()?;
        // Create the schema (or check it) in a first short write transaction:
        // this also proves the file writable and, with `Wait::No`, free.
        let tx = store.begin_write(wait)?;
        let version = schema_version(&tx).map_err(|e| DbError::sql(path, e))?;
        match version {
            schema::Version::Empty => {
                tx.execute_batch(schema::CREATE)
                    .and_then(|()| tx.pragma_update(None, "user_version", schema::VERSION))
                    .map_err(|e| DbError::sql(path, e))?;
            }
            schema::Version::Older(from) => {
                upgrade(&tx, from).map_err(|e| DbError::sql(path, e))?;
            }
            v => version_ok(path, v)?,
        }
        tx.commit().map_err(|e| DbError::sql(path, e))?;
        Ok(store)
    }

    /// Check, before long work, that [`Self::open_write`] would succeed now,
    /// without creating anything: an existing store is opened and its write
    /// lock probed; for a new one, its directory must exist. Returns the
    /// documents stored (name, hash).
    pub fn check_writable(path: &Path, wait: Wait) -> Result<Vec<StoredDocument>, DbError> {
        if precheck(path)? {
            return Store::open_write(path, wait)?.documents();
        }
        let dir = match path.parent().filter(|d| !d.as_os_str().is_empty()) {
            Some(dir) if !dir.is_dir() => {
                return Err(DbError::NoDirectory {
                    path: path.to_path_buf(),
                    dir: dir.to_path_buf(),
                });
            }
            Some(dir) => dir,
            None => Path::new("."),
        };
        // A file can be made in the directory (not a read-only or full file
        // system): a probe, removed at once.
        let mut probe = std::ffi::OsString::from(".");
        probe.push(path.file_name().unwrap_or_default());
        probe.push(format!(".kg-probe-{}", std::process::id()));
        let probe = dir.join(probe);
        let made = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&probe)
            .and_then(|mut f| std::io::Write::write_all(&mut f, &[0; 4096]));
        let _ = std::fs::remove_file(&probe);
        made.map_err(|e| DbError::io(path, e))?;
        Ok(Vec::new())
    }

    /// Remove the write-ahead log and shared-memory files a write that failed
    /// on a full disk left as stubs: only when the log is empty and the index
    /// shorter than its header block (so no connection uses them; SQLite
    /// makes both anew).
    pub fn clear_stubs(path: &Path) {
        let with = |suffix: &str| {
            let mut p = path.as_os_str().to_owned();
            p.push(suffix);
            PathBuf::from(p)
        };
        let (wal, shm) = (with("-wal"), with("-shm"));
        let len = |p: &Path| std::fs::metadata(p).map(|m| m.len()).ok();
        if len(&wal) == Some(0) && len(&shm).is_some_and(|n| n < 32 * 1024) {
            let _ = std::fs::remove_file(&shm);
            let _ = std::fs::remove_file(&wal);
        }
    }

    /// Remove a store file that a failed first write left (with SQLite's
    /// write-ahead log and shared-memory files), so that a failed `kg ingest`
    /// into a new store leaves nothing behind. Another `kg` may have created
    /// the same new store at the same moment and written to it: a file that
    /// holds any document, or that cannot be read to tell, is left alone.
    pub fn remove_new(path: &Path) {
        let holds_documents = || -> rusqlite::Result<bool> {
            let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
            let conn = Connection::open_with_flags(path, flags)?;
            conn.busy_timeout(Duration::from_secs(5))?;
            let tables: i64 = conn.query_row(
                "SELECT count(*) FROM sqlite_master WHERE name = 'documents'",
                [],
                |r| r.get(0),
            )?;
            if tables == 0 {
                return Ok(false);
            }
            conn.query_row("SELECT EXISTS (SELECT 1 FROM documents)", [], |r| r.get(0))
        };
        if path.exists() && holds_documents().unwrap_or(true) {
            Store::clear_stubs(path);
            return;
        }
        for suffix in ["", "-wal", "-shm", "-journal"] {
            let mut p = path.as_os_str().to_owned();
            p.push(suffix);
            let _ = std::fs::remove_file(p);
        }
    }

    /// Read the file's pages through a memory map ([`MMAP`]) rather than one
    /// read call and copy per page: a point question on a large store touches
    /// thousands of scattered pages, and a process starts with an empty cache.
    fn map_pages(&self) -> Result<(), DbError> {
        self.conn
            .pragma_update(None, "mmap_size", MMAP)
            .map_err(|e| self.err(e))
    }

    /// The file this store is in.
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn err(&self, e: rusqlite::Error) -> DbError {
        DbError::sql(&self.path, e)
    }

    /// Switch the file to write-ahead logging. On a new file that another
    /// `kg` is creating at the same moment SQLite answers busy at once (no
    /// busy handler runs while a lock upgrade could deadlock): try again,
    /// for as long as a writer waits (`--no-wait`: not at all).
    fn set_wal(&self, wait: Wait) -> Result<(), DbError> {
        let started = std::time::Instant::now();
        loop {
            match self.conn.pragma_update(None, "journal_mode", "WAL") {
                Ok(()) => return Ok(()),
                Err(e) => match self.err(e) {
                    DbError::Busy { .. } if wait != Wait::No && started.elapsed() < WAIT => {
                        std::thread::sleep(Duration::from_millis(20));
                    }
                    other => return Err(other),
                },
            }
        }
    }

    /// Start a write transaction, waiting for another writer per `wait`.
    fn begin_write(&mut self, wait: Wait) -> Result<rusqlite::Transaction<'_>, DbError> {
        let path = self.path.clone();
        self.conn
            .busy_timeout(Duration::ZERO)
            .map_err(|e| DbError::sql(&path, e))?;
        let busy = match self.conn.execute_batch("BEGIN IMMEDIATE; ROLLBACK") {
            Ok(()) => false,
            Err(e) => match DbError::sql(&path, e) {
                DbError::Busy { .. } => true,
                other => return Err(other),
            },
        };
        if busy {
            if wait == Wait::No {
                return Err(DbError::Busy { path });
            }
            if std::io::stderr().is_terminal() {
                eprintln!("kg: waiting for another kg writing to {}…", path.display());
            }
        }
        self.conn
            .busy_timeout(WAIT)
            .map_err(|e| DbError::sql(&path, e))?;
        self.conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| DbError::sql(&path, e))
    }

    /// Every stored document, by name.
    pub fn documents(&self) -> Result<Vec<StoredDocument>, DbError> {
        if self.empty {
            return Ok(Vec::new());
        }
        records::documents(&self.conn).map_err(|e| self.err(e))
    }

    /// The merged graph, read from the materialised tables.
    pub fn load_graph(&self) -> Result<KnowledgeGraph, DbError> {
        if self.empty {
            return Ok(KnowledgeGraph::new());
        }
        // Read in order, every page once: through read calls, so that the
        // file's pages are not counted in this process's memory as well.
        self.conn
            .pragma_update(None, "mmap_size", 0)
            .map_err(|e| self.err(e))?;
        let tx = self.conn.unchecked_transaction().map_err(|e| self.err(e))?;
        let parts = materialise::read(&tx).map_err(|e| self.err(e))?;
        let docs = records::documents(&tx).map_err(|e| self.err(e))?;
        drop(tx);
        let mut g = crate::graph::store::from_parts(parts, &self.path)?;
        g.set_stored_documents(docs);
        Ok(g)
    }

    /// The part of the graph that answers one point statement (`entity`,
    /// `neighbours`, `path`) exactly as the whole graph would, read through the
    /// indexes; `None` when the statement needs the whole graph.
    pub fn point_graph(&self, q: &crate::query::Query) -> Result<Option<KnowledgeGraph>, DbError> {
        if self.empty {
            return Ok(None);
        }
        let tx = self.conn.unchecked_transaction().map_err(|e| self.err(e))?;
        point::partial(&tx, q, &self.path).map_err(|e| self.err(e))
    }

    /// Add or replace `docs` and remove the documents named `remove`, in one
    /// transaction, then rebuild the merged graph if anything changed. A
    /// document whose name is stored with the same hash is left as it is.
    pub fn write(
        &mut self,
        docs: &[NewDocument],
        remove: &[String],
        wait: Wait,
    ) -> Result<WriteSummary, DbError> {
        let path = self.path.clone();
        let sql = |e| DbError::sql(&path, e);
        let tx = self.begin_write(wait)?;
        let mut sum = WriteSummary::default();
        let stored = records::stored(&tx).map_err(sql)?;
        let changes = docs
            .iter()
            .any(|d| stored.get(&d.facts.doc).is_none_or(|(_, h)| *h != d.hash))
            || remove.iter().any(|n| stored.contains_key(n));
        if changes {
            // The graph rows cite documents: out first, rebuilt below.
            materialise::clear(&tx).map_err(sql)?;
        }
        for d in docs {
            match stored.get(&d.facts.doc) {
                Some((_, hash)) if *hash == d.hash => sum.unchanged += 1,
                Some(&(id, _)) => {
                    records::delete_document(&tx, id).map_err(sql)?;
                    records::insert_document(&tx, d).map_err(sql)?;
                    sum.replaced += 1;
                }
                None => {
                    records::insert_document(&tx, d).map_err(sql)?;
                    sum.added += 1;
                }
            }
        }
        for name in remove {
            match stored.get(name) {
                Some(&(id, _)) => {
                    records::delete_document(&tx, id).map_err(sql)?;
                    sum.removed += 1;
                }
                None => sum.missing.push(name.clone()),
            }
        }
        if sum.added + sum.replaced + sum.removed > 0 {
            let graph = records::merge_all(&tx).map_err(sql)?;
            materialise::write(&tx, &graph).map_err(sql)?;
        }
        let (documents, entities, edges) = materialise::counts(&tx).map_err(sql)?;
        (sum.documents, sum.entities, sum.edges) = (documents, entities, edges);
        tx.commit().map_err(sql)?;
        Ok(sum)
    }
}

/// The file's schema version and whether it holds tables, read in one
/// statement: outside a transaction two statements could straddle another
/// `kg`'s creation of the store (a version of 0 read before it committed,
/// its tables after) and call a new store foreign.
fn schema_version(conn: &Connection) -> rusqlite::Result<schema::Version> {
    let (v, tables): (i64, i64) = conn.query_row(
        "SELECT (SELECT user_version FROM pragma_user_version), \
                (SELECT count(*) FROM sqlite_schema WHERE type = 'table')",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    Ok(schema::check_version(v, tables > 0))
}

/// Take a store of schema version `from` to the current one, in the caller's
/// write transaction: each upgrade's statements, then the materialised graph
/// rebuilt from the per-document records (which every version keeps).
fn upgrade(tx: &Connection, from: i64) -> rusqlite::Result<()> {
    for u in &schema::UPGRADES[(from - 1) as usize..] {
        tx.execute_batch(u)?;
    }
    let graph = records::merge_all(tx)?;
    materialise::write(tx, &graph)?;
    tx.pragma_update(None, "user_version", schema::VERSION)
}

fn version_ok(path: &Path, v: schema::Version) -> Result<(), DbError> {
    match v {
        schema::Version::Current | schema::Version::Empty => Ok(()),
        schema::Version::Older(found) => Err(DbError::Older {
            path: path.to_path_buf(),
            found,
            expected: schema::VERSION,
        }),
        schema::Version::Newer(found) => Err(DbError::Newer {
            path: path.to_path_buf(),
            found,
            expected: schema::VERSION,
        }),
        schema::Version::Foreign => Err(DbError::Foreign {
            path: path.to_path_buf(),
        }),
    }
}
