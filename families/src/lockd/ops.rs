//! The operations of `lockd` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, Operation, RawMsg, Replies};
use nlcodec::schema::{Family, Op};
use nlcodec::{Error, Message};

/// `LOCKD_CMD_SERVER_SET` (do): set the lockd server parameters
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ServerSet;

impl Operation for ServerSet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[0];
    type Header = ();
    type Attrs = super::sets::Server;
    type Msg<'a> = GenlMsg<super::Server<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for ServerSet {
    type Answer = Ack;
}

/// `LOCKD_CMD_SERVER_GET` (do): get the lockd server parameters
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ServerGet;

impl Operation for ServerGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[1];
    type Header = ();
    type Attrs = super::sets::Server;
    type Msg<'a> = GenlMsg<super::Server<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for ServerGet {
    type Answer = Replies;
}
