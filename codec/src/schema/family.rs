//! Families, their operations and multicast groups, and the [`Schema`] lookup that tells
//! what a data message is.

use super::attr::AttrSet;
use super::types::StructDesc;
use crate::protocol::Protocol;

/// How a family's messages are addressed: by message type on a protocol of their own, or
/// by generic netlink family id and command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Addressing {
    /// A classic netlink protocol (`netlink-raw` specs): the message type is the operation.
    Raw {
        /// The netlink protocol (`NETLINK_ROUTE`, `NETLINK_NETFILTER`).
        protocol: Protocol,
    },
    /// A generic netlink family: the message type is the family id (assigned at run time,
    /// resolved by name through nlctrl) and `genlmsghdr.cmd` is the operation.
    Genl {
        /// The family name nlctrl knows it by (`ethtool`).
        name: &'static str,
        /// The family version to put in `genlmsghdr.version`.
        version: u8,
    },
}

/// One operation of a family (a message type of a raw family, a command of a generic one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Op {
    /// The spec's name (`getlink`).
    pub name: &'static str,
    /// The C name (`RTM_GETLINK`, `ETHTOOL_MSG_LINKINFO_GET`).
    pub c_name: &'static str,
    /// The message type (raw families) or command (generic netlink) of a request.
    pub request: u16,
    /// The message type or command of a reply, when the operation has one.
    pub reply: Option<u16>,
    /// The fixed header after `nlmsghdr` (raw) or after `genlmsghdr` (generic netlink).
    pub header: Option<&'static StructDesc>,
    /// The attribute set of requests and replies.
    pub attrs: Option<&'static AttrSet>,
    /// The attribute types a `do` request may carry.
    pub do_request: Option<&'static [u16]>,
    /// The attribute types a `do` reply carries.
    pub do_reply: Option<&'static [u16]>,
    /// The attribute types a `dump` request may carry.
    pub dump_request: Option<&'static [u16]>,
    /// The attribute types each `dump` reply carries.
    pub dump_reply: Option<&'static [u16]>,
    /// True for a notification (an `event` or `notify` operation): sent by the kernel to a
    /// multicast group, never requested.
    pub notification: bool,
}

impl Op {
    /// True when the operation can be sent as a `do` (single object) request.
    pub const fn has_do(&self) -> bool {
        self.do_request.is_some() || self.do_reply.is_some()
    }

    /// True when the operation can be sent as a dump (`NLM_F_DUMP`) request.
    pub const fn has_dump(&self) -> bool {
        self.dump_request.is_some() || self.dump_reply.is_some()
    }
}

/// A multicast group of a family.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct McastGroup {
    /// The group's name (`link` for rtnetlink's `RTNLGRP_LINK`, `monitor` for ethtool).
    pub name: &'static str,
    /// The group number for raw families (`RTNLGRP_LINK` = 1); generic netlink group ids
    /// are assigned at run time (`None`).
    pub id: Option<u32>,
}

/// A family: its protocol, operations, multicast groups and attribute sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Family {
    /// The spec's name (`rt-link`, `ethtool`).
    pub name: &'static str,
    /// How messages are addressed.
    pub addressing: Addressing,
    /// The operations.
    pub ops: &'static [Op],
    /// The multicast groups.
    pub mcast_groups: &'static [McastGroup],
    /// Every attribute set, in spec order.
    pub attr_sets: &'static [&'static AttrSet],
}

