//! Dependency parser: the words of one sentence and their tags in, one [`Arc`]
//! (head and Universal Dependencies relation) per word out, always a tree with a
//! single word hanging from the root.
//!
//! A greedy arc-eager transition parser ([`state`]): an averaged perceptron over
//! hashed features ([`features`], the templates of Zhang & Nivre 2011) chooses among
//! the four transitions, and a second, smaller one chooses the relation of each
//! new arc (module `weights` holds both at run time). Punctuation heads nothing. It is
//! trained with the dynamic oracle of Goldberg & Nivre (2012) on UD
//! English EWT and GUM, with the tags kg's own tagger predicts, by
//! `cargo run --release --example train-parser` ([`train`]); the model is stored in
//! `src/nlp/model/parser.bin` (CC BY-SA 4.0, see `src/nlp/model/README.md`).
//! The build script lays it out as the run-time tables (module `layout`), which the
//! binary holds and the parser reads in place.

pub mod features;
pub(crate) mod layout;
mod memo;
pub mod repair;
pub mod state;
pub mod train;
mod weights;

use std::borrow::Cow;
use std::cell::RefCell;
use std::sync::LazyLock;

use features::{N_LABEL, N_LABS, Token};
use memo::Memo;
use state::{LEFT, N_MOVES, RIGHT, State};
use weights::{LabelWeights, MoveTable};

use super::deprel::DepRel;
use super::tags::Tagged;

use crate::nlp::model_bytes::Aligned;
use layout::{MAGIC, N_LABELS};

const _: () = assert!(layout::N_MOVES == N_MOVES);

/// The embedded model's tables, laid out by the build script (`build.rs`) from
/// `src/nlp/model/parser.bin`.
static EMBEDDED_TABLES: &Aligned<[u8]> = &Aligned(*include_bytes!(concat!(
    env!("OUT_DIR"),
    "/parser-tables.bin"
)));
static EMBEDDED: LazyLock<Parser> = LazyLock::new(|| {
    let t = layout::tables(&EMBEDDED_TABLES.0).expect("the embedded parser tables read");
    let moves = MoveTable::new(t.moves.into(), t.levels);
    Parser::from_tables(
        t.allowed,
        moves,
        t.labels.into(),
        t.dense.into(),
        t.entries.into(),
    )
    .expect("the embedded parser model is valid")
});

/// A model that could not be decoded.
#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    #[error("not a parser model (bad magic)")]
    Magic,
    #[error("parser model truncated at byte {0}")]
    Truncated(usize),
    #[error("parser model is inconsistent: {0}")]
    Invalid(&'static str),
}

crate::nlp::model_bytes::from_layout_error!(ModelError);

/// The head and relation of one word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Arc {
    /// 0 for the root, else the 1-based index of the head word.
    pub head: u32,
    pub rel: DepRel,
}

/// A dependency parser. Obtain the embedded model with [`Parser::embedded`].
#[derive(Debug)]
pub struct Parser {
    moves: MoveTable,
    labels: LabelWeights,
    /// Initial relation scores: 0 for the relations the model may predict for an
    /// arc (all but `root`), the lowest score for the others.
    label_base: [i16; N_LABELS],
    /// The transition scores of each label feature ([`features::lab_key`]) for
    /// each label value (0 for none, else relation + 1).
    labs: Box<[[[i32; N_MOVES]; N_LABELS + 1]; N_LABS]>,
}

/// Per-thread buffers of [`Parser::parse_into`].
#[derive(Default)]
struct Scratch {
    state: State,
    tokens: Vec<Token>,
    tags: Vec<u8>,
    sums: Vec<[[i32; N_MOVES]; 2]>,
    memo: Memo,
    leaves: Vec<bool>,
}

