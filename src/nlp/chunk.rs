//! Chunking: tagged words in, noun phrases and verb groups out.
//!
//! Input is one sentence as its words and their [`Tagged`] part-of-speech tags;
//! output is a [`Chunks`]: base noun phrases (determiners, adjectives, numbers,
//! compounds, possessives such as `North Korea 's biggest trading partner`) and
//! verb groups (auxiliaries, modals, negation, inner adverbs, `to`-chains such as
//! `does not like to fly`, particles) with passive/copula/negation flags. The
//! clause patterns of [`crate::extract`] work on these chunks. Token indices are
//! positions in the sentence's word list; ranges are half-open `[start, end)`.

use super::tags::{Tag, Tagged};
use crate::vocab::speech::{SpeechVerb, speech_verb};

/// A base noun phrase: tokens `[start, end)`, its head (last noun or number) and,
/// for `X 's Y`, the index of the last possessive marker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NounPhrase {
    pub start: usize,
    pub end: usize,
    pub head: usize,
    pub possessive: Option<usize>,
}

/// A verb group: tokens `[start, end)` (particle included).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VerbGroup {
    pub start: usize,
    pub end: usize,
    /// Main verb of the first verb chain (`sent` in `has sent`, `like` in `does not like to fly`).
    pub main: usize,
    /// Last verb of the group (`fly` in `does not like to fly`).
    pub last: usize,
    /// Be/get + past participle (`was welcomed`, `has been sent`).
    pub passive: bool,
    /// The main verb is a form of `be` (`is`, `has been`).
    pub copula: bool,
    /// Contains `not`, `n't` or `never`.
    pub negated: bool,
    /// Contains a modal (`may`, `will`).
    pub modal: bool,
    /// Starts with `to` (`to meet`).
    pub infinitive: bool,
    /// Has a tensed verb or modal.
    pub finite: bool,
    /// A verb particle (`out` in `forcing out`).
    pub particle: Option<usize>,
}

/// What a token belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Label {
    Np(u16),
    Vg(u16),
    Other,
}

/// The chunks of one sentence. Reuse one value across sentences with [`Chunks::chunk`].
#[derive(Debug, Default, Clone)]
pub struct Chunks {
    pub nps: Vec<NounPhrase>,
    pub vgs: Vec<VerbGroup>,
    pub labels: Vec<Label>,
}

/// Case-insensitive membership of a word in a small list.
pub fn is_any(word: &str, list: &[&str]) -> bool {
    list.iter().any(|w| word.eq_ignore_ascii_case(w))
}

pub const BE: &[&str] = &[
    "be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re", "'m",
];
pub const HAVE: &[&str] = &["have", "has", "had", "having", "'ve", "'d"];
pub const DO: &[&str] = &["do", "does", "did"];
pub const NEGATION: &[&str] = &["not", "n't", "never"];
/// Adjectives that start a time phrase after a name (`Mexico next week`).
const TEMPORAL_ADJECTIVES: &[&str] = &[
    "next",
    "last",
    "early",
    "late",
    "earlier",
    "later",
    "previous",
    "following",
];

/// Particles the tagger may read as prepositions (`knocked out of`, `set up by`).
const PARTICLES: &[&str] = &["out", "up", "off", "down", "back", "away", "over"];
const GET: &[&str] = &["get", "gets", "got", "gotten", "getting"];
/// Determiners that can stand alone as a noun phrase (`this`, `all`).
const PRONOMINAL_DT: &[&str] = &[
    "this", "that", "these", "those", "all", "some", "both", "each", "many", "few", "several",
    "most", "none", "any", "either", "neither", "another", "much",
];
/// Words before a number that belong to the noun phrase (`around 15,000 troops`).
const APPROX: &[&str] = &[
    "around",
    "about",
    "nearly",
    "almost",
    "some",
    "over",
    "more",
    "less",
    "up",
    "roughly",
    "approximately",
    "only",
    "just",
    "at",
    "least",
    "than",
    "fewer",
    "under",
];

fn is_nounish(t: Tag) -> bool {
    t.is_noun() || matches!(t, Tag::CD | Tag::PRP | Tag::EX | Tag::FW)
}

fn premodifier(t: Tag) -> bool {
    matches!(
        t,
        Tag::DT | Tag::PDT | Tag::PRPS | Tag::JJ | Tag::JJR | Tag::JJS | Tag::CD | Tag::POS
    ) || t == Tag::HYPH
        || t == Tag::RB
        || t.is_noun()
}

