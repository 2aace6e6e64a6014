//! rtnetlink numbers as plain integers: message types, attribute types and multicast
//! groups, from `include/uapi/linux/rtnetlink.h`, `if_link.h`, `if_addr.h` and
//! `neighbour.h`. `codec/tests/route_consts.rs` checks every one against `linux-raw-sys`.
//!
//! ```
//! use nlcodec::family::route::{IFLA_MTU, RTM_NEWLINK, RTNLGRP_LINK};
//! assert_eq!((RTM_NEWLINK, IFLA_MTU, RTNLGRP_LINK), (16, 4, 1));
//! ```

// Message types (`RTM_*`).
/// `RTM_NEWLINK`.
pub const RTM_NEWLINK: u16 = 16;
/// `RTM_DELLINK`.
pub const RTM_DELLINK: u16 = 17;
/// `RTM_GETLINK`.
pub const RTM_GETLINK: u16 = 18;
/// `RTM_SETLINK`.
pub const RTM_SETLINK: u16 = 19;
/// `RTM_NEWADDR`.
pub const RTM_NEWADDR: u16 = 20;
/// `RTM_DELADDR`.
pub const RTM_DELADDR: u16 = 21;
/// `RTM_GETADDR`.
pub const RTM_GETADDR: u16 = 22;
/// `RTM_NEWROUTE`.
pub const RTM_NEWROUTE: u16 = 24;
/// `RTM_DELROUTE`.
pub const RTM_DELROUTE: u16 = 25;
/// `RTM_GETROUTE`.
pub const RTM_GETROUTE: u16 = 26;
/// `RTM_NEWNEIGH`.
pub const RTM_NEWNEIGH: u16 = 28;
/// `RTM_DELNEIGH`.
pub const RTM_DELNEIGH: u16 = 29;
/// `RTM_GETNEIGH`.
pub const RTM_GETNEIGH: u16 = 30;
/// `RTM_NEWRULE`.
pub const RTM_NEWRULE: u16 = 32;
/// `RTM_DELRULE`.
pub const RTM_DELRULE: u16 = 33;
/// `RTM_GETRULE`.
pub const RTM_GETRULE: u16 = 34;
/// `RTM_NEWQDISC`.
pub const RTM_NEWQDISC: u16 = 36;
/// `RTM_DELQDISC`.
pub const RTM_DELQDISC: u16 = 37;
/// `RTM_GETQDISC`.
pub const RTM_GETQDISC: u16 = 38;
/// `RTM_NEWTCLASS`.
pub const RTM_NEWTCLASS: u16 = 40;
/// `RTM_DELTCLASS`.
pub const RTM_DELTCLASS: u16 = 41;
/// `RTM_GETTCLASS`.
pub const RTM_GETTCLASS: u16 = 42;
/// `RTM_NEWTFILTER`.
pub const RTM_NEWTFILTER: u16 = 44;
/// `RTM_DELTFILTER`.
pub const RTM_DELTFILTER: u16 = 45;
/// `RTM_GETTFILTER`.
pub const RTM_GETTFILTER: u16 = 46;
/// `RTM_NEWACTION`.
pub const RTM_NEWACTION: u16 = 48;
/// `RTM_DELACTION`.
pub const RTM_DELACTION: u16 = 49;
/// `RTM_GETACTION`.
pub const RTM_GETACTION: u16 = 50;
/// `RTM_NEWPREFIX`.
pub const RTM_NEWPREFIX: u16 = 52;
/// `RTM_NEWMULTICAST`.
pub const RTM_NEWMULTICAST: u16 = 56;
/// `RTM_DELMULTICAST`.
pub const RTM_DELMULTICAST: u16 = 57;
/// `RTM_GETMULTICAST`.
pub const RTM_GETMULTICAST: u16 = 58;
/// `RTM_NEWANYCAST`.
pub const RTM_NEWANYCAST: u16 = 60;
/// `RTM_DELANYCAST`.
pub const RTM_DELANYCAST: u16 = 61;
/// `RTM_GETANYCAST`.
pub const RTM_GETANYCAST: u16 = 62;
/// `RTM_NEWNEIGHTBL`.
pub const RTM_NEWNEIGHTBL: u16 = 64;
/// `RTM_GETNEIGHTBL`.
pub const RTM_GETNEIGHTBL: u16 = 66;
/// `RTM_SETNEIGHTBL`.
pub const RTM_SETNEIGHTBL: u16 = 67;
/// `RTM_NEWNDUSEROPT`.
pub const RTM_NEWNDUSEROPT: u16 = 68;
/// `RTM_NEWADDRLABEL`.
pub const RTM_NEWADDRLABEL: u16 = 72;
/// `RTM_DELADDRLABEL`.
pub const RTM_DELADDRLABEL: u16 = 73;
/// `RTM_GETADDRLABEL`.
pub const RTM_GETADDRLABEL: u16 = 74;
/// `RTM_GETDCB`.
pub const RTM_GETDCB: u16 = 78;
/// `RTM_SETDCB`.
pub const RTM_SETDCB: u16 = 79;
/// `RTM_NEWNETCONF`.
pub const RTM_NEWNETCONF: u16 = 80;
/// `RTM_DELNETCONF`.
pub const RTM_DELNETCONF: u16 = 81;
/// `RTM_GETNETCONF`.
pub const RTM_GETNETCONF: u16 = 82;
/// `RTM_NEWMDB`.
pub const RTM_NEWMDB: u16 = 84;
/// `RTM_DELMDB`.
pub const RTM_DELMDB: u16 = 85;
/// `RTM_GETMDB`.
pub const RTM_GETMDB: u16 = 86;
/// `RTM_NEWNSID`.
pub const RTM_NEWNSID: u16 = 88;
/// `RTM_DELNSID`.
pub const RTM_DELNSID: u16 = 89;
/// `RTM_GETNSID`.
pub const RTM_GETNSID: u16 = 90;
/// `RTM_NEWSTATS`.
pub const RTM_NEWSTATS: u16 = 92;
/// `RTM_GETSTATS`.
pub const RTM_GETSTATS: u16 = 94;
/// `RTM_SETSTATS`.
pub const RTM_SETSTATS: u16 = 95;
/// `RTM_NEWCACHEREPORT`.
pub const RTM_NEWCACHEREPORT: u16 = 96;
/// `RTM_NEWCHAIN`.
pub const RTM_NEWCHAIN: u16 = 100;
/// `RTM_DELCHAIN`.
pub const RTM_DELCHAIN: u16 = 101;
/// `RTM_GETCHAIN`.
pub const RTM_GETCHAIN: u16 = 102;
/// `RTM_NEWNEXTHOP`.
pub const RTM_NEWNEXTHOP: u16 = 104;
/// `RTM_DELNEXTHOP`.
pub const RTM_DELNEXTHOP: u16 = 105;
/// `RTM_GETNEXTHOP`.
pub const RTM_GETNEXTHOP: u16 = 106;
/// `RTM_NEWLINKPROP`.
pub const RTM_NEWLINKPROP: u16 = 108;
/// `RTM_DELLINKPROP`.
pub const RTM_DELLINKPROP: u16 = 109;
/// `RTM_GETLINKPROP`.
pub const RTM_GETLINKPROP: u16 = 110;
/// `RTM_NEWVLAN`.
pub const RTM_NEWVLAN: u16 = 112;
/// `RTM_DELVLAN`.
pub const RTM_DELVLAN: u16 = 113;
/// `RTM_GETVLAN`.
pub const RTM_GETVLAN: u16 = 114;
/// `RTM_NEWNEXTHOPBUCKET`.
pub const RTM_NEWNEXTHOPBUCKET: u16 = 116;
/// `RTM_DELNEXTHOPBUCKET`.
pub const RTM_DELNEXTHOPBUCKET: u16 = 117;
/// `RTM_GETNEXTHOPBUCKET`.
pub const RTM_GETNEXTHOPBUCKET: u16 = 118;
/// `RTM_NEWTUNNEL`.
pub const RTM_NEWTUNNEL: u16 = 120;
/// `RTM_DELTUNNEL`.
pub const RTM_DELTUNNEL: u16 = 121;
/// `RTM_GETTUNNEL`.
pub const RTM_GETTUNNEL: u16 = 122;

