//! Command-line arguments (clap derive types only). Doc comments are the help text.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// kg — build a knowledge graph from news text and ask who is connected to whom.
///
/// Start with `kg demo`. A typical session: `kg ingest articles/`, then
/// `kg query 'neighbours "Kim Jong Un"'` or `kg export --format dot | dot -Tsvg > g.svg`.
#[derive(Debug, Parser)]
#[command(name = "kg", version, about, long_about)]
pub struct Cli {
    /// Graph store (an SQLite file) of the commands that use one: ingest,
    /// remove, import, query, export, stats [default: $KG_GRAPH, else ./kg.db]
    ///
    /// Each of those commands takes it after its name too. JSON and .kgb graph
    /// files are export/import formats: `kg import FILE` stores one,
    /// `kg export --format graph -o FILE` writes one.
    #[arg(long, value_name = "PATH")]
    pub graph: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the triples of text documents; touches no graph
    Extract(ExtractArgs),
    /// Extract documents and store them, replacing changed ones (the store is created if absent)
    Ingest(IngestArgs),
    /// Take documents, and the facts only they support, out of the store
    Remove(RemoveArgs),
    /// Store the documents of JSON or .kgb graph files (convert an old graph)
    Import(ImportArgs),
    /// Combine graph stores built separately into a new one (the graph of all their documents)
    Merge(MergeArgs),
    /// Run a query (inline, from a .kgq file or from stdin) against the graph; only reads the graph
    Query(QueryArgs),
    /// Write the graph, or a part of it, in an interchange format; only reads the graph
    Export(ExportArgs),
    /// Summarise the graph: documents, sentences, entities by kind, relations, top entities; only reads the graph
    Stats(StatsArgs),
    /// Build the graph of the bundled article and answer the example queries
    Demo,
    /// Print a shell completion script (e.g. `kg completions bash > ~/.local/share/bash-completion/completions/kg`)
    Completions(CompletionsArgs),
    /// Print a manual page in roff (`kg man > kg.1; man ./kg.1`; `kg man export` for kg-export(1))
    Man(ManArgs),
}

