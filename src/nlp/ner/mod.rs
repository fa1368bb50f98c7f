//! Named-entity recogniser: the tagged sentences of one document in, per sentence
//! the names it contains (word spans with a CoNLL class and a kg entity kind) out.
//!
//! A greedy left-to-right averaged perceptron labels every word with a BILOU label
//! (begin, inside, last, unit of a PER, ORG, LOC or MISC name, or outside), under
//! the constraint that labels form well-nested spans. Its hashed features
//! (`features.rs`) read the word, its affixes and shape, a five-word window, kg's
//! part-of-speech tags, the two previous labels, world-knowledge tables
//! (`gazetteer.rs`), word clusters learnt from unlabelled news ([`clusters`]) and
//! the label the same word got earlier in the document. The model is trained on
//! CoNLL-2003 by `cargo run --release --example train-ner` ([`train`]), stored in
//! `src/nlp/model/ner.bin` (see `src/nlp/model/README.md`), embedded in the binary
//! and decoded once on first use.

pub mod clusters;
pub mod exchange;
mod features;
mod gazetteer;
pub mod train;

use std::sync::LazyLock;

use features::{N_FEATURES, WordInfo};

use crate::hash::FastMap;
use crate::nlp::Tagged;
use crate::nlp::lexicon;
use crate::vocab::EntityKind;

const MAGIC: &[u8; 8] = b"KGNER01\n";
/// Labels: outside, then begin / inside / last / unit of each of the four classes.
pub(crate) const N_LABELS: usize = 17;

static EMBEDDED_BYTES: &[u8] = include_bytes!("../model/ner.bin");
static EMBEDDED: LazyLock<Recogniser> = LazyLock::new(|| {
    Recogniser::from_bytes(EMBEDDED_BYTES).expect("the embedded recogniser model decodes")
});

/// A model that could not be decoded.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    #[error("not a recogniser model (bad magic)")]
    Magic,
    #[error("recogniser model truncated at byte {0}")]
    Truncated(usize),
    #[error("recogniser model is inconsistent: {0}")]
    Invalid(&'static str),
}

/// The class of a name, as CoNLL-2003 has them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NerClass {
    Per,
    Org,
    Loc,
    Misc,
}

impl NerClass {
    pub const ALL: [NerClass; 4] = [NerClass::Per, NerClass::Org, NerClass::Loc, NerClass::Misc];

    pub fn as_str(self) -> &'static str {
        match self {
            NerClass::Per => "PER",
            NerClass::Org => "ORG",
            NerClass::Loc => "LOC",
            NerClass::Misc => "MISC",
        }
    }

    /// `PER`, `ORG`, `LOC` or `MISC`.
    pub fn parse(s: &str) -> Option<NerClass> {
        NerClass::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

/// A name found in a sentence: words `start..end` (end exclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NamedSpan {
    pub start: usize,
    pub end: usize,
    pub class: NerClass,
    pub kind: EntityKind,
}

/// The kg entity kind of a name of class `class` made of `words`: persons and
/// organisations as such; a location is a country, a city or else a place as the
/// lexicon knows it; anything else (nationalities, events, works) is `other`.
pub fn entity_kind(class: NerClass, words: &[&str]) -> EntityKind {
    match class {
        NerClass::Per => EntityKind::Person,
        NerClass::Org => EntityKind::Organization,
        NerClass::Misc => EntityKind::Other,
        NerClass::Loc => {
            let name = words.join(" ");
            if lexicon::country(&name).is_some() {
                EntityKind::Country
            } else if lexicon::city(&name).is_some() {
                EntityKind::City
            } else {
                EntityKind::Place
            }
        }
    }
}

/// Label `l`'s class index and position (0 begin, 1 inside, 2 last, 3 unit), or
/// `None` for outside.
#[inline]
pub(crate) fn split_label(l: u8) -> Option<(usize, u8)> {
    (l != 0).then(|| (usize::from(l - 1) / 4, (l - 1) % 4))
}

