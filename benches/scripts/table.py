#!/usr/bin/env python3
"""Prints the README's results table from criterion's saved estimates.

Usage: table.py [CRITERION_DIR] [WORKLOAD_PREFIX]

CRITERION_DIR defaults to $CARGO_TARGET_DIR/criterion (or target/criterion). One row per
benchmark: the median time per pass over the capture, per message, messages per second,
GB/s (10^9 bytes), and the ratio to nlcodec in the same group (>1: slower than nlcodec).
"""

import json
import os
import sys
from pathlib import Path


def main():
    default = Path(os.environ.get("CARGO_TARGET_DIR", "target")) / "criterion"
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else default
    prefix = sys.argv[2] if len(sys.argv) > 2 else ""
    rows = []
    for bench in sorted(root.glob("*/*/new/benchmark.json")):
        meta = json.loads(bench.read_text())
        if not meta["group_id"].startswith(prefix):
            continue
        est = json.loads((bench.parent / "estimates.json").read_text())
        median_ns = est["median"]["point_estimate"]
        tp = meta.get("throughput") or {}
        if "ElementsAndBytes" in tp:
            elems, nbytes = tp["ElementsAndBytes"]["elements"], tp["ElementsAndBytes"]["bytes"]
        else:
            elems, nbytes = tp.get("Elements", 0), tp.get("Bytes", 0)
        rows.append((meta["group_id"], meta["function_id"], median_ns, elems, nbytes))

    benches = ["header-walk", "full-parse", "typed-routes", "strict-parse", "ext-ack", "serialize", "write-routes"]
    impls = ["nlcodec", "plain-loop", "libmnl", "netlink-packet-route", "neli"]

    def order(row):
        capture, _, bench = row[0].rpartition("/")
        return (capture != "route-dump-100k", capture,
                benches.index(bench) if bench in benches else 99,
                impls.index(row[1]) if row[1] in impls else 99)

    rows.sort(key=order)
    base = {g: t for g, f, t, _, _ in rows if f == "nlcodec"}
    print("| capture / benchmark | implementation | median per pass | ns/message | M messages/s | GB/s | × nlcodec |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for group, func, t, elems, nbytes in rows:
        per = f"{t / 1e6:.3f} ms" if t >= 1e5 else f"{t / 1e3:.2f} µs" if t >= 1e3 else f"{t:.0f} ns"
        ns_msg = f"{t / elems:.1f}" if elems else "–"
        mps = f"{elems / t * 1e3:.1f}" if elems else "–"
        gbs = f"{nbytes / t:.2f}" if nbytes else "–"
        ratio = f"{t / base[group]:.2f}" if group in base else "–"
        print(f"| {group} | {func} | {per} | {ns_msg} | {mps} | {gbs} | {ratio} |")


if __name__ == "__main__":
    main()
