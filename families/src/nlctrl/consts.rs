//! The numbers of `nlctrl` by their kernel C names: attribute types, enum values and flag
//! bits, commands, multicast groups and constants.

/// The generic netlink family name, resolved to an id by nlctrl at run time.
pub const FAMILY_NAME: &str = "nlctrl";
/// The family version for `genlmsghdr.version`.
pub const FAMILY_VERSION: u8 = 1;

// Commands

/// Get / dump genetlink families
pub const CTRL_CMD_GETFAMILY: u8 = 3;
/// The reply to `CTRL_CMD_GETFAMILY`.
pub const CTRL_CMD_GETFAMILY_REPLY: u8 = 1;
/// Get / dump genetlink policies
pub const CTRL_CMD_GETPOLICY: u8 = 10;
/// The reply to `CTRL_CMD_GETPOLICY`.
pub const CTRL_CMD_GETPOLICY_REPLY: u8 = 10;

// Attribute set `ctrl-attrs`

/// `family-id` (u16) of `ctrl-attrs`.
pub const CTRL_ATTR_FAMILY_ID: u16 = 1;
/// `family-name` (string) of `ctrl-attrs`.
pub const CTRL_ATTR_FAMILY_NAME: u16 = 2;
/// `version` (u32) of `ctrl-attrs`.
pub const CTRL_ATTR_VERSION: u16 = 3;
/// `hdrsize` (u32) of `ctrl-attrs`.
pub const CTRL_ATTR_HDRSIZE: u16 = 4;
/// `maxattr` (u32) of `ctrl-attrs`.
pub const CTRL_ATTR_MAXATTR: u16 = 5;
/// `ops` (indexed-array) of `ctrl-attrs`.
pub const CTRL_ATTR_OPS: u16 = 6;
/// `mcast-groups` (indexed-array) of `ctrl-attrs`.
pub const CTRL_ATTR_MCAST_GROUPS: u16 = 7;
/// `policy` (nest-type-value) of `ctrl-attrs`.
pub const CTRL_ATTR_POLICY: u16 = 8;
/// `op-policy` (nest-type-value) of `ctrl-attrs`.
pub const CTRL_ATTR_OP_POLICY: u16 = 9;
/// `op` (u32) of `ctrl-attrs`.
pub const CTRL_ATTR_OP: u16 = 10;

// Attribute set `mcast-group-attrs`

/// `name` (string) of `mcast-group-attrs`.
pub const CTRL_ATTR_MCAST_GRP_NAME: u16 = 1;
/// `id` (u32) of `mcast-group-attrs`.
pub const CTRL_ATTR_MCAST_GRP_ID: u16 = 2;

// Attribute set `op-attrs`

/// `id` (u32) of `op-attrs`.
pub const CTRL_ATTR_OP_ID: u16 = 1;
/// `flags` (u32) of `op-attrs`.
pub const CTRL_ATTR_OP_FLAGS: u16 = 2;

// Attribute set `policy-attrs`

/// `type` (u32) of `policy-attrs`.
pub const NL_POLICY_TYPE_ATTR_TYPE: u16 = 1;
/// `min-value-s` (s64) of `policy-attrs`.
pub const NL_POLICY_TYPE_ATTR_MIN_VALUE_S: u16 = 2;
/// `max-value-s` (s64) of `policy-attrs`.
pub const NL_POLICY_TYPE_ATTR_MAX_VALUE_S: u16 = 3;
/// `min-value-u` (u64) of `policy-attrs`.
pub const NL_POLICY_TYPE_ATTR_MIN_VALUE_U: u16 = 4;
/// `max-value-u` (u64) of `policy-attrs`.
pub const NL_POLICY_TYPE_ATTR_MAX_VALUE_U: u16 = 5;
/// `min-length` (u32) of `policy-attrs`.
pub const NL_POLICY_TYPE_ATTR_MIN_LENGTH: u16 = 6;
/// `max-length` (u32) of `policy-attrs`.
pub const NL_POLICY_TYPE_ATTR_MAX_LENGTH: u16 = 7;
/// `policy-idx` (u32) of `policy-attrs`.
pub const NL_POLICY_TYPE_ATTR_POLICY_IDX: u16 = 8;
/// `policy-maxtype` (u32) of `policy-attrs`.
pub const NL_POLICY_TYPE_ATTR_POLICY_MAXTYPE: u16 = 9;
/// `bitfield32-mask` (u32) of `policy-attrs`.
pub const NL_POLICY_TYPE_ATTR_BITFIELD32_MASK: u16 = 10;
/// `pad` (pad) of `policy-attrs`.
pub const NL_POLICY_TYPE_ATTR_PAD: u16 = 11;
/// `mask` (u64) of `policy-attrs`.
pub const NL_POLICY_TYPE_ATTR_MASK: u16 = 12;

