//! The export writers on one small graph with hostile names: golden files for every
//! format, and the real consumers (`dot -Tsvg`, networkx) reading the output.
//! Tools that are not installed are skipped with a note on stderr.

use std::io::Write;
use std::process::{Command, Stdio};
use std::sync::LazyLock;

use kg::EntityKind;
use kg::KnowledgeGraph;
use kg::export::{CsvOptions, CsvTable, DotOptions, ExportFormat, ExportOptions, export};
use kg::graph::Subgraph;
use kg::resolve::{Alias, AliasRule, DocumentFacts, Fact, ResolvedEntity};
use kg::text::Span;
use regex::Regex;

use crate::common::golden;

fn entity(
    name: &str,
    kind: EntityKind,
    aliases: &[(&str, AliasRule)],
    mentions: usize,
) -> ResolvedEntity {
    ResolvedEntity {
        name: name.to_string(),
        kind,
        aliases: aliases
            .iter()
            .map(|(a, rule)| Alias {
                name: a.to_string(),
                rule: *rule,
            })
            .collect(),
        mentions,
    }
}

fn fact(subject: usize, relation: &str, object: usize, confidence: f32, sentence: usize) -> Fact {
    let span = Span { start: 0, end: 0 };
    Fact {
        subject,
        relation: relation.to_string(),
        object,
        confidence,
        sentence,
        subject_mention: span,
        object_mention: span,
        ..Default::default()
    }
}

/// Two documents, every entity kind, names with quotes, backslashes, colons, `<>&`,
/// non-ASCII letters, a relation with quotes, evidence with a line break, parallel
/// edges and an edge supported twice.
fn nasty_graph() -> KnowledgeGraph {
    let first = DocumentFacts {
        doc: "news/balkans & \"central\" asia.txt".to_string(),
        sentences: vec![
            "Serbian President Aleksandar Vučić met Kassym-Jomart Tokayev in Zürich.".to_string(),
            "Mr Vučić said:\n\"We <will> work & talk.\"".to_string(),
            "Tokayev visited Serbia, and Vučić thanked him.".to_string(),
        ],
        entities: vec![
            entity(
                "Aleksandar Vučić",
                EntityKind::Person,
                &[
                    ("Mr Vučić", AliasRule::TitleSurname),
                    ("Vučić", AliasRule::Surname),
                ],
                4,
            ),
            entity(
                "Kassym-Jomart Tokayev",
                EntityKind::Person,
                &[("Tokayev", AliasRule::Surname)],
                2,
            ),
            entity("Zürich", EntityKind::City, &[], 1),
            entity(
                "Serbia",
                EntityKind::Country,
                &[("Serbian", AliasRule::Demonym)],
                2,
            ),
            entity(
                "a:b \"Group\" \\ <x> & y",
                EntityKind::Group,
                &[("a:b", AliasRule::Acronym)],
                1,
            ),
        ],
        facts: vec![
            fact(0, "meet", 1, 0.9, 0),
            fact(0, "arrive in", 2, 0.6, 0),
            fact(0, "say \"we will work\" with", 4, 0.5, 1),
            fact(1, "visit", 3, 0.8, 2),
            fact(0, "thank", 1, 0.7, 2),
            fact(0, "leader of", 3, 0.85, 0),
        ],
        comentions: Vec::new(),
    };
    let second = DocumentFacts {
        doc: "news/summit.md".to_string(),
        sentences: vec![
            "Vučić met Tokayev again at the Astana Summit.".to_string(),
            "The C:\\Users\\ committee attended the summit.".to_string(),
            "Tokayev hosted the Astana Summit.".to_string(),
        ],
        entities: vec![
            entity(
                "Aleksandar Vučić",
                EntityKind::Person,
                &[("Vučić", AliasRule::Surname)],
                1,
            ),
            entity(
                "Kassym-Jomart Tokayev",
                EntityKind::Person,
                &[("Tokayev", AliasRule::Surname)],
                2,
            ),
            entity("Astana Summit", EntityKind::Event, &[], 2),
            entity("C:\\Users\\ committee", EntityKind::Organization, &[], 1),
            entity("Astana's <Old> Square", EntityKind::Place, &[], 0),
            entity("something", EntityKind::Other, &[], 1),
        ],
        facts: vec![
            fact(0, "meet", 1, 0.95, 0),
            fact(3, "attend", 2, 0.7, 1),
            fact(1, "host", 2, 0.9, 2),
            fact(2, "take place in", 4, 0.4, 2),
            fact(5, "be", 4, 0.1, 2),
        ],
        comentions: Vec::new(),
    };
    let mut g = KnowledgeGraph::new();
    g.merge_document(&first, "hash-1");
    g.merge_document(&second, "hash-2");
    g
}

