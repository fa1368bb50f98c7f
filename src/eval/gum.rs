//! GUM's coreference layer: a CoNLL-U file of GUM's UD edition in, documents out
//! (each sentence's `# text`, its words with their byte spans in that text, and
//! the gold mentions with their chain id).
//!
//! Mentions are read from MISC `Entity=` values in CoNLL-2012 bracket form, as
//! the file's `# global.Entity = GRP-etype-infstat-…` header describes them:
//! `(3-person-new-…-Lord_Byron` opens a mention of chain 3, `3)` closes the
//! innermost open mention of chain 3, `(5-place-…)` is a one-word mention, and
//! one word may carry several (`(4-organization-…(5-place-…)`, `4)1)`). A mention
//! may span sentences only in theory; here one that is still open at a
//! sentence's end is an error. Multiword tokens (`Byron's` = `Byron` + `'s`)
//! are aligned to the text through their surface form; empty nodes are skipped.

use crate::text::Span;

/// One document: its id (`# newdoc id`), sentences and gold mentions.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GumDocument {
    pub id: String,
    pub sentences: Vec<GumSentence>,
    /// In order of their first word (outer before inner).
    pub mentions: Vec<GoldMention>,
}

impl GumDocument {
    /// The document as kg reads it, one sentence per line, with the byte
    /// offset of each sentence in that text.
    pub fn text(&self) -> (String, Vec<usize>) {
        let mut text = String::new();
        let mut offsets = Vec::with_capacity(self.sentences.len());
        for s in &self.sentences {
            offsets.push(text.len());
            text.push_str(&s.text);
            text.push('\n');
        }
        (text, offsets)
    }

    /// Word `w` of sentence `s` as a byte span of [`GumDocument::text`].
    pub fn word_span(&self, offsets: &[usize], s: usize, w: usize) -> Span {
        let word = &self.sentences[s].words[w];
        Span::new(offsets[s] + word.start, offsets[s] + word.end)
    }
}

/// One sentence: the `# text` line and its syntactic words.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GumSentence {
    pub text: String,
    pub words: Vec<GumWord>,
}

/// One syntactic word.
#[derive(Debug, Clone, PartialEq)]
pub struct GumWord {
    pub form: String,
    /// Byte offsets of the word in its sentence's text (a word of a multiword
    /// token that cannot be found inside it gets the whole token).
    pub start: usize,
    pub end: usize,
    pub upos: String,
    /// 0 for the root, else the 1-based index of the head word.
    pub head: usize,
    /// `Person=3` in FEATS.
    pub third_person: bool,
}

/// One gold mention: words `first..=last` of a sentence (0-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldMention {
    pub sentence: usize,
    pub first: usize,
    pub last: usize,
    /// The syntactic head: the first non-punctuation word whose head lies outside
    /// the mention (the last word when there is none).
    pub head: usize,
    /// Chain id, shared by every mention of one entity in the document.
    pub chain: String,
    /// Entity type (`person`, `organization`, `place`, …).
    pub etype: String,
}

/// One bracket of an `Entity=` value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Bracket {
    /// `(ID-etype-…`; `closed` when the same bracket ends on this word (`…)`).
    Open {
        chain: String,
        etype: String,
        closed: bool,
    },
    /// `ID)`.
    Close { chain: String },
}

/// A GUM file that could not be read.
#[derive(Debug, thiserror::Error)]
pub enum GumError {
    #[error("line {line}: {message}")]
    Syntax { line: usize, message: String },
}

/// Parse the value of one `Entity=` field into its brackets, in order.
pub fn parse_entity(value: &str) -> Result<Vec<Bracket>, String> {
    let mut out = Vec::new();
    let mut rest = value;
    while !rest.is_empty() {
        if let Some(body) = rest.strip_prefix('(') {
            let end = body.find(['(', ')']).unwrap_or(body.len());
            let closed = body[end..].starts_with(')');
            let mut fields = body[..end].split('-');
            let chain = fields.next().unwrap_or_default();
            let etype = fields.next().unwrap_or_default();
            if chain.is_empty() || etype.is_empty() {
                return Err(format!("bad mention opening in {value:?}"));
            }
            out.push(Bracket::Open {
                chain: chain.to_string(),
                etype: etype.to_string(),
                closed,
            });
            rest = &body[end + usize::from(closed)..];
        } else {
            let end = rest
                .find(')')
                .ok_or_else(|| format!("unclosed bracket in {value:?}"))?;
            if end == 0 || rest[..end].contains('(') {
                return Err(format!("bad mention closing in {value:?}"));
            }
            out.push(Bracket::Close {
                chain: rest[..end].to_string(),
            });
            rest = &rest[end + 1..];
        }
    }
    Ok(out)
}

