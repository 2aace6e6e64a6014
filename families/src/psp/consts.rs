//! The numbers of `psp` by their kernel C names: attribute types, enum values and flag
//! bits, commands, multicast groups and constants.

/// The generic netlink family name, resolved to an id by nlctrl at run time.
pub const FAMILY_NAME: &str = "psp";
/// The family version for `genlmsghdr.version`.
pub const FAMILY_VERSION: u8 = 1;

// Commands

/// Get / dump information about PSP capable devices on the system.
pub const PSP_CMD_DEV_GET: u8 = 1;
/// Notification about device appearing.
pub const PSP_CMD_DEV_ADD_NTF: u8 = 2;
/// Notification about device disappearing.
pub const PSP_CMD_DEV_DEL_NTF: u8 = 3;
/// Set the configuration of a PSP device.
pub const PSP_CMD_DEV_SET: u8 = 4;
/// Notification about device configuration being changed.
pub const PSP_CMD_DEV_CHANGE_NTF: u8 = 5;
/// Rotate the device key.
pub const PSP_CMD_KEY_ROTATE: u8 = 6;
/// Notification about device key getting rotated.
pub const PSP_CMD_KEY_ROTATE_NTF: u8 = 7;
/// Allocate a new Rx key + SPI pair, associate it with a socket.
pub const PSP_CMD_RX_ASSOC: u8 = 8;
/// Add a PSP Tx association.
pub const PSP_CMD_TX_ASSOC: u8 = 9;
/// Get device statistics.
pub const PSP_CMD_GET_STATS: u8 = 10;
/// Associate a network device with a PSP device.
pub const PSP_CMD_DEV_ASSOC: u8 = 11;
/// Disassociate a network device from a PSP device.
pub const PSP_CMD_DEV_DISASSOC: u8 = 12;

// Multicast groups

/// The `mgmt` multicast group's name (its id comes from nlctrl).
pub const PSP_MCGRP_MGMT_NAME: &str = "mgmt";
/// The `use` multicast group's name (its id comes from nlctrl).
pub const PSP_MCGRP_USE_NAME: &str = "use";

// Attribute set `assoc-dev-info`

/// ifindex of an associated network device.
pub const PSP_A_ASSOC_DEV_INFO_IFINDEX: u16 = 1;
/// Network namespace ID of the associated device.
pub const PSP_A_ASSOC_DEV_INFO_NSID: u16 = 2;

// Attribute set `dev`

/// PSP device ID.
pub const PSP_A_DEV_ID: u16 = 1;
/// ifindex of the main netdevice linked to the PSP device,
/// or the ifindex to associate with the PSP device.
pub const PSP_A_DEV_IFINDEX: u16 = 2;
/// Bitmask of PSP versions supported by the device.
pub const PSP_A_DEV_PSP_VERSIONS_CAP: u16 = 3;
/// Bitmask of currently enabled (accepted on Rx) PSP versions.
pub const PSP_A_DEV_PSP_VERSIONS_ENA: u16 = 4;
/// List of associated virtual devices.
pub const PSP_A_DEV_ASSOC_LIST: u16 = 5;
/// Network namespace ID for the device to associate/disassociate.
/// Optional for dev-assoc and dev-disassoc; if not present, the
/// device is looked up in the caller's network namespace.
pub const PSP_A_DEV_NSID: u16 = 6;
/// Flag indicating the PSP device is an associated device from a
/// different network namespace.
/// Present when in associated namespace, absent when in primary/host
/// namespace.
pub const PSP_A_DEV_BY_ASSOCIATION: u16 = 7;

// Attribute set `assoc`

/// PSP device ID.
pub const PSP_A_ASSOC_DEV_ID: u16 = 1;
/// PSP versions (AEAD and protocol version) used by this association,
/// dictates the size of the key.
pub const PSP_A_ASSOC_VERSION: u16 = 2;
/// `rx-key` (nest) of `assoc`.
pub const PSP_A_ASSOC_RX_KEY: u16 = 3;
/// `tx-key` (nest) of `assoc`.
pub const PSP_A_ASSOC_TX_KEY: u16 = 4;
/// Sockets which should be bound to the association immediately.
pub const PSP_A_ASSOC_SOCK_FD: u16 = 5;

// Attribute set `keys`

/// `key` (binary) of `keys`.
pub const PSP_A_KEYS_KEY: u16 = 1;
/// Security Parameters Index (SPI) of the association.
pub const PSP_A_KEYS_SPI: u16 = 2;

// Attribute set `stats`

/// PSP device ID.
pub const PSP_A_STATS_DEV_ID: u16 = 1;
/// Number of key rotations during the lifetime of the device.
/// Kernel statistic.
pub const PSP_A_STATS_KEY_ROTATIONS: u16 = 2;
/// Number of times a socket's Rx got shut down due to using
/// a key which went stale (fully rotated out).
/// Kernel statistic.
pub const PSP_A_STATS_STALE_EVENTS: u16 = 3;
/// Number of successfully processed and authenticated PSP packets.
/// Device statistic (from the PSP spec).
pub const PSP_A_STATS_RX_PACKETS: u16 = 4;
/// Number of successfully authenticated PSP bytes received, counting from
/// the first byte after the IV through the last byte of payload.
/// The fixed initial portion of the PSP header (16 bytes)
/// and the PSP trailer/ICV (16 bytes) are not included in this count.
/// Device statistic (from the PSP spec).
pub const PSP_A_STATS_RX_BYTES: u16 = 5;
/// Number of received PSP packets with unsuccessful authentication.
/// Device statistic (from the PSP spec).
pub const PSP_A_STATS_RX_AUTH_FAIL: u16 = 6;
/// Number of received PSP packets with length/framing errors.
/// Device statistic (from the PSP spec).
pub const PSP_A_STATS_RX_ERROR: u16 = 7;
/// Number of received PSP packets with miscellaneous errors
/// (invalid master key indicated by SPI, unsupported version, etc.)
/// Device statistic (from the PSP spec).
pub const PSP_A_STATS_RX_BAD: u16 = 8;
/// Number of successfully processed PSP packets for transmission.
/// Device statistic (from the PSP spec).
pub const PSP_A_STATS_TX_PACKETS: u16 = 9;
/// Number of successfully processed PSP bytes for transmit, counting from
/// the first byte after the IV through the last byte of payload.
/// The fixed initial portion of the PSP header (16 bytes)
/// and the PSP trailer/ICV (16 bytes) are not included in this count.
/// Device statistic (from the PSP spec).
pub const PSP_A_STATS_TX_BYTES: u16 = 10;
/// Number of PSP packets for transmission with errors.
/// Device statistic (from the PSP spec).
pub const PSP_A_STATS_TX_ERROR: u16 = 11;

// Enum `version`

/// `hdr0-aes-gcm-128` of `version`.
pub const PSP_VERSION_HDR0_AES_GCM_128: u32 = 0;
/// `hdr0-aes-gcm-256` of `version`.
pub const PSP_VERSION_HDR0_AES_GCM_256: u32 = 1;
/// `hdr0-aes-gmac-128` of `version`.
pub const PSP_VERSION_HDR0_AES_GMAC_128: u32 = 2;
/// `hdr0-aes-gmac-256` of `version`.
pub const PSP_VERSION_HDR0_AES_GMAC_256: u32 = 3;