impl Family {
    /// The operation called `name`.
    pub fn op(&self, name: &str) -> Option<&'static Op> {
        self.ops.iter().find(|o| o.name == name)
    }

    /// The operation a message of type / command `value` belongs to: a request of that
    /// value first, then a reply or notification with it.
    pub fn op_for(&self, value: u16) -> Option<&'static Op> {
        self.ops
            .iter()
            .find(|o| o.request == value && !o.notification)
            .or_else(|| self.ops.iter().find(|o| o.reply == Some(value)))
            .or_else(|| self.ops.iter().find(|o| o.request == value))
    }

    /// The attribute set called `name`.
    pub fn attr_set(&self, name: &str) -> Option<&'static AttrSet> {
        self.attr_sets.iter().copied().find(|s| s.name == name)
    }

    /// The length of the family-level header before an operation's own fixed header:
    /// `genlmsghdr` (4) for generic netlink, nothing for raw families.
    pub const fn base_header_len(&self) -> usize {
        match self.addressing {
            Addressing::Raw { .. } => 0,
            Addressing::Genl { .. } => 4,
        }
    }
}

/// What a data message is: its family, operation, headers and attribute set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MsgDesc {
    /// The family.
    pub family: &'static Family,
    /// The operation.
    pub op: &'static Op,
    /// Bytes before the attributes: `genlmsghdr` (generic netlink) plus the fixed header.
    pub header_len: usize,
}

impl MsgDesc {
    /// The message's operation in the family, for a raw message type or a generic netlink
    /// command.
    pub fn new(family: &'static Family, value: u16) -> Option<MsgDesc> {
        let op = family.op_for(value)?;
        let fixed = op.header.map_or(0, |h| h.len);
        Some(MsgDesc {
            family,
            op,
            header_len: crate::consts::align(family.base_header_len() + fixed),
        })
    }

    /// The attribute set of the message's attributes.
    pub fn attrs(&self) -> Option<&'static AttrSet> {
        self.op.attrs
    }
}

/// Tells what a data message is, from its type and payload. Implemented by the generated
/// families for each protocol (rtnetlink's message types, a generic netlink id registry);
/// [`Dump`](crate::dump::Dump) and the named-path lookups take one.
///
/// ```
/// use nlcodec::schema::{Addressing, Family, MsgDesc, Op, Schema};
/// use nlcodec::Protocol;
/// static OPS: [Op; 1] = [Op {
///     name: "getlink", c_name: "RTM_GETLINK", request: 18, reply: Some(16), header: None,
///     attrs: None, do_request: None, do_reply: None, dump_request: Some(&[]), dump_reply: Some(&[]),
///     notification: false,
/// }];
/// static FAM: Family = Family {
///     name: "demo", addressing: Addressing::Raw { protocol: Protocol::ROUTE }, ops: &OPS, mcast_groups: &[], attr_sets: &[],
/// };
/// struct Demo;
/// impl Schema for Demo {
///     fn message(&self, kind: u16, _payload: &[u8]) -> Option<MsgDesc> {
///         MsgDesc::new(&FAM, kind)
///     }
/// }
/// assert_eq!(Demo.message(16, &[]).unwrap().op.c_name, "RTM_GETLINK");
/// ```
pub trait Schema {
    /// The descriptor of a data message of type `kind` whose payload is `payload`, or `None`
    /// when the schema does not know it.
    fn message(&self, kind: u16, payload: &[u8]) -> Option<MsgDesc>;

    /// The name of message type `kind`, for types with no payload to look at (e.g. the
    /// request echoed in an ACK).
    fn kind_name(&self, kind: u16) -> Option<&'static str> {
        self.message(kind, &[]).map(|m| m.op.c_name)
    }
}

impl<S: Schema + ?Sized> Schema for &S {
    fn message(&self, kind: u16, payload: &[u8]) -> Option<MsgDesc> {
        (**self).message(kind, payload)
    }
    fn kind_name(&self, kind: u16) -> Option<&'static str> {
        (**self).kind_name(kind)
    }
}

/// A list of raw families sharing one protocol (e.g. `rt-link`, `rt-addr`, `rt-route`):
/// the first family with an operation for the message type wins.
impl Schema for [&'static Family] {
    fn message(&self, kind: u16, _payload: &[u8]) -> Option<MsgDesc> {
        self.iter().find_map(|f| MsgDesc::new(f, kind))
    }
}
