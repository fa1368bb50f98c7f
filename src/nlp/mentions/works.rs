//! Works typed from their context: one analysed sentence (tokens, tags,
//! lemmas, tree, mentions) in, the same mentions out with the names that
//! title a book, play, film, album or programme typed
//! [`EntityKind::Work`]; then, over a document, every other mention of such a
//! name typed so too. The recogniser knows no works (its corpora have no such
//! class) and calls them persons, places or organisations.
//!
//! A name is a work when
//! * a work's class noun ([`crate::vocab::work`]) stands right before it
//!   (`the play The Vagina Monologues`, `her book Small Island`), unless the
//!   name is the subject of a relative clause on the noun (`the film Disney
//!   made`);
//! * such a noun is its appositive (`Small Island, Levy's fourth novel`,
//!   `Fergus Crane, a story about a boy`), or it is the noun's;
//! * it reads like a title (capitalised dictionary words, no given name
//!   first) and has a `by` phrase naming a person (`Biscuit Bear by Mini
//!   Grey`), or is a person's possession (`Sally Grindley's Spilled Water`)
//!   in a document that names a work's class noun somewhere, neither plural
//!   nor modifying a noun (`Sorsa's Social Democrats`);
//! * a person's possessive and a capitalised `The` stand before it (`Alan
//!   Hollinghurst's The Line of Beauty`).
//!   A title whose first word the recogniser left out (`Biscuit` of `Biscuit
//!   Bear`) gets it back when the tree joins it to the name; capitalised
//!   words right after a work in no other mention are its title's too (`The
//!   Life of Mary` + `Queen of Scots`).
//!
//! Names the lexicon knows (countries, cities, organisations) and names with a
//! legal form are never works.

use std::collections::HashSet;

use crate::nlp::mentions::is_dictionary_word;
use crate::nlp::{AnalysedSentence, DepRel, MentionForm, Tag, lexicon};
use crate::text::{Span, tokens_within};
use crate::vocab::EntityKind;
use crate::vocab::work::work_noun;

/// Type the works of a document's sentences (see the module docs), in place.
pub(crate) fn type_works(text: &str, sentences: &mut [AnalysedSentence]) {
    // A person's possession is a work only in a document that speaks of
    // works (`Dreyer's Grand Ice Cream` is a company).
    let about_works = sentences.iter().any(|a| {
        (0..a.len()).any(|i| a.tags[i].tag.is_noun() && work_noun(&a.lemma(i).to_lowercase()))
    });
    for a in sentences.iter_mut() {
        type_sentence(text, a, about_works);
    }
    spread_works(text, sentences);
}

/// Type the works of one sentence, in place.
fn type_sentence(text: &str, a: &mut AnalysedSentence, about_works: bool) {
    joined_titles(text, a);
    let words = a.words(text);
    let mut grown = false;
    for mi in 0..a.mentions.len() {
        let m = &a.mentions[mi];
        if m.form != MentionForm::Name || m.role.is_some() || m.kind == EntityKind::Country {
            continue;
        }
        let name = m.name.of(text);
        let last = name.rsplit(' ').next().unwrap_or(name);
        // `series H`: a letter or two is no title.
        if name.chars().filter(|c| c.is_alphanumeric()).count() < 3
            || lexicon::known_kind(name).is_some()
            || crate::vocab::legal::is_legal_form(last)
        {
            continue;
        }
        let r = tokens_within(&a.tokens, m.name);
        // The span may add a determiner (`The Vagina Monologues`).
        let first = tokens_within(&a.tokens, m.span).start;
        // A ticker (`<Dfp>`) is no title.
        if r.is_empty() || first > 0 && words[first - 1] == "<" {
            continue;
        }
        let head = r
            .clone()
            .find(|&i| a.tree.head(i).is_none_or(|h| !r.contains(&h)))
            .unwrap_or(r.end - 1);
        let person_like = m.kind == EntityKind::Person || m.kind == EntityKind::Other;
        let title = title_like(&words[r.clone()]);
        let mut start = first;
        // `Alan Hollinghurst's The Line of Beauty`: a capitalised `The` after
        // a person's possessive starts a title.
        let the_title =
            first > 0 && words[first - 1] == "The" && possessed_by_person(a, &words, first - 1);
        let work = if the_title
            || class_noun_before(a, &words, first, head)
            || class_noun_appositive(a, &words, head)
            || class_noun_after_comma(a, &words, r.end)
            || class_noun_after(a, &words, first, r.clone(), m.kind)
        {
            true
        } else if !title || !about_works {
            // `Solar Systems by Sun Dance said …` (a company, in a wire
            // story naming no work): the weaker cues need a document about
            // works.
            false
        } else if let Some(s) = by_person(a, &words, first, r.end, head) {
            start = s;
            true
        } else {
            // `Sorsa's Social Democrats`, `Mulroney's Progressive Conservative
            // government`: no plural name, no name modifying a noun.
            let plural = a.tags[r.end - 1].tag == Tag::NNPS;
            let modifier = a.tags.get(r.end).is_some_and(|t| t.tag.is_noun());
            about_works
                && person_like
                && r.len() > 1
                && !plural
                && !modifier
                && possessed_by_person(a, &words, first)
        };
        if work {
            let end = title_end(a, &words, r.end);
            let m = &mut a.mentions[mi];
            m.kind = EntityKind::Work;
            if start < first {
                let from = a.tokens[start].span.start;
                m.span = Span::new(from, m.span.end);
                m.name = Span::new(from, m.name.end);
            }
            if end > r.end {
                grown = true;
                let to = a.tokens[end - 1].span.end;
                m.span = Span::new(m.span.start, to);
                m.name = Span::new(m.name.start, to);
            }
        }
    }
    if grown {
        // A demonym the title took in is no mention of its own.
        let works: Vec<Span> = a
            .mentions
            .iter()
            .filter(|m| m.kind == EntityKind::Work && m.form == MentionForm::Name)
            .map(|m| m.span)
            .collect();
        a.mentions.retain(|m| {
            m.form != MentionForm::Demonym || !works.iter().any(|&w| within(w, m.span))
        });
    }
}

