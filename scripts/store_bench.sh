#!/usr/bin/env bash
# Point queries on a large graph store, each as a whole `kg` process (open the
# store, answer, exit): `entity`, `neighbours` and `path` between random
# entities and from the biggest hub, best of 5 runs each, one statement that
# loads the whole graph (`kg stats`), and NetworkX answering the same
# questions as a whole Python process (load kg's JSON export, answer, exit).
#
# Needs /usr/bin/time (Debian package `time`) for the CPU times.
#
# usage: scripts/store_bench.sh [EDGES]        default 1000000; the store is built
#        once with `examples/synth_store.rs` in $TMPDIR and removed at the end
set -euo pipefail
cd "$(dirname "$0")/.."
edges=${1:-1000000}
cargo build --release --locked --quiet
cargo build --release --locked --quiet --example synth-store
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
store=$tmp/big.db
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
target/release/examples/synth-store "$store" "$edges"
kg=target/release/kg

# Entity names straight from the store's tables (the schema is documented).
names=$(python3 - "$store" <<'PY'
import random, sqlite3, sys
c = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
n = c.execute("SELECT count(*) FROM entities").fetchone()[0]
random.seed(7)
for i in random.sample(range(n), 6):
    print(c.execute("SELECT name FROM entities WHERE id = ?", (i,)).fetchone()[0])
hub = c.execute("SELECT source FROM edges GROUP BY source ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
print(c.execute("SELECT name FROM entities WHERE id = ?", (hub,)).fetchone()[0])
PY
)
mapfile -t n <<<"$names"

# Best wall time and best CPU time (user + system, in 10 ms ticks): on a
# machine shared with other work the wall time overstates the work.
best() {
    local q=$1 best=999999 cpu=999999 s e ms c
    for _ in 1 2 3 4 5; do
        s=$(date +%s%N)
        c=$({ /usr/bin/time -f '%U %S' "$kg" --graph "$store" query "$q" >/dev/null; } 2>&1 |
            awk 'END { printf "%d", ($1 + $2) * 1000 }')
        e=$(date +%s%N)
        ms=$(((e - s) / 1000000))
        ((ms < best)) && best=$ms
        ((c < cpu)) && cpu=$c
    done
    printf '%6d ms  (CPU %d ms)  %s\n' "$best" "$cpu" "$q"
}
for i in 0 1 2; do
    best "entity \"${n[i]}\""
    best "neighbours \"${n[i]}\""
    best "path \"${n[i]}\" to \"${n[i + 3]}\""
done
best "entity \"${n[6]}\""
best "path \"${n[6]}\" to \"${n[0]}\""

# NetworkX on the same graph, as a whole process too: load kg's node-link
# export, answer, exit (best of 3).
if python3 -c 'import networkx' 2>/dev/null; then
    "$kg" --graph "$store" export --format json -o "$tmp/g.json"
    nx_best() {
        local best=999999 s e ms
        for _ in 1 2 3; do
            s=$(date +%s%N)
            python3 scripts/nx_point.py "$tmp/g.json" "$@" >/dev/null
            e=$(date +%s%N)
            ms=$(((e - s) / 1000000))
            ((ms < best)) && best=$ms
        done
        printf '%6d ms  networkx %s\n' "$best" "$*"
    }
    nx_best entity "${n[0]}"
    nx_best neighbours "${n[0]}"
    nx_best path "${n[0]}" "${n[3]}"
else
    echo "note: python3 -m pip install networkx   for the NetworkX comparison"
fi
/usr/bin/time -f "%e s  kg stats (loads the whole graph), peak %M KiB" "$kg" --graph "$store" stats >/dev/null
