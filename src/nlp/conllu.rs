//! A small CoNLL-U reader: treebank text in, sentences of (form, lemma, UPOS, XPOS,
//! head, relation) words out.
//!
//! Used by the tagger's and the parser's training and evaluation examples (UD
//! English EWT, GUM). Only the
//! syntactic words are kept: multiword-token lines (`3-4`) and empty nodes (`8.1`)
//! are skipped, so `don't` arrives as `do` + `n't`, as a PTB-style tokenizer gives it.

use std::path::Path;

use super::deprel::DepRel;
use super::tags::{Tag, Upos};

/// One syntactic word of a CoNLL-U sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub form: String,
    pub lemma: String,
    pub upos: Upos,
    pub xpos: Tag,
    /// The head: 0 for the root, else the 1-based index of a word of the sentence
    /// (0 when the file has no tree).
    pub head: u32,
    /// The relation to the head ([`DepRel::Dep`] when the file has none; an unknown
    /// subtype reads as its universal relation).
    pub deprel: DepRel,
}

/// One sentence: its words in order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sentence {
    pub words: Vec<Word>,
}

impl Sentence {
    /// Whether every head is 0 or a word of the sentence, exactly one word hangs
    /// from the root, and the heads form a tree (no cycle).
    pub fn is_tree(&self) -> bool {
        let n = self.words.len();
        if self.words.iter().filter(|w| w.head == 0).count() != 1
            || self.words.iter().any(|w| w.head as usize > n)
        {
            return false;
        }
        (0..n).all(|i| {
            let mut at = i + 1;
            for _ in 0..=n {
                if at == 0 {
                    return true;
                }
                at = self.words[at - 1].head as usize;
            }
            false
        })
    }

    /// The word forms, borrowed.
    pub fn forms(&self) -> Vec<&str> {
        self.words.iter().map(|w| w.form.as_str()).collect()
    }

    /// The sentence read right to left, but for its last `keep` words: the words
    /// before them in reverse order, each head mirrored ([`mirror`]). Its own inverse.
    /// A parser trained on reversed sentences parses right to left (for tri-training,
    /// `examples/tri_parse.rs`); `keep` can hold sentence-final punctuation in place.
    pub fn reversed(&self, keep: usize) -> Sentence {
        let k = self.words.len().saturating_sub(keep);
        let mut words = self.words.clone();
        words[..k].reverse();
        for w in &mut words {
            w.head = mirror(w.head, k);
        }
        Sentence { words }
    }
}

/// Where word `i` (1-based; 0, the root, stays 0) goes when the first `k` words of
/// a sentence are reversed: `k + 1 - i` for `i <= k`, else `i`.
pub fn mirror(i: u32, k: usize) -> u32 {
    if i == 0 || i as usize > k {
        i
    } else {
        k as u32 + 1 - i
    }
}

/// A CoNLL-U file that could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ConlluError {
    #[error("{path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("line {line}: {message}")]
    Syntax { line: usize, message: String },
}

/// Read and parse a CoNLL-U file.
pub fn read(path: &Path) -> Result<Vec<Sentence>, ConlluError> {
    let text = std::fs::read_to_string(path).map_err(|source| ConlluError::Io {
        path: path.display().to_string(),
        source,
    })?;
    parse(&text)
}

/// Parse CoNLL-U text into sentences (blank lines end a sentence, `#` lines are
/// comments).
pub fn parse(text: &str) -> Result<Vec<Sentence>, ConlluError> {
    let mut sentences = Vec::new();
    let mut current = Sentence::default();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.is_empty() {
            if !current.words.is_empty() {
                sentences.push(std::mem::take(&mut current));
            }
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let syntax = |message: String| ConlluError::Syntax {
            line: i + 1,
            message,
        };
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            return Err(syntax(format!("expected 10 columns, found {}", cols.len())));
        }
        if !cols[0].bytes().all(|b| b.is_ascii_digit()) {
            continue; // multiword token or empty node
        }
        let upos =
            Upos::parse(cols[3]).ok_or_else(|| syntax(format!("unknown UPOS {}", cols[3])))?;
        let xpos =
            Tag::parse(cols[4]).ok_or_else(|| syntax(format!("unknown XPOS {}", cols[4])))?;
        let head = match cols[6] {
            "_" => 0,
            h => h.parse().map_err(|_| syntax(format!("bad HEAD {h}")))?,
        };
        let deprel = match cols[7] {
            "_" => DepRel::Dep,
            r => DepRel::parse(r).ok_or_else(|| syntax(format!("unknown DEPREL {r}")))?,
        };
        current.words.push(Word {
            form: cols[1].to_string(),
            lemma: cols[2].to_string(),
            upos,
            xpos,
            head,
            deprel,
        });
    }
    if !current.words.is_empty() {
        sentences.push(current);
    }
    Ok(sentences)
}

