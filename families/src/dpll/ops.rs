//! The operations of `dpll` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::nl_operation;
use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, RawMsg, Replies};

nl_operation! {
    /// `DPLL_CMD_DEVICE_ID_GET` (do): Get id of dpll device that matches given attributes
    pub struct DeviceIdGet = (&super::FAMILY, &super::OPS[0]);
    header ();
    attrs super::sets::Dpll;
    msg<'a> = GenlMsg<super::Dpll<'a>>;
}

impl Do for DeviceIdGet {
    type Answer = Replies;
}

nl_operation! {
    /// `DPLL_CMD_DEVICE_GET` (do and dump): Get list of DPLL devices (dump) or attributes of a single dpll device
    pub struct DeviceGet = (&super::FAMILY, &super::OPS[1]);
    header ();
    attrs super::sets::Dpll;
    msg<'a> = GenlMsg<super::Dpll<'a>>;
}

impl Do for DeviceGet {
    type Answer = Replies;
}

impl Dump for DeviceGet {}

nl_operation! {
    /// `DPLL_CMD_DEVICE_SET` (do): Set attributes for a DPLL device
    pub struct DeviceSet = (&super::FAMILY, &super::OPS[2]);
    header ();
    attrs super::sets::Dpll;
    msg<'a> = GenlMsg<super::Dpll<'a>>;
}

impl Do for DeviceSet {
    type Answer = Ack;
}

nl_operation! {
    /// `DPLL_CMD_PIN_ID_GET` (do): Get id of a pin that matches given attributes
    pub struct PinIdGet = (&super::FAMILY, &super::OPS[6]);
    header ();
    attrs super::sets::Pin;
    msg<'a> = GenlMsg<super::Pin<'a>>;
}

impl Do for PinIdGet {
    type Answer = Replies;
}

nl_operation! {
    /// `DPLL_CMD_PIN_GET` (do and dump): Get list of pins and its attributes.
    ///
    /// - dump request without any attributes given - list all the pins in the
    /// system
    /// - dump request with target dpll - list all the pins registered with
    /// a given dpll device
    /// - do request with target dpll and target pin - single pin attributes
    pub struct PinGet = (&super::FAMILY, &super::OPS[7]);
    header ();
    attrs super::sets::Pin;
    msg<'a> = GenlMsg<super::Pin<'a>>;
}

impl Do for PinGet {
    type Answer = Replies;
}

impl Dump for PinGet {}

nl_operation! {
    /// `DPLL_CMD_PIN_SET` (do): Set attributes of a target pin
    pub struct PinSet = (&super::FAMILY, &super::OPS[8]);
    header ();
    attrs super::sets::Pin;
    msg<'a> = GenlMsg<super::Pin<'a>>;
}

impl Do for PinSet {
    type Answer = Ack;
}
