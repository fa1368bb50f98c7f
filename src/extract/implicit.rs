//! Relations implied by noun-phrase structure, as Open IE tuples (`--format
//! carb`): a chunked sentence with its mentions in, low-confidence `be`, `has`
//! and `be in` tuples out, from appositives, titles before names, possessives,
//! located names and places in apposition (`Mount Vernon , Ind.`). No verb is
//! written, so no tense either: the relation is the lemma `be`. The graph keeps
//! only a country's organisation of them, as `based in` ([`crate::resolve`]).

use super::confidence::{Implicit, implicit_features};
use super::patterns::{Ctx, triple};

use super::{Argument, RawTriple, TripleKind};
use crate::nlp::Tag;
use crate::nlp::chunk::NounPhrase;
use crate::nlp::chunk::is_any;
use crate::text::Span;

/// Relations implied by noun-phrase structure, as Open IE tuples with low
/// confidence: appositives (`Cashel Byron , a prizefighter ,` → is), titles before
/// names (`President Bush` → Bush is President), possessives (`the RSNO 's base` →
/// has) and located names (`Henry Wood Hall in Glasgow` → is in).
pub(super) fn implicit(ctx: &Ctx<'_>, out: &mut Vec<RawTriple>) {
    for np in &ctx.s.chunks.nps {
        appositive(ctx, np, out);
        possessive(ctx, np, out);
        located(ctx, np, out);
    }
    titles(ctx, out);
    let titled: Vec<Span> = out
        .iter()
        .filter(|t| t.kind == TripleKind::Implicit && t.relation == "be")
        .map(|t| t.subject.span)
        .collect();
    for np in &ctx.s.chunks.nps {
        compound_title(ctx, np, &titled, out);
        named_appositive(ctx, np, out);
    }
}

/// An appositive after a name (`Cashel Byron , a prizefighter ,` → is).
fn appositive(ctx: &Ctx<'_>, np: &NounPhrase, out: &mut Vec<RawTriple>) {
    let s = ctx.s;
    let n = s.words.len();
    let base = (np.start, np.end);
    // Appositive.
    if np.end + 2 < n
        && ctx.tag(np.end) == Tag::Comma
        && s.tags[np.head].tag.is_proper()
        && let Some(app) = s.object_starting(np.end + 1)
    {
        let closes = app.1 >= n || matches!(ctx.tag(app.1), Tag::Comma | Tag::Period);
        let common = matches!(
            ctx.tag(app.0),
            Tag::DT | Tag::PRPS | Tag::JJ | Tag::JJS | Tag::NN | Tag::NNS | Tag::CD
        ) && !s.tags[s.chunks.np_at(app.0).map_or(app.0, |x| x.head)]
            .tag
            .is_proper()
            || s.chunks
                .np_at(app.0)
                .is_some_and(|x| x.end < app.1 && ctx.word(x.end).eq_ignore_ascii_case("of"))
            // `Orkem , France 's third - largest chemical group ,`
            || s.chunks.np_at(app.0).is_some_and(|x| {
                x.start == app.0 && x.possessive.is_some() && !s.tags[x.head].tag.is_proper()
            });
        if closes
            && common
            && !(app.1 < n && s.tags.get(app.1 + 1).is_some_and(|t| t.tag == Tag::CC))
        {
            out.push(triple(
                ctx,
                base,
                "be".into(),
                "be".into(),
                app,
                TripleKind::Implicit,
                implicit_features(Implicit::Appositive, base, app, s).score(),
            ));
        }
    }
}

/// A possessive (`Zimbabwe 's Grain Marketing Board` → has); the resolve stage
/// turns a country's organisation into `based in`.
fn possessive(ctx: &Ctx<'_>, np: &NounPhrase, out: &mut Vec<RawTriple>) {
    let s = ctx.s;
    // Possessive (`Zimbabwe 's Grain Marketing Board` → has); the resolve
    // stage turns a country's organisation into `based in`.
    if let Some(pos) = np.possessive
        && pos > np.start
        && pos + 1 < np.end
    {
        let owner = (np.start, pos);
        let rest = (pos + 1, np.end);
        out.push(triple(
            ctx,
            owner,
            "have".into(),
            "has".into(),
            rest,
            TripleKind::Implicit,
            implicit_features(Implicit::Possessive, owner, rest, s).score(),
        ));
    }
}