/// Give every mention of a name typed a work in one sentence of a document
/// that kind in all of them (`her book Small Island` … `Small Island is set
/// in …`), in any case and with or without a leading `The` (a headline's
/// `Vagina Monologues` is `The Vagina Monologues`).
fn spread_works(text: &str, sentences: &mut [AnalysedSentence]) {
    let key = |name: &'_ str| -> String {
        let name = name.strip_prefix("The ").unwrap_or(name);
        name.to_lowercase()
    };
    let works: HashSet<String> = sentences
        .iter()
        .flat_map(|s| &s.mentions)
        .filter(|m| m.kind == EntityKind::Work)
        .map(|m| key(m.name.of(text)))
        .collect();
    if works.is_empty() {
        return;
    }
    for m in sentences.iter_mut().flat_map(|s| &mut s.mentions) {
        if m.form == MentionForm::Name && works.contains(&key(m.name.of(text))) {
            m.kind = EntityKind::Work;
        }
    }
}

/// `the Pride and Prejudice film`, `the Lord of the Rings film`, `her Songs
/// of Faith and Devotion album`: capitalised words joined by `of`, `and` or
/// `the` between a determiner (or possessive) and a work's singular class
/// noun in lower case are one title, a work, in place of the names the
/// recogniser cut it into. Not when a known given name opens a part (`the
/// Simon and Garfunkel album` is their album) or a part is a name the lexicon
/// knows (`the France and Germany film`), nor before another noun (`the Lord
/// of the Rings film series`).
fn joined_titles(text: &str, a: &mut AnalysedSentence) {
    let words = a.words(text);
    let small = |w: &str| matches!(w, "of" | "and" | "the");
    let capitalised = |i: usize| {
        words[i].starts_with(char::is_uppercase) && a.tags[i].tag != Tag::PRP && words[i] != "I"
    };
    let mut k = 1;
    while k < words.len() {
        let class = a.tags[k].tag == Tag::NN
            && words[k].starts_with(char::is_lowercase)
            && work_noun(&a.lemma(k).to_lowercase())
            && !a
                .tags
                .get(k + 1)
                .is_some_and(|t| t.tag.is_noun() || t.tag == Tag::POS);
        if !class || !capitalised(k - 1) {
            k += 1;
            continue;
        }
        let mut j = k - 1;
        while j > 0 && (capitalised(j - 1) || small(words[j - 1])) {
            j -= 1;
        }
        while j < k && !capitalised(j) {
            j += 1;
        }
        // A sentence's opening `The` is the title's, outside its name.
        let start = j;
        let name_start = if j == 0 && words[0] == "The" { 1 } else { j };
        let run = name_start..k;
        let joined = run.clone().skip(1).any(|i| {
            small(words[i]) && words[i] != "the" || words[i] == "the" && words[i - 1] == "of"
        });
        let determined = start == 0
            || matches!(a.tags[start - 1].tag, Tag::DT | Tag::PRPS | Tag::POS)
            || matches!(words[start - 1], "her" | "his" | "their" | "its")
            || words[start] == "The";
        if !joined || !determined || run.len() < 3 {
            k += 1;
            continue;
        }
        let from = a.tokens[start].span.start;
        let name_from = a.tokens[name_start].span.start;
        let to = a.tokens[k - 1].span.end;
        let span = Span::new(from, to);
        let inside = |m: &crate::nlp::Mention| m.span.start < to && m.span.end > from;
        let blocked = a.mentions.iter().filter(|m| inside(m)).any(|m| {
            let name = m.name.of(text);
            let first = name.split(' ').next().unwrap_or(name);
            m.span.start < from
                || m.span.end > to
                || m.form != MentionForm::Name
                || m.kind == EntityKind::Country
                || m.kind == EntityKind::Person
                || lexicon::known_kind(name).is_some()
                || lexicon::given_name_gender(first).is_some()
        }) || run
            .clone()
            .any(|i| capitalised(i) && lexicon::given_name_gender(words[i]).is_some());
        if blocked {
            k += 1;
            continue;
        }
        let at = a
            .mentions
            .iter()
            .position(|m| m.span.start >= from)
            .unwrap_or(a.mentions.len());
        a.mentions.retain(|m| !inside(m));
        a.mentions.insert(
            at.min(a.mentions.len()),
            crate::nlp::Mention::bare(
                a.sentence.index,
                span,
                Span::new(name_from, to),
                EntityKind::Work,
                MentionForm::Name,
            ),
        );
        k += 1;
    }
}