impl Chunks {
    /// Chunk one sentence, replacing the previous contents.
    pub fn chunk(&mut self, words: &[&str], tags: &[Tagged]) {
        self.nps.clear();
        self.vgs.clear();
        self.labels.clear();
        self.labels.resize(words.len(), Label::Other);
        let n = words.len();
        let tag = |i: usize| tags[i].tag;
        let mut i = 0;
        while i < n {
            if let Some(np) = noun_phrase(words, tags, i) {
                for l in &mut self.labels[np.start..np.end] {
                    *l = Label::Np(self.nps.len() as u16);
                }
                i = np.end;
                self.nps.push(np);
                continue;
            }
            if let Some(vg) = verb_group(words, tags, i) {
                for l in &mut self.labels[vg.start..vg.end] {
                    *l = Label::Vg(self.vgs.len() as u16);
                }
                i = vg.end;
                self.vgs.push(vg);
                continue;
            }
            let _ = tag(i);
            i += 1;
        }
    }

    /// The noun phrase containing token `i`.
    pub fn np_at(&self, i: usize) -> Option<&NounPhrase> {
        match self.labels.get(i)? {
            Label::Np(k) => Some(&self.nps[*k as usize]),
            _ => None,
        }
    }

    /// The verb group containing token `i`.
    pub fn vg_at(&self, i: usize) -> Option<usize> {
        match self.labels.get(i)? {
            Label::Vg(k) => Some(*k as usize),
            _ => None,
        }
    }
}

/// The base noun phrase starting at `i`, if one does.
fn noun_phrase(words: &[&str], tags: &[Tagged], i: usize) -> Option<NounPhrase> {
    let n = words.len();
    let t = tags[i].tag;
    let next = |k: usize| tags.get(k).map(|x| x.tag);
    let starts = matches!(
        t,
        Tag::DT | Tag::PDT | Tag::PRPS | Tag::JJ | Tag::JJR | Tag::JJS | Tag::Dollar | Tag::Hash
    ) || is_nounish(t)
        || (matches!(t, Tag::RB | Tag::IN | Tag::JJR | Tag::RBR)
            && is_any(words[i], APPROX)
            && next(i + 1).is_some_and(|x| x == Tag::CD || (x == Tag::Dollar)))
        || (t == Tag::RB
            && next(i + 1).is_some_and(|x| x.is_adjective())
            && next(i + 2).is_some_and(|x| x.is_noun()))
        || (t == Tag::IN
            && words[i].eq_ignore_ascii_case("at")
            && words
                .get(i + 1)
                .is_some_and(|w| is_any(w, &["least", "most"]))
            && next(i + 2).is_some_and(|x| x == Tag::CD || x == Tag::Dollar))
        || (t == Tag::LQuote && quoted_name_end(words, tags, i).is_some());
    if !starts {
        return None;
    }
    if matches!(t, Tag::PRP | Tag::EX)
        && !(words[i].eq_ignore_ascii_case("her")
            && next(i + 1).is_some_and(|x| x.is_noun() || x.is_adjective()))
    {
        return Some(NounPhrase {
            start: i,
            end: i + 1,
            head: i,
            possessive: None,
        });
    }
    let mut j = i;
    let mut possessive = None;
    while j < n {
        let t = tags[j].tag;
        let prev = if j > i { Some(tags[j - 1].tag) } else { None };
        let ok = if j == i {
            true
        } else {
            match t {
                // `In 1717 Lady Mary`: a year does not run into a name.
                Tag::NNP | Tag::NNPS
                    if prev == Some(Tag::CD)
                        && j == i + 1
                        && words[i].len() == 4
                        && words[i].bytes().all(|b| b.is_ascii_digit()) =>
                {
                    false
                }
                // `a short absence Keibler`: an indefinite phrase does not run into a name.
                Tag::NNP | Tag::NNPS
                    if prev.is_some_and(|p| matches!(p, Tag::NN | Tag::NNS))
                        && is_any(words[i], &["a", "an"]) =>
                {
                    false
                }
                // `Mexico next week`: an adjective does not follow a name inside a phrase.
                Tag::JJ | Tag::JJR | Tag::JJS
                    if prev.is_some_and(|p| p.is_proper())
                        && is_any(words[j], TEMPORAL_ADJECTIVES) =>
                {
                    false
                }
                // `receive praise | years later`: a time unit before `later`/`ago`
                // starts a time phrase.
                Tag::NN | Tag::NNS
                    if prev.is_some_and(|p| p.is_noun())
                        && is_any(
                            words[j],
                            &[
                                "years", "months", "weeks", "days", "hours", "decades", "year",
                                "month", "week", "day",
                            ],
                        )
                        && words
                            .get(j + 1)
                            .is_some_and(|w| is_any(w, &["later", "earlier", "ago"])) =>
                {
                    false
                }
                // `this experiment several results`: a quantifier starts a new phrase.
                Tag::JJ
                    if prev.is_some_and(|p| p.is_noun())
                        && is_any(words[j], &["several", "many", "few", "various", "numerous"]) =>
                {
                    false
                }
                Tag::JJ | Tag::JJR | Tag::JJS | Tag::CD | Tag::NN | Tag::NNS | Tag::NNP => true,
                Tag::NNPS | Tag::FW | Tag::Dollar | Tag::Hash | Tag::SYM => true,
                Tag::HYPH => next(j + 1).is_some_and(|x| {
                    x.is_noun() || x.is_adjective() || x == Tag::CD || x.is_verb()
                }),
                Tag::POS => {
                    prev.is_some_and(|p| p.is_noun() || p == Tag::CD)
                        && next(j + 1).is_some_and(|x| !x.is_verb())
                }
                Tag::DT => prev == Some(Tag::PDT),
                Tag::RB => {
                    prev.is_some_and(|p| matches!(p, Tag::DT | Tag::PRPS | Tag::POS))
                        && next(j + 1).is_some_and(|x| x.is_adjective() || x == Tag::VBN)
                }
                Tag::VBN | Tag::VBG => {
                    prev.is_some_and(|p| premodifier(p) && !p.is_noun() || p == Tag::HYPH)
                        && next(j + 1)
                            .is_some_and(|x| x.is_noun() || x.is_adjective() || x == Tag::HYPH)
                        // `a genetic engineering trick`: a gerund compound after a determiner.
                        || t == Tag::VBG
                            && matches!(tags[i].tag, Tag::DT | Tag::PRPS)
                            && prev.is_some_and(|p| p == Tag::NN)
                            && next(j + 1) == Some(Tag::NN)
                }
                Tag::CC => {
                    prev.is_some_and(|p| p.is_adjective())
                        && next(j + 1).is_some_and(|x| x.is_adjective())
                        && words[j].eq_ignore_ascii_case("and")
                            | words[j].eq_ignore_ascii_case("or")
                }
                Tag::LQuote => {
                    quoted_name_end(words, tags, j).is_some()
                        || quoted_modifier_end(tags, j).is_some()
                }
                _ => false,
            }
        };
        if !ok {
            break;
        }
        if t == Tag::LQuote {
            j = quoted_name_end(words, tags, j)
                .or_else(|| (j > i).then(|| quoted_modifier_end(tags, j)).flatten())
                .unwrap_or(j)
                + 1;
            continue;
        }
        if t == Tag::POS {
            possessive = Some(j);
        }
        j += 1;
    }
    // Trim trailing tokens that cannot end a noun phrase.
    while j > i
        && matches!(
            tags[j - 1].tag,
            Tag::CC | Tag::HYPH | Tag::DT | Tag::PDT | Tag::PRPS | Tag::RB
        )
    {
        if j - 1 == i && tags[i].tag == Tag::DT && is_any(words[i], PRONOMINAL_DT) {
            break;
        }
        j -= 1;
    }
    if j == i {
        return None;
    }
    if possessive.is_some_and(|p| p + 1 >= j) {
        possessive = None;
    }
    let head = (i..j)
        .rev()
        .find(|&k| is_nounish(tags[k].tag) || tags[k].tag == Tag::RQuote)
        .unwrap_or(j - 1);
    // A lone article or adverb is no noun phrase.
    if j - i == 1 && matches!(tags[i].tag, Tag::RB | Tag::IN) {
        return None;
    }
    Some(NounPhrase {
        start: i,
        end: j,
        head,
        possessive,
    })
}

