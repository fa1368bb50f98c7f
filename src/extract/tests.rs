//! Tests of the whole extraction stage: sentences in, their knowledge-graph
//! triples and Open IE tuples checked against tables of (sentence, must give,
//! must not give) rows.

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
            "be killing | A bomb | at least eight people",
        ),
        // A participle clause reads with `be`: no tense is written.
        (
            "Police found the car stolen from the garage.",
            "be stolen from | the car | the garage",
        ),
        (
            "He works for a company making cars in Ohio.",
            "be making | a company | cars in Ohio",
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
            "be opening for | the band | famous acts",
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
        // An adverbial clause after the object stays with it.
        (
            "Coke has tended to increase its control when results were sluggish in a given country.",
            "has tended to increase | Coke | its control when results were sluggish in a given country",
        ),
        // A time phrase opening the sentence is an argument of its clauses.
        (
            "Several years later the remaining trackage at Charles City was abandoned.",
            "was abandoned | the remaining trackage at Charles City | Several years later",
        ),
        // With nothing else after the verb, its adverbs are the object.
        (
            "The waist line was put higher and the skirts became longer.",
            "was put | The waist line | higher",
        ),
        (
            "The waist line was put higher and the skirts became longer.",
            "became | the skirts | longer",
        ),
        // A further argument the object already covers is not written twice.
        (
            "Mr. Baker found an opening under the house that led to a coal mine.",
            "found | Mr. Baker | an opening under the house",
        ),
        // Implied relations have no tense: `be`. A possessive appositive, a
        // title with its owner, a place in apposition.
        (
            "Stephen McCartin, Mr. Hunt's attorney, said his client welcomed the gamble.",
            "be | Stephen McCartin | Mr. Hunt's attorney",
        ),
        (
            "Childers's biographer Andrew Boyle noted the change.",
            "be | Andrew Boyle | Childers's biographer",
        ),
        (
            "The museum opened in Hoboken, New Jersey.",
            "be in | Hoboken | New Jersey",
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
