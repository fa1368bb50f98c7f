//! The extraction view of one analysed sentence with its dependency tree: what
//! the tree pattern families ([`super::np`], [`super::verbal`]) read.
//!
//! In: an [`AnalysedSentence`] and its [`Tree`]. Out: a [`TreeSentence`] that
//! adds, for every word inside a named mention (a name or an acronym), that
//! mention and the name's head word.

use crate::nlp::{AnalysedSentence, DepRel, MentionForm, Tag, Tree, lexicon};
use crate::vocab::EntityKind;

/// A named mention as the tree patterns see it: its words and kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Named {
    /// Index into the sentence's mentions.
    pub mention: usize,
    /// Its words, `start..end`.
    pub start: usize,
    pub end: usize,
    pub kind: EntityKind,
    /// The word of the name whose head lies outside it (the name's head).
    pub head: usize,
}

/// One sentence with its tree, for the tree pattern families.
pub struct TreeSentence<'a> {
    pub text: &'a str,
    pub words: &'a [&'a str],
    pub a: &'a AnalysedSentence,
    pub tree: &'a Tree,
    /// Named mentions (names, acronyms) with the words they cover.
    pub named: Vec<Named>,
    /// For each word, the index into `named` of the name it is part of.
    pub named_at: Vec<Option<u16>>,
}

impl<'a> TreeSentence<'a> {
    pub fn new(
        text: &'a str,
        words: &'a [&'a str],
        a: &'a AnalysedSentence,
        tree: &'a Tree,
    ) -> TreeSentence<'a> {
        let n = words.len();
        let mut named = Vec::new();
        let mut named_at = vec![None; n];
        for (mi, m) in a.mentions.iter().enumerate() {
            if !matches!(m.form, MentionForm::Name | MentionForm::Acronym) {
                continue;
            }
            // A family's words run on over its noun (`the Barclay twins`), a
            // government's over its country (`Japan's government`).
            let words_of = if m.family.is_some() || m.body.is_some() {
                m.span
            } else {
                m.name
            };
            let inside: Vec<usize> = (0..n)
                .filter(|&i| {
                    let s = a.tokens[i].span;
                    s.start >= words_of.start && s.end <= words_of.end
                })
                .collect();
            let (Some(&first), Some(&last)) = (inside.first(), inside.last()) else {
                continue;
            };
            // `Mrs Howard`: a courtesy title before the name belongs to it (the
            // treebanks head such a name on the title: `Mrs` ← flat `Howard`).
            // So does a possessor's title the parser made the name's head
            // (`Princess` ← flat `Diana`), whose name is then found from the
            // title's word (`Princess Diana's brother`).
            let mut start = first;
            while start > 0
                && a.tokens[start - 1].span.start >= m.span.start
                && (lexicon::honorific(words[start - 1]).is_some()
                    || tree.head(start) == Some(start - 1)
                        && tree.rel(start) == DepRel::Flat
                        && tree.rel(start - 1) == DepRel::NmodPoss
                        && a.tags[start - 1].tag.is_proper())
            {
                start -= 1;
            }
            let end = last + 1;
            if named_at[start..end].iter().any(Option::is_some)
                || named.len() >= usize::from(u16::MAX)
            {
                continue;
            }
            let head = (start..end)
                .find(|&i| tree.head(i).is_none_or(|h| h < start || h >= end))
                .unwrap_or(last);
            for slot in &mut named_at[start..end] {
                *slot = Some(named.len() as u16);
            }
            named.push(Named {
                mention: mi,
                start,
                end,
                kind: m.kind,
                head,
            });
        }
        TreeSentence {
            text,
            words,
            a,
            tree,
            named,
            named_at,
        }
    }

    /// The name word `i` belongs to.
    pub fn named(&self, i: usize) -> Option<&Named> {
        self.named_at[i].map(|k| &self.named[k as usize])
    }

    /// The name whose head word is `i`.
    pub fn named_head(&self, i: usize) -> Option<&Named> {
        self.named(i).filter(|n| n.head == i)
    }

    /// The mention that refers without naming (a pronoun, demonym, role
    /// phrase or description) whose head word is `i`: the last word of its span.
    pub fn referring_head(&self, i: usize) -> Option<usize> {
        let span = self.a.tokens[i].span;
        self.a.mentions.iter().position(|m| {
            refers_without_naming(m.form) && m.span.start <= span.start && span.end == m.span.end
        })
    }

    /// The demonym mention (`North Korean`) covering word `i`, if any.
    pub fn demonym_at(&self, i: usize) -> Option<usize> {
        let span = self.a.tokens[i].span;
        self.a.mentions.iter().position(|m| {
            m.form == MentionForm::Demonym && m.span.start <= span.start && span.end <= m.span.end
        })
    }

    /// The lemma of word `i`.
    pub fn lemma(&self, i: usize) -> &str {
        self.a.lemma(i)
    }

    /// Is word `i` a noun describing organisations (`carmaker`, `giant`,
    /// `firm`: [`crate::vocab::description_kind`])?
    pub fn describes_organisations(&self, i: usize) -> bool {
        crate::vocab::description_kind(&self.lemma(i).to_lowercase())
            == Some(EntityKind::Organization)
    }

    /// The tag of word `i`.
    pub fn tag(&self, i: usize) -> Tag {
        self.a.tags[i].tag
    }

    /// The preposition or possessive marker of nominal `i` (its `case` child),
    /// lower case. A name's head whose preposition the parser hung from an
    /// earlier word of the name (`to` ← `Alliance` in `to Arts Alliance
    /// Digital Cinema`) takes that preposition.
    pub fn case(&self, i: usize) -> Option<String> {
        self.case_before(i, i).or_else(|| {
            let n = self.named_head(i)?;
            (n.start..n.end)
                .filter(|&w| w != i)
                .find_map(|w| self.case_before(w, n.start))
        })
    }

    /// The `case`/`fixed` children of word `i` left of word `before`, with
    /// the `fixed` words of each (`according` ← `to`), joined.
    fn case_before(&self, i: usize, before: usize) -> Option<String> {
        let fixed = |k: usize| self.tree.children_by(k, |r| r == DepRel::Fixed);
        let words: Vec<String> = self
            .tree
            .children_by(i, |r| r == DepRel::Case || r == DepRel::Fixed)
            .filter(|&k| k < before)
            .flat_map(|k| std::iter::once(k).chain(fixed(k)))
            .map(|k| self.words[k].to_lowercase().replace('’', "'"))
            .collect();
        (!words.is_empty()).then(|| words.join(" "))
    }
}

