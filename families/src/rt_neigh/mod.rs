//! IP neighbour management over rtnetlink.
//!
//! Generated from the kernel's `rt-neigh.yaml` YNL spec (and `specs/overrides/` where the
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
use nlcodec::Protocol;

/// The operations of `rt-neigh`.
pub static OPS: [Op; 7] = [
    Op {
        name: "newneigh",
        c_name: "RTM_NEWNEIGH",
        request: 28,
        reply: None,
        header: Some(&tables::NDMSG),
        attrs: Some(&tables::NEIGHBOUR_ATTRS),
        do_request: Some(&[
            NDA_DST,
            NDA_LLADDR,
            NDA_PROBES,
            NDA_VLAN,
            NDA_PORT,
            NDA_VNI,
            NDA_IFINDEX,
            NDA_MASTER,
            NDA_PROTOCOL,
            NDA_NH_ID,
            NDA_FLAGS_EXT,
            NDA_FDB_EXT_ATTRS,
        ]),
        do_reply: None,
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
    Op {
        name: "delneigh",
        c_name: "RTM_DELNEIGH",
        request: 29,
        reply: None,
        header: Some(&tables::NDMSG),
        attrs: Some(&tables::NEIGHBOUR_ATTRS),
        do_request: Some(&[NDA_DST, NDA_IFINDEX]),
        do_reply: None,
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
    Op {
        name: "delneigh-ntf",
        c_name: "RTM_DELNEIGH_NTF",
        request: 29,
        reply: None,
        header: Some(&tables::NDMSG),
        attrs: Some(&tables::NEIGHBOUR_ATTRS),
        do_request: Some(&[NDA_DST]),
        do_reply: Some(&[
            NDA_DST,
            NDA_LLADDR,
            NDA_PROBES,
            NDA_VLAN,
            NDA_PORT,
            NDA_VNI,
            NDA_IFINDEX,
            NDA_MASTER,
            NDA_PROTOCOL,
            NDA_NH_ID,
            NDA_FLAGS_EXT,
            NDA_FDB_EXT_ATTRS,
        ]),
        dump_request: Some(&[NDA_IFINDEX, NDA_MASTER]),
        dump_reply: Some(&[
            NDA_DST,
            NDA_LLADDR,
            NDA_PROBES,
            NDA_VLAN,
            NDA_PORT,
            NDA_VNI,
            NDA_IFINDEX,
            NDA_MASTER,
            NDA_PROTOCOL,
            NDA_NH_ID,
            NDA_FLAGS_EXT,
            NDA_FDB_EXT_ATTRS,
        ]),
        notification: true,
    },
    Op {
        name: "getneigh",
        c_name: "RTM_GETNEIGH",
        request: 30,
        reply: Some(28),
        header: Some(&tables::NDMSG),
        attrs: Some(&tables::NEIGHBOUR_ATTRS),
        do_request: Some(&[NDA_DST]),
        do_reply: Some(&[
            NDA_DST,
            NDA_LLADDR,
            NDA_PROBES,
            NDA_VLAN,
            NDA_PORT,
            NDA_VNI,
            NDA_IFINDEX,
            NDA_MASTER,
            NDA_PROTOCOL,
            NDA_NH_ID,
            NDA_FLAGS_EXT,
            NDA_FDB_EXT_ATTRS,
        ]),
        dump_request: Some(&[NDA_IFINDEX, NDA_MASTER]),
        dump_reply: Some(&[
            NDA_DST,
            NDA_LLADDR,
            NDA_PROBES,
            NDA_VLAN,
            NDA_PORT,
            NDA_VNI,
            NDA_IFINDEX,
            NDA_MASTER,
            NDA_PROTOCOL,
            NDA_NH_ID,
            NDA_FLAGS_EXT,
            NDA_FDB_EXT_ATTRS,
        ]),
        notification: false,
    },
    Op {
        name: "newneigh-ntf",
        c_name: "RTM_NEWNEIGH_NTF",
        request: 28,
        reply: None,
        header: Some(&tables::NDMSG),
        attrs: Some(&tables::NEIGHBOUR_ATTRS),
        do_request: Some(&[NDA_DST]),
        do_reply: Some(&[
            NDA_DST,
            NDA_LLADDR,
            NDA_PROBES,
            NDA_VLAN,
            NDA_PORT,
            NDA_VNI,
            NDA_IFINDEX,
            NDA_MASTER,
            NDA_PROTOCOL,
            NDA_NH_ID,
            NDA_FLAGS_EXT,
            NDA_FDB_EXT_ATTRS,
        ]),
        dump_request: Some(&[NDA_IFINDEX, NDA_MASTER]),
        dump_reply: Some(&[
            NDA_DST,
            NDA_LLADDR,
            NDA_PROBES,
            NDA_VLAN,
            NDA_PORT,
            NDA_VNI,
            NDA_IFINDEX,
            NDA_MASTER,
            NDA_PROTOCOL,
            NDA_NH_ID,
            NDA_FLAGS_EXT,
            NDA_FDB_EXT_ATTRS,
        ]),
        notification: true,
    },
    Op {
        name: "getneightbl",
        c_name: "RTM_GETNEIGHTBL",
        request: 66,
        reply: Some(64),
        header: Some(&tables::NDTMSG),
        attrs: Some(&tables::NDT_ATTRS),
        do_request: None,
        do_reply: None,
        dump_request: Some(&[]),
        dump_reply: Some(&[
            NDTA_NAME,
            NDTA_THRESH1,
            NDTA_THRESH2,
            NDTA_THRESH3,
            NDTA_CONFIG,
            NDTA_PARMS,
            NDTA_STATS,
            NDTA_GC_INTERVAL,
        ]),
        notification: false,
    },
    Op {
        name: "setneightbl",
        c_name: "RTM_SETNEIGHTBL",
        request: 67,
        reply: None,
        header: Some(&tables::NDTMSG),
        attrs: Some(&tables::NDT_ATTRS),
        do_request: Some(&[
            NDTA_NAME,
            NDTA_THRESH1,
            NDTA_THRESH2,
            NDTA_THRESH3,
            NDTA_PARMS,
            NDTA_GC_INTERVAL,
        ]),
        do_reply: None,
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
];

/// The `rt-neigh` family: addressing, operations, multicast groups and attribute sets.
pub static FAMILY: Family = Family {
    name: "rt-neigh",
    addressing: Addressing::Raw {
        protocol: Protocol::ROUTE,
    },
    ops: &OPS,
    mcast_groups: &[McastGroup {
        name: "rtnlgrp-neigh",
        id: Some(3),
    }],
    attr_sets: &[
        &tables::NEIGHBOUR_ATTRS,
        &tables::NDT_ATTRS,
        &tables::NDTPA_ATTRS,
    ],
};

/// A `neighbour-attrs` message: `nlmsghdr`, `Ndmsg`, then the attributes.
pub type NeighbourMsg<'a> = RawMsg<Ndmsg, NeighbourAttrs<'a>>;

/// A `ndt-attrs` message: `nlmsghdr`, `Ndtmsg`, then the attributes.
pub type NdtMsg<'a> = RawMsg<Ndtmsg, NdtAttrs<'a>>;
