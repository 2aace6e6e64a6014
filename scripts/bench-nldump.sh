#!/usr/bin/env bash
# nldump next to tshark on the 110k-route capture (testdata/route-dump-100k.bin.gz, the
# benches' real kernel route dump): decoding to text and to JSON. The raw dump is converted to
# pcap once (nldump --write, one message per packet), and every tool reads the same pcap;
# nldump also reads the raw buffer. Each run's output goes to /dev/null; each figure is the
# best wall time of RUNS runs (default 9 for nldump, 3 for tshark; wall time in ms), with the user CPU time of
# that run. tshark is installed with apt-get when missing (root).
#
# With YNL_DIR set (a kernel tree's tools/net/ynl/pyynl: the kernel's Python ynl is not on
# PyPI), the kernel's ynl library decodes the same pcap and the raw buffer to JSON too
# (nldump/scripts/ynl-decode.py: YnlFamily's decoding of every message, printed with the
# CLI's YnlEncoder as `ynl --output-json` does, with the vendored specs as they are), best of
# YNL_RUNS (default 3). Needs python3-yaml (installed with apt-get when missing).
#
#   bash scripts/bench-nldump.sh            # prints a Markdown table
#   YNL_DIR=~/linux/tools/net/ynl/pyynl bash scripts/bench-nldump.sh
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-9}"
tshark_runs="${TSHARK_RUNS:-3}"
ynl_runs="${YNL_RUNS:-3}"
if ! command -v tshark >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tshark) >/dev/null
fi
if [ -n "${YNL_DIR:-}" ] && ! python3 -c 'import yaml' 2>/dev/null; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-yaml) >/dev/null
fi
source scripts/lib/nldump-release.sh
"$nldump" "$work/routes.bin" --write "$work/routes.pcap" > /dev/null
messages=$("$nldump" --stats --type none "$work/routes.bin" | sed -n 's/^stats: .* \([0-9]*\) messages.*/\1/p')

# best WALL USER of N runs of a command (output to /dev/null)
best() {
  local n="$1"; shift
  local best_wall="" best_user=""
  for _ in $(seq "$n"); do
    # Wall time from the nanosecond clock (GNU time's %e counts in 10 ms steps, too coarse
    # for runs of a tenth of a second); user CPU from GNU time.
    local start end user wall
    start=$(date +%s%N)
    /usr/bin/time -o "$work/time" -f "%U" "$@" > /dev/null 2>/dev/null
    end=$(date +%s%N)
    user=$(tail -1 "$work/time")
    wall=$(awk "BEGIN{printf \"%.3f\", ($end - $start) / 1e9}")
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
if [ -n "${YNL_DIR:-}" ]; then
  ynl=(python3 nldump/scripts/ynl-decode.py)
  # Every message must decode (the exit status says whether ynl failed on any): a failing
  # run would time nothing.
  "${ynl[@]}" "$work/routes.pcap" > "$work/ynl.jsonl"
  if [ "$(wc -l < "$work/ynl.jsonl")" != "$messages" ] || grep -q '"skipped"' "$work/ynl.jsonl"; then
    echo "ynl-decode.py did not decode all $messages messages" >&2
    exit 1
  fi
  read -r yj yju < <(best "$ynl_runs" "${ynl[@]}" "$work/routes.pcap")
  read -r yr yru < <(best "$ynl_runs" "${ynl[@]}" "$work/routes.bin")
fi

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
if [ -n "${YNL_DIR:-}" ]; then
  row "kernel ynl → JSON, pcap" "$yj" "$yju" "$tj"
  row "kernel ynl → JSON, raw" "$yr" "$yru" "$tj"
  echo
  echo "nldump --json vs kernel ynl: $(awk "BEGIN{printf \"%.0f\", $yj / $nj}")× (pcap), $(awk "BEGIN{printf \"%.0f\", $yr / $rj}")× (raw)"
else
  echo
  echo "(kernel ynl not measured: YNL_DIR is not set)"
fi