static GRAPH: LazyLock<KnowledgeGraph> = LazyLock::new(nasty_graph);

fn render(format: ExportFormat, options: &ExportOptions, selection: &Subgraph) -> String {
    let mut out = Vec::new();
    export(&GRAPH, selection, format, options, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

fn full(format: ExportFormat) -> String {
    render(format, &ExportOptions::default(), &GRAPH.full())
}

/// The focus view: everything within one hop of Tokayev, clusters on.
fn dot_focus() -> String {
    let center = GRAPH
        .node_by_name("kassym-jomart tokayev")
        .expect("Tokayev is a node");
    let options = ExportOptions {
        dot: DotOptions {
            clusters: true,
            focus: Some(center),
        },
        ..Default::default()
    };
    render(ExportFormat::Dot, &options, &GRAPH.focus(center, 1))
}

fn dot_clusters() -> String {
    let options = ExportOptions {
        dot: DotOptions {
            clusters: true,
            focus: None,
        },
        ..Default::default()
    };
    render(ExportFormat::Dot, &options, &GRAPH.full())
}

#[test]
fn golden_files_for_every_format() {
    golden("fixtures/golden/export/nasty.dot", &full(ExportFormat::Dot));
    golden("fixtures/golden/export/nasty-clusters.dot", &dot_clusters());
    golden("fixtures/golden/export/nasty-focus.dot", &dot_focus());
    golden(
        "fixtures/golden/export/nasty.json",
        &full(ExportFormat::Json),
    );
    golden(
        "fixtures/golden/export/nasty.graphml",
        &full(ExportFormat::Graphml),
    );
    golden(
        "fixtures/golden/export/nasty.nt",
        &full(ExportFormat::Ntriples),
    );
    golden(
        "fixtures/golden/export/nasty.nq",
        &full(ExportFormat::Nquads),
    );
    golden(
        "fixtures/golden/export/nasty-edges.csv",
        &full(ExportFormat::Csv),
    );
    let nodes = ExportOptions {
        csv: CsvOptions {
            table: CsvTable::Nodes,
        },
        ..Default::default()
    };
    golden(
        "fixtures/golden/export/nasty-nodes.csv",
        &render(ExportFormat::Csv, &nodes, &GRAPH.full()),
    );
}

#[test]
fn export_is_deterministic() {
    for format in ExportFormat::ALL {
        assert_eq!(
            full(format),
            render(format, &ExportOptions::default(), &nasty_graph().full()),
            "{format}"
        );
    }
}

/// Run `program args` with `input` on stdin; None when the program is missing.
fn pipe(program: &str, args: &[&str], input: &str) -> Option<std::process::Output> {
    let mut child = match Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(c) => c,
        Err(e) => {
            eprintln!("note: skipped, `{program}` is not available ({e})");
            return None;
        }
    };
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    Some(child.wait_with_output().unwrap())
}

#[test]
fn dot_renders_without_any_warning() {
    let empty = render(
        ExportFormat::Dot,
        &ExportOptions::default(),
        &Subgraph::default(),
    );
    for (name, dot) in [
        ("full", full(ExportFormat::Dot)),
        ("clusters", dot_clusters()),
        ("focus", dot_focus()),
        ("empty", empty),
    ] {
        let Some(out) = pipe("dot", &["-Tsvg"], &dot) else {
            return;
        };
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            out.status.success() && stderr.is_empty(),
            "{name}: dot -Tsvg failed or warned:\n{stderr}\n{dot}"
        );
        let svg = String::from_utf8(out.stdout).unwrap();
        if name == "full" {
            // Labels arrive intact: escaped for XML once, shown literally.
            for shown in [
                "a:b &quot;Group&quot; \\ &lt;x&gt; &amp; y",
                "say &quot;we will work&quot; with",
                "C:\\Users\\ committee",
                "Aleksandar Vučić",
                "Kassym&#45;Jomart Tokayev",
            ] {
                assert!(
                    svg.contains(&format!(">{shown}</text>")),
                    "{shown} missing from the SVG:\n{svg}"
                );
            }
        }
    }
}

