//! The operations of `psp` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::nl_operation;
use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, RawMsg, Replies};

nl_operation! {
    /// `PSP_CMD_DEV_GET` (do and dump): Get / dump information about PSP capable devices on the system.
    pub struct DevGet = (&super::FAMILY, &super::OPS[0]);
    header ();
    attrs super::sets::Dev;
    msg<'a> = GenlMsg<super::Dev<'a>>;
}

impl Do for DevGet {
    type Answer = Replies;
}

impl Dump for DevGet {}

nl_operation! {
    /// `PSP_CMD_DEV_SET` (do): Set the configuration of a PSP device.
    pub struct DevSet = (&super::FAMILY, &super::OPS[3]);
    header ();
    attrs super::sets::Dev;
    msg<'a> = GenlMsg<super::Dev<'a>>;
}

impl Do for DevSet {
    type Answer = Replies;
}

nl_operation! {
    /// `PSP_CMD_KEY_ROTATE` (do): Rotate the device key.
    pub struct KeyRotate = (&super::FAMILY, &super::OPS[5]);
    header ();
    attrs super::sets::Dev;
    msg<'a> = GenlMsg<super::Dev<'a>>;
}

impl Do for KeyRotate {
    type Answer = Replies;
}

nl_operation! {
    /// `PSP_CMD_RX_ASSOC` (do): Allocate a new Rx key + SPI pair, associate it with a socket.
    pub struct RxAssoc = (&super::FAMILY, &super::OPS[7]);
    header ();
    attrs super::sets::Assoc;
    msg<'a> = GenlMsg<super::Assoc<'a>>;
}

impl Do for RxAssoc {
    type Answer = Replies;
}

nl_operation! {
    /// `PSP_CMD_TX_ASSOC` (do): Add a PSP Tx association.
    pub struct TxAssoc = (&super::FAMILY, &super::OPS[8]);
    header ();
    attrs super::sets::Assoc;
    msg<'a> = GenlMsg<super::Assoc<'a>>;
}

impl Do for TxAssoc {
    type Answer = Replies;
}

nl_operation! {
    /// `PSP_CMD_GET_STATS` (do and dump): Get device statistics.
    pub struct GetStats = (&super::FAMILY, &super::OPS[9]);
    header ();
    attrs super::sets::Stats;
    msg<'a> = GenlMsg<super::Stats<'a>>;
}

impl Do for GetStats {
    type Answer = Replies;
}

impl Dump for GetStats {}

nl_operation! {
    /// `PSP_CMD_DEV_ASSOC` (do): Associate a network device with a PSP device.
    pub struct DevAssoc = (&super::FAMILY, &super::OPS[10]);
    header ();
    attrs super::sets::Dev;
    msg<'a> = GenlMsg<super::Dev<'a>>;
}

impl Do for DevAssoc {
    type Answer = Replies;
}

nl_operation! {
    /// `PSP_CMD_DEV_DISASSOC` (do): Disassociate a network device from a PSP device.
    pub struct DevDisassoc = (&super::FAMILY, &super::OPS[11]);
    header ();
    attrs super::sets::Dev;
    msg<'a> = GenlMsg<super::Dev<'a>>;
}

impl Do for DevDisassoc {
    type Answer = Replies;
}
