//! Resolution stage: a document's mentions and raw triples in, canonical entities
//! and entity-level facts out.
//!
//! Within one document, mentions are clustered into entities (full name, surname,
//! title + surname, acronyms, demonyms to countries, role phrases defined earlier,
//! descriptions, pronouns to the nearest compatible antecedent or to a chain of
//! pronouns); every cluster with a name gets a canonical name (the longest full
//! name) and remembers each alias with the rule that merged it. Raw triples whose
//! two arguments resolve to entities become [`Fact`]s. Merging across documents
//! happens in [`crate::graph`].
//!
//! `alias` holds the name rules, `coref` the role-phrase, compass and
//! description rules, `pronoun` the pronoun rules, `implicit_owner` the owners
//! a title leaves unwritten, `cluster` the working state. A triple argument
//! resolves through its mention; an argument without one resolves if its span
//! is a mention's span or name, or the owner of a role (`North Korean` in
//! `North Korean leader Kim Jong Un`). Self-loops and triples that extraction
//! marked not graph-worthy ([`crate::extract::SentenceExtraction::graph`]:
//! reported speech, implied `have`) give no fact.

mod alias;
pub mod archive;
mod cluster;
pub mod comention;
mod coref;
mod dedupe;
mod heads;
mod implicit_owner;
mod kinship;
mod mentions;
mod pronoun;

pub use comention::CoMention;
use serde::{Deserialize, Serialize};

pub use mentions::{ResolvedMention, resolve_mentions};

use crate::extract::{Argument, SentenceExtraction};
use crate::text::{Document, Span};
use crate::vocab::{EntityKind, Modality};

/// Why an alias was merged into an entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AliasRule {
    /// The canonical name itself.
    Canonical,
    /// The same name with a title or demonym before it (`North Korean leader Kim Jong Un`).
    TitledName,
    /// The last name alone (`Kim`, `Putin`).
    Surname,
    /// Honorific or title + surname (`Mr Kim`, `President Putin`).
    TitleSurname,
    /// Initials of a multi-word name (`NIS`).
    Acronym,
    /// A demonym of a country (`Chinese` → China).
    Demonym,
    /// A short or alternative form from the country table (`the US`, `the North`).
    ShortForm,
    /// A role phrase defined earlier in the document (`the Russian President`).
    RolePhrase,
    /// A pronoun resolved to its antecedent.
    Pronoun,
    /// A definite description (`the company`) resolved to the most salient
    /// earlier entity of its kind.
    Description,
    /// Merged across documents by the same canonical name.
    CrossDocument,
    /// Across documents ([`archive`]): the same organisation name without its
    /// legal form (`Texaco Inc` → `Texaco`).
    LegalForm,
    /// Across documents: the same name but for punctuation or a trailing full
    /// stop (`Reagan.` → `Reagan`).
    Punctuation,
    /// Across documents: a nickname of the given name (`Dick Darman` →
    /// `Richard Darman`).
    Nickname,
    /// Across documents: another spelling of the name (`Viktor` → `Victor`, or
    /// one letter apart in a long name).
    Spelling,
    /// Across documents: a bare surname or title + surname joined to the one
    /// person of the archive with that surname (`Reagan` → `Ronald Reagan`).
    ArchiveSurname,
    /// Across documents: the initials of the one organisation of the archive
    /// they spell (`TWA` → `Trans World Airlines Inc`).
    ArchiveAcronym,
    /// A given name in apposition to a named person's kin, read with that
    /// person's family name (`Michael Howard's wife, Sandra` → `Sandra Howard`).
    Kinship,
    /// A ticker symbol in angle brackets after the company's name (`Texas
    /// Instruments Inc <TXN>`).
    Ticker,
}

impl AliasRule {
    pub fn as_str(self) -> &'static str {
        match self {
            AliasRule::Canonical => "canonical",
            AliasRule::TitledName => "titled-name",
            AliasRule::Surname => "surname",
            AliasRule::TitleSurname => "title-surname",
            AliasRule::Acronym => "acronym",
            AliasRule::Demonym => "demonym",
            AliasRule::ShortForm => "short-form",
            AliasRule::RolePhrase => "role-phrase",
            AliasRule::Pronoun => "pronoun",
            AliasRule::Description => "description",
            AliasRule::CrossDocument => "cross-document",
            AliasRule::LegalForm => "legal-form",
            AliasRule::Punctuation => "punctuation",
            AliasRule::Nickname => "nickname",
            AliasRule::Spelling => "spelling",
            AliasRule::ArchiveSurname => "archive-surname",
            AliasRule::ArchiveAcronym => "archive-acronym",
            AliasRule::Kinship => "kinship",
            AliasRule::Ticker => "ticker",
        }
    }
}

