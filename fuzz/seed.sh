#!/usr/bin/env bash
# Writes the seed corpus into fuzz/corpus/<target>/: the hand-made edge cases of
# src/seeds.rs and pieces (whole messages, <= 1 KiB, 3 per capture) of every capture in testdata/
# (*.bin, and *.bin.gz decompressed). Re-run it when testdata/ changes. Existing corpus
# files are kept. Works on stable.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
testdata="$here/../testdata"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
captures=()
shopt -s nullglob
for f in "$testdata"/*.bin; do captures+=("$f"); done
for f in "$testdata"/*.bin.gz; do
    out="$tmp/$(basename "${f%.gz}")"
    gzip -dc "$f" > "$out"
    captures+=("$out")
done
cargo run --quiet --manifest-path "$here/Cargo.toml" --example seed -- "$here/corpus" "${captures[@]}"
