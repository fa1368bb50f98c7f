//! The exports loaded by the databases they are meant for: the neo4j-admin CSV
//! tables into LadybugDB (embedded Cypher), the N-Quads into pyoxigraph
//! (SPARQL). Each answer is compared with kg's own. Skipped with a note when
//! the Python package is missing, except under CI (`CI` set), where it fails.

use std::path::Path;
use std::process::Command;

use crate::common::{assert_status, run, stdout, temp_graph};

/// Run `python3 -c script args…`; `None` (skip) when the script prints `SKIP`
/// (its package is not importable) and `CI` is unset.
fn python(script: &str, args: &[&str], package: &str) -> Option<String> {
    let o = Command::new("python3")
        .arg("-c")
        .arg(script)
        .args(args)
        .output();
    let o = match o {
        Ok(o) => o,
        Err(e) if std::env::var_os("CI").is_none() => {
            eprintln!("note: {package} check skipped, python3 is not available ({e})");
            return None;
        }
        Err(e) => panic!("python3 is required under CI: {e}"),
    };
    let out = String::from_utf8(o.stdout).expect("UTF-8");
    assert!(
        o.status.success(),
        "python failed:\n{}",
        String::from_utf8_lossy(&o.stderr)
    );
    if out.trim() == "SKIP" {
        assert!(
            std::env::var_os("CI").is_none(),
            "{package} must be installed under CI (.ci/run installs it)"
        );
        eprintln!("note: {package} check skipped, it is not installed");
        return None;
    }
    Some(out)
}

/// A graph of `fixtures/`, in a temporary directory.
fn fixture_graph() -> (tempfile::TempDir, String) {
    let (dir, g) = temp_graph();
    let g = g.to_str().unwrap().to_string();
    assert_status(&run(&["--graph", &g, "ingest", "fixtures/"]), 0);
    (dir, g)
}

/// Hops of `kg query 'path "a" to "b"'`, `None` when there is no path.
fn kg_path_length(graph: &str, a: &str, b: &str) -> Option<usize> {
    let q = format!("path {a:?} to {b:?}");
    let o = run(&["--graph", graph, "query", "--format", "json", &q]);
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).expect("JSON result");
    v["hops"].as_array().map(Vec::len)
}

const LADYBUG_PATHS: &str = r#"
import json, sys
try:
    import ladybug as lb
except ImportError:
    print("SKIP")
    sys.exit(0)
csv_dir, db_dir, pairs = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
conn = lb.Connection(lb.Database(db_dir))
# Columns in the files' order; the neo4j array columns are plain strings to
# Ladybug (its lists are written [a,b]), split on ';' when read.
conn.execute("CREATE NODE TABLE Entity(id STRING, name STRING, label STRING, kind STRING, "
             "aliases STRING, mentions INT64, degree INT64, PRIMARY KEY(id))")
conn.execute("CREATE REL TABLE Rel(FROM Entity TO Entity, type STRING, relation STRING, "
             "weight INT64, confidence DOUBLE, documents STRING, evidence STRING)")
conn.execute(f"COPY Entity FROM '{csv_dir}/nodes.csv' (HEADER=true)")
conn.execute(f"COPY Rel FROM '{csv_dir}/edges.csv' (HEADER=true)")
def one(q, params=None):
    r = conn.execute(q, params or {})
    return r.get_next() if r.has_next() else None
counts = [one("MATCH (n:Entity) RETURN count(n)")[0], one("MATCH ()-[r:Rel]->() RETURN count(r)")[0]]
lengths = []
for a, b in pairs:
    row = one("MATCH p = (a:Entity {id: $a})-[:Rel* SHORTEST 1..30]-(b:Entity {id: $b}) "
              "RETURN length(p)", {"a": a, "b": b})
    lengths.append(None if row is None else row[0])
print(json.dumps({"counts": counts, "lengths": lengths}))
"#;

