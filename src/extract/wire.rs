//! Company relations in the fixed phrasing of wire-service business news, read
//! from the words and names of one [`TreeSentence`] rather than its tree: such
//! sentences are long runs of names and tickers that the parser often gets
//! wrong, while their wording is formulaic.
//!
//! - A part noun ([`lexicon::part_noun`]: `subsidiary`, `unit`, `affiliate`,
//!   `division`, `arm`) between its owner and a company: `Lynch Corp subsidiary
//!   Lynch Entertainment Corp`, `USX's <X> subsidiary, Marathon Oil Co`, `its
//!   South African subsidiary, American International Insurance Co Ltd`, or
//!   with the company before it (`its Fluor Daniel unit`) → `Y –subsidiary
//!   of→ X`. The owner is a company, possibly with its ticker and a
//!   possessive, or `its` (resolved by coreference); only adjectives, common
//!   nouns and countries stand between owner, noun and company.
//! - `X said wholly owned Y …`: `Y –subsidiary of→ X`.
//! - A securities issue: `X is issuing … , lead manager Y said` (or `said Y
//!   as lead manager`, `lead managed by Y`, `co-lead manager Y`) → `Y –lead
//!   manager for→ X`; the issuer (a company, a country, a city) opens the
//!   sentence and is the subject of its first verb, one of issuing.

use super::tree::{Named, TreeSentence};
use super::{Argument, RawTriple, TripleKind};
use crate::nlp::lexicon;
use crate::vocab::EntityKind;
use crate::vocab::function_words::ISSUE_VERBS;
use crate::vocab::legal::is_legal_form;

/// Add the wire-phrasing triples of `s` to `out`.
pub fn triples(s: &TreeSentence<'_>, out: &mut Vec<RawTriple>) {
    for p in 0..s.words.len() {
        let lower = s.words[p].to_lowercase();
        if lexicon::part_noun(&lower) && s.named(p).is_none() {
            part_noun(s, p, &lower, out);
        } else if lower == "wholly" {
            wholly_owned(s, p, out);
        } else if lower == "lead" || lower == "co-lead" {
            lead_manager(s, p, &lower, out);
        }
    }
}

/// The part noun `noun` at `p`: its company after it (`subsidiary, Y`) or
/// before it (`its Y unit`), and its owner before both.
fn part_noun(s: &TreeSentence<'_>, p: usize, noun: &str, out: &mut Vec<RawTriple>) {
    let relation = format!("{noun} of");
    let start = modifiers_before(s, p);
    // The company before the noun first: in `X's Y subsidiary, Z and W` the
    // name after the comma starts a list.
    if let Some((y, first)) = company_before(s, start)
        && let Some(owner) = owner_before(s, first)
    {
        push(s, y, owner, relation, out);
        return;
    }
    let comma = s.words.get(p + 1) == Some(&",");
    let Some(y) = company_at(s, if comma { p + 2 } else { p + 1 }) else {
        return;
    };
    // An appositive ends where the name does (`its subsidiary, Y, said`).
    let after = y.end + usize::from(s.words.get(y.end) == Some(&">"));
    let closed = s
        .words
        .get(after)
        .is_none_or(|w| matches!(*w, "," | "." | ")" | ";"));
    if (!comma || closed)
        && let Some(owner) = owner_before(s, start)
    {
        push(s, y, owner, relation, out);
    }
}

/// The company whose name ends right before word `end`, possibly in the angle
/// brackets that mark an unlisted company (`its <ARC America Corp> unit`), and
/// where it starts (at its `<`).
fn company_before<'s>(s: &'s TreeSentence<'_>, end: usize) -> Option<(&'s Named, usize)> {
    if let Some(y) = company_ending(s, end) {
        return Some((y, y.start));
    }
    let close = end.checked_sub(1).filter(|&c| s.words[c] == ">")?;
    // A ticker symbol (`<ORS>`) is no company of its own.
    let y = company_ending(s, close)
        .filter(|y| y.end - y.start > 1 || s.words[y.start].chars().any(char::is_lowercase))?;
    let open = y.start.checked_sub(1).filter(|&o| s.words[o] == "<")?;
    Some((y, open))
}

