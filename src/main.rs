//! The `kg` binary: parse arguments, call the library, turn the result into an
//! exit status (0 ok, 1 a query found nothing, 2 error).

mod cli;

use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, Parser};

use cli::{
    Cli, Command, ExportFormatArg, PreferArg, QueryFormatArg, StatsFormatArg, StoreArg,
    TripleFormatArg,
};
use kg::app::{
    self, ExportConfig, ExtractConfig, ExtractFormat, IngestConfig, MergeConfig, Outcome,
    QueryConfig, QueryFormat, QuerySource, StatsFormat,
};
use kg::export::triples::TripleFormat;
use kg::export::{ExportFormat, ExportOptions};
use kg::pipeline::Segmentation;
use kg::store::{Prefer, Wait};

/// mimalloc rather than the system allocator: reading text allocates and frees
/// many small strings and vectors per sentence.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(outcome) => ExitCode::from(outcome.exit_code()),
        Err(e) if e.is_broken_pipe() => ExitCode::SUCCESS,
        Err(e) => {
            // The error and its source chain on one line (sources already in the
            // message are not repeated).
            let mut msg = format!("kg: error: {e}");
            let mut source = std::error::Error::source(&e);
            while let Some(s) = source {
                let text = s.to_string();
                if !msg.contains(&text) {
                    msg.push_str(": ");
                    msg.push_str(&text);
                }
                source = s.source();
            }
            eprintln!("{msg}");
            ExitCode::from(2)
        }
    }
}

fn segmentation(per_line: bool) -> Segmentation {
    if per_line {
        Segmentation::Lines
    } else {
        Segmentation::Prose
    }
}

fn wait(no_wait: bool) -> Wait {
    if no_wait { Wait::No } else { Wait::Yes }
}

/// The graph store of a command that uses one: its own `--graph`, else the
/// one before the command, else `$KG_GRAPH`, else `./kg.db`.
fn graph_path(top: Option<PathBuf>, own: StoreArg) -> PathBuf {
    own.graph
        .or(top)
        .or_else(|| std::env::var_os("KG_GRAPH").map(PathBuf::from))
        .unwrap_or_else(|| PathBuf::from("kg.db"))
}

/// `kg --graph X COMMAND` for a command that uses no store: a one-line usage
/// error, exit status 2.
fn no_store(command: &str) -> ! {
    eprintln!(
        "kg: error: `kg {command}` uses no graph store; --graph is for ingest, remove, import, \
         query, export and stats"
    );
    std::process::exit(2)
}

