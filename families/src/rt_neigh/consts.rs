//! The numbers of `rt-neigh` by their kernel C names: attribute types, enum values and flag
//! bits, message types, multicast groups and constants.

// Message types

/// Add new neighbour entry
pub const RTM_NEWNEIGH: u16 = 28;
/// Remove an existing neighbour entry
pub const RTM_DELNEIGH: u16 = 29;
/// Get or dump neighbour entries
pub const RTM_GETNEIGH: u16 = 30;
/// Get or dump neighbour tables
pub const RTM_GETNEIGHTBL: u16 = 66;
/// Set neighbour tables
pub const RTM_SETNEIGHTBL: u16 = 67;

// Multicast groups

/// The `rtnlgrp-neigh` multicast group.
pub const RTNLGRP_NEIGH: u32 = 3;

// Attribute set `neighbour-attrs`

/// `unspec` (binary) of `neighbour-attrs`.
pub const NDA_UNSPEC: u16 = 0;
/// `dst` (binary) of `neighbour-attrs`.
pub const NDA_DST: u16 = 1;
/// `lladdr` (binary) of `neighbour-attrs`.
pub const NDA_LLADDR: u16 = 2;
/// `cacheinfo` (binary) of `neighbour-attrs`.
pub const NDA_CACHEINFO: u16 = 3;
/// `probes` (u32) of `neighbour-attrs`.
pub const NDA_PROBES: u16 = 4;
/// `vlan` (u16) of `neighbour-attrs`.
pub const NDA_VLAN: u16 = 5;
/// `port` (u16) of `neighbour-attrs`.
pub const NDA_PORT: u16 = 6;
/// `vni` (u32) of `neighbour-attrs`.
pub const NDA_VNI: u16 = 7;
/// `ifindex` (u32) of `neighbour-attrs`.
pub const NDA_IFINDEX: u16 = 8;
/// `master` (u32) of `neighbour-attrs`.
pub const NDA_MASTER: u16 = 9;
/// `link-netnsid` (s32) of `neighbour-attrs`.
pub const NDA_LINK_NETNSID: u16 = 10;
/// `src-vni` (u32) of `neighbour-attrs`.
pub const NDA_SRC_VNI: u16 = 11;
/// `protocol` (u8) of `neighbour-attrs`.
pub const NDA_PROTOCOL: u16 = 12;
/// `nh-id` (u32) of `neighbour-attrs`.
pub const NDA_NH_ID: u16 = 13;
/// `fdb-ext-attrs` (binary) of `neighbour-attrs`.
pub const NDA_FDB_EXT_ATTRS: u16 = 14;
/// `flags-ext` (u32) of `neighbour-attrs`.
pub const NDA_FLAGS_EXT: u16 = 15;
/// `ndm-state-mask` (u16) of `neighbour-attrs`.
pub const NDA_NDM_STATE_MASK: u16 = 16;
/// `ndm-flags-mask` (u8) of `neighbour-attrs`.
pub const NDA_NDM_FLAGS_MASK: u16 = 17;

// Attribute set `ndt-attrs`

/// `name` (string) of `ndt-attrs`.
pub const NDTA_NAME: u16 = 1;
/// `thresh1` (u32) of `ndt-attrs`.
pub const NDTA_THRESH1: u16 = 2;
/// `thresh2` (u32) of `ndt-attrs`.
pub const NDTA_THRESH2: u16 = 3;
/// `thresh3` (u32) of `ndt-attrs`.
pub const NDTA_THRESH3: u16 = 4;
/// `config` (binary) of `ndt-attrs`.
pub const NDTA_CONFIG: u16 = 5;
/// `parms` (nest) of `ndt-attrs`.
pub const NDTA_PARMS: u16 = 6;
/// `stats` (binary) of `ndt-attrs`.
pub const NDTA_STATS: u16 = 7;
/// `gc-interval` (u64) of `ndt-attrs`.
pub const NDTA_GC_INTERVAL: u16 = 8;
/// `pad` (pad) of `ndt-attrs`.
pub const NDTA_PAD: u16 = 9;

// Attribute set `ndtpa-attrs`

