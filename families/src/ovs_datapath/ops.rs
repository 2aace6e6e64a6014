//! The operations of `ovs_datapath` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, Operation, RawMsg, Replies};
use nlcodec::schema::{Family, Op};
use nlcodec::{Error, Message};

/// `OVS_DP_CMD_GET` (do and dump): Get / dump OVS data path configuration and state
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Get;

impl Operation for Get {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[0];
    type Header = super::OvsHeader;
    type Attrs = super::sets::Datapath;
    type Msg<'a> = Message<'a>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        Ok(*msg)
    }
}

impl Do for Get {
    type Answer = Replies;
}

impl Dump for Get {}

/// `OVS_DP_CMD_NEW` (do): Create new OVS data path
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct New;

impl Operation for New {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[1];
    type Header = super::OvsHeader;
    type Attrs = super::sets::Datapath;
    type Msg<'a> = Message<'a>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        Ok(*msg)
    }
}

impl Do for New {
    type Answer = Ack;
}

/// `OVS_DP_CMD_DEL` (do): Delete existing OVS data path
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Del;

impl Operation for Del {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[2];
    type Header = super::OvsHeader;
    type Attrs = super::sets::Datapath;
    type Msg<'a> = Message<'a>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        Ok(*msg)
    }
}

impl Do for Del {
    type Answer = Ack;
}
