//! The operations of `rt-addr` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, Operation, RawMsg, Replies};
use nlcodec::schema::{Family, Op};
use nlcodec::{Error, Message};

/// `RTM_NEWADDR` (do): Add new address
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Newaddr;

impl Operation for Newaddr {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[0];
    type Header = super::Ifaddrmsg;
    type Attrs = super::sets::AddrAttrs;
    type Msg<'a> = RawMsg<super::Ifaddrmsg, super::AddrAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Newaddr {
    type Answer = Ack;
}

/// `RTM_DELADDR` (do): Remove address
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Deladdr;

impl Operation for Deladdr {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[1];
    type Header = super::Ifaddrmsg;
    type Attrs = super::sets::AddrAttrs;
    type Msg<'a> = RawMsg<super::Ifaddrmsg, super::AddrAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Deladdr {
    type Answer = Ack;
}

/// `RTM_GETADDR` (dump): Dump address information.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Getaddr;

impl Operation for Getaddr {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[2];
    type Header = super::Ifaddrmsg;
    type Attrs = super::sets::AddrAttrs;
    type Msg<'a> = RawMsg<super::Ifaddrmsg, super::AddrAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Dump for Getaddr {}

/// `RTM_GETMULTICAST` (do and dump): Get / dump IPv4/IPv6 multicast addresses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Getmulticast;

impl Operation for Getmulticast {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[3];
    type Header = super::Ifaddrmsg;
    type Attrs = super::sets::AddrAttrs;
    type Msg<'a> = RawMsg<super::Ifaddrmsg, super::AddrAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Getmulticast {
    type Answer = Replies;
}

impl Dump for Getmulticast {}
