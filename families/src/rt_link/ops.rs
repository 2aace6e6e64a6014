//! The operations of `rt-link` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, Operation, RawMsg, Replies};
use nlcodec::schema::{Family, Op};
use nlcodec::{Error, Message};

/// `RTM_NEWLINK` (do): Create a new link.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Newlink;

impl Operation for Newlink {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[0];
    type Header = super::Ifinfomsg;
    type Attrs = super::sets::LinkAttrs;
    type Msg<'a> = RawMsg<super::Ifinfomsg, super::LinkAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Newlink {
    type Answer = Ack;
}

/// `RTM_DELLINK` (do): Delete an existing link.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Dellink;

impl Operation for Dellink {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[2];
    type Header = super::Ifinfomsg;
    type Attrs = super::sets::LinkAttrs;
    type Msg<'a> = RawMsg<super::Ifinfomsg, super::LinkAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Dellink {
    type Answer = Ack;
}

/// `RTM_GETLINK` (do and dump): Get / dump information about a link.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Getlink;

impl Operation for Getlink {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[3];
    type Header = super::Ifinfomsg;
    type Attrs = super::sets::LinkAttrs;
    type Msg<'a> = RawMsg<super::Ifinfomsg, super::LinkAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Getlink {
    type Answer = Replies;
}

impl Dump for Getlink {}

/// `RTM_SETLINK` (do): Set information about a link.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Setlink;

impl Operation for Setlink {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[4];
    type Header = super::Ifinfomsg;
    type Attrs = super::sets::LinkAttrs;
    type Msg<'a> = RawMsg<super::Ifinfomsg, super::LinkAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Setlink {
    type Answer = Ack;
}

/// `RTM_GETSTATS` (do and dump): Get / dump link stats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Getstats;

impl Operation for Getstats {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[5];
    type Header = super::IfStatsMsg;
    type Attrs = super::sets::StatsAttrs;
    type Msg<'a> = RawMsg<super::IfStatsMsg, super::StatsAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Getstats {
    type Answer = Replies;
}

impl Dump for Getstats {}
