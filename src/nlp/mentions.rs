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
//!   of organisations and states kept (`Republic of the Congo`), possessive `'s`
//!   left out; a title, honorific or demonym before the name is absorbed into the
//!   span and becomes the [`Role`] (`North Korean leader Kim Jong Un`,
//!   `Kremlin aide Yuri Ushakov`, `President of the Republic of the Congo Denis
//!   Sassou Nguesso`), and so is an appositive title after it (`Min Aung Hlaing,
//!   Acting President of Myanmar`);
//! * demonyms standing alone (`his Chinese and Russian counterparts`), acronyms
//!   (`NIS`, `ICBM`), personal pronouns, and role phrases (`the Russian President`,
//!   `China's president`, `the North`).
//!
//! Kinds come from the lexicon (country, city, place, organisation, group), from
//! the last word (`Service` → organisation, `War` → event, `Square` → place),
//! from titles and honorifics (person), and otherwise from the shape of the name.
//! Sentence-initial capitalised common words (`The`, `According`, `Today`), days
//! and months never start a name.

use crate::extract::{Mention, MentionForm, Role};
use crate::nlp::lexicon;
use crate::nlp::{EntityKind, Tag, Tagged};
use crate::text::{Sentence, Span, Token};

/// Words that may sit inside a personal or place name in lower case.
const PARTICLES: &[&str] = &[
    "bin", "ibn", "al", "al-", "el", "de", "da", "di", "du", "dos", "das", "del", "della", "van",
    "von", "der", "den", "ter", "le", "la", "y", "abu", "bint", "ben",
];

/// Closed-class words that are never names even when capitalised mid-sentence
/// (title-case headings).
const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "by", "for", "with",
    "from", "to", "into", "as", "is", "are", "was", "were", "be", "has", "have", "had", "will",
    "would", "can", "could", "may", "might", "this", "that", "these", "those", "it", "its", "i",
    "we", "you", "he", "she", "they", "his", "her", "their", "our", "my", "your", "not", "after",
    "before", "over", "under", "about", "against", "amid", "between", "during", "up", "out",
];

/// Personal pronouns that may refer to an entity.
const PRONOUNS: &[&str] = &[
    "he",
    "she",
    "it",
    "they",
    "him",
    "her",
    "his",
    "its",
    "their",
    "them",
    "hers",
    "theirs",
    "himself",
    "herself",
    "itself",
    "themselves",
];

/// Lower-case event words that turn a preceding name into an event name
/// (`Beijing summit`, `Russia-Ukraine war`).
const EVENT_NOUNS: &[&str] = &[
    "summit",
    "war",
    "conference",
    "forum",
    "election",
    "elections",
    "games",
    "olympics",
    "festival",
    "referendum",
    "crisis",
];

/// Prepositions after which an unknown single name is read as a place.
const LOCATIVES: &[&str] = &[
    "in",
    "near",
    "across",
    "outside",
    "inside",
    "throughout",
    "around",
];

/// How far (in bytes) around a sentence to look for the same word capitalised
/// mid-sentence, as evidence that a sentence-initial word is a name.
const EVIDENCE_WINDOW: usize = 20_000;

/// A word as the mention finder sees it: one or more tokens (hyphenated parts,
/// `’` + `s`, initials with their periods) with the tag that matters.
#[derive(Debug)]
struct Unit<'a> {
    span: Span,
    text: &'a str,
    lower: String,
    tag: Tag,
    /// First character is upper case.
    cap: bool,
    /// First word of the sentence, or after an opening quote, colon, bullet or bracket.
    initial: bool,
}

impl Unit<'_> {
    fn is_possessive(&self) -> bool {
        matches!(self.lower.as_str(), "'s" | "’s" | "'" | "’") || self.tag == Tag::POS
    }
    fn is_alpha(&self) -> bool {
        self.text.chars().any(char::is_alphabetic)
    }
    /// All letters upper case, at least two of them (`NIS`, `ICBM`, `ICBMs`).
    fn is_acronym(&self) -> bool {
        let core = self.text.strip_suffix('s').unwrap_or(self.text);
        let letters: Vec<char> = core.chars().filter(|c| c.is_alphabetic()).collect();
        letters.len() >= 2
            && letters.iter().all(|c| c.is_uppercase())
            && core
                .chars()
                .all(|c| c.is_alphanumeric() || c == '.' || c == '-')
    }
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
        units,
    };
    finder.run()
}

