//! The operations of `tcp_metrics` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, Operation, RawMsg, Replies};
use nlcodec::schema::{Family, Op};
use nlcodec::{Error, Message};

/// `TCP_METRICS_CMD_GET` (do and dump): Retrieve metrics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Get;

impl Operation for Get {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[0];
    type Header = ();
    type Attrs = super::sets::TcpMetrics;
    type Msg<'a> = GenlMsg<super::TcpMetrics<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Get {
    type Answer = Replies;
}

impl Dump for Get {}

/// `TCP_METRICS_CMD_DEL` (do): Delete metrics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Del;

impl Operation for Del {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[1];
    type Header = ();
    type Attrs = super::sets::TcpMetrics;
    type Msg<'a> = GenlMsg<super::TcpMetrics<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Del {
    type Answer = Ack;
}
