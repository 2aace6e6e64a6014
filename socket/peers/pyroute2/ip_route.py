# ip-route [add DEV ADDR/LEN DST/LEN GW]: set DEV up, add the address and the route; dump routes.
import sys
from pyroute2 import IPRoute
ipr = IPRoute()
if sys.argv[1:2] == ["add"]:
    dev, addr, dst, gw = sys.argv[2:6]
    idx = ipr.link_lookup(ifname=dev)[0]
    ipr.link("set", index=idx, state="up")
    ipr.addr("add", index=idx, address=addr.split("/")[0], prefixlen=int(addr.split("/")[1]))
    ipr.route("add", dst=dst, gateway=gw, oif=idx)
for r in ipr.route("dump"):
    print(f"{r.get('dst') or 'default'}/{r['dst_len']} via {r.get('gateway')} dev {r.get('oif')} table {r.get('table')}")
