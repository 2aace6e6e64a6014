//! The numbers of `mptcp_pm` by their kernel C names: attribute types, enum values and flag
//! bits, commands, multicast groups and constants.

/// The generic netlink family name, resolved to an id by nlctrl at run time.
pub const MPTCP_PM_NAME: &str = "mptcp_pm";
/// The family version for `genlmsghdr.version`.
pub const MPTCP_PM_VER: u8 = 1;

// Commands

/// unused
pub const MPTCP_PM_CMD_UNSPEC: u8 = 0;
/// Add endpoint
pub const MPTCP_PM_CMD_ADD_ADDR: u8 = 1;
/// Delete endpoint
pub const MPTCP_PM_CMD_DEL_ADDR: u8 = 2;
/// Get endpoint information
pub const MPTCP_PM_CMD_GET_ADDR: u8 = 3;
/// Flush addresses
pub const MPTCP_PM_CMD_FLUSH_ADDRS: u8 = 4;
/// Set protocol limits
pub const MPTCP_PM_CMD_SET_LIMITS: u8 = 5;
/// Get protocol limits
pub const MPTCP_PM_CMD_GET_LIMITS: u8 = 6;
/// Change endpoint flags
pub const MPTCP_PM_CMD_SET_FLAGS: u8 = 7;
/// Announce new address
pub const MPTCP_PM_CMD_ANNOUNCE: u8 = 8;
/// Announce removal
pub const MPTCP_PM_CMD_REMOVE: u8 = 9;
/// Create subflow
pub const MPTCP_PM_CMD_SUBFLOW_CREATE: u8 = 10;
/// Destroy subflow
pub const MPTCP_PM_CMD_SUBFLOW_DESTROY: u8 = 11;

// Attribute set `address`

/// `unspec` (unused) of `address`.
pub const MPTCP_PM_ADDR_ATTR_UNSPEC: u16 = 0;
/// `family` (u16) of `address`.
pub const MPTCP_PM_ADDR_ATTR_FAMILY: u16 = 1;
/// `id` (u8) of `address`.
pub const MPTCP_PM_ADDR_ATTR_ID: u16 = 2;
/// `addr4` (u32) of `address`.
pub const MPTCP_PM_ADDR_ATTR_ADDR4: u16 = 3;
/// `addr6` (binary) of `address`.
pub const MPTCP_PM_ADDR_ATTR_ADDR6: u16 = 4;
/// `port` (u16) of `address`.
pub const MPTCP_PM_ADDR_ATTR_PORT: u16 = 5;
/// `flags` (u32) of `address`.
pub const MPTCP_PM_ADDR_ATTR_FLAGS: u16 = 6;
/// `if-idx` (s32) of `address`.
pub const MPTCP_PM_ADDR_ATTR_IF_IDX: u16 = 7;

// Attribute set `subflow-attribute`

/// `unspec` (unused) of `subflow-attribute`.
pub const MPTCP_SUBFLOW_ATTR_UNSPEC: u16 = 0;
/// `token-rem` (u32) of `subflow-attribute`.
pub const MPTCP_SUBFLOW_ATTR_TOKEN_REM: u16 = 1;
/// `token-loc` (u32) of `subflow-attribute`.
pub const MPTCP_SUBFLOW_ATTR_TOKEN_LOC: u16 = 2;
/// `relwrite-seq` (u32) of `subflow-attribute`.
pub const MPTCP_SUBFLOW_ATTR_RELWRITE_SEQ: u16 = 3;
/// `map-seq` (u64) of `subflow-attribute`.
pub const MPTCP_SUBFLOW_ATTR_MAP_SEQ: u16 = 4;
/// `map-sfseq` (u32) of `subflow-attribute`.
pub const MPTCP_SUBFLOW_ATTR_MAP_SFSEQ: u16 = 5;
/// `ssn-offset` (u32) of `subflow-attribute`.
pub const MPTCP_SUBFLOW_ATTR_SSN_OFFSET: u16 = 6;
/// `map-datalen` (u16) of `subflow-attribute`.
pub const MPTCP_SUBFLOW_ATTR_MAP_DATALEN: u16 = 7;
/// `flags` (u32) of `subflow-attribute`.
pub const MPTCP_SUBFLOW_ATTR_FLAGS: u16 = 8;
/// `id-rem` (u8) of `subflow-attribute`.
pub const MPTCP_SUBFLOW_ATTR_ID_REM: u16 = 9;
/// `id-loc` (u8) of `subflow-attribute`.
pub const MPTCP_SUBFLOW_ATTR_ID_LOC: u16 = 10;
/// `pad` (pad) of `subflow-attribute`.
pub const MPTCP_SUBFLOW_ATTR_PAD: u16 = 11;

// Attribute set `endpoint`

/// `addr` (nest) of `endpoint`.
pub const MPTCP_PM_ENDPOINT_ADDR: u16 = 1;

// Attribute set `attr`