/// One alias of an entity and the rule that merged it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Alias {
    pub name: String,
    pub rule: AliasRule,
}

/// A canonical entity of one document.
#[derive(Debug, Clone, PartialEq)]
pub struct ResolvedEntity {
    pub name: String,
    pub kind: EntityKind,
    /// Every surface form other than the canonical name (pronouns excluded).
    pub aliases: Vec<Alias>,
    /// Number of mentions in the document (pronouns included).
    pub mentions: usize,
}

/// An entity-level triple of one document.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Fact {
    /// Index into [`DocumentFacts::entities`].
    pub subject: usize,
    pub relation: String,
    /// Index into [`DocumentFacts::entities`].
    pub object: usize,
    pub confidence: f32,
    /// Sentence index in the document.
    pub sentence: usize,
    pub subject_mention: Span,
    pub object_mention: Span,
    /// The sentence denies it (`did not meet`).
    pub negated: bool,
    /// The modal that qualifies it (`would` in `said it would buy`); `None` when asserted.
    pub modality: Option<Modality>,
    /// Who the sentence says stated it (`Microsoft` in `Microsoft said it would
    /// buy Sybari`): an index into [`DocumentFacts::entities`].
    pub attributed_to: Option<usize>,
}

/// Everything one document contributes to the graph.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentFacts {
    /// Document name (path as given).
    pub doc: String,
    /// Text of every sentence, by index (evidence for facts).
    pub sentences: Vec<String>,
    pub entities: Vec<ResolvedEntity>,
    pub facts: Vec<Fact>,
    /// Pairs of entities named in the same sentence ([`comention`]).
    pub comentions: Vec<CoMention>,
}

/// Resolve one document's extractions into canonical entities and facts.
///
/// Entities come in order of first mention; facts in sentence order.
pub fn resolve_document(doc: &Document, sentences: &[SentenceExtraction]) -> DocumentFacts {
    let mut r = clustered(doc, sentences);
    let (entities, index) = r.entities();

    let count = sentences
        .iter()
        .map(|s| s.sentence.index + 1)
        .max()
        .unwrap_or(0);
    let mut texts = vec![String::new(); count];
    for s in sentences {
        texts[s.sentence.index] = s.sentence.text(&doc.text).to_string();
    }

    let mut facts = Vec::new();
    for (slot, ex) in sentences.iter().enumerate() {
        if ex.furniture {
            continue;
        }
        for (t, sel) in ex.triples.iter().zip(&ex.graph) {
            let Some(sel) = sel else {
                continue;
            };
            let (subject, object) = if sel.swap {
                (&t.object, &t.subject)
            } else {
                (&t.subject, &t.object)
            };
            let subject = argument_entity(&r, slot, subject);
            let object = argument_entity(&r, slot, object);
            let (Some((s, s_span)), Some((o, o_span))) = (subject, object) else {
                continue;
            };
            let (Some(s), Some(o)) = (index[s], index[o]) else {
                continue;
            };
            if s == o
                || [s, o]
                    .iter()
                    .any(|&e| crate::vocab::legal::is_legal_form(&entities[e].name))
            {
                continue;
            }
            let attributed_to = t
                .attribution
                .as_ref()
                .and_then(|a| argument_entity(&r, slot, a))
                .and_then(|(a, _)| index[a]);
            facts.push(Fact {
                subject: s,
                relation: sel.relation.clone(),
                object: o,
                confidence: t.confidence,
                sentence: ex.sentence.index,
                subject_mention: s_span,
                object_mention: o_span,
                negated: t.negated,
                modality: t.modality,
                attributed_to,
            });
        }
    }
    let implicit = implicit_owner::facts(&r, sentences, &entities, &index, &facts);
    facts.extend(implicit);
    dedupe::dedupe(&mut facts);
    DocumentFacts {
        doc: doc.name.clone(),
        sentences: texts,
        entities,
        facts,
        comentions: comention::comentions(&r, sentences, &index),
    }
}