impl Parser {
    /// The model embedded in the binary (its tables read in place on first use).
    pub fn embedded() -> &'static Parser {
        &EMBEDDED
    }

    /// Parse a sentence given as its words and their tags (one per word).
    pub fn parse(&self, words: &[&str], tags: &[Tagged]) -> Vec<Arc> {
        let mut out = Vec::with_capacity(words.len());
        self.parse_into(words, tags, &mut out);
        out
    }

    /// Parse into `out` (cleared first); allocates nothing once `out` and a
    /// per-thread buffer have room. A word without a tag (`tags` shorter than
    /// `words`) is read as having an unknown one.
    pub fn parse_into(&self, words: &[&str], tags: &[Tagged], out: &mut Vec<Arc>) {
        thread_local! {
            static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
        }
        SCRATCH.with_borrow_mut(|s| {
            s.tags.clear();
            s.tags
                .extend((0..words.len()).map(|i| tags.get(i).map_or(250, |t| t.tag as u8)));
            features::tokens(words, &s.tags, &mut s.tokens);
            s.leaves.clear();
            s.leaves.push(false);
            s.leaves
                .extend((0..words.len()).map(|i| tags.get(i).is_some_and(|t| t.tag.is_punct())));
            s.memo.reset(s.tokens.len());
            self.run(&mut s.state, &s.tokens, &s.leaves, &mut s.sums, &mut s.memo);
            out.clear();
            out.extend((1..=words.len()).map(|i| Arc {
                head: s.state.heads[i],
                rel: DepRel::from_index(s.state.labels[i]).unwrap_or_default(),
            }));
        });
    }

    /// Parse the sentence whose tokens are `toks` (see [`features::tokens`]) into
    /// `st` (`sums` is a buffer). Tokens marked in `leaves` (punctuation) head
    /// nothing: a word left without a head rather hangs from the root's dependent at
    /// the end. `memo` keeps the scores of the features that read one token (reset
    /// for `toks`).
    fn run(
        &self,
        st: &mut State,
        toks: &[Token],
        leaves: &[bool],
        sums: &mut Vec<[[i32; N_MOVES]; 2]>,
        memo: &mut Memo,
    ) {
        let n = toks.len() - 2;
        st.reset(n);
        // The scores of the features that read one position only, once per word:
        // `sums[i]` is for word `i` as the stack's top plus for the buffer from `i`.
        sums.clear();
        sums.extend((0..=n + 1).map(|i| {
            let mut s = [0i32; N_MOVES];
            if i > 0 {
                self.moves.score(&features::buffer(toks, i as u32), &mut s);
            }
            if i <= n {
                let mut top = [0i32; N_MOVES];
                self.moves.score(&features::top(&toks[i]), &mut top);
                return [s, top];
            }
            [s, [0; N_MOVES]]
        }));
        while !st.done() {
            let split = features::split(st, toks);
            let [b, _] = sums[st.b as usize];
            let [_, top] = sums[st.s0() as usize];
            let mut scores: [i32; N_MOVES] = std::array::from_fn(|m| b[m] + top[m]);
            self.moves.score(&split.pairs, &mut scores);
            for (r, &i) in split.roles.iter().enumerate() {
                add(&mut scores, memo.role(&self.moves, toks, i as usize, r));
            }
            for (j, &v) in split.labs.iter().enumerate() {
                match self.labs[j].get(v as usize) {
                    Some(w) => add(&mut scores, w),
                    None => self.moves.score(&[features::lab_key(j, v)], &mut scores),
                }
            }
            let mut valid = st.valid();
            if leaves.get(st.b as usize).copied().unwrap_or(false) {
                valid[LEFT] = false;
            }
            if leaves.get(st.s0() as usize).copied().unwrap_or(false) {
                valid[RIGHT] = false;
            }
            let m = best_valid(&scores, &valid);
            let label = self.arc_label(st, toks, m);
            st.apply(m, label);
        }
        st.finish(DepRel::Root as u8, |st, h, d| self.label(st, toks, h, d));
    }

    /// The relation of the arc that transition `m` adds (0 if none).
    #[inline]
    fn arc_label(&self, st: &State, toks: &[Token], m: usize) -> u8 {
        match m {
            LEFT => self.label(st, toks, st.b, st.s0()),
            RIGHT if st.s0() == 0 => DepRel::Root as u8,
            RIGHT => self.label(st, toks, st.s0(), st.b),
            _ => 0,
        }
    }

    /// The best relation for the arc `h → d` (never `root`).
    #[inline]
    fn label(&self, st: &State, toks: &[Token], h: u32, d: u32) -> u8 {
        let mut feats = [0u32; N_LABEL];
        features::label(st, toks, h, d, &mut feats);
        let mut scores = self.label_base;
        self.labels.score(&feats, &mut scores);
        let max = scores.iter().copied().max().unwrap_or(0);
        scores.iter().position(|&s| s == max).unwrap_or(0) as u8
    }

    /// Decode a model written by [`train::train`] (laid out as the embedded one
    /// is at compile time).
    pub fn from_bytes(bytes: &[u8]) -> Result<Parser, ModelError> {
        let blob = layout::lay_out(bytes, DepRel::ALL.len())?;
        let t = layout::tables(&blob).ok_or(ModelError::Invalid("layout"))?;
        let moves = MoveTable::new(t.moves.to_vec().into(), t.levels);
        Parser::from_tables(
            t.allowed,
            moves,
            t.labels.to_vec().into(),
            t.dense.to_vec().into(),
            t.entries.to_vec().into(),
        )
    }

    /// The parser whose relation set is `allowed` and whose tables are the
    /// sections of a [`layout`] blob (borrowed from the binary, or owned).
    fn from_tables(
        allowed: u64,
        moves: MoveTable,
        labels: Cow<'static, [[u8; layout::LINE]]>,
        dense: Cow<'static, [[u8; layout::ROW]]>,
        entries: Cow<'static, [[u8; 4]]>,
    ) -> Result<Parser, ModelError> {
        if allowed >> DepRel::ALL.len() != 0 || allowed & !(1 << DepRel::Root as u8) == 0 {
            return Err(ModelError::Invalid("relation set"));
        }
        let labels = LabelWeights::new(labels, dense, entries);
        let arcs = allowed & !(1 << DepRel::Root as u8);
        let labs = Box::new(std::array::from_fn(|j| {
            std::array::from_fn(|v| {
                let mut s = [0; N_MOVES];
                moves.score(&[features::lab_key(j, v as u64)], &mut s);
                s
            })
        }));
        Ok(Parser {
            moves,
            labs,
            labels,
            label_base: std::array::from_fn(|c| if arcs >> c & 1 == 1 { 0 } else { i16::MIN }),
        })
    }
}

