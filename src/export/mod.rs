//! Output stage: a graph (or a query's subgraph) in, DOT, node-link JSON, GraphML,
//! N-Triples or CSV out.
//!
//! PLACEHOLDER: the writers are being written.

pub mod triples;
