# genl-family NAME: id, version, commands, multicast groups.
import sys
from pyroute2.netlink import ctrlmsg
from pyroute2.netlink.generic import GenericNetlinkSocket
s = GenericNetlinkSocket()
s.bind("nlctrl", ctrlmsg)  # so that the controller's answers are parsed
f = s.discovery(sys.argv[1])
print(sys.argv[1], "id", f.get_attr("CTRL_ATTR_FAMILY_ID"), "version", f.get_attr("CTRL_ATTR_VERSION"))
for op in f.get_attr("CTRL_ATTR_OPS") or []:
    print("  op", op.get_attr("CTRL_ATTR_OP_ID"), hex(op.get_attr("CTRL_ATTR_OP_FLAGS")))
for g in f.get_attr("CTRL_ATTR_MCAST_GROUPS") or []:
    print("  group", g.get_attr("CTRL_ATTR_MCAST_GRP_NAME"), "id", g.get_attr("CTRL_ATTR_MCAST_GRP_ID"))
