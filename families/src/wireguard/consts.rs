//! The numbers of `wireguard` by their kernel C names: attribute types, enum values and flag
//! bits, commands, multicast groups and constants.

/// The generic netlink family name, resolved to an id by nlctrl at run time.
pub const WG_GENL_NAME: &str = "wireguard";
/// The family version for `genlmsghdr.version`.
pub const WG_GENL_VERSION: u8 = 1;

// Commands

/// Retrieve WireGuard device
///
/// The command should be called with one but not both of:
///
/// - ``WGDEVICE_A_IFINDEX``
/// - ``WGDEVICE_A_IFNAME``
///
/// The kernel will then return several messages (``NLM_F_MULTI``). It is
/// possible that all of the allowed IPs of a single peer will not fit
/// within a single netlink message. In that case, the same peer will be
/// written in the following message, except it will only contain
/// ``WGPEER_A_PUBLIC_KEY`` and ``WGPEER_A_ALLOWEDIPS``. This may occur
/// several times in a row for the same peer. It is then up to the receiver
/// to coalesce adjacent peers. Likewise, it is possible that all peers will
/// not fit within a single message. So, subsequent peers will be sent in
/// following messages, except those will only contain ``WGDEVICE_A_IFNAME``
/// and ``WGDEVICE_A_PEERS``. It is then up to the receiver to coalesce
/// these messages to form the complete list of peers.
///
/// Since this is an ``NLA_F_DUMP`` command, the final message will always
/// be ``NLMSG_DONE``, even if an error occurs. However, this ``NLMSG_DONE``
/// message contains an integer error code. It is either zero or a negative
/// error code corresponding to the errno.
pub const WG_CMD_GET_DEVICE: u8 = 0;
/// Set WireGuard device
///
/// This command should be called with a wgdevice set, containing one but
/// not both of ``WGDEVICE_A_IFINDEX`` and ``WGDEVICE_A_IFNAME``.
///
/// It is possible that the amount of configuration data exceeds that of the
/// maximum message length accepted by the kernel. In that case, several
/// messages should be sent one after another, with each successive one
/// filling in information not contained in the prior. Note that if
/// ``WGDEVICE_F_REPLACE_PEERS`` is specified in the first message, it
/// probably should not be specified in fragments that come after, so that
/// the list of peers is only cleared the first time but appended after.
/// Likewise for peers, if ``WGPEER_F_REPLACE_ALLOWEDIPS`` is specified in
/// the first message of a peer, it likely should not be specified in
/// subsequent fragments.
///
/// If an error occurs, ``NLMSG_ERROR`` will reply containing an errno.
pub const WG_CMD_SET_DEVICE: u8 = 1;

// Attribute set `wgdevice`

/// `unspec` (unused) of `wgdevice`.
pub const WGDEVICE_A_UNSPEC: u16 = 0;
/// `ifindex` (u32) of `wgdevice`.
pub const WGDEVICE_A_IFINDEX: u16 = 1;
/// `ifname` (string) of `wgdevice`.
pub const WGDEVICE_A_IFNAME: u16 = 2;
/// Set to all zeros to remove.
pub const WGDEVICE_A_PRIVATE_KEY: u16 = 3;
/// `public-key` (binary) of `wgdevice`.
pub const WGDEVICE_A_PUBLIC_KEY: u16 = 4;
/// ``0`` or ``WGDEVICE_F_REPLACE_PEERS`` if all current peers should be
/// removed prior to adding the list below.
pub const WGDEVICE_A_FLAGS: u16 = 5;
/// Set as ``0`` to choose randomly.
pub const WGDEVICE_A_LISTEN_PORT: u16 = 6;
/// Set as ``0`` to disable.
pub const WGDEVICE_A_FWMARK: u16 = 7;
/// The index/type parameter is unused on ``SET_DEVICE`` operations and is
/// zero on ``GET_DEVICE`` operations.
pub const WGDEVICE_A_PEERS: u16 = 8;