/// Parse a whole GUM CoNLL-U text into documents.
pub fn parse(text: &str) -> Result<Vec<GumDocument>, GumError> {
    let mut docs: Vec<GumDocument> = Vec::new();
    let mut sent = GumSentence::default();
    // Open mentions of the current sentence: (chain, etype, first word).
    let mut open: Vec<(String, String, usize)> = Vec::new();
    // The surface and byte span of the current multiword token, and its last word.
    let mut mwt: Option<(usize, usize, usize)> = None;
    let mut cursor = 0;
    let err = |line: usize, message: String| GumError::Syntax {
        line: line + 1,
        message,
    };
    for (no, line) in text.lines().enumerate() {
        if let Some(id) = line.strip_prefix("# newdoc id = ") {
            docs.push(GumDocument {
                id: id.trim().to_string(),
                ..GumDocument::default()
            });
        } else if let Some(t) = line.strip_prefix("# text = ") {
            sent.text = t.to_string();
        } else if line.trim().is_empty() {
            if sent.words.is_empty() {
                continue;
            }
            if let Some((chain, _, _)) = open.first() {
                return Err(err(no, format!("mention of chain {chain} still open")));
            }
            let doc = docs
                .last_mut()
                .ok_or_else(|| err(no, "sentence before `# newdoc id`".into()))?;
            doc.sentences.push(std::mem::take(&mut sent));
            (mwt, cursor) = (None, 0);
        } else if !line.starts_with('#') {
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() != 10 {
                return Err(err(no, format!("{} columns", cols.len())));
            }
            if cols[0].contains('.') {
                continue;
            }
            if let Some((_, b)) = cols[0].split_once('-') {
                let b: usize = b.parse().map_err(|_| err(no, "bad range".into()))?;
                let (s, e) = locate(&sent.text, cursor, cols[1]);
                cursor = e;
                mwt = Some((s, e, b));
                continue;
            }
            let index: usize = cols[0].parse().map_err(|_| err(no, "bad id".into()))?;
            let (start, end) = match mwt {
                Some((s, e, last)) if index <= last => {
                    let from = sent.words.last().map_or(s, |w| w.end.max(s));
                    let (ws, we) = locate(&sent.text[..e], from, cols[1]);
                    if ws >= s && we <= e && we > ws {
                        (ws, we)
                    } else {
                        (s, e)
                    }
                }
                _ => {
                    let (s, e) = locate(&sent.text, cursor, cols[1]);
                    cursor = e;
                    (s, e)
                }
            };
            let w = sent.words.len();
            sent.words.push(GumWord {
                form: cols[1].to_string(),
                start,
                end,
                upos: cols[3].to_string(),
                head: cols[6].parse().unwrap_or(0),
                third_person: cols[5].split('|').any(|f| f == "Person=3"),
            });
            let Some(value) = cols[9].split('|').find_map(|f| f.strip_prefix("Entity=")) else {
                continue;
            };
            let brackets = parse_entity(value).map_err(|m| err(no, m))?;
            let doc = docs
                .last_mut()
                .ok_or_else(|| err(no, "word before `# newdoc id`".into()))?;
            for b in brackets {
                match b {
                    Bracket::Open {
                        chain,
                        etype,
                        closed: false,
                    } => open.push((chain, etype, w)),
                    Bracket::Open {
                        chain,
                        etype,
                        closed: true,
                    } => doc.mentions.push(GoldMention {
                        sentence: doc.sentences.len(),
                        first: w,
                        last: w,
                        head: w,
                        chain,
                        etype,
                    }),
                    Bracket::Close { chain } => {
                        let at = open
                            .iter()
                            .rposition(|(c, _, _)| *c == chain)
                            .ok_or_else(|| err(no, format!("closing unopened chain {chain}")))?;
                        let (chain, etype, first) = open.remove(at);
                        doc.mentions.push(GoldMention {
                            sentence: doc.sentences.len(),
                            first,
                            last: w,
                            head: 0,
                            chain,
                            etype,
                        });
                    }
                }
            }
        }
    }
    if !sent.words.is_empty()
        && let Some(doc) = docs.last_mut()
    {
        doc.sentences.push(sent);
    }
    for doc in &mut docs {
        for m in &mut doc.mentions {
            m.head = head_of(&doc.sentences[m.sentence].words, m.first, m.last);
        }
        doc.mentions
            .sort_by_key(|m| (m.sentence, m.first, std::cmp::Reverse(m.last)));
    }
    Ok(docs)
}

/// Where `form` next occurs in `text` from `from` (skipping what lies between,
/// normally whitespace); an empty span at `from` when it does not.
fn locate(text: &str, from: usize, form: &str) -> (usize, usize) {
    let from = from.min(text.len());
    match text[from..].find(form) {
        Some(at) => (from + at, from + at + form.len()),
        None => (from, from),
    }
}

