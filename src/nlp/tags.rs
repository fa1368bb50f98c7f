//! Tag sets: Penn Treebank tags ([`Tag`], as in UD EWT's XPOS column) and Universal
//! POS tags ([`Upos`]). Both are `u8`-sized enums so tagged sentences stay compact.

use serde::{Deserialize, Serialize};

/// Penn Treebank part-of-speech tag (the XPOS tag set of UD English EWT).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[repr(u8)]
pub enum Tag {
    CC,
    CD,
    DT,
    EX,
    FW,
    IN,
    JJ,
    JJR,
    JJS,
    LS,
    MD,
    NN,
    NNS,
    NNP,
    NNPS,
    PDT,
    POS,
    PRP,
    PRPS,
    RB,
    RBR,
    RBS,
    RP,
    SYM,
    TO,
    UH,
    VB,
    VBD,
    VBG,
    VBN,
    VBP,
    VBZ,
    WDT,
    WP,
    WPS,
    WRB,
    /// `,`
    Comma,
    /// `.` `!` `?`
    Period,
    /// `:` `;` `--` `...`
    Colon,
    /// opening quote
    LQuote,
    /// closing quote
    RQuote,
    /// `-LRB-`
    LRB,
    /// `-RRB-`
    RRB,
    Hash,
    Dollar,
    HYPH,
    NFP,
    ADD,
    AFX,
    GW,
    XX,
}

impl Tag {
    /// All tags, in discriminant order.
    pub const ALL: [Tag; 51] = [
        Tag::CC,
        Tag::CD,
        Tag::DT,
        Tag::EX,
        Tag::FW,
        Tag::IN,
        Tag::JJ,
        Tag::JJR,
        Tag::JJS,
        Tag::LS,
        Tag::MD,
        Tag::NN,
        Tag::NNS,
        Tag::NNP,
        Tag::NNPS,
        Tag::PDT,
        Tag::POS,
        Tag::PRP,
        Tag::PRPS,
        Tag::RB,
        Tag::RBR,
        Tag::RBS,
        Tag::RP,
        Tag::SYM,
        Tag::TO,
        Tag::UH,
        Tag::VB,
        Tag::VBD,
        Tag::VBG,
        Tag::VBN,
        Tag::VBP,
        Tag::VBZ,
        Tag::WDT,
        Tag::WP,
        Tag::WPS,
        Tag::WRB,
        Tag::Comma,
        Tag::Period,
        Tag::Colon,
        Tag::LQuote,
        Tag::RQuote,
        Tag::LRB,
        Tag::RRB,
        Tag::Hash,
        Tag::Dollar,
        Tag::HYPH,
        Tag::NFP,
        Tag::ADD,
        Tag::AFX,
        Tag::GW,
        Tag::XX,
    ];

