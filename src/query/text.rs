//! Text rendering: a [`QueryResult`] in, lines for people out.
//!
//! A heading line says what was asked and how much was found (or `found
//! nothing`); then one fact per line, columns aligned, each followed by its
//! evidence indented: `      “sentence text” — doc#sentence`. At most
//! [`EVIDENCE_SHOWN`] sentences are shown per fact (JSON has them all), and at
//! most [`MEMBERS_SHOWN`] names per component and [`COMPONENTS_SHOWN`] components.

use std::io::{self, Write};

use super::result::{Link, QueryResult};
use crate::graph::KnowledgeGraph;

/// Evidence sentences shown per fact.
pub const EVIDENCE_SHOWN: usize = 3;
/// Names shown per component.
pub const MEMBERS_SHOWN: usize = 20;
/// Components listed (the rest are summed up in one line).
pub const COMPONENTS_SHOWN: usize = 50;

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn width(s: &str) -> usize {
    s.chars().count()
}

/// Facts, aligned on source and relation, with their evidence; `indent` spaces
/// before each fact.
fn write_facts(
    g: &KnowledgeGraph,
    links: &[Link],
    indent: usize,
    w: &mut dyn Write,
) -> io::Result<()> {
    let name = |n| g.entity(n).name.as_str();
    let ws = links
        .iter()
        .map(|l| width(name(l.source)))
        .max()
        .unwrap_or(0);
    let wr = links
        .iter()
        .map(|l| width(&g.relation(l.edge).relation))
        .max()
        .unwrap_or(0);
    let pad = " ".repeat(indent);
    for l in links {
        let r = g.relation(l.edge);
        let (s, t) = (name(l.source), name(l.target));
        let gap_s = " ".repeat(ws - width(s));
        let gap_r = " ".repeat(wr - width(&r.relation));
        writeln!(w, "{pad}{s}{gap_s}  –{}→{gap_r}  {t}", r.relation)?;
        for ev in r.evidence.iter().take(EVIDENCE_SHOWN) {
            let text = g.evidence_text(ev);
            writeln!(
                w,
                "{pad}    “{text}” — {}#{}",
                g.evidence_doc(ev),
                ev.sentence
            )?;
        }
        if r.evidence.len() > EVIDENCE_SHOWN {
            let more = r.evidence.len() - EVIDENCE_SHOWN;
            writeln!(
                w,
                "{pad}    … and {}",
                plural(more, "more sentence", "more sentences")
            )?;
        }
    }
    Ok(())
}

