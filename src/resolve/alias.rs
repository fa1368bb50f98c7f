//! Name clustering: a document's name, acronym and demonym mentions in, entity
//! clusters with their aliases out.
//!
//! Rules, in order: a country, organisation, city or place known to the
//! [`lexicon`] takes the lexicon's canonical name (`the US` → United States,
//! `UN` → United Nations); identical full names are one entity; a shorter
//! person name that ends a unique longer one joins it (`Sassou Nguesso`); a single
//! word (`Kim`, `Mr Putin`, `President Xi`) joins the person whose last word, or
//! else first word, it is, the nearest preceding one if several (never merging
//! two full names); an acronym joins the multi-word name whose initials it spells
//! (`NIS`); a demonym or the owner of a role (`North Korean` in `North Korean
//! leader Kim Jong Un`) joins its country.

use crate::nlp::MentionForm;
use crate::nlp::lexicon::{self, Gender};
use crate::vocab::EntityKind;
use crate::vocab::description::names_government;

use super::AliasRule;
use super::cluster::{Cluster, Node, Resolver};

/// Words left out when spelling a name's initials (`Bank of England` → `BE`).
const INITIAL_STOP: &[&str] = &["of", "the", "and", "for", "de", "du", "&"];

impl Resolver<'_> {
    /// Cluster every name, acronym and demonym node (pronouns and role phrases
    /// are left for [`super::coref`]).
    pub(crate) fn cluster_names(&mut self) {
        let order: Vec<usize> = (0..self.nodes.len()).collect();
        // Full (multi-word) names first, then one-word names the lexicon knows,
        // unless a person of the document carries the word as surname
        // (`David Holland` … `Holland said`).
        let one_word = |r: &Self, n: usize| !r.nodes[n].name_text.contains(' ');
        // Ticker symbols (`Texas Instruments Inc <TXN>`) name the company before them.
        let tickers: Vec<Option<usize>> =
            (0..self.nodes.len()).map(|n| self.ticker_of(n)).collect();
        let mut deferred = Vec::new();
        for &n in &order {
            let node = &self.nodes[n];
            if node.form != MentionForm::Name || node.of_role {
                continue;
            }
            if one_word(self, n) {
                deferred.push(n);
                continue;
            }
            let name = node.name_text.clone();
            if let Some((key, canonical, kind)) = known(&name, node.kind) {
                let rule = if name == canonical {
                    self.titled_rule(n)
                } else {
                    AliasRule::ShortForm
                };
                self.join_key(n, &key, &canonical, kind, rule);
            } else if name.split(' ').count() > 1 {
                let key = format!("name:{}", name.to_lowercase());
                let rule = self.titled_rule(n);
                self.join_key(n, &key, &name, node.kind, rule);
            }
        }
        self.merge_suffix_names();
        for n in deferred {
            if tickers[n].is_some() {
                continue;
            }
            let node = &self.nodes[n];
            let name = node.name_text.clone();
            let Some((key, canonical, kind)) = known(&name, node.kind) else {
                continue;
            };
            // A known place names a person only whose name says person: a
            // title, honorific or given name (`Vernon Jordan` … `Jordan`, not
            // `Tudor England` … `post-war England`).
            if node.span == node.name
                && let Some(c) = self.person_with_surname(&name)
                && (self.clusters[c].person || self.clusters[c].gender.is_some())
            {
                self.join(n, c, AliasRule::Surname);
                continue;
            }
            let rule = if name == canonical {
                self.titled_rule(n)
            } else {
                AliasRule::ShortForm
            };
            self.join_key(n, &key, &canonical, kind, rule);
        }
        self.name_kin();
        // Single words: surnames, first names of East Asian names, or themselves.
        for &n in &order {
            let node = &self.nodes[n];
            // `NORTON I, Emperor of the United States`: a surname in capitals,
            // read as an acronym, is the person's when one of the document has it.
            if node.form == MentionForm::Acronym
                && !node.of_role
                && self.assign[n].is_none()
                && node
                    .name_text
                    .chars()
                    .filter(char::is_ascii_uppercase)
                    .count()
                    >= 4
                && let Some(c) = self.person_with_surname(&node.name_text.clone())
            {
                self.join(n, c, AliasRule::Surname);
                continue;
            }
            if node.form != MentionForm::Name
                || node.of_role
                || self.assign[n].is_some()
                || tickers[n].is_some()
            {
                continue;
            }
            let word = node.name_text.clone();
            let titled = node.span != node.name;
            let rule = if titled {
                AliasRule::TitleSurname
            } else {
                AliasRule::Surname
            };
            if let Some(c) = self.person_for_word(&word, n) {
                self.join(n, c, rule);
            } else if let Some(c) = self.organisation_for_word(&word, n) {
                self.join(n, c, AliasRule::ShortForm);
            } else if let Some(c) = self
                .award_for_word(&word, n)
                .or_else(|| self.storm_for_word(&word, n))
            {
                self.join(n, c, AliasRule::ShortForm);
                // A name shaped like a person's says nothing of the award's kind.
                let kinds = &mut self.clusters[c].kinds;
                if kinds.iter().any(|&k| k != EntityKind::Person) {
                    kinds.retain(|&k| k != EntityKind::Person);
                }
            } else {
                let key = format!("name:{}", word.to_lowercase());
                let rule = self.titled_rule(n);
                self.join_key(n, &key, &word, node.kind, rule);
            }
        }
        self.merge_legal_forms();
        self.merge_name_prefixes();
        self.merge_placed_names();
        self.merge_institution_heads();
        self.merge_abbreviated_storms();
        // Tickers join their company; one after a person's name is no entity.
        for (n, company) in tickers.iter().enumerate() {
            if let Some(c) = company.and_then(|p| self.assign[p])
                && !self.clusters[c].is_person_like()
            {
                self.join(n, c, AliasRule::Ticker);
            }
        }
        // Acronyms.
        for &n in &order {
            let node = &self.nodes[n];
            if node.form != MentionForm::Acronym || self.assign[n].is_some() || tickers[n].is_some()
            {
                continue;
            }
            let text = node.name_text.clone();
            let singular = text
                .strip_suffix('s')
                .filter(|s| s.chars().filter(|c| c.is_uppercase()).count() >= 2)
                .unwrap_or(&text)
                .to_string();
            let acronym_key = format!("name:{}", singular.to_lowercase());
            if let Some(c) = self.parenthesised_after(n) {
                // Defined here: later uses of the acronym name the same entity.
                self.by_key.entry(acronym_key).or_insert(c);
                self.join(n, c, AliasRule::Acronym);
            } else if let Some(&c) = self.by_key.get(&acronym_key)
                && self.clusters[c].alive
                && self.clusters[c].canonical != singular
            {
                self.join(n, c, AliasRule::Acronym);
            } else if let Some(c) = self.expansion(&singular, n) {
                self.join(n, c, AliasRule::Acronym);
            } else if let Some(c) = self.organisation_led_by(&text) {
                self.join(n, c, AliasRule::ShortForm);
            } else if let Some((key, canonical, kind)) =
                known(&text, node.kind).or_else(|| known(&singular, node.kind))
            {
                self.join_key(n, &key, &canonical, kind, AliasRule::Acronym);
            } else {
                let key = format!("name:{}", singular.to_lowercase());
                let rule = if text == singular {
                    AliasRule::Canonical
                } else {
                    AliasRule::ShortForm
                };
                self.join_key(n, &key, &singular, node.kind, rule);
            }
        }
        // Demonyms and role owners.
        for &n in &order {
            let node = &self.nodes[n];
            if !(node.form == MentionForm::Demonym || node.of_role) || self.assign[n].is_some() {
                continue;
            }
            let text = node.name_text.clone();
            if let Some(country) = self.country_of_demonym(&text) {
                let key = format!("country:{}", country.name);
                self.join_key(
                    n,
                    &key,
                    country.name,
                    EntityKind::Country,
                    AliasRule::Demonym,
                );
            } else if let Some((key, canonical, kind)) = known(&text, EntityKind::Other) {
                let rule = if text == canonical {
                    AliasRule::Canonical
                } else {
                    AliasRule::ShortForm
                };
                self.join_key(n, &key, &canonical, kind, rule);
            } else if let Some(&c) = self.by_key.get(&format!("name:{}", text.to_lowercase())) {
                self.join(n, c, AliasRule::Canonical);
            } else {
                let key = format!("name:{}", text.to_lowercase());
                let kind = if lexicon::org_suffix(text.rsplit(' ').next().unwrap_or("")).is_some() {
                    EntityKind::Organization
                } else {
                    EntityKind::Other
                };
                self.join_key(n, &key, &text, kind, AliasRule::Canonical);
            }
        }
    }

    /// The rule for a name mention whose name is the canonical one: plain, or
    /// with a title or demonym before it.
    fn titled_rule(&self, n: usize) -> AliasRule {
        let node = &self.nodes[n];
        if node.span == node.name {
            AliasRule::Canonical
        } else {
            AliasRule::TitledName
        }
    }

    /// Multi-word person names that end a unique longer person name join it
    /// (`Sassou Nguesso` → `Denis Sassou Nguesso`), and so does a given name and
    /// surname written without the middle names of a unique longer one
    /// (`Joshua Norton` → `Joshua Abraham Norton`).
    fn merge_suffix_names(&mut self) {
        // Canonical names do not change as clusters are absorbed: lower-case
        // them once.
        let names: Vec<(usize, String)> = (0..self.clusters.len())
            .filter(|&c| self.clusters[c].is_person_like())
            .map(|c| (c, self.clusters[c].canonical.to_lowercase()))
            .collect();
        for (short, name) in &names {
            // The one other live person whose lower-case name `fits`.
            let only = |fits: &dyn Fn(&str) -> bool| {
                let mut found = names
                    .iter()
                    .filter(|(c, long)| c != short && self.clusters[*c].alive && fits(long));
                match (found.next(), found.next()) {
                    (Some(&(c, _)), None) => Some(c),
                    _ => None,
                }
            };
            let suffix = format!(" {name}");
            if let Some(target) = only(&|long| long.ends_with(&suffix)) {
                self.absorb(*short, target, AliasRule::Surname);
                continue;
            }
            let Some((given, surname)) = name.split_once(' ').filter(|(_, l)| !l.contains(' '))
            else {
                continue;
            };
            let around = |long: &str| {
                let words: Vec<&str> = long.split(' ').collect();
                words.len() > 2 && words[0] == given && words[words.len() - 1] == surname
            };
            if let Some(target) = only(&around) {
                self.absorb(*short, target, AliasRule::ShortForm);
            }
        }
    }

    /// `Standard Oil` and `Standard Oil Co` are one company: a name plus a legal
    /// form (`Co`, `Inc`, `Corp`, `Ltd`, `Plc`) joins the bare name's entity.
    fn merge_legal_forms(&mut self) {
        for c in 0..self.clusters.len() {
            if !self.clusters[c].alive || self.clusters[c].is_person_like() {
                continue;
            }
            let canonical = self.clusters[c].canonical.clone();
            let Some((bare, form)) = canonical.rsplit_once(' ') else {
                continue;
            };
            if !(crate::vocab::legal::is_legal_form(form) || form.eq_ignore_ascii_case("group")) {
                continue;
            }
            let key = format!("name:{}", bare.to_lowercase());
            if let Some(&short) = self.by_key.get(&key)
                && short != c
                && self.clusters[short].alive
                && !self.clusters[short].is_person_like()
            {
                self.absorb(short, c, AliasRule::ShortForm);
            }
        }
    }

    /// `Jiffy Lube` and `Jiffy Lube International Inc` are one company: a name
    /// of two or more words that begins exactly one longer organisation name
    /// of the document (both read without `of`: `Food Standards of
    /// Australia` and `Food Standards Australia New Zealand`) joins it, unless a title, honorific or gender marks it
    /// as a person (a name merely shaped like a person's is not).
    fn merge_name_prefixes(&mut self) {
        // Canonical names do not change as clusters are absorbed: read each
        // organisation's once, lower-cased, with and without its `of`.
        let orgs: Vec<(usize, String, String)> = (0..self.clusters.len())
            .filter(|&c| {
                let cl = &self.clusters[c];
                cl.alive && !cl.is_person_like() && cl.kind() == EntityKind::Organization
            })
            .map(|c| {
                let name = &self.clusters[c].canonical;
                (c, name.to_lowercase(), without_of(name))
            })
            .collect();
        for short in 0..self.clusters.len() {
            let cl = &self.clusters[short];
            if !cl.alive || cl.person || cl.gender.is_some() || !cl.roles.is_empty() || cl.fixed {
                continue;
            }
            if !cl.canonical.contains(' ') {
                continue;
            }
            let prefix = format!("{} ", cl.canonical.to_lowercase());
            let bare_prefix = format!("{} ", without_of(&cl.canonical));
            let longer: Vec<usize> = orgs
                .iter()
                .filter(|(c, long, bare)| {
                    *c != short
                        && self.clusters[*c].alive
                        && !names_government(long)
                        && (long.starts_with(&prefix) || bare.starts_with(&bare_prefix))
                })
                .map(|&(c, _, _)| c)
                .collect();
            if let [target] = longer[..] {
                self.absorb(short, target, AliasRule::ShortForm);
                self.clusters[target]
                    .kinds
                    .retain(|&k| k != EntityKind::Person);
                if self.clusters[target].kinds.is_empty() {
                    self.clusters[target].kinds.push(EntityKind::Organization);
                }
            }
        }
    }

    /// `Media Council` and `Ugandan Media Council` are one body: a name of two
    /// or more words that ends exactly one longer organisation name of the
    /// document, the longer one being it with a demonym or country before it.
    fn merge_placed_names(&mut self) {
        let placed: Vec<(usize, String)> = (0..self.clusters.len())
            .filter(|&c| {
                let cl = &self.clusters[c];
                cl.alive && !cl.is_person_like() && cl.kind() == EntityKind::Organization
            })
            .filter_map(|c| {
                let name = &self.clusters[c].canonical;
                let (first, rest) = name.split_once(' ')?;
                let place = lexicon::demonym(first).is_some()
                    || lexicon::known_kind(first) == Some(EntityKind::Country);
                (place && rest.contains(' ')).then(|| (c, rest.to_lowercase()))
            })
            .collect();
        for short in 0..self.clusters.len() {
            let cl = &self.clusters[short];
            if !cl.alive || cl.is_person_like() || cl.kind() != EntityKind::Organization {
                continue;
            }
            let name = cl.canonical.to_lowercase();
            let longer: Vec<usize> = placed
                .iter()
                .filter(|(c, rest)| *c != short && self.clusters[*c].alive && *rest == name)
                .map(|&(c, _)| c)
                .collect();
            if let [target] = longer[..] {
                self.absorb(short, target, AliasRule::ShortForm);
            }
        }
    }

    /// The person a single word names: a full name whose last word (else first
    /// word) it is; the nearest preceding one if several, else the nearest following.
    fn person_for_word(&self, word: &str, n: usize) -> Option<usize> {
        let node = &self.nodes[n];
        // A word the lexicon knows (`Jordan`) is a person only with a title.
        if node.span == node.name && lexicon::known_kind(word).is_some() {
            return None;
        }
        let w = word.to_lowercase();
        let by = |last: bool| -> Vec<usize> {
            self.clusters
                .iter()
                .enumerate()
                .filter(|(_, c)| c.alive && c.is_person_like() && c.canonical.contains(' '))
                .filter(|(_, c)| {
                    let mut words = c.canonical.split(' ');
                    let word = if last {
                        words.next_back()
                    } else {
                        words.next()
                    };
                    word.is_some_and(|x| x.to_lowercase() == w)
                })
                .map(|(i, _)| i)
                .collect()
        };
        // `Mrs Howard` is not `Michael Howard`.
        let same_gender = |c: &usize| match (node.gender, self.clusters[*c].gender_evidence()) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        };
        // `Obama's wife Michelle Obama`: the owner of a kinship phrase is
        // not the relative it names.
        let not_kin = |c: &usize| {
            !self.clusters[*c]
                .members
                .iter()
                .any(|&(m, _)| self.kin_of(n, m))
        };
        let mut candidates: Vec<usize> = by(true)
            .into_iter()
            .filter(same_gender)
            .filter(not_kin)
            .collect();
        if candidates.is_empty() {
            candidates = by(false)
                .into_iter()
                .filter(same_gender)
                .filter(not_kin)
                .collect();
        }
        self.nearest(&candidates, n)
    }

    /// The only person of the document whose last name is `word`.
    fn person_with_surname(&self, word: &str) -> Option<usize> {
        let w = word.to_lowercase();
        let found: Vec<usize> = (0..self.clusters.len())
            .filter(|&c| {
                let cl = &self.clusters[c];
                cl.alive
                    && cl.is_person_like()
                    && cl
                        .canonical
                        .rsplit_once(' ')
                        .is_some_and(|(_, last)| last.to_lowercase() == w)
            })
            .collect();
        match found[..] {
            [c] => Some(c),
            _ => None,
        }
    }

    /// The organisation a single word names: the only one whose name starts with
    /// it (`Hecla` → `Hecla Mining Co`), when the document uses the word after
    /// the longer name. A short form follows the full name it stands for (a
    /// headline excepted), and a document uses one word for one thing: a word
    /// read only before the longer name names something else (`The Guardian`
    /// … `the Guardian Media Group` that owns it), one read after it too is
    /// that name throughout (`the House` … `the House of Representatives` …
    /// `the House`).
    fn organisation_for_word(&self, word: &str, n: usize) -> Option<usize> {
        let node = &self.nodes[n];
        let w = word.to_lowercase();
        let candidates = self.clusters_for_word(word, n, |cl| {
            (cl.kind() == EntityKind::Organization
                || (cl.kind() == EntityKind::Place && !cl.is_person_like()))
                && !named_after(&cl.canonical)
                && lead_word(&cl.canonical).is_some_and(|first| first.to_lowercase() == w)
        })?;
        // The word is used after the longer name somewhere in the document.
        let named_before = |c: usize| {
            let Some(first) = self.clusters[c]
                .members
                .iter()
                .map(|&(m, _)| self.nodes[m].pos)
                .min()
            else {
                return false;
            };
            node.heading
                || self.nodes.iter().any(|x| {
                    x.pos > first
                        && x.form == MentionForm::Name
                        && x.span == x.name
                        && x.name_text == node.name_text
                })
        };
        match candidates[..] {
            [c] if named_before(c) => Some(c),
            _ => None,
        }
    }

    /// The award a single word names: the only one of the document called by
    /// the word and an award noun (`the Whitbread` → `Whitbread Prize`,
    /// `Booker` → `Booker Prize`), wherever in the document. An award goes by
    /// its sponsor's or founder's name alone, so unlike a company's short
    /// form ([`Self::organisation_for_word`]) the word may come first, and
    /// longer names of the award's categories (`Whitbread Novel of the Year
    /// Award`) do not make it ambiguous.
    fn award_for_word(&self, word: &str, n: usize) -> Option<usize> {
        let candidates = self.clusters_for_word(word, n, |cl| {
            !cl.person
                && cl.canonical.split_once(' ').is_some_and(|(first, head)| {
                    first.eq_ignore_ascii_case(word) && lexicon::award_suffix(head)
                })
        })?;
        match candidates[..] {
            [c] => Some(c),
            _ => None,
        }
    }

    /// The storm a single word names: the storm of the document whose storm
    /// word or own name it is (`the Cyclone`, `Phailin` → `Cyclone Phailin`),
    /// the nearest before it if several, whatever kind the word was read as.
    fn storm_for_word(&self, word: &str, n: usize) -> Option<usize> {
        let candidates = self.clusters_for_word(word, n, |cl| {
            lexicon::storm_own_name(&cl.canonical).is_some_and(|name| {
                name.eq_ignore_ascii_case(word)
                    || cl
                        .canonical
                        .split_once(' ')
                        .is_some_and(|(storm, _)| storm.eq_ignore_ascii_case(word))
            })
        })?;
        self.nearest(&candidates, n)
    }

    /// The live clusters that single-word mention `n` (`word`, the whole
    /// mention) may stand for, those that `fits`; `None` when the mention is
    /// more than its name or the word is a name the lexicon knows (a country,
    /// a city), which never stands for a longer name.
    fn clusters_for_word(
        &self,
        word: &str,
        n: usize,
        fits: impl Fn(&Cluster) -> bool,
    ) -> Option<Vec<usize>> {
        let node = &self.nodes[n];
        if node.span != node.name || lexicon::known_kind(word).is_some() {
            return None;
        }
        Some(
            (0..self.clusters.len())
                .filter(|&c| self.clusters[c].alive && fits(&self.clusters[c]))
                .collect(),
        )
    }

    /// `Federal Security Service (FSB)`: an acronym in brackets right after a
    /// multi-word name names it, whatever its initials.
    fn parenthesised_after(&self, n: usize) -> Option<usize> {
        let node = &self.nodes[n];
        let nodes = &self.by_sentence[node.sent];
        let at = nodes.iter().position(|&m| m == n)?;
        let prev = *nodes[..at]
            .iter()
            .rev()
            .find(|&&m| !self.nodes[m].of_role)?;
        let p = &self.nodes[prev];
        if p.name.end > node.span.start || !p.name_text.contains(' ') {
            return None;
        }
        let between = &self.text[p.name.end..node.span.start];
        let after = self.text[node.span.end..].trim_start();
        (between.trim() == "(" && after.starts_with(')'))
            .then_some(self.assign[prev])
            .flatten()
            .filter(|&c| !self.clusters[c].is_person_like())
    }

    /// `Texas Instruments Inc <TXN>`, `Rhone-Poulenc <RHON.PA>`: a word in
    /// angle brackets (an exchange suffix may follow it inside) right after a
    /// name is that name's ticker symbol. The node of that name.
    fn ticker_of(&self, n: usize) -> Option<usize> {
        let node = &self.nodes[n];
        if node.of_role
            || !matches!(node.form, MentionForm::Name | MentionForm::Acronym)
            || node.name_text.contains(' ')
            || node.name_text.len() > 8
        {
            return None;
        }
        let nodes = &self.by_sentence[node.sent];
        let at = nodes.iter().position(|&m| m == n)?;
        if let Some(&prev) = at.checked_sub(1).and_then(|a| nodes.get(a))
            && self.nodes[prev].span.end + 1 == node.span.start
            && self.text[..node.span.start].ends_with('.')
            && self.text[node.span.end..].starts_with('>')
        {
            // The exchange of a ticker (`HK` in `<CKGH.HK>`) is no place.
            return self.ticker_of(prev);
        }
        let before = self.text[..node.span.start].trim_end_matches(' ');
        let before = before.strip_suffix('<')?.trim_end();
        // `USX's <X> subsidiary`: the possessive of the name comes before its ticker.
        let before = ["'s", "’s"]
            .iter()
            .find_map(|p| before.strip_suffix(p))
            .unwrap_or(before);
        let after = &self.text[node.span.end..];
        let suffix_len = after.find('>').filter(|&k| {
            k <= 6
                && after[..k]
                    .chars()
                    .all(|c| c == '.' || c.is_ascii_alphabetic())
        })?;
        if suffix_len > 0 && !after.starts_with('.') {
            return None;
        }
        let prev = *nodes[..at]
            .iter()
            .rev()
            .find(|&&m| !self.nodes[m].of_role)?;
        let p = &self.nodes[prev];
        (matches!(p.form, MentionForm::Name | MentionForm::Acronym)
            && p.name.end == before.len()
            && p.span.end <= before.len())
        .then_some(prev)
    }

    /// The multi-word entity whose initials spell `acronym`, nearest first.
    fn expansion(&self, acronym: &str, n: usize) -> Option<usize> {
        let candidates: Vec<usize> = self
            .clusters
            .iter()
            .enumerate()
            .filter(|(_, c)| c.alive && c.kind() != EntityKind::Person)
            .filter(|(_, c)| {
                std::iter::once(c.canonical.as_str())
                    .chain(
                        c.members
                            .iter()
                            .map(|&(m, _)| self.nodes[m].name_text.as_str()),
                    )
                    .any(|name| name.contains(' ') && initials(name) == acronym)
            })
            .map(|(i, _)| i)
            .collect();
        self.nearest(&candidates, n)
    }

    /// `RLR` for `RLR Financial Services Inc`: the one organisation of the
    /// document whose name starts with the acronym as a word.
    /// A sentence naming both (`BHP is floating BHP Gold Mines`) makes them
    /// two companies, parent and subsidiary.
    fn organisation_led_by(&self, acronym: &str) -> Option<usize> {
        let prefix = format!("{acronym} ");
        let mut found = self.clusters.iter().enumerate().filter(|(_, c)| {
            c.alive && c.kind() == EntityKind::Organization && c.canonical.starts_with(&prefix)
        });
        let (first, cluster) = found.next()?;
        if found.next().is_some() {
            return None;
        }
        let together = cluster.members.iter().any(|&(m, _)| {
            let long = &self.nodes[m];
            self.nodes.iter().any(|node| {
                // `AMR Corp <AMR>`, `AMR Corp (AMR)`: a ticker, not a second company.
                let ticker = long.span.end <= node.span.start
                    && self
                        .text
                        .get(long.span.end..node.span.start)
                        .is_some_and(|gap| matches!(gap.trim(), "<" | "(" | ""));
                node.sent == long.sent && node.name_text == acronym && !ticker
            })
        });
        (!together).then_some(first)
    }

    /// The country a demonym stands for; of several (`Congolese`), the one the
    /// document mentions.
    fn country_of_demonym(&self, text: &str) -> Option<&'static lexicon::Country> {
        let all = lexicon::demonym_all(text);
        all.iter()
            .copied()
            .find(|c| self.by_key.contains_key(&format!("country:{}", c.name)))
            .or_else(|| all.first().copied())
    }

    /// Join node `n` to the cluster with `key`, creating it if needed.
    pub(crate) fn join_key(
        &mut self,
        n: usize,
        key: &str,
        canonical: &str,
        kind: EntityKind,
        rule: AliasRule,
    ) {
        let c = match self.by_key.get(key) {
            Some(&c) => c,
            None => {
                let mut cluster = Cluster::new(canonical, kind);
                cluster.fixed = key.starts_with("country:")
                    || known(canonical, kind).is_some_and(|(_, c, _)| c == canonical);
                self.clusters.push(cluster);
                let c = self.clusters.len() - 1;
                self.by_key.insert(key.to_string(), c);
                c
            }
        };
        self.join(n, c, rule);
    }

    /// Join node `n` to cluster `c` under `rule`.
    pub(crate) fn join(&mut self, n: usize, c: usize, rule: AliasRule) {
        self.assign[n] = Some(c);
        let node: &Node = &self.nodes[n];
        let cluster = &mut self.clusters[c];
        cluster.members.push((n, rule));
        if node.person_cue {
            cluster.person = true;
        }
        cluster.org_cue |= node.org_cue;
        if cluster.gender.is_none() {
            cluster.gender = node.gender;
        }
        if !matches!(node.form, MentionForm::Pronoun | MentionForm::Description) {
            // A surname joined to a person speaks for a person, whatever the
            // mention finder guessed (`Holland` looks like a country).
            let surname = matches!(rule, AliasRule::Surname | AliasRule::TitleSurname);
            let kind = if surname && cluster.is_person_like() {
                EntityKind::Person
            } else {
                node.kind
            };
            cluster.kinds.push(kind);
        }
    }

    /// Move every member of cluster `from` into `to`; their names become aliases
    /// under `rule` (a full name stays a titled name if it had a title).
    pub(crate) fn absorb(&mut self, from: usize, to: usize, rule: AliasRule) {
        let members = std::mem::take(&mut self.clusters[from].members);
        self.clusters[from].alive = false;
        for (n, old) in members {
            let new = match old {
                AliasRule::Canonical | AliasRule::TitledName => rule,
                other => other,
            };
            self.join(n, to, new);
        }
        let keys: Vec<String> = self
            .by_key
            .iter()
            .filter(|&(_, &c)| c == from)
            .map(|(k, _)| k.clone())
            .collect();
        for k in keys {
            self.by_key.insert(k, to);
        }
    }

    /// Of `candidates`, the one with the nearest mention before node `n`, else the
    /// nearest after it.
    pub(crate) fn nearest(&self, candidates: &[usize], n: usize) -> Option<usize> {
        let pos = self.nodes[n].pos;
        let before = candidates
            .iter()
            .filter_map(|&c| {
                self.clusters[c]
                    .members
                    .iter()
                    .map(|&(m, _)| self.nodes[m].pos)
                    .filter(|&p| p < pos)
                    .max()
                    .map(|p| (p, c))
            })
            .max();
        if let Some((_, c)) = before {
            return Some(c);
        }
        candidates
            .iter()
            .filter_map(|&c| {
                self.clusters[c]
                    .members
                    .iter()
                    .map(|&(m, _)| self.nodes[m].pos)
                    .min()
                    .map(|p| (p, c))
            })
            .min()
            .map(|(_, c)| c)
    }
}