/// Capitalised dictionary words (small words between them allowed), the
/// first no given name: `Spilled Water`, `Biscuit Bear`, not `Mini Grey`.
fn title_like(words: &[&str]) -> bool {
    let small = |w: &str| matches!(w, "of" | "the" | "and" | "a" | "in" | "on" | "to" | "for");
    !words.is_empty()
        && lexicon::given_name_gender(words[0]).is_none()
        && lexicon::honorific(words[0]).is_none()
        && words
            .iter()
            .all(|w| small(w) || w.starts_with(char::is_uppercase) && is_dictionary_word(w))
}

/// `the play X`, `her book X`, `the BBC documentary X`: a work's class noun
/// right before the name, a noun (or after a determiner or possessive: the
/// tagger may read `book` as a verb), and the name no subject of a relative
/// clause on it (`the film Disney made`).
fn class_noun_before(a: &AnalysedSentence, words: &[&str], start: usize, head: usize) -> bool {
    let Some(mut k) = start.checked_sub(1) else {
        return false;
    };
    // `the play The Vagina Monologues` with the title's `The` left out of it.
    if k > 0 && a.tags[k].tag == Tag::DT && a.lemma(k).eq_ignore_ascii_case("the") {
        k -= 1;
    }
    // A capitalised noun is part of a name (`De Laurentiis Film <Dfp>`).
    if !work_noun(&a.lemma(k).to_lowercase())
        || a.tags[k].tag == Tag::NNP
        || words[k].starts_with(char::is_uppercase)
    {
        return false;
    }
    let determined = k
        .checked_sub(1)
        .is_some_and(|d| matches!(a.tags[d].tag, Tag::DT | Tag::PRPS | Tag::POS));
    let noun = matches!(a.tags[k].tag, Tag::NN | Tag::NNS);
    let relative = matches!(a.tree.rel(head), DepRel::Nsubj | DepRel::NsubjPass)
        && a.tree
            .head(head)
            .is_some_and(|h| h > head && a.tree.rel(h) == DepRel::AclRelcl);
    (noun || determined) && !relative
}