/// Whether a mention of `form` refers without naming: a pronoun, demonym,
/// role phrase or description.
pub fn refers_without_naming(form: MentionForm) -> bool {
    matches!(
        form,
        MentionForm::Pronoun
            | MentionForm::Demonym
            | MentionForm::RolePhrase
            | MentionForm::Description
    )
}

/// The test harness of the tree pattern families: one pre-tokenized sentence
/// with a hand-written tree through one family.
#[cfg(test)]
pub(crate) mod testing {
    use super::TreeSentence;
    use crate::extract::RawTriple;
    use crate::nlp::{DepRel, Tokenization, Tree, analyse};
    use crate::text::{Document, segment_lines};

    /// The triples `family` reads from `sentence` (tokens separated by spaces)
    /// with the tree `arcs` (`head:rel` per word, heads 1-based, 0 the root),
    /// each shown by `show` (given the sentence text).
    pub(crate) fn run_family(
        sentence: &str,
        arcs: &str,
        family: fn(&TreeSentence<'_>, &mut Vec<RawTriple>),
        show: impl Fn(&str, &RawTriple) -> String,
    ) -> Vec<String> {
        let doc = Document {
            name: "t".into(),
            text: sentence.into(),
        };
        let a = analyse(&doc, &segment_lines(&doc.text), Tokenization::Spaces).remove(0);
        let words = a.words(&doc.text);
        let arcs: Vec<(u32, DepRel)> = arcs
            .split_whitespace()
            .map(|x| {
                let (h, r) = x.split_once(':').unwrap();
                (h.parse().unwrap(), DepRel::parse(r).unwrap())
            })
            .collect();
        assert_eq!(arcs.len(), words.len(), "{sentence}");
        let tree = Tree::new(arcs.into_iter());
        let ts = TreeSentence::new(&doc.text, &words, &a, &tree);
        let mut out = Vec::new();
        family(&ts, &mut out);
        out.iter().map(|t| show(&doc.text, t)).collect()
    }

    /// Check a family's table of (sentence, tree, must give, must not give)
    /// rows, each run through `run`.
    pub(crate) fn check_rows(
        rows: &[(&str, &str, &[&str], &[&str])],
        run: impl Fn(&str, &str) -> Vec<String>,
    ) {
        for (sentence, arcs, must, must_not) in rows {
            let got = run(sentence, arcs);
            for m in *must {
                assert!(
                    got.iter().any(|g| g == m),
                    "{sentence}\nwant {m}\ngot {got:?}"
                );
            }
            for m in *must_not {
                assert!(
                    !got.iter().any(|g| g == m),
                    "{sentence}\nunwanted {m}\ngot {got:?}"
                );
            }
        }
    }
}
