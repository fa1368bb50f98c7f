//! `kg stats`: a graph in, its statistics out (documents, entities by kind,
//! relations, most connected entities, health figures), as text or JSON.

use std::io::{self, Write};

use super::{Outcome, dispose, load_store};
use crate::error::Result;

/// `kg stats` output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum StatsFormat {
    #[default]
    Text,
    Json,
}

/// Graph statistics: documents, sentences, entities by kind, edges by
/// relation, the most connected entities.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Stats {
    pub documents: usize,
    pub sentences: u64,
    pub entities: usize,
    pub edges: usize,
    pub evidence: usize,
    /// (kind, count), most frequent first, ties by name.
    pub entities_by_kind: Vec<(String, usize)>,
    /// (relation, count), most frequent first, ties by name; at most `top`.
    pub edges_by_relation: Vec<(String, usize)>,
    /// (entity, degree), highest first, ties by name; at most `top`.
    pub top_entities: Vec<(String, usize)>,
    /// Documents of the graph (distinct contents) cited by at least one fact.
    pub documents_with_fact: usize,
    /// Documents of the graph (distinct contents).
    pub graph_documents: usize,
    /// Entities with no edge.
    pub isolated_entities: usize,
    /// (alias rule, aliases merged by it), most frequent first, ties by name.
    pub merges_by_rule: Vec<(String, usize)>,
}

/// Compute [`Stats`] with `top` rows in the ranked lists.
pub fn stats_of(g: &crate::KnowledgeGraph, top: usize) -> Stats {
    use std::collections::BTreeMap;
    // Counted by borrowed names (a million-edge graph is counted without a
    // million allocations); named copies only for what is reported.
    let pg = g.graph();
    let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
    let mut degree = Vec::new();
    let mut rules: BTreeMap<&str, usize> = BTreeMap::new();
    let mut isolated = 0;
    for n in pg.node_indices() {
        let e = g.entity(n);
        *kinds.entry(e.kind.as_str()).or_default() += 1;
        let d = pg.neighbors_undirected(n).count();
        isolated += usize::from(d == 0);
        degree.push((e.name.as_str(), d));
        for rule in e.aliases.values() {
            *rules.entry(rule.as_str()).or_default() += 1;
        }
    }
    let mut rels: BTreeMap<&str, usize> = BTreeMap::new();
    let mut evidence = 0;
    let mut cited = vec![false; g.documents().len()];
    for e in pg.edge_indices() {
        let r = g.relation(e);
        *rels.entry(r.relation.as_str()).or_default() += 1;
        evidence += r.evidence.len();
        for ev in &r.evidence {
            if let Some(c) = cited.get_mut(ev.doc as usize) {
                *c = true;
            }
        }
    }
    let ranked = |m: Vec<(&str, usize)>, n: usize| -> Vec<(String, usize)> {
        let mut v = m;
        let order = |a: &(&str, usize), b: &(&str, usize)| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0));
        // The first `n` of every entity: chosen, then only they are sorted.
        if n < v.len() {
            v.select_nth_unstable_by(n, order);
            v.truncate(n);
        }
        v.sort_by(order);
        v.into_iter().map(|(s, c)| (s.to_string(), c)).collect()
    };
    Stats {
        documents: g.stored_documents().len(),
        sentences: g
            .stored_documents()
            .iter()
            .map(|d| u64::from(d.sentences))
            .sum(),
        entities: pg.node_count(),
        edges: pg.edge_count(),
        evidence,
        entities_by_kind: ranked(kinds.into_iter().collect(), usize::MAX),
        edges_by_relation: ranked(rels.into_iter().collect(), top),
        top_entities: ranked(degree, top),
        documents_with_fact: cited.iter().filter(|&&c| c).count(),
        graph_documents: g.documents().len(),
        isolated_entities: isolated,
        merges_by_rule: ranked(rules.into_iter().collect(), usize::MAX),
    }
}

/// Write [`Stats`] for people or as JSON.
pub fn write_stats(s: &Stats, format: StatsFormat, out: &mut dyn Write) -> Result<()> {
    if format == StatsFormat::Json {
        serde_json::to_writer_pretty(&mut *out, s)?;
        writeln!(out)?;
        return Ok(());
    }
    writeln!(out, "documents  {}", s.documents)?;
    writeln!(out, "sentences  {}", s.sentences)?;
    writeln!(out, "entities   {}", s.entities)?;
    writeln!(
        out,
        "edges      {} ({} evidence sentences)",
        s.edges, s.evidence
    )?;
    let table = |out: &mut dyn Write, title: &str, rows: &[(String, usize)]| -> io::Result<()> {
        writeln!(out, "\n{title}")?;
        let w = rows.iter().map(|r| r.0.chars().count()).max().unwrap_or(0);
        for (name, n) in rows {
            writeln!(out, "  {name:<w$}  {n}")?;
        }
        Ok(())
    };
    table(out, "entities by kind", &s.entities_by_kind)?;
    table(out, "edges by relation", &s.edges_by_relation)?;
    table(out, "most connected entities (degree)", &s.top_entities)?;
    let share = |n: usize, of: usize| {
        if of == 0 {
            0.0
        } else {
            n as f64 * 100.0 / of as f64
        }
    };
    writeln!(out, "\nhealth")?;
    writeln!(
        out,
        "  documents with a fact  {} of {} ({:.1} %)",
        s.documents_with_fact,
        s.graph_documents,
        share(s.documents_with_fact, s.graph_documents)
    )?;
    writeln!(
        out,
        "  entities with no edge  {} of {} ({:.1} %)",
        s.isolated_entities,
        s.entities,
        share(s.isolated_entities, s.entities)
    )?;
    table(out, "merges by rule (aliases)", &s.merges_by_rule)?;
    Ok(())
}

/// `kg stats`: load the graph and print its statistics.
pub fn stats(
    graph: &std::path::Path,
    top: usize,
    format: StatsFormat,
    out: &mut dyn Write,
) -> Result<Outcome> {
    let g = load_store(graph)?;
    write_stats(&stats_of(&g, top), format, out)?;
    dispose(g);
    Ok(Outcome::Success)
}
