#!/usr/bin/env bash
# Soak: a Mirror follows CHANGES changes (default 1,000,000) while another thread adds and
# deletes IPv4 addresses in batches of 200 (benches/examples/mirror-soak.rs), in a private
# namespace (deleted on exit, the host untouched); the mirror's resident memory is printed
# every tenth of the way. Flat memory means nothing accumulates per event.
#
#   bash scripts/soak-mirror.sh      # as root; prints a Markdown table
set -euo pipefail
cd "$(dirname "$0")/.."
changes="${CHANGES:-1000000}"
source scripts/lib/private-netns.sh
private_netns nlsoak
ip netns add "$ns"
ip -n "$ns" link add s0 type veth peer name s1
ip -n "$ns" link set s0 up
cargo build -q --release -p nlcodec-benches --example mirror-soak
bin="${CARGO_TARGET_DIR:-target}/release/examples/mirror-soak"
start=$(date +%s%N)
out=$(ip netns exec "$ns" "$bin" s0 "$changes")
secs=$(( ($(date +%s%N) - start) / 1000000 ))
echo "| changes followed | resident memory KiB | objects held | resyncs |"
echo "|---:|---:|---:|---:|"
echo "$out" | awk '{printf "| %d | %d | %d | %d |\n", $2, $4, $6, $8}'
echo
echo "$changes changes in $secs ms"