/// The labels allowed after `prev` (`None` at the start), as a bit mask; `last`
/// says whether the word ends the sentence.
#[inline]
pub(crate) fn allowed(prev: Option<u8>, last: bool) -> u32 {
    let open = prev.and_then(split_label).filter(|&(_, p)| p <= 1);
    match open {
        Some((c, _)) => {
            let inside = 1u32 << (2 + 4 * c);
            let close = 1u32 << (3 + 4 * c);
            if last { close } else { inside | close }
        }
        None => {
            let mut m = 1u32;
            for c in 0..4 {
                m |= 1 << (4 + 4 * c);
                if !last {
                    m |= 1 << (1 + 4 * c);
                }
            }
            m
        }
    }
}

/// The spans of a sentence's labels (an unclosed span closes where the next one
/// starts or at the end). A span that is exactly the name of a political party or
/// trade union is an organisation, whatever its label said (`Tory`, `Lib Dem`).
pub(crate) fn spans_of(labels: &[u8], words: &[&str]) -> Vec<NamedSpan> {
    let mut out = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    let mut push = |start: usize, end: usize, c: usize| {
        let class = if gazetteer::party_words(&words[start..end]) {
            NerClass::Org
        } else {
            NerClass::ALL[c]
        };
        out.push(NamedSpan {
            start,
            end,
            class,
            kind: entity_kind(class, &words[start..end]),
        });
    };
    for (i, &l) in labels.iter().enumerate() {
        let split = split_label(l);
        if let Some((s, c)) = open {
            let continues = matches!(split, Some((c2, 1 | 2)) if c2 == c);
            if !continues {
                push(s, i, c);
                open = None;
            } else if split.is_some_and(|(_, p)| p == 2) {
                push(s, i + 1, c);
                open = None;
                continue;
            } else {
                continue;
            }
        }
        match split {
            Some((c, 3)) => push(i, i + 1, c),
            Some((c, 2)) => push(i, i + 1, c),
            Some((c, _)) => open = Some((i, c)),
            None => {}
        }
    }
    if let Some((s, c)) = open {
        push(s, labels.len(), c);
    }
    out
}

/// Weights: feature key → its run of `entries` (`class << 16 | weight as u16`).
#[derive(Debug)]
pub(crate) struct Weights {
    feats: KeyTable,
    entries: Vec<u32>,
}

impl Weights {
    pub(crate) fn new<'a>(runs: impl ExactSizeIterator<Item = (u32, &'a [(u8, i16)])>) -> Weights {
        let mut entries = Vec::new();
        let feats = KeyTable::new(runs.map(|(k, run)| {
            let v = (entries.len() as u32) << 8 | run.len() as u32;
            entries.extend(
                run.iter()
                    .map(|&(c, w)| u32::from(c) << 16 | u32::from(w as u16)),
            );
            (k, v)
        }));
        Weights { feats, entries }
    }

    /// The best label among `allowed` for `feats`.
    #[inline]
    pub(crate) fn predict(&self, feats: &[u32; N_FEATURES], allowed: u32) -> u8 {
        let mut home = [(0u32, 0u32); N_FEATURES];
        for (h, &k) in home.iter_mut().zip(feats) {
            *h = self.feats.slots[k as usize & self.feats.mask];
        }
        let mut scores = [0i32; 32];
        for (&(key, v), &k) in home.iter().zip(feats) {
            let v = if key == k {
                Some(v)
            } else if key == 0 {
                None
            } else {
                self.feats.get(k)
            };
            if let Some(v) = v
                && k != 0
            {
                let (start, len) = ((v >> 8) as usize, (v & 0xff) as usize);
                for &e in &self.entries[start..start + len] {
                    scores[(e >> 16) as usize & 31] += i32::from(e as u16 as i16);
                }
            }
        }
        best(&scores, allowed)
    }
}