/// The lexicon's reading of a name: cluster key, canonical name and kind.
pub(crate) fn known(name: &str, kind: EntityKind) -> Option<(String, String, EntityKind)> {
    if let Some(joined) = joined_initials(name) {
        // Initials alone look like a person's (`S. F.`): the shape is no
        // evidence against the lexicon's city.
        return known(&joined, EntityKind::Other);
    }
    if let Some(c) = lexicon::country(name) {
        return Some((
            format!("country:{}", c.name),
            c.name.to_string(),
            EntityKind::Country,
        ));
    }
    if let Some(o) = lexicon::organisation(name) {
        return Some((
            format!("name:{}", o.name.to_lowercase()),
            o.name.to_string(),
            o.kind,
        ));
    }
    if let Some(c) = lexicon::city(name)
        && matches!(
            kind,
            EntityKind::City | EntityKind::Other | EntityKind::Place
        )
    {
        return Some((
            format!("name:{}", c.name.to_lowercase()),
            c.name.to_string(),
            EntityKind::City,
        ));
    }
    if let Some(p) = lexicon::place(name) {
        return Some((
            format!("name:{}", p.to_lowercase()),
            p.to_string(),
            EntityKind::Place,
        ));
    }
    if let Some(event) = lexicon::event(name) {
        return Some((
            format!("name:{}", event.to_lowercase()),
            event,
            EntityKind::Event,
        ));
    }
    // `the Greek State`: a country's demonym with `State` after it is the country.
    if let Some(c) = name.strip_suffix(" State").and_then(lexicon::demonym) {
        return Some((
            format!("country:{}", c.name),
            c.name.to_string(),
            EntityKind::Country,
        ));
    }
    // `Washington City`, `New York City`: a known city with `City` after it is
    // that city (not when the name before it is a country's or a region's:
    // `Mexico City`, `Panama City`, `Kansas City`; nor when the sentence made
    // it an organisation: the club `Manchester City`).
    if let Some(base) = name.strip_suffix(" City")
        && kind != EntityKind::Organization
        && let Some(c) = lexicon::city(base)
        && lexicon::country(base).is_none()
        && lexicon::place(base).is_none()
    {
        return Some((
            format!("name:{}", c.name.to_lowercase()),
            c.name.to_string(),
            EntityKind::City,
        ));
    }
    None
}

