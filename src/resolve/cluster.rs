//! The resolver's working state: a document's mentions in (as [`Node`]s, in text
//! order, plus one node for the owner of each role, `North Korean` in `North
//! Korean leader Kim Jong Un`), entity clusters out.
//!
//! [`super::alias`] clusters names, acronyms and demonyms; [`super::coref`]
//! attaches role phrases, `the North` and pronouns; [`Resolver::entities`] turns
//! the clusters into [`ResolvedEntity`]s with canonical names and aliases.

use std::collections::{BTreeMap, HashMap};

use crate::extract::SentenceExtraction;
use crate::nlp::lexicon::{self, Gender, TitleClass};
use crate::nlp::{MentionForm, Role};
use crate::text::{SentenceKind, Span};
use crate::vocab::EntityKind;

use super::alias::gender_of_prefix;
use super::{Alias, AliasRule, ResolvedEntity};

/// One mention (or role owner) of the document.
#[derive(Debug, Clone)]
pub(crate) struct Node {
    /// Index into the extraction slice.
    pub sent: usize,
    /// Index into that sentence's mentions; `None` for a role owner.
    pub mention: Option<usize>,
    /// Document order.
    pub pos: usize,
    pub span: Span,
    pub name: Span,
    /// The name, whitespace collapsed.
    pub name_text: String,
    /// The whole mention, whitespace collapsed, a leading `The` lower-cased.
    pub span_text: String,
    pub kind: EntityKind,
    pub form: MentionForm,
    pub role: Option<Role>,
    /// A role owner (`North Korean`, `Kremlin`) inside a titled mention.
    pub of_role: bool,
    /// The mention is a clause's subject (a salient antecedent).
    pub subject: bool,
    /// The mention is a verb's active subject (a doer, not `Heathrow was
    /// busy`).
    pub agent: bool,
    /// The mention is the subject of a clause the extractor read from the
    /// words (the tree may have missed it: `The actor later flew to …`).
    pub clause_subject: bool,
    /// An honorific or title marks this mention as a person.
    pub person_cue: bool,
    /// An organisation's class noun right before the bare name marks it as
    /// an organisation (`marketing company Doubleclick`, `search engine firm
    /// Google`), whatever the recogniser guessed.
    pub org_cue: bool,
    pub gender: Option<Gender>,
    /// From a Heading sentence (title-case headline): never the canonical name
    /// while a body mention names the entity.
    pub heading: bool,
}

/// A role a person holds in the document: `leader` of North Korea.
#[derive(Debug, Clone)]
pub(crate) struct RoleRec {
    pub head: &'static str,
    pub class: TitleClass,
    /// Cluster of the role's owner.
    pub of: Option<usize>,
    pub pos: usize,
    /// Sentence slot of the titled mention.
    pub sent: usize,
}

/// An entity being built.
#[derive(Debug, Clone)]
pub(crate) struct Cluster {
    pub canonical: String,
    /// Canonical name fixed by the lexicon (countries, known organisations).
    pub fixed: bool,
    pub kinds: Vec<EntityKind>,
    pub person: bool,
    /// Some mention has an organisation's class noun before it ([`Node::org_cue`]).
    pub org_cue: bool,
    pub gender: Option<Gender>,
    pub members: Vec<(usize, AliasRule)>,
    pub alive: bool,
    pub roles: Vec<RoleRec>,
}

impl Cluster {
    pub fn new(canonical: &str, kind: EntityKind) -> Cluster {
        Cluster {
            canonical: canonical.to_string(),
            fixed: false,
            kinds: vec![kind],
            person: false,
            org_cue: false,
            gender: None,
            members: Vec::new(),
            alive: true,
            roles: Vec::new(),
        }
    }

    pub fn is_person_like(&self) -> bool {
        self.person || !self.org_cue && self.kinds.contains(&EntityKind::Person)
    }

    /// The gender its mentions give (an honorific, a title), else the given
    /// name of a person's full canonical name (`Michael Howard`).
    pub fn gender_evidence(&self) -> Option<Gender> {
        self.gender.or_else(|| {
            let (first, _) = self.canonical.split_once(' ')?;
            if self.is_person_like() {
                lexicon::given_name_gender(first)
            } else {
                None
            }
        })
    }

