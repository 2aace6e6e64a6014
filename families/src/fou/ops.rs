//! The operations of `fou` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, Operation, RawMsg, Replies};
use nlcodec::schema::{Family, Op};
use nlcodec::{Error, Message};

/// `FOU_CMD_ADD` (do): Add port.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Add;

impl Operation for Add {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[1];
    type Header = ();
    type Attrs = super::sets::Fou;
    type Msg<'a> = GenlMsg<super::Fou<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Add {
    type Answer = Ack;
}

/// `FOU_CMD_DEL` (do): Delete port.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Del;

impl Operation for Del {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[2];
    type Header = ();
    type Attrs = super::sets::Fou;
    type Msg<'a> = GenlMsg<super::Fou<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Del {
    type Answer = Ack;
}

/// `FOU_CMD_GET` (do and dump): Get tunnel info.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Get;

impl Operation for Get {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[3];
    type Header = ();
    type Attrs = super::sets::Fou;
    type Msg<'a> = GenlMsg<super::Fou<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Get {
    type Answer = Replies;
}

impl Dump for Get {}
