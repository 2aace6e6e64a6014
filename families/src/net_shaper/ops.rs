//! The operations of `net-shaper` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::nl_operation;
use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, RawMsg, Replies};

nl_operation! {
    /// `NET_SHAPER_CMD_GET` (do and dump): Get information about a shaper for a given device.
    pub struct Get = (&super::FAMILY, &super::OPS[0]);
    header ();
    attrs super::sets::NetShaper;
    msg<'a> = GenlMsg<super::NetShaper<'a>>;
}

impl Do for Get {
    type Answer = Replies;
}

impl Dump for Get {}

nl_operation! {
    /// `NET_SHAPER_CMD_SET` (do): Create or update the specified shaper.
    /// The set operation can't be used to create a @node scope shaper,
    /// use the @group operation instead.
    pub struct Set = (&super::FAMILY, &super::OPS[1]);
    header ();
    attrs super::sets::NetShaper;
    msg<'a> = GenlMsg<super::NetShaper<'a>>;
}

impl Do for Set {
    type Answer = Ack;
}

nl_operation! {
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
    pub struct Delete = (&super::FAMILY, &super::OPS[2]);
    header ();
    attrs super::sets::NetShaper;
    msg<'a> = GenlMsg<super::NetShaper<'a>>;
}

impl Do for Delete {
    type Answer = Ack;
}

nl_operation! {
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
    pub struct Group = (&super::FAMILY, &super::OPS[3]);
    header ();
    attrs super::sets::NetShaper;
    msg<'a> = GenlMsg<super::NetShaper<'a>>;
}

impl Do for Group {
    type Answer = Replies;
}

nl_operation! {
    /// `NET_SHAPER_CMD_CAP_GET` (do and dump): Get the shaper capabilities supported by the given device
    /// for the specified scope.
    pub struct CapGet = (&super::FAMILY, &super::OPS[4]);
    header ();
    attrs super::sets::Caps;
    msg<'a> = GenlMsg<super::Caps<'a>>;
}

impl Do for CapGet {
    type Answer = Replies;
}

impl Dump for CapGet {}
