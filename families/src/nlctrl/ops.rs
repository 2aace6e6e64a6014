//! The operations of `nlctrl` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::nl_operation;
use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, RawMsg, Replies};

nl_operation! {
    /// `CTRL_CMD_GETFAMILY` (do and dump): Get / dump genetlink families
    pub struct Getfamily = (&super::FAMILY, &super::OPS[0]);
    header ();
    attrs super::sets::CtrlAttrs;
    msg<'a> = GenlMsg<super::CtrlAttrs<'a>>;
}

impl Do for Getfamily {
    type Answer = Replies;
}

impl Dump for Getfamily {}

nl_operation! {
    /// `CTRL_CMD_GETPOLICY` (dump): Get / dump genetlink policies
    pub struct Getpolicy = (&super::FAMILY, &super::OPS[1]);
    header ();
    attrs super::sets::CtrlAttrs;
    msg<'a> = GenlMsg<super::CtrlAttrs<'a>>;
}

impl Dump for Getpolicy {}