    /// The entity kind: an organisation when its name ends in a legal form, else
    /// person with any person evidence, else the most frequent specific kind
    /// (ties by the kind order), else other.
    pub fn kind(&self) -> EntityKind {
        // `Williams Holdings Plc`: no person's name ends in a legal form, whatever
        // its other mentions (`Williams said`) suggest.
        if self.canonical.contains(' ')
            && self
                .canonical
                .rsplit(' ')
                .next()
                .is_some_and(crate::vocab::legal::is_legal_form)
        {
            return EntityKind::Organization;
        }
        if self.person {
            return EntityKind::Person;
        }
        if self.org_cue {
            return EntityKind::Organization;
        }
        // Lexicon kinds (country, city, organisation) come first in `kinds`.
        if let Some(&first) = self.kinds.first()
            && self.fixed
        {
            return first;
        }
        let mut counts = [0usize; EntityKind::ALL.len()];
        for &k in &self.kinds {
            if k != EntityKind::Other {
                counts[k as usize] += 1;
            }
        }
        // Most frequent; ties go to the earlier kind in `EntityKind::ALL`.
        EntityKind::ALL
            .iter()
            .copied()
            .filter(|&k| counts[k as usize] > 0)
            .max_by(|&a, &b| counts[a as usize].cmp(&counts[b as usize]).then(b.cmp(&a)))
            .unwrap_or(EntityKind::Other)
    }
}

/// The resolver's state for one document.
pub(crate) struct Resolver<'a> {
    pub text: &'a str,
    pub nodes: Vec<Node>,
    /// Cluster of each node.
    pub assign: Vec<Option<usize>>,
    pub clusters: Vec<Cluster>,
    /// `country:<name>` or `name:<lower-case name>` → cluster.
    pub by_key: HashMap<String, usize>,
    /// (sentence slot, mention index) → node.
    pub node_of: HashMap<(usize, usize), usize>,
    /// Role-owner span → node.
    pub owner_of: HashMap<Span, usize>,
    /// Nodes of each sentence slot, in text order.
    pub by_sentence: Vec<Vec<usize>>,
}