/// For an opening quote at `i` that encloses a short name-like phrase, the index of
/// the closing quote.
fn quoted_name_end(words: &[&str], tags: &[Tagged], i: usize) -> Option<usize> {
    let _ = words;
    let limit = (i + 10).min(tags.len());
    let mut has_noun = false;
    for (k, x) in tags.iter().enumerate().take(limit).skip(i + 1) {
        let t = x.tag;
        if t == Tag::RQuote {
            return (has_noun && k > i + 1).then_some(k);
        }
        if t.is_verb() || matches!(t, Tag::MD | Tag::Period | Tag::LQuote) {
            return None;
        }
        has_noun |= t.is_noun();
    }
    None
}

/// For an opening quote at `i` inside a noun phrase that encloses any short
/// phrase followed by a noun (`a final `` take-it-or-leave-it '' offer`), the
/// index of the closing quote.
fn quoted_modifier_end(tags: &[Tagged], i: usize) -> Option<usize> {
    let limit = (i + 14).min(tags.len());
    for k in i + 1..limit {
        match tags[k].tag {
            Tag::RQuote => {
                return tags
                    .get(k + 1)
                    .is_some_and(|x| x.tag.is_noun())
                    .then_some(k);
            }
            Tag::Period | Tag::LQuote | Tag::Colon => return None,
            _ => {}
        }
    }
    None
}