/// `--graph` of the commands that use a store.
#[derive(Debug, Args)]
pub struct StoreArg {
    /// Graph store (an SQLite file) [default: $KG_GRAPH, else ./kg.db]
    #[arg(long, value_name = "PATH")]
    pub graph: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// The command whose page to print (kg-COMMAND(1)); none: kg(1)
    #[arg(value_name = "COMMAND")]
    pub command: Option<String>,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete for
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Files or directories (*.txt, *.md in any case, recursively); `-` or nothing reads stdin
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// The document name of standard input [default: stdin]
    #[arg(long, value_name = "NAME", value_parser = document_name)]
    pub name: Option<String>,
    /// Output format
    #[arg(long, value_enum, default_value_t = TripleFormatArg::Jsonl)]
    pub format: TripleFormatArg,
    /// Treat each input line as one sentence (no segmentation); sentences are echoed verbatim
    #[arg(long)]
    pub sentence_per_line: bool,
    /// With --sentence-per-line: tokens are separated by spaces and taken as they are
    /// (as treebanks and benchmarks come)
    #[arg(long, requires = "sentence_per_line")]
    pub tokenized: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum TripleFormatArg {
    /// One JSON object per entity-level triple
    Jsonl,
    /// Tab-separated entity-level triples with a header line
    Tsv,
    /// Open IE tuples in the CaRB benchmark's format
    Carb,
    /// The analysis of every sentence (tokens, lemmas, tags, tree, entities) as CoNLL-U
    Conllu,
}

#[derive(Debug, Args)]
pub struct IngestArgs {
    #[command(flatten)]
    pub store: StoreArg,
    /// Files or directories (*.txt, *.md in any case, recursively); `-` or nothing reads stdin
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// The document name of standard input [default: stdin]
    #[arg(long, value_name = "NAME", value_parser = document_name, conflicts_with = "facts")]
    pub name: Option<String>,
    /// Store facts extracted elsewhere: the output of `kg extract --format
    /// jsonl` (`-` reads stdin; repeatable), instead of reading articles
    #[arg(long, value_name = "FILE.jsonl", conflicts_with_all = ["paths", "sentence_per_line", "threads"])]
    pub facts: Vec<PathBuf>,
    /// Treat each input line as one sentence (no segmentation)
    #[arg(long)]
    pub sentence_per_line: bool,
    /// Worker threads for extraction [default: all cores]
    #[arg(long, short = 'j', value_name = "N")]
    pub threads: Option<usize>,
    /// Fail at once if another kg is writing to the store (default: wait for it)
    #[arg(long)]
    pub no_wait: bool,
}

#[derive(Debug, Args)]
pub struct RemoveArgs {
    #[command(flatten)]
    pub store: StoreArg,
    /// Document names, as `kg query documents` lists them
    #[arg(value_name = "NAME", required = true)]
    pub names: Vec<String>,
    /// Fail at once if another kg is writing to the store (default: wait for it)
    #[arg(long)]
    pub no_wait: bool,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    #[command(flatten)]
    pub store: StoreArg,
    /// Graph files written by `kg export --format graph` or older kg versions (JSON or .kgb)
    #[arg(value_name = "FILE", required = true)]
    pub files: Vec<PathBuf>,
    /// Fail at once if another kg is writing to the store (default: wait for it)
    #[arg(long)]
    pub no_wait: bool,
}

#[derive(Debug, Args)]
pub struct MergeArgs {
    /// The stores to combine (a document name in two of them with different
    /// content is an error unless --prefer newest)
    #[arg(value_name = "STORE", required = true)]
    pub inputs: Vec<PathBuf>,
    /// The new store (not one of the inputs)
    #[arg(long, short = 'o', value_name = "STORE", required = true)]
    pub output: PathBuf,
    /// Replace the output store if it exists
    #[arg(long)]
    pub force: bool,
    /// When two stores hold one document name with different content, keep
    /// the one ingested last instead of refusing
    #[arg(long, value_enum, value_name = "WHICH")]
    pub prefer: Option<PreferArg>,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum PreferArg {
    /// The document ingested last (a tie: the store named last)
    Newest,
}

#[derive(Debug, Args)]
pub struct QueryArgs {
    #[command(flatten)]
    pub store: StoreArg,
    /// One query statement, e.g. 'path "Mr Kim" to "Ukraine"'; none: the
    /// statements are read from stdin
    #[arg(value_name = "QUERY", conflicts_with = "file")]
    pub query: Option<String>,
    /// A .kgq file: one statement per line, `#` comments; `-` reads stdin
    #[arg(long, short = 'f', value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// Output format
    #[arg(long, value_enum, default_value_t = QueryFormatArg::Text)]
    pub format: QueryFormatArg,
    /// Prefix of the IRIs that --format ntriples and nquads mint (ends in / or #)
    #[arg(long, value_name = "IRI", default_value = kg::export::DEFAULT_BASE_IRI,
          value_parser = base_iri)]
    pub base_iri: String,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum QueryFormatArg {
    /// Aligned text for people, evidence indented
    Text,
    /// One JSON object per statement
    Json,
    /// A Graphviz DOT drawing of everything the statements found
    Dot,
    /// Everything the statements found as node-link JSON (as `export --format json`)
    GraphJson,
    /// Everything the statements found as GraphML
    Graphml,
    /// The edges the statements found as a neo4j-admin edges table (as `export --format csv`)
    Csv,
    /// Everything the statements found as RDF N-Triples
    Ntriples,
    /// Everything the statements found as RDF N-Quads, one graph per document
    Nquads,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub store: StoreArg,
    /// Output format
    #[arg(long, value_enum)]
    pub format: ExportFormatArg,
    /// Export only the neighbourhood of this entity
    #[arg(long, value_name = "ENTITY")]
    pub focus: Option<String>,
    /// Hops around the focus entity
    #[arg(long, value_name = "N", default_value_t = 1, requires = "focus")]
    pub depth: usize,
    /// Only edges whose relation contains R (case-insensitive; repeatable: any of them)
    #[arg(long, value_name = "R")]
    pub relation: Vec<String>,
    /// Only entities of kind K (person, country, city, place, organization,
    /// group, event, work, other; repeatable: any of them)
    #[arg(long, value_name = "K", value_parser = entity_kind)]
    pub kind: Vec<kg::vocab::EntityKind>,
    /// Only edges with at least N supporting sentences
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub min_weight: usize,
    /// Leave out entities that no exported edge touches
    #[arg(long)]
    pub drop_isolated: bool,
    /// Only edges some sentence asserts (leave out those read only from modal
    /// sentences: `would buy`)
    #[arg(long)]
    pub asserted: bool,
    /// Group DOT nodes into clusters by kind
    #[arg(long)]
    pub clusters: bool,
    /// Add the co-mentions of the exported entities (pairs named in one
    /// sentence) after the facts, marked kind co-mention (dot, json, graphml)
    #[arg(long)]
    pub co_mentions: bool,
    /// Prefix of the IRIs that ntriples and nquads mint (ends in / or #)
    #[arg(long, value_name = "IRI", default_value = kg::export::DEFAULT_BASE_IRI,
          value_parser = base_iri)]
    pub base_iri: String,
    /// Write to FILE instead of stdout (atomically); with --format csv, a
    /// directory unless the name ends in .csv
    #[arg(
        long,
        short = 'o',
        value_name = "FILE",
        required_if_eq("format", "graph")
    )]
    pub output: Option<PathBuf>,
}