impl<'a> Resolver<'a> {
    pub fn new(text: &'a str, sentences: &[SentenceExtraction]) -> Resolver<'a> {
        let mut nodes = Vec::new();
        for (s, ex) in sentences.iter().enumerate() {
            let heading = ex.sentence.kind == SentenceKind::Heading;
            for (i, m) in ex.mentions.iter().enumerate() {
                let mut m = m.clone();
                strip_honorific(text, &mut m);
                let m = &m;
                let prefix = Span::new(m.span.start, m.name.start.max(m.span.start)).of(text);
                let title = m.role.as_ref().map(|r| r.title.as_str());
                let person_cue = m.form == MentionForm::Name
                    && m.kind == EntityKind::Person
                    && (m.role.is_some()
                        || prefix
                            .split_whitespace()
                            .any(|w| lexicon::honorific(w).is_some()));
                nodes.push(Node {
                    sent: s,
                    mention: Some(i),
                    pos: m.span.start,
                    span: m.span,
                    name: m.name,
                    name_text: match (m.family, m.body) {
                        (Some(noun), _) => format!("{} {noun}", collapse(m.name.of(text))),
                        (None, Some(noun)) => government_name(&collapse(m.name.of(text)), noun),
                        (None, None) => collapse(m.name.of(text)),
                    },
                    span_text: lower_leading_the(&collapse(m.span.of(text))),
                    kind: m.kind,
                    form: m.form,
                    role: m.role.clone(),
                    of_role: false,
                    subject: m.subject,
                    agent: m.agent,
                    clause_subject: ex.triples.iter().any(|t| {
                        t.kind == crate::extract::TripleKind::Clause && t.subject.mention == Some(i)
                    }),
                    person_cue,
                    org_cue: m.form == MentionForm::Name
                        && m.span == m.name
                        && after_organisation_noun(text, m.span.start),
                    gender: if m.form == MentionForm::Pronoun {
                        None
                    } else {
                        gender_of_prefix(prefix, title).or_else(|| given_name_gender(text, m))
                    },
                    heading,
                });
                // A role's owner (`North Korean` of `North Korean leader Kim
                // Jong Un`) and an organisation's home (`Swiss` of `Swiss National
                // Bank`) are entities of their own.
                let role_of = m.role.as_ref().and_then(|r| r.of);
                for of in role_of.into_iter().chain(m.home) {
                    nodes.push(Node {
                        sent: s,
                        mention: None,
                        pos: of.start,
                        span: of,
                        name: of,
                        name_text: collapse(of.of(text)),
                        span_text: collapse(of.of(text)),
                        kind: EntityKind::Other,
                        form: MentionForm::Name,
                        role: None,
                        of_role: true,
                        subject: false,
                        agent: false,
                        clause_subject: false,
                        person_cue: false,
                        org_cue: false,
                        gender: None,
                        heading,
                    });
                }
            }
        }
        nodes.sort_by_key(|n| (n.sent, n.pos, n.of_role));
        let mut node_of = HashMap::new();
        let mut owner_of = HashMap::new();
        let mut by_sentence = vec![Vec::new(); sentences.len()];
        for (i, n) in nodes.iter().enumerate() {
            by_sentence[n.sent].push(i);
            match n.mention {
                Some(m) => {
                    node_of.insert((n.sent, m), i);
                }
                None => {
                    owner_of.insert(n.span, i);
                }
            }
        }
        Resolver {
            text,
            assign: vec![None; nodes.len()],
            nodes,
            clusters: Vec::new(),
            by_key: HashMap::new(),
            node_of,
            owner_of,
            by_sentence,
        }
    }

    /// A one-word name of unknown kind coordinated with a person (`Trump and
    /// Putin`, `Putin, Trump`) is a person too.
    pub fn infer_person_kinds(&mut self) {
        for slot in 0..self.by_sentence.len() {
            let nodes = &self.by_sentence[slot];
            for pair in nodes.windows(2) {
                let (a, b) = (pair[0], pair[1]);
                let (na, nb) = (&self.nodes[a], &self.nodes[b]);
                if na.span.end > nb.span.start || na.of_role || nb.of_role {
                    continue;
                }
                let between = self.text[na.span.end..nb.span.start].trim();
                if !matches!(between, "and" | "," | "or" | "&") {
                    continue;
                }
                let (Some(ca), Some(cb)) = (self.assign[a], self.assign[b]) else {
                    continue;
                };
                let single_other = |c: usize| {
                    let cl = &self.clusters[c];
                    cl.kind() == EntityKind::Other && !cl.canonical.contains(' ')
                };
                let promote = if self.clusters[ca].kind() == EntityKind::Person && single_other(cb)
                {
                    Some(cb)
                } else if self.clusters[cb].kind() == EntityKind::Person && single_other(ca) {
                    Some(ca)
                } else {
                    None
                };
                if let Some(c) = promote {
                    self.clusters[c].person = true;
                }
            }
        }
    }

    /// Record the roles persons hold (`leader` of North Korea) for role phrases.
    pub fn collect_roles(&mut self) {
        for n in 0..self.nodes.len() {
            let node = &self.nodes[n];
            let (Some(c), Some(role)) = (self.assign[n], node.role.as_ref()) else {
                continue;
            };
            if node.form != MentionForm::Name {
                continue;
            }
            let Some(title) = lexicon::title(&role.title) else {
                continue;
            };
            let of = role
                .of
                .and_then(|span| self.owner_of.get(&span))
                .and_then(|&o| self.assign[o]);
            let rec = RoleRec {
                head: title.head,
                class: title.class,
                of,
                pos: node.pos,
                sent: node.sent,
            };
            self.clusters[c].roles.push(rec);
        }
    }

    /// The finished entities (in order of first mention) and each cluster's
    /// entity index.
    pub fn entities(&mut self) -> (Vec<ResolvedEntity>, Vec<Option<usize>>) {
        let mut order: Vec<(usize, usize)> = self
            .clusters
            .iter()
            .enumerate()
            // A chain of pronouns only has no name: no entity.
            .filter(|(_, c)| {
                c.alive
                    && c.members
                        .iter()
                        .any(|&(m, _)| self.nodes[m].form != MentionForm::Pronoun)
            })
            .map(|(i, c)| {
                let first = c.members.iter().map(|&(m, _)| m).min().unwrap_or(0);
                (first, i)
            })
            .collect();
        order.sort();
        let mut index = vec![None; self.clusters.len()];
        let mut out = Vec::with_capacity(order.len());
        for (_, c) in order {
            index[c] = Some(out.len());
            out.push(self.entity(c));
        }
        (out, index)
    }

    fn entity(&self, c: usize) -> ResolvedEntity {
        let cluster = &self.clusters[c];
        let canonical = if cluster.fixed {
            cluster.canonical.clone()
        } else {
            // The longest full name without title; headline names only when no
            // body sentence names the entity.
            let names = |heading: bool| {
                cluster.members.iter().filter(move |&&(m, _)| {
                    let n = &self.nodes[m];
                    n.form == MentionForm::Name && !n.of_role && n.heading == heading
                })
            };
            let from_body = names(false).next().is_some();
            let start = if from_body
                && names(true).any(|&(m, _)| self.nodes[m].name_text == cluster.canonical)
                && !names(false).any(|&(m, _)| self.nodes[m].name_text == cluster.canonical)
            {
                ""
            } else {
                cluster.canonical.as_str()
            };
            names(!from_body)
                .map(|&(m, _)| self.nodes[m].name_text.as_str())
                .fold(
                    start,
                    |best, name| {
                        if name.len() > best.len() { name } else { best }
                    },
                )
                .to_string()
        };
        let honorific = self.honorific_name(cluster, &canonical);
        let canonical = honorific.clone().unwrap_or(canonical);
        let mut aliases: BTreeMap<String, AliasRule> = BTreeMap::new();
        for &(m, rule) in &cluster.members {
            let node = &self.nodes[m];
            if matches!(node.form, MentionForm::Pronoun | MentionForm::Description) {
                continue;
            }
            let mut add = |name: &str, rule: AliasRule| {
                if name != canonical && !name.is_empty() {
                    aliases.entry(name.to_string()).or_insert(rule);
                }
            };
            match rule {
                AliasRule::TitleSurname | AliasRule::TitledName => {
                    add(&node.span_text, rule);
                    if node.name_text != canonical
                        && node.span != node.name
                        && honorific.is_none()
                        && !self.surname_of_another(c, &node.name_text)
                    {
                        add(&node.name_text, AliasRule::Surname);
                    }
                }
                AliasRule::RolePhrase => add(&node.span_text, rule),
                AliasRule::ShortForm => add(&node.span_text, rule),
                // The exchange of a ticker (`HK` in `<CKGH.HK>`) names no company.
                AliasRule::Ticker if self.text[..node.span.start].ends_with('.') => {}
                _ => add(&node.name_text, rule),
            }
        }
        ResolvedEntity {
            name: canonical,
            kind: cluster.kind(),
            aliases: aliases
                .into_iter()
                .map(|(name, rule)| Alias { name, rule })
                .collect(),
            // A ticker symbol is a code written beside a name, not one more mention.
            mentions: cluster
                .members
                .iter()
                .filter(|&&(_, rule)| rule != AliasRule::Ticker)
                .count(),
        }
    }

    /// Whether another person of the document bears `surname` as the last
    /// word of its name: `Mrs Howard` gives her entity no bare `Howard` alias
    /// when `Michael Howard` is named too.
    fn surname_of_another(&self, c: usize, surname: &str) -> bool {
        let suffix = format!(" {surname}");
        self.clusters.iter().enumerate().any(|(i, other)| {
            i != c && other.alive && other.is_person_like() && other.canonical.ends_with(&suffix)
        })
    }

    /// `Mrs Howard` for a cluster whose only name is the surname `Howard`,
    /// when its mentions carry honorifics of one gender: the honorific tells
    /// this bearer of the surname from the others (`Michael Howard`), here and
    /// across documents. `None` for a fixed or multi-word name, or honorifics
    /// of both genders.
    fn honorific_name(&self, cluster: &Cluster, canonical: &str) -> Option<String> {
        if cluster.fixed || canonical.contains(' ') {
            return None;
        }
        let mut found: Option<lexicon::Honorific> = None;
        for &(m, _) in &cluster.members {
            let n = &self.nodes[m];
            if n.form != MentionForm::Name || n.of_role || n.name_text != canonical {
                continue;
            }
            let prefix = self.text.get(n.span.start..n.name.start).unwrap_or("");
            let Some(h) = prefix
                .split_whitespace()
                .filter_map(lexicon::honorific)
                .find(|h| h.gender.is_some())
            else {
                continue;
            };
            match found {
                Some(f) if f.gender != h.gender => return None,
                Some(_) => {}
                None => found = Some(h),
            }
        }
        found.map(|h| format!("{} {canonical}", h.word))
    }
}

/// Collapse runs of whitespace to one space.
/// The gender a person's full name implies through its given name (`Michael
/// Howard`); a one-word name implies none (`Howard` may be anyone's surname).
fn given_name_gender(text: &str, m: &crate::nlp::Mention) -> Option<Gender> {
    if m.form != MentionForm::Name || m.kind != EntityKind::Person {
        return None;
    }
    let mut words = m.name.of(text).split_whitespace();
    let first = words.next()?;
    words.next()?;
    lexicon::given_name_gender(first)
}

pub(crate) fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `The North` → `the North` (the article of a role phrase is not part of a name).
fn lower_leading_the(s: &str) -> String {
    match s.strip_prefix("The ") {
        Some(rest) => format!("the {rest}"),
        None => s.to_string(),
    }
}

/// A name that still starts with an honorific (`Mr Kim` from a mention finder
/// that kept it) loses it from the name proper; a work's title keeps it, as
/// does a name whose next word is in lower case (`Lord of the Rings`).
fn strip_honorific(text: &str, m: &mut crate::nlp::Mention) {
    let name = m.name.of(text);
    if let Some((first, rest)) = name.split_once(' ')
        && lexicon::honorific(first).is_some()
        && m.kind != EntityKind::Work
        && rest.trim_start().starts_with(|c: char| !c.is_lowercase())
        && !rest.trim().is_empty()
    {
        let skip = name.len() - rest.trim_start().len();
        m.name = Span::new(m.name.start + skip, m.name.end);
        if m.kind == EntityKind::Other {
            m.kind = EntityKind::Person;
        }
    }
}

/// Is the word right before byte `at` an organisation's class noun written in
/// lower case (`company` of `marketing company Doubleclick`)?
fn after_organisation_noun(text: &str, at: usize) -> bool {
    text[..at]
        .split_whitespace()
        .next_back()
        .is_some_and(|w| w.starts_with(char::is_lowercase) && lexicon::organisation_class_noun(w))
}

/// The name of a government that its mention names by its country apart
/// (`Japan's government` → `Japanese government`): the country's first
/// demonym, or the country as written, and the body's noun.
fn government_name(country: &str, noun: &str) -> String {
    let owner = lexicon::country(country)
        .and_then(|c| c.demonyms.first().copied())
        .unwrap_or(country);
    format!("{owner} {noun}")
}

#[cfg(test)]
mod tests {
    use crate::extract::extract_sentences;
    use crate::resolve::resolve_document;
    use crate::text::{Document, segment};