// Link attributes (`IFLA_*`, in `RTM_*LINK` after `ifinfomsg`).
/// `IFLA_UNSPEC`.
pub const IFLA_UNSPEC: u16 = 0;
/// `IFLA_ADDRESS`.
pub const IFLA_ADDRESS: u16 = 1;
/// `IFLA_BROADCAST`.
pub const IFLA_BROADCAST: u16 = 2;
/// `IFLA_IFNAME`.
pub const IFLA_IFNAME: u16 = 3;
/// `IFLA_MTU`.
pub const IFLA_MTU: u16 = 4;
/// `IFLA_LINK`.
pub const IFLA_LINK: u16 = 5;
/// `IFLA_QDISC`.
pub const IFLA_QDISC: u16 = 6;
/// `IFLA_STATS`.
pub const IFLA_STATS: u16 = 7;
/// `IFLA_COST`.
pub const IFLA_COST: u16 = 8;
/// `IFLA_PRIORITY`.
pub const IFLA_PRIORITY: u16 = 9;
/// `IFLA_MASTER`.
pub const IFLA_MASTER: u16 = 10;
/// `IFLA_WIRELESS`.
pub const IFLA_WIRELESS: u16 = 11;
/// `IFLA_PROTINFO`.
pub const IFLA_PROTINFO: u16 = 12;
/// `IFLA_TXQLEN`.
pub const IFLA_TXQLEN: u16 = 13;
/// `IFLA_MAP`.
pub const IFLA_MAP: u16 = 14;
/// `IFLA_WEIGHT`.
pub const IFLA_WEIGHT: u16 = 15;
/// `IFLA_OPERSTATE`.
pub const IFLA_OPERSTATE: u16 = 16;
/// `IFLA_LINKMODE`.
pub const IFLA_LINKMODE: u16 = 17;
/// `IFLA_LINKINFO`.
pub const IFLA_LINKINFO: u16 = 18;
/// `IFLA_NET_NS_PID`.
pub const IFLA_NET_NS_PID: u16 = 19;
/// `IFLA_IFALIAS`.
pub const IFLA_IFALIAS: u16 = 20;
/// `IFLA_NUM_VF`.
pub const IFLA_NUM_VF: u16 = 21;
/// `IFLA_VFINFO_LIST`.
pub const IFLA_VFINFO_LIST: u16 = 22;
/// `IFLA_STATS64`.
pub const IFLA_STATS64: u16 = 23;
/// `IFLA_VF_PORTS`.
pub const IFLA_VF_PORTS: u16 = 24;
/// `IFLA_PORT_SELF`.
pub const IFLA_PORT_SELF: u16 = 25;
/// `IFLA_AF_SPEC`.
pub const IFLA_AF_SPEC: u16 = 26;
/// `IFLA_GROUP`.
pub const IFLA_GROUP: u16 = 27;
/// `IFLA_NET_NS_FD`.
pub const IFLA_NET_NS_FD: u16 = 28;
/// `IFLA_EXT_MASK`.
pub const IFLA_EXT_MASK: u16 = 29;
/// `IFLA_PROMISCUITY`.
pub const IFLA_PROMISCUITY: u16 = 30;
/// `IFLA_NUM_TX_QUEUES`.
pub const IFLA_NUM_TX_QUEUES: u16 = 31;
/// `IFLA_NUM_RX_QUEUES`.
pub const IFLA_NUM_RX_QUEUES: u16 = 32;
/// `IFLA_CARRIER`.
pub const IFLA_CARRIER: u16 = 33;
/// `IFLA_PHYS_PORT_ID`.
pub const IFLA_PHYS_PORT_ID: u16 = 34;
/// `IFLA_CARRIER_CHANGES`.
pub const IFLA_CARRIER_CHANGES: u16 = 35;
/// `IFLA_PHYS_SWITCH_ID`.
pub const IFLA_PHYS_SWITCH_ID: u16 = 36;
/// `IFLA_LINK_NETNSID`.
pub const IFLA_LINK_NETNSID: u16 = 37;
/// `IFLA_PHYS_PORT_NAME`.
pub const IFLA_PHYS_PORT_NAME: u16 = 38;
/// `IFLA_PROTO_DOWN`.
pub const IFLA_PROTO_DOWN: u16 = 39;
/// `IFLA_PAD`.
pub const IFLA_PAD: u16 = 42;
/// `IFLA_XDP`.
pub const IFLA_XDP: u16 = 43;
/// `IFLA_EVENT`.
pub const IFLA_EVENT: u16 = 44;
/// `IFLA_NEW_NETNSID`.
pub const IFLA_NEW_NETNSID: u16 = 45;
/// `IFLA_IF_NETNSID`.
pub const IFLA_IF_NETNSID: u16 = 46;
/// `IFLA_CARRIER_UP_COUNT`.
pub const IFLA_CARRIER_UP_COUNT: u16 = 47;
/// `IFLA_CARRIER_DOWN_COUNT`.
pub const IFLA_CARRIER_DOWN_COUNT: u16 = 48;
/// `IFLA_NEW_IFINDEX`.
pub const IFLA_NEW_IFINDEX: u16 = 49;
/// `IFLA_MIN_MTU`.
pub const IFLA_MIN_MTU: u16 = 50;
/// `IFLA_PROP_LIST`.
pub const IFLA_PROP_LIST: u16 = 52;
/// `IFLA_ALT_IFNAME`.
pub const IFLA_ALT_IFNAME: u16 = 53;
/// `IFLA_PERM_ADDRESS`.
pub const IFLA_PERM_ADDRESS: u16 = 54;
/// `IFLA_PROTO_DOWN_REASON`.
pub const IFLA_PROTO_DOWN_REASON: u16 = 55;
/// `IFLA_PARENT_DEV_NAME`.
pub const IFLA_PARENT_DEV_NAME: u16 = 56;
/// `IFLA_PARENT_DEV_BUS_NAME`.
pub const IFLA_PARENT_DEV_BUS_NAME: u16 = 57;
/// `IFLA_ALLMULTI`.
pub const IFLA_ALLMULTI: u16 = 61;
/// `IFLA_DEVLINK_PORT`.
pub const IFLA_DEVLINK_PORT: u16 = 62;
/// `IFLA_DPLL_PIN`.
pub const IFLA_DPLL_PIN: u16 = 65;
/// `IFLA_NETNS_IMMUTABLE`.
pub const IFLA_NETNS_IMMUTABLE: u16 = 67;

