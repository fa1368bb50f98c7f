//! Query stage: `.kgq` text in, typed query results out, written as text for
//! people or JSON for programs.
//!
//! [`parse()`] turns query text into [`Statement`]s (errors carry line and column;
//! attach the file name with [`QueryError::with_file`]); [`evaluate`] runs one
//! statement against a [`KnowledgeGraph`] and returns a [`QueryResult`] that holds
//! node and edge indices; [`write_text`] and [`to_json`] / [`write_json`] render it;
//! [`QueryResult::subgraph`] selects what it found, for the DOT writer; [`run`]
//! does the whole job for a query file (parse, evaluate all, write, and say
//! whether every statement found something).
//!
//! # Statements
//!
//! ```text
//! neighbours NAME [depth N] [out|in|both] [via RELATION]   (also: neighbors)
//! path A to B [directed]
//! paths A to B [max N] [limit N] [directed]                (defaults: max 4, limit 100)
//! match S R O [asserted]                                   (each a name or ?; R a relation substring)
//! entity NAME
//! components
//! top N by degree|pagerank
//! ```
//!
//! Walks follow edges in either direction unless told otherwise. `path` is a
//! shortest chain by hop count; of several, the first in name order, node by node.
//! `paths` lists simple paths, shortest first, then in name order. Between two
//! consecutive nodes a hop shows one edge: one in the walking direction before a
//! reversed one, then the best supported, then the first relation by name.
//! `top N by pagerank` runs PageRank over the directed edges (damping 0.85, until
//! the L1 change is below 1e-9 or for at most 100 iterations); degree counts
//! edges in both directions; ties go by name. `components` are weakly connected,
//! largest first. `match … asserted` keeps the facts some sentence asserts:
//! an edge read only from modal sentences (`would buy`) is left out.
//!
//! # JSON results (one object per statement, tagged by `type`)
//!
//! An *edge* is `{"source","relation","target","evidence":[{"doc","sentence","text"}]}`
//! (source and target are canonical names, the edge in its own direction); the
//! evidence of a modal or attributed fact adds `"modality":"would"` and
//! `"attributed_to":"Microsoft"`.
//!
//! ```text
//! {"type":"path","from":A,"to":B,"hops":[edge…] | [] (same entity) | null (no path)}
//! {"type":"paths","from":A,"to":B,"max":4,"limit":100,"truncated":false,"paths":[[edge…]…]}
//! {"type":"neighbours","entity":A,"depth":1,"direction":"both","via":null|"rel",
//!  "nodes":[{"id","kind","distance"}],"edges":[edge…]}
//! {"type":"match","subject":A|null,"relation":"rel"|null,"object":B|null,"edges":[edge…]}
//!  (with "asserted":true after "object" when asked for)
//! {"type":"entity","id":A,"kind":"person","aliases":[{"name","rule"}],"mentions":9,
//!  "degree":5,"documents":["fixtures/a.txt"]}
//! {"type":"components","count":2,"components":[{"size":3,"nodes":[A,B,C]}]}
//! {"type":"top","by":"degree"|"pagerank","entities":[{"rank":1,"id","kind","score"}]}
//! ```
//!
//! `nodes` of `neighbours` excludes the start and is sorted by (distance, name);
//! edge lists are sorted by (source, relation, target). `truncated` says that
//! `limit` cut the list (or the search hit its work bound).

mod comention;
mod eval;
mod json;
pub mod parse;
mod result;
mod text;

use std::fmt;
use std::io::{self, Write};

use thiserror::Error;

pub use crate::graph::algo::Follow;
use crate::graph::{KnowledgeGraph, LookupError};
pub use eval::evaluate;
pub use json::{to_json, write_json};
pub use parse::parse;
pub use result::{
    CoHop, CoNeighbour, CoPathResult, ComponentsResult, EntityResult, Link, MatchResult,
    NeighboursResult, PathResult, PathsResult, QueryResult, TopResult,
};
pub use text::write_text;

