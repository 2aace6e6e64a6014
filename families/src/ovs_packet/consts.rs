//! The numbers of `ovs_packet` by their kernel C names: attribute types, enum values and flag
//! bits, commands, multicast groups and constants.

/// The generic netlink family name, resolved to an id by nlctrl at run time.
pub const FAMILY_NAME: &str = "ovs_packet";
/// The family version for `genlmsghdr.version`.
pub const FAMILY_VERSION: u8 = 1;

// Commands

/// Notify userspace of a flow table miss for a received packet.
pub const OVS_PACKET_CMD_MISS: u8 = 1;
/// Notify userspace as requested by an OVS_ACTION_ATTR_USERSPACE action.
pub const OVS_PACKET_CMD_ACTION: u8 = 2;
/// Apply actions to a packet.
pub const OVS_PACKET_CMD_EXECUTE: u8 = 3;

// Attribute set `packet`

/// Packet data, from the start of the Ethernet header.
pub const OVS_PACKET_ATTR_PACKET: u16 = 1;
/// Nested OVS_KEY_ATTR_* attributes, extracted flow key.
/// Defined as binary because the key attribute-set belongs to the
/// ovs_flow family spec; cross-spec references are not supported.
pub const OVS_PACKET_ATTR_KEY: u16 = 2;
/// Nested OVS_ACTION_ATTR_* attributes.
/// Defined as binary for the same reason as key.
pub const OVS_PACKET_ATTR_ACTIONS: u16 = 3;
/// Opaque userspace cookie from OVS_USERSPACE_ATTR_USERDATA.
pub const OVS_PACKET_ATTR_USERDATA: u16 = 4;
/// Nested OVS_TUNNEL_KEY_ATTR_* for output tunnel metadata.
pub const OVS_PACKET_ATTR_EGRESS_TUN_KEY: u16 = 5;
/// `unused1` (unused) of `packet`.
pub const OVS_PACKET_ATTR_UNUSED1: u16 = 6;
/// `unused2` (unused) of `packet`.
pub const OVS_PACKET_ATTR_UNUSED2: u16 = 7;
/// Packet operation is a feature probe, error logging suppressed.
pub const OVS_PACKET_ATTR_PROBE: u16 = 8;
/// Maximum received IP fragment size.
pub const OVS_PACKET_ATTR_MRU: u16 = 9;
/// Packet size before truncation.
pub const OVS_PACKET_ATTR_LEN: u16 = 10;
/// Packet hash, low 32 bits are skb hash, upper bits are flags.
pub const OVS_PACKET_ATTR_HASH: u16 = 11;
/// Netlink PID to use for upcalls during EXECUTE processing.
pub const OVS_PACKET_ATTR_UPCALL_PID: u16 = 12;
