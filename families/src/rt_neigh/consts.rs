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
pub const RT_NEIGH_NUD_STATE_INCOMPLETE: u32 = 1 << 0;
/// `reachable` of `nud-state`.
pub const RT_NEIGH_NUD_STATE_REACHABLE: u32 = 1 << 1;
/// `stale` of `nud-state`.
pub const RT_NEIGH_NUD_STATE_STALE: u32 = 1 << 2;
/// `delay` of `nud-state`.
pub const RT_NEIGH_NUD_STATE_DELAY: u32 = 1 << 3;
/// `probe` of `nud-state`.
pub const RT_NEIGH_NUD_STATE_PROBE: u32 = 1 << 4;
/// `failed` of `nud-state`.
pub const RT_NEIGH_NUD_STATE_FAILED: u32 = 1 << 5;
/// `noarp` of `nud-state`.
pub const RT_NEIGH_NUD_STATE_NOARP: u32 = 1 << 6;
/// `permanent` of `nud-state`.
pub const RT_NEIGH_NUD_STATE_PERMANENT: u32 = 1 << 7;

// Flags `ntf-flags`

/// `use` of `ntf-flags`.
pub const RT_NEIGH_NTF_FLAGS_USE: u32 = 1 << 0;
/// `self` of `ntf-flags`.
pub const RT_NEIGH_NTF_FLAGS_SELF: u32 = 1 << 1;
/// `master` of `ntf-flags`.
pub const RT_NEIGH_NTF_FLAGS_MASTER: u32 = 1 << 2;
/// `proxy` of `ntf-flags`.
pub const RT_NEIGH_NTF_FLAGS_PROXY: u32 = 1 << 3;
/// `ext-learned` of `ntf-flags`.
pub const RT_NEIGH_NTF_FLAGS_EXT_LEARNED: u32 = 1 << 4;
/// `offloaded` of `ntf-flags`.
pub const RT_NEIGH_NTF_FLAGS_OFFLOADED: u32 = 1 << 5;
/// `sticky` of `ntf-flags`.
pub const RT_NEIGH_NTF_FLAGS_STICKY: u32 = 1 << 6;
/// `router` of `ntf-flags`.
pub const RT_NEIGH_NTF_FLAGS_ROUTER: u32 = 1 << 7;

// Flags `ntf-ext-flags`

/// `managed` of `ntf-ext-flags`.
pub const RT_NEIGH_NTF_EXT_FLAGS_MANAGED: u32 = 1 << 0;
/// `locked` of `ntf-ext-flags`.
pub const RT_NEIGH_NTF_EXT_FLAGS_LOCKED: u32 = 1 << 1;
/// `ext-validated` of `ntf-ext-flags`.
pub const RT_NEIGH_NTF_EXT_FLAGS_EXT_VALIDATED: u32 = 1 << 2;

// Enum `rtm-type`

/// `unspec` of `rtm-type`.
pub const RT_NEIGH_RTM_TYPE_UNSPEC: u32 = 0;
/// `unicast` of `rtm-type`.
pub const RT_NEIGH_RTM_TYPE_UNICAST: u32 = 1;
/// `local` of `rtm-type`.
pub const RT_NEIGH_RTM_TYPE_LOCAL: u32 = 2;
/// `broadcast` of `rtm-type`.
pub const RT_NEIGH_RTM_TYPE_BROADCAST: u32 = 3;
/// `anycast` of `rtm-type`.
pub const RT_NEIGH_RTM_TYPE_ANYCAST: u32 = 4;
/// `multicast` of `rtm-type`.
pub const RT_NEIGH_RTM_TYPE_MULTICAST: u32 = 5;
/// `blackhole` of `rtm-type`.
pub const RT_NEIGH_RTM_TYPE_BLACKHOLE: u32 = 6;
/// `unreachable` of `rtm-type`.
pub const RT_NEIGH_RTM_TYPE_UNREACHABLE: u32 = 7;
/// `prohibit` of `rtm-type`.
pub const RT_NEIGH_RTM_TYPE_PROHIBIT: u32 = 8;
/// `throw` of `rtm-type`.
pub const RT_NEIGH_RTM_TYPE_THROW: u32 = 9;
/// `nat` of `rtm-type`.
pub const RT_NEIGH_RTM_TYPE_NAT: u32 = 10;
/// `xresolve` of `rtm-type`.
pub const RT_NEIGH_RTM_TYPE_XRESOLVE: u32 = 11;
