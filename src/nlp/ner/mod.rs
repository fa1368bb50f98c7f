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
//! `src/nlp/model/ner.bin` (see `src/nlp/model/README.md`). The build script lays
//! it out as the run-time tables (module `tables`), which the binary holds and the
//! recogniser reads in place.

pub mod clusters;
pub mod conll;
pub mod exchange;
mod features;
mod gazetteer;
mod labels;
mod model;
pub(crate) mod tables;
pub mod train;

use std::sync::LazyLock;

use crate::nlp::model_bytes::Aligned;
pub(crate) use crate::nlp::model_bytes::KeyTable;
use features::{N_FEATURES, WordInfo};
pub(crate) use labels::{N_LABELS, allowed, spans_of, split_label};
pub(crate) use model::encode;
pub(crate) use tables::Weights;

use crate::hash::FastMap;
use crate::nlp::Tagged;
use crate::nlp::lexicon;
use crate::vocab::EntityKind;

/// The embedded model's tables, laid out by the build script (`build.rs`) from
/// `src/nlp/model/ner.bin`.
static EMBEDDED_TABLES: &Aligned<[u8]> =
    &Aligned(*include_bytes!(concat!(env!("OUT_DIR"), "/ner-tables.bin")));
static EMBEDDED: LazyLock<Recogniser> = LazyLock::new(|| {
    let tables =
        tables::Tables::read(&EMBEDDED_TABLES.0).expect("the embedded recogniser tables read");
    Recogniser::from_tables(tables)
});
#[cfg(test)]
static EMBEDDED_BYTES: &[u8] = include_bytes!("../model/ner.bin");

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

crate::nlp::model_bytes::from_layout_error!(ModelError);

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
/// organisations as such; a location is a country, a city (the lexicon's or the
/// world-cities gazetteer's) or else a place; anything else (nationalities, events, works) is `other`.
pub fn entity_kind(class: NerClass, words: &[&str]) -> EntityKind {
    match class {
        NerClass::Per => EntityKind::Person,
        NerClass::Org => EntityKind::Organization,
        NerClass::Misc => EntityKind::Other,
        NerClass::Loc => {
            let name = words.join(" ");
            if lexicon::country(&name).is_some() {
                EntityKind::Country
            } else if lexicon::city(&name).is_some() || lexicon::world_city(&name) {
                EntityKind::City
            } else {
                EntityKind::Place
            }
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
    /// The model embedded in the binary (its tables read in place on first use).
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
                "May Department Stores Co said its profit rose in May .",
                &["ORG May Department Stores Co"],
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

    #[test]
    fn later_sentences_remember_earlier_names() {
        let text = [
            "May Department Stores Co said its profit rose in May .",
            "Analysts said May Department Stores would gain .",
        ];
        let words: Vec<Vec<&str>> = text.iter().map(|s| s.split(' ').collect()).collect();
        let tags: Vec<Vec<Tagged>> = words.iter().map(|w| Tagger::embedded().tag(w)).collect();
        let doc: Vec<(&[&str], &[Tagged])> = words
            .iter()
            .zip(&tags)
            .map(|(w, t)| (w.as_slice(), t.as_slice()))
            .collect();
        let found = Recogniser::embedded().recognise(&doc);
        let second: Vec<_> = found[1].iter().map(|s| (s.start, s.end, s.class)).collect();
        assert_eq!(second, [(2, 5, NerClass::Org)]);
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
}
