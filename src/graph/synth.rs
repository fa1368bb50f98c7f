//! Synthetic data for benchmarks and scale tests: a size and a seed in, a
//! reproducible knowledge graph (or the documents that build it, or news-like
//! article text) out.
//!
//! The graph imitates what news ingestion produces: entity names that look like
//! names (people, organisations, cities, countries), a few dozen verb relations,
//! heavy-tailed degrees (a handful of hubs, a long tail of entities met once) and
//! evidence sentences stored once per (document, sentence). Endpoints are drawn
//! from a power law ([`ENDPOINT_SKEW`]) over a seeded shuffle of the nodes,
//! relations from a steeper one over [`RELATIONS`]; everything comes from one
//! seeded [`Rng`], so the same [`SynthConfig`] always gives the same graph, on
//! every platform.
//!
//! [`documents`] yields the [`DocumentFacts`] of that graph; [`graph`] builds the
//! same graph in bulk, in time linear in the number of facts, without the
//! per-fact parallel-edge scan of [`KnowledgeGraph::merge_document`] (which costs
//! a hub's degree per fact). A test checks that both give the same graph.
//! [`articles`] writes plain news-like text for extraction and ingestion smoke
//! runs.

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use petgraph::stable_graph::{EdgeIndex, NodeIndex};

use super::{DocumentRecord, Entity, Evidence, KnowledgeGraph, Relation};
use crate::hash::content_hash;
use crate::resolve::{Alias, AliasRule, DocumentFacts, Fact, ResolvedEntity};
use crate::text::{Document, Span};
use crate::vocab::EntityKind;

/// A small, fast, seeded pseudo-random generator (SplitMix64). Stable across
/// platforms and releases, unlike `std`'s hasher seeds.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Uniform in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (((self.next_u64() >> 32) * n as u64) >> 32) as usize
    }

    /// A rank in `0..n` from a discrete power law: `P(r) ≈ 1 / ((r + 1) ln(n + 1))`
    /// (log-uniform), so a few ranks are drawn very often and most rarely.
    pub fn power_law(&mut self, n: usize) -> usize {
        let r = ((n as f64 + 1.0).powf(self.unit())).floor() as usize;
        r.saturating_sub(1).min(n - 1)
    }

    /// A rank in `0..n` drawn with probability about proportional to
    /// `(r + 1)^-s` (`0 < s < 1`; continuous inverse transform, rounded down).
    /// Degrees of nodes drawn this way follow a power law of exponent `1 + 1/s`.
    pub fn zipf(&mut self, n: usize, s: f64) -> usize {
        let a = 1.0 - s;
        let top = (n as f64 + 1.0).powf(a) - 1.0;
        let x = (1.0 + self.unit() * top).powf(1.0 / a);
        (x.floor() as usize).saturating_sub(1).min(n - 1)
    }

    /// Shuffle in place (Fisher–Yates).
    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            v.swap(i, self.below(i + 1));
        }
    }
}

/// Endpoint skew: node ranks are drawn by [`Rng::zipf`] with this exponent, so
/// degrees follow a power law of exponent 1 + 1/0.8 = 2.25, inside the 2–3 range
/// measured for real-world networks, entity co-occurrence in news included; the
/// biggest hub of the 1 M-edge graph has about 2 % of all edge ends (a
/// "United States").
pub const ENDPOINT_SKEW: f64 = 0.8;

/// The size and shape of a synthetic graph.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SynthConfig {
    /// Entities to draw from (some may end up without edges).
    pub nodes: usize,
    /// Distinct edges (subject, relation, object) to generate.
    pub edges: usize,
    /// Facts (sentences) per document.
    pub facts_per_doc: usize,
    pub seed: u64,
}

impl SynthConfig {
    /// `edges` distinct edges over `edges / 5` entities (mean degree 10), 20 facts a document.
    pub fn with_edges(edges: usize, seed: u64) -> SynthConfig {
        SynthConfig {
            nodes: (edges / 5).max(10),
            edges,
            facts_per_doc: 20,
            seed,
        }
    }
}

