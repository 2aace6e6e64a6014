//! Netfilter connection tracking subsystem over nfnetlink
//!
//! Generated from the kernel's `conntrack.yaml` YNL spec (and `specs/overrides/` where the
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
use nlcodec::schema::{Addressing, Family, Op};
use nlcodec::Protocol;

/// The operations of `conntrack`.
pub static OPS: [Op; 2] = [
    Op {
        name: "get",
        c_name: "CONNTRACK_CMD_GET",
        request: 257,
        reply: Some(256),
        header: Some(&tables::NFGENMSG),
        attrs: Some(&tables::CONNTRACK_ATTRS),
        do_request: Some(&[
            CONNTRACK_A_CONNTRACK_ATTRS_TUPLE_ORIG,
            CONNTRACK_A_CONNTRACK_ATTRS_TUPLE_REPLY,
            CONNTRACK_A_CONNTRACK_ATTRS_ZONE,
        ]),
        do_reply: Some(&[
            CONNTRACK_A_CONNTRACK_ATTRS_TUPLE_ORIG,
            CONNTRACK_A_CONNTRACK_ATTRS_TUPLE_REPLY,
            CONNTRACK_A_CONNTRACK_ATTRS_STATUS,
            CONNTRACK_A_CONNTRACK_ATTRS_PROTOINFO,
            CONNTRACK_A_CONNTRACK_ATTRS_HELP,
            CONNTRACK_A_CONNTRACK_ATTRS_NAT_SRC,
            CONNTRACK_A_CONNTRACK_ATTRS_NAT_DST,
            CONNTRACK_A_CONNTRACK_ATTRS_TIMEOUT,
            CONNTRACK_A_CONNTRACK_ATTRS_MARK,
            CONNTRACK_A_CONNTRACK_ATTRS_COUNTERS_ORIG,
            CONNTRACK_A_CONNTRACK_ATTRS_COUNTERS_REPLY,
            CONNTRACK_A_CONNTRACK_ATTRS_USE,
            CONNTRACK_A_CONNTRACK_ATTRS_ID,
            CONNTRACK_A_CONNTRACK_ATTRS_NAT_DST,
            CONNTRACK_A_CONNTRACK_ATTRS_TUPLE_MASTER,
            CONNTRACK_A_CONNTRACK_ATTRS_SEQ_ADJ_ORIG,
            CONNTRACK_A_CONNTRACK_ATTRS_SEQ_ADJ_REPLY,
            CONNTRACK_A_CONNTRACK_ATTRS_ZONE,
            CONNTRACK_A_CONNTRACK_ATTRS_SECCTX,
            CONNTRACK_A_CONNTRACK_ATTRS_LABELS,
            CONNTRACK_A_CONNTRACK_ATTRS_SYNPROXY,
        ]),
        dump_request: Some(&[
            CONNTRACK_A_CONNTRACK_ATTRS_TUPLE_ORIG,
            CONNTRACK_A_CONNTRACK_ATTRS_TUPLE_REPLY,
            CONNTRACK_A_CONNTRACK_ATTRS_STATUS,
            CONNTRACK_A_CONNTRACK_ATTRS_MARK,
            CONNTRACK_A_CONNTRACK_ATTRS_ZONE,
            CONNTRACK_A_CONNTRACK_ATTRS_MARK_MASK,
            CONNTRACK_A_CONNTRACK_ATTRS_FILTER,
            CONNTRACK_A_CONNTRACK_ATTRS_STATUS_MASK,
        ]),
        dump_reply: Some(&[
            CONNTRACK_A_CONNTRACK_ATTRS_TUPLE_ORIG,
            CONNTRACK_A_CONNTRACK_ATTRS_TUPLE_REPLY,
            CONNTRACK_A_CONNTRACK_ATTRS_STATUS,
            CONNTRACK_A_CONNTRACK_ATTRS_PROTOINFO,
            CONNTRACK_A_CONNTRACK_ATTRS_HELP,
            CONNTRACK_A_CONNTRACK_ATTRS_NAT_SRC,
            CONNTRACK_A_CONNTRACK_ATTRS_NAT_DST,
            CONNTRACK_A_CONNTRACK_ATTRS_TIMEOUT,
            CONNTRACK_A_CONNTRACK_ATTRS_MARK,
            CONNTRACK_A_CONNTRACK_ATTRS_COUNTERS_ORIG,
            CONNTRACK_A_CONNTRACK_ATTRS_COUNTERS_REPLY,
            CONNTRACK_A_CONNTRACK_ATTRS_USE,
            CONNTRACK_A_CONNTRACK_ATTRS_ID,
            CONNTRACK_A_CONNTRACK_ATTRS_NAT_DST,
            CONNTRACK_A_CONNTRACK_ATTRS_TUPLE_MASTER,
            CONNTRACK_A_CONNTRACK_ATTRS_SEQ_ADJ_ORIG,
            CONNTRACK_A_CONNTRACK_ATTRS_SEQ_ADJ_REPLY,
            CONNTRACK_A_CONNTRACK_ATTRS_ZONE,
            CONNTRACK_A_CONNTRACK_ATTRS_SECCTX,
            CONNTRACK_A_CONNTRACK_ATTRS_LABELS,
            CONNTRACK_A_CONNTRACK_ATTRS_SYNPROXY,
        ]),
        notification: false,
    },
    Op {
        name: "get-stats",
        c_name: "CONNTRACK_CMD_GET_STATS",
        request: 260,
        reply: Some(260),
        header: Some(&tables::NFGENMSG),
        attrs: Some(&tables::CONNTRACK_STATS_ATTRS),
        do_request: None,
        do_reply: None,
        dump_request: Some(&[]),
        dump_reply: Some(&[
            CONNTRACK_A_CONNTRACK_STATS_ATTRS_SEARCHED,
            CONNTRACK_A_CONNTRACK_STATS_ATTRS_FOUND,
            CONNTRACK_A_CONNTRACK_STATS_ATTRS_INSERT,
            CONNTRACK_A_CONNTRACK_STATS_ATTRS_INSERT_FAILED,
            CONNTRACK_A_CONNTRACK_STATS_ATTRS_DROP,
            CONNTRACK_A_CONNTRACK_STATS_ATTRS_EARLY_DROP,
            CONNTRACK_A_CONNTRACK_STATS_ATTRS_ERROR,
            CONNTRACK_A_CONNTRACK_STATS_ATTRS_SEARCH_RESTART,
            CONNTRACK_A_CONNTRACK_STATS_ATTRS_CLASH_RESOLVE,
            CONNTRACK_A_CONNTRACK_STATS_ATTRS_CHAIN_TOOLONG,
        ]),
        notification: false,
    },
];

