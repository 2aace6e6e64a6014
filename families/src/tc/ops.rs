//! The operations of `tc` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::nl_operation;
use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, RawMsg, Replies};

nl_operation! {
    /// `RTM_NEWQDISC` (do): Create new tc qdisc.
    pub struct Newqdisc = (&super::FAMILY, &super::OPS[0]);
    header super::Tcmsg;
    attrs super::sets::AttrsAttrs;
    msg<'a> = RawMsg<super::Tcmsg, super::AttrsAttrs<'a>>;
}

impl Do for Newqdisc {
    type Answer = Ack;
}

nl_operation! {
    /// `RTM_DELQDISC` (do): Delete existing tc qdisc.
    pub struct Delqdisc = (&super::FAMILY, &super::OPS[1]);
    header super::Tcmsg;
    attrs super::sets::AttrsAttrs;
    msg<'a> = RawMsg<super::Tcmsg, super::AttrsAttrs<'a>>;
}

impl Do for Delqdisc {
    type Answer = Ack;
}

nl_operation! {
    /// `RTM_GETQDISC` (do and dump): Get / dump tc qdisc information.
    pub struct Getqdisc = (&super::FAMILY, &super::OPS[2]);
    header super::Tcmsg;
    attrs super::sets::AttrsAttrs;
    msg<'a> = RawMsg<super::Tcmsg, super::AttrsAttrs<'a>>;
}

impl Do for Getqdisc {
    type Answer = Replies;
}

impl Dump for Getqdisc {}

nl_operation! {
    /// `RTM_NEWTCLASS` (do): Get / dump tc traffic class information.
    pub struct Newtclass = (&super::FAMILY, &super::OPS[3]);
    header super::Tcmsg;
    attrs super::sets::AttrsAttrs;
    msg<'a> = RawMsg<super::Tcmsg, super::AttrsAttrs<'a>>;
}

impl Do for Newtclass {
    type Answer = Ack;
}

nl_operation! {
    /// `RTM_DELTCLASS` (do): Get / dump tc traffic class information.
    pub struct Deltclass = (&super::FAMILY, &super::OPS[4]);
    header super::Tcmsg;
    attrs super::sets::AttrsAttrs;
    msg<'a> = RawMsg<super::Tcmsg, super::AttrsAttrs<'a>>;
}

impl Do for Deltclass {
    type Answer = Ack;
}

nl_operation! {
    /// `RTM_GETTCLASS` (do): Get / dump tc traffic class information.
    pub struct Gettclass = (&super::FAMILY, &super::OPS[5]);
    header super::Tcmsg;
    attrs super::sets::AttrsAttrs;
    msg<'a> = RawMsg<super::Tcmsg, super::AttrsAttrs<'a>>;
}

impl Do for Gettclass {
    type Answer = Replies;
}

nl_operation! {
    /// `RTM_NEWTFILTER` (do): Get / dump tc filter information.
    pub struct Newtfilter = (&super::FAMILY, &super::OPS[6]);
    header super::Tcmsg;
    attrs super::sets::AttrsAttrs;
    msg<'a> = RawMsg<super::Tcmsg, super::AttrsAttrs<'a>>;
}

impl Do for Newtfilter {
    type Answer = Ack;
}

nl_operation! {
    /// `RTM_DELTFILTER` (do): Get / dump tc filter information.
    pub struct Deltfilter = (&super::FAMILY, &super::OPS[7]);
    header super::Tcmsg;
    attrs super::sets::AttrsAttrs;
    msg<'a> = RawMsg<super::Tcmsg, super::AttrsAttrs<'a>>;
}

impl Do for Deltfilter {
    type Answer = Ack;
}

nl_operation! {
    /// `RTM_GETTFILTER` (do and dump): Get / dump tc filter information.
    pub struct Gettfilter = (&super::FAMILY, &super::OPS[8]);
    header super::Tcmsg;
    attrs super::sets::AttrsAttrs;
    msg<'a> = RawMsg<super::Tcmsg, super::AttrsAttrs<'a>>;
}

impl Do for Gettfilter {
    type Answer = Replies;
}

impl Dump for Gettfilter {}

nl_operation! {
    /// `RTM_NEWCHAIN` (do): Get / dump tc chain information.
    pub struct Newchain = (&super::FAMILY, &super::OPS[9]);
    header super::Tcmsg;
    attrs super::sets::AttrsAttrs;
    msg<'a> = RawMsg<super::Tcmsg, super::AttrsAttrs<'a>>;
}

impl Do for Newchain {
    type Answer = Ack;
}

nl_operation! {
    /// `RTM_DELCHAIN` (do): Get / dump tc chain information.
    pub struct Delchain = (&super::FAMILY, &super::OPS[10]);
    header super::Tcmsg;
    attrs super::sets::AttrsAttrs;
    msg<'a> = RawMsg<super::Tcmsg, super::AttrsAttrs<'a>>;
}

impl Do for Delchain {
    type Answer = Ack;
}

nl_operation! {
    /// `RTM_GETCHAIN` (do): Get / dump tc chain information.
    pub struct Getchain = (&super::FAMILY, &super::OPS[11]);
    header super::Tcmsg;
    attrs super::sets::AttrsAttrs;
    msg<'a> = RawMsg<super::Tcmsg, super::AttrsAttrs<'a>>;
}

impl Do for Getchain {
    type Answer = Replies;
}
