//! Long mutation-fuzzing runs of kg's input readers (see `kg::fuzz`).
//!
//! ```text
//! cargo run --release --example fuzz -- seeds                 # (re)write fuzz/corpus/ from fixtures/ and queries/
//! cargo run --release --example fuzz -- replay TARGET FILE...  # CPU time of each input
//! nice -n 10 cargo run --release --example fuzz -- run TARGET [--execs N] [--threads T] [--seed S] [--seconds L] [--out DIR]
//! ```
//!
//! TARGET is `extract`, `query`, `import` or `store`. Each thread runs its
//! own stream of mutants (seed S + thread number); a panic is caught and its
//! input written to `DIR/crash-TARGET-N`; an input still running after one
//! second is written to `DIR/hang-TARGET-N` by a watchdog (the run goes on),
//! and at the end run again alone and measured in CPU time (on a shared,
//! loaded machine wall time overstates the work): a hang is over a second of
//! CPU;
//! the slowest input is kept as `DIR/slowest-TARGET`. The run stops after N
//! executions (default ten million) or L seconds, whichever comes first. Every ten seconds and at
//! the end it prints executions, rate, crashes, hangs, the slowest execution
//! and the peak resident memory (VmHWM). Exit status 1 when anything was found.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use kg::fuzz::mutate::Rng;
use kg::fuzz::{Fuzzer, Target, fixture_graph, write_store};

const HANG: Duration = Duration::from_secs(1);

/// What a worker is running now, for the watchdog.
#[derive(Default)]
struct Slot {
    current: Mutex<Option<(Instant, Vec<u8>)>>,
    reported: AtomicBool,
}

struct Totals {
    execs: AtomicU64,
    crashes: AtomicU64,
    hangs: AtomicU64,
    slowest_us: AtomicU64,
    /// Set when the time limit is reached: the workers stop.
    stop: AtomicBool,
}

fn peak_rss_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

/// CPU time of the calling thread (user + system), from /proc (ticks of 10 ms).
fn thread_cpu() -> Duration {
    let ticks = std::fs::read_to_string("/proc/thread-self/stat")
        .ok()
        .and_then(|s| {
            // Fields after the command name (which may hold spaces) in parentheses.
            let rest = &s[s.rfind(')')? + 2..];
            let f: Vec<&str> = rest.split_whitespace().collect();
            Some(f.get(11)?.parse::<u64>().ok()? + f.get(12)?.parse::<u64>().ok()?)
        })
        .unwrap_or(0);
    Duration::from_millis(ticks * 10)
}

/// Run `input` again on this thread and measure its CPU time (wall time on a
/// loaded machine overstates the work).
fn replay_cpu(fuzzer: &Fuzzer, input: &[u8]) -> Duration {
    let before = thread_cpu();
    let began = Instant::now();
    fuzzer.run(input);
    let wall = began.elapsed();
    // Ticks are coarse: a short run may show 0 CPU; then wall time bounds it.
    thread_cpu()
        .saturating_sub(before)
        .max(wall.min(Duration::from_millis(10)))
}

fn save(out: &Path, name: &str, bytes: &[u8]) {
    let path = out.join(name);
    if let Err(e) = std::fs::write(&path, bytes) {
        eprintln!("cannot write {}: {e}", path.display());
    }
}

