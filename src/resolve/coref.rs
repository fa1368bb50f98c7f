//! Coreference: role phrases, compass phrases and pronouns in, links to the
//! entities [`super::alias`] built out.
//!
//! * A role phrase (`the Russian President`, `China's president`) names the
//!   person given that role earlier in the document (`Russian President Vladimir
//!   Putin`); `leader` matches any head-of-state title of the same country. With
//!   no such person the phrase stays unresolved.
//! * `the North` / `the South` name the document's country whose name starts so
//!   (`North Korea`).
//! * `he`/`she`/`his`/`her` name a person: the first compatible person earlier in
//!   the same sentence (the subject, usually), else the subject of the nearest
//!   earlier sentence with a person (its first person mention). `it`/`its` do the
//!   same with organisations, groups and countries, but reach back only to the
//!   subject of an earlier sentence (its first triple's subject, else its first
//!   mention), never to the owner inside a role (`China` in `China's
//!   president`); `it` before a form of `be` is taken as expletive (`It is the
//!   first time…`); `X said it …` takes `X` first, even a name only shaped
//!   like a person's (`Lear Siegler said it plans…`). Gender from honorifics and
//!   titles (`Mr`, `Queen`) must agree. `they` and the rest stay unresolved.

use crate::extract::SentenceExtraction;
use crate::nlp::MentionForm;
use crate::nlp::lexicon::{self, Gender, TitleClass};
use crate::vocab::EntityKind;

use super::AliasRule;
use super::cluster::Resolver;

/// Which antecedents a pronoun accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Want {
    Person(Option<Gender>),
    Thing,
}

/// How far back (in sentences) a pronoun looks.
const PRONOUN_WINDOW: usize = 3;

