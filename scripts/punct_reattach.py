#!/usr/bin/env python3
"""Would re-attaching punctuation after parsing raise the parser's UAS?

usage: scripts/punct_reattach.py TRAIN_GOLD:TRAIN_PRED TEST_GOLD:TEST_PRED [...]

Each argument pairs a gold CoNLL-U file with the parser's trees of the same
words, as `cargo run --release --example eval-parser -- GOLD --write PRED`
writes them. Punctuation heads nothing in kg's trees, so its attachment can be
chosen after parsing without changing any other arc. The candidates of a
punctuation token are the words on the head chains of its nearest non-punctuation
neighbours (left and right) that it can attach to without crossing an arc of the
predicted tree; an averaged perceptron (5 epochs, fixed seed) learns to choose
among them from the first pair (punctuation form, side, place on the chain,
relations and tags around, and whether the parser chose it) and is scored on the
others. It prints, per test pair, the punctuation tokens, how many the parser
attached right, how many the chooser would, and how many have their gold head
among the candidates at all.
"""
import collections
import random
import sys

from conllu import read

FORMS = set(",.\"'()-:;?!")


def read_file(path):
    with open(path, encoding="utf-8") as f:
        return read(f.read())


def projective(heads, h, p, skip):
    """Whether the arc h–p crosses no arc of a word outside `skip` (1-based)."""
    lo, hi = min(h, p), max(h, p)
    for d, hd in enumerate(heads, 1):
        if d in skip:
            continue
        a, b = min(hd, d), max(hd, d)
        if (lo < a < hi and not lo <= b <= hi) or (lo < b < hi and not lo <= a <= hi):
            return False
    return True


def candidates(words, heads, p):
    """Candidate heads of punctuation token p: head → [(side, rank, top, child)]."""
    punct = {i for i, w in enumerate(words, 1) if w[1] == "PUNCT"}
    out = {}
    for side, step in (("L", -1), ("R", 1)):
        q = p + step
        while 1 <= q <= len(words) and q in punct:
            q += step
        chain = []
        x = q if 1 <= q <= len(words) else 0
        while x != 0:
            if projective(heads, x, p, punct):
                chain.append(x)
            x = heads[x - 1]
        for k, c in enumerate(chain):
            below = chain[k - 1] if k else None
            out.setdefault(c, []).append((side, min(k, 3), k == len(chain) - 1, below))
    return out


def features(words, heads, p, c, infos, parser_head):
    n, form = len(words), words[p - 1][0]
    f = form if form in FORMS else "other"
    parity = ""
    if f in ("\"", "'"):
        parity = str(sum(1 for w in words[: p - 1] if w[0] == form) % 2)
    nxt = words[p][1] if p < n else "<end>"
    prv = words[p - 2][1] if p > 1 else "<start>"
    rel = words[c - 1][3] if c else "ROOT"
    tag = words[c - 1][1] if c else "ROOT"
    out = [("m", f, len(infos))]
    for side, k, top, below in infos:
        rb = words[below - 1][3] if below else "-"
        out += [
            ("a", f, side, k, top), ("b", f, side, top, rel), ("c", f, side, rb, rel),
            ("d", f, side, k, tag), ("e", f, parity, side, k, top), ("g", f, side, top, nxt),
            ("h", f, side, top, prv, nxt), ("i", f, side, k, top, p == n),
            ("j", f, side, rel, nxt), ("k", f, side, rb, nxt, top),
        ]
    if c == parser_head:
        out += [("P", f), ("P",)]
    return out


def examples(gold_path, pred_path):
    """(gold head, parser's head, [(candidate, features)]) per punctuation token."""
    for gold, pred in zip(read_file(gold_path), read_file(pred_path)):
        # The predicted tree, with the gold words' forms and tags for the features.
        tree = [(g[0], g[1], p[2], p[3]) for g, p in zip(gold, pred)]
        heads = [w[2] for w in tree]
        for p, (g, w) in enumerate(zip(gold, pred), 1):
            if g[1] != "PUNCT":
                continue
            cs = candidates(tree, heads, p)
            yield g[2], w[2], [(c, features(tree, heads, p, c, i, w[2])) for c, i in cs.items()]


def train(data):
    w, u, t = collections.defaultdict(float), collections.defaultdict(float), 1
    random.seed(1)
    for _ in range(5):
        random.shuffle(data)
        for gold, _, cs in data:
            best = max(cs, key=lambda x: sum(w[f] for f in x[1]))
            right = [x for x in cs if x[0] == gold]
            if right and best[0] != gold:
                for f in right[0][1]:
                    w[f] += 1
                    u[f] += t
                for f in best[1]:
                    w[f] -= 1
                    u[f] -= t
            t += 1
    return {f: w[f] - u[f] / t for f in w}


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    model = train([e for e in examples(*sys.argv[1].split(":")) if e[2]])
    for pair in sys.argv[2:]:
        total = parser = chooser = reachable = 0
        for gold, head, cs in examples(*pair.split(":")):
            total += 1
            parser += head == gold
            reachable += any(c == gold for c, _ in cs)
            if cs:
                best = max(cs, key=lambda x: sum(model.get(f, 0) for f in x[1]))
                chooser += best[0] == gold
        print(f"{pair}: {total} punctuation tokens; parser right {parser}, "
              f"chooser right {chooser}, gold head among the candidates {reachable}")


if __name__ == "__main__":
    main()
