"""The one CoNLL-U reader of the project's Python scripts.

`read(text)` gives the sentences of a CoNLL-U text as lists of words, each a
tuple (form, UPOS, head, universal relation): the head an int (0 the root),
the relation without its subtype; multi-word tokens and empty nodes are
skipped.
"""


def read(text):
    """Sentences of a CoNLL-U text: lists of (form, upos, head, universal relation)."""
    sentences, words = [], []
    for line in text.splitlines():
        if not line.strip():
            if words:
                sentences.append(words)
                words = []
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if "-" in cols[0] or "." in cols[0]:
            continue
        words.append((cols[1], cols[3], int(cols[6]), cols[7].split(":")[0]))
    if words:
        sentences.append(words)
    return sentences