/// Relations (normalised, and as written in a sentence), most frequent first.
pub const RELATIONS: [(&str, &str); 40] = [
    ("meet", "met"),
    ("visit", "visited"),
    ("say", "said"),
    ("lead", "leads"),
    ("criticise", "criticised"),
    ("sign agreement with", "signed an agreement with"),
    ("hold talks with", "held talks with"),
    ("acquire", "acquired"),
    ("invest in", "invested in"),
    ("send troops to", "sent troops to"),
    ("support", "supported"),
    ("accuse", "accused"),
    ("arrive in", "arrived in"),
    ("sell", "sold"),
    ("buy", "bought"),
    ("sanction", "sanctioned"),
    ("welcome", "welcomed"),
    ("call", "called"),
    ("join", "joined"),
    ("leave", "left"),
    ("appoint", "appointed"),
    ("warn", "warned"),
    ("urge", "urged"),
    ("thank", "thanked"),
    ("praise", "praised"),
    ("sue", "sued"),
    ("export to", "exported to"),
    ("import from", "imported from"),
    ("lend to", "lent money to"),
    ("merge with", "merged with"),
    ("ban", "banned"),
    ("attack", "attacked"),
    ("host", "hosted"),
    ("congratulate", "congratulated"),
    ("negotiate with", "negotiated with"),
    ("supply", "supplied"),
    ("compete with", "competed with"),
    ("deny", "denied"),
    ("fund", "funded"),
    ("advise", "advised"),
];

const GIVEN: [&str; 48] = [
    "Anna", "Boris", "Carlos", "Dmitri", "Elena", "Farid", "Grace", "Hiroshi", "Ines", "James",
    "Kofi", "Lena", "Mohammed", "Nadia", "Oscar", "Priya", "Rafael", "Sofia", "Tomas", "Umar",
    "Vera", "Wei", "Yusuf", "Zara", "Ahmed", "Beatriz", "Chen", "David", "Emma", "Fatima", "Georg",
    "Hana", "Ivan", "Jun", "Karim", "Lucia", "Maria", "Nikolai", "Olga", "Pedro", "Rosa", "Samuel",
    "Tatiana", "Victor", "William", "Xavier", "Yara", "Zoltan",
];
const ONSETS: [&str; 20] = [
    "b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "kr", "st",
    "tr", "sh",
];
const VOWELS: [&str; 5] = ["a", "e", "i", "o", "u"];
const ORG_SUFFIX: [&str; 8] = [
    "Holdings",
    "Bank",
    "Group",
    "Industries",
    "Ministry",
    "Party",
    "Airlines",
    "Energy",
];
const COUNTRY_SUFFIX: [&str; 4] = ["stan", "land", "mark", "burg"];
const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// A capitalised pronounceable word encoding `i` (consonant–vowel syllables, so
/// two vowels never meet). Injective: different `i` give different words.
fn word(mut i: usize) -> String {
    let mut w = String::new();
    loop {
        w.push_str(ONSETS[i % ONSETS.len()]);
        i /= ONSETS.len();
        w.push_str(VOWELS[i % VOWELS.len()]);
        i /= VOWELS.len();
        if i == 0 {
            break;
        }
        i -= 1;
    }
    let mut c = w.chars();
    let first = c.next().expect("a word has a letter").to_ascii_uppercase();
    std::iter::once(first).chain(c).collect()
}

/// The canonical name, kind and aliases of entity `id`. Names are distinct for
/// distinct ids, and no alias is another entity's canonical name.
fn entity_of(id: usize) -> (String, EntityKind, Vec<Alias>) {
    let alias = |name: String, rule| Alias { name, rule };
    match id % 20 {
        // One entity in 20 is a place-like hub candidate: a country or city.
        0 => {
            let name = format!("{}{}", word(id / 20), COUNTRY_SUFFIX[id / 20 % 4]);
            (name, EntityKind::Country, Vec::new())
        }
        1..=3 => (format!("Port {}", word(id)), EntityKind::City, Vec::new()),
        4..=7 => {
            let stem = word(id);
            let name = format!("{stem} {}", ORG_SUFFIX[id % ORG_SUFFIX.len()]);
            (name, EntityKind::Organization, Vec::new())
        }
        _ => {
            let surname = word(id / GIVEN.len());
            let name = format!("{} {surname}", GIVEN[id % GIVEN.len()]);
            let aliases = vec![
                alias(surname.clone(), AliasRule::Surname),
                alias(format!("Mr {surname}"), AliasRule::TitleSurname),
            ];
            (name, EntityKind::Person, aliases)
        }
    }
}

