//! Pronoun resolution: a document's pronoun mentions in, each linked to an
//! entity [`super::alias`] and [`super::coref`] built, to an earlier pronoun's
//! chain, or to a new chain of its own.
//!
//! * `he`/`she`/`his`/`her` name a person: the first compatible person earlier in
//!   the same sentence (the subject, usually), else the subject of the nearest
//!   earlier sentence with a person (its first person mention). Gender from
//!   honorifics, titles (`Mr`, `Queen`) and given names (`Michael`) must agree.
//! * `it`/`its` do the same with organisations, groups and countries, but reach
//!   back only to the subject of an earlier sentence (its first triple's
//!   subject, else its first mention), never to the owner inside a role
//!   (`China` in `China's president`); `it` before a form of `be` is taken as
//!   expletive (`It is the first time…`); `X said it …` takes `X` first, even a
//!   name only shaped like a person's (`Lear Siegler said it plans…`).
//! * `they`/`them`/`their` name an organisation or group only as the one that
//!   says so (`The Liberal Democrats say they…`), never one of two coordinated
//!   names (`Kim and Putin said they…` means both); otherwise `they` mostly
//!   means people or a plural noun the mention finder does not see (on GUM
//!   train, taking the sentence's organisation costs more precision than it
//!   gains recall), so it only continues a chain of `they`.
//! * An earlier pronoun already linked counts as a mention of its entity, so a
//!   chain continues past the window (`Byron … He … his … he`). A pronoun with
//!   no antecedent (not an expletive `it`) starts a chain of pronouns that later
//!   pronouns of the same gender and number continue; such a chain is no entity
//!   of the graph (it has no name) but keeps the pronouns together.

use crate::extract::SentenceExtraction;
use crate::nlp::MentionForm;
use crate::nlp::lexicon::Gender;
use crate::vocab::EntityKind;
use crate::vocab::function_words::EVALUATIVE_ING;

use super::AliasRule;
use super::cluster::{Cluster, Resolver};

/// Which antecedents a pronoun accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Want {
    /// `he`, `she`: a person of that gender.
    Person(Gender),
    /// `it`: an organisation, group or country.
    Thing,
    /// `they`: an organisation or group.
    Plural,
}

/// How far back (in sentences) a pronoun looks.
const PRONOUN_WINDOW: usize = 3;

/// What a personal pronoun (any case) accepts; `None` for other words.
pub(crate) fn want_of(word: &str) -> Option<Want> {
    Some(match word.to_lowercase().as_str() {
        "he" | "him" | "his" | "himself" => Want::Person(Gender::Male),
        "she" | "her" | "hers" | "herself" => Want::Person(Gender::Female),
        "it" | "its" | "itself" => Want::Thing,
        "they" | "them" | "their" | "theirs" | "themselves" => Want::Plural,
        _ => return None,
    })
}

