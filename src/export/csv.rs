//! CSV writer: a graph selection in, the property-graph tables of
//! `neo4j-admin database import` out (a nodes table and an edges table), which
//! LadybugDB/Kùzu `COPY … FROM`, pandas and spreadsheets read as well.
//!
//! ```text
//! nodes:  id:ID,name,:LABEL,kind,aliases:string[],mentions:int,degree:int
//! edges:  :START_ID,:END_ID,:TYPE,relation,weight:int,confidence:float,documents:string[],evidence
//! ```
//!
//! * `id:ID` is the canonical name (unique in a graph, stable across runs);
//!   `name` repeats it as a plain property. `:LABEL` is the kind capitalised
//!   (`Person`, `Organization`), `kind` the kind as kg names it.
//! * Edges begin with their endpoints, as neo4j-admin requires. `:TYPE` is the
//!   relation in upper snake case (`send troops to` → `SEND_TROOPS_TO`),
//!   `relation` the readable form. `weight`: supporting sentences;
//!   `confidence`: the highest over them; `documents`: the documents they come
//!   from; `evidence`: `doc #sentence: text` per supporting sentence (a modal
//!   or attributed one followed by ` [would] (according to X)`), joined by
//!   ` | `.
//! * Arrays (`aliases`, `documents`) are sorted and joined by `;`, Neo4j's
//!   array delimiter; a `;` inside an element becomes `,`.
//! * `degree`: edges touching the entity in the whole graph (as `entity` in a
//!   query reports it), whatever part of the graph is exported.
//! * No field holds a line break, a tab or another control character (each
//!   becomes a space), so one record is one line; quoting is RFC 4180, done by
//!   the `csv` crate. Lines end with `\n`; rows are sorted (nodes by name,
//!   edges by source, relation, target), so the same graph gives the same bytes.
//!
//! `kg export --format csv -o DIR` writes both tables as `DIR/nodes.csv` and
//! `DIR/edges.csv`; a single stream (stdout, `-o FILE.csv`) holds the edges
//! table alone ([`CsvOptions::table`] picks the other).

use std::collections::BTreeSet;
use std::io::{self, Write};

use super::{Ordered, endpoints};
use crate::graph::{KnowledgeGraph, Subgraph};

/// The header of the nodes table.
pub const NODES_HEADER: [&str; 7] = [
    "id:ID",
    "name",
    ":LABEL",
    "kind",
    "aliases:string[]",
    "mentions:int",
    "degree:int",
];

/// The header of the edges table.
pub const EDGES_HEADER: [&str; 8] = [
    ":START_ID",
    ":END_ID",
    ":TYPE",
    "relation",
    "weight:int",
    "confidence:float",
    "documents:string[]",
    "evidence",
];

/// Which table the CSV writer emits.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum CsvTable {
    /// [`EDGES_HEADER`]
    #[default]
    Edges,
    /// [`NODES_HEADER`]
    Nodes,
}

/// Options of the CSV writer.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CsvOptions {
    pub table: CsvTable,
}

/// Write `selection` of `graph` as the CSV table chosen in `options`.
pub fn write_csv(
    graph: &KnowledgeGraph,
    selection: &Subgraph,
    options: &CsvOptions,
    w: &mut dyn Write,
) -> io::Result<()> {
    let ordered = Ordered::new(graph, selection);
    let mut out = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::Any(b'\n'))
        .from_writer(w);
    match options.table {
        CsvTable::Edges => write_edges(graph, &ordered, &mut out)?,
        CsvTable::Nodes => write_nodes(graph, &ordered, &mut out)?,
    }
    out.flush()
}

fn write_nodes<W: Write>(
    graph: &KnowledgeGraph,
    ordered: &Ordered,
    out: &mut ::csv::Writer<W>,
) -> io::Result<()> {
    out.write_record(NODES_HEADER)?;
    let g = graph.graph();
    for &n in &ordered.nodes {
        let e = graph.entity(n);
        let name = clean(&e.name);
        out.write_record([
            name.as_str(),
            name.as_str(),
            &label(e.kind.as_str()),
            e.kind.as_str(),
            &array(e.aliases.keys().map(String::as_str)),
            &e.mentions.to_string(),
            &g.neighbors_undirected(n).count().to_string(),
        ])?;
    }
    Ok(())
}

