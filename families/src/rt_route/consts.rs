//! The numbers of `rt-route` by their kernel C names: attribute types, enum values and flag
//! bits, message types, multicast groups and constants.

// Message types

/// Dump route information.
pub const RTM_GETROUTE: u16 = 26;
/// Create a new route
pub const RTM_NEWROUTE: u16 = 24;
/// Delete an existing route
pub const RTM_DELROUTE: u16 = 25;

// Multicast groups

/// The `rtnlgrp-ipv4-route` multicast group.
pub const RTNLGRP_IPV4_ROUTE: u32 = 7;
/// The `rtnlgrp-ipv6-route` multicast group.
pub const RTNLGRP_IPV6_ROUTE: u32 = 11;
/// The `rtnlgrp-ipv4-mroute` multicast group.
pub const RTNLGRP_IPV4_MROUTE: u32 = 6;
/// The `rtnlgrp-ipv6-mroute` multicast group.
pub const RTNLGRP_IPV6_MROUTE: u32 = 10;
/// The `rtnlgrp-nexthop` multicast group.
pub const RTNLGRP_NEXTHOP: u32 = 32;

// Attribute set `route-attrs`

/// `dst` (binary) of `route-attrs`.
pub const RTA_DST: u16 = 1;
/// `src` (binary) of `route-attrs`.
pub const RTA_SRC: u16 = 2;
/// `iif` (u32) of `route-attrs`.
pub const RTA_IIF: u16 = 3;
/// `oif` (u32) of `route-attrs`.
pub const RTA_OIF: u16 = 4;
/// `gateway` (binary) of `route-attrs`.
pub const RTA_GATEWAY: u16 = 5;
/// `priority` (u32) of `route-attrs`.
pub const RTA_PRIORITY: u16 = 6;
/// `prefsrc` (binary) of `route-attrs`.
pub const RTA_PREFSRC: u16 = 7;
/// `metrics` (nest) of `route-attrs`.
pub const RTA_METRICS: u16 = 8;
/// `multipath` (record-list) of `route-attrs`.
pub const RTA_MULTIPATH: u16 = 9;
/// `protoinfo` (binary) of `route-attrs`.
pub const RTA_PROTOINFO: u16 = 10;
/// `flow` (u32) of `route-attrs`.
pub const RTA_FLOW: u16 = 11;
/// `cacheinfo` (binary) of `route-attrs`.
pub const RTA_CACHEINFO: u16 = 12;
/// `session` (binary) of `route-attrs`.
pub const RTA_SESSION: u16 = 13;
/// `mp-algo` (binary) of `route-attrs`.
pub const RTA_MP_ALGO: u16 = 14;
/// `table` (u32) of `route-attrs`.
pub const RTA_TABLE: u16 = 15;
/// `mark` (u32) of `route-attrs`.
pub const RTA_MARK: u16 = 16;
/// `mfc-stats` (binary) of `route-attrs`.
pub const RTA_MFC_STATS: u16 = 17;
/// `via` (binary) of `route-attrs`.
pub const RTA_VIA: u16 = 18;
/// `newdst` (binary) of `route-attrs`.
pub const RTA_NEWDST: u16 = 19;
/// `pref` (u8) of `route-attrs`.
pub const RTA_PREF: u16 = 20;
/// `encap-type` (u16) of `route-attrs`.
pub const RTA_ENCAP_TYPE: u16 = 21;
/// `encap` (sub-message) of `route-attrs`.
pub const RTA_ENCAP: u16 = 22;
/// `expires` (u32) of `route-attrs`.
pub const RTA_EXPIRES: u16 = 23;
/// `pad` (binary) of `route-attrs`.
pub const RTA_PAD: u16 = 24;
/// `uid` (u32) of `route-attrs`.
pub const RTA_UID: u16 = 25;
/// `ttl-propagate` (u8) of `route-attrs`.
pub const RTA_TTL_PROPAGATE: u16 = 26;
/// `ip-proto` (u8) of `route-attrs`.
pub const RTA_IP_PROTO: u16 = 27;
/// `sport` (u16) of `route-attrs`.
pub const RTA_SPORT: u16 = 28;
/// `dport` (u16) of `route-attrs`.
pub const RTA_DPORT: u16 = 29;
/// `nh-id` (u32) of `route-attrs`.
pub const RTA_NH_ID: u16 = 30;
/// `flowlabel` (u32) of `route-attrs`.
pub const RTA_FLOWLABEL: u16 = 31;
/// Emitted only on RTM_DELROUTE notifications, and only when the
/// deletion path records a cause. An absent attribute means
/// either an older kernel or a deletion path that does not
/// record its cause, consumers must treat absent and unspec
/// identically. Currently only IPv6 deletion paths record a
/// cause. The attribute is notification-only, the kernel rejects
/// it in requests.
pub const RTA_DEL_REASON: u16 = 32;

