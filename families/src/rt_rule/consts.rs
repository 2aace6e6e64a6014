//! The numbers of `rt-rule` by their kernel C names: attribute types, enum values and flag
//! bits, message types, multicast groups and constants.

// Message types

/// Add new FIB rule
pub const RTM_NEWRULE: u16 = 32;
/// Remove an existing FIB rule
pub const RTM_DELRULE: u16 = 33;
/// Dump all FIB rules
pub const RTM_GETRULE: u16 = 34;

// Multicast groups

/// The `rtnlgrp-ipv4-rule` multicast group.
pub const RTNLGRP_IPV4_RULE: u32 = 8;
/// The `rtnlgrp-ipv6-rule` multicast group.
pub const RTNLGRP_IPV6_RULE: u32 = 19;

// Attribute set `fib-rule-attrs`

/// `dst` (binary) of `fib-rule-attrs`.
pub const FRA_DST: u16 = 1;
/// `src` (binary) of `fib-rule-attrs`.
pub const FRA_SRC: u16 = 2;
/// `iifname` (string) of `fib-rule-attrs`.
pub const FRA_IIFNAME: u16 = 3;
/// `goto` (u32) of `fib-rule-attrs`.
pub const FRA_GOTO: u16 = 4;
/// `unused2` (pad) of `fib-rule-attrs`.
pub const FRA_UNUSED2: u16 = 5;
/// `priority` (u32) of `fib-rule-attrs`.
pub const FRA_PRIORITY: u16 = 6;
/// `unused3` (pad) of `fib-rule-attrs`.
pub const FRA_UNUSED3: u16 = 7;
/// `unused4` (pad) of `fib-rule-attrs`.
pub const FRA_UNUSED4: u16 = 8;
/// `unused5` (pad) of `fib-rule-attrs`.
pub const FRA_UNUSED5: u16 = 9;
/// `fwmark` (u32) of `fib-rule-attrs`.
pub const FRA_FWMARK: u16 = 10;
/// `flow` (u32) of `fib-rule-attrs`.
pub const FRA_FLOW: u16 = 11;
/// `tun-id` (u64) of `fib-rule-attrs`.
pub const FRA_TUN_ID: u16 = 12;
/// `suppress-ifgroup` (u32) of `fib-rule-attrs`.
pub const FRA_SUPPRESS_IFGROUP: u16 = 13;
/// `suppress-prefixlen` (u32) of `fib-rule-attrs`.
pub const FRA_SUPPRESS_PREFIXLEN: u16 = 14;
/// `table` (u32) of `fib-rule-attrs`.
pub const FRA_TABLE: u16 = 15;
/// `fwmask` (u32) of `fib-rule-attrs`.
pub const FRA_FWMASK: u16 = 16;
/// `oifname` (string) of `fib-rule-attrs`.
pub const FRA_OIFNAME: u16 = 17;
/// `pad` (pad) of `fib-rule-attrs`.
pub const FRA_PAD: u16 = 18;
/// `l3mdev` (u8) of `fib-rule-attrs`.
pub const FRA_L3MDEV: u16 = 19;
/// `uid-range` (binary) of `fib-rule-attrs`.
pub const FRA_UID_RANGE: u16 = 20;
/// `protocol` (u8) of `fib-rule-attrs`.
pub const FRA_PROTOCOL: u16 = 21;
/// `ip-proto` (u8) of `fib-rule-attrs`.
pub const FRA_IP_PROTO: u16 = 22;
/// `sport-range` (binary) of `fib-rule-attrs`.
pub const FRA_SPORT_RANGE: u16 = 23;
/// `dport-range` (binary) of `fib-rule-attrs`.
pub const FRA_DPORT_RANGE: u16 = 24;
/// `dscp` (u8) of `fib-rule-attrs`.
pub const FRA_DSCP: u16 = 25;
/// `flowlabel` (u32) of `fib-rule-attrs`.
pub const FRA_FLOWLABEL: u16 = 26;
/// `flowlabel-mask` (u32) of `fib-rule-attrs`.
pub const FRA_FLOWLABEL_MASK: u16 = 27;
/// `sport-mask` (u16) of `fib-rule-attrs`.
pub const FRA_SPORT_MASK: u16 = 28;
/// `dport-mask` (u16) of `fib-rule-attrs`.
pub const FRA_DPORT_MASK: u16 = 29;
/// `dscp-mask` (u8) of `fib-rule-attrs`.
pub const FRA_DSCP_MASK: u16 = 30;

// Enum `fr-act`

/// `unspec` of `fr-act`.
pub const RT_RULE_FR_ACT_UNSPEC: u32 = 0;
/// `to-tbl` of `fr-act`.
pub const RT_RULE_FR_ACT_TO_TBL: u32 = 1;
/// `goto` of `fr-act`.
pub const RT_RULE_FR_ACT_GOTO: u32 = 2;
/// `nop` of `fr-act`.
pub const RT_RULE_FR_ACT_NOP: u32 = 3;
/// `res3` of `fr-act`.
pub const RT_RULE_FR_ACT_RES3: u32 = 4;
/// `res4` of `fr-act`.
pub const RT_RULE_FR_ACT_RES4: u32 = 5;
/// `blackhole` of `fr-act`.
pub const RT_RULE_FR_ACT_BLACKHOLE: u32 = 6;
/// `unreachable` of `fr-act`.
pub const RT_RULE_FR_ACT_UNREACHABLE: u32 = 7;
/// `prohibit` of `fr-act`.
pub const RT_RULE_FR_ACT_PROHIBIT: u32 = 8;
