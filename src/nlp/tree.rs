//! A dependency tree: the parser's arcs in (for each word, its head as a 1-based
//! word index, 0 for the root, and a [`DepRel`]), parent, relation and ordered
//! children per word out. Part of the analysed sentence.

use super::DepRel;

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
