//! Coreference scores: system mentions and gold mentions (byte spans) in, the
//! match between them and link, MUC and B³ precision/recall out.
//!
//! [`match_mentions`] pairs each system mention with at most one gold mention:
//! first by exact span, then by head — the system span lies inside the gold span
//! and covers the gold mention's head word (`Kim Jong Un` inside `North Korean
//! leader Kim Jong Un`); the smallest such gold mention wins. The scores are
//! then computed over the matched mentions only ([`Scored`]: each one's gold
//! chain and system entity, in document order), so mention detection is
//! measured apart (recall and precision of the match itself). A system mention
//! left without an entity counts as a singleton.

use super::gum::GumDocument;
use crate::text::Span;

/// Precision and recall as sums, so documents add up (micro average).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Prf {
    pub p_num: f64,
    pub p_den: f64,
    pub r_num: f64,
    pub r_den: f64,
}

impl Prf {
    pub fn precision(&self) -> f64 {
        ratio(self.p_num, self.p_den)
    }

    pub fn recall(&self) -> f64 {
        ratio(self.r_num, self.r_den)
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    pub fn add(&mut self, o: Prf) {
        self.p_num += o.p_num;
        self.p_den += o.p_den;
        self.r_num += o.r_num;
        self.r_den += o.r_den;
    }
}

fn ratio(a: f64, b: f64) -> f64 {
    if b == 0.0 { 0.0 } else { a / b }
}

/// One mention found on both sides: its gold chain and its system entity
/// (`None`: the system left it alone).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scored {
    pub gold: usize,
    pub system: Option<usize>,
}

/// A gold mention as byte spans: the whole mention and its head word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GoldSpan {
    pub span: Span,
    pub head: Span,
}

/// Every gold mention of `doc` as byte spans of [`GumDocument::text`] (whose
/// sentence offsets are `offsets`), in the document's order.
pub fn gold_spans(doc: &GumDocument, offsets: &[usize]) -> Vec<GoldSpan> {
    doc.mentions
        .iter()
        .map(|m| GoldSpan {
            span: Span::new(
                doc.word_span(offsets, m.sentence, m.first).start,
                doc.word_span(offsets, m.sentence, m.last).end,
            ),
            head: doc.word_span(offsets, m.sentence, m.head),
        })
        .collect()
}

/// For each system mention, the gold mention it matches (one-to-one): exact
/// span first, then the smallest gold mention whose span contains the system
/// span and whose head word the system span covers.
pub fn match_mentions(gold: &[GoldSpan], system: &[Span]) -> Vec<Option<usize>> {
    let mut taken = vec![false; gold.len()];
    let mut out = vec![None; system.len()];
    for (s, span) in system.iter().enumerate() {
        if let Some(g) = (0..gold.len()).find(|&g| !taken[g] && gold[g].span == *span) {
            taken[g] = true;
            out[s] = Some(g);
        }
    }
    for (s, span) in system.iter().enumerate() {
        if out[s].is_some() {
            continue;
        }
        let best = (0..gold.len())
            .filter(|&g| {
                let (gs, h) = (gold[g].span, gold[g].head);
                !taken[g]
                    && gs.start <= span.start
                    && span.end <= gs.end
                    && span.start <= h.start
                    && h.end <= span.end
            })
            .min_by_key(|&g| (gold[g].span.end - gold[g].span.start, g));
        if let Some(g) = best {
            taken[g] = true;
            out[s] = Some(g);
        }
    }
    out
}

/// System ids with every `None` made a singleton of its own.
fn system_ids(items: &[Scored]) -> Vec<usize> {
    let fresh = items
        .iter()
        .filter_map(|m| m.system)
        .max()
        .map_or(0, |m| m + 1);
    items
        .iter()
        .enumerate()
        .map(|(i, m)| m.system.unwrap_or(fresh + i))
        .collect()
}

/// Pairwise links: a pair of mentions is a gold link when they share a chain,
/// a system link when they share an entity. Only pairs whose later mention
/// passes `anaphor` count, so a split by the anaphor's form adds up to the whole.
pub fn links(items: &[Scored], anaphor: impl Fn(usize) -> bool) -> Prf {
    let sys = system_ids(items);
    let mut prf = Prf::default();
    for j in (0..items.len()).filter(|&j| anaphor(j)) {
        for i in 0..j {
            let g = items[i].gold == items[j].gold;
            let s = sys[i] == sys[j];
            prf.p_den += f64::from(u8::from(s));
            prf.r_den += f64::from(u8::from(g));
            let both = f64::from(u8::from(g && s));
            prf.p_num += both;
            prf.r_num += both;
        }
    }
    prf
}

/// MUC (Vilain et al. 1995): recall is Σ(|K| − |partitions of K by the
/// response|) / Σ(|K| − 1) over gold chains K; precision the same with the sides
/// swapped.
pub fn muc(items: &[Scored]) -> Prf {
    let gold: Vec<usize> = items.iter().map(|m| m.gold).collect();
    let sys = system_ids(items);
    let (r_num, r_den) = muc_side(&gold, &sys);
    let (p_num, p_den) = muc_side(&sys, &gold);
    Prf {
        p_num,
        p_den,
        r_num,
        r_den,
    }
}

fn muc_side(key: &[usize], response: &[usize]) -> (f64, f64) {
    let mut groups: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
    for (i, &k) in key.iter().enumerate() {
        groups.entry(k).or_default().push(response[i]);
    }
    let (mut num, mut den) = (0.0, 0.0);
    for resp in groups.values_mut() {
        let size = resp.len() as f64;
        resp.sort_unstable();
        resp.dedup();
        num += size - resp.len() as f64;
        den += size - 1.0;
    }
    (num, den)
}