/// Repair the commonest tagging slip on news and encyclopedia text: a past-tense
/// verb tagged as a noun or adjective right after its subject (`The strike
/// obtained/JJ support`, `Rodan taught/NN at`), in a stretch without a tensed verb.
pub fn repair_tags(words: &[&str], tags: &mut [Tagged]) {
    let n = words.len();
    let mut finite_seen = false;
    for i in 0..n {
        // `income - tax`: a spaced hyphen between words joins them.
        if words[i] == "-"
            && i > 0
            && i + 1 < n
            && matches!(tags[i].tag, Tag::Comma | Tag::Colon | Tag::NFP)
            && (tags[i - 1].tag.is_noun()
                || tags[i - 1].tag.is_adjective()
                || tags[i - 1].tag == Tag::CD)
            && (tags[i + 1].tag.is_noun()
                || tags[i + 1].tag.is_adjective()
                || tags[i + 1].tag == Tag::VBN)
        {
            tags[i].tag = Tag::HYPH;
            tags[i].upos = super::tags::Upos::PUNCT;
            continue;
        }
        // `His works/VBZ span`: a determiner or possessive is followed by a noun.
        let t = tags[i].tag;
        if t.is_verb()
            && t != Tag::VBN
            && t != Tag::VBG
            && i > 0
            && i + 1 < n
            && (tags[i - 1].tag == Tag::PRPS
                || tags[i - 1].tag == Tag::DT && is_any(words[i - 1], &["a", "an", "the"]))
            && (tags[i + 1].tag.is_verb() || tags[i + 1].tag == Tag::MD)
        {
            let plural = matches!(t, Tag::VBZ) && words[i].ends_with('s');
            tags[i].tag = if plural { Tag::NNS } else { Tag::NN };
            tags[i].upos = super::tags::Upos::NOUN;
            continue;
        }
        // `the Brazilian forward/VB Raphinha`: a base form after a
        // determiner (or possessive) and an adjective, before a name, a
        // preposition or the end of the clause, is a noun.
        if matches!(t, Tag::VB | Tag::VBP)
            && i >= 2
            && i + 1 < n
            && tags[i - 1].tag == Tag::JJ
            && (tags[i - 2].tag == Tag::PRPS
                || tags[i - 2].tag == Tag::DT && is_any(words[i - 2], &["a", "an", "the"]))
            && (tags[i + 1].tag.is_proper()
                || matches!(tags[i + 1].tag, Tag::IN | Tag::Comma | Tag::Period))
        {
            tags[i].tag = Tag::NN;
            tags[i].upos = super::tags::Upos::NOUN;
            continue;
        }
        // `her book/VB Small Island`: a work's class noun after a possessive
        // (or `her`) and before a name is a noun.
        if t.is_verb()
            && i > 0
            && i + 1 < n
            && (tags[i - 1].tag == Tag::PRPS || words[i - 1].eq_ignore_ascii_case("her"))
            && tags[i + 1].tag.is_proper()
            && crate::vocab::work::work_noun(&words[i].to_lowercase())
        {
            tags[i].tag = Tag::NN;
            tags[i].upos = super::tags::Upos::NOUN;
            // `her` is then the possessive, not an object.
            tags[i - 1].tag = Tag::PRPS;
            continue;
        }
        // `a loyal following/VBG to`: a gerund after a determiner and an
        // adjective, with no object after it, is a noun.
        if t == Tag::VBG
            && i >= 2
            && i + 1 < n
            && tags[i - 1].tag == Tag::JJ
            && matches!(tags[i - 2].tag, Tag::DT | Tag::PRPS)
            && !matches!(
                tags[i + 1].tag,
                Tag::DT
                    | Tag::PRPS
                    | Tag::NN
                    | Tag::NNS
                    | Tag::NNP
                    | Tag::NNPS
                    | Tag::PRP
                    | Tag::JJ
                    | Tag::CD
            )
        {
            tags[i].tag = Tag::NN;
            tags[i].upos = super::tags::Upos::NOUN;
            continue;
        }
        // `said financing/VBG would consist`: a gerund opening a reported clause
        // before its verb is that clause's subject.
        if t == Tag::VBG
            && i > 0
            && i + 1 < n
            && speech_verb(words[i - 1]).is_some_and(SpeechVerb::common)
            && matches!(tags[i + 1].tag, Tag::MD | Tag::VBD | Tag::VBZ | Tag::VBP)
        {
            tags[i].tag = Tag::NN;
            tags[i].upos = super::tags::Upos::NOUN;
            continue;
        }
        // `AOL/UH, the internet arm of Time Warner`: an acronym of three or
        // more capitals is a name, not an interjection (`OK` keeps its tag).
        if t == Tag::UH && words[i].len() >= 3 && words[i].bytes().all(|b| b.is_ascii_uppercase()) {
            tags[i].tag = Tag::NNP;
            tags[i].upos = super::tags::Upos::PROPN;
            continue;
        }
        // `Vodafone and Verizon own/JJ Verizon Wireless`: `own` after a
        // plural subject (not after a possessive: `their own`), before its
        // object, in a stretch with no tensed verb, is the verb.
        if t == Tag::JJ
            && !finite_seen
            && words[i].eq_ignore_ascii_case("own")
            && i > 0
            && i + 1 < n
            && matches!(tags[i - 1].tag, Tag::NNP | Tag::NNPS | Tag::NNS | Tag::PRP)
            && matches!(
                tags[i + 1].tag,
                Tag::DT | Tag::PRPS | Tag::NNP | Tag::NNPS | Tag::CD | Tag::JJ | Tag::NNS
            )
        {
            tags[i].tag = Tag::VBP;
            tags[i].upos = super::tags::Upos::VERB;
            finite_seen = true;
            continue;
        }
        let t = tags[i].tag;
        // `as Manchester City beat/VB Ipswich`, `Smith quit/VB the party`: a
        // verb whose past is spelt as its base, right after a name that no
        // modal, `to` or verb governs (`will Arsenal beat`, `help City beat`),
        // is the past tense: a singular name's present would end in `s`.
        if t == Tag::VB
            && i > 0
            && matches!(tags[i - 1].tag, Tag::NNP | Tag::NNPS)
            && crate::nlp::lexicon::same_past(&words[i].to_lowercase())
            && {
                let mut s = i - 1;
                while s > 0 && matches!(tags[s - 1].tag, Tag::NNP | Tag::NNPS) {
                    s -= 1;
                }
                s == 0
                    || !(tags[s - 1].tag.is_verb() || matches!(tags[s - 1].tag, Tag::MD | Tag::TO))
            }
        {
            tags[i].tag = Tag::VBD;
            tags[i].upos = super::tags::Upos::VERB;
            finite_seen = true;
            continue;
        }
        if matches!(t, Tag::VBD | Tag::VBZ | Tag::VBP | Tag::MD) {
            // After `said`, a new clause starts (`said it made/VBN …`).
            finite_seen = !speech_verb(words[i]).is_some_and(SpeechVerb::common);
            continue;
        }
        if matches!(t, Tag::Comma | Tag::Colon | Tag::WDT | Tag::WP) || t == Tag::CC {
            finite_seen = false;
            continue;
        }
        if finite_seen || i == 0 || i + 1 >= n {
            continue;
        }
        let prev = tags[i - 1].tag;
        let next = tags[i + 1].tag;
        let w = words[i];
        let past = super::lemma::irregular_verb_form(w)
            || (w.len() > 4
                && w.ends_with("ed")
                && w.chars().next().is_some_and(|c| c.is_lowercase()));
        let candidate = matches!(t, Tag::NN | Tag::JJ | Tag::VBN | Tag::NNS) && past;
        // `in April 2001 attracted/VBN controversy`: a year ends the phrase before it.
        let year = prev == Tag::CD
            && words[i - 1].len() == 4
            && words[i - 1].bytes().all(|b| b.is_ascii_digit());
        let after_subject = prev.is_noun() || prev == Tag::PRP || year;
        let object_follows = matches!(
            next,
            Tag::DT
                | Tag::PRPS
                | Tag::JJ
                | Tag::NN
                | Tag::NNS
                | Tag::NNP
                | Tag::NNPS
                | Tag::CD
                | Tag::IN
                | Tag::TO
                | Tag::PRP
        );
        // `United Nations trade/VB sanctions`: a bare verb between nouns is a noun.
        if t == Tag::VB && prev.is_noun() && matches!(next, Tag::NN | Tag::NNS) {
            tags[i].tag = Tag::NN;
            tags[i].upos = super::tags::Upos::NOUN;
            continue;
        }
        // `Kim Jong Un arrives/NNS in Beijing`, `the player confronts/NNS a boss`:
        // a plural-looking word after the subject, with no verb later in the stretch.
        let third_person = t == Tag::NNS
            && w.ends_with('s')
            && w.chars().next().is_some_and(|c| c.is_lowercase())
            && ((matches!(prev, Tag::NNP | Tag::NNPS) || name_number(words, tags, i - 1))
                && matches!(next, Tag::IN | Tag::DT | Tag::PRPS | Tag::TO | Tag::RP)
                || prev.is_noun() && matches!(next, Tag::DT | Tag::PRPS | Tag::NNP | Tag::RP))
            && !verb_later(tags, i);
        // `This often results/NNS in`: the same after a subject and an adverb.
        let after_adverb = t == Tag::NNS
            && w.ends_with('s')
            && w.chars().next().is_some_and(|c| c.is_lowercase())
            && prev == Tag::RB
            && i >= 2
            && (tags[i - 2].tag.is_noun() || matches!(tags[i - 2].tag, Tag::PRP | Tag::DT))
            && matches!(next, Tag::IN | Tag::DT | Tag::PRPS | Tag::TO | Tag::NNP)
            && !verb_later(tags, i);
        // `Schumacher, who drives/NNS for Ferrari`: right after `who`.
        let after_who = t == Tag::NNS
            && w.ends_with('s')
            && w.chars().next().is_some_and(|c| c.is_lowercase())
            && words[i - 1].eq_ignore_ascii_case("who");
        if third_person || after_adverb || after_who || reporting_after_clause(words, tags, i) {
            tags[i].tag = Tag::VBZ;
            tags[i].upos = super::tags::Upos::VERB;
            finite_seen = true;
            continue;
        }
        if candidate
            && after_subject
            && object_follows
            && (t != Tag::VBN || !matches!(next, Tag::IN | Tag::TO) || !verb_later(tags, i))
        {
            tags[i].tag = Tag::VBD;
            tags[i].upos = super::tags::Upos::VERB;
            finite_seen = true;
        }
    }
}

