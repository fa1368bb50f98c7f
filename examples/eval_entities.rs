//! Measure kg's entity resolution against GUM's Wikipedia links: one node per
//! named entity, one named entity per node.
//!
//! `cargo run --release --example eval-entities -- GUM.conllu [--per-document] [--list]`
//! rebuilds each GUM document's text from its `# text` lines (one sentence per
//! line), runs kg's whole pipeline on it (analysis, extraction, in-document
//! resolution), merges the documents into one graph and runs cross-document
//! resolution, as `kg ingest` does with an archive (`--per-document`: one graph
//! per document, no cross-document stage). Every gold name mention (an
//! `Entity=` mention whose head word is a proper noun and whose last field is a
//! Wikipedia title) that a kg name or acronym mention matches
//! (`kg::eval::coref::match_mentions`) is mapped to the node its kg entity
//! ended on. Role phrases (`the President of that country`), pronouns and
//! demonyms (`Americans`, which kg joins to their country by design) are
//! coreference's and left out. It prints:
//!
//! * titles: linked entities with at least one name mention kg found;
//! * splits: titles whose mentions landed on two or more nodes;
//! * wrong merges: nodes holding mentions of two or more titles;
//! * mention coverage: gold name mentions with a title that a kg name or
//!   acronym mention matched.
//!
//! `--list` names every split and wrong merge.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use anyhow::Context;
use kg::KnowledgeGraph;
use kg::eval::coref::{gold_spans, match_mentions};
use kg::eval::gum::{self, GumDocument};
use kg::nlp::MentionForm;
use kg::pipeline::{Segmentation, process};
use kg::resolve::resolve_mentions;
use kg::text::{Document, Span};

fn main() -> anyhow::Result<()> {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let list = args.iter().any(|a| a == "--list");
    let per_document = args.iter().any(|a| a == "--per-document");
    args.retain(|a| !a.starts_with("--"));
    let path = args
        .first()
        .context("usage: eval-entities GUM.conllu [--per-document] [--list]")?;
    let text = std::fs::read_to_string(path).with_context(|| format!("reading {path}"))?;
    let docs = gum::parse(&text)?;
    let titles = chain_titles(&text);

    // (document, entity name, gold title) of every matched name mention.
    let mut found: Vec<(usize, String, String)> = Vec::new();
    let (mut gold_mentions, mut matched_mentions) = (0, 0);
    let mut graphs: Vec<KnowledgeGraph> = vec![KnowledgeGraph::new()];
    for (d, doc) in docs.iter().enumerate() {
        let empty = BTreeMap::new();
        let doc_titles = titles.get(&doc.id).unwrap_or(&empty);
        let (facts, hash, hits, gold) = run_document(doc, doc_titles);
        gold_mentions += gold;
        matched_mentions += hits.len();
        if per_document && d > 0 {
            graphs.push(KnowledgeGraph::new());
        }
        let g = graphs.last_mut().expect("a graph");
        g.merge_document(&facts, &hash);
        let graph_index = graphs.len() - 1;
        found.extend(
            hits.into_iter()
                .map(|(name, title)| (graph_index, name, title)),
        );
    }
    for g in &mut graphs {
        g.resolve_archive();
    }

    // Title → nodes, node → titles (a node is (graph, canonical name)).
    let mut nodes_of: BTreeMap<&str, BTreeSet<(usize, String)>> = BTreeMap::new();
    let mut titles_of: BTreeMap<(usize, String), BTreeSet<&str>> = BTreeMap::new();
    for (gi, name, title) in &found {
        let g = &graphs[*gi];
        let node = g
            .node_by_name(name)
            .or_else(|| match g.nodes_by_alias(name) {
                [one] => Some(*one),
                _ => None,
            })
            .map_or_else(|| name.clone(), |n| g.entity(n).name.clone());
        nodes_of
            .entry(title.as_str())
            .or_default()
            .insert((*gi, node.clone()));
        titles_of
            .entry((*gi, node))
            .or_default()
            .insert(title.as_str());
    }
    let splits: Vec<(&&str, &BTreeSet<(usize, String)>)> =
        nodes_of.iter().filter(|(_, n)| n.len() > 1).collect();
    let merges: Vec<(&(usize, String), &BTreeSet<&str>)> =
        titles_of.iter().filter(|(_, t)| t.len() > 1).collect();
    let mode = if per_document {
        "one graph per document"
    } else {
        "one archive"
    };
    println!("{path}: {} documents ({mode})", docs.len());
    println!("titles {}", nodes_of.len());
    println!("splits {}", splits.len());
    println!("wrong_merges {}", merges.len());
    println!(
        "mention_coverage {matched_mentions}/{gold_mentions} = {:.3}",
        matched_mentions as f64 / gold_mentions.max(1) as f64
    );
    if list {
        for (title, nodes) in &splits {
            let names: Vec<&str> = nodes.iter().map(|(_, n)| n.as_str()).collect();
            println!("# split {title}: {}", names.join(" | "));
        }
        for ((_, node), titles) in &merges {
            let t: Vec<&str> = titles.iter().copied().collect();
            println!("# merge {node}: {}", t.join(" | "));
        }
    }
    Ok(())
}

