//! The numbers of `lockd` by their kernel C names: attribute types, enum values and flag
//! bits, commands, multicast groups and constants.

/// The generic netlink family name, resolved to an id by nlctrl at run time.
pub const FAMILY_NAME: &str = "lockd";
/// The family version for `genlmsghdr.version`.
pub const FAMILY_VERSION: u8 = 1;

// Commands

/// set the lockd server parameters
pub const LOCKD_CMD_SERVER_SET: u8 = 1;
/// get the lockd server parameters
pub const LOCKD_CMD_SERVER_GET: u8 = 2;

// Attribute set `server`

/// `gracetime` (u32) of `server`.
pub const LOCKD_A_SERVER_GRACETIME: u16 = 1;
/// `tcp-port` (u16) of `server`.
pub const LOCKD_A_SERVER_TCP_PORT: u16 = 2;
/// `udp-port` (u16) of `server`.
pub const LOCKD_A_SERVER_UDP_PORT: u16 = 3;
