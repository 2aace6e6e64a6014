//! The operations of `rt-route` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, Operation, RawMsg, Replies};
use nlcodec::schema::{Family, Op};
use nlcodec::{Error, Message};

/// `RTM_GETROUTE` (do and dump): Dump route information.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Getroute;

impl Operation for Getroute {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[0];
    type Header = super::Rtmsg;
    type Attrs = super::sets::RouteAttrs;
    type Msg<'a> = RawMsg<super::Rtmsg, super::RouteAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Getroute {
    type Answer = Replies;
}

impl Dump for Getroute {}

/// `RTM_NEWROUTE` (do): Create a new route
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Newroute;

impl Operation for Newroute {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[1];
    type Header = super::Rtmsg;
    type Attrs = super::sets::RouteAttrs;
    type Msg<'a> = RawMsg<super::Rtmsg, super::RouteAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Newroute {
    type Answer = Ack;
}

/// `RTM_DELROUTE` (do): Delete an existing route
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Delroute;

impl Operation for Delroute {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[2];
    type Header = super::Rtmsg;
    type Attrs = super::sets::RouteAttrs;
    type Msg<'a> = RawMsg<super::Rtmsg, super::RouteAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Delroute {
    type Answer = Ack;
}
