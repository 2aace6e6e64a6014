#!/usr/bin/env bash
# nldump's peak memory (maximum resident set size, GNU time's %M) on big inputs, to text and
# to JSON, output to /dev/null:
#   - a raw dump of about 105 MB: the benches' 110k-route kernel dump ten times over;
#   - the same as a pcap capture (nldump --write, one message per packet: about 1.1 M
#     packets);
#   - one raw message of 25 MB: an RTM_NEWLINK with 6.25 M empty attributes.
# The goal (issue "Hostile and unlucky peers"): under 64 MB for the capture of 100 MB or more,
# text and JSON; memory bounded by the largest packet, not by the file.
#
#   bash scripts/bench-nldump-memory.sh     # prints a Markdown table
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/nldump-release.sh
for _ in $(seq 10); do cat "$work/routes.bin"; done > "$work/routes-x10.bin"
"$nldump" "$work/routes-x10.bin" --write "$work/routes-x10.pcap" --type none > /dev/null
# One RTM_NEWLINK of 16 + 16 + 6,250,000 * 4 bytes: header, ifinfomsg, empty attributes.
python3 - "$work/big-message.bin" <<'PY'
import struct, sys
n = 6_250_000
with open(sys.argv[1], "wb") as f:
    f.write(struct.pack("=IHHII", 32 + 4 * n, 16, 0, 1, 0) + bytes(16))
    f.write(struct.pack("=HH", 4, 1000) * n)
PY

size_mb() { awk "BEGIN{printf \"%.1f\", $(stat -c %s "$1") / 1e6}"; }
peak() { # peak RSS in MB of one run
  /usr/bin/time -o "$work/time" -f "%M" "$@" > /dev/null 2>/dev/null || true
  awk "BEGIN{printf \"%.1f\", $(tail -1 "$work/time") / 1024}"
}

echo "| input | size | text: peak RSS | JSON: peak RSS |"
echo "|---|---:|---:|---:|"
for f in routes-x10.pcap routes-x10.bin big-message.bin; do
  text=$(peak "$nldump" "$work/$f")
  json=$(peak "$nldump" --json "$work/$f")
  echo "| $f | $(size_mb "$work/$f") MB | $text MB | $json MB |"
done
# Standard input: the same capture through a pipe.
text=$(peak sh -c "cat '$work/routes-x10.pcap' | '$nldump' -")
json=$(peak sh -c "cat '$work/routes-x10.pcap' | '$nldump' --json -")
echo "| routes-x10.pcap on stdin | $(size_mb "$work/routes-x10.pcap") MB | $text MB | $json MB |"
