//! The operations of `mptcp_pm` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::nl_operation;
use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, RawMsg, Replies};

nl_operation! {
    /// `MPTCP_PM_CMD_ADD_ADDR` (do): Add endpoint
    pub struct AddAddr = (&super::FAMILY, &super::OPS[1]);
    header ();
    attrs super::sets::Endpoint;
    msg<'a> = GenlMsg<super::Endpoint<'a>>;
}

impl Do for AddAddr {
    type Answer = Ack;
}

nl_operation! {
    /// `MPTCP_PM_CMD_DEL_ADDR` (do): Delete endpoint
    pub struct DelAddr = (&super::FAMILY, &super::OPS[2]);
    header ();
    attrs super::sets::Endpoint;
    msg<'a> = GenlMsg<super::Endpoint<'a>>;
}

impl Do for DelAddr {
    type Answer = Ack;
}

nl_operation! {
    /// `MPTCP_PM_CMD_GET_ADDR` (do and dump): Get endpoint information
    pub struct GetAddr = (&super::FAMILY, &super::OPS[3]);
    header ();
    attrs super::sets::AttrAttrs;
    msg<'a> = GenlMsg<super::AttrAttrs<'a>>;
}

impl Do for GetAddr {
    type Answer = Replies;
}

impl Dump for GetAddr {}

nl_operation! {
    /// `MPTCP_PM_CMD_FLUSH_ADDRS` (do): Flush addresses
    pub struct FlushAddrs = (&super::FAMILY, &super::OPS[4]);
    header ();
    attrs super::sets::Endpoint;
    msg<'a> = GenlMsg<super::Endpoint<'a>>;
}

impl Do for FlushAddrs {
    type Answer = Ack;
}

nl_operation! {
    /// `MPTCP_PM_CMD_SET_LIMITS` (do): Set protocol limits
    pub struct SetLimits = (&super::FAMILY, &super::OPS[5]);
    header ();
    attrs super::sets::AttrAttrs;
    msg<'a> = GenlMsg<super::AttrAttrs<'a>>;
}

impl Do for SetLimits {
    type Answer = Ack;
}

nl_operation! {
    /// `MPTCP_PM_CMD_GET_LIMITS` (do): Get protocol limits
    pub struct GetLimits = (&super::FAMILY, &super::OPS[6]);
    header ();
    attrs super::sets::AttrAttrs;
    msg<'a> = GenlMsg<super::AttrAttrs<'a>>;
}

impl Do for GetLimits {
    type Answer = Replies;
}

nl_operation! {
    /// `MPTCP_PM_CMD_SET_FLAGS` (do): Change endpoint flags
    pub struct SetFlags = (&super::FAMILY, &super::OPS[7]);
    header ();
    attrs super::sets::AttrAttrs;
    msg<'a> = GenlMsg<super::AttrAttrs<'a>>;
}

impl Do for SetFlags {
    type Answer = Ack;
}

nl_operation! {
    /// `MPTCP_PM_CMD_ANNOUNCE` (do): Announce new address
    pub struct Announce = (&super::FAMILY, &super::OPS[8]);
    header ();
    attrs super::sets::AttrAttrs;
    msg<'a> = GenlMsg<super::AttrAttrs<'a>>;
}

impl Do for Announce {
    type Answer = Ack;
}

nl_operation! {
    /// `MPTCP_PM_CMD_REMOVE` (do): Announce removal
    pub struct Remove = (&super::FAMILY, &super::OPS[9]);
    header ();
    attrs super::sets::AttrAttrs;
    msg<'a> = GenlMsg<super::AttrAttrs<'a>>;
}

impl Do for Remove {
    type Answer = Ack;
}

nl_operation! {
    /// `MPTCP_PM_CMD_SUBFLOW_CREATE` (do): Create subflow
    pub struct SubflowCreate = (&super::FAMILY, &super::OPS[10]);
    header ();
    attrs super::sets::AttrAttrs;
    msg<'a> = GenlMsg<super::AttrAttrs<'a>>;
}

impl Do for SubflowCreate {
    type Answer = Ack;
}

nl_operation! {
    /// `MPTCP_PM_CMD_SUBFLOW_DESTROY` (do): Destroy subflow
    pub struct SubflowDestroy = (&super::FAMILY, &super::OPS[11]);
    header ();
    attrs super::sets::AttrAttrs;
    msg<'a> = GenlMsg<super::AttrAttrs<'a>>;
}

impl Do for SubflowDestroy {
    type Answer = Ack;
}
