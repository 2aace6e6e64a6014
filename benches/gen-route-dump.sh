#!/usr/bin/env bash
# Regenerates testdata/route-dump-100k.bin.gz: a real kernel route dump of > 100,000 routes.
#
# Usage (as root, from anywhere):  benches/gen-route-dump.sh [OUTPUT.bin.gz]
#                                  benches/gen-route-dump.sh --populate NAMESPACE
#
# With --populate it only builds the namespace NAMESPACE (steps 1-3, kept for the caller,
# who deletes it) and captures nothing: scripts/bench-stream-dump.sh dumps it live.
#
# What it does, without touching the host's own routes or links:
#   1. creates a private network namespace nlbench-$$ (deleted on exit, whatever happens);
#   2. inside it, a veth pair with IPv4 and IPv6 addresses, both ends up;
#   3. 60,000 IPv4 /24s and 50,000 IPv6 /64s through the veth (via `ip -batch`), a few of them
#      in other tables (100 and 1000, so RTA_TABLE > 255 shows up), some with metrics
#      (RTAX_MTU, RTAX_ADVMSS) or a priority (`metric`), a few multipath ones;
#   4. one RTM_GETROUTE dump (family AF_UNSPEC, NLM_F_DUMP) captured by
#      scripts/capture_dump.py as the raw reply datagrams, concatenated;
#   5. gzip -9 into the output (default: testdata/route-dump-100k.bin.gz).
# Needs: iproute2, python3, gzip. Takes about ten seconds. A regenerated dump has the same
# message and byte counts as the shipped one (110,025 messages, 10,507,116 bytes).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
populate=""
if [ "${1:-}" = "--populate" ]; then
    populate="${2:?--populate needs a namespace name}"
fi
out="${1:-$here/../testdata/route-dump-100k.bin.gz}"
ns="${populate:-nlbench-$$}"
tmp="$(mktemp -d)"

cleanup() {
    [ -n "$populate" ] || ip netns del "$ns" 2>/dev/null || true
    rm -rf "$tmp"
}
trap cleanup EXIT INT TERM

if [ "$(id -u)" != 0 ]; then
    echo "gen-route-dump.sh: must run as root (it creates a network namespace)" >&2
    exit 1
fi

ip netns add "$ns"
nsip() { ip -n "$ns" "$@"; }

nsip link set lo up
nsip link add veth0 type veth peer name veth1
nsip addr add 10.255.0.1/16 dev veth0
nsip addr add 10.255.1.1/16 dev veth1
nsip addr add fd00:ffff::1/64 dev veth0 nodad
nsip addr add fd00:fffe::1/64 dev veth1 nodad
nsip link set veth0 up
nsip link set veth1 up
# neighbours as gateways, so routes carry RTA_GATEWAY
ip netns exec "$ns" sysctl -qw net.ipv6.conf.all.forwarding=1 net.ipv4.ip_forward=1

# IPv4: 60,000 /24s in 11.0.0.0/8..; IPv6: 50,000 /64s in 2001:db8::/32.
python3 - "$tmp/batch" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    for i in range(60000):
        a, b = divmod(i, 256)
        net = f"{11 + a // 256}.{a % 256}.{b}.0/24"
        extra = ""
        if i % 50 == 0:
            extra += " mtu 1400 advmss 1360"
        if i % 7 == 0:
            extra += " metric 100"
        if i % 1000 == 1:
            extra += " table 100"
        elif i % 1000 == 2:
            extra += " table 1000"
        if i % 5000 == 3:
            f.write(f"route add {net}{extra} nexthop via 10.255.0.2 dev veth0 weight 1 "
                    f"nexthop via 10.255.1.2 dev veth1 weight 2\n")
        else:
            f.write(f"route add {net} via 10.255.0.{2 + i % 200} dev veth0 proto static{extra}\n")
    for i in range(50000):
        hi, lo = divmod(i, 65536)
        net = f"2001:db8:{hi:x}:{lo:x}::/64"
        extra = ""
        if i % 50 == 0:
            extra += " mtu 1400"
        if i % 7 == 0:
            extra += " metric 512"
        if i % 1000 == 1:
            extra += " table 100"
        elif i % 1000 == 2:
            extra += " table 1000"
        f.write(f"route add {net} via fd00:ffff::{2 + i % 200:x} dev veth0 proto static{extra}\n")
PY
nsip -batch "$tmp/batch"
if [ -n "$populate" ]; then
    exit 0
fi

ip netns exec "$ns" python3 "$here/scripts/capture_dump.py" route "$tmp/route-dump.bin"
mkdir -p "$(dirname "$out")"
gzip -9 -n -c "$tmp/route-dump.bin" > "$out"
echo "wrote $(realpath "$out") ($(stat -c %s "$out") bytes)"
