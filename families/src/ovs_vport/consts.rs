//! The numbers of `ovs_vport` by their kernel C names: attribute types, enum values and flag
//! bits, commands, multicast groups and constants.

/// The generic netlink family name, resolved to an id by nlctrl at run time.
pub const FAMILY_NAME: &str = "ovs_vport";
/// The family version for `genlmsghdr.version`.
pub const FAMILY_VERSION: u8 = 2;

// Commands

/// Create a new OVS vport
pub const OVS_VPORT_CMD_NEW: u8 = 1;
/// Delete existing OVS vport from a data path
pub const OVS_VPORT_CMD_DEL: u8 = 2;
/// Get / dump OVS vport configuration and state
pub const OVS_VPORT_CMD_GET: u8 = 3;

// Multicast groups

/// The `ovs_vport` multicast group's name (its id comes from nlctrl).
pub const OVS_VPORT_MCGRP_OVS_VPORT_NAME: &str = "ovs_vport";

// Attribute set `vport-options`

/// `dst-port` (u32) of `vport-options`.
pub const OVS_TUNNEL_ATTR_DST_PORT: u16 = 1;
/// `extension` (u32) of `vport-options`.
pub const OVS_TUNNEL_ATTR_EXTENSION: u16 = 2;

// Attribute set `upcall-stats`

/// `success` (u64) of `upcall-stats`.
pub const OVS_VPORT_UPCALL_ATTR_SUCCESS: u16 = 0;
/// `fail` (u64) of `upcall-stats`.
pub const OVS_VPORT_UPCALL_ATTR_FAIL: u16 = 1;

// Attribute set `vport`

/// `unspec` (unused) of `vport`.
pub const OVS_VPORT_ATTR_UNSPEC: u16 = 0;
/// `port-no` (u32) of `vport`.
pub const OVS_VPORT_ATTR_PORT_NO: u16 = 1;
/// `type` (u32) of `vport`.
pub const OVS_VPORT_ATTR_TYPE: u16 = 2;
/// `name` (string) of `vport`.
pub const OVS_VPORT_ATTR_NAME: u16 = 3;
/// `options` (nest) of `vport`.
pub const OVS_VPORT_ATTR_OPTIONS: u16 = 4;
/// `upcall-pid` (binary) of `vport`.
pub const OVS_VPORT_ATTR_UPCALL_PID: u16 = 5;
/// `stats` (binary) of `vport`.
pub const OVS_VPORT_ATTR_STATS: u16 = 6;
/// `pad` (unused) of `vport`.
pub const OVS_VPORT_ATTR_PAD: u16 = 7;
/// `ifindex` (u32) of `vport`.
pub const OVS_VPORT_ATTR_IFINDEX: u16 = 8;
/// `netnsid` (u32) of `vport`.
pub const OVS_VPORT_ATTR_NETNSID: u16 = 9;
/// `upcall-stats` (nest) of `vport`.
pub const OVS_VPORT_ATTR_UPCALL_STATS: u16 = 10;

// Enum `vport-type`

/// `unspec` of `vport-type`.
pub const OVS_VPORT_TYPE_UNSPEC: u32 = 0;
/// `netdev` of `vport-type`.
pub const OVS_VPORT_TYPE_NETDEV: u32 = 1;
/// `internal` of `vport-type`.
pub const OVS_VPORT_TYPE_INTERNAL: u32 = 2;
/// `gre` of `vport-type`.
pub const OVS_VPORT_TYPE_GRE: u32 = 3;
/// `vxlan` of `vport-type`.
pub const OVS_VPORT_TYPE_VXLAN: u32 = 4;
/// `geneve` of `vport-type`.
pub const OVS_VPORT_TYPE_GENEVE: u32 = 5;
