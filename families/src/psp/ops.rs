//! The operations of `psp` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, Operation, RawMsg, Replies};
use nlcodec::schema::{Family, Op};
use nlcodec::{Error, Message};

/// `PSP_CMD_DEV_GET` (do and dump): Get / dump information about PSP capable devices on the system.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DevGet;

impl Operation for DevGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[0];
    type Header = ();
    type Attrs = super::sets::Dev;
    type Msg<'a> = GenlMsg<super::Dev<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for DevGet {
    type Answer = Replies;
}

impl Dump for DevGet {}

/// `PSP_CMD_DEV_SET` (do): Set the configuration of a PSP device.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DevSet;

impl Operation for DevSet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[3];
    type Header = ();
    type Attrs = super::sets::Dev;
    type Msg<'a> = GenlMsg<super::Dev<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for DevSet {
    type Answer = Replies;
}

/// `PSP_CMD_KEY_ROTATE` (do): Rotate the device key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct KeyRotate;

impl Operation for KeyRotate {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[5];
    type Header = ();
    type Attrs = super::sets::Dev;
    type Msg<'a> = GenlMsg<super::Dev<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for KeyRotate {
    type Answer = Replies;
}

/// `PSP_CMD_RX_ASSOC` (do): Allocate a new Rx key + SPI pair, associate it with a socket.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RxAssoc;

impl Operation for RxAssoc {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[7];
    type Header = ();
    type Attrs = super::sets::Assoc;
    type Msg<'a> = GenlMsg<super::Assoc<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for RxAssoc {
    type Answer = Replies;
}

/// `PSP_CMD_TX_ASSOC` (do): Add a PSP Tx association.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TxAssoc;

impl Operation for TxAssoc {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[8];
    type Header = ();
    type Attrs = super::sets::Assoc;
    type Msg<'a> = GenlMsg<super::Assoc<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for TxAssoc {
    type Answer = Replies;
}

/// `PSP_CMD_GET_STATS` (do and dump): Get device statistics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct GetStats;

impl Operation for GetStats {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[9];
    type Header = ();
    type Attrs = super::sets::Stats;
    type Msg<'a> = GenlMsg<super::Stats<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for GetStats {
    type Answer = Replies;
}

impl Dump for GetStats {}

/// `PSP_CMD_DEV_ASSOC` (do): Associate a network device with a PSP device.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DevAssoc;

impl Operation for DevAssoc {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[10];
    type Header = ();
    type Attrs = super::sets::Dev;
    type Msg<'a> = GenlMsg<super::Dev<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for DevAssoc {
    type Answer = Replies;
}

/// `PSP_CMD_DEV_DISASSOC` (do): Disassociate a network device from a PSP device.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DevDisassoc;

impl Operation for DevDisassoc {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[11];
    type Header = ();
    type Attrs = super::sets::Dev;
    type Msg<'a> = GenlMsg<super::Dev<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for DevDisassoc {
    type Answer = Replies;
}