/// `The Stepford Wives film`, `the Hopes and Fears album`: a work's singular
/// class noun in lower case right after the name (`r`, its span from
/// `first`), the name reading as the work's title rather than its maker's
/// (`a Spielberg film`, `the Coldplay album`, `the Arctic Monkeys album`): a
/// capitalised `The` opens it inside the sentence, or it has two or more
/// words, no known given name first and no plural last, and the recogniser
/// did not take it for an organisation.
fn class_noun_after(
    a: &AnalysedSentence,
    words: &[&str],
    first: usize,
    r: std::ops::Range<usize>,
    kind: EntityKind,
) -> bool {
    let k = r.end;
    if k >= words.len()
        || a.tags[k].tag != Tag::NN
        || !words[k].starts_with(char::is_lowercase)
        || !work_noun(&a.lemma(k).to_lowercase())
        || !matches!(
            kind,
            EntityKind::Person | EntityKind::Place | EntityKind::City | EntityKind::Other
        )
    {
        return false;
    }
    let the = (first..=r.start).any(|i| i > 0 && words[i] == "The");
    let name = &words[r.clone()];
    let titled = name.len() > 1
        && lexicon::given_name_gender(name[0]).is_none()
        && !lexicon::given_name(name[0])
        && a.tags[r.end - 1].tag != Tag::NNPS
        && !name[name.len() - 1].ends_with('s');
    the || titled
}

/// `Small Island, Levy's fourth novel`, `the novel, Small Island`: the name and
/// a work's class noun in apposition.
fn class_noun_appositive(a: &AnalysedSentence, words: &[&str], head: usize) -> bool {
    // A singular class noun: `the Harry Potter books, JK Rowling` is no work.
    let is_class = |k: usize| {
        a.tags[k].tag == Tag::NN
            && !words[k].starts_with(char::is_uppercase)
            && work_noun(&a.lemma(k).to_lowercase())
    };
    a.tree
        .children_by(head, |r| r == DepRel::Appos)
        .any(is_class)
        || a.tree.rel(head) == DepRel::Appos && a.tree.head(head).is_some_and(is_class)
}

/// `Fergus Crane, a story about a boy`: the appositive read from the words
/// (the parser may not see it): a comma, a determiner or possessive pronoun,
/// at most two adjectives or numbers, and a class noun that modifies nothing
/// after it (not `a film director`, not `the book's author`).
fn class_noun_after_comma(a: &AnalysedSentence, words: &[&str], end: usize) -> bool {
    if words.get(end) != Some(&",") {
        return false;
    }
    let mut k = end + 1;
    if !a
        .tags
        .get(k)
        .is_some_and(|t| matches!(t.tag, Tag::DT | Tag::PRPS))
    {
        return false;
    }
    k += 1;
    while k < words.len()
        && k <= end + 4
        && (a.tags[k].tag.is_adjective() || a.tags[k].tag == Tag::CD)
    {
        k += 1;
    }
    k < words.len()
        && matches!(a.tags[k].tag, Tag::NN)
        && work_noun(&a.lemma(k).to_lowercase())
        && !a
            .tags
            .get(k + 1)
            .is_some_and(|t| t.tag.is_noun() || t.tag == Tag::POS)
}

/// `Biscuit Bear by Mini Grey`: a `by` phrase naming a person on the name (or
/// on a capitalised word right before it that the tree joins to it, which then
/// starts the title). Not after a preposition (`criticism of Blair by
/// Brown`). Returns the title's first word.
fn by_person(
    a: &AnalysedSentence,
    words: &[&str],
    start: usize,
    end: usize,
    head: usize,
) -> Option<usize> {
    let mut first = start;
    let mut heads = vec![head];
    if let Some(p) = start.checked_sub(1)
        && words[p].starts_with(char::is_uppercase)
        && a.tags[p].tag.is_noun()
        && is_dictionary_word(words[p])
        && !lexicon::common_capitalised(words[p])
        && !a.mentions.iter().any(|m| within(m.span, a.tokens[p].span))
        && (a.tree.head(head) == Some(p)
            || a.tree.head(p).is_some_and(|h| (start..end).contains(&h)))
    {
        first = p;
        heads.push(p);
    }
    if first > 0 && matches!(a.tags[first - 1].tag, Tag::IN | Tag::TO) {
        return None;
    }
    let by = heads.iter().any(|&h| {
        a.tree.children_by(h, |r| r == DepRel::Nmod).any(|c| {
            c >= end
                && a.tree
                    .children_by(c, |r| r == DepRel::Case)
                    .any(|k| words[k].eq_ignore_ascii_case("by"))
                && a.mentions.iter().any(|m| {
                    m.kind == EntityKind::Person
                        && m.form == MentionForm::Name
                        && within(m.name, a.tokens[c].span)
                })
        })
    });
    // The parser may hang the `by` phrase elsewhere: `by` and the person's
    // name right after the title.
    let adjacent = end + 1 < words.len()
        && words[end].eq_ignore_ascii_case("by")
        && a.mentions.iter().any(|m| {
            m.kind == EntityKind::Person
                && m.form == MentionForm::Name
                && m.name.start == a.tokens[end + 1].span.start
        });
    (by || adjacent).then_some(first)
}

