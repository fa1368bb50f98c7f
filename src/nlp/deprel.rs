//! Universal Dependencies relation types: a CoNLL-U DEPREL string in, a one-byte
//! [`DepRel`] out (and back).
//!
//! Covers the 37 universal relations of UD v2 and the English subtypes that UD
//! English EWT and GUM use (v2.16 names such as `obl:unmarked` and `nmod:desc`, and
//! the older `obl:tmod`/`obl:npmod`/`nmod:tmod`/`nmod:npmod` names, so that older
//! treebanks read too). The dependency parser predicts them; fact extraction reads
//! them.

/// A UD dependency relation, with its English subtype when it has one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
#[repr(u8)]
pub enum DepRel {
    Acl,
    AclRelcl,
    Advcl,
    AdvclRelcl,
    Advmod,
    Amod,
    Appos,
    Aux,
    AuxPass,
    Case,
    Cc,
    CcPreconj,
    Ccomp,
    Clf,
    Compound,
    CompoundPrt,
    Conj,
    Cop,
    Csubj,
    CsubjOuter,
    CsubjPass,
    #[default]
    Dep,
    Det,
    DetPredet,
    Discourse,
    Dislocated,
    Expl,
    Fixed,
    Flat,
    FlatForeign,
    Goeswith,
    Iobj,
    List,
    Mark,
    Nmod,
    NmodDesc,
    NmodNpmod,
    NmodPoss,
    NmodTmod,
    NmodUnmarked,
    Nsubj,
    NsubjOuter,
    NsubjPass,
    Nummod,
    Obj,
    Obl,
    OblAgent,
    OblNpmod,
    OblTmod,
    OblUnmarked,
    Orphan,
    Parataxis,
    Punct,
    Reparandum,
    Root,
    Vocative,
    Xcomp,
}

impl DepRel {
    /// Every relation, in the order of their `u8` values.
    pub const ALL: [DepRel; 57] = [
        DepRel::Acl,
        DepRel::AclRelcl,
        DepRel::Advcl,
        DepRel::AdvclRelcl,
        DepRel::Advmod,
        DepRel::Amod,
        DepRel::Appos,
        DepRel::Aux,
        DepRel::AuxPass,
        DepRel::Case,
        DepRel::Cc,
        DepRel::CcPreconj,
        DepRel::Ccomp,
        DepRel::Clf,
        DepRel::Compound,
        DepRel::CompoundPrt,
        DepRel::Conj,
        DepRel::Cop,
        DepRel::Csubj,
        DepRel::CsubjOuter,
        DepRel::CsubjPass,
        DepRel::Dep,
        DepRel::Det,
        DepRel::DetPredet,
        DepRel::Discourse,
        DepRel::Dislocated,
        DepRel::Expl,
        DepRel::Fixed,
        DepRel::Flat,
        DepRel::FlatForeign,
        DepRel::Goeswith,
        DepRel::Iobj,
        DepRel::List,
        DepRel::Mark,
        DepRel::Nmod,
        DepRel::NmodDesc,
        DepRel::NmodNpmod,
        DepRel::NmodPoss,
        DepRel::NmodTmod,
        DepRel::NmodUnmarked,
        DepRel::Nsubj,
        DepRel::NsubjOuter,
        DepRel::NsubjPass,
        DepRel::Nummod,
        DepRel::Obj,
        DepRel::Obl,
        DepRel::OblAgent,
        DepRel::OblNpmod,
        DepRel::OblTmod,
        DepRel::OblUnmarked,
        DepRel::Orphan,
        DepRel::Parataxis,
        DepRel::Punct,
        DepRel::Reparandum,
        DepRel::Root,
        DepRel::Vocative,
        DepRel::Xcomp,
    ];

