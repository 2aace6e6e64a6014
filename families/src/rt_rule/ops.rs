//! The operations of `rt-rule` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, Operation, RawMsg, Replies};
use nlcodec::schema::{Family, Op};
use nlcodec::{Error, Message};

/// `RTM_NEWRULE` (do): Add new FIB rule
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Newrule;

impl Operation for Newrule {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[0];
    type Header = super::FibRuleHdr;
    type Attrs = super::sets::FibRuleAttrs;
    type Msg<'a> = RawMsg<super::FibRuleHdr, super::FibRuleAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Newrule {
    type Answer = Ack;
}

/// `RTM_DELRULE` (do): Remove an existing FIB rule
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Delrule;

impl Operation for Delrule {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[2];
    type Header = super::FibRuleHdr;
    type Attrs = super::sets::FibRuleAttrs;
    type Msg<'a> = RawMsg<super::FibRuleHdr, super::FibRuleAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Delrule {
    type Answer = Ack;
}

/// `RTM_GETRULE` (dump): Dump all FIB rules
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Getrule;

impl Operation for Getrule {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[4];
    type Header = super::FibRuleHdr;
    type Attrs = super::sets::FibRuleAttrs;
    type Msg<'a> = RawMsg<super::FibRuleHdr, super::FibRuleAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Dump for Getrule {}
