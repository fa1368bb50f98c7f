//! The analysed sentence: the output of the language stage, built once per
//! sentence and handed to extraction as one typed value.
//!
//! In: a [`Document`] and its [`Sentence`]s (from [`crate::text`]). Out: one
//! [`AnalysedSentence`] per sentence with its tokens (byte spans into the
//! document), part-of-speech tags (the tagger's, with rule repairs, and names
//! forced to proper nouns), lemmas, the dependency tree of the trained parser,
//! and entity mentions (the mention finder's, reconciled with the trained
//! recogniser's names and kinds, the kinds of guessed names then corrected
//! from the tree by the `kinds` module). Later stages only read
//! it; none of them tags, lemmatises or finds mentions again.

use crate::nlp::lemma::lemma;
use crate::nlp::mentions::recognised::{Recognised, reconcile};
use crate::nlp::ner::{NamedSpan, NerClass, Recogniser};
use crate::nlp::{DepRel, Mention, MentionForm, Parser, Tag, Tagged, Tagger, Tree, Upos};
use crate::text::{Document, Sentence, Span, Token, tokenize_into};
use crate::vocab::EntityKind;

/// How the words of a sentence are found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Tokenization {
    /// kg's tokenizer (words, numbers, punctuation, clitics split off).
    #[default]
    Words,
    /// The sentence is already tokenized: tokens are separated by whitespace and
    /// taken as they are (`--tokenized`, as treebanks and benchmarks come).
    Spaces,
}

/// One sentence as the language stage reads it.
///
/// Invariants: `tokens`, `tags` and the lemmas are parallel (one entry per
/// token); `&doc.text[t.span.start..t.span.end]` is token `t`; mentions are in
/// text order, do not overlap, and lie inside the sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct AnalysedSentence {
    pub sentence: Sentence,
    pub tokens: Vec<Token>,
    pub tags: Vec<Tagged>,
    /// All lemmas, concatenated; `lemma_ends[i]` is where lemma `i` ends.
    lemma_text: String,
    lemma_ends: Vec<u32>,
    /// The dependency tree (one node per token).
    pub tree: Tree,
    pub mentions: Vec<Mention>,
}

impl AnalysedSentence {
    /// The words of the sentence, borrowed from the document text.
    pub fn words<'a>(&self, text: &'a str) -> Vec<&'a str> {
        self.tokens.iter().map(|t| t.text(text)).collect()
    }

    /// The lemma of token `i`: lower case (`met` → `meet`, `troops` → `troop`),
    /// except that a proper noun is its own lemma, as written.
    pub fn lemma(&self, i: usize) -> &str {
        let start = if i == 0 {
            0
        } else {
            self.lemma_ends[i - 1] as usize
        };
        &self.lemma_text[start..self.lemma_ends[i] as usize]
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// Whether the sentence has no token.
    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }
}

/// Analyse every sentence of a document, in order: tokens and tags first, then
/// the recogniser over the whole document (earlier sentences inform later
/// ones), then per sentence the mentions, lemmas and tree.
pub fn analyse(doc: &Document, sentences: &[Sentence], how: Tokenization) -> Vec<AnalysedSentence> {
    let text = doc.text.as_str();
    let tagger = Tagger::embedded();
    let mut tagged: Vec<(Vec<Token>, Vec<&str>, Vec<Tagged>)> = sentences
        .iter()
        .map(|s| {
            let mut tokens = Vec::new();
            match how {
                Tokenization::Words => tokenize_into(text, s.span, &mut tokens),
                Tokenization::Spaces => split_on_spaces(text, s.span, &mut tokens),
            }
            let words: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
            let mut tags = Vec::with_capacity(words.len());
            if !words.is_empty() {
                tagger.tag_into(&words, &mut tags);
                crate::nlp::chunk::repair_tags(&words, &mut tags);
            }
            (tokens, words, tags)
        })
        .collect();
    let inputs: Vec<(&[&str], &[Tagged])> = tagged
        .iter()
        .map(|(_, w, t)| (w.as_slice(), t.as_slice()))
        .collect();
    let names = Recogniser::embedded().recognise(&inputs);
    let mut analysed: Vec<AnalysedSentence> = sentences
        .iter()
        .zip(tagged.iter_mut())
        .zip(names)
        .map(|((s, (tokens, words, tags)), names)| {
            let tokens = std::mem::take(tokens);
            let tags = std::mem::take(tags);
            analyse_one(text, s, tokens, words, tags, &names)
        })
        .collect();
    drop_headline_guesses(text, &mut analysed);
    // Works are typed from their context (a title's first word may join it).
    crate::nlp::mentions::type_works(text, &mut analysed);
    for a in &mut analysed {
        mark_subjects(&a.tokens, &a.tags, &a.tree, &mut a.mentions);
        crate::nlp::kinds::refine(text, a);
    }
    analysed
}