    /// The CoNLL-U name (`nsubj:pass`).
    pub fn as_str(self) -> &'static str {
        match self {
            DepRel::Acl => "acl",
            DepRel::AclRelcl => "acl:relcl",
            DepRel::Advcl => "advcl",
            DepRel::AdvclRelcl => "advcl:relcl",
            DepRel::Advmod => "advmod",
            DepRel::Amod => "amod",
            DepRel::Appos => "appos",
            DepRel::Aux => "aux",
            DepRel::AuxPass => "aux:pass",
            DepRel::Case => "case",
            DepRel::Cc => "cc",
            DepRel::CcPreconj => "cc:preconj",
            DepRel::Ccomp => "ccomp",
            DepRel::Clf => "clf",
            DepRel::Compound => "compound",
            DepRel::CompoundPrt => "compound:prt",
            DepRel::Conj => "conj",
            DepRel::Cop => "cop",
            DepRel::Csubj => "csubj",
            DepRel::CsubjOuter => "csubj:outer",
            DepRel::CsubjPass => "csubj:pass",
            DepRel::Dep => "dep",
            DepRel::Det => "det",
            DepRel::DetPredet => "det:predet",
            DepRel::Discourse => "discourse",
            DepRel::Dislocated => "dislocated",
            DepRel::Expl => "expl",
            DepRel::Fixed => "fixed",
            DepRel::Flat => "flat",
            DepRel::FlatForeign => "flat:foreign",
            DepRel::Goeswith => "goeswith",
            DepRel::Iobj => "iobj",
            DepRel::List => "list",
            DepRel::Mark => "mark",
            DepRel::Nmod => "nmod",
            DepRel::NmodDesc => "nmod:desc",
            DepRel::NmodNpmod => "nmod:npmod",
            DepRel::NmodPoss => "nmod:poss",
            DepRel::NmodTmod => "nmod:tmod",
            DepRel::NmodUnmarked => "nmod:unmarked",
            DepRel::Nsubj => "nsubj",
            DepRel::NsubjOuter => "nsubj:outer",
            DepRel::NsubjPass => "nsubj:pass",
            DepRel::Nummod => "nummod",
            DepRel::Obj => "obj",
            DepRel::Obl => "obl",
            DepRel::OblAgent => "obl:agent",
            DepRel::OblNpmod => "obl:npmod",
            DepRel::OblTmod => "obl:tmod",
            DepRel::OblUnmarked => "obl:unmarked",
            DepRel::Orphan => "orphan",
            DepRel::Parataxis => "parataxis",
            DepRel::Punct => "punct",
            DepRel::Reparandum => "reparandum",
            DepRel::Root => "root",
            DepRel::Vocative => "vocative",
            DepRel::Xcomp => "xcomp",
        }
    }

    /// Read a CoNLL-U name. An unknown subtype falls back to its universal relation
    /// (`obl:about` → `obl`); an unknown relation is `None`.
    pub fn parse(s: &str) -> Option<DepRel> {
        let exact = |s: &str| DepRel::ALL.into_iter().find(|r| r.as_str() == s);
        exact(s).or_else(|| s.split_once(':').and_then(|(u, _)| exact(u)))
    }

    /// The universal relation, without the subtype (`nsubj:pass` → `nsubj`).
    pub fn universal(self) -> DepRel {
        match self {
            DepRel::AclRelcl => DepRel::Acl,
            DepRel::AdvclRelcl => DepRel::Advcl,
            DepRel::AuxPass => DepRel::Aux,
            DepRel::CcPreconj => DepRel::Cc,
            DepRel::CompoundPrt => DepRel::Compound,
            DepRel::CsubjOuter | DepRel::CsubjPass => DepRel::Csubj,
            DepRel::DetPredet => DepRel::Det,
            DepRel::FlatForeign => DepRel::Flat,
            DepRel::NmodDesc
            | DepRel::NmodNpmod
            | DepRel::NmodPoss
            | DepRel::NmodTmod
            | DepRel::NmodUnmarked => DepRel::Nmod,
            DepRel::NsubjOuter | DepRel::NsubjPass => DepRel::Nsubj,
            DepRel::OblAgent | DepRel::OblNpmod | DepRel::OblTmod | DepRel::OblUnmarked => {
                DepRel::Obl
            }
            r => r,
        }
    }

    /// The relation with `u8` value `i`, if any.
    pub fn from_index(i: u8) -> Option<DepRel> {
        DepRel::ALL.get(i as usize).copied()
    }
}

impl std::fmt::Display for DepRel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_in_order() {
        for (i, r) in DepRel::ALL.into_iter().enumerate() {
            assert_eq!(r as usize, i, "{r}");
            assert_eq!(DepRel::parse(r.as_str()), Some(r));
            assert_eq!(DepRel::from_index(i as u8), Some(r));
            assert!(r.as_str().starts_with(r.universal().as_str()), "{r}");
        }
        assert_eq!(std::mem::size_of::<DepRel>(), 1);
    }

    #[test]
    fn subtypes_and_unknown_names() {
        let cases = [
            ("nsubj:pass", Some(DepRel::NsubjPass), "nsubj"),
            ("obl:tmod", Some(DepRel::OblTmod), "obl"),
            ("nmod:poss", Some(DepRel::NmodPoss), "nmod"),
            ("acl:relcl", Some(DepRel::AclRelcl), "acl"),
            ("compound:prt", Some(DepRel::CompoundPrt), "compound"),
            ("obl:about", Some(DepRel::Obl), "obl"),
            ("root", Some(DepRel::Root), "root"),
        ];
        for (name, rel, universal) in cases {
            assert_eq!(DepRel::parse(name), rel, "{name}");
            assert_eq!(rel.unwrap().universal().as_str(), universal, "{name}");
        }
        assert_eq!(DepRel::parse("nope"), None);
        assert_eq!(DepRel::parse(""), None);
    }
}
