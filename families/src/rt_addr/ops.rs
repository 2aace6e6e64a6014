//! The operations of `rt-addr` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::nl_operation;
use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, RawMsg, Replies};

nl_operation! {
    /// `RTM_NEWADDR` (do): Add new address
    pub struct Newaddr = (&super::FAMILY, &super::OPS[0]);
    header super::Ifaddrmsg;
    attrs super::sets::AddrAttrs;
    msg<'a> = RawMsg<super::Ifaddrmsg, super::AddrAttrs<'a>>;
}

impl Do for Newaddr {
    type Answer = Ack;
}

nl_operation! {
    /// `RTM_DELADDR` (do): Remove address
    pub struct Deladdr = (&super::FAMILY, &super::OPS[1]);
    header super::Ifaddrmsg;
    attrs super::sets::AddrAttrs;
    msg<'a> = RawMsg<super::Ifaddrmsg, super::AddrAttrs<'a>>;
}

impl Do for Deladdr {
    type Answer = Ack;
}

nl_operation! {
    /// `RTM_GETADDR` (dump): Dump address information.
    pub struct Getaddr = (&super::FAMILY, &super::OPS[2]);
    header super::Ifaddrmsg;
    attrs super::sets::AddrAttrs;
    msg<'a> = RawMsg<super::Ifaddrmsg, super::AddrAttrs<'a>>;
}

impl Dump for Getaddr {}

nl_operation! {
    /// `RTM_GETMULTICAST` (do and dump): Get / dump IPv4/IPv6 multicast addresses.
    pub struct Getmulticast = (&super::FAMILY, &super::OPS[3]);
    header super::Ifaddrmsg;
    attrs super::sets::AddrAttrs;
    msg<'a> = RawMsg<super::Ifaddrmsg, super::AddrAttrs<'a>>;
}

impl Do for Getmulticast {
    type Answer = Replies;
}

impl Dump for Getmulticast {}
