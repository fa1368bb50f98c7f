//! Extraction stage: a tagged, chunked sentence in, raw triples out.
//!
//! Input is a [`Document`] and its [`Sentence`]s; each sentence is tokenized,
//! tagged ([`crate::nlp::Tagger`], with a few rule repairs and the names found by
//! [`crate::nlp::mentions`] forced to proper nouns) and chunked
//! ([`crate::nlp::chunk`]). [`clause`] finds, for every verb group, its subject
//! (through relative clauses, appositives, coordination, infinitives and
//! participles), object, prepositional arguments and reported clause;
//! [`patterns`] turns clauses and noun-phrase structure into [`RawTriple`]s whose
//! arguments are spans of the document (phrases as written); [`normalize`] gives
//! the knowledge-graph relation (`sends troops to` → `send troops to`) and
//! [`confidence`] the score. Arguments that are, or contain, a named entity point
//! at a [`Mention`]; the resolve stage turns mentions into canonical entities.
//!
//! The same extraction feeds both output modes, told apart by [`TripleKind`]:
//! Open IE tuples ([`RawTriple::is_open_ie`]: clauses as written and implicit
//! `is`/`has`/`is in` tuples, for `--format carb`) and knowledge-graph variants
//! (passives turned around, folded objects, copulas, fanned-out coordination,
//! possessives, nominal events, roles); the graph keeps the triples whose two
//! arguments resolve to entities. Sentences of kinds without facts (captions,
//! furniture, duplicates) give no triples.
//!
//! Open IE arguments are written out as CaRB annotators write them: adverbs beside
//! the verb join the relation (`often refers to`), a participle, gerund or
//! infinitive phrase after the object runs on with it (`the club ranked sixth …`),
//! a participle clause reads with its `be` (`a think tank | was founded in`), and
//! an adjective with a prepositional phrase joins the relation (`are equal to`).
//!
//! Measured on the CaRB development split (641 sentences, `kg extract
//! --sentence-per-line --format carb` scored by `examples/carb.rs`): F1 0.562
//! (P 0.668, R 0.485, AUC 0.378). The whole stage (tokenizer, tagger, mentions,
//! chunks, clauses) took 0.65–0.75 s of wall time for the split repeated 20 times
//! (324,140 words, `examples/extract_carb.rs`): 430,000–500,000 words per second
//! on one core of a shared, loaded machine.

pub mod clause;
pub mod confidence;
pub mod nominal;
pub mod normalize;
pub mod np;
pub mod patterns;
pub mod prenominal;
pub mod tree;
pub mod verbal;

use crate::nlp::chunk::Chunks;
use crate::nlp::{AnalysedSentence, Mention};
use crate::text::{Document, Sentence, Span};
use crate::vocab::Modality;

/// One argument of a triple: the phrase as written and, if it names an entity,
/// the mention (an index into [`SentenceExtraction::mentions`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Argument {
    pub span: Span,
    pub mention: Option<usize>,
}

/// A triple as extracted, before entity resolution.
#[derive(Debug, Clone, PartialEq)]
pub struct RawTriple {
    pub subject: Argument,
    /// Normalised relation: lower case, lemmatised verb, auxiliaries dropped,
    /// preposition kept (`send troops to`).
    pub relation: String,
    /// The relation phrase as written, for Open IE output (`has sent around 15,000 troops to`).
    pub relation_text: String,
    pub object: Argument,
    /// Further arguments (time, place) for Open IE output only.
    pub extra: Vec<Argument>,
    /// In (0, 1]; ranks right above wrong.
    pub confidence: f32,
    /// The clause is negated (`did not meet`).
    pub negated: bool,
    /// The modal verb of the clause (`would` in `Microsoft would buy Sybari`);
    /// `None` when the clause asserts it.
    pub modality: Option<Modality>,
    /// Who said it, for reported speech (`X said that …`).
    pub attribution: Option<Argument>,
    /// Which pattern produced the triple.
    pub kind: TripleKind,
}

