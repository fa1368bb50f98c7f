//! CoNLL-2003 data for training and evaluation: the corpus text in, documents of
//! sentences with gold names out; and exact-span scores of a recogniser on them.
//!
//! Tags come from kg's own tagger ([`tag_documents`]), never from the corpus's POS
//! column, which kg does not have at run time.

use super::{NerClass, Recogniser};
use crate::nlp::{Tagged, Tagger};
use crate::text::{Span, tokenize};

/// A sentence with its gold names (`start`, `end` exclusive, class).
#[derive(Debug, Clone, Default)]
pub struct Sentence {
    pub words: Vec<String>,
    pub spans: Vec<(usize, usize, NerClass)>,
}

impl Sentence {
    pub fn forms(&self) -> Vec<&str> {
        self.words.iter().map(String::as_str).collect()
    }
}

/// The sentences of one document.
#[derive(Debug, Clone, Default)]
pub struct Document {
    pub sentences: Vec<Sentence>,
}

/// Read CoNLL-2003 text (`word … tag` per line, IOB1 or IOB2 tags in the last
/// column, blank lines between sentences, `-DOCSTART-` lines between documents).
pub fn read_conll(text: &str) -> Vec<Document> {
    let mut docs = vec![Document::default()];
    let mut sentence = Sentence::default();
    let mut open: Option<(usize, NerClass)> = None;
    let finish =
        |s: &mut Sentence, open: &mut Option<(usize, NerClass)>, docs: &mut Vec<Document>| {
            if let Some((start, c)) = open.take() {
                s.spans.push((start, s.words.len(), c));
            }
            if !s.words.is_empty() {
                docs.last_mut()
                    .expect("a document")
                    .sentences
                    .push(std::mem::take(s));
            }
        };
    for line in text.lines() {
        let fields: Vec<&str> = line.split_whitespace().collect();
        if fields.is_empty() {
            finish(&mut sentence, &mut open, &mut docs);
            continue;
        }
        if fields[0] == "-DOCSTART-" {
            finish(&mut sentence, &mut open, &mut docs);
            if !docs.last().is_some_and(|d| d.sentences.is_empty()) {
                docs.push(Document::default());
            }
            continue;
        }
        let tag = fields.last().copied().unwrap_or("O");
        let i = sentence.words.len();
        let (bio, class) = match tag.split_once('-') {
            Some((b, c)) => (b, NerClass::parse(c)),
            None => ("O", None),
        };
        let continues = bio == "I" && open.is_some_and(|(_, c)| Some(c) == class);
        if !continues {
            if let Some((start, c)) = open.take() {
                sentence.spans.push((start, i, c));
            }
            if let Some(c) = class {
                open = Some((i, c));
            }
        }
        sentence.words.push(fields[0].to_string());
    }
    finish(&mut sentence, &mut open, &mut docs);
    docs.retain(|d| !d.sentences.is_empty());
    docs
}

/// Copies of the documents that have hyphenated words, with every word
/// re-tokenized by kg's tokenizer (`Anglo-Dutch` → `Anglo` `-` `Dutch`, as kg will
/// present it at run time; CoNLL-2003 keeps such words whole) and the names
/// stretched over the pieces.
pub fn kg_tokenized_copies(docs: &[Document]) -> Vec<Document> {
    let split = |w: &str| -> Vec<String> {
        if !w.contains('-') || w.len() < 3 {
            return vec![w.to_string()];
        }
        let pieces: Vec<String> = tokenize(w, Span::new(0, w.len()))
            .iter()
            .map(|t| t.text(w).to_string())
            .collect();
        if pieces.is_empty() {
            vec![w.to_string()]
        } else {
            pieces
        }
    };
    docs.iter()
        .filter_map(|d| {
            let mut changed = false;
            let sentences = d
                .sentences
                .iter()
                .map(|s| {
                    let mut words = Vec::new();
                    let mut at = Vec::with_capacity(s.words.len() + 1);
                    for w in &s.words {
                        at.push(words.len());
                        words.extend(split(w));
                    }
                    at.push(words.len());
                    changed |= words.len() != s.words.len();
                    let spans = s.spans.iter().map(|&(a, b, c)| (at[a], at[b], c)).collect();
                    Sentence { words, spans }
                })
                .collect();
            changed.then_some(Document { sentences })
        })
        .collect()
}