// Attribute set `metrics`

/// `unspec` (unused) of `metrics`.
pub const RTAX_UNSPEC: u16 = 0;
/// `lock` (u32) of `metrics`.
pub const RTAX_LOCK: u16 = 1;
/// `mtu` (u32) of `metrics`.
pub const RTAX_MTU: u16 = 2;
/// `window` (u32) of `metrics`.
pub const RTAX_WINDOW: u16 = 3;
/// `rtt` (u32) of `metrics`.
pub const RTAX_RTT: u16 = 4;
/// `rttvar` (u32) of `metrics`.
pub const RTAX_RTTVAR: u16 = 5;
/// `ssthresh` (u32) of `metrics`.
pub const RTAX_SSTHRESH: u16 = 6;
/// `cwnd` (u32) of `metrics`.
pub const RTAX_CWND: u16 = 7;
/// `advmss` (u32) of `metrics`.
pub const RTAX_ADVMSS: u16 = 8;
/// `reordering` (u32) of `metrics`.
pub const RTAX_REORDERING: u16 = 9;
/// `hoplimit` (u32) of `metrics`.
pub const RTAX_HOPLIMIT: u16 = 10;
/// `initcwnd` (u32) of `metrics`.
pub const RTAX_INITCWND: u16 = 11;
/// `features` (u32) of `metrics`.
pub const RTAX_FEATURES: u16 = 12;
/// `rto-min` (u32) of `metrics`.
pub const RTAX_RTO_MIN: u16 = 13;
/// `initrwnd` (u32) of `metrics`.
pub const RTAX_INITRWND: u16 = 14;
/// `quickack` (u32) of `metrics`.
pub const RTAX_QUICKACK: u16 = 15;
/// `cc-algo` (string) of `metrics`.
pub const RTAX_CC_ALGO: u16 = 16;
/// `fastopen-no-cookie` (u32) of `metrics`.
pub const RTAX_FASTOPEN_NO_COOKIE: u16 = 17;

// Attribute set `encap-mpls-attrs`

/// The label stack to push
pub const MPLS_IPTUNNEL_DST: u16 = 1;
/// `ttl` (u8) of `encap-mpls-attrs`.
pub const MPLS_IPTUNNEL_TTL: u16 = 2;

// Attribute set `encap-ip-attrs`

/// `id` (u64) of `encap-ip-attrs`.
pub const LWTUNNEL_IP_ID: u16 = 1;
/// `dst` (u32) of `encap-ip-attrs`.
pub const LWTUNNEL_IP_DST: u16 = 2;
/// `src` (u32) of `encap-ip-attrs`.
pub const LWTUNNEL_IP_SRC: u16 = 3;
/// `ttl` (u8) of `encap-ip-attrs`.
pub const LWTUNNEL_IP_TTL: u16 = 4;
/// `tos` (u8) of `encap-ip-attrs`.
pub const LWTUNNEL_IP_TOS: u16 = 5;
/// `flags` (u16) of `encap-ip-attrs`.
pub const LWTUNNEL_IP_FLAGS: u16 = 6;
/// `pad` (pad) of `encap-ip-attrs`.
pub const LWTUNNEL_IP_PAD: u16 = 7;
/// `opts` (binary) of `encap-ip-attrs`.
pub const LWTUNNEL_IP_OPTS: u16 = 8;

