//! Cross-document resolution: the entities of a whole archive in (one
//! [`ArchiveNode`] per node of the graph that merging the documents made), the
//! merges that make one node of each real-world entity out ([`plan`]).
//!
//! It runs after in-document resolution and after the documents are merged by
//! name, on the graph of the whole document set, so its result depends on the
//! set only, never on the order documents arrived in. Every rule is a hash join
//! on a key (no comparison of all pairs), and every merge names its rule:
//!
//! 1. [`AliasRule::LegalForm`] / [`AliasRule::Punctuation`]: organisation names
//!    keyed without legal form ([`crate::vocab::legal`]), punctuation and trailing
//!    full stop (`Texaco Inc` = `Texaco`, `Reagan.` = `Reagan`);
//! 2. [`AliasRule::Nickname`] / [`AliasRule::Spelling`]: full names of people
//!    keyed by the formal given name ([`crate::vocab::nickname`]: `Dick Darman`
//!    = `Richard Darman`), and long names of one kind one edit apart (keyed by
//!    their one-letter deletions);
//! 3. [`AliasRule::ArchiveSurname`]: a bare surname or title + surname joins the
//!    one full name of a person with that surname in the whole graph, unless they
//!    share a document (in-document resolution kept them apart there): two Kahns
//!    keep a `Kahn` apart;
//! 4. [`AliasRule::ArchiveAcronym`]: an all-capital name joins the one
//!    organisation or event whose initials it spells (`TWA` = `Trans World
//!    Airlines Inc`, `WWII` = `World War II`).
//!
//! The node a group keeps is the full name (surname, acronym) or the name in
//! most documents (the other rules).

use crate::hash::FastMap;
use crate::nlp::lexicon;
use crate::vocab::EntityKind;
use crate::vocab::legal::is_legal_form;
use crate::vocab::nickname::{Variant, formal};

use super::AliasRule;

/// A node of the merged graph, as cross-document resolution sees it.
#[derive(Debug, Clone, Copy)]
pub struct ArchiveNode<'a> {
    pub name: &'a str,
    pub kind: EntityKind,
    /// Documents naming it (indices, sorted).
    pub documents: &'a [u32],
    pub mentions: u64,
}

/// Merge node `from` into node `into` (indices into [`plan`]'s input) by `rule`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ArchiveMerge {
    pub from: usize,
    pub into: usize,
    pub rule: AliasRule,
}

/// Names shorter than this (letters and spaces) never merge by edit distance.
const EDIT_MIN_LEN: usize = 12;

/// Words left out of an organisation's initials (`Bank of England` → `BE`).
const INITIAL_STOP: &[&str] = &["of", "the", "and", "for", "de", "du", "&"];

/// The kind a node named `name` takes whatever its documents voted
/// (`voted`): an organisation when the name ends in a legal form; when it ends
/// in an organisation word (`Chase Manhattan Bank`), that word's kind rather
/// than a person.
pub fn kind_by_name(name: &str, voted: EntityKind) -> EntityKind {
    let Some((_, last)) = name.rsplit_once(' ') else {
        return voted;
    };
    if is_legal_form(last) {
        return EntityKind::Organization;
    }
    match lexicon::org_suffix(last) {
        Some(org) if voted == EntityKind::Person => org,
        _ => voted,
    }
}

/// The merges that make one node of each entity of the archive, in the order
/// they are to be applied: `into` is never merged away later, `from` never
/// appears again.
pub fn plan(nodes: &[ArchiveNode<'_>]) -> Vec<ArchiveMerge> {
    let mut p = Planner {
        nodes,
        root: (0..nodes.len()).collect(),
        merges: Vec::new(),
    };
    p.normalised_names();
    p.given_name_variants();
    p.edit_distance();
    p.surnames();
    p.acronyms();
    p.merges
}

struct Planner<'a, 'b> {
    nodes: &'a [ArchiveNode<'b>],
    /// Each node's group: itself while it lives, the node it went into after.
    root: Vec<usize>,
    merges: Vec<ArchiveMerge>,
}

