//! Triple patterns: clauses and noun-phrase patterns of one sentence in, [`RawTriple`]s out.
//!
//! Every clause gives an Open IE tuple with its arguments as written (`Mr Kim`;
//! `took`; `his armoured train`; `to Beijing`). Knowledge-graph variants are added
//! where the as-written tuple is not what the graph wants: a passive with a
//! `by` agent turned around, a non-entity object folded into the relation
//! (`send troops to`), copulas with a possessor or an `of` phrase (`biggest
//! trading partner of`), coordinated subjects and objects fanned out. Noun-phrase
//! patterns add possessive relations (`Russia 's war against Ukraine`),
//! nominalised events (`a meeting between A and B`), appositive and title roles.

use super::clause::{Clause, Range, Sent, SubjectVia};
use super::confidence::clause_features;
use super::normalize::{push_lower, push_word, verb_relation};
use super::variants::variants;
use super::{Argument, RawTriple, TripleKind, implicit, roles};
use crate::nlp::Mention;
use crate::nlp::Tag;
use crate::nlp::chunk::is_any;
use crate::text::{Span, Token};
use crate::vocab::Modality;
use crate::vocab::function_words::PREPOSITIONAL_PARTICIPLES;

/// The sentence being turned into triples, with its tokens and mentions.
pub struct Ctx<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    pub s: &'a Sent<'a>,
    pub mentions: &'a [Mention],
}

impl Ctx<'_> {
    pub(super) fn span(&self, r: Range) -> Span {
        Span::new(self.tokens[r.0].span.start, self.tokens[r.1 - 1].span.end)
    }
    pub(super) fn surface(&self, r: Range) -> &str {
        self.span(r).of(self.text)
    }
    /// The mention an argument names: one with the same span, else one covering the head.
    pub(super) fn link(&self, r: Range) -> Option<usize> {
        let span = self.span(r);
        if let Some(i) = self
            .mentions
            .iter()
            .position(|m| m.span == span || m.name == span)
        {
            return Some(i);
        }
        let head = self.s.chunks.np_at(r.0).map(|np| np.head)?;
        if head >= r.1 {
            return None;
        }
        // A clause (`Columbia Gas said …` as a reported clause) names no entity.
        if (r.0..r.1).any(|k| self.s.chunks.vg_at(k).is_some()) {
            return None;
        }
        let h = self.tokens[head].span;
        self.mentions.iter().position(|m| {
            m.span.start >= span.start
                && m.span.end <= span.end
                && m.span.start <= h.start
                && m.span.end >= h.end
        })
    }
    pub(super) fn arg(&self, r: Range) -> Argument {
        Argument {
            span: self.span(r),
            mention: self.link(r),
        }
    }
    pub(super) fn word(&self, i: usize) -> &str {
        self.s.words[i]
    }
    pub(super) fn tag(&self, i: usize) -> Tag {
        self.s.tags[i].tag
    }
    /// The conjuncts of a coordinated noun phrase (`A , B and C`), if `r` is one.
    pub(super) fn conjuncts(&self, r: Range) -> Option<Vec<Range>> {
        let mut out = Vec::new();
        let mut i = r.0;
        loop {
            let np = self.s.chunks.np_at(i)?;
            if np.start != i || np.end > r.1 {
                return None;
            }
            let mut end = np.end;
            let common = !self.tag(np.end - 1).is_proper();
            // `a group of other nations`: `of` phrases stay with their conjunct.
            while end + 1 < r.1 && self.word(end).eq_ignore_ascii_case("of") {
                match self.s.np_starting(end + 1) {
                    Some(x) if x.1 <= r.1 => end = x.1,
                    _ => break,
                }
            }
            // `a tour of the UK and Ireland`: a common noun's `of` phrase
            // ending in a name, then a bare name, coordinates the two names
            // inside the phrase, not the noun with the second name (`debt of
            // Navistar and its unit Navistar Financial` is left as it was).
            if common
                && end > np.end
                && self.tag(end - 1).is_proper()
                && end < r.1
                && self.tag(end) == Tag::CC
                && self
                    .s
                    .np_starting(end + 1)
                    .is_some_and(|x| x.1 <= r.1 && (x.0..x.1).all(|k| self.tag(k).is_proper()))
            {
                return None;
            }
            out.push((np.start, end));
            i = end;
            if i >= r.1 {
                break;
            }
            while i < r.1 && (self.tag(i) == Tag::Comma || self.tag(i) == Tag::CC) {
                i += 1;
            }
        }
        // `rising 5% and Reynolds showing gains`: a quantity coordinated with a
        // noun phrase joins two clauses, not two objects.
        let quantity = |&(a, b): &Range| {
            (a..b).all(|i| {
                self.tag(i) == Tag::CD
                    || !self.word(i).starts_with(char::is_alphabetic)
                    || matches!(self.word(i), "pct" | "percent" | "per")
            })
        };
        (out.len() > 1 && !out.iter().any(quantity)).then_some(out)
    }
}