/// The first non-punctuation word of `first..=last` whose head is outside it.
fn head_of(words: &[GumWord], first: usize, last: usize) -> usize {
    (first..=last)
        .find(|&i| {
            let h = words[i].head;
            words[i].upos != "PUNCT" && (h == 0 || h - 1 < first || h - 1 > last)
        })
        .unwrap_or(last)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn open(chain: &str, etype: &str, closed: bool) -> Bracket {
        Bracket::Open {
            chain: chain.into(),
            etype: etype.into(),
            closed,
        }
    }

    fn close(chain: &str) -> Bracket {
        Bracket::Close {
            chain: chain.into(),
        }
    }

    #[test]
    fn entity_values_parse_into_brackets() {
        let cases: Vec<(&str, Vec<Bracket>)> = vec![
            (
                "(3-person-new-sssss-cf1-1-coref-Lord_Byron)",
                vec![open("3", "person", true)],
            ),
            (
                "(8-organization-new-nnsnn-cf3-2,4,6-coref",
                vec![open("8", "organization", false)],
            ),
            ("9)", vec![close("9")]),
            ("4)1)", vec![close("4"), close("1")]),
            (
                "(1-abstract-giv:act-snnns-cf2*-4,6,7-coref(3-person-giv:act-sssss-cf1-1-ana-Lord_Byron)",
                vec![open("1", "abstract", false), open("3", "person", true)],
            ),
            (
                "(7-time-new-nnnnn-cf8-1-sgl)6)",
                vec![open("7", "time", true), close("6")],
            ),
        ];
        for (value, want) in cases {
            assert_eq!(parse_entity(value).as_ref(), Ok(&want), "{value}");
        }
        for bad in ["(", "3", "(-person)", "()", "3(4)"] {
            assert!(parse_entity(bad).is_err(), "{bad}");
        }
    }

    const DOC: &str = "# newdoc id = d1
# text = Byron's school, the school of Dr. Glennie.
1-2\tByron's\t_\t_\t_\t_\t_\t_\t_\t_
1\tByron\tByron\tPROPN\tNNP\t_\t3\tnmod:poss\t_\tEntity=(1-organization-new-x-cf1-1-coref(2-person-new-x-cf2-1-coref)
2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_
3\tschool\tschool\tNOUN\tNN\t_\t0\troot\t_\tEntity=1)|SpaceAfter=No
4\t,\t,\tPUNCT\t,\t_\t6\tpunct\t_\t_
5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\tEntity=(1-organization-giv-x-cf1-1-coref
6\tschool\tschool\tNOUN\tNN\t_\t3\tappos\t_\t_
7\tof\tof\tADP\tIN\t_\t9\tcase\t_\t_
8\tDr.\tDr.\tPROPN\tNNP\t_\t9\tnmod\t_\tEntity=(2-person-giv-x-cf2-1,2-coref
9\tGlennie\tGlennie\tPROPN\tNNP\t_\t6\tnmod\t_\tEntity=2)1)|SpaceAfter=No
10\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_

# newdoc id = d2
# text = He left.
1\tHe\the\tPRON\tPRP\tPerson=3\t2\tnsubj\t_\tEntity=(1-person-giv-x-cf1-1-ana)
2\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No
3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_
";

    #[test]
    fn documents_mentions_and_word_spans() {
        let docs = parse(DOC).expect("parses");
        assert_eq!(docs.len(), 2);
        let d = &docs[0];
        let s = &d.sentences[0];
        let words: Vec<&str> = s.words.iter().map(|w| &s.text[w.start..w.end]).collect();
        assert_eq!(
            words,
            [
                "Byron", "'s", "school", ",", "the", "school", "of", "Dr.", "Glennie", "."
            ]
        );
        // (sentence, first, last, head, chain, etype), outer before inner.
        let got: Vec<(usize, usize, usize, usize, &str, &str)> = d
            .mentions
            .iter()
            .map(|m| (m.sentence, m.first, m.last, m.head, &*m.chain, &*m.etype))
            .collect();
        assert_eq!(
            got,
            [
                (0, 0, 2, 2, "1", "organization"),
                (0, 0, 0, 0, "2", "person"),
                (0, 4, 8, 5, "1", "organization"),
                (0, 7, 8, 8, "2", "person"),
            ]
        );
        assert_eq!(docs[1].id, "d2");
        assert!(docs[1].sentences[0].words[0].third_person);
        assert_eq!(docs[1].mentions[0].chain, "1");
    }

    #[test]
    fn broken_brackets_are_errors() {
        for bad in [
            DOC.replace("Entity=2)1)", "Entity=2)"),
            DOC.replace("Entity=1)|", "Entity=5)|"),
        ] {
            assert!(parse(&bad).is_err());
        }
    }
}