/// A located name (`Henry Wood Hall in Glasgow` → is in), not a verb's object
/// (`met Putin in Alaska` is no location of Putin).
fn located(ctx: &Ctx<'_>, np: &NounPhrase, out: &mut Vec<RawTriple>) {
    let s = ctx.s;
    let n = s.words.len();
    let base = (np.start, np.end);
    // Located name (not a verb's object: `met Putin in Alaska` is no location of Putin).
    if np.end + 1 < n
        && !(np.start > 0 && s.tags[np.start - 1].tag.is_verb())
        && s.tags[np.head].tag.is_proper()
        && is_any(ctx.word(np.end), &["in", "at"])
        && ctx.tag(np.end) == Tag::IN
        && let Some(loc) = s.np_starting(np.end + 1)
        && s.tags[loc.1 - 1].tag.is_proper()
    {
        let text = format!("be {}", ctx.word(np.end).to_lowercase());
        let rel = format!("be {}", ctx.word(np.end).to_lowercase());
        out.push(triple(
            ctx,
            base,
            rel,
            text,
            loc,
            TripleKind::Implicit,
            implicit_features(Implicit::Located, base, loc, s).score(),
        ));
    }
    // A place in apposition after a name (`Mount Vernon , Ind.`, `Tampa ,
    // Florida ,`): the name is in it.
    if s.tags[np.head].tag.is_proper()
        && np.head + 1 == np.end
        && let Some(e) = s.place_tail(np.end)
    {
        let place = (np.end + 1, e);
        out.push(triple(
            ctx,
            base,
            "be in".into(),
            "be in".into(),
            place,
            TripleKind::Implicit,
            implicit_features(Implicit::Located, base, place, s).score(),
        ));
    }
}

/// Titles before names (`President Bush` → Bush is President).
fn titles(ctx: &Ctx<'_>, out: &mut Vec<RawTriple>) {
    let s = ctx.s;
    // Titles before names.
    for (i, m) in ctx.mentions.iter().enumerate() {
        if m.role.is_some()
            && m.span.start < m.name.start
            && m.form == crate::nlp::MentionForm::Name
        {
            let title_end = ctx.tokens.iter().rposition(|t| t.span.end <= m.name.start);
            let first = ctx.tokens.iter().position(|t| t.span.start >= m.span.start);
            if let (Some(a), Some(b)) = (first, title_end)
                && a <= b
            {
                let mut t = triple(
                    ctx,
                    (a, b + 1),
                    "be".into(),
                    "be".into(),
                    (a, b + 1),
                    TripleKind::Implicit,
                    implicit_features(Implicit::Title, (b + 1, b + 2), (a, b + 1), s).score(),
                );
                t.subject = Argument {
                    span: m.name,
                    mention: Some(i),
                };
                out.push(t);
            }
        }
    }
}

/// A bare common-noun title before a name (`producer Leo Graham`), unless a
/// title tuple already has that name (`titled`).
fn compound_title(ctx: &Ctx<'_>, np: &NounPhrase, titled: &[Span], out: &mut Vec<RawTriple>) {
    let s = ctx.s;
    // `producer Leo Graham`: a bare common-noun title before a name, perhaps
    // with its owner (`Childers 's biographer Andrew Boyle`).
    let first = np.possessive.map_or(np.start, |p| p + 1);
    let mut k = first;
    while k < np.end
        && matches!(ctx.tag(k), Tag::JJ | Tag::NN | Tag::NNS)
        && ctx.word(k).starts_with(char::is_lowercase)
    {
        k += 1;
    }
    if k > first
        && k < np.end
        && s.tags[k - 1].tag.is_noun()
        && (k..np.end).all(|j| s.tags[j].tag.is_proper())
        && np.end - k >= 2
        && !titled.contains(&ctx.span((k, np.end)))
    {
        out.push(triple(
            ctx,
            (k, np.end),
            "be".into(),
            "be".into(),
            (np.start, k),
            TripleKind::Implicit,
            implicit_features(Implicit::Compound, (k, np.end), (np.start, k), s).score(),
        ));
    }
}

/// A name in apposition after a phrase that starts its clause (`The brightest
/// star in Serpens , Alpha Serpentis ,` → is).
fn named_appositive(ctx: &Ctx<'_>, np: &NounPhrase, out: &mut Vec<RawTriple>) {
    let s = ctx.s;
    let n = s.words.len();
    // `The brightest star in Serpens , Alpha Serpentis ,`: a name in apposition.
    if np.start >= 2
        && ctx.tag(np.start - 1) == Tag::Comma
        && (np.start..np.end).all(|j| s.tags[j].tag.is_proper())
        && np.end < n
        && matches!(ctx.tag(np.end), Tag::Comma)
        && let Some(first) = s.subject_ending(np.start - 2)
        && matches!(ctx.tag(first.0), Tag::DT | Tag::PRPS)
        && s.clause_initial(first.0)
    {
        out.push(triple(
            ctx,
            (np.start, np.end),
            "be".into(),
            "be".into(),
            first,
            TripleKind::Implicit,
            implicit_features(Implicit::NamedAppositive, (np.start, np.end), first, s).score(),
        ));
    }
}
