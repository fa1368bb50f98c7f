//! Query results: what [`super::evaluate`] found, as node and edge indices into
//! the graph it ran on; [`super::write_text`] and [`super::to_json`] render them.

use petgraph::stable_graph::NodeIndex;

use super::Ranking;
pub use crate::graph::Link;
use crate::graph::Subgraph;
use crate::graph::algo::Follow;

/// The result of one statement.
#[derive(Debug, Clone, PartialEq)]
pub enum QueryResult {
    Neighbours(NeighboursResult),
    Path(PathResult),
    Paths(PathsResult),
    Match(MatchResult),
    Entity(EntityResult),
    Components(ComponentsResult),
    Top(TopResult),
    Documents(DocumentsResult),
}

/// `documents`: the stored documents, by name.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentsResult {
    pub documents: Vec<crate::graph::StoredDocument>,
}

/// `neighbours`: the reached nodes and the edges walked.
#[derive(Debug, Clone, PartialEq)]
pub struct NeighboursResult {
    pub entity: NodeIndex,
    pub depth: usize,
    pub follow: Follow,
    pub via: Option<String>,
    /// Reached nodes except the start, with their distance; by (distance, name).
    pub nodes: Vec<(NodeIndex, usize)>,
    /// By (source, relation, target).
    pub edges: Vec<Link>,
}

/// `path`: one shortest chain.
#[derive(Debug, Clone, PartialEq)]
pub struct PathResult {
    pub from: NodeIndex,
    pub to: NodeIndex,
    pub directed: bool,
    /// `Some([])` when `from == to`, `None` when there is no path.
    pub hops: Option<Vec<Link>>,
}

/// `paths`: simple paths, shortest first.
#[derive(Debug, Clone, PartialEq)]
pub struct PathsResult {
    pub from: NodeIndex,
    pub to: NodeIndex,
    pub max: usize,
    pub limit: usize,
    pub directed: bool,
    /// Each path as its hops; `[[]]` when `from == to`.
    pub paths: Vec<Vec<Link>>,
    /// More paths exist than `limit` (or the search hit its work bound).
    pub truncated: bool,
}

/// `match`: edges fitting a triple pattern.
#[derive(Debug, Clone, PartialEq)]
pub struct MatchResult {
    pub subject: Option<NodeIndex>,
    pub relation: Option<String>,
    pub object: Option<NodeIndex>,
    /// Only edges with asserted (not modal) evidence were asked for.
    pub asserted: bool,
    /// By (source, relation, target).
    pub edges: Vec<Link>,
}

/// `entity`: one node, described in full by the renderers.
#[derive(Debug, Clone, PartialEq)]
pub struct EntityResult {
    pub node: NodeIndex,
    /// Its edges, by (source, relation, target): what `subgraph` draws.
    pub edges: Vec<Link>,
}

/// `components`: weakly connected groups.
#[derive(Debug, Clone, PartialEq)]
pub struct ComponentsResult {
    /// Largest first; members in name order.
    pub components: Vec<Vec<NodeIndex>>,
    /// Every edge (they all lie inside a component).
    pub edges: Vec<Link>,
}

/// `top`: the best-scoring nodes.
#[derive(Debug, Clone, PartialEq)]
pub struct TopResult {
    pub by: Ranking,
    /// Highest first, ties by name.
    pub entries: Vec<(NodeIndex, f64)>,
    /// Edges between two listed nodes.
    pub edges: Vec<Link>,
}

impl QueryResult {
    /// Whether the query found nothing (no path, no match, no neighbour, an
    /// empty graph); the binary exits with status 1 then.
    pub fn is_empty(&self) -> bool {
        match self {
            QueryResult::Neighbours(r) => r.nodes.is_empty(),
            QueryResult::Path(r) => r.hops.is_none(),
            QueryResult::Paths(r) => r.paths.is_empty(),
            QueryResult::Match(r) => r.edges.is_empty(),
            QueryResult::Entity(_) => false,
            QueryResult::Components(r) => r.components.is_empty(),
            QueryResult::Top(r) => r.entries.is_empty(),
            QueryResult::Documents(r) => r.documents.is_empty(),
        }
    }

    /// The opposite of [`Self::is_empty`].
    pub fn found(&self) -> bool {
        !self.is_empty()
    }

    /// The nodes and edges the result is about (for drawing it): the entities the
    /// query named, the nodes it listed, its edges and their endpoints.
    pub fn subgraph(&self) -> Subgraph {
        let mut s = Subgraph::default();
        let links: Box<dyn Iterator<Item = &Link>> = match self {
            QueryResult::Neighbours(r) => {
                s.nodes.insert(r.entity);
                s.nodes.extend(r.nodes.iter().map(|&(n, _)| n));
                Box::new(r.edges.iter())
            }
            QueryResult::Path(r) => {
                s.nodes.extend([r.from, r.to]);
                Box::new(r.hops.iter().flatten())
            }
            QueryResult::Paths(r) => {
                s.nodes.extend([r.from, r.to]);
                Box::new(r.paths.iter().flatten())
            }
            QueryResult::Match(r) => {
                s.nodes.extend(r.subject.iter().chain(&r.object));
                Box::new(r.edges.iter())
            }
            QueryResult::Entity(r) => {
                s.nodes.insert(r.node);
                Box::new(r.edges.iter())
            }
            QueryResult::Components(r) => {
                s.nodes.extend(r.components.iter().flatten());
                Box::new(r.edges.iter())
            }
            QueryResult::Top(r) => {
                s.nodes.extend(r.entries.iter().map(|&(n, _)| n));
                Box::new(r.edges.iter())
            }
            QueryResult::Documents(_) => Box::new(std::iter::empty()),
        };
        for l in links {
            s.edges.insert(l.edge);
            s.nodes.insert(l.source);
            s.nodes.insert(l.target);
        }
        s
    }
}
