#!/usr/bin/env sh
# Records testdata/monitor-rtnl.pcap: `nldump monitor --write` in a throw-away network
# namespace (unshare -n: the host's interfaces and routes are never touched) while a veth
# pair is created, addressed (IPv4, IPv6), routed through, changed and deleted.
# Run as root from the repository root: sh nldump/scripts/record-monitor.sh
set -eu
cargo build -q -p nldump
out="${1:-testdata/monitor-rtnl.pcap}"
NLDUMP="${CARGO_TARGET_DIR:-target}/debug/nldump" OUT="$out" unshare -n sh -c '
    "$NLDUMP" monitor link addr route neigh rule --write "$OUT" --duration 3 > /dev/null &
    sleep 1
    ip link add nld0 type veth peer name nld1
    ip link set nld0 address 02:00:00:00:00:10 up
    ip link set nld1 address 02:00:00:00:00:11 up
    ip addr add 192.0.2.1/24 dev nld0
    ip -6 addr add 2001:db8::1/64 dev nld0 nodad
    ip route add 198.51.100.0/24 via 192.0.2.2 metric 10
    ip route add 203.0.113.0/24 nexthop via 192.0.2.3 nexthop via 192.0.2.4
    ip neigh add 192.0.2.2 lladdr 02:00:00:00:00:22 dev nld0
    ip rule add from 192.0.2.0/24 table 100 priority 100
    ip link set nld0 mtu 1400
    ip rule del priority 100
    ip link del nld0
    wait
'
echo "recorded $out"
