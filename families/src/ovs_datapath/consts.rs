//! The numbers of `ovs_datapath` by their kernel C names: attribute types, enum values and flag
//! bits, commands, multicast groups and constants.

/// The generic netlink family name, resolved to an id by nlctrl at run time.
pub const FAMILY_NAME: &str = "ovs_datapath";
/// The family version for `genlmsghdr.version`.
pub const FAMILY_VERSION: u8 = 2;

// Commands

/// Get / dump OVS data path configuration and state
pub const OVS_DP_CMD_GET: u8 = 3;
/// Create new OVS data path
pub const OVS_DP_CMD_NEW: u8 = 1;
/// Delete existing OVS data path
pub const OVS_DP_CMD_DEL: u8 = 2;

// Multicast groups

/// The `ovs_datapath` multicast group's name (its id comes from nlctrl).
pub const OVS_DATAPATH_MCGRP_OVS_DATAPATH_NAME: &str = "ovs_datapath";

// Attribute set `datapath`

/// `name` (string) of `datapath`.
pub const OVS_DP_ATTR_NAME: u16 = 1;
/// upcall pid
pub const OVS_DP_ATTR_UPCALL_PID: u16 = 2;
/// `stats` (binary) of `datapath`.
pub const OVS_DP_ATTR_STATS: u16 = 3;
/// `megaflow-stats` (binary) of `datapath`.
pub const OVS_DP_ATTR_MEGAFLOW_STATS: u16 = 4;
/// `user-features` (u32) of `datapath`.
pub const OVS_DP_ATTR_USER_FEATURES: u16 = 5;
/// `pad` (unused) of `datapath`.
pub const OVS_DP_ATTR_PAD: u16 = 6;
/// `masks-cache-size` (u32) of `datapath`.
pub const OVS_DP_ATTR_MASKS_CACHE_SIZE: u16 = 7;
/// `per-cpu-pids` (binary) of `datapath`.
pub const OVS_DP_ATTR_PER_CPU_PIDS: u16 = 8;
/// `ifindex` (u32) of `datapath`.
pub const OVS_DP_ATTR_IFINDEX: u16 = 9;

// Flags `user-features`

/// Allow last Netlink attribute to be unaligned
pub const OVS_DP_F_UNALIGNED: u32 = 1 << 0;
/// Allow datapath to associate multiple Netlink PIDs to each vport
pub const OVS_DP_F_VPORT_PIDS: u32 = 1 << 1;
/// Allow tc offload recirc sharing
pub const OVS_DP_F_TC_RECIRC_SHARING: u32 = 1 << 2;
/// Allow per-cpu dispatch of upcalls
pub const OVS_DP_F_DISPATCH_UPCALL_PER_CPU: u32 = 1 << 3;
