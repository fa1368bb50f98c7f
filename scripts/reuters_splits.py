#!/usr/bin/env python3
"""Count the splits and junk of issue 12 in a node-link JSON export of kg.

usage: scripts/reuters_splits.py EXPORT.json [--examples N]

Build the export with
    kg --graph /tmp/r.db ingest ../shared/data/reuters21578/articles
    kg --graph /tmp/r.db export --format json > /tmp/r.json
Counts (one line each, `name value`):
  bare_surname_splits  one-word person nodes whose word is the last word of
                       exactly one multi-word person node
  legal_form_splits    nodes `X <legal form>` beside a node `X`
  legal_form_splits_not_place   the same where `X` is no country, city or place
                       (`Chicago Corp` beside the city `Chicago` is no split)
  full_stop_splits     nodes `X.` beside a node `X`
  glued_date           person nodes `<weekday or month> X` beside a node `X`
  abbreviation         nodes of one or two words, one a financial abbreviation
                       or unit (`Shr`, `Avg`, `Qtr`, `Cts`, `Dlrs`, `Mln`, `Pct`)
Junk (issue 12: all must be 0), counted apart from the splits:
  junk_weekday         names opening or closing with a weekday (`Friday Reagan`,
                       `Clayton Yeutter Monday`); `Black Monday`, `Good Friday`
                       are events
  junk_month           names opening with a month that is no given name
                       (`February Traffic`), or `X <month>` where `X` is a node
                       (not a person `<given name> <May|June|…>`: `Bill May`,
                       a given name by the graph: first word of three or more
                       full names of people, more than it ends)
  junk_abbreviation    names with a wire abbreviation or unit anywhere
  junk_possessive      names opening or closing with a possessive `'s`/`'S`
                       (`'S Baker`, `Ameritech'S`) or holding a ticker bracket
                       (`Bell Atlantic'S <Bel`); a saint's place keeps its
                       `'s` (`St John's`)
  junk_org_person      person nodes whose last word is a legal form or an
                       organisation word (`Pennzoil Co`, `Chase Manhattan Bank`)
  typed_fact_docs      share of the graph's documents cited by a typed fact
  isolated             share of entities with no typed edge
"""
import json
import re
import sys

LEGAL = {"ab", "ag", "asa", "bhd", "bv", "co", "company", "corp", "corporation", "cos",
         "gmbh", "inc", "incorporated", "kk", "limited", "llc", "lp", "ltd", "ltda", "nl",
         "nv", "oy", "plc", "pty", "sa"}
CALENDAR = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr",
            "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
MONTH_GIVEN = {"april", "may", "june", "july", "august"}
ORG_WORDS = LEGAL | {"airlines", "airways", "association", "bancorp", "bank", "bankers",
                     "board", "commission", "committee", "corp.", "council", "exchange",
                     "federation", "fund", "group", "holdings", "industries", "institute",
                     "insurance", "ministry", "partners", "securities", "trust", "union",
                     "university"}
EVENT = {"ash", "black", "blue", "bloody", "cyber", "easter", "good", "holy", "maundy", "palm",
         "super"}
ABBREV = {"shr", "shrs", "avg", "qtr", "cts", "dlr", "dlrs", "mln", "bln", "pct", "stg",
          "revs", "oper", "mths", "yr", "nil"}