pub(crate) fn triple(
    ctx: &Ctx<'_>,
    subject: Range,
    relation: String,
    relation_text: String,
    object: Range,
    kind: TripleKind,
    confidence: f32,
) -> RawTriple {
    RawTriple {
        subject: ctx.arg(subject),
        relation,
        relation_text,
        object: ctx.arg(object),
        extra: Vec::new(),
        confidence,
        negated: false,
        modality: None,
        attribution: None,
        kind,
    }
}

/// The first modal verb of a verb group (`would` in `would not buy`).
fn modality_of(s: &Sent<'_>, vg: &crate::nlp::chunk::VerbGroup) -> Option<Modality> {
    if !vg.modal {
        return None;
    }
    (vg.start..vg.end)
        .filter(|&i| s.tags[i].tag == Tag::MD)
        .find_map(|i| Modality::of_word(s.words[i]))
}

/// All triples of one sentence.
pub fn triples(ctx: &Ctx<'_>, clauses: &[Clause]) -> Vec<RawTriple> {
    let s = ctx.s;
    let n = s.words.len();
    let mut out = Vec::new();
    // `According to X , …` attributes the sentence to X.
    let according = if n > 3
        && s.words[0].eq_ignore_ascii_case("according")
        && s.words[1].eq_ignore_ascii_case("to")
    {
        s.object_starting(2)
    } else {
        None
    };
    for c in clauses {
        clause_triples(ctx, clauses, c, according, &mut out);
    }
    roles::noun_phrase_patterns(ctx, &mut out);
    implicit::implicit(ctx, &mut out);
    for t in &mut out {
        squash_spaces(&mut t.relation);
        squash_spaces(&mut t.relation_text);
    }
    out
}

/// The Open IE tuple of clause `c` and its knowledge-graph variants, pushed to
/// `out`; `according` is a sentence's `According to X` source.
fn clause_triples(
    ctx: &Ctx<'_>,
    clauses: &[Clause],
    c: &Clause,
    according: Option<Range>,
    out: &mut Vec<RawTriple>,
) {
    let s = ctx.s;
    let vg = s.chunks.vgs[c.vg];
    let mut attribution = according.filter(|a| a.1 <= vg.start).map(|a| ctx.arg(a));
    for o in clauses {
        if let Some((cs, ce)) = o.complement
            && vg.start >= cs
            && vg.start < ce
            && o.vg != c.vg
        {
            attribution = Some(ctx.arg(o.subject));
        }
    }
    let feats = clause_features(c, s);
    let conf = feats.score();
    // Without object, the first further argument (or the sentence opener) stands in:
    // `these rebellions were crushed | after the Battle of Culloden`.
    let fallback = c.object.is_none() && c.complement.is_none();
    let object = c
        .object
        .or(c.complement)
        .or_else(|| c.extras.first().copied())
        .or(c.opener);
    let Some(mut object) = object else { return };
    let mut fallback_prep = None;
    if fallback && !c.extras.is_empty() && s.is_prep(object.0) && object.1 > object.0 + 1 {
        fallback_prep = Some(object.0);
        object.0 += 1;
    }
    let (relation, relation_text) = relation_of(ctx, c, fallback_prep);
    let mut t = triple(
        ctx,
        c.subject,
        relation,
        relation_text.clone(),
        object,
        TripleKind::Clause,
        conf,
    );
    further_arguments(ctx, c, &mut t, object, fallback);
    t.negated = vg.negated;
    t.modality = modality_of(s, &vg);
    t.attribution = attribution.clone();
    let kg = variants(ctx, c, &t, object, &relation_text, conf);
    out.push(t);
    for mut k in kg {
        k.negated = vg.negated;
        k.modality = modality_of(s, &vg);
        k.attribution = attribution.clone();
        out.push(k);
    }
}

