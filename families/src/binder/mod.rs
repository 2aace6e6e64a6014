//! Binder interface over generic netlink
//!
//! Generated from the kernel's `binder.yaml` YNL spec (and `specs/overrides/` where the
//! project corrects it) by `nlcodec-gen`; do not edit.

pub mod builders;
pub mod consts;
pub mod ops;
pub mod tables;
pub mod types;
pub mod views;

pub use builders::*;
pub use consts::*;
pub use views::*;

#[allow(unused_imports)]
use crate::runtime::{GenlMsg, RawMsg};
use nlcodec::schema::{Addressing, Family, McastGroup, Op};

/// The operations of `binder`.
pub static OPS: [Op; 1] = [Op {
    name: "report",
    c_name: "BINDER_CMD_REPORT",
    request: 1,
    reply: Some(1),
    header: None,
    attrs: Some(&tables::REPORT),
    do_request: None,
    do_reply: Some(&[
        BINDER_A_REPORT_ERROR,
        BINDER_A_REPORT_CONTEXT,
        BINDER_A_REPORT_FROM_PID,
        BINDER_A_REPORT_FROM_TID,
        BINDER_A_REPORT_TO_PID,
        BINDER_A_REPORT_TO_TID,
        BINDER_A_REPORT_IS_REPLY,
        BINDER_A_REPORT_FLAGS,
        BINDER_A_REPORT_CODE,
        BINDER_A_REPORT_DATA_SIZE,
    ]),
    dump_request: None,
    dump_reply: None,
    notification: true,
}];

/// The `binder` family: addressing, operations, multicast groups and attribute sets.
pub static FAMILY: Family = Family {
    name: "binder",
    addressing: Addressing::Genl {
        name: "binder",
        version: 1,
    },
    ops: &OPS,
    mcast_groups: &[McastGroup {
        name: "report",
        id: None,
    }],
    attr_sets: &[&tables::REPORT],
};

/// A `report` message: `nlmsghdr`, `genlmsghdr`, then the attributes.
pub type ReportMsg<'a> = GenlMsg<Report<'a>>;