/// A number that ends a name (`Hoechst 33342`, `G-7`), not a count (`the first
/// nine months`, `over 100 years`).
fn name_number(words: &[&str], tags: &[Tagged], i: usize) -> bool {
    tags[i].tag == Tag::CD
        && (words[i].chars().any(char::is_alphabetic)
            && words[i].chars().any(|c| c.is_ascii_digit())
            || i > 0 && (tags[i - 1].tag.is_proper() || tags[i - 1].tag == Tag::HYPH))
}

/// `…, the company claims/NNS .`: a reporting verb ending the sentence after a
/// comma and a noun phrase is the verb of that phrase.
fn reporting_after_clause(words: &[&str], tags: &[Tagged], i: usize) -> bool {
    const REPORTS: &[&str] = &[
        "says",
        "claims",
        "adds",
        "notes",
        "reports",
        "warns",
        "argues",
        "insists",
        "writes",
        "explains",
        "believes",
        "estimates",
        "concludes",
        "contends",
    ];
    if !(tags[i].tag == Tag::NNS
        && is_any(words[i], REPORTS)
        && tags.get(i + 1).is_none_or(|x| x.tag == Tag::Period)
        && i >= 2
        && tags[i - 1].tag.is_noun())
    {
        return false;
    }
    let mut k = i - 1;
    while k > 0
        && (tags[k].tag.is_noun()
            || tags[k].tag.is_adjective()
            || matches!(tags[k].tag, Tag::DT | Tag::POS | Tag::PRPS))
    {
        k -= 1;
    }
    matches!(tags[k].tag, Tag::Comma | Tag::RQuote)
}

