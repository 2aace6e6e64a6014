# veth add NAME PEER [--mtu N] | veth del NAME
import sys
from pyroute2 import IPRoute
ipr, a = IPRoute(), sys.argv[1:]
if a[0] == "add":
    mtu = {"mtu": int(a[4])} if a[3:4] == ["--mtu"] else {}
    ipr.link("add", ifname=a[1], kind="veth", peer=a[2], **mtu)
else:
    ipr.link("del", index=ipr.link_lookup(ifname=a[1])[0])