impl Resolver<'_> {
    /// Resolve personal pronouns to the nearest compatible antecedent, else
    /// start a chain of pronouns.
    pub(crate) fn resolve_pronouns(&mut self, sentences: &[SentenceExtraction]) {
        for n in 0..self.nodes.len() {
            let node = &self.nodes[n];
            if node.form != MentionForm::Pronoun || self.assign[n].is_some() {
                continue;
            }
            let Some(want) = want_of(&node.name_text) else {
                continue;
            };
            if want == Want::Thing && self.expletive_it(n) {
                continue;
            }
            if let Some(c) = self.antecedent(n, want, sentences) {
                self.join(n, c, AliasRule::Pronoun);
            } else {
                self.start_chain(n, want);
            }
        }
    }

    /// A new cluster of pronoun node `n` alone, for later pronouns to continue.
    fn start_chain(&mut self, n: usize, want: Want) {
        let (kind, gender) = match want {
            Want::Person(g) => (EntityKind::Person, Some(g)),
            Want::Thing | Want::Plural => (EntityKind::Other, None),
        };
        let mut cluster = Cluster::new(&self.nodes[n].name_text.to_lowercase(), kind);
        cluster.gender = gender;
        self.clusters.push(cluster);
        self.join(n, self.clusters.len() - 1, AliasRule::Pronoun);
    }

    /// What the pronouns of cluster `c` accept, if it is a chain of pronouns only.
    pub(crate) fn pronoun_chain(&self, c: usize) -> Option<Want> {
        let members = &self.clusters[c].members;
        let &(first, _) = members.first()?;
        members
            .iter()
            .all(|&(m, _)| self.nodes[m].form == MentionForm::Pronoun)
            .then(|| want_of(&self.nodes[first].name_text))
            .flatten()
    }

    /// `It is …`, `it was …`: no referent.
    fn expletive_it(&self, n: usize) -> bool {
        let node = &self.nodes[n];
        if !node.name_text.eq_ignore_ascii_case("it") {
            return false;
        }
        let rest = &self.text[node.span.end..];
        let mut words = rest
            .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .filter(|w| !w.is_empty());
        let next = words.next().unwrap_or("").to_lowercase();
        // `it is negotiating`, `it was buying`: a progressive names a doer.
        let after = words.next().unwrap_or("").to_lowercase();
        let progressive = after.len() > 4
            && after.ends_with("ing")
            && !matches!(
                after.as_str(),
                "nothing" | "something" | "anything" | "everything"
            )
            && !EVALUATIVE_ING.contains(&after.as_str());
        matches!(
            next.as_str(),
            "is" | "was" | "'s" | "’s" | "seems" | "seemed" | "appears" | "appeared" | "remains"
        ) && !(progressive && matches!(next.as_str(), "is" | "was" | "'s" | "’s"))
    }

    fn accepts(&self, c: usize, want: Want) -> bool {
        let cl = &self.clusters[c];
        if !cl.alive {
            return false;
        }
        if let Some(chain) = self.pronoun_chain(c) {
            return chain == want;
        }
        match want {
            Want::Person(g) => {
                cl.kind() == EntityKind::Person && cl.gender_evidence().is_none_or(|x| x == g)
            }
            // Not places: on GUM train `it` after a place is as often wrong as
            // right, and in news it is mostly the organisation.
            Want::Thing => matches!(
                cl.kind(),
                EntityKind::Organization | EntityKind::Group | EntityKind::Country
            ),
            Want::Plural => matches!(cl.kind(), EntityKind::Organization | EntityKind::Group),
        }
    }

    /// The antecedent of pronoun node `n`.
    fn antecedent(&self, n: usize, want: Want, sentences: &[SentenceExtraction]) -> Option<usize> {
        let node = &self.nodes[n];
        let sent = node.sent;
        if !matches!(want, Want::Person(_))
            && let Some(c) = self.reporting_subject(n, want)
        {
            return Some(c);
        }
        // The same sentence, before the pronoun: the first candidate (subject bias).
        let same = self
            .first_in(sent, want, |m| self.nodes[m].pos < node.pos)
            .filter(|&c| want != Want::Plural || self.plural_in(sent, c));
        if same.is_some() {
            return same;
        }
        // Earlier sentences: the subject of the nearest one that has a candidate.
        for back in 1..=PRONOUN_WINDOW.min(sent) {
            let s = sent - back;
            let found = self
                .subject_of(s, want, sentences)
                .or_else(|| match want {
                    Want::Person(_) => self.first_in(s, want, |_| true),
                    Want::Thing | Want::Plural => self
                        .sentence_subject(s, want)
                        .or_else(|| self.first_in(s, want, |m| self.same_pronoun(m, want))),
                })
                .filter(|&c| want != Want::Plural || self.plural_in(s, c));
            if found.is_some() {
                return found;
            }
        }
        None
    }

    /// Is node `m` a pronoun that accepts what `want` does (`it` … `its`)? An
    /// earlier `it` or `they` anywhere in a sentence continues its chain.
    fn same_pronoun(&self, m: usize, want: Want) -> bool {
        let node = &self.nodes[m];
        node.form == MentionForm::Pronoun && want_of(&node.name_text) == Some(want)
    }

    /// Does a `they` of sentence `s` already name cluster `c`? Besides the
    /// organisation that says so, `they` only continues a chain of `they`.
    fn plural_in(&self, s: usize, c: usize) -> bool {
        self.by_sentence[s].iter().any(|&m| {
            self.assign[m] == Some(c)
                && self.nodes[m].form == MentionForm::Pronoun
                && want_of(&self.nodes[m].name_text) == Some(Want::Plural)
        })
    }

    /// `Lear Siegler said it plans…`: the name right before a verb of saying
    /// that `it` follows is its referent, unless the name is a person by
    /// evidence (a title, honorific or gender); a name only guessed to be a
    /// person from its shape (two capitalised words) is taken as a company.
    /// `they` takes only an organisation or group so.
    fn reporting_subject(&self, n: usize, want: Want) -> Option<usize> {
        let node = &self.nodes[n];
        let m = self.by_sentence[node.sent]
            .iter()
            .copied()
            .filter(|&m| {
                let other = &self.nodes[m];
                other.form != MentionForm::Pronoun
                    && !other.of_role
                    && other.span.end <= node.span.start
            })
            .max_by_key(|&m| self.nodes[m].span.end)?;
        let gap = self.text.get(self.nodes[m].span.end..node.span.start)?;
        let mut words = gap.split_whitespace();
        let verb = words.next()?;
        let rest: Vec<&str> = words.collect();
        if !crate::vocab::speech::speech_verb(verb).is_some_and(|v| v.common())
            || !(rest.is_empty() || rest == ["that"])
            || want == Want::Plural && self.coordinated(m)
        {
            return None;
        }
        let c = self.assign[m]?;
        let cl = &self.clusters[c];
        let guessed_person = cl.kind() == EntityKind::Person
            && !cl.person
            && cl.gender.is_none()
            && cl.roles.is_empty();
        let fits = match want {
            Want::Plural => self.accepts(c, want),
            _ => self.accepts(c, want) || cl.kind() == EntityKind::Other || guessed_person,
        };
        (cl.alive && fits).then_some(c)
    }

    /// Is node `m` one of two or more names joined by `and`, `or` or a comma?
    fn coordinated(&self, m: usize) -> bool {
        let node = &self.nodes[m];
        let joined = |a: usize, b: usize| {
            let (x, y) = (&self.nodes[a], &self.nodes[b]);
            x.span.end <= y.span.start
                && matches!(
                    self.text[x.span.end..y.span.start].trim(),
                    "and" | "or" | "," | "&"
                )
        };
        self.by_sentence[node.sent]
            .iter()
            .any(|&o| o != m && !self.nodes[o].of_role && (joined(m, o) || joined(o, m)))
    }

    /// The entity of the first mention of sentence `s` (the possessed one after a
    /// possessor), if it is a candidate: `it` reaches back only to subjects.
    fn sentence_subject(&self, s: usize, want: Want) -> Option<usize> {
        let mut found: Vec<usize> = self.by_sentence[s]
            .iter()
            .copied()
            .filter(|&m| !self.nodes[m].of_role)
            .collect();
        found.sort_by_key(|&m| self.nodes[m].pos);
        let mut first = *found.first()?;
        if let Some(&next) = found.get(1) {
            let (a, b) = (self.nodes[first].span.end, self.nodes[next].span.start);
            if a <= b && matches!(self.text[a..b].trim(), "'s" | "’s" | "'" | "’") {
                first = next;
            }
        }
        if want == Want::Plural && self.coordinated(first) {
            return None;
        }
        let c = self.assign[first]?;
        self.accepts(c, want).then_some(c)
    }

    /// The first candidate entity among the resolved mentions of sentence `s`
    /// (a possessor gives way to what it possesses: `South Korea's spy agency`);
    /// a pronoun counts once it is linked.
    fn first_in(&self, s: usize, want: Want, keep: impl Fn(usize) -> bool) -> Option<usize> {
        let mut found: Vec<usize> = self.by_sentence[s]
            .iter()
            .copied()
            .filter(|&m| keep(m))
            .filter(|&m| self.nodes[m].form != MentionForm::Pronoun || self.assign[m].is_some())
            .filter(|&m| matches!(want, Want::Person(_)) || !self.nodes[m].of_role)
            .collect();
        found.sort_by_key(|&m| self.nodes[m].pos);
        let mut i = 0;
        while i < found.len() {
            let m = found[i];
            if let Some(c) = self.assign[m]
                && self.accepts(c, want)
            {
                let possessor = found.get(i + 1).is_some_and(|&next| {
                    if self.nodes[next].span.start < self.nodes[m].span.end {
                        return false;
                    }
                    let between = &self.text[self.nodes[m].span.end..self.nodes[next].span.start];
                    matches!(between.trim(), "'s" | "’s" | "'" | "’")
                        && self.assign[next].is_some_and(|c2| self.accepts(c2, want))
                });
                if !possessor {
                    if want == Want::Plural && self.coordinated(m) {
                        return None;
                    }
                    return Some(c);
                }
            }
            i += 1;
        }
        None
    }

    /// The entity heading the subject of the first triple of sentence `s`.
    fn subject_of(&self, s: usize, want: Want, sentences: &[SentenceExtraction]) -> Option<usize> {
        let ex = sentences.get(s)?;
        let t = ex.triples.first()?;
        let m = t.subject.mention?;
        let node = *self.node_of.get(&(s, m))?;
        if want == Want::Plural && self.coordinated(node) {
            return None;
        }
        let c = self.assign[node]?;
        self.accepts(c, want).then_some(c)
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::extract_sentences;
    use crate::nlp::{MentionForm, Tokenization, analyse};
    use crate::resolve::resolve_mentions;
    use crate::text::{Document, segment};

    /// Each pronoun of `text` in order, with the entity it names, `chain of
    /// X` for a chain of pronouns that `X` started, or `-`.
    fn pronouns(text: &str) -> Vec<(String, String)> {
        let doc = Document {
            name: "t".into(),
            text: text.into(),
        };
        let analysed = analyse(&doc, &segment(text), Tokenization::Words);
        let ex = extract_sentences(&doc, analysed);
        let (entities, mentions) = resolve_mentions(&doc, &ex);
        mentions
            .iter()
            .filter(|m| m.form == MentionForm::Pronoun)
            .map(|m| {
                let to = match (m.entity, m.chain) {
                    (Some(e), _) => entities[e].name.clone(),
                    (None, Some(c)) => {
                        let first = mentions.iter().find(|o| o.chain == Some(c));
                        format!("chain of {}", first.map_or("", |o| o.span.of(text)))
                    }
                    (None, None) => "-".into(),
                };
                (m.span.of(text).to_string(), to)
            })
            .collect()
    }

    #[test]
    fn pronouns_find_their_antecedents() {
        let cases: &[(&str, &[(&str, &str)])] = &[
            // A chain continues past the window through linked pronouns.
            (
                "Lord Byron was born in London. He studied at Cambridge. He travelled widely. \
                 He wrote poems. He met Percy Shelley in Geneva.",
                &[
                    ("He", "Lord Byron"),
                    ("He", "Lord Byron"),
                    ("He", "Lord Byron"),
                    ("He", "Lord Byron"),
                ],
            ),
            // No name: the pronouns make a chain of their own, by gender.
            (
                "She said the plan was late. He disagreed. She left early.",
                &[
                    ("She", "chain of She"),
                    ("He", "chain of He"),
                    ("She", "chain of She"),
                ],
            ),
            // `they` names an organisation of its own sentence, and a later
            // `they` continues it; one of two coordinated names it does not.
            (
                "The Liberal Democrats said they would fight. They attacked Tony Blair.",
                &[("they", "Liberal Democrats"), ("They", "Liberal Democrats")],
            ),
            (
                "Microsoft and Google said they would buy Sybari.",
                &[("they", "chain of they")],
            ),
            // An organisation named in an earlier sentence is not a later `they`.
            (
                "Google bought YouTube. They praised the deal.",
                &[("They", "chain of They")],
            ),
            // A progressive after `it is`/`it was` names a doer; a bare
            // `it is` stays expletive.
            (
                "Microsoft said it was buying Sybari. It is time to act. \
                 Microsoft said it was misleading to wait.",
                &[("it", "Microsoft"), ("It", "-"), ("it", "-")],
            ),
            // Gender from the given name: `she` is not Michael Howard.
            (
                "Michael Howard spoke in London. She praised the speech.",
                &[("She", "chain of She")],
            ),
        ];
        for (text, want) in cases {
            let want: Vec<(String, String)> = want
                .iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect();
            assert_eq!(pronouns(text), want, "{text}");
        }
    }
}