const NETWORKX_CHECK: &str = r#"
import json, sys
try:
    import networkx as nx
except ImportError:
    print("SKIP")
    sys.exit(0)
data = json.load(sys.stdin)
g = nx.node_link_graph(data, edges="edges")
assert g.is_directed() and g.is_multigraph()
print(g.number_of_nodes(), g.number_of_edges(), g.graph["documents"])
for u, v, k, d in sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[3]["relation"], e[1])):
    print(json.dumps([u, v, k, d["relation"], d["weight"], len(d["evidence"])], ensure_ascii=False))
print(json.dumps(g.nodes["Aleksandar Vučić"], ensure_ascii=False, sort_keys=True))
"#;

#[test]
fn networkx_loads_the_node_link_json() {
    let Some(out) = pipe(
        "python3",
        &["-c", NETWORKX_CHECK],
        &full(ExportFormat::Json),
    ) else {
        return;
    };
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    if stdout.trim() == "SKIP" {
        eprintln!("note: skipped, networkx is not installed");
        return;
    }
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines[0], "9 10 2");
    let want_edges = [
        r#"["Aleksandar Vučić", "Kassym-Jomart Tokayev", 0, "meet", 2, 2]"#,
        r#"["Aleksandar Vučić", "Kassym-Jomart Tokayev", 1, "thank", 1, 1]"#,
        r#"["Aleksandar Vučić", "Serbia", 0, "leader of", 1, 1]"#,
        r#"["Aleksandar Vučić", "Zürich", 0, "arrive in", 1, 1]"#,
        r#"["Aleksandar Vučić", "a:b \"Group\" \\ <x> & y", 0, "say \"we will work\" with", 1, 1]"#,
    ];
    for want in want_edges {
        assert!(
            lines.contains(&want),
            "{want} not in networkx's view:\n{stdout}"
        );
    }
    assert_eq!(
        *lines.last().unwrap(),
        r#"{"aliases": ["Mr Vučić", "Vučić"], "kind": "person", "mentions": 5}"#
    );
}

const GRAPHML_CHECK: &str = r#"
import sys
try:
    import networkx as nx
except ImportError:
    print("SKIP")
    sys.exit(0)
import io
g = nx.read_graphml(io.BytesIO(sys.stdin.buffer.read()))
print(g.number_of_nodes(), g.number_of_edges(), g.graph["documents"])
labels = sorted(d["label"] for _, d in g.nodes(data=True))
print("|".join(labels))
e = [d for _, _, d in g.edges(data=True) if d["relation"].startswith("say")][0]
print(e["relation"], e["weight"], e["confidence"])
"#;

#[test]
fn networkx_reads_the_graphml() {
    let Some(out) = pipe(
        "python3",
        &["-c", GRAPHML_CHECK],
        &full(ExportFormat::Graphml),
    ) else {
        return;
    };
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    if stdout.trim() == "SKIP" {
        eprintln!("note: skipped, networkx is not installed");
        return;
    }
    assert_eq!(
        stdout,
        "9 10 2\n\
         Aleksandar Vučić|Astana Summit|Astana's <Old> Square|C:\\Users\\ committee|Kassym-Jomart Tokayev|\
         Serbia|Zürich|a:b \"Group\" \\ <x> & y|something\n\
         say \"we will work\" with 1 0.5\n"
    );
}

/// One N-Triples statement: IRI subject and predicate, IRI or literal object.
static TRIPLE: LazyLock<Regex> = LazyLock::new(|| {
    let iri = r#"<[^\x00-\x20<>"{}|^`\\]*>"#;
    let literal =
        r#""(?:[^"\\\n\r]|\\[tbnrf"'\\]|\\u[0-9A-F]{4})*"(?:\^\^<[^\x00-\x20<>"{}|^`\\]*>)?"#;
    Regex::new(&format!("^{iri} {iri} (?:{iri}|{literal}) \\.$")).unwrap()
});