// Attribute set `encap-ip6-attrs`

/// `id` (u64) of `encap-ip6-attrs`.
pub const LWTUNNEL_IP6_ID: u16 = 1;
/// `dst` (binary) of `encap-ip6-attrs`.
pub const LWTUNNEL_IP6_DST: u16 = 2;
/// `src` (binary) of `encap-ip6-attrs`.
pub const LWTUNNEL_IP6_SRC: u16 = 3;
/// `hoplimit` (u8) of `encap-ip6-attrs`.
pub const LWTUNNEL_IP6_HOPLIMIT: u16 = 4;
/// `tc` (u8) of `encap-ip6-attrs`.
pub const LWTUNNEL_IP6_TC: u16 = 5;
/// `flags` (u16) of `encap-ip6-attrs`.
pub const LWTUNNEL_IP6_FLAGS: u16 = 6;
/// `pad` (pad) of `encap-ip6-attrs`.
pub const LWTUNNEL_IP6_PAD: u16 = 7;
/// `opts` (binary) of `encap-ip6-attrs`.
pub const LWTUNNEL_IP6_OPTS: u16 = 8;

// Attribute set `encap-bpf-attrs`

/// `in` (nest) of `encap-bpf-attrs`.
pub const LWT_BPF_IN: u16 = 1;
/// `out` (nest) of `encap-bpf-attrs`.
pub const LWT_BPF_OUT: u16 = 2;
/// `xmit` (nest) of `encap-bpf-attrs`.
pub const LWT_BPF_XMIT: u16 = 3;
/// `xmit-headroom` (u32) of `encap-bpf-attrs`.
pub const LWT_BPF_XMIT_HEADROOM: u16 = 4;

// Attribute set `encap-bpf-prog-attrs`

/// `fd` (u32) of `encap-bpf-prog-attrs`.
pub const LWT_BPF_PROG_FD: u16 = 1;
/// `name` (string) of `encap-bpf-prog-attrs`.
pub const LWT_BPF_PROG_NAME: u16 = 2;

// Enum `rtm-type`

/// `unspec` of `rtm-type`.
pub const RTN_UNSPEC: u32 = 0;
/// `unicast` of `rtm-type`.
pub const RTN_UNICAST: u32 = 1;
/// `local` of `rtm-type`.
pub const RTN_LOCAL: u32 = 2;
/// `broadcast` of `rtm-type`.
pub const RTN_BROADCAST: u32 = 3;
/// `anycast` of `rtm-type`.
pub const RTN_ANYCAST: u32 = 4;
/// `multicast` of `rtm-type`.
pub const RTN_MULTICAST: u32 = 5;
/// `blackhole` of `rtm-type`.
pub const RTN_BLACKHOLE: u32 = 6;
/// `unreachable` of `rtm-type`.
pub const RTN_UNREACHABLE: u32 = 7;
/// `prohibit` of `rtm-type`.
pub const RTN_PROHIBIT: u32 = 8;
/// `throw` of `rtm-type`.
pub const RTN_THROW: u32 = 9;
/// `nat` of `rtm-type`.
pub const RTN_NAT: u32 = 10;
/// `xresolve` of `rtm-type`.
pub const RTN_XRESOLVE: u32 = 11;

// Enum `del-reason`

/// The deletion path does not record a cause.
pub const RT_DEL_REASON_UNSPEC: u32 = 0;
/// The RTF_EXPIRES lifetime ran out and the route was garbage collected.
pub const RT_DEL_REASON_EXPIRED: u32 = 1;
/// A Router Advertisement withdrew the route with a zero lifetime.
pub const RT_DEL_REASON_RA_WITHDRAWN: u32 = 2;