#[test]
fn ladybug_copies_the_csv_tables_and_finds_the_same_shortest_paths() {
    let (dir, g) = fixture_graph();
    let csv_dir = dir.path().join("csv");
    let csv_arg = csv_dir.to_str().unwrap();
    assert_status(
        &run(&["--graph", &g, "export", "--format", "csv", "-o", csv_arg]),
        0,
    );
    // `-o FILE.csv` is the single-file form: the edges table alone.
    let single = dir.path().join("Edges.CSV");
    assert_status(
        &run(&[
            "--graph",
            &g,
            "export",
            "--format",
            "csv",
            "-o",
            single.to_str().unwrap(),
        ]),
        0,
    );
    assert_eq!(
        std::fs::read(&single).unwrap(),
        std::fs::read(csv_dir.join("edges.csv")).unwrap()
    );
    let (nodes, edges) = (
        read_csv(&csv_dir.join("nodes.csv")),
        read_csv(&csv_dir.join("edges.csv")),
    );
    assert_eq!(
        nodes[0],
        [
            "id:ID",
            "name",
            ":LABEL",
            "kind",
            "aliases:string[]",
            "mentions:int",
            "degree:int"
        ]
    );
    assert_eq!(
        edges[0],
        [
            ":START_ID",
            ":END_ID",
            ":TYPE",
            "relation",
            "weight:int",
            "confidence:float",
            "documents:string[]",
            "evidence"
        ]
    );

    // Pairs: the six best-connected entities with each other, and with one
    // entity that has no edge (no path either way).
    let mut ranked: Vec<(i64, &str)> = nodes[1..]
        .iter()
        .map(|r| (-r[6].parse::<i64>().unwrap(), r[0].as_str()))
        .collect();
    ranked.sort();
    let hubs: Vec<&str> = ranked.iter().take(6).map(|r| r.1).collect();
    let isolated = ranked
        .iter()
        .rev()
        .find(|r| r.0 == 0)
        .map(|r| r.1)
        .expect("an isolated entity");
    let mut pairs = Vec::new();
    for (i, a) in hubs.iter().enumerate() {
        for b in &hubs[i + 1..] {
            pairs.push((*a, *b));
        }
    }
    pairs.push((hubs[0], isolated));
    let want: Vec<Option<usize>> = pairs
        .iter()
        .map(|(a, b)| kg_path_length(&g, a, b))
        .collect();
    assert!(
        want.iter().filter(|l| l.is_some()).count() >= 10,
        "{want:?}"
    );
    assert!(want.iter().any(|l| l.is_some_and(|n| n >= 2)), "{want:?}");

    let db = dir.path().join("ladybug");
    let pairs_json = serde_json::to_string(&pairs).unwrap();
    let Some(out) = python(
        LADYBUG_PATHS,
        &[csv_arg, db.to_str().unwrap(), &pairs_json],
        "ladybug",
    ) else {
        return;
    };
    let got: serde_json::Value = serde_json::from_str(out.trim()).expect("JSON");
    assert_eq!(
        got["counts"],
        serde_json::json!([nodes.len() - 1, edges.len() - 1])
    );
    let lengths: Vec<Option<usize>> = serde_json::from_value(got["lengths"].clone()).unwrap();
    assert_eq!(lengths, want, "pairs {pairs:?}");
}

/// Every record of a CSV file (header included); each record must be one line.
fn read_csv(path: &Path) -> Vec<Vec<String>> {
    let text = std::fs::read_to_string(path).unwrap();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes());
    let records: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect();
    assert_eq!(records.len(), text.lines().count(), "one record per line");
    assert!(!text.contains('\t') && !text.contains('\r'));
    records
}

const PYOXIGRAPH_PROVENANCE: &str = r#"
import json, sys
try:
    from pyoxigraph import RdfFormat, Store
except ImportError:
    print("SKIP")
    sys.exit(0)