/// In a title-case headline (the document's first sentence) every word is
/// capitalised, so the names found there are guesses (`Billion Eurolire Bond`,
/// `Australian Police Arrest Former Westpac Clerk`). A headline name stays when
/// the lexicon knows it, when it ends in a legal form, stands in a wire's
/// angle brackets (`<The National Bank Of New Zealand Ltd>`) or before its
/// ticker (`Esso Saf <Essf.Pa>`), or when the rest
/// of the document writes each of its words capitalised (`Volvo` beside `AB
/// Volvo`; `LME` for `Lme`); small words (`of`, `and`, `the`, prepositions),
/// legal forms and class nouns (`Soros Group` beside `the group`) need not
/// recur. A document that is all headline keeps its
/// names.
fn drop_headline_guesses(text: &str, sentences: &mut [AnalysedSentence]) {
    let Some(first) = sentences.first() else {
        return;
    };
    if first.sentence.index != 0 || !crate::nlp::mentions::headline(&first.words(text)) {
        return;
    }
    let mut body: std::collections::HashSet<String> = std::collections::HashSet::new();
    for s in &sentences[1..] {
        body.extend(
            s.words(text)
                .iter()
                .filter(|w| w.starts_with(char::is_uppercase))
                .map(|w| w.to_lowercase()),
        );
    }
    if body.is_empty() {
        return;
    }
    let small = |w: &str| {
        let lower = w.to_lowercase();
        crate::nlp::mentions::HEADLINE_BREAKS.contains(&lower.as_str())
            || matches!(lower.as_str(), "of" | "and" | "the" | "&")
            || crate::vocab::legal::is_legal_form(w)
            || crate::nlp::lexicon::organisation_class_noun(&lower)
    };
    // `<Williams Holdings Plc>`, or a name before its ticker (`Esso Saf <Essf.Pa>`).
    let bracketed = |m: &crate::nlp::Mention| {
        let after = text[m.name.end..].trim_start_matches(' ');
        text[..m.name.start].ends_with('<') && after.starts_with('>') || after.starts_with('<')
    };
    sentences[0].mentions.retain(|m| {
        if !matches!(m.form, MentionForm::Name | MentionForm::Acronym) {
            return true;
        }
        let name = m.name.of(text);
        crate::nlp::lexicon::known_kind(name).is_some()
            || bracketed(m)
            || name
                .rsplit(' ')
                .next()
                .is_some_and(crate::vocab::legal::is_legal_form)
            || name
                .split(|c: char| !c.is_alphanumeric() && c != '.')
                .filter(|w| w.starts_with(char::is_uppercase) && !small(w))
                .all(|w| body.contains(&w.to_lowercase()))
    });
}

