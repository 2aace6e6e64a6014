//! The operations of `ovs_packet` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, Operation, RawMsg, Replies};
use nlcodec::schema::{Family, Op};
use nlcodec::{Error, Message};

/// `OVS_PACKET_CMD_EXECUTE` (do): Apply actions to a packet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Execute;

impl Operation for Execute {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[2];
    type Header = super::OvsHeader;
    type Attrs = super::sets::Packet;
    type Msg<'a> = Message<'a>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        Ok(*msg)
    }
}

impl Do for Execute {
    type Answer = Ack;
}
