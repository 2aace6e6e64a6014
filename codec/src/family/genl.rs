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