fn analyse_one(
    text: &str,
    sentence: &Sentence,
    tokens: Vec<Token>,
    words: &[&str],
    mut tags: Vec<Tagged>,
    names: &[NamedSpan],
) -> AnalysedSentence {
    let mut mentions = Vec::new();
    if !tokens.is_empty() {
        retag_after_modals(words, &mut tags);
        retag_naming_participles(words, &mut tags);
        let found = crate::nlp::mentions::find_mentions(text, sentence, &tokens, &tags);
        retag_names(&found, &tokens, words, &mut tags);
        retag_hyphen_participles(words, &mut tags);
        retag_nouns_after_verbs(words, &mut tags);
        retag_titles(words, &mut tags);
        let recognised: Vec<Recognised> = names
            .iter()
            .map(|n| Recognised {
                start: n.start,
                end: n.end,
                kind: n.kind,
                misc: n.class == NerClass::Misc,
            })
            .collect();
        mentions = reconcile(text, sentence.index, &tokens, &tags, found, &recognised);
        crate::nlp::mentions::settle(text, &tokens, &tags, &mut mentions);
        let company =
            crate::nlp::mentions::opening_company(text, sentence, &tokens, &tags, &mut mentions);
        // The recogniser's people too (`Jeroen van der Veer`, which the
        // finder did not read whole), before the parser sees the tags; other
        // kinds keep their adjectives (`European`, `Democratic`).
        let people = mentions
            .iter()
            .filter(|m| m.kind == EntityKind::Person && m.name.of(text).contains(' '));
        retag_names(people, &tokens, words, &mut tags);
        retag_families(&mentions, &tokens, &mut tags);
        if company {
            retag_names(mentions.first(), &tokens, words, &mut tags);
        }
    }
    let tree = if tokens.is_empty() {
        Tree::default()
    } else {
        let mut arcs = Parser::embedded().parse(words, &tags);
        crate::nlp::parser::repair::repair(words, &tags, &mut arcs);
        participles_on_appositives(&arcs, &mut tags);
        Tree::new(arcs.iter().map(|a| (a.head, a.rel)))
    };
    let mut lemma_text = String::with_capacity(sentence.span.len());
    let mut lemma_ends = Vec::with_capacity(tokens.len());
    for (w, t) in words.iter().zip(&tags) {
        // A proper noun is its own lemma, as written (UD's convention).
        if t.tag.is_proper() {
            lemma_text.push_str(w);
        } else {
            lemma_text.push_str(&lemma(w, t.tag));
        }
        lemma_ends.push(lemma_text.len() as u32);
    }
    AnalysedSentence {
        sentence: *sentence,
        tokens,
        tags,
        lemma_text,
        lemma_ends,
        tree,
        mentions,
    }
}

/// A past form that the tree hangs as a clause on an appositive noun is a
/// participle (`Warner Music, the company owned by Edgar Bronfman`), and so is
/// a past form joined to such a participle (`a corporation controlled by Irwin
/// Jacobs and used by him`).
fn participles_on_appositives(arcs: &[crate::nlp::parser::Arc], tags: &mut [Tagged]) {
    let mut participle = vec![false; arcs.len()];
    for i in 0..arcs.len() {
        let Some(h) = (arcs[i].head as usize).checked_sub(1) else {
            continue;
        };
        participle[i] = tags[i].tag == Tag::VBD
            && match arcs[i].rel {
                DepRel::Acl => arcs[h].rel == DepRel::Appos,
                DepRel::Conj => h < i && participle[h],
                _ => false,
            };
        if participle[i] {
            tags[i].tag = Tag::VBN;
        }
    }
}

/// Mark the mentions whose head word (the word of the mention whose head lies
/// outside it) is a clause's subject, and those whose head word is a verb's
/// active subject.
fn mark_subjects(tokens: &[Token], tags: &[Tagged], tree: &Tree, mentions: &mut [Mention]) {
    for m in mentions.iter_mut() {
        let within = crate::text::tokens_within(tokens, m.span);
        let outside = |k: &usize| tree.head(*k).is_none_or(|h| !within.contains(&h));
        m.subject = within
            .clone()
            .filter(outside)
            .any(|k| matches!(tree.rel(k), DepRel::Nsubj | DepRel::NsubjPass));
        m.agent = within.clone().filter(outside).any(|k| {
            tree.rel(k) == DepRel::Nsubj
                && tree.head(k).is_some_and(|h| {
                    tags[h].tag.is_verb() && !tree.children(h).any(|c| tree.rel(c) == DepRel::Cop)
                })
        });
    }
}

/// Tokens separated by whitespace, taken as they are.
fn split_on_spaces(text: &str, span: Span, out: &mut Vec<Token>) {
    out.clear();
    let s = span.of(text);
    let mut start = None;
    for (i, c) in s.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(b)) => {
                out.push(Token {
                    span: Span::new(span.start + b, span.start + i),
                });
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(b) = start {
        out.push(Token {
            span: Span::new(span.start + b, span.end),
        });
    }
}

