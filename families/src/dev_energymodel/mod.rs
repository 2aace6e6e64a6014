//! Energy model netlink interface to notify its changes.
//!
//! Generated from the kernel's `dev-energymodel.yaml` YNL spec (and `specs/overrides/` where the
//! project corrects it) by `nlcodec-gen`; do not edit.

pub mod builders;
pub mod consts;
pub mod ops;
pub mod tables;
pub mod types;
pub mod views;

pub use builders::*;
pub use consts::*;
pub use types::*;
pub use views::*;

#[allow(unused_imports)]
use crate::runtime::{GenlMsg, RawMsg};
use nlcodec::schema::{Addressing, Family, McastGroup, Op};

/// The operations of `dev-energymodel`.
pub static OPS: [Op; 5] = [
    Op {
        name: "get-perf-domains",
        c_name: "DEV_ENERGYMODEL_CMD_GET_PERF_DOMAINS",
        request: 1,
        reply: Some(1),
        header: None,
        attrs: Some(&tables::PERF_DOMAIN),
        do_request: Some(&[DEV_ENERGYMODEL_A_PERF_DOMAIN_PERF_DOMAIN_ID]),
        do_reply: Some(&[
            DEV_ENERGYMODEL_A_PERF_DOMAIN_PAD,
            DEV_ENERGYMODEL_A_PERF_DOMAIN_PERF_DOMAIN_ID,
            DEV_ENERGYMODEL_A_PERF_DOMAIN_FLAGS,
            DEV_ENERGYMODEL_A_PERF_DOMAIN_CPUS,
        ]),
        dump_request: None,
        dump_reply: Some(&[
            DEV_ENERGYMODEL_A_PERF_DOMAIN_PAD,
            DEV_ENERGYMODEL_A_PERF_DOMAIN_PERF_DOMAIN_ID,
            DEV_ENERGYMODEL_A_PERF_DOMAIN_FLAGS,
            DEV_ENERGYMODEL_A_PERF_DOMAIN_CPUS,
        ]),
        notification: false,
    },
    Op {
        name: "get-perf-table",
        c_name: "DEV_ENERGYMODEL_CMD_GET_PERF_TABLE",
        request: 2,
        reply: Some(2),
        header: None,
        attrs: Some(&tables::PERF_TABLE),
        do_request: Some(&[DEV_ENERGYMODEL_A_PERF_TABLE_PERF_DOMAIN_ID]),
        do_reply: Some(&[
            DEV_ENERGYMODEL_A_PERF_TABLE_PERF_DOMAIN_ID,
            DEV_ENERGYMODEL_A_PERF_TABLE_PERF_STATE,
        ]),
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
    Op {
        name: "perf-domain-created",
        c_name: "DEV_ENERGYMODEL_CMD_PERF_DOMAIN_CREATED",
        request: 3,
        reply: Some(3),
        header: None,
        attrs: Some(&tables::PERF_TABLE),
        do_request: Some(&[DEV_ENERGYMODEL_A_PERF_TABLE_PERF_DOMAIN_ID]),
        do_reply: Some(&[
            DEV_ENERGYMODEL_A_PERF_TABLE_PERF_DOMAIN_ID,
            DEV_ENERGYMODEL_A_PERF_TABLE_PERF_STATE,
        ]),
        dump_request: None,
        dump_reply: None,
        notification: true,
    },
    Op {
        name: "perf-domain-updated",
        c_name: "DEV_ENERGYMODEL_CMD_PERF_DOMAIN_UPDATED",
        request: 4,
        reply: Some(4),
        header: None,
        attrs: Some(&tables::PERF_TABLE),
        do_request: Some(&[DEV_ENERGYMODEL_A_PERF_TABLE_PERF_DOMAIN_ID]),
        do_reply: Some(&[
            DEV_ENERGYMODEL_A_PERF_TABLE_PERF_DOMAIN_ID,
            DEV_ENERGYMODEL_A_PERF_TABLE_PERF_STATE,
        ]),
        dump_request: None,
        dump_reply: None,
        notification: true,
    },
    Op {
        name: "perf-domain-deleted",
        c_name: "DEV_ENERGYMODEL_CMD_PERF_DOMAIN_DELETED",
        request: 5,
        reply: Some(5),
        header: None,
        attrs: Some(&tables::PERF_TABLE),
        do_request: None,
        do_reply: Some(&[DEV_ENERGYMODEL_A_PERF_TABLE_PERF_DOMAIN_ID]),
        dump_request: None,
        dump_reply: None,
        notification: true,
    },
];

/// The `dev-energymodel` family: addressing, operations, multicast groups and attribute sets.
pub static FAMILY: Family = Family {
    name: "dev-energymodel",
    addressing: Addressing::Genl {
        name: "dev-energymodel",
        version: 1,
    },
    ops: &OPS,
    mcast_groups: &[McastGroup {
        name: "event",
        id: None,
    }],
    attr_sets: &[
        &tables::PERF_DOMAIN,
        &tables::PERF_TABLE,
        &tables::PERF_STATE,
    ],
};

/// A `perf-domain` message: `nlmsghdr`, `genlmsghdr`, then the attributes.
pub type PerfDomainMsg<'a> = GenlMsg<PerfDomain<'a>>;

/// A `perf-table` message: `nlmsghdr`, `genlmsghdr`, then the attributes.
pub type PerfTableMsg<'a> = GenlMsg<PerfTable<'a>>;