/// Broad classes of kind: names of different classes are never one entity.
fn class(kind: EntityKind) -> u8 {
    match kind {
        EntityKind::Country | EntityKind::City | EntityKind::Place => 1,
        EntityKind::Person | EntityKind::Organization | EntityKind::Group => 2,
        EntityKind::Event => 3,
        EntityKind::Work => 4,
        EntityKind::Other => 0,
    }
}

fn organisation_like(kind: EntityKind) -> bool {
    matches!(
        kind,
        EntityKind::Organization | EntityKind::Group | EntityKind::Other
    )
}

/// Lower-case words of a name without punctuation (`&` is `and`).
fn words(name: &str) -> Vec<String> {
    let mut cleaned = String::with_capacity(name.len());
    for c in name.chars() {
        match c {
            '&' => cleaned.push_str(" and "),
            '-' | '/' => cleaned.push(' '),
            c if c.is_alphanumeric() || c.is_whitespace() => cleaned.extend(c.to_lowercase()),
            _ => {}
        }
    }
    cleaned.split_whitespace().map(str::to_string).collect()
}

/// The name's key without punctuation, and without trailing legal forms and
/// a web company's `.com` when `strip_legal` (`Morgan Stanley & Co.` →
/// `morgan stanley`, `Amazon.com` → `amazon`).
fn normalised(name: &str, strip_legal: bool) -> String {
    let name = match name.len().checked_sub(4) {
        Some(cut)
            if strip_legal
                && cut > 0
                && name.is_char_boundary(cut)
                && name[cut..].eq_ignore_ascii_case(".com") =>
        {
            &name[..cut]
        }
        _ => name,
    };
    let mut w = words(name);
    if w.first().is_some_and(|f| f == "the") && w.len() > 1 {
        w.remove(0);
    }
    if strip_legal {
        while w.len() > 1 && w.last().is_some_and(|l| is_legal_form(l) || l == "and") {
            w.pop();
        }
    }
    w.join(" ")
}

fn ends_in_legal_form(name: &str) -> bool {
    name.split_whitespace().count() > 1
        && name
            .split_whitespace()
            .next_back()
            .is_some_and(is_legal_form)
}

impl Planner<'_, '_> {
    fn alive(&self, i: usize) -> bool {
        self.root[i] == i
    }

