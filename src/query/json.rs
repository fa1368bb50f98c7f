//! JSON rendering: a [`QueryResult`] in, one JSON object (tagged by `type`) out.
//! The shapes are listed in the [module documentation](super); they are built
//! from the output types below, never from internal structs.

use std::io::{self, Write};

use serde::Serialize;

use super::result::{CoHop, Link, NeighboursResult, QueryResult};
use crate::graph::KnowledgeGraph;
use crate::graph::comention::COMENTION;
use crate::vocab::EntityKind;

#[derive(Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
enum Output<'a> {
    Path {
        from: &'a str,
        to: &'a str,
        hops: Option<Vec<EdgeOut<'a>>>,
    },
    Paths {
        from: &'a str,
        to: &'a str,
        max: usize,
        limit: usize,
        truncated: bool,
        paths: Vec<Vec<EdgeOut<'a>>>,
    },
    Neighbours {
        entity: &'a str,
        depth: usize,
        direction: &'static str,
        via: Option<&'a str>,
        nodes: Vec<NodeOut<'a>>,
        edges: Vec<EdgeOut<'a>>,
        /// With `with co-mentions`: the co-mentioned entities.
        #[serde(skip_serializing_if = "Option::is_none")]
        comentions: Option<Vec<CoOut<'a>>>,
    },
    Match {
        subject: Option<&'a str>,
        relation: Option<&'a str>,
        object: Option<&'a str>,
        #[serde(skip_serializing_if = "std::ops::Not::not")]
        asserted: bool,
        edges: Vec<EdgeOut<'a>>,
    },
    Entity {
        id: &'a str,
        kind: EntityKind,
        aliases: Vec<AliasOut<'a>>,
        mentions: u64,
        degree: usize,
        documents: Vec<&'a str>,
    },
    Components {
        count: usize,
        components: Vec<ComponentOut<'a>>,
    },
    Top {
        by: &'static str,
        entities: Vec<RankedOut<'a>>,
    },
    Documents {
        count: usize,
        documents: &'a [crate::graph::StoredDocument],
    },
}

#[derive(Serialize)]
struct EdgeOut<'a> {
    source: &'a str,
    relation: &'a str,
    target: &'a str,
    /// On the hops of `path … via co-mentions`: `fact` or `co-mention`.
    #[serde(skip_serializing_if = "Option::is_none")]
    kind: Option<&'static str>,
    evidence: Vec<EvidenceOut<'a>>,
}

#[derive(Serialize)]
struct CoOut<'a> {
    id: &'a str,
    kind: EntityKind,
    count: usize,
    evidence: Vec<EvidenceOut<'a>>,
}

#[derive(Serialize)]
struct EvidenceOut<'a> {
    doc: &'a str,
    sentence: u32,
    text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    modality: Option<crate::vocab::Modality>,
    #[serde(skip_serializing_if = "Option::is_none")]
    attributed_to: Option<&'a str>,
}

#[derive(Serialize)]
struct NodeOut<'a> {
    id: &'a str,
    kind: EntityKind,
    distance: usize,
}

#[derive(Serialize)]
struct AliasOut<'a> {
    name: &'a str,
    rule: &'static str,
    /// For an alias merged by cross-document resolution: the document that
    /// named it.
    #[serde(skip_serializing_if = "Option::is_none")]
    document: Option<&'a str>,
}

#[derive(Serialize)]
struct ComponentOut<'a> {
    size: usize,
    nodes: Vec<&'a str>,
}

#[derive(Serialize)]
struct RankedOut<'a> {
    rank: usize,
    id: &'a str,
    kind: EntityKind,
    score: f64,
}

fn edge<'a>(g: &'a KnowledgeGraph, l: &Link) -> EdgeOut<'a> {
    let r = g.relation(l.edge);
    EdgeOut {
        source: &g.entity(l.source).name,
        relation: &r.relation,
        target: &g.entity(l.target).name,
        kind: None,
        evidence: r
            .evidence
            .iter()
            .map(|ev| EvidenceOut {
                doc: g.evidence_doc(ev),
                sentence: ev.sentence,
                text: g.evidence_text(ev),
                modality: ev.modality,
                attributed_to: g.attribution(ev),
            })
            .collect(),
    }
}

fn sentences<'a>(
    g: &'a KnowledgeGraph,
    evidence: &[crate::graph::Evidence],
) -> Vec<EvidenceOut<'a>> {
    evidence
        .iter()
        .map(|ev| EvidenceOut {
            doc: g.evidence_doc(ev),
            sentence: ev.sentence,
            text: g.evidence_text(ev),
            modality: ev.modality,
            attributed_to: g.attribution(ev),
        })
        .collect()
}