/// The allowed label with the highest score (the first one on ties).
#[inline]
pub(crate) fn best(scores: &[i32], allowed: u32) -> u8 {
    let mut top = None;
    for (l, &s) in scores.iter().enumerate().take(N_LABELS) {
        if allowed & (1 << l) != 0 && top.is_none_or(|(_, b)| s > b) {
            top = Some((l, s));
        }
    }
    top.map_or(0, |(l, _)| l as u8)
}

/// Open-addressing map from non-zero `u32` keys to `u32` values.
#[derive(Debug)]
pub(crate) struct KeyTable {
    mask: usize,
    slots: Vec<(u32, u32)>,
}

impl KeyTable {
    pub(crate) fn new(pairs: impl ExactSizeIterator<Item = (u32, u32)>) -> KeyTable {
        let cap = (pairs.len() * 2).next_power_of_two().max(16);
        let mut t = KeyTable {
            mask: cap - 1,
            slots: vec![(0, 0); cap],
        };
        for (k, v) in pairs {
            let mut i = k as usize & t.mask;
            while t.slots[i].0 != 0 && t.slots[i].0 != k {
                i = (i + 1) & t.mask;
            }
            t.slots[i] = (k, v);
        }
        t
    }

    #[inline]
    pub(crate) fn get(&self, k: u32) -> Option<u32> {
        let mut i = k as usize & self.mask;
        loop {
            let (key, v) = self.slots[i];
            if key == k {
                return Some(v);
            }
            if key == 0 {
                return None;
            }
            i = (i + 1) & self.mask;
        }
    }
}

/// What the document said of its words so far: lower-cased word hash → the class
/// (1–4) it last got in a name, or 5 if it was only seen capitalised outside names.
pub(crate) type Memory = FastMap<u64, u8>;

/// The greedy walk shared by recognition and training: for each word of a sentence
/// it asks `choose` (given the index, the features and the allowed labels) for a
/// label, and pushes it to `labels` (cleared first); `memory` is read and updated.
pub(crate) fn walk<C>(
    infos: &[WordInfo],
    case: u64,
    memory: &mut Memory,
    mut choose: C,
    labels: &mut Vec<u8>,
) where
    C: FnMut(usize, &[u32; N_FEATURES], u32) -> u8,
{
    labels.clear();
    let n = infos.len();
    let info = |j: usize| match j {
        0 => WordInfo::padding(2),
        1 => WordInfo::padding(1),
        j if j - 2 < n => infos[j - 2],
        j => WordInfo::padding((j - 2 - n) as u64 + 3),
    };
    let mut win = [info(0), info(1), info(2), info(3), info(4)];
    let mut feats = [0u32; N_FEATURES];
    let (mut prev, mut t1, mut t2) = (None, 0u64, 0u64);
    for i in 0..n {
        if i > 0 {
            win.rotate_left(1);
            win[4] = info(i + 4);
        }
        let w = &win[2];
        let open = prev.and_then(split_label).is_some_and(|(_, p)| p <= 1);
        if w.outside && !open {
            labels.push(0);
            prev = Some(0);
            t2 = t1;
            t1 = 1;
            continue;
        }
        let capitalised = w.flags & features::CAP != 0;
        let mem = memory.get(&w.lower).copied().unwrap_or(0);
        features::static_features(&win, i == 0, case, &mut feats);
        features::dynamic_features(&win, t1, t2, u64::from(mem), &mut feats);
        let label = choose(i, &feats, allowed(prev, i + 1 == n));
        labels.push(label);
        match split_label(label) {
            Some((c, _)) => {
                memory.insert(w.lower, c as u8 + 1);
            }
            None if capitalised => {
                memory.entry(w.lower).or_insert(5);
            }
            None => {}
        }
        prev = Some(label);
        t2 = t1;
        t1 = u64::from(label) + 1;
    }
}

