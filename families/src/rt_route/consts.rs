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
/// `multipath` (binary) of `route-attrs`.
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
/// `encap` (binary) of `route-attrs`.
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
