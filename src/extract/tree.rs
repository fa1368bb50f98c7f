//! A dependency tree over one analysed sentence, and the entity each word
//! belongs to: what the tree pattern families ([`super::np`]) read.
//!
//! In: the parser's arcs (head as a 1-based word index, 0 for the root, and a
//! [`DepRel`]) and the sentence's mentions. Out: a [`Tree`] with parent, relation
//! and ordered children per word, and a [`TreeSentence`] that adds the words,
//! lemmas, tags and, for every word inside a named mention, that mention.

use crate::nlp::{AnalysedSentence, DepRel, MentionForm, Tag};
use crate::vocab::EntityKind;

/// A dependency tree: words are 0-based indices.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tree {
    heads: Vec<Option<u32>>,
    rels: Vec<DepRel>,
    /// Children of word `i`: `kids[kid_start[i]..kid_start[i + 1]]`, in word order.
    kids: Vec<u32>,
    kid_start: Vec<u32>,
}

impl Tree {
    /// Build from `(head, rel)` pairs, head 1-based with 0 for the root. Heads out
    /// of range are read as the root.
    pub fn new(arcs: impl ExactSizeIterator<Item = (u32, DepRel)>) -> Tree {
        let n = arcs.len();
        let mut heads = Vec::with_capacity(n);
        let mut rels = Vec::with_capacity(n);
        for (h, r) in arcs {
            heads.push((h >= 1 && h as usize <= n).then(|| h - 1));
            rels.push(r);
        }
        let mut counts = vec![0u32; n + 1];
        for h in heads.iter().flatten() {
            counts[*h as usize + 1] += 1;
        }
        for i in 0..n {
            counts[i + 1] += counts[i];
        }
        let kid_start = counts.clone();
        let mut fill = counts;
        let mut kids = vec![0u32; heads.iter().flatten().count()];
        for (i, h) in heads.iter().enumerate() {
            if let Some(h) = h {
                kids[fill[*h as usize] as usize] = i as u32;
                fill[*h as usize] += 1;
            }
        }
        Tree {
            heads,
            rels,
            kids,
            kid_start,
        }
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.heads.len()
    }

    /// Whether the tree has no word.
    pub fn is_empty(&self) -> bool {
        self.heads.is_empty()
    }

    /// The head of word `i`, `None` for the root.
    pub fn head(&self, i: usize) -> Option<usize> {
        self.heads[i].map(|h| h as usize)
    }

    /// The relation of word `i` to its head.
    pub fn rel(&self, i: usize) -> DepRel {
        self.rels[i]
    }

    /// The children of word `i`, in word order.
    pub fn children(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        self.kids[self.kid_start[i] as usize..self.kid_start[i + 1] as usize]
            .iter()
            .map(|&k| k as usize)
    }

    /// The children of `i` whose relation satisfies `want`.
    pub fn children_by<'a>(
        &'a self,
        i: usize,
        want: impl Fn(DepRel) -> bool + 'a,
    ) -> impl Iterator<Item = usize> + 'a {
        self.children(i).filter(move |&k| want(self.rels[k]))
    }

    /// The first child of `i` with relation `rel`.
    pub fn child(&self, i: usize, rel: DepRel) -> Option<usize> {
        self.children(i).find(|&k| self.rels[k] == rel)
    }

    /// The first and one-past-last word of the subtree of `i`.
    pub fn extent(&self, i: usize) -> (usize, usize) {
        let (mut lo, mut hi) = (i, i + 1);
        let mut stack = vec![i];
        while let Some(j) = stack.pop() {
            lo = lo.min(j);
            hi = hi.max(j + 1);
            stack.extend(self.children(j));
        }
        (lo, hi)
    }

    /// Whether `a` is `b` or lies under it.
    pub fn dominates(&self, b: usize, mut a: usize) -> bool {
        for _ in 0..=self.len() {
            if a == b {
                return true;
            }
            match self.head(a) {
                Some(h) => a = h,
                None => return false,
            }
        }
        false
    }
}

/// A named mention as the tree patterns see it: its words and kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Named {
    /// Index into the sentence's mentions.
    pub mention: usize,
    /// Its words, `start..end`.
    pub start: usize,
    pub end: usize,
    pub kind: EntityKind,
    /// The word of the name whose head lies outside it (the name's head).
    pub head: usize,
}