// Attribute set `op-policy-attrs`

/// `do` (u32) of `op-policy-attrs`.
pub const CTRL_ATTR_POLICY_DO: u16 = 1;
/// `dump` (u32) of `op-policy-attrs`.
pub const CTRL_ATTR_POLICY_DUMP: u16 = 2;

// Flags `op-flags`

/// `admin-perm` of `op-flags`.
pub const GENL_ADMIN_PERM: u32 = 1 << 0;
/// `cmd-cap-do` of `op-flags`.
pub const GENL_CMD_CAP_DO: u32 = 1 << 1;
/// `cmd-cap-dump` of `op-flags`.
pub const GENL_CMD_CAP_DUMP: u32 = 1 << 2;
/// `cmd-cap-haspol` of `op-flags`.
pub const GENL_CMD_CAP_HASPOL: u32 = 1 << 3;
/// `uns-admin-perm` of `op-flags`.
pub const GENL_UNS_ADMIN_PERM: u32 = 1 << 4;

// Enum `attr-type`

/// `invalid` of `attr-type`.
pub const NL_ATTR_TYPE_INVALID: u32 = 0;
/// `flag` of `attr-type`.
pub const NL_ATTR_TYPE_FLAG: u32 = 1;
/// `u8` of `attr-type`.
pub const NL_ATTR_TYPE_U8: u32 = 2;
/// `u16` of `attr-type`.
pub const NL_ATTR_TYPE_U16: u32 = 3;
/// `u32` of `attr-type`.
pub const NL_ATTR_TYPE_U32: u32 = 4;
/// `u64` of `attr-type`.
pub const NL_ATTR_TYPE_U64: u32 = 5;
/// `s8` of `attr-type`.
pub const NL_ATTR_TYPE_S8: u32 = 6;
/// `s16` of `attr-type`.
pub const NL_ATTR_TYPE_S16: u32 = 7;
/// `s32` of `attr-type`.
pub const NL_ATTR_TYPE_S32: u32 = 8;
/// `s64` of `attr-type`.
pub const NL_ATTR_TYPE_S64: u32 = 9;
/// `binary` of `attr-type`.
pub const NL_ATTR_TYPE_BINARY: u32 = 10;
/// `string` of `attr-type`.
pub const NL_ATTR_TYPE_STRING: u32 = 11;
/// `nul-string` of `attr-type`.
pub const NL_ATTR_TYPE_NUL_STRING: u32 = 12;
/// `nested` of `attr-type`.
pub const NL_ATTR_TYPE_NESTED: u32 = 13;
/// `nested-array` of `attr-type`.
pub const NL_ATTR_TYPE_NESTED_ARRAY: u32 = 14;
/// `bitfield32` of `attr-type`.
pub const NL_ATTR_TYPE_BITFIELD32: u32 = 15;
/// `sint` of `attr-type`.
pub const NL_ATTR_TYPE_SINT: u32 = 16;
/// `uint` of `attr-type`.
pub const NL_ATTR_TYPE_UINT: u32 = 17;
