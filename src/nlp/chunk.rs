//! Chunking: tagged tokens in, entity mentions, noun phrases and verb groups out.
//!
//! PLACEHOLDER: being filled in by the extraction work.
