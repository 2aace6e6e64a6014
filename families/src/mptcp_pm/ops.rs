//! The operations of `mptcp_pm` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, Operation, RawMsg, Replies};
use nlcodec::schema::{Family, Op};
use nlcodec::{Error, Message};

/// `MPTCP_PM_CMD_ADD_ADDR` (do): Add endpoint
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct AddAddr;

impl Operation for AddAddr {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[1];
    type Header = ();
    type Attrs = super::sets::Endpoint;
    type Msg<'a> = GenlMsg<super::Endpoint<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for AddAddr {
    type Answer = Ack;
}

/// `MPTCP_PM_CMD_DEL_ADDR` (do): Delete endpoint
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DelAddr;

impl Operation for DelAddr {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[2];
    type Header = ();
    type Attrs = super::sets::Endpoint;
    type Msg<'a> = GenlMsg<super::Endpoint<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for DelAddr {
    type Answer = Ack;
}

/// `MPTCP_PM_CMD_GET_ADDR` (do and dump): Get endpoint information
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct GetAddr;

impl Operation for GetAddr {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[3];
    type Header = ();
    type Attrs = super::sets::AttrAttrs;
    type Msg<'a> = GenlMsg<super::AttrAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for GetAddr {
    type Answer = Replies;
}

impl Dump for GetAddr {}

/// `MPTCP_PM_CMD_FLUSH_ADDRS` (do): Flush addresses
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FlushAddrs;

impl Operation for FlushAddrs {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[4];
    type Header = ();
    type Attrs = super::sets::Endpoint;
    type Msg<'a> = GenlMsg<super::Endpoint<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for FlushAddrs {
    type Answer = Ack;
}

/// `MPTCP_PM_CMD_SET_LIMITS` (do): Set protocol limits
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SetLimits;

impl Operation for SetLimits {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[5];
    type Header = ();
    type Attrs = super::sets::AttrAttrs;
    type Msg<'a> = GenlMsg<super::AttrAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for SetLimits {
    type Answer = Ack;
}

/// `MPTCP_PM_CMD_GET_LIMITS` (do): Get protocol limits
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct GetLimits;

impl Operation for GetLimits {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[6];
    type Header = ();
    type Attrs = super::sets::AttrAttrs;
    type Msg<'a> = GenlMsg<super::AttrAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for GetLimits {
    type Answer = Replies;
}

/// `MPTCP_PM_CMD_SET_FLAGS` (do): Change endpoint flags
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SetFlags;

impl Operation for SetFlags {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[7];
    type Header = ();
    type Attrs = super::sets::AttrAttrs;
    type Msg<'a> = GenlMsg<super::AttrAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for SetFlags {
    type Answer = Ack;
}

/// `MPTCP_PM_CMD_ANNOUNCE` (do): Announce new address
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Announce;

impl Operation for Announce {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[8];
    type Header = ();
    type Attrs = super::sets::AttrAttrs;
    type Msg<'a> = GenlMsg<super::AttrAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Announce {
    type Answer = Ack;
}

/// `MPTCP_PM_CMD_REMOVE` (do): Announce removal
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Remove;

impl Operation for Remove {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[9];
    type Header = ();
    type Attrs = super::sets::AttrAttrs;
    type Msg<'a> = GenlMsg<super::AttrAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Remove {
    type Answer = Ack;
}

/// `MPTCP_PM_CMD_SUBFLOW_CREATE` (do): Create subflow
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SubflowCreate;

impl Operation for SubflowCreate {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[10];
    type Header = ();
    type Attrs = super::sets::AttrAttrs;
    type Msg<'a> = GenlMsg<super::AttrAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for SubflowCreate {
    type Answer = Ack;
}

/// `MPTCP_PM_CMD_SUBFLOW_DESTROY` (do): Destroy subflow
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SubflowDestroy;

impl Operation for SubflowDestroy {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[11];
    type Header = ();
    type Attrs = super::sets::AttrAttrs;
    type Msg<'a> = GenlMsg<super::AttrAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for SubflowDestroy {
    type Answer = Ack;
}
