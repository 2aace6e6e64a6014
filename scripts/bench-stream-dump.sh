#!/usr/bin/env bash
# The streaming path end to end: a private namespace with the benches' 110k-route table
# (benches/gen-route-dump.sh --populate; deleted on exit, the host's routes never touched),
# dumped live, same run, by:
#   - the kernel's floor: a C loop that only recv()s the dump and walks the headers
#     (benches/c/recv_loop.c, compiled here);
#   - nlcodec-socket's streaming typed dump (`dump_each(Getroute, ..)` reading five fields
#     of each route through the generated view) and `dump_all` (collect, then read);
#   - `ip -j route show table all` for IPv4 and IPv6 (two runs of ip, output to /dev/null).
# Each program runs N dumps (default 15) in one process and reports each dump's wall time;
# the figure is the median dump, with the user CPU time per dump (the process's total over
# N; ip: /usr/bin/time over a loop of N pairs) and the peak RSS. Ratios are to the C loop.
#
#   bash scripts/bench-stream-dump.sh        # as root; prints a Markdown table
set -euo pipefail
cd "$(dirname "$0")/.."
n="${RUNS:-15}"
source scripts/lib/private-netns.sh
private_netns nlstream
if [ ! -x /usr/bin/time ]; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time) >/dev/null
fi
work="$(mktemp -d)"
bash benches/gen-route-dump.sh --populate "$ns"
cc -O2 -Wall -o "$work/recv-loop" benches/c/recv_loop.c
cargo build -q --release -p nlcodec-benches --example stream-routes
target="${CARGO_TARGET_DIR:-target}"
ours="$target/release/examples/stream-routes"

# median wall ns, user ns per dump, max RSS kB, routes: from a program's own report.
summarize() {
  python3 -c '
import statistics, sys
lines = sys.stdin.read().split("\n")
walls = [int(l) for l in lines if l.strip().isdigit()]
last = [l for l in lines if l.startswith("user_ns")][0].split()
n = len(walls)
print(int(statistics.median(walls)), int(last[1]) // n, last[3], last[5])'
}
run() { ip netns exec "$ns" "$@" | summarize; }

read -r c_wall c_user c_rss routes < <(run "$work/recv-loop" "$n")
read -r s_wall s_user s_rss s_routes < <(run "$ours" stream "$n")
read -r a_wall a_user a_rss a_routes < <(run "$ours" all "$n")
if [ "$routes" != "$s_routes" ] || [ "$routes" != "$a_routes" ]; then
  echo "route counts differ: C $routes, stream $s_routes, all $a_routes" >&2
  exit 1
fi
# ip: N pairs (IPv4, IPv6) timed together; per dump = total / N.
read -r ip_wall ip_user ip_rss < <(
  /usr/bin/time -f "%e %U %M" ip netns exec "$ns" bash -c \
    "for i in \$(seq $n); do ip -j route show table all >/dev/null; ip -j -6 route show table all >/dev/null; done" \
    2>&1 >/dev/null | tail -1
)
python3 - "$routes" "$n" "$c_wall" "$c_user" "$c_rss" "$s_wall" "$s_user" "$s_rss" \
  "$a_wall" "$a_user" "$a_rss" "$ip_wall" "$ip_user" "$ip_rss" <<'PY'
import sys
a = sys.argv[1:]
routes, n = int(a[0]), int(a[1])
rows = [
    ("C recv loop (floor)", int(a[2]), int(a[3]), int(a[4])),
    ("nlcodec-socket `dump_each` (streaming, typed)", int(a[5]), int(a[6]), int(a[7])),
    ("nlcodec-socket `dump_all` (collect, typed)", int(a[8]), int(a[9]), int(a[10])),
    ("`ip -j route show table all` (-4 and -6)", float(a[11]) * 1e9 / n, float(a[12]) * 1e9 / n, int(a[13])),
]
floor = rows[0][1]
print(f"{routes} routes per dump, median of {n} dumps (ip: mean of {n})\n")
print("| | wall ms | × C loop | user CPU ms | user ns / route | peak RSS MB |")
print("|---|---:|---:|---:|---:|---:|")
for name, wall, user, rss in rows:
    print(f"| {name} | {wall / 1e6:.1f} | {wall / floor:.2f} | {user / 1e6:.1f} | {user / routes:.1f} | {rss / 1024:.1f} |")
PY