/// Whether a verb or modal follows `i` before the next comma, colon or full stop.
fn verb_later(tags: &[Tagged], i: usize) -> bool {
    tags[i + 1..]
        .iter()
        .take_while(|x| !matches!(x.tag, Tag::Comma | Tag::Colon | Tag::Period))
        .any(|x| x.tag.is_verb() || x.tag == Tag::MD)
}

/// The verb group starting at `i`, if one does.
fn verb_group(words: &[&str], tags: &[Tagged], i: usize) -> Option<VerbGroup> {
    let n = words.len();
    let t = tags[i].tag;
    let infinitive = t == Tag::TO && tags.get(i + 1).is_some_and(|x| x.tag == Tag::VB);
    if !(t.is_verb() || t == Tag::MD || infinitive)
        || words[i].eq_ignore_ascii_case("according")
            && tags
                .get(i + 1)
                .is_some_and(|x| x.tag == Tag::TO || x.tag == Tag::IN)
    {
        return None;
    }
    let mut vg = VerbGroup {
        start: i,
        end: i,
        main: i,
        last: i,
        passive: false,
        copula: false,
        negated: false,
        modal: false,
        infinitive,
        finite: false,
        particle: None,
    };
    let mut j = i;
    let mut first_chain_done = false;
    let mut seen_verb = false;
    while j < n {
        let t = tags[j].tag;
        let w = words[j];
        if t.is_verb() {
            // Two tensed verbs are two groups (`the car that he bought | is red`).
            let tensed = |x: Tag| matches!(x, Tag::VBD | Tag::VBZ | Tag::VBP);
            if seen_verb && tensed(t) && tensed(tags[j - 1].tag) {
                break;
            }
            if !first_chain_done {
                vg.main = j;
            }
            vg.last = j;
            seen_verb = true;
            vg.finite |= matches!(t, Tag::VBD | Tag::VBZ | Tag::VBP) && !first_chain_done;
            j += 1;
        } else if t.is_adjective()
            && j > i
            && is_any(words[j - 1], BE)
            && tags.get(j + 1).is_some_and(|x| x.tag == Tag::TO)
            && tags.get(j + 2).is_some_and(|x| x.tag == Tag::VB)
        {
            // `were able to reinforce`, `is likely to win`.
            first_chain_done = true;
            j += 1;
        } else if t == Tag::MD {
            if seen_verb {
                break;
            }
            vg.modal = true;
            vg.finite = true;
            j += 1;
        } else if t == Tag::TO
            && (tags.get(j + 1).is_some_and(|x| x.tag == Tag::VB)
                || tags.get(j + 1).is_some_and(|x| x.tag == Tag::RB)
                    && tags.get(j + 2).is_some_and(|x| x.tag == Tag::VB))
        {
            if seen_verb {
                first_chain_done = true;
            }
            j += 1;
        } else if (matches!(t, Tag::RB | Tag::RBR | Tag::RBS) || is_any(w, NEGATION))
            && (is_any(w, NEGATION)
                || tags.get(j + 1).is_some_and(|x| {
                    x.tag.is_verb()
                        || x.tag == Tag::RB && tags.get(j + 2).is_some_and(|y| y.tag.is_verb())
                }))
            && j + 1 < n
            && (tags[j + 1].tag.is_verb()
                || tags[j + 1].tag == Tag::RB
                || tags[j + 1].tag == Tag::TO && !seen_verb)
        {
            // Adverbs inside the group (`has not yet arrived`), never at its end.
            if !(seen_verb || vg.modal || j == i || is_any(w, NEGATION)) {
                break;
            }
            vg.negated |= is_any(w, NEGATION);
            j += 1;
        } else {
            break;
        }
    }
    // Trailing adverbs are not part of the group.
    while j > i && !tags[j - 1].tag.is_verb() {
        j -= 1;
    }
    if j == i {
        return None;
    }
    if j < n && is_any(words[j], NEGATION) {
        vg.negated = true;
        j += 1;
    }
    if j < n
        && (tags[j].tag == Tag::RP
            || is_any(words[j], PARTICLES)
                && matches!(tags[j].tag, Tag::IN | Tag::RB)
                && tags
                    .get(j + 1)
                    .is_some_and(|x| matches!(x.tag, Tag::IN | Tag::TO)))
    {
        vg.particle = Some(j);
        j += 1;
    }
    vg.end = j;
    // Passive and copula are judged on the first chain.
    let main = vg.main;
    let aux_be = (vg.start..main).any(|k| is_any(words[k], BE) || is_any(words[k], GET));
    // A lone past participle (`formerly known as`, `a statue erected in`) is passive too,
    // unless a form of `have` comes before it.
    let lone = main == vg.start && (i == 0 || !is_any(words[i - 1], HAVE));
    vg.passive = tags[main].tag == Tag::VBN && (aux_be || lone);
    vg.copula = is_any(words[main], BE) && tags[main].tag != Tag::VBG
        || (main == vg.start && is_any(words[main], BE));
    vg.negated |= (vg.start..vg.end).any(|k| is_any(words[k], NEGATION));
    Some(vg)
}