fn write_seeds(root: &Path) -> Result<()> {
    let corpus = root.join("fuzz/corpus");
    let fixtures = root.join("fixtures");
    let dir = |t: Target| -> Result<PathBuf> {
        let d = corpus.join(t.name());
        if d.exists() {
            std::fs::remove_dir_all(&d)?;
        }
        std::fs::create_dir_all(&d)?;
        Ok(d)
    };
    // extract: every paragraph of the fixture articles (short inputs run
    // fast; splices and repeats make long ones), and the extraction cases.
    let d = dir(Target::Extract)?;
    let mut n = 0;
    let mut articles: Vec<PathBuf> = std::fs::read_dir(&fixtures)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    articles.sort();
    for a in &articles {
        let text = std::fs::read_to_string(a)?;
        for para in text.split("\n\n").filter(|p| !p.trim().is_empty()) {
            std::fs::write(d.join(format!("{n:03}")), para)?;
            n += 1;
        }
    }
    let mut cases: Vec<PathBuf> = std::fs::read_dir(fixtures.join("extract"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    cases.sort();
    for c in &cases {
        let text = std::fs::read_to_string(c)?;
        let sentences: Vec<&str> = text
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with(['#', '+', '-', '=']))
            .collect();
        for chunk in sentences.chunks(8) {
            std::fs::write(d.join(format!("{n:03}")), chunk.join("\n"))?;
            n += 1;
        }
    }
    // query: every statement of the example queries, one per file.
    let d = dir(Target::Query)?;
    let mut queries: Vec<PathBuf> = std::fs::read_dir(root.join("queries"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "kgq"))
        .collect();
    queries.sort();
    let mut n = 0;
    for q in &queries {
        for line in std::fs::read_to_string(q)?.lines() {
            if !line.trim().is_empty() && !line.starts_with('#') {
                std::fs::write(d.join(format!("{n:03}")), line)?;
                n += 1;
            }
        }
    }
    // import and store: a small graph (two articles) as files of every
    // version, and as a store.
    let small = std::env::temp_dir().join(format!("kg-fuzz-seeds-{}", std::process::id()));
    std::fs::create_dir_all(&small)?;
    for a in articles.iter().take(2) {
        std::fs::copy(a, small.join(a.file_name().context("file name")?))?;
    }
    let g = fixture_graph(&small)?;
    let d = dir(Target::Import)?;
    let json = small.join("g.json");
    let kgb = small.join("g.kgb");
    kg::graph::store::save(&g, &json)?;
    kg::graph::store::save(&g, &kgb)?;
    let json_v2 = std::fs::read(&json)?;
    let kgb_v2 = std::fs::read(&kgb)?;
    // Version 1: the same without checksums.
    let text = String::from_utf8(json_v2.clone())?;
    let body = &text[..text.rfind(",\n\"checksum\"").context("checksum")?];
    let json_v1 = format!("{}}}\n", body.replacen("\"version\":2", "\"version\":1", 1));
    let mut kgb_v1 = kgb_v2[..kgb_v2.len() - 8].to_vec();
    kgb_v1[8..12].copy_from_slice(&1u32.to_le_bytes());
    std::fs::write(d.join("json-v1"), json_v1)?;
    std::fs::write(d.join("json-v2"), &json_v2)?;
    std::fs::write(d.join("kgb-v1"), &kgb_v1)?;
    std::fs::write(d.join("kgb-v2"), &kgb_v2)?;
    let d = dir(Target::Store)?;
    let db = small.join("g.db");
    write_store(&g, &db)?;
    std::fs::copy(&db, d.join("small.db"))?;
    std::fs::remove_dir_all(&small)?;
    println!("seeds written to {}", corpus.display());
    Ok(())
}

struct RunArgs {
    target: Target,
    execs: u64,
    threads: u64,
    seed: u64,
    seconds: Option<u64>,
    out: PathBuf,
}

fn run(root: &Path, a: RunArgs) -> Result<bool> {
    std::fs::create_dir_all(&a.out)?;
    let totals = Arc::new(Totals {
        execs: AtomicU64::new(0),
        crashes: AtomicU64::new(0),
        hangs: AtomicU64::new(0),
        slowest_us: AtomicU64::new(0),
        stop: AtomicBool::new(false),
    });
    let slots: Vec<Arc<Slot>> = (0..a.threads).map(|_| Arc::new(Slot::default())).collect();
    let start = Instant::now();
    let name = a.target.name();
    let slowest = Arc::new(Mutex::new(Vec::<u8>::new()));
    let mut workers = Vec::new();
    for t in 0..a.threads {
        let slot = slots[t as usize].clone();
        let totals = totals.clone();
        let slowest = slowest.clone();
        let out = a.out.clone();
        let root = root.to_path_buf();
        let (target, seed, execs, threads) = (a.target, a.seed, a.execs, a.threads);
        workers.push(std::thread::spawn(move || -> Result<()> {
            let scratch = out.join(format!("scratch-{t}"));
            std::fs::create_dir_all(&scratch)?;
            let fuzzer = Fuzzer::new(
                target,
                &root.join("fuzz/corpus"),
                &root.join("fixtures"),
                &scratch,
            )?;
            let mut rng = Rng::new(seed.wrapping_mul(1_000_003).wrapping_add(t));
            let share = execs / threads + u64::from(t < execs % threads);
            let mut i = 0u64;
            while i < share && !totals.stop.load(Ordering::Relaxed) {
                let input = if i < fuzzer.seeds.len() as u64 {
                    fuzzer.seeds[i as usize].clone()
                } else {
                    fuzzer.mutant(&mut rng)
                };
                let began = Instant::now();
                *slot.current.lock().expect("slot") = Some((began, input.clone()));
                let result =
                    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| fuzzer.run(&input)));
                *slot.current.lock().expect("slot") = None;
                slot.reported.store(false, Ordering::Relaxed);
                let us = began.elapsed().as_micros() as u64;
                if us > totals.slowest_us.fetch_max(us, Ordering::Relaxed) {
                    *slowest.lock().expect("slowest") = input.clone();
                }
                if result.is_err() {
                    let n = totals.crashes.fetch_add(1, Ordering::Relaxed);
                    save(&out, &format!("crash-{}-{n}", target.name()), &input);
                }
                totals.execs.fetch_add(1, Ordering::Relaxed);
                i += 1;
            }
            std::fs::remove_dir_all(&scratch)?;
            Ok(())
        }));
    }
    // The watchdog and the progress lines.
    let mut last_report = Instant::now();
    while !workers.iter().all(|w| w.is_finished()) {
        std::thread::sleep(Duration::from_millis(100));
        for slot in &slots {
            let cur = slot.current.lock().expect("slot");
            if let Some((began, input)) = cur.as_ref()
                && began.elapsed() > HANG
                && !slot.reported.swap(true, Ordering::Relaxed)
            {
                let n = totals.hangs.fetch_add(1, Ordering::Relaxed);
                save(&a.out, &format!("hang-{name}-{n}"), input);
            }
        }
        if a.seconds.is_some_and(|s| start.elapsed().as_secs() >= s) {
            totals.stop.store(true, Ordering::Relaxed);
        }
        if last_report.elapsed() > Duration::from_secs(10) {
            report(name, &totals, start);
            last_report = Instant::now();
        }
    }
    for w in workers {
        match w.join() {
            Ok(r) => r?,
            Err(_) => bail!("a worker died outside the target"),
        }
    }
    let slowest = slowest.lock().expect("slowest").clone();
    save(&a.out, &format!("slowest-{name}"), &slowest);
    report(name, &totals, start);
    // Inputs that ran over a second of wall time are run again alone and
    // measured in CPU time: only those over a second of CPU are hangs.
    let scratch = a.out.join("scratch-replay");
    std::fs::create_dir_all(&scratch)?;
    let fuzzer = Fuzzer::new(
        a.target,
        &root.join("fuzz/corpus"),
        &root.join("fixtures"),
        &scratch,
    )?;
    let mut hangs = 0;
    let mut worst = replay_cpu(&fuzzer, &slowest);
    let candidates = totals.hangs.load(Ordering::Relaxed);
    for n in 0..candidates {
        let input = std::fs::read(a.out.join(format!("hang-{name}-{n}")))?;
        let cpu = replay_cpu(&fuzzer, &input);
        worst = worst.max(cpu);
        if cpu > HANG {
            hangs += 1;
        }
    }
    std::fs::remove_dir_all(&scratch)?;
    println!(
        "{name}: {candidates} inputs over 1 s of wall time; replayed alone, {hangs} over 1 s of CPU (the longest {:.0} ms)",
        worst.as_secs_f64() * 1000.0
    );
    println!("done");
    Ok(totals.crashes.load(Ordering::Relaxed) + hangs == 0)
}

