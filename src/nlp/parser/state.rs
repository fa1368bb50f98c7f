//! The arc-eager transition system: a parser configuration (stack, buffer, arcs so
//! far) in, the transitions allowed next and the configuration after one of them
//! out; plus, for training, the cost of each transition against a gold tree (the
//! dynamic oracle of Goldberg & Nivre 2012).
//!
//! Tokens are numbered as in CoNLL-U: 0 is the artificial root, 1..=n the words.
//! The root starts on the stack; parsing ends when the buffer is empty. Only one
//! word may hang from the root, so that every parse is a single-rooted tree once
//! [`State::finish`] has attached the words left without a head.

/// Push the buffer's first word onto the stack.
pub const SHIFT: usize = 0;
/// Pop the stack (its top already has a head).
pub const REDUCE: usize = 1;
/// Make the buffer's first word the head of the stack's top, and pop it.
pub const LEFT: usize = 2;
/// Make the stack's top the head of the buffer's first word, and push that word.
pub const RIGHT: usize = 3;
/// Number of transition types.
pub const N_MOVES: usize = 4;

/// No token (no head yet, no such child).
pub const NONE: u32 = u32::MAX;

/// A parser configuration for a sentence of `n` words.
#[derive(Debug, Default, Clone)]
pub struct State {
    pub n: u32,
    pub stack: Vec<u32>,
    /// First word of the buffer (`n + 1` once it is empty).
    pub b: u32,
    /// Head of each token (index 0 is the root; [`NONE`] while unattached).
    pub heads: Vec<u32>,
    /// Relation of each token to its head (a [`super::DepRel`] as `u8`).
    pub labels: Vec<u8>,
    /// Leftmost and second-leftmost dependents (0 = none: the root is nobody's).
    pub left: Vec<[u32; 2]>,
    /// Rightmost and second-rightmost dependents.
    pub right: Vec<[u32; 2]>,
    /// Number of left and right dependents.
    pub valency: Vec<[u8; 2]>,
    /// Bit sets of the relations of the left and right dependents.
    pub label_sets: Vec<[u64; 2]>,
}

impl State {
    /// Start parsing a sentence of `n` words, reusing the buffers.
    pub fn reset(&mut self, n: usize) {
        let n = n as u32;
        self.n = n;
        self.stack.clear();
        self.stack.push(0);
        self.b = 1;
        let len = n as usize + 1;
        self.heads.clear();
        self.heads.resize(len, NONE);
        self.labels.clear();
        self.labels.resize(len, 0);
        self.left.clear();
        self.left.resize(len, [0; 2]);
        self.right.clear();
        self.right.resize(len, [0; 2]);
        self.valency.clear();
        self.valency.resize(len, [0; 2]);
        self.label_sets.clear();
        self.label_sets.resize(len, [0; 2]);
    }

    /// Whether the buffer is empty.
    #[inline]
    pub fn done(&self) -> bool {
        self.b > self.n
    }

    /// The stack's top.
    #[inline]
    pub fn s0(&self) -> u32 {
        *self.stack.last().unwrap_or(&0)
    }

    /// The stack entry `i` below the top, or [`NONE`].
    #[inline]
    pub fn below(&self, i: usize) -> u32 {
        let len = self.stack.len();
        if i < len {
            self.stack[len - 1 - i]
        } else {
            NONE
        }
    }

    /// Which transitions are allowed now.
    #[inline]
    pub fn valid(&self) -> [bool; N_MOVES] {
        let s = self.s0();
        let buffer = !self.done();
        let headless = self.heads[s as usize] == NONE;
        [
            buffer,
            s != 0 && !headless,
            buffer && s != 0 && headless,
            buffer && (s != 0 || self.valency[0][1] == 0),
        ]
    }

    /// Apply transition `m` (which must be valid); `label` is the relation of the
    /// arc that LEFT or RIGHT adds.
    #[inline]
    pub fn apply(&mut self, m: usize, label: u8) {
        match m {
            SHIFT => {
                self.stack.push(self.b);
                self.b += 1;
            }
            REDUCE => {
                self.stack.pop();
            }
            LEFT => {
                let s = self.stack.pop().unwrap_or(0);
                self.attach(self.b, s, label);
            }
            _ => {
                self.attach(self.s0(), self.b, label);
                self.stack.push(self.b);
                self.b += 1;
            }
        }
    }