/// One fact of the stream: its document and sentence, endpoints (entity ids),
/// relation (index into [`RELATIONS`]) and confidence.
#[derive(Debug, Clone, Copy)]
struct SynthFact {
    doc: usize,
    sentence: usize,
    subject: usize,
    object: usize,
    relation: usize,
    confidence: f32,
}

/// The seeded stream of facts behind [`documents`] and [`graph`]. It stops as
/// soon as `edges` distinct (subject, relation, object) triples have appeared.
struct FactStream {
    cfg: SynthConfig,
    rng: Rng,
    /// Power-law rank → entity id.
    by_rank: Vec<usize>,
    seen: HashMap<(u32, u32, u8), u32>,
    next: usize,
}

impl FactStream {
    fn new(cfg: SynthConfig) -> FactStream {
        let mut rng = Rng::new(cfg.seed);
        let mut by_rank: Vec<usize> = (0..cfg.nodes).collect();
        rng.shuffle(&mut by_rank);
        FactStream {
            cfg,
            rng,
            by_rank,
            seen: HashMap::with_capacity(cfg.edges),
            next: 0,
        }
    }

    /// The next fact, and the edge number it belongs to (new edges are numbered
    /// in order of first appearance), or `None` when the graph is complete.
    fn next_fact(&mut self) -> Option<(SynthFact, u32)> {
        if self.seen.len() >= self.cfg.edges || self.cfg.nodes < 2 {
            return None;
        }
        let n = self.cfg.nodes;
        let subject = self.by_rank[self.rng.zipf(n, ENDPOINT_SKEW)];
        let object = loop {
            let o = self.by_rank[self.rng.zipf(n, ENDPOINT_SKEW)];
            if o != subject {
                break o;
            }
        };
        let relation = self.rng.power_law(RELATIONS.len());
        let confidence = (50 + self.rng.below(46)) as f32 / 100.0;
        let i = self.next;
        self.next += 1;
        let count = self.seen.len() as u32;
        let edge = *self
            .seen
            .entry((subject as u32, object as u32, relation as u8))
            .or_insert(count);
        let fact = SynthFact {
            doc: i / self.cfg.facts_per_doc.max(1),
            sentence: i % self.cfg.facts_per_doc.max(1),
            subject,
            object,
            relation,
            confidence,
        };
        Some((fact, edge))
    }
}

fn doc_name(doc: usize) -> String {
    format!("synthetic/{doc:07}.txt")
}

fn sentence_text(f: &SynthFact, names: &impl Fn(usize) -> String) -> String {
    format!(
        "{} {} {} on {}, officials said.",
        names(f.subject),
        RELATIONS[f.relation].1,
        names(f.object),
        WEEKDAYS[(f.doc + f.sentence) % WEEKDAYS.len()]
    )
}

/// The documents whose merging ([`KnowledgeGraph::merge_document`], in order,
/// each with its [`content_hash`] of the name) builds the synthetic graph.
pub fn documents(cfg: SynthConfig) -> impl Iterator<Item = DocumentFacts> {
    let mut stream = FactStream::new(cfg);
    let mut pending = stream.next_fact();
    std::iter::from_fn(move || {
        let (first, _) = pending?;
        let mut facts = vec![first];
        loop {
            pending = stream.next_fact();
            match pending {
                Some((f, _)) if f.doc == first.doc => facts.push(f),
                _ => break,
            }
        }
        Some(document_facts(&facts))
    })
}

fn document_facts(facts: &[SynthFact]) -> DocumentFacts {
    let mut local: HashMap<usize, usize> = HashMap::new();
    let mut entities: Vec<ResolvedEntity> = Vec::new();
    let mut index = |id: usize, entities: &mut Vec<ResolvedEntity>| {
        let i = *local.entry(id).or_insert_with(|| {
            let (name, kind, aliases) = entity_of(id);
            entities.push(ResolvedEntity {
                name,
                kind,
                aliases,
                mentions: 0,
            });
            entities.len() - 1
        });
        entities[i].mentions += 1;
        i
    };
    let mut out = Vec::with_capacity(facts.len());
    for f in facts {
        let subject = index(f.subject, &mut entities);
        let object = index(f.object, &mut entities);
        out.push(Fact {
            subject,
            relation: RELATIONS[f.relation].0.to_string(),
            object,
            confidence: f.confidence,
            sentence: f.sentence,
            subject_mention: Span::default(),
            object_mention: Span::default(),
            ..Default::default()
        });
    }
    let names = |id: usize| entity_of(id).0;
    DocumentFacts {
        doc: doc_name(facts[0].doc),
        sentences: facts.iter().map(|f| sentence_text(f, &names)).collect(),
        entities,
        facts: out,
        comentions: Vec::new(),
    }
}

