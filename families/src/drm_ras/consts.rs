//! The numbers of `drm-ras` by their kernel C names: attribute types, enum values and flag
//! bits, commands, multicast groups and constants.

/// The generic netlink family name, resolved to an id by nlctrl at run time.
pub const FAMILY_NAME: &str = "drm-ras";
/// The family version for `genlmsghdr.version`.
pub const FAMILY_VERSION: u8 = 1;

// Commands

/// Retrieve the full list of currently registered DRM RAS nodes. Each node includes its dynamically assigned ID, name, and type. **Important:** User space must call this operation first to obtain the node IDs. These IDs are required for all subsequent operations on nodes, such as querying error counters.
pub const DRM_RAS_CMD_LIST_NODES: u8 = 1;
/// Retrieve error counter for a given node. The response includes the id, the name, and even the current value of each counter.
pub const DRM_RAS_CMD_GET_ERROR_COUNTER: u8 = 2;
/// Clear error counter for a given node. The request includes the error-id and node-id of the counter to be cleared.
pub const DRM_RAS_CMD_CLEAR_ERROR_COUNTER: u8 = 3;

// Attribute set `node-attrs`

/// Unique identifier for the node. Assigned dynamically by the DRM RAS core upon registration.
pub const DRM_RAS_A_NODE_ATTRS_NODE_ID: u16 = 1;
/// Device name chosen by the driver at registration. Can be a PCI BDF, UUID, or module name if unique.
pub const DRM_RAS_A_NODE_ATTRS_DEVICE_NAME: u16 = 2;
/// Node name chosen by the driver at registration. Can be an IP block name, or any name that identifies the RAS node inside the device.
pub const DRM_RAS_A_NODE_ATTRS_NODE_NAME: u16 = 3;
/// Type of this node, identifying its function.
pub const DRM_RAS_A_NODE_ATTRS_NODE_TYPE: u16 = 4;

// Attribute set `error-counter-attrs`

/// Node ID targeted by this error counter operation.
pub const DRM_RAS_A_ERROR_COUNTER_ATTRS_NODE_ID: u16 = 1;
/// Unique identifier for a specific error counter within an node.
pub const DRM_RAS_A_ERROR_COUNTER_ATTRS_ERROR_ID: u16 = 2;
/// Name of the error.
pub const DRM_RAS_A_ERROR_COUNTER_ATTRS_ERROR_NAME: u16 = 3;
/// Current value of the requested error counter.
pub const DRM_RAS_A_ERROR_COUNTER_ATTRS_ERROR_VALUE: u16 = 4;

// Enum `node-type`

/// `error-counter` of `node-type`.
pub const DRM_RAS_NODE_TYPE_ERROR_COUNTER: u32 = 1;
