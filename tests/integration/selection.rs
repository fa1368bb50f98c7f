//! Every export format writes the part of the graph the selection options
//! choose (`--focus`, `--depth`, `--relation`, `--kind`, `--min-weight`,
//! `--drop-isolated`), and `kg query --format FORMAT` writes a result's subgraph.

use std::collections::BTreeSet;
use std::sync::LazyLock;

use regex::Regex;

use crate::common::{assert_status, run, stdout, temp_graph};

const FORMATS: [&str; 6] = ["dot", "json", "graphml", "ntriples", "nquads", "csv"];

/// `kg export` of the fixtures graph with `args`, in every format.
fn exports(graph: &str, args: &[&str]) -> Vec<(&'static str, String)> {
    FORMATS
        .iter()
        .map(|f| {
            let o = run(&[&["--graph", graph, "export", "--format", f][..], args].concat());
            assert_status(&o, 0);
            (*f, stdout(&o))
        })
        .collect()
}

#[test]
fn every_format_honours_every_selection_option() {
    let (_dir, g) = temp_graph();
    let g = g.to_str().unwrap();
    assert_status(&run(&["--graph", g, "ingest", "fixtures/"]), 0);
    // (options, entities that must appear, entities that must not).
    let cases: [(&[&str], &[&str], &[&str]); 5] = [
        (
            &[
                "--focus",
                "Kim Jong Un",
                "--kind",
                "country",
                "--drop-isolated",
            ],
            &["Kim Jong Un", "North Korea"],
            &["Beijing", "Russia", "Xi Jinping"],
        ),
        (
            &[
                "--focus",
                "Mr Kim",
                "--depth",
                "2",
                "--relation",
                "send troops",
            ],
            &["Kim Jong Un"],
            &["North Korea", "Russia", "Beijing"],
        ),
        (
            &["--relation", "send troops", "--drop-isolated"],
            &["North Korea", "Russia"],
            &["Kim Jong Un", "Beijing"],
        ),
        (
            &["--min-weight", "2", "--drop-isolated"],
            &["Kim Jong Un", "Beijing"],
            &["Serbia", "Armenia"],
        ),
        (
            &["--kind", "person", "--kind", "city", "--drop-isolated"],
            &["Kim Jong Un", "Beijing"],
            &["North Korea", "Russia"],
        ),
    ];
    for (args, present, absent) in cases {
        for (format, out) in exports(g, args) {
            let got = entities(format, &out);
            for name in present {
                // The CSV stream is the edges table: an entity without edges is not in it.
                let shown = got.contains(*name) || (format == "csv" && got.is_empty());
                assert!(shown, "{format} {args:?}: {name} missing from {got:?}");
            }
            for name in absent {
                assert!(!got.contains(*name), "{format} {args:?}: {name} in {got:?}");
            }
        }
    }
}

/// The entity names an export holds (for CSV, the ends of its edges).
fn entities(format: &str, out: &str) -> BTreeSet<String> {
    static DOT: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r#"(?m)^  "([^"]*)" \[label="#).unwrap());
    static GRAPHML: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r#"<data key="label">([^<]*)</data>"#).unwrap());
    static RDF: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r#"(?m)^<[^>]*/entity/[^>]*> <http://www.w3.org/2000/01/rdf-schema#label> "([^"]*)""#,
        )
        .unwrap()
    });
    let captured = |re: &Regex| re.captures_iter(out).map(|c| c[1].to_string()).collect();
    match format {
        "dot" => captured(&DOT),
        "graphml" => captured(&GRAPHML),
        "ntriples" | "nquads" => captured(&RDF),
        "json" | "graph-json" => {
            let v: serde_json::Value = serde_json::from_str(out).unwrap();
            v["nodes"]
                .as_array()
                .unwrap()
                .iter()
                .map(|n| n["id"].as_str().unwrap().to_string())
                .collect()
        }
        "csv" => csv::Reader::from_reader(out.as_bytes())
            .records()
            .flat_map(|r| {
                let r = r.unwrap();
                [r[0].to_string(), r[1].to_string()]
            })
            .collect(),
        _ => panic!("unknown format {format}"),
    }
}

#[test]
fn query_results_are_written_in_every_export_format() {
    let (_dir, g) = temp_graph();
    let g = g.to_str().unwrap();
    assert_status(&run(&["--graph", g, "ingest", "fixtures/"]), 0);
    let q = "path \"Kim Jong Un\" to \"Ukraine\"";
    let json = stdout(&run(&["--graph", g, "query", "--format", "json", q]));
    let v: serde_json::Value = serde_json::from_str(json.trim()).unwrap();
    let hops = v["hops"].as_array().unwrap();
    let mut on_path: Vec<&str> = hops.iter().map(|h| h["source"].as_str().unwrap()).collect();
    on_path.push("Ukraine");
    for format in ["dot", "graph-json", "graphml", "csv", "ntriples", "nquads"] {
        let o = run(&["--graph", g, "query", "--format", format, q]);
        assert_status(&o, 0);
        let got = entities(format, &stdout(&o));
        let want: BTreeSet<String> = on_path.iter().map(|n| n.to_string()).collect();
        assert_eq!(got, want, "{format}");
    }
    // The RDF formats mint IRIs under --base-iri, as export does.
    let o = run(&[
        "--graph",
        g,
        "query",
        "--format",
        "nquads",
        "--base-iri",
        "urn:x:kg/",
        q,
    ]);
    assert_status(&o, 0);
    assert!(stdout(&o).contains("<urn:x:kg/entity/Kim_Jong_Un> "));
    assert!(!stdout(&o).contains("kg.example"));
    // The node-link form has exactly the path's nodes and hops.
    let o = run(&["--graph", g, "query", "--format", "graph-json", q]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["nodes"].as_array().unwrap().len(), on_path.len());
    assert_eq!(v["edges"].as_array().unwrap().len(), hops.len());
}
