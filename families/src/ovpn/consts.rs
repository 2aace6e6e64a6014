//! The numbers of `ovpn` by their kernel C names: attribute types, enum values and flag
//! bits, commands, multicast groups and constants.

/// The generic netlink family name, resolved to an id by nlctrl at run time.
pub const FAMILY_NAME: &str = "ovpn";
/// The family version for `genlmsghdr.version`.
pub const FAMILY_VERSION: u8 = 1;

// Commands

/// Add a remote peer
pub const OVPN_CMD_PEER_NEW: u8 = 1;
/// modify a remote peer
pub const OVPN_CMD_PEER_SET: u8 = 2;
/// Retrieve data about existing remote peers (or a specific one)
pub const OVPN_CMD_PEER_GET: u8 = 3;
/// Delete existing remote peer
pub const OVPN_CMD_PEER_DEL: u8 = 4;
/// Notification about a peer being deleted
pub const OVPN_CMD_PEER_DEL_NTF: u8 = 5;
/// Add a cipher key for a specific peer
pub const OVPN_CMD_KEY_NEW: u8 = 6;
/// Retrieve non-sensitive data about peer key and cipher
pub const OVPN_CMD_KEY_GET: u8 = 7;
/// Swap primary and secondary session keys for a specific peer
pub const OVPN_CMD_KEY_SWAP: u8 = 8;
/// Notification about key having exhausted its IV space and requiring renegotiation
pub const OVPN_CMD_KEY_SWAP_NTF: u8 = 9;
/// Delete cipher key for a specific peer
pub const OVPN_CMD_KEY_DEL: u8 = 10;
/// Notification about a peer floating (changing its remote UDP endpoint)
pub const OVPN_CMD_PEER_FLOAT_NTF: u8 = 11;

// Multicast groups

/// The `peers` multicast group's name (its id comes from nlctrl).
pub const OVPN_MCGRP_PEERS_NAME: &str = "peers";

// Attribute set `peer`

/// The unique ID of the peer in the device context. To be used to identify peers during operations for a specific device. Also used to match packets received from this peer.
pub const OVPN_A_PEER_ID: u16 = 1;
/// The remote IPv4 address of the peer
pub const OVPN_A_PEER_REMOTE_IPV4: u16 = 2;
/// The remote IPv6 address of the peer
pub const OVPN_A_PEER_REMOTE_IPV6: u16 = 3;
/// The scope id of the remote IPv6 address of the peer (RFC2553)
pub const OVPN_A_PEER_REMOTE_IPV6_SCOPE_ID: u16 = 4;
/// The remote port of the peer
pub const OVPN_A_PEER_REMOTE_PORT: u16 = 5;
/// The socket to be used to communicate with the peer
pub const OVPN_A_PEER_SOCKET: u16 = 6;
/// The ID of the netns the socket assigned to this peer lives in
pub const OVPN_A_PEER_SOCKET_NETNSID: u16 = 7;
/// The IPv4 address assigned to the peer by the server
pub const OVPN_A_PEER_VPN_IPV4: u16 = 8;
/// The IPv6 address assigned to the peer by the server
pub const OVPN_A_PEER_VPN_IPV6: u16 = 9;
/// The local IPv4 to be used to send packets to the peer (UDP only)
pub const OVPN_A_PEER_LOCAL_IPV4: u16 = 10;
/// The local IPv6 to be used to send packets to the peer (UDP only)
pub const OVPN_A_PEER_LOCAL_IPV6: u16 = 11;
/// The local port to be used to send packets to the peer (UDP only)
pub const OVPN_A_PEER_LOCAL_PORT: u16 = 12;
/// The number of seconds after which a keep alive message is sent to the peer
pub const OVPN_A_PEER_KEEPALIVE_INTERVAL: u16 = 13;
/// The number of seconds from the last activity after which the peer is assumed dead
pub const OVPN_A_PEER_KEEPALIVE_TIMEOUT: u16 = 14;
/// The reason why a peer was deleted
pub const OVPN_A_PEER_DEL_REASON: u16 = 15;
/// Number of bytes received over the tunnel
pub const OVPN_A_PEER_VPN_RX_BYTES: u16 = 16;
/// Number of bytes transmitted over the tunnel
pub const OVPN_A_PEER_VPN_TX_BYTES: u16 = 17;
/// Number of packets received over the tunnel
pub const OVPN_A_PEER_VPN_RX_PACKETS: u16 = 18;
/// Number of packets transmitted over the tunnel
pub const OVPN_A_PEER_VPN_TX_PACKETS: u16 = 19;
/// Number of bytes received at the transport level
pub const OVPN_A_PEER_LINK_RX_BYTES: u16 = 20;
/// Number of bytes transmitted at the transport level
pub const OVPN_A_PEER_LINK_TX_BYTES: u16 = 21;
/// Number of packets received at the transport level
pub const OVPN_A_PEER_LINK_RX_PACKETS: u16 = 22;
/// Number of packets transmitted at the transport level
pub const OVPN_A_PEER_LINK_TX_PACKETS: u16 = 23;
/// The ID value used when transmitting packets to this peer. This way outgoing packets can have a different ID than incoming ones. Useful in multipeer-to-multipeer connections, where each peer will advertise the tx-id to be used on the link.
pub const OVPN_A_PEER_TX_ID: u16 = 24;

