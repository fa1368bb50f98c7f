//! Measure kg's in-document coreference against GUM's gold chains.
//!
//! `cargo run --release --example eval-coref -- GUM.conllu [--docs N] [--errors]`
//! rebuilds each document's text from its `# text` lines (one sentence per
//! line, segmented as `kg extract --sentence-per-line` does), runs kg's own
//! analysis, extraction and in-document resolution, matches kg's mentions to the
//! gold mentions (exact span, else the kg span inside the gold span covering its
//! head word; see `kg::eval::coref::match_mentions`) and prints, per kg mention
//! form and overall: pairwise link precision/recall/F1 (a pair counts under the
//! form of its later mention), B³ and MUC over the matched mentions (kg's chains
//! are its entities plus its chains of pronouns only, `ResolvedMention::chain`), and mention
//! detection for names, pronouns and descriptions. `--docs N` reads only the
//! first N documents; `--errors` lists every wrong or missed pronoun and
//! description link. A tally of wrong links by pronoun (or description head)
//! and the gold type of the entity kg chose closes the report.

use std::collections::{BTreeMap, HashMap};

use anyhow::Context;
use kg::eval::coref::{Prf, Scored, b_cubed, gold_spans, links, match_mentions, muc};
use kg::eval::gum::{self, GumDocument};
use kg::extract::extract_sentences;
use kg::nlp::MentionForm;
use kg::pipeline::{Segmentation, analyse_document};
use kg::resolve::{ResolvedMention, resolve_mentions};
use kg::text::{Document, Span};

/// The kg mention forms the report groups by.
const CLASSES: [&str; 3] = ["name", "pronoun", "description"];

fn class(m: &ResolvedMention) -> usize {
    if m.role_owner {
        return 0;
    }
    match m.form {
        MentionForm::Name | MentionForm::Acronym | MentionForm::Demonym => 0,
        MentionForm::Pronoun => 1,
        MentionForm::RolePhrase | MentionForm::Description => 2,
    }
}

/// Detection counts of one row: gold mentions, matched gold, kg mentions, matched kg.
#[derive(Default, Clone, Copy)]
struct Detect {
    gold: usize,
    gold_found: usize,
    kg: usize,
    kg_found: usize,
}

#[derive(Default)]
struct Totals {
    links: [Prf; 3],
    b3: [Prf; 3],
    matched: [usize; 3],
    all_links: Prf,
    all_b3: Prf,
    muc: Prf,
    /// name, pronoun (all), pronoun (third person), description.
    detect: [Detect; 4],
    /// Anaphors (pronoun, description): right, wrong, missed, alone (no earlier gold mention matched).
    outcome: [[usize; 4]; 2],
    /// Wrong links by `anaphor → gold type of kg's antecedent`.
    wrong: BTreeMap<String, usize>,
}

