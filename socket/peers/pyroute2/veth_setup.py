# veth-setup: v0/v1 up with MTU 1400, two addresses and a route on v0; list all three.
from pyroute2 import IPRoute
ipr = IPRoute()
ipr.link("add", ifname="v0", kind="veth", peer="v1", mtu=1400, state="up")
idx = ipr.link_lookup(ifname="v0")[0]
ipr.addr("add", index=idx, address="10.0.0.1", prefixlen=24)
ipr.addr("add", index=idx, address="fd00::1", prefixlen=64)
ipr.route("add", dst="10.10.0.0/16", gateway="10.0.0.2", oif=idx)
for l in ipr.get_links():
    print("link", l.get("ifname"), "mtu", l.get("mtu"))
for a in ipr.get_addr():
    print("addr", a.get("address"), a["prefixlen"])
for r in ipr.get_routes(family=0):
    print("route", r.get("dst"), r["dst_len"], "via", r.get("gateway"))