// Attribute set `keyconf`

/// The unique ID of the peer in the device context. To be used to identify peers during key operations
pub const OVPN_A_KEYCONF_PEER_ID: u16 = 1;
/// The slot where the key should be stored
pub const OVPN_A_KEYCONF_SLOT: u16 = 2;
/// The unique ID of the key in the peer context. Used to fetch the correct key upon decryption
pub const OVPN_A_KEYCONF_KEY_ID: u16 = 3;
/// The cipher to be used when communicating with the peer
pub const OVPN_A_KEYCONF_CIPHER_ALG: u16 = 4;
/// Key material for encrypt direction
pub const OVPN_A_KEYCONF_ENCRYPT_DIR: u16 = 5;
/// Key material for decrypt direction
pub const OVPN_A_KEYCONF_DECRYPT_DIR: u16 = 6;

// Attribute set `keydir`

/// The actual key to be used by the cipher
pub const OVPN_A_KEYDIR_CIPHER_KEY: u16 = 1;
/// Random nonce to be concatenated to the packet ID, in order to obtain the actual cipher IV
pub const OVPN_A_KEYDIR_NONCE_TAIL: u16 = 2;

// Attribute set `ovpn`

/// Index of the ovpn interface to operate on
pub const OVPN_A_IFINDEX: u16 = 1;
/// The peer object containing the attributed of interest for the specific operation
pub const OVPN_A_PEER: u16 = 2;
/// Peer specific cipher configuration
pub const OVPN_A_KEYCONF: u16 = 3;

// Enum `cipher-alg`

/// `none` of `cipher-alg`.
pub const OVPN_CIPHER_ALG_NONE: u32 = 0;
/// `aes-gcm` of `cipher-alg`.
pub const OVPN_CIPHER_ALG_AES_GCM: u32 = 1;
/// `chacha20-poly1305` of `cipher-alg`.
pub const OVPN_CIPHER_ALG_CHACHA20_POLY1305: u32 = 2;

// Enum `del-peer-reason`

/// `teardown` of `del-peer-reason`.
pub const OVPN_DEL_PEER_REASON_TEARDOWN: u32 = 0;
/// `userspace` of `del-peer-reason`.
pub const OVPN_DEL_PEER_REASON_USERSPACE: u32 = 1;
/// `expired` of `del-peer-reason`.
pub const OVPN_DEL_PEER_REASON_EXPIRED: u32 = 2;
/// `transport-error` of `del-peer-reason`.
pub const OVPN_DEL_PEER_REASON_TRANSPORT_ERROR: u32 = 3;
/// `transport-disconnect` of `del-peer-reason`.
pub const OVPN_DEL_PEER_REASON_TRANSPORT_DISCONNECT: u32 = 4;

// Enum `key-slot`

/// `primary` of `key-slot`.
pub const OVPN_KEY_SLOT_PRIMARY: u32 = 0;
/// `secondary` of `key-slot`.
pub const OVPN_KEY_SLOT_SECONDARY: u32 = 1;

// Constants

/// The `OVPN_NONCE_TAIL_SIZE` constant.
pub const OVPN_NONCE_TAIL_SIZE: u32 = 8;
