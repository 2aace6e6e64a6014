#!/usr/bin/env bash
# nldump next to tshark on the 110k-route capture (testdata/route-dump-100k.bin.gz, the
# benches' real kernel route dump): decoding to text and to JSON. The raw dump is converted to
# pcap once (nldump --write, one message per packet), and every tool reads the same pcap;
# nldump also reads the raw buffer. Each run's output goes to /dev/null; each figure is the
# best wall time of RUNS runs (default 5 for nldump, 3 for tshark), with the user CPU time of
# that run. tshark is installed with apt-get when missing (root). The kernel's Python ynl CLI
# is not packaged (it lives in the kernel tree, tools/net/ynl), so it is not measured.
#
#   bash scripts/bench-nldump.sh            # prints a Markdown table
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-5}"
tshark_runs="${TSHARK_RUNS:-3}"
if ! command -v tshark >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tshark) >/dev/null
fi
cargo build -q --release -p nldump
target="${CARGO_TARGET_DIR:-target}"
nldump="$target/release/nldump"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
gzip -dc testdata/route-dump-100k.bin.gz > "$work/routes.bin"
"$nldump" "$work/routes.bin" --write "$work/routes.pcap" > /dev/null
messages=$("$nldump" --stats --type none "$work/routes.bin" | sed -n 's/^stats: .* \([0-9]*\) messages.*/\1/p')

# best WALL USER of N runs of a command (output to /dev/null)
best() {
  local n="$1"; shift
  local best_wall="" best_user=""
  for _ in $(seq "$n"); do
    local t
    /usr/bin/time -o "$work/time" -f "%e %U" "$@" > /dev/null 2>/dev/null
    t=$(tail -1 "$work/time")
    local wall="${t% *}" user="${t#* }"
    if [ -z "$best_wall" ] || awk "BEGIN{exit !($wall < $best_wall)}"; then
      best_wall="$wall"; best_user="$user"
    fi
  done
  echo "$best_wall $best_user"
}

row() {
  local name="$1" wall="$2" user="$3" base="$4"
  local per_msg ratio
  per_msg=$(awk "BEGIN{printf \"%.2f\", $wall * 1e6 / $messages}")
  ratio=$(awk "BEGIN{printf \"%.1f\", $base / $wall}")
  printf '| %s | %s s | %s s | %s µs | %s× |\n' "$name" "$wall" "$user" "$per_msg" "$ratio"
}

read -r tv tvu < <(best "$tshark_runs" tshark -r "$work/routes.pcap" -V)
read -r tj tju < <(best "$tshark_runs" tshark -r "$work/routes.pcap" -T json)
read -r nt ntu < <(best "$runs" "$nldump" "$work/routes.pcap")
read -r nj nju < <(best "$runs" "$nldump" --json "$work/routes.pcap")
read -r rt rtu < <(best "$runs" "$nldump" "$work/routes.bin")
read -r rj rju < <(best "$runs" "$nldump" --json "$work/routes.bin")

echo "$messages messages ($(stat -c %s "$work/routes.pcap") bytes of pcap), $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| tool | wall (best of runs) | user CPU | per message | vs tshark (same format) |"
echo "|---|---|---|---|---|"
row "tshark -V (text)" "$tv" "$tvu" "$tv"
row "nldump, pcap → text" "$nt" "$ntu" "$tv"
row "nldump, raw → text" "$rt" "$rtu" "$tv"
row "tshark -T json" "$tj" "$tju" "$tj"
row "nldump --json, pcap" "$nj" "$nju" "$tj"
row "nldump --json, raw" "$rj" "$rju" "$tj"
