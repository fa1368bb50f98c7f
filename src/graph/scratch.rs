//! Traversal scratch space: a graph's node count in, a per-node table of small
//! values out, cleared in O(1) between traversals.
//!
//! A breadth-first search needs "seen, and at what distance" per node. A hash
//! map costs a hash and a probe per edge scanned; a fresh dense array costs
//! O(V) to allocate and clear, which on a million-edge graph is more than a
//! whole small query. [`Marks`] keeps one dense array per thread and an epoch
//! number: a slot counts only if it carries the current epoch, so starting a
//! new traversal is one increment (the array is wiped only when the 32-bit
//! epoch wraps). [`with_marks`] lends tables from a small per-thread pool, so
//! nested traversals (both ends of a bidirectional search) get separate ones.

use std::cell::RefCell;

use petgraph::stable_graph::NodeIndex;

/// Per-node `u32` values valid for the current epoch only.
#[derive(Debug, Default)]
pub struct Marks {
    /// Per node slot: epoch in the high 32 bits, value in the low 32 bits.
    slots: Vec<u64>,
    epoch: u32,
}

impl Marks {
    /// Forget every value and make room for node indices below `bound`.
    fn reset(&mut self, bound: usize) {
        if self.slots.len() < bound {
            // Zeroed memory comes from the allocator's fresh pages: cheap even
            // when large, and epoch 0 is never current.
            self.slots = vec![0; bound];
            self.epoch = 0;
        }
        self.epoch = self.epoch.wrapping_add(1);
        if self.epoch == 0 {
            self.slots.fill(0);
            self.epoch = 1;
        }
    }

    /// The value stored for `n` in this traversal, if any.
    #[inline]
    pub fn get(&self, n: NodeIndex) -> Option<u32> {
        let slot = self.slots[n.index()];
        ((slot >> 32) as u32 == self.epoch).then_some(slot as u32)
    }

    /// Store `value` for `n`.
    #[inline]
    pub fn set(&mut self, n: NodeIndex, value: u32) {
        self.slots[n.index()] = (u64::from(self.epoch) << 32) | u64::from(value);
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
        with_marks(10, |a| {
            a.set(n(3), 7);
            assert_eq!(a.get(n(3)), Some(7));
            assert_eq!(a.get(n(4)), None);
            with_marks(10, |b| {
                assert_eq!(b.get(n(3)), None);
                b.set(n(3), 1);
            });
            assert_eq!(a.get(n(3)), Some(7));
        });
        // A later traversal, even on a larger graph, starts empty.
        with_marks(20, |a| {
            assert!((0..20).all(|i| a.get(n(i)).is_none()));
            a.set(n(19), u32::MAX);
            assert_eq!(a.get(n(19)), Some(u32::MAX));
        });
        with_marks(20, |a| assert_eq!(a.get(n(19)), None));
    }

    #[test]
    fn an_epoch_wrap_clears_old_values() {
        let mut m = Marks::default();
        m.reset(4);
        m.set(NodeIndex::new(1), 5);
        m.epoch = u32::MAX;
        m.set(NodeIndex::new(2), 6);
        m.reset(4);
        assert_eq!(m.epoch, 1);
        assert!((0..4).all(|i| m.get(NodeIndex::new(i)).is_none()));
    }
}