// Flags `rtnh-flags`

/// `dead` of `rtnh-flags`.
pub const RTNH_F_DEAD: u32 = 1 << 0;
/// `pervasive` of `rtnh-flags`.
pub const RTNH_F_PERVASIVE: u32 = 1 << 1;
/// `onlink` of `rtnh-flags`.
pub const RTNH_F_ONLINK: u32 = 1 << 2;
/// `offload` of `rtnh-flags`.
pub const RTNH_F_OFFLOAD: u32 = 1 << 3;
/// `linkdown` of `rtnh-flags`.
pub const RTNH_F_LINKDOWN: u32 = 1 << 4;
/// `unresolved` of `rtnh-flags`.
pub const RTNH_F_UNRESOLVED: u32 = 1 << 5;
/// `trap` of `rtnh-flags`.
pub const RTNH_F_TRAP: u32 = 1 << 6;

// Flags `rtm-flags`

/// `notify` of `rtm-flags`.
pub const RTM_F_NOTIFY: u32 = 1 << 8;
/// `cloned` of `rtm-flags`.
pub const RTM_F_CLONED: u32 = 1 << 9;
/// `equalize` of `rtm-flags`.
pub const RTM_F_EQUALIZE: u32 = 1 << 10;
/// `prefix` of `rtm-flags`.
pub const RTM_F_PREFIX: u32 = 1 << 11;
/// `lookup-table` of `rtm-flags`.
pub const RTM_F_LOOKUP_TABLE: u32 = 1 << 12;
/// `fib-match` of `rtm-flags`.
pub const RTM_F_FIB_MATCH: u32 = 1 << 13;
/// `offload` of `rtm-flags`.
pub const RTM_F_OFFLOAD: u32 = 1 << 14;
/// `trap` of `rtm-flags`.
pub const RTM_F_TRAP: u32 = 1 << 15;
/// `offload-failed` of `rtm-flags`.
pub const RTM_F_OFFLOAD_FAILED: u32 = 1 << 29;

// Enum `lwtunnel-encap-type`

/// `none` of `lwtunnel-encap-type`.
pub const LWTUNNEL_ENCAP_NONE: u32 = 0;
/// `mpls` of `lwtunnel-encap-type`.
pub const LWTUNNEL_ENCAP_MPLS: u32 = 1;
/// `ip` of `lwtunnel-encap-type`.
pub const LWTUNNEL_ENCAP_IP: u32 = 2;
/// `ila` of `lwtunnel-encap-type`.
pub const LWTUNNEL_ENCAP_ILA: u32 = 3;
/// `ip6` of `lwtunnel-encap-type`.
pub const LWTUNNEL_ENCAP_IP6: u32 = 4;
/// `seg6` of `lwtunnel-encap-type`.
pub const LWTUNNEL_ENCAP_SEG6: u32 = 5;
/// `bpf` of `lwtunnel-encap-type`.
pub const LWTUNNEL_ENCAP_BPF: u32 = 6;
/// `seg6-local` of `lwtunnel-encap-type`.
pub const LWTUNNEL_ENCAP_SEG6_LOCAL: u32 = 7;
/// `rpl` of `lwtunnel-encap-type`.
pub const LWTUNNEL_ENCAP_RPL: u32 = 8;
/// `ioam6` of `lwtunnel-encap-type`.
pub const LWTUNNEL_ENCAP_IOAM6: u32 = 9;
/// `xfrm` of `lwtunnel-encap-type`.
pub const LWTUNNEL_ENCAP_XFRM: u32 = 10;

// Enum `router-pref`