/// `ifindex` (u32) of `ndtpa-attrs`.
pub const NDTPA_IFINDEX: u16 = 1;
/// `refcnt` (u32) of `ndtpa-attrs`.
pub const NDTPA_REFCNT: u16 = 2;
/// `reachable-time` (u64) of `ndtpa-attrs`.
pub const NDTPA_REACHABLE_TIME: u16 = 3;
/// `base-reachable-time` (u64) of `ndtpa-attrs`.
pub const NDTPA_BASE_REACHABLE_TIME: u16 = 4;
/// `retrans-time` (u64) of `ndtpa-attrs`.
pub const NDTPA_RETRANS_TIME: u16 = 5;
/// `gc-staletime` (u64) of `ndtpa-attrs`.
pub const NDTPA_GC_STALETIME: u16 = 6;
/// `delay-probe-time` (u64) of `ndtpa-attrs`.
pub const NDTPA_DELAY_PROBE_TIME: u16 = 7;
/// `queue-len` (u32) of `ndtpa-attrs`.
pub const NDTPA_QUEUE_LEN: u16 = 8;
/// `app-probes` (u32) of `ndtpa-attrs`.
pub const NDTPA_APP_PROBES: u16 = 9;
/// `ucast-probes` (u32) of `ndtpa-attrs`.
pub const NDTPA_UCAST_PROBES: u16 = 10;
/// `mcast-probes` (u32) of `ndtpa-attrs`.
pub const NDTPA_MCAST_PROBES: u16 = 11;
/// `anycast-delay` (u64) of `ndtpa-attrs`.
pub const NDTPA_ANYCAST_DELAY: u16 = 12;
/// `proxy-delay` (u64) of `ndtpa-attrs`.
pub const NDTPA_PROXY_DELAY: u16 = 13;
/// `proxy-qlen` (u32) of `ndtpa-attrs`.
pub const NDTPA_PROXY_QLEN: u16 = 14;
/// `locktime` (u64) of `ndtpa-attrs`.
pub const NDTPA_LOCKTIME: u16 = 15;
/// `queue-lenbytes` (u32) of `ndtpa-attrs`.
pub const NDTPA_QUEUE_LENBYTES: u16 = 16;
/// `mcast-reprobes` (u32) of `ndtpa-attrs`.
pub const NDTPA_MCAST_REPROBES: u16 = 17;
/// `pad` (pad) of `ndtpa-attrs`.
pub const NDTPA_PAD: u16 = 18;
/// `interval-probe-time-ms` (u64) of `ndtpa-attrs`.
pub const NDTPA_INTERVAL_PROBE_TIME_MS: u16 = 19;

// Flags `nud-state`

/// `incomplete` of `nud-state`.
pub const NUD_INCOMPLETE: u32 = 1 << 0;
/// `reachable` of `nud-state`.
pub const NUD_REACHABLE: u32 = 1 << 1;
/// `stale` of `nud-state`.
pub const NUD_STALE: u32 = 1 << 2;
/// `delay` of `nud-state`.
pub const NUD_DELAY: u32 = 1 << 3;
/// `probe` of `nud-state`.
pub const NUD_PROBE: u32 = 1 << 4;
/// `failed` of `nud-state`.
pub const NUD_FAILED: u32 = 1 << 5;
/// `noarp` of `nud-state`.
pub const NUD_NOARP: u32 = 1 << 6;
/// `permanent` of `nud-state`.
pub const NUD_PERMANENT: u32 = 1 << 7;

// Flags `ntf-flags`

/// `use` of `ntf-flags`.
pub const NTF_USE: u32 = 1 << 0;
/// `self` of `ntf-flags`.
pub const NTF_SELF: u32 = 1 << 1;
/// `master` of `ntf-flags`.
pub const NTF_MASTER: u32 = 1 << 2;
/// `proxy` of `ntf-flags`.
pub const NTF_PROXY: u32 = 1 << 3;
/// `ext-learned` of `ntf-flags`.
pub const NTF_EXT_LEARNED: u32 = 1 << 4;
/// `offloaded` of `ntf-flags`.
pub const NTF_OFFLOADED: u32 = 1 << 5;
/// `sticky` of `ntf-flags`.
pub const NTF_STICKY: u32 = 1 << 6;
/// `router` of `ntf-flags`.
pub const NTF_ROUTER: u32 = 1 << 7;

// Flags `ntf-ext-flags`

/// `managed` of `ntf-ext-flags`.
pub const NTF_EXT_MANAGED: u32 = 1 << 0;
/// `locked` of `ntf-ext-flags`.
pub const NTF_EXT_LOCKED: u32 = 1 << 1;
/// `ext-validated` of `ntf-ext-flags`.
pub const NTF_EXT_EXT_VALIDATED: u32 = 1 << 2;

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
