//! The operations of `fou` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::nl_operation;
use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, RawMsg, Replies};

nl_operation! {
    /// `FOU_CMD_ADD` (do): Add port.
    pub struct Add = (&super::FAMILY, &super::OPS[1]);
    header ();
    attrs super::sets::Fou;
    msg<'a> = GenlMsg<super::Fou<'a>>;
}

impl Do for Add {
    type Answer = Ack;
}

nl_operation! {
    /// `FOU_CMD_DEL` (do): Delete port.
    pub struct Del = (&super::FAMILY, &super::OPS[2]);
    header ();
    attrs super::sets::Fou;
    msg<'a> = GenlMsg<super::Fou<'a>>;
}

impl Do for Del {
    type Answer = Ack;
}

nl_operation! {
    /// `FOU_CMD_GET` (do and dump): Get tunnel info.
    pub struct Get = (&super::FAMILY, &super::OPS[3]);
    header ();
    attrs super::sets::Fou;
    msg<'a> = GenlMsg<super::Fou<'a>>;
}

impl Do for Get {
    type Answer = Replies;
}

impl Dump for Get {}
