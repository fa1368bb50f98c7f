//! Mention finding: one tagged sentence in, its entity mentions out.
//!
//! Input is the document text, one [`Sentence`], its [`Token`]s and their tags;
//! output is the sentence's [`Mention`]s in text order, without overlaps, with
//! spans as document byte offsets (`&text[m.span.start..m.span.end]` is the
//! mention as written). Found here:
//!
//! * names: runs of capitalised words (proper-noun tags, or capitalisation and
//!   the [`lexicon`] where the tagger errs), hyphenated parts joined
//!   (`Diaz-Canel`), name particles kept (`bin`, `al`, `de`, `van`), `of`-phrases
//!   of organisations and states kept (`Republic of the Congo`), and of prizes
//!   (`Costa Novel of the Year Award`, `Man of Peace award`), possessive `'s`
//!   left out unless capitalised words ending in an organisation word follow
//!   (`Moody's Investors Service Inc`), `and` kept inside one organisation's name
//!   (`Nippon Telegraph and Telephone`) but not after a legal form (`Inc and`), a
//!   capitalised verb form ends a known name (`the U.S. Widened`) and, in a
//!   Heading, any name (`Acme Said …`); a lower-case title is never part of a
//!   name; a title, honorific or demonym before the name is absorbed into the
//!   span and becomes the [`Role`] (`North Korean leader Kim Jong Un`,
//!   `Kremlin aide Yuri Ushakov`, `President of the Republic of the Congo Denis
//!   Sassou Nguesso`), and so is an appositive title after it (`Min Aung Hlaing,
//!   Acting President of Myanmar`);
//! * demonyms standing alone (`his Chinese and Russian counterparts`), acronyms
//!   (`NIS`, `ICBM`), personal pronouns, and role phrases (`the Russian President`,
//!   `China's president`, `the North`);
//! * governments named after their country or leader (`the US government`,
//!   `Japan's government`, `the government of Indonesia`: module `governments`) and
//!   the constituency after a legislator's title (`the MP for Henley`:
//!   module `constituencies`).
//!
//! Kinds come from the lexicon (country, city, place, organisation, group), from
//! the last word (`Service` → organisation, `War` → event, `Square` → place),
//! from titles and honorifics (person), and otherwise from the shape of the name.
//! Sentence-initial capitalised common words (`The`, `According`, `Today`), days
//! and months never start a name.

use crate::nlp::lexicon;
use crate::nlp::{Mention, MentionForm, Role};
use crate::nlp::{Tag, Tagged};
use crate::text::{Sentence, Span, Token};
use crate::vocab::EntityKind;

mod constituencies;
mod epithets;
mod glue;
mod governments;
pub mod recognised;
mod runs;
mod settle;
mod spans;
mod units;
mod works;
pub(crate) use settle::settle;
pub(crate) use units::{HEADLINE_BREAKS, headline};
pub(crate) use works::type_works;

use units::{PRONOUNS, Unit, is_title_case, units};

/// Is `word` (any case) an English dictionary word (common noun, verb,
/// adjective or adverb, by the tagger's word-class lexicon)?
pub(crate) fn is_dictionary_word(word: &str) -> bool {
    units::is_common_word(word)
}

/// Whether a dictionary has `word` as a common noun (`Time`, not `Previously`).
pub(crate) fn is_dictionary_noun(word: &str) -> bool {
    units::is_common_noun(word)
}

/// `Sky said it had signed a deal`, `Total said on Friday it had found oil`,
/// `Gap says its sales fell`: one capitalised word opening the sentence that
/// the tagger read as a common word (no mention covers it, or one that only
/// the recogniser guessed a place or person: `Orange said it`), right before
/// `said` or `says` whose reported clause opens with `it` or `its` (after at
/// most a day or date phrase), names a company: a common noun opening a
/// sentence takes a determiner, and the bare nouns that do not (`Police
/// said`, `Government said`, organisation words, plurals: `Analysts said
/// it`) are left out.
pub(crate) fn opening_company(
    text: &str,
    sentence: &Sentence,
    tokens: &[Token],
    tags: &[Tagged],
    mentions: &mut Vec<Mention>,
) -> bool {
    let word = |k: usize| tokens.get(k).map_or("", |t| t.text(text));
    let first = word(0);
    if tokens.len() < 4
        || !matches!(word(1), "said" | "says")
        || first.len() < 3
        || !first.starts_with(|c: char| c.is_ascii_uppercase())
        || !first.chars().skip(1).all(|c| c.is_ascii_lowercase())
        || !matches!(
            tags[0].tag,
            Tag::NN | Tag::NNP | Tag::JJ | Tag::RB | Tag::VB | Tag::VBP
        )
    {
        return false;
    }
    // A name there already, guessed a place or person (`Orange said it …`).
    let guessed = mentions
        .first()
        .filter(|m| m.span.start < tokens[0].span.end);
    if guessed.is_some_and(|m| {
        m.span != tokens[0].span
            || m.form != MentionForm::Name
            || !matches!(
                m.kind,
                EntityKind::Place | EntityKind::Person | EntityKind::Other
            )
            || lexicon::given_name_gender(first).is_some()
    }) {
        return false;
    }
    let lower = first.to_lowercase();
    if lexicon::org_suffix(first).is_some()
        || lexicon::org_word(first)
        || lexicon::title(&lower).is_some()
        || crate::vocab::description_kind(&lower).is_some()
        || lexicon::known_kind(first).is_some()
        || PRONOUNS.contains(&lower.as_str())
        || lexicon::bare_subject(first)
        // (`Analysts said it would be difficult`: people, a plural.)
        || lower.ends_with('s') && is_dictionary_noun(first)
    {
        return false;
    }
    // `it` or `its` opens the reported clause, after at most a day or date
    // (`on Friday`, `on Tuesday night`): no common noun between.
    let Some(p) = (2..tokens.len().min(6)).find(|&k| matches!(word(k), "it" | "its")) else {
        return false;
    };
    if (2..p).any(|k| !matches!(tags[k].tag, Tag::IN | Tag::NNP | Tag::CD) && word(k) != "that") {
        return false;
    }
    if let Some(m) = mentions.first_mut().filter(|m| m.span == tokens[0].span) {
        m.kind = EntityKind::Organization;
        return false;
    }
    mentions.insert(
        0,
        Mention::bare(
            sentence.index,
            tokens[0].span,
            tokens[0].span,
            EntityKind::Organization,
            MentionForm::Name,
        ),
    );
    true
}