nquads, facts = sys.argv[1], json.load(open(sys.argv[2]))
store = Store()
store.load(path=nquads, format=RdfFormat.N_QUADS)
RDF = "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
out = []
for s, p, o, kg in facts:
    docs = [r["doc"].value for r in store.query(
        RDF + f"SELECT DISTINCT ?doc WHERE {{ GRAPH ?g {{ <{s}> <{p}> <{o}> }} ?g rdfs:label ?doc }} ORDER BY ?doc")]
    stmt = list(store.query(
        RDF + f"SELECT ?w ?c WHERE {{ ?f rdf:subject <{s}> ; rdf:predicate <{p}> ; rdf:object <{o}> ; "
        f"<{kg}weight> ?w ; <{kg}confidence> ?c }}"))
    sentences = [[r["doc"].value, int(r["n"].value), r["text"].value] for r in store.query(
        RDF + f"SELECT ?doc ?n ?text WHERE {{ ?f rdf:subject <{s}> ; rdf:predicate <{p}> ; rdf:object <{o}> . "
        f"GRAPH ?g {{ ?f <{kg}evidence> ?e . ?e <{kg}sentence> ?n ; <{kg}text> ?text }} ?g rdfs:label ?doc }} "
        "ORDER BY ?doc ?n")]
    out.append({"documents": docs, "weight": int(stmt[0]["w"].value), "confidence": float(stmt[0]["c"].value),
                "statements": len(stmt), "evidence": sentences})
nt = Store()
nt.load(path=sys.argv[3], format=RdfFormat.N_TRIPLES)
print(json.dumps({"facts": out, "ntriples": len(nt)}))
"#;

#[test]
fn pyoxigraph_finds_the_documents_that_state_each_fact() {
    let (dir, g) = fixture_graph();
    // A second document restating facts of the first, so that some facts have
    // two documents.
    let second = dir.path().join("again.txt");
    std::fs::write(
        &second,
        "North Korean leader Kim Jong Un arrived in Beijing. North Korea has sent troops to Russia.\n",
    )
    .unwrap();
    assert_status(
        &run(&["--graph", &g, "ingest", second.to_str().unwrap()]),
        0,
    );
    let base = "http://example.org/news/";
    let nq = dir.path().join("g.nq");
    let nq_arg = nq.to_str().unwrap();
    let export = ["--graph", &g, "export", "--base-iri", base, "--format"];
    assert_status(&run(&[&export[..], &["nquads", "-o", nq_arg]].concat()), 0);

    // kg's own evidence, from the node-link JSON.
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&run(&[&export[..], &["json"]].concat()))).unwrap();
    let edges = json["edges"].as_array().unwrap();
    let iri = |space: &str, name: &serde_json::Value| {
        format!(
            "{base}{space}/{}",
            kg::export::rdf::encode(name.as_str().unwrap())
        )
    };
    let facts: Vec<[String; 4]> = edges
        .iter()
        .map(|e| {
            [
                iri("entity", &e["source"]),
                iri("relation", &e["relation"]),
                iri("entity", &e["target"]),
                format!("{base}vocab#"),
            ]
        })
        .collect();
    let facts_file = dir.path().join("facts.json");
    std::fs::write(&facts_file, serde_json::to_string(&facts).unwrap()).unwrap();
    // The N-Triples projection: every line one distinct triple.
    let nt = dir.path().join("g.nt");
    let nt_arg = nt.to_str().unwrap();
    assert_status(
        &run(&[&export[..], &["ntriples", "-o", nt_arg]].concat()),
        0,
    );
    let nt_lines = std::fs::read_to_string(&nt).unwrap().lines().count();
    let Some(out) = python(
        PYOXIGRAPH_PROVENANCE,
        &[nq_arg, facts_file.to_str().unwrap(), nt_arg],
        "pyoxigraph",
    ) else {
        return;
    };
    let answer: serde_json::Value = serde_json::from_str(out.trim()).expect("JSON");
    assert_eq!(answer["ntriples"], nt_lines);
    let got: Vec<serde_json::Value> = serde_json::from_value(answer["facts"].clone()).unwrap();
    assert_eq!(got.len(), edges.len());
    let mut two_documents = 0;
    for (edge, answer) in edges.iter().zip(&got) {
        let evidence = edge["evidence"].as_array().unwrap();
        // SPARQL orders by name; kg's evidence is in ingestion order.
        let mut docs: Vec<&str> = evidence
            .iter()
            .map(|ev| ev["doc"].as_str().unwrap())
            .collect();
        docs.sort();
        docs.dedup();
        two_documents += usize::from(docs.len() > 1);
        let mut want_evidence: Vec<(&str, u64, &str)> = evidence
            .iter()
            .map(|ev| {
                let (d, n, t) = (&ev["doc"], &ev["sentence"], &ev["text"]);
                (
                    d.as_str().unwrap(),
                    n.as_u64().unwrap(),
                    t.as_str().unwrap(),
                )
            })
            .collect();
        want_evidence.sort();
        assert_eq!(answer["documents"], serde_json::json!(docs), "{edge}");
        assert_eq!(answer["statements"], 1, "{edge}");
        assert_eq!(answer["weight"], edge["weight"], "{edge}");
        let c = answer["confidence"].as_f64().unwrap();
        assert!(
            (c - edge["confidence"].as_f64().unwrap()).abs() < 1e-6,
            "{edge}"
        );
        assert_eq!(
            answer["evidence"],
            serde_json::json!(want_evidence),
            "{edge}"
        );
    }
    assert!(two_documents >= 1, "no fact stated by two documents");
}

