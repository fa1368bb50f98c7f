#!/usr/bin/env python3
"""Attachment scores of the trees `kg extract` prints, against a gold CoNLL-U file.

usage: scripts/pipeline_attachment.py GOLD.conllu [KG_BINARY]

The gold file's words go to `kg extract --format conllu --tokenized
--sentence-per-line` one sentence per line, as they are; its trees are scored
against the gold trees: UAS and LAS (universal relation, subtype stripped),
every word counted, punctuation included. Unlike `examples/eval_parser.rs`
(the parser alone on the tagger's tags), this is the whole language stage:
names forced to proper nouns before parsing, and the tree repairs of
`src/nlp/parser/repair.rs` after it. KG_BINARY defaults to target/release/kg.
"""
import subprocess
import sys

from conllu import read


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__.strip().splitlines()[2])
    gold = read(open(sys.argv[1], encoding="utf-8").read())
    kg = sys.argv[2] if len(sys.argv) == 3 else "target/release/kg"
    lines = "".join(" ".join(w[0] for w in s) + "\n" for s in gold)
    out = subprocess.run(
        [kg, "extract", "--format", "conllu", "--tokenized", "--sentence-per-line", "-"],
        input=lines, capture_output=True, text=True, check=True,
    ).stdout
    got = read(out)
    if len(got) != len(gold):
        sys.exit(f"kg gave {len(got)} sentences for {len(gold)}")
    words = heads = labels = 0
    for g, k in zip(gold, got):
        if len(g) != len(k):
            sys.exit(f"sentence of {len(g)} words came back with {len(k)}")
        for (_, _, gh, gr), (_, _, kh, kr) in zip(g, k):
            words += 1
            if gh == kh:
                heads += 1
                labels += gr == kr
    print(f"{words} words: UAS {100 * heads / words:.2f}%  LAS {100 * labels / words:.2f}%")


if __name__ == "__main__":
    main()