/// `medium` of `router-pref`.
pub const ICMPV6_ROUTER_PREF_MEDIUM: u32 = 0;
/// `high` of `router-pref`.
pub const ICMPV6_ROUTER_PREF_HIGH: u32 = 1;
/// `invalid` of `router-pref`.
pub const ICMPV6_ROUTER_PREF_INVALID: u32 = 2;
/// `low` of `router-pref`.
pub const ICMPV6_ROUTER_PREF_LOW: u32 = 3;

// Enum `address-family`

/// `unspec` of `address-family`.
pub const AF_UNSPEC: u32 = 0;
/// `unix` of `address-family`.
pub const AF_UNIX: u32 = 1;
/// `inet` of `address-family`.
pub const AF_INET: u32 = 2;
/// `ax25` of `address-family`.
pub const AF_AX25: u32 = 3;
/// `ipx` of `address-family`.
pub const AF_IPX: u32 = 4;
/// `appletalk` of `address-family`.
pub const AF_APPLETALK: u32 = 5;
/// `netrom` of `address-family`.
pub const AF_NETROM: u32 = 6;
/// `bridge` of `address-family`.
pub const AF_BRIDGE: u32 = 7;
/// `atmpvc` of `address-family`.
pub const AF_ATMPVC: u32 = 8;
/// `x25` of `address-family`.
pub const AF_X25: u32 = 9;
/// `inet6` of `address-family`.
pub const AF_INET6: u32 = 10;
/// `rose` of `address-family`.
pub const AF_ROSE: u32 = 11;
/// `decnet` of `address-family`.
pub const AF_DECNET: u32 = 12;
/// `netbeui` of `address-family`.
pub const AF_NETBEUI: u32 = 13;
/// `security` of `address-family`.
pub const AF_SECURITY: u32 = 14;
/// `key` of `address-family`.
pub const AF_KEY: u32 = 15;
/// `netlink` of `address-family`.
pub const AF_NETLINK: u32 = 16;
/// `packet` of `address-family`.
pub const AF_PACKET: u32 = 17;
/// `ash` of `address-family`.
pub const AF_ASH: u32 = 18;
/// `econet` of `address-family`.
pub const AF_ECONET: u32 = 19;
/// `atmsvc` of `address-family`.
pub const AF_ATMSVC: u32 = 20;
/// `rds` of `address-family`.
pub const AF_RDS: u32 = 21;
/// `sna` of `address-family`.
pub const AF_SNA: u32 = 22;
/// `irda` of `address-family`.
pub const AF_IRDA: u32 = 23;
/// `pppox` of `address-family`.
pub const AF_PPPOX: u32 = 24;
/// `wanpipe` of `address-family`.
pub const AF_WANPIPE: u32 = 25;
/// `llc` of `address-family`.
pub const AF_LLC: u32 = 26;
/// `ib` of `address-family`.
pub const AF_IB: u32 = 27;
/// `mpls` of `address-family`.
pub const AF_MPLS: u32 = 28;
/// `can` of `address-family`.
pub const AF_CAN: u32 = 29;
/// `tipc` of `address-family`.
pub const AF_TIPC: u32 = 30;
/// `bluetooth` of `address-family`.
pub const AF_BLUETOOTH: u32 = 31;
/// `iucv` of `address-family`.
pub const AF_IUCV: u32 = 32;
/// `rxrpc` of `address-family`.
pub const AF_RXRPC: u32 = 33;
/// `isdn` of `address-family`.
pub const AF_ISDN: u32 = 34;
/// `phonet` of `address-family`.
pub const AF_PHONET: u32 = 35;
/// `ieee802154` of `address-family`.
pub const AF_IEEE802154: u32 = 36;
/// `caif` of `address-family`.
pub const AF_CAIF: u32 = 37;
/// `alg` of `address-family`.
pub const AF_ALG: u32 = 38;
/// `nfc` of `address-family`.
pub const AF_NFC: u32 = 39;
/// `vsock` of `address-family`.
pub const AF_VSOCK: u32 = 40;
/// `kcm` of `address-family`.
pub const AF_KCM: u32 = 41;
/// `qipcrtr` of `address-family`.
pub const AF_QIPCRTR: u32 = 42;
/// `smc` of `address-family`.
pub const AF_SMC: u32 = 43;
/// `xdp` of `address-family`.
pub const AF_XDP: u32 = 44;
/// `mctp` of `address-family`.
pub const AF_MCTP: u32 = 45;

