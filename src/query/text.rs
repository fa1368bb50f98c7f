//! Text rendering: a [`QueryResult`] in, lines for people out.
//!
//! A heading line says what was asked and how much was found (or `found
//! nothing`); then one fact per line, columns aligned, each followed by its
//! evidence indented: `      “sentence text” — doc#sentence`, then the modal
//! of a modal fact and who it is attributed to, `[would] (according to
//! Microsoft)`; a fact whose evidence is all modal ends `[modal]`. At most
//! [`EVIDENCE_SHOWN`] sentences are shown per fact (JSON has them all), and at
//! most [`MEMBERS_SHOWN`] names per component and [`COMPONENTS_SHOWN`] components.
//!
//! Every string that comes from an article or a query (names, relations,
//! sentences, document names) goes through [`shown`]: a line break or a tab
//! (news wire text wraps its lines) becomes a space, any other control
//! character or bidirectional override an escape (`\u{1b}`), so no article can
//! move the cursor, recolour the terminal or break a line of the layout.

use std::borrow::Cow;
use std::io::{self, Write};

use super::result::{CoHop, Link, QueryResult};
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

/// `s` safe for a terminal: each line break (`\r\n`, `\n`, `\r`) or tab a
/// space; other control characters (ESC, BEL, …) and the invisible
/// bidirectional controls (U+202A–U+202E, U+2066–U+2069) as escapes
/// (`\u{1b}`); unchanged (borrowed) when it has none.
pub fn shown(s: &str) -> Cow<'_, str> {
    let unsafe_char =
        |c: char| c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
    if !s.chars().any(unsafe_char) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' | '\t' => out.push(' '),
            c if unsafe_char(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Facts, aligned on source and relation, with their evidence; `indent` spaces
/// before each fact.
fn write_facts(
    g: &KnowledgeGraph,
    links: &[Link],
    indent: usize,
    w: &mut dyn Write,
) -> io::Result<()> {
    let name = |n| shown(&g.entity(n).name);
    let ws = links
        .iter()
        .map(|l| width(&name(l.source)))
        .max()
        .unwrap_or(0);
    let wr = links
        .iter()
        .map(|l| width(&shown(&g.relation(l.edge).relation)))
        .max()
        .unwrap_or(0);
    let pad = " ".repeat(indent);
    for l in links {
        let r = g.relation(l.edge);
        let (s, t) = (name(l.source), name(l.target));
        let relation = shown(&r.relation);
        let gap_s = " ".repeat(ws - width(&s));
        let gap_r = " ".repeat(wr - width(&relation));
        let modal = if r.asserted() { "" } else { "  [modal]" };
        writeln!(w, "{pad}{s}{gap_s}  –{relation}→{gap_r}  {t}{modal}")?;
        for ev in r.evidence.iter().take(EVIDENCE_SHOWN) {
            let text = shown(g.evidence_text(ev));
            write!(
                w,
                "{pad}    “{text}” — {}#{}",
                shown(g.evidence_doc(ev)),
                ev.sentence
            )?;
            if let Some(m) = ev.modality {
                write!(w, " [{m}]")?;
            }
            if let Some(a) = g.attribution(ev) {
                write!(w, " (according to {})", shown(a))?;
            }
            writeln!(w)?;
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

/// The first [`EVIDENCE_SHOWN`] sentences of `evidence`, quoted, then how many
/// more.
fn write_sentences(
    g: &KnowledgeGraph,
    evidence: &[crate::graph::Evidence],
    indent: usize,
    w: &mut dyn Write,
) -> io::Result<()> {
    let pad = " ".repeat(indent);
    for ev in evidence.iter().take(EVIDENCE_SHOWN) {
        writeln!(
            w,
            "{pad}    “{}” — {}#{}",
            shown(g.evidence_text(ev)),
            shown(g.evidence_doc(ev)),
            ev.sentence
        )?;
    }
    if evidence.len() > EVIDENCE_SHOWN {
        let more = evidence.len() - EVIDENCE_SHOWN;
        writeln!(
            w,
            "{pad}    … and {}",
            plural(more, "more sentence", "more sentences")
        )?;
    }
    Ok(())
}

/// Write a result for people.
pub fn write_text(r: &QueryResult, g: &KnowledgeGraph, w: &mut dyn Write) -> io::Result<()> {
    let name = |n| shown(&g.entity(n).name);
    match r {
        QueryResult::CoNeighbours(nb, co) => {
            write_text(&QueryResult::Neighbours(nb.clone()), g, w)?;
            write!(w, "co-mentions of {}: ", name(nb.entity))?;
            if co.is_empty() {
                return writeln!(w, "none");
            }
            writeln!(w, "{}", plural(co.len(), "entity", "entities"))?;
            let wn = co.iter().map(|c| width(&name(c.node))).max().unwrap_or(0);
            for c in co {
                let gap = " ".repeat(wn - width(&name(c.node)));
                writeln!(
                    w,
                    "  {}{gap}  {}  ({})",
                    name(c.node),
                    g.entity(c.node).kind,
                    plural(c.evidence.len(), "sentence", "sentences")
                )?;
                write_sentences(g, &c.evidence, 2, w)?;
            }
            Ok(())
        }
        QueryResult::CoPath(p) => {
            write!(
                w,
                "path {} to {} via co-mentions: ",
                name(p.from),
                name(p.to)
            )?;
            match &p.hops {
                None => writeln!(w, "found nothing (no path)"),
                Some(h) if h.is_empty() => writeln!(w, "same entity (0 hops)"),
                Some(h) => {
                    let facts = h.iter().filter(|x| x.rank() == 0).count();
                    writeln!(
                        w,
                        "{} ({} by facts, {} by co-mentions)",
                        plural(h.len(), "hop", "hops"),
                        facts,
                        h.len() - facts
                    )?;
                    for hop in h {
                        match hop {
                            CoHop::Fact { link, .. } => {
                                write!(w, "  fact        ")?;
                                write_facts(g, std::slice::from_ref(link), 0, w)?;
                            }
                            CoHop::CoMention { from, to, evidence } => {
                                writeln!(
                                    w,
                                    "  co-mention  {} — {}  ({})",
                                    name(*from),
                                    name(*to),
                                    plural(evidence.len(), "sentence", "sentences")
                                )?;
                                write_sentences(g, evidence, 2, w)?;
                            }
                        }
                    }
                    Ok(())
                }
            }
        }
        QueryResult::Neighbours(nb) => {
            let mut how = format!("depth {}, {}", nb.depth, nb.follow.as_str());
            if let Some(via) = &nb.via {
                how += &format!(", via \"{}\"", shown(via));
            }
            write!(w, "neighbours of {} ({how}): ", name(nb.entity))?;
            if nb.nodes.is_empty() {
                return writeln!(w, "found nothing");
            }
            writeln!(w, "{}", plural(nb.nodes.len(), "entity", "entities"))?;
            let wn = nb
                .nodes
                .iter()
                .map(|&(n, _)| width(&name(n)))
                .max()
                .unwrap_or(0);
            for &(n, d) in &nb.nodes {
                let gap = " ".repeat(wn - width(&name(n)));
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
                    chain += &name(at);
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
                .map_or("?".to_string(), |r| format!("\"{}\"", shown(r)));
            let only = if m.asserted { " asserted" } else { "" };
            write!(
                w,
                "match {} {rel} {}{only}: ",
                term(m.subject),
                term(m.object)
            )?;
            if m.edges.is_empty() {
                return writeln!(w, "found nothing");
            }
            writeln!(w, "{}", plural(m.edges.len(), "fact", "facts"))?;
            write_facts(g, &m.edges, 2, w)
        }
        QueryResult::Entity(e) => {
            let ent = g.entity(e.node);
            writeln!(w, "{}", shown(&ent.name))?;
            writeln!(w, "  kind       {}", ent.kind)?;
            let wa = ent
                .aliases
                .keys()
                .map(|a| width(&shown(a)))
                .max()
                .unwrap_or(0);
            let alias_documents = g.alias_documents_of(e.node);
            for (i, (alias, rule)) in ent.aliases.iter().enumerate() {
                let label = if i == 0 { "aliases" } else { "" };
                let from = alias_documents
                    .get(alias)
                    .map(|d| format!(", from {}", shown(d)))
                    .unwrap_or_default();
                let alias = shown(alias);
                let gap = " ".repeat(wa - width(&alias));
                writeln!(w, "  {label:<9}  {alias}{gap}  ({}{from})", rule.as_str())?;
            }
            writeln!(w, "  mentions   {}", ent.mentions)?;
            writeln!(w, "  degree     {}", g.degree(e.node))?;
            for (i, &d) in ent.documents.iter().enumerate() {
                let label = if i == 0 { "documents" } else { "" };
                writeln!(
                    w,
                    "  {label:<9}  {}",
                    shown(&g.documents()[d as usize].name)
                )?;
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
                let listed: Vec<Cow<str>> = members
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
                    listed.join(", ")
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
                .map(|&(n, _)| width(&name(n)))
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

    #[test]
    fn control_characters_are_escaped() {
        let cases = [
            ("plain Zürich", "plain Zürich"),
            ("two\nlines\r\nand\rthree", "two lines and three"),
            ("tab\there", "tab here"),
            ("\u{1b}[31mred\u{7}", "\\u{1b}[31mred\\u{7}"),
            ("\u{202E}txt.exe", "\\u{202e}txt.exe"),
            ("\u{85}next", "\\u{85}next"),
        ];
        for (input, expected) in cases {
            assert_eq!(shown(input), expected, "{input:?}");
        }
        assert!(matches!(shown("no escapes"), Cow::Borrowed(_)));
    }

    #[test]
    fn article_text_never_breaks_a_line_of_the_layout() {
        let g = crate::export::testgraph::nasty();
        let mut out = Vec::new();
        write_text(&run(&g, "neighbours \"Aleksandar Vučić\""), &g, &mut out).unwrap();
        let out = String::from_utf8(out).unwrap();
        assert!(
            out.contains("“It said: \"a:b\" <x> & y \\ z.” — news/a&b.txt#1"),
            "{out}"
        );
        for line in out.lines() {
            assert!(!line.chars().any(char::is_control), "{line:?}");
        }
    }

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
