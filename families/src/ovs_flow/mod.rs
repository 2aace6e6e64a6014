//! OVS flow configuration over generic netlink.
//!
//! Generated from the kernel's `ovs_flow.yaml` YNL spec (and `specs/overrides/` where the
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

/// The operations of `ovs_flow`.
pub static OPS: [Op; 2] = [
    Op {
        name: "get",
        c_name: "OVS_FLOW_CMD_GET",
        request: 3,
        reply: Some(3),
        header: Some(&tables::OVS_HEADER),
        attrs: Some(&tables::FLOW_ATTRS),
        do_request: Some(&[
            OVS_FLOW_ATTR_KEY,
            OVS_FLOW_ATTR_UFID,
            OVS_FLOW_ATTR_UFID_FLAGS,
        ]),
        do_reply: Some(&[
            OVS_FLOW_ATTR_KEY,
            OVS_FLOW_ATTR_UFID,
            OVS_FLOW_ATTR_MASK,
            OVS_FLOW_ATTR_STATS,
            OVS_FLOW_ATTR_ACTIONS,
        ]),
        dump_request: Some(&[
            OVS_FLOW_ATTR_KEY,
            OVS_FLOW_ATTR_UFID,
            OVS_FLOW_ATTR_UFID_FLAGS,
        ]),
        dump_reply: Some(&[
            OVS_FLOW_ATTR_KEY,
            OVS_FLOW_ATTR_UFID,
            OVS_FLOW_ATTR_MASK,
            OVS_FLOW_ATTR_STATS,
            OVS_FLOW_ATTR_ACTIONS,
        ]),
        notification: false,
    },
    Op {
        name: "new",
        c_name: "OVS_FLOW_CMD_NEW",
        request: 1,
        reply: None,
        header: Some(&tables::OVS_HEADER),
        attrs: Some(&tables::FLOW_ATTRS),
        do_request: Some(&[
            OVS_FLOW_ATTR_KEY,
            OVS_FLOW_ATTR_UFID,
            OVS_FLOW_ATTR_MASK,
            OVS_FLOW_ATTR_ACTIONS,
        ]),
        do_reply: None,
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
];

/// The `ovs_flow` family: addressing, operations, multicast groups and attribute sets.
pub static FAMILY: Family = Family {
    name: "ovs_flow",
    addressing: Addressing::Genl {
        name: "ovs_flow",
        version: 1,
    },
    ops: &OPS,
    mcast_groups: &[McastGroup {
        name: "ovs_flow",
        id: None,
    }],
    attr_sets: &[
        &tables::FLOW_ATTRS,
        &tables::KEY_ATTRS,
        &tables::ACTION_ATTRS,
        &tables::TUNNEL_KEY_ATTRS,
        &tables::CHECK_PKT_LEN_ATTRS,
        &tables::SAMPLE_ATTRS,
        &tables::USERSPACE_ATTRS,
        &tables::OVS_NSH_KEY_ATTRS,
        &tables::CT_ATTRS,
        &tables::NAT_ATTRS,
        &tables::DEC_TTL_ATTRS,
        &tables::VXLAN_EXT_ATTRS,
        &tables::PSAMPLE_ATTRS,
    ],
};
