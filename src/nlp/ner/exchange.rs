//! Exchange word clustering (Kneser & Ney 1993; Martin, Liermann & Ney 1998):
//! a token stream in, a class per frequent word out.
//!
//! Words are moved one at a time to the class that most increases the likelihood
//! of a class bigram model, `Σ N(c,d) log N(c,d) − 2 Σ N(c) log N(c)`, in order of
//! frequency, for a fixed number of passes. Everything is sequential and ties are
//! broken by class number, so the result is deterministic.
//! [`table`] runs it at two granularities and writes the cluster table the
//! recogniser reads ([`super::clusters::parse_table`]): the coarse class's bits
//! followed by the fine class's bits.

use std::collections::HashMap;

/// Settings of one clustering run.
#[derive(Debug, Clone, Copy)]
pub struct Settings {
    /// Number of classes.
    pub classes: usize,
    /// Passes over the vocabulary.
    pub passes: usize,
}

#[inline]
fn xlogx(x: f64) -> f64 {
    if x <= 0.0 { 0.0 } else { x * x.ln() }
}

/// A word's neighbours: `(word, bigram count)` after it and before it, and its
/// bigrams with itself.
struct Neighbours {
    next: Vec<(u32, u32)>,
    prev: Vec<(u32, u32)>,
    itself: u32,
}

/// Cluster the words `0..n_words` of `tokens` (ids in order of decreasing
/// frequency, with `counts`) into `settings.classes` classes; `log` hears each pass.
pub fn cluster(
    tokens: &[u32],
    counts: &[u64],
    settings: Settings,
    log: &mut dyn FnMut(&str),
) -> Vec<u32> {
    let n_words = counts.len();
    let c = settings.classes.max(2);
    let mut bigrams: HashMap<(u32, u32), u32> = HashMap::new();
    for pair in tokens.windows(2) {
        *bigrams.entry((pair[0], pair[1])).or_default() += 1;
    }
    let mut sorted: Vec<((u32, u32), u32)> = bigrams.into_iter().collect();
    sorted.sort_unstable();
    let mut nb: Vec<Neighbours> = (0..n_words)
        .map(|_| Neighbours {
            next: Vec::new(),
            prev: Vec::new(),
            itself: 0,
        })
        .collect();
    for &((a, b), n) in &sorted {
        if a == b {
            nb[a as usize].itself = n;
        } else {
            nb[a as usize].next.push((b, n));
            nb[b as usize].prev.push((a, n));
        }
    }
    let mut class: Vec<u32> = (0..n_words).map(|w| (w % c) as u32).collect();
    let mut m = vec![0f64; c * c];
    let mut size = vec![0f64; c];
    for (w, &n) in counts.iter().enumerate() {
        size[class[w] as usize] += n as f64;
    }
    for &((a, b), n) in &sorted {
        m[class[a as usize] as usize * c + class[b as usize] as usize] += f64::from(n);
    }
    let (mut r, mut l) = (vec![0f64; c], vec![0f64; c]);
    let (mut rs, mut ls) = (Vec::new(), Vec::new());
    for pass in 1..=settings.passes {
        let mut moved = 0usize;
        for w in 0..n_words {
            let from = class[w] as usize;
            let nw = counts[w] as f64;
            let me = &nb[w];
            let itself = f64::from(me.itself);
            // Class counts of the neighbours, and the classes that have any.
            for &(x, n) in &me.next {
                let d = class[x as usize] as usize;
                if r[d] == 0.0 {
                    rs.push(d);
                }
                r[d] += f64::from(n);
            }
            for &(x, n) in &me.prev {
                let d = class[x as usize] as usize;
                if l[d] == 0.0 {
                    ls.push(d);
                }
                l[d] += f64::from(n);
            }
            // Take w out of its class.
            for &d in &rs {
                m[from * c + d] -= r[d];
            }
            for &d in &ls {
                m[d * c + from] -= l[d];
            }
            m[from * c + from] -= itself;
            size[from] -= nw;
            // The gain of putting it into each class.
            let mut best = (from, f64::NEG_INFINITY);
            for b in 0..c {
                let mut gain = 0.0;
                for &d in &rs {
                    if d != b {
                        let x = m[b * c + d];
                        gain += xlogx(x + r[d]) - xlogx(x);
                    }
                }
                for &d in &ls {
                    if d != b {
                        let x = m[d * c + b];
                        gain += xlogx(x + l[d]) - xlogx(x);
                    }
                }
                let x = m[b * c + b];
                gain += xlogx(x + r[b] + l[b] + itself) - xlogx(x);
                gain -= 2.0 * (xlogx(size[b] + nw) - xlogx(size[b]));
                if gain > best.1 + 1e-9 || (b == from && gain >= best.1 - 1e-9) {
                    best = (b, gain);
                }
            }
            let to = best.0;
            for &d in &rs {
                m[to * c + d] += r[d];
            }
            for &d in &ls {
                m[d * c + to] += l[d];
            }
            m[to * c + to] += itself;
            size[to] += nw;
            if to != from {
                class[w] = to as u32;
                moved += 1;
            }
            for &d in &rs {
                r[d] = 0.0;
            }
            for &d in &ls {
                l[d] = 0.0;
            }
            rs.clear();
            ls.clear();
        }
        log(&format!("{c} classes, pass {pass}: {moved} words moved"));
    }
    class
}

