#!/usr/bin/env bash
# The long campaign behind the numbers in README.md: each target in turn, in one process,
# until RUNS executions or MAX_TIME seconds, whichever comes first. Logs go to
# ${LOG_DIR:-/tmp/fuzz-logs}/<target>.log; the corpus grows in fuzz/corpus/<target>.
# Usage: fuzz/campaign.sh [target...]   (default: all six)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"
runs="${RUNS:-12000000}"
max_time="${MAX_TIME:-1800}"
log_dir="${LOG_DIR:-/tmp/fuzz-logs}"
mkdir -p "$log_dir"
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(messages attrs roundtrip writer differential families)
# The codec forbids unsafe code, so AddressSanitizer adds nothing but a 5x slowdown:
# -s none. Debug assertions (overflow checks) stay on, as by default.
cargo +nightly fuzz build -s none
for t in "${targets[@]}"; do
    echo "== $t: $(date -u +%FT%TZ)" | tee "$log_dir/$t.log"
    cargo +nightly fuzz run -s none "$t" -- \
        -runs="$runs" -max_total_time="$max_time" -max_len=4096 -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=1 \
        -dict="$here/nlcodec.dict" >>"$log_dir/$t.log" 2>&1 || echo "== $t FAILED" | tee -a "$log_dir/$t.log"
    echo "== $t end: $(date -u +%FT%TZ)" | tee -a "$log_dir/$t.log"
done
