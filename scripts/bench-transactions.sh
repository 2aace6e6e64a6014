#!/usr/bin/env bash
# Transactions and pipelining against the tools, same run, each run in a fresh private
# namespace (deleted after; the host's interfaces, addresses and rules never touched):
#   - nftables: `nft-block --file` with N addresses (default 100,000; one transaction:
#     table, set, base chain, rule, elements) vs `nft -f` loading the same table, set,
#     chain, rule and elements;
#   - rtnetlink: M IPv4 addresses (default 10,000) added to a veth pipelined
#     (`Socket::transaction`) vs one request at a time (`call`) vs `ip -batch`.
# Each figure is the median of RUNS runs (default 5) of the whole process (wall time,
# start to exit); ratios are to the tool (`nft -f`, `ip -batch`).
#
#   bash scripts/bench-transactions.sh       # as root; prints a Markdown table
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-5}"
n="${ELEMENTS:-100000}"
m="${ADDRESSES:-10000}"
source scripts/lib/private-netns.sh
private_netns nlbench
command -v nft >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nftables) >/dev/null
cargo build -q --release -p nlcodec-socket --example nft-block
cargo build -q --release -p nlcodec-benches --example addr-adds
target="${CARGO_TARGET_DIR:-target}"
work="$(mktemp -d)"

python3 - "$n" "$m" "$work" <<'PY'
import ipaddress, sys
n, m, work = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
addrs = [str(ipaddress.IPv4Address(0x0A000000 + i)) for i in range(n)]
open(f"{work}/addrs.txt", "w").write("\n".join(addrs) + "\n")
with open(f"{work}/ruleset.nft", "w") as f:
    f.write("table inet nlcodec {\n  set blocked { type ipv4_addr; }\n"
            "  chain input { type filter hook input priority 0; policy accept; "
            "ip saddr @blocked counter drop; }\n}\n")
    f.write("add element inet nlcodec blocked { " + ", ".join(addrs) + " }\n")
with open(f"{work}/ip.batch", "w") as f:
    for i in range(m):
        f.write(f"addr add {ipaddress.IPv4Address(0x0A000000 + i)}/32 dev b0\n")
PY

# Wall ms of "$@" run in a fresh namespace (with veth b0/b1 when $veth is set).
fresh() {
  ip netns del "$ns" 2>/dev/null || true
  ip netns add "$ns"
  if [ -n "${veth:-}" ]; then
    ip -n "$ns" link add b0 type veth peer name b1
    ip -n "$ns" link set b0 up
  fi
  local t0 t1
  t0=$(date +%s%N)
  ip netns exec "$ns" "$@" >/dev/null
  t1=$(date +%s%N)
  echo $(( (t1 - t0) / 1000 ))
}
median() { sort -n | awk '{a[NR]=$1} END {m=a[int((NR+1)/2)]; printf "%.1f", m/1000}'; }
repeat() { for _ in $(seq "$runs"); do fresh "$@"; done | median; }

veth= nft_ours=$(repeat "$target/release/examples/nft-block" --file "$work/addrs.txt")
veth= nft_theirs=$(repeat nft -f "$work/ruleset.nft")
# Both loaded the same thing: compare the element counts once.
ip netns del "$ns" 2>/dev/null || true; ip netns add "$ns"
ip netns exec "$ns" "$target/release/examples/nft-block" --file "$work/addrs.txt"
ours_count=$(ip netns exec "$ns" nft -j list set inet nlcodec blocked | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["nftables"][1]["set"]["elem"]))')
[ "$ours_count" = "$n" ] || { echo "nft-block loaded $ours_count of $n elements" >&2; exit 1; }

veth=1 pipe=$(repeat "$target/release/examples/addr-adds" pipelined "$m" b0)
veth=1 single=$(repeat "$target/release/examples/addr-adds" one-by-one "$m" b0)
veth=1 ipb=$(repeat ip -batch "$work/ip.batch")

python3 - "$n" "$m" "$runs" "$nft_ours" "$nft_theirs" "$pipe" "$single" "$ipb" <<'PY'
import sys
n, m, runs = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
ours, nft, pipe, single, ipb = map(float, sys.argv[4:9])
print(f"| job (median of {runs}, whole process) | wall ms | × the tool |")
print("|---|---:|---:|")
print(f"| `nft-block --file`, {n:,} addresses (one transaction) | {ours:.1f} | {ours/nft:.2f} |")
print(f"| `nft -f`, the same table, set, chain, rule and elements | {nft:.1f} | 1.00 |")
print(f"| {m:,} `RTM_NEWADDR` pipelined (`Socket::transaction`) | {pipe:.1f} | {pipe/ipb:.2f} |")
print(f"| {m:,} `RTM_NEWADDR` one at a time (`call`) | {single:.1f} | {single/ipb:.2f} |")
print(f"| `ip -batch`, the same {m:,} `addr add` | {ipb:.1f} | 1.00 |")
PY
