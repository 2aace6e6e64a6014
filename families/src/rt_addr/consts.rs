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
