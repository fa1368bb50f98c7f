//! Noun-phrase relations read from the dependency tree: one [`TreeSentence`] in,
//! the entity-level triples written inside noun phrases out.
//!
//! The largest share of facts in news is never a verb: `BA chairman Martin
//! Broughton`, `Rod Eddington, BA's chief executive`, `Stephen Toulouse, a
//! security manager at Microsoft`, `Martin Broughton is the chairman of BA`,
//! `Yukos' owner Menatep`, `Belfast's Lyric Theatre`. Each is a *role noun* (a
//! title from the lexicon, or a relational noun such as `owner`) joined to a name
//! (as its `compound` modifier, its appositive, or the predicate of a copula
//! whose subject is the name) and to an owner (the role noun's `compound`,
//! `nmod:poss` or prepositional `nmod`, or a demonym). The relation is the role
//! noun phrase with the owner's preposition (`chairman of`, `security manager
//! at`), so it reads like the sentence. A possessor that is a place gives `in`
//! (`Lyric Theatre –in→ Belfast`); a company's (a name ending in a legal form)
//! gives `unit of` (`Texas Air Corp's Eastern Airlines`); a person's
//! `of`/`from`/`at` phrase gives that preposition (`Barry Fitzpatrick –of→
//! NUJ`). Titles coordinated with a role noun share its owner (`chairman and
//! chief executive of Acme`).

//!
//! The family is read in three parts: `np_roles` finds the role nouns
//! of a name, `np_owners` the owners of a role noun, and
//! `np_links` the links between two names that need no role noun, and
//! `np_works` a work's author written as its possessor.

use super::np_links::{
    appositive_class_place, class_noun_place, home_in_name, maker_behind, maker_possessor,
    person_affiliation, possessor_company, possessor_place, work_by,
};
use super::np_owners::{
    OwnedBy, Owner, coordinated_owners, drop_departments, is_owner_kind, owners,
};
use super::np_roles::roles_of;
use super::tree::{Named, TreeSentence};
use super::{Argument, RawTriple, TripleKind};
use crate::nlp::{DepRel, lexicon};
use crate::vocab::EntityKind;

