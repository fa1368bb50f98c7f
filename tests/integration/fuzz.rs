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
/// a thousand compound modifiers was tried as a title).
#[test]
fn extract_regressions_replay() {
    let dir = tempfile::tempdir().unwrap();
    let f = fuzzer(Target::Extract, dir.path());
    let inputs = kg::fuzz::read_corpus(&root().join("fuzz/regressions/extract")).unwrap();
    assert_eq!(inputs.len(), 5);
    for input in inputs {
        f.run(&input);
    }
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
