//! The operations of `rt-rule` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::nl_operation;
use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, RawMsg, Replies};

nl_operation! {
    /// `RTM_NEWRULE` (do): Add new FIB rule
    pub struct Newrule = (&super::FAMILY, &super::OPS[0]);
    header super::FibRuleHdr;
    attrs super::sets::FibRuleAttrs;
    msg<'a> = RawMsg<super::FibRuleHdr, super::FibRuleAttrs<'a>>;
}

impl Do for Newrule {
    type Answer = Ack;
}

nl_operation! {
    /// `RTM_DELRULE` (do): Remove an existing FIB rule
    pub struct Delrule = (&super::FAMILY, &super::OPS[2]);
    header super::FibRuleHdr;
    attrs super::sets::FibRuleAttrs;
    msg<'a> = RawMsg<super::FibRuleHdr, super::FibRuleAttrs<'a>>;
}

impl Do for Delrule {
    type Answer = Ack;
}

nl_operation! {
    /// `RTM_GETRULE` (dump): Dump all FIB rules
    pub struct Getrule = (&super::FAMILY, &super::OPS[4]);
    header super::FibRuleHdr;
    attrs super::sets::FibRuleAttrs;
    msg<'a> = RawMsg<super::FibRuleHdr, super::FibRuleAttrs<'a>>;
}

impl Dump for Getrule {}
