//! The numbers of `fou` by their kernel C names: attribute types, enum values and flag
//! bits, commands, multicast groups and constants.

/// The generic netlink family name, resolved to an id by nlctrl at run time.
pub const FOU_GENL_NAME: &str = "fou";
/// The family version for `genlmsghdr.version`.
pub const FOU_GENL_VERSION: u8 = 1;

// Commands

/// unused
pub const FOU_CMD_UNSPEC: u8 = 0;
/// Add port.
pub const FOU_CMD_ADD: u8 = 1;
/// Delete port.
pub const FOU_CMD_DEL: u8 = 2;
/// Get tunnel info.
pub const FOU_CMD_GET: u8 = 3;

// Attribute set `fou`

/// `unspec` (unused) of `fou`.
pub const FOU_ATTR_UNSPEC: u16 = 0;
/// `port` (u16) of `fou`.
pub const FOU_ATTR_PORT: u16 = 1;
/// `af` (u8) of `fou`.
pub const FOU_ATTR_AF: u16 = 2;
/// `ipproto` (u8) of `fou`.
pub const FOU_ATTR_IPPROTO: u16 = 3;
/// `type` (u8) of `fou`.
pub const FOU_ATTR_TYPE: u16 = 4;
/// `remcsum-nopartial` (flag) of `fou`.
pub const FOU_ATTR_REMCSUM_NOPARTIAL: u16 = 5;
/// `local-v4` (u32) of `fou`.
pub const FOU_ATTR_LOCAL_V4: u16 = 6;
/// `local-v6` (binary) of `fou`.
pub const FOU_ATTR_LOCAL_V6: u16 = 7;
/// `peer-v4` (u32) of `fou`.
pub const FOU_ATTR_PEER_V4: u16 = 8;
/// `peer-v6` (binary) of `fou`.
pub const FOU_ATTR_PEER_V6: u16 = 9;
/// `peer-port` (u16) of `fou`.
pub const FOU_ATTR_PEER_PORT: u16 = 10;
/// `ifindex` (s32) of `fou`.
pub const FOU_ATTR_IFINDEX: u16 = 11;

// Enum `encap-type`

/// `unspec` of `encap-type`.
pub const FOU_ENCAP_UNSPEC: u32 = 0;
/// `direct` of `encap-type`.
pub const FOU_ENCAP_DIRECT: u32 = 1;
/// `gue` of `encap-type`.
pub const FOU_ENCAP_GUE: u32 = 2;
