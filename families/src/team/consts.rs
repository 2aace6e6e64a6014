//! The numbers of `team` by their kernel C names: attribute types, enum values and flag
//! bits, commands, multicast groups and constants.

/// The generic netlink family name, resolved to an id by nlctrl at run time.
pub const TEAM_GENL_NAME: &str = "team";
/// The family version for `genlmsghdr.version`.
pub const TEAM_GENL_VERSION: u8 = 1;

// Commands

/// No operation
pub const TEAM_CMD_NOOP: u8 = 0;
/// Set team options
pub const TEAM_CMD_OPTIONS_SET: u8 = 1;
/// Get team options info
pub const TEAM_CMD_OPTIONS_GET: u8 = 2;
/// Get team ports info
pub const TEAM_CMD_PORT_LIST_GET: u8 = 3;

// Attribute set `team`

/// `unspec` (unused) of `team`.
pub const TEAM_ATTR_UNSPEC: u16 = 0;
/// `team-ifindex` (u32) of `team`.
pub const TEAM_ATTR_TEAM_IFINDEX: u16 = 1;
/// `list-option` (nest) of `team`.
pub const TEAM_ATTR_LIST_OPTION: u16 = 2;
/// `list-port` (nest) of `team`.
pub const TEAM_ATTR_LIST_PORT: u16 = 3;

// Attribute set `item-option`

/// `option-unspec` (unused) of `item-option`.
pub const TEAM_ATTR_ITEM_OPTION_UNSPEC: u16 = 0;
/// `option` (nest) of `item-option`.
pub const TEAM_ATTR_ITEM_OPTION: u16 = 1;

// Attribute set `attr-option`

/// `unspec` (unused) of `attr-option`.
pub const TEAM_ATTR_OPTION_UNSPEC: u16 = 0;
/// `name` (string) of `attr-option`.
pub const TEAM_ATTR_OPTION_NAME: u16 = 1;
/// `changed` (flag) of `attr-option`.
pub const TEAM_ATTR_OPTION_CHANGED: u16 = 2;
/// `type` (u8) of `attr-option`.
pub const TEAM_ATTR_OPTION_TYPE: u16 = 3;
/// `data` (binary) of `attr-option`.
pub const TEAM_ATTR_OPTION_DATA: u16 = 4;
/// `removed` (flag) of `attr-option`.
pub const TEAM_ATTR_OPTION_REMOVED: u16 = 5;
/// for per-port options
pub const TEAM_ATTR_OPTION_PORT_IFINDEX: u16 = 6;
/// for array options
pub const TEAM_ATTR_OPTION_ARRAY_INDEX: u16 = 7;

// Attribute set `item-port`

/// `port-unspec` (unused) of `item-port`.
pub const TEAM_ATTR_ITEM_PORT_UNSPEC: u16 = 0;
/// `port` (nest) of `item-port`.
pub const TEAM_ATTR_ITEM_PORT: u16 = 1;

// Attribute set `attr-port`

/// `unspec` (unused) of `attr-port`.
pub const TEAM_ATTR_PORT_UNSPEC: u16 = 0;
/// `ifindex` (u32) of `attr-port`.
pub const TEAM_ATTR_PORT_IFINDEX: u16 = 1;
/// `changed` (flag) of `attr-port`.
pub const TEAM_ATTR_PORT_CHANGED: u16 = 2;
/// `linkup` (flag) of `attr-port`.
pub const TEAM_ATTR_PORT_LINKUP: u16 = 3;
/// `speed` (u32) of `attr-port`.
pub const TEAM_ATTR_PORT_SPEED: u16 = 4;
/// `duplex` (u8) of `attr-port`.
pub const TEAM_ATTR_PORT_DUPLEX: u16 = 5;
/// `removed` (flag) of `attr-port`.
pub const TEAM_ATTR_PORT_REMOVED: u16 = 6;

// Constants

/// The `TEAM_STRING_MAX_LEN` constant.
pub const TEAM_STRING_MAX_LEN: u32 = 32;
/// The `TEAM_GENL_CHANGE_EVENT_MC_GRP_NAME` constant.
pub const TEAM_GENL_CHANGE_EVENT_MC_GRP_NAME: &str = "change_event";