const LADYBUG_FIELDS: &str = r#"
import json, sys
try:
    import ladybug as lb
except ImportError:
    print("SKIP")
    sys.exit(0)
nodes, edges, db_dir = sys.argv[1], sys.argv[2], sys.argv[3]
conn = lb.Connection(lb.Database(db_dir))
conn.execute("CREATE NODE TABLE Entity(id STRING, name STRING, label STRING, kind STRING, "
             "aliases STRING, mentions INT64, degree INT64, PRIMARY KEY(id))")
conn.execute("CREATE REL TABLE Rel(FROM Entity TO Entity, type STRING, relation STRING, "
             "weight INT64, confidence DOUBLE, documents STRING, evidence STRING)")
conn.execute(f"COPY Entity FROM '{nodes}' (HEADER=true)")
conn.execute(f"COPY Rel FROM '{edges}' (HEADER=true)")
def rows(q):
    r = conn.execute(q)
    out = []
    while r.has_next():
        # An empty field is NULL to Ladybug (no aliases), as to neo4j-admin.
        out.append(["" if v is None else v if isinstance(v, str) else str(v) for v in r.get_next()])
    return out
print(json.dumps({
    "nodes": rows("MATCH (n:Entity) RETURN n.id, n.name, n.label, n.kind, n.aliases, n.mentions, n.degree ORDER BY n.id"),
    "edges": rows("MATCH (a:Entity)-[r:Rel]->(b:Entity) RETURN a.id, b.id, r.type, r.relation, r.weight, "
                  "r.documents, r.evidence ORDER BY a.id, r.relation, b.id"),
}))
"#;

/// The hostile graph's tables (quotes, backslashes, `<>&`, commas, non-ASCII;
/// the golden files of the `export` tests): LadybugDB reads back every field as
/// the `csv` crate does.
#[test]
fn ladybug_reads_every_field_of_the_hostile_tables_exactly() {
    let dir = tempfile::tempdir().unwrap();
    let golden = crate::common::root().join("fixtures/golden/export");
    let (nodes, edges) = (
        golden.join("nasty-nodes.csv"),
        golden.join("nasty-edges.csv"),
    );
    let db = dir.path().join("ladybug");
    let Some(out) = python(
        LADYBUG_FIELDS,
        &[
            nodes.to_str().unwrap(),
            edges.to_str().unwrap(),
            db.to_str().unwrap(),
        ],
        "ladybug",
    ) else {
        return;
    };
    let got: serde_json::Value = serde_json::from_str(out.trim()).expect("JSON");
    let sorted = |mut rows: Vec<Vec<String>>, key: fn(&Vec<String>) -> Vec<String>| {
        rows.sort_by_key(key);
        rows
    };
    // Columns in the order of the queries above (confidence is not compared:
    // a float's text may differ).
    let want_nodes = sorted(read_csv(&nodes)[1..].to_vec(), |r| vec![r[0].clone()]);
    let want_edges: Vec<Vec<String>> = read_csv(&edges)[1..]
        .iter()
        .map(|r| [&r[..5], &r[6..]].concat())
        .collect();
    let want_edges = sorted(want_edges, |r| {
        vec![r[0].clone(), r[3].clone(), r[1].clone()]
    });
    assert_eq!(got["nodes"], serde_json::json!(want_nodes));
    assert_eq!(got["edges"], serde_json::json!(want_edges));
}