    fn node(&self, i: usize) -> &ArchiveNode<'_> {
        &self.nodes[i]
    }

    /// The node of a group a merge keeps: most documents, then most mentions,
    /// then the first name in name order.
    fn best(&self, group: &[usize]) -> usize {
        *group
            .iter()
            .min_by(|&&a, &&b| {
                let (x, y) = (self.node(a), self.node(b));
                y.documents
                    .len()
                    .cmp(&x.documents.len())
                    .then(y.mentions.cmp(&x.mentions))
                    .then(x.name.cmp(y.name))
                    .then(a.cmp(&b))
            })
            .expect("a group has a member")
    }

    fn merge(&mut self, from: usize, into: usize, rule: AliasRule) {
        debug_assert!(self.alive(from) && self.alive(into) && from != into);
        self.root[from] = into;
        self.merges.push(ArchiveMerge { from, into, rule });
    }

    /// Living nodes grouped by `key` (None: the node takes no part), groups of
    /// two or more, in order of their first member.
    fn buckets<K: std::hash::Hash + Eq>(
        &self,
        key: impl Fn(usize, &ArchiveNode<'_>) -> Option<K>,
    ) -> Vec<Vec<usize>> {
        let mut index: FastMap<K, usize> = FastMap::default();
        let mut groups: Vec<Vec<usize>> = Vec::new();
        for i in 0..self.nodes.len() {
            if !self.alive(i) {
                continue;
            }
            if let Some(k) = key(i, self.node(i)) {
                let g = *index.entry(k).or_insert_with(|| {
                    groups.push(Vec::new());
                    groups.len() - 1
                });
                groups[g].push(i);
            }
        }
        groups.retain(|g| g.len() > 1);
        groups
    }

    /// Rule 1: names equal once punctuation, a trailing full stop and (for
    /// organisations) the legal form are left out.
    fn normalised_names(&mut self) {
        let groups = self.buckets(|_, n| {
            let strip = organisation_like(n.kind) || ends_in_legal_form(n.name);
            let key = normalised(n.name, strip);
            (!key.is_empty()).then_some(key)
        });
        for group in groups {
            let legal = group.iter().any(|&i| ends_in_legal_form(self.node(i).name));
            // The class most of the group's documents give it; `Other` fits any.
            let mut votes = [0usize; 4];
            for &i in &group {
                votes[class(self.node(i).kind) as usize] += self.node(i).documents.len();
            }
            let want = if legal {
                2
            } else {
                (1..4u8)
                    .max_by_key(|&c| (votes[c as usize], std::cmp::Reverse(c)))
                    .unwrap_or(0)
            };
            // A legal form makes it a company; a place-typed member the lexicon
            // does not know as a place was mistyped when it has several words
            // (`Atlantic Richfield`) or fewer documents than the company's
            // names (`Hitachi` beside `Hitachi Ltd`); a known place (`Chicago`)
            // or a place named more than the company (`Dallas`, `Dallas Corp`)
            // stays apart.
            let company_docs: usize = group
                .iter()
                .filter(|&&i| ends_in_legal_form(self.node(i).name))
                .map(|&i| self.node(i).documents.len())
                .sum();
            let members: Vec<usize> = group
                .into_iter()
                .filter(|&i| {
                    let n = self.node(i);
                    let c = class(n.kind);
                    c == 0
                        || c == want
                        || (legal
                            && c == 1
                            && lexicon::known_kind(n.name).is_none()
                            && (n.name.contains(' ') || n.documents.len() < company_docs))
                })
                .collect();
            if members.len() < 2 {
                continue;
            }
            let into = self.best(&members);
            for &i in &members {
                if i != into {
                    let bare = |n: &str| normalised(n, false);
                    let rule = if bare(self.node(i).name) == bare(self.node(into).name) {
                        AliasRule::Punctuation
                    } else {
                        AliasRule::LegalForm
                    };
                    self.merge(i, into, rule);
                }
            }
        }
    }

    /// Rule 2a: full names of people whose given names are one name's variants.
    fn given_name_variants(&mut self) {
        let groups = self.buckets(|_, n| {
            if n.kind != EntityKind::Person {
                return None;
            }
            let w = words(n.name);
            if w.len() < 2 {
                return None;
            }
            let first = formal(&w[0]).map_or(w[0].as_str(), |(f, _)| f);
            Some(format!("{first} {}", w[1..].join(" ")))
        });
        for group in groups {
            let into = self.best(&group);
            for &i in &group {
                if i == into {
                    continue;
                }
                let given = |n: usize| {
                    words(self.node(n).name)
                        .into_iter()
                        .next()
                        .and_then(|g| formal(&g))
                };
                let rule = match given(i).or_else(|| given(into)) {
                    Some((_, Variant::Spelling)) => AliasRule::Spelling,
                    _ => AliasRule::Nickname,
                };
                self.merge(i, into, rule);
            }
        }
    }

    /// Rule 2b: long multi-word names of one kind one letter apart (a letter
    /// changed, added or left out), joined through their one-letter deletions.
    /// People must share the given name: `John Anderson` is not `Joan Anderson`.
    fn edit_distance(&mut self) {
        let keys: Vec<Option<String>> = self
            .nodes
            .iter()
            .map(|n| {
                let key = normalised(n.name, false);
                // An event's number is no spelling (`World War I`, `World War II`).
                let numbered = key
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| w.chars().all(|c| matches!(c, 'i' | 'v' | 'x')));
                let eligible = (matches!(n.kind, EntityKind::Person | EntityKind::Organization)
                    || n.kind == EntityKind::Event && !numbered)
                    && key.contains(' ')
                    && key.chars().count() >= EDIT_MIN_LEN
                    && !key.chars().any(|c| c.is_ascii_digit());
                eligible.then_some(key)
            })
            .collect();
        // (kind, name with one letter left out, or whole) → nodes.
        let mut index: FastMap<(EntityKind, String), Vec<usize>> = FastMap::default();
        for (i, key) in keys.iter().enumerate() {
            let Some(key) = key else { continue };
            if !self.alive(i) {
                continue;
            }
            let kind = self.node(i).kind;
            let chars: Vec<char> = key.chars().collect();
            index.entry((kind, key.clone())).or_default().push(i);
            for d in 0..chars.len() {
                let del: String = chars[..d].iter().chain(&chars[d + 1..]).collect();
                index.entry((kind, del)).or_default().push(i);
            }
        }
        let mut pairs: Vec<(usize, usize)> = Vec::new();
        for bucket in index.values() {
            if bucket.len() < 2 || bucket.len() > 8 {
                continue;
            }
            for (x, &a) in bucket.iter().enumerate() {
                for &b in &bucket[x + 1..] {
                    if a != b {
                        pairs.push((a.min(b), a.max(b)));
                    }
                }
            }
        }
        pairs.sort_unstable();
        pairs.dedup();
        for (a, b) in pairs {
            let (ra, rb) = (self.find(a), self.find(b));
            if ra == rb {
                continue;
            }
            let (ka, kb) = (keys[a].as_deref(), keys[b].as_deref());
            let (Some(ka), Some(kb)) = (ka, kb) else {
                continue;
            };
            if ka == kb || levenshtein_at_most_one(ka, kb).is_none() {
                continue;
            }
            if self.node(a).kind == EntityKind::Person
                && ka.split(' ').next() != kb.split(' ').next()
            {
                continue;
            }
            if ka.chars().next() != kb.chars().next() {
                continue;
            }
            let into = self.best(&[ra, rb]);
            let from = if into == ra { rb } else { ra };
            self.merge(from, into, AliasRule::Spelling);
        }
    }

    fn find(&self, mut i: usize) -> usize {
        while self.root[i] != i {
            i = self.root[i];
        }
        i
    }

    /// Rule 3: the people of the graph by surname, each bearer named by its
    /// given name (`Paul A. Volcker`, `Fed Chairman Paul Volcker` and `Paul
    /// Volcker` are one bearer, `Paul`). A titled full name joins the bearer's
    /// plain full name ([`AliasRule::TitledName`]); a bare surname or title +
    /// surname joins the bearer when it is the only one, or when it is named in
    /// four times as many documents as every other bearer together (`Reagan`
    /// is Ronald, not Nancy or Michael). A title's gender must fit the given
    /// name's (`Mrs Reagan` is not Ronald), and a title + surname sharing a
    /// document with the full name stays apart (its document kept them apart).
    fn surnames(&mut self) {
        // surname → bearer (given name) → nodes.
        let mut bearers: FastMap<String, Vec<(String, Vec<usize>)>> = FastMap::default();
        for i in 0..self.nodes.len() {
            let n = self.node(i);
            if !self.alive(i) || n.kind != EntityKind::Person || bare_surname(n.name).is_some() {
                continue;
            }
            let Some((given, surname)) = bearer(n.name) else {
                continue;
            };
            let list = bearers.entry(surname).or_default();
            match list.iter_mut().find(|(g, _)| *g == given) {
                Some((_, nodes)) => nodes.push(i),
                None => list.push((given, vec![i])),
            }
        }
        let mut surnames: Vec<&String> = bearers.keys().collect();
        surnames.sort();
        // The node each surname's dominant bearer keeps.
        let mut target: FastMap<String, (usize, String)> = FastMap::default();
        let mut titled: Vec<(usize, usize)> = Vec::new();
        for surname in surnames {
            let list = &bearers[surname];
            let docs = |nodes: &[usize]| -> usize {
                nodes.iter().map(|&i| self.node(i).documents.len()).sum()
            };
            let total: usize = list.iter().map(|(_, v)| docs(v)).sum();
            let Some((given, nodes)) = list
                .iter()
                .max_by_key(|(g, v)| (docs(v), std::cmp::Reverse(g.clone())))
            else {
                continue;
            };
            let own = docs(nodes);
            let into = self.best(nodes);
            // Titled full names of the bearer join its plain full name.
            for &i in nodes {
                if i != into && titled_form(self.node(i).name, self.node(into).name) {
                    titled.push((i, into));
                }
            }
            if list.len() == 1 || own >= 4 * (total - own) {
                target.insert(surname.clone(), (into, given.clone()));
            }
        }
        for (i, into) in titled {
            self.merge(i, into, AliasRule::TitledName);
        }
        for i in 0..self.nodes.len() {
            let n = self.node(i);
            if !self.alive(i) || !matches!(n.kind, EntityKind::Person | EntityKind::Other) {
                continue;
            }
            let Some(surname) = bare_surname(n.name) else {
                continue;
            };
            let Some((into, given)) = target.get(&surname) else {
                continue;
            };
            let into = self.find(*into);
            let title = n
                .name
                .split_whitespace()
                .nth(1)
                .and(n.name.split_whitespace().next());
            let gender_clash = title
                .and_then(lexicon::honorific)
                .and_then(|h| h.gender)
                .is_some_and(|g| lexicon::given_name_gender(given).is_some_and(|h| h != g));
            if into == i
                || gender_clash
                || (title.is_some() && shares_document(n.documents, self.node(into).documents))
            {
                continue;
            }
            self.merge(i, into, AliasRule::ArchiveSurname);
        }
    }

    /// Rule 4: an all-capital name joins the one organisation whose initials
    /// it spells.
    fn acronyms(&mut self) {
        let mut full: FastMap<String, Vec<usize>> = FastMap::default();
        for i in 0..self.nodes.len() {
            let n = self.node(i);
            // An event typed by nothing but its numeral (`World War II`) too.
            let kinds = matches!(
                n.kind,
                EntityKind::Organization | EntityKind::Group | EntityKind::Event
            ) || (n.kind == EntityKind::Other
                && n.name.split_whitespace().any(super::alias::roman_numeral));
            if !self.alive(i) || !kinds {
                continue;
            }
            if let Some(initials) = initials(n.name) {
                full.entry(initials).or_default().push(i);
            }
        }
        for i in 0..self.nodes.len() {
            let n = self.node(i);
            if !self.alive(i) || !organisation_like(n.kind) || !is_acronym(n.name) {
                continue;
            }
            let Some([into]) = full.get(n.name).map(Vec::as_slice) else {
                continue;
            };
            let into = self.find(*into);
            if into != i {
                self.merge(i, into, AliasRule::ArchiveAcronym);
            }
        }
    }
}

