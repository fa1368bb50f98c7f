//! The fuzz smoke run (every seed of `fuzz/corpus/` and a few thousand
//! mutants per target through `kg::fuzz`), and the inputs the long runs found,
//! replayed (`fuzz/regressions/TARGET/`, each named after what it pins). The
//! long runs are `cargo run --release --example fuzz -- run TARGET`.

use std::path::Path;

use kg::fuzz::{Fuzzer, Target};

use crate::common::root;

fn fuzzer(target: Target, scratch: &Path) -> Fuzzer {
    Fuzzer::new(
        target,
        &root().join("fuzz/corpus"),
        &root().join("fixtures"),
        scratch,
    )
    .expect("the corpus and fixtures read")
}

/// Run the seeds and `n` mutants of `target`; a panic fails the test, and the
/// input that caused it is printed.
fn smoke(target: Target, n: u64) {
    let dir = tempfile::tempdir().unwrap();
    let f = fuzzer(target, dir.path());
    assert!(
        f.seeds.iter().any(|s| !s.is_empty()),
        "no seeds for {target:?}"
    );
    let mut count = 0u64;
    let mut last = Vec::new();
    let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        f.run_mutants(n, 20_261_205, |input| {
            count += 1;
            last = input.to_vec();
        })
    }));
    assert!(
        run.is_ok(),
        "{target:?} panicked on input {count}: {:?}",
        String::from_utf8_lossy(&last)
    );
    assert_eq!(count, f.seeds.len() as u64 + n);
}

#[test]
fn extract_survives_its_corpus_and_mutants() {
    smoke(Target::Extract, 300);
}

#[test]
fn query_survives_its_corpus_and_mutants() {
    smoke(Target::Query, 5000);
}

#[test]
fn import_survives_its_corpus_and_mutants() {
    smoke(Target::Import, 3000);
}

#[test]
fn store_opening_survives_its_corpus_and_mutants() {
    smoke(Target::Store, 300);
}

/// Every reproducer the long runs found, each named after the bug it pins:
/// `tokenizer-*` panicked (a look one byte past an emoticon's `:`/`;` or
/// `w/` landed inside a multi-byte character), `title-lookup-*`,
/// `relation-search-*` and `role-phrase-*` took time quadratic in a sentence's
/// length (the last, 1.8 s of CPU for 8 kB: every left end of a noun's run of
/// a thousand compound modifiers was tried as a title), `epithet-*` panicked
/// (a byte slice inside a modifier's first, multi-byte letter).
#[test]
fn extract_regressions_replay() {
    replay_regressions(Target::Extract, 6);
}

/// Run every pinned input of `fuzz/regressions/TARGET` (there must be
/// `expected` of them: a file left out of git shows here).
fn replay_regressions(target: Target, expected: usize) {
    let dir = tempfile::tempdir().unwrap();
    let f = fuzzer(target, dir.path());
    let inputs =
        kg::fuzz::read_corpus(&root().join("fuzz/regressions").join(target.name())).unwrap();
    assert_eq!(inputs.len(), expected);
    for input in inputs {
        f.run(&input);
    }
}

/// `kgb-document-declaring-*`: an 8 kB `.kgb` file (checksum right) whose one
/// document claimed 268 million sentences made the importer allocate a slot
/// for each (6 GB and 30 s before anything was checked). What the documents of
/// a file may declare is now bounded by its size (`kg::limits`).
#[test]
fn import_regressions_replay() {
    replay_regressions(Target::Import, 1);
}

/// The same file through the binary: a one-line error, exit 2, no store made.
#[test]
fn import_of_a_graph_file_declaring_more_sentences_than_it_can_hold() {
    let dir = tempfile::tempdir().unwrap();
    let kgb = dir.path().join("h.kgb");
    std::fs::copy(
        root().join("fuzz/regressions/import/kgb-document-declaring-268-million-sentences"),
        &kgb,
    )
    .unwrap();
    let store = dir.path().join("g.db");
    let out = crate::common::run(&[
        "--graph",
        store.to_str().unwrap(),
        "import",
        kgb.to_str().unwrap(),
    ]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("declare 268435455 sentences in all") && err.lines().count() == 1,
        "{err}"
    );
    assert!(!store.exists());
}

/// The tokenizer crash through the binary: `kg extract` on a sentence with an
/// emoticon's nose before an accented letter.
#[test]
fn extract_of_an_emoticon_before_a_multibyte_character() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("a.txt");
    std::fs::write(&p, "Kim said :-\u{e9} today. He went w/\u{e9} to Seoul.\n").unwrap();
    let out = crate::common::run(&["extract", p.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