/// Per-thread buffers of [`Recogniser::recognise`].
#[derive(Default)]
struct Buffers {
    infos: Vec<WordInfo>,
    sentence: Vec<WordInfo>,
    ranges: Vec<(usize, usize, u64)>,
    gaz: Vec<u32>,
    labels: Vec<u8>,
}

/// A named-entity recogniser. Obtain the embedded model with [`Recogniser::embedded`].
#[derive(Debug)]
pub struct Recogniser {
    weights: Weights,
    clusters: clusters::Clusters,
    /// Words always outside names in training (keys of [`outside_key`]).
    outside: KeyTable,
}

impl Recogniser {
    /// The model embedded in the binary (decoded on first use).
    pub fn embedded() -> &'static Recogniser {
        &EMBEDDED
    }

    /// The names in each sentence of one document (its words and tags), in order
    /// and non-overlapping. Earlier sentences inform later ones.
    pub fn recognise(&self, sentences: &[(&[&str], &[Tagged])]) -> Vec<Vec<NamedSpan>> {
        thread_local! {
            static BUFFERS: std::cell::RefCell<Buffers> = std::cell::RefCell::new(Buffers::default());
        }
        BUFFERS.with_borrow_mut(|b| {
            b.infos.clear();
            b.ranges.clear();
            for &(words, tags) in sentences {
                self.word_infos(words, tags, &mut b.gaz, &mut b.sentence);
                let start = b.infos.len();
                b.infos.extend_from_slice(&b.sentence);
                b.ranges
                    .push((start, b.infos.len(), features::sentence_case(words)));
            }
            features::document_flags(&mut b.infos, &b.ranges);
            let mut memory = Memory::default();
            sentences
                .iter()
                .zip(&b.ranges)
                .map(|(&(words, _), &(start, end, case))| {
                    walk(
                        &b.infos[start..end],
                        case,
                        &mut memory,
                        |_, f, a| self.weights.predict(f, a),
                        &mut b.labels,
                    );
                    spans_of(&b.labels, words)
                })
                .collect()
        })
    }

    /// The names in one sentence on its own.
    pub fn recognise_sentence(&self, words: &[&str], tags: &[Tagged]) -> Vec<NamedSpan> {
        self.recognise(&[(words, tags)]).pop().unwrap_or_default()
    }

    /// Read the words of a sentence for [`walk`] (into `out`, cleared first).
    pub(crate) fn word_infos(
        &self,
        words: &[&str],
        tags: &[Tagged],
        gaz: &mut Vec<u32>,
        out: &mut Vec<WordInfo>,
    ) {
        word_infos(words, tags, &self.clusters, &self.outside, gaz, out);
    }

    /// Decode a model written by [`train::train`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Recogniser, ModelError> {
        let mut r = Reader { bytes, pos: 0 };
        if r.take(8)? != MAGIC {
            return Err(ModelError::Magic);
        }
        if r.u32()? as usize != N_LABELS {
            return Err(ModelError::Invalid("label count"));
        }
        let n_feats = r.u32()? as usize;
        let n_entries = r.u32()? as usize;
        let keys = r.take(n_feats.checked_mul(4).ok_or(ModelError::Invalid("size"))?)?;
        let lens = r.take(n_feats)?;
        let classes = r.take(n_entries)?;
        let weights = r.take(
            n_entries
                .checked_mul(2)
                .ok_or(ModelError::Invalid("size"))?,
        )?;
        if lens.iter().map(|&l| l as usize).sum::<usize>() != n_entries || n_entries >= 1 << 24 {
            return Err(ModelError::Invalid("entry count"));
        }
        if classes.iter().any(|&c| c as usize >= N_LABELS) {
            return Err(ModelError::Invalid("weight class"));
        }
        let entries: Vec<(u8, i16)> = classes
            .iter()
            .zip(weights.chunks_exact(2))
            .map(|(&c, w)| (c, i16::from_le_bytes([w[0], w[1]])))
            .collect();
        let mut start = 0;
        let runs = keys.chunks_exact(4).zip(lens).map(|(k, &l)| {
            let run = &entries[start..start + l as usize];
            start += l as usize;
            (le32(k), run)
        });
        let weights = Weights::new(runs);
        let n_words = r.u32()? as usize;
        let cluster_keys = r.take(n_words.checked_mul(4).ok_or(ModelError::Invalid("size"))?)?;
        let paths = r.take(n_words * 4)?;
        let n_outside = r.u32()? as usize;
        let outside = r.take(
            n_outside
                .checked_mul(4)
                .ok_or(ModelError::Invalid("size"))?,
        )?;
        let outside = KeyTable::new(outside.chunks_exact(4).map(|k| (le32(k), 1)));
        if r.pos != bytes.len() {
            return Err(ModelError::Invalid("trailing bytes"));
        }
        let clusters = clusters::Clusters::new(
            cluster_keys
                .chunks_exact(4)
                .zip(paths.chunks_exact(4))
                .map(|(k, p)| (le32(k), le32(p))),
        );
        Ok(Recogniser {
            weights,
            clusters,
            outside,
        })
    }
}

