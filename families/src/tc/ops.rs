//! The operations of `tc` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, Operation, RawMsg, Replies};
use nlcodec::schema::{Family, Op};
use nlcodec::{Error, Message};

/// `RTM_NEWQDISC` (do): Create new tc qdisc.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Newqdisc;

impl Operation for Newqdisc {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[0];
    type Header = super::Tcmsg;
    type Attrs = super::sets::AttrsAttrs;
    type Msg<'a> = RawMsg<super::Tcmsg, super::AttrsAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Newqdisc {
    type Answer = Ack;
}

/// `RTM_DELQDISC` (do): Delete existing tc qdisc.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Delqdisc;

impl Operation for Delqdisc {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[1];
    type Header = super::Tcmsg;
    type Attrs = super::sets::AttrsAttrs;
    type Msg<'a> = RawMsg<super::Tcmsg, super::AttrsAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Delqdisc {
    type Answer = Ack;
}

/// `RTM_GETQDISC` (do and dump): Get / dump tc qdisc information.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Getqdisc;

impl Operation for Getqdisc {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[2];
    type Header = super::Tcmsg;
    type Attrs = super::sets::AttrsAttrs;
    type Msg<'a> = RawMsg<super::Tcmsg, super::AttrsAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Getqdisc {
    type Answer = Replies;
}

impl Dump for Getqdisc {}

/// `RTM_NEWTCLASS` (do): Get / dump tc traffic class information.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Newtclass;

impl Operation for Newtclass {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[3];
    type Header = super::Tcmsg;
    type Attrs = super::sets::AttrsAttrs;
    type Msg<'a> = RawMsg<super::Tcmsg, super::AttrsAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Newtclass {
    type Answer = Ack;
}

/// `RTM_DELTCLASS` (do): Get / dump tc traffic class information.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Deltclass;

impl Operation for Deltclass {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[4];
    type Header = super::Tcmsg;
    type Attrs = super::sets::AttrsAttrs;
    type Msg<'a> = RawMsg<super::Tcmsg, super::AttrsAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Deltclass {
    type Answer = Ack;
}

/// `RTM_GETTCLASS` (do): Get / dump tc traffic class information.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Gettclass;

impl Operation for Gettclass {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[5];
    type Header = super::Tcmsg;
    type Attrs = super::sets::AttrsAttrs;
    type Msg<'a> = RawMsg<super::Tcmsg, super::AttrsAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Gettclass {
    type Answer = Replies;
}

/// `RTM_NEWTFILTER` (do): Get / dump tc filter information.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Newtfilter;

impl Operation for Newtfilter {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[6];
    type Header = super::Tcmsg;
    type Attrs = super::sets::AttrsAttrs;
    type Msg<'a> = RawMsg<super::Tcmsg, super::AttrsAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Newtfilter {
    type Answer = Ack;
}

/// `RTM_DELTFILTER` (do): Get / dump tc filter information.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Deltfilter;

impl Operation for Deltfilter {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[7];
    type Header = super::Tcmsg;
    type Attrs = super::sets::AttrsAttrs;
    type Msg<'a> = RawMsg<super::Tcmsg, super::AttrsAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Deltfilter {
    type Answer = Ack;
}

/// `RTM_GETTFILTER` (do and dump): Get / dump tc filter information.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Gettfilter;

impl Operation for Gettfilter {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[8];
    type Header = super::Tcmsg;
    type Attrs = super::sets::AttrsAttrs;
    type Msg<'a> = RawMsg<super::Tcmsg, super::AttrsAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Gettfilter {
    type Answer = Replies;
}

impl Dump for Gettfilter {}

/// `RTM_NEWCHAIN` (do): Get / dump tc chain information.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Newchain;

impl Operation for Newchain {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[9];
    type Header = super::Tcmsg;
    type Attrs = super::sets::AttrsAttrs;
    type Msg<'a> = RawMsg<super::Tcmsg, super::AttrsAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Newchain {
    type Answer = Ack;
}

/// `RTM_DELCHAIN` (do): Get / dump tc chain information.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Delchain;

impl Operation for Delchain {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[10];
    type Header = super::Tcmsg;
    type Attrs = super::sets::AttrsAttrs;
    type Msg<'a> = RawMsg<super::Tcmsg, super::AttrsAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Delchain {
    type Answer = Ack;
}

/// `RTM_GETCHAIN` (do): Get / dump tc chain information.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Getchain;

impl Operation for Getchain {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[11];
    type Header = super::Tcmsg;
    type Attrs = super::sets::AttrsAttrs;
    type Msg<'a> = RawMsg<super::Tcmsg, super::AttrsAttrs<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for Getchain {
    type Answer = Replies;
}
