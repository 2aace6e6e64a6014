//! Address configuration over rtnetlink.
//!
//! Generated from the kernel's `rt-addr.yaml` YNL spec (and `specs/overrides/` where the
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

/// The operations of `rt-addr`.
pub static OPS: [Op; 4] = [
    Op {
        name: "newaddr",
        c_name: "RTM_NEWADDR",
        request: 20,
        reply: None,
        header: Some(&tables::IFADDRMSG),
        attrs: Some(&tables::ADDR_ATTRS),
        do_request: Some(&[IFA_ADDRESS, IFA_LABEL, IFA_LOCAL, IFA_CACHEINFO]),
        do_reply: None,
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
    Op {
        name: "deladdr",
        c_name: "RTM_DELADDR",
        request: 21,
        reply: None,
        header: Some(&tables::IFADDRMSG),
        attrs: Some(&tables::ADDR_ATTRS),
        do_request: Some(&[IFA_ADDRESS, IFA_LOCAL]),
        do_reply: None,
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
    Op {
        name: "getaddr",
        c_name: "RTM_GETADDR",
        request: 22,
        reply: Some(20),
        header: Some(&tables::IFADDRMSG),
        attrs: Some(&tables::ADDR_ATTRS),
        do_request: None,
        do_reply: None,
        dump_request: Some(&[]),
        dump_reply: Some(&[IFA_ADDRESS, IFA_LABEL, IFA_LOCAL, IFA_CACHEINFO]),
        notification: false,
    },
    Op {
        name: "getmulticast",
        c_name: "RTM_GETMULTICAST",
        request: 58,
        reply: Some(58),
        header: Some(&tables::IFADDRMSG),
        attrs: Some(&tables::ADDR_ATTRS),
        do_request: Some(&[]),
        do_reply: Some(&[IFA_MULTICAST, IFA_MC_USERS, IFA_CACHEINFO]),
        dump_request: Some(&[]),
        dump_reply: Some(&[IFA_MULTICAST, IFA_MC_USERS, IFA_CACHEINFO]),
        notification: false,
    },
];

/// The `rt-addr` family: addressing, operations, multicast groups and attribute sets.
pub static FAMILY: Family = Family {
    name: "rt-addr",
    addressing: Addressing::Raw {
        protocol: Protocol::ROUTE,
    },
    ops: &OPS,
    mcast_groups: &[
        McastGroup {
            name: "rtnlgrp-ipv4-ifaddr",
            id: Some(5),
        },
        McastGroup {
            name: "rtnlgrp-ipv6-ifaddr",
            id: Some(9),
        },
        McastGroup {
            name: "rtnlgrp-ipv6-prefix",
            id: Some(18),
        },
    ],
    attr_sets: &[&tables::ADDR_ATTRS],
};

/// A `addr-attrs` message: `nlmsghdr`, `Ifaddrmsg`, then the attributes.
pub type AddrMsg<'a> = RawMsg<Ifaddrmsg, AddrAttrs<'a>>;