/// Where a work's title ends that the recogniser cut short (`The Life of
/// Mary` of `The Life of Mary Queen of Scots`): past capitalised words in no
/// other mention, and `of`, `and`, `the` between such words.
fn title_end(a: &AnalysedSentence, words: &[&str], mut end: usize) -> usize {
    // A demonym after `of` is the title's (`Queen of Scots`).
    let free = |i: usize| {
        i < words.len()
            && words[i].starts_with(char::is_uppercase)
            && !a.mentions.iter().any(|m| {
                within(m.span, a.tokens[i].span)
                    && !(m.form == MentionForm::Demonym && words[i - 1] == "of")
            })
    };
    loop {
        if free(end) {
            end += 1;
        } else if end < words.len() && matches!(words[end], "of" | "and" | "the") && free(end + 1) {
            end += 2;
        } else {
            return end;
        }
    }
}

fn within(outer: Span, inner: Span) -> bool {
    outer.start <= inner.start && inner.end <= outer.end
}

/// `Sally Grindley's Spilled Water`: a person's name and a possessive marker
/// right before the name.
fn possessed_by_person(a: &AnalysedSentence, words: &[&str], start: usize) -> bool {
    let Some(p) = start.checked_sub(2) else {
        return false;
    };
    matches!(words[p + 1], "'s" | "’s" | "'" | "’")
        && a.mentions.iter().any(|m| {
            m.kind == EntityKind::Person
                && m.form == MentionForm::Name
                && m.name.end == a.tokens[p].span.end
        })
}

#[cfg(test)]
mod tests {
    use crate::nlp::{MentionForm, Tokenization, analyse};
    use crate::text::{Document, segment_lines};
    use crate::vocab::EntityKind;

    /// The names a document (one sentence a line) has typed as works.
    fn works(text: &str) -> Vec<String> {
        let doc = Document {
            name: "t".into(),
            text: text.into(),
        };
        analyse(&doc, &segment_lines(&doc.text), Tokenization::Words)
            .iter()
            .flat_map(|s| &s.mentions)
            .filter(|m| m.kind == EntityKind::Work && m.form == MentionForm::Name)
            .map(|m| m.name.of(text).to_string())
            .collect()
    }

    #[test]
    fn names_are_typed_works_from_their_context() {
        // (document, the works in it)
        let rows: &[(&str, &[&str])] = &[
            (
                "Critics praised Silent Garden in Lagos.\nThe council banned the play The Silent Garden.\n",
                &["Silent Garden", "Silent Garden"],
            ),
            (
                "Winter Harbour, Mary Stone's third novel, is set in Glasgow.\n",
                &["Winter Harbour"],
            ),
            (
                "Critics voted Fergus Crane, a story about a boy, the winner.\n",
                &["Fergus Crane"],
            ),
            // A class noun modifying another noun is no appositive.
            (
                "Critics met Fergus Crane, a film director, in Paris.\n",
                &[],
            ),
            (
                "Paper Moon by Lucy Hart took the top book award.\n",
                &["Paper Moon"],
            ),
            (
                "It was Alan Hollinghurst's The Line of Beauty Again that won.\n",
                &["Line of Beauty Again"],
            ),
            // No work noun in the document: a person's possession stays.
            (
                "Opinion polls say Peter Lindqvist's Social Democrats will win.\n",
                &[],
            ),
            // After a preposition a `by` phrase is an agent's.
            ("The attack on Tony Blair by Michael Howard failed.\n", &[]),
            // A company in a story naming no work; a capitalised class noun.
            ("Solar Systems by Sun Dance said its board met.\n", &[]),
            ("De Laurentiis Film <Dfp> pays a dividend.\n", &[]),
            // A letter is no title.
            ("ITT will convert the series H issue.\n", &[]),
            // A class noun right after a title; not after its maker's name.
            (
                "Nicole Kidman starred in The Stepford Wives film.\n",
                &["The Stepford Wives"],
            ),
            (
                "The Da Vinci Code novel sold millions of copies.\n",
                &["Da Vinci Code"],
            ),
            ("Critics loved the new Spielberg film.\n", &[]),
            ("Fans queued for the Arctic Monkeys album.\n", &[]),
        ];
        for (text, want) in rows {
            assert_eq!(works(text), *want, "{text}");
        }
    }
}