fn main() -> anyhow::Result<()> {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let errors = args.iter().any(|a| a == "--errors");
    args.retain(|a| a != "--errors");
    let mut limit = usize::MAX;
    if let Some(at) = args.iter().position(|a| a == "--docs") {
        limit = args
            .get(at + 1)
            .and_then(|n| n.parse().ok())
            .context("--docs N")?;
        args.drain(at..at + 2);
    }
    let path = args
        .first()
        .context("usage: eval-coref GUM.conllu [--docs N] [--errors]")?;
    let text = std::fs::read_to_string(path).with_context(|| format!("reading {path}"))?;
    let docs = gum::parse(&text)?;
    let mut t = Totals::default();
    let (mut words, mut unaligned) = (0, 0);
    for doc in docs.iter().take(limit) {
        for s in &doc.sentences {
            words += s.words.len();
            unaligned += s.words.iter().filter(|w| w.start == w.end).count();
        }
        score_document(doc, &mut t, errors);
    }
    let n = docs.len().min(limit);
    println!("{path}: {n} documents, {words} words ({unaligned} not found in their `# text`)\n");
    println!("form          matched  links P      R     F1    B³ P      R     F1");
    let rows = CLASSES
        .iter()
        .enumerate()
        .map(|(c, name)| (*name, t.matched[c], t.links[c], t.b3[c]))
        .chain([("all", t.matched.iter().sum(), t.all_links, t.all_b3)]);
    for (name, matched, l, b) in rows {
        println!(
            "{name:<12} {matched:>8}  {:>7.3} {:>6.3} {:>6.3}  {:>6.3} {:>6.3} {:>6.3}",
            l.precision(),
            l.recall(),
            l.f1(),
            b.precision(),
            b.recall(),
            b.f1()
        );
    }
    println!(
        "MUC over matched mentions: P {:.3}  R {:.3}  F1 {:.3}\n",
        t.muc.precision(),
        t.muc.recall(),
        t.muc.f1()
    );
    println!("mention detection      gold  found  recall     kg  right  precision");
    let names = [
        "name (PROPN head)",
        "pronoun (all)",
        "pronoun (3rd person)",
        "description (NOUN)",
    ];
    for (name, d) in names.iter().zip(t.detect) {
        println!(
            "{name:<21} {:>5} {:>6}  {:>6.3} {:>6} {:>6}  {:>9.3}",
            d.gold,
            d.gold_found,
            ratio(d.gold_found, d.gold),
            d.kg,
            d.kg_found,
            ratio(d.kg_found, d.kg)
        );
    }
    println!("\nanaphors (matched)    right  wrong  missed  alone");
    for (name, o) in ["pronoun", "description"].iter().zip(t.outcome) {
        println!("{name:<20} {:>6} {:>6} {:>7} {:>7}", o[0], o[1], o[2], o[3]);
    }
    println!("\nwrong links by anaphor → gold type of kg's antecedent:");
    let mut wrong: Vec<(&String, &usize)> = t.wrong.iter().collect();
    wrong.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    for (k, v) in wrong {
        println!("{v:>5}  {k}");
    }
    Ok(())
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// Which gold mentions a detection row counts.
type GoldTest<'a> = Box<dyn Fn(usize) -> bool + 'a>;

fn score_document(doc: &GumDocument, t: &mut Totals, errors: bool) {
    let (text, offsets) = doc.text();
    let analysed = analyse_document(
        Document {
            name: doc.id.clone(),
            text,
        },
        Segmentation::Lines,
    );
    let ex = extract_sentences(&analysed.doc, analysed.sentences);
    let text = &analysed.doc.text;
    let (entities, mentions) = resolve_mentions(&analysed.doc, &ex);

    let gold = gold_spans(doc, &offsets);
    let mut chains: HashMap<&str, usize> = HashMap::new();
    let chain: Vec<usize> = doc
        .mentions
        .iter()
        .map(|m| {
            let n = chains.len();
            *chains.entry(m.chain.as_str()).or_insert(n)
        })
        .collect();
    let spans: Vec<Span> = mentions.iter().map(|m| m.span).collect();
    let matched = match_mentions(&gold, &spans);

    // Detection.
    let head_upos = |g: usize| {
        let m = &doc.mentions[g];
        doc.sentences[m.sentence].words[m.head].upos.as_str()
    };
    let pronoun = |g: usize| {
        let m = &doc.mentions[g];
        m.first == m.last && head_upos(g) == "PRON"
    };
    let third = |g: usize| {
        let m = &doc.mentions[g];
        pronoun(g) && doc.sentences[m.sentence].words[m.head].third_person
    };
    let found_by: Vec<Option<usize>> = {
        let mut f = vec![None; gold.len()];
        for (k, g) in matched.iter().enumerate() {
            if let Some(g) = g {
                f[*g] = Some(class(&mentions[k]));
            }
        }
        f
    };
    let rows: [(GoldTest, usize); 4] = [
        (Box::new(|g| head_upos(g) == "PROPN"), 0),
        (Box::new(pronoun), 1),
        (Box::new(third), 1),
        (Box::new(|g| head_upos(g) == "NOUN"), 2),
    ];
    for (row, (is_gold, c)) in rows.iter().enumerate() {
        let d = &mut t.detect[row];
        for g in (0..gold.len()).filter(|&g| is_gold(g)) {
            d.gold += 1;
            d.gold_found += usize::from(found_by[g] == Some(*c));
        }
        {
            for (k, m) in mentions.iter().enumerate() {
                if class(m) == *c {
                    d.kg += 1;
                    d.kg_found += usize::from(matched[k].is_some());
                }
            }
        }
    }

    // Coreference over the matched mentions, in document order.
    let order: Vec<usize> = {
        let mut o: Vec<usize> = (0..mentions.len())
            .filter(|&k| matched[k].is_some())
            .collect();
        o.sort_by_key(|&k| (mentions[k].span.start, mentions[k].span.end));
        o
    };
    let items: Vec<Scored> = order
        .iter()
        .map(|&k| Scored {
            gold: chain[matched[k].unwrap_or(0)],
            system: mentions[k].chain,
        })
        .collect();
    let classes: Vec<usize> = order.iter().map(|&k| class(&mentions[k])).collect();
    for c in 0..3 {
        t.links[c].add(links(&items, |j| classes[j] == c));
        t.b3[c].add(b_cubed(&items, |j| classes[j] == c));
        t.matched[c] += classes.iter().filter(|&&x| x == c).count();
    }
    t.all_links.add(links(&items, |_| true));
    t.all_b3.add(b_cubed(&items, |_| true));
    t.muc.add(muc(&items));

    // Anaphor outcomes.
    let etype = |i: usize| doc.mentions[matched[order[i]].unwrap_or(0)].etype.as_str();
    for j in 0..items.len() {
        let c = classes[j];
        if c == 0 {
            continue;
        }
        let earlier_gold = (0..j).any(|i| items[i].gold == items[j].gold);
        let antecedent = (0..j)
            .rev()
            .find(|&i| items[j].system.is_some() && items[i].system == items[j].system);
        let right = (0..j).any(|i| {
            items[i].gold == items[j].gold
                && items[j].system.is_some()
                && items[i].system == items[j].system
        });
        let outcome = match (right, antecedent, earlier_gold) {
            (true, _, _) => 0,
            (false, Some(_), _) => 1,
            (false, None, true) => 2,
            (false, None, false) => 3,
        };
        t.outcome[c - 1][outcome] += 1;
        let k = order[j];
        let anaphor = mentions[k].span.of(text);
        if outcome == 1 {
            let a = antecedent.unwrap_or(0);
            let word = if c == 1 {
                anaphor.to_lowercase()
            } else {
                format!("description ({})", etype(j))
            };
            *t.wrong.entry(format!("{word} → {}", etype(a))).or_default() += 1;
        }
        if errors && (outcome == 1 || outcome == 2) {
            let entity = mentions[k]
                .entity
                .map_or("-", |e| entities[e].name.as_str());
            let gold_first = (0..j)
                .find(|&i| items[i].gold == items[j].gold)
                .map_or("-", |i| mentions[order[i]].span.of(text));
            println!(
                "{} {}: {:?} ({}) kg → {:?} via {:?} ({}); gold antecedent {:?}",
                doc.id,
                ["right", "WRONG", "MISSED", "alone"][outcome],
                anaphor,
                etype(j),
                entity,
                antecedent.map_or("-", |a| mentions[order[a]].span.of(text)),
                antecedent.map_or("-", etype),
                gold_first,
            );
        }
    }
}
