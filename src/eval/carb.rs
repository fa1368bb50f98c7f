//! CaRB Open IE scorer: a system's tab-separated extractions and the CaRB gold
//! file in, precision / recall / best F1 / AUC out.
//!
//! A faithful reimplementation of the official scorer (`carb.py` and
//! `matcher.py` of dair-iitd/CaRB, default matching function
//! `binary_linient_tuple_match`, no `--binary` flag):
//!
//! * **Reading.** Gold lines are `sentence \t relation \t arg1 [\t argN …]`;
//!   every field is trimmed and an argument containing `C: ` (a context) is dropped;
//!   `T:`/`L:` arguments stay as they are. System lines are
//!   `sentence \t confidence \t relation \t arg1 [\t argN …]`. Each line is trimmed
//!   first, so an empty last field disappears, as in Python's `line.strip()`.
//!   Blank lines are skipped.
//! * **Sentences** are matched by a key: the text without spaces, PTB bracket
//!   escapes (`-LRB-` …) and ASCII punctuation. System sentences that are not in
//!   the gold file are not scored, but their confidences still become thresholds.
//! * **Matching** a gold tuple with a system tuple: arguments beyond the second
//!   are joined to the second. Words are whitespace-separated and case-sensitive,
//!   no stop words are removed. The relations must share a word (multiset
//!   overlap; a system `be` also matches a gold `is`/`was`/…), else the score
//!   is (0, 0); a system tuple with fewer arguments than the gold one (up to
//!   two) scores (0, 0). Precision is matched words over system words, recall
//!   matched words over gold words, summed over relation and arguments. When the
//!   gold relation contains `said`/`told`/`added`/`adds`/`says`, the system's
//!   arguments are also tried swapped, and the larger (precision, recall) pair wins.
//! * **Aggregation**, for every distinct system confidence `t` as a threshold,
//!   over the system tuples with confidence ≥ `t`: recall sums, per gold tuple,
//!   the best recall over system tuples of its sentence, divided by the number of
//!   gold tuples; precision greedily pairs gold and system tuples (highest
//!   precision first, each used once) and divides the summed precision by the
//!   number of system tuples. The reported point is the threshold with the best F1;
//!   AUC is the trapezoid area under the precision–recall points plus (recall 0,
//!   precision 1).
//!
//! Checked against a line-by-line transcription of the official Python on
//! randomly perturbed copies of the dev gold: the same precision, recall, F1 and
//! AUC to 12 decimal places. The dev gold scored against itself (confidence 1)
//! gives F1 0.9996: one tuple whose empty last argument disappears when its line
//! is trimmed, as it would for the official scorer.
//!
//! How to run (prints precision, recall, F1, threshold and AUC):
//!
//! ```text
//! kg extract --sentence-per-line --format carb dev.txt > system.tsv
//! cargo run --release --example carb -- system.tsv dev-gold.tsv
//! ```
//!
//! `--curve PR.tsv` also writes the precision–recall curve and `--explain
//! REPORT.txt` a per-sentence report of the best matches at the chosen threshold
//! (from [`explain`]), with `MISS`/`WRONG` marking unmatched gold/system tuples.

use std::collections::HashMap;
use std::fmt;

use thiserror::Error;

/// The result of scoring a system file against a gold file.
#[derive(Debug, Clone, PartialEq)]
pub struct CarbScore {
    /// Best F1 over all confidence thresholds.
    pub f1: f64,
    /// Precision at the best-F1 threshold.
    pub precision: f64,
    /// Recall at the best-F1 threshold.
    pub recall: f64,
    /// The confidence threshold of the best F1.
    pub threshold: f64,
    /// Area under the precision–recall curve.
    pub auc: f64,
    /// Extractions read from the system file.
    pub system_tuples: usize,
    /// Extractions read from the gold file.
    pub gold_tuples: usize,
    /// Gold sentences scored.
    pub sentences: usize,
    /// System sentences with no gold counterpart (not scored).
    pub unmatched_system_sentences: usize,
    /// One point per threshold, ascending by threshold.
    pub curve: Vec<PrPoint>,
}

