//! The operations of `sunrpc` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, Operation, RawMsg, Replies};
use nlcodec::schema::{Family, Op};
use nlcodec::{Error, Message};

/// `SUNRPC_CMD_IP_MAP_GET_REQS` (dump): Dump all pending ip_map requests
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct IpMapGetReqs;

impl Operation for IpMapGetReqs {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[1];
    type Header = ();
    type Attrs = super::sets::IpMapReqs;
    type Msg<'a> = GenlMsg<super::IpMapReqs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Dump for IpMapGetReqs {}

/// `SUNRPC_CMD_IP_MAP_SET_REQS` (do): Respond to one or more ip_map requests
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct IpMapSetReqs;

impl Operation for IpMapSetReqs {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[2];
    type Header = ();
    type Attrs = super::sets::IpMapReqs;
    type Msg<'a> = GenlMsg<super::IpMapReqs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for IpMapSetReqs {
    type Answer = Ack;
}

/// `SUNRPC_CMD_UNIX_GID_GET_REQS` (dump): Dump all pending unix_gid requests
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct UnixGidGetReqs;

impl Operation for UnixGidGetReqs {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[3];
    type Header = ();
    type Attrs = super::sets::UnixGidReqs;
    type Msg<'a> = GenlMsg<super::UnixGidReqs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Dump for UnixGidGetReqs {}

/// `SUNRPC_CMD_UNIX_GID_SET_REQS` (do): Respond to one or more unix_gid requests
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct UnixGidSetReqs;

impl Operation for UnixGidSetReqs {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[4];
    type Header = ();
    type Attrs = super::sets::UnixGidReqs;
    type Msg<'a> = GenlMsg<super::UnixGidReqs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for UnixGidSetReqs {
    type Answer = Ack;
}

/// `SUNRPC_CMD_CACHE_FLUSH` (do): Flush sunrpc caches (ip_map and/or unix_gid)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CacheFlush;

impl Operation for CacheFlush {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[5];
    type Header = ();
    type Attrs = super::sets::CacheFlush;
    type Msg<'a> = GenlMsg<super::CacheFlush<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for CacheFlush {
    type Answer = Ack;
}
