//! The numbers of `tcp_metrics` by their kernel C names: attribute types, enum values and flag
//! bits, commands, multicast groups and constants.

/// The generic netlink family name, resolved to an id by nlctrl at run time.
pub const TCP_METRICS_GENL_NAME: &str = "tcp_metrics";
/// The family version for `genlmsghdr.version`.
pub const TCP_METRICS_GENL_VERSION: u8 = 1;

// Commands

/// Retrieve metrics.
pub const TCP_METRICS_CMD_GET: u8 = 1;
/// Delete metrics.
pub const TCP_METRICS_CMD_DEL: u8 = 2;

// Attribute set `tcp-metrics`

/// `addr-ipv4` (u32) of `tcp-metrics`.
pub const TCP_METRICS_ATTR_ADDR_IPV4: u16 = 1;
/// `addr-ipv6` (binary) of `tcp-metrics`.
pub const TCP_METRICS_ATTR_ADDR_IPV6: u16 = 2;
/// `age` (u64) of `tcp-metrics`.
pub const TCP_METRICS_ATTR_AGE: u16 = 3;
/// unused
pub const TCP_METRICS_ATTR_TW_TSVAL: u16 = 4;
/// unused
pub const TCP_METRICS_ATTR_TW_TS_STAMP: u16 = 5;
/// `vals` (nest) of `tcp-metrics`.
pub const TCP_METRICS_ATTR_VALS: u16 = 6;
/// `fopen-mss` (u16) of `tcp-metrics`.
pub const TCP_METRICS_ATTR_FOPEN_MSS: u16 = 7;
/// `fopen-syn-drops` (u16) of `tcp-metrics`.
pub const TCP_METRICS_ATTR_FOPEN_SYN_DROPS: u16 = 8;
/// `fopen-syn-drop-ts` (u64) of `tcp-metrics`.
pub const TCP_METRICS_ATTR_FOPEN_SYN_DROP_TS: u16 = 9;
/// `fopen-cookie` (binary) of `tcp-metrics`.
pub const TCP_METRICS_ATTR_FOPEN_COOKIE: u16 = 10;
/// `saddr-ipv4` (u32) of `tcp-metrics`.
pub const TCP_METRICS_ATTR_SADDR_IPV4: u16 = 11;
/// `saddr-ipv6` (binary) of `tcp-metrics`.
pub const TCP_METRICS_ATTR_SADDR_IPV6: u16 = 12;
/// `pad` (pad) of `tcp-metrics`.
pub const TCP_METRICS_ATTR_PAD: u16 = 13;

// Attribute set `metrics`

/// Round Trip Time (RTT), in msecs with 3 bits fractional
/// (left-shift by 3 to get the msec value).
pub const TCP_METRICS_A_METRICS_RTT: u16 = 1;
/// Round Trip Time VARiance (RTT), in msecs with 2 bits fractional
/// (left-shift by 2 to get the msec value).
pub const TCP_METRICS_A_METRICS_RTTVAR: u16 = 2;
/// Slow Start THRESHold.
pub const TCP_METRICS_A_METRICS_SSTHRESH: u16 = 3;
/// Congestion Window.
pub const TCP_METRICS_A_METRICS_CWND: u16 = 4;
/// Reodering metric.
pub const TCP_METRICS_A_METRICS_REODERING: u16 = 5;
/// Round Trip Time (RTT), in usecs, with 3 bits fractional
/// (left-shift by 3 to get the msec value).
pub const TCP_METRICS_A_METRICS_RTT_US: u16 = 6;
/// Round Trip Time (RTT), in usecs, with 2 bits fractional
/// (left-shift by 3 to get the msec value).
pub const TCP_METRICS_A_METRICS_RTTVAR_US: u16 = 7;

// Constants

/// The `TCP_METRICS_TCP_FASTOPEN_COOKIE_MAX` constant.
pub const TCP_METRICS_TCP_FASTOPEN_COOKIE_MAX: u32 = 16;