/// Group tokens into units: hyphenated words, `’` + `s`, `U` `.` `S` `.`, `Mr` `.`.
fn units<'a>(text: &'a str, tokens: &[Token], tags: &[Tagged]) -> Vec<Unit<'a>> {
    let mut out: Vec<Unit<'a>> = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        let start = tokens[i].span.start;
        let mut end = tokens[i].span.end;
        let mut tag = tags.get(i).map_or(Tag::NN, |t| t.tag);
        let mut j = i + 1;
        while let Some(next) = tokens.get(j) {
            if next.span.start != end {
                break;
            }
            let prev_text = &text[tokens[j - 1].span.start..tokens[j - 1].span.end];
            let next_text = next.text(text);
            let joins_hyphen = matches!(next_text, "-" | "‐" | "‑")
                && tokens.get(j + 1).is_some_and(|t| {
                    t.span.start == next.span.end
                        && t.text(text)
                            .chars()
                            .next()
                            .is_some_and(char::is_alphanumeric)
                })
                && prev_text.chars().last().is_some_and(char::is_alphanumeric);
            let apostrophe_s =
                matches!(prev_text, "’" | "'") && next_text.eq_ignore_ascii_case("s");
            let initial_period = next_text == "."
                && (prev_text.chars().count() == 1 && prev_text.chars().all(char::is_uppercase)
                    || lexicon::honorific(prev_text).is_some());
            let initial_letter = prev_text.ends_with('.')
                && next_text.chars().count() == 1
                && next_text.chars().all(char::is_uppercase);
            if joins_hyphen {
                end = tokens[j + 1].span.end;
                if tags.get(j + 1).is_some_and(|t| t.tag.is_proper()) {
                    tag = Tag::NNP;
                }
                j += 2;
            } else if apostrophe_s || initial_period || initial_letter {
                end = next.span.end;
                j += 1;
            } else {
                break;
            }
        }
        let t = &text[start..end];
        let prev = out.last().map(|u: &Unit| u.text);
        let initial = prev.is_none_or(|p| {
            matches!(
                p,
                "“" | "\""
                    | "‘"
                    | "'"
                    | "("
                    | ":"
                    | "•"
                    | "*"
                    | "–"
                    | "—"
                    | "``"
                    | "-"
                    | "·"
                    | "▪"
            )
        });
        out.push(Unit {
            span: Span::new(start, end),
            text: t,
            lower: t.to_lowercase(),
            tag,
            cap: t.chars().next().is_some_and(char::is_uppercase),
            initial,
        });
        i = j;
    }
    out
}

/// `al-Sisi`, `el-Baradei`, `bin-Salman`: a lower-case particle joined to a name.
fn particle_prefixed(word: &str) -> bool {
    word.split_once('-').is_some_and(|(particle, rest)| {
        PARTICLES.contains(&particle) && rest.chars().next().is_some_and(char::is_uppercase)
    })
}

/// A heading in title case (`Kim Arrives In Beijing For Parade`): capitals carry
/// no information there.
fn is_title_case(units: &[Unit]) -> bool {
    let words: Vec<&Unit> = units
        .iter()
        .filter(|u| u.is_alpha() && !u.is_possessive())
        .collect();
    let caps = words.iter().filter(|u| u.cap).count();
    // A capitalised preposition or article inside is the tell (`… Arrives In Beijing`).
    let capital_function_word = words.iter().skip(1).any(|u| {
        u.cap
            && matches!(
                u.lower.as_str(),
                "in" | "on"
                    | "at"
                    | "for"
                    | "to"
                    | "of"
                    | "with"
                    | "after"
                    | "from"
                    | "by"
                    | "as"
                    | "and"
                    | "the"
                    | "a"
                    | "over"
                    | "into"
                    | "amid"
                    | "against"
            )
    });
    words.len() >= 4 && capital_function_word && caps * 10 >= words.len() * 6
}

struct Finder<'a> {
    text: &'a str,
    sentence: usize,
    title_case: bool,
    units: Vec<Unit<'a>>,
}

