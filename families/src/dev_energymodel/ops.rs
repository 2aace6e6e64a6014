//! The operations of `dev-energymodel` as types, one per operation with a `do` or `dump` form: what
//! a request writes (fixed header, attribute set) and what its replies are, for one
//! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).

#![allow(unused_imports)]

use crate::nl_operation;
use crate::runtime::{Ack, Do, Dump, GenlMsg, NoAttrs, RawMsg, Replies};

nl_operation! {
    /// `DEV_ENERGYMODEL_CMD_GET_PERF_DOMAINS` (do and dump): Get the list of information for all performance domains.
    pub struct GetPerfDomains = (&super::FAMILY, &super::OPS[0]);
    header ();
    attrs super::sets::PerfDomain;
    msg<'a> = GenlMsg<super::PerfDomain<'a>>;
}

impl Do for GetPerfDomains {
    type Answer = Replies;
}

impl Dump for GetPerfDomains {}

nl_operation! {
    /// `DEV_ENERGYMODEL_CMD_GET_PERF_TABLE` (do): Get the energy model table of a performance domain.
    pub struct GetPerfTable = (&super::FAMILY, &super::OPS[1]);
    header ();
    attrs super::sets::PerfTable;
    msg<'a> = GenlMsg<super::PerfTable<'a>>;
}

impl Do for GetPerfTable {
    type Answer = Replies;
}