fn report(name: &str, t: &Totals, start: Instant) {
    let execs = t.execs.load(Ordering::Relaxed);
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{name}: {execs} execs in {secs:.0} s ({:.0}/s), crashes {}, hangs {}, slowest {:.1} ms, peak RSS {} MB",
        execs as f64 / secs.max(1e-9),
        t.crashes.load(Ordering::Relaxed),
        t.hangs.load(Ordering::Relaxed),
        t.slowest_us.load(Ordering::Relaxed) as f64 / 1000.0,
        peak_rss_kb() / 1024,
    );
}

fn main() -> Result<()> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("seeds") => write_seeds(&root),
        Some("replay") => {
            let target = args
                .get(1)
                .and_then(|t| Target::from_name(t))
                .context("usage: fuzz replay TARGET FILE...")?;
            let scratch =
                std::env::temp_dir().join(format!("kg-fuzz-replay-{}", std::process::id()));
            std::fs::create_dir_all(&scratch)?;
            let fuzzer = Fuzzer::new(
                target,
                &root.join("fuzz/corpus"),
                &root.join("fixtures"),
                &scratch,
            )?;
            for f in &args[2..] {
                let input = std::fs::read(f)?;
                let cpu = replay_cpu(&fuzzer, &input);
                println!(
                    "{f}: {} bytes, {:.0} ms CPU",
                    input.len(),
                    cpu.as_secs_f64() * 1000.0
                );
            }
            std::fs::remove_dir_all(&scratch)?;
            Ok(())
        }
        Some("run") => {
            let target = args
                .get(1)
                .and_then(|t| Target::from_name(t))
                .context("usage: fuzz run extract|query|import|store [--execs N] [--threads T] [--seed S] [--seconds L] [--out DIR]")?;
            let mut a = RunArgs {
                target,
                execs: 10_000_000,
                threads: 1,
                seed: 1,
                seconds: None,
                out: root.join("target/fuzz-out"),
            };
            let mut rest = args[2..].iter();
            while let Some(flag) = rest.next() {
                let value = rest
                    .next()
                    .with_context(|| format!("{flag} needs a value"))?;
                match flag.as_str() {
                    "--execs" => a.execs = value.parse()?,
                    "--threads" => a.threads = value.parse()?,
                    "--seed" => a.seed = value.parse()?,
                    "--seconds" => a.seconds = Some(value.parse()?),
                    "--out" => a.out = PathBuf::from(value),
                    _ => bail!("unknown option {flag}"),
                }
            }
            if !run(&root, a)? {
                std::process::exit(1);
            }
            Ok(())
        }
        _ => bail!(
            "usage: fuzz seeds | fuzz run TARGET [--execs N] [--threads T] [--seed S] [--out DIR]"
        ),
    }
}
