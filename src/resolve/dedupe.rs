//! One fact per sentence and pair: a document's facts in, the same facts with
//! repeated readings of one clause dropped out (coordination fan-out repeats
//! the unsplit fact; the clause and tree readings of one clause are one fact).

use std::collections::HashMap;

use super::Fact;

/// Keep one fact per (sentence, subject, relation, object): the most
/// confident, at the place of the first.
pub(crate) fn dedupe(facts: &mut Vec<Fact>) {
    // One fact per sentence and ordered pair: the clause and tree readings of
    // one clause (`plan to stay in` / `stay in`, `be built in` / `build in`)
    // are one fact; the most confident reading wins, the shorter on a tie.
    let mut best: HashMap<(usize, usize, &str, usize), usize> = HashMap::new();
    for (i, f) in facts.iter().enumerate() {
        let key = (f.sentence, f.subject, "", f.object);
        let slot = best.entry(key).or_insert(i);
        let (a, b) = (f, &facts[*slot]);
        if a.confidence > b.confidence
            || a.confidence == b.confidence && a.relation.len() < b.relation.len()
        {
            *slot = i;
        }
    }
    let mut first: HashMap<(usize, usize, &str, usize), usize> = HashMap::new();
    for (i, f) in facts.iter().enumerate() {
        first
            .entry((f.sentence, f.subject, "", f.object))
            .or_insert(i);
    }
    let mut keep: Vec<(usize, usize)> = best
        .iter()
        .map(|(key, &winner)| (first[key], winner))
        .collect();
    keep.sort_unstable();
    let chosen: Vec<Fact> = keep.iter().map(|&(_, w)| facts[w].clone()).collect();
    *facts = chosen;
}

#[cfg(test)]
mod tests {
    use crate::pipeline::{Segmentation, process};
    use crate::text::Document;

    /// A text and the facts that must each be there exactly once.
    type Row = (
        &'static str,
        &'static [(&'static str, &'static str, &'static str)],
    );

    #[test]
    fn coordination_fan_out_gives_each_fact_once() {
        let rows: &[Row] = &[(
            "Spain and Portugal signed an agreement with Morocco on fishing.",
            &[
                ("Spain", "sign agreement with", "Morocco"),
                ("Portugal", "sign agreement with", "Morocco"),
            ],
        )];
        for (text, want) in rows {
            let p = process(
                Document {
                    name: "test".into(),
                    text: (*text).into(),
                },
                Segmentation::Prose,
            );
            let got = crate::resolve::tests::facts(&p.facts);
            for &(s, r, o) in *want {
                let n = got
                    .iter()
                    .filter(|f| *f == &(s.into(), r.into(), o.into()))
                    .count();
                assert_eq!(n, 1, "{text}: ({s}; {r}; {o}) in {got:?}");
            }
            let mut seen = got.clone();
            seen.sort();
            seen.dedup();
            assert_eq!(seen.len(), got.len(), "{text}: duplicates in {got:?}");
        }
    }
}
