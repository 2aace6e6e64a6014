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
pub const FR_ACT_UNSPEC: u32 = 0;
/// `to-tbl` of `fr-act`.
pub const FR_ACT_TO_TBL: u32 = 1;
/// `goto` of `fr-act`.
pub const FR_ACT_GOTO: u32 = 2;
/// `nop` of `fr-act`.
pub const FR_ACT_NOP: u32 = 3;
/// `res3` of `fr-act`.
pub const FR_ACT_RES3: u32 = 4;
/// `res4` of `fr-act`.
pub const FR_ACT_RES4: u32 = 5;
/// `blackhole` of `fr-act`.
pub const FR_ACT_BLACKHOLE: u32 = 6;
/// `unreachable` of `fr-act`.
pub const FR_ACT_UNREACHABLE: u32 = 7;
/// `prohibit` of `fr-act`.
pub const FR_ACT_PROHIBIT: u32 = 8;

// Flags `fib-rule-flags`

/// `permanent` of `fib-rule-flags`.
pub const FIB_RULE_PERMANENT: u32 = 1 << 0;
/// `invert` of `fib-rule-flags`.
pub const FIB_RULE_INVERT: u32 = 1 << 1;
/// `unresolved` of `fib-rule-flags`.
pub const FIB_RULE_UNRESOLVED: u32 = 1 << 2;
/// `iif-detached` of `fib-rule-flags`.
pub const FIB_RULE_IIF_DETACHED: u32 = 1 << 3;
/// `oif-detached` of `fib-rule-flags`.
pub const FIB_RULE_OIF_DETACHED: u32 = 1 << 4;
/// `find-saddr` of `fib-rule-flags`.
pub const FIB_RULE_FIND_SADDR: u32 = 1 << 16;

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