/// Names found by the mention finder are proper nouns whatever the tagger said
/// (`Xi/IN Jinping/VBG` → NNP NNP), and so are capitalised words of a title inside
/// a mention (`Acting/VBG President`).
fn retag_names<'m>(
    mentions: impl IntoIterator<Item = &'m Mention>,
    tokens: &[Token],
    words: &[&str],
    tags: &mut [Tagged],
) {
    for m in mentions {
        if !matches!(m.form, MentionForm::Name | MentionForm::Acronym) {
            continue;
        }
        for (i, t) in tokens.iter().enumerate() {
            if t.span.start < m.span.start || t.span.end > m.span.end {
                continue;
            }
            let in_name = t.span.start >= m.name.start && t.span.end <= m.name.end;
            let capital = words[i].chars().next().is_some_and(char::is_uppercase);
            let tag = tags[i].tag;
            let alpha = words[i].chars().any(char::is_alphabetic);
            // Lower-case connectives inside a name keep their tags (`of` in
            // `Court of Appeal` is a preposition in every treebank).
            let connective = !capital && matches!(tag, Tag::IN | Tag::DT | Tag::CC | Tag::TO);
            if !tag.is_proper()
                && alpha
                && (in_name && tag != Tag::POS && !connective
                    || capital && (tag.is_verb() || tag == Tag::IN))
            {
                tags[i].tag = Tag::NNP;
                tags[i].upos = Upos::PROPN;
            }
        }
    }
}

/// `will star in`, `could face`: a lower-case singular noun right after a
/// modal (adverbs such as `not`, `also` between) is the modal's verb when
/// WordNet knows the word as a verb; a noun cannot stand there. So is a noun
/// or adjective after `is to`, `are to` (`Tesco is to open 20 stores`: the
/// British future).
fn retag_after_modals(words: &[&str], tags: &mut [Tagged]) {
    use crate::nlp::tagger::lexicon::{self as wordnet, Lexicon};
    for k in 1..words.len() {
        if !words[k].starts_with(|c: char| c.is_ascii_lowercase()) {
            continue;
        }
        let after_modal = tags[k].tag == Tag::NN && {
            let mut m = k - 1;
            while m > 0 && tags[m].tag == Tag::RB && k - m < 3 {
                m -= 1;
            }
            tags[m].tag == Tag::MD
        };
        let be_to = k >= 2
            && matches!(tags[k].tag, Tag::NN | Tag::JJ)
            && words[k - 1] == "to"
            && matches!(words[k - 2], "is" | "are" | "was" | "were");
        if !after_modal && !be_to {
            continue;
        }
        let classes = Lexicon::embedded().classes(u64::from(wordnet::key(words[k])));
        if classes & wordnet::VERB != 0 {
            tags[k].tag = Tag::VB;
            tags[k].upos = Upos::VERB;
        }
    }
}

/// `bought a small firm called Keyhole`: a past form of a naming verb
/// (`called`, `named`, `dubbed`) right after a common noun and before a
/// capitalised word or `the`, with a finite verb earlier in the sentence, is
/// the noun's participle, not a second verb without its `and`.
fn retag_naming_participles(words: &[&str], tags: &mut [Tagged]) {
    use crate::vocab::function_words::NAMING_VERBS;
    let mut finite = false;
    for k in 1..words.len().saturating_sub(1) {
        let prev = tags[k - 1].tag;
        finite |= matches!(prev, Tag::VBD | Tag::VBZ | Tag::VBP | Tag::MD);
        if !finite
            || tags[k].tag != Tag::VBD
            || !matches!(prev, Tag::NN | Tag::NNS)
            || !(words[k + 1].starts_with(|c: char| c.is_uppercase()) || words[k + 1] == "the")
        {
            continue;
        }
        let lemma = crate::nlp::lemma::lemma(words[k], Tag::VBD);
        if NAMING_VERBS.contains(&lemma.as_ref()) {
            tags[k].tag = Tag::VBN;
        }
    }
}

/// `Oscar-winning actress Nicole Kidman`, `Bafta-nominated director`: a
/// lower-case `-ing` or `-ed` word right after a hyphen that the tagger read
/// as a proper noun (the capitalised word before the hyphen misleads it) is
/// the compound adjective's participle (a name's words are capitalised).
fn retag_hyphen_participles(words: &[&str], tags: &mut [Tagged]) {
    for k in 2..words.len() {
        let w = words[k];
        if !matches!(tags[k].tag, Tag::NNP | Tag::NNPS)
            || !matches!(words[k - 1], "-" | "‐" | "‑")
            || !w.bytes().all(|b| b.is_ascii_lowercase())
        {
            continue;
        }
        let tag = if w.ends_with("ing") {
            Tag::VBG
        } else if w.ends_with("ed") {
            Tag::VBN
        } else {
            continue;
        };
        tags[k].tag = tag;
        tags[k].upos = Upos::VERB;
    }
}