/// `Google Science Fair`, `Toyota Stadium`, `Quebec government`: an event,
/// place or government named after an entity, which is not a longer name of
/// that entity.
fn named_after(name: &str) -> bool {
    let last = name.rsplit(' ').next().unwrap_or("");
    lexicon::event_suffix(last) || lexicon::place_suffix(last) || names_government(name)
}

/// A name lower-cased without its `of` (`Food Standards of Australia` →
/// `food standards australia`): the written form of a name that drops it
/// (`Food Standards Australia New Zealand`).
fn without_of(name: &str) -> String {
    let words: Vec<String> = name
        .split(' ')
        .map(str::to_lowercase)
        .filter(|w| w != "of")
        .collect();
    words.join(" ")
}

/// Initials written apart joined up (`U. S.` → `U.S.`, `S. F.` → `S.F.`),
/// the form the lexicon knows; `None` unless every word is one capital
/// letter and a full stop.
fn joined_initials(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split(' ').collect();
    let initial = |w: &&str| {
        let mut c = w.chars();
        matches!((c.next(), c.next(), c.next()), (Some(l), Some('.'), None) if l.is_uppercase())
    };
    (words.len() >= 2 && words.iter().all(initial)).then(|| words.concat())
}

/// The word a short form of a multi-word name keeps: its first, or the one
/// after leading initials (`Reynolds` of `RJ Reynolds Tobacco`, `Penney` of
/// `J.C. Penney Co`).
fn lead_word(name: &str) -> Option<&str> {
    let mut words = name.split(' ');
    let first = words.next()?;
    let second = words.next()?;
    let letters = first.chars().filter(|c| c.is_alphabetic()).count();
    let initials = (1..=3).contains(&letters)
        && (letters <= 2 || first.contains('.'))
        && first.chars().all(|c| c.is_ascii_uppercase() || c == '.')
        && lexicon::country(first).is_none()
        && words.next().is_some();
    Some(if initials { second } else { first })
}

