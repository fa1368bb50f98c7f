//! Entity mentions, the language stage's reading of who and what a sentence
//! names: the types the mention finder ([`super::mentions`]) produces and the
//! later stages (extraction, resolution) only read.
//!
//! Spans are byte offsets into the document: `&text[m.span.start..m.span.end]`
//! is the mention as written.

use crate::text::Span;
use crate::vocab::EntityKind;

/// How a mention names its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MentionForm {
    /// A proper name, possibly preceded by a title or demonym (`North Korean leader Kim Jong Un`).
    Name,
    /// An acronym (`NIS`, `ICBM`).
    Acronym,
    /// A demonym standing for its country (`Chinese`, `Russian`).
    Demonym,
    /// A definite role phrase (`the Russian President`, `the North`).
    RolePhrase,
    /// A personal pronoun (`he`, `she`, `it`, `they`, `his`).
    Pronoun,
    /// A definite description standing for an entity named earlier (`the
    /// company`, `the firm`, `the Japanese carmaker`); its kind is the kind of
    /// entity the head noun describes.
    Description,
}

/// A role carried by a mention: `North Korean leader Kim Jong Un` has title
/// `leader` of `North Korea`; `Kremlin aide Yuri Ushakov` has title `aide` of `Kremlin`.
#[derive(Debug, Clone, PartialEq)]
pub struct Role {
    /// Lower-case title as written (`leader`, `president`, `prime minister`, `aide`).
    pub title: String,
    /// What the role is of, as written (`North Korean`, `Kremlin`), if stated.
    pub of: Option<Span>,
}

/// A mention of an entity (or of something that may refer to one) in one sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Index of the sentence in the document.
    pub sentence: usize,
    /// The whole mention as written (`North Korean leader Kim Jong Un`).
    pub span: Span,
    /// The name proper (`Kim Jong Un`); equal to `span` for a bare name.
    pub name: Span,
    /// Best guess of the entity kind.
    pub kind: EntityKind,
    pub form: MentionForm,
    pub role: Option<Role>,
    /// Where an organisation's own name places it (`Swiss` of `Swiss National
    /// Bank`, `Japan` of `Bank of Japan`, `Boston` of `Bank of Boston`): a
    /// country, demonym or city inside [`Mention::name`]; for a description
    /// of an organisation, its demonym (`Japanese` of `the Japanese carmaker`).
    pub home: Option<Span>,
    /// A family or siblings named by their surname (`the Conlon family`,
    /// `the Barclay twins`, `the Conlon and Maguire families`): the collective
    /// noun (`family`, `twins`), and the entity is `<surname> <noun>`.
    pub family: Option<&'static str>,
    /// A government named by its country with the noun apart from it
    /// (`Japan's government`, `the government of Indonesia`): the governing
    /// body's noun (`government`); [`Mention::name`] is the country as
    /// written, and the entity is the country's first demonym and the noun
    /// (`Japanese government`), as news names it most.
    pub body: Option<&'static str>,
    /// The mention's head word is the subject of a clause (`nsubj`,
    /// `nsubj:pass` in the sentence's tree): a salient antecedent.
    pub subject: bool,
    /// The head word is the active subject (`nsubj`) of a verb, not of a
    /// copula's predicate (`Heathrow was busy`) nor a passive one: a doer.
    pub agent: bool,
}

impl Mention {
    /// A mention with no role, home, family or governing body, not (yet)
    /// marked a subject: what a finder knows before the later passes.
    pub fn bare(
        sentence: usize,
        span: Span,
        name: Span,
        kind: EntityKind,
        form: MentionForm,
    ) -> Mention {
        Mention {
            sentence,
            span,
            name,
            kind,
            form,
            role: None,
            home: None,
            family: None,
            body: None,
            subject: false,
            agent: false,
        }
    }
}
