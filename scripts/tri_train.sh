#!/usr/bin/env bash
# Tri-training (agreement-based self-training) of the parser, end to end:
#
#   1. the tagged training set of the shipped model (EWT train with 5-fold jackknifed
#      tags, GUM CC BY train with the shipped tagger's), saved by --write-tagged;
#   2. a right-to-left parser trained on it (sentences reversed but for their final
#      punctuation: train-parser --reverse --keep-final-punct), scored on EWT dev/test
#      and GUM dev;
#   3. the Reuters-21578 stories as kg tokenizes, splits and tags them at run time
#      (kg extract --format conllu);
#   4. the sentences on which the shipped (left-to-right) parser and the right-to-left
#      one agree on every head and relation (examples/tri_parse.rs);
#   5. the left-to-right parser trained on the training set plus the agreed sentences
#      (and, for comparison, on the training set alone), each scored with eval-parser.
#
# Usage: scripts/tri_train.sh [OUT_DIR]   (default /tmp/kg-tri; run from the repository
# root; DATA=... overrides ../shared/data; SHARE=0.9 keeps the sentences whose parses
# agree on at least 90 % of the words, with the left-to-right tree, instead of all). Writes only into OUT_DIR; never touches
# src/nlp/model. Deterministic (fixed seeds); about 25 minutes on one core.
set -euo pipefail

DATA=${DATA:-../shared/data}
SHARE=${SHARE:-1}
OUT=${1:-/tmp/kg-tri}
EWT=$DATA/ud-english-ewt
GUM=$DATA/ud-english-gum
BIN=target/release
mkdir -p "$OUT"

cargo build --release --bin kg --example train-parser --example eval-parser --example tri-parse

evaluate() { # MODEL [eval-parser options]
    local model=$1
    shift
    for split in "$EWT/en_ewt-ud-dev.conllu" "$EWT/en_ewt-ud-test.conllu" "$GUM/en_gum-ccby-dev.conllu"; do
        echo "$(basename "$model") $(basename "$split"): $(KG_SPEED_PASSES=0 "$BIN/examples/eval-parser" "$split" "$model" "$@")"
    done
}

# 1. Tagged training set (the one epoch trained here is thrown away).
if [ ! -s "$OUT/tagged-train.conllu" ]; then
    "$BIN/examples/train-parser" "$EWT/en_ewt-ud-train.conllu" "$GUM/en_gum-ccby-train.conllu" \
        --jackknife "$EWT/en_ewt-ud-train.conllu" --dev "$EWT/en_ewt-ud-dev.conllu" --epochs 1 \
        --write-tagged "$OUT/tagged-train.conllu" -o "$OUT/one-epoch.bin"
fi

# 2. Right-to-left parser.
"$BIN/examples/train-parser" "$OUT/tagged-train.conllu" --tags file --reverse --keep-final-punct \
    --dev "$EWT/en_ewt-ud-dev.conllu" -o "$OUT/parser-r2l.bin"
evaluate "$OUT/parser-r2l.bin" --reverse --keep-final-punct

# 3. Unlabelled news as kg reads it.
"$BIN/kg" extract --format conllu "$DATA/reuters21578/articles" > "$OUT/reuters.conllu"

# 4. Sentences both parsers agree on.
"$BIN/examples/tri-parse" "$OUT/reuters.conllu" "$OUT/parser-r2l.bin" --keep-final-punct \
    --share "$SHARE" -o "$OUT/agreed.conllu"

# 5. Left-to-right parser with and without the agreed sentences.
"$BIN/examples/train-parser" "$OUT/tagged-train.conllu" --tags file \
    --dev "$EWT/en_ewt-ud-dev.conllu" -o "$OUT/parser-base.bin"
"$BIN/examples/train-parser" "$OUT/tagged-train.conllu" "$OUT/agreed.conllu" --tags file \
    --dev "$EWT/en_ewt-ud-dev.conllu" -o "$OUT/parser-tri.bin"
for model in "$OUT/parser-base.bin" "$OUT/parser-tri.bin"; do
    evaluate "$model"
    ls -l "$model"
done