/// The relation of clause `c`, normalised and as written: adverbs beside the
/// verb group, a participle's `be`, `that`, an adjective complement and the
/// folded preposition join it.
fn relation_of(ctx: &Ctx<'_>, c: &Clause, fallback_prep: Option<usize>) -> (String, String) {
    let s = ctx.s;
    let vg = s.chunks.vgs[c.vg];
    // Adverbs next to the verb group belong to the relation as written
    // (`often refers to`, `toured extensively throughout`).
    let is_adverb = |k: usize| {
        matches!(ctx.tag(k), Tag::RB | Tag::RBR | Tag::RBS) && s.chunks.np_at(k).is_none()
    };
    let mut rel_start = vg.start;
    while rel_start > c.subject.1 && is_adverb(rel_start - 1) {
        rel_start -= 1;
    }
    let next_arg = [c.prep.or(fallback_prep), c.that, c.object.map(|o| o.0)]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(vg.end);
    let mut rel_end = vg.end;
    while rel_end < next_arg && is_adverb(rel_end) {
        rel_end += 1;
    }
    let mut relation_text = ctx.surface((rel_start, rel_end)).to_string();
    // A participle standing for a reduced relative clause (`a think tank
    // founded in 2005`, `a total of seven issues spanning six hundred years`)
    // reads as a clause with its `be`.
    if let Some(be) = participle_be(s, c) {
        relation_text = format!("{be} {relation_text}");
    }
    let mut relation = verb_relation(s.words, s.tags, &vg, true);
    if let Some(t) = c.that {
        push_word(&mut relation_text, ctx.word(t));
    }
    if let Some(adj) = c.adjective {
        push_word(&mut relation_text, ctx.surface(adj));
        for k in adj.0..adj.1 {
            push_lower(&mut relation, ctx.word(k));
        }
    }
    if let Some(p) = c.prep.or(fallback_prep) {
        push_word(&mut relation_text, ctx.word(p));
        push_lower(&mut relation, ctx.word(p));
    }
    (relation, relation_text)
}

/// The further arguments of clause `c`'s tuple `t` as written: a participle
/// phrase or a place in apposition after the object, the reported clause after
/// an object, prepositional arguments and the sentence opener, none twice.
/// `fallback`: the object stands in for a missing one (the first further
/// argument, or the opener).
fn further_arguments(ctx: &Ctx<'_>, c: &Clause, t: &mut RawTriple, object: Range, fallback: bool) {
    let s = ctx.s;
    let skip_extra = usize::from(fallback && !c.extras.is_empty());
    let skip_opener = fallback && c.extras.is_empty();
    // Open IE arguments run on over a participle phrase or a place in
    // apposition (`Salt Lake City , Utah`); the graph keeps the bare phrase.
    if let Some(tail) = c.object_tail {
        t.extra.push(ctx.arg(tail));
    } else if let Some(e) = s.place_tail(object.1) {
        t.extra.push(ctx.arg((object.1, e)));
    }
    if let (Some(_), Some(comp)) = (c.object, c.complement) {
        t.extra.push(ctx.arg(comp));
    }
    for &r in c.extras.iter().skip(skip_extra) {
        let end = s.place_tail(r.1).unwrap_or(r.1);
        push_new(t, ctx.arg((r.0, end)));
    }
    if let Some(op) = c.opener.filter(|_| !skip_opener) {
        push_new(t, ctx.arg(op));
    }
}

/// The form of `be` a participle clause reads with (`a think tank | was founded
/// in | 2005`): a bare non-finite `-ed`/`-ing` group whose subject is the noun it
/// modifies; past when the sentence's first tensed verb is, plural for a plural
/// subject. Participles that work as prepositions (`including`) get none.
fn participle_be(s: &Sent<'_>, c: &Clause) -> Option<&'static str> {
    let vg = &s.chunks.vgs[c.vg];
    if c.via != SubjectVia::Participle
        || vg.finite
        || vg.infinitive
        || vg.start != vg.main
        || !matches!(s.tags[vg.main].tag, Tag::VBN | Tag::VBG)
        || is_any(s.words[vg.main], PREPOSITIONAL_PARTICIPLES)
    {
        return None;
    }
    Some("be")
}

/// Add a further argument unless the object or an earlier argument already
/// covers it (`found | an opening under the house | under the house`).
fn push_new(t: &mut RawTriple, a: Argument) {
    let covers = |b: &Argument| b.span.start <= a.span.start && a.span.end <= b.span.end;
    if !covers(&t.object) && !t.extra.iter().any(covers) {
        t.extra.push(a);
    }
}

/// Line breaks and runs of spaces inside a relation become one space
/// (`treasury\nsecretary of` → `treasury secretary of`).
fn squash_spaces(s: &mut String) {
    if s.contains(|c: char| c.is_whitespace() && c != ' ') || s.contains("  ") {
        *s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    }
}

#[cfg(test)]
mod tests {
    use super::squash_spaces;

    #[test]
    fn relations_have_single_spaces() {
        let rows = [
            ("treasury\nsecretary of", "treasury secretary of"),
            ("has  sent", "has sent"),
            ("arrive in", "arrive in"),
        ];
        for (input, want) in rows {
            let mut s = input.to_string();
            squash_spaces(&mut s);
            assert_eq!(s, want);
        }
    }
}
