//! Wire constants from `include/uapi/linux/netlink.h`.
//!
//! The values are facts of the kernel ABI; `tests/consts.rs` checks every one of them against
//! `linux-raw-sys`. Flag bits overlap by design (0x100 is `NLM_F_ROOT` on a GET,
//! `NLM_F_REPLACE` on a NEW, `NLM_F_NONREC` on a DEL and `NLM_F_CAPPED` on an ACK): only the
//! message type tells which one is meant.
//!
//! ```
//! use nlcodec::consts::*;
//! assert_eq!(NLM_F_DUMP, NLM_F_ROOT | NLM_F_MATCH);
//! assert_eq!(NLMSG_HDRLEN, 16);
//! ```

/// Alignment of messages (`NLMSG_ALIGNTO`) and attributes (`NLA_ALIGNTO`).
pub const ALIGNTO: usize = 4;
/// Size of `struct nlmsghdr`.
pub const NLMSG_HDRLEN: usize = 16;
/// Size of `struct nlattr`.
pub const NLA_HDRLEN: usize = 4;
/// Size of `struct nlmsgerr` without anything echoed after the request header.
pub const NLMSGERR_LEN: usize = 20;
/// Largest value an attribute can carry: a `u16` length minus the 4-byte header.
pub const NLA_MAX_VALUE_LEN: usize = u16::MAX as usize - NLA_HDRLEN;

/// No operation; the message is to be ignored.
pub const NLMSG_NOOP: u16 = 1;
/// Error or acknowledgement (`struct nlmsgerr`).
pub const NLMSG_ERROR: u16 = 2;
/// End of a multipart (`NLM_F_MULTI`) dump.
pub const NLMSG_DONE: u16 = 3;
/// Data lost.
pub const NLMSG_OVERRUN: u16 = 4;
/// First message type that carries family data.
pub const NLMSG_MIN_TYPE: u16 = 0x10;

/// The message is a request.
pub const NLM_F_REQUEST: u16 = 0x1;
/// Part of a multipart message, ended by `NLMSG_DONE`.
pub const NLM_F_MULTI: u16 = 0x2;
/// Ask for an acknowledgement.
pub const NLM_F_ACK: u16 = 0x4;
/// Echo this request back.
pub const NLM_F_ECHO: u16 = 0x8;
/// The dump was inconsistent because the data changed while it ran.
pub const NLM_F_DUMP_INTR: u16 = 0x10;
/// The dump was filtered as the request asked.
pub const NLM_F_DUMP_FILTERED: u16 = 0x20;

/// GET: return the whole table.
pub const NLM_F_ROOT: u16 = 0x100;
/// GET: return all matching entries.
pub const NLM_F_MATCH: u16 = 0x200;
/// GET: atomic snapshot (obsolete).
pub const NLM_F_ATOMIC: u16 = 0x400;
/// GET: a dump (`NLM_F_ROOT | NLM_F_MATCH`).
pub const NLM_F_DUMP: u16 = NLM_F_ROOT | NLM_F_MATCH;

/// NEW: replace an existing object.
pub const NLM_F_REPLACE: u16 = 0x100;
/// NEW: fail if the object exists.
pub const NLM_F_EXCL: u16 = 0x200;
/// NEW: create the object if it does not exist.
pub const NLM_F_CREATE: u16 = 0x400;
/// NEW: append to the end of a list.
pub const NLM_F_APPEND: u16 = 0x800;

/// DELETE: do not delete recursively.
pub const NLM_F_NONREC: u16 = 0x100;
/// DELETE: delete several objects at once.
pub const NLM_F_BULK: u16 = 0x200;

/// ACK: only the header of the request was echoed.
pub const NLM_F_CAPPED: u16 = 0x100;
/// ACK: extended-ACK TLVs follow.
pub const NLM_F_ACK_TLVS: u16 = 0x200;

/// Attribute type bit: the value is a nest of attributes.
pub const NLA_F_NESTED: u16 = 0x8000;
/// Attribute type bit: the value is in network byte order.
pub const NLA_F_NET_BYTEORDER: u16 = 0x4000;
/// Mask that strips both flag bits off an attribute type.
pub const NLA_TYPE_MASK: u16 = !(NLA_F_NESTED | NLA_F_NET_BYTEORDER);

/// Extended ACK: human-readable error message (NUL-terminated string).
pub const NLMSGERR_ATTR_MSG: u16 = 1;
/// Extended ACK: offset of the invalid attribute in the request (u32).
pub const NLMSGERR_ATTR_OFFS: u16 = 2;
/// Extended ACK: arbitrary cookie (binary).
pub const NLMSGERR_ATTR_COOKIE: u16 = 3;
/// Extended ACK: policy of the rejected attribute (nested `NL_POLICY_TYPE_ATTR_*`).
pub const NLMSGERR_ATTR_POLICY: u16 = 4;
/// Extended ACK: type of a missing required attribute (u32).
pub const NLMSGERR_ATTR_MISS_TYPE: u16 = 5;
/// Extended ACK: offset of the nest that lacks the missing attribute (u32).
pub const NLMSGERR_ATTR_MISS_NEST: u16 = 6;

/// `SOL_NETLINK` socket option level.
pub const SOL_NETLINK: i32 = 270;
/// Socket option: join a multicast group.
pub const NETLINK_ADD_MEMBERSHIP: i32 = 1;
/// Socket option: leave a multicast group.
pub const NETLINK_DROP_MEMBERSHIP: i32 = 2;
/// Socket option: receive `nl_pktinfo` with each message.
pub const NETLINK_PKTINFO: i32 = 3;
/// Socket option: do not report `ENOBUFS`.
pub const NETLINK_NO_ENOBUFS: i32 = 5;
/// Socket option: listen to all network namespaces with an id.
pub const NETLINK_LISTEN_ALL_NSID: i32 = 8;
/// Socket option: echo only the request header in ACKs.
pub const NETLINK_CAP_ACK: i32 = 10;
/// Socket option: extended ACK.
pub const NETLINK_EXT_ACK: i32 = 11;
/// Socket option: strict checking of GET requests.
pub const NETLINK_GET_STRICT_CHK: i32 = 12;

/// Rounds `len` up to the netlink alignment (`NLMSG_ALIGN` / `NLA_ALIGN`).
///
/// ```
/// assert_eq!(nlcodec::consts::align(17), 20);
/// assert_eq!(nlcodec::consts::align(20), 20);
/// ```
#[inline(always)]
pub const fn align(len: usize) -> usize {
    len.saturating_add(ALIGNTO - 1) & !(ALIGNTO - 1)
}