/// `American Barrick Resources Corp said wholly owned Barrick Resources (USA)
/// Inc completed the issue`: a company that is the subject of `said`, then
/// `wholly owned` and a company.
fn wholly_owned(s: &TreeSentence<'_>, p: usize, out: &mut Vec<RawTriple>) {
    let said = p.checked_sub(1).filter(|&q| s.words[q] == "said");
    let owned = s.words.get(p + 1).map(|w| w.to_lowercase());
    if let (Some(q), Some("owned")) = (said, owned.as_deref())
        && let Some(y) = company_at(s, p + 2)
        && let Some(x) = company_ending(s, skip_ticker(s, q))
    {
        push(s, y, argument(s, x), "subsidiary of".into(), out);
    }
}

/// `X is issuing …, lead manager Y said`: the bank named after `lead manager`
/// or `co-lead manager` (or `lead managed by`) and the issuer that opens the
/// sentence.
fn lead_manager(s: &TreeSentence<'_>, p: usize, lead: &str, out: &mut Vec<RawTriple>) {
    let next = |k: usize| s.words.get(k).map(|w| w.to_lowercase());
    let y = match next(p + 1).as_deref() {
        Some("manager" | "managers") => bank_at(s, p + 2).or_else(|| said_as(s, p)),
        Some("managed") if next(p + 2).as_deref() == Some("by") => bank_at(s, p + 3),
        _ => return,
    };
    if let (Some(y), Some(x)) = (y, issuer(s)) {
        push(s, y, argument(s, x), format!("{lead} manager for"), out);
    }
}

/// `said Credit Suisse First Boston as lead manager`, `Warburg Securities said
/// as lead manager`: the bank that said, before `as` and `lead` at `p`.
fn said_as<'s>(s: &'s TreeSentence<'_>, p: usize) -> Option<&'s Named> {
    let a = p.checked_sub(1).filter(|&a| s.words[a] == "as")?;
    if a > 0 && s.words[a - 1] == "said" {
        return bank_ending(s, a - 1);
    }
    let y = bank_ending(s, a)?;
    (y.start > 0 && s.words[y.start - 1] == "said").then_some(y)
}

/// A bank named at word `k` (in angle brackets or not): any name but a
/// country's or a city's, as the slot makes a bank of a name the recogniser
/// mistyped (`lead manager Societe Generale said`, read as a person).
fn bank_at<'s>(s: &'s TreeSentence<'_>, k: usize) -> Option<&'s Named> {
    name_at(s, k, bank_kind)
}

/// A bank whose name ends right before word `k`.
fn bank_ending<'s>(s: &'s TreeSentence<'_>, k: usize) -> Option<&'s Named> {
    name_ending(s, k, bank_kind)
}

fn bank_kind(kind: EntityKind) -> bool {
    !matches!(kind, EntityKind::Country | EntityKind::City)
}

/// The name that opens the sentence (after `The` or `<`) and is the subject
/// of its first verb, a verb of issuing (`is issuing`, `launched`, `is
/// planning`, `said it will issue`).
fn issuer<'s>(s: &'s TreeSentence<'_>) -> Option<&'s Named> {
    let first = s.named.iter().min_by_key(|n| n.start)?;
    let opens = first.start == 0
        || first.start == 1 && (s.words[0].eq_ignore_ascii_case("the") || s.words[0] == "<");
    // Any kind: the slot makes an issuer of a name the recogniser mistyped
    // (`Hamburgische Landesbank Girozentrale` as a person).
    if !opens {
        return None;
    }
    // The first verb past auxiliaries and `said it` (`X said it will issue`).
    let verb = (first.end..s.words.len().min(first.end + 16))
        .filter(|&k| s.tag(k).is_verb())
        .find(|&k| {
            let said_it = s.lemma(k) == "say" && s.words.get(k + 1) == Some(&"it");
            !said_it && !matches!(s.lemma(k), "be" | "have" | "will" | "to")
        })?;
    ISSUE_VERBS.contains(&s.lemma(verb)).then_some(first)
}

/// The company whose name starts at word `k`, or right after a `<` there
/// (`subsidiary, <Marrow Financial Corp>`).
fn company_at<'s>(s: &'s TreeSentence<'_>, k: usize) -> Option<&'s Named> {
    name_at(s, k, |kind| kind == EntityKind::Organization)
}

