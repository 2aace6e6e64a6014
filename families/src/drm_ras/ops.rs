//! The operations of `drm-ras` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, Operation, RawMsg, Replies};
use nlcodec::schema::{Family, Op};
use nlcodec::{Error, Message};

/// `DRM_RAS_CMD_LIST_NODES` (dump): Retrieve the full list of currently registered DRM RAS nodes. Each node includes its dynamically assigned ID, name, and type. **Important:** User space must call this operation first to obtain the node IDs. These IDs are required for all subsequent operations on nodes, such as querying error counters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ListNodes;

impl Operation for ListNodes {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[0];
    type Header = ();
    type Attrs = super::sets::NodeAttrs;
    type Msg<'a> = GenlMsg<super::NodeAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Dump for ListNodes {}

/// `DRM_RAS_CMD_GET_ERROR_COUNTER` (do and dump): Retrieve error counter for a given node. The response includes the id, the name, and even the current value of each counter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct GetErrorCounter;

impl Operation for GetErrorCounter {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[1];
    type Header = ();
    type Attrs = super::sets::ErrorCounterAttrs;
    type Msg<'a> = GenlMsg<super::ErrorCounterAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for GetErrorCounter {
    type Answer = Replies;
}

impl Dump for GetErrorCounter {}

/// `DRM_RAS_CMD_CLEAR_ERROR_COUNTER` (do): Clear error counter for a given node. The request includes the error-id and node-id of the counter to be cleared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ClearErrorCounter;

impl Operation for ClearErrorCounter {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[2];
    type Header = ();
    type Attrs = super::sets::ErrorCounterAttrs;
    type Msg<'a> = GenlMsg<super::ErrorCounterAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for ClearErrorCounter {
    type Answer = Ack;
}