/// Write a result for people.
pub fn write_text(r: &QueryResult, g: &KnowledgeGraph, w: &mut dyn Write) -> io::Result<()> {
    let name = |n| g.entity(n).name.as_str();
    match r {
        QueryResult::Neighbours(nb) => {
            let mut how = format!("depth {}, {}", nb.depth, nb.follow.as_str());
            if let Some(via) = &nb.via {
                how += &format!(", via \"{via}\"");
            }
            write!(w, "neighbours of {} ({how}): ", name(nb.entity))?;
            if nb.nodes.is_empty() {
                return writeln!(w, "found nothing");
            }
            writeln!(w, "{}", plural(nb.nodes.len(), "entity", "entities"))?;
            let wn = nb
                .nodes
                .iter()
                .map(|&(n, _)| width(name(n)))
                .max()
                .unwrap_or(0);
            for &(n, d) in &nb.nodes {
                let gap = " ".repeat(wn - width(name(n)));
                writeln!(w, "  {d}  {}{gap}  {}", name(n), g.entity(n).kind)?;
            }
            writeln!(w, "facts")?;
            write_facts(g, &nb.edges, 2, w)
        }
        QueryResult::Path(p) => {
            write!(w, "path {} to {}: ", name(p.from), name(p.to))?;
            match &p.hops {
                None => writeln!(w, "found nothing (no path)"),
                Some(h) if h.is_empty() => writeln!(w, "same entity (0 hops)"),
                Some(h) => {
                    writeln!(w, "{}", plural(h.len(), "hop", "hops"))?;
                    write_facts(g, h, 2, w)
                }
            }
        }
        QueryResult::Paths(p) => {
            write!(
                w,
                "paths {} to {} (max {} hops): ",
                name(p.from),
                name(p.to),
                p.max
            )?;
            if p.paths.is_empty() {
                return writeln!(w, "found nothing");
            }
            let more = if p.truncated { ", more not shown" } else { "" };
            writeln!(w, "{}{more}", plural(p.paths.len(), "path", "paths"))?;
            for (i, hops) in p.paths.iter().enumerate() {
                let mut chain = name(p.from).to_string();
                let mut at = p.from;
                for l in hops {
                    at = if l.source == at { l.target } else { l.source };
                    chain += " → ";
                    chain += name(at);
                }
                writeln!(
                    w,
                    "  {}. {chain}  ({})",
                    i + 1,
                    plural(hops.len(), "hop", "hops")
                )?;
                write_facts(g, hops, 5, w)?;
            }
            Ok(())
        }
        QueryResult::Match(m) => {
            let term = |n: Option<_>| n.map_or("?".to_string(), |n| name(n).to_string());
            let rel = m
                .relation
                .as_ref()
                .map_or("?".to_string(), |r| format!("\"{r}\""));
            write!(w, "match {} {rel} {}: ", term(m.subject), term(m.object))?;
            if m.edges.is_empty() {
                return writeln!(w, "found nothing");
            }
            writeln!(w, "{}", plural(m.edges.len(), "fact", "facts"))?;
            write_facts(g, &m.edges, 2, w)
        }
        QueryResult::Entity(e) => {
            let ent = g.entity(e.node);
            writeln!(w, "{}", ent.name)?;
            writeln!(w, "  kind       {}", ent.kind)?;
            let wa = ent.aliases.keys().map(|a| width(a)).max().unwrap_or(0);
            for (i, (alias, rule)) in ent.aliases.iter().enumerate() {
                let label = if i == 0 { "aliases" } else { "" };
                let gap = " ".repeat(wa - width(alias));
                writeln!(w, "  {label:<9}  {alias}{gap}  ({})", rule.as_str())?;
            }
            writeln!(w, "  mentions   {}", ent.mentions)?;
            writeln!(w, "  degree     {}", g.degree(e.node))?;
            for (i, &d) in ent.documents.iter().enumerate() {
                let label = if i == 0 { "documents" } else { "" };
                writeln!(w, "  {label:<9}  {}", g.documents()[d as usize].name)?;
            }
            Ok(())
        }
        QueryResult::Components(c) => {
            write!(w, "components: ")?;
            if c.components.is_empty() {
                return writeln!(w, "found nothing (the graph is empty)");
            }
            writeln!(w, "{}", c.components.len())?;
            let wi = width(&c.components.len().to_string());
            for (i, members) in c.components.iter().enumerate().take(COMPONENTS_SHOWN) {
                let shown: Vec<&str> = members
                    .iter()
                    .take(MEMBERS_SHOWN)
                    .map(|&n| name(n))
                    .collect();
                let rest = members.len().saturating_sub(MEMBERS_SHOWN);
                let more = if rest > 0 {
                    format!(" … and {rest} more")
                } else {
                    String::new()
                };
                writeln!(
                    w,
                    "  {:>wi$}. {}: {}{more}",
                    i + 1,
                    plural(members.len(), "entity", "entities"),
                    shown.join(", ")
                )?;
            }
            if let Some(rest) = c.components.get(COMPONENTS_SHOWN..) {
                let entities: usize = rest.iter().map(Vec::len).sum();
                let (n, e) = (
                    plural(rest.len(), "more component", "more components"),
                    plural(entities, "entity", "entities"),
                );
                writeln!(w, "  … and {n} ({e})")?;
            }
            Ok(())
        }
        QueryResult::Documents(d) => {
            write!(w, "documents: ")?;
            if d.documents.is_empty() {
                return writeln!(w, "found nothing (the store is empty)");
            }
            writeln!(w, "{}", d.documents.len())?;
            let wn = d
                .documents
                .iter()
                .map(|x| width(&x.name))
                .max()
                .unwrap_or(0);
            for x in &d.documents {
                writeln!(
                    w,
                    "  {:<wn$}  {}  {:>5} sentences  {}",
                    x.name,
                    x.hash,
                    x.sentences,
                    x.ingested_at.as_deref().unwrap_or("-")
                )?;
            }
            Ok(())
        }
        QueryResult::Top(t) => {
            write!(w, "top {} by {}:", t.entries.len(), t.by.as_str())?;
            if t.entries.is_empty() {
                return writeln!(w, " found nothing (the graph is empty)");
            }
            writeln!(w)?;
            let wn = t
                .entries
                .iter()
                .map(|&(n, _)| width(name(n)))
                .max()
                .unwrap_or(0);
            let wi = width(&t.entries.len().to_string());
            let wk = t
                .entries
                .iter()
                .map(|&(n, _)| g.entity(n).kind.as_str().len())
                .max()
                .unwrap_or(0);
            for (i, &(n, score)) in t.entries.iter().enumerate() {
                let score = match t.by {
                    super::Ranking::Degree => format!("{score}"),
                    super::Ranking::Pagerank => format!("{score:.6}"),
                };
                let kind = g.entity(n).kind.as_str();
                writeln!(
                    w,
                    "  {:>wi$}  {:<wn$}  {kind:<wk$}  {score}",
                    i + 1,
                    name(n)
                )?;
            }
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::testing::{run, world};

    fn text(q: &str) -> String {
        let g = world();
        let mut out = Vec::new();
        write_text(&run(&g, q), &g, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn results_render_for_people() {
        let cases = [
            (
                "path Beijing to Putin",
                "path Beijing to Vladimir Putin: 2 hops
  Kim Jong Un  –arrive in→  Beijing
      “Kim Jong Un arrive in Beijing.” — fixtures/a.txt#1
  Kim Jong Un  –meet→       Vladimir Putin
      “Kim Jong Un meet Vladimir Putin.” — fixtures/a.txt#0
",
            ),
            (
                "path Putin to Messi",
                "path Vladimir Putin to Lionel Messi: found nothing (no path)\n",
            ),
            (
                "path Putin to Putin",
                "path Vladimir Putin to Vladimir Putin: same entity (0 hops)\n",
            ),
            (
                "neighbours Russia in",
                "neighbours of Russia (depth 1, in): 2 entities
  1  North Korea     country
  1  Vladimir Putin  person
facts
  North Korea     –send troops to→  Russia
      “North Korea send troops to Russia.” — fixtures/a.txt#2
  Vladimir Putin  –lead→            Russia
      “Vladimir Putin lead Russia.” — fixtures/a.txt#4
",
            ),
            (
                "match ? join Putin",
                "match ? \"join\" Vladimir Putin: found nothing\n",
            ),
            (
                "entity Kim",
                "Kim Jong Un
  kind       person
  aliases    Kim     (surname)
             Mr Kim  (title-surname)
  mentions   4
  degree     3
  documents  fixtures/a.txt
             fixtures/b.txt
",
            ),
            (
                "components",
                "components: 3
  1. 6 entities: Beijing, Kim Jong Un, North Korea, Russia, Ukraine, Vladimir Putin
  2. 2 entities: China, Xi Jinping
  3. 2 entities: Inter Miami, Lionel Messi
",
            ),
            (
                "top 3 by degree",
                "top 3 by degree:
  1  Kim Jong Un  person   3
  2  Russia       country  3
  3  North Korea  country  2
",
            ),
            (
                "paths Putin to \"North Korea\" limit 1",
                "paths Vladimir Putin to North Korea (max 4 hops): 1 path, more not shown
  1. Vladimir Putin → Kim Jong Un → North Korea  (2 hops)
     Kim Jong Un  –meet→       Vladimir Putin
         “Kim Jong Un meet Vladimir Putin.” — fixtures/a.txt#0
     Kim Jong Un  –leader of→  North Korea
         “Kim Jong Un leader of North Korea.” — fixtures/a.txt#5
         “Kim leader of North Korea.” — fixtures/b.txt#2
",
            ),
        ];
        for (q, want) in cases {
            assert_eq!(text(q), want, "{q}");
        }
    }
}