// Link info attributes (`IFLA_INFO_*`, nested in `IFLA_LINKINFO`).
/// `IFLA_INFO_UNSPEC`.
pub const IFLA_INFO_UNSPEC: u16 = 0;
/// `IFLA_INFO_KIND`.
pub const IFLA_INFO_KIND: u16 = 1;
/// `IFLA_INFO_DATA`.
pub const IFLA_INFO_DATA: u16 = 2;
/// `IFLA_INFO_XSTATS`.
pub const IFLA_INFO_XSTATS: u16 = 3;
/// `IFLA_INFO_SLAVE_KIND`.
pub const IFLA_INFO_SLAVE_KIND: u16 = 4;
/// `IFLA_INFO_SLAVE_DATA`.
pub const IFLA_INFO_SLAVE_DATA: u16 = 5;

// Address attributes (`IFA_*`, after `ifaddrmsg`).
/// `IFA_UNSPEC`.
pub const IFA_UNSPEC: u16 = 0;
/// `IFA_ADDRESS`.
pub const IFA_ADDRESS: u16 = 1;
/// `IFA_LOCAL`.
pub const IFA_LOCAL: u16 = 2;
/// `IFA_LABEL`.
pub const IFA_LABEL: u16 = 3;
/// `IFA_BROADCAST`.
pub const IFA_BROADCAST: u16 = 4;
/// `IFA_ANYCAST`.
pub const IFA_ANYCAST: u16 = 5;
/// `IFA_CACHEINFO`.
pub const IFA_CACHEINFO: u16 = 6;
/// `IFA_MULTICAST`.
pub const IFA_MULTICAST: u16 = 7;
/// `IFA_FLAGS`.
pub const IFA_FLAGS: u16 = 8;
/// `IFA_RT_PRIORITY`.
pub const IFA_RT_PRIORITY: u16 = 9;
/// `IFA_TARGET_NETNSID`.
pub const IFA_TARGET_NETNSID: u16 = 10;
/// `IFA_PROTO`.
pub const IFA_PROTO: u16 = 11;