/// Add the noun-phrase triples of `s` to `out`.
pub fn triples(s: &TreeSentence<'_>, out: &mut Vec<RawTriple>) {
    for n in &s.named {
        for role in roles_of(s, n) {
            if role.owned_by == OwnedBy::Person && n.kind != EntityKind::Person {
                continue;
            }
            // `The Amsterdam unit of Societe Generale`: a place before a
            // relational noun says where the unit is; it is not the unit.
            if !role.person_title
                && lexicon::known_kind(s.a.mentions[n.mention].name.of(s.text)).is_some_and(|k| {
                    matches!(
                        k,
                        EntityKind::City | EntityKind::Place | EntityKind::Country
                    )
                })
                && s.tree.rel(n.head) == DepRel::Compound
                && s.tree.head(n.head) == Some(role.noun)
            {
                continue;
            }
            let mut found = owners(s, role.noun, role.owned_by);
            if found.is_empty() && role.person_title {
                found = coordinated_owners(s, role.noun);
            }
            if found.is_empty() && role.person_title {
                found.extend(appointer(s, n));
            }
            drop_departments(&mut found);
            if role.noun >= n.end && role.owned_by != OwnedBy::Person {
                // `Panhandle Eastern Corp's Trunkline Gas Co pipeline
                // subsidiary`: the name's possessor owns the role after it.
                for c in s.tree.children_by(n.head, |r| r == DepRel::NmodPoss) {
                    if let Some(o) = s.named_head(c).filter(|o| is_owner_kind(o.kind)) {
                        found.push(Owner::named(s, o, "of".to_string()));
                    }
                }
            }
            for owner in found {
                if owner.named.is_some_and(|o| o.mention == n.mention) {
                    continue;
                }
                // `Lenovo chairman Yang Yuanqing in Beijing`: an `in` phrase
                // after the name that follows the role noun places the
                // person (or the verb), whatever the parser hung it from.
                if role.noun < n.start
                    && owner.span.start >= s.a.tokens[n.end - 1].span.end
                    && owner.prep == "in"
                {
                    continue;
                }
                // `Japanese rival Nissan`: a demonym gives a relational noun a
                // nationality, not an owner; so does a country's name
                // compounded to a company's (`US rival Reebok`, `its UK unit
                // Asda`; not `US ally Britain`).
                let country_compound = n.kind == EntityKind::Organization
                    && owner.kind == EntityKind::Country
                    && owner.named.is_some_and(|o| {
                        s.tree.rel(o.head) == DepRel::Compound
                            && s.tree.head(o.head) == Some(role.noun)
                    });
                if !role.person_title && (owner.demonym || country_compound) {
                    continue;
                }
                // `voted Fergus Crane the winner of …`: a work wins as a person does.
                if role.person_title
                    && !matches!(
                        n.kind,
                        EntityKind::Person | EntityKind::Other | EntityKind::Work
                    )
                {
                    continue;
                }
                // `US playwright Eve Ensler`: `playwright from`.
                let prep = if role.person_title && owner.prep == "of" {
                    super::prenominal::owner_preposition(
                        role.office,
                        owner.kind,
                        &role.phrase,
                        owner.demonym,
                    )
                } else {
                    owner.prep.as_str()
                };
                let relation = format!("{} {prep}", role.phrase);
                out.push(triple(
                    s,
                    n,
                    &owner,
                    relation,
                    TripleKind::Role,
                    role.confidence,
                ));
            }
        }
        possessor_place(s, n, out);
        appositive_class_place(s, n, out);
        class_noun_place(s, n, out);
        possessor_company(s, n, out);
        person_affiliation(s, n, out);
        work_by(s, n, out);
        maker_behind(s, n, out);
        maker_possessor(s, n, out);
        super::np_works::work_author(s, n, out);
        home_in_name(s, n, out);
    }
}

/// `Acme Corp named Jane Doe (as) chief financial officer`: a post given with
/// no owner of its own is in the body that gives it, the subject of an
/// appointing verb ([`lexicon::appointing_verb`]) whose object is the name.
fn appointer<'a>(s: &'a TreeSentence<'a>, n: &Named) -> Option<Owner<'a>> {
    let t = s.tree;
    // The name, or the title it was read as a compound of (`appointed John
    // Smith chairman`), is the verb's object.
    let object = match t.rel(n.head) {
        DepRel::Compound => t.head(n.head).filter(|&k| k > n.head)?,
        _ => n.head,
    };
    let verb = t.head(object).filter(|_| t.rel(object) == DepRel::Obj)?;
    if !lexicon::appointing_verb(&s.lemma(verb).to_lowercase()) {
        return None;
    }
    let subject = t.child(verb, DepRel::Nsubj)?;
    let o = s
        .named_head(subject)
        .filter(|o| matches!(o.kind, EntityKind::Organization | EntityKind::Group))?;
    Some(Owner::named(s, o, "of".to_string()))
}