/// The BILOU labels of a sentence's gold spans.
pub(crate) fn gold_labels(s: &Sentence) -> Vec<u8> {
    let mut labels = vec![0u8; s.words.len()];
    for &(start, end, class) in &s.spans {
        let base = 1 + 4 * class as u8;
        if end - start == 1 {
            labels[start] = base + 3;
            continue;
        }
        labels[start] = base;
        for l in &mut labels[start + 1..end - 1] {
            *l = base + 1;
        }
        labels[end - 1] = base + 2;
    }
    labels
}

/// Tag every sentence of `docs` with kg's embedded tagger.
pub fn tag_documents(docs: &[Document]) -> Vec<Vec<Vec<Tagged>>> {
    let tagger = Tagger::embedded();
    docs.iter()
        .map(|d| d.sentences.iter().map(|s| tagger.tag(&s.forms())).collect())
        .collect()
}

/// Span counts of one class (or all).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub gold: usize,
    pub found: usize,
    pub correct: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        self.correct as f64 / self.found.max(1) as f64
    }
    pub fn recall(&self) -> f64 {
        self.correct as f64 / self.gold.max(1) as f64
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

/// Exact-span scores per class (in [`NerClass::ALL`] order) and overall.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Scores {
    pub classes: [Counts; 4],
    pub all: Counts,
}

/// Recognise `docs` (tagged as `tags`) and score the spans against the gold ones
/// (conlleval's definition: a span counts if its words and class are exact).
pub fn evaluate(rec: &Recogniser, docs: &[Document], tags: &[Vec<Vec<Tagged>>]) -> Scores {
    let mut scores = Scores::default();
    for (d, t) in docs.iter().zip(tags) {
        let forms: Vec<Vec<&str>> = d.sentences.iter().map(Sentence::forms).collect();
        let input: Vec<(&[&str], &[Tagged])> = forms
            .iter()
            .zip(t)
            .map(|(f, t)| (f.as_slice(), t.as_slice()))
            .collect();
        for (s, found) in d.sentences.iter().zip(rec.recognise(&input)) {
            for &(_, _, c) in &s.spans {
                scores.classes[c as usize].gold += 1;
            }
            for f in &found {
                scores.classes[f.class as usize].found += 1;
                if s.spans.contains(&(f.start, f.end, f.class)) {
                    scores.classes[f.class as usize].correct += 1;
                }
            }
        }
    }
    for c in scores.classes {
        scores.all.gold += c.gold;
        scores.all.found += c.found;
        scores.all.correct += c.correct;
    }
    scores
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conll_iob1_and_iob2_read_alike() {
        let iob2 = "-DOCSTART- O\n\nEU B-ORG\nrejects O\nPeter B-PER\nBlackburn I-PER\n\
                    Smith B-PER\n. O\n\nIn O\nNew B-LOC\nYork I-LOC\n";
        let iob1 = "-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\n\
                    Peter NNP I-NP I-PER\nBlackburn NNP I-NP I-PER\nSmith NNP I-NP B-PER\n\
                    . . O O\n\nIn IN O O\nNew NNP I-NP I-LOC\nYork NNP I-NP I-LOC\n";
        for text in [iob2, iob1] {
            let docs = read_conll(text);
            assert_eq!(docs.len(), 1);
            let s = &docs[0].sentences;
            assert_eq!(
                s[0].spans,
                vec![
                    (0, 1, NerClass::Org),
                    (2, 4, NerClass::Per),
                    (4, 5, NerClass::Per)
                ]
            );
            assert_eq!(s[1].spans, vec![(1, 3, NerClass::Loc)]);
        }
    }

    #[test]
    fn hyphenated_words_are_split_as_kg_does() {
        let doc = Document {
            sentences: vec![Sentence {
                words: [
                    "the",
                    "Anglo-Dutch",
                    "group",
                    "Royal",
                    "Dutch-Shell",
                    "said",
                ]
                .map(String::from)
                .to_vec(),
                spans: vec![(1, 2, NerClass::Misc), (3, 5, NerClass::Org)],
            }],
        };
        let copies = kg_tokenized_copies(std::slice::from_ref(&doc));
        let s = &copies[0].sentences[0];
        assert_eq!(
            s.words.join(" "),
            "the Anglo - Dutch group Royal Dutch - Shell said"
        );
        assert_eq!(s.spans, vec![(1, 4, NerClass::Misc), (5, 9, NerClass::Org)]);
        assert!(kg_tokenized_copies(&read_conll("a O\nb O\n")).is_empty());
    }
}