// Route attributes (`RTA_*`, after `rtmsg`).
/// `RTA_UNSPEC`.
pub const RTA_UNSPEC: u16 = 0;
/// `RTA_DST`.
pub const RTA_DST: u16 = 1;
/// `RTA_SRC`.
pub const RTA_SRC: u16 = 2;
/// `RTA_IIF`.
pub const RTA_IIF: u16 = 3;
/// `RTA_OIF`.
pub const RTA_OIF: u16 = 4;
/// `RTA_GATEWAY`.
pub const RTA_GATEWAY: u16 = 5;
/// `RTA_PRIORITY`.
pub const RTA_PRIORITY: u16 = 6;
/// `RTA_PREFSRC`.
pub const RTA_PREFSRC: u16 = 7;
/// `RTA_METRICS`.
pub const RTA_METRICS: u16 = 8;
/// `RTA_MULTIPATH`.
pub const RTA_MULTIPATH: u16 = 9;
/// `RTA_PROTOINFO`.
pub const RTA_PROTOINFO: u16 = 10;
/// `RTA_FLOW`.
pub const RTA_FLOW: u16 = 11;
/// `RTA_CACHEINFO`.
pub const RTA_CACHEINFO: u16 = 12;
/// `RTA_SESSION`.
pub const RTA_SESSION: u16 = 13;
/// `RTA_MP_ALGO`.
pub const RTA_MP_ALGO: u16 = 14;
/// `RTA_TABLE`.
pub const RTA_TABLE: u16 = 15;
/// `RTA_MARK`.
pub const RTA_MARK: u16 = 16;
/// `RTA_MFC_STATS`.
pub const RTA_MFC_STATS: u16 = 17;
/// `RTA_VIA`.
pub const RTA_VIA: u16 = 18;
/// `RTA_NEWDST`.
pub const RTA_NEWDST: u16 = 19;
/// `RTA_PREF`.
pub const RTA_PREF: u16 = 20;
/// `RTA_ENCAP_TYPE`.
pub const RTA_ENCAP_TYPE: u16 = 21;
/// `RTA_ENCAP`.
pub const RTA_ENCAP: u16 = 22;
/// `RTA_EXPIRES`.
pub const RTA_EXPIRES: u16 = 23;
/// `RTA_PAD`.
pub const RTA_PAD: u16 = 24;
/// `RTA_UID`.
pub const RTA_UID: u16 = 25;
/// `RTA_TTL_PROPAGATE`.
pub const RTA_TTL_PROPAGATE: u16 = 26;
/// `RTA_IP_PROTO`.
pub const RTA_IP_PROTO: u16 = 27;
/// `RTA_SPORT`.
pub const RTA_SPORT: u16 = 28;
/// `RTA_DPORT`.
pub const RTA_DPORT: u16 = 29;
/// `RTA_NH_ID`.
pub const RTA_NH_ID: u16 = 30;
/// `RTA_FLOWLABEL`.
pub const RTA_FLOWLABEL: u16 = 31;