// Attribute set `wgpeer`

/// `unspec` (unused) of `wgpeer`.
pub const WGPEER_A_UNSPEC: u16 = 0;
/// `public-key` (binary) of `wgpeer`.
pub const WGPEER_A_PUBLIC_KEY: u16 = 1;
/// Set as all zeros to remove.
pub const WGPEER_A_PRESHARED_KEY: u16 = 2;
/// ``0`` and/or ``WGPEER_F_REMOVE_ME`` if the specified peer should not
/// exist at the end of the operation, rather than added/updated and/or
/// ``WGPEER_F_REPLACE_ALLOWEDIPS`` if all current allowed IPs of this
/// peer should be removed prior to adding the list below and/or
/// ``WGPEER_F_UPDATE_ONLY`` if the peer should only be set if it already
/// exists.
pub const WGPEER_A_FLAGS: u16 = 3;
/// struct sockaddr_in or struct sockaddr_in6
pub const WGPEER_A_ENDPOINT: u16 = 4;
/// Set as ``0`` to disable.
pub const WGPEER_A_PERSISTENT_KEEPALIVE_INTERVAL: u16 = 5;
/// `last-handshake-time` (binary) of `wgpeer`.
pub const WGPEER_A_LAST_HANDSHAKE_TIME: u16 = 6;
/// `rx-bytes` (u64) of `wgpeer`.
pub const WGPEER_A_RX_BYTES: u16 = 7;
/// `tx-bytes` (u64) of `wgpeer`.
pub const WGPEER_A_TX_BYTES: u16 = 8;
/// The index/type parameter is unused on ``SET_DEVICE`` operations and is
/// zero on ``GET_DEVICE`` operations.
pub const WGPEER_A_ALLOWEDIPS: u16 = 9;
/// Should not be set or used at all by most users of this API, as the
/// most recent protocol will be used when this is unset. Otherwise,
/// must be set to ``1``.
pub const WGPEER_A_PROTOCOL_VERSION: u16 = 10;

// Attribute set `wgallowedip`

/// `unspec` (unused) of `wgallowedip`.
pub const WGALLOWEDIP_A_UNSPEC: u16 = 0;
/// IP family, either ``AF_INET`` or ``AF_INET6``.
pub const WGALLOWEDIP_A_FAMILY: u16 = 1;
/// Either ``struct in_addr`` or ``struct in6_addr``.
pub const WGALLOWEDIP_A_IPADDR: u16 = 2;
/// `cidr-mask` (u8) of `wgallowedip`.
pub const WGALLOWEDIP_A_CIDR_MASK: u16 = 3;
/// ``WGALLOWEDIP_F_REMOVE_ME`` if the specified IP should be removed;
/// otherwise, this IP will be added if it is not already present.
pub const WGALLOWEDIP_A_FLAGS: u16 = 4;

// Flags `wgdevice-flags`

/// `replace-peers` of `wgdevice-flags`.
pub const WGDEVICE_F_REPLACE_PEERS: u32 = 1 << 0;

// Flags `wgpeer-flags`

/// `remove-me` of `wgpeer-flags`.
pub const WGPEER_F_REMOVE_ME: u32 = 1 << 0;
/// `replace-allowedips` of `wgpeer-flags`.
pub const WGPEER_F_REPLACE_ALLOWEDIPS: u32 = 1 << 1;
/// `update-only` of `wgpeer-flags`.
pub const WGPEER_F_UPDATE_ONLY: u32 = 1 << 2;

// Flags `wgallowedip-flags`

/// `remove-me` of `wgallowedip-flags`.
pub const WGALLOWEDIP_F_REMOVE_ME: u32 = 1 << 0;

// Constants

/// The `WIREGUARD_KEY_LEN` constant.
pub const WIREGUARD_KEY_LEN: u32 = 32;