fn run(cli: Cli) -> kg::Result<Outcome> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let top = cli.graph;
    if top.is_some() {
        match &cli.command {
            Command::Extract(_) => no_store("extract"),
            Command::Demo => no_store("demo"),
            Command::Merge(_) => no_store("merge"),
            Command::Completions(_) => no_store("completions"),
            Command::Man(_) => no_store("man"),
            _ => {}
        }
    }
    let outcome = match cli.command {
        Command::Extract(a) => {
            let cfg = ExtractConfig {
                paths: a.paths,
                name: a.name,
                format: match a.format {
                    TripleFormatArg::Jsonl => ExtractFormat::Triples(TripleFormat::Jsonl),
                    TripleFormatArg::Tsv => ExtractFormat::Triples(TripleFormat::Tsv),
                    TripleFormatArg::Carb => ExtractFormat::Triples(TripleFormat::Carb),
                    TripleFormatArg::Conllu => ExtractFormat::Conllu,
                },
                segmentation: if a.tokenized {
                    Segmentation::Tokens
                } else {
                    segmentation(a.sentence_per_line)
                },
            };
            app::extract(&cfg, &mut out)?
        }
        Command::Ingest(a) if !a.facts.is_empty() => {
            app::ingest_facts(&graph_path(top, a.store), &a.facts, wait(a.no_wait))?
        }
        Command::Ingest(a) => {
            let cfg = IngestConfig {
                graph: graph_path(top, a.store),
                paths: a.paths,
                name: a.name,
                segmentation: segmentation(a.sentence_per_line),
                progress: true,
                threads: a.threads,
                wait: wait(a.no_wait),
            };
            app::ingest(&cfg)?.0
        }
        Command::Remove(a) => app::remove(&graph_path(top, a.store), &a.names, wait(a.no_wait))?,
        Command::Import(a) => app::import(&graph_path(top, a.store), &a.files, wait(a.no_wait))?,
        Command::Merge(a) => app::merge(&MergeConfig {
            inputs: a.inputs,
            output: a.output,
            force: a.force,
            prefer: match a.prefer {
                Some(PreferArg::Newest) => Prefer::Newest,
                None => Prefer::Error,
            },
        })?,
        Command::Query(a) => {
            let source = match (a.file, a.query) {
                (Some(f), _) if f.as_os_str() == "-" => QuerySource::Stdin,
                (Some(f), _) => QuerySource::File(f),
                (None, Some(q)) => QuerySource::Inline(q),
                (None, None) => QuerySource::Stdin,
            };
            let graph = graph_path(top, a.store);
            let format = match a.format {
                QueryFormatArg::Text => QueryFormat::Text,
                QueryFormatArg::Json => QueryFormat::Json,
                QueryFormatArg::Dot => QueryFormat::Export(ExportFormat::Dot),
                QueryFormatArg::GraphJson => QueryFormat::Export(ExportFormat::Json),
                QueryFormatArg::Graphml => QueryFormat::Export(ExportFormat::Graphml),
                QueryFormatArg::Csv => QueryFormat::Export(ExportFormat::Csv),
                QueryFormatArg::Ntriples => QueryFormat::Export(ExportFormat::Ntriples),
                QueryFormatArg::Nquads => QueryFormat::Export(ExportFormat::Nquads),
            };
            app::query(
                &QueryConfig {
                    graph,
                    source,
                    format,
                    export_options: ExportOptions {
                        rdf: kg::export::RdfOptions { base: a.base_iri },
                        ..ExportOptions::default()
                    },
                },
                &mut out,
            )?
        }
        Command::Export(a) if matches!(a.format, ExportFormatArg::Graph) => {
            if a.focus.is_some()
                || !a.relation.is_empty()
                || !a.kind.is_empty()
                || a.min_weight > 0
                || a.drop_isolated
            {
                Cli::command()
                    .error(
                        clap::error::ErrorKind::ArgumentConflict,
                        "--format graph writes the whole graph; --focus, --relation, --kind, \
                         --min-weight and --drop-isolated are for the other formats",
                    )
                    .exit();
            }
            let output = a.output.expect("clap requires -o with --format graph");
            app::convert(&graph_path(top, a.store), &output)?
        }
        Command::Export(a) => {
            let mut options = ExportOptions::default();
            options.dot.clusters = a.clusters;
            options.comentions = a.co_mentions;
            options.rdf.base = a.base_iri;
            let cfg = ExportConfig {
                graph: graph_path(top, a.store),
                format: match a.format {
                    ExportFormatArg::Dot => ExportFormat::Dot,
                    ExportFormatArg::Json => ExportFormat::Json,
                    ExportFormatArg::Graphml => ExportFormat::Graphml,
                    ExportFormatArg::Ntriples => ExportFormat::Ntriples,
                    ExportFormatArg::Nquads => ExportFormat::Nquads,
                    ExportFormatArg::Csv => ExportFormat::Csv,
                    ExportFormatArg::Graph => unreachable!("handled above"),
                },
                focus: a.focus,
                depth: a.depth,
                filter: kg::export::Filter {
                    relations: a.relation,
                    kinds: a.kind,
                    min_weight: a.min_weight,
                    drop_isolated: a.drop_isolated,
                    asserted: a.asserted,
                },
                options,
                output: a.output,
            };
            app::export(&cfg, &mut out)?
        }
        Command::Stats(a) => {
            let format = match a.format {
                StatsFormatArg::Text => StatsFormat::Text,
                StatsFormatArg::Json => StatsFormat::Json,
            };
            app::stats(&graph_path(top, a.store), a.top, format, &mut out)?
        }
        Command::Demo => app::demo(&mut out)?,
        Command::Completions(a) => {
            clap_complete::generate(a.shell, &mut Cli::command(), "kg", &mut out);
            Outcome::Success
        }
        Command::Man(a) => {
            let top = Cli::command();
            let page = match a.command {
                None => top,
                Some(name) => match top.find_subcommand(&name) {
                    Some(sub) => sub
                        .clone()
                        .display_name(format!("kg-{name}"))
                        .bin_name(format!("kg {name}")),
                    None => {
                        let names: Vec<&str> =
                            top.get_subcommands().map(clap::Command::get_name).collect();
                        let msg = format!("no command `{name}` (one of {})", names.join(", "));
                        top.clone()
                            .error(clap::error::ErrorKind::InvalidValue, msg)
                            .exit()
                    }
                },
            };
            clap_mangen::Man::new(page).render(&mut out)?;
            Outcome::Success
        }
    };
    out.flush()?;
    Ok(outcome)
}
