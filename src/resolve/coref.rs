//! Coreference: role phrases, compass phrases and descriptions in, links to the
//! entities [`super::alias`] built out.
//!
//! * A role phrase (`the Russian President`, `China's president`) names the
//!   person given that role earlier in the document (`Russian President Vladimir
//!   Putin`); `leader` matches any head-of-state title of the same country. With
//!   no such person the phrase stays unresolved.
//! * `the North` / `the South` name the document's country whose name starts so
//!   (`North Korea`).
//! * A definite description (`the company`, `the firm`) names the most salient
//!   earlier entity of the kind its head noun describes, unless the entity's
//!   name says it is of another sort (`the company` is no `… Union of …`; see
//!   [`crate::vocab::description`]); an entity whose name holds the head noun
//!   comes first (`the bank` → `Bank of England`). A description in
//!   apposition right after a name is that name's (`Pixar, the animation
//!   studio run by Steve Jobs`).
//! * Pronouns are [`super::pronoun`]'s.

use crate::nlp::MentionForm;
use crate::nlp::lexicon::{self, TitleClass};
use crate::vocab::{EntityKind, description};

use super::AliasRule;
use super::cluster::{Cluster, Resolver};

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
            // `Alan Greenspan, the Federal Reserve chairman, said`: a role
            // phrase in apposition right after a person's name is that
            // person's (not a clause's subject: `Kerry, the senator said`;
            // not an item of a list: `Kofi Annan, the UN Secretary-General,
            // the US President and …`).
            let appositive = (!node.subject && self.closes_apposition(n))
                .then(|| self.appositive_name(n))
                .flatten()
                .filter(|&c| {
                    let cl = &self.clusters[c];
                    matches!(cl.kind(), EntityKind::Person | EntityKind::Other)
                        && !cl.org_cue
                        && description::name_sort(&cl.canonical).is_none()
                });
            if let Some(c) = appositive {
                self.join(n, c, AliasRule::RolePhrase);
                continue;
            }
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
            // `The Ballymena-born actor said`, `The Australian singer
            // said`: an occupation no one was given (from no owner or a
            // country) is an epithet of the person the text is about, when it
            // is a clause's subject (`scored the winner` names a goal).
            let from_country = of.is_some_and(|o| self.clusters[o].kind() == EntityKind::Country);
            let epithet = title.class == TitleClass::Other
                && (self.nodes[n].subject || self.nodes[n].clause_subject)
                && (role.of.is_none() || from_country)
                && earlier.is_empty()
                && holders(false).is_empty();
            let chosen = chosen.or_else(|| {
                epithet
                    .then(|| self.epithet_antecedent(n, title.head, title.gender))
                    .flatten()
            });
            if let Some(c) = chosen {
                self.join(n, c, AliasRule::RolePhrase);
            }
        }
    }

    /// The person an epithet (`the actor`) at node `n` stands for: the one
    /// person named in the nearest of the two sentences before it that names
    /// any (the one named as a subject there, if several), of a fitting
    /// gender and given no other occupation.
    fn epithet_antecedent(
        &self,
        n: usize,
        head: &str,
        gender: Option<lexicon::Gender>,
    ) -> Option<usize> {
        let node = &self.nodes[n];
        for back in 1..=2 {
            let Some(sent) = node.sent.checked_sub(back) else {
                break;
            };
            let named: Vec<(usize, bool)> = self
                .nodes
                .iter()
                .enumerate()
                .filter(|(_, m)| m.sent == sent && m.form == MentionForm::Name)
                .filter_map(|(m, x)| self.assign[m].map(|c| (c, x.subject)))
                .filter(|&(c, _)| {
                    self.clusters[c].alive && self.clusters[c].kind() == EntityKind::Person
                })
                .collect();
            if named.is_empty() {
                continue;
            }
            let mut people: Vec<usize> = named.iter().map(|&(c, _)| c).collect();
            people.sort_unstable();
            people.dedup();
            if people.len() > 1 {
                // The subject, unless coordinated with another person
                // (`Kenneth Branagh and Emma Thompson held …`).
                let in_sentence: Vec<&super::cluster::Node> =
                    self.nodes.iter().filter(|m| m.sent == sent).collect();
                let coordinated = in_sentence.iter().filter(|a| a.subject).any(|a| {
                    in_sentence.iter().any(|b| {
                        b.form == MentionForm::Name
                            && b.span.start > a.span.end
                            && self
                                .text
                                .get(a.span.end..b.span.start)
                                .is_some_and(|gap| gap.trim() == "and")
                    })
                });
                if coordinated {
                    return None;
                }
                people = named.iter().filter(|&&(_, s)| s).map(|&(c, _)| c).collect();
                people.sort_unstable();
                people.dedup();
            }
            let [c] = people[..] else {
                return None;
            };
            let cl = &self.clusters[c];
            let gender_fits = match (gender, cl.gender_evidence()) {
                (Some(a), Some(b)) => a == b,
                _ => true,
            };
            let other_trade = cl
                .roles
                .iter()
                .any(|r| r.class == TitleClass::Other && r.head != head);
            return (gender_fits && !other_trade).then_some(c);
        }
        None
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
    /// salient entity of their kind named before them: one whose name holds the
    /// head noun (`the bank` → `Bank of England`) first, then the owner of
    /// an office named earlier in the sentence, then the most mentioned so
    /// far, ties to the most recent. Organisations take groups
    /// too; a name that says another sort of organisation is passed over.
    pub(crate) fn resolve_descriptions(&mut self) {
        for n in 0..self.nodes.len() {
            let node = &self.nodes[n];
            if node.form != MentionForm::Description || self.assign[n].is_some() {
                continue;
            }
            let (kind, pos, here) = (node.kind, node.pos, node.sent);
            // `Yahoo's chief executive Terry Semel said the firm would
            // invest`: owners of offices named earlier in the sentence.
            let office_owners: Vec<usize> = self
                .clusters
                .iter()
                .filter(|cl| cl.alive)
                .flat_map(|cl| &cl.roles)
                .filter(|r| r.sent == here && r.pos < pos)
                .filter_map(|r| r.of)
                .collect();
            let head = head_noun(&node.span_text);
            let sort = description::description_sort(&head);
            // The entity's name holds the head noun (`the bank` → `Bank of
            // England`); `the sale` is only an event so named (`the Secrets
            // sale`).
            let named_with_head = |cl: &Cluster| {
                cl.canonical
                    .split(|ch: char| !ch.is_alphanumeric())
                    .any(|w| w.eq_ignore_ascii_case(&head))
            };
            let fits = |cl: &Cluster| {
                let k = cl.kind();
                (kind != EntityKind::Event || named_with_head(cl))
                    && (k == kind || kind == EntityKind::Organization && k == EntityKind::Group)
                    && description::sorts_fit(sort, self.cluster_sort(cl))
            };
            // `Pixar, the animation studio run by Steve Jobs`: a description
            // in apposition right after a name is that name's (not a clause's
            // subject: `shares of Xerox, the company said`).
            // (A name of no known kind takes an organisation's description
            // and its kind: `Halvorsen, the Norwegian oil firm`.)
            let unknown_fits = |cl: &Cluster| {
                kind == EntityKind::Organization
                    && cl.kind() == EntityKind::Other
                    && !cl.is_person_like()
                    && description::sorts_fit(sort, self.cluster_sort(cl))
            };
            let appositive = (!node.subject)
                .then(|| self.appositive_name(n))
                .flatten()
                .filter(|&c| {
                    fits(&self.clusters[c])
                        || unknown_fits(&self.clusters[c]) && self.closes_apposition(n)
                });
            if let Some(c) = appositive {
                let retype = self.clusters[c].kind() == EntityKind::Other;
                self.join(n, c, AliasRule::Description);
                if retype {
                    self.clusters[c].kinds.push(kind);
                }
                continue;
            }
            let mut best: Option<(Salience, usize)> = None;
            for (c, cl) in self.clusters.iter().enumerate() {
                if !cl.alive || !fits(cl) {
                    continue;
                }
                if sort.is_some_and(description::Sort::named_only) && self.cluster_sort(cl) != sort
                {
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
                // Recency by sentence, a subject of that sentence before any
                // other mention of it (`Georgia-Pacific Corp said … its interest
                // in Georgia Gulf Corp. The company said …`), then position.
                let Some(last) = earlier.iter().map(|&m| self.nodes[m].pos).max() else {
                    continue;
                };
                let sent = earlier
                    .iter()
                    .map(|&m| self.nodes[m].sent)
                    .max()
                    .unwrap_or(0);
                let subject = earlier
                    .iter()
                    .any(|&m| self.nodes[m].sent == sent && self.nodes[m].subject);
                // `the bank` → the `Bank of England` before any
                // other organisation.
                let key = Salience {
                    named: named_with_head(cl),
                    office_owner: office_owners.contains(&c),
                    mentions: earlier.len(),
                    sent,
                    subject,
                    last,
                };
                if best.as_ref().is_none_or(|(b, _)| key > *b) {
                    best = Some((key, c));
                }
            }
            // `Renault unveiled a car. The carmaker …`: with no entity of
            // the description's kind about, a name of no known kind named as
            // a verb's active subject in this sentence or the two before (no prize's name)
            // is one, and the description says its kind.
            let unknown = best.is_none() && kind == EntityKind::Organization;
            if unknown && let Some(c) = self.unknown_kind_subject(n, sort) {
                self.join(n, c, AliasRule::Description);
                self.clusters[c].kinds.push(kind);
                continue;
            }
            if let Some((_, c)) = best {
                self.join(n, c, AliasRule::Description);
            }
        }
    }

    /// The cluster of the name right before node `n` in its sentence, set off
    /// from it by a comma alone (`Pixar, the animation studio`); never a
    /// name given a role in its own mention (`Kofi Annan, the UN
    /// Secretary-General, the US President`: a list).
    fn appositive_name(&self, n: usize) -> Option<usize> {
        let node = &self.nodes[n];
        self.by_sentence[node.sent]
            .iter()
            .copied()
            .find(|&m| {
                let other = &self.nodes[m];
                other.form == MentionForm::Name
                    && !other.of_role
                    && other.span.end <= node.pos
                    && self.text[other.span.end..node.pos].trim() == ","
            })
            .filter(|&m| {
                self.nodes[m].role.is_none() || self.nodes[n].form != MentionForm::RolePhrase
            })
            .and_then(|m| self.assign[m])
    }

    /// Does node `n` close an apposition: a comma, full stop, semicolon,
    /// colon or bracket right after it, the comma not opening `and`/`or`
    /// (`Kofi Annan, the Russian President and the German Chancellor`, or
    /// `…, the Russian President, and …`: a list)?
    fn closes_apposition(&self, n: usize) -> bool {
        let rest = self.text[self.nodes[n].span.end..].trim_start();
        match rest.chars().next() {
            None | Some('.' | ';' | ':' | ')') => true,
            Some(',') => {
                let next = rest[1..].split_whitespace().next().unwrap_or("");
                !matches!(next, "and" | "or")
            }
            _ => false,
        }
    }

    /// The entity of unknown kind that a description of an organisation at
    /// node `n` names: the one named as a verb's active subject (a doer:
    /// not `Heathrow was busy`, `Heathrow was closed`) in the nearest
    /// of its own sentence (before it) and the two before it that names
    /// one, if that sentence names only one; never a person, a prize
    /// (`Brit Awards`) or a name of another sort than `sort`.
    fn unknown_kind_subject(&self, n: usize, sort: Option<description::Sort>) -> Option<usize> {
        let node = &self.nodes[n];
        for back in 0..=2 {
            let Some(sent) = node.sent.checked_sub(back) else {
                break;
            };
            let mut found: Vec<usize> = self.by_sentence[sent]
                .iter()
                .copied()
                .filter(|&m| {
                    let other = &self.nodes[m];
                    other.form == MentionForm::Name
                        && other.agent
                        && !other.of_role
                        && other.pos < node.pos
                })
                .filter_map(|m| self.assign[m])
                .filter(|&c| {
                    let cl = &self.clusters[c];
                    cl.alive
                        && cl.kind() == EntityKind::Other
                        && !cl.is_person_like()
                        && cl.gender_evidence().is_none()
                        && lexicon::known_kind(&cl.canonical).is_none()
                        && !cl
                            .canonical
                            .rsplit(' ')
                            .next()
                            .is_some_and(lexicon::award_suffix)
                        && match (sort, self.cluster_sort(cl)) {
                            (Some(a), Some(b)) => a.fits(b),
                            _ => true,
                        }
                })
                .collect();
            found.sort_unstable();
            found.dedup();
            match found[..] {
                [] => continue,
                [c] => return Some(c),
                _ => return None,
            }
        }
        None
    }

    /// The sort of organisation an entity is, as its name says (`National
    /// Union of Journalists`) or else as a description already joined to it
    /// says (`Yukos, the Russian oil firm`: a business, which `the band` does
    /// not describe).
    fn cluster_sort(&self, cl: &Cluster) -> Option<description::Sort> {
        description::name_sort(&cl.canonical).or_else(|| {
            cl.members.iter().find_map(|&(m, _)| {
                let node = &self.nodes[m];
                (node.form == MentionForm::Description)
                    .then(|| description::description_sort(&head_noun(&node.span_text)))
                    .flatten()
            })
        })
    }
}

/// The lower-cased last word of a description (`firm` of `the Russian oil firm`).
fn head_noun(span_text: &str) -> String {
    span_text.rsplit(' ').next().unwrap_or("").to_lowercase()
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

/// How salient an entity is for a definite description, compared field by
/// field in this order: its name holds the description's head noun, it owns
/// an office named earlier in the description's sentence (`Yahoo's chief
/// executive Terry Semel said the firm`), its named mentions before it, the
/// last sentence naming it, whether it is a subject there, the position of
/// its last mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Salience {
    named: bool,
    office_owner: bool,
    mentions: usize,
    sent: usize,
    subject: bool,
    last: usize,
}