/// B³ (Bagga and Baldwin 1998) over the mentions that pass `keep`: each one's
/// precision is |K ∩ R| / |R| and recall |K ∩ R| / |K| (K its gold chain, R its
/// system entity, both over all matched mentions); the sums are averaged over
/// the kept mentions.
pub fn b_cubed(items: &[Scored], keep: impl Fn(usize) -> bool) -> Prf {
    let sys = system_ids(items);
    let mut prf = Prf::default();
    for i in (0..items.len()).filter(|&i| keep(i)) {
        let (mut k, mut r, mut both) = (0.0, 0.0, 0.0);
        for j in 0..items.len() {
            let g = items[j].gold == items[i].gold;
            let s = sys[j] == sys[i];
            k += f64::from(u8::from(g));
            r += f64::from(u8::from(s));
            both += f64::from(u8::from(g && s));
        }
        prf.p_num += both / r;
        prf.r_num += both / k;
        prf.p_den += 1.0;
        prf.r_den += 1.0;
    }
    prf
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Gold chains {a b c} {d e}; system {a b} {c d}, e alone.
    fn example() -> Vec<Scored> {
        [
            (0, Some(0)),
            (0, Some(0)),
            (0, Some(1)),
            (1, Some(1)),
            (1, None),
        ]
        .into_iter()
        .map(|(gold, system)| Scored { gold, system })
        .collect()
    }

    fn close(got: f64, want: f64) -> bool {
        (got - want).abs() < 1e-9
    }

    #[test]
    fn scores_of_a_hand_made_example() {
        let items = example();
        // (name, scores, precision, recall), worked out by hand:
        // links: gold ab ac bc de, system ab cd → P 1/2, R 1/4;
        // MUC: R = ((3−2) + (2−2)) / (2 + 1) = 1/3, P = ((2−1) + (2−2) + 0) / (1 + 1 + 0) = 1/2;
        // B³: P = (1 + 1 + 1/2 + 1/2 + 1) / 5, R = (2/3 + 2/3 + 1/3 + 1/2 + 1/2) / 5.
        let cases = [
            ("links", links(&items, |_| true), 0.5, 0.25),
            ("muc", muc(&items), 0.5, 1.0 / 3.0),
            ("b3", b_cubed(&items, |_| true), 0.8, 8.0 / 15.0),
            // Only pairs whose later mention is c (index 2): gold ac bc, system none.
            ("links of c", links(&items, |i| i == 2), 0.0, 0.0),
            // B³ of d and e alone: P (1/2 + 1) / 2, R (1/2 + 1/2) / 2.
            ("b3 of d e", b_cubed(&items, |i| i >= 3), 0.75, 0.5),
        ];
        for (name, prf, p, r) in cases {
            assert!(
                close(prf.precision(), p) && close(prf.recall(), r),
                "{name}: {prf:?}"
            );
        }
        let c = links(&items, |i| i == 2);
        assert_eq!((c.p_den, c.r_den), (0.0, 2.0));
        assert!(close(muc(&items).f1(), 2.0 * 0.5 / 3.0 / (0.5 + 1.0 / 3.0)));
    }

    #[test]
    fn perfect_and_all_singleton_responses() {
        let gold = [0, 0, 1, 0];
        let perfect: Vec<Scored> = gold
            .iter()
            .map(|&g| Scored {
                gold: g,
                system: Some(g + 7),
            })
            .collect();
        let alone: Vec<Scored> = gold
            .iter()
            .map(|&g| Scored {
                gold: g,
                system: None,
            })
            .collect();
        for prf in [
            links(&perfect, |_| true),
            muc(&perfect),
            b_cubed(&perfect, |_| true),
        ] {
            assert!(close(prf.f1(), 1.0), "{prf:?}");
        }
        assert_eq!(muc(&alone).recall(), 0.0);
        assert_eq!(links(&alone, |_| true).p_den, 0.0);
        assert!(close(b_cubed(&alone, |_| true).precision(), 1.0));
        assert!(close(
            b_cubed(&alone, |_| true).recall(),
            (1.0 / 3.0 * 3.0 + 1.0) / 4.0
        ));
    }

    #[test]
    fn system_mentions_match_gold_by_span_then_head() {
        let g = |s: usize, e: usize, hs: usize, he: usize| GoldSpan {
            span: Span::new(s, e),
            head: Span::new(hs, he),
        };
        // `North Korean leader Kim Jong Un met the company's boss`:
        // whole name 0..31 (head `Kim` 20..23), `North Korean` 0..12,
        // `the company's boss` 36..54 (head `boss` 50..54), `the company` 36..47.
        let gold = [
            g(0, 31, 20, 23),
            g(0, 12, 0, 12),
            g(36, 54, 50, 54),
            g(36, 47, 40, 47),
        ];
        // (system spans, the gold mention each matches).
        type Case = (&'static [(usize, usize)], &'static [Option<usize>]);
        let cases: &[Case] = &[
            (&[(20, 31)], &[Some(0)]),
            (&[(0, 12), (20, 31)], &[Some(1), Some(0)]),
            (&[(0, 31), (0, 31)], &[Some(0), None]),
            (&[(36, 47)], &[Some(3)]),
            (&[(40, 54)], &[Some(2)]),
            (&[(24, 31)], &[None]),
            (&[(0, 5)], &[None]),
        ];
        for (system, want) in cases {
            let spans: Vec<Span> = system.iter().map(|&(s, e)| Span::new(s, e)).collect();
            assert_eq!(match_mentions(&gold, &spans), *want, "{system:?}");
        }
    }
}