/// `bought rival Reebok`, `snapped up rival Perrier`, `is buying US rival
/// Reebok`: a base form right after a lexical verb, a possessive or an
/// article (its particle or one name between them), before a name, is a noun the dictionary also has, the
/// name's modifier: no verb takes a bare base form as its object, except
/// those the lexicon lists (`helped build Apple`, `let Brown go`).
fn retag_nouns_after_verbs(words: &[&str], tags: &mut [Tagged]) {
    use crate::nlp::tagger::lexicon::{self as wordnet, Lexicon};
    for k in 1..words.len().saturating_sub(1) {
        if !matches!(tags[k].tag, Tag::VB | Tag::VBP)
            || !words[k].bytes().all(|b| b.is_ascii_lowercase())
            || !matches!(tags[k + 1].tag, Tag::NNP | Tag::NNPS)
        {
            continue;
        }
        let mut j = k - 1;
        if matches!(tags[j].tag, Tag::NNP | Tag::RP) && j > 0 {
            j -= 1;
        }
        // (Or a possessive or article: `Tesco's US rival Wal-Mart`.)
        let determined = matches!(tags[j].tag, Tag::POS | Tag::PRPS | Tag::DT);
        let verb = matches!(
            tags[j].tag,
            Tag::VB | Tag::VBD | Tag::VBZ | Tag::VBP | Tag::VBG | Tag::VBN
        ) && {
            let lemma = lemma(words[j], tags[j].tag);
            !matches!(lemma.as_ref(), "be" | "have" | "do")
                && !crate::nlp::lexicon::bare_infinitive_verb(&lemma)
        };
        if (verb || determined)
            && Lexicon::embedded().classes(u64::from(wordnet::key(words[k]))) & wordnet::NOUN != 0
        {
            tags[k].tag = Tag::NN;
            tags[k].upos = Upos::NOUN;
        }
    }
}

/// A title the tagger read as a closed-class word (`frontman` of `Oasis
/// frontman Liam Gallagher` as a preposition: an unknown word's suffix misleads
/// it) or, in lower case, as a name (`U2 singer Bono`) is a noun.
fn retag_titles(words: &[&str], tags: &mut [Tagged]) {
    // `the MP for Henley`, `Labour MP for Bolton West`: a title in capitals
    // with its `for` phrase is a common noun, not a name (the tree then hangs
    // the phrase on it, and the title in apposition).
    for k in 0..words.len().saturating_sub(1) {
        let w = words[k];
        if tags[k].tag.is_proper()
            && words[k + 1] == "for"
            && w.len() >= 2
            && w.chars().all(|c| c.is_ascii_uppercase())
            && crate::nlp::lexicon::title(w).is_some()
        {
            tags[k].tag = Tag::NN;
            tags[k].upos = Upos::NOUN;
        }
    }
    // `served as home secretary under John Major`: a lower-case title of two
    // words is two nouns (the tagger read `home` as an adverb, `secretary` as
    // a name; the `as` before it is mended below).
    for k in 0..words.len().saturating_sub(1) {
        let (a, b) = (words[k], words[k + 1]);
        let lower = |w: &str| w.starts_with(|c: char| c.is_ascii_lowercase());
        // Only a pair the tagger read oddly is looked up (`home` an adverb,
        // `managing` a participle, `secretary` a name): the look-up is dear.
        let odd = matches!(tags[k].tag, Tag::RB | Tag::VBG | Tag::VBN | Tag::NNP)
            || matches!(tags[k + 1].tag, Tag::NNP | Tag::RB)
            || tags[k + 1].tag.is_verb();
        if odd && lower(a) && lower(b) && crate::nlp::lexicon::title(&format!("{a} {b}")).is_some()
        {
            for t in &mut tags[k..k + 2] {
                if !matches!(t.tag, Tag::NN | Tag::NNS) {
                    t.tag = Tag::NN;
                    t.upos = Upos::NOUN;
                }
            }
        }
    }
    // `stepped down as chief executive of BP`, `served as home secretary`: an
    // `as` the tagger read as an adverb before a lower-case title (of up to
    // three words) is its preposition.
    for k in 0..words.len().saturating_sub(1) {
        if words[k] == "as"
            && tags[k].tag == Tag::RB
            && (1..=3).any(|n| {
                k + n < words.len()
                    && words[k + 1..=k + n]
                        .iter()
                        .all(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))
                    && crate::nlp::lexicon::title(&words[k + 1..=k + n].join(" ")).is_some()
            })
        {
            tags[k].tag = Tag::IN;
            tags[k].upos = Upos::ADP;
        }
    }
    // `Wales fly-half Dan Biggar`, `Time editor-in-chief Edward Felsenthal`:
    // a hyphenated title in lower case (tokenized `fly` `-` `half`) is a
    // noun, whatever the tagger read its words as (`fly` a verb, `half` an
    // adjective).
    for k in 0..words.len() {
        for n in [5, 3] {
            if k + n > words.len()
                || !words[k].starts_with(|c: char| c.is_ascii_lowercase())
                || (k + 1..k + n).step_by(2).any(|h| words[h] != "-")
            {
                continue;
            }
            let joined = words[k..k + n].concat();
            if crate::nlp::lexicon::title(&joined).is_some() {
                // (Its inner `in` too: read as a preposition, it takes the
                // name after it as its object.)
                for i in (k..k + n).step_by(2) {
                    tags[i].tag = Tag::NN;
                    tags[i].upos = Upos::NOUN;
                }
                break;
            }
        }
    }
    for (w, t) in words.iter().zip(tags.iter_mut()) {
        // Closed classes are short lists of short words: only a longer word
        // is looked up. A lower-case title read as a name (`U2 singer Bono`)
        // is a noun too.
        let closed = matches!(t.tag, Tag::IN | Tag::RP | Tag::DT | Tag::CC);
        let proper = t.tag == Tag::NNP && w.len() > 2;
        if (closed && w.len() > 4 || proper)
            && w.starts_with(|c: char| c.is_ascii_lowercase())
            && crate::nlp::lexicon::title(w).is_some()
        {
            t.tag = Tag::NN;
            t.upos = Upos::NOUN;
        }
    }
}