/// What one document gives: its facts and content hash for the graph, the
/// (kg entity name, gold title) of every gold name mention with a title that
/// a kg mention matched, and how many such gold mentions there are.
type DocumentRun = (
    kg::resolve::DocumentFacts,
    String,
    Vec<(String, String)>,
    usize,
);

fn run_document(doc: &GumDocument, titles: &BTreeMap<String, String>) -> DocumentRun {
    let (text, offsets) = doc.text();
    let processed = process(
        Document {
            name: doc.id.clone(),
            text,
        },
        Segmentation::Lines,
    );
    let (entities, mentions) = resolve_mentions(&processed.doc, &processed.extractions);
    let gold = gold_spans(doc, &offsets);
    // Gold name mentions with a title: proper-noun head.
    let named: Vec<Option<&String>> = doc
        .mentions
        .iter()
        .map(|m| {
            let proper = doc.sentences[m.sentence].words[m.head].upos == "PROPN";
            titles.get(&m.chain).filter(|_| proper)
        })
        .collect();
    let spans: Vec<Span> = mentions.iter().map(|m| m.span).collect();
    let matched = match_mentions(&gold, &spans);
    let mut hits = Vec::new();
    for (k, g) in matched.iter().enumerate() {
        let (Some(g), Some(e)) = (g, mentions[k].entity) else {
            continue;
        };
        let m = &mentions[k];
        if m.role_owner || !matches!(m.form, MentionForm::Name | MentionForm::Acronym) {
            continue;
        }
        if let Some(title) = named[*g] {
            hits.push((entities[e].name.clone(), title.clone()));
        }
    }
    let gold_named = named.iter().filter(|t| t.is_some()).count();
    (processed.facts, processed.hash, hits, gold_named)
}

/// Document id → chain → Wikipedia title, from the openings of `Entity=`
/// mentions (`(3-person-new-sssss-cf1-1-coref-Lord_Byron`: the eighth field on,
/// as the file's `# global.Entity` header
/// `GRP-etype-infstat-salience-centering-minspan-link-identity` says).
fn chain_titles(text: &str) -> HashMap<String, BTreeMap<String, String>> {
    let mut out: HashMap<String, BTreeMap<String, String>> = HashMap::new();
    let mut doc = String::new();
    for line in text.lines() {
        if let Some(id) = line.strip_prefix("# newdoc id = ") {
            doc = id.trim().to_string();
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let Some(misc) = line.split('\t').nth(9) else {
            continue;
        };
        let Some(value) = misc.split('|').find_map(|f| f.strip_prefix("Entity=")) else {
            continue;
        };
        for opening in value.split('(').skip(1) {
            let body = opening.split(')').next().unwrap_or("");
            let fields: Vec<&str> = body.split('-').collect();
            if fields.len() > 7 && !fields[7].is_empty() {
                out.entry(doc.clone())
                    .or_default()
                    .insert(fields[0].to_string(), fields[7..].join("-"));
            }
        }
    }
    out
}
