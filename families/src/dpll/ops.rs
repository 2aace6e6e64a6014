//! The operations of `dpll` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, Operation, RawMsg, Replies};
use nlcodec::schema::{Family, Op};
use nlcodec::{Error, Message};

/// `DPLL_CMD_DEVICE_ID_GET` (do): Get id of dpll device that matches given attributes
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DeviceIdGet;

impl Operation for DeviceIdGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[0];
    type Header = ();
    type Attrs = super::sets::Dpll;
    type Msg<'a> = GenlMsg<super::Dpll<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for DeviceIdGet {
    type Answer = Replies;
}

/// `DPLL_CMD_DEVICE_GET` (do and dump): Get list of DPLL devices (dump) or attributes of a single dpll device
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DeviceGet;

impl Operation for DeviceGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[1];
    type Header = ();
    type Attrs = super::sets::Dpll;
    type Msg<'a> = GenlMsg<super::Dpll<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for DeviceGet {
    type Answer = Replies;
}

impl Dump for DeviceGet {}

/// `DPLL_CMD_DEVICE_SET` (do): Set attributes for a DPLL device
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DeviceSet;

impl Operation for DeviceSet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[2];
    type Header = ();
    type Attrs = super::sets::Dpll;
    type Msg<'a> = GenlMsg<super::Dpll<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for DeviceSet {
    type Answer = Ack;
}

/// `DPLL_CMD_PIN_ID_GET` (do): Get id of a pin that matches given attributes
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PinIdGet;

impl Operation for PinIdGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[6];
    type Header = ();
    type Attrs = super::sets::Pin;
    type Msg<'a> = GenlMsg<super::Pin<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for PinIdGet {
    type Answer = Replies;
}

/// `DPLL_CMD_PIN_GET` (do and dump): Get list of pins and its attributes.
///
/// - dump request without any attributes given - list all the pins in the
/// system
/// - dump request with target dpll - list all the pins registered with
/// a given dpll device
/// - do request with target dpll and target pin - single pin attributes
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PinGet;

impl Operation for PinGet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[7];
    type Header = ();
    type Attrs = super::sets::Pin;
    type Msg<'a> = GenlMsg<super::Pin<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for PinGet {
    type Answer = Replies;
}

impl Dump for PinGet {}

/// `DPLL_CMD_PIN_SET` (do): Set attributes of a target pin
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PinSet;

impl Operation for PinSet {
    const FAMILY: &'static Family = &super::FAMILY;
    const OP: &'static Op = &super::OPS[8];
    type Header = ();
    type Attrs = super::sets::Pin;
    type Msg<'a> = GenlMsg<super::Pin<'a>>;

    #[inline(always)]
    fn parse<'a>(msg: &Message<'a>) -> Result<Self::Msg<'a>, Error> {
        <Self::Msg<'a>>::parse(msg)
    }
}

impl Do for PinSet {
    type Answer = Ack;
}