/// The pattern a triple comes from. Only [`TripleKind::Clause`] triples are Open
/// IE tuples (`--format carb`); the others are knowledge-graph variants.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TripleKind {
    /// A clause as written: subject, verb group, object and further arguments.
    Clause,
    /// A verbal clause read from the dependency tree, between two entity
    /// mentions ([`verbal`]); a knowledge-graph variant, not an Open IE tuple.
    Verbal,
    /// A passive with a `by` agent, turned around (`X was welcomed by Y` → Y welcome X).
    Passive,
    /// A non-entity object folded into the relation (`send troops to`).
    Folded,
    /// A copula with a possessor or an `of` phrase (`biggest trading partner of`).
    Copula,
    /// One pair of a coordinated subject or object, fanned out.
    Coordinated,
    /// A possessive noun phrase (`Russia 's war against Ukraine`).
    Possessive,
    /// A nominalised event (`a meeting between A and B`).
    Nominal,
    /// A title or appositive role (`aide of`, `president of`).
    Role,
    /// A relation implied by noun-phrase structure, for Open IE only (`is`, `has`, `is in`).
    Implicit,
}

impl RawTriple {
    /// Whether this triple is printed as an Open IE tuple (`--format carb`).
    pub fn is_open_ie(&self) -> bool {
        matches!(self.kind, TripleKind::Clause | TripleKind::Implicit)
    }
}

/// Everything extracted from one sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct SentenceExtraction {
    pub sentence: Sentence,
    /// Page furniture (captions, "Please use Chrome browser…", link lists): no triples.
    pub furniture: bool,
    pub mentions: Vec<Mention>,
    pub triples: Vec<RawTriple>,
}

/// Extract every analysed sentence of a document (from [`crate::nlp::analyse`]).
/// Sentences whose kind has no facts (captions, furniture, duplicates) give no
/// triples and keep no mentions.
pub fn extract_sentences(
    doc: &Document,
    analysed: Vec<AnalysedSentence>,
) -> Vec<SentenceExtraction> {
    let mut chunks = Chunks::default();
    analysed
        .into_iter()
        .map(|a| extract_one(doc, a, &mut chunks))
        .collect()
}

