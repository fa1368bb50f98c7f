//! Build script: lays out the embedded parser model (`src/nlp/model/parser.bin`,
//! the single source of truth) as the parser's run-time tables, once, so that the
//! binary holds them ready to read in place (see `src/nlp/parser/layout.rs`,
//! which this script shares with the crate).

use std::path::PathBuf;

#[allow(dead_code)]
#[path = "src/nlp/parser/layout.rs"]
mod layout;
#[allow(dead_code)]
#[path = "src/nlp/model_bytes.rs"]
mod model_bytes;

/// The crate's module paths, for the shared files' `use` lines.
mod nlp {
    pub(crate) use super::model_bytes;
    pub mod parser {
        pub(crate) use super::super::layout;
    }
}

const MODEL: &str = "src/nlp/model/parser.bin";

fn main() {
    for input in [MODEL, "src/nlp/model_bytes.rs", "src/nlp/parser/layout.rs"] {
        println!("cargo::rerun-if-changed={input}");
    }
    let model = std::fs::read(MODEL).unwrap_or_else(|e| panic!("{MODEL}: {e}"));
    // The crate checks relation classes against its relation list; any class
    // fits the tables' rows here, and a unit test decodes the model strictly.
    let blob = nlp::parser::layout::lay_out(&model, layout::N_LABELS)
        .unwrap_or_else(|e| panic!("{MODEL}: {e:?}"));
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let path = out.join("parser-tables.bin");
    std::fs::write(&path, blob).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
}