    /// The Penn Treebank spelling (`PRP$`, `,`, `-LRB-`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            Tag::CC => "CC",
            Tag::CD => "CD",
            Tag::DT => "DT",
            Tag::EX => "EX",
            Tag::FW => "FW",
            Tag::IN => "IN",
            Tag::JJ => "JJ",
            Tag::JJR => "JJR",
            Tag::JJS => "JJS",
            Tag::LS => "LS",
            Tag::MD => "MD",
            Tag::NN => "NN",
            Tag::NNS => "NNS",
            Tag::NNP => "NNP",
            Tag::NNPS => "NNPS",
            Tag::PDT => "PDT",
            Tag::POS => "POS",
            Tag::PRP => "PRP",
            Tag::PRPS => "PRP$",
            Tag::RB => "RB",
            Tag::RBR => "RBR",
            Tag::RBS => "RBS",
            Tag::RP => "RP",
            Tag::SYM => "SYM",
            Tag::TO => "TO",
            Tag::UH => "UH",
            Tag::VB => "VB",
            Tag::VBD => "VBD",
            Tag::VBG => "VBG",
            Tag::VBN => "VBN",
            Tag::VBP => "VBP",
            Tag::VBZ => "VBZ",
            Tag::WDT => "WDT",
            Tag::WP => "WP",
            Tag::WPS => "WP$",
            Tag::WRB => "WRB",
            Tag::Comma => ",",
            Tag::Period => ".",
            Tag::Colon => ":",
            Tag::LQuote => "``",
            Tag::RQuote => "''",
            Tag::LRB => "-LRB-",
            Tag::RRB => "-RRB-",
            Tag::Hash => "#",
            Tag::Dollar => "$",
            Tag::HYPH => "HYPH",
            Tag::NFP => "NFP",
            Tag::ADD => "ADD",
            Tag::AFX => "AFX",
            Tag::GW => "GW",
            Tag::XX => "XX",
        }
    }

    /// Parse a Penn Treebank tag as written in CoNLL-U XPOS (unknown → `None`).
    pub fn parse(s: &str) -> Option<Tag> {
        Tag::ALL.into_iter().find(|t| t.as_str() == s)
    }

    pub fn is_noun(self) -> bool {
        matches!(self, Tag::NN | Tag::NNS | Tag::NNP | Tag::NNPS)
    }
    pub fn is_proper(self) -> bool {
        matches!(self, Tag::NNP | Tag::NNPS)
    }
    pub fn is_verb(self) -> bool {
        matches!(
            self,
            Tag::VB | Tag::VBD | Tag::VBG | Tag::VBN | Tag::VBP | Tag::VBZ
        )
    }
    pub fn is_adjective(self) -> bool {
        matches!(self, Tag::JJ | Tag::JJR | Tag::JJS)
    }
    pub fn is_adverb(self) -> bool {
        matches!(self, Tag::RB | Tag::RBR | Tag::RBS | Tag::WRB)
    }
    pub fn is_punct(self) -> bool {
        matches!(
            self,
            Tag::Comma
                | Tag::Period
                | Tag::Colon
                | Tag::LQuote
                | Tag::RQuote
                | Tag::LRB
                | Tag::RRB
                | Tag::HYPH
                | Tag::NFP
        )
    }
}

/// Universal part-of-speech tag (UD v2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[repr(u8)]
pub enum Upos {
    ADJ,
    ADP,
    ADV,
    AUX,
    CCONJ,
    DET,
    INTJ,
    NOUN,
    NUM,
    PART,
    PRON,
    PROPN,
    PUNCT,
    SCONJ,
    SYM,
    VERB,
    X,
}

impl Upos {
    pub const ALL: [Upos; 17] = [
        Upos::ADJ,
        Upos::ADP,
        Upos::ADV,
        Upos::AUX,
        Upos::CCONJ,
        Upos::DET,
        Upos::INTJ,
        Upos::NOUN,
        Upos::NUM,
        Upos::PART,
        Upos::PRON,
        Upos::PROPN,
        Upos::PUNCT,
        Upos::SCONJ,
        Upos::SYM,
        Upos::VERB,
        Upos::X,
    ];
    pub fn as_str(self) -> &'static str {
        match self {
            Upos::ADJ => "ADJ",
            Upos::ADP => "ADP",
            Upos::ADV => "ADV",
            Upos::AUX => "AUX",
            Upos::CCONJ => "CCONJ",
            Upos::DET => "DET",
            Upos::INTJ => "INTJ",
            Upos::NOUN => "NOUN",
            Upos::NUM => "NUM",
            Upos::PART => "PART",
            Upos::PRON => "PRON",
            Upos::PROPN => "PROPN",
            Upos::PUNCT => "PUNCT",
            Upos::SCONJ => "SCONJ",
            Upos::SYM => "SYM",
            Upos::VERB => "VERB",
            Upos::X => "X",
        }
    }
    pub fn parse(s: &str) -> Option<Upos> {
        Upos::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

/// Both tags of one token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Tagged {
    pub tag: Tag,
    pub upos: Upos,
}