/// The surname of a bare surname (`Reagan`) or title + surname (`Mr Howard`,
/// `President Reagan`), lower case.
fn bare_surname(name: &str) -> Option<String> {
    let w: Vec<&str> = name.split_whitespace().collect();
    let last = match w.as_slice() {
        [one] => *one,
        [title, one] if lexicon::honorific(title).is_some() || lexicon::title(title).is_some() => {
            *one
        }
        _ => return None,
    };
    let last = last.trim_end_matches('.');
    let capitalised = last.chars().next().is_some_and(char::is_uppercase)
        && last.chars().skip(1).any(char::is_lowercase)
        && last
            .chars()
            .all(|c| c.is_alphabetic() || c == '\'' || c == '-');
    (capitalised
        && last.chars().count() > 2
        && !is_legal_form(last)
        && !lexicon::calendar(last)
        && lexicon::known_kind(last).is_none())
    .then(|| last.to_lowercase())
}

/// The bearer of a person's full name: (given name, surname), lower case; the
/// given name is the first word the lexicon knows as one (`Fed Chairman Paul
/// A. Volcker` → `paul`, `volcker`), else the first word when it is no common
/// word, title, month or weekday (`Senate Reagan` has none).
fn bearer(name: &str) -> Option<(String, String)> {
    let w: Vec<&str> = name.split_whitespace().collect();
    let (last, rest) = w.split_last()?;
    let surname = last.trim_end_matches('.').to_lowercase();
    if rest.is_empty() || surname.chars().count() < 2 {
        return None;
    }
    let given = rest
        .iter()
        .find(|g| lexicon::given_name(g) || formal(g).is_some())
        .or_else(|| {
            let first = rest[0];
            (first.chars().next().is_some_and(char::is_uppercase)
                && !lexicon::common_capitalised(first)
                && lexicon::title(first).is_none()
                && lexicon::honorific(first).is_none()
                && !lexicon::calendar(first)
                && lexicon::known_kind(first).is_none())
            .then_some(&rest[0])
        })?;
    let given = given.trim_end_matches('.').to_lowercase();
    let given = formal(&given).map_or(given, |(f, _)| f.to_string());
    Some((given, surname))
}