    /// Add the arc `head → dep`.
    #[inline]
    pub fn attach(&mut self, head: u32, dep: u32, label: u8) {
        let (h, d) = (head as usize, dep as usize);
        self.heads[d] = head;
        self.labels[d] = label;
        let side = usize::from(dep > head);
        self.valency[h][side] = self.valency[h][side].saturating_add(1);
        self.label_sets[h][side] |= 1 << (label & 63);
        if dep < head {
            let l = &mut self.left[h];
            if l[0] == 0 || dep < l[0] {
                *l = [dep, l[0]];
            } else if l[1] == 0 || dep < l[1] {
                l[1] = dep;
            }
        } else {
            let r = &mut self.right[h];
            if r[0] == 0 || dep > r[0] {
                *r = [dep, r[0]];
            } else if r[1] == 0 || dep > r[1] {
                r[1] = dep;
            }
        }
    }

    /// Attach the words left without a head once the buffer is empty: to the word
    /// that hangs from the root, or, if none does, make the first of them that word.
    /// `label(head, dep)` gives the relation of each such arc.
    pub fn finish(&mut self, root_label: u8, mut label: impl FnMut(&State, u32, u32) -> u8) {
        for d in 1..=self.n {
            if self.heads[d as usize] != NONE {
                continue;
            }
            match self.right[0][0] {
                0 => self.attach(0, d, root_label),
                r => {
                    let l = label(self, r, d);
                    self.attach(r, d, l);
                }
            }
        }
    }

    /// The cost of each valid transition against the gold heads `gold` (index 0
    /// unused): how many gold arcs still reachable it makes unreachable
    /// (Goldberg & Nivre 2012, arc-eager). Invalid transitions get `u32::MAX`.
    pub fn costs(&self, gold: &[u32]) -> [u32; N_MOVES] {
        let valid = self.valid();
        let mut out = [u32::MAX; N_MOVES];
        let s = self.s0();
        let b = self.b;
        let n = self.n;
        let buffer = b..=n;
        // Gold dependents of `h` still in the buffer (from `from` on).
        let deps_in_buffer =
            |h: u32, from: u32| (from..=n).filter(|&k| gold[k as usize] == h).count();
        // Stack words without a head whose gold head is `h`.
        let headless_deps_on_stack = |h: u32| {
            self.stack
                .iter()
                .filter(|&&k| k != 0 && self.heads[k as usize] == NONE && gold[k as usize] == h)
                .count()
        };
        let root_free = self.valency[0][1] == 0;
        let head_on_stack = |d: u32, except: u32| {
            let g = gold[d as usize];
            g != except && (g != 0 || root_free) && self.stack.contains(&g)
        };
        if valid[SHIFT] {
            out[SHIFT] = (usize::from(head_on_stack(b, NONE)) + headless_deps_on_stack(b)) as u32;
        }
        if valid[REDUCE] {
            out[REDUCE] = deps_in_buffer(s, b) as u32;
        }
        if valid[LEFT] {
            let g = gold[s as usize];
            let head_lost = g != b && buffer.contains(&g);
            out[LEFT] = (usize::from(head_lost) + deps_in_buffer(s, b)) as u32;
        }
        if valid[RIGHT] {
            let g = gold[b as usize];
            let head_lost = g != s && (g > b || head_on_stack(b, s));
            out[RIGHT] = (usize::from(head_lost) + headless_deps_on_stack(b)) as u32;
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Follow the zero-cost transitions (the first one of them) and return the heads.
    fn oracle_parse(gold: &[u32]) -> Vec<u32> {
        let mut st = State::default();
        st.reset(gold.len() - 1);
        while !st.done() {
            let costs = st.costs(gold);
            let m = (0..N_MOVES)
                .find(|&m| costs[m] == 0)
                .expect("a zero-cost move");
            st.apply(m, 1);
        }
        st.finish(2, |_, _, _| 3);
        st.heads
    }

    #[test]
    fn the_oracle_rebuilds_projective_trees() {
        let trees: [&[u32]; 4] = [
            // The troops arrived in Moscow .
            &[NONE, 2, 3, 0, 5, 3, 3],
            // BA chairman Martin Broughton said the company would cut jobs .
            &[NONE, 2, 4, 4, 5, 0, 7, 9, 9, 5, 9, 5],
            &[NONE, 0],
            // a chain to the right and one to the left
            &[NONE, 0, 1, 2, 3, 2, 1],
        ];
        for gold in trees {
            assert_eq!(&oracle_parse(gold)[1..], &gold[1..], "{gold:?}");
        }
    }

    #[test]
    fn every_state_ends_as_a_single_rooted_tree() {
        for n in [0usize, 1, 2, 7] {
            let mut st = State::default();
            st.reset(n);
            while !st.done() {
                st.apply(SHIFT, 0);
            }
            st.finish(9, |_, _, _| 1);
            assert_eq!(st.heads[1..].iter().filter(|&&h| h == 0).count(), n.min(1));
            assert!(st.heads[1..].iter().all(|&h| h != NONE));
        }
    }
}
