//! Traversal scratch space: a graph's node count in, a per-node table of two
//! small values out, cleared in O(1) between traversals.
//!
//! A breadth-first search needs "seen, and at what distance" per node. A hash
//! map costs a hash and a probe per edge scanned; a fresh dense array costs
//! O(V) to allocate and clear, which on a million-edge graph is more than a
//! whole small query. [`Marks`] keeps one dense array per thread and an epoch
//! number: a slot counts only if it carries the current epoch, so starting a
//! new traversal is one increment (the array is wiped only when the 32-bit
//! epoch wraps). Each node has two values, side by side, so that a
//! bidirectional search reads what both of its sides know of a node in one
//! memory access. [`with_marks`] lends tables from a small per-thread pool, so
//! nested traversals get separate ones.

use std::cell::RefCell;

use petgraph::stable_graph::NodeIndex;

/// Two per-node `u32` values (`a` and `b`), valid for the current epoch only.
#[derive(Debug, Default)]
pub struct Marks {
    /// Per node slot: the epoch it was written in, value `a`, value `b`
    /// (`UNSET` when not given in that epoch).
    slots: Vec<[u32; 3]>,
    epoch: u32,
    /// Spare lists for a traversal to take (`std::mem::take`) and give back,
    /// so that their allocations are reused from one traversal to the next.
    pub spare_pairs: Vec<(NodeIndex, u32)>,
    pub spare_nodes: Vec<NodeIndex>,
    pub spare_offsets: Vec<usize>,
}

/// A value not given (values must be below it).
const UNSET: u32 = u32::MAX;

impl Marks {
    /// Forget every value and make room for node indices below `bound`.
    fn reset(&mut self, bound: usize) {
        if self.slots.len() < bound {
            // Zeroed memory comes from the allocator's fresh pages: cheap even
            // when large, and epoch 0 is never current.
            self.slots = vec![[0; 3]; bound];
            self.epoch = 0;
        }
        self.epoch = self.epoch.wrapping_add(1);
        if self.epoch == 0 {
            self.slots.fill([0; 3]);
            self.epoch = 1;
        }
    }

    /// Both values of `n`, `None` where not set in this traversal.
    #[inline]
    pub fn get(&self, n: NodeIndex) -> (Option<u32>, Option<u32>) {
        let [epoch, a, b] = self.slots[n.index()];
        if epoch != self.epoch {
            return (None, None);
        }
        ((a != UNSET).then_some(a), (b != UNSET).then_some(b))
    }

    /// Value `a` of `n`.
    #[inline]
    pub fn a(&self, n: NodeIndex) -> Option<u32> {
        self.get(n).0
    }

    /// Value `b` of `n`.
    #[inline]
    pub fn b(&self, n: NodeIndex) -> Option<u32> {
        self.get(n).1
    }

    #[inline]
    fn slot(&mut self, n: NodeIndex) -> &mut [u32; 3] {
        let epoch = self.epoch;
        let slot = &mut self.slots[n.index()];
        if slot[0] != epoch {
            *slot = [epoch, UNSET, UNSET];
        }
        slot
    }

    /// Set value `a` of `n` (below `u32::MAX`).
    #[inline]
    pub fn set_a(&mut self, n: NodeIndex, value: u32) {
        debug_assert!(value != UNSET);
        self.slot(n)[1] = value;
    }

    /// Set value `b` of `n` (below `u32::MAX`).
    #[inline]
    pub fn set_b(&mut self, n: NodeIndex, value: u32) {
        debug_assert!(value != UNSET);
        self.slot(n)[2] = value;
    }
}

thread_local! {
    static POOL: RefCell<Vec<Marks>> = const { RefCell::new(Vec::new()) };
}

/// Run `f` with an empty [`Marks`] table for node indices below `bound`.
pub fn with_marks<R>(bound: usize, f: impl FnOnce(&mut Marks) -> R) -> R {
    let mut marks = POOL.with(|p| p.borrow_mut().pop()).unwrap_or_default();
    marks.reset(bound);
    let result = f(&mut marks);
    POOL.with(|p| p.borrow_mut().push(marks));
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_last_for_one_traversal_and_nested_tables_are_separate() {
        let n = |i| NodeIndex::new(i);
        with_marks(10, |m| {
            m.set_a(n(3), 7);
            assert_eq!(m.get(n(3)), (Some(7), None));
            m.set_b(n(3), 0);
            assert_eq!(m.get(n(3)), (Some(7), Some(0)));
            m.set_b(n(4), 2);
            assert_eq!((m.a(n(4)), m.b(n(4))), (None, Some(2)));
            assert_eq!(m.get(n(5)), (None, None));
            with_marks(10, |other| {
                assert_eq!(other.get(n(3)), (None, None));
                other.set_a(n(3), 1);
            });
            assert_eq!(m.a(n(3)), Some(7));
        });
        // A later traversal, even on a larger graph, starts empty.
        with_marks(20, |m| {
            assert!((0..20).all(|i| m.get(n(i)) == (None, None)));
            m.set_a(n(19), u32::MAX - 1);
            assert_eq!(m.a(n(19)), Some(u32::MAX - 1));
        });
        with_marks(20, |m| assert_eq!(m.a(n(19)), None));
    }

    #[test]
    fn an_epoch_wrap_clears_old_values() {
        let mut m = Marks::default();
        m.reset(4);
        m.set_a(NodeIndex::new(1), 5);
        m.epoch = u32::MAX;
        m.set_b(NodeIndex::new(2), 6);
        m.reset(4);
        assert_eq!(m.epoch, 1);
        assert!((0..4).all(|i| m.get(NodeIndex::new(i)) == (None, None)));
    }
}
