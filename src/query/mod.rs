//! Query stage: `.kgq` text in, typed query results out.
//!
//! PLACEHOLDER: the parser (errors with line:column) and evaluator are being written.
