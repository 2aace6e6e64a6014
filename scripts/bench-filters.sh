#!/usr/bin/env bash
# Kernel-side dump filters against filtering in user space, same run: a private namespace
# with the benches' 110,024-route table (benches/gen-route-dump.sh --populate; deleted on
# exit, the host's routes never touched), and for each of its tables other than main
# (100, 1000), that table's routes asked for two ways (benches/examples/filter-routes.rs):
# `Socket::routes` with a RouteFilter (strict checking; the kernel walks and sends one
# table) and a streaming dump of every route kept by table in user space. Median of RUNS
# dumps (default 21) in one process each.
#
#   bash scripts/bench-filters.sh      # as root; prints a Markdown table
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-21}"
source scripts/lib/private-netns.sh
private_netns nlfilter
bash benches/gen-route-dump.sh --populate "$ns"
cargo build -q --release -p nlcodec-benches --example filter-routes
bin="${CARGO_TARGET_DIR:-target}/release/examples/filter-routes"
total=$(ip netns exec "$ns" ip -j route show table all | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
total6=$(ip netns exec "$ns" ip -j -6 route show table all | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
median() { python3 -c '
import statistics, sys
lines = sys.stdin.read().split()
walls = [int(x) for x in lines if x.isdigit()]
routes = lines[lines.index("routes") + 1]
print(f"{statistics.median(walls) / 1e6:.2f} {routes}")'; }
echo "| table | its routes | routes in all tables, both families | kernel filter ms | user-space filter ms | × |"
echo "|---|---:|---:|---:|---:|---:|"
for t in 100 1000; do
  read -r k kc < <(ip netns exec "$ns" "$bin" kernel "$t" "$runs" | median)
  read -r u uc < <(ip netns exec "$ns" "$bin" user "$t" "$runs" | median)
  if [ "$kc" != "$uc" ]; then
    echo "table $t: the kernel filter found $kc routes, user space $uc" >&2
    exit 1
  fi
  python3 -c "print(f'| {$t} | {$kc} | $((total + total6)) | {$k:.2f} | {$u:.2f} | {$u/$k:.1f} |')"
done
