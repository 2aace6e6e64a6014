# ip -br link: name, operational state, address, flags.
from pyroute2 import IPRoute
from pyroute2.netlink.rtnl.ifinfmsg import IFF_NAMES
for l in IPRoute().get_links():
    flags = ",".join(n[4:] for n, v in IFF_NAMES.items() if l["flags"] & v)
    print(f"{l.get('ifname'):<16} {l.get('operstate'):<14} {l.get('address')} <{flags}>")
