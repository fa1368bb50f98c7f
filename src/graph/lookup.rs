//! Name lookup: a name as a user typed it in, one node (or a helpful error) out.
//!
//! Used by the query language and by `export --focus`. Names compare by
//! [`super::name_key`] (case-insensitive, white space collapsed). An
//! exact canonical name wins; otherwise an alias names its node if exactly one node
//! has it. An alias shared by several nodes is [`LookupError::Ambiguous`]; a name
//! that matches nothing is [`LookupError::Unknown`] with up to five suggestions,
//! ranked by edit distance, with prefix and shared-word matches also admitted.
//! A name with a leading `the` that matches nothing is retried without it.

use std::collections::BTreeSet;
use std::fmt;

use petgraph::stable_graph::NodeIndex;
use thiserror::Error;

use super::{KnowledgeGraph, name_key};

/// How many suggestions an unknown name gets at most.
const MAX_SUGGESTIONS: usize = 5;

/// Why a name does not resolve to one node.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum LookupError {
    /// No canonical name or alias matches. `suggestions` are canonical names.
    #[error("unknown entity \"{name}\"{}", DidYouMean(.suggestions))]
    Unknown {
        name: String,
        suggestions: Vec<String>,
    },
    /// An alias of several nodes. `candidates` are their canonical names, sorted.
    #[error("ambiguous entity \"{name}\": it may be {}", OneOf(.candidates))]
    Ambiguous {
        name: String,
        candidates: Vec<String>,
    },
}

/// `"a"`, `"a" or "b"`, `"a", "b" or "c"`.
struct OneOf<'a>(&'a [String]);

impl fmt::Display for OneOf<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, name) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(if i + 1 == self.0.len() { " or " } else { ", " })?;
            }
            write!(f, "\"{name}\"")?;
        }
        Ok(())
    }
}

struct DidYouMean<'a>(&'a [String]);

impl fmt::Display for DidYouMean<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            Ok(())
        } else {
            write!(f, "; did you mean {}?", OneOf(self.0))
        }
    }
}

impl KnowledgeGraph {
    /// Resolve a user-typed name to a node.
    ///
    /// Complexity: O(1) expected for a hit; an unknown name scans every name once
    /// to find suggestions.
    ///
    /// ```
    /// # use kg::KnowledgeGraph;
    /// let g = KnowledgeGraph::new();
    /// let err = g.lookup("Kim Jon Un").unwrap_err();
    /// assert_eq!(err.to_string(), "unknown entity \"Kim Jon Un\"");
    /// ```
    pub fn lookup(&self, name: &str) -> Result<NodeIndex, LookupError> {
        thread_local! {
            // The key is built here rather than in a new String per lookup.
            static KEY: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
        }
        KEY.with_borrow_mut(|key| {
            super::write_name_key(name, key);
            let result = self.lookup_key(name, key);
            // `the Kremlin` for `Kremlin`: a leading article is retried without it.
            if let Err(LookupError::Unknown { .. }) = result
                && let Some(rest) = key.strip_prefix("the ")
                && let Ok(n) = self.lookup_key(name, rest)
            {
                return Ok(n);
            }
            result
        })
    }

    fn lookup_key(&self, name: &str, key: &str) -> Result<NodeIndex, LookupError> {
        if let Some(&n) = self.by_name.get(key) {
            return Ok(n);
        }
        match self.by_alias.get(key).map(Vec::as_slice) {
            Some([n]) => Ok(*n),
            // A name that was an entity of its own until cross-document
            // resolution merged it (`Reagan` into `Ronald Reagan`) names that
            // entity, however many others carry it as an in-document alias.
            Some(nodes) if self.merged_name(nodes, key).is_some() => {
                Ok(self.merged_name(nodes, key).expect("checked"))
            }
            Some(nodes) if !nodes.is_empty() => {
                let mut candidates: Vec<String> =
                    nodes.iter().map(|&n| self.graph[n].name.clone()).collect();
                candidates.sort();
                Err(LookupError::Ambiguous {
                    name: name.to_string(),
                    candidates,
                })
            }
            _ => Err(LookupError::Unknown {
                name: name.to_string(),
                suggestions: self.suggestions(key),
            }),
        }
    }

    /// The one node of `nodes` into which cross-document resolution merged an
    /// entity named `key`, if exactly one.
    fn merged_name(&self, nodes: &[NodeIndex], key: &str) -> Option<NodeIndex> {
        let mut found = nodes.iter().copied().filter(|&n| {
            self.graph[n]
                .alias_documents
                .keys()
                .any(|a| name_key(a) == key)
        });
        let n = found.next()?;
        found.next().is_none().then_some(n)
    }