/// The noun of a family (`families` of `the Conlon and Maguire families`) is
/// a noun, whatever the tagger read (it often reads a verb there).
fn retag_families(mentions: &[Mention], tokens: &[Token], tags: &mut [Tagged]) {
    for m in mentions.iter().filter(|m| m.family.is_some()) {
        if let Some(k) = tokens.iter().rposition(|t| t.span.end == m.span.end)
            && m.span.end > m.name.end
            && !tags[k].tag.is_noun()
        {
            tags[k].tag = Tag::NNS;
            tags[k].upos = Upos::NOUN;
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::text::{segment, segment_lines};

    /// A document named `t.txt` of `text`.
    pub(crate) fn doc(text: &str) -> Document {
        Document {
            name: "t.txt".into(),
            text: text.into(),
        }
    }

    /// The names of the first sentence of `text` after analysis.
    fn headline_names(text: &str) -> Vec<String> {
        let d = doc(text);
        let analysed = analyse(&d, &segment(&d.text), Tokenization::Words);
        analysed[0]
            .mentions
            .iter()
            .filter(|m| matches!(m.form, MentionForm::Name | MentionForm::Acronym))
            .map(|m| m.name.of(&d.text).to_string())
            .collect()
    }

    /// Each row: a text, the names its first sentence must keep, the names it
    /// must not have.
    fn check_names(rows: &[(&str, &[&str], &[&str])]) {
        for (text, kept, dropped) in rows {
            let names = headline_names(text);
            for k in *kept {
                assert!(names.iter().any(|n| n == k), "{k} kept: {names:?}");
            }
            for k in *dropped {
                assert!(!names.iter().any(|n| n == k), "{k} dropped: {names:?}");
            }
        }
    }

    #[test]
    fn title_case_headline_names_need_the_body() {
        let rows: &[(&str, &[&str], &[&str])] = &[
            (
                "Volvo Issues 70 Billion Eurolire Bond\n\nAB Volvo is issuing a 70 billion \
                 eurolire bond, lead manager Banca Commerciale Italiana said.\n",
                &["Volvo"],
                &["Billion Eurolire Bond"],
            ),
            (
                "Soros Group Has B.F. Goodrich <Gr> Stake\n\nAn investor group led by New York \
                 investor George Soros said it acquired a stake in the company.\n",
                &["Soros Group"],
                &[],
            ),
            (
                "Esso Saf <Essf.Pa> Year Ended Dec 31 1986\n\nNet profit 305 mln francs vs \
                 258 mln. The company is the French subsidiary of Exxon Corp.\n",
                &["Esso Saf"],
                &[],
            ),
            (
                "Dutch Propose Strict Insider Trading Law\n\nThe Dutch finance ministry \
                 proposed a law on insider trading on Tuesday.\n",
                &[],
                &["Dutch Propose Strict Insider Trading Law"],
            ),
            // All headline: nothing to check the names against.
            (
                "Dutch Propose Strict Insider Trading Law\n",
                &["Dutch Propose Strict Insider Trading Law"],
                &[],
            ),
        ];
        check_names(rows);
    }

    #[test]
    fn an_adjective_opening_the_sentence_before_its_noun_is_no_name() {
        // (sentence, names kept, names dropped)
        let rows: &[(&str, &[&str], &[&str])] = &[
            (
                "Young book fans have voted Fergus Crane the winner.",
                &["Fergus Crane"],
                &["Young"],
            ),
            ("Little progress was made in the talks.", &[], &["Little"]),
            (
                "Hollywood film star Liam Neeson held a party.",
                &["Hollywood", "Liam Neeson"],
                &[],
            ),
        ];
        check_names(rows);
    }

    #[test]
    fn a_noun_after_a_modal_is_its_verb() {
        // (sentence, word, tag it must have)
        let rows = [
            ("Nicole Kidman will star in a remake.", "star", Tag::VB),
            (
                "Scarlett Johansson will also star in the film.",
                "star",
                Tag::VB,
            ),
            ("Gordon Brown will chair the meeting.", "chair", Tag::VB),
            // `is to` + verb, the British future.
            ("Tesco is to open 20 stores in Poland.", "open", Tag::VB),
            // Not after any other word, nor a word WordNet has no verb for.
            ("The star of the film spoke.", "star", Tag::NN),
            ("He said the film star was ill.", "star", Tag::NN),
        ];
        for (text, word, want) in rows {
            let d = doc(text);
            let a = analyse(&d, &segment(&d.text), Tokenization::Words).remove(0);
            let words = a.words(&d.text);
            let k = words.iter().position(|w| *w == word).unwrap();
            assert_eq!(a.tags[k].tag, want, "{text}");
        }
    }

    #[test]
    fn tokens_tags_and_lemmas_are_parallel_and_slice_the_text() {
        let d =
            doc("North Korean leader Kim Jong Un met Vladimir Putin. Troops were sent to Russia.");
        let analysed = analyse(&d, &segment(&d.text), Tokenization::Words);
        assert_eq!(analysed.len(), 2);
        for a in &analysed {
            assert_eq!(a.tokens.len(), a.tags.len());
            for (i, t) in a.tokens.iter().enumerate() {
                assert!(a.sentence.span.start <= t.span.start && t.span.end <= a.sentence.span.end);
                assert!(!a.lemma(i).is_empty());
            }
        }
        let words = analysed[0].words(&d.text);
        let met = words.iter().position(|w| *w == "met").unwrap();
        assert_eq!(analysed[0].lemma(met), "meet");
        let troops = analysed[1].words(&d.text);
        assert_eq!(analysed[1].lemma(0), "troop", "{troops:?}");
        let names: Vec<&str> = analysed[0]
            .mentions
            .iter()
            .map(|m| m.name.of(&d.text))
            .collect();
        assert!(names.contains(&"Kim Jong Un"), "{names:?}");
        assert!(names.contains(&"Vladimir Putin"), "{names:?}");
    }

    #[test]
    fn pre_tokenized_lines_are_split_on_spaces_only() {
        // (line, expected tokens)
        let rows: &[(&str, &[&str])] = &[
            (
                "Mr. Kim did n't go .",
                &["Mr.", "Kim", "did", "n't", "go", "."],
            ),
            ("  U.S.-based   firm  ", &["U.S.-based", "firm"]),
            ("one", &["one"]),
            ("a\tb", &["a", "b"]),
        ];
        for (line, expected) in rows {
            let d = doc(line);
            let a = analyse(&d, &segment_lines(&d.text), Tokenization::Spaces);
            assert_eq!(a.len(), 1, "{line:?}");
            assert_eq!(a[0].words(&d.text), *expected, "{line:?}");
        }
    }

    #[test]
    fn empty_sentences_analyse_to_nothing() {
        let d = doc("   ");
        let s = Sentence {
            index: 0,
            span: Span::new(0, 3),
            kind: crate::text::SentenceKind::Body,
        };
        let a = analyse(&d, &[s], Tokenization::Words);
        assert!(a[0].is_empty() && a[0].mentions.is_empty());
    }
}