pub(super) fn triple(
    s: &TreeSentence<'_>,
    n: &Named,
    owner: &Owner<'_>,
    relation: String,
    kind: TripleKind,
    confidence: f32,
) -> RawTriple {
    RawTriple::of_phrase(
        Argument {
            span: s.a.mentions[n.mention].name,
            mention: Some(n.mention),
        },
        relation,
        Argument {
            span: owner.span,
            mention: owner.mention,
        },
        kind,
        confidence,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tree::testing::{check_rows, run_family};

    /// Triples of one pre-tokenized sentence with a hand-written tree
    /// (`head:rel` per word, heads 1-based), as `subject | relation | object`.
    fn run(sentence: &str, arcs: &str) -> Vec<String> {
        run_family(sentence, arcs, triples, |text, t| {
            format!(
                "{} | {} | {}",
                t.subject.span.of(text),
                t.relation,
                t.object.span.of(text)
            )
        })
    }

    #[test]
    fn noun_phrase_relations() {
        // (sentence, tree, must give, must not give)
        let rows: &[(&str, &str, &[&str], &[&str])] = &[
            (
                "BA chairman Martin Broughton said the company would cut jobs .",
                "2:compound 3:compound 5:nsubj 3:flat 0:root 7:det 9:nsubj 9:aux 5:ccomp 9:obj 5:punct",
                &["Martin Broughton | chairman of | BA"],
                &[],
            ),
            (
                "Rod Eddington , BA 's chief executive , said the airline was recovering .",
                "10:nsubj 1:flat 7:punct 7:nmod:poss 4:case 7:amod 1:appos 7:punct 0:root 12:det 14:nsubj 14:aux 10:ccomp 10:punct",
                &["Rod Eddington | chief executive of | BA"],
                &[],
            ),
            (
                "Stephen Toulouse , a security manager at Microsoft , said the patch was ready .",
                "10:nsubj 1:flat 6:punct 6:det 6:compound 1:appos 8:case 6:nmod 6:punct 0:root 12:det 14:nsubj 14:cop 10:ccomp 10:punct",
                &["Stephen Toulouse | security manager at | Microsoft"],
                &[],
            ),
            (
                // A title read as a conjunct of the name after a comma, and
                // coordinated titles sharing one owner.
                "John Smith , chairman and chief executive of Acme Corp , said sales rose .",
                "12:nsubj 1:flat 4:punct 1:conj 7:cc 7:amod 4:conj 10:case 10:compound 7:nmod 1:punct 0:root 14:nsubj 12:ccomp 12:punct",
                &[
                    "John Smith | chairman of | Acme Corp",
                    "John Smith | chief executive of | Acme Corp",
                ],
                &[],
            ),
            (
                "Martin Broughton is the chairman of BA .",
                "5:nsubj 1:flat 5:cop 5:det 0:root 7:case 5:nmod 5:punct",
                &["Martin Broughton | chairman of | BA"],
                &[],
            ),
            (
                // A person's title does not describe an organisation.
                "Microsoft chairman Acme Corp said nothing .",
                "2:compound 4:compound 4:compound 5:nsubj 0:root 5:obj 5:punct",
                &[],
                &["Acme Corp | chairman of | Microsoft"],
            ),
            (
                "Michael Howard 's wife , Sandra , is to play a role .",
                "4:nmod:poss 1:flat 1:case 10:nsubj 6:punct 4:appos 6:punct 10:aux 10:mark 0:root 12:det 10:obj 10:punct",
                &["Sandra | wife of | Michael Howard"],
                &[],
            ),
            (
                // Kin of an organisation is nothing.
                "Microsoft 's wife , Sandra , spoke .",
                "3:nmod:poss 1:case 7:nsubj 5:punct 3:appos 5:punct 0:root 7:punct",
                &[],
                &["Sandra | wife of | Microsoft"],
            ),
            (
                // An appositive read as an `nmod` after a comma; a
                // description owner (`the work`) is resolved later.
                "But the work 's author , US playwright Eve Ensler , says it .",
                "12:cc 3:det 5:nmod:poss 3:case 12:nsubj 8:punct 8:compound 9:nmod:desc 5:nmod 9:flat 5:punct 0:root 12:obj 12:punct",
                &["Eve Ensler | author of | the work"],
                &[],
            ),
            (
                // A name inside the name is not a title.
                "Kim Jong Un met Vladimir Putin .",
                "4:nsubj 1:flat 1:flat 0:root 4:obj 5:flat 4:punct",
                &[],
                &["Kim Jong Un | of | Vladimir Putin"],
            ),
        ];
        check_rows(rows, run);
    }
}
