//! The `kg` binary: parse arguments, call the library, turn the result into an
//! exit status (0 ok, 1 a query found nothing, 2 error).

mod cli;

use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;

use cli::{Cli, Command, TripleFormatArg};
use kg::app::{self, ExtractConfig, Outcome};
use kg::export::triples::TripleFormat;
use kg::pipeline::Segmentation;

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

fn graph_path(cli: &Cli) -> PathBuf {
    cli.graph
        .clone()
        .unwrap_or_else(|| PathBuf::from("kg.json"))
}

fn run(cli: Cli) -> kg::Result<Outcome> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let _graph = graph_path(&cli);
    let outcome = match cli.command {
        Command::Extract(a) => {
            let cfg = ExtractConfig {
                paths: a.paths,
                format: match a.format {
                    TripleFormatArg::Jsonl => TripleFormat::Jsonl,
                    TripleFormatArg::Tsv => TripleFormat::Tsv,
                    TripleFormatArg::Carb => TripleFormat::Carb,
                },
                segmentation: segmentation(a.sentence_per_line),
            };
            app::extract(&cfg, &mut out)?
        }
        _ => {
            eprintln!("kg: this command is not wired yet");
            Outcome::SomeFailed
        }
    };
    out.flush()?;
    Ok(outcome)
}