// Enum `rt-protocol`

/// `unspec` of `rt-protocol`.
pub const RTPROT_UNSPEC: u32 = 0;
/// `redirect` of `rt-protocol`.
pub const RTPROT_REDIRECT: u32 = 1;
/// `kernel` of `rt-protocol`.
pub const RTPROT_KERNEL: u32 = 2;
/// `boot` of `rt-protocol`.
pub const RTPROT_BOOT: u32 = 3;
/// `static` of `rt-protocol`.
pub const RTPROT_STATIC: u32 = 4;
/// `gated` of `rt-protocol`.
pub const RTPROT_GATED: u32 = 8;
/// `ra` of `rt-protocol`.
pub const RTPROT_RA: u32 = 9;
/// `mrt` of `rt-protocol`.
pub const RTPROT_MRT: u32 = 10;
/// `zebra` of `rt-protocol`.
pub const RTPROT_ZEBRA: u32 = 11;
/// `bird` of `rt-protocol`.
pub const RTPROT_BIRD: u32 = 12;
/// `dnrouted` of `rt-protocol`.
pub const RTPROT_DNROUTED: u32 = 13;
/// `xorp` of `rt-protocol`.
pub const RTPROT_XORP: u32 = 14;
/// `ntk` of `rt-protocol`.
pub const RTPROT_NTK: u32 = 15;
/// `dhcp` of `rt-protocol`.
pub const RTPROT_DHCP: u32 = 16;
/// `mrouted` of `rt-protocol`.
pub const RTPROT_MROUTED: u32 = 17;
/// `keepalived` of `rt-protocol`.
pub const RTPROT_KEEPALIVED: u32 = 18;
/// `babel` of `rt-protocol`.
pub const RTPROT_BABEL: u32 = 42;
/// `ovn` of `rt-protocol`.
pub const RTPROT_OVN: u32 = 84;
/// `openr` of `rt-protocol`.
pub const RTPROT_OPENR: u32 = 99;
/// `bgp` of `rt-protocol`.
pub const RTPROT_BGP: u32 = 186;
/// `isis` of `rt-protocol`.
pub const RTPROT_ISIS: u32 = 187;
/// `ospf` of `rt-protocol`.
pub const RTPROT_OSPF: u32 = 188;
/// `rip` of `rt-protocol`.
pub const RTPROT_RIP: u32 = 189;
/// `eigrp` of `rt-protocol`.
pub const RTPROT_EIGRP: u32 = 192;

// Enum `rt-scope`

/// `universe` of `rt-scope`.
pub const RT_SCOPE_UNIVERSE: u32 = 0;
/// `site` of `rt-scope`.
pub const RT_SCOPE_SITE: u32 = 200;
/// `link` of `rt-scope`.
pub const RT_SCOPE_LINK: u32 = 253;
/// `host` of `rt-scope`.
pub const RT_SCOPE_HOST: u32 = 254;
/// `nowhere` of `rt-scope`.
pub const RT_SCOPE_NOWHERE: u32 = 255;

// Enum `rt-table`

/// `unspec` of `rt-table`.
pub const RT_TABLE_UNSPEC: u32 = 0;
/// `compat` of `rt-table`.
pub const RT_TABLE_COMPAT: u32 = 252;
/// `default` of `rt-table`.
pub const RT_TABLE_DEFAULT: u32 = 253;
/// `main` of `rt-table`.
pub const RT_TABLE_MAIN: u32 = 254;
/// `local` of `rt-table`.
pub const RT_TABLE_LOCAL: u32 = 255;
