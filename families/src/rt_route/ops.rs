//! The operations of `rt-route` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::nl_operation;
use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, RawMsg, Replies};

nl_operation! {
    /// `RTM_GETROUTE` (do and dump): Dump route information.
    pub struct Getroute = (&super::FAMILY, &super::OPS[0]);
    header super::Rtmsg;
    attrs super::sets::RouteAttrs;
    msg<'a> = RawMsg<super::Rtmsg, super::RouteAttrs<'a>>;
}

impl Do for Getroute {
    type Answer = Replies;
}

impl Dump for Getroute {}

nl_operation! {
    /// `RTM_NEWROUTE` (do): Create a new route
    pub struct Newroute = (&super::FAMILY, &super::OPS[1]);
    header super::Rtmsg;
    attrs super::sets::RouteAttrs;
    msg<'a> = RawMsg<super::Rtmsg, super::RouteAttrs<'a>>;
}

impl Do for Newroute {
    type Answer = Ack;
}

nl_operation! {
    /// `RTM_DELROUTE` (do): Delete an existing route
    pub struct Delroute = (&super::FAMILY, &super::OPS[2]);
    header super::Rtmsg;
    attrs super::sets::RouteAttrs;
    msg<'a> = RawMsg<super::Rtmsg, super::RouteAttrs<'a>>;
}

impl Do for Delroute {
    type Answer = Ack;
}