/// Read the words of a sentence for [`walk`] (into `out`, cleared first), with
/// `gaz` as a buffer for their gazetteer bits. Words without a tag (a shorter
/// `tags`) read as untagged.
pub(crate) fn word_infos(
    words: &[&str],
    tags: &[Tagged],
    clusters: &clusters::Clusters,
    outside: &KeyTable,
    gaz: &mut Vec<u32>,
    out: &mut Vec<WordInfo>,
) {
    gazetteer::sentence_bits(words, gaz);
    out.clear();
    out.extend(words.iter().enumerate().map(|(i, w)| {
        let tag = tags.get(i).map_or(255, |t| t.tag as u8);
        let mut info = WordInfo::new(w, tag, gaz[i], 0);
        info.cluster = clusters.path(&info);
        info.outside = outside.get(outside_key(&info)).is_some();
        info
    }));
}

/// The key of a word in the dictionary of words always outside names.
pub(crate) fn outside_key(info: &WordInfo) -> u32 {
    features::key(92, info.exact, 0)
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], ModelError> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.bytes.len());
        let end = end.ok_or(ModelError::Truncated(self.bytes.len()))?;
        let s = &self.bytes[self.pos..end];
        self.pos = end;
        Ok(s)
    }
    fn u32(&mut self) -> Result<u32, ModelError> {
        self.take(4).map(le32)
    }
}

fn le32(b: &[u8]) -> u32 {
    u32::from_le_bytes([b[0], b[1], b[2], b[3]])
}

