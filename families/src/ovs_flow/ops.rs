//! The operations of `ovs_flow` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, Operation, RawMsg, Replies};
use nlcodec::schema::{Family, Op};
use nlcodec::{Error, Message};

/// `OVS_FLOW_CMD_GET` (do and dump): Get / dump OVS flow configuration and state
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Get;

impl Operation for Get {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[0];
    type Header = super::OvsHeader;
    type Attrs = super::sets::FlowAttrs;
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

/// `OVS_FLOW_CMD_NEW` (do): Create OVS flow configuration in a data path
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct New;

impl Operation for New {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[1];
    type Header = super::OvsHeader;
    type Attrs = super::sets::FlowAttrs;
    type Msg<'a> = Message<'a>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        Ok(*msg)
    }
}

impl Do for New {
    type Answer = Ack;
}