// Neighbour attributes (`NDA_*`, after `ndmsg`).
/// `NDA_UNSPEC`.
pub const NDA_UNSPEC: u16 = 0;
/// `NDA_DST`.
pub const NDA_DST: u16 = 1;
/// `NDA_LLADDR`.
pub const NDA_LLADDR: u16 = 2;
/// `NDA_CACHEINFO`.
pub const NDA_CACHEINFO: u16 = 3;
/// `NDA_PROBES`.
pub const NDA_PROBES: u16 = 4;
/// `NDA_VLAN`.
pub const NDA_VLAN: u16 = 5;
/// `NDA_PORT`.
pub const NDA_PORT: u16 = 6;
/// `NDA_VNI`.
pub const NDA_VNI: u16 = 7;
/// `NDA_IFINDEX`.
pub const NDA_IFINDEX: u16 = 8;
/// `NDA_MASTER`.
pub const NDA_MASTER: u16 = 9;
/// `NDA_LINK_NETNSID`.
pub const NDA_LINK_NETNSID: u16 = 10;
/// `NDA_SRC_VNI`.
pub const NDA_SRC_VNI: u16 = 11;
/// `NDA_PROTOCOL`.
pub const NDA_PROTOCOL: u16 = 12;
/// `NDA_NH_ID`.
pub const NDA_NH_ID: u16 = 13;
/// `NDA_FDB_EXT_ATTRS`.
pub const NDA_FDB_EXT_ATTRS: u16 = 14;
/// `NDA_FLAGS_EXT`.
pub const NDA_FLAGS_EXT: u16 = 15;
/// `NDA_NDM_STATE_MASK`.
pub const NDA_NDM_STATE_MASK: u16 = 16;
/// `NDA_NDM_FLAGS_MASK`.
pub const NDA_NDM_FLAGS_MASK: u16 = 17;