/// Whether the words before a possessive `'s` inside a run of capitalised
/// words are a person's name that owns the name after it (`Rupert Murdoch's
/// News Corp`, `Sir Alex Ferguson's Manchester United`): two or more words
/// opening with an honorific or a word no dictionary has, before a name of
/// its own (more than a legal form: `G.D. Ritzy's Inc` is one name). `Moody's
/// Investors Service`, `New Year's Day` and `St John's Wood` are one name.
pub(crate) fn person_possessor(words: &[&str], after: &[&str]) -> bool {
    let Some(first) = words.first() else {
        return false;
    };
    words.len() >= 2
        && after
            .iter()
            .any(|w| !crate::vocab::legal::is_legal_form(w.trim_end_matches('.')))
        && (lexicon::honorific(first).is_some()
            || !is_dictionary_word(first) && !matches!(*first, "St" | "St." | "Saint"))
}

/// Find every mention in one sentence. `tokens` and `tags` are parallel; spans are
/// document offsets into `text`.
pub fn find_mentions(
    text: &str,
    sentence: &Sentence,
    tokens: &[Token],
    tags: &[Tagged],
) -> Vec<Mention> {
    let units = units(text, tokens, tags);
    let finder = Finder {
        text,
        sentence: sentence.index,
        title_case: is_title_case(&units),
        heading: sentence.kind == crate::text::SentenceKind::Heading,
        title_ends: units
            .iter()
            .map(|u| lexicon::may_end_title(u.text))
            .collect(),
        known_ends: units
            .iter()
            .map(|u| lexicon::may_end_known(u.text))
            .collect(),
        units,
    };
    finder.run()
}

struct Finder<'a> {
    text: &'a str,
    sentence: usize,
    title_case: bool,
    /// A heading (title-case headline): capitalised verb forms end names.
    heading: bool,
    units: Vec<Unit<'a>>,
    /// Whether a title phrase may end in each unit ([`lexicon::may_end_title`]).
    title_ends: Vec<bool>,
    /// Whether a known name may end in each unit ([`lexicon::may_end_known`]).
    known_ends: Vec<bool>,
}

impl<'a> Finder<'a> {
    fn run(&self) -> Vec<Mention> {
        let mut out = Vec::new();
        let n = self.units.len();
        let mut i = 0;
        while i < n {
            if let Some((parts, next)) = self
                .hyphenated_countries(i)
                .or_else(|| self.coordinated_governments(i))
            {
                out.extend(parts);
                i = next;
            } else if let Some((m, next)) = self
                .government(i)
                .or_else(|| self.titled_name(i))
                .or_else(|| self.epithet(i))
                .or_else(|| self.honorific_name(i))
                .or_else(|| self.compass_phrase(i))
                .or_else(|| self.description(i))
                .or_else(|| self.name(i))
                .or_else(|| self.demonym(i))
                .or_else(|| self.pronoun(i))
                .or_else(|| self.constituency(i))
            {
                out.push(m);
                i = next.max(i + 1);
            } else {
                i += 1;
            }
        }
        out
    }

