#!/usr/bin/env bash
# Regenerate the README's picture (docs/kim-jong-un.svg) from the graph the
# current build makes of fixtures/: the neighbourhood of Kim Jong Un, depth 2.
# The DOT it is drawn from is committed beside it (docs/kim-jong-un.dot); the
# test readme::the_readme_picture_is_what_kg_draws_now checks it against what
# kg draws now.
# usage: scripts/readme_picture.sh   (needs Graphviz `dot`)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked --quiet
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
target/release/kg --graph "$tmp/kg.db" ingest fixtures/ 2>/dev/null
target/release/kg --graph "$tmp/kg.db" export --format dot --focus "Kim Jong Un" --depth 2 \
    > docs/kim-jong-un.dot
dot -Tsvg docs/kim-jong-un.dot > docs/kim-jong-un.svg
echo "wrote docs/kim-jong-un.dot and docs/kim-jong-un.svg"
