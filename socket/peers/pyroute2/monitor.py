# ip monitor link address route: typed events as they come.
from pyroute2 import IPRoute
ipr = IPRoute(); ipr.bind()
while True:
    for m in ipr.get():
        print(f"[{m['event']}]", m.get("ifname") or m.get("address") or m.get("dst"))
