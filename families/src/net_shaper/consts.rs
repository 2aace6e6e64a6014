//! The numbers of `net-shaper` by their kernel C names: attribute types, enum values and flag
//! bits, commands, multicast groups and constants.

/// The generic netlink family name, resolved to an id by nlctrl at run time.
pub const FAMILY_NAME: &str = "net-shaper";
/// The family version for `genlmsghdr.version`.
pub const FAMILY_VERSION: u8 = 1;

// Commands

/// Get information about a shaper for a given device.
pub const NET_SHAPER_CMD_GET: u8 = 1;
/// Create or update the specified shaper.
/// The set operation can't be used to create a @node scope shaper,
/// use the @group operation instead.
pub const NET_SHAPER_CMD_SET: u8 = 2;
/// Clear (remove) the specified shaper. When deleting
/// a @node shaper, reattach all the node's leaves to the
/// deleted node's parent.
/// If, after the removal, the parent shaper has no more
/// leaves and the parent shaper scope is @node, the parent
/// node is deleted, recursively.
/// When deleting a @queue shaper or a @netdev shaper,
/// the shaper disappears from the hierarchy, but the
/// queue/device can still send traffic: it has an implicit
/// node with infinite bandwidth. The queue's implicit node
/// feeds an implicit RR node at the root of the hierarchy.
pub const NET_SHAPER_CMD_DELETE: u8 = 3;
/// Create or update a scheduling group, attaching the specified
/// @leaves shapers under the specified node identified by @handle.
/// The @leaves shapers scope must be @queue and the node shaper
/// scope must be either @node or @netdev.
/// When the node shaper has @node scope, if the @handle @id is not
/// specified, a new shaper of such scope is created, otherwise the
/// specified node must already exist.
/// When updating an existing node shaper, the specified @leaves are
/// added to the existing node; such node will also retain any preexisting
/// leave.
/// The @parent handle for a new node shaper defaults to the parent
/// of all the leaves, provided all the leaves share the same parent.
/// Otherwise @parent handle must be specified.
/// The user can optionally provide shaping attributes for the node
/// shaper.
/// The operation is atomic, on failure no change is applied to
/// the device shaping configuration, otherwise the @node shaper
/// full identifier, comprising @binding and @handle, is provided
/// as the reply.
pub const NET_SHAPER_CMD_GROUP: u8 = 4;
/// Get the shaper capabilities supported by the given device
/// for the specified scope.
pub const NET_SHAPER_CMD_CAP_GET: u8 = 5;

// Attribute set `net-shaper`

/// Unique identifier for the given shaper inside the owning device.
pub const NET_SHAPER_A_HANDLE: u16 = 1;
/// Metric used by the given shaper for bw-min, bw-max and burst.
pub const NET_SHAPER_A_METRIC: u16 = 2;
/// Guaranteed bandwidth for the given shaper.
pub const NET_SHAPER_A_BW_MIN: u16 = 3;
/// Maximum bandwidth for the given shaper or 0 when unlimited.
pub const NET_SHAPER_A_BW_MAX: u16 = 4;
/// Maximum burst-size for shaping. Should not be interpreted
/// as a quantum.
pub const NET_SHAPER_A_BURST: u16 = 5;
/// Scheduling priority for the given shaper. The priority
/// scheduling is applied to sibling shapers.
pub const NET_SHAPER_A_PRIORITY: u16 = 6;
/// Relative weight for round robin scheduling of the
/// given shaper.
/// The scheduling is applied to all sibling shapers
/// with the same priority.
pub const NET_SHAPER_A_WEIGHT: u16 = 7;
/// Interface index owning the specified shaper.
pub const NET_SHAPER_A_IFINDEX: u16 = 8;
/// Identifier for the parent of the affected shaper.
/// Only needed for @group operation.
pub const NET_SHAPER_A_PARENT: u16 = 9;
/// Describes a set of leaves shapers for a @group operation.
pub const NET_SHAPER_A_LEAVES: u16 = 10;

// Attribute set `handle`

/// Defines the shaper @id interpretation.
pub const NET_SHAPER_A_HANDLE_SCOPE: u16 = 1;
/// Numeric identifier of a shaper. The id semantic depends on
/// the scope. For @queue scope it's the queue id and for @node
/// scope it's the node identifier.
pub const NET_SHAPER_A_HANDLE_ID: u16 = 2;

// Attribute set `caps`

/// Interface index queried for shapers capabilities.
pub const NET_SHAPER_A_CAPS_IFINDEX: u16 = 1;
/// The scope to which the queried capabilities apply.
pub const NET_SHAPER_A_CAPS_SCOPE: u16 = 2;
/// The device accepts 'bps' metric for bw-min, bw-max and burst.
pub const NET_SHAPER_A_CAPS_SUPPORT_METRIC_BPS: u16 = 3;
/// The device accepts 'pps' metric for bw-min, bw-max and burst.
pub const NET_SHAPER_A_CAPS_SUPPORT_METRIC_PPS: u16 = 4;
/// The device supports nesting shaper belonging to this scope
/// below 'node' scoped shapers. Only 'queue' and 'node'
/// scope can have flag 'support-nesting'.
pub const NET_SHAPER_A_CAPS_SUPPORT_NESTING: u16 = 5;
/// The device supports a minimum guaranteed B/W.
pub const NET_SHAPER_A_CAPS_SUPPORT_BW_MIN: u16 = 6;
/// The device supports maximum B/W shaping.
pub const NET_SHAPER_A_CAPS_SUPPORT_BW_MAX: u16 = 7;
/// The device supports a maximum burst size.
pub const NET_SHAPER_A_CAPS_SUPPORT_BURST: u16 = 8;
/// The device supports priority scheduling.
pub const NET_SHAPER_A_CAPS_SUPPORT_PRIORITY: u16 = 9;
/// The device supports weighted round robin scheduling.
pub const NET_SHAPER_A_CAPS_SUPPORT_WEIGHT: u16 = 10;

// Enum `scope`

/// The scope is not specified.
pub const NET_SHAPER_SCOPE_UNSPEC: u32 = 0;
/// The main shaper for the given network device.
pub const NET_SHAPER_SCOPE_NETDEV: u32 = 1;
/// The shaper is attached to the given device queue,
/// the @id represents the queue number.
pub const NET_SHAPER_SCOPE_QUEUE: u32 = 2;
/// The shaper allows grouping of queues or other
/// node shapers; can be nested in either @netdev
/// shapers or other @node shapers, allowing placement
/// in any location of the scheduling tree, except
/// leaves and root.
pub const NET_SHAPER_SCOPE_NODE: u32 = 3;

// Enum `metric`

/// Shaper operates on a bits per second basis.
pub const NET_SHAPER_METRIC_BPS: u32 = 0;
/// Shaper operates on a packets per second basis.
pub const NET_SHAPER_METRIC_PPS: u32 = 1;

// Constants

/// The `NET_SHAPER_MAX_HANDLE_ID` constant.
pub const NET_SHAPER_MAX_HANDLE_ID: u32 = 67108862;
