//! FIB rule management over rtnetlink.
//!
//! Generated from the kernel's `rt-rule.yaml` YNL spec (and `specs/overrides/` where the
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

/// The operations of `rt-rule`.
pub static OPS: [Op; 5] = [
    Op {
        name: "newrule",
        c_name: "RTM_NEWRULE",
        request: 32,
        reply: None,
        header: Some(&tables::FIB_RULE_HDR),
        attrs: Some(&tables::FIB_RULE_ATTRS),
        do_request: Some(&[
            FRA_IIFNAME,
            FRA_OIFNAME,
            FRA_PRIORITY,
            FRA_FWMARK,
            FRA_FLOW,
            FRA_TUN_ID,
            FRA_FWMASK,
            FRA_TABLE,
            FRA_SUPPRESS_PREFIXLEN,
            FRA_SUPPRESS_IFGROUP,
            FRA_GOTO,
            FRA_L3MDEV,
            FRA_UID_RANGE,
            FRA_PROTOCOL,
            FRA_IP_PROTO,
            FRA_SPORT_RANGE,
            FRA_DPORT_RANGE,
            FRA_DSCP,
            FRA_FLOWLABEL,
            FRA_FLOWLABEL_MASK,
            FRA_SPORT_MASK,
            FRA_DPORT_MASK,
            FRA_DSCP_MASK,
        ]),
        do_reply: None,
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
    Op {
        name: "newrule-ntf",
        c_name: "RTM_NEWRULE_NTF",
        request: 32,
        reply: None,
        header: Some(&tables::FIB_RULE_HDR),
        attrs: Some(&tables::FIB_RULE_ATTRS),
        do_request: None,
        do_reply: None,
        dump_request: Some(&[]),
        dump_reply: Some(&[
            FRA_IIFNAME,
            FRA_OIFNAME,
            FRA_PRIORITY,
            FRA_FWMARK,
            FRA_FLOW,
            FRA_TUN_ID,
            FRA_FWMASK,
            FRA_TABLE,
            FRA_SUPPRESS_PREFIXLEN,
            FRA_SUPPRESS_IFGROUP,
            FRA_GOTO,
            FRA_L3MDEV,
            FRA_UID_RANGE,
            FRA_PROTOCOL,
            FRA_IP_PROTO,
            FRA_SPORT_RANGE,
            FRA_DPORT_RANGE,
            FRA_DSCP,
            FRA_FLOWLABEL,
            FRA_FLOWLABEL_MASK,
            FRA_SPORT_MASK,
            FRA_DPORT_MASK,
            FRA_DSCP_MASK,
        ]),
        notification: true,
    },
    Op {
        name: "delrule",
        c_name: "RTM_DELRULE",
        request: 33,
        reply: None,
        header: Some(&tables::FIB_RULE_HDR),
        attrs: Some(&tables::FIB_RULE_ATTRS),
        do_request: Some(&[
            FRA_IIFNAME,
            FRA_OIFNAME,
            FRA_PRIORITY,
            FRA_FWMARK,
            FRA_FLOW,
            FRA_TUN_ID,
            FRA_FWMASK,
            FRA_TABLE,
            FRA_SUPPRESS_PREFIXLEN,
            FRA_SUPPRESS_IFGROUP,
            FRA_GOTO,
            FRA_L3MDEV,
            FRA_UID_RANGE,
            FRA_PROTOCOL,
            FRA_IP_PROTO,
            FRA_SPORT_RANGE,
            FRA_DPORT_RANGE,
            FRA_DSCP,
            FRA_FLOWLABEL,
            FRA_FLOWLABEL_MASK,
            FRA_SPORT_MASK,
            FRA_DPORT_MASK,
            FRA_DSCP_MASK,
        ]),
        do_reply: None,
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
    Op {
        name: "delrule-ntf",
        c_name: "RTM_DELRULE_NTF",
        request: 33,
        reply: None,
        header: Some(&tables::FIB_RULE_HDR),
        attrs: Some(&tables::FIB_RULE_ATTRS),
        do_request: None,
        do_reply: None,
        dump_request: Some(&[]),
        dump_reply: Some(&[
            FRA_IIFNAME,
            FRA_OIFNAME,
            FRA_PRIORITY,
            FRA_FWMARK,
            FRA_FLOW,
            FRA_TUN_ID,
            FRA_FWMASK,
            FRA_TABLE,
            FRA_SUPPRESS_PREFIXLEN,
            FRA_SUPPRESS_IFGROUP,
            FRA_GOTO,
            FRA_L3MDEV,
            FRA_UID_RANGE,
            FRA_PROTOCOL,
            FRA_IP_PROTO,
            FRA_SPORT_RANGE,
            FRA_DPORT_RANGE,
            FRA_DSCP,
            FRA_FLOWLABEL,
            FRA_FLOWLABEL_MASK,
            FRA_SPORT_MASK,
            FRA_DPORT_MASK,
            FRA_DSCP_MASK,
        ]),
        notification: true,
    },
    Op {
        name: "getrule",
        c_name: "RTM_GETRULE",
        request: 34,
        reply: Some(32),
        header: Some(&tables::FIB_RULE_HDR),
        attrs: Some(&tables::FIB_RULE_ATTRS),
        do_request: None,
        do_reply: None,
        dump_request: Some(&[]),
        dump_reply: Some(&[
            FRA_IIFNAME,
            FRA_OIFNAME,
            FRA_PRIORITY,
            FRA_FWMARK,
            FRA_FLOW,
            FRA_TUN_ID,
            FRA_FWMASK,
            FRA_TABLE,
            FRA_SUPPRESS_PREFIXLEN,
            FRA_SUPPRESS_IFGROUP,
            FRA_GOTO,
            FRA_L3MDEV,
            FRA_UID_RANGE,
            FRA_PROTOCOL,
            FRA_IP_PROTO,
            FRA_SPORT_RANGE,
            FRA_DPORT_RANGE,
            FRA_DSCP,
            FRA_FLOWLABEL,
            FRA_FLOWLABEL_MASK,
            FRA_SPORT_MASK,
            FRA_DPORT_MASK,
            FRA_DSCP_MASK,
        ]),
        notification: false,
    },
];

/// The `rt-rule` family: addressing, operations, multicast groups and attribute sets.
pub static FAMILY: Family = Family {
    name: "rt-rule",
    addressing: Addressing::Raw {
        protocol: Protocol::ROUTE,
    },
    ops: &OPS,
    mcast_groups: &[
        McastGroup {
            name: "rtnlgrp-ipv4-rule",
            id: Some(8),
        },
        McastGroup {
            name: "rtnlgrp-ipv6-rule",
            id: Some(19),
        },
    ],
    attr_sets: &[&tables::FIB_RULE_ATTRS],
};

/// A `fib-rule-attrs` message: `nlmsghdr`, `FibRuleHdr`, then the attributes.
pub type FibRuleMsg<'a> = RawMsg<FibRuleHdr, FibRuleAttrs<'a>>;