/// Cluster the words seen at least `min_count` times in `tokens` at two
/// granularities and return the table text (`bits \t word \t count` per line,
/// most frequent words first).
pub fn table(
    tokens: &[&str],
    min_count: u64,
    coarse: Settings,
    fine: Settings,
    log: &mut dyn FnMut(&str),
) -> String {
    let mut freq: HashMap<&str, u64> = HashMap::new();
    for &t in tokens {
        *freq.entry(t).or_default() += 1;
    }
    let mut vocab: Vec<(&str, u64)> = freq.into_iter().filter(|&(_, n)| n >= min_count).collect();
    vocab.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let ids: HashMap<&str, u32> = vocab
        .iter()
        .enumerate()
        .map(|(i, &(w, _))| (w, i as u32))
        .collect();
    // Rare words share one id (the last), which is not clustered.
    let rare = vocab.len() as u32;
    let stream: Vec<u32> = tokens
        .iter()
        .map(|t| ids.get(t).copied().unwrap_or(rare))
        .collect();
    let mut counts: Vec<u64> = vocab.iter().map(|&(_, n)| n).collect();
    counts.push(stream.iter().filter(|&&i| i == rare).count() as u64);
    log(&format!(
        "{} tokens, {} words clustered",
        stream.len(),
        vocab.len()
    ));
    let bits = |s: Settings| s.classes.next_power_of_two().trailing_zeros() as usize;
    let a = cluster(&stream, &counts, coarse, log);
    let b = cluster(&stream, &counts, fine, log);
    let mut out = String::new();
    for (i, &(w, n)) in vocab.iter().enumerate() {
        if w.contains(['\t', '\n']) {
            continue;
        }
        let (ca, cb) = (a[i] as usize, b[i] as usize);
        out.push_str(&format!(
            "{ca:0wa$b}{cb:0wb$b}\t{w}\t{n}\n",
            wa = bits(coarse),
            wb = bits(fine)
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_in_the_same_contexts_share_a_class() {
        let text = "the cat sat . the dog sat . a cat ran . a dog ran . the cat ran . a dog sat .";
        let tokens: Vec<&str> = text.split(' ').collect();
        let settings = Settings {
            classes: 4,
            passes: 5,
        };
        let t = table(&tokens, 1, settings, settings, &mut |_| {});
        let class_of = |w: &str| {
            t.lines()
                .find(|l| l.split('\t').nth(1) == Some(w))
                .map(|l| l.split('\t').next().unwrap_or("").to_string())
        };
        assert_eq!(class_of("cat"), class_of("dog"));
        assert_ne!(class_of("cat"), class_of("sat"));
        assert_eq!(t, table(&tokens, 1, settings, settings, &mut |_| {}));
    }
}
