//! Generic netlink (`NETLINK_GENERIC`): `struct genlmsghdr` and the controller's numbers.

use super::family_header;

family_header! {
    /// `struct genlmsghdr` (4 bytes).
    ///
    /// ```
    /// use nlcodec::family::{FamilyHeader, genl::GenlMsgHdr};
    /// let h = GenlMsgHdr { cmd: 3, version: 2, reserved: 0 }; // CTRL_CMD_GETFAMILY
    /// let mut b = [0u8; 4];
    /// h.emit(&mut b);
    /// assert_eq!(b[..2], [3, 2]);
    /// ```
    GenlMsgHdr, 4, {
        /// Command.
        cmd: u8 = 0,
        /// Family version.
        version: u8 = 1,
        /// Reserved.
        reserved: u16 = 2,
    }
}

/// The controller family's fixed id (`GENL_ID_CTRL`).
pub const GENL_ID_CTRL: u16 = 0x10;
/// `CTRL_CMD_GETFAMILY`.
pub const CTRL_CMD_GETFAMILY: u8 = 3;
/// `CTRL_ATTR_FAMILY_ID` (u16).
pub const CTRL_ATTR_FAMILY_ID: u16 = 1;
/// `CTRL_ATTR_FAMILY_NAME` (string).
pub const CTRL_ATTR_FAMILY_NAME: u16 = 2;
/// `CTRL_ATTR_VERSION` (u32).
pub const CTRL_ATTR_VERSION: u16 = 3;
/// `CTRL_ATTR_HDRSIZE` (u32).
pub const CTRL_ATTR_HDRSIZE: u16 = 4;
/// `CTRL_ATTR_MAXATTR` (u32).
pub const CTRL_ATTR_MAXATTR: u16 = 5;
/// `CTRL_ATTR_OPS` (nested array).
pub const CTRL_ATTR_OPS: u16 = 6;
/// `CTRL_ATTR_MCAST_GROUPS` (nested array).
pub const CTRL_ATTR_MCAST_GROUPS: u16 = 7;
/// `CTRL_ATTR_OP_ID` (u32), inside an op.
pub const CTRL_ATTR_OP_ID: u16 = 1;
/// `CTRL_ATTR_OP_FLAGS` (u32), inside an op.
pub const CTRL_ATTR_OP_FLAGS: u16 = 2;
/// `CTRL_ATTR_MCAST_GRP_NAME` (string), inside a group.
pub const CTRL_ATTR_MCAST_GRP_NAME: u16 = 1;
/// `CTRL_ATTR_MCAST_GRP_ID` (u32), inside a group.
pub const CTRL_ATTR_MCAST_GRP_ID: u16 = 2;

/// The family header length of any generic netlink message: the 4-byte `genlmsghdr`
/// (a family's own extra header, if it has one, follows it).
pub fn header_len(_kind: u16) -> usize {
    4
}
