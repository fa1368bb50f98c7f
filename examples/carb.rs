//! Score a CaRB system file against a CaRB gold file.
//!
//! ```text
//! cargo run --release --example carb -- SYSTEM.tsv GOLD.tsv [--curve PR.tsv] [--explain REPORT.txt]
//! ```
//!
//! SYSTEM.tsv is `kg extract --format carb` output (`sentence \t confidence \t
//! relation \t arg1 \t arg2 …`); GOLD.tsv is CaRB's gold (`sentence \t relation \t
//! arg1 \t arg2 …`). Prints precision, recall and F1 at the best threshold, and
//! the area under the precision–recall curve; `--curve` also writes the curve,
//! `--explain` a per-sentence report at the best threshold: each gold tuple with
//! the precision/recall of its best system match, each system tuple with its best
//! gold match (`MISS` marks gold tuples nothing matched, `WRONG` system tuples
//! that match nothing).

use std::fmt::Write as _;
use std::process::ExitCode;

use anyhow::{Context, bail};

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("carb: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn run() -> anyhow::Result<()> {
    let mut paths = Vec::new();
    let mut curve = None;
    let mut explain = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--curve" => curve = Some(args.next().context("--curve needs a file")?),
            "--explain" => explain = Some(args.next().context("--explain needs a file")?),
            _ => paths.push(a),
        }
    }
    let [system, gold] = paths.as_slice() else {
        bail!("usage: carb SYSTEM.tsv GOLD.tsv [--curve PR.tsv] [--explain REPORT.txt]");
    };
    let read = |p: &String| std::fs::read_to_string(p).with_context(|| format!("reading {p}"));
    let (system_text, gold_text) = (read(system)?, read(gold)?);
    let s = kg::eval::carb::score(&system_text, &gold_text)
        .with_context(|| format!("scoring {system} against {gold}"))?;
    println!("system tuples  {}", s.system_tuples);
    println!(
        "gold tuples    {} in {} sentences ({} system sentences not in gold)",
        s.gold_tuples, s.sentences, s.unmatched_system_sentences
    );
    println!("precision      {:.3}", s.precision);
    println!("recall         {:.3}", s.recall);
    println!("F1             {:.3}", s.f1);
    println!("threshold      {}", s.threshold);
    println!("AUC            {:.3}", s.auc);
    if let Some(path) = curve {
        let mut out = String::from("threshold\tprecision\trecall\n");
        for p in &s.curve {
            writeln!(out, "{}\t{}\t{}", p.threshold, p.precision, p.recall)?;
        }
        std::fs::write(&path, out).with_context(|| format!("writing {path}"))?;
    }
    if let Some(path) = explain {
        let report = kg::eval::carb::explain(&system_text, &gold_text, s.threshold)?;
        let mut out = format!("# threshold {}\n", s.threshold);
        for sentence in &report {
            writeln!(out, "\n{}", sentence.sentence)?;
            for (role, tuples) in [("gold", &sentence.gold), ("system", &sentence.system)] {
                for t in tuples {
                    let mark = match (role, t.recall == 0.0) {
                        ("gold", true) => "MISS ",
                        ("system", true) => "WRONG",
                        _ => "     ",
                    };
                    writeln!(
                        out,
                        "  {role:<6} {mark} P {:.2} R {:.2}  {:.3}  {}",
                        t.precision, t.recall, t.confidence, t.tuple
                    )?;
                }
            }
        }
        std::fs::write(&path, out).with_context(|| format!("writing {path}"))?;
    }
    Ok(())
}