/// The company whose name ends right before word `k`.
fn company_ending<'s>(s: &'s TreeSentence<'_>, k: usize) -> Option<&'s Named> {
    name_ending(s, k, |kind| kind == EntityKind::Organization)
}

/// The name of a kind `keep` accepts starting at word `k`, or right after a
/// `<` there.
fn name_at<'s>(
    s: &'s TreeSentence<'_>,
    k: usize,
    keep: impl Fn(EntityKind) -> bool,
) -> Option<&'s Named> {
    let k = if s.words.get(k) == Some(&"<") {
        k + 1
    } else {
        k
    };
    (k < s.words.len())
        .then(|| s.named(k))
        .flatten()
        .filter(|n| n.start == k && keep(n.kind))
}

/// The name of a kind `keep` accepts ending right before word `k`.
fn name_ending<'s>(
    s: &'s TreeSentence<'_>,
    k: usize,
    keep: impl Fn(EntityKind) -> bool,
) -> Option<&'s Named> {
    k.checked_sub(1)
        .and_then(|e| s.named(e))
        .filter(|n| n.end == k && keep(n.kind))
}

/// The first of the modifiers right before word `p` (`South African`, `wholly
/// owned`, `U.S.`, `pipeline`): adjectives, participles, common nouns and
/// countries, at most four.
fn modifiers_before(s: &TreeSentence<'_>, p: usize) -> usize {
    let mut k = p;
    while k > 0 && p - k < 4 {
        let w = k - 1;
        let country = s
            .named(w)
            .is_some_and(|n| n.kind == EntityKind::Country && n.end == k);
        let tag = s.tag(w);
        let word = s.words[w].to_lowercase();
        let modifier = s.named(w).is_none()
            && (tag.is_adjective()
                || tag.is_noun() && !tag.is_proper()
                || matches!(word.as_str(), "wholly" | "owned" | "-" | "majority"));
        if country {
            k = s.named(w).map_or(w, |n| n.start);
        } else if modifier && !lexicon::part_noun(&word) {
            k = w;
        } else {
            break;
        }
    }
    k
}

/// The owner ending right before word `k`: `its`, or a company (its ticker
/// and a possessive may follow it). A company without a possessive must end in
/// a legal form (`Lynch Corp subsidiary`), so a name is not read as an owner
/// where it only modifies (`Exxon unit` in a heading).
fn owner_before(s: &TreeSentence<'_>, k: usize) -> Option<Argument> {
    let k = skip_ticker(s, k);
    let w = k.checked_sub(1)?;
    if s.words[w].eq_ignore_ascii_case("its") {
        let m = s.referring_head(w)?;
        return Some(Argument {
            span: s.a.mentions[m].span,
            mention: Some(m),
        });
    }
    let possessive = matches!(s.words[w], "'s" | "’s" | "'" | "’");
    let end = if possessive { skip_ticker(s, w) } else { k };
    let x = company_ending(s, end)?;
    let legal = is_legal_form(s.words[x.end - 1].trim_end_matches('.'));
    (possessive || legal).then(|| argument(s, x))
}

/// Word `k`, or the `<` of a ticker symbol (`<CGP>`) ending right before it.
fn skip_ticker(s: &TreeSentence<'_>, k: usize) -> usize {
    if k == 0 || s.words[k - 1] != ">" {
        return k;
    }
    (k.saturating_sub(6)..k - 1)
        .rev()
        .find(|&j| s.words[j] == "<")
        .unwrap_or(k)
}

fn argument(s: &TreeSentence<'_>, n: &Named) -> Argument {
    Argument {
        span: s.a.mentions[n.mention].name,
        mention: Some(n.mention),
    }
}

fn push(
    s: &TreeSentence<'_>,
    y: &Named,
    owner: Argument,
    relation: String,
    out: &mut Vec<RawTriple>,
) {
    if owner.mention == Some(y.mention) {
        return;
    }
    out.push(RawTriple::of_phrase(
        argument(s, y),
        relation,
        owner,
        TripleKind::Role,
        0.6,
    ));
}
