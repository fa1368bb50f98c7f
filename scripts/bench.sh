#!/usr/bin/env bash
# kg's performance figures in one run: release build, then `kgbench` (extraction
# throughput on 1 and all cores, `kg ingest` under /usr/bin/time -v with graph
# size and a thread-count determinism check, load time and query latency on the
# corpus graph and on a synthetic 1 M-edge graph, NetworkX on the same queries),
# then one more full ingest into a fresh SQLite store, timed the same way.
#
# usage: scripts/bench.sh [ARTICLES_DIR] [kgbench options: --runs N --edges N --threads N --no-nx --json FILE ...]
#        scripts/bench.sh --smoke            tiny and quick, needs no data
#
# ARTICLES_DIR defaults to ../shared/data/reuters21578/articles when it exists
# (the Reuters-21578 corpus, not part of this repository).
set -euo pipefail
cd "$(dirname "$0")/.."

args=("$@")
dir=""
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then
    dir=$1
elif [[ " $* " != *" --smoke "* ]] && [ -d ../shared/data/reuters21578/articles ]; then
    dir=../shared/data/reuters21578/articles
    args=("$dir" "$@")
fi

echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB RAM"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
if ! python3 -c 'import networkx' 2>/dev/null; then
    echo "note: python3 -m pip install networkx scipy   for the NetworkX comparison"
fi

cargo build --release --locked --quiet
cargo bench --locked --quiet --bench kgbench -- "${args[@]}"

if [ -n "$dir" ] && [ -x /usr/bin/time ]; then
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    echo
    echo "kg ingest into a new store (kg.db), /usr/bin/time -v:"
    /usr/bin/time -v target/release/kg --graph "$tmp/kg.db" ingest "$dir" 2>&1 |
        grep -E 'kg: |Elapsed \(wall|Maximum resident|User time|System time'
    echo "kg.db: $(stat -c %s "$tmp/kg.db") bytes"
fi

if [[ " $* " != *" --smoke "* ]]; then
    echo
    echo "point queries on a 1 M-edge store, whole processes, beside NetworkX:"
    scripts/store_bench.sh 1000000
fi
