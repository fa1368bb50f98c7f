//! Noun-phrase relations read from chunks: a chunked sentence with its mentions
//! in, knowledge-graph triples out: possessives with a preposition (`Russia 's
//! war against Ukraine`), appositive roles (`A , acting president of B ,`) and
//! the roles of titled mentions (`Kremlin aide Yuri Ushakov` → aide of Kremlin).

use super::normalize::push_lower;
use super::patterns::{Ctx, triple};
use super::{Argument, RawTriple, TripleKind};
use crate::nlp::chunk::NounPhrase;
use crate::nlp::{Tag, lexicon};
use crate::vocab::EntityKind;

/// Possessive relations, nominalised events and appositive roles.
pub(super) fn noun_phrase_patterns(ctx: &Ctx<'_>, out: &mut Vec<RawTriple>) {
    for np in &ctx.s.chunks.nps {
        possessive_relation(ctx, np, out);
        appositive_role(ctx, np, out);
    }
    titled_roles(ctx, out);
}

/// `Russia 's war against Ukraine`: a possessive with a prepositional phrase
/// between two entities, unless its noun is a person's title (`the company 's
/// organiser in Uganda`).
fn possessive_relation(ctx: &Ctx<'_>, np: &NounPhrase, out: &mut Vec<RawTriple>) {
    let s = ctx.s;
    let n = s.words.len();
    // `Russia 's war against Ukraine`.
    if let Some(pos) = np.possessive {
        let owner = (np.start, pos);
        // `the company's organiser in Uganda, Sarah Mukasa`: a title is its
        // holder's role (the tree families read it), no relation of the owner.
        let titled =
            (pos + 1..np.end).any(|k| lexicon::title(&ctx.word(k).to_lowercase()).is_some());
        if ctx.link(owner).is_some()
            && !titled
            && np.end + 1 < n
            && s.is_prep(np.end)
            && let Some(obj) = s.np_starting(np.end + 1)
            && ctx.link(obj).is_some()
        {
            let mut rel = String::new();
            for k in pos + 1..np.end {
                push_lower(&mut rel, ctx.word(k));
            }
            push_lower(&mut rel, ctx.word(np.end));
            let text = rel.clone();
            out.push(triple(
                ctx,
                owner,
                rel,
                text,
                obj,
                TripleKind::Possessive,
                0.6,
            ));
        }
    }
}

/// `A , acting president of B ,`: an appositive role.
fn appositive_role(ctx: &Ctx<'_>, np: &NounPhrase, out: &mut Vec<RawTriple>) {
    let s = ctx.s;
    let n = s.words.len();
    // `A , acting president of B ,`: an appositive role.
    if np.end + 3 < n
        && s.tags[np.end].tag == Tag::Comma
        && ctx.link((np.start, np.end)).is_some()
        && let Some(role) = s.np_starting(np.end + 1)
        && role.1 + 1 < n
        && ctx.word(role.1).eq_ignore_ascii_case("of")
        && ctx.link(role).is_none()
        && let Some(of) = s.np_starting(role.1 + 1)
        && ctx.link(of).is_some()
        && !held_at(ctx, of.1)
    {
        let mut rel = String::new();
        for k in role.0..role.1 {
            if !matches!(ctx.tag(k), Tag::DT | Tag::PRPS) {
                push_lower(&mut rel, ctx.word(k));
            }
        }
        rel.push_str(" of");
        let text = rel.clone();
        out.push(triple(
            ctx,
            (np.start, np.end),
            rel,
            text,
            of,
            TripleKind::Role,
            0.6,
        ));
    }
}

/// `head of Distribution and Exhibition at the UK Film Council`: an `at`
/// name within a few words after the `of` name (before any comma) is where the
/// role is held; the `of` name is a department of it.
fn held_at(ctx: &Ctx<'_>, from: usize) -> bool {
    let s = ctx.s;
    let end = (from + 6).min(s.words.len());
    for k in from..end {
        if s.tags[k].tag == Tag::Comma {
            return false;
        }
        if ctx.word(k).eq_ignore_ascii_case("at") {
            return s
                .np_starting(k + 1)
                .is_some_and(|at| ctx.link(at).is_some());
        }
    }
    false
}

/// Roles carried by titled mentions: `Kremlin aide Yuri Ushakov` → (Yuri
/// Ushakov; aide of; Kremlin). A role phrase (`the Federal Reserve
/// chairman`) carries its role too, for whoever resolution finds it names;
/// left unresolved, it gives no fact.
fn titled_roles(ctx: &Ctx<'_>, out: &mut Vec<RawTriple>) {
    use crate::nlp::MentionForm;
    for (i, m) in ctx.mentions.iter().enumerate() {
        let subject = match m.form {
            MentionForm::Name => m.name,
            MentionForm::RolePhrase if m.kind == EntityKind::Person => m.span,
            _ => continue,
        };
        if let Some(role) = &m.role
            && let Some(of) = role.of
        {
            let of_mention = ctx.mentions.iter().position(|x| x.span == of);
            // `US playwright Arthur Miller`: `playwright from`.
            let of_kind = of_mention
                .map(|k| ctx.mentions[k].kind)
                .or_else(|| lexicon::known_kind(of.of(ctx.text)))
                .or_else(|| lexicon::demonym(of.of(ctx.text)).map(|_| EntityKind::Country));
            let office =
                lexicon::title(&role.title).is_none_or(|t| super::prenominal::is_office(t.class));
            let demonym = of_mention.map_or_else(
                || lexicon::demonym(of.of(ctx.text)).is_some(),
                |k| ctx.mentions[k].form == MentionForm::Demonym,
            );
            let prep = super::prenominal::owner_preposition(
                office,
                of_kind.unwrap_or(EntityKind::Other),
                &role.title,
                demonym,
            );
            out.push(RawTriple::of_phrase(
                Argument {
                    span: subject,
                    mention: Some(i),
                },
                format!("{} {prep}", role.title),
                Argument {
                    span: of,
                    mention: of_mention,
                },
                TripleKind::Role,
                0.7,
            ));
        }
    }
}