/// Precision and recall over the system tuples with confidence ≥ `threshold`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PrPoint {
    pub threshold: f64,
    pub precision: f64,
    pub recall: f64,
}

/// Which input a [`CarbError`] is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    System,
    Gold,
}

impl fmt::Display for Input {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Input::System => "system file",
            Input::Gold => "gold file",
        })
    }
}

/// A malformed line in one of the inputs (lines count from 1).
#[derive(Debug, Error, PartialEq)]
pub enum CarbError {
    #[error(
        "{input}, line {line}: expected at least {expected} tab-separated fields, found {found}"
    )]
    TooFewFields {
        input: Input,
        line: usize,
        expected: usize,
        found: usize,
    },
    #[error("{input}, line {line}: confidence {value:?} is not a number")]
    BadConfidence {
        input: Input,
        line: usize,
        value: String,
    },
}

/// One extraction: the raw relation, its words, and its arguments' words with
/// arguments beyond the second joined to the second.
struct Tuple<'a> {
    sentence: &'a str,
    relation: &'a str,
    rel: Vec<&'a str>,
    /// Arguments as read (words each); at most 2 after binarisation.
    args: Vec<Vec<&'a str>>,
    confidence: f64,
}

impl<'a> Tuple<'a> {
    fn new(sentence: &'a str, relation: &'a str, args: &[&'a str], confidence: f64) -> Self {
        let mut bin: Vec<Vec<&str>> = Vec::with_capacity(2);
        if let Some(first) = args.first() {
            bin.push(first.split_whitespace().collect());
        }
        if args.len() >= 2 {
            bin.push(
                args[1..]
                    .iter()
                    .flat_map(|a| a.split_whitespace())
                    .collect(),
            );
        }
        Tuple {
            sentence,
            relation,
            rel: relation.split_whitespace().collect(),
            args: bin,
            confidence,
        }
    }
}

/// Sentences in first-appearance order, each with its tuples in file order.
type Grouped<'a> = Vec<(&'a str, Vec<Tuple<'a>>)>;

/// Score `system` (CaRB system format) against `gold` (CaRB gold format).
pub fn score(system: &str, gold: &str) -> Result<CarbScore, CarbError> {
    let gold_raw = read_gold(gold)?;
    let system_raw = read_system(system)?;
    let gold_tuples = gold_raw.iter().map(|(_, t)| t.len()).sum();
    let system_tuples = system_raw.iter().map(|(_, t)| t.len()).sum();

    let gold_by_key = by_key(gold_raw);
    let system_by_key = by_key(system_raw);
    // Thresholds: every distinct confidence of the (key-deduplicated) system tuples.
    let mut thresholds: Vec<f64> = system_by_key
        .values()
        .flat_map(|(_, ts)| ts.iter().map(|t| t.confidence))
        .collect();
    thresholds.sort_by(f64::total_cmp);
    thresholds.dedup();
    let unmatched_system_sentences = system_by_key
        .keys()
        .filter(|k| !gold_by_key.contains_key(*k))
        .count();

    let n = thresholds.len();
    let mut acc = Accumulator {
        p: vec![0.0; n],
        pl: vec![0.0; n],
        r: vec![0.0; n],
        rl: vec![0.0; n],
    };
    let mut keys: Vec<&String> = gold_by_key.keys().collect();
    keys.sort_by_key(|k| gold_by_key[*k].0);
    for key in &keys {
        let golds = &gold_by_key[*key].1;
        let preds: &[Tuple] = system_by_key.get(*key).map_or(&[], |(_, p)| p.as_slice());
        score_sentence(golds, preds, &thresholds, &mut acc);
    }

    let curve: Vec<PrPoint> = (0..n)
        .map(|c| PrPoint {
            threshold: thresholds[c],
            precision: if acc.pl[c] > 0.0 {
                acc.p[c] / acc.pl[c]
            } else {
                1.0
            },
            recall: if acc.rl[c] > 0.0 {
                acc.r[c] / acc.rl[c]
            } else {
                0.0
            },
        })
        .collect();
    let mut best: Option<(f64, &PrPoint)> = None;
    for point in &curve {
        let f = f1(point.precision, point.recall);
        if best.is_none_or(|(b, _)| f > b) {
            best = Some((f, point));
        }
    }
    let (f1, precision, recall, threshold, auc) = match best {
        Some((f, p)) => (f, p.precision, p.recall, p.threshold, auc(&curve)),
        None => (0.0, 0.0, 0.0, 0.0, 0.0),
    };
    Ok(CarbScore {
        f1,
        precision,
        recall,
        threshold,
        auc,
        system_tuples,
        gold_tuples,
        sentences: keys.len(),
        unmatched_system_sentences,
        curve,
    })
}

/// One tuple of an [`explain`] report and its best counterpart.
#[derive(Debug, Clone, PartialEq)]
pub struct TupleReport {
    /// The binarised tuple as `relation | arg1 | arg2`.
    pub tuple: String,
    /// The system's confidence (1 for gold tuples).
    pub confidence: f64,
    /// Precision and recall of the best pair this tuple is part of: for a gold
    /// tuple the system tuple with the highest recall, for a system tuple the
    /// gold tuple with the highest precision (0 and 0 when there is none).
    pub precision: f64,
    pub recall: f64,
}

/// How one gold sentence fares at a threshold, for reading a system's errors.
#[derive(Debug, Clone, PartialEq)]
pub struct SentenceReport {
    pub sentence: String,
    pub gold: Vec<TupleReport>,
    /// The system tuples with confidence ≥ the threshold.
    pub system: Vec<TupleReport>,
}

/// Per gold sentence (in gold order), each gold tuple's best system match and
/// each system tuple's best gold match, counting system tuples with confidence
/// ≥ `threshold` (use [`CarbScore::threshold`] for the reported point).
pub fn explain(system: &str, gold: &str, threshold: f64) -> Result<Vec<SentenceReport>, CarbError> {
    let gold_by_key = by_key(read_gold(gold)?);
    let system_by_key = by_key(read_system(system)?);
    let mut keys: Vec<&String> = gold_by_key.keys().collect();
    keys.sort_by_key(|k| gold_by_key[*k].0);
    let show = |t: &Tuple| {
        let mut parts = vec![t.rel.join(" ")];
        parts.extend(t.args.iter().map(|a| a.join(" ")));
        parts.join(" | ")
    };
    let best = |pairs: &mut dyn Iterator<Item = (f64, f64)>, by_recall: bool| {
        pairs.fold((0.0, 0.0), |b: (f64, f64), p| {
            let (key, best_key) = if by_recall { (p.1, b.1) } else { (p.0, b.0) };
            if key > best_key { p } else { b }
        })
    };
    let mut out = Vec::with_capacity(keys.len());
    for key in keys {
        let (_, golds) = &gold_by_key[key];
        let preds: Vec<&Tuple> = system_by_key
            .get(key)
            .map_or(&[][..], |(_, p)| p.as_slice())
            .iter()
            .filter(|p| p.confidence >= threshold)
            .collect();
        let gold_reports = golds
            .iter()
            .map(|g| {
                let (precision, recall) =
                    best(&mut preds.iter().map(|p| binary_lenient_match(g, p)), true);
                TupleReport {
                    tuple: show(g),
                    confidence: 1.0,
                    precision,
                    recall,
                }
            })
            .collect();
        let system_reports = preds
            .iter()
            .map(|p| {
                let (precision, recall) =
                    best(&mut golds.iter().map(|g| binary_lenient_match(g, p)), false);
                TupleReport {
                    tuple: show(p),
                    confidence: p.confidence,
                    precision,
                    recall,
                }
            })
            .collect();
        out.push(SentenceReport {
            sentence: golds
                .first()
                .map_or(String::new(), |g| g.sentence.to_string()),
            gold: gold_reports,
            system: system_reports,
        });
    }
    Ok(out)
}

/// Per-threshold sums: precision numerator/denominator, recall numerator/denominator.
struct Accumulator {
    p: Vec<f64>,
    pl: Vec<f64>,
    r: Vec<f64>,
    rl: Vec<f64>,
}

/// Add one gold sentence's contribution at every threshold.
fn score_sentence(golds: &[Tuple], preds: &[Tuple], thresholds: &[f64], acc: &mut Accumulator) {
    let scores: Vec<Vec<(f64, f64)>> = golds
        .iter()
        .map(|g| preds.iter().map(|p| binary_lenient_match(g, p)).collect())
        .collect();
    let mut confs: Vec<f64> = preds.iter().map(|p| p.confidence).collect();
    confs.sort_by(f64::total_cmp);
    let n_gold = golds.len() as f64;
    let mut prev = 0;
    let mut ext = Vec::with_capacity(preds.len());
    for conf in confs {
        let c = thresholds
            .binary_search_by(|t| t.total_cmp(&conf))
            .expect("every confidence is a threshold");
        if c < prev {
            continue; // a repeated confidence: its range is already done
        }
        ext.clear();
        ext.extend((0..preds.len()).filter(|&j| preds[j].confidence >= conf));
        let recall: f64 = scores
            .iter()
            .map(|row| ext.iter().map(|&j| row[j].1).fold(0.0, f64::max))
            .sum();
        let precision = greedy_precision(&scores, &ext);
        for k in prev..=c {
            acc.p[k] += precision;
            acc.pl[k] += ext.len() as f64;
            acc.r[k] += recall;
            acc.rl[k] += n_gold;
        }
        prev = c + 1;
    }
    for k in prev..thresholds.len() {
        acc.rl[k] += n_gold;
    }
}

/// Pair gold rows and system columns one at a time, always the highest
/// remaining precision (first in row-major order on ties), and sum the precisions.
fn greedy_precision(scores: &[Vec<(f64, f64)>], ext: &[usize]) -> f64 {
    let mut rows = vec![false; scores.len()];
    let mut cols = vec![false; ext.len()];
    let mut total = 0.0;
    for _ in 0..scores.len().min(ext.len()) {
        let mut best = (-1.0, 0, 0);
        for (i, row) in scores.iter().enumerate() {
            if rows[i] {
                continue;
            }
            for (k, &j) in ext.iter().enumerate() {
                if !cols[k] && row[j].0 > best.0 {
                    best = (row[j].0, i, k);
                }
            }
        }
        rows[best.1] = true;
        cols[best.2] = true;
        total += best.0;
    }
    total
}

/// Relations whose gold tuples may be matched with the system's arguments swapped.
const SAID_TYPE: &[&str] = &["said", "told", "added", "adds", "says"];

/// `binary_linient_tuple_match`: (precision, recall) of system tuple `ex` against gold `gold`.
fn binary_lenient_match(gold: &Tuple, ex: &Tuple) -> (f64, f64) {
    let straight = lenient_match(gold, &ex.rel, &ex.args);
    // Substring test on the raw gold relation, as the official scorer does.
    if !SAID_TYPE.iter().any(|v| gold.relation.contains(v)) || ex.args.len() < 2 {
        return straight;
    }
    let swapped = [ex.args[1].clone(), ex.args[0].clone()];
    let reverse = lenient_match(gold, &ex.rel, &swapped);
    // Python's max() over [precision, recall] lists: lexicographic.
    if reverse.0 > straight.0 || (reverse.0 == straight.0 && reverse.1 > straight.1) {
        reverse
    } else {
        straight
    }
}

const FORMS_OF_BE: &[&str] = &["be", "is", "am", "are", "was", "were", "been", "being"];

/// `linient_tuple_match` on binarised tuples.
fn lenient_match(gold: &Tuple, ex_rel: &[&str], ex_args: &[Vec<&str>]) -> (f64, f64) {
    let mut used = Vec::new();
    let mut matched = overlap(&gold.rel, ex_rel, &mut used);
    let be_left = ex_rel.iter().zip(&used).any(|(w, u)| !u && *w == "be");
    if be_left && gold.rel.iter().any(|w| FORMS_OF_BE.contains(w)) {
        matched += 1;
    }
    if matched == 0 {
        return (0.0, 0.0);
    }
    let (mut p_num, mut p_den) = (matched, ex_rel.len());
    let (mut r_num, mut r_den) = (matched, gold.rel.len());
    for (i, g) in gold.args.iter().enumerate() {
        r_den += g.len();
        let Some(e) = ex_args.get(i) else {
            return (0.0, 0.0); // i < 2 always holds for binarised tuples
        };
        p_den += e.len();
        let m = overlap(g, e, &mut used);
        p_num += m;
        r_num += m;
    }
    let ratio = |num: usize, den: usize| {
        if den == 0 {
            0.0
        } else {
            num as f64 / den as f64
        }
    };
    (ratio(p_num, p_den), ratio(r_num, r_den))
}

/// Size of the multiset intersection of `gold` and `pred`; `used` marks the
/// `pred` words consumed.
fn overlap(gold: &[&str], pred: &[&str], used: &mut Vec<bool>) -> usize {
    used.clear();
    used.resize(pred.len(), false);
    let mut n = 0;
    for g in gold {
        if let Some(k) = (0..pred.len()).find(|&k| !used[k] && pred[k] == *g) {
            used[k] = true;
            n += 1;
        }
    }
    n
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// sklearn's `auc` over the curve's (recall, precision) points plus (0, 1):
/// trapezoids, sign-corrected for decreasing recall.
fn auc(curve: &[PrPoint]) -> f64 {
    let mut pts: Vec<(f64, f64)> = curve.iter().map(|p| (p.recall, p.precision)).collect();
    pts.push((0.0, 1.0));
    let decreasing = pts.windows(2).any(|w| w[1].0 < w[0].0);
    let area: f64 = pts
        .windows(2)
        .map(|w| (w[1].0 - w[0].0) * (w[0].1 + w[1].1) / 2.0)
        .sum();
    if decreasing { -area } else { area }
}

/// The sentence key: no spaces, no PTB bracket escapes, no ASCII punctuation.
fn normalize_key(sentence: &str) -> String {
    let mut s = sentence.replace(' ', "");
    for esc in ["-LRB-", "-RRB-", "-LSB-", "-RSB-", "-LCB-", "-RCB-"] {
        if s.contains(esc) {
            s = s.replace(esc, "");
        }
    }
    s.retain(|c| !c.is_ascii_punctuation());
    s
}

/// Group by sentence key; when two raw sentences share a key, the later one's
/// tuples replace the earlier's (Python dict semantics). Values carry the
/// first-appearance rank of the key.
fn by_key(grouped: Grouped<'_>) -> HashMap<String, (usize, Vec<Tuple<'_>>)> {
    let mut map: HashMap<String, (usize, Vec<Tuple>)> = HashMap::new();
    for (rank, (sentence, tuples)) in grouped.into_iter().enumerate() {
        let key = normalize_key(sentence);
        match map.get_mut(&key) {
            Some(slot) => slot.1 = tuples,
            None => {
                map.insert(key, (rank, tuples));
            }
        }
    }
    map
}

/// Add `tuple` under `sentence`, keeping sentences in first-appearance order.
fn push_grouped<'a>(
    out: &mut Grouped<'a>,
    index: &mut HashMap<&'a str, usize>,
    sentence: &'a str,
    tuple: Tuple<'a>,
) {
    let k = *index.entry(sentence).or_insert_with(|| {
        out.push((sentence, Vec::new()));
        out.len() - 1
    });
    out[k].1.push(tuple);
}

fn read_gold(text: &str) -> Result<Grouped<'_>, CarbError> {
    let mut out = Vec::new();
    let mut index = HashMap::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        if fields.len() < 2 {
            return Err(CarbError::TooFewFields {
                input: Input::Gold,
                line: n + 1,
                expected: 2,
                found: fields.len(),
            });
        }
        let args: Vec<&str> = fields[2..]
            .iter()
            .filter(|a| !a.contains("C: "))
            .map(|a| a.trim())
            .collect();
        let tuple = Tuple::new(fields[0].trim(), fields[1].trim(), &args, 1.0);
        push_grouped(&mut out, &mut index, fields[0].trim(), tuple);
    }
    Ok(out)
}

