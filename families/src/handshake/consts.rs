//! The numbers of `handshake` by their kernel C names: attribute types, enum values and flag
//! bits, commands, multicast groups and constants.

/// The generic netlink family name, resolved to an id by nlctrl at run time.
pub const FAMILY_NAME: &str = "handshake";
/// The family version for `genlmsghdr.version`.
pub const FAMILY_VERSION: u8 = 1;

// Commands

/// Notify handlers that a new handshake request is waiting
pub const HANDSHAKE_CMD_READY: u8 = 1;
/// Handler retrieves next queued handshake request
pub const HANDSHAKE_CMD_ACCEPT: u8 = 2;
/// Handler reports handshake completion
pub const HANDSHAKE_CMD_DONE: u8 = 3;

// Multicast groups

/// The `none` multicast group's name (its id comes from nlctrl).
pub const HANDSHAKE_MCGRP_NONE_NAME: &str = "none";
/// The `tlshd` multicast group's name (its id comes from nlctrl).
pub const HANDSHAKE_MCGRP_TLSHD_NAME: &str = "tlshd";

// Attribute set `x509`

/// `cert` (s32) of `x509`.
pub const HANDSHAKE_A_X509_CERT: u16 = 1;
/// `privkey` (s32) of `x509`.
pub const HANDSHAKE_A_X509_PRIVKEY: u16 = 2;

// Attribute set `accept`

/// `sockfd` (s32) of `accept`.
pub const HANDSHAKE_A_ACCEPT_SOCKFD: u16 = 1;
/// `handler-class` (u32) of `accept`.
pub const HANDSHAKE_A_ACCEPT_HANDLER_CLASS: u16 = 2;
/// `message-type` (u32) of `accept`.
pub const HANDSHAKE_A_ACCEPT_MESSAGE_TYPE: u16 = 3;
/// `timeout` (u32) of `accept`.
pub const HANDSHAKE_A_ACCEPT_TIMEOUT: u16 = 4;
/// `auth-mode` (u32) of `accept`.
pub const HANDSHAKE_A_ACCEPT_AUTH_MODE: u16 = 5;
/// `peer-identity` (u32) of `accept`.
pub const HANDSHAKE_A_ACCEPT_PEER_IDENTITY: u16 = 6;
/// `certificate` (nest) of `accept`.
pub const HANDSHAKE_A_ACCEPT_CERTIFICATE: u16 = 7;
/// `peername` (string) of `accept`.
pub const HANDSHAKE_A_ACCEPT_PEERNAME: u16 = 8;
/// `keyring` (u32) of `accept`.
pub const HANDSHAKE_A_ACCEPT_KEYRING: u16 = 9;

// Attribute set `done`

/// `status` (u32) of `done`.
pub const HANDSHAKE_A_DONE_STATUS: u16 = 1;
/// `sockfd` (s32) of `done`.
pub const HANDSHAKE_A_DONE_SOCKFD: u16 = 2;
/// `remote-auth` (u32) of `done`.
pub const HANDSHAKE_A_DONE_REMOTE_AUTH: u16 = 3;

// Enum `handler-class`

/// `none` of `handler-class`.
pub const HANDSHAKE_HANDLER_CLASS_NONE: u32 = 0;
/// `tlshd` of `handler-class`.
pub const HANDSHAKE_HANDLER_CLASS_TLSHD: u32 = 1;
/// `max` of `handler-class`.
pub const HANDSHAKE_HANDLER_CLASS_MAX: u32 = 2;

// Enum `msg-type`

/// `unspec` of `msg-type`.
pub const HANDSHAKE_MSG_TYPE_UNSPEC: u32 = 0;
/// `clienthello` of `msg-type`.
pub const HANDSHAKE_MSG_TYPE_CLIENTHELLO: u32 = 1;
/// `serverhello` of `msg-type`.
pub const HANDSHAKE_MSG_TYPE_SERVERHELLO: u32 = 2;

// Enum `auth`

/// `unspec` of `auth`.
pub const HANDSHAKE_AUTH_UNSPEC: u32 = 0;
/// `unauth` of `auth`.
pub const HANDSHAKE_AUTH_UNAUTH: u32 = 1;
/// `psk` of `auth`.
pub const HANDSHAKE_AUTH_PSK: u32 = 2;
/// `x509` of `auth`.
pub const HANDSHAKE_AUTH_X509: u32 = 3;

// Constants

/// The `MAX_ERRNO` constant.
pub const MAX_ERRNO: u32 = 4095;
