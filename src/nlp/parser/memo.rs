//! A per-sentence memo of the parser's role scores: a sentence's tokens in, for
//! each token and role (the head, grand-head or a dependent of the stack's top, a
//! dependent of the buffer's first word, the stack's second word), the summed
//! transition scores of the features that read that token alone out, each looked
//! up on its first use and kept until the next sentence.
//!
//! A token fills the same role in many configurations, and these features have
//! the same keys, hence the same weights, every time.

use super::features::{self, N_ROLES, Token};
use super::state::N_MOVES;
use super::weights::MoveTable;

/// The memo of one sentence (the buffers are reused from sentence to sentence).
#[derive(Debug, Default)]
pub(super) struct Memo {
    /// The summed transition scores of each token's role features.
    roles: Vec<[[i32; N_MOVES]; N_ROLES]>,
    /// Which roles of each token are in `roles` (bit `r` for role `r`).
    known: Vec<u16>,
}

impl Memo {
    /// Forget everything and make room for a sentence of `n` tokens.
    pub(super) fn reset(&mut self, n: usize) {
        self.roles.clear();
        self.roles.resize(n, [[0; N_MOVES]; N_ROLES]);
        self.known.clear();
        self.known.resize(n, 0);
    }

    /// The summed scores of role `r`'s features for token `i` of `toks`.
    #[inline]
    pub(super) fn role(
        &mut self,
        moves: &MoveTable,
        toks: &[Token],
        i: usize,
        r: usize,
    ) -> &[i32; N_MOVES] {
        if self.known[i] >> r & 1 == 0 {
            self.known[i] |= 1 << r;
            let mut s = [0i32; N_MOVES];
            match features::role_keys(&toks[i], r) {
                [k, 0] => moves.score(&[k], &mut s),
                ks => moves.score(&ks, &mut s),
            }
            self.roles[i][r] = s;
        }
        &self.roles[i][r]
    }
}