    fn unit(&self, i: usize) -> Option<&Unit<'a>> {
        self.units.get(i)
    }

    fn lower(&self, i: usize) -> &str {
        self.unit(i).map_or("", |u| u.lower.as_str())
    }

    fn span(&self, from: usize, to: usize) -> Span {
        Span::new(self.units[from].span.start, self.units[to - 1].span.end)
    }

    fn slice(&self, from: usize, to: usize) -> &'a str {
        self.span(from, to).of(self.text)
    }

    /// The words of the (up to) six units from `from`, and how many there are.
    fn words(&self, from: usize) -> ([&'a str; 6], usize) {
        let mut out = [""; 6];
        let units = &self.units[from..self.units.len().min(from + 6)];
        for (o, u) in out.iter_mut().zip(units) {
            *o = u.text;
        }
        (out, units.len())
    }

    fn mention(&self, span: Span, name: Span, kind: EntityKind, form: MentionForm) -> Mention {
        Mention::bare(self.sentence, span, name, kind, form)
    }

    /// An organisation's name at `j` (ending in an organisation word, two words at
    /// least) followed by a title, possibly after a possessive: its end.
    fn org_run_before_title(&self, j: usize) -> Option<usize> {
        let end = self.run_end(j)?;
        // `H.J. Heinz <HNZ.N> chairman Tony O'Reilly`: a ticker symbol marks a company.
        let ticker = self.ticker_end(end);
        if ticker.is_none()
            && (end < j + 2 || lexicon::org_suffix(self.units[end - 1].text).is_none())
        {
            return None;
        }
        let after = ticker.unwrap_or(end);
        let t = if self.unit(after).is_some_and(Unit::is_possessive) {
            after + 1
        } else {
            after
        };
        self.title_at(t).map(|_| end)
    }

    /// A ticker symbol in angle brackets at `k` (`<HNZ.N>`): the unit after `>`.
    fn ticker_end(&self, k: usize) -> Option<usize> {
        if self.unit(k)?.text != "<" {
            return None;
        }
        let close = (k + 1..self.units.len().min(k + 6)).find(|&c| self.units[c].text == ">")?;
        (close > k + 1).then_some(close + 1)
    }

    /// `Bundesbank President Karl Otto Poehl`, `West German Farm Minister
    /// Ignaz Kiechle`: one run of capitalised words holding a capitalised title
    /// after its first word, with a person's name after the title. The words
    /// before the title name its owner; where the title starts.
    fn owner_before_capitalised_title(&self, j: usize) -> Option<usize> {
        // Cheap test first: a capitalised word a title may end in, close after `j`.
        let near = j + 1..self.units.len().min(j + 9);
        if !self.unit(j).is_some_and(|u| u.cap)
            || !near
                .into_iter()
                .any(|k| self.title_ends[k] && self.units[k].cap)
            || self.owned_title_at(j).is_some()
            || lexicon::honorific(self.lower(j)).is_some()
        {
            return None;
        }
        let end = self.run_end(j)?;
        let (k, t) = (j + 1..end.min(j + 6))
            .filter(|&k| self.units[k].cap)
            .find_map(|k| self.owned_title_at(k).map(|t| (k, t)))?;
        let owner = &self.units[j..k];
        // No owner: only modifiers (`Finance Director John Smith`), adjectives
        // or party words (`Administrative Executive`, `Democratic Senator`), a
        // lone institution word opening the sentence (`Board President`) or a
        // given name (`John Pope Jr`).
        let no_owner = owner.iter().all(|u| lexicon::is_title_modifier(&u.lower))
            || owner.iter().all(|u| {
                (u.tag.is_adjective() || lexicon::group_adjective(u.text))
                    && lexicon::demonym(u.text).is_none()
            })
            || owner.len() == 1
                && (owner[0].initial && lexicon::org_suffix(owner[0].text).is_some()
                    || lexicon::given_name(owner[0].text))
            || (j..k).any(|h| self.title_at(h).is_some_and(|(t, _)| h + t <= k));
        if no_owner {
            return None;
        }
        let mut name = k + t;
        if lexicon::honorific(self.lower(name)).is_some() {
            name += 1;
        }
        // A person's name after the title: not another title (`Marine Lt. Col.
        // Oliver North`), no generational suffix alone, a proper noun at its
        // end and no place or institution word (`Valley Forge Executive Mall`).
        // `The Metropolitan Police Commissioner, Sir Mark Rowley, said`: after
        // `the`, the run may end at the title with the name in apposition.
        // So may it after `, the` that follows a person's name (`Sir Ian
        // Blair, the Metropolitan Police Commissioner, said`).
        if name == end && k + t == end {
            let after_the = j > 0 && self.lower(j - 1) == "the";
            let closed = self
                .unit(end)
                .is_none_or(|u| matches!(u.text, "," | "." | ";" | ")"));
            return (after_the
                && (self.appositive_person(end).is_some()
                    || closed && self.person_before_comma(j - 1)))
            .then_some(k);
        }
        let last = self.units[end - 1].text;
        let person = name < end
            && self.units[end - 1].tag.is_proper()
            && self.title_at(name).is_none()
            && !matches!(self.lower(name), "jr" | "jr." | "sr" | "sr.")
            && lexicon::suffix_kind(last).is_none()
            && !lexicon::place_suffix(last)
            && self.run_kind(name, end, true) == EntityKind::Person;
        person.then_some(k)
    }

    /// `, [Sir] Mark Rowley,` at `k`: a comma, then a person's name of two
    /// words at least (after a courtesy title) closed by punctuation or a
    /// verb; the end of the name.
    fn appositive_person(&self, k: usize) -> Option<usize> {
        if self.unit(k).is_none_or(|u| u.text != ",") {
            return None;
        }
        let start = if lexicon::honorific(self.lower(k + 1)).is_some() {
            k + 2
        } else {
            k + 1
        };
        self.run_end(start).filter(|&end| {
            end > start + 1
                && self.person_run(start, end)
                && self
                    .unit(end)
                    .is_none_or(|u| matches!(u.text, "," | "." | ";" | ")") || u.tag.is_verb())
        })
    }

    /// A person's name of two words at least closed by a comma right before
    /// unit `k` (`Sir Ian Blair,` before `the`).
    fn person_before_comma(&self, k: usize) -> bool {
        let Some(comma) = k.checked_sub(1).filter(|&c| self.units[c].text == ",") else {
            return false;
        };
        let mut start = comma;
        while start > 0
            && comma - start < 4
            && self.units[start - 1].cap
            && self.units[start - 1].tag.is_proper()
        {
            start -= 1;
        }
        comma - start >= 2 && self.person_run(start, comma)
    }

    /// The run `start..end` in apposition to a title names a person: read so,
    /// or two words, a given name and a place's word (`Andy Street`, `Damon
    /// Hill`).
    fn person_run(&self, start: usize, end: usize) -> bool {
        match self.run_kind(start, end, false) {
            EntityKind::Person => true,
            EntityKind::Place => {
                end == start + 2
                    && lexicon::given_name_gender(self.units[start].text).is_some()
                    && lexicon::place_suffix(self.units[start + 1].text)
            }
            _ => false,
        }
    }

    /// A title at `k` that an owner's name may precede: its length. A field
    /// opens a public office's title (`Saudi Oil Minister`, `U.S. Trade
    /// Representative`); before a company's or a leader's it ends the owner's
    /// name (`Burmah Oil Chairman`, `Bell Petroleum President`), and so does an
    /// institution (`Radical Party Deputy`).
    fn owned_title_at(&self, k: usize) -> Option<usize> {
        let (t, phrase) = self.title_at(k)?;
        let title = lexicon::title(&phrase)?;
        let words: Vec<&str> = title.phrase.split(' ').collect();
        let modifiers = words.len().saturating_sub(title.head.split(' ').count());
        let fielded = words[..modifiers]
            .iter()
            .any(|w| !lexicon::is_rank_modifier(w));
        let institution = words[..modifiers].iter().any(|w| {
            matches!(
                *w,
                "party" | "army" | "navy" | "police" | "cabinet" | "government"
            )
        });
        let open = !matches!(
            title.class,
            lexicon::TitleClass::Business
                | lexicon::TitleClass::Leader
                | lexicon::TitleClass::Other
        );
        (!institution && (!fielded || open)).then_some(t)
    }

    /// `[the] [demonym | known name ['s]] title [of X] name [, appositive]`, or,
    /// with no name after the title, a role phrase (`the Russian President`).
    fn titled_name(&self, i: usize) -> Option<(Mention, usize)> {
        let mut j = i;
        let has_the = self.lower(j) == "the";
        if has_the {
            j += 1;
        }
        // `Former Labour leader Neil Kinnock`, `former BA boss Rod Eddington`:
        // the office's owner follows the time word, which the title keeps.
        let time_word = (matches!(self.lower(j), "former" | "outgoing")
            && self.unit(j + 1).is_some_and(|u| u.cap))
        .then(|| self.lower(j).to_string());
        if time_word.is_some() {
            j += 1;
        }
        let mut of = None;
        let mut possessive = false;
        let mut demonym_start = None;
        if let Some(k) = self.owner_before_capitalised_title(j) {
            // `Fed Chairman Paul Volcker`, `Bank Negara Governor Jaafar Hussein`.
            of = Some(self.span(j, k));
            j = k;
        } else if let Some(end) = self.org_run_before_title(j) {
            // `Chinese Foreign Ministry spokeswoman Mao Ning`.
            of = Some(self.span(j, end));
            j = self.ticker_end(end).unwrap_or(end);
            if self.unit(j).is_some_and(Unit::is_possessive) {
                possessive = true;
                j += 1;
            }
        } else if let Some(n) = self.demonym_at(j) {
            of = Some(self.span(j, j + n));
            j += n;
            demonym_start = Some(j - n);
        } else if let Some((n, kind)) = self.known_at(j) {
            // `Citibank's Oslo treasury head`: a city after a possessive is a
            // modifier; the possessor owns the role.
            of = Some(self.span(j, j + n));
            if kind == EntityKind::City
                && j >= 2
                && self.unit(j - 1).is_some_and(Unit::is_possessive)
            {
                let mut s = j - 1;
                while s > 0 && self.name_like_inside(s - 1) {
                    s -= 1;
                }
                of = (s < j - 1).then(|| self.span(s, j - 1));
            }
            j += n;
            if self.unit(j).is_some_and(Unit::is_possessive) {
                possessive = true;
                j += 1;
            }
        }
        let (m, title) = self.title_at(j)?;
        // `the Information Commissioner's Office`: a capitalised title, a
        // possessive and an organisation's word open an organisation's name.
        if self.units[j].cap && self.possessive_org_end(j + m).is_some() {
            return None;
        }
        // `the best actor Oscar`, `the best supporting actress Bafta`: after
        // `best` a title names an award's category, not an office.
        if j > 0 && lexicon::award_category_word(self.lower(j - 1)) {
            return None;
        }
        // `the Scottish Executive`: a known body named with a demonym and a
        // title's word is no role of the country.
        if let Some(d) = demonym_start
            && self.known_at(d).is_some_and(|(n, _)| d + n == j + m)
        {
            return None;
        }
        let title = match time_word {
            Some(w) => format!("{w} {title}"),
            None => title,
        };
        let title_start = j;
        j += m;
        // Only a capitalised title takes an `of` owner before the name
        // (`President of the Republic of the Congo Denis Sassou Nguesso`); a
        // lower-case one starts a description (`president of US Sprint`).
        let capitalised = self.units[title_start].cap;
        // `The Mayor of the West Midlands, Andy Street,`, `the head of MI5,
        // Eliza Manningham-Buller,`: before a name in apposition the owner is
        // the whole run after `of`, whatever the title's case.
        let whole = if of.is_none() && has_the {
            self.of_phrase(j, true)
                .filter(|&(end, _)| self.appositive_person(end).is_some())
        } else {
            None
        };
        if let Some((end, span)) = whole.or_else(|| self.of_phrase(j, false))
            && of.is_none()
        {
            if !capitalised && whole.is_none() {
                return None;
            }
            of = Some(span);
            j = end;
        }
        if self.unit(j).is_some_and(|u| u.text == ",") && of.is_none() {
            // `President, Vladimir Putin` is rare; a comma ends the title.
            return None;
        }
        let role = Role { title, of };
        let name_start = if lexicon::honorific(self.lower(j)).is_some() {
            j + 1
        } else {
            j
        };
        if let Some(end) = self.run_end(name_start) {
            let start = if has_the { i + 1 } else { i };
            if possessive && has_the {
                return None;
            }
            let kind = self.run_kind(name_start, end, true);
            let mut m = self.mention(
                self.span(start, end),
                self.span(name_start, end),
                kind,
                MentionForm::Name,
            );
            if kind == EntityKind::Person {
                m.role = Some(role);
            } else {
                // `General Motors`: the "title" was part of an organisation's name;
                // a lower-case title (`lead manager Nomura Ltd`) is a role, never a name.
                if capitalised {
                    m.span = self.span(title_start, end);
                    m.name = m.span;
                } else {
                    m.span = m.name;
                }
                if of.is_some() {
                    return None;
                }
            }
            return Some(self.with_appositive(m, end));
        }
        // No name: a role phrase needs `the` or a possessive owner, a singular
        // title, and must not run on into a capitalised word.
        if !(has_the || possessive) || self.name_like_inside(j) {
            return None;
        }
        // `The European Union's foreign policy chief`: the article is the owner's.
        let start = if has_the && possessive { i + 1 } else { i };
        // `The EU's foreign policy chief, Kaja Kallas, said …`: the name follows
        // in apposition.
        if let Some(end) = self.appositive_person(j) {
            let mut m = self.mention(
                self.span(start, end),
                self.span(j + 1, end),
                EntityKind::Person,
                MentionForm::Name,
            );
            m.role = Some(role);
            return Some((m, end));
        }
        // `the major military parade`: the title word must head the phrase.
        let head_tag = self.units[j - 1].tag;
        let next_is_modified = self.unit(j).is_some_and(|u| {
            u.tag.is_noun() || u.tag.is_adjective() || u.tag == Tag::CD || u.tag == Tag::VBG
        });
        if !(head_tag.is_noun()) || next_is_modified {
            return None;
        }
        let mut m = self.mention(
            self.span(start, j),
            self.span(title_start, j),
            EntityKind::Person,
            MentionForm::RolePhrase,
        );
        m.role = Some(role);
        Some((m, j))
    }

    /// `Mr Kim`, `Dr Jane Smith`.
    fn honorific_name(&self, i: usize) -> Option<(Mention, usize)> {
        let u = self.unit(i)?;
        if !u.cap || lexicon::honorific(u.text).is_none() {
            return None;
        }
        let end = self.run_end(i + 1)?;
        let m = self.mention(
            self.span(i, end),
            self.span(i + 1, end),
            EntityKind::Person,
            MentionForm::Name,
        );
        Some(self.with_appositive(m, end))
    }

    /// `the North`, `the South` standing for a country.
    fn compass_phrase(&self, i: usize) -> Option<(Mention, usize)> {
        if self.lower(i) != "the" {
            return None;
        }
        let u = self.unit(i + 1)?;
        if !u.cap || lexicon::compass(u.text).is_none() || self.name_like_inside(i + 2) {
            return None;
        }
        let m = self.mention(
            self.span(i, i + 2),
            u.span,
            EntityKind::Country,
            MentionForm::RolePhrase,
        );
        Some((m, i + 2))
    }

    /// A plain name run: countries, cities, organisations, people, events.
    fn name(&self, i: usize) -> Option<(Mention, usize)> {
        let end = self.run_end(i)?;
        // `the first Prime Minister of Australia`, `a U.S. Senator`: a title is
        // not a name; an owner before it still is. After a band's noun it is
        // the band's name (`the band Queen`).
        let band = i > 0 && !self.units[i - 1].cap && lexicon::band_noun(self.lower(i - 1));
        if let Some((t, _)) = self.title_at(i)
            && i + t >= end
        {
            if !band {
                return None;
            }
            let span = self.span(i, end);
            let m = self.mention(span, span, EntityKind::Organization, MentionForm::Name);
            return Some((m, end));
        }
        if let Some((n, kind)) = self.known_at(i)
            && i + n < end
            && self.title_at(i + n).is_some_and(|(t, _)| i + n + t >= end)
        {
            let span = self.span(i, i + n);
            return Some((self.mention(span, span, kind, MentionForm::Name), i + n));
        }
        // `Sunni Muslim groups`: adjectives of religion or origin only.
        if end > i + 1
            && (i..end).all(|k| {
                let t = self.units[k].text;
                lexicon::group_adjective(t) || lexicon::demonym(t).is_some()
            })
        {
            return None;
        }
        if end == i + 1 {
            let u = &self.units[i];
            let known = lexicon::known_kind(u.text).is_some();
            // `10 AM`, `USD`, shouted words (`TERRIBLE`), `Sunni militants`.
            if !known
                && (lexicon::non_entity_acronym(u.text)
                    || u.is_acronym() && u.text.chars().filter(|c| c.is_alphabetic()).count() > 6
                    || lexicon::group_adjective(u.text))
            {
                return None;
            }
        }
        // A lone demonym is handled by `demonym`; a demonym starting a longer
        // name (`Chinese Communist Party`) stays in the name.
        if let Some(n) = self.demonym_at(i)
            && i + n >= end
            && lexicon::country(self.slice(i, end)).is_none()
        {
            return None;
        }
        if self.event_noun_after(end) {
            let m = self.mention(
                self.span(i, end + 1),
                self.span(i, end + 1),
                EntityKind::Event,
                MentionForm::Name,
            );
            return Some((m, end + 1));
        }
        let kind = self.run_kind(i, end, false);
        let single = end == i + 1;
        let form = if single
            && self.units[i].is_acronym()
            && lexicon::country(self.units[i].text).is_none()
        {
            MentionForm::Acronym
        } else {
            MentionForm::Name
        };
        let m = self.mention(self.span(i, end), self.span(i, end), kind, form);
        let (m, next) = if kind == EntityKind::Person || kind == EntityKind::Other {
            self.with_appositive(m, end)
        } else {
            (m, end)
        };
        Some((m, next))
    }

    /// `Russia-Ukraine` (no event word after it): one mention per country.
    fn hyphenated_countries(&self, i: usize) -> Option<(Vec<Mention>, usize)> {
        let u = self.unit(i)?;
        if !u.cap || self.event_noun_after(i + 1) || lexicon::known_kind(u.text).is_some() {
            return None;
        }
        let mut parts = Vec::new();
        let mut at = u.span.start;
        for part in u.text.split('-') {
            lexicon::country(part)?;
            let span = Span::new(at, at + part.len());
            parts.push(self.mention(span, span, EntityKind::Country, MentionForm::Name));
            at += part.len() + 1;
        }
        (parts.len() > 1).then_some((parts, i + 1))
    }

    /// Extend a name by an appositive title: `Min Aung Hlaing, Acting President
    /// of Myanmar`, `Yuri Ushakov, a Kremlin aide,`, `Mervyn King, the Bank of
    /// England governor,`.
    fn with_appositive(&self, mut m: Mention, end: usize) -> (Mention, usize) {
        if m.role.is_some() || self.unit(end).is_none_or(|u| u.text != ",") {
            return (m, end);
        }
        let mut j = end + 1;
        if matches!(self.lower(j), "a" | "an" | "the") {
            j += 1;
        }
        let mut of = None;
        if let Some(n) = self.demonym_at(j) {
            of = Some(self.span(j, j + n));
            j += n;
        } else if let Some((n, _)) = self.known_at(j) {
            of = Some(self.span(j, j + n));
            j += n;
            if self.unit(j).is_some_and(Unit::is_possessive) {
                j += 1;
            }
        } else if let Some(e) = self
            .run_end(j)
            .filter(|&e| e > j + 1 && self.title_at(j).is_none() && self.title_at(e).is_some())
        {
            // `Mervyn King, the Bank of England governor,`: a name of two
            // words or more before the title owns it (one word is left to
            // the tree, which joins `Rospatch` to `Rospatch Corp`).
            of = Some(self.span(j, e));
            j = e;
        }
        let Some((t, title)) = self.title_at(j) else {
            return (m, end);
        };
        j += t;
        if of.is_none()
            && let Some((e, span)) = self.of_phrase(j, true)
        {
            of = Some(span);
            j = e;
        } else if let Some(e) = self.portfolio_end(j) {
            // `State Minister for National Development Planning`: the
            // portfolio is part of the title, not its owner.
            j = e;
        }
        let closes = self
            .unit(j)
            .is_none_or(|u| matches!(u.text, "," | "." | ";" | ")" | "—" | "–" | ":"));
        if !closes {
            return (m, end);
        }
        m.span = Span::new(m.span.start, self.units[j - 1].span.end);
        m.kind = EntityKind::Person;
        m.role = Some(Role { title, of });
        (m, j)
    }

    /// `for National Development Planning` at `i`, after a title: `for`, then
    /// capitalised dictionary words joined by `and`, `of` or `&` (a
    /// portfolio; `for the Long-Term Credit Bank`, `for Morgan Stanley` name
    /// an owner); the end unit.
    fn portfolio_end(&self, i: usize) -> Option<usize> {
        if self.lower(i) != "for" {
            return None;
        }
        let start = i + 1;
        let mut k = start;
        while let Some(u) = self.unit(k) {
            let joins = matches!(u.lower.as_str(), "and" | "of" | "&")
                && self.unit(k + 1).is_some_and(|n| n.cap);
            if !(u.cap && u.is_alpha() && units::is_common_word(u.text) || joins) {
                break;
            }
            k += 1;
        }
        (k > start && lexicon::known_kind(self.slice(start, k)).is_none()).then_some(k)
    }

    /// A capitalised demonym standing alone (`Chinese troops`, `his Russian
    /// counterpart`); country forms used as adjectives (`US mainland`) are names.
    fn demonym(&self, i: usize) -> Option<(Mention, usize)> {
        let n = self.demonym_at(i)?;
        if self.units[i].initial && lexicon::common_capitalised(self.units[i].text) {
            return None;
        }
        let span = self.span(i, i + n);
        let form = if lexicon::country(span.of(self.text)).is_some() {
            MentionForm::Name
        } else {
            MentionForm::Demonym
        };
        Some((self.mention(span, span, EntityKind::Country, form), i + n))
    }

    /// `the company`, `the Japanese carmaker`, `the US clothing retailer`:
    /// `the`, at most two modifiers (adjectives, demonyms, names of countries
    /// and towns, nouns), and a head noun that describes a kind of entity; the phrase
    /// must end there. A demonym or country among the modifiers of an
    /// organisation's description is its home. Read before names and
    /// demonyms: `The French` of `The French retailer` is no people.
    fn description(&self, i: usize) -> Option<(Mention, usize)> {
        if self.lower(i) != "the" {
            return None;
        }
        let mut demonym = None;
        for head in i + 1..(i + 4).min(self.units.len()) {
            let u = &self.units[head];
            if u.tag == Tag::NN
                && !u.cap
                && let Some(kind) = crate::vocab::description_kind(&u.lower)
            {
                let next_is_noun = self
                    .unit(head + 1)
                    .is_some_and(|n| n.tag.is_noun() || n.tag == Tag::CD);
                if next_is_noun {
                    return None;
                }
                // `the sale` stands for a named event only where the phrase
                // ends (`designed postcards for the sale.`), never with a
                // complement (`the sale of its unit`, `the sale in Tokyo`).
                let ends = self.unit(head + 1).is_none_or(|n| !n.is_alpha());
                if kind == EntityKind::Event && !ends {
                    return None;
                }
                let span = self.span(i, head + 1);
                let mut m = self.mention(span, span, kind, MentionForm::Description);
                if kind == EntityKind::Organization {
                    m.home = demonym;
                }
                return Some((m, head + 1));
            }
            let known = u.cap.then(|| lexicon::known_kind(u.text)).flatten();
            if self.demonym_at(head) == Some(1) || known == Some(EntityKind::Country) {
                demonym = Some(self.span(head, head + 1));
            } else if matches!(known, Some(EntityKind::City | EntityKind::Place)) {
                // `the Seattle company`: a town is a modifier.
            } else if u.cap || !(u.tag.is_adjective() || u.tag == Tag::NN) {
                return None;
            }
        }
        None
    }

    fn pronoun(&self, i: usize) -> Option<(Mention, usize)> {
        let u = self.unit(i)?;
        if !PRONOUNS.contains(&u.lower.as_str()) {
            return None;
        }
        Some((
            self.mention(u.span, u.span, EntityKind::Other, MentionForm::Pronoun),
            i + 1,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::Tagger;
    use crate::text::{SentenceKind, tokenize};

    /// Mentions of one sentence as `span|kind|form` plus ` <title of X>` for roles.
    fn mentions(sentence: &str) -> Vec<String> {
        mentions_in(sentence, SentenceKind::Body)
    }

    fn mentions_in(sentence: &str, kind: SentenceKind) -> Vec<String> {
        let s = Sentence {
            index: 0,
            span: Span::new(0, sentence.len()),
            kind,
        };
        let tokens = tokenize(sentence, s.span);
        let words: Vec<&str> = tokens.iter().map(|t| t.text(sentence)).collect();
        let tags = Tagger::embedded().tag(&words);
        find_mentions(sentence, &s, &tokens, &tags)
            .iter()
            .map(|m| {
                let role = m.role.as_ref().map_or(String::new(), |r| {
                    let of =
                        r.of.map_or(String::new(), |o| format!(" of {}", o.of(sentence)));
                    format!(" <{}{}>", r.title, of)
                });
                format!("{}|{}|{:?}{}", m.span.of(sentence), m.kind, m.form, role)
            })
            .collect()
    }

    #[test]
    fn titled_names_and_roles() {
        let cases: &[(&str, &[&str])] = &[
            (
                "South African President Cyril Ramaphosa met German Chancellor Olaf Scholz.",
                &[
                    "South African President Cyril Ramaphosa|person|Name <president of South African>",
                    "German Chancellor Olaf Scholz|person|Name <chancellor of German>",
                ],
            ),
            (
                "White House spokeswoman Karine Jean-Pierre declined to comment.",
                &[
                    "White House spokeswoman Karine Jean-Pierre|person|Name <spokeswoman of White House>",
                ],
            ),
            (
                "The talks were hosted by Prime Minister of India Narendra Modi.",
                &["Prime Minister of India Narendra Modi|person|Name <prime minister of India>"],
            ),
            (
                "Brazilian president Luiz Inacio Lula da Silva arrived on Monday.",
                &[
                    "Brazilian president Luiz Inacio Lula da Silva|person|Name <president of Brazilian>",
                ],
            ),
            (
                "The deal was signed by Mohammed bin Salman, Crown Prince of Saudi Arabia, in Riyadh.",
                &[
                    "Mohammed bin Salman, Crown Prince of Saudi Arabia|person|Name <crown prince of Saudi Arabia>",
                    "Riyadh|city|Name",
                ],
            ),
            (
                "Earlier, the Turkish President praised the French leader.",
                &[
                    "the Turkish President|person|RolePhrase <president of Turkish>",
                    "the French leader|person|RolePhrase <leader of French>",
                ],
            ),
            (
                "Chinese Foreign Ministry spokeswoman Mao Ning said Moscow had agreed.",
                &[
                    "Chinese Foreign Ministry spokeswoman Mao Ning|person|Name <spokeswoman of Chinese Foreign Ministry>",
                    "Moscow|city|Name",
                ],
            ),
            (
                "The European Union's foreign policy chief, Kaja Kallas, arrived.",
                &[
                    "European Union's foreign policy chief, Kaja Kallas|person|Name <foreign policy chief of European Union>",
                ],
            ),
            (
                "David Holland, president of US Sprint, resigned.",
                &["David Holland, president of US Sprint|person|Name <president of US Sprint>"],
            ),
            // Epithets: hyphenated modifiers and an occupation after `the`;
            // the name inside stays a mention of its own.
            (
                "The Ballymena-born actor said it was old.",
                &[
                    "Ballymena|other|Name",
                    "actor|person|RolePhrase <actor>",
                    "it|other|Pronoun",
                ],
            ),
            (
                "The Oscar-nominated actress arrived.",
                &[
                    "Oscar-nominated|other|Name",
                    "actress|person|RolePhrase <actress>",
                ],
            ),
            (
                "The Belfast-born actor Liam Neeson arrived.",
                &["Belfast|city|Name", "actor Liam Neeson|person|Name <actor>"],
            ),
            (
                "Germany's chancellor is hosting the major energy summit.",
                &["Germany’s chancellor|person|RolePhrase <chancellor of Germany>"],
            ),
            // A capitalised title inside one run of capitals: its owner before it.
            (
                "Fed Chairman Paul Volcker said the dollar was stable.",
                &["Fed Chairman Paul Volcker|person|Name <chairman of Fed>"],
            ),
            (
                "Bundesbank President Karl Otto Poehl said rates would stay.",
                &["Bundesbank President Karl Otto Poehl|person|Name <president of Bundesbank>"],
            ),
            (
                "Senate Agriculture Committee Chairman Patrick Leahy said it would be soon.",
                &[
                    "Senate Agriculture Committee Chairman Patrick Leahy|person|Name <chairman of Senate Agriculture Committee>",
                    "it|other|Pronoun",
                ],
            ),
            // A ticker symbol marks the company that owns the title.
            (
                "H.J. Heinz <HNZ.N> chairman Tony O'Reilly said it would be sold.",
                &[
                    "H.J. Heinz <HNZ.N> chairman Tony O'Reilly|person|Name <chairman of H.J. Heinz>",
                    "it|other|Pronoun",
                ],
            ),
            // A field opens a public office's title, not a company's.
            (
                "Saudi Oil Minister Hisham Nazer said it would be soon.",
                &[
                    "Saudi Oil Minister Hisham Nazer|person|Name <oil minister of Saudi>",
                    "it|other|Pronoun",
                ],
            ),
            (
                "Burmah Oil Chairman John Smith said it would be soon.",
                &[
                    "Burmah Oil Chairman John Smith|person|Name <chairman of Burmah Oil>",
                    "it|other|Pronoun",
                ],
            ),
            (
                "Planning Minister Robert Ouko said it would be soon.",
                &[
                    "Planning Minister Robert Ouko|person|Name <planning minister>",
                    "it|other|Pronoun",
                ],
            ),
            // No owner: an adjective or party word, a given name, a title
            // after the title, no proper noun after it.
            (
                "He said Democratic Senator Lloyd Bentsen would lead.",
                &[
                    "He|other|Pronoun",
                    "Democratic Senator Lloyd Bentsen|person|Name",
                ],
            ),
            (
                "Western Union said John Pope Jr has been elected.",
                &[
                    "Western Union|organization|Name",
                    "John Pope Jr|person|Name",
                ],
            ),
            (
                "He works at the Valley Forge Executive Mall in Valley Forge.",
                &[
                    "He|other|Pronoun",
                    "Valley Forge Executive Mall|other|Name",
                    "Valley Forge|other|Name",
                ],
            ),
        ];
        for (sentence, want) in cases {
            let sentence = sentence.replace("Germany's", "Germany’s");
            assert_eq!(mentions(&sentence), *want, "{sentence}");
        }
    }

    #[test]
    fn names_kinds_and_forms() {
        let cases: &[(&str, &[&str])] = &[
            (
                "The Scottish Executive believes the Welsh Assembly is right.",
                &[
                    "Scottish Executive|organization|Name",
                    "Welsh Assembly|organization|Name",
                ],
            ),
            (
                "The Russian government accused Yukos.",
                &[
                    "Russian government|organization|Name",
                    "Yukos|organization|Name",
                ],
            ),
            (
                "The Bush administration has accused Iran.",
                &["Bush administration|organization|Name", "Iran|country|Name"],
            ),
            (
                "US government officials said the Labour government lost.",
                &["US|country|Name", "Labour|organization|Name"],
            ),
            (
                "Mr Macron flew to Nairobi with the European Commission and the UN.",
                &[
                    "Mr Macron|person|Name",
                    "Nairobi|city|Name",
                    "European Commission|organization|Name",
                    "UN|organization|Acronym",
                ],
            ),
            (
                "According to the Defence Intelligence Agency, Russia's army fired an ICBM.",
                &[
                    "Defence Intelligence Agency|organization|Name",
                    "Russia|country|Name",
                    "ICBM|other|Acronym",
                ],
            ),
            (
                "Today the First World War ended, and French and Belgian troops went home.",
                &[
                    "First World War|event|Name",
                    "French|country|Demonym",
                    "Belgian|country|Demonym",
                ],
            ),
            (
                "The South has warned the North about the Gaza Strip.",
                &[
                    "The South|country|RolePhrase",
                    "the North|country|RolePhrase",
                    "Gaza Strip|place|Name",
                ],
            ),
            (
                "She said the India-Pakistan border was quiet but the Iran-Iraq war was not.",
                &[
                    "She|other|Pronoun",
                    "India|country|Name",
                    "Pakistan|country|Name",
                    "Iran-Iraq war|event|Name",
                ],
            ),
            (
                "The Securities and Exchange Commission fined Standard Financial Trading.",
                &[
                    "Securities and Exchange Commission|organization|Name",
                    "Standard Financial Trading|organization|Name",
                ],
            ),
            (
                "According to the Institute for the Study of War (ISW), troops advanced.",
                &[
                    "Institute for the Study of War|organization|Name",
                    "ISW|other|Acronym",
                ],
            ),
            (
                "On Wednesday the Kremlin said it backed the US plan.",
                &[
                    "Kremlin|organization|Name",
                    "it|other|Pronoun",
                    "US|country|Name",
                ],
            ),
        ];
        for (sentence, want) in cases {
            assert_eq!(mentions(sentence), *want, "{sentence}");
        }
    }

    #[test]
    fn sentence_starts_and_headings() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Yesterday Mr Tanaka visited Osaka.",
                &["Mr Tanaka|person|Name", "Osaka|city|Name"],
            ),
            (
                "Earlier, Peru's Congress voted.",
                &["Peru|country|Name", "Congress|organization|Name"],
            ),
            (
                "Police In Lagos Arrest Twelve After Market Fire",
                &["Lagos|city|Name"],
            ),
            (
                "He was the first Prime Minister of Australia and a U.S. Senator.",
                &[
                    "He|other|Pronoun",
                    "Australia|country|Name",
                    "U.S.|country|Name",
                ],
            ),
            (
                "At 10 AM the TERRIBLE news reached Sunni Muslim leaders in Mosul.",
                &["Mosul|city|Name"],
            ),
            (
                "China wants to join the General Agreement on Tariffs and Trade, a major Danish bank said.",
                &[
                    "China|country|Name",
                    "General Agreement|other|Name",
                    "Tariffs|other|Name",
                    "Trade|other|Name",
                    "Danish|country|Demonym",
                ],
            ),
            (
                "General Patton and Major Hartigan met official Chen.",
                &[
                    "General Patton|person|Name <general>",
                    "Major Hartigan|person|Name <major>",
                    "Chen|other|Name",
                ],
            ),
            (
                "Existing Argo shareholders will receive shares of Seneca Corp today.",
                &["Argo|other|Name", "Seneca Corp|organization|Name"],
            ),
            (
                "Ms Ngozi Okonjo-Iweala and Abdel Fattah al-Sisi spoke.",
                &[
                    "Ms Ngozi Okonjo-Iweala|person|Name",
                    "Abdel Fattah al-Sisi|person|Name",
                ],
            ),
        ];
        for (sentence, want) in cases {
            assert_eq!(mentions(sentence), *want, "{sentence}");
        }
    }

    #[test]
    fn spans_are_document_offsets() {
        let doc = "Intro line.\nPresident Joe Biden met Mr Xi in Peru.";
        let s = Sentence {
            index: 1,
            span: Span::new(12, doc.len()),
            kind: SentenceKind::Body,
        };
        let tokens = tokenize(doc, s.span);
        let words: Vec<&str> = tokens.iter().map(|t| t.text(doc)).collect();
        let tags = Tagger::embedded().tag(&words);
        let got = find_mentions(doc, &s, &tokens, &tags);
        let texts: Vec<(&str, &str)> = got
            .iter()
            .map(|m| (m.span.of(doc), m.name.of(doc)))
            .collect();
        assert_eq!(
            texts,
            [
                ("President Joe Biden", "Joe Biden"),
                ("Mr Xi", "Xi"),
                ("Peru", "Peru")
            ]
        );
        assert!(got.iter().all(|m| m.sentence == 1));
    }

    #[test]
    fn news_wire_names() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Moody's Investors Service Inc said it cut the ratings of the lender.",
                &[
                    "Moody's Investors Service Inc|organization|Name",
                    "it|other|Pronoun",
                    "the lender|organization|Description",
                ],
            ),
            (
                // Definite descriptions: modifiers allowed, the head must end the
                // phrase (`company plans`, `company car` are no descriptions).
                "The Japanese carmaker said the company plans would not change the company car scheme.",
                &["The Japanese carmaker|organization|Description"],
            ),
            (
                "Standard and Poor's Corp said it affirmed the notes.",
                &[
                    "Standard and Poor's Corp|organization|Name",
                    "it|other|Pronoun",
                ],
            ),
            (
                "The group sold its stake to Kansai Electric and Power last month.",
                &[
                    "The group|organization|Description",
                    "its|other|Pronoun",
                    "Kansai Electric and Power|organization|Name",
                ],
            ),
            (
                "It sold Pan Atlantic Corp's Pan Atlantic Airways Inc unit.",
                &[
                    "It|other|Pronoun",
                    "Pan Atlantic Corp|organization|Name",
                    "Pan Atlantic Airways Inc|organization|Name",
                ],
            ),
            (
                "Halden Mills Inc and Corbett Steel Corp signed the pact.",
                &[
                    "Halden Mills Inc|organization|Name",
                    "Corbett Steel Corp|organization|Name",
                ],
            ),
            (
                "Britain and France signed the accord.",
                &["Britain|country|Name", "France|country|Name"],
            ),
            (
                "Korea's trade deficit with the U.S. Narrowed in May, officials said.",
                &["Korea|country|Name", "U.S.|country|Name"],
            ),
            (
                "The U.K. Plans new curbs, officials said.",
                &["U.K.|country|Name"],
            ),
            (
                "The notes were priced at par, lead manager Daiwa Europe Ltd said.",
                &["Daiwa Europe Ltd|organization|Name"],
            ),
            (
                "Chemical Bank's Paris treasury head Jean Dupont said the franc was firm.",
                &[
                    "Chemical Bank|organization|Name",
                    "Paris treasury head Jean Dupont|person|Name <treasury head of Chemical Bank>",
                ],
            ),
        ];
        for (sentence, want) in cases {
            assert_eq!(mentions(sentence), *want, "{sentence}");
        }
    }

    #[test]
    fn headline_verbs_end_names() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Acme Foods Said Likely Suitor",
                &["Acme Foods|organization|Name", "Likely Suitor|other|Name"],
            ),
            (
                "Hartley Upgrades Southern Gas Corp",
                &["Hartley|other|Name", "Southern Gas Corp|organization|Name"],
            ),
        ];
        for (sentence, want) in cases {
            assert_eq!(
                mentions_in(sentence, SentenceKind::Heading),
                *want,
                "{sentence}"
            );
        }
    }
}