/// `scores += w`.
#[inline]
fn add(scores: &mut [i32; N_MOVES], w: &[i32; N_MOVES]) {
    for (s, &x) in scores.iter_mut().zip(w) {
        *s += x;
    }
}

/// The valid transition with the highest score (the first one on ties; SHIFT when
/// none is valid, which only happens once the buffer is empty).
#[inline]
fn best_valid<T: PartialOrd + Copy>(scores: &[T; N_MOVES], valid: &[bool; N_MOVES]) -> usize {
    let mut best = None;
    for m in 0..N_MOVES {
        if valid[m] && best.is_none_or(|b: usize| scores[m] > scores[b]) {
            best = Some(m);
        }
    }
    best.unwrap_or(0)
}

/// The allowed relation (never `root`) with the highest score.
#[inline]
fn best_label<T: PartialOrd + Copy>(scores: &[T; N_LABELS], allowed: u64) -> u8 {
    let allowed = allowed & !(1 << DepRel::Root as u8);
    let mut best = DepRel::Dep as usize;
    let mut first = true;
    for (c, &s) in scores.iter().enumerate() {
        if allowed >> c & 1 == 1 && (first || s > scores[best]) {
            best = c;
            first = false;
        }
    }
    best as u8
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::Tagger;

    static EMBEDDED_BYTES: &[u8] = include_bytes!("../model/parser.bin");

    fn parse(sentence: &str) -> Vec<Arc> {
        let words: Vec<&str> = sentence.split_whitespace().collect();
        let tags = Tagger::embedded().tag(&words);
        Parser::embedded().parse(&words, &tags)
    }

    /// Every head is the root or a word, exactly one word hangs from the root, and
    /// following heads from any word reaches the root.
    fn assert_tree(arcs: &[Arc], what: &str) {
        let n = arcs.len();
        if n == 0 {
            return;
        }
        let roots: Vec<usize> = (0..n).filter(|&i| arcs[i].head == 0).collect();
        assert_eq!(roots.len(), 1, "{what}: roots {roots:?}");
        assert_eq!(arcs[roots[0]].rel, DepRel::Root, "{what}");
        for i in 0..n {
            let (mut at, mut steps) = (i + 1, 0);
            while at != 0 {
                assert!(
                    at <= n && steps <= n,
                    "{what}: word {} has no path to the root",
                    i + 1
                );
                at = arcs[at - 1].head as usize;
                steps += 1;
            }
            assert!(arcs[i].head == 0 || arcs[i].rel != DepRel::Root, "{what}");
        }
    }

    /// Check that the words `span` form one phrase (all but one hang inside it, as
    /// `flat` or `compound`), and that the one outside hangs from one of the words
    /// `heads` (`ROOT` for the root) with one of the relations `rels`.
    fn assert_phrase(sentence: &str, arcs: &[Arc], span: &str, heads: &str, rels: &str) {
        let words: Vec<&str> = sentence.split_whitespace().collect();
        let name = |i: u32| {
            if i == 0 {
                "ROOT"
            } else {
                words[i as usize - 1]
            }
        };
        let span: Vec<&str> = span.split(' ').collect();
        let outside: Vec<usize> = (0..words.len())
            .filter(|&i| span.contains(&words[i]) && !span.contains(&name(arcs[i].head)))
            .collect();
        assert_eq!(outside.len(), 1, "{span:?} in {sentence}: {arcs:?}");
        let a = arcs[outside[0]];
        let what = format!("{span:?} in {sentence}: {} {}", name(a.head), a.rel);
        assert!(heads.split(' ').any(|h| h == name(a.head)), "{what}");
        assert!(rels.split(' ').any(|r| r == a.rel.as_str()), "{what}");
        for i in (0..words.len()).filter(|&i| span.contains(&words[i]) && i != outside[0]) {
            assert!(
                matches!(arcs[i].rel.universal(), DepRel::Flat | DepRel::Compound),
                "{} in {what}",
                words[i]
            );
        }
    }

    #[test]
    fn embedded_model_decodes_and_parses_every_word() {
        let p = Parser::embedded();
        assert!(p.label_base.iter().filter(|&&s| s == 0).count() > 30);
        assert!(parse("").is_empty());
        let one = parse("Hello");
        assert_eq!(
            one,
            [Arc {
                head: 0,
                rel: DepRel::Root
            }]
        );
    }

    /// The tables the binary holds are the model file laid out (with the strict
    /// relation check of `from_bytes`), and a parser decoded from the file at run
    /// time parses as the embedded one.
    #[test]
    fn embedded_tables_are_the_model_laid_out() {
        let blob = layout::lay_out(EMBEDDED_BYTES, DepRel::ALL.len()).expect("the model lays out");
        assert!(blob == EMBEDDED_TABLES.0, "build.rs laid out another model");
        let decoded = Parser::from_bytes(EMBEDDED_BYTES).expect("the model decodes");
        let sentence = "Xi Jinping met Vladimir Putin in Beijing on Wednesday , state media said .";
        let words: Vec<&str> = sentence.split_whitespace().collect();
        let tags = Tagger::embedded().tag(&words);
        assert_eq!(decoded.parse(&words, &tags), parse(sentence));
    }

    #[test]
    fn news_and_odd_inputs_give_single_rooted_trees() {
        let long = "the troops arrived in Moscow and ".repeat(67);
        let cases = [
            "The troops arrived in Moscow .",
            "Xi Jinping met Vladimir Putin in Beijing on Wednesday , state media said .",
            "North Korea has sent thousands of troops to Russia , according to officials .",
            "“ We do n’t know , ” he said .",
            "Shares of Apple rose 3.5 % to $ 187.20 in early trading .",
            ". , ; : ! ? ...",
            "( ( ( ) ) )",
            "Путин 北京 … ǅ",
            "and and and and",
            long.as_str(),
        ];
        for sentence in cases {
            let arcs = parse(sentence);
            assert_eq!(
                arcs.len(),
                sentence.split_whitespace().count(),
                "{sentence}"
            );
            assert_tree(&arcs, sentence);
        }
        assert_eq!(parse(&long).len(), 402);
    }

    #[test]
    fn punctuation_heads_nothing() {
        let sentences = [
            "Xi met Vladimir Putin in Beijing .",
            "“ We do n’t know , ” he said .",
            "Prices rose ( sharply ) - and fell ; then : nothing !",
        ];
        for sentence in sentences {
            let words: Vec<&str> = sentence.split_whitespace().collect();
            let tags = Tagger::embedded().tag(&words);
            let arcs = Parser::embedded().parse(&words, &tags);
            for a in arcs.iter().filter(|a| a.head > 0) {
                let head = &tags[a.head as usize - 1];
                assert!(!head.tag.is_punct(), "{sentence}: {arcs:?}");
            }
        }
    }

    #[test]
    fn missing_tags_and_odd_words_do_not_panic() {
        let words = ["", " ", "x\ny", "Путин", "met", "."];
        let arcs = Parser::embedded().parse(&words, &[]);
        assert_tree(&arcs, "no tags");
        let mut out = vec![
            Arc {
                head: 7,
                rel: DepRel::Dep
            };
            3
        ];
        let tags = Tagger::embedded().tag(&words[..2]);
        Parser::embedded().parse_into(&words, &tags, &mut out);
        assert_eq!(out.len(), words.len());
        assert_tree(&out, "too few tags");
    }

    #[test]
    fn clear_structures() {
        // (phrase, its possible heads, its possible relations); UD names are `flat`
        // from their first word, and EWT 2.16 and GUM make a title before a name
        // its `nmod:desc` (formerly `compound`).
        type Phrase = (&'static str, &'static str, &'static str);
        let cases: [(&str, &[Phrase]); 3] = [
            (
                "Xi Jinping met Vladimir Putin in Beijing .",
                &[
                    ("met", "ROOT", "root"),
                    ("Xi Jinping", "met", "nsubj"),
                    ("Vladimir Putin", "met", "obj"),
                    ("in", "Beijing", "case"),
                    (".", "met Vladimir Putin", "punct"),
                ],
            ),
            (
                "On Wednesday , Kim Jong Un met Vladimir Putin in Beijing .",
                &[
                    ("met", "ROOT", "root"),
                    ("Kim Jong Un", "met", "nsubj"),
                    ("Vladimir Putin", "met", "obj"),
                    ("Wednesday", "met", "obl"),
                    ("On", "Wednesday", "case"),
                ],
            ),
            (
                "BA chairman Martin Broughton said the company would cut jobs .",
                &[
                    ("said", "ROOT", "root"),
                    ("Martin Broughton", "said", "nsubj"),
                    ("chairman", "Martin Broughton", "compound nmod:desc"),
                    ("BA", "chairman", "compound"),
                    ("cut", "said", "ccomp"),
                    ("company", "cut", "nsubj"),
                    ("jobs", "cut", "obj"),
                    (".", "said", "punct"),
                ],
            ),
        ];
        for (sentence, expected) in cases {
            let arcs = parse(sentence);
            for &(span, heads, rels) in expected {
                assert_phrase(sentence, &arcs, span, heads, rels);
            }
        }
    }

    #[test]
    fn bad_models_are_rejected() {
        assert!(matches!(
            Parser::from_bytes(b"nope"),
            Err(ModelError::Truncated(_))
        ));
        assert!(matches!(
            Parser::from_bytes(b"NOTMAGIC........"),
            Err(ModelError::Magic)
        ));
        let mut truncated = EMBEDDED_BYTES.to_vec();
        truncated.truncate(truncated.len() - 1);
        assert!(Parser::from_bytes(&truncated).is_err());
        let mut longer = EMBEDDED_BYTES.to_vec();
        longer.push(0);
        assert!(Parser::from_bytes(&longer).is_err());
        let mut no_relations = EMBEDDED_BYTES.to_vec();
        no_relations[8..16].fill(0);
        assert!(matches!(
            Parser::from_bytes(&no_relations),
            Err(ModelError::Invalid(_))
        ));
    }
}
