//! Build script: lays out the embedded tagger, parser and recogniser models
//! (`src/nlp/model/tagger.bin`, `parser.bin` and `ner.bin`, the single source of
//! truth) as their run-time tables, once, so that the binary holds them ready to
//! read in place (see `src/nlp/tagger/tables.rs`, `src/nlp/parser/layout.rs` and
//! `src/nlp/ner/tables.rs`, which this script shares with the crate, as it shares
//! the files these include).

use std::path::{Path, PathBuf};

// The shared files, at the root here; `nlp` gives them the crate's paths.
#[allow(dead_code)]
#[path = "src/nlp/tagger/features.rs"]
mod features;
#[allow(dead_code)]
#[path = "src/nlp/parser/layout.rs"]
mod layout;
#[allow(dead_code)]
#[path = "src/nlp/tagger/lexicon.rs"]
mod lexicon;
#[allow(dead_code)]
#[path = "src/nlp/model_bytes.rs"]
mod model_bytes;
#[allow(dead_code)]
#[path = "src/nlp/ner/tables.rs"]
mod ner_tables;
#[allow(dead_code)]
#[path = "src/nlp/tagger/tables.rs"]
mod tables;

mod nlp {
    pub(crate) use super::model_bytes;
}

const INPUTS: [&str; 9] = [
    "src/nlp/model/tagger.bin",
    "src/nlp/model/parser.bin",
    "src/nlp/model/ner.bin",
    "src/nlp/ner/tables.rs",
    "src/nlp/model/wordnet-pos.bin",
    "src/nlp/model_bytes.rs",
    "src/nlp/parser/layout.rs",
    "src/nlp/tagger/features.rs",
    "src/nlp/tagger/lexicon.rs",
];

fn main() {
    for input in INPUTS.iter().chain(&["src/nlp/tagger/tables.rs"]) {
        println!("cargo::rerun-if-changed={input}");
    }
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let tagger = read(INPUTS[0]);
    let tables = tables::lay_out(&tagger, lexicon::Lexicon::embedded())
        .unwrap_or_else(|e| panic!("{}: {e:?}", INPUTS[0]));
    write(&out.join("tagger-tables.bin"), &tables.pack());
    // The crate checks relation classes against its relation list; any class
    // fits the tables' rows here, and a unit test decodes the model strictly.
    let parser = read(INPUTS[1]);
    let blob = layout::lay_out(&parser, layout::N_LABELS)
        .unwrap_or_else(|e| panic!("{}: {e:?}", INPUTS[1]));
    write(&out.join("parser-tables.bin"), &blob);
    let ner = read(INPUTS[2]);
    let tables = ner_tables::lay_out(&ner).unwrap_or_else(|e| panic!("{}: {e:?}", INPUTS[2]));
    write(&out.join("ner-tables.bin"), &tables.pack());
}

fn read(path: &str) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn write(path: &Path, bytes: &[u8]) {
    std::fs::write(path, bytes).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}