/// One parsed statement and where it starts.
#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    /// 1-based line in the query text.
    pub line: usize,
    /// 1-based column (in characters) of the statement keyword.
    pub column: usize,
    pub query: Query,
}

/// An entity name as written in a query, with its 1-based column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name {
    pub text: String,
    pub column: usize,
}

impl Name {
    pub fn new(text: impl Into<String>, column: usize) -> Name {
        Name {
            text: text.into(),
            column,
        }
    }
}

/// What to rank by in `top N by …`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ranking {
    Degree,
    Pagerank,
}

impl Ranking {
    pub fn as_str(self) -> &'static str {
        match self {
            Ranking::Degree => "degree",
            Ranking::Pagerank => "pagerank",
        }
    }
}

/// How [`run`] writes results.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// [`write_text`], a blank line between results.
    Text,
    /// [`write_json`], one line per result.
    Json,
}

/// Why [`run`] stopped.
#[derive(Debug, Error)]
pub enum RunError {
    #[error(transparent)]
    Query(#[from] QueryError),
    #[error(transparent)]
    Io(#[from] io::Error),
}

/// Parse `source` (named `file` in errors) and evaluate every statement, in
/// order. The first error stops it.
pub fn evaluate_all(
    g: &KnowledgeGraph,
    source: &str,
    file: Option<&str>,
) -> Result<Vec<(Statement, QueryResult)>, QueryError> {
    let locate = |e: QueryError| match file {
        Some(f) => e.with_file(f),
        None => e,
    };
    parse(source)
        .map_err(locate)?
        .into_iter()
        .map(|st| {
            let r = evaluate(g, &st).map_err(locate)?;
            Ok((st, r))
        })
        .collect()
}

/// Parse `source` (named `file` in errors), evaluate every statement, and write
/// the results in order. Everything is evaluated before anything is written, so
/// an error leaves no partial output. With several statements, text output
/// heads each result with `> ` and the statement.
///
/// Returns whether every statement found something (exit status 0, else 1).
pub fn run(
    g: &KnowledgeGraph,
    source: &str,
    file: Option<&str>,
    format: Format,
    w: &mut dyn Write,
) -> Result<bool, RunError> {
    let results = evaluate_all(g, source, file)?;
    for (i, (st, r)) in results.iter().enumerate() {
        match format {
            Format::Text => {
                if i > 0 {
                    writeln!(w)?;
                }
                if results.len() > 1 {
                    writeln!(w, "> {st}")?;
                }
                write_text(r, g, w)?;
            }
            Format::Json => write_json(r, g, w)?,
        }
    }
    Ok(results.iter().all(|(_, r)| r.found()))
}

/// A statement of the query language.
#[derive(Debug, Clone, PartialEq)]
pub enum Query {
    /// `neighbours NAME [depth N] [out|in|both] [via REL]`; `via` is lower case.
    Neighbours {
        entity: Name,
        depth: usize,
        follow: Follow,
        via: Option<String>,
    },
    /// `path A to B [directed]`.
    Path {
        from: Name,
        to: Name,
        directed: bool,
    },
    /// `paths A to B [max N] [limit N] [directed]`.
    Paths {
        from: Name,
        to: Name,
        max: usize,
        limit: usize,
        directed: bool,
    },
    /// `match S R O [asserted]`; `None` is the `?` wildcard; `relation` is
    /// lower case; `asserted` keeps only edges with some evidence that is not
    /// modal (`would buy` alone is not enough).
    Match {
        subject: Option<Name>,
        relation: Option<String>,
        object: Option<Name>,
        asserted: bool,
    },
    /// `entity NAME`.
    Entity { name: Name },
    /// `components`.
    Components,
    /// `documents`: the stored documents.
    Documents,
    /// `top N by degree|pagerank`.
    Top { n: usize, by: Ranking },
    /// A statement `with co-mentions`: `neighbours NAME [options] with
    /// co-mentions` (the `neighbours` answer, then the entities named in a
    /// sentence with NAME), `components with co-mentions` (co-mentions join
    /// entities too), `top N by degree with co-mentions` (typed edges plus
    /// co-mentions at each entity).
    WithCoMentions(Box<Query>),
    /// `path A to B via co-mentions`: a shortest chain over facts and
    /// co-mentions.
    CoPath { from: Name, to: Name },
}

/// A name as the language writes it: a bare word when that reads back as the
/// same name, else a quoted string with `"` and `\\` escaped.
struct Quoted<'a>(&'a str);

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = self.0;
        let bare = !s.is_empty()
            && s != "?"
            && !s.chars().any(|c| c.is_whitespace() || c == '"' || c == '#')
            && !KEYWORDS.iter().any(|k| k.eq_ignore_ascii_case(s));
        if bare {
            return f.write_str(s);
        }
        f.write_str("\"")?;
        for c in s.chars() {
            if c == '"' || c == '\\' {
                f.write_str("\\")?;
            }
            write!(f, "{c}")?;
        }
        f.write_str("\"")
    }
}