/// Whether the verb group is an auxiliary-only or main-verb form of `have`.
pub fn is_have(word: &str) -> bool {
    is_any(word, HAVE)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::tags::Upos;

    fn tagged(s: &str) -> (Vec<&str>, Vec<Tagged>) {
        let mut words = Vec::new();
        let mut tags = Vec::new();
        for wt in s.split(' ') {
            let (w, t) = wt.rsplit_once('/').unwrap();
            words.push(w);
            tags.push(Tagged {
                tag: Tag::parse(t).unwrap(),
                upos: Upos::X,
            });
        }
        (words, tags)
    }

    fn spans(words: &[&str], c: &Chunks) -> (Vec<String>, Vec<String>) {
        let np = c
            .nps
            .iter()
            .map(|p| words[p.start..p.end].join(" "))
            .collect();
        let vg = c
            .vgs
            .iter()
            .map(|g| words[g.start..g.end].join(" "))
            .collect();
        (np, vg)
    }

    #[test]
    fn chunks_noun_phrases_and_verb_groups() {
        let rows: &[(&str, &[&str], &[&str])] = &[
            (
                "The/DT ministry/NN has/VBZ sent/VBN around/RB 2,000/CD engineers/NNS to/IN Chile/NNP ./.",
                &["The ministry", "around 2,000 engineers", "Chile"],
                &["has sent"],
            ),
            (
                "Brazil/NNP 's/POS largest/JJS export/NN market/NN was/VBD not/RB hit/VBN ./.",
                &["Brazil 's largest export market"],
                &["was not hit"],
            ),
            (
                "She/PRP does/VBZ not/RB like/VB to/TO travel/VB by/IN air/NN ./.",
                &["She", "air"],
                &["does not like to travel"],
            ),
            (
                "his/PRP$ Dutch/JJ and/CC Belgian/JJ partners/NNS gave/VBD up/RP ./.",
                &["his Dutch and Belgian partners"],
                &["gave up"],
            ),
            // `at least` before a number opens the noun phrase.
            (
                "It/PRP killed/VBD at/IN least/JJS eight/CD people/NNS ./.",
                &["It", "at least eight people"],
                &["killed"],
            ),
            // A time unit before `later` starts its own phrase.
            (
                "It/PRP would/MD receive/VB praise/NN years/NNS later/RBR ./.",
                &["It", "praise", "years"],
                &["would receive"],
            ),
            // A superlative adverb inside the group (`is best served`).
            (
                "It/PRP is/VBZ best/RBS served/VBN with/IN rice/NN ./.",
                &["It", "rice"],
                &["is best served"],
            ),
        ];
        for (s, nps, vgs) in rows {
            let (w, t) = tagged(s);
            let mut c = Chunks::default();
            c.chunk(&w, &t);
            let (np, vg) = spans(&w, &c);
            assert_eq!(np, *nps, "{s}");
            assert_eq!(vg, *vgs, "{s}");
        }
    }

    #[test]
    fn repair_tags_finds_verbs_read_as_plural_nouns() {
        // (tagged sentence, index of the word, its repaired tag)
        let rows: &[(&str, usize, Tag)] = &[
            // After a subject and an adverb.
            (
                "This/DT often/RB results/NNS in/IN deaths/NNS ./.",
                2,
                Tag::VBZ,
            ),
            // A reporting verb closing the sentence after a comma and its subject.
            (
                "Prices/NNS will/MD rise/VB ,/, the/DT company/NN claims/NNS ./.",
                6,
                Tag::VBZ,
            ),
            // A gerund after `said`, before the reported clause's verb, is its subject.
            (
                "It/PRP said/VBD financing/VBG would/MD consist/VB of/IN loans/NNS ./.",
                2,
                Tag::NN,
            ),
            // After a number that ends a name, a plural-looking word is a verb;
            // after a count it is the counted noun.
            (
                "Hoechst/NNP 33342/CD exhibits/NNS a/DT greater/JJR permeability/NN ./.",
                2,
                Tag::VBZ,
            ),
            (
                "It/PRP rose/VBD in/IN the/DT first/JJ nine/CD months/NNS of/IN the/DT year/NN ./.",
                6,
                Tag::NNS,
            ),
            (
                "It/PRP was/VBD erected/VBN over/IN 100/CD years/NNS after/IN his/PRP$ death/NN ./.",
                5,
                Tag::NNS,
            ),
            // A gerund after a determiner and an adjective is a noun.
            (
                "They/PRP kept/VBD a/DT loyal/JJ following/VBG to/IN this/DT day/NN ./.",
                4,
                Tag::NN,
            ),
            (
                "It/PRP was/VBD the/DT only/JJ remaining/VBG option/NN ./.",
                4,
                Tag::VBG,
            ),
            // Right after `who`.
            (
                "Schumacher/NNP ,/, who/WP drives/NNS for/IN Ferrari/NNP ,/, won/VBD ./.",
                3,
                Tag::VBZ,
            ),
            // An acronym is no interjection.
            (
                "AOL/UH ,/, the/DT internet/NN arm/NN ,/, cut/VBD jobs/NNS ./.",
                0,
                Tag::NNP,
            ),
            ("OK/UH ,/, we/PRP agree/VBP ./.", 0, Tag::UH),
            // `own` between a plural subject and its object is the verb.
            (
                "Vodafone/NNP and/CC Verizon/NNP own/JJ Verizon/NNP Wireless/NNP ./.",
                3,
                Tag::VBP,
            ),
            ("They/PRP own/JJ a/DT bank/NN ./.", 1, Tag::VBP),
            (
                "They/PRP have/VBP their/PRP$ own/JJ bank/NN ./.",
                3,
                Tag::JJ,
            ),
            // A plural noun object stays a noun.
            ("He/PRP filed/VBD the/DT claims/NNS ./.", 3, Tag::NNS),
            (
                "They/PRP rejected/VBD the/DT insurance/NN claims/NNS ./.",
                4,
                Tag::NNS,
            ),
        ];
        for (s, i, want) in rows {
            let (w, mut t) = tagged(s);
            repair_tags(&w, &mut t);
            assert_eq!(t[*i].tag, *want, "{s}");
        }
    }

    #[test]
    fn verb_group_flags() {
        let rows: &[(&str, bool, bool, bool)] = &[
            // sentence, passive, copula, negated
            ("It/PRP was/VBD welcomed/VBN ./.", true, false, false),
            ("It/PRP has/VBZ been/VBN sent/VBN ./.", true, false, false),
            ("It/PRP is/VBZ not/RB big/JJ ./.", false, true, true),
            ("It/PRP has/VBZ arrived/VBN ./.", false, false, false),
        ];
        for (s, passive, copula, negated) in rows {
            let (w, t) = tagged(s);
            let mut c = Chunks::default();
            c.chunk(&w, &t);
            let g = c.vgs[0];
            assert_eq!(
                (g.passive, g.copula, g.negated),
                (*passive, *copula, *negated),
                "{s}"
            );
        }
    }
}