/// Whether `titled` is `plain` with titles before it (`Fed Chairman Paul
/// Volcker`, `Paul Volcker`): every extra word a title, honorific or name of
/// an organisation the lexicon knows.
fn titled_form(titled: &str, plain: &str) -> bool {
    let (t, p): (Vec<&str>, Vec<&str>) = (
        titled.split_whitespace().collect(),
        plain.split_whitespace().collect(),
    );
    t.len() > p.len()
        && t[t.len() - p.len()..] == p[..]
        && t[..t.len() - p.len()]
            .iter()
            .any(|w| lexicon::title(w).is_some())
        && t[..t.len() - p.len()].iter().all(|w| {
            lexicon::title(w).is_some()
                || lexicon::honorific(w).is_some()
                || lexicon::known_kind(w).is_some()
                || w.chars().all(|c| c.is_uppercase() || c == '.')
        })
}

/// `TWA`, `WWII`: two to six capital letters, no known country or non-entity acronym.
fn is_acronym(name: &str) -> bool {
    let n = name.chars().count();
    (2..=6).contains(&n)
        && name.chars().all(|c| c.is_ascii_uppercase())
        && !lexicon::non_entity_acronym(name)
        && lexicon::country(name).is_none()
}

/// The capital initials of a multi-word organisation name, legal form and
/// small words left out (`Trans World Airlines Inc` → `TWA`).
fn initials(name: &str) -> Option<String> {
    let key = normalised(name, true);
    let words: Vec<&str> = key
        .split(' ')
        .filter(|w| !INITIAL_STOP.contains(w))
        .collect();
    if words.len() < 2 || words.iter().any(|w| !w.starts_with(char::is_alphabetic)) {
        return None;
    }
    // A Roman numeral counts whole (`World War II` → `WWII`).
    let roman = |w: &str| {
        let upper = w.to_uppercase();
        super::alias::roman_numeral(&upper) && name.split_whitespace().any(|x| x == upper)
    };
    Some(
        words
            .iter()
            .map(|w| {
                if roman(w) {
                    w.to_uppercase()
                } else {
                    w.chars()
                        .next()
                        .into_iter()
                        .flat_map(char::to_uppercase)
                        .collect()
                }
            })
            .collect(),
    )
}