/// Upper-case initials of a name's significant words (`National Intelligence
/// Service` → `NIS`).
/// A Roman numeral ends a name's initials whole (`World War II` → `WWII`).
pub(crate) fn initials(name: &str) -> String {
    let mut out = String::new();
    for w in name
        .split([' ', '-'])
        .filter(|w| !w.is_empty() && !INITIAL_STOP.contains(&w.to_lowercase().as_str()))
    {
        if roman_numeral(w) {
            out.push_str(w);
        } else {
            out.extend(w.chars().next().into_iter().flat_map(char::to_uppercase));
        }
    }
    out
}

/// `II`, `III`, `IV`, `XX`: two or more capital Roman digits.
pub(crate) fn roman_numeral(word: &str) -> bool {
    word.len() >= 2 && word.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}

/// Gender implied by the words before a name (`Mr`, `Queen`), if any.
pub(crate) fn gender_of_prefix(prefix: &str, title: Option<&str>) -> Option<Gender> {
    let from_title = title.and_then(lexicon::title).and_then(|t| t.gender);
    from_title.or_else(|| {
        prefix
            .split_whitespace()
            .find_map(|w| lexicon::honorific(w).and_then(|h| h.gender))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_written_apart_are_the_known_name() {
        // (name, canonical name the lexicon gives, if any)
        let rows: &[(&str, Option<&str>)] = &[
            ("U. S.", Some("United States")),
            ("S. F.", Some("San Francisco")),
            ("U.S.", Some("United States")),
            ("J. R.", None),
            ("U. Smith", None),
            ("Washington City", Some("Washington")),
            ("Panama City", None),
            ("Greek State", Some("Greece")),
            ("Islamic State", Some("Islamic State")),
        ];
        for (name, want) in rows {
            let got = known(name, EntityKind::Person).map(|(_, c, _)| c);
            assert_eq!(got.as_deref(), *want, "{name}");
        }
        // A club named after its city stays the club.
        assert_eq!(known("Manchester City", EntityKind::Organization), None);
        assert_eq!(joined_initials("S. F."), Some("S.F.".to_string()));
        assert_eq!(joined_initials("S. Fred"), None);
    }
}
