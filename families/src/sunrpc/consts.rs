//! The numbers of `sunrpc` by their kernel C names: attribute types, enum values and flag
//! bits, commands, multicast groups and constants.

/// The generic netlink family name, resolved to an id by nlctrl at run time.
pub const FAMILY_NAME: &str = "sunrpc";
/// The family version for `genlmsghdr.version`.
pub const FAMILY_VERSION: u8 = 1;

// Commands

/// Notification that there are cache requests that need servicing
pub const SUNRPC_CMD_CACHE_NOTIFY: u8 = 1;
/// Dump all pending ip_map requests
pub const SUNRPC_CMD_IP_MAP_GET_REQS: u8 = 2;
/// Respond to one or more ip_map requests
pub const SUNRPC_CMD_IP_MAP_SET_REQS: u8 = 3;
/// Dump all pending unix_gid requests
pub const SUNRPC_CMD_UNIX_GID_GET_REQS: u8 = 4;
/// Respond to one or more unix_gid requests
pub const SUNRPC_CMD_UNIX_GID_SET_REQS: u8 = 5;
/// Flush sunrpc caches (ip_map and/or unix_gid)
pub const SUNRPC_CMD_CACHE_FLUSH: u8 = 6;

// Multicast groups

/// The `none` multicast group's name (its id comes from nlctrl).
pub const SUNRPC_MCGRP_NONE_NAME: &str = "none";
/// The `exportd` multicast group's name (its id comes from nlctrl).
pub const SUNRPC_MCGRP_EXPORTD_NAME: &str = "exportd";

// Attribute set `cache-notify`

/// `cache-type` (u32) of `cache-notify`.
pub const SUNRPC_A_CACHE_NOTIFY_CACHE_TYPE: u16 = 1;

// Attribute set `ip-map`

/// `seqno` (u64) of `ip-map`.
pub const SUNRPC_A_IP_MAP_SEQNO: u16 = 1;
/// `class` (string) of `ip-map`.
pub const SUNRPC_A_IP_MAP_CLASS: u16 = 2;
/// `addr` (string) of `ip-map`.
pub const SUNRPC_A_IP_MAP_ADDR: u16 = 3;
/// `domain` (string) of `ip-map`.
pub const SUNRPC_A_IP_MAP_DOMAIN: u16 = 4;
/// `negative` (flag) of `ip-map`.
pub const SUNRPC_A_IP_MAP_NEGATIVE: u16 = 5;
/// `expiry` (u64) of `ip-map`.
pub const SUNRPC_A_IP_MAP_EXPIRY: u16 = 6;

// Attribute set `ip-map-reqs`

/// `requests` (nest) of `ip-map-reqs`.
pub const SUNRPC_A_IP_MAP_REQS_REQUESTS: u16 = 1;

// Attribute set `unix-gid`

/// `seqno` (u64) of `unix-gid`.
pub const SUNRPC_A_UNIX_GID_SEQNO: u16 = 1;
/// `uid` (u32) of `unix-gid`.
pub const SUNRPC_A_UNIX_GID_UID: u16 = 2;
/// `gids` (u32) of `unix-gid`.
pub const SUNRPC_A_UNIX_GID_GIDS: u16 = 3;
/// `negative` (flag) of `unix-gid`.
pub const SUNRPC_A_UNIX_GID_NEGATIVE: u16 = 4;
/// `expiry` (u64) of `unix-gid`.
pub const SUNRPC_A_UNIX_GID_EXPIRY: u16 = 5;

// Attribute set `unix-gid-reqs`

/// `requests` (nest) of `unix-gid-reqs`.
pub const SUNRPC_A_UNIX_GID_REQS_REQUESTS: u16 = 1;

// Attribute set `cache-flush`

/// `mask` (u32) of `cache-flush`.
pub const SUNRPC_A_CACHE_FLUSH_MASK: u16 = 1;

// Flags `cache-type`

/// `ip_map` of `cache-type`.
pub const SUNRPC_CACHE_TYPE_IP_MAP: u32 = 1 << 0;
/// `unix_gid` of `cache-type`.
pub const SUNRPC_CACHE_TYPE_UNIX_GID: u32 = 1 << 1;