def main():
    path = sys.argv[1]
    examples = int(sys.argv[sys.argv.index("--examples") + 1]) if "--examples" in sys.argv else 0
    d = json.load(open(path))
    nodes = d["nodes"]
    names = {n["id"].lower(): n for n in nodes}
    typed = [e for e in d["edges"] if e.get("kind", "fact") == "fact"]
    out = {}
    ex = {}

    def add(key, name):
        out[key] = out.get(key, 0) + 1
        ex.setdefault(key, []).append(name)

    for k in ("bare_surname_splits", "legal_form_splits", "legal_form_splits_not_place",
              "full_stop_splits", "glued_date", "abbreviation"):
        out[k] = 0
    full_by_last = {}
    # A given name by the graph's own evidence: the first word of at least
    # three full names of people, and of more than end with it (`Bill`, not
    # `Reagan`): `Bill May` is a person surnamed May, not Bill glued to a month.
    first_count, last_count = {}, {}
    for n in nodes:
        w = n["id"].lower().split()
        if n["kind"] == "person" and len(w) > 1:
            first_count[w[0]] = first_count.get(w[0], 0) + 1
            last_count[w[-1]] = last_count.get(w[-1], 0) + 1

    def given_name(word):
        return first_count.get(word, 0) >= 3 and first_count.get(word, 0) > last_count.get(word, 0)

    for n in nodes:
        w = n["id"].split()
        if n["kind"] == "person" and len(w) > 1:
            full_by_last.setdefault(w[-1].lower().rstrip("."), []).append(n["id"])
    for n in nodes:
        name = n["id"]
        w = name.split()
        low = [x.lower().rstrip(".") for x in w]
        if n["kind"] == "person" and len(w) == 1 and len(full_by_last.get(low[0], [])) == 1:
            add("bare_surname_splits", f"{name} / {full_by_last[low[0]][0]}")
        if len(w) > 1 and low[-1] in LEGAL:
            bare = " ".join(w[:-1]).rstrip(",").lower()
            if bare in names:
                add("legal_form_splits", f"{name} / {names[bare]['id']}")
                if names[bare]["kind"] not in ("country", "city", "place"):
                    add("legal_form_splits_not_place", f"{name} / {names[bare]['id']}")
        if name.endswith(".") and len(name) > 1 and name[:-1].lower() in names:
            add("full_stop_splits", name)
        if n["kind"] == "person" and len(w) > 1 and low[0] in CALENDAR \
                and " ".join(w[1:]).lower() in names:
            add("glued_date", name)
        if low and len(w) <= 2 and any(x in ABBREV for x in low):
            add("abbreviation", name)
    for k in ("junk_weekday", "junk_month", "junk_abbreviation", "junk_possessive",
              "junk_org_person"):
        out[k] = 0
    for n in nodes:
        name = n["id"]
        w = name.split()
        low = [x.lower().strip(".,") for x in w]
        if not w:
            continue
        if len(w) > 1 and (low[0] in WEEKDAYS
                           or (low[-1] in WEEKDAYS and not (len(w) == 2 and low[0] in EVENT))):
            add("junk_weekday", name)
        elif len(w) > 1 and low[0] in CALENDAR and low[0] not in MONTH_GIVEN \
                and low[0] not in WEEKDAYS:
            add("junk_month", name)
        elif len(w) > 1 and low[-1] in CALENDAR and low[-1] not in WEEKDAYS \
                and " ".join(w[:-1]).lower() in names \
                and not (low[-1] in MONTH_GIVEN and n["kind"] == "person"
                         and len(w) == 2 and given_name(low[0])):
            add("junk_month", name)
        if any(x in ABBREV for x in low):
            add("junk_abbreviation", name)
        if re.search(r"^['\u2019]|['\u2019][sS]$|^[^\w]|[<>]", name) and low[0] not in ("st", "saint"):
            add("junk_possessive", name)
        if n["kind"] == "person" and len(w) > 1 and low[-1] in ORG_WORDS:
            add("junk_org_person", name)
    docs = d["graph"].get("documents") or 1
    cited = {ev["doc"] for e in typed for ev in e.get("evidence", [])}
    out["typed_fact_docs"] = round(len(cited) / docs, 4)
    touched = {e["source"] for e in typed} | {e["target"] for e in typed}
    out["isolated"] = round(1 - len(touched) / max(len(nodes), 1), 4)
    out["entities"] = len(nodes)
    out["typed_edges"] = len(typed)
    for k, v in out.items():
        print(f"{k} {v}")
    for k, v in ex.items():
        if examples:
            print(f"# {k}: " + " | ".join(v[:examples]))


if __name__ == "__main__":
    main()