    /// Canonical names close to `key`: those within a small edit distance if there
    /// are any, else those sharing a prefix or a word; best by (distance, name).
    fn suggestions(&self, key: &str) -> Vec<String> {
        let wanted: Vec<char> = key.chars().collect();
        let words: BTreeSet<&str> = key.split(' ').filter(|w| w.chars().count() >= 3).collect();
        let limit = (wanted.len() / 3).max(2);
        let score = |candidate: &str| {
            let ckey = name_key(candidate);
            let distance = edit_distance(&wanted, &ckey, limit);
            let related = distance <= limit
                || (wanted.len() >= 3 && (ckey.starts_with(key) || key.starts_with(&ckey)))
                || ckey.split(' ').any(|w| words.contains(w));
            related.then_some((distance > limit, distance))
        };
        let mut scored: Vec<(bool, usize, &str)> = Vec::new();
        for n in self.graph.node_indices() {
            let node = &self.graph[n];
            let names = std::iter::once(&node.name).chain(node.aliases.keys());
            if let Some((far, distance)) = names.filter_map(|name| score(name)).min() {
                scored.push((far, distance, node.name.as_str()));
            }
        }
        scored.sort_unstable();
        let close_only = scored.first().is_some_and(|(far, _, _)| !far);
        let mut seen = BTreeSet::new();
        scored
            .into_iter()
            .filter(|(far, _, name)| !(close_only && *far) && seen.insert(*name))
            .take(MAX_SUGGESTIONS)
            .map(|(_, _, name)| name.to_string())
            .collect()
    }
}

/// Levenshtein distance between `a` and `b` (in characters), or `limit + 1` and
/// up when it certainly exceeds `limit` (cheap rejection by length).
fn edit_distance(a: &[char], b: &str, limit: usize) -> usize {
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > limit {
        return limit + 1 + a.len().abs_diff(b.len());
    }
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitute = prev[j] + usize::from(ca != cb);
            cur[j + 1] = substitute.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::tests::{doc, person};

    fn graph() -> KnowledgeGraph {
        let mut g = KnowledgeGraph::new();
        g.merge_document(
            &doc(
                "a",
                vec![
                    person("Kim Jong Un", &["Mr Kim", "Kim"]),
                    person("Kim Yo Jong", &["Kim"]),
                    person("Vladimir Putin", &["Putin"]),
                ],
                &[],
            ),
            "h1",
        );
        g
    }

    #[test]
    fn lookup_resolves_names_aliases_and_explains_failures() {
        let g = graph();
        let name = |r: Result<NodeIndex, LookupError>| r.map(|n| g.entity(n).name.clone());
        let cases: &[(&str, Result<&str, &str>)] = &[
            ("Kim Jong Un", Ok("Kim Jong Un")),
            ("kim   JONG un", Ok("Kim Jong Un")),
            ("mr kim", Ok("Kim Jong Un")),
            ("PUTIN", Ok("Vladimir Putin")),
            ("the Putin", Ok("Vladimir Putin")),
            (
                "Kim",
                Err(r#"ambiguous entity "Kim": it may be "Kim Jong Un" or "Kim Yo Jong""#),
            ),
            (
                "Kim Jon Un",
                Err(r#"unknown entity "Kim Jon Un"; did you mean "Kim Jong Un"?"#),
            ),
            (
                "Jong",
                Err(r#"unknown entity "Jong"; did you mean "Kim Jong Un" or "Kim Yo Jong"?"#),
            ),
            (
                "Vladimir",
                Err(r#"unknown entity "Vladimir"; did you mean "Vladimir Putin"?"#),
            ),
            ("Zelensky", Err(r#"unknown entity "Zelensky""#)),
        ];
        for (input, want) in cases {
            let got = name(g.lookup(input)).map_err(|e| e.to_string());
            let want = want.map(str::to_string).map_err(str::to_string);
            assert_eq!(got, want, "lookup({input:?})");
        }
    }

    #[test]
    fn edit_distance_counts_edits() {
        let cases = [
            ("kim jon un", "kim jong un", 1),
            ("", "abc", 3),
            ("putin", "putin", 0),
        ];
        for (a, b, d) in cases {
            let a: Vec<char> = a.chars().collect();
            assert_eq!(edit_distance(&a, b, 10), d, "{a:?} {b}");
        }
    }
}