impl<'a> Finder<'a> {
    fn run(&self) -> Vec<Mention> {
        let mut out = Vec::new();
        let n = self.units.len();
        let mut i = 0;
        while i < n {
            if let Some((parts, next)) = self.hyphenated_countries(i) {
                out.extend(parts);
                i = next;
            } else if let Some((m, next)) = self
                .titled_name(i)
                .or_else(|| self.honorific_name(i))
                .or_else(|| self.compass_phrase(i))
                .or_else(|| self.name(i))
                .or_else(|| self.demonym(i))
                .or_else(|| self.pronoun(i))
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

    fn words(&self, from: usize) -> Vec<&'a str> {
        self.units[from..self.units.len().min(from + 6)]
            .iter()
            .map(|u| u.text)
            .collect()
    }

    fn mention(&self, span: Span, name: Span, kind: EntityKind, form: MentionForm) -> Mention {
        Mention {
            sentence: self.sentence,
            span,
            name,
            kind,
            form,
            role: None,
        }
    }

    /// Can unit `i` be part of a name?
    fn name_like(&self, i: usize) -> bool {
        let Some(u) = self.unit(i) else { return false };
        if !u.initial && particle_prefixed(u.text) && !self.title_case {
            return true;
        }
        if !u.cap || !u.is_alpha() || u.is_possessive() {
            return false;
        }
        if FUNCTION_WORDS.contains(&u.lower.as_str()) || PRONOUNS.contains(&u.lower.as_str()) {
            return false;
        }
        if lexicon::calendar(u.text) && !self.next_is_name(i) {
            return false;
        }
        if self.title_case {
            // Capitals carry no information: only names the lexicon knows.
            return self.known_at(i).is_some() || lexicon::demonym(u.text).is_some();
        }
        if u.initial {
            if lexicon::common_capitalised(u.text) {
                return false;
            }
            return u.tag.is_proper()
                || lexicon::known_kind(u.text).is_some()
                || lexicon::demonym(u.text).is_some()
                || lexicon::honorific(u.text).is_some()
                || self.next_is_name(i)
                || self.capitalised_elsewhere(u.text);
        }
        true
    }

    /// Is the unit after `i` a capitalised non-function word?
    fn next_is_name(&self, i: usize) -> bool {
        self.unit(i + 1).is_some_and(|u| {
            u.cap
                && u.is_alpha()
                && !u.is_possessive()
                && !FUNCTION_WORDS.contains(&u.lower.as_str())
                && !lexicon::calendar(u.text)
        })
    }

    /// Does the document also write `word` capitalised in the middle of a sentence?
    /// Only the text within [`EVIDENCE_WINDOW`] bytes of the sentence is read,
    /// so long documents stay linear.
    fn capitalised_elsewhere(&self, word: &str) -> bool {
        let (Some(first), Some(last)) = (self.units.first(), self.units.last()) else {
            return false;
        };
        let mut lo = first.span.start.saturating_sub(EVIDENCE_WINDOW);
        while !self.text.is_char_boundary(lo) {
            lo -= 1;
        }
        let mut hi = (last.span.end + EVIDENCE_WINDOW).min(self.text.len());
        while !self.text.is_char_boundary(hi) {
            hi += 1;
        }
        self.text[lo..hi].match_indices(word).any(|(rel, _)| {
            let at = lo + rel;
            let before = self.text[lo..at].trim_end_matches(' ');
            let after = self.text[at + word.len()..hi].chars().next();
            let boundary = after.is_none_or(|c| !c.is_alphanumeric());
            let spaced = lo + before.len() < at;
            boundary
                && spaced
                && before
                    .chars()
                    .last()
                    .is_some_and(|c| c.is_lowercase() || c == ',')
        })
    }

    /// The longest lexicon-known name (country, city, place, organisation) starting
    /// at `i`: its length in units and kind.
    fn known_at(&self, i: usize) -> Option<(usize, EntityKind)> {
        if !self.unit(i).is_some_and(|u| u.cap) {
            return None;
        }
        let max = (self.units.len() - i).min(7);
        (1..=max).rev().find_map(|n| {
            let last = &self.units[i + n - 1];
            if !last.cap || last.is_possessive() {
                return None;
            }
            lexicon::known_kind(self.slice(i, i + n)).map(|k| (n, k))
        })
    }

    /// A capitalised demonym at `i` (`North Korean`, `Chinese`): its length.
    fn demonym_at(&self, i: usize) -> Option<usize> {
        if !self.unit(i).is_some_and(|u| u.cap) {
            return None;
        }
        lexicon::demonym_at(&self.words(i)).map(|(n, _)| n)
    }

    /// A title at `i`, not the start of a longer capitalised name: its length and
    /// the title as written, lower-cased.
    fn title_at(&self, i: usize) -> Option<(usize, String)> {
        let u = self.unit(i)?;
        if !u.is_alpha() {
            return None;
        }
        let (n, _) = lexicon::title_at(&self.words(i))?;
        Some((n, self.slice(i, i + n).to_lowercase()))
    }

    /// `of [the] <known name>` at `i`: the end unit and the span of the name.
    /// `whole`: the owner may be any name (`president of US Sprint`), not only a
    /// lexicon-known one (needed before a name: `President of Ghana John Mahama`).
    fn of_phrase(&self, i: usize, whole: bool) -> Option<(usize, Span)> {
        if self.lower(i) != "of" {
            return None;
        }
        let k = if self.lower(i + 1) == "the" {
            i + 2
        } else {
            i + 1
        };
        let known = self.known_at(k).map(|(n, _)| k + n);
        let run = if whole { self.run_end(k) } else { None };
        let end = known.max(run)?;
        Some((end, self.span(k, end)))
    }

    /// The end of the name run starting at `i` (exclusive), if `i` starts one.
    fn run_end(&self, i: usize) -> Option<usize> {
        if !self.name_like(i) {
            return None;
        }
        if self.title_case {
            return self.known_at(i).map(|(n, _)| i + n);
        }
        let mut k = i + 1;
        loop {
            if self.name_like_inside(k) {
                k += 1;
            } else if PARTICLES.contains(&self.lower(k)) && self.name_like_inside(k + 1) {
                k += 2;
            } else if matches!(self.lower(k), "and" | "&") && self.org_conjunct_end(k).is_some() {
                k = self.org_conjunct_end(k).unwrap_or(k + 1);
            } else if matches!(self.lower(k), "of" | "for" | "on") && self.of_continues(i, k) {
                k += if self.lower(k + 1) == "the" { 2 } else { 1 };
            } else {
                break;
            }
        }
        if let Some((n, _)) = self.known_at(i) {
            k = k.max(i + n);
        }
        Some(k)
    }

    /// `Securities and Exchange Commission`: after `and` at `k`, capitalised words
    /// ending in an organisation word; the end of the name.
    fn org_conjunct_end(&self, k: usize) -> Option<usize> {
        let mut e = k + 1;
        while self.name_like_inside(e) {
            e += 1;
        }
        (e > k + 1 && lexicon::org_suffix(self.units[e - 1].text).is_some()).then_some(e)
    }

    /// Unit `k` continues a name (inside a run the sentence-initial test is moot).
    fn name_like_inside(&self, k: usize) -> bool {
        self.unit(k).is_some_and(|u| {
            (u.cap || particle_prefixed(u.text))
                && u.is_alpha()
                && !u.is_possessive()
                && !FUNCTION_WORDS.contains(&u.lower.as_str())
                && !PRONOUNS.contains(&u.lower.as_str())
                && (!self.title_case || u.tag.is_proper())
                && (!lexicon::calendar(u.text) || self.next_is_name(k))
        })
    }

    /// `of` at `k` continues the run `i..k` (`Bank of England`, `Republic of the Congo`).
    fn of_continues(&self, i: usize, k: usize) -> bool {
        let head_ok = (i..k).any(|h| {
            let head = &self.units[h];
            lexicon::org_suffix(head.text).is_some()
                || lexicon::place_suffix(head.text)
                || matches!(
                    head.lower.as_str(),
                    "republic" | "kingdom" | "federation" | "emirates" | "states" | "union"
                )
        });
        let next = if self.lower(k + 1) == "the" {
            k + 2
        } else {
            k + 1
        };
        head_ok && k > i && self.name_like_inside(next)
    }

    /// An organisation's name at `j` (ending in an organisation word, two words at
    /// least) followed by a title, possibly after a possessive: its end.
    fn org_run_before_title(&self, j: usize) -> Option<usize> {
        let end = self.run_end(j)?;
        if end < j + 2 || lexicon::org_suffix(self.units[end - 1].text).is_none() {
            return None;
        }
        let t = if self.unit(end).is_some_and(Unit::is_possessive) {
            end + 1
        } else {
            end
        };
        self.title_at(t).map(|_| end)
    }

    /// `[the] [demonym | known name ['s]] title [of X] name [, appositive]`, or,
    /// with no name after the title, a role phrase (`the Russian President`).
    fn titled_name(&self, i: usize) -> Option<(Mention, usize)> {
        let mut j = i;
        let has_the = self.lower(j) == "the";
        if has_the {
            j += 1;
        }
        let mut of = None;
        let mut possessive = false;
        if let Some(end) = self.org_run_before_title(j) {
            // `Chinese Foreign Ministry spokeswoman Mao Ning`.
            of = Some(self.span(j, end));
            j = end;
            if self.unit(j).is_some_and(Unit::is_possessive) {
                possessive = true;
                j += 1;
            }
        } else if let Some(n) = self.demonym_at(j) {
            of = Some(self.span(j, j + n));
            j += n;
        } else if let Some((n, _)) = self.known_at(j) {
            of = Some(self.span(j, j + n));
            j += n;
            if self.unit(j).is_some_and(Unit::is_possessive) {
                possessive = true;
                j += 1;
            }
        }
        let (m, title) = self.title_at(j)?;
        let title_start = j;
        j += m;
        // Only a capitalised title takes an `of` owner before the name
        // (`President of the Republic of the Congo Denis Sassou Nguesso`); a
        // lower-case one starts a description (`president of US Sprint`).
        let capitalised = self.units[title_start].cap;
        if let Some((end, span)) = self.of_phrase(j, false)
            && of.is_none()
        {
            if !capitalised {
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
                // `General Motors`: the "title" was part of an organisation's name.
                m.span = self.span(title_start, end);
                m.name = m.span;
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
        if self.unit(j).is_some_and(|u| u.text == ",")
            && let Some(end) = self.run_end(j + 1)
            && end > j + 2
            && self.run_kind(j + 1, end, false) == EntityKind::Person
            && self
                .unit(end)
                .is_none_or(|u| matches!(u.text, "," | "." | ";" | ")") || u.tag.is_verb())
        {
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

    fn event_noun_after(&self, k: usize) -> bool {
        self.unit(k)
            .is_some_and(|u| !u.cap && EVENT_NOUNS.contains(&u.lower.as_str()))
    }

    /// The kind of the name run `i..end`; `titled`: a title or honorific precedes it.
    fn run_kind(&self, i: usize, end: usize, titled: bool) -> EntityKind {
        let whole = self.slice(i, end);
        let last = &self.units[end - 1];
        if let Some(k) = lexicon::known_kind(whole) {
            return k;
        }
        // `Institute for the Study of War`, `Bank of England`: the head comes
        // before the first `of`/`for`/`on`.
        let last = match (i + 1..end).find(|&k| matches!(self.lower(k), "of" | "for" | "on")) {
            Some(c) => &self.units[c - 1],
            None => last,
        };
        if let Some(k) = lexicon::org_suffix(last.text) {
            return k;
        }
        if (i..end).any(|k| lexicon::org_suffix(self.units[k].text).is_some()) && titled {
            return EntityKind::Organization;
        }
        if end - i > 1 && lexicon::event_suffix(last.text) {
            return EntityKind::Event;
        }
        if end - i > 1 && lexicon::place_suffix(last.text) {
            return EntityKind::Place;
        }
        if titled {
            return EntityKind::Person;
        }
        let single = end == i + 1;
        if !single {
            // Company-like words, or a known place inside the name (`BP North
            // America`), make it an institution rather than a person.
            if (i..end).any(|k| lexicon::org_word(self.units[k].text)) {
                return EntityKind::Organization;
            }
            let contains_known = (i..end).any(|k| {
                self.known_at(k)
                    .is_some_and(|(n, kind)| k + n <= end && kind != EntityKind::Person)
            });
            if contains_known || (i..end).any(|k| self.units[k].is_acronym()) {
                return EntityKind::Other;
            }
        }
        if single && self.units[i].is_acronym() {
            return EntityKind::Other;
        }
        if !single {
            return EntityKind::Person;
        }
        // One unknown word: read the context.
        if self.place_noun_after(end) {
            return EntityKind::Place;
        }
        if i > 0 && LOCATIVES.contains(&self.lower(i - 1)) {
            return EntityKind::Place;
        }
        // A lone unknown word before `said` may be a person or a company: the
        // resolver decides (a surname joins its full name).
        EntityKind::Other
    }

    /// `leadership compound`, `nuclear complex`: up to two lower-case words ending
    /// in a place word.
    fn place_noun_after(&self, k: usize) -> bool {
        (k..k + 3).any(|j| {
            self.unit(j)
                .is_some_and(|u| !u.cap && lexicon::place_suffix(u.text))
                && (k..j).all(|m| self.unit(m).is_some_and(|u| !u.cap && u.is_alpha()))
        })
    }

    /// Extend a name by an appositive title: `Min Aung Hlaing, Acting President
    /// of Myanmar`, `Yuri Ushakov, a Kremlin aide,`.
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
        let s = Sentence {
            index: 0,
            span: Span::new(0, sentence.len()),
            kind: SentenceKind::Body,
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
            (
                "Germany's chancellor is hosting the major energy summit.",
                &["Germany’s chancellor|person|RolePhrase <chancellor of Germany>"],
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
                "At 10 AM the TERRIBLE news reached Sunni Muslim leaders in Mosul.",
                &["Mosul|city|Name"],
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
}
