#!/usr/bin/env bash
# Rebuild the shipped parser model, src/nlp/model/parser.bin, byte for byte, and
# compare it with the one in the working tree.
#
# The model was trained at commit 4035fbd (5 Dec 2026). Its training set carries the
# part-of-speech tags kg's tagger gave at that commit (EWT train 5-fold jackknifed,
# GUM CC BY train tagged by the shipped tagger). The tagger's model has not changed
# since, but the rules kg applies after it have, so the same training command run on
# today's code tags the training set differently and writes another model. This
# script therefore:
#
#   1. checks out 4035fbd in a temporary worktree and builds its train-parser;
#   2. runs the documented training command there, saving the tagged training set
#      (--write-tagged);
#   3. trains again with today's train-parser from that tagged set (--tags file),
#      which shows that the training code itself is unchanged;
#   4. compares both models with src/nlp/model/parser.bin.
#
# Usage: scripts/reproduce_parser.sh [OUT_DIR]   (default /tmp/kg-parser-repro; run
# from the repository root of a full clone; DATA=... overrides ../shared/data).
# Deterministic; about 25 minutes on one core (two builds, the jackknife's five
# tagger trainings and two 15-epoch parser trainings). Exits 1 if a model differs.
# Measured 7 Dec 2026: both models identical to the shipped one (20,501,943 bytes).
set -euo pipefail

DATA=$(realpath "${DATA:-../shared/data}")
OUT=${1:-/tmp/kg-parser-repro}
ROOT=$(pwd)
TREE=$OUT/kg-4035fbd
EWT=$DATA/ud-english-ewt
GUM=$DATA/ud-english-gum
mkdir -p "$OUT"

if [ ! -d "$TREE" ]; then
    git worktree add --detach "$TREE" 4035fbd
fi
(
    cd "$TREE"
    cargo build --release --example train-parser
    ./target/release/examples/train-parser \
        "$EWT/en_ewt-ud-train.conllu" "$GUM/en_gum-ccby-train.conllu" \
        --jackknife "$EWT/en_ewt-ud-train.conllu" \
        --dev "$EWT/en_ewt-ud-dev.conllu" \
        -o "$OUT/parser-4035fbd.bin" --write-tagged "$OUT/tagged-4035fbd.conllu"
)
cargo build --release --example train-parser
./target/release/examples/train-parser "$OUT/tagged-4035fbd.conllu" --tags file \
    --dev "$EWT/en_ewt-ud-dev.conllu" -o "$OUT/parser-today.bin"

status=0
for m in parser-4035fbd.bin parser-today.bin; do
    if cmp "$OUT/$m" "$ROOT/src/nlp/model/parser.bin"; then
        echo "$m: identical to src/nlp/model/parser.bin"
    else
        status=1
    fi
done
git worktree remove --force "$TREE"
exit $status