/// Write sentences as CoNLL-U text (ID, FORM, LEMMA, UPOS, XPOS, HEAD, DEPREL; the
/// other columns `_`), which [`parse`] reads back unchanged.
pub fn to_text(sentences: &[Sentence]) -> String {
    let mut out = String::new();
    for s in sentences {
        for (i, w) in s.words.iter().enumerate() {
            out.push_str(&format!(
                "{}\t{}\t{}\t{}\t{}\t_\t{}\t{}\t_\t_\n",
                i + 1,
                w.form,
                w.lemma,
                w.upos.as_str(),
                w.xpos.as_str(),
                w.head,
                w.deprel.as_str()
            ));
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# text = I don't.\n\
        1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n\
        2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n\
        2\tdo\tdo\tAUX\tVBP\t_\t0\troot\t_\t_\n\
        3\tn't\tnot\tPART\tRB\t_\t2\tadvmod\t_\t_\n\
        3.1\tx\tx\tX\tXX\t_\t_\t_\t_\t_\n\
        4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\
        \n\
        1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_\n";

    #[test]
    fn reads_words_and_skips_multiword_tokens() {
        let s = parse(SAMPLE).unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].forms(), ["I", "do", "n't", "."]);
        assert_eq!(s[0].words[2].lemma, "not");
        assert_eq!(s[0].words[1].xpos, Tag::VBP);
        assert_eq!(s[0].words[1].upos, Upos::AUX);
        assert_eq!(s[1].forms(), ["Yes"]);
        let heads: Vec<u32> = s[0].words.iter().map(|w| w.head).collect();
        assert_eq!(heads, [3, 0, 2, 2]);
        assert_eq!(s[0].words[2].deprel, DepRel::Advmod);
        assert!(s[0].is_tree() && s[1].is_tree());
        let mut cyclic = s[0].clone();
        cyclic.words[1].head = 1;
        assert!(!cyclic.is_tree());
        assert_eq!(parse(&to_text(&s)).unwrap(), s);
    }

    #[test]
    fn reversal_mirrors_words_and_heads() {
        let s = &parse(SAMPLE).unwrap()[0];
        let r = s.reversed(0);
        assert_eq!(r.forms(), [".", "n't", "do", "I"]);
        let heads: Vec<u32> = r.words.iter().map(|w| w.head).collect();
        assert_eq!(heads, [3, 3, 0, 2]);
        assert_eq!(r.words[1].deprel, DepRel::Advmod);
        assert!(r.is_tree());
        assert_eq!(&r.reversed(0), s);
        let body = s.reversed(1);
        assert_eq!(body.forms(), ["n't", "do", "I", "."]);
        let heads: Vec<u32> = body.words.iter().map(|w| w.head).collect();
        assert_eq!(heads, [2, 0, 1, 2]);
        assert_eq!(&body.reversed(1), s);
    }

    #[test]
    fn bad_lines_report_their_number() {
        let err = parse("1\tI\tI\tPRON\n").unwrap_err();
        assert!(matches!(err, ConlluError::Syntax { line: 1, .. }));
        let err = parse("1\tI\tI\tNOPE\tPRP\t_\t0\troot\t_\t_\n").unwrap_err();
        assert!(err.to_string().contains("NOPE"));
        let err = parse("1\tI\tI\tPRON\tPRP\t_\tx\troot\t_\t_\n").unwrap_err();
        assert!(err.to_string().contains("HEAD"));
    }
}