// Multicast groups (`RTNLGRP_*`), for `NETLINK_ADD_MEMBERSHIP`.
/// `RTNLGRP_NONE`.
pub const RTNLGRP_NONE: u32 = 0;
/// `RTNLGRP_LINK`.
pub const RTNLGRP_LINK: u32 = 1;
/// `RTNLGRP_NOTIFY`.
pub const RTNLGRP_NOTIFY: u32 = 2;
/// `RTNLGRP_NEIGH`.
pub const RTNLGRP_NEIGH: u32 = 3;
/// `RTNLGRP_TC`.
pub const RTNLGRP_TC: u32 = 4;
/// `RTNLGRP_IPV4_IFADDR`.
pub const RTNLGRP_IPV4_IFADDR: u32 = 5;
/// `RTNLGRP_IPV4_MROUTE`.
pub const RTNLGRP_IPV4_MROUTE: u32 = 6;
/// `RTNLGRP_IPV4_ROUTE`.
pub const RTNLGRP_IPV4_ROUTE: u32 = 7;
/// `RTNLGRP_IPV4_RULE`.
pub const RTNLGRP_IPV4_RULE: u32 = 8;
/// `RTNLGRP_IPV6_IFADDR`.
pub const RTNLGRP_IPV6_IFADDR: u32 = 9;
/// `RTNLGRP_IPV6_MROUTE`.
pub const RTNLGRP_IPV6_MROUTE: u32 = 10;
/// `RTNLGRP_IPV6_ROUTE`.
pub const RTNLGRP_IPV6_ROUTE: u32 = 11;
/// `RTNLGRP_IPV6_IFINFO`.
pub const RTNLGRP_IPV6_IFINFO: u32 = 12;
/// `RTNLGRP_NOP2`.
pub const RTNLGRP_NOP2: u32 = 14;
/// `RTNLGRP_NOP4`.
pub const RTNLGRP_NOP4: u32 = 17;
/// `RTNLGRP_IPV6_PREFIX`.
pub const RTNLGRP_IPV6_PREFIX: u32 = 18;
/// `RTNLGRP_IPV6_RULE`.
pub const RTNLGRP_IPV6_RULE: u32 = 19;
/// `RTNLGRP_ND_USEROPT`.
pub const RTNLGRP_ND_USEROPT: u32 = 20;
/// `RTNLGRP_PHONET_IFADDR`.
pub const RTNLGRP_PHONET_IFADDR: u32 = 21;
/// `RTNLGRP_PHONET_ROUTE`.
pub const RTNLGRP_PHONET_ROUTE: u32 = 22;
/// `RTNLGRP_DCB`.
pub const RTNLGRP_DCB: u32 = 23;
/// `RTNLGRP_IPV4_NETCONF`.
pub const RTNLGRP_IPV4_NETCONF: u32 = 24;
/// `RTNLGRP_IPV6_NETCONF`.
pub const RTNLGRP_IPV6_NETCONF: u32 = 25;
/// `RTNLGRP_MDB`.
pub const RTNLGRP_MDB: u32 = 26;
/// `RTNLGRP_MPLS_ROUTE`.
pub const RTNLGRP_MPLS_ROUTE: u32 = 27;
/// `RTNLGRP_NSID`.
pub const RTNLGRP_NSID: u32 = 28;
/// `RTNLGRP_MPLS_NETCONF`.
pub const RTNLGRP_MPLS_NETCONF: u32 = 29;
/// `RTNLGRP_IPV4_MROUTE_R`.
pub const RTNLGRP_IPV4_MROUTE_R: u32 = 30;
/// `RTNLGRP_IPV6_MROUTE_R`.
pub const RTNLGRP_IPV6_MROUTE_R: u32 = 31;
/// `RTNLGRP_NEXTHOP`.
pub const RTNLGRP_NEXTHOP: u32 = 32;
/// `RTNLGRP_BRVLAN`.
pub const RTNLGRP_BRVLAN: u32 = 33;
/// `RTNLGRP_MCTP_IFADDR`.
pub const RTNLGRP_MCTP_IFADDR: u32 = 34;
/// `RTNLGRP_TUNNEL`.
pub const RTNLGRP_TUNNEL: u32 = 35;
/// `RTNLGRP_STATS`.
pub const RTNLGRP_STATS: u32 = 36;
/// `RTNLGRP_IPV4_MCADDR`.
pub const RTNLGRP_IPV4_MCADDR: u32 = 37;
/// `RTNLGRP_IPV6_MCADDR`.
pub const RTNLGRP_IPV6_MCADDR: u32 = 38;
/// `RTNLGRP_IPV6_ACADDR`.
pub const RTNLGRP_IPV6_ACADDR: u32 = 39;
