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

use super::clause::{Clause, PREPOSITIONAL_PARTICIPLES, Range, Sent, SubjectVia};
use super::confidence::{Implicit, clause_features, implicit_features};
use super::normalize::{push_lower, push_word, verb_relation};
use super::{Argument, RawTriple, TripleKind};
use crate::nlp::Tag;
use crate::nlp::chunk::is_any;
use crate::nlp::lemma::lemma;
use crate::nlp::{Mention, lexicon};
use crate::text::{Span, Token};
use crate::vocab::{EntityKind, Modality};

/// The sentence being turned into triples, with its tokens and mentions.
pub struct Ctx<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    pub s: &'a Sent<'a>,
    pub mentions: &'a [Mention],
}

impl Ctx<'_> {
    fn span(&self, r: Range) -> Span {
        Span::new(self.tokens[r.0].span.start, self.tokens[r.1 - 1].span.end)
    }
    fn surface(&self, r: Range) -> &str {
        self.span(r).of(self.text)
    }
    /// The mention an argument names: one with the same span, else one covering the head.
    fn link(&self, r: Range) -> Option<usize> {
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
    fn arg(&self, r: Range) -> Argument {
        Argument {
            span: self.span(r),
            mention: self.link(r),
        }
    }
    fn word(&self, i: usize) -> &str {
        self.s.words[i]
    }
    fn tag(&self, i: usize) -> Tag {
        self.s.tags[i].tag
    }
    /// The conjuncts of a coordinated noun phrase (`A , B and C`), if `r` is one.
    fn conjuncts(&self, r: Range) -> Option<Vec<Range>> {
        let mut out = Vec::new();
        let mut i = r.0;
        loop {
            let np = self.s.chunks.np_at(i)?;
            if np.start != i || np.end > r.1 {
                return None;
            }
            let mut end = np.end;
            // `a group of other nations`: `of` phrases stay with their conjunct.
            while end + 1 < r.1 && self.word(end).eq_ignore_ascii_case("of") {
                match self.s.np_starting(end + 1) {
                    Some(x) if x.1 <= r.1 => end = x.1,
                    _ => break,
                }
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
        (out.len() > 1).then_some(out)
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
        let Some(mut object) = object else { continue };
        let skip_extra = usize::from(fallback && !c.extras.is_empty());
        let skip_opener = fallback && c.extras.is_empty();
        let mut fallback_prep = None;
        if skip_extra == 1 && s.is_prep(object.0) && object.1 > object.0 + 1 {
            fallback_prep = Some(object.0);
            object.0 += 1;
        }
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
        let mut t = triple(
            ctx,
            c.subject,
            relation.clone(),
            relation_text.clone(),
            object,
            TripleKind::Clause,
            conf,
        );
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
        t.extra.extend(c.extras.iter().skip(skip_extra).map(|&r| {
            let end = s.place_tail(r.1).unwrap_or(r.1);
            ctx.arg((r.0, end))
        }));
        if let Some(op) = c.opener.filter(|_| !skip_opener) {
            t.extra.push(ctx.arg(op));
        }
        t.negated = vg.negated;
        t.modality = modality_of(s, &vg);
        t.attribution = attribution.clone();
        out.push(t);

        let mut kg: Vec<(RawTriple, Range, Range)> = Vec::new();
        // Passive with a `by` agent, turned around.
        if vg.passive {
            if let Some(agent) = c
                .extras
                .iter()
                .chain(c.prep.map(|_| c.object.unwrap()).as_ref())
                .find(|r| r.0 > 0 && ctx.word(r.0).eq_ignore_ascii_case("by") && r.1 > r.0 + 1)
            {
                let a = (agent.0 + 1, agent.1);
                let rel = verb_relation(s.words, s.tags, &vg, false);
                kg.push((
                    triple(
                        ctx,
                        a,
                        rel,
                        relation_text.clone(),
                        c.subject,
                        TripleKind::Passive,
                        conf,
                    ),
                    a,
                    c.subject,
                ));
            }
            if c.prep
                .is_some_and(|p| ctx.word(p).eq_ignore_ascii_case("by"))
            {
                let rel = verb_relation(s.words, s.tags, &vg, false);
                kg.push((
                    triple(
                        ctx,
                        c.object.unwrap(),
                        rel,
                        relation_text.clone(),
                        c.subject,
                        TripleKind::Passive,
                        conf,
                    ),
                    c.object.unwrap(),
                    c.subject,
                ));
            }
        }
        // A non-entity object folded into the relation: `send troops to Russia`,
        // once for each prepositional argument that names an entity
        // (`hold talks in New York with Baker`).
        if let (Some(o), None) = (c.object, c.prep)
            && !vg.copula
            && !vg.passive
            && ctx.link(o).is_none()
            && let Some(np) = s.chunks.np_at(o.0).filter(|np| {
                np.end == o.1 && np.possessive.is_none() && s.tags[np.head].tag.is_noun()
            })
        {
            for (k, pp) in c.extras.iter().enumerate().take(3) {
                if !(s.is_prep(pp.0) && pp.1 > pp.0 + 1 && ctx.link((pp.0 + 1, pp.1)).is_some()) {
                    continue;
                }
                // `over the war in Ukraine`: after a phrase ending in a common noun,
                // a prepositional phrase belongs to that noun, not to the verb.
                if k > 0 && !s.tags[c.extras[k - 1].1 - 1].tag.is_proper() {
                    break;
                }
                let mut rel = verb_relation(s.words, s.tags, &vg, true);
                push_lower(&mut rel, ctx.word(np.head));
                push_lower(&mut rel, ctx.word(pp.0));
                let mut text = relation_text.clone();
                push_word(&mut text, ctx.surface(o));
                push_word(&mut text, ctx.word(pp.0));
                let obj = (pp.0 + 1, pp.1);
                kg.push((
                    triple(ctx, c.subject, rel, text, obj, TripleKind::Folded, conf),
                    c.subject,
                    obj,
                ));
            }
        }
        // Copula with a possessor or an `of` phrase: `China is North Korea 's biggest partner`.
        if vg.copula
            && c.prep.is_none()
            && let Some(o) = c.object
            && let Some(np) = s.chunks.np_at(o.0).filter(|np| np.start == o.0)
        {
            if let Some(pos) = np.possessive {
                let mut rel = String::new();
                for k in pos + 1..o.1 {
                    push_lower(&mut rel, ctx.word(k));
                }
                rel.push_str(" of");
                kg.push((
                    triple(
                        ctx,
                        c.subject,
                        rel,
                        relation_text.clone(),
                        (np.start, pos),
                        TripleKind::Copula,
                        conf,
                    ),
                    c.subject,
                    (np.start, pos),
                ));
            } else if np.end < n
                && ctx.word(np.end).eq_ignore_ascii_case("of")
                && let Some(of) = s.object_starting(np.end + 1)
            {
                let mut rel = String::new();
                for k in np.start..np.end {
                    if !matches!(ctx.tag(k), Tag::DT | Tag::PRPS) {
                        push_lower(&mut rel, ctx.word(k));
                    }
                }
                rel.push_str(" of");
                kg.push((
                    triple(
                        ctx,
                        c.subject,
                        rel,
                        relation_text.clone(),
                        of,
                        TripleKind::Copula,
                        conf,
                    ),
                    c.subject,
                    of,
                ));
            }
        }
        // Coordinated subjects and objects, fanned out over the clause and its variants.
        let main = (out.last().cloned(), c.subject, object);
        let mut fanned = Vec::new();
        for (t, sr, or) in main
            .0
            .map(|t| (t, main.1, main.2))
            .into_iter()
            .chain(kg.iter().cloned())
        {
            let subj = ctx.conjuncts(sr);
            let objs = ctx.conjuncts(or);
            if subj.is_none() && objs.is_none() {
                continue;
            }
            for &a in subj.as_deref().unwrap_or(&[sr]) {
                for &b in objs.as_deref().unwrap_or(&[or]) {
                    let mut x = t.clone();
                    x.subject = ctx.arg(a);
                    x.object = ctx.arg(b);
                    x.extra.clear();
                    if x.kind == TripleKind::Clause {
                        x.kind = TripleKind::Coordinated;
                    }
                    x.confidence *= 0.95;
                    fanned.push((x, a, b));
                }
            }
        }
        kg.extend(fanned);
        for (mut k, _, _) in kg {
            k.negated = vg.negated;
            k.modality = modality_of(s, &vg);
            k.attribution = attribution.clone();
            out.push(k);
        }
    }
    noun_phrase_patterns(ctx, &mut out);
    implicit(ctx, &mut out);
    for t in &mut out {
        squash_spaces(&mut t.relation);
        squash_spaces(&mut t.relation_text);
    }
    out
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
    let past = s
        .chunks
        .vgs
        .iter()
        .find(|g| g.finite)
        .is_some_and(|g| s.tags[g.start].tag == Tag::VBD);
    let head = s
        .chunks
        .np_at(c.subject.1 - 1)
        .map_or(c.subject.1 - 1, |np| np.head);
    let plural = matches!(s.tags[head].tag, Tag::NNS | Tag::NNPS)
        || is_any(s.words[head], &["they", "we", "these", "those"]);
    Some(match (past, plural) {
        (true, true) => "were",
        (true, false) => "was",
        (false, true) => "are",
        (false, false) => "is",
    })
}

/// Line breaks and runs of spaces inside a relation become one space
/// (`treasury\nsecretary of` → `treasury secretary of`).
fn squash_spaces(s: &mut String) {
    if s.contains(|c: char| c.is_whitespace() && c != ' ') || s.contains("  ") {
        *s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    }
}

/// Relations implied by noun-phrase structure, as Open IE tuples with low
/// confidence: appositives (`Cashel Byron , a prizefighter ,` → is), titles before
/// names (`President Bush` → Bush is President), possessives (`the RSNO 's base` →
/// has) and located names (`Henry Wood Hall in Glasgow` → is in).
fn implicit(ctx: &Ctx<'_>, out: &mut Vec<RawTriple>) {
    let s = ctx.s;
    let n = s.words.len();
    for np in &s.chunks.nps {
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
                    .is_some_and(|x| x.end < app.1 && ctx.word(x.end).eq_ignore_ascii_case("of"));
            if closes
                && common
                && !(app.1 < n && s.tags.get(app.1 + 1).is_some_and(|t| t.tag == Tag::CC))
            {
                out.push(triple(
                    ctx,
                    base,
                    "be".into(),
                    "is".into(),
                    app,
                    TripleKind::Implicit,
                    implicit_features(Implicit::Appositive, base, app, s).score(),
                ));
            }
        }
        // Possessive (`Zimbabwe 's Grain Marketing Board` → has); the resolve
        // stage turns a country's organisation into `organisation of`.
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
        // Located name (not a verb's object: `met Putin in Alaska` is no location of Putin).
        if np.end + 1 < n
            && !(np.start > 0 && s.tags[np.start - 1].tag.is_verb())
            && s.tags[np.head].tag.is_proper()
            && is_any(ctx.word(np.end), &["in", "at"])
            && ctx.tag(np.end) == Tag::IN
            && let Some(loc) = s.np_starting(np.end + 1)
            && s.tags[loc.1 - 1].tag.is_proper()
        {
            let text = format!("is {}", ctx.word(np.end).to_lowercase());
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
    }
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
                    "is".into(),
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
    let titled: Vec<Span> = out
        .iter()
        .filter(|t| t.kind == TripleKind::Implicit && t.relation == "be")
        .map(|t| t.subject.span)
        .collect();
    for np in &s.chunks.nps {
        // `producer Leo Graham`: a bare common-noun title before a name.
        let mut k = np.start;
        while k < np.end
            && matches!(ctx.tag(k), Tag::JJ | Tag::NN | Tag::NNS)
            && ctx.word(k).starts_with(char::is_lowercase)
        {
            k += 1;
        }
        if k > np.start
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
                "is".into(),
                (np.start, k),
                TripleKind::Implicit,
                implicit_features(Implicit::Compound, (k, np.end), (np.start, k), s).score(),
            ));
        }
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
                "is".into(),
                first,
                TripleKind::Implicit,
                implicit_features(Implicit::NamedAppositive, (np.start, np.end), first, s).score(),
            ));
        }
    }
}

