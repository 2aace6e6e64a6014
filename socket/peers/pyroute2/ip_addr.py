# ip -br addr: each link's addresses.
from pyroute2 import IPRoute
ipr = IPRoute()
for l in ipr.get_links():
    addrs = [f"{a.get('address')}/{a['prefixlen']}" for a in ipr.get_addr(index=l["index"])]
    print(f"{l.get('ifname'):<16} {l.get('operstate'):<14} {' '.join(addrs)}")