#[test]
fn ntriples_lines_follow_the_grammar() {
    let nt = full(ExportFormat::Ntriples);
    for line in nt.lines() {
        assert!(TRIPLE.is_match(line), "not an N-Triples statement: {line}");
    }
    // 8 kinds × (type, label) + 9 nodes × (label, type, mentions) + 5 aliases
    // + 10 relations × (type, label) + 2 documents × (type, label) + 10 edges ×
    // (the triple, its statement: type, subject, predicate, object, weight,
    // confidence) + 11 evidence links + 6 sentences × (text, index, document).
    assert_eq!(nt.lines().count(), 16 + 27 + 5 + 20 + 4 + 70 + 11 + 18);
}

const RDFLIB_CHECK: &str = r#"
import sys
try:
    import rdflib
except ImportError:
    print("SKIP")
    sys.exit(0)
g = rdflib.Graph()
g.parse(data=sys.stdin.buffer.read().decode("utf-8"), format="nt")
labels = {str(o) for s, p, o in g if p == rdflib.RDFS.label}
print(len(g), len(labels))
print('a:b "Group" \\ <x> & y' in labels, "Aleksandar Vučić" in labels)
"#;

/// rdflib is not required (CI does not install it); when present it must parse
/// every line.
#[test]
fn rdflib_parses_the_ntriples() {
    let Some(out) = pipe(
        "python3",
        &["-c", RDFLIB_CHECK],
        &full(ExportFormat::Ntriples),
    ) else {
        return;
    };
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    if stdout.trim() == "SKIP" {
        eprintln!("note: skipped, rdflib is not installed");
        return;
    }
    // Labels: 8 kinds, 9 entities, 10 relations, 2 documents.
    assert_eq!(stdout, "171 29\nTrue True\n");
}

#[test]
fn csv_records_are_one_line_each_with_a_full_row_of_fields() {
    let cases = [(CsvTable::Edges, 8, 11), (CsvTable::Nodes, 7, 10)];
    for (table, width, rows) in cases {
        let options = ExportOptions {
            csv: CsvOptions { table },
            ..ExportOptions::default()
        };
        let text = render(ExportFormat::Csv, &options, &GRAPH.full());
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(text.as_bytes());
        let widths: Vec<usize> = reader.records().map(|r| r.unwrap().len()).collect();
        assert_eq!(widths, vec![width; rows], "{table:?}");
        assert_eq!(text.lines().count(), rows, "{table:?}: one record per line");
        assert!(!text.contains(['\t', '\r']), "{table:?}");
    }
}

/// Graphviz refuses quoted strings over 16384 bytes: a pathological name and an
/// unsegmented "sentence" of 40,000 bytes must still render.
#[test]
fn dot_renders_names_and_evidence_longer_than_graphviz_strings() {
    let long_name = "Ω\"\\".repeat(8000);
    let facts = DocumentFacts {
        doc: "long.txt".to_string(),
        sentences: vec!["word ".repeat(8000)],
        entities: vec![
            entity(
                &long_name,
                EntityKind::Organization,
                &[("x".repeat(20_000).as_str(), AliasRule::Acronym)],
                1,
            ),
            entity("B", EntityKind::Country, &[], 1),
        ],
        facts: vec![fact(0, &"r".repeat(20_000), 1, 0.5, 0)],
        comentions: Vec::new(),
    };
    let mut g = KnowledgeGraph::new();
    g.merge_document(&facts, "long");
    let mut dot = Vec::new();
    export(
        &g,
        &g.full(),
        ExportFormat::Dot,
        &ExportOptions::default(),
        &mut dot,
    )
    .unwrap();
    let dot = String::from_utf8(dot).unwrap();
    let Some(out) = pipe("dot", &["-Tsvg"], &dot) else {
        return;
    };
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && stderr.is_empty(),
        "dot -Tsvg failed or warned:\n{stderr}"
    );
}