impl Resolver<'_> {
    /// Resolve role phrases to the person who holds the role.
    pub(crate) fn resolve_role_phrases(&mut self) {
        for n in 0..self.nodes.len() {
            let node = &self.nodes[n];
            if node.form != MentionForm::RolePhrase || self.assign[n].is_some() {
                continue;
            }
            let Some(role) = node.role.clone() else {
                continue;
            };
            let Some(title) = lexicon::title(&role.title) else {
                continue;
            };
            let of = role
                .of
                .and_then(|span| self.owner_of.get(&span))
                .and_then(|&o| self.assign[o]);
            let pos = node.pos;
            let holders = |earlier: bool| -> Vec<usize> {
                (0..self.clusters.len())
                    .filter(|&c| self.clusters[c].alive)
                    .filter(|&c| {
                        self.clusters[c].roles.iter().any(|r| {
                            (r.pos < pos) == earlier
                                && (role.of.is_none() || r.of == of)
                                && titles_match(title.head, title.class, r.head, r.class)
                        })
                    })
                    .collect()
            };
            let earlier = holders(true);
            let chosen = if earlier.is_empty() {
                let later = holders(false);
                if later.len() == 1 {
                    Some(later[0])
                } else {
                    None
                }
            } else if role.of.is_none() && earlier.len() > 1 {
                // `the president` with several presidents about: unresolved.
                None
            } else {
                self.nearest(&earlier, n)
            };
            if let Some(c) = chosen {
                self.join(n, c, AliasRule::RolePhrase);
            }
        }
    }

    /// `the North` → the document's `North …` country.
    pub(crate) fn resolve_compass(&mut self) {
        for n in 0..self.nodes.len() {
            let node = &self.nodes[n];
            if node.form != MentionForm::RolePhrase || node.role.is_some() {
                continue;
            }
            let Some(dir) = lexicon::compass(&node.name_text) else {
                continue;
            };
            let candidates: Vec<usize> = (0..self.clusters.len())
                .filter(|&c| {
                    let cl = &self.clusters[c];
                    cl.alive
                        && cl.kind() == EntityKind::Country
                        && cl.canonical.starts_with(dir.prefix())
                })
                .collect();
            if let Some(c) = self.nearest(&candidates, n) {
                self.join(n, c, AliasRule::ShortForm);
            }
        }
    }

    /// Resolve definite descriptions (`the company`, `the firm`) to the most
    /// salient entity of their kind named before them: the most mentioned so
    /// far, ties to the most recent. Organisations take groups too.
    pub(crate) fn resolve_descriptions(&mut self) {
        for n in 0..self.nodes.len() {
            let node = &self.nodes[n];
            if node.form != MentionForm::Description || self.assign[n].is_some() {
                continue;
            }
            let (kind, pos) = (node.kind, node.pos);
            let fits = |k: EntityKind| {
                k == kind || kind == EntityKind::Organization && k == EntityKind::Group
            };
            let mut best: Option<(usize, usize, usize)> = None;
            for (c, cl) in self.clusters.iter().enumerate() {
                if !cl.alive || !fits(cl.kind()) {
                    continue;
                }
                let earlier: Vec<usize> = cl
                    .members
                    .iter()
                    .map(|&(m, _)| m)
                    .filter(|&m| {
                        let other = &self.nodes[m];
                        other.pos < pos
                            && !matches!(
                                other.form,
                                MentionForm::Pronoun | MentionForm::Description
                            )
                    })
                    .collect();
                let Some(last) = earlier.iter().map(|&m| self.nodes[m].pos).max() else {
                    continue;
                };
                let key = (earlier.len(), last, c);
                if best.is_none_or(|b| (key.0, key.1) > (b.0, b.1)) {
                    best = Some(key);
                }
            }
            if let Some((_, _, c)) = best {
                self.join(n, c, AliasRule::Description);
            }
        }
    }

    /// Resolve personal pronouns to the nearest compatible antecedent.
    pub(crate) fn resolve_pronouns(&mut self, sentences: &[SentenceExtraction]) {
        for n in 0..self.nodes.len() {
            let node = &self.nodes[n];
            if node.form != MentionForm::Pronoun {
                continue;
            }
            let want = match node.name_text.to_lowercase().as_str() {
                "he" | "him" | "his" | "himself" => Want::Person(Some(Gender::Male)),
                "she" | "her" | "hers" | "herself" => Want::Person(Some(Gender::Female)),
                "it" | "its" | "itself" => Want::Thing,
                _ => continue,
            };
            if want == Want::Thing && self.expletive_it(n) {
                continue;
            }
            if let Some(c) = self.antecedent(n, want, sentences) {
                self.join(n, c, AliasRule::Pronoun);
            }
        }
    }

    /// `It is …`, `it was …`: no referent.
    fn expletive_it(&self, n: usize) -> bool {
        let node = &self.nodes[n];
        if !node.name_text.eq_ignore_ascii_case("it") {
            return false;
        }
        let rest = &self.text[node.span.end..];
        let next = rest
            .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .find(|w| !w.is_empty())
            .unwrap_or("");
        matches!(
            next.to_lowercase().as_str(),
            "is" | "was" | "'s" | "’s" | "seems" | "seemed" | "appears" | "appeared" | "remains"
        )
    }

    fn accepts(&self, c: usize, want: Want) -> bool {
        let cl = &self.clusters[c];
        if !cl.alive {
            return false;
        }
        match want {
            Want::Person(g) => {
                cl.kind() == EntityKind::Person
                    && (g.is_none() || cl.gender.is_none() || cl.gender == g)
            }
            Want::Thing => matches!(
                cl.kind(),
                EntityKind::Organization | EntityKind::Group | EntityKind::Country
            ),
        }
    }

    /// The antecedent of pronoun node `n`.
    fn antecedent(&self, n: usize, want: Want, sentences: &[SentenceExtraction]) -> Option<usize> {
        let node = &self.nodes[n];
        let sent = node.sent;
        if want == Want::Thing
            && let Some(c) = self.reporting_subject(n)
        {
            return Some(c);
        }
        // The same sentence, before the pronoun: the first candidate (subject bias).
        let same = self.first_in(sent, want, |m| self.nodes[m].pos < node.pos);
        if same.is_some() {
            return same;
        }
        // Earlier sentences: the subject of the nearest one that has a candidate.
        for back in 1..=PRONOUN_WINDOW.min(sent) {
            let s = sent - back;
            if let Some(c) = self.subject_of(s, want, sentences) {
                return Some(c);
            }
            let found = match want {
                Want::Person(_) => self.first_in(s, want, |_| true),
                Want::Thing => self.sentence_subject(s, want),
            };
            if found.is_some() {
                return found;
            }
        }
        None
    }

    /// `Lear Siegler said it plans…`: the name right before a verb of saying
    /// that `it` follows is its referent, unless the name is a person by
    /// evidence (a title, honorific or gender); a name only guessed to be a
    /// person from its shape (two capitalised words) is taken as a company.
    fn reporting_subject(&self, n: usize) -> Option<usize> {
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
        {
            return None;
        }
        let c = self.assign[m]?;
        let cl = &self.clusters[c];
        let guessed_person = cl.kind() == EntityKind::Person
            && !cl.person
            && cl.gender.is_none()
            && cl.roles.is_empty();
        (cl.alive
            && (self.accepts(c, Want::Thing) || cl.kind() == EntityKind::Other || guessed_person))
            .then_some(c)
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
        let c = self.assign[first]?;
        self.accepts(c, want).then_some(c)
    }

    /// The first candidate entity among the resolved mentions of sentence `s`
    /// (a possessor gives way to what it possesses: `South Korea's spy agency`).
    fn first_in(&self, s: usize, want: Want, keep: impl Fn(usize) -> bool) -> Option<usize> {
        let mut found: Vec<usize> = self.by_sentence[s]
            .iter()
            .copied()
            .filter(|&m| keep(m))
            .filter(|&m| self.nodes[m].form != MentionForm::Pronoun)
            .filter(|&m| want != Want::Thing || !self.nodes[m].of_role)
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
        let c = self.assign[node]?;
        self.accepts(c, want).then_some(c)
    }
}

/// Do two titles name the same office? Equal heads, or `leader` against any
/// head-of-state title.
fn titles_match(a: &str, ac: TitleClass, b: &str, bc: TitleClass) -> bool {
    // A chair or general secretary runs an organisation under its leader: `the
    // Tory leader` is not the party's co-chairman.
    let runs_under = |t: &str| t.contains("chair") || t.contains("secretary");
    a == b
        || (ac == TitleClass::Leader
            && bc == TitleClass::Leader
            && (a == "leader" && !runs_under(b) || b == "leader" && !runs_under(a)))
}