/// Build the synthetic graph in bulk: the same graph as merging [`documents`]
/// one by one, in O(facts) time.
pub fn graph(cfg: SynthConfig) -> KnowledgeGraph {
    let mut g = KnowledgeGraph::new();
    let mut stream = FactStream::new(cfg);
    let mut node_of: HashMap<usize, NodeIndex> = HashMap::new();
    let mut name_of: Vec<Option<String>> = vec![None; cfg.nodes];
    let mut edge_of: Vec<EdgeIndex> = Vec::with_capacity(cfg.edges);
    let mut doc_facts = 0;
    let mut current_doc = usize::MAX;
    while let Some((f, edge)) = stream.next_fact() {
        if f.doc != current_doc {
            finish_document(&mut g, current_doc, doc_facts);
            current_doc = f.doc;
            doc_facts = 0;
        }
        doc_facts += 1;
        let doc = f.doc as u32;
        let mut endpoint = |id: usize, g: &mut KnowledgeGraph| {
            let n = *node_of.entry(id).or_insert_with(|| {
                let (name, kind, aliases) = entity_of(id);
                name_of[id] = Some(name.clone());
                g.graph.add_node(Entity {
                    name,
                    kind,
                    aliases: aliases.into_iter().map(|a| (a.name, a.rule)).collect(),
                    mentions: 0,
                    documents: Vec::new(),
                    alias_documents: Default::default(),
                })
            });
            let node = &mut g.graph[n];
            node.mentions += 1;
            if node.documents.last() != Some(&doc) {
                node.documents.push(doc);
            }
            n
        };
        let s = endpoint(f.subject, &mut g);
        let t = endpoint(f.object, &mut g);
        let ev = Evidence::at(doc, f.sentence as u32);
        if let Entry::Vacant(slot) = g.texts.entry(ev) {
            let names = |id: usize| name_of[id].clone().unwrap_or_default();
            slot.insert(sentence_text(&f, &names));
        }
        if edge as usize == edge_of.len() {
            edge_of.push(g.graph.add_edge(
                s,
                t,
                Relation {
                    relation: RELATIONS[f.relation].0.to_string(),
                    confidence: f.confidence,
                    evidence: vec![ev],
                },
            ));
        } else {
            let r = &mut g.graph[edge_of[edge as usize]];
            r.confidence = r.confidence.max(f.confidence);
            if r.evidence.last() != Some(&ev) {
                r.evidence.push(ev);
            }
        }
    }
    finish_document(&mut g, current_doc, doc_facts);
    g.rebuild_indexes();
    debug_assert_eq!(g.by_name.len(), g.graph.node_count(), "names are distinct");
    g
}

fn finish_document(g: &mut KnowledgeGraph, doc: usize, sentences: usize) {
    if doc == usize::MAX {
        return;
    }
    let name = doc_name(doc);
    g.documents.push(DocumentRecord {
        hash: content_hash(&name),
        name,
        sentences: sentences as u32,
    });
}