/// One sentence with its tree, for the tree pattern families.
pub struct TreeSentence<'a> {
    pub text: &'a str,
    pub words: &'a [&'a str],
    pub a: &'a AnalysedSentence,
    pub tree: &'a Tree,
    /// Named mentions (names, acronyms) with the words they cover.
    pub named: Vec<Named>,
    /// For each word, the index into `named` of the name it is part of.
    pub named_at: Vec<Option<u16>>,
}

impl<'a> TreeSentence<'a> {
    pub fn new(
        text: &'a str,
        words: &'a [&'a str],
        a: &'a AnalysedSentence,
        tree: &'a Tree,
    ) -> TreeSentence<'a> {
        let n = words.len();
        let mut named = Vec::new();
        let mut named_at = vec![None; n];
        for (mi, m) in a.mentions.iter().enumerate() {
            if !matches!(m.form, MentionForm::Name | MentionForm::Acronym) {
                continue;
            }
            let inside: Vec<usize> = (0..n)
                .filter(|&i| {
                    let s = a.tokens[i].span;
                    s.start >= m.name.start && s.end <= m.name.end
                })
                .collect();
            let (Some(&start), Some(&last)) = (inside.first(), inside.last()) else {
                continue;
            };
            let end = last + 1;
            if named_at[start..end].iter().any(Option::is_some)
                || named.len() >= usize::from(u16::MAX)
            {
                continue;
            }
            let head = (start..end)
                .find(|&i| tree.head(i).is_none_or(|h| h < start || h >= end))
                .unwrap_or(last);
            for slot in &mut named_at[start..end] {
                *slot = Some(named.len() as u16);
            }
            named.push(Named {
                mention: mi,
                start,
                end,
                kind: m.kind,
                head,
            });
        }
        TreeSentence {
            text,
            words,
            a,
            tree,
            named,
            named_at,
        }
    }

    /// The name word `i` belongs to.
    pub fn named(&self, i: usize) -> Option<&Named> {
        self.named_at[i].map(|k| &self.named[k as usize])
    }

    /// The name whose head word is `i`.
    pub fn named_head(&self, i: usize) -> Option<&Named> {
        self.named(i).filter(|n| n.head == i)
    }

    /// The lemma of word `i`.
    pub fn lemma(&self, i: usize) -> &str {
        self.a.lemma(i)
    }

    /// The tag of word `i`.
    pub fn tag(&self, i: usize) -> Tag {
        self.a.tags[i].tag
    }

    /// The preposition or possessive marker of nominal `i` (its `case` child), lower case.
    pub fn case(&self, i: usize) -> Option<String> {
        let words: Vec<String> = self
            .tree
            .children_by(i, |r| r == DepRel::Case || r == DepRel::Fixed)
            .filter(|&k| k < i)
            .map(|k| self.words[k].to_lowercase().replace('’', "'"))
            .collect();
        (!words.is_empty()).then(|| words.join(" "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (head, rel) rows from CoNLL-U style `head:rel` strings.
    fn tree(spec: &str) -> Tree {
        let arcs: Vec<(u32, DepRel)> = spec
            .split_whitespace()
            .map(|a| {
                let (h, r) = a.split_once(':').unwrap();
                (h.parse().unwrap(), DepRel::parse(r).unwrap())
            })
            .collect();
        Tree::new(arcs.into_iter())
    }

    #[test]
    fn children_extent_and_dominance() {
        // Kim met Putin in Beijing .
        let t = tree("2:nsubj 0:root 2:obj 5:case 2:obl 2:punct");
        assert_eq!(t.head(1), None);
        assert_eq!(t.children(1).collect::<Vec<_>>(), [0, 2, 4, 5]);
        assert_eq!(t.child(4, DepRel::Case), Some(3));
        assert_eq!(t.extent(4), (3, 5));
        assert_eq!(t.extent(1), (0, 6));
        assert!(t.dominates(1, 3) && !t.dominates(4, 0));
    }

    #[test]
    fn bad_heads_read_as_roots_and_cycles_end() {
        let t = tree("9:nsubj 1:obj");
        assert_eq!(t.head(0), None);
        assert_eq!(t.head(1), Some(0));
        // A cycle (0 → 1 → 0) beside the root: the walk up stops.
        let cyclic = tree("2:nsubj 1:obj 0:root");
        assert!(cyclic.dominates(1, 0));
        assert!(!cyclic.dominates(2, 0));
    }
}
