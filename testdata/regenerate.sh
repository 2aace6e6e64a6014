#!/bin/sh
# Regenerates the kernel captures in this directory (run as root from the repository root):
#   sh testdata/regenerate.sh
# It builds a throw-away network namespace with several veth pairs, IPv4/IPv6 addresses,
# routes in two tables and static neighbours, runs the `capture` example of nlcodec-socket
# inside it for every preset, and deletes the namespace. The host's interfaces are not touched.
set -eu
NS=nlcodec-capture
OUT=$(cd "$(dirname "$0")" && pwd)
cargo build -q -p nlcodec-socket --example capture
BIN=${CARGO_TARGET_DIR:-target}/debug/examples/capture

ip netns del "$NS" 2>/dev/null || true
ip netns add "$NS"
trap 'ip netns del "$NS"' EXIT
run() { ip netns exec "$NS" "$@"; }

run ip link set lo up
for i in 0 1 2; do
    run ip link add "veth$i" type veth peer name "vpeer$i"
    run ip link set "veth$i" address "02:00:00:00:0$i:01"
    run ip link set "vpeer$i" address "02:00:00:00:0$i:02"
    run ip link set "veth$i" mtu $((1400 + i * 100))
    run ip addr add "10.$i.0.1/24" dev "veth$i"
    run ip addr add "10.$i.0.2/24" dev "vpeer$i"
    run ip addr add "fd00:$i::1/64" dev "veth$i" nodad
    run ip link set "veth$i" up
    run ip link set "vpeer$i" up
    run ip neigh add "10.$i.0.9" lladdr "02:00:00:00:0$i:99" dev "veth$i" nud permanent
    run ip -6 neigh add "fd00:$i::9" lladdr "02:00:00:00:0$i:98" dev "veth$i" nud permanent
done
run ip route add 192.168.10.0/24 via 10.0.0.2 dev veth0 metric 100
run ip route add 192.168.20.0/24 via 10.1.0.2 dev veth1 metric 200 table 100
run ip route add default via 10.2.0.2 dev veth2 metric 300
run ip route add 172.16.0.0/16 nexthop via 10.0.0.2 dev veth0 weight 1 nexthop via 10.1.0.2 dev veth1 weight 2
run ip -6 route add fd99::/64 via fd00:1::2 dev veth1 metric 50

for preset in link-dump addr-dump route-dump neigh-dump genl-ctrl-dump \
              error-extack error-extack-capped done-strict-error ack; do
    run "$BIN" "$preset" "$OUT/$preset.bin"
done
uname -r > "$OUT/KERNEL"
