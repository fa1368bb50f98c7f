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
    /// `neighbours X with co-mentions`: the typed neighbourhood, then the
    /// co-mentioned entities.
    CoNeighbours(NeighboursResult, Vec<CoNeighbour>),
    /// `path A to B via co-mentions`.
    CoPath(CoPathResult),
}

/// An entity named in a sentence with the one asked about.
#[derive(Debug, Clone, PartialEq)]
pub struct CoNeighbour {
    pub node: NodeIndex,
    /// The sentences naming both, sorted.
    pub evidence: Vec<crate::graph::Evidence>,
}

/// One hop of a path over facts and co-mentions.
#[derive(Debug, Clone, PartialEq)]
pub enum CoHop {
    /// A typed fact, walked from `from` (either way along the edge).
    Fact { from: NodeIndex, link: Link },
    /// A co-mention of `from` and `to`.
    CoMention {
        from: NodeIndex,
        to: NodeIndex,
        evidence: Vec<crate::graph::Evidence>,
    },
}

impl CoHop {
    /// The node the hop leaves.
    pub fn from(&self) -> NodeIndex {
        match self {
            CoHop::Fact { from, .. } | CoHop::CoMention { from, .. } => *from,
        }
    }

    /// The node the hop reaches.
    pub fn to(&self) -> NodeIndex {
        match self {
            CoHop::Fact { from, link } => {
                if link.source == *from {
                    link.target
                } else {
                    link.source
                }
            }
            CoHop::CoMention { to, .. } => *to,
        }
    }

    /// 0 for a fact, 1 for a co-mention (facts first among equal steps).
    pub fn rank(&self) -> u8 {
        match self {
            CoHop::Fact { .. } => 0,
            CoHop::CoMention { .. } => 1,
        }
    }

    /// The relation of a fact hop, `co-mention` for the other.
    pub fn relation<'g>(&self, g: &'g crate::graph::KnowledgeGraph) -> &'g str {
        match self {
            CoHop::Fact { link, .. } => &g.relation(link.edge).relation,
            CoHop::CoMention { .. } => crate::graph::comention::COMENTION,
        }
    }
}

/// `path A to B via co-mentions`.
#[derive(Debug, Clone, PartialEq)]
pub struct CoPathResult {
    pub from: NodeIndex,
    pub to: NodeIndex,
    pub hops: Option<Vec<CoHop>>,
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
            QueryResult::CoNeighbours(r, co) => r.nodes.is_empty() && co.is_empty(),
            QueryResult::CoPath(r) => r.hops.is_none(),
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
            QueryResult::CoNeighbours(r, co) => {
                s.nodes.insert(r.entity);
                s.nodes.extend(r.nodes.iter().map(|&(n, _)| n));
                s.nodes.extend(co.iter().map(|c| c.node));
                Box::new(r.edges.iter())
            }
            QueryResult::CoPath(r) => {
                s.nodes.extend([r.from, r.to]);
                for h in r.hops.iter().flatten() {
                    s.nodes.extend([h.from(), h.to()]);
                }
                Box::new(r.hops.iter().flatten().filter_map(|h| match h {
                    CoHop::Fact { link, .. } => Some(link),
                    CoHop::CoMention { .. } => None,
                }))
            }
        };
        for l in links {
            s.edges.insert(l.edge);
            s.nodes.insert(l.source);
            s.nodes.insert(l.target);
        }
        s
    }
}