    /// Canonical entity names of a whole document, sorted.
    fn names(text: &str) -> Vec<String> {
        let doc = Document {
            name: "t".into(),
            text: text.into(),
        };
        let analysed = crate::nlp::analyse(&doc, &segment(text), crate::nlp::Tokenization::Words);
        let ex = extract_sentences(&doc, analysed);
        let mut out: Vec<String> = resolve_document(&doc, &ex)
            .entities
            .into_iter()
            .map(|e| e.name)
            .collect();
        out.sort();
        out
    }

    #[test]
    fn short_forms_and_honorifics() {
        let cases: &[(&str, &[&str])] = &[
            // A short form read before the longer name is another entity;
            // after it, the same.
            (
                "The Guardian is changing its format. Rivals such as the Guardian Media Group invested in printing plants.\n",
                &["Guardian", "Guardian Media Group"],
            ),
            (
                "Hecla Mining Co said it will close the mine. Hecla said costs rose.\n",
                &["Hecla Mining Co"],
            ),
            (
                "Hecla will close the mine. Hecla Mining Co said costs rose. Hecla said it would hire.\n",
                &["Hecla Mining Co"],
            ),
            // A short form skips the initials that open a company's name.
            (
                "RJ Reynolds Tobacco was accused of fraud. Shares of Reynolds rose 4%.\n",
                &["RJ Reynolds Tobacco"],
            ),
            // A surname known only with a woman's honorific keeps it.
            (
                "Michael Howard spoke on Monday. Mrs Howard will visit target seats. Mr Howard will host a conference.\n",
                &["Michael Howard", "Mrs Howard"],
            ),
            (
                "Britain entered World War II in 1939. After WWII the empire declined.\n",
                &["United Kingdom", "World War II"],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(names(text), *want, "{text}");
        }
    }

    #[test]
    fn headline_names_are_not_canonical() {
        let cases: &[(&str, &[&str])] = &[(
            "Hartley Foods Said Eyeing Kestrel Mills\n\nHartley Foods Inc said it held talks with Kestrel Mills Corp on Monday.\n",
            // (`Said` ends the headline's names: no `Eyeing Kestrel Mills`)
            &["Hartley Foods Inc", "Kestrel Mills Corp"],
        )];
        for (text, want) in cases {
            assert_eq!(names(text), *want, "{text}");
        }
    }
}