/// `unspec` (unused) of `attr`.
pub const MPTCP_PM_ATTR_UNSPEC: u16 = 0;
/// `addr` (nest) of `attr`.
pub const MPTCP_PM_ATTR_ADDR: u16 = 1;
/// `rcv-add-addrs` (u32) of `attr`.
pub const MPTCP_PM_ATTR_RCV_ADD_ADDRS: u16 = 2;
/// `subflows` (u32) of `attr`.
pub const MPTCP_PM_ATTR_SUBFLOWS: u16 = 3;
/// `token` (u32) of `attr`.
pub const MPTCP_PM_ATTR_TOKEN: u16 = 4;
/// `loc-id` (u8) of `attr`.
pub const MPTCP_PM_ATTR_LOC_ID: u16 = 5;
/// `addr-remote` (nest) of `attr`.
pub const MPTCP_PM_ATTR_ADDR_REMOTE: u16 = 6;

// Attribute set `event-attr`

/// `unspec` (unused) of `event-attr`.
pub const MPTCP_ATTR_UNSPEC: u16 = 0;
/// `token` (u32) of `event-attr`.
pub const MPTCP_ATTR_TOKEN: u16 = 1;
/// `family` (u16) of `event-attr`.
pub const MPTCP_ATTR_FAMILY: u16 = 2;
/// `loc-id` (u8) of `event-attr`.
pub const MPTCP_ATTR_LOC_ID: u16 = 3;
/// `rem-id` (u8) of `event-attr`.
pub const MPTCP_ATTR_REM_ID: u16 = 4;
/// `saddr4` (u32) of `event-attr`.
pub const MPTCP_ATTR_SADDR4: u16 = 5;
/// `saddr6` (binary) of `event-attr`.
pub const MPTCP_ATTR_SADDR6: u16 = 6;
/// `daddr4` (u32) of `event-attr`.
pub const MPTCP_ATTR_DADDR4: u16 = 7;
/// `daddr6` (binary) of `event-attr`.
pub const MPTCP_ATTR_DADDR6: u16 = 8;
/// `sport` (u16) of `event-attr`.
pub const MPTCP_ATTR_SPORT: u16 = 9;
/// `dport` (u16) of `event-attr`.
pub const MPTCP_ATTR_DPORT: u16 = 10;
/// `backup` (u8) of `event-attr`.
pub const MPTCP_ATTR_BACKUP: u16 = 11;
/// `error` (u8) of `event-attr`.
pub const MPTCP_ATTR_ERROR: u16 = 12;
/// `flags` (u16) of `event-attr`.
pub const MPTCP_ATTR_FLAGS: u16 = 13;
/// `timeout` (u32) of `event-attr`.
pub const MPTCP_ATTR_TIMEOUT: u16 = 14;
/// `if-idx` (s32) of `event-attr`.
pub const MPTCP_ATTR_IF_IDX: u16 = 15;
/// `reset-reason` (u32) of `event-attr`.
pub const MPTCP_ATTR_RESET_REASON: u16 = 16;
/// `reset-flags` (u32) of `event-attr`.
pub const MPTCP_ATTR_RESET_FLAGS: u16 = 17;
/// Deprecated: use 'flags'
pub const MPTCP_ATTR_SERVER_SIDE: u16 = 18;

// Enum `event-type`

/// unused event
pub const MPTCP_EVENT_UNSPEC: u32 = 0;
/// A new MPTCP connection has been created. It is the good time to allocate memory and send ADD_ADDR if needed. Depending on the traffic-patterns it can take a long time until the MPTCP_EVENT_ESTABLISHED is sent. Attributes: token, family, saddr4 | saddr6, daddr4 | daddr6, sport, dport, \[server-side\], \[flags\].
pub const MPTCP_EVENT_CREATED: u32 = 1;
/// A MPTCP connection is established (can start new subflows). Attributes: token, family, saddr4 | saddr6, daddr4 | daddr6, sport, dport, \[server-side\], \[flags\].
pub const MPTCP_EVENT_ESTABLISHED: u32 = 2;
/// A MPTCP connection has stopped. Attribute: token.
pub const MPTCP_EVENT_CLOSED: u32 = 3;
/// A new address has been announced by the peer. Attributes: token, rem_id, family, daddr4 | daddr6 \[, dport\].
pub const MPTCP_EVENT_ANNOUNCED: u32 = 6;
/// An address has been lost by the peer. Attributes: token, rem_id.
pub const MPTCP_EVENT_REMOVED: u32 = 7;
/// A new subflow has been established. 'error' should not be set. Attributes: token, family, loc_id, rem_id, saddr4 | saddr6, daddr4 | daddr6, sport, dport, backup, if-idx \[, error\].
pub const MPTCP_EVENT_SUB_ESTABLISHED: u32 = 10;
/// A subflow has been closed. An error (copy of sk_err) could be set if an error has been detected for this subflow. Attributes: token, family, loc_id, rem_id, saddr4 | saddr6, daddr4 | daddr6, sport, dport, backup, if-idx \[, error\].
pub const MPTCP_EVENT_SUB_CLOSED: u32 = 11;
/// The priority of a subflow has changed. 'error' should not be set. Attributes: token, family, loc_id, rem_id, saddr4 | saddr6, daddr4 | daddr6, sport, dport, backup, if-idx \[, error\].
pub const MPTCP_EVENT_SUB_PRIORITY: u32 = 13;
/// A new PM listener is created. Attributes: family, sport, saddr4 | saddr6.
pub const MPTCP_EVENT_LISTENER_CREATED: u32 = 15;
/// A PM listener is closed. Attributes: family, sport, saddr4 | saddr6.
pub const MPTCP_EVENT_LISTENER_CLOSED: u32 = 16;
