//! The operations of `net-shaper` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, Operation, RawMsg, Replies};
use nlcodec::schema::{Family, Op};
use nlcodec::{Error, Message};

/// `NET_SHAPER_CMD_GET` (do and dump): Get information about a shaper for a given device.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Get;

impl Operation for Get {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[0];
    type Header = ();
    type Attrs = super::sets::NetShaper;
    type Msg<'a> = GenlMsg<super::NetShaper<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Get {
    type Answer = Replies;
}

impl Dump for Get {}

/// `NET_SHAPER_CMD_SET` (do): Create or update the specified shaper.
/// The set operation can't be used to create a @node scope shaper,
/// use the @group operation instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Set;

impl Operation for Set {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[1];
    type Header = ();
    type Attrs = super::sets::NetShaper;
    type Msg<'a> = GenlMsg<super::NetShaper<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Set {
    type Answer = Ack;
}

/// `NET_SHAPER_CMD_DELETE` (do): Clear (remove) the specified shaper. When deleting
/// a @node shaper, reattach all the node's leaves to the
/// deleted node's parent.
/// If, after the removal, the parent shaper has no more
/// leaves and the parent shaper scope is @node, the parent
/// node is deleted, recursively.
/// When deleting a @queue shaper or a @netdev shaper,
/// the shaper disappears from the hierarchy, but the
/// queue/device can still send traffic: it has an implicit
/// node with infinite bandwidth. The queue's implicit node
/// feeds an implicit RR node at the root of the hierarchy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Delete;

impl Operation for Delete {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[2];
    type Header = ();
    type Attrs = super::sets::NetShaper;
    type Msg<'a> = GenlMsg<super::NetShaper<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Delete {
    type Answer = Ack;
}

/// `NET_SHAPER_CMD_GROUP` (do): Create or update a scheduling group, attaching the specified
/// @leaves shapers under the specified node identified by @handle.
/// The @leaves shapers scope must be @queue and the node shaper
/// scope must be either @node or @netdev.
/// When the node shaper has @node scope, if the @handle @id is not
/// specified, a new shaper of such scope is created, otherwise the
/// specified node must already exist.
/// When updating an existing node shaper, the specified @leaves are
/// added to the existing node; such node will also retain any preexisting
/// leave.
/// The @parent handle for a new node shaper defaults to the parent
/// of all the leaves, provided all the leaves share the same parent.
/// Otherwise @parent handle must be specified.
/// The user can optionally provide shaping attributes for the node
/// shaper.
/// The operation is atomic, on failure no change is applied to
/// the device shaping configuration, otherwise the @node shaper
/// full identifier, comprising @binding and @handle, is provided
/// as the reply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Group;

impl Operation for Group {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[3];
    type Header = ();
    type Attrs = super::sets::NetShaper;
    type Msg<'a> = GenlMsg<super::NetShaper<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Group {
    type Answer = Replies;
}

/// `NET_SHAPER_CMD_CAP_GET` (do and dump): Get the shaper capabilities supported by the given device
/// for the specified scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CapGet;

impl Operation for CapGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[4];
    type Header = ();
    type Attrs = super::sets::Caps;
    type Msg<'a> = GenlMsg<super::Caps<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for CapGet {
    type Answer = Replies;
}

impl Dump for CapGet {}