/// The `conntrack` family: addressing, operations, multicast groups and attribute sets.
pub static FAMILY: Family = Family {
    name: "conntrack",
    addressing: Addressing::Raw {
        protocol: Protocol::NETFILTER,
    },
    ops: &OPS,
    mcast_groups: &[],
    attr_sets: &[
        &tables::COUNTER_ATTRS,
        &tables::TUPLE_PROTO_ATTRS,
        &tables::TUPLE_IP_ATTRS,
        &tables::TUPLE_ATTRS,
        &tables::PROTOINFO_TCP_ATTRS,
        &tables::PROTOINFO_DCCP_ATTRS,
        &tables::PROTOINFO_SCTP_ATTRS,
        &tables::PROTOINFO_ATTRS,
        &tables::HELP_ATTRS,
        &tables::NAT_PROTO_ATTRS,
        &tables::NAT_ATTRS,
        &tables::SEQADJ_ATTRS,
        &tables::SECCTX_ATTRS,
        &tables::SYNPROXY_ATTRS,
        &tables::FILTER_ATTRS,
        &tables::CONNTRACK_ATTRS,
        &tables::CONNTRACK_STATS_ATTRS,
    ],
};

/// A `conntrack-attrs` message: `nlmsghdr`, `Nfgenmsg`, then the attributes.
pub type ConntrackMsg<'a> = RawMsg<Nfgenmsg, ConntrackAttrs<'a>>;

/// A `conntrack-stats-attrs` message: `nlmsghdr`, `Nfgenmsg`, then the attributes.
pub type ConntrackStatsMsg<'a> = RawMsg<Nfgenmsg, ConntrackStatsAttrs<'a>>;