/// Possessive relations, nominalised events and appositive roles.
fn noun_phrase_patterns(ctx: &Ctx<'_>, out: &mut Vec<RawTriple>) {
    let s = ctx.s;
    let n = s.words.len();
    for np in &s.chunks.nps {
        // `Russia 's war against Ukraine`.
        if let Some(pos) = np.possessive {
            let owner = (np.start, pos);
            if ctx.link(owner).is_some()
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
    // Roles carried by titled mentions: `Kremlin aide Yuri Ushakov` → (Yuri Ushakov; aide of; Kremlin).
    for (i, m) in ctx.mentions.iter().enumerate() {
        if m.form == crate::nlp::MentionForm::Name
            && let Some(role) = &m.role
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
            let prep =
                super::prenominal::owner_preposition(office, of_kind.unwrap_or(EntityKind::Other));
            out.push(RawTriple {
                subject: Argument {
                    span: m.name,
                    mention: Some(i),
                },
                relation: format!("{} {prep}", role.title),
                relation_text: format!("{} {prep}", role.title),
                object: Argument {
                    span: of,
                    mention: of_mention,
                },
                extra: Vec::new(),
                confidence: 0.7,
                negated: false,
                modality: None,
                attribution: None,
                kind: TripleKind::Role,
            });
        }
    }
    let _ = lemma;
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
