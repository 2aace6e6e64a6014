//! The numbers of `rt-addr` by their kernel C names: attribute types, enum values and flag
//! bits, message types, multicast groups and constants.

// Message types

/// Add new address
pub const RTM_NEWADDR: u16 = 20;
/// Remove address
pub const RTM_DELADDR: u16 = 21;
/// Dump address information.
pub const RTM_GETADDR: u16 = 22;
/// Get / dump IPv4/IPv6 multicast addresses.
pub const RTM_GETMULTICAST: u16 = 58;

// Multicast groups

/// The `rtnlgrp-ipv4-ifaddr` multicast group.
pub const RTNLGRP_IPV4_IFADDR: u32 = 5;
/// The `rtnlgrp-ipv6-ifaddr` multicast group.
pub const RTNLGRP_IPV6_IFADDR: u32 = 9;
/// The `rtnlgrp-ipv6-prefix` multicast group.
pub const RTNLGRP_IPV6_PREFIX: u32 = 18;

// Attribute set `addr-attrs`

/// `address` (binary) of `addr-attrs`.
pub const IFA_ADDRESS: u16 = 1;
/// `local` (binary) of `addr-attrs`.
pub const IFA_LOCAL: u16 = 2;
/// `label` (string) of `addr-attrs`.
pub const IFA_LABEL: u16 = 3;
/// `broadcast` (u32) of `addr-attrs`.
pub const IFA_BROADCAST: u16 = 4;
/// `anycast` (binary) of `addr-attrs`.
pub const IFA_ANYCAST: u16 = 5;
/// `cacheinfo` (binary) of `addr-attrs`.
pub const IFA_CACHEINFO: u16 = 6;
/// `multicast` (binary) of `addr-attrs`.
pub const IFA_MULTICAST: u16 = 7;
/// `flags` (u32) of `addr-attrs`.
pub const IFA_FLAGS: u16 = 8;
/// `rt-priority` (u32) of `addr-attrs`.
pub const IFA_RT_PRIORITY: u16 = 9;
/// `target-netnsid` (binary) of `addr-attrs`.
pub const IFA_TARGET_NETNSID: u16 = 10;
/// `proto` (u8) of `addr-attrs`.
pub const IFA_PROTO: u16 = 11;
/// `mc-users` (u32) of `addr-attrs`.
pub const IFA_MC_USERS: u16 = 12;

// Flags `ifa-flags`

/// `secondary` of `ifa-flags`.
pub const IFA_F_SECONDARY: u32 = 1 << 0;
/// `nodad` of `ifa-flags`.
pub const IFA_F_NODAD: u32 = 1 << 1;
/// `optimistic` of `ifa-flags`.
pub const IFA_F_OPTIMISTIC: u32 = 1 << 2;
/// `dadfailed` of `ifa-flags`.
pub const IFA_F_DADFAILED: u32 = 1 << 3;
/// `homeaddress` of `ifa-flags`.
pub const IFA_F_HOMEADDRESS: u32 = 1 << 4;
/// `deprecated` of `ifa-flags`.
pub const IFA_F_DEPRECATED: u32 = 1 << 5;
/// `tentative` of `ifa-flags`.
pub const IFA_F_TENTATIVE: u32 = 1 << 6;
/// `permanent` of `ifa-flags`.
pub const IFA_F_PERMANENT: u32 = 1 << 7;
/// `managetempaddr` of `ifa-flags`.
pub const IFA_F_MANAGETEMPADDR: u32 = 1 << 8;
/// `noprefixroute` of `ifa-flags`.
pub const IFA_F_NOPREFIXROUTE: u32 = 1 << 9;
/// `mcautojoin` of `ifa-flags`.
pub const IFA_F_MCAUTOJOIN: u32 = 1 << 10;
/// `stable-privacy` of `ifa-flags`.
pub const IFA_F_STABLE_PRIVACY: u32 = 1 << 11;

// Enum `ifa-proto`

/// `unspec` of `ifa-proto`.
pub const IFAPROT_UNSPEC: u32 = 0;
/// `kernel-lo` of `ifa-proto`.
pub const IFAPROT_KERNEL_LO: u32 = 1;
/// `kernel-ra` of `ifa-proto`.
pub const IFAPROT_KERNEL_RA: u32 = 2;
/// `kernel-ll` of `ifa-proto`.
pub const IFAPROT_KERNEL_LL: u32 = 3;

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