fn extract_one(doc: &Document, a: AnalysedSentence, chunks: &mut Chunks) -> SentenceExtraction {
    let mut out = SentenceExtraction {
        sentence: a.sentence,
        furniture: !a.sentence.kind.has_facts(),
        mentions: Vec::new(),
        triples: Vec::new(),
    };
    if out.furniture || a.is_empty() {
        return out;
    }
    let text = doc.text.as_str();
    let words = a.words(text);
    chunks.chunk(&words, &a.tags);
    let sent = clause::Sent {
        words: &words,
        tags: &a.tags,
        chunks,
    };
    let clauses = clause::clauses(&sent);
    let ctx = patterns::Ctx {
        text,
        tokens: &a.tokens,
        s: &sent,
        mentions: &a.mentions,
    };
    out.triples = patterns::triples(&ctx, &clauses);
    if a.tree.len() == words.len() {
        let ts = tree::TreeSentence::new(text, &words, &a, &a.tree);
        np::triples(&ts, &mut out.triples);
        prenominal::triples(&ts, &mut out.triples);
        nominal::triples(&ts, &mut out.triples);
        verbal::triples(&ts, &mut out.triples);
    }
    out.mentions = a.mentions;
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::SentenceKind;

    /// Analyse and extract the sentences of a document.
    fn extract_all(doc: &Document, sentences: &[Sentence]) -> Vec<SentenceExtraction> {
        let analysed = crate::nlp::analyse(doc, sentences, crate::nlp::Tokenization::Words);
        extract_sentences(doc, analysed)
    }

    /// Extract one text as one body sentence.
    fn one_sentence(text: &str) -> SentenceExtraction {
        let doc = Document {
            name: "test".into(),
            text: text.into(),
        };
        let sentences = [Sentence {
            index: 0,
            span: Span::new(0, text.len()),
            kind: SentenceKind::Body,
        }];
        extract_all(&doc, &sentences).remove(0)
    }

    /// Extract one sentence; each triple as (subject, relation, object) text, with its kind.
    fn run(text: &str) -> Vec<(String, String, String, TripleKind)> {
        one_sentence(text)
            .triples
            .iter()
            .map(|t| {
                (
                    t.subject.span.of(text).to_string(),
                    t.relation.clone(),
                    t.object.span.of(text).to_string(),
                    t.kind,
                )
            })
            .collect()
    }

    fn has(got: &[(String, String, String, TripleKind)], want: (&str, &str, &str)) -> bool {
        got.iter()
            .any(|(s, r, o, _)| (s.as_str(), r.as_str(), o.as_str()) == want)
    }

    #[test]
    fn knowledge_graph_triples() {
        // (sentence, must have, must not have)
        type Row = (
            &'static str,
            &'static [(&'static str, &'static str, &'static str)],
            &'static [(&'static str, &'static str, &'static str)],
        );
        let rows: &[Row] = &[
            (
                "France has sent around 2,000 soldiers to Estonia.",
                &[
                    ("France", "send soldiers to", "Estonia"),
                    ("France", "send", "around 2,000 soldiers"),
                ],
                &[("soldiers", "send", "Estonia")],
            ),
            (
                "The Brazilian delegation was welcomed by President Lula at the airport.",
                &[("President Lula", "welcome", "The Brazilian delegation")],
                &[("The Brazilian delegation", "welcome", "President Lula")],
            ),
            (
                "Germany is Poland's largest trading partner.",
                &[("Germany", "largest trading partner of", "Poland")],
                &[("Poland", "largest trading partner of", "Germany")],
            ),
            (
                "Ms Meloni, who rarely travels abroad, took a government jet to Osaka.",
                &[("Ms Meloni", "take jet to", "Osaka")],
                &[("abroad", "take jet to", "Osaka")],
            ),
            (
                "Italian Prime Minister Giorgia Meloni has arrived in Tokyo to meet with her Japanese counterpart.",
                &[
                    (
                        "Italian Prime Minister Giorgia Meloni",
                        "arrive in",
                        "Tokyo",
                    ),
                    (
                        "Italian Prime Minister Giorgia Meloni",
                        "meet with",
                        "her Japanese counterpart",
                    ),
                ],
                &[("Tokyo", "meet with", "her Japanese counterpart")],
            ),
            (
                "Spain and Portugal signed a treaty with Morocco.",
                &[
                    ("Spain", "sign treaty with", "Morocco"),
                    ("Portugal", "sign treaty with", "Morocco"),
                ],
                &[("Spain", "sign treaty with", "Portugal")],
            ),
            (
                "Iran's war against Iraq lasted eight years.",
                &[("Iran", "war against", "Iraq")],
                &[("Iraq", "war against", "Iran")],
            ),
            (
                "Kremlin spokesman Dmitry Peskov told reporters a meeting between Vladimir Putin and Donald Trump was possible.",
                &[("Vladimir Putin", "meet", "Donald Trump")],
                &[("reporters", "meet", "Donald Trump")],
            ),
            (
                "Canada will hold talks with Mexico next week.",
                &[("Canada", "hold talks with", "Mexico")],
                &[("Canada", "hold talks with", "Mexico next week")],
            ),
            (
                "Japan and a group of other lenders on Friday granted Kenya a bridge loan.",
                &[("Japan", "grant", "Kenya")],
                &[("Friday", "grant", "Kenya")],
            ),
            (
                "The envoy held talks in Geneva with Iranian Foreign Minister Abbas Araghchi.",
                &[
                    ("The envoy", "hold talks in", "Geneva"),
                    (
                        "The envoy",
                        "hold talks with",
                        "Iranian Foreign Minister Abbas Araghchi",
                    ),
                ],
                &[(
                    "Geneva",
                    "hold talks with",
                    "Iranian Foreign Minister Abbas Araghchi",
                )],
            ),
            (
                "The ferry, a vessel built in 1990, sank off the coast of Crete.",
                &[("The ferry", "sink off", "the coast of Crete")],
                &[("1990", "sink off", "the coast of Crete")],
            ),
        ];
        for (sentence, want, not) in rows {
            let got = run(sentence);
            for w in *want {
                assert!(has(&got, *w), "{sentence}: missing {w:?} in {got:#?}");
            }
            for w in *not {
                assert!(!has(&got, *w), "{sentence}: unexpected {w:?} in {got:#?}");
            }
        }
    }

    /// The Open IE tuples of one sentence as `relation | arg1 | arg2 …`, the
    /// further arguments joined to the second as the CaRB scorer reads them.
    fn open_ie(text: &str) -> Vec<String> {
        one_sentence(text)
            .triples
            .iter()
            .filter(|t| t.is_open_ie())
            .map(|t| {
                let rest: Vec<&str> = std::iter::once(&t.object)
                    .chain(&t.extra)
                    .map(|a| a.span.of(text))
                    .collect();
                format!(
                    "{} | {} | {}",
                    t.relation_text,
                    t.subject.span.of(text),
                    rest.join(" ")
                )
            })
            .collect()
    }

    #[test]
    fn open_ie_arguments_as_written() {
        // (sentence, tuple that must be among the Open IE tuples)
        let rows = [
            // Adverbs beside the verb group belong to the relation.
            (
                "King often refers to the snobbish behaviour of her grandmother.",
                "often refers to | King | the snobbish behaviour of her grandmother",
            ),
            (
                "He toured extensively throughout the world.",
                "toured extensively throughout | He | the world",
            ),
            // A participle or gerund phrase after the object stays with it.
            (
                "This currently sees the club ranked sixth in the league.",
                "currently sees | This | the club ranked sixth in the league",
            ),
            (
                "The pair developed the idea of running workshops for artists.",
                "developed | The pair | the idea of running workshops for artists",
            ),
            (
                "Staff were informed of the decision to cease broadcasting at noon.",
                "were informed of | Staff | the decision to cease broadcasting at noon",
            ),
            // A participle that works as a preposition does not.
            (
                "Families switch affiliations depending on the services.",
                "switch | Families | affiliations",
            ),
            // A place in apposition after a place name.
            (
                "Hofmann was born in Salt Lake City, Utah.",
                "was born in | Hofmann | Salt Lake City , Utah",
            ),
            // A gerund phrase after a preposition is an argument.
            (
                "Dripping can be clarified by adding a sliced raw potato.",
                "can be clarified by | Dripping | adding a sliced raw potato",
            ),
            (
                "He stayed for a year before being appointed Chief Constable of Kent.",
                "stayed for | He | a year before being appointed Chief Constable of Kent",
            ),
            // The subject of a verb after a restrictive relative clause is its antecedent.
            (
                "The man who bought the car is happy.",
                "is | The man | happy",
            ),
            ("The car that he bought is red.", "is | The car | red"),
            // A list ending in a name with its own conjunction.
            (
                "Tom Bradley joined the London, Midland and Scottish Railway Company as a clerk.",
                "joined | Tom Bradley | the London, Midland and Scottish Railway Company as a clerk",
            ),
            // `at least` belongs to the number.
            (
                "A bomb exploded in the city, killing at least eight people.",
                "was killing | A bomb | at least eight people",
            ),
            // A participle clause reads with the `be` of its sentence's tense.
            (
                "Police found the car stolen from the garage.",
                "was stolen from | the car | the garage",
            ),
            (
                "He works for a company making cars in Ohio.",
                "is making | a company | cars in Ohio",
            ),
            // An adjective with a prepositional phrase joins the relation.
            (
                "The two numbers are equal to the sum of the parts.",
                "are equal to | The two numbers | the sum of the parts",
            ),
            (
                "The minister was vague about details.",
                "was vague about | The minister | details",
            ),
            // An opening participle phrase is about the next clause's subject.
            (
                "Having returned to the league, they gained promotion in 1974.",
                "Having returned to | they | the league",
            ),
            (
                "By opening for famous acts, the band became popular.",
                "was opening for | the band | famous acts",
            ),
            // `such as` lists stay with their noun.
            (
                "He visited cities such as Paris and Rome.",
                "visited | He | cities such as Paris and Rome",
            ),
            // A verb coordinated with the next shares its object (not a passive).
            (
                "Traders buy and sell large amounts of stocks.",
                "buy | Traders | large amounts of stocks",
            ),
            // A colon after the verb or its preposition introduces the object.
            (
                "The tests include: review of past data; hearing tests.",
                "include | The tests | review of past data",
            ),
            (
                "The academy specializes in: life science, engineering, and mathematics.",
                "specializes in | The academy | life science, engineering, and mathematics",
            ),
            // An interrogative clause as the object.
            (
                "Ed tries to explain what happened to a skeptical Pete.",
                "tries to explain | Ed | what happened to a skeptical Pete",
            ),
            // A quantifier after a noun starts a new phrase.
            (
                "By the end of this experiment several results were found.",
                "were found | several results | By the end of this experiment",
            ),
            // A plural-looking word before a particle is a verb.
            (
                "The poll points up some inconsistencies.",
                "points up | The poll | some inconsistencies",
            ),
            // A relative clause without a pronoun: the noun before it is its
            // object and the next verb's subject.
            (
                "The gimmicks she used in her show went beyond the usual routines.",
                "used | she | The gimmicks",
            ),
            (
                "The gimmicks she used in her show went beyond the usual routines.",
                "went beyond | The gimmicks | the usual routines",
            ),
            // A year ends the phrase before a verb read as a participle, and a
            // phrase attached with `aboard` belongs to the subject.
            (
                "A memorial service aboard the ship in April 2001 attracted controversy.",
                "attracted | A memorial service aboard the ship | controversy",
            ),
            // A prepositional phrase between commas after the subject.
            (
                "The first, at a severity of 6.0, occurred on May 26.",
                "occurred on | The first | May 26",
            ),
            (
                "The firm opened an office in Tampa, Florida, in 1990.",
                "opened | The firm | an office in Tampa, Florida",
            ),
        ];
        for (sentence, want) in rows {
            let got = open_ie(sentence);
            assert!(
                got.iter().any(|t| t == want),
                "{sentence}: want {want:?} in {got:#?}"
            );
        }
        // A reporting verb after a comma reports nothing without a verb before it.
        let got = open_ie("Researchers at the laboratory in Cambridge, Mass., found the effect.");
        assert!(
            got.iter().all(|t| !t.contains("| the effect |")),
            "{got:#?}"
        );
        // A list of titles is no place in apposition.
        let got = open_ie(
            "These include any Assistant to the President, Deputy Assistant to the President, and Special Assistant to the President.",
        );
        assert!(
            got.iter().all(|t| !t.contains("President, Deputy")),
            "{got:#?}"
        );
    }

    #[test]
    fn negation_and_attribution_are_recorded() {
        let text = "According to Reuters, the minister did not meet the protesters.";
        let doc = Document {
            name: "t".into(),
            text: text.into(),
        };
        let s = [Sentence {
            index: 0,
            span: Span::new(0, text.len()),
            kind: SentenceKind::Body,
        }];
        let out = extract_all(&doc, &s);
        let t = out[0]
            .triples
            .iter()
            .find(|t| t.relation == "meet")
            .expect("a meet triple");
        assert!(t.negated);
        assert_eq!(t.subject.span.of(text), "the minister");
        assert_eq!(
            t.attribution.as_ref().map(|a| a.span.of(text)),
            Some("Reuters")
        );
    }

    #[test]
    fn reported_speech_keeps_the_open_ie_tuple_and_attributes_the_inner_fact() {
        let text = "Officials said that the army had withdrawn from the border.";
        let doc = Document {
            name: "t".into(),
            text: text.into(),
        };
        let s = [Sentence {
            index: 0,
            span: Span::new(0, text.len()),
            kind: SentenceKind::Body,
        }];
        let out = extract_all(&doc, &s);
        let said = out[0]
            .triples
            .iter()
            .find(|t| t.relation == "say")
            .expect("say");
        assert_eq!(said.relation_text, "said that");
        assert_eq!(
            said.object.span.of(text),
            "the army had withdrawn from the border"
        );
        let inner = out[0]
            .triples
            .iter()
            .find(|t| t.relation == "withdraw from")
            .expect("inner fact");
        assert_eq!(
            inner.attribution.as_ref().map(|a| a.span.of(text)),
            Some("Officials")
        );
    }

    #[test]
    fn reporting_verb_after_the_reported_clause() {
        let rows: &[(&str, &str, &str)] = &[
            (
                "The talks collapsed on Friday, a spokesman said.",
                "a spokesman",
                "The talks collapsed on Friday",
            ),
            (
                "Exports will fall next year, said the central bank.",
                "the central bank",
                "Exports will fall next year",
            ),
            (
                "“We will not give up,” the mayor said.",
                "the mayor",
                "We will not give up",
            ),
            (
                "\"Prices are stable,\" said Bank Governor Ana Lopes.",
                "Bank Governor Ana Lopes",
                "Prices are stable",
            ),
            (
                "Acme Corp said John Smith of Delta Partners, Austin, Texas, bought 9,000 shares.",
                "Acme Corp",
                "John Smith of Delta Partners, Austin, Texas, bought 9,000 shares",
            ),
            (
                "The minister said on Monday that Spain would close the border.",
                "The minister",
                "Spain would close the border",
            ),
        ];
        for (text, who, what) in rows {
            let got = run(text);
            assert!(has(&got, (who, "say", what)), "{text}: {got:#?}");
        }
        let got = run("The talks collapsed on Friday, a spokesman said.");
        assert!(
            has(&got, ("The talks", "collapse on", "Friday")),
            "{got:#?}"
        );
    }

    #[test]
    fn odd_sentences_do_not_panic() {
        // Regression: a preposition as the last token once indexed past the sentence.
        let rows = [
            "",
            ".",
            "Sales rose to",
            "He said ,",
            "“ ” , , said .",
            "To be or not to be, that is the question of",
            "Profits at the unit in",
            "Der Präsident traf Herrn Müller in Zürich.",
            "and and and of of the the , , said said",
        ];
        for text in rows {
            let _ = run(text);
        }
    }

    #[test]
    fn furniture_gives_no_triples() {
        let text = "Russia has sent troops to Belarus.";
        let doc = Document {
            name: "t".into(),
            text: text.into(),
        };
        for kind in [
            SentenceKind::Caption,
            SentenceKind::Furniture,
            SentenceKind::Duplicate,
        ] {
            let s = [Sentence {
                index: 0,
                span: Span::new(0, text.len()),
                kind,
            }];
            let out = extract_all(&doc, &s);
            assert!(out[0].furniture);
            assert!(out[0].triples.is_empty());
        }
    }

    #[test]
    fn spans_cover_their_text_and_confidence_is_in_range() {
        let text = "In 2019, the company, which employs 300 people, opened a factory in Ohio and hired local engineers.";
        let got = run(text);
        assert!(has(&got, ("the company", "open", "a factory")), "{got:#?}");
        assert!(
            has(&got, ("the company", "hire", "local engineers")),
            "{got:#?}"
        );
        let doc = Document {
            name: "t".into(),
            text: text.into(),
        };
        let s = [Sentence {
            index: 0,
            span: Span::new(0, text.len()),
            kind: SentenceKind::Body,
        }];
        for t in &extract_all(&doc, &s)[0].triples {
            assert!(t.confidence > 0.0 && t.confidence <= 1.0);
            assert!(t.subject.span.end <= text.len() && t.object.span.end <= text.len());
        }
    }
}