fn write_edges<W: Write>(
    graph: &KnowledgeGraph,
    ordered: &Ordered,
    out: &mut ::csv::Writer<W>,
) -> io::Result<()> {
    out.write_record(EDGES_HEADER)?;
    for &e in &ordered.edges {
        let (s, t) = endpoints(graph, e);
        let rel = graph.relation(e);
        let documents: BTreeSet<&str> = rel
            .evidence
            .iter()
            .map(|ev| graph.evidence_doc(ev))
            .collect();
        let evidence: Vec<String> = rel
            .evidence
            .iter()
            .map(|ev| {
                format!(
                    "{} #{}: {}{}",
                    graph.evidence_doc(ev),
                    ev.sentence,
                    graph.evidence_text(ev),
                    super::evidence_flags(graph, ev)
                )
            })
            .collect();
        out.write_record([
            clean(&graph.entity(s).name).as_str(),
            &clean(&graph.entity(t).name),
            &rel_type(&rel.relation),
            &clean(&rel.relation),
            &rel.weight().to_string(),
            &rel.confidence.to_string(),
            &array(documents.into_iter()),
            &clean(&evidence.join(" | ")),
        ])?;
    }
    Ok(())
}

/// `s` with every control character (line breaks, tabs, …) replaced by a space.
pub fn clean(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// Elements joined by `;` (a `;` inside an element becomes `,`).
fn array<'a>(items: impl Iterator<Item = &'a str>) -> String {
    let items: Vec<String> = items.map(|s| clean(s).replace(';', ",")).collect();
    items.join(";")
}

/// A kind as a node label: first letter upper case (`person` → `Person`).
pub fn label(kind: &str) -> String {
    let mut chars = kind.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A relation as a relationship type: letters and digits upper-cased, every run
/// of anything else one `_` (`send troops to` → `SEND_TROOPS_TO`,
/// `say "hi" to` → `SAY_HI_TO`); `RELATED_TO` when nothing is left.
pub fn rel_type(relation: &str) -> String {
    let mut out = String::with_capacity(relation.len());
    for c in relation.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_uppercase());
        } else if !out.is_empty() && !out.ends_with('_') {
            out.push('_');
        }
    }
    while out.ends_with('_') {
        out.pop();
    }
    if out.is_empty() {
        out.push_str("RELATED_TO");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::testgraph;

    #[test]
    fn relation_types_are_upper_snake_case() {
        let cases = [
            ("send troops to", "SEND_TROOPS_TO"),
            ("say \"hi\" to", "SAY_HI_TO"),
            ("  arrive   in ", "ARRIVE_IN"),
            ("meet", "MEET"),
            ("zürich-based", "ZÜRICH_BASED"),
            ("--", "RELATED_TO"),
            ("", "RELATED_TO"),
        ];
        for (input, expected) in cases {
            assert_eq!(rel_type(input), expected, "{input:?}");
        }
    }

    #[test]
    fn labels_and_clean_fields() {
        for (input, expected) in [
            ("person", "Person"),
            ("organization", "Organization"),
            ("", ""),
        ] {
            assert_eq!(label(input), expected);
        }
        for (input, expected) in [
            ("a\r\nb", "a  b"),
            ("a\tb", "a b"),
            ("a\u{7}b", "a b"),
            ("ok", "ok"),
        ] {
            assert_eq!(clean(input), expected, "{input:?}");
        }
        assert_eq!(array(["a;b", "c\nd"].into_iter()), "a,b;c d");
    }

    fn table(table: CsvTable) -> String {
        let g = testgraph::nasty();
        let mut out = Vec::new();
        write_csv(&g, &g.full(), &CsvOptions { table }, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn edges_table() {
        assert_eq!(
            table(CsvTable::Edges),
            ":START_ID,:END_ID,:TYPE,relation,weight:int,confidence:float,documents:string[],evidence\n\
             Aleksandar Vučić,Zürich,ARRIVE_IN,arrive in,1,0.75,news/a&b.txt,\"news/a&b.txt #0: Vučić met \"\"the group\"\" in Zürich.\"\n\
             Aleksandar Vučić,\"a:b \"\"quoted\"\" \\ <x> & y\",MEET,meet,2,0.75,news/a&b.txt,\"news/a&b.txt #0: Vučić met \"\"the group\"\" in Zürich. | news/a&b.txt #1: It said: \"\"a:b\"\" <x> & y \\ z.\"\n\
             \"a:b \"\"quoted\"\" \\ <x> & y\",Aleksandar Vučić,SAY_HI_TO,\"say \"\"hi\"\" to\",1,0.75,news/a&b.txt,\"news/a&b.txt #1: It said: \"\"a:b\"\" <x> & y \\ z.\"\n"
        );
    }

    #[test]
    fn nodes_table() {
        assert_eq!(
            table(CsvTable::Nodes),
            "id:ID,name,:LABEL,kind,aliases:string[],mentions:int,degree:int\n\
             Aleksandar Vučić,Aleksandar Vučić,Person,person,Mr Vučić;Vučić,3,3\n\
             Zürich,Zürich,City,city,,1,1\n\
             \"a:b \"\"quoted\"\" \\ <x> & y\",\"a:b \"\"quoted\"\" \\ <x> & y\",Organization,organization,,2,2\n"
        );
    }
}