/// `--kind`, by its name.
fn entity_kind(s: &str) -> Result<kg::vocab::EntityKind, String> {
    kg::vocab::EntityKind::parse(s).ok_or_else(|| {
        let names: Vec<&str> = kg::vocab::EntityKind::ALL
            .iter()
            .map(|k| k.as_str())
            .collect();
        format!("expected one of {}", names.join(", "))
    })
}

/// `--name`: a document name, not empty and not `-`.
fn document_name(s: &str) -> Result<String, String> {
    match s {
        "" => Err("a document name cannot be empty".into()),
        "-" => Err("`-` means standard input; give the document a name".into()),
        _ => Ok(s.to_string()),
    }
}

/// `--base-iri`, checked before anything is read.
fn base_iri(s: &str) -> Result<String, kg::export::rdf::InvalidBaseIri> {
    kg::export::rdf::check_base_iri(s).map(|()| s.to_string())
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ExportFormatArg {
    /// Graphviz DOT
    Dot,
    /// Node-link JSON (networkx.node_link_graph(data, edges="edges"))
    Json,
    /// GraphML XML
    Graphml,
    /// RDF N-Triples: entities, relations, facts with weight, confidence and evidence
    Ntriples,
    /// RDF N-Quads: as ntriples, plus one named graph per document holding the facts it states
    Nquads,
    /// Property-graph CSV with neo4j-admin import headers: `-o DIR` writes
    /// DIR/nodes.csv and DIR/edges.csv; stdout or `-o FILE.csv` gets the edges table
    Csv,
    /// A kg graph file of the whole graph, for `kg import`: binary if -o
    /// ends in .kgb, else JSON
    Graph,
}

#[derive(Debug, Args)]
pub struct StatsArgs {
    #[command(flatten)]
    pub store: StoreArg,
    /// Output format
    #[arg(long, value_enum, default_value_t = StatsFormatArg::Text)]
    pub format: StatsFormatArg,
    /// How many top entities and relations to list
    #[arg(long, default_value_t = 10, value_name = "N")]
    pub top: usize,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum StatsFormatArg {
    Text,
    Json,
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn cli_is_well_formed() {
        super::Cli::command().debug_assert();
    }
}
