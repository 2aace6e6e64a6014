//! The numbers of `binder` by their kernel C names: attribute types, enum values and flag
//! bits, commands, multicast groups and constants.

/// The generic netlink family name, resolved to an id by nlctrl at run time.
pub const FAMILY_NAME: &str = "binder";
/// The family version for `genlmsghdr.version`.
pub const FAMILY_VERSION: u8 = 1;

// Commands

/// A multicast event sent to userspace subscribers to notify them about
/// binder transaction failures. The generated report provides the full
/// details of the specific transaction that failed. The intention is for
/// programs to monitor these events and react to the failures as needed.
pub const BINDER_CMD_REPORT: u8 = 1;

// Multicast groups

/// The `report` multicast group's name (its id comes from nlctrl).
pub const BINDER_MCGRP_REPORT_NAME: &str = "report";

// Attribute set `report`

/// The enum binder_driver_return_protocol returned to the sender.
pub const BINDER_A_REPORT_ERROR: u16 = 1;
/// The binder context where the transaction occurred.
pub const BINDER_A_REPORT_CONTEXT: u16 = 2;
/// The PID of the sender process.
pub const BINDER_A_REPORT_FROM_PID: u16 = 3;
/// The TID of the sender thread.
pub const BINDER_A_REPORT_FROM_TID: u16 = 4;
/// The PID of the recipient process. This attribute may not be present
/// if the target could not be determined.
pub const BINDER_A_REPORT_TO_PID: u16 = 5;
/// The TID of the recipient thread. This attribute may not be present
/// if the target could not be determined.
pub const BINDER_A_REPORT_TO_TID: u16 = 6;
/// When present, indicates the failed transaction is a reply.
pub const BINDER_A_REPORT_IS_REPLY: u16 = 7;
/// The bitmask of enum transaction_flags from the transaction.
pub const BINDER_A_REPORT_FLAGS: u16 = 8;
/// The application-defined code from the transaction.
pub const BINDER_A_REPORT_CODE: u16 = 9;
/// The transaction payload size in bytes.
pub const BINDER_A_REPORT_DATA_SIZE: u16 = 10;
