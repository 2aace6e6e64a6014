//! The operations of `handshake` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, Operation, RawMsg, Replies};
use nlcodec::schema::{Family, Op};
use nlcodec::{Error, Message};

/// `HANDSHAKE_CMD_ACCEPT` (do): Handler retrieves next queued handshake request
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Accept;

impl Operation for Accept {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[1];
    type Header = ();
    type Attrs = super::sets::Accept;
    type Msg<'a> = GenlMsg<super::Accept<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Accept {
    type Answer = Replies;
}

/// `HANDSHAKE_CMD_DONE` (do): Handler reports handshake completion
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Done;

impl Operation for Done {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[2];
    type Header = ();
    type Attrs = super::sets::Done;
    type Msg<'a> = GenlMsg<super::Done<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Done {
    type Answer = Ack;
}
