//! CSV writer: a graph selection in, one CSV table (edges by default, or nodes)
//! for Neo4j `LOAD CSV WITH HEADERS`, spreadsheets or pandas out.
//!
//! One stream holds one table, so the two tables are two runs of the writer
//! ([`CsvOptions::table`]):
//!
//! ```text
//! edges:  source,relation,target,weight,confidence,evidence
//! nodes:  id,kind,aliases,mentions
//! ```
//!
//! * A header line, then one row per edge (sorted by source, relation, target) or
//!   per node (sorted by id); lines end with `\n`.
//! * RFC 4180 quoting: a field containing `,`, `"`, a line feed or a carriage
//!   return is written in double quotes, with `"` doubled.
//! * `weight`: number of supporting sentences; `confidence`: highest over them;
//!   `evidence`: one line per supporting sentence, `doc #sentence: text` (line
//!   breaks inside a sentence become spaces).
//! * `aliases`: sorted, separated by `;` (Neo4j's array delimiter).
//!
//! Loading into Neo4j:
//!
//! ```text
//! LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
//!   MERGE (e:Entity {name: row.id}) SET e.kind = row.kind, e.mentions = toInteger(row.mentions),
//!   e.aliases = CASE row.aliases WHEN '' THEN [] ELSE split(row.aliases, ';') END;
//! LOAD CSV WITH HEADERS FROM 'file:///edges.csv' AS row
//!   MATCH (s:Entity {name: row.source}), (t:Entity {name: row.target})
//!   CREATE (s)-[:REL {relation: row.relation, weight: toInteger(row.weight),
//!                     confidence: toFloat(row.confidence), evidence: row.evidence}]->(t);
//! ```

use std::io::{self, Write};

use super::{Ordered, endpoints, evidence_lines};
use crate::graph::{KnowledgeGraph, Subgraph};

/// Which table the CSV writer emits.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum CsvTable {
    /// `source,relation,target,weight,confidence,evidence`
    #[default]
    Edges,
    /// `id,kind,aliases,mentions`
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
    match options.table {
        CsvTable::Edges => {
            writeln!(w, "source,relation,target,weight,confidence,evidence")?;
            for &e in &ordered.edges {
                let (s, t) = endpoints(graph, e);
                let rel = graph.relation(e);
                writeln!(
                    w,
                    "{},{},{},{},{},{}",
                    field(&graph.entity(s).name),
                    field(&rel.relation),
                    field(&graph.entity(t).name),
                    rel.weight(),
                    rel.confidence,
                    field(&evidence_lines(graph, rel)),
                )?;
            }
        }
        CsvTable::Nodes => {
            writeln!(w, "id,kind,aliases,mentions")?;
            for &n in &ordered.nodes {
                let e = graph.entity(n);
                let aliases: Vec<&str> = e.aliases.keys().map(String::as_str).collect();
                writeln!(
                    w,
                    "{},{},{},{}",
                    field(&e.name),
                    e.kind,
                    field(&aliases.join(";")),
                    e.mentions
                )?;
            }
        }
    }
    Ok(())
}

/// One CSV field, quoted when RFC 4180 requires it.
pub fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::testgraph;

    #[test]
    fn fields_are_quoted_only_when_needed() {
        let cases = [
            ("plain text", "plain text"),
            ("a,b", "\"a,b\""),
            ("say \"hi\"", "\"say \"\"hi\"\"\""),
            ("two\nlines", "\"two\nlines\""),
            ("cr\r", "\"cr\r\""),
            ("a:b <x> & \\", "a:b <x> & \\"),
            ("", ""),
        ];
        for (input, expected) in cases {
            assert_eq!(field(input), expected, "{input:?}");
        }
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
            "source,relation,target,weight,confidence,evidence\n\
             Aleksandar Vučić,arrive in,Zürich,1,0.75,\"news/a&b.txt #0: Vučić met \"\"the group\"\" in Zürich.\"\n\
             Aleksandar Vučić,meet,\"a:b \"\"quoted\"\" \\ <x> & y\",2,0.75,\"news/a&b.txt #0: Vučić met \"\"the group\"\" in Zürich.\n\
             news/a&b.txt #1: It said: \"\"a:b\"\" <x> & y \\ z.\"\n\
             \"a:b \"\"quoted\"\" \\ <x> & y\",\"say \"\"hi\"\" to\",Aleksandar Vučić,1,0.75,\"news/a&b.txt #1: It said: \"\"a:b\"\" <x> & y \\ z.\"\n"
        );
    }

    #[test]
    fn nodes_table() {
        assert_eq!(
            table(CsvTable::Nodes),
            "id,kind,aliases,mentions\n\
             Aleksandar Vučić,person,Mr Vučić;Vučić,3\n\
             Zürich,city,,1\n\
             \"a:b \"\"quoted\"\" \\ <x> & y\",organization,,2\n"
        );
    }
}
