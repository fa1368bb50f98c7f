#!/usr/bin/env bash
# Regenerate the README's picture (docs/kim-jong-un.svg) from the graph the
# current build makes of fixtures/: the neighbourhood of Kim Jong Un, depth 2.
# usage: scripts/readme_picture.sh   (needs Graphviz `dot`)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked --quiet
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
target/release/kg --graph "$tmp/kg.db" ingest fixtures/ 2>/dev/null
target/release/kg --graph "$tmp/kg.db" export --format dot --focus "Kim Jong Un" --depth 2 |
    dot -Tsvg > docs/kim-jong-un.svg
echo "wrote docs/kim-jong-un.svg"