fn shares_document(a: &[u32], b: &[u32]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short.iter().any(|d| long.binary_search(d).is_ok())
}

/// `Some(())` when `a` and `b` are at most one letter change, insertion or
/// deletion apart.
fn levenshtein_at_most_one(a: &str, b: &str) -> Option<()> {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    if long.len() - short.len() > 1 {
        return None;
    }
    let prefix = short
        .iter()
        .zip(long.iter())
        .take_while(|(x, y)| x == y)
        .count();
    let ok = if short.len() == long.len() {
        short[prefix + 1..] == long[prefix + 1..]
    } else {
        short[prefix..] == long[prefix + 1..]
    };
    ok.then_some(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use EntityKind::{City, Country, Event, Organization as Org, Other, Person, Place};

    #[test]
    fn a_name_overrides_its_votes_only_by_its_last_word() {
        // (name, voted kind, kind)
        let rows = [
            ("Rosneft Plc", Person, Org),
            ("Acme Corp", Other, Org),
            ("Chase Manhattan Bank", Person, Org),
            ("Chase Manhattan Bank", Place, Place),
            ("Bill May", Person, Person),
            ("Reuters", Person, Person),
        ];
        for (name, voted, want) in rows {
            assert_eq!(kind_by_name(name, voted), want, "{name}");
        }
    }

    /// A node as (name, kind, documents).
    type N<'a> = (&'a str, EntityKind, &'a [u32]);

    /// The nodes → the merges as (from, into, rule) names.
    fn run(nodes: &[N<'_>]) -> Vec<(String, String, AliasRule)> {
        let input: Vec<ArchiveNode<'_>> = nodes
            .iter()
            .map(|&(name, kind, documents)| ArchiveNode {
                name,
                kind,
                documents,
                mentions: documents.len() as u64,
            })
            .collect();
        plan(&input)
            .into_iter()
            .map(|m| (nodes[m.from].0.into(), nodes[m.into].0.into(), m.rule))
            .collect()
    }

    fn m(from: &str, into: &str, rule: AliasRule) -> (String, String, AliasRule) {
        (from.into(), into.into(), rule)
    }

    #[test]
    fn archive_rules() {
        use AliasRule::*;
        let cases: Vec<(&[N<'_>], Vec<_>)> = vec![
            (
                &[("Texaco", Org, &[1, 2]), ("Texaco Inc", Org, &[3])],
                vec![m("Texaco Inc", "Texaco", LegalForm)],
            ),
            (
                &[("Pennzoil Co.", Org, &[1]), ("Pennzoil", Person, &[2, 3])],
                vec![m("Pennzoil Co.", "Pennzoil", LegalForm)],
            ),
            (
                &[("Reagan.", Other, &[1]), ("Reagan", Person, &[2])],
                vec![m("Reagan.", "Reagan", Punctuation)],
            ),
            // A town and a company of that name stay two; a name the
            // company's documents outnumber was mistyped as a place.
            (
                &[("Blackpool", City, &[1]), ("Blackpool Ltd", Org, &[2])],
                vec![],
            ),
            (
                &[("Dallas Corp", Org, &[1]), ("Dallas", Place, &[2, 3])],
                vec![],
            ),
            (
                &[("Hitachi", Place, &[1]), ("Hitachi Ltd", Org, &[2, 3])],
                vec![m("Hitachi", "Hitachi Ltd", LegalForm)],
            ),
            (
                &[
                    ("Dick Darman", Person, &[1]),
                    ("Richard Darman", Person, &[2, 3]),
                ],
                vec![m("Dick Darman", "Richard Darman", Nickname)],
            ),
            (
                &[
                    ("Viktor Chernomyrdin", Person, &[1]),
                    ("Victor Chernomyrdin", Person, &[2]),
                ],
                vec![m("Viktor Chernomyrdin", "Victor Chernomyrdin", Spelling)],
            ),
            (
                &[
                    ("Mikhail Gorbachev", Person, &[1, 2]),
                    ("Mikhail Gorbachov", Person, &[3]),
                    ("John Anderson", Person, &[4]),
                    ("Joan Anderson", Person, &[5]),
                ],
                vec![m("Mikhail Gorbachov", "Mikhail Gorbachev", Spelling)],
            ),
            (
                // Events too, but an event's number is no spelling.
                &[
                    ("Cyclone Phailin", Event, &[1, 2]),
                    ("Cyclone Phalin", Event, &[1]),
                    ("World War I", Event, &[3]),
                    ("World War II", Event, &[4]),
                ],
                vec![m("Cyclone Phalin", "Cyclone Phailin", Spelling)],
            ),
            (
                &[
                    ("Reagan", Person, &[1, 2]),
                    ("Ronald Reagan", Person, &[3]),
                    ("Mr Volcker", Person, &[4]),
                    ("Paul Volcker", Person, &[5]),
                ],
                vec![
                    m("Reagan", "Ronald Reagan", ArchiveSurname),
                    m("Mr Volcker", "Paul Volcker", ArchiveSurname),
                ],
            ),
            // Two Kahns: the bare one stays apart; a Howard named in the same
            // document as the full name was kept apart there.
            (
                &[
                    ("Kahn", Person, &[1]),
                    ("Alfred Kahn", Person, &[2]),
                    ("Irwin Kahn", Person, &[3]),
                    ("Mr Howard", Person, &[4]),
                    ("Michael Howard", Person, &[4, 5]),
                ],
                vec![],
            ),
            // A woman's honorific never joins a man's full name.
            (
                &[
                    ("Mrs Howard", Person, &[1]),
                    ("Michael Howard", Person, &[2, 3]),
                ],
                vec![],
            ),
            (
                &[
                    ("TWA", Org, &[1]),
                    ("Trans World Airlines Inc", Org, &[2]),
                    ("US", Country, &[3]),
                    ("United Steelworkers", Org, &[4]),
                ],
                vec![m("TWA", "Trans World Airlines Inc", ArchiveAcronym)],
            ),
            (
                &[
                    ("WWII", Other, &[1]),
                    ("World War II", EntityKind::Event, &[2]),
                ],
                vec![m("WWII", "World War II", ArchiveAcronym)],
            ),
            // Two organisations with the same initials: no acronym merge.
            (
                &[
                    ("ABC", Org, &[1]),
                    ("American Broadcasting Co", Org, &[2]),
                    ("Asian Banking Corp", Org, &[3]),
                ],
                vec![],
            ),
        ];
        for (nodes, want) in cases {
            assert_eq!(run(nodes), want, "{nodes:?}");
        }
    }

    #[test]
    fn keys_and_distances() {
        assert_eq!(normalised("Morgan Stanley & Co.", true), "morgan stanley");
        assert_eq!(normalised("The Boeing Co", true), "boeing");
        assert_eq!(normalised("Reagan.", false), "reagan");
        assert_eq!(normalised("Amazon.com", true), "amazon");
        assert_eq!(normalised("Amazon.com", false), "amazoncom");
        assert_eq!(initials("Trans World Airlines Inc").as_deref(), Some("TWA"));
        assert_eq!(initials("Bank of England").as_deref(), Some("BE"));
        assert_eq!(initials("World War II").as_deref(), Some("WWII"));
        assert_eq!(bare_surname("President Reagan").as_deref(), Some("reagan"));
        assert_eq!(bare_surname("Ronald Reagan"), None);
        assert_eq!(bare_surname("Friday"), None);
        assert!(levenshtein_at_most_one("gorbachev", "gorbachov").is_some());
        assert!(levenshtein_at_most_one("darman", "darmann").is_some());
        assert!(levenshtein_at_most_one("darman", "dormen").is_none());
    }
}
