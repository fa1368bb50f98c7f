//! A small CoNLL-U reader: treebank text in, sentences of (form, lemma, UPOS, XPOS)
//! words out.
//!
//! Used by the tagger's training and evaluation examples (UD English EWT). Only the
//! syntactic words are kept: multiword-token lines (`3-4`) and empty nodes (`8.1`)
//! are skipped, so `don't` arrives as `do` + `n't`, as a PTB-style tokenizer gives it.

use std::path::Path;

use super::tags::{Tag, Upos};

/// One syntactic word of a CoNLL-U sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub form: String,
    pub lemma: String,
    pub upos: Upos,
    pub xpos: Tag,
}

/// One sentence: its words in order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sentence {
    pub words: Vec<Word>,
}

impl Sentence {
    /// The word forms, borrowed.
    pub fn forms(&self) -> Vec<&str> {
        self.words.iter().map(|w| w.form.as_str()).collect()
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
        current.words.push(Word {
            form: cols[1].to_string(),
            lemma: cols[2].to_string(),
            upos,
            xpos,
        });
    }
    if !current.words.is_empty() {
        sentences.push(current);
    }
    Ok(sentences)
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
    }

    #[test]
    fn bad_lines_report_their_number() {
        let err = parse("1\tI\tI\tPRON\n").unwrap_err();
        assert!(matches!(err, ConlluError::Syntax { line: 1, .. }));
        let err = parse("1\tI\tI\tNOPE\tPRP\t_\t0\troot\t_\t_\n").unwrap_err();
        assert!(err.to_string().contains("NOPE"));
    }
}