/// Words that are safer quoted when they are names.
const KEYWORDS: &[&str] = &[
    "to", "depth", "out", "in", "both", "via", "max", "limit", "directed", "by", "asserted", "with",
];

/// Statements print in the language's own syntax (names quoted where needed),
/// so that printing and parsing again gives the same query.
impl fmt::Display for Query {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let opt = |t: &Option<String>| {
            t.as_deref()
                .map_or("?".to_string(), |t| Quoted(t).to_string())
        };
        match self {
            Query::Neighbours {
                entity,
                depth,
                follow,
                via,
            } => {
                write!(
                    f,
                    "neighbours {} depth {depth} {}",
                    Quoted(&entity.text),
                    follow.as_str()
                )?;
                if let Some(via) = via {
                    write!(f, " via {}", Quoted(via))?;
                }
                Ok(())
            }
            Query::WithCoMentions(q) => write!(f, "{q} with co-mentions"),
            Query::CoPath { from, to } => write!(
                f,
                "path {} to {} via co-mentions",
                Quoted(&from.text),
                Quoted(&to.text)
            ),
            Query::Path { from, to, directed } => {
                write!(f, "path {} to {}", Quoted(&from.text), Quoted(&to.text))?;
                if *directed {
                    f.write_str(" directed")?;
                }
                Ok(())
            }
            Query::Paths {
                from,
                to,
                max,
                limit,
                directed,
            } => {
                write!(
                    f,
                    "paths {} to {} max {max} limit {limit}",
                    Quoted(&from.text),
                    Quoted(&to.text)
                )?;
                if *directed {
                    f.write_str(" directed")?;
                }
                Ok(())
            }
            Query::Match {
                subject,
                relation,
                object,
                asserted,
            } => {
                write!(
                    f,
                    "match {} {} {}",
                    opt(&subject.as_ref().map(|n| n.text.clone())),
                    opt(relation),
                    opt(&object.as_ref().map(|n| n.text.clone()))
                )?;
                if *asserted {
                    f.write_str(" asserted")?;
                }
                Ok(())
            }
            Query::Entity { name } => write!(f, "entity {}", Quoted(&name.text)),
            Query::Components => f.write_str("components"),
            Query::Documents => f.write_str("documents"),
            Query::Top { n, by } => write!(f, "top {n} by {}", by.as_str()),
        }
    }
}

impl fmt::Display for Statement {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.query.fmt(f)
    }
}

/// A query that cannot be parsed or evaluated, with its location.
///
/// Displays as `file:line:column: message` once a file is attached, else
/// `line:column: message`.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub struct QueryError {
    pub file: Option<String>,
    pub line: usize,
    pub column: usize,
    pub kind: QueryErrorKind,
}

