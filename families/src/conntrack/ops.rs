//! The operations of `conntrack` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, Operation, RawMsg, Replies};
use nlcodec::schema::{Family, Op};
use nlcodec::{Error, Message};

/// `CONNTRACK_CMD_GET` (do and dump): get / dump entries
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Get;

impl Operation for Get {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[0];
    type Header = super::Nfgenmsg;
    type Attrs = super::sets::ConntrackAttrs;
    type Msg<'a> = RawMsg<super::Nfgenmsg, super::ConntrackAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Get {
    type Answer = Replies;
}

impl Dump for Get {}

/// `CONNTRACK_CMD_GET_STATS` (dump): dump pcpu conntrack stats
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct GetStats;

impl Operation for GetStats {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[1];
    type Header = super::Nfgenmsg;
    type Attrs = super::sets::ConntrackStatsAttrs;
    type Msg<'a> = RawMsg<super::Nfgenmsg, super::ConntrackStatsAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Dump for GetStats {}