/// `count` short news-like articles (title, blank line, body) about synthetic
/// entities, named `synthetic-NNNN.txt`, for extraction and ingestion smoke runs.
pub fn articles(count: usize, seed: u64) -> Vec<Document> {
    let mut rng = Rng::new(seed);
    let people: Vec<usize> = (0..400).filter(|i| i % 20 >= 8).collect();
    let places: Vec<usize> = (0..400).filter(|i| i % 20 <= 3).collect();
    let orgs: Vec<usize> = (0..400).filter(|i| (4..=7).contains(&(i % 20))).collect();
    let name = |id: usize| entity_of(id).0;
    (0..count)
        .map(|a| {
            let mut pick = |v: &[usize]| name(v[rng.power_law(v.len())]);
            let (p1, p2, place, org) = (pick(&people), pick(&people), pick(&places), pick(&orgs));
            let surname1 = p1.rsplit(' ').next().unwrap_or(&p1).to_string();
            let day = WEEKDAYS[a % WEEKDAYS.len()];
            let text = format!(
                "{p1} meets {p2} in {place}\n\n\
                 {p1} met {p2} in {place} on {day}, officials said. \
                 The two leaders held talks on trade and security. \
                 Mr {surname1} later visited {org}, which signed an agreement with {place}. \
                 {org} said it would invest 20 million dollars in {place} next year. \
                 {p2} criticised the plan, according to a statement.\n"
            );
            Document {
                name: format!("synthetic-{a:04}.txt"),
                text,
            }
        })
        .collect()
}

/// Word count as the benchmarks count it (white-space separated).
pub fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::graph::name_key;

    /// Canonical name key → node index, for comparing graphs.
    fn names(g: &KnowledgeGraph) -> BTreeMap<String, NodeIndex> {
        g.graph
            .node_indices()
            .map(|n| (name_key(&g.graph[n].name), n))
            .collect()
    }

    /// Everything observable about a graph, in index order.
    fn dump(g: &KnowledgeGraph) -> String {
        let mut out = format!("{:?}\n", g.documents());
        for n in g.graph().node_indices() {
            out += &format!("{n:?} {:?}\n", g.entity(n));
        }
        for e in g.graph().edge_indices() {
            let r = g.relation(e);
            out += &format!("{:?} {r:?}\n", g.graph().edge_endpoints(e));
            for ev in &r.evidence {
                out += &format!("  {} {}\n", g.evidence_doc(ev), g.evidence_text(ev));
            }
        }
        out += &format!("{}\n", g.sentence_count());
        out
    }

    #[test]
    fn bulk_graph_equals_merging_the_documents() {
        let cfg = SynthConfig {
            nodes: 300,
            edges: 2_000,
            facts_per_doc: 7,
            seed: 7,
        };
        let bulk = graph(cfg);
        let mut merged = KnowledgeGraph::new();
        for d in documents(cfg) {
            let hash = content_hash(&d.doc);
            assert!(merged.merge_document(&d, &hash).added);
        }
        assert_eq!(bulk.graph().edge_count(), 2_000);
        assert_eq!(dump(&bulk), dump(&merged));
        assert_eq!(names(&bulk), names(&merged));
    }

    #[test]
    fn same_seed_same_graph_other_seed_other_graph() {
        let cfg = SynthConfig::with_edges(1_000, 1);
        assert_eq!(dump(&graph(cfg)), dump(&graph(cfg)));
        let other = SynthConfig { seed: 2, ..cfg };
        assert_ne!(dump(&graph(cfg)), dump(&graph(other)));
    }

    #[test]
    fn degrees_are_heavy_tailed() {
        let g = graph(SynthConfig::with_edges(20_000, 3));
        let mut deg: Vec<usize> = g.graph().node_indices().map(|n| g.degree(n)).collect();
        deg.sort_unstable_by(|a, b| b.cmp(a));
        let mean = 2.0 * 20_000.0 / deg.len() as f64;
        // The biggest hub has many times the mean degree; the median is below it.
        assert!(deg[0] as f64 > 20.0 * mean, "max {} mean {mean}", deg[0]);
        assert!(
            (deg[deg.len() / 2] as f64) < mean,
            "median {}",
            deg[deg.len() / 2]
        );
    }

    #[test]
    fn words_are_distinct_and_pronounceable() {
        let words: Vec<String> = (0..5_000).map(word).collect();
        let distinct: std::collections::HashSet<&String> = words.iter().collect();
        assert_eq!(distinct.len(), words.len());
        let cases = [(0, "Ba"), (1, "Da"), (20, "Be"), (100, "Baba")];
        for (i, want) in cases {
            assert_eq!(word(i), want, "word({i})");
        }
    }

    #[test]
    fn articles_are_reproducible_text() {
        let a = articles(3, 9);
        assert_eq!(a, articles(3, 9));
        assert_eq!(a.len(), 3);
        assert!(a[0].text.contains(" met "), "{}", a[0].text);
        assert!(words(&a[0].text) > 40);
    }
}