/// The `neighbours` output of `nb` (without co-mentions).
fn neighbours_output<'a>(nb: &'a NeighboursResult, g: &'a KnowledgeGraph) -> Output<'a> {
    let name = |n| g.entity(n).name.as_str();
    Output::Neighbours {
        entity: name(nb.entity),
        depth: nb.depth,
        direction: nb.follow.as_str(),
        via: nb.via.as_deref(),
        nodes: nb
            .nodes
            .iter()
            .map(|&(n, distance)| NodeOut {
                id: name(n),
                kind: g.entity(n).kind,
                distance,
            })
            .collect(),
        edges: edges(g, &nb.edges),
        comentions: None,
    }
}

fn edges<'a>(g: &'a KnowledgeGraph, links: &[Link]) -> Vec<EdgeOut<'a>> {
    links.iter().map(|l| edge(g, l)).collect()
}

fn output<'a>(r: &'a QueryResult, g: &'a KnowledgeGraph) -> Output<'a> {
    let name = |n| g.entity(n).name.as_str();
    match r {
        QueryResult::Path(p) => Output::Path {
            from: name(p.from),
            to: name(p.to),
            hops: p.hops.as_ref().map(|h| edges(g, h)),
        },
        QueryResult::Paths(p) => Output::Paths {
            from: name(p.from),
            to: name(p.to),
            max: p.max,
            limit: p.limit,
            truncated: p.truncated,
            paths: p.paths.iter().map(|h| edges(g, h)).collect(),
        },
        QueryResult::Neighbours(nb) => neighbours_output(nb, g),
        QueryResult::CoNeighbours(nb, co) => {
            let mut out = neighbours_output(nb, g);
            if let Output::Neighbours { comentions, .. } = &mut out {
                *comentions = Some(
                    co.iter()
                        .map(|c| CoOut {
                            id: name(c.node),
                            kind: g.entity(c.node).kind,
                            count: c.evidence.len(),
                            evidence: sentences(g, &c.evidence),
                        })
                        .collect(),
                );
            }
            out
        }
        QueryResult::CoPath(p) => Output::Path {
            from: name(p.from),
            to: name(p.to),
            hops: p.hops.as_ref().map(|h| {
                h.iter()
                    .map(|hop| match hop {
                        CoHop::Fact { link, .. } => EdgeOut {
                            kind: Some("fact"),
                            ..edge(g, link)
                        },
                        CoHop::CoMention { from, to, evidence } => EdgeOut {
                            source: name(*from),
                            relation: COMENTION,
                            target: name(*to),
                            kind: Some(COMENTION),
                            evidence: sentences(g, evidence),
                        },
                    })
                    .collect()
            }),
        },
        QueryResult::Match(m) => Output::Match {
            subject: m.subject.map(name),
            relation: m.relation.as_deref(),
            object: m.object.map(name),
            asserted: m.asserted,
            edges: edges(g, &m.edges),
        },
        QueryResult::Entity(e) => {
            let ent = g.entity(e.node);
            let alias_documents = g.alias_documents_of(e.node);
            Output::Entity {
                id: &ent.name,
                kind: ent.kind,
                aliases: ent
                    .aliases
                    .iter()
                    .map(|(a, rule)| AliasOut {
                        name: a,
                        rule: rule.as_str(),
                        document: alias_documents.get(a),
                    })
                    .collect(),
                mentions: ent.mentions,
                degree: g.degree(e.node),
                documents: ent
                    .documents
                    .iter()
                    .map(|&d| g.documents()[d as usize].name.as_str())
                    .collect(),
            }
        }
        QueryResult::Components(c) => Output::Components {
            count: c.components.len(),
            components: c
                .components
                .iter()
                .map(|members| ComponentOut {
                    size: members.len(),
                    nodes: members.iter().map(|&n| name(n)).collect(),
                })
                .collect(),
        },
        QueryResult::Documents(d) => Output::Documents {
            count: d.documents.len(),
            documents: &d.documents,
        },
        QueryResult::Top(t) => Output::Top {
            by: t.by.as_str(),
            entities: t
                .entries
                .iter()
                .enumerate()
                .map(|(i, &(n, score))| RankedOut {
                    rank: i + 1,
                    id: name(n),
                    kind: g.entity(n).kind,
                    score,
                })
                .collect(),
        },
    }
}

/// The result as a JSON value.
pub fn to_json(r: &QueryResult, g: &KnowledgeGraph) -> serde_json::Value {
    serde_json::to_value(output(r, g)).expect("query output serializes")
}

/// The result as one line of compact JSON.
pub fn write_json(r: &QueryResult, g: &KnowledgeGraph, w: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer(&mut *w, &output(r, g))?;
    w.write_all(b"\n")
}