/// The resolver after every in-document clustering step (names, roles, compass
/// forms, descriptions, pronouns), in that order.
fn clustered<'a>(doc: &'a Document, sentences: &[SentenceExtraction]) -> cluster::Resolver<'a> {
    let mut r = cluster::Resolver::new(&doc.text, sentences);
    r.cluster_names();
    r.infer_person_kinds();
    r.collect_roles();
    r.resolve_role_phrases();
    r.resolve_compass();
    r.resolve_descriptions();
    r.resolve_pronouns(sentences);
    r
}

/// The cluster an argument names, with the span of the mention that names it.
fn argument_entity(
    r: &cluster::Resolver<'_>,
    slot: usize,
    arg: &Argument,
) -> Option<(usize, Span)> {
    let node = match arg.mention {
        Some(m) => r.node_of.get(&(slot, m)).copied(),
        None => r.owner_of.get(&arg.span).copied().or_else(|| {
            r.by_sentence[slot]
                .iter()
                .copied()
                .find(|&n| r.nodes[n].span == arg.span || r.nodes[n].name == arg.span)
        }),
    }?;
    let c = r.assign[node]?;
    Some((c, r.nodes[node].span))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::extract::{RawTriple, TripleKind};
    use crate::nlp::{Mention, MentionForm, Role};
    use crate::text::{Sentence, SentenceKind};

    /// A mention written as (sentence, whole text, name, kind, form, role title and owner).
    type M = (
        usize,
        &'static str,
        &'static str,
        EntityKind,
        MentionForm,
        Option<(&'static str, &'static str)>,
    );

    /// A triple written as (sentence, subject mention, relation, object mention,
    /// negated); a mention is its index in the sentence's mention list, or
    /// `usize::MAX - k` for "the k-th role owner of the sentence, by span only".
    type T = (usize, usize, &'static str, usize, bool);

    fn find(hay: &str, from: usize, needle: &str) -> Span {
        let at = hay[from..]
            .find(needle)
            .unwrap_or_else(|| panic!("{needle}"))
            + from;
        Span::new(at, at + needle.len())
    }

    pub(crate) fn build(
        sentences: &[&str],
        mentions: &[M],
        triples: &[T],
    ) -> (Document, Vec<SentenceExtraction>) {
        let text = sentences.join(" ");
        let mut exs = Vec::new();
        let mut at = 0;
        for (i, s) in sentences.iter().enumerate() {
            let span = Span::new(at, at + s.len());
            at += s.len() + 1;
            exs.push(SentenceExtraction {
                sentence: Sentence {
                    index: i,
                    span,
                    kind: SentenceKind::Body,
                },
                furniture: false,
                mentions: Vec::new(),
                triples: Vec::new(),
                graph: Vec::new(),
            });
        }
        let mut cursor: Vec<usize> = exs.iter().map(|e| e.sentence.span.start).collect();
        for &(s, whole, name, kind, form, role) in mentions {
            let span = find(&text, cursor[s], whole);
            cursor[s] = span.end;
            let name = find(&text, span.start, name);
            let role = role.map(|(title, of)| Role {
                title: title.to_string(),
                of: (!of.is_empty()).then(|| find(&text, span.start, of)),
            });
            exs[s].mentions.push(Mention {
                role,
                ..Mention::bare(s, span, name, kind, form)
            });
        }
        for &(s, subj, relation, obj, negated) in triples {
            let arg = |m: usize| {
                if m > usize::MAX - 10 {
                    let k = usize::MAX - m;
                    let owner = exs[s]
                        .mentions
                        .iter()
                        .filter_map(|x| x.role.as_ref()?.of)
                        .nth(k);
                    Argument {
                        span: owner.expect("owner"),
                        mention: None,
                    }
                } else {
                    Argument {
                        span: exs[s].mentions[m].span,
                        mention: Some(m),
                    }
                }
            };
            let t = RawTriple {
                subject: arg(subj),
                relation: relation.to_string(),
                relation_text: relation.to_string(),
                object: arg(obj),
                extra: Vec::new(),
                confidence: 0.8,
                negated,
                modality: None,
                attribution: None,
                kind: TripleKind::Clause,
            };
            exs[s].triples.push(t);
        }
        for ex in &mut exs {
            ex.graph = crate::extract::select::graph_relations(&text, ex);
        }
        (
            Document {
                name: "test".into(),
                text,
            },
            exs,
        )
    }

    pub(crate) fn entity<'a>(f: &'a DocumentFacts, name: &str) -> &'a ResolvedEntity {
        f.entities
            .iter()
            .find(|e| e.name == name)
            .unwrap_or_else(|| panic!("no entity {name}: {:?}", f.entities))
    }

    pub(crate) fn aliases(e: &ResolvedEntity) -> Vec<(&str, AliasRule)> {
        e.aliases
            .iter()
            .map(|a| (a.name.as_str(), a.rule))
            .collect()
    }

    /// Each entity as (name, kind, mentions).
    fn entities(f: &DocumentFacts) -> Vec<(&str, EntityKind, usize)> {
        f.entities
            .iter()
            .map(|e| (e.name.as_str(), e.kind, e.mentions))
            .collect()
    }

    /// Each fact as (subject name, relation, object name).
    pub(crate) fn facts(f: &DocumentFacts) -> Vec<(String, String, String)> {
        f.facts
            .iter()
            .map(|x| {
                let n = |i: usize| f.entities[i].name.clone();
                (n(x.subject), x.relation.clone(), n(x.object))
            })
            .collect()
    }

    use EntityKind::{City, Country, Organization, Other, Person};
    use MentionForm::{Acronym, Demonym, Name, Pronoun, RolePhrase};

    fn summit() -> (Document, Vec<SentenceExtraction>) {
        build(
            &[
                "German Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin.",
                "Mr Scholz said the French President had accepted his invitation.",
                "Britain's National Crime Agency said it had arrested two German men.",
                "The NCA did not name them, and Macron declined to comment.",
            ],
            &[
                (
                    0,
                    "German Chancellor Olaf Scholz",
                    "Olaf Scholz",
                    Person,
                    Name,
                    Some(("chancellor", "German")),
                ),
                (
                    0,
                    "French President Emmanuel Macron",
                    "Emmanuel Macron",
                    Person,
                    Name,
                    Some(("president", "French")),
                ),
                (0, "Berlin", "Berlin", City, Name, None),
                (1, "Mr Scholz", "Scholz", Person, Name, None),
                (
                    1,
                    "the French President",
                    "French President",
                    Person,
                    RolePhrase,
                    Some(("president", "French")),
                ),
                (1, "his", "his", Other, Pronoun, None),
                (2, "Britain", "Britain", Country, Name, None),
                (
                    2,
                    "National Crime Agency",
                    "National Crime Agency",
                    Organization,
                    Name,
                    None,
                ),
                (2, "it", "it", Other, Pronoun, None),
                (2, "German", "German", Country, Demonym, None),
                (3, "NCA", "NCA", Other, Acronym, None),
                (3, "Macron", "Macron", Other, Name, None),
            ],
            &[
                (0, 0, "meet", 1, false),
                (0, 0, "chancellor of", usize::MAX, false),
                (1, 0, "say", 1, false),
                (2, 2, "arrest", 3, false),
                (3, 0, "name", 1, true),
            ],
        )
    }

    #[test]
    fn names_titles_surnames_and_role_phrases() {
        let (doc, exs) = summit();
        let f = resolve_document(&doc, &exs);
        let scholz = entity(&f, "Olaf Scholz");
        assert_eq!(scholz.kind, Person);
        assert_eq!(
            aliases(scholz),
            [
                ("German Chancellor Olaf Scholz", AliasRule::TitledName),
                ("Mr Scholz", AliasRule::TitleSurname),
                ("Scholz", AliasRule::Surname),
            ]
        );
        assert_eq!(scholz.mentions, 3, "name, Mr Scholz, his");
        let macron = entity(&f, "Emmanuel Macron");
        assert_eq!(
            aliases(macron),
            [
                ("French President Emmanuel Macron", AliasRule::TitledName),
                ("Macron", AliasRule::Surname),
                ("the French President", AliasRule::RolePhrase),
            ]
        );
    }

    #[test]
    fn countries_demonyms_acronyms_and_it() {
        let (doc, exs) = summit();
        let f = resolve_document(&doc, &exs);
        let germany = entity(&f, "Germany");
        assert_eq!((germany.kind, germany.mentions), (Country, 2));
        assert_eq!(aliases(germany), [("German", AliasRule::Demonym)]);
        assert_eq!(
            aliases(entity(&f, "France")),
            [("French", AliasRule::Demonym)]
        );
        assert_eq!(
            aliases(entity(&f, "United Kingdom")),
            [("Britain", AliasRule::ShortForm)]
        );
        let nca = entity(&f, "National Crime Agency");
        assert_eq!(aliases(nca), [("NCA", AliasRule::Acronym)]);
        assert_eq!(
            nca.mentions, 3,
            "name, it (not Britain: the possessor), NCA"
        );
    }

    #[test]
    fn facts_need_two_entities_and_flag_negation() {
        let (doc, exs) = summit();
        let f = resolve_document(&doc, &exs);
        let want = [
            ("Olaf Scholz", "meet", "Emmanuel Macron", false),
            ("Olaf Scholz", "chancellor of", "Germany", false),
            ("National Crime Agency", "arrest", "Germany", false),
            ("National Crime Agency", "name", "Emmanuel Macron", true),
        ];
        let want: Vec<(String, String, String, bool)> = want
            .iter()
            .map(|(a, b, c, neg)| (a.to_string(), b.to_string(), c.to_string(), *neg))
            .collect();
        let got: Vec<(String, String, String, bool)> = facts(&f)
            .into_iter()
            .zip(&f.facts)
            .map(|((a, b, c), x)| (a, b, c, x.negated))
            .collect();
        assert_eq!(got, want);
        assert_eq!(f.sentences.len(), 4);
        assert_eq!(
            f.facts[0].subject_mention.of(&doc.text),
            "German Chancellor Olaf Scholz"
        );
        assert_eq!(f.facts[2].sentence, 2, "`say` is no graph relation");
    }

    #[test]
    fn shared_surnames_first_names_and_compass() {
        let (doc, exs) = build(
            &[
                "North Korean leader Kim Jong Un met Chinese President Xi Jinping.",
                "His sister Kim Yo Jong stayed in Pyongyang.",
                "Kim said South Korea and the US were wrong.",
                "Mr Xi praised the North.",
            ],
            &[
                (
                    0,
                    "North Korean leader Kim Jong Un",
                    "Kim Jong Un",
                    Person,
                    Name,
                    Some(("leader", "North Korean")),
                ),
                (
                    0,
                    "Chinese President Xi Jinping",
                    "Xi Jinping",
                    Person,
                    Name,
                    Some(("president", "Chinese")),
                ),
                (1, "His", "His", Other, Pronoun, None),
                (1, "Kim Yo Jong", "Kim Yo Jong", Person, Name, None),
                (1, "Pyongyang", "Pyongyang", City, Name, None),
                (2, "Kim", "Kim", Other, Name, None),
                (2, "South Korea", "South Korea", Country, Name, None),
                (2, "US", "US", Country, Name, None),
                (3, "Mr Xi", "Xi", Person, Name, None),
                (3, "the North", "North", Country, RolePhrase, None),
            ],
            &[],
        );
        let f = resolve_document(&doc, &exs);
        let names: Vec<&str> = f.entities.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Kim Jong Un",
                "North Korea",
                "Xi Jinping",
                "China",
                "Kim Yo Jong",
                "Pyongyang",
                "South Korea",
                "United States"
            ]
        );
        // `Kim` goes to the nearest preceding Kim; the two full names stay apart.
        assert_eq!(
            aliases(entity(&f, "Kim Yo Jong")),
            [("Kim", AliasRule::Surname)]
        );
        assert_eq!(entity(&f, "Kim Jong Un").mentions, 2, "name and His");
        assert_eq!(
            aliases(entity(&f, "Xi Jinping")),
            [
                ("Chinese President Xi Jinping", AliasRule::TitledName),
                ("Mr Xi", AliasRule::TitleSurname),
                ("Xi", AliasRule::Surname)
            ]
        );
        assert_eq!(
            aliases(entity(&f, "North Korea")),
            [
                ("North Korean", AliasRule::Demonym),
                ("the North", AliasRule::ShortForm)
            ]
        );
    }

    #[test]
    fn bracketed_acronyms_and_coordinated_people() {
        let (doc, exs) = build(
            &[
                "The Main Intelligence Directorate (GUR) named Vladimir Putin and Medvedev.",
                "The GUR gave no reason.",
            ],
            &[
                (
                    0,
                    "Main Intelligence Directorate",
                    "Main Intelligence Directorate",
                    Organization,
                    Name,
                    None,
                ),
                (0, "GUR", "GUR", Other, Acronym, None),
                (0, "Vladimir Putin", "Vladimir Putin", Person, Name, None),
                (0, "Medvedev", "Medvedev", Other, Name, None),
                (1, "GUR", "GUR", Other, Acronym, None),
            ],
            &[],
        );
        let f = resolve_document(&doc, &exs);
        let got = entities(&f);
        assert_eq!(
            got,
            [
                ("Main Intelligence Directorate", Organization, 3),
                ("Vladimir Putin", Person, 1),
                ("Medvedev", Person, 1),
            ]
        );
    }

    #[test]
    fn a_ticker_symbol_names_the_company_before_it() {
        use EntityKind::*;
        use MentionForm::*;
        // (sentences, mentions, entities as (name, kind, mentions), aliases of the first)
        type Row = (
            &'static [&'static str],
            &'static [M],
            &'static [(&'static str, EntityKind, usize)],
            &'static [(&'static str, AliasRule)],
        );
        let rows: &[Row] = &[
            (
                &["Texas Instruments Inc <TXN> bought Acme Corp."],
                &[
                    (
                        0,
                        "Texas Instruments Inc",
                        "Texas Instruments Inc",
                        Organization,
                        Name,
                        None,
                    ),
                    (0, "TXN", "TXN", Other, Acronym, None),
                    (0, "Acme Corp", "Acme Corp", Organization, Name, None),
                ],
                &[
                    ("Texas Instruments Inc", Organization, 1),
                    ("Acme Corp", Organization, 1),
                ],
                &[("TXN", AliasRule::Ticker)],
            ),
            // Title case in a headline; the exchange after the symbol is no place.
            (
                &["Cheung Kong <CKGH.HK> Sells Hotel."],
                &[
                    (0, "Cheung Kong", "Cheung Kong", Organization, Name, None),
                    (0, "CKGH", "CKGH", Other, Acronym, None),
                    (0, "HK", "HK", Other, Acronym, None),
                ],
                &[("Cheung Kong", Organization, 1)],
                &[("CKGH", AliasRule::Ticker)],
            ),
            // A company's own name in brackets is no ticker.
            (
                &["It sold <Kerdix> to Acme Corp."],
                &[
                    (0, "Kerdix", "Kerdix", Organization, Name, None),
                    (0, "Acme Corp", "Acme Corp", Organization, Name, None),
                ],
                &[("Kerdix", Organization, 1), ("Acme Corp", Organization, 1)],
                &[],
            ),
        ];
        for &(sentences, mentions, want, want_aliases) in rows {
            let (doc, exs) = build(sentences, mentions, &[]);
            let f = resolve_document(&doc, &exs);
            assert_eq!(entities(&f), want, "{sentences:?}");
            assert_eq!(aliases(&f.entities[0]), want_aliases, "{sentences:?}");
        }
    }

    #[test]
    fn a_country_word_that_is_a_persons_surname() {
        let (doc, exs) = build(
            &[
                "Chief executive Paul Holland resigned.",
                "Holland said Jordan would grow.",
                "Holland left.",
            ],
            &[
                (0, "Paul Holland", "Paul Holland", Person, Name, None),
                (1, "Holland", "Holland", Country, Name, None),
                (1, "Jordan", "Jordan", Country, Name, None),
                (2, "Holland", "Holland", Country, Name, None),
            ],
            &[],
        );
        let f = resolve_document(&doc, &exs);
        let got = entities(&f);
        assert_eq!(got, [("Paul Holland", Person, 3), ("Jordan", Country, 1)]);
    }

    #[test]
    fn it_reaches_back_to_subjects_only() {
        let (doc, exs) = build(
            &[
                "Today is the day on which Germany’s chancellor hosts world leaders.",
                "It began on Sunday.",
                "The Bundesbank said on Friday that Chinese buyers had left.",
                "It also expects rates to rise.",
            ],
            &[
                (
                    0,
                    "Germany’s chancellor",
                    "chancellor",
                    Person,
                    RolePhrase,
                    Some(("chancellor", "Germany")),
                ),
                (1, "It", "It", Other, Pronoun, None),
                (2, "Bundesbank", "Bundesbank", Organization, Name, None),
                (2, "Chinese", "Chinese", Country, Demonym, None),
                (3, "It", "It", Other, Pronoun, None),
            ],
            &[],
        );
        let f = resolve_document(&doc, &exs);
        assert_eq!(
            entity(&f, "Germany").mentions,
            1,
            "the owner only, not `It`"
        );
        assert_eq!(entity(&f, "Bundesbank").mentions, 2);
        assert_eq!(entity(&f, "China").mentions, 1);
    }

    #[test]
    fn legal_forms_and_acronyms_join_their_company() {
        let (doc, exs) = build(
            &[
                "Standard Oil Co said the Securities and Exchange Commission agreed.",
                "Standard Oil and the SEC declined to comment.",
            ],
            &[
                (
                    0,
                    "Standard Oil Co",
                    "Standard Oil Co",
                    Organization,
                    Name,
                    None,
                ),
                (
                    0,
                    "Securities and Exchange Commission",
                    "Securities and Exchange Commission",
                    Organization,
                    Name,
                    None,
                ),
                (1, "Standard Oil", "Standard Oil", Organization, Name, None),
                (1, "SEC", "SEC", Other, Acronym, None),
            ],
            &[],
        );
        let f = resolve_document(&doc, &exs);
        let got: Vec<(&str, Vec<(&str, AliasRule)>)> = f
            .entities
            .iter()
            .map(|e| (e.name.as_str(), aliases(e)))
            .collect();
        assert_eq!(
            got,
            [
                (
                    "Standard Oil Co",
                    vec![("Standard Oil", AliasRule::ShortForm)]
                ),
                (
                    "Securities and Exchange Commission",
                    vec![("SEC", AliasRule::Acronym)]
                ),
            ]
        );
    }

    #[test]
    fn a_sponsor_name_alone_is_its_award() {
        let (doc, exs) = build(
            &[
                "The Whitbread showed its influence.",
                "She won the Whitbread Novel of the Year Award and the Whitbread Prize.",
            ],
            &[
                (0, "Whitbread", "Whitbread", Person, Name, None),
                (
                    1,
                    "Whitbread Novel of the Year Award",
                    "Whitbread Novel of the Year Award",
                    Organization,
                    Name,
                    None,
                ),
                (
                    1,
                    "Whitbread Prize",
                    "Whitbread Prize",
                    Organization,
                    Name,
                    None,
                ),
            ],
            &[],
        );
        let f = resolve_document(&doc, &exs);
        let prize = entity(&f, "Whitbread Prize");
        assert_eq!(prize.kind, Organization);
        assert_eq!(aliases(prize), [("Whitbread", AliasRule::ShortForm)]);
        assert!(aliases(entity(&f, "Whitbread Novel of the Year Award")).is_empty());
    }

    #[test]
    fn a_storm_is_named_by_its_storm_word_or_its_own_name() {
        use EntityKind::Event;
        let (doc, exs) = build(
            &[
                "Cyclone Phailin has winds of 200 km per hour.",
                "The Cyclone will weaken, and Phailin will bring rain.",
            ],
            &[
                (0, "Cyclone Phailin", "Cyclone Phailin", Event, Name, None),
                (1, "Cyclone", "Cyclone", Other, Name, None),
                (1, "Phailin", "Phailin", Person, Name, None),
            ],
            &[],
        );
        let f = resolve_document(&doc, &exs);
        let storm = entity(&f, "Cyclone Phailin");
        assert_eq!((storm.kind, storm.mentions), (Event, 3));
        assert_eq!(f.entities.len(), 1);
    }

    #[test]
    fn unresolved_role_phrases_and_pronouns_make_no_entity() {
        let (doc, exs) = build(
            &["The Russian President said it is too early.", "She left."],
            &[
                (
                    0,
                    "The Russian President",
                    "Russian President",
                    Person,
                    RolePhrase,
                    Some(("president", "Russian")),
                ),
                (0, "it", "it", Other, Pronoun, None),
                (1, "She", "She", Other, Pronoun, None),
            ],
            &[],
        );
        let f = resolve_document(&doc, &exs);
        let names: Vec<&str> = f.entities.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["Russia"]);
    }
}