fn read_system(text: &str) -> Result<Grouped<'_>, CarbError> {
    let mut out = Vec::new();
    let mut index = HashMap::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        if fields.len() < 3 {
            return Err(CarbError::TooFewFields {
                input: Input::System,
                line: n + 1,
                expected: 3,
                found: fields.len(),
            });
        }
        let confidence = fields[1]
            .trim()
            .parse::<f64>()
            .ok()
            .filter(|c| !c.is_nan())
            .ok_or_else(|| CarbError::BadConfidence {
                input: Input::System,
                line: n + 1,
                value: fields[1].to_string(),
            })?;
        let tuple = Tuple::new(fields[0], fields[2], &fields[3..], confidence);
        push_grouped(&mut out, &mut index, fields[0], tuple);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const S: &str = "Kim met Putin in Beijing .";

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    /// (name, system, gold, precision, recall, f1, threshold, auc)
    #[test]
    fn hand_computed_scores() {
        let cases: &[(&str, String, String, [f64; 5])] = &[
            (
                "exact match",
                format!("{S}\t0.8\tmet\tKim\tPutin\n"),
                format!("{S}\tmet\tKim\tPutin\n"),
                [1.0, 1.0, 1.0, 0.8, 1.0],
            ),
            (
                // rel 1/1, arg1 1 of 3 gold words, arg2 1/1: P = 3/3, R = 3/5.
                "partial overlap",
                format!("{S}\t0.9\tmet\tKim\tPutin\n"),
                format!("{S}\tmet\tKim Jong Un\tPutin\n"),
                [1.0, 0.6, 0.75, 0.9, 0.6],
            ),
            (
                "no relation overlap scores nothing",
                format!("{S}\t0.9\tvisited\tKim\tPutin\n"),
                format!("{S}\tmet\tKim\tPutin\n"),
                [0.0, 0.0, 0.0, 0.9, 0.0],
            ),
            (
                // Swapped arguments of a "said" relation still match fully.
                "said reversal",
                "Kim said talks went well .\t1\tsaid\ttalks went well\tKim\n".to_string(),
                "Kim said talks went well .\tsaid\tKim\ttalks went well\n".to_string(),
                [1.0, 1.0, 1.0, 1.0, 1.0],
            ),
            (
                // Without a said-type relation, swapped arguments only share the relation.
                "no reversal for other relations",
                format!("{S}\t1\tmet\tPutin\tKim\n"),
                format!("{S}\tmet\tKim\tPutin\n"),
                [1.0 / 3.0, 1.0 / 3.0, 1.0 / 3.0, 1.0, 2.0 / 9.0],
            ),
            (
                "be matches a form of be",
                format!("{S}\t1\tbe\tKim\tin Beijing\n"),
                format!("{S}\twas\tKim\tin Beijing\n"),
                [1.0, 1.0, 1.0, 1.0, 1.0],
            ),
            (
                // Third and later arguments are joined to the second.
                "n-ary arguments are binarised",
                format!("{S}\t1\tmet\tKim\tPutin in Beijing\n"),
                format!("{S}\tmet\tKim\tPutin\tin Beijing\n"),
                [1.0, 1.0, 1.0, 1.0, 1.0],
            ),
            (
                "context arguments are ignored",
                format!("{S}\t1\tmet\tKim\tPutin\n"),
                format!("{S}\tmet\tKim\tPutin\tC: reports say\n"),
                [1.0, 1.0, 1.0, 1.0, 1.0],
            ),
            (
                "a missing second argument scores nothing",
                format!("{S}\t1\tmet\tKim\n"),
                format!("{S}\tmet\tKim\tPutin\n"),
                [0.0, 0.0, 0.0, 1.0, 0.0],
            ),
            (
                // Keys ignore spaces and punctuation; case matters for words.
                "sentence keys are normalised",
                "Kim met Putin in Beijing.\t1\tmet\tKim\tPutin\n".to_string(),
                format!("{S}\tmet\tKim\tPutin\n"),
                [1.0, 1.0, 1.0, 1.0, 1.0],
            ),
            (
                // At 0.5 both count: P = 1/2, R = 1; at 0.9 only the right one: P = R = 1.
                // AUC over (1, .5), (1, 1), (0, 1) = 1.
                "best threshold",
                format!("{S}\t0.9\tmet\tKim\tPutin\n{S}\t0.5\tvisited\tKim\tBeijing\n"),
                format!("{S}\tmet\tKim\tPutin\n"),
                [1.0, 1.0, 1.0, 0.9, 1.0],
            ),
            (
                // The other sentence's gold tuple is never found: R = 1/2 at best.
                "unanswered gold sentences count against recall",
                format!("{S}\t0.7\tmet\tKim\tPutin\n"),
                format!("{S}\tmet\tKim\tPutin\nXi hosted the parade .\thosted\tXi\tthe parade\n"),
                [1.0, 0.5, 2.0 / 3.0, 0.7, 0.5],
            ),
        ];
        for (name, system, gold, [p, r, f, t, a]) in cases {
            let got = score(system, gold).unwrap();
            let want = [p, r, f, t, a];
            let have = [got.precision, got.recall, got.f1, got.threshold, got.auc];
            assert!(
                want.iter().zip(&have).all(|(w, h)| close(**w, *h)),
                "{name}: want P/R/F1/threshold/AUC {want:?}, got {have:?}"
            );
        }
    }

    #[test]
    fn greedy_pairs_each_gold_tuple_once() {
        // Two identical system tuples for one gold tuple: only one is paired,
        // so precision is (1 + 0) / 2.
        let system = format!("{S}\t1\tmet\tKim\tPutin\n{S}\t1\tmet\tKim\tPutin\n");
        let gold = format!("{S}\tmet\tKim\tPutin\n");
        let got = score(&system, &gold).unwrap();
        assert!(close(got.precision, 0.5) && close(got.recall, 1.0));
    }

    #[test]
    fn gold_scored_against_itself_is_perfect() {
        let gold = "\
Kim Jong Un arrived in Beijing on Tuesday .\tarrived in\tKim Jong Un\tBeijing\tT: on Tuesday
Kim Jong Un arrived in Beijing on Tuesday .\tarrived on\tKim Jong Un\tTuesday
Putin said the talks were useful .\tsaid\tPutin\tthe talks were useful
Putin said the talks were useful .\twere\tthe talks\tuseful\tC: Putin said
Xi Jinping is China 's leader .\tis\tXi Jinping\tChina 's leader
Xi Jinping is China 's leader .\tis leader of\tXi Jinping\tChina
";
        let system: String = gold
            .lines()
            .map(|l| {
                let f: Vec<&str> = l.split('\t').filter(|a| !a.contains("C: ")).collect();
                format!("{}\t1\t{}\n", f[0], f[1..].join("\t"))
            })
            .collect();
        let got = score(&system, gold).unwrap();
        assert_eq!((got.f1, got.precision, got.recall), (1.0, 1.0, 1.0));
        assert_eq!(
            (got.gold_tuples, got.system_tuples, got.sentences),
            (6, 6, 3)
        );
        assert_eq!(got.unmatched_system_sentences, 0);
    }

    #[test]
    fn system_sentences_outside_gold_only_add_thresholds() {
        let system = format!("{S}\t0.9\tmet\tKim\tPutin\nOther text .\t0.2\tx\ty\tz\n");
        let gold = format!("{S}\tmet\tKim\tPutin\n");
        let got = score(&system, &gold).unwrap();
        assert_eq!(got.unmatched_system_sentences, 1);
        assert_eq!(got.curve.len(), 2);
        assert!(close(got.f1, 1.0));
    }

    #[test]
    fn sentences_with_one_key_keep_the_last_spelling() {
        // As in the official scorer's dict: the later raw sentence replaces the
        // earlier one, thresholds included.
        let system =
            "Kim met Putin .\t0.3\tvisited\tXi\tParis\nKim met Putin.\t0.9\tmet\tKim\tPutin\n";
        let got = score(system, "Kim met Putin .\tmet\tKim\tPutin\n").unwrap();
        assert_eq!((got.f1, got.curve.len(), got.system_tuples), (1.0, 1, 2));
    }

    #[test]
    fn explain_pairs_each_tuple_with_its_best_counterpart() {
        let system = format!("{S}\t0.9\tmet\tKim\tPutin\n{S}\t0.2\tvisited\tXi\tParis\n");
        let gold = format!("{S}\tmet\tKim Jong Un\tPutin\tin Beijing\n");
        let report = explain(&system, &gold, 0.5).unwrap();
        assert_eq!(report.len(), 1);
        assert_eq!(report[0].sentence, S);
        let g = &report[0].gold[0];
        assert_eq!(g.tuple, "met | Kim Jong Un | Putin in Beijing");
        assert!(close(g.precision, 1.0) && close(g.recall, 3.0 / 7.0));
        assert_eq!(report[0].system.len(), 1); // the 0.2 tuple is below the threshold
        assert_eq!(report[0].system[0].tuple, "met | Kim | Putin");
    }

    #[test]
    fn no_predictions_score_zero() {
        let got = score("", &format!("{S}\tmet\tKim\tPutin\n")).unwrap();
        assert_eq!((got.f1, got.auc, got.sentences), (0.0, 0.0, 1));
    }

    #[test]
    fn malformed_lines_name_their_line() {
        let gold = format!("{S}\tmet\tKim\tPutin\n");
        let cases = [
            (
                format!("{S}\t0.9\tmet\tKim\n\n{S}\thigh\tmet\tKim\n"),
                gold.clone(),
                CarbError::BadConfidence {
                    input: Input::System,
                    line: 3,
                    value: "high".into(),
                },
            ),
            (
                format!("{S}\t0.9\n"),
                gold.clone(),
                CarbError::TooFewFields {
                    input: Input::System,
                    line: 1,
                    expected: 3,
                    found: 2,
                },
            ),
            (
                String::new(),
                format!("{gold}just a sentence\n"),
                CarbError::TooFewFields {
                    input: Input::Gold,
                    line: 2,
                    expected: 2,
                    found: 1,
                },
            ),
        ];
        for (system, gold, want) in cases {
            assert_eq!(score(&system, &gold).unwrap_err(), want);
        }
        let msg = CarbError::BadConfidence {
            input: Input::System,
            line: 3,
            value: "x".into(),
        };
        assert_eq!(
            msg.to_string(),
            "system file, line 3: confidence \"x\" is not a number"
        );
    }
}