/// Write the model format read by [`Recogniser::from_bytes`].
pub(crate) fn encode(
    weights: &[(u32, Vec<(u8, i16)>)],
    clusters: &[(u32, u32)],
    outside: &[u32],
) -> Vec<u8> {
    let mut out = MAGIC.to_vec();
    out.extend((N_LABELS as u32).to_le_bytes());
    let n_entries: usize = weights.iter().map(|(_, ws)| ws.len()).sum();
    out.extend((weights.len() as u32).to_le_bytes());
    out.extend((n_entries as u32).to_le_bytes());
    out.extend(weights.iter().flat_map(|(k, _)| k.to_le_bytes()));
    out.extend(weights.iter().map(|(_, ws)| ws.len() as u8));
    out.extend(
        weights
            .iter()
            .flat_map(|(_, ws)| ws.iter().map(|&(c, _)| c)),
    );
    out.extend(
        weights
            .iter()
            .flat_map(|(_, ws)| ws.iter().flat_map(|&(_, w)| w.to_le_bytes())),
    );
    out.extend((clusters.len() as u32).to_le_bytes());
    out.extend(clusters.iter().flat_map(|(k, _)| k.to_le_bytes()));
    out.extend(clusters.iter().flat_map(|(_, p)| p.to_le_bytes()));
    out.extend((outside.len() as u32).to_le_bytes());
    out.extend(outside.iter().flat_map(|k| k.to_le_bytes()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::Tagger;

    /// The spans of one sentence as `CLASS words` strings.
    fn names(sentence: &str) -> Vec<String> {
        let words: Vec<&str> = sentence.split(' ').collect();
        let tags = Tagger::embedded().tag(&words);
        Recogniser::embedded()
            .recognise_sentence(&words, &tags)
            .iter()
            .map(|s| format!("{} {}", s.class.as_str(), words[s.start..s.end].join(" ")))
            .collect()
    }

    #[test]
    fn news_sentences() {
        let cases: &[(&str, &[&str])] = &[
            (
                "On Monday Lib Dem chairman Alan Beith said the plan was flawed .",
                &["ORG Lib Dem", "PER Alan Beith"],
            ),
            (
                "Prime Minister Theresa May met union leaders in London on Tuesday .",
                &["PER Theresa May", "LOC London"],
            ),
            (
                "Shares in May Department Stores rose 3 percent in New York .",
                &["ORG May Department Stores", "LOC New York"],
            ),
            (
                "The British Chambers of Commerce said exports fell in May .",
                &["ORG British Chambers of Commerce"],
            ),
            (
                "Labour and the Tory party clashed over the NUJ strike at BA .",
                &["ORG Labour", "ORG Tory", "ORG NUJ", "ORG BA"],
            ),
            (
                "German Chancellor Helmut Kohl arrived in Paris for talks with the European Commission .",
                &[
                    "MISC German",
                    "PER Helmut Kohl",
                    "LOC Paris",
                    "ORG European Commission",
                ],
            ),
            (
                "Yesterday Microsoft Corp said Bill Gates would visit China .",
                &["ORG Microsoft Corp", "PER Bill Gates", "LOC China"],
            ),
        ];
        let mut failures = Vec::new();
        for (sentence, expected) in cases {
            let got = names(sentence);
            if got != *expected {
                failures.push(format!(
                    "{sentence}\n  expected {expected:?}\n  got      {got:?}"
                ));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    /// Spans must lie inside the sentence, in order, without overlap.
    fn assert_well_formed(spans: &[NamedSpan], n: usize) {
        let mut at = 0;
        for s in spans {
            assert!(
                at <= s.start && s.start < s.end && s.end <= n,
                "{spans:?} over {n} words"
            );
            at = s.end;
        }
    }

    #[test]
    fn odd_inputs_give_well_formed_spans() {
        let long =
            "Mr Smith of Acme Corp met officials in Paris and Berlin on Monday . ".repeat(30);
        let sentences = [
            String::new(),
            "Reuters".to_string(),
            ". , ; -- ( ) ' \" ...".to_string(),
            "GERMAN BONDS CLOSE HIGHER AFTER BUNDESBANK MEETING IN FRANKFURT".to_string(),
            "ПУТИН 北京 ǅ x y".to_string(),
            long.trim_end().to_string(),
        ];
        let rec = Recogniser::embedded();
        let tagger = Tagger::embedded();
        let words: Vec<Vec<&str>> = sentences
            .iter()
            .map(|s| s.split(' ').filter(|w| !w.is_empty()).collect())
            .collect();
        assert!(words[5].len() >= 400);
        let tags: Vec<Vec<Tagged>> = words.iter().map(|w| tagger.tag(w)).collect();
        let doc: Vec<(&[&str], &[Tagged])> = words
            .iter()
            .zip(&tags)
            .map(|(w, t)| (w.as_slice(), t.as_slice()))
            .collect();
        let found = rec.recognise(&doc);
        assert_eq!(found.len(), doc.len());
        for (spans, w) in found.iter().zip(&words) {
            assert_well_formed(spans, w.len());
        }
        assert!(found[5].len() >= 90, "{:?}", found[5]);
        assert!(rec.recognise(&[]).is_empty());
        // Fewer tags than words: the rest read as untagged.
        let spans = rec.recognise_sentence(&words[5], &tags[5][..3]);
        assert_well_formed(&spans, words[5].len());
    }

    #[test]
    fn labels_decode_to_spans() {
        // 0 outside; PER: 1 B, 2 I, 3 L, 4 U; ORG 5–8; LOC 9–12; MISC 13–16.
        type Span = (usize, usize, NerClass);
        let cases: &[(&[u8], &[Span])] = &[
            (&[], &[]),
            (&[0, 4, 0], &[(1, 2, NerClass::Per)]),
            (
                &[1, 2, 3, 12],
                &[(0, 3, NerClass::Per), (3, 4, NerClass::Loc)],
            ),
            (
                &[5, 7, 13, 15],
                &[(0, 2, NerClass::Org), (2, 4, NerClass::Misc)],
            ),
            // Malformed sequences still give well-formed spans.
            (&[1, 2], &[(0, 2, NerClass::Per)]),
            (&[2, 0, 3], &[(0, 1, NerClass::Per), (2, 3, NerClass::Per)]),
            (&[1, 9, 11], &[(0, 1, NerClass::Per), (1, 3, NerClass::Loc)]),
        ];
        for &(labels, expected) in cases {
            let words = vec!["w"; labels.len()];
            let got: Vec<_> = spans_of(labels, &words)
                .iter()
                .map(|s| (s.start, s.end, s.class))
                .collect();
            assert_eq!(got, expected, "{labels:?}");
        }
    }

    #[test]
    fn allowed_labels_keep_spans_nested() {
        let start = allowed(None, false);
        assert_eq!(
            start & (1 << 2 | 1 << 3),
            0,
            "no inside or last at the start"
        );
        assert_ne!(start & (1 | 1 << 1 | 1 << 4), 0);
        assert_eq!(allowed(Some(1), false), 1 << 2 | 1 << 3);
        assert_eq!(allowed(Some(1), true), 1 << 3);
        assert_eq!(
            allowed(None, true) & (1 << 1),
            0,
            "no begin on the last word"
        );
        assert_eq!(allowed(Some(3), false), start);
    }

    #[test]
    fn locations_take_their_kind_from_the_lexicon() {
        let cases: &[(NerClass, &[&str], EntityKind)] = &[
            (NerClass::Loc, &["France"], EntityKind::Country),
            (NerClass::Loc, &["North", "Korea"], EntityKind::Country),
            (NerClass::Loc, &["Paris"], EntityKind::City),
            (
                NerClass::Loc,
                &["Lake", "Zurich", "Valley"],
                EntityKind::Place,
            ),
            (NerClass::Per, &["Alan", "Beith"], EntityKind::Person),
            (NerClass::Org, &["Labour"], EntityKind::Organization),
            (NerClass::Misc, &["German"], EntityKind::Other),
        ];
        for &(class, words, kind) in cases {
            assert_eq!(entity_kind(class, words), kind, "{words:?}");
        }
    }

    #[test]
    fn bad_models_are_rejected() {
        assert!(matches!(
            Recogniser::from_bytes(b"nope"),
            Err(ModelError::Truncated(_))
        ));
        assert!(matches!(
            Recogniser::from_bytes(b"KGTAG04\n........"),
            Err(ModelError::Magic)
        ));
        let mut truncated = EMBEDDED_BYTES.to_vec();
        truncated.truncate(truncated.len() - 1);
        assert!(Recogniser::from_bytes(&truncated).is_err());
        let mut longer = EMBEDDED_BYTES.to_vec();
        longer.push(0);
        assert!(Recogniser::from_bytes(&longer).is_err());
        let mut labels = EMBEDDED_BYTES.to_vec();
        labels[8] = 3;
        assert!(matches!(
            Recogniser::from_bytes(&labels),
            Err(ModelError::Invalid(_))
        ));
    }
}
