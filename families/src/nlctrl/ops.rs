//! The operations of `nlctrl` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, Operation, RawMsg, Replies};
use nlcodec::schema::{Family, Op};
use nlcodec::{Error, Message};

/// `CTRL_CMD_GETFAMILY` (do and dump): Get / dump genetlink families
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Getfamily;

impl Operation for Getfamily {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[0];
    type Header = ();
    type Attrs = super::sets::CtrlAttrs;
    type Msg<'a> = GenlMsg<super::CtrlAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Getfamily {
    type Answer = Replies;
}

impl Dump for Getfamily {}

/// `CTRL_CMD_GETPOLICY` (dump): Get / dump genetlink policies
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Getpolicy;

impl Operation for Getpolicy {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[1];
    type Header = ();
    type Attrs = super::sets::CtrlAttrs;
    type Msg<'a> = GenlMsg<super::CtrlAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Dump for Getpolicy {}
