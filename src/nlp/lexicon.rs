//! World-knowledge tables: countries (with short forms, demonyms and capitals),
//! titles and honorifics. Input: a lower-case word or phrase; output: what it is.
//!
//! PLACEHOLDER: being filled in by the extraction work.