/// What is wrong with a query.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum QueryErrorKind {
    /// The text does not follow the grammar.
    #[error("{0}")]
    Syntax(String),
    /// A name that does not resolve to one entity.
    #[error("{0}")]
    Lookup(LookupError),
}

impl QueryError {
    pub fn syntax(line: usize, column: usize, message: impl Into<String>) -> QueryError {
        QueryError {
            file: None,
            line,
            column,
            kind: QueryErrorKind::Syntax(message.into()),
        }
    }

    /// The same error, located in `file`.
    pub fn with_file(mut self, file: impl Into<String>) -> QueryError {
        self.file = Some(file.into());
        self
    }
}

impl fmt::Display for QueryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(file) = &self.file {
            write!(f, "{file}:")?;
        }
        write!(f, "{}:{}: {}", self.line, self.column, self.kind)
    }
}

#[cfg(test)]
pub(crate) mod testing {
    use crate::graph::KnowledgeGraph;
    use crate::graph::tests::{doc, entity, person};
    use crate::vocab::EntityKind;

    use super::{QueryResult, evaluate, parse};

    /// A small world: a connected group of six, and two separate pairs.
    pub(crate) fn world() -> KnowledgeGraph {
        let country = |n: &str| entity(n, EntityKind::Country, &[]);
        let mut g = KnowledgeGraph::new();
        let a = doc(
            "fixtures/a.txt",
            vec![
                person("Kim Jong Un", &["Kim", "Mr Kim"]),
                person("Vladimir Putin", &["Putin"]),
                country("Russia"),
                country("Ukraine"),
                country("North Korea"),
                entity("Beijing", EntityKind::City, &[]),
            ],
            &[
                (0, "meet", 1),
                (0, "arrive in", 5),
                (4, "send troops to", 2),
                (2, "invade", 3),
                (1, "lead", 2),
                (0, "leader of", 4),
            ],
        );
        let b = doc(
            "fixtures/b.txt",
            vec![
                person("Xi Jinping", &["Xi"]),
                country("China"),
                person("Lionel Messi", &["Messi"]),
                entity("Inter Miami", EntityKind::Organization, &[]),
                person("Kim", &[]),
                country("North Korea"),
            ],
            &[(0, "leader of", 1), (2, "join", 3), (4, "leader of", 5)],
        );
        g.merge_document(&a, "ha");
        g.merge_document(&b, "hb");
        g
    }

    #[test]
    fn run_writes_every_result_and_reports_whether_all_found_something() {
        let g = world();
        let cases = [
            (
                "components\ntop 1 by degree\n",
                super::Format::Text,
                Ok(true),
                2,
            ),
            (
                "path Putin to Messi\ncomponents",
                super::Format::Json,
                Ok(false),
                2,
            ),
            (
                "components\npath Putin to Nobody",
                super::Format::Json,
                Err("q.kgq:2:15: unknown entity \"Nobody\""),
                0,
            ),
            (
                "components\npath Putin",
                super::Format::Text,
                Err("q.kgq:2:11: expected \"to\" after the first entity"),
                0,
            ),
        ];
        for (source, format, want, results) in cases {
            let mut out = Vec::new();
            let got =
                super::run(&g, source, Some("q.kgq"), format, &mut out).map_err(|e| e.to_string());
            assert_eq!(got, want.map_err(str::to_string), "{source}");
            let text = String::from_utf8(out).unwrap();
            let count = match format {
                super::Format::Json => text.lines().count(),
                super::Format::Text => text.split("\n\n").filter(|s| !s.is_empty()).count(),
            };
            assert_eq!(count, results, "{source}: {text}");
        }
    }

    /// Parse and evaluate one statement.
    pub(crate) fn run(g: &KnowledgeGraph, q: &str) -> QueryResult {
        let st = parse(q).unwrap().remove(0);
        evaluate(g, &st).unwrap()
    }
}
